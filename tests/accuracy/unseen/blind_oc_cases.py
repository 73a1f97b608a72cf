"""Blind set OC: a Goa cashew-feni distillery's shop and excise records and a river-ferry ticketing service.

The distillery (Bhatti Caju Feni, Cumbarjua: farm-gate shop, web shop, till, excise pass and
bottling records, tasting-tour bookings) and the ferry service (Mandovi-Zuari ferry tickets:
QR ticket app, ticket counters, boat GPS, monthly passes), with notes and comments partly in
Konkani (Devanagari and Roman Konkani), Marathi and English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8740000-8749999).
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
SEED_LO, SEED_HI = 8740000, 8749999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Caju", "Urrak", "Feni", "Bhatti", "Mandovi", "Zuari", "Divar", "Chorao", "Dhoni", "Kokum",
         "Nustem", "Xitt", "Kodi", "Poder", "Khazan", "Tarvo", "Bebinca", "Mhadei", "Kumbharjuve", "Ponnji"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#%*!&") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def razorpay_key() -> str:
    return mixed(14, "rzp_live_")


def razorpay_secret() -> str:
    return mixed(24)


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_auth() -> str:
    return hexs(32)


def msg91() -> str:
    return str(_rng().randint(100000, 999999)) + mixed(18)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def shopify() -> str:
    return "shpat_" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def mapbox_sk() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 60, ALNUM) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


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


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oc/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- distillery: shop and payments

add("python/razorpay-secret", "bhatti/shop/payments/razorpay_client.py", "https://razorpay.com/docs/api/authentication/", r'''
"""Bhatti dukan - Razorpay payments. पयशे घेवपाचो कोड."""
import razorpay

RZP_KEY_ID = "@@kid@@"
# secret hangasor dovorlam, uprant .env-ant vhorunk zai (Savio)
RZP_KEY_SECRET = "@@s@@"

client = razorpay.Client(auth=(RZP_KEY_ID, RZP_KEY_SECRET))


def create_order(amount_rupees, receipt):
    return client.order.create({"amount": int(amount_rupees * 100), "currency": "INR", "receipt": receipt})
''', razorpay_secret(), kid=razorpay_key())

add("env/razorpay-key-id-and-secret", "bhatti/shop/.env.production", "https://razorpay.com/docs/api/authentication/", r'''
# Caju Feni dukan - production
APP_ENV=production
APP_URL=https://shop.bhatticajufeni.in
DB_HOST=127.0.0.1
DB_NAME=bhatti_shop
RAZORPAY_KEY_ID=@@kid@@
RAZORPAY_KEY_SECRET=@@s@@
RAZORPAY_WEBHOOK_SECRET=${RZP_WEBHOOK_SECRET}
# GST 18% lagta, excise duty vegli
GST_NUMBER=30AABCB1234F1Z5
''', razorpay_secret(), kid=razorpay_key())

add("env/decoy-placeholders", "bhatti/shop/.env.example", "https://razorpay.com/docs/api/authentication/", r'''
# Copy kor .env-ant ani khore values bhor. हांगा खरे key दवरूं नाका!
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_NAME=bhatti_shop
DB_PASSWORD=
RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=<your-razorpay-key-secret>
RAZORPAY_WEBHOOK_SECRET=changeme
GST_NUMBER=30AABCB1234F1Z5
''')

add("php/woocommerce-consumer-secret", "bhatti/shop/wp-content/plugins/feni-sync/feni-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
<?php
/**
 * Plugin Name: Feni Stock Sync
 * Description: Bhatti stock (dukan till) -> WooCommerce. Stock dor rati 11 vorar sync zata.
 */
define('FENI_WC_URL', 'https://shop.bhatticajufeni.in');
define('FENI_WC_KEY', 'ck_@@ck@@');
define('FENI_WC_SECRET', '@@s@@');

function feni_sync_stock($sku, $qty) {
    $url = FENI_WC_URL . '/wp-json/wc/v3/products?sku=' . urlencode($sku);
    $args = array('headers' => array(
        'Authorization' => 'Basic ' . base64_encode(FENI_WC_KEY . ':' . FENI_WC_SECRET),
    ));
    return wp_remote_get($url, $args);
}
''', woo_secret(), ck=hexs(40))

add("php/decoy-wp-config-getenv", "bhatti/shop/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// ** Database settings - Bhatti shop ** //
define( 'DB_NAME', getenv('WP_DB_NAME') ?: 'bhatti_wp' );
define( 'DB_USER', getenv('WP_DB_USER') ?: 'bhatti' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

// Salts: https://api.wordpress.org/secret-key/1.1/salt/ - server var env-ant asat, hangasor na
define( 'AUTH_KEY',         getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );
define( 'LOGGED_IN_KEY',    getenv('WP_LOGGED_IN_KEY') );
define( 'NONCE_KEY',        getenv('WP_NONCE_KEY') );

$table_prefix = 'fn_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
''')

add("php/wp-config-db-password", "bhatti/old-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/* जुनी साइट - 2019. Bhau-n ghatli, ami hat lailo na. */
define('DB_NAME', 'cajufeni_wp');
define('DB_USER', 'cajufeni_admin');
define('DB_PASSWORD', '@@s@@');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8');
define('DB_COLLATE', '');
$table_prefix  = 'wp_';
define('WP_DEBUG', false);
if ( !defined('ABSPATH') )
	define('ABSPATH', dirname(__FILE__) . '/');
require_once(ABSPATH . 'wp-settings.php');
''', words_pw())

add("js/decoy-razorpay-checkout-public-key", "bhatti/shop/static/js/checkout.js", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", r'''
// Razorpay checkout - browser. Key id public asta, secret server-ar matr.
// की आयडी सार्वजनीक आसा; secret हांगा घालूं नाका.
const options = {
  key: window.BHATTI.razorpayKeyId,   // server thaun yeta (/api/config)
  amount: cart.totalPaise(),
  currency: "INR",
  name: "Bhatti Caju Feni",
  description: "Feni 750ml x " + cart.count(),
  image: "/static/img/bhatti-logo.png",
  order_id: cart.orderId,
  handler: function (resp) {
    fetch("/api/payment/verify", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(resp),
    }).then(() => (location.href = "/dhanyavad"));
  },
  theme: { color: "#8a5a2b" },
};
new Razorpay(options).open();
''')

add("node/cashfree-secret", "bhatti/shop/api/src/payments/cashfree.js", "https://docs.cashfree.com/reference/pg-new-apis-endpoint", r'''
// Cashfree PG - backup jevnam Razorpay down asta tednam
const axios = require("axios");

const CF_BASE = "https://api.cashfree.com/pg";
const CF_APP_ID = "1847263a9c0b5e4d1f7362819";
const CF_SECRET = "cfsk_ma_prod_@@s@@";

async function createOrder(order) {
  const res = await axios.post(`${CF_BASE}/orders`, order, {
    headers: {
      "x-client-id": CF_APP_ID,
      "x-client-secret": CF_SECRET,
      "x-api-version": "2023-08-01",
    },
  });
  return res.data;
}

module.exports = { createOrder };
''', hexs(32) + "_" + hexs(8))

add("json/decoy-razorpay-webhook-sample", "bhatti/shop/tests/fixtures/razorpay_payment_captured.json", "https://razorpay.com/docs/webhooks/payloads/payments/", r'''
{
  "entity": "event",
  "account_id": "acc_BFQ7uQEaa7j2z7",
  "event": "payment.captured",
  "contains": ["payment"],
  "payload": {
    "payment": {
      "entity": {
        "id": "pay_NcXk2T9pWq3LmA",
        "entity": "payment",
        "amount": 145000,
        "currency": "INR",
        "status": "captured",
        "order_id": "order_NcXjz1y8QkLpVb",
        "method": "upi",
        "vpa": "customer@okaxis",
        "email": "test.customer@example.com",
        "contact": "+919999999999",
        "notes": {"bottle": "Caju Feni 750ml", "qty": "2"}
      }
    }
  },
  "created_at": 1714567890
}
''')

add("python/decoy-webhook-signature-verify", "bhatti/shop/payments/webhooks.py", "https://razorpay.com/docs/webhooks/validate-test/", r'''
"""Razorpay webhook: sahi signature tapasop. सही सही तपासात."""
import hashlib
import hmac
import os

WEBHOOK_SECRET = os.environ["RAZORPAY_WEBHOOK_SECRET"]


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# test: signature of b'{}' with secret "test_secret" (docs example)
# 1b8e4e1c... nhoi, test_webhooks.py polle
''')

add("yaml/sendgrid-key", "bhatti/shop/config/mail.yml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
# Order mails: "Tumchi feni order pavli" / invoices
mail:
  provider: sendgrid
  from: "Bhatti Caju Feni <orders@bhatticajufeni.in>"
  reply_to: dukan@bhatticajufeni.in
  sendgrid:
    api_key: "@@s@@"
    template_order_confirmed: d-3f7a1c9e2b8d4e6f9a0b1c2d3e4f5a6b
    template_invoice: d-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f
  bcc_excise_copy: false
''', sendgrid())

add("python/msg91-authkey", "bhatti/shop/notify/sms.py", "https://docs.msg91.com/reference/send-sms", r'''
"""SMS - order ready / tasting tour reminder. मराठी आणि कोंकणी templates."""
import requests

MSG91_AUTHKEY = "@@s@@"
SENDER = "BHATTI"
TEMPLATES = {
    "order_ready": "64f1a2b3c4d5e6f7a8b9c0d1",   # Tumchi order tayar asa, dukanant yevun ghevat
    "tour_reminder": "64f1a2b3c4d5e6f7a8b9c0d2",  # उद्या सकाळी 10 वाजता भट्टी भेट
}


def send(mobile, template, **vars):
    payload = {"template_id": TEMPLATES[template], "short_url": "0",
               "recipients": [{"mobiles": "91" + mobile, **vars}]}
    return requests.post("https://control.msg91.com/api/v5/flow/", json=payload,
                         headers={"authkey": MSG91_AUTHKEY, "content-type": "application/json"})
''', msg91())

add("ini/decoy-till-config-dpapi", "bhatti/till/DukanTill.ini", "https://learn.microsoft.com/en-us/dotnet/standard/security/how-to-use-data-protection", r'''
; Dukan till (Windows) - Cumbarjua shop counter
[Shop]
Name=Bhatti Caju Feni - Farm Gate
GSTIN=30AABCB1234F1Z5
ExciseLicence=FL-II/NG/2021/0457

[Database]
Server=DUKAN-PC\SQLEXPRESS
Database=TillDB
IntegratedSecurity=true
; password DPAPI-an encrypt kela, hath lavunk naka
EncryptedPassword=AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAq3x1kR2bC0y9mN4pE7wF0gAAAAACAAAAAAAQZgAAAAEAACAAAAB1c2VyAAAA

[Printer]
Port=COM3
Model=TVS RP3160
''')

add("csharp/sql-connection-string", "bhatti/till/src/TillDb.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", r'''
using System.Data.SqlClient;

namespace Bhatti.Till
{
    // दुकानाचो till DB. Office PC-ant backup vetta.
    public static class TillDb
    {
        private const string ConnStr =
            "Server=DUKAN-PC\\SQLEXPRESS;Database=TillDB;User Id=till_app;Password=@@s@@;TrustServerCertificate=True";

        public static SqlConnection Open()
        {
            var c = new SqlConnection(ConnStr);
            c.Open();
            return c;
        }
    }
}
''', words_pw())

add("csv/decoy-sales-export", "bhatti/till/exports/vikri_2024-03.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
date,bill_no,item,qty,rate,amount,payment_mode,upi_ref
2024-03-01,FG-1021,Caju Feni 750ml,2,650,1300,UPI,406112345678
2024-03-01,FG-1022,Urrak 1L,1,480,480,Cash,
2024-03-02,FG-1023,Feni Gift Box,1,1850,1850,Card,
2024-03-02,FG-1024,Caju Feni 375ml,4,340,1360,UPI,406212398765
2024-03-03,FG-1025,Kokum Feni 750ml,1,720,720,UPI,406312311122
2024-03-03,FG-1026,Tasting tour (2 pax),1,1200,1200,UPI,406312344455
''')

add("csv/password-in-staff-sheet", "bhatti/office/staff_logins.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
naav,role,system,username,password,remarks
Savio Fernandes,manager,Tally,savio,@@s@@,admin
Rekha Naik,dukan,Till,rekha,,pin-an login (card)
Anton D'Souza,bhatti,Excise portal,,,SSO / Aadhaar OTP
Pooja Gaonkar,accounts,GST portal,,,OTP mobile-ar
''', words_pw())

add("markdown/decoy-readme-setup", "bhatti/shop/README.md", "https://razorpay.com/docs/api/authentication/", r'''
# Bhatti Caju Feni - web shop

Django shop for the farm-gate and online feni orders (Goa delivery only - excise niyam).

## Setup

```bash
cp .env.example .env
# .env-ant RAZORPAY_KEY_ID / RAZORPAY_KEY_SECRET bhor (Razorpay dashboard -> Settings -> API Keys)
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
python manage.py migrate
```

Test mode key `rzp_test_...` vapar; live key fokot Savio-kodde asa (1Password vault "Bhatti").

## Deploy

`fab deploy` - server-ar `.env` age thaun asa.
''')

add("python/django-secret-key", "bhatti/shop/bhatti/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.bhatticajufeni.in", "www.bhatticajufeni.in"]

# FIXME: env-antlo ghe. आतां तात्पुरतें.
SECRET_KEY = "@@s@@"

DATABASES["default"]["HOST"] = "10.0.0.5"
CSRF_TRUSTED_ORIGINS = ["https://shop.bhatticajufeni.in"]
LANGUAGE_CODE = "en-in"
TIME_ZONE = "Asia/Kolkata"
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-settings-env", "bhatti/shop/bhatti/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
RAZORPAY_KEY_ID = os.environ.get("RAZORPAY_KEY_ID", "")
RAZORPAY_KEY_SECRET = os.environ.get("RAZORPAY_KEY_SECRET", "")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "bhatti_shop",
        "USER": "bhatti",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "localhost",
    }
}
LANGUAGES = [("en", "English"), ("kok", "कोंकणी"), ("mr", "मराठी")]
''')

add("notes/shiprocket-password", "bhatti/office/notes/courier.txt", "https://apidocs.shiprocket.in/", r'''
Courier notes - Shiprocket (fokot Goa bhitor; feni bhair Goa dhadunk zaina, excise!)

login: dispatch@bhatticajufeni.in
pass:  @@s@@
API user vegllo kela - "api-bhatti", tacho password Savio-kodde.

pickup: Cumbarjua godown, 11 to 1. Sanje naka.
gift box packaging - bubble wrap 2 layer.
''', words_pw())

add("yaml/decoy-docker-compose-env-refs", "bhatti/shop/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r'''
services:
  web:
    build: .
    env_file: .env
    environment:
      DJANGO_SETTINGS_MODULE: bhatti.settings.prod
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}
    ports: ["8000:8000"]
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bhatti_shop
      POSTGRES_USER: bhatti
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    volumes: ["pgdata:/var/lib/postgresql/data"]
secrets:
  db_password:
    file: ./secrets/db_password.txt
volumes:
  pgdata: {}
''')

add("yaml/compose-postgres-password", "bhatti/excise-records/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
# Excise register app (FL-II pass, bottling, stock) - office mini PC
services:
  db:
    image: postgres:15
    restart: always
    environment:
      POSTGRES_DB: excise
      POSTGRES_USER: excise
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - ./pgdata:/var/lib/postgresql/data
  app:
    image: bhatti/excise-register:1.4
    environment:
      DATABASE_URL: postgres://excise@db:5432/excise
    ports: ["8080:8080"]
''', fakes.password(_seed()))

add("python/excise-db-url", "bhatti/excise-records/register/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
"""अबकारी नोंदवही - excise register DB. Still ani bottling nond."""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# office mini PC; bhair khuinch vochona
DATABASE_URL = "postgresql+psycopg2://excise:@@s@@@192.168.1.20:5432/excise"

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
Session = sessionmaker(bind=engine)
''', fakes.password(_seed()))

add("sql/decoy-schema-password-hash", "bhatti/excise-records/migrations/0003_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- excise register users. Password hash bcrypt, plain kednach na.
CREATE TABLE IF NOT EXISTS app_user (
    id serial PRIMARY KEY,
    username text UNIQUE NOT NULL,
    full_name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'clerk', 'inspector'))
);

-- default admin: password pehle login-ar bodlunk zai (reset link)
INSERT INTO app_user (username, full_name, password_hash, role) VALUES
  ('admin', 'Savio Fernandes', '$2b$12$Q9eW1hC2f8yZ3vN5kL7mOe6tR4sD0aB1cX2yZ3wV4uT5sR6qP7oN.', 'admin'),
  ('excise_insp', 'Excise Inspector (read only)', '!', 'inspector');
''')

add("sql/grant-password", "bhatti/excise-records/migrations/0004_report_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- Report user - CA (chartered accountant) mhoineak ek pavti excise report kadta
-- सीए खातीर वाचपाचो user
CREATE ROLE ca_report LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE excise TO ca_report;
GRANT USAGE ON SCHEMA public TO ca_report;
GRANT SELECT ON still_run, bottling, transport_pass, stock_ledger TO ca_report;
''', words_pw())

add("csv/decoy-excise-transport-pass", "bhatti/excise-records/exports/transport_pass_2024-02.csv", "https://www.goaexcise.gov.in/", r'''
pass_no,date,from_licence,to_licence,product,bottles,bulk_litres,duty_paid,verification_code
TP/NG/24/00871,2024-02-03,FL-II/NG/2021/0457,FL-III/PNJ/2019/1123,Caju Feni 750ml,120,90.0,yes,7F3A-91C2-44DE
TP/NG/24/00872,2024-02-07,FL-II/NG/2021/0457,FL-III/MRG/2020/0667,Urrak 1L,60,60.0,yes,2B8E-10AF-93C7
TP/NG/24/00873,2024-02-15,FL-II/NG/2021/0457,FL-III/PNJ/2019/1123,Caju Feni 375ml,240,90.0,yes,C41D-77B0-5E2A
TP/NG/24/00874,2024-02-22,FL-II/NG/2021/0457,FL-III/CLG/2022/0091,Kokum Feni 750ml,48,36.0,yes,9A0F-3C6B-E815
''')

add("notes/excise-portal-password-marathi", "bhatti/office/notes/excise_portal.md", "https://www.goaexcise.gov.in/", r'''
# अबकारी पोर्टल (Excise e-portal) - नोंद

- Licence: FL-II/NG/2021/0457 (Bhatti Caju Feni, Cumbarjua)
- लॉगिन: bhatti.fl2
- पासवर्ड: @@s@@
- दर महिन्याच्या 10 तारखेपर्यंत मासिक परतावा (monthly return) भरायचा.
- Transport pass: दर खेपेला ऑनलाइन, print काढून गाडीत ठेवायचा.
- पासवर्ड 90 दिवसांनी बदलावा लागतो - पुढची तारीख: 15 जून.
''', words_pw())

add("markdown/decoy-excise-procedure", "bhatti/office/notes/excise_procedure.md", "https://www.goaexcise.gov.in/", r'''
# Excise procedure - bhatti (Roman Konkani + English)

1. Still run zale uprant register-ant nond: date, caju neero litres, feni litres, proof.
2. Bottling - batch no. label-ar: `CF-2024-017` sarko.
3. Transport pass kaddunk portal-ar login (password Savio-kodde, Bitwarden "Excise").
4. Inspector ailo zalear: register, stock ledger, licence copy dakoi.
5. Duty challan no. ani GRN: `GRN 2024030112345` - he secret na, receipt-ar chhapta.

Portal password: Bitwarden-ant polle. Hanga boroinaka!
''')

add("python/decoy-still-run-calc", "bhatti/excise-records/register/proof.py", "https://www.goaexcise.gov.in/", r'''
"""Proof calculation - feni strength. फेणेचे प्रूफ."""

# Caju feni usually 42-45% v/v; urrak 15-20%.
PROOF_FACTOR = 1.75  # Indian proof: % v/v x 1.75 (UK proof)


def bulk_to_proof_litres(bulk_litres: float, abv: float) -> float:
    return round(bulk_litres * abv * PROOF_FACTOR / 100, 2)


def batch_code(year: int, n: int) -> str:
    return f"CF-{year}-{n:03d}"


if __name__ == "__main__":
    print(bulk_to_proof_litres(90.0, 42.8), batch_code(2024, 17))
''')

# ---------------------------------------------------------------- distillery: tours, marketing, office

add("python/whatsapp-cloud-token", "bhatti/tours/whatsapp_bot.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
"""Tasting tour bookings - WhatsApp. "Bhatti bhet" booking confirm."""
import requests

PHONE_ID = "109283746501928"
WA_TOKEN = "@@s@@"

MSG_KOK = "Dev borem korum! Tumchi bhatti bhet {date} {time} vorar confirm zali. Chappal ghalun yeyat, bhatti gorom asa."


def confirm(to, date, time):
    return requests.post(
        f"https://graph.facebook.com/v19.0/{PHONE_ID}/messages",
        headers={"Authorization": f"Bearer {WA_TOKEN}"},
        json={"messaging_product": "whatsapp", "to": to, "type": "text",
              "text": {"body": MSG_KOK.format(date=date, time=time)}},
    )
''', "EAAG" + fakes.drawn(_seed(), 180, ALNUM))

add("json/google-service-account", "bhatti/tours/credentials/sheets-bookings-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "bhatti-tours",
  "private_key_id": "@@pkid@@",
  "private_key": "@@s@@",
  "client_email": "bookings-sheet@bhatti-tours.iam.gserviceaccount.com",
  "client_id": "104857392018475620193",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bookings-sheet%40bhatti-tours.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), pkid=hexs(40))

add("json/decoy-google-oauth-client-public", "bhatti/tours/web/google-signin-config.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", r'''
{
  "comment": "Google Sign-In for tour guide app - client id public asta, secret na",
  "client_id": "104857392018-8k2v9m3q1r5t7u0w4x6y8z2a1b3c5d7e.apps.googleusercontent.com",
  "redirect_uris": ["https://tours.bhatticajufeni.in/auth/callback"],
  "javascript_origins": ["https://tours.bhatticajufeni.in"],
  "scopes": ["openid", "email", "profile"]
}
''')

add("html/google-maps-key", "bhatti/tours/web/templates/amka_sodhat.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
<!doctype html>
<html lang="kok">
<head>
  <meta charset="utf-8">
  <title>आमकां सोदात - Bhatti Caju Feni, Cumbarjua</title>
</head>
<body>
  <h1>भट्टी कशी पावपाची</h1>
  <p>Panjim thaun Ribandar ferry, mag Cumbarjua rosto. Boat ani bus donui asat.</p>
  <div id="map" style="height:420px"></div>
  <script>
    function initMap() {
      const bhatti = { lat: 15.5163, lng: 73.9547 };
      const map = new google.maps.Map(document.getElementById("map"), { zoom: 13, center: bhatti });
      new google.maps.Marker({ position: bhatti, map, title: "Bhatti" });
    }
  </script>
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@s@@&callback=initMap"></script>
</body>
</html>
''', google_api())

add("yaml/decoy-firebase-web-config", "bhatti/tours/app/src/environments/firebase.web.yaml", "https://firebase.google.com/docs/projects/api-keys", r'''
# Firebase web config - he public asa (Firebase docs: API key ha identifier).
# Security rules-an data rakhta. फायरबेसाची web config, गुपीत न्हय.
firebase:
  projectId: bhatti-tours
  appId: "1:104857392018:web:3c9d8e7f6a5b4c3d2e1f0a"
  authDomain: bhatti-tours.firebaseapp.com
  storageBucket: bhatti-tours.appspot.com
  messagingSenderId: "104857392018"
  measurementId: G-7Q2W9E4R1T
  apiKey: ${FIREBASE_WEB_API_KEY}
''')

add("python/instagram-token", "bhatti/marketing/insta_post.py", "https://developers.facebook.com/docs/instagram-platform/content-publishing", r'''
# Insta-ar novi post: "Caju season suru zala!" - Pooja
import requests

IG_USER_ID = "17841405309211844"
ACCESS_TOKEN = "@@s@@"


def post_photo(image_url, caption):
    r = requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media",
                      params={"image_url": image_url, "caption": caption, "access_token": ACCESS_TOKEN})
    cid = r.json()["id"]
    return requests.post(f"https://graph.facebook.com/v19.0/{IG_USER_ID}/media_publish",
                         params={"creation_id": cid, "access_token": ACCESS_TOKEN})


post_photo("https://cdn.bhatticajufeni.in/caju-2024.jpg", "Caju season suru! 🍎 #feni #goa #caju")
''', "IGQW" + fakes.drawn(_seed(), 150, ALNUM + "_-"))

add("markdown/decoy-marketing-plan", "bhatti/marketing/PLAN-2024.md", "https://developers.facebook.com/docs/instagram-platform/", r'''
# Marketing plan 2024 (Pooja)

| mhoino | post | channel |
|---|---|---|
| March | Caju season, bhatti pett petoile | Insta, FB |
| April | Urrak launch - "podlem urrak" | Insta reel |
| May | Tasting tour offer (monsoon adi) | WhatsApp broadcast |

* Insta token: Meta Business Suite-ant auto refresh - `insta_post.py` env `IG_TOKEN` vaporta.
* Excise niyam: daruchi jahirat kortana "brand extension" mhunn (soda, glass) dakoi. Darucho
  rate posts-ar boroinaka.
* Hashtags: #cajufeni #goanfeni #fenigoa #urrak
''')

add("shell/mailchimp-curl", "bhatti/marketing/scripts/add_subscriber.sh", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
#!/usr/bin/env bash
# newsletter-ant ek email add kor: ./add_subscriber.sh naav@example.com
set -euo pipefail
EMAIL="$1"
LIST_ID="a1b2c3d4e5"
curl -sS --request POST \
  --url "https://us14.api.mailchimp.com/3.0/lists/${LIST_ID}/members" \
  --user "bhatti:@@s@@" \
  --header 'content-type: application/json' \
  --data "{\"email_address\": \"${EMAIL}\", \"status\": \"subscribed\", \"language\": \"en\"}"
echo "dhanyavad - add kelo: ${EMAIL}"
''', hexs(32) + "-us14")

add("yaml/github-actions-aws-keys", "bhatti/shop/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: ap-south-1
      AWS_ACCESS_KEY_ID: @@kid@@
      # TODO: secrets-ant ghal, heaveanv test korunk hangasor
      AWS_SECRET_ACCESS_KEY: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python manage.py collectstatic --noinput
      - run: aws s3 sync static/ s3://bhatti-shop-static/ --delete
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-github-actions-secrets", "bhatti/excise-records/.github/workflows/backup.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: excise-db-backup
on:
  schedule:
    - cron: "30 20 * * *"   # 2 AM IST, dor rati
jobs:
  backup:
    runs-on: self-hosted
    steps:
      - name: dump
        env:
          PGPASSWORD: ${{ secrets.EXCISE_DB_PASSWORD }}
        run: pg_dump -h 192.168.1.20 -U excise excise | gzip > excise-$(date +%F).sql.gz
      - name: upload
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.BACKUP_AWS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.BACKUP_AWS_SECRET }}
        run: aws s3 cp excise-*.sql.gz s3://bhatti-excise-backup/ --region ap-south-1
''')

add("ini/aws-credentials-file", "bhatti/office/backup-pc/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-south-1

# excise backup - office PC (Anton)
[excise-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
region = ap-south-1
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-config-sso", "bhatti/office/backup-pc/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", r'''
[default]
region = ap-south-1
output = json

[profile bhatti-admin]
sso_session = bhatti
sso_account_id = 482910375612
sso_role_name = AdministratorAccess
region = ap-south-1

[sso-session bhatti]
sso_start_url = https://bhatti.awsapps.com/start
sso_region = ap-south-1
sso_registration_scopes = sso:account:access
''')

add("terraform/decoy-aws-provider-profile", "bhatti/infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", r'''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "bhatti-tfstate"
    key    = "shop/terraform.tfstate"
    region = "ap-south-1"
  }
}

provider "aws" {
  region  = "ap-south-1"
  profile = "bhatti-admin" # SSO; keys hangasor naka
}

resource "aws_s3_bucket" "static" {
  bucket = "bhatti-shop-static"
  tags   = { owner = "savio", project = "shop" }
}
''')

add("terraform/tfvars-db-password", "bhatti/infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# prod - Mumbai region
environment        = "prod"
instance_type      = "t3.small"
db_instance_class  = "db.t4g.micro"
db_username        = "bhatti_admin"
db_password        = "@@s@@"
allowed_office_ip  = "203.0.113.44/32"
''', fakes.password(_seed()))

add("python/tally-odbc-password", "bhatti/office/tally/export_ledgers.py", "https://help.tallysolutions.com/tally-prime-integration-using-odbc/", r'''
"""Tally-thaun ledgers kaddun excise reconcile korunk. टॅली वरून लेजर."""
import pyodbc

# Tally ODBC port 9000; company password Savio-n dilo
CONN = "DRIVER={Tally ODBC Driver64};SERVER=localhost;PORT=9000;UID=savio;PWD=@@s@@"


def ledgers():
    with pyodbc.connect(CONN) as c:
        cur = c.cursor()
        cur.execute("SELECT $Name, $ClosingBalance FROM Ledger")
        return cur.fetchall()


for name, bal in ledgers():
    print(f"{name:40} {bal}")
''', words_pw())

add("notes/decoy-gst-notes", "bhatti/office/notes/gst.txt", "https://www.gst.gov.in/", r'''
GST notes (Pooja) - भट्टी

GSTIN: 30AABCB1234F1Z5  (public, bill-ar chhapta)
PAN:   AABCB1234F
Feni-ar GST na (alcohol - state excise). Gift box, glass, tour -> GST 18%.
GSTR-1 11 tarkhe adi, GSTR-3B 20 tarkhe adi.
Login: OTP mobile-ar (Savio) - password portal-an reset kela 02/2024, Bitwarden-ant.
E-invoice IRN sample: 8f3a6c1b2d9e4f7a0b5c8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a
''')

add("email/smtp-password-in-mail", "bhatti/office/mail/Fwd_email_setup.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Nilesh Kamat <nilesh@webgoa.in>
To: Savio Fernandes <savio@bhatticajufeni.in>
Subject: Re: dukan email setup - Outlook
Date: Tue, 12 Mar 2024 10:41:22 +0530
Content-Type: text/plain; charset=utf-8

Savio bab,

Dukan email Outlook-ant ghalunk:
  Email: dukan@bhatticajufeni.in
  Password: @@s@@
  IMAP: mail.bhatticajufeni.in port 993 SSL
  SMTP: mail.bhatticajufeni.in port 465 SSL

Rekha-k sang, pehle login zatoch password bodol.

Dev borem korum,
Nilesh
''', words_pw())

add("email/decoy-password-reset-mail", "bhatti/office/mail/password_reset.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Razorpay <no-reply@razorpay.com>
To: savio@bhatticajufeni.in
Subject: Your Razorpay password was changed
Date: Fri, 05 Apr 2024 18:02:10 +0530
Content-Type: text/plain; charset=utf-8

Hi Savio,

The password for your Razorpay account (merchant id: Bq7XnLpM2Kc9aT) was changed on
5 April 2024 at 18:01 IST from IP 49.36.xx.xx (Panaji, Goa).

If this wasn't you, reset your password here: https://dashboard.razorpay.com/forgot-password
Reference: RZP-SEC-20240405-77812

- Team Razorpay
''')

add("yaml/decoy-k8s-secret-placeholder", "bhatti/infra/k8s/shop-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# Template - khore values sealed-secrets-an ghal (kubeseal). Hi file fokot nomuno.
apiVersion: v1
kind: Secret
metadata:
  name: shop-secrets
  namespace: bhatti
type: Opaque
stringData:
  DJANGO_SECRET_KEY: "<generate: python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())'>"
  RAZORPAY_KEY_SECRET: "<from Razorpay dashboard>"
  DB_PASSWORD: "<see 1Password: Bhatti / shop-db>"
''')

_EXCISE_PW = "Ps" + fakes.password(_seed())
add("yaml/k8s-secret-base64", "bhatti/infra/k8s/excise-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: excise-register
  namespace: bhatti
  labels:
    app: excise-register
type: Opaque
data:
  DB_USER: ZXhjaXNl
  DATABASE_URL: @@enc@@
''', _EXCISE_PW, enc=b64(f"postgres://excise:{_EXCISE_PW}@excise-db:5432/excise"))

add("yaml/decoy-sealed-secret", "bhatti/infra/k8s/shop-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shop-secrets
  namespace: bhatti
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7Nm9kL4pQ2rS1tU6vW8xY0zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA==
    RAZORPAY_KEY_SECRET: AgA8kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS2tU4vW6xY8zA0bC2dE4fG6hI8jK0lM2nO4pQ6rS8tU0vW2xY4zA6bC8dE0fG2hI4jK6lM8nO0pQ2rS4tU6vW8xY0zA2bC4dE6fG8hI0jK2lM4nO6pQ8==
  template:
    metadata:
      name: shop-secrets
      namespace: bhatti
''')

# ---------------------------------------------------------------- ferry: ticket app backend

add("python/paytm-merchant-key", "ferry/tickets/backend/payments/paytm.py", "https://developer.paytm.com/docs/api/initiate-transaction-api/", r'''
"""Ferry tiket - Paytm PG. Ribandar-Chorao, Panjim-Betim, Old Goa-Divar."""
import paytmchecksum
import requests

MID = "MandoZ48201937465021"
MERCHANT_KEY = "@@s@@"
WEBSITE = "DEFAULT"


def initiate(order_id, amount, cust_id):
    body = {"requestType": "Payment", "mid": MID, "websiteName": WEBSITE, "orderId": order_id,
            "txnAmount": {"value": f"{amount:.2f}", "currency": "INR"}, "userInfo": {"custId": cust_id},
            "callbackUrl": "https://tiket.mandoviferry.in/paytm/callback"}
    sig = paytmchecksum.generateSignature(__import__("json").dumps(body), MERCHANT_KEY)
    return requests.post(f"https://securegw.paytm.in/theia/api/v1/initiateTransaction?mid={MID}&orderId={order_id}",
                         json={"body": body, "head": {"signature": sig}})
''', rnd(16, ALNUM + "#&@%_"))

add("python/phonepe-salt-key", "ferry/tickets/backend/payments/phonepe.py", "https://developer.phonepe.com/v1/reference/pay-api", r'''
# PhonePe PG (UPI) - बहुतेक प्रवासी UPI वापरतात
import base64
import hashlib
import json

MERCHANT_ID = "MANDOVIFERRYONLINE"
SALT_KEY = "@@s@@"
SALT_INDEX = 1


def x_verify(payload: dict, path="/pg/v1/pay"):
    b = base64.b64encode(json.dumps(payload).encode()).decode()
    digest = hashlib.sha256((b + path + SALT_KEY).encode()).hexdigest()
    return b, f"{digest}###{SALT_INDEX}"
''', uuid_s())

add("python/decoy-phonepe-sandbox-docs-salt", "ferry/tickets/backend/tests/test_phonepe.py", "https://developer.phonepe.com/v1/docs/uat-testing", r'''
"""PhonePe checksum test - UAT. Salt he PhonePe docs-antlo sarvanik UAT salt na; amcho
test salt fixture thaun yeta (FAKE)."""
import pytest

from payments import phonepe


@pytest.fixture(autouse=True)
def fake_salt(monkeypatch):
    monkeypatch.setattr(phonepe, "SALT_KEY", "test-salt-not-real")
    monkeypatch.setattr(phonepe, "MERCHANT_ID", "PGTESTPAYUAT")


def test_x_verify_has_index():
    _, xv = phonepe.x_verify({"amount": 1000})
    assert xv.endswith("###1")
    assert len(xv.split("###")[0]) == 64
''')

add("go/jwt-signing-secret", "ferry/tickets/qr-service/internal/qr/sign.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5", r'''
package qr

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// QR tiket - conductor app scan korta. Tiket 2 vor valid.
// कंडक्टर ॲप QR स्कॅन करता.
var signingKey = []byte("@@s@@")

func Sign(ticketID, route string, pax int) (string, error) {
	claims := jwt.MapClaims{
		"tid":   ticketID,
		"route": route, // RIB-CHO, PNJ-BET, OLG-DIV
		"pax":   pax,
		"exp":   time.Now().Add(2 * time.Hour).Unix(),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
''', rnd(48, ALNUM))

add("go/decoy-qr-public-key-verify", "ferry/tickets/conductor-app/verify/verify.go", "https://pkg.go.dev/crypto/ed25519", r'''
package verify

import (
	"crypto/ed25519"
	"encoding/base64"
)

// Conductor app: fokot public key. Private key HSM-ant (KMS) asa.
// सार्वजनीक की - हांगा दवरलें तरी चलता.
const qrPublicKeyB64 = "MCowBQYDK2VwAyEA3q1mV0xYt8eQpW7kZ2nR5uJc4LbH9sF6dG1aE0oT2yI="

func PublicKey() ed25519.PublicKey {
	der, _ := base64.StdEncoding.DecodeString(qrPublicKeyB64)
	return ed25519.PublicKey(der[len(der)-32:])
}

func Valid(msg, sig []byte) bool {
	return ed25519.Verify(PublicKey(), msg, sig)
}
''')

add("pem/ec-private-key", "ferry/tickets/qr-service/keys/qr-signing-ec.pem", "https://datatracker.ietf.org/doc/html/rfc5915", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("pem/decoy-public-cert", "ferry/tickets/qr-service/keys/qr-signing-ec.pub.pem", "https://datatracker.ietf.org/doc/html/rfc7468", r'''
# QR signing - PUBLIC key (conductor app-ant bundle korta). Private key KMS-ant.
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7pK2mQ9xW4nV1bR8cT3yL6fH0aJ5
sD2gE9kU4oZ1vX7qN3wM8tY6rB0cF5hP2jL9uA4eS1dG7iK3nO6pW8xQ2Q==
-----END PUBLIC KEY-----
# fingerprint (SHA-256): 4f:9a:1c:7e:5b:2d:8f:a9:c0:e1:b3:d5:f7:a9:c2:e4
''')

add("yaml/spring-datasource-password", "ferry/tickets/counter-api/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r'''
# Ticket counter API (Ribandar, Chorao, Betim, Divar counters)
server:
  port: 8443
spring:
  datasource:
    url: jdbc:postgresql://10.20.0.4:5432/ferry_tickets
    username: counter_api
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
ferry:
  routes: [RIB-CHO, PNJ-BET, OLG-DIV, SAP-TIS]
  fare:
    passenger: 0      # pedestrian free (sarkari niyam)
    two-wheeler: 10
    four-wheeler: 40
''', fakes.password(_seed()))

add("yaml/decoy-spring-env-placeholders", "ferry/tickets/counter-api/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
server:
  port: 8080
spring:
  datasource:
    url: ${FERRY_DB_URL:jdbc:postgresql://localhost:5432/ferry_tickets}
    username: ${FERRY_DB_USER:counter_api}
    password: ${FERRY_DB_PASSWORD}
  cloud:
    vault:
      uri: https://vault.mandoviferry.in:8200
      authentication: KUBERNETES
      kv:
        backend: secret
        default-context: counter-api
ferry:
  qr:
    public-key-path: classpath:keys/qr-signing-ec.pub.pem
''')

add("properties/java-sms-gateway-key", "ferry/tickets/counter-api/src/main/resources/sms.properties", "https://www.textlocal.in/docs/", r'''
# SMS - tiket confirm / ferry bondh (monsoon) alert
# फेरी बंद सूचना कोंकणी-मराठीत
sms.provider=textlocal
sms.textlocal.url=https://api.textlocal.in/send/
sms.textlocal.apikey=@@s@@
sms.sender=MNDFRY
sms.template.cancel=Ferry {route} aiz bondh - udkachi patli choddleli. / फेरी आज बंद.
sms.template.ticket=Tumchem tiket {tid}: {route}, {time}.
''', rnd(32, ALNUM + "=") + "=")

add("kotlin/firebase-server-key", "ferry/app/android/app/src/main/java/in/mandoviferry/push/PushSender.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package `in`.mandoviferry.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// TODO: he app-ant asunk zaina!! server-ar vhor (Ajit, 14/02)
object PushSender {
    private const val LEGACY_SERVER_KEY = "@@s@@"
    private val client = OkHttpClient()

    fun ferryDelayed(topic: String, minutes: Int) {
        val body = """{"to":"/topics/$topic","notification":{"title":"Ferry ushir","body":"$minutes min ushir"}}"""
        val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$LEGACY_SERVER_KEY")
            .post(body.toRequestBody("application/json".toMediaType())).build()
        client.newCall(req).execute().close()
    }
}
''', "AAAA" + rnd(7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("xml/decoy-android-strings-maps-key-ref", "ferry/app/android/app/src/main/res/values/strings.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Mandovi Ferry</string>
    <string name="buy_ticket">तिकेट घेयात</string>
    <string name="next_ferry">फुडली फेरी</string>
    <string name="route_rib_cho">Ribandar ⇄ Chorao</string>
    <string name="route_pnj_bet">Panaji ⇄ Betim</string>
    <string name="ferry_cancelled">Aiz ferry bondh asa</string>
    <!-- Maps key gradle secrets plugin thaun (local.properties, git-ant na) -->
    <string name="google_maps_key" translatable="false">${MAPS_API_KEY}</string>
</resources>
''')

add("properties/android-local-properties-keystore", "ferry/app/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Release signing - Play Store. हें फायल git-ant घालूं नाका (chuki zali...)
storeFile=../release/mandoviferry-release.jks
storePassword=@@s@@
keyAlias=mandoviferry
keyPassword=@@s@@
''', words_pw())

add("gradle/decoy-signing-from-env", "ferry/app/android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "in.mandoviferry"
    compileSdk = 34
    defaultConfig {
        applicationId = "in.mandoviferry"
        minSdk = 24
        versionCode = 41
        versionName = "2.3.1"
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("FERRY_KEYSTORE") ?: "release/mandoviferry-release.jks")
            storePassword = System.getenv("FERRY_STORE_PASSWORD")
            keyAlias = "mandoviferry"
            keyPassword = System.getenv("FERRY_KEY_PASSWORD")
        }
    }
    buildTypes { release { signingConfig = signingConfigs.getByName("release"); isMinifyEnabled = true } }
}
''')

add("swift/decoy-plist-public-ids", "ferry/app/ios/MandoviFerry/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", r'''
import Foundation

// iOS config - he sogle public identifiers. Gupit kaim na.
enum Config {
    static let apiBase = URL(string: "https://api.mandoviferry.in/v2")!
    static let appStoreId = "1672948305"
    static let teamId = "8QZ4K7M2XP"
    static let bundleId = "in.mandoviferry.app"
    static let sentryEnvironment = "production"
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? ""
    }
}
''')

add("shell/sentry-auth-token", "ferry/app/ios/fastlane/upload_symbols.sh", "https://docs.sentry.io/cli/configuration/", r'''
#!/bin/sh
# dSYM upload - Xcode build phase. Sentry auth token (org: mandovi-ferry)
export SENTRY_ORG=mandovi-ferry
export SENTRY_PROJECT=ios-app
export SENTRY_AUTH_TOKEN=@@s@@
if which sentry-cli >/dev/null; then
  sentry-cli debug-files upload --include-sources "$DWARF_DSYM_FOLDER_PATH"
else
  echo "warning: sentry-cli na - brew install getsentry/tools/sentry-cli"
fi
''', "sntrys_" + b64('{"iat":1714000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"mandovi-ferry"}').rstrip("=") + "_" + rnd(43, ALNUM + "/+"))

add("ruby/fastlane-app-store-connect-key", "ferry/app/ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", r'''
default_platform(:ios)

platform :ios do
  desc "TestFlight-ar novi build"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7XK29QLM4B",
      issuer_id: "@@iss@@",
      key_content: "@@s@@",
      in_house: false
    )
    increment_build_number(xcodeproj: "MandoviFerry.xcodeproj")
    build_app(scheme: "MandoviFerry")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), iss=uuid_s())

add("env/decoy-sentry-dsn-vite-public", "ferry/app/web/.env", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
# Ticket web app (Vite) - VITE_ variables browser-ant vetat: hangasor gupit kaim ghalunk naka
VITE_API_BASE=https://api.mandoviferry.in/v2
VITE_SENTRY_DSN=https://3f9a1c7e5b2d4f8a9c0e1b3d5f7a9c2e@o482731.ingest.sentry.io/4506719283746816
VITE_RAZORPAY_KEY_ID=rzp_live_Qm3XbT8kLp2VnA
VITE_DEFAULT_LANG=kok
VITE_ROUTES=RIB-CHO,PNJ-BET,OLG-DIV,SAP-TIS
''')

add("typescript/supabase-service-role", "ferry/app/web/scripts/seed-timetable.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
// Timetable seed - monsoon ani summer vellapotrok. वेळापत्रक
import { createClient } from "@supabase/supabase-js";

const supabase = createClient(
  "https://qzkfmnvrtplaxwyehcdo.supabase.co",
  // service_role - fokot seed script, browser-ant naka
  "@@s@@",
);

const timetable = [
  { route: "RIB-CHO", first: "06:00", last: "22:00", every_min: 15 },
  { route: "PNJ-BET", first: "06:30", last: "21:30", every_min: 20 },
  { route: "OLG-DIV", first: "06:00", last: "20:30", every_min: 30 },
];

await supabase.from("timetable").upsert(timetable);
console.log("vellapotrok upsert zalem");
''', jwt_like('{"iss":"supabase","ref":"qzkfmnvrtplaxwyehcdo","role":"service_role","iat":1709251200,"exp":2024827200}'))

add("typescript/decoy-supabase-anon-env", "ferry/app/web/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from "@supabase/supabase-js";

// anon key public asta (RLS policies rakhtat). service_role hangasor kednach naka.
export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);

export async function nextFerries(route: string) {
  const { data } = await supabase.from("departures").select("*").eq("route", route).limit(5);
  return data ?? [];
}
''')

add("python/redis-url-password", "ferry/tickets/backend/settings/cache.py", "https://redis.io/docs/latest/develop/connect/clients/python/redis-py/", r'''
"""Seat/vehicle slot lock - Redis. Gaddi vharunk 12 car slots dor ferry-ar."""
import redis

REDIS_URL = "redis://default:@@s@@@redis-ferry.internal:6379/2"
pool = redis.ConnectionPool.from_url(REDIS_URL, decode_responses=True)
r = redis.Redis(connection_pool=pool)


def lock_car_slot(sailing_id: str, slot: int, ticket: str) -> bool:
    return bool(r.set(f"slot:{sailing_id}:{slot}", ticket, nx=True, ex=600))
''', fakes.redis_password(_seed()))

add("python/decoy-redis-env", "ferry/tickets/backend/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/cache/#redis", r'''
import os

SECRET_KEY = os.getenv("FERRY_SECRET_KEY")
REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ferry_tickets",
        "USER": os.getenv("DB_USER", "ferry"),
        "PASSWORD": os.getenv("DB_PASSWORD"),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
LANGUAGE_CODE = "kok"
TIME_ZONE = "Asia/Kolkata"
''')

add("json/appsettings-connection-string", "ferry/tickets/reports/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "FerryReports": "Host=10.20.0.4;Port=5432;Database=ferry_tickets;Username=reports;Password=@@s@@;SSL Mode=Require"
  },
  "Reports": {
    "DailyCollectionTo": "rnd-accounts@mandoviferry.in",
    "Language": "mr-IN",
    "Title": "दैनिक तिकीट वसुली अहवाल"
  }
}
''', fakes.password(_seed()))

add("json/decoy-appsettings-keyvault", "ferry/tickets/reports/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": {
    "VaultUri": "https://kv-mandoviferry.vault.azure.net/",
    "SecretNames": ["FerryReports-ConnectionString", "Smtp-Password"]
  },
  "ConnectionStrings": {
    "FerryReports": "@Microsoft.KeyVault(SecretUri=https://kv-mandoviferry.vault.azure.net/secrets/FerryReports-ConnectionString/)"
  },
  "Reports": { "Language": "mr-IN", "Title": "दैनिक तिकीट वसुली अहवाल" }
}
''')

add("env/twilio-auth-token", "ferry/tickets/ivr/.env", "https://www.twilio.com/docs/iam/credentials/api", r'''
# IVR - "ferry chalu asa?" phone line (Konkani / Marathi / English prompts)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_NUMBER=+918322000000
IVR_LANGS=kok,mr,en
STATUS_API=https://api.mandoviferry.in/v2/status
''', twilio_auth(), sid=twilio_sid())

add("xml/decoy-twiml-ivr", "ferry/tickets/ivr/twiml/status.xml", "https://www.twilio.com/docs/voice/twiml", r'''
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Gather numDigits="1" action="/ivr/lang" method="POST">
    <Say language="hi-IN">Konkani khatir ek dabat. मराठीसाठी दोन दाबा. For English press three.</Say>
  </Gather>
  <Say language="en-IN">Ribandar Chorao ferry is running every fifteen minutes.</Say>
  <Redirect method="POST">/ivr/status?CallSid={{CallSid}}&amp;AccountSid=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</Redirect>
</Response>
''')

# ---------------------------------------------------------------- ferry: boats, GPS, operations

add("cpp/mqtt-password-tracker-firmware", "ferry/boats/gps-tracker/src/config.h", "https://pubsubclient.knolleary.net/api", r'''
// Ferry GPS tracker (ESP32 + SIM800). Dor ferry-ar ek: "Chorao-3", "Betim-1"...
// बोटीचो GPS - ताका वेगळो user.
#pragma once

#define BOAT_ID          "CHORAO-3"
#define APN              "airtelgprs.com"
#define MQTT_HOST        "mqtt.mandoviferry.in"
#define MQTT_PORT        8883
#define MQTT_USER        "boat-chorao-3"
#define MQTT_PASS        "@@s@@"
#define GPS_INTERVAL_MS  15000
''', rnd(20, ALNUM))

add("conf/decoy-mosquitto-passwd-hashes", "ferry/boats/broker/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# mosquitto_passwd hashes - novo user: scripts/new_boat_mqtt_user.sh
boat-chorao-1:$7$101$Zk2mQx9vR4tW1yP8$Y3nT6uJ0bC5dE8fG1hI4jK7lM0nO3pQ6rS9tU2vW5xY8zA1bC4dE7fG0hI3jK6lM9nO2pQ5rS8tU1vW4xY7zA==
boat-chorao-3:$7$101$Pq8wL2nX5cV7bM1k$A4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG==
boat-betim-1:$7$101$Hj5kT9mR2wQ6xZ3n$M8nB5vC2xZ9lK6jH3gF0dS7aP4oI1uY8tR5eW2qM9nB6vC3xZ0lK7jH4gF1dS8aP5oI2uY9tR6eW3qM0nB7v==
dashboard:$7$101$Rt4yU7iO0pA3sD6f$G9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ6wE9rT2yU5iO8pA1sD4fG7hJ0kL==
''')

add("conf/mosquitto-bridge-password", "ferry/boats/broker/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# Bridge to RND (River Navigation Dept.) central broker - ferry positions share
# सरकारी broker-ak positions dhaddtat
connection rnd-central
address broker.rnd-goa.in:8883
bridge_protocol_version mqttv311
remote_clientid mandoviferry-bridge
remote_username mandoviferry
remote_password @@s@@
bridge_cafile /etc/mosquitto/certs/rnd-ca.crt
topic ferry/+/position out 1
topic rnd/notices/# in 1
''', words_pw())

add("python/influx-token", "ferry/boats/telemetry/ingest.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
"""GPS + engine hours -> InfluxDB. Dhoni (boat) engine hours maintenance khatir."""
import json

import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX = InfluxDBClient(url="http://10.20.0.9:8086", org="mandoviferry",
                        token="@@s@@")
write = INFLUX.write_api(write_options=SYNCHRONOUS)


def on_message(_c, _u, msg):
    d = json.loads(msg.payload)
    write.write("ferry", record=Point("position").tag("boat", d["boat"])
                .field("lat", d["lat"]).field("lon", d["lon"]).field("engine_h", d.get("eh", 0)))
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("yaml/decoy-grafana-provisioning-env", "ferry/boats/telemetry/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Ferry InfluxDB
    type: influxdb
    access: proxy
    url: http://10.20.0.9:8086
    jsonData:
      version: Flux
      organization: mandoviferry
      defaultBucket: ferry
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''')

add("ini/grafana-admin-password", "ferry/boats/telemetry/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = dash.mandoviferry.in
root_url = https://dash.mandoviferry.in/

[security]
admin_user = admin
; pehle login-ar bodol - Ajit
admin_password = @@s@@

[auth.anonymous]
enabled = true
org_role = Viewer
; control room TV-ar live ferry map
''', words_pw())

add("shell/history-psql-password", "ferry/ops/ajit/.bash_history", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
cd /opt/ferry-tickets
git pull
sudo systemctl restart ferry-api
journalctl -u ferry-api -n 50
export PGPASSWORD='@@s@@'
psql -h 10.20.0.4 -U ferry ferry_tickets -c "select route, count(*) from ticket where sold_at::date = current_date group by 1;"
unset PGPASSWORD
df -h
htop
exit
''', fakes.password(_seed()))

add("shell/decoy-history-clean", "ferry/ops/nikhil/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
ssh ops@10.20.0.4
sudo -u postgres psql ferry_tickets
pg_dump -Fc ferry_tickets > /backup/ferry-$(date +%F).dump
ls -lh /backup
aws s3 cp /backup/ferry-2024-06-14.dump s3://mandoviferry-backup/ --profile backup
vault kv get -field=password secret/ferry/db
sudo systemctl status mosquitto
tail -f /var/log/mosquitto/mosquitto.log
exit
''')

add("shell/mysql-cli-password", "ferry/ops/scripts/old_counter_export.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysql-command-options.html", r'''
#!/bin/bash
# Juno counter software (2016) MySQL-an asa - dor mhoineak collection export
# जुन्या काउंटर सॉफ्टवेअरचो export
MONTH=${1:-$(date -d "last month" +%Y-%m)}
mysql -h 192.168.10.5 -u counter -p'@@s@@' counterdb \
  -e "SELECT route, ticket_type, COUNT(*), SUM(fare) FROM tickets WHERE DATE_FORMAT(issued,'%Y-%m')='${MONTH}' GROUP BY 1,2" \
  > /srv/exports/collection_${MONTH}.tsv
echo "export zalo: ${MONTH}"
''', words_pw())

add("yaml/decoy-ansible-vault", "ferry/ops/ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626530626430
3862383833386362306239326664343539376130363661330a613065386261353433316339323866
34356332653765613961326539656664353538343933306365393035366237643634336264373539
3564356162336439370a306231313432366235346239663566356162333635616531663465643331
65376166396135353363313635326335613736663336643331343166643038663533393565376437
6136393031383430323635393830376166336465623331616434
''')

add("yaml/ansible-vars-plain-password", "ferry/ops/ansible/group_vars/counters.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
# Ticket counters (Windows mini PCs) - Ribandar, Chorao, Betim, Divar
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: counteradmin
# vault-ant ghalunk visorlo - Nikhil, udyank kor
ansible_password: "@@s@@"
counter_app_version: 3.8.2
printer_model: TVS RP3160 Gold
''', words_pw())

add("nginx/decoy-htpasswd-apr1", "ferry/ops/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
# htpasswd -B - control room dashboard. Passwords Vault-ant (secret/ferry/dashboard)
# नवो user: htpasswd -B .htpasswd naav
controlroom:$apr1$ZlB8Xk2q$6Kp0vQ3rT5yU8wX1zA4bC/
rnd-inspector:$apr1$7nM3bV9c$Qw2Er4Ty6Ui8Op0As1Df3/
ajit:$2y$05$Lk9Jh8Gf7Ds6Az5Xc4Vb3uN2Mq1Wp0Oe9Ir8Ut7Yy6Tr5Ee4Ww3Qq
''')

add("nginx/basic-auth-header-proxy", "ferry/ops/nginx/sites-available/rnd-feed.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# RND position feed - amche positions sarkari portal-ak proxy
server {
    listen 443 ssl;
    server_name feed.mandoviferry.in;
    ssl_certificate     /etc/letsencrypt/live/feed.mandoviferry.in/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/feed.mandoviferry.in/privkey.pem;

    location /positions {
        proxy_pass https://portal.rnd-goa.in/api/ferry/positions;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host portal.rnd-goa.in;
    }
}
''', b64("mandoviferry:" + words_pw()))

add("chat/whatsapp-password-roman-konkani", "ferry/ops/whatsapp/control-room-chat.txt", "https://faq.whatsapp.com/1180414079177245", r'''
14/06/24, 6:02 am - Ajit Naik: Bhurgyanno, Chorao-3 GPS bondh zala
14/06/24, 6:05 am - Nikhil Parab: sim recharge zaunk na aslo. kortam
14/06/24, 6:40 am - Nikhil Parab: dashboard-ak login kashem? pass bodlo?
14/06/24, 6:41 am - Ajit Naik: user controlroom, pass @@s@@
14/06/24, 6:41 am - Ajit Naik: he message uprant delete kor 🙏
14/06/24, 6:55 am - Nikhil Parab: zalem. GPS porot chalu 👍
14/06/24, 7:10 am - Sunita Gawas: आज दिवार फेरी उशीर, पाणी वाढलें
''', words_pw())

add("chat/decoy-whatsapp-vault-ref", "ferry/ops/whatsapp/it-group-chat.txt", "https://faq.whatsapp.com/1180414079177245", r'''
02/07/24, 9:12 am - Nikhil Parab: counter DB password bodlo, Vault-ant asa: secret/ferry/counter-db
02/07/24, 9:13 am - Ajit Naik: Bore. Kitem fuddem, Betim counter printer?
02/07/24, 9:20 am - Nikhil Parab: printer ribbon ghatli. Tiket no. BET-2407-00918 thaun suru
02/07/24, 9:21 am - Sunita Gawas: मान्सून वेळापत्रक लावलें? shevtli ferry 8:30 pm
02/07/24, 9:25 am - Ajit Naik: ho. Password chat-ant kednach ghalunk naka, Vault link dhaddat 🙏
02/07/24, 9:26 am - Nikhil Parab: 👍
''')

add("log/decoy-app-log-masked", "ferry/tickets/backend/logs/api-2024-07-02.log", "https://docs.python.org/3/library/logging.html", r'''
2024-07-02 06:00:01,114 INFO  ferry.api startup env=prod version=2.9.4
2024-07-02 06:00:01,220 INFO  db connect postgresql://ferry:****@10.20.0.4:5432/ferry_tickets ok
2024-07-02 06:00:01,305 INFO  redis connect redis://default:****@redis-ferry.internal:6379/2 ok
2024-07-02 06:14:22,871 INFO  ticket sold tid=RIB-2407-02211 route=RIB-CHO type=two-wheeler fare=10 upi_ref=418402211908
2024-07-02 06:15:03,002 WARN  paytm callback slow 2.8s orderId=MF24070200091
2024-07-02 06:31:47,450 INFO  qr verify tid=RIB-2407-02211 ok conductor=C-114
2024-07-02 07:02:10,009 ERROR sms textlocal 401 apikey=[REDACTED] route=OLG-DIV
''')

add("log/token-in-debug-log", "ferry/tickets/backend/logs/debug-2024-07-03.log", "https://docs.python-requests.org/en/latest/user/advanced/", r'''
2024-07-03 10:02:11,501 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): portal.rnd-goa.in:443
2024-07-03 10:02:11,877 DEBUG rnd.client POST /api/v1/ferry/manifest headers={'Content-Type': 'application/json', 'X-Api-Key': '@@s@@'}
2024-07-03 10:02:12,104 DEBUG urllib3.connectionpool https://portal.rnd-goa.in:443 "POST /api/v1/ferry/manifest HTTP/1.1" 201 48
2024-07-03 10:02:12,105 INFO  rnd.client manifest sent sailing=PNJ-BET-0945 pax=212 vehicles=31
2024-07-03 10:02:40,330 DEBUG ferry.qr verify tid=PNJ-2407-00412 ok conductor=C-207
2024-07-03 10:03:01,918 INFO  ferry.api GET /v2/status 200 12ms
''', hexs(40))

add("python/decoy-hash-tickets", "ferry/tickets/backend/tickets/numbers.py", "https://docs.python.org/3/library/hashlib.html", r'''
"""Tiket number ani checksum. तिकीट क्रमांक."""
import hashlib

ROUTE_CODES = {"RIB-CHO": "RIB", "PNJ-BET": "PNJ", "OLG-DIV": "OLG", "SAP-TIS": "SAP"}

# known-good test vector (tests/test_numbers.py):
#   ticket_checksum("RIB-2407-02211") == "4e1b7d0c"
EXPECTED_SHA256_OF_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def ticket_no(route: str, yymm: str, n: int) -> str:
    return f"{ROUTE_CODES[route]}-{yymm}-{n:05d}"


def ticket_checksum(tid: str) -> str:
    return hashlib.sha256(tid.encode()).hexdigest()[:8]
''')

add("notes/decoy-handover-no-values", "ferry/ops/HANDOVER.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r'''
# Handover - Ajit -> Nikhil (Ajit rojer, Aug 2024)

## Kitem khoim asa
- Ticket API: `ferry-api` systemd, 10.20.0.3. Logs: `/var/log/ferry/`.
- DB: 10.20.0.4, user `ferry` - password Vault `secret/ferry/db` (bodlo 01/08).
- MQTT broker: boat users `mosquitto_passwd` file-ant (hash). Novo boat: `mosquitto_passwd -b ...`
- Paytm / PhonePe keys: Vault `secret/ferry/pg`. Paytm dashboard login 2FA Ajit-chea mobile-ar
  aslo -> Sunita-chea number-ar bodlo.
- Textlocal API key **revoke kelo** (leak zalo aslo logs-ant) - novo key Vault-ant.

## Monsoon
Jun-Sep RND notice aili zalear `status` API-ant "bondh" kor. मराठी/कोंकणी SMS template asat.
''')

add("notes/server-root-password-konkani-devanagari", "ferry/ops/notes/सर्वर.txt", "https://www.openssh.com/manual.html", r'''
सर्वर नोंद (अजित)

तिकेट API सर्वर : 10.20.0.3
  user : root
  पासवर्ड : @@s@@
  (SSH key नासल्यार हो वापर. Nikhil-ak key ghalunk zai.)

DB सर्वर : 10.20.0.4 - फकत VPN थावन.
Control room PC : UltraViewer ID 482 917 335 (password dor vellar bodolta)
''', words_pw())

add("yaml/gitlab-ci-registry-token", "ferry/tickets/backend/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [test, build, deploy]

variables:
  IMAGE: registry.gitlab.com/mandoviferry/tickets-backend

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker login registry.gitlab.com -u ajit.naik -p @@s@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', gitlab())

add("yaml/decoy-gitlab-ci-vars", "ferry/tickets/counter-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [build, deploy]

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B package -DskipTests
  artifacts:
    paths: [target/*.jar]

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - scp target/counter-api.jar deploy@10.20.0.3:/opt/counter-api/
    - ssh deploy@10.20.0.3 sudo systemctl restart counter-api
  only: [main]
''')

add("ssh/openssh-private-key", "ferry/ops/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-authorized-keys", "ferry/ops/keys/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# ferry-api server (10.20.0.3) - deploy user. Public keys matr.
# नवो मनीस आयलो जाल्यार ताची .pub हांगा जोड.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7q2mV9xW4nT1bR8cL3yP6fH0aJ5sD2gE9kU4oZ1vX7 ajit@control-room
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN3wM8tY6rB0cF5hP2jL9uA4eS1dG7iK3nO6pW8xQ2qT nikhil@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC9xK2mP4qR7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7mN0oP3qR6sT9uV2wX5yZ8aB1cD4eF7gH0iJ3kL6mN9oP2qR5sT8uV1wX4yZ7aB0cD3eF6gH9iJ2kL5mN8oP1qR4sT7uV0wX3yZ6aB9cD2eF5gH8iJ1kL4mN7oP0qR3sT6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB7cD0eF3gH6iJ9kL2mN5oP8qR1sT4uV7wX0yZ3aB6cD9eF2gH5iJ8kL1mN4oP7qR0sT3uV6wX9yZ2 deploy@gitlab-ci
''')

add("wireguard/private-key", "ferry/ops/vpn/wg-counter-divar.conf", "https://www.wireguard.com/quickstart/", r'''
# Divar counter -> office VPN (4G router). दिवार काउंटर
[Interface]
PrivateKey = @@s@@
Address = 10.99.0.14/32
DNS = 10.20.0.1

[Peer]
PublicKey = hB3nQ8vX2mK5pT7rW0yZ4cF6gJ9lN1sU3eA5dH8kM2o=
Endpoint = vpn.mandoviferry.in:51820
AllowedIPs = 10.20.0.0/24
PersistentKeepalive = 25
''', wg_key())

# ---------------------------------------------------------------- distillery: more office, devices, notebooks

add("notebook/openai-key-label-translation", "bhatti/marketing/notebooks/label_translate.ipynb", "https://platform.openai.com/docs/api-reference/authentication", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Label text -> Konkani / Marathi / Hindi\n", "Bottle label ani gift box text translate korunk (Pooja)."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "label = 'Double distilled cashew feni from Cumbarjua. Best enjoyed with lime and soda.'\n",
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Translate to Konkani (Devanagari): ' + label}])\n",
    "print(r.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed()))

add("notebook/decoy-getpass-db", "bhatti/office/notebooks/still_yield_2024.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Still yield 2024 - caju neero litres vs feni litres\n", "भट्टीचो उत्पन्न हिशोब."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\n",
    "pw = getpass.getpass('excise DB password: ')\n",
    "eng = sa.create_engine(f'postgresql://excise:{pw}@192.168.1.20/excise')\n",
    "df = pd.read_sql('select run_date, neero_l, feni_l, abv from still_run', eng)\n",
    "df['yield_pct'] = df.feni_l / df.neero_l * 100\n",
    "df.describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("arduino/blynk-auth-token", "bhatti/still-monitor/still_temp/still_temp.ino", "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation", r'''
// Bhatti still temperature - DS18B20 + ESP8266. Gorom zalear phone-ar alert.
// भट्टीचो तापमान
#define BLYNK_TEMPLATE_ID "TMPL3xQ8kV2mN"
#define BLYNK_TEMPLATE_NAME "Bhatti Still"
#define BLYNK_AUTH_TOKEN "@@s@@"

#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>
#include <OneWire.h>
#include <DallasTemperature.h>

char ssid[] = "Bhatti-Godown";
char pass[] = "";   // wifi open (godown bhitor fokot)
OneWire oneWire(D4);
DallasTemperature sensors(&oneWire);

void setup() { Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass); sensors.begin(); }

void loop() {
  sensors.requestTemperatures();
  Blynk.virtualWrite(V1, sensors.getTempCByIndex(0));
  Blynk.run();
  delay(5000);
}
''', rnd(32, ALNUM + "_-"))

add("python/telegram-bot-token", "bhatti/still-monitor/alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Still alert - Telegram group "Bhatti Kaam". तापमान 95 वयर गेल्यार संदेश."""
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1002184736501


