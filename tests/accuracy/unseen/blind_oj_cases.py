"""Blind set OJ: a Srinagar houseboat booking business and a Pampore saffron and walnut export shop.

The houseboats (Dal Mahal Houseboats, Dal and Nigeen lakes: booking site, shikara pickups,
WhatsApp and SMS confirmations, Razorpay/PayU payments, channel managers, guest Wi-Fi) and the
trader (Kong Posh Exports, Pampore: saffron and walnut web shop, courier labels, GST invoices,
export documents), with notes and comments partly in Kashmiri (Perso-Arabic script and Latin)
and Urdu. About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8810000-8819999).
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
SEED_LO, SEED_HI = 8810000, 8819999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kong", "Doon", "Shikara", "Chinar", "Kangri", "Pheran", "Kahwa", "Wazwan", "Nigeen", "Wular",
         "Hangul", "Yemberzal", "Posh", "Zoon", "Sheen", "Gulmarg", "Pampore", "Lolu", "Noon", "Tchot"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#%*!$") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def razorpay_secret() -> str:
    return mixed(24)


def razorpay_id(live: bool = True) -> str:
    return mixed(14, "rzp_live_" if live else "rzp_test_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def meta_token() -> str:
    return "EAA" + mixed(180)


def fcm_server_key() -> str:
    return "AAAA" + mixed(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def azure_storage_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
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
    CASES.append(LabelledCase("blind-oj/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- houseboats: booking site and payments

add("python/razorpay-secret", "dalmahal/booking/payments/razorpay_client.py", "https://razorpay.com/docs/api/authentication/", r'''
"""Razorpay checkout for houseboat advance (25% booking amount)."""
import razorpay

# بۄڈ کٲم: یہ key .env منز ژٲنِو، ابھی یہاں ہے
KEY_ID = "@@kid@@"
KEY_SECRET = "@@s@@"

client = razorpay.Client(auth=(KEY_ID, KEY_SECRET))


def create_advance_order(booking):
    amount_paise = int(booking.total * 0.25 * 100)
    return client.order.create({"amount": amount_paise, "currency": "INR",
                                "receipt": f"DMH-{booking.id}", "notes": {"boat": booking.boat_name}})
''', razorpay_secret(), kid=razorpay_id())

add("env/payu-salt", "dalmahal/booking/.env.production", "https://docs.payu.in/docs/generate-hash-merchant-hosted", r'''
# Dal Mahal Houseboats — production
APP_ENV=production
APP_URL=https://book.dalmahal-houseboats.in
DB_HOST=10.12.0.4
DB_NAME=dalmahal
# PayU (backup gateway, Razorpay down hoi teli)
PAYU_MERCHANT_KEY=@@mk@@
PAYU_SALT=@@s@@
PAYU_MODE=live
WHATSAPP_PHONE_ID=104839201736455
''', rnd(32, ALNUM), mk=rnd(6, ALNUM))

add("php/db-password", "dalmahal/site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
/** Dal Mahal Houseboats — WordPress (purana site, blog aur gallery) */
define( 'DB_NAME', 'dalmahal_wp' );
define( 'DB_USER', 'dmh_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
// یہ فائل گِٹ میں نہیں جانی چاہیے تھی — Irfan
$table_prefix = 'dmh_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("yaml/twilio-auth", "dalmahal/booking/config/sms.yml", "https://www.twilio.com/docs/iam/api-keys", r'''
# SMS confirmations to guests (shikara pickup time, Ghat No. 9)
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: "@@s@@"
  from: "+12025550143"
  templates:
    pickup: "Salaam {name}! Shikara chu intezaar karaan Ghat {ghat} peth {time} baje. — Dal Mahal"
    checkout: "Shukriya {name}, phir tashreef laayiye. ژٲنِو اسۍ ٹھیک ٲسۍ؟"
''', hexs(32), sid=twilio_sid())

add("json/whatsapp-token", "dalmahal/booking/whatsapp/config.json", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
{
  "api_version": "v19.0",
  "phone_number_id": "104839201736455",
  "business_account_id": "118273645501928",
  "access_token": "@@s@@",
  "templates": {
    "booking_confirm_ur": "booking_tasdeeq_ur",
    "booking_confirm_en": "booking_confirmation",
    "shikara_pickup_ks": "shikara_pickup_kashur"
  }
}
''', meta_token())

add("js/google-maps-server", "dalmahal/booking/src/distance.js", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", r'''
// Airport (SXR) se ghat tak ka waqt — taxi booking ke liye
const axios = require("axios");

// server-side key, restricted nahi hai abhi (Faisal dekho)
const MAPS_KEY = "@@s@@";

async function airportToGhat(ghat) {
  const { data } = await axios.get("https://maps.googleapis.com/maps/api/distancematrix/json", {
    params: { origins: "Srinagar International Airport", destinations: ghat, key: MAPS_KEY },
  });
  return data.rows[0].elements[0].duration.text;
}

module.exports = { airportToGhat };
''', google_api())

add("docker-compose/postgres-password", "dalmahal/booking/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  web:
    build: .
    ports: ["8000:8000"]
    env_file: .env
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: dalmahal
      POSTGRES_USER: dalmahal
      POSTGRES_PASSWORD: "@@s@@"   # Nigeen server wala hi password
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
''', words_pw())

add("python/django-secret", "dalmahal/booking/dalmahal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.dalmahal-houseboats.in", "dalmahal-houseboats.in"]

# ووٚن گوژھ environment پیٹھ نِیُن — abhi ke liye yahin
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "en-in"
TIME_ZONE = "Asia/Kolkata"
CSRF_TRUSTED_ORIGINS = ["https://book.dalmahal-houseboats.in"]
''', fakes.django_secret_key(_seed()))

add("ini/mysql-password", "dalmahal/channel-sync/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# channel manager sync (Booking.com / Airbnb / MakeMyTrip) reads rooms from here
[client]
user=chsync
password="@@s@@"
host=db.internal.dalmahal-houseboats.in
database=dmh_inventory
default-character-set=utf8mb4
''', words_pw())

add("python/booking-com-password", "dalmahal/channel-sync/bookingcom.py", "https://developers.booking.com/connectivity/docs/authentication", r'''
"""Booking.com connectivity: availability push for 7 houseboats (Dal + Nigeen)."""
import requests

MACHINE_USER = "dalmahal-cm"
# yi password chu Booking.com-an dyut — ma badliv baghair puchhe
MACHINE_PASSWORD = "@@s@@"
HOTEL_ID = "9137752"


def push_availability(xml: str) -> int:
    resp = requests.post("https://supply-xml.booking.com/hotels/xml/availability",
                         data=xml.encode(), auth=(MACHINE_USER, MACHINE_PASSWORD), timeout=30)
    return resp.status_code
''', mixed(20))

add("env/decoy-ical-placeholder", "dalmahal/channel-sync/.env.example", "https://www.airbnb.com/help/article/99", r'''
# copy to .env — asal values Irfan se lo (1Password "Dal Mahal / channels")
BOOKINGCOM_MACHINE_USER=dalmahal-cm
BOOKINGCOM_MACHINE_PASSWORD=
AIRBNB_ICAL_URL=https://www.airbnb.co.in/calendar/ical/<listing-id>.ics?s=<secret>
MMT_API_KEY=changeme
GOIBIBO_HOTEL_CODE=
SYNC_INTERVAL_MIN=15
''')

add("python/decoy-env-lookup", "dalmahal/booking/payments/config.py", "https://12factor.net/config", r'''
"""Payment config: sab kuch environment se. کُنہِ چیز hardcode مَہ کٔرِو۔"""
import os

RAZORPAY_KEY_ID = os.environ["RAZORPAY_KEY_ID"]
RAZORPAY_KEY_SECRET = os.environ["RAZORPAY_KEY_SECRET"]
RAZORPAY_WEBHOOK_SECRET = os.environ.get("RAZORPAY_WEBHOOK_SECRET", "")
PAYU_MERCHANT_KEY = os.getenv("PAYU_MERCHANT_KEY")
PAYU_SALT = os.getenv("PAYU_SALT")
ADVANCE_PERCENT = int(os.getenv("ADVANCE_PERCENT", "25"))
''')

add("js/decoy-razorpay-key-id", "dalmahal/booking/static/js/checkout.js", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", r'''
// Razorpay Checkout — key_id public hai, secret server pe hai
const options = {
  key: "@@kid@@",
  amount: window.BOOKING.advancePaise,
  currency: "INR",
  name: "Dal Mahal Houseboats",
  description: "Advance — " + window.BOOKING.boat,
  order_id: window.BOOKING.orderId,
  prefill: { name: window.BOOKING.guest, contact: window.BOOKING.phone },
  theme: { color: "#7b1e3a" },
  handler: (r) => fetch("/payments/verify", { method: "POST", body: JSON.stringify(r) }),
};
new Razorpay(options).open();
''', kid=razorpay_id())

add("python/decoy-signature-verify", "dalmahal/booking/payments/verify.py", "https://razorpay.com/docs/payments/server-integration/python/payment-gateway/build-integration/#verify-payment-signature", r'''
import hashlib
import hmac

from .config import RAZORPAY_KEY_SECRET


def verify(order_id: str, payment_id: str, signature: str) -> bool:
    # signature = HMAC_SHA256(order_id + "|" + payment_id, secret)
    body = f"{order_id}|{payment_id}".encode()
    expected = hmac.new(RAZORPAY_KEY_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


# test vector from our own sandbox run, not a key:
# order_9A33XWu170gUtm payment_29QQoUBi66xm2f -> @@sig@@
''', sig=hexs(64))

add("yaml/decoy-k8s-secretref", "dalmahal/deploy/k8s/booking-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
  namespace: dalmahal
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking}
  template:
    metadata:
      labels: {app: booking}
    spec:
      containers:
        - name: web
          image: registry.gitlab.com/dalmahal/booking:2024.06.3
          env:
            - name: RAZORPAY_KEY_SECRET
              valueFrom:
                secretKeyRef: {name: payments, key: razorpay-secret}
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: db, key: url}
''')

_pw = words_pw()
add("k8s/secret-b64-db-url", "dalmahal/deploy/k8s/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: dalmahal
type: Opaque
data:
  # postgres://dalmahal:<pw>@db.dalmahal.svc:5432/dalmahal
  url: @@enc@@
''', _pw, enc=b64(f"postgres://dalmahal:{_pw}@db.dalmahal.svc:5432/dalmahal"))

# ---------------------------------------------------------------- houseboats: operations, staff, guests

add("markdown/wifi-password-note", "dalmahal/ops/notes/boats-wifi.md", "https://www.tp-link.com/in/support/faq/399/", r'''
# Boats ka Wi-Fi (Jio AirFiber + TP-Link Deco)

| Boat | SSID | Note |
|------|------|------|
| Gul-e-Nigeen | DalMahal-Nigeen | router upar waali almari |
| Shahi Shikara | DalMahal-Shahi | guest password card pe likha hai |

Admin panel (Deco app) — owner account:
- login: irfan.dalmahal@gmail.com
- password: @@s@@

اَتھ password-as ما دِیِو guest-an۔ Guests ko sirf card wala password.
''', words_pw())

add("python/telegram-bot-token", "dalmahal/ops/staffbot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Staff bot: boat-boys ko daily duty list (kaun sa boat, kaun sa guest, shikara time)."""
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@s@@"  # @DalMahalStaffBot


async def duty(update, context):
    await update.message.reply_text("Aaz chu duty: Gul-e-Nigeen — Rashid, Shahi Shikara — Bilal")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("duty", duty))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("shell-history/mysql-password", "dalmahal/ops/backup/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
cd /srv/dalmahal
ls -la backups/
df -h
mysqldump -u root -p'@@s@@' dmh_inventory > backups/dmh_inventory_$(date +%F).sql
gzip backups/dmh_inventory_*.sql
rclone copy backups/ gdrive:dalmahal-backups
exit
''', words_pw())

add("yaml/cctv-rtsp-password", "dalmahal/ops/cctv/frigate.yml", "https://docs.frigate.video/configuration/cameras", r'''
# Ghat aur deck cameras (Hikvision) — Frigate NVR on the office mini-PC
mqtt:
  enabled: false
cameras:
  ghat_9:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@s@@@192.168.1.64:554/Streaming/Channels/101
          roles: [detect, record]
  shahi_deck:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@192.168.1.65:554/Streaming/Channels/102
          roles: [record]
''', words_pw())

add("whatsapp-chat/password-in-chat", "dalmahal/ops/notes/whatsapp-office-group.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/03/24, 9:14 am - Irfan Dalmahal: Assalamu alaikum sab ko
12/03/24, 9:15 am - Bilal Boat: walaikum salam
12/03/24, 9:31 am - Irfan Dalmahal: MakeMyTrip extranet ka naya password: @@s@@
12/03/24, 9:31 am - Irfan Dalmahal: login wahi hai, dalmahal.reservations
12/03/24, 9:33 am - Rashid: theek, وُنی کٔرِو لاگ ان
12/03/24, 9:40 am - Rashid: ho gaya, 3 booking pending hain April ki
12/03/24, 9:41 am - Irfan Dalmahal: <Media omitted>
''', words_pw())

add("csv/staff-accounts-password", "dalmahal/ops/handover/accounts.csv", "https://support.google.com/a/answer/33310", r'''
service,login,password,owner,note
Gmail reservations,reservations@dalmahal-houseboats.in,@@s@@,Irfan,2FA on Irfan ka phone
Booking.com extranet,dalmahal.reservations,see 1Password,Irfan,
Airbnb,irfan.dalmahal@gmail.com,see 1Password,Irfan,
Jio AirFiber,9906xxxxxx,OTP,Bilal,
Tally,admin,ask CA sahib,Mushtaq,
''', words_pw())

add("shell/ssh-key-heredoc", "dalmahal/ops/provision/new-office-pc.sh", "https://man.openbsd.org/ssh-keygen", r'''
#!/usr/bin/env bash
# naye office PC pe deploy key daalna (Nigeen office). Bilal: sirf ek baar chalana
set -euo pipefail
mkdir -p ~/.ssh && chmod 700 ~/.ssh
cat > ~/.ssh/id_dalmahal_deploy <<'KEY'
@@s@@
KEY
chmod 600 ~/.ssh/id_dalmahal_deploy
echo "Host booking\n  HostName book.dalmahal-houseboats.in\n  User deploy\n  IdentityFile ~/.ssh/id_dalmahal_deploy" >> ~/.ssh/config
''', openssh_key())

