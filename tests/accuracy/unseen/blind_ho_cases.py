"""Blind set HO: sailing schools and yacht-charter companies.

Booking sites and charter back offices (fleet availability, NauSYS/Booking Manager feeds, payments,
crew and student records), marina and weather integrations, boat telemetry and onboard routers,
office IT, CI and deploy files, runbooks and handover notes, and their decoys.
Generated fakes only (seeds 3020000-3029999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3020000, 3029999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Spinnaker", "Bowline", "Mainsail", "Jib", "Halyard", "Keel", "Tiller", "Mooring", "Leeward",
         "Gybe", "Cleat", "Anchor", "Starboard", "Regatta", "Genoa", "Transom", "Dinghy", "Marlin"]
LOWER = ["reef", "squall", "harbour", "tack", "buoy", "ketch", "sloop", "lagoon", "pelican", "coral",
         "seagull", "channel", "compass", "lantern", "driftwood", "mistral"]


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


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mollie_key() -> str:
    return fakes.fake("live_", 30, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hubspot_token() -> str:
    return "pat-eu1-" + uuid_s()


def airtable_pat() -> str:
    return fakes.fake("pat", 14, _seed()) + "." + hexs(64)


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def _mapbox(prefix: str) -> str:
    body = b64('{"u":"bluewater-charters","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}')
    return prefix + body.rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_secret() -> str:
    return _mapbox("sk.")


def mapbox_public() -> str:
    return _mapbox("pk.")


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def paypal_client_id() -> str:
    r = _rng()
    return "A" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def datadog_key() -> str:
    return hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def sentry_auth() -> str:
    return "sntrys_" + b64('{"iat":1733400000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"bluewater"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43)


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    sig = fakes.drawn(_seed(), 43, ALNUM + "-_")
    return f"{head}.{body}.{sig}"


def vault_blob() -> str:
    lines = [hexs(80) for _ in range(4)]
    return "\n".join(lines)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-ho/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- env and settings files
add("env/stripe-secret-key", "booking-site/.env.production", "https://docs.stripe.com/keys", """
# Bluewater Charters - booking site (production)
APP_ENV=production
APP_URL=https://book.bluewater-charters.gr
DEFAULT_CURRENCY=EUR
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_PERCENT=30
SECURITY_DEPOSIT_HOLD_DAYS=14
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-publishable-key", "sailing-school/web/.env", "https://docs.stripe.com/keys", """
# Front end build vars - safe to ship to the browser
VITE_SCHOOL_NAME="Solent Sailing Academy"
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_COURSES_API=https://api.solentsailing.co.uk/v2
VITE_DEFAULT_LOCALE=en-GB
""", pk=stripe_key("pk_live_"), mb=mapbox_public())

add("env/mailgun-api-key", "crew-portal/.env", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
NODE_ENV=production
PORT=8080
MAILGUN_DOMAIN=mg.aegeanyachting.com
MAILGUN_API_KEY=@@secret@@
MAIL_FROM="Aegean Yachting Crew Desk <crew@aegeanyachting.com>"
SKIPPER_DOCS_BUCKET=aegean-crew-docs
""", mailgun_key())

add("env/decoy-env-reference", "crew-portal/.env.example", "https://github.com/motdotla/dotenv#readme", """
NODE_ENV=development
PORT=8080
MAILGUN_DOMAIN=mg.example.com
MAILGUN_API_KEY=
MAIL_FROM="Crew Desk <crew@example.com>"
DATABASE_URL=postgres://crew:changeme@localhost:5432/crew_dev
SKIPPER_DOCS_BUCKET=
""")

add("env/database-password", "fleet-api/.env.staging", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
# staging - fleet availability API
DATABASE_URL=postgresql://fleet_app:@@secret@@@db-staging.internal.kykladeschart.net:5432/fleet
REDIS_URL=redis://cache-staging.internal:6379/2
NAUSYS_SYNC_CRON="*/15 * * * *"
LOG_LEVEL=debug
""", words_pw())

add("env/twilio-auth-token", "sms-reminders/.env", "https://www.twilio.com/docs/iam/credentials/api", """
# SMS reminders for course start / boat handover
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+447700900312
REMINDER_HOURS_BEFORE=24
""", hexs(32), sid=twilio_sid())

add("env/decoy-vault-reference", "charter-ops/.env.vault-agent", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
# rendered by vault agent at boot; values below are template refs only
STRIPE_SECRET_KEY={{ with secret "kv/data/charter-ops/stripe" }}{{ .Data.data.secret_key }}{{ end }}
BOOKING_MANAGER_TOKEN={{ with secret "kv/data/charter-ops/mmk" }}{{ .Data.data.token }}{{ end }}
DB_PASSWORD={{ with secret "database/creds/charter-ops-rw" }}{{ .Data.password }}{{ end }}
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
""")

add("env/sendgrid-api-key", "newsletter/.env.local", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
SENDGRID_API_KEY='@@secret@@'
NEWSLETTER_LIST_ID=7f3c2a
SENDER_EMAIL=news@windwardsailingschool.com
SENDER_NAME="Windward Sailing School"
UNSUBSCRIBE_GROUP_ID=21844
""", sendgrid_key())

add("env/mapbox-secret-token", "route-planner/.env", "https://docs.mapbox.com/accounts/guides/tokens/", """
# Route planner backend (tile uploads, private styles)
MAPBOX_USERNAME=bluewater-charters
MAPBOX_ACCESS_TOKEN=@@secret@@
MAPBOX_PUBLIC_TOKEN=@@pk@@
ANCHORAGES_TILESET=bluewater-charters.anchorages-2025
""", mapbox_secret(), pk=mapbox_public())

add("env/decoy-placeholder", "docs-site/.env.sample", "https://github.com/motdotla/dotenv#readme", """
# Copy to .env and fill in. Never commit the real file.
STRIPE_SECRET_KEY=sk_live_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx
NAUSYS_USERNAME=<your-nausys-agency-user>
NAUSYS_PASSWORD=<your-nausys-password>
GOOGLE_MAPS_KEY=YOUR_GOOGLE_MAPS_API_KEY
""")

add("env/redis-password", "payments-worker/.env.prod", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", """
QUEUE_NAME=deposits
REDIS_HOST=10.20.4.17
REDIS_PORT=6379
REDIS_PASSWORD=@@secret@@
WORKER_CONCURRENCY=4
REFUND_SWEEP_MINUTES=30
""", fakes.redis_password(_seed()))

add("env/mollie-api-key", "shop/.env.production", "https://docs.mollie.com/reference/authentication", """
# Zeilschool De Waddenwind - webshop (vouchers, CWO courses)
SHOP_URL=https://shop.waddenwind.nl
MOLLIE_API_KEY=@@secret@@
MOLLIE_PROFILE_ID=pfl_3RkSN1zuPE
MOLLIE_WEBHOOK_URL=https://shop.waddenwind.nl/api/mollie/webhook
VAT_RATE=21
""", mollie_key())

# ---------------------------------------------------------------- python
add("python/nausys-password", "sync/nausys_client.py", "https://ws.nausys.com/CBMS-external/rest/ (NauSYS REST API)", """
\"\"\"Pulls yacht availability from NauSYS for the charter booking site.\"\"\"
import requests

NAUSYS_URL = "https://ws.nausys.com/CBMS-external/rest"
CREDENTIALS = {"username": "rest@bluewater-charters", "password": "@@secret@@"}


def free_yachts(date_from: str, date_to: str) -> list:
    body = dict(CREDENTIALS, periodFrom=date_from, periodTo=date_to, yachts=[])
    resp = requests.post(f"{NAUSYS_URL}/yachtReservation/v6/freeYachts", json=body, timeout=30)
    resp.raise_for_status()
    return resp.json().get("freeYachts", [])
""", words_pw())

add("python/booking-manager-token", "sync/mmk_feed.py", "https://api.booking-manager.com/swagger-ui (MMK Booking Manager API v2)", """
import httpx

BASE = "https://www.booking-manager.com/api/v2"
HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
}


def yachts(company_id: int):
    with httpx.Client(base_url=BASE, headers=HEADERS, timeout=20) as client:
        r = client.get("/yachts", params={"companyId": company_id})
        r.raise_for_status()
        return r.json()
""", fakes.drawn_mixed(_seed(), 64))

add("python/decoy-env-reference", "sync/settings.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

NAUSYS_USER = os.environ["NAUSYS_USER"]
NAUSYS_PASSWORD = os.environ["NAUSYS_PASSWORD"]
MMK_TOKEN = os.getenv("MMK_TOKEN", "")
STRIPE_KEY = os.environ.get("STRIPE_SECRET_KEY")
BASE_PORTS = ["Lefkas", "Corfu", "Athens Alimos", "Kos"]
SYNC_INTERVAL_MINUTES = int(os.getenv("SYNC_INTERVAL_MINUTES", "15"))
""")

add("python/django-secret-key", "schoolsite/schoolsite/settings/production.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.solentsailing.co.uk", "solentsailing.co.uk"]
SECRET_KEY = "@@secret@@"

DATABASES["default"].update({"HOST": "pg.internal", "NAME": "school"})
CSRF_TRUSTED_ORIGINS = ["https://www.solentsailing.co.uk"]
SESSION_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/smtp-password", "school/notify/mailer.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "bookings@windwardsailingschool.com"


def send_course_confirmation(to: str, course: str, start: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Your {course} starts {start}"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content("Bring soft-soled shoes, waterproofs and a packed lunch.")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, "@@secret@@")
        s.send_message(msg)
""", words_pw())

add("python/decoy-test-fixture", "tests/test_deposit_split.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from charter.payments import split_deposit

FAKE_KEY = "sk_test_dummy"


@pytest.fixture
def booking():
    return {"id": "BK-2025-0412", "total": 8400_00, "currency": "EUR", "api_key": FAKE_KEY}


def test_thirty_percent_deposit(booking):
    dep, rest = split_deposit(booking, percent=30)
    assert dep == 2520_00 and rest == 5880_00
""")

