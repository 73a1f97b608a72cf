"""Blind set JK: cider houses (sagardotegiak) and apple orchards in the Basque Country.

Booking sites and txotx season tills, orchard sensors and press controllers, TicketBAI invoicing,
shops, payment and mail vendors, their CI, containers, infrastructure, notebooks, runbooks and
exports, with notes and comments partly in Basque, and their decoys.
Generated fakes only (seeds 4520000-4529999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4520000, 4529999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER32 = string.ascii_uppercase + "234567"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sagarra", "Kupela", "Txotx", "Mendia", "Itsasoa", "Basoa", "Udaberri", "Larrea", "Harria", "Ibaia",
         "Gaztaina", "Elurra", "Lorea", "Txori", "Zuhaitza", "Egurra", "Ekaitza", "Hodeia", "Mahatsa", "Ilargia"]
LOWER = ["sagar", "kupel", "txotx", "mahai", "ogia", "gazta", "bakailao", "txuleta", "intxaur", "upel",
         "prentsa", "lizar", "haritz", "errota", "iturri", "mendi"]


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


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 99 if kind.startswith("rk") else 24)


def stripe_whsec() -> str:
    return "whsec_" + fakes.drawn_mixed(_seed(), 32)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def square_token() -> str:
    return "EAAAE" + fakes.drawn(_seed(), 59, ALNUM + "-_")


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def paypal_client_id() -> str:
    return "A" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def redsys_key() -> str:
    return b64("".join(chr(_rng().randint(33, 126)) for _ in range(24)))[:32]


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn(_seed(), 20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + alnum(36)


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def cloudflare_token() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def airtable_pat() -> str:
    return "pat" + alnum(14) + "." + hexs(64)


def notion_token() -> str:
    return "secret_" + alnum(43)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def mapbox_secret() -> str:
    head = b64('{"u":"sagardotegi-' + hexs(4) + '","a":"' + alnum(12) + '"}').rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    head = b64('{"u":"sagardotegi-' + hexs(4) + '","a":"' + alnum(12) + '"}').rstrip("=")
    return "pk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def ttn_key() -> str:
    return "NNSXS." + fakes.drawn(_seed(), 39, UPPER32) + "." + fakes.drawn(_seed(), 52, UPPER32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def recaptcha_site() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def openai_key() -> str:
    return fakes.openai_key(_seed())


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def datadog_key() -> str:
    return hexs(32)


def jwt_secret() -> str:
    return fakes.drawn(_seed(), 48, ALNUM + "+/")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def ansible_vault() -> str:
    lines = [hexs(80) for _ in range(5)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def sha256ish() -> str:
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
    CASES.append(LabelledCase(f"blind-jk/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking sites and tills

add("env/stripe-secret-key", "erreserbak-web/.env", "Stripe docs: API keys",
    """
# Petritegi sagardotegia - erreserben webgunea
APP_ENV=production
APP_URL=https://erreserbak.petritegi-sagardotegia.eus
DATABASE_URL=postgres://erreserbak@db.internal:5432/erreserbak
# Stripe (txotx menuaren aurrerakina)
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=eur
TXOTX_SEASON_START=2025-01-17
TXOTX_SEASON_END=2025-04-30
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-env-example", "erreserbak-web/.env.example", "Stripe docs: API keys; dotenv README",
    """
# Kopiatu .env fitxategira eta bete balioak (ez igo .env biltegira!)
APP_ENV=local
APP_URL=http://localhost:8000
DATABASE_URL=postgres://erreserbak:pasahitza@localhost:5432/erreserbak
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
TXOTX_SEASON_START=2025-01-17
""")

add("python/stripe-webhook-secret", "erreserbak/payments/webhooks.py", "Stripe docs: Check the webhook signatures",
    """
import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from erreserbak.models import Erreserba

# TODO(ane): mugitu ingurune aldagaira denboraldia amaitu baino lehen
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()
    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Erreserba.objects.filter(checkout_id=session["id"]).update(ordainduta=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("python/decoy-env-reference", "erreserbak/settings/production.py", "Django docs: Deployment checklist",
    """
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["erreserbak.petritegi-sagardotegia.eus"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ["POSTGRES_PASSWORD"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""")

add("python/django-secret-key", "zapiain_web/settings.py", "Django docs: SECRET_KEY setting",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SEGURTASUNA: gako hau sekretua da
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["zapiain.eus", "www.zapiain.eus"]
LANGUAGE_CODE = "eu"
TIME_ZONE = "Europe/Madrid"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "menua",
    "erreserbak",
]
""", fakes.django_secret_key(_seed()))

add("php/redsys-merchant-key", "wp-content/plugins/sagardotegi-txotx/includes/class-redsys.php", "Redsys docs: Conexion por Redireccion, Ds_Signature HMAC_SHA256_V1",
    """
<?php
// Redsys TPV birtuala - Kutxabank
if (!defined('ABSPATH')) { exit; }

class Sagardotegi_Redsys {
    const MERCHANT_CODE = '347811092';
    const TERMINAL = '001';
    // Clave secreta de comercio (SHA-256) - ez partekatu
    const MERCHANT_KEY = '@@secret@@';
    const ENDPOINT = 'https://sis.redsys.es/sis/realizarPago';

    public function signature(string $order, string $params): string {
        $key = base64_decode(self::MERCHANT_KEY);
        $key = openssl_encrypt($order, 'des-ede3-cbc', $key, OPENSSL_RAW_DATA, "\\0\\0\\0\\0\\0\\0\\0\\0");
        return base64_encode(hash_hmac('sha256', $params, $key, true));
    }
}
""", redsys_key())

add("php/decoy-wp-config-getenv", "wp-config.php", "WordPress docs: Editing wp-config.php",
    """
<?php
/** Sagardoetxea webgunea - konfigurazioa ingurunetik irakurtzen da */
define('DB_NAME', getenv('WORDPRESS_DB_NAME'));
define('DB_USER', getenv('WORDPRESS_DB_USER'));
define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));
define('DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('AUTH_KEY',         getenv('WP_AUTH_KEY'));
define('SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY'));
define('LOGGED_IN_KEY',    getenv('WP_LOGGED_IN_KEY'));
define('NONCE_KEY',        getenv('WP_NONCE_KEY'));
$table_prefix = 'sgd_';
define('WP_DEBUG', false);
if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }
require_once ABSPATH . 'wp-settings.php';
""")

add("php/mysql-password", "wp-config-old.php", "WordPress docs: Editing wp-config.php",
    """
<?php
// zaharra - 2023ko migrazioaren aurretik (ez ezabatu oraindik)
define('DB_NAME', 'sagardoetxea_wp');
define('DB_USER', 'sgd_wp');
define('DB_PASSWORD', '@@secret@@');
define('DB_HOST', 'mysql.hernani-hosting.net');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'sgd_';
define('WP_DEBUG', false);
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/woocommerce-consumer-secret", "sync/woo_sync.php", "WooCommerce REST API docs: Authentication",
    """
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

// Denda: sagardo botilak eta opari-kutxak
$woocommerce = new Client(
    'https://denda.astigarragako-sagardoa.eus',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$stock = json_decode(file_get_contents(__DIR__ . '/upategia_stock.json'), true);
foreach ($stock as $sku => $kopurua) {
    $woocommerce->put('products/sku/' . $sku, ['stock_quantity' => $kopurua]);
}
echo "Sinkronizatuta: " . count($stock) . " produktu\\n";
""", woo_key("cs_"), ck=woo_key("ck_"))

add("typescript/decoy-publishable-key", "txotx-app/src/lib/stripe.ts", "Stripe.js docs: loadStripe",
    """
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Gako publikoa: nabigatzailean egon daiteke
const STRIPE_PK = "@@pk@@";

let stripePromise: Promise<Stripe | null> | null = null;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PK, { locale: "es" });
  }
  return stripePromise;
}
""", pk=stripe_key("pk_live_"))

add("typescript/sendgrid-api-key", "txotx-app/server/mail.ts", "SendGrid docs: @sendgrid/mail quickstart",
    """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export async function sendBookingConfirmation(to: string, izena: string, data: string, pertsonak: number) {
  await sgMail.send({
    to,
    from: { email: "erreserbak@gartzia-sagardotegia.eus", name: "Gartzia Sagardotegia" },
    subject: `Zure erreserba / Su reserva: ${data}`,
    text: `Kaixo ${izena}, ${pertsonak} pertsonentzako mahaia gordeta dago ${data} egunerako. Txotx!`,
  });
}
""", sendgrid_key())

add("ruby/twilio-auth-token", "config/initializers/twilio.rb", "Twilio docs: Ruby helper library",
    """
# Erreserben SMS oroigarriak (egun bat lehenago)
require "twilio-ruby"

Twilio.configure do |config|
  config.account_sid = "AC@@sid@@"
  config.auth_token = "@@secret@@"
end

TWILIO_FROM = "+34943000112"
""", hexs(32), sid=hexs(32))

add("ruby/decoy-credentials-reference", "config/initializers/sendgrid.rb", "Rails guides: Custom Credentials",
    """
# SMTP ezarpenak - gakoa Rails credentials-en dago (config/credentials.yml.enc)
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: Rails.application.credentials.dig(:sendgrid, :api_key),
  domain: "zelaia-sagardotegia.eus",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""")

add("yaml/smtp-password", "config/mailer.yml", "Symfony docs: Mailer transport DSN",
    """
# Oharrak: Brevo SMTP erabiltzen dugu buletinerako
framework:
    mailer:
        dsn: 'smtp://buletina%40larrarte-sagardotegia.eus:@@secret@@@smtp-relay.brevo.com:587'
        envelope:
            sender: 'buletina@larrarte-sagardotegia.eus'
        headers:
            From: 'Larrarte Sagardotegia <buletina@larrarte-sagardotegia.eus>'
            Reply-To: 'info@larrarte-sagardotegia.eus'
""", rand_pw(16))

add("json/decoy-redacted", "exports/brevo-contacts-settings.json", "Brevo API docs: Get your account information",
    """
{
  "account": "Larrarte Sagardotegia",
  "plan": "starter",
  "api_key": "xkeysib-****************************************************-********",
  "smtp": {
    "host": "smtp-relay.brevo.com",
    "port": 587,
    "login": "buletina@larrarte-sagardotegia.eus",
    "password": "[EZKUTATUTA / REDACTED]"
  },
  "lists": [
    {"id": 4, "name": "Txotx denboraldia 2025"},
    {"id": 7, "name": "Bazkideak"}
  ]
}
""")

add("python/brevo-api-key", "buletina/bidali.py", "Brevo docs: sib-api-v3-sdk Python",
    """
import sib_api_v3_sdk
from sib_api_v3_sdk.rest import ApiException

konfig = sib_api_v3_sdk.Configuration()
konfig.api_key["api-key"] = "@@secret@@"

api = sib_api_v3_sdk.TransactionalEmailsApi(sib_api_v3_sdk.ApiClient(konfig))


def bidali_buletina(helbideak, gaia, html):
    for helbidea in helbideak:
        email = sib_api_v3_sdk.SendSmtpEmail(
            to=[{"email": helbidea}],
            sender={"name": "Larrarte", "email": "buletina@larrarte-sagardotegia.eus"},
            subject=gaia,
            html_content=html,
        )
        try:
            api.send_transac_email(email)
        except ApiException as err:
            print("Errorea:", helbidea, err)
""", brevo_key())

add("shell/mailchimp-api-key", "scripts/sync_mailchimp.sh", "Mailchimp Marketing API docs: Quick start",
    """
#!/usr/bin/env bash
# Bazkideen zerrenda Mailchimp-era igo (astero, cron)
set -euo pipefail

LIST_ID="5f2c81d0aa"
DC="us14"
CSV="/srv/sagardotegia/bazkideak.csv"

tail -n +2 "$CSV" | while IFS=, read -r email izena abizena; do
  curl -sS -X POST "https://${DC}.api.mailchimp.com/3.0/lists/${LIST_ID}/members" \\
    --user "anystring:@@secret@@" \\
    -H 'Content-Type: application/json' \\
    -d "{\\"email_address\\":\\"${email}\\",\\"status\\":\\"subscribed\\",\\"merge_fields\\":{\\"FNAME\\":\\"${izena}\\"}}" \\
    >/dev/null || echo "huts: ${email}"
done
""", mailchimp_key())

add("yaml/decoy-placeholder", "docs/examples/mailchimp.example.yml", "Mailchimp Marketing API docs: Quick start",
    """
# Adibidea - ordezkatu zure balioekin
mailchimp:
  api_key: "<your-mailchimp-api-key>-us14"
  server: us14
  list_id: "<LIST_ID>"
  double_opt_in: true
  tags:
    - bazkidea
    - txotx-2025
""")

add("go/telegram-bot-token", "cmd/txotxbot/main.go", "Telegram Bot API docs; go-telegram-bot-api README",
    """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Sukaldeko taldeari eskaerak bidaltzen dizkion bota
const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			log.Printf("[%s] %s", update.Message.From.UserName, update.Message.Text)
		}
	}
}
""", fakes.telegram_token(_seed()))

add("go/decoy-env-reference", "cmd/kupelak/config.go", "Go docs: os.Getenv",
    """
package main

import (
	"fmt"
	"os"
)

type Config struct {
	MQTTBroker   string
	MQTTUser     string
	MQTTPassword string
}

func loadConfig() (Config, error) {
	c := Config{
		MQTTBroker:   os.Getenv("KUPELAK_MQTT_BROKER"),
		MQTTUser:     os.Getenv("KUPELAK_MQTT_USER"),
		MQTTPassword: os.Getenv("KUPELAK_MQTT_PASSWORD"),
	}
	if c.MQTTPassword == "" {
		return c, fmt.Errorf("KUPELAK_MQTT_PASSWORD falta da")
	}
	return c, nil
}
""")

add("go/mqtt-password", "cmd/kupelak/mqtt.go", "Eclipse Paho Go client README",
    """
package main

import (
	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Kupelen tenperatura-sentsoreak (upategia)
func connect() mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("tls://mqtt.upategia.lan:8883").
		SetClientID("kupelak-collector").
		SetUsername("kupelak").
		SetPassword("@@secret@@")
	c := mqtt.NewClient(opts)
	if token := c.Connect(); token.Wait() && token.Error() != nil {
		panic(token.Error())
	}
	return c
}
""", rand_pw(18))

add("yaml/postgres-password", "deploy/docker-compose.prod.yml", "Docker docs: postgres image environment variables",
    """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: erreserbak
      POSTGRES_USER: erreserbak
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    image: ghcr.io/zelaia-sagardotegia/erreserbak:2025.02
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata:
""", words_pw())

add("compose/decoy-env-interpolation", "docker-compose.yml", "Docker Compose docs: Interpolation",
    """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: erreserbak
      POSTGRES_USER: erreserbak
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?ezarri .env fitxategian}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  web:
    build: .
    env_file: .env
    depends_on: [db, redis]
    ports: ["8000:8000"]
""")

add("compose/redis-password", "infra/compose/till.yml", "Redis docs: AUTH / requirepass",
    """
# Txotx denboraldiko kutxa (TPV) - tokiko zerbitzaria sagardotegian
services:
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass @@secret@@
    restart: always
  kutxa:
    image: registry.gitlab.com/oialume/kutxa:3.4.1
    environment:
      REDIS_URL: redis://redis:6379/0
      KUTXA_IZENA: "Oialume Zaharra"
    depends_on: [redis]
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- orchards, sensors, press and cellar

add("python/ttn-api-key", "sagastia/lora/uplinks.py", "The Things Stack docs: API keys; MQTT server",
    """
import json

import paho.mqtt.client as mqtt

# Sagastiko lurzoru-hezetasun sentsoreak (LoRaWAN, TTN eu1)
APP_ID = "sagastia-aginaga@ttn"
API_KEY = "@@secret@@"


def on_message(client, userdata, msg):
    datuak = json.loads(msg.payload)
    gailua = datuak["end_device_ids"]["device_id"]
    neurria = datuak["uplink_message"].get("decoded_payload", {})
    print(gailua, neurria.get("hezetasuna"), neurria.get("tenperatura"))


client = mqtt.Client()
client.username_pw_set(APP_ID, API_KEY)
client.tls_set()
client.on_message = on_message
client.connect("eu1.cloud.thethings.network", 8883)
client.subscribe("v3/+/devices/+/up")
client.loop_forever()
""", ttn_key())

