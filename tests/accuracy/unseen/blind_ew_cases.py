"""Blind set EW: pet grooming salons, dog daycares and boarding kennels.

Booking apps and their back offices, kennel webcams (IP cameras, NVRs, streaming services),
vaccination record imports from vet clinics, card terminals and payment processors, SMS and
e-mail reminders, door access control, and the decoys such teams commit. Generated fakes only,
drawn from seeds 1630000-1639999.
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1630000, 1639999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []
SET = "blind-ew"


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    for _ in range(50):  # bounded: a draw of letters and digits gets both cases and a digit
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def uphex(n: int) -> str:
    return draw(n, UPHEX)


DOG_WORDS = ["Biscuit", "Kibble", "Beagle", "Collie", "Whisker", "Fetch", "Leash", "Poodle", "Corgi", "Husky",
             "Pawprint", "Tailwag", "Bubbles", "Scruffy", "Doodle", "Spaniel", "Terrier", "Shampoo", "Clipper",
             "Harness", "Biscotti", "Kennel", "Bandana", "Retriever"]
PLAIN_WORDS = ["Maple", "Harbor", "Cedar", "Summit", "Willow", "Copper", "Meadow", "Juniper", "Falcon", "Granite"]
LOWER = ["sunny", "muddy", "fluffy", "zoomies", "walkies", "tennis", "squeaky", "puddle", "nap", "treat",
         "groom", "bath", "cuddle", "biscuit", "carrot", "garden"]


def words_pw() -> str:
    r = _rng()
    return r.choice(DOG_WORDS) + r.choice("!#$%@*&") + r.choice(PLAIN_WORDS + DOG_WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(DOG_WORDS + PLAIN_WORDS) + str(r.randint(1990, 2025)) + r.choice("!?#$")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def gen_pw(n: int = 24, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{draw(43, URLSAFE)}"


def pem(kind: str = "RSA", lines: int = 8) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(B64) for _ in range(64)) for _ in range(lines))
    tail = "".join(r.choice(B64) for _ in range(r.randint(12, 40)))
    return f"-----BEGIN {label}-----\n{body}\n{tail}==\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + \
        "".join(r.choice(B64) for _ in range(70 * 4 - 70))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


# -- vendor shapes ---------------------------------------------------------------------------------

def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def stripe_secret(live: bool = True, long: bool = False) -> str:
    mode = "live" if live else "test"
    return f"sk_{mode}_" + ("51" + draw(97) if long else draw(24))


def stripe_restricted() -> str:
    return "rk_live_51" + draw(97)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_app_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + draw(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def github_pat() -> str:
    return fakes.github_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def airtable_pat() -> str:
    return "pat" + draw(14) + "." + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def vonage_pair() -> tuple:
    return hexs(8), draw(16)


def telnyx_key() -> str:
    return "KEY" + uphex(32) + "_" + draw(22)


def plivo_pair() -> tuple:
    return "MA" + draw(18, string.ascii_uppercase + string.digits), draw(40)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def azure_storage_key() -> str:
    return draw(86, B64) + "=="


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def wireguard_key() -> str:
    return draw(43, B64)[:42] + "A="


def youtube_stream_key() -> str:
    low = string.ascii_lowercase + string.digits
    return "-".join(draw(4, low) for _ in range(5))


def rails_secret() -> str:
    return hexs(128)


def laravel_key() -> str:
    return "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def sha256() -> str:
    return hexs(64)


def add(fmt: str, kind: str, file_name: str, text: str, secret, source: str) -> None:
    if secret is None:
        assert kind.startswith("decoy-")
    assert "§" not in text, file_name
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text.lstrip("\n"), secret, source))


def fill(template: str, **values: str) -> str:
    for name, value in values.items():
        template = template.replace(f"§{name}§", value)
    return template


def S(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    add(fmt, kind, file_name, fill(template, **values), secret, source)


def D(fmt: str, kind: str, file_name: str, template: str, source: str, **values: str) -> None:
    add(fmt, "decoy-" + kind, file_name, fill(template, **values), None, source)


# == booking apps: env files and settings =======================================================

v = twilio_token()
S("env", "twilio", "booking-api/.env.production", r"""
# PawsPlace booking API - production (read by systemd EnvironmentFile=)
DJANGO_SETTINGS_MODULE=pawsplace.settings.prod
ALLOWED_HOSTS=book.pawsplacegrooming.com
DATABASE_URL=postgres://pawsplace@db.internal:5432/pawsplace
CELERY_BROKER_URL=redis://cache.internal:6379/2

# appointment reminders
TWILIO_ACCOUNT_SID=§sid§
TWILIO_AUTH_TOKEN=§tok§
TWILIO_FROM_NUMBER=+15035550142
REMINDER_HOURS_BEFORE=24
REMINDER_QUIET_HOURS=21-08
""", v, "https://www.twilio.com/docs/usage/secure-credentials", tok=v, sid=twilio_sid())

v = stripe_secret(long=True)
S("env", "stripe", "apps/daycare-portal/.env", r"""
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://portal.happytailsdaycare.com
SESSION_COOKIE_NAME=ht_sid
STRIPE_PUBLISHABLE_KEY=pk_live_51§pk§
STRIPE_SECRET_KEY=§sk§
STRIPE_PRICE_DAYCARE_10PACK=price_1P§price§
DAYCARE_CAPACITY=48
""", v, "https://docs.stripe.com/keys", sk=v, pk=draw(97), price=draw(22))

v = words_pw()
S("env", "database-password", "kennel-manager/.env.local", r"""
# local dev against the shared staging DB -- don't commit (famous last words)
APP_ENV=staging
DB_CONNECTION=mysql
DB_HOST=staging-db.barkandboard.net
DB_PORT=3306
DB_DATABASE=kennel_staging
DB_USERNAME=kennel_app
DB_PASSWORD=§pw§
MAIL_MAILER=log
QUEUE_CONNECTION=sync
""", v, "https://laravel.com/docs/11.x/database#configuration", pw=v)

v = laravel_key()
S("env", "laravel-app-key", "groomtrack/.env", r"""
APP_NAME=GroomTrack
APP_ENV=production
APP_KEY=§key§
APP_DEBUG=false
APP_URL=https://groomtrack.app

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=pgsql
DB_HOST=${PGHOST}
DB_DATABASE=groomtrack
DB_USERNAME=${PGUSER}
DB_PASSWORD=${PGPASSWORD}

BROADCAST_DRIVER=log
CACHE_DRIVER=redis
SESSION_DRIVER=redis
""", v, "https://laravel.com/docs/11.x/encryption#configuration", key=v)

v = sendgrid_key()
S("env", "sendgrid", "services/notifier/.env.prod", r"""
# notifier: vaccination-expiry e-mails and report cards
NOTIFIER_FROM=hello@muddypawsresort.com
NOTIFIER_FROM_NAME="Muddy Paws Resort"
SENDGRID_API_KEY=§key§
SENDGRID_TEMPLATE_VAX_EXPIRY=d-§t1§
SENDGRID_TEMPLATE_REPORT_CARD=d-§t2§
EXPIRY_WARN_DAYS=30,14,3
""", v, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", key=v, t1=hexs(32), t2=hexs(32))

v = mailgun_key()
S("env", "mailgun", "grooming-site/.env.production", r"""
SITE_NAME=Suds & Scissors Dog Grooming
MAILGUN_DOMAIN=mg.sudsandscissors.com
MAILGUN_API_KEY=§key§
MAILGUN_REGION=us
CONTACT_FORM_TO=frontdesk@sudsandscissors.com
RECAPTCHA_SITE_KEY=6Lc§rc§
""", v, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", key=v, rc=draw(37, URLSAFE))

a, s = aws_pair()
S("env", "aws-secret-key", "webcam-archiver/.env", r"""
# nightly kennel cam clips -> S3 (7 day retention set on the bucket)
AWS_REGION=us-west-2
AWS_ACCESS_KEY_ID=§a§
AWS_SECRET_ACCESS_KEY=§s§
CLIP_BUCKET=sunnyside-kennelcam-clips
CLIP_PREFIX=suite-cams/
NVR_HOST=10.20.0.15
""", s, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", a=a, s=s)

v = square_token()
S("env", "square", "pos-sync/.env", r"""
# Square <-> Gingr nightly sales sync
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=§tok§
SQUARE_LOCATION_ID=L§loc§
GINGR_SUBDOMAIN=wagsworld
SYNC_CRON="15 2 * * *"
""", v, "https://developer.squareup.com/docs/build-basics/access-tokens", tok=v, loc=draw(12, string.ascii_uppercase + string.digits))

v = fakes.django_secret_key(_seed())
S("python", "django-secret-key", "pawsplace/settings/prod.py", r'''
"""Production settings for the PawsPlace booking site."""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "§key§"
ALLOWED_HOSTS = ["book.pawsplacegrooming.com", "admin.pawsplacegrooming.com"]

CSRF_TRUSTED_ORIGINS = ["https://book.pawsplacegrooming.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES["default"]["HOST"] = "db.internal"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

BOOKING_MAX_DOGS_PER_SLOT = 3
''', v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", key=v)

v = gen_pw(20)
S("python", "database-password", "kennel_reports/db.py", r'''
import psycopg2
from contextlib import contextmanager

# read-only reporting user on the boarding DB
DSN = "host=kennel-db.c9xw2lq1.us-east-1.rds.amazonaws.com port=5432 dbname=boarding user=reports password=§pw§ sslmode=require"


@contextmanager
def cursor():
    conn = psycopg2.connect(DSN)
    try:
        with conn.cursor() as cur:
            yield cur
    finally:
        conn.close()


def occupancy(day):
    with cursor() as cur:
        cur.execute("select suite_type, count(*) from stays where %s between check_in and check_out group by 1", (day,))
        return dict(cur.fetchall())
''', v, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", pw=v)

v = twilio_token()
S("python", "twilio", "reminders/send_reminders.py", r'''
#!/usr/bin/env python3
"""Text tomorrow's grooming clients. Run from cron at 10:00."""
import datetime as dt

from twilio.rest import Client

from booking import appointments_on

ACCOUNT_SID = "§sid§"
AUTH_TOKEN = "§tok§"
FROM = "+14155550187"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

tomorrow = dt.date.today() + dt.timedelta(days=1)
for appt in appointments_on(tomorrow):
    body = (f"Hi {appt.owner_first}! Reminder: {appt.pet_name}'s {appt.service} is tomorrow at "
            f"{appt.start:%-I:%M %p}. Reply C to confirm or call us to reschedule.")
    client.messages.create(to=appt.owner_mobile, from_=FROM, body=body)
''', v, "https://www.twilio.com/docs/messaging/quickstart/python", tok=v, sid=twilio_sid())

v = stripe_secret()
S("python", "stripe", "daycare/billing.py", r'''
import stripe

stripe.api_key = "§sk§"


def charge_package(customer_id: str, package: str) -> str:
    prices = {"10-day": 32000, "20-day": 60000, "monthly-unlimited": 89900}
    intent = stripe.PaymentIntent.create(
        amount=prices[package],
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        description=f"Daycare package {package}",
    )
    return intent.id
''', v, "https://docs.stripe.com/api/authentication", sk=v)

v = hexs(32)
S("python", "gingr-api-key", "integrations/gingr_export.py", r'''
"""Pull yesterday's reservations out of Gingr for the payroll spreadsheet."""
import csv
import datetime as dt
import sys

import requests

GINGR = "https://wagsworld.gingrapp.com/api/v1"
API_KEY = "§key§"