add("python/aws-secret-access-key", "scripts/upload_brochures.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
\"\"\"Uploads the season's yacht brochures (PDF) to the public bucket.\"\"\"
import pathlib
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for pdf in pathlib.Path("brochures/2026").glob("*.pdf"):
    s3.upload_file(str(pdf), "bluewater-brochures", f"2026/{pdf.name}",
                   ExtraArgs={"ContentType": "application/pdf"})
    print("uploaded", pdf.name)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/telegram-bot-token", "bots/weather_alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873442210  # instructors group


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    alert("Gusts over 28 kn forecast after 14:00 - dinghy sessions move to the classroom.")
""", fakes.telegram_token(_seed()))

add("python/decoy-hash", "school/certs/verify.py", "https://docs.python.org/3/library/hashlib.html", """
import hashlib

# sha256 of the RYA certificate template PDFs we ship; checked at startup
TEMPLATE_SHA256 = {
    "competent_crew.pdf": "@@h1@@",
    "day_skipper.pdf": "@@h2@@",
}


def verify(name: str, data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == TEMPLATE_SHA256[name]
""", h1=sha256ish(), h2=sha256ish())

add("python/openweather-api-key", "weather/forecast.py", "https://openweathermap.org/appid", """
import requests

OWM_KEY = "@@secret@@"
SPOTS = {"Cowes": (50.76, -1.30), "Lymington": (50.75, -1.54)}


def wind(spot: str) -> dict:
    lat, lon = SPOTS[spot]
    r = requests.get("https://api.openweathermap.org/data/2.5/weather",
                     params={"lat": lat, "lon": lon, "appid": OWM_KEY, "units": "metric"}, timeout=10)
    return r.json()["wind"]
""", hexs(32))

add("python/stormglass-api-key", "weather/tides.py", "https://docs.stormglass.io/#/authentication", """
import datetime as dt
import requests

def tide_extremes(lat: float, lng: float) -> list:
    start = dt.datetime.utcnow().replace(hour=0, minute=0)
    r = requests.get(
        "https://api.stormglass.io/v2/tide/extremes/point",
        params={"lat": lat, "lng": lng, "start": start.isoformat()},
        headers={"Authorization": "@@secret@@"},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["data"]
""", hexs(8) + "-" + hexs(4) + "-11ee-" + hexs(4) + "-" + hexs(12) + "-" + hexs(8) + "-" + hexs(4) + "-11ee-" + hexs(4) + "-" + hexs(12))

add("python/postgres-password", "etl/season_report.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """
import psycopg
import pandas as pd

conn = psycopg.connect(
    host="reporting.bluewater.lan",
    dbname="charter",
    user="report_ro",
    password="@@secret@@",
)
df = pd.read_sql("select base, yacht, weeks_booked, revenue_eur from season_summary where season = 2025", conn)
df.to_excel("season_2025.xlsx", index=False)
""", rand_pw(16))

add("python/decoy-uuid", "sync/ids.py", "https://docs.python.org/3/library/uuid.html", """
# Booking Manager company ids and our base ids (not secret; they appear in public feeds)
COMPANY_ID = 4417
BASES = {
    "lefkas": "@@u1@@",
    "corfu": "@@u2@@",
    "kos": "@@u3@@",
}
DEFAULT_BASE = BASES["lefkas"]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("python/paypal-client-secret", "payments/paypal_checkout.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token",
                      auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", paypal_secret(), cid=paypal_client_id())

add("python/ftp-password", "scripts/push_price_list.py", "https://docs.python.org/3/library/ftplib.html", """
from ftplib import FTP_TLS

# weekly price list for the broker partner
with FTP_TLS("ftp.yachtbrokers-partner.com") as ftp:
    ftp.login("bluewater", "@@secret@@")
    ftp.prot_p()
    with open("out/prices_2026.csv", "rb") as fh:
        ftp.storbinary("STOR incoming/bluewater_prices_2026.csv", fh)
""", words_pw())

_windy = fakes.drawn_mixed(_seed(), 32)
add("python/windy-api-key", "weather/windy_client.py", "https://api.windy.com/point-forecast/docs", """
import requests

# key split so the grep in CI doesn't flag it (TODO move to env)
WINDY_KEY = ("@@p1@@"
             "@@p2@@")


def point(lat, lon):
    body = {"lat": lat, "lon": lon, "model": "gfs", "parameters": ["wind", "windGust", "waves"],
            "levels": ["surface"], "key": WINDY_KEY}
    return requests.post("https://api.windy.com/api/point-forecast/v2", json=body, timeout=20).json()
""", _windy, p1=_windy[:16], p2=_windy[16:])

# ---------------------------------------------------------------- yaml, compose, k8s, CI
add("compose/database-password", "deploy/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: charter
      POSTGRES_USER: charter
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: ghcr.io/bluewater-charters/fleet-api:2.14.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgresql://charter:${POSTGRES_PASSWORD}@db:5432/charter
    ports: ["8080:8080"]
volumes:
  pgdata: {}
""", words_pw())

add("compose/decoy-env-reference", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  booking:
    image: ghcr.io/bluewater-charters/booking:${TAG:-latest}
    env_file: /etc/bluewater/booking.env
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set in booking.env}
      MMK_TOKEN: ${MMK_TOKEN}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("compose/redis-password", "marina-wifi/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/config/", """
version: "3.8"
services:
  portal:
    image: marina/captive-portal:1.9
    environment:
      - REDIS_URL=redis://default:@@secret@@@redis:6379/1
      - BERTH_LOOKUP_URL=http://harbourmaster.local/api/berths
  redis:
    image: redis:7
    command: redis-server --requirepass @@secret@@
""", fakes.redis_password(_seed()))

_k8s_pw = words_pw()
add("k8s-secret/database-password", "k8s/fleet-api/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: fleet-api-db
  namespace: charter
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
  DB_HOST: @@h@@
""", _k8s_pw, u=b64("fleet_app"), p=b64(_k8s_pw), h=b64("pg-primary.charter.svc"))

add("k8s-secret/stripe-webhook-secret", "k8s/booking/stripe-secret.yaml", "https://docs.stripe.com/webhooks#verify-official-libraries", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: charter
type: Opaque
stringData:
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  STRIPE_ACCOUNT: acct_1PqXcharterGR
""", stripe_whsec())

add("k8s-secret/decoy-sealed-secret", "k8s/booking/sealed-stripe.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-stripe
  namespace: charter
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: booking-stripe
""", e1=fakes.drawn(_seed(), 180, ALNUM + "+/"), e2=fakes.drawn(_seed(), 180, ALNUM + "+/"))

add("k8s/decoy-secret-ref", "k8s/fleet-api/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fleet-api
  namespace: charter
spec:
  replicas: 2
  selector:
    matchLabels: {app: fleet-api}
  template:
    metadata:
      labels: {app: fleet-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/bluewater-charters/fleet-api:2.14.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: fleet-api-db, key: DB_PASSWORD}
            - name: NAUSYS_PASSWORD
              valueFrom:
                secretKeyRef: {name: nausys, key: password}
""")

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://docs.pypi.org/trusted-publishers/ (API tokens section)", """
name: release
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
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy booking site
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
          aws-region: eu-central-1
      - run: aws s3 sync ./dist s3://book-bluewater-charters --delete
      - run: curl -fsS -X POST "$SLACK_WEBHOOK" -d '{"text":"booking site deployed"}'
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-sync.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly nausys sync
on:
  schedule:
    - cron: "30 2 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m sync.nausys_client --all-bases
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"NauSYS sync failed, check fleet availability"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/aws-access-key", ".github/workflows/brochures.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
name: publish brochures
on: workflow_dispatch
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 cp brochures/ s3://bluewater-brochures/2026/ --recursive
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/smtp-password", "config/mail.yml", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.gmail.com
    port: 587
    domain: cycladessail.com
    user_name: office@cycladessail.com
    password: "@@secret@@"
    authentication: plain
    enable_starttls_auto: true
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("yaml/decoy-placeholder", "config/integrations.example.yml", "https://yaml.org/spec/1.2.2/", """
# Copy to integrations.yml
nausys:
  username: "CHANGE_ME"
  password: "CHANGE_ME"
booking_manager:
  api_token: "<paste token from Booking Manager > Settings > API>"
stripe:
  secret_key: "sk_live_..."
mailchimp:
  api_key: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21"
""")

add("ansible/ldap-bind-password", "ansible/group_vars/office.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/ldap_entry_module.html", """
---
office_domain: bluewater.lan
ldap_server: ldaps://dc01.bluewater.lan
ldap_bind_dn: CN=svc-nextcloud,OU=Service,DC=bluewater,DC=lan
ldap_bind_pw: "@@secret@@"
nextcloud_admin_user: ncadmin
printers:
  - {name: office-mfp, ip: 192.168.10.40}
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/marina_routers.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
---
router_admin_user: admin
router_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v@@
wifi_ssid: Bluewater-Guests
""", v=vault_blob().replace("\n", "\n  "))

add("ansible/router-password", "ansible/host_vars/lefkas-base-gw.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/docsite/quickstart.html", """
---
ansible_host: 10.8.1.1
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: admin
ansible_password: @@secret@@
guest_vlan: 30
berth_cameras_vlan: 40
""", rand_pw(14))

add("terraform/aws-secret-access-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.60" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable", "infra/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "charter" {
  identifier          = "charter-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "charter"
  password            = var.db_password
  skip_final_snapshot = false
}
""")

add("terraform/database-password", "infra/envs/staging/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
module "db" {
  source         = "../../modules/rds"
  name           = "charter-staging"
  instance_class = "db.t4g.small"
  username       = "charter"
  password       = "@@secret@@"
}

module "booking" {
  source = "../../modules/ecs-service"
  image  = "ghcr.io/bluewater-charters/booking:staging"
}
""", rand_pw(24))

add("json/decoy-firebase-config", "app/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@k@@",
  "authDomain": "crew-app-bluewater.firebaseapp.com",
  "projectId": "crew-app-bluewater",
  "storageBucket": "crew-app-bluewater.appspot.com",
  "messagingSenderId": "482193077461",
  "appId": "1:482193077461:web:@@a@@"
}
""", k=google_api_key(), a=hexs(22))

add("json/google-service-account", "credentials/reviews-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "solent-sailing-reviews",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "reviews-bot@solent-sailing-reviews.iam.gserviceaccount.com",
  "client_id": "104928374650192837465",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40), pk="@@secret@@\\n")

add("json/mailchimp-api-key", "newsletter/config/production.json", "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", """
{
  "list": {
    "id": "a1c93e0f42",
    "name": "Sailing School Alumni"
  },
  "mailchimp": {
    "server": "us14",
    "apiKey": "@@secret@@"
  },
  "segments": ["dinghy-level-2", "day-skipper", "yachtmaster-prep"]
}
""", mailchimp_key())

add("json/decoy-package-lock", "booking-site/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-site",
  "version": "3.8.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/hubspot-private-app-token", "crm-sync/appsettings.json", "https://developers.hubspot.com/docs/api/private-apps", """
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "HubSpot": {
    "PortalId": 26480193,
    "AccessToken": "@@secret@@",
    "CharterLeadPipeline": "charter-enquiries"
  },
  "Sync": {"IntervalMinutes": 10}
}
""", hubspot_token())

add("json/decoy-redacted", "support/ticket-4471-export.json", "https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/", """
{
  "ticket": 4471,
  "subject": "Skipper cannot log into crew app",
  "requester": "m.papadakis@example.com",
  "notes": [
    {"author": "it-desk", "body": "Reset password, sent via SMS. New password: [REDACTED]"},
    {"author": "it-desk", "body": "Booking Manager token rotated; old token ************ revoked"}
  ],
  "status": "solved"
}
""")

add("toml/pypi-token", ".pypirc.toml", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# internal lib: bluewater-nausys (published to PyPI for the partner agencies)
[distutils]
index-servers = ["pypi"]

[pypi]
username = "__token__"
password = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "bluewater-nausys"
version = "1.6.0"
description = "Thin client for the NauSYS charter API"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2.7"]

[project.urls]
Homepage = "https://github.com/bluewater-charters/bluewater-nausys"

[tool.pytest.ini_options]
env = ["NAUSYS_USER=test-agency", "NAUSYS_PASSWORD=test-password"]
""")

add("toml/slack-bot-token", "bots/regatta-bot/config.toml", "https://api.slack.com/authentication/token-types#bot", """
[slack]
bot_token = "@@secret@@"
channel = "#regatta-results"

[results]
source = "https://www.sailwave.com/results/cowes-week-2026"
poll_seconds = 120
""", slack_bot())

add("ini/database-password", "reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[CharterDW]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:dw01.bluewater.lan,1433
Database    = CharterDW
UID         = powerbi_reader
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("ini/decoy-config-template", "backoffice/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
# real url comes from env.py (reads DATABASE_URL)
sqlalchemy.url = postgresql://user:password@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""")

add("ini/ftp-password", "tools/winscp-sites.ini", "https://winscp.net/eng/docs/ui_pref_storage", """
[Sessions\\\\marina-cams]
HostName=ftp.marina-portocarras.gr
UserName=cams_upload
Password=@@secret@@
FSProtocol=5
PortNumber=21

[Sessions\\\\brochure-host]
HostName=files.bluewater-charters.gr
UserName=brochures
""", rand_pw(12))

add("properties/database-password", "backoffice/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
spring.application.name=charter-backoffice
spring.datasource.url=jdbc:mysql://mysql-prod.bluewater.lan:3306/backoffice?useSSL=true
spring.datasource.username=backoffice
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
charter.bases=LEFKAS,CORFU,KOS,ALIMOS
""", words_pw())

add("properties/decoy-env-reference", "backoffice/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring.application.name=charter-backoffice
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
stripe.api-key=${STRIPE_SECRET_KEY:}
nausys.password=${NAUSYS_PASSWORD}
""")

add("properties/smtp-password", "school-app/config/mail.properties", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/package-summary", """
mail.smtp.host=smtp.zoho.eu
mail.smtp.port=465
mail.smtp.ssl.enable=true
mail.smtp.auth=true
mail.user=courses@adriaticsailingschool.hr
mail.password=@@secret@@
""", rand_pw(16))

add("xml/nuget-feed-password", "backoffice-net/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="bluewater" value="https://pkgs.dev.azure.com/bluewater/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <bluewater>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </bluewater>
  </packageSourceCredentials>
</configuration>
""", fakes.drawn(_seed(), 52, string.ascii_lowercase + string.digits))

add("xml/decoy-web-config-transform", "backoffice-net/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """
<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Charter"
         connectionString="Server=__DB_SERVER__;Database=Charter;User Id=__DB_USER__;Password=__DB_PASSWORD__;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="Stripe:SecretKey" value="#{StripeSecretKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""")

add("xml/sql-server-password", "backoffice-net/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Charter" providerName="System.Data.SqlClient"
         connectionString="Data Source=SQL01\\CHARTER;Initial Catalog=Charter;User ID=webapp;Password=@@secret@@;MultipleActiveResultSets=True" />
  </connectionStrings>
  <appSettings>
    <add key="DefaultBase" value="LEFKAS" />
    <add key="SeasonStart" value="2026-04-18" />
  </appSettings>
</configuration>
""", words_pw())

add("plist/decoy-google-service-info", "ios/CrewApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>@@k@@</string>
  <key>GCM_SENDER_ID</key>
  <string>482193077461</string>
  <key>BUNDLE_ID</key>
  <string>gr.bluewater.crewapp</string>
  <key>PROJECT_ID</key>
  <string>crew-app-bluewater</string>
</dict>
</plist>
""", k=google_api_key())

add("plist/revenuecat-secret-key", "ios/SchoolApp/Secrets.plist", "https://www.revenuecat.com/docs/projects/authentication", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>RevenueCatPublicKey</key>
  <string>appl_@@pub@@</string>
  <key>RevenueCatSecretKey</key>
  <string>@@secret@@</string>
</dict>
</plist>
""", fakes.fake("sk_", 32, _seed()), pub=fakes.drawn(_seed(), 27))

# ---------------------------------------------------------------- other languages
add("go/stripe-secret-key", "internal/payments/stripe.go", "https://docs.stripe.com/api/authentication", """
package payments

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/paymentintent"
)

func init() {
	stripe.Key = "@@secret@@"
}

func Deposit(bookingID string, cents int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(cents),
		Currency: stripe.String(string(stripe.CurrencyEUR)),
	}
	params.AddMetadata("booking_id", bookingID)
	return paymentintent.New(params)
}
""", stripe_key())

add("go/decoy-env-reference", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	NausysUser     string
	NausysPassword string
	StripeKey      string
}

func Load() Config {
	return Config{
		NausysUser:     os.Getenv("NAUSYS_USER"),
		NausysPassword: os.Getenv("NAUSYS_PASSWORD"),
		StripeKey:      os.Getenv("STRIPE_SECRET_KEY"),
	}
}
""")

add("go/mqtt-password", "cmd/telemetry-bridge/main.go", "https://pkg.go.dev/github.com/eclipse/paho.mqtt.golang#ClientOptions.SetPassword", """
package main

import (
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

func main() {
	opts := mqtt.NewClientOptions().
		AddBroker("tls://mqtt.fleet.bluewater-charters.gr:8883").
		SetClientID("telemetry-bridge").
		SetUsername("bridge").
		SetPassword("@@secret@@")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	c.Subscribe("fleet/+/bilge", 1, onBilge)
	select {}
}
""", passphrase())

add("java/booking-manager-token", "src/main/java/gr/bluewater/mmk/MmkClient.java", "https://api.booking-manager.com/swagger-ui (MMK Booking Manager API v2)", """
package gr.bluewater.mmk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class MmkClient {
    private static final String TOKEN = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String reservations(int year) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://www.booking-manager.com/api/v2/reservations?year=" + year))
            .header("Authorization", "Bearer " + TOKEN)
            .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", fakes.drawn_mixed(_seed(), 64))

add("java/decoy-test-constant", "src/test/java/gr/bluewater/mmk/MmkClientTest.java", "https://junit.org/junit5/docs/current/user-guide/", """
package gr.bluewater.mmk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.junit.jupiter.api.Test;

class MmkClientTest {
    private static final String TOKEN = "test-token";
    private static final String YACHT_ID = "@@u@@";

    @Test
    void parsesYacht() {
        var y = Fixtures.yacht(YACHT_ID, "Bavaria C42", 2021);
        assertEquals("Bavaria C42", y.model());
    }
}
""", u=uuid_s())

add("kotlin/google-maps-key", "android/app/src/main/java/gr/bluewater/crew/net/PlacesApi.kt", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
package gr.bluewater.crew.net

import okhttp3.OkHttpClient
import okhttp3.Request

object PlacesApi {
    // server key (places + directions) - restricted by IP on the proxy
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun nearbyMarinas(lat: Double, lng: Double): String {
        val url = "https://maps.googleapis.com/maps/api/place/nearbysearch/json?location=$lat,$lng&radius=20000&type=marina&key=$SERVER_KEY"
        return http.newCall(Request.Builder().url(url).build()).execute().body!!.string()
    }
}
""", google_api_key())

add("kotlin/decoy-buildconfig", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "gr.bluewater.crew"
    defaultConfig {
        applicationId = "gr.bluewater.crew"
        minSdk = 26
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.bluewater-charters.gr/\\"")
    }
}
""")

add("csharp/sendgrid-api-key", "Backoffice/Services/InvoiceMailer.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Backoffice.Services;

public class InvoiceMailer
{
    private readonly SendGridClient _client = new("@@secret@@");

    public async Task SendAsync(string to, string invoiceNo, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("accounts@bluewater-charters.gr", "Bluewater Accounts"),
            new EmailAddress(to), $"Invoice {invoiceNo}", "Please find your charter invoice attached.", null);
        msg.AddAttachment($"{invoiceNo}.pdf", Convert.ToBase64String(pdf));
        await _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("csharp/decoy-configuration", "Backoffice/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-bluewater-prod.vault.azure.net/"),
    new DefaultAzureCredential());

var stripeKey = builder.Configuration["Stripe:SecretKey"];
var conn = builder.Configuration.GetConnectionString("Charter");
builder.Services.AddDbContext<CharterDb>(o => o.UseSqlServer(conn));

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("csharp/azure-client-secret", "Backoffice/Graph/GraphFactory.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret", """
using Azure.Identity;
using Microsoft.Graph;

namespace Backoffice.Graph;

public static class GraphFactory
{
    // app registration "backoffice-mail" - sends skipper contracts from the shared mailbox
    public static GraphServiceClient Create() =>
        new(new ClientSecretCredential(
            "7c1e2f4a-3b9d-4e61-9a0f-2d5c8b7e1f30",
            "b4d2a9e7-61c3-4f08-8e2a-93f1c0d5a7b4",
            "@@secret@@"));
}
""", azure_secret())

add("php/woocommerce-consumer-secret", "wp-content/themes/sailschool/inc/shop-sync.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
<?php
// Pull course vouchers from the shop into the course planner
$wc = new Automattic\\WooCommerce\\Client(
    'https://shop.adriaticsailingschool.hr',
    'ck_@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3']
);

$orders = $wc->get('orders', ['status' => 'processing', 'per_page' => 50]);
foreach ($orders as $o) {
    sailschool_book_course($o->id, $o->billing->email);
}
""", "cs_" + hexs(40), ck=hexs(40))

add("php/decoy-wp-config-sample", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';
""")

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-password", """
<?php
/** Adriatic Sailing School - live site */
define( 'DB_NAME', 'ass_wp' );
define( 'DB_USER', 'ass_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'ass_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(20, "!#%^"))

add("ruby/square-access-token", "app/services/square_pos.rb", "https://developer.squareup.com/docs/build-basics/access-tokens", """
require "square"

# dockside shop POS (chandlery + coffee)
class SquarePos
  CLIENT = Square::Client.new(
    access_token: "@@secret@@",
    environment: "production"
  )

  def self.today_sales(location_id)
    CLIENT.orders.search_orders(body: { location_ids: [location_id] }).data
  end
end
""", square_token())

add("ruby/decoy-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Keys live in config/credentials/production.yml.enc
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", ""),
  deposit_percent: 30
}
""")

add("ruby/xero-client-secret", "lib/tasks/xero_export.rake", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
namespace :xero do
  desc "Push last week's charter invoices to Xero"
  task export: :environment do
    creds = {
      client_id: "@@cid@@",
      client_secret: "@@secret@@",
      grant_type: "client_credentials"
    }
    token = XeroRuby::ApiClient.new(credentials: creds).get_client_credentials_token
    InvoiceExport.new(token).run(since: 7.days.ago)
  end
end
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"), cid=upper_hex(32))

add("rust/decoy-env-reference", "telemetry/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub mqtt_url: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "tls://localhost:8883".into()),
            mqtt_user: env::var("MQTT_USER").expect("MQTT_USER"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("rust/victron-vrm-token", "telemetry/src/vrm.rs", "https://vrm-api-docs.victronenergy.com/#/operations/auth/accessTokens", """
use reqwest::blocking::Client;

const VRM_TOKEN: &str = "@@secret@@";
const INSTALLATION: u32 = 183_442; // "Meltemi II" Lagoon 42

pub fn battery_soc() -> reqwest::Result<String> {
    Client::new()
        .get(format!("https://vrmapi.victronenergy.com/v2/installations/{INSTALLATION}/diagnostics"))
        .header("X-Authorization", format!("Token {VRM_TOKEN}"))
        .send()?
        .text()
}
""", hexs(64))

add("swift/stripe-secret-key", "ios/SchoolApp/Payments/Backend.swift", "https://docs.stripe.com/keys", """
import Foundation

enum Backend {
    // TODO: move payment intent creation to the server before release
    static let stripeSecret = "@@secret@@"

    static func createIntent(amount: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amount)&currency=gbp".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
""", stripe_key())

add("swift/decoy-publishable-key", "ios/SchoolApp/AppDelegate.swift", "https://docs.stripe.com/keys#obtain-api-keys", """
import UIKit
import StripeCore

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        StripeAPI.defaultPublishableKey = "@@pk@@"
        return true
    }
}
""", pk=stripe_key("pk_live_"))

add("typescript/adyen-api-key", "booking-site/server/adyen.ts", "https://docs.adyen.com/development-resources/api-credentials/", """
import { Client, CheckoutAPI } from "@adyen/api-library";

const client = new Client({
  apiKey: "@@secret@@",
  environment: "LIVE",
  liveEndpointUrlPrefix: "a1b2c3d4e5f6a7b8-BluewaterCharters",
});

export const checkout = new CheckoutAPI(client);

export async function sessionFor(bookingId: string, amountEur: number) {
  return checkout.PaymentsApi.sessions({
    merchantAccount: "BluewaterChartersECOM",
    amount: { currency: "EUR", value: Math.round(amountEur * 100) },
    reference: bookingId,
    returnUrl: "https://book.bluewater-charters.gr/checkout/return",
  });
}
""", "AQE" + fakes.drawn(_seed(), 60) + "=-" + fakes.drawn(_seed(), 43, ALNUM + "+/") + "=-" + fakes.drawn(_seed(), 10))

add("typescript/decoy-public-config", "booking-site/src/config.ts", "https://docs.mapbox.com/help/glossary/access-token/", """
export const config = {
  apiBase: "https://api.bluewater-charters.gr/v2",
  mapboxToken: "@@mb@@",
  stripePublishableKey: "@@pk@@",
  recaptchaSiteKey: "6L@@rc@@",
  googleOAuthClientId: "482193077461-@@g@@.apps.googleusercontent.com",
};
""", mb=mapbox_public(), pk=stripe_key("pk_live_"), rc=fakes.drawn(_seed(), 38, ALNUM + "-_"), g=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("typescript/airtable-pat", "scripts/import-instructors.ts", "https://airtable.com/developers/web/guides/personal-access-tokens", """
import Airtable from "airtable";

const base = new Airtable({ apiKey: "@@secret@@" }).base("appR4kT9sailQ2x");

async function main() {
  const rows = await base("Instructors").select({ view: "Active 2026" }).all();
  for (const r of rows) {
    console.log(r.get("Name"), r.get("RYA Cert"), r.get("First Aid Expiry"));
  }
}

main();
""", airtable_pat())

# ---------------------------------------------------------------- shell, powershell, containers
add("shell/database-password", "scripts/backup_charter_db.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/usr/bin/env bash
# nightly dump of the charter db to the NAS in the Lefkas office
set -euo pipefail
export PGPASSWORD='@@secret@@'
STAMP=$(date +%F)
pg_dump -h pg-primary.bluewater.lan -U backup -Fc charter > "/mnt/nas/backups/charter-$STAMP.dump"
find /mnt/nas/backups -name 'charter-*.dump' -mtime +21 -delete
""", words_pw())

add("shell/decoy-env-reference", "scripts/restore_charter_db.sh", "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion", """
#!/usr/bin/env bash
set -euo pipefail
: "${PGPASSWORD:?export PGPASSWORD first (from 1Password: Charter DB / backup)}"
DUMP=${1:?usage: restore_charter_db.sh <dump-file>}
dropdb --if-exists -h localhost -U postgres charter_restore
createdb -h localhost -U postgres charter_restore
pg_restore -h localhost -U postgres -d charter_restore "$DUMP"
""")

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/sh
# clone every repo of the org onto the new office build box
TOKEN=@@secret@@
for repo in booking-site fleet-api crew-app backoffice bluewater-nausys; do
  git clone "https://x-access-token:${TOKEN}@github.com/bluewater-charters/${repo}.git"
done
""", fakes.github_token(_seed()))

add("shell/smtp-password", "scripts/test_mail.sh", "https://curl.se/docs/manpage.html#--mail-from", """
#!/bin/bash
# quick test that the office 365 relay still accepts us
curl --ssl-reqd --url 'smtp://smtp.office365.com:587' \\
  --user 'bookings@windwardsailingschool.com:@@secret@@' \\
  --mail-from 'bookings@windwardsailingschool.com' \\
  --mail-rcpt 'it@windwardsailingschool.com' \\
  --upload-file mail.txt
""", words_pw())

add("shell/decoy-checksum", "scripts/install_signalk.sh", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
#!/usr/bin/env bash
# installs signalk-server on the boat's raspberry pi
set -e
VERSION=2.10.0
curl -fsSLo signalk.tgz "https://registry.npmjs.org/signalk-server/-/signalk-server-${VERSION}.tgz"
echo "@@h@@  signalk.tgz" | sha256sum -c -
sudo npm install -g ./signalk.tgz
sudo systemctl enable --now signalk
""", h=sha256ish())

