"""Blind set GV: tailors, alterations shops and bridal boutiques.

Fitting-appointment booking, measurement-record apps, fabric suppliers' trade portals, order
tracking and SMS notifications, e-commerce and payments, embroidery machines on the shop network
and the office IT behind them; a third of the runbooks and handovers are in French.
Generated fakes only (seeds 2500000-2509999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 2500000, 2509999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def drawn(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


WORDS = ["Satin", "Organza", "Tulle", "Chiffon", "Taffeta", "Velours", "Bobbin", "Thimble", "Selvedge",
         "Gusset", "Dentelle", "Mousseline", "Basting", "Pintuck", "Crepe", "Brocade", "Jacquard", "Tweed"]
LOWER = ["hemline", "bodice", "lapel", "cuff", "pleat", "seam", "veil", "button", "zipper", "corset",
         "needle", "spool", "ribbon", "sequin", "collar", "train"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return drawn(n, ALNUM + extra) if extra else drawn(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


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
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_DIGITS) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_DIGITS) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def brevo_key(prefix: str = "xkeysib-") -> str:
    return prefix + hexs(64) + "-" + drawn(16)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def paypal_secret() -> str:
    return "E" + drawn(79, ALNUM + "-_")


def mollie_key() -> str:
    return fakes.fake("live_", 30, _seed())


def gocardless_token() -> str:
    return "live_" + drawn(40, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + drawn(35, ALNUM + "-_")


def google_client_secret() -> str:
    return "GOCSPX-" + drawn(28, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64_bytes(64)


def wireguard_key() -> str:
    return b64_bytes(32)


def docker_pat() -> str:
    return "dckr_pat_" + drawn(27, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def airtable_pat() -> str:
    return "pat" + drawn(14) + "." + hexs(64)


def typeform_token() -> str:
    return "tfp_" + drawn(44) + "_" + drawn(14)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def backblaze_app_key() -> str:
    return "K005" + drawn(27, ALNUM + "/+")


def jwt_like(header: dict, payload: dict, sig_len: int = 43) -> str:
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + drawn(sig_len, ALNUM + "-_"))


def calendly_pat() -> str:
    r = _rng()
    return jwt_like({"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"},
                    {"iss": "https://auth.calendly.com", "iat": 1714000000 + r.randint(0, 9999999),
                     "jti": uuid_s(), "user_uuid": uuid_s()}, 86)


def mapbox_token(prefix: str) -> str:
    r = _rng()
    user = r.choice(["atelier-margaux", "bellweather", "stitchandhem"])
    return prefix + "." + b64url(json.dumps({"u": user, "a": drawn(25).lower()}, separators=(",", ":")).encode()) + "." + drawn(22, ALNUM + "-_")


def pem(label: str = "RSA PRIVATE KEY", lines: int = 8, indent: str = "") -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" if label.startswith("OPENSSH") else ""
    body: List[str] = []
    for i in range(lines):
        line = "".join(r.choice(ALNUM + "+/") for _ in range(64 if i < lines - 1 else 28))
        if i == 0 and head:
            line = head[:64]
        body.append(indent + line)
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + "=\n" + indent + f"-----END {label}-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(6)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + drawn(53, ALNUM + "./")


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64_bytes(16).rstrip("=") + "$" + b64_bytes(32).rstrip("=")


def sealed() -> str:
    return "AgB" + drawn(340, ALNUM + "+/") + "=="


def sops(value_len: int = 24) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(value_len)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


def vault_block(indent: str = "          ") -> str:
    lines = [indent + "$ANSIBLE_VAULT;1.1;AES256"] + [indent + hexs(80) for _ in range(5)] + [indent + hexs(36)]
    return "\n".join(lines)


def notebook(cells: List[tuple]) -> str:
    out = []
    count = 0
    for kind, src in cells:
        lines = src.split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        if kind == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": source})
        else:
            count += 1
            out.append({"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": [], "source": source})
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


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
    CASES.append(LabelledCase(f"blind-gv/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# env files
# ---------------------------------------------------------------------------------------------

add("env/postgres-password", "verene-booking/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING",
    """
# Maison Vérène - fitting appointment API (Express + Prisma)
NODE_ENV=production
PORT=8080
TZ=Europe/Paris

DATABASE_URL="postgresql://verene_app:@@secret@@@db-verene.internal:5432/fittings?schema=public&sslmode=require"

# public storefront keys (safe to expose)
PUBLIC_BOOKING_URL=https://rendez-vous.maison-verene.fr
CALENDAR_SLOT_MINUTES=45
FIRST_FITTING_MINUTES=90
MAX_FITTINGS_PER_GOWN=4

LOG_LEVEL=info
SENTRY_ENVIRONMENT=production
""", secret=words_pw())

add("env/shopify-api-secret", "bellweather-shopify-app/.env.production", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets",
    """
# Bellweather Bridal - custom Shopify app for trunk-show reservations
SHOPIFY_API_KEY=@@client_id@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_orders,read_customers,write_draft_orders
HOST=https://reservations.bellweatherbridal.co.uk
SHOP=bellweather-bridal.myshopify.com
SHOPIFY_APP_URL=https://reservations.bellweatherbridal.co.uk
TRUNK_SHOW_DEPOSIT_GBP=150
""", secret=shopify_token("shpss_"), client_id=hexs(32))

add("env/twilio-auth-token", "stitch-and-hem/sms-worker/.env", "https://www.twilio.com/docs/iam/credentials/api",
    """
# Stitch & Hem Alterations - "your garment is ready" SMS worker
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM_NUMBER=+15125550187
PICKUP_REMINDER_DAYS=3,10,25
STORE_HOURS="Tue-Sat 10:00-18:00"
QUIET_HOURS_START=20
QUIET_HOURS_END=9
""", secret=hexs(32), sid=twilio_sid())

add("env/laravel-app-key", "mesures-atelier/.env", "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME="Mesures Atelier Margaux"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://mesures.atelier-margaux.fr
APP_LOCALE=fr

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=mesures
DB_USERNAME=mesures
DB_PASSWORD=${MESURES_DB_PASSWORD}

SESSION_DRIVER=database
QUEUE_CONNECTION=database
FILESYSTEM_DISK=local
""", secret=b64_bytes(32))

add("env/smtp-password", "prestashop-verene/docker/.env", "https://developers.brevo.com/docs/smtp-integration",
    """
# PrestaShop 8 - boutique en ligne Maison Vérène (accessoires, voiles, jarretières)
PS_DOMAIN=boutique.maison-verene.fr
PS_LANGUAGE=fr
PS_COUNTRY=FR
PS_ENABLE_SSL=1
ADMIN_MAIL=contact@maison-verene.fr

MAILER_DSN=smtp://8a1f2c001%40smtp-brevo.com:@@secret@@@smtp-relay.brevo.com:587
MAIL_FROM="Maison Vérène <boutique@maison-verene.fr>"
""", secret=brevo_key("xsmtpsib-"))

add("env/ftp-password", "embroidery-sync/.env", "https://docs.python.org/3/library/ftplib.html",
    """
# pushes approved monogram designs (.dst) to the Tajima TMBP-SC on the workshop VLAN
TAJIMA_HOST=192.168.40.21
TAJIMA_FTP_USER=tmbp
TAJIMA_FTP_PASSWORD=@@secret@@
TAJIMA_REMOTE_DIR=/DESIGN/QUEUE
WATCH_DIR=/srv/monograms/approved
POLL_SECONDS=30
""", secret=words_pw())

add("env/stripe-secret-key", "atelier-storefront/.env.local", "https://docs.stripe.com/keys",
    """
NEXT_PUBLIC_SITE_URL=https://shop.needlepointtailors.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_SECRET=
NEXT_PUBLIC_GIFT_CARD_SKUS=GC-50,GC-100,GC-250
REVALIDATE_SECONDS=300
""", secret=stripe_key(), pk=stripe_key("pk_live_"))

add("env/backblaze-application-key", "nas-backup/.env", "https://www.backblaze.com/docs/cloud-storage-application-keys",
    """
# restic backup of the Synology (order files, measurement PDFs, design archive) to B2
RESTIC_REPOSITORY=b2:atelier-margaux-backup:/ds920
RESTIC_PASSWORD_FILE=/volume1/scripts/restic.pass
B2_ACCOUNT_ID=005@@key_id@@
B2_ACCOUNT_KEY=@@secret@@
RESTIC_KEEP_DAILY=14
RESTIC_KEEP_WEEKLY=8
RESTIC_KEEP_MONTHLY=12
""", secret=backblaze_app_key(), key_id=hexs(22))

add("env/decoy-placeholder", "verene-booking/.env.example", "https://github.com/motdotla/dotenv#usage",
    """
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
PORT=8080
TZ=Europe/Paris

DATABASE_URL="postgresql://USER:PASSWORD@HOST:5432/fittings?schema=public"
STRIPE_SECRET_KEY=sk_live_replace_me
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_AUTH_TOKEN=<twilio auth token>
BREVO_API_KEY=xkeysib-your-key-here
CALENDLY_TOKEN=
JWT_SECRET=change-me-in-production
""")

add("env/decoy-secret-manager-reference", "stitch-and-hem/pos-bridge/.env.staging", "https://developer.1password.com/docs/cli/secret-references/",
    """
# resolved at start-up by `op run --env-file=.env.staging -- node dist/server.js`
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN="op://Stitch-Hem-Staging/square-pos/credential"
SQUARE_LOCATION_ID="op://Stitch-Hem-Staging/square-pos/location"
DATABASE_URL="op://Stitch-Hem-Staging/postgres-pos/connection-string"
SLACK_WEBHOOK_URL="op://Stitch-Hem-Staging/slack-alerts/url"
TICKET_PRINTER_HOST=10.0.20.15
""")

add("env/decoy-publishable-key", "bridal-lookbook/.env.production", "https://docs.stripe.com/keys#obtain-api-keys",
    """
# Vite - everything here ends up in the browser bundle, public values only
VITE_API_BASE=https://api.bellweatherbridal.co.uk
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_RECAPTCHA_SITE_KEY=@@site@@
VITE_SENTRY_DSN=https://@@dsn@@@o4506221.ingest.de.sentry.io/4506221199
VITE_PLAUSIBLE_DOMAIN=bellweatherbridal.co.uk
VITE_CRISP_WEBSITE_ID=@@crisp@@
""", pk=stripe_key("pk_live_"), site="6Lc" + drawn(37, ALNUM + "-_"), dsn=hexs(32), crisp=uuid_s())

add("env/decoy-local-dev-defaults", "mesures-atelier/.env.testing", "https://laravel.com/docs/11.x/testing#the-testing-environment",
    """
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
APP_DEBUG=true
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
QUEUE_CONNECTION=sync
SESSION_DRIVER=array
CACHE_STORE=array
BCRYPT_ROUNDS=4
""")

add("env/decoy-encrypted-value", "atelier-storefront/.env.vault", "https://www.dotenv.org/docs/security/env-vault",
    """
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="@@dev@@"

# production
DOTENV_VAULT_PRODUCTION="@@prod@@"
""", dev=b64_bytes(180), prod=b64_bytes(240))

add("env/decoy-empty-values", "planning-retouches/.env.dist", "https://symfony.com/doc/current/configuration.html#configuring-environment-variables-in-env-files",
    """
# Planning des retouches - variables à renseigner dans .env.local (jamais commité)
APP_ENV=prod
APP_SECRET=
DATABASE_URL="mysql://app:!ChangeMe!@127.0.0.1:3306/retouches?serverVersion=8.0.32&charset=utf8mb4"
MAILER_DSN=null://null
OVH_SMS_APPLICATION_KEY=
OVH_SMS_APPLICATION_SECRET=
OVH_SMS_CONSUMER_KEY=
OVH_SMS_SERVICE_NAME=sms-xx00000-1
""")

# ---------------------------------------------------------------------------------------------
# python
# ---------------------------------------------------------------------------------------------