def reservations(day: dt.date):
    r = requests.post(f"{GINGR}/reservations", data={
        "key": API_KEY,
        "start_date": day.isoformat(),
        "end_date": day.isoformat(),
    }, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    day = dt.date.today() - dt.timedelta(days=1)
    w = csv.writer(sys.stdout)
    w.writerow(["reservation_id", "animal", "type", "checked_in_by"])
    for res in reservations(day).values():
        w.writerow([res["reservation_id"], res["animal_name"], res["reservation_type"], res.get("check_in_user")])
''', v, "https://support.gingrapp.com/hc/en-us/articles/gingr-api", key=v)

v = openssh_key()
S("yaml", "ssh-private-key", "deploy/ansible/group_vars/kennel_nvr.yml", r"""
---
nvr_hosts_user: nvradmin
nvr_backup_dir: /srv/nvr-backup
nvr_retention_days: 14
# key the backup box uses to pull footage from the suite NVRs
nvr_backup_ssh_key: |
§key§
nvr_cameras:
  - { name: suite-a, ip: 10.20.0.31 }
  - { name: suite-b, ip: 10.20.0.32 }
  - { name: play-yard, ip: 10.20.0.33 }
""", v, "https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html", key=indent(v, "  "))

v = words_pw()
S("yaml", "smtp-password", "config/mailer.yml", r"""
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.office365.com
    port: 587
    domain: cozycanineinn.com
    user_name: reservations@cozycanineinn.com
    password: "§pw§"
    authentication: login
    enable_starttls_auto: true
  default_from: "Cozy Canine Inn <reservations@cozycanineinn.com>"
""", v, "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", pw=v)

v = gen_pw(16)
S("yaml", "imap-password", "vax-import/config.yaml", r"""
# Vaccination record import: vets e-mail PDFs to vaccines@ and we OCR them
inbox:
  host: imap.gmail.com
  port: 993
  username: vaccines@tailwaggerslodge.com
  password: §pw§
  folder: INBOX
  processed_folder: Imported
ocr:
  engine: textract
  region: us-east-1
match:
  by: [microchip, owner_phone, pet_name]
  min_confidence: 0.82
notify_front_desk: true
""", v, "https://docs.python.org/3/library/imaplib.html", pw=v)

r_ = _rng()
v = " ".join("".join(r_.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))
S("yaml", "google-app-password", "vax-import/settings.prod.yaml", r"""
mail:
  # Google Workspace app password for the vaccines@ mailbox (2SV is on for the account)
  imap_host: imap.gmail.com
  imap_user: vaccines@pawsitivestays.com
  imap_app_password: "§pw§"
  poll_seconds: 300
storage:
  bucket: pawsitive-vax-pdfs
  kms_key_alias: alias/vax-pdfs
""", v, "https://support.google.com/accounts/answer/185833", pw=v)

k, v = vonage_pair()
S("yaml", "vonage", "sms/vonage.yml", r"""
# Vonage SMS for pickup-ready texts at the salon
vonage:
  api_key: "§k§"
  api_secret: "§s§"
  from: "FurBabySpa"
  webhook:
    delivery_receipts: https://api.furbabyspa.com/hooks/vonage/dlr
  templates:
    pickup_ready: "{pet} is fresh and fluffy and ready for pickup! See you soon."
    running_late: "Quick heads up: {pet} needs about {minutes} more minutes. Thanks for your patience!"
""", v, "https://developer.vonage.com/en/getting-started/concepts/authentication", k=k, s=v)

mid, v = plivo_pair()
S("json", "plivo", "config/sms.production.json", r"""
{
  "provider": "plivo",
  "plivo": {
    "authId": "§id§",
    "authToken": "§tok§",
    "src": "+13125550166",
    "powerpackUuid": "§pp§"
  },
  "reminders": {
    "boarding_checkin_days_before": 2,
    "grooming_hours_before": 24,
    "send_window": { "start": "09:00", "end": "19:30", "tz": "America/Chicago" }
  }
}
""", v, "https://www.plivo.com/docs/sms/api/overview/authentication", id=mid, tok=v, pp=uuid_s())

v = telnyx_key()
S("typescript", "telnyx", "src/sms/telnyxClient.ts", r"""
import Telnyx from "telnyx";

// TODO move to secrets manager before launch
const telnyx = new Telnyx("§key§");

const FROM = "+17205550123";
const PROFILE = "§prof§";

export async function sendVaxReminder(to: string, petName: string, vaccine: string, due: string) {
  return telnyx.messages.create({
    from: FROM,
    to,
    messaging_profile_id: PROFILE,
    text: `${petName}'s ${vaccine} vaccine expires ${due}. Please send updated records before the next stay!`,
  });
}
""", v, "https://developers.telnyx.com/docs/messaging/messages/send-message", key=v, prof=uuid_s())

r_ = _rng()
v = f"{r_.randint(1_000_000_000, 7_999_999_999)}:AA" + draw(33, URLSAFE)
S("python", "telegram-bot", "bots/staff_alerts.py", r'''
"""Post boarding alerts (missed meds, refused meals) to the staff Telegram group."""
import os

import requests

BOT_TOKEN = "§tok§"
CHAT_ID = -1001847266190


def alert(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": text, "disable_notification": False},
        timeout=10,
    ).raise_for_status()


if __name__ == "__main__":
    alert(os.environ.get("ALERT_TEXT", "Test alert from kennel tablet"))
''', v, "https://core.telegram.org/bots/api#authorizing-your-bot", tok=v)

v = slack_webhook()
S("shell", "slack-webhook", "scripts/notify-checkins.sh", r"""
#!/usr/bin/env bash
# Posts the morning daycare roster count to #front-desk
set -euo pipefail

WEBHOOK="§hook§"
COUNT=$(psql -At -d daycare -c "select count(*) from attendance where day = current_date and status = 'checked_in'")

curl -sS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\":dog: ${COUNT} pups checked in for daycare today\"}" \
  "$WEBHOOK"
""", v, "https://api.slack.com/messaging/webhooks", hook=v)

v = discord_webhook()
S("javascript", "discord-webhook", "tools/kennelcam-offline-alert.js", r"""
// Pings #ops on Discord when a kennel cam stops sending frames
const fetch = require("node-fetch");

const DISCORD_WEBHOOK = "§hook§";
const CAMS = ["suite-1", "suite-2", "small-dog-room", "yard-east", "yard-west"];

async function check(cam) {
  const res = await fetch(`http://10.20.0.15:8080/api/cams/${cam}/last-frame`);
  const { ageSeconds } = await res.json();
  if (ageSeconds > 120) {
    await fetch(DISCORD_WEBHOOK, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ content: `:warning: ${cam} has been dark for ${ageSeconds}s` }),
    });
  }
}

Promise.all(CAMS.map(check)).catch((e) => { console.error(e); process.exit(1); });
""", v, "https://discord.com/developers/docs/resources/webhook#execute-webhook", hook=v)

v = words_pw()
S("python", "rtsp-camera", "kennelcam/streams.py", r'''
"""Re-stream the suite cameras to the customer portal (HLS via ffmpeg)."""
import subprocess

CAM_USER = "admin"
CAM_PASS = "§pw§"
CAMERAS = {
    "suite-a": "10.20.0.31",
    "suite-b": "10.20.0.32",
    "play-yard": "10.20.0.33",
}


def rtsp(ip: str) -> str:
    return f"rtsp://{CAM_USER}:{CAM_PASS}@{ip}:554/Streaming/Channels/102"


def start(name: str, ip: str) -> subprocess.Popen:
    return subprocess.Popen([
        "ffmpeg", "-rtsp_transport", "tcp", "-i", rtsp(ip),
        "-c:v", "copy", "-f", "hls", "-hls_time", "4", "-hls_list_size", "6",
        "-hls_flags", "delete_segments", f"/var/www/cams/{name}/index.m3u8",
    ])


if __name__ == "__main__":
    procs = [start(n, ip) for n, ip in CAMERAS.items()]
    for p in procs:
        p.wait()
''', v, "https://www.hikvision.com/content/dam/hikvision/en/support/download/vms/RTSP-URL-guide.pdf", pw=v)

v = human_pw()
S("yaml", "rtsp-camera", "frigate/config.yml", r"""
mqtt:
  host: 10.20.0.5
cameras:
  lobby:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:§pw§@10.20.0.41:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://viewer:§pw§@10.20.0.41:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 640
      height: 480
    objects:
      track: [dog, person]
record:
  enabled: true
  retain:
    days: 7
""", v, "https://docs.frigate.video/configuration/cameras", pw=v)

v = gen_pw(12)
S("ini", "rtsp-camera", "obs/scenes/kennelcam.ini", r"""
[General]
Name=KennelCam Live
[Sources]
Source1.Type=ffmpeg_source
Source1.Name=Big Dog Yard
Source1.Input=rtsp://admin:§pw§@192.168.1.108:554/h264Preview_01_main
Source1.IsLocalFile=false
Source1.Reconnect=true
Source2.Type=image_source
Source2.Name=Logo
Source2.File=C:\KennelCam\overlay-logo.png
""", v, "https://support.reolink.com/hc/en-us/articles/360007010473", pw=v)

v = youtube_stream_key()
S("json", "youtube-stream-key", "obs-studio/basic/profiles/PlayYard/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "§key§",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "stream_key_link": "https://www.youtube.com/live_dashboard"
    },
    "type": "rtmp_common"
}
""", v, "https://support.google.com/youtube/answer/2907883", key=v)

v = "live_" + str(_rng().randint(10**8, 10**9 - 1)) + "_" + draw(30)
S("shell", "twitch-stream-key", "playyard-cam/start-stream.sh", r"""
#!/bin/sh
# Streams the play yard to our Twitch channel during daycare hours (7am-6pm)
CAM="rtsp://10.20.0.33:554/stream1"
KEY="§key§"

exec ffmpeg -rtsp_transport tcp -i "$CAM" \
  -c:v libx264 -preset veryfast -b:v 2500k -maxrate 2500k -bufsize 5000k \
  -g 60 -an -f flv "rtmp://live.twitch.tv/app/$KEY"
""", v, "https://help.twitch.tv/s/article/twitch-stream-key-faq", key=v)

v = draw(22, URLSAFE) + draw(54, B64)
S("python", "mux-token", "kennelcam/mux_live.py", r'''
import mux_python

configuration = mux_python.Configuration()
configuration.username = "§tid§"
configuration.password = "§sec§"

live_api = mux_python.LiveStreamsApi(mux_python.ApiClient(configuration))


def create_suite_stream(suite: str):
    req = mux_python.CreateLiveStreamRequest(
        playback_policy=[mux_python.PlaybackPolicy.SIGNED],
        new_asset_settings=mux_python.CreateAssetRequest(playback_policy=[mux_python.PlaybackPolicy.SIGNED]),
        passthrough=f"suite:{suite}",
        latency_mode="low",
    )
    return live_api.create_live_stream(req).data
''', v, "https://docs.mux.com/core/make-api-requests#http-basic-auth", tid=uuid_s(), sec=v)

v = hexs(40)
S("php", "angelcam-token", "wp-content/themes/pawsome/inc/kennelcam.php", r"""
<?php
/**
 * Shows the Angelcam live view of a dog's suite to logged-in owners with an active stay.
 */
const PAWSOME_ANGELCAM_TOKEN = '§tok§';

function pawsome_suite_camera_url( $camera_id ) {
    $response = wp_remote_get( "https://api.angelcam.com/v1/cameras/{$camera_id}/", array(
        'headers' => array( 'Authorization' => 'PersonalAccessToken ' . PAWSOME_ANGELCAM_TOKEN ),
        'timeout' => 10,
    ) );
    if ( is_wp_error( $response ) ) {
        return null;
    }
    $camera = json_decode( wp_remote_retrieve_body( $response ), true );
    return $camera['streams'][0]['url'] ?? null;
}
""", v, "https://developers.angelcam.com/#authentication", tok=v)

v = draw(64)
S("csharp", "wowza-key", "KennelCam.Streaming/WowzaClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace KennelCam.Streaming
{
    public class WowzaClient
    {
        private const string BaseUrl = "https://api.cloud.wowza.com/api/v1.11/";
        private const string WscApiKey = "§api§";
        private const string WscAccessKey = "§acc§";
        private readonly HttpClient _http = new HttpClient();

        public WowzaClient()
        {
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("wsc-api-key", WscApiKey);
            _http.DefaultRequestHeaders.Add("wsc-access-key", WscAccessKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> StartAsync(string liveStreamId) =>
            _http.PutAsync($"live_streams/{liveStreamId}/start", null).Result.Content.ReadAsStringAsync();
    }
}
""", v, "https://www.wowza.com/docs/how-to-get-started-with-the-wowza-streaming-cloud-rest-api", api=draw(64), acc=v)

v = hexs(32)
S("go", "agora-certificate", "cmd/camtoken/main.go", r"""
package main

import (
	"fmt"
	"os"
	"time"

	rtctokenbuilder "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
)

const (
	appID          = "§appid§"
	appCertificate = "§cert§"
)

// Issues a viewer token for one kennel suite channel, valid for the length of a visit.
func main() {
	channel := os.Args[1]
	expire := uint32(time.Now().Add(30 * time.Minute).Unix())
	token, err := rtctokenbuilder.BuildTokenWithUid(appID, appCertificate, channel, 0, rtctokenbuilder.RoleSubscriber, expire, expire)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(token)
}
""", v, "https://docs.agora.io/en/video-calling/get-started/authentication-workflow", appid=hexs(32), cert=v)

v = "vkd_api_" + hexs(32)
S("python", "verkada-key", "access/verkada_sync.py", r'''
"""Sync staff door badges from the scheduling app into Verkada Access."""
import requests

VERKADA_API_KEY = "§key§"
ORG = "https://api.verkada.com"


def token() -> str:
    r = requests.post(f"{ORG}/token", headers={"x-api-key": VERKADA_API_KEY}, timeout=15)
    r.raise_for_status()
    return r.json()["token"]


def deactivate(user_external_id: str) -> None:
    requests.put(
        f"{ORG}/access/v1/access_users/user/end_date",
        params={"external_id": user_external_id},
        headers={"x-verkada-auth": token()},
        json={"end_date": "now"},
        timeout=15,
    ).raise_for_status()
''', v, "https://apidocs.verkada.com/reference/quick-start-guide", key=v)

v = hexs(32)
S("ruby", "kisi-key", "lib/door_access/kisi.rb", r"""
require "net/http"
require "json"

module DoorAccess
  # Unlocks the front door for a booked drop-off window (Kisi)
  class Kisi
    API = URI("https://api.kisi.io")
    KEY = "§key§".freeze
    FRONT_DOOR_LOCK_ID = 48213

    def unlock!
      req = Net::HTTP::Post.new(URI.join(API, "/locks/#{FRONT_DOOR_LOCK_ID}/unlock"))
      req["Authorization"] = "KISI-LOGIN #{KEY}"
      req["Accept"] = "application/json"
      Net::HTTP.start(API.host, API.port, use_ssl: true) { |http| http.request(req) }
    end
  end
end
""", v, "https://api.kisi.io/docs#/authentication", key=v)

# == door access, payment terminals ==============================================================

v = gen_pw(32)
S("properties", "brivo-secret", "door-sync/src/main/resources/application-prod.properties", r"""
spring.application.name=door-sync
server.port=8081
# Brivo Onair: staff credentials follow the shift schedule
brivo.api.base-url=https://api.brivo.com/v1/api
brivo.auth.url=https://auth.brivo.com/oauth/token
brivo.api.key=§apikey§
brivo.client.id=§cid§
brivo.client.secret=§sec§
brivo.site.id=27714
schedule.source=https://api.whenidogwalk.com/shifts
logging.level.com.barkbay.doorsync=INFO
""", v, "https://developer.brivo.com/docs/authentication", apikey=draw(32), cid=uuid_s(), sec=v)

v = words_pw()
S("device-config", "access-controller", "network/door-controller/mercury-lp1502.cfg", r"""
; Mercury LP1502 intelligent controller - front lobby + kennel wing
[network]
ip=10.30.0.20
mask=255.255.255.0
gateway=10.30.0.1
host_comm=ip_server
host_port=3001
[web]
https_only=1
login_user=admin
login_password=§pw§
[readers]
reader1=lobby_in,osdp,addr=0
reader2=kennel_wing,osdp,addr=1
""", v, "https://www.mercury-security.com/products/lp1502", pw=v)

v = gen_pw(24)
S("yaml", "unifi-access-token", "homeassistant/packages/doors.yaml", r"""
# Opens the side gate for the daycare drop-off window
rest_command:
  unlock_side_gate:
    url: "https://10.30.0.2:12445/api/v1/developer/doors/§door§/unlock"
    method: put
    headers:
      Authorization: "Bearer §tok§"
      Content-Type: application/json
    verify_ssl: false
automation:
  - alias: "Drop-off window"
    trigger:
      - platform: time
        at: "06:55:00"
    action:
      - service: rest_command.unlock_side_gate
""", v, "https://core-config-uiprod.ui.com/static/unifi_access_api_reference.pdf", tok=v, door=uuid_s())

v = jwt({"iss": "a1f3c2e4b5d6c7e8", "iat": 1712345678, "exp": 2027705678})
S("yaml", "home-assistant-token", "kiosk/config/kiosk.yaml", r"""
# Lobby kiosk: shows "your dog is on the way" when staff scan the leash tag
home_assistant:
  url: http://10.30.0.5:8123
  token: §tok§
kiosk:
  idle_slideshow: /media/slides
  announce_entity: media_player.lobby_speaker
  scanner_device: /dev/input/by-id/usb-Honeywell_Scanner-event-kbd
""", v, "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token", tok=v)

v = square_token()
S("kotlin", "square", "app/src/main/java/com/fluffcuts/pos/TerminalCheckout.kt", r'''
package com.fluffcuts.pos

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object TerminalCheckout {
    private const val ACCESS_TOKEN = "§tok§"
    private const val DEVICE_ID = "§dev§"
    private val client = OkHttpClient()

    fun push(amountCents: Long, groomingTicket: String): String {
        val body = """{"idempotency_key":"$groomingTicket","checkout":{"amount_money":{"amount":$amountCents,"currency":"USD"},"device_options":{"device_id":"$DEVICE_ID","tip_settings":{"allow_tipping":true}}}}"""
        val req = Request.Builder()
            .url("https://connect.squareup.com/v2/terminals/checkouts")
            .addHeader("Authorization", "Bearer $ACCESS_TOKEN")
            .addHeader("Square-Version", "2024-05-15")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().use { return it.body!!.string() }
    }
}
''', v, "https://developer.squareup.com/docs/terminal-api/overview", tok=v, dev="device:" + draw(16, string.ascii_uppercase + string.digits))

v = stripe_restricted()
S("typescript", "stripe-restricted", "server/terminal/connectionToken.ts", r"""
import Stripe from "stripe";
import type { Request, Response } from "express";

// restricted key: Terminal + PaymentIntents write only
const stripe = new Stripe("§rk§", { apiVersion: "2024-04-10" });

export async function connectionToken(_req: Request, res: Response) {
  const token = await stripe.terminal.connectionTokens.create({ location: "tml_§loc§" });
  res.json({ secret: token.secret });
}

export async function captureGroomingTicket(req: Request, res: Response) {
  const intent = await stripe.paymentIntents.capture(req.body.paymentIntentId, {
    amount_to_capture: req.body.totalWithTip,
  });
  res.json({ status: intent.status });
}
""", v, "https://docs.stripe.com/keys#limit-access", rk=v, loc=draw(14))

v = stripe_whsec()
S("javascript", "stripe-webhook-secret", "functions/stripeWebhook.js", r"""
const functions = require("firebase-functions");
const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

const endpointSecret = "§wh§";

exports.stripeWebhook = functions.https.onRequest(async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.rawBody, req.headers["stripe-signature"], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === "payment_intent.succeeded") {
    const booking = event.data.object.metadata.booking_id;
    await require("./bookings").markPaid(booking);
  }
  res.json({ received: true });
});
""", v, "https://docs.stripe.com/webhooks#verify-official-libraries", wh=v)

v = uuid_s()
S("java", "clover-token", "pos/src/main/java/com/barkbay/pos/CloverOrders.java", r"""
package com.barkbay.pos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class CloverOrders {
    private static final String MERCHANT_ID = "§mid§";
    private static final String API_TOKEN = "§tok§";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static String todaysOrders() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(
                URI.create("https://api.clover.com/v3/merchants/" + MERCHANT_ID + "/orders?filter=createdTime>=" + midnight()))
            .header("Authorization", "Bearer " + API_TOKEN)
            .GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static long midnight() {
        return java.time.LocalDate.now().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
    }
}
""", v, "https://docs.clover.com/docs/using-api-tokens", mid=draw(13, string.ascii_uppercase + string.digits), tok=v)

v = paypal_secret()
S("php", "paypal-secret", "config/payments.php", r"""
<?php

return [
    'default' => 'paypal',

    'paypal' => [
        'mode' => 'live',
        'client_id' => 'A§cid§',
        'client_secret' => '§sec§',
        'currency' => 'USD',
        'return_url' => 'https://www.dogspaw-spa.com/booking/paid',
        'cancel_url' => 'https://www.dogspaw-spa.com/booking/cancelled',
    ],

    'deposit' => [
        'grooming' => 25.00,
        'boarding_per_night' => 0.5,
    ],
];
""", v, "https://developer.paypal.com/api/rest/authentication/", cid=draw(79, URLSAFE), sec=v)

v = draw(16)
S("csharp", "authorize-net", "Kennel.Billing/AuthNetSettings.cs", r"""
namespace Kennel.Billing
{
    // Authorize.Net card-present (Ingenico reader at the front desk)
    public static class AuthNetSettings
    {
        public const bool Sandbox = false;
        public const string ApiLoginId = "§login§";
        public const string TransactionKey = "§tk§";
        public const string MarketType = "2";   // retail
        public const string DeviceType = "5";   // electronic cash register
    }
}
""", v, "https://developer.authorize.net/api/reference/index.html#authentication", login=draw(10), tk=v)

v = hexs(32)
S("ruby", "braintree", "config/initializers/braintree.rb", r"""
# Boarding deposits (Braintree vault, card on file)
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "§mid§"
Braintree::Configuration.public_key  = "§pub§"
Braintree::Configuration.private_key = "§priv§"
Braintree::Configuration.logger      = Rails.logger

DEPOSIT_PERCENT = 0.3
""", v, "https://developer.paypal.com/braintree/docs/start/hello-server/ruby", mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits), priv=v)

v = "sup_sk_" + draw(32)
S("python", "sumup-key", "mobile_groomer/sumup_checkout.py", r'''
"""Mobile grooming van: create a SumUp checkout the groomer taps on the Solo reader."""
import uuid

import requests

SUMUP_KEY = "§key§"
MERCHANT_CODE = "M§mc§"


def checkout(amount: float, client_name: str) -> dict:
    r = requests.post(
        "https://api.sumup.com/v0.1/checkouts",
        headers={"Authorization": f"Bearer {SUMUP_KEY}"},
        json={
            "checkout_reference": str(uuid.uuid4()),
            "amount": round(amount, 2),
            "currency": "GBP",
            "merchant_code": MERCHANT_CODE,
            "description": f"Mobile groom - {client_name}",
        },
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
''', v, "https://developer.sumup.com/api/checkouts/create", key=v, mc=draw(7, string.ascii_uppercase + string.digits))

v = "skapi_prod_" + draw(32, URLSAFE)
S("xml", "heartland-key", "KennelPos/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Heartland.ServiceUrl" value="https://api2.heartlandportico.com" />
    <add key="Heartland.SecretApiKey" value="§key§" />
    <add key="Heartland.DeviceType" value="UPA" />
    <add key="Heartland.TerminalIp" value="10.40.0.51" />
    <add key="Heartland.TerminalPort" value="8081" />
    <add key="Receipt.Footer" value="Thanks for trusting us with your best friend!" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", v, "https://developer.heartlandpaymentsystems.com/documentation/authentication", key=v)

r_ = _rng()
v = "AQE" + "".join(r_.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r_.choice(B64) for _ in range(43)) + "=-" + "".join(r_.choice(ALNUM) for _ in range(10))
S("yaml", "adyen-key", "payments/adyen-terminal.yaml", r"""
adyen:
  environment: LIVE
  live_endpoint_url_prefix: 1797a841fbb37ca7-PawHausGmbH
  api_key: "§key§"
  merchant_account: PawHausGmbHPOS
  terminals:
    salon-front: "V400m-§s1§"
    boarding-desk: "P400Plus-§s2§"
  cloud_terminal_api: https://terminal-api-live.adyen.com/sync
""", v, "https://docs.adyen.com/development-resources/api-credentials/", key=v, s1=str(r_.randint(10**8, 10**9)), s2=str(r_.randint(10**8, 10**9)))

v = gen_pw(10)
S("ini", "terminal-auth-key", "pos/dejavoo-spin.ini", r"""
; Dejavoo SPIn cloud connector - grooming front counter
[spin]
url=https://spinpos.net/spin/cgi.html
tpn=§tpn§
authkey=§ak§
register_id=1
[receipt]
print_merchant_copy=no
header=Sudsy Paws Grooming
""", v, "https://dejavoo.io/wp-content/uploads/2020/06/SPIn-API.pdf", tpn=str(_rng().randint(10**11, 10**12 - 1)), ak=v)

v = words_pw()
S("device-config", "terminal-admin-password", "pos/pax-a920-parameters.txt", r"""
# PAX A920 parameter file pushed from PAXSTORE - mobile groomer units
MERCHANT_NAME=Pampered Pooch Mobile
TIP_ENABLED=Y
TIP_SUGGESTIONS=18,20,25
RECEIPT_PRINT=PROMPT
EDC_TYPE=CREDIT,DEBIT
ADMIN_PASSWORD=§pw§
MANAGER_PASSWORD_REQUIRED_FOR_REFUND=Y
HOST_IP=10.40.0.1
""", v, "https://www.pax.us/wp-content/uploads/2020/02/A920-User-Guide.pdf", pw=v)

# == vaccination record imports ==================================================================

v = words_pw()
S("python", "sftp-password", "vax_import/pull_from_clinic.py", r'''
"""Pull the nightly vaccination export that Riverbend Animal Hospital drops on their SFTP."""
import paramiko

HOST = "sftp.riverbendanimalhospital.com"
USER = "pawsandclaws_kennel"
PASSWORD = "§pw§"
REMOTE_DIR = "/outbound/vaccinations"


def fetch(local_dir: str) -> list:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    got = []
    try:
        for name in sftp.listdir(REMOTE_DIR):
            if name.endswith(".csv"):
                sftp.get(f"{REMOTE_DIR}/{name}", f"{local_dir}/{name}")
                got.append(name)
    finally:
        sftp.close()
        transport.close()
    return got
''', v, "https://docs.paramiko.org/en/stable/api/transport.html", pw=v)

v = draw(40)
S("json", "ezyvet-secret", "vax-sync/appsettings.Production.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "EzyVet": {
    "BaseUrl": "https://api.ezyvet.com/v2",
    "PartnerId": "§pid§",
    "ClientId": "§cid§",
    "ClientSecret": "§sec§",
    "Scope": "read-animal read-vaccination read-contact"
  },
  "Kennel": {
    "RequiredVaccines": [ "Rabies", "DHPP", "Bordetella", "Canine Influenza" ],
    "GraceDays": 0
  }
}
""", v, "https://developers.ezyvet.com/docs/v2/authentication", pid="p" + str(_rng().randint(10**6, 10**7)), cid=hexs(32), sec=v)

v = gen_pw(18, "!@#%")
S("r", "database-password", "analysis/vaccine_compliance.R", r"""
# Vaccine compliance by breed for the quarterly ops review
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reporting.barkbay.internal",
  dbname = "kennel",
  user = "analyst",
  password = "§pw§"
)

vax <- tbl(con, "vaccination_records") %>%
  filter(vaccine %in% c("Rabies", "DHPP", "Bordetella")) %>%
  mutate(current = expires_on >= Sys.Date()) %>%
  group_by(breed, vaccine) %>%
  summarise(compliance = mean(current, na.rm = TRUE)) %>%
  collect()

ggplot(vax, aes(breed, compliance, fill = vaccine)) + geom_col(position = "dodge") + coord_flip()
dbDisconnect(con)
""", v, "https://rpostgres.r-dbi.org/reference/postgres", pw=v)

v = openai()
S("python", "openai-key", "vax_import/extract_from_pdf.py", r'''
"""Read a vet's vaccination certificate PDF and pull out the vaccines and expiry dates."""
import json
import sys

from openai import OpenAI
from pypdf import PdfReader

client = OpenAI(api_key="§key§")

PROMPT = ("From this veterinary record, list every vaccine with its administered and expiry dates as JSON "
          "[{\"vaccine\":..., \"given\":\"YYYY-MM-DD\", \"expires\":\"YYYY-MM-DD\"}]. Only output JSON.")


def extract(path: str) -> list:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text}],
        temperature=0,
    )
    return json.loads(resp.choices[0].message.content)


