"""Blind set IZ: a chain of perfume and oud shops in the Gulf (Riyadh, Dubai, Doha, Kuwait).

Storefront and POS code, payment gateways (Tap, Moyasar, PayTabs, HyperPay, Checkout.com, Tabby,
Tamara), couriers (Aramex, SMSA), SMS and WhatsApp senders, ZATCA e-invoicing, CCTV and scent
diffuser devices, CI, containers, infrastructure and runbooks, many with Arabic text and comments.
Generated fakes only (seeds 4030000-4039999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4030000, 4039999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIG = string.ascii_uppercase + string.digits
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Oud", "Amber", "Musk", "Saffron", "Rose", "Dahn", "Bakhoor", "Sandal", "Falcon", "Dune",
         "Pearl", "Najd", "Taif", "Cardamom", "Jasmine", "Incense", "Majlis", "Palm", "Vetiver", "Henna"]
LOWER = ["oasis", "camel", "lantern", "dallah", "mabkhara", "sidr", "dates", "qahwa", "souq", "dhow",
         "minaret", "zaatar", "kohl", "sadu", "frankincense", "agarwood"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def tap_key(kind: str = "sk_live_") -> str:
    return kind + alnum(24)


def moyasar_key(kind: str = "sk_live_") -> str:
    return kind + alnum(40)


def checkout_key(kind: str = "sk_") -> str:
    r = _rng()
    return kind + "".join(r.choice(string.ascii_lowercase + "234567") for _ in range(26))


def paytabs_key() -> str:
    r = _rng()
    return "S" + "".join(r.choice(UPPER_DIG) for _ in range(9)) + "-" + "".join(
        r.choice(UPPER_DIG) for _ in range(10)) + "-" + "".join(r.choice(UPPER_DIG) for _ in range(10))


def hyperpay_token() -> str:
    return b64(hexs(32) + "|" + rand_pw(10, "=#!?"))


def unifonic_sid() -> str:
    return alnum(30)


def shopify(kind: str = "shpat_") -> str:
    return kind + hexs(32)


def meta_token() -> str:
    return "EAA" + alnum(3) + "ZB" + alnum(170)


def twilio_sid(kind: str = "AC") -> str:
    return kind + hexs(32)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIG) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIG) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def b64url(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def jwt(payload: str) -> str:
    sig = fakes.drawn(_seed(), 43, ALNUM + "-_")
    return b64url('{"alg":"HS256","typ":"JWT"}') + "." + b64url(payload) + "." + sig


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind).replace("  PRIVATE", " PRIVATE")


def ean13() -> str:
    r = _rng()
    digits = [6, 2, 8] + [r.randint(0, 9) for _ in range(9)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits + [check]))


def cert_body() -> str:
    r = _rng()
    return "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60)) + "\n" + "\n".join(
        "".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(4))


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
    CASES.append(LabelledCase(f"blind-iz/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env files
add("env/tap-secret-key", "storefront/.env.production", "https://developers.tap.company/docs/authentication", """
# Oud Al Majlis storefront, production (Riyadh + Dubai)
# متجر عود المجلس - بيئة الإنتاج
APP_ENV=production
APP_URL=https://shop.oudalmajlis.sa
DEFAULT_LOCALE=ar
SUPPORTED_LOCALES=ar,en
TAP_PUBLIC_KEY=@@pk@@
TAP_SECRET_KEY=@@secret@@
TAP_MERCHANT_ID=@@mid@@
CURRENCY_SA=SAR
CURRENCY_AE=AED
""", tap_key(), pk=tap_key("pk_live_"), mid=str(random.Random(_seed()).randint(10**6, 10**7)))

add("env/moyasar-secret-key", "checkout-service/.env", "https://docs.moyasar.com/api/authentication", """
# خدمة الدفع - فروع الرياض وجدة
MOYASAR_PUBLISHABLE_KEY=@@pk@@
MOYASAR_SECRET_KEY="@@secret@@"
MOYASAR_CALLBACK_URL=https://pay.oudalmajlis.sa/moyasar/callback
ENABLE_APPLE_PAY=true
ENABLE_STC_PAY=true
""", moyasar_key(), pk=moyasar_key("pk_live_"))

add("env/paytabs-server-key", "apps/kuwait-web/.env.local", "https://site.paytabs.com/en/pt2-documentation/", """
PAYTABS_PROFILE_ID=@@profile@@
PAYTABS_SERVER_KEY=@@secret@@
PAYTABS_CLIENT_KEY=@@client@@
PAYTABS_REGION=KWT
PAYTABS_CURRENCY=KWD
""", paytabs_key(), profile=str(random.Random(_seed()).randint(40000, 99999)),
    client="C" + paytabs_key()[1:])

add("env/unifonic-app-sid", "notifications/.env.staging", "https://docs.unifonic.com/articles/#!sms-api/authentication", """
# SMS: order ready for pickup / طلبك جاهز للاستلام
UNIFONIC_BASE_URL=https://el.cloud.unifonic.com/rest
UNIFONIC_APP_SID=@@secret@@
UNIFONIC_SENDER_ID=OudMajlis
SMS_TEMPLATE_AR=templates/sms/pickup_ar.txt
SMS_TEMPLATE_EN=templates/sms/pickup_en.txt
""", unifonic_sid())

add("env/postgres-password", "pos-sync/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
# POS -> central retail DB sync
POS_SYNC_INTERVAL_SECONDS=120
BRANCHES=RUH-01,RUH-02,JED-01,DXB-MALL,DOH-VILLAGGIO
DATABASE_URL=postgresql://pos_sync:@@secret@@@pg-main.internal.oudalmajlis.net:5432/retail
LOG_LEVEL=info
""", words_pw())

add("env/redis-password", "loyalty/.env.docker", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
LOYALTY_POINTS_PER_SAR=1
REDIS_HOST=redis-loyalty
REDIS_PORT=6379
REDIS_PASSWORD=@@secret@@
REDIS_DB=3
""", fakes.redis_password(_seed()))

add("env/aramex-password", "fulfilment/.env.prod", "https://www.aramex.com/docs/default-source/resourses/resourcesdevelopersguide.pdf", """
# Aramex shipping API credentials (shipping account for Riyadh warehouse)
# حساب أرامكس لمستودع الرياض - لا تغيّر رقم الحساب
ARAMEX_USERNAME=integrations@oudalmajlis.sa
ARAMEX_PASSWORD=@@secret@@
ARAMEX_ACCOUNT_NUMBER=@@acct@@
ARAMEX_ACCOUNT_PIN=@@pin@@
ARAMEX_ACCOUNT_ENTITY=RUH
ARAMEX_ACCOUNT_COUNTRY_CODE=SA
ARAMEX_VERSION=v1.0
""", words_pw(), acct=str(random.Random(_seed()).randint(10**7, 10**8)), pin=str(random.Random(_seed()).randint(100000, 999999)))

add("env/whatsapp-access-token", "whatsapp-bot/.env", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", """
# WhatsApp Cloud API - customer service (Arabic + English) / خدمة العملاء عبر واتساب
WA_PHONE_NUMBER_ID=@@phone@@
WA_BUSINESS_ACCOUNT_ID=@@waba@@
WA_ACCESS_TOKEN=@@secret@@
WA_VERIFY_TOKEN_ENV=WA_VERIFY_TOKEN
GRAPH_API_VERSION=v19.0
""", meta_token(), phone=str(random.Random(_seed()).randint(10**14, 10**15)), waba=str(random.Random(_seed()).randint(10**14, 10**15)))

add("env/checkout-secret-key", "apps/uae-web/.env.production", "https://www.checkout.com/docs/developer-resources/api/manage-your-api-keys", """
NEXT_PUBLIC_CKO_PUBLIC_KEY=@@pk@@
CKO_SECRET_KEY=@@secret@@
CKO_PROCESSING_CHANNEL_ID=pc_@@pc@@
CKO_ENVIRONMENT=production
NEXT_PUBLIC_DEFAULT_LANG=ar
""", checkout_key(), pk=checkout_key("pk_"), pc=fakes.drawn(_seed(), 26, string.ascii_lowercase + "234567"))

add("env/smtp-password", "erp/odoo/.env", "https://www.odoo.com/documentation/17.0/administration/install/deploy.html", """
ODOO_DB_HOST=db
ODOO_DB_USER=odoo
ODOO_DB_PASSWORD_FILE=/run/secrets/odoo_db
SMTP_SERVER=smtp.office365.com
SMTP_PORT=587
SMTP_USER=invoices@oudalmajlis.sa
SMTP_PASSWORD=@@secret@@
SMTP_SSL=starttls
""", words_pw())

add("env/decoy-placeholder", "storefront/.env.example", "https://developers.tap.company/docs/authentication", """
# انسخ هذا الملف إلى .env واملأ القيم
# Copy to .env and fill in
APP_ENV=local
TAP_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
TAP_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MOYASAR_SECRET_KEY=<your-moyasar-secret-key>
DATABASE_URL=postgresql://postgres:postgres@localhost:5432/retail_dev
REDIS_PASSWORD=
""")

add("env/decoy-env-reference", "deploy/compose.env", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
TAP_SECRET_KEY=${TAP_SECRET_KEY:?set TAP_SECRET_KEY}
MOYASAR_SECRET_KEY=${MOYASAR_SECRET_KEY}
PAYTABS_SERVER_KEY=${PAYTABS_SERVER_KEY}
DATABASE_URL=postgresql://pos_sync:${PG_PASSWORD}@pg-main:5432/retail
UNIFONIC_APP_SID=${UNIFONIC_APP_SID}
""")

