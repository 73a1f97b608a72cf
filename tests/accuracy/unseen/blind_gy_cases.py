"""Blind set GY: commercial cleaning and janitorial companies.

Job scheduling and site check-ins, supervisors' inspection apps, chemical and consumables ordering,
building access badges and key safes, payroll for shift workers, client contracts and invoicing,
floor-scrubber robots and fleet telemetry, and the office IT behind them, with their decoys.
Generated fakes only (seeds 2530000-2539999).
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
UPPER = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 2530000, 2539999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return pick(HEX, n)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Squeegee", "Mop", "Bucket", "Lobby", "Janitor", "Buffer", "Sparkle", "Polish", "Scrub", "Vacuum",
         "Harbor", "Maple", "Cedar", "Falcon", "Granite", "Willow", "Summit", "Copper", "Beacon", "Juniper"]
LOWER = ["bleach", "sponge", "ladder", "mopping", "window", "carpet", "closet", "dustpan", "lemon", "walnut",
         "harvest", "anchor", "violet", "glacier", "saddle", "orchid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


_PEM_HEADS = {"RSA": ("MIIEpAIBAAKCAQEA", 25, 40), "": ("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 26, 8),
              "EC": ("MHcCAQEEI", 3, 36), "OPENSSH": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 6, 40)}


def pem(kind: str = "RSA") -> str:
    """A private key block of the documented header and layout (64-character lines, OpenSSH's 70),
    random body."""
    head, lines, last = _PEM_HEADS[kind]
    width = 70 if kind == "OPENSSH" else 64
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(width * (lines - 1) + last - len(head)))
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    if kind in ("RSA", ""):
        rows[-1] = rows[-1][:-2] + "=="
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def cert_body(lines: int = 6) -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - 4))
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def jwt(payload: dict, sig_len: int = 43) -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{header}.{body}." + pick(URLSAFE, sig_len)


# Vendor shapes, as their documentation shows them.
def stripe_key(prefix: str = "sk_live_") -> str:
    return prefix + "51" + alnum(97)


def stripe_whsec() -> str:
    return "whsec_" + alnum(32)


def square_token() -> str:
    return "EAAA" + pick(URLSAFE, 60)


def square_app_secret() -> str:
    return "sq0csp-" + pick(URLSAFE, 43)


def sendgrid_key() -> str:
    return "SG." + pick(URLSAFE, 22) + "." + pick(URLSAFE, 43)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + pick(UPPER, 8) + "/B" + pick(UPPER, 10) + "/" + alnum(24))


def samsara_token() -> str:
    return "samsara_api_" + alnum(30)


def okta_token() -> str:
    return "00" + pick(URLSAFE, 40)


def azure_secret() -> str:
    return alnum(3) + "8Q~" + pick(ALNUM + "_.-~", 34)


def google_api_key() -> str:
    return "AIza" + pick(URLSAFE, 35)


def airtable_pat() -> str:
    return "pat" + alnum(14) + "." + hexs(64)


def datadog_api() -> str:
    return hexs(32)


def gitlab_token() -> str:
    return "glpat-" + pick(URLSAFE, 20)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_token(prefix: str) -> str:
    user = b64url(json.dumps({"u": "brightwellfs", "a": pick(string.ascii_lowercase + string.digits, 25)}, separators=(",", ":")))
    return f"{prefix}.{user}." + pick(URLSAFE, 22)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + pick(URLSAFE, 68)


def teams_webhook() -> str:
    return (f"https://brightwellfs.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + pick(URLSAFE, 44))


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
    CASES.append(LabelledCase(f"blind-gy/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Python: the scheduling platform (crewdesk), integrations, scripts
# ---------------------------------------------------------------------------------------------
add("python/django-secret-key", "crewdesk/crewdesk/settings/production.py",
    "Django docs: settings reference, SECRET_KEY", '''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["crewdesk.brightwellfs.com", "crewdesk-internal.brightwellfs.com"]

SECRET_KEY = "@@secret@@"

DATABASES["default"].update({
    "HOST": "crewdesk-prod.cluster-c7x2.us-east-2.rds.amazonaws.com",
    "NAME": "crewdesk",
    "CONN_MAX_AGE": 60,
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
CSRF_TRUSTED_ORIGINS = ["https://crewdesk.brightwellfs.com"]

# check-in photos from the supervisor app
DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"
AWS_STORAGE_BUCKET_NAME = "bw-crewdesk-inspections"
AWS_S3_REGION_NAME = "us-east-2"
''', secret=fakes.django_secret_key(_seed()))

add("python/deputy-api-token", "crewdesk/integrations/deputy/client.py",
    "Deputy API docs: authentication with a permanent token (Authorization: OAuth <token>)", '''
"""Pull rosters and approved timesheets from Deputy for the weekly payroll export."""
from __future__ import annotations

import datetime as dt

import requests

DEPUTY_INSTALL = "brightwellfs.na.deputy.com"
DEPUTY_TOKEN = "@@secret@@"


class DeputyClient:
    def __init__(self, install: str = DEPUTY_INSTALL, token: str = DEPUTY_TOKEN) -> None:
        self.base = f"https://{install}/api/v1"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"OAuth {token}", "dp-meta-option": "none"})

    def timesheets(self, start: dt.date, end: dt.date) -> list[dict]:
        query = {
            "search": {
                "s1": {"field": "Date", "type": "ge", "data": start.isoformat()},
                "s2": {"field": "Date", "type": "le", "data": end.isoformat()},
                "s3": {"field": "TimeApproved", "type": "eq", "data": True},
            }
        }
        resp = self.session.post(f"{self.base}/resource/Timesheet/QUERY", json=query, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def rosters(self, day: dt.date) -> list[dict]:
        resp = self.session.get(f"{self.base}/supervise/roster/{day.isoformat()}", timeout=30)
        resp.raise_for_status()
        return resp.json()
''', secret=hexs(32))

add("python/samsara-api-token", "scrubtrack/pollers/samsara_vans.py",
    "Samsara API docs: authentication with API tokens (samsara_api_ prefix, Bearer)", '''
#!/usr/bin/env python3
"""Every five minutes: where are the crew vans, and which site are they parked at."""
import json
import time

import requests

API = "https://api.samsara.com"
HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
}
SITE_RADIUS_M = 150


def vehicle_locations():
    resp = requests.get(f"{API}/fleet/vehicles/locations", headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"]


def main():
    while True:
        for van in vehicle_locations():
            loc = van["location"]
            print(json.dumps({"van": van["name"], "lat": loc["latitude"], "lon": loc["longitude"],
                              "speed": loc.get("speedMilesPerHour", 0)}))
        time.sleep(300)


if __name__ == "__main__":
    main()
''', secret=samsara_token())

add("python/geotab-password", "fleet/geotab_trips.py",
    "mygeotab Python SDK docs: mygeotab.API(username, password, database)", '''
import datetime

import mygeotab
import pandas as pd

api = mygeotab.API(username="fleet.reports@northgatejan.com",
                   password="@@secret@@",
                   database="northgate_janitorial")
api.authenticate()

since = datetime.datetime.utcnow() - datetime.timedelta(days=7)
trips = api.get("Trip", fromDate=since)
frame = pd.DataFrame([
    {"device": t["device"]["id"], "start": t["start"], "stop": t["stop"], "km": t["distance"]}
    for t in trips
])
frame.to_csv("trips_last_week.csv", index=False)
print(frame.groupby("device")["km"].sum().sort_values(ascending=False).head(20))
''', secret=words_pw())

add("python/stripe-secret-key", "billing/invoicing/stripe_sync.py",
    "Stripe API docs: API keys (sk_live_ secret keys), stripe-python", '''
"""Push approved monthly cleaning contracts to Stripe as invoices."""
import stripe

from billing.models import Contract

stripe.api_key = "@@secret@@"
stripe.api_version = "2024-06-20"


def invoice_contract(contract: Contract) -> str:
    customer = contract.client.stripe_customer_id
    for line in contract.lines.filter(active=True):
        stripe.InvoiceItem.create(
            customer=customer,
            amount=int(line.monthly_amount * 100),
            currency="usd",
            description=f"{line.site.name} - {line.service_level} ({contract.period_label})",
        )
    invoice = stripe.Invoice.create(customer=customer, collection_method="send_invoice",
                                    days_until_due=contract.client.payment_terms_days,
                                    metadata={"contract": contract.number})
    stripe.Invoice.finalize_invoice(invoice.id)
    return invoice.id
''', secret=stripe_key())

add("python/quickbooks-client-secret", "accounting/qbo_auth.py",
    "Intuit docs: intuit-oauth Python client, AuthClient(client_id, client_secret, redirect_uri, environment)", '''
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    redirect_uri="https://ops.shineline.co/qbo/callback",
    environment="production",
)


def authorize_url() -> str:
    return auth_client.get_authorization_url([Scopes.ACCOUNTING])


def client(refresh_token: str, realm_id: str) -> QuickBooks:
    auth_client.refresh(refresh_token=refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token,
                      company_id=realm_id, minorversion=73)
''', secret=alnum(40), cid=alnum(48))

_a, _b = "Squeegee#Lob", "by" + str(random.Random(_seed()).randint(1000, 9999))
add("python/smtp-password", "crewdesk/notifications/mailer.py",
    "Python docs: smtplib.SMTP.login; Microsoft 365 SMTP AUTH submission (smtp.office365.com:587)", '''
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_PORT = 587
SMTP_USER = "noreply@brightwellfs.com"
SMTP_PASSWORD = ("@@a@@"
                 "@@b@@")


def send_missed_clean_alert(to: str, site: str, shift: str) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg["Subject"] = f"Missed check-in: {site}"
    msg.set_content(f"No crew checked in at {site} for the {shift} shift. Please call the supervisor.")
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(msg)
''', secret=_a + _b, a=_a, b=_b)

add("python/redis-password", "crewdesk/dispatch/queue.py",
    "redis-py docs: redis.Redis(host, port, password, ssl)", '''
import json

import redis

_pool = redis.ConnectionPool(
    host="dispatch-cache.brightwell.internal",
    port=6380,
    password="@@secret@@",
    db=2,
    connection_class=redis.SSLConnection,
)
r = redis.Redis(connection_pool=_pool)

QUEUE = "dispatch:callouts"


def push_callout(site_id: int, reason: str, priority: int = 5) -> None:
    r.zadd(QUEUE, {json.dumps({"site": site_id, "reason": reason}): priority})


def next_callout():
    item = r.zpopmin(QUEUE)
    return json.loads(item[0][0]) if item else None
''', secret=fakes.redis_password(_seed()))

add("python/sftp-password", "payroll/jobs/upload_paychex.py",
    "Paramiko docs: SSHClient.connect(hostname, username, password)", '''
"""Nightly: drop the approved hours file on the payroll provider's SFTP."""
import datetime
import pathlib

import paramiko

HOST = "sftp.payroll-exchange.example-provider.com"
USER = "evercrest_bc_4471"
PASS = "@@secret@@"


def upload(path: pathlib.Path) -> None:
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.load_system_host_keys()
    ssh.connect(HOST, port=22, username=USER, password=PASS, look_for_keys=False)
    with ssh.open_sftp() as sftp:
        sftp.put(str(path), f"/inbound/hours/{path.name}")
    ssh.close()


if __name__ == "__main__":
    today = datetime.date.today().strftime("%Y%m%d")
    upload(pathlib.Path(f"/srv/payroll/out/hours_{today}.csv"))
''', secret=rand_pw(16, "!@#%"))

add("python/telegram-bot-token", "supervisor_bot/bot.py",
    "python-telegram-bot docs: Application.builder().token(...); Telegram Bot API token format", '''
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from checkins import late_sites

TOKEN = "@@secret@@"


async def late(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rows = late_sites(region=context.args[0] if context.args else None)
    if not rows:
        await update.message.reply_text("All crews checked in.")
        return
    await update.message.reply_text("\\n".join(f"{r.site} - {r.crew} ({r.minutes_late} min)" for r in rows))


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("late", late))
    app.run_polling()


if __name__ == "__main__":
    main()
''', secret=fakes.telegram_token(_seed()))

_kid = fakes.aws_key_id(_seed())
add("python/aws-secret-key", "scripts/archive_inspection_photos.py",
    "boto3 docs: credentials passed to boto3.client (aws_access_key_id, aws_secret_access_key)", '''
#!/usr/bin/env python3
"""Move inspection photos older than 90 days to the archive bucket (Glacier IR)."""
import datetime

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

SRC, DST = "bw-crewdesk-inspections", "bw-crewdesk-archive"
cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=90)

paginator = s3.get_paginator("list_objects_v2")
moved = 0
for page in paginator.paginate(Bucket=SRC, Prefix="photos/"):
    for obj in page.get("Contents", []):
        if obj["LastModified"] < cutoff:
            s3.copy_object(Bucket=DST, Key=obj["Key"], CopySource={"Bucket": SRC, "Key": obj["Key"]},
                           StorageClass="GLACIER_IR")
            s3.delete_object(Bucket=SRC, Key=obj["Key"])
            moved += 1
print(f"archived {moved} photos")
''', secret=fakes.aws_secret_key(_seed()), kid=_kid)

add("python/ldap-password", "itops/ad_sync/sync_staff.py",
    "ldap3 docs: Connection(server, user, password, auto_bind)", '''
"""Disable AD accounts of cleaners who left (terminated in the HR export)."""
import csv

from ldap3 import MODIFY_REPLACE, NTLM, Connection, Server

server = Server("ldaps://dc01.corp.evercrestbc.com", use_ssl=True)
conn = Connection(server, user="EVERCREST\\\\svc-adsync", password="@@secret@@",
                  authentication=NTLM, auto_bind=True)

with open("terminations.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        conn.search("OU=Field Staff,DC=corp,DC=evercrestbc,DC=com",
                    f"(employeeID={row['employee_id']})", attributes=["userAccountControl"])
        for entry in conn.entries:
            conn.modify(entry.entry_dn, {"userAccountControl": [(MODIFY_REPLACE, [514])]})
            print("disabled", entry.entry_dn)
''', secret=words_pw())

add("python/openai-api-key", "inspections/summarize.py",
    "OpenAI Python SDK docs: OpenAI(api_key=...); project API keys (sk-proj-)", '''
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = """You are a quality manager at a commercial cleaning company.
Summarize the supervisor's inspection notes into: failed areas, root cause, corrective action."""


def summarize(notes: str, site: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT},
                  {"role": "user", "content": f"Site: {site}\\n\\n{notes}"}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', secret=fakes.openai_key(_seed()))

add("python/twilio-auth-token", "crewdesk/notifications/sms.py",
    "Twilio Python helper library docs: Client(account_sid, auth_token)", '''
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+14155550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def shift_reminder(phone: str, site: str, start: str) -> str:
    message = client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Brightwell: reminder, your shift at {site} starts at {start}. Reply 1 to confirm.",
    )
    return message.sid
''', secret=hexs(32), sid=hexs(32))

add("python/fleetio-api-token", "fleet/fleetio_service_reminders.py",
    "Fleetio API docs: Authorization: Token <api key> and Account-Token headers", '''
import requests

FLEETIO = "https://secure.fleetio.com/api/v1"
session = requests.Session()
session.headers.update({
    "Authorization": "Token @@secret@@",
    "Account-Token": "@@acct@@",
    "Content-Type": "application/json",
})


def overdue_reminders():
    resp = session.get(f"{FLEETIO}/service_reminders", params={"q[status_eq]": "overdue"}, timeout=30)
    resp.raise_for_status()
    return [(r["vehicle_name"], r["service_task_name"], r["next_due_at"]) for r in resp.json()]


if __name__ == "__main__":
    for vehicle, task, due in overdue_reminders():
        print(f"{vehicle:<18} {task:<30} {due}")
''', secret=hexs(40), acct=hexs(10))

add("python/kisi-api-key", "access/kisi_unlock.py",
    "Kisi API docs: Authorization: KISI-LOGIN <api key>; POST /locks/{id}/unlock", '''
"""Remote unlock for a crew locked out of a client site (supervisor approval required)."""
import sys

import requests

KISI_API_KEY = "@@secret@@"


def unlock(lock_id: int) -> None:
    resp = requests.post(
        f"https://api.kisi.io/locks/{lock_id}/unlock",
        headers={"Authorization": f"KISI-LOGIN {KISI_API_KEY}", "Accept": "application/json"},
        timeout=15,
    )
    resp.raise_for_status()
    print("unlocked", lock_id, resp.json().get("message"))


if __name__ == "__main__":
    unlock(int(sys.argv[1]))
''', secret=hexs(32))

_pw = words_pw()
add("python/postgres-password", "airflow/dags/contract_margin_report.py",
    "SQLAlchemy docs: create_engine with a postgresql+psycopg2 URL", '''
from datetime import datetime

import pandas as pd
from airflow.decorators import dag, task
from sqlalchemy import create_engine

ENGINE_URL = "postgresql+psycopg2://reporting:@@secret@@@warehouse.shineline.internal:5432/ops"


@dag(schedule="0 6 * * 1", start_date=datetime(2024, 1, 1), catchup=False, tags=["finance"])
def contract_margin_report():
    @task
    def extract() -> str:
        engine = create_engine(ENGINE_URL)
        df = pd.read_sql("""
            select c.number, c.client, sum(t.hours * t.rate) as labor, c.monthly_value
            from contracts c join timesheets t on t.contract_id = c.id
            where t.week = date_trunc('week', now() - interval '7 days')
            group by 1, 2, 4
        """, engine)
        df["margin"] = 1 - df["labor"] / df["monthly_value"]
        path = "/tmp/contract_margin.csv"
        df.to_csv(path, index=False)
        return path

    extract()


contract_margin_report()
''', secret=_pw)

_cred = b64("integrations@brightwellfs.com:" + rand_pw(14, "#!"))
add("python/basic-auth-credential", "access/openpath_sync.py",
    "Avigilon Alta (Openpath) API docs: Basic authentication to /auth/login; RFC 7617", '''
import requests

ALTA = "https://api.openpath.com"
ORG_ID = 18822
# integrations user, basic auth
AUTH_HEADER = {"Authorization": "Basic @@secret@@"}


def sync_cleaners(cleaners):
    for c in cleaners:
        body = {"identity": {"email": c.email, "firstName": c.first, "lastName": c.last},
                "groupIds": [c.site_group_id]}
        r = requests.post(f"{ALTA}/orgs/{ORG_ID}/users", json=body, headers=AUTH_HEADER, timeout=20)
        if r.status_code == 409:
            continue
        r.raise_for_status()
''', secret=_cred)

add("python/jobber-client-secret", "integrations/jobber/webhooks.py",
    "Jobber developer docs: webhooks signed with the app's client secret (X-Jobber-Hmac-SHA256)", '''
import base64
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
JOBBER_CLIENT_ID = "@@cid@@"
JOBBER_CLIENT_SECRET = "@@secret@@"


def valid(req) -> bool:
    digest = hmac.new(JOBBER_CLIENT_SECRET.encode(), req.get_data(), hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), req.headers.get("X-Jobber-Hmac-SHA256", ""))


@app.post("/webhooks/jobber")
def jobber_webhook():
    if not valid(request):
        abort(401)
    event = request.get_json()["data"]["webHookEvent"]
    if event["topic"] == "VISIT_COMPLETE":
        from .tasks import mark_visit_complete
        mark_visit_complete.delay(event["itemId"])
    return "", 204
''', secret=hexs(64), cid=uuid_s())

add("python/brivo-client-secret", "access/brivo/token.py",
    "Brivo Access API docs: OAuth password grant with client id, client secret and api-key header", '''
import requests

BRIVO_AUTH = "https://auth.brivo.com/oauth/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
API_KEY = "@@key@@"


def access_token(username: str, password: str) -> str:
    resp = requests.post(
        BRIVO_AUTH,
        params={"grant_type": "password", "username": username, "password": password},
        auth=(CLIENT_ID, CLIENT_SECRET),
        headers={"api-key": API_KEY},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', secret=alnum(32), cid=uuid_s(), key=alnum(24))

# Python decoys
add("python/decoy-env-reference", "crewdesk/crewdesk/settings/base.py",
    "Django docs: settings; twelve-factor config from the environment", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "crewdesk"),
        "USER": os.environ.get("DB_USER", "crewdesk"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": os.environ.get("DB_PORT", "5432"),
    }
}

DEPUTY_TOKEN = os.environ.get("DEPUTY_TOKEN", "")
TWILIO_AUTH_TOKEN = os.getenv("TWILIO_AUTH_TOKEN")
SAMSARA_API_TOKEN = os.getenv("SAMSARA_API_TOKEN")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD")

TIME_ZONE = "America/Chicago"
USE_TZ = True
''')

