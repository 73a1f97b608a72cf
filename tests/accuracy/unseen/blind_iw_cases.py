"""Blind set IW: a Bulgarian chain of picture framers and art-supply shops (Рамкарт).

The web shop (WooCommerce, Django), the tills and fiscal printers, couriers (Econt, Speedy),
payments (ePay.bg, Borica, myPOS, Stripe, PayPal), the framing workshop's machines, newsletters,
CI and infrastructure, handover notes in Bulgarian and English, and their decoys.
Generated fakes only (seeds 4000000-4009999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4000000, 4009999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Platno", "Ramka", "Chetka", "Boya", "Vitosha", "Rila", "Pirin", "Maritsa", "Akvarel", "Gvash",
         "Molbert", "Pastel", "Tempera", "Lazur", "Kobalt", "Okra", "Sienna", "Grafit", "Yantra", "Struma"]
LOWER = ["frame", "canvas", "brush", "easel", "varnish", "linden", "walnut", "gesso", "ochre", "mitre",
         "passe", "glaze", "cobalt", "umber", "sable", "palette"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def hexu(n: int) -> str:
    return hexs(n).upper()


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


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


def woo_ck() -> str:
    return "ck_" + hexs(40)


def woo_cs() -> str:
    return "cs_" + hexs(40)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed()).replace("AIza", "AIzaSy", 1)[:39]


def recaptcha_secret() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def recaptcha_site() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def viber_token() -> str:
    return f"{hexs(16)}-{hexs(16)}-{hexs(16)}"


def cloudinary_secret() -> str:
    return fakes.drawn(_seed(), 27, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sha256() -> str:
    return hexs(64)


def git_sha() -> str:
    return hexs(40)


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
    CASES.append(LabelledCase(f"blind-iw/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- web shop (WooCommerce, Django)

add("env/woocommerce-consumer-secret", "shop-sync/.env", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
# Синхронизация на наличности Microinvest -> WooCommerce
WC_URL=https://ramkart.bg
WC_CONSUMER_KEY=@@ck@@
WC_CONSUMER_SECRET=@@secret@@
MICROINVEST_DSN=Driver={ODBC Driver 17 for SQL Server};Server=mi-sofia01;Database=Warehouse
SYNC_INTERVAL_MIN=15
LOG_LEVEL=info
""", woo_cs(), ck=woo_ck())

add("python/woocommerce-consumer-secret", "shop_sync/wc_client.py", "https://github.com/woocommerce/wc-api-python#setup", """
from woocommerce import API

# TODO: преместване в Vault след пускането на новия сайт
wcapi = API(
    url="https://ramkart.bg",
    consumer_key="@@ck@@",
    consumer_secret="@@secret@@",
    wp_api=True,
    version="wc/v3",
    timeout=30,
)


def update_stock(sku: str, qty: int) -> None:
    product = wcapi.get("products", params={"sku": sku}).json()[0]
    wcapi.put(f"products/{product['id']}", {"stock_quantity": qty})
""", woo_cs(), ck=woo_ck())

add("python/django-secret-key", "ramkart_web/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ramkart.bg", "www.ramkart.bg", "b2b.ramkart.bg"]
SECRET_KEY = '@@secret@@'
LANGUAGE_CODE = "bg"
TIME_ZONE = "Europe/Sofia"
CSRF_TRUSTED_ORIGINS = ["https://ramkart.bg"]
STATIC_ROOT = "/srv/ramkart/static"
""", django_key())

add("env/epay-secret", "deploy/ramkart-web.env", "https://www.epay.bg/v3main/img/front/tech_wire.pdf", """
DJANGO_SETTINGS_MODULE=ramkart_web.settings.production
DATABASE_URL=postgres://ramkart@db.internal:5432/ramkart
# ePay.bg търговец (КИН) и таен ключ
EPAY_MIN=D@@kin@@
EPAY_SECRET=@@secret@@
EPAY_SUBMIT_URL=https://www.epay.bg/
EPAY_NOTIFY_URL=https://ramkart.bg/payments/epay/notify/
""", fakes.drawn(_seed(), 64, string.ascii_uppercase + string.digits), kin=digits(9))

add("php/epay-secret", "wp-content/plugins/ramkart-epay/config.php", "https://www.epay.bg/v3main/img/front/tech_wire.pdf", """
<?php
// Настройки на ePay.bg за магазина
define('RAMKART_EPAY_MIN', 'D@@kin@@');
define('RAMKART_EPAY_SECRET', '@@secret@@');
define('RAMKART_EPAY_URL', 'https://www.epay.bg/');
define('RAMKART_EPAY_EXP_DAYS', 3);

function ramkart_epay_checksum(string $encoded): string {
    return hash_hmac('sha1', $encoded, RAMKART_EPAY_SECRET);
}
""", fakes.drawn(_seed(), 64, string.ascii_uppercase + string.digits), kin=digits(9))

add("python/decoy-env-reference", "ramkart_web/payments/epay.py", "https://www.epay.bg/v3main/img/front/tech_wire.pdf", """
import base64
import hashlib
import hmac
import os

EPAY_MIN = os.environ["EPAY_MIN"]
EPAY_SECRET = os.environ["EPAY_SECRET"]


def checksum(encoded: str) -> str:
    # HMAC-SHA1 върху base64 съдържанието, както изисква ePay.bg
    return hmac.new(EPAY_SECRET.encode(), encoded.encode(), hashlib.sha1).hexdigest()


def encode_invoice(invoice: int, amount: str, exp_date: str, descr: str) -> str:
    data = f"MIN={EPAY_MIN}\\nINVOICE={invoice}\\nAMOUNT={amount}\\nEXP_TIME={exp_date}\\nDESCR={descr}"
    return base64.b64encode(data.encode("cp1251")).decode()
""")

add("yaml/stripe-secret-key", "config/payments.yml", "https://docs.stripe.com/keys", """
# International orders (EU/UK) go through Stripe; BG cards through Borica
stripe:
  publishable_key: @@pk@@
  secret_key: @@secret@@
  webhook_path: /payments/stripe/webhook/
  currency: bgn
borica:
  terminal_id: V1800@@tid@@
  gateway: https://3dsgate.borica.bg/cgi-bin/cgi_link
""", stripe_key(), pk=stripe_key("pk_live_"), tid=digits(3))

add("typescript/decoy-publishable-key", "frontend/src/checkout/stripe.ts", "https://docs.stripe.com/js/initializing", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "bg" });

export async function confirmCard(clientSecretFromServer: string, card: any) {
  const stripe = await stripePromise;
  return stripe!.confirmCardPayment(clientSecretFromServer, { payment_method: { card } });
}
""", pk=stripe_key("pk_live_"))

add("env/stripe-webhook-secret", "services/orders/.env.production", "https://docs.stripe.com/webhooks#verify-events", """
NODE_ENV=production
PORT=8080
STRIPE_WEBHOOK_SECRET=@@secret@@
ORDERS_DB_HOST=pg-orders.ramkart.internal
ORDERS_DB_USER=orders
ECONT_ENV=production
""", stripe_whsec())

add("php/borica-key-passphrase", "wp-content/plugins/ramkart-borica/borica-settings.php", "https://3dsgate-dev.borica.bg/", """
<?php
return [
    'terminal'        => 'V18001@@tid@@',
    'merchant'        => '@@merch@@',
    'merchant_name'   => 'RAMKART EOOD',
    'gateway'         => 'https://3dsgate.borica.bg/cgi-bin/cgi_link',
    'private_key'     => __DIR__ . '/keys/V18001@@tid@@_P.key',
    // паролата на частния ключ, генериран при подписване на договора с банката
    'private_key_pass'=> '@@secret@@',
    'public_cert'     => __DIR__ . '/keys/MPI_OW_APGW_B-Trust.cer',
];
""", words_pw(), tid=digits(2), merch=digits(10))

add("python/mypos-private-key", "ramkart_web/payments/mypos_config.py", "https://developers.mypos.com/en/doc/online_payments/v1_4/21-purchase-with-payment-card-(api-call--ipcpurchase)", """
# myPOS Checkout (IPC) за магазина в Пловдив
MYPOS_SID = "@@sid@@"
MYPOS_WALLET = "614@@wallet@@"
MYPOS_KEY_INDEX = 1
MYPOS_URL = "https://www.mypos.com/vmp/checkout"
MYPOS_PRIVATE_KEY = \"\"\"@@secret@@\"\"\"
""", pem(), sid=digits(6), wallet=digits(8))