add("github-actions/decoy-secrets-context", "dalmahal/booking/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: webfactory/ssh-agent@v0.9.0
        with:
          ssh-private-key: ${{ secrets.DEPLOY_KEY }}
      - name: deploy (Nigeen server)
        env:
          RAZORPAY_KEY_SECRET: ${{ secrets.RAZORPAY_KEY_SECRET }}
        run: ssh -o StrictHostKeyChecking=accept-new deploy@book.dalmahal-houseboats.in 'cd /srv/booking && ./deploy.sh'
''')

add("terraform/do-token", "dalmahal/infra/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.34" }
  }
}

# BLR1 droplet — booking site. token baad mein variable mein daalenge
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "booking" {
  name   = "dalmahal-booking"
  region = "blr1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}
''', do_token())

add("terraform/decoy-var-token", "dalmahal/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", r'''
variable "do_token" {
  description = "DigitalOcean API token (1Password: Dal Mahal / DO)"
  type        = string
  sensitive   = true
}

variable "ssh_fingerprint" {
  description = "Irfan's laptop key"
  type        = string
  default     = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"
}
''')

add("markdown/decoy-readme-placeholders", "dalmahal/booking/README.md", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/", r'''
# Dal Mahal booking

Django app for houseboat bookings (Dal + Nigeen). Advance payment via Razorpay.

## Setup

```bash
cp .env.example .env
# then fill in:
RAZORPAY_KEY_ID=rzp_test_XXXXXXXXXXXXXX
RAZORPAY_KEY_SECRET=<from Razorpay dashboard → Settings → API Keys>
DATABASE_URL=postgres://dalmahal:password@localhost:5432/dalmahal
```

Test mode mein hi kaam karo. Live keys sirf server pe. لایو کی لوکل مَہ تھٔوِو۔
''')

add("log/decoy-masked-token", "dalmahal/ops/logs/whatsapp-send-2024-03-14.log", "https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages", r'''
2024-03-14 08:02:11 INFO  wa.send to=+9199060***12 template=booking_tasdeeq_ur status=200 id=wamid.HBgMOTE5OTA2MDEyMzEyFQIAERgSQjk3RjM2QUI2MkNBNDVDQkE5AA==
2024-03-14 08:02:11 DEBUG wa.auth using token EAA****...****ZD (len=214) from env WHATSAPP_TOKEN
2024-03-14 08:15:40 INFO  wa.send to=+4477009***88 template=booking_confirmation status=200 id=wamid.HBgMNDQ3NzAwOTAwMTg4FQIAERgSQUE1NUM2MEJGRTA2MjE0QzM2AA==
2024-03-14 09:01:02 WARN  wa.send to=+9170060***03 template=shikara_pickup_kashur status=400 error="template not approved"
2024-03-14 09:01:02 INFO  retry in 300s
''')

add("yaml/decoy-fixture-fake", "dalmahal/booking/tests/fixtures/guests.yaml", "https://docs.djangoproject.com/en/5.0/topics/testing/tools/#fixture-loading", r'''
# test guests — sab fake data hai (faker se banaya)
- model: bookings.guest
  pk: 1
  fields:
    name: "Test Mehmaan"
    phone: "+910000000001"
    email: guest1@example.com
    password: "pbkdf2_sha256$600000$testsalt$DUMMYHASHfortestsonlyDUMMYHASHfortests="
- model: bookings.guest
  pk: 2
  fields:
    name: "Jane Testguest"
    phone: "+440000000002"
    email: guest2@example.com
    password: "!"
''')

add("nginx/decoy-htpasswd-path", "dalmahal/ops/nginx/book.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name book.dalmahal-houseboats.in;
    ssl_certificate     /etc/letsencrypt/live/book.dalmahal-houseboats.in/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/book.dalmahal-houseboats.in/privkey.pem;

    location /admin/ {
        auth_basic "Dal Mahal staff";
        auth_basic_user_file /etc/nginx/.htpasswd_staff;
        proxy_pass http://127.0.0.1:8000;
    }
    location / { proxy_pass http://127.0.0.1:8000; }
}
''')