add("python/django-secret-key", "verene_fittings/verene_fittings/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''
"""Django settings for verene_fittings (bridal fitting planner, Maison Vérène Bordeaux)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["essayages.maison-verene.fr", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "fittings",
    "gowns",
    "seamstresses",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "verene_fittings.urls"
WSGI_APPLICATION = "verene_fittings.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
    }
}

LANGUAGE_CODE = "fr-fr"
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

FITTING_SLOT_MINUTES = 60
FINAL_FITTING_DAYS_BEFORE_WEDDING = 14
''', secret=fakes.django_secret_key(_seed()))

add("python/vonage-api-secret", "stitch_and_hem/notify/sms.py", "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms",
    '''
"""Pickup reminders: texts the customer when an alteration ticket moves to READY."""
import logging

import vonage

log = logging.getLogger(__name__)

client = vonage.Client(key="@@key@@", secret="@@secret@@")
sms = vonage.Sms(client)

SENDER = "StitchHem"
TEMPLATE = (
    "Hi {first_name}, your {garment} (ticket #{ticket}) is ready for pickup at "
    "Stitch & Hem, 418 Congress Ave. Open Tue-Sat 10-6."
)


def send_ready_notice(ticket) -> bool:
    text = TEMPLATE.format(first_name=ticket.customer.first_name, garment=ticket.garment.lower(), ticket=ticket.number)
    response = sms.send_message({"from": SENDER, "to": ticket.customer.phone_e164, "text": text})
    status = response["messages"][0]["status"]
    if status != "0":
        log.warning("SMS for ticket %s failed: %s", ticket.number, response["messages"][0]["error-text"])
        return False
    return True
''', secret=drawn(16), key=hexs(8))

add("python/mollie-api-key", "maison_verene/payments/acomptes.py", "https://docs.mollie.com/reference/authentication",
    '''
"""Acomptes (deposits) for made-to-measure gowns, paid through Mollie."""
from decimal import Decimal

from mollie.api.client import Client

mollie = Client()
mollie.set_api_key("@@secret@@")

DEPOSIT_RATE = Decimal("0.40")
WEBHOOK_URL = "https://essayages.maison-verene.fr/paiements/webhook/mollie/"


def create_deposit(order) -> str:
    amount = (order.total * DEPOSIT_RATE).quantize(Decimal("0.01"))
    payment = mollie.payments.create({
        "amount": {"currency": "EUR", "value": f"{amount}"},
        "description": f"Acompte robe sur mesure - commande {order.reference}",
        "redirectUrl": f"https://essayages.maison-verene.fr/commande/{order.reference}/merci",
        "webhookUrl": WEBHOOK_URL,
        "metadata": {"order": order.reference},
        "locale": "fr_FR",
    })
    order.mollie_payment_id = payment.id
    order.save(update_fields=["mollie_payment_id"])
    return payment.checkout_url
''', secret=mollie_key())

add("python/fabric-portal-api-key", "whitcombe_sync/catalogue.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers",
    '''
"""Nightly pull of the Whitcombe Textiles trade catalogue (cloths, bunches, stock by the metre)."""
import csv
import datetime as dt
from pathlib import Path

import requests

PORTAL = "https://trade.whitcombetextiles.co.uk/api/v2"
HEADERS = {
    "Accept": "application/json",
    "X-Trade-Account": "NPT-00417",
    "X-Api-Key": "@@secret@@",
}
OUT = Path("/srv/catalogue/whitcombe")


def fetch_bunch(bunch: str) -> list:
    rows, page = [], 1
    while True:
        r = requests.get(f"{PORTAL}/bunches/{bunch}/cloths", headers=HEADERS, params={"page": page}, timeout=30)
        r.raise_for_status()
        data = r.json()
        rows.extend(data["items"])
        if not data.get("next"):
            return rows
        page += 1


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for bunch in ("SUPER120S", "FLANNEL-AW", "LINEN-SS", "MOHAIR-DINNER"):
        path = OUT / f"{bunch}-{dt.date.today():%Y%m%d}.csv"
        with path.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["code", "weight_gsm", "composition", "metres_in_stock", "price_per_metre"])
            writer.writeheader()
            for cloth in fetch_bunch(bunch):
                writer.writerow({k: cloth.get(k) for k in writer.fieldnames})


if __name__ == "__main__":
    main()
''', secret="wt_live_" + drawn(32))

add("python/ftp-password", "workshop/embroidery/push_to_brother.py", "https://docs.python.org/3/library/ftplib.html#ftplib.FTP.login",
    '''
#!/usr/bin/env python3
"""Copy approved monogram files to the Brother PR1055X share (FTP on the workshop network)."""
import ftplib
import sys
from pathlib import Path

MACHINE = "192.168.40.35"
APPROVED = Path.home() / "Monogrammes" / "valides"


def main() -> int:
    files = sorted(APPROVED.glob("*.pes"))
    if not files:
        print("nothing to send")
        return 0
    with ftplib.FTP(MACHINE, timeout=15) as ftp:
        ftp.login("atelier", "@@secret@@")
        ftp.cwd("/USB1/QUEUE")
        for path in files:
            with path.open("rb") as fh:
                ftp.storbinary(f"STOR {path.name}", fh)
            path.rename(path.with_suffix(".sent"))
            print("sent", path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', secret=words_pw())

add("python/postgres-password", "scripts/export_measurements.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect",
    '''
"""Quarterly export of client measurement cards for the pattern cutter (CSV, one row per client)."""
import csv
import sys

import psycopg2

conn = psycopg2.connect(
    host="10.0.10.5",
    port=5432,
    dbname="measurebook",
    user="export_ro",
    password="@@secret@@",
)

QUERY = """
SELECT c.client_code, m.taken_on, m.chest_cm, m.waist_cm, m.seat_cm, m.sleeve_cm,
       m.inside_leg_cm, m.neck_cm, m.back_length_cm, m.notes
FROM measurements m JOIN clients c ON c.id = m.client_id
WHERE m.taken_on >= %s
ORDER BY c.client_code, m.taken_on
"""

with conn, conn.cursor() as cur:
    cur.execute(QUERY, (sys.argv[1],))
    writer = csv.writer(sys.stdout)
    writer.writerow([d.name for d in cur.description])
    writer.writerows(cur)
''', secret=rand_pw(18))

add("python/telegram-bot-token", "atelier_bot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    '''
"""Bot Telegram de l'atelier : les couturières reçoivent les retouches urgentes du jour."""
import datetime as dt

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from planning import retouches_du_jour

TOKEN = "@@secret@@"
GROUPE_ATELIER = -1002214455667


async def urgentes(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lignes = [f"• {r.ticket} - {r.vetement} ({r.cliente}) pour {r.echeance:%H:%M}" for r in retouches_du_jour(urgentes=True)]
    await update.message.reply_text("\\n".join(lignes) or "Aucune retouche urgente aujourd'hui.")


async def rappel_matin(context: ContextTypes.DEFAULT_TYPE) -> None:
    n = len(retouches_du_jour())
    await context.bot.send_message(GROUPE_ATELIER, f"Bonjour ! {n} retouches prévues aujourd'hui.")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("urgentes", urgentes))
    app.job_queue.run_daily(rappel_matin, time=dt.time(8, 30))
    app.run_polling()


if __name__ == "__main__":
    main()
''', secret=fakes.telegram_token(_seed()))

_sg = sendgrid_key()
add("python/sendgrid-api-key", "bellweather/mail/config.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    '''
"""Transactional mail for Bellweather Bridal: fitting confirmations, gown arrival, balance due."""

SENDGRID_API_KEY = (
    "@@a@@"
    "@@b@@"
)
FROM_ADDRESS = ("appointments@bellweatherbridal.co.uk", "Bellweather Bridal")
TEMPLATES = {
    "fitting_confirmed": "d-5f0c1a9e2b7d4c33a1e0f6b2c9d8e7a1",
    "gown_arrived": "d-0b7e3c2a9f1d48e6b5c4a3d2e1f09876",
    "balance_due": "d-9a8b7c6d5e4f43a2b1c0d9e8f7a6b5c4",
}
REPLY_TO = "hello@bellweatherbridal.co.uk"
''', secret=_sg, a=_sg[:30], b=_sg[30:])

add("python/aws-secret-access-key", "jobs/archive_lookbook_photos.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    '''
"""Move last season's lookbook shoots from the NAS to S3 Glacier Instant Retrieval."""
import os
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@key_id@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "bellweather-lookbook-archive"
SOURCE = Path("/mnt/nas/photo/lookbook")


def archive(season: str) -> None:
    for path in (SOURCE / season).rglob("*.jpg"):
        key = f"{season}/{path.relative_to(SOURCE / season)}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"StorageClass": "GLACIER_IR"})
        print("archived", key)


if __name__ == "__main__":
    archive(os.environ.get("SEASON", "SS24"))
''', secret=fakes.aws_secret_key(_seed()), key_id=fakes.aws_key_id(_seed()))

add("python/ldap-bind-password", "it/ad_staff_sync.py", "https://ldap3.readthedocs.io/en/latest/bind.html",
    '''
"""Sync seamstresses and shop staff from the office AD into the booking app's staff table."""
from ldap3 import ALL, NTLM, Connection, Server

from booking.models import Staff

server = Server("ldaps://dc01.needlepoint.local", get_info=ALL, use_ssl=True)
conn = Connection(server, user="NEEDLEPOINT\\\\svc-booking", password="@@secret@@", authentication=NTLM, auto_bind=True)

conn.search(
    "OU=Workshop,DC=needlepoint,DC=local",
    "(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
    attributes=["sAMAccountName", "givenName", "sn", "mail", "title"],
)

for entry in conn.entries:
    Staff.objects.update_or_create(
        username=str(entry.sAMAccountName),
        defaults={"first_name": str(entry.givenName), "last_name": str(entry.sn),
                  "email": str(entry.mail), "role": str(entry.title)},
    )
print(f"synced {len(conn.entries)} staff")
''', secret=words_pw())

add("python/octopush-api-key", "planning_retouches/sms/octopush.py", "https://dev.octopush.com/en/sms-gateway-api-documentation/authentication/",
    '''
"""Envoi des SMS « votre retouche est prête » via Octopush."""
import requests

API_URL = "https://api.octopush.com/v1/public/sms-campaign/send"
HEADERS = {
    "api-login": "contact@atelier-margaux.fr",
    "api-key": "@@secret@@",
    "Content-Type": "application/json",
}


def envoyer_sms(numero: str, prenom: str, ticket: str) -> dict:
    payload = {
        "recipients": [{"phone_number": numero, "first_name": prenom}],
        "text": f"Bonjour {{first_name}}, votre retouche {ticket} est prête. Atelier Margaux, 12 rue Mercière. STOP au 30101",
        "type": "sms_premium",
        "purpose": "alert",
        "sender": "AtMargaux",
    }
    r = requests.post(API_URL, json=payload, headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()
''', secret=drawn(40))

add("python/pennylane-api-token", "compta/export_factures_pennylane.py", "https://pennylane.readme.io/docs/authentication",
    '''
"""Pousse les factures de la boutique (ventes robes + retouches) vers Pennylane chaque soir."""
import datetime as dt

import requests

from caisse import factures_du_jour

BASE = "https://app.pennylane.com/api/external/v2"
SESSION = requests.Session()
SESSION.headers.update({
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
})


def pousser(jour: dt.date) -> None:
    for f in factures_du_jour(jour):
        body = {
            "date": f.date.isoformat(),
            "deadline": f.echeance.isoformat(),
            "customer_id": f.client_pennylane_id,
            "invoice_lines": [{"label": l.libelle, "quantity": l.qte, "raw_currency_unit_price": str(l.prix_ht),
                               "vat_rate": "FR_200", "unit": "piece"} for l in f.lignes],
            "external_reference": f.numero,
        }
        SESSION.post(f"{BASE}/customer_invoices", json=body, timeout=20).raise_for_status()


if __name__ == "__main__":
    pousser(dt.date.today())
''', secret=drawn(43, ALNUM + "-_"))

add("python/redis-password", "bellweather/tasks/celeryconfig.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html",
    '''
# Celery: gown-arrival emails, seamstress schedule rebuilds, SMS reminders
broker_url = "redis://:@@secret@@@redis-bw.internal:6379/0"
result_backend = "redis://redis-bw.internal:6379/1"

task_serializer = "json"
accept_content = ["json"]
timezone = "Europe/London"
enable_utc = True

beat_schedule = {
    "rebuild-seamstress-rota": {"task": "tasks.rota.rebuild", "schedule": 3600.0},
    "fitting-reminders": {"task": "tasks.sms.fitting_reminders", "schedule": 900.0},
}
''', secret=fakes.redis_password(_seed()))

add("python/airtable-personal-access-token", "measurebook/sync/airtable_clients.py", "https://airtable.com/developers/web/guides/personal-access-tokens",
    '''
"""Mirror of client measurement cards into the Airtable base the front desk uses."""
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appK3vQ8rTailor01", "Measurement cards")

FIELDS = ["Client code", "Name", "Chest", "Waist", "Seat", "Sleeve", "Inside leg", "Last fitting", "Cutter"]


def push(cards) -> int:
    records = [{"fields": dict(zip(FIELDS, card.as_row()))} for card in cards]
    table.batch_upsert(records, key_fields=["Client code"])
    return len(records)
''', secret=airtable_pat())

add("python/decoy-env-reference", "verene_fittings/verene_fittings/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key",
    '''
"""Production overrides: every secret comes from the environment (set by systemd EnvironmentFile)."""
import os

from .settings import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "verene"),
        "USER": os.environ.get("PGUSER", "verene"),
        "PASSWORD": os.environ["PGPASSWORD"],
        "HOST": os.environ.get("PGHOST", "127.0.0.1"),
        "PORT": os.environ.get("PGPORT", "5432"),
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp-relay.brevo.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ["BREVO_SMTP_LOGIN"]
EMAIL_HOST_PASSWORD = os.environ["BREVO_SMTP_KEY"]

MOLLIE_API_KEY = os.getenv("MOLLIE_API_KEY", "")
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_SECURE = True
''')

add("python/decoy-test-fixture", "bellweather/tests/test_stripe_webhook.py", "https://docs.stripe.com/webhooks#verify-manually",
    '''
import hashlib
import hmac
import json
import time

import pytest

from bellweather.payments.webhooks import verify_and_parse

TEST_SECRET = "whsec_test_not_a_real_secret"


def _sign(payload: bytes, secret: str = TEST_SECRET, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_deposit_paid_event_is_accepted():
    payload = json.dumps({"type": "checkout.session.completed", "data": {"object": {"metadata": {"order": "BW-24-0193"}}}}).encode()
    event = verify_and_parse(payload, _sign(payload), secret=TEST_SECRET)
    assert event["data"]["object"]["metadata"]["order"] == "BW-24-0193"


def test_wrong_signature_is_rejected():
    payload = b'{"type": "charge.refunded"}'
    with pytest.raises(ValueError):
        verify_and_parse(payload, _sign(payload, secret="whsec_other"), secret=TEST_SECRET)
''')

add("python/decoy-checksum", "whitcombe_sync/swatch_manifest.py", "https://docs.python.org/3/library/hashlib.html",
    '''
"""Swatch images shipped with the in-store lookbook kiosk, pinned by SHA-256."""

SWATCHES = {
    "SUPER120S-navy-chalkstripe.jpg": "@@h1@@",
    "FLANNEL-AW-mid-grey.jpg": "@@h2@@",
    "LINEN-SS-sand.jpg": "@@h3@@",
    "MOHAIR-DINNER-midnight.jpg": "@@h4@@",
    "TWEED-HARRIS-heather.jpg": "@@h5@@",
}


def verify(path, expected: str) -> bool:
    import hashlib
    return hashlib.sha256(path.read_bytes()).hexdigest() == expected
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("python/decoy-secret-manager-reference", "stitch_and_hem/config/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_python.html",
    '''
"""Fetch runtime secrets from AWS Secrets Manager (cached for the process lifetime)."""
import functools
import json

import boto3

SECRET_IDS = {
    "square": "arn:aws:secretsmanager:us-east-2:384920174455:secret:stitchhem/prod/square-AbC12x",
    "twilio": "arn:aws:secretsmanager:us-east-2:384920174455:secret:stitchhem/prod/twilio-Q9rT2m",
    "postgres": "stitchhem/prod/rds-pos",
}


@functools.lru_cache(maxsize=None)
def get(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name="us-east-2")
    value = client.get_secret_value(SecretId=SECRET_IDS[name])
    return json.loads(value["SecretString"])
''')

add("python/decoy-password-hash", "verene_fittings/fittings/fixtures/staff.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
    '''
"""Demo staff accounts loaded by `manage.py loaddemo` (hashed passwords, local demos only)."""

DEMO_STAFF = [
    {"username": "claire.r", "role": "premiere", "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@"},
    {"username": "ines.b", "role": "couturiere", "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@"},
    {"username": "accueil", "role": "vendeuse", "password": "pbkdf2_sha256$720000$@@s3@@$@@h3@@"},
]
''', s1=drawn(22), h1=b64_bytes(32), s2=drawn(22), h2=b64_bytes(32), s3=drawn(22), h3=b64_bytes(32))

add("python/decoy-regex", "it/log_scrubber.py", "https://docs.python.org/3/library/re.html",
    r'''
"""Scrub card and key material from POS bridge logs before they are shipped to the log host."""
import re

PATTERNS = [
    (re.compile(r"\b(?:\d[ -]*?){13,19}\b"), "[PAN]"),
    (re.compile(r"sk_(?:live|test)_[0-9A-Za-z]{24,99}"), "sk_[REDACTED]"),
    (re.compile(r"EAAA[0-9A-Za-z_-]{60}"), "EAAA[REDACTED]"),
    (re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._-]+"), r"\1[REDACTED]"),
    (re.compile(r"(?i)(password=)[^&\s]+"), r"\1***"),
]


def scrub(line: str) -> str:
    for pattern, replacement in PATTERNS:
        line = pattern.sub(replacement, line)
    return line
''')

add("python/decoy-keyring-reference", "workshop/embroidery/push_to_tajima.py", "https://pypi.org/project/keyring/",
    '''
#!/usr/bin/env python3
"""Send .dst files to the Tajima; the FTP password lives in the Windows Credential Manager."""
import ftplib
from pathlib import Path

import keyring

HOST = "192.168.40.21"
USER = "tmbp"


def send(path: Path) -> None:
    password = keyring.get_password("tajima-tmbp-ftp", USER)
    if password is None:
        raise SystemExit("run: keyring set tajima-tmbp-ftp tmbp")
    with ftplib.FTP(HOST, USER, password, timeout=15) as ftp:
        ftp.cwd("/DESIGN/QUEUE")
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.name}", fh)


if __name__ == "__main__":
    for p in sorted(Path("approved").glob("*.dst")):
        send(p)
''')

add("python/decoy-example-id", "bellweather/orders/references.py", "https://docs.python.org/3/library/secrets.html",
    '''
"""Order and alteration-ticket references printed on garment tags.

Examples: BW-24-0193 (gown order), ALT-7Q4K-2M9X (alteration ticket), GC-RD8F-3KPL-X2VA (gift card
number shown to the customer, not a credential: redemption needs the PIN on the card).
"""
import secrets

_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def ticket() -> str:
    part = lambda: "".join(secrets.choice(_ALPHABET) for _ in range(4))  # noqa: E731
    return f"ALT-{part()}-{part()}"


def order(year: int, seq: int) -> str:
    return f"BW-{year % 100:02d}-{seq:04d}"
''')

# ---------------------------------------------------------------------------------------------
# yaml, json, toml, ini
# ---------------------------------------------------------------------------------------------

add("yaml/smtp-password", "measurebook-api/config/production.yml", "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission",
    """
server:
  port: 8443
  public_url: https://measure.needlepointtailors.com

measurements:
  units: inches
  round_to: 0.125
  required_for_jacket: [chest, waist, seat, sleeve_left, sleeve_right, back_length, shoulder]
  required_for_trousers: [waist, seat, inside_leg, outside_leg, thigh, knee, bottom]

mail:
  host: smtp.office365.com
  port: 587
  starttls: true
  username: fittings@needlepointtailors.com
  password: "@@secret@@"
  from: "Needle Point Tailors <fittings@needlepointtailors.com>"

pdf:
  logo: assets/npt-logo.svg
  footer: "Measurements taken by {cutter} on {date}. Keep this card for your next order."
""", secret=words_pw())

add("yaml/unifi-password", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant secrets - boutique Maison Vérène (caméras, alarme, vitrine)
latitude_home: 44.8412
longitude_home: -0.5800
unifi_protect_host: 192.168.1.2
unifi_protect_username: homeassistant
unifi_protect_password: "@@secret@@"
vitrine_plug_ip: 192.168.1.60
alarm_panel_code_label: "code saisi sur le clavier de l'entrée"
""", secret=words_pw())

add("yaml/azure-storage-account-key", "bellweather-rails/config/storage.yml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage",
    """
test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# gown photos, fitting notes with sketches, signed alteration quotes
azure:
  service: AzureStorage
  storage_account_name: bellweatherfittings
  storage_access_key: "@@secret@@"
  container: fitting-media
""", secret=azure_storage_key())

add("yaml/sendcloud-secret-key", "shipping-service/config/carriers.yaml", "https://sendcloud.dev/docs/getting-started/authentication/",
    """
# carriers used for shipping finished alterations and veils back to customers
default_sender_address: 41872
sendcloud:
  base_url: https://panel.sendcloud.sc/api/v2
  public_key: @@pub@@
  secret_key: @@secret@@
  default_shipping_method: 8      # Colissimo Home
  insure_over_eur: 300
mondial_relay:
  enabled: false
packaging:
  veil_box: {length_cm: 45, width_cm: 35, height_cm: 8, weight_g: 350}
  garment_bag: {length_cm: 60, width_cm: 40, height_cm: 10, weight_g: 500}
""", secret=hexs(32), pub=hexs(32))

add("yaml/slack-webhook-url", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
  slack_api_url: "@@secret@@"

route:
  receiver: shop-it
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: shop-it

receivers:
  - name: shop-it
    slack_configs:
      - channel: "#shop-it"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", secret=slack_webhook())

add("yaml/square-access-token", "stitch-and-hem/pos-webhooks/serverless.yml", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
service: stitchhem-pos-webhooks
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    SQUARE_ENVIRONMENT: production
    SQUARE_ACCESS_TOKEN: @@secret@@
    SQUARE_LOCATION_ID: L8K2Q0WZ9P4R1
    TICKETS_TABLE: alteration-tickets

functions:
  paymentUpdated:
    handler: handlers.payment_updated
    events:
      - httpApi:
          path: /square/payment
          method: post
  ticketReady:
    handler: handlers.ticket_ready
    events:
      - schedule: rate(15 minutes)
""", secret=square_token())

add("yaml/decoy-file-reference", "monitoring/alertmanager/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """
global:
  resolve_timeout: 5m
  # webhook URL is deployed by Ansible to this file (mode 0600), never kept in git
  slack_api_url_file: /etc/alertmanager/secrets/slack_api_url

route:
  receiver: shop-it
  group_by: [alertname, instance]

receivers:
  - name: shop-it
    slack_configs:
      - channel: "#shop-it"
        send_resolved: true
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/verene.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """
mollie_api_key: @@e1@@
brevo_api_key: @@e2@@
django_secret_key: @@e3@@
pg_password: @@e4@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1qz5x8m3k9y2lhq7s6tn0w4e8r3f5c2v7b9j6dkp0ua4mxs8yhg2qenlh7c
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-09-12T08:41:17Z"
    mac: @@mac@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", e1=sops(36), e2=sops(89), e3=sops(50), e4=sops(18), a1=b64_bytes(48), a2=b64_bytes(36),
    mac=sops(32))

add("yaml/decoy-openapi-example", "measurebook-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """
openapi: 3.0.3
info:
  title: MeasureBook API
  version: 1.4.0
  description: Client measurement cards for bespoke and made-to-measure orders.
servers:
  - url: https://measure.needlepointtailors.com/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    MeasurementCard:
      type: object
      properties:
        client_code: {type: string, example: "NPT-C-01842"}
        chest: {type: number, example: 40.5}
        waist: {type: number, example: 34.25}
        sleeve_left: {type: number, example: 25.0}
security:
  - bearerAuth: []
paths:
  /cards/{client_code}:
    get:
      summary: Latest measurement card
      parameters:
        - name: client_code
          in: path
          required: true
          schema: {type: string}
        - name: Authorization
          in: header
          example: "Bearer <your-access-token>"
          schema: {type: string}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/MeasurementCard"}
""")

add("yaml/decoy-secret-reference", "homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
homeassistant:
  name: Boutique Vérène
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: metric
  time_zone: Europe/Paris

unifiprotect:
  host: !secret unifi_protect_host
  username: !secret unifi_protect_username
  password: !secret unifi_protect_password

automation: !include automations.yaml
script: !include scripts.yaml

switch:
  - platform: template
    switches:
      vitrine:
        friendly_name: "Éclairage vitrine"
        turn_on: {service: switch.turn_on, target: {entity_id: switch.prise_vitrine}}
        turn_off: {service: switch.turn_off, target: {entity_id: switch.prise_vitrine}}
""")

_sa_key = pem("PRIVATE KEY", 10)
add("json/gcp-service-account-key", "fitting-app/firebase/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating",
    """
{
  "type": "service_account",
  "project_id": "bellweather-fittings",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "firebase-adminsdk-q7x2m@bellweather-fittings.iam.gserviceaccount.com",
  "client_id": "10938475612093847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q7x2m%40bellweather-fittings.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_sa_key.replace("\n", "\\n"), kid=hexs(40))

add("json/sftp-password", "atelier-margaux-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings",
    """
{
    "name": "o2switch - atelier-margaux.fr",
    "host": "ftp.atelier-margaux.fr",
    "protocol": "sftp",
    "port": 22,
    "username": "atelierm",
    "password": "@@secret@@",
    "remotePath": "/home/atelierm/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules", "wp-content/cache"]
}
""", secret=words_pw())

add("json/mssql-password", "StitchHem.PosBridge/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax",
    """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Tickets": "Server=tcp:stitchhem-sql.database.windows.net,1433;Initial Catalog=alterations;User ID=posbridge;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Square": {
    "Environment": "production",
    "LocationId": "L8K2Q0WZ9P4R1"
  },
  "TicketPrinter": {
    "Host": "10.0.20.15",
    "Port": 9100,
    "Model": "Epson TM-m30III"
  },
  "AllowedHosts": "*"
}
""", secret=rand_pw(22, "!#%"))

add("json/paypal-client-secret", "bridal-shop-api/config/production.json", "https://developer.paypal.com/api/rest/authentication/",
    """
{
  "server": {"port": 3000, "trustProxy": true},
  "shop": {
    "name": "Bellweather Bridal",
    "currency": "GBP",
    "depositPercent": 50
  },
  "paypal": {
    "mode": "live",
    "clientId": "@@cid@@",
    "clientSecret": "@@secret@@",
    "webhookId": "4JH86294D6297924G"
  },
  "appointments": {
    "firstFittingMinutes": 90,
    "bridesmaidMinutes": 60,
    "maxGuests": 4
  }
}
""", secret=paypal_secret(), cid="A" + drawn(79, ALNUM + "-_"))

_docker_auth = b64("stitchhem:" + docker_pat())
add("json/docker-hub-token", "pos-kiosk/provisioning/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@secret@@"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", secret=_docker_auth)

add("json/github-token", "wp-atelier/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth",
    """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {
        "connect.advancedcustomfields.com": {
            "username": "licence-key-in-1password",
            "password": "https://atelier-margaux.fr"
        }
    }
}
""", secret=fakes.github_token(_seed()))

add("json/decoy-integrity-hash", "bridal-lookbook/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "bridal-lookbook",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "bridal-lookbook",
      "version": "2.3.0",
      "dependencies": {
        "@stripe/stripe-js": "^4.1.0",
        "swiper": "^11.1.4"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/swiper": {
      "version": "11.1.4",
      "resolved": "https://registry.npmjs.org/swiper/-/swiper-11.1.4.tgz",
      "integrity": "sha512-@@i2@@",
      "funding": [{"type": "patreon", "url": "https://www.patreon.com/swiperjs"}]
    }
  }
}
""", i1=b64_bytes(64), i2=b64_bytes(64))