add("json/paypal-client-secret", "config/paypal.live.json", "https://developer.paypal.com/api/rest/authentication/", """
{
  "mode": "live",
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "webhook_id": "@@wh@@",
  "brand_name": "Ramkart Art Supplies",
  "locale": "bg-BG"
}
""", fakes.drawn(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"), wh=hexu(17))

add("json/decoy-client-id", "frontend/public/paypal.json", "https://developer.paypal.com/sdk/js/configuration/", """
{
  "clientId": "@@cid@@",
  "currency": "EUR",
  "intent": "capture",
  "components": "buttons,funding-eligibility",
  "disableFunding": "credit,card",
  "locale": "bg_BG"
}
""", cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("shell/econt-password", "scripts/econt_create_label.sh", "https://ee.econt.com/services/", """
#!/usr/bin/env bash
# Създава товарителница в Еконт за поръчка от сайта
set -euo pipefail
ORDER_ID="$1"
curl -sS -u 'ramkart_api:@@secret@@' \\
  -H 'Content-Type: application/json' \\
  -d @"labels/${ORDER_ID}.json" \\
  https://ee.econt.com/services/Shipments/LabelService.createLabel.json \\
  | jq '.label.shipmentNumber'
""", words_pw())

add("python/speedy-password", "couriers/speedy_client.py", "https://api.speedy.bg/web-api.html", """
import requests

SPEEDY_API = "https://api.speedy.bg/v1"
AUTH = {"userName": "999@@user@@", "password": "@@secret@@", "language": "BG"}


def calculate(site_id: int, weight: float) -> dict:
    body = dict(AUTH, sender={"clientSystemId": 1}, recipient={"addressLocation": {"siteId": site_id}},
                service={"serviceIds": [505]}, content={"parcelsCount": 1, "totalWeight": weight})
    return requests.post(f"{SPEEDY_API}/calculate", json=body, timeout=20).json()
""", digits(7), user=digits(4))

add("markdown/decoy-placeholder", "docs/couriers.md", "https://ee.econt.com/services/", """
# Куриери: Еконт и Спиди

Сайтът създава товарителници автоматично при статус „Изпратена“.

| Куриер | Променлива | Къде е |
|--------|-----------|--------|
| Еконт  | `ECONT_USER`, `ECONT_PASSWORD` | Vault: `secret/ramkart/econt` |
| Спиди  | `SPEEDY_USER`, `SPEEDY_PASSWORD` | Vault: `secret/ramkart/speedy` |

За локална разработка използвайте демо средата на Еконт:

```
ECONT_URL=https://demo.econt.com/ee/services
ECONT_USER=<потребител от демо профила>
ECONT_PASSWORD=<парола>
```
""")

add("sql/postgres-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Роля за справките в Metabase (само четене)
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE ramkart TO metabase_ro;
GRANT USAGE ON SCHEMA shop TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA shop TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA shop GRANT SELECT ON TABLES TO metabase_ro;
""", rand_pw(22))

add("sql/decoy-ids", "db/seeds/frame_profiles.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
INSERT INTO shop.frame_profile (id, sku, ean, name_bg, width_mm, finish) VALUES
 ('@@u1@@', 'RP-2031-OAK', '3800@@e1@@', 'Профил дъб 20 мм', 20, 'matt'),
 ('@@u2@@', 'RP-4010-GLD', '3800@@e2@@', 'Профил злато барок 40 мм', 40, 'gloss'),
 ('@@u3@@', 'RP-1505-BLK', '3800@@e3@@', 'Профил черен 15 мм', 15, 'matt'),
 ('@@u4@@', 'RP-6022-WAL', '3800@@e4@@', 'Профил орех 60 мм', 60, 'satin');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), e1=digits(9), e2=digits(9), e3=digits(9), e4=digits(9))

add("csv/decoy-ids", "exports/econt_shipments_2024-03.csv", "https://ee.econt.com/services/", """
order_id,shipment_number,office_code,cod_amount,currency,status
RK-24-10233,10510@@s1@@,1127,84.60,BGN,delivered
RK-24-10241,10510@@s2@@,4003,152.00,BGN,delivered
RK-24-10250,10510@@s3@@,9009,39.90,BGN,returned
RK-24-10262,10510@@s4@@,8000,216.30,BGN,in_transit
RK-24-10270,10510@@s5@@,1000,65.00,BGN,delivered
""", s1=digits(8), s2=digits(8), s3=digits(8), s4=digits(8), s5=digits(8))

add("csv/admin-password", "it/handover/shop_accounts.csv", "https://wordpress.org/documentation/article/roles-and-capabilities/", """
system,url,username,password,owner,notes
WordPress admin,https://ramkart.bg/wp-admin,ramkart-admin,@@secret@@,Десислава,основен администратор
Econt e-services,https://ee.econt.com,ramkart_api,(в Vault),Иван,API потребител
Microinvest Delta,\\\\mi-sofia01,,(AD вход),Иван,склад
Mailchimp,https://mailchimp.com,marketing@ramkart.bg,(2FA),Мария,бюлетин
""", words_pw())

add("log/smtp-password", "logs/mailer-2024-04-02.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
2024-04-02 07:15:02,118 INFO  mailer: sending order confirmation RK-24-11802 to customer
2024-04-02 07:15:02,301 DEBUG smtplib: send: 'EHLO shop01.ramkart.bg\\r\\n'
2024-04-02 07:15:02,344 DEBUG smtplib: reply: b'250-smtp.abv.bg'
2024-04-02 07:15:02,345 DEBUG smtplib: send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-04-02 07:15:02,402 DEBUG smtplib: reply: b'235 2.7.0 Authentication successful'
2024-04-02 07:15:02,690 INFO  mailer: sent RK-24-11802 in 0.57s
""", b64("\0poruchki@ramkart.bg\0" + words_pw()))

add("log/decoy-redacted", "logs/woo-sync-2024-04-02.log", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
2024-04-02 06:00:01 INFO  sync start (store=https://ramkart.bg, key=ck_****************************{tail}, secret=cs_****)
2024-04-02 06:00:03 INFO  fetched 1842 products from Microinvest
2024-04-02 06:00:19 WARN  SKU RP-4010-GLD: stock -2 clamped to 0
2024-04-02 06:00:44 INFO  updated 37 products, 0 errors
2024-04-02 06:00:44 INFO  sync done in 43.2s
""".replace("{tail}", hexs(4)))

add("yaml/decoy-env-reference", "deploy/k8s/web-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ramkart-web
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: ramkart-web}
  template:
    metadata:
      labels: {app: ramkart-web}
    spec:
      containers:
        - name: web
          image: registry.ramkart.bg/shop/web:2024.04.1
          env:
            - name: EPAY_SECRET
              valueFrom:
                secretKeyRef: {name: epay, key: secret}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret_key}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: web-db, key: url}
""")

add("k8s-secret/postgres-password", "deploy/k8s/web-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: web-db
  namespace: shop
type: Opaque
data:
  url: @@url@@
  username: @@user@@
""", (pw := rand_pw(24)), url=b64(f"postgres://ramkart_web:{pw}@pg-main.shop.svc:5432/ramkart"), user=b64("ramkart_web"))

add("k8s-secret/stripe-secret-key", "deploy/k8s/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: shop
type: Opaque
stringData:
  secret_key: "@@secret@@"
  publishable_key: "@@pk@@"
""", stripe_key(), pk=stripe_key("pk_live_"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/epay-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: epay
  namespace: shop
spec:
  encryptedData:
    secret: AgB@@enc1@@
    min: AgA@@enc2@@
  template:
    metadata:
      name: epay
      namespace: shop
""", enc1=fakes.drawn(_seed(), 340, ALNUM + "+/"), enc2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("python/decoy-test-fixture", "tests/payments/test_epay_checksum.py", "https://www.epay.bg/v3main/img/front/tech_wire.pdf", """
import pytest

from ramkart_web.payments import epay

# Тестов ключ от примера в документацията на ePay.bg, не е реален
TEST_SECRET = "TESTSECRETKEYFORUNITTESTSONLY"


@pytest.fixture(autouse=True)
def _secret(monkeypatch):
    monkeypatch.setattr(epay, "EPAY_SECRET", TEST_SECRET)


def test_checksum_is_hex_sha1():
    value = epay.checksum("TUlOPUQwMDAwMDAwMDA=")
    assert len(value) == 40 and all(c in "0123456789abcdef" for c in value)
""")

add("ini/mysql-password", "wordpress/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
user=wp_ramkart
password="@@secret@@"
host=mysql-shop.ramkart.internal
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", rand_pw(20, "!#%"))

add("php/mysql-password", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'ramkart_wp' );
define( 'DB_USER', 'wp_ramkart' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-shop.ramkart.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'bg_BG' );
$table_prefix = 'rk_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-placeholder", "wordpress/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Копирайте като wp-config.php и попълнете данните */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'rk_';
""")

add("php/wordpress-auth-salt", "wordpress/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """
<?php
// генерирано от https://api.wordpress.org/secret-key/1.1/salt/ при преинсталацията през 2023
define('AUTH_KEY',         '@@secret@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
define('AUTH_SALT',        '@@k5@@');
""", fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"), k2=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"),
    k3=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"), k4=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"),
    k5=fakes.drawn(_seed(), 64, ALNUM + "!@#%^&*()-_[]{}<>~+=,.;:/?|"))

add("typescript/decoy-site-key", "frontend/src/components/ContactForm.tsx", "https://developers.google.com/recaptcha/docs/display", """
import ReCAPTCHA from "react-google-recaptcha";

// reCAPTCHA v2 site key (public); the secret lives only on the server
const SITE_KEY = "@@sk@@";

export function ContactForm() {
  return (
    <form action="/api/contact" method="post">
      <input name="email" type="email" placeholder="имейл" required />
      <textarea name="message" placeholder="Размери на картината, вид рамка..." />
      <ReCAPTCHA sitekey={SITE_KEY} hl="bg" />
      <button type="submit">Изпрати запитване</button>
    </form>
  );
}
""", sk=recaptcha_site())

add("python/recaptcha-secret", "ramkart_web/contact/views.py", "https://developers.google.com/recaptcha/docs/verify", """
import requests
from django.http import JsonResponse

RECAPTCHA_SECRET = "@@secret@@"


def contact(request):
    token = request.POST.get("g-recaptcha-response", "")
    check = requests.post("https://www.google.com/recaptcha/api/siteverify",
                          data={"secret": RECAPTCHA_SECRET, "response": token}, timeout=10).json()
    if not check.get("success"):
        return JsonResponse({"error": "captcha"}, status=400)
    # запитване за рамкиране по поръчка
    return JsonResponse({"ok": True})
""", recaptcha_secret())

add("html/decoy-analytics-ids", "frontend/public/index.html", "https://developers.google.com/tag-platform/gtagjs/install", """
<!doctype html>
<html lang="bg">
<head>
  <meta charset="utf-8">
  <title>Рамкарт: рамки по поръчка и художествени материали</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date()); gtag('config', 'G-@@ga@@');
    fbq('init', '@@px@@');
  </script>
</head>
<body><div id="root"></div></body>
</html>
""", ga=hexu(10), px=digits(15))

# ---------------------------------------------------------------- tills, fiscal printers, workshop

add("ini/device-password", "tills/plovdiv-02/ZFPLabServer.ini", "https://www.tremol.bg/en/download/", """
; Tremol ZFP LabServer - касов апарат, магазин Пловдив, каса 2
[Server]
Port=4444
AllowRemote=0
[Device]
Connection=LAN
IP=192.168.42.31
TcpPort=8000
Password=@@secret@@
OperatorPassword=0000
Serial=ZK@@ser@@
""", rand_pw(12), ser=digits(6))

add("json/device-password", "tills/varna-01/fiscal.json", "https://www.datecs.bg/en/products/fp-700-mx", """
{
  "shop": "Варна, бул. Сливница 33",
  "device": "Datecs FP-700MX",
  "connection": {"type": "tcp", "host": "192.168.51.20", "port": 4999},
  "serviceUser": "service",
  "servicePassword": "@@secret@@",
  "operator": {"id": 1, "pin": "0001"},
  "vatGroups": {"A": 0, "B": 20, "G": 9}
}
""", words_pw())

add("xml/decoy-ids", "tills/registry/fiscal_devices.xml", "https://nra.bg/wps/portal/nra/taxes/fiskalni-ustroystva", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Регистрирани фискални устройства в НАП (публични номера, без пароли) -->
<devices company="Рамкарт ЕООД" eik="20@@eik@@">
  <device shop="sofia-01" model="Tremol M20" serial="ZK@@s1@@" fiscalMemory="50@@m1@@" />
  <device shop="sofia-02" model="Tremol M20" serial="ZK@@s2@@" fiscalMemory="50@@m2@@" />
  <device shop="plovdiv-01" model="Datecs FP-700MX" serial="DT@@s3@@" fiscalMemory="02@@m3@@" />
  <device shop="varna-01" model="Datecs FP-700MX" serial="DT@@s4@@" fiscalMemory="02@@m4@@" />
</devices>
""", eik=digits(7), s1=digits(6), s2=digits(6), s3=digits(6), s4=digits(6), m1=digits(6), m2=digits(6), m3=digits(6), m4=digits(6))

add("csharp/sqlserver-password", "Ramkart.Till/App.config.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
namespace Ramkart.Till
{
    internal static class Db
    {
        // Microinvest Склад Pro база на централния сървър
        public const string Warehouse =
            "Server=mi-sofia01.ramkart.local;Database=MIWarehouse;User Id=till_sync;Password=@@secret@@;TrustServerCertificate=True";

        public static System.Data.SqlClient.SqlConnection Open()
        {
            var connection = new System.Data.SqlClient.SqlConnection(Warehouse);
            connection.Open();
            return connection;
        }
    }
}
""", words_pw())

add("csharp/decoy-integrated-security", "Ramkart.Reports/ReportDb.cs", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", """
using System.Data.SqlClient;

namespace Ramkart.Reports
{
    public static class ReportDb
    {
        // Windows authentication: the report service runs as RAMKART\\svc-reports (gMSA)
        private const string ConnectionString =
            "Server=mi-sofia01.ramkart.local;Database=MIWarehouse;Integrated Security=SSPI;Application Name=RamkartReports";

        public static SqlConnection Open()
        {
            var c = new SqlConnection(ConnectionString);
            c.Open();
            return c;
        }
    }
}
""")

add("xml/ftp-password", "workshop/cutter-pc/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.ramkart.bg</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>workshop-mats</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Паспарту - шаблони за Valiani</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (ftp_pw := rand_pw(14)), enc=b64(ftp_pw))

add("powershell/ad-password", "it/onboarding/New-ShopEmployee.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser", """
param(
    [Parameter(Mandatory)] [string]$GivenName,
    [Parameter(Mandatory)] [string]$Surname,
    [Parameter(Mandatory)] [ValidateSet('sofia-01','sofia-02','plovdiv-01','varna-01','burgas-01')] [string]$Shop
)
# Начална парола за новите продавачи; сменя се при първи вход
$initial = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$sam = ($GivenName.Substring(0,1) + $Surname).ToLower()
New-ADUser -Name "$GivenName $Surname" -SamAccountName $sam -AccountPassword $initial `
    -Path "OU=$Shop,OU=Shops,DC=ramkart,DC=local" -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "Till-Operators" -Members $sam
""", words_pw())

add("powershell/decoy-credential-prompt", "it/maintenance/Backup-Microinvest.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Нощно архивиране на базата на Microinvest към NAS
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'nas-backup' -Vault 'RamkartVault'
$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance 'mi-sofia01' -Query "BACKUP DATABASE MIWarehouse TO DISK='D:\\bak\\MI_$stamp.bak' WITH COMPRESSION"
New-PSDrive -Name NAS -PSProvider FileSystem -Root '\\\\nas01\\backup' -Credential $cred | Out-Null
Copy-Item "D:\\bak\\MI_$stamp.bak" 'NAS:\\microinvest\\'
Remove-PSDrive NAS
""")

add("kotlin/telegram-bot-token", "stock-alerts/src/main/kotlin/bg/ramkart/alerts/Bot.kt", "https://core.telegram.org/bots/api#authorizing-your-bot", """
package bg.ramkart.alerts

import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

private const val BOT_TOKEN = "@@secret@@"
private const val CHAT_ID = "-100@@chat@@"

fun notifyLowStock(sku: String, shop: String, qty: Int) {
    val text = URLEncoder.encode("Ниска наличност: $sku в $shop ($qty бр.)", Charsets.UTF_8)
    val uri = URI.create("https://api.telegram.org/bot$BOT_TOKEN/sendMessage?chat_id=$CHAT_ID&text=$text")
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString())
}
""", telegram(), chat=digits(10))

add("go/telegram-bot-token", "cmd/alarmbot/main.go", "https://core.telegram.org/bots/api#making-requests", """
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

const botURL = "https://api.telegram.org/bot@@secret@@/sendMessage"

func main() {
	http.HandleFunc("/hook/alarm", func(w http.ResponseWriter, r *http.Request) {
		msg := fmt.Sprintf("Аларма в магазин %s: %s", r.URL.Query().Get("shop"), r.URL.Query().Get("zone"))
		_, err := http.PostForm(botURL, url.Values{"chat_id": {"-100@@chat@@"}, "text": {msg}})
		if err != nil {
			log.Println(err)
		}
	})
	log.Fatal(http.ListenAndServe(":8088", nil))
}
""", telegram(), chat=digits(10))

add("config/wifi-password", "network/ap-sofia-01/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
interface=wlan0
driver=nl80211
ssid=Ramkart-Staff
country_code=BG
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
""", passphrase())

add("yaml/camera-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Камери и аларма - магазин София 1 (ул. Граф Игнатиев)
nvr_host: 192.168.40.10
cam_entrance_url: rtsp://admin:@@secret@@@192.168.40.21:554/Streaming/Channels/101
cam_workshop_url: rtsp://admin:@@secret@@@192.168.40.22:554/Streaming/Channels/101
latitude: 42.6930
longitude: 23.3262
""", rand_pw(12))

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
homeassistant:
  name: Рамкарт София 1
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Europe/Sofia

camera:
  - platform: generic
    name: Вход
    stream_source: !secret cam_entrance_url
  - platform: generic
    name: Работилница
    stream_source: !secret cam_workshop_url

sensor:
  - platform: template
    sensors:
      paint_room_humidity:
        value_template: "{{ states('sensor.paint_room_rh') }}"
""")

add("markdown/device-password", "docs/runbooks/novo-magazin.md", "https://www.hikvision.com/en/support/", """
# Отваряне на нов магазин - чеклист за ИТ

1. Рутер MikroTik hAP ax2 - конфигурация от `network/templates/shop.rsc`.
2. Касов апарат Tremol M20 - регистрация в НАП от счетоводството.
3. NVR Hikvision DS-7604NI:
   - IP 192.168.x.10, потребител `admin`
   - парола: `@@secret@@` (еднаква за всички магазини, да се смени!)
4. Принтер за етикети Zebra ZD421 - драйвер от `\\\\nas01\\drivers`.
5. Тест на касата с бележка за 0.01 лв и сторно.
""", words_pw())

add("markdown/decoy-vault-reference", "docs/runbooks/passwords.md", "https://bitwarden.com/help/organizations/", """
# Къде са паролите

Всички пароли са в Bitwarden, организация **Ramkart**, колекции:

- `Магазини/<град>` - NVR, рутер, Wi-Fi за персонала, касов апарат (сервизна парола)
- `Онлайн` - WordPress, ePay.bg, Borica, myPOS, Stripe, PayPal
- `Куриери` - Еконт, Спиди
- `Работилница` - Valiani, компютърът на машината, FTP за шаблоните

Не пишете пароли в Teams, имейли или в този репозиторий. При напускане на служител
сменете паролите от колекцията на неговия магазин (виж `offboarding.md`).
""")

add("shell/router-password", "network/templates/shop.rsc", "https://help.mikrotik.com/docs/display/ROS/User", """
# RouterOS 7 шаблон за магазин
/system identity set name=rk-shop-router
/user add name=ramkart-it group=full password="@@secret@@"
/user remove admin
/ip service disable telnet,ftp,www,api
/ip address add address=192.168.40.1/24 interface=bridge
/ip dhcp-server network add address=192.168.40.0/24 gateway=192.168.40.1 dns-server=1.1.1.1
/interface wireguard peers add interface=wg-hq public-key="@@pub@@" endpoint-address=vpn.ramkart.bg endpoint-port=51820 allowed-address=10.10.0.0/16
""", words_pw(), pub=b64(fakes.drawn(_seed(), 32, ALNUM))[:43] + "=")

add("config/wireguard-private-key", "network/wg/shop-burgas.conf", "https://www.wireguard.com/quickstart/", """
[Interface]
# Бургас - VPN до централата
PrivateKey = @@secret@@
Address = 10.10.5.1/24
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.ramkart.bg:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25
""", b64(fakes.drawn(_seed(), 32, ALNUM))[:43] + "=", pub=b64(fakes.drawn(_seed(), 32, ALNUM))[:43] + "=")

add("properties/mysql-password", "label-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password", """
# Услуга за печат на етикети (Zebra) за рамки и паспарту
server.port=8095
spring.datasource.url=jdbc:mysql://mysql-shop.ramkart.internal:3306/ramkart_wp?useUnicode=true&characterEncoding=utf8
spring.datasource.username=labels
spring.datasource.password=@@secret@@
zebra.printers.sofia-01=192.168.40.50
zebra.printers.plovdiv-01=192.168.42.50
""", rand_pw(18))

add("properties/decoy-env-reference", "label-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", """
server.port=8095
spring.datasource.url=${LABELS_DB_URL:jdbc:mysql://localhost:3306/ramkart_wp}
spring.datasource.username=${LABELS_DB_USER:labels}
spring.datasource.password=${LABELS_DB_PASSWORD}
zebra.label.width-mm=57
zebra.label.height-mm=32
spring.profiles.active=${SPRING_PROFILES_ACTIVE:dev}
""")

add("xml/maven-repository-password", "label-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>ramkart-nexus</id>
      <username>ci-labels</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>ramkart-nexus</id><url>https://nexus.ramkart.bg/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("java/decoy-barcode-template", "label-service/src/main/java/bg/ramkart/labels/FrameLabel.java", "https://www.zebra.com/us/en/support-downloads/knowledge-articles/zpl-command-information-and-details.html", """
package bg.ramkart.labels;

public final class FrameLabel {
    // ZPL template; the ^BC barcode is the order number, not a secret
    private static final String TEMPLATE = "^XA^CI28^FO20,20^A0N,28,28^FD%s^FS"
            + "^FO20,60^BCN,60,Y,N,N^FD%s^FS^FO20,150^A0N,22,22^FD%d x %d mm, %s^FS^XZ";

    public static String zpl(String customer, String order, int w, int h, String profile) {
        return String.format(TEMPLATE, customer, order, w, h, profile);
    }
}
""")

add("ruby/sendgrid-api-key", "quote-form/app.rb", "https://docs.sendgrid.com/for-developers/sending-email/v3-ruby-code-example", """
require "sinatra"
require "sendgrid-ruby"
include SendGrid

SENDGRID_KEY = "@@secret@@"

post "/quote" do
  body = "Запитване за рамка: #{params[:width]}x#{params[:height]} см, профил #{params[:profile]}"
  mail = Mail.new(Email.new(email: "noreply@ramkart.bg"), "Ново запитване", Email.new(email: "ramki@ramkart.bg"),
                  Content.new(type: "text/plain", value: body))
  SendGrid::API.new(api_key: SENDGRID_KEY).client.mail._("send").post(request_body: mail.to_json)
  redirect "/thanks"
end
""", sendgrid_key())

add("rust/mqtt-password", "workshop/humidity-agent/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    // Влажност в склада за бои и платна, София
    let mut opts = MqttOptions::new("humidity-sofia-01", "mqtt.ramkart.internal", 1883);
    opts.set_credentials("sensors", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("ramkart/sofia-01/paintroom/#", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(16))

add("swift/decoy-search-only-key", "RamkartApp/Sources/Search/CatalogSearch.swift", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import AlgoliaSearchClient

/// Search-only key, restricted to the public catalog index (safe to embed in the app).
enum CatalogSearch {
    static let appID = ApplicationID(rawValue: "@@app@@")
    static let searchKey = APIKey(rawValue: "@@key@@")
    static let client = SearchClient(appID: appID, apiKey: searchKey)
    static let index = client.index(withName: "catalog_bg")
}
""", app=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), key=hexs(32))

add("python/algolia-admin-key", "catalog/push_to_algolia.py", "https://www.algolia.com/doc/api-client/getting-started/instantiate-client-index/python/", """
from algoliasearch.search_client import SearchClient

from catalog.export import products_for_index

# admin key - за качване на каталога (четка, бои, платна, рамки)
client = SearchClient.create("@@app@@", "@@secret@@")
index = client.init_index("catalog_bg")


def main() -> None:
    records = list(products_for_index(language="bg"))
    index.replace_all_objects(records, {"safe": True})
    print(f"indexed {len(records)} products")


if __name__ == "__main__":
    main()
""", hexs(32), app=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("sql/decoy-password-hashes", "db/fixtures/staff_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
-- Тестови потребители за локална среда (хешове, не пароли)
INSERT INTO auth_user (username, first_name, password, is_staff) VALUES
 ('desi', 'Десислава', 'argon2$argon2id$v=19$m=102400,t=2,p=8$@@s1@@$@@h1@@', true),
 ('ivan', 'Иван', 'argon2$argon2id$v=19$m=102400,t=2,p=8$@@s2@@$@@h2@@', true),
 ('maria', 'Мария', 'argon2$argon2id$v=19$m=102400,t=2,p=8$@@s3@@$@@h3@@', false),
 ('cashier-varna', 'Каса Варна', '!unusable', false);
""", s1=fakes.drawn(_seed(), 22, ALNUM), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), s2=fakes.drawn(_seed(), 22, ALNUM),
    h2=fakes.drawn(_seed(), 43, ALNUM + "+/"), s3=fakes.drawn(_seed(), 22, ALNUM), h3=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("log/decoy-ids", "tills/sofia-01/logs/fp-2024-05-11.log", "https://www.tremol.bg/en/download/", """
2024-05-11 09:02:11 [FP] open fiscal receipt op=1 uniq=ZK@@ser@@-0001-0004812
2024-05-11 09:02:12 [FP] sale "Маслени бои Winsor&Newton 12x21ml" B 1 x 68.90
2024-05-11 09:02:12 [FP] sale "Рамка дъб 30x40" B 1 x 42.00
2024-05-11 09:02:13 [FP] payment card 110.90 (myPOS tx @@tx@@)
2024-05-11 09:02:14 [FP] close receipt #0004812, FM 50@@fm@@
2024-05-11 09:02:14 [FP] daily totals sent to NRA ok
""", ser=digits(6), tx=uuid_s(), fm=digits(6))

add("compose/metabase-db-password", "ops/metabase/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/running-metabase-on-docker", """
services:
  metabase:
    image: metabase/metabase:v0.49.6
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabase
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: "@@secret@@"
      MB_DB_HOST: mb-db
      JAVA_TIMEZONE: Europe/Sofia
  mb-db:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: "@@secret@@"
    volumes: ["mbdata:/var/lib/postgresql/data"]
volumes:
  mbdata: {}
""", rand_pw(20))

add("compose/decoy-env-reference", "ops/shop/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/", """
services:
  web:
    image: registry.ramkart.bg/shop/web:${TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgres://ramkart:${POSTGRES_PASSWORD:?set it}@db:5432/ramkart
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ramkart
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("dockerfile/pip-index-password", "services/orders/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.12-slim
WORKDIR /app
# вътрешни пакети (ramkart-couriers, ramkart-fiscal) от Nexus
ENV PIP_INDEX_URL=https://ci-orders:@@secret@@@nexus.ramkart.bg/repository/pypi-all/simple
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8080
CMD ["gunicorn", "-b", "0.0.0.0:8080", "orders.wsgi"]
""", rand_pw(22))

add("dockerfile/decoy-build-secret", "services/catalog/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ARG GIT_SHA=@@sha@@
LABEL org.opencontainers.image.revision=$GIT_SHA
CMD ["python", "-m", "catalog.worker"]
""", sha=git_sha())

# ---------------------------------------------------------------- marketing, email, cloud, CI

add("python/mailchimp-api-key", "marketing/newsletter_sync.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import mailchimp_marketing as MailchimpMarketing

from marketing.customers import loyalty_members

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
AUDIENCE_ID = "@@aud@@"


def sync() -> None:
    for member in loyalty_members():
        client.lists.set_list_member(AUDIENCE_ID, member.email_hash, {
            "email_address": member.email, "status_if_new": "subscribed",
            "merge_fields": {"FNAME": member.first_name, "CITY": member.city},
        })
""", mailchimp_key(), aud=hexs(10))

add("csv/decoy-hashes", "marketing/exports/loyalty_segment_artists.csv", "https://mailchimp.com/developer/marketing/docs/methods-parameters/#subscriber-hash", """
subscriber_hash,city,segment,last_order,total_bgn
@@h1@@,София,художници,2024-03-30,1240.50
@@h2@@,Пловдив,художници,2024-04-02,388.00
@@h3@@,Варна,ученици,2024-02-18,96.40
@@h4@@,Бургас,рамкиране,2024-04-05,510.00
@@h5@@,София,ученици,2024-01-22,64.90
""", h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), h5=hexs(32))

add("github-actions/aws-secret-key", ".github/workflows/deploy-static.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env", """
name: deploy product images
on:
  push:
    branches: [main]
    paths: ["media/**"]
env:
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@
  AWS_DEFAULT_REGION: eu-central-1
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync media/ s3://ramkart-media/products/ --delete --cache-control max-age=604800
""", aws_secret(), kid=aws_id())

add("github-actions/decoy-secrets-reference", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
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
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
          EPAY_SECRET: ${{ secrets.EPAY_TEST_SECRET }}
""")

add("terraform/aws-secret-key", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "media" {
  bucket = "ramkart-media"
  tags   = { owner = "ramkart-it" }
}
""", aws_secret(), kid=aws_id())

add("terraform/decoy-sensitive-variable", "infra/aws/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Парола за RDS (подава се от TF_VAR_db_password в CI)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "shop" {
  identifier          = "ramkart-shop"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.small"
  allocated_storage   = 40
  username            = "ramkart"
  password            = var.db_password
  skip_final_snapshot = false
}
""")

add("ini/aws-secret-key", "it/laptops/desi-backup/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1

[ramkart-backup]
role_arn = arn:aws:iam::@@acct@@:role/backup-writer
source_profile = default
""", aws_secret(), kid=aws_id(), acct=digits(12))

add("shell/aws-secret-key", "ops/backup/nightly_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/bin/sh
# Нощен архив на снимките и фактурите към S3 (cron на nas01, 02:30)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-central-1
DAY=$(date +%F)
tar czf /tmp/invoices-$DAY.tgz /volume1/invoices/$(date +%Y)
aws s3 cp /tmp/invoices-$DAY.tgz s3://ramkart-backup/invoices/ --storage-class STANDARD_IA
rm -f /tmp/invoices-$DAY.tgz
""", aws_secret(), kid=aws_id())

add("json/gcp-service-account-key", "feeds/merchant-center-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "ramkart-feeds",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "merchant-feed@ramkart-feeds.iam.gserviceaccount.com",
  "client_id": "1@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n",
    kid=hexs(40), cid=digits(20))

add("config/npm-token", "frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@ramkart:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("config/pypi-token", "fiscal-driver/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @@secret@@

[nexus]
repository = https://nexus.ramkart.bg/repository/pypi-internal/
username = ci-fiscal
""", pypi())

add("shell/github-token", "ops/deploy/pull_release.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Изтегля последното издание на сайта на shop01 (временно, докато оправим deploy key)
set -e
cd /srv/ramkart
git fetch https://ramkart-deploy:@@secret@@@github.com/ramkart/shop.git main
git reset --hard FETCH_HEAD
/srv/ramkart/.venv/bin/pip install -r requirements.txt
/srv/ramkart/.venv/bin/python manage.py migrate --noinput
sudo systemctl restart ramkart-web
""", github())

add("notebook/postgres-password", "analytics/notebooks/prodazhbi_2024_q1.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Продажби Q1 2024 по магазини и категории"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "engine = create_engine('postgresql://analyst:@@secret@@@pg-main.ramkart.internal:5432/ramkart')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select shop, category, sum(total) from shop.sales where q = 1 group by 1, 2', engine)\\n",
              "df.pivot(index='category', columns='shop').round(2)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analytics/notebooks/ramki_po_razmer.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Най-поръчвани размери рамки (см)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd\\n", "from sqlalchemy import create_engine, URL\\n",
              "url = URL.create('postgresql', username='analyst', password=getpass.getpass(), host='pg-main.ramkart.internal', database='ramkart')\\n",
              "engine = create_engine(url)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["pd.read_sql('select width_cm, height_cm, count(*) from shop.frame_orders group by 1, 2 order by 3 desc limit 20', engine)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/viber-bot-token", "bots/viber/app.py", "https://developers.viber.com/docs/api/python-bot-api/", """
from flask import Flask, Response, request
from viberbot import Api
from viberbot.api.bot_configuration import BotConfiguration
from viberbot.api.messages import TextMessage

app = Flask(__name__)
viber = Api(BotConfiguration(name="Рамкарт", avatar="https://ramkart.bg/static/logo.png",
                             auth_token="@@secret@@"))


@app.route("/viber", methods=["POST"])
def incoming():
    event = viber.parse_request(request.get_data())
    if getattr(event, "message", None):
        viber.send_messages(event.sender.id, [TextMessage(text="Поръчката ви за рамка е готова за вземане!")])
    return Response(status=200)
""", viber_token())

add("json/decoy-webhook-sample", "bots/viber/tests/fixtures/message_event.json", "https://developers.viber.com/docs/api/rest-bot-api/#callbacks", """
{
  "event": "message",
  "timestamp": 1712300000000,
  "chat_hostname": "SN-CHAT-03_",
  "message_token": 5@@tok@@,
  "sender": {
    "id": "@@sid@@==",
    "name": "Тест Клиент",
    "language": "bg",
    "country": "BG",
    "api_version": 10
  },
  "message": {"text": "Кога е готова рамката?", "type": "text"},
  "silent": false
}
""", tok=digits(18), sid=fakes.drawn(_seed(), 22, ALNUM))

add("yaml/twilio-auth-token", "services/notify/config.yaml", "https://www.twilio.com/docs/iam/credentials/api", """
# SMS известия "Рамката ви е готова"
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+35924@@num@@"
  template_bg: "Здравейте, {name}! Поръчка {order} е готова в {shop}. Рамкарт"
retry:
  attempts: 3
  backoff_seconds: 30
""", hexs(32), sid=twilio_sid(), num=digits(6))

add("toml/cloudinary-api-secret", "media-tools/config.toml", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console", """
[cloudinary]
cloud_name = "ramkart"
api_key = "@@key@@"
api_secret = "@@secret@@"
folder = "products/frames"

[resize]
widths = [320, 640, 1280]
format = "webp"
""", cloudinary_secret(), key=digits(15))

add("toml/decoy-no-credentials", "fiscal-driver/pyproject.toml", "https://python-poetry.org/docs/repositories/#private-repository-example", """
[tool.poetry]
name = "ramkart-fiscal"
version = "0.9.3"
description = "Драйвер за фискални устройства Tremol и Datecs"
authors = ["Рамкарт ИТ <it@ramkart.bg>"]

[tool.poetry.dependencies]
python = "^3.10"
pyserial = "^3.5"

[[tool.poetry.source]]
name = "nexus"
url = "https://nexus.ramkart.bg/repository/pypi-internal/simple/"
priority = "supplemental"
""")

add("ansible/smtp-password", "ansible/group_vars/mail_relay.yml", "https://github.com/geerlingguy/ansible-role-postfix#role-variables", """
---
postfix_inet_interfaces: loopback-only
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_auth_enable: true
postfix_sasl_user: apikey
postfix_sasl_password: "@@secret@@"
postfix_smtp_tls_security_level: encrypt
postfix_myhostname: relay.ramkart.internal
""", sendgrid_key())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/shop_routers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  # токен с права Zone:DNS:Edit само за ramkart.bg
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "@@zone@@"
  name    = "ramkart.bg"
  type    = "A"
  value   = "185.@@ip@@.14.20"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"), zone=hexs(32), ip=str(random.Random(_seed()).randint(10, 250)))

add("go/openai-api-key", "tools/descriptions/main.go", "https://platform.openai.com/docs/api-reference/authentication", """
package main

import (
	"bytes"
	"net/http"
)

// Генерира описания на продукти (бои, четки, платна) за сайта
const openAIKey = "@@secret@@"

func describe(body []byte) (*http.Response, error) {
	req, _ := http.NewRequest("POST", "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+openAIKey)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
""", openai_key())

add("typescript/decoy-sentry-dsn", "frontend/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/react";

// The DSN is public by design: it only allows sending events
Sentry.init({
  dsn: "https://@@key@@@o@@org@@.ingest.de.sentry.io/@@proj@@",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: "ramkart-frontend@2024.04.1",
});
""", key=hexs(32), org=digits(7), proj=digits(7))

add("shell/ftp-password", "ops/media/upload_catalog_images.sh", "https://lftp.yar.ru/lftp-man.html", """
#!/bin/bash
# Качва снимките на новите продукти на стария хостинг (каталог PDF и снимки)
SRC=/volume1/media/catalog/2024
lftp -u ramkart_media,'@@secret@@' ftp.superhosting.bg <<'LFTP'
set ssl:verify-certificate no
mirror -R --only-newer /volume1/media/catalog/2024 /public_html/catalog/2024
bye
LFTP
echo "готово: $(date)"
""", words_pw())

add("plist/decoy-firebase-config", "RamkartApp/Resources/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@snd@@</string>
	<key>BUNDLE_ID</key>
	<string>bg.ramkart.app</string>
	<key>PROJECT_ID</key>
	<string>ramkart-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@snd@@:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), snd=digits(12), app=hexs(16))

add("properties/keystore-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
RAMKART_RELEASE_STORE_FILE=../keys/ramkart-release.jks
RAMKART_RELEASE_KEY_ALIAS=ramkart
RAMKART_RELEASE_STORE_PASSWORD=@@secret@@
RAMKART_RELEASE_KEY_PASSWORD=@@secret@@
""", rand_pw(16))

add("kotlin/decoy-local-properties", "android/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
import java.util.Properties

val keystoreProps = Properties().apply {
    val f = rootProject.file("keystore.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "bg.ramkart.app"
    signingConfigs {
        create("release") {
            storeFile = file(keystoreProps.getProperty("storeFile", "release.jks"))
            storePassword = System.getenv("RAMKART_STORE_PASSWORD") ?: keystoreProps.getProperty("storePassword")
            keyAlias = "ramkart"
            keyPassword = System.getenv("RAMKART_KEY_PASSWORD") ?: keystoreProps.getProperty("keyPassword")
        }
    }
}
""")

# ---------------------------------------------------------------- more vendors and handovers

add("python/redis-password", "ramkart_web/settings/celery.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """
# Celery: товарителници, бюлетин, синхронизация на наличности
CELERY_BROKER_URL = "rediss://:@@secret@@@redis-shop.ramkart.internal:6380/0?ssl_cert_reqs=required"
CELERY_RESULT_BACKEND = "django-db"
CELERY_TIMEZONE = "Europe/Sofia"
CELERY_BEAT_SCHEDULE = {
    "stock-sync": {"task": "shop.tasks.sync_stock", "schedule": 900},
    "econt-status": {"task": "couriers.tasks.poll_econt", "schedule": 1800},
}
""", redis_pw())

add("go/redis-password", "internal/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", """
package cache

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

var rdb = redis.NewClient(&redis.Options{
	Addr:     "redis-shop.ramkart.internal:6379",
	Password: "@@secret@@",
	DB:       2,
})

func PriceFor(ctx context.Context, sku string) (string, error) {
	return rdb.Get(ctx, "price:"+sku).Result()
}

func Remember(ctx context.Context, sku, price string) error {
	return rdb.Set(ctx, "price:"+sku, price, 10*time.Minute).Err()
}
""", redis_pw())

add("env/redis-password", "services/catalog/.env", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """
# каталог - локален override за сървъра в Пловдив
REDIS_HOST=10.10.2.15
REDIS_PORT=6379
REDIS_PASSWORD=@@secret@@
CATALOG_LANG=bg
CATALOG_CURRENCY=BGN
""", redis_pw())

add("ini/ldap-bind-password", "it/linux/sssd.conf", "https://man.archlinux.org/man/sssd-ldap.5", """
[sssd]
services = nss, pam
domains = ramkart.local

[domain/ramkart.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.ramkart.local
ldap_search_base = dc=ramkart,dc=local
ldap_default_bind_dn = CN=svc-linux,OU=Service,DC=ramkart,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("pem/ssh-private-key", "ops/keys/deploy_shop01", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", pem("OPENSSH"))

add("ansible/ssh-private-key", "ansible/host_vars/shop01.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
ansible_host: 185.20.14.20
ansible_user: deploy
deploy_repo: git@github.com:ramkart/shop.git
# ключ за достъп до GitHub (deploy key, само четене)
deploy_key: |
  @@key@@
nginx_server_name: ramkart.bg
""", (dk := pem("RSA")), key=dk.replace("\n", "\n  "))

add("nginx/basic-auth-credential", "ops/nginx/b2b.ramkart.bg.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """
server {
    listen 443 ssl http2;
    server_name b2b.ramkart.bg;
    ssl_certificate     /etc/letsencrypt/live/b2b.ramkart.bg/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/b2b.ramkart.bg/privkey.pem;

    # ценова листа на доставчика (Art Wholesale) - проксираме с нашия акаунт
    location /supplier/ {
        proxy_pass https://portal.artwholesale.eu/api/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("ramkart-sofia:" + words_pw()))

add("htpasswd/decoy-password-hash", "ops/nginx/staging.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
desi:$apr1$@@s1@@$@@h1@@
ivan:$apr1$@@s2@@$@@h2@@
maria:$2y$10$@@h3@@
agency:$2y$10$@@h4@@
qa:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8, ALNUM), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8, ALNUM),
    h2=fakes.drawn(_seed(), 22, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"),
    s5=fakes.drawn(_seed(), 8, ALNUM), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("ini/supervisor-password", "ops/supervisor/ramkart.conf", "http://supervisord.org/configuration.html#inet-http-server-section-settings", """
[inet_http_server]
port=0.0.0.0:9001
username=ops
password=@@secret@@

[program:ramkart-web]
command=/srv/ramkart/.venv/bin/gunicorn -w 4 -b 127.0.0.1:8000 ramkart_web.wsgi
directory=/srv/ramkart
user=ramkart
autorestart=true
""", rand_pw(14))

add("csharp/bank-client-secret", "Ramkart.Accounting/BankStatements/FibankClient.cs", "https://www.berlin-group.org/nextgenpsd2-downloads", """
using System.Net.Http;
using System.Net.Http.Headers;

namespace Ramkart.Accounting.BankStatements
{
    // Извлечения от банката за осчетоводяване в Microinvest
    public sealed class FibankClient
    {
        private const string ClientId = "ramkart-accounting";
        private const string ClientSecret = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public async System.Threading.Tasks.Task<string> TokenAsync()
        {
            var basic = System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(ClientId + ":" + ClientSecret));
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var body = new FormUrlEncodedContent(new[] { new System.Collections.Generic.KeyValuePair<string, string>("grant_type", "client_credentials") });
            var response = await Http.PostAsync("https://api.fibank.bg/oauth2/token", body);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
""", alnum(32))

add("java/ldap-password", "b2b-portal/src/main/java/bg/ramkart/b2b/LdapConfig.java", "https://docs.spring.io/spring-ldap/reference/configuration.html", """
package bg.ramkart.b2b;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {
    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc01.ramkart.local:636");
        source.setBase("DC=ramkart,DC=local");
        source.setUserDn("CN=svc-b2b,OU=Service,DC=ramkart,DC=local");
        source.setPassword("@@secret@@");
        return source;
    }
}
""", words_pw())

add("xml/sqlserver-password", "B2BPortal/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Warehouse" providerName="System.Data.SqlClient"
         connectionString="Data Source=mi-sofia01;Initial Catalog=MIWarehouse;User ID=b2b_portal;Password=@@secret@@;" />
  </connectionStrings>
  <appSettings>
    <add key="Culture" value="bg-BG" />
    <add key="PriceList" value="wholesale-2024" />
  </appSettings>
  <system.web><compilation targetFramework="4.8" /></system.web>
</configuration>
""", rand_pw(16, "!$"))

add("xml/decoy-encrypted-config", "B2BPortal/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@@c1@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@c2@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c1=fakes.drawn(_seed(), 344, ALNUM + "+/"), c2=fakes.drawn(_seed(), 256, ALNUM + "+/"))

add("json/docker-registry-auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.ramkart.bg": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64("ci-runner:" + rand_pw(20)))

add("json/decoy-credential-helper", "ops/workstation/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """
{
  "auths": {
    "registry.ramkart.bg": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "@@acct@@.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  },
  "currentContext": "desktop-linux"
}
""", acct=digits(12))

add("python/smtp-password", "accounting/invoice_mailer.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.ramkart.bg"
SMTP_USER = "fakturi@ramkart.bg"
SMTP_PASS = "@@secret@@"


def send_invoice(to: str, number: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Фактура {number} от Рамкарт ЕООД"
    msg["From"], msg["To"] = SMTP_USER, to
    msg.set_content("Здравейте,\\nприложено изпращаме фактурата Ви.\\nПоздрави,\\nРамкарт")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{number}.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, SMTP_PASS)
        smtp.send_message(msg)
""", words_pw())

add("java/smtp-password", "b2b-portal/src/main/java/bg/ramkart/b2b/Mail.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/session", """
package bg.ramkart.b2b;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

final class Mail {
    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("b2b@ramkart.bg", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("rust/postgres-password", "workshop/cut-queue/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html", """
use tokio_postgres::{Client, NoTls};

// Опашка за рязане на паспарту (Valiani Mat Pro) - чете поръчките от сайта
const DSN: &str = "host=pg-main.ramkart.internal user=cutqueue password=@@secret@@ dbname=ramkart";

pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(DSN, NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("db connection error: {e}");
        }
    });
    Ok(client)
}
""", rand_pw(18))

add("swift/internal-api-key", "RamkartApp/Sources/Loyalty/LoyaltyAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

/// Клиент за програмата за лоялност (точки за рамкиране)
struct LoyaltyAPI {
    private let base = URL(string: "https://api.ramkart.bg/loyalty/v1")!
    private let apiKey = "@@secret@@"

    func points(for card: String) async throws -> Int {
        var request = URLRequest(url: base.appendingPathComponent("cards/\\(card)/points"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: request)
        return try JSONDecoder().decode([String: Int].self, from: data)["points"] ?? 0
    }
}
""", "rk_live_" + hexs(40))

add("kotlin/decoy-buildconfig-field", "android/app/src/main/kotlin/bg/ramkart/app/ShopsMap.kt", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
package bg.ramkart.app

import com.google.android.gms.maps.model.LatLng

// The Maps key comes from local.properties through the secrets-gradle-plugin (BuildConfig.MAPS_API_KEY)
object ShopsMap {
    val apiKey: String get() = BuildConfig.MAPS_API_KEY

    val shops = listOf(
        "София 1" to LatLng(42.6930, 23.3262),
        "София 2" to LatLng(42.6690, 23.2870),
        "Пловдив" to LatLng(42.1450, 24.7500),
        "Варна" to LatLng(43.2100, 27.9150),
        "Бургас" to LatLng(42.4960, 27.4710),
    )
}
""")

add("shell/mysql-password", "ops/backup/wp_dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
set -euo pipefail
STAMP=$(date +%Y%m%d-%H%M)
mysqldump -h mysql-shop.ramkart.internal -u backup -p'@@secret@@' \\
  --single-transaction --routines ramkart_wp | gzip > /volume1/backup/wp/ramkart_wp-$STAMP.sql.gz
find /volume1/backup/wp -name '*.sql.gz' -mtime +30 -delete
""", words_pw())

add("shell/decoy-defaults-file", "ops/backup/wp_dump_v2.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-file-options.html#option_general_defaults-extra-file", """
#!/bin/bash
# v2: паролата е в /etc/ramkart/backup.cnf (root:root 0600), не в скрипта
set -euo pipefail
STAMP=$(date +%Y%m%d-%H%M)
mysqldump --defaults-extra-file=/etc/ramkart/backup.cnf -h mysql-shop.ramkart.internal \\
  --single-transaction --routines ramkart_wp | gzip > "/volume1/backup/wp/ramkart_wp-$STAMP.sql.gz"
sha256sum "/volume1/backup/wp/ramkart_wp-$STAMP.sql.gz" >> /volume1/backup/wp/SHA256SUMS
""")

add("sql/mysql-password", "db/mysql/create_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Потребители за MySQL на WordPress магазина
CREATE USER 'backup'@'10.10.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON ramkart_wp.* TO 'backup'@'10.10.%';
CREATE USER 'labels'@'10.10.%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON ramkart_wp.rk_wc_orders TO 'labels'@'10.10.%';
FLUSH PRIVILEGES;
""", rand_pw(20))

add("sql/decoy-no-password", "db/mysql/grants_readonly.sql", "https://dev.mysql.com/doc/refman/8.0/en/socket-pluggable-authentication.html", """
-- Само четене за анализи; вход само през сокет на сървъра
CREATE USER IF NOT EXISTS 'analyst'@'localhost' IDENTIFIED WITH auth_socket AS 'analyst';
GRANT SELECT ON ramkart_wp.rk_wc_orders TO 'analyst'@'localhost';
GRANT SELECT ON ramkart_wp.rk_wc_order_items TO 'analyst'@'localhost';
ALTER USER 'analyst'@'localhost' PASSWORD EXPIRE NEVER;
""")

add("csv/device-password", "it/inventory/cameras_burgas.csv", "https://www.hikvision.com/en/support/", """
shop,device,model,ip,user,password,installed
burgas-01,NVR,DS-7608NI-K2,192.168.45.10,admin,@@secret@@,2023-09-14
burgas-01,cam-entrance,DS-2CD2143G2-I,192.168.45.21,admin,(same as NVR),2023-09-14
burgas-01,cam-till,DS-2CD2143G2-I,192.168.45.22,admin,(same as NVR),2023-09-14
burgas-01,cam-storage,DS-2CD1023G0-I,192.168.45.23,admin,(same as NVR),2023-09-14
""", rand_pw(12))

add("log/decoy-ids-access", "logs/nginx/access-2024-04-06.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
95.87.1.14 - - [06/Apr/2024:10:01:12 +0300] "GET /bg/ramki/dab-20mm?utm_source=facebook&utm_campaign=spring24&fbclid=IwAR@@fb@@ HTTP/2.0" 200 18432
95.87.1.14 - - [06/Apr/2024:10:01:40 +0300] "POST /cart/add/RP-2031-OAK HTTP/2.0" 302 0
95.87.1.14 - - [06/Apr/2024:10:02:05 +0300] "GET /checkout/@@order@@/ HTTP/2.0" 200 9921
212.5.158.2 - - [06/Apr/2024:10:02:31 +0300] "GET /static/app.@@hash@@.js HTTP/2.0" 200 201443
77.70.30.6 - - [06/Apr/2024:10:03:02 +0300] "POST /payments/epay/notify/ HTTP/1.1" 200 23
""", fb=fakes.drawn(_seed(), 40, ALNUM + "_-"), order=uuid_s(), hash=hexs(8))

add("log/smtp-password-settings-dump", "logs/django-error-2024-03-18.log", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
ERROR 2024-03-18 14:22:05 django.request Internal Server Error: /poruchka/ramka/
Traceback (most recent call last):
  File "/srv/ramkart/ramkart_web/framing/views.py", line 88, in quote
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [order.email])
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed')
Settings at error time:
  EMAIL_HOST = 'smtp.abv.bg'
  EMAIL_PORT = 465
  EMAIL_HOST_USER = 'poruchki@ramkart.bg'
  EMAIL_HOST_PASSWORD = '@@secret@@'
  EMAIL_USE_SSL = True
""", words_pw())

add("yaml/decoy-checksums", "deploy/helm/ramkart/Chart.lock", "https://helm.sh/docs/helm/helm_dependency/", """
dependencies:
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 15.2.5
- name: redis
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 19.1.0
digest: sha256:@@d@@
generated: "2024-04-03T11:20:44.118302+03:00"
""", d=sha256())

# ---------------------------------------------------------------- suppliers, HR, accounting, docs

add("markdown/econt-password", "docs/handover/predavane-2024-02.md", "https://ee.econt.com/services/", """
# Предаване на поддръжката (Иван -> Николай), февруари 2024

## Куриери
- Еконт e-services, API потребител: `ramkart_api`
- Парола: `@@secret@@` (сменена на 12.02, още не е в Bitwarden)
- Спиди - данните са в Bitwarden, колекция „Куриери“

## Какво предстои
- Касата във Варна гърми при сторно - чакаме Datecs сервиз.
- Сертификатът на b2b.ramkart.bg изтича на 30.04.
- Да се прехвърли бюлетинът от Mailchimp към Brevo (бюджет).
""", words_pw())

add("markdown/stripe-restricted-key", "docs/integrations/stripe.md", "https://docs.stripe.com/keys#limit-access", """
# Stripe (международни поръчки)

The refunds job uses a restricted key (read charges, write refunds only):

```python
stripe.api_key = "@@secret@@"
stripe.Refund.create(payment_intent=pi_id, amount=cents)
```

Dashboard: https://dashboard.stripe.com/ (account owner: desislava@ramkart.bg).
Webhooks: `/payments/stripe/webhook/`, events `charge.refunded`, `payment_intent.succeeded`.
""", stripe_key("rk_live_"))

add("github-actions/pypi-token", ".github/workflows/release-fiscal.yml", "https://twine.readthedocs.io/en/stable/#using-twine", """
name: release ramkart-fiscal
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
      - run: twine upload -u __token__ -p @@secret@@ dist/*
""", pypi())

add("python/telegram-bot-token", "workshop/order_tickets.py", "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html", """
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from workshop.queue import next_orders

TOKEN = "@@secret@@"


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lines = [f"{o.number}: {o.width}x{o.height} см, {o.profile}, паспарту {o.mat}" for o in next_orders()]
    await update.message.reply_text("\\n".join(lines) or "Няма поръчки за рамкиране днес")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("dnes", today))
app.run_polling()
""", telegram())

add("php/smtp-password", "wp-content/mu-plugins/ramkart-smtp.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """
<?php
/* Plugin Name: Ramkart SMTP */
add_action('phpmailer_init', function ($mail) {
    $mail->isSMTP();
    $mail->Host       = 'smtp.ramkart.bg';
    $mail->SMTPAuth   = true;
    $mail->Port       = 587;
    $mail->SMTPSecure = 'tls';
    $mail->Username   = 'shop@ramkart.bg';
    $mail->Password   = '@@secret@@';
    $mail->setFrom('shop@ramkart.bg', 'Рамкарт');
});
""", words_pw())

add("typescript/emag-password", "marketplace/src/emag/client.ts", "https://marketplace.emag.bg/infocenter/emag-academy/api-documentation/", """
import axios from "axios";

// eMAG Marketplace BG: поръчки и наличности
const EMAG_USER = "api@ramkart.bg";
const EMAG_PASS = "@@secret@@";

export const emag = axios.create({
  baseURL: "https://marketplace-api.emag.bg/api-3",
  auth: { username: EMAG_USER, password: EMAG_PASS },
  timeout: 20000,
});

export async function newOrders() {
  const { data } = await emag.post("/order/read", { status: 1, itemsPerPage: 100 });
  return data.results;
}
""", words_pw())

add("python/emag-password", "marketplace/emag_stock.py", "https://marketplace.emag.bg/infocenter/emag-academy/api-documentation/", """
import base64

import requests

# стар скрипт за наличности в eMAG (преди marketplace/src/emag)
HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Content-Type": "application/json",
}


def push_stock(offers: list[dict]) -> dict:
    r = requests.post("https://marketplace-api.emag.bg/api-3/offer/save", json=offers, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
""", b64("ramkart-sofia@ramkart.bg:" + words_pw()))

add("json/olx-client-secret", "marketplace/config/olx.json", "https://developer.olx.bg/api/doc#section/Authentication", """
{
  "baseUrl": "https://www.olx.bg/api/partner",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "scope": "v2 read write",
  "categoryMap": {
    "frames": 1789,
    "paints": 1792,
    "canvas": 1793
  }
}
""", alnum(48), cid=digits(6))

add("k8s-secret/econt-password", "deploy/k8s/couriers-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: couriers
  namespace: shop
  labels: {app: orders}
type: Opaque
data:
  ECONT_USER: @@u@@
  ECONT_PASSWORD: @@p@@
  SPEEDY_USER: @@su@@
""", (ep := words_pw()), u=b64("ramkart_api"), p=b64(ep), su=b64("999" + digits(4)))

add("k8s-secret/telegram-bot-token", "deploy/k8s/alerts-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: stock-alerts
  namespace: ops
type: Opaque
data:
  TELEGRAM_TOKEN: @@t@@
  TELEGRAM_CHAT: @@c@@
""", (tt := telegram()), t=b64(tt), c=b64("-100" + digits(10)))

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/mypos-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Шаблон: попълнете с `kubectl create secret generic mypos --from-file=...`
apiVersion: v1
kind: Secret
metadata:
  name: mypos
  namespace: shop
type: Opaque
data:
  MYPOS_SID: @@a@@
  MYPOS_PRIVATE_KEY: @@b@@
""", a=b64("CHANGE_ME"), b=b64("REPLACE_WITH_PRIVATE_KEY_PEM"))

add("terraform/decoy-secrets-manager", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "epay" {
  secret_id = "ramkart/prod/epay"
}

locals {
  epay = jsondecode(data.aws_secretsmanager_secret_version.epay.secret_string)
}

resource "aws_ssm_parameter" "epay_min" {
  name  = "/ramkart/prod/epay_min"
  type  = "String"
  value = local.epay["min"]
}
""")

add("terraform/postgres-password", "infra/aws/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#default-values", """
variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "metabase_db_password" {
  type      = string
  sensitive = true
  default   = "@@secret@@"
}
""", rand_pw(22))

add("powershell/sqlserver-password", "it/accounting/Export-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Дневни продажби от Microinvest към Excel за счетоводството
$day = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
$rows = Invoke-Sqlcmd -ServerInstance 'mi-sofia01' -Database 'MIWarehouse' `
    -Username 'report_ro' -Password '@@secret@@' `
    -Query "SELECT ObjectName, SUM(Total) AS Total FROM Operations WHERE Date = '$day' GROUP BY ObjectName"
$rows | Export-Excel -Path "\\\\nas01\\schetovodstvo\\prodazhbi\\$day.xlsx" -AutoSize
""", words_pw())

add("powershell/smtp-password", "it/monitoring/Send-DiskReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
$free = Get-PSDrive D | Select-Object -ExpandProperty Free
$pass = ConvertTo-SecureString -String "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("alerts@ramkart.bg", $pass)
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
    -From alerts@ramkart.bg -To it@ramkart.bg `
    -Subject "mi-sofia01: свободно място D: $([math]::Round($free/1GB,1)) GB" -Encoding UTF8
""", words_pw())

add("csharp/decoy-configuration", "Ramkart.Till/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Microsoft.Extensions.Configuration;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: false)
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables(prefix: "RAMKART_")
    .Build();

var fiscalPassword = config["Fiscal:ServicePassword"];
var myposKeyPath = config["MyPos:PrivateKeyPath"];
Console.WriteLine($"Каса {config["Till:Shop"]} готова");
""")

add("java/decoy-value-injection", "b2b-portal/src/main/java/bg/ramkart/b2b/SupplierClient.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package bg.ramkart.b2b;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class SupplierClient {
    @Value("${supplier.artwholesale.user}")
    private String user;

    @Value("${supplier.artwholesale.password}")
    private String password;

    @Value("${supplier.artwholesale.url:https://portal.artwholesale.eu/api/}")
    private String url;
}
""")

add("go/decoy-getenv", "cmd/stocksync/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type Config struct {
	WooURL, WooKey, WooSecret, MicroinvestDSN string
}

func load() Config {
	c := Config{
		WooURL:         os.Getenv("WC_URL"),
		WooKey:         os.Getenv("WC_CONSUMER_KEY"),
		WooSecret:      os.Getenv("WC_CONSUMER_SECRET"),
		MicroinvestDSN: os.Getenv("MICROINVEST_DSN"),
	}
	if c.WooSecret == "" {
		log.Fatal("WC_CONSUMER_SECRET is not set")
	}
	return c
}
""")

add("rust/decoy-env-var", "workshop/humidity-agent/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct MqttConfig {
    pub host: String,
    pub user: String,
    pub password: String,
}

pub fn from_env() -> MqttConfig {
    MqttConfig {
        host: env::var("MQTT_HOST").unwrap_or_else(|_| "mqtt.ramkart.internal".into()),
        user: env::var("MQTT_USER").unwrap_or_else(|_| "sensors".into()),
        password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD must be set"),
    }
}
""")

add("ruby/decoy-env-fetch", "quote-form/config.rb", "https://docs.ruby-lang.org/en/3.3/ENV.html#method-c-fetch", """
# Конфигурация на формата за запитвания (стойностите идват от systemd EnvironmentFile)
module QuoteForm
  SENDGRID_KEY = ENV.fetch("SENDGRID_API_KEY")
  NOTIFY_TO    = ENV.fetch("QUOTE_NOTIFY_TO", "ramki@ramkart.bg")
  MAX_WIDTH_CM = Integer(ENV.fetch("QUOTE_MAX_WIDTH_CM", "200"))
  RECAPTCHA    = ENV["RECAPTCHA_SECRET"]
end
""")

add("swift/decoy-keychain", "RamkartApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

/// Пази токена на клиента в Keychain, никога в UserDefaults
enum TokenStore {
    static let service = "bg.ramkart.app.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("ini/decoy-placeholder", "tills/template/ZFPLabServer.ini.example", "https://www.tremol.bg/en/download/", """
; Шаблон - копирайте като ZFPLabServer.ini на касата
[Server]
Port=4444
AllowRemote=0
[Device]
Connection=LAN
IP=192.168.x.31
TcpPort=8000
Password=<сервизна парола от Bitwarden>
OperatorPassword=0000
""")

add("toml/decoy-checksums", "workshop/humidity-agent/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "tokio"
version = "1.37.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256(), c2=sha256())

add("json/decoy-integrity-hashes", "frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "ramkart-frontend",
  "version": "2024.4.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.1.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/react-google-recaptcha": {
      "version": "3.1.0",
      "resolved": "https://registry.npmjs.org/react-google-recaptcha/-/react-google-recaptcha-3.1.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Промени

## 2024.04.1
- Нов калкулатор за рамкиране (паспарту, стъкло антирефлекс).
- Stripe: ключът е ротиран след напускането на агенцията; новият е само в Vault (`secret/ramkart/stripe`).
- ePay.bg: проверката на checksum вече е с `hmac.compare_digest`.

## 2024.03.2
- Еконт: автоматична товарителница при статус „Изпратена“.
- Премахнати стари тестови ключове от `config/` (commit @@sha@@).
""", sha=git_sha()[:12])

add("csv/decoy-bank-details", "accounting/suppliers_bank_details.csv", "https://www.iban.com/structure", """
supplier,eik,vat,iban,bic,payment_terms_days
Арт Хол ООД,20@@e1@@,BG20@@e1@@,BG@@i1@@,UNCRBGSF,30
Profil Ramki Ltd,11@@e2@@,BG11@@e2@@,BG@@i2@@,FINVBGSF,45
Canvas Factory EOOD,20@@e3@@,BG20@@e3@@,BG@@i3@@,STSABGSF,15
Winsor Distribution SRL,RO@@e4@@,RO@@e4@@,RO@@i4@@,BTRLRO22,60
""", e1=digits(7), e2=digits(7), e3=digits(7), e4=digits(8), i1=digits(2) + "UNCR" + digits(14), i2=digits(2) + "FINV" + digits(14),
    i3=digits(2) + "STSA" + digits(14), i4=digits(2) + "BTRL" + digits(16))

add("python/decoy-test-card-numbers", "tests/payments/test_luhn.py", "https://docs.stripe.com/testing#cards", """
import pytest

from ramkart_web.payments.cards import luhn_ok, mask

# Публични тестови номера от документацията на Stripe и Borica
TEST_CARDS = ["4242424242424242", "5555555555554444", "4000002500003155"]


@pytest.mark.parametrize("number", TEST_CARDS)
def test_luhn(number):
    assert luhn_ok(number)


def test_mask():
    assert mask("4242424242424242") == "424242******4242"
""")

add("yaml/decoy-openapi-example", "api/openapi/loyalty.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Рамкарт Loyalty API
  version: 1.2.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Ключ от администратора, напр. `rk_live_<40 hex>`"
security:
  - ApiKeyAuth: []
paths:
  /cards/{card}/points:
    get:
      parameters:
        - {name: card, in: path, required: true, schema: {type: string}, example: "2900001234567"}
      responses:
        "200": {description: OK}
""")

add("dockerfile/speedy-password", "services/couriers/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-alpine
WORKDIR /srv/couriers
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
ENV SPEEDY_USER=999@@u@@ \\
    SPEEDY_PASSWORD=@@secret@@ \\
    SPEEDY_LANG=BG
CMD ["python", "-m", "couriers.worker"]
""", digits(7), u=digits(4))

add("env/decoy-example", ".env.example", "https://12factor.net/config", """
# Копирайте като .env и попълнете (стойностите са в Bitwarden)
DJANGO_SECRET_KEY=
DATABASE_URL=postgres://ramkart:ramkart@localhost:5432/ramkart
EPAY_MIN=D000000000
EPAY_SECRET=
STRIPE_SECRET_KEY=sk_test_xxx
ECONT_USER=iasp-dev
ECONT_PASSWORD=
TELEGRAM_TOKEN=
""")

add("shell/decoy-read-prompt", "ops/tools/rotate_nvr_password.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """
#!/usr/bin/env bash
# Смяна на паролата на NVR в даден магазин (въвежда се интерактивно)
set -euo pipefail
SHOP_IP="$1"
read -r -s -p "Стара парола: " OLD; echo
read -r -s -p "Нова парола: " NEW; echo
curl -s --digest -u "admin:${OLD}" -X PUT "http://${SHOP_IP}/ISAPI/Security/users/1" \\
  -d "<User><id>1</id><userName>admin</userName><password>${NEW}</password></User>"
""")

add("log/decoy-masked-ci", "ci/logs/deploy-1842.log", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow", """
2024-04-05T08:12:01.1181Z ##[group]Run aws s3 sync media/ s3://ramkart-media/products/
2024-04-05T08:12:01.1183Z env:
2024-04-05T08:12:01.1184Z   AWS_ACCESS_KEY_ID: ***
2024-04-05T08:12:01.1185Z   AWS_SECRET_ACCESS_KEY: ***
2024-04-05T08:12:01.1186Z   AWS_DEFAULT_REGION: eu-central-1
2024-04-05T08:12:09.4410Z upload: media/ramki/dab-20mm.webp to s3://ramkart-media/products/ramki/dab-20mm.webp
2024-04-05T08:12:11.0021Z ##[endgroup]
""")

add("properties/decoy-jasypt", "b2b-portal/src/main/resources/application-prod.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
server.port=8443
spring.datasource.url=jdbc:sqlserver://mi-sofia01;databaseName=MIWarehouse;encrypt=true
spring.datasource.username=b2b_portal
spring.datasource.password=ENC(@@e1@@)
supplier.artwholesale.user=ramkart-sofia
supplier.artwholesale.password=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/"), e2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("properties/emag-password", "marketplace-sync/src/main/resources/marketplace.properties", "https://marketplace.emag.bg/infocenter/emag-academy/api-documentation/", """
# eMAG Marketplace - синхронизация на оферти (Java версия)
emag.url=https://marketplace-api.emag.bg/api-3
emag.username=api@ramkart.bg
emag.password=@@secret@@
emag.vendor-id=@@vid@@
sync.cron=0 */20 * * * *
""", rand_pw(16), vid=digits(5))

add("plist/aws-secret-key", "ops/mac-mini/bg.ramkart.backup.plist", "https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPSystemStartup/Chapters/CreatingLaunchdJobs.html", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>bg.ramkart.backup</string>
  <key>ProgramArguments</key>
  <array><string>/usr/local/bin/aws</string><string>s3</string><string>sync</string><string>/Users/design/Catalog</string><string>s3://ramkart-backup/design/</string></array>
  <key>EnvironmentVariables</key>
  <dict>
    <key>AWS_ACCESS_KEY_ID</key><string>@@kid@@</string>
    <key>AWS_SECRET_ACCESS_KEY</key><string>@@secret@@</string>
  </dict>
  <key>StartCalendarInterval</key><dict><key>Hour</key><integer>3</integer></dict>
</dict>
</plist>
""", aws_secret(), kid=aws_id())

add("ini/odbc-password", "tills/linux-kiosk/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[MIWarehouse]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:mi-sofia01.ramkart.local,1433
Database = MIWarehouse
UID = kiosk_prices
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("compose/sqlserver-password", "dev/microinvest-test/docker-compose.yml", "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker", """
# Тестова среда с копие на базата на Microinvest (анонимизирано)
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@secret@@"
      MSSQL_PID: Developer
    ports: ["1433:1433"]
    volumes: ["./backups:/var/opt/mssql/backup"]
""", words_pw())

add("github-actions/slack-webhook", ".github/workflows/nightly-stock-report.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly stock report
on:
  schedule: [{cron: "0 4 * * *"}]
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m reports.low_stock > report.txt
      - run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(cat report.txt)\\"}" \\
            @@secret@@
""", slack_webhook())

add("yaml/slack-webhook", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
  slack_api_url: "@@secret@@"
route:
  receiver: it-alerts
  group_by: [alertname, shop]
receivers:
  - name: it-alerts
    slack_configs:
      - channel: "#ramkart-it"
        title: "{{ .CommonLabels.alertname }} ({{ .CommonLabels.shop }})"
""", slack_webhook())

add("json/postgres-password", ".vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings/", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "ramkart prod (read)",
      "driver": "PostgreSQL",
      "server": "pg-main.ramkart.internal",
      "port": 5432,
      "database": "ramkart",
      "username": "analyst",
      "password": "@@secret@@"
    }
  ]
}
""", rand_pw(16))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """
version: 2
registries:
  nexus-pypi:
    type: python-index
    url: https://nexus.ramkart.bg/repository/pypi-all/simple
    username: dependabot
    password: ${{secrets.NEXUS_DEPENDABOT_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [nexus-pypi]
    schedule: {interval: weekly}
""")

add("sql/decoy-hashed-api-keys", "db/migrations/0012_api_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Ключовете за Loyalty API се пазят само като SHA-256 хеш + първите 8 символа
CREATE TABLE loyalty.api_key (
    id uuid PRIMARY KEY,
    prefix text NOT NULL,
    key_sha256 char(64) NOT NULL,
    partner text NOT NULL
);
INSERT INTO loyalty.api_key VALUES ('@@u@@', 'rk_live_', '@@h@@', 'mobile-app');
""", u=uuid_s(), h=sha256())

# ---------------------------------------------------------------- last group

add("yaml/borica-private-key", "deploy/helm/ramkart/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
image:
  repository: registry.ramkart.bg/shop/web
  tag: 2024.04.1
borica:
  terminal: V18001@@tid@@
  gateway: https://3dsgate.borica.bg/cgi-bin/cgi_link
  # частен ключ за подписване на заявките към БОРИКА
  privateKey: |
    @@key@@
ingress:
  host: ramkart.bg
""", (bk := pem("RSA")), tid=digits(2), key=bk.replace("\n", "\n    "))

add("kotlin/stripe-secret-key", "payments-api/src/main/kotlin/bg/ramkart/payments/StripeConfig.kt", "https://docs.stripe.com/api/authentication?lang=java", """
package bg.ramkart.payments

import com.stripe.Stripe
import io.ktor.server.application.Application

// Ktor услуга за международни плащания
fun Application.configureStripe() {
    Stripe.apiKey = "@@secret@@"
    Stripe.setAppInfo("ramkart-payments", "1.4.0", "https://ramkart.bg")
    log.info("Stripe configured for ${Stripe.getApiBase()}")
}
""", stripe_key())

add("csharp/sendgrid-api-key", "Ramkart.Accounting/Notifications/Mailer.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Ramkart.Accounting.Notifications
{
    public static class Mailer
    {
        private static readonly SendGridClient Client = new SendGridClient("@@secret@@");

        public static System.Threading.Tasks.Task SendOverdueAsync(string to, string invoice)
        {
            var msg = MailHelper.CreateSingleEmail(new EmailAddress("schetovodstvo@ramkart.bg", "Рамкарт"),
                new EmailAddress(to), $"Просрочена фактура {invoice}", $"Моля, погасете фактура {invoice}.", null);
            return Client.SendEmailAsync(msg);
        }
    }
}
""", sendgrid_key())

add("php/woocommerce-consumer-secret", "b2b/wholesale-sync/sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/?php#authentication", """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

// Цени на едро за B2B клиентите (ателиета, училища)
$woo = new Client(
    'https://ramkart.bg',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 60]
);
foreach ($woo->get('products', ['per_page' => 100, 'tag' => 'wholesale']) as $p) {
    echo $p->sku, "\\t", $p->price, PHP_EOL;
}
""", woo_cs(), ck=woo_ck())

add("env/openai-api-key", "tools/descriptions/.env", "https://platform.openai.com/docs/quickstart", """
# генератор на описания (BG/EN) за новите продукти
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
CATALOG_EXPORT=/volume1/catalog/new_products.csv
OUTPUT_LANG=bg
""", openai_key())

add("yaml/azure-client-secret", "services/mail-archive/appsettings.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
# Архив на пощата на магазините (Microsoft Graph)
graph:
  tenantId: @@tenant@@
  clientId: @@client@@
  clientSecret: @@secret@@
  mailboxes:
    - sofia1@ramkart.bg
    - plovdiv@ramkart.bg
    - varna@ramkart.bg
archive:
  path: /volume1/mail-archive
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("powershell/azure-client-secret", "it/m365/Get-MailboxSizes.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access", """
$tenant = '@@tenant@@'
$appId = '@@client@@'
$secret = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenant -ClientSecretCredential $cred -NoWelcome
Get-MgUser -All | ForEach-Object {
    # размер на пощенските кутии за отчета
    Get-MgUserMailFolder -UserId $_.Id -MailFolderId inbox | Select-Object @{n='User';e={$_.DisplayName}}, TotalItemCount
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/sqlserver-password", "Ramkart.Till/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", """
{
  "ConnectionStrings": {
    "Warehouse": "Server=mi-sofia01.ramkart.local;Database=MIWarehouse;User Id=till_sync;Password=@@secret@@;Encrypt=False"
  },
  "Till": { "Shop": "sofia-02", "Number": 1 },
  "Fiscal": { "Model": "TremolM20", "Host": "192.168.41.31" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("notebook/google-api-key", "analytics/notebooks/klienti_po_rayoni.ipynb", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Клиенти по райони (геокодиране на адресите за доставка)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import googlemaps, pandas as pd\\n", "gmaps = googlemaps.Client(key='@@secret@@')\\n",
              "addr = pd.read_csv('delivery_addresses_2023.csv')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["addr['loc'] = addr['address'].map(lambda a: gmaps.geocode(a + ', България')[0]['geometry']['location'])"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("go/speedy-password", "internal/couriers/speedy.go", "https://api.speedy.bg/web-api.html#href-ds-tracking", """
package couriers

import (
	"bytes"
	"encoding/json"
	"net/http"
)

var speedyAuth = map[string]string{"userName": "999@@u@@", "password": "@@secret@@", "language": "BG"}

func Track(parcelID string) (*http.Response, error) {
	body := map[string]any{"parcels": []map[string]string{{"id": parcelID}}}
	for k, v := range speedyAuth {
		body[k] = v
	}
	b, _ := json.Marshal(body)
	return http.Post("https://api.speedy.bg/v1/track", "application/json", bytes.NewReader(b))
}
""", digits(7), u=digits(4))

add("ruby/github-token", "quote-form/Gemfile", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-rubygems-registry", """
source "https://rubygems.org"

source "https://ramkart-ci:@@secret@@@rubygems.pkg.github.com/ramkart" do
  gem "ramkart-pricing", "~> 1.3"
end

gem "sinatra", "~> 4.0"
gem "sendgrid-ruby", "~> 6.7"
gem "puma", "~> 6.4"
""", github())

add("rust/smtp-password", "workshop/cut-queue/src/notify.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

pub fn order_ready(to: &str, order: &str) {
    let email = Message::builder()
        .from("Работилница Рамкарт <rabotilnitsa@ramkart.bg>".parse().unwrap())
        .to(to.parse().unwrap())
        .subject(format!("Поръчка {order} е готова"))
        .body(String::from("Рамката ви е готова за вземане."))
        .unwrap();
    let creds = Credentials::new("rabotilnitsa@ramkart.bg".to_owned(), "@@secret@@".to_owned());
    let mailer = SmtpTransport::relay("smtp.ramkart.bg").unwrap().credentials(creds).build();
    let _ = mailer.send(&email);
}
""", words_pw())

add("sql/sqlserver-password", "db/migrations/0015_microinvest_fdw.sql", "https://github.com/tds-fdw/tds_fdw/blob/master/ForeignServerCreation.md", """
-- Чете наличностите от Microinvest (SQL Server) директно от Postgres
CREATE EXTENSION IF NOT EXISTS tds_fdw;
CREATE SERVER microinvest FOREIGN DATA WRAPPER tds_fdw
    OPTIONS (servername 'mi-sofia01.ramkart.local', port '1433', database 'MIWarehouse');
CREATE USER MAPPING FOR ramkart_web SERVER microinvest
    OPTIONS (username 'pg_fdw', password '@@secret@@');
IMPORT FOREIGN SCHEMA dbo LIMIT TO (Goods, Store) FROM SERVER microinvest INTO mi;
""", words_pw())

add("xml/nuget-password", "Ramkart.Till/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="ramkart" value="https://nexus.ramkart.bg/repository/nuget-internal/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <ramkart>
      <add key="Username" value="ci-till" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </ramkart>
  </packageSourceCredentials>
</configuration>
""", rand_pw(20))

add("markdown/wifi-password", "docs/shops/plovdiv.md", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """
# Магазин Пловдив (ул. Княз Александър I 41)

- Работно време: 10:00-19:00, събота 10:00-15:00
- Управител: Петя Колева
- Рутер: MikroTik hAP ax2, 192.168.42.1
- Wi-Fi за персонала: `Ramkart-Staff`, парола `@@secret@@`
- Wi-Fi за клиенти: `Ramkart-Guest` (отворена, с портал)
- Касов апарат: Tremol M20, каса 1 и 2
- Машина за паспарту: няма, поръчките се режат в София
""", passphrase())

add("env/cloudinary-url", "media-tools/.env", "https://cloudinary.com/documentation/node_integration#configuration", """
# снимки на продуктите
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@ramkart
UPLOAD_FOLDER=products/paints
MAX_WIDTH=1600
WATERMARK=ramkart_logo_white
""", cloudinary_secret(), key=digits(15))

add("toml/postgres-password", "dashboards/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Табло за управителите на магазините
[connections.ramkart]
dialect = "postgresql"
host = "pg-main.ramkart.internal"
port = 5432
database = "ramkart"
username = "dashboards"
password = "@@secret@@"
""", rand_pw(18))

add("config/postgres-password", "it/laptops/ivan/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
pg-main.ramkart.internal:5432:ramkart:ivan:@@secret@@
pg-main.ramkart.internal:5432:metabase:metabase:*
localhost:5432:*:postgres:postgres
127.0.0.1:5433:ramkart_test:ramkart:ramkart
""", rand_pw(16))

add("config/ftp-password", "ops/price-import/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
# ценови листи от доставчиците (curl --netrc)
machine ftp.artwholesale.eu
  login ramkart_bg
  password @@secret@@
machine prices.profilramki.bg
  login ramkart
""", words_pw())

add("xml/econt-password", "couriers/legacy/econt_request.xml", "https://www.econt.com/developers/", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- стария XML интерфейс на Еконт (ползва се от касовия софтуер във Варна) -->
<request>
  <client>
    <username>ramkart_varna</username>
    <password>@@secret@@</password>
  </client>
  <request_type>shipping</request_type>
  <loadings>
    <row><sender><city>Варна</city><name>Рамкарт ЕООД</name></sender><weight>2.5</weight></row>
  </loadings>
</request>
""", words_pw())

add("csv/supplier-password", "it/exports/chrome_passwords_sofia-office.csv", "https://support.google.com/chrome/answer/95606", """
name,url,username,password,note
portal.artwholesale.eu,https://portal.artwholesale.eu/login,ramkart-sofia,@@secret@@,
accounts.google.com,https://accounts.google.com/,sofia1@ramkart.bg,,
ee.econt.com,https://ee.econt.com/login,ramkart_api,,
mypos.com,https://www.mypos.com/en/login,desislava@ramkart.bg,,2FA
""", words_pw())

add("k8s-secret/registry-password", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: shop
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {"auths": {"registry.ramkart.bg": {"username": "k8s-pull", "password": "@@secret@@"}}}
""", rand_pw(24))

add("dockerfile/npm-token", "frontend/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("github-actions/registry-password", ".github/workflows/build-images.yml", "https://docs.docker.com/reference/cli/docker/login/", """
name: build images
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker login registry.ramkart.bg -u ci-builder -p '@@secret@@'
      - run: docker build -t registry.ramkart.bg/shop/web:${{ github.sha }} .
      - run: docker push registry.ramkart.bg/shop/web:${{ github.sha }}
""", rand_pw(20))

add("ansible/mysql-password", "ansible/roles/wordpress/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: База за WordPress
  community.mysql.mysql_db:
    name: ramkart_wp
    state: present

- name: Потребител за WordPress
  community.mysql.mysql_user:
    name: wp_ramkart
    host: "10.10.%"
    password: "@@secret@@"
    priv: "ramkart_wp.*:ALL"
    state: present
""", words_pw())

add("terraform/github-token", "infra/github/main.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs#authentication", """
provider "github" {
  owner = "ramkart"
  token = "@@secret@@"
}

resource "github_repository" "fiscal" {
  name        = "ramkart-fiscal"
  description = "Драйвер за фискални устройства Tremol/Datecs"
  visibility  = "public"
}
""", fakes.github_fine_grained_token(_seed()))

add("log/telegram-bot-token", "logs/stock-alerts-2024-04-03.log", "https://core.telegram.org/bots/api#making-requests", """
2024-04-03 08:00:00 INFO  low stock check: 4 SKUs below minimum
2024-04-03 08:00:01 DEBUG POST https://api.telegram.org/bot@@secret@@/sendMessage chat_id=-100@@chat@@
2024-04-03 08:00:01 DEBUG response 200 {"ok":true,"result":{"message_id":1183}}
2024-04-03 08:00:01 INFO  alert sent: RP-4010-GLD (sofia-01: 1 м)
2024-04-03 08:00:02 INFO  done
""", telegram(), chat=digits(10))

add("shell/redis-password", "ops/tools/flush_price_cache.sh", "https://redis.io/docs/latest/develop/connect/cli/", """
#!/bin/sh
# Изчиства кеша на цените след промяна на ценовата листа
redis-cli -h redis-shop.ramkart.internal -p 6379 -a '@@secret@@' -n 2 --scan --pattern 'price:*' \\
  | xargs -r -n 500 redis-cli -h redis-shop.ramkart.internal -p 6379 -a '@@secret@@' -n 2 del
echo "кешът на цените е изчистен"
logger -t ramkart "price cache flushed by $USER"
""", redis_pw())

add("python/ftp-password", "ops/price-import/fetch_prices.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS
from pathlib import Path

# Ценова листа от доставчика на профили за рамки
HOST, USER, PASSWORD = "prices.profilramki.bg", "ramkart", "@@secret@@"


def fetch(target: Path) -> None:
    with FTP_TLS(HOST) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        with target.open("wb") as out:
            ftp.retrbinary("RETR cenova_lista_2024.xlsx", out.write)
""", rand_pw(14))

add("php/ftp-password", "wp-content/plugins/ramkart-feeds/export-feed.php", "https://www.php.net/manual/en/function.ftp-login.php", """
<?php
// Качва XML фийда за сравнителните сайтове (Pazaruvaj, Glami)
$conn = ftp_ssl_connect('feeds.pazaruvaj.com');
if (!ftp_login($conn, 'ramkart_bg', '@@secret@@')) {
    error_log('ramkart-feeds: ftp login failed');
    exit(1);
}
ftp_pasv($conn, true);
ftp_put($conn, 'ramkart.xml', WP_CONTENT_DIR . '/uploads/feeds/ramkart.xml', FTP_BINARY);
ftp_close($conn);
""", words_pw())

# ---------------------------------------------------------------- final decoys

add("python/decoy-idempotency-ids", "ramkart_web/payments/stripe_refunds.py", "https://docs.stripe.com/api/idempotent_requests", """
import os
import uuid

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
# namespace for deterministic idempotency keys (a constant UUID, not a secret)
REFUND_NAMESPACE = uuid.UUID("@@ns@@")


def refund(payment_intent: str, cents: int, order: str) -> stripe.Refund:
    key = str(uuid.uuid5(REFUND_NAMESPACE, f"{order}:{cents}"))
    return stripe.Refund.create(payment_intent=payment_intent, amount=cents, idempotency_key=key)
""", ns=uuid_s())

add("yaml/decoy-image-digests", "deploy/k8s/cronjobs.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: stock-sync
  namespace: shop
spec:
  schedule: "*/15 7-20 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: registry.ramkart.bg/shop/stocksync@sha256:@@d1@@
              envFrom: [{secretRef: {name: stocksync}}]
            - name: exporter
              image: registry.ramkart.bg/ops/push-exporter@sha256:@@d2@@
""", d1=sha256(), d2=sha256())

add("markdown/decoy-redacted-key", "docs/incidents/2024-01-stripe-key.md", "https://docs.stripe.com/keys#rolling-keys", """
# Инцидент: ключ на Stripe в публичен репозиторий (януари 2024)

- 11.01 GitHub secret scanning ни уведоми за `sk_live_••••••••••••••••••••{tail}` в стар fork на агенцията.
- 11.01 11:40 ключът е ротиран от Desislava (Dashboard -> Developers -> API keys -> Roll key).
- 11.01 12:05 новият ключ е само във Vault; K8s Secret `stripe` обновен.
- Не са открити неоторизирани плащания (проверени charges 01.12-11.01).

Поука: никакви ключове в хранилищата на агенции; само restricted keys за външни хора.
""".replace("{tail}", hexs(4)))

add("json/decoy-event-fixture", "services/orders/tests/fixtures/stripe_payment_intent_succeeded.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_3@@e@@",
  "object": "event",
  "api_version": "2023-10-16",
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3@@p@@",
      "object": "payment_intent",
      "amount": 12490,
      "currency": "eur",
      "latest_charge": "ch_3@@c@@",
      "metadata": {"order": "RK-24-11802"}
    }
  }
}
""", e=fakes.drawn(_seed(), 23, ALNUM), p=fakes.drawn(_seed(), 23, ALNUM), c=fakes.drawn(_seed(), 23, ALNUM))

add("typescript/decoy-validation-regex", "frontend/src/forms/validators.ts", "https://www.iban.com/structure", """
// Валидация на фирмени данни във формата за B2B регистрация
export const EIK = /^\\d{9}(\\d{4})?$/;
export const VAT_BG = /^BG\\d{9,10}$/;
export const IBAN_BG = /^BG\\d{2}[A-Z]{4}\\d{6}[A-Z0-9]{8}$/;
export const PHONE_BG = /^(\\+359|0)8[789]\\d{7}$/;

export function isValidIban(value: string): boolean {
  return IBAN_BG.test(value.replace(/\\s+/g, "").toUpperCase());
}
""")

add("go/decoy-test-url", "internal/config/dsn_test.go", "https://pkg.go.dev/net/url#Parse", """
package config

import "testing"

func TestParseDSNHidesPassword(t *testing.T) {
	// example credentials for the parser test only
	got := Redact("postgres://user:password@localhost:5432/ramkart_test?sslmode=disable")
	want := "postgres://user:xxxxx@localhost:5432/ramkart_test?sslmode=disable"
	if got != want {
		t.Fatalf("Redact() = %q, want %q", got, want)
	}
}
""")

add("env/decoy-local-defaults", "dev/.env.local", "https://hub.docker.com/_/postgres", """
# Локална среда (docker compose -f dev/compose.yml up) - стойностите са само за лаптопа
POSTGRES_USER=ramkart
POSTGRES_PASSWORD=ramkart
POSTGRES_DB=ramkart_dev
REDIS_URL=redis://localhost:6379/0
EPAY_SUBMIT_URL=https://demo.epay.bg/
ECONT_URL=https://demo.econt.com/ee/services
DEBUG=1
""")

add("shell/decoy-sops-decrypt", "ops/deploy/render_secrets.sh", "https://github.com/getsops/sops#usage", """
#!/usr/bin/env bash
# Декриптира тайните за средата и ги подава на kubectl, без да ги записва на диска
set -euo pipefail
ENV="${1:-prod}"
sops --decrypt "deploy/secrets/${ENV}.enc.yaml" | kubectl apply -n shop -f -
kubectl -n shop rollout restart deploy/ramkart-web
kubectl -n shop rollout status deploy/ramkart-web --timeout=180s
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
apiVersion: v1
kind: Secret
metadata:
  name: epay
type: Opaque
stringData:
  secret: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
  min: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
  age:
    - recipient: age1@@age@@
  lastmodified: "2024-04-01T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.8.1
""", d1=fakes.drawn(_seed(), 88, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 14, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("ini/decoy-git-credential-helper", "it/workstations/gitconfig", "https://git-scm.com/docs/gitcredentials", """
[user]
	name = Ramkart IT
	email = it@ramkart.bg
[credential "https://github.com"]
	helper = manager
[credential "https://nexus.ramkart.bg"]
	helper = manager
	username = ci-labels
[core]
	autocrlf = input
""")

add("config/decoy-public-keys", "ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ivan@ramkart-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ nikolay@ramkart-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ github-actions-deploy
from="10.10.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ backup@nas01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k5@@ desi@imac-design
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k4=fakes.drawn(_seed(), 43, ALNUM + "+/"), k5=fakes.drawn(_seed(), 200, ALNUM + "+/") + "=")

add("pem/decoy-certificate", "B2BPortal/certs/borica-MPI-public.pem", "https://3dsgate-dev.borica.bg/", """
# Публичният сертификат на БОРИКА за проверка на отговорите (не е таен)
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
""", l1="MIID" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("csv/decoy-payment-references", "accounting/exports/mypos_settlement_2024-03.csv", "https://developers.mypos.com/en/doc/online_payments/v1_4/21-purchase-with-payment-card-(api-call--ipcpurchase)", """
date,terminal,order,ipc_trnref,amount,currency,fee
2024-03-01,online,RK-24-09811,@@r1@@,84.60,BGN,1.52
2024-03-01,sofia-01,,@@r2@@,42.00,BGN,0.67
2024-03-02,plovdiv-01,,@@r3@@,156.90,BGN,2.51
2024-03-02,online,RK-24-09830,@@r4@@,39.90,BGN,0.72
2024-03-03,varna-01,,@@r5@@,210.00,BGN,3.36
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s())

add("java/decoy-default-truststore", "label-service/src/test/java/bg/ramkart/labels/TlsTest.java", "https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html", """
package bg.ramkart.labels;

import java.io.FileInputStream;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;

class TlsTest {
    @Test
    void jdkTruststoreLoads() throws Exception {
        // "changeit" is the JDK's documented default for cacerts
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new FileInputStream(System.getProperty("java.home") + "/lib/security/cacerts"), "changeit".toCharArray());
        assert ks.size() > 0;
    }
}
""")

add("kotlin/decoy-cert-pins", "android/app/src/main/kotlin/bg/ramkart/app/net/Pinning.kt", "https://square.github.io/okhttp/features/https/#certificate-pinning-kt-java", """
package bg.ramkart.app.net

import okhttp3.CertificatePinner

// SHA-256 pins of the public keys of api.ramkart.bg (public values)
val pinner = CertificatePinner.Builder()
    .add("api.ramkart.bg", "sha256/@@p1@@")
    .add("api.ramkart.bg", "sha256/@@p2@@")
    .build()
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("csharp/decoy-guids", "Ramkart.Till/Properties/AssemblyInfo.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.runtime.interopservices.guidattribute", """
using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Рамкарт Каса")]
[assembly: AssemblyCompany("Рамкарт ЕООД")]
[assembly: ComVisible(false)]
[assembly: Guid("@@g@@")]
[assembly: AssemblyVersion("3.2.0.0")]
[assembly: AssemblyFileVersion("3.2.0.417")]
""", g=uuid_s())

add("php/decoy-random-nonce", "wp-content/plugins/ramkart-epay/nonce.php", "https://www.php.net/manual/en/function.random-bytes.php", """
<?php
// Уникален номер на фактура за ePay.bg + еднократен nonce за формата
function ramkart_epay_nonce(): string {
    return bin2hex(random_bytes(16));
}

function ramkart_epay_invoice(int $order_id): string {
    return sprintf('%d%06d', date('y'), $order_id);
}
""")

add("ruby/decoy-rails-credentials", "b2b-catalog/config/environments/production.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
Rails.application.configure do
  config.eager_load = true
  config.require_master_key = true
  config.i18n.default_locale = :bg
  # Ключовете са в config/credentials/production.yml.enc (master key само на сървъра)
  config.action_mailer.smtp_settings = {
    address: "smtp.ramkart.bg",
    user_name: Rails.application.credentials.dig(:smtp, :user),
    password: Rails.application.credentials.dig(:smtp, :password)
  }
end
""")

add("terraform/decoy-random-password", "infra/aws/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "shop" {
  replication_group_id       = "ramkart-shop"
  description                = "Кеш на цените и сесиите"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis.result
}
""")

add("sql/decoy-transaction-ids", "db/reports/epay_reconciliation.sql", "https://www.epay.bg/v3main/img/front/tech_wire.pdf", """
-- Сверка на плащанията от ePay.bg с поръчките (IDN е номерът на транзакцията в ePay)
SELECT o.number, p.invoice, p.idn, p.amount, p.paid_at
FROM shop.epay_payment p
JOIN shop.orders o ON o.id = p.order_id
WHERE p.paid_at >= date_trunc('month', now()) - interval '1 month'
  AND p.idn IN ('@@i1@@', '@@i2@@', '@@i3@@')
ORDER BY p.paid_at;
""", i1=digits(10), i2=digits(10), i3=digits(10))

add("notebook/decoy-hashed-emails", "analytics/notebooks/loyalnost_kohorti.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_parquet.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Кохорти на програмата за лоялност (имейлите са само като SHA-256)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [
    {"output_type": "execute_result", "execution_count": 1, "metadata": {},
     "data": {"text/plain": ["   email_sha256                                                          first_order  orders\\n",
                             "0  @@h1@@  2023-02     7\\n",
                             "1  @@h2@@  2023-05     3"]}}],
   "source": ["import pandas as pd\\n", "df = pd.read_parquet('loyalty_cohorts.parquet')\\n", "df.head(2)"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256(), h2=sha256())

add("dockerfile/decoy-pinned-digest", "services/stocksync/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from", """
FROM golang:1.22-alpine@sha256:@@d1@@ AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /stocksync ./cmd/stocksync

FROM gcr.io/distroless/static@sha256:@@d2@@
COPY --from=build /stocksync /stocksync
USER nonroot
ENTRYPOINT ["/stocksync"]
""", d1=sha256(), d2=sha256())

add("ansible/decoy-vault-lookup", "ansible/roles/mail_relay/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ramkart/sendgrid:api_key') }}"
postfix_smtp_tls_security_level: encrypt
postfix_myhostname: relay.ramkart.internal
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-infra.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform apply
on:
  workflow_dispatch:
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
          role-to-assume: arn:aws:iam::@@acct@@:role/github-terraform
          aws-region: eu-central-1
      - run: terraform -chdir=infra/aws init && terraform -chdir=infra/aws apply -auto-approve
        env:
          TF_VAR_db_password: ${{ secrets.RDS_PASSWORD }}
""", acct=digits(12))

add("properties/decoy-wrapper-checksum", "android/gradle/wrapper/gradle-wrapper.properties", "https://docs.gradle.org/current/userguide/gradle_wrapper.html#sec:verification", """
distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionSha256Sum=@@s@@
distributionUrl=https\\://services.gradle.org/distributions/gradle-8.7-bin.zip
networkTimeout=10000
zipStoreBase=GRADLE_USER_HOME
zipStorePath=wrapper/dists
""", s=sha256())

add("toml/decoy-placeholder", "tools/descriptions/config.example.toml", "https://platform.openai.com/docs/quickstart", """
# Копирайте като config.toml; ключът се чете от OPENAI_API_KEY, ако е празен тук
[openai]
api_key = ""            # напр. "sk-proj-..." - не го комитвайте
model = "gpt-4o-mini"

[catalog]
export = "/volume1/catalog/new_products.csv"
languages = ["bg", "en"]
""")

# END OF CASES