add("yaml/decoy-lorawan-ids", "sagastia/lora/devices.yaml", "The Things Stack docs: End device templates (DevEUI, JoinEUI)",
    """
# Sagastiko gailuak - identifikatzaileak (ez dira sekretuak; AppKey-ak TTN-n bakarrik)
devices:
  - device_id: lurzorua-ilara-03
    dev_eui: 70B3D57ED005A1C2
    join_eui: 0000000000000000
    frequency_plan: EU_863_870_TTN
    lorawan_version: MAC_V1_0_3
    sagar_mota: Errezila
  - device_id: lurzorua-ilara-11
    dev_eui: 70B3D57ED005A1D7
    join_eui: 0000000000000000
    frequency_plan: EU_863_870_TTN
    lorawan_version: MAC_V1_0_3
    sagar_mota: Urtebete
  - device_id: eguraldia-muinoa
    dev_eui: 70B3D57ED005A20F
    join_eui: 0000000000000000
    frequency_plan: EU_863_870_TTN
    lorawan_version: MAC_V1_0_3
""")

add("csv/lorawan-app-key", "sagastia/lora/otaa_keys_2024.csv", "The Things Stack docs: Adding devices manually (AppKey)",
    """
device_id,dev_eui,join_eui,app_key,sagar_mota,ilara
lurzorua-ilara-03,70B3D57ED005A1C2,0000000000000000,@@k1@@,Errezila,3
lurzorua-ilara-07,70B3D57ED005A1C9,0000000000000000,@@secret@@,Gezamina,7
lurzorua-ilara-11,70B3D57ED005A1D7,0000000000000000,@@k2@@,Urtebete,11
eguraldia-muinoa,70B3D57ED005A20F,0000000000000000,@@k3@@,-,0
""", hexs(32).upper(), k1=hexs(32).upper(), k2=hexs(32).upper(), k3=hexs(32).upper())

add("ini/thingsboard-access-token", "prentsa/gateway/tb_gateway.ini", "ThingsBoard IoT Gateway docs: configuration",
    """
; Prentsaren ate-bidea (Modbus -> ThingsBoard)
[thingsboard]
host = tb.upategia.lan
port = 1883
remote_shell = false
statistics = true

[security]
accessToken = @@secret@@

[modbus]
type = tcp
host = 192.168.40.21
port = 502
unitId = 1
pollPeriod = 5000
""", alnum(20))

add("python/modbus-plc-password", "prentsa/hmi/login.py", "Siemens S7 / pyModbusTCP usage; vendor HMI web login",
    """
import requests

# Prentsa hidraulikoaren HMI (Siemens KTP700) - web zerbitzaria
HMI_URL = "https://192.168.40.20"
HMI_USER = "mantentze"
HMI_PASSWORD = "@@secret@@"


def presio_erregistroa():
    s = requests.Session()
    s.verify = False
    s.post(f"{HMI_URL}/FormLogin", data={"Login": HMI_USER, "Password": HMI_PASSWORD}, timeout=10)
    r = s.get(f"{HMI_URL}/Portal/Portal.mwsl?PriNav=Varstate&v=Presioa_bar", timeout=10)
    r.raise_for_status()
    return r.text


if __name__ == "__main__":
    print(presio_erregistroa())
""", words_pw())

add("markdown/camera-admin-password", "docs/upategia/kamerak.md", "Hikvision docs: ISAPI / RTSP URL format",
    """
# Upategiko kamerak

| Kokapena        | IP              | Modeloa        |
|-----------------|-----------------|----------------|
| Kupelen gela    | 192.168.50.11   | DS-2CD2143G2-I |
| Prentsa         | 192.168.50.12   | DS-2CD2143G2-I |
| Kanpoko atea    | 192.168.50.13   | DS-2CD2T47G2-L |

Grabagailua (NVR): http://192.168.50.2 - erabiltzailea `admin`, pasahitza `@@secret@@`

RTSP ikusteko (VLC):

    rtsp://admin:@@secret@@@192.168.50.11:554/Streaming/Channels/101

Oharra: kamerak ez daude Internetera irekita; VPN bidez bakarrik.
""", rand_pw(12))

add("markdown/decoy-camera-doc", "docs/upategia/kamerak-berria.md", "Hikvision docs: RTSP URL format",
    """
# Upategiko kamerak (2025 eguneratua)

Pasahitzak Bitwarden-en daude: *Sagardotegia / Upategia / NVR*.

RTSP helbidearen formatua:

    rtsp://<erabiltzailea>:<pasahitza>@<ip>:554/Streaming/Channels/101

| Kokapena        | IP              | Serie zenbakia      |
|-----------------|-----------------|---------------------|
| Kupelen gela    | 192.168.50.11   | DS2CD2143G2I20230914AAWRK1 |
| Prentsa         | 192.168.50.12   | DS2CD2143G2I20230914AAWRK7 |

Ez idatzi pasahitzik hemen.
""")

add("shell/router-admin-password", "scripts/backup_mikrotik.sh", "MikroTik docs: /export; sshpass man page",
    """
#!/bin/sh
# Sagardotegiko routerraren konfigurazioaren babeskopia (gauero)
DATA=$(date +%Y%m%d)
DEST=/srv/backup/mikrotik
mkdir -p "$DEST"

sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@192.168.88.1 '/export terse' \\
  > "$DEST/hap-ac3-$DATA.rsc"

find "$DEST" -name '*.rsc' -mtime +30 -delete
""", rand_pw(14, "!#%"))

add("json/decoy-firmware-checksums", "prentsa/firmware/manifest.json", "ThingsBoard docs: OTA updates (checksum)",
    """
{
  "device_profile": "prentsa-kontrolagailua",
  "firmware": [
    {"title": "prentsa-fw", "version": "2.3.1", "checksumAlgorithm": "SHA256",
     "checksum": "@@c1@@", "fileName": "prentsa-fw-2.3.1.bin"},
    {"title": "prentsa-fw", "version": "2.4.0", "checksumAlgorithm": "SHA256",
     "checksum": "@@c2@@", "fileName": "prentsa-fw-2.4.0.bin"}
  ],
  "oharra": "Checksum-ak fabrikatzailearen webgunetik hartuta"
}
""", c1=sha256ish(), c2=sha256ish())

add("yaml/openweather-api-key", "sagastia/eguraldia/config.yaml", "OpenWeather docs: One Call API 3.0 (appid)",
    """
# Izotz-alarma: tenperatura 0 azpitik badago loraldian, SMS bidali
eguraldia:
  provider: openweathermap
  url: https://api.openweathermap.org/data/3.0/onecall
  appid: @@secret@@
  lat: 43.2832
  lon: -1.9524
  units: metric
  lang: eu
alarma:
  izotza_c: 0.5
  loraldia: ["04-01", "05-10"]
  jasotzaileak:
    - "+34600111222"
""", hexs(32))

add("python/decoy-config-reference", "sagastia/eguraldia/alarma.py", "OpenWeather docs: One Call API 3.0",
    """
import os

import requests
import yaml

with open("config.yaml") as f:
    KONFIG = yaml.safe_load(f)["eguraldia"]

APPID = os.environ.get("OWM_APPID") or KONFIG.get("appid")


def izotz_arriskua() -> bool:
    r = requests.get(KONFIG["url"], params={
        "lat": KONFIG["lat"], "lon": KONFIG["lon"], "units": "metric",
        "exclude": "minutely,alerts", "appid": APPID,
    }, timeout=15)
    r.raise_for_status()
    gaua = min(h["temp"] for h in r.json()["hourly"][:12])
    return gaua < 0.5
""")

add("notebook/influxdb-token", "analisia/fermentazioa_2024.ipynb", "InfluxDB docs: influxdb-client-python",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Fermentazioa 2024 - kupelen tenperatura eta dentsitatea"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "import pandas as pd\\n",
    "\\n",
    "client = InfluxDBClient(url=\\"http://influx.upategia.lan:8086\\",\\n",
    "                        token=\\"@@secret@@\\",\\n",
    "                        org=\\"sagardotegia\\")\\n",
    "q = client.query_api()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = q.query_data_frame('from(bucket:\\"kupelak\\") |> range(start: 2024-10-01T00:00:00Z)')\\n",
    "df.groupby(\\"kupela\\")[\\"_value\\"].describe()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("notebook/decoy-getpass", "analisia/uzta_2024.ipynb", "Jupyter docs; Python docs: getpass",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Uzta 2024 - sagar motak eta kiloak ilara bakoitzeko"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "pw = getpass.getpass(\\"Datu-basearen pasahitza: \\")\\n",
    "engine = create_engine(f\\"postgresql://analisia:{pw}@db.sagastia.lan/uzta\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select ilara, sagar_mota, sum(kiloak) kg from bilketa group by 1, 2\\", engine)\\n",
    "df.pivot(index=\\"ilara\\", columns=\\"sagar_mota\\", values=\\"kg\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/postgres-role-password", "db/migrations/0007_analisia_rola.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD",
    """
-- Analisirako irakurketa-rola (Grafana eta notebook-ak)
CREATE ROLE analisia LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE uzta TO analisia;
GRANT USAGE ON SCHEMA public TO analisia;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analisia;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analisia;
""", rand_pw(20))

add("sql/decoy-bcrypt-hashes", "db/seeds/erabiltzaileak.sql", "PostgreSQL docs: INSERT; bcrypt hash format",
    """
-- Kutxako erabiltzaileak (pasahitzak bcrypt bidez hasheatuta)
INSERT INTO erabiltzaileak (izena, rola, pasahitz_hash) VALUES
  ('miren', 'arduraduna', '@@h1@@'),
  ('iker', 'zerbitzaria', '@@h2@@'),
  ('nerea', 'sukaldea', '@@h3@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("terraform/decoy-random-password", "infra/terraform/db.tf", "Terraform docs: random_password; aws_db_instance",
    """
resource "random_password" "uzta_db" {
  length           = 24
  special          = true
  override_special = "_-"
}

resource "aws_db_instance" "uzta" {
  identifier          = "sagastia-uzta"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "uzta"
  password            = random_password.uzta_db.result
  skip_final_snapshot = false
  tags = {
    Proiektua = "sagastia"
  }
}
""")

add("terraform/aws-secret-key", "infra/terraform/provider.tf", "Terraform AWS provider docs: Static credentials",
    """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Behin-behinekoa - Josuk konponduko du profilarekin
provider "aws" {
  region     = "eu-south-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "AWS CLI docs: Configuration and credential file settings",
    """
[default]
region = eu-west-3

[sagastia-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = eu-south-2
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/decoy-aws-profile", "ops/aws/config", "AWS CLI docs: SSO profiles",
    """
[default]
region = eu-south-2
output = json

[profile sagastia-admin]
sso_session = sagardotegia
sso_account_id = 381492007715
sso_role_name = AdministratorAccess
region = eu-south-2

[sso-session sagardotegia]
sso_start_url = https://sagardotegia.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
""")

# ---------------------------------------------------------------- TicketBAI, invoicing, accounting

add("properties/certificate-password", "tbai/src/main/resources/ticketbai.properties", "Gipuzkoako Foru Aldundia: TicketBAI technical specifications (certificates)",
    """
# TicketBAI - Gipuzkoa (sagardotegiko kutxa)
tbai.lurraldea=GIPUZKOA
tbai.endpoint=https://tbai-z.egoitza.gipuzkoa.eus/sarrerak/alta
tbai.nif=B20123456
tbai.software.izena=KutxaTxotx
tbai.software.bertsioa=3.4.1
tbai.certificate.path=/etc/tbai/ziurtagiria.p12
tbai.certificate.password=@@secret@@
tbai.serie=TX25
""", words_pw())

add("properties/decoy-tbai-identifiers", "tbai/src/test/resources/tbai-sample.properties", "TicketBAI technical specifications: TBAI identifier and QR",
    """
# Probetako faktura baten datuak (ez dira sekretuak; tiketean inprimatzen dira)
sample.nif=B20123456
sample.tbai.id=TBAI-B20123456-170125-d7Fk2M9pQx1aB-147
sample.qr.url=https://tbai.egoitza.gipuzkoa.eus/qr/?id=TBAI-B20123456-170125-d7Fk2M9pQx1aB-147&s=TX25&nf=000812&i=96.80&cr=213
sample.signature.value.prefix=d7Fk2M9pQx1aB
sample.serie=TX25
sample.zenbakia=000812
sample.zenbatekoa=96.80
""")

add("java/certificate-password", "tbai/src/main/java/eus/kutxatxotx/tbai/Sinatzailea.java", "Java docs: KeyStore.load (PKCS12)",
    """
package eus.kutxatxotx.tbai;

import java.io.FileInputStream;
import java.security.KeyStore;
import java.security.PrivateKey;

public final class Sinatzailea {
    private static final String P12 = "/etc/tbai/ziurtagiria.p12";
    private static final char[] PASAHITZA = "@@secret@@".toCharArray();

    private final KeyStore ks;

    public Sinatzailea() throws Exception {
        ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(P12)) {
            ks.load(in, PASAHITZA);
        }
    }

    public PrivateKey gakoa() throws Exception {
        String alias = ks.aliases().nextElement();
        return (PrivateKey) ks.getKey(alias, PASAHITZA);
    }
}
""", rand_pw(16))

add("java/decoy-env-reference", "tbai/src/main/java/eus/kutxatxotx/tbai/Konfigurazioa.java", "Java docs: System.getenv",
    """
package eus.kutxatxotx.tbai;

public final class Konfigurazioa {
    private Konfigurazioa() {}

    public static String p12Bidea() {
        return System.getenv().getOrDefault("TBAI_P12_PATH", "/etc/tbai/ziurtagiria.p12");
    }

    public static char[] p12Pasahitza() {
        String pw = System.getenv("TBAI_P12_PASSWORD");
        if (pw == null || pw.isEmpty()) {
            throw new IllegalStateException("TBAI_P12_PASSWORD ez dago ezarrita");
        }
        return pw.toCharArray();
    }
}
""")

add("markdown/private-key", "docs/tbai/ziurtagiria-berritzea.md", "OpenSSL docs: pkcs12 -nocerts",
    """
# TicketBAI ziurtagiria berritzea (Izenpe)

1. Izenpe-ren webgunean eskatu ziurtagiri berria (entitate-ziurtagiria).
2. Deskargatu `.p12` fitxategia eta atera gakoa:

       openssl pkcs12 -in ziurtagiria.p12 -nocerts -nodes -out gakoa.pem

3. Kutxako zerbitzarian ordezkatu `/etc/tbai/gakoa.pem`.

Iaz atera genuen gakoa (kutxa berrabiaraztean behar bada):

```
@@secret@@
```

4. Berrabiarazi `kutxatxotx-tbai` zerbitzua.
""", pem())

add("markdown/decoy-public-certificate", "docs/tbai/ziurtagiri-katea.md", "Izenpe: CA certificate chain; OpenSSL docs: x509",
    """
# Izenpe ziurtagiri-katea

Kutxak Izenpe-ren tarteko ziurtagiria behar du. Hau ziurtagiri PUBLIKOA da (ez gakoa):

```
-----BEGIN CERTIFICATE-----
@@body@@
-----END CERTIFICATE-----
```

SHA-256 hatz-marka: `@@fp@@`

Egiaztatu: `openssl x509 -in izenpe-ca.pem -noout -fingerprint -sha256`
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(6)),
    fp=":".join(hexs(2).upper() for _ in range(32)))