add("shell/mailgun-api-key", "ops/send_handover_checklist.sh", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """
#!/bin/bash
# sends the boat handover checklist PDF to the skipper
SKIPPER="$1"
curl -s --user 'api:@@secret@@' \\
  https://api.eu.mailgun.net/v3/mg.aegeanyachting.com/messages \\
  -F from='Aegean Yachting <bases@aegeanyachting.com>' \\
  -F to="$SKIPPER" \\
  -F subject='Your check-in checklist' \\
  -F attachment=@checklist.pdf
""", mailgun_key())

add("powershell/ad-admin-password", "it/New-SeasonStaff.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Creates AD accounts for seasonal instructors from the HR csv
Import-Module ActiveDirectory
$adminPw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("BLUEWATER\\svc-provision", $adminPw)

Import-Csv .\\season-staff-2026.csv | ForEach-Object {
    New-ADUser -Name $_.Name -SamAccountName $_.Login -Path "OU=Seasonal,DC=bluewater,DC=lan" `
        -AccountPassword (ConvertTo-SecureString $_.TempPassword -AsPlainText -Force) `
        -Enabled $true -Credential $cred
}
""", words_pw())

add("powershell/decoy-secret-management", "it/Connect-Backoffice.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Pulls the SQL credential from the local SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'CharterSql' -Vault 'BluewaterStore'
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=SQL01\\CHARTER;Database=Charter;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "Connected to Charter DB"
""")