add("env/decoy-publishable-key", "apps/uae-web/.env.public", "https://www.checkout.com/docs/developer-resources/api/manage-your-api-keys", """
# Public values only, bundled into the browser build
NEXT_PUBLIC_CKO_PUBLIC_KEY=@@pk@@
NEXT_PUBLIC_TAP_PUBLIC_KEY=@@tpk@@
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-@@ga@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6L@@rc@@
NEXT_PUBLIC_STORE_NAME=عود المجلس
""", pk=checkout_key("pk_"), tpk=tap_key("pk_live_"), ga=fakes.drawn(_seed(), 10, UPPER_DIG),
    rc=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("env/decoy-ids", "analytics/.env.dashboard", "https://developers.google.com/analytics/devguides/collection/ga4", """
# Dashboards: store ids and public analytics ids, no credentials
GA4_PROPERTY_ID=@@prop@@
META_PIXEL_ID=@@pixel@@
STORE_UUID_RUH01=@@u1@@
STORE_UUID_DXB01=@@u2@@
CR_NUMBER=1010@@cr@@
VAT_NUMBER=3@@vat@@3
""", prop=str(random.Random(_seed()).randint(10**8, 10**9)), pixel=str(random.Random(_seed()).randint(10**14, 10**15)),
    u1=uuid_s(), u2=uuid_s(), cr=str(random.Random(_seed()).randint(100000, 999999)),
    vat=str(random.Random(_seed()).randint(10**12, 10**13)))

add("env/decoy-vault-reference", "pos-sync/.env.vault", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# rendered by vault-agent at boot; these are paths, not values
# هذه مسارات في Vault وليست القيم الفعلية
DATABASE_PASSWORD=vault:secret/data/retail/pos-sync#password
TAP_SECRET_KEY=vault:secret/data/payments/tap#secret_key
ARAMEX_PASSWORD=vault:secret/data/couriers/aramex#password
REDIS_PASSWORD=vault:secret/data/retail/redis#password
""")

# ---------------------------------------------------------------- python
add("python/tap-secret-key", "storefront/payments/tap_client.py", "https://developers.tap.company/reference/create-a-charge", """
\"\"\"Tap Payments charges for KSA, UAE and Kuwait orders.\"\"\"
import requests

TAP_API = "https://api.tap.company/v2"
# TODO: move to settings before go-live (نقلها إلى الإعدادات)
TAP_SECRET = "@@secret@@"


def create_charge(order, redirect_url):
    payload = {
        "amount": str(order.total),
        "currency": order.currency,
        "customer": {"first_name": order.customer_name, "email": order.email},
        "source": {"id": "src_all"},
        "redirect": {"url": redirect_url},
        "reference": {"order": order.number},
    }
    resp = requests.post(
        f"{TAP_API}/charges",
        json=payload,
        headers={"Authorization": f"Bearer {TAP_SECRET}", "lang_code": "ar"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()
""", tap_key())

add("python/moyasar-secret-key", "checkout/moyasar_refunds.py", "https://docs.moyasar.com/api/payments/refund-payment", """
import requests
from requests.auth import HTTPBasicAuth

# Moyasar uses the secret key as the basic-auth username, empty password
AUTH = HTTPBasicAuth("@@secret@@", "")


def refund(payment_id: str, amount_halalas: int) -> dict:
    r = requests.post(
        f"https://api.moyasar.com/v1/payments/{payment_id}/refund",
        data={"amount": amount_halalas},
        auth=AUTH,
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
""", moyasar_key())

add("python/paytabs-server-key", "apps/kuwait/paytabs.py", "https://site.paytabs.com/en/pt2-documentation/", """
import httpx

PROFILE_ID = @@profile@@
HEADERS = {
    "authorization": "@@secret@@",
    "content-type": "application/json",
}


async def payment_page(cart_id: str, amount: float, description: str) -> str:
    body = {
        "profile_id": PROFILE_ID,
        "tran_type": "sale",
        "tran_class": "ecom",
        "cart_id": cart_id,
        "cart_currency": "KWD",
        "cart_amount": amount,
        "cart_description": description,
        "return": "https://kw.oudalmajlis.com/checkout/return",
    }
    async with httpx.AsyncClient(base_url="https://secure-kuwait.paytabs.com") as client:
        r = await client.post("/payment/request", json=body, headers=HEADERS)
    return r.json()["redirect_url"]
""", paytabs_key(), profile=str(random.Random(_seed()).randint(40000, 99999)))

_HP = hyperpay_token()
add("python/hyperpay-access-token", "checkout/hyperpay/settings.py", "https://wordpresshyperpay.docs.oppwa.com/integrations/widget", """
# HyperPay (OPPWA) - mada / VISA / MASTER entity ids for the KSA web store
# إعدادات هايبر باي للمتجر الإلكتروني في السعودية
HYPERPAY_BASE_URL = "https://eu-prod.oppwa.com"
HYPERPAY_ENTITY_MADA = "@@mada@@"
HYPERPAY_ENTITY_CARD = "@@card@@"
HYPERPAY_ACCESS_TOKEN = (
    "@@a@@"
    "@@b@@"
)
HYPERPAY_TEST_MODE = None  # live
""", _HP, mada=hexs(32), card=hexs(32), a=_HP[:32], b=_HP[32:])

add("python/aramex-password", "fulfilment/couriers/aramex.py", "https://www.aramex.com/docs/default-source/resourses/resourcesdevelopersguide.pdf", """
\"\"\"Create Aramex shipments for online orders (Riyadh warehouse).\"\"\"
from zeep import Client

WSDL = "https://ws.aramex.net/ShippingAPI.V2/Shipping/Service_1_0.svc?wsdl"

CLIENT_INFO = {
    "UserName": "shipping@oudalmajlis.sa",
    "Password": "@@secret@@",
    "Version": "v1.0",
    "AccountNumber": "@@acct@@",
    "AccountPin": "@@pin@@",
    "AccountEntity": "RUH",
    "AccountCountryCode": "SA",
    "Source": 24,
}


def create_shipment(shipment: dict) -> dict:
    client = Client(WSDL)
    return client.service.CreateShipments(ClientInfo=CLIENT_INFO, Shipments=[shipment],
                                          LabelInfo={"ReportID": 9729, "ReportType": "URL"})
""", words_pw(), acct=str(random.Random(_seed()).randint(10**7, 10**8)), pin=str(random.Random(_seed()).randint(100000, 999999)))

add("python/smsa-api-key", "fulfilment/couriers/smsa.py", "https://track.smsaexpress.com/SecomRestWebApi/swagger/ui/index", """
import requests

# سمسا - إنشاء شحنة وطباعة البوليصة
SMSA_URL = "https://ecomapis.smsaexpress.com/api/shipment/b2c/new"
SMSA_API_KEY = "@@secret@@"


def new_shipment(order):
    body = {
        "ConsigneeAddress": order.address_dict(),
        "ShipperAddress": {"ContactName": "Oud Al Majlis WH", "City": "Riyadh", "Country": "SA"},
        "OrderNumber": order.number,
        "DeclaredValue": float(order.total),
        "Parcels": 1,
        "ContentDescription": "عطور وبخور",
    }
    r = requests.post(SMSA_URL, json=body, headers={"apikey": SMSA_API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["sawb"]
""", hexs(32))

add("python/unifonic-app-sid", "notifications/sms.py", "https://docs.unifonic.com/articles/#!sms-api/send-message", """
import requests


class UnifonicSender:
    def __init__(self, app_sid: str = "@@secret@@", sender: str = "OudMajlis"):
        self.app_sid = app_sid
        self.sender = sender

    def send(self, phone: str, body: str) -> str:
        r = requests.post(
            "https://el.cloud.unifonic.com/rest/SMS/messages",
            data={"AppSid": self.app_sid, "SenderID": self.sender, "Recipient": phone, "Body": body},
            timeout=10,
        )
        r.raise_for_status()
        return r.json()["data"]["MessageID"]
""", unifonic_sid())

add("python/zatca-csid-secret", "einvoice/zatca_client.py", "https://sandbox.zatca.gov.sa/IntegrationSandbox", """
\"\"\"ZATCA (فاتورة) phase 2 reporting for simplified invoices from the POS.\"\"\"
import base64
import requests

BINARY_SECURITY_TOKEN = "@@bst@@"
CSID_SECRET = "@@secret@@"
REPORTING_URL = "https://gw-fatoora.zatca.gov.sa/e-invoicing/core/invoices/reporting/single"


def report(invoice_hash: str, uuid: str, xml_b64: str) -> dict:
    basic = base64.b64encode(f"{BINARY_SECURITY_TOKEN}:{CSID_SECRET}".encode()).decode()
    r = requests.post(
        REPORTING_URL,
        json={"invoiceHash": invoice_hash, "uuid": uuid, "invoice": xml_b64},
        headers={"Authorization": f"Basic {basic}", "Accept-Version": "V2", "Accept-Language": "ar"},
        timeout=30,
    )
    return r.json()
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", bst=b64("-----BEGIN CERTIFICATE-----" + fakes.drawn(_seed(), 60))[:96])

add("python/django-secret-key", "backoffice/backoffice/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["backoffice.oudalmajlis.sa", "10.20.0.15"]
LANGUAGE_CODE = "ar"
TIME_ZONE = "Asia/Riyadh"
SECRET_KEY = "@@secret@@"

DATABASES["default"]["HOST"] = "pg-main.internal.oudalmajlis.net"
CSRF_TRUSTED_ORIGINS = ["https://backoffice.oudalmajlis.sa"]
""", fakes.django_secret_key(_seed()))

add("python/sql-server-password", "reports/branch_sales_export.py", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """
\"\"\"Nightly export of branch sales from the legacy POS (SQL Server) to CSV.\"\"\"
import csv
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=10.10.4.20,1433;DATABASE=RetailPOS;"
    "UID=report_reader;PWD=@@secret@@;"
    "TrustServerCertificate=yes"
)

QUERY = "SELECT BranchCode, SaleDate, SUM(NetAmount) FROM Sales WHERE SaleDate = ? GROUP BY BranchCode, SaleDate"


def export(day, path):
    with pyodbc.connect(CONN) as conn, open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(["الفرع", "التاريخ", "صافي المبيعات"])
        for row in conn.cursor().execute(QUERY, day):
            writer.writerow(row)
""", words_pw())

add("python/telegram-bot-token", "ops/stock_alerts_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Posts low-stock alerts (oud oils, bakhoor) to the ops Telegram group.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -100@@chat@@


def alert(sku: str, name_ar: str, branch: str, qty: int) -> None:
    text = f"⚠️ مخزون منخفض: {name_ar} ({sku}) في فرع {branch} - الكمية {qty}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()), chat=str(random.Random(_seed()).randint(10**9, 10**10)))

add("python/openai-api-key", "assistant/scent_recommender.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Suggests fragrances from a customer's notes (عود، مسك، عنبر) for the web chat.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = "You are a perfume advisor for a Gulf oud house. Answer in the customer's language."


def recommend(notes: str, budget_sar: int) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": f"Notes: {notes}. Budget: {budget_sar} SAR"}],
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/aws-secret-access-key", "scripts/upload_product_images.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="me-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for img in pathlib.Path("exports/product_photos").glob("*.webp"):
    s3.upload_file(str(img), "oudalmajlis-catalog", f"products/{img.name}",
                   ExtraArgs={"ContentType": "image/webp", "CacheControl": "max-age=31536000"})
    print("uploaded", img.name)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/shopify-admin-token", "integrations/shopify_uae_sync.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
import shopify

SHOP = "oud-al-majlis-uae.myshopify.com"
API_VERSION = "2024-04"
session = shopify.Session(SHOP, API_VERSION, "@@secret@@")
shopify.ShopifyResource.activate_session(session)


def push_stock(levels):
    for variant_id, qty in levels.items():
        shopify.InventoryLevel.set(location_id=@@loc@@, inventory_item_id=variant_id, available=qty)
""", shopify(), loc=str(random.Random(_seed()).randint(10**10, 10**11)))

add("python/redis-password", "loyalty/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """
import redis

# نقاط الولاء - cache of member balances
r = redis.Redis.from_url("rediss://default:@@secret@@@loyalty-cache.me-central-1.cache.amazonaws.com:6379/0")


def balance(member_id: str) -> int:
    cached = r.get(f"pts:{member_id}")
    return int(cached) if cached else -1
""", fakes.redis_password(_seed()))

add("python/ldap-bind-password", "backoffice/auth/ldap_settings.py", "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html", """
import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.oudalmajlis.local"
AUTH_LDAP_BIND_DN = "CN=svc-backoffice,OU=Service Accounts,DC=corp,DC=oudalmajlis,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@secret@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Stores,DC=corp,DC=oudalmajlis,DC=local",
                                   ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")
""", words_pw())

add("python/sendgrid-api-key", "marketing/ramadan_campaign.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", """
\"\"\"Ramadan Kareem campaign: رمضان كريم - خصم ٢٠٪ على دهن العود\"\"\"
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send(to_email: str, first_name: str) -> int:
    msg = Mail(from_email="offers@oudalmajlis.sa", to_emails=to_email,
               subject="رمضان كريم 🌙 عرض خاص", html_content=f"<p dir='rtl'>مرحباً {first_name}</p>")
    return sg.send(msg).status_code
""", sendgrid_key())

add("python/ftp-password", "pos-sync/price_feed_ftp.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS

# price list from the Hindi oud supplier (Assam) lands on their FTP every Sunday
def fetch_price_list(dest="incoming/prices.xlsx"):
    ftp = FTP_TLS("ftp.assamagarwood-traders.in")
    ftp.login(user="oudmajlis", passwd="@@secret@@")
    ftp.prot_p()
    with open(dest, "wb") as fh:
        ftp.retrbinary("RETR /outbox/price_list_gcc.xlsx", fh.write)
    ftp.quit()
""", rand_pw(12, "!#"))

add("python/decoy-env-reference", "storefront/config.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

TAP_SECRET_KEY = os.environ["TAP_SECRET_KEY"]
MOYASAR_SECRET_KEY = os.environ.get("MOYASAR_SECRET_KEY", "")
PAYTABS_SERVER_KEY = os.getenv("PAYTABS_SERVER_KEY")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/retail_dev")
DEFAULT_LOCALE = os.environ.get("DEFAULT_LOCALE", "ar")
""")

add("python/decoy-secret-manager", "checkout/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """
import json
import boto3

_sm = boto3.client("secretsmanager", region_name="me-central-1")


def payment_keys(gateway: str) -> dict:
    \"\"\"payments/tap, payments/moyasar, payments/paytabs - rotated every 90 days\"\"\"
    value = _sm.get_secret_value(SecretId=f"prod/payments/{gateway}")["SecretString"]
    return json.loads(value)
""")

add("python/decoy-test-fixture", "tests/test_tap_webhook.py", "https://developers.tap.company/docs/webhook", """
import hashlib
import hmac

from payments.tap_webhook import verify

FAKE_SECRET = "test-webhook-secret"  # fixture only, not a Tap key


def test_verify_accepts_signed_body():
    body = b'{"id":"chg_TS01A0000000000000000000","status":"CAPTURED"}'
    sig = hmac.new(FAKE_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert verify(body, sig, secret=FAKE_SECRET)


def test_verify_rejects_tampered_body():
    assert not verify(b"{}", "0" * 64, secret=FAKE_SECRET)
""")

add("python/decoy-hashes", "catalog/image_checksums.py", "https://docs.python.org/3/library/hashlib.html", """
# SHA-256 of the approved product photos (brand team sign-off), used to detect re-uploads
APPROVED = {
    "oud-cambodi-12ml.webp": "@@h1@@",
    "dahn-al-oud-hindi-3ml.webp": "@@h2@@",
    "bakhoor-majlis-80g.webp": "@@h3@@",
    "musk-tahara-50ml.webp": "@@h4@@",
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("python/decoy-regex", "ops/log_scrubber.py", "https://docs.python.org/3/library/re.html", """
import re

# Masks payment keys and card data before logs leave the POS
# إخفاء مفاتيح الدفع وأرقام البطاقات من السجلات
PATTERNS = [
    re.compile(r"sk_(live|test)_[A-Za-z0-9]{24,}"),
    re.compile(r"S[A-Z0-9]{9}-[A-Z0-9]{10}-[A-Z0-9]{10}"),
    re.compile(r"\\b(?:\\d[ -]*?){13,19}\\b"),
]


def scrub(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[REDACTED]", line)
    return line
""")

add("python/decoy-publishable-key", "storefront/templates_context.py", "https://docs.moyasar.com/guides/card-payments/basic-integration", """
# Values exposed to the checkout page template (public by design)
def checkout_context(order):
    return {
        "moyasar_publishable_key": "@@pk@@",
        "amount": int(order.total * 100),
        "currency": "SAR",
        "description": f"طلب رقم {order.number}",
        "methods": ["creditcard", "applepay", "stcpay"],
    }
""", pk=moyasar_key("pk_live_"))

# ---------------------------------------------------------------- yaml / k8s / compose / CI
_TAPK, _UNI, _GHP, _TABBY = tap_key(), unifonic_sid(), fakes.github_token(_seed()), uuid_s()

add("k8s-secret/tap-secret-key", "deploy/k8s/storefront/secret-payments.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: storefront-payments
  namespace: storefront
  labels:
    app.kubernetes.io/part-of: oudalmajlis
type: Opaque
data:
  TAP_SECRET_KEY: @@enc@@
  TAP_MERCHANT_ID: @@mid@@
""", _TAPK, enc=b64(_TAPK), mid=b64(str(random.Random(_seed()).randint(10**6, 10**7))))

add("k8s-secret/postgres-password", "deploy/k8s/pos-sync/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: pos-sync-db
  namespace: retail
type: Opaque
stringData:
  PGHOST: pg-main.internal.oudalmajlis.net
  PGUSER: pos_sync
  PGPASSWORD: "@@secret@@"
  PGDATABASE: retail
""", words_pw())

add("k8s-secret/unifonic-app-sid", "deploy/k8s/notifications/unifonic.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: unifonic
  namespace: notifications
  annotations:
    owner: "crm-team"
    description: "مفتاح خدمة الرسائل النصية"
type: Opaque
data:
  appSid: @@enc@@
""", _UNI, enc=b64(_UNI))

add("k8s-secret/dockerconfigjson", "deploy/k8s/base/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: storefront
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _GHP, enc=b64('{"auths":{"ghcr.io":{"username":"oudalmajlis-ci","password":"' + _GHP + '","auth":"'
                  + b64("oudalmajlis-ci:" + _GHP) + '"}}}'))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/storefront/sealed-payments.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: storefront-payments
  namespace: storefront
spec:
  encryptedData:
    TAP_SECRET_KEY: AgB@@e1@@
    MOYASAR_SECRET_KEY: AgC@@e2@@
  template:
    metadata:
      name: storefront-payments
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/checkout/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: checkout-gateways
  namespace: checkout
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: checkout-gateways
  data:
    - secretKey: MOYASAR_SECRET_KEY
      remoteRef:
        key: prod/payments/moyasar
        property: secret_key
    - secretKey: HYPERPAY_ACCESS_TOKEN
      remoteRef:
        key: prod/payments/hyperpay
        property: access_token
""")

add("k8s/decoy-configmap", "deploy/k8s/storefront/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: storefront-config
  namespace: storefront
data:
  DEFAULT_LOCALE: "ar"
  SUPPORTED_CURRENCIES: "SAR,AED,QAR,KWD,BHD,OMR"
  TAP_PUBLIC_KEY: "@@pk@@"
  CDN_BASE: "https://cdn.oudalmajlis.sa"
  STORE_TITLE_AR: "عود المجلس - عطور وبخور"
  FEATURE_TABBY: "true"
  FEATURE_TAMARA: "true"
""", pk=tap_key("pk_live_"))

add("compose/sql-server-password", "pos-lab/docker-compose.yml", "https://hub.docker.com/r/microsoft/mssql-server", """
# Lab copy of the branch POS stack for testing the Foodics -> ERP bridge
# نسخة تجريبية من نظام نقاط البيع
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@secret@@"
      MSSQL_PID: Express
    ports:
      - "1433:1433"
  bridge:
    build: ./bridge
    depends_on: [mssql]
    environment:
      POS_DB: "Server=mssql;Database=RetailPOS;User Id=sa;Password=@@secret@@;TrustServerCertificate=True"
""", words_pw())

add("compose/redis-password", "loyalty/docker-compose.prod.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/config/", """
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data
  loyalty-api:
    image: ghcr.io/oudalmajlis/loyalty-api:1.14.2
    environment:
      REDIS_URL: redis://redis:6379/3
volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("compose/postgres-password", "erp/docker-compose.yml", "https://hub.docker.com/_/odoo", """
services:
  web:
    image: odoo:17.0
    depends_on: [db]
    ports: ["8069:8069"]
    environment:
      HOST: db
      USER: odoo
      PASSWORD: @@secret@@
    volumes:
      - ./addons:/mnt/extra-addons
      - ./config:/etc/odoo
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: @@secret@@
""", rand_pw(16))

add("compose/decoy-secrets-file", "analytics/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  metabase:
    image: metabase/metabase:v0.49.6
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: pg-analytics
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
      MB_SITE_LOCALE: ar
    secrets:
      - mb_db_pass
secrets:
  mb_db_pass:
    file: ./secrets/mb_db_pass.txt
""")

add("compose/decoy-env-reference", "storefront/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  web:
    image: ghcr.io/oudalmajlis/storefront:${TAG:-latest}
    environment:
      TAP_SECRET_KEY: ${TAP_SECRET_KEY}
      CKO_SECRET_KEY: ${CKO_SECRET_KEY}
      DATABASE_URL: postgresql://storefront:${PG_PASSWORD}@db:5432/storefront
      DEFAULT_LOCALE: ar
    ports:
      - "3000:3000"
""")

add("github-actions/pypi-token", ".github/workflows/publish-oudkit.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: publish oudkit (internal POS helpers)
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
          python-version: "3.11"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/slack-webhook", ".github/workflows/deploy-storefront.yml", "https://api.slack.com/messaging/webhooks", """
name: deploy storefront
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh production
      - name: notify #store-releases
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"storefront deploy ${{ job.status }} - ${{ github.sha }}"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/aws-secret-access-key", ".github/workflows/sync-catalog-images.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: sync catalog images
on:
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: me-south-1
      - run: aws s3 sync ./catalog/images s3://oudalmajlis-catalog/products --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/release-pos-app.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: release POS tablet app
on:
  release:
    types: [published]
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
        env:
          APP_STORE_CONNECT_KEY: ${{ secrets.APP_STORE_CONNECT_KEY }}
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
          TAP_SECRET_KEY: ${{ secrets.TAP_SECRET_KEY_PROD }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_RELEASES_WEBHOOK }}
""")

add("github-actions/decoy-pinned-shas", ".github/workflows/lint.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.7
      - uses: actions/setup-python@@@s2@@ # v5.1.0
        with:
          python-version: "3.11"
      - uses: astral-sh/ruff-action@@@s3@@ # v1.1.0
""", s1=hexs(40), s2=hexs(40), s3=hexs(40))

add("ansible/postgres-password", "infra/ansible/group_vars/db_servers.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """
---
postgresql_version: 15
postgresql_listen_addresses: "10.20.0.0/24"
retail_db_name: retail
retail_db_users:
  - name: pos_sync
    password: "@@secret@@"
    priv: "ALL"
  - name: report_reader
    password: "{{ vault_report_reader_password }}"
    priv: "CONNECT"
""", words_pw())

add("ansible/nvr-admin-password", "infra/ansible/host_vars/nvr-ruh-01.yml", "https://www.hikvision.com/en/support/download/sdk/", """
---
# CCTV NVR - فرع الرياض بارك (Riyadh Park branch)
nvr_model: DS-7616NI-K2
nvr_ip: 10.31.1.5
nvr_admin_user: admin
nvr_admin_password: "@@secret@@"
nvr_channels: 16
nvr_retention_days: 30
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("yaml/decoy-placeholder", "config/payments.example.yml", "https://developers.tap.company/docs/authentication", """
# مثال - لا تضع المفاتيح الحقيقية هنا
tap:
  public_key: pk_test_REPLACE_ME
  secret_key: sk_test_REPLACE_ME
moyasar:
  secret_key: "<moyasar secret key from dashboard>"
paytabs:
  profile_id: 00000
  server_key: "SXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXX"
""")

add("yaml/tabby-secret-key", "checkout/config/bnpl.yml", "https://docs.tabby.ai/introduction/api-keys", """
# Buy now pay later: Tabby (KSA, UAE, Kuwait) and Tamara (KSA)
tabby:
  merchant_code: OUDMAJLIS_SA
  public_key: pk_@@pk@@
  secret_key: sk_@@secret_body@@
  webhook_url: https://pay.oudalmajlis.sa/bnpl/tabby/webhook
tamara:
  api_url: https://api.tamara.co
  token_env: TAMARA_API_TOKEN
""", "sk_" + _TABBY, secret_body=_TABBY, pk=uuid_s())

add("yaml/smtp-password", "notifications/config/mailer.yaml", "https://symfony.com/doc/current/mailer.html#transport-setup", """
mailer:
  transport: smtp
  host: smtp.zoho.sa
  port: 465
  encryption: ssl
  username: noreply@oudalmajlis.sa
  password: "@@secret@@"
  from:
    name: "عود المجلس"
    address: noreply@oudalmajlis.sa
""", rand_pw(16))

add("yaml/tamara-api-token", "checkout/config/tamara.yaml", "https://docs.tamara.co/docs/authentication", """
tamara:
  environment: production
  base_url: https://api.tamara.co
  notification_url: https://pay.oudalmajlis.sa/bnpl/tamara/notify
  api_token: @@secret@@
  payment_types: [PAY_BY_INSTALMENTS, PAY_NOW]
  countries: [SA, AE, KW]
""", jwt('{"sub":"' + uuid_s() + '","type":"merchant","salt":"' + hexs(32) + '","iat":1712345678,"iss":"Tamara"}'))

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-aws-kms", """
moyasar_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
paytabs_server_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:me-central-1:@@acct@@:key/@@kid@@
          created_at: "2024-03-11T08:15:22Z"
    lastmodified: "2024-03-11T08:15:24Z"
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 64, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    acct=str(random.Random(_seed()).randint(10**11, 10**12)), kid=uuid_s())

# ---------------------------------------------------------------- json
_FBKEY = pem("")

add("json/salla-client-secret", "integrations/salla/app.json", "https://docs.salla.dev/doc-421117", """
{
  "app_name": "Oud Majlis Stock Bridge",
  "store": "oudalmajlis.salla.sa",
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "webhook_secret_env": "SALLA_WEBHOOK_SECRET",
  "scopes": ["offline_access", "products.read_write", "orders.read"],
  "callback_url": "https://bridge.oudalmajlis.sa/salla/oauth/callback"
}
""", hexs(32), cid=uuid_s())

add("json/firebase-service-account", "mobile/loyalty-app/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "oudmajlis-loyalty",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@",
  "client_email": "firebase-adminsdk-x1c9q@oudmajlis-loyalty.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _FBKEY.splitlines()[1], escaped=_FBKEY.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21)))

add("json/zid-manager-token", "integrations/zid/credentials.json", "https://docs.zid.sa/docs/authentication", """
{
  "store_id": "@@store@@",
  "authorization": "Bearer @@auth@@",
  "x_manager_token": "@@secret@@",
  "accept_language": "ar",
  "base_url": "https://api.zid.sa/v1"
}
""", jwt('{"aud":"' + str(random.Random(_seed()).randint(1000, 9999)) + '","jti":"' + hexs(40) + '","sub":"manager","scopes":[]}'),
    store=str(random.Random(_seed()).randint(10**5, 10**6)), auth=jwt('{"aud":"app","sub":"partner"}'))

add("json/sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Common-configuration", """
{
  "name": "oudalmajlis legacy php shop",
  "host": "185.92.14.37",
  "protocol": "sftp",
  "port": 22,
  "username": "oudshop",
  "password": "@@secret@@",
  "remotePath": "/var/www/oudalmajlis.com/public_html",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(14, "!@#"))

add("json/sql-server-password", "pos/OudMajlis.Pos.Api/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=tcp:oudmajlis-pos.database.windows.net,1433;Initial Catalog=pos;User ID=posapi;Password=@@secret@@;Encrypt=True;"
  },
  "Branches": { "Default": "RUH-01", "Currency": "SAR" },
  "Localization": { "DefaultCulture": "ar-SA", "Supported": ["ar-SA", "en-US"] }
}
""", words_pw())

add("json/twilio-auth-token", "notifications/twilio.config.json", "https://www.twilio.com/docs/iam/credentials/api", """
{
  "accountSid": "@@sid@@",
  "authToken": "@@secret@@",
  "whatsappFrom": "whatsapp:+9715@@num@@",
  "verifyServiceSid": "VA@@va@@",
  "locale": "ar"
}
""", hexs(32), sid=twilio_sid(), num=str(random.Random(_seed()).randint(10**7, 10**8)), va=hexs(32))

add("json/foodics-access-token", "pos/foodics/branch-sync.json", "https://apidocs.foodics.com/core/introduction.html", """
{
  "provider": "foodics",
  "base_url": "https://api.foodics.com/v5",
  "access_token": "@@secret@@",
  "branches": {
    "RUH-CAFE-01": "@@b1@@",
    "JED-CAFE-01": "@@b2@@"
  },
  "sync_menu": true,
  "sync_orders_every_minutes": 5
}
""", jwt('{"aud":"' + uuid_s() + '","jti":"' + hexs(40) + '","iat":1709251200,"sub":"' + uuid_s() + '","scopes":["general.read","orders.limited.read"]}'),
    b1=uuid_s(), b2=uuid_s())

add("json/decoy-firebase-web-config", "mobile/loyalty-app/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "AIza@@k@@",
  "authDomain": "oudmajlis-loyalty.firebaseapp.com",
  "projectId": "oudmajlis-loyalty",
  "storageBucket": "oudmajlis-loyalty.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@g@@"
}
""", k=fakes.drawn(_seed(), 35, ALNUM + "-_"), sender=str(random.Random(_seed()).randint(10**11, 10**12)),
    app=hexs(22), g=fakes.drawn(_seed(), 10, UPPER_DIG))

add("json/decoy-package-lock", "storefront/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "oudalmajlis-storefront",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@tap-payments/checkout-sdk": {
      "version": "1.2.4",
      "resolved": "https://registry.npmjs.org/@tap-payments/checkout-sdk/-/checkout-sdk-1.2.4.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/rtl-detect": {
      "version": "1.1.2",
      "resolved": "https://registry.npmjs.org/rtl-detect/-/rtl-detect-1.1.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/decoy-translations", "storefront/locales/ar/checkout.json", "https://www.i18next.com/misc/json-format", """
{
  "title": "إتمام الطلب",
  "payWith": "ادفع باستخدام",
  "cardNumber": "رقم البطاقة",
  "cvv": "رمز التحقق",
  "password": "كلمة المرور",
  "apiKeyMissing": "مفتاح الدفع غير مضبوط، تواصل مع الدعم",
  "placeholderCard": "0000 0000 0000 0000",
  "tabby": "قسّمها على ٤ دفعات بدون فوائد مع تابي",
  "tamara": "ادفع لاحقاً مع تمارا"
}
""")

add("json/decoy-webhook-event", "tests/fixtures/moyasar_payment_paid.json", "https://docs.moyasar.com/guides/webhooks/overview", """
{
  "id": "@@evt@@",
  "type": "payment_paid",
  "created_at": "2024-04-08T21:14:05.000Z",
  "secret_token": "WEBHOOK_SECRET_PLACEHOLDER",
  "account_name": null,
  "live": false,
  "data": {
    "id": "@@pay@@",
    "status": "paid",
    "amount": 45000,
    "currency": "SAR",
    "description": "دهن عود كمبودي ٣ مل",
    "source": {"type": "creditcard", "company": "mada", "number": "4201-32XX-XXXX-1010"}
  }
}
""", evt=uuid_s(), pay=uuid_s())

add("json/decoy-apple-pay-merchant", "mobile/loyalty-app/app.json", "https://docs.expo.dev/versions/latest/config/app/", """
{
  "expo": {
    "name": "عود المجلس",
    "slug": "oudmajlis-loyalty",
    "version": "2.6.0",
    "ios": {
      "bundleIdentifier": "sa.oudalmajlis.loyalty",
      "merchantIdentifier": "merchant.sa.oudalmajlis.store",
      "associatedDomains": ["applinks:oudalmajlis.sa"]
    },
    "android": { "package": "sa.oudalmajlis.loyalty" },
    "extra": { "eas": { "projectId": "@@proj@@" } }
  }
}
""", proj=uuid_s())

# ---------------------------------------------------------------- toml / ini / properties / xml / plist
add("toml/pypi-token", "tools/oudkit/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.internal.oudalmajlis.net/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("toml/postgres-password", "dashboards/sales/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# لوحة مبيعات الفروع
[connections.retail]
dialect = "postgresql"
host = "pg-replica.internal.oudalmajlis.net"
port = "5432"
database = "retail"
username = "dash_reader"
password = "@@secret@@"
""", words_pw())

add("toml/decoy-pyproject", "tools/oudkit/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "oudkit"
version = "0.9.3"
description = "POS helpers for Oud Al Majlis branches (receipts, ZATCA QR, barcodes)"
requires-python = ">=3.10"
dependencies = ["qrcode>=7.4", "python-barcode>=0.15", "arabic-reshaper>=3.0", "python-bidi>=0.4"]

[tool.ruff]
line-length = 110
""")

add("toml/cloudflare-api-token", "edge/wrangler.toml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
name = "oudmajlis-geo-redirect"
main = "src/index.ts"
compatibility_date = "2024-04-01"
account_id = "@@acct@@"

[vars]
DEFAULT_COUNTRY = "SA"
# purge token used by the worker after price updates
CF_PURGE_TOKEN = "@@secret@@"
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), acct=hexs(32))

add("ini/odoo-admin-password", "erp/config/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
addons_path = /mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons
admin_passwd = @@secret@@
db_host = db
db_port = 5432
db_user = odoo
db_password = False
proxy_mode = True
workers = 4
""", rand_pw(24))

add("ini/decoy-odoo-template", "erp/config/odoo.conf.tmpl", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """
[options]
addons_path = /mnt/extra-addons
; admin_passwd is injected by the entrypoint from ODOO_ADMIN_PASSWD
admin_passwd = ${ODOO_ADMIN_PASSWD}
db_host = ${DB_HOST}
db_password = ${DB_PASSWORD}
lang = ar_001
""")

add("ini/mysql-password", "legacy-shop/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
host=127.0.0.1
user=oudshop_wp
password="@@secret@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
""", words_pw())

add("ini/diffuser-gateway-key", "devices/scent-diffusers/gateway.ini", "https://docs.python.org/3/library/configparser.html", """
; Scent diffuser controllers in the showrooms (bakhoor mist schedule)
; أجهزة التعطير في صالات العرض
[gateway]
endpoint = https://iot.aromatech-gulf.com/api/v2
site = DXB-MALL-01
api_key = @@secret@@

[schedule]
open = 10:00
close = 23:30
intensity = 3
""", alnum(32))

add("properties/ldap-bind-password", "erp-bridge/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.ldap.password", """
spring.application.name=erp-bridge
spring.ldap.urls=ldaps://dc01.corp.oudalmajlis.local:636
spring.ldap.base=DC=corp,DC=oudalmajlis,DC=local
spring.ldap.username=CN=svc-erpbridge,OU=Service Accounts,DC=corp,DC=oudalmajlis,DC=local
spring.ldap.password=@@secret@@
server.port=8085
""", words_pw())

add("properties/decoy-placeholders", "erp-bridge/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", """
spring.application.name=erp-bridge
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/erp
spring.datasource.username=${DB_USER:erp}
spring.datasource.password=${DB_PASSWORD}
aramex.password=${ARAMEX_PASSWORD}
app.default-locale=ar_SA
""")

add("xml/aramex-password", "fulfilment/soap/CreateShipmentsRequest.xml", "https://www.aramex.com/docs/default-source/resourses/resourcesdevelopersguide.pdf", """
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ws="http://ws.aramex.net/ShippingAPI/v1/">
  <soap:Body>
    <ws:ShipmentCreationRequest>
      <ws:ClientInfo>
        <ws:UserName>shipping@oudalmajlis.ae</ws:UserName>
        <ws:Password>@@secret@@</ws:Password>
        <ws:Version>v1.0</ws:Version>
        <ws:AccountNumber>@@acct@@</ws:AccountNumber>
        <ws:AccountPin>@@pin@@</ws:AccountPin>
        <ws:AccountEntity>DXB</ws:AccountEntity>
        <ws:AccountCountryCode>AE</ws:AccountCountryCode>
      </ws:ClientInfo>
      <ws:Shipments/>
    </ws:ShipmentCreationRequest>
  </soap:Body>
</soap:Envelope>
""", words_pw(), acct=str(random.Random(_seed()).randint(10**7, 10**8)), pin=str(random.Random(_seed()).randint(100000, 999999)))

add("xml/maven-settings-password", "erp-bridge/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>oudmajlis-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("xml/decoy-web-config", "pos/OudMajlis.Pos.Api/Web.config", "https://learn.microsoft.com/en-us/aspnet/identity/overview/features-api/best-practices-for-deploying-passwords-and-other-sensitive-data-to-aspnet-and-azure", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings file="..\\..\\secrets\\AppSettingsSecrets.config">
    <add key="Branch" value="RUH-01" />
    <add key="Culture" value="ar-SA" />
  </appSettings>
  <connectionStrings configSource="ConnectionStrings.config" />
</configuration>
""")

add("plist/decoy-info-plist", "mobile/ios/OudMajlis/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>عود المجلس</string>
  <key>CFBundleDevelopmentRegion</key>
  <string>ar</string>
  <key>GADApplicationIdentifier</key>
  <string>ca-app-pub-@@pub@@~@@app@@</string>
  <key>TapPublicKey</key>
  <string>@@pk@@</string>
</dict>
</plist>
""", pub=str(random.Random(_seed()).randint(10**15, 10**16)), app=str(random.Random(_seed()).randint(10**9, 10**10)), pk=tap_key("pk_live_"))

add("plist/tap-secret-key", "mobile/ios/OudMajlis/Config/Payments.plist", "https://developers.tap.company/docs/ios-sdk", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>TapSandboxKey</key>
  <string>sk_test_@@t@@</string>
  <key>TapProductionKey</key>
  <string>@@secret@@</string>
  <key>TapBundleID</key>
  <string>sa.oudalmajlis.loyalty</string>
</dict>
</plist>
""", tap_key(), t=alnum(24))

# ---------------------------------------------------------------- other languages

add("go/checkout-secret-key", "services/payments-gw/internal/cko/client.go", "https://www.checkout.com/docs/developer-resources/api/authentication/api-keys", """
package cko

import (
	"net/http"
	"time"
)

const (
	baseURL   = "https://api.checkout.com"
	secretKey = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) authorize(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+secretKey)
	req.Header.Set("Content-Type", "application/json")
}
""", checkout_key())

add("go/redis-password", "services/inventory/cmd/reserver/main.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// Holds stock reservations for click-and-collect (استلام من الفرع) for 2 hours.
func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "10.20.0.31:6379",
		Password: "@@secret@@",
		DB:       5,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatal(err)
	}
	serve(rdb)
}
""", fakes.redis_password(_seed()))
_SMSA = hexs(32)

add("go/smsa-api-key", "services/couriers/smsa/smsa.go", "https://track.smsaexpress.com/SecomRestWebApi/swagger/ui/index", """
package smsa

import "net/http"

var apiKey = "@@a@@" +
	"@@b@@"

func newRequest(method, url string) (*http.Request, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("apikey", apiKey)
	return req, nil
}
""", _SMSA, a=_SMSA[:16], b=_SMSA[16:])

add("go/decoy-env-lookup", "services/payments-gw/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", """
package config

import (
	"fmt"
	"os"
)

type Gateways struct {
	TapSecret     string
	MoyasarSecret string
	CKOSecret     string
}

func Load() (Gateways, error) {
	g := Gateways{
		TapSecret:     os.Getenv("TAP_SECRET_KEY"),
		MoyasarSecret: os.Getenv("MOYASAR_SECRET_KEY"),
		CKOSecret:     os.Getenv("CKO_SECRET_KEY"),
	}
	if g.TapSecret == "" {
		return g, fmt.Errorf("TAP_SECRET_KEY not set")
	}
	return g, nil
}
""")

add("go/decoy-test-vectors", "services/einvoice/qr/tlv_test.go", "https://zatca.gov.sa/ar/E-Invoicing/SystemsDevelopers/Documents/QRCodeCreation.pdf", """
package qr

import "testing"

// ZATCA simplified-invoice QR (TLV, base64): seller name, VAT no., time, total, VAT
func TestEncode(t *testing.T) {
	got := Encode("عود المجلس", "310122393500003", "2024-04-08T21:14:05Z", "450.00", "58.70")
	want := "@@qr@@"
	if len(got) == 0 || got[:4] != want[:4] {
		t.Fatalf("unexpected prefix %q", got)
	}
}
""", qr=b64("\x01\x0cOud Majlis\x02\x0f310122393500003\x03\x142024-04-08T21:14:05Z\x04\x06450.00\x05\x0558.70"))

add("java/hyperpay-access-token", "erp-bridge/src/main/java/sa/oudalmajlis/bridge/pay/HyperPayClient.java", "https://wordpresshyperpay.docs.oppwa.com/reference/parameters#authentication", """
package sa.oudalmajlis.bridge.pay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class HyperPayClient {
    private static final String BASE = "https://eu-prod.oppwa.com/v1";
    private static final String ENTITY_ID = "@@entity@@";
    private static final String ACCESS_TOKEN = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String paymentStatus(String checkoutId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(
                URI.create(BASE + "/checkouts/" + checkoutId + "/payment?entityId=" + ENTITY_ID))
            .header("Authorization", "Bearer " + ACCESS_TOKEN)
            .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", hyperpay_token(), entity=hexs(32))

add("java/sql-server-password", "erp-bridge/src/main/java/sa/oudalmajlis/bridge/db/LegacyPos.java", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url", """
package sa.oudalmajlis.bridge.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class LegacyPos {
    private LegacyPos() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(
            "jdbc:sqlserver://10.10.4.20:1433;databaseName=RetailPOS;encrypt=false",
            "erp_bridge",
            "@@secret@@");
    }
}
""", words_pw())

add("java/decoy-constants", "erp-bridge/src/main/java/sa/oudalmajlis/bridge/Keys.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/classvars.html", """
package sa.oudalmajlis.bridge;

/** Names of the settings the bridge reads; the values live in Vault. (أسماء الإعدادات فقط) */
public final class Keys {
    public static final String TAP_SECRET_KEY = "payments.tap.secret-key";
    public static final String ARAMEX_PASSWORD = "couriers.aramex.password";
    public static final String POS_DB_PASSWORD = "pos.db.password";
    public static final String VAULT_PATH = "secret/data/erp-bridge";

    private Keys() {}
}
""")

add("kotlin/twilio-auth-token", "mobile/android/app/src/main/java/sa/oudalmajlis/loyalty/otp/OtpSender.kt", "https://www.twilio.com/docs/verify/api/verification", """
package sa.oudalmajlis.loyalty.otp

import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object OtpSender {
    private const val ACCOUNT_SID = "@@sid@@"
    private const val AUTH_TOKEN = "@@secret@@"
    private const val SERVICE = "VA@@va@@"
    private val client = OkHttpClient()

    fun send(phone: String) {
        val body = FormBody.Builder().add("To", phone).add("Channel", "sms").add("Locale", "ar").build()
        val req = Request.Builder()
            .url("https://verify.twilio.com/v2/Services/$SERVICE/Verifications")
            .header("Authorization", Credentials.basic(ACCOUNT_SID, AUTH_TOKEN))
            .post(body).build()
        client.newCall(req).execute().close()
    }
}
""", hexs(32), sid=twilio_sid(), va=hexs(32))

add("kotlin/decoy-buildconfig", "mobile/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "sa.oudalmajlis.loyalty"
    defaultConfig {
        applicationId = "sa.oudalmajlis.loyalty"
        minSdk = 26
        targetSdk = 34
        versionCode = 260
        versionName = "2.6.0"
        buildConfigField("String", "TAP_PUBLIC_KEY", "\\"@@pk@@\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.oudalmajlis.sa/\\"")
        resourceConfigurations += listOf("ar", "en")
    }
}
""", pk=tap_key("pk_live_"))

add("csharp/paytabs-server-key", "pos/OudMajlis.Pos.Api/Payments/PayTabsOptions.cs", "https://site.paytabs.com/en/pt2-documentation/", """
namespace OudMajlis.Pos.Api.Payments;

public sealed class PayTabsOptions
{
    public int ProfileId { get; init; } = @@profile@@;
    public string Region { get; init; } = "ARE";
    // UAE profile, production (Dubai Mall + Abu Dhabi branches)
    public string ServerKey { get; init; } = "@@secret@@";
    public string Endpoint => "https://secure.paytabs.com/payment/request";
}
""", paytabs_key(), profile=str(random.Random(_seed()).randint(40000, 99999)))

add("csharp/azure-client-secret", "pos/OudMajlis.Pos.Sync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """
using Azure.Identity;
using Azure.Storage.Blobs;

var credential = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");

var container = new BlobContainerClient(
    new Uri("https://oudmajlisposbackup.blob.core.windows.net/daily-z-reports"), credential);

foreach (var file in Directory.GetFiles(@"C:\\POS\\ZReports", "*.pdf"))
{
    await container.UploadBlobAsync(Path.GetFileName(file), File.OpenRead(file));
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/decoy-user-secrets", "pos/OudMajlis.Pos.Api/Startup.Secrets.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
namespace OudMajlis.Pos.Api;

public static class SecretsSetup
{
    public static void AddSecrets(this WebApplicationBuilder builder)
    {
        // dotnet user-secrets set "PayTabs:ServerKey" "<key>"  (development only)
        builder.Configuration.AddUserSecrets<Program>(optional: true);
        builder.Configuration.AddAzureKeyVault(
            new Uri("https://kv-oudmajlis-pos.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());
    }
}
""")

add("php/moyasar-secret-key", "legacy-shop/wp-content/plugins/oud-moyasar/includes/class-gateway.php", "https://docs.moyasar.com/api/authentication", """
<?php
if (!defined('ABSPATH')) { exit; }

class Oud_Moyasar_Gateway extends WC_Payment_Gateway {
    // مفتاح ميسر السري - الإنتاج
    private $secret_key = '@@secret@@';

    public function __construct() {
        $this->id = 'oud_moyasar';
        $this->method_title = 'Moyasar (مدى / Apple Pay)';
        $this->has_fields = false;
    }

    public function fetch_payment($id) {
        return wp_remote_get("https://api.moyasar.com/v1/payments/$id", [
            'headers' => ['Authorization' => 'Basic ' . base64_encode($this->secret_key . ':')],
        ]);
    }
}
""", moyasar_key())

add("php/mysql-password", "legacy-shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'oudshop_wp' );
define( 'DB_USER', 'oudshop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'ar' );
$table_prefix = 'oud_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "legacy-shop/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("php/mailchimp-api-key", "legacy-shop/wp-content/themes/oudmajlis/inc/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
<?php
// النشرة البريدية - اشتراك من تذييل الموقع
function oud_newsletter_subscribe($email, $lang = 'ar') {
    $api_key = '@@secret@@';
    $list_id = '@@list@@';
    $url = "https://us21.api.mailchimp.com/3.0/lists/$list_id/members";
    return wp_remote_post($url, [
        'headers' => ['Authorization' => 'apikey ' . $api_key],
        'body' => wp_json_encode(['email_address' => $email, 'status' => 'pending', 'language' => $lang]),
    ]);
}
""", mailchimp_key(), list=hexs(10))

add("ruby/shopify-api-secret", "integrations/shopify-qatar/config/initializers/shopify_app.rb", "https://github.com/Shopify/shopify_app/blob/main/docs/Quickstart.md", """
ShopifyApp.configure do |config|
  config.application_name = "Oud Majlis Qatar Sync"
  config.api_key = "@@key@@"
  config.secret = "@@secret@@"
  config.scope = "read_products, write_inventory, read_orders"
  config.embedded_app = false
  config.api_version = "2024-04"
end
""", shopify("shpss_"), key=hexs(32))

add("ruby/smtp-password", "crm/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.gmail.com",
    port: 587,
    user_name: "crm@oudalmajlis.sa",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.i18n.default_locale = :ar
end
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ruby/decoy-credentials-reference", "crm/app/services/tabby_client.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
class TabbyClient
  BASE = "https://api.tabby.ai/api/v2".freeze

  def initialize(secret: Rails.application.credentials.dig(:tabby, :secret_key))
    @secret = secret
  end

  def payment(id)
    HTTP.auth("Bearer #{@secret}").get("#{BASE}/payments/#{id}").parse
  end
end
""")

add("rust/diffuser-mqtt-password", "devices/diffuser-agent/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

// Showroom scent diffuser agent: listens for bakhoor mist schedules
// وكيل جهاز التعطير - يستقبل جدول البخور من الخادم
#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("diffuser-dxb-mall-01", "mqtt.aromatech-gulf.com", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("oudmajlis-dxb", "@@secret@@");
    let (client, mut eventloop) = AsyncClient::new(opts, 10);
    client.subscribe("oudmajlis/dxb-mall-01/schedule", QoS::AtLeastOnce).await.unwrap();
    loop {
        let _ = eventloop.poll().await;
    }
}
""", rand_pw(22))

add("rust/decoy-checksum-consts", "devices/diffuser-agent/src/firmware.rs", "https://docs.rs/sha2/latest/sha2/", """
// Firmware images accepted by the agent (SHA-256 of the signed .bin)
pub const FIRMWARE: &[(&str, &str)] = &[
    ("2.4.1", "@@h1@@"),
    ("2.4.2", "@@h2@@"),
    ("2.5.0", "@@h3@@"),
];

pub fn is_known(version: &str, digest: &str) -> bool {
    FIRMWARE.iter().any(|(v, d)| *v == version && *d == digest)
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("swift/tap-secret-key", "mobile/ios/OudMajlis/Payments/TapConfig.swift", "https://developers.tap.company/docs/ios-sdk", """
import Foundation

enum TapConfig {
    static let bundleID = "sa.oudalmajlis.loyalty"
    static let publicKey = "@@pk@@"
    // FIXME: secret key must not ship in the app - move charge creation to the backend
    // ملاحظة: يجب نقل المفتاح السري إلى الخادم قبل الإصدار القادم
    static let secretKey = "@@secret@@"
    static let language = Locale.current.language.languageCode?.identifier == "ar" ? "ar" : "en"
}
""", tap_key(), pk=tap_key("pk_live_"))

add("swift/decoy-keychain", "mobile/ios/OudMajlis/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security

struct TokenStore {
    static let service = "sa.oudalmajlis.loyalty.session"

    static func save(_ token: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecValueData as String: Data(token.utf8),
        ]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

# ---------------------------------------------------------------- typescript / javascript

add("typescript/tabby-secret-key", "storefront/src/server/bnpl/tabby.ts", "https://docs.tabby.ai/introduction/api-keys", """
import axios from "axios";

const tabby = axios.create({
  baseURL: "https://api.tabby.ai/api/v2",
  headers: { Authorization: "Bearer @@secret@@" },
  timeout: 15000,
});

export async function createSession(order: { id: string; total: string; currency: "SAR" | "AED" | "KWD" }) {
  const { data } = await tabby.post("/checkout", {
    payment: { amount: order.total, currency: order.currency, order: { reference_id: order.id } },
    lang: "ar",
    merchant_code: "OUDMAJLIS_SA",
    merchant_urls: { success: "https://shop.oudalmajlis.sa/checkout/success" },
  });
  return data.configuration.available_products.installments[0].web_url as string;
}
""", "sk_" + uuid_s())
_META = meta_token()

add("typescript/whatsapp-access-token", "whatsapp-bot/src/send.ts", "https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages", """
const GRAPH = "https://graph.facebook.com/v19.0";
const PHONE_ID = "@@phone@@";
const TOKEN =
  "@@a@@" +
  "@@b@@";

// order shipped template: "تم شحن طلبك {{1}} عبر أرامكس، رقم التتبع {{2}}"
export async function orderShipped(to: string, orderNo: string, awb: string) {
  await fetch(`${GRAPH}/${PHONE_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: { name: "order_shipped", language: { code: "ar" },
        components: [{ type: "body", parameters: [{ type: "text", text: orderNo }, { type: "text", text: awb }] }] },
    }),
  });
}
""", _META, phone=str(random.Random(_seed()).randint(10**14, 10**15)), a=_META[:90], b=_META[90:])

add("typescript/stripe-secret-key", "gift-cards/src/stripe.ts", "https://docs.stripe.com/keys", """
import Stripe from "stripe";

// e-gift cards sold to international customers (USD/EUR); GCC cards go through Tap
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-04-10",
  appInfo: { name: "oudmajlis-gift-cards", version: "1.3.0" },
});

export async function createGiftCardCheckout(amount: number, currency: "usd" | "eur") {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency, unit_amount: amount, product_data: { name: "Oud Al Majlis e-gift" } }, quantity: 1 }],
    success_url: "https://gifts.oudalmajlis.com/thanks",
  });
}
""", fakes.fake("sk_live_", 99, _seed()))

add("typescript/postgres-password", "storefront/prisma/seed.ts", "https://www.prisma.io/docs/orm/reference/prisma-client-reference#datasources", """
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient({
  datasources: { db: { url: "postgresql://storefront:@@secret@@@pg-main.internal.oudalmajlis.net:5432/storefront?schema=public" } },
});

async function main() {
  await prisma.category.createMany({
    data: [
      { slug: "oud-oils", nameAr: "دهن العود", nameEn: "Oud oils" },
      { slug: "bakhoor", nameAr: "بخور", nameEn: "Bakhoor" },
      { slug: "perfumes", nameAr: "عطور", nameEn: "Perfumes" },
    ],
    skipDuplicates: true,
  });
}

main().finally(() => prisma.$disconnect());
""", words_pw())

add("typescript/decoy-public-config", "storefront/src/config/public.ts", "https://developers.tap.company/docs/card-sdk-web-v2", """
// Safe for the browser: publishable keys and ids only
export const publicConfig = {
  tapPublicKey: "@@tpk@@",
  moyasarPublishableKey: "@@mpk@@",
  tabbyPublicKey: "pk_@@tabby@@",
  recaptchaSiteKey: "6L@@rc@@",
  googleMapsMapId: "@@map@@",
  defaultLocale: "ar" as const,
};
""", tpk=tap_key("pk_live_"), mpk=moyasar_key("pk_live_"), tabby=uuid_s(),
    rc=fakes.drawn(_seed(), 38, ALNUM + "_-"), map=hexs(16))

add("typescript/decoy-process-env", "storefront/src/server/env.ts", "https://zod.dev/", """
import { z } from "zod";

const schema = z.object({
  TAP_SECRET_KEY: z.string().startsWith("sk_"),
  MOYASAR_SECRET_KEY: z.string().min(20),
  TABBY_SECRET_KEY: z.string().startsWith("sk_"),
  TAMARA_API_TOKEN: z.string(),
  DATABASE_URL: z.string().url(),
});

export const env = schema.parse(process.env);
""")

add("typescript/decoy-mock-keys", "storefront/src/server/bnpl/__tests__/tamara.test.ts", "https://vitest.dev/api/vi.html#vi-stubenv", """
import { describe, expect, it, vi } from "vitest";
import { createOrder } from "../tamara";

describe("tamara", () => {
  it("sends the merchant token as bearer", async () => {
    vi.stubEnv("TAMARA_API_TOKEN", "test-token");
    const fetchMock = vi.fn().mockResolvedValue(new Response(JSON.stringify({ checkout_url: "https://checkout.tamara.co/x" })));
    vi.stubGlobal("fetch", fetchMock);
    await createOrder({ id: "SO-1001", total: "450.00", currency: "SAR" });
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe("Bearer test-token");
  });
});
""")

add("javascript/google-maps-server-key", "store-locator/scripts/geocode-branches.js", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
// One-off: geocode branch addresses for the store locator (server-side key, IP-restricted)
const fs = require("fs");
const KEY = "@@secret@@";

const branches = JSON.parse(fs.readFileSync("branches.json", "utf8"));
(async () => {
  for (const b of branches) {
    const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(b.addressAr)}&language=ar&key=${KEY}`;
    const res = await (await fetch(url)).json();
    b.location = res.results[0]?.geometry.location;
  }
  fs.writeFileSync("branches.geo.json", JSON.stringify(branches, null, 2));
})();
""", "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_"))

add("javascript/sendgrid-api-key", "functions/order-confirmation/index.js", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs", """
const sgMail = require("@sendgrid/mail");
sgMail.setApiKey("@@secret@@");

exports.handler = async (event) => {
  const order = JSON.parse(event.body);
  await sgMail.send({
    to: order.email,
    from: { email: "orders@oudalmajlis.sa", name: "عود المجلس" },
    templateId: "d-@@tpl@@",
    dynamicTemplateData: { order_no: order.number, total: order.total, lang: order.lang || "ar" },
  });
  return { statusCode: 202 };
};
""", sendgrid_key(), tpl=hexs(32))

add("javascript/decoy-sri-hashes", "legacy-shop/wp-content/themes/oudmajlis/footer-scripts.js", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """
// Third-party scripts with Subresource Integrity (public hashes)
const SCRIPTS = [
  { src: "https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js", integrity: "sha384-@@s1@@" },
  { src: "https://goSellJSLib.b-cdn.net/v2.0.0/js/gosell.js", integrity: "sha384-@@s2@@" },
];
for (const s of SCRIPTS) {
  const el = document.createElement("script");
  Object.assign(el, { src: s.src, integrity: s.integrity, crossOrigin: "anonymous", defer: true });
  document.body.appendChild(el);
}
""", s1=fakes.drawn(_seed(), 64, ALNUM + "+/"), s2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

# ---------------------------------------------------------------- shell / powershell / docker / terraform
add("shell/github-token", "scripts/bootstrap-branch-pos.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# تجهيز جهاز نقطة البيع في فرع جديد
set -euo pipefail
BRANCH="${1:?branch code e.g. JED-03}"
export GITHUB_TOKEN=@@secret@@
git clone "https://x-access-token:${GITHUB_TOKEN}@github.com/oudalmajlis/pos-agent.git" /opt/pos-agent
cd /opt/pos-agent
./install.sh --branch "$BRANCH" --locale ar_SA
systemctl enable --now pos-agent
""", fakes.github_token(_seed()))

add("shell/postgres-password", "ops/backup/nightly_pg_dump.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/bin/sh
# nightly dump of the retail DB to the NAS (runs on db-backup-01)
# نسخة احتياطية ليلية لقاعدة بيانات المبيعات
PGPASSWORD='@@secret@@' pg_dump -h pg-main.internal.oudalmajlis.net -U backup_ro -Fc retail \\
  > /mnt/nas/backups/retail_$(date +%F).dump
find /mnt/nas/backups -name 'retail_*.dump' -mtime +14 -delete
echo "backup done $(date)"
""", words_pw())

add("shell/nvr-admin-password", "ops/nvr/snapshot_all_branches.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# snapshot camera 1 of each branch NVR for the morning opening check
# لقطة من كاميرا المدخل لكل فرع قبل الافتتاح
for ip in 10.31.1.5 10.32.1.5 10.41.1.5 10.51.1.5; do
  curl -s --digest -u admin:@@secret@@ \\
    "http://${ip}/ISAPI/Streaming/channels/101/picture" -o "snap_${ip}.jpg"
done
ls -la snap_*.jpg
""", words_pw())

add("shell/unifonic-app-sid", "ops/sms/test_send.sh", "https://docs.unifonic.com/articles/#!sms-api/send-message", """
#!/bin/bash
# quick test of the SMS sender ID after renewal with CITC
curl -X POST https://el.cloud.unifonic.com/rest/SMS/messages \\
  -d "AppSid=@@secret@@" \\
  -d "SenderID=OudMajlis" \\
  -d "Recipient=9665@@num@@" \\
  -d "Body=اختبار رسالة من عود المجلس"
""", unifonic_sid(), num=str(random.Random(_seed()).randint(10**7, 10**8)))

add("shell/sshpass-password", "ops/deploy/push_price_screens.sh", "https://linux.die.net/man/1/sshpass", """
#!/usr/bin/env bash
# Push the new price menu (عروض العيد) to the digital signage players
set -e
for host in signage-ruh-01 signage-ruh-02 signage-jed-01; do
  sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no menu/eid_offers_ar.html pi@${host}:/srv/signage/index.html
  sshpass -p '@@secret@@' ssh pi@${host} 'sudo systemctl restart signage'
done
""", rand_pw(12))

add("shell/decoy-vault-read", "ops/deploy/render_env.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
set -euo pipefail
# Renders .env for the storefront from Vault; nothing secret is stored in this repo
export VAULT_ADDR=https://vault.internal.oudalmajlis.net:8200
TAP_SECRET_KEY=$(vault kv get -field=secret_key secret/payments/tap)
MOYASAR_SECRET_KEY=$(vault kv get -field=secret_key secret/payments/moyasar)
cat > .env.production <<EOF_ENV
TAP_SECRET_KEY=${TAP_SECRET_KEY}
MOYASAR_SECRET_KEY=${MOYASAR_SECRET_KEY}
EOF_ENV
""")

add("shell/decoy-prompt", "ops/onboarding/new_branch_wifi.sh", "https://man7.org/linux/man-pages/man1/read.1p.html", """
#!/usr/bin/env bash
# Configure the branch POS Wi-Fi; the password is typed by the area manager
read -rp "Branch code: " BRANCH
read -rsp "Wi-Fi password (كلمة مرور الشبكة): " WIFI_PASS
echo
nmcli dev wifi connect "OUD-${BRANCH}-POS" password "$WIFI_PASS"
unset WIFI_PASS
""")

add("powershell/sql-server-password", "ops/windows/Restore-BranchPos.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
param([Parameter(Mandatory)] [string] $Branch)

# Restores the branch POS database on the back-office PC after a disk swap
$cred = New-Object System.Management.Automation.PSCredential(
    "sa", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))

Invoke-Sqlcmd -ServerInstance "localhost\\SQLEXPRESS" -Credential $cred -Query @"
RESTORE DATABASE RetailPOS FROM DISK = N'D:\\Backups\\$Branch\\RetailPOS.bak' WITH REPLACE
"@
Write-Host "Restored $Branch"
""", words_pw())

add("powershell/azure-storage-key", "ops/windows/Upload-ZReports.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """
# Uploads daily Z reports (تقارير الإغلاق اليومية) from the branch PC
$account = "oudmajlisposbackup"
$key = "@@secret@@"
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem "C:\\POS\\ZReports\\*.pdf" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "daily-z-reports" -Blob "$env:COMPUTERNAME/$($_.Name)" -Context $ctx -Force
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("powershell/decoy-get-secret", "ops/windows/Set-PosSecrets.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """
# Loads POS credentials from the SecretManagement vault on the branch PC
Import-Module Microsoft.PowerShell.SecretManagement
$sqlPassword = Get-Secret -Name "RetailPOS-sa" -Vault BranchVault -AsPlainText
$paytabsKey  = Get-Secret -Name "PayTabs-ServerKey" -Vault BranchVault -AsPlainText
[Environment]::SetEnvironmentVariable("POS_SQL_PASSWORD", $sqlPassword, "Process")
[Environment]::SetEnvironmentVariable("PAYTABS_SERVER_KEY", $paytabsKey, "Process")
""")

add("dockerfile/npm-token", "storefront/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# private @oudmajlis/ui-rtl package
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build
CMD ["npm", "start"]
""", fakes.fake("npm_", 36, _seed()))

add("dockerfile/moyasar-secret-key", "checkout-service/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MOYASAR_SECRET_KEY=@@secret@@ \\
    DEFAULT_CURRENCY=SAR \\
    TZ=Asia/Riyadh
EXPOSE 8000
CMD ["gunicorn", "checkout.wsgi", "-b", "0.0.0.0:8000"]
""", moyasar_key())

add("dockerfile/decoy-build-secret", "pos-sync/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV DATABASE_URL="" REDIS_PASSWORD=""
CMD ["python", "-m", "pos_sync"]
""")

add("dockerfile/decoy-digest-pins", "edge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM nginx:1.27-alpine@sha256:@@d1@@
COPY nginx/ /etc/nginx/
COPY dist/ /usr/share/nginx/html/
# Arabic fonts for the RTL error pages
COPY --from=ghcr.io/oudalmajlis/fonts@sha256:@@d2@@ /fonts /usr/share/nginx/html/fonts
EXPOSE 80
""", d1=hexs(64), d2=hexs(64))

add("terraform/db-password", "infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "retail" {
  identifier              = "retail-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.m6g.large"
  allocated_storage       = 200
  db_name                 = "retail"
  username                = "retail_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  backup_retention_period = 14
  tags = { Project = "oudalmajlis", Region = "me-south-1" }
}
""", words_pw())

add("terraform/cloudflare-api-token", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.30" }
    aws        = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

provider "aws" {
  region = "me-south-1"
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variables", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

variable "tap_secret_key" {
  description = "Tap Payments secret key (set in Terraform Cloud workspace)"
  type        = string
  sensitive   = true
}
""")

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# copy to terraform.tfvars (gitignored) - انسخ الملف ولا ترفعه إلى المستودع
db_password    = "CHANGE_ME"
tap_secret_key = "sk_live_..."
branches       = ["RUH-01", "RUH-02", "JED-01", "DXB-MALL", "DOH-VILLAGGIO", "KWT-AVENUES"]
aws_region     = "me-south-1"
""")

# ---------------------------------------------------------------- docs, notebooks, sql, csv, logs

add("markdown/handover-nvr-password", "docs/runbooks/branch-handover-dxb-mall.md", "https://www.hikvision.com/en/support/download/sdk/", """
# تسليم فرع دبي مول / Dubai Mall branch handover

| Item | Value |
|------|-------|
| Branch code | DXB-MALL |
| POS terminals | 3 (Foodics + PayTabs PAX A920) |
| NVR | 10.41.1.5 (Hikvision DS-7608NI) |
| NVR admin login | `admin` / `@@secret@@` |
| Wi-Fi (staff) | see 1Password vault "Branches" |

- Opening hours: 10:00 - 24:00 (Ramadan: 20:00 - 02:00)
- Mall security contact: ext. 4410
""", words_pw())

add("markdown/paytabs-server-key", "apps/kuwait/README.md", "https://site.paytabs.com/en/pt2-documentation/", """
# Kuwait web store (kw.oudalmajlis.com)

Local run:

```bash
export PAYTABS_PROFILE_ID=@@profile@@
export PAYTABS_SERVER_KEY=@@secret@@
npm run dev
```

The key above is the **live** Kuwait profile - الرجاء عدم مشاركته خارج الفريق.
Payments settle in KWD to the NBK account every Tuesday.
""", paytabs_key(), profile=str(random.Random(_seed()).randint(40000, 99999)))

add("markdown/ftp-password", "docs/suppliers/agarwood-suppliers.md", "https://en.wikipedia.org/wiki/File_Transfer_Protocol", """
# موردو العود / Agarwood suppliers

## Assam (India)
- Price lists: FTP `ftp.assamagarwood-traders.in`, user `oudmajlis`
- Password: `@@secret@@` (changed after Eid al-Adha 2024)
- Contact: Mr. Baruah, +91 98 640 12345

## Cambodia (Pursat)
- Shipments by air to KIA via Dubai; samples tested in the Riyadh lab
""", rand_pw(12, "!#"))

add("markdown/decoy-setup-guide", "docs/dev/payments-setup.md", "https://developers.tap.company/docs/authentication", """
# إعداد مفاتيح الدفع محلياً / Setting up payment keys locally

1. Ask the payments lead for sandbox access to Tap, Moyasar and PayTabs.
2. Copy `.env.example` to `.env`.
3. Fill in:

```
TAP_SECRET_KEY=sk_test_<your sandbox key>
MOYASAR_SECRET_KEY=sk_test_<...>
PAYTABS_SERVER_KEY=<sandbox server key>
```

Never paste live keys (`sk_live_...`) in tickets, Slack or this wiki.
""")

add("markdown/decoy-redacted-incident", "docs/incidents/2024-02-tap-key-rotation.md", "https://developers.tap.company/docs/authentication", """
# Incident 2024-02-17: Tap key exposed in a support ticket

- 14:05 AST customer-service agent pasted the live key `sk_live_****************3kQm` in a Zendesk macro
- 14:20 key revoked in the Tap dashboard, new key stored in Vault (`secret/payments/tap`)
- 14:32 storefront redeployed; no fraudulent charges found
- Follow-up: macro audit (مراجعة الردود الجاهزة), DLP rule for `sk_live_` in Zendesk
""")

add("markdown/decoy-api-docs", "docs/api/loyalty-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Loyalty API (نقاط الولاء)

All requests need a bearer token from `/auth/token`:

```http
GET /v1/members/{id}/points HTTP/1.1
Host: loyalty.oudalmajlis.sa
Authorization: Bearer <access_token>
Accept-Language: ar
```

Example member id: `@@u@@`. Tokens expire after 15 minutes.
""", u=uuid_s())

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.8.0] - 2024-04-02
### Added
- Tamara instalments for KSA (commit @@c1@@)
- Arabic invoice PDF with ZATCA QR (commit @@c2@@)
### Fixed
- RTL layout of the cart drawer on iOS Safari
- Gift-card balance rounding for KWD (3 decimals)
""", c1=hexs(40), c2=hexs(40))

add("notebook/postgres-password", "analytics/notebooks/ramadan_sales_2024.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# مبيعات رمضان ٢٠٢٤ حسب الفرع"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@secret@@@pg-replica.internal.oudalmajlis.net/retail')\\n",
    "df = pd.read_sql('select branch, day, net_sar from daily_sales where day >= ' + \\"'2024-03-11'\\", eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("notebook/openai-api-key", "analytics/notebooks/review_sentiment.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ['OPENAI_API_KEY'] = '@@secret@@'\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI()\\n",
    "# classify Google reviews (Arabic/English) of each branch\\n"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "analytics/notebooks/loyalty_cohorts.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass('replica password: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyst:{pw}@pg-replica.internal.oudalmajlis.net/retail')\\n"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/postgres-password", "db/migrations/0042_reporting_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Reporting role for the Metabase dashboards (لوحات التقارير)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE retail TO metabase_ro;
GRANT USAGE ON SCHEMA sales TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO metabase_ro;
""", words_pw())

add("sql/moyasar-secret-key", "db/seeds/payment_gateways.sql", "https://docs.moyasar.com/api/authentication", """
-- seed: enabled gateways per country
INSERT INTO payment_gateways (country, provider, publishable_key, secret_key, enabled) VALUES
  ('SA', 'moyasar', '@@pk@@', '@@secret@@', true),
  ('AE', 'checkout', 'pk_@@cpk@@', NULL, true),
  ('KW', 'paytabs', NULL, NULL, true),
  ('QA', 'tap', NULL, NULL, false);
""", moyasar_key(), pk=moyasar_key("pk_live_"), cpk=fakes.drawn(_seed(), 26, string.ascii_lowercase + "234567"))

add("sql/decoy-bcrypt-fixtures", "db/seeds/staff_users_dev.sql", "https://en.wikipedia.org/wiki/Bcrypt", """
-- dev seed: branch staff accounts (passwords are bcrypt hashes of 'changeme')
INSERT INTO staff (username, full_name_ar, branch, password_hash) VALUES
  ('ruh01.manager', 'محمد العتيبي', 'RUH-01', '$2b$12$@@h1@@'),
  ('jed01.manager', 'سارة الحربي', 'JED-01', '$2b$12$@@h2@@'),
  ('dxb.manager', 'Fatima Al Mansoori', 'DXB-MALL', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/decoy-products", "db/seeds/products.sql", "https://www.gs1.org/standards/barcodes/ean-upc", """
INSERT INTO products (sku, barcode, name_ar, name_en, price_sar) VALUES
  ('OUD-CAM-03', '@@b1@@', 'دهن عود كمبودي ٣ مل', 'Cambodi oud oil 3ml', 450.00),
  ('OUD-HIN-12', '@@b2@@', 'دهن عود هندي ١٢ مل', 'Hindi oud oil 12ml', 1650.00),
  ('BKH-MAJ-80', '@@b3@@', 'بخور المجلس ٨٠ غ', 'Majlis bakhoor 80g', 120.00),
  ('MSK-TAH-50', '@@b4@@', 'مسك الطهارة ٥٠ مل', 'Musk tahara 50ml', 85.00);
""", b1=ean13(), b2=ean13(), b3=ean13(), b4=ean13())

add("csv/printer-admin-password", "ops/inventory/branch_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
branch,device,ip,username,password,notes
RUH-01,router,10.31.0.1,admin,,تديره STC
RUH-01,nvr,10.31.1.5,admin,,see vault
JED-01,diffuser-gw,10.32.2.9,oudjed,,
DXB-MALL,pos-printer,10.41.3.20,admin,@@secret@@,Epson TM-m30 web config
DOH-VILLAGGIO,nvr,10.51.1.5,admin,,see vault
""", rand_pw(10))

add("csv/decoy-orders-export", "exports/orders_2024-04-08.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order_no,created_at,branch,payment_id,provider,amount,currency,status
SO-240408-0112,2024-04-08T19:02:11+03:00,RUH-01,@@p1@@,moyasar,450.00,SAR,paid
SO-240408-0113,2024-04-08T19:05:40+04:00,DXB-MALL,chg_TS0@@c1@@,tap,890.00,AED,captured
SO-240408-0114,2024-04-08T19:11:03+03:00,KWT-AVENUES,TST@@t1@@,paytabs,42.500,KWD,authorised
SO-240408-0115,2024-04-08T19:15:27+03:00,JED-01,@@p2@@,tabby,1200.00,SAR,authorized
""", p1=uuid_s(), c1=fakes.drawn(_seed(), 21, UPPER_DIG), t1=str(random.Random(_seed()).randint(10**13, 10**14)), p2=uuid_s())

add("csv/decoy-gift-cards", "exports/gift_cards_issued_q1.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
card_id,last4,value,currency,issued_branch,issued_at,expires_at
@@u1@@,7731,500,SAR,RUH-01,2024-01-14,2025-01-14
@@u2@@,1904,1000,AED,DXB-MALL,2024-02-02,2025-02-02
@@u3@@,5520,250,SAR,JED-01,2024-03-20,2025-03-20
@@u4@@,0086,100,KWD,KWT-AVENUES,2024-03-28,2025-03-28
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("log/moyasar-secret-key", "logs/checkout-service-2024-04-08.log", "https://docs.python.org/3/library/logging.html", """
2024-04-08 21:14:02,115 INFO  checkout.views order=SO-240408-0112 amount=45000 currency=SAR method=mada
2024-04-08 21:14:02,118 DEBUG checkout.moyasar POST https://api.moyasar.com/v1/payments auth=('@@secret@@', '')
2024-04-08 21:14:03,402 INFO  checkout.moyasar payment=@@pid@@ status=initiated
2024-04-08 21:14:05,871 INFO  checkout.webhooks payment_paid payment=@@pid@@
2024-04-08 21:14:05,902 INFO  checkout.views order=SO-240408-0112 marked paid
""", moyasar_key(), pid=uuid_s())

add("log/decoy-masked", "logs/pos-agent-ruh01.log", "https://docs.python.org/3/library/logging.html", """
[2024-04-08 20:01:00] INFO pos-agent 4.2.1 starting branch=RUH-01 locale=ar_SA
[2024-04-08 20:01:01] INFO config loaded paytabs.server_key=S**********-**********-****** foodics.token=eyJ0***
[2024-04-08 20:01:02] INFO connected to RetailPOS (user=pos_agent, password=********)
[2024-04-08 20:01:05] INFO terminal PAX-A920 serial=1850@@sn@@ online
[2024-04-08 20:15:44] WARN printer Epson TM-m30 paper low
""", sn=str(random.Random(_seed()).randint(10**6, 10**7)))

add("log/decoy-request-ids", "logs/aramex-bridge-2024-04-09.log", "https://docs.python.org/3/library/logging.html", """
2024-04-09T09:00:01Z INFO aramex.create order=SO-240408-0101 request_id=@@r1@@
2024-04-09T09:00:02Z INFO aramex.create order=SO-240408-0101 awb=@@awb1@@ label=https://ws.aramex.net/content/rpt_cache/@@lab@@.pdf
2024-04-09T09:00:04Z INFO aramex.create order=SO-240408-0104 request_id=@@r2@@
2024-04-09T09:00:05Z INFO aramex.create order=SO-240408-0104 awb=@@awb2@@
2024-04-09T09:00:05Z INFO batch done 2 shipments
""", r1=uuid_s(), r2=uuid_s(), awb1=str(random.Random(_seed()).randint(10**10, 10**11)),
    awb2=str(random.Random(_seed()).randint(10**10, 10**11)), lab=hexs(32))

# ---------------------------------------------------------------- more carriers
_SSHK, _ARX = pem("RSA"), words_pw()

add("ini/aws-secret-access-key", "ops/aws/credentials.branch-backup", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# رفع تقارير الإغلاق من أجهزة الفروع
# profile used by the branch back-office PCs to push Z reports (copied to C:\\Users\\pos\\.aws\\credentials)
[default]
region = me-south-1

[branch-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/rsa-private-key", "infra/ansible/group_vars/signage/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
# key used by the signage players to pull the menu repo
# مفتاح شاشات العرض الرقمية في الفروع
signage_deploy_user: pi
signage_repo: git@github.com:oudalmajlis/signage-menus.git
signage_deploy_key: |
  @@indented@@
""", _SSHK, indented=_SSHK.replace("\n", "\n  "))

add("pem/openssh-private-key", "ops/keys/nvr-tunnel_ed25519", "https://man.openbsd.org/ssh-keygen.1", """
@@secret@@
""", pem("OPENSSH"))

add("yaml/slack-bot-token", "ops/bots/stock-bot/config.yaml", "https://api.slack.com/authentication/token-types#bot", """
slack:
  bot_token: @@secret@@
  channel: "#stock-alerts"
thresholds:
  oud_oils_ml: 50
  bakhoor_packs: 12
branches: [RUH-01, RUH-02, JED-01, DXB-MALL]
""", slack_bot())

add("github-actions/telegram-bot-token", ".github/workflows/nightly-stock-report.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: nightly stock report
on:
  schedule:
    - cron: "0 21 * * *"   # 00:00 Riyadh
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      TG_BOT_TOKEN: "@@secret@@"
      TG_CHAT_ID: "-100@@chat@@"
    steps:
      - uses: actions/checkout@v4
      - run: python ops/reports/stock_report.py --lang ar
""", fakes.telegram_token(_seed()), chat=str(random.Random(_seed()).randint(10**9, 10**10)))

add("python/github-fine-grained-token", "scripts/release_notes.py", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
\"\"\"Collects merged PRs of the storefront for the weekly release note (ملاحظات الإصدار).\"\"\"
from github import Auth, Github

gh = Github(auth=Auth.Token("@@secret@@"))
repo = gh.get_repo("oudalmajlis/storefront")

for pr in repo.get_pulls(state="closed", sort="updated", direction="desc")[:30]:
    if pr.merged:
        print(f"- {pr.title} (#{pr.number})")
""", fakes.github_fine_grained_token(_seed()))

add("json/zatca-compliance-csid", "einvoice/onboarding/pos-ruh01-csid.json", "https://sandbox.zatca.gov.sa/IntegrationSandbox", """
{
  "requestID": @@req@@,
  "dispositionMessage": "ISSUED",
  "binarySecurityToken": "@@bst@@",
  "secret": "@@secret@@",
  "errors": null,
  "egs_serial": "1-OudMajlis|2-POS4.2|3-@@egs@@",
  "branch": "RUH-01"
}
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", req=str(random.Random(_seed()).randint(10**12, 10**13)),
    bst=fakes.drawn(_seed(), 120, ALNUM + "+/") + "=", egs=uuid_s())

add("conf/wifi-psk", "devices/pos-tablet/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=SA

network={
    ssid="OUD-RUH01-POS"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("xml/camera-password", "devices/vms/branches-cameras.xml", "https://www.hikvision.com/en/support/download/sdk/", """
<?xml version="1.0" encoding="utf-8"?>
<!-- VMS camera list - Jeddah Red Sea Mall branch -->
<Cameras branch="JED-01">
  <Camera id="1" name="المدخل" url="rtsp://viewer:@@secret@@@10.32.1.5:554/Streaming/Channels/101" />
  <Camera id="2" name="الكاشير" url="rtsp://viewer:@@secret@@@10.32.1.5:554/Streaming/Channels/201" />
  <Camera id="3" name="المستودع" url="rtsp://viewer:@@secret@@@10.32.1.5:554/Streaming/Channels/301" />
</Cameras>
""", words_pw())

add("yaml/diffuser-api-key", "devices/showroom-ha/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant - showroom lights, AC and diffusers (Doha Villaggio)
wifi_ssid: "OUD-DOH-SHOWROOM"
diffuser_api_key: "@@secret@@"
latitude_home: 25.2605
longitude_home: 51.4433
""", alnum(32))

add("env/laravel-app-key", "b2b-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", """
APP_NAME="Oud Majlis Wholesale"
APP_ENV=production
APP_KEY=@@secret@@
APP_URL=https://wholesale.oudalmajlis.sa
APP_LOCALE=ar
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=wholesale
DB_USERNAME=wholesale
DB_PASSWORD=
""", "base64:" + base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("csharp/smtp-password", "pos/OudMajlis.Pos.Reports/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
using System.Net;
using System.Net.Mail;

namespace OudMajlis.Pos.Reports;

public static class Mailer
{
    public static void SendZReport(string branch, string pdfPath)
    {
        using var smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("zreports@oudalmajlis.sa", "@@secret@@"),
        };
        var msg = new MailMessage("zreports@oudalmajlis.sa", "finance@oudalmajlis.sa",
            $"تقرير الإغلاق اليومي - {branch}", "مرفق تقرير Z");
        msg.Attachments.Add(new Attachment(pdfPath));
        smtp.Send(msg);
    }
}
""", words_pw())

add("java/aramex-password", "erp-bridge/src/main/java/sa/oudalmajlis/bridge/courier/AramexProps.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package sa.oudalmajlis.bridge.courier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class AramexProps {
    @Value("${aramex.username:shipping@oudalmajlis.sa}")
    public String username;

    @Value("${aramex.password:@@secret@@}")
    public String password;

    @Value("${aramex.account-number:@@acct@@}")
    public String accountNumber;
}
""", words_pw(), acct=str(random.Random(_seed()).randint(10**7, 10**8)))

add("ruby/telegram-bot-token", "crm/app/jobs/vip_order_alert_job.rb", "https://core.telegram.org/bots/api#sendmessage", """
class VipOrderAlertJob < ApplicationJob
  queue_as :default
  BOT = Telegram::Bot::Client.new("@@secret@@")

  # تنبيه لطلبات كبار العملاء فوق ٥٠٠٠ ريال
  def perform(order_id)
    order = Order.find(order_id)
    BOT.api.send_message(chat_id: ENV.fetch("VIP_CHAT_ID"), text: "VIP order #{order.number}: #{order.total} #{order.currency}")
  end
end
""", fakes.telegram_token(_seed()))

add("typescript/salla-webhook-secret", "integrations/salla-bridge/src/webhook.ts", "https://docs.salla.dev/doc-421119", """
import crypto from "node:crypto";
import type { Request, Response } from "express";

const SALLA_WEBHOOK_SECRET = "@@secret@@";

export function sallaWebhook(req: Request, res: Response) {
  const signature = req.header("x-salla-signature") ?? "";
  const digest = crypto.createHmac("sha256", SALLA_WEBHOOK_SECRET).update(req.body).digest("hex");
  if (!crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature))) {
    return res.status(401).end();
  }
  res.status(200).end();
}
""", hexs(64))

add("markdown/wifi-password", "docs/branches/jeddah-red-sea-mall.md", "https://en.wikipedia.org/wiki/Wi-Fi_Protected_Access", """
# فرع جدة - رد سي مول (JED-01)

**Address:** Red Sea Mall, ground floor, unit G-114
**Manager:** سارة الحربي

## Network
- POS Wi-Fi: `OUD-JED01-POS`
- Password: `@@secret@@`
- Router: STC business fiber, ticket line 909

## Devices
- 2x PAX A920 (PayTabs), 1x Epson TM-m30, NVR 10.32.1.5
""", passphrase())

add("k8s-secret/aramex-password", "deploy/k8s/fulfilment/aramex-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: aramex-credentials
  namespace: fulfilment
type: Opaque
data:
  username: @@user@@
  password: @@enc@@
  accountPin: @@pin@@
""", _ARX, user=b64("shipping@oudalmajlis.sa"), enc=b64(_ARX), pin=b64(str(random.Random(_seed()).randint(100000, 999999))))

add("properties/kafka-sasl-password", "erp-bridge/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain_clientconfig", """
bootstrap.servers=kafka-1.internal.oudalmajlis.net:9093,kafka-2.internal.oudalmajlis.net:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="erp-bridge" password="@@secret@@";
group.id=erp-bridge-orders
auto.offset.reset=earliest
""", rand_pw(24))

add("toml/gitlab-runner-token", "ops/runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", """
concurrent = 2
check_interval = 0

[[runners]]
  name = "branch-lab-runner"
  url = "https://gitlab.oudalmajlis.net/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "python:3.12-slim"
""", fakes.fake("glrt-", 20, _seed()))

add("dockerfile/github-token", "pos-agent/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN pip install "git+https://${GH_TOKEN}@github.com/oudalmajlis/oudkit.git@v0.9.3"
COPY . /opt/pos-agent
WORKDIR /opt/pos-agent
CMD ["python", "-m", "pos_agent"]
""", fakes.github_token(_seed()))

add("shell/mysql-password", "legacy-shop/ops/backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# cron: 30 2 * * * /home/oudshop/ops/backup.sh
DATE=$(date +%Y%m%d)
mysqldump -u oudshop_wp -p'@@secret@@' oudshop_wp | gzip > /home/oudshop/backups/wp_$DATE.sql.gz
find /home/oudshop/backups -name 'wp_*.sql.gz' -mtime +30 -delete
""", words_pw())

add("gitlab-ci/sshpass-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/#variables", """
stages: [deploy]

variables:
  SIGNAGE_HOSTS: "signage-ruh-01 signage-jed-01"
  SSHPASS: "@@secret@@"

deploy_menus:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache sshpass openssh-client
    - for h in $SIGNAGE_HOSTS; do sshpass -e scp menu/*.html pi@$h:/srv/signage/; done
  only: [main]
""", rand_pw(12))

add("xml/nuget-password", "pos/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="oudmajlis" value="https://pkgs.dev.azure.com/oudalmajlis/_packaging/pos/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <oudmajlis>
      <add key="Username" value="pos-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </oudmajlis>
  </packageSourceCredentials>
</configuration>
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + "234567"))

add("json/github-oauth-token", "legacy-shop/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "${PACKAGIST_TOKEN}"
        }
    }
}
""", fakes.fake("gho_", 36, _seed()))

add("log/telegram-bot-token", "logs/nginx/bot-proxy-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.20.0.44 - - [08/Apr/2024:21:00:02 +0300] "POST /bot@@secret@@/sendMessage HTTP/1.1" 200 412 "-" "python-requests/2.31.0"
10.20.0.44 - - [08/Apr/2024:21:05:02 +0300] "POST /bot@@secret@@/sendMessage HTTP/1.1" 200 398 "-" "python-requests/2.31.0"
10.20.0.44 - - [08/Apr/2024:21:10:03 +0300] "POST /bot@@secret@@/sendMessage HTTP/1.1" 200 405 "-" "python-requests/2.31.0"
10.20.0.51 - - [08/Apr/2024:21:11:40 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.0.44 - - [08/Apr/2024:21:15:02 +0300] "POST /bot@@secret@@/sendMessage HTTP/1.1" 200 420 "-" "python-requests/2.31.0"
""", fakes.telegram_token(_seed()))

add("powershell/smtp-password", "ops/windows/Send-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Emails the daily sales summary of the branch (ملخص المبيعات اليومي)
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('sales-reports@oudalmajlis.sa', $pw)
$body = Get-Content "C:\\POS\\Reports\\daily_$(Get-Date -Format yyyyMMdd).html" -Raw -Encoding UTF8
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From 'sales-reports@oudalmajlis.sa' -To 'area-managers@oudalmajlis.sa' `
  -Subject "Daily sales $env:COMPUTERNAME" -Body $body -BodyAsHtml -Encoding UTF8
""", words_pw())

add("sql/linked-server-password", "db/mssql/create_linked_erp.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
-- Linked server from the POS SQL Server to the ERP (Odoo PostgreSQL via ODBC)
EXEC sp_addlinkedserver @server = N'ERP', @srvproduct = N'', @provider = N'MSDASQL', @datasrc = N'OdooERP';
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'ERP',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'pos_link',
    @rmtpassword = N'@@secret@@';
""", words_pw())

add("python/ngenius-api-key", "checkout/ngenius.py", "https://docs.ngenius-payments.com/reference/request-an-access-token-direct", """
\"\"\"Network International (N-Genius) for the Bahrain and Oman stores.\"\"\"
import requests

IDENTITY = "https://api-gateway.ngenius-payments.com/identity/auth/access-token"
API_KEY = "@@secret@@"
OUTLET = "@@outlet@@"


def access_token() -> str:
    r = requests.post(IDENTITY, headers={
        "Authorization": f"Basic {API_KEY}",
        "Content-Type": "application/vnd.ni-identity.v1+json",
    }, timeout=15)
    return r.json()["access_token"]
""", b64(uuid_s() + ":" + uuid_s()), outlet=uuid_s())

# ---------------------------------------------------------------- more decoys

add("yaml/decoy-openapi-security", "docs/api/loyalty-openapi.yaml", "https://swagger.io/docs/specification/authentication/", """
openapi: 3.0.3
info:
  title: Oud Al Majlis Loyalty API
  version: 1.4.0
  description: "واجهة برمجة نقاط الولاء"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /v1/members/{id}/points:
    get:
      summary: Member points balance
      responses:
        "200": { description: OK }
""")

add("json/decoy-jwks", "loyalty/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
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

add("pem/decoy-certificate", "deploy/certs/storefront-chain.pem", "https://datatracker.ietf.org/doc/html/rfc7468", """
-----BEGIN CERTIFICATE-----
@@c1@@
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
@@c2@@
-----END CERTIFICATE-----
""", c1=cert_body(), c2=cert_body())

add("markdown/decoy-ssh-public-keys", "docs/runbooks/signage-access.md", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Signage players - who can log in

Public keys installed in `/home/pi/.ssh/authorized_keys` on every player:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ ahmed@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ ci@signage-deploy
```

To add a key, open a ticket with IT (قسم تقنية المعلومات).
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("python/decoy-branch-ids", "pos-sync/pos_sync/branches.py", "https://docs.python.org/3/library/uuid.html", """
\"\"\"Branch registry: codes, Foodics branch ids and ZATCA EGS unit ids (identifiers, not secrets).\"\"\"
BRANCHES = {
    "RUH-01": {"name_ar": "الرياض - النخيل مول", "foodics": "@@f1@@", "egs": "@@e1@@", "tz": "Asia/Riyadh"},
    "JED-01": {"name_ar": "جدة - رد سي مول", "foodics": "@@f2@@", "egs": "@@e2@@", "tz": "Asia/Riyadh"},
    "DXB-MALL": {"name_ar": "دبي مول", "foodics": "@@f3@@", "egs": None, "tz": "Asia/Dubai"},
    "DOH-VILLAGGIO": {"name_ar": "الدوحة - فيلاجيو", "foodics": "@@f4@@", "egs": None, "tz": "Asia/Qatar"},
}
""", f1=uuid_s(), f2=uuid_s(), f3=uuid_s(), f4=uuid_s(), e1=uuid_s(), e2=uuid_s())

add("python/decoy-webhook-verify", "checkout/webhooks/tap.py", "https://developers.tap.company/docs/webhook", """
import hashlib
import hmac
import os

TAP_SECRET = os.environ["TAP_SECRET_KEY"].encode()


def valid_hashstring(payload: dict, received: str) -> bool:
    fields = ["id", "amount", "currency", "gateway_reference", "payment_reference", "status", "created"]
    msg = "".join(f"x_{k}{payload.get(k, '')}" for k in fields)
    expected = hmac.new(TAP_SECRET, msg.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)
""")

add("env/decoy-empty-values", "pos-agent/.env.template", "https://12factor.net/config", """
# يتم تعبئة القيم من Vault عند التثبيت
BRANCH_CODE=
POS_SQL_PASSWORD=
PAYTABS_SERVER_KEY=
FOODICS_ACCESS_TOKEN=
ZATCA_CSID_SECRET=
LOG_LEVEL=info
""")

add("yaml/decoy-helm-existing-secret", "deploy/helm/storefront/values-prod.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
replicaCount: 3
image:
  repository: ghcr.io/oudalmajlis/storefront
  tag: "3.8.0"
env:
  DEFAULT_LOCALE: ar
  TAP_PUBLIC_KEY: "@@pk@@"
secrets:
  existingSecret: storefront-payments
  keys: [TAP_SECRET_KEY, MOYASAR_SECRET_KEY, DATABASE_URL]
postgresql:
  auth:
    existingSecret: storefront-db
    secretKeys:
      userPasswordKey: password
""", pk=tap_key("pk_live_"))

add("ini/decoy-interpolation", "reports/config/reports.ini", "https://docs.python.org/3/library/configparser.html#configparser.ExtendedInterpolation", """
[db]
host = pg-replica.internal.oudalmajlis.net
user = report_reader
password = ${env:REPORT_DB_PASSWORD}

[mail]
smtp_host = smtp.office365.com
smtp_user = reports@oudalmajlis.sa
smtp_password = ${env:REPORT_SMTP_PASSWORD}
""")

add("shell/decoy-sha256sums", "releases/pos-agent/4.2.1/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """
@@h1@@  pos-agent-4.2.1-linux-arm64.tar.gz
@@h2@@  pos-agent-4.2.1-linux-amd64.tar.gz
@@h3@@  pos-agent-4.2.1-windows-amd64.zip
@@h4@@  oudkit-0.9.3-py3-none-any.whl
@@h5@@  oudkit-0.9.3.tar.gz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("toml/decoy-poetry-lock", "reports/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
[[package]]
name = "arabic-reshaper"
version = "3.0.0"
description = "Reconstruct Arabic sentences to be used in applications that do not support Arabic"
optional = false
python-versions = "*"
files = [
    {file = "arabic_reshaper-3.0.0-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "arabic_reshaper-3.0.0.tar.gz", hash = "sha256:@@h2@@"},
]
""", h1=hexs(64), h2=hexs(64))

add("go/decoy-base64-text", "services/einvoice/qr/labels.go", "https://pkg.go.dev/encoding/base64", """
package qr

// Pre-encoded receipt footer lines (UTF-8 Arabic, base64) for the thermal printer firmware
var Footer = map[string]string{
	"thanks_ar":  "@@t1@@",
	"return_ar":  "@@t2@@",
	"thanks_en":  "@@t3@@",
}
""", t1=b64("شكراً لزيارتكم عود المجلس"), t2=b64("الاستبدال خلال ٧ أيام مع الفاتورة"), t3=b64("Thank you for visiting Oud Al Majlis"))

add("java/decoy-test-credentials", "erp-bridge/src/test/java/sa/oudalmajlis/bridge/courier/AramexClientTest.java", "https://junit.org/junit5/docs/current/user-guide/", """
package sa.oudalmajlis.bridge.courier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AramexClientTest {
    @Test
    void buildsClientInfoFromProps() {
        AramexProps props = new AramexProps();
        props.username = "user@example.com";
        props.password = "dummy-password";
        props.accountNumber = "00000000";
        assertEquals("user@example.com", AramexClient.clientInfo(props).get("UserName"));
    }
}
""")

add("csharp/decoy-guids", "pos/OudMajlis.Pos.Api/Branches/BranchIds.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.guid", """
namespace OudMajlis.Pos.Api.Branches;

public static class BranchIds
{
    public static readonly Guid Riyadh01 = Guid.Parse("@@g1@@");
    public static readonly Guid Jeddah01 = Guid.Parse("@@g2@@");
    public static readonly Guid DubaiMall = Guid.Parse("@@g3@@");
    public static readonly Guid KuwaitAvenues = Guid.Parse("@@g4@@");
}
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s())

add("php/decoy-getenv", "b2b-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'moyasar' => [
        'publishable_key' => env('MOYASAR_PUBLISHABLE_KEY'),
        'secret_key' => env('MOYASAR_SECRET_KEY'),
    ],
    'aramex' => [
        'username' => env('ARAMEX_USERNAME'),
        'password' => env('ARAMEX_PASSWORD'),
        'account_pin' => env('ARAMEX_ACCOUNT_PIN'),
    ],
];
""")

add("ruby/decoy-env-fetch", "crm/config/initializers/unifonic.rb", "https://ruby-doc.org/3.3.0/ENV.html#method-c-fetch", """
# Unifonic SMS for appointment reminders (تذكير بموعد التذوق)
Unifonic.configure do |c|
  c.app_sid = ENV.fetch("UNIFONIC_APP_SID")
  c.sender_id = ENV.fetch("UNIFONIC_SENDER_ID", "OudMajlis")
  c.base_url = "https://el.cloud.unifonic.com/rest"
end
""")

add("typescript/decoy-zatca-qr-fixture", "storefront/src/lib/__tests__/zatcaQr.test.ts", "https://zatca.gov.sa/ar/E-Invoicing/SystemsDevelopers/Documents/QRCodeCreation.pdf", """
import { encodeTlv } from "../zatcaQr";

// fixture from the ZATCA QR guide, seller renamed; the base64 is the invoice data, not a key
const EXPECTED = "@@qr@@";

test("encodes seller, VAT no., timestamp, totals", () => {
  expect(encodeTlv({ seller: "Oud Majlis", vat: "310122393500003", ts: "2024-04-08T21:14:05Z", total: "450.00", vatTotal: "58.70" }))
    .toBe(EXPECTED);
});
""", qr=b64("\x01\x0aOud Majlis\x02\x0f310122393500003\x03\x142024-04-08T21:14:05Z\x04\x06450.00\x05\x0558.70"))

add("xml/decoy-android-strings", "mobile/android/app/src/main/res/values-ar/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">عود المجلس</string>
    <string name="login_password">كلمة المرور</string>
    <string name="login_forgot">نسيت كلمة المرور؟</string>
    <string name="points_balance">رصيد النقاط: %1$d</string>
    <string name="api_key_error">تعذر الاتصال بالخادم</string>
    <string name="google_maps_key_name">google_maps_key</string>
</resources>
""")

add("csv/decoy-price-list", "exports/wholesale_price_list_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
sku,barcode,name_ar,name_en,wholesale_sar,retail_sar,hs_code
OUD-CAM-03,@@b1@@,دهن عود كمبودي ٣ مل,Cambodi oud oil 3ml,310.00,450.00,3301.29
OUD-HIN-12,@@b2@@,دهن عود هندي ١٢ مل,Hindi oud oil 12ml,1150.00,1650.00,3301.29
BKH-MAJ-80,@@b3@@,بخور المجلس ٨٠ غ,Majlis bakhoor 80g,70.00,120.00,3307.41
MSK-TAH-50,@@b4@@,مسك الطهارة ٥٠ مل,Musk tahara 50ml,48.00,85.00,3303.00
""", b1=ean13(), b2=ean13(), b3=ean13(), b4=ean13())

add("log/decoy-access-hashed", "logs/nginx/storefront-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
10.20.0.51 - - [08/Apr/2024:21:14:00 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" sid=-
5.42.198.10 - - [08/Apr/2024:21:14:01 +0300] "GET /ar/products/oud-cambodi-3ml HTTP/2.0" 200 18231 "-" "Mozilla/5.0 (iPhone)" sid=@@s1@@
5.42.198.10 - - [08/Apr/2024:21:14:02 +0300] "POST /ar/cart HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone)" sid=@@s1@@
94.200.12.7 - - [08/Apr/2024:21:14:09 +0400] "GET /en/checkout?cart=@@c@@ HTTP/2.0" 200 9120 "-" "Mozilla/5.0 (Android)" sid=@@s2@@
5.42.198.10 - - [08/Apr/2024:21:14:15 +0300] "GET /ar/checkout/success?id=@@pay@@ HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (iPhone)" sid=@@s1@@
""", s1=hexs(16), s2=hexs(16), c=uuid_s(), pay=uuid_s())

add("markdown/decoy-onboarding-checklist", "docs/onboarding/new-store-manager.md", "https://www.atlassian.com/software/confluence/templates/onboarding-checklist", """
# قائمة تهيئة مدير فرع جديد / New store manager checklist

- [ ] Active Directory account (IT creates it; temporary password is sent by SMS, never by email)
- [ ] Foodics back-office login (owner invites from the dashboard)
- [ ] PayTabs merchant portal - view-only role
- [ ] 1Password: access to the "Branches" vault for Wi-Fi and NVR passwords
- [ ] Read the cash-handling policy (سياسة النقد) and sign
""")

add("github-actions/decoy-oidc-role", ".github/workflows/terraform-plan.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform plan
on: [pull_request]
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
          role-to-assume: arn:aws:iam::@@acct@@:role/github-terraform-plan
          aws-region: me-south-1
      - run: terraform -chdir=infra/terraform init && terraform -chdir=infra/terraform plan
""", acct=str(random.Random(_seed()).randint(10**11, 10**12)))

add("terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "loyalty" {
  replication_group_id       = "loyalty-cache"
  description                = "loyalty points cache"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}
""")

add("k8s/decoy-secret-key-ref", "deploy/k8s/checkout/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: checkout
spec:
  replicas: 2
  selector:
    matchLabels: { app: checkout }
  template:
    metadata:
      labels: { app: checkout }
    spec:
      containers:
        - name: checkout
          image: ghcr.io/oudalmajlis/checkout:2.11.0
          env:
            - name: MOYASAR_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: checkout-gateways, key: MOYASAR_SECRET_KEY }
            - name: HYPERPAY_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: { name: checkout-gateways, key: HYPERPAY_ACCESS_TOKEN }
""")

add("sql/decoy-pgcrypto", "db/migrations/0051_encrypt_customer_phones.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Encrypt customer phone numbers at rest; the key comes from a session setting set by the app
CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE customers ADD COLUMN phone_enc bytea;
UPDATE customers SET phone_enc = pgp_sym_encrypt(phone, current_setting('app.phone_key'));
ALTER TABLE customers DROP COLUMN phone;
COMMENT ON COLUMN customers.phone_enc IS 'رقم الجوال مشفر';
""")

add("ansible/decoy-vault-lookup", "infra/ansible/roles/pos_agent/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
pos_agent_version: "4.2.1"
pos_agent_locale: ar_SA
pos_sql_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/pos/sql:password') }}"
paytabs_server_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/payments/paytabs:server_key') }}"
pos_agent_service_user: posagent
""")

add("notebook/decoy-output-ids", "analytics/notebooks/basket_analysis.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["top basket: @@u1@@ (عود + بخور)\\n", "model run: @@run@@\\n"]}
   ],
   "source": ["print(f'top basket: {top.id} (عود + بخور)')\\n", "print('model run:', run_id)"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), run=hexs(32))