if __name__ == "__main__":
    print(json.dumps(extract(sys.argv[1]), indent=2))
''', v, "https://platform.openai.com/docs/api-reference/authentication", key=v)

v = anthropic()
S("typescript", "anthropic-key", "src/lib/vaxReader.ts", r"""
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "§key§",
});

export async function readVaccineCard(imageBase64: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-20240620",
    max_tokens: 1024,
    messages: [{
      role: "user",
      content: [
        { type: "image", source: { type: "base64", media_type: "image/jpeg", data: imageBase64 } },
        { type: "text", text: "List the vaccines, dates given and expiry dates on this pet vaccination card as JSON." },
      ],
    }],
  });
  return msg.content;
}
""", v, "https://docs.anthropic.com/en/api/getting-started", key=v)

v = pem("", 10)
sa = json.dumps({
    "type": "service_account",
    "project_id": "happytails-vax-ocr",
    "private_key_id": hexs(40),
    "private_key": v + "\n",
    "client_email": "vax-ocr@happytails-vax-ocr.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
}, indent=2)
S("json", "gcp-service-account", "vax-ocr/credentials/happytails-vax-ocr-3f9a.json", "§sa§\n",
  v.replace("\n", "\\n"), "https://cloud.google.com/iam/docs/keys-create-delete", sa=sa)

v = gen_pw(20)
S("sql", "database-password", "db/migrations/0042_vet_import_user.sql", r"""
-- 0042: separate login for the vet-record importer (least privilege)
CREATE ROLE vet_importer LOGIN PASSWORD '§pw§';
GRANT CONNECT ON DATABASE kennel TO vet_importer;
GRANT USAGE ON SCHEMA records TO vet_importer;
GRANT SELECT ON records.pets, records.owners TO vet_importer;
GRANT INSERT, UPDATE ON records.vaccinations TO vet_importer;
ALTER ROLE vet_importer SET statement_timeout = '30s';
""", v, "https://www.postgresql.org/docs/current/sql-createrole.html", pw=v)

v = gen_pw(16, "#$")
S("sql", "linked-server-password", "sql/setup_vetclinic_linked_server.sql", r"""
-- Linked server to the clinic's AVImark SQL mirror so we can read vaccine dates directly
EXEC master.dbo.sp_addlinkedserver
    @server = N'CLINIC_AVIMARK',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'avimark-mirror.riverbendvet.local,1433';

EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'CLINIC_AVIMARK',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'kennel_read',
    @rmtpassword = N'§pw§';
GO
""", v, "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", pw=v)

# == infra: containers, CI, cloud ================================================================

v = words_pw()
S("dockerfile", "database-password", "docker/reports.Dockerfile", r"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY reports/ ./reports/

ENV PGHOST=kennel-db.internal \
    PGDATABASE=kennel \
    PGUSER=reports \
    PGPASSWORD=§pw§ \
    TZ=America/Denver

CMD ["python", "-m", "reports.nightly_occupancy"]
""", v, "https://docs.docker.com/reference/dockerfile/#env", pw=v)

v = gen_pw(24)
S("compose", "mysql-password", "docker-compose.yml", r"""
services:
  app:
    image: ghcr.io/barkbay/kennel-manager:2.8.1
    ports: ["8080:8080"]
    environment:
      DB_HOST: db
      DB_USER: kennel
      DB_PASSWORD: ${DB_PASSWORD}
    depends_on: [db]
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: kennel
      MYSQL_USER: kennel
      MYSQL_PASSWORD: ${DB_PASSWORD}
      MYSQL_ROOT_PASSWORD: §pw§
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata:
""", v, "https://hub.docker.com/_/mysql", pw=v)

v = gen_pw(20)
S("compose", "scrypted-token", "nvr/docker-compose.yml", r"""
services:
  go2rtc:
    image: alexxit/go2rtc:1.9.4
    network_mode: host
    restart: unless-stopped
    volumes:
      - ./go2rtc.yaml:/config/go2rtc.yaml
  scrypted:
    image: koush/scrypted
    network_mode: host
    restart: unless-stopped
    environment:
      - SCRYPTED_WEBHOOK_UPDATE_AUTHORIZATION=Bearer §tok§
      - SCRYPTED_WEBHOOK_UPDATE=http://localhost:10444/v1/update
    volumes:
      - ./scrypted:/server/volume
""", v, "https://docs.scrypted.app/installation.html#docker-compose", tok=v)

v = fakes.redis_password(_seed())
S("k8s-secret", "redis", "k8s/booking/redis-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-redis
  namespace: booking
  labels:
    app.kubernetes.io/part-of: pawsplace
type: Opaque
data:
  redis-host: §host§
  redis-password: §pw§
""", v, "https://kubernetes.io/docs/concepts/configuration/secret/", host=b64("redis-master.booking.svc.cluster.local"), pw=b64(v))

v = twilio_token()
S("k8s-secret", "twilio", "deploy/k8s/reminders-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: reminders-twilio
  namespace: daycare
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: "§sid§"
  TWILIO_AUTH_TOKEN: "§tok§"
  TWILIO_MESSAGING_SERVICE_SID: "MG§mg§"
""", v, "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/", sid=twilio_sid(), tok=v, mg=hexs(32))

v = "postgresql://kennel:" + words_pw() + "@kennel-db.internal:5432/kennel?sslmode=require"
pw_ = v.split(":")[2].split("@")[0]
S("k8s-secret", "database-url", "deploy/k8s/api-secrets.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: kennel-api
  namespace: prod
type: Opaque
data:
  DATABASE_URL: §url§
  LOG_LEVEL: §ll§
""", pw_, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", url=b64(v), ll=b64("info"))

v = sendgrid_key()
S("helm", "sendgrid", "charts/notifier/values-prod.yaml", r"""
replicaCount: 2
image:
  repository: registry.gitlab.com/happytails/notifier
  tag: "1.14.0"
env:
  NOTIFY_FROM: "reportcards@happytailsdaycare.com"
  REPORT_CARD_SEND_HOUR: "17"
secrets:
  SENDGRID_API_KEY: "§key§"
resources:
  limits:
    cpu: 200m
    memory: 256Mi
ingress:
  enabled: false
""", v, "https://helm.sh/docs/chart_template_guide/values_files/", key=v)

a, s = aws_pair()
S("terraform", "aws-secret-key", "infra/main.tf", r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "§a§"
  secret_key = "§s§"
}

resource "aws_s3_bucket" "vax_pdfs" {
  bucket = "tailwaggers-vaccination-pdfs"
}

resource "aws_s3_bucket_lifecycle_configuration" "vax_pdfs" {
  bucket = aws_s3_bucket.vax_pdfs.id
  rule {
    id     = "expire-after-3y"
    status = "Enabled"
    expiration { days = 1095 }
  }
}
""", s, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", a=a, s=s)

v = human_pw()
S("terraform", "database-password", "infra/rds.tf", r"""
resource "aws_db_instance" "kennel" {
  identifier              = "kennel-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "kennel"
  username                = "kennel_admin"
  password                = "§pw§"
  backup_retention_period = 14
  skip_final_snapshot     = false
  deletion_protection     = true
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
}
""", v, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", pw=v)

v = azure_storage_key()
S("terraform", "azure-storage-key", "infra/azure/webcam_storage.tf", r"""
# Clip storage for the kennel webcams (Azure)
locals {
  clips_conn = "DefaultEndpointsProtocol=https;AccountName=pawhauscams;AccountKey=§key§;EndpointSuffix=core.windows.net"
}

resource "azurerm_function_app_flex_consumption" "clipper" {
  name                = "pawhaus-clipper"
  resource_group_name = "rg-pawhaus-cams"
  location            = "westeurope"
  service_plan_id     = azurerm_service_plan.clipper.id
  app_settings = {
    CLIPS_STORAGE = local.clips_conn
  }
}
""", v, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", key=v)

v = github_pat()
S("github-actions", "github-token", ".github/workflows/deploy.yml", r"""
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
          token: §tok§
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - run: npx wrangler pages deploy dist --project-name=booking-widget
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
""", v, "https://github.com/actions/checkout#usage", tok=v)

v = draw(40, URLSAFE)
S("gitlab-ci", "cloudflare-token", ".gitlab-ci.yml", r"""
stages: [build, deploy]

variables:
  NODE_VERSION: "20"
  CLOUDFLARE_ACCOUNT_ID: "§acct§"
  CLOUDFLARE_API_TOKEN: "§tok§"

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

deploy:
  stage: deploy
  image: node:20
  script:
    - npx wrangler pages deploy dist --project-name=groom-booking
  only: [main]
""", v, "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", acct=hexs(32), tok=v)

v = "npm_" + draw(36)
S("npmrc", "npm-token", "packages/booking-widget/.npmrc", r"""
@pawsplace:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=§tok§
save-exact=true
engine-strict=true
fund=false
""", v, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", tok=v)

# == runbooks, notebooks, shell history, scripts =================================================

v = words_pw()
S("markdown", "nvr-password", "docs/runbooks/kennel-cams.md", r"""
# Kennel cams runbook

The suite and yard cameras record to the Hikvision NVR in the back office rack (shelf 2).

## When a suite cam shows "offline" in the owner app

1. Check the PoE switch port LED (ports 1-12 are the suite cams).
2. Log in to the NVR web UI at https://10.20.0.15 — user `admin`, password `§pw§`.
3. Configuration -> Camera -> IP Camera: look for the red status dot.
4. If the camera shows "Network Unreachable", power-cycle its port from the switch UI.
5. If it still fails, swap in a spare from the cabinet and re-add it with the same channel number.

## Retention

Recording is 24/7 at sub-stream, 14 days. Owners only ever see the live view, never recordings.
""", v, "https://www.hikvision.com/en/support/how-to/how-to-video/nvr/", pw=v)

v = gen_pw(14)
S("markdown", "wifi-psk", "docs/it/network.md", r"""
# Network - Paws & Relax Boarding

| VLAN | Name        | Subnet        | Notes                               |
|------|-------------|---------------|-------------------------------------|
| 10   | office      | 10.10.0.0/24  | front desk PCs, printers            |
| 20   | cameras     | 10.20.0.0/24  | suite cams, NVR (no internet)       |
| 30   | access      | 10.30.0.0/24  | door controllers, gate              |
| 40   | payments    | 10.40.0.0/24  | card terminals only (PCI)           |
| 50   | guest       | 10.50.0.0/24  | lobby guest wifi, client isolation  |

## Wi-Fi

- **PR-Staff** (VLAN 10): WPA2-Personal, key `§psk§` — staff phones and the kennel tablets.
- **PR-Guest** (VLAN 50): open with captive portal, 2 h sessions.

Change the staff key when someone leaves (UniFi controller -> Settings -> WiFi).
""", v, "https://help.ui.com/hc/en-us/articles/115004662107", psk=v)

v = square_token()
S("notebook", "square", "notebooks/grooming_revenue_q2.ipynb", "§nb§", v,
  "https://developer.squareup.com/reference/square/payments-api/list-payments",
  nb=json.dumps({
      "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# Q2 grooming revenue by groomer\n", "Pulls payments from Square and joins the groomer from the ticket note."]},
          {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
              "import pandas as pd\n", "from square.client import Client\n", "\n",
              f"client = Client(access_token=\"{v}\", environment=\"production\")\n",
              "resp = client.payments.list_payments(begin_time=\"2024-04-01T00:00:00Z\", end_time=\"2024-07-01T00:00:00Z\")\n",
              "df = pd.DataFrame(resp.body[\"payments\"])\n", "df.shape"]},
          {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
              "df[\"groomer\"] = df[\"note\"].str.extract(r\"groomer: (\\w+)\")\n",
              "df.groupby(\"groomer\")[\"amount_money\"].apply(lambda s: sum(m[\"amount\"] for m in s) / 100)"]},
      ],
      "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
      "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n")

v = mailchimp_key()
S("notebook", "mailchimp", "notebooks/lapsed_clients_campaign.ipynb", "§nb§", v,
  "https://mailchimp.com/developer/marketing/guides/quick-start/",
  nb=json.dumps({
      "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["## Lapsed grooming clients -> Mailchimp segment\n"]},
          {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
              "import mailchimp_marketing as MailchimpMarketing\n",
              "mc = MailchimpMarketing.Client()\n",
              f"mc.set_config({{\"api_key\": \"{v}\", \"server\": \"{v.rsplit('-', 1)[1]}\"}})\n",
              "mc.ping.get()"]},
          {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
              "lapsed = clients[clients.last_groom < '2024-01-01']\n",
              "for email in lapsed.email:\n",
              "    mc.lists.add_list_member(LIST_ID, {\"email_address\": email, \"status\": \"subscribed\", \"tags\": [\"lapsed\"]})"]},
      ],
      "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
      "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n")

v = gen_pw(20, "!%")
S("shell-history", "mysql-password", "ops/frontdesk-pc/.bash_history", r"""
cd /opt/kennelconnect
ls -la backups/
df -h
mysqldump -u kcadmin -p'§pw§' kennelconnect | gzip > backups/kc-$(date +%F).sql.gz
ls -la backups/
scp backups/kc-2024-06-03.sql.gz nas:/volume1/backups/kennel/
exit
""", v, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", pw=v)

v = mailgun_key()
S("shell-history", "mailgun", "ops/notes/zsh_history_export.txt", r"""
: 1717430001:0;cd ~/code/groomtrack
: 1717430020:0;git pull
: 1717430101:0;export MAILGUN_API_KEY=§key§
: 1717430140:0;curl -s --user "api:$MAILGUN_API_KEY" https://api.mailgun.net/v3/mg.groomtrack.app/events | jq '.items[0]'
: 1717430210:0;php artisan queue:restart
: 1717430300:0;tail -f storage/logs/laravel.log
""", v, "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Events/", key=v)

v = words_pw()
S("powershell", "windows-password", "scripts/Install-FrontDeskPC.ps1", r"""
# Sets up a new front-desk PC: kiosk user, label printer, Gingr shortcut
$ErrorActionPreference = 'Stop'

$KioskUser = 'frontdesk'
$KioskPass = ConvertTo-SecureString '§pw§' -AsPlainText -Force
New-LocalUser -Name $KioskUser -Password $KioskPass -FullName 'Front Desk' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Users' -Member $KioskUser

Add-Printer -Name 'Kennel Tags' -DriverName 'ZDesigner GK420d' -PortName 'USB001'

$shell = New-Object -ComObject WScript.Shell
$lnk = $shell.CreateShortcut("C:\Users\Public\Desktop\Gingr.lnk")
$lnk.TargetPath = 'https://pawsandrelax.gingrapp.com'
$lnk.Save()

Write-Host 'Front desk PC ready.'
""", v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", pw=v)

v = gen_pw(32)
S("powershell", "brivo-secret", "scripts/Sync-DoorSchedules.ps1", r"""
param([string]$Site = '27714')

$clientId = '§cid§'
$clientSecret = '§sec§'
$apiKey = $env:BRIVO_API_KEY

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${clientId}:${clientSecret}"))
$token = Invoke-RestMethod -Method Post -Uri 'https://auth.brivo.com/oauth/token?grant_type=password' `
    -Headers @{ Authorization = "Basic $basic"; 'api-key' = $apiKey } `
    -Body @{ username = 'doorsync@barkbay.com'; password = $env:BRIVO_USER_PASSWORD }

$schedules = Invoke-RestMethod -Uri "https://api.brivo.com/v1/api/sites/$Site/schedules" `
    -Headers @{ Authorization = "Bearer $($token.access_token)"; 'api-key' = $apiKey }
$schedules.data | Format-Table id, name
""", v, "https://developer.brivo.com/docs/authentication", cid=uuid_s(), sec=v)

v = words_pw()
S("shell", "smb-password", "scripts/backup-kennelconnect.sh", r"""
#!/bin/bash
# Nightly: copy the Kennel Connection database folder to the NAS share
set -e
SHARE=//192.168.10.20/backups
MNT=/mnt/nas
mkdir -p "$MNT"
mount -t cifs "$SHARE" "$MNT" -o username=kennelbackup,password=§pw§,vers=3.0
rsync -a --delete "/srv/kennelconnect/Data/" "$MNT/kennelconnect/$(date +%a)/"
umount "$MNT"
""", v, "https://linux.die.net/man/8/mount.cifs", pw=v)

v = gen_pw(22)
S("shell", "ftp-password", "scripts/upload-daily-photos.sh", r"""
#!/usr/bin/env bash
# Uploads today's daycare photos to the website gallery (host only gives us FTP)
set -euo pipefail
DAY=$(date +%Y-%m-%d)
SRC="/home/kiosk/Pictures/daycare/$DAY"
[ -d "$SRC" ] || exit 0

lftp -u "gallery@happyhoundsdaycare.com,§pw§" ftp.happyhoundsdaycare.com <<EOF
set ftp:ssl-force true
mkdir -p /public_html/gallery/$DAY
mirror -R --only-newer "$SRC" /public_html/gallery/$DAY
bye
EOF
""", v, "https://lftp.yar.ru/lftp-man.html", pw=v)

v = gen_pw(20)
S("swift", "api-secret", "OwnerApp/Sources/Config/Secrets.swift", r"""
import Foundation

// Owner app (iOS) - talks to the daycare API
enum AppConfig {
    static let apiBaseURL = URL(string: "https://api.happytailsdaycare.com/v2")!
    static let clientID = "owner-ios"
    static let clientSecret = "§sec§"
    static let liveCamRefreshSeconds: TimeInterval = 20
    static let supportPhone = "+1-303-555-0140"
}
""", v, "https://www.oauth.com/oauth2-servers/client-registration/client-id-secret/", sec=v)

v = pem("", 6)
S("swift", "apns-key", "Scripts/SendReportCardPush.swift", r'''
#!/usr/bin/env swift
// Ad-hoc push of a report card notification (APNs token auth, key id in TEAM notes)
import Foundation