add("htpasswd/decoy-bcrypt-hashes", "dalmahal/ops/nginx/htpasswd_staff", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
irfan:$2y$10$@@h1@@
bilal:$2y$10$@@h2@@
rashid:$2y$10$@@h3@@
mushtaq:$2y$10$@@h4@@
guestdesk:$2y$10$@@h5@@
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"), h4=rnd(53, ALNUM + "./"), h5=rnd(53, ALNUM + "./"))

add("ssh-config/decoy-public-key", "dalmahal/ops/keys/irfan-laptop.pub", "https://man.openbsd.org/ssh-keygen", r'''
# Irfan ka laptop (public key — authorized_keys mein daalne ke liye)
# fingerprint: SHA256:@@fp@@
# added 2024-01-20 on book + nigeen-office
# remove when laptop changed
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pk@@ irfan@dalmahal-thinkpad
''', fp=rnd(43, ALNUM + "+/"), pk=rnd(43, ALNUM + "+/"))

add("python/sendgrid-key", "dalmahal/booking/notify/email.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
"""Booking confirmation emails (English + Urdu template)."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@s@@")


def send_confirmation(guest, booking, lang="en"):
    tpl = "d-3f1c0b7e9a8d4e2f9c1a7b6d5e4f3a21" if lang == "en" else "d-8b2e4c6a1f3d4b5a9e7c2d1f0a6b3c48"
    msg = Mail(from_email="stay@dalmahal-houseboats.in", to_emails=guest.email)
    msg.template_id = tpl
    msg.dynamic_template_data = {"name": guest.name, "boat": booking.boat_name, "checkin": str(booking.checkin)}
    return SG.send(msg)
''', sendgrid())

add("json/gcp-service-account", "dalmahal/booking/credentials/sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "dalmahal-bookings",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sheets-sync@dalmahal-bookings.iam.gserviceaccount.com",
  "client_id": "104728193746501928374",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("ipynb/google-sheets-api-key", "dalmahal/analytics/occupancy_2023.ipynb", "https://developers.google.com/sheets/api/guides/authorizing", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Occupancy 2023 — kaun sa boat kitna bhara\n", "Tourist season: April–October, phir Chillai Kalan mein sab khaali"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import pandas as pd, requests\n",
    "SHEET = '1qZ8rXc0aVbN3mKp7LwE2tYuIo9PsDfGh4JkLzXcVbNm'\n",
    "KEY = '@@s@@'\n",
    "url = f'https://sheets.googleapis.com/v4/spreadsheets/{SHEET}/values/2023!A1:H400?key={KEY}'\n",
    "df = pd.DataFrame(requests.get(url).json()['values'][1:])"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', google_api())

add("txt/wifi-router-admin", "dalmahal/ops/notes/jio-airfiber.txt", "https://www.jio.com/help/faq/jio-airfiber", r'''
Jio AirFiber — Gul-e-Nigeen boat
--------------------------------
router admin: http://192.168.31.1
user: admin
pass: @@s@@
Guest SSID alag hai (DalMahal-Guest), uska password card pe.
راتھ بند گژھِ نہ — agar band ho toh 2 min wait, phir restart.
Jio customer care: 1800-896-9999
''', words_pw())

add("yaml/decoy-sops-encrypted", "dalmahal/deploy/secrets/payments.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
razorpay_key_secret: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
payu_salt: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-03-02T10:44:12Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
''', c1=rnd(32, ALNUM + "+/"), iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    c2=rnd(43, ALNUM + "+/") + "=", iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    mac=rnd(86, ALNUM + "+/") + "==")

add("python/decoy-vault-read", "dalmahal/channel-sync/secrets.py", "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html", r'''
"""Channel manager credentials — Vault se (kv v2). Yahan koi password nahi."""
import os

import hvac

client = hvac.Client(url="https://vault.dalmahal-houseboats.in", token=os.environ["VAULT_TOKEN"])


def channel_creds(name: str) -> dict:
    # name: bookingcom | airbnb | makemytrip | goibibo
    secret = client.secrets.kv.v2.read_secret_version(path=f"channels/{name}", mount_point="dalmahal")
    return secret["data"]["data"]
''')

add("csv/decoy-booking-export", "dalmahal/analytics/bookings-march.csv", "https://razorpay.com/docs/api/payments/", r'''
booking_id,guest,boat,checkin,nights,amount_inr,razorpay_payment_id,status
DMH-2024-0311,Sarah K.,Gul-e-Nigeen,2024-03-11,3,27000,pay_NmQ4rT8xVz1aBc,captured
DMH-2024-0312,Arjun M.,Shahi Shikara,2024-03-12,2,14000,pay_NmR7kLp2Wq9dEf,captured
DMH-2024-0315,Fatima B.,Gul-e-Nigeen,2024-03-15,4,36000,pay_NnA1sDf5Gh3jKl,refunded
DMH-2024-0319,Tom H.,Nigeen Palace,2024-03-19,5,52500,pay_NoZ8xCv6Bn2mQw,captured
DMH-2024-0322,Ruqaya S.,Shahi Shikara,2024-03-22,1,7000,pay_NpE3rTy7Ui4oPa,failed
''')

add("markdown/decoy-revoked-note", "dalmahal/ops/notes/incident-2024-02.md", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/#regenerate-api-keys", r'''
# Incident: Razorpay secret galti se WhatsApp group mein (2024-02-07)

- 10:20 Bilal ne screenshot bheja jisme live secret dikh raha tha
- 10:35 Irfan ne dashboard se key **regenerate** ki — purani key ab band
- 10:50 naya secret Vault mein (`dalmahal/payments/razorpay`), server restart
- 11:00 group se message delete, sab ko bola screenshot delete karein

Sabak: اَتھ گروپس منز کانٛہہ secret مَہ سوزِو۔ Dashboard ka screenshot kabhi nahi.
Purani key ka koi hissa yahan nahi likha hai, jaan boojh kar.
''')

add("env/aws-s3-photos", "dalmahal/gallery/.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
# boat photos bucket (Mumbai region)
AWS_REGION=ap-south-1
S3_BUCKET=dalmahal-gallery
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@s@@
CDN_BASE=https://d3k9x0v1abcd.cloudfront.net
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-key-boto", "dalmahal/gallery/upload_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
# naye season ki photos S3 pe daalo — Shahi Shikara, Gul-e-Nigeen
import sys
from pathlib import Path

import boto3

s3 = boto3.client("s3", region_name="ap-south-1",
                  aws_access_key_id="@@kid@@",
                  aws_secret_access_key="@@s@@")

for p in Path(sys.argv[1]).glob("*.jpg"):
    s3.upload_file(str(p), "dalmahal-gallery", f"boats/{p.parent.name}/{p.name}")
    print("چڑھاو", p.name)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-aws-policy", "dalmahal/gallery/bucket-policy.json", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html", r'''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "CloudFrontRead",
      "Effect": "Allow",
      "Principal": {"Service": "cloudfront.amazonaws.com"},
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::dalmahal-gallery/*",
      "Condition": {"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::418273645519:distribution/E2X8K3ABCD1QZ9"}}
    }
  ]
}
''')

add("php/smtp-password", "dalmahal/site/wp-content/mu-plugins/smtp.php", "https://developer.wordpress.org/reference/hooks/phpmailer_init/", r'''
<?php
// Contact form mail — Zoho Mail SMTP. (plugin hata diya, seedha yahan)
add_action( 'phpmailer_init', function ( $mail ) {
	$mail->isSMTP();
	$mail->Host       = 'smtppro.zoho.in';
	$mail->Port       = 587;
	$mail->SMTPSecure = 'tls';
	$mail->SMTPAuth   = true;
	$mail->Username   = 'stay@dalmahal-houseboats.in';
	$mail->Password   = '@@s@@';
	$mail->setFrom( 'stay@dalmahal-houseboats.in', 'Dal Mahal Houseboats' );
} );
''', mixed(16))

add("xml/decoy-android-strings", "dalmahal/app/android/app/src/main/res/values-ur/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">دل محل ہاؤس بوٹس</string>
    <string name="login_password_hint">پاس ورڈ درج کریں</string>
    <string name="password_forgot">پاس ورڈ بھول گئے؟</string>
    <string name="booking_confirmed">آپ کی بکنگ کی تصدیق ہو گئی ہے</string>
    <string name="api_key_missing">ایپ کی ترتیب مکمل نہیں</string>
    <string name="shikara_pickup">شکارا گھاٹ نمبر %1$s پر %2$s بجے</string>
</resources>
''')

add("gradle/google-maps-key", "dalmahal/app/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=C\:\\Users\\Irfan\\AppData\\Local\\Android\\Sdk
MAPS_API_KEY=@@s@@
# release signing
RELEASE_STORE_FILE=../keystore/dalmahal-release.jks
RELEASE_KEY_ALIAS=dalmahal
''', google_api())

add("properties/keystore-password", "dalmahal/app/android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Play Store upload key — کھوٚنہ گژھِ نہ! (agar gaya toh app update nahi hoga)
storePassword=@@s@@
keyPassword=@@s@@
keyAlias=dalmahal-upload
storeFile=../keystore/dalmahal-upload.jks
''', words_pw())

add("swift/decoy-info-plist-ref", "dalmahal/app/ios/DalMahal/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", r'''
import Foundation

/// Keys come from the xcconfig (not committed); yahan sirf naam.
enum Config {
    static var apiBase: URL { URL(string: value("API_BASE_URL"))! }
    static var mapsKey: String { value("GMS_API_KEY") }
    static var razorpayKeyId: String { value("RAZORPAY_KEY_ID") }

    private static func value(_ key: String) -> String {
        guard let v = Bundle.main.object(forInfoDictionaryKey: key) as? String, !v.isEmpty else {
            fatalError("\(key) missing — Secrets.xcconfig check karo")
        }
        return v
    }
}
''')

add("xcconfig/razorpay-secret-wrong-place", "dalmahal/app/ios/Secrets.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r'''
// Secrets.xcconfig — gitignore mein tha, phir bhi commit ho gaya :(
API_BASE_URL = https:/$()/book.dalmahal-houseboats.in/api
GMS_API_KEY = $(inherited)
RAZORPAY_KEY_ID = @@kid@@
// TODO remove: app mein secret ki zaroorat nahi
RAZORPAY_KEY_SECRET = @@s@@
''', razorpay_secret(), kid=razorpay_id())

# ---------------------------------------------------------------- Kong Posh Exports: web shop, couriers, accounts

add("env/shopify-admin-token", "kongposh/shop/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Kong Posh — Shopify custom app "inventory-sync"
SHOPIFY_STORE=kongposh-pampore.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@s@@
# کونٛگ stock: grams mein, doon (akhrot) kg mein
DEFAULT_LOCATION_ID=72418309201
''', shopify())

add("python/woocommerce-secret", "kongposh/shop/woo_sync.py", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
"""Purani WooCommerce site se orders Shopify mein laana (migration, ek baar)."""
from woocommerce import API

wcapi = API(
    url="https://kongposh.in",
    consumer_key="@@ck@@",
    consumer_secret="@@s@@",
    version="wc/v3",
    timeout=30,
)

# Mongre (grade A) aur Lachha kong alag SKU
for order in wcapi.get("orders", params={"per_page": 100, "status": "completed"}).json():
    print(order["id"], order["billing"]["country"], order["total"])
''', woo_secret(), ck="ck_" + hexs(40))

add("yaml/shiprocket-password", "kongposh/shipping/config/shiprocket.yaml", "https://apidocs.shiprocket.in/#authentication", r'''
# Shiprocket (domestic: Delhivery/Bluedart via Shiprocket)
shiprocket:
  base_url: https://apiv2.shiprocket.in/v1/external
  email: api-kongposh@kongposh.in
  password: "@@s@@"
  pickup_location: "Pampore Godown"
  # kesar ke packets chhote hain — 0.25kg slab
  default_weight_kg: 0.25
  default_dims_cm: [15, 10, 5]
''', words_pw())

add("python/dhl-api-key", "kongposh/shipping/dhl_express.py", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", r'''
"""DHL Express (export: UAE, UK, US). Kesar export — commercial invoice saath jaata hai."""
import base64

import requests

DHL_USER = "kongposhIN"
DHL_PASS = "@@s@@"
AUTH = "Basic " + base64.b64encode(f"{DHL_USER}:{DHL_PASS}".encode()).decode()


def rate(weight_kg: float, country: str, postcode: str) -> dict:
    params = {"accountNumber": "951203847", "originCountryCode": "IN", "originCityName": "Pampore",
              "destinationCountryCode": country, "destinationPostalCode": postcode,
              "weight": weight_kg, "length": 20, "width": 15, "height": 10, "plannedShippingDate": "2024-04-02",
              "isCustomsDeclarable": "true", "unitOfMeasurement": "metric"}
    return requests.get("https://express.api.dhl.com/mydhlapi/rates", params=params,
                        headers={"Authorization": AUTH}, timeout=30).json()
''', mixed(16) + "$" + mixed(3))

add("json/fedex-client-secret", "kongposh/shipping/fedex.credentials.json", "https://developer.fedex.com/api/en-us/catalog/authorization/v1/docs.html", r'''
{
  "environment": "production",
  "client_id": "l7@@cid@@",
  "client_secret": "@@s@@",
  "account_number": "740561073",
  "note": "اخروٹ کا گٹھا US — FedEx International Priority"
}
''', hexs(32), cid=hexs(30))

add("env/delhivery-token", "kongposh/shipping/.env.delhivery", "https://one.delhivery.com/developer-portal/documents", r'''
DELHIVERY_BASE=https://track.delhivery.com
# token = "Token <api key>" header mein
DELHIVERY_API_TOKEN=@@s@@
DELHIVERY_PICKUP=KONGPOSH PAMPORE
DELHIVERY_CLIENT=KONGPOSHEXPORTS
''', hexs(40))

add("php/ccavenue-working-key", "kongposh/old-site/ccavenue/config.php", "https://www.ccavenue.com/inc/download/CCAvenue_Integration_Kit.pdf", r'''
<?php
// CCAvenue (international cards — UAE/UK customers ke liye)
$merchant_id  = '2318745';
$access_code  = 'AVQK05LC21AB79KQBA';
$working_key  = '@@s@@';  // ووٚرکِنٛگ کی — کانٛہہ ما ہاوِو
$redirect_url = 'https://kongposh.in/ccavenue/response.php';
$cancel_url   = 'https://kongposh.in/cart';
$language     = 'EN';
''', hexs(32).upper())

add("csv/decoy-gst-invoices", "kongposh/accounts/gstr1-2024-03.csv", "https://tutorial.gst.gov.in/userguide/returns/Create_and_Submit_GSTR1.htm", r'''
invoice_no,date,buyer_gstin,place_of_supply,hsn,description,taxable_value,igst,cgst,sgst
KP/24/0311,2024-03-04,27AAKCS8821L1ZQ,27-Maharashtra,09102010,Saffron Mongra 10g x 50,112500,5625,0,0
KP/24/0312,2024-03-06,01ABDPW4412K1Z7,01-Jammu and Kashmir,08023200,Walnut kernels light 25kg,21000,0,525,525
KP/24/0313,2024-03-09,07AAGFK9281M1ZP,07-Delhi,09102010,Saffron Lachha 5g x 100,98000,4900,0,0
KP/24/0314,2024-03-12,,01-Jammu and Kashmir,08023100,Walnut in-shell 10kg (retail),6800,0,170,170
''')

add("python/decoy-gstin-validate", "kongposh/accounts/gstin.py", "https://www.gstn.org.in/", r'''
"""GSTIN checksum — buyer ka GSTIN galat ho toh invoice nahi banegi."""
CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

OUR_GSTIN = "01AAMFK7712P1ZC"  # Kong Posh Exports, Pampore (public, invoice pe chhapta hai)


def valid(gstin: str) -> bool:
    if len(gstin) != 15:
        return False
    total = 0
    for i, ch in enumerate(gstin[:14]):
        v = CHARS.index(ch) * (2 if i % 2 else 1)
        total += v // 36 + v % 36
    return CHARS[(36 - total % 36) % 36] == gstin[14]
''')

add("ini/tally-odbc-password", "kongposh/accounts/tally-bridge.ini", "https://help.tallysolutions.com/article/Tally.ERP9/Integration_Capabilities/ODBC/ODBC_Interface.htm", r'''
; Tally Prime <-> shop orders bridge (Mushtaq sahib ke computer pe)
[tally]
host = 192.168.0.20
port = 9000
company = Kong Posh Exports 2023-24
[shopdb]
driver = mysql
host = 192.168.0.5
user = tallybridge
password = @@s@@
db = kongposh_orders
''', words_pw())

add("js/zoho-books-refresh-token", "kongposh/accounts/zoho/zoho.js", "https://www.zoho.com/books/api/v3/oauth/#overview", r'''
// Zoho Books (export invoices in USD/AED). Refresh token — self client se banaya
const CLIENT_ID = "1000.@@cid@@";
const CLIENT_SECRET = process.env.ZOHO_CLIENT_SECRET; // ye env mein hai
const REFRESH_TOKEN = "@@s@@";

async function accessToken() {
  const u = new URL("https://accounts.zoho.in/oauth/v2/token");
  u.search = new URLSearchParams({ refresh_token: REFRESH_TOKEN, client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET, grant_type: "refresh_token" });
  const r = await fetch(u, { method: "POST" });
  return (await r.json()).access_token;
}
module.exports = { accessToken };
''', "1000." + hexs(32) + "." + hexs(32), cid=rnd(30, UPPER))

add("markdown/decoy-api-docs-example", "kongposh/shipping/README.md", "https://apidocs.shiprocket.in/", r'''
# shipping/

Courier integrations for Kong Posh. Domestic via Shiprocket, export via DHL / FedEx.

```bash
curl -X POST https://apiv2.shiprocket.in/v1/external/auth/login \
  -H "Content-Type: application/json" \
  -d '{"email": "you@example.com", "password": "your-password"}'
```

Token 10 din chalta hai. Credentials `shipping/config/shiprocket.yaml` mein nahi, **env** mein rakhein:
`SHIPROCKET_EMAIL`, `SHIPROCKET_PASSWORD`. (اَتھ فائلہِ منز اصل password مَہ لیکھِو)
''')

add("python/mailchimp-key", "kongposh/marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Eid / Nowruz / Diwali newsletter — kesar offers."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@s@@", "server": "us14"})

AUDIENCE = "a81c2f93d0"  # "Kong Posh customers (IN + Gulf)"


def add_subscriber(email, name, lang="en"):
    return client.lists.add_list_member(AUDIENCE, {"email_address": email, "status": "subscribed",
                                                   "merge_fields": {"FNAME": name}, "language": lang})
''', hexs(32) + "-us14")

add("yaml/decoy-mailchimp-audience", "kongposh/marketing/campaigns.yaml", "https://mailchimp.com/developer/marketing/api/campaigns/", r'''
# campaign plan 2024 — IDs public hain (Mailchimp audience/list ids), key env mein
audience_id: a81c2f93d0
campaigns:
  - name: nowruz-2024
    send: 2024-03-20T06:00:00+05:30
    segment: gulf
    subject_ur: "نوروز مبارک — کیسر پر ۱۵٪ رعایت"
  - name: harvest-2024
    send: 2024-11-05T06:00:00+05:30
    segment: all
    subject_en: "New harvest Mongra saffron from Pampore is here"
api_key_env: MAILCHIMP_API_KEY
''')

add("env/instagram-token", "kongposh/marketing/.env.social", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api", r'''
# Instagram @kongposh.pampore — auto post harvest photos
IG_BUSINESS_ID=17841463920187342
IG_ACCESS_TOKEN=@@s@@
FB_PAGE_ID=108273645519283
POST_HOUR=19
''', meta_token())

add("python/amazon-sp-api-refresh", "kongposh/marketplaces/amazon_sp.py", "https://developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api", r'''
# Amazon.in + Amazon.ae listings (saffron 1g/2g, walnut kernels 500g)
import os

from sp_api.api import Orders
from sp_api.base import Marketplaces

credentials = dict(
    refresh_token="@@s@@",
    lwa_app_id="amzn1.application-oa2-client.@@app@@",
    lwa_client_secret=os.environ["LWA_CLIENT_SECRET"],
)

orders = Orders(credentials=credentials, marketplace=Marketplaces.IN).get_orders(CreatedAfter="2024-03-01")
for o in orders.payload["Orders"]:
    print(o["AmazonOrderId"], o["OrderStatus"])
''', "Atzr|" + fakes.drawn(_seed(), 300, ALNUM + "-_"), app=hexs(32))

add("yaml/decoy-amazon-ids", "kongposh/marketplaces/listings.yaml", "https://developer-docs.amazon.com/sp-api/docs/marketplace-ids", r'''
marketplaces:
  IN: A21TJRUUN4KGV
  AE: A2VIGQ35RCS4UG
seller_id: A3K9QZ0P1XJ8LM
listings:
  - sku: KP-SAF-MON-1G
    asin: B0CX7K2M9Q
    title: "Kong Posh Pure Kashmiri Mongra Saffron 1g (Pampore)"
  - sku: KP-WAL-KER-500
    asin: B0CX7L4N1R
    title: "Kashmiri Walnut Kernels Light Halves 500g"
''')

add("js/decoy-stripe-publishable", "kongposh/shop/theme/assets/intl-checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
// International checkout (UK/US) — publishable key, browser mein theek hai
const stripe = Stripe("@@pk@@");
const elements = stripe.elements({ locale: "en-GB" });
const card = elements.create("card", { hidePostalCode: false });
card.mount("#card-element");
document.querySelector("#pay").addEventListener("click", async () => {
  const { error } = await stripe.confirmCardPayment(window.KP.clientSecret, { payment_method: { card } });
  if (error) alert(error.message);
});
''', pk=stripe("pk_live_"))

add("python/stripe-secret", "kongposh/shop/intl_payments.py", "https://docs.stripe.com/keys", r'''
import stripe

# UK company account (Kong Posh Ltd, London) — sirf GBP/USD
stripe.api_key = "@@s@@"


def intent_for(order):
    return stripe.PaymentIntent.create(amount=int(order.total * 100), currency=order.currency.lower(),
                                       metadata={"order": order.number, "origin": "Pampore"})
''', stripe())

add("email/password-in-mail", "kongposh/accounts/mail/2024-03-18-apeda-login.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Mushtaq Ahmad <accounts@kongposh.in>
To: Tariq Wani <tariq@kongposh.in>
Subject: APEDA / DGFT login
Date: Mon, 18 Mar 2024 11:02:37 +0530
Content-Type: text/plain; charset=UTF-8

Tariq sahab, assalamu alaikum,

APEDA RCMC renewal ke liye DGFT portal ka login:
User: KONGPOSH01
Password: @@s@@

IEC wahi hai jo letterhead pe hai. Kal tak renewal ho jani chahiye, warna Dubai wala
consignment ruk jayega.

Mushtaq
''', words_pw())

add("txt/kashmiri-note-password", "kongposh/notes/tariq-phone-notes.txt", "https://www.icegate.gov.in/", r'''
ICEGATE login — shipping bill ke liye
yuzar: KONGPOSH.EXP
پاس ورڈ: @@s@@
(ہر ۹۰ دۄہہ بدلاوُن پیوان — next badlaav June)

Customs broker: Ghulam Nabi & Sons, Srinagar Air Cargo
phone: 0194-24xxxxx
''', words_pw())

add("markdown/urdu-handover-note", "kongposh/notes/handover-ur.md", "https://www.zoho.com/mail/help/adminconsole/smtp-settings.html", r'''
# حوالگی نوٹ — طارق سے فیصل کو

- دکان کی ای میل: shop@kongposh.in
- ای میل کا پاس ورڈ: `@@s@@`
- Shopify میں لاگ ان Google سے ہوتا ہے (Tariq ka account)
- کیسر کا اسٹاک ہر اتوار گننا ہے — Mongra aur Lachha الگ الگ
- اخروٹ کی گِری کا نمی ٹیسٹ ہر کھیپ سے پہلے

اگر کوئی مسئلہ ہو تو مجھے فون کریں۔
''', words_pw())

add("yaml/gitlab-ci-token", "kongposh/shop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
stages: [test, deploy]

variables:
  THEME_DIR: theme

test:
  stage: test
  image: node:20
  script: [npm ci, npm test]

deploy_theme:
  stage: deploy
  image: ruby:3.2
  script:
    - gem install shopify-cli
    - git clone https://oauth2:@@s@@@gitlab.com/kongposh/theme-assets.git vendor/assets
    - shopify theme push --path $THEME_DIR --live --allow-live
  only: [main]
''', gitlab())

add("dockerfile/npm-token", "kongposh/shop/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
FROM node:20-alpine
WORKDIR /app
# private package @kongposh/invoice-pdf (GST invoice Urdu+English)
RUN echo "//registry.npmjs.org/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci --omit=dev && rm -f .npmrc
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
''', npm_tok())

add("npmrc/decoy-env-token", "kongposh/invoice-pdf/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
@kongposh:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
''')

add("python/decoy-invoice-hash", "kongposh/invoice-pdf/irn.py", "https://einvoice1.gst.gov.in/Documents/IRN_Generation.pdf", r'''
"""e-invoice IRN: SHA-256 of GSTIN + FY + doc type + doc no (IRP calculates the same)."""
import hashlib


def irn(gstin: str, fy: str, doc_type: str, doc_no: str) -> str:
    return hashlib.sha256(f"{gstin}{fy}{doc_type}{doc_no}".encode()).hexdigest()


# KP/24/0311 ka IRN (portal se match kiya):
SAMPLE_IRN = "@@h@@"
SAMPLE_ACK_NO = "112410047391827"
''', h=hexs(64))

add("json/decoy-package-lock-integrity", "kongposh/invoice-pdf/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "@kongposh/invoice-pdf",
  "version": "1.4.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/pdfkit": {
      "version": "0.15.0",
      "resolved": "https://registry.npmjs.org/pdfkit/-/pdfkit-0.15.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("go/msg91-authkey", "kongposh/otp/sms.go", "https://docs.msg91.com/reference/send-otp", r'''
package otp

import (
	"fmt"
	"net/http"
)

// MSG91 OTP — customer login (shop app). DLT template approved.
const authKey = "@@s@@"
const templateID = "65f2a0c1d6fc0521b34e8c92"

func Send(mobile string) error {
	url := fmt.Sprintf("https://control.msg91.com/api/v5/otp?template_id=%s&mobile=91%s", templateID, mobile)
	req, _ := http.NewRequest("POST", url, nil)
	req.Header.Set("authkey", authKey)
	_, err := http.DefaultClient.Do(req)
	return err
}
''', str(random.Random(_seed()).randint(100000, 999999)) + "A" + mixed(16))

add("go/decoy-config-env", "kongposh/otp/config.go", "https://pkg.go.dev/os#Getenv", r'''
package otp

import "os"

// sab values env se — Kubernetes secret "otp" mein hain
type Config struct {
	AuthKey    string
	TemplateID string
	Sender     string
}

func Load() Config {
	return Config{
		AuthKey:    os.Getenv("MSG91_AUTH_KEY"),
		TemplateID: os.Getenv("MSG91_TEMPLATE_ID"),
		Sender:     "KNGPSH",
	}
}
''')

add("rust/redis-url", "kongposh/stockd/src/main.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", r'''
// stockd: kesar aur doon ka live stock (Shopify + Amazon dono ko)
use redis::Commands;

const REDIS_URL: &str = "redis://:@@s@@@10.10.0.7:6379/2";

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    let grams: i64 = con.get("stock:saffron:mongra:grams")?;
    let kg: i64 = con.get("stock:walnut:kernel-light:kg")?;
    println!("کونٛگ: {grams} g, دۄن: {kg} kg");
    Ok(())
}
''', fakes.redis_password(_seed()))

add("toml/decoy-cargo-lock", "kongposh/stockd/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r'''
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "redis"
version = "0.25.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "stockd"
version = "0.1.0"
dependencies = ["redis"]
''', c1=hexs(64))

add("systemd/env-password", "kongposh/stockd/deploy/stockd.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Kong Posh stock daemon
After=network-online.target

[Service]
User=stockd
Environment=RUST_LOG=info
Environment=SHOPIFY_STORE=kongposh-pampore.myshopify.com
Environment=SHOPIFY_ADMIN_TOKEN=@@s@@
ExecStart=/usr/local/bin/stockd
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', shopify())

add("systemd/decoy-envfile", "kongposh/stockd/deploy/stockd-envfile.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Kong Posh stock daemon (new, env file)
After=network-online.target

[Service]
User=stockd
EnvironmentFile=/etc/kongposh/stockd.env
# /etc/kongposh/stockd.env: chmod 600, root:stockd — repo mein nahi
ExecStart=/usr/local/bin/stockd
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("sql/db-user-password", "kongposh/db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- reporting user for Metabase (Tariq ke monthly kesar reports)
-- TODO: password rotate karna hai, ye sab ko pata hai ab
CREATE ROLE metabase_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE kongposh TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON orders, order_items, products, stock_moves TO metabase_ro;
''', words_pw())

add("sql/decoy-password-hash-seed", "kongposh/db/seed/0001_admin.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- admin user for local dev; password set on first login (hash is of a random throwaway)
INSERT INTO staff (email, name, role, password_hash, must_reset)
VALUES ('admin@localhost', 'Dev Admin', 'admin',
        '$argon2id$v=19$m=65536,t=3,p=4$@@salt@@$@@hash@@', true);
-- تٔمۍ پتہٕ reset link سوزِو
''', salt=rnd(22, ALNUM + "+/"), hash=rnd(43, ALNUM + "+/"))

add("docker-compose/metabase-db-url", "kongposh/reports/docker-compose.yml", "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", r'''
services:
  metabase:
    image: metabase/metabase:v0.49.6
    ports: ["3001:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_CONNECTION_URI: "postgres://metabase:@@s@@@10.10.0.9:5432/metabase?sslmode=disable"
      JAVA_TIMEZONE: Asia/Kolkata
    restart: unless-stopped
''', mixed(22))

add("csharp/connection-string", "kongposh/desktop/KongPosh.Billing/appsettings.json", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", r'''
{
  "ConnectionStrings": {
    "Billing": "Server=192.168.0.5,1433;Database=KongPoshBilling;User Id=billing_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Invoice": { "Prefix": "KP/24/", "Gstin": "01AAMFK7712P1ZC", "Footer": "شکریہ — Kong Posh, Pampore" }
}
''', words_pw())

add("json/decoy-appsettings-dev", "kongposh/desktop/KongPosh.Billing/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "ConnectionStrings": {
    "Billing": "Server=(localdb)\\MSSQLLocalDB;Database=KongPoshBilling_Dev;Trusted_Connection=True"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "Invoice": { "Prefix": "DEV/", "Gstin": "01AAMFK7712P1ZC" },
  "Comment": "production password user-secrets / env mein: ConnectionStrings__Billing"
}
''')

# ---------------------------------------------------------------- both: developer machines and tooling

add("gitconfig/github-pat-insteadof", "kongposh/dev/faisal-home/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r'''
[user]
	name = Faisal Wani
	email = faisal@kongposh.in
[core]
	editor = code --wait
	autocrlf = input
# private repos (kongposh org) — har baar password na maange
[url "https://faisal-wani:@@s@@@github.com/"]
	insteadOf = https://github.com/
[pull]
	rebase = true
''', fakes.github_token(_seed()))

add("pypirc/pypi-token", "dalmahal/dev/irfan/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

# houseboat-availability (open source ical merger) — Irfan ka package
[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

_pat = gitlab()
add("docker-config/auth-b64", "dalmahal/dev/irfan/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", r'''
{
	"auths": {
		"registry.gitlab.com": {
			"auth": "@@enc@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "desktop"
}
''', b64("irfan.dalmahal:" + _pat), enc=b64("irfan.dalmahal:" + _pat))

add("kubeconfig/bearer-token", "dalmahal/deploy/kubeconfig-ci.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: dalmahal-blr1
    cluster:
      server: https://4b1c7e02-9a3d-4e11-8f0a-2d6c1b7e9f44.k8s.ondigitalocean.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUREVENDQWZXZ0F3SUJBZ0lVYzRqQ2t5
users:
  - name: ci-deployer
    user:
      token: @@s@@
contexts:
  - name: ci
    context: {cluster: dalmahal-blr1, user: ci-deployer, namespace: dalmahal}
current-context: ci
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"dalmahal","kubernetes.io/serviceaccount/service-account.name":"ci-deployer"}'))

add("vscode/sftp-password", "kongposh/old-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "kongposh.in (Hostinger)",
    "host": "145.14.152.88",
    "protocol": "sftp",
    "port": 65002,
    "username": "u918273645",
    "password": "@@s@@",
    "remotePath": "/home/u918273645/domains/kongposh.in/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

_fz = words_pw()
add("filezilla/b64-password", "kongposh/old-site/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Server>
			<Host>145.14.152.88</Host>
			<Port>65002</Port>
			<Protocol>1</Protocol>
			<User>u918273645</User>
			<Pass encoding="base64">@@enc@@</Pass>
			<Name>kongposh purana hosting</Name>
		</Server>
	</Servers>
</FileZilla3>
''', b64(_fz), enc=b64(_fz))

add("netrc/password", "dalmahal/dev/irfan/.netrc", "https://everything.curl.dev/usingcurl/netrc", r'''
machine api.dalmahal-houseboats.in
  login irfan
  password @@s@@
# ftp band kar diya (2023), sirf sftp + key
# curl --netrc https://api.dalmahal-houseboats.in/admin/export
''', words_pw())

add("ansible/decoy-vault-ref", "dalmahal/infra/ansible/group_vars/boats.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", r'''
# Har boat pe ek Raspberry Pi: Wi-Fi portal + CCTV relay
boat_wifi_ssid_prefix: DalMahal-
boat_timezone: Asia/Kolkata
portal_admin_user: portal
portal_admin_password: "{{ vault_portal_admin_password }}"
mqtt_password: "{{ lookup('env', 'MQTT_PASSWORD') }}"
boats:
  - {name: gul-e-nigeen, ip: 10.20.1.11}
  - {name: shahi-shikara, ip: 10.20.1.12}
  - {name: nigeen-palace, ip: 10.20.1.13}
''')

add("ansible/decoy-vault-encrypted", "dalmahal/infra/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("ansible/plain-password", "dalmahal/infra/ansible/host_vars/nigeen-office.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
# Nigeen office mini PC (Windows) — WinRM
ansible_host: 10.20.0.5
ansible_user: dalmahal-admin
ansible_password: "@@s@@"
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
''', words_pw())

add("helm/values-mongo-uri", "kongposh/deploy/helm/values-prod.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
image:
  repository: registry.gitlab.com/kongposh/catalog-api
  tag: "1.8.0"
replicaCount: 2
env:
  NODE_ENV: production
  # Atlas M10 (Mumbai) — product catalogue + reviews
  MONGODB_URI: "mongodb+srv://catalog:@@s@@@kongposh-prod.x8k2q.mongodb.net/catalog?retryWrites=true&w=majority"
ingress:
  host: api.kongposh.in
''', mixed(18))

add("helm/decoy-existing-secret", "kongposh/deploy/helm/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/mongodb", r'''
image:
  repository: registry.gitlab.com/kongposh/catalog-api
  tag: "1.9.0-rc1"
replicaCount: 1
env:
  NODE_ENV: staging
existingSecret: catalog-staging
envFromSecret:
  MONGODB_URI: mongodb-uri
# staging DB ka password: kubectl get secret catalog-staging -o jsonpath='{.data.mongodb-uri}' | base64 -d
ingress:
  host: staging-api.kongposh.in
''')

add("python/openai-key-guest-bot", "dalmahal/guestbot/answer.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Guest questions ka jawab (English/Urdu/Hindi): check-in time, shikara, Mughal gardens."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = ("You are the front desk of Dal Mahal Houseboats on Dal Lake, Srinagar. Check-in 12:00, "
          "check-out 10:30. Shikara pickup from Ghat 9. Reply in the guest's language.")


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": question}])
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("ts/anthropic-key", "kongposh/support/src/translate.ts", "https://docs.anthropic.com/en/api/getting-started", r'''
// product descriptions: English -> Urdu / Arabic (Gulf customers)
import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic({ apiKey: "@@s@@" });

export async function translate(text: string, lang: "ur" | "ar"): Promise<string> {
  const msg = await client.messages.create({
    model: "claude-3-5-sonnet-20240620",
    max_tokens: 1024,
    messages: [{ role: "user", content: `Translate this saffron product description to ${lang}:\n${text}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
''', anthropic_key())

add("python/hf-token", "dalmahal/guestbot/embed.py", "https://huggingface.co/docs/hub/security-tokens", r'''
# FAQ embeddings (multilingual) — Kashmiri abhi theek nahi samajhta, Urdu chalta hai
from huggingface_hub import login
from sentence_transformers import SentenceTransformer

login(token="@@s@@")
model = SentenceTransformer("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2")
faq = ["Check-in kitne baje hai?", "شکارا کہاں سے ملے گا؟", "Is breakfast included?"]
vectors = model.encode(faq)
print(vectors.shape)
''', hf_tok())

add("env/decoy-dotenv-template", "dalmahal/guestbot/.env.sample", "https://platform.openai.com/docs/quickstart", r'''
# guestbot — copy to .env
OPENAI_API_KEY=sk-proj-...
HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WHATSAPP_TOKEN=
DEFAULT_LANG=en
# ur / hi / ks (Kashmiri: abhi sirf Roman)
''')

add("shell/slack-webhook", "kongposh/ops/notify-low-stock.sh", "https://api.slack.com/messaging/webhooks", r'''
#!/bin/sh
# cron: har subah 8 baje — kesar 200g se kam ho toh Slack pe alert
GRAMS=$(redis-cli -h 10.10.0.7 -a "$REDIS_PASSWORD" get stock:saffron:mongra:grams)
if [ "$GRAMS" -lt 200 ]; then
  curl -s -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\"کونٛگ کم گوو! Mongra stock: ${GRAMS}g\"}" \
    @@s@@
fi
''', slack_webhook())

add("python/discord-webhook", "dalmahal/ops/reviews/tripadvisor_watch.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Naya TripAdvisor/Google review aaye toh Discord channel #reviews mein."""
import requests

WEBHOOK = "@@s@@"


def post(review):
    stars = "⭐" * review["rating"]
    requests.post(WEBHOOK, json={"content": f"{stars} {review['author']}: {review['text'][:300]}"}, timeout=10)
''', discord_webhook())

add("yaml/slack-bot-token", "kongposh/ops/standup-bot/config.yml", "https://api.slack.com/authentication/token-types#bot", r'''
# standup bot — #godown channel (Pampore godown team)
slack:
  bot_token: @@s@@
  channel: C06K2M9QZ1R
schedule: "0 9 * * 1-6"
questions:
  - "Aaz kyah packing? (kesar / doon)"
  - "Koi courier pending?"
  - "Drying room humidity theek?"
''', slack_bot())

add("yaml/decoy-slack-ids", "kongposh/ops/standup-bot/channels.yml", "https://api.slack.com/types/conversation", r'''
# Slack IDs (not secrets — workspace ke andar sab dekh sakte hain)
workspace: T05QZ8K1M2P
channels:
  godown: C06K2M9QZ1R
  orders: C06K2M9QZ1S
  export: C06L1N8PY0T
users:
  tariq: U05QZ8K7A1B
  mushtaq: U05QZ9L2C3D
  faisal: U06A1B2C3D4
signing_secret_env: SLACK_SIGNING_SECRET
''')

# ---------------------------------------------------------------- Kong Posh: drying room, godown, more services

add("yaml/mqtt-password", "kongposh/godown/drying-room/esphome-drying.yaml", "https://esphome.io/components/mqtt.html", r'''
# Kesar drying room (Pampore) — temp/humidity, heater relay
# کونٛگ خۄشک کرنٕ خٲطرٕ ۳۵–۴۰ ڈگری، نمی ۱۰٪ تام
esphome:
  name: drying-room-1
esp32:
  board: esp32dev
wifi:
  ssid: "KongPosh-Godown"
  password: !secret wifi_password
mqtt:
  broker: 192.168.0.50
  username: drying
  password: "@@s@@"
sensor:
  - platform: dht
    pin: GPIO4
    temperature: {name: "Drying Temp"}
    humidity: {name: "Drying Humidity"}
''', words_pw())

add("yaml/esphome-secrets", "kongposh/godown/drying-room/secrets.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", r'''
# ESPHome secrets — gitignore mein daalna tha
wifi_ssid: "KongPosh-Godown"
wifi_password: "@@s@@"
# ota aur api key abhi band hain (sirf LAN)
# doosra godown (Khrew) ka wifi abhi nahi lagaya
''', words_pw())

add("python/decoy-esphome-api-noise-psk-ref", "kongposh/godown/drying-room/read_sensors.py", "https://esphome.io/components/api.html", r'''
"""Drying room readings -> Google Sheet (Tariq roz dekhte hain)."""
import asyncio
import os

import aioesphomeapi


async def main():
    api = aioesphomeapi.APIClient("192.168.0.61", 6053, password=None,
                                  noise_psk=os.environ["DRYING_NOISE_PSK"])
    await api.connect(login=True)
    for s in await api.list_entities_services():
        print(s)
    await api.disconnect()

asyncio.run(main())
''')

add("mosquitto/decoy-passwd-hashes", "kongposh/godown/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
drying:$7$101$@@a@@==$@@b@@==
walnut-cracker:$7$101$@@c@@==$@@d@@==
homeassistant:$7$101$@@e@@==$@@f@@==
nodered:$7$101$@@g@@==$@@h@@==
tariq:$7$101$@@i@@==$@@j@@==
''', a=rnd(14, ALNUM + "+/"), b=rnd(86, ALNUM + "+/"), c=rnd(14, ALNUM + "+/"), d=rnd(86, ALNUM + "+/"),
    e=rnd(14, ALNUM + "+/"), f=rnd(86, ALNUM + "+/"), g=rnd(14, ALNUM + "+/"), h=rnd(86, ALNUM + "+/"),
    i=rnd(14, ALNUM + "+/"), j=rnd(86, ALNUM + "+/"))

add("json/node-red-flow-password", "kongposh/godown/node-red/flows_cred_plain.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
{
  "b7c2e1f0.4a9d3": {
    "user": "nodered",
    "password": "@@s@@"
  },
  "c91d0a22.7e3f1": {
    "token": ""
  }
}
''', words_pw())

add("yaml/home-assistant-secrets", "kongposh/godown/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant — godown (walnut cracker, drying room, CCTV)
latitude_home: 34.0141
longitude_home: 74.9304
mqtt_password: "@@s@@"
telegram_chat_id: -1002018374650
# camera ka password agle hafte badalna hai
''', words_pw())

add("yaml/decoy-ha-config-secret-refs", "kongposh/godown/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Kong Posh Godown
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: Asia/Kolkata
mqtt:
  sensor:
    - name: "Walnut cracker runtime"
      state_topic: "godown/cracker/runtime_min"
telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_key
    allowed_chat_ids: [!secret telegram_chat_id]
''')

add("js/cloudinary-url", "kongposh/shop/scripts/upload-product-photos.js", "https://cloudinary.com/documentation/node_integration#configuration", r'''
// product photos (kesar threads close-up, akhrot) -> Cloudinary
process.env.CLOUDINARY_URL = process.env.CLOUDINARY_URL ||
  "cloudinary://@@key@@:@@s@@@kongposh";
const cloudinary = require("cloudinary").v2;
const fs = require("fs");

for (const f of fs.readdirSync("./photos")) {
  cloudinary.uploader.upload(`./photos/${f}`, { folder: "products/2024", use_filename: true })
    .then((r) => console.log("اپلوڈ ہوا", r.secure_url));
}
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("js/algolia-admin-key", "kongposh/shop/scripts/reindex.js", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
// search index rebuild — "saffron", "kesar", "کیسر", "zafran" sab synonyms
const algoliasearch = require("algoliasearch");
const client = algoliasearch("K8Q2ZP1M7X", "@@s@@"); // admin key!! search-only alag hai
const index = client.initIndex("products_prod");

index.setSettings({ searchableAttributes: ["title", "title_ur", "tags"] });
index.saveSynonyms([{ objectID: "saffron", type: "synonym", synonyms: ["saffron", "kesar", "zafran", "کیسر", "کونگ"] }]);
''', hexs(32))

add("js/decoy-algolia-search-key", "kongposh/shop/theme/assets/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// frontend search — SEARCH-ONLY key (public, Algolia docs ke hisaab se theek)
const searchClient = algoliasearch("K8Q2ZP1M7X", "@@k@@");
const search = instantsearch({ indexName: "products_prod", searchClient });
search.addWidgets([
  instantsearch.widgets.searchBox({ container: "#q", placeholder: "Search saffron, walnuts… / تلاش کریں" }),
  instantsearch.widgets.hits({ container: "#hits" }),
]);
search.start();
''', k=hexs(32))

_cf = "cfsk_ma_prod_" + hexs(32) + "_" + hexs(8)
add("php/cashfree-secret", "kongposh/old-site/payments/cashfree.php", "https://docs.cashfree.com/reference/pg-new-apis-endpoint", r'''
<?php
// Cashfree PG (UPI + cards) — 2022 ka integration, abhi bhi chal raha hai
const CF_APP_ID = '2183746@@app@@';
const CF_SECRET = '@@s@@';
const CF_ENV    = 'PROD';

function cf_headers() {
    return [
        'x-client-id: ' . CF_APP_ID,
        'x-client-secret: ' . CF_SECRET,
        'x-api-version: 2023-08-01',
        'Content-Type: application/json',
    ];
}
''', _cf, app=hexs(24))

add("java/phonepe-salt-key", "kongposh/pos-app/src/main/java/in/kongposh/pos/PhonePeConfig.java", "https://developer.phonepe.com/v1/docs/checksum-logic", r'''
package in.kongposh.pos;

/** PhonePe PG for the shop counter tablet (Pampore showroom). */
public final class PhonePeConfig {
    public static final String MERCHANT_ID = "KONGPOSHONLINE";
    public static final String SALT_KEY = "@@s@@";
    public static final int SALT_INDEX = 1;
    public static final String HOST = "https://api.phonepe.com/apis/hermes";

    private PhonePeConfig() {}
}
''', uuid_s())

add("kotlin/decoy-buildconfig", "kongposh/pos-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
android {
    namespace = "in.kongposh.pos"
    defaultConfig {
        applicationId = "in.kongposh.pos"
        minSdk = 26
        versionCode = 14
        versionName = "1.4"
        // secrets local.properties / CI env se — repo mein kuch nahi
        buildConfigField("String", "PHONEPE_SALT", "\"${project.findProperty("PHONEPE_SALT") ?: ""}\"")
        buildConfigField("String", "API_BASE", "\"https://api.kongposh.in/\"")
    }
}
''')

add("python/paytm-merchant-key", "kongposh/old-site/payments/paytm_checksum_check.py", "https://developer.paytm.com/docs/checksum/", r'''
# Paytm callback verify — purane orders ke refunds ke liye abhi bhi chahiye
from paytmchecksum import PaytmChecksum

MID = "KONGPO81726354091827"
MERCHANT_KEY = "@@s@@"


def verify(params: dict) -> bool:
    checksum = params.pop("CHECKSUMHASH")
    return PaytmChecksum.verifySignature(params, MERCHANT_KEY, checksum)
''', rnd(16, ALNUM + "#@&%_"))

add("python/airtable-pat", "kongposh/sourcing/farmers_sync.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""Pampore/Khrew ke kisaan — kitna kesar kis se liya (Airtable base)."""
from pyairtable import Api

api = Api("@@s@@")
table = api.table("appK9x2QZ7m1LpR4t", "Farmers")

for rec in table.all(formula="{Season}='2023'"):
    f = rec["fields"]
    print(f.get("Naav"), f.get("Gaam"), f.get("Kong (g)"))
''', "pat" + mixed(14) + "." + hexs(64))

add("json/notion-token", "kongposh/sourcing/notion-export.config.json", "https://developers.notion.com/docs/authorization", r'''
{
  "notion_token": "@@s@@",
  "database_id": "6f1c2e9a0b7d4c3e8f5a1b2c3d4e5f60",
  "export_dir": "./exports",
  "title": "Harvest log 2023 — کونٛگ ہارویسٹ",
  "languages": ["en", "ur", "ks"]
}
''', "secret_" + mixed(43))

add("markdown/decoy-notion-readme", "kongposh/sourcing/README.md", "https://developers.notion.com/docs/create-a-notion-integration", r'''
# sourcing/

Farmers, harvests and GI-tag certificates (Kashmir Saffron GI, 2020).

- `farmers_sync.py` — Airtable → local CSV. Needs `AIRTABLE_TOKEN`.
- `notion-export` — Notion harvest log. Needs an internal integration secret (`secret_...` / `ntn_...`)
  in `NOTION_TOKEN`; share the database with the integration first.

GI certificate numbers (public): GI-APP-635, registered user RU-2347.
Kisaanon ke phone numbers yahan nahi — وۄنۍ Airtable منز چھِ۔
''')

add("csv/decoy-farmer-payments", "kongposh/sourcing/payments-2023.csv", "https://www.npci.org.in/what-we-do/upi/product-overview", r'''
farmer_id,naav,gaam,kong_grams,rate_per_g,amount,upi_ref
F-001,Ghulam Rasool,Lethpora,1250,310,387500,UPI/331829374651/PAID
F-002,Abdul Ahad,Khrew,840,305,256200,UPI/331829374998/PAID
F-003,Mohammad Ashraf,Chandhara,1500,310,465000,UPI/331829375512/PAID
F-004,Shameema,Dussu,420,300,126000,UPI/331829376003/PENDING
''')

add("txt/decoy-hash-list", "kongposh/export/docs/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
@@a@@  phyto-certificate-2024-0117.pdf
@@b@@  certificate-of-origin-2024-0117.pdf
@@c@@  commercial-invoice-KP-EXP-2024-009.pdf
@@d@@  packing-list-KP-EXP-2024-009.pdf
@@e@@  lab-report-ISO3632-batch-M23-14.pdf
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("markdown/decoy-export-checklist", "kongposh/export/CHECKLIST.md", "https://www.apeda.gov.in/", r'''
# Export checklist — Dubai / UK consignment

1. IEC: `AAMFK7712P` (public, har document pe)
2. APEDA RCMC valid? (login details Mushtaq sahib ke paas — **yahan mat likho**)
3. ISO 3632 lab report (Category I: crocin > 200)
4. Phytosanitary certificate — Plant Quarantine Station, Srinagar
5. Certificate of origin — FIEO
6. Commercial invoice + packing list (USD / AED)
7. ICEGATE shipping bill — broker filing karega

اَکھ اَکھ کاغذ دٔو دٔو copy۔
''')

add("yaml/decoy-openapi-example", "kongposh/catalog-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
openapi: 3.0.3
info: {title: Kong Posh catalog API, version: 1.8.0}
components:
  securitySchemes:
    ApiKeyAuth: {type: apiKey, in: header, name: X-API-Key}
security: [{ApiKeyAuth: []}]
paths:
  /products:
    get:
      summary: List products (saffron, walnuts, kahwa mix)
      parameters:
        - in: header
          name: X-API-Key
          schema: {type: string}
          example: YOUR_API_KEY_HERE
      responses:
        "200": {description: OK}
''')

# ---------------------------------------------------------------- houseboats: boats' network, guests' messages, hosting

add("wireguard/private-key", "dalmahal/ops/vpn/wg-nigeen.conf", "https://www.wireguard.com/quickstart/", r'''
# Nigeen office <-> booking server tunnel (CCTV + backups)
[Interface]
Address = 10.66.0.2/24
PrivateKey = @@s@@
ListenPort = 51820
DNS = 1.1.1.1

[Peer]
# book.dalmahal-houseboats.in
PublicKey = @@pub@@
Endpoint = 139.59.44.17:51820
AllowedIPs = 10.66.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("wireguard/decoy-peer-public", "dalmahal/ops/vpn/peers.md", "https://www.wireguard.com/protocol/", r'''
# WireGuard peers (public keys only — private keys har device pe apni)

| device | address | public key |
|---|---|---|
| booking server | 10.66.0.1 | `@@p1@@` |
| Nigeen office | 10.66.0.2 | `@@p2@@` |
| Irfan laptop | 10.66.0.3 | `@@p3@@` |
| Gul-e-Nigeen Pi | 10.66.0.11 | `@@p4@@` |

Naya device: `wg genkey | tee privatekey | wg pubkey` — sirf pubkey yahan likho.
''', p1=wg_key(), p2=wg_key(), p3=wg_key(), p4=wg_key())

add("hostapd/wpa-passphrase", "dalmahal/ops/boats/gul-e-nigeen/hostapd.conf", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", r'''
# Gul-e-Nigeen — staff network (guests ka alag captive portal hai)
interface=wlan0
driver=nl80211
ssid=DalMahal-Staff
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@s@@
''', words_pw())

add("txt/decoy-guest-wifi-card", "dalmahal/ops/boats/guest-wifi-card.txt", "https://www.wi-fi.org/discover-wi-fi/security", r'''
=========================================
   Dal Mahal Houseboats — Guest Wi-Fi
   دَل محل ہاؤس بوٹس — مہمان وائی فائی
=========================================
 Network:  DalMahal-Guest
 Password: printed on the card in your room
           (har kamre ka alag, har mahine badalta hai)
 Help:     +91 99060 00000 (WhatsApp)
=========================================
''')

add("python/fcm-server-key", "dalmahal/app/backend/push.py", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize_legacy_protocol_send_requests", r'''
"""Push to the guest app: 'Your shikara is at Ghat 9'. Legacy FCM (migrate karna hai)."""
import requests

FCM_SERVER_KEY = "@@s@@"


def push(device_token: str, title: str, body: str):
    return requests.post("https://fcm.googleapis.com/fcm/send",
                         headers={"Authorization": f"key={FCM_SERVER_KEY}"},
                         json={"to": device_token, "notification": {"title": title, "body": body}}, timeout=10)
''', fcm_server_key())

add("json/decoy-google-services", "dalmahal/app/android/app/google-services.json", "https://firebase.google.com/docs/android/setup#add-config-file", r'''
{
  "project_info": {
    "project_number": "418273645519",
    "project_id": "dalmahal-guest-app",
    "storage_bucket": "dalmahal-guest-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418273645519:android:7c2e9f1a0b3d4e5f",
        "android_client_info": {"package_name": "in.dalmahal.guest"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "ANDROID_API_KEY_INJECTED_AT_BUILD"}]
    }
  ],
  "configuration_version": "1"
}
''')

add("env/laravel-app-key", "dalmahal/shikara-booking/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Shikara Rides"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://shikara.dalmahal-houseboats.in
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=shikara
DB_USERNAME=shikara
DB_PASSWORD=${SHIKARA_DB_PASSWORD}
''', wg_key())

add("properties/spring-datasource", "dalmahal/channel-sync-java/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r'''
# STAAH channel manager bridge (Java, vendor ne diya tha)
server.port=8085
spring.datasource.url=jdbc:mysql://db.internal.dalmahal-houseboats.in:3306/dmh_inventory
spring.datasource.username=staah_bridge
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
staah.property-id=DMH-NIGEEN-01
logging.level.root=WARN
''', words_pw())

add("xml/staah-api-key", "dalmahal/channel-sync-java/src/main/resources/staah.xml", "https://www.staah.com/", r'''
<?xml version="1.0" encoding="UTF-8"?>
<staahConfig>
    <endpoint>https://api.staah.net/ota/v2</endpoint>
    <propertyId>DMH-NIGEEN-01</propertyId>
    <!-- vendor support se mila, 2023-05 -->
    <apiKey>@@s@@</apiKey>
    <rooms>
        <room code="GN-DLX" name="Gul-e-Nigeen Deluxe"/>
        <room code="SS-SUITE" name="Shahi Shikara Suite"/>
    </rooms>
</staahConfig>
''', mixed(40))

add("http/decoy-http-file-vars", "dalmahal/channel-sync/requests.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", r'''
### availability push (test)
POST https://supply-xml.booking.com/hotels/xml/availability
Authorization: Basic {{bookingcom_user}} {{bookingcom_password}}
Content-Type: text/xml

<request><username>{{bookingcom_user}}</username><password>{{bookingcom_password}}</password>
<hotel_id>9137752</hotel_id></request>

### MMT inventory
GET https://connect.makemytrip.com/api/inventory?hotelCode=2019283746
x-api-key: {{mmt_api_key}}
''')

add("json/postman-api-key", "dalmahal/channel-sync/postman/MMT.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/api-key/", r'''
{
  "info": {"name": "MMT connect — Dal Mahal", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "apikey",
    "apikey": [
      {"key": "key", "value": "x-api-key", "type": "string"},
      {"key": "value", "value": "@@s@@", "type": "string"},
      {"key": "in", "value": "header", "type": "string"}
    ]
  },
  "item": [
    {"name": "inventory", "request": {"method": "GET", "url": "https://connect.makemytrip.com/api/inventory?hotelCode=2019283746"}}
  ]
}
''', hexs(48))

add("python/exotel-token", "dalmahal/ops/calls/missed_call.py", "https://developer.exotel.com/api/make-a-call-api", r'''
"""Missed call par guest ko call back (Exotel virtual number)."""
import requests

SID = "dalmahal1"
API_KEY = "@@key@@"
API_TOKEN = "@@s@@"
URL = f"https://{API_KEY}:{API_TOKEN}@api.exotel.com/v1/Accounts/{SID}/Calls/connect"


def call_back(guest_number: str, staff_number: str):
    return requests.post(URL, data={"From": staff_number, "To": guest_number, "CallerId": "01943529000"})
''', hexs(40), key=hexs(48))

add("sh/fast2sms-key", "dalmahal/ops/calls/send-sms.sh", "https://docs.fast2sms.com/", r'''
#!/bin/bash
# usage: ./send-sms.sh 9906012345 "Shikara Ghat 9 par 4 baje"
NUM="$1"; MSG="$2"
curl -s -X POST https://www.fast2sms.com/dev/bulkV2 \
  -H "authorization: @@s@@" \
  -H "Content-Type: application/json" \
  -d "{\"route\":\"q\",\"message\":\"$MSG\",\"numbers\":\"$NUM\"}"
echo
''', rnd(80, ALNUM))

add("powershell/admin-password", "dalmahal/ops/office/setup-reception-pc.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", r'''
# Reception PC (Nigeen office) — local accounts
$pw = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
New-LocalUser -Name "reception" -Password $pw -FullName "Reception Desk" -Description "Dal Mahal front desk"
Add-LocalGroupMember -Group "Users" -Member "reception"
# printer + Tally shortcut
Add-Printer -ConnectionName "\\NIGEEN-OFFICE\HP-LaserJet"
Write-Host "ہو گیا — kaam khatam"
''', words_pw())

add("bat/decoy-net-use-prompt", "dalmahal/ops/office/map-drive.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Office NAS drive — password har user khud daalega (prompt)
REM مہربانی کر کے password yahan mat likhna
net use Z: \\NIGEEN-NAS\bookings /user:%USERNAME% *
net use Y: \\NIGEEN-NAS\photos /persistent:yes
echo Drives mapped.
pause
''')

add("crontab/password-in-cron", "dalmahal/ops/backup/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command — booking server (root)
MAILTO=irfan.dalmahal@gmail.com
15 2 * * * /usr/bin/pg_dump "postgresql://backup:@@s@@@localhost/dalmahal" | gzip > /srv/backups/dalmahal-$(date +\%F).sql.gz
45 2 * * * rclone copy /srv/backups gdrive:dalmahal-backups --max-age 48h
0 4 * * 0 find /srv/backups -mtime +30 -delete
''', words_pw())

add("rclone/decoy-obscured-ref", "dalmahal/ops/backup/rclone-setup.md", "https://rclone.org/drive/", r'''
# rclone (Google Drive backups)

```
rclone config
  n) New remote -> name: gdrive -> storage: drive
  client_id> (blank — rclone ka default)
  scope> 3 (drive.file)
  auto config? n  (server headless hai)
```
Token browser se milega; `~/.config/rclone/rclone.conf` server pe hi rahe — yahan commit na karein.
راتھ بیک اپ ۲ بجے، Drive پیٹھ ۳۰ دۄہ۔
''')

# ---------------------------------------------------------------- Kong Posh: web stack, monitoring, keys

add("js/express-session-secret", "kongposh/catalog-api/src/app.js", "https://expressjs.com/en/resources/middleware/session.html", r'''
const express = require("express");
const session = require("express-session");

const app = express();
app.use(express.json());
app.use(session({
  // TODO env mein daalo — Faisal
  secret: "@@s@@",
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, maxAge: 1000 * 60 * 60 * 24 },
}));
app.get("/health", (_req, res) => res.send("ٹھیک چھُ"));
module.exports = app;
''', mixed(48))

add("js/decoy-jwt-secret-env", "kongposh/catalog-api/src/auth.js", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
const jwt = require("jsonwebtoken");

const SECRET = process.env.JWT_SECRET;
if (!SECRET || SECRET.length < 32) {
  throw new Error("JWT_SECRET missing ya chhota hai (min 32 chars)");
}

exports.sign = (user) => jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: "12h" });
exports.verify = (token) => jwt.verify(token, SECRET);
''')

add("python/flask-secret-key", "kongposh/wholesale/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
"""Wholesale portal — dry-fruit dealers (Delhi, Mumbai, Dubai) apna rate dekhte hain."""
from flask import Flask, render_template

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@s@@"
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/")
def index():
    return render_template("rates.html", walnut_kg=780, saffron_g=315)
''', hexs(64))

add("python/decoy-secrets-token-hex", "kongposh/wholesale/make_secret.py", "https://docs.python.org/3/library/secrets.html#secrets.token_hex", r'''
"""Naya SECRET_KEY banao aur seedha server ke env file mein likho (print nahi)."""
import os
import secrets
from pathlib import Path

env = Path("/etc/kongposh/wholesale.env")
key = secrets.token_hex(32)
text = env.read_text() if env.exists() else ""
lines = [l for l in text.splitlines() if not l.startswith("FLASK_SECRET_KEY=")]
lines.append(f"FLASK_SECRET_KEY={key}")
env.write_text("\n".join(lines) + "\n")
os.chmod(env, 0o600)
print("ho gaya. restart: systemctl restart wholesale")
''')

add("ini/sentry-auth-token", "kongposh/shop/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r'''
[defaults]
url = https://sentry.io/
org = kong-posh
project = shop-frontend

[auth]
token = @@s@@
''', "sntrys_" + b64('{"iat":1710000000.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"kong-posh"}').rstrip("=") + "_" + mixed(43))

add("js/decoy-sentry-dsn", "kongposh/shop/theme/assets/sentry-init.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
// DSN public hai (Sentry docs: safe to keep public) — browser errors
Sentry.init({
  dsn: "https://@@k@@@o4507118273645.ingest.us.sentry.io/4507118299910144",
  release: "shop-theme@2024.04.1",
  tracesSampleRate: 0.1,
  environment: "production",
});
''', k=hexs(32))

add("yaml/datadog-api-key", "kongposh/deploy/datadog-agent.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
# /etc/datadog-agent/datadog.yaml (catalog-api droplet)
api_key: @@s@@
site: datadoghq.com
hostname: kongposh-api-1
tags:
  - env:prod
  - team:kongposh
logs_enabled: true
''', hexs(32))

add("env/newrelic-license", "kongposh/catalog-api/.env.prod", "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", r'''
NODE_ENV=production
PORT=8080
NEW_RELIC_APP_NAME=kongposh-catalog
NEW_RELIC_LICENSE_KEY=@@s@@
MONGODB_URI=${MONGODB_URI}
LOG_LEVEL=info
''', hexs(36) + "NRAL")

add("json/vercel-token", "kongposh/landing/.vercel/deploy-ci.json", "https://vercel.com/docs/rest-api#creating-an-access-token", r'''
{
  "orgId": "team_k9Q2ZP1M7XkongPosh",
  "projectId": "prj_8Jx2LmQ9zR4tKp7wYb1NcV3s",
  "token": "@@s@@",
  "note": "GitHub Actions ke liye — Faisal ka token, expire 2024-12"
}
''', mixed(24))

add("json/decoy-vercel-project", "kongposh/landing/.vercel/project.json", "https://vercel.com/docs/cli/project-linking", r'''
{
  "orgId": "team_k9Q2ZP1M7XkongPosh",
  "projectId": "prj_8Jx2LmQ9zR4tKp7wYb1NcV3s",
  "settings": {
    "framework": "nextjs",
    "buildCommand": null,
    "outputDirectory": null
  }
}
''')

add("ts/supabase-service-role", "kongposh/landing/lib/supabase-admin.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from "@supabase/supabase-js";

// service_role — sirf server pe! (wholesale enquiries table)
export const supabaseAdmin = createClient(
  "https://xqkzmpwrtvbnlodjhgfe.supabase.co",
  "@@s@@",
  { auth: { persistSession: false } },
);
''', jwt_like('{"iss":"supabase","ref":"xqkzmpwrtvbnlodjhgfe","role":"service_role","iat":1704067200,"exp":2019643200}'))

add("ts/decoy-supabase-anon", "kongposh/landing/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r'''
import { createClient } from "@supabase/supabase-js";

// browser client — NEXT_PUBLIC anon key (RLS on), service role kabhi yahan nahi
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);

export type Enquiry = { name: string; city: string; product: "saffron" | "walnut"; qty: string };
''')

add("env/azure-storage-conn", "kongposh/export/docs-uploader/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
# Dubai buyer wants docs on their Azure blob (they gave us the key)
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=alnoorfoodsdocs;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
CONTAINER=kongposh-shipments
UPLOAD_GLOB=../docs/*.pdf
DRY_RUN=false
''', azure_storage_key())