add("powershell/wifi-psk", "it/Set-BaseWifi.ps1", "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan", """
# Adds the Corfu base office Wi-Fi profile to the reception laptops
$ssid = "BW-Corfu-Office"
$psk  = "@@secret@@"
$xml = Get-Content .\\wifi-template.xml -Raw
$xml = $xml.Replace("{SSID}", $ssid).Replace("{PSK}", $psk)
$xml | Out-File "$env:TEMP\\bw-corfu.xml"
netsh wlan add profile filename="$env:TEMP\\bw-corfu.xml" user=all
Remove-Item "$env:TEMP\\bw-corfu.xml"
""", passphrase())

add("dockerfile/npm-token", "booking-site/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/decoy-build-secret", "fleet-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV NAUSYS_PASSWORD="" \\
    PYTHONUNBUFFERED=1
CMD ["gunicorn", "fleet_api.wsgi", "-b", "0.0.0.0:8080"]
""")

add("dockerfile/datadog-api-key", "telemetry/Dockerfile", "https://docs.datadoghq.com/account_management/api-app-keys/", """
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /bridge ./cmd/telemetry-bridge

FROM gcr.io/distroless/static
COPY --from=build /bridge /bridge
ENV DD_API_KEY=@@secret@@ \\
    DD_SITE=datadoghq.eu \\
    DD_SERVICE=telemetry-bridge
ENTRYPOINT ["/bridge"]
""", datadog_key())

# ---------------------------------------------------------------- notebooks, docs, sql, csv, logs
add("notebook/postgres-password", "analysis/occupancy_2025.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Fleet occupancy 2025 by base"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@reporting.bluewater.lan/charter')\\n",
    "df = pd.read_sql('select * from weekly_occupancy where season = 2025', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot_table(index='week', columns='base', values='occupancy').plot()"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(14))

add("notebook/decoy-getpass", "analysis/reviews_sentiment.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "os.environ['OPENAI_API_KEY'] = getpass.getpass('OpenAI key: ')\\n",
    "reviews = pd.read_csv('exports/google_reviews_2025.csv')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Key is entered at run time; never paste it into a cell."]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/openai-api-key", "analysis/brochure_copy.ipynb", "https://platform.openai.com/docs/api-reference/authentication", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "prompt = 'Write 80 words on a Lagoon 42 catamaran for a family week in the Ionian.'\\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': prompt}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("markdown/router-admin-password", "docs/runbooks/base-office-network.md", "https://help.mikrotik.com/docs/display/ROS/First+Time+Configuration", """
# Lefkas base office network

| Device | IP | Login |
|---|---|---|
| MikroTik hEX (gateway) | 10.8.1.1 | admin / `@@secret@@` |
| UniFi controller | 10.8.1.5 | via SSO |
| Reception printer | 10.8.1.40 | no login |

The guest Wi-Fi (`Bluewater-Guests`) is on VLAN 30 and is isolated from the office LAN.
If the fibre drops, the LTE backup on ether5 takes over within 60 s.
""", words_pw())

add("markdown/decoy-example-key", "docs/integrations/stripe.md", "https://docs.stripe.com/keys", """
# Stripe integration

Deposits (30 %) are taken with a PaymentIntent at booking time; the balance is charged
six weeks before embarkation.

Keys come from the `STRIPE_SECRET_KEY` variable. In local dev use a **test** key from your own
Stripe account, e.g.:

```
STRIPE_SECRET_KEY=sk_test_<your test key>
```

Live keys are only in 1Password (vault "Payments") and in the production secret store.
""")

add("markdown/nausys-password", "docs/handover/2026-season-handover.md", "https://ws.nausys.com/CBMS-external/rest/ (NauSYS REST API)", """
# Handover to Eleni (office manager, 2026 season)

- NauSYS agency login: `bluewater.office` / @@secret@@ (change this after you log in!)
- Booking Manager: you already have your own user, ask Nikos for admin rights.
- Marina Lefkas berth invoices arrive on the 5th; approve them in Xero.
- Yacht "Meltemi II" has a new watermaker - warranty card is in the blue folder.
- Keys for the Corfu base safe are with Spyros.
""", words_pw())

add("markdown/decoy-docs-password-policy", "docs/it/passwords.md", "https://pages.nist.gov/800-63-4/sp800-63b.html", """
# Password rules for office and base staff

- Minimum 14 characters; a passphrase like `correct-horse-battery-staple` is fine.
- Never reuse the Booking Manager or NauSYS password anywhere else.
- Shared logins (router, marina portal, VRM) live in 1Password vault **Bases**.
- Example of a BAD password: `Bluewater2026!`
- Report lost phones to it@bluewater-charters.gr immediately.
""")

add("markdown/telegram-bot-token", "bots/README.md", "https://core.telegram.org/bots/features#botfather", """
# Instructor alert bots

## weather-alert-bot
Posts gust warnings to the instructors group.

Token (from BotFather, @SolentWxBot): `@@secret@@`

Run with `python bots/weather_alert_bot.py` on the office Pi (crontab every 30 min).

## regatta-bot
See `bots/regatta-bot/config.toml`.
""", fakes.telegram_token(_seed()))

add("sql/database-password", "db/migrations/V42__reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- reporting role for Power BI
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE charter TO powerbi_reader;
GRANT USAGE ON SCHEMA reporting TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO powerbi_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO powerbi_reader;
""", rand_pw(18))

add("sql/decoy-password-hashes", "db/seed/dev_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- dev seed: staff users (bcrypt hashes; dev password for all is in README)
INSERT INTO staff (email, role, password_hash) VALUES
  ('eleni@example.com', 'office', '$2b$12$@@h1@@'),
  ('nikos@example.com', 'admin',  '$2b$12$@@h2@@'),
  ('spyros@example.com', 'base',  '$2b$12$@@h3@@');
INSERT INTO bases (code, name) VALUES ('LEF', 'Lefkas'), ('CFU', 'Corfu'), ('KGS', 'Kos');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/linked-server-password", "db/sqlserver/linked_accounting.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """
EXEC master.dbo.sp_addlinkedserver
    @server = N'ACCOUNTING',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'acct01.bluewater.lan';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'ACCOUNTING',
    @useself = N'False',
    @rmtuser = N'charter_link',
    @rmtpassword = N'@@secret@@';
""", words_pw())