add("python/decoy-test-fixture", "crewdesk/integrations/deputy/tests/test_client.py",
    "pytest and responses docs: mocking HTTP APIs in tests", '''
import datetime as dt

import responses

from integrations.deputy.client import DeputyClient

FAKE_TOKEN = "0" * 32
INSTALL = "example.na.deputy.com"


@responses.activate
def test_timesheets_sends_oauth_header():
    responses.post(f"https://{INSTALL}/api/v1/resource/Timesheet/QUERY", json=[{"Id": 1, "TotalTime": 7.5}])
    client = DeputyClient(install=INSTALL, token=FAKE_TOKEN)
    rows = client.timesheets(dt.date(2024, 3, 4), dt.date(2024, 3, 10))
    assert rows[0]["TotalTime"] == 7.5
    assert responses.calls[0].request.headers["Authorization"] == "OAuth " + FAKE_TOKEN


@responses.activate
def test_rosters_by_day():
    responses.get(f"https://{INSTALL}/api/v1/supervise/roster/2024-03-04", json=[])
    assert DeputyClient(install=INSTALL, token="not-a-real-token").rosters(dt.date(2024, 3, 4)) == []
''')

add("python/decoy-checksum", "scrubtrack/firmware/manifest.py",
    "Python docs: hashlib.sha256; vendor firmware release notes list SHA-256 of each image", '''
"""Firmware images the scrubbers may be updated to, by model, with the published SHA-256."""
import hashlib
from pathlib import Path

APPROVED = {
    "T7AMR": {"version": "4.12.3", "sha256": "@@h1@@"},
    "T380AMR": {"version": "4.12.3", "sha256": "@@h2@@"},
    "NEO2": {"version": "3.8.0", "sha256": "@@h3@@"},
    "VACUUM-V40": {"version": "2.1.7", "sha256": "@@h4@@"},
}


def verify(model: str, image: Path) -> bool:
    expected = APPROVED[model]["sha256"]
    digest = hashlib.sha256(image.read_bytes()).hexdigest()
    return digest == expected
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("python/decoy-generator-code", "crewdesk/api/keys.py",
    "Python docs: secrets.token_urlsafe; hashing API keys before storing them", '''
import hashlib
import re
import secrets

PREFIX = "bwk_live_"
KEY_PATTERN = re.compile(r"^bwk_(live|test)_[A-Za-z0-9_-]{43}$")


def new_client_key() -> tuple[str, str]:
    """A key for a client portal integration: shown once, only its hash is stored."""
    key = PREFIX + secrets.token_urlsafe(32)
    return key, hashlib.sha256(key.encode()).hexdigest()


def looks_like_key(value: str) -> bool:
    return bool(KEY_PATTERN.match(value))


def redact(value: str) -> str:
    return value[:9] + "*" * 8 + value[-4:] if looks_like_key(value) else value
''')

add("python/decoy-badge-ids", "access/hid_import.py",
    "HID docs: 26-bit H10301 card format (facility code, card number)", '''
"""Import prox badge numbers from the site's access panel export into crewdesk."""
import csv

# facility codes per client campus (H10301, 26-bit)
FACILITY_CODES = {"ridgeview-medical": 112, "lakeshore-tower": 87, "dunmore-logistics": 203}
BADGE_BATCH = "2024-Q2-0417"


def parse_h10301(raw: int) -> tuple[int, int]:
    facility = (raw >> 17) & 0xFF
    card = (raw >> 1) & 0xFFFF
    return facility, card


def import_badges(path: str, campus: str):
    fc = FACILITY_CODES[campus]
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            facility, card = parse_h10301(int(row["raw_hex"], 16))
            if facility != fc:
                raise ValueError(f"badge {row['raw_hex']} is not from {campus}")
            yield {"employee": row["employee_id"], "card_number": card, "batch": BADGE_BATCH}
''')

add("python/decoy-secret-manager-reference", "payroll/config.py",
    "AWS docs: Secrets Manager get_secret_value; secret ARNs", '''
import json
from functools import lru_cache

import boto3

REGION = "us-east-2"
SECRETS = {
    "paychex": "arn:aws:secretsmanager:us-east-2:418305922716:secret:payroll/paychex-api-Xq3F9a",
    "sftp": "arn:aws:secretsmanager:us-east-2:418305922716:secret:payroll/sftp-drop-7HnW2k",
    "db": "arn:aws:secretsmanager:us-east-2:418305922716:secret:payroll/rds-main-uT0c4P",
}


@lru_cache()
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=REGION)
    return json.loads(client.get_secret_value(SecretId=SECRETS[name])["SecretString"])


def paychex_credentials() -> tuple[str, str]:
    s = secret("paychex")
    return s["client_id"], s["client_secret"]
''')

add("python/decoy-uuid", "crewdesk/integrations/connecteam/sites.py",
    "Connecteam API docs: time clock and job ids are UUIDs", '''
"""Map crewdesk sites to Connecteam time-clock jobs (ids copied from the Connecteam admin)."""
SITE_JOBS = {
    "ridgeview-medical-bldg-a": "@@u1@@",
    "ridgeview-medical-bldg-b": "@@u2@@",
    "lakeshore-tower-fl-1-12": "@@u3@@",
    "dunmore-logistics-dc4": "@@u4@@",
    "cityside-library": "@@u5@@",
}
TIME_CLOCK_ID = "@@u6@@"


def job_for(site_slug: str) -> str:
    try:
        return SITE_JOBS[site_slug]
    except KeyError:
        raise LookupError(f"no Connecteam job mapped for {site_slug}") from None
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s())

add("python/decoy-password-hash", "crewdesk/accounts/migrations/0007_kiosk_supervisor.py",
    "Django docs: password hashers (pbkdf2_sha256 encoded form), data migrations", '''
from django.db import migrations

# the shared kiosk login on the site tablets; the password itself is set at install time
KIOSK_HASH = "pbkdf2_sha256$720000$@@salt@@$@@h@@="


def create_kiosk(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    User.objects.update_or_create(
        username="kiosk",
        defaults={"password": KIOSK_HASH, "is_staff": False, "role": "kiosk"},
    )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0006_user_role")]
    operations = [migrations.RunPython(create_kiosk, migrations.RunPython.noop)]
''', salt=alnum(22), h=pick(ALNUM + "+/", 43))

add("python/decoy-publishable-key", "crewdesk/portal/views.py",
    "Stripe docs: publishable keys (pk_live_) are meant for the browser", '''
from django.conf import settings
from django.shortcuts import render

from billing.models import Invoice

STRIPE_PUBLISHABLE_KEY = "pk_live_51@@pk@@"


def pay_invoice(request, number):
    invoice = Invoice.objects.get(number=number, client=request.user.client)
    return render(request, "portal/pay.html", {
        "invoice": invoice,
        "stripe_pk": STRIPE_PUBLISHABLE_KEY,
        "client_secret_url": f"/portal/invoices/{number}/intent",
        "support_email": settings.BILLING_EMAIL,
    })
''', pk=alnum(97))

add("python/decoy-keyring", "tools/scrubber_export.py",
    "keyring docs: get_password; Python docs: getpass", '''
#!/usr/bin/env python3
"""Export last month's cleaning-robot run reports from the vendor portal to CSV."""
import getpass
import sys

import keyring
import requests

SERVICE = "robot-portal"
USER = "ops.reports@brightwellfs.com"

password = keyring.get_password(SERVICE, USER)
if password is None:
    password = getpass.getpass(f"Portal password for {USER}: ")
    keyring.set_password(SERVICE, USER, password)

session = requests.Session()
session.post("https://portal.example-robotics.com/api/login", json={"email": USER, "password": password})
report = session.get("https://portal.example-robotics.com/api/reports/runs", params={"month": sys.argv[1]})
sys.stdout.write(report.text)
''')

add("python/decoy-regex", "crewdesk/logging_filters.py",
    "Python docs: logging.Filter; redacting credentials from logs", '''
import logging
import re

PATTERNS = [
    re.compile(r"samsara_api_[A-Za-z0-9]{30}"),
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    re.compile(r"(?i)(authorization:\\s*(oauth|bearer|token))\\s+[A-Za-z0-9._-]+"),
    re.compile(r"(?i)(password|passwd|pwd)=([^&\\s]+)"),
    re.compile(r"xox[baprs]-[0-9A-Za-z-]{10,}"),
]


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pattern in PATTERNS:
            msg = pattern.sub(lambda m: m.group(0)[:12] + "[REDACTED]", msg)
        record.msg, record.args = msg, ()
        return True
''')

# ---------------------------------------------------------------------------------------------
# Go, Java, Kotlin, C#
# ---------------------------------------------------------------------------------------------
add("go/meraki-api-key", "itops/merakictl/main.go",
    "Cisco Meraki Dashboard API docs: X-Cisco-Meraki-API-Key header (40 hex characters)", '''
package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

const (
	merakiBase = "https://api.meraki.com/api/v1"
	merakiKey  = "@@secret@@"
	orgID      = "549236"
)

type device struct {
	Name   string `json:"name"`
	Serial string `json:"serial"`
	Status string `json:"status"`
}

func main() {
	req, _ := http.NewRequest("GET", merakiBase+"/organizations/"+orgID+"/devices/statuses", nil)
	req.Header.Set("X-Cisco-Meraki-API-Key", merakiKey)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var devices []device
	json.NewDecoder(resp.Body).Decode(&devices)
	for _, d := range devices {
		if d.Status != "online" {
			fmt.Printf("%-28s %-16s %s\\n", d.Name, d.Serial, d.Status)
		}
	}
}
''', secret=hexs(40))

add("go/postgres-password", "jobsvc/internal/db/db.go",
    "lib/pq docs: keyword/value connection strings (host= user= password= dbname= sslmode=)", '''
package db

import (
	"database/sql"
	"time"

	_ "github.com/lib/pq"
)

// Open connects to the job scheduling database (visits, crews, check-ins).
func Open() (*sql.DB, error) {
	dsn := "host=jobs-db.northgate.internal port=5432 user=jobsvc password=@@secret@@ dbname=jobs sslmode=require"
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(20)
	db.SetConnMaxLifetime(30 * time.Minute)
	return db, db.Ping()
}
''', secret=rand_pw(22))

add("go/mqtt-password", "scrubtrack/ingest/broker.go",
    "Eclipse Paho Go client docs: ClientOptions.SetUsername / SetPassword", '''
package ingest

import (
	"crypto/tls"
	"log"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// Connect subscribes to telemetry the floor scrubbers publish (battery, water level, area cleaned).
func Connect(handler mqtt.MessageHandler) mqtt.Client {
	opts := mqtt.NewClientOptions().
		AddBroker("ssl://telemetry.scrubtrack.io:8883").
		SetClientID("ingest-01").
		SetUsername("ingest").
		SetPassword("@@secret@@").
		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}).
		SetKeepAlive(30 * time.Second).
		SetAutoReconnect(true)
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); tok.Wait() && tok.Error() != nil {
		log.Fatalf("mqtt connect: %v", tok.Error())
	}
	c.Subscribe("fleet/+/telemetry", 1, handler)
	return c
}
''', secret=rand_pw(24))

add("go/slack-webhook", "jobsvc/internal/alerts/slack.go",
    "Slack docs: incoming webhooks (https://hooks.slack.com/services/T.../B.../...)", '''
package alerts

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

var webhookURL = "@@secret@@"

// MissedCheckIn posts to #ops-night when a crew has not checked in 20 minutes after shift start.
func MissedCheckIn(site, crew string, minutes int) error {
	body, _ := json.Marshal(map[string]string{
		"text": fmt.Sprintf(":rotating_light: %s has not checked in at *%s* (%d min late)", crew, site, minutes),
	})
	resp, err := http.Post(webhookURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("slack: %s", resp.Status)
	}
	return nil
}
''', secret=slack_webhook())

_k = pem("EC")
add("go/private-key", "scrubtrack/dock/identity.go",
    "Go crypto/x509 docs: ParseECPrivateKey; SEC 1 EC PRIVATE KEY PEM blocks", '''
package dock

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
)

// Charging docks sign their status reports with this key (provisioned 2023-11, all docks).
const dockKeyPEM = `@@secret@@`

func SigningKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(dockKeyPEM))
	return x509.ParseECPrivateKey(block.Bytes)
}
''', secret=_k)

add("go/sendgrid-api-key", "invoicer/mail/send.go",
    "SendGrid Go library docs: sendgrid.NewSendClient(apiKey); API key format SG.<id>.<secret>", '''
package mail

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

const sgKey = "@@secret@@"

// Invoice emails the monthly invoice PDF link to the client's accounts payable contact.
func Invoice(toName, toEmail, number, link string) error {
	from := mail.NewEmail("Northgate Janitorial Billing", "billing@northgatejan.com")
	to := mail.NewEmail(toName, toEmail)
	subject := "Invoice " + number + " from Northgate Janitorial"
	body := "Your invoice " + number + " is ready: " + link
	msg := mail.NewSingleEmail(from, subject, to, body, "<p>"+body+"</p>")
	_, err := sendgrid.NewSendClient(sgKey).Send(msg)
	return err
}
''', secret=sendgrid_key())

add("go/jwt-secret", "jobsvc/internal/auth/tokens.go",
    "golang-jwt docs: HS256 signing with a shared secret key ([]byte)", '''
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("@@secret@@")

type CrewClaims struct {
	CrewID int64  `json:"crew"`
	Role   string `json:"role"`
	jwt.RegisteredClaims
}

func Issue(crewID int64, role string) (string, error) {
	claims := CrewClaims{crewID, role, jwt.RegisteredClaims{
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
		Issuer:    "jobsvc",
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

func Parse(token string) (*CrewClaims, error) {
	var c CrewClaims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return signingKey, nil })
	return &c, err
}
''', secret=passphrase() + rand_pw(8))

add("go/decoy-env-reference", "jobsvc/cmd/jobsvc/config.go",
    "Go docs: os.Getenv / os.LookupEnv; twelve-factor config", '''
package main

import (
	"log"
	"os"
)

type Config struct {
	DatabaseURL   string
	SlackWebhook  string
	JWTSecret     string
	SamsaraToken  string
	ListenAddress string
}

func mustEnv(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		log.Fatalf("missing required environment variable %s", name)
	}
	return v
}

func LoadConfig() Config {
	return Config{
		DatabaseURL:   mustEnv("DATABASE_URL"),
		SlackWebhook:  os.Getenv("SLACK_WEBHOOK_URL"),
		JWTSecret:     mustEnv("JWT_SIGNING_KEY"),
		SamsaraToken:  mustEnv("SAMSARA_API_TOKEN"),
		ListenAddress: envOr("LISTEN_ADDR", ":8080"),
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
''')

add("go/decoy-test-fixture", "jobsvc/internal/auth/tokens_test.go",
    "Go docs: testing package; golang-jwt docs", '''
package auth

import "testing"

func TestIssueAndParse(t *testing.T) {
	signingKey = []byte("test-only-signing-key")
	tok, err := Issue(42, "supervisor")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse(tok)
	if err != nil || c.CrewID != 42 || c.Role != "supervisor" {
		t.Fatalf("round trip: %+v %v", c, err)
	}
}

func TestRejectsTampered(t *testing.T) {
	signingKey = []byte("test-only-signing-key")
	tok, _ := Issue(7, "cleaner")
	if _, err := Parse(tok + "x"); err == nil {
		t.Fatal("tampered token accepted")
	}
}
''')

add("go/decoy-public-key", "scrubtrack/ota/verify.go",
    "Go crypto/ed25519 docs: verifying signatures with a public key", '''
package ota

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
)

// Vendor's firmware signing public key, from the release portal. Public by design.
const vendorPublicKey = "@@pub@@"

func Verify(image, sig []byte) error {
	pub, err := base64.StdEncoding.DecodeString(vendorPublicKey)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return errors.New("bad vendor public key")
	}
	if !ed25519.Verify(ed25519.PublicKey(pub), image, sig) {
		return errors.New("firmware signature mismatch")
	}
	return nil
}
''', pub=base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(32))).decode())

add("java/smtp-password", "inspection-service/src/main/java/com/pristineworks/inspect/mail/ReportMailer.java",
    "Jakarta Mail docs: Session.getInstance with an Authenticator (PasswordAuthentication)", '''
package com.pristineworks.inspect.mail;

import jakarta.mail.*;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

public class ReportMailer {
    private static final String USER = "inspections@pristineworks.com";
    private static final String PASS = "@@secret@@";

    private final Session session;

    public ReportMailer() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.gmail.com");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }

    public void send(String to, String site, String pdfUrl) throws MessagingException {
        Message msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(USER));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject("Quality inspection report - " + site);
        msg.setText("The inspection report for " + site + " is ready: " + pdfUrl);
        Transport.send(msg);
    }
}
''', secret=" ".join(pick(string.ascii_lowercase, 4) for _ in range(4)))

add("java/square-access-token", "field-payments/src/main/java/com/shineline/pay/SquareConfig.java",
    "Square Java SDK docs: SquareClient.Builder().accessToken(...); production access tokens (EAAA)", '''
package com.shineline.pay;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SquareConfig {

    // one-off window cleaning jobs paid on site by card
    @Bean
    public SquareClient squareClient() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .accessToken("@@secret@@")
                .build();
    }

    @Bean
    public String squareLocationId() {
        return "L@@loc@@";
    }
}
''', secret=square_token(), loc=pick(UPPER, 12))

add("java/mssql-password", "payroll-bridge/src/main/java/com/evercrest/payroll/db/Db.java",
    "Microsoft JDBC Driver for SQL Server docs: connection URL properties (user, password, encrypt)", '''
package com.evercrest.payroll.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL =
        "jdbc:sqlserver://sql02.corp.evercrestbc.com:1433;databaseName=TimeAndAttendance;"
        + "user=payroll_bridge;password=@@secret@@;encrypt=true;trustServerCertificate=true";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
''', secret=words_pw())

add("java/adp-client-secret", "payroll-bridge/src/main/java/com/evercrest/payroll/adp/AdpTokenClient.java",
    "ADP API Central docs: client credentials grant (client_id, client_secret) over mutual TLS", '''
package com.evercrest.payroll.adp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class AdpTokenClient {
    private static final String TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token";
    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    private final HttpClient http;

    public AdpTokenClient(HttpClient mtlsClient) {
        this.http = mtlsClient;
    }

    public String fetchToken() throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL + "?grant_type=client_credentials"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        return resp.body();
    }
}
''', secret=uuid_s(), cid=uuid_s())

add("java/decoy-env-reference", "field-payments/src/main/java/com/shineline/pay/StripeProperties.java",
    "Spring Boot docs: @ConfigurationProperties and @Value placeholders", '''
package com.shineline.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class StripeProperties {

    @Value("${stripe.secret-key}")
    private String secretKey;

    @Value("${stripe.webhook-secret:${STRIPE_WEBHOOK_SECRET}}")
    private String webhookSecret;

    @Value("${square.access-token:}")
    private String squareToken;

    public String secretKey() { return secretKey; }
    public String webhookSecret() { return webhookSecret; }
    public String squareToken() { return squareToken; }
}
''')

add("java/decoy-test-fixture", "inspection-service/src/test/java/com/pristineworks/inspect/ScoreCalculatorTest.java",
    "JUnit 5 docs: assertions; test fixtures", '''
package com.pristineworks.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreCalculatorTest {
    private static final UUID SITE = UUID.fromString("@@u@@");
    private static final String INSPECTOR_PASSWORD = "password";

    @Test
    void restroomFailuresWeighDouble() {
        var items = List.of(
            new Item("Restrooms", "Toilets and urinals", false),
            new Item("Lobby", "Glass doors", true),
            new Item("Offices", "Trash removed", true));
        assertEquals(50.0, new ScoreCalculator().score(SITE, items), 0.01);
    }

    @Test
    void loginFixtureUsesDefaultPassword() {
        assertEquals("password", TestUsers.inspector("qa@example.com", INSPECTOR_PASSWORD).password());
    }
}
''', u=uuid_s())