add("python/holded-api-key", "kontabilitatea/holded_sync.py", "Holded API docs: Authentication (key header)",
    """
import csv
import requests

HOLDED_URL = "https://api.holded.com/api/invoicing/v1/documents/invoice"
HEADERS = {"key": "@@secret@@", "Content-Type": "application/json"}


def igo_fakturak(bidea: str) -> None:
    with open(bidea, newline="") as f:
        for lerroa in csv.DictReader(f):
            gorputza = {
                "contactName": lerroa["bezeroa"],
                "date": lerroa["data"],
                "items": [{"name": "Txotx menua", "units": int(lerroa["pertsonak"]), "subtotal": 38.0, "tax": 10}],
            }
            r = requests.post(HOLDED_URL, json=gorputza, headers=HEADERS, timeout=20)
            r.raise_for_status()


if __name__ == "__main__":
    igo_fakturak("fakturak_2025_02.csv")
""", hexs(32))

add("csv/decoy-invoice-export", "kontabilitatea/fakturak_2025_02.csv", "Holded docs: export invoices to CSV",
    """
data,serie,zenbakia,tbai_id,bezeroa,nif,pertsonak,guztira
2025-02-01,TX25,000412,TBAI-B20123456-010225-Qm3pL8xZr2Vd1-091,Aizpurua Elkartea,G20554411,22,919.60
2025-02-01,TX25,000413,TBAI-B20123456-010225-Ns8wK1yTb6Pc4-217,Kirol Taldea Hernani,G20887412,35,1463.00
2025-02-08,TX25,000478,TBAI-B20123456-080225-Hf2jR7uMv9Ae5-033,Zubieta Lagunak,,12,501.60
2025-02-14,TX25,000530,TBAI-B20123456-140225-Tz4nG6qWc3Lx8-158,Enpresa afaria - Orona,A20040022,48,2006.40
2025-02-15,TX25,000541,TBAI-B20123456-150225-Pb9sD2hKe7Ym1-244,Mendi taldea,G20331098,18,752.40
""")

add("xml/decoy-sepa-creditor-id", "kontabilitatea/sepa/bazkideen_kuota_2025.xml", "ISO 20022 pain.008 direct debit schema",
    """
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>SAGARDO-KUOTA-2025-01</MsgId>
      <CreDtTm>2025-01-10T09:12:00</CreDtTm>
      <NbOfTxs>2</NbOfTxs>
      <InitgPty><Nm>Sagardoaren Lagunak Elkartea</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>KUOTA-2025</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>ES12000G20998877</Id></Othr></PrvtId></Id></CdtrSchmeId>
      <DrctDbtTxInf>
        <PmtId><EndToEndId>KUOTA-2025-0001</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">45.00</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>BAZK-0001</MndtId><DtOfSgntr>2019-03-02</DtOfSgntr></MndtRltdInf></DrctDbtTx>
      </DrctDbtTxInf>
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>
""")

add("csharp/sql-server-password", "Kutxa.Txotx/appsettings.Production.json", "Microsoft docs: SQL Server connection strings",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kutxa": "Server=kutxa-sql.sagardotegia.lan;Database=KutxaTxotx;User Id=kutxa_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "TicketBai": {
    "Lurraldea": "Gipuzkoa",
    "Serie": "TX25"
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("csharp/decoy-user-secrets", "Kutxa.Txotx/appsettings.json", "Microsoft docs: Safe storage of app secrets (user-secrets)",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Kutxa": "Server=(localdb)\\\\MSSQLLocalDB;Database=KutxaTxotx;Trusted_Connection=True"
  },
  "TicketBai": {
    "Lurraldea": "Gipuzkoa",
    "Serie": "PROBA",
    "P12Pasahitza": ""
  },
  "_oharra": "Pasahitzak: dotnet user-secrets set TicketBai:P12Pasahitza <balioa>",
  "AllowedHosts": "*"
}
""")

add("csharp/smtp-password", "Kutxa.Txotx/Zerbitzuak/PostaZerbitzua.cs", "Microsoft docs: System.Net.Mail.SmtpClient",
    """
using System.Net;
using System.Net.Mail;

namespace Kutxa.Txotx.Zerbitzuak;

public class PostaZerbitzua
{
    private readonly SmtpClient _smtp = new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("kutxa@oialume-sagardotegia.eus", "@@secret@@"),
    };

    public void BidaliEgunekoItxiera(string csvBidea)
    {
        using var mezua = new MailMessage("kutxa@oialume-sagardotegia.eus", "administrazioa@oialume-sagardotegia.eus",
            "Eguneko itxiera", "Erantsita eguneko kutxaren itxiera.");
        mezua.Attachments.Add(new Attachment(csvBidea));
        _smtp.Send(mezua);
    }
}
""", words_pw())

add("powershell/ftp-password", "scripts/Igo-Itxiera.ps1", "Microsoft docs: WebClient.UploadFile; FTP",
    """
# Eguneko itxiera aholkularitzaren FTPra igo (Gestoria Urola)
$data = Get-Date -Format 'yyyyMMdd'
$fitxategia = "C:\\KutxaTxotx\\itxierak\\itxiera_$data.csv"

$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object System.Net.NetworkCredential('oialume', '@@secret@@')
$wc.UploadFile("ftp://ftp.gestoria-urola.com/sarrerak/itxiera_$data.csv", $fitxategia)
Write-Host "Igota: $fitxategia"
""", rand_pw(12))

add("powershell/decoy-secretmanagement", "scripts/Igo-Itxiera-berria.ps1", "Microsoft docs: SecretManagement Get-Secret",
    """
# Eguneko itxiera igo - kredentzialak SecretStore-tik
Import-Module Microsoft.PowerShell.SecretManagement
$data = Get-Date -Format 'yyyyMMdd'
$fitxategia = "C:\\KutxaTxotx\\itxierak\\itxiera_$data.csv"

$cred = Get-Secret -Name 'GestoriaUrolaFtp' -Vault 'KutxaVault'
$wc = New-Object System.Net.WebClient
$wc.Credentials = $cred.GetNetworkCredential()
$wc.UploadFile("ftp://ftp.gestoria-urola.com/sarrerak/itxiera_$data.csv", $fitxategia)
Write-Host "Igota: $fitxategia"
""")

add("powershell/sql-server-password", "scripts/Babeskopia-Kutxa.ps1", "Microsoft docs: Invoke-Sqlcmd",
    """