def alert(temp_c: float) -> None:
    text = f"⚠️ Bhatti gorom: {temp_c:.1f}°C - uzo unno kor! / भट्टी गरम"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    alert(97.2)
''', fakes.telegram_token(_seed()))

add("cpp/thingspeak-write-key", "bhatti/still-monitor/tank_level/tank_level.ino", "https://www.mathworks.com/help/thingspeak/writedata.html", r'''
// Caju neero tank level (ultrasonic). Tank bhorlo zalear bhatti suru.
#include <ESP8266WiFi.h>
#include <ThingSpeak.h>

const char* WIFI_SSID = "Bhatti-Godown";
unsigned long CHANNEL = 2481937;
const char* WRITE_KEY = "@@s@@";
WiFiClient client;

void setup() { WiFi.begin(WIFI_SSID, ""); ThingSpeak.begin(client); pinMode(D5, OUTPUT); pinMode(D6, INPUT); }

void loop() {
  digitalWrite(D5, HIGH); delayMicroseconds(10); digitalWrite(D5, LOW);
  long cm = pulseIn(D6, HIGH) / 58;
  ThingSpeak.writeField(CHANNEL, 1, (int)cm, WRITE_KEY);
  delay(60000);
}
''', rnd(16, string.ascii_uppercase + string.digits))

add("conf/wpa-supplicant-psk", "bhatti/still-monitor/pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=IN

# Office wifi (bhatti godown-ant signal na, tednam Jio hotspot)
network={
    ssid="Bhatti-Office"
    psk="@@s@@"
    key_mgmt=WPA-PSK
    priority=2
}
''', words_pw())