add("kotlin/connecteam-api-key", "supervisor-app/app/build.gradle.kts",
    "Connecteam API docs: X-API-KEY header; Android Gradle docs: buildConfigField", '''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.brightwellfs.supervisor"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.brightwellfs.supervisor"
        minSdk = 26
        targetSdk = 34
        versionCode = 118
        versionName = "3.4.1"
        buildConfigField("String", "CONNECTEAM_API_KEY", "\\"@@secret@@\\"")
        buildConfigField("String", "API_BASE", "\\"https://crewdesk.brightwellfs.com/api/\\"")
    }

    buildFeatures { buildConfig = true }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

dependencies {
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("androidx.camera:camera-camera2:1.3.4")
}
''', secret=uuid_s())

add("kotlin/housecall-pro-api-key", "supervisor-app/app/src/main/java/com/brightwellfs/supervisor/net/HcpApi.kt",
    "Housecall Pro public API docs: Authorization: Token <api key>", '''
package com.brightwellfs.supervisor.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val HCP_API_KEY = "@@secret@@"

object HcpApi {
    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Token $HCP_API_KEY")
                .header("Accept", "application/json")
                .build()
        )
    }

    val service: HcpService = Retrofit.Builder()
        .baseUrl("https://api.housecallpro.com/")
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(HcpService::class.java)
}
''', secret=hexs(32))

add("kotlin/fcm-server-key", "notify-service/src/main/kotlin/com/pristineworks/notify/Push.kt",
    "Firebase Cloud Messaging legacy HTTP API docs: Authorization: key=<server key>", '''
package com.pristineworks.notify

import io.ktor.client.HttpClient
import io.ktor.client.request.header
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType

class Push(private val http: HttpClient) {
    private val serverKey = "@@secret@@"

    suspend fun inspectionFailed(deviceToken: String, site: String, score: Int) {
        http.post("https://fcm.googleapis.com/fcm/send") {
            header("Authorization", "key=$serverKey")
            contentType(ContentType.Application.Json)
            setBody("""{"to":"$deviceToken","notification":{"title":"Inspection failed","body":"$site scored $score%"}}""")
        }
    }
}
''', secret="AAAA" + alnum(7) + ":APA91b" + pick(URLSAFE, 134))

add("kotlin/decoy-buildconfig-reference", "supervisor-app/app/src/main/java/com/brightwellfs/supervisor/di/NetworkModule.kt",
    "Android docs: BuildConfig fields filled from local.properties / CI secrets", '''
package com.brightwellfs.supervisor.di

import com.brightwellfs.supervisor.BuildConfig
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import okhttp3.OkHttpClient

@Module
@InstallIn(SingletonComponent::class)
object NetworkModule {
    @Provides
    fun okHttp(session: SessionStore): OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            val token = session.accessToken ?: return@addInterceptor chain.proceed(chain.request())
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $token").build())
        }
        .build()

    @Provides
    fun mapsKey(): String = BuildConfig.MAPS_API_KEY

    @Provides
    fun sentryDsn(): String = BuildConfig.SENTRY_DSN
}
''')

add("kotlin/decoy-ids", "supervisor-app/app/src/main/java/com/brightwellfs/supervisor/checklists/Templates.kt",
    "Kotlin docs: object declarations; inspection checklist template ids", '''
package com.brightwellfs.supervisor.checklists

object Templates {
    // template ids from the quality system; stable across releases
    const val RESTROOM = "tpl_@@t1@@"
    const val LOBBY = "tpl_@@t2@@"
    const val OFFICE_FLOOR = "tpl_@@t3@@"
    const val BREAKROOM = "tpl_@@t4@@"
    const val MEDICAL_EXAM_ROOM = "tpl_@@t5@@"

    val PHOTO_REQUIRED = setOf(RESTROOM, MEDICAL_EXAM_ROOM)
    const val PASSING_SCORE = 85
}
''', t1=alnum(20), t2=alnum(20), t3=alnum(20), t4=alnum(20), t5=alnum(20))

add("csharp/mssql-password", "Evercrest.Payroll/Data/PayrollDbFactory.cs",
    "Microsoft docs: SqlConnection connection strings (Server, Database, User Id, Password)", '''
using Microsoft.Data.SqlClient;

namespace Evercrest.Payroll.Data;

public static class PayrollDbFactory
{
    private const string ConnectionString =
        "Server=tcp:sql02.corp.evercrestbc.com,1433;Database=Payroll;User Id=payroll_svc;" +
        "Password=@@secret@@;Encrypt=True;TrustServerCertificate=True;Connection Timeout=30;";

    public static SqlConnection Open()
    {
        var conn = new SqlConnection(ConnectionString);
        conn.Open();
        return conn;
    }
}
''', secret=words_pw())

add("csharp/azure-client-secret", "Evercrest.ItOps/GraphMailboxAudit/Program.cs",
    "Azure Identity docs: ClientSecretCredential(tenantId, clientId, clientSecret); Microsoft Graph SDK", '''
using Azure.Identity;
using Microsoft.Graph;

var credential = new ClientSecretCredential(
    "@@tenant@@",
    "@@cid@@",
    "@@secret@@");

var graph = new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });

var users = await graph.Users.GetAsync(r =>
{
    r.QueryParameters.Filter = "department eq 'Field Operations'";
    r.QueryParameters.Select = new[] { "displayName", "mail", "accountEnabled", "signInActivity" };
});

foreach (var u in users!.Value!)
{
    var last = u.SignInActivity?.LastSignInDateTime?.ToString("yyyy-MM-dd") ?? "never";
    Console.WriteLine($"{u.DisplayName,-30} {u.Mail,-40} {u.AccountEnabled} {last}");
}
''', secret=azure_secret(), tenant=uuid_s(), cid=uuid_s())

add("csharp/paychex-client-secret", "Evercrest.Payroll/Paychex/PaychexAuth.cs",
    "Paychex Flex API docs: OAuth client credentials (client_id, client_secret) at /auth/oauth/v2/token", '''
using System.Net.Http;
using System.Net.Http.Json;

namespace Evercrest.Payroll.Paychex;

public sealed class PaychexAuth
{
    private const string ClientId = "@@cid@@";
    private const string ClientSecret = "@@secret@@";
    private readonly HttpClient _http;

    public PaychexAuth(HttpClient http) => _http = http;

    public async Task<string> TokenAsync()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
        });
        var resp = await _http.PostAsync("https://api.paychex.com/auth/oauth/v2/token", form);
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.access_token;
    }

    private sealed record TokenResponse(string access_token, int expires_in);
}
''', secret=alnum(32), cid=alnum(32))

add("csharp/sendgrid-api-key", "Evercrest.Payroll/Notifications/PayslipMailer.cs",
    "Microsoft docs: System.Net.Mail.SmtpClient with NetworkCredential; SendGrid docs: SMTP relay (user apikey, password = API key)", '''
using System.Net;
using System.Net.Mail;

namespace Evercrest.Payroll.Notifications;

public class PayslipMailer
{
    private readonly SmtpClient _smtp = new("smtp.sendgrid.net", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("apikey", "@@secret@@"),
    };

    public void Send(string to, string employeeName, string period, byte[] pdf)
    {
        using var msg = new MailMessage("payroll@evercrestbc.com", to)
        {
            Subject = $"Your payslip for {period}",
            Body = $"Hi {employeeName}, your payslip for {period} is attached.",
        };
        msg.Attachments.Add(new Attachment(new MemoryStream(pdf), $"payslip-{period}.pdf"));
        _smtp.Send(msg);
    }
}
''', secret=sendgrid_key())

add("csharp/decoy-configuration-reference", "Evercrest.Payroll/Program.cs",
    "ASP.NET Core docs: configuration, user secrets and Azure Key Vault provider", '''
using Azure.Identity;
using Evercrest.Payroll.Paychex;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-evercrest-payroll.vault.azure.net/"),
        new DefaultAzureCredential());
}

builder.Services.Configure<PaychexOptions>(builder.Configuration.GetSection("Paychex"));
builder.Services.AddHttpClient<PaychexAuth>();

var connection = builder.Configuration.GetConnectionString("Payroll")
    ?? throw new InvalidOperationException("ConnectionStrings:Payroll is not set");
var smtpPassword = builder.Configuration["Smtp:Password"];

var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
''')

add("csharp/decoy-thumbprint", "Evercrest.Payroll/Adp/AdpCertificate.cs",
    "Microsoft docs: X509Store.Certificates.Find by thumbprint (SHA-1 hex of the certificate)", '''
using System.Security.Cryptography.X509Certificates;

namespace Evercrest.Payroll.Adp;

public static class AdpCertificate
{
    // mutual TLS client certificate for ADP, installed in LocalMachine\\My by the deploy script
    public const string Thumbprint = "@@thumb@@";

    public static X509Certificate2 Load()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.LocalMachine);
        store.Open(OpenFlags.ReadOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, Thumbprint, validOnly: false);
        return found.Count == 1 ? found[0] : throw new InvalidOperationException("ADP client certificate not installed");
    }
}
''', thumb=pick("0123456789ABCDEF", 40))

# ---------------------------------------------------------------------------------------------
# PHP, Ruby, Rust, Swift, TypeScript
# ---------------------------------------------------------------------------------------------
add("php/mysql-password", "public_html/wp-config.php",
    "WordPress docs: editing wp-config.php (DB_NAME, DB_USER, DB_PASSWORD, DB_HOST)", '''
<?php
/**
 * WordPress configuration for www.shineline.co (quote requests, careers page).
 */
define( 'DB_NAME', 'shineline_wp' );
define( 'DB_USER', 'shineline_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', 'https://www.shineline.co' );
define( 'WP_SITEURL', 'https://www.shineline.co' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

$table_prefix = 'sl_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
''', secret=rand_pw(16, "!#^&*"))

add("php/mailgun-api-key", "quote-form/src/Mailer.php",
    "Mailgun PHP SDK docs: Mailgun::create($apiKey); private API key format", '''
<?php

namespace ShineLine\\QuoteForm;

use Mailgun\\Mailgun;

final class Mailer
{
    private const DOMAIN = 'mg.shineline.co';

    public static function quoteRequest(array $q): void
    {
        $mg = Mailgun::create('@@secret@@');
        $mg->messages()->send(self::DOMAIN, [
            'from'    => 'Quotes <quotes@mg.shineline.co>',
            'to'      => 'sales@shineline.co',
            'subject' => sprintf('Quote request: %s (%d sq ft)', $q['company'], $q['square_feet']),
            'text'    => sprintf("%s\\n%s\\nFrequency: %s\\nContact: %s <%s>",
                $q['company'], $q['address'], $q['frequency'], $q['name'], $q['email']),
        ]);
    }
}
''', secret=mailgun_key())

add("php/stripe-webhook-secret", "client-portal/app/Http/Controllers/StripeWebhookController.php",
    "Stripe docs: verifying webhook signatures with the endpoint secret (whsec_)", '''
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;
use Stripe\\Exception\\SignatureVerificationException;
use Stripe\\Webhook;

class StripeWebhookController extends Controller
{
    private string $endpointSecret = '@@secret@@';

    public function __invoke(Request $request)
    {
        try {
            $event = Webhook::constructEvent(
                $request->getContent(),
                $request->header('Stripe-Signature'),
                $this->endpointSecret
            );
        } catch (SignatureVerificationException $e) {
            return response('bad signature', 400);
        }

        if ($event->type === 'invoice.paid') {
            \\App\\Models\\Invoice::where('stripe_id', $event->data->object->id)->update(['status' => 'paid']);
        }

        return response('', 204);
    }
}
''', secret=stripe_whsec())

add("php/smtp-password", "careers/apply.php",
    "PHPMailer docs: SMTP authentication ($mail->Username, $mail->Password)", '''
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require __DIR__ . '/vendor/autoload.php';

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.office365.com';
$mail->SMTPAuth   = true;
$mail->Username   = 'careers@shineline.co';
$mail->Password   = '@@secret@@';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port       = 587;

$mail->setFrom('careers@shineline.co', 'ShineLine Careers');
$mail->addAddress('hr@shineline.co');
$mail->Subject = 'New application: ' . htmlspecialchars($_POST['position'] ?? 'Cleaner');
$mail->Body    = sprintf("Name: %s\\nPhone: %s\\nAvailability: %s",
    $_POST['name'] ?? '', $_POST['phone'] ?? '', implode(', ', $_POST['shifts'] ?? []));
if (!empty($_FILES['resume']['tmp_name'])) {
    $mail->addAttachment($_FILES['resume']['tmp_name'], $_FILES['resume']['name']);
}
$mail->send();
header('Location: /careers/thanks');
''', secret=words_pw())

add("php/decoy-env-reference", "client-portal/config/services.php",
    "Laravel docs: configuration, env() helper in config files", '''
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN', 'mg.shineline.co'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'quickbooks' => [
        'client_id' => env('QBO_CLIENT_ID'),
        'client_secret' => env('QBO_CLIENT_SECRET'),
        'redirect' => env('APP_URL') . '/qbo/callback',
    ],
];
''')

add("php/decoy-site-key", "public_html/wp-content/themes/shineline/quote-form.php",
    "WordPress docs: wp_nonce_field; reCAPTCHA docs: site key in the page", '''
<?php
/* Template part: the "request a quote" form on the home page. */
$recaptcha_site_key = '6Lc@@sitekey@@';
?>
<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" class="quote-form">
    <?php wp_nonce_field( 'shineline_quote', 'shineline_quote_nonce' ); ?>
    <input type="hidden" name="action" value="shineline_quote">
    <label>Company <input type="text" name="company" required></label>
    <label>Square feet <input type="number" name="square_feet" min="500"></label>
    <label>Frequency
        <select name="frequency"><option>Nightly</option><option>3x weekly</option><option>Weekly</option></select>
    </label>
    <div class="g-recaptcha" data-sitekey="<?php echo esc_attr( $recaptcha_site_key ); ?>"></div>
    <button type="submit">Get my quote</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', sitekey=pick(URLSAFE, 37))

add("ruby/postmark-server-token", "shinebook/config/initializers/postmark.rb",
    "Postmark docs: server API token (X-Postmark-Server-Token); postmark-rails configuration", '''
# Transactional email: visit confirmations, inspection reports, invoices.
Rails.application.configure do
  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = {
    api_token: "@@secret@@",
    message_stream: "outbound"
  }
  config.action_mailer.default_url_options = { host: "app.shineline.co", protocol: "https" }
end
''', secret=uuid_s())

add("ruby/ftp-password", "shinebook/lib/tasks/supplies.rake",
    "Ruby docs: Net::FTP#login(user, passwd)", '''
require "net/ftp"
require "csv"

namespace :supplies do
  desc "Send this week's consumables order (liners, towels, chemicals) to the distributor's FTP"
  task send_order: :environment do
    orders = SupplyOrder.pending.includes(:site, :lines)
    file = Rails.root.join("tmp", "PO_#{Date.current.strftime('%Y%m%d')}.csv")
    CSV.open(file, "w") do |csv|
      csv << %w[po site sku qty uom]
      orders.each { |o| o.lines.each { |l| csv << [o.number, o.site.code, l.sku, l.qty, l.uom] } }
    end

    Net::FTP.open("ftp.example-jansan-supply.com") do |ftp|
      ftp.passive = true
      ftp.login("shineline_edi", "@@secret@@")
      ftp.chdir("/inbound/orders")
      ftp.putbinaryfile(file.to_s)
    end
    orders.update_all(status: "sent", sent_at: Time.current)
  end
end
''', secret=rand_pw(12))

add("ruby/redis-password", "shinebook/config/initializers/sidekiq.rb",
    "Sidekiq docs: Redis configuration with a redis:// URL (password in userinfo)", '''
redis_url = "rediss://:@@secret@@@shinebook-jobs.x1y2z3.ng.0001.use1.cache.amazonaws.com:6379/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.on(:startup) { Sidekiq.schedule = YAML.load_file(Rails.root.join("config/schedule.yml")) }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
end
''', secret=fakes.redis_password(_seed()))

add("ruby/xero-client-secret", "shinebook/app/services/xero_connection.rb",
    "Xero docs: OAuth 2.0 client_id and client_secret; xero-ruby SDK", '''
class XeroConnection
  CREDENTIALS = {
    client_id: "@@cid@@",
    client_secret: "@@secret@@",
    grant_type: "authorization_code",
    redirect_uri: "https://app.shineline.co/xero/callback"
  }.freeze

  SCOPES = "openid profile email offline_access accounting.transactions accounting.contacts"

  def self.client
    XeroRuby::ApiClient.new(credentials: CREDENTIALS.merge(scopes: SCOPES))
  end

  def self.push_invoice(invoice)
    api = client.accounting_api
    api.create_invoices(invoice.tenant_id, { invoices: [invoice.to_xero] })
  end
end
''', secret=pick(URLSAFE, 48), cid=pick("0123456789ABCDEF", 32))

add("ruby/decoy-credentials-reference", "shinebook/app/services/jobber_client.rb",
    "Rails docs: encrypted credentials (Rails.application.credentials.dig)", '''
class JobberClient
  API_URL = "https://api.getjobber.com/api/graphql".freeze
  API_VERSION = "2024-06-10".freeze

  def initialize(account)
    @account = account
  end

  def visits_for(date)
    post(<<~GRAPHQL, { date: date.iso8601 })
      query($date: ISO8601Date!) { visits(filter: { startAt: { eq: $date } }) { nodes { id title } } }
    GRAPHQL
  end

  private

  def post(query, variables)
    HTTP.auth("Bearer #{@account.jobber_access_token}")
        .headers("X-JOBBER-GRAPHQL-VERSION" => API_VERSION)
        .post(API_URL, json: { query: query, variables: variables })
        .parse
  end

  def self.oauth_client
    OAuth2::Client.new(Rails.application.credentials.dig(:jobber, :client_id),
                       Rails.application.credentials.dig(:jobber, :client_secret),
                       site: "https://api.getjobber.com")
  end
end
''')

add("ruby/decoy-vcr-filter", "shinebook/spec/support/vcr.rb",
    "VCR docs: filter_sensitive_data replaces secrets in cassettes with placeholders", '''
require "vcr"

VCR.configure do |c|
  c.cassette_library_dir = "spec/cassettes"
  c.hook_into :webmock
  c.configure_rspec_metadata!
  c.filter_sensitive_data("<POSTMARK_TOKEN>") { ENV.fetch("POSTMARK_API_TOKEN", "postmark-test-token") }
  c.filter_sensitive_data("<JOBBER_TOKEN>") { ENV.fetch("JOBBER_ACCESS_TOKEN", "jobber-test-token") }
  c.filter_sensitive_data("<XERO_SECRET>") { ENV.fetch("XERO_CLIENT_SECRET", "xero-test-secret") }
  c.default_cassette_options = { record: :once, match_requests_on: %i[method uri body] }
end
''')

add("rust/influxdb-token", "scrubtrack/telemetry-writer/src/main.rs",
    "InfluxDB 2 docs: API tokens (Authorization: Token <token>); influxdb2 Rust client", '''
use influxdb2::models::DataPoint;
use influxdb2::Client;
use futures::stream;

const INFLUX_URL: &str = "https://influx.scrubtrack.io";
const INFLUX_ORG: &str = "polished-co";
const INFLUX_TOKEN: &str = "@@secret@@";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new(INFLUX_URL, INFLUX_ORG, INFLUX_TOKEN);
    let mut rx = telemetry_writer::subscribe("fleet/+/telemetry").await?;
    while let Some(t) = rx.recv().await {
        let point = DataPoint::builder("scrubber")
            .tag("serial", t.serial.as_str())
            .tag("site", t.site.as_str())
            .field("battery_pct", t.battery_pct)
            .field("clean_water_l", t.clean_water_l)
            .field("area_m2", t.area_m2)
            .build()?;
        client.write("fleet", stream::iter(vec![point])).await?;
    }
    Ok(())
}
''', secret=pick(URLSAFE, 86) + "==")

add("rust/robot-fleet-api-key", "scrubtrack/fleet-sync/src/vendor.rs",
    "Vendor robot fleet API docs: X-API-Key header; reqwest docs", '''