let keyID = "§kid§"
let teamID = "§team§"
let p8 = """
§key§
"""

let topic = "com.happytails.owner"
print("signing JWT with key \(keyID) for team \(teamID), topic \(topic), key bytes: \(p8.count)")
''', v, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", kid=draw(10, string.ascii_uppercase + string.digits), team=draw(10, string.ascii_uppercase + string.digits), key=v)

v = fcm_server_key()
S("kotlin", "fcm-server-key", "backend/src/main/kotlin/com/pawsplace/push/LegacyPush.kt", r'''
package com.pawsplace.push

import java.net.HttpURLConnection
import java.net.URL

// Old FCM HTTP API - still used by the Android owner app v1.x
object LegacyPush {
    private const val SERVER_KEY = "§key§"

    fun send(deviceToken: String, title: String, body: String) {
        val conn = URL("https://fcm.googleapis.com/fcm/send").openConnection() as HttpURLConnection
        conn.requestMethod = "POST"
        conn.doOutput = true
        conn.setRequestProperty("Authorization", "key=$SERVER_KEY")
        conn.setRequestProperty("Content-Type", "application/json")
        conn.outputStream.use {
            it.write("""{"to":"$deviceToken","notification":{"title":"$title","body":"$body"}}""".toByteArray())
        }
        check(conn.responseCode == 200) { "FCM returned ${conn.responseCode}" }
    }
}
''', v, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", key=v)

# == more services and formats ===================================================================

v = gen_pw(18)
S("go", "mongodb", "internal/store/mongo.go", r"""
package store

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const uri = "mongodb+srv://daycare-api:§pw§@cluster0.k3f9qz.mongodb.net/daycare?retryWrites=true&w=majority"

// Connect opens the attendance/report-card store.
func Connect(ctx context.Context) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
""", v, "https://www.mongodb.com/docs/manual/reference/connection-string/", pw=v)

v = words_pw()
S("yaml", "spring-datasource", "booking-service/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://booking-db.prod.internal:5432/booking
    username: booking_svc
    password: §pw§
    hikari:
      maximum-pool-size: 10
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
booking:
  grooming:
    slot-minutes: 30
    max-concurrent-per-groomer: 2
  boarding:
    late-checkout-hour: 12
""", v, "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", pw=v)

v = uuid_s()
S("toml", "postmark-token", "config/production.toml", r"""
[server]
addr = "0.0.0.0:8080"
read_timeout = "10s"

[email]
provider = "postmark"
server_token = "§tok§"
message_stream = "outbound"
from = "Wag Inn Boarding <stays@waginn.com>"

[reminders]
checkin_days_before = 2
vaccines_due_days = [30, 7]
""", v, "https://postmarkapp.com/developer/api/overview#authentication", tok=v)

v = words_pw()
S("pgpass", "postgres-password", "ops/dotfiles/.pgpass", r"""
# hostname:port:database:username:password
kennel-db.internal:5432:kennel:kennel_admin:§pw§
kennel-db.internal:5432:*:reports:*
localhost:5432:*:postgres:*
reporting.barkbay.internal:5432:kennel:analyst:*
""", v, "https://www.postgresql.org/docs/current/libpq-pgpass.html", pw=v)

v = gen_pw(12)
S("device-config", "cisco-password", "network/switches/kennel-poe-sw1.cfg", r"""
!
hostname kennel-poe-sw1
!
enable secret 9 $9$§ehash§
username netadmin privilege 15 password 0 §pw§
!
vlan 20
 name cameras
vlan 30
 name access-control
!
interface range GigabitEthernet1/0/1-12
 description suite-cams
 switchport access vlan 20
 switchport mode access
 power inline auto
!
ip default-gateway 10.20.0.1
line vty 0 4
 login local
 transport input ssh
!
end
""", v, "https://www.cisco.com/c/en/us/td/docs/switches/lan/catalyst9300/software/release/17-9/configuration_guide/sys_mgmt/b_179_sys_mgmt_9300_cg/configuring_passwords_and_privilege_levels.html", pw=v, ehash=draw(14, ALNUM + "./") + "$" + draw(43, ALNUM + "./"))

v = gen_pw(16)
S("device-config", "snmp-community", "network/switches/yard-sw2.cfg", r"""
!
hostname yard-sw2
!
snmp-server community public RO 10
snmp-server community §comm§ RW 10
snmp-server location "Play yard shed"
snmp-server contact it@dogtopiastays.com
access-list 10 permit 10.10.0.50
!
interface GigabitEthernet0/1
 description uplink-to-office
 switchport mode trunk
!
end
""", v, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html", comm=v)

v = wireguard_key()
S("ini", "wireguard-key", "network/wireguard/wg0.conf", r"""
# remote access to the kennel NVR from the owner's laptop
[Interface]
PrivateKey = §priv§
Address = 10.99.0.2/32
DNS = 10.10.0.1

[Peer]
PublicKey = §pub§
Endpoint = vpn.pawsandrelax.com:51820
AllowedIPs = 10.20.0.0/24, 10.10.0.0/24
PersistentKeepalive = 25
""", v, "https://www.wireguard.com/quickstart/", priv=v, pub=wireguard_key())

v = wireguard_key()
S("device-config", "wireguard-key", "network/mikrotik/office-router.rsc", r"""
# 2024-05-20 11:02:14 by RouterOS 7.14.3
/interface wireguard
add listen-port=13231 mtu=1420 name=wg-cams private-key="§priv§"
/interface wireguard peers
add allowed-address=10.99.0.2/32 interface=wg-cams public-key="§pub§"
/ip address
add address=10.99.0.1/24 interface=wg-cams network=10.99.0.0
/ip firewall filter
add action=accept chain=input dst-port=13231 protocol=udp comment="wireguard"
add action=drop chain=forward in-interface=vlan50-guest out-interface=vlan20-cams
""", v, "https://help.mikrotik.com/docs/display/ROS/WireGuard", priv=v, pub=wireguard_key())

v = passphrase()
S("ini", "wifi-psk", "kiosk-pi/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="DT-Staff"
    psk="§psk§"
    key_mgmt=WPA-PSK
    priority=10
}
""", v, "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line", psk=v)

r_ = _rng()
v = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join("".join(r_.choice(HEX) for _ in range(32)) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
S("ovpn", "openvpn-static-key", "network/openvpn/kennel-remote.ovpn", r"""
client
dev tun
proto udp
remote vpn.wagsworld.net 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
key-direction 1
<tls-auth>
§key§
</tls-auth>
""", v, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", key=v)

v = human_pw()
S("ini", "ansible-inventory", "ansible/inventory/kennel.ini", r"""
[nvr]
nvr-01 ansible_host=10.20.0.15

[kiosks]
lobby-kiosk ansible_host=10.10.0.60
yard-tablet-dock ansible_host=10.10.0.61

[kiosks:vars]
ansible_user=pi
ansible_password=§pw§
ansible_become=true

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", v, "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", pw=v)

v = gen_pw(20)
S("ansible", "mysql-password", "ansible/roles/kennelconnect/tasks/main.yml", r"""
---
- name: Install MariaDB
  ansible.builtin.apt:
    name: [mariadb-server, python3-pymysql]
    state: present

- name: Create Kennel Connection database
  community.mysql.mysql_db:
    name: kennelconnect
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock

- name: Create app user
  community.mysql.mysql_user:
    name: kcapp
    password: "§pw§"
    priv: "kennelconnect.*:ALL"
    host: localhost
    state: present
    login_unix_socket: /run/mysqld/mysqld.sock
""", v, "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", pw=v)

v = "os_v2_app_" + draw(113, string.ascii_lowercase + "234567")
S("javascript", "onesignal-key", "server/push/onesignal.js", r"""
const axios = require("axios");

const ONESIGNAL_APP_ID = "§app§";
const ONESIGNAL_REST_API_KEY = "§key§";

// "Your pup's report card is ready" push to the owner app
async function reportCardReady(ownerExternalId, dogName) {
  await axios.post("https://api.onesignal.com/notifications", {
    app_id: ONESIGNAL_APP_ID,
    include_aliases: { external_id: [ownerExternalId] },
    target_channel: "push",
    headings: { en: "Report card ready!" },
    contents: { en: `See what ${dogName} got up to at daycare today.` },
  }, { headers: { Authorization: `Key ${ONESIGNAL_REST_API_KEY}` } });
}

module.exports = { reportCardReady };
""", v, "https://documentation.onesignal.com/reference/keys-ids", app=uuid_s(), key=v)

v = hubspot_pat()
S("python", "hubspot-token", "crm/sync_new_clients.py", r'''
"""Push new grooming clients from the booking DB into HubSpot as contacts."""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

from booking.db import new_clients_since

api = HubSpot(access_token="§tok§")


def run(since):
    for c in new_clients_since(since):
        api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties={
            "email": c.email,
            "firstname": c.first_name,
            "lastname": c.last_name,
            "phone": c.mobile,
            "pet_names": ", ".join(p.name for p in c.pets),
            "lifecyclestage": "customer",
        }))
''', v, "https://developers.hubspot.com/docs/api/private-apps", tok=v)

v = airtable_pat()
S("javascript", "airtable-token", "scripts/waitlist-to-airtable.mjs", r"""
import Airtable from "airtable";

const base = new Airtable({ apiKey: "§tok§" }).base("app§base§");

// Boarding waitlist for the holidays lives in Airtable so the manager can shuffle it on her phone
export async function addToWaitlist({ owner, dog, size, checkIn, checkOut }) {
  return base("Holiday Waitlist").create([
    { fields: { Owner: owner, Dog: dog, Size: size, "Check-in": checkIn, "Check-out": checkOut, Status: "Waiting" } },
  ]);
}
""", v, "https://airtable.com/developers/web/guides/personal-access-tokens", tok=v, base=draw(14))

v = shopify_token()
S("ruby", "shopify-token", "lib/tasks/retail_sync.rake", r"""
# Syncs shampoo/treat retail stock between the salon POS and the Shopify store
namespace :retail do
  desc "Push POS stock counts to Shopify"
  task sync: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "sudsy-paws-shop.myshopify.com",
      access_token: "§tok§"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    RetailItem.where.not(shopify_inventory_item_id: nil).find_each do |item|
      client.post(path: "inventory_levels/set", body: {
        location_id: 71_234_567_890, inventory_item_id: item.shopify_inventory_item_id, available: item.on_hand
      })
    end
  end
end
""", v, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", tok=v)

v = "EAAG" + draw(180)
S("python", "facebook-page-token", "marketing/post_daily_photos.py", r'''
"""Post the day's daycare photo album to the Facebook page at 6pm."""
import glob
import requests

PAGE_ID = "§page§"
PAGE_TOKEN = "§tok§"


def post_photo(path: str, caption: str) -> None:
    with open(path, "rb") as fh:
        requests.post(
            f"https://graph.facebook.com/v19.0/{PAGE_ID}/photos",
            data={"caption": caption, "access_token": PAGE_TOKEN},
            files={"source": fh},
            timeout=60,
        ).raise_for_status()


for photo in sorted(glob.glob("/srv/daycare-photos/today/*.jpg"))[:10]:
    post_photo(photo, "Another happy day at Happy Hounds! #dogdaycare")
