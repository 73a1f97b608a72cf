"""Blind set HQ: equestrian centres and riding stables (a Czech stable among them).

Booking and lesson apps, livery billing, Czech payment gateways and banks, stable cameras and
feeders, horse-passport registries, CI, containers, runbooks (a third in Czech), exports and logs,
with their decoys. Generated fakes only (seeds 3040000-3049999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3040000, 3049999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hnedak", "Vranik", "Klisna", "Podkova", "Sedlo", "Ohlavka", "Bridle", "Canter", "Gallop", "Paddock",
         "Stirrup", "Farrier", "Oves", "Seno", "Jezdec", "Manez", "Dressage", "Fetlock", "Mustang", "Appaloosa"]
LOWER = ["hay", "oats", "saddle", "bridle", "paddock", "canter", "trot", "mane", "hoof", "girth", "stall",
         "carrot", "meadow", "jump", "lunge", "halter"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    """base64 of `n` random bytes drawn from the seed (a WireGuard key, a package hash)."""
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


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


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mapbox_secret() -> str:
    return "sk.eyJ1IjoiamV6ZGVja3kiLCJhIjoi" + alnum(20) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def mapbox_public() -> str:
    return "pk.eyJ1IjoiamV6ZGVja3kiLCJhIjoi" + alnum(20) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def dropbox_token() -> str:
    return "sl." + fakes.drawn(_seed(), 136, ALNUM + "_-")


def fio_token() -> str:
    return alnum(64)


def jwt_like() -> str:
    r = _rng()
    body = "".join(r.choice(ALNUM + "_-") for _ in range(86))
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + sig


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
    CASES.append(LabelledCase(f"blind-hq/{category}", file_name, text, secret, source))


# --- booking app (Django) of Jezdecký areál Podkova, Czech stable --------------------------------

add("python/django-secret-key", "podkova_booking/settings/production.py", "Django settings reference (SECRET_KEY)", '''
"""Produkční nastavení rezervačního systému Jezdecký areál Podkova."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["rezervace.podkova-staj.cz", "www.podkova-staj.cz"]

# TODO: přesunout do proměnných prostředí před spuštěním sezóny
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "cs"
TIME_ZONE = "Europe/Prague"
CSRF_TRUSTED_ORIGINS = ["https://rezervace.podkova-staj.cz"]
''', fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "podkova_booking/settings/base.py", "Django settings reference", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "podkova"),
        "USER": os.environ.get("DB_USER", "podkova"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
COMGATE_MERCHANT = os.environ.get("COMGATE_MERCHANT")
COMGATE_SECRET = os.environ.get("COMGATE_SECRET")
''')

comgate = alnum(32)
add("python/comgate-secret", "podkova_booking/payments/comgate.py", "Comgate API docs (merchant + secret POST parameters)", '''
"""Platby za lekce přes Comgate."""
import requests

COMGATE_URL = "https://payments.comgate.cz/v1.0/create"
MERCHANT_ID = "471293"
SECRET = "@@secret@@"


def create_payment(lesson, rider):
    data = {
        "merchant": MERCHANT_ID,
        "secret": SECRET,
        "price": int(lesson.price_czk * 100),
        "curr": "CZK",
        "label": f"Lekce {lesson.code}",
        "refId": str(lesson.pk),
        "email": rider.email,
        "method": "ALL",
        "prepareOnly": "true",
    }
    response = requests.post(COMGATE_URL, data=data, timeout=15)
    response.raise_for_status()
    return dict(item.split("=", 1) for item in response.text.split("&"))
''', comgate)

add("env/fio-api-token", ".env.production", "Fio banka API docs (token in URL path)", '''
# Podkova – produkce
DJANGO_SETTINGS_MODULE=podkova_booking.settings.production
DB_HOST=10.20.0.5
DB_NAME=podkova
FIO_ACCOUNT=2901234567/2010
FIO_API_TOKEN=@@secret@@
FIO_POLL_MINUTES=15
SENTRY_ENVIRONMENT=production
''', fio_token())

fio2 = fio_token()
add("python/fio-api-token", "scripts/import_plateb_fio.py", "Fio banka API docs (/ib_api/rest/periods/{token}/...)", '''
#!/usr/bin/env python3
"""Stáhne pohyby na účtu z Fio banky a spáruje je s fakturami za ustájení (boxy)."""
import datetime as dt
import requests

TOKEN = "@@secret@@"  # token jen pro čtení, vygenerován v internetbankingu 3/2025


def pohyby(od: dt.date, do: dt.date):
    url = f"https://fioapi.fio.cz/v1/rest/periods/{TOKEN}/{od:%Y-%m-%d}/{do:%Y-%m-%d}/transactions.json"
    r = requests.get(url, timeout=30)
    r.raise_for_status()
    return r.json()["accountStatement"]["transactionList"]["transaction"] or []


if __name__ == "__main__":
    dnes = dt.date.today()
    for t in pohyby(dnes - dt.timedelta(days=7), dnes):
        print(t["column5"], t["column1"]["value"])  # VS a částka
''', fio2)

add("markdown/decoy-placeholder", "docs/fio-import.md", "Fio banka API docs", '''
# Import plateb z Fio banky

Skript `scripts/import_plateb_fio.py` čte pohyby na účtu přes Fio API.

1. V internetbankingu: Nastavení → API → Přidat token (jen pro čtení).
2. Token uložte do 1Password, trezor **Stáj – provoz**, položka „Fio API“.
3. Na serveru ho nastavte do `/etc/podkova/env` jako `FIO_API_TOKEN=<64 znaků z banky>`.

Adresa pro test: `https://fioapi.fio.cz/v1/rest/last/{TOKEN}/transactions.json`
(místo `{TOKEN}` dosaďte token, nikdy ho necommitujte).

API dovoluje jeden dotaz za 30 sekund, jinak vrací HTTP 409.
''')

gopay_secret = alnum(8)
add("python/gopay-client-secret", "podkova_booking/payments/gopay_client.py", "GoPay REST API docs (OAuth2 client credentials)", '''
import gopay
from gopay.enums import Language

payments = gopay.payments({
    "goid": 8123456789,
    "client_id": "1744960415",
    "client_secret": "@@secret@@",
    "gateway_url": "https://gate.gopay.cz/api",
    "language": Language.CZECH,
})


def permanentka_payment(rider, amount_czk):
    return payments.create_payment({
        "amount": amount_czk * 100,
        "currency": "CZK",
        "order_number": f"PERM-{rider.id}",
        "payer": {"contact": {"email": rider.email}},
    })
''', gopay_secret)

add("ansible/database-password", "deploy/ansible/group_vars/production.yml", "Ansible group_vars docs", '''
---
podkova_domain: rezervace.podkova-staj.cz
podkova_db_name: podkova
podkova_db_user: podkova_app
podkova_db_password: "@@secret@@"
podkova_redis_url: redis://127.0.0.1:6379/2
podkova_workers: 3
# zálohy běží v 02:30 na NAS v sedlovně
backup_target: /mnt/nas-sedlovna/zalohy
''', words_pw())

vault_blob = "\n".join("          " + hexs(64) for _ in range(5))
add("ansible/decoy-vault-encrypted", "deploy/ansible/group_vars/staging.yml", "Ansible Vault docs (encrypted variables)", '''
---
podkova_domain: test.podkova-staj.cz
podkova_db_user: podkova_app
podkova_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@blob@@
podkova_workers: 1
''', blob=vault_blob)

redis_pw = fakes.redis_password(_seed())
add("python/redis-password", "podkova_booking/celery.py", "Celery broker URL docs (redis://:password@host)", '''
import os
from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "podkova_booking.settings.production")

app = Celery("podkova_booking")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.broker_url = "redis://:@@secret@@@10.20.0.7:6379/0"
app.conf.result_backend = app.conf.broker_url
app.conf.beat_schedule = {
    "pripominky-lekci": {"task": "lessons.tasks.send_reminders", "schedule": 900.0},
    "import-fio": {"task": "payments.tasks.import_fio", "schedule": 1800.0},
}
app.autodiscover_tasks()
''', redis_pw)

add("python/decoy-test-fixture", "podkova_booking/payments/tests/test_comgate.py", "pytest docs", '''
import pytest
from unittest import mock

from podkova_booking.payments import comgate

FAKE_SECRET = "test-secret-not-real"


@pytest.fixture(autouse=True)
def fake_credentials(monkeypatch):
    monkeypatch.setattr(comgate, "MERCHANT_ID", "000000")
    monkeypatch.setattr(comgate, "SECRET", FAKE_SECRET)


def test_create_payment_posts_secret():
    with mock.patch("requests.post") as post:
        post.return_value.text = "code=0&message=OK&transId=AB12-CD34-EF56"
        result = comgate.create_payment(mock.Mock(price_czk=650, code="L-12", pk=3), mock.Mock(email="a@b.cz"))
    assert post.call_args.kwargs["data"]["secret"] == FAKE_SECRET
    assert result["transId"] == "AB12-CD34-EF56"
''')

smtp_pw = words_pw()
add("python/smtp-password", "podkova_booking/settings/mail.py", "Django email settings docs", '''
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.seznam.cz"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "rezervace@podkova-staj.cz"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Jezdecký areál Podkova <rezervace@podkova-staj.cz>"
SERVER_EMAIL = DEFAULT_FROM_EMAIL
''', smtp_pw)

cam_pw = words_pw()
add("yaml/camera-password", "infra/frigate/config.yml", "Frigate NVR docs (RTSP camera inputs)", '''
mqtt:
  host: 192.168.40.10
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  box_07_porod:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.40.31:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  jizdarna:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@192.168.40.32:554/Streaming/Channels/102
          roles: [detect]
record:
  enabled: true
  retain:
    days: 7
''', cam_pw)

add("yaml/decoy-env-reference", "infra/frigate/config.staging.yml", "Frigate NVR docs (environment variable substitution)", '''
mqtt:
  host: 192.168.40.10
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  hrebcin:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@192.168.40.33:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: false
''')

mqtt_pw = rand_pw(22)
add("conf/mqtt-password", "infra/mosquitto/conf.d/bridge.conf", "mosquitto.conf man page (bridge remote_username / remote_password)", '''
# Most na cloudový broker – senzory vlhkosti sena a napáječky
connection stajbridge
address mqtt.hivemq.cloud:8883
remote_clientid podkova-stodola-01
remote_username podkova-stodola
remote_password @@secret@@
topic stodola/# out 1
bridge_cafile /etc/ssl/certs/ca-certificates.crt
bridge_protocol_version mqttv311
''', mqtt_pw)

add("json/decoy-device-id", "firmware/krmitko/config/devices.json", "ESPHome / device inventory", '''
{
  "site": "Podkova – stáj B",
  "devices": [
    {"name": "krmitko-box-01", "mac": "24:0A:C4:9E:11:30", "chip_id": "9e1130", "fw": "2.4.1", "sha256": "@@h1@@"},
    {"name": "krmitko-box-02", "mac": "24:0A:C4:9E:11:5C", "chip_id": "9e115c", "fw": "2.4.1", "sha256": "@@h1@@"},
    {"name": "napajecka-vybeh", "mac": "24:0A:C4:12:AB:07", "chip_id": "12ab07", "fw": "1.9.0", "sha256": "@@h2@@"}
  ],
  "ota_channel": "stable",
  "updated": "2025-04-18T06:12:00+02:00"
}
''', h1=hexs(64), h2=hexs(64))

ota_pw = rand_pw(16)
add("yaml/device-password", "firmware/krmitko/krmitko-box.yaml", "ESPHome docs (ota password, wifi)", '''
esphome:
  name: krmitko-box-01
  friendly_name: Krmítko box 01

esp32:
  board: esp32dev

wifi:
  ssid: "Podkova-Stodola"
  password: !secret wifi_password

api:
  encryption:
    key: !secret api_key

ota:
  - platform: esphome
    password: "@@secret@@"

stepper:
  - platform: a4988
    id: davkovac
    step_pin: GPIO25
    dir_pin: GPIO26
    max_speed: 250 steps/s
''', ota_pw)

add("yaml/decoy-secret-reference", "firmware/krmitko/napajecka.yaml", "ESPHome docs (!secret)", '''
esphome:
  name: napajecka-vybeh

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: ultrasonic
    trigger_pin: D1
    echo_pin: D2
    name: "Hladina vody"
    update_interval: 60s
''')

add("markdown/wifi-password", "docs/provoz/wifi-a-site.md", "internal runbook", '''
# Wi-Fi a síť v areálu

| Síť | Kde | Heslo | Poznámka |
|-----|-----|-------|----------|
| Podkova-Host | klubovna, tribuna | podkova2025 | pro návštěvy, na tabuli |
| Podkova-Stodola | stáj B, seník | @@secret@@ | jen krmítka a senzory, nikomu nedávat |
| Podkova-Kancl | kancelář | (v 1Password) | 802.1X |

Router: Mikrotik hAP ax3 v sedlovně, správa na 192.168.40.1.
Kamery jsou ve VLAN 40, přístup jen z NVR.
''', words_pw())


# --- Oakfield Equestrian Centre (UK livery yard): billing, lessons, comms -------------------------

add("typescript/stripe-secret-key", "oakfield-portal/src/server/stripe.ts", "Stripe API docs (secret keys sk_live_)", '''
import Stripe from "stripe";

// Livery invoices and lesson packs
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "oakfield-portal", version: "1.8.0" },
});

export async function chargeLivery(customerId: string, pence: number, horse: string) {
  return stripe.paymentIntents.create({
    amount: pence,
    currency: "gbp",
    customer: customerId,
    description: `Full livery - ${horse}`,
    automatic_payment_methods: { enabled: true },
  });
}
''', stripe_key())

add("typescript/decoy-publishable-key", "oakfield-portal/src/client/checkout.ts", "Stripe.js docs (publishable keys are public)", '''
import { loadStripe } from "@stripe/stripe-js";

const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK);

export async function startCheckout(sessionId: string) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe failed to load");
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) console.error("checkout", error.message);
}
''', pk=stripe_key("pk_live_"))

whsec = fakes.fake("whsec_", 32, _seed())
add("env/stripe-webhook-secret", "oakfield-portal/.env.local", "Stripe webhook signing docs (whsec_)", '''
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=sk_test_REPLACE_ME
STRIPE_WEBHOOK_SECRET=@@secret@@
DATABASE_URL=postgresql://oakfield:oakfield@localhost:5432/oakfield_dev
''', whsec, pk=stripe_key("pk_test_"))

add("env/decoy-placeholder", "oakfield-portal/.env.example", "dotenv conventions", '''
NEXT_PUBLIC_SITE_URL=https://portal.oakfield-equestrian.co.uk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GOCARDLESS_ACCESS_TOKEN=<from GoCardless dashboard>
TWILIO_AUTH_TOKEN=changeme
DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/oakfield
''')

gc_token = "live_" + fakes.drawn(_seed(), 40, ALNUM + "_-")
add("python/gocardless-access-token", "billing/direct_debit.py", "GoCardless API docs (access tokens live_)", '''
"""Monthly livery Direct Debits for Oakfield."""
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect_livery(mandate_id: str, amount_pence: int, month: str):
    return client.payments.create(params={
        "amount": amount_pence,
        "currency": "GBP",
        "charge_date": None,
        "reference": f"LIVERY {month}",
        "links": {"mandate": mandate_id},
    })
''', gc_token)