use reqwest::header::{HeaderMap, HeaderValue};
use serde::Deserialize;

const FLEET_API: &str = "https://api.example-robotics.com/v2";
const FLEET_API_KEY: &str = "@@secret@@";

#[derive(Deserialize, Debug)]
pub struct Robot {
    pub serial: String,
    pub model: String,
    pub site_name: String,
    pub last_run_m2: f64,
    pub status: String,
}

pub async fn robots() -> reqwest::Result<Vec<Robot>> {
    let mut headers = HeaderMap::new();
    headers.insert("X-API-Key", HeaderValue::from_static(FLEET_API_KEY));
    let client = reqwest::Client::builder().default_headers(headers).build()?;
    client.get(format!("{FLEET_API}/robots")).send().await?.error_for_status()?.json().await
}
''', secret=alnum(40))

add("rust/decoy-env-reference", "scrubtrack/alerts/src/config.rs",
    "Rust std docs: std::env::var", '''
use std::env;

pub struct Config {
    pub influx_url: String,
    pub influx_token: String,
    pub slack_webhook: String,
    pub low_battery_pct: f64,
}

impl Config {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            influx_url: env::var("INFLUX_URL")?,
            influx_token: env::var("INFLUX_TOKEN")?,
            slack_webhook: env::var("SLACK_WEBHOOK_URL")?,
            low_battery_pct: env::var("LOW_BATTERY_PCT").ok().and_then(|v| v.parse().ok()).unwrap_or(15.0),
        })
    }
}
''')

_tail = b64(uuid_s()).rstrip("=")
add("swift/pubnub-secret-key", "SiteCheckIn/SiteCheckIn/Realtime/PubNubService.swift",
    "PubNub Swift SDK docs: PubNubConfiguration(publishKey, subscribeKey, secretKey)", '''
import Foundation
import PubNub

final class PubNubService {
    static let shared = PubNubService()

    private let pubnub: PubNub

    private init() {
        var config = PubNubConfiguration(
            publishKey: "pub-c-@@pubk@@",
            subscribeKey: "sub-c-@@subk@@",
            userId: UIDevice.current.identifierForVendor?.uuidString ?? "unknown-device"
        )
        config.secretKey = "@@secret@@"
        pubnub = PubNub(configuration: config)
    }

    func publishCheckIn(siteID: String, crewID: String, at date: Date) {
        let message = ["site": siteID, "crew": crewID, "at": ISO8601DateFormatter().string(from: date)]
        pubnub.publish(channel: "checkins.\\(siteID)", message: message) { result in
            if case let .failure(error) = result { print("check-in publish failed: \\(error)") }
        }
    }
}
''', secret="sec-c-" + _tail, pubk=uuid_s(), subk=uuid_s())

add("swift/algolia-admin-key", "SiteCheckIn/SiteCheckIn/Search/SiteIndex.swift",
    "Algolia Swift API client docs: SearchClient(appID, apiKey); admin API keys must stay server-side", '''
import AlgoliaSearchClient

enum SiteIndex {
    // used by the supervisor build to re-index sites after an edit
    static let client = SearchClient(appID: "@@appid@@", apiKey: "@@secret@@")
    static let index = client.index(withName: "sites_prod")

    static func reindex(_ site: Site) {
        let record = SiteRecord(objectID: ObjectID(rawValue: site.id), name: site.name,
                                address: site.address, client: site.clientName, crew: site.crewLead)
        _ = try? index.saveObject(record)
    }
}
''', secret=hexs(32), appid=pick(UPPER, 10))

add("swift/decoy-publishable-key", "SiteCheckIn/SiteCheckIn/Payments/PaymentSheetConfig.swift",
    "Stripe iOS SDK docs: StripeAPI.defaultPublishableKey is meant to ship in the app", '''
import StripePaymentSheet

enum PaymentSheetConfig {
    static func configure() {
        StripeAPI.defaultPublishableKey = "pk_live_51@@pk@@"
    }

    static func sheet(clientSecret: String, customer: PaymentSheet.CustomerConfiguration?) -> PaymentSheet {
        var configuration = PaymentSheet.Configuration()
        configuration.merchantDisplayName = "Brightwell Facility Services"
        configuration.customer = customer
        configuration.allowsDelayedPaymentMethods = true
        return PaymentSheet(paymentIntentClientSecret: clientSecret, configuration: configuration)
    }
}
''', pk=alnum(97))

add("swift/decoy-keychain-reference", "SiteCheckIn/SiteCheckIn/Auth/TokenStore.swift",
    "Apple docs: Keychain Services (SecItemCopyMatching, kSecClassGenericPassword)", '''
import Foundation
import Security

struct TokenStore {
    private let service = "com.brightwellfs.sitecheckin.api"
    private let account = "access_token"

    func load() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func save(_ token: String) {
        let attrs: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service, kSecAttrAccount as String: account,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(attrs as CFDictionary)
        SecItemAdd(attrs as CFDictionary, nil)
    }
}
''')

add("typescript/stripe-restricted-key", "client-portal-next/src/lib/stripe.ts",
    "Stripe docs: restricted API keys (rk_live_); stripe-node", '''
import Stripe from "stripe";

// restricted key: invoices read/write, customers read
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "brightwell-client-portal", version: "2.3.0" },
});

export async function openInvoices(customerId: string) {
  const invoices = await stripe.invoices.list({ customer: customerId, status: "open", limit: 50 });
  return invoices.data.map((inv) => ({
    number: inv.number,
    amountDue: inv.amount_due / 100,
    dueDate: inv.due_date ? new Date(inv.due_date * 1000) : null,
    hostedUrl: inv.hosted_invoice_url,
  }));
}
''', secret=stripe_key("rk_live_"))

add("typescript/okta-api-token", "itops/okta-offboarding/src/index.ts",
    "Okta docs: API tokens (Authorization: SSWS <token>)", '''
import fetch from "node-fetch";

const OKTA_ORG = "https://brightwellfs.okta.com";
const OKTA_TOKEN = "@@secret@@";