''', v, "https://developers.facebook.com/docs/pages-api/getting-started", page=str(_rng().randint(10**14, 10**15)), tok=v)

v = google_key()
S("go", "google-maps-server-key", "mobilegroom/routing/routes.go", r"""
package routing

import (
	"context"

	"googlemaps.github.io/maps"
)

// Server-side key (Routes/Directions) for planning the mobile grooming van's day.
const mapsKey = "§key§"

func DayRoute(ctx context.Context, depot string, stops []string) (*maps.Route, error) {
	c, err := maps.NewClient(maps.WithAPIKey(mapsKey))
	if err != nil {
		return nil, err
	}
	routes, _, err := c.Directions(ctx, &maps.DirectionsRequest{
		Origin: depot, Destination: depot, Waypoints: stops, Optimize: true,
	})
	if err != nil || len(routes) == 0 {
		return nil, err
	}
	return &routes[0], nil
}
""", v, "https://developers.google.com/maps/documentation/directions/get-api-key", key=v)

v = google_client_secret()
S("json", "google-oauth-secret", "calendar-sync/client_secret.json", "§js§\n", v,
  "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred",
  js=json.dumps({"web": {
      "client_id": f"{_rng().randint(10**11, 10**12)}-{draw(32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com",
      "project_id": "groomer-calendar-sync",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_secret": v,
      "redirect_uris": ["https://app.sudsandscissors.com/oauth/google/callback"]}}, indent=2))

v = draw(40)
S("env", "quickbooks-secret", "accounting-bridge/.env", r"""
# QuickBooks Online: daily sales journal from the kennel software
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=AB§cid§
QBO_CLIENT_SECRET=§sec§
QBO_REDIRECT_URI=https://bridge.wagsworld.net/qbo/callback
QBO_REALM_ID=§realm§
JOURNAL_ACCOUNT_GROOMING=4010
JOURNAL_ACCOUNT_BOARDING=4020
JOURNAL_ACCOUNT_DAYCARE=4030
""", v, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", cid=draw(48), sec=v, realm=str(_rng().randint(10**15, 10**16)))

v = draw(48, URLSAFE)
S("yaml", "xero-secret", "accounting/xero.yaml", r"""
xero:
  client_id: §cid§
  client_secret: §sec§
  scopes:
    - openid
    - accounting.transactions
    - accounting.contacts
    - offline_access
  tenant_name: "Paw Haus Hundepension GmbH"
mapping:
  boarding_nights: "200"
  grooming: "201"
  retail: "210"
""", v, "https://developer.xero.com/documentation/guides/oauth2/auth-flow", cid=uphex(32), sec=v)

v = rails_secret()
S("yaml", "rails-secret-key-base", "config/secrets.yml", r"""
# Legacy booking app (Rails 5.1) - secrets for each environment
development:
  secret_key_base: 9f0e2b8c5d3a1e7f4b6c8d0a2e4f6b8c
test:
  secret_key_base: test_secret_key_base_not_used_anywhere
production:
  secret_key_base: §skb§
  gingr_subdomain: wagsworld
""", v, "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials", skb=v)

v = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role", "iat": 1709251200, "exp": 2024827200})
S("env", "supabase-service-role", "web/.env.local", r"""
NEXT_PUBLIC_SUPABASE_URL=https://§ref§.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=${SUPABASE_ANON_KEY}
# server only! used by the vaccine upload route handler
SUPABASE_SERVICE_ROLE_KEY=§key§
NEXT_PUBLIC_BOOKING_DEPOSIT=25
""", v, "https://supabase.com/docs/guides/api/api-keys", ref=draw(20, string.ascii_lowercase), key=v)

v = gen_pw(48, "-_")
S("javascript", "jwt-secret", "api/config/index.js", r"""
module.exports = {
  port: process.env.PORT || 4000,
  db: {
    uri: process.env.MONGO_URI,
  },
  auth: {
    jwtSecret: "§sec§",
    jwtExpiresIn: "12h",
    staffPinLength: 4,
  },
  kennel: {
    suites: 42,
    runs: 18,
    catCondos: 8,
  },
};
""", v, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", sec=v)

v = fakes.redis_password(_seed())
S("ruby", "redis", "config/initializers/sidekiq.rb", r"""
redis_url = "rediss://default:§pw§@redis-14522.c91.us-east-1-3.ec2.redns.redis-cloud.com:14522/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end

# reminder jobs: 24h grooming reminder, 48h boarding check-in, vaccine expiry sweep at 06:00
""", v, "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", pw=v)

v = hexs(32)
S("yaml", "datadog-key", "ops/datadog/datadog.yaml", r"""
api_key: §key§
site: datadoghq.com
hostname: kennel-nvr-01
tags:
  - env:prod
  - site:denver
  - role:nvr
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", v, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", key=v)

v = hexs(32)
S("python", "algolia-admin-key", "search/index_groomers.py", r'''
"""Index groomers and their specialities for the 'find a groomer' page."""
from algoliasearch.search_client import SearchClient

from booking.models import Groomer

client = SearchClient.create("§app§", "§key§")
index = client.init_index("groomers_prod")

records = [{
    "objectID": g.id,
    "name": g.display_name,
    "location": g.salon.city,
    "specialities": g.specialities,  # hand-scissoring, doodles, cats...
    "_geoloc": {"lat": g.salon.lat, "lng": g.salon.lng},
} for g in Groomer.objects.filter(active=True)]

index.save_objects(records)
index.set_settings({"searchableAttributes": ["name", "specialities", "location"]})
''', v, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", app=draw(10, string.ascii_uppercase + string.digits), key=v)

user, key = "frontdesk@barkbay.com", uphex(8) + "-" + uphex(4) + "-" + uphex(4) + "-" + uphex(4) + "-" + uphex(12)
v = b64(f"{user}:{key}")
S("http", "clicksend-basic", "api-tests/clicksend.http", r"""
### Send a test SMS through ClickSend
POST https://rest.clicksend.com/v3/sms/send
Authorization: Basic §basic§
Content-Type: application/json

{
  "messages": [
    {
      "source": "kennel-dashboard",
      "from": "BarkBay",
      "to": "+61411111111",
      "body": "Test: Biscuit has been checked in to Suite 12."
    }
  ]
}
""", v, "https://developers.clicksend.com/docs/rest/v3/#authentication", basic=v)

v = draw(30)
S("csharp", "textmagic-key", "Reminders/TextMagicSender.cs", r"""
using System.Collections.Generic;
using TextmagicRest;

namespace PawHaus.Reminders
{
    public class TextMagicSender
    {
        private readonly Client _client = new Client("pawhausbooking", "§key§");

        public bool Send(string phone, string text)
        {
            var link = _client.SendMessage(text, new List<string> { phone });
            return link.Success;
        }
    }
}
""", v, "https://docs.textmagic.com/#section/Authentication", key=v)

v = draw(25)
S("go", "messagebird-key", "cmd/reminder-worker/main.go", r"""
package main

import (
	"log"

	messagebird "github.com/messagebird/go-rest-api/v9"
	"github.com/messagebird/go-rest-api/v9/sms"
)

func main() {
	client := messagebird.New("§key§")
	msg, err := sms.Create(client, "PawsInn", []string{"+447700900123"},
		"Reminder: Luna's boarding stay starts tomorrow. Please bring her food in labelled bags!", nil)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("sent %s", msg.ID)
}
""", v, "https://developers.messagebird.com/api/#authentication", key=v)

r_ = _rng()
v = "endpoint=https://pawsinn-sms.unitedstates.communication.azure.com/;accesskey=" + "".join(r_.choice(B64) for _ in range(86)) + "=="
key_ = v.split("accesskey=")[1]
S("json", "azure-communication", "Reminders.Functions/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "ACS_CONNECTION_STRING": "§cs§",
    "ACS_FROM_NUMBER": "+18335550199",
    "ReminderSchedule": "0 0 14 * * *"
  }
}
""", key_, "https://learn.microsoft.com/en-us/azure/communication-services/quickstarts/sms/send", cs=v)

v = "BM" + draw(42, B64)
S("properties", "ses-smtp-password", "notifier/src/main/resources/mail.properties", r"""
mail.smtp.host=email-smtp.us-east-1.amazonaws.com
mail.smtp.port=587
mail.smtp.auth=true
mail.smtp.starttls.enable=true
mail.smtp.user=§user§
mail.smtp.password=§pw§
mail.from=Report Cards <reportcards@dogtopiastays.com>
""", v, "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html", user=fakes.aws_key_id(_seed()), pw=v)

v = fakes.github_fine_grained_token(_seed())
S("requirements", "github-token", "requirements.txt", r"""
Django==5.0.6
djangorestframework==3.15.1
celery==5.4.0
redis==5.0.4
twilio==9.0.5
stripe==9.6.0
psycopg[binary]==3.1.19
# private package with the kennel suite layout engine
git+https://oauth2:§tok§@github.com/wagsworld/suite-layout.git@v0.9.2#egg=suite-layout
""", v, "https://pip.pypa.io/en/stable/topics/vcs-support/", tok=v)

v = fakes.pypi_token(_seed())
S("ini", "pypi-token", "tools/pawscheduler/.pypirc", r"""
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = §tok§
""", v, "https://packaging.python.org/en/latest/specifications/pypirc/", tok=v)

v = b64("wagsworld-ci:" + github_pat())
S("json", "docker-auth", "ci/docker/config.json", r"""
{
  "auths": {
    "ghcr.io": {
      "auth": "§auth§"
    }
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", v, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", auth=v)

v = gen_pw(24, "!#%^*()")
S("php", "wordpress-db-password", "site/wp-config.php", r"""
<?php
/** Pampered Pooch Salon website */
define( 'DB_NAME', 'pampered_wp' );
define( 'DB_USER', 'pampered_wp' );
define( 'DB_PASSWORD', '§pw§' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'pp_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", v, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", pw=v)

v = words_pw()
S("xml", "tomcat-datasource", "kennel-web/src/main/webapp/META-INF/context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Context path="/kennel">
    <Resource name="jdbc/KennelDB"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="com.mysql.cj.jdbc.Driver"
              url="jdbc:mysql://db01.pawsinn.local:3306/kennel?useSSL=true"
              username="kennel_web"
              password="§pw§"
              maxTotal="20"
              maxIdle="5"
              validationQuery="SELECT 1"/>
</Context>
""", v, "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", pw=v)

v = gen_pw(20)
S("json", "sqlserver-connection", "PetResort.Api/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Resort": "Server=tcp:petresort-sql.database.windows.net,1433;Initial Catalog=resort;User ID=resort_api;Password=§pw§;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning", "PetResort": "Information" }
  },
  "Resort": {
    "CheckInOpens": "07:00",
    "CheckOutCloses": "18:00",
    "LateCheckoutFee": 20.0
  },
  "AllowedHosts": "*"
}
""", v, "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", pw=v)

v = draw(64, B64)
S("elixir", "phoenix-secret-key-base", "config/prod.secret.exs", r"""
import Config

config :pup_cam, PupCamWeb.Endpoint,
  http: [ip: {0, 0, 0, 0}, port: 4000],
  secret_key_base: "§skb§"

config :pup_cam, PupCam.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 10

config :pup_cam, :streams, suites: 24, yard_cams: 3
""", v, "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", skb=v)

v = gen_pw(16)
S("crontab", "basic-auth-password", "ops/cron/kennel.crontab", r"""
# m h dom mon dow  command
*/5 * * * *  /opt/kennelcam/bin/check-cams >> /var/log/kennelcam/check.log 2>&1
0 2 * * *    /opt/kennel/bin/backup-db
30 6 * * *   curl -fsS -u sweeper:§pw§ -X POST https://admin.pawsinn.com/api/jobs/vaccine-expiry-sweep >/dev/null
0 18 * * 1-6 /opt/kennel/bin/send-report-cards
""", v, "https://curl.se/docs/manpage.html#-u", pw=v)

v = gen_pw(32)
S("systemd", "webhook-secret", "deploy/systemd/gate-bridge.service", r"""
[Unit]
Description=Bridge between the booking app and the driveway gate controller
After=network-online.target
Wants=network-online.target

[Service]
User=gate
ExecStart=/usr/local/bin/gate-bridge --listen 127.0.0.1:9100
Environment=GATE_CONTROLLER=10.30.0.21
Environment=BOOKING_WEBHOOK_SECRET=§sec§
Environment=OPEN_SECONDS=12
Restart=always

[Install]
WantedBy=multi-user.target
""", v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", sec=v)

v = b64("owner:" + words_pw())
S("nginx", "basic-auth-header", "nginx/sites-available/kennelcam.conf", r"""
# Owner-facing live cams: proxy to the NVR with its own basic auth added
server {
    listen 443 ssl http2;
    server_name cams.pawsandrelax.com;
    ssl_certificate     /etc/letsencrypt/live/cams.pawsandrelax.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/cams.pawsandrelax.com/privkey.pem;

    location /live/ {
        auth_request /auth/check-stay;
        proxy_pass http://10.20.0.15/ISAPI/Streaming/channels/;
        proxy_set_header Authorization "Basic §basic§";
        proxy_buffering off;
    }

    location = /auth/check-stay {
        internal;
        proxy_pass http://127.0.0.1:8000/api/cam-access;
    }
}
""", v, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", basic=v)

v = human_pw()
S("jenkinsfile", "password", "Jenkinsfile", r"""
pipeline {
    agent any
    environment {
        DEPLOY_HOST = 'kennel-app-01.pawsinn.local'
    }
    stages {
        stage('Build') {
            steps { sh './gradlew clean bootJar' }
        }
        stage('Deploy') {
            steps {
                sh "sshpass -p '§pw§' scp build/libs/kennel.jar deploy@${DEPLOY_HOST}:/opt/kennel/"
                sh "sshpass -p '§pw§' ssh deploy@${DEPLOY_HOST} 'sudo systemctl restart kennel'"
            }
        }
    }
}
""", v, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", pw=v)

v = words_pw()
S("cloud-init", "user-password", "kiosk-pi/user-data", r"""
#cloud-config
hostname: lobby-kiosk
timezone: America/New_York
users:
  - name: kiosk
    groups: [video, input]
    shell: /bin/bash
    lock_passwd: false
    plain_text_passwd: "§pw§"
packages:
  - chromium-browser
  - unclutter
runcmd:
  - [ sh, -c, "echo 'chromium-browser --kiosk https://checkin.pawsinn.com/lobby' > /home/kiosk/.xsessionrc" ]
""", v, "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#including-users-and-groups", pw=v)

v = gen_pw(20)
S("netrc", "netrc-password", "ops/dotfiles/.netrc", r"""
machine api.petexec.net
  login wagsworld_reports
  password §pw§

machine ftp.riverbendanimalhospital.com
  login pawsandclaws_kennel
  password *
""", v, "https://everything.curl.dev/usingcurl/netrc.html", pw=v)

v = "glpat-" + draw(20, URLSAFE)
S("git-credentials", "gitlab-token", "ops/dotfiles/.git-credentials", r"""
https://groomtrack-deploy:§tok§@gitlab.com
https://github.com
https://dev.azure.com
# keep: the NVR scripts repo is on gitlab, the rest use the credential manager
# updated 2024-04-11 after the token rotation
""", v, "https://git-scm.com/docs/git-credential-store#_storage_format", tok=v)

v = draw(32)
S("json", "postman-environment", "postman/PetExec-Prod.postman_environment.json", r"""
{
  "id": "§id§",
  "name": "PetExec - Production",
  "values": [
    { "key": "baseUrl", "value": "https://secure.petexec.net/api", "type": "default", "enabled": true },
    { "key": "client_id", "value": "wagsworld-integration", "type": "default", "enabled": true },
    { "key": "client_secret", "value": "§sec§", "type": "secret", "enabled": true },
    { "key": "facility_id", "value": "1184", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T15:20:41.114Z",
  "_postman_exported_using": "Postman/11.0.3"
}
""", v, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", id=uuid_s(), sec=v)

v = words_pw()
S("csv", "shared-account-password", "docs/it/tablet-accounts.csv", r"""
device,location,os,login,password,notes
yard-tablet-1,Big Dog Yard,iPadOS 17,yard1@dogtopiastays.com,"§pw§",Gingr app + camera app
yard-tablet-2,Small Dog Yard,iPadOS 17,yard2@dogtopiastays.com,(see 1Password),
bath-tablet,Grooming Room,Android 14,groom@dogtopiastays.com,(see 1Password),MoeGo
frontdesk-ipad,Lobby,iPadOS 17,frontdesk@dogtopiastays.com,(see 1Password),Square Terminal pairing
""", v, "https://www.rfc-editor.org/rfc/rfc4180", pw=v)

v = twilio_token()
S("log", "twilio", "logs/reminder-worker-2024-06-03.log", r"""
2024-06-03T14:00:00.112Z INFO  reminder-worker starting, 37 grooming reminders queued
2024-06-03T14:00:00.415Z DEBUG twilio request POST /2010-04-01/Accounts/§sid§/Messages.json
2024-06-03T14:00:00.416Z DEBUG twilio auth sid=§sid§ token=§tok§
2024-06-03T14:00:01.093Z INFO  sent reminder appt=88123 to=+1303555**** status=queued
2024-06-03T14:00:01.540Z INFO  sent reminder appt=88124 to=+1720555**** status=queued
2024-06-03T14:00:02.007Z WARN  appt=88127 owner has opted out (STOP), skipping
2024-06-03T14:00:09.881Z INFO  done: 36 sent, 1 skipped, 0 failed
""", v, "https://www.twilio.com/docs/usage/api#authenticate-with-http", sid=twilio_sid(), tok=v)

v = gen_pw(24)
S("yaml", "home-assistant-secrets", "homeassistant/secrets.yaml", r"""
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude_home: 39.7392
longitude_home: -104.9903
nvr_host: 10.20.0.15
nvr_username: homeassistant
nvr_password: "§pw§"
lobby_speaker_ip: 10.10.0.71
""", v, "https://www.home-assistant.io/docs/configuration/secrets/", pw=v)

# == decoys: placeholders, references, templates ================================================

D("env", "placeholder", "booking-api/.env.example", r"""
# Copy to .env and fill in. Never commit the real .env.
DJANGO_SETTINGS_MODULE=pawsplace.settings.dev
SECRET_KEY=change-me
DATABASE_URL=postgres://pawsplace:pawsplace@localhost:5432/pawsplace

# Twilio (Console -> Account Info)
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_FROM_NUMBER=+15005550006

# Stripe (Developers -> API keys)
STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
""", "https://www.twilio.com/docs/usage/secure-credentials")

D("env", "dummy-test-values", "apps/daycare-portal/.env.test", r"""
# jest / playwright: every external service is mocked (see test/msw/handlers.ts)
NODE_ENV=test
PUBLIC_URL=http://localhost:3000
STRIPE_SECRET_KEY=sk_test_dummy
STRIPE_WEBHOOK_SECRET=whsec_test_dummy
TWILIO_AUTH_TOKEN=test-token
SENDGRID_API_KEY=SG.fake
DATABASE_URL=postgres://test:test@localhost:5433/daycare_test
""", "https://jestjs.io/docs/environment-variables")

D("compose", "env-reference", "deploy/docker-compose.prod.yml", r"""
services:
  api:
    image: ghcr.io/pawsplace/booking-api:${TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgres://pawsplace:${POSTGRES_PASSWORD}@db:5432/pawsplace
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN:?set it in .env}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set it in .env}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: pawsplace
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata:
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

D("compose", "docker-secrets-file", "nvr/compose.secrets.yml", r"""
services:
  kennelcam-proxy:
    image: ghcr.io/pawsandrelax/kennelcam-proxy:3.2.0
    secrets:
      - nvr_password
      - angelcam_token
    environment:
      NVR_HOST: 10.20.0.15
      NVR_USER: viewer
      NVR_PASSWORD_FILE: /run/secrets/nvr_password
      ANGELCAM_TOKEN_FILE: /run/secrets/angelcam_token
secrets:
  nvr_password:
    file: ./secrets/nvr_password.txt
  angelcam_token:
    file: ./secrets/angelcam_token.txt
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

D("k8s", "external-secret", "deploy/k8s/reminders-externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: reminders-twilio
  namespace: daycare
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: reminders-twilio
  data:
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/daycare/twilio
        property: auth_token
    - secretKey: TWILIO_ACCOUNT_SID
      remoteRef:
        key: prod/daycare/twilio
        property: account_sid
""", "https://external-secrets.io/latest/api/externalsecret/")

r_ = _rng()
D("k8s", "sealed-secret", "deploy/k8s/kennel-api-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kennel-api
  namespace: prod
spec:
  encryptedData:
    DATABASE_URL: AgB§c1§
    SQUARE_ACCESS_TOKEN: AgC§c2§
  template:
    metadata:
      name: kennel-api
      namespace: prod
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage",
  c1="".join(r_.choice(B64) for _ in range(680)) + "==", c2="".join(r_.choice(B64) for _ in range(600)) + "=")

r_ = _rng()
def _enc(n: int) -> str:
    return ("ENC[AES256_GCM,data:" + "".join(r_.choice(B64) for _ in range(n)) + "=,iv:" + "".join(r_.choice(B64) for _ in range(43))
            + "=,tag:" + "".join(r_.choice(B64) for _ in range(22)) + "==,type:str]")
D("yaml", "sops-encrypted", "secrets/prod.enc.yaml", r"""
stripe_secret_key: §e1§
twilio_auth_token: §e2§
nvr_admin_password: §e3§
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1§age§
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxQ0V2bnBVZ1N3aE1BRVdm
            §a1§
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-28T16:02:11Z"
    mac: ENC[AES256_GCM,data:§mac§,iv:§iv§,tag:§tag§,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age",
  e1=_enc(44), e2=_enc(44), e3=_enc(24), age="".join(r_.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58)),
  a1="".join(r_.choice(B64) for _ in range(64)), mac="".join(r_.choice(B64) for _ in range(86)) + "==",
  iv="".join(r_.choice(B64) for _ in range(43)) + "=", tag="".join(r_.choice(B64) for _ in range(22)) + "==")

r_ = _rng()
D("ansible", "vault-encrypted", "ansible/group_vars/all/vault.yml", "§v§\n", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
  v="$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r_.choice(HEX) for _ in range(80)) for _ in range(14)) + "\n" + "".join(r_.choice(HEX) for _ in range(34)))

D("ansible", "vault-lookup", "ansible/roles/nvr/tasks/main.yml", r"""
---
- name: Configure NVR admin account
  ansible.builtin.uri:
    url: "https://{{ nvr_host }}/ISAPI/Security/users/1"
    method: PUT
    user: admin
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/kennel/nvr:admin_password') }}"
    force_basic_auth: true
    validate_certs: false
    body_format: raw
    body: "{{ lookup('template', 'nvr-user.xml.j2') }}"
    status_code: 200
  no_log: true

- name: Set recording schedule
  ansible.builtin.include_tasks: schedule.yml
""", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

D("terraform", "generated-password", "infra/secrets.tf", r"""
resource "random_password" "kennel_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "kennel_db" {
  name = "prod/kennel/db"
}

resource "aws_secretsmanager_secret_version" "kennel_db" {
  secret_id = aws_secretsmanager_secret.kennel_db.id
  secret_string = jsonencode({
    username = "kennel_admin"
    password = random_password.kennel_db.result
    host     = aws_db_instance.kennel.address
  })
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("terraform", "sensitive-variable", "infra/variables.tf", r"""
variable "region" {
  type    = string
  default = "us-east-2"
}

variable "square_access_token" {
  description = "Square production access token for the POS sync Lambda (set in TF Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "twilio_auth_token" {
  description = "Twilio auth token for reminders"
  type        = string
  sensitive   = true
}

variable "nvr_cidr" {
  type    = string
  default = "10.20.0.0/24"
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

D("helm", "existing-secret", "charts/kennel-api/values.yaml", r"""
image:
  repository: ghcr.io/barkbay/kennel-api
  tag: ""
postgresql:
  enabled: false
externalDatabase:
  host: kennel-db.prod.internal
  port: 5432
  user: kennel
  database: kennel
  existingSecret: kennel-db-credentials
  existingSecretPasswordKey: password
redis:
  auth:
    enabled: true
    existingSecret: kennel-redis
    existingSecretPasswordKey: redis-password
square:
  environment: production
  accessTokenSecretRef:
    name: square
    key: access-token
""", "https://helm.sh/docs/chart_best_practices/values/")

D("helm", "template-reference", "charts/notifier/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "notifier.fullname" . }}
  labels:
    {{- include "notifier.labels" . | nindent 4 }}
type: Opaque
data:
  {{- range $key, $value := .Values.secrets }}
  {{ $key }}: {{ $value | b64enc | quote }}
  {{- end }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

D("github-actions", "secrets-reference", ".github/workflows/reminders-cron.yml", r"""
name: send-reminders
on:
  schedule:
    - cron: "0 15 * * *"
  workflow_dispatch:
jobs:
  remind:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: python reminders/send_reminders.py
        env:
          TWILIO_ACCOUNT_SID: ${{ secrets.TWILIO_ACCOUNT_SID }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
""", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

D("github-actions", "oidc-role", ".github/workflows/upload-clips.yml", r"""
name: archive-kennel-clips
on:
  schedule:
    - cron: "30 7 * * *"
permissions:
  id-token: write
  contents: read
jobs:
  archive:
    runs-on: [self-hosted, nvr]
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::§acct§:role/kennel-clip-archiver
          aws-region: us-west-2
      - run: aws s3 sync /srv/nvr/exports s3://sunnyside-kennelcam-clips/$(date +%F)/ --only-show-errors
""", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
  acct=str(_rng().randint(10**11, 10**12 - 1)))

D("gitlab-ci", "masked-variables", "services/notifier/.gitlab-ci.yml", r"""
# SENDGRID_API_KEY and KUBE_CONFIG are masked+protected CI/CD variables (Settings -> CI/CD)
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  image: alpine/helm:3.14.4
  script:
    - helm upgrade --install notifier charts/notifier -f charts/notifier/values-prod.yaml --set secrets.SENDGRID_API_KEY="$SENDGRID_API_KEY"
  environment: production
  only: [main]
""", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable")

D("python", "env-lookup", "reminders/config.py", r'''
"""Settings for the reminder worker, all from the environment (see .env.example)."""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    twilio_sid: str = os.environ["TWILIO_ACCOUNT_SID"]
    twilio_token: str = os.environ["TWILIO_AUTH_TOKEN"]
    from_number: str = os.environ.get("TWILIO_FROM_NUMBER", "+15035550142")
    quiet_start: int = int(os.environ.get("REMINDER_QUIET_START", "21"))
    quiet_end: int = int(os.environ.get("REMINDER_QUIET_END", "8"))