add("python/decoy-sas-url-redacted", "kongposh/export/docs-uploader/notes.py", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
# Al Noor Foods ne ek baar SAS link bheja tha (expired 2024-01-31, read-only, container list)
# signature hata diya hai — sirf structure yaad rakhne ke liye
EXAMPLE_SAS = ("https://alnoorfoodsdocs.blob.core.windows.net/kongposh-shipments"
               "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2024-01-31T18:00:00Z&st=2024-01-01T00:00:00Z"
               "&spr=https&sig=<removed>")


def container_from(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[-1]
''')

add("pem/rsa-private-key", "kongposh/export/einvoice/keys/irp_signing.key", "https://einvoice1.gst.gov.in/Others/APIs", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-public-key", "kongposh/export/einvoice/keys/einv_public.pem", "https://einvoice1.gst.gov.in/Others/APIs", r'''
# IRP public key (downloaded from the e-invoice portal, used to encrypt app key)
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
@@d@@IDAQAB
-----END PUBLIC KEY-----
''', a=rnd(20, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(58, ALNUM + "+/"))

add("yaml/ec-key-block", "kongposh/deploy/apple-pay/merchant-identity.yaml", "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment", r'''
# Apple Pay merchant identity (direct, not via Stripe) — Faisal testing
merchant_id: merchant.in.kongposh.shop
domain: kongposh.in
private_key: |
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("pgp/private-key-block", "kongposh/export/keys/tariq-export-signing.asc", "https://www.gnupg.org/gph/en/manual/x56.html", r'''
-----BEGIN PGP PRIVATE KEY BLOCK-----
Comment: Tariq Wani <tariq@kongposh.in> export docs signing

@@s@@
-----END PGP PRIVATE KEY BLOCK-----
''', "lQOYBGXr" + rnd(56, ALNUM + "+/") + "\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(7)) + "\n=" + rnd(4, ALNUM + "+/"))

add("pgp/decoy-public-key-block", "kongposh/export/keys/tariq-export-signing.pub.asc", "https://www.gnupg.org/gph/en/manual/x56.html", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Tariq Wani <tariq@kongposh.in> — buyers ko verify ke liye

mQENBGXr@@a@@
@@b@@
@@c@@
@@d@@
=@@e@@
-----END PGP PUBLIC KEY BLOCK-----
''', a=rnd(56, ALNUM + "+/"), b=rnd(64, ALNUM + "+/"), c=rnd(64, ALNUM + "+/"), d=rnd(40, ALNUM + "+/"), e=rnd(4, ALNUM + "+/"))

_age = "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
add("age/secret-key", "kongposh/deploy/sops/age-key.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2024-02-11T16:20:41+05:30
# public key: age1@@pub@@
# Faisal ka laptop — SOPS decrypt. YE FILE COMMIT NAHI HONI THI.
# (copy 1Password mein bhi hai: "Kong Posh / sops age")
@@s@@
''', _age, pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-config", "kongposh/deploy/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# kaun si files kis key se encrypt hongi (public recipients only)
creation_rules:
  - path_regex: secrets/prod/.*\.yaml$
    age: >-
      age1@@a@@,
      age1@@b@@
  - path_regex: secrets/staging/.*\.yaml$
    age: age1@@a@@
''', a=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), b=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

# ---------------------------------------------------------------- both: package managers, CI, infra files

add("pip-conf/index-password", "kongposh/dev/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 60
# private index (Gitea pe) — kongposh-gst, kongposh-invoice
index-url = https://pypi.org/simple
extra-index-url = https://faisal:@@s@@@git.kongposh.in/api/packages/kongposh/pypi/simple
trusted-host = git.kongposh.in
''', mixed(40))

add("composer/auth-json", "kongposh/old-site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "kongposh",
            "password": "@@s@@"
        }
    },
    "github-oauth": {}
}
''', hexs(40))

add("maven/settings-password", "dalmahal/channel-sync-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>staah-vendor</id>
      <username>dalmahal</username>
      <!-- vendor ka Nexus — STAAH client library -->
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
''', words_pw())