async function okta(path: string, init: { method?: string } = {}) {
  const res = await fetch(`${OKTA_ORG}/api/v1${path}`, {
    ...init,
    headers: { Authorization: `SSWS ${OKTA_TOKEN}`, Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status}`);
  return res.status === 204 ? null : res.json();
}

export async function offboard(email: string) {
  const [user] = (await okta(`/users?search=profile.email eq "${email}"`)) as Array<{ id: string }>;
  if (!user) return;
  await okta(`/users/${user.id}/lifecycle/suspend`, { method: "POST" });
  await okta(`/users/${user.id}/sessions`, { method: "DELETE" });
  console.log(`suspended ${email}`);
}

offboard(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
''', secret=okta_token())

add("typescript/mongodb-password", "inspection-api/src/db.ts",
    "MongoDB docs: connection string URI format (mongodb+srv://user:password@host)", '''
import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://inspection-api:@@secret@@@pristine-prod.k3v9x.mongodb.net/inspections?retryWrites=true&w=majority";

export const client = new MongoClient(uri, { maxPoolSize: 20 });

export async function db() {
  await client.connect();
  const database = client.db("inspections");
  await database.collection("reports").createIndex({ siteId: 1, inspectedAt: -1 });
  return database;
}
''', secret=rand_pw(20))

add("typescript/slack-bot-token", "ops-bot/src/app.ts",
    "Slack Bolt for JavaScript docs: new App({ token, signingSecret }); bot tokens (xoxb-)", '''
import { App } from "@slack/bolt";
import { sitesMissingSupplies } from "./supplies";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/supplies", async ({ ack, respond, command }) => {
  await ack();
  const region = command.text.trim() || "all";
  const rows = await sitesMissingSupplies(region);
  await respond(
    rows.length
      ? rows.map((r) => `• *${r.site}*: ${r.items.join(", ")}`).join("\\n")
      : `No open supply requests in ${region}.`,
  );
});

(async () => {
  await app.start(Number(process.env.PORT ?? 3000));
  console.log("ops-bot running");
})();
''', secret=slack_bot())

add("typescript/airtable-pat", "scripts/sync-chemical-sds.ts",
    "Airtable docs: personal access tokens (pat...); Web API authentication", '''
// Keep the Airtable "Chemicals" base in step with the SDS binder in SharePoint.
import Airtable from "airtable";
import { listSdsFiles } from "./sharepoint";

const base = new Airtable({ apiKey: "@@secret@@" }).base("app@@baseid@@");

async function main() {
  const files = await listSdsFiles("/sites/safety/SDS");
  for (const f of files) {
    const existing = await base("Chemicals").select({ filterByFormula: `{Product} = '${f.product}'` }).firstPage();
    const fields = { Product: f.product, Manufacturer: f.manufacturer, "SDS Link": f.url, Revised: f.revised };
    if (existing.length) {
      await base("Chemicals").update(existing[0].id, fields);
    } else {
      await base("Chemicals").create(fields);
    }
  }
}

main();
''', secret=airtable_pat(), baseid=alnum(14))

add("typescript/notion-token", "scripts/publish-sop.ts",
    "Notion API docs: internal integration secret (Authorization: Bearer secret_...)", '''
import { Client } from "@notionhq/client";
import { readFileSync } from "fs";

const notion = new Client({ auth: "@@secret@@" });
const SOP_DATABASE = "@@db@@";

async function publish(path: string) {
  const [title, ...body] = readFileSync(path, "utf8").split("\\n");
  await notion.pages.create({
    parent: { database_id: SOP_DATABASE },
    properties: { Name: { title: [{ text: { content: title.replace(/^# /, "") } }] } },
    children: body.filter(Boolean).map((line) => ({
      paragraph: { rich_text: [{ text: { content: line } }] },
    })),
  });
}

publish(process.argv[2]);
''', secret="secret_" + alnum(43), db=hexs(32))

add("typescript/decoy-public-config", "client-portal-next/src/config/public.ts",
    "Google Identity docs: OAuth client IDs; Mapbox docs: public tokens (pk.); reCAPTCHA site keys", '''
// Everything here ships to the browser. No secrets in this file.
export const publicConfig = {
  googleClientId: "@@gnum@@-@@gid@@.apps.googleusercontent.com",
  mapboxToken: "@@mapbox@@",
  recaptchaSiteKey: "6Le@@site@@",
  sentryDsn: "https://@@sentry@@@o4507.ingest.us.sentry.io/4507",
  supportPhone: "+1-312-555-0188",
};
''', gnum=str(random.Random(_seed()).randint(10**11, 10**12)), gid=pick(string.ascii_lowercase + string.digits, 32),
    mapbox=mapbox_token("pk"), site=pick(URLSAFE, 37), sentry=hexs(32))

add("typescript/decoy-env-reference", "inspection-api/src/config.ts",
    "Node.js docs: process.env; zod docs: schema validation", '''
import { z } from "zod";

const Env = z.object({
  MONGODB_URI: z.string().url(),
  JWT_SECRET: z.string().min(32),
  S3_BUCKET: z.string().default("pristine-inspection-photos"),
  OPENAI_API_KEY: z.string().startsWith("sk-").optional(),
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/).optional(),
});

export const env = Env.parse(process.env);
''')

add("typescript/decoy-test-fixture", "inspection-api/test/webhooks.test.ts",
    "Vitest docs; HMAC-SHA256 webhook signatures computed from a test secret", '''
import { createHmac } from "crypto";
import { describe, expect, it } from "vitest";
import { verifySignature } from "../src/webhooks";

const TEST_SECRET = "test_webhook_secret_do_not_use";

function sign(body: string) {
  return createHmac("sha256", TEST_SECRET).update(body).digest("hex");
}

describe("verifySignature", () => {
  it("accepts a body signed with the secret", () => {
    const body = JSON.stringify({ event: "inspection.completed", id: "insp_0001" });
    expect(verifySignature(body, sign(body), TEST_SECRET)).toBe(true);
  });

  it("rejects a recorded signature for a different body", () => {
    const recorded = "@@sig@@";
    expect(verifySignature("{}", recorded, TEST_SECRET)).toBe(false);
  });
});
''', sig=hexs(64))

add("typescript/decoy-integrity-hashes", "client-portal-next/src/pages/_document.tsx",
    "MDN docs: Subresource Integrity (integrity=\"sha384-...\")", '''
import { Head, Html, Main, NextScript } from "next/document";

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <link
          rel="stylesheet"
          href="https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.css"
          integrity="sha384-@@h1@@"
          crossOrigin="anonymous"
        />
        <script
          src="https://js.stripe.com/v3/"
          async
        />
        <script
          src="https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js"
          integrity="sha384-@@h2@@"
          crossOrigin="anonymous"
          defer
        />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
''', h1=pick(ALNUM + "+/", 64), h2=pick(ALNUM + "+/", 64))

# ---------------------------------------------------------------------------------------------
# env, YAML, JSON, TOML, INI, properties, XML, plist
# ---------------------------------------------------------------------------------------------
add("env/laravel-app-key", "client-portal/.env",
    "Laravel docs: configuration, APP_KEY (base64: of 32 random bytes) encrypts sessions and cookies", '''
APP_NAME="ShineLine Client Portal"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://portal.shineline.co

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
REDIS_HOST=127.0.0.1

MAIL_MAILER=mailgun
MAIL_FROM_ADDRESS=portal@shineline.co
MAIL_FROM_NAME="${APP_NAME}"
''', secret="base64:" + base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(32))).decode())

add("env/samsara-api-token", "crewdesk/deploy/.env.production",
    "Samsara API docs: API tokens (samsara_api_)", '''
# crewdesk production - loaded by systemd EnvironmentFile
DJANGO_SETTINGS_MODULE=crewdesk.settings.production
DB_HOST=crewdesk-prod.cluster-c7x2.us-east-2.rds.amazonaws.com
DB_NAME=crewdesk
DB_USER=crewdesk
SAMSARA_API_TOKEN=@@secret@@
SAMSARA_ORG=brightwell
GEOFENCE_RADIUS_M=150
CHECKIN_GRACE_MINUTES=20
SENTRY_ENVIRONMENT=production
''', secret=samsara_token())

add("env/gusto-client-secret", "payroll-sync/.env",
    "Gusto API docs: OAuth application client_id and client_secret", '''
GUSTO_API_BASE=https://api.gusto.com
GUSTO_CLIENT_ID=@@cid@@
GUSTO_CLIENT_SECRET=@@secret@@
GUSTO_REDIRECT_URI=https://payroll.northgatejan.com/oauth/gusto/callback
GUSTO_COMPANY_UUID=@@company@@
# pay periods close Sunday 23:59 local
PAY_PERIOD_TZ=America/Denver
OVERTIME_THRESHOLD_HOURS=40
''', secret=pick(URLSAFE, 43), cid=pick(URLSAFE, 43), company=uuid_s())

_sk = "SK" + hexs(32)
add("env/twilio-api-key-secret", "notify/.env",
    "Twilio docs: API keys (SK sid and secret) for authenticating REST requests", '''
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_API_KEY=@@sk@@
TWILIO_API_SECRET=@@secret@@
TWILIO_MESSAGING_SERVICE_SID=MG@@mg@@
REMINDER_LEAD_MINUTES=90
QUIET_HOURS=22:00-06:00
''', secret=alnum(32), sid=hexs(32), sk=_sk, mg=hexs(32))

add("env/mapbox-secret-token", "route-planner/.env",
    "Mapbox docs: access tokens; secret tokens (sk.) have secret scopes and must not be shared", '''
NODE_ENV=production
PORT=4100
# downloads:read + styles:write, used by the nightly route map build
MAPBOX_SECRET_TOKEN=@@secret@@
MAPBOX_USERNAME=brightwellfs
ROUTE_DEPOT_LAT=41.8781
ROUTE_DEPOT_LON=-87.6298
MAX_STOPS_PER_ROUTE=14
''', secret=mapbox_token("sk"))

add("env/newrelic-license-key", "ops/newrelic/.env",
    "New Relic docs: license key (40 characters, ends NRAL) for the infrastructure agent", '''
NRIA_LICENSE_KEY=@@secret@@
NRIA_DISPLAY_NAME=crewdesk-app-01
NRIA_CUSTOM_ATTRIBUTES={"team":"ops","env":"production"}
NRIA_LOG_LEVEL=info
NRIA_PASSTHROUGH_ENVIRONMENT=DB_HOST
''', secret=hexs(36) + "NRAL")

add("env/decoy-placeholder", "crewdesk/.env.example",
    "dotenv docs: .env.example lists variables without values", '''
# Copy to .env and fill in from 1Password (vault "crewdesk", item per line below)
DJANGO_SECRET_KEY=
DJANGO_DEBUG=1
DB_HOST=localhost
DB_NAME=crewdesk
DB_USER=crewdesk
DB_PASSWORD=
DEPUTY_TOKEN=<deputy permanent token>
SAMSARA_API_TOKEN=samsara_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
STRIPE_SECRET_KEY=sk_live_...
EMAIL_HOST_PASSWORD=changeme
''')

add("env/decoy-secret-manager-reference", "payroll-sync/.env.op",
    "1Password CLI docs: secret references (op://vault/item/field) resolved by `op run`", '''
# Resolved at start-up by: op run --env-file=.env.op -- python -m payroll_sync
GUSTO_CLIENT_ID=op://payroll/gusto-oauth/username
GUSTO_CLIENT_SECRET=op://payroll/gusto-oauth/credential
DATABASE_URL=op://payroll/postgres-main/connection-string
SFTP_PASSWORD=op://payroll/paychex-sftp/password
SLACK_WEBHOOK_URL=op://payroll/slack-payroll-alerts/url
''')

add("env/decoy-local-defaults", "scrubtrack/.env.dev",
    "Docker docs: official postgres image defaults for local development", '''
# local development only - docker compose up
POSTGRES_USER=postgres
POSTGRES_PASSWORD=postgres
POSTGRES_DB=scrubtrack_dev
DATABASE_URL=postgres://postgres:postgres@localhost:5432/scrubtrack_dev
REDIS_URL=redis://localhost:6379/0
MQTT_URL=mqtt://localhost:1883
INFLUX_URL=http://localhost:8086
INFLUX_TOKEN=dev-token
''')

add("env/decoy-public-keys", "client-portal-next/.env.production",
    "Next.js docs: NEXT_PUBLIC_ variables are inlined into browser bundles; Stripe publishable keys; PostHog project keys", '''
NEXT_PUBLIC_SITE_URL=https://clients.brightwellfs.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51@@pk@@
NEXT_PUBLIC_POSTHOG_KEY=phc_@@ph@@
NEXT_PUBLIC_POSTHOG_HOST=https://us.i.posthog.com
NEXT_PUBLIC_SENTRY_DSN=https://@@sentry@@@o4507.ingest.us.sentry.io/4507113
NEXT_PUBLIC_SUPPORT_EMAIL=clientcare@brightwellfs.com
''', pk=alnum(97), ph=alnum(43), sentry=hexs(32))

add("yaml/postgres-password", "shinebook/config/database.yml",
    "Rails guides: configuring a database (config/database.yml)", '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shinebook_development

test:
  <<: *default
  database: shinebook_test

production:
  <<: *default
  host: shinebook-prod.c9akciq32.us-east-1.rds.amazonaws.com
  database: shinebook_production
  username: shinebook
  password: "@@secret@@"
''', secret=words_pw())

add("yaml/wheniwork-developer-key", "scheduler/config/application.yml",
    "When I Work API docs: W-Key developer key with a user login to obtain W-Token", '''
server:
  port: 8085

wheniwork:
  base-url: https://api.wheniwork.com/2
  login-url: https://api.login.wheniwork.com/login
  developer-key: @@secret@@
  account-id: 1829344
  sync:
    cron: "0 */15 * * * *"
    lookahead-days: 14

scheduler:
  min-rest-hours: 10
  max-consecutive-nights: 5
  regions: [north-shore, loop, o-hare]
''', secret=hexs(40))

add("yaml/prometheus-basic-auth-password", "monitoring/prometheus/prometheus.yml",
    "Prometheus docs: scrape_config basic_auth (username, password)", '''
global:
  scrape_interval: 30s
  evaluation_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: crewdesk
    metrics_path: /metrics
    static_configs:
      - targets: ["crewdesk-app-01:8000", "crewdesk-app-02:8000"]

  - job_name: dock-exporter
    scheme: https
    basic_auth:
      username: prometheus
      password: @@secret@@
    static_configs:
      - targets: ["docks.scrubtrack.io:9443"]
        labels:
          fleet: polished-co
''', secret=rand_pw(24))

add("yaml/verkada-api-key", "deploy/k8s/access-sync/configmap.yaml",
    "Verkada API docs: x-api-key header; Kubernetes docs: ConfigMaps are not for confidential data", '''
apiVersion: v1
kind: ConfigMap
metadata:
  name: access-sync
  namespace: facilities
data:
  VERKADA_API_BASE: https://api.verkada.com
  VERKADA_API_KEY: "@@secret@@"
  VERKADA_ORG_ID: "@@org@@"
  SYNC_INTERVAL_SECONDS: "300"
  CLEANER_ACCESS_GROUP: "Night Cleaning Crew"
''', secret=alnum(40), org=uuid_s())

add("yaml/dockerhub-token", ".gitlab-ci.yml",
    "Docker docs: personal access tokens (dckr_pat_); GitLab CI docs: variables", '''
stages: [test, build]

variables:
  IMAGE: brightwellfs/crewdesk
  DOCKERHUB_USER: brightwellci
  DOCKERHUB_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements/test.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]
''', secret="dckr_pat_" + pick(URLSAFE, 27))

add("yaml/wifi-password", "scrubtrack/gateway/cloud-init/user-data.yaml",
    "cloud-init docs: network-config version 2 wifis (access-points password)", '''
#cloud-config
hostname: dock-gw-ridgeview
timezone: America/Chicago
package_update: true
packages: [mosquitto-clients, chrony]

write_files:
  - path: /etc/netplan/50-wifi.yaml
    permissions: "0600"
    content: |
      network:
        version: 2
        wifis:
          wlan0:
            dhcp4: true
            access-points:
              "RVM-Facilities":
                password: "@@secret@@"

runcmd:
  - netplan apply
  - systemctl enable --now dock-gateway
''', secret=words_pw())

add("yaml/decoy-existing-secret", "deploy/helm/crewdesk/values-production.yaml",
    "Helm docs: values files; Bitnami charts: auth.existingSecret", '''
image:
  repository: brightwellfs/crewdesk
  tag: "2024.06.3"

replicaCount: 3

env:
  DJANGO_SETTINGS_MODULE: crewdesk.settings.production
  CHECKIN_GRACE_MINUTES: "20"

envFromSecret: crewdesk-production

postgresql:
  enabled: false

externalDatabase:
  host: crewdesk-prod.cluster-c7x2.us-east-2.rds.amazonaws.com
  user: crewdesk
  existingSecret: crewdesk-db
  existingSecretPasswordKey: password

redis:
  auth:
    enabled: true
    existingSecret: crewdesk-redis
    existingSecretPasswordKey: redis-password
''')

add("yaml/decoy-sops-encrypted", "deploy/secrets/payroll.enc.yaml",
    "SOPS docs: encrypted YAML values (ENC[AES256_GCM,data:...,iv:...,tag:...,type:str])", '''
paychex:
    client_id: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sftp:
    password: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418305922716:key/@@kms@@
          created_at: "2024-05-02T14:11:09Z"
          enc: @@enc@@
          aws_profile: ""
    lastmodified: "2024-05-02T14:11:10Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@i4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', d1=pick(ALNUM + "+/", 44), i1=pick(ALNUM + "+/", 43) + "=", t1=pick(ALNUM + "+/", 22) + "==",
    d2=pick(ALNUM + "+/", 43) + "=", i2=pick(ALNUM + "+/", 43) + "=", t2=pick(ALNUM + "+/", 22) + "==",
    d3=pick(ALNUM + "+/", 24), i3=pick(ALNUM + "+/", 43) + "=", t3=pick(ALNUM + "+/", 22) + "==",
    kms=uuid_s(), enc=pick(ALNUM + "+/", 184), mac=pick(ALNUM + "+/", 88), i4=pick(ALNUM + "+/", 43) + "=",
    t4=pick(ALNUM + "+/", 22) + "==")

add("yaml/decoy-env-reference", "inspection-service/src/main/resources/application.yml",
    "Spring Boot docs: externalized configuration, ${ENV_VAR} placeholders", '''
spring:
  application:
    name: inspection-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/inspections
    username: ${DB_USER:inspection}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.gmail.com
    port: 587
    username: inspections@pristineworks.com
    password: ${SMTP_APP_PASSWORD}

inspection:
  passing-score: 85
  photo-bucket: pristine-inspection-photos
  openai:
    api-key: ${OPENAI_API_KEY:}
''')

add("yaml/decoy-openapi-example", "inspection-api/openapi.yaml",
    "OpenAPI 3.1 docs: securitySchemes and examples", '''
openapi: 3.1.0
info:
  title: Pristine Works Inspection API
  version: 1.4.0
servers:
  - url: https://api.pristineworks.com/v1
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: >
        Issued per client in the admin console. Example: `pw_live_<32 characters>`.
paths:
  /inspections:
    get:
      security: [{ apiKey: [] }]
      parameters:
        - name: siteId
          in: query
          schema: { type: string, format: uuid }
          example: 3fa85f64-5717-4562-b3fc-2c963f66afa6
      responses:
        "200":
          description: Inspections for the site, newest first
''')

_sa_key = pem("")
add("json/gcp-service-account-key", "reports/keys/bw-reports-sa.json",
    "Google Cloud docs: service account key file (JSON with private_key)", '''
{
  "type": "service_account",
  "project_id": "bw-ops-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "looker-export@bw-ops-reports.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/looker-export%40bw-ops-reports.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', secret=_sa_key.replace("\n", "\\n"), kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21)))

add("json/igloohome-client-secret", "Evercrest.KeySafe/appsettings.Production.json",
    "igloodeveloper API docs: OAuth client credentials (client id, client secret) for smart key boxes", '''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "KeyBoxes": {
    "TokenUrl": "https://auth.igloohome.co/oauth2/token",
    "ApiBase": "https://api.igloodeveloper.co/igloohome",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "PinValidityHours": 12
  },
  "AllowedHosts": "*"
}
''', secret=pick(string.ascii_lowercase + string.digits, 52), cid=pick(string.ascii_lowercase + string.digits, 26))

add("json/jobber-access-token", "postman/jobber-production.postman_environment.json",
    "Postman docs: environments; Jobber docs: GraphQL API with a Bearer access token (JWT)", '''
{
  "id": "@@pid@@",
  "name": "Jobber production",
  "values": [
    { "key": "baseUrl", "value": "https://api.getjobber.com/api/graphql", "type": "default", "enabled": true },
    { "key": "apiVersion", "value": "2024-06-10", "type": "default", "enabled": true },
    { "key": "accessToken", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "accountId", "value": "Z2lkOi8vSm9iYmVyL0FjY291bnQvNTUxMjA=", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-18T16:02:44.913Z",
  "_postman_exported_using": "Postman/11.0.7"
}
''', secret=jwt({"sub": 551203, "api_scopes": ["read_clients", "write_jobs", "read_scheduled_items"],
                 "app_id": uuid_s(), "user_id": 2210934, "account_id": 55120, "iat": 1713455400, "exp": 1713459000}),
    pid=uuid_s())

add("json/github-token", "client-portal/auth.json",
    "Composer docs: auth.json github-oauth tokens for private repositories", '''
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
''', secret=fakes.github_token(_seed()))

_reg = b64("shineline-ci:" + rand_pw(20))
add("json/registry-auth", "deploy/.docker/config.json",
    "Docker docs: config.json auths (auth is base64 of user:password)", '''
{
	"auths": {
		"registry.shineline.co": {
			"auth": "@@secret@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/26.1.3 (linux)"
	}
}
''', secret=_reg)

add("json/decoy-lockfile-integrity", "client-portal-next/package-lock.json",
    "npm docs: package-lock.json integrity (Subresource Integrity sha512) and resolved URLs", '''
{
  "name": "brightwell-client-portal",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "brightwell-client-portal",
      "version": "2.3.0",
      "dependencies": { "@stripe/stripe-js": "^3.4.0", "next": "14.2.3", "stripe": "^15.8.0" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@h1@@=="
    },
    "node_modules/stripe": {
      "version": "15.8.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.8.0.tgz",
      "integrity": "sha512-@@h2@@==",
      "dependencies": { "@types/node": ">=8.1.0", "qs": "^6.11.0" }
    },
    "node_modules/qs": {
      "version": "6.12.1",
      "resolved": "https://registry.npmjs.org/qs/-/qs-6.12.1.tgz",
      "integrity": "sha512-@@h3@@=="
    }
  }
}
''', h1=pick(ALNUM + "+/", 86), h2=pick(ALNUM + "+/", 86), h3=pick(ALNUM + "+/", 86))

add("json/decoy-jwks", "inspection-api/test/fixtures/jwks.json",
    "RFC 7517: JSON Web Key Set with public RSA keys (n, e)", '''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid2@@",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
''', kid1=pick(URLSAFE, 43), n1=pick(URLSAFE, 342), kid2=pick(URLSAFE, 43), n2=pick(URLSAFE, 342))

add("json/decoy-firebase-web-config", "supervisor-web/src/firebase-config.json",
    "Firebase docs: the web app config (apiKey identifies the project and is not a secret)", '''
{
  "apiKey": "@@key@@",
  "authDomain": "bw-supervisor.firebaseapp.com",
  "projectId": "bw-supervisor",
  "storageBucket": "bw-supervisor.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@gm@@"
}
''', key=google_api_key(), sender=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22), gm=pick(UPPER, 10))

add("json/decoy-telemetry-sample", "scrubtrack/ingest/testdata/telemetry_sample.json",
    "Vendor robot telemetry docs: sample MQTT payload (serials, run ids, hashes)", '''
{
  "serial": "T7AMR-0041872",
  "model": "T7AMR",
  "site": "ridgeview-medical-bldg-a",
  "run_id": "@@run@@",
  "map_id": "map_@@map@@",
  "firmware": { "version": "4.12.3", "sha256": "@@fw@@" },
  "battery_pct": 62.5,
  "clean_water_l": 31.0,
  "recovery_water_l": 12.4,
  "area_m2": 1840.2,
  "session_nonce": "@@nonce@@",
  "ts": "2024-05-14T03:12:08Z"
}
''', run=uuid_s(), map=alnum(16), fw=hexs(64), nonce=hexs(24))

add("toml/snowflake-password", "ops-dashboard/.streamlit/secrets.toml",
    "Streamlit docs: secrets.toml and st.connection('snowflake') connection parameters", '''
[connections.snowflake]
account = "bw12345.us-east-2.aws"
user = "STREAMLIT_OPS"
password = "@@secret@@"
role = "OPS_READER"
warehouse = "REPORTING_XS"
database = "OPS"
schema = "MARTS"
client_session_keep_alive = true
''', secret=words_pw())

add("toml/crates-io-token", "scrubtrack/.cargo/credentials.toml",
    "Cargo docs: credentials.toml [registries] token; crates.io API tokens (cio prefix)", '''
[registry]
token = "@@secret@@"

[registries.polished]
# internal registry: credential-provider fetches the token from the OS keychain
credential-provider = ["cargo:macos-keychain"]
''', secret="cio" + alnum(32))

add("toml/decoy-lockfile-checksum", "scrubtrack/Cargo.lock",
    "Cargo docs: Cargo.lock (package checksums are SHA-256 of the crate file)", '''
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "influxdb2"
version = "0.5.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"
dependencies = [
 "reqwest",
 "serde",
]

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "telemetry-writer"
version = "0.7.2"
dependencies = [
 "influxdb2",
 "rumqttc",
]
''', c1=hexs(64), c2=hexs(64))

add("ini/pypi-token", "sdk/.pypirc",
    "PyPI docs: API tokens in .pypirc (username __token__, password pypi-...)", '''
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
''', secret=fakes.pypi_token(_seed()))

add("ini/npm-token", "supervisor-web/.npmrc",
    "npm docs: .npmrc auth tokens (//registry.npmjs.org/:_authToken)", '''
registry=https://registry.npmjs.org/
@brightwellfs:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', secret=npm_token())

add("ini/mysql-password", "ops/backup/.my.cnf",
    "MySQL docs: option files, [client] password", '''
[client]
user = backup
password = "@@secret@@"
host = db01.shineline.internal
port = 3306

[mysqldump]
single-transaction
quick
routines
''', secret=rand_pw(18, "#%+"))

add("ini/do-spaces-secret-key", "ops/backup/.s3cfg",
    "DigitalOcean docs: using s3cmd with Spaces (access_key, secret_key, host_base)", '''
[default]
access_key = DO00@@ak@@
secret_key = @@secret@@
host_base = nyc3.digitaloceanspaces.com
host_bucket = %(bucket)s.nyc3.digitaloceanspaces.com
use_https = True
signature_v2 = False
check_ssl_certificate = True
''', secret=pick(ALNUM + "/+", 43), ak=pick(UPPER, 16))

add("ini/decoy-interpolation", "payroll-sync/alembic.ini",
    "Alembic docs: alembic.ini; sqlalchemy.url set from the environment in env.py", '''
[alembic]
script_location = migrations
prepend_sys_path = .
# the real URL comes from DATABASE_URL, see migrations/env.py
sqlalchemy.url = postgresql+psycopg://%(DB_USER)s:%(DB_PASSWORD)s@%(DB_HOST)s/payroll

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
''')

add("ini/decoy-integrated-auth", "Evercrest.Reports/odbc.ini",
    "Microsoft ODBC Driver for SQL Server on Linux docs: DSN with Kerberos (Trusted_Connection)", '''
[EvercrestPayroll]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:sql02.corp.evercrestbc.com,1433
Database = Payroll
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = no
ApplicationIntent = ReadOnly

[EvercrestTime]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:sql02.corp.evercrestbc.com,1433
Database = TimeAndAttendance
Trusted_Connection = yes
Encrypt = yes
''')

add("properties/mssql-password", "payroll-bridge/src/main/resources/application-prod.properties",
    "Spring Boot docs: spring.datasource.* properties", '''
spring.datasource.url=jdbc:sqlserver://sql02.corp.evercrestbc.com:1433;databaseName=Payroll;encrypt=true
spring.datasource.username=payroll_bridge
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate
adp.token-url=https://accounts.adp.com/auth/oauth/v2/token
adp.worker-url=https://api.adp.com/hr/v2/workers
payroll.export.cron=0 30 2 * * MON
''', secret=words_pw())

add("properties/keystore-password", "supervisor-app/keystore.properties",
    "Android docs: signing config from a keystore.properties file (storePassword, keyPassword)", '''
# Upload key for the Play Console (Play App Signing holds the app signing key).
# Read by app/build.gradle.kts -> signingConfigs.release
storeFile=../keys/brightwell-upload.jks
storePassword=@@secret@@
keyAlias=upload
keyPassword=@@secret@@
''', secret=rand_pw(16))

add("properties/decoy-encrypted-values", "inspection-service/src/main/resources/application-prod.properties",
    "Jasypt Spring Boot docs: ENC(...) encrypted property values, key from JASYPT_ENCRYPTOR_PASSWORD", '''
spring.datasource.url=jdbc:postgresql://inspections-db.pristine.internal:5432/inspections
spring.datasource.username=inspection
spring.datasource.password=ENC(@@e1@@)
spring.mail.password=ENC(@@e2@@)
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
inspection.passing-score=85
''', e1=pick(ALNUM + "+/", 64), e2=pick(ALNUM + "+/", 44))

add("xml/punchout-shared-secret", "procurement/punchout/setup-request.xml",
    "cXML User's Guide: PunchOutSetupRequest, Sender Credential SharedSecret", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd">
<cXML payloadID="@@payload@@@northgatejan.com" timestamp="2024-05-20T08:14:02-06:00" xml:lang="en-US">
  <Header>
    <From>
      <Credential domain="NetworkID"><Identity>NORTHGATEJAN</Identity></Credential>
    </From>
    <To>
      <Credential domain="DUNS"><Identity>008016954</Identity></Credential>
    </To>
    <Sender>
      <Credential domain="NetworkID">
        <Identity>NORTHGATEJAN</Identity>
        <SharedSecret>@@secret@@</SharedSecret>
      </Credential>
      <UserAgent>Northgate Purchasing 2.1</UserAgent>
    </Sender>
  </Header>
  <Request>
    <PunchOutSetupRequest operation="create">
      <BuyerCookie>@@cookie@@</BuyerCookie>
      <Extrinsic name="UserEmail">purchasing@northgatejan.com</Extrinsic>
      <Extrinsic name="CostCenter">JANSAN-DENVER</Extrinsic>
      <BrowserFormPost><URL>https://purchasing.northgatejan.com/punchout/return</URL></BrowserFormPost>
    </PunchOutSetupRequest>
  </Request>
</cXML>
''', secret=rand_pw(14), payload=str(random.Random(_seed()).randint(10**12, 10**13)), cookie=hexs(32))

add("xml/maven-repository-password", "payroll-bridge/.mvn/settings.xml",
    "Apache Maven docs: settings.xml <servers><server><password>", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>evercrest-releases</id>
      <username>ci-publisher</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>evercrest-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.corp.evercrestbc.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', secret=words_pw())

add("xml/nuget-feed-password", "Evercrest.Payroll/NuGet.config",
    "Microsoft docs: nuget.config packageSourceCredentials (Username, ClearTextPassword)", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="evercrest" value="https://pkgs.dev.azure.com/evercrestbc/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <evercrest>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </evercrest>
  </packageSourceCredentials>
</configuration>
''', secret=pick(string.ascii_lowercase + string.digits, 52))

add("xml/decoy-user-secrets-id", "Evercrest.Payroll/Evercrest.Payroll.csproj",
    "Microsoft docs: safe storage of app secrets in development (UserSecretsId)", '''
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@@u@@</UserSecretsId>
    <AssemblyName>Evercrest.Payroll</AssemblyName>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Identity" Version="1.11.4" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.1" />
  </ItemGroup>

</Project>
''', u=uuid_s())

add("xml/decoy-manifest-placeholder", "supervisor-app/app/src/main/AndroidManifest.xml",
    "Android docs: manifestPlaceholders; Maps SDK docs: API key from the secrets gradle plugin", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.CAMERA" />

    <application
        android:name=".SupervisorApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''')

add("plist/square-access-token", "SiteCheckIn/SiteCheckIn/Secrets.plist",
    "Apple docs: property lists; Square docs: production access tokens (EAAA...)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SquareApplicationID</key>
	<string>sq0idp-@@appid@@</string>
	<key>SquareLocationID</key>
	<string>L@@loc@@</string>
	<key>SquareAccessToken</key>
	<string>@@secret@@</string>
	<key>APIBaseURL</key>
	<string>https://crewdesk.brightwellfs.com/api/</string>
</dict>
</plist>
''', secret=square_token(), appid=pick(URLSAFE, 22), loc=pick(UPPER, 12))

add("plist/wifi-password", "itops/profiles/FieldTablets-WiFi.mobileconfig",
    "Apple Configuration Profile Reference: com.apple.wifi.managed (SSID_STR, Password, EncryptionType)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>AutoJoin</key>
			<true/>
			<key>EncryptionType</key>
			<string>WPA2</string>
			<key>SSID_STR</key>
			<string>BW-FIELD</string>
			<key>Password</key>
			<string>@@secret@@</string>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadIdentifier</key>
			<string>com.brightwellfs.wifi.field</string>
			<key>PayloadUUID</key>
			<string>@@u1@@</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>Brightwell field tablets Wi-Fi</string>
	<key>PayloadIdentifier</key>
	<string>com.brightwellfs.profile.field-wifi</string>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>@@u2@@</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
''', secret=passphrase(), u1=uuid_s().upper(), u2=uuid_s().upper())

add("plist/decoy-firebase-config", "SiteCheckIn/SiteCheckIn/GoogleService-Info.plist",
    "Firebase docs: GoogleService-Info.plist (API_KEY and ids identify the app; not secrets)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.brightwellfs.sitecheckin</string>
	<key>PROJECT_ID</key>
	<string>bw-supervisor</string>
	<key>STORAGE_BUCKET</key>
	<string>bw-supervisor.appspot.com</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
''', key=google_api_key(), sender=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22))

# ---------------------------------------------------------------------------------------------
# shell, PowerShell, Dockerfile, compose, Kubernetes, Terraform, Ansible, GitHub Actions
# ---------------------------------------------------------------------------------------------
_scid = "NGJ" + pick(UPPER, 7)
add("shell/servicechannel-client-secret", "scripts/servicechannel_token.sh",
    "ServiceChannel API docs: OAuth 2.0 password grant, client id and secret sent with Basic auth", '''
#!/usr/bin/env bash
# Fetch a ServiceChannel token so the work-order sync can pull the retail clients' cleaning tickets.
set -euo pipefail

SC_USER="${SC_USER:-api.northgate}"
SC_PASS="${SC_PASS:?set SC_PASS}"

curl -sS -X POST "https://login.servicechannel.com/oauth/token" \\
  -u "@@cid@@:@@secret@@" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "grant_type=password" \\
  --data-urlencode "username=${SC_USER}" \\
  --data-urlencode "password=${SC_PASS}" \\
  | jq -r .access_token > "${HOME}/.servicechannel_token"

chmod 600 "${HOME}/.servicechannel_token"
echo "token refreshed $(date -Is)"
''', secret=alnum(32), cid=_scid)

add("shell/postgres-password", "ops/backup/pg_backup.sh",
    "PostgreSQL docs: PGPASSWORD environment variable for pg_dump", '''
#!/bin/sh
# nightly dump of the scheduling database to the NAS
set -e
STAMP=$(date +%Y%m%d)
DEST=/mnt/nas/backups/jobs

PGPASSWORD='@@secret@@' pg_dump -h jobs-db.northgate.internal -U backup -Fc jobs > "$DEST/jobs_$STAMP.dump"

find "$DEST" -name 'jobs_*.dump' -mtime +30 -delete
echo "backup ok: $DEST/jobs_$STAMP.dump"
''', secret=words_pw())

_gh = fakes.github_token(_seed())
add("shell/github-token", "deploy/bootstrap_tablet_kiosk.sh",
    "GitHub docs: cloning with a personal access token in the HTTPS URL", '''
#!/usr/bin/env bash
# Sets up a site kiosk (Ubuntu Core tablet) that crews use to check in and out.
set -euo pipefail

sudo apt-get update -y
sudo apt-get install -y git chromium-browser unclutter

if [ ! -d /opt/kiosk ]; then
  sudo git clone https://x-access-token:@@secret@@@github.com/brightwellfs/site-kiosk.git /opt/kiosk
fi

cd /opt/kiosk
sudo git pull --ff-only
sudo cp systemd/kiosk.service /etc/systemd/system/
sudo systemctl daemon-reload
sudo systemctl enable --now kiosk.service
''', secret=_gh)

add("shell/sftp-password", "payroll/scripts/push_timecards.sh",
    "lftp manual: open -u user,password sftp://host", '''
#!/bin/bash
# Push the approved timecards export to the payroll bureau.
set -euo pipefail
FILE="/srv/exports/timecards_$(date +%Y%m%d).csv"
[ -f "$FILE" ] || { echo "no export for today"; exit 1; }

lftp -e "set sftp:auto-confirm yes; cd /incoming; put $FILE; bye" \\
     -u evercrest_tc,'@@secret@@' sftp://sftp.example-payroll-bureau.com

logger -t timecards "uploaded $(basename "$FILE")"
''', secret=rand_pw(15, "!@%"))

add("shell/device-password", "scrubtrack/tools/pull_dock_logs.sh",
    "sshpass manual: sshpass -p password ssh/scp", '''
#!/usr/bin/env bash
# Pull the last 24h of logs from every charging dock at a site (docks run a small Linux image).
set -u
SITE="$1"
OUT="logs/${SITE}/$(date +%F)"
mkdir -p "$OUT"

while read -r dock ip; do
  sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no "service@${ip}:/var/log/dock/*.log" "$OUT/${dock}/" \\
    || echo "failed: ${dock} (${ip})"
done < "sites/${SITE}/docks.txt"
''', secret=words_pw())

add("shell/deputy-api-token", "scripts/deputy_export_employees.sh",
    "Deputy API docs: Authorization: OAuth <permanent token>", '''
#!/usr/bin/env bash
set -euo pipefail
INSTALL=brightwellfs.na.deputy.com
OUT=${1:-employees.json}

curl -sS "https://${INSTALL}/api/v1/supervise/employee" \\
  -H "Authorization: OAuth @@secret@@" \\
  -H "dp-meta-option: none" \\
  | jq '[.[] | {id: .Id, name: .DisplayName, active: .Active, unit: .Company}]' > "$OUT"

echo "wrote $(jq length "$OUT") employees to $OUT"
''', secret=hexs(32))

add("shell/decoy-vault-reference", "deploy/render_env.sh",
    "HashiCorp Vault docs: vault kv get -field", '''
#!/usr/bin/env bash
# Render /etc/crewdesk/env from Vault at deploy time (nothing secret in this repo).
set -euo pipefail
export VAULT_ADDR=https://vault.brightwell.internal:8200
vault login -method=aws role=crewdesk-deploy >/dev/null

{
  echo "DJANGO_SECRET_KEY=$(vault kv get -field=secret_key kv/crewdesk/django)"
  echo "DB_PASSWORD=$(vault kv get -field=password kv/crewdesk/postgres)"
  echo "DEPUTY_TOKEN=$(vault kv get -field=token kv/crewdesk/deputy)"
  echo "SAMSARA_API_TOKEN=$(vault kv get -field=token kv/crewdesk/samsara)"
} | sudo install -m 600 -o crewdesk /dev/stdin /etc/crewdesk/env
''')

add("shell/decoy-generated-password", "itops/new_site_tablet.sh",
    "OpenSSL docs: openssl rand; pwgen", '''
#!/bin/bash
# Enroll a new site tablet: random local admin password, escrowed to the MDM, never printed.
set -euo pipefail
SITE="$1"
PASS="$(openssl rand -base64 24)"
HASH="$(openssl passwd -6 "$PASS")"

curl -sS -X POST "https://mdm.brightwell.internal/api/escrow" \\
  -H "Authorization: Bearer ${MDM_TOKEN:?}" \\
  --data-urlencode "site=${SITE}" --data-urlencode "secret=${PASS}"

sudo usermod -p "$HASH" localadmin
unset PASS
echo "tablet for ${SITE} enrolled"
''')

add("shell/decoy-prompt", "scripts/unlock_keysafe.sh",
    "bash manual: read -s; igloohome API docs: one-time PIN requests", '''
#!/usr/bin/env bash
# Ask the key box API for a one-time PIN for a crew lead; the operator types their own API password.
set -euo pipefail
BOX_ID="$1"
read -r -p "Operator email: " OP_USER
read -r -s -p "Operator password: " OP_PASS; echo

TOKEN=$(curl -sS -u "${OP_USER}:${OP_PASS}" https://keys.evercrestbc.com/api/token | jq -r .token)
curl -sS -H "Authorization: Bearer ${TOKEN}" \\
  "https://keys.evercrestbc.com/api/boxes/${BOX_ID}/onetime-pin" | jq -r .pin
''')

add("powershell/ad-password", "itops/scripts/New-FieldStaffAccounts.ps1",
    "Microsoft docs: ConvertTo-SecureString -AsPlainText; New-ADUser", '''
# Creates AD accounts for new field staff from the HR onboarding export.
param([string]$CsvPath = "\\\\fs01\\hr\\onboarding\\new_hires.csv")

Import-Module ActiveDirectory

$svcPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential ("EVERCREST\\svc-onboarding", $svcPass)

Import-Csv $CsvPath | ForEach-Object {
    $sam = ($_.FirstName.Substring(0,1) + $_.LastName).ToLower()
    New-ADUser -Credential $svcCred -Server dc01.corp.evercrestbc.com `
        -Name "$($_.FirstName) $($_.LastName)" -SamAccountName $sam `
        -UserPrincipalName "$sam@evercrestbc.com" -EmployeeID $_.EmployeeId `
        -Path "OU=Field Staff,DC=corp,DC=evercrestbc,DC=com" `
        -AccountPassword (ConvertTo-SecureString $_.TempPassword -AsPlainText -Force) `
        -ChangePasswordAtLogon $true -Enabled $true
    Write-Host "created $sam"
}
''', secret=words_pw())

add("powershell/datto-rmm-api-secret", "itops/scripts/Get-OfflineDevices.ps1",
    "Datto RMM API docs: OAuth password grant with API key and API secret key", '''
$apiUrl = "https://merlot-api.centrastage.net"
$apiKey = "@@key@@"
$apiSecret = "@@secret@@"

$body = @{ grant_type = "password"; username = $apiKey; password = $apiSecret }
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("public-client:public"))
$token = (Invoke-RestMethod -Method Post -Uri "$apiUrl/auth/oauth/token" -Body $body `
    -Headers @{ Authorization = "Basic $auth" }).access_token

$devices = Invoke-RestMethod -Uri "$apiUrl/api/v2/account/devices" -Headers @{ Authorization = "Bearer $token" }
$devices.devices | Where-Object { -not $_.online } |
    Select-Object hostname, siteName, lastSeen |
    Sort-Object siteName | Format-Table -AutoSize
''', secret=alnum(32), key=pick(UPPER, 20))

add("powershell/smb-password", "itops/scripts/Map-ScanShare.ps1",
    "Microsoft docs: net use \\\\server\\share /user:DOMAIN\\user password", '''
# Runs at logon on the office copiers' scan PCs: maps the scan-to-folder share.
$share = "\\\\fs01.corp.evercrestbc.com\\Scans"
if (-not (Test-Path S:)) {
    net use S: $share /user:EVERCREST\\scanner @@secret@@ /persistent:yes | Out-Null
}
Get-ChildItem S:\\Inbox -Filter *.pdf |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } |
    Move-Item -Destination S:\\Archive
''', secret=rand_pw(12))

add("powershell/decoy-secret-management", "itops/scripts/Sync-BadgeHolders.ps1",
    "Microsoft docs: SecretManagement module (Get-Secret) with a SecretStore vault", '''
Import-Module Microsoft.PowerShell.SecretManagement

$apiKey = Get-Secret -Name BrivoApiKey -Vault ItOps -AsPlainText
$cred = Get-Secret -Name BrivoIntegrationUser -Vault ItOps

$token = Invoke-RestMethod -Method Post -Uri "https://auth.brivo.com/oauth/token" `
    -Headers @{ "api-key" = $apiKey } `
    -Body @{ grant_type = "password"; username = $cred.UserName; password = $cred.GetNetworkCredential().Password }

$holders = Invoke-RestMethod -Uri "https://api.brivo.com/v1/api/users?pageSize=100" `
    -Headers @{ Authorization = "Bearer $($token.access_token)"; "api-key" = $apiKey }
$holders.data | Select-Object firstName, lastName, externalId | Export-Csv badge_holders.csv -NoTypeInformation
''')

add("powershell/decoy-encrypted-credential", "itops/scripts/Save-ServiceCredential.ps1",
    "Microsoft docs: Export-Clixml protects PSCredential passwords with DPAPI (user and machine bound)", '''
# One-time, on the scheduled-task host: save the service account's credential encrypted with DPAPI.
$path = "C:\\ProgramData\\Evercrest\\svc-reports.xml"
Get-Credential -UserName "EVERCREST\\svc-reports" -Message "Service account password" |
    Export-Clixml -Path $path

# the scheduled tasks read it back as the same user on the same machine:
#   $cred = Import-Clixml -Path $path
#   Invoke-Sqlcmd -ServerInstance sql02 -Credential $cred -Query "EXEC dbo.NightlyLabourReport"
Write-Host "saved to $path (readable only by $env:USERNAME on $env:COMPUTERNAME)"
''')

add("dockerfile/npm-token", "supervisor-web/Dockerfile",
    "npm docs: .npmrc _authToken; Docker docs: RUN", '''
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc \\
 && npm ci \\
 && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
''', secret=npm_token())

add("dockerfile/package-index-password", "crewdesk/Dockerfile",
    "pip docs: --extra-index-url with credentials in the URL; Docker docs: ARG", '''
FROM python:3.12-slim

ARG PIP_EXTRA_INDEX_URL=https://deploy:@@secret@@@pypi.brightwell.internal/simple/
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

WORKDIR /srv/crewdesk
COPY requirements/ requirements/
RUN pip install --no-cache-dir -r requirements/production.txt

COPY . .
RUN python manage.py collectstatic --noinput

USER 1000
EXPOSE 8000
CMD ["gunicorn", "crewdesk.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4"]
''', secret=rand_pw(20))

add("dockerfile/decoy-build-secret-mount", "payroll-sync/Dockerfile",
    "Docker docs: build secrets (RUN --mount=type=secret)", '''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim@sha256:@@digest@@

WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_EXTRA_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt

COPY payroll_sync/ payroll_sync/
USER nobody
ENTRYPOINT ["python", "-m", "payroll_sync"]
''', digest=hexs(64))

add("dockerfile/decoy-env-config", "scrubtrack/telemetry-writer/Dockerfile",
    "Docker docs: ENV for non-secret configuration; secrets injected at runtime", '''
FROM rust:1.78 AS build
WORKDIR /src
COPY . .
RUN cargo build --release -p telemetry-writer

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/telemetry-writer /usr/local/bin/
ENV INFLUX_URL=https://influx.scrubtrack.io \\
    INFLUX_ORG=polished-co \\
    INFLUX_BUCKET=fleet \\
    MQTT_TOPIC="fleet/+/telemetry" \\
    INFLUX_TOKEN_FILE=/run/secrets/influx_token
USER 65532
ENTRYPOINT ["telemetry-writer"]
''')

add("compose/postgres-password", "scrubtrack/docker-compose.prod.yml",
    "Docker Hub postgres image docs: POSTGRES_PASSWORD", '''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: scrubtrack
      POSTGRES_PASSWORD: "@@secret@@"
      POSTGRES_DB: scrubtrack
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: ghcr.io/polished-co/scrubtrack-api:1.9.2
    restart: unless-stopped
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://scrubtrack@db:5432/scrubtrack
      MQTT_URL: mqtts://telemetry.scrubtrack.io:8883
    ports:
      - "8080:8080"

volumes:
  pgdata:
''', secret=rand_pw(24))

add("compose/grafana-admin-password", "monitoring/docker-compose.yml",
    "Grafana docs: configure with environment variables (GF_SECURITY_ADMIN_PASSWORD)", '''
version: "3.8"
services:
  prometheus:
    image: prom/prometheus:v2.52.0
    volumes:
      - ./prometheus:/etc/prometheus
    ports: ["9090:9090"]

  grafana:
    image: grafana/grafana:11.0.0
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=@@secret@@
      - GF_SERVER_ROOT_URL=https://grafana.brightwell.internal
      - GF_USERS_ALLOW_SIGN_UP=false
    volumes:
      - grafana:/var/lib/grafana
    ports: ["3000:3000"]

volumes:
  grafana:
''', secret=words_pw())

add("compose/decoy-required-variables", "crewdesk/docker-compose.yml",
    "Docker Compose docs: interpolation (${VAR:?error}) and env_file", '''
services:
  web:
    build: .
    env_file: .env
    environment:
      DB_HOST: db
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    depends_on: [db, redis]
    ports: ["8000:8000"]

  db:
    image: postgres:16
    environment:
      POSTGRES_DB: crewdesk
      POSTGRES_USER: crewdesk
      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}

  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
''')

add("compose/decoy-docker-secrets", "monitoring/docker-compose.override.yml",
    "Docker Compose docs: secrets (file-based, mounted at /run/secrets)", '''
services:
  grafana:
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin_password
      GF_DATABASE_PASSWORD__FILE: /run/secrets/grafana_db_password
    secrets:
      - grafana_admin_password
      - grafana_db_password

secrets:
  grafana_admin_password:
    file: ./secrets/grafana_admin_password.txt
  grafana_db_password:
    external: true
''')

_dbpw = rand_pw(22)
add("k8s-secret/postgres-password", "deploy/k8s/jobsvc/secret.yaml",
    "Kubernetes docs: Secret data values are base64-encoded", '''
apiVersion: v1
kind: Secret
metadata:
  name: jobsvc
  namespace: scheduling
type: Opaque
data:
  DATABASE_URL: @@url@@
  JWT_SIGNING_KEY: @@jwtkey@@
''', secret=_dbpw, url=b64(f"postgres://jobsvc:{_dbpw}@jobs-db.northgate.internal:5432/jobs?sslmode=require"),
    jwtkey=b64(passphrase()))

_auth = b64("robot:" + rand_pw(24))
add("k8s-secret/registry-auth", "deploy/k8s/scrubtrack/regcred.yaml",
    "Kubernetes docs: kubernetes.io/dockerconfigjson Secrets (auths.<registry>.auth = base64 user:password)", '''
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: scrubtrack
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
''', secret=_auth, cfg=b64(json.dumps({"auths": {"ghcr.io": {"auth": _auth}}}, separators=(",", ":"))))

_tls = pem("RSA")
add("k8s-secret/private-key", "deploy/k8s/client-portal/tls.yaml",
    "Kubernetes docs: TLS Secrets (kubernetes.io/tls, tls.crt and tls.key base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: clients-brightwellfs-com-tls
  namespace: portal
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
''', secret=_tls, crt=b64("-----BEGIN CERTIFICATE-----\n" + cert_body(18) + "\n-----END CERTIFICATE-----\n"),
    key=b64(_tls + "\n"))