add("json/decoy-public-client-config", "fitting-app/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys",
    """
{
  "apiKey": "@@key@@",
  "authDomain": "bellweather-fittings.firebaseapp.com",
  "projectId": "bellweather-fittings",
  "storageBucket": "bellweather-fittings.appspot.com",
  "messagingSenderId": "482019375566",
  "appId": "1:482019375566:web:@@app@@",
  "measurementId": "G-7KQ2M9XW3D"
}
""", key=google_api_key(), app=hexs(22))

add("json/decoy-local-dev-defaults", "StitchHem.PosBridge/appsettings.Development.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings",
    """
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "ConnectionStrings": {
    "Tickets": "Server=(localdb)\\\\MSSQLLocalDB;Database=alterations_dev;Trusted_Connection=True;MultipleActiveResultSets=true",
    "Blobs": "UseDevelopmentStorage=true"
  },
  "Square": {
    "Environment": "sandbox",
    "LocationId": "LSANDBOX00001"
  }
}
""")

add("json/decoy-test-fixture", "bellweather/stripe/fixtures/deposit_flow.json", "https://docs.stripe.com/cli/fixtures",
    """
{
  "_meta": {"template_version": 0},
  "fixtures": [
    {
      "name": "bride",
      "path": "/v1/customers",
      "method": "post",
      "params": {"email": "bride.test@example.com", "name": "Test Bride", "metadata": {"order": "BW-24-0193"}}
    },
    {
      "name": "deposit",
      "path": "/v1/payment_intents",
      "method": "post",
      "params": {
        "amount": 75000,
        "currency": "gbp",
        "customer": "${bride:id}",
        "payment_method": "pm_card_visa",
        "confirm": true,
        "description": "Gown deposit (50%) - order BW-24-0193"
      }
    },
    {
      "name": "refund_partial",
      "path": "/v1/refunds",
      "method": "post",
      "params": {"payment_intent": "${deposit:id}", "amount": 15000}
    }
  ]
}
""")

add("toml/postgres-password", "sales-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management",
    """
# Streamlit dashboard: weekly gown sales, alteration turnaround, seamstress load
[connections.pos]
dialect = "postgresql"
host = "10.0.10.5"
port = "5432"
database = "pos"
username = "dashboard_ro"
password = "@@secret@@"

[dashboard]
stores = ["Austin - Congress Ave", "Austin - Domain"]
""", secret=passphrase())

add("toml/sumup-api-key", "popup-checkout/wrangler.toml", "https://developer.sumup.com/api/authentication",
    """
name = "popup-checkout"
main = "src/worker.ts"
compatibility_date = "2024-08-01"

# trunk show / bridal fair card payments through the SumUp Solo readers
[vars]
SUMUP_MERCHANT_CODE = "MQ7ZK2P4"
SUMUP_API_KEY = "@@secret@@"
SHOP_NAME = "Bellweather Bridal"
CURRENCY = "GBP"

[[kv_namespaces]]
binding = "RECEIPTS"
id = "7d1e6c2f9b3a4d58a0c9e1f2b3a4c5d6"
""", secret="sup_sk_" + drawn(32))

add("toml/influxdb-token", "it/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/",
    """
[agent]
  interval = "30s"
  hostname = "nas-atelier"

# shop network: NAS, workshop switch, embroidery machines' reachability, UPS
[[inputs.ping]]
  urls = ["192.168.40.21", "192.168.40.35", "192.168.1.1"]
  method = "native"

[[inputs.snmp]]
  agents = ["udp://192.168.1.3:161"]
  community = "public"

[[inputs.upsd]]
  server = "127.0.0.1"

[[outputs.influxdb_v2]]
  urls = ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
  token = "@@secret@@"
  organization = "atelier-margaux"
  bucket = "atelier"
""", secret=b64_bytes(64).replace("+", "-").replace("/", "_"))

add("toml/decoy-client-id", "bellweather-shopify-app/shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration",
    """
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration

client_id = "@@cid@@"
name = "Trunk Show Reservations"
handle = "trunk-show-reservations"
application_url = "https://reservations.bellweatherbridal.co.uk"
embedded = true

[access_scopes]
scopes = "read_products,write_orders,read_customers,write_draft_orders"

[auth]
redirect_urls = ["https://reservations.bellweatherbridal.co.uk/auth/callback"]

[webhooks]
api_version = "2024-07"

[pos]
embedded = false
""", cid=hexs(32))

add("toml/decoy-lockfile-hash", "measurebook-cli/uv.lock", "https://docs.astral.sh/uv/concepts/projects/sync/",
    """
version = 1
requires-python = ">=3.11"

[[package]]
name = "reportlab"
version = "4.2.2"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/source/r/reportlab/reportlab-4.2.2.tar.gz", hash = "sha256:@@h1@@", size = 3556920 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/py3/r/reportlab/reportlab-4.2.2-py3-none-any.whl", hash = "sha256:@@h2@@", size = 1949286 },
]

[[package]]
name = "measurebook-cli"
version = "0.6.0"
source = { editable = "." }
dependencies = [{ name = "reportlab" }]
""", h1=hexs(64), h2=hexs(64))

add("ini/pypi-token", "atelier-patterns/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
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
""", secret=fakes.pypi_token(_seed()))

add("ini/odoo-db-password", "odoo-boutique/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#configuration-sample",
    """
[options]
; Odoo 17 - point de vente et stock de la boutique (robes, accessoires, retouches)
addons_path = /opt/odoo/odoo/addons,/opt/odoo/custom-addons
data_dir = /var/lib/odoo
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
db_host = 127.0.0.1
db_port = 5432
db_user = odoo
db_password = @@secret@@
dbfilter = ^boutique$
list_db = False
proxy_mode = True
workers = 4
max_cron_threads = 1
limit_time_real = 240
logfile = /var/log/odoo/odoo.log
""", secret=rand_pw(20), salt=drawn(22, ALNUM + "./"), hash=drawn(86, ALNUM + "./"))

add("ini/mysql-password", "wp-atelier/backup/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    """
# used by the nightly mysqldump of the WooCommerce shop (cron on the o2switch account)
[client]
user=atelierm_wp
password="@@secret@@"
host=localhost
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", secret=words_pw())

add("ini/square-access-token", "pos-bridge/deploy/supervisord.conf", "http://supervisord.org/configuration.html#program-x-section-settings",
    """
[supervisord]
logfile=/var/log/supervisor/supervisord.log
nodaemon=false

[program:pos-bridge]
command=/opt/pos-bridge/venv/bin/python -m pos_bridge
directory=/opt/pos-bridge
user=posbridge
autostart=true
autorestart=true
environment=SQUARE_ENVIRONMENT="production",SQUARE_ACCESS_TOKEN="@@secret@@",TICKET_PRINTER="10.0.20.15"
stdout_logfile=/var/log/pos-bridge/out.log
stderr_logfile=/var/log/pos-bridge/err.log
""", secret=square_token())

add("ini/decoy-keyring-reference", "measurebook-cli/.pypirc", "https://twine.readthedocs.io/en/stable/#keyring-support",
    """
# twine reads the token from the system keyring:
#   keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
""")

add("ini/decoy-password-hash", "odoo-boutique/odoo.staging.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security",
    """
[options]
addons_path = /opt/odoo/odoo/addons,/opt/odoo/custom-addons
data_dir = /var/lib/odoo
; master password stored hashed, as Odoo writes it after "Set Master Password"
admin_passwd = $pbkdf2-sha512$600000$@@salt@@$@@hash@@
; peer authentication over the unix socket, no database password
db_host = False
db_user = odoo
db_password = False
dbfilter = ^boutique_staging$
list_db = False
""", salt=drawn(22, ALNUM + "./"), hash=drawn(86, ALNUM + "./"))

# ---------------------------------------------------------------------------------------------
# go, java, kotlin, csharp, php, ruby, rust, swift
# ---------------------------------------------------------------------------------------------

add("go/shipstation-api-secret", "orderwatch/internal/shipping/shipstation.go", "https://www.shipstation.com/docs/api/requirements/#authentication",
    """
package shipping

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// ShipStation credentials for the Needle Point Tailors store (finished suits shipped to clients).
const (
	apiKey    = "@@key@@"
	apiSecret = "@@secret@@"
	baseURL   = "https://ssapi.shipstation.com"
)

type Shipment struct {
	OrderNumber    string `json:"orderNumber"`
	TrackingNumber string `json:"trackingNumber"`
	CarrierCode    string `json:"carrierCode"`
	ShipDate       string `json:"shipDate"`
}

type shipmentsPage struct {
	Shipments []Shipment `json:"shipments"`
	Pages     int        `json:"pages"`
}

var client = &http.Client{Timeout: 20 * time.Second}

// ShippedSince returns shipments created after the given time.
func ShippedSince(since time.Time) ([]Shipment, error) {
	url := fmt.Sprintf("%s/shipments?createDateStart=%s&pageSize=100", baseURL, since.Format("2006-01-02 15:04:05"))
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(apiKey, apiSecret)
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("shipstation: %s", resp.Status)
	}
	var page shipmentsPage
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, err
	}
	return page.Shipments, nil
}
""", secret=hexs(32), key=hexs(32))

add("go/brevo-api-key", "relances/internal/mail/brevo.go", "https://developers.brevo.com/docs/getting-started",
    """
package mail

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Relances clientes : robe arrivée en boutique, essayage à planifier, solde à régler.
const brevoAPIKey = "@@secret@@"

const (
	TemplateRobeArrivee   = 14
	TemplateEssayage      = 15
	TemplateSoldeARegler  = 17
)

type destinataire struct {
	Email string `json:"email"`
	Name  string `json:"name,omitempty"`
}

func Envoyer(templateID int, email, nom string, params map[string]string) error {
	body, _ := json.Marshal(map[string]any{
		"templateId": templateID,
		"to":         []destinataire{{Email: email, Name: nom}},
		"params":     params,
	})
	req, _ := http.NewRequest(http.MethodPost, "https://api.brevo.com/v3/smtp/email", bytes.NewReader(body))
	req.Header.Set("api-key", brevoAPIKey)
	req.Header.Set("content-type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", secret=brevo_key())

add("go/mqtt-password", "floor-sensors/cmd/machinewatch/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword",
    """
package main

import (
	"log"
	"os"
	"os/signal"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// machinewatch records stitch counts and thread-break events published by the
// embroidery machines' network adapters on the workshop broker.
func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("tcp://192.168.40.2:1883").
		SetClientID("machinewatch").
		SetUsername("machinewatch").
		SetPassword("@@secret@@").
		SetAutoReconnect(true).
		SetConnectRetryInterval(10 * time.Second)

	client := mqtt.NewClient(opts)
	if token := client.Connect(); token.Wait() && token.Error() != nil {
		log.Fatal(token.Error())
	}
	client.Subscribe("atelier/brodeuse/+/events", 1, func(_ mqtt.Client, m mqtt.Message) {
		log.Printf("%s %s", m.Topic(), m.Payload())
	})

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
	client.Disconnect(250)
}
""", secret=rand_pw(24))

add("go/decoy-env-reference", "orderwatch/internal/config/config.go", "https://pkg.go.dev/os#Getenv",
    """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	ShipStationKey    string
	ShipStationSecret string
	TwilioSID         string
	TwilioToken       string
	PollMinutes       int
}

func Load() (Config, error) {
	c := Config{
		ShipStationKey:    os.Getenv("SHIPSTATION_API_KEY"),
		ShipStationSecret: os.Getenv("SHIPSTATION_API_SECRET"),
		TwilioSID:         os.Getenv("TWILIO_ACCOUNT_SID"),
		TwilioToken:       os.Getenv("TWILIO_AUTH_TOKEN"),
		PollMinutes:       15,
	}
	if c.ShipStationSecret == "" || c.TwilioToken == "" {
		return c, fmt.Errorf("config: SHIPSTATION_API_SECRET and TWILIO_AUTH_TOKEN must be set")
	}
	return c, nil
}
""")

add("java/gmail-app-password", "measurement-cards/src/main/java/com/needlepoint/cards/CardMailer.java", "https://support.google.com/mail/answer/185833",
    """
package com.needlepoint.cards;

import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.io.File;
import java.util.Properties;

/** Emails the PDF measurement card to the client after each fitting. */
public class CardMailer {

    private static final String SENDER = "cards.needlepoint@gmail.com";
    private static final String APP_PASSWORD = "@@secret@@";

    private final Session session;

    public CardMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.gmail.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SENDER, APP_PASSWORD);
            }
        });
    }

    public void send(String to, String clientName, File pdf) throws Exception {
        MimeMessage msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(SENDER, "Needle Point Tailors"));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject("Your measurement card - Needle Point Tailors");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dear " + clientName + ",\\n\\nPlease find your measurement card attached.\\n");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.attachFile(pdf);
        Multipart body = new MimeMultipart();
        body.addBodyPart(text);
        body.addBodyPart(attachment);
        msg.setContent(body);
        Transport.send(msg);
    }
}
""", secret=drawn(16, string.ascii_lowercase))

add("java/mysql-password", "atelier-stock/src/main/java/fr/ateliermargaux/stock/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html",
    """
package fr.ateliermargaux.stock;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Connexion à la base du stock de tissus (coupons, rouleaux, mercerie). */
public final class Db {

    private static final String URL = "jdbc:mysql://192.168.1.10:3306/stock_tissus?useSSL=false&serverTimezone=Europe/Paris";
    private static final String USER = "stock";
    private static final String PASSWORD = "@@secret@@";