add("nuget/decoy-env-password", "kongposh/desktop/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="kongposh" value="https://git.kongposh.in/api/packages/kongposh/nuget/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kongposh>
      <add key="Username" value="billing-ci" />
      <add key="ClearTextPassword" value="%KONGPOSH_NUGET_TOKEN%" />
    </kongposh>
  </packageSourceCredentials>
</configuration>
''')

add("yarnrc/npm-auth-token", "dalmahal/app/.yarnrc.yml", "https://yarnpkg.com/configuration/yarnrc#npmAuthToken", r'''
nodeLinker: node-modules
yarnPath: .yarn/releases/yarn-4.1.1.cjs

npmScopes:
  dalmahal:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "@@s@@"
    npmAlwaysAuth: true
''', npm_tok())

add("gradle/decoy-properties-env", "dalmahal/app/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# signing: CI env se aata hai (ORG_GRADLE_PROJECT_storePassword) — yahan khaali
storePassword=
keyPassword=
''')

add("jenkinsfile/docker-hub-pat", "kongposh/catalog-api/Jenkinsfile", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
pipeline {
  agent any
  environment {
    IMAGE = "kongposh/catalog-api"
  }
  stages {
    stage('build') {
      steps {
        sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
      }
    }
    stage('push') {
      steps {
        // credentials plugin abhi setup nahi hua — Faisal
        sh 'echo "@@s@@" | docker login -u kongposh --password-stdin'
        sh 'docker push $IMAGE:$BUILD_NUMBER'
      }
    }
  }
}
''', docker_pat())

add("jenkinsfile/decoy-credentials-binding", "kongposh/stockd/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r'''
pipeline {
  agent any
  stages {
    stage('push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'dockerhub-kongposh',
                                          usernameVariable: 'DH_USER', passwordVariable: 'DH_PAT')]) {
          sh 'echo "$DH_PAT" | docker login -u "$DH_USER" --password-stdin'
          sh 'docker push kongposh/stockd:$BUILD_NUMBER'
        }
      }
    }
  }
}
''')

add("bitbucket/decoy-repo-variables", "dalmahal/shikara-booking/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: php:8.2
pipelines:
  branches:
    main:
      - step:
          name: deploy shikara site
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: $DEPLOY_USER
                SERVER: $DEPLOY_HOST
                SSH_KEY: $DEPLOY_SSH_KEY_B64
                COMMAND: "cd /var/www/shikara && git pull && php artisan migrate --force"
''')