add("k8s-secret/twilio-auth-token", "deploy/k8s/notify/secret.yaml",
    "Kubernetes docs: Secret stringData (plain text, encoded on apply); Twilio auth token", '''
apiVersion: v1
kind: Secret
metadata:
  name: notify-twilio
  namespace: notify
  labels:
    app: notify
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: AC@@sid@@
  TWILIO_AUTH_TOKEN: @@secret@@
  TWILIO_FROM: "+13125550176"
''', secret=hexs(32), sid=hexs(32))

add("k8s-secret/decoy-placeholder", "deploy/k8s/templates/secret.example.yaml",
    "Kubernetes docs: Secret manifests; placeholders replaced by the CI from the secret store", '''
# Template only. CI replaces each value from Vault; never commit real values here.
apiVersion: v1
kind: Secret
metadata:
  name: crewdesk
  namespace: crewdesk
type: Opaque
data:
  DJANGO_SECRET_KEY: @@a@@
  DB_PASSWORD: @@b@@
  DEPUTY_TOKEN: @@c@@
''', a=b64("REPLACE_ME"), b=b64("REPLACE_ME"), c=b64("REPLACE_ME"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/payroll/sealedsecret.yaml",
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData (only the cluster's controller can decrypt)", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payroll-sync
  namespace: payroll
spec:
  encryptedData:
    GUSTO_CLIENT_SECRET: AgB@@e1@@
    DATABASE_URL: AgC@@e2@@
  template:
    metadata:
      name: payroll-sync
      namespace: payroll
    type: Opaque
''', e1=pick(ALNUM + "+/", 349) + "=", e2=pick(ALNUM + "+/", 413) + "=")

add("k8s/decoy-external-secret", "deploy/k8s/access-sync/externalsecret.yaml",
    "External Secrets Operator docs: ExternalSecret with remoteRef to AWS Secrets Manager", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: access-sync
  namespace: facilities
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: access-sync
  data:
    - secretKey: VERKADA_API_KEY
      remoteRef:
        key: facilities/verkada
        property: api_key
    - secretKey: BRIVO_CLIENT_SECRET
      remoteRef:
        key: facilities/brivo
        property: client_secret
''')

add("terraform/rds-password", "infra/terraform/rds.tf",
    "Terraform AWS provider docs: aws_db_instance (username, password)", '''
resource "aws_db_instance" "crewdesk" {
  identifier              = "crewdesk-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.large"
  allocated_storage       = 100
  storage_encrypted       = true
  db_name                 = "crewdesk"
  username                = "crewdesk_admin"
  password                = "@@secret@@"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false

  tags = {
    app   = "crewdesk"
    owner = "ops"
  }
}
''', secret=rand_pw(24))

add("terraform/cloudflare-api-token", "infra/terraform/dns/providers.tf",
    "Terraform Cloudflare provider docs: api_token argument", '''
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.33"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "portal"
  type    = "CNAME"
  value   = "shineline-portal.fly.dev"
  proxied = true
}
''', secret=pick(URLSAFE, 40))

add("terraform/azure-client-secret", "infra/azure/terraform.tfvars",
    "Terraform azurerm provider docs: service principal with a client secret (client_id, client_secret)", '''
subscription_id = "@@sub@@"
tenant_id       = "@@tenant@@"
client_id       = "@@cid@@"
client_secret   = "@@secret@@"

location        = "australiaeast"
resource_prefix = "evercrest-payroll"
sql_admin_login = "payrolladmin"
''', secret=azure_secret(), sub=uuid_s(), tenant=uuid_s(), cid=uuid_s())

add("terraform/github-fine-grained-token", "infra/github/main.tf",
    "Terraform GitHub provider docs: token argument; fine-grained personal access tokens (github_pat_)", '''
provider "github" {
  owner = "brightwellfs"
  token = "@@secret@@"
}

resource "github_repository" "site_kiosk" {
  name        = "site-kiosk"
  visibility  = "private"
  description = "Check-in kiosk for client sites"
}

resource "github_branch_protection" "site_kiosk_main" {
  repository_id  = github_repository.site_kiosk.node_id
  pattern        = "main"
  enforce_admins = true
  required_pull_request_reviews {
    required_approving_review_count = 1
  }
}
''', secret=fakes.github_fine_grained_token(_seed()))

add("terraform/decoy-random-password", "infra/terraform/redis.tf",
    "Terraform random provider docs: random_password; AWS provider: aws_secretsmanager_secret_version", '''
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "dispatch" {
  replication_group_id       = "dispatch-cache"
  description                = "crewdesk dispatch queue"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = random_password.redis_auth.result
}
''')

add("terraform/decoy-sensitive-variable", "infra/terraform/variables.tf",
    "Terraform docs: input variables, sensitive = true", '''
variable "db_password" {
  description = "Master password for the crewdesk database (from TF_VAR_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "samsara_api_token" {
  description = "Samsara token for the vehicle poller Lambda"
  type        = string
  sensitive   = true
  default     = ""
}

variable "alarm_email" {
  type    = string
  default = "ops-alerts@brightwellfs.com"
}

variable "vpc_id" {
  type    = string
  default = "vpc-0b7e5c3a91d24f6e8"
}
''')

add("terraform/decoy-ids", "infra/terraform/iam.tf",
    "Terraform AWS provider docs: IAM roles; OIDC provider thumbprints (SHA-1 of the CA)", '''
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["@@thumb@@"]
}

resource "aws_iam_role" "deploy" {
  name = "github-deploy-crewdesk"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringLike = { "token.actions.githubusercontent.com:sub" = "repo:brightwellfs/crewdesk:ref:refs/heads/main" }
      }
    }]
  })
}

data "aws_kms_key" "payroll" {
  key_id = "arn:aws:kms:us-east-2:418305922716:key/@@kms@@"
}
''', thumb=hexs(40), kms=uuid_s())

add("ansible/unifi-password", "itops/ansible/group_vars/office_network.yml",
    "UniFi Network controller docs: admin login; Ansible docs: group_vars", '''
---
unifi_controller_url: https://unifi.corp.evercrestbc.com:8443
unifi_site: default
unifi_admin_user: netadmin
unifi_admin_password: "@@secret@@"

office_vlans:
  - { id: 10, name: staff }
  - { id: 20, name: guest }
  - { id: 30, name: cameras }
  - { id: 40, name: badge-readers }

guest_portal_enabled: true
''', secret=words_pw())

add("ansible/windows-admin-password", "itops/ansible/inventory/branch_offices.yml",
    "Ansible docs: Windows remote management (ansible_user, ansible_password, ansible_connection: winrm)", '''
all:
  children:
    branch_pcs:
      hosts:
        denver-front-01: { ansible_host: 10.20.1.21 }
        denver-front-02: { ansible_host: 10.20.1.22 }
        aurora-dispatch-01: { ansible_host: 10.21.1.15 }
      vars:
        ansible_connection: winrm
        ansible_winrm_transport: ntlm
        ansible_winrm_server_cert_validation: ignore
        ansible_user: .\\itadmin
        ansible_password: "@@secret@@"
''', secret=rand_pw(14, "!$%"))

add("ansible/ldap-password", "itops/ansible/roles/sssd/defaults/main.yml",
    "SSSD docs: ldap_default_authtok (bind password); Ansible role defaults", '''
---
sssd_domain: corp.evercrestbc.com
sssd_ldap_uri: ldaps://dc01.corp.evercrestbc.com
sssd_ldap_search_base: DC=corp,DC=evercrestbc,DC=com
sssd_ldap_default_bind_dn: CN=svc-linux-bind,OU=Service Accounts,DC=corp,DC=evercrestbc,DC=com
sssd_ldap_default_authtok: "@@secret@@"
sssd_access_groups:
  - linux-admins
  - payroll-ops
''', secret=words_pw())

add("ansible/decoy-vault-encrypted", "itops/ansible/group_vars/payroll_servers/vault.yml",
    "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)", '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("ansible/decoy-vault-lookup", "itops/ansible/playbooks/unifi_backup.yml",
    "Ansible docs: community.hashi_vault.vault_kv2_get lookup; variables from vault", '''
---
- name: Back up the UniFi controller configuration
  hosts: unifi
  gather_facts: false
  vars:
    unifi_admin_password: "{{ lookup('community.hashi_vault.vault_kv2_get', 'itops/unifi', engine_mount_point='kv').secret.password }}"
    backup_dir: /srv/backups/unifi
  tasks:
    - name: Log in
      ansible.builtin.uri:
        url: "{{ unifi_controller_url }}/api/login"
        method: POST
        body_format: json
        body: { username: "{{ unifi_admin_user }}", password: "{{ unifi_admin_password }}" }
        validate_certs: true
      register: login
      no_log: true
''')

add("github-actions/pypi-token", ".github/workflows/publish-sdk.yml",
    "PyPI docs: API tokens with twine (TWINE_USERNAME=__token__); GitHub Actions docs: env", '''
name: Publish crewdesk-sdk

on:
  push:
    tags: ["sdk-v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      TWINE_USERNAME: __token__
      TWINE_PASSWORD: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine
      - run: python -m build sdk/
      - run: twine upload sdk/dist/*
''', secret=fakes.pypi_token(_seed()))

add("github-actions/registry-password", ".github/workflows/build-robot-images.yml",
    "Docker docs: docker login -u -p (password on the command line); GitHub Actions docs: run steps", '''
name: Build dock gateway image

on:
  push:
    branches: [main]
    paths: ["gateway/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Log in to the registry
        run: docker login registry.scrubtrack.io -u ci-builder -p '@@secret@@'
      - name: Build and push
        run: |
          docker buildx create --use
          docker buildx build --platform linux/arm64 -t registry.scrubtrack.io/dock-gateway:${GITHUB_SHA::7} --push gateway/
''', secret=rand_pw(22))

add("github-actions/teams-webhook", ".github/workflows/nightly-tests.yml",
    "Microsoft Teams docs: incoming webhook URLs (webhook.office.com/webhookb2/...)", '''
name: Nightly tests

on:
  schedule:
    - cron: "0 8 * * *"
  workflow_dispatch:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm test
      - name: Tell the team
        if: failure()
        run: |
          curl -sS -H "Content-Type: application/json" \\
            -d '{"text":"Nightly tests failed on ${{ github.ref_name }}: ${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}"}' \\
            "@@secret@@"
''', secret=teams_webhook())

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy.yml",
    "GitHub Actions docs: using secrets (${{ secrets.NAME }}) and OIDC to AWS", '''
name: Deploy crewdesk

on:
  push:
    branches: [main]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418305922716:role/github-deploy-crewdesk
          aws-region: us-east-2
      - name: Deploy
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
          DB_PASSWORD: ${{ secrets.DB_PASSWORD }}
        run: ./deploy/ecs_deploy.sh production
''')

add("github-actions/decoy-pinned-shas", ".github/workflows/ci.yml",
    "GitHub docs: security hardening, pinning actions to a full-length commit SHA", '''
name: CI

on: [pull_request]

jobs:
  lint-and-test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.7
      - uses: actions/setup-python@@@s2@@ # v5.1.0
        with:
          python-version: "3.12"
          cache: pip
      - uses: actions/cache@@@s3@@ # v4.0.2
        with:
          path: ~/.cache/pre-commit
          key: pre-commit-${{ hashFiles('.pre-commit-config.yaml') }}
      - run: pip install -r requirements/test.txt
      - run: pre-commit run --all-files
      - run: pytest -q --cov=crewdesk
''', s1=hexs(40), s2=hexs(40), s3=hexs(40))

add("github-actions/decoy-test-services", ".github/workflows/integration.yml",
    "GitHub Actions docs: service containers (postgres with a throwaway password)", '''
name: Integration tests

on: [pull_request]

jobs:
  integration:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: jobs_test
        ports: ["5432:5432"]
        options: --health-cmd pg_isready --health-interval 5s --health-retries 10
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/jobs_test?sslmode=disable
      JWT_SIGNING_KEY: integration-test-key
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with: { go-version: "1.22" }
      - run: go test ./... -tags=integration
''')

# ---------------------------------------------------------------------------------------------
# Notebooks, Markdown, SQL, CSV, logs, and other files
# ---------------------------------------------------------------------------------------------
add("notebook/google-maps-api-key", "analysis/route_planning_north_shore.ipynb",
    "googlemaps Python client docs: googlemaps.Client(key=...); Google Maps Platform API keys (AIza)", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Night crew routes, North Shore\\n",
    "Drive times between the 14 night sites, to rebalance the three van crews."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "import pandas as pd\\n",
    "\\n",
    "gmaps = googlemaps.Client(key=\\"@@secret@@\\")\\n",
    "sites = pd.read_csv(\\"night_sites_north_shore.csv\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "addresses = sites[\\"address\\"].tolist()\\n",
    "matrix = gmaps.distance_matrix(addresses[:10], addresses[:10], mode=\\"driving\\", departure_time=\\"now\\")\\n",
    "minutes = [[e[\\"duration\\"][\\"value\\"] / 60 for e in row[\\"elements\\"]] for row in matrix[\\"rows\\"]]\\n",
    "pd.DataFrame(minutes, index=sites.site[:10], columns=sites.site[:10]).round(0)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },
  "language_info": { "name": "python", "version": "3.11.8" }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=google_api_key())

add("notebook/hubspot-private-app-token", "analysis/contract_pipeline.ipynb",
    "HubSpot docs: private app access tokens (pat-na1-...), Authorization: Bearer", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Janitorial contract pipeline by stage (Q3)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "HUBSPOT_TOKEN = \\"@@secret@@\\"\\n",
    "h = {\\"Authorization\\": f\\"Bearer {HUBSPOT_TOKEN}\\"}\\n",
    "deals = requests.get(\\"https://api.hubapi.com/crm/v3/objects/deals\\",\\n",
    "                     params={\\"limit\\": 100, \\"properties\\": \\"dealname,amount,dealstage,sq_ft\\"}, headers=h).json()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": { "text/plain": ["dealstage\\n", "appointmentscheduled    14\\n", "contractsent             6\\n", "closedwon                9"] },
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df = pd.json_normalize(deals[\\"results\\"])\\n",
    "df.groupby(\\"properties.dealstage\\").size()"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret="pat-na1-" + uuid_s())

add("notebook/decoy-env-reference", "analysis/overtime_by_site.ipynb",
    "Jupyter docs; python-dotenv docs: load_dotenv and os.environ", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from dotenv import load_dotenv\\n",
    "import sqlalchemy as sa, pandas as pd\\n",
    "load_dotenv()  # DATABASE_URL lives in .env, which is git-ignored\\n",
    "engine = sa.create_engine(os.environ[\\"DATABASE_URL\\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "ot = pd.read_sql(\\"select site, week, sum(greatest(hours - 40, 0)) as ot_hours from timesheets group by 1, 2\\", engine)\\n",
    "ot.pivot(index=\\"site\\", columns=\\"week\\", values=\\"ot_hours\\").fillna(0).tail(8)"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("notebook/decoy-image-output", "analysis/scrubber_coverage.ipynb",
    "Jupyter nbformat docs: display_data outputs with base64 image/png", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAAoAAAAKCAYAAACNMs+9AAAA@@png@@AAAAAElFTkSuQmCC",
      "text/plain": ["<Figure size 640x480 with 1 Axes>"]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "import matplotlib.pyplot as plt\\n",
    "runs = load_runs(site=\\"ridgeview-medical-bldg-a\\", run_id=\\"@@run@@\\")\\n",
    "plt.plot(runs.ts, runs.area_m2.cumsum())\\n",
    "plt.title(\\"Area cleaned per night (m2)\\")"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
''', png=pick(ALNUM + "+/", 152), run=uuid_s())

add("markdown/admin-password", "docs/handover/ridgeview-medical.md",
    "Team handover notes (site access, key safes, alarm and access-control portal logins)", '''
# Ridgeview Medical - night crew handover

**Account manager:** Dana K. (ext 214) | **Crew lead:** Marisol T.

## Access
- Crew enters through the loading dock, Building A. Badges are issued by the client's security desk.
- Key safe on the dock wall holds the janitor closet and chem room keys (code changes monthly, ask Dana).
- If a badge stops working, use the client's access portal to re-enable it:
  - URL: https://ridgeview.access-portal.example.com
  - user: `brightwell.supervisor`
  - password: `@@secret@@`

## Notes
- Exam rooms on 2nd floor: hospital-grade disinfectant only (quat, 10 min dwell).
- Do not run the autoscrubber in the lobby before 22:00 (ER traffic).
- Biohazard bins are NOT ours - leave for the client's EVS team.
''', secret=words_pw())

add("markdown/robot-portal-password", "scrubtrack/README.md",
    "Project README (robot fleet portal logins and API setup notes)", '''
# scrubtrack

Telemetry and reporting for the autonomous floor scrubbers we run at client sites.

## Components
- `ingest/` - MQTT subscriber (Go)
- `telemetry-writer/` - writes points to InfluxDB (Rust)
- `alerts/` - low battery, stuck robot, missed run (Rust)

## Vendor portal
The vendor's fleet portal has run maps and error codes we don't get over the API.

| what | value |
|------|-------|
| portal | https://portal.example-robotics.com |
| user | fleet@polished.co |
| password | @@secret@@ |
| support | support@example-robotics.com |

## Running locally
```sh
docker compose up -d
cargo run -p telemetry-writer
```
''', secret=rand_pw(16, "!#"))

add("markdown/twilio-auth-token", "docs/incidents/2024-03-12-sms-outage.md",
    "Incident write-up; Twilio docs: rotating the auth token", '''
# 2024-03-12: shift reminder SMS stopped sending

## Summary
From 04:10 to 09:35 no shift reminders went out; 61 cleaners missed the reminder, 4 no-shows.

## Cause
The auth token was rotated in the Twilio console on 03-11 but the notify service still had the old one.
Old token (now secondary, to be deleted): `@@secret@@`

## Fix
- Updated the `notify-twilio` secret and restarted `notify`.
- Added an alert on Twilio 20003 errors.

## Follow-ups
- [ ] Delete the secondary token in the console
- [ ] Move notify to API keys instead of the account auth token
''', secret=hexs(32))

add("markdown/datadog-api-key", "docs/runbooks/install-monitoring-agent.md",
    "Datadog docs: Agent install script (DD_API_KEY, DD_SITE)", '''
# Installing the monitoring agent on a new app server

1. SSH in as your own user (not root).
2. Run the installer:

```bash
DD_API_KEY=@@secret@@ DD_SITE="us5.datadoghq.com" \\
  bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
```

3. Tag the host:

```bash
sudo sed -i 's/^# tags:.*/tags: ["team:ops", "app:crewdesk"]/' /etc/datadog-agent/datadog.yaml
sudo systemctl restart datadog-agent
```

4. Check it shows up under Infrastructure > Hosts within 5 minutes.
''', secret=datadog_api())

_ssh = pem("OPENSSH")
add("markdown/private-key", "docs/runbooks/payroll-sftp.md",
    "Runbook; OpenSSH docs: private key file format (BEGIN OPENSSH PRIVATE KEY)", '''
# Payroll SFTP drop

The bureau picks up `hours_YYYYMMDD.csv` from our SFTP at 03:00.

- Host: `sftp.evercrestbc.com` (port 2222)
- User: `bureau_pickup`
- Key: the bureau asked for it again after their migration, this is what we sent them:

```
@@secret@@
```

If the pickup fails, check `/var/log/sftp-drop.log` and call the bureau on-call (1300 555 019).
''', secret=_ssh)

add("sql/mysql-password", "db/migrations/2024_02_01_create_reporting_user.sql",
    "MySQL docs: CREATE USER ... IDENTIFIED BY; GRANT", '''
-- read-only user for the client portal's reporting pages
CREATE USER IF NOT EXISTS 'portal_reports'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON portal.invoices TO 'portal_reports'@'10.0.%';
GRANT SELECT ON portal.visits TO 'portal_reports'@'10.0.%';
GRANT SELECT ON portal.inspection_scores TO 'portal_reports'@'10.0.%';
FLUSH PRIVILEGES;
''', secret=words_pw())

add("sql/connecteam-api-key", "db/seeds/integrations.sql",
    "Connecteam API docs: X-API-KEY; SQL seed data", '''
-- integrations configured for the Brightwell tenant (seeded on a fresh install)
INSERT INTO integrations (tenant_id, vendor, base_url, api_key, enabled, created_at) VALUES
  (1, 'connecteam', 'https://api.connecteam.com', '@@secret@@', true, now()),
  (1, 'deputy', 'https://brightwellfs.na.deputy.com/api/v1', NULL, false, now()),
  (1, 'samsara', 'https://api.samsara.com', NULL, false, now());

INSERT INTO integration_sync_settings (tenant_id, vendor, interval_minutes, last_synced_at) VALUES
  (1, 'connecteam', 15, NULL);
''', secret=uuid_s())

add("csv/device-password", "itops/inventory/site_devices.csv",
    "IT asset inventory export (site tablets, routers, time clocks) with local admin credentials", '''
site,device,model,serial,ip,admin_user,admin_password,notes
ridgeview-medical,checkin-tablet-1,Samsung Tab Active3,R52T30ABCDE,10.40.1.20,localadmin,@@p1@@,dock entrance
ridgeview-medical,lte-router,Cradlepoint IBR900,WA2031200917,10.40.1.1,admin,@@secret@@,
lakeshore-tower,checkin-tablet-1,Samsung Tab Active3,R52T30FGHIJ,10.41.1.20,localadmin,@@p2@@,lobby B1
lakeshore-tower,time-clock,uAttend BN6500,BN65-004417,10.41.1.30,admin,@@p3@@,
dunmore-logistics,lte-router,Cradlepoint IBR900,WA2031201144,10.42.1.1,admin,@@p4@@,
''', secret=rand_pw(12), p1=rand_pw(12), p2=rand_pw(12), p3=str(random.Random(_seed()).randint(100000, 999999)),
    p4=rand_pw(12))

add("csv/vendor-portal-password", "procurement/supplier_logins.csv",
    "Purchasing team's supplier account export (portal logins for consumables and chemicals)", '''
supplier,portal,account_no,username,password,rep,phone
Jan-San Distributor,https://order.example-jansan.com,NGJ-22190,purchasing@northgatejan.com,@@secret@@,Rick M.,303-555-0142
Paper & Liner Co,https://b2b.example-paperliner.com,880412,northgate,@@p2@@,Tess L.,303-555-0177
Chem Direct,https://portal.example-chemdirect.com,CD-7731,purchasing@northgatejan.com,@@p3@@,Omar S.,720-555-0109
Equipment Rental West,https://rentals.example-equip.com,ERW-5520,northgate.ops,@@p4@@,Jen K.,303-555-0120
''', secret=words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("log/rabbitmq-password", "logs/dispatch-worker-2024-05-14.log",
    "Application log; RabbitMQ docs: AMQP URI (amqp://user:password@host/vhost)", '''
2024-05-14 02:58:01,114 INFO  dispatch.worker starting worker pid=4411 version=3.2.0
2024-05-14 02:58:01,120 DEBUG dispatch.config loaded settings from /etc/dispatch/worker.yml
2024-05-14 02:58:01,121 DEBUG dispatch.broker connecting to amqps://dispatch:@@secret@@@mq.northgate.internal:5671/dispatch
2024-05-14 02:58:01,402 INFO  dispatch.broker connected, channel 1 open, prefetch=10
2024-05-14 02:58:01,403 INFO  dispatch.worker consuming queue=callouts.high
2024-05-14 03:12:44,918 INFO  dispatch.callout site=lakeshore-tower reason=spill-level-3 assigned=crew-17
2024-05-14 03:13:02,007 WARNING dispatch.callout crew-17 no ack in 15s, escalating to supervisor
2024-05-14 03:14:30,551 INFO  dispatch.callout crew-17 acked eta=22m
''', secret=rand_pw(20))

add("log/housecall-pro-api-key", "logs/hcp-sync-debug.log",
    "requests/urllib3 debug logging of request headers; Housecall Pro API docs: Authorization: Token", '''
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.housecallpro.com:443
send: b'GET /jobs?scheduled_start_min=2024-05-13&page_size=100 HTTP/1.1\\r\\nHost: api.housecallpro.com\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept: application/json\\r\\nAuthorization: Token @@secret@@\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json; charset=utf-8
header: X-Request-Id: @@rid@@
DEBUG:urllib3.connectionpool:https://api.housecallpro.com:443 "GET /jobs?scheduled_start_min=2024-05-13&page_size=100 HTTP/1.1" 200 48211
INFO:hcp_sync:fetched 87 jobs (page 1/1)
INFO:hcp_sync:upserted 87 visits, 3 new clients
''', secret=hexs(32), rid=uuid_s())

_basic = b64("kiosk-sync:" + words_pw())
add("log/basic-auth-credential", "logs/kiosk-proxy-access.log",
    "Debug logging of forwarded request headers; RFC 7617 Basic credentials", '''
2024-05-15T05:01:12Z kiosk-proxy[912]: upstream=https://crewdesk.brightwellfs.com/api/checkins method=POST status=201 ms=143
2024-05-15T05:01:12Z kiosk-proxy[912]: debug forwarded headers: {"Content-Type": "application/json", "Authorization": "Basic @@secret@@", "X-Site": "lakeshore-tower"}
2024-05-15T05:03:48Z kiosk-proxy[912]: upstream=https://crewdesk.brightwellfs.com/api/checkins method=POST status=201 ms=121
2024-05-15T05:07:02Z kiosk-proxy[912]: upstream=https://crewdesk.brightwellfs.com/api/checkouts method=POST status=201 ms=133
2024-05-15T05:09:40Z kiosk-proxy[912]: upstream=https://crewdesk.brightwellfs.com/api/checkins method=POST status=409 ms=98 msg="already checked in"
''', secret=_basic)

add("netrc/netrc-password", "deploy/.netrc",
    "GNU inetutils docs: .netrc (machine, login, password)", '''
machine git.brightwell.internal
  login deploy-bot
  password @@secret@@

machine pypi.brightwell.internal
  login deploy
  password @@p2@@
''', secret=rand_pw(24), p2=rand_pw(20))

add("groovy/artifactory-api-key", "payroll-bridge/Jenkinsfile",
    "JFrog docs: Artifactory API keys (AKCp...) in the X-JFrog-Art-Api header; Jenkins pipeline docs", '''
pipeline {
    agent { label 'linux' }
    environment {
        ART_URL = 'https://evercrest.jfrog.io/artifactory'
    }
    stages {
        stage('Build') {
            steps {
                sh './mvnw -B -s .mvn/settings.xml clean package'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                sh """
                  curl -fsS -H 'X-JFrog-Art-Api: @@secret@@' \\\\
                       -T target/payroll-bridge-${env.BUILD_NUMBER}.jar \\\\
                       ${ART_URL}/libs-release-local/com/evercrest/payroll-bridge/${env.BUILD_NUMBER}/
                """
            }
        }
    }
}
''', secret="AKCp" + alnum(69))

add("makefile/sentry-auth-token", "supervisor-web/Makefile",
    "Sentry docs: sentry-cli releases and source maps with SENTRY_AUTH_TOKEN (sntryu_ user tokens)", '''
VERSION := $(shell git describe --tags --always)
SENTRY_ORG := brightwellfs
SENTRY_PROJECT := supervisor-web
SENTRY_AUTH_TOKEN := @@secret@@

.PHONY: build release

build:
	npm run build

release: build
	SENTRY_AUTH_TOKEN=$(SENTRY_AUTH_TOKEN) npx sentry-cli releases new -o $(SENTRY_ORG) -p $(SENTRY_PROJECT) $(VERSION)
	SENTRY_AUTH_TOKEN=$(SENTRY_AUTH_TOKEN) npx sentry-cli sourcemaps upload -o $(SENTRY_ORG) -p $(SENTRY_PROJECT) --release $(VERSION) dist/
	SENTRY_AUTH_TOKEN=$(SENTRY_AUTH_TOKEN) npx sentry-cli releases finalize -o $(SENTRY_ORG) -p $(SENTRY_PROJECT) $(VERSION)
''', secret="sntryu_" + hexs(64))

add("systemd/discord-webhook", "deploy/systemd/robot-alerts.service",
    "systemd.exec docs: Environment=; Discord docs: webhook URLs", '''
[Unit]
Description=Scrubber fleet alerts (stuck robot, low battery, missed run)
After=network-online.target
Wants=network-online.target

[Service]
User=scrubtrack
ExecStart=/usr/local/bin/robot-alerts --config /etc/scrubtrack/alerts.toml
Environment=RUST_LOG=info
Environment=ALERT_WEBHOOK=@@secret@@
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
''', secret=discord_webhook())

_ng = b64("brightwell:" + rand_pw(18))
add("nginx/basic-auth-credential", "deploy/nginx/robot-portal-proxy.conf",
    "nginx docs: proxy_set_header; RFC 7617 Basic credentials", '''
# Lets the night supervisors see the vendor's robot portal without their own logins.
server {
    listen 443 ssl;
    server_name robots.brightwell.internal;

    ssl_certificate     /etc/nginx/tls/robots.crt;
    ssl_certificate_key /etc/nginx/tls/robots.key;

    location / {
        proxy_pass https://portal.example-robotics.com;
        proxy_set_header Host portal.example-robotics.com;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_ssl_server_name on;
    }
}
''', secret=_ng)

add("markdown/decoy-placeholder", "sdk/README.md",
    "Project README with placeholder credentials in the quick start", '''
# crewdesk-sdk

Python client for the crewdesk API (sites, visits, check-ins, inspections).

## Install

```bash
pip install crewdesk-sdk
```

## Quick start

```python
from crewdesk import Client

client = Client(api_key="bwk_live_<your key>", base_url="https://crewdesk.brightwellfs.com/api")
for visit in client.visits.today(site="lakeshore-tower"):
    print(visit.crew, visit.checked_in_at)
```

Keys are issued in **Settings > API keys** and shown once. Use `bwk_test_...` keys against the sandbox.
Never put a key in code you commit: read it from `CREWDESK_API_KEY` instead.

| variable | example |
|----------|---------|
| `CREWDESK_API_KEY` | `bwk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |
| `CREWDESK_BASE_URL` | `https://crewdesk.brightwellfs.com/api` |
''')

add("markdown/decoy-env-reference", "docs/api/deputy-sync.md",
    "Internal API notes; Deputy API docs: curl with Authorization: OAuth $TOKEN", '''
# Deputy sync

The sync pulls approved timesheets every 15 minutes.

## Trying the API by hand

```bash
export DEPUTY_TOKEN="$(op read op://crewdesk/deputy/token)"
curl -s "https://brightwellfs.na.deputy.com/api/v1/resource/Timesheet/QUERY" \\
  -H "Authorization: OAuth ${DEPUTY_TOKEN}" \\
  -H "Content-Type: application/json" \\
  -d '{"search":{"s1":{"field":"TimeApproved","type":"eq","data":true}},"max":5}'
```

## Fields we map

| Deputy | crewdesk |
|--------|----------|
| `Employee` | `cleaner_id` |
| `OperationalUnit` | `site_id` |
| `TotalTime` | `hours` |
''')

add("markdown/decoy-password-manager-reference", "docs/handover/lakeshore-tower.md",
    "Team handover notes that point to the password manager instead of holding credentials", '''
# Lakeshore Tower - handover

- 42 floors, we clean 1-12 nightly and 13-42 three times a week.
- Crew lead: Andre P. Backup: Kim V.

## Access
- Loading dock badge readers: crew badges are managed in the building's access system.
  The admin login is in 1Password: **Ops > Lakeshore access portal**.
- Key box (igloohome, serial `IGK3-7Q2M-40418`) in the B1 janitor closet: one-time PINs from the
  ops app, never share the master PIN. Master PIN is in 1Password: **Ops > Lakeshore key box**.
- Alarm: the building's, not ours. Security desk: 312-555-0150.

## Chemicals
- Floors 1-3 lobby: neutral cleaner 1:256. Restrooms: quat disinfectant 1:64, 10 min dwell.
''')

add("markdown/decoy-commit-shas", "CHANGELOG.md",
    "Keep a Changelog format with commit hashes", '''
# Changelog

## [2024.06.3] - 2024-06-18
### Fixed
- Check-ins at sites with two geofences were counted twice (@@c1@@)
- Deputy sync skipped timesheets approved after midnight UTC (@@c2@@)

## [2024.06.2] - 2024-06-11
### Added
- Supervisor app: photo required for restroom and exam-room items (@@c3@@)
### Changed
- Rotated the Samsara token and moved it to Vault; see runbook (@@c4@@)

## [2024.06.1] - 2024-06-03
### Added
- Missed check-in alerts to Slack #ops-night (@@c5@@)
''', c1=hexs(40), c2=hexs(40), c3=hexs(7), c4=hexs(40), c5=hexs(7))

add("markdown/decoy-webhook-signature", "docs/api/webhooks.md",
    "Stripe docs: Stripe-Signature header (t=timestamp, v1=HMAC signature); signatures are not secrets", '''
# Webhooks we receive

## Stripe (`/webhooks/stripe`)

Each request carries a signature we check with the endpoint secret (kept in Vault at
`kv/portal/stripe`, never in the repo). A recorded request looks like:

```
POST /webhooks/stripe HTTP/1.1
Content-Type: application/json; charset=utf-8
Stripe-Signature: t=1718101234,v1=@@v1@@,v0=@@v0@@

{"id": "evt_1PQx@@evt@@", "type": "invoice.paid", "data": {"object": {"id": "in_1PQx@@inv@@"}}}
```

A replayed request with an old `t=` is rejected (tolerance 300 s).
''', v1=hexs(64), v0=hexs(64), evt=alnum(20), inv=alnum(20))

add("sql/decoy-password-hash", "db/seeds/demo_users.sql",
    "PostgreSQL pgcrypto / bcrypt hashes in seed data (hashes, not passwords)", '''
-- demo tenant for sales demos: supervisors and a client viewer
INSERT INTO users (email, full_name, role, password_hash) VALUES
  ('demo.supervisor@brightwellfs.com', 'Demo Supervisor', 'supervisor', '$2b$12$@@h1@@'),
  ('demo.lead@brightwellfs.com', 'Demo Crew Lead', 'crew_lead', '$2b$12$@@h2@@'),
  ('demo.client@example.com', 'Demo Client', 'client_viewer', '$2b$12$@@h3@@');

UPDATE users SET must_change_password = true WHERE email LIKE 'demo.%';
''', h1=pick(ALNUM + "./", 53), h2=pick(ALNUM + "./", 53), h3=pick(ALNUM + "./", 53))

add("sql/decoy-key-digests", "db/migrations/0042_api_keys.sql",
    "Storing API keys as SHA-256 digests with a display prefix", '''
CREATE TABLE api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    integer NOT NULL REFERENCES tenants(id),
    label        text NOT NULL,
    prefix       char(12) NOT NULL,
    key_sha256   char(64) NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

-- keys issued before the migration, carried over as digests
INSERT INTO api_keys (tenant_id, label, prefix, key_sha256) VALUES
  (1, 'client portal', 'bwk_live_q3F', '@@d1@@'),
  (1, 'BI export', 'bwk_live_Z8c', '@@d2@@'),
  (4, 'kiosk sync', 'bwk_live_1Lm', '@@d3@@');
''', d1=hexs(64), d2=hexs(64), d3=hexs(64))

_FC = {"ridgeview-medical": 112, "lakeshore-tower": 87, "dunmore-logistics": 203}
_badges = "\n".join(
    f"{r.randint(1000, 9999)},{campus},{_FC[campus]},{card},{(_FC[campus] << 17) | (card << 1):07X},"
    f"2024-0{r.randint(1, 6)}-{r.randint(10, 28)},{r.choice(['active', 'active', 'active', 'suspended'])}"
    for r in [_rng()] for _ in range(14)
    for campus, card in [(r.choice(sorted(_FC)), r.randint(10000, 65000))])
add("csv/decoy-badge-export", "access/exports/badges_2024-06.csv",
    "HID H10301 badge exports (facility code, card number, raw hex) from an access panel", '''
employee_id,campus,facility_code,card_number,raw_hex,issued,status
@@rows@@
''', rows=_badges)

_tc = "\n".join(
    f"{fakes.uuid4(_seed())},{r.randint(1000, 9999)},{r.choice(['ridgeview-medical', 'lakeshore-tower', 'cityside-library'])},"
    f"2024-06-1{r.randint(0, 9)}T0{r.randint(1, 5)}:{r.randint(10, 59)}:00Z,"
    f"{''.join(r.choice('0123456789bcdefghjkmnpqrstuvwxyz') for _ in range(9))},{r.choice(['geofence', 'kiosk', 'manual'])},"
    f"{r.randint(0, 1)}"
    for r in [_rng()] for _ in range(12))
add("csv/decoy-checkin-ids", "reports/checkins_week24.csv",
    "Time-and-attendance export: check-in ids (UUID), geohashes, methods", '''
checkin_id,employee_id,site,checked_in_at,geohash,method,late
@@rows@@
''', rows=_tc)

_chem = "\n".join(
    f"{sku},{name},{r.randint(10**11, 10**12 - 1)},{r.choice(['SDS-', 'MSDS-'])}{r.randint(100000, 999999)},"
    f"{dil},{r.randint(1, 40)},{r.randint(2, 12)}"
    for r in [_rng()]
    for sku, name, dil in [("JS-10442", "Neutral floor cleaner", "1:256"), ("JS-10918", "Quat disinfectant", "1:64"),
                           ("JS-11207", "Glass cleaner RTU", "RTU"), ("JS-11530", "Bowl cleaner 9.5% HCl", "RTU"),
                           ("JS-12011", "Heavy-duty degreaser", "1:32"), ("PL-40010", "Can liner 40x46 1.5mil", "n/a"),
                           ("PL-40022", "Roll towel 800ft", "n/a")])
add("csv/decoy-inventory", "procurement/chemical_inventory.csv",
    "Consumables inventory export: SKUs, UPC barcodes, SDS numbers, dilution ratios", '''
sku,description,upc,sds_number,dilution,on_hand,reorder_point
@@rows@@
''', rows=_chem)

add("log/decoy-telemetry-log", "logs/telemetry-writer-2024-05-14.log",
    "Structured service log with request, trace and run identifiers", '''
{"ts":"2024-05-14T03:00:00.112Z","level":"info","msg":"connected","broker":"telemetry.scrubtrack.io:8883","client_id":"ingest-01"}
{"ts":"2024-05-14T03:00:04.921Z","level":"info","msg":"point written","serial":"T7AMR-0041872","run_id":"@@r1@@","trace_id":"@@t1@@"}
{"ts":"2024-05-14T03:00:09.337Z","level":"info","msg":"point written","serial":"NEO2-1104","run_id":"@@r2@@","trace_id":"@@t2@@"}
{"ts":"2024-05-14T03:00:14.018Z","level":"warn","msg":"late point dropped","serial":"T380AMR-0007731","age_s":912,"trace_id":"@@t3@@"}
{"ts":"2024-05-14T03:00:19.650Z","level":"info","msg":"firmware reported","serial":"NEO2-1104","version":"3.8.0","sha256":"@@fw@@"}
{"ts":"2024-05-14T03:01:00.002Z","level":"info","msg":"flush","points":412,"bucket":"fleet"}
''', r1=uuid_s(), r2=uuid_s(), t1=hexs(32), t2=hexs(32), t3=hexs(32), fw=hexs(64))

add("log/decoy-redacted", "logs/crewdesk-app-2024-06-02.log",
    "Application log with credentials redacted by a logging filter", '''
2024-06-02 01:00:00,004 INFO  crewdesk.tasks run deputy_sync
2024-06-02 01:00:00,231 DEBUG integrations.deputy GET /api/v1/supervise/roster/2024-06-02 headers={'Authorization': 'OAuth [REDACTED]'}
2024-06-02 01:00:01,880 INFO  integrations.deputy 212 shifts, 4 open
2024-06-02 01:05:00,010 INFO  crewdesk.tasks run stripe_invoice_status
2024-06-02 01:05:00,114 DEBUG billing.stripe using key sk_live_51****************************Qx7d
2024-06-02 01:05:02,553 INFO  billing.stripe 38 invoices checked, 5 paid
2024-06-02 01:10:00,006 WARNING notifications.sms twilio 429, retry in 30s (token ***)
2024-06-02 01:10:30,441 INFO  notifications.sms 61 reminders sent
''')

add("log/decoy-access-log", "logs/nginx-access-portal.log",
    "nginx combined access log with request ids and OAuth state parameters", '''
10.0.3.14 - - [14/May/2024:08:01:22 +0000] "GET /portal/invoices HTTP/1.1" 200 18211 "-" "Mozilla/5.0" rid=@@r1@@
10.0.3.14 - - [14/May/2024:08:01:25 +0000] "GET /portal/invoices/INV-2024-0412 HTTP/1.1" 200 9022 "-" "Mozilla/5.0" rid=@@r2@@
10.0.7.2 - - [14/May/2024:08:02:10 +0000] "GET /qbo/callback?code=&state=@@state@@&realmId=9130357421185906 HTTP/1.1" 400 112 "-" "Mozilla/5.0" rid=@@r3@@
10.0.3.19 - - [14/May/2024:08:03:41 +0000] "POST /webhooks/stripe HTTP/1.1" 204 0 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rid=@@r4@@
10.0.3.19 - - [14/May/2024:08:03:42 +0000] "GET /static/app.@@build@@.js HTTP/1.1" 200 412388 "-" "Mozilla/5.0" rid=@@r5@@
''', r1=hexs(32), r2=hexs(32), state=hexs(32), r3=hexs(32), r4=hexs(32), build=hexs(20), r5=hexs(32))

add("ssh/decoy-public-keys", "deploy/authorized_keys",
    "OpenSSH docs: authorized_keys (public keys only)", '''
# deploy user on crewdesk-app-01/02 - public keys only, private keys stay with each person
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ marisol@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ andre@ops-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ github-actions-deploy
from="10.0.0.0/8" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ backup@nas01
''', k1=pick(ALNUM + "+/", 44), k2=pick(ALNUM + "+/", 44), k3=pick(ALNUM + "+/", 342), k4=pick(ALNUM + "+/", 44))

add("pem/decoy-certificate", "deploy/nginx/tls/robots-chain.crt",
    "RFC 7468: PEM certificates (public, served to every client)", '''
-----BEGIN CERTIFICATE-----
@@c1@@
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
@@c2@@
-----END CERTIFICATE-----
''', c1=cert_body(14), c2=cert_body(12))

add("nginx/decoy-htpasswd-reference", "deploy/nginx/grafana.conf",
    "nginx docs: auth_basic_user_file (hashes live in a separate file)", '''
server {
    listen 443 ssl;
    server_name grafana.brightwell.internal;

    ssl_certificate     /etc/nginx/tls/grafana.crt;
    ssl_certificate_key /etc/nginx/tls/grafana.key;

    auth_basic           "Ops only";
    auth_basic_user_file /etc/nginx/htpasswd/grafana;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
        proxy_set_header Authorization "";
    }
}
''')