add("csv/decoy-booking-export", "exports/bookings_2026_week18.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_ref,yacht,base,embark,disembark,skipper_email,payment_intent,status
BW26-0418,Meltemi II,LEF,2026-05-02,2026-05-09,a.keller@example.com,pi_@@p1@@,paid
BW26-0422,Calypso,CFU,2026-05-02,2026-05-09,j.morgan@example.com,pi_@@p2@@,deposit
BW26-0431,Nereid,KGS,2026-05-03,2026-05-10,s.larsen@example.com,pi_@@p3@@,paid
BW26-0433,Aeolos,LEF,2026-05-03,2026-05-10,t.rossi@example.com,pi_@@p4@@,deposit
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("csv/device-passwords", "it/inventory/boat_routers.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
yacht,model,serial,lan_ip,admin_user,admin_password,sim_iccid
Meltemi II,Teltonika RUT241,1109482231,192.168.1.1,admin,@@secret@@,8930102201834456721
Calypso,Teltonika RUT241,1109482275,192.168.1.1,admin,@@p2@@,8930102201834456739
Nereid,GL.iNet Puli,GLP2209913,192.168.8.1,root,@@p3@@,8930102201834456747
Aeolos,Teltonika RUT241,1109482302,192.168.1.1,admin,@@p4@@,8930102201834456754
""", rand_pw(12), p2=rand_pw(12), p3=rand_pw(12), p4=rand_pw(12))

add("csv/decoy-yacht-list", "exports/fleet_2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
yacht_id,name,model,year,cabins,base,mmsi,nausys_id
@@u1@@,Meltemi II,Lagoon 42,2021,4,LEF,239874120,41823307
@@u2@@,Calypso,Bavaria C45,2022,4,CFU,239874133,41823315
@@u3@@,Nereid,Dufour 390,2020,3,KGS,239874146,41823329
@@u4@@,Aeolos,Sun Odyssey 410,2023,3,LEF,239874159,41823334
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("log/stripe-secret-key", "logs/booking-worker-2026-05-02.log", "https://docs.stripe.com/keys", """
2026-05-02T06:00:01Z INFO  worker starting, queue=deposits concurrency=4
2026-05-02T06:00:01Z DEBUG stripe client configured api_version=2024-06-20 key=@@secret@@
2026-05-02T06:00:02Z INFO  charging balance booking=BW26-0418 amount=5880.00 EUR
2026-05-02T06:00:03Z INFO  charged booking=BW26-0418 pi=pi_3PqL2cHarter01 status=succeeded
2026-05-02T06:00:03Z INFO  charging balance booking=BW26-0431 amount=4310.00 EUR
2026-05-02T06:00:04Z WARN  card declined booking=BW26-0431 code=insufficient_funds
""", stripe_key())

add("log/decoy-masked-token", "logs/fleet-sync-2026-05-02.log", "https://12factor.net/logs", """
2026-05-02 02:30:00,114 INFO sync.nausys: login user=rest@bluewater-charters password=******** ok
2026-05-02 02:30:02,871 INFO sync.nausys: 41 yachts, 1288 periods fetched
2026-05-02 02:30:03,002 INFO sync.mmk: token=eyJh...<redacted> company=4417
2026-05-02 02:30:05,440 INFO sync.mmk: 39 yachts updated, 2 unchanged
2026-05-02 02:30:05,441 INFO sync: done in 5.3s request_id=@@u@@
""", u=uuid_s())

add("log/smtp-password", "logs/mailer-debug.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel", """
send: 'ehlo office-pi\\r\\n'
reply: b'250-smtp.office365.com Hello\\r\\n'
send: 'STARTTLS\\r\\n'
reply: b'220 2.0.0 SMTP server ready\\r\\n'
DEBUG mailer: login user=bookings@windwardsailingschool.com pass=@@secret@@
send: 'AUTH LOGIN Ym9va2luZ3NAd2luZHdhcmRzYWlsaW5nc2Nob29sLmNvbQ==\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
""", words_pw())

# ---------------------------------------------------------------- more vendors, more forms
add("python/sumup-api-key", "dockside/sumup_sync.py", "https://developer.sumup.com/api/authentication", """
\"\"\"Pulls the day's card-reader sales from the dockside kiosk into the ledger.\"\"\"
import datetime as dt
import requests

SUMUP_KEY = "@@secret@@"
MERCHANT = "MCXQ8RTA"

def sales(day: dt.date):
    r = requests.get(f"https://api.sumup.com/v2.1/merchants/{MERCHANT}/transactions/history",
                     headers={"Authorization": f"Bearer {SUMUP_KEY}"},
                     params={"oldest_time": f"{day}T00:00:00Z", "limit": 100}, timeout=20)
    r.raise_for_status()
    return r.json()["items"]
""", fakes.fake("sup_sk_", 32, _seed()))

add("python/gocardless-access-token", "school/billing/direct_debit.py", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", """
import gocardless_pro

# club membership + winter theory course instalments
client = gocardless_pro.Client(
    access_token="@@secret@@",
    environment="live",
)


def collect(mandate_id: str, pence: int, ref: str):
    return client.payments.create(params={
        "amount": pence, "currency": "GBP", "reference": ref,
        "links": {"mandate": mandate_id},
    })
""", fakes.fake("live_", 40, _seed()))

add("python/ldap-bind-password", "backoffice/auth/ldap_login.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", """
from ldap3 import Server, Connection, ALL, SUBTREE

SERVER = Server("ldaps://dc01.bluewater.lan", get_info=ALL)
BIND_DN = "CN=svc-backoffice,OU=Service,DC=bluewater,DC=lan"


def staff_groups(login: str) -> list:
    conn = Connection(SERVER, user=BIND_DN, password="@@secret@@", auto_bind=True)
    conn.search("DC=bluewater,DC=lan", f"(sAMAccountName={login})", SUBTREE, attributes=["memberOf"])
    return [str(g) for g in conn.entries[0].memberOf] if conn.entries else []
""", words_pw())

add("python/decoy-regex", "tools/scrub_logs.py", "https://docs.python.org/3/library/re.html", r'''
"""Masks card numbers and API keys before logs are shipped to the support vendor."""
import re

PATTERNS = [
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    re.compile(r"\b(?:\d[ -]?){13,16}\b"),
    re.compile(r"(?i)password=\S+"),
    re.compile(r"SG\.[\w-]{22}\.[\w-]{43}"),
]


def scrub(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[MASKED]", line)
    return line
''')

add("python/marinetraffic-api-key", "fleet/positions.py", "https://servicedocs.marinetraffic.com/tag/Vessel-Positions", """
import requests

MT_KEY = "@@secret@@"
FLEET_MMSI = [239874120, 239874133, 239874146, 239874159]


def positions():
    url = f"https://services.marinetraffic.com/api/exportvessels/v:8/{MT_KEY}/timespan:20/protocol:jsono"
    data = requests.get(url, timeout=30).json()
    return [v for v in data if int(v["MMSI"]) in FLEET_MMSI]
""", hexs(40))

add("python/decoy-sentry-dsn", "fleet_api/observability.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import os
import sentry_sdk

# The DSN only allows sending events; Sentry documents it as safe to expose.
sentry_sdk.init(
    dsn=os.getenv("SENTRY_DSN", "https://@@k@@@o4507712.ingest.de.sentry.io/4507714"),
    environment=os.getenv("APP_ENV", "dev"),
    traces_sample_rate=0.1,
)
""", k=hexs(32))

add("python/private-key", "deploy/ssh_deploy.py", "https://docs.paramiko.org/en/stable/api/keys.html", """
import io
import paramiko

DEPLOY_KEY = \"\"\"@@secret@@\"\"\"


def run(host: str, cmd: str) -> str:
    key = paramiko.RSAKey.from_private_key(io.StringIO(DEPLOY_KEY))
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username="deploy", pkey=key)
    _, out, _ = c.exec_command(cmd)
    return out.read().decode()
""", pem())

add("python/decoy-fixture-key", "tests/fixtures/keys.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/", """
\"\"\"Throwaway keys generated at test time for the webhook signature tests.\"\"\"
from cryptography.hazmat.primitives.asymmetric import rsa


def throwaway_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


WEBHOOK_SECRET_FOR_TESTS = "whsec_test_not_a_real_secret"
EXPECTED_SIGNATURE_HEADER = "t=1714636800,v1=@@sig@@"
""", sig=sha256ish())

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

mirror-to-github:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror https://oauth2:@@secret@@@gitlab.com/solent-sailing/school-site.git
  only: [main]
""", gitlab_token())

add("yaml/decoy-ci-variables", ".gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/", """
deploy:
  stage: deploy
  image: registry.gitlab.com/solent-sailing/deploy-tools:1.4
  variables:
    DEPLOY_HOST: web01.solentsailing.co.uk
  script:
    - echo "$SSH_DEPLOY_KEY" | ssh-add -
    - ssh deploy@$DEPLOY_HOST "cd /srv/school && ./release.sh $CI_COMMIT_SHA"
  environment: production
  only: [main]
""")

add("yaml/discord-webhook", "config/notifications.yaml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
notifications:
  new_booking:
    channel: discord
    url: @@secret@@
    template: "New booking {{ ref }}: {{ yacht }} from {{ base }}, {{ embark }}"
  maintenance_due:
    channel: email
    to: technical@aegeanyachting.com
""", discord_webhook())

add("yaml/shopify-admin-token", "chandlery/shopify.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
shop: bluewater-chandlery.myshopify.com
api_version: "2024-07"
admin_access_token: @@secret@@
sync:
  collections: [ropes-and-rigging, safety, clothing]
  stock_location: Lefkas base store
""", shopify_token())

add("yaml/decoy-helm-values", "charts/booking/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: ghcr.io/bluewater-charters/booking
  tag: ""
env:
  APP_ENV: production
existingSecret: booking-stripe
externalSecrets:
  enabled: true
  secretStore: aws-secretsmanager
  keys:
    - STRIPE_SECRET_KEY
    - MMK_TOKEN
""")

add("yaml/ftp-password", "cams/uploader.yaml", "https://docs.python.org/3/library/ftplib.html", """
# webcam snapshots from the pontoon -> website "conditions now" page
cameras:
  - name: pontoon-a
    rtsp: rtsp://10.8.40.11/stream1
  - name: harbour-mouth
    rtsp: rtsp://10.8.40.12/stream1
upload:
  host: ftp.marina-portocarras.gr
  user: cams_upload
  password: @@secret@@
  every_seconds: 300
""", rand_pw(12))

add("yaml/cloudflare-api-token", "infra/dns/octodns.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@secret@@
zones:
  bluewater-charters.gr.:
    sources: [config]
    targets: [cloudflare]
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """
openapi: 3.0.3
info: {title: Bluewater Fleet API, version: 2.14.0}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
paths:
  /yachts:
    get:
      security: [{bearerAuth: []}]
      parameters:
        - name: Authorization
          in: header
          example: "Bearer <token>"
      responses:
        "200": {description: Yachts with availability}
""")

_nausys_k8s = words_pw()
add("k8s-secret/nausys-password", "k8s/sync/nausys-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret", """
apiVersion: v1
kind: Secret
metadata:
  name: nausys
  namespace: charter
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@p@@
""", _nausys_k8s, u=b64("rest@bluewater-charters"), p=b64(_nausys_k8s))