settings = Settings()
''', "https://docs.python.org/3/library/os.html#os.environ")

D("python", "secrets-manager", "kennel_reports/secrets.py", r'''
import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def secret(name: str) -> dict:
    """Fetch a JSON secret, e.g. secret("prod/kennel/db")["password"]."""
    client = boto3.client("secretsmanager", region_name="us-east-2")
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def db_dsn() -> str:
    s = secret("prod/kennel/db")
    return f"host={s['host']} dbname=kennel user={s['username']} password={s['password']} sslmode=require"
''', "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html")

D("javascript", "env-lookup", "functions/config.js", r"""
// All secrets come from Firebase Functions params (Secret Manager under the hood)
const { defineSecret, defineString } = require("firebase-functions/params");

const stripeSecretKey = defineSecret("STRIPE_SECRET_KEY");
const stripeWebhookSecret = defineSecret("STRIPE_WEBHOOK_SECRET");
const twilioAuthToken = defineSecret("TWILIO_AUTH_TOKEN");
const bookingDomain = defineString("BOOKING_DOMAIN", { default: "book.happytailsdaycare.com" });

module.exports = { stripeSecretKey, stripeWebhookSecret, twilioAuthToken, bookingDomain };
""", "https://firebase.google.com/docs/functions/config-env?gen=2nd#secret-manager")

D("typescript", "publishable-key", "src/checkout/stripeClient.ts", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle (the secret key lives only on the server).
export const stripePromise = loadStripe("pk_live_51§pk§");

export const DEPOSIT_CENTS = {
  grooming: 2500,
  boardingPerNight: 1500,
};
""", "https://docs.stripe.com/keys#obtain-api-keys", pk=draw(97))

D("html", "square-application-id", "public/book/payment.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your deposit - Fluff Cuts</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay $25 deposit</button>
  </form>
  <script>
    const appId = "sq0idp-§app§";
    const locationId = "L§loc§";
    (async () => {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("card-button").onclick = async () => {
        const { token } = await card.tokenize();
        await fetch("/api/deposit", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) });
      };
    })();
  </script>
</body>
</html>
""", "https://developer.squareup.com/docs/web-payments/take-card-payment", app=draw(22, URLSAFE), loc=draw(12, string.ascii_uppercase + string.digits))

mb_payload = b64url(json.dumps({"u": "pawsinn", "a": draw(21, string.ascii_lowercase + string.digits)}, separators=(",", ":")).encode())
D("javascript", "mapbox-public-token", "site/js/locations-map.js", r"""
// "Find a location" map on the website (public token, URL-restricted to pawsinn.com)
mapboxgl.accessToken = "pk.§p§.§s§";

const map = new mapboxgl.Map({
  container: "locations-map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [-104.99, 39.74],
  zoom: 9,
});

[
  { name: "Paws Inn Highlands", lng: -105.01, lat: 39.76 },
  { name: "Paws Inn Cherry Creek", lng: -104.95, lat: 39.72 },
].forEach((loc) => new mapboxgl.Marker().setLngLat([loc.lng, loc.lat]).setPopup(new mapboxgl.Popup().setText(loc.name)).addTo(map));
""", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", p=mb_payload, s=draw(22, URLSAFE))

D("typescript", "firebase-web-config", "owner-app/src/firebase.ts", r"""
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Firebase web config is public by design; access is enforced by Security Rules and App Check.
const firebaseConfig = {
  apiKey: "§key§",
  authDomain: "happytails-owner.firebaseapp.com",
  projectId: "happytails-owner",
  storageBucket: "happytails-owner.appspot.com",
  messagingSenderId: "§sender§",
  appId: "1:§sender§:web:§appid§",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", "https://firebase.google.com/docs/projects/api-keys", key=google_key(), sender=str(_rng().randint(10**11, 10**12 - 1)), appid=hexs(22))

D("javascript", "search-only-key", "site/js/groomer-search.js", r"""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Search-only API key (ACL: search) - meant for the browser
const searchClient = algoliasearch("§app§", "§key§");

const search = instantsearch({ indexName: "groomers_prod", searchClient });
search.addWidgets([
  searchBox({ container: "#groomer-search", placeholder: "Doodle specialist, cat groomer..." }),
  hits({ container: "#groomer-hits", templates: { item: (h, { html }) => html`<b>${h.name}</b> - ${h.location}` } }),
]);
search.start();
""", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", app=draw(10, string.ascii_uppercase + string.digits), key=hexs(32))

D("json", "oauth-client-id", "owner-spa/public/config.json", r"""
{
  "apiBaseUrl": "https://api.sudsandscissors.com",
  "google": {
    "clientId": "§n§-§id§.apps.googleusercontent.com",
    "scopes": ["openid", "email", "profile"]
  },
  "recaptchaSiteKey": "6Le§rc§",
  "gaMeasurementId": "G-§ga§",
  "features": { "liveCam": false, "waitlist": true }
}
""", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid",
  n=str(_rng().randint(10**11, 10**12 - 1)), id=draw(32, string.ascii_lowercase + string.digits), rc=draw(37, URLSAFE), ga=draw(10, string.ascii_uppercase + string.digits))

# == decoys: hashes, public keys, ids, checksums ================================================

D("sql", "password-hashes", "db/seeds/002_staff_users.sql", r"""
-- Staff logins for the demo/staging environment. Passwords are bcrypt hashes (cost 12);
-- the plain values are handed out in the onboarding doc, not stored here.
INSERT INTO staff_users (id, email, display_name, role, password_hash) VALUES
  (1, 'manager@pawsinn.test', 'Dana (Manager)', 'admin', '§h1§'),
  (2, 'frontdesk@pawsinn.test', 'Front Desk', 'desk', '§h2§'),
  (3, 'groomer1@pawsinn.test', 'Alex G.', 'groomer', '§h3§'),
  (4, 'kennel1@pawsinn.test', 'Sam K.', 'kennel', '§h4§');
""", "https://en.wikipedia.org/wiki/Bcrypt", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

def _pbkdf2() -> str:
    return "pbkdf2_sha256$720000$" + draw(22) + "$" + draw(43, B64) + "="
D("json", "password-hashes", "pawsplace/fixtures/staff.json", r"""
[
  {
    "model": "accounts.staff",
    "pk": 1,
    "fields": {
      "username": "owner",
      "email": "owner@pawsplacegrooming.com",
      "password": "§h1§",
      "is_superuser": true,
      "is_staff": true
    }
  },
  {
    "model": "accounts.staff",
    "pk": 2,
    "fields": {
      "username": "desk",
      "email": "desk@pawsplacegrooming.com",
      "password": "§h2§",
      "is_superuser": false,
      "is_staff": true
    }
  }
]
""", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", h1=_pbkdf2(), h2=_pbkdf2())

D("htpasswd", "password-hashes", "nginx/kennelcam.htpasswd", r"""
# staff access to the raw NVR proxy (htpasswd -B); owners go through the app instead
dana:§h1§
sam:§h2§
alex:§h3§
frontdesk:$apr1$§salt§$§apr§
monitor:§h4§
""", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
  h1=bcrypt_hash().replace("$2b$", "$2y$"), h2=bcrypt_hash().replace("$2b$", "$2y$"), h3=bcrypt_hash().replace("$2b$", "$2y$"),
  salt=draw(8, ALNUM + "./"), apr=draw(22, ALNUM + "./"), h4=bcrypt_hash().replace("$2b$", "$2y$"))

D("cloud-init", "hashed-password", "nvr-box/user-data", r"""
#cloud-config
hostname: kennel-nvr-01
users:
  - name: nvradmin
    groups: [sudo, video]
    shell: /bin/bash
    lock_passwd: false
    hashed_passwd: "$6$rounds=4096$§salt§$§hash§"
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§pub§ dana@pawsandrelax
package_update: true
packages: [ffmpeg, nfs-common]
""", "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#users-and-groups",
  salt=draw(16, ALNUM + "./"), hash=draw(86, ALNUM + "./"), pub=draw(43, B64))

D("ssh", "public-keys", "ops/ssh/authorized_keys", r"""
# kennel-nvr-01: who can log in as nvradmin
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k1§ dana@pawsandrelax-mbp
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k2§ backup@nas
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ§k3§ it-contractor@brightpath
from="10.99.0.0/24",no-agent-forwarding ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k4§ laptop-vpn
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", k1=draw(43, B64), k2=draw(43, B64), k3=draw(540, B64), k4=draw(43, B64))

D("ssh", "known-hosts", "ops/ssh/known_hosts", r"""
kennel-nvr-01,10.20.0.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k1§
nas,192.168.10.20 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB§k2§=
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
sftp.riverbendanimalhospital.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ§k3§
lobby-kiosk,10.10.0.60 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI§k4§
""", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", k1=draw(43, B64), k2=draw(130, B64), k3=draw(350, B64), k4=draw(43, B64))

r_ = _rng()
D("pem", "public-key", "config/webhook-keys/petexec-webhook-public.pem", r"""
-----BEGIN PUBLIC KEY-----
§body§
-----END PUBLIC KEY-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-13",
  body="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "\n".join(["".join(r_.choice(B64) for _ in range(20))] + ["".join(r_.choice(B64) for _ in range(64)) for _ in range(5)]) + "\n" + "".join(r_.choice(B64) for _ in range(6)) + "IDAQAB")

r_ = _rng()
D("pem", "certificate", "nvr/tls/cams.pawsandrelax.com.crt", r"""
-----BEGIN CERTIFICATE-----
MIIFEzCCA/ugAwIBAgISA§l0§
§body§
-----END CERTIFICATE-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-5",
  l0="".join(r_.choice(B64) for _ in range(45)), body="\n".join("".join(r_.choice(B64) for _ in range(64)) for _ in range(24)) + "\n" + "".join(r_.choice(B64) for _ in range(40)) + "=")

D("dockerfile", "checksum", "nvr/go2rtc.Dockerfile", r"""
FROM debian:bookworm-slim@sha256:§d1§

ARG GO2RTC_VERSION=1.9.4
ARG GO2RTC_SHA256=§s1§

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl ffmpeg \
 && curl -fsSL -o /usr/local/bin/go2rtc "https://github.com/AlexxIT/go2rtc/releases/download/v${GO2RTC_VERSION}/go2rtc_linux_amd64" \
 && echo "${GO2RTC_SHA256}  /usr/local/bin/go2rtc" | sha256sum -c - \
 && chmod +x /usr/local/bin/go2rtc \
 && rm -rf /var/lib/apt/lists/*

EXPOSE 1984 8554 8555
ENTRYPOINT ["/usr/local/bin/go2rtc", "-config", "/config/go2rtc.yaml"]
""", "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions", d1=sha256(), s1=sha256())

D("json", "lockfile-integrity", "packages/booking-widget/package-lock.json", r"""
{
  "name": "@pawsplace/booking-widget",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@pawsplace/booking-widget",
      "version": "2.3.0",
      "dependencies": { "@stripe/stripe-js": "^3.4.0", "date-fns": "^3.6.0" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-§i1§=="
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-§i2§=="
    }
  }
}
""", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", i1=draw(86, B64), i2=draw(86, B64))

D("go-sum", "checksum", "go.sum", r"""
github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src v0.0.0-20240207060239-7b8e9f1e2a4c h1:§h1§=
github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src v0.0.0-20240207060239-7b8e9f1e2a4c/go.mod h1:§h2§=
github.com/messagebird/go-rest-api/v9 v9.1.0 h1:§h3§=
github.com/messagebird/go-rest-api/v9 v9.1.0/go.mod h1:§h4§=
go.mongodb.org/mongo-driver v1.15.0 h1:§h5§=
go.mongodb.org/mongo-driver v1.15.0/go.mod h1:§h6§=
googlemaps.github.io/maps v1.7.0 h1:§h7§=
googlemaps.github.io/maps v1.7.0/go.mod h1:§h8§=
""", "https://go.dev/ref/mod#go-sum-files", **{f"h{i}": draw(43, B64) for i in range(1, 9)})

D("k8s", "image-digest", "deploy/k8s/kennelcam-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kennelcam-proxy
  namespace: cams
spec:
  replicas: 2
  selector:
    matchLabels: { app: kennelcam-proxy }
  template:
    metadata:
      labels: { app: kennelcam-proxy }
    spec:
      containers:
        - name: proxy
          image: ghcr.io/pawsandrelax/kennelcam-proxy@sha256:§dg§
          ports: [{ containerPort: 8080 }]
          envFrom:
            - secretRef: { name: kennelcam-proxy }
          env:
            - name: NVR_HOST
              value: "10.20.0.15"
""", "https://kubernetes.io/docs/concepts/containers/images/#image-names", dg=sha256())

def _chip() -> str:
    return "9" + "".join(str(_rng().randint(0, 9)) for _ in range(1)) + draw(13, string.digits)
D("csv", "microchip-ids", "imports/riverbend_vaccinations_2024-06-02.csv", r"""
clinic_patient_id,pet_name,species,breed,owner_last,owner_phone,microchip,vaccine,manufacturer,lot,given,expires,rabies_tag,vet_license
RB-40211,Biscuit,Canine,Golden Retriever,Nguyen,(303) 555-0161,§c1§,Rabies 3yr,Merck,§l1§,2023-06-01,2026-06-01,24-08817,CO-VET-11823
RB-40211,Biscuit,Canine,Golden Retriever,Nguyen,(303) 555-0161,§c1§,DHPP,Zoetis,§l2§,2024-05-20,2025-05-20,,CO-VET-11823
RB-40298,Pepper,Canine,Miniature Schnauzer,Olsen,(720) 555-0119,§c2§,Bordetella (intranasal),Merck,§l3§,2024-05-28,2025-05-28,,CO-VET-10471
RB-40302,Mochi,Canine,Shiba Inu,Tanaka,(303) 555-0188,§c3§,Canine Influenza H3N2/H3N8,Zoetis,§l4§,2024-04-15,2025-04-15,,CO-VET-11823
RB-40302,Mochi,Canine,Shiba Inu,Tanaka,(303) 555-0188,§c3§,Rabies 1yr,Boehringer Ingelheim,§l5§,2024-04-15,2025-04-15,24-07702,CO-VET-11823
""", "https://www.aaha.org/resources/2022-aaha-canine-vaccination-guidelines/",
  c1=_chip(), c2=_chip(), c3=_chip(), l1=uphex(8), l2=draw(7, string.ascii_uppercase + string.digits), l3=draw(8, string.ascii_uppercase + string.digits), l4=draw(6, string.ascii_uppercase + string.digits), l5=draw(9, string.ascii_uppercase + string.digits))

D("json", "uuid-ids", "fixtures/reservations_sample.json", r"""
{
  "facility_id": "§f§",
  "generated_at": "2024-06-03T06:00:00Z",
  "reservations": [
    { "id": "§r1§", "pet_id": "§p1§", "type": "boarding", "suite": "12", "check_in": "2024-06-03", "check_out": "2024-06-07" },
    { "id": "§r2§", "pet_id": "§p2§", "type": "daycare", "suite": null, "check_in": "2024-06-03", "check_out": "2024-06-03" },
    { "id": "§r3§", "pet_id": "§p3§", "type": "grooming", "suite": null, "check_in": "2024-06-03", "check_out": "2024-06-03",
      "services": ["bath", "nail-trim", "teeth"], "groomer_id": "§g§" }
  ]
}
""", "https://www.rfc-editor.org/rfc/rfc9562",
  f=uuid_s(), r1=uuid_s(), p1=uuid_s(), r2=uuid_s(), p2=uuid_s(), r3=uuid_s(), p3=uuid_s(), g=uuid_s())

D("yaml", "device-ids", "access/doors.yaml", r"""
# Kisi places and locks (ids only; the API key is in 1Password "Kisi API - door sync")
kisi:
  place_id: 31877
  locks:
    front_door: { id: 48213, schedule: "business-hours" }
    side_gate: { id: 48214, schedule: "dropoff-window" }
    kennel_wing: { id: 48215, schedule: "staff-only" }
    grooming_back: { id: 48216, schedule: "staff-only" }
  groups:
    kennel_staff: 90121
    groomers: 90122
    managers: 90123
  dropoff_window: { start: "06:55", end: "09:30" }
""", "https://api.kisi.io/docs#/operations/fetchLocks")

D("json", "terminal-ids", "pos/terminal-readers.json", r"""
{
  "locations": [
    {
      "name": "Happy Tails - Main St",
      "stripe_location": "tml_§l1§",
      "readers": [
        { "label": "Front desk", "id": "tmr_§r1§", "device_type": "bbpos_wisepos_e", "serial": "WSC513§s1§" },
        { "label": "Grooming", "id": "tmr_§r2§", "device_type": "stripe_s700", "serial": "STRS7§s2§" }
      ]
    }
  ],
  "square_devices": [
    { "label": "Mobile van", "device_id": "device:§d1§", "location_id": "L§sq§" }
  ]
}
""", "https://docs.stripe.com/api/terminal/readers/object",
  l1=draw(14), r1=draw(14), s1=draw(9, string.digits), r2=draw(14), s2=draw(10, string.digits), d1=draw(16, string.ascii_uppercase + string.digits), sq=draw(12, string.ascii_uppercase + string.digits))

D("yaml", "service-sids", "config/twilio.yml", r"""
# Twilio resource ids (not credentials). Auth token: TWILIO_AUTH_TOKEN env var.
account_sid: §ac§
messaging_service_sid: MG§mg§
verify_service_sid: VA§va§
phone_numbers:
  main: "+15035550142"
  boarding: "+15035550143"
status_callback: https://api.pawsplacegrooming.com/hooks/twilio/status
opt_out_keywords: [STOP, UNSUBSCRIBE, CANCEL]
""", "https://www.twilio.com/docs/glossary/what-is-a-sid", ac=twilio_sid(), mg=hexs(32), va=hexs(32))

D("html", "public-embed-ids", "site/live-cams.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Live Play Yard Cam - Happy Hounds</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-§ga§"></script>
</head>
<body>
  <h1>Watch the Play Yard live</h1>
  <p>Public yard stream, 7am - 6pm. Suite cams are in the owner app.</p>
  <iframe width="960" height="540" src="https://www.youtube.com/embed/live_stream?channel=UC§ch§"
          title="Play yard live" allow="autoplay; encrypted-media" allowfullscreen></iframe>
  <mux-player playback-id="§mux§" stream-type="live" muted autoplay></mux-player>
  <script src="https://cdn.jsdelivr.net/npm/@mux/mux-player"></script>
</body>
</html>
""", "https://developers.google.com/youtube/player_parameters", ga=draw(10, string.ascii_uppercase + string.digits), ch=draw(22, URLSAFE), mux=draw(44))

D("javascript", "sentry-dsn", "owner-app/src/sentry.js", r"""
import * as Sentry from "@sentry/react";

// DSN is a public client key (it only allows sending events)
Sentry.init({
  dsn: "https://§k§@o§org§.ingest.us.sentry.io/§proj§",
  integrations: [Sentry.browserTracingIntegration()],
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
  release: `owner-app@${__APP_VERSION__}`,
});
""", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", k=hexs(32), org=str(_rng().randint(10**5, 10**7)), proj=str(_rng().randint(10**6, 10**7)))

D("markdown", "changelog-shas", "CHANGELOG.md", r"""
# Changelog

## 2.8.1 - 2024-06-01
- Fix double-booking when two groomers accept the same walk-in (§c1§)
- Vaccine import: accept "Bordetella (oral)" as Bordetella (§c2§)

## 2.8.0 - 2024-05-18
- Kennel cam tiles in the owner app now reconnect after NVR reboot (§c3§)
- Square Terminal tipping screen for grooming tickets (§c4§)
- Drop-off window unlocks the side gate via Kisi (§c5§)

## 2.7.3 - 2024-05-02
- SMS reminders respect quiet hours per location timezone (§c6§)
""", "https://keepachangelog.com/en/1.1.0/", **{f"c{i}": hexs(40) for i in range(1, 7)})

D("sha256sums", "checksum", "releases/kiosk-image/SHA256SUMS", r"""
§a§  lobby-kiosk-2024.06.1-arm64.img.xz
§b§  lobby-kiosk-2024.06.1-arm64.img.xz.sig
§c§  yard-tablet-dock-2024.06.1-arm64.img.xz
§d§  nvr-agent_1.4.2_amd64.deb
§e§  nvr-agent_1.4.2_arm64.deb
""", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

# == decoys: ciphertext, redaction, fakes, code that reads secrets elsewhere =====================

D("yaml", "sops-recipients", ".sops.yaml", r"""
# Who can decrypt secrets/*.enc.yaml: age public keys (recipients) and the prod KMS key
creation_rules:
  - path_regex: secrets/prod\.enc\.yaml$
    kms: arn:aws:kms:us-east-2:§acct§:key/§kid§
    age: >-
      age1§a1§,
      age1§a2§
  - path_regex: secrets/staging\.enc\.yaml$
    age: age1§a3§
""", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files",
  acct=str(_rng().randint(10**11, 10**12 - 1)), kid=uuid_s(), a1=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
  a2=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a3=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

D("yaml", "kms-ciphertext", "config/lambda/pos-sync.yml", r"""
# POS sync Lambda. SQUARE_TOKEN_ENC is KMS ciphertext (decrypted at cold start with kms:Decrypt).
functionName: pos-sync
runtime: python3.12
handler: pos_sync.handler
timeout: 120
environment:
  SQUARE_ENVIRONMENT: production
  SQUARE_LOCATION_ID: L§loc§
  SQUARE_TOKEN_ENC: AQICAHh§ct§
  KMS_KEY_ARN: arn:aws:kms:us-east-2:§acct§:key/§kid§
schedule: cron(15 8 * * ? *)
""", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html",
  loc=draw(12, string.ascii_uppercase + string.digits), ct=draw(250, B64) + "==", acct=str(_rng().randint(10**11, 10**12 - 1)), kid=uuid_s())

D("json", "node-red-flow", "node-red/flows.json", r"""
[
  { "id": "a1f3", "type": "tab", "label": "Kennel door + cams" },
  { "id": "b2c4", "type": "inject", "z": "a1f3", "name": "06:55 drop-off", "crontab": "55 06 * * *", "wires": [["c3d5"]] },
  { "id": "c3d5", "type": "http request", "z": "a1f3", "name": "unlock side gate", "method": "PUT",
    "url": "https://10.30.0.2:12445/api/v1/developer/doors/{{door}}/unlock", "authType": "bearer", "wires": [["d4e6"]] },
  { "id": "d4e6", "type": "debug", "z": "a1f3", "name": "log" }
]
""", "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption")

D("log", "redacted", "logs/pos-sync-2024-06-02.log", r"""
2024-06-02T08:15:00Z INFO  pos-sync start location=L72QFK9MX2ABC
2024-06-02T08:15:00Z DEBUG square request GET /v2/payments begin_time=2024-06-01T00:00:00Z
2024-06-02T08:15:00Z DEBUG headers Authorization=Bearer EAAA****************************redacted Square-Version=2024-05-15
2024-06-02T08:15:02Z INFO  fetched 84 payments (grooming 51, retail 19, daycare 14)
2024-06-02T08:15:03Z DEBUG gingr POST /api/v1/sales key=[REDACTED] count=84
2024-06-02T08:15:05Z INFO  pos-sync done in 5.2s
""", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

D("xml", "masked-password", "nvr/exports/hik-nvr-users.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<UserList version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">
  <User>
    <id>1</id>
    <userName>admin</userName>
    <password>********</password>
    <userLevel>Administrator</userLevel>
  </User>
  <User>
    <id>2</id>
    <userName>viewer</userName>
    <password>********</password>
    <userLevel>Viewer</userLevel>
  </User>
</UserList>
""", "https://www.hikvision.com/content/dam/hikvision/en/support/download/sdk/isapi/")

D("python", "test-fixture", "tests/test_checkin.py", r'''
import pytest