add("markdown/cctv-rtsp-password", "bhatti/office/notes/cctv.md", "https://www.hikvision.com/", r'''
# CCTV - godown ani bond room (excise niyam: bond room camera 24x7)

NVR: Hikvision DS-7608, IP 192.168.1.64
Live (VLC): `rtsp://admin:@@s@@@192.168.1.64:554/Streaming/Channels/101`
Bond room: channel 201, godown: 301.

Recording 30 dis. Excise inspector maglear USB-ant footage kaddun di.
Hik-Connect app: Savio ani Anton-chea phone-ar.
''', words_pw())

_FZ_PW = "Fz" + fakes.password(_seed())
add("xml/filezilla-base64-password", "bhatti/office/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/FileZilla_Client_Configuration", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.bhatticajufeni.in</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>bhattiweb</User>
			<Pass encoding="base64">@@enc@@</Pass>
			<Logontype>1</Logontype>
			<Name>Bhatti website (juni)</Name>
			<Comments>Nilesh-n setup kela</Comments>
		</Server>
	</Servers>
</FileZilla3>
''', _FZ_PW, enc=b64(_FZ_PW))

add("json/vscode-sftp-password", "bhatti/shop/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "bhatti shop (prod)",
    "host": "shop.bhatticajufeni.in",
    "protocol": "sftp",
    "port": 22,
    "username": "deploy",
    "password": "@@s@@",
    "remotePath": "/srv/bhatti-shop",
    "uploadOnSave": false,
    "ignore": [".vscode", ".git", ".env", "node_modules"]
}
''', fakes.password(_seed()))