add("k8s-secret/decoy-empty-template", "k8s/templates/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: ${APP}-credentials
  namespace: charter
type: Opaque
stringData:
  DB_PASSWORD: "${DB_PASSWORD}"
  API_TOKEN: "${API_TOKEN}"
""")

add("k8s/datadog-api-key", "k8s/monitoring/datadog-agent.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """
apiVersion: datadoghq.com/v2alpha1
kind: DatadogAgent
metadata:
  name: datadog
  namespace: monitoring
spec:
  global:
    site: datadoghq.eu
    clusterName: charter-prod
    credentials:
      apiKey: @@secret@@
  features:
    logCollection: {enabled: true}
""", datadog_key())

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
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
          role-to-assume: arn:aws:iam::418273645091:role/gh-terraform-plan
          aws-region: eu-central-1
      - run: terraform -chdir=infra init && terraform -chdir=infra plan
""")

add("github-actions/sentry-auth-token", ".github/workflows/crew-app.yml", "https://docs.sentry.io/account/auth-tokens/", """
name: crew app release
on:
  push:
    tags: ["crew-v*"]
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: fastlane ios release
      - name: upload dSYMs
        run: sentry-cli debug-files upload --org bluewater --project crew-ios build/
        env:
          SENTRY_AUTH_TOKEN: @@secret@@
""", sentry_auth())

add("ansible/decoy-vault-lookup", "ansible/roles/booking/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
booking_port: 8080
booking_stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/booking:stripe_secret_key') }}"
booking_db_password: "{{ vault_booking_db_password }}"
booking_workers: 4
booking_base_url: https://book.bluewater-charters.gr
""")

add("ansible/smtp-password", "ansible/roles/postfix/vars/main.yml", "https://www.postfix.org/SASL_README.html#client_sasl_enable", """
---
postfix_relayhost: "[smtp.eu.mailgun.org]:587"
postfix_sasl_user: postmaster@mg.aegeanyachting.com
postfix_sasl_password: "@@secret@@"
postfix_mynetworks:
  - 127.0.0.0/8
  - 10.20.0.0/16
""", rand_pw(32, "-"))

add("terraform/decoy-random-password", "infra/modules/rds/main.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.master.result
}

output "db_secret_arn" {
  value = aws_secretsmanager_secret.db.arn
}
""")

add("terraform/digitalocean-token", "infra/school/main.tf", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "school_web" {
  name   = "solent-school-web"
  region = "lon1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
}
""", "dop_v1_" + hexs(64))

add("json/decoy-appsettings-development", "crm-sync/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "HubSpot": {
    "PortalId": 0,
    "AccessToken": "",
    "CharterLeadPipeline": "charter-enquiries"
  },
  "ConnectionStrings": {
    "Crm": "Server=(localdb)\\\\MSSQLLocalDB;Database=CrmSync;Trusted_Connection=True"
  }
}
""")

add("json/twilio-auth-token", "functions/sms-handover/.runtimeconfig.json", "https://firebase.google.com/docs/functions/config-env", """
{
  "twilio": {
    "account_sid": "@@sid@@",
    "auth_token": "@@secret@@",
    "from": "+302645099120"
  },
  "handover": {
    "remind_hours": 20,
    "bases": ["LEF", "CFU", "KGS"]
  }
}
""", hexs(32), sid=twilio_sid())

add("json/decoy-composer-lock", "wp-content/plugins/sail-booking/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """
{
    "content-hash": "@@h@@",
    "packages": [
        {
            "name": "stripe/stripe-php",
            "version": "v15.3.0",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/stripe/stripe-php/zipball/@@c@@",
                "reference": "@@c@@",
                "shasum": ""
            }
        }
    ]
}
""", h=hexs(32), c=hexs(40))

add("json/vscode-sftp-password", "booking-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "school site (live)",
    "host": "web01.solentsailing.co.uk",
    "protocol": "sftp",
    "port": 22,
    "username": "deploy",
    "password": "@@secret@@",
    "remotePath": "/srv/school/public",
    "uploadOnSave": true
}
""", words_pw())

add("json/decoy-jwks", "fleet-api/tests/data/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("toml/decoy-netlify", "school-site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_STRIPE_KEY = "@@pk@@"

[[redirects]]
  from = "/book/*"
  to = "https://book.solentsailing.co.uk/:splat"
  status = 301
""", pk=stripe_key("pk_live_"))

add("toml/database-password", "telemetry/config/production.toml", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html", """
[server]
bind = "0.0.0.0:9000"

[database]
url = "postgres://telemetry:@@secret@@@ts.bluewater.lan:5432/telemetry"
max_connections = 8

[alerts]
bilge_cycles_per_hour = 6
battery_soc_min = 40
""", rand_pw(22))

add("ini/decoy-php-ini", "docker/php/php.ini", "https://www.php.net/manual/en/ini.list.php", """
[PHP]
memory_limit = 256M
upload_max_filesize = 32M
post_max_size = 32M
session.cookie_secure = 1
session.cookie_httponly = 1

[mail function]
SMTP = localhost
smtp_port = 25
sendmail_path = /usr/sbin/sendmail -t -i
""")

add("ini/mysql-password", "backoffice/.my.cnf", "https://dev.mysql.com/doc/refman/8.4/en/option-files.html", """
[client]
host=mysql-prod.bluewater.lan
user=backoffice_admin
password="@@secret@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
""", words_pw())

add("ini/pypi-token", "bluewater-nausys/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
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

add("properties/decoy-jasypt", "backoffice/src/main/resources/application-staging.properties", "http://www.jasypt.org/encrypting-configuration.html", """
spring.datasource.url=jdbc:mysql://mysql-staging.bluewater.lan:3306/backoffice
spring.datasource.username=backoffice
spring.datasource.password=ENC(@@e@@)
stripe.api-key=ENC(@@e2@@)
jasypt.encryptor.password=${JASYPT_PASSWORD}
""", e1="", e=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("properties/gradle-repo-password", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
kotlin.code.style=official
bluewaterMavenUser=ci-reader
bluewaterMavenPassword=@@secret@@
""", fakes.drawn_mixed(_seed(), 40))

