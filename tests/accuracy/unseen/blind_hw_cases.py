"""Blind set HW: olive-oil mills and food exporters (a Greek firm, Elaionas Messinias AE).

Mill floor devices (decanters, weighbridges, tank sensors), ERP and e-shop integrations, AADE
myDATA e-invoicing, couriers and freight forwarders, payment gateways, cloud and CI, docs and
runbooks (a third in Greek), SQL, CSV exports and logs, and their decoys.
Generated fakes only (seeds 3100000-3109999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3100000, 3109999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Elia", "Koroneiki", "Kalamata", "Taygetos", "Manaki", "Thymari", "Pyrgos", "Limani", "Agrilia",
         "Messini", "Ladi", "Petra", "Mylos", "Vrisi", "Kipos", "Helios", "Zeus", "Athina", "Nafplio", "Lefka"]
LOWER = ["elaia", "thalassa", "ampeli", "lemoni", "portokali", "kastano", "melissa", "trapezi", "kampana",
         "fengari", "xylo", "spiti", "dromos", "vouno", "louloudi", "psari"]


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
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def grafana_token() -> str:
    return fakes.fake("glsa_", 32, _seed()) + "_" + hexs(8)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_like(payload: str) -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(43))


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256() -> str:
    return hexs(64)


def gitsha() -> str:
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
    CASES.append(LabelledCase(f"blind-hw/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- mill floor, devices, ERP

add("python/decanter-hmi-password", "mill/telemetry/decanter_poll.py", "pymodbus client docs (ModbusTcpClient)", '''
# Ανάγνωση στροφών και θερμοκρασίας από τον decanter της γραμμής 2 (Pieralisi)
from pymodbus.client import ModbusTcpClient
import requests

DECANTER_HOST = "10.20.2.15"
HMI_USER = "service"
HMI_PASSWORD = "@@secret@@"


def read_speed():
    client = ModbusTcpClient(DECANTER_HOST, port=502)
    client.connect()
    rr = client.read_holding_registers(40001, count=4, slave=1)
    client.close()
    return rr.registers


def download_alarm_log():
    # το HMI δίνει το αρχείο συναγερμών μόνο με Basic auth
    r = requests.get(f"http://{DECANTER_HOST}/alarms.csv", auth=(HMI_USER, HMI_PASSWORD), timeout=10)
    r.raise_for_status()
    return r.text
''', words_pw())

add("yaml/weighbridge-ftp-password", "config/weighbridge.yml", "vsftpd / Python ftplib docs", '''
# Γεφυροπλάστιγγα εισόδου (παραλαβή ελιάς από παραγωγούς)
weighbridge:
  model: "Bilanciai D410"
  host: 192.168.40.12
  export:
    protocol: ftp
    user: zygisi
    password: "@@secret@@"
    remote_dir: /tickets
    poll_seconds: 60
  producer_ticket_prefix: "PAR-2026-"
''', rand_pw(14))

add("ini/scada-sql-password", "scada/historian.ini", "Microsoft ODBC connection string docs", '''
[historian]
; Ιστορικό θερμοκρασιών μάλαξης (malaxer) - SQL Server στο γραφείο παραγωγής
driver = ODBC Driver 18 for SQL Server
server = MILL-SQL01\\SCADA
database = Malaxis
uid = scada_writer
pwd = @@secret@@
encrypt = no

[sampling]
interval_s = 15
tags = MX1_TEMP,MX2_TEMP,MX3_TEMP,DEC_RPM
''', words_pw())

add("json/tank-sensor-thingsboard-token", "devices/tank-sensors/tank07.json", "ThingsBoard device access token docs", '''
{
  "device": "tank-07-inox-25t",
  "location": "Αποθήκη Β, δεξαμενή 7",
  "product": "EVOO Koroneiki 2026/27",
  "mqtt": {
    "host": "iot.elaionas.gr",
    "port": 1883,
    "topic": "v1/devices/me/telemetry",
    "accessToken": "@@secret@@"
  },
  "thresholds": {"temp_max_c": 18, "level_min_pct": 5}
}
''', rand_pw(20))

add("python/decoy-env-reference", "mill/telemetry/settings.py", "Python os.environ docs", '''
import os

# Όλα τα μυστικά έρχονται από το περιβάλλον (systemd EnvironmentFile)
DECANTER_HOST = os.environ.get("DECANTER_HOST", "10.20.2.15")
HMI_USER = os.environ.get("HMI_USER", "service")
HMI_PASSWORD = os.environ["HMI_PASSWORD"]
THINGSBOARD_TOKEN = os.environ["THINGSBOARD_TOKEN"]
HISTORIAN_DSN = os.getenv("HISTORIAN_DSN")
POLL_SECONDS = int(os.getenv("POLL_SECONDS", "15"))
''')

add("yaml/decoy-placeholder", "config/weighbridge.example.yml", "vsftpd docs", '''
# Αντιγράψτε σε weighbridge.yml και συμπληρώστε τα στοιχεία
weighbridge:
  model: "Bilanciai D410"
  host: 192.168.40.12
  export:
    protocol: ftp
    user: zygisi
    password: "<ftp-password>"
    remote_dir: /tickets
''')

add("csv/decoy-lot-numbers", "exports/lots_2026_11.csv", "GS1 General Specifications (GTIN, batch/lot)", '''
lot,gtin,product,harvest_date,acidity_pct,peroxide,k232,tank
EM26-1103-A,05201234500017,EVOO Koroneiki 500ml,2026-11-03,0.21,5.8,1.71,T07
EM26-1104-B,05201234500024,EVOO Koroneiki 1L,2026-11-04,0.24,6.1,1.75,T07
EM26-1106-A,05201234500031,EVOO PDO Kalamata 3L,2026-11-06,0.19,5.2,1.66,T03
EM26-1108-C,05201234500048,EVOO Organic 750ml,2026-11-08,0.27,7.0,1.80,T11
EM26-1110-A,05201234500055,Olive pomace oil 5L,2026-11-10,0.60,9.4,2.10,T14
''')

add("sql/erp-db-password", "db/migrations/0042_create_erp_link.sql", "SQL Server CREATE LOGIN / sp_addlinkedsrvlogin docs", '''
-- Σύνδεση του mill DB με το ERP (SoftOne) για τις παραλαβές ελαιοκάρπου
EXEC sp_addlinkedserver
    @server = N'SOFTONE',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'erp.elaionas.local';

EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'SOFTONE',
    @useself = N'FALSE',
    @rmtuser = N'mill_link',
    @rmtpassword = N'@@secret@@';
GO
''', words_pw())

add("python/softone-erp-password", "integrations/softone/client.py", "SoftOne Web Services login docs", '''
import requests

S1_URL = "https://elaionas.oncloud.gr/s1services"
APP_ID = "2001"


def login():
    payload = {
        "service": "login",
        "username": "webservice",
        "password": "@@secret@@",
        "appId": APP_ID,
    }
    r = requests.post(S1_URL, json=payload, timeout=20)
    r.raise_for_status()
    return r.json()["clientID"]


def authenticate(client_id):
    return requests.post(S1_URL, json={"service": "authenticate", "clientID": client_id,
                                       "COMPANY": "1000", "BRANCH": "1000", "MODULE": "0", "REFID": "1"}).json()
''', words_pw())

add("python/decoy-session-id", "integrations/softone/fixtures.py", "SoftOne Web Services docs", '''
# Απαντήσεις του S1 για τα unit tests (καταγεγραμμένες, το clientID είναι session που έχει λήξει
# και δεν αποτελεί διαπιστευτήριο)
LOGIN_RESPONSE = {
    "success": True,
    "clientID": "9J8pLJLKGZHOD4XIWLAO9Q6G7Z2Z8QX8JJEM6D6S",
    "objs": [{"COMPANY": "1000", "COMPANYNAME": "ELAIONAS MESSINIAS AE", "BRANCH": "1000"}],
    "ver": "6.00.621.11585",
}

ERROR_RESPONSE = {"success": False, "errorcode": -101, "error": "Invalid username or password"}
''')

add("env/mydata-subscription-key", ".env.production", "AADE myDATA REST API documentation (aade-user-id, ocp-apim-subscription-key)", '''
# myDATA (ΑΑΔΕ) - ηλεκτρονική διαβίβαση παραστατικών
MYDATA_BASE_URL=https://mydatapi.aade.gr/myDATA
MYDATA_USER_ID=elaionas_erp
MYDATA_SUBSCRIPTION_KEY=@@secret@@
MYDATA_VAT=099812345
INVOICE_SERIES=TDA
LOG_LEVEL=info
''', hexs(32))

add("python/mydata-subscription-key", "integrations/mydata/send_invoices.py", "AADE myDATA REST API documentation", '''
import requests

BASE = "https://mydatapi.aade.gr/myDATA"
HEADERS = {
    "aade-user-id": "elaionas_erp",
    "ocp-apim-subscription-key": "@@secret@@",
    "Content-Type": "application/xml",
}


def send(xml_doc: bytes):
    # Αποστολή παραστατικών (SendInvoices) - επιστρέφει MARK για κάθε τιμολόγιο
    resp = requests.post(f"{BASE}/SendInvoices", data=xml_doc, headers=HEADERS, timeout=60)
    resp.raise_for_status()
    return resp.text
''', hexs(32))

add("xml/decoy-mydata-mark", "integrations/mydata/samples/response_ok.xml", "AADE myDATA ResponseDoc schema", '''
<?xml version="1.0" encoding="utf-8"?>
<ResponseDoc xmlns="http://www.aade.gr/myDATA/invoice/v1.0">
  <response>
    <index>1</index>
    <invoiceUid>4A3B1D6C9E0F27A8B5C4D3E2F1A0B9C8D7E6F5A4</invoiceUid>
    <invoiceMark>400001912345678</invoiceMark>
    <qrUrl>https://mydata.aade.gr/timologio/qrcodeurl/1f3c9a7e</qrUrl>
    <statusCode>Success</statusCode>
  </response>
</ResponseDoc>
''')

add("markdown/decoy-mydata-docs", "docs/mydata.md", "AADE myDATA REST API documentation", '''
# Διαβίβαση στο myDATA

Το ERP στέλνει τα παραστατικά πώλησης στο myDATA κάθε βράδυ στις 23:00.

| Ρύθμιση | Πού βρίσκεται |
|---|---|
| `aade-user-id` | `MYDATA_USER_ID` στο Vault, `secret/erp/mydata` |
| `ocp-apim-subscription-key` | `MYDATA_SUBSCRIPTION_KEY` στο Vault, `secret/erp/mydata` |

Για δοκιμές χρησιμοποιούμε το dev περιβάλλον `https://mydataapidev.aade.gr` με δικό του
κλειδί (`<dev-subscription-key>`), που ζητάει ο λογιστής από την ΑΑΔΕ.

Αν μια αποστολή αποτύχει, το MARK μένει κενό και ο job ξαναδοκιμάζει το επόμενο βράδυ.
''')

add("php/woocommerce-consumer-secret", "eshop/wp-content/plugins/elaionas-sync/sync.php", "WooCommerce REST API docs (consumer key / secret)", '''
<?php
// Συγχρονισμός αποθέματος από το ERP προς το e-shop (elaionas-shop.gr)
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://elaionas-shop.gr',
    'ck_6d1f0c3a88e24b7fa1e0c9b3d4e5f60718293a4b',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

function push_stock($woocommerce, $sku, $qty) {
    $products = $woocommerce->get('products', ['sku' => $sku]);
    if (!$products) { return; }
    $woocommerce->put('products/' . $products[0]->id, ['stock_quantity' => $qty]);
}
''', woo_key("cs_"))

add("php/decoy-wp-config-salts-placeholder", "eshop/wp-config-sample.php", "WordPress wp-config.php docs", '''
<?php
define( 'DB_NAME', 'elaionas_shop' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
''')

add("php/wordpress-db-password", "eshop/wp-config.php", "WordPress wp-config.php docs", '''
<?php
/** Ρυθμίσεις βάσης για το elaionas-shop.gr */
define( 'DB_NAME', 'elaionas_shop' );
define( 'DB_USER', 'shop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'db-eshop.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'ela_';
define( 'WP_DEBUG', false );
define( 'WP_HOME', 'https://elaionas-shop.gr' );
''', rand_pw(22, "#%"))

add("typescript/shopify-admin-token", "shopify-app/src/lib/admin.ts", "Shopify Admin API access tokens docs", '''
// Admin API client for the export storefront (elaionas-export.myshopify.com)
import { createAdminApiClient } from "@shopify/admin-api-client";

export const admin = createAdminApiClient({
  storeDomain: "elaionas-export.myshopify.com",
  apiVersion: "2025-01",
  accessToken: "@@secret@@",
});

export async function setInventory(inventoryItemId: string, qty: number) {
  return admin.request(`mutation { inventorySetOnHandQuantities(input: {reason: "correction",
    setQuantities: [{inventoryItemId: "${inventoryItemId}", locationId: "gid://shopify/Location/7741", quantity: ${qty}}]}) { userErrors { message } } }`);
}
''', shopify_token())

add("typescript/decoy-shopify-storefront-public", "shopify-app/src/lib/storefront.ts", "Shopify Storefront API docs (public access token)", '''
// Storefront API: the public access token is meant to ship in the browser bundle
import { createStorefrontApiClient } from "@shopify/storefront-api-client";

export const storefront = createStorefrontApiClient({
  storeDomain: "elaionas-export.myshopify.com",
  apiVersion: "2025-01",
  publicAccessToken: process.env.NEXT_PUBLIC_STOREFRONT_TOKEN!,
});

export const productsQuery = `{ products(first: 12) { nodes { id title handle } } }`;
''')

add("env/viva-wallet-client-secret", "payments/.env", "Viva Wallet Smart Checkout docs (OAuth2 client credentials)", '''
# Viva Wallet - Smart Checkout για το ελληνικό e-shop
VIVA_ENV=production
VIVA_ACCOUNTS_URL=https://accounts.vivapayments.com
VIVA_API_URL=https://api.vivapayments.com
VIVA_CLIENT_ID=q8v3n1k2mx7d4r5t6y9w0e1u2i3o4p5a6s7d8f9g0h.apps.vivapayments.com
VIVA_CLIENT_SECRET=@@secret@@
VIVA_SOURCE_CODE=4721
''', rand_pw(30))

add("python/viva-wallet-api-key", "payments/viva/refunds.py", "Viva Wallet Native Checkout / Basic Auth API docs", '''
import requests

MERCHANT_ID = "5c6d8e2f-1a3b-4c5d-9e7f-0a1b2c3d4e5f"
API_KEY = "@@secret@@"


def refund(transaction_id: str, amount_cents: int):
    # Επιστροφή χρημάτων σε πελάτη (π.χ. σπασμένο μπουκάλι στη μεταφορά)
    url = f"https://www.vivapayments.com/api/transactions/{transaction_id}"
    r = requests.delete(url, params={"amount": amount_cents}, auth=(MERCHANT_ID, API_KEY), timeout=30)
    r.raise_for_status()
    return r.json()
''', rand_pw(24, "{}()#"))

add("javascript/decoy-viva-source-code", "eshop/static/js/checkout.js", "Viva Wallet Smart Checkout docs", '''
// Ανακατεύθυνση στο Smart Checkout της Viva - μόνο ο order code φεύγει από τον server
const VIVA_CHECKOUT = "https://www.vivapayments.com/web/checkout";
const SOURCE_CODE = "4721";

async function pay(cartId) {
  const res = await fetch(`/api/orders/${cartId}/viva`, { method: "POST" });
  const { orderCode } = await res.json();
  window.location.href = `${VIVA_CHECKOUT}?ref=${orderCode}&color=6b8e23`;
}

document.querySelector("#pay-btn").addEventListener("click", () => pay(window.CART_ID));
''')

add("ruby/stripe-secret-key", "wholesale-portal/config/initializers/stripe.rb", "Stripe API keys docs", '''
# Wholesale portal (B2B buyers in DE, NL, US) takes card deposits through Stripe
Rails.configuration.stripe = {
  publishable_key: "pk_live_51NxElaionasPubDemoKeyAbcdef0123",
  secret_key: "@@secret@@",
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
''', stripe_key())

add("ruby/decoy-stripe-publishable", "wholesale-portal/app/views/layouts/_stripe.html.erb", "Stripe.js docs (publishable key)", '''
<script src="https://js.stripe.com/v3/"></script>
<script>
  // publishable key: public by design, it only creates tokens in the browser
  const stripe = Stripe("<%= Rails.configuration.stripe[:publishable_key] %>");
  const elements = stripe.elements({ locale: "<%= I18n.locale %>" });
  const card = elements.create("card");
  card.mount("#card-element");
</script>
<div id="card-element"></div>
''')

add("go/stripe-webhook-secret", "services/orders/webhook.go", "Stripe webhook signatures docs", '''
package main

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@@secret@@"

func stripeWebhook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	handleEvent(event)
	w.WriteHeader(http.StatusOK)
}
''', fakes.fake("whsec_", 32, _seed()))

add("go/decoy-webhook-secret-env", "services/orders/config.go", "Go os.Getenv docs", '''
package main

import "os"

type Config struct {
	StripeKey      string
	WebhookSecret  string
	DatabaseURL    string
}

func loadConfig() Config {
	return Config{
		StripeKey:     os.Getenv("STRIPE_SECRET_KEY"),
		WebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		DatabaseURL:   os.Getenv("DATABASE_URL"),
	}
}
''')


# ---------------------------------------------------------------- couriers, freight, export

add("python/acs-courier-api-key", "integrations/couriers/acs.py", "ACS Courier Web Services API docs (AcsApiKey header)", '''
import requests

ACS_URL = "https://webservices.acscourier.net/ACSRestServices/api/ACSAutoRest"
ACS_HEADERS = {"AcsApiKey": "@@secret@@", "Content-Type": "application/json"}
ACS_COMPANY = {"Company_ID": "ELAIONAS", "Company_Password": "acs2026", "User_ID": "elaion01", "User_Password": "acs2026"}


def create_voucher(order):
    body = {"ACSAlias": "ACS_Create_Voucher", "ACSInputParameters": dict(ACS_COMPANY, **{
        "Pickup_Date": order.ship_date.isoformat(),
        "Recipient_Name": order.name,
        "Recipient_Address": order.street,
        "Recipient_Zipcode": order.zip,
        "Weight": order.kg,
    })}
    return requests.post(ACS_URL, json=body, headers=ACS_HEADERS, timeout=30).json()
''', rand_pw(32))

add("json/geniki-taxydromiki-password", "integrations/couriers/gt_settings.json", "Geniki Taxydromiki JobServicesV2 SOAP docs (Authenticate)", '''
{
  "service_url": "https://voucher.taxydromiki.gr/JobServicesV2.asmx",
  "authenticate": {
    "sUsrName": "elaionas_ws",
    "sUsrPwd": "@@secret@@",
    "applicationKey": "5F2C9A41-7B3D-4E8A-9C1F-0D2E3A4B5C6D"
  },
  "default_service": "ΕΠ",
  "cod_account": "ΠΕΙΡΑΙΩΣ",
  "label_format": "Flyer"
}
''', words_pw())

add("java/dhl-express-api-password", "export-service/src/main/java/gr/elaionas/export/DhlClient.java", "DHL Express MyDHL API docs (Basic auth)", '''
package gr.elaionas.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class DhlClient {
    private static final String BASE = "https://express.api.dhl.com/mydhlapi";
    private static final String API_KEY = "elaionasGR";
    private static final String API_SECRET = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String rates(String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/rates"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', rand_pw(16, "$!"))

add("properties/freight-forwarder-sftp-password", "export-service/src/main/resources/application-prod.properties", "Spring Boot externalized configuration docs", '''
# Export service (πρόγραμμα φορτώσεων containers προς Πειραιά)
server.port=8085
spring.datasource.url=jdbc:postgresql://pg-export.internal:5432/export
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}

# Αποστολή packing lists στον forwarder (Kuehne+Nagel EDI gateway)
forwarder.sftp.host=edi.kn-portal.com
forwarder.sftp.port=22
forwarder.sftp.user=elaionas_gr
forwarder.sftp.password=@@secret@@
forwarder.sftp.dir=/inbound/packinglist
''', rand_pw(16, "@#"))

add("properties/decoy-spring-placeholders", "export-service/src/main/resources/application.properties", "Spring Boot externalized configuration docs", '''
server.port=8085
spring.datasource.url=jdbc:postgresql://localhost:5432/export
spring.datasource.username=${DB_USER:export}
spring.datasource.password=${DB_PASSWORD}
forwarder.sftp.host=edi.kn-portal.com
forwarder.sftp.user=${FORWARDER_SFTP_USER}
forwarder.sftp.password=${FORWARDER_SFTP_PASSWORD}
forwarder.sftp.dir=/inbound/packinglist
management.endpoints.web.exposure.include=health,info
''')

add("csv/decoy-container-numbers", "exports/shipments_q4.csv", "ISO 6346 container numbering", '''
booking,container,seal,vessel,pol,pod,etd,pallets,net_kg,hs_code
MEDU8841207,MSCU4471259,ML-GR-2204719,MSC ARINA,GRPIR,USNYC,2026-11-14,20,18240,150920
MEDU8841311,TGHU8837120,ML-GR-2204744,MSC ARINA,GRPIR,USNYC,2026-11-14,20,18110,150920
HLCU2026117,HLXU6612048,HL-3391027,ANTWERPEN EXPRESS,GRPIR,DEHAM,2026-11-21,22,19800,150920
CMAU6620041,CMAU9914702,CM-7730155,CMA CGM TAGE,GRPIR,AUMEL,2026-12-02,18,16200,150930
''')

add("markdown/decoy-export-docs-checklist", "docs/export/checklist_usa.md", "FDA Food Facility Registration docs", '''
# Checklist αποστολής προς ΗΠΑ

1. Prior Notice στο FDA (PNSI) τουλάχιστον 8 ώρες πριν την άφιξη. Αριθμός επιβεβαίωσης στο
   φύλλο φόρτωσης.
2. FDA Food Facility Registration: **13894027716** (δημόσιος αριθμός εγκατάστασης, όχι κωδικός).
3. DUNS: 480123997.
4. Πιστοποιητικό ΠΟΠ Καλαμάτα: ΕΛΓΟ-ΔΗΜΗΤΡΑ αρ. 0427/2026.
5. Ο κωδικός εισόδου στο FDA Industry Systems είναι στο 1Password (vault "Export").
6. Τιμολόγιο και packing list υπογεγραμμένα, HS 1509.20.
''')

add("yaml/decoy-helm-values-secretref", "deploy/helm/export-service/values.yaml", "Helm values / Kubernetes secretKeyRef docs", '''
image:
  repository: registry.elaionas.gr/export-service
  tag: "1.14.2"
env:
  - name: DB_PASSWORD
    valueFrom:
      secretKeyRef:
        name: export-db
        key: password
  - name: FORWARDER_SFTP_PASSWORD
    valueFrom:
      secretKeyRef:
        name: forwarder-sftp
        key: password
resources:
  limits: {cpu: "500m", memory: 512Mi}
''')

_pw = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/export-db-secret.yaml", "Kubernetes Secret docs (data, base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: export-db
  namespace: export
type: Opaque
data:
  username: ZXhwb3J0
  password: @@b64@@
''', b64(_pw), b64=b64(_pw))

_pw = rand_pw(24)
add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml", "Kubernetes Secret docs (data, base64)", '''
# Redis για τα καλάθια του e-shop και τα Celery jobs
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: eshop
  labels:
    app.kubernetes.io/part-of: elaionas-shop
type: Opaque
data:
  redis-password: @@b64@@
''', b64(_pw), b64=b64(_pw))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed/mydata-sealed.yaml", "Bitnami Sealed Secrets docs", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mydata
  namespace: erp
spec:
  encryptedData:
    MYDATA_SUBSCRIPTION_KEY: AgBy3i4OJSWK+PiTySYZZA1rO43cGDEq7XmCHmXBzJhtCyA1E2fBk3R7oKf8xwqD5mLmN9vHc8uPZ1aYt0rQe+5TbNjGxq2R7tV0HsFwL4cY8aZp1KmB9oXeDfG6hJ3lQ2wR5tY7uI9oP0aS1dF4gH6jK8lZ3xC5vB7nM2qW4eR6tY8uI0oP==
    MYDATA_USER_ID: AgAKf9Zr1hT3mN5pQ7sU9wY1aC3eG5iK7mO9qS1uW3yA5cE7gI9kM1oQ3sU5wY7aC9eG1iK3mO5qS7uW9yA1cE3gI5kM7oQ9sU1wY3aC5eG7iK9mO1qS3uW5yA7cE9gI==
  template:
    metadata:
      name: mydata
      namespace: erp
''')

add("k8s-secret/decoy-stringdata-placeholder", "deploy/k8s/templates/viva-secret.example.yaml", "Kubernetes Secret docs (stringData)", '''
# Πρότυπο - οι πραγματικές τιμές μπαίνουν από το ExternalSecret (AWS Secrets Manager)
apiVersion: v1
kind: Secret
metadata:
  name: viva-wallet
  namespace: eshop
type: Opaque
stringData:
  VIVA_CLIENT_ID: "changeme.apps.vivapayments.com"
  VIVA_CLIENT_SECRET: "changeme"
''')

add("yaml/decoy-external-secret", "deploy/k8s/external/viva-external-secret.yaml", "External Secrets Operator docs", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: viva-wallet
  namespace: eshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: viva-wallet
  data:
    - secretKey: VIVA_CLIENT_SECRET
      remoteRef:
        key: prod/eshop/viva
        property: client_secret
''')

# ---------------------------------------------------------------- cloud, CI, containers

add("env/aws-secret-access-key", "infra/backup/.env.backup", "AWS CLI environment variables docs", '''
# Νυχτερινό backup της βάσης ERP στο S3 (eu-south-1, Μιλάνο)
AWS_DEFAULT_REGION=eu-south-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
BACKUP_BUCKET=elaionas-erp-backups
RETENTION_DAYS=35
''', aws_secret(), kid=aws_id())

add("ini/aws-credentials-file", "infra/backup/aws/credentials", "AWS CLI shared credentials file docs", '''
[default]
region = eu-south-1

[elaionas-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[elaionas-readonly]
role_arn = arn:aws:iam::418273950611:role/ReadOnly
source_profile = elaionas-backup
''', aws_secret(), kid=aws_id())

add("shell/aws-access-key-command-line", "scripts/sync_label_artwork.sh", "AWS CLI configuration docs", '''
#!/usr/bin/env bash
# Ανέβασμα των ετικετών (PDF) στον S3 για το τυπογραφείο
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY="@@secret@@"
export AWS_DEFAULT_REGION=eu-central-1

aws s3 sync ./artwork/2026 s3://elaionas-label-artwork/2026 \\
  --exclude "*.psd" --delete
echo "ok: $(date -Iseconds)"
''', aws_secret(), kid=aws_id())

add("shell/decoy-aws-profile", "scripts/restore_backup.sh", "AWS CLI named profiles docs", '''
#!/usr/bin/env bash
# Επαναφορά backup - χρησιμοποιεί το profile του χρήστη (SSO), όχι κλειδιά
set -euo pipefail
PROFILE="${AWS_PROFILE:-elaionas-sso}"
DAY="${1:?usage: restore_backup.sh YYYY-MM-DD}"

aws sso login --profile "$PROFILE"
aws s3 cp "s3://elaionas-erp-backups/erp/${DAY}.bak.gz" /tmp/ --profile "$PROFILE"
gunzip -f "/tmp/${DAY}.bak.gz"
sha256sum "/tmp/${DAY}.bak"
''')

add("terraform/aws-secret-key", "infra/terraform/providers.tf", "Terraform AWS provider docs (static credentials)", '''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "elaionas-tfstate"
    key    = "prod/terraform.tfstate"
    region = "eu-south-1"
  }
}

provider "aws" {
  region     = "eu-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
''', aws_secret(), kid=aws_id())

add("terraform/decoy-variable-reference", "infra/terraform/rds.tf", "Terraform aws_db_instance docs", '''
resource "aws_db_instance" "erp" {
  identifier              = "elaionas-erp"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "erp_admin"
  manage_master_user_password = true
  backup_retention_period = 14
  skip_final_snapshot     = false
  tags = { Owner = "IT", CostCenter = "ERP" }
}

variable "db_password" {
  type      = string
  sensitive = true
}
''')

add("terraform/rds-master-password", "infra/terraform/lab/rds_lab.tf", "Terraform aws_db_instance docs", '''
# Lab περιβάλλον για δοκιμές του νέου ERP (να σβηστεί μετά τον Μάρτιο)
resource "aws_db_instance" "erp_lab" {
  identifier          = "elaionas-erp-lab"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "erp_admin"
  password            = "@@secret@@"
  publicly_accessible = false
  skip_final_snapshot = true
}
''', words_pw())

add("github-actions/pypi-token", ".github/workflows/release-labels-lib.yml", "PyPI API tokens docs / twine docs", '''
name: release elaionas-labels
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
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
''', fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-eshop.yml", "GitHub Actions secrets docs", '''
name: deploy e-shop
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
          role-to-assume: arn:aws:iam::418273950611:role/gha-deploy
          aws-region: eu-south-1
      - run: ./scripts/deploy.sh
        env:
          VIVA_CLIENT_SECRET: ${{ secrets.VIVA_CLIENT_SECRET }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_DEPLOYS }}
''')

add("github-actions/slack-webhook", ".github/workflows/nightly-mydata.yml", "Slack incoming webhooks docs", '''
name: nightly myDATA check
on:
  schedule:
    - cron: "0 22 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m integrations.mydata.check_pending
      - name: notify
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"myDATA: εκκρεμή παραστατικά χωρίς MARK"}' \\
            @@secret@@
''', slack_webhook())

add("dockerfile/github-token-build-arg", "services/labels/Dockerfile", "Dockerfile reference (ARG/ENV)", '''
FROM python:3.12-slim
WORKDIR /app
# private repo με τα πρότυπα ετικετών (EN/DE/EL)
ENV GITHUB_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git fonts-dejavu && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/elaionas/label-templates.git@v3.2"
COPY . .
CMD ["gunicorn", "labels.app:app", "-b", "0.0.0.0:8000"]
''', fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "services/eshop/Dockerfile", "Docker BuildKit secret mounts docs", '''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
''')

add("compose/postgres-password", "docker-compose.yml", "Docker Compose / postgres image docs", '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: mill
      POSTGRES_USER: mill
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  telemetry:
    build: ./mill/telemetry
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://mill@db:5432/mill
volumes:
  pgdata:
''', rand_pw(18))

add("compose/decoy-env-file", "docker-compose.dev.yml", "Docker Compose env_file / variable interpolation docs", '''
services:
  db:
    image: postgres:16
    env_file: .env.dev
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env.dev}
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
''')

add("compose/influxdb-admin-token", "mill/monitoring/docker-compose.yml", "InfluxDB 2 Docker image docs (DOCKER_INFLUXDB_INIT_ADMIN_TOKEN)", '''
# Παρακολούθηση μάλαξης/θερμοκρασιών - InfluxDB + Grafana στο mini-PC του ελαιουργείου
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: elaionas
      DOCKER_INFLUXDB_INIT_BUCKET: mill
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@secret@@
    ports: ["8086:8086"]
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
''', fakes.fake("", 86, _seed()) + "==")


add("yaml/grafana-service-account-token", "mill/monitoring/provisioning/alerting-sync.yml", "Grafana service account tokens docs", '''
# Συγχρονισμός κανόνων ειδοποίησης από το repo στο Grafana του ελαιουργείου
grafana:
  url: http://mill-mon.local:3000
  token: @@secret@@
  folder: "Ελαιουργείο"
rules:
  - name: malaxer-temp-high
    expr: max(mx_temp_c) > 27
    for: 5m
    notify: mill-shift-telegram
''', grafana_token())

add("python/telegram-bot-token", "mill/alerts/telegram_notify.py", "Telegram Bot API docs", '''
import requests

# Bot "ElaiourgeioAlertsBot" - στέλνει ειδοποιήσεις στη βάρδια (ομάδα "Βάρδια Ελαιουργείου")
BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873362910


def notify(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        data={"chat_id": CHAT_ID, "text": text, "parse_mode": "HTML"},
        timeout=10,
    )


if __name__ == "__main__":
    notify("<b>Δοκιμή</b>: ο decanter 2 σταμάτησε")
''', fakes.telegram_token(_seed()))

add("shell/telegram-bot-token-curl", "mill/alerts/tank_level_cron.sh", "Telegram Bot API docs (sendMessage)", '''
#!/bin/sh
# cron */10: ειδοποίηση όταν η στάθμη δεξαμενής πέσει κάτω από 5%
LEVEL=$(mosquitto_sub -h iot.elaionas.gr -t tanks/07/level -C 1)
if [ "${LEVEL%.*}" -lt 5 ]; then
  curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
    -d chat_id=-1001873362910 \\
    -d text="Δεξαμενή 7: στάθμη ${LEVEL}%"
fi
''', fakes.telegram_token(_seed()))

add("python/decoy-telegram-chat-ids", "mill/alerts/recipients.py", "Telegram Bot API docs (chat_id)", '''
# Chat ids (δημόσια αναγνωριστικά συνομιλιών, όχι tokens)
CHATS = {
    "shift": -1001873362910,
    "quality_lab": -1002219004471,
    "management": -1001550038812,
}
BOT_USERNAME = "ElaiourgeioAlertsBot"
TOKEN_ENV = "TELEGRAM_BOT_TOKEN"


def chat_for(team: str) -> int:
    return CHATS.get(team, CHATS["shift"])
''')

add("yaml/decoy-ansible-vault", "ansible/group_vars/mill/vault.yml", "Ansible Vault docs", '''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616165343261
38623336643535633262316666316632383835656262653137623966396239386461313433373135
3336613631383537300a653066653733356662616530646161656161353661366134643633366533
63346563626664663861343662363761346637626465623134333534613936623831366537613437
3761663264643364373966363431356165653664313763646638
''')

add("ansible/smtp-password", "ansible/roles/postfix/defaults/main.yml", "Postfix SASL relay docs", '''
---
# Postfix στον mill-srv: στέλνει τα δελτία παραλαβής στους παραγωγούς μέσω του relay της Forthnet
postfix_relayhost: "[smtp.forthnet.gr]:587"
postfix_sasl_user: "deltia@elaionas.gr"
postfix_sasl_password: "@@secret@@"
postfix_smtp_tls_security_level: encrypt
postfix_myhostname: mill-srv.elaionas.local
postfix_inet_interfaces: loopback-only
''', words_pw())

add("ansible/decoy-vault-variable", "ansible/roles/postfix/vars/main.yml", "Ansible Vault best practices (vault_ prefix)", '''
---
postfix_relayhost: "[smtp.forthnet.gr]:587"
postfix_sasl_user: "deltia@elaionas.gr"
postfix_sasl_password: "{{ vault_postfix_sasl_password }}"
postfix_smtp_tls_security_level: encrypt
postfix_sasl_passwd_file: /etc/postfix/sasl_passwd
postfix_sasl_passwd_mode: "0600"
''')

add("ansible/mikrotik-admin-password", "ansible/inventory/mill/host_vars/router-mill.yml", "Ansible network_cli connection docs", '''
---
# MikroTik στο ελαιουργείο (σύνδεση αποθήκης - γραφείων με VPN)
ansible_host: 10.20.0.1
ansible_network_os: community.routeros.routeros
ansible_connection: ansible.netcommon.network_cli
ansible_user: admin
ansible_password: "@@secret@@"
wireguard_peer_office: 10.99.0.2/32
snmp_community_ro: elaionas-ro
''', rand_pw(16, "!@"))

add("ini/ldap-bind-password", "erp/ldap/sssd.conf", "sssd-ldap man page (ldap_default_authtok)", '''
[sssd]
services = nss, pam
domains = elaionas.local

[domain/elaionas.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.elaionas.local
ldap_search_base = dc=elaionas,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Service,dc=elaionas,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
''', words_pw())

add("python/ldap-bind-password", "intranet/auth/ldap_backend.py", "ldap3 docs (Connection)", '''
from ldap3 import Server, Connection, ALL

SERVER = Server("ldaps://dc01.elaionas.local", get_info=ALL)
BIND_DN = "cn=svc-intranet,ou=Service,dc=elaionas,dc=local"


def find_user(username: str):
    conn = Connection(SERVER, BIND_DN, "@@secret@@", auto_bind=True)
    conn.search("ou=Staff,dc=elaionas,dc=local", f"(sAMAccountName={username})",
                attributes=["displayName", "mail", "department"])
    entries = list(conn.entries)
    conn.unbind()
    return entries[0] if entries else None
''', words_pw())

add("powershell/ad-service-password", "it/scripts/New-SeasonalWorkers.ps1", "PowerShell ConvertTo-SecureString docs", '''
# Δημιουργία λογαριασμών για τους εποχικούς εργάτες της σεζόν (Οκτ-Φεβ)
Import-Module ActiveDirectory
$svcUser = "ELAIONAS\\svc-provision"
$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)

Import-Csv .\\seasonal_2026.csv | ForEach-Object {
    New-ADUser -Name $_.FullName -SamAccountName $_.Login -Path "OU=Seasonal,DC=elaionas,DC=local" `
        -AccountExpirationDate "2027-02-28" -Enabled $true -Credential $cred `
        -AccountPassword (ConvertTo-SecureString $_.InitialPassword -AsPlainText -Force)
}
''', words_pw())

add("powershell/decoy-get-credential", "it/scripts/Reset-KioskPassword.ps1", "PowerShell Get-Credential docs", '''
# Επαναφορά κωδικού στο kiosk της ζυγαριάς - ζητάει διαπιστευτήρια διαδραστικά
param([Parameter(Mandatory)] [string] $Kiosk)
$cred = Get-Credential -Message "Λογαριασμός διαχειριστή τομέα"
$newPass = Read-Host -AsSecureString "Νέος κωδικός kiosk"
Invoke-Command -ComputerName $Kiosk -Credential $cred -ScriptBlock {
    param($p) Set-LocalUser -Name "kiosk" -Password $p
} -ArgumentList $newPass
Write-Host "OK: $Kiosk"
''')

add("csv/decoy-seasonal-workers", "it/scripts/seasonal_2026.example.csv", "RFC 4180 CSV", '''
FullName,Login,Department,InitialPassword,Start
Γιώργος Παπαδόπουλος,gpapadopoulos,Ελαιουργείο,<set-at-import>,2026-10-20
Maria Nikolaou,mnikolaou,Συσκευαστήριο,<set-at-import>,2026-10-22
Ilir Hoxha,ihoxha,Ελαιουργείο,<set-at-import>,2026-10-22
Ανδρέας Κωστόπουλος,akostopoulos,Αποθήκη,<set-at-import>,2026-11-01
''')

add("csv/device-password-inventory", "it/inventory/devices_mill.csv", "RFC 4180 CSV", '''
device,ip,vendor,model,admin_user,admin_password,location,notes
decanter-hmi-1,10.20.2.14,Pieralisi,Touch HMI,service,ChangeMe!,Γραμμή 1,factory default still
decanter-hmi-2,10.20.2.15,Pieralisi,Touch HMI,service,see vault,Γραμμή 2,
weighbridge,192.168.40.12,Bilanciai,D410,admin,@@secret@@,Είσοδος,ticket export via ftp
nvr-cameras,10.20.5.2,Hikvision,DS-7616NI,admin,see vault,Γραφείο,
ups-mill,10.20.0.20,APC,SMT3000,apc,see vault,Ηλεκτροστάσιο,
''', rand_pw(12, "#"))

add("markdown/handover-nas-password", "docs/it/handover_2026.md", "Synology DSM docs", '''
# Παράδοση IT (Νίκος -> Ελένη), Νοέμβριος 2026

- Το NAS (Synology DS920+, `nas.elaionas.local`) κρατάει τα σκαναρισμένα δελτία παραλαβής και
  τα backup του mill-srv. Λογαριασμός διαχειριστή: `itadmin`, κωδικός `@@secret@@`
  (να αλλαχτεί μετά την παράδοση και να μπει στο Bitwarden).
- Hyper Backup στέλνει κάθε Κυριακή στο C2.
- Ο UPS κλείνει το NAS στο 20% μπαταρίας.
- Ο decanter 1 έχει ακόμα τον εργοστασιακό κωδικό HMI· έχει ανοιχτεί ticket στην Pieralisi.
''', words_pw())

add("markdown/decoy-runbook-vault-paths", "docs/it/runbook_mill_season.md", "HashiCorp Vault KV docs", '''
# Runbook έναρξης σεζόν ελαιουργείου

1. Ενεργοποίηση γεφυροπλάστιγγας και έλεγχος FTP export (`vault kv get secret/mill/weighbridge`).
2. Έλεγχος ότι ο telemetry service διαβάζει τον decanter:
   `journalctl -u decanter-poll -n 50`.
3. Token ThingsBoard για κάθε δεξαμενή: `vault kv get -field=token secret/mill/tanks/tank07`.
4. Ενημέρωση τιμών αγοράς ελαιοκάρπου στο ERP (πίνακας `PRODUCER_PRICES`).
5. Δοκιμαστικό μήνυμα στο Telegram: `python -m mill.alerts.telegram_notify`.

Κανένας κωδικός δεν γράφεται σε αυτό το αρχείο.
''')

add("log/decoy-redacted-credentials", "logs/telemetry-2026-11-12.log", "Python logging docs", '''
2026-11-12 06:00:01,112 INFO  decanter_poll: starting, host=10.20.2.15 user=service password=********
2026-11-12 06:00:01,480 INFO  decanter_poll: connected (modbus tcp)
2026-11-12 06:00:16,502 INFO  decanter_poll: rpm=3420 temp_c=26.4
2026-11-12 06:05:12,013 WARN  tb_client: publish failed, token=[REDACTED] rc=5 (not authorised)
2026-11-12 06:05:12,014 INFO  tb_client: reloading token from vault secret/mill/tanks/tank07
2026-11-12 06:05:13,220 INFO  tb_client: publish ok
2026-11-12 06:10:00,000 INFO  decanter_poll: rpm=3415 temp_c=26.9
''')

add("log/smtp-password-debug", "logs/deltia-mailer-2026-11-03.log", "Python smtplib debug output docs", '''
2026-11-03 19:02:11 INFO  mailer: sending 42 delivery notes (δελτία παραλαβής)
2026-11-03 19:02:11 DEBUG mailer: config={'host': 'smtp.forthnet.gr', 'port': 587, 'user': 'deltia@elaionas.gr', 'password': '@@secret@@', 'starttls': True}
2026-11-03 19:02:12 DEBUG smtplib: send: 'ehlo mill-srv.elaionas.local\\r\\n'
2026-11-03 19:02:12 DEBUG smtplib: reply: b'250-smtp.forthnet.gr'
2026-11-03 19:02:13 INFO  mailer: sent 42/42
2026-11-03 19:02:13 INFO  mailer: done in 1.9s
''', words_pw())

add("python/smtp-password", "mill/deltia/mailer.py", "Python smtplib docs", '''
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.forthnet.gr"
SMTP_USER = "deltia@elaionas.gr"
SMTP_PASS = "@@secret@@"


def send_delivery_note(producer_email: str, pdf: bytes, ticket: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Δελτίο παραλαβής ελαιοκάρπου {ticket}"
    msg["From"] = SMTP_USER
    msg["To"] = producer_email
    msg.set_content("Σας επισυνάπτουμε το δελτίο παραλαβής. Ευχαριστούμε!")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{ticket}.pdf")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
''', passphrase())

add("python/sendgrid-api-key", "eshop/backend/notifications/email.py", "SendGrid API keys docs", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def order_confirmation(to: str, order_no: str, lang: str = "el") -> None:
    template = "d-4f1c2e7a9b3d4c5e8f0a1b2c3d4e5f60" if lang == "el" else "d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b"
    mail = Mail(from_email="orders@elaionas-shop.gr", to_emails=to)
    mail.template_id = template
    mail.dynamic_template_data = {"order_no": order_no}
    sg.send(mail)
''', sendgrid_key())

add("python/decoy-sendgrid-template-ids", "eshop/backend/notifications/templates.py", "SendGrid dynamic templates docs", '''
# Dynamic template ids (αναγνωριστικά προτύπων, όχι κλειδιά)
TEMPLATES = {
    ("order_confirmation", "el"): "d-4f1c2e7a9b3d4c5e8f0a1b2c3d4e5f60",
    ("order_confirmation", "en"): "d-9a8b7c6d5e4f40312a1b0c9d8e7f6a5b",
    ("order_confirmation", "de"): "d-1b2c3d4e5f60718293a4b5c6d7e8f901",
    ("shipped", "el"): "d-7e6f5a4b3c2d41e09f8a7b6c5d4e3f21",
    ("shipped", "en"): "d-0a9b8c7d6e5f44332211ffeeddccbbaa",
}
SENDER = "orders@elaionas-shop.gr"
''')

add("toml/mailgun-api-key", "newsletter/config.toml", "Mailgun API keys docs", '''
# Newsletter για τους πελάτες χονδρικής (DE/AT/NL)
[mailgun]
domain = "mg.elaionas.gr"
region = "eu"
api_key = "@@secret@@"

[campaign]
from = "Elaionas Messinias <news@mg.elaionas.gr>"
list = "wholesale@mg.elaionas.gr"
languages = ["en", "de", "nl"]
''', mailgun_key())

add("toml/decoy-pyproject", "pyproject.toml", "PEP 621 / setuptools docs", '''
[project]
name = "elaionas-labels"
version = "3.2.0"
description = "Label and lot-code rendering for Elaionas Messinias bottling lines"
requires-python = ">=3.10"
dependencies = ["reportlab>=4", "python-barcode>=0.15", "babel>=2.14"]

[project.urls]
Homepage = "https://github.com/elaionas/elaionas-labels"

[tool.setuptools.packages.find]
where = ["src"]
''')

# ---------------------------------------------------------------- databases, caches, queues

add("python/postgres-url-password", "erp/reports/daily_intake.py", "SQLAlchemy engine URL docs", '''
import pandas as pd
from sqlalchemy import create_engine, text

engine = create_engine("postgresql+psycopg://reports:@@secret@@@pg-erp.internal:5432/erp")

SQL = text("""
    SELECT producer_afm, SUM(net_kg) AS kg, AVG(oil_yield_pct) AS yield
    FROM intake_tickets WHERE ticket_date = :d GROUP BY producer_afm