add("json/decoy-vscode-settings", "bhatti/shop/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "python.defaultInterpreterPath": ".venv/bin/python",
    "editor.formatOnSave": true,
    "files.exclude": { "**/__pycache__": true },
    "cSpell.words": ["feni", "urrak", "Cumbarjua", "bhatti", "razorpay"],
    "sqltools.connections": [
        {
            "name": "bhatti local",
            "driver": "PostgreSQL",
            "server": "localhost",
            "port": 5432,
            "database": "bhatti_shop",
            "username": "bhatti",
            "askForPassword": true
        }
    ]
}
''')

add("conf/pgpass", "bhatti/office/backup-pc/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass - chmod 600 (Anton-chea backup PC)
# hostname:port:database:username:password
# excise register (nightly pg_dump)
192.168.1.20:5432:excise:excise:@@s@@
localhost:5432:*:postgres:*
''', fakes.password(_seed()))

add("conf/netrc", "bhatti/office/backup-pc/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine api.bhatticajufeni.in
  login backup
  password @@s@@

machine github.com
  login savio-bhatti
''', fakes.password(_seed()))

add("conf/rclone-b2-key", "bhatti/office/backup-pc/.config/rclone/rclone.conf", "https://rclone.org/b2/", r'''
# excise register backup - Backblaze B2 (dor rati 2 vorar, cron)
[b2-excise]
type = b2
account = 005a8c3e91f7d240000000003
key = @@s@@
hard_delete = false

[local-backup]
type = local
''', "K005" + fakes.drawn(_seed(), 27, ALNUM + "/+"))

add("conf/odoo-admin-password", "bhatti/erp/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; Bhatti ERP (Odoo 17) - stock, bottling, POS
addons_path = /opt/odoo/addons,/opt/odoo/custom_addons
admin_passwd = @@s@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
dbfilter = ^bhatti$
list_db = False
proxy_mode = True
logfile = /var/log/odoo/odoo.log
''', words_pw())