    private Db() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", secret=words_pw())

add("java/decoy-config-reference", "bridal-orders/src/main/java/uk/bellweather/orders/payments/StripeConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html",
    """
package uk.bellweather.orders.payments;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    @Value("${stripe.secret-key}")
    private String secretKey;

    @Value("${stripe.webhook-secret}")
    private String webhookSecret;

    @PostConstruct
    void init() {
        Stripe.apiKey = secretKey;
        Stripe.setAppInfo("bellweather-orders", "3.2.0", "https://bellweatherbridal.co.uk");
    }

    public String webhookSecret() {
        return webhookSecret;
    }
}
""")

add("java/decoy-test-fixture", "bridal-orders/src/test/java/uk/bellweather/orders/DepositCalculatorTest.java", "https://junit.org/junit5/docs/current/user-guide/",
    """
package uk.bellweather.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DepositCalculatorTest {

    private static final String FAKE_GATEWAY_KEY = "fake-gateway-key-for-unit-tests";
    private static final String ORDER = "BW-24-0193";

    @Test
    void depositIsHalfTheGownPrice() {
        DepositCalculator calc = new DepositCalculator(FAKE_GATEWAY_KEY, new BigDecimal("0.50"));
        assertEquals(new BigDecimal("750.00"), calc.depositFor(ORDER, new BigDecimal("1500.00")));
    }

    @Test
    void alterationsAreNotIncludedInTheDeposit() {
        DepositCalculator calc = new DepositCalculator(FAKE_GATEWAY_KEY, new BigDecimal("0.50"));
        assertEquals(new BigDecimal("600.00"), calc.depositFor(ORDER, new BigDecimal("1200.00"), new BigDecimal("180.00")));
    }
}
""")

add("kotlin/calendly-personal-access-token", "fitting-tablet/app/src/main/java/uk/bellweather/fitting/net/CalendlyApi.kt", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens",
    """
package uk.bellweather.fitting.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.GET
import retrofit2.http.Query

private const val CALENDLY_TOKEN =
    "@@secret@@"

interface CalendlyApi {
    @GET("scheduled_events")
    suspend fun todaysFittings(
        @Query("organization") organization: String,
        @Query("min_start_time") from: String,
        @Query("max_start_time") to: String,
        @Query("status") status: String = "active",
    ): ScheduledEvents
}

object Calendly {
    private val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $CALENDLY_TOKEN").build())
    }

    val api: CalendlyApi = Retrofit.Builder()
        .baseUrl("https://api.calendly.com/")
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(CalendlyApi::class.java)
}
""", secret=calendly_pat())

add("kotlin/algolia-admin-api-key", "lookbook-indexer/src/main/kotlin/Indexer.kt", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key",
    """
import com.algolia.search.client.ClientSearch
import com.algolia.search.model.APIKey
import com.algolia.search.model.ApplicationID
import com.algolia.search.model.IndexName
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import java.io.File

// Re-indexes the gown catalogue (silhouette, neckline, fabric, designer) for the lookbook search.
fun main() = runBlocking {
    val client = ClientSearch(
        applicationID = ApplicationID("Q4HX8ZK2PL"),
        apiKey = APIKey("@@secret@@"),
    )
    val index = client.initIndex(IndexName("gowns_prod"))
    val gowns = Json.decodeFromString<List<JsonObject>>(File("export/gowns.json").readText())
    index.replaceAllObjects(gowns)
    println("indexed ${gowns.size} gowns")
}
""", secret=hexs(32))

add("kotlin/decoy-publishable-key", "fitting-tablet/app/build.gradle.kts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "uk.bellweather.fitting"
    compileSdk = 34

    defaultConfig {
        applicationId = "uk.bellweather.fitting"
        minSdk = 28
        targetSdk = 34
        versionCode = 41
        versionName = "2.7.1"
        buildConfigField("String", "ALGOLIA_APP_ID", "\\"Q4HX8ZK2PL\\"")
        buildConfigField("String", "ALGOLIA_SEARCH_KEY", "\\"@@search@@\\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.algolia:instantsearch-android:3.3.1")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
}
""", search=hexs(32))

add("csharp/twilio-auth-token", "StitchHem.PosBridge/Services/PickupTexter.cs", "https://www.twilio.com/docs/libraries/reference/twilio-csharp",
    """
using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace StitchHem.PosBridge.Services;

public sealed class PickupTexter
{
    private const string AccountSid = "@@sid@@";
    private const string AuthToken = "@@secret@@";
    private static readonly PhoneNumber From = new("+15125550187");

    static PickupTexter() => TwilioClient.Init(AccountSid, AuthToken);

    public async Task<string> SendReadyAsync(string phone, string firstName, string ticket)
    {
        var message = await MessageResource.CreateAsync(
            to: new PhoneNumber(phone),
            from: From,
            body: $"Hi {firstName}, ticket #{ticket} is ready at Stitch & Hem. Reply STOP to opt out.");
        return message.Sid;
    }
}
""", secret=hexs(32), sid=twilio_sid())

add("csharp/smb-password", "WorkshopTools/DesignShare.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential",
    """
using System;
using System.IO;
using System.Net;

namespace WorkshopTools
{
    /// <summary>Copies digitized designs from the Wilcom PC share to the embroidery queue folder.</summary>
    internal static class DesignShare
    {
        private const string Share = @"\\\\NAS-ATELIER\\designs";
        private static readonly NetworkCredential Credential = new NetworkCredential("broderie", "@@secret@@", "NAS-ATELIER");

        public static void Sync(string queueFolder)
        {
            using (new NetworkConnection(Share, Credential))
            {
                foreach (var file in Directory.GetFiles(Path.Combine(Share, "valides"), "*.dst"))
                {
                    var target = Path.Combine(queueFolder, Path.GetFileName(file));
                    if (!File.Exists(target))
                    {
                        File.Copy(file, target);
                        Console.WriteLine($"copied {Path.GetFileName(file)}");
                    }
                }
            }
        }
    }
}
""", secret=words_pw())

add("csharp/azure-service-bus-key", "StitchHem.Orders/Messaging/TicketEvents.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues",
    """
using System.Text.Json;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;

namespace StitchHem.Orders.Messaging;

public static class TicketEvents
{
    private const string ConnectionString =
        "Endpoint=sb://stitchhem-orders.servicebus.windows.net/;SharedAccessKeyName=orders-send;SharedAccessKey=@@secret@@";

    private static readonly ServiceBusClient Client = new(ConnectionString);
    private static readonly ServiceBusSender Sender = Client.CreateSender("ticket-status");

    public static Task PublishAsync(string ticket, string status) =>
        Sender.SendMessageAsync(new ServiceBusMessage(JsonSerializer.Serialize(new { ticket, status }))
        {
            Subject = status,
            MessageId = $"{ticket}-{status}",
        });
}
""", secret=b64_bytes(32))

add("csharp/decoy-user-secrets-reference", "StitchHem.PosBridge/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """
using StitchHem.PosBridge.Services;

var builder = WebApplication.CreateBuilder(args);

// Development: `dotnet user-secrets set "Square:AccessToken" "<sandbox token>"`
// Production: App Service settings backed by Key Vault references.
builder.Configuration.AddUserSecrets<Program>(optional: true);
builder.Configuration.AddAzureKeyVault(new Uri("https://kv-stitchhem-prod.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());

var square = builder.Configuration.GetSection("Square");
builder.Services.AddSingleton(new SquareOptions(
    AccessToken: square["AccessToken"] ?? throw new InvalidOperationException("Square:AccessToken missing"),
    LocationId: square["LocationId"] ?? "L8K2Q0WZ9P4R1"));
builder.Services.AddSingleton<PickupTexter>();

var app = builder.Build();
app.MapPost("/square/webhook", SquareWebhook.Handle);
app.MapGet("/healthz", () => "ok");
app.Run();
""")

add("php/wordpress-db-password", "wp-atelier/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    """
<?php
/**
 * Configuration de WordPress - atelier-margaux.fr (boutique WooCommerce + prise de rendez-vous)
 */

define( 'DB_NAME', 'atelierm_wp' );
define( 'DB_USER', 'atelierm_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'am_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'WPLANG', 'fr_FR' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("php/woocommerce-consumer-secret", "atelier-sync/src/Commandes.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php

namespace AtelierSync;

use Automattic\\WooCommerce\\Client;

/**
 * Récupère les commandes « retouche à domicile » de WooCommerce pour le planning des couturières.
 */
final class Commandes
{
    private Client $woo;

    public function __construct()
    {
        $this->woo = new Client(
            'https://atelier-margaux.fr',
            '@@ck@@',
            '@@secret@@',
            ['version' => 'wc/v3', 'timeout' => 30]
        );
    }

    /** @return array<int, object> */
    public function aPlanifier(): array
    {
        return $this->woo->get('orders', [
            'status' => 'processing',
            'category' => 'retouches',
            'per_page' => 50,
        ]);
    }

    public function marquerPlanifiee(int $id, string $creneau): void
    {
        $this->woo->put("orders/$id", [
            'status' => 'on-hold',
            'meta_data' => [['key' => '_creneau_retouche', 'value' => $creneau]],
        ]);
    }
}
""", secret=woo_key("cs_"), ck=woo_key("ck_"))

add("php/colissimo-password", "modules/am_colissimo/classes/ColissimoEtiquette.php", "https://www.colissimo.entreprise.laposte.fr/fr/system/files/imagescontent/docs/spec_ws_affranchissement.pdf",
    """
<?php

class ColissimoEtiquette
{
    const WS_URL = 'https://ws.colissimo.fr/sls-ws/SlsServiceWSRest/2.0/generateLabel';
    const CONTRACT_NUMBER = '841576';
    const PASSWORD = '@@secret@@';

    public static function generer(array $commande)
    {
        $payload = [
            'contractNumber' => self::CONTRACT_NUMBER,
            'password' => self::PASSWORD,
            'outputFormat' => ['x' => 0, 'y' => 0, 'outputPrintingType' => 'PDF_10x15_300dpi'],
            'letter' => [
                'service' => [
                    'productCode' => 'DOM',
                    'depositDate' => date('Y-m-d'),
                    'orderNumber' => $commande['reference'],
                ],
                'parcel' => ['weight' => $commande['poids_kg']],
                'sender' => ['address' => ['companyName' => 'Atelier Margaux', 'line2' => '12 rue Mercière',
                    'countryCode' => 'FR', 'city' => 'Lyon', 'zipCode' => '69002']],
                'addressee' => ['address' => $commande['adresse']],
            ],
        ];
        $ch = curl_init(self::WS_URL);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
            CURLOPT_RETURNTRANSFER => true,
        ]);
        $reponse = curl_exec($ch);
        curl_close($ch);
        return $reponse;
    }
}
""", secret=words_pw())

add("php/lyra-rest-password", "modules/verene_paiement/config/lyra.php", "https://docs.lyra.com/fr/rest/V4.0/api/get_my_keys.html",
    """
<?php
// Paiement des acomptes robes de mariée - formulaire embarqué Lyra (Systempay)
return [
    'shop_id' => '48120374',
    'endpoint' => 'https://api.systempay.fr',
    'public_key' => '48120374:publickey_@@pub@@',
    'password' => '48120374:@@secret@@',
    'hmac_sha256_key' => getenv('LYRA_HMAC_KEY'),
    'currency' => 'EUR',
    'return_url' => 'https://boutique.maison-verene.fr/module/verene_paiement/retour',
];
""", secret="prodpassword_" + drawn(46), pub=drawn(46))

add("php/mailgun-api-key", "measure-portal/config/services.php", "https://laravel.com/docs/11.x/mail#mailgun-driver",
    """
<?php

return [

    'mailgun' => [
        'domain' => 'mg.needlepointtailors.com',
        'secret' => '@@secret@@',
        'endpoint' => 'api.mailgun.net',
        'scheme' => 'https',
    ],

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

];
""", secret=mailgun_key())

add("php/decoy-placeholder", "wp-atelier/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("php/decoy-env-reference", "bellweather-wp/wp-config.php", "https://roots.io/bedrock/docs/environment-variables/",
    """
<?php
/**
 * Bedrock-style config: all credentials come from the server environment (Forge site settings).
 */
use function Env\\env;

define('DB_NAME', env('DB_NAME'));
define('DB_USER', env('DB_USER'));
define('DB_PASSWORD', env('DB_PASSWORD'));
define('DB_HOST', env('DB_HOST') ?: 'localhost');

define('AUTH_KEY', env('AUTH_KEY'));
define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
define('NONCE_KEY', env('NONCE_KEY'));
define('AUTH_SALT', env('AUTH_SALT'));
define('SECURE_AUTH_SALT', env('SECURE_AUTH_SALT'));
define('LOGGED_IN_SALT', env('LOGGED_IN_SALT'));
define('NONCE_SALT', env('NONCE_SALT'));

define('WP_ENV', env('WP_ENV') ?: 'production');
define('WP_HOME', 'https://bellweatherbridal.co.uk');
define('WP_SITEURL', WP_HOME . '/wp');
""")

add("php/decoy-config-reference", "modules/am_mondialrelay/am_mondialrelay.php", "https://devdocs.prestashop-project.org/8/development/components/configuration/",
    """
<?php
if (!defined('_PS_VERSION_')) {
    exit;
}

class Am_Mondialrelay extends CarrierModule
{
    public function __construct()
    {
        $this->name = 'am_mondialrelay';
        $this->tab = 'shipping_logistics';
        $this->version = '1.3.0';
        $this->author = 'Atelier Margaux';
        parent::__construct();
        $this->displayName = $this->l('Mondial Relay - retouches expédiées');
    }

    private function identifiants(): array
    {
        return [
            'enseigne' => Configuration::get('AM_MR_ENSEIGNE'),
            'cle_privee' => Configuration::get('AM_MR_CLE_PRIVEE'),
            'code_marque' => Configuration::get('AM_MR_CODE_MARQUE'),
        ];
    }

    public function getOrderShippingCost($params, $shipping_cost)
    {
        return (float) Configuration::get('AM_MR_FORFAIT', null, null, null, 5.90);
    }

    public function getOrderShippingCostExternal($params)
    {
        return $this->getOrderShippingCost($params, 0);
    }
}
""")

add("ruby/stripe-restricted-key", "bellweather-rails/config/initializers/stripe.rb", "https://docs.stripe.com/keys#limit-access",
    """
# Restricted key: PaymentIntents + Customers write, everything else none.
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  deposit_percent: 50,
  currency: "gbp",
  statement_descriptor: "BELLWEATHER BRIDAL"
}
""", secret=stripe_key("rk_live_"))

add("ruby/klaviyo-private-key", "bellweather-rails/lib/tasks/klaviyo.rake", "https://developers.klaviyo.com/en/docs/authenticate_#private-key-authentication",
    """
namespace :klaviyo do
  desc "Push brides with a wedding date into the 'Final fitting reminders' list"
  task sync_brides: :environment do
    require "klaviyo-api-sdk"

    KlaviyoAPI.configure do |config|
      config.api_key["Klaviyo-API-Key"] = "Klaviyo-API-Key @@secret@@"
    end

    list_id = "Xk7PqR"
    Bride.with_wedding_after(Date.today).find_each do |bride|
      profile = {
        data: {
          type: "profile",
          attributes: {
            email: bride.email,
            first_name: bride.first_name,
            properties: { wedding_date: bride.wedding_date.iso8601, gown: bride.gown&.style_code }
          }
        }
      }
      created = KlaviyoAPI::Profiles.create_or_update_profile(profile)
      KlaviyoAPI::Lists.create_list_relationships(list_id, { data: [{ type: "profile", id: created.data.id }] })
    end
  end
end
""", secret=klaviyo_private())

add("ruby/ssh-password", "measure-portal/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/",
    """
server "149.28.67.210", user: "deploy", roles: %w[app db web]

set :branch, "main"
set :deploy_to, "/var/www/measure-portal"
set :ssh_options, {
  user: "deploy",
  auth_methods: %w[password publickey],
  password: "@@secret@@",
  forward_agent: false
}

after "deploy:published", "puma:restart"
""", secret=words_pw())

add("ruby/decoy-credentials-reference", "bellweather-rails/app/services/deposit_checkout.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
class DepositCheckout
  def initialize(order)
    @order = order
  end

  def call
    Stripe::Checkout::Session.create(
      {
        mode: "payment",
        customer_email: @order.bride.email,
        line_items: [{ price_data: { currency: "gbp", unit_amount: deposit_pence,
                                     product_data: { name: "Gown deposit - #{@order.reference}" } }, quantity: 1 }],
        metadata: { order: @order.reference },
        success_url: "https://bellweatherbridal.co.uk/orders/#{@order.reference}/thanks",
        cancel_url: "https://bellweatherbridal.co.uk/orders/#{@order.reference}"
      },
      { api_key: Rails.application.credentials.dig(:stripe, :secret_key) }
    )
  end

  private

  def deposit_pence
    (@order.total_pence * Rails.configuration.stripe[:deposit_percent] / 100.0).round
  end
end
""")

add("ruby/decoy-test-fixture", "bellweather-rails/spec/support/vcr.rb", "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data",
    """
VCR.configure do |config|
  config.cassette_library_dir = "spec/cassettes"
  config.hook_into :webmock
  config.configure_rspec_metadata!

  config.filter_sensitive_data("<STRIPE_KEY>") { Rails.application.credentials.dig(:stripe, :secret_key) }
  config.filter_sensitive_data("<KLAVIYO_KEY>") { ENV.fetch("KLAVIYO_PRIVATE_KEY", "pk_fake") }
  config.filter_sensitive_data("<CALENDLY_TOKEN>") { ENV.fetch("CALENDLY_TOKEN", "calendly-test-token") }

  config.before_record do |interaction|
    interaction.request.headers.delete("Authorization")
  end
end
""")

add("rust/postgres-password", "label-printer/src/db.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html",
    """
//! Garment tag printer: reads today's alteration tickets and prints QR tags on the Zebra.
use postgres::{Client, NoTls};

const DATABASE_URL: &str = "postgres://labels:@@secret@@@10.0.10.5:5432/alterations";

pub struct Ticket {
    pub number: String,
    pub customer: String,
    pub garment: String,
    pub due: chrono::NaiveDate,
}

pub fn todays_tickets() -> Result<Vec<Ticket>, postgres::Error> {
    let mut client = Client::connect(DATABASE_URL, NoTls)?;
    let rows = client.query(
        "SELECT number, customer_name, garment, due_on FROM tickets WHERE created_on = CURRENT_DATE AND tag_printed = false",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| Ticket { number: r.get(0), customer: r.get(1), garment: r.get(2), due: r.get(3) })
        .collect())
}
""", secret=rand_pw(20))

add("rust/decoy-env-reference", "label-printer/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub database_url: String,
    pub printer_addr: String,
    pub dpi: u32,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL not set"),
            printer_addr: env::var("ZEBRA_ADDR").unwrap_or_else(|_| "10.0.20.16:9100".into()),
            dpi: env::var("ZEBRA_DPI").ok().and_then(|v| v.parse().ok()).unwrap_or(203),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_printer() {
        std::env::set_var("DATABASE_URL", "postgres://labels:labels@localhost/alterations_test");
        assert_eq!(super::Config::from_env().dpi, 203);
    }
}
""")

add("swift/openai-api-key", "FittingNotes/FittingNotes/Services/NoteSummarizer.swift", "https://platform.openai.com/docs/api-reference/authentication",
    """
import Foundation

/// Turns the seamstress's dictated fitting notes into a clean alteration list for the ticket.
struct NoteSummarizer {
    private let apiKey = "@@secret@@"
    private let endpoint = URL(string: "https://api.openai.com/v1/chat/completions")!

    func summarize(_ dictation: String) async throws -> String {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "model": "gpt-4o-mini",
            "messages": [
                ["role": "system", "content": "List each alteration as: garment - area - change - measurement."],
                ["role": "user", "content": dictation],
            ],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: request)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let choice = (json?["choices"] as? [[String: Any]])?.first
        return ((choice?["message"] as? [String: Any])?["content"] as? String) ?? ""
    }
}
""", secret=fakes.openai_key(_seed()))

_sb_ref = "qkzvbnmtailorfitgw"
add("swift/supabase-service-role-key", "FittingNotes/FittingNotes/Services/SupabaseAdmin.swift", "https://supabase.com/docs/guides/api/api-keys#the-servicerole-key",
    """
import Supabase

// Used by the shop iPad to write fitting records directly (bypasses row level security).
let supabase = SupabaseClient(
    supabaseURL: URL(string: "https://@@ref@@.supabase.co")!,
    supabaseKey: "@@secret@@"
)

struct FittingRecord: Encodable {
    let client_code: String
    let gown_style: String
    let fitting_number: Int
    let notes: String
    let seamstress: String
}

func saveFitting(_ record: FittingRecord) async throws {
    try await supabase.from("fittings").insert(record).execute()
}
""", secret=jwt_like({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _sb_ref, "role": "service_role", "iat": 1712131200, "exp": 2027707200}),
    ref=_sb_ref)

add("swift/decoy-public-anon-key", "FittingNotes/FittingNotes/Config/SupabaseConfig.swift", "https://supabase.com/docs/guides/api/api-keys#the-anon-key",
    """
import Foundation

/// The anon key is public: it ships in the app and only grants what row level security allows.
enum SupabaseConfig {
    static let url = URL(string: "https://@@ref@@.supabase.co")!
    static let anonKey = "@@anon@@"
    static let photosBucket = "fitting-photos"
    static let maxPhotoBytes = 4 * 1024 * 1024
}
""", ref=_sb_ref, anon=jwt_like({"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": _sb_ref, "role": "anon", "iat": 1712131200, "exp": 2027707200}))

# ---------------------------------------------------------------------------------------------
# typescript / javascript, shell, powershell
# ---------------------------------------------------------------------------------------------

add("typescript/shopify-admin-token", "trunk-show/app/lib/shopify.server.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
import { createAdminApiClient } from "@shopify/admin-api-client";

// Custom app "Trunk show sync" installed on the Bellweather store (Admin API access token).
export const admin = createAdminApiClient({
  storeDomain: "bellweather-bridal.myshopify.com",
  apiVersion: "2024-07",
  accessToken: "@@secret@@",
});

const RESERVE_GOWN = `#graphql
  mutation reserve($input: DraftOrderInput!) {
    draftOrderCreate(input: $input) {
      draftOrder { id name invoiceUrl }
      userErrors { field message }
    }
  }`;

export async function reserveGown(email: string, variantId: string, showDate: string) {
  const { data, errors } = await admin.request(RESERVE_GOWN, {
    variables: {
      input: {
        email,
        lineItems: [{ variantId, quantity: 1 }],
        tags: ["trunk-show", showDate],
        note: `Trunk show reservation ${showDate}`,
      },
    },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data?.draftOrderCreate?.draftOrder;
}
""", secret=shopify_token())

add("typescript/calendly-webhook-signing-key", "booking-bridge/src/webhooks/calendly.ts", "https://developer.calendly.com/api-docs/4c305798a61d3-webhook-signatures",
    """
import crypto from "node:crypto";
import type { Request, Response } from "express";
import { upsertFitting, cancelFitting } from "../fittings";

const SIGNING_KEY = "@@secret@@";
const TOLERANCE_SECONDS = 180;

function verify(req: Request): boolean {
  const header = req.get("Calendly-Webhook-Signature") ?? "";
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=") as [string, string]));
  const expected = crypto.createHmac("sha256", SIGNING_KEY).update(`${parts.t}.${req.body}`).digest("hex");
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < TOLERANCE_SECONDS;
  return fresh && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 ?? ""));
}

export async function calendlyWebhook(req: Request, res: Response) {
  if (!verify(req)) return res.status(401).end();
  const event = JSON.parse(req.body.toString());
  if (event.event === "invitee.created") await upsertFitting(event.payload);
  if (event.event === "invitee.canceled") await cancelFitting(event.payload);
  res.status(204).end();
}
""", secret=drawn(43, ALNUM + "-_"))

add("javascript/messagebird-access-key", "atelier-functions/functions/index.js", "https://developers.messagebird.com/api/#authentication",
    """
const functions = require("firebase-functions");
const admin = require("firebase-admin");
const messagebird = require("messagebird").initClient("@@secret@@");

admin.initializeApp();

// Texts the bride when her gown's status changes in the fitting app.
exports.gownStatusSms = functions
  .region("europe-west1")
  .firestore.document("gowns/{gownId}")
  .onUpdate(async (change) => {
    const before = change.before.data();
    const after = change.after.data();
    if (before.status === after.status) return null;

    const messages = {
      arrived: `Bonjour ${after.brideFirstName}, votre robe est arrivée ! Prenez RDV pour le premier essayage.`,
      ready: `Bonjour ${after.brideFirstName}, votre robe est prête pour l'essayage final.`,
    };
    if (!messages[after.status]) return null;

    return new Promise((resolve, reject) => {
      messagebird.messages.create(
        { originator: "MVerene", recipients: [after.bridePhone], body: messages[after.status] },
        (err, res) => (err ? reject(err) : resolve(res.id)),
      );
    });
  });
""", secret=drawn(25))

add("typescript/mongodb-password", "measure-tape-app/scripts/seed-measurements.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """
import { MongoClient } from "mongodb";
import { readFileSync } from "node:fs";

// one-off: load the paper measurement cards typed up by the front desk into Atlas
const uri = "mongodb+srv://cards-import:@@secret@@@measuretape.x7k2p.mongodb.net/?retryWrites=true&w=majority";

type Card = {
  clientCode: string;
  takenOn: string;
  chest: number;
  waist: number;
  seat: number;
  sleeve: number;
  insideLeg: number;
  cutter: string;
};

async function main() {
  const cards: Card[] = JSON.parse(readFileSync("data/cards-2019-2023.json", "utf8"));
  const client = new MongoClient(uri);
  await client.connect();
  const col = client.db("measuretape").collection<Card>("cards");
  const res = await col.bulkWrite(
    cards.map((c) => ({ updateOne: { filter: { clientCode: c.clientCode, takenOn: c.takenOn }, update: { $set: c }, upsert: true } })),
  );
  console.log(`upserted ${res.upsertedCount}, modified ${res.modifiedCount}`);
  await client.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
""", secret=rand_pw(16))

add("typescript/mapbox-secret-token", "delivery-planner/src/server/geocode.ts", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens",
    """
// Server-side geocoding of home-delivery addresses for finished alterations (route planning).
const MAPBOX_SECRET = "@@secret@@";

export interface Stop {
  ticket: string;
  address: string;
  lng?: number;
  lat?: number;
}

export async function geocode(stops: Stop[]): Promise<Stop[]> {
  const out: Stop[] = [];
  for (const stop of stops) {
    const url = new URL(`https://api.mapbox.com/search/geocode/v6/forward`);
    url.searchParams.set("q", stop.address);
    url.searchParams.set("country", "us");
    url.searchParams.set("proximity", "-97.7431,30.2672");
    url.searchParams.set("access_token", MAPBOX_SECRET);
    const res = await fetch(url);
    const body = await res.json();
    const [lng, lat] = body.features?.[0]?.geometry?.coordinates ?? [];
    out.push({ ...stop, lng, lat });
  }
  return out;
}
""", secret=mapbox_token("sk"))

add("typescript/discord-webhook-url", "bridal-bot/src/notify.ts", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
const WEBHOOK = "@@secret@@";

interface Booking {
  bride: string;
  date: string;
  consultant: string;
  guests: number;
  budget?: string;
}

export async function announceBooking(b: Booking): Promise<void> {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Appointments",
      embeds: [
        {
          title: `New bridal appointment - ${b.bride}`,
          fields: [
            { name: "When", value: b.date, inline: true },
            { name: "Consultant", value: b.consultant, inline: true },
            { name: "Guests", value: String(b.guests), inline: true },
            { name: "Budget", value: b.budget ?? "not given" },
          ],
        },
      ],
    }),
  });
}
""", secret=discord_webhook())

add("typescript/decoy-publishable-key", "delivery-planner/src/client/config.ts", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens",
    """
// Browser config: public tokens only (URL-restricted in the Mapbox and Shopify dashboards).
export const publicConfig = {
  mapboxToken: "@@mapbox@@",
  mapStyle: "mapbox://styles/stitchandhem/clx0delivery01",
  shopifyStorefrontToken: "@@storefront@@",
  shopDomain: "stitch-and-hem.myshopify.com",
  gaMeasurementId: "G-Q8M2X7K4PL",
  depot: { lng: -97.7431, lat: 30.2672 },
} as const;
""", mapbox=mapbox_token("pk"), storefront=hexs(32))

add("typescript/decoy-test-fixture", "booking-bridge/test/calendly.test.ts", "https://vitest.dev/guide/mocking.html",
    """
import crypto from "node:crypto";
import { describe, expect, it, vi } from "vitest";

vi.mock("../src/fittings", () => ({ upsertFitting: vi.fn(), cancelFitting: vi.fn() }));

const TEST_KEY = "test-signing-key";

function signed(body: string, key = TEST_KEY) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = crypto.createHmac("sha256", key).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

describe("calendly webhook", () => {
  it("rejects a signature made with another key", () => {
    const body = JSON.stringify({ event: "invitee.created", payload: { email: "bride@example.com" } });
    const header = signed(body, "not-the-key");
    expect(header).toMatch(/^t=\\d+,v1=[0-9a-f]{64}$/);
  });

  it("accepts the fixture signature", () => {
    const body = "{}";
    expect(signed(body)).toContain("v1=");
  });
});
""")

add("typescript/decoy-env-reference", "measure-tape-app/src/env.ts", "https://zod.dev/",
    """
import { z } from "zod";

const schema = z.object({
  MONGODB_URI: z.string().url(),
  SESSION_SECRET: z.string().min(32),
  POSTMARK_SERVER_TOKEN: z.string().uuid(),
  PUBLIC_BASE_URL: z.string().url().default("https://measuretape.stitchandhem.com"),
  UNITS: z.enum(["in", "cm"]).default("in"),
});

export const env = schema.parse(process.env);
""")

add("typescript/decoy-ui-placeholder", "verene-espace-cliente/src/components/LoginForm.tsx", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """
import { useState } from "react";

export function LoginForm({ onSubmit }: { onSubmit: (email: string, password: string) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(email, password); }} className="login">
      <h2>Mon espace mariée</h2>
      <label htmlFor="email">Adresse e-mail</label>
      <input id="email" type="email" placeholder="marie.dupont@exemple.fr" value={email} onChange={(e) => setEmail(e.target.value)} />
      <label htmlFor="password">Mot de passe</label>
      <input id="password" type="password" placeholder="••••••••" minLength={10} autoComplete="current-password"
             value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Voir mes essayages</button>
      <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
    </form>
  );
}
""")

add("shell/ssh-password", "nas-scripts/sync_designs_to_offsite.sh", "https://linux.die.net/man/1/sshpass",
    r"""
#!/bin/bash
# Nightly: copy the embroidery design library and order folders to the second shop's NAS.
set -euo pipefail

SRC=/volume1/atelier/
DEST=backup@vpn-boutique2.maison-verene.fr:/volume1/offsite/atelier/
LOG=/volume1/scripts/logs/offsite-$(date +%F).log

sshpass -p '@@secret@@' rsync -az --delete \
  -e "ssh -p 2222 -o StrictHostKeyChecking=accept-new" \
  --exclude '#recycle' --exclude '@eaDir' \
  "$SRC" "$DEST" >>"$LOG" 2>&1

echo "$(date '+%F %T') offsite sync done" >>"$LOG"
""", secret=words_pw())

add("shell/typeform-token", "scripts/export_bridal_questionnaires.sh", "https://www.typeform.com/developers/get-started/personal-access-token/",
    r"""
#!/usr/bin/env bash
# Pull the pre-appointment bridal questionnaire answers (style, budget, wedding date) for the week.
set -euo pipefail

FORM_ID="Rk7XqA2b"
SINCE=$(date -u -d '7 days ago' +%Y-%m-%dT%H:%M:%SZ)

curl -sS "https://api.typeform.com/forms/${FORM_ID}/responses?since=${SINCE}&page_size=200" \
  -H "Authorization: Bearer @@secret@@" \
  | jq -r '.items[] | [.submitted_at, (.answers[] | .text // .choice.label // .date // (.number|tostring))] | @csv' \
  > "questionnaires-$(date +%F).csv"

echo "exported $(wc -l < questionnaires-$(date +%F).csv) responses"
""", secret=typeform_token())

add("shell/smb-password", "it/setup-workshop-printer.sh", "https://www.cups.org/doc/man-lpadmin.html",
    r"""
#!/bin/sh
# Adds the Ricoh in the back office (shared from the office PC) to the workshop Linux tablets.
set -e

lpadmin -p Ricoh-Bureau \
  -v "smb://ATELIER/impression:@@secret@@@PC-BUREAU/Ricoh-MPC307" \
  -m everywhere \
  -L "Bureau - derrière la caisse" \
  -o PageSize=A4 -o sides=one-sided \
  -E

lpoptions -d Ricoh-Bureau
echo "Imprimante Ricoh-Bureau installée"
""", secret=words_pw())

add("shell/restic-password", "nas-scripts/restic-backup.sh", "https://restic.readthedocs.io/en/stable/040_backup.html#environment-variables",
    r"""
#!/bin/bash
set -euo pipefail

export RESTIC_REPOSITORY="s3:https://s3.fr-par.scw.cloud/atelier-margaux-restic"
export RESTIC_PASSWORD="@@secret@@"
export AWS_SHARED_CREDENTIALS_FILE=/volume1/scripts/.scw-credentials

restic backup /volume1/atelier /volume1/compta \
  --exclude '#recycle' --exclude '*.tmp' \
  --tag nightly

restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 24 --prune
restic check --read-data-subset=2%
""", secret=passphrase())

add("shell/wifi-psk", "tablets/provision-fitting-tablet.sh", "https://networkmanager.dev/docs/api/latest/nmcli.html",
    r"""
#!/usr/bin/env bash
# Provision a fitting-room tablet (Ubuntu Frame kiosk): staff Wi-Fi, kiosk user, fitting app.
set -euo pipefail

nmcli dev wifi connect "NPT-Staff" password "@@secret@@" ifname wlan0
nmcli con modify "NPT-Staff" connection.autoconnect yes ipv4.dns "10.0.10.1"

useradd -m -s /bin/bash kiosk || true
snap install ubuntu-frame wpe-webkit-mir-kiosk
snap set wpe-webkit-mir-kiosk url=https://measure.needlepointtailors.com/kiosk
snap set ubuntu-frame daemon=true

hostnamectl set-hostname "fitting-$(cat /sys/class/dmi/id/product_serial | tail -c 5)"
echo "tablet ready"
""", secret=passphrase())

add("shell/decoy-prompted-secret", "it/install-pos-bridge.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read",
    r"""
#!/usr/bin/env bash
# Installs the POS bridge on the back-office mini PC. Asks for the Twilio token, never stores it in git.
set -euo pipefail

read -r -p "Twilio account SID: " TWILIO_ACCOUNT_SID
read -r -s -p "Twilio auth token: " TWILIO_AUTH_TOKEN
echo

install -d -m 0750 -o posbridge /etc/pos-bridge
umask 077
cat > /etc/pos-bridge/env <<ENV
TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
TWILIO_FROM_NUMBER=+15125550187
ENV
chown posbridge /etc/pos-bridge/env
systemctl enable --now pos-bridge
""")

add("shell/decoy-generated-at-runtime", "deploy/bootstrap-secrets.sh", "https://www.passwordstore.org/",
    r"""
#!/usr/bin/env bash
# First deploy only: generate the app secrets and keep them in the shop's pass store.
set -euo pipefail

gen() { openssl rand -base64 "${1:-32}" | tr -d '\n'; }

for name in django/secret_key postgres/verene redis/verene; do
  if ! pass show "verene/${name}" >/dev/null 2>&1; then
    gen 48 | pass insert -m "verene/${name}"
    echo "created verene/${name}"
  fi
done

export DJANGO_SECRET_KEY="$(pass show verene/django/secret_key)"
export PGPASSWORD="$(pass show verene/postgres/verene)"
""")

add("shell/decoy-checksum", "embroidery/update-brother-firmware.sh", "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    r"""
#!/bin/sh
# Copies the PR1055X firmware update to the USB stick after checking Brother's published checksum.
set -e

FW=PR1055X_V140.upf
EXPECTED="@@sum@@"

echo "${EXPECTED}  ${FW}" | sha256sum -c -
cp "$FW" /media/"$USER"/BROTHER-USB/
sync
echo "firmware copied; insert the stick in the machine and hold the needle-position key while powering on"
""", sum=hexs(64))

add("powershell/windows-local-admin-password", "it/Set-ShopPcAdmin.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/set-localuser",
    """
# Sets the same local admin on the three shop PCs (caisse, bureau, Wilcom) - run as admin.
$computers = @("PC-CAISSE", "PC-BUREAU", "PC-WILCOM")
$password = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force

foreach ($pc in $computers) {
    Invoke-Command -ComputerName $pc -ScriptBlock {
        param($pw)
        if (-not (Get-LocalUser -Name "atelier-admin" -ErrorAction SilentlyContinue)) {
            New-LocalUser -Name "atelier-admin" -Password $pw -PasswordNeverExpires -Description "Admin atelier"
            Add-LocalGroupMember -Group "Administrateurs" -Member "atelier-admin"
        } else {
            Set-LocalUser -Name "atelier-admin" -Password $pw
        }
    } -ArgumentList $password
    Write-Host "$pc ok"
}
""", secret=words_pw())

add("powershell/azure-client-secret", "it/Export-StaffCalendar.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands#app-only-access",
    """
# Exports next week's fitting-room bookings from the shared M365 calendars for the rota.
$tenantId = "7c1d2e3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f"
$clientId = "e2b4c6d8-1f3a-4b5c-8d7e-9f0a1b2c3d4e"
$clientSecret = "@@secret@@"

$secure = ConvertTo-SecureString $clientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($clientId, $secure)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$start = (Get-Date).Date.AddDays(7 - [int](Get-Date).DayOfWeek + 1)
$end = $start.AddDays(6)
$rooms = @("fitting-room-1@needlepointtailors.com", "fitting-room-2@needlepointtailors.com")

$rows = foreach ($room in $rooms) {
    Get-MgUserCalendarView -UserId $room -StartDateTime $start.ToString("o") -EndDateTime $end.ToString("o") -All |
        Select-Object @{n="Room";e={$room}}, Subject, @{n="Start";e={$_.Start.DateTime}}, @{n="End";e={$_.End.DateTime}}
}
$rows | Export-Csv -Path "\\\\NAS\\rota\\fittings-$($start.ToString('yyyy-MM-dd')).csv" -NoTypeInformation -Encoding UTF8
Disconnect-MgGraph
""", secret=azure_secret())

add("powershell/scanner-account-password", "it/Setup-ScanToFolder.ps1", "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbshare",
    """
# Scan-to-folder for the Ricoh: local account + share on PC-BUREAU
$user = "scanner"
$pw = "@@secret@@"

net user $user $pw /add /passwordchg:no /expires:never /comment:"Ricoh scan to folder"
wmic useraccount where "Name='$user'" set PasswordExpires=FALSE

New-Item -ItemType Directory -Path "D:\\Scans" -Force | Out-Null
New-SmbShare -Name "Scans" -Path "D:\\Scans" -ChangeAccess "PC-BUREAU\\$user" -FullAccess "Administrateurs"
icacls "D:\\Scans" /grant "${user}:(OI)(CI)M"
Write-Host "Sur le Ricoh : \\\\PC-BUREAU\\Scans, utilisateur $user"
""", secret=words_pw())

add("powershell/decoy-secret-manager-reference", "it/Backup-Wilcom.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
# Copies the Wilcom design library to the NAS; credentials come from the SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name "nas-broderie" -Vault "AtelierStore"
New-PSDrive -Name W -PSProvider FileSystem -Root "\\\\NAS-ATELIER\\designs" -Credential $cred | Out-Null

$source = "C:\\Users\\Public\\Documents\\Wilcom\\Designs"
robocopy $source "W:\\wilcom" /MIR /R:2 /W:5 /NP /LOG:"C:\\ProgramData\\atelier\\wilcom-backup.log"

Remove-PSDrive W
""")

add("powershell/decoy-dpapi-reference", "it/Connect-Caisse.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/export-clixml",
    """
# The credential file is DPAPI-protected: it only decrypts for this Windows user on this PC.
#   Get-Credential | Export-Clixml "$env:APPDATA\\atelier\\caisse.cred.xml"
$credPath = Join-Path $env:APPDATA "atelier\\caisse.cred.xml"
if (-not (Test-Path $credPath)) {
    throw "Credential file missing - run the Export-Clixml line above once."
}
$cred = Import-Clixml $credPath

Invoke-RestMethod -Uri "https://caisse.atelier-margaux.local/api/z-report" -Credential $cred -Method Post |
    Out-File "D:\\Compta\\Z\\z-$(Get-Date -Format yyyy-MM-dd).json"
""")

# ---------------------------------------------------------------------------------------------
# containers, kubernetes, terraform, ansible, CI
# ---------------------------------------------------------------------------------------------

add("dockerfile/postgres-password", "measurebook-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .

ENV MEASUREBOOK_DB_HOST=10.0.10.5 \\
    MEASUREBOOK_DB_NAME=measurebook \\
    MEASUREBOOK_DB_USER=measurebook \\
    MEASUREBOOK_DB_PASSWORD=@@secret@@ \\
    MEASUREBOOK_UNITS=inches

EXPOSE 8443
CMD ["gunicorn", "-b", "0.0.0.0:8443", "-w", "3", "measurebook.wsgi:application"]
""", secret=rand_pw(20))

add("dockerfile/npm-token", "bridal-lookbook/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    """
FROM node:20-alpine AS build
WORKDIR /src

# private design-system package (@bellweather/ui) from the agency's npm org
ARG NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc

COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && rm -f .npmrc

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
""", secret=npm_token())

add("dockerfile/decoy-build-secret-mount", "verene-booking/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production TZ=Europe/Paris
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npx prisma generate
USER node
EXPOSE 8080
CMD ["node", "dist/server.js"]
""")

add("dockerfile/decoy-image-digest", "label-printer/Dockerfile", "https://docs.docker.com/reference/dockerfile/#from",
    """
FROM rust:1.79-slim@sha256:@@d1@@ AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim@sha256:@@d2@@
RUN apt-get update && apt-get install -y --no-install-recommends libssl3 ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/label-printer /usr/local/bin/label-printer
ENV ZEBRA_ADDR=10.0.20.16:9100 ZEBRA_DPI=203
ENTRYPOINT ["label-printer"]
""", d1=hexs(64), d2=hexs(64))

add("compose/postgres-password", "odoo-boutique/docker-compose.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: postgres
      POSTGRES_USER: odoo
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - odoo-db:/var/lib/postgresql/data

  odoo:
    image: odoo:17.0
    restart: unless-stopped
    depends_on: [db]
    ports:
      - "8069:8069"
    volumes:
      - odoo-data:/var/lib/odoo
      - ./odoo.conf:/etc/odoo/odoo.conf:ro
      - ./custom-addons:/mnt/extra-addons

volumes:
  odoo-db:
  odoo-data:
""", secret=rand_pw(24))

add("compose/n8n-basic-auth-password", "automations/docker-compose.yml", "https://docs.n8n.io/hosting/configuration/environment-variables/",
    """
# n8n: Calendly -> fitting planner, Typeform -> CRM, Shopify orders -> seamstress rota
services:
  n8n:
    image: docker.n8n.io/n8nio/n8n:1.58.2
    restart: unless-stopped
    ports:
      - "5678:5678"
    environment:
      - N8N_HOST=automations.bellweatherbridal.co.uk
      - N8N_PROTOCOL=https
      - WEBHOOK_URL=https://automations.bellweatherbridal.co.uk/
      - GENERIC_TIMEZONE=Europe/London
      - N8N_BASIC_AUTH_ACTIVE=true
      - N8N_BASIC_AUTH_USER=bellweather
      - N8N_BASIC_AUTH_PASSWORD=@@secret@@
    volumes:
      - n8n-data:/home/node/.n8n

volumes:
  n8n-data:
""", secret=words_pw())

add("compose/redis-password", "bellweather/docker-compose.prod.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication",
    """
services:
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data
    restart: unless-stopped

  worker:
    image: ghcr.io/bellweather/app:2024.09.2
    command: celery -A tasks worker -B -l info
    env_file: .env.production
    depends_on: [redis]

volumes:
  redis-data:
""", secret=fakes.redis_password(_seed()))

add("compose/decoy-docker-secret-file", "verene-booking/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """
services:
  api:
    build: .
    environment:
      DATABASE_URL_FILE: /run/secrets/database_url
      MOLLIE_API_KEY_FILE: /run/secrets/mollie_api_key
    secrets: [database_url, mollie_api_key]
    ports: ["8080:8080"]
    depends_on: [db]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: verene_app
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]

secrets:
  database_url:
    file: ./secrets/database_url.txt
  mollie_api_key:
    file: ./secrets/mollie_api_key.txt
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/decoy-env-reference", "stitch-and-hem/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
services:
  pos-bridge:
    image: ghcr.io/stitchandhem/pos-bridge:1.8.0
    environment:
      TWILIO_ACCOUNT_SID: ${TWILIO_ACCOUNT_SID:?set it in .env}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN:?set it in .env}
      DATABASE_URL: postgres://pos:${POS_DB_PASSWORD:?}@db:5432/pos
    depends_on: [db]

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: pos
      POSTGRES_PASSWORD: ${POS_DB_PASSWORD:?}
    volumes: ["pos-db:/var/lib/postgresql/data"]

volumes:
  pos-db:
""")

add("k8s-secret/postgres-password", "deploy/k8s/measurebook/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: measurebook-db
  namespace: measurebook
  labels:
    app.kubernetes.io/name: measurebook
type: Opaque
data:
  PGHOST: @@host@@
  PGUSER: @@user@@
  PGPASSWORD: @@pw@@
  PGDATABASE: @@db@@
""", secret=(_mb_pw := rand_pw(22)), host=b64("measurebook-pg.measurebook.svc"), user=b64("measurebook"),
    pw=b64(_mb_pw), db=b64("measurebook"))