""")


def intake(day):
    with engine.connect() as conn:
        return pd.read_sql(SQL, conn, params={"d": day})
''', rand_pw(16))

add("env/redis-url-password", "eshop/backend/.env", "redis-py from_url docs", '''
DJANGO_SETTINGS_MODULE=shop.settings.prod
ALLOWED_HOSTS=elaionas-shop.gr,www.elaionas-shop.gr
REDIS_URL=redis://:@@secret@@@redis-eshop.internal:6379/0
CELERY_BROKER_URL=${REDIS_URL}
DEFAULT_CURRENCY=EUR
''', fakes.redis_password(_seed()))

add("env/decoy-redis-local", "eshop/backend/.env.example", "redis-py from_url docs", '''
DJANGO_SETTINGS_MODULE=shop.settings.dev
ALLOWED_HOSTS=localhost,127.0.0.1
REDIS_URL=redis://localhost:6379/0
DATABASE_URL=postgres://shop:shop@localhost:5432/shop
SECRET_KEY=dev-only-not-secret
VIVA_CLIENT_SECRET=
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
''')

add("python/django-secret-key", "eshop/backend/shop/settings/prod.py", "Django SECRET_KEY docs", '''
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["elaionas-shop.gr", "www.elaionas-shop.gr"]
CSRF_TRUSTED_ORIGINS = ["https://elaionas-shop.gr"]
LANGUAGE_CODE = "el"
TIME_ZONE = "Europe/Athens"
SESSION_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-secret-env", "eshop/backend/shop/settings/base.py", "Django settings docs", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
                  "django.contrib.sessions", "shop.catalog", "shop.orders", "shop.payments"]
LANGUAGES = [("el", "Ελληνικά"), ("en", "English"), ("de", "Deutsch")]
STATIC_URL = "/static/"
''')

add("java/mysql-jdbc-password", "bottling-line/src/main/java/gr/elaionas/bottling/Db.java", "MySQL Connector/J connection URL docs", '''
package gr.elaionas.bottling;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    // Βάση της γραμμής εμφιάλωσης (counts ανά παρτίδα, απορρίψεις)
    private static final String URL =
        "jdbc:mysql://bottling-db.elaionas.local:3306/bottling?user=line&password=@@secret@@&useSSL=false";

    private Db() {}

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
''', rand_pw(14))

add("csharp/mssql-connection-string", "LabelPrinter/appsettings.Production.json", "ASP.NET Core connection strings docs", '''
{
  "ConnectionStrings": {
    "Erp": "Server=erp.elaionas.local;Database=SOFTONE;User Id=label_reader;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Printers": {
    "Line1": "\\\\\\\\print01\\\\ZebraZT411-L1",
    "Line2": "\\\\\\\\print01\\\\ZebraZT411-L2"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''', words_pw())

add("csharp/decoy-user-secrets-id", "LabelPrinter/LabelPrinter.csproj", "ASP.NET Core Secret Manager docs (UserSecretsId)", '''
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>dotnet-LabelPrinter-7c1e9a3b-52d4-4f0e-8b6a-d1c2e3f4a5b6</UserSecretsId>
    <RootNamespace>Elaionas.LabelPrinter</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.1" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>
</Project>
''')

add("csharp/zebra-printer-password", "LabelPrinter/Services/PrinterConfig.cs", "Zebra Link-OS SDK docs", '''
namespace Elaionas.LabelPrinter.Services;

public static class PrinterConfig
{
    // Web interface των Zebra ZT411 (αλλαγή ρυθμίσεων θερμοκρασίας κεφαλής)
    public const string AdminUser = "admin";
    public const string AdminPassword = "@@secret@@";
    public static readonly string[] Hosts = { "10.20.7.31", "10.20.7.32" };
    public const int RawPort = 9100;
}
''', rand_pw(10))

add("go/redis-password", "services/stock-cache/main.go", "go-redis docs (Options.Password)", '''
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "redis-eshop.internal:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatal(err)
	}
	runStockSync(rdb)
}
''', fakes.redis_password(_seed()))

add("rust/mqtt-broker-password", "edge/tank-gateway/src/main.rs", "rumqttc docs (set_credentials)", '''
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Gateway στην αποθήκη: διαβάζει RS-485 αισθητήρες στάθμης και τα στέλνει στο broker
fn main() {
    let mut opts = MqttOptions::new("tank-gateway-01", "mqtt.elaionas.gr", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("tank-gw", "@@secret@@");
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("tanks/+/cmd", QoS::AtLeastOnce).unwrap();
    for notification in connection.iter() {
        println!("{:?}", notification);
    }
}
''', rand_pw(20))

add("rust/decoy-env-credentials", "edge/tank-gateway/src/config.rs", "Rust std::env docs", '''
use std::env;

pub struct Config {
    pub broker: String,
    pub user: String,
    pub password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "mqtt.elaionas.gr".into()),
            user: env::var("MQTT_USER").expect("MQTT_USER"),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
''')

add("ini/mosquitto-bridge-password", "edge/mosquitto/conf.d/bridge.conf", "mosquitto.conf man page (bridge remote_password)", '''
# Γέφυρα του τοπικού broker της αποθήκης προς το cloud
connection cloud-bridge
address mqtt.elaionas.gr:8883
bridge_protocol_version mqttv311
remote_clientid warehouse-b-bridge
remote_username warehouse-b
remote_password @@secret@@
topic tanks/# out 1
bridge_cafile /etc/mosquitto/certs/ca.crt
''', rand_pw(18))

add("sql/decoy-intake-schema", "db/schema/intake.sql", "PostgreSQL CREATE TABLE docs", '''
-- Παραλαβές ελαιοκάρπου από παραγωγούς
CREATE TABLE intake_tickets (
    ticket_no     varchar(20) PRIMARY KEY,      -- π.χ. PAR-2026-004211
    producer_afm  char(9) NOT NULL,             -- ΑΦΜ παραγωγού
    ticket_date   date NOT NULL,
    gross_kg      numeric(10,1) NOT NULL,
    tare_kg       numeric(10,1) NOT NULL,
    net_kg        numeric(10,1) GENERATED ALWAYS AS (gross_kg - tare_kg) STORED,
    oil_yield_pct numeric(4,2),
    password_hash text,                         -- portal παραγωγών (argon2id)
    created_at    timestamptz DEFAULT now()
);
''')

add("sql/producer-portal-password-seed", "db/seed/producers_portal_admin.sql", "PostgreSQL CREATE ROLE docs", '''
-- Portal παραγωγών: ρόλος εφαρμογής και διαχειριστής
CREATE ROLE portal_app LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE erp TO portal_app;
GRANT SELECT ON intake_tickets, producer_payments TO portal_app;
GRANT INSERT ON portal_audit TO portal_app;

ALTER ROLE portal_app SET statement_timeout = '15s';
''', words_pw())

add("sql/decoy-argon2-hashes", "db/seed/test_producers.sql", "Argon2 PHC string format", '''
-- Δοκιμαστικοί παραγωγοί για το staging (κωδικοί αποθηκευμένοι ως argon2id hash)
INSERT INTO producers (afm, name, village, password_hash) VALUES
('012345678', 'Παπαδόπουλος Γεώργιος', 'Πεταλίδι',
 '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$R4Bk9a1qEaV6Yb0dJ3x2q9kGm8T1hZcWvN5pL7sE2uI'),
('023456789', 'Νικολάου Μαρία', 'Κορώνη',
 '$argon2id$v=19$m=65536,t=3,p=4$cGVwcGVyc2FsdDEy$9hT2aWbD7kL0eQ4mZ6xR1sV3nC8pY5uJgF2oHtK7iA0'),
('034567890', 'Κωστόπουλος Ανδρέας', 'Μεθώνη',
 '$argon2id$v=19$m=65536,t=3,p=4$YW5vdGhlcnNhbHQx$Lk3pQ8rT1vX6zB9cE2gH5jM0nS4uW7yA1dF3hK6mP9s');
''')

add("yaml/rabbitmq-password", "services/orders/config/rabbitmq.yaml", "RabbitMQ URI spec", '''
# Ουρές παραγγελιών χονδρικής -> ERP
amqp:
  url: amqps://orders:@@secret@@@mq.elaionas.gr:5671/erp
  exchange: orders
  queues:
    - name: wholesale.created
      routing_key: order.created.wholesale
    - name: eshop.created
      routing_key: order.created.eshop
  prefetch: 20
''', rand_pw(22))

add("yaml/decoy-amqp-guest-local", "services/orders/config/rabbitmq.dev.yaml", "RabbitMQ access control docs (guest user)", '''
# Τοπικό RabbitMQ στο docker-compose (ο guest δουλεύει μόνο από localhost)
amqp:
  url: amqp://guest:guest@localhost:5672/
  exchange: orders
  queues:
    - name: wholesale.created
      routing_key: order.created.wholesale
  prefetch: 5
''')

add("json/mongodb-uri-password", "lab/quality-app/config/production.json", "MongoDB connection string docs", '''
{
  "app": "quality-lab",
  "port": 4010,
  "mongo": {
    "uri": "mongodb+srv://qlab:@@secret@@@cluster0.x7kq2.mongodb.net/quality?retryWrites=true&w=majority",
    "collections": ["samples", "panel_tests", "nir_readings"]
  },
  "units": {"acidity": "% oleic", "peroxide": "meq O2/kg"}
}
''', rand_pw(16))

add("json/decoy-lab-results", "lab/quality-app/fixtures/panel_test.json", "IOC sensory analysis method (COI/T.20/Doc. No 15)", '''
{
  "sample_id": "QS-2026-0418",
  "lot": "EM26-1103-A",
  "sha256": "9c1b7f3e2a4d6c8b0e1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b",
  "panel": {"fruity": 4.8, "bitter": 3.1, "pungent": 3.6, "defects": 0.0},
  "classification": "EVOO",
  "chemistry": {"acidity": 0.21, "peroxide": 5.8, "k232": 1.71, "k270": 0.14, "delta_k": 0.002},
  "analyst": "Δ. Σταθοπούλου"
}
''')

# ---------------------------------------------------------------- vendors, marketplaces, banks

add("python/amazon-lwa-client-secret", "marketplaces/amazon/sp_api_auth.py", "Amazon Selling Partner API docs (Login with Amazon)", '''
import requests

# Amazon.de / Amazon.com: πωλήσεις EVOO 500ml & 3L tins
LWA_CLIENT_ID = "amzn1.application-oa2-client.4b8e2f1c9d7a43e6b5c1a0f9e8d7c6b5"
LWA_CLIENT_SECRET = "@@secret@@"
REFRESH_TOKEN_ENV = "SP_API_REFRESH_TOKEN"


def access_token(refresh_token: str) -> str:
    r = requests.post("https://api.amazon.com/auth/o2/token", data={
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "client_id": LWA_CLIENT_ID,
        "client_secret": LWA_CLIENT_SECRET,
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
''', "amzn1.oa2-cs.v1." + hexs(64))

add("python/decoy-amazon-ids", "marketplaces/amazon/marketplaces.py", "Amazon SP-API marketplace IDs docs", '''
# Marketplace ids και seller id: δημόσια αναγνωριστικά, όχι διαπιστευτήρια
MARKETPLACES = {
    "DE": "A1PA6795UKMFR9",
    "FR": "A13V1IB3VIYZZH",
    "IT": "APJ6JRA9NG5V4",
    "US": "ATVPDKIKX0DER",
}
SELLER_ID = "A2X9ELAIONAS7Q"
LWA_CLIENT_ID = "amzn1.application-oa2-client.4b8e2f1c9d7a43e6b5c1a0f9e8d7c6b5"
ENDPOINT_EU = "https://sellingpartnerapi-eu.amazon.com"
''')

add("yaml/elorus-api-token", "integrations/elorus/config.yaml", "Elorus API docs (Authorization: Token)", '''
# Elorus: τιμολόγηση για τα μικρά e-shop orders (ΤΠΥ/ΑΠΥ)
elorus:
  base_url: https://api.elorus.com/v1.1
  organization_id: "1192837465019283746"
  api_token: "@@secret@@"
  series:
    receipts: "ΑΠΥ-Ε"
    invoices: "ΤΠΥ-Ε"
  default_vat: "24%"
''', hexs(40))

add("python/cardlink-shared-secret", "payments/cardlink/redirect.py", "Cardlink (Nexi) e-commerce redirect docs (digest with shared secret)", '''
import base64
import hashlib

MID = "0023847561"
SHARED_SECRET = "@@secret@@"
URL = "https://ecommerce.cardlink.gr/vpos/shophandlermpi"


def digest(fields: list) -> str:
    # Κατά την τεκμηρίωση της Cardlink: SHA256 των πεδίων + shared secret, base64
    raw = "".join(str(f) for f in fields) + SHARED_SECRET
    return base64.b64encode(hashlib.sha256(raw.encode("utf-8")).digest()).decode()


def form(order_id: str, amount: str) -> dict:
    fields = ["2", MID, "el", order_id, "Παραγγελία e-shop", amount, "EUR"]
    return {"version": "2", "mid": MID, "lang": "el", "orderid": order_id,
            "orderAmount": amount, "currency": "EUR", "digest": digest(fields)}
''', "Cardlink" + rand_pw(12))

add("python/decoy-payment-digest-test-vector", "payments/cardlink/test_digest.py", "Cardlink e-commerce redirect docs (digest)", '''
from payments.cardlink.redirect import digest

# Το shared secret των tests είναι το δημόσιο δοκιμαστικό της τεκμηρίωσης
TEST_SECRET = "Cardlink1"


def test_digest_is_base64_sha256(monkeypatch):
    monkeypatch.setattr("payments.cardlink.redirect.SHARED_SECRET", TEST_SECRET)
    value = digest(["2", "0022000230", "el", "TEST-0001", "Δοκιμή", "10.00", "EUR"])
    assert len(value) == 44
    assert value.endswith("=")
''')

_key = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "analytics/bigquery/sa-elaionas-analytics.json", "Google Cloud service account key file docs", '''
{
  "type": "service_account",
  "project_id": "elaionas-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "looker-export@elaionas-analytics.iam.gserviceaccount.com",
  "client_id": "108273645519283746501",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _key.splitlines()[1], key=_key.replace("\n", "\\n"), kid=hexs(40))

add("javascript/google-maps-server-key", "logistics/geocode-producers.js", "Google Maps Geocoding API docs (API keys)", '''
// Γεωκωδικοποίηση των χωραφιών των παραγωγών (για τα δρομολόγια παραλαβής)
const fetch = require("node-fetch");
const GEOCODE_KEY = "@@secret@@";

async function geocode(address) {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address)}&region=gr&key=${GEOCODE_KEY}`;
  const res = await fetch(url);
  const body = await res.json();
  return body.results[0]?.geometry.location;
}

module.exports = { geocode };
''', google_key())

add("html/decoy-recaptcha-site-key", "eshop/templates/contact.html", "Google reCAPTCHA docs (site key)", '''
<form method="post" action="/contact">
  <label>Όνομα <input name="name" required></label>
  <label>Email <input name="email" type="email" required></label>
  <textarea name="message" placeholder="Ρωτήστε μας για χονδρική ή εξαγωγή"></textarea>
  <div class="g-recaptcha" data-sitekey="6LcR8xQqAAAAAJ3kq1mZp0VbXg7w2nF4tYyH9sE2"></div>
  <button type="submit">Αποστολή</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''')

add("typescript/decoy-firebase-web-config", "producer-app/src/firebase.ts", "Firebase web app config docs (apiKey is not secret)", '''
// Εφαρμογή παραγωγών (ιστορικό παραδόσεων, πληρωμές) - Firebase web config, δημόσιο by design
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "AIzaSyB3kP9vX2mQ7tL0wR5nC8jF1hD4gS6eA9u",
  authDomain: "elaionas-producers.firebaseapp.com",
  projectId: "elaionas-producers",
  storageBucket: "elaionas-producers.appspot.com",
  messagingSenderId: "512873640912",
  appId: "1:512873640912:web:8c1e4f7a9b2d3e5f6a7b8c",
};

export const app = initializeApp(firebaseConfig);
''')

add("kotlin/decoy-maps-key-manifest-ref", "producer-app/android/app/build.gradle.kts", "Secrets Gradle Plugin for Android docs", '''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "gr.elaionas.producers"
    compileSdk = 34
    defaultConfig {
        applicationId = "gr.elaionas.producers"
        minSdk = 26
        versionCode = 41
        versionName = "2.6.0"
    }
}

secrets {
    propertiesFileName = "secrets.properties"
    defaultPropertiesFileName = "local.defaults.properties"
}
''')

add("kotlin/producer-app-api-secret", "producer-app/android/app/src/main/java/gr/elaionas/producers/Api.kt", "OkHttp interceptors docs", '''
package gr.elaionas.producers

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object Api {
    private const val BASE = "https://portal.elaionas.gr/api/v2/"
    private const val APP_SECRET = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("X-App-Secret", APP_SECRET)
                .header("Accept-Language", "el-GR")
                .build())
        })
        .build()
}
''', rand_pw(40))

add("swift/twilio-auth-token", "producer-app/ios/Producers/Services/SmsVerify.swift", "Twilio Verify API docs (Basic auth: Account SID + Auth Token)", '''
import Foundation

// Επιβεβαίωση κινητού παραγωγού με SMS (Twilio Verify)
enum SmsVerify {
    static let accountSid = "@@sid@@"
    static let authToken = "@@secret@@"
    static let serviceSid = "VA9f3e1d7c5b2a40e8d6c4b2a0f8e6d4c2"

    static func start(phone: String) async throws {
        var req = URLRequest(url: URL(string: "https://verify.twilio.com/v2/Services/\\(serviceSid)/Verifications")!)
        req.httpMethod = "POST"
        let basic = Data("\\(accountSid):\\(authToken)".utf8).base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        req.httpBody = "To=\\(phone)&Channel=sms".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
''', hexs(32), sid=twilio_sid())

add("plist/decoy-ios-info-plist", "producer-app/ios/Producers/Info.plist", "Apple Info.plist key reference", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>gr.elaionas.producers</string>
  <key>CFBundleShortVersionString</key>
  <string>2.6.0</string>
  <key>GMSApiKey</key>
  <string>$(MAPS_API_KEY)</string>
  <key>NSLocationWhenInUseUsageDescription</key>
  <string>Για να δείξουμε το πλησιέστερο σημείο παραλαβής ελιάς.</string>
</dict>
</plist>
''')

add("plist/portal-service-token", "producer-app/ios/Producers/Config/Secrets.plist", "Apple property list docs", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PortalBaseURL</key>
  <string>https://portal.elaionas.gr/api/v2/</string>
  <key>PortalServiceToken</key>
  <string>@@secret@@</string>
</dict>
</plist>
''', "pt_live_" + rand_pw(32))

add("yaml/datadog-api-key", "deploy/datadog/values.yaml", "Datadog Helm chart docs (datadog.apiKey)", '''
datadog:
  site: datadoghq.eu
  apiKey: @@secret@@
  clusterName: elaionas-prod
  logs:
    enabled: true
    containerCollectAll: true
  tags:
    - "team:it"
    - "company:elaionas"
clusterAgent:
  enabled: true
''', hexs(32))

add("yaml/decoy-datadog-existing-secret", "deploy/datadog/values-staging.yaml", "Datadog Helm chart docs (apiKeyExistingSecret)", '''
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
  clusterName: elaionas-staging
  logs:
    enabled: false
clusterAgent:
  enabled: true
''')

add("javascript/decoy-sentry-public-dsn", "eshop/static/js/sentry-init.js", "Sentry JavaScript SDK docs (DSN is safe to expose)", '''
// Ο DSN του browser SDK είναι δημόσιος by design (μόνο αποστολή events)
Sentry.init({
  dsn: "https://3f9c1a7e5b2d4c8e9a1b0c2d3e4f5a6b@o4506112.ingest.de.sentry.io/4506112983",
  environment: "production",
  release: "eshop@2026.11.3",
  tracesSampleRate: 0.1,
  sendDefaultPii: false,
});
''')

add("python/openai-api-key", "marketing/translate_descriptions.py", "OpenAI API keys docs", '''
from openai import OpenAI

# Μετάφραση περιγραφών προϊόντων (EL -> EN/DE/NL) για το export e-shop
client = OpenAI(api_key="@@secret@@")

PROMPT = "Translate this Greek olive-oil product description into {lang}. Keep PDO terms as-is."


def translate(text: str, lang: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT.format(lang=lang)},
                  {"role": "user", "content": text}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("notebook/openai-api-key", "marketing/notebooks/reviews_sentiment.ipynb", "Jupyter nbformat docs", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ανάλυση κριτικών Amazon.de (EVOO 500ml)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = pd.read_csv('reviews_de_2026.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.openai_key(_seed(), "svcacct"))

add("notebook/decoy-env-getpass", "analytics/notebooks/yield_by_village.ipynb", "Jupyter nbformat docs", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Απόδοση ελαιολάδου ανά χωριό (σεζόν 2026/27)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('REPORTS_DB_PASSWORD') or getpass.getpass('DB password: ')\\n",
    "engine = create_engine(f'postgresql+psycopg://reports:{pw}@pg-erp.internal/erp')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/postgres-password", "analytics/notebooks/producer_payments.ipynb", "Jupyter nbformat docs", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import psycopg\\n",
    "conn = psycopg.connect(host='pg-erp.internal', dbname='erp', user='finance', password='@@secret@@')\\n",
    "cur = conn.cursor()\\n",
    "cur.execute('SELECT producer_afm, SUM(amount_eur) FROM producer_payments GROUP BY 1')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

# ---------------------------------------------------------------- keys, banks, producer payments

_key = pem("OPENSSH")
add("github-actions/ssh-private-key", ".github/workflows/deploy-mill-srv.yml", "GitHub Actions docs / OpenSSH key format", '''
name: deploy mill-srv
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: [self-hosted, mill]
    steps:
      - uses: actions/checkout@v4
      - name: ssh key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'KEY'
          @@ind@@
          KEY
          chmod 600 ~/.ssh/id_ed25519
      - run: rsync -az --delete mill/ deploy@mill-srv.elaionas.local:/opt/mill/
''', _key, ind=_key.replace("\n", "\n          "))

add("shell/decoy-ssh-keyscan", "scripts/bootstrap_runner.sh", "OpenSSH ssh-keyscan docs", '''
#!/usr/bin/env bash
# Προετοιμασία self-hosted runner στο ελαιουργείο
set -euo pipefail
mkdir -p ~/.ssh && chmod 700 ~/.ssh
ssh-keyscan -t ed25519 mill-srv.elaionas.local >> ~/.ssh/known_hosts
# fingerprint που επιβεβαιώσαμε στην κονσόλα του mill-srv:
# SHA256:q3Vx8mN1pL0kR7tW2yZ5cB9dF4gH6jK1lM3nP5rS7uA
test -f ~/.ssh/id_ed25519 || ssh-keygen -t ed25519 -N "" -f ~/.ssh/id_ed25519 -C "runner@mill"
cat ~/.ssh/id_ed25519.pub
''')

_key = pem("EC")
add("yaml/tls-private-key", "deploy/nginx/portal-tls.yaml", "Kubernetes TLS Secret docs (stringData)", '''
apiVersion: v1
kind: Secret
metadata:
  name: portal-tls
  namespace: portal
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIUQ2c1ZmVhZDk4ZTQ1MmY2YjE3ZTBhMTk0NmYzYzJkMB0w
    -----END CERTIFICATE-----
  tls.key: |
    @@ind@@
''', _key, ind=_key.replace("\n", "\n    "))

add("xml/decoy-public-certificate", "integrations/mydata/certs/aade-signing.xml", "XML Signature (xmldsig) docs", '''
<?xml version="1.0" encoding="utf-8"?>
<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
  <KeyName>aade-mydata-2026</KeyName>
  <X509Data>
    <X509SubjectName>CN=mydatapi.aade.gr, O=AADE, C=GR</X509SubjectName>
    <X509Certificate>MIIDdzCCAl+gAwIBAgIUYzQ5ZTFhN2IzYzVkOWUyZjRhNmI4YzBkMWUzZjVhN2IwDQYJKoZIhvcNAQELBQAwSzELMAkGA1UEBhMCR1IxDTALBgNVBAoMBEFBREUxLTArBgNVBAMMJG15ZGF0YXBpLmFhZGUuZ3I=</X509Certificate>
  </X509Data>
</KeyInfo>
''')

add("shell/bank-sftp-password", "finance/scripts/upload_producer_payments.sh", "sshpass / OpenSSH sftp docs", '''
#!/bin/bash
# Ανέβασμα αρχείου μαζικών πληρωμών παραγωγών (SEPA pain.001) στην Τράπεζα Πειραιώς
set -e
FILE="$1"
test -f "$FILE" || { echo "χρήση: $0 pain001_YYYYMMDD.xml"; exit 1; }
sshpass -p '@@secret@@' sftp -oBatchMode=no -oPort=2222 ELAIONAS01@h2h.piraeusbank.gr <<SFTP
cd /in/pain001
put "$FILE"
bye
SFTP
echo "ανέβηκε: $FILE"
''', words_pw())

add("xml/decoy-sepa-payment-file", "finance/samples/pain001_sample.xml", "ISO 20022 pain.001.001.03 schema", '''
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>ELA-20261130-01</MsgId><CreDtTm>2026-11-30T10:00:00</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
    <PmtInf>
      <DbtrAcct><Id><IBAN>GR1601101250000000012300695</IBAN></Id></DbtrAcct>
      <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">4210.55</InstdAmt></Amt><Cdtr><Nm>ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>GR9608100010000001234567890</IBAN></Id></CdtrAcct></CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
''')

add("python/bank-api-client-secret", "finance/openbanking/balances.py", "Berlin Group NextGenPSD2 / OAuth2 client credentials docs", '''
import requests

# API της Alpha Bank (PSD2 sandbox -> production) για τα υπόλοιπα λογαριασμών
TOKEN_URL = "https://gw.api.alphabank.eu/auth/token"
CLIENT_ID = "c7a1e9f2-3b4d-4e5f-8a6b-9c0d1e2f3a4b"
CLIENT_SECRET = "@@secret@@"


def token():
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "account-info"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
''', rand_pw(40))

add("csv/decoy-producer-ibans", "finance/exports/producer_payments_2026_11.csv", "ISO 13616 IBAN", '''
afm,name,iban,kg,price_eur_kg_oil,amount_eur,paid_on
012345678,Παπαδόπουλος Γεώργιος,GR9608100010000001234567890,3820.0,8.40,4210.55,2026-11-30
023456789,Νικολάου Μαρία,GR1601101250000000012300695,1210.5,8.40,1398.12,2026-11-30
034567890,Κωστόπουλος Ανδρέας,GR6201402010201002101012345,2406.0,8.55,2827.31,2026-11-30
045678901,Δημητρίου Ελένη,GR2701721250005125012345678,980.0,8.40,1077.84,2026-11-30
''')

add("markdown/decoy-aws-docs-example", "docs/it/aws_backup.md", "AWS docs (example access keys)", '''
# Backup της βάσης ERP στο S3

Το backup τρέχει από τον χρήστη IAM `erp-backup` με πολιτική μόνο `s3:PutObject`.
Τα κλειδιά του βρίσκονται στο Bitwarden ("AWS erp-backup").

Παράδειγμα `~/.aws/credentials` (κλειδιά της τεκμηρίωσης της AWS, όχι δικά μας):

```ini
[elaionas-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Έλεγχος: `aws s3 ls s3://elaionas-erp-backups/ --profile elaionas-backup`.
''')

add("markdown/gitlab-token-in-readme", "tools/label-templates-sync/README.md", "GitLab personal access tokens docs", '''
# label-templates-sync

Τραβάει τα πρότυπα ετικετών από το GitLab του τυπογραφείου (Print Kalamata) και τα αντιγράφει
στον φάκελο του LabelPrinter.

```bash
export PRINTSHOP_GITLAB_TOKEN=@@secret@@
python sync.py --project printshop/elaionas-labels --ref main --dest //print01/templates
```

Το token είναι read_repository και λήγει 31/03/2027.
''', gitlab_token())

add("yaml/gitlab-ci-registry-password", ".gitlab-ci.yml", "GitLab CI/CD docs (docker login)", '''
stages: [build, deploy]

variables:
  REGISTRY: registry.elaionas.gr
  REGISTRY_USER: ci-builder

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "@@secret@@" | docker login $REGISTRY -u $REGISTRY_USER --password-stdin
    - docker build -t $REGISTRY/labels:$CI_COMMIT_SHORT_SHA services/labels
    - docker push $REGISTRY/labels:$CI_COMMIT_SHORT_SHA
''', rand_pw(24))

add("yaml/decoy-gitlab-ci-variables", "ci/templates/deploy.gitlab-ci.yml", "GitLab CI/CD predefined variables docs", '''
.deploy:
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client rsync
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - rsync -az dist/ deploy@$DEPLOY_HOST:/srv/app/
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
''')

add("json/azure-client-secret", "infra/azure/sp-backup-offsite.json", "Azure CLI az ad sp create-for-rbac output docs", '''
{
  "appId": "4e1c7a9b-2d3f-4a5b-8c6d-7e8f9a0b1c2d",
  "displayName": "elaionas-offsite-backup",
  "password": "@@secret@@",
  "tenant": "9b8a7c6d-5e4f-4321-a0b9-c8d7e6f5a4b3"
}
''', azure_secret())

add("powershell/azure-storage-key", "it/scripts/Backup-ScannedDeltia.ps1", "Azure Storage connection string docs", '''
# Αντίγραφο των σκαναρισμένων δελτίων στο Azure Blob (offsite)
$conn = "DefaultEndpointsProtocol=https;AccountName=elaionasarchive;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "\\\\nas\\scans\\deltia\\2026" -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "deltia-2026" -Blob $_.Name -Context $ctx -Force | Out-Null
}
Write-Output "Ολοκληρώθηκε: $(Get-Date -Format s)"
''', azure_storage_key())

add("powershell/decoy-keyvault-lookup", "it/scripts/Get-ArchiveKey.ps1", "Azure Key Vault PowerShell docs", '''
# Παίρνει το κλειδί του storage από το Key Vault (ποτέ δεν το γράφουμε σε αρχείο)
param([string]$Vault = "kv-elaionas-it")
Connect-AzAccount -Identity | Out-Null
$secret = Get-AzKeyVaultSecret -VaultName $Vault -Name "archive-storage-key" -AsPlainText
$ctx = New-AzStorageContext -StorageAccountName "elaionasarchive" -StorageAccountKey $secret
Get-AzStorageContainer -Context $ctx | Select-Object Name, LastModified
''')

add("terraform/decoy-key-vault-data", "infra/azure/main.tf", "Terraform azurerm_key_vault_secret data source docs", '''
data "azurerm_key_vault" "it" {
  name                = "kv-elaionas-it"
  resource_group_name = "rg-it"
}

data "azurerm_key_vault_secret" "archive_key" {
  name         = "archive-storage-key"
  key_vault_id = data.azurerm_key_vault.it.id
}

resource "azurerm_storage_container" "deltia" {
  name                  = "deltia-2026"
  storage_account_name  = "elaionasarchive"
  container_access_type = "private"
}
''')

add("env/twilio-auth-token", "producer-sms/.env", "Twilio auth token docs", '''
# SMS στους παραγωγούς: "Η ελιά σας ζυγίστηκε: 1.240 kg, απόδοση 21,4%"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+302721012345
SMS_LANGUAGE=el
''', hexs(32), sid=twilio_sid())

add("python/decoy-sms-templates", "producer-sms/templates.py", "Python str.format docs", '''
# Πρότυπα SMS προς παραγωγούς
TEMPLATES = {
    "weighed": "Η ελιά σας ζυγίστηκε: {kg} kg, δελτίο {ticket}.",
    "yield": "Απόδοση παρτίδας {ticket}: {pct}% - λάδι {oil_kg} kg.",
    "paid": "Πληρωμή {amount} EUR στο IBAN ...{iban_tail}. Ευχαριστούμε!",
    "otp": "Κωδικός επιβεβαίωσης: {code}. Ισχύει 10 λεπτά.",
}
MAX_LEN = 160
''')

add("yaml/decoy-otp-regex", "producer-sms/validation.yaml", "Python re syntax docs", '''
# Κανόνες επικύρωσης για το portal παραγωγών
afm: '^[0-9]{9}$'
mobile_gr: '^\\+?30?69[0-9]{8}$'
otp: '^[0-9]{6}$'
ticket: '^PAR-20[0-9]{2}-[0-9]{6}$'
iban_gr: '^GR[0-9]{2}[0-9]{7}[0-9A-Z]{16}$'
password_policy: '^(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9]).{12,}$'
''')

# ---------------------------------------------------------------- marketplaces, web, misc vendors

add("python/skroutz-api-token", "marketplaces/skroutz/orders.py", "Skroutz Merchants API docs (Bearer token)", '''
import requests

# Skroutz Marketplace: παραγγελίες και αποδοχή (accept) με αριθμό παλετών/κιβωτίων
SKROUTZ_API = "https://api.skroutz.gr/merchants/ecommerce/orders"
HEADERS = {
    "Accept": "application/vnd.skroutz+json; version=3.0",
    "Authorization": "Bearer @@secret@@",
}


def accept(order_code: str, pickup_location: str, boxes: int = 1):
    body = {"pickup_location": pickup_location, "number_of_parcels": boxes}
    r = requests.post(f"{SKROUTZ_API}/{order_code}/accept", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()
''', rand_pw(64, "_-"))

add("xml/decoy-skroutz-feed", "marketplaces/skroutz/feed_sample.xml", "Skroutz XML feed specification", '''
<?xml version="1.0" encoding="UTF-8"?>
<mywebstore>
  <created_at>2026-11-30 08:00</created_at>
  <products>
    <product>
      <id>EVOO-500-KOR</id>
      <name><![CDATA[Εξαιρετικό Παρθένο Ελαιόλαδο Κορωνέικη 500ml]]></name>
      <ean>5201234500017</ean>
      <mpn>EM-500-KOR</mpn>
      <price_with_vat>9.90</price_with_vat>
      <availability>Παράδοση σε 1 - 3 ημέρες</availability>
      <image>https://elaionas-shop.gr/media/evoo-500.jpg</image>
    </product>
  </products>
</mywebstore>
''')

add("php/boxnow-client-secret", "eshop/wp-content/plugins/elaionas-boxnow/config.php", "BOX NOW Partner API docs (OAuth2 client credentials)", '''
<?php
// BOX NOW lockers: παράδοση σε θυρίδες
return [
    'api_url'       => 'https://api-production.boxnow.gr/api/v1',
    'client_id'     => '8f2a1c7e-boxnow-elaionas',
    'client_secret' => '@@secret@@',
    'origin_id'     => 2,
    'partner_id'    => 8721,
    'default_size'  => 2,
];
''', rand_pw(48))

add("php/pdo-dsn-password", "intranet/lib/db.php", "PHP PDO docs", '''
<?php
// Intranet: καρτέλες παραγωγών και ιστορικό παραδόσεων
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(
            'mysql:host=intranet-db;dbname=producers;charset=utf8mb4',
            'intranet',
            '@@secret@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
        );
    }
    return $pdo;
}
''', words_pw())

add("go/mysql-dsn-password", "services/traceability/db.go", "go-sql-driver/mysql DSN docs", '''
package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Ιχνηλασιμότητα: από το χωράφι (παραγωγός) ως τη φιάλη (lot)
func openDB() (*sql.DB, error) {
	dsn := "trace:@@secret@@@tcp(trace-db.elaionas.local:3306)/trace?parseTime=true&loc=Europe%2FAthens"
	return sql.Open("mysql", dsn)
}
''', rand_pw(18))

add("go/decoy-qr-lot-hash", "services/traceability/qr.go", "Go crypto/sha256 docs", '''
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Το QR στη φιάλη δείχνει /t/<lot>/<check>: το check είναι 12 hex ψηφία του SHA-256 του lot
// για να μην μαντεύει κανείς lots· δεν είναι μυστικό.
const exampleLotURL = "https://elaionas.gr/t/EM26-1103-A/9c1b7f3e2a4d"

func qrURL(lot string) string {
	sum := sha256.Sum256([]byte(lot))
	return fmt.Sprintf("https://elaionas.gr/t/%s/%s", lot, hex.EncodeToString(sum[:])[:12])
}
''')

add("python/brevo-api-key", "newsletter/brevo_sync.py", "Brevo (Sendinblue) API keys docs", '''
import sib_api_v3_sdk

# Λίστα newsletter ελληνικών πελατών λιανικής
configuration = sib_api_v3_sdk.Configuration()
configuration.api_key["api-key"] = "@@secret@@"
contacts = sib_api_v3_sdk.ContactsApi(sib_api_v3_sdk.ApiClient(configuration))


def subscribe(email: str, first_name: str):
    body = sib_api_v3_sdk.CreateContact(email=email, attributes={"FIRSTNAME": first_name}, list_ids=[7],
                                        update_enabled=True)
    contacts.create_contact(body)
''', "xkeysib-" + hexs(64) + "-" + rand_pw(16))

add("typescript/mailchimp-api-key", "shopify-app/src/lib/mailchimp.ts", "Mailchimp Marketing API docs (API key with data center)", '''
import mailchimp from "@mailchimp/mailchimp_marketing";

mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

export async function addBuyer(email: string, country: string) {
  return mailchimp.lists.addListMember("a1b2c3d4e5", {
    email_address: email,
    status: "subscribed",
    merge_fields: { COUNTRY: country },
    tags: ["wholesale-buyer"],
  });
}
''', hexs(32) + "-us21")

add("typescript/decoy-mapbox-public-token", "logistics/dashboard/src/map.ts", "Mapbox access tokens docs (public pk. tokens)", '''
// Χάρτης δρομολογίων παραλαβής - public token (pk.), περιορισμένο σε URL
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.eyJ1IjoiZWxhaW9uYXMiLCJhIjoiY2x4OXEyZ2RqMDFhYjJrcGZ0b2Q3cjV6ZyJ9.Qm3bV1xK9pL2nR7tZ4wYcA";

export const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [21.93, 37.04],
  zoom: 10,
});
''')

add("shell/mapbox-secret-token", "logistics/scripts/upload_tileset.sh", "Mapbox Uploads API docs (secret sk. tokens)", '''
#!/usr/bin/env bash
# Ανεβάζει το tileset με τα όρια των ελαιώνων των παραγωγών
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="@@secret@@"
tilesets upload-source elaionas groves-2026 data/groves_2026.geojson.ld --replace
tilesets publish elaionas.groves-2026
''', "sk.eyJ1IjoiZWxhaW9uYXMiLCJhIjoi" + rand_pw(24) + "In0." + rand_pw(22, "-_"))

add("html/decoy-analytics-ids", "eshop/templates/partials/analytics.html", "Google tag (gtag.js) docs", '''
<!-- Google tag: measurement id δημόσιο -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2ELA9KM"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QX2ELA9KM', { anonymize_ip: true });
</script>
<meta name="facebook-domain-verification" content="x8k2m4p6r8t0v2x4z6b8d0f2h4j6l8" />
''')

add("ruby/sidekiq-redis-password", "wholesale-portal/config/initializers/sidekiq.rb", "Sidekiq Redis configuration docs", '''
# Jobs: αποστολή προσφορών, συγχρονισμός τιμοκαταλόγου με το ERP
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis-portal.elaionas.gr:6380/1", ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://default:@@secret@@@redis-portal.elaionas.gr:6380/1" }
end
''', fakes.redis_password(_seed()))

add("ruby/decoy-credentials-yml-enc", "wholesale-portal/config/credentials.yml.enc", "Rails encrypted credentials docs", '''
Ws8qV0yZ8mB9pHq3x4cK6tN2rF7jL1dA5sE0uG3iO9wY2bC4vX6zM8nQ1kJ3hT5gR7fD9aS2pL4oK6iU8yT0rE2wQ4eR6tY8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0vB2nM4qW6eR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0qW2eR4tY6uI8oP0aS2dF4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB0nM2qW4eR6tY8uI0oP2aS4d--Tq1rN4vX7zB2eH5k--Yk3nR6uA9cF2hL5pS8vXbQ==
''' + "# Rails: οι credentials είναι κρυπτογραφημένες με config/master.key (δεν είναι στο repo)\n"
    "# Επεξεργασία: bin/rails credentials:edit\n"
    "# Το master.key είναι στο 1Password (vault Dev)\n"
    "# Για staging: config/credentials/staging.yml.enc\n")

add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml", "Mozilla SOPS docs", '''
viva:
    client_secret: ENC[AES256_GCM,data:8x2Kq1mZp0VbXg7w2nF4tYyH9sE2rT5u,iv:Qm3bV1xK9pL2nR7tZ4wYcA7u8i9o0p1a2s3d4f5g6h0=,tag:Yk3nR6uA9cF2hL5pS8vXbQ==,type:str]
mydata:
    subscription_key: ENC[AES256_GCM,data:1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c,iv:T1Z2x3C4v5B6n7M8q9W0e1R2t3Y4u5I6o7P8a9S0d1=,tag:Lk3pQ8rT1vX6zB9cE2gH5j==,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-south-1:418273950611:key/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e
          created_at: "2026-10-01T09:12:44Z"
    lastmodified: "2026-11-28T16:40:02Z"
    mac: ENC[AES256_GCM,data:Zx9Cv8Bn7Mq6We5Rt4Yu3Io2Pa1Sd0Fg,iv:Hj9Kl8Zx7Cv6Bn5Mq4We3Rt2Yu1Io0Pa9Sd8Fg7Hj6=,tag:Kl8Zx7Cv6Bn5Mq4We3Rt2Y==,type:str]
    version: 3.9.0
''')

add("ini/odoo-admin-password", "odoo/odoo.conf", "Odoo configuration file docs (admin_passwd, db_password)", '''
[options]
; Odoo για το συσκευαστήριο (MRP εμφιάλωσης)
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@secret@@
db_host = pg-odoo.internal
db_port = 5432
db_user = odoo
db_password = False
http_port = 8069
proxy_mode = True
workers = 4
''', rand_pw(20))

add("ini/decoy-odoo-dev", "odoo/odoo.dev.conf", "Odoo configuration file docs", '''
[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = admin
db_host = localhost
db_user = odoo
db_password = odoo
http_port = 8069
dev_mode = reload,xml
''')

add("xml/filezilla-base64-password", "it/config/FileZilla/sitemanager.xml", "FileZilla sitemanager.xml format", '''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.printkalamata.gr</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>elaionas</User>
      <Pass encoding="base64">@@b64@@</Pass>
      <Logontype>1</Logontype>
      <Name>Τυπογραφείο - ετικέτες</Name>
    </Server>
  </Servers>
</FileZilla3>
''', b64(_pw := words_pw()), b64=b64(_pw))

add("ini/wireguard-private-key", "it/vpn/wg-warehouse.conf", "WireGuard wg-quick config docs", '''
# VPN αποθήκης Β -> γραφεία Καλαμάτας
[Interface]
Address = 10.99.0.2/32
PrivateKey = @@secret@@
DNS = 10.20.0.1

[Peer]
PublicKey = mQ7tL0wR5nC8jF1hD4gS6eA9uB3kP9vX2mQ7tL0wR5k=
Endpoint = vpn.elaionas.gr:51820
AllowedIPs = 10.20.0.0/16
PersistentKeepalive = 25
''', rand_pw(43, "+/") + "=")

add("ini/decoy-wireguard-peer-public", "it/vpn/peers.conf", "WireGuard docs (public keys)", '''
# Δημόσια κλειδιά peers του vpn.elaionas.gr (τα ιδιωτικά μένουν στις συσκευές)
[Peer]
# warehouse-b
PublicKey = mQ7tL0wR5nC8jF1hD4gS6eA9uB3kP9vX2mQ7tL0wR5k=
AllowedIPs = 10.99.0.2/32

[Peer]
# mill-office laptop (Ελένη)
PublicKey = Zk4nR6uA9cF2hL5pS8vXbQ1e3g5i7k9m0o2q4s6u8w=
AllowedIPs = 10.99.0.3/32
''')

add("yaml/rtsp-camera-password", "mill/cameras/frigate.yml", "Frigate NVR configuration docs", '''
# Κάμερες στον χώρο παραλαβής και στις δεξαμενές (Frigate στο mill-srv)
mqtt:
  host: mqtt.elaionas.local
cameras:
  paralavi:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@secret@@@10.20.5.11:554/Streaming/Channels/101
          roles: [detect, record]
    detect: {width: 1280, height: 720}
  dexamenes:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@secret@@@10.20.5.12:554/Streaming/Channels/101
          roles: [record]
''', rand_pw(14))

add("yaml/decoy-frigate-env-refs", "mill/cameras/frigate.example.yml", "Frigate NVR docs (FRIGATE_ environment substitution)", '''
mqtt:
  host: mqtt.elaionas.local
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  paralavi:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.20.5.11:554/Streaming/Channels/101
          roles: [detect, record]
''')

# ---------------------------------------------------------------- packaging, registries, split values

add("ini/pypirc-token", "tools/elaionas-labels/.pypirc", "PyPI .pypirc docs", '''
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
''', fakes.pypi_token(_seed()))

add("ini/pip-conf-index-password", "deploy/mill-srv/pip.conf", "pip configuration docs (index-url with credentials)", '''
[global]
; Ιδιωτικό Nexus για τα εσωτερικά πακέτα (elaionas-labels, mill-telemetry)
index-url = https://pypi.org/simple
extra-index-url = https://deploy:@@secret@@@nexus.elaionas.gr/repository/pypi-internal/simple
timeout = 30
trusted-host = nexus.elaionas.gr
''', rand_pw(20))

add("shell/decoy-requirements-hashes", "mill/telemetry/requirements.txt", "pip hash-checking mode docs", '''
pymodbus==3.6.9 \\
    --hash=sha256:0d5f5d3e8a1c7b6f4e2d9a0c3b5e7f1a2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f
requests==2.32.3 \\
    --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6
paho-mqtt==2.1.0 \\
    --hash=sha256:6db9ba9b34ed5bc6b6e3812718c7e06e2fd7444540df2455d2c51bd58808feee
psycopg[binary]==3.2.1 \\
    --hash=sha256:1a0c1e5b9b8d6a3f4e2c7d9b0a1f3e5c7d9b1a3f5e7c9d1b3a5f7e9c1d3b5a7f
''')

add("json/decoy-package-lock-integrity", "logistics/dashboard/package-lock.json", "npm package-lock.json docs (integrity)", '''
{
  "name": "routes-dashboard",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-dCbVyH1KcuYAb2I0Q2T8D7PZ4zX1M/8cN2y0pL8sR9w4K2xJ6vT0qE1bF5aG7hY3uI9oP2wS4dV6nB8mC0xZ1Q=="
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ=="
    }
  }
}
''')

add("ini/npmrc-auth-token", "logistics/dashboard/.npmrc", "npm .npmrc docs (_authToken)", '''
# GitHub Packages για το @elaionas/ui-kit (χάρτες δρομολογίων)
@elaionas:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
engine-strict=true
save-exact=true
''', fakes.github_token(_seed()))

add("json/docker-config-auth", "deploy/mill-srv/docker/config.json", "Docker config.json docs (auths, base64 user:password)", '''
{
  "auths": {
    "registry.elaionas.gr": {
      "auth": "@@b64@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "detachKeys": "ctrl-q,ctrl-q"
}
''', b64("mill-puller:" + (_pw := rand_pw(22))), b64=b64("mill-puller:" + _pw))

add("json/decoy-docker-credhelper", "deploy/runner/docker/config.json", "Docker credential helpers docs", '''
{
  "auths": {
    "registry.elaionas.gr": {},
    "418273950611.dkr.ecr.eu-south-1.amazonaws.com": {}
  },
  "credHelpers": {
    "418273950611.dkr.ecr.eu-south-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
''')

add("python/split-erp-password", "erp/jobs/price_list_export.py", "Python string literal concatenation docs", '''
import pyodbc

# Εξαγωγή τιμοκαταλόγου χονδρικής για τους διανομείς (DE, NL, AT)
CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=erp.elaionas.local;DATABASE=SOFTONE;"
    "UID=pricelist;PWD=" + "@@p1@@" "@@p2@@" + ";TrustServerCertificate=yes"
)


def export(path: str) -> None:
    with pyodbc.connect(CONN) as conn:
        rows = conn.execute("SELECT CODE, NAME, PRICER01 FROM MTRL WHERE ISACTIVE = 1").fetchall()
    with open(path, "w", encoding="utf-8") as f:
        for code, name, price in rows:
            f.write(f"{code};{name};{price:.2f}\\n")
''', _pw := words_pw(), p1=_pw[:7], p2=_pw[7:])

add("javascript/split-api-key", "eshop/server/couriers/elta.js", "ELTA Courier web services docs", '''
// ELTA Courier: δημιουργία αποστολής (Node backend)
const ELTA_USER = "ELAION01";
const ELTA_KEY = "@@p1@@" +
  "@@p2@@";

async function createShipment(order) {
  const res = await fetch("https://customers.elta-courier.gr/api/v1/shipments", {
    method: "POST",
    headers: { "X-Elta-User": ELTA_USER, "X-Elta-Key": ELTA_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ receiver: order.receiver, weight: order.kg, cod: order.cod }),
  });
  return res.json();
}

module.exports = { createShipment };
''', _pw := rand_pw(32), p1=_pw[:16], p2=_pw[16:])

add("http/basic-auth-header", "integrations/softone/requests.http", "JetBrains HTTP Client / RFC 7617 Basic", '''
### Προϊόντα από το ERP (REST bridge)
GET https://erp-bridge.elaionas.gr/api/items?active=1
Authorization: Basic @@secret@@
Accept: application/json

### Απόθεμα δεξαμενών
GET https://erp-bridge.elaionas.gr/api/tanks
Authorization: Basic @@secret@@
Accept: application/json
''', b64("bridge:" + words_pw()))

add("http/decoy-env-variables", "integrations/softone/requests.env.http", "JetBrains HTTP Client environment variables docs", '''
### Προϊόντα από το ERP (τιμές από http-client.private.env.json, εκτός repo)
GET {{host}}/api/items?active=1
Authorization: Basic {{bridge_user}} {{bridge_password}}
Accept: application/json

### Παραγγελίες ημέρας
GET {{host}}/api/orders?date={{$isoTimestamp}}
Authorization: Bearer {{token}}
''')

add("markdown/curl-basic-credentials", "docs/integrations/erp_bridge.md", "curl docs (-u user:password)", '''
# ERP bridge

Ο bridge εκθέτει το απόθεμα δεξαμενών και τον τιμοκατάλογο από το SoftOne σε REST.

Γρήγορος έλεγχος από τον mill-srv:

```bash
curl -s -u bridge:@@secret@@ https://erp-bridge.elaionas.gr/api/tanks | jq '.[] | {tank, product, litres}'
```

Αν επιστρέψει 401, έχει λήξει ο κωδικός στο SoftOne (αλλάζει κάθε 90 ημέρες).
''', words_pw())

add("markdown/decoy-api-docs-placeholders", "docs/integrations/skroutz.md", "Skroutz Merchants API docs", '''
# Skroutz Marketplace

Το token εκδίδεται από το Skroutz Merchants Center -> Ρυθμίσεις -> API.
Αποθηκεύεται στο Vault (`secret/eshop/skroutz`, πεδίο `token`).

```bash
curl -H "Accept: application/vnd.skroutz+json; version=3.0" \\
     -H "Authorization: Bearer $SKROUTZ_TOKEN" \\
     https://api.skroutz.gr/merchants/ecommerce/orders/<order_code>
```

Στα tests χρησιμοποιούμε το `SKROUTZ_TOKEN=test-token` με mock server.
''')

add("python/decoy-test-fixture-mock", "tests/integrations/test_skroutz.py", "pytest monkeypatch docs / responses library docs", '''
import responses

from marketplaces.skroutz import orders


@responses.activate
def test_accept_sends_parcels(monkeypatch):
    monkeypatch.setitem(orders.HEADERS, "Authorization", "Bearer test-token")
    responses.post("https://api.skroutz.gr/merchants/ecommerce/orders/230918-1234567/accept",
                   json={"success": True})
    result = orders.accept("230918-1234567", "Καλαμάτα - αποθήκη", boxes=2)
    assert result == {"success": True}
    assert responses.calls[0].request.headers["Authorization"] == "Bearer test-token"
''')

add("yaml/elasticsearch-password", "logging/filebeat.yml", "Filebeat Elasticsearch output docs", '''
filebeat.inputs:
  - type: filestream
    id: mill-logs
    paths: [/var/log/mill/*.log]
output.elasticsearch:
  hosts: ["https://es.elaionas.gr:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
setup.ilm.enabled: true
''', rand_pw(20))

add("yaml/decoy-filebeat-keystore", "logging/filebeat.staging.yml", "Filebeat secrets keystore docs", '''
filebeat.inputs:
  - type: filestream
    id: mill-logs
    paths: [/var/log/mill/*.log]
output.elasticsearch:
  hosts: ["https://es-staging.elaionas.gr:9200"]
  username: "${ES_USER}"
  password: "${ES_PWD}"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
''')

add("properties/kafka-sasl-password", "traceability-stream/src/main/resources/kafka.properties", "Apache Kafka SASL/PLAIN docs (sasl.jaas.config)", '''
bootstrap.servers=kafka.elaionas.gr:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="trace-producer" password="@@secret@@";
key.serializer=org.apache.kafka.common.serialization.StringSerializer
value.serializer=org.apache.kafka.common.serialization.StringSerializer
acks=all
''', rand_pw(24))

add("xml/maven-settings-password", "export-service/.mvn/settings.xml", "Apache Maven settings.xml docs (servers)", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>elaionas-nexus</id>
      <username>ci-maven</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>elaionas-nexus</id>
      <url>https://nexus.elaionas.gr/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', rand_pw(18))

add("xml/decoy-maven-encrypted", "bottling-line/.mvn/settings.xml", "Maven password encryption docs", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>elaionas-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>{COQLCE6DU6GtcS5P=}</password>
    </server>
  </servers>
</settings>
''')

add("java/decoy-spring-value-injection", "traceability-stream/src/main/java/gr/elaionas/trace/KafkaConfig.java", "Spring @Value docs", '''
package gr.elaionas.trace;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class KafkaConfig {
    @Value("${kafka.bootstrap}")
    private String bootstrap;

    @Value("${kafka.sasl.password}")
    private String saslPassword;

    @Value("${kafka.sasl.username:trace-producer}")
    private String saslUser;
}
''')

# ---------------------------------------------------------------- last group: ops, network, more docs

add("python/slack-bot-token", "ops/slack/season_report.py", "Slack Web API docs (bot tokens)", '''
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post_daily(kg: float, oil_l: float, yield_pct: float) -> None:
    # Καθημερινή αναφορά σεζόν στο #elaiourgeio
    client.chat_postMessage(
        channel="#elaiourgeio",
        text=f"Σήμερα: {kg:,.0f} kg ελιάς, {oil_l:,.0f} L λάδι, απόδοση {yield_pct:.1f}%",
    )
''', slack_bot())

add("github-actions/fine-grained-token", ".github/workflows/sync-templates.yml", "GitHub fine-grained personal access tokens docs", '''
name: sync label templates
on:
  schedule: [{cron: "30 5 * * 1"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: elaionas/label-templates
          token: @@secret@@
          path: templates
      - run: python tools/label-templates-sync/sync.py --src templates --dest services/labels/templates
''', fakes.github_fine_grained_token(_seed()))

add("terraform/cloudflare-api-token", "infra/terraform/dns/cloudflare.tf", "Terraform Cloudflare provider docs (api_token)", '''
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "7c1e9a3b52d44f0e8b6ad1c2e3f4a5b6"
  name    = "elaionas-shop.gr"
  type    = "A"
  value   = "203.0.113.24"
  proxied = true
}
''', rand_pw(40, "_-"))

add("terraform/decoy-zone-ids", "infra/terraform/dns/zones.tf", "Cloudflare zone IDs docs", '''
# Zone ids: αναγνωριστικά ζωνών, φαίνονται σε κάθε σελίδα του dashboard
locals {
  zones = {
    "elaionas.gr"        = "3a9b1c7e5d2f4e8a9b0c1d2e3f4a5b6c"
    "elaionas-shop.gr"   = "7c1e9a3b52d44f0e8b6ad1c2e3f4a5b6"
    "elaionas-export.com" = "e4f5a6b7c8d94e0f1a2b3c4d5e6f7a8b"
  }
  account_id = "0f9e8d7c6b5a49382716a5b4c3d2e1f0"
}
''')

add("shell/hetzner-api-token", "infra/scripts/snapshot_staging.sh", "Hetzner Cloud API docs (Bearer token)", '''
#!/usr/bin/env bash
# Snapshot του staging server πριν από κάθε αναβάθμιση του e-shop
set -euo pipefail
HCLOUD_TOKEN="@@secret@@"
SERVER_ID=48213377
curl -s -X POST -H "Authorization: Bearer ${HCLOUD_TOKEN}" -H "Content-Type: application/json" \\
  -d "{\\"description\\": \\"pre-upgrade $(date +%F)\\", \\"type\\": \\"snapshot\\"}" \\
  "https://api.hetzner.cloud/v1/servers/${SERVER_ID}/actions/create_image"
''', rand_pw(64))

add("env/sentry-auth-token", "eshop/frontend/.env.sentry-build-plugin", "Sentry auth tokens docs (sntrys_)", '''
# Χρησιμοποιείται από το @sentry/vite-plugin για ανέβασμα source maps
SENTRY_ORG=elaionas
SENTRY_PROJECT=eshop-frontend
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_URL=https://de.sentry.io/
''', "sntrys_" + rand_pw(120))

add("python/shopify-webhook-secret", "shopify-app/webhooks/verify.py", "Shopify webhooks HMAC verification docs", '''
import base64
import hashlib
import hmac

SHOPIFY_WEBHOOK_SECRET = b"@@secret@@"


def verify(body: bytes, header_hmac: str) -> bool:
    digest = hmac.new(SHOPIFY_WEBHOOK_SECRET, body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), header_hmac)
''', hexs(64))

add("python/decoy-hmac-test-vector", "shopify-app/webhooks/test_verify.py", "RFC 4231 HMAC-SHA256 test vectors", '''
import base64
import hashlib
import hmac

# RFC 4231 test case 2: key "Jefe" - δημοσιευμένο διάνυσμα ελέγχου, όχι δικό μας μυστικό
KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_hmac_sha256_vector():
    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED
''')

add("json/node-red-flow-credentials", "mill/node-red/flows_cred.json", "Node-RED credentials docs (unencrypted flows_cred.json)", '''
{
  "a1b2c3d4.e5f6a7": {
    "user": "opcua-reader",
    "password": "@@secret@@"
  },
  "b7c8d9e0.f1a2b3": {
    "user": "mill",
    "password": "",
    "token": ""
  }
}
''', words_pw())

add("yaml/netplan-wifi-psk", "it/netplan/60-warehouse-wifi.yaml", "Netplan wifis docs (password)", '''
# Tablet σταθμός στην αποθήκη Β (απογραφή δεξαμενών)
network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "ELAIONAS-APOTHIKI":
          password: "@@secret@@"
''', passphrase())

add("ini/decoy-hostapd-psk-file", "it/hostapd/hostapd.conf", "hostapd.conf docs (wpa_psk_file)", '''
interface=wlan0
driver=nl80211
ssid=ELAIONAS-GUEST
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_psk_file=/etc/hostapd/hostapd.wpa_psk
rsn_pairwise=CCMP
''')

add("csharp/smtp-password", "LabelPrinter/Services/Mailer.cs", "System.Net.Mail.SmtpClient docs", '''
using System.Net;
using System.Net.Mail;

namespace Elaionas.LabelPrinter.Services;

public class Mailer
{
    // Ειδοποίηση όταν τελειώνουν οι ετικέτες στον εκτυπωτή
    private readonly SmtpClient _smtp = new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("alerts@elaionas.gr", "@@secret@@"),
    };

    public void LabelsLow(string printer) =>
        _smtp.Send("alerts@elaionas.gr", "it@elaionas.gr", "Ετικέτες", $"Χαμηλό απόθεμα ετικετών: {printer}");
}
''', words_pw())

add("kotlin/postgres-password", "traceability-api/src/main/kotlin/gr/elaionas/trace/Database.kt", "Exposed / HikariCP docs", '''
package gr.elaionas.trace

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Database {
    val dataSource = HikariDataSource(HikariConfig().apply {
        jdbcUrl = "jdbc:postgresql://pg-trace.internal:5432/trace"
        username = "trace_api"
        password = "@@secret@@"
        maximumPoolSize = 8
    })
}
''', rand_pw(20))

add("kotlin/decoy-ktor-config-env", "traceability-api/src/main/resources/application.conf", "Ktor HOCON configuration docs (environment variables)", '''
ktor {
  deployment { port = 8080, port = ${?PORT} }
  application { modules = [ gr.elaionas.trace.ApplicationKt.module ] }
}
database {
  url = "jdbc:postgresql://pg-trace.internal:5432/trace"
  user = "trace_api"
  password = ${DB_PASSWORD}
}
''')

add("dockerfile/pgpassword-env", "db/tools/Dockerfile", "PostgreSQL libpq environment variables docs (PGPASSWORD)", '''
FROM postgres:16-alpine
# Εργαλείο για dump της βάσης παραλαβών προς το λογιστήριο
ENV PGHOST=pg-erp.internal \\
    PGUSER=dump_reader \\
    PGPASSWORD=@@secret@@ \\
    PGDATABASE=erp
COPY dump.sh /usr/local/bin/dump.sh
ENTRYPOINT ["/usr/local/bin/dump.sh"]
''', rand_pw(18))

add("dockerfile/decoy-digest-pinned", "services/traceability/Dockerfile", "Docker image digests docs", '''
FROM golang:1.22@sha256:1d5a4d8b3d6e0f2a9c7b5e3d1f9a7c5e3b1d9f7a5c3e1b9d7f5a3c1e9b7d5f3a AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /trace ./...

FROM gcr.io/distroless/static@sha256:8e2b3a1c9d7f5e3b1a9c7e5d3f1b9a7c5e3d1f9b7a5c3e1d9f7b5a3c1e9d7f5b
COPY --from=build /trace /trace
USER nonroot
ENTRYPOINT ["/trace"]
''')

add("compose/smtp-password", "mill/deltia/docker-compose.yml", "Docker Compose environment docs", '''
services:
  deltia-mailer:
    image: registry.elaionas.gr/deltia-mailer:2.4
    restart: unless-stopped
    environment:
      - SMTP_HOST=smtp.office365.com
      - SMTP_PORT=587
      - SMTP_USER=deltia@elaionas.gr
      - SMTP_PASSWORD=@@secret@@
      - TZ=Europe/Athens
    volumes:
      - /srv/deltia/pdf:/data
''', words_pw())

add("env/stripe-restricted-key", "wholesale-portal/.env.production", "Stripe restricted API keys docs", '''
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
STRIPE_PUBLISHABLE_KEY=pk_live_51NxElaionasPubDemoKeyAbcdef0123
STRIPE_RESTRICTED_KEY=@@secret@@
PORTAL_HOST=b2b.elaionas.gr
''', stripe_key("rk_live_"))

add("env/decoy-stripe-publishable-only", "eshop/frontend/.env.production", "Vite env variables docs / Stripe publishable keys", '''
# Μόνο δημόσιες τιμές: ό,τι ξεκινά με VITE_ μπαίνει στο bundle του browser
VITE_API_URL=https://api.elaionas-shop.gr
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51NxElaionasPubDemoKeyAbcdef0123
VITE_SENTRY_DSN=https://3f9c1a7e5b2d4c8e9a1b0c2d3e4f5a6b@o4506112.ingest.de.sentry.io/4506112983
VITE_GA_ID=G-7QX2ELA9KM
VITE_DEFAULT_LOCALE=el
''')

add("log/url-password-in-error", "logs/export-service-2026-11-21.log", "Spring Boot logging docs", '''
2026-11-21 04:00:00.112  INFO 1 --- [scheduling-1] g.e.export.PackingListJob : generating packing list for HLCU2026117
2026-11-21 04:00:02.908  INFO 1 --- [scheduling-1] g.e.export.PackingListJob : 22 pallets, 19800 kg net
2026-11-21 04:00:03.001 ERROR 1 --- [scheduling-1] g.e.export.SftpUploader   : upload failed to sftp://elaionas_gr:@@secret@@@edi.kn-portal.com:22/inbound/packinglist
2026-11-21 04:00:03.002 ERROR 1 --- [scheduling-1] g.e.export.SftpUploader   : com.jcraft.jsch.JSchException: Auth fail
2026-11-21 04:05:00.000  INFO 1 --- [scheduling-1] g.e.export.PackingListJob : retry 1/3
''', rand_pw(16))

add("log/decoy-request-ids", "logs/eshop-nginx-2026-11-30.log", "nginx log_format docs", '''
203.0.113.7 - - [30/Nov/2026:10:12:01 +0200] "GET /el/products/evoo-500 HTTP/2.0" 200 18231 "-" "Mozilla/5.0" rid=6f1c2e7a9b3d4c5e8f0a1b2c3d4e5f60
203.0.113.7 - - [30/Nov/2026:10:12:09 +0200] "POST /api/cart HTTP/2.0" 201 412 "-" "Mozilla/5.0" rid=9a8b7c6d5e4f40312a1b0c9d8e7f6a5b
198.51.100.23 - - [30/Nov/2026:10:13:44 +0200] "GET /api/orders/ELA-88213/viva?s=4721&t=b1a2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d HTTP/2.0" 302 0 "-" "Mozilla/5.0" rid=1b2c3d4e5f60718293a4b5c6d7e8f901
198.51.100.23 - - [30/Nov/2026:10:14:02 +0200] "GET /el/checkout/success?orderCode=7251049871012345 HTTP/2.0" 200 9120 "-" "Mozilla/5.0" rid=7e6f5a4b3c2d41e09f8a7b6c5d4e3f21
192.0.2.44 - - [30/Nov/2026:10:15:30 +0200] "GET /robots.txt HTTP/1.1" 200 67 "-" "Googlebot/2.1" rid=0a9b8c7d6e5f44332211ffeeddccbbaa
''')

add("sql/api-key-in-config-table", "db/seed/integration_settings.sql", "PostgreSQL INSERT docs", '''
-- Ρυθμίσεις ενοποιήσεων (ο πίνακας διαβάζεται από τον integration worker)
INSERT INTO integration_settings (name, key, value) VALUES
  ('acs', 'base_url', 'https://webservices.acscourier.net/ACSRestServices/api/ACSAutoRest'),
  ('acs', 'company_id', 'ELAIONAS'),
  ('elorus', 'organization_id', '1192837465019283746'),
  ('elorus', 'api_token', '@@secret@@'),
  ('mydata', 'user_id', 'elaionas_erp');
''', hexs(40))

add("sql/decoy-settings-vault-refs", "db/seed/integration_settings_prod.sql", "PostgreSQL INSERT docs", '''
-- Παραγωγή: οι τιμές των κλειδιών είναι αναφορές στο Vault, ο worker τις λύνει κατά την εκκίνηση
INSERT INTO integration_settings (name, key, value) VALUES
  ('acs', 'api_key', 'vault:secret/data/integrations/acs#api_key'),
  ('elorus', 'api_token', 'vault:secret/data/integrations/elorus#token'),
  ('mydata', 'subscription_key', 'vault:secret/data/erp/mydata#subscription_key'),
  ('skroutz', 'token', 'vault:secret/data/eshop/skroutz#token');
''')

add("markdown/vpn-preshared-key-runbook", "docs/it/vpn_apothiki.md", "strongSwan ipsec.secrets docs (PSK)", '''
# VPN αποθήκης Β (παλιό IPsec, μέχρι να περάσουμε όλα στο WireGuard)

Router αποθήκης: Draytek Vigor 2927, LAN 10.30.0.0/24.
Router γραφείων: MikroTik, 10.20.0.1.

| Πεδίο | Τιμή |
|---|---|
| IKE | IKEv2, AES-256, SHA-256, DH 14 |
| Pre-shared key | `@@secret@@` |
| Remote ID | warehouse-b.elaionas.gr |

Αν πέσει το τούνελ, επανεκκίνηση από Vigor -> VPN and Remote Access -> Connection Management.
''', rand_pw(28, "#!"))

add("markdown/decoy-password-policy", "docs/it/password_policy.md", "NIST SP 800-63B", '''
# Πολιτική κωδικών

- Τουλάχιστον 12 χαρακτήρες, χωρίς υποχρεωτική αλλαγή κάθε 90 ημέρες (NIST 800-63B).
- Οι εργοστασιακοί κωδικοί συσκευών (π.χ. `admin` / `12345` στις κάμερες, `service` στα HMI)
  αλλάζουν την ημέρα εγκατάστασης.
- Οι κωδικοί υπηρεσιών αποθηκεύονται μόνο στο Bitwarden (οργάνωση "Elaionas IT").
- Κοινόχρηστοι κωδικοί βάρδιας: απαγορεύονται· κάθε χειριστής έχει δικό του λογαριασμό.
- Παράδειγμα καλού κωδικού φράσης: `σωστό-άλογο-μπαταρία-συνδετήρας` (μην τον χρησιμοποιήσετε).
''')

add("powershell/ftp-printshop-password", "it/scripts/Send-LabelArtwork.ps1", "System.Net.WebClient / FtpWebRequest docs", '''
# Στέλνει τα PDF ετικετών στο τυπογραφείο
$ftpUser = "elaionas"
$ftpPass = "@@secret@@"
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential($ftpUser, $ftpPass)
Get-ChildItem ".\\artwork\\2026\\*.pdf" | ForEach-Object {
    $client.UploadFile("ftp://ftp.printkalamata.gr/incoming/$($_.Name)", $_.FullName) | Out-Null
    Write-Host "Στάλθηκε: $($_.Name)"
}
''', words_pw())

add("ruby/ftp-password", "wholesale-portal/lib/tasks/price_feed.rake", "Ruby Net::FTP docs", '''
require "net/ftp"

namespace :feeds do
  desc "Ανέβασμα τιμοκαταλόγου στον διανομέα στη Γερμανία"
  task upload_de: :environment do
    Net::FTP.open("ftp.feinkost-import.de") do |ftp|
      ftp.login("elaionas", "@@secret@@")
      ftp.passive = true
      ftp.putbinaryfile(Rails.root.join("tmp", "preisliste_de.csv"), "preisliste_elaionas.csv")
    end
  end
end
''', rand_pw(12))

add("yaml/decoy-openapi-security-schemes", "integrations/erp-bridge/openapi.yaml", "OpenAPI 3 security schemes docs", '''
openapi: 3.0.3
info:
  title: ERP bridge
  version: 1.4.0
components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: basic
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - basicAuth: []
paths:
  /api/tanks:
    get:
      summary: Απόθεμα δεξαμενών
      responses: {"200": {description: OK}}
''')

add("yaml/decoy-google-oauth-client-id", "intranet/config/oauth.yaml", "Google OAuth 2.0 docs (client ID is public)", '''
# Σύνδεση στο intranet με Google Workspace (@elaionas.gr)
oauth:
  provider: google
  client_id: 512873640912-7q3kp9vx2mq7tl0wr5nc8jf1hd4gs6ea.apps.googleusercontent.com
  client_secret_env: GOOGLE_OAUTH_CLIENT_SECRET
  redirect_uri: https://intranet.elaionas.gr/auth/callback
  hosted_domain: elaionas.gr
  scopes: [openid, email, profile]
''')

add("yaml/google-oauth-client-secret", "intranet/config/oauth.prod.yaml", "Google OAuth 2.0 docs (client secret)", '''
oauth:
  provider: google
  client_id: 512873640912-7q3kp9vx2mq7tl0wr5nc8jf1hd4gs6ea.apps.googleusercontent.com
  client_secret: @@secret@@
  redirect_uri: https://intranet.elaionas.gr/auth/callback
  hosted_domain: elaionas.gr
''', "GOCSPX-" + rand_pw(28, "-_"))

add("csv/decoy-ean-price-list", "exports/pricelist_de_2027.csv", "GS1 GTIN docs", '''
ean,artikel,inhalt,preis_eur,mwst
5201234500017,Natives Olivenöl Extra Koroneiki,500 ml,9.90,7
5201234500024,Natives Olivenöl Extra Koroneiki,1 l,17.50,7
5201234500031,Natives Olivenöl Extra g.U. Kalamata,3 l Kanister,44.00,7
5201234500048,Bio Natives Olivenöl Extra,750 ml,14.20,7
5201234500062,Kalamata Oliven in Salzlake,350 g,5.40,7
''')

add("json/decoy-checksums-manifest", "services/labels/templates/manifest.json", "SHA-256 checksums", '''
{
  "generated": "2026-11-28T09:00:00Z",
  "commit": "3e7c1a9b5d2f4e8a0c6b9d1f3a5c7e9b2d4f6a8c",
  "files": {
    "evoo_500_el.pdf": "b4f1e9c7a3d5b2e8f0a6c4d2b9e7f5a3c1d8b6e4f2a0c9e7d5b3f1a8c6e4d2b0",
    "evoo_500_de.pdf": "5e3c1a9f7d5b3e1c9a7f5d3b1e9c7a5f3d1b9e7c5a3f1d9b7e5c3a1f9d7b5e3c",
    "pdo_3l_en.pdf": "c9e7a5f3d1b8e6c4a2f0d8b6e4c2a0f8d6b4e2c0a8f6d4b2e0c8a6f4d2b0e8c6"
  }
}
''')

add("ansible/mysql-root-password", "ansible/roles/intranet-db/defaults/main.yml", "geerlingguy.mysql role docs (mysql_root_password)", '''
---
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: producers
    encoding: utf8mb4
    collation: utf8mb4_unicode_ci
mysql_users:
  - name: intranet
    host: "10.20.%"
    priv: "producers.*:ALL"
    password: "{{ vault_intranet_db_password }}"
''', words_pw())

add("java/opcua-password", "mill-scada-bridge/src/main/java/gr/elaionas/scada/OpcUaReader.java", "Eclipse Milo OPC UA client docs (UsernameProvider)", '''
package gr.elaionas.scada;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;

public class OpcUaReader {
    // PLC της γραμμής μάλαξης (Siemens S7-1500, OPC UA server ενεργός)
    private static final String ENDPOINT = "opc.tcp://10.20.3.10:4840";

    public OpcUaClient connect() throws Exception {
        OpcUaClient client = OpcUaClient.create(ENDPOINT,
            endpoints -> endpoints.stream().findFirst(),
            cfg -> cfg.setIdentityProvider(new UsernameProvider("scada-ro", "@@secret@@")).build());
        client.connect().get();
        return client;
    }
}
''', rand_pw(16, "!"))

add("properties/android-signing-password", "producer-app/android/gradle.properties", "Android app signing docs (signingConfigs from gradle.properties)", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official

# Υπογραφή release του app παραγωγών
RELEASE_STORE_FILE=../keystore/elaionas-producers.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=producers
RELEASE_KEY_PASSWORD=@@secret@@
''', rand_pw(20))

add("properties/decoy-signing-env", "producer-app/android/gradle.properties.ci", "Android app signing docs", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
# Στο CI τα στοιχεία υπογραφής έρχονται από GitHub secrets (βλ. release.yml)
RELEASE_STORE_FILE=${RELEASE_STORE_FILE}
RELEASE_STORE_PASSWORD=${RELEASE_STORE_PASSWORD}
RELEASE_KEY_ALIAS=producers
RELEASE_KEY_PASSWORD=${RELEASE_KEY_PASSWORD}
''')

add("toml/streamlit-secrets-db-password", "analytics/dashboard/.streamlit/secrets.toml", "Streamlit secrets management docs (secrets.toml)", '''
# Dashboard σεζόν για τη διοίκηση (streamlit run app.py)
[connections.erp]
dialect = "postgresql"
host = "pg-erp.internal"
port = "5432"
database = "erp"
username = "dashboard"
password = "@@secret@@"
''', rand_pw(18))

add("markdown/export-portal-credentials", "docs/export/portals.md", "FDA Industry Systems / TRACES NT user docs", '''
# Export portals: who logs in where

| Portal | User | Password | Notes |
|---|---|---|---|
| FDA Industry Systems (Prior Notice) | elaionas.export | @@secret@@ | shared by K. and M., reset yearly in October |
| TRACES NT | see 1Password | see 1Password | organic certificates (COI) |
| Amazon Seller Central | SSO (Google) | - | 2FA on the export phone |

Prior Notice must be filed at least 8 hours before the container arrives at the US port.
''', words_pw())

add("python/customs-broker-sftp-password", "export/customs/send_declarations.py", "Paramiko SFTPClient docs", '''
import paramiko

# Αποστολή δηλώσεων εξαγωγής (ICISnet XML) στον εκτελωνιστή στον Πειραιά
HOST, PORT = "sftp.pappas-customs.gr", 22
USER = "elaionas"


def upload(local_path: str, remote_name: str) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password="@@secret@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/incoming/{remote_name}")
    finally:
        sftp.close()
        transport.close()
''', rand_pw(15, "@"))

add("javascript/woocommerce-webhook-secret", "eshop/server/webhooks/woocommerce.js", "WooCommerce webhooks docs (X-WC-Webhook-Signature)", '''
const crypto = require("crypto");
const express = require("express");

const router = express.Router();
const WC_WEBHOOK_SECRET = "@@secret@@";

router.post("/wc/order-created", express.raw({ type: "application/json" }), (req, res) => {
  const signature = crypto.createHmac("sha256", WC_WEBHOOK_SECRET).update(req.body).digest("base64");
  if (signature !== req.get("X-WC-Webhook-Signature")) return res.sendStatus(401);
  // νέα παραγγελία -> ουρά ERP
  req.app.locals.queue.publish("order.created.eshop", req.body);
  res.sendStatus(200);
});

module.exports = router;
''', rand_pw(32, "!@#$%^&*()_-"))

add("csv/shared-accounts-export", "it/exports/bitwarden_export_vendors.csv", "Bitwarden CSV export format docs", '''
folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Vendors,,login,Pieralisi service portal,,,0,https://service.pieralisi.com,elaionas,@@secret@@,
Vendors,,login,Bilanciai support,,,0,https://support.bilanciai.com,elaionas-it,,
Vendors,,login,Forthnet business,,,0,https://business.forthnet.gr,it@elaionas.gr,,
Vendors,,login,Print Kalamata FTP,see FileZilla,,0,ftp://ftp.printkalamata.gr,elaionas,,
''', words_pw())

add("shell/mysqldump-password", "ops/cron/backup_intranet_db.sh", "mysqldump docs (--password)", '''
#!/bin/sh
# cron 02:30 - dump της βάσης intranet (καρτέλες παραγωγών) στο NAS
DAY=$(date +%F)
mysqldump -h intranet-db -u backup -p'@@secret@@' --single-transaction --routines producers \\
  | gzip > "/mnt/nas/backups/intranet/producers_${DAY}.sql.gz"
find /mnt/nas/backups/intranet -name '*.sql.gz' -mtime +30 -delete
''', words_pw())

add("env/traccar-admin-password", "fleet/traccar/.env", "Traccar server configuration docs", '''
# GPS φορτηγών παραλαβής ελιάς (3 φορτηγά, Teltonika FMB920)
TRACCAR_URL=https://fleet.elaionas.gr
TRACCAR_ADMIN_EMAIL=it@elaionas.gr
TRACCAR_ADMIN_PASSWORD=@@secret@@
TRACCAR_DEVICE_PROTOCOL=teltonika
TRACCAR_PORT=5027
''', rand_pw(16))

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "Keep a Changelog format", '''
# Changelog

## 3.2.0 - 2026-11-28
- Ετικέτες DE/NL με νέο λογότυπο ΠΟΠ (3e7c1a9b).
- Διόρθωση lot code όταν η εμφιάλωση περνά τα μεσάνυχτα (b41f0d2e9a7c).

## 3.1.4 - 2026-10-15
- Νέο πεδίο `best_before` (18 μήνες από εμφιάλωση) - commit 9c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f0a2b4c6d.
- Αφαιρέθηκε το παλιό token του τυπογραφείου από το config· τώρα έρχεται από `PRINTSHOP_GITLAB_TOKEN`.
''')