add("xml/decoy-maven-settings", "ci/maven-settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings>
  <servers>
    <server>
      <id>bluewater-releases</id>
      <username>${env.MAVEN_USER}</username>
      <password>${env.MAVEN_PASSWORD}</password>
    </server>
    <server>
      <id>bluewater-snapshots</id>
      <username>ci</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

_fz = b64(words_pw())  # labelled as written: FileZilla stores the password base64-encoded
add("xml/filezilla-password", "it/exports/FileZilla-sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.yachtbrokers-partner.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>bluewater</User>
      <Pass encoding="base64">@@p@@</Pass>
      <Name>Broker partner price lists</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _fz, p=_fz)

add("go/decoy-test-token", "internal/mmk/client_test.go", "https://pkg.go.dev/net/http/httptest", """
package mmk

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestYachtsSendsBearer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer test-token-123" {
			t.Fatalf("missing bearer")
		}
		w.Write([]byte(`[]`))
	}))
	defer srv.Close()
	New(srv.URL, "test-token-123").Yachts(4417)
}
""")

add("go/redis-password", "internal/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html#connecting-to-redis-server", """
package cache

import "github.com/redis/go-redis/v9"

func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache.bluewater.lan:6379",
		Password: "@@secret@@",
		DB:       3,
	})
}
""", fakes.redis_password(_seed()))

add("java/decoy-annotation", "src/main/java/gr/bluewater/backoffice/StripeConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package gr.bluewater.backoffice;

import com.stripe.Stripe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {
    public StripeConfig(@Value("${stripe.api-key}") String apiKey) {
        Stripe.apiKey = apiKey;
    }
}
""")

add("java/smtp-password", "src/main/java/gr/bluewater/backoffice/mail/MailConfig.java", "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/mail/javamail/JavaMailSenderImpl.html", """
package gr.bluewater.backoffice.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration
public class MailConfig {
    @Bean
    JavaMailSenderImpl mailSender() {
        var s = new JavaMailSenderImpl();
        s.setHost("smtp.office365.com");
        s.setPort(587);
        s.setUsername("contracts@bluewater-charters.gr");
        s.setPassword("@@secret@@");
        s.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        return s;
    }
}
""", words_pw())

add("kotlin/basic-auth-header", "android/app/src/main/java/gr/bluewater/crew/net/MarinaApi.kt", "https://datatracker.ietf.org/doc/html/rfc7617", """
package gr.bluewater.crew.net

import okhttp3.Interceptor

// Marina Lefkas berth booking portal - shared agency account
class MarinaAuth : Interceptor {
    override fun intercept(chain: Interceptor.Chain) = chain.proceed(
        chain.request().newBuilder()
            .header("Authorization", "Basic @@secret@@")
            .build()
    )
}
""", b64("bluewater.agency:" + words_pw()))

add("csharp/decoy-user-secrets-id", "Backoffice/Backoffice.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Stripe.net" Version="45.3.0" />
    <PackageReference Include="SendGrid" Version="9.29.3" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("csharp/database-password", "Backoffice/Data/CharterDbFactory.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Backoffice.Data;

// used only by `dotnet ef migrations` on the dev box
public class CharterDbFactory : IDesignTimeDbContextFactory<CharterDb>
{
    public CharterDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CharterDb>()
            .UseSqlServer("Server=sql01.bluewater.lan;Database=Charter;User Id=sa;Password=@@secret@@;TrustServerCertificate=True")
            .Options);
}
""", words_pw())

add("php/stripe-secret-key", "wp-content/plugins/sail-booking/includes/class-payments.php", "https://docs.stripe.com/api/authentication?lang=php", """
<?php
class Sail_Booking_Payments {
    const STRIPE_SECRET = '@@secret@@';

    public function create_intent( $course_id, $amount_pence ) {
        $stripe = new \\Stripe\\StripeClient( self::STRIPE_SECRET );
        return $stripe->paymentIntents->create( [
            'amount'   => $amount_pence,
            'currency' => 'gbp',
            'metadata' => [ 'course_id' => $course_id ],
        ] );
    }
}
""", stripe_key())

add("php/decoy-getenv", "wp-content/plugins/sail-booking/includes/config.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
defined( 'ABSPATH' ) || exit;

define( 'SAIL_BOOKING_STRIPE_SECRET', getenv( 'STRIPE_SECRET_KEY' ) ?: '' );
define( 'SAIL_BOOKING_STRIPE_PUBLIC', 'pk_live_REPLACE_ME' );
define( 'SAIL_BOOKING_DEPOSIT_PENCE', 15000 );
define( 'SAIL_BOOKING_CURRENCY', 'gbp' );
""")

add("ruby/decoy-rspec-fixture", "spec/services/square_pos_spec.rb", "https://rspec.info/features/3-13/rspec-mocks/", """
require "rails_helper"

RSpec.describe SquarePos do
  let(:fake_token) { "EAAAE-fake-token-for-specs" }
  let(:location_id) { "L8Z3KD9QW1X7" }

  it "searches orders for the location" do
    client = instance_double(Square::Client)
    allow(client).to receive_message_chain(:orders, :search_orders).and_return(double(data: []))
    stub_const("SquarePos::CLIENT", client)
    expect(SquarePos.today_sales(location_id)).to eq([])
  end
end
""")

add("ruby/database-password", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: crewdesk_development

production:
  <<: *default
  database: crewdesk
  username: crewdesk
  password: @@secret@@
  host: pg-primary.bluewater.lan
""", words_pw())

add("rust/decoy-hex-constants", "telemetry/src/nmea.rs", "https://gpsd.gitlab.io/gpsd/NMEA.html", """
/// PGNs we decode from the NMEA 2000 bus, and the fixed device name of our gateway.
pub const PGN_BATTERY_STATUS: u32 = 127508;
pub const PGN_FLUID_LEVEL: u32 = 127505;
pub const PGN_WIND_DATA: u32 = 130306;
pub const GATEWAY_NAME: u64 = 0xc0_32_00_1e_a3_5f_19_80;
pub const FIRMWARE_SHA256: &str = "@@h@@";
""", h=sha256ish())

add("rust/mqtt-password", "telemetry/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("meltemi-ii", "mqtt.fleet.bluewater-charters.gr", 8883);
    opts.set_credentials("meltemi-ii", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("fleet/meltemi-ii/cmd", QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() {
        println!("{ev:?}");
    }
}
""", rand_pw(20))

add("swift/decoy-keychain", "ios/CrewApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security
import Foundation

enum TokenStore {
    static let service = "gr.bluewater.crewapp.session"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("swift/weather-api-key", "ios/SchoolApp/Weather/WindService.swift", "https://www.weatherapi.com/docs/", """
import Foundation

struct WindService {
    private let key = "@@secret@@"

    func current(at spot: String) async throws -> Data {
        let q = spot.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? spot
        let url = URL(string: "https://api.weatherapi.com/v1/current.json?key=\\(key)&q=\\(q)")!
        return try await URLSession.shared.data(from: url).0
    }
}
""", hexs(31))

add("typescript/decoy-env-reference", "booking-site/server/env.ts", "https://zod.dev/", """
import { z } from "zod";

const Env = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  ADYEN_API_KEY: z.string().min(20),
  DATABASE_URL: z.string().url(),
  MMK_TOKEN: z.string(),
});

export const env = Env.parse(process.env);
""")

add("typescript/hubspot-token", "crm/hooks/enquiry.ts", "https://developers.hubspot.com/docs/api/crm/contacts", """
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export async function onCharterEnquiry(form: { email: string; name: string; dates: string; yacht?: string }) {
  await hubspot.crm.contacts.basicApi.create({
    properties: {
      email: form.email,
      firstname: form.name,
      charter_dates: form.dates,
      preferred_yacht: form.yacht ?? "",
    },
    associations: [],
  });
}
""", hubspot_token())

add("typescript/slack-webhook", "booking-site/server/notify.ts", "https://api.slack.com/messaging/webhooks", """
const SLACK_URL = "@@secret@@";

export async function notifyBooking(ref: string, yacht: string, base: string) {
  await fetch(SLACK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:sailboat: New booking ${ref} - ${yacht} from ${base}` }),
  });
}
""", slack_webhook())

# ---------------------------------------------------------------- runbooks, exports, last formats
add("markdown/aws-access-key", "docs/runbooks/brochure-bucket.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Brochure bucket

The season PDFs live in `s3://bluewater-brochures/<year>/`. Marketing uploads them with the
`brochure-uploader` IAM user:

```ini
[brochures]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
```

Then: `aws --profile brochures s3 cp ./2026 s3://bluewater-brochures/2026 --recursive`
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-docs-example", "docs/onboarding/aws-cli.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Setting up the AWS CLI

Ask IT for your own IAM user; never share keys. Your `~/.aws/credentials` will look like
the AWS documentation example:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Prefer `aws sso login --profile bluewater` where you can.
""")

add("markdown/vrm-password", "docs/boats/meltemi-ii.md", "https://www.victronenergy.com/live/vrm_portal:start", """
# Meltemi II (Lagoon 42, 2021)

- MMSI 239874120, call sign SVA4412
- Batteries: 4x 200 Ah LiFePO4, Cerbo GX, VRM installation 183442
- VRM login for base techs: techs@bluewater-charters.gr / @@secret@@
- Router: Teltonika RUT241 (see inventory csv)
- Watermaker: Schenker Zen 50, serviced 2026-03-14

Known issue: port engine alternator belt squeals when cold; not urgent.
""", words_pw())

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.14.0] - 2026-04-02
### Added
- Booking Manager v2 sync (commit @@c1@@).
- Deposit refunds via Stripe webhooks.

## [2.13.2] - 2026-03-11
### Fixed
- NauSYS periods lost when a yacht changed base (commit @@c2@@).
""", c1=hexs(40), c2=hexs(40))

add("markdown/decoy-webhook-docs", "docs/integrations/webhooks.md", "https://docs.stripe.com/webhooks#verify-events", """
# Incoming webhooks

| Source | Endpoint | Verified by |
|---|---|---|
| Stripe | `/hooks/stripe` | `Stripe-Signature` header, secret `STRIPE_WEBHOOK_SECRET` |
| Mollie | `/hooks/mollie` | refetch payment by id |
| Booking Manager | `/hooks/mmk` | shared secret in `MMK_HOOK_SECRET` |

Secrets are in the production secret store; locally use `stripe listen` which prints a
temporary `whsec_...` value for your session.
""")

add("markdown/google-oauth-client-secret", "docs/it/google-workspace-sso.md", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
# Google Workspace SSO for the crew portal

OAuth client "crew-portal-web" in project `crew-app-bluewater`:

- Client ID: `482193077461-@@cid@@.apps.googleusercontent.com`
- Client secret: `@@secret@@`
- Redirect URI: `https://crew.aegeanyachting.com/auth/google/callback`

Only @aegeanyachting.com accounts may sign in (hd parameter).
""", fakes.fake("GOCSPX-", 28, _seed()), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("sql/decoy-schema", "db/migrations/V12__payment_tokens.sql", "https://www.postgresql.org/docs/current/ddl-constraints.html", """
-- we store only the processor's ids, never card data or keys
CREATE TABLE payment_refs (
    booking_ref      text PRIMARY KEY,
    stripe_pi        text CHECK (stripe_pi LIKE 'pi_%'),
    stripe_customer  text CHECK (stripe_customer LIKE 'cus_%'),
    mollie_payment   text CHECK (mollie_payment LIKE 'tr_%'),
    api_key_hint     char(4),
    created_at       timestamptz NOT NULL DEFAULT now()
);
""")

add("sql/integration-api-key", "db/seed/integrations_prod.sql", "https://api.booking-manager.com/swagger-ui (MMK Booking Manager API v2)", """
-- prod integration settings (run once after restore)
UPDATE integration_settings SET value = 'https://www.booking-manager.com/api/v2' WHERE key = 'mmk.base_url';
UPDATE integration_settings SET value = '@@secret@@' WHERE key = 'mmk.api_token';
UPDATE integration_settings SET value = '4417' WHERE key = 'mmk.company_id';
UPDATE integration_settings SET value = 'true' WHERE key = 'mmk.enabled';
""", fakes.drawn_mixed(_seed(), 64))

add("csv/decoy-api-key-ids", "exports/api_keys_audit_2026q1.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
service,key_name,key_id,last4,created,owner,rotated
Stripe,booking-site,rk_id_@@a@@,x9Qe,2025-11-02,nikos,yes
Mailgun,crew-portal,@@b@@,7c1f,2025-09-18,eleni,yes
NauSYS,sync,user:rest@bluewater-charters,****,2024-04-01,nikos,no
Booking Manager,sync,key #4417-2,Zt0p,2026-01-10,nikos,yes
AWS,brochure-uploader,@@c@@,n/a,2025-02-14,marketing,due
""", a=fakes.drawn(_seed(), 14), b=uuid_s(), c=fakes.aws_key_id(_seed()))

add("csv/student-portal-passwords", "exports/instructor_accounts_2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
name,email,portal_login,temp_password,courses
Amy Hughes,amy.hughes@solentsailing.co.uk,ahughes,@@secret@@,"Dinghy L1, L2"
Tom Price,tom.price@solentsailing.co.uk,tprice,@@p2@@,"Day Skipper"
Ravi Shah,ravi.shah@solentsailing.co.uk,rshah,@@p3@@,"Competent Crew"
Lena Fox,lena.fox@solentsailing.co.uk,lfox,@@p4@@,"Powerboat L2"
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("log/decoy-access-log", "logs/nginx-access-book.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
203.0.113.41 - - [02/May/2026:09:14:02 +0000] "GET /yachts?base=LEF&from=2026-06-13 HTTP/2.0" 200 18231 "-" "Mozilla/5.0"
203.0.113.41 - - [02/May/2026:09:14:09 +0000] "GET /yachts/@@u@@ HTTP/2.0" 200 9120 "-" "Mozilla/5.0"
198.51.100.7 - - [02/May/2026:09:15:31 +0000] "POST /hooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
203.0.113.41 - - [02/May/2026:09:16:44 +0000] "POST /checkout/session HTTP/2.0" 200 611 "-" "Mozilla/5.0"
192.0.2.15 - - [02/May/2026:09:17:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
""", u=uuid_s())

add("log/basic-auth-url", "logs/cams-uploader.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", """
[2026-05-02 07:00:00] snapshot pontoon-a ok (412 KB)
[2026-05-02 07:00:01] upload ftp://cams_upload:@@secret@@@ftp.marina-portocarras.gr/live/pontoon-a.jpg ok
[2026-05-02 07:00:02] snapshot harbour-mouth ok (388 KB)
[2026-05-02 07:00:03] upload ftp://cams_upload:@@secret@@@ftp.marina-portocarras.gr/live/harbour-mouth.jpg ok
[2026-05-02 07:05:00] snapshot pontoon-a ok (409 KB)
""", rand_pw(12))

add("env/decoy-test-keys", "booking-site/.env.test", "https://docs.stripe.com/keys#test-live-modes", """
# CI test env - points at the local stripe-mock, no real account
STRIPE_SECRET_KEY=sk_test_123
STRIPE_API_BASE=http://localhost:12111
DATABASE_URL=postgresql://test:test@localhost:5432/booking_test
MMK_TOKEN=dummy
MAILGUN_API_KEY=key-test
""")

add("env/zoom-client-secret", "school-online/.env", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", """
# winter theory evenings (Day Skipper shore-based) run on Zoom
ZOOM_ACCOUNT_ID=@@acc@@
ZOOM_CLIENT_ID=@@cid@@
ZOOM_CLIENT_SECRET=@@secret@@
DEFAULT_HOST=theory@solentsailing.co.uk
""", fakes.drawn_mixed(_seed(), 32), acc=fakes.drawn(_seed(), 22, ALNUM + "-_"), cid=fakes.drawn(_seed(), 22))

add("env/github-fine-grained-token", "tools/release-bot/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", """
GITHUB_OWNER=bluewater-charters
GITHUB_REPOS=booking-site,fleet-api,crew-app
GITHUB_TOKEN=@@secret@@
RELEASE_NOTES_CHANNEL=#releases
DRY_RUN=false
""", fakes.github_fine_grained_token(_seed()))

add("env/decoy-ids-only", "crew-app/.env.production", "https://docs.expo.dev/guides/environment-variables/", """
EXPO_PUBLIC_API_URL=https://crew.aegeanyachting.com/api
EXPO_PUBLIC_SENTRY_DSN=https://@@k@@@o4507712.ingest.de.sentry.io/4507719
EXPO_PUBLIC_GOOGLE_IOS_CLIENT_ID=482193077461-@@g@@.apps.googleusercontent.com
EXPO_PUBLIC_ONESIGNAL_APP_ID=@@u@@
EXPO_PUBLIC_BUILD=412
""", k=hexs(32), g=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), u=uuid_s())

add("compose/decoy-secrets-files", "office/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  nextcloud:
    image: nextcloud:29
    environment:
      POSTGRES_HOST: db
      POSTGRES_PASSWORD_FILE: /run/secrets/nc_db_password
      NEXTCLOUD_ADMIN_PASSWORD_FILE: /run/secrets/nc_admin_password
    secrets: [nc_db_password, nc_admin_password]
secrets:
  nc_db_password:
    file: ./secrets/nc_db_password.txt
  nc_admin_password:
    file: ./secrets/nc_admin_password.txt
""")

add("compose/admin-password", "marina-monitor/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: @@ipw@@
      DOCKER_INFLUXDB_INIT_ORG: bluewater
      DOCKER_INFLUXDB_INIT_BUCKET: fleet
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
    ports: ["3000:3000"]
""", words_pw(), ipw="${INFLUX_INIT_PASSWORD}")

add("dockerfile/decoy-arg", "crew-portal/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM node:20-slim
ARG GIT_SHA=unknown
ARG SENTRY_RELEASE
ENV NODE_ENV=production \\
    GIT_SHA=${GIT_SHA}
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
""")

add("dockerfile/pip-index-password", "etl/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.12-slim
WORKDIR /etl
COPY requirements.txt .
RUN pip install --extra-index-url https://build:@@secret@@@pkgs.bluewater-charters.gr/simple/ -r requirements.txt
COPY . .
CMD ["python", "-m", "etl.season_report"]
""", fakes.drawn_mixed(_seed(), 24))

add("shell/decoy-openssl", "scripts/make_dev_certs.sh", "https://www.openssl.org/docs/manmaster/man1/openssl-req.html", """
#!/usr/bin/env bash
# self-signed certs for local dev of the booking site (never used outside localhost)
set -euo pipefail
mkdir -p certs
openssl req -x509 -newkey rsa:2048 -nodes -days 365 \\
  -keyout certs/dev.key -out certs/dev.crt \\
  -subj "/CN=book.localhost"
echo "certs in ./certs (dev.key is gitignored)"
""")

add("shell/private-key", "scripts/provision_pi.sh", "https://man.openbsd.org/ssh_config#IdentityFile", """
#!/bin/bash
# first boot of a boat's raspberry pi: install the fleet deploy key
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/pi/.ssh/id_ed25519
ssh -o StrictHostKeyChecking=accept-new git@github.com || true
git clone git@github.com:bluewater-charters/boat-pi.git /opt/boat-pi
""", pem("OPENSSH"))

add("powershell/decoy-get-credential", "it/Backup-Nas.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
param([string]$Nas = "\\\\nas01.bluewater.lan\\backups")
$cred = Get-Credential -Message "NAS backup account"
New-PSDrive -Name B -PSProvider FileSystem -Root $Nas -Credential $cred | Out-Null
robocopy "D:\\Charter\\Contracts" "B:\\contracts" /MIR /R:2 /W:5 /LOG:C:\\logs\\contracts.log
Remove-PSDrive B
""")

add("powershell/sendgrid-api-key", "it/Send-SeasonReport.ps1", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", """
$headers = @{ Authorization = "Bearer @@secret@@"; "Content-Type" = "application/json" }
$body = @{
  personalizations = @(@{ to = @(@{ email = "owners@bluewater-charters.gr" }) })
  from = @{ email = "reports@bluewater-charters.gr" }
  subject = "Weekly occupancy"
  content = @(@{ type = "text/plain"; value = (Get-Content .\\occupancy.txt -Raw) })
} | ConvertTo-Json -Depth 6
Invoke-RestMethod -Uri https://api.sendgrid.com/v3/mail/send -Method Post -Headers $headers -Body $body
""", sendgrid_key())

add("notebook/decoy-output-ids", "analysis/stripe_fees.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["ch_@@c1@@  fee 126.30 EUR\\n", "ch_@@c2@@  fee  84.10 EUR\\n"]
    }
   ],
   "source": ["for c in charges[:2]: print(c.id, ' fee', c.fee, 'EUR')"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", c1=fakes.drawn(_seed(), 24), c2=fakes.drawn(_seed(), 24))

add("yaml/teams-webhook", "monitoring/alertmanager.yml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
route:
  receiver: office-teams
  group_by: [alertname, yacht]
receivers:
  - name: office-teams
    msteams_configs:
      - webhook_url: "@@secret@@"
        title: "Fleet alert: {{ .CommonLabels.alertname }}"
""", "https://bluewatercharters.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s())

add("yaml/decoy-cert-public", "k8s/ingress/ca-bundle.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: marina-portal-ca
  namespace: charter
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c@@
    -----END CERTIFICATE-----
""", c="\n    ".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(5)))

add("json/notion-token", "scripts/notion-sync/config.json", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
{
  "notion": {
    "token": "@@secret@@",
    "maintenanceDatabaseId": "@@db@@"
  },
  "sources": ["nausys", "mmk"],
  "bases": ["LEF", "CFU", "KGS"]
}
""", fakes.fake("ntn_", 46, _seed()), db=hexs(32))

add("ini/decoy-git-config", "tools/gitconfig-office", "https://git-scm.com/docs/git-config", """
[user]
    name = Bluewater Office
    email = office@bluewater-charters.gr
[credential]
    helper = manager
[url "https://github.com/bluewater-charters/"]
    insteadOf = bw:
[core]
    autocrlf = true
""")

add("xml/decoy-android-manifest", "android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key#add-key", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="Bluewater Crew" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("python/decoy-sample-response", "tests/data/nausys_free_yachts.py", "https://ws.nausys.com/CBMS-external/rest/ (NauSYS REST API)", """
# recorded response, ids anonymised
FREE_YACHTS = {
    "status": "OK",
    "freeYachts": [
        {"yachtId": 41823307, "period": {"from": "13.06.2026", "to": "20.06.2026"},
         "price": {"priceListPrice": "4200.00", "clientPrice": "3780.00", "currency": "EUR"}},
        {"yachtId": 41823315, "period": {"from": "13.06.2026", "to": "20.06.2026"},
         "price": {"priceListPrice": "3900.00", "clientPrice": "3510.00", "currency": "EUR"}},
    ],
    "credentials": {"username": "test", "password": "test"},
}
""")

add("python/redis-url", "school/worker/celery_app.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """
from celery import Celery

app = Celery(
    "school",
    broker="rediss://:@@secret@@@redis-school.bluewater.lan:6380/0?ssl_cert_reqs=required",
    backend="rediss://:@@secret@@@redis-school.bluewater.lan:6380/1?ssl_cert_reqs=required",
)
app.conf.timezone = "Europe/London"
app.conf.beat_schedule = {
    "weather-check": {"task": "school.tasks.weather_check", "schedule": 1800.0},
}
""", fakes.redis_password(_seed()))

add("go/decoy-struct-tags", "internal/nausys/types.go", "https://pkg.go.dev/encoding/json", """
package nausys

// Credentials are sent in every request body; values come from config, never literals.
type Credentials struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

type FreeYachtsRequest struct {
	Credentials
	PeriodFrom string  `json:"periodFrom"`
	PeriodTo   string  `json:"periodTo"`
	Yachts     []int64 `json:"yachts"`
}
""")

add("terraform/decoy-data-source", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/booking/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_ssm_parameter" "stripe_pk" {
  name  = "/booking/stripe_publishable_key"
  type  = "String"
  value = local.stripe.publishable_key
}
""")

add("github-actions/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """
version: 2
registries:
  bluewater-pypi:
    type: python-index
    url: https://pkgs.bluewater-charters.gr/simple/
    username: build
    password: ${{secrets.BLUEWATER_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [bluewater-pypi]
    schedule: {interval: weekly}
""")

add("kotlin/decoy-local-properties-read", "android/app/secrets.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}
val mapsKey: String = localProps.getProperty("MAPS_API_KEY") ?: System.getenv("MAPS_API_KEY") ?: ""
extra["mapsKey"] = mapsKey
""")

add("ruby/decoy-devise-pepper", "config/initializers/devise.rb", "https://github.com/heartcombo/devise#configuring-models", """
Devise.setup do |config|
  config.mailer_sender = "crew@aegeanyachting.com"
  config.pepper = ENV.fetch("DEVISE_PEPPER")
  config.secret_key = Rails.application.credentials.devise_secret_key
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 12..128
end
""")

add("yaml/stripe-restricted-key", "booking-site/config/reconcile.yml", "https://docs.stripe.com/keys#limit-access", """
# monthly reconciliation job (read-only restricted key)
stripe:
  api_key: @@secret@@
  account: acct_1PqXcharterGR
accounting:
  export_dir: /srv/exports/stripe
  xero_clearing_account: "1820"
schedule: "0 5 1 * *"
""", stripe_key("rk_live_"))

add("python/twilio-basic-auth", "sms-reminders/send.py", "https://www.twilio.com/docs/usage/requests-to-twilio", """
import requests

ACCOUNT_SID = "@@sid@@"
URL = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def sms(to: str, body: str) -> None:
    requests.post(URL, data={"From": "+447700900312", "To": to, "Body": body},
                  auth=(ACCOUNT_SID, "@@secret@@"), timeout=15).raise_for_status()


sms("+447700900481", "Reminder: Day Skipper practical starts 09:00 Sat, Hamble Point pontoon C.")
""", hexs(32), sid=twilio_sid())

add("shell/basic-auth-curl", "ops/marina_berths.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# fetch tonight's berth allocations from the marina portal for the base team
curl -sf -u 'bluewater.agency:@@secret@@' \\
  "https://portal.marina-lefkas.gr/api/agency/berths?date=$(date +%F)" \\
  | jq -r '.berths[] | "\\(.yacht)\\t\\(.pontoon)\\(.berth)"' \\
  > /srv/base/berths-today.tsv
""", words_pw())

add("ini/vpn-psk", "it/vpn/corfu-to-lefkas.conf", "https://docs.strongswan.org/docs/latest/swanctl/swanctlConf.html", """
# strongSwan site-to-site, Corfu base <-> Lefkas office
connections {
  corfu-lefkas {
    remote_addrs = 85.72.14.201
    local { auth = psk  id = corfu.bluewater.lan }
    remote { auth = psk  id = lefkas.bluewater.lan }
    children { office { local_ts = 10.9.0.0/16  remote_ts = 10.8.0.0/16 } }
  }
}
secrets {
  ike-corfu { id = lefkas.bluewater.lan  secret = "@@secret@@" }
}
""", rand_pw(32))

add("typescript/jwt-signing-secret", "crew-portal/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export function issueSkipperToken(skipperId: string, bookingRef: string) {
  return jwt.sign({ sub: skipperId, booking: bookingRef, role: "skipper" }, JWT_SECRET, { expiresIn: "14d" });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", fakes.drawn_mixed(_seed(), 48))

add("markdown/wifi-password", "docs/bases/corfu-base-welcome.md", "https://www.wi-fi.org/discover-wi-fi/security", """
# Welcome to the Corfu base (staff notes)

- Office hours in season: 08:00-20:00, Saturday turnaround from 07:00.
- Staff Wi-Fi: **BW-Corfu-Office**, password `@@secret@@` (do not give to guests).
- Guest Wi-Fi: Bluewater-Guests, open via captive portal.
- Fuel dock closes 18:00; diesel card is in the office safe.
""", passphrase())

add("json/decoy-stripe-event", "tests/data/stripe_payment_intent_succeeded.json", "https://docs.stripe.com/api/events/object", """
{
  "id": "evt_@@e@@",
  "object": "event",
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_@@p@@",
      "amount": 252000,
      "currency": "eur",
      "client_secret": "pi_@@p@@_secret_REDACTED",
      "metadata": {"booking_ref": "BW26-0418"}
    }
  }
}
""", e=fakes.drawn(_seed(), 24), p=fakes.drawn(_seed(), 24))