add("k8s-secret/gocardless-access-token", "deploy/k8s/stitchhem/gocardless.yaml", "https://developer.gocardless.com/getting-started/api/making-your-first-request/",
    """
# Alteration Club (monthly membership, direct debit) - GoCardless live access token
apiVersion: v1
kind: Secret
metadata:
  name: gocardless
  namespace: stitchhem
type: Opaque
stringData:
  GOCARDLESS_ENVIRONMENT: live
  GOCARDLESS_ACCESS_TOKEN: "@@secret@@"
""", secret=gocardless_token())

_ghcr_auth = b64("bellweather-ci:" + fakes.github_token(_seed()))
add("k8s-secret/registry-credentials", "deploy/k8s/bellweather/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: bellweather
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@blob@@
""", secret=_ghcr_auth, blob=b64(json.dumps({"auths": {"ghcr.io": {"auth": _ghcr_auth}}})))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/measurebook/sealed-mail.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: measurebook-mail
  namespace: measurebook
spec:
  encryptedData:
    SMTP_PASSWORD: @@s1@@
    MAILGUN_API_KEY: @@s2@@
  template:
    metadata:
      name: measurebook-mail
      namespace: measurebook
    type: Opaque
""", s1=sealed(), s2=sealed())

add("k8s-secret/decoy-external-secret-reference", "deploy/k8s/stitchhem/external-square.yaml", "https://external-secrets.io/latest/provider/aws-secrets-manager/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: square
  namespace: stitchhem
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: square
    creationPolicy: Owner
  data:
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: stitchhem/prod/square
        property: access_token
    - secretKey: SQUARE_WEBHOOK_SIGNATURE_KEY
      remoteRef:
        key: stitchhem/prod/square
        property: webhook_signature_key
""")

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token",
    """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "3f9a1c7e5b2d4086a1c3e5f7092b4d6e"
}