add("tfvars/hetzner-token", "kongposh/infra/terraform.tfvars", "https://docs.hetzner.cloud/#authentication", r'''
# Hetzner (Falkenstein) — EU customers ke liye shop mirror
hcloud_token = "@@s@@"
server_type  = "cx22"
location     = "fsn1"
ssh_keys     = ["faisal@kongposh", "tariq@kongposh"]
''', mixed(64))

add("serverless/decoy-ssm-refs", "kongposh/export/docs-mailer/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", r'''
service: kongposh-docs-mailer
provider:
  name: aws
  runtime: python3.12
  region: ap-south-1
  environment:
    SENDGRID_API_KEY: ${ssm:/kongposh/prod/sendgrid-api-key}
    DOCS_BUCKET: kongposh-export-docs
functions:
  mailDocs:
    handler: handler.mail_docs
    events:
      - s3: {bucket: kongposh-export-docs, event: "s3:ObjectCreated:*"}
''')

add("cloudformation/db-password-default", "kongposh/infra/cfn/reports-db.yaml", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html", r'''
AWSTemplateFormatVersion: "2010-09-09"
Description: Kong Posh reporting DB (Mumbai)
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: "@@s@@"
Resources:
  ReportsDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: kongposh
      MasterUserPassword: !Ref DBPassword
''', words_pw())

add("cloudformation/decoy-secretsmanager", "kongposh/infra/cfn/reports-db-v2.yaml", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/cfn-example_reference-secret.html", r'''
AWSTemplateFormatVersion: "2010-09-09"
Description: Kong Posh reporting DB v2 — password Secrets Manager se
Resources:
  DBSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:
        SecretStringTemplate: '{"username": "kongposh"}'
        GenerateStringKey: password
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  ReportsDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: '{{resolve:secretsmanager:kongposh-reports-db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:kongposh-reports-db:SecretString:password}}'
''')

add("vagrant/decoy-default-vagrant", "kongposh/dev/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/vagrantfile/ssh_settings", r'''
# local dev VM (Tally bridge test) — default vagrant box, koi asli password nahi
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 9000, host: 9000
  config.vm.provider "virtualbox" do |vb|
    vb.memory = 2048
  end
  config.vm.provision "shell", path: "provision.sh"
end
''')

add("ruby/brevo-key", "dalmahal/site-rails/config/initializers/brevo.rb", "https://developers.brevo.com/docs/getting-started", r'''
# Brevo (Sendinblue) — newsletter to past guests: "Chinar season offer"
require "sib-api-v3-sdk"

SibApiV3Sdk.configure do |config|
  config.api_key["api-key"] = "@@s@@"
end

PAST_GUESTS_LIST_ID = 7
''', brevo())


add("ruby/decoy-credentials-usage", "dalmahal/site-rails/config/initializers/razorpay.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Razorpay keys Rails credentials se (config/credentials.yml.enc, master key server pe)
require "razorpay"

Razorpay.setup(
  Rails.application.credentials.dig(:razorpay, :key_id),
  Rails.application.credentials.dig(:razorpay, :key_secret),
)
Razorpay.headers = { "X-Razorpay-Account" => ENV.fetch("RZP_ACCOUNT", "") }
''')