from kennel.checkin import check_in, VaccineMissing


@pytest.fixture
def staff(db):
    return db.create_staff(email="desk@example.com", password="test-password")


def test_check_in_requires_rabies(staff, dog_factory):
    dog = dog_factory(vaccines={"DHPP": "2025-01-01"})
    with pytest.raises(VaccineMissing):
        check_in(dog, by=staff)


def test_check_in_ok(staff, dog_factory):
    dog = dog_factory(vaccines={"Rabies": "2026-01-01", "DHPP": "2025-01-01", "Bordetella": "2025-01-01"})
    assert check_in(dog, by=staff).suite is not None
''', "https://docs.pytest.org/en/stable/how-to/fixtures.html")

D("python", "fake-credentials", "tests/test_reminders.py", r'''
from unittest import mock

from reminders.send_reminders import send_all

FAKE_SID = "AC00000000000000000000000000000000"
FAKE_TOKEN = "fake_auth_token_for_tests"


@mock.patch("reminders.send_reminders.Client")
def test_sends_one_sms_per_appointment(client_cls, appointments):
    send_all(appointments, sid=FAKE_SID, token=FAKE_TOKEN)
    client_cls.assert_called_once_with(FAKE_SID, FAKE_TOKEN)
    assert client_cls.return_value.messages.create.call_count == len(appointments)