# Kutxaren datu-basearen babeskopia gauero
$zerbitzaria = 'kutxa-sql.sagardotegia.lan'
$data = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance $zerbitzaria -Username 'sa' -Password '@@secret@@' `
  -Query "BACKUP DATABASE KutxaTxotx TO DISK = N'D:\\Backup\\KutxaTxotx_$data.bak' WITH COMPRESSION"
Get-ChildItem 'D:\\Backup' -Filter '*.bak' | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item
""", words_pw())

add("xml/decoy-encrypted-config", "Kutxa.Txotx.Legacy/Web.config", "Microsoft docs: Encrypting configuration sections (RsaProtectedConfigurationProvider)",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <CipherData><CipherValue>@@k@@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@@v@@</CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="Serie" value="TX25" />
  </appSettings>
</configuration>
""", k=b64(hexs(96)), v=b64(hexs(150)))

add("xml/ldap-bind-password", "intranet/WEB-INF/ldap-context.xml", "Spring LDAP docs: LdapContextSource",
    """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <!-- Kooperatibaren intraneta: langileak AD-tik -->
  <bean id="contextSource" class="org.springframework.ldap.core.support.LdapContextSource">
    <property name="url" value="ldaps://dc01.sagardo-koop.lan:636" />
    <property name="base" value="dc=sagardo-koop,dc=lan" />
    <property name="userDn" value="cn=svc-intranet,ou=Zerbitzuak,dc=sagardo-koop,dc=lan" />
    <property name="password" value="@@secret@@" />
  </bean>
  <bean id="ldapTemplate" class="org.springframework.ldap.core.LdapTemplate">
    <constructor-arg ref="contextSource" />
  </bean>
</beans>
""", words_pw())

# ---------------------------------------------------------------- CI, containers, clusters, packages

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "GitHub docs: Using secrets in GitHub Actions",
    """
name: Hedapena (erreserbak)
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
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-south-2
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""")

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI docs: API tokens; twine docs",
    """
name: Argitaratu sagardo-tbai paketea
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          # behin-behinean, trusted publishing konfiguratu arte
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "sagardo-tbai/.pypirc", "PyPI docs: Using a PyPI token (.pypirc)",
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

add("toml/decoy-pyproject", "sagardo-tbai/pyproject.toml", "Python Packaging User Guide: Writing pyproject.toml",
    """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "sagardo-tbai"
version = "0.9.2"
description = "TicketBAI fakturak sagardotegietako kutxetatik (Gipuzkoa, Bizkaia, Araba)"
readme = "README.md"
requires-python = ">=3.10"
license = "EUPL-1.2"
authors = [{ name = "Ane Etxeberria", email = "ane@kutxatxotx.eus" }]
dependencies = ["lxml>=5", "cryptography>=42", "signxml>=3.2", "requests>=2.31"]

[project.urls]
Homepage = "https://github.com/kutxatxotx/sagardo-tbai"

[tool.hatch.build.targets.wheel]
packages = ["src/sagardo_tbai"]
""")

add("github-actions/slack-webhook", ".github/workflows/nightly.yml", "Slack docs: Sending messages using incoming webhooks",
    """
name: Gaueko probak
on:
  schedule:
    - cron: "30 2 * * *"
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[test] && pytest -q
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Gaueko probak huts egin du: ${{ github.run_id }}"}' \\
            @@secret@@
""", slack_webhook())

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: Personal access tokens; Container registry login",
    """
stages: [build, deploy]

variables:
  IMAGE: registry.gitlab.com/oialume/kutxa
  REGISTRY_USER: oialume-ci
  REGISTRY_TOKEN: "@@secret@@"

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$REGISTRY_TOKEN" | docker login registry.gitlab.com -u "$REGISTRY_USER" --password-stdin
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  script:
    - ssh kutxa@sagardotegia.lan "docker pull $IMAGE:$CI_COMMIT_SHORT_SHA"
""", gitlab_token())

add("yaml/decoy-gitlab-ci-variables", "kutxa-web/.gitlab-ci.yml", "GitLab docs: CI/CD variables",
    """
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
  script:
    - ssh -o StrictHostKeyChecking=no deploy@web.sagardotegia.eus "cd /srv/kutxa-web && git pull && systemctl restart kutxa-web"
  only: [main]
""")

add("dockerfile/github-token", "Dockerfile", "Docker docs: Dockerfile reference (ARG, ENV); pip VCS install",
    """
FROM python:3.12-slim

WORKDIR /app
ENV PIP_NO_CACHE_DIR=1
# Barne paketea (sagardo-tbai) GitHub biltegi pribatutik
ENV GH_TOKEN=@@secret@@
COPY requirements.txt .
RUN pip install -r requirements.txt \\
 && pip install "git+https://${GH_TOKEN}@github.com/kutxatxotx/sagardo-tbai.git@v0.9.2"
COPY . .
EXPOSE 8000
CMD ["gunicorn", "erreserbak.wsgi:application", "-b", "0.0.0.0:8000", "-w", "3"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "kutxa-web/Dockerfile", "Docker docs: Build secrets (RUN --mount=type=secret)",
    """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=gh_token \\
    pip install -r requirements.txt \\
 && pip install "git+https://$(cat /run/secrets/gh_token)@github.com/kutxatxotx/sagardo-tbai.git@v0.9.2"
COPY . .
USER 1000
CMD ["gunicorn", "kutxa_web.wsgi", "-b", "0.0.0.0:8000"]
""")

add("k8s-secret/postgres-password", "k8s/erreserbak/secret.yaml", "Kubernetes docs: Secrets (data is base64)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: erreserbak-db
  namespace: sagardotegia
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
""", (_v := words_pw()), u=b64("erreserbak"), d=b64("erreserbak"), p=b64(_v))

add("k8s-secret/decoy-external-secret", "k8s/erreserbak/external-secret.yaml", "External Secrets Operator docs: ExternalSecret",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: erreserbak-stripe
  namespace: sagardotegia
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: erreserbak-stripe
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: sagardotegia/erreserbak/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: sagardotegia/erreserbak/stripe
        property: webhook_secret
""")

add("k8s-secret/stripe-secret-key", "k8s/erreserbak/stripe-secret.yaml", "Kubernetes docs: Secrets (stringData)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: erreserbak-stripe
  namespace: sagardotegia
  labels:
    app: erreserbak
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_CURRENCY: "eur"
""", stripe_key("rk_live_"))

add("k8s-secret/decoy-sealed-secret", "k8s/kutxa/sealed-redis.yaml", "Bitnami Sealed Secrets docs: SealedSecret",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kutxa-redis
  namespace: sagardotegia
spec:
  encryptedData:
    REDIS_PASSWORD: @@e1@@
  template:
    metadata:
      name: kutxa-redis
      namespace: sagardotegia
    type: Opaque
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("k8s-secret/redis-password", "k8s/kutxa/redis-auth.yaml", "Kubernetes docs: Secrets; Bitnami Redis chart auth.existingSecret",
    """
apiVersion: v1
kind: Secret
metadata:
  name: kutxa-redis-auth
  namespace: sagardotegia
type: Opaque
data:
  redis-password: @@p@@
""", (_v := fakes.redis_password(_seed())), p=b64(_v))

add("yaml/docker-registry-password", "k8s/kutxa/values.yaml", "Helm docs: imagePullSecrets; Docker Hub access tokens",
    """
# kutxa chart - sagardotegiko zerbitzaria (k3s)
replicaCount: 1
image:
  repository: docker.io/oialume/kutxa
  tag: "3.4.1"
imageCredentials:
  registry: https://index.docker.io/v1/
  username: oialume
  password: @@secret@@
service:
  type: ClusterIP
  port: 8000
resources:
  limits:
    memory: 512Mi
""", docker_pat())

add("yaml/decoy-helm-values-existing-secret", "k8s/grafana/values.yaml", "Grafana Helm chart docs: admin.existingSecret",
    """
# Upategiko Grafana (kupelen tenperatura)
adminUser: admin
admin:
  existingSecret: grafana-admin
  userKey: admin-user
  passwordKey: admin-password
persistence:
  enabled: true
  size: 2Gi
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: InfluxDB
        type: influxdb
        url: http://influx.upategia.lan:8086
        secureJsonData:
          token: $__file{/etc/secrets/influx-token}
""")

add("ansible/decoy-vault-encrypted", "ansible/group_vars/sagardotegia/vault.yml", "Ansible docs: Encrypting content with Ansible Vault",
    """
@@v@@
""", v=ansible_vault())

add("ansible/mysql-password", "ansible/roles/prestashop/defaults/main.yml", "Ansible docs: community.mysql.mysql_user",
    """
---
# Denda (PrestaShop) - sagardo botilak online
prestashop_version: "8.1.7"
prestashop_domain: denda.zelaia-sagardotegia.eus
prestashop_db_name: prestashop
prestashop_db_user: ps_denda
prestashop_db_password: "@@secret@@"
prestashop_admin_email: info@zelaia-sagardotegia.eus
prestashop_languages: [eu, es, fr, en]
php_version: "8.1"
""", rand_pw(22))

add("ansible/smtp-password", "ansible/roles/postfix/tasks/main.yml", "Postfix docs: SASL client (sasl_passwd)",
    """
---
- name: Postfix instalatu
  ansible.builtin.apt:
    name: [postfix, libsasl2-modules]
    state: present

- name: Relay kredentzialak (Gmail Workspace)
  ansible.builtin.copy:
    dest: /etc/postfix/sasl_passwd
    mode: "0600"
    content: |
      [smtp.gmail.com]:587 alarmak@aginaga-sagastia.eus:@@secret@@
  notify: postmap sasl_passwd

- name: relayhost ezarri
  ansible.builtin.lineinfile:
    path: /etc/postfix/main.cf
    regexp: '^relayhost'
    line: 'relayhost = [smtp.gmail.com]:587'
  notify: restart postfix
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("ansible/decoy-vault-lookup", "ansible/roles/kutxa/vars/main.yml", "Ansible docs: hashi_vault lookup",
    """
---
kutxa_db_host: kutxa-sql.sagardotegia.lan
kutxa_db_user: kutxa_app
kutxa_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/kutxa/db:password') }}"
kutxa_tbai_p12_password: "{{ vault_kutxa_tbai_p12_password }}"
kutxa_redis_password: "{{ vault_kutxa_redis_password }}"
kutxa_serie: TX25
""")

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "Terraform Cloudflare provider docs: api_token",
    """
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "8f3d2a71c9b04e55a6b1d0e2f7c39a14"
}

resource "cloudflare_record" "erreserbak" {
  zone_id = var.zone_id
  name    = "erreserbak"
  type    = "CNAME"
  content = "erreserbak-lb-1193.eu-south-2.elb.amazonaws.com"
  proxied = true
}

resource "cloudflare_record" "denda" {
  zone_id = var.zone_id
  name    = "denda"
  type    = "A"
  content = "185.42.118.27"
  proxied = true
}
""", cloudflare_token())

add("terraform/decoy-variable-sensitive", "infra/dns/variables.tf", "Terraform docs: Input variables (sensitive)",
    """
variable "cloudflare_api_token" {
  description = "Cloudflare API tokena (TF_VAR_cloudflare_api_token ingurune aldagaian)"
  type        = string
  sensitive   = true
}

variable "zone_id" {
  description = "sagardotegia.eus zonaren IDa (ez da sekretua)"
  type        = string
  default     = "8f3d2a71c9b04e55a6b1d0e2f7c39a14"
}
""")

add("terraform/digitalocean-token", "infra/denda/terraform.tfvars", "Terraform DigitalOcean provider docs: token",
    """
do_token      = "@@secret@@"
region        = "ams3"
droplet_size  = "s-1vcpu-2gb"
denda_domain  = "denda.larrarte-sagardotegia.eus"
ssh_key_names = ["ane-laptop", "josu-mahaia"]
""", do_token())

add("shell/docker-login", "scripts/deploy_denda.sh", "Docker docs: docker login --password-stdin",
    """
#!/usr/bin/env bash
set -euo pipefail
# Denda berria hedatu (Larrarte)
TAG="${1:-latest}"
echo '@@secret@@' | docker login -u larrarte --password-stdin
docker build -t larrarte/denda:"$TAG" .
docker push larrarte/denda:"$TAG"
ssh deploy@denda.larrarte-sagardotegia.eus "docker pull larrarte/denda:$TAG && docker compose up -d"
""", docker_pat())

add("shell/decoy-docker-login-env", "scripts/deploy_kutxa.sh", "Docker docs: docker login --password-stdin",
    """
#!/usr/bin/env bash
set -euo pipefail
: "${DOCKERHUB_TOKEN:?DOCKERHUB_TOKEN falta da (ikus 1Password: Oialume / Docker Hub)}"
TAG="${1:-latest}"
printf '%s' "$DOCKERHUB_TOKEN" | docker login -u oialume --password-stdin
docker build -t oialume/kutxa:"$TAG" .
docker push oialume/kutxa:"$TAG"
""")

add("yaml/npm-token", "txotx-kiosk/.yarnrc.yml", "Yarn docs: .yarnrc.yml npmScopes npmAuthToken",
    """
nodeLinker: node-modules
enableTelemetry: false
npmScopes:
  kutxatxotx:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAlwaysAuth: true
    npmAuthToken: "@@secret@@"
yarnPath: .yarn/releases/yarn-4.5.1.cjs
""", npm_token())

add("ini/npm-token", "txotx-ui/.npmrc", "npm docs: npmrc auth-related configuration",
    """
; Kioskoaren UI paketeak (@kutxatxotx)
@kutxatxotx:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-npmrc-env", "txotx-app/.npmrc", "npm docs: npmrc (environment variables in config)",
    """
; NPM_TOKEN CI-ko aldagaia da (GitHub Actions secrets)
@kutxatxotx:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

# ---------------------------------------------------------------- shops, maps, marketing, SaaS

add("python/shopify-access-token", "denda/shopify_stock.py", "Shopify docs: Admin API access tokens (X-Shopify-Access-Token)",
    """
import requests

DENDA = "gartzia-sagardoa.myshopify.com"
TOKEN = "@@secret@@"
API = f"https://{DENDA}/admin/api/2024-10"


def eguneratu_stock(inventory_item_id: int, location_id: int, kopurua: int) -> None:
    r = requests.post(
        f"{API}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": kopurua},
        timeout=20,
    )
    r.raise_for_status()


if __name__ == "__main__":
    # Sagardo naturala 75cl (kaxa 6)
    eguneratu_stock(44811290231, 71220019, 340)
""", shopify_token())

add("toml/shopify-app-secret", "shopify-app/shopify.app.toml", "Shopify CLI docs: app configuration (client_secret is not stored here)",
    """
# Gartzia - opari-kutxen app-a
client_id = "3f9e1c72a0b84d5e96f1a2c3b4d5e6f7"
name = "gartzia-opari-kutxak"
application_url = "https://opariak.gartzia-sagardotegia.eus"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory,read_orders"

[auth]
redirect_urls = ["https://opariak.gartzia-sagardotegia.eus/auth/callback"]

[webhooks]
api_version = "2024-10"
# TODO kendu: app-aren sekretua hemen probetarako
shared_secret = "@@secret@@"
""", shopify_token("shpss_"))

add("toml/decoy-shopify-client-id", "opariak-app/shopify.app.toml", "Shopify CLI docs: app configuration (client_id)",
    """
# Opari-kutxen app-a (client_id publikoa da; sekretua Partner Dashboard-en)
client_id = "9b2d47e1f0c34a8bb6d2e9f1a0c7d3e5"
name = "opari-kutxak"
application_url = "https://opariak.gartzia-sagardotegia.eus"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory"

[auth]
redirect_urls = ["https://opariak.gartzia-sagardotegia.eus/auth/callback"]
""")

add("php/prestashop-webservice-key", "modules/sagardo_sync/sync.php", "PrestaShop docs: Webservice (ws_key)",
    """
<?php
// Upategiko stocka -> PrestaShop denda
require_once __DIR__ . '/PSWebServiceLibrary.php';

$url = 'https://denda.zelaia-sagardotegia.eus';
$wsKey = '@@secret@@';
$webService = new PrestaShopWebservice($url, $wsKey, false);

$stock = json_decode(file_get_contents('/srv/upategia/stock.json'), true);
foreach ($stock as $idStock => $kopurua) {
    $xml = $webService->get(['resource' => 'stock_availables', 'id' => $idStock]);
    $xml->stock_available->quantity = $kopurua;
    $webService->edit(['resource' => 'stock_availables', 'id' => $idStock, 'putXml' => $xml->asXML()]);
}
""", fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("javascript/square-access-token", "kiosk/src/square.js", "Square docs: Square Node.js SDK (accessToken)",
    """
// Sarrerako kioskoa: txotx menuaren aurrerakinak Square Terminal bidez
const { Client, Environment } = require("square");

const client = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

async function sortuOrdainketa(zenbatekoa, erreserbaId) {
  const { result } = await client.terminalApi.createTerminalCheckout({
    idempotencyKey: erreserbaId,
    checkout: {
      amountMoney: { amount: BigInt(zenbatekoa * 100), currency: "EUR" },
      deviceOptions: { deviceId: "9fa747a2-25ff-48ee-b078-04381f7c828f" },
    },
  });
  return result.checkout;
}

module.exports = { sortuOrdainketa };
""", square_token())

add("javascript/decoy-square-application-id", "kiosk/src/square-web.js", "Square docs: Web Payments SDK (application ID is public)",
    """
// Web Payments SDK - applicationId eta locationId publikoak dira
const appId = "sq0idp-@@app@@";
const locationId = "L7Q9M4XR2ZK8D";

async function hasiOrdainketa() {
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach("#txartela");
  document.getElementById("ordaindu").addEventListener("click", async () => {
    const result = await card.tokenize();
    if (result.status === "OK") {
      await fetch("/api/ordaindu", { method: "POST", body: JSON.stringify({ token: result.token }) });
    }
  });
}
""", app=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/paypal-client-secret", "opariak/.env.production", "PayPal docs: Get client ID and client secret",
    """
NODE_ENV=production
PORT=3000
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
BASE_URL=https://opariak.gartzia-sagardotegia.eus
""", paypal_secret(), cid=paypal_client_id())

add("html/decoy-paypal-client-id", "opariak/public/ordaindu.html", "PayPal docs: JavaScript SDK script configuration (client-id)",
    """
<!DOCTYPE html>
<html lang="eu">
<head>
  <meta charset="utf-8">
  <title>Opari-kutxa ordaindu - Gartzia Sagardotegia</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=EUR&locale=es_ES"></script>
</head>
<body>
  <h1>Sagardo opari-kutxa (6 botila)</h1>
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/orders", { method: "POST" }).then(r => r.json()).then(o => o.id),
      onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: "POST" })
    }).render("#paypal-button-container");
  </script>
</body>
</html>
""", cid=paypal_client_id())

add("typescript/decoy-mapbox-public-token", "txotx-app/src/components/Mapa.tsx", "Mapbox docs: Access tokens (public pk. tokens)",
    """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Token publikoa (pk.), URL murrizketarekin
mapboxgl.accessToken = "@@pk@@";

export function SagardotegienMapa() {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({
      container: el.current!,
      style: "mapbox://styles/mapbox/outdoors-v12",
      center: [-1.95, 43.28],
      zoom: 11,
    });
    return () => map.remove();
  }, []);
  return <div ref={el} style={{ height: 420 }} />;
}
""", pk=mapbox_public())

add("shell/mapbox-secret-token", "scripts/upload_tileset.sh", "Mapbox docs: Uploads API; secret (sk.) tokens",
    """
#!/usr/bin/env bash
# Sagastien mapa (GeoJSON) Mapbox-era igo
set -e
export MAPBOX_ACCESS_TOKEN=@@secret@@
mapbox upload sagardotegi-eus.sagastiak-2025 data/sagastiak.geojson
echo "Igota. Estiloa eguneratu Studio-n."
""", mapbox_secret())

add("javascript/decoy-firebase-config", "txotx-app/src/firebase.js", "Firebase docs: Learn about using and managing API keys (API keys for Firebase are not secret)",
    """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web konfigurazioa publikoa da (Firebase-ren dokumentazioaren arabera)
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "txotx-app-eus.firebaseapp.com",
  projectId: "txotx-app-eus",
  storageBucket: "txotx-app-eus.appspot.com",
  messagingSenderId: "804412377190",
  appId: "1:804412377190:web:3c9a8e71d2f04b6a5e11c7",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_key())

add("python/firebase-service-account", "txotx-app/functions/jakinarazpenak.py", "Firebase docs: Admin SDK service account (private_key)",
    """
import firebase_admin
from firebase_admin import credentials, messaging

# Zerbitzu-kontua (txotx-app-eus) - behin-behinean hemen
KONTUA = {
    "type": "service_account",
    "project_id": "txotx-app-eus",
    "private_key_id": "@@kid@@",
    "private_key": \"\"\"@@secret@@\"\"\",
    "client_email": "firebase-adminsdk-q3k2d@txotx-app-eus.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}

firebase_admin.initialize_app(credentials.Certificate(KONTUA))


def txotx_abisua(gaia: str) -> None:
    messaging.send(messaging.Message(
        notification=messaging.Notification(title="Txotx!", body="Kupela berria irekita: " + gaia),
        topic=gaia,
    ))
""", pem("RSA"), kid=hexs(40))

add("html/decoy-recaptcha-site-key", "templates/erreserba_formularioa.html", "Google docs: reCAPTCHA v3 (site key is public)",
    """
{% extends "base.html" %}
{% block content %}
<form method="post" id="erreserba">
  {% csrf_token %}
  <label>Izena <input name="izena" required></label>
  <label>Data <input type="date" name="data" required></label>
  <label>Pertsonak <input type="number" name="pertsonak" min="2" max="60"></label>
  <button class="g-recaptcha" data-sitekey="@@k@@" data-callback="onSubmit" data-action="erreserba">Erreserbatu</button>
</form>
<script src="https://www.google.com/recaptcha/api.js"></script>
<script>function onSubmit(token) { document.getElementById("erreserba").submit(); }</script>
{% endblock %}
""", k=recaptcha_site())

add("python/recaptcha-secret-key", "erreserbak/antispam.py", "Google docs: reCAPTCHA verify API (secret parameter)",
    """
import requests

RECAPTCHA_SECRET = "@@secret@@"
VERIFY_URL = "https://www.google.com/recaptcha/api/siteverify"


def gizakia_da(token: str, ip: str) -> bool:
    r = requests.post(VERIFY_URL, data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": ip}, timeout=10)
    emaitza = r.json()
    return emaitza.get("success", False) and emaitza.get("score", 0) >= 0.5
""", recaptcha_site())

add("yaml/google-maps-server-key", "config/geocoding.yml", "Google Maps Platform docs: Geocoding API key",
    """
# Zerbitzariko geokodetzea (bezeroen helbideak -> autobus zerbitzua)
geocoding:
  provider: google
  # zerbitzari-gakoa, IP murrizketarekin EZ (konpondu!)
  api_key: @@secret@@
  region: es
  language: eu
  cache_ttl_days: 90
autobusa:
  irteera: "Donostia, Boulevard"
  helmuga: "Astigarraga"
""", google_key())

add("javascript/algolia-admin-key", "scripts/indexatu_sagardotegiak.js", "Algolia docs: API keys (Admin API key)",
    """
// Sagardotegien direktorioa Algolia-n indexatu
const algoliasearch = require("algoliasearch");
const sagardotegiak = require("../data/sagardotegiak.json");

const client = algoliasearch("K3P8QZ1M4D", "@@secret@@");
const index = client.initIndex("sagardotegiak_eu");

index
  .saveObjects(sagardotegiak, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`${objectIDs.length} sagardotegi indexatuta`))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
""", hexs(32))

add("javascript/decoy-algolia-search-key", "web/src/bilaketa.js", "Algolia docs: Search-only API key (safe in the frontend)",
    """
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Bilaketa-gakoa soilik (search-only), publikoa
const searchClient = algoliasearch("K3P8QZ1M4D", "@@k@@");

const search = instantsearch({ indexName: "sagardotegiak_eu", searchClient });
search.addWidgets([
  searchBox({ container: "#bilatu", placeholder: "Bilatu sagardotegia..." }),
  hits({ container: "#emaitzak", templates: { item: (h) => `${h.izena} - ${h.herria}` } }),
]);
search.start();
""", k=hexs(32))

add("python/airtable-token", "sagastia/uzta/airtable_export.py", "Airtable docs: Personal access tokens; pyairtable",
    """
from pyairtable import Api

api = Api("@@secret@@")
taula = api.table("appQ7x2LmK9vR3tYs", "Bilketa 2024")


def ilarako_kiloak():
    emaitza = {}
    for erregistroa in taula.all():
        f = erregistroa["fields"]
        emaitza[f["Ilara"]] = emaitza.get(f["Ilara"], 0) + f.get("Kiloak", 0)
    return emaitza


if __name__ == "__main__":
    for ilara, kg in sorted(ilarako_kiloak().items()):
        print(f"{ilara:>3}  {kg:8.1f} kg")
""", airtable_pat())

add("python/decoy-airtable-ids", "sagastia/uzta/airtable_schema.py", "Airtable docs: Finding Airtable IDs",
    """
# Airtable oinarriaren identifikatzaileak (ez dira sekretuak; tokena AIRTABLE_TOKEN aldagaian)
import os

BASE_ID = "appQ7x2LmK9vR3tYs"
TAULAK = {
    "bilketa_2024": "tblN4mZ8qK2pW7sXc",
    "sagar_motak": "tblR9vB3kL6tY1hGd",
    "langileak": "tblC2xQ7mN5pZ8wKe",
}
EREMUAK = {"ilara": "fldA1b2C3d4E5f6G7", "kiloak": "fldH8i9J0k1L2m3N4"}
TOKEN = os.environ["AIRTABLE_TOKEN"]
""")

add("javascript/notion-token", "tools/denboraldia-notion/index.js", "Notion docs: @notionhq/client (auth)",
    """
const { Client } = require("@notionhq/client");

// Denboraldiko egutegia Notion-etik (kupelen irekiera eguna)
const notion = new Client({ auth: "@@secret@@" });
const DATABASE_ID = "4b1e2f6a9c7d48e3a05f2b9d1c6e8a37";

(async () => {
  const res = await notion.databases.query({
    database_id: DATABASE_ID,
    filter: { property: "Egoera", status: { equals: "Irekita" } },
  });
  for (const p of res.results) {
    console.log(p.properties.Kupela.title[0].plain_text, p.properties.Data.date.start);
  }
})();
""", notion_token())

add("python/hubspot-private-app-token", "crm/enpresa_afariak.py", "HubSpot docs: Private apps (Bearer token)",
    """
import requests

HUBSPOT_TOKEN = "@@secret@@"
URL = "https://api.hubapi.com/crm/v3/objects/deals"


def sortu_afaria(enpresa: str, pertsonak: int, data: str) -> str:
    gorputza = {"properties": {
        "dealname": f"Enpresa afaria - {enpresa}",
        "amount": str(pertsonak * 41.8),
        "closedate": data,
        "pipeline": "default",
        "dealstage": "appointmentscheduled",
    }}
    r = requests.post(URL, json=gorputza, headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()["id"]
""", hubspot_token())

add("python/openai-api-key", "menua/itzulpenak.py", "OpenAI docs: API reference (Authentication)",
    """
from openai import OpenAI

# Menua euskaratik gaztelaniara, frantsesera eta ingelesera
client = OpenAI(api_key="@@secret@@")

MENUA = \"\"\"Txorizoa sagardotan
Bakailao-tortilla
Bakailaoa piperrekin
Txuleta erretegian
Idiazabal gazta, intxaurrak eta membrilloa\"\"\"


def itzuli(hizkuntza: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Itzuli {hizkuntza}ra sagardotegiko menu hau:\\n{MENUA}"}],
    )
    return r.choices[0].message.content
""", openai_key())

add("python/decoy-openai-env", "menua/deskribapenak.py", "OpenAI docs: Python library (OPENAI_API_KEY environment variable)",
    """
from openai import OpenAI

# OPENAI_API_KEY ingurunetik irakurtzen du liburutegiak
client = OpenAI()


def deskribatu(sagardoa: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Idatzi bi esaldi {sagardoa} sagardoaz, euskaraz."}],
    )
    return r.choices[0].message.content
""")

add("yaml/sentry-auth-token", ".sentryclirc.yml", "Sentry docs: sentry-cli configuration (auth token)",
    """
# sentry-cli: source map-ak igotzeko (txotx-app)
defaults:
  url: https://sentry.io/
  org: kutxatxotx
  project: txotx-app
auth:
  token: @@secret@@
""", sentry_token())

add("javascript/decoy-sentry-dsn", "txotx-app/src/sentry.js", "Sentry docs: DSN explainer (DSNs are safe to keep public)",
    """
import * as Sentry from "@sentry/browser";

// DSN-a publikoa da (nabigatzailean bidaltzen da)
Sentry.init({
  dsn: "https://@@k@@@o4507182.ingest.de.sentry.io/4507183",
  release: "txotx-app@2025.02.1",
  tracesSampleRate: 0.1,
  environment: "production",
});
""", k=hexs(32))

add("yaml/datadog-api-key", "infra/datadog/datadog.yaml", "Datadog Agent docs: datadog.yaml (api_key)",
    """
## Sagardotegiko zerbitzaria (kutxa + upategia)
api_key: @@secret@@
site: datadoghq.eu
hostname: sagardotegia-srv01
tags:
  - herria:astigarraga
  - rola:kutxa
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", datadog_key())

add("yaml/decoy-datadog-env", "infra/datadog/compose.yml", "Datadog docs: Docker Agent (DD_API_KEY)",
    """
services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=${DD_API_KEY}
      - DD_SITE=datadoghq.eu
      - DD_HOSTNAME=sagardotegia-srv01
      - DD_LOGS_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro
      - /sys/fs/cgroup/:/host/sys/fs/cgroup:ro
""")

# ---------------------------------------------------------------- runbooks, handovers, logs

add("markdown/wifi-and-router-handover", "docs/eskualdatzea-2025.md", "Handover note layout (team wiki)",
    """
# Eskualdatzea - Josu joan aurretik (2025-03)

Kaixo Irati, hemen informatikako gauza nagusiak:

- **Kutxa (TPV)**: Windows 11, `KUTXA01`, erabiltzailea `kutxa`. Eguneraketak astelehenetan.
- **Routerra (MikroTik hAP ac3)**: http://192.168.88.1, `admin` / `@@secret@@`
- **Langileen WiFi-a**: `Sagardotegia-Langileak` (gonbidatuena bestea da, pasahitzik gabe)
- **NVR-a**: Bitwarden-en dago.
- **TicketBAI**: ziurtagiria 2026ko urtarrilean iraungitzen da!

Zalantzak: josu@oialume-sagardotegia.eus
""", rand_pw(14, "#%"))

add("markdown/stripe-restricted-key-handover", "docs/ordainketak/README.md", "Stripe docs: Restricted API keys",
    """
# Ordainketak (Stripe)

Erreserben aurrerakina (10 EUR/pertsona) Stripe Checkout bidez kobratzen da.

## Gakoak

| Ingurunea | Gakoa | Non |
|-----------|-------|-----|
| Produkzioa | `rk_live_...` (murriztua: Checkout + Refunds) | ikus behean |
| Probak | `sk_test_...` | Stripe dashboard |

Produkzioko gako murriztua (Mikel-ek sortua 2025-01-10):

    @@secret@@

## Itzulketak
Bezeroak 48 ordu lehenago ezeztatzen badu, itzuli osorik dashboard-etik.
""", stripe_key("rk_live_"))

add("markdown/decoy-runbook-placeholders", "docs/runbook/kutxa-berrezarri.md", "Team runbook layout",
    """
# Kutxa berrezarri (hondamendia)

1. Instalatu Windows 11 eta KutxaTxotx 3.4.x.
2. Berreskuratu datu-basea azken `.bak` fitxategitik:

       sqlcmd -S kutxa-sql.sagardotegia.lan -U sa -P "<SA_PASAHITZA>" -Q "RESTORE DATABASE KutxaTxotx FROM DISK='D:\\\\Backup\\\\KutxaTxotx_YYYYMMDD.bak'"

3. Ezarri TicketBAI ziurtagiria: `TBAI_P12_PASSWORD` aldagaia (balioa Bitwarden-en: *Kutxa / TicketBAI*).
4. Egiaztatu proba-faktura bat `PROBA` seriean.

> Ez idatzi pasahitzik dokumentu honetan. `<SA_PASAHITZA>` Bitwarden-en dago.
""")

add("log/smtp-auth-plain", "logs/postfix/mail.log", "RFC 4954 SMTP AUTH PLAIN; Postfix debug_peer_list logging",
    """
Feb 14 07:02:11 sagardotegia-srv01 postfix/smtp[21877]: connect to smtp.gmail.com[142.250.102.108]:587
Feb 14 07:02:11 sagardotegia-srv01 postfix/smtp[21877]: > smtp.gmail.com[142.250.102.108]:587: EHLO sagardotegia-srv01
Feb 14 07:02:11 sagardotegia-srv01 postfix/smtp[21877]: > smtp.gmail.com[142.250.102.108]:587: STARTTLS
Feb 14 07:02:12 sagardotegia-srv01 postfix/smtp[21877]: > smtp.gmail.com[142.250.102.108]:587: AUTH PLAIN @@secret@@
Feb 14 07:02:12 sagardotegia-srv01 postfix/smtp[21877]: < smtp.gmail.com[142.250.102.108]:587: 235 2.7.0 Accepted
Feb 14 07:02:12 sagardotegia-srv01 postfix/smtp[21877]: 4F1A22C0B1: to=<administrazioa@aginaga-sagastia.eus>, relay=smtp.gmail.com, status=sent (250 2.0.0 OK)
""", b64("\0alarmak@aginaga-sagastia.eus\0" + fakes.drawn(_seed(), 16, string.ascii_lowercase)))

add("log/decoy-access-log", "logs/nginx/erreserbak.access.log", "nginx docs: log_format combined",
    """
81.44.120.7 - - [15/Feb/2025:19:02:11 +0100] "GET /eu/erreserbak?data=2025-02-21 HTTP/2.0" 200 8812 "-" "Mozilla/5.0 (iPhone)"
81.44.120.7 - - [15/Feb/2025:19:02:40 +0100] "POST /api/checkout HTTP/2.0" 303 0 "https://erreserbak.petritegi-sagardotegia.eus/eu/erreserbak" "Mozilla/5.0 (iPhone)"
3.18.12.63 - - [15/Feb/2025:19:03:02 +0100] "POST /stripe/webhook HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
81.44.120.7 - - [15/Feb/2025:19:03:05 +0100] "GET /eu/eskerrik-asko?session_id=cs_live_a1Kx9QmZ2vT7pL4rW8nB3yD6fH0jC5sE1uG9iO2kM7qP HTTP/2.0" 200 3120 "-" "Mozilla/5.0 (iPhone)"
185.12.44.9 - - [15/Feb/2025:19:04:17 +0100] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"
""")

add("log/redis-url-in-traceback", "logs/kutxa/kutxa-2025-02-16.log", "Python logging; redis-py connection URL format",
    """
2025-02-16 12:41:03,117 INFO  kutxa.sync  Eguneko itxiera hasten
2025-02-16 12:41:03,455 ERROR kutxa.cache  Ezin da Redis-era konektatu
Traceback (most recent call last):
  File "/opt/kutxa/kutxa/cache.py", line 22, in konektatu
    return redis.Redis.from_url(URL)
redis.exceptions.ConnectionError: Error 111 connecting to redis://:@@secret@@@10.20.0.5:6379/0. Connection refused.
2025-02-16 12:41:08,902 INFO  kutxa.cache  Berriro saiatzen (2/5)
2025-02-16 12:41:14,011 INFO  kutxa.cache  Konektatuta
""", fakes.redis_password(_seed()))

add("log/decoy-masked-log", "logs/kutxa/kutxa-2025-02-17.log", "Python logging (masked credentials)",
    """
2025-02-17 08:00:01,002 INFO  kutxa.start  KutxaTxotx 3.4.1 abiarazten
2025-02-17 08:00:01,118 INFO  kutxa.cache  Redis: redis://:****@10.20.0.5:6379/0
2025-02-17 08:00:01,230 INFO  kutxa.tbai   Ziurtagiria: CN=OIALUME SAGARDOTEGIA SL, iraungitzea 2026-01-22, sha1=5E:1A:9C:44:0B:72:D3:8F:61:AE:2C:07:B9:14:F0:3D:88:6A:C5:21
2025-02-17 08:00:01,231 INFO  kutxa.tbai   P12 pasahitza: [ezkutatuta]
2025-02-17 08:00:02,004 INFO  kutxa.stripe Gakoa: sk_live_****************T9aQ
2025-02-17 08:00:02,550 INFO  kutxa.start  Prest
""")

add("kotlin/basic-auth-header", "app/src/main/java/eus/txotx/app/api/ErreserbakApi.kt", "OkHttp docs: Credentials.basic; RFC 7617",
    """
package eus.txotx.app.api

import okhttp3.OkHttpClient
import okhttp3.Request

// Langileen app-a: gaurko erreserbak (barne APIa, Basic auth)
object ErreserbakApi {
    private const val BASE = "https://erreserbak.petritegi-sagardotegia.eus/api/v1"
    private const val AUTH = "Basic @@secret@@"
    private val client = OkHttpClient()

    fun gaurkoak(): String {
        val req = Request.Builder()
            .url("$BASE/erreserbak/gaur")
            .header("Authorization", AUTH)
            .build()
        client.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", b64("langileak:" + words_pw()))

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android docs: BuildConfig fields from local.properties / Gradle properties",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "eus.txotx.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "eus.txotx.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.6.0"
        buildConfigField("String", "API_USER", "\\"${project.findProperty("txotxApiUser") ?: ""}\\"")
        buildConfigField("String", "API_PASSWORD", "\\"${project.findProperty("txotxApiPassword") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/android-keystore-password", "app/keystore.properties", "Android docs: Sign your app (keystore.properties)",
    """
# Play Store sinatzeko gakoa - EZ IGO (baina igo da...)
storeFile=../txotx-upload.jks
storePassword=@@secret@@
keyAlias=txotx-upload
keyPassword=@@secret@@
""", rand_pw(18))

add("swift/decoy-info-plist-reference", "TxotxApp/Config/Konfigurazioa.swift", "Apple docs: Bundle.object(forInfoDictionaryKey:); xcconfig",
    """
import Foundation

enum Konfigurazioa {
    // Balioak Secrets.xcconfig-etik datoz (ez dago biltegian)
    static var apiUrl: URL {
        URL(string: Bundle.main.object(forInfoDictionaryKey: "TXOTX_API_URL") as! String)!
    }
    static var stripePublishableKey: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PUBLISHABLE_KEY") as? String ?? ""
    }
    static var apiToken: String {
        ProcessInfo.processInfo.environment["TXOTX_API_TOKEN"] ?? ""
    }
}
""")

add("swift/api-bearer-token", "TxotxApp/Network/ApiBezeroa.swift", "Apple docs: URLRequest setValue(_:forHTTPHeaderField:)",
    """
import Foundation

final class ApiBezeroa {
    static let shared = ApiBezeroa()
    private let oinarria = URL(string: "https://api.txotx.eus/v2")!
    private let tokena = "@@secret@@"

    func sagardotegiak() async throws -> Data {
        var req = URLRequest(url: oinarria.appendingPathComponent("sagardotegiak"))
        req.setValue("Bearer \\(tokena)", forHTTPHeaderField: "Authorization")
        req.setValue("eu", forHTTPHeaderField: "Accept-Language")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", "txotx_live_" + alnum(40))

add("plist/decoy-google-service-info", "TxotxApp/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist (API keys for Firebase are not secret)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>804412377190</string>
  <key>BUNDLE_ID</key>
  <string>eus.txotx.app</string>
  <key>PROJECT_ID</key>
  <string>txotx-app-eus</string>
  <key>GOOGLE_APP_ID</key>
  <string>1:804412377190:ios:9b7e21c04d5f3a8e6e11c7</string>
</dict>
</plist>
""", k=google_key())

add("plist/app-store-connect-key", "fastlane/AuthKey.plist", "Apple docs: App Store Connect API keys (.p8 private key)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>key_id</key>
  <string>7QK2M9XR4D</string>
  <key>issuer_id</key>
  <string>69a6de7e-03c1-47e3-e053-5b8c7c11a4d1</string>
  <key>key</key>
  <string>@@secret@@</string>
</dict>
</plist>
""", pem("EC"))

add("rust/postgres-password", "upategia-api/src/db.rs", "sqlx docs: PgPoolOptions connect (postgres URL)",
    """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// Upategiko APIa: kupelen egoera
const DATABASE_URL: &str = "postgres://upategia:@@secret@@@db.upategia.lan:5432/upategia";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect(DATABASE_URL)
        .await
}
""", words_pw())

add("rust/decoy-dotenvy", "upategia-api/src/main.rs", "dotenvy docs; std::env::var",
    """
use std::env;

mod db;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    dotenvy::dotenv().ok();
    let url = env::var("DATABASE_URL").expect("DATABASE_URL ez dago ezarrita");
    let token = env::var("UPATEGIA_API_TOKEN").unwrap_or_default();
    println!("Upategia APIa abiarazten ({} karaktereko tokena)", token.len());
    let pool = sqlx::postgres::PgPoolOptions::new().connect(&url).await?;
    sqlx::query("select 1").execute(&pool).await?;
    Ok(())
}
""")

add("go/decoy-test-fixture", "cmd/kupelak/mqtt_test.go", "Go docs: testing package",
    """
package main

import "testing"

// Proba-datuak: ez dira benetako kredentzialak
const (
	testUser     = "test-user"
	testPassword = "test-password"
	testBroker   = "tcp://localhost:1883"
)

func TestLoadConfigMissingPassword(t *testing.T) {
	t.Setenv("KUPELAK_MQTT_BROKER", testBroker)
	t.Setenv("KUPELAK_MQTT_USER", testUser)
	t.Setenv("KUPELAK_MQTT_PASSWORD", "")
	if _, err := loadConfig(); err == nil {
		t.Fatal("errorea espero zen")
	}
}
""")

add("java/redis-password", "intranet/src/main/java/eus/sagardokoop/intranet/CacheConfig.java", "Jedis docs: JedisPool with password",
    """
package eus.sagardokoop.intranet;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

public final class CacheConfig {
    private static final String HOST = "redis.sagardo-koop.lan";
    private static final int PORT = 6379;

    public static JedisPool pool() {
        JedisPoolConfig cfg = new JedisPoolConfig();
        cfg.setMaxTotal(16);
        return new JedisPool(cfg, HOST, PORT, 2000, "@@secret@@");
    }
}
""", fakes.redis_password(_seed()))

add("yaml/spring-datasource-password", "intranet/src/main/resources/application-prod.yml", "Spring Boot docs: Data properties (spring.datasource)",
    """
spring:
  datasource:
    url: jdbc:mariadb://db.sagardo-koop.lan:3306/intranet
    username: intranet
    password: @@secret@@
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8443
  ssl:
    key-store: /etc/intranet/keystore.p12
    key-store-type: PKCS12
    key-store-password: ${KEYSTORE_PASSWORD}
""", words_pw())

add("yaml/decoy-spring-placeholders", "intranet/src/main/resources/application.yml", "Spring Boot docs: Externalized configuration",
    """
spring:
  datasource:
    url: ${DB_URL:jdbc:mariadb://localhost:3306/intranet}
    username: ${DB_USER:intranet}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.office365.com
    username: ${MAIL_USER}
    password: ${MAIL_PASSWORD}
  ldap:
    urls: ldaps://dc01.sagardo-koop.lan:636
    password: ${LDAP_BIND_PASSWORD}
""")

add("properties/smtp-password", "intranet/src/main/resources/mail.properties", "Jakarta Mail docs: SMTP properties",
    """
# Kooperatibaren posta (kide berrien ongietorria)
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.user=intranet@sagardo-koop.eus
mail.password=@@secret@@
mail.from=Sagardo Kooperatiba <intranet@sagardo-koop.eus>
""", words_pw())

add("sql/decoy-uuid-ids", "db/seeds/kupelak.sql", "PostgreSQL docs: UUID type",
    """
-- Upategiko kupelak
INSERT INTO kupelak (id, izena, litroak, sagar_mota, betetze_data) VALUES
  ('@@u1@@', 'Kupela 1 - Gaztaina', 12000, 'Errezila', '2024-10-14'),
  ('@@u2@@', 'Kupela 2 - Haritza', 9000, 'Gezamina', '2024-10-16'),
  ('@@u3@@', 'Kupela 3 - Haritza', 9000, 'Urtebete', '2024-10-21'),
  ('@@u4@@', 'Kupela 4 - Altzairua', 15000, 'Nahasketa', '2024-10-25');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("sql/mysql-grant-password", "db/prestashop/erabiltzailea.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY",
    """
-- Dendako datu-basearen erabiltzailea (PrestaShop)
CREATE DATABASE IF NOT EXISTS prestashop CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'ps_denda'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT ALL PRIVILEGES ON prestashop.* TO 'ps_denda'@'10.0.%';
FLUSH PRIVILEGES;
""", rand_pw(20))

# ---------------------------------------------------------------- home-grown automation and devices

add("yaml/home-assistant-secrets", "homeassistant/secrets.yaml", "Home Assistant docs: Storing secrets (secrets.yaml)",
    """
# Upategiko Home Assistant - sekretuak
mqtt_user: homeassistant
mqtt_password: "@@secret@@"
latitude_upategia: 43.2797
longitude_upategia: -1.9488
""", rand_pw(20))

add("yaml/decoy-home-assistant-config", "homeassistant/configuration.yaml", "Home Assistant docs: Storing secrets (!secret)",
    """
homeassistant:
  name: Upategia
  latitude: !secret latitude_upategia
  longitude: !secret longitude_upategia
  unit_system: metric
  time_zone: Europe/Madrid

mqtt:
  sensor:
    - name: "Kupela 3 tenperatura"
      state_topic: "upategia/kupela3/tenperatura"
      unit_of_measurement: "°C"

notify:
  - platform: telegram
    name: sukaldea
    chat_id: !secret telegram_chat_sukaldea
""")

add("json/node-red-credentials", "node-red/flows_cred.json", "Node-RED docs: Credentials (unencrypted when credentialSecret is false)",
    """
{
    "7c1e2f40.9a3b1c": {
        "user": "kupelak",
        "password": "@@secret@@"
    },
    "a92d11b8.5e0f44": {
        "token": "@@tg@@"
    }
}
""", rand_pw(16), tg=fakes.telegram_token(_seed()))

add("javascript/decoy-node-red-settings", "node-red-prentsa/settings.js", "Node-RED docs: settings.js credentialSecret",
    """
// Prentsaren Node-RED: kredentzialak enkriptatuta (flows_cred.json)
module.exports = {
    flowFile: "flows.json",
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    uiPort: process.env.PORT || 1880,
    adminAuth: {
        type: "credentials",
        users: [{ username: "prentsa", password: "@@h@@", permissions: "*" }],
    },
    logging: { console: { level: "info", metrics: false, audit: false } },
};
""", h=bcrypt_hash())

add("conf/wifi-psk", "provisioning/sentsorea-rpi/wpa_supplicant.conf", "wpa_supplicant.conf(5) man page",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ES

# Upategiko WiFi-a (langileak)
network={
    ssid="Sagardotegia-Langileak"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
}
""", passphrase())

add("conf/decoy-wifi-open-network", "provisioning/sagastia-rpi/wpa_supplicant.conf", "wpa_supplicant.conf(5) man page (key_mgmt=NONE, bssid)",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ES

# Sagastiko kamera-zutoina: gonbidatuen sare irekia (pasahitzik gabe), VPN gainetik
network={
    ssid="Sagardotegia-Gonbidatuak"
    bssid=74:4d:28:9a:1c:e2
    key_mgmt=NONE
    priority=1
}
""")

add("ini/grafana-admin-password", "grafana/grafana.ini", "Grafana docs: Configuration [security] admin_password",
    """
[server]
http_port = 3000
domain = grafana.upategia.lan

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = false

[smtp]
enabled = false
""", words_pw())

add("ini/decoy-grafana-env-expansion", "grafana-sagastia/grafana.ini", "Grafana docs: Variable expansion ($__env, $__file)",
    """
[server]
http_port = 3000
domain = grafana.sagastia.lan

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = db.sagastia.lan:5432
user = grafana
password = $__env{GF_DATABASE_PASSWORD}
""")

add("xml/filezilla-ftp-password", "docs/ftp/FileZilla-sitemanager.xml", "FileZilla wiki: sitemanager.xml (Pass encoding=base64)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.gestoria-urola.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>oialume</User>
      <Pass encoding="base64">@@p@@</Pass>
      <Logontype>1</Logontype>
      <Name>Gestoria Urola (itxierak)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_v := rand_pw(12)), p=b64(_v))

add("ini/sftp-password-winscp", "docs/ftp/WinSCP.ini", "WinSCP docs: Session settings (HostName, UserName, Password)",
    """
[Sessions\\tbai-babeskopia]
HostName=sftp.sagardo-koop.eus
PortNumber=22
UserName=oialume-backup
FSProtocol=2
; pasahitza eskuz idatzita (WinSCP-k enkriptatzen du normalean)
PasswordPlain=@@secret@@
RemoteDirectory=/babeskopiak/oialume
""", words_pw())

add("python/ldap-bind-password", "intranet-tools/kideak_sinkronizatu.py", "ldap3 docs: Connection (user, password)",
    """
from ldap3 import ALL, Connection, Server

ZERBITZARIA = Server("ldaps://dc01.sagardo-koop.lan", get_info=ALL)
konexioa = Connection(
    ZERBITZARIA,
    user="CN=svc-kideak,OU=Zerbitzuak,DC=sagardo-koop,DC=lan",
    password="@@secret@@",
    auto_bind=True,
)

konexioa.search("OU=Kideak,DC=sagardo-koop,DC=lan", "(objectClass=user)", attributes=["mail", "displayName"])
for sarrera in konexioa.entries:
    print(sarrera.displayName, sarrera.mail)
""", words_pw())

add("python/redsys-merchant-key", "erreserbak/payments/redsys.py", "Redsys docs: HMAC_SHA256_V1 signature; python-redsys",
    """
import base64
import hashlib
import hmac
import json

from Crypto.Cipher import DES3

MERCHANT_CODE = "347811092"
TERMINAL = "1"
SECRET_KEY = "@@secret@@"  # Kutxabank-ek emandako gakoa (SHA-256)


def sinatu(order: str, params: dict) -> tuple[str, str]:
    merchant_params = base64.b64encode(json.dumps(params).encode()).decode()
    key = base64.b64decode(SECRET_KEY)
    cipher = DES3.new(key, DES3.MODE_CBC, b"\\0" * 8)
    order_key = cipher.encrypt(order.encode().ljust(16, b"\\0"))
    firma = hmac.new(order_key, merchant_params.encode(), hashlib.sha256).digest()
    return merchant_params, base64.b64encode(firma).decode()
""", redsys_key())

add("shell/ssh-private-key", "provisioning/deploy_key.sh", "OpenSSH docs: ssh-keygen private key format",
    """
#!/bin/sh
# Hedapen-gakoa zerbitzarian jarri (behin bakarrik)
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_ed25519_deploy <<'GAKOA'
@@secret@@
GAKOA
chmod 600 ~/.ssh/id_ed25519_deploy
ssh-keyscan github.com >> ~/.ssh/known_hosts
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("shell/decoy-public-key", "provisioning/authorized_keys.sh", "OpenSSH docs: authorized_keys file format",
    """
#!/bin/sh
# Langileen gako publikoak zerbitzarian
mkdir -p /home/deploy/.ssh
cat > /home/deploy/.ssh/authorized_keys <<'GAKOAK'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ane@ane-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ josu@josu-mahaia
GAKOAK
chmod 600 /home/deploy/.ssh/authorized_keys
chown -R deploy:deploy /home/deploy/.ssh
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/azure-client-secret", "kontabilitatea/sharepoint_igo.py", "Microsoft docs: MSAL Python ConfidentialClientApplication",
    """
import msal
import requests

TENANT = "b3f1c2a4-7d9e-4f10-8a2b-6c5d4e3f2a1b"
CLIENT_ID = "2e8f7a61-0c4d-4b93-9f25-1a7d3c6e8b40"
CLIENT_SECRET = "@@secret@@"

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", client_credential=CLIENT_SECRET
)


def igo(bidea: str, izena: str) -> None:
    token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    with open(bidea, "rb") as f:
        requests.put(
            f"https://graph.microsoft.com/v1.0/sites/root/drive/root:/Kontabilitatea/{izena}:/content",
            headers={"Authorization": f"Bearer {token}"}, data=f, timeout=60,
        ).raise_for_status()
""", azure_secret())

add("json/decoy-azure-ids", "kontabilitatea/azure-app.json", "Microsoft docs: Application and tenant IDs (not secrets)",
    """
{
  "displayName": "Kontabilitatea SharePoint igoera",
  "tenantId": "b3f1c2a4-7d9e-4f10-8a2b-6c5d4e3f2a1b",
  "appId": "2e8f7a61-0c4d-4b93-9f25-1a7d3c6e8b40",
  "objectId": "@@o@@",
  "passwordCredentials": [
    {"displayName": "2025", "keyId": "@@kid@@", "hint": "Qx8", "endDateTime": "2026-01-31T00:00:00Z"}
  ],
  "requiredResourceAccess": [{"resourceAppId": "00000003-0000-0000-c000-000000000000"}]
}
""", o=uuid_s(), kid=uuid_s())

add("python/slack-bot-token", "sukaldea/slack_eskaerak.py", "Slack docs: slack_sdk WebClient chat_postMessage",
    """
from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")
KANALA = "#sukaldea"


def eskaera_berria(mahaia: int, platerak: list[str]) -> None:
    testua = f"*{mahaia}. mahaia*\\n" + "\\n".join(f"- {p}" for p in platerak)
    slack.chat_postMessage(channel=KANALA, text=testua)


if __name__ == "__main__":
    eskaera_berria(12, ["Bakailao-tortilla x2", "Txuleta 1.2 kg", "Gazta eta intxaurrak"])
""", slack_bot())

add("python/telegram-bot-token", "sagastia/alarmak/telegram.py", "Telegram Bot API docs: sendMessage",
    """
import requests

TOKENA = "@@secret@@"
TXAT_ID = -1002213344556


def bidali(testua: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{TOKENA}/sendMessage",
        json={"chat_id": TXAT_ID, "text": testua, "parse_mode": "HTML"},
        timeout=10,
    ).raise_for_status()


if __name__ == "__main__":
    bidali("<b>Izotz arriskua</b> gaur gauean sagastian (-1.5 °C)")
""", fakes.telegram_token(_seed()))

add("python/decoy-regex-patterns", "tools/sekretu_iragazkia.py", "Team pre-commit helper (regular expressions)",
    """
import re
import sys

# Sekretuen patroiak: commit-a baino lehen ohartarazteko (ez dira sekretuak)
PATROIAK = {
    "stripe": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),
    "telegram": re.compile(r"\\d{9,10}:AA[0-9A-Za-z_-]{33}"),
    "sendgrid": re.compile(r"SG\\.[\\w-]{22}\\.[\\w-]{43}"),
    "pem": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
}

for bidea in sys.argv[1:]:
    testua = open(bidea, encoding="utf-8", errors="ignore").read()
    for izena, patroia in PATROIAK.items():
        if patroia.search(testua):
            print(f"{bidea}: {izena} sekretua izan daiteke")
""")

add("python/mailgun-api-key", "buletina/mailgun_bidali.py", "Mailgun docs: Sending messages (api user, private key)",
    """
import requests

DOMEINUA = "mg.aginaga-sagastia.eus"
GAKOA = "@@secret@@"


def bidali(nori: str, gaia: str, testua: str):
    return requests.post(
        f"https://api.eu.mailgun.net/v3/{DOMEINUA}/messages",
        auth=("api", GAKOA),
        data={"from": f"Aginaga Sagastia <posta@{DOMEINUA}>", "to": [nori], "subject": gaia, "text": testua},
        timeout=20,
    )
""", mailgun_key())

add("python/postmark-server-token", "erreserbak/mail/postmark.py", "Postmark docs: Server API token (X-Postmark-Server-Token)",
    """
import requests

POSTMARK_TOKEN = "@@secret@@"


def bidali_baieztapena(nori: str, izena: str, data: str) -> None:
    requests.post(
        "https://api.postmarkapp.com/email/withTemplate",
        headers={"X-Postmark-Server-Token": POSTMARK_TOKEN, "Accept": "application/json"},
        json={"From": "erreserbak@zelaia-sagardotegia.eus", "To": nori, "TemplateAlias": "erreserba-baieztapena",
              "TemplateModel": {"izena": izena, "data": data}},
        timeout=15,
    ).raise_for_status()
""", uuid_s())

add("python/aws-session-token", "sagastia/tools/s3_argazkiak.py", "AWS docs: boto3 credentials (aws_session_token)",
    """
import boto3

# Drone-aren argazkiak (sagastiaren ortofotoak) S3-ra - STS kredentzial iragankorrak
s3 = boto3.client(
    "s3",
    region_name="eu-south-2",
    aws_access_key_id="ASIA@@akid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
)

for izena in ["ortofotoa_2025_04_02.tif", "ortofotoa_2025_04_09.tif"]:
    s3.upload_file(f"/data/drone/{izena}", "sagastia-ortofotoak", f"2025/{izena}")
""", fakes.aws_session_token(_seed()), akid=fakes.drawn(_seed(), 16, UPPER32), sk=fakes.aws_secret_key(_seed()))

add("python/github-fine-grained-token", "tools/gertakariak_github.py", "GitHub docs: fine-grained personal access tokens",
    """
import requests

GH_TOKEN = "@@secret@@"
REPO = "kutxatxotx/kutxa"


def ireki_gertakaria(izenburua: str, gorputza: str) -> int:
    r = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        headers={"Authorization": f"Bearer {GH_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"title": izenburua, "body": gorputza, "labels": ["kutxa", "gertakaria"]},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["number"]
""", fakes.github_fine_grained_token(_seed()))

# ---------------------------------------------------------------- dashboards, ERP, more services

add("toml/postgres-password", "sagastia-dashboard/.streamlit/secrets.toml", "Streamlit docs: Secrets management (secrets.toml)",
    """
# Sagastiaren aginte-panela (Streamlit)
[connections.uzta]
dialect = "postgresql"
host = "db.sagastia.lan"
port = "5432"
database = "uzta"
username = "panela"
password = "@@secret@@"
""", words_pw())

add("toml/decoy-streamlit-secrets-example", "sagastia-dashboard/.streamlit/secrets.toml.example", "Streamlit docs: Secrets management",
    """
# Kopiatu secrets.toml izenarekin eta bete (ez igo!)
[connections.uzta]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "uzta"
username = "panela"
password = "ALDATU_HAU"
""")

add("env/laravel-app-key", "sagardo-bidaiak/.env", "Laravel docs: Configuration (APP_KEY, MAIL_PASSWORD)",
    """
APP_NAME="Sagardo Bidaiak"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://sagardobidaiak.eus
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=bidaiak
DB_USERNAME=bidaiak
DB_PASSWORD=${BIDAIAK_DB_PASSWORD}
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
""", b64(fakes.drawn(_seed(), 32, ALNUM + "!#%&*")))

add("env/twilio-auth-token", "kiosk/.env", "Twilio docs: Auth tokens and how to change them",
    """
# Kioskoaren SMS-ak (Twilio)
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+34943000113
KIOSK_LOCATION=astigarraga
""", hexs(32), sid=hexs(32))

add("env/decoy-env-test", "kiosk/.env.test", "dotenv docs; test fixture conventions",
    """
# Probetarako balioak (faltsuak)
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=test-auth-token
TWILIO_FROM=+15005550006
KIOSK_LOCATION=proba
STRIPE_SECRET_KEY=sk_test_dummy
""")

add("yaml/rails-database-password", "config/database.yml", "Rails guides: Configuring a database (database.yml)",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: txotx_bidaiak_development

production:
  <<: *default
  database: txotx_bidaiak
  host: db.sagardobidaiak.eus
  username: bidaiak
  password: "@@secret@@"
""", rand_pw(20))

add("yaml/decoy-rails-database-env", "bidaiak-api/config/database.yml", "Rails guides: Configuring a database (ENV)",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= Rails.application.credentials.dig(:db, :password) %>
""")

add("csv/device-passwords", "docs/inbentarioa/gailuak_2024.csv", "Team inventory export (spreadsheet CSV)",
    """
gailua,kokapena,ip,erabiltzailea,pasahitza,oharra
MikroTik hAP ac3,bulegoa,192.168.88.1,admin,ikus Bitwarden,
NVR Hikvision,upategia,192.168.50.2,admin,ikus Bitwarden,
Prentsa HMI,prentsa,192.168.40.20,mantentze,ikus Bitwarden,
Hozkailu kontrolagailua (Carel),upategia,192.168.40.31,admin,@@secret@@,fabrikatzaileak aldatua
Inprimagailua Brother,bulegoa,192.168.88.40,admin,ikus Bitwarden,
""", rand_pw(10))

add("csv/decoy-tree-inventory", "sagastia/inbentarioa/zuhaitzak.csv", "Orchard inventory export (RFID tag ids)",
    """
ilara,zuhaitza,sagar_mota,landatze_urtea,rfid,lat,lon
3,001,Errezila,2011,E2003412B802011A3C4D5E6F,43.28311,-1.95201
3,002,Errezila,2011,E2003412B802011A3C4D5E70,43.28313,-1.95196
7,001,Gezamina,2014,E2003412B802011A3C4D5F11,43.28342,-1.95233
7,002,Gezamina,2014,E2003412B802011A3C4D5F12,43.28344,-1.95228
11,001,Urtebete,2018,E2003412B802011A3C4D6A07,43.28371,-1.95260
""")

add("python/odoo-api-key", "erp/odoo_eskaerak.py", "Odoo docs: External API (XML-RPC) with API key",
    """
import xmlrpc.client

URL = "https://erp.sagardo-koop.eus"
DB = "sagardo_koop"
USER = "integrazioa@sagardo-koop.eus"
API_KEY = "@@secret@@"

common = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/common")
uid = common.authenticate(DB, USER, API_KEY, {})
models = xmlrpc.client.ServerProxy(f"{URL}/xmlrpc/2/object")

eskaerak = models.execute_kw(DB, uid, API_KEY, "sale.order", "search_read",
                             [[["state", "=", "sale"]]], {"fields": ["name", "partner_id", "amount_total"], "limit": 20})
for e in eskaerak:
    print(e["name"], e["partner_id"][1], e["amount_total"])
""", hexs(40))

add("markdown/odoo-password-readme", "erp/README.md", "Odoo docs: External API; team README",
    """
# ERP integrazioa (Odoo 17)

Kooperatibaren eskaerak eta fakturak Odoo-n daude: https://erp.sagardo-koop.eus

## Probak eskuz

```bash
python -c "import xmlrpc.client as x; c=x.ServerProxy('https://erp.sagardo-koop.eus/xmlrpc/2/common'); \\
print(c.authenticate('sagardo_koop', 'admin@sagardo-koop.eus', '@@secret@@', {}))"
```

Itzultzen duen zenbakia `uid`-a da. Gero ikus `odoo_eskaerak.py`.
""", words_pw())

add("typescript/supabase-service-role", "bidaiak-web/lib/supabaseAdmin.ts", "Supabase docs: API keys (service_role key must stay secret)",
    """
import { createClient } from "@supabase/supabase-js";

// Zerbitzariko bezeroa: RLS saihesten du
export const supabaseAdmin = createClient(
  "https://qkzvbmrtpxw.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } }
);

export async function bidaiaBerria(izena: string, data: string, plazak: number) {
  const { error } = await supabaseAdmin.from("bidaiak").insert({ izena, data, plazak });
  if (error) throw error;
}
""", b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." + b64('{"iss":"supabase","ref":"qkzvbmrtpxw","role":"service_role","iat":1736500000,"exp":2052076000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("typescript/decoy-supabase-anon-key", "bidaiak-web/lib/supabase.ts", "Supabase docs: API keys (anon key is safe in the browser with RLS)",
    """
import { createClient } from "@supabase/supabase-js";

// anon gakoa publikoa da (RLS gaituta dago taula guztietan)
export const supabase = createClient(
  "https://qkzvbmrtpxw.supabase.co",
  "@@k@@"
);

export async function bidaiak() {
  const { data } = await supabase.from("bidaiak").select("izena, data, plazak").gte("data", new Date().toISOString());
  return data ?? [];
}
""", k=b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." + b64('{"iss":"supabase","ref":"qkzvbmrtpxw","role":"anon","iat":1736500000,"exp":2052076000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("shell/stripe-key-curl", "scripts/itzulketa.sh", "Stripe docs: Create a refund (curl -u)",
    """
#!/usr/bin/env bash
# Erreserba baten aurrerakina itzuli: ./itzulketa.sh pi_XXXX
set -euo pipefail
PI="$1"
curl -sS https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent="$PI" \\
  -d reason=requested_by_customer
echo
echo "Itzulita: $PI"
""", stripe_key())

add("dockerfile/mysql-password", "bidaiak-api/Dockerfile", "Docker docs: ENV instruction",
    """
FROM php:8.3-apache
RUN docker-php-ext-install pdo_mysql
WORKDIR /var/www/html
COPY . .
ENV DB_HOST=db.sagardobidaiak.eus \\
    DB_NAME=bidaiak \\
    DB_USER=bidaiak \\
    DB_PASSWORD=@@secret@@
EXPOSE 80
""", words_pw())

add("k8s-secret/docker-registry-auth", "k8s/bidaiak/regcred.yaml", "Kubernetes docs: Pull an image from a private registry (.dockerconfigjson)",
    """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: bidaiak
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", (_v := b64("sagardobidaiak:" + docker_pat())),
    cfg=b64('{"auths":{"https://index.docker.io/v1/":{"auth":"' + _v + '"}}}'))

add("terraform/datadog-app-key", "infra/monitoring/datadog.tf", "Terraform Datadog provider docs: api_key, app_key",
    """
provider "datadog" {
  api_key = var.datadog_api_key
  app_key = "@@secret@@"
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "kupela_tenperatura" {
  name    = "Kupelen tenperatura altuegia"
  type    = "metric alert"
  query   = "avg(last_10m):avg:upategia.kupela.tenperatura{*} by {kupela} > 18"
  message = "Kupela {{kupela.name}} berotzen ari da @slack-upategia"
}
""", hexs(40))

add("powershell/smtp-password", "scripts/Bidali-Txostena.ps1", "Microsoft docs: ConvertTo-SecureString -AsPlainText; Send-MailMessage",
    """
# Asteko salmenta-txostena bidali
$pasahitza = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('txostenak@zelaia-sagardotegia.eus', $pasahitza)
$fitxategia = "C:\\Txostenak\\salmentak_$(Get-Date -Format yyyyMMdd).xlsx"
Send-MailMessage -From 'txostenak@zelaia-sagardotegia.eus' -To 'zuzendaritza@zelaia-sagardotegia.eus' `
  -Subject 'Asteko salmentak' -Body 'Erantsita asteko txostena.' -Attachments $fitxategia `
  -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("go/stripe-secret-key", "services/opariak/stripe.go", "Stripe docs: stripe-go (stripe.Key)",
    """
package opariak

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/checkout/session"
)

func init() {
	stripe.Key = "@@secret@@"
}

func SortuSaioa(kutxak int64) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		SuccessURL: stripe.String("https://opariak.gartzia-sagardotegia.eus/eskerrik-asko"),
		LineItems: []*stripe.CheckoutSessionLineItemParams{
			{Price: stripe.String("price_1QmZ8aKx2vT7pL4r"), Quantity: stripe.Int64(kutxak)},
		},
	}
	return session.New(params)
}
""", stripe_key())

add("java/mysql-password", "bidaiak-legacy/src/main/java/eus/bidaiak/Datuak.java", "Java docs: DriverManager.getConnection",
    """
package eus.bidaiak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class Datuak {
    private static final String URL = "jdbc:mysql://db.sagardobidaiak.eus:3306/bidaiak?useSSL=true";

    public static Connection konektatu() throws SQLException {
        return DriverManager.getConnection(URL, "bidaiak_legacy", "@@secret@@");
    }
}
""", rand_pw(16))

add("ansible/become-password", "ansible/inventory/sagardotegiak.yml", "Ansible docs: Connection variables (ansible_become_password)",
    """
all:
  children:
    kutxak:
      hosts:
        oialume-kutxa:
          ansible_host: 10.20.0.11
        zelaia-kutxa:
          ansible_host: 10.20.0.12
      vars:
        ansible_user: admin
        ansible_become: true
        ansible_become_password: "@@secret@@"
    upategiak:
      hosts:
        upategia-srv01:
          ansible_host: 10.20.0.5
""", words_pw())

add("xml/maven-repository-password", "bidaiak-legacy/settings.xml", "Apache Maven docs: Settings reference (servers)",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>sagardo-nexus</id>
      <username>ci-bidaiak</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>sagardo-nexus</id>
      <url>https://nexus.sagardo-koop.eus/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(18))

add("xml/decoy-maven-encrypted", "intranet/settings.xml", "Apache Maven docs: Password encryption ({...})",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>sagardo-nexus</id>
      <username>ci-intranet</username>
      <!-- mvn --encrypt-password bidez enkriptatua -->
      <password>{@@e@@}</password>
    </server>
  </servers>
</settings>
""", e=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

add("sql/replication-password", "db/mysql/erreplika.sql", "MySQL docs: CHANGE REPLICATION SOURCE TO",
    """
-- Dendako datu-basearen erreplika (babeskopien zerbitzaria)
STOP REPLICA;
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST = '10.0.2.15',
  SOURCE_USER = 'erreplika',
  SOURCE_PASSWORD = '@@secret@@',
  SOURCE_AUTO_POSITION = 1,
  SOURCE_SSL = 1;
START REPLICA;
""", rand_pw(24))

add("notebook/mysql-password", "analisia/denda_salmentak.ipynb", "PyMySQL docs: connect()",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Dendako salmentak 2024 (sagardo botilak eta opari-kutxak)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pymysql, pandas as pd\\n",
    "con = pymysql.connect(host=\\"10.0.2.15\\", user=\\"analisia\\", password=\\"@@secret@@\\", database=\\"prestashop\\")\\n",
    "df = pd.read_sql(\\"select date(date_add) eguna, sum(total_paid) guztira from ps_orders group by 1\\", con)\\n",
    "df.tail()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("xml/decoy-ticketbai-signature", "tbai/src/test/resources/faktura_TX25_000812.xml", "TicketBAI XSD; XAdES signature (public certificate and signature value)",
    """
<?xml version="1.0" encoding="UTF-8"?>
<T:TicketBai xmlns:T="urn:ticketbai:emision" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
  <Cabecera><IDVersionTBAI>1.2</IDVersionTBAI></Cabecera>
  <Sujetos><Emisor><NIF>B20123456</NIF><ApellidosNombreRazonSocial>OIALUME SAGARDOTEGIA SL</ApellidosNombreRazonSocial></Emisor></Sujetos>
  <Factura>
    <CabeceraFactura><SerieFactura>TX25</SerieFactura><NumFactura>000812</NumFactura><FechaExpedicionFactura>17-01-2025</FechaExpedicionFactura></CabeceraFactura>
    <DatosFactura><DescripcionFactura>Txotx menua</DescripcionFactura><ImporteTotalFactura>96.80</ImporteTotalFactura></DatosFactura>
  </Factura>
  <ds:Signature Id="Signature-1">
    <ds:SignedInfo><ds:DigestValue>@@d@@</ds:DigestValue></ds:SignedInfo>
    <ds:SignatureValue>@@s@@</ds:SignatureValue>
    <ds:KeyInfo><ds:X509Data><ds:X509Certificate>@@c@@</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
  </ds:Signature>
</T:TicketBai>
""", d=b64(hexs(32))[:44], s=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", c="MIIH" + fakes.drawn(_seed(), 400, ALNUM + "+/"))

add("requirements/decoy-requirements-hashes", "requirements.txt", "pip docs: Secure installs (--hash)",
    """
# pip-compile --generate-hashes (erreserbak)
django==5.1.4 \\
    --hash=sha256:@@h1@@
stripe==11.4.1 \\
    --hash=sha256:@@h2@@
gunicorn==23.0.0 \\
    --hash=sha256:@@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("json/decoy-package-lock", "txotx-app/package-lock.json", "npm docs: package-lock.json (integrity)",
    """
{
  "name": "txotx-app",
  "version": "2.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.10.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.10.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.8.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.8.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("compose/decoy-image-digests", "deploy/compose.digests.yml", "Docker docs: Pull an image by digest",
    """
# Irudiak digest-ez finkatuta (Renovate-k eguneratzen ditu)
services:
  web:
    image: ghcr.io/zelaia-sagardotegia/erreserbak@sha256:@@d1@@
  redis:
    image: redis:7-alpine@sha256:@@d2@@
  db:
    image: postgres:16@sha256:@@d3@@
""", d1=sha256ish(), d2=sha256ish(), d3=sha256ish())

# ---------------------------------------------------------------- last round: ops odds and ends

add("github-actions/aws-access-key", ".github/workflows/ortofotoak.yml", "GitHub docs: Workflow syntax (env); AWS CLI environment variables",
    """
name: Ortofotoak S3-ra
on:
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@akid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-south-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./ortofotoak s3://sagastia-ortofotoak/2025/ --size-only
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc-role", ".github/workflows/ortofotoak-oidc.yml", "GitHub docs: Configuring OpenID Connect in Amazon Web Services",
    """
name: Ortofotoak S3-ra (OIDC)
on:
  workflow_dispatch:
permissions:
  id-token: write
  contents: read
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492007715:role/github-ortofotoak
          aws-region: eu-south-2
      - run: aws s3 sync ./ortofotoak s3://sagastia-ortofotoak/2025/ --size-only
""")

add("github-actions/github-token", ".github/workflows/mirror.yml", "actions/checkout docs: token input",
    """
name: Menua biltegira islatu
on:
  push:
    branches: [main]
jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: kutxatxotx/menua-publikoa
          token: @@secret@@
          path: publikoa
      - run: cp -r menua/* publikoa/ && cd publikoa && git add -A && git commit -m "Menua eguneratu" && git push
""", fakes.github_token(_seed()))

add("conf/mosquitto-bridge-password", "mosquitto/conf.d/bridge.conf", "mosquitto.conf(5) man page: Bridges (remote_password)",
    """
# Upategiko broker-a -> kooperatibaren broker zentrala
connection upategia-koop
address mqtt.sagardo-koop.eus:8883
bridge_cafile /etc/mosquitto/ca_certificates/koop-ca.crt
remote_clientid upategia-oialume
remote_username oialume
remote_password @@secret@@
topic upategia/# out 1 "" koop/oialume/
""", rand_pw(20))

add("conf/decoy-mosquitto-passwd", "mosquitto/passwd", "mosquitto_passwd(1) man page (hashed password file)",
    """
kupelak:$7$101$@@s1@@$@@h1@@
homeassistant:$7$101$@@s2@@$@@h2@@
nodered:$7$101$@@s3@@$@@h3@@
grafana:$7$101$@@s4@@$@@h4@@
telegraf:$7$101$@@s5@@$@@h5@@
""", **{f"s{i}": fakes.drawn(_seed(), 16, ALNUM + "+/") for i in range(1, 6)},
    **{f"h{i}": fakes.drawn(_seed(), 86, ALNUM + "+/") + "==" for i in range(1, 6)})

add("conf/decoy-htpasswd", "nginx/.htpasswd-grafana", "Apache docs: htpasswd (bcrypt)",
    """
ane:@@h1@@
josu:@@h2@@
irati:@@h3@@
mikel:@@h4@@
nerea:@@h5@@
""", h1=bcrypt_hash().replace("$2b$", "$2y$"), h2=bcrypt_hash().replace("$2b$", "$2y$"), h3=bcrypt_hash().replace("$2b$", "$2y$"),
    h4=bcrypt_hash().replace("$2b$", "$2y$"), h5=bcrypt_hash().replace("$2b$", "$2y$"))

add("conf/pgbouncer-userlist", "pgbouncer/userlist.txt", "PgBouncer docs: authentication file format",
    """
;; pgbouncer erabiltzaileak (erreserbak + panela)
"erreserbak" "SCRAM-SHA-256$4096:@@salt@@$@@st@@:@@sv@@"
"panela" "@@secret@@"
"pgbouncer_admin" "SCRAM-SHA-256$4096:@@salt2@@$@@st2@@:@@sv2@@"
;; panela: testu argian, SCRAM-era pasatzeko dago
""", words_pw(), salt=fakes.drawn(_seed(), 24, ALNUM + "+/"), st=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    sv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", salt2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    st2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", sv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ruby/redis-url-password", "config/initializers/sidekiq.rb", "Sidekiq wiki: Using Redis (url with password)",
    """
# Bidaien jakinarazpenak atzeko planoan
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@secret@@@redis.sagardobidaiak.eus:6379/2" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@secret@@@redis.sagardobidaiak.eus:6379/2" }
end
""", fakes.redis_password(_seed()))

add("php/phpmailer-password", "includes/posta.php", "PHPMailer README: SMTP example",
    """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

function bidali_erreserba(string $nori, string $gaia, string $html): bool {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'smtp.ionos.es';
    $mail->SMTPAuth = true;
    $mail->Username = 'erreserbak@aizpurua-sagardotegia.com';
    $mail->Password = '@@secret@@';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port = 587;
    $mail->setFrom('erreserbak@aizpurua-sagardotegia.com', 'Aizpurua Sagardotegia');
    $mail->addAddress($nori);
    $mail->isHTML(true);
    $mail->Subject = $gaia;
    $mail->Body = $html;
    return $mail->send();
}
""", words_pw())

add("typescript/slack-webhook", "txotx-app/server/alertak.ts", "Slack docs: Incoming webhooks",
    """
// Erreserba handiak (>30 pertsona) Slack-era
const WEBHOOK = "@@secret@@";

export async function erreserbaHandia(izena: string, pertsonak: number, data: string) {
  if (pertsonak <= 30) return;
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:apple: Erreserba handia: ${izena}, ${pertsonak} pertsona, ${data}` }),
  });
}
""", slack_webhook())

add("markdown/aws-keys-handover", "docs/eskualdatzea-aws.md", "AWS docs: Managing access keys for IAM users",
    """