twilio_tok = hexs(32)
add("python/twilio-auth-token", "notifications/sms.py", "Twilio Python helper docs (Client(account_sid, auth_token))", '''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def farrier_reminder(phone: str, horse: str, when: str) -> str:
    msg = client.messages.create(
        to=phone,
        from_=FROM,
        body=f"Oakfield: farrier visit for {horse} booked {when}. Please have passport ready.",
    )
    return msg.sid
''', twilio_tok, sid=twilio_sid())

add("python/decoy-twilio-sid", "notifications/config.py", "Twilio docs (Account SID is an identifier)", '''
import os

# Account SID is an identifier, not a secret; the token comes from the environment.
TWILIO_ACCOUNT_SID = "@@sid@@"
TWILIO_MESSAGING_SERVICE_SID = "MG@@mg@@"
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
SMS_SENDER_NAME = "OAKFIELD"
REMINDER_HOURS_BEFORE = 24
''', sid=twilio_sid(), mg=hexs(32))

add("json/sendgrid-api-key", "notifications/sendgrid.config.json", "SendGrid API key docs (SG.)", '''
{
  "provider": "sendgrid",
  "apiKey": "@@secret@@",
  "from": {"email": "office@oakfield-equestrian.co.uk", "name": "Oakfield Equestrian"},
  "templates": {
    "lessonConfirmation": "d-@@t1@@",
    "liveryInvoice": "d-@@t2@@",
    "competitionEntry": "d-@@t3@@"
  },
  "sandbox": false
}
''', sendgrid_key(), t1=hexs(32), t2=hexs(32), t3=hexs(32))

add("json/decoy-template-ids", "notifications/templates.json", "SendGrid dynamic templates docs", '''
{
  "lessonConfirmation": {"id": "d-@@t1@@", "version": "@@v1@@"},
  "liveryInvoice": {"id": "d-@@t2@@", "version": "@@v2@@"},
  "vaccinationDue": {"id": "d-@@t3@@", "version": "@@v3@@"},
  "unsubscribeGroup": 18342
}
''', t1=hexs(32), t2=hexs(32), t3=hexs(32), v1=uuid_s(), v2=uuid_s(), v3=uuid_s())

mc = mailchimp_key()
add("php/mailchimp-api-key", "wp-content/themes/oakfield/inc/newsletter.php", "Mailchimp Marketing API docs (key-dc)", '''
<?php
// Newsletter sign-up on the Oakfield website (pony club, camps, clinics)
require_once __DIR__ . '/../vendor/autoload.php';

$mailchimp = new \\MailchimpMarketing\\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '@@secret@@',
    'server' => 'us21',
]);

function oakfield_subscribe($email, $first) {
    global $mailchimp;
    return $mailchimp->lists->addListMember('5c2e81a9d4', [
        'email_address' => $email,
        'status' => 'pending',
        'merge_fields' => ['FNAME' => $first],
    ]);
}
''', mc)