''', "https://www.twilio.com/docs/iam/test-credentials")

D("markdown", "placeholder", "README.md", r"""
# PawsPlace booking

Online booking for grooming and daycare, with SMS reminders and a Stripe deposit.

## Setup

```bash
cp .env.example .env
# then edit .env:
#   TWILIO_ACCOUNT_SID=<your Twilio account SID>
#   TWILIO_AUTH_TOKEN=<your Twilio auth token>
#   STRIPE_SECRET_KEY=<sk_live_... from the Stripe dashboard>
docker compose up -d
python manage.py migrate
```

Production values live in AWS Secrets Manager under `prod/pawsplace/*`; ask Dana for access.
""", "https://www.makeareadme.com/")

D("markdown", "password-manager-reference", "docs/runbooks/door-access.md", r"""
# Door access runbook

| What | Where the credential lives |
|------|----------------------------|
| Kisi admin | 1Password: `op://Kennel Ops/Kisi admin/password` |
| Kisi API key (door sync) | 1Password: `op://Kennel Ops/Kisi API - door sync/credential` |
| Mercury LP1502 web UI | 1Password: `op://Kennel Ops/LP1502 lobby/password` |
| Side gate controller | Vault: `kv/kennel/gate` |

## Lock-out at opening time
1. Use the physical key in the lockbox (code changes monthly; ask the manager on duty).
2. In Kisi, check the "dropoff-window" schedule has today's date.
3. If the reader shows solid red, power-cycle the LP1502 (breaker 14).
""", "https://developer.1password.com/docs/cli/secret-references/")

D("shell", "secret-manager-cli", "scripts/rotate-nvr-password.sh", r"""
#!/usr/bin/env bash
# Rotates the NVR viewer password and stores it in 1Password + Secrets Manager.
set -euo pipefail
NEW=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)
ADMIN=$(op read "op://Kennel Ops/NVR admin/password")

curl -fsS --digest -u "admin:${ADMIN}" -X PUT "https://10.20.0.15/ISAPI/Security/users/2" \
  -H 'Content-Type: application/xml' \
  --data "<User><id>2</id><userName>viewer</userName><password>${NEW}</password></User>" -k

op item edit "NVR viewer" "password=${NEW}" --vault "Kennel Ops" >/dev/null
aws secretsmanager put-secret-value --secret-id prod/kennelcam/nvr-viewer --secret-string "${NEW}"
echo "rotated"
""", "https://developer.1password.com/docs/cli/reference/commands/read/")

D("powershell", "secret-management", "scripts/Connect-Brivo.ps1", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Vault = 'KennelOps')

$clientId = Get-Secret -Vault $Vault -Name 'Brivo-ClientId' -AsPlainText
$clientSecret = Get-Secret -Vault $Vault -Name 'Brivo-ClientSecret' -AsPlainText
$apiKey = Get-Secret -Vault $Vault -Name 'Brivo-ApiKey' -AsPlainText

$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${clientId}:${clientSecret}"))
$global:BrivoHeaders = @{ Authorization = "Basic $basic"; 'api-key' = $apiKey }
Write-Host "Brivo headers ready for this session."
""", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret")

D("csharp", "key-vault", "PetResort.Api/Program.cs", r"""
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"]!);
builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());
var acs = (await secrets.GetSecretAsync("acs-connection-string")).Value.Value;
builder.Services.AddSingleton(new Azure.Communication.Sms.SmsClient(acs));

builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net")

D("java", "env-lookup", "door-sync/src/main/java/com/barkbay/doorsync/BrivoConfig.java", r"""
package com.barkbay.doorsync;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BrivoConfig {
    @Value("${brivo.api.key}")
    private String apiKey;

    @Value("${brivo.client.id}")
    private String clientId;

    @Value("${brivo.client.secret}")
    private String clientSecret;

    public String basicAuth() {
        return java.util.Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes());
    }

    public String apiKey() { return apiKey; }
}
""", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html")

D("yaml", "env-placeholder", "booking-service/src/main/resources/application.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/booking
    username: ${DB_USER:booking_svc}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: ${SENDGRID_API_KEY}
booking:
  square:
    access-token: ${SQUARE_ACCESS_TOKEN}
    environment: ${SQUARE_ENV:sandbox}
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

D("gradle", "build-config-from-local-properties", "owner-android/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "com.happytails.owner"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.happytails.owner"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "3.2.0"
        buildConfigField("String", "MAPS_API_KEY", "\"${localProps.getProperty("MAPS_API_KEY", "")}\"")
        buildConfigField("String", "API_BASE", "\"https://api.happytailsdaycare.com/v2\"")
    }
    buildFeatures { buildConfig = true }
}
""", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin")

D("swift", "keychain", "OwnerApp/Sources/Auth/TokenStore.swift", r"""
import Foundation
import Security

enum TokenStore {
    private static let service = "com.happytails.owner.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""", "https://developer.apple.com/documentation/security/keychain_services")

D("go", "vault-client", "internal/secrets/vault.go", r"""
package secrets

import (
	"context"
	"os"

	vault "github.com/hashicorp/vault/api"
)

// MessageBirdKey reads the SMS key from Vault using the pod's Kubernetes auth token.
func MessageBirdKey(ctx context.Context) (string, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = os.Getenv("VAULT_ADDR")
	c, err := vault.NewClient(cfg)
	if err != nil {
		return "", err
	}
	c.SetToken(os.Getenv("VAULT_TOKEN"))
	s, err := c.KVv2("kv").Get(ctx, "kennel/messagebird")
	if err != nil {
		return "", err
	}
	return s.Data["api_key"].(string), nil
}
""", "https://developer.hashicorp.com/vault/docs/get-started/developer-qs")

D("ruby", "rails-credentials", "config/initializers/stripe.rb", r"""
# Keys live in config/credentials/production.yml.enc (edit with bin/rails credentials:edit -e production)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""", "https://guides.rubyonrails.org/security.html#custom-credentials")

D("php", "env-lookup", "config/services.php", r"""
<?php

return [
    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+15035550142'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'gingr' => [
        'subdomain' => env('GINGR_SUBDOMAIN', 'wagsworld'),
        'key' => env('GINGR_API_KEY'),
    ],
];
""", "https://laravel.com/docs/11.x/configuration#retrieving-environment-configuration")

D("python", "docs-example-token", "tests/test_owner_auth.py", r'''
import jwt as pyjwt
import pytest

from owner_api.auth import decode_owner_token, InvalidToken

# The well-known example token from jwt.io (HS256, secret "your-256-bit-secret"): must be rejected.
JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                  "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                  "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def test_rejects_foreign_token():
    with pytest.raises(InvalidToken):
        decode_owner_token(JWT_IO_EXAMPLE)


def test_round_trip(settings):
    token = pyjwt.encode({"sub": "owner-42"}, settings.OWNER_JWT_SECRET, algorithm="HS256")
    assert decode_owner_token(token)["sub"] == "owner-42"
''', "https://jwt.io/introduction")

D("markdown", "docs-example-keys", "webcam-archiver/README.md", r"""
# webcam-archiver

Copies the day's kennel cam clips from the NVR export folder to S3.

## Configure

The archiver uses the normal AWS credential chain. For a quick local test you can export the
example credentials from the AWS docs (they do not work against real AWS; use LocalStack):

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
python -m archiver --dry-run
```

On the NVR box the instance role `kennel-clip-archiver` is used; no keys are stored there.
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

D("javascript", "docs-test-key", "test/stripe.mock.test.js", r"""
// Uses Stripe's public documentation test key against stripe-mock (docker run -p 12111:12111 stripe/stripe-mock)
const Stripe = require("stripe");

const stripe = new Stripe("sk_test_4eC39HqLyjWDarjtT1zdp7dc", {
  host: "localhost",
  port: 12111,
  protocol: "http",
});

test("creates a daycare package intent", async () => {
  const pi = await stripe.paymentIntents.create({ amount: 32000, currency: "usd" });
  expect(pi.object).toBe("payment_intent");
});
""", "https://github.com/stripe/stripe-mock#usage")

D("json", "i18n-strings", "owner-app/src/locales/en.json", r"""
{
  "login": {
    "title": "Sign in to see your pup",
    "email": "Email",
    "password": "Password",
    "forgot_password": "Forgot password?",
    "reset_sent": "We sent a reset link to {email}",
    "token_expired": "This link has expired. Request a new one."
  },
  "cams": {
    "live": "Live",
    "offline": "Camera offline - our team has been notified",
    "api_key_missing": "Live view is not set up for this location yet"
  }
}
""", "https://www.i18next.com/misc/json-format")

D("yaml", "password-policy", "config/security.yml", r"""
staff_accounts:
  password:
    min_length: 12
    require_mixed_case: true
    require_digit: true
    max_age_days: 180
    history: 5
  lockout:
    attempts: 5
    minutes: 15
  pin:
    length: 4          # time clock PIN on the kennel tablets
owner_accounts:
  password:
    min_length: 10
  magic_link_ttl_minutes: 20
api_tokens:
  default_ttl_hours: 12
""", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

D("python", "webhook-verify", "payments/square_webhooks.py", r'''
"""Verify Square webhook signatures (x-square-hmacsha256-signature)."""
import base64
import hashlib
import hmac
import os

SIGNATURE_KEY = os.environ["SQUARE_WEBHOOK_SIGNATURE_KEY"]
NOTIFICATION_URL = "https://api.fluffcuts.com/hooks/square"


def is_valid(body: bytes, signature: str) -> bool:
    digest = hmac.new(SIGNATURE_KEY.encode(), NOTIFICATION_URL.encode() + body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
''', "https://developer.squareup.com/docs/webhooks/step3validate")

D("python", "self-declared-fake", "tests/test_square_webhooks.py", r'''
import base64
import hashlib
import hmac

import pytest

TEST_KEY = "test-signature-key-not-real"


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("SQUARE_WEBHOOK_SIGNATURE_KEY", TEST_KEY)


def test_valid_signature():
    from payments.square_webhooks import NOTIFICATION_URL, is_valid
    body = b'{"type":"payment.updated"}'
    sig = base64.b64encode(hmac.new(TEST_KEY.encode(), NOTIFICATION_URL.encode() + body, hashlib.sha256).digest()).decode()
    assert is_valid(body, sig)
''', "https://developer.squareup.com/docs/webhooks/step3validate")

D("yaml", "env-substitution", "frigate/config.prod.yml", r"""
mqtt:
  host: 10.20.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  suite_a:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.20.0.31:554/Streaming/Channels/101
          roles: [record, detect]
  suite_b:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.20.0.32:554/Streaming/Channels/101
          roles: [record, detect]
""", "https://docs.frigate.video/configuration/reference")

D("yaml", "env-substitution", "nvr/go2rtc.yaml", r"""
streams:
  yard_east: rtsp://viewer:${CAM_PASSWORD}@10.20.0.34:554/stream1
  yard_west: rtsp://viewer:${CAM_PASSWORD}@10.20.0.35:554/stream1
  lobby: ffmpeg:rtsp://viewer:${CAM_PASSWORD}@10.20.0.41:554/cam/realmonitor?channel=1&subtype=1#video=h264
api:
  listen: ":1984"
  username: ${GO2RTC_UI_USER}
  password: ${GO2RTC_UI_PASSWORD}
webrtc:
  candidates:
    - cams.pawsandrelax.com:8555
""", "https://github.com/AlexxIT/go2rtc#source-rtsp")

D("json", "postman-variables", "postman/Kennel-API.postman_collection.json", r"""
{
  "info": {
    "name": "Kennel API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{staff_token}}", "type": "string" }]
  },
  "item": [
    { "name": "Today's check-ins", "request": { "method": "GET", "url": "{{baseUrl}}/v2/checkins?date={{today}}" } },
    { "name": "Suite camera URL", "request": { "method": "GET", "url": "{{baseUrl}}/v2/suites/12/camera" } }
  ],
  "variable": [
    { "key": "baseUrl", "value": "https://api.pawsinn.com" },
    { "key": "staff_token", "value": "" }
  ]
}
""", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#bearer-token")

D("http", "variable-reference", "api-tests/gingr.http", r"""
@baseUrl = https://wagsworld.gingrapp.com/api/v1
@key = {{$dotenv GINGR_API_KEY}}

### Today's reservations
POST {{baseUrl}}/reservations
Content-Type: application/x-www-form-urlencoded

key={{key}}&start_date={{$datetime 'YYYY-MM-DD'}}&end_date={{$datetime 'YYYY-MM-DD'}}

### Animal lookup
GET {{baseUrl}}/animals?key={{key}}&id=18822
""", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

D("nginx", "htpasswd-reference", "nginx/sites-available/nvr-admin.conf", r"""
server {
    listen 443 ssl;
    server_name nvr-admin.pawsandrelax.internal;
    ssl_certificate     /etc/nginx/tls/nvr-admin.crt;
    ssl_certificate_key /etc/nginx/tls/nvr-admin.key;

    allow 10.10.0.0/24;
    allow 10.99.0.0/24;
    deny all;

    auth_basic "NVR admin";
    auth_basic_user_file /etc/nginx/kennelcam.htpasswd;

    location / {
        proxy_pass https://10.20.0.15;
        proxy_ssl_verify off;
    }
}
""", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

D("device-config", "hashed-secrets", "network/switches/office-sw1.cfg", r"""
!
hostname office-sw1
!
enable secret 9 $9$§s1§$§h1§
username netadmin privilege 15 secret 9 $9$§s2§$§h2§
username readonly privilege 1 secret 9 $9$§s3§$§h3§
!
snmp-server group MONITOR v3 priv read V3READ
snmp-server view V3READ iso included
!
interface Vlan10
 ip address 10.10.0.2 255.255.255.0
!
line vty 0 4
 login local
 transport input ssh
!
end
""", "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html",
  s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./"), s3=draw(14, ALNUM + "./"), h3=draw(43, ALNUM + "./"))

D("ini", "key-file-reference", "network/wireguard/wg-cams.conf", r"""
# wg-quick config on the office router; the private key is generated on the box and never leaves it
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/wg-cams.key
SaveConfig = false

[Peer]
# dana-laptop
PublicKey = §p1§
AllowedIPs = 10.99.0.2/32

[Peer]
# backup-nas
PublicKey = §p2§
AllowedIPs = 10.99.0.3/32
""", "https://man7.org/linux/man-pages/man8/wg.8.html", p1=wireguard_key(), p2=wireguard_key())

D("json", "webhook-event-fixture", "tests/fixtures/stripe_payment_intent_succeeded.json", r"""
{
  "id": "evt_§e§",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1717430400,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_§pi§",
      "object": "payment_intent",
      "amount": 32000,
      "currency": "usd",
      "customer": "cus_§cus§",
      "metadata": { "booking_id": "bk_20240603_0042", "package": "10-day" },
      "status": "succeeded"
    }
  }
}
""", "https://docs.stripe.com/api/events/object", e=draw(24), pi=draw(24), cus=draw(14))

D("notebook", "getpass", "notebooks/occupancy_forecast.ipynb", "§nb§", "https://docs.python.org/3/library/getpass.html",
  nb=json.dumps({
      "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# Holiday boarding occupancy forecast\n"]},
          {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
              "import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
              "pw = getpass.getpass(\"reports DB password: \")\n",
              "engine = sa.create_engine(sa.URL.create(\"postgresql+psycopg\", username=\"reports\", password=pw, host=\"reporting.barkbay.internal\", database=\"kennel\"))"]},
          {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
              "stays = pd.read_sql(\"select check_in, check_out, suite_type from stays where check_in >= '2023-11-01'\", engine)\n",
              "stays.groupby([stays.check_in.dt.isocalendar().week, 'suite_type']).size().unstack().plot()"]},
      ],
      "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
      "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n")

D("k8s", "csi-secret-provider", "deploy/k8s/secretproviderclass.yaml", r"""
apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: kennel-api-secrets
  namespace: prod
spec:
  provider: azure
  parameters:
    usePodIdentity: "false"
    clientID: "§cid§"
    keyvaultName: "kv-pawhaus-prod"
    tenantId: "§tid§"
    objects: |
      array:
        - |
          objectName: acs-connection-string
          objectType: secret
        - |
          objectName: adyen-api-key
          objectType: secret
""", "https://learn.microsoft.com/en-us/azure/aks/csi-secrets-store-identity-access", cid=uuid_s(), tid=uuid_s())

D("hcl", "vault-agent-template", "deploy/vault-agent/reminders.hcl", r"""
auto_auth {
  method "kubernetes" {
    mount_path = "auth/kubernetes"
    config = {
      role = "reminders"
    }
  }
}

template {
  destination = "/vault/secrets/reminders.env"
  contents    = <<EOT
{{ with secret "kv/data/daycare/twilio" }}
TWILIO_ACCOUNT_SID={{ .Data.data.account_sid }}
TWILIO_AUTH_TOKEN={{ .Data.data.auth_token }}
{{ end }}
EOT
}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("markdown", "placeholder", "docs/integrations/gingr-api.md", r"""
# Gingr API notes

Gingr authenticates every call with the account's API key sent as the `key` form field.
Get it from Admin -> Settings -> API. Store it in 1Password ("Gingr API - wagsworld").

```bash
curl -X POST https://wagsworld.gingrapp.com/api/v1/reservations \
  -d key=YOUR_GINGR_API_KEY \
  -d start_date=2024-06-01 -d end_date=2024-06-01
```

Responses are `{"success": true, "data": {...}}`. Rate limit: about 1 request/second, so the
nightly export sleeps between pages.
""", "https://support.gingrapp.com/hc/en-us/articles/gingr-api")

D("terraform", "ssm-data-source", "infra/reminders_lambda.tf", r"""
data "aws_ssm_parameter" "twilio_auth_token" {
  name            = "/prod/reminders/twilio_auth_token"
  with_decryption = true
}

resource "aws_lambda_function" "reminders" {
  function_name = "grooming-reminders"
  role          = aws_iam_role.reminders.arn
  runtime       = "python3.12"
  handler       = "send_reminders.handler"
  filename      = "build/reminders.zip"
  environment {
    variables = {
      TWILIO_ACCOUNT_SID = var.twilio_account_sid
      TWILIO_AUTH_TOKEN  = data.aws_ssm_parameter.twilio_auth_token.value
    }
  }
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/ssm_parameter")

D("yaml", "secret-reference", "homeassistant/configuration.yaml", r"""
homeassistant:
  name: Paws & Relax
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  time_zone: America/Denver
camera:
  - platform: generic
    name: Suite A
    still_image_url: http://10.20.0.31/ISAPI/Streaming/channels/101/picture
    stream_source: !secret suite_a_rtsp
    username: !secret nvr_username
    password: !secret nvr_password
    authentication: digest
""", "https://www.home-assistant.io/docs/configuration/secrets/")

D("compose", "dev-default", "docker-compose.dev.yml", r"""
# Local development only: throwaway database on your laptop, bound to localhost.
services:
  db:
    image: postgres:16
    ports: ["127.0.0.1:5432:5432"]
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: pawsplace_dev
  mailpit:
    image: axllent/mailpit
    ports: ["127.0.0.1:8025:8025", "127.0.0.1:1025:1025"]
""", "https://hub.docker.com/_/postgres")

D("markdown", "instructions-no-key", "docs/runbooks/play-yard-stream.md", r"""
# Play yard YouTube stream

1. Open OBS on the back-office PC (profile "PlayYard").
2. Settings -> Stream: Service "YouTube - RTMPS", click **Connect Account** (uses the
   kennel's Google account, no stream key is pasted anywhere).
3. If OBS asks for a key, get it from YouTube Studio -> Go Live -> Stream settings; do not
   write it in this doc or in Slack.
4. Start streaming at 7:00, stop at 18:00 (the scheduled scene switcher does this).
""", "https://obsproject.com/kb/youtube-streaming-guide")