# AWS - ortofotoen kontua (eskualdatzea)

Drone-aren argazkiak `sagastia-ortofotoak` bucket-ean gordetzen dira (eu-south-2).

| Erabiltzailea | Access key ID | Secret |
|---------------|---------------|--------|
| drone-upload  | `@@akid@@` | `@@secret@@` |

Gakoak 2025eko ekainean biratu behar dira. Kontsola: https://381492007715.signin.aws.amazon.com/console
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("json/vscode-launch-password", ".vscode/launch.json", "VS Code docs: Debugging configuration (env)",
    """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Erreserbak (Django)",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver", "0.0.0.0:8000"],
      "env": {
        "DJANGO_SETTINGS_MODULE": "erreserbak.settings.production",
        "POSTGRES_PASSWORD": "@@secret@@"
      }
    }
  ]
}
""", words_pw())

add("json/decoy-vscode-envfile", "kutxa-web/.vscode/launch.json", "VS Code docs: Debugging configuration (envFile)",
    """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Kutxa web",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["kutxa_web.app:app", "--reload"],
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("ini/odbc-password", "kutxa-bridge/odbc.ini", "unixODBC docs: odbc.ini DSN (FreeTDS)",
    """
[KutxaTxotx]
Driver = FreeTDS
Server = kutxa-sql.sagardotegia.lan
Port = 1433
Database = KutxaTxotx
UID = kutxa_bridge
PWD = @@secret@@
TDS_Version = 7.4
""", rand_pw(16))

add("sql/dblink-password", "db/migrations/0011_kutxa_salmentak.sql", "PostgreSQL docs: dblink_connect",
    """
-- Kutxaren salmentak analisi-datu-basera (gauero)
CREATE EXTENSION IF NOT EXISTS dblink;
INSERT INTO salmentak (eguna, guztira)
SELECT eguna, guztira
FROM dblink('host=10.20.0.5 dbname=kutxa user=irakurlea password=@@secret@@',
            'select date(sortua), sum(guztira) from tiketak group by 1')
     AS t(eguna date, guztira numeric)
ON CONFLICT (eguna) DO UPDATE SET guztira = EXCLUDED.guztira;
""", rand_pw(18))

add("log/shopify-token-debug", "logs/denda/sync-debug.log", "requests/urllib3 debug logging (headers)",
    """
2025-03-02 04:00:01 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): gartzia-sagardoa.myshopify.com:443
2025-03-02 04:00:01 DEBUG denda.sync  POST /admin/api/2024-10/inventory_levels/set.json
2025-03-02 04:00:01 DEBUG denda.sync  headers={'User-Agent': 'python-requests/2.32.3', 'X-Shopify-Access-Token': '@@secret@@', 'Content-Type': 'application/json'}
2025-03-02 04:00:02 DEBUG urllib3.connectionpool https://gartzia-sagardoa.myshopify.com:443 "POST /admin/api/2024-10/inventory_levels/set.json HTTP/1.1" 200 212
2025-03-02 04:00:02 INFO  denda.sync  Stocka eguneratuta: 44811290231 -> 340
""", shopify_token())

add("log/decoy-ci-masked", "logs/ci/deploy-1482.log", "GitHub docs: Masking a value in a log (***)",
    """