add("dart/mapbox-secret-token", "dalmahal/app/flutter/lib/config/maps.dart", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// Shikara route map (Dal Lake ghats). Download token — build ke liye, sk. wala!
class MapsConfig {
  static const publicToken = String.fromEnvironment('MAPBOX_PUBLIC_TOKEN');
  static const downloadToken = '@@s@@';
  static const styleUrl = 'mapbox://styles/dalmahal/clt8k2m9q00a1';
  static const dalLakeCenter = [34.1165, 74.8617];
}
''', "sk.eyJ1IjoiZGFsbWFoYWwiLCJhIjoi" + mixed(20) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("lua/decoy-openresty-env", "dalmahal/ops/nginx/lua/guest_portal_auth.lua", "https://github.com/openresty/lua-nginx-module#set_by_lua", r'''
-- guest Wi-Fi portal: room number + surname se login
local secret = os.getenv("PORTAL_HMAC_SECRET")
if not secret then
  ngx.log(ngx.ERR, "PORTAL_HMAC_SECRET missing")
  return ngx.exit(500)
end
local room = ngx.var.arg_room
local sig = ngx.encode_base64(ngx.hmac_sha1(secret, room .. ":" .. os.date("%Y-%m-%d")))
ngx.header["Set-Cookie"] = "portal=" .. sig .. "; Path=/; HttpOnly"
''')

add("r/decoy-ga-property-id", "dalmahal/analytics/season_report.R", "https://developers.google.com/analytics/devguides/reporting/data/v1", r'''
# Season report: kaun se desh se guests aaye (GA4 + bookings CSV)
library(googleAnalyticsR)
library(dplyr)

ga_auth(json_file = Sys.getenv("GA_SA_JSON"))   # service account file server pe
prop <- 318273645  # GA4 property id (not secret)
df <- ga_data(prop, metrics = "sessions", dimensions = "country",
              date_range = c("2023-04-01", "2023-10-31"))
bookings <- read.csv("bookings-2023.csv")
print(df %>% arrange(desc(sessions)) %>% head(10))
''')

# ---------------------------------------------------------------- both: notes, chats, mail setups, logs

add("txt/kashmiri-formc-password", "dalmahal/ops/notes/form-c-foreign-guests.txt", "https://indianfrro.gov.in/frro/FormC", r'''
Form C — ڈارِجی مہمانن ہِنٛز اطلاع (foreign guests, 24 gante andar)
==================================================================
portal: https://indianfrro.gov.in/frro/FormC
user id: DALMAHAL.SXR
پاس ورڈ: @@s@@
accommodation code: JKSXR0918

yaad rakhiv: passport + visa page ka scan, arrival date, next destination.
بٕہ چھُس ژھٕنِتھ gaamit — Rashid, agar main na hoon toh tum bharo.
''', words_pw())

add("markdown/jk-tourism-registration", "dalmahal/ops/notes/tourism-dept.md", "https://www.jktourism.jk.gov.in/", r'''
# J&K Tourism — houseboat registration renewal

- Category: Deluxe (Gul-e-Nigeen, Shahi Shikara), A-Class (Nigeen Palace)
- Renewal: har saal March
- Portal login (Irfan):
  - username `dalmahal_hb`
  - password `@@s@@`
- Houseboat Owners Association receipt bhi lagani hai

ہاؤس بوٹ ٹیکس رسید دفتر کی فائل نمبر ۳ میں۔
''', words_pw())

add("telegram-export/password-in-message", "kongposh/notes/telegram-export/result.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Kong Posh godown",
 "type": "private_group",
 "id": 2018374650,
 "messages": [
  {"id": 4411, "type": "message", "date": "2024-03-02T18:40:12", "from": "Tariq Wani", "text": "Shiprocket ka password badal diya"},
  {"id": 4412, "type": "message", "date": "2024-03-02T18:40:40", "from": "Tariq Wani", "text": "naya: @@s@@"},
  {"id": 4413, "type": "message", "date": "2024-03-02T18:41:05", "from": "Bashir (godown)", "text": "ٹھیک، لاگ ان گوو"},
  {"id": 4414, "type": "message", "date": "2024-03-02T18:42:30", "from": "Tariq Wani", "text": "kal 14 parcel UAE, 6 Delhi"}
 ]
}
''', words_pw())

add("whatsapp-chat/decoy-otp-chat", "kongposh/notes/whatsapp-orders-group.txt", "https://faq.whatsapp.com/1180414079177245", r'''
05/04/24, 10:02 am - Tariq Wani: Amazon ka OTP aaya kisi ko?
05/04/24, 10:03 am - Bashir: haan 481 920
05/04/24, 10:03 am - Tariq Wani: ho gaya shukriya. OTP 10 min mein expire, koi baat nahi
05/04/24, 10:10 am - Mushtaq: Invoice KP/24/0402 ka payment aa gaya — UTR SBIN424096112873
05/04/24, 10:12 am - Bashir: اَز ۲۰ کلو دۄن پیک گوو
05/04/24, 10:15 am - Tariq Wani: 👍 shipment id SR-88213904 Delhi
''')

add("msmtprc/password", "kongposh/dev/tariq/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
# msmtp — invoices script se mail (Zoho)
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        kongposh
host           smtppro.zoho.in
port           587
from           accounts@kongposh.in
user           accounts@kongposh.in
password       @@s@@

account default : kongposh
''', mixed(16))

add("muttrc/decoy-passwordeval", "kongposh/dev/tariq/.muttrc", "http://www.mutt.org/doc/manual/#smtp-pass", r'''
set realname = "Tariq Wani"
set from = "tariq@kongposh.in"
set imap_user = "tariq@kongposh.in"
# password gpg se — `pass` store
set imap_pass = "`pass show zoho/tariq`"
set smtp_url = "smtps://tariq@kongposh.in@smtppro.zoho.in:465/"
set smtp_pass = "`pass show zoho/tariq`"
set folder = "imaps://imappro.zoho.in:993"
set spoolfile = "+INBOX"
''')

add("log/smtp-auth-plain", "kongposh/ops/logs/invoice-mailer-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", r'''
2024-03-28 21:14:02,118 DEBUG smtplib send: 'ehlo kongposh-api-1\r\n'
2024-03-28 21:14:02,190 DEBUG smtplib reply: b'250-smtppro.zoho.in Hello\r\n'
2024-03-28 21:14:02,191 DEBUG smtplib send: 'AUTH PLAIN @@s@@\r\n'
2024-03-28 21:14:02,262 DEBUG smtplib reply: b'235 Authentication Successful\r\n'
2024-03-28 21:14:02,263 DEBUG smtplib send: 'mail FROM:<accounts@kongposh.in> size=48211\r\n'
2024-03-28 21:14:02,330 INFO  invoice KP/24/0388 mailed to buyer@alnoorfoods.ae
''', b64("\0accounts@kongposh.in\0" + mixed(16)))

add("log/decoy-masked-password", "kongposh/ops/logs/shiprocket-sync.log", "https://apidocs.shiprocket.in/#authentication", r'''
[2024-04-01 06:00:01] INFO  login email=api-kongposh@kongposh.in password=******** -> token ok (expires 2024-04-11)
[2024-04-01 06:00:03] INFO  orders fetched: 18
[2024-04-01 06:00:05] INFO  AWB 1413827364512 assigned (Delhivery) order #KP1882
[2024-04-01 06:00:06] WARN  pincode 194101 not serviceable by Bluedart, fallback Delhivery
[2024-04-01 06:00:09] INFO  pickup scheduled 2024-04-01 14:00 "Pampore Godown"
''')

add("log/db-url-in-traceback", "dalmahal/ops/logs/booking-error-2024-04-03.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
ERROR 2024-04-03 07:12:44 booking.tasks: availability sync failed
Traceback (most recent call last):
  File "/srv/booking/bookings/tasks.py", line 41, in sync
    engine = create_engine(settings.CHANNEL_DB)
  File "/srv/booking/.venv/lib/python3.11/site-packages/sqlalchemy/engine/create.py", line 550, in create_engine
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.12.0.4", port 5432 failed: timeout
(Background on this error at: https://sqlalche.me/e/20/e3q8)
  url = 'postgresql+psycopg2://chsync:@@s@@@10.12.0.4:5432/channels'
WARNING 2024-04-03 07:12:45 booking.tasks: retrying in 60s
''', mixed(20))