add("json/erpnext-site-config", "ferry/erp/sites/erp.mandoviferry.in/site_config.json", "https://frappeframework.com/docs/user/en/basics/site_config", r'''
{
 "db_name": "_8f3c1a9e2b7d4f60",
 "db_password": "@@s@@",
 "db_type": "mariadb",
 "host_name": "https://erp.mandoviferry.in",
 "maintenance_mode": 0,
 "pause_scheduler": 0,
 "mute_emails": 0,
 "server_script_enabled": 1
}
''', rnd(16, ALNUM))

add("yaml/cloudinary-url", "bhatti/shop/config/media.yml", "https://cloudinary.com/documentation/django_integration#setting_up_the_python_sdk", r'''
# Product photo (bottle, gift box) - Cloudinary
media:
  backend: cloudinary
  cloudinary_url: "cloudinary://@@key@@:@@s@@@bhatti-feni"
  folder: products/2024
  transformations:
    thumb: {width: 320, height: 320, crop: fill}
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(_rng().randint(10**14, 10**15)))

add("php/stripe-live-foreign-tourists", "bhatti/tours/booking/stripe_checkout.php", "https://docs.stripe.com/keys", r'''
<?php
// Foreign tourist (card in EUR/GBP) bookings - Stripe. Indian guests Razorpay.
// भायल्या देशांतल्या पर्यटकांखातीर
require_once __DIR__ . '/vendor/autoload.php';

\Stripe\Stripe::setApiKey('@@s@@');

$session = \Stripe\Checkout\Session::create([
    'mode' => 'payment',
    'line_items' => [[
        'price_data' => ['currency' => 'eur', 'unit_amount' => 2500,
                         'product_data' => ['name' => 'Feni distillery tour + tasting']],
        'quantity' => (int)($_POST['pax'] ?? 1),
    ]],
    'success_url' => 'https://tours.bhatticajufeni.in/thanks',
    'cancel_url' => 'https://tours.bhatticajufeni.in/',
]);
header('Location: ' . $session->url);
''', stripe())

add("html/decoy-stripe-publishable", "bhatti/tours/booking/pay.html", "https://docs.stripe.com/keys#obtain-api-keys", r'''
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Book a feni tour</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="book" action="stripe_checkout.php" method="post">
    <label>Guests <input name="pax" type="number" min="1" max="12" value="2"></label>
    <button>Pay</button>
  </form>
  <script>
    // publishable key - public by design
    const stripe = Stripe("pk_live_51Pq8XbHkL2mN4vR7tY0wZ3cF6gJ9sU1eA5dK8oB2iQ4nM7xT0yV3uW6pS9rE1hG4jC7lZ0fD");
  </script>
</body>
</html>
''')

add("python/gmail-app-password", "bhatti/office/scripts/monthly_excise_mail.py", "https://support.google.com/accounts/answer/185833", r'''
"""Mhoineachem excise report CA-k mail kor. दर म्हयन्याक."""
import smtplib
from email.message import EmailMessage

FROM = "bhatti.accounts@gmail.com"
APP_PASSWORD = "@@s@@"   # Google app password (2FA on)


def send(pdf_path, month):
    msg = EmailMessage()
    msg["From"], msg["To"] = FROM, "ca.desai.associates@gmail.com"
    msg["Subject"] = f"Excise monthly return {month} - Bhatti Caju Feni"
    msg.set_content("Namaskar Desai sir,\nHe mhoineachem report jodlam.\nSavio")
    with open(pdf_path, "rb") as f:
        msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename=f"excise_{month}.pdf")
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login(FROM, APP_PASSWORD)
        s.send_message(msg)
''', " ".join(rnd(4, string.ascii_lowercase) for _ in range(4)))

add("notes/dsc-pfx-password", "bhatti/office/notes/DSC_e-invoice.txt", "https://einvoice1.gst.gov.in/", r'''
DSC (digital signature) - Savio Fernandes, class 3, eMudhra
valid: 2023-08-01 to 2025-07-31
token: ePass2003 USB (drawer-ant)
token PIN: @@s@@

E-invoice portal: einvoice1.gst.gov.in - user BHATTI_EINV
IRP API (GSP through ClearTax) - API creds Pooja-kodde.
'''.replace("token PIN: @@s@@", "token PIN / pfx password: @@s@@"), words_pw())

add("json/einvoice-gsp-client-secret", "bhatti/erp/einvoice/gsp_config.json", "https://einv-apisandbox.nic.in/", r'''
{
  "gstin": "30AABCB1234F1Z5",
  "env": "production",
  "base_url": "https://api.clear.in/einv/v2",
  "auth": {
    "client_id": "AAABCB30GSPPROD",
    "client_secret": "@@s@@",
    "username": "BHATTI_EINV"
  },
  "irp_public_key_path": "keys/einv_prod_public.pem",
  "comment": "Pooja - e-invoice from Odoo"
}
''', rnd(32, ALNUM))

add("python/ewaybill-password", "bhatti/erp/ewaybill/generate.py", "https://docs.ewaybillgst.gov.in/apidocs/", r'''
"""E-way bill - gift box/glass consignments (feni-k excise TP, e-way na)."""
import requests

EWB_USER = "BHATTI_API_1"
EWB_PASS = "@@s@@"
GSTIN = "30AABCB1234F1Z5"


def auth():
    return requests.post("https://api.ewaybillgst.gov.in/ewaybillapi/v1.03/auth",
                         json={"action": "ACCESSTOKEN", "username": EWB_USER, "password": EWB_PASS},
                         headers={"Gstin": GSTIN}, timeout=30).json()
''', words_pw())

add("dockerfile/env-password", "bhatti/erp/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM odoo:17.0
USER root
COPY ./custom_addons /mnt/extra-addons
COPY ./odoo.conf /etc/odoo/odoo.conf
# DB password - compose-ant ghalunk zai aslo, vellar nasloo (Anton)
ENV HOST=db USER=odoo PASSWORD=@@s@@
RUN pip3 install --no-cache-dir num2words xlrd
USER odoo
EXPOSE 8069
''', fakes.password(_seed()))