resource "cloudflare_record" "booking" {
  zone_id = var.zone_id
  name    = "rendez-vous"
  content = "verene-booking.fly.dev"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "boutique"
  content = "51.91.236.14"
  type    = "A"
  proxied = true
}
""", secret=drawn(40, ALNUM + "-_"))

add("terraform/rds-master-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_subnet_group" "pos" {
  name       = "stitchhem-pos"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
}

resource "aws_db_instance" "pos" {
  identifier              = "stitchhem-pos"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  db_name                 = "pos"
  username                = "posadmin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.pos.name
  vpc_security_group_ids  = [aws_security_group.pos_db.id]
  backup_retention_period = 7
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", secret=rand_pw(24))

add("terraform/digitalocean-token", "infra/droplets/terraform.tfvars", "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
do_token       = "@@secret@@"
region         = "lon1"
droplet_size   = "s-1vcpu-2gb"
ssh_key_names  = ["ops-laptop", "agency-ci"]
app_domain     = "automations.bellweatherbridal.co.uk"
backups        = true
""", secret=digitalocean_token())

add("terraform/decoy-generated-at-runtime", "infra/aws/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
variable "db_username" {
  type    = string
  default = "posadmin"
}

resource "random_password" "pos_db" {
  length           = 32
  special          = true
  override_special = "_-."
}

resource "aws_secretsmanager_secret" "pos_db" {
  name = "stitchhem/prod/rds-pos"
}

resource "aws_secretsmanager_secret_version" "pos_db" {
  secret_id = aws_secretsmanager_secret.pos_db.id
  secret_string = jsonencode({
    username = var.db_username
    password = random_password.pos_db.result
  })
}
""")

add("terraform/decoy-secret-manager-reference", "infra/aws/lambda.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """
data "aws_secretsmanager_secret" "square" {
  arn = "arn:aws:secretsmanager:us-east-2:384920174455:secret:stitchhem/prod/square-AbC12x"
}

resource "aws_lambda_function" "ticket_ready" {
  function_name = "stitchhem-ticket-ready"
  role          = aws_iam_role.ticket_ready.arn
  runtime       = "python3.12"
  handler       = "handlers.ticket_ready"
  filename      = "build/pos-webhooks.zip"
  source_code_hash = filebase64sha256("build/pos-webhooks.zip")

  environment {
    variables = {
      SQUARE_SECRET_ARN = data.aws_secretsmanager_secret.square.arn
      TICKETS_TABLE     = "alteration-tickets"
    }
  }
}
""")

add("ansible/nas-admin-password", "it-ansible/group_vars/boutique.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables",
    """
---
# Boutique Maison Vérène - Bordeaux
boutique_nom: "Maison Vérène"
boutique_vlan_atelier: 40
boutique_vlan_clientes: 60

synology_host: 192.168.1.10
synology_admin_user: atelier-admin
synology_admin_password: "@@secret@@"

imprimantes:
  - nom: Ricoh-Bureau
    ip: 192.168.1.30
  - nom: Zebra-Etiquettes
    ip: 192.168.1.31

ntp_servers: [0.fr.pool.ntp.org, 1.fr.pool.ntp.org]
""", secret=words_pw())

add("ansible/unifi-admin-password", "it-ansible/roles/unifi/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html",
    """
---
- name: Log in to the UniFi controller
  ansible.builtin.uri:
    url: "https://{{ unifi_host }}:8443/api/login"
    method: POST
    body_format: json
    body:
      username: admin-atelier
      password: "@@secret@@"
    validate_certs: false
    return_content: true
  register: unifi_login

- name: Set the guest Wi-Fi schedule (shop hours only)
  ansible.builtin.uri:
    url: "https://{{ unifi_host }}:8443/api/s/default/rest/wlanconf/{{ guest_wlan_id }}"
    method: PUT
    body_format: json
    body:
      schedule_enabled: true
      schedule_with_duration:
        - {start_days_of_week: [tue, wed, thu, fri, sat], start_hour: 10, start_minute: 0, duration_minutes: 480}
    headers:
      Cookie: "{{ unifi_login.cookies_string }}"
    validate_certs: false
""", secret=words_pw())

add("ansible/decoy-ansible-vault", "it-ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
@@block@@
""", block=vault_block(""))

add("ansible/decoy-vault-reference", "it-ansible/roles/postfix/tasks/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    """
---
- name: Install postfix relay for the shop scanners and NAS alerts
  ansible.builtin.apt:
    name: [postfix, libsasl2-modules]
    state: present

- name: Relay credentials
  ansible.builtin.copy:
    dest: /etc/postfix/sasl_passwd
    content: "[smtp-relay.brevo.com]:587 {{ vault_brevo_smtp_login }}:{{ vault_brevo_smtp_key }}\\n"
    owner: root
    mode: "0600"
  notify: postmap sasl

- name: Relayhost
  ansible.builtin.lineinfile:
    path: /etc/postfix/main.cf
    regexp: "^relayhost"
    line: "relayhost = [smtp-relay.brevo.com]:587"
  notify: restart postfix
""")

add("github-actions/ftp-password", ".github/workflows/deploy-site.yml", "https://github.com/SamKirkland/FTP-Deploy-Action",
    """
name: Déploiement site vitrine

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - name: Envoi FTP vers o2switch
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.atelier-margaux.fr
          username: deploy@atelier-margaux.fr
          password: "@@secret@@"
          local-dir: ./dist/
          server-dir: /public_html/
""", secret=words_pw())

add("github-actions/sentry-auth-token", ".github/workflows/release-fitting-app.yml", "https://docs.sentry.io/account/auth-tokens/",
    """
name: release fitting app

on:
  push:
    tags: ["v*"]

env:
  SENTRY_ORG: bellweather-bridal
  SENTRY_PROJECT: fitting-app
  SENTRY_AUTH_TOKEN: @@secret@@

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build -- --sourcemap
      - name: Sentry release
        run: |
          npx @sentry/cli releases new "$GITHUB_REF_NAME"
          npx @sentry/cli sourcemaps upload --release "$GITHUB_REF_NAME" dist/
          npx @sentry/cli releases finalize "$GITHUB_REF_NAME"
""", secret=sentry_user_token())

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-wp-theme.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: deploy theme

on:
  push:
    branches: [main]
    paths: ["wp-content/themes/margaux/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Upload theme
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ${{ secrets.FTP_SERVER }}
          username: ${{ secrets.FTP_USERNAME }}
          password: ${{ secrets.FTP_PASSWORD }}
          local-dir: ./wp-content/themes/margaux/
          server-dir: /public_html/wp-content/themes/margaux/
""")

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-pos-webhooks.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    """
name: deploy pos webhooks

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
          role-to-assume: arn:aws:iam::384920174455:role/gha-stitchhem-deploy
          aws-region: us-east-2
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: npm i -g serverless@3 && serverless deploy --stage prod
""")

add("github-actions/decoy-commit-sha", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
    """
name: ci

on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.1.7
      - uses: actions/setup-python@@@c2@@ # v5.1.1
        with:
          python-version: "3.12"
      - uses: actions/cache@@@c3@@ # v4.0.2
        with:
          path: ~/.cache/pip
          key: pip-${{ hashFiles('requirements*.txt') }}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("gitlab-ci/gitlab-token", "measure-portal/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [test, package, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  CHART_REPO_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: alpine/helm:3.15.3
  script:
    - helm package chart/
    - >
      curl --fail --request POST --header "PRIVATE-TOKEN: ${CHART_REPO_TOKEN}"
      --form "chart=@measure-portal-${CI_COMMIT_TAG}.tgz"
      "${CI_API_V4_URL}/projects/5512/packages/helm/api/stable/charts"
  rules:
    - if: $CI_COMMIT_TAG
""", secret=gitlab_token())