db_pw_wp = rand_pw(24, "!#%^")
add("php/database-password", "wp-config.php", "WordPress wp-config.php docs", '''
<?php
/** Oakfield Equestrian website */
define( 'DB_NAME', 'oakfield_wp' );
define( 'DB_USER', 'oakfield_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv('WP_AUTH_KEY') );
define( 'SECURE_AUTH_KEY',  getenv('WP_SECURE_AUTH_KEY') );

$table_prefix = 'oak_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', db_pw_wp)

add("php/decoy-wp-salts-env", "wp-config-sample.php", "WordPress wp-config-sample.php", '''
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'oak_';
define( 'WP_DEBUG', false );
''')

add("github-actions/slack-webhook", ".github/workflows/nightly-backup.yml", "Slack incoming webhooks docs", '''
name: nightly-backup
on:
  schedule:
    - cron: "30 1 * * *"
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Dump database
        run: ./scripts/backup.sh
        env:
          PGPASSWORD: ${{ secrets.PGPASSWORD }}
      - name: Notify yard office
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Oakfield nightly backup FAILED"}' \\
            @@secret@@
''', slack_webhook())

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "GitHub Actions encrypted secrets docs", '''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: npm ci && npm run build
      - run: aws s3 sync ./out s3://oakfield-portal-site --delete
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
''')

akid = fakes.aws_key_id(_seed())
aksec = fakes.aws_secret_key(_seed())
add("ini/aws-secret-key", "ops/aws/credentials", "AWS CLI credentials file docs", '''
[default]
region = eu-west-2

[oakfield-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[oakfield-readonly]
role_arn = arn:aws:iam::493817201734:role/ReadOnly
source_profile = oakfield-backup
''', aksec, akid=akid)

add("python/decoy-aws-example-key", "ops/aws/test_s3_sync.py", "AWS docs example keys (AKIAIOSFODNN7EXAMPLE)", '''
import boto3
from moto import mock_aws


@mock_aws
def test_upload_passport_scan(tmp_path):
    s3 = boto3.client(
        "s3",
        region_name="eu-west-2",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )
    s3.create_bucket(Bucket="oakfield-passports", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    f = tmp_path / "passport.pdf"
    f.write_bytes(b"%PDF-1.4")
    s3.upload_file(str(f), "oakfield-passports", "horses/826-002-1234567/passport.pdf")
    assert s3.list_objects_v2(Bucket="oakfield-passports")["KeyCount"] == 1
''')

xero_secret = fakes.drawn(_seed(), 48, ALNUM + "_-")
add("kotlin/xero-client-secret", "yard-app/android/app/src/main/java/uk/oakfield/yard/billing/XeroConfig.kt", "Xero OAuth2 docs (client id and secret)", '''
package uk.oakfield.yard.billing

object XeroConfig {
    const val CLIENT_ID = "@@cid@@"
    const val CLIENT_SECRET = "@@secret@@"
    const val REDIRECT_URI = "uk.oakfield.yard://xero/callback"
    val SCOPES = listOf("openid", "profile", "email", "accounting.transactions", "offline_access")
    const val TENANT_NAME = "Oakfield Equestrian Ltd"
}
''', xero_secret, cid=hexs(32).upper())

add("kotlin/decoy-client-id", "yard-app/android/app/src/main/java/uk/oakfield/yard/maps/MapsConfig.kt", "Google Sign-In docs (OAuth client ids are public)", '''
package uk.oakfield.yard.maps

object AuthConfig {
    // Web client ID for Google Sign-In; public by design (shipped in every APK)
    const val GOOGLE_WEB_CLIENT_ID = "@@n@@-@@c@@.apps.googleusercontent.com"
    const val YARD_LAT = 51.7342
    const val YARD_LNG = -1.2198
    const val HACKING_ROUTE_ID = "oakfield-bridleway-loop"
}
''', n=str(random.Random(_seed()).randint(10**11, 10**12)), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))


# --- Podkova: provoz, runbooky, infrastruktura ------------------------------------------------------

pg_pw = words_pw()
add("markdown/database-password", "docs/runbook/obnova-databaze.md", "PostgreSQL pg_restore docs", '''
# Runbook: obnova databáze rezervací

Kdy: po výpadku serveru v kanceláři nebo když se rozbije migrace.

1. Připojit se na `srv-kancl` (SSH klíč v 1Password).
2. Zastavit aplikaci: `sudo systemctl stop podkova-web podkova-celery`
3. Obnovit poslední zálohu z NAS:

```bash
export PGPASSWORD='@@secret@@'
pg_restore -h 10.20.0.5 -U podkova_admin -d podkova --clean /mnt/nas-sedlovna/zalohy/podkova-latest.dump
```

4. Spustit aplikaci a zkontrolovat, že jdou vidět zítřejší lekce.
5. Napsat do skupiny „Stáj – provoz“, že je hotovo.

Kontakt: Jirka (IT), 603 111 222.
''', pg_pw)

add("markdown/decoy-env-reference", "docs/runbook/nasazeni.md", "internal runbook", '''
# Nasazení nové verze

```bash
ssh deploy@srv-kancl
cd /srv/podkova && git pull
source /etc/podkova/env      # tady jsou DB_PASSWORD, FIO_API_TOKEN, COMGATE_SECRET
.venv/bin/python manage.py migrate
sudo systemctl restart podkova-web podkova-celery
```

Hesla a tokeny nikdy nepište do tohoto souboru. Jsou v 1Password (trezor „Stáj – provoz“)
a na serveru v `/etc/podkova/env` (práva 600, vlastník `podkova`).

Při chybě `FATAL: password authentication failed` zkontrolujte, že `$DB_PASSWORD` odpovídá
heslu role `podkova_app` (`\\password podkova_app` v psql).
''')

add("sql/database-password", "db/migrations/0001_roles.sql", "PostgreSQL CREATE ROLE docs", '''
-- Role pro rezervační systém Podkova
CREATE ROLE podkova_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE podkova_report LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE podkova TO podkova_app, podkova_report;
GRANT USAGE ON SCHEMA public TO podkova_app, podkova_report;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO podkova_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO podkova_report;
-- podkova_report se přihlašuje jen přes peer auth z kanceláře
''', rand_pw(20))

add("sql/decoy-password-hash", "db/seed/0002_uzivatele.sql", "Django password hashers docs (pbkdf2_sha256 stored hashes)", '''
-- Testovací uživatelé pro vývoj (hesla jsou uložena jen jako hashe)
INSERT INTO auth_user (id, username, email, password, is_staff, is_superuser, is_active, date_joined)
VALUES
 (1, 'recepce', 'recepce@podkova-staj.cz', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@', true, false, true, now()),
 (2, 'trener.novak', 'novak@podkova-staj.cz', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@', true, false, true, now()),
 (3, 'jezdec.demo', 'demo@example.com', '!', false, false, false, now());
''', s1=alnum(22), h1=b64(hexs(32))[:43] + "=", s2=alnum(22), h2=b64(hexs(32))[:43] + "=")

add("csv/decoy-horse-passport-ids", "exports/kone_2025-04.csv", "ÚEK horse register export", '''
jmeno,plemeno,pohlavi,narozen,UELN,cip,majitel,box
Aramis,český teplokrevník,valach,2014,203001140012345,203098100456123,Novák Petr,A07
Bára,hafling,klisna,2011,203004110098765,203098100456877,Podkova s.r.o.,B02
Cézar,KWPN,hřebec,2017,528003201709876,528210002345671,Dvořáková Jana,A01
Dora,shetlandský pony,klisna,2009,203010090001122,203098100411009,Podkova s.r.o.,P03
Eso,starokladrubský kůň,valach,2015,203020150004567,203098100499210,Svoboda Karel,B05
''')

uek_pw = words_pw()
add("csv/registry-password", "exports/pristupy_registry.csv", "internal credential export", '''
system,url,uzivatel,heslo,poznamka
ÚEK (registr koní),https://www.uek.cz/portal,podkova_staj,@@secret@@,hlášení přesunů koní
ČJF přihlášky,https://www.cjf.cz/portal,podkova.zavody,(v 1Password),přihlášky na závody
Fakturoid,https://app.fakturoid.cz/podkova,ucetni@podkova-staj.cz,(SSO Google),faktury ustájení
Seznam e-mail,https://email.seznam.cz,rezervace@podkova-staj.cz,(v 1Password),rezervační e-maily
Mikrotik,https://192.168.40.1,admin,(v 1Password),router v sedlovně
''', uek_pw)

fakturoid_tok = hexs(40)
add("ruby/fakturoid-api-token", "fakturace/lib/fakturoid_client.rb", "Fakturoid API v2 docs (HTTP Basic with email and API token)", '''
# Fakturace ustájení – měsíční faktury majitelům koní
require "net/http"
require "json"

module Podkova
  class FakturoidClient
    SLUG = "podkova"
    EMAIL = "ucetni@podkova-staj.cz"
    API_TOKEN = "@@secret@@"
    BASE = URI("https://app.fakturoid.cz/api/v2/accounts/#{SLUG}/")

    def create_invoice(subject_id, lines)
      req = Net::HTTP::Post.new(BASE + "invoices.json", "Content-Type" => "application/json",
                                "User-Agent" => "Podkova (#{EMAIL})")
      req.basic_auth(EMAIL, API_TOKEN)
      req.body = { subject_id: subject_id, lines: lines }.to_json
      Net::HTTP.start(BASE.host, BASE.port, use_ssl: true) { |h| h.request(req) }
    end
  end
end
''', fakturoid_tok)

add("ruby/decoy-credentials-reference", "fakturace/config/initializers/fakturoid.rb", "Rails credentials docs", '''
Rails.application.config.fakturoid = {
  slug: "podkova",
  email: Rails.application.credentials.dig(:fakturoid, :email),
  api_token: Rails.application.credentials.dig(:fakturoid, :api_token),
  user_agent: "Podkova fakturace (ucetni@podkova-staj.cz)",
}
# Klíč k credentials.yml.enc je v config/master.key, ten je v .gitignore.
''')

ssh_key = fakes.fake_pem(_seed(), "OPENSSH")
add("shell/private-key", "scripts/zaloha_na_nas.sh", "OpenSSH key format", '''
#!/bin/bash
# Noční záloha databáze a fotek koní na NAS v sedlovně
set -euo pipefail

KEY=$(mktemp)
cat > "$KEY" <<'KLIC'
@@secret@@
KLIC
chmod 600 "$KEY"

pg_dump -Fc podkova > /tmp/podkova-$(date +%F).dump
rsync -az -e "ssh -i $KEY" /tmp/podkova-$(date +%F).dump zaloha@192.168.40.5:/volume1/zalohy/
rsync -az -e "ssh -i $KEY" /srv/podkova/media/kone/ zaloha@192.168.40.5:/volume1/fotky-kone/
rm -f "$KEY" /tmp/podkova-*.dump
''', ssh_key)

ftp_pw = words_pw()
add("shell/ftp-password", "scripts/nahraj_startovky.sh", "lftp manual (open -u user,password)", '''
#!/bin/sh
# Nahraje startovní listiny jarních závodů na web pořadatele
DATUM=$(date +%Y-%m-%d)
lftp -u podkova_zavody,@@secret@@ ftp.jezdecke-zavody.cz <<KONEC
cd /startovky/2025
put vysledky/startovka-$DATUM.pdf
put vysledky/casovy-rozpis-$DATUM.pdf
bye
KONEC
echo "Nahráno: $DATUM"
''', ftp_pw)

add("shell/decoy-read-from-vault", "scripts/obnov_certifikat.sh", "HashiCorp Vault CLI docs", '''
#!/bin/bash
set -euo pipefail
export VAULT_ADDR=https://vault.podkova-staj.cz:8200
CF_TOKEN=$(vault kv get -field=api_token secret/podkova/cloudflare)
export CF_Token="$CF_TOKEN"
~/.acme.sh/acme.sh --issue --dns dns_cf -d rezervace.podkova-staj.cz -d www.podkova-staj.cz
~/.acme.sh/acme.sh --install-cert -d rezervace.podkova-staj.cz \\
  --key-file /etc/nginx/ssl/podkova.key --fullchain-file /etc/nginx/ssl/podkova.crt \\
  --reloadcmd "systemctl reload nginx"
''')

cf_token = fakes.drawn(_seed(), 40, ALNUM + "_-")
add("dockerfile/cloudflare-api-token", "infra/caddy/Dockerfile", "Cloudflare API tokens docs", '''
FROM caddy:2.8-builder AS builder
RUN xcaddy build --with github.com/caddy-dns/cloudflare

FROM caddy:2.8
COPY --from=builder /usr/bin/caddy /usr/bin/caddy
COPY Caddyfile /etc/caddy/Caddyfile
ENV CLOUDFLARE_API_TOKEN=@@secret@@
ENV ACME_EMAIL=it@podkova-staj.cz
EXPOSE 80 443
''', cf_token)

add("dockerfile/decoy-build-arg", "podkova_booking/Dockerfile", "Docker build secrets docs", '''
FROM python:3.12-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.podkova-staj.cz/simple" \\
    pip install -r requirements.txt
COPY . .
ARG DJANGO_SECRET_KEY=build-only-not-secret
RUN DJANGO_SECRET_KEY=$DJANGO_SECRET_KEY python manage.py collectstatic --noinput
CMD ["gunicorn", "podkova_booking.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''')

compose_pw = rand_pw(18)
add("compose/database-password", "docker-compose.yml", "Docker Hub postgres image docs (POSTGRES_PASSWORD)", '''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: podkova
      POSTGRES_USER: podkova
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7
  web:
    build: ./podkova_booking
    env_file: /etc/podkova/env
    depends_on: [db, redis]
    ports: ["8000:8000"]
volumes:
  pgdata:
''', compose_pw)

add("compose/decoy-secrets-file", "docker-compose.dev.yml", "Docker Compose secrets docs", '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: podkova_dev
      POSTGRES_USER: podkova
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
secrets:
  db_password:
    file: ./secrets/db_password.txt
''')

k8s_pw = words_pw()
add("k8s-secret/smtp-password", "k8s/podkova/secret-mail.yaml", "Kubernetes Secret docs (data is base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: podkova-mail
  namespace: podkova
type: Opaque
data:
  EMAIL_HOST: @@host@@
  EMAIL_HOST_USER: @@user@@
  EMAIL_HOST_PASSWORD: @@pw@@
''', k8s_pw, host=b64("smtp.seznam.cz"), user=b64("rezervace@podkova-staj.cz"), pw=b64(k8s_pw))

add("k8s/decoy-sealed-secret", "k8s/podkova/sealed-db.yaml", "Bitnami Sealed Secrets docs", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: podkova-db
  namespace: podkova
spec:
  encryptedData:
    DB_PASSWORD: @@e1@@
    FIO_API_TOKEN: @@e2@@
  template:
    metadata:
      name: podkova-db
''', e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")


# --- Terraform, cloud, CI of both yards ------------------------------------------------------------

add("terraform/database-password", "infra/terraform/rds.tf", "Terraform aws_db_instance docs", '''
resource "aws_db_instance" "portal" {
  identifier              = "oakfield-portal"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  db_name                 = "oakfield"
  username                = "oakfield_admin"
  password                = "@@secret@@"
  backup_retention_period = 7
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
  tags = {
    yard = "oakfield"
  }
}
''', rand_pw(24))

add("terraform/decoy-random-password", "infra/terraform/rds_replica.tf", "Terraform random_password and Secrets Manager docs", '''
resource "random_password" "reports" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "reports" {
  name = "oakfield/reports-db"
}

resource "aws_secretsmanager_secret_version" "reports" {
  secret_id     = aws_secretsmanager_secret.reports.id
  secret_string = random_password.reports.result
}

output "reports_secret_arn" {
  value = aws_secretsmanager_secret.reports.arn
}
''')

add("terraform/cloudflare-api-token", "infra/terraform/podkova-dns/providers.tf", "Terraform Cloudflare provider docs (api_token)", '''
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

# Token jen pro zónu podkova-staj.cz (DNS:Edit)
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "rezervace" {
  zone_id = "@@zone@@"
  name    = "rezervace"
  content = "185.8.164.22"
  type    = "A"
  proxied = true
}
''', fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("terraform/decoy-zone-id", "infra/terraform/podkova-dns/records.tf", "Cloudflare docs (zone and account ids are identifiers)", '''
locals {
  zone_id    = "@@zone@@"
  account_id = "@@acct@@"
}

resource "cloudflare_record" "www" {
  zone_id = local.zone_id
  name    = "www"
  content = "rezervace.podkova-staj.cz"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "spf" {
  zone_id = local.zone_id
  name    = "@"
  content = "v=spf1 include:spf.seznam.cz include:sendgrid.net ~all"
  type    = "TXT"
}
''', zone=hexs(32), acct=hexs(32))

pypi = fakes.pypi_token(_seed())
add("ini/pypi-token", ".pypirc", "PyPI docs (.pypirc with API token)", '''
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
password = pypi-REPLACE-WITH-TEST-TOKEN
''', pypi)

add("toml/decoy-trusted-publishing", "pyproject.toml", "PyPA packaging guide (pyproject.toml)", '''
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "horse-passport-tools"
version = "0.6.2"
description = "Parsing UELN numbers and FEI passport data for stables"
requires-python = ">=3.9"
license = "MIT"
authors = [{ name = "Oakfield Equestrian IT", email = "it@oakfield-equestrian.co.uk" }]
dependencies = ["python-dateutil>=2.8"]

[project.urls]
Homepage = "https://github.com/oakfield-equestrian/horse-passport-tools"

[tool.hatch.build.targets.sdist]
exclude = ["/.github", "/tests/fixtures"]
''')

add("github-actions/pypi-token", ".github/workflows/publish.yml", "twine docs (TWINE_USERNAME/TWINE_PASSWORD)", '''
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
''', fakes.pypi_token(_seed()))

add("github-actions/decoy-oidc-publish", ".github/workflows/release.yml", "PyPI trusted publishers docs", '''
name: release
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
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
''')

gh_tok = fakes.github_token(_seed())
add("shell/github-token", "scripts/mirror_repo.sh", "GitHub docs (PAT in HTTPS remote URL)", '''
#!/usr/bin/env bash
# Mirror the yard app to the backup org every night
set -e
cd /srv/mirror/yard-app.git
git fetch --prune origin
git push --mirror https://oakfield-bot:@@secret@@@github.com/oakfield-backup/yard-app.git
date >> /var/log/yard-mirror.log
''', gh_tok)

add("yaml/github-fine-grained-token", "renovate/config.js.yml", "Renovate self-hosted docs (token)", '''
platform: github
endpoint: https://api.github.com/
token: @@secret@@
gitAuthor: "Oakfield Renovate <renovate@oakfield-equestrian.co.uk>"
repositories:
  - oakfield-equestrian/oakfield-portal
  - oakfield-equestrian/yard-app
  - oakfield-equestrian/horse-passport-tools
onboarding: false
requireConfig: optional
''', fakes.github_fine_grained_token(_seed()))

add("github-actions/decoy-github-token-reference", ".github/workflows/renovate.yml", "GitHub Actions GITHUB_TOKEN docs", '''
name: renovate
on:
  schedule:
    - cron: "0 4 * * 1"
jobs:
  renovate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: renovatebot/github-action@v40.1.0
        with:
          configurationFile: renovate/config.js
          token: ${{ secrets.RENOVATE_TOKEN }}
        env:
          LOG_LEVEL: info
''')

tg = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "bots/porod_alarm.py", "python-telegram-bot docs (bot token)", '''
"""Alarm z kamery v porodním boxu – pošle zprávu do skupiny ošetřovatelů."""
import logging
from telegram import Bot

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1002134567890
bot = Bot(BOT_TOKEN)
log = logging.getLogger(__name__)


async def alarm(klisna: str, snapshot_path: str) -> None:
    log.warning("Pohyb v porodním boxu: %s", klisna)
    with open(snapshot_path, "rb") as foto:
        await bot.send_photo(CHAT_ID, foto, caption=f"Klisna {klisna} leží déle než 20 minut, zkontrolujte box!")
''', tg)

add("python/decoy-telegram-env", "bots/krmeni_pripominka.py", "python-telegram-bot docs", '''
"""Připomínka večerního krmení (18:00) do skupiny stájníků."""
import os
import asyncio
from telegram import Bot

BOT_TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
CHAT_ID = int(os.environ.get("TELEGRAM_CHAT_ID", "-1002134567890"))


async def main() -> None:
    await Bot(BOT_TOKEN).send_message(CHAT_ID, "Večerní krmení: seno do stáje B, oves podle tabule.")


if __name__ == "__main__":
    asyncio.run(main())
''')

add("markdown/telegram-bot-token", "bots/README.md", "Telegram Bot API docs (getUpdates URL)", '''
# Boti stáje

## porod_alarm
Posílá fotku z kamery v porodním boxu do skupiny „Porody 2025“.

Když bot přestane odpovídat, zkontrolujte ho přímo přes API:

    curl https://api.telegram.org/bot@@secret@@/getMe
    curl https://api.telegram.org/bot@@secret@@/getUpdates

## krmeni_pripominka
Běží z cronu na `srv-kancl`, token bere z `TELEGRAM_BOT_TOKEN`.
''', fakes.telegram_token(_seed()))


# --- services in many languages ---------------------------------------------------------------------

add("go/database-password", "arena-timing/internal/store/postgres.go", "pgx docs (connection string)", '''
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Showjumping timing results for the arena scoreboard
const dsn = "postgres://timing:@@secret@@@10.20.0.5:5432/zavody?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 4
	return pgxpool.NewWithConfig(ctx, cfg)
}
''', words_pw())

add("go/decoy-env-lookup", "arena-timing/cmd/scoreboard/main.go", "Go os.Getenv docs", '''
package main

import (
	"log"
	"net/http"
	"os"
)

func main() {
	token := os.Getenv("SCOREBOARD_TOKEN")
	if token == "" {
		log.Fatal("SCOREBOARD_TOKEN is not set")
	}
	addr := ":" + getenv("PORT", "8080")
	http.Handle("/", scoreboardHandler(token))
	log.Printf("scoreboard on %s", addr)
	log.Fatal(http.ListenAndServe(addr, nil))
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
''')

add("go/mqtt-password", "arena-timing/internal/gates/mqtt.go", "Eclipse Paho Go docs (SetPassword)", '''
package gates

import (
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Photocells on the start and finish gates publish to the yard broker
func Connect() (mqtt.Client, error) {
	opts := mqtt.NewClientOptions().
		AddBroker("tcp://192.168.40.10:1883").
		SetClientID("arena-timing").
		SetUsername("fotobunky").
		SetPassword("@@secret@@").
		SetKeepAlive(30 * time.Second)
	c := mqtt.NewClient(opts)
	t := c.Connect()
	t.Wait()
	return c, t.Error()
}
''', rand_pw(20))

add("properties/smtp-password", "clinic-scheduler/src/main/resources/application.properties", "Spring Boot mail properties docs", '''
spring.application.name=clinic-scheduler
spring.datasource.url=jdbc:postgresql://db.oakfield.internal:5432/clinics
spring.datasource.username=clinics
spring.datasource.password=${CLINICS_DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=clinics@oakfield-equestrian.co.uk
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
scheduler.vet-visit.cron=0 0 7 * * MON
''', words_pw())

add("properties/decoy-spring-placeholder", "clinic-scheduler/src/main/resources/application-test.properties", "Spring Boot externalized configuration docs", '''
spring.datasource.url=jdbc:h2:mem:clinics;MODE=PostgreSQL
spring.datasource.username=sa
spring.datasource.password=
spring.mail.host=localhost
spring.mail.port=3025
spring.mail.username=test
spring.mail.password=${TEST_MAIL_PASSWORD:secret}
scheduler.vet-visit.cron=-
''')

add("java/ldap-password", "clinic-scheduler/src/main/java/uk/oakfield/clinics/config/LdapConfig.java", "Spring LDAP LdapContextSource docs", '''
package uk.oakfield.clinics.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ldap.core.support.LdapContextSource;

@Configuration
public class LdapConfig {

    @Bean
    public LdapContextSource contextSource() {
        LdapContextSource source = new LdapContextSource();
        source.setUrl("ldaps://dc01.oakfield.internal:636");
        source.setBase("dc=oakfield,dc=internal");
        source.setUserDn("cn=svc-clinics,ou=Service,dc=oakfield,dc=internal");
        source.setPassword("@@secret@@");
        source.afterPropertiesSet();
        return source;
    }
}
''', words_pw())

add("java/decoy-keystore-reference", "clinic-scheduler/src/main/java/uk/oakfield/clinics/config/TlsConfig.java", "Java KeyStore docs", '''
package uk.oakfield.clinics.config;

import java.io.FileInputStream;
import java.security.KeyStore;

public final class TlsConfig {
    private TlsConfig() {}

    public static KeyStore load() throws Exception {
        char[] pass = System.getenv("CLINICS_KEYSTORE_PASSWORD").toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/clinics/keystore.p12")) {
            ks.load(in, pass);
        }
        return ks;
    }
}
''')

add("json/sql-connection-password", "YardOffice/YardOffice.Data/appsettings.Production.json", "SqlClient connection string docs", '''
{
  "ConnectionStrings": {
    "YardOffice": "Server=tcp:oakfield-sql.database.windows.net,1433;Initial Catalog=yardoffice;User ID=yardadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "Feed": {
    "HayBaleKg": 22,
    "LowStockAlert": 40
  }
}
''', rand_pw(20, "!#"))

add("csharp/decoy-user-secrets", "YardOffice/YardOffice.Web/Program.cs", "ASP.NET Core configuration docs (user secrets, Key Vault)", '''
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://oakfield-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var conn = builder.Configuration.GetConnectionString("YardOffice");
builder.Services.AddDbContext<YardContext>(o => o.UseSqlServer(conn));
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapRazorPages();
app.Run();
''')

add("csharp/azure-client-secret", "YardOffice/YardOffice.Sync/GraphCalendar.cs", "Microsoft identity platform docs (ClientSecretCredential)", '''
using Azure.Identity;
using Microsoft.Graph;

namespace YardOffice.Sync;

// Copies arena bookings into the shared "Indoor School" Outlook calendar
public static class GraphCalendar
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }
}
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

add("rust/square-access-token", "till/src/square.rs", "Square API docs (access tokens EAAA)", '''
//! Tack shop till: card payments through Square Terminal
use reqwest::Client;
use serde_json::json;

const SQUARE_TOKEN: &str = "@@secret@@";
const LOCATION_ID: &str = "L8Q3ZK2N1WXYZ";

pub async fn checkout(client: &Client, pence: i64, note: &str) -> reqwest::Result<serde_json::Value> {
    client
        .post("https://connect.squareup.com/v2/terminals/checkouts")
        .bearer_auth(SQUARE_TOKEN)
        .header("Square-Version", "2024-06-04")
        .json(&json!({
            "idempotency_key": uuid::Uuid::new_v4().to_string(),
            "checkout": {"amount_money": {"amount": pence, "currency": "GBP"}, "note": note,
                         "device_options": {"device_id": "R5WNWB5BKNG9R"}}
        }))
        .send()
        .await?
        .json()
        .await
}
''', square_token())

add("rust/decoy-test-vector", "till/src/receipt.rs", "HMAC test vectors (RFC 4231)", '''
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub fn receipt_tag(key: &[u8], body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    mac.update(body.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn rfc4231_case_2() {
        assert_eq!(receipt_tag(b"Jefe", "what do ya want for nothing?"),
                   "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
''')

add("swift/mapbox-secret-token", "YardApp-iOS/YardApp/Services/RouteDownloader.swift", "Mapbox access tokens docs (sk. secret tokens)", '''
import Foundation

/// Downloads hacking routes (bridleways) as offline map packs
struct RouteDownloader {
    static let downloadsToken = "@@secret@@"
    static let styleURL = URL(string: "mapbox://styles/oakfield/clx0hack1ng")!

    func request(for route: String) -> URLRequest {
        var components = URLComponents(string: "https://api.mapbox.com/datasets/v1/oakfield/\\(route)/features")!
        components.queryItems = [URLQueryItem(name: "access_token", value: Self.downloadsToken)]
        return URLRequest(url: components.url!)
    }
}
''', mapbox_secret())

add("plist/decoy-mapbox-public-token", "YardApp-iOS/YardApp/Info.plist", "Mapbox iOS docs (MBXAccessToken public token)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Oakfield Yard</string>
	<key>CFBundleIdentifier</key>
	<string>uk.oakfield.yard</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows your position on hacking routes.</string>
</dict>
</plist>
''', pk=mapbox_public())

add("plist/decoy-firebase-config", "YardApp-iOS/YardApp/GoogleService-Info.plist", "Firebase docs (config files are not secret)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418273645091</string>
	<key>BUNDLE_ID</key>
	<string>uk.oakfield.yard</string>
	<key>PROJECT_ID</key>
	<string>oakfield-yard</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418273645091:ios:@@app@@</string>
</dict>
</plist>
''', key=google_key(), app=hexs(22))

add("powershell/admin-password", "ops/windows/Join-TackRoomPC.ps1", "PowerShell Add-Computer docs (PSCredential)", '''
# Joins the tack-room PC (feed stock and farrier diary) to the office domain
$user = "OAKFIELD\\svc-join"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Rename-Computer -NewName "TACKROOM-01" -Force
Add-Computer -DomainName "oakfield.internal" -Credential $cred -OUPath "OU=Yard,DC=oakfield,DC=internal" -Restart
''', words_pw())

add("powershell/decoy-secretmanagement", "ops/windows/Backup-FeedLedger.ps1", "Microsoft.PowerShell.SecretManagement docs", '''
# Nightly copy of the feed ledger to the NAS
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NasBackup" -Vault "YardVault"
New-PSDrive -Name N -PSProvider FileSystem -Root "\\\\nas01\\backup" -Credential $cred | Out-Null
Copy-Item "C:\\Yard\\FeedLedger.xlsx" "N:\\feed\\FeedLedger-$(Get-Date -Format yyyyMMdd).xlsx"
Remove-PSDrive N
''')


# --- Czech vendors, e-shop se sedly, notebooks, logs ------------------------------------------------

packeta = hexs(32)
add("php/packeta-api-password", "eshop/app/config/packeta.neon.php", "Packeta (Zásilkovna) API docs (apiPassword 32 chars)", '''
<?php
// E-shop Podkova (sedla, ohlávky, krmiva) – odesílání přes Zásilkovnu
return [
    'packeta' => [
        'apiKey' => '@@key@@',
        'apiPassword' => '@@secret@@',
        'sender' => 'podkova-eshop',
        'soapUrl' => 'https://www.zasilkovna.cz/api/soap.wsdl',
        'defaultWeightKg' => 2.5,
    ],
];
''', packeta, key=packeta[:16])

add("javascript/decoy-packeta-widget-key", "eshop/www/js/doprava.js", "Packeta widget docs (widget API key is public)", '''
// Výběr výdejního místa Zásilkovny v košíku
const PACKETA_WIDGET_KEY = "@@k@@";

document.getElementById("vybrat-misto").addEventListener("click", () => {
  Packeta.Widget.pick(PACKETA_WIDGET_KEY, (point) => {
    if (!point) return;
    document.getElementById("pickup-id").value = point.id;
    document.getElementById("pickup-name").textContent = point.name + ", " + point.city;
  }, { country: "cz,sk", language: "cs" });
});
''', k=hexs(16))

ecomail = alnum(54)
add("python/ecomail-api-key", "eshop/marketing/ecomail_sync.py", "Ecomail API docs (key header)", '''
"""Synchronizace zákazníků e-shopu do Ecomailu (newsletter: jarní soustředění, letní tábory)."""
import requests

ECOMAIL_KEY = "@@secret@@"
LIST_ID = 7


def pridej_kontakt(email: str, jmeno: str, tagy: list[str]) -> dict:
    r = requests.post(
        f"https://api2.ecomailapp.cz/lists/{LIST_ID}/subscribe",
        headers={"key": ECOMAIL_KEY, "Content-Type": "application/json"},
        json={"subscriber_data": {"email": email, "name": jmeno, "tags": tagy},
              "update_existing": True, "skip_confirmation": False},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
''', ecomail)

sms_pw = words_pw()
add("ini/sms-gateway-password", "eshop/config/smsbrana.ini", "SMSbrána.cz Connect API docs (login, password)", '''
; SMS brána – potvrzení lekcí a upozornění na kováře
[smsbrana]
url = https://api.smsbrana.cz/smsconnect/http.php
login = podkova_h1
password = @@secret@@
sender_id = PODKOVA
odesilat_od = 08:00
odesilat_do = 20:00
''', sms_pw)

add("ini/decoy-empty-password", "eshop/config/smsbrana.dist.ini", "SMSbrána.cz Connect API docs", '''
; Vzor – zkopírujte na smsbrana.ini a vyplňte
[smsbrana]
url = https://api.smsbrana.cz/smsconnect/http.php
login = 
password = 
sender_id = PODKOVA
odesilat_od = 08:00
odesilat_do = 20:00
''')

csob_key = fakes.fake_pem(_seed(), "RSA")
add("pem/private-key", "eshop/keys/csob/rsa_M1MIPS0459.key", "ČSOB payment gateway docs (merchant RSA private key)", '''
@@secret@@
''', csob_key)

add("pem/decoy-public-key", "eshop/keys/csob/mips_iplatebnibrana.csob.cz.pub", "ČSOB payment gateway docs (gateway public key)", '''
-----BEGIN PUBLIC KEY-----
@@body@@
-----END PUBLIC KEY-----
''', body="\n".join("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fakes.drawn(_seed(), 20, ALNUM + "+/") if i == 0 else fakes.drawn(_seed(), 64, ALNUM + "+/") for i in range(6)))

shop_tok = shopify_token()
add("typescript/shopify-admin-token", "tack-shop/scripts/syncStock.ts", "Shopify Admin API docs (shpat_ access tokens)", '''
// Sync feed and bedding stock from the yard ledger to the Oakfield tack shop
import "@shopify/shopify-api/adapters/node";
import { shopifyApi, ApiVersion, Session } from "@shopify/shopify-api";

const shopify = shopifyApi({
  apiSecretKey: process.env.SHOPIFY_API_SECRET!,
  apiVersion: ApiVersion.July24,
  isCustomStoreApp: true,
  adminApiAccessToken: "@@secret@@",
  isEmbeddedApp: false,
  hostName: "oakfield-tack.myshopify.com",
});

export async function setLevel(inventoryItemId: string, available: number) {
  const session = new Session({ id: "sync", shop: "oakfield-tack.myshopify.com", state: "", isOnline: false });
  const client = new shopify.clients.Rest({ session });
  return client.post({ path: "inventory_levels/set", data: { location_id: 71234567890, inventory_item_id: inventoryItemId, available } });
}
''', shop_tok)

oa = openai_key()
add("notebook/openai-api-key", "analytics/notebooks/kolika_vycvik.ipynb", "OpenAI Python library docs (api_key)", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Kolika – shrnutí veterinárních záznamů\\n", "Pokus: nechat model shrnout poznámky veterináře za sezónu."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "zaznamy = open('vet_2024.txt', encoding='utf-8').read()\\n",
    "odpoved = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Shrň: ' + zaznamy}])\\n",
    "print(odpoved.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', oa)

add("notebook/decoy-getpass", "analytics/notebooks/obsazenost_boxu.ipynb", "Jupyter / getpass docs", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\\n",
    "heslo = getpass.getpass('Heslo k DB podkova_report: ')\\n",
    "eng = sa.create_engine(f'postgresql://podkova_report:{heslo}@10.20.0.5/podkova')\\n",
    "df = pd.read_sql('select box, mesic, obsazeno_dni from v_obsazenost', eng)\\n",
    "df.pivot(index='box', columns='mesic', values='obsazeno_dni')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/database-password", "analytics/notebooks/livery_revenue.ipynb", "SQLAlchemy engine URL docs", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql+psycopg2://oakfield_admin:@@secret@@@oakfield-portal.c9x2k1.eu-west-2.rds.amazonaws.com/oakfield')\\n",
    "rev = pd.read_sql('select month, livery_type, sum(amount_pence)/100 as gbp from invoices group by 1, 2', engine)\\n",
    "rev.pivot(index='month', columns='livery_type', values='gbp').plot(kind='bar')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', rand_pw(22))

add("log/smtp-password", "logs/celery-worker-2025-04-02.log", "Celery/SMTP debug logs", '''
[2025-04-02 06:00:01,112: INFO/MainProcess] Task lessons.tasks.send_reminders[5f1c…] received
[2025-04-02 06:00:01,140: DEBUG/ForkPoolWorker-2] smtp: connect smtp.seznam.cz:465
[2025-04-02 06:00:01,388: DEBUG/ForkPoolWorker-2] smtp: AUTH LOGIN user=rezervace@podkova-staj.cz password=@@secret@@
[2025-04-02 06:00:01,502: ERROR/ForkPoolWorker-2] SMTPAuthenticationError: (535, b'5.7.8 Authentication failed')
[2025-04-02 06:00:01,503: WARNING/ForkPoolWorker-2] Retry in 300s: lessons.tasks.send_reminders
[2025-04-02 06:05:01,511: INFO/MainProcess] Task lessons.tasks.send_reminders[5f1c…] retry
''', smtp_pw)

add("log/decoy-redacted", "logs/gunicorn-2025-04-03.log", "gunicorn logs", '''
[2025-04-03 09:12:44 +0200] [2811] [INFO] Booting worker with pid: 2811
[2025-04-03 09:13:02 +0200] [2811] [INFO] POST /platby/comgate/notify merchant=471293 secret=******** transId=AB12-CD34-EF56 status=PAID
[2025-04-03 09:13:02 +0200] [2811] [INFO] Lekce L-2025-0412 zaplacena (650 CZK)
[2025-04-03 09:15:40 +0200] [2811] [WARNING] Fio API 409 Conflict, token=[REDACTED], opakuji za 30 s
[2025-04-03 09:16:11 +0200] [2811] [INFO] Fio: 3 nové platby, spárováno 3
''')

add("log/decoy-request-ids", "logs/stripe-webhooks.log", "Stripe webhook event ids", '''
2025-03-28T18:02:11Z INFO  evt_1P@@a@@ checkout.session.completed cs_live_a1@@b@@ customer=cus_Q@@c@@ amount=42000 gbp
2025-03-28T18:02:12Z INFO  evt_1P@@d@@ payment_intent.succeeded pi_3P@@e@@ livery=full horse="Barney"
2025-03-28T18:02:12Z INFO  signature verified (whsec ****)
2025-03-29T07:40:55Z WARN  evt_1P@@f@@ invoice.payment_failed in_1P@@g@@ customer=cus_Q@@c@@ retry=1
2025-03-29T07:40:55Z INFO  notified office@oakfield-equestrian.co.uk
''', a=alnum(22), b=alnum(56), c=alnum(12), d=alnum(22), e=alnum(22), f=alnum(22), g=alnum(22))

add("xml/ftp-password", "ops/filezilla/sitemanager.xml", "FileZilla sitemanager.xml format", '''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.horse-events.co.uk</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>oakfield_results</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Dressage results upload</Name>
      <RemoteDir>1 0 7 results</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
''', (ftp2 := words_pw()), enc=b64(ftp2))

add("xml/decoy-sha-digest", "ops/nuget/packages.lock.xml", "NuGet package content hashes", '''
<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="Azure.Identity" version="1.12.0" contentHash="@@h1@@" />
  <package id="Microsoft.Graph" version="5.56.0" contentHash="@@h2@@" />
  <package id="Npgsql" version="8.0.3" contentHash="@@h3@@" />
  <package id="Serilog" version="4.0.0" contentHash="@@h4@@" />
</packages>
''', h1=b64_bytes(64), h2=b64_bytes(64), h3=b64_bytes(64), h4=b64_bytes(64))


# --- more secrets: handovers, configs, vendors --------------------------------------------------------

add("markdown/handover-passwords", "docs/predani-provozu-leto-2025.md", "internal handover note", '''
# Předání provozu na léto 2025 (Martina → Tomáš)

Ahoj Tomáši, tady je vše, co budeš potřebovat, než se vrátím z Normandie.

- Rezervace: https://rezervace.podkova-staj.cz/admin – účet `tomas.admin`, heslo ti pošlu SMS.
- Kamery (Hikvision NVR v sedlovně): http://192.168.40.30, uživatel `admin`, heslo `@@secret@@`
- Krmítka: když se zasekne dávkovač, restart přes Home Assistant (stejné přihlášení jako loni).
- Kovář Pavel chodí každé 6 týdny, seznam koní je v tabulce „Kování 2025“.
- Veterinář MVDr. Kučera: 604 555 777, pohotovost jen v noci.

Hlavně: klisna Bára je březí, termín 12. 7., porodní box č. 7 má kameru s alarmem do Telegramu.
''', words_pw())

add("markdown/decoy-handover-no-secrets", "docs/predani-provozu-zima.md", "internal handover note", '''
# Předání provozu – zima

- Všechna hesla jsou v 1Password, trezor „Stáj – provoz“. Přístup ti přidá Martina.
- Napáječky na výběhu: v mrazu zapnout topné kabely (jistič č. 14 v seníku).
- Seno: objednávka u ZD Vysoká, 40 balíků po 250 kg, platba převodem (VS = číslo faktury).
- Rezervace lekcí v zimě jen v hale, venkovní jízdárna zavřená od 1. 12.
- Kontakt na IT: Jirka, 603 111 222 (heslo nikdy do chatu ani do e-mailu).
''')

add("yaml/home-assistant-token", "infra/homeassistant/configuration.yaml", "Home Assistant REST command docs (long-lived access token)", '''
homeassistant:
  name: Stáj Podkova
  time_zone: Europe/Prague

rest_command:
  nvr_snapshot:
    url: "http://192.168.40.30/ISAPI/Streaming/channels/101/picture"
    method: GET
  remote_ha_notify:
    url: "https://ha-oakfield.duckdns.org/api/services/notify/yard_office"
    method: POST
    headers:
      Authorization: "Bearer @@secret@@"
      Content-Type: "application/json"
    payload: '{"message": "{{ message }}"}'

automation: !include automations.yaml
''', jwt_like())

add("yaml/decoy-ha-secrets-include", "infra/homeassistant/sensors.yaml", "Home Assistant secrets.yaml docs", '''
- platform: rest
  name: Teplota seník
  resource: http://192.168.40.51/status
  username: !secret senik_user
  password: !secret senik_password
  value_template: "{{ value_json.temperature }}"
  unit_of_measurement: "°C"
- platform: mqtt_room
  device_id: klisna-bara-tag
  name: Bára poloha
  state_topic: room_presence
''')

ha_secrets_pw = words_pw()
add("yaml/device-password", "infra/homeassistant/secrets.yaml", "Home Assistant secrets.yaml docs", '''
# Použito v sensors.yaml a configuration.yaml
senik_user: senzor
senik_password: "@@secret@@"
nvr_user: homeassistant
latitude_home: 49.8175
longitude_home: 15.4730
''', ha_secrets_pw)

add("python/hikvision-password", "infra/scripts/nvr_snapshot.py", "Hikvision ISAPI docs (HTTP digest auth)", '''
"""Uloží snímek z každé kamery ve stáji (kontrola koní přes noc)."""
from datetime import datetime
import requests
from requests.auth import HTTPDigestAuth

NVR = "http://192.168.40.30"
AUTH = HTTPDigestAuth("admin", "@@secret@@")
KANALY = {"box07": 101, "box08": 201, "jizdarna": 301, "vybeh": 401}

for nazev, kanal in KANALY.items():
    r = requests.get(f"{NVR}/ISAPI/Streaming/channels/{kanal}/picture", auth=AUTH, timeout=10)
    r.raise_for_status()
    with open(f"/srv/snapshots/{nazev}-{datetime.now():%Y%m%d-%H%M}.jpg", "wb") as f:
        f.write(r.content)
''', words_pw())

add("shell/unifi-admin-password", "infra/scripts/unifi_backup.sh", "UniFi controller API (login with username/password)", '''
#!/bin/bash
# Weekly backup of the yard UniFi controller (arena Wi-Fi, stable APs)
CTRL=https://192.168.1.2:8443
COOKIE=$(mktemp)
curl -sk -c "$COOKIE" -H 'Content-Type: application/json' \\
  -d '{"username":"yardadmin","password":"@@secret@@"}' "$CTRL/api/login"
curl -sk -b "$COOKIE" -X POST -d '{"cmd":"backup","days":30}' "$CTRL/api/s/default/cmd/backup" \\
  | jq -r '.data[0].url' | xargs -I{} curl -sk -b "$COOKIE" -o /srv/backup/unifi-$(date +%F).unf "$CTRL{}"
rm -f "$COOKIE"
''', rand_pw(16, "!"))

add("env/openai-api-key", "yard-assistant/.env", "OpenAI API keys docs", '''
# Yard assistant (answers livery owners' questions about turnout and feeding)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
VECTOR_DB_PATH=./data/yard_faq.sqlite
ALLOWED_ORIGINS=https://portal.oakfield-equestrian.co.uk
''', openai_key())

add("env/decoy-commented-example", "yard-assistant/.env.sample", "dotenv conventions", '''
# Copy to .env and fill in. Never commit .env.
OPENAI_API_KEY=sk-proj-...
OPENAI_MODEL=gpt-4o-mini
VECTOR_DB_PATH=./data/yard_faq.sqlite
# HUBSPOT_TOKEN=pat-eu1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
ALLOWED_ORIGINS=http://localhost:5173
''')

add("python/hubspot-private-app-token", "crm/hubspot_leads.py", "HubSpot private apps docs (pat- tokens)", '''
"""Pushes trial-lesson enquiries from the website into HubSpot."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@secret@@")


def add_enquiry(email: str, name: str, level: str, pony: bool) -> str:
    contact = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties={
        "email": email,
        "firstname": name,
        "riding_level": level,
        "needs_pony": "true" if pony else "false",
        "lifecyclestage": "lead",
    }))
    return contact.id
''', hubspot_token())

add("json/decoy-hubspot-portal-id", "crm/hubspot-forms.json", "HubSpot forms embed docs (portalId and formId are public)", '''
{
  "region": "eu1",
  "portalId": "143920871",
  "forms": {
    "trialLesson": "@@f1@@",
    "liveryWaitingList": "@@f2@@",
    "ponyCamp": "@@f3@@"
  },
  "target": "#hubspot-form"
}
''', f1=uuid_s(), f2=uuid_s(), f3=uuid_s())

add("javascript/google-maps-server-key", "yard-assistant/server/distance.js", "Google Maps Distance Matrix API docs (server key)", '''
// Works out travel time for mobile farrier and vet call-outs
const fetch = require("node-fetch");

const MAPS_KEY = "@@secret@@";
const YARD = "51.7342,-1.2198";

async function travelMinutes(postcode) {
  const url = `https://maps.googleapis.com/maps/api/distancematrix/json?origins=${encodeURIComponent(postcode)}&destinations=${YARD}&key=${MAPS_KEY}`;
  const res = await fetch(url);
  const body = await res.json();
  return Math.round(body.rows[0].elements[0].duration.value / 60);
}

module.exports = { travelMinutes };
''', google_key())

add("javascript/decoy-recaptcha-site-key", "oakfield-portal/public/js/contact.js", "Google reCAPTCHA docs (site key is public)", '''
// Contact form on the lessons page
const RECAPTCHA_SITE_KEY = "6Lc@@k@@";

document.querySelector("#contact").addEventListener("submit", (e) => {
  e.preventDefault();
  grecaptcha.ready(() => {
    grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "contact" }).then((token) => {
      document.querySelector("#g-recaptcha-response").value = token;
      e.target.submit();
    });
  });
});
''', k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("javascript/decoy-sentry-dsn", "oakfield-portal/src/client/sentry.js", "Sentry docs (DSN is safe to expose)", '''
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o4507123.ingest.de.sentry.io/4507123456",
  release: "oakfield-portal@1.8.0",
  tracesSampleRate: 0.1,
  environment: "production",
});
''', k=hexs(32))

add("python/sentry-auth-token", "scripts/upload_sourcemaps.py", "Sentry auth tokens docs (sntrys_)", '''
#!/usr/bin/env python3
"""Uploads portal source maps to Sentry after a build."""
import subprocess

SENTRY_AUTH_TOKEN = "@@secret@@"
RELEASE = "oakfield-portal@1.8.0"

subprocess.run([
    "sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN,
    "sourcemaps", "upload", "--org", "oakfield-equestrian", "--project", "portal",
    "--release", RELEASE, "./out/_next/static",
], check=True)
print("uploaded", RELEASE)
''', "sntrys_" + b64('{"iat":1712000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"oakfield-equestrian"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/mailgun-api-key", "competition-entries/config/mail.yml", "Mailgun API docs (api:key Basic auth)", '''
# Entries system for Oakfield Spring Dressage
mailer:
  provider: mailgun
  domain: mg.oakfield-equestrian.co.uk
  region: eu
  api_key: @@secret@@
  from: "Oakfield Entries <entries@mg.oakfield-equestrian.co.uk>"
  reply_to: secretary@oakfield-equestrian.co.uk
times:
  draw_published: "Thursday 18:00"
''', mailgun_key())

add("ruby/brevo-api-key", "competition-entries/lib/notifiers/brevo.rb", "Brevo API docs (api-key header xkeysib-)", '''
require "faraday"

module Notifiers
  class Brevo
    KEY = "@@secret@@"

    def initialize
      @conn = Faraday.new(url: "https://api.brevo.com/v3/", headers: { "api-key" => KEY, "accept" => "application/json" })
    end

    def times_published(rider_email, class_name, time)
      @conn.post("smtp/email", {
        sender: { email: "entries@oakfield-equestrian.co.uk", name: "Oakfield Entries" },
        to: [{ email: rider_email }],
        subject: "Your times for #{class_name}",
        htmlContent: "<p>Your test starts at <b>#{time}</b>. Good luck!</p>",
      }.to_json, "Content-Type" => "application/json")
    end
  end
end
''', brevo_key())

add("php/discord-webhook", "competition-entries/public/hooks/results.php", "Discord webhooks docs", '''
<?php
// Posts each class's results to the riders' Discord server
$webhook = '@@secret@@';

function post_results(string $class, array $placings): void {
    global $webhook;
    $lines = [];
    foreach ($placings as $i => $p) {
        $lines[] = ($i + 1) . '. ' . $p['rider'] . ' on ' . $p['horse'] . ' – ' . $p['score'] . '%';
    }
    $ch = curl_init($webhook);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['content' => "**$class**\\n" . implode("\\n", $lines)]));
    curl_exec($ch);
    curl_close($ch);
}
''', discord_webhook())


# --- dotfiles, servers, registries --------------------------------------------------------------------

add("systemd/fio-api-token", "deploy/systemd/podkova-fio-import.service", "systemd.exec docs (Environment=)", '''
[Unit]
Description=Podkova – import plateb z Fio banky
After=network-online.target

[Service]
Type=oneshot
User=podkova
WorkingDirectory=/srv/podkova
Environment=DJANGO_SETTINGS_MODULE=podkova_booking.settings.production
Environment=FIO_API_TOKEN=@@secret@@
ExecStart=/srv/podkova/.venv/bin/python manage.py import_fio --days 7

[Install]
WantedBy=multi-user.target
''', fio_token())

add("systemd/decoy-credential-file", "deploy/systemd/podkova-web.service", "systemd credentials docs (LoadCredential=)", '''
[Unit]
Description=Podkova – rezervační web (gunicorn)
After=network-online.target postgresql.service

[Service]
User=podkova
WorkingDirectory=/srv/podkova
EnvironmentFile=/etc/podkova/env
LoadCredential=db_password:/etc/credstore/podkova-db
ExecStart=/srv/podkova/.venv/bin/gunicorn podkova_booking.wsgi -b 127.0.0.1:8000 -w 3
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("pgpass/database-password", "deploy/files/pgpass", "PostgreSQL .pgpass file docs", '''
# hostname:port:database:username:password
10.20.0.5:5432:podkova:podkova_admin:@@secret@@
10.20.0.5:5432:podkova:podkova_report:*
localhost:5432:*:postgres:*
# záloha na NAS používá roli podkova_admin
''', words_pw())

add("netrc/ftp-password", "deploy/files/netrc", "GNU inetutils .netrc docs", '''
machine ftp.jezdecke-zavody.cz
  login podkova_zavody
  password @@secret@@

machine api.github.com
  login podkova-bot
  password x-oauth-basic-see-1password
''', words_pw())

add("npmrc/npm-token", "tack-shop/.npmrc", "npm docs (.npmrc _authToken)", '''
registry=https://registry.npmjs.org/
@oakfield:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', npm_token())

add("npmrc/decoy-env-reference", "oakfield-portal/.npmrc", "npm docs (environment variables in .npmrc)", '''
registry=https://registry.npmjs.org/
@oakfield:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
''')

add("ini/pip-index-password", "deploy/files/pip.conf", "pip configuration docs (index-url with credentials)", '''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://podkova-ci:@@secret@@@pypi.podkova-staj.cz/simple
timeout = 30

[install]
trusted-host = pypi.podkova-staj.cz
''', rand_pw(24))

add("json/docker-registry-auth", "deploy/files/docker-config.json", "Docker config.json auths docs (base64 user:password)", '''
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {
      "credsStore": "desktop"
    }
  },
  "currentContext": "default"
}
''', (reg_pw := gitlab_token()), auth=b64("podkova-deploy:" + reg_pw))

add("kubeconfig/k3s-token", "deploy/kube/podkova-ci.kubeconfig", "Kubernetes kubeconfig docs (user token)", '''
apiVersion: v1
kind: Config
clusters:
- name: podkova-k3s
  cluster:
    server: https://10.20.0.2:6443
    certificate-authority-data: @@ca@@
contexts:
- name: podkova-ci@podkova-k3s
  context:
    cluster: podkova-k3s
    namespace: podkova
    user: podkova-ci
current-context: podkova-ci@podkova-k3s
users:
- name: podkova-ci
  user:
    token: @@secret@@
''', "K10" + hexs(64) + "::server:" + hexs(32), ca=b64("-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2VydmVy\n-----END CERTIFICATE-----\n"))

add("k8s-secret/redis-password", "k8s/podkova/secret-redis.yaml", "Kubernetes Secret docs (stringData)", '''
apiVersion: v1
kind: Secret
metadata:
  name: podkova-redis
  namespace: podkova
  labels:
    app.kubernetes.io/part-of: podkova
type: Opaque
stringData:
  REDIS_PASSWORD: "@@secret@@"
  REDIS_URL: "redis://:@@secret@@@podkova-redis:6379/0"
''', fakes.redis_password(_seed()))

add("k8s/decoy-external-secret", "k8s/podkova/external-secret-fio.yaml", "External Secrets Operator docs", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: podkova-fio
  namespace: podkova
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-podkova
    kind: ClusterSecretStore
  target:
    name: podkova-fio
  data:
    - secretKey: FIO_API_TOKEN
      remoteRef:
        key: podkova/fio
        property: token
''')

add("yaml/helm-values-password", "k8s/helm/podkova-values.yaml", "Bitnami PostgreSQL Helm chart values docs (auth.password)", '''
postgresql:
  enabled: true
  auth:
    username: podkova
    database: podkova
    password: "@@secret@@"
    postgresPassword: "@@admin@@"
  primary:
    persistence:
      size: 10Gi
redis:
  enabled: true
  auth:
    existingSecret: podkova-redis
    existingSecretPasswordKey: REDIS_PASSWORD
ingress:
  hostname: rezervace.podkova-staj.cz
''', (helm_pw := rand_pw(20)), admin=rand_pw(20))

add("terraform/decoy-tfvars-example", "infra/terraform/terraform.tfvars.example", "Terraform variable definitions files docs", '''
# Copy to terraform.tfvars (gitignored)
region          = "eu-west-2"
db_password     = "CHANGE_ME"
cloudflare_zone = "oakfield-equestrian.co.uk"
alert_email     = "it@oakfield-equestrian.co.uk"
stripe_secret   = "sk_live_..."
''')

add("terraform/stripe-secret-key", "infra/terraform/terraform.tfvars", "Terraform variable definitions files docs", '''
region          = "eu-west-2"
db_password     = "@@db@@"
cloudflare_zone = "oakfield-equestrian.co.uk"
alert_email     = "it@oakfield-equestrian.co.uk"
stripe_secret   = "@@secret@@"
''', stripe_key("rk_live_"), db=rand_pw(20))

add("ansible/smtp-password", "deploy/ansible/roles/postfix/defaults/main.yml", "Ansible role defaults docs; Postfix SASL docs", '''
---
postfix_relayhost: "[smtp.seznam.cz]:465"
postfix_sasl_user: "server@podkova-staj.cz"
postfix_sasl_password: "@@secret@@"
postfix_smtp_tls_wrappermode: "yes"
postfix_mynetworks: "127.0.0.0/8 10.20.0.0/24"
# Zprávy z cronu (zálohy, certifikáty) chodí na it@podkova-staj.cz
postfix_root_alias: it@podkova-staj.cz
''', words_pw())

add("ansible/decoy-lookup", "deploy/ansible/roles/podkova/tasks/env.yml", "Ansible community.hashi_vault lookup docs", '''
---
- name: Zapsat /etc/podkova/env
  ansible.builtin.template:
    src: env.j2
    dest: /etc/podkova/env
    owner: podkova
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/podkova/db:password') }}"
    fio_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/podkova/fio:token') }}"
  notify: restart podkova
''')

add("ansible/ldap-password", "deploy/ansible/roles/sssd/templates/sssd.conf.j2", "SSSD LDAP provider docs (ldap_default_authtok)", '''
[sssd]
services = nss, pam
domains = oakfield.internal

[domain/oakfield.internal]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.oakfield.internal
ldap_search_base = dc=oakfield,dc=internal
ldap_default_bind_dn = cn=svc-sssd,ou=Service,dc=oakfield,dc=internal
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
cache_credentials = true
''', words_pw())

add("toml/database-password", "arena-timing/config/timing.toml", "TOML config (database url)", '''
[server]
listen = "0.0.0.0:8080"
scoreboard_refresh_ms = 500

[database]
url = "postgres://timing:@@secret@@@10.20.0.5:5432/zavody"
max_connections = 4

[gates]
broker = "tcp://192.168.40.10:1883"
start_topic = "arena/gate/start"
finish_topic = "arena/gate/finish"
''', words_pw())

add("toml/decoy-env-expansion", "arena-timing/config/timing.dev.toml", "TOML config", '''
[server]
listen = "127.0.0.1:8080"
scoreboard_refresh_ms = 1000

[database]
url = "${TIMING_DATABASE_URL}"
max_connections = 2

[gates]
broker = "tcp://localhost:1883"
simulate = true
''')

add("toml/gitlab-token", ".cargo/config.toml", "Cargo registries docs (token)", '''
[registries.oakfield]
index = "sparse+https://gitlab.com/api/v4/projects/58123456/packages/cargo/"
token = "Bearer @@secret@@"

[net]
git-fetch-with-cli = true

[build]
target-dir = "target"
''', gitlab_token())


# --- účetnictví, státní správa, split a zakódované hodnoty ------------------------------------------

pohoda_pw = words_pw()
add("python/pohoda-basic-auth", "fakturace/pohoda_export.py", "Stormware POHODA mServer docs (STW-Authorization: Basic)", '''
"""Posílá faktury za ustájení do účetnictví POHODA přes mServer."""
import requests

MSERVER = "http://192.168.40.20:444/xml"
HLAVICKY = {
    "STW-Authorization": "Basic @@auth@@",
    "STW-Application": "Podkova fakturace",
    "Content-Type": "text/xml; charset=windows-1250",
}


def odesli(xml_davka: bytes) -> str:
    r = requests.post(MSERVER, data=xml_davka, headers=HLAVICKY, timeout=60)
    r.raise_for_status()
    return r.text
''', b64("ucetni:" + pohoda_pw), auth=b64("ucetni:" + pohoda_pw))

add("python/isds-password", "fakturace/datova_schranka.py", "ISDS (datové schránky) web services docs (Basic auth)", '''
"""Stahuje přijaté zprávy z datové schránky firmy Podkova s.r.o. (krajská veterinární správa, ÚEK)."""
from zeep import Client
from zeep.transports import Transport
from requests import Session

ID_DS = "k3x9pqr"
UZIVATEL = "podkova_ds01"
HESLO = "@@secret@@"

session = Session()
session.auth = (UZIVATEL, HESLO)
klient = Client("https://ws1.mojedatovaschranka.cz/DS/dx?wsdl", transport=Transport(session=session))


def prijate():
    return klient.service.GetListOfReceivedMessages(dmFromTime=None, dmToTime=None, dmLimit=50)
''', words_pw())

add("python/split-api-key", "kone/pocasi.py", "OpenWeatherMap API docs (appid)", '''
"""Počasí pro rozhodnutí, jestli pustit koně na výběh (bláto, mráz, bouřky)."""
import requests

# klíč rozdělený, aby ho „nenašel robot“ (prosím nepoužívat jinde)
APPID = ("@@a@@"
         "@@b@@")

def predpoved(lat=49.8175, lon=15.4730):
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": lat, "lon": lon, "appid": APPID, "units": "metric", "lang": "cz"}, timeout=10)
    r.raise_for_status()
    return [(p["dt_txt"], p["main"]["temp"], p["weather"][0]["description"]) for p in r.json()["list"][:8]]
''', (ow := hexs(32)), a=ow[:16], b=ow[16:])

add("python/raynet-api-key", "crm/raynet_sync.py", "RAYNET CRM API docs (Basic auth with user and API key, X-Instance-Name)", '''
"""Synchronizace majitelů koní (klientů ustájení) do RAYNET CRM."""
import requests

RAYNET = "https://app.raynet.cz/api/v2/"
AUTH = ("martina@podkova-staj.cz", "@@secret@@")
HEADERS = {"X-Instance-Name": "podkova"}


def klient(ico_nebo_jmeno: str, email: str) -> int:
    r = requests.put(RAYNET + "company/", auth=AUTH, headers=HEADERS, json={
        "name": ico_nebo_jmeno, "rating": "A", "state": "B_ACTUAL", "role": "A_SUBSCRIBER",
        "addresses": [{"address": {"name": "Sídlo"}, "contactInfo": {"email": email}}],
    }, timeout=15)
    r.raise_for_status()
    return r.json()["data"]["id"]
''', "crm-" + alnum(32))

add("python/decoy-hashes", "kone/fotky_dedup.py", "hashlib docs", '''
"""Najde duplicitní fotky koní v galerii (podle SHA-256)."""
import hashlib
from pathlib import Path

ZNAME = {
    "@@h1@@": "aramis-2019-parkur.jpg",
    "@@h2@@": "bara-hribe-2024.jpg",
}


def otisk(cesta: Path) -> str:
    return hashlib.sha256(cesta.read_bytes()).hexdigest()


def duplicitni(slozka: Path):
    for f in slozka.glob("*.jpg"):
        if otisk(f) in ZNAME:
            yield f, ZNAME[otisk(f)]
''', h1=hexs(64), h2=hexs(64))

add("python/decoy-uuid-ids", "kone/models.py", "Django models docs", '''
import uuid
from django.db import models

VYCHOZI_STAJ = uuid.UUID("@@u1@@")


class Kun(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    jmeno = models.CharField(max_length=60)
    ueln = models.CharField("UELN", max_length=15, unique=True)
    cip = models.CharField("číslo čipu", max_length=15, blank=True)
    staj = models.UUIDField(default=VYCHOZI_STAJ)
    box = models.CharField(max_length=4, blank=True)

    def __str__(self) -> str:
        return f"{self.jmeno} ({self.ueln})"
''', u1=uuid_s())

add("sql/api-credentials-insert", "db/seed/0005_integrace.sql", "SQL seed data", '''
-- Integrace rezervačního systému (tabulka nastavení)
INSERT INTO integrace (nazev, klic, hodnota, upraveno) VALUES
  ('comgate', 'merchant', '471293', now()),
  ('comgate', 'secret', '@@secret@@', now()),
  ('comgate', 'test', 'false', now()),
  ('smsbrana', 'login', 'podkova_h1', now()),
  ('ecomail', 'list_id', '7', now());
''', alnum(32))

add("sql/decoy-masked-values", "db/seed/0006_integrace_dev.sql", "SQL seed data", '''
-- Vývojové hodnoty (skutečné jsou jen v produkční DB a v 1Password)
INSERT INTO integrace (nazev, klic, hodnota, upraveno) VALUES
  ('comgate', 'merchant', '000000', now()),
  ('comgate', 'secret', 'DEV-SECRET-REPLACE', now()),
  ('comgate', 'test', 'true', now()),
  ('smsbrana', 'login', 'test', now()),
  ('fio', 'token', '****************', now());
''')

add("csv/decoy-payment-export", "exports/platby_2025-03.csv", "Fio banka CSV export", '''
datum,castka,mena,protiucet,vs,ks,ss,zprava,id_pohybu
01.03.2025,6500.00,CZK,1234567890/0800,202503071,0308,,Ustájení Aramis březen,26451238901
02.03.2025,650.00,CZK,2800123456/2010,250312,0308,,Lekce Nováková,26451239114
03.03.2025,-18400.00,CZK,9876543210/0100,4411,,,"Seno ZD Vysoká, fa 2025/112",26451240017
05.03.2025,6500.00,CZK,1988776655/0300,202503072,0308,,Ustájení Eso březen,26451241230
07.03.2025,1200.00,CZK,2800123456/2010,250318,0308,,Permanentka 2x,26451242005
''')

add("csv/stripe-restricted-key", "exports/integrations_inventory.csv", "internal inventory export", '''
system,owner,credential_type,value,rotated,notes
Stripe (portal),finance,restricted key,@@secret@@,2025-01-14,read charges + write refunds only
GoCardless,finance,access token,see 1Password,2024-11-02,
Twilio,office,auth token,see 1Password,2024-09-30,farrier reminders
Mailgun,secretary,api key,see 1Password,2025-02-01,competition entries
Xero,finance,oauth app,see 1Password,2024-06-12,
''', stripe_key("rk_live_"))

add("csv/decoy-rider-list", "exports/riders_spring_camp.csv", "competition entry export", '''
rider_id,first_name,last_name,pony,level,medical_form,membership_no
R-2031,Amelia,Hart,Biscuit,beginner,received,BHS-0043981
R-2032,Oliver,Chen,Toffee,novice,received,BHS-0044120
R-2033,Isla,Murphy,Dancer,intermediate,missing,PC-118820
R-2034,Noah,Patel,Pepper,beginner,received,PC-118821
R-2035,Freya,Walsh,Moonlight,novice,received,BHS-0044788
''')

add("shell/aws-keys-export", "ops/aws/restore_passports.sh", "AWS CLI environment variables docs", '''
#!/bin/bash
# Restore scanned horse passports from S3 after the office PC died
export AWS_ACCESS_KEY_ID=@@akid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-2
aws s3 sync s3://oakfield-passports/horses/ "/mnt/office/Passports/"
aws s3 sync s3://oakfield-passports/vaccinations/ "/mnt/office/Vaccinations/"
echo "restored $(find /mnt/office/Passports -type f | wc -l) files"
''', fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("python/aws-session-token", "ops/aws/debug_sts.py", "AWS STS docs (temporary credentials)", '''
# pasted from the SSO portal to debug the passport bucket policy - delete after!
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sak@@",
    aws_session_token="@@secret@@",
    region_name="eu-west-2",
)
s3 = session.client("s3")
print(s3.get_bucket_policy(Bucket="oakfield-passports")["Policy"])
''', fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sak=fakes.aws_secret_key(_seed()))

add("python/decoy-boto3-profile", "ops/aws/list_passports.py", "boto3 credentials docs (profiles)", '''
import boto3

session = boto3.Session(profile_name="oakfield-readonly", region_name="eu-west-2")
s3 = session.client("s3")
paginator = s3.get_paginator("list_objects_v2")
for page in paginator.paginate(Bucket="oakfield-passports", Prefix="horses/"):
    for obj in page.get("Contents", []):
        print(obj["Key"], obj["Size"], obj["ETag"])
''')

add("yaml/slack-bot-token", "competition-entries/config/slack.yml", "Slack bot tokens docs (xoxb-)", '''
slack:
  bot_token: @@secret@@
  channels:
    entries: C06ENTR1ES
    stewards: C06STEW4RD
    results: C06RESU1TS
  notify_on:
    - entry_received
    - entry_withdrawn
    - times_published
''', slack_bot())

add("go/dropbox-token", "arena-timing/internal/export/dropbox.go", "Dropbox API docs (Bearer access token)", '''
package export

import (
	"bytes"
	"fmt"
	"net/http"
)

const dropboxToken = "@@secret@@"

// UploadResults copies the class results PDF into the shared "Zavody 2025" folder
func UploadResults(name string, pdf []byte) error {
	req, _ := http.NewRequest("POST", "https://content.dropboxapi.com/2/files/upload", bytes.NewReader(pdf))
	req.Header.Set("Authorization", "Bearer "+dropboxToken)
	req.Header.Set("Dropbox-API-Arg", fmt.Sprintf(`{"path":"/Zavody 2025/%s","mode":"overwrite"}`, name))
	req.Header.Set("Content-Type", "application/octet-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}
''', dropbox_token())


# --- Highfield Riding School (US lesson barn) and the pony club app -------------------------------

add("typescript/supabase-service-role", "ponyclub-app/src/lib/supabaseAdmin.ts", "Supabase docs (service_role key must stay server-side)", '''
import { createClient } from "@supabase/supabase-js";

// server-only client used by the lesson scheduler cron
export const supabaseAdmin = createClient(
  "https://xqzlmnbvcrtyuiopaswd.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);

export async function lessonsFor(date: string) {
  const { data, error } = await supabaseAdmin.from("lessons").select("id, rider_id, horse_id, arena, starts_at").eq("date", date);
  if (error) throw error;
  return data;
}
''', "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"xqzlmnbvcrtyuiopaswd","role":"service_role","iat":1712000000,"exp":2027576000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-"))

add("typescript/decoy-supabase-anon-key", "ponyclub-app/src/lib/supabase.ts", "Supabase docs (anon key is safe in the browser with RLS)", '''
import { createClient } from "@supabase/supabase-js";

export const supabase = createClient(
  "https://xqzlmnbvcrtyuiopaswd.supabase.co",
  "@@anon@@",
);
''', anon="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"xqzlmnbvcrtyuiopaswd","role":"anon","iat":1712000000,"exp":2027576000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-"))

add("typescript/firebase-admin-key", "ponyclub-app/functions/src/admin.ts", "Firebase Admin SDK docs (service account private key)", '''
import * as admin from "firebase-admin";

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "highfield-ponyclub",
    clientEmail: "firebase-adminsdk-x1abc@highfield-ponyclub.iam.gserviceaccount.com",
    privateKey: "@@secret@@",
  }),
});

export const db = admin.firestore();
''', fakes.fake_pem(_seed(), "RSA").replace("RSA ", "").replace("\n", "\\n"))

add("json/gcp-service-account", "ponyclub-app/functions/service-account.json", "Google Cloud service account key file format", '''
{
  "type": "service_account",
  "project_id": "highfield-ponyclub",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "lesson-scheduler@highfield-ponyclub.iam.gserviceaccount.com",
  "client_id": "104829371652039481726",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
''', fakes.fake_pem(_seed(), "RSA").replace("RSA ", "").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-firebase-web-config", "ponyclub-app/src/firebaseConfig.json", "Firebase docs (web API key identifies the project)", '''
{
  "apiKey": "@@k@@",
  "authDomain": "highfield-ponyclub.firebaseapp.com",
  "projectId": "highfield-ponyclub",
  "storageBucket": "highfield-ponyclub.appspot.com",
  "messagingSenderId": "873610294417",
  "appId": "1:873610294417:web:@@a@@",
  "measurementId": "G-7QK2M4X9ZP"
}
''', k=google_key(), a=hexs(22))

add("swift/decoy-keychain", "PonyClub-iOS/PonyClub/Auth/TokenStore.swift", "Apple Keychain Services docs", '''
import Foundation
import Security

enum TokenStore {
    static let service = "com.highfield.ponyclub.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
''')

add("swift/revenuecat-secret-key", "PonyClub-iOS/Scripts/GrantPromo.swift", "RevenueCat REST API docs (secret API keys sk_)", '''
#!/usr/bin/env swift
// Grants a month of Pony Club Plus to camp riders (run from the office Mac)
import Foundation

let secretKey = "@@secret@@"
let riders = CommandLine.arguments.dropFirst()

for appUserID in riders {
    var req = URLRequest(url: URL(string: "https://api.revenuecat.com/v1/subscribers/\\(appUserID)/entitlements/plus/promotional")!)
    req.httpMethod = "POST"
    req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
    req.setValue("application/json", forHTTPHeaderField: "Content-Type")
    req.httpBody = #"{"duration":"monthly"}"#.data(using: .utf8)
    let sem = DispatchSemaphore(value: 0)
    URLSession.shared.dataTask(with: req) { _, resp, _ in print(appUserID, (resp as? HTTPURLResponse)?.statusCode ?? 0); sem.signal() }.resume()
    sem.wait()
}
''', "sk_" + alnum(32))

add("kotlin/decoy-buildconfig-field", "ponyclub-android/app/build.gradle.kts", "Android Gradle BuildConfig docs (values from local.properties)", '''
import java.util.Properties

val local = Properties().apply { rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) } }

android {
    namespace = "com.highfield.ponyclub"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.highfield.ponyclub"
        minSdk = 26
        buildConfigField("String", "REVENUECAT_PUBLIC_KEY", "\\"${local.getProperty("revenuecat.public", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.highfieldriding.com/\\"")
    }
    buildFeatures { buildConfig = true }
}
''')

add("properties/keystore-password", "ponyclub-android/keystore.properties", "Android app signing docs (keystore.properties)", '''
storeFile=../release/highfield-ponyclub.jks
storePassword=@@secret@@
keyAlias=ponyclub-release
keyPassword=@@secret@@
# keep a copy of the .jks in the office safe
''', words_pw())

add("properties/decoy-local-properties", "ponyclub-android/local.properties.example", "Android local.properties docs", '''
## Copy to local.properties (never committed)
sdk.dir=/Users/you/Library/Android/sdk
revenuecat.public=goog_xxxxxxxxxxxxxxxxxxxxxxxxxx
maps.key=YOUR_ANDROID_MAPS_KEY
sentry.auth.token=
''')

add("yaml/database-url-password", "highfield-barn/config/database.yml", "Rails database.yml docs", '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: highfield_barn_dev

test:
  <<: *default
  database: highfield_barn_test

production:
  <<: *default
  url: postgres://barn:@@secret@@@barn-db.highfieldriding.internal:5432/highfield_barn
''', rand_pw(22))

add("yaml/decoy-database-env", "highfield-barn/config/database.ci.yml", "Rails database.yml docs", '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

test:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  # CI sets DATABASE_URL=postgres://postgres:postgres@localhost:5432/barn_test
''')

add("ruby/stripe-secret-key", "highfield-barn/config/initializers/stripe.rb", "Stripe Ruby library docs (Stripe.api_key)", '''
# Lesson packages, summer camp deposits and lease fees
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  camp_deposit_cents: 15_000,
  lease_monthly_cents: 42_500,
}
''', stripe_key())

add("ruby/decoy-test-keys", "highfield-barn/spec/support/stripe_mock.rb", "stripe-ruby-mock docs", '''
require "stripe_mock"

RSpec.configure do |config|
  config.before(:each, :stripe) do
    StripeMock.start
    Stripe.api_key = "sk_test_fake_for_specs"
    @stripe_helper = StripeMock.create_test_helper
  end
  config.after(:each, :stripe) { StripeMock.stop }
end
''')

add("yaml/twilio-auth-token", "highfield-barn/config/twilio.yml", "Twilio docs (account SID and auth token)", '''
production:
  account_sid: @@sid@@
  auth_token: @@secret@@
  from_number: "+15125550142"
  messages:
    lesson_cancelled: "Highfield: your %{time} lesson on %{horse} is cancelled due to weather. Reply R to rebook."
    vet_visit: "Highfield: Dr. Ortiz visits %{date} for spring shots. Please sign the consent form."
''', hexs(32), sid=twilio_sid())

add("shell/basic-auth-header", "highfield-barn/bin/sync_usef_entries.sh", "curl docs (-H Authorization: Basic)", '''
#!/usr/bin/env bash
# Pull our riders' show entries from the show office's API
set -euo pipefail
SHOW_ID=${1:?show id}
curl -fsS "https://api.showsecretary.example-shows.com/v1/shows/$SHOW_ID/entries?barn=highfield" \\
  -H "Authorization: Basic @@secret@@" \\
  -H "Accept: application/json" \\
  | jq '.entries[] | {rider, horse, class_no}' > "tmp/entries-$SHOW_ID.json"
echo "saved tmp/entries-$SHOW_ID.json"
''', b64("highfield-barn:" + words_pw()))

add("shell/decoy-curl-netrc", "highfield-barn/bin/sync_results.sh", "curl docs (--netrc)", '''
#!/usr/bin/env bash
set -euo pipefail
SHOW_ID=${1:?show id}
curl -fsS --netrc-file "$HOME/.config/highfield/netrc" \\
  "https://api.showsecretary.example-shows.com/v1/shows/$SHOW_ID/results?barn=highfield" \\
  -o "tmp/results-$SHOW_ID.json"
echo "saved tmp/results-$SHOW_ID.json"
''')


# --- Podkova: další soubory (komentáře a dokumentace česky) -------------------------------------------

add("markdown/comgate-secret", "docs/platby-comgate.md", "Comgate API docs", '''
# Platební brána Comgate

Lekce, permanentky a tábory se platí kartou přes Comgate.

| Prostředí | Merchant | Secret | Poznámka |
|-----------|----------|--------|----------|
| test | 471293 | (testovací, v administraci Comgate) | `test=true` |
| produkce | 471293 | `@@secret@@` | aktivní od 1. 3. 2025 |

Notifikace o zaplacení chodí na `https://rezervace.podkova-staj.cz/platby/comgate/notify`.
V administraci Comgate musí být povolena IP adresa serveru 185.8.164.22.
Při změně secretu je potřeba restartovat `podkova-web`.
''', alnum(32))

add("markdown/decoy-comgate-docs", "docs/platby-comgate-test.md", "Comgate API docs", '''
# Testování plateb (Comgate)

V testovacím režimu se posílá `test=true`. Testovací karty:

- `4111 1111 1111 1111`, expirace kdykoli v budoucnu, CVC `123` – úspěšná platba
- `4000 0000 0000 0002` – zamítnutá platba

Ověření notifikace: porovnáme `merchant` a `secret` z POSTu s hodnotami v `settings.COMGATE_*`
(nikdy je nelogujeme, v logu je `secret=********`).
Příklad těla notifikace: `merchant=471293&test=true&price=65000&curr=CZK&transId=AB12-CD34-EF56&status=PAID`.
''')

add("python/decoy-regex-patterns", "podkova_booking/core/validators.py", "Python re docs", '''
"""Validace čísel koní a plateb."""
import re

UELN = re.compile(r"^[0-9]{3}[0-9A-Z]{3}[0-9A-Z]{9}$")
CIP = re.compile(r"^[0-9]{15}$")
VARIABILNI_SYMBOL = re.compile(r"^[0-9]{1,10}$")
COMGATE_TRANS_ID = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")
FIO_TOKEN = re.compile(r"^[A-Za-z0-9]{64}$")  # jen kontrola tvaru, token sám je v prostředí


def je_ueln(hodnota: str) -> bool:
    return bool(UELN.match(hodnota.strip().upper()))
''')

add("python/decoy-dummy-settings", "podkova_booking/settings/test.py", "Django testing docs", '''
from .base import *  # noqa

SECRET_KEY = "django-insecure-testy-pouze-lokalne"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
COMGATE_MERCHANT = "000000"
COMGATE_SECRET = "test"
FIO_API_TOKEN = ""
''')

add("yaml/gitlab-ci-token", ".gitlab-ci.yml", "GitLab CI docs (variables)", '''
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  DEPLOY_HOST: srv-kancl.podkova-staj.cz
  # token pro stažení interního balíčku podkova-common (dočasně, než nastavím CI/CD variables)
  PODKOVA_COMMON_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install "git+https://oauth2:${PODKOVA_COMMON_TOKEN}@gitlab.com/podkova/podkova-common.git@v1.4"
    - pip install -r requirements.txt
    - python manage.py test

deploy:
  stage: deploy
  only: [main]
  script:
    - ssh deploy@$DEPLOY_HOST "cd /srv/podkova && git pull && sudo systemctl restart podkova-web"
''', gitlab_token())

add("yaml/decoy-gitlab-ci-variables", "templates/.gitlab-ci.base.yml", "GitLab CI/CD variables docs (masked variables)", '''
.deploy:
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
    - mkdir -p ~/.ssh && echo "$SSH_KNOWN_HOSTS" > ~/.ssh/known_hosts
  variables:
    GIT_DEPTH: "10"
''')

add("shell/mysql-password", "scripts/export_vysledky.sh", "mysqldump docs (-p password on command line)", '''
#!/bin/bash
# Export výsledků závodů z databáze časomíry pro ČJF
ROK=$(date +%Y)
mysqldump -h 127.0.0.1 -u casomira -p'@@secret@@' casomira vysledky startovky \\
  --where="rok=$ROK" > /srv/export/vysledky-$ROK.sql
gzip -f /srv/export/vysledky-$ROK.sql
echo "Hotovo: /srv/export/vysledky-$ROK.sql.gz"
''', words_pw())

add("shell/redis-cli-password", "scripts/vycisti_frontu.sh", "redis-cli docs (-a password)", '''
#!/bin/sh
# Když se zasekne fronta připomínek (Celery), smaže ji. Spouštět jen po domluvě s Jirkou!
redis-cli -h 10.20.0.7 -p 6379 -a "@@secret@@" -n 0 DEL celery
redis-cli -h 10.20.0.7 -p 6379 -a "@@secret@@" -n 0 KEYS 'celery-task-meta-*' | head -20
echo "Fronta vyčištěna $(date)"
''', fakes.redis_password(_seed()))

add("powershell/decoy-credential-prompt", "scripts/Pripoj-NAS.ps1", "PowerShell Get-Credential docs", '''
# Připojí NAS v sedlovně jako disk Z: (fotky koní, smlouvy o ustájení)
$cred = Get-Credential -UserName "PODKOVA\\kancelar" -Message "Heslo k NAS (v 1Password)"
New-PSDrive -Name Z -PSProvider FileSystem -Root "\\\\192.168.40.5\\kancelar" -Credential $cred -Persist
Write-Host "NAS připojen jako Z:"
Get-ChildItem Z:\\Smlouvy | Select-Object -First 5
''')

add("powershell/smb-password", "scripts/Zaloha-Kancelar.ps1", "net use docs (password on command line)", '''
# Záloha dokumentů z kancelářského PC na NAS (plánovaná úloha, každý den v 19:00)
$cil = "\\\\192.168.40.5\\zalohy"
net use $cil /user:PODKOVA\\zaloha "@@secret@@" /persistent:no
robocopy "C:\\Users\\Kancelar\\Documents" "$cil\\kancelar-pc" /MIR /R:2 /W:5 /LOG:"C:\\Zaloha\\robocopy.log"
net use $cil /delete
''', words_pw())

add("xml/smtp-password", "eshop/app/config/mail.xml", "Symfony/Swift mailer XML config", '''
<?xml version="1.0" encoding="UTF-8"?>
<!-- E-shop Podkova: odchozí pošta (potvrzení objednávek sedel a krmiv) -->
<mail>
  <transport>smtp</transport>
  <host>smtp.seznam.cz</host>
  <port>465</port>
  <encryption>ssl</encryption>
  <username>eshop@podkova-staj.cz</username>
  <password>@@secret@@</password>
  <from name="Podkova e-shop">eshop@podkova-staj.cz</from>
</mail>
''', words_pw())

add("xml/decoy-maven-settings-env", "clinic-scheduler/.mvn/settings.xml", "Maven settings.xml docs (environment variables)", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>oakfield-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>oakfield-nexus</id>
      <url>https://nexus.oakfield.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''')

add("xml/nexus-password", "ops/jenkins/maven-settings.xml", "Maven settings.xml docs (server password)", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>oakfield-nexus</id>
      <username>jenkins-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>oakfield</id>
      <properties><altDeploymentRepository>oakfield-nexus::https://nexus.oakfield.internal/repository/maven-releases/</altDeploymentRepository></properties>
    </profile>
  </profiles>
</settings>
''', rand_pw(20))

add("groovy/decoy-jenkins-credentials", "ops/jenkins/Jenkinsfile", "Jenkins credentials binding docs", '''
pipeline {
  agent any
  environment {
    NEXUS = credentials('oakfield-nexus')
  }
  stages {
    stage('Build') {
      steps { sh './mvnw -B -s .mvn/settings.xml verify' }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        withCredentials([string(credentialsId: 'clinics-db-password', variable: 'CLINICS_DB_PASSWORD')]) {
          sh './mvnw -B -s .mvn/settings.xml deploy -DskipTests'
        }
      }
    }
  }
}
''')


# --- last group: mixed yards, devices, vendors ------------------------------------------------------

add("python/gps-tracker-api-key", "kone/gps_obojky.py", "Traccar API docs (Bearer token)", '''
"""Poloha koní na pastvině z GPS obojků (Traccar server v kanceláři)."""
import requests

TRACCAR = "https://gps.podkova-staj.cz/api"
TOKEN = "@@secret@@"


def polohy():
    r = requests.get(f"{TRACCAR}/positions", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
    r.raise_for_status()
    return {p["deviceId"]: (p["latitude"], p["longitude"], p["fixTime"]) for p in r.json()}


def mimo_ohradu(poloha, polygon) -> bool:
    from shapely.geometry import Point, Polygon
    return not Polygon(polygon).contains(Point(poloha[1], poloha[0]))
''', "RzBFAiEA" + fakes.drawn(_seed(), 120, ALNUM + "_-"))

add("json/traccar-admin-password", "infra/traccar/traccar.json", "Traccar config docs", '''
{
  "web.port": 8082,
  "database.driver": "org.postgresql.Driver",
  "database.url": "jdbc:postgresql://10.20.0.5:5432/traccar",
  "database.user": "traccar",
  "database.password": "@@secret@@",
  "geocoder.enable": false,
  "notificator.types": "web,telegram",
  "notificator.telegram.chatId": "-1002134567890"
}
''', rand_pw(18))

add("yaml/weighbridge-device-password", "infra/vaha/modbus.yaml", "device config (Modbus gateway web login)", '''
# Váha pro koně (Tru-Test) připojená přes Modbus/TCP bránu v porodní stáji
gateway:
  host: 192.168.40.60
  port: 502
  web_user: admin
  web_password: "@@secret@@"
scale:
  unit_id: 1
  register_weight: 40001
  register_tare: 40003
  poll_seconds: 2
''', rand_pw(12))

add("csharp/equine-vendor-api-key", "YardOffice/YardOffice.Sync/PassportSync.cs", "vendor API key header (X-Api-Key)", '''
using System.Net.Http;
using System.Net.Http.Json;

namespace YardOffice.Sync;

// Pulls vaccination records from the Equine Register lookup API for all liveries
public class PassportSync
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://api.equineregister.example.co.uk/v2/") };

    static PassportSync()
    {
        Http.DefaultRequestHeaders.Add("X-Api-Key", "@@secret@@");
    }

    public Task<HorseRecord?> Lookup(string ueln) => Http.GetFromJsonAsync<HorseRecord>($"horses/{ueln}/vaccinations");
}

public record HorseRecord(string Ueln, string Name, DateOnly? LastFluJab, DateOnly? LastTetanus);
''', "er_live_" + alnum(40))

add("csharp/decoy-config-binding", "YardOffice/YardOffice.Sync/Options.cs", "ASP.NET Core options pattern docs", '''
namespace YardOffice.Sync;

public sealed class EquineRegisterOptions
{
    public const string Section = "EquineRegister";
    public string BaseUrl { get; set; } = "https://api.equineregister.example.co.uk/v2/";
    // Bound from user secrets in development and Key Vault ("EquineRegister--ApiKey") in production
    public string ApiKey { get; set; } = string.Empty;
    public int BatchSize { get; set; } = 50;
}
''')

add("yaml/datadog-api-key", "clinic-scheduler/src/main/resources/application-prod.yml", "Datadog API keys docs (32 hex)", '''
management:
  metrics:
    export:
      datadog:
        api-key: @@secret@@
        application-key: ${DD_APP_KEY}
        uri: https://api.datadoghq.eu
        step: 1m
scheduler:
  farrier-rounds:
    cron: "0 0 6 * * TUE"
''', hexs(32))

add("java/decoy-constant-names", "clinic-scheduler/src/main/java/uk/oakfield/clinics/Keys.java", "Java constants", '''
package uk.oakfield.clinics;

/** Names of configuration properties and headers (names only, never values). */
public final class Keys {
    public static final String API_KEY_HEADER = "X-Api-Key";
    public static final String PASSWORD_PROPERTY = "spring.mail.password";
    public static final String TOKEN_PARAM = "access_token";
    public static final String SECRET_ENV = "CLINICS_WEBHOOK_SECRET";
    private Keys() {}
}
''')

add("go/webhook-signing-secret", "arena-timing/internal/webhook/verify.go", "HMAC webhook signature verification", '''
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Entries system posts rider withdrawals; we verify X-Entries-Signature
var signingSecret = []byte("@@secret@@")

func Verify(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, signingSecret)
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Entries-Signature")))
}
''', "whsec_" + alnum(32))

add("typescript/decoy-signature-test", "oakfield-portal/src/server/__tests__/webhook.test.ts", "Stripe docs (generateTestHeaderString for tests)", '''
import Stripe from "stripe";
import { handleWebhook } from "../webhook";

const stripe = new Stripe("sk_test_dummy", { apiVersion: "2024-06-20" });
const secret = "whsec_test_secret";

test("accepts a signed checkout event", async () => {
  const payload = JSON.stringify({ id: "evt_test_1", type: "checkout.session.completed", data: { object: {} } });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
  await expect(handleWebhook(payload, header, secret)).resolves.toBe("ok");
});
''')

add("dockerfile/npm-token", "tack-shop/Dockerfile", "npm docs (.npmrc auth token)", '''
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "dist/syncStock.js"]
''', npm_token())

add("compose/mqtt-admin-password", "infra/compose.iot.yml", "Docker Hub emqx image docs (EMQX_DASHBOARD__DEFAULT_PASSWORD)", '''
# Broker pro senzory ve stáji (vlhkost sena, napáječky, krmítka)
services:
  emqx:
    image: emqx/emqx:5.7
    restart: unless-stopped
    environment:
      EMQX_NAME: stodola
      EMQX_DASHBOARD__DEFAULT_USERNAME: admin
      EMQX_DASHBOARD__DEFAULT_PASSWORD: "@@secret@@"
    ports:
      - "1883:1883"
      - "18083:18083"
  node-red:
    image: nodered/node-red:4.0
    volumes: ["./nodered:/data"]
''', words_pw())

add("compose/decoy-default-dev-password", "infra/compose.test.yml", "Docker Compose docs", '''
# Lokální test krmítek – nic z toho není na produkci
services:
  mosquitto:
    image: eclipse-mosquitto:2
    ports: ["1883:1883"]
    volumes: ["./mosquitto-test.conf:/mosquitto/config/mosquitto.conf"]
  simulator:
    build: ./krmitko-sim
    environment:
      MQTT_HOST: mosquitto
      MQTT_USER: test
      MQTT_PASSWORD: test
''')

add("log/basic-auth-url", "logs/feeder-ota-2025-03-30.log", "ESPHome OTA logs", '''
2025-03-30 05:58:01 INFO  ota: checking https://fw.podkova-staj.cz/krmitko/manifest.json
2025-03-30 05:58:01 DEBUG http: GET https://ota:@@secret@@@fw.podkova-staj.cz/krmitko/krmitko-box-2.4.2.bin
2025-03-30 05:58:07 INFO  ota: downloaded 1032448 bytes, md5 ok
2025-03-30 05:58:09 INFO  ota: rebooting krmitko-box-01
2025-03-30 05:58:31 INFO  api: krmitko-box-01 back online, fw 2.4.2
''', rand_pw(16))

add("log/decoy-masked-url", "logs/feeder-ota-2025-04-06.log", "ESPHome OTA logs", '''
2025-04-06 05:58:01 INFO  ota: checking https://fw.podkova-staj.cz/krmitko/manifest.json
2025-04-06 05:58:01 DEBUG http: GET https://ota:***@fw.podkova-staj.cz/krmitko/krmitko-box-2.4.3.bin
2025-04-06 05:58:06 INFO  ota: downloaded 1033216 bytes, md5 5d41402abc4b2a76b9719d911017c592 ok
2025-04-06 05:58:08 INFO  ota: rebooting krmitko-box-02
2025-04-06 05:58:29 INFO  api: krmitko-box-02 back online, fw 2.4.3
''')

add("markdown/ssh-private-key", "docs/it/nas-pristup.md", "OpenSSH key format", '''
# Přístup na NAS v sedlovně (Synology)

Záloha se posílá přes rsync jako uživatel `zaloha`. Klíč pro nový server (Jirka, 3/2025):

```
@@secret@@
```

Veřejný klíč je v DSM v Ovládací panel → Uživatel → zaloha → SSH klíče.
Po nasazení na nový server klíč odsud smažu.
''', fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/decoy-public-key-fingerprint", "docs/it/ssh-klice.md", "OpenSSH ssh-keygen -l docs", '''
# Kdo má přístup na servery

| Kdo | Klíč (otisk) | Servery |
|-----|--------------|---------|
| Jirka | SHA256:@@f1@@ | srv-kancl, NAS |
| Martina | SHA256:@@f2@@ | srv-kancl |
| záloha | SHA256:@@f3@@ | NAS |

Veřejné klíče: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@pub@@ jirka@notebook`
Nový klíč přidá Jirka, soukromé klíče se nikdy neposílají e-mailem.
''', f1=fakes.drawn(_seed(), 43, ALNUM + "+/"), f2=fakes.drawn(_seed(), 43, ALNUM + "+/"), f3=fakes.drawn(_seed(), 43, ALNUM + "+/"), pub=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("ini/wireguard-private-key", "infra/wireguard/wg-kancelar.conf", "WireGuard wg-quick config docs (PrivateKey)", '''
[Interface]
# Kancelář Podkova -> srv-kancl (správa kamer a NAS z domova)
PrivateKey = @@secret@@
Address = 10.99.0.3/32
DNS = 192.168.40.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.podkova-staj.cz:51820
AllowedIPs = 192.168.40.0/24, 10.20.0.0/24
PersistentKeepalive = 25
''', b64_bytes(32), pub=b64_bytes(32))

add("ini/decoy-wireguard-public", "infra/wireguard/peers.ini", "WireGuard docs (public keys are public)", '''
; Seznam peerů – jen veřejné klíče
[jirka-notebook]
public_key = @@p1@@
allowed_ips = 10.99.0.2/32

[kancelar]
public_key = @@p2@@
allowed_ips = 10.99.0.3/32
''', p1=b64_bytes(32), p2=b64_bytes(32))

add("php/gopay-client-secret", "eshop/app/config/gopay.php", "GoPay PHP SDK docs (clientSecret)", '''
<?php
// Platby v e-shopu (sedla, deky, krmné doplňky)
return [
    'goid' => '8123456789',
    'clientId' => '1744960415',
    'clientSecret' => '@@secret@@',
    'gatewayUrl' => 'https://gate.gopay.cz/api',
    'language' => 'CS',
    'timeout' => 30,
];
''', alnum(8))

add("php/decoy-getenv", "eshop/app/config/gopay.dist.php", "GoPay PHP SDK docs", '''
<?php
return [
    'goid' => getenv('GOPAY_GOID'),
    'clientId' => getenv('GOPAY_CLIENT_ID'),
    'clientSecret' => getenv('GOPAY_CLIENT_SECRET'),
    'gatewayUrl' => 'https://gw.sandbox.gopay.com/api',
    'language' => 'CS',
];
''')


# --- final additions -----------------------------------------------------------------------------------

add("python/ftp-password", "zavody/nahraj_vysledky.py", "ftplib docs (FTP_TLS.login)", '''
"""Nahraje výsledky parkuru (PDF) na FTP svazu po každé soutěži."""
from ftplib import FTP_TLS
from pathlib import Path

def nahraj(pdf: Path) -> None:
    with FTP_TLS("ftp.jezdecke-zavody.cz") as ftp:
        ftp.login("podkova_zavody", "@@secret@@")
        ftp.prot_p()
        ftp.cwd("/vysledky/2025")
        with pdf.open("rb") as f:
            ftp.storbinary(f"STOR {pdf.name}", f)


if __name__ == "__main__":
    for soubor in sorted(Path("vysledky").glob("*.pdf")):
        nahraj(soubor)
        print("nahráno", soubor.name)
''', words_pw())

add("python/mapbox-secret-token", "kone/mapa_vyjizdek.py", "Mapbox Uploads API docs (secret token with uploads:write)", '''
"""Nahraje trasy vyjížděk do lesa (GPX z hodinek) jako dlaždice Mapboxu pro web."""
from mapbox import Uploader

MAPBOX_TOKEN = "@@secret@@"  # token se scope uploads:write (pozor, neveřejný)
uploader = Uploader(access_token=MAPBOX_TOKEN)


def nahraj_trasy(geojson_cesta: str) -> str:
    with open(geojson_cesta, "rb") as src:
        upload = uploader.upload(src, "jezdecky.vyjizdky-2025")
    upload.raise_for_status()
    return upload.json()["id"]
''', mapbox_secret())

add("javascript/decoy-mapbox-public", "web/js/mapa-vyjizdek.js", "Mapbox GL JS docs (public pk. token)", '''
// Mapa vyjížděk na webu (veřejný token, omezený na doménu podkova-staj.cz)
mapboxgl.accessToken = "@@pk@@";
const mapa = new mapboxgl.Map({
  container: "mapa",
  style: "mapbox://styles/jezdecky/clx0vyjizdky",
  center: [15.473, 49.8175],
  zoom: 12,
});
mapa.on("load", () => mapa.addLayer({ id: "trasy", type: "line", source: { type: "vector", url: "mapbox://jezdecky.vyjizdky-2025" }, "source-layer": "trasy" }));
''', pk=mapbox_public())

add("env/comgate-secret", "eshop/.env", "Comgate API docs", '''
APP_ENV=prod
APP_DEBUG=0
DATABASE_URL=mysql://eshop:${ESHOP_DB_PASSWORD}@127.0.0.1:3306/eshop
COMGATE_MERCHANT=471294
COMGATE_SECRET=@@secret@@
COMGATE_TEST=false
PACKETA_SENDER=podkova-eshop
''', alnum(32))

add("env/decoy-interpolated", "eshop/.env.dist", "Symfony dotenv docs", '''
APP_ENV=dev
APP_DEBUG=1
DATABASE_URL=mysql://eshop:eshop@127.0.0.1:3306/eshop_dev
COMGATE_MERCHANT=
COMGATE_SECRET=
COMGATE_TEST=true
PACKETA_SENDER=podkova-eshop-test
''')

add("java/stripe-secret-key", "clinic-scheduler/src/main/java/uk/oakfield/clinics/billing/ClinicPayments.java", "Stripe Java library docs (Stripe.apiKey)", '''
package uk.oakfield.clinics.billing;

import com.stripe.Stripe;
import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;

public final class ClinicPayments {
    static {
        // Dressage clinic places (GBP). TODO move to vault before go-live
        Stripe.apiKey = "sk_live_" + "@@tail@@";
    }

    public static Session place(String clinicId, long pence) throws Exception {
        return Session.create(SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .setSuccessUrl("https://portal.oakfield-equestrian.co.uk/clinics/" + clinicId + "/booked")
            .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                .setPriceData(SessionCreateParams.LineItem.PriceData.builder().setCurrency("gbp").setUnitAmount(pence)
                    .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder().setName("Clinic place").build()).build()).build())
            .build());
    }
}
''', (sk_split := stripe_key()), tail=sk_split[len("sk_live_"):])

add("kotlin/telegram-bot-token", "yard-app/android/app/src/main/java/uk/oakfield/yard/alerts/ColicAlert.kt", "Telegram Bot API docs (sendMessage)", '''
package uk.oakfield.yard.alerts

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object ColicAlert {
    private const val BOT = "@@secret@@"
    private const val GROUP = "-1001987654321"
    private val http = OkHttpClient()

    fun send(horse: String, box: String) {
        val body = FormBody.Builder().add("chat_id", GROUP).add("text", "Colic watch: $horse in box $box - vet called").build()
        http.newCall(Request.Builder().url("https://api.telegram.org/bot$BOT/sendMessage").post(body).build()).execute().close()
    }
}
''', fakes.telegram_token(_seed()))

add("yaml/aws-access-key", "infra/litestream/litestream.yml", "Litestream config docs (access-key-id / secret-access-key)", '''
# Replicates the yard-assistant FAQ database to S3
dbs:
  - path: /data/yard_faq.sqlite
    replicas:
      - type: s3
        bucket: oakfield-litestream
        path: yard-assistant
        region: eu-west-2
        access-key-id: @@akid@@
        secret-access-key: @@secret@@
        retention: 72h
''', fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("yaml/decoy-aws-key-id-only", "infra/litestream/litestream.staging.yml", "Litestream config docs (env var credentials)", '''
# Credentials come from LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY
dbs:
  - path: /data/yard_faq.sqlite
    replicas:
      - type: s3
        bucket: oakfield-litestream-staging
        path: yard-assistant
        region: eu-west-2
        retention: 24h
''')

add("markdown/slack-webhook", "docs/it/upozorneni.md", "Slack incoming webhooks docs", '''
# Upozornění z monitoringu

Uptime Kuma (`http://192.168.40.12:3001`) hlídá rezervační web, NVR a krmítka.
Při výpadku posílá zprávu do Slacku, kanál `#stáj-provoz`:

- Typ: Slack, webhook URL: `@@secret@@`
- Opakovat každých 30 min, dokud výpadek trvá.

Telefonní upozornění (SMS) jde jen Jirkovi a Martině přes SMS bránu.
''', slack_webhook())

add("yaml/decoy-uptime-kuma-ids", "infra/uptime-kuma/monitors.yml", "Uptime Kuma monitor export", '''
monitors:
  - name: Rezervace web
    type: http
    url: https://rezervace.podkova-staj.cz/health
    interval: 60
    id: @@u1@@
  - name: NVR sedlovna
    type: ping
    hostname: 192.168.40.30
    interval: 120
    id: @@u2@@
  - name: Krmítko box 01
    type: mqtt
    hostname: 192.168.40.10
    topic: stodola/krmitko-box-01/status
    id: @@u3@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