add("dockerfile/decoy-build-secret-mount", "bhatti/shop/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# private wheel index token BuildKit secret-an yeta, layer-ant ravona
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.bhatticajufeni.in/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=bhatti.settings.prod
CMD ["gunicorn", "bhatti.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''')

add("conf/pip-conf-index-password", "bhatti/office/backup-pc/.config/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
# Anton-chea office PC - pip config
# amchi private wheels (konkani-numbers, tally-export)
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://bhatti:@@s@@@pypi.bhatticajufeni.in/simple
''', fakes.password(_seed()))

add("conf/pypirc-token", "bhatti/office/dev/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

# amchi "konkani-numbers" library (bill-ar ank konkani-ant) - Anton
[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("text/git-credentials-note", "bhatti/office/dev/git_setup_notes.txt", "https://git-scm.com/docs/git-credential-store", r'''
Git setup - office PC (Savio). गिट सेटअप

git config --global credential.helper store
git config --global user.name "Savio Fernandes"

~/.git-credentials-ant hi line ghal (GitHub token, repo scope):
https://savio-bhatti:@@s@@@github.com

Token expiry: 90 dis. Expire zalear GitHub -> Settings -> Developer settings.
''', fakes.github_token(_seed()))

add("shell/github-fine-grained-clone", "bhatti/office/dev/setup_new_pc.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
#!/usr/bin/env bash
# Novo office PC setup - repos clone kor. नवो PC.
set -e
TOKEN="@@s@@"
mkdir -p ~/bhatti && cd ~/bhatti
for repo in shop excise-register still-monitor; do
  git clone "https://x-access-token:${TOKEN}@github.com/bhatti-caju-feni/${repo}.git"
done
sudo apt-get install -y postgresql-client python3-venv
echo "zalem! aata .env Savio-kodde mag."
''', fakes.github_fine_grained_token(_seed()))

add("conf/npmrc-token", "ferry/app/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# mandoviferry web - npm publish (@mandoviferry/timetable)
# CI-ar NPM_TOKEN env vaparta; hi file local matr
@mandoviferry:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
''', npm_tok())

add("yaml/decoy-npmrc-env-yarnrc", "ferry/app/web/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmAuthToken", r'''
nodeLinker: node-modules
npmScopes:
  mandoviferry:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "${NPM_TOKEN}"
yarnPath: .yarn/releases/yarn-4.3.1.cjs
''')

# ---------------------------------------------------------------- ferry: passes, kiosks, integrations

add("python/api-setu-client-secret", "ferry/passes/student_pass/verify.py", "https://apisetu.gov.in/", r'''
"""Vidyarthi monthly pass - DigiLocker thaun college ID verify. विद्यार्थी पास."""
import requests

API_SETU_CLIENT_ID = "in.mandoviferry.passes"
API_SETU_CLIENT_SECRET = "@@s@@"


def verify_student(enrolment_no: str, college_code: str) -> bool:
    r = requests.post("https://apisetu.gov.in/certificate/v3/goauniversity/stcer",
                      headers={"X-APISETU-CLIENTID": API_SETU_CLIENT_ID,
                               "X-APISETU-APIKEY": API_SETU_CLIENT_SECRET},
                      json={"txnId": enrolment_no, "format": "json", "certificateParameters": {"college": college_code}},
                      timeout=20)
    return r.status_code == 200
''', rnd(32, ALNUM))

add("js/razorpay-subscriptions-secret", "ferry/passes/monthly/server.js", "https://razorpay.com/docs/api/payments/subscriptions/", r'''
// Monthly pass (two-wheeler / car) - Razorpay subscription. मासिक पास
const express = require("express");
const Razorpay = require("razorpay");

const rzp = new Razorpay({
  key_id: "@@kid@@",
  key_secret: "@@s@@",
});

const app = express();
app.use(express.json());

app.post("/pass/subscribe", async (req, res) => {
  const plan = req.body.vehicle === "car" ? "plan_NfK2xQ8mLpT3vA" : "plan_NfK2yR9nMqU4wB";
  const sub = await rzp.subscriptions.create({ plan_id: plan, total_count: 12, customer_notify: 1 });
  res.json({ id: sub.id });
});

app.listen(3000, () => console.log("pass server chalu 3000"));
''', razorpay_secret(), kid=razorpay_key())

add("python/pusher-secret", "ferry/tickets/backend/live/positions.py", "https://pusher.com/docs/channels/server_api/overview/", r'''
"""Live ferry map - Pusher channel "ferry-positions". थेट फेरी नकासो."""
import pusher

client = pusher.Pusher(
    app_id="1784562",
    key="a7c3e9f1b2d4068a5e1c",
    secret="@@s@@",
    cluster="ap2",
    ssl=True,
)


def push_position(boat, lat, lon, heading):
    client.trigger("ferry-positions", "moved", {"boat": boat, "lat": lat, "lon": lon, "hdg": heading})
''', hexs(20))

add("js/mapbox-secret-token", "ferry/app/web/scripts/upload-tiles.mjs", "https://docs.mapbox.com/api/maps/uploads/", r'''
// Mandovi river chart tiles upload (Mapbox Uploads API). नदीचो नकासो
import { execSync } from "node:child_process";

const MAPBOX_USER = "mandoviferry";
const MAPBOX_SECRET = "@@s@@";

const creds = JSON.parse(
  execSync(`curl -s -X POST "https://api.mapbox.com/uploads/v1/${MAPBOX_USER}/credentials?access_token=${MAPBOX_SECRET}"`).toString(),
);
console.log("S3 staging bucket:", creds.bucket);
execSync(`aws s3 cp data/mandovi-chart.mbtiles s3://${creds.bucket}/${creds.key}`, {
  env: { ...process.env, AWS_ACCESS_KEY_ID: creds.accessKeyId, AWS_SECRET_ACCESS_KEY: creds.secretAccessKey, AWS_SESSION_TOKEN: creds.sessionToken },
});
''', mapbox_sk())

add("js/decoy-mapbox-public-token", "ferry/app/web/src/map/FerryMap.jsx", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// pk. token public asa (URL restriction: tiket.mandoviferry.in). sk. token kednach hangasor naka.
mapboxgl.accessToken = import.meta.env.VITE_MAPBOX_PUBLIC_TOKEN;

export default function FerryMap({ boats }) {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current, style: "mapbox://styles/mandoviferry/clx9k2v3m00aa01qf8e7d6c5b", center: [73.86, 15.5], zoom: 12 });
    boats.forEach((b) => new mapboxgl.Marker().setLngLat([b.lon, b.lat]).addTo(map));
    return () => map.remove();
  }, [boats]);
  return <div ref={ref} style={{ height: 480 }} aria-label="फेरी नकासो" />;
}
''')

add("powershell/counter-pc-password", "ferry/ops/counters/setup-counter.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", r'''
# Novo ticket counter PC setup (Windows 11). नवो काउंटर PC
param([string]$CounterName = "CHORAO-2")

$pw = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
New-LocalUser -Name "counter" -Password $pw -FullName "Ticket Counter" -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member "counter"

Rename-Computer -NewName $CounterName -Force
winget install --id Google.Chrome -e --silent
Copy-Item "\\10.20.0.3\deploy\CounterApp\*" "C:\CounterApp\" -Recurse
Write-Host "Zalem. Restart kor." -ForegroundColor Green
''', words_pw())

add("batch/net-use-password", "ferry/ops/counters/map_share.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Counter PC - daily collection file office share-ar copy
REM दिसाची वसुली फायल
net use Z: \\10.20.0.3\collections /user:FERRY\counterbot @@s@@ /persistent:no
copy C:\CounterApp\out\collection_%date:~-4%%date:~3,2%%date:~0,2%.csv Z:\%COMPUTERNAME%\
net use Z: /delete /y
''', words_pw())

add("systemd/environment-token", "ferry/ops/systemd/ferry-status-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=RND ferry status sync (monsoon notices -> ticket app)
After=network-online.target

[Service]
Type=simple
User=ferry
Environment=RND_PORTAL_URL=https://portal.rnd-goa.in
Environment=RND_API_TOKEN=@@s@@
ExecStart=/opt/ferry/bin/status-sync --interval 120
Restart=always

[Install]
WantedBy=multi-user.target
''', uuid_s())

add("crontab/curl-basic-auth", "ferry/ops/cron/crontab.ops", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command
# dor rati collection report accounts-ak
30 23 * * * /opt/ferry/bin/daily_collection.sh >> /var/log/ferry/collection.log 2>&1
# disk bhorli zalear mail
0 7 * * * df -h / | mail -s "ferry-api disk" ops@mandoviferry.in
# RND portal-ak dor 10 minitank vehicle count (basic auth)
*/10 6-22 * * * curl -s -u mandoviferry:@@s@@ -X POST https://portal.rnd-goa.in/api/counts -d @/var/lib/ferry/counts.json
''', words_pw())

add("toml/go-service-config", "ferry/tickets/qr-service/config/prod.toml", "https://toml.io/en/v1.0.0", r'''
# qr-service prod
[server]
listen = ":8090"

[db]
dsn = "postgres://qrsvc:@@s@@@10.20.0.4:5432/ferry_tickets?sslmode=require"
max_open = 20

[qr]
validity_minutes = 120
routes = ["RIB-CHO", "PNJ-BET", "OLG-DIV", "SAP-TIS"]
''', fakes.password(_seed()))

add("yaml/helm-values-password", "ferry/infra/helm/ferry-api/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
replicaCount: 2
image:
  repository: registry.gitlab.com/mandoviferry/tickets-backend
  tag: "2.9.4"
env:
  DJANGO_SETTINGS_MODULE: ferry.settings.prod
  LANGUAGE_CODE: kok
postgresql:
  enabled: true
  auth:
    username: ferry
    database: ferry_tickets
    password: "@@s@@"
ingress:
  enabled: true
  hosts: [{ host: api.mandoviferry.in, paths: [{ path: /, pathType: Prefix }] }]
''', fakes.password(_seed()))

add("yaml/decoy-helm-existing-secret", "ferry/infra/helm/ferry-api/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
replicaCount: 1
image:
  repository: registry.gitlab.com/mandoviferry/tickets-backend
  tag: latest
postgresql:
  enabled: true
  auth:
    username: ferry
    database: ferry_tickets
    existingSecret: ferry-db-credentials
    secretKeys:
      userPasswordKey: password
externalSecrets:
  enabled: true
  secretStoreRef: vault-backend
  remoteKey: secret/ferry/db
''')

add("kubeconfig/bearer-token", "ferry/infra/kube/ci-deployer.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- name: ferry-prod
  cluster:
    server: https://10.20.0.10:6443
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
contexts:
- name: ci@ferry-prod
  context: {cluster: ferry-prod, user: ci-deployer, namespace: ferry}
current-context: ci@ferry-prod
users:
- name: ci-deployer
  user:
    token: @@s@@
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"ferry","kubernetes.io/serviceaccount/service-account.name":"ci-deployer"}').replace("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjRrN2VGIn0"))

add("shell/vault-token-export", "ferry/ops/scripts/rotate_counter_db.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/usr/bin/env bash
# Counter DB password rotate - dor 90 dis. पासवर्ड बदल
set -euo pipefail
export VAULT_ADDR=https://vault.mandoviferry.in:8200
export VAULT_TOKEN=@@s@@
NEW=$(openssl rand -base64 24)
psql -h 10.20.0.4 -U postgres -c "ALTER ROLE counter_api PASSWORD '${NEW}'"
vault kv put secret/ferry/counter-db password="${NEW}"
echo "rotate zalem $(date +%F)"
''', vault_tok())

add("hcl/decoy-vault-policy", "ferry/infra/vault/policies/counter-api.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# counter-api: fokot aplem secret vachunk
path "secret/data/ferry/counter-db" {
  capabilities = ["read"]
}

path "secret/data/ferry/pg" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}
''')

add("env/slack-bot-token", "ferry/ops/bots/.env", "https://api.slack.com/authentication/token-types#bot", r'''
# ops bot - #ferry-ops channel-ant "RIB-CHO ushir" post korta
SLACK_BOT_TOKEN=@@s@@
SLACK_CHANNEL=C06FERRYOPS
STATUS_URL=https://api.mandoviferry.in/v2/status
LANG_ORDER=kok,mr,en
''', slack_bot())

add("python/google-chat-webhook", "ferry/ops/bots/gchat_alert.py", "https://developers.google.com/workspace/chat/quickstart/webhooks", r'''
"""RND office Google Chat space-ak alert (te Slack vaparinant)."""
import json
import urllib.request

WEBHOOK = "https://chat.googleapis.com/v1/spaces/AAAA8kQx2Zm/messages?key=@@key@@&token=@@s@@"


def post(text: str) -> None:
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json; charset=UTF-8"})
    urllib.request.urlopen(req, timeout=10)


post("फेरी सूचना: Old Goa - Divar ferry 2 vorar bondh (engine durust).")
''', fakes.drawn(_seed(), 43, ALNUM + "-_") + "%3D", key=google_api())

add("python/discord-webhook", "ferry/ops/bots/volunteer_discord.py", "https://discord.com/developers/docs/resources/webhook", r'''
# Divar fest (Bonderam) volunteer server - extra ferry trips announce
import requests

HOOK = "@@s@@"

msg = ("**Bonderam extra ferry** 🎉\n"
       "Old Goa -> Divar: 5 pm to 11 pm, dor 10 minutank.\n"
       "दिवार बोंदेरांक जादा फेरी.")
requests.post(HOOK, json={"content": msg, "username": "Ferry Bot"})
''', discord_webhook())

add("markdown/otpauth-totp-secret", "ferry/ops/notes/2fa-backup.md", "https://github.com/google/google-authenticator/wiki/Key-Uri-Format", r'''
# 2FA backup - Paytm business dashboard (Sunita-chea phone-ar bodlunk)

Authenticator app-ant novo phone-ar scan korunk hi URI QR koron:

otpauth://totp/Paytm%20Business:accounts%40mandoviferry.in?secret=@@s@@&issuer=Paytm%20Business

Backup codes: lockers-ant kagad (office, Ajit-chea drawer).
हें फायल वापरून जालें म्हणटकच काडून उडय.
''', rnd(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))

add("java/jdbc-password", "ferry/tickets/counter-api/src/main/java/in/mandoviferry/counter/LegacyImport.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-usagenotes-connect-drivermanager.html", r'''
package in.mandoviferry.counter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Juno counter DB (MySQL, 2016) thaun tiket history import. एकदांच चलोवपाचो. */
public class LegacyImport {
    public static void main(String[] args) throws Exception {
        String url = "jdbc:mysql://192.168.10.5:3306/counterdb?useSSL=false";
        try (Connection c = DriverManager.getConnection(url, "counter", "@@s@@");
             ResultSet rs = c.createStatement().executeQuery("SELECT id, route, fare, issued FROM tickets")) {
            int n = 0;
            while (rs.next()) n++;
            System.out.println("tiket: " + n);
        }
    }
}
''', words_pw())

add("xml/maven-settings-password", "ferry/tickets/counter-api/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>mandoviferry-nexus</id>
      <username>ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>mandoviferry-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.mandoviferry.in/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', fakes.password(_seed()))

add("xml/decoy-maven-settings-encrypted", "ferry/tickets/reports/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>mandoviferry-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>old-nexus</id>
      <username>ci</username>
      <!-- mvn --encrypt-password (master settings-security.xml CI-ar) -->
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

add("xml/nuget-cleartext-password", "ferry/tickets/reports/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="ferry" value="https://nexus.mandoviferry.in/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <ferry>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </ferry>
  </packageSourceCredentials>
</configuration>
''', fakes.password(_seed()))

add("r/rmarkdown-db-password", "ferry/analytics/ridership_report.Rmd", "https://db.rstudio.com/getting-started/connect-to-database", r'''
---
title: "मासिक प्रवासी अहवाल - Mandovi Ferry"
output: html_document
---

```{r setup, include=FALSE}
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "10.20.0.4", dbname = "ferry_tickets",
                 user = "analyst", password = "@@s@@")
```

```{r}
df <- dbGetQuery(con, "select route, date_trunc('month', sold_at) m, count(*) n from ticket group by 1, 2")
knitr::kable(df, caption = "Route-wise tiket (mhoineak)")
```
''', fakes.password(_seed()))

add("vba/excel-macro-connection", "ferry/analytics/collection_macro.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", r'''
Attribute VB_Name = "CollectionMacro"
' Accounts: dor sakalim collection sheet refresh. वसुली शीट
Sub RefreshCollection()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={PostgreSQL Unicode};Server=10.20.0.4;Port=5432;Database=ferry_tickets;Uid=accounts;Pwd=@@s@@;"
    Set rs = cn.Execute("SELECT route, SUM(fare) FROM ticket WHERE sold_at::date = current_date - 1 GROUP BY route")
    Sheets("Collection").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
''', words_pw())

add("json/azure-storage-connection-string", "ferry/infra/azure/func-ticket-archive/local.settings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=mandoviferryarchive;AccountKey=@@s@@;EndpointSuffix=core.windows.net",
    "ARCHIVE_CONTAINER": "tickets-2024",
    "TZ": "Asia/Kolkata"
  }
}
''', fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("python/mongodb-srv-uri", "ferry/analytics/feedback/load_feedback.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
"""Pravasi feedback (app "Tumcho anubhav") - MongoDB Atlas. प्रवाशांचो अभिप्राय."""
from pymongo import MongoClient

client = MongoClient("mongodb+srv://feedback_ro:@@s@@@ferry-cluster.x7k2qmz.mongodb.net/?retryWrites=true&w=majority")
db = client["ferry"]

for fb in db.feedback.find({"rating": {"$lte": 2}}).sort("created", -1).limit(20):
    print(fb["route"], fb["rating"], fb.get("text_kok") or fb.get("text_mr") or fb.get("text_en"))
''', fakes.password(_seed()))

add("conf/logstash-elastic-password", "ferry/ops/logstash/pipeline/ferry.conf", "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html", r'''
input {
  file { path => "/var/log/ferry/*.log" start_position => "beginning" }
}
filter {
  grok { match => { "message" => "%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level}\s+%{GREEDYDATA:msg}" } }
}
output {
  elasticsearch {
    hosts => ["https://10.20.0.11:9200"]
    user => "logstash_writer"
    password => "@@s@@"
    index => "ferry-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
''', fakes.password(_seed()))

add("python/amqp-url-password", "ferry/tickets/backend/tasks/celery_app.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/rabbitmq.html", r'''
"""Celery - SMS, receipt PDF, RND manifest. पाठवणी कामां."""
from celery import Celery

app = Celery("ferry", broker="amqp://ferry:@@s@@@10.20.0.6:5672/ferry")
app.conf.task_routes = {"tasks.sms.*": {"queue": "sms"}, "tasks.rnd.*": {"queue": "rnd"}}
app.conf.timezone = "Asia/Kolkata"
''', fakes.password(_seed()))

# ---------------------------------------------------------------- decoys across both businesses

add("json/decoy-google-services-android", "ferry/app/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "318274650192",
    "project_id": "mandovi-ferry",
    "storage_bucket": "mandovi-ferry.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:318274650192:android:7a3c9e1f5b2d8a4c",
        "android_client_info": { "package_name": "in.mandoviferry" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "${FIREBASE_ANDROID_API_KEY}" }],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
''')

add("text/decoy-upi-qr-payload", "ferry/counters/print/upi_qr_payload.txt", "https://www.npci.org.in/what-we-do/upi/product-overview", r'''
# Counter-ar chitkavpacho UPI QR (static). Hem payment address public asa.
# काउंटराचेर लावपाचो QR
upi://pay?pa=mandoviferry.rnd@sbi&pn=Mandovi%20Ferry%20Service&mc=4111&tr=COUNTER-CHORAO&cu=INR
upi://pay?pa=mandoviferry.rnd@sbi&pn=Mandovi%20Ferry%20Service&mc=4111&tr=COUNTER-BETIM&cu=INR
upi://pay?pa=mandoviferry.rnd@sbi&pn=Mandovi%20Ferry%20Service&mc=4111&tr=COUNTER-DIVAR&cu=INR
upi://pay?pa=mandoviferry.rnd@sbi&pn=Mandovi%20Ferry%20Service&mc=4111&tr=COUNTER-RIBANDAR&cu=INR
''')

add("markdown/decoy-invoice-template-bank", "bhatti/erp/templates/invoice_footer.md", "https://www.rbi.org.in/Scripts/IFSCMICRDetails.aspx", r'''
---
**Bhatti Caju Feni**, H.No. 214, Cumbarjua, Tiswadi, Goa 403107
GSTIN 30AABCB1234F1Z5 · Excise Licence FL-II/NG/2021/0457

Bank: State Bank of India, Old Goa branch
A/c name: Bhatti Caju Feni · A/c no. 3981 0427 5516 · IFSC SBIN0001234
UPI: bhatticajufeni@sbi

*Feni khaunk/piyevunk 25 vorsa voir. मद्यपान जबाबदारीन करात.*
*This is a computer generated invoice.*
''')

add("json/decoy-package-lock-integrity", "ferry/app/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "mandovi-ferry-web",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "mandovi-ferry-web", "version": "2.3.1", "dependencies": { "mapbox-gl": "^3.4.0" } },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-QwE3rT5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9bN1mQ3wE5rT7yU9iO1pA3sD5fA==",
      "license": "SEE LICENSE IN LICENSE.txt"
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.43.4",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.43.4.tgz",
      "integrity": "sha512-Lk9Jh7Gf5Ds3Az1Xc9Vb7Nm5Qw3Er1Ty9Ui7Op5As3Df1Gh9Jk7Lz5Xc3Vb1Nm9Qw7Er5Ty3Ui1Op9As7Df5Gh3Jk1Lz9Xc7Vb5Nw==",
      "license": "MIT"
    }
  }
}
''')