add("shell-history/curl-basic-auth", "kongposh/dev/faisal-home/.zsh_history", "https://curl.se/docs/manpage.html#-u", r'''
: 1711611201:0;cd ~/work/kongposh/shop
: 1711611210:0;git status
: 1711611245:0;curl -s -u kongposh_api:@@s@@ https://api.shiprocket.in/v1/external/orders | jq '.data | length'
: 1711611290:0;npm run dev
: 1711611402:0;code .
''', words_pw())

add("shell-history/decoy-read-silent", "dalmahal/dev/irfan/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", r'''
cd /srv/booking
read -s RAZORPAY_KEY_SECRET
export RAZORPAY_KEY_SECRET
sudo systemctl restart booking
journalctl -u booking -n 50
mysql -u root -p dmh_inventory
htop
''')

add("txt/decoy-password-policy-ur", "dalmahal/ops/notes/password-policy-ur.txt", "https://pages.nist.gov/800-63-3/sp800-63b.html", r'''
پاس ورڈ پالیسی — دل محل ہاؤس بوٹس

1. ہر سروس کا پاس ورڈ الگ ہو، کم از کم ۱۶ حروف۔
2. سب پاس ورڈ 1Password کے "Dal Mahal" vault میں — WhatsApp پر کبھی نہیں۔
3. مثال (صرف مثال، استعمال نہ کریں): correct-horse-battery-staple
4. اسٹاف چھوڑے تو اسی دن سب پاس ورڈ بدلیں۔
5. Razorpay / PayU کی keys صرف Irfan کے پاس۔
Kashmiri mein: پاس ورڈ کانٛہہ سۭتۍ ما شیئر کٔرِو۔
''')

add("yaml/decoy-compose-secrets-files", "kongposh/reports/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  metabase:
    image: metabase/metabase:v0.49.6
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: 10.10.0.9
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
    secrets: [mb_db_pass]
secrets:
  mb_db_pass:
    file: /etc/kongposh/secrets/mb_db_pass.txt
''')

add("ipynb/decoy-outputs-redacted", "kongposh/analytics/saffron_prices.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Kesar ke daam 2019–2024 (Pampore mandi)\n", "کونٛگ کِس قیمتہِ پیٹھ؟"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import os, pandas as pd\n",
    "from pyairtable import Api\n",
    "api = Api(os.environ['AIRTABLE_TOKEN'])  # token env mein\n",
    "rows = api.table('appK9x2QZ7m1LpR4t', 'Mandi rates').all()"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["rows: 264\n"]}], "source": ["print('rows:', len(rows))"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

add("ipynb/aws-key-in-cell", "kongposh/analytics/export_volumes.ipynb", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Export volumes by country (from S3 invoice archive)"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', region_name='ap-south-1',\n",
    "    aws_access_key_id='@@kid@@',\n",
    "    aws_secret_access_key='@@s@@')\n",
    "objs = s3.list_objects_v2(Bucket='kongposh-export-docs', Prefix='2023/')"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-example-keys", "kongposh/analytics/README.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# analytics/

Notebooks for Tariq's monthly numbers. AWS credentials profile se aate hain:

```ini
# ~/.aws/credentials   (example from AWS docs — apne asli keys yahan nahi)
[kongposh]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then `AWS_PROFILE=kongposh jupyter lab`. Notebook outputs commit se pehle clear karo.
''')

# ---------------------------------------------------------------- both: the last odds and ends

add("makefile/github-fine-grained", "kongposh/catalog-api/Makefile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", r'''
IMAGE ?= ghcr.io/kongposh/catalog-api
TAG   ?= $(shell git rev-parse --short HEAD)
# ghcr push — Faisal ka fine-grained token (packages:write). TODO: CI secret
GHCR_TOKEN := @@s@@

build:
	docker build -t $(IMAGE):$(TAG) .

push: build
	echo $(GHCR_TOKEN) | docker login ghcr.io -u faisal-wani --password-stdin
	docker push $(IMAGE):$(TAG)

.PHONY: build push
''', fakes.github_fine_grained_token(_seed()))

add("shell/vault-token-export", "dalmahal/ops/scripts/rotate-channel-creds.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/usr/bin/env bash
# channel passwords rotate (har 90 din). Vault token Irfan ka — short TTL hona chahiye tha
set -e
export VAULT_ADDR=https://vault.dalmahal-houseboats.in
export VAULT_TOKEN=@@s@@
for ch in bookingcom airbnb makemytrip goibibo; do
  vault kv get -format=json dalmahal/channels/$ch | jq -r '.data.data.updated_at'
done
echo "ab portals pe jaa ke manually badlo, phir: vault kv patch dalmahal/channels/<ch> password=..."
''', vault_tok())

add("python/hubspot-private-app", "kongposh/sales/hubspot_leads.py", "https://developers.hubspot.com/docs/api/private-apps", r'''
"""Wholesale leads (Dubai, Jeddah, London dry-fruit shops) -> HubSpot."""
import hubspot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

client = hubspot.Client.create(access_token="@@s@@")


def add_lead(name: str, company: str, email: str, country: str):
    props = {"firstname": name, "company": company, "email": email, "country": country,
             "interest": "saffron;walnut"}
    return client.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props))
''', "pat-na1-" + uuid_s())

add("go/freshdesk-api-key", "dalmahal/support/freshdesk.go", "https://developers.freshdesk.com/api/#authentication", r'''
package support

import (
	"net/http"
	"strings"
)

// Guest complaints (heater, hot water, shikara late) -> Freshdesk ticket
const domain = "dalmahal.freshdesk.com"
const apiKey = "@@s@@"

func NewTicket(email, subject, body string) (*http.Response, error) {
	payload := `{"email":"` + email + `","subject":"` + subject + `","description":"` + body + `","priority":2,"status":2}`
	req, _ := http.NewRequest("POST", "https://"+domain+"/api/v2/tickets", strings.NewReader(payload))
	req.SetBasicAuth(apiKey, "X")
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
''', mixed(20))

add("terraform/cloudflare-token", "kongposh/infra/dns/cloudflare.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
provider "cloudflare" {
  # DNS edit token, zone kongposh.in only
  api_token = "@@s@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "4f1c2e9a0b7d4c3e8f5a1b2c3d4e5f60"
  name    = "shop"
  value   = "shops.myshopify.com"
  type    = "CNAME"
  proxied = false
}
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-cloudflare-ids", "kongposh/infra/dns/records.tf", "https://developers.cloudflare.com/fundamentals/setup/find-account-and-zone-ids/", r'''
# zone/account ids public hain (dashboard URL mein dikhte hain); token env CLOUDFLARE_API_TOKEN
locals {
  account_id = "9a8b7c6d5e4f30211f0e9d8c7b6a5f4e"
  zone_id    = "4f1c2e9a0b7d4c3e8f5a1b2c3d4e5f60"
}

resource "cloudflare_record" "api" {
  zone_id = local.zone_id
  name    = "api"
  value   = "139.59.44.21"
  type    = "A"
  proxied = true
}
''')

add("elixir/mailgun-key", "dalmahal/notify-ex/config/prod.exs", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
import Config

# guest follow-up mails ("How was Dal Lake?") — Swoosh + Mailgun (EU region)
config :notify, Notify.Mailer,
  adapter: Swoosh.Adapters.Mailgun,
  api_key: "@@s@@",
  domain: "mg.dalmahal-houseboats.in",
  base_url: "https://api.eu.mailgun.net/v3"

config :logger, level: :info
''', mailgun())

add("yaml/tailscale-authkey", "dalmahal/ops/boats/pi-cloud-init.yaml", "https://tailscale.com/kb/1085/auth-keys", r'''
#cloud-config
# naye boat Pi ke liye (Nigeen Palace) — SD card flash karke boot
hostname: pi-nigeen-palace
timezone: Asia/Kolkata
packages: [curl, hostapd]
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=@@s@@ --advertise-tags=tag:boat --ssh
  - systemctl enable --now hostapd
''', "tskey-auth-k" + mixed(10) + "CNTRL-" + mixed(33))

add("json/decoy-tailscale-acl", "dalmahal/ops/vpn/tailscale-acl.hujson", "https://tailscale.com/kb/1337/acl-syntax", r'''
{
  // boats sirf office aur booking server se baat karein
  "tagOwners": {"tag:boat": ["irfan@dalmahal-houseboats.in"], "tag:server": ["irfan@dalmahal-houseboats.in"]},
  "acls": [
    {"action": "accept", "src": ["tag:boat"], "dst": ["tag:server:1883,443"]},
    {"action": "accept", "src": ["group:staff"], "dst": ["tag:boat:22,80"]}
  ],
  "groups": {"group:staff": ["irfan@dalmahal-houseboats.in", "bilal@dalmahal-houseboats.in"]}
}
''')

add("json/google-oauth-client-secret", "kongposh/sales/client_secret_gmail.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "418273645519-@@cid@@.apps.googleusercontent.com",
    "project_id": "kongposh-sales",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=rnd(32, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("python/discord-bot-token", "kongposh/community/bot.py", "https://discord.com/developers/docs/reference#authentication", r'''
"""Kong Posh community server — harvest updates, kahwa recipes, order help."""
import discord

intents = discord.Intents.default()
intents.message_content = True
bot = discord.Client(intents=intents)


@bot.event
async def on_message(msg):
    if msg.content.startswith("!kong"):
        await msg.channel.send("Mongra stock: check https://kongposh.in/saffron 🌸")

bot.run("@@s@@")
''', b64(str(random.Random(_seed()).randint(10**17, 10**18))).rstrip("=") + "." + fakes.drawn(_seed(), 6, ALNUM + "-_") + "." + fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("csharp/paypal-client-secret", "kongposh/desktop/KongPosh.Billing/PayPalRefunds.cs", "https://developer.paypal.com/api/rest/authentication/", r'''
using System.Net.Http.Headers;
using System.Text;

namespace KongPosh.Billing;

// UK/US customers ke refunds (PayPal) — Mushtaq sahib button dabate hain
public static class PayPalRefunds
{
    const string ClientId = "A@@cid@@";
    const string Secret = "@@s@@";

    public static AuthenticationHeaderValue Auth() =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{Secret}")));
}
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("json/decoy-shopify-storefront", "kongposh/landing/lib/storefront.config.json", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access", r'''
{
  "storeDomain": "kongposh-pampore.myshopify.com",
  "apiVersion": "2024-04",
  "publicStorefrontToken": "PUBLIC_STOREFRONT_TOKEN_FROM_HEADLESS_CHANNEL",
  "country": "IN",
  "language": "EN",
  "collections": ["saffron", "walnuts", "kahwa"]
}
''')

add("gitattributes/decoy-lfs-pointer", "kongposh/export/docs/lab-report-ISO3632-batch-M23-14.pdf", "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md", r'''
version https://git-lfs.github.com/spec/v1
oid sha256:@@h@@
size 418273
# (LFS pointer — asli PDF LFS storage mein)
# batch M23-14, crocin 248, picrocrocin 92, safranal 31
''', h=hexs(64))

add("python/decoy-test-fake-tokens", "dalmahal/booking/tests/test_payments.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", r'''
"""Payment tests — sab fake values, kuch bhi live nahi."""
import pytest

from payments import verify


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("RAZORPAY_KEY_ID", "rzp_test_FAKEFAKEFAKE00")
    monkeypatch.setenv("RAZORPAY_KEY_SECRET", "not-a-real-secret-for-tests")


def test_bad_signature_rejected():
    assert not verify.verify("order_TEST123", "pay_TEST456", "0" * 64)
''')

add("go/decoy-go-sum", "kongposh/otp/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/google/uuid v1.6.0 h1:@@a@@=
github.com/google/uuid v1.6.0/go.mod h1:@@b@@=
golang.org/x/net v0.24.0 h1:@@c@@=
golang.org/x/net v0.24.0/go.mod h1:@@d@@=
golang.org/x/text v0.14.0 h1:@@e@@=
''', a=rnd(43, ALNUM + "+/"), b=rnd(43, ALNUM + "+/"), c=rnd(43, ALNUM + "+/"), d=rnd(43, ALNUM + "+/"), e=rnd(43, ALNUM + "+/"))

add("csv/decoy-booking-uuids", "dalmahal/analytics/guest-feedback.csv", "https://www.rfc-editor.org/rfc/rfc9562", r'''
feedback_id,booking_id,boat,rating,comment
@@u1@@,DMH-2024-0311,Gul-e-Nigeen,5,"Wonderful kahwa and sunrise shikara ride"
@@u2@@,DMH-2024-0312,Shahi Shikara,4,"Heater thoda late chala, baaki sab zabardast"
@@u3@@,DMH-2024-0319,Nigeen Palace,5,"بہت اچھا، پھر آئیں گے"
@@u4@@,DMH-2024-0322,Shahi Shikara,3,"Wi-Fi slow at night"
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("toml/gitlab-runner-token", "kongposh/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

# godown ka purana PC — ab runner hai (Pampore, bijli jaati hai toh jobs fail)
[[runners]]
  name = "pampore-godown-pc"
  url = "https://gitlab.com"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "node:20"
    privileged = false
    volumes = ["/cache"]
''', "glrt-" + fakes.drawn(_seed(), 20, ALNUM + "_-"))

add("k8s/decoy-sealed-secret", "kongposh/deploy/k8s/sealed-shopify.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
# kubeseal se banaya — sirf cluster ki controller key se khulta hai, commit karna theek hai
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: shopify
  namespace: kongposh
spec:
  encryptedData:
    admin-token: Ag@@a@@
  template:
    metadata:
      name: shopify
      namespace: kongposh
''', a=rnd(380, ALNUM + "+/") + "==")