2025-03-01T10:14:02.1183Z ##[group]Run ./scripts/deploy.sh
2025-03-01T10:14:02.1190Z env:
2025-03-01T10:14:02.1191Z   STRIPE_SECRET_KEY: ***
2025-03-01T10:14:02.1192Z   SENTRY_AUTH_TOKEN: ***
2025-03-01T10:14:02.1193Z ##[endgroup]
2025-03-01T10:14:05.4410Z Irudia: ghcr.io/zelaia-sagardotegia/erreserbak:7f3c2a1
2025-03-01T10:14:41.0022Z Hedapena eginda (erreserbak.petritegi-sagardotegia.eus)
""")

add("csharp/twilio-auth-token", "Kutxa.Txotx/Zerbitzuak/SmsZerbitzua.cs", "Twilio docs: C# helper library (TwilioClient.Init)",
    """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Kutxa.Txotx.Zerbitzuak;

public static class SmsZerbitzua
{
    public static void Hasieratu() =>
        TwilioClient.Init("AC@@sid@@", "@@secret@@");

    public static void MahaiaPrest(string telefonoa, int mahaia) =>
        MessageResource.Create(
            body: $"Zure mahaia ({mahaia}) prest dago. Ongi etorri!",
            from: new Twilio.Types.PhoneNumber("+34943000112"),
            to: new Twilio.Types.PhoneNumber(telefonoa));
}
""", hexs(32), sid=hexs(32))

add("shell/mysqldump-password", "scripts/babeskopia_denda.sh", "MySQL docs: mysqldump (-p option)",
    """