add("go/decoy-go-sum", "ferry/tickets/qr-service/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/golang-jwt/jwt/v5 v5.2.1 h1:OuVbFODueb089Lh128TAcimifWaLhJwVflnrgM17wHk=
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:pqrtFR0X4osieyHYxtmOUWsAWrfe1Q5UVIyoH402zdk=
github.com/jackc/pgx/v5 v5.6.0 h1:SWJzexBzPL5jb0GEsrPMLIsi/3jOo7RHlzTjcAeDrPY=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:DNZ/vlrUnhWCoFGxHAG8U2ljioxukquj7utPDgtQdTw=
github.com/BurntSushi/toml v1.4.0 h1:kuoIxZQy2WRRk1pttg9asf+WVv6tWQuBNVmK8+nqPr0=
github.com/BurntSushi/toml v1.4.0/go.mod h1:ukJfTF/6rtPPRCnwkur4qwRxa8vTRFBF0uk2lLoLwho=
''')

add("yaml/decoy-sops-encrypted", "ferry/infra/secrets/prod.enc.yaml", "https://github.com/getsops/sops", r'''
db:
    password: ENC[AES256_GCM,data:q8Zx2mK9vT4=,iv:3nWp7rT1yU5iO9aS2dF6gH0jK4lZ8xC2vB6nM0qW4eR=,tag:Q1w2E3r4T5y6U7i8O9p0Aw==,type:str]
paytm:
    merchant_key: ENC[AES256_GCM,data:Vb7Nm5Qw3Er1Ty9UiA==,iv:Kj8Hg6Fd4Sa2Zx0Cv8Bn6Mq4We2Rt0Yu8Io6Pa4Sd2F=,tag:Zx9Cv7Bn5Mq3We1Rt9Yu7w==,type:str]
sops:
    age:
        - recipient: age1qz8k3v9m2xw7p4tn6yr5ju0hgf3dsa8lc2e6b9n4m7q1w5e8r0t2y4u6i
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBrOHZUMm1YOXdQNHJ0NnlC
            dTB6SGczZFNhOGxDMmU2YjluNG03cTF3NWU4cjB0MnkKRm9vYmFyYmF6cXV4Cg==
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-07-01T09:14:22Z"
    mac: ENC[AES256_GCM,data:Pq1Wz3Xe5Cr7Vt9Bu1Ny3Mi5Ko7Lp9==,iv:Aq2Sw4De6Fr8Gt0Hy2Ju4Ki6Lo8Pz0Xc2Vb4Nm6Qw8=,tag:Er5Ty7Ui9Op1As3Df5Gh7Q==,type:str]
    version: 3.8.1
''')

add("gitignore/decoy-gitignore-secrets", "ferry/.gitignore", "https://git-scm.com/docs/gitignore", r'''
# gupit files - kednach commit korunk naka! गुपीत फायली
.env
.env.*
!.env.example
*.jks
keystore.properties
*.pem
!*.pub.pem
secrets/
ops/keys/
google-services.json.bak
local.properties
__pycache__/
node_modules/
''')

add("yaml/decoy-pre-commit-config", "bhatti/.pre-commit-config.yaml", "https://pre-commit.com/#plugins", r'''
# Savio: gupit chuki (2023 wp-config) porot zaunk naka mhunn
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/psf/black
    rev: 24.4.2
    hooks:
      - id: black
''')

add("markdown/decoy-api-docs-placeholders", "ferry/docs/partner-api.md", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
# Mandovi Ferry - Partner API (hotels, tour operators)

Sogle requests-ak `X-Api-Key` header zai. Key partner portal-ant mellta.

```bash
curl -H "X-Api-Key: YOUR_PARTNER_KEY" https://api.mandoviferry.in/v2/departures?route=RIB-CHO
```

Response:

```json
{"route": "RIB-CHO", "next": ["06:15", "06:30", "06:45"], "status": "running"}
```

| code | meaning |
|---|---|
| 401 | key chukichi / revoke zali |
| 429 | minute-ak 60 voir requests |

Key hervali? partner@mandoviferry.in-ak mail kor - novi key dhaddtat, juni revoke zata.
''')

add("json/decoy-postman-env-empty", "ferry/docs/postman/ferry-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "5b7e2c1a-93f4-4d8e-a1b6-0c2d3e4f5a6b",
  "name": "ferry-prod",
  "values": [
    { "key": "base_url", "value": "https://api.mandoviferry.in/v2", "type": "default", "enabled": true },
    { "key": "partner_key", "value": "", "type": "secret", "enabled": true },
    { "key": "admin_token", "value": "", "type": "secret", "enabled": true },
    { "key": "route", "value": "PNJ-BET", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
''')

add("yaml/decoy-openapi-security-schemes", "ferry/docs/openapi.yaml", "https://swagger.io/docs/specification/authentication/", r'''
openapi: 3.0.3
info:
  title: Mandovi Ferry API
  version: "2.9"
  description: फेरी वेळापत्रक ani tiket API
servers:
  - url: https://api.mandoviferry.in/v2
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Api-Key
    bearer:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - partnerKey: []
paths:
  /departures:
    get:
      parameters:
        - { name: route, in: query, schema: { type: string, example: RIB-CHO } }
      responses:
        "200": { description: next departures }
''')

add("json/decoy-i18n-password-labels", "ferry/app/web/src/i18n/kok.json", "https://www.i18next.com/misc/json-format", r'''
{
  "login": {
    "title": "भितर सर",
    "username": "वापरपी नांव",
    "password": "पासवर्ड",
    "forgot_password": "पासवर्ड विसरलो?",
    "password_hint": "किमान 10 अक्षरां, एक आंकडो",
    "submit": "भितर सर"
  },
  "ticket": {
    "buy": "तिकेट घेयात",
    "two_wheeler": "दुचाकी",
    "car": "चारचाकी",
    "cancelled": "आयज फेरी बंद"
  }
}
''')

add("html/decoy-login-form", "ferry/tickets/backend/templates/counter_login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r'''
<!doctype html>
<html lang="mr">
<head><meta charset="utf-8"><title>काउंटर लॉगिन</title></head>
<body>
  <form method="post" action="/counter/login">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <label>Counter ID <input name="counter" placeholder="CHORAO-2" required></label>
    <label>पासवर्ड <input type="password" name="password" autocomplete="current-password" required></label>
    <label>PIN (4 ank) <input type="password" name="pin" inputmode="numeric" maxlength="4"></label>
    <button type="submit">लॉगिन</button>
  </form>
</body>
</html>
''')

add("python/decoy-test-fixture-fake-creds", "ferry/tickets/backend/tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
"""Test fixtures - sogle FAKE. खरे की हांगा ना."""
import pytest


@pytest.fixture
def settings_override(settings):
    settings.PAYTM_MID = "TESTMID0000000000000"
    settings.PAYTM_MERCHANT_KEY = "fake-merchant-key-for-tests"
    settings.RND_API_TOKEN = "test-token"
    settings.TEXTLOCAL_APIKEY = "dummy"
    return settings


@pytest.fixture
def counter_user(django_user_model):
    return django_user_model.objects.create_user("counter-test", password="not-a-real-password")
''')

add("python/decoy-keyring-lookup", "bhatti/office/scripts/tally_backup.py", "https://pypi.org/project/keyring/", r'''
"""Tally data backup -> NAS. टॅली बॅकअप."""
import shutil
import subprocess
from datetime import date

import keyring

NAS = r"\\BHATTI-NAS\backup\tally"
password = keyring.get_password("bhatti-nas", "backup")  # Windows Credential Manager-ant asa

subprocess.run(["net", "use", NAS, f"/user:backup", password], check=True)
dest = f"{NAS}\\Tally_{date.today():%Y%m%d}"
shutil.copytree(r"C:\TallyPrime\Data\10000", dest)
print("backup zalem:", dest)
''')

add("shell/decoy-read-secret-prompt", "ferry/ops/scripts/new_boat_mqtt_user.sh", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
#!/usr/bin/env bash
# Novi boat MQTT-ar add kor: ./new_boat_mqtt_user.sh boat-divar-2
set -euo pipefail
USER="$1"
read -rsp "Password (${USER}): " PASS; echo
mosquitto_passwd -b /etc/mosquitto/passwd "$USER" "$PASS"
vault kv put "secret/ferry/mqtt/${USER}" password="$PASS"
unset PASS
sudo systemctl reload mosquitto
echo "${USER} add zalo. Firmware config.h-ant Vault thaun ghal."
''')

add("terraform/decoy-random-password", "ferry/infra/terraform/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
resource "random_password" "ferry_db" {
  length           = 24
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "ferry_db" {
  name = "ferry/prod/db-password"
}

resource "aws_secretsmanager_secret_version" "ferry_db" {
  secret_id     = aws_secretsmanager_secret.ferry_db.id
  secret_string = random_password.ferry_db.result
}

resource "aws_db_instance" "ferry" {
  identifier        = "ferry-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 50
  username          = "ferry"
  password          = random_password.ferry_db.result
}
''')

add("yaml/decoy-cloudformation-resolve", "bhatti/infra/cfn/shop-rds.yaml", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html", r'''
AWSTemplateFormatVersion: "2010-09-09"
Description: Bhatti shop DB (Mumbai)
Resources:
  ShopDb:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceIdentifier: bhatti-shop
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: "{{resolve:secretsmanager:bhatti/shop/db:SecretString:username}}"
      MasterUserPassword: "{{resolve:secretsmanager:bhatti/shop/db:SecretString:password}}"
      Tags:
        - { Key: owner, Value: savio }
''')

add("yaml/decoy-gha-oidc", "ferry/.github/workflows/deploy-web.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r'''
name: deploy-web
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482910375612:role/ferry-web-deploy
          aws-region: ap-south-1
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://tiket-mandoviferry-in/ --delete
''')

add("json/decoy-iam-policy", "ferry/infra/iam/ferry-web-deploy-policy.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "SyncWebBucket",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:DeleteObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::tiket-mandoviferry-in", "arn:aws:s3:::tiket-mandoviferry-in/*"]
    },
    {
      "Sid": "Invalidate",
      "Effect": "Allow",
      "Action": "cloudfront:CreateInvalidation",
      "Resource": "arn:aws:cloudfront::482910375612:distribution/E2QWRTY7UIOP3A"
    }
  ]
}
''')

add("pem/decoy-certificate-chain", "ferry/ops/nginx/certs/rnd-ca.crt", "https://datatracker.ietf.org/doc/html/rfc7468", r'''
# RND (River Navigation Dept.) broker CA - public certificate
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUK3q8Zx2mV9tR4wY1pN6cL0fH5aJ7swCgYIKoZIzj0EAwIw
LzELMAkGA1UEBhMCSU4xDTALBgNVBAgMBEdvYTERMA8GA1UEAwwIUk5EIFJvb3Qw
HhcNMjQwMTAxMDAwMDAwWhcNMzQwMTAxMDAwMDAwWjAvMQswCQYDVQQGEwJJTjEN
MAsGA1UECAwER29hMREwDwYDVQQDDAhSTkQgUm9vdDBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABM7pK2mQ9xW4nV1bR8cT3yL6fH0aJ5sD2gE9kU4oZ1vX7qN3wM8t
Y6rB0cF5hP2jL9uA4eS1dG7iK3nO6pW8xQ2jUzBRMB0GA1UdDgQWBBQx
-----END CERTIFICATE-----
''')

add("pgp/decoy-public-key-block", "bhatti/office/keys/savio-public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Savio Fernandes <savio@bhatticajufeni.in> - excise returns sign korunk

mDMEZeK3xBYJKwYBBAHaRw8BAQdAq9X2mK7vT4nR1yW8pL3cF6hJ0sD5gE2kU9oZ
4vX1b7S0J1NhdmlvIEZlcm5hbmRlcyA8c2F2aW9AYmhhdHRpY2FqdWZlbmkuaW4+
iJMEExYKADsWIQR7pN3mQ8xW2vK9tL4rJ6cY1fH0gRt5aQJl4rfEAhsDBQsJCAcC
AiICBhUKCQgLAgQWAgMBAh4HAheAAAoJEGt5aQJl4rfE9kQA/3nM2pL8vK4tR7yW
1cX0zF5hJ3sD9gE6kU2oZ8vQ4b1aAP9mN7pL3vK8tR2yW5cX1zF4hJ0sD6gE9kU3
=q7Zx
-----END PGP PUBLIC KEY BLOCK-----
''')

add("conf/decoy-known-hosts", "ferry/ops/keys/known_hosts", "https://man.openbsd.org/sshd#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# ops known_hosts - public host keys
10.20.0.3 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPx7mK2vQ9tR4wY1pN6cL0fH5aJ8sD3gE7kU1oZ2vX4b
10.20.0.4 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3nQ8vX2mK5pT7rW0yZ4cF6gJ9lN1sU3eA5dH8kM2oP
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
|1|Zk2mQx9vR4tW1yP8Y3nT6uJ0bC4=|A4sD7fG0hJ3kL6zX9cV2bN5mQ8w= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9xW4nV1bR8cT3yL6fH0aJ5sD2gE9kU4oZ1vX7qN3wM
''')

add("markdown/decoy-changelog-shas", "ferry/tickets/backend/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## 2.9.4 - 2024-07-01
- Monsoon vellapotrok (RND notice 14/2024) - `7c1e9a3f5b2d8064e1a7c3f9b5d2e8a4c6f0b1d3`
- Textlocal API key bodli (juni revoke), ata Vault-ant - `b4d2e8a6c0f1e3a5c7b9d1f3e5a7c9b1d3f5e7a9`

## 2.9.3 - 2024-06-10
- QR tiket validity 2 vor - `e1f3a5c7b9d1e3f5a7c9b1d3e5f7a9c1b3d5e7f9`
- Docker image `registry.gitlab.com/mandoviferry/tickets-backend@sha256:3f9a1c7e5b2d4f8a9c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a`

## 2.9.2 - 2024-05-20
- Marathi SMS template durust (वेळापत्रक)
''')

add("yaml/decoy-ansible-inline-vault", "ferry/ops/ansible/host_vars/api.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", r'''
ansible_host: 10.20.0.3
ferry_api_port: 8000
ferry_db_host: 10.20.0.4
ferry_db_user: ferry
ferry_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          39623364356132643639653034353166633739373366623131306263353434633064363131363132
          3130633330333437383936356162663232306264376165610a636633653664343963336237663031
          64353234373732653966623731363362613237376331333735373335633130623361326161366438
          6336363833623961340a613832356662363865353665373866316435316537386164653439316530
          3431
''')

add("yaml/decoy-sops-age-recipients", "ferry/infra/secrets/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
creation_rules:
  - path_regex: secrets/prod\..*\.yaml$
    age: >-
      age1qz8k3v9m2xw7p4tn6yr5ju0hgf3dsa8lc2e6b9n4m7q1w5e8r0t2y4u6i,
      age1h7m2p9x4k3v8t1q6w5n0r2y8j4u7c3e6b9a1s5d0f2g4h6k8l0z3x7c9v
  - path_regex: secrets/dev\..*\.yaml$
    age: age1qz8k3v9m2xw7p4tn6yr5ju0hgf3dsa8lc2e6b9n4m7q1w5e8r0t2y4u6i
''')

add("csv/decoy-imei-device-list", "ferry/boats/gps-tracker/devices.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
boat,tracker_imei,sim_iccid,mqtt_user,installed,notes
CHORAO-1,868715043920117,8991101200003204515,boat-chorao-1,2023-11-02,
CHORAO-3,868715043921442,8991101200003204522,boat-chorao-3,2023-11-02,antenna bodli 06/24
BETIM-1,868715043918770,8991101200003204539,boat-betim-1,2024-01-15,
DIVAR-2,868715043922005,8991101200003204546,boat-divar-2,2024-03-08,दिवार - नवो
''')

add("markdown/decoy-shadow-hash-doc", "ferry/ops/docs/kiosk-image-notes.md", "https://man7.org/linux/man-pages/man5/shadow.5.html", r'''
# Ticket kiosk (Raspberry Pi) image notes

Image build kortana `kiosk` user-acho password hash `/etc/shadow`-ant (yescrypt):

```
kiosk:$y$j9T$Zk2mQx9vR4tW1yP8Y3nT6/$A4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3s2:19905:0:99999:7:::
```

Password ghalop: first-boot script Vault thaun ghetta (`secret/ferry/kiosk`). Image-ant plain na.
Kiosk chalu zata tednam Chromium `--kiosk https://tiket.mandoviferry.in/kiosk`.
''')

add("python/decoy-kms-ciphertext", "bhatti/shop/payments/kms_config.py", "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#ciphertext", r'''
"""Razorpay secret KMS-an encrypt kelam; runtime-ak decrypt. KMS वापरून."""
import base64

import boto3

ENCRYPTED_RZP_SECRET = (
    "AQICAHhQz8k3v9m2xw7p4tn6yr5ju0hgf3dsa8lc2e6b9n4m7wGk2mQx9vR4tW1yP8Y3nT6uJ0bC5dE8fG1hI4jK7lM"
    "0nO3pQ6rS9tU2vW5xY8zA1bC4dE7fG0hI3jK6lM9nO2pQ5rS8tU1vW4xY7zA0bC3dE6fG9hI2jK5lM8nO1pQ4rS=="
)


def razorpay_secret() -> str:
    kms = boto3.client("kms", region_name="ap-south-1")
    return kms.decrypt(CiphertextBlob=base64.b64decode(ENCRYPTED_RZP_SECRET))["Plaintext"].decode()
''')

add("notes/decoy-rotation-log", "bhatti/office/notes/password_rotation_log.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", r'''
# Password / key bodol nond (rotation log) - कोणें, केन्ना

| date | system | koṇem | kiteak |
|---|---|---|---|
| 2024-01-10 | Excise portal | Savio | 90 dis |
| 2024-02-03 | wp-config (juni site) | Anton | repo-ant leak - site bondh, DB user drop |
| 2024-03-12 | dukan@ email | Nilesh | novo staff |
| 2024-04-05 | Razorpay dashboard | Savio | suspicious login alert |
| 2024-06-01 | Razorpay API key | Savio | regenerate; juni key deactivate |

Novim values fokot Bitwarden-ant. Hanga kednach boroinaka.
''')

add("csv/decoy-tickets-export", "ferry/analytics/exports/tickets_2024-06-14.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
ticket_id,route,sold_at,type,fare,payment,txn_ref,qr_hash
RIB-2406-01877,RIB-CHO,2024-06-14T06:02:11+05:30,two-wheeler,10,UPI,416606021198,9f2c1a7e
RIB-2406-01878,RIB-CHO,2024-06-14T06:02:40+05:30,car,40,Paytm,20240614111212800110168459027113,3b8d0e4f
PNJ-2406-00991,PNJ-BET,2024-06-14T06:31:05+05:30,two-wheeler,10,Cash,,c7a41e92
OLG-2406-00212,OLG-DIV,2024-06-14T07:10:58+05:30,car,40,UPI,416607105812,51e0d3ab
''')

add("yaml/decoy-external-secret", "ferry/infra/k8s/external-secret-pg.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ferry-pg
  namespace: ferry
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: ferry-pg
  data:
    - secretKey: PAYTM_MERCHANT_KEY
      remoteRef: { key: secret/ferry/pg, property: paytm_merchant_key }
    - secretKey: PHONEPE_SALT_KEY
      remoteRef: { key: secret/ferry/pg, property: phonepe_salt_key }
''')

add("html/decoy-analytics-ids", "bhatti/shop/templates/base.html", "https://developers.google.com/recaptcha/docs/display", r'''
<!doctype html>
<html lang="kok">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Bhatti Caju Feni{% endblock %}</title>
  <!-- Google Analytics (public measurement id) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-4K8Q2M7XZP"></script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-4K8Q2M7XZP');</script>
  <!-- reCAPTCHA site key (public; secret key server-ar env-ant) -->
  <script src="https://www.google.com/recaptcha/api.js?render=6LfK3xQpAAAAAM7v2Lq9Wn4Rt8Yb1Zc5Xd0Ae3Fg"></script>
  <link rel="stylesheet" href="/static/css/shop.css" integrity="sha384-q8Zx2mK9vT4nR1yW8pL3cF6hJ0sD5gE2kU9oZ4vX1b7aQ3wE5rT7yU9iO1pA3sD5" crossorigin="anonymous">
</head>
<body>{% block content %}{% endblock %}
<footer>२५ वर्सां सकयल्यांक विकप ना · Sale only to 25+</footer></body>
</html>
''')

# ---------------------------------------------------------------- more of both: chats, notes, services

add("markdown/anydesk-password-note", "ferry/ops/notes/remote_support.md", "https://support.anydesk.com/knowledge/unattended-access", r'''
# Counter PC remote support

| counter | AnyDesk ID | unattended password |
|---|---|---|
| Chorao-2 | 1 482 917 335 | @@s@@ |
| Betim-1 | 1 229 604 118 | (same as Chorao - bodlunk asa) |

Sunita-k sangat: counter bondh zalyar AnyDesk-an bhitor sorun app restart.
दुरूस्ती जाले उपरांत password बदलचो.
''', words_pw())

add("json/docker-config-auth", "ferry/ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@s@@"
		},
		"registry.gitlab.com": {}
	},
	"credsStore": "",
	"currentContext": "default"
}
''', b64("mandoviferry:" + docker_pat()))

add("python/sendgrid-ferry-receipts", "ferry/tickets/backend/notify/receipts.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", r'''
"""Monthly pass receipt mail (PDF). मासिक पास पावती."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

sg = SendGridAPIClient("@@s@@")


def send_receipt(to, pass_no, pdf_b64):
    m = Mail(from_email="passes@mandoviferry.in", to_emails=to,
             subject=f"Tumchi monthly pass {pass_no} / तुमचो मासिक पास",
             html_content="<p>Dev borem korum! Pass jodlam.</p>")
    m.attachment = Attachment(file_content=pdf_b64, file_name=f"{pass_no}.pdf", file_type="application/pdf")
    return sg.send(m)
''', sendgrid())

add("env/aws-ses-smtp", "ferry/tickets/backend/.env.ses", "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html", r'''
# SES SMTP (Mumbai) - receipts fallback jednam SendGrid limit sorta
EMAIL_HOST=email-smtp.ap-south-1.amazonaws.com
EMAIL_PORT=587
EMAIL_USE_TLS=true
EMAIL_HOST_USER=@@kid@@
EMAIL_HOST_PASSWORD=@@s@@
DEFAULT_FROM_EMAIL=passes@mandoviferry.in
''', "BA" + fakes.drawn(_seed(), 42, ALNUM + "/+"), kid=fakes.aws_key_id(_seed()))

add("yaml/exotel-api-token", "ferry/tickets/ivr/exotel.yml", "https://developer.exotel.com/api/", r'''
# Exotel - missed call tiket status ("ek missed call di, SMS-an status")
exotel:
  subdomain: api.in.exotel.com
  account_sid: mandoviferry1
  api_key: 7c1e9a3f5b2d8064e1a7c3f9b5d2e8a4c6f0b1d3a5c7e9f1
  api_token: @@s@@
  exophone: "08322000111"
  flow_id: 481923
''', hexs(48))

add("php/paytm-key-old-portal", "ferry/legacy-portal/includes/config.php", "https://developer.paytm.com/docs/checksum/", r'''
<?php
// Juno tiket portal (2019). RND-n nhoi, vendor-an boroilem. जुनो पोर्टल.
$config = array(
    'db_host' => 'localhost',
    'db_name' => 'ferry_portal',
    'db_user' => 'ferryportal',
    'db_pass' => getenv('FERRY_PORTAL_DB_PASS'),
    'paytm_mid' => 'RNDGoa08271945612034',
    'paytm_merchant_key' => '@@s@@',
    'paytm_website' => 'WEBPROD',
    'site_title' => 'River Navigation Ferry Tickets',
);
''', rnd(16, ALNUM + "#&@%_"))

add("markdown/readme-leaked-admin-password", "ferry/legacy-portal/README.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Ferry Ticket Portal (legacy, 2019)

PHP 7 + MySQL. Vendor: Konkan Softech, Margao.

## Install
1. `ferry_portal.sql` import kor.
2. `includes/config.php` edit kor.
3. Admin panel: `/admin/` - default login **admin / @@s@@** (vendor-an dilo; install uprant bodol).

## Support
Konkan Softech - 0832 27xxxxx
''', words_pw())

add("conf/my-cnf", "ferry/ops/db/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user=counter
password="@@s@@"
host=192.168.10.5

[mysqldump]
single-transaction
''', words_pw())

add("xml/context-xml-jndi-password", "ferry/legacy-counter/conf/context.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Juno counter webapp (Tomcat). जुनो काउंटर -->
<Context>
    <Resource name="jdbc/CounterDB" auth="Container" type="javax.sql.DataSource"
              maxTotal="20" maxIdle="5" maxWaitMillis="10000"
              username="counter" password="@@s@@"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://192.168.10.5:3306/counterdb"/>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
</Context>
''', words_pw())

add("conf/sssd-ldap-bind-password", "ferry/ops/ldap/sssd.conf", "https://man7.org/linux/man-pages/man5/sssd-ldap.5.html", r'''
[sssd]
services = nss, pam
domains = ferry

[domain/ferry]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.mandoviferry.in
ldap_search_base = dc=mandoviferry,dc=in
ldap_default_bind_dn = cn=sssd,ou=services,dc=mandoviferry,dc=in
ldap_default_authtok_type = password
ldap_default_authtok = @@s@@
cache_credentials = true
''', fakes.password(_seed()))

add("yaml/minio-root-password", "ferry/infra/compose/minio.yml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html", r'''
# Tiket PDF / pass photo storage (office server)
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: ferryadmin
      MINIO_ROOT_PASSWORD: @@s@@
    volumes: ["/srv/minio:/data"]
    ports: ["9000:9000", "9001:9001"]
''', fakes.password(_seed()))

add("json/minio-mc-config", "ferry/ops/ajit/.mc/config.json", "https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html", r'''
{
	"version": "10",
	"aliases": {
		"ferry": {
			"url": "http://10.20.0.8:9000",
			"accessKey": "pass-photos-rw",
			"secretKey": "@@s@@",
			"api": "s3v4",
			"path": "auto"
		},
		"play": {
			"url": "https://play.min.io",
			"accessKey": "",
			"secretKey": "",
			"api": "S3v4",
			"path": "auto"
		}
	}
}
''', rnd(40, ALNUM))

add("python/flask-secret-key", "bhatti/tours/guide_app/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
"""Tour guide tablet app - group check-in. पर्यटक नोंद."""
from flask import Flask, render_template, request, session

app = Flask(__name__)
app.secret_key = "@@s@@"


@app.route("/checkin", methods=["GET", "POST"])
def checkin():
    if request.method == "POST":
        session["group"] = request.form["booking_id"]
    return render_template("checkin.html", group=session.get("group"))
''', hexs(64))

add("js/express-session-secret", "ferry/passes/monthly/session.js", "https://expressjs.com/en/resources/middleware/session.html", r'''
// Pass holder login (OTP) - session. पास धारक
const session = require("express-session");
const RedisStore = require("connect-redis").default;

module.exports = (app, redisClient) =>
  app.use(
    session({
      store: new RedisStore({ client: redisClient, prefix: "pass:" }),
      secret: "@@s@@",
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, maxAge: 1000 * 60 * 60 * 24 * 30 },
    }),
  );
''', rnd(40, ALNUM + "!#$%"))

add("env/laravel-app-key", "ferry/legacy-portal-v2/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Ferry Portal"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://portal.mandoviferry.in
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=ferry_portal
DB_USERNAME=ferryportal
DB_PASSWORD=${FERRY_PORTAL_DB_PASS}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("yaml/rails-secret-key-base", "bhatti/legacy-b2b/config/secrets.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# B2B order portal (bars/restaurants) - Rails 5, juno. बार ऑर्डर
development:
  secret_key_base: development-only-not-secret
test:
  secret_key_base: test-only-not-secret
production:
  secret_key_base: @@s@@
''', hexs(128))

add("csharp/appsettings-jwt-key", "ferry/tickets/reports/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r'''
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
// RND officer dashboard - JWT. अधिकारी डॅशबोर्ड
var key = Encoding.UTF8.GetBytes("@@s@@");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters {
        ValidIssuer = "reports.mandoviferry.in",
        ValidAudience = "rnd-dashboard",
        IssuerSigningKey = new SymmetricSecurityKey(key),
    });
var app = builder.Build();
app.UseAuthentication();
app.MapGet("/", () => "Ferry reports");
app.Run();
''', rnd(64, ALNUM))

add("rust/config-api-key", "ferry/boats/depth-sounder/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/", r'''
// Depth sounder (Mandovi channel) - low tide alert RND-ak. ओहोटी सूचना
use std::time::Duration;

const RND_INGEST: &str = "https://portal.rnd-goa.in/api/v1/depth";
const RND_KEY: &str = "@@s@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    loop {
        let depth_m = read_sounder()?;
        client.post(RND_INGEST).header("X-Api-Key", RND_KEY)
            .json(&serde_json::json!({"station": "DIVAR-JETTY", "depth_m": depth_m})).send()?;
        std::thread::sleep(Duration::from_secs(300));
    }
}

fn read_sounder() -> Result<f32, Box<dyn std::error::Error>> { Ok(2.4) }
''', hexs(40))

add("notes/wifi-password-kiosk-marathi", "ferry/ops/notes/कियोस्क.md", "https://www.raspberrypi.com/documentation/computers/configuration.html", r'''
# तिकीट कियोस्क - रिबंदर जेटी

- Raspberry Pi 4, टचस्क्रीन 15"
- वायफाय: `RND-Jetty-Ribandar`
- वायफाय पासवर्ड: `@@s@@`
- कियोस्क बंद पडला तर: वीज बंद-चालू करा. तरीही नाही तर निखिलला फोन.
- प्रिंटर पेपर: 80mm थर्मल, कपाटात.
''', words_pw())

add("chat/twilio-api-key-secret", "bhatti/office/chat/savio-anton-2024-05.txt", "https://www.twilio.com/docs/iam/api-keys", r'''
[10:02] Anton: Savio, tour booking SMS bondh zale
[10:05] Savio: Twilio balance sonploli, recharge kelem
[10:11] Anton: ata "authenticate" error yeta
[10:14] Savio: novi API key kaddli. SID SK7f3c9a1e5b2d8064e1a7c3f9b5d2e8a4
[10:14] Savio: secret: @@s@@
[10:15] Anton: zalem, chalta 👍 uprant .env-ant ghaltam
[10:16] Savio: ani he chat delete kor 🙏
''', rnd(32, ALNUM))

add("yaml/cloudflare-api-token", "bhatti/infra/dns/octodns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# DNS for bhatticajufeni.in - octodns
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@s@@
zones:
  bhatticajufeni.in.:
    sources: [config]
    targets: [cloudflare]
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/datadog-api-key", "ferry/infra/k8s/datadog-values.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
# Datadog agent (trial) - Ajit
datadog:
  apiKey: @@s@@
  site: us5.datadoghq.com
  clusterName: ferry-prod
  logs:
    enabled: true
    containerCollectAll: false
  tags:
    - env:prod
    - team:ferry-it
''', hexs(32))