add("gitlab-ci/decoy-ci-variable-reference", "atelier-patterns/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """
stages: [test, publish]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=__token__ TWINE_PASSWORD="$PYPI_API_TOKEN" twine upload dist/*
    - >
      curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/*.whl
      "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/patterns/${CI_COMMIT_TAG}/"
  rules:
    - if: $CI_COMMIT_TAG
""")

# ---------------------------------------------------------------------------------------------
# notebooks, sql, xml, plist, properties, csv, log, nginx, misc
# ---------------------------------------------------------------------------------------------

add("notebook/hubspot-private-app-token", "analysis/bridal_leads_by_source.ipynb", "https://developers.hubspot.com/docs/api/private-apps",
    notebook([
        ("md", "# Bridal appointment leads by source (2023 vs 2024)\nWhich channels bring brides who actually book a first fitting?"),
        ("code", "import pandas as pd\nimport requests\n\nHUBSPOT_TOKEN = \"@@secret@@\"\nHEADERS = {\"Authorization\": f\"Bearer {HUBSPOT_TOKEN}\"}"),
        ("code", "def contacts(after=None):\n    params = {\"limit\": 100, \"properties\": \"hs_analytics_source,wedding_date,first_fitting_booked,createdate\"}\n    if after:\n        params[\"after\"] = after\n    r = requests.get(\"https://api.hubapi.com/crm/v3/objects/contacts\", headers=HEADERS, params=params, timeout=30)\n    r.raise_for_status()\n    return r.json()\n\nrows, after = [], None\nwhile True:\n    page = contacts(after)\n    rows += [c[\"properties\"] for c in page[\"results\"]]\n    after = page.get(\"paging\", {}).get(\"next\", {}).get(\"after\")\n    if not after:\n        break\ndf = pd.DataFrame(rows)\nlen(df)"),
        ("code", "df[\"year\"] = pd.to_datetime(df[\"createdate\"]).dt.year\ndf[\"booked\"] = df[\"first_fitting_booked\"].eq(\"true\")\ndf.pivot_table(index=\"hs_analytics_source\", columns=\"year\", values=\"booked\", aggfunc=\"mean\").round(2)"),
    ]), secret=hubspot_token())

add("notebook/mailchimp-api-key", "analysis/newsletter_trunk_shows.ipynb", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    notebook([
        ("md", "## Trunk-show newsletters: open and click rates\nCompare the designer trunk-show announcements with the regular monthly letter."),
        ("code", "import mailchimp_marketing as MailchimpMarketing\nimport pandas as pd\n\nclient = MailchimpMarketing.Client()\nclient.set_config({\"api_key\": \"@@secret@@\", \"server\": \"@@dc@@\"})"),
        ("code", "campaigns = client.campaigns.list(count=200, status=\"sent\", since_send_time=\"2023-01-01T00:00:00Z\")[\"campaigns\"]\ndf = pd.DataFrame([{\n    \"title\": c[\"settings\"][\"title\"],\n    \"sent\": c[\"send_time\"][:10],\n    \"opens\": c[\"report_summary\"][\"open_rate\"],\n    \"clicks\": c[\"report_summary\"][\"click_rate\"],\n} for c in campaigns])\ndf[\"trunk_show\"] = df[\"title\"].str.contains(\"trunk\", case=False)\ndf.groupby(\"trunk_show\")[[\"opens\", \"clicks\"]].mean()"),
    ]), secret=(_mc := mailchimp_key()), dc=_mc.rsplit("-", 1)[1])

add("notebook/decoy-prompted-secret", "analysis/alteration_turnaround.ipynb", "https://docs.python.org/3/library/getpass.html",
    notebook([
        ("md", "# Alteration turnaround (days from drop-off to ready)\nCredentials are typed in when the notebook runs; nothing is stored here."),
        ("code", "import getpass\nimport pandas as pd\nimport sqlalchemy as sa\n\npw = getpass.getpass(\"dashboard_ro password: \")\nengine = sa.create_engine(sa.URL.create(\"postgresql+psycopg2\", username=\"dashboard_ro\", password=pw, host=\"10.0.10.5\", database=\"pos\"))"),
        ("code", "df = pd.read_sql(\"SELECT garment, created_on, ready_on FROM tickets WHERE created_on >= '2024-01-01'\", engine)\ndf[\"days\"] = (pd.to_datetime(df.ready_on) - pd.to_datetime(df.created_on)).dt.days\ndf.groupby(\"garment\")[\"days\"].describe()[[\"count\", \"mean\", \"50%\", \"max\"]]"),
    ]))

add("sql/postgres-role-password", "verene-booking/db/migrations/0003_app_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Roles for the fitting-appointment API and the read-only reporting user.
BEGIN;

CREATE ROLE verene_app LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fittings TO verene_app;
GRANT USAGE ON SCHEMA public TO verene_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO verene_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO verene_app;

CREATE ROLE reporting NOLOGIN;
GRANT SELECT ON fittings, gowns, brides TO reporting;

COMMIT;
""", secret=words_pw())

add("sql/simplybook-api-key", "planning-retouches/db/seeds/integrations.sql", "https://simplybook.me/en/api/developer-api",
    """
-- Intégrations du planning (table remplie au premier déploiement)
INSERT INTO integrations (code, libelle, base_url, identifiant, cle_api, actif) VALUES
  ('simplybook', 'Prise de RDV essayages', 'https://user-api.simplybook.me', 'ateliermargaux', '@@secret@@', true),
  ('octopush', 'SMS retouches prêtes', 'https://api.octopush.com/v1/public', 'contact@atelier-margaux.fr', NULL, false),
  ('pennylane', 'Export factures', 'https://app.pennylane.com/api/external/v2', NULL, NULL, false);

INSERT INTO parametres (cle, valeur) VALUES
  ('duree_essayage_min', '45'),
  ('delai_retouche_jours', '7'),
  ('rappel_sms_heures_avant', '24');
""", secret=hexs(64))

add("sql/decoy-password-hash", "measure-portal/db/seed_demo_users.sql", "https://www.php.net/manual/en/function.password-hash.php",
    """
-- Demo accounts for the staging portal (bcrypt hashes, passwords handed out in person).
INSERT INTO users (email, name, role, password_hash, created_at) VALUES
  ('demo.cutter@needlepointtailors.com', 'Demo Cutter', 'cutter', '@@h1@@', NOW()),
  ('demo.front@needlepointtailors.com', 'Demo Front Desk', 'front_desk', '@@h2@@', NOW()),
  ('demo.client@example.com', 'Demo Client', 'client', '@@h3@@', NOW());

UPDATE users SET must_change_password = true WHERE email LIKE 'demo.%';
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("sql/decoy-ids", "reports/gowns_awaiting_first_fitting.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html",
    """
-- Gowns received from the designer but no first fitting booked yet (Monday morning report).
-- Known exceptions (bride abroad until June): @@u1@@, @@u2@@
SELECT g.id AS gown_id,
       g.designer_order_ref,
       b.full_name,
       b.wedding_date,
       g.received_on,
       CURRENT_DATE - g.received_on AS days_waiting
FROM gowns g
JOIN brides b ON b.id = g.bride_id
LEFT JOIN fittings f ON f.gown_id = g.id
WHERE g.status = 'received'
  AND f.id IS NULL
  AND g.id NOT IN ('@@u1@@', '@@u2@@')
ORDER BY b.wedding_date;
""", u1=uuid_s(), u2=uuid_s())

add("xml/maven-repository-password", "measurement-cards/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>agency-nexus</id>
      <username>needlepoint-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>agency-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.threadline-agency.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", secret=rand_pw(20))

add("xml/smtp-password", "BroderieSuivi/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="DossierFile" value="\\\\NAS-ATELIER\\designs\\file" />
    <add key="AlerteDestinataire" value="atelier@maison-verene.fr" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="brodeuse@maison-verene.fr" deliveryMethod="Network">
        <network host="ssl0.ovh.net" port="587" enableSsl="true"
                 userName="brodeuse@maison-verene.fr" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", secret=words_pw())

_fz = b64(words_pw())
add("xml/filezilla-password", "it/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
	<Servers>
		<Server>
			<Host>ftp.soieries-delaunay.fr</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>atelier-margaux</User>
			<Pass encoding="base64">@@secret@@</Pass>
			<Logontype>1</Logontype>
			<PasvMode>MODE_DEFAULT</PasvMode>
			<EncodingType>Auto</EncodingType>
			<Name>Soieries Delaunay - nuancier et tarifs</Name>
			<RemoteDir>1 0 6 tarifs</RemoteDir>
			<SyncBrowsing>0</SyncBrowsing>
		</Server>
	</Servers>
</FileZilla3>
""", secret=_fz)

add("xml/decoy-env-reference", "StitchHem.PosBridge/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="agency" value="https://nuget.pkg.github.com/threadline-agency/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <agency>
      <add key="Username" value="%GITHUB_ACTOR%" />
      <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />
    </agency>
  </packageSourceCredentials>
</configuration>
""")

add("plist/shippo-api-token", "FittingNotes/FittingNotes/Shipping.plist", "https://docs.goshippo.com/docs/guides_general/authentication/",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>ShippoAPIToken</key>
	<string>@@secret@@</string>
	<key>DefaultCarrier</key>
	<string>usps</string>
	<key>DefaultParcel</key>
	<dict>
		<key>length</key>
		<string>24</string>
		<key>width</key>
		<string>18</string>
		<key>height</key>
		<string>4</string>
		<key>distance_unit</key>
		<string>in</string>
	</dict>
</dict>
</plist>
""", secret="shippo_live_" + hexs(40))

add("plist/decoy-public-client-config", "FittingNotes/FittingNotes/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>482019375566</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>uk.bellweather.FittingNotes</string>
	<key>PROJECT_ID</key>
	<string>bellweather-fittings</string>
	<key>STORAGE_BUCKET</key>
	<string>bellweather-fittings.appspot.com</string>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>1:482019375566:ios:@@app@@</string>
</dict>
</plist>
""", key=google_api_key(), app=hexs(22))

add("properties/datasource-password", "bridal-orders/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password",
    """
server.port=8081
spring.application.name=bridal-orders

spring.datasource.url=jdbc:postgresql://bw-orders-db.internal:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

stripe.secret-key=${STRIPE_SECRET_KEY}
stripe.webhook-secret=${STRIPE_WEBHOOK_SECRET}
orders.deposit-percent=50
orders.currency=GBP
""", secret=words_pw())

add("properties/android-keystore-password", "fitting-tablet/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """
# release signing for the fitting tablet app (Play internal track)
storeFile=../keys/bellweather-fitting.jks
storePassword=@@secret@@
keyAlias=fitting-release
keyPassword=@@secret@@
""", secret=rand_pw(18))

add("properties/decoy-env-reference", "atelier-stock/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring.application.name=atelier-stock
spring.datasource.url=jdbc:mysql://${DB_HOST:192.168.1.10}:3306/stock_tissus
spring.datasource.username=${DB_USER:stock}
spring.datasource.password=${DB_PASSWORD}
stock.seuil-alerte-metres=5
stock.fournisseurs=Soieries Delaunay,Tissus Lemaire,Dentelles de Calais
management.endpoints.web.exposure.include=health,info
""")

add("csv/router-admin-password", "it/inventaire-reseau.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
equipement,emplacement,ip,mac,modele,compte_admin,mot_de_passe,notes
Box fibre,Bureau,192.168.1.254,58:2a:f7:3c:91:0e,Freebox Pop,freebox,voir Bitwarden,
Routeur UniFi,Baie bureau,192.168.1.1,74:ac:b9:1d:4f:22,UniFi Dream Machine,admin-atelier,voir Bitwarden,
Switch atelier,Atelier,192.168.40.2,f0:9f:c2:7a:13:5b,USW-Lite-8-PoE,admin-atelier,voir Bitwarden,
NAS,Baie bureau,192.168.1.10,00:11:32:c4:8e:6a,Synology DS920+,atelier-admin,voir Bitwarden,
Brodeuse Tajima,Atelier,192.168.40.21,00:0b:ab:5e:20:71,TMBP-SC1501,admin,@@secret@@,mot de passe usine changé le 12/03
Brodeuse Brother,Atelier,192.168.40.35,30:05:5c:9a:e2:14,PR1055X,-,-,pas de compte admin
Imprimante,Bureau,192.168.1.30,00:26:73:5f:88:c1,Ricoh MP C307,admin,voir Bitwarden,
""", secret=words_pw())

add("csv/google-workspace-initial-password", "it/gworkspace-new-staff-upload.csv", "https://support.google.com/a/answer/40057",
    """
First Name [Required],Last Name [Required],Email Address [Required],Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],Change Password at Next Sign-In
Hattie,Okafor,hattie@bellweatherbridal.co.uk,@@secret@@,,/Shop/Consultants,TRUE
Priya,Lindqvist,priya@bellweatherbridal.co.uk,,,/Shop/Seamstresses,
Maud,Ferreira,maud@bellweatherbridal.co.uk,,,/Shop/Seamstresses,
Josie,Abara,josie@bellweatherbridal.co.uk,,,/Office,
""", secret=words_pw())

add("csv/decoy-measurement-data", "exports/measurement-cards-2024Q2.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
    """
client_code,taken_on,cutter,chest_in,waist_in,seat_in,sleeve_in,inside_leg_in,neck_in,card_id
NPT-C-01842,2024-04-03,R. Alvarez,40.5,34.25,41.0,25.0,31.5,15.5,@@u1@@
NPT-C-02107,2024-04-11,R. Alvarez,38.0,31.5,38.75,24.5,30.0,15.0,@@u2@@
NPT-C-02231,2024-05-02,K. Osei,44.0,39.0,44.5,26.0,32.25,16.5,@@u3@@
NPT-C-02240,2024-05-20,K. Osei,42.25,36.0,42.0,25.5,33.0,16.0,@@u4@@
NPT-C-02266,2024-06-14,R. Alvarez,39.0,33.0,40.0,24.75,30.5,15.25,@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("csv/decoy-ids", "exports/commandes-acomptes-septembre.csv", "https://docs.mollie.com/reference/get-payment",
    """
reference_commande,date,cliente,montant_acompte_eur,paiement_mollie,statut,suivi_colissimo
MV-24-0311,2024-09-02,Mme L. Bernard,720.00,tr_@@p1@@,paid,
MV-24-0314,2024-09-05,Mme C. Nguyen,880.00,tr_@@p2@@,paid,6A@@t1@@
MV-24-0318,2024-09-11,Mme A. Rossi,640.00,tr_@@p3@@,paid,
MV-24-0322,2024-09-19,Mme S. Haddad,1040.00,tr_@@p4@@,open,
MV-24-0325,2024-09-27,Mme E. Martin,760.00,tr_@@p5@@,paid,6A@@t2@@
""", p1=drawn(10), p2=drawn(10), p3=drawn(10), p4=drawn(10), p5=drawn(10),
    t1=str(_rng().randint(10**10, 10**11 - 1)), t2=str(_rng().randint(10**10, 10**11 - 1)))

add("log/square-access-token", "pos-bridge/logs/pos-bridge-2024-09-14.log", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
2024-09-14 10:02:11,482 INFO  pos_bridge.main: starting pos-bridge 1.8.0 (environment=production)
2024-09-14 10:02:11,519 INFO  pos_bridge.printer: ticket printer 10.0.20.15:9100 reachable
2024-09-14 10:02:12,037 DEBUG pos_bridge.square: GET https://connect.squareup.com/v2/locations/L8K2Q0WZ9P4R1
2024-09-14 10:02:12,037 DEBUG pos_bridge.square: request headers {'Square-Version': '2024-08-21', 'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2024-09-14 10:02:12,311 DEBUG pos_bridge.square: 200 OK (274 ms)
2024-09-14 10:14:40,902 INFO  pos_bridge.tickets: payment for ticket ALT-7Q4K-2M9X completed, printing pickup slip
2024-09-14 10:14:41,226 INFO  pos_bridge.printer: printed 1 slip
2024-09-14 11:31:05,774 WARNING pos_bridge.square: webhook retry 1 for event 5d2c9a1e-payment.updated
""", secret=square_token())

add("log/mysql-password", "atelier-stock/logs/sync-stock.log", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html",
    """
[2024-10-03 06:00:01] INFO  Synchronisation du stock tissus - démarrage
[2024-10-03 06:00:01] INFO  Fournisseur Soieries Delaunay : 214 références
[2024-10-03 06:00:03] ERROR Connexion impossible : jdbc:mysql://stock:@@secret@@@192.168.1.10:3306/stock_tissus (Communications link failure)
[2024-10-03 06:00:03] ERROR   at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)
[2024-10-03 06:00:33] INFO  Nouvelle tentative (2/3)
[2024-10-03 06:00:34] INFO  Connecté, 214 références mises à jour, 3 ruptures (DEN-CALAIS-IV-12, ORG-SOIE-BL, TUL-ILL-120)
[2024-10-03 06:00:34] INFO  Terminé en 33 s
""", secret=words_pw())

add("log/smtp-password", "nas-scripts/logs/postfix-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616",
    """
Oct  7 09:12:44 nas postfix/smtp[20411]: connect to smtp-relay.brevo.com[1.179.112.10]:587
Oct  7 09:12:44 nas postfix/smtp[20411]: < 220 smtp-relay.brevo.com ESMTP Service Ready
Oct  7 09:12:44 nas postfix/smtp[20411]: > EHLO nas.atelier-margaux.lan
Oct  7 09:12:44 nas postfix/smtp[20411]: < 250-AUTH LOGIN PLAIN CRAM-MD5
Oct  7 09:12:44 nas postfix/smtp[20411]: > STARTTLS
Oct  7 09:12:45 nas postfix/smtp[20411]: > AUTH PLAIN @@blob@@
Oct  7 09:12:45 nas postfix/smtp[20411]: < 235 2.7.0 Authentication successful
Oct  7 09:12:45 nas postfix/smtp[20411]: 4Q2Kf81x3bz: to=<atelier@atelier-margaux.fr>, relay=smtp-relay.brevo.com, status=sent (250 Queued)
""", secret=(_sp := words_pw()), blob=b64("\0nas@atelier-margaux.fr\0" + _sp))

add("log/decoy-ids", "bellweather/logs/webhooks-2024-08-30.log", "https://docs.stripe.com/webhooks",
    """
2024-08-30T09:41:02Z INFO webhook received type=checkout.session.completed id=evt_@@e1@@ signature=verified
2024-08-30T09:41:02Z INFO deposit recorded order=BW-24-0193 payment_intent=pi_@@p1@@ amount_gbp=750.00
2024-08-30T11:07:55Z INFO webhook received type=charge.refunded id=evt_@@e2@@ signature=verified
2024-08-30T11:07:55Z INFO refund recorded order=BW-24-0177 refund=re_@@r1@@ amount_gbp=150.00
2024-08-30T15:22:19Z WARN webhook received type=payment_intent.payment_failed id=evt_@@e3@@ signature=verified
2024-08-30T15:22:19Z INFO email queued template=balance_due to=bride-0201@… request_id=@@u1@@
""", e1=drawn(24), p1=drawn(24), e2=drawn(24), r1=drawn(24), e3=drawn(24), u1=uuid_s())

add("log/decoy-redacted", "relances/logs/relances-2024-10-01.log", "https://developers.brevo.com/docs/getting-started",
    """
2024-10-01 08:00:00 INFO  relances: démarrage, config chargée (brevo_api_key=xkeysib-****************, expediteur=boutique@maison-verene.fr)
2024-10-01 08:00:01 INFO  relances: 3 robes arrivées à annoncer (MV-24-0311, MV-24-0314, MV-24-0318)
2024-10-01 08:00:02 INFO  relances: e-mail template=14 to=l.b***@gmail.com message_id=<202410010800.@@m1@@@smtp-relay.mailin.fr>
2024-10-01 08:00:02 INFO  relances: e-mail template=14 to=c.n***@orange.fr message_id=<202410010800.@@m2@@@smtp-relay.mailin.fr>
2024-10-01 08:00:03 WARN  relances: adresse invalide pour MV-24-0318, relance par SMS planifiée
2024-10-01 08:00:03 INFO  relances: terminé
""", m1=hexs(24), m2=hexs(24))

add("nginx/basic-auth-header", "it/nginx/conf.d/nas-photos.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """
# Photos des essayages (Synology Photos) exposées aux vendeuses via le reverse proxy de la boutique
server {
    listen 443 ssl http2;
    server_name photos.maison-verene.fr;

    ssl_certificate     /etc/letsencrypt/live/photos.maison-verene.fr/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/photos.maison-verene.fr/privkey.pem;

    allow 192.168.1.0/24;
    allow 10.8.0.0/24;
    deny all;

    location / {
        proxy_pass http://192.168.1.10:5000;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", secret=b64("vendeuses:" + words_pw()))

add("nginx/decoy-file-reference", "it/nginx/conf.d/rendez-vous.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    """
server {
    listen 443 ssl http2;
    server_name rendez-vous.maison-verene.fr;

    ssl_certificate     /etc/letsencrypt/live/rendez-vous.maison-verene.fr/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/rendez-vous.maison-verene.fr/privkey.pem;
    ssl_dhparam         /etc/nginx/dhparam.pem;

    location /admin/ {
        auth_basic "Administration essayages";
        auth_basic_user_file /etc/nginx/htpasswd/rendez-vous;
        proxy_pass http://127.0.0.1:8080;
    }

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Host $host;
    }
}
""")

add("npmrc/npm-token", "bridal-lookbook/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
@bellweather:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", secret=npm_token())

add("netrc/heroku-api-key", "ops-laptop/dotfiles/.netrc", "https://devcenter.heroku.com/articles/authentication#api-token-storage",
    """
machine api.heroku.com
  login ops@needlepointtailors.com
  password @@secret@@
machine git.heroku.com
  login ops@needlepointtailors.com
  password @@secret@@
""", secret=uuid_s())

add("pgpass/postgres-password", "reporting/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# hostname:port:database:username:password  (chmod 600)
10.0.10.5:5432:pos:dashboard_ro:@@secret@@
localhost:5432:*:postgres:postgres
*:5432:alterations_test:labels:labels
10.0.10.5:5432:measurebook:export_ro:*
""", secret=rand_pw(20))

_ssh_key = pem("OPENSSH PRIVATE KEY", 7)
add("pem/ssh-private-key", "deploy/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen.1",
    """
@@secret@@
""", secret=_ssh_key)

add("wireguard/wireguard-private-key", "it/wireguard/wg0-boutique2.conf", "https://www.wireguard.com/quickstart/",
    """
# Tunnel boutique Bordeaux <-> atelier Mérignac (NAS, brodeuses, caisse)
[Interface]
Address = 10.8.0.2/24
PrivateKey = @@secret@@
ListenPort = 51820
DNS = 192.168.1.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.maison-verene.fr:51820
AllowedIPs = 10.8.0.0/24, 192.168.1.0/24, 192.168.40.0/24
PersistentKeepalive = 25
""", secret=wireguard_key(), pub=wireguard_key())

add("ssh/decoy-public-key", "it-ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# managed by ansible - staff who may log in to the shop servers
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ claire@macbook-atelier
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ ops@threadline-agency
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ backup@nas-atelier
from="10.8.0.0/24" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ ci@deploy
""", k1=drawn(43, ALNUM + "+/"), k2=drawn(43, ALNUM + "+/"), k3=drawn(370, ALNUM + "+/") + "=", k4=drawn(43, ALNUM + "+/"))

# ---------------------------------------------------------------------------------------------
# documentation, runbooks, handovers (markdown and notes; a third in French)
# ---------------------------------------------------------------------------------------------

add("markdown/device-admin-password", "docs/runbooks/embroidery-machines.md", "https://www.tajima.com/products/option/tmbp/",
    """
# Runbook: embroidery machines

Two machines on the workshop VLAN (192.168.40.0/24). Designs are digitized in Wilcom on
PC-WILCOM, approved by Claire, then queued to a machine.

| Machine | Model | IP | Access |
|---|---|---|---|
| Tajima | TMBP-SC1501 (15 needles) | 192.168.40.21 | web UI `http://192.168.40.21/` - user `admin`, password `@@secret@@` |
| Brother | PR1055X (10 needles) | 192.168.40.35 | FTP queue, no admin UI |

## Machine shows "NETWORK ERROR" after a power cut

1. Check the switch port LED (port 3 = Tajima, port 4 = Brother).
2. On the Tajima panel: *Settings > Network > DHCP off*, IP `192.168.40.21`, mask `255.255.255.0`.
3. Log in to the web UI and press **Reconnect queue**.
4. If the queue still shows the old job, delete it from the web UI, not from the panel.

## Thread break alarms every few minutes

Almost always the wrong needle for the fabric (tulle and organza need size 65/9). Check the work
ticket before blaming the machine.
""", secret=words_pw())

add("markdown/redis-password", "measurebook-api/README.md", "https://upstash.com/docs/redis/howto/connectclient",
    """
# MeasureBook API

Measurement cards for bespoke and made-to-measure clients of Needle Point Tailors.

## Local setup

```bash
python -m venv .venv && source .venv/bin/activate
pip install -r requirements-dev.txt
cp .env.example .env
flask --app measurebook run --debug
```

## Staging

Staging shares the cache with the kiosk tablets, so point your `.env` at it when you test the
kiosk flow:

```
REDIS_URL=rediss://default:@@secret@@@eu2-smart-gopher-41187.upstash.io:6379
MEASUREBOOK_UNITS=inches
```

## Tests

```bash
pytest -q
```

Card PDFs are rendered with ReportLab; fonts live in `assets/fonts` (licensed for print).
""", secret=rand_pw(32))

add("markdown/gorgias-api-key", "docs/integrations/helpdesk.md", "https://developers.gorgias.com/reference/authentication",
    """
# Helpdesk (Gorgias) integration

Bridal enquiries from the website chat and Instagram land in Gorgias. The appointment bot creates
a ticket tag `fitting-request` that the consultants work through each morning.

## API access

The integration user is `api@bellweatherbridal.co.uk`. Requests use HTTP Basic with the email
and the API key:

```bash
curl -u "api@bellweatherbridal.co.uk:@@secret@@" \\
  "https://bellweather.gorgias.com/api/tickets?limit=30&order_by=created_datetime:desc"
```

## Tags we use

- `fitting-request` - bride wants a first appointment
- `alteration-quote` - photo of a gown bought elsewhere, asking for a quote
- `trunk-show` - reservation questions for designer weekends
""", secret=hexs(64))

add("markdown/wifi-psk", "HANDOVER.md", "https://help.ui.com/hc/en-us/articles/115012723227",
    """
# IT handover - Bellweather Bridal (Harrogate)

Prepared for Josie, who takes over the shop IT from Tom on 1 October.

## Networks

| SSID | Who | Password | VLAN |
|---|---|---|---|
| Bellweather-Staff | staff laptops, fitting tablets, card readers | `@@secret@@` | 10 |
| Bellweather-Guests | brides and their guests | printed on the card by the sofa, changes monthly | 60 |
| Bellweather-Cams | cameras only (hidden) | in the UniFi console | 70 |

## Accounts

- UniFi console: Tom's login is being removed; Josie has her own admin account now.
- Google Workspace: Josie is a super admin; Tom stays as a second super admin until Christmas.
- Shopify: staff accounts only, nobody uses the owner login day to day.

## Things that break

- The SumUp readers drop off the staff Wi-Fi if the AP in the fitting rooms reboots. Forget and re-join.
- The Zebra label printer needs a power cycle after a long weekend.
""", secret=passphrase())

add("markdown/shopify-admin-token", "docs/shopify-app.md", "https://shopify.dev/docs/api/admin-rest#authentication",
    """
# Trunk Show Reservations - notes for the agency

Custom app on `bellweather-bridal.myshopify.com`. Draft orders are created for each reservation
and converted when the deposit is paid.

## Checking a reservation by hand

```bash
curl -s "https://bellweather-bridal.myshopify.com/admin/api/2024-07/draft_orders.json?status=open" \\
  -H "X-Shopify-Access-Token: @@secret@@" | jq '.draft_orders[] | {name, email, tags}'
```

## Known issues

- Draft orders older than 30 days are closed automatically by a Flow; brides must re-reserve.
- The app does not handle multi-currency yet; prices are GBP only.
""", secret=shopify_token())

_aws_id2 = fakes.aws_key_id(_seed())
add("markdown/aws-secret-access-key", "docs/ops/backups.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    """
# Backups

## What is backed up

| Data | Where | How often |
|---|---|---|
| Lookbook photo shoots | S3 `bellweather-lookbook-archive` (Glacier IR) | end of season |
| Shopify orders export | S3 `bellweather-exports` | nightly |
| Fitting app database | Supabase PITR | continuous |

## Credentials for the archive job

IAM user `lookbook-archiver` (only `s3:PutObject` on the two buckets):

- Access key ID: `@@kid@@`
- Secret access key: `@@secret@@`

Set them on the office iMac with `aws configure --profile lookbook` before running
`jobs/archive_lookbook_photos.py`.

## Restore test

Twice a year, restore one shoot folder to `/tmp/restore-test` and open three photos.
""", secret=fakes.aws_secret_key(_seed()), kid=_aws_id2)

add("markdown/github-fine-grained-token", "atelier-patterns/docs/release.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token",
    """
# Releasing atelier-patterns

`atelier-patterns` holds the pattern-grading helpers (size tables, ease allowances) shared by the
measurement app and the cutter's scripts.

1. Bump the version in `pyproject.toml` and update `CHANGELOG.md`.
2. Tag: `git tag v$(python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")`.
3. Push the tag. CI builds and publishes.

## Creating the GitHub release from the shop laptop

The laptop has no `gh` login; use the release token (fine-grained, contents: write on this repo only):

```bash
export GH_TOKEN=@@secret@@
gh release create "v1.4.0" dist/* --notes-file CHANGELOG.md
```
""", secret=fakes.github_fine_grained_token(_seed()))

add("markdown/nas-admin-password", "docs/passation-it.md", "https://kb.synology.com/fr-fr/DSM/help/DSM/AdminCenter/file_user_desc",
    """
# Passation informatique - Maison Vérène

Document rédigé par Julien (prestataire) pour Hélène, qui reprend la gestion informatique de la
boutique à partir de novembre.

## Le NAS (Synology DS920+)

- Adresse : `https://192.168.1.10:5001` (depuis la boutique ou le VPN)
- Compte administrateur : `atelier-admin`
- Mot de passe : `@@secret@@`
- Dossiers partagés : `atelier` (fiches clientes, photos d'essayage), `compta`, `designs` (broderie)
- Sauvegarde : Hyper Backup vers le NAS de Mérignac chaque nuit à 2 h, plus restic vers Scaleway.

## Ce qu'il faut surveiller

1. Le mail hebdomadaire « Rapport de santé » du NAS : un disque en état *Dégradé* = m'appeler.
2. L'onduleur : le voyant orange signifie batterie à changer (référence APC RBC7).
3. Les mises à jour DSM : les faire le lundi (boutique fermée), jamais la veille d'un samedi.

## Contacts

- Julien (prestataire) : 06 12 34 56 78
- Orange Pro (fibre) : 3901, contrat n° 8812 4471
""", secret=words_pw())

add("markdown/ovh-application-secret", "docs/procedure-sms-ovh.md", "https://help.ovhcloud.com/csm/fr-api-getting-started-ovhcloud-api",
    """
# Envoi des SMS « retouche prête » (OVH)

Le planning des retouches envoie un SMS à la cliente quand la retouche passe au statut **Prête**.
Les SMS partent du compte OVH `sms-am123456-1`, expéditeur `AtMargaux`.

## Identifiants API

Créés sur https://eu.api.ovh.com/createToken/ avec les droits `POST /sms/*` uniquement.

| Élément | Valeur |
|---|---|
| Application key | `@@ak@@` |
| Application secret | `@@secret@@` |
| Consumer key | dans le `.env.local` du serveur |

## Si les SMS ne partent plus

1. Vérifier le crédit SMS dans l'espace client OVH (alerte à 100 SMS).
2. Regarder `var/log/prod.log` : une erreur `403 This call has not been granted` signifie que la
   consumer key a expiré, il faut en regénérer une.
3. Prévenir les couturières : en attendant, appeler les clientes depuis le téléphone de la boutique.
""", secret=drawn(32), ak=drawn(16))

add("markdown/supplier-portal-password", "docs/fournisseurs/portail-delaunay.md", "https://datatracker.ietf.org/doc/html/rfc7617",
    """
# Commandes de tissus - Soieries Delaunay

Fournisseur principal pour les soies (mikado, crêpe, organza) et les doublures. Commandes passées
par le portail professionnel, livraison sous 48 h à l'atelier.

## Accès au portail

- Adresse : https://pro.soieries-delaunay.fr
- Compte client : AM-04127
- Identifiant : commandes@atelier-margaux.fr
- Mot de passe : @@secret@@

## Règles de commande

- Minimum 3 m par référence, sauf coupons soldés.
- Toujours demander un échantillon avant une commande > 10 m (les bains varient).
- Les retours sont acceptés sous 8 jours, tissu non coupé.

## Références habituelles

| Référence | Tissu | Prix HT / m |
|---|---|---|
| MIK-SOIE-IV | Mikado de soie ivoire | 68,00 € |
| CRP-SOIE-BL | Crêpe de soie blanc | 54,50 € |
| ORG-SOIE-NAT | Organza de soie naturel | 32,00 € |
""", secret=words_pw())

add("markdown/payplug-secret-key", "docs/paiement-payplug.md", "https://docs.payplug.com/api/apiref.html#authentication",
    """
# Paiement en ligne des acomptes (PayPlug)

Depuis mars, les acomptes de robes sur mesure peuvent être réglés en ligne. Le lien de paiement
est envoyé par e-mail après le premier rendez-vous.

## Configuration

- Compte PayPlug : contact@atelier-margaux.fr
- Mode : LIVE
- Clé secrète LIVE (à ne jamais mettre dans le site) : `@@secret@@`
- Notifications : https://atelier-margaux.fr/wp-json/am/v1/payplug-notification

## Remboursement d'un acompte

1. Se connecter au portail PayPlug.
2. Rechercher la transaction par le numéro de commande (ex. `AM-2024-0187`).
3. **Rembourser**, montant partiel possible. Le remboursement arrive sous 5 à 7 jours.
""", secret=stripe_key())

add("markdown/qonto-api-key", "docs/compta-qonto.md", "https://api-doc.qonto.com/docs/business-api/ZG9jOjQ1NzY3MTc-authentication",
    """
# Rapprochement bancaire (Qonto → Pennylane)

Le script `compta/rapprochement.py` récupère chaque soir les transactions Qonto et les associe
aux factures (acomptes robes, retouches, ventes accessoires).

## Clé API Qonto

Générée par Margaux dans *Paramètres > Intégrations & partenaires > Clé API*.

```
Authorization: atelier-margaux-4821:@@secret@@
```

## Catégories

| Libellé Qonto | Compte Pennylane |
|---|---|
| SUMUP PAYOUT | 512 - Encaissements CB boutique |
| PAYPLUG | 512 - Acomptes en ligne |
| SOIERIES DELAUNAY | 601 - Achats tissus |
| O2SWITCH | 626 - Hébergement site |
""", secret=hexs(32))

add("markdown/decoy-placeholder", "measurebook-api/CONTRIBUTING.md", "https://docs.github.com/en/communities/setting-up-your-project-for-healthy-contributions/setting-guidelines-for-repository-contributors",
    """
# Contributing

## Environment

Copy `.env.example` to `.env`. You need:

| Variable | Example | Where to get it |
|---|---|---|
| `DATABASE_URL` | `postgresql://measurebook:<password>@localhost:5432/measurebook` | your local Postgres |
| `MAILGUN_API_KEY` | `key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` | ask Rosa for a sandbox key |
| `SESSION_SECRET` | `<32+ random characters>` | `python -c "import secrets;print(secrets.token_hex(32))"` |
| `KIOSK_PIN` | `0000` | any 4 digits locally |

## Style

- Measurements are stored in inches as decimals (1/8 precision); convert at the edges only.
- No client names in logs; use the client code (`NPT-C-01842`).
""")

add("markdown/decoy-vault-reference", "SECURITY.md", "https://bitwarden.com/help/about-collections/",
    """
# Security

## Where credentials live

Nothing secret goes in this repository. Everything is in Bitwarden, organisation *Stitch & Hem*:

| Collection | Contains | Who |
|---|---|---|
| POS | Square production token, Square webhook signature key | Dana, Luis |
| Messaging | Twilio auth token, SendGrid key | Dana |
| Infrastructure | AWS root (hardware key), RDS master, Cloudflare | Dana, agency |
| Shop floor | Wi-Fi, printer admin, safe code | all staff |

Production services read their secrets from AWS Secrets Manager (`stitchhem/prod/*`).

## Reporting a problem

If you think a credential has leaked, tell Dana (owner) the same day. Rotate first, investigate after.
""")

add("markdown/decoy-device-identifiers", "docs/embroidery-network.md", "https://help.ui.com/hc/en-us/articles/115003173168",
    """
# Workshop network inventory

| Device | MAC | IP | Serial | Firmware (SHA-256 of installed image) |
|---|---|---|---|---|
| Tajima TMBP-SC1501 | 00:0b:ab:5e:20:71 | 192.168.40.21 | TJ1501-2217-0448 | `@@h1@@` |
| Brother PR1055X | 30:05:5c:9a:e2:14 | 192.168.40.35 | U63145L2M0042 | `@@h2@@` |
| USW-Lite-8-PoE | f0:9f:c2:7a:13:5b | 192.168.40.2 | — | 7.1.26 |
| PC-WILCOM | 3c:52:82:6e:0d:9f | 192.168.40.10 | 5CG2381KQX | Windows 11 23H2 |

Wilcom EmbroideryStudio e4.5 dongle ID: `WIL-45-0081-3372` (licence is tied to the dongle, keep it in the drawer).
""", h1=hexs(64), h2=hexs(64))

add("markdown/decoy-documentation-example", "docs/api-auth.md", "https://jwt.io/introduction",
    """
# MeasureBook API - authentication

The kiosk obtains a short-lived JWT from `/api/auth/kiosk` with its device certificate; other clients
use the staff login. Send the token as a Bearer token:

```
Authorization: Bearer <token>
```

A JWT has three base64url parts. The example from jwt.io decodes to `{"sub": "1234567890",
"name": "John Doe", "iat": 1516239022}`:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens carry `sub` (staff or kiosk id), `role` (`cutter`, `front_desk`, `kiosk`) and expire after 15 minutes.
""")

add("markdown/decoy-documentation-example", "docs/aws-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
# Setting up the AWS CLI for the archive jobs

```bash
aws configure --profile lookbook
```

It asks for four values. AWS's own documentation uses these example values, which do not work:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-2
Default output format [None]: json
```

Use the real key pair from the `lookbook-archiver` entry in 1Password instead. Check with:

```bash
aws sts get-caller-identity --profile lookbook
```
""")

add("markdown/decoy-commit-sha", "bellweather-rails/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## [3.2.0] - 2024-09-18
### Added
- Trunk show reservations sync deposits back to the order (@@c1@@).
- Final-fitting reminder emails 14 days before the wedding (@@c2@@).

### Changed
- Stripe key moved to a restricted key; the old secret key was rolled in the dashboard (@@c3@@).
- Klaviyo sync runs hourly instead of nightly.

### Fixed
- Balance-due emails no longer sent for cancelled orders (@@c4@@).

## [3.1.4] - 2024-08-02
### Fixed
- Gown photos over 10 MB failed to upload to Azure storage.
""", c1=hexs(7), c2=hexs(7), c3=hexs(40), c4=hexs(7))

add("markdown/decoy-redacted", "docs/incidents/2024-06-shopify-token.md", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
# Incident 2024-06-11: Shopify admin token in a screenshot

## What happened

A screenshot of the custom app settings page, showing the Admin API access token, was posted in
the agency's shared Slack channel by mistake.

## Token

`shpat_••••••••••••••••••••••••••c41e` (last four characters only). Uninstalled and reinstalled the
custom app at 15:20 BST, which revoked the token and issued a new one.

## Timeline

- 14:52 screenshot posted
- 15:05 noticed by Tom, message deleted
- 15:20 token revoked, new token set on the reservations app
- 15:40 checked the Shopify audit log: no API calls from unknown IPs

## Follow-up

- Screenshots of admin pages go through the redaction checklist.
- The token is now only in the hosting provider's environment settings.
""")

add("markdown/decoy-redacted", "docs/acces-boutique.md", "https://bitwarden.com/fr-fr/help/",
    """
# Accès et mots de passe - boutique

**Aucun mot de passe dans ce document.** Ils sont tous dans Bitwarden, collection *Boutique*.

| Service | Identifiant | Mot de passe |
|---|---|---|
| Caisse (Odoo PdV) | vendeuse1 … vendeuse4 | •••••••• (Bitwarden) |
| Wi-Fi personnel | MaisonVerene-Equipe | •••••••• (Bitwarden) |
| Wi-Fi clientes | MaisonVerene-Invitees | affiché au salon d'essayage |
| NAS | atelier-admin | •••••••• (Bitwarden) |
| Mollie | contact@maison-verene.fr | •••••••• + double authentification |

En cas de départ d'une vendeuse : désactiver son compte caisse le jour même et changer le mot de
passe du Wi-Fi personnel.
""")

add("markdown/decoy-iban", "docs/acompte-virement.md", "https://www.ecb.europa.eu/paym/integration/retail/sepa/html/index.en.html",
    """
# Acompte par virement

Certaines clientes préfèrent régler l'acompte (40 %) par virement. Leur envoyer ces coordonnées,
qui figurent aussi sur nos devis et factures :

- Titulaire : MAISON VERENE SARL
- IBAN : FR76 1695 8000 0142 8837 6510 389
- BIC : QNTOFRP1XXX
- Référence à indiquer : le numéro de commande (ex. `MV-24-0311`)

Le virement apparaît sous 1 à 2 jours ouvrés dans Qonto. Pointer l'acompte dans Odoo dès réception
et envoyer la confirmation (modèle « Acompte reçu »).
""")

add("text/wifi-psk", "notes/passation-octobre-2024.txt", "https://www.wi-fi.org/discover-wi-fi/security",
    """
PASSATION - boutique Maison Vérène - octobre 2024
(de Sophie à Léa, pendant le congé maternité)

Ouverture : alarme, lumières vitrine (interrupteur derrière le rideau), caisse Odoo.

Wi-Fi équipe : MaisonVerene-Equipe
Clé : @@secret@@
(à donner uniquement aux vendeuses et couturières, pas aux clientes)

Wi-Fi clientes : MaisonVerene-Invitees, code affiché au salon.

Essayages : planning dans rendez-vous.maison-verene.fr, compte "accueil".
Robes arrivées : les noter dans Odoo (statut "Reçue") -> le mail part tout seul.
Retouches : fiches dans le classeur rouge + Telegram de l'atelier pour les urgences.

Fournisseurs : Pronovias et Rosa Clará livrent le mardi. Vérifier les housses avant de signer.
""", secret=passphrase())

add("text/mondial-relay-private-key", "notes/acces-fournisseurs.txt", "https://www.mondialrelay.fr/media/123861/solution-web-service-v5.6.pdf",
    """
ATELIER MARGAUX - accès transporteurs et fournisseurs
====================================================

Colissimo Box : compte 841576 (login Margaux, mot de passe dans Bitwarden)

Mondial Relay (retours de retouches en point relais)
  Code enseigne : BDAM4821
  Clé privée    : @@secret@@
  Code marque   : AM
  -> à saisir dans le module PrestaShop si on réinstalle

Soieries Delaunay : portail pro, voir docs/fournisseurs/portail-delaunay.md
Dentelles de Calais (Noyon) : commandes par mail uniquement, pas de portail
Mercerie Ribbon & Co : compte pro n° RC-22871, paiement à 30 jours
""", secret=drawn(8, string.ascii_uppercase + string.digits))

add("text/pos-admin-password", "notes/logiciel-caisse.txt", "https://www.odoo.com/documentation/17.0/applications/sales/point_of_sale.html",
    """
Logiciel de caisse (Odoo 17 PdV) - aide-mémoire

Adresse : https://caisse.atelier-margaux.local (uniquement en boutique)
Compte gérante : margaux@atelier-margaux.fr
Mot de passe gérante : @@secret@@

Clôture du soir :
  1. Fermer la session (bouton en haut à droite)
  2. Compter le fond de caisse (150 €) et noter l'écart éventuel
  3. Le ticket Z s'imprime -> le mettre dans la pochette du mois

Remboursement d'une retouche : uniquement avec le compte gérante.
""", secret=words_pw())

add("text/decoy-no-credential", "notes/procedure-ouverture.txt", "https://www.service-public.fr/professionnels-entreprises",
    """
PROCÉDURE D'OUVERTURE - Maison Vérène

1. Désactiver l'alarme (code : demander à Sophie, jamais écrit ici)
2. Relever le rideau, allumer la vitrine
3. Allumer la caisse, ouvrir la session avec votre compte vendeuse
4. Vérifier le planning des essayages du jour et préparer les cabines
   (housses, jupons, escarpins de la bonne pointure, épingles)
5. Vérifier les messages du répondeur et la boîte contact@
6. Aérer le salon 10 minutes avant le premier rendez-vous
""")

add("text/m365-admin-password", "HANDOVER-stitch-and-hem.txt", "https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/about-admin-roles",
    """
STITCH & HEM - IT HANDOVER (from Marcus, leaving 30 Aug)

Microsoft 365
  Global admin: admin@stitchandhem.onmicrosoft.com
  Password:     @@secret@@
  MFA is on Dana's phone (Authenticator). Break-glass account is in the safe.

Square
  Owner account is Dana's. Staff log in with their own 4-digit passcodes on the register.

Printers
  Epson TM-m30III (tickets) 10.0.20.15, Zebra ZD421 (tags) 10.0.20.16.
  If tags print blank: Zebra > hold feed for 2 flashes to recalibrate.

Phones
  Front desk iPhone PIN is on the sticky note in the cash drawer (Dana wants this changed).
""", secret=words_pw())

add("text/router-admin-password", "notes/router-setup.txt", "https://www.spectrum.net/support/internet/router-login",
    """
Congress Ave shop - internet
----------------------------
ISP: Spectrum Business, account 8347 1022 0915 4471
Router: Spectrum SAX2V1R at 10.0.20.1
  admin login: admin
  admin password: @@secret@@
Port forwards: none (POS uses outbound only)
Static IP: no

Guest Wi-Fi "StitchHem-Guest" is on the UniFi AP, not the Spectrum router (router Wi-Fi is OFF).
""", secret=rand_pw(12))

add("text/decoy-vault-reference", "notes/it-checklist.txt", "https://bitwarden.com/help/",
    """
Monthly IT checklist - Needle Point Tailors

[ ] Rotate the guest Wi-Fi password (UniFi > Settings > WiFi > NPT-Guest), print new cards
[ ] Check backups: B2 bucket size grew, last restic snapshot < 24 h
[ ] Review Bitwarden "Shop" collection: remove anyone who left
[ ] Windows updates on PC-FRONT and PC-CUTTING (after close on Saturday)
[ ] Check the measurement kiosk tablets charge to 100 %
[ ] Look at Cloudflare analytics for odd spikes on /booking
""")

add("text/decoy-device-identifiers", "notes/machine-serials.txt", "https://www.brother-usa.com/support",
    """
Machines and serial numbers (for insurance and service calls)

Brother PR1055X        serial U63145L2M0042   bought 2021-03   dealer: Sew Austin
Juki DDL-8700          serial 2DDL8H31077     bought 2019-11
Juki MO-6814S serger   serial 1MO6E21188      bought 2019-11
Singer 20U             serial HC3210045       bought 2022-06   used, from estate sale
Hashima HP-84 press    serial 84-90317        bought 2020-01

Service contract Brother: SC-44871-NPT, renews every March.
""")

add("text/decoy-documentation-example", "notes/password-policy.txt", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret",
    """
Password policy - Bellweather Bridal staff (summary for new starters)

- At least 12 characters. A passphrase of four random words is easier to remember,
  like the famous example "correct horse battery staple" (do NOT use that one).
- Never reuse your Shopify or Google password anywhere else.
- Use Bitwarden to generate and store passwords; the shop pays for it.
- Turn on two-step verification for Google, Shopify and Square.
- Never share passwords by WhatsApp or email. Use a Bitwarden Send link.
""")