#!/bin/bash
# Dendaren datu-basearen babeskopia (gauero 03:00)
DATA=$(date +%F)
mysqldump -h 10.0.2.15 -u babeskopia -p'@@secret@@' --single-transaction prestashop \\
  | gzip > /srv/backup/prestashop-$DATA.sql.gz
find /srv/backup -name 'prestashop-*.sql.gz' -mtime +14 -delete
""", rand_pw(16, "#%"))

add("terraform/github-token", "infra/github/main.tf", "Terraform GitHub provider docs: token",
    """
provider "github" {
  owner = "kutxatxotx"
  token = "@@secret@@"
}

resource "github_repository" "menua_publikoa" {
  name        = "menua-publikoa"
  description = "Sagardotegiko menua (eu/es/fr/en)"
  visibility  = "public"
}
""", fakes.github_token(_seed()))

add("terraform/decoy-secretsmanager", "infra/terraform/secrets.tf", "Terraform AWS provider docs: aws_secretsmanager_secret_version data source",
    """
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "sagardotegia/erreserbak/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_ssm_parameter" "stripe_currency" {
  name  = "/erreserbak/stripe/currency"
  type  = "String"
  value = "eur"
}
""")

add("yaml/decoy-sops-encrypted", "k8s/bidaiak/secrets.enc.yaml", "SOPS docs: Encrypted YAML files",
    """