add("ini/newrelic-license", "bhatti/shop/newrelic.ini", "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/", r'''
[newrelic]
license_key = @@s@@
app_name = Bhatti Shop (prod)
monitor_mode = true
log_level = info
transaction_tracer.enabled = true
error_collector.enabled = true
browser_monitoring.auto_instrument = false
''', hexs(36) + "NRAL")

add("python/airtable-pat", "bhatti/tours/sync_airtable.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Tour bookings Airtable-ant (guides-ank sopem). गायडांखातीर."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appQ8kV2mN4xR7tY1", "Bookings")


def push(booking):
    table.create({"Name": booking.name, "Pax": booking.pax, "Date": booking.date.isoformat(),
                  "Language": booking.lang, "Notes": booking.notes or ""})
''', "pat" + mixed(14) + "." + hexs(64))

add("python/notion-token", "bhatti/office/scripts/excise_calendar_notion.py", "https://developers.notion.com/docs/authorization", r'''
# Excise deadlines Notion calendar-ant (monthly return, licence renewal). अबकारी तारखो
import requests

NOTION_TOKEN = "@@s@@"
DB_ID = "7f3c9a1e5b2d4064a1e7c3f9b5d2e8a4"

deadlines = [("Monthly return - June", "2024-07-10"), ("FL-II licence renewal", "2025-03-31")]
for title, due in deadlines:
    requests.post("https://api.notion.com/v1/pages",
                  headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"},
                  json={"parent": {"database_id": DB_ID},
                        "properties": {"Name": {"title": [{"text": {"content": title}}]},
                                       "Due": {"date": {"start": due}}}})
''', "ntn_" + rnd(11, string.digits) + mixed(35))

add("python/anthropic-key-chatbot", "ferry/app/chatbot/bot.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Ferry help chatbot (Konkani/Marathi/English) - "Ferry kednam?" प्रस्नांक जाप."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")
SYSTEM = ("You answer Mandovi ferry questions in the user's language (Konkani, Marathi or English). "
          "Timetable: RIB-CHO every 15 min 06:00-22:00.")


def answer(q: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, system=SYSTEM,
                                 messages=[{"role": "user", "content": q}])
    return msg.content[0].text
''', anthropic_key())

add("shell/direnv-digitalocean-token", "bhatti/infra/do/.envrc", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
# direnv - DigitalOcean droplet (juni shop staging)
export DIGITALOCEAN_TOKEN=@@s@@
export DO_REGION=blr1
export TF_VAR_droplet_size=s-1vcpu-1gb
# staging droplet: staging.bhatticajufeni.in (Bangalore)
dotenv_if_exists .env.local
''', do_token())

add("yaml/grafana-cloud-token", "ferry/infra/alloy/config.alloy.yaml", "https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/service-accounts/", r'''
# Grafana Cloud push (boat telemetry dashboards backup)
grafana_cloud:
  stack: mandoviferry
  prometheus_url: https://prometheus-prod-43-prod-ap-south-1.grafana.net/api/prom/push
  username: "1684921"
  service_account_token: @@s@@
  scrape_interval: 60s
''', grafana_sa())

add("python/shopify-admin-token", "bhatti/shop/merch/shopify_sync.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
"""Merch store (t-shirts, glasses, "Feni Lover" mugs) - Shopify. फेणी नांवाचो माल."""
import requests

SHOP = "bhatti-merch.myshopify.com"
TOKEN = "@@s@@"


def set_stock(inventory_item_id: int, location_id: int, qty: int):
    return requests.post(f"https://{SHOP}/admin/api/2024-04/inventory_levels/set.json",
                         headers={"X-Shopify-Access-Token": TOKEN},
                         json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty})
''', shopify())