apiVersion: v1
kind: Secret
metadata:
    name: bidaiak
type: Opaque
stringData:
    DB_PASSWORD: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    MAIL_PASSWORD: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qz8k3m5n7p9r2t4v6x8z0b2d4f6h8j0l2n4p6r8t0v2x4z6b8d0fsqk9l
    lastmodified: "2025-02-20T11:02:14Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@i3@@,tag:@@t3@@,type:str]
    version: 3.9.1
""", d1=fakes.drawn(_seed(), 24, ALNUM + "+/") + "=", i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 20, ALNUM + "+/") + "=", i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    m=fakes.drawn(_seed(), 88, ALNUM + "+/"), i3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("csv/decoy-stripe-payments-export", "exports/stripe_ordainketak_2025_02.csv", "Stripe docs: Object IDs (payment intents, charges)",
    """
id,created,amount,currency,status,customer_email,description
pi_3QmZ8aKx2vT7pL4r0a1B2c3D,2025-02-01 19:03,120.00,eur,succeeded,ane.g@example.eus,Aurrerakina - 12 pertsona
pi_3QmZ9bLy3wU8qM5s1b2C3d4E,2025-02-02 10:41,80.00,eur,succeeded,mikel@example.eus,Aurrerakina - 8 pertsona
pi_3QmZAcMz4xV9rN6t2c3D4e5F,2025-02-02 21:15,350.00,eur,succeeded,orona-ekitaldiak@example.com,Aurrerakina - 35 pertsona
pi_3QmZBdNa5yW0sO7u3d4E5f6G,2025-02-03 08:02,60.00,eur,refunded,j.etxeberria@example.eus,Aurrerakina - 6 pertsona
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "Keep a Changelog format",
    """
# Aldaketak

## [3.4.1] - 2025-02-10
### Konponduta
- TicketBAI: QR kodearen CRC-8 kalkulua (commit `@@c1@@`)
- Redis-en berrkonexioa kutxa berrabiarazi gabe (commit `@@c2@@`)

## [3.4.0] - 2025-01-15
### Gehituta
- Txotx denboraldiko menu berria eta Square Terminal ordainketak
### Segurtasuna
- Stripe gakoa biratuta (gako zaharra ezeztatuta); sekretuak AWS Secrets Manager-era eramanda
""", c1=git_sha()[:12], c2=git_sha()[:12])

add("python/decoy-test-conftest", "tests/conftest.py", "pytest docs: monkeypatch.setenv",
    """
import pytest


@pytest.fixture(autouse=True)
def ingurune_faltsua(monkeypatch):
    # Probetarako balio faltsuak: ez dira inongo zerbitzutan balio
    monkeypatch.setenv("DJANGO_SECRET_KEY", "probak-bakarrik-ez-erabili-produkzioan")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_fake")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test")
    monkeypatch.setenv("SENDGRID_API_KEY", "SG.fake")
    monkeypatch.setenv("POSTGRES_PASSWORD", "postgres")
""")

add("yaml/decoy-renovate-dependabot", ".github/dependabot.yml", "GitHub docs: dependabot.yml configuration options",
    """
version: 2
registries:
  npm-kutxatxotx:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: pip
    directory: "/"
    schedule:
      interval: weekly
  - package-ecosystem: npm
    directory: "/txotx-app"
    registries: [npm-kutxatxotx]
    schedule:
      interval: weekly
""")

add("ini/decoy-kutxa-config", "kutxa/kutxa.ini", "KutxaTxotx configuration (device serials and checksums)",
    """
[kutxa]
izena = Oialume Zaharra
serie = TX25
inprimagailua = EPSON TM-T20III
inprimagailu_serie = X4LC018823
tiradera_kodea = 1B700019FA

[tbai]
lurraldea = GIPUZKOA
p12_bidea = C:\\KutxaTxotx\\ziurtagiria.p12
p12_pasahitza = %TBAI_P12_PASSWORD%
software_lizentzia = TBAIGI0000012345
xsd_sha256 = @@h@@
""", h=sha256ish())
