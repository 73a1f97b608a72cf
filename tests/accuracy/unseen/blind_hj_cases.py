"""Blind set HJ: sign makers and print shops.

Large-format printer fleets (HP Latex, Roland, Mimaki, Epson), RIP servers (Onyx, Caldera, Fiery),
web-to-print storefronts, design file transfers (SFTP, WeTransfer, Dropbox, S3), payments,
shipping and the shop's IT: code, configs, CI, containers, runbooks, exports and logs, and decoys.
Generated fakes only (seeds 2820000-2829999).
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
SEED_LO, SEED_HI = 2820000, 2829999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Vinyl", "Banner", "Magenta", "Cyan", "Gloss", "Matte", "Easel", "Stencil", "Laminate", "Grommet",
         "Foamcore", "Plotter", "Squeegee", "Acrylic", "Decal", "Mesh", "Canvas", "Bleed", "Proof", "Kerning"]
LOWER = ["ink", "roller", "sheet", "spool", "margin", "pixel", "varnish", "ribbon", "cutter", "easel",
         "poster", "sticker", "mounting", "fabric", "pantone", "crop"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
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


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def square() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def shopify(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def dropbox() -> str:
    return "sl." + fakes.drawn(_seed(), 135, ALNUM + "-_")


def mailgun() -> str:
    return "key-" + hexs(32)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return base64.b64encode(random.Random(_seed()).randbytes(64)).decode()


def gcp_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def shippo() -> str:
    return "shippo_live_" + hexs(40)


def easypost() -> str:
    return "EZAK" + hexs(54)


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def digitalocean() -> str:
    return "dop_v1_" + hexs(64)


def mailchimp() -> str:
    return hexs(32) + "-us14"


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"%s","iat":1733011200}' % uuid_s()).encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-hj/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env and shell

add("env/stripe-secret-key", "storefront/.env.production", "https://docs.stripe.com/keys", """
# Web-to-print storefront (orders.brightsigns.co)
APP_ENV=production
APP_URL=https://orders.brightsigns.co
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
ORDER_UPLOAD_BUCKET=brightsigns-artwork-prod
MAX_ARTWORK_MB=500
""", stripe(), pk=stripe("pk_live_"))

add("env/smtp-password", "proofing/.env", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
PROOF_MAILER_FROM=proofs@cornerstoneprint.com
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_USE_TLS=true
EMAIL_HOST_USER=proofs@cornerstoneprint.com
EMAIL_HOST_PASSWORD=@@secret@@
PROOF_LINK_TTL_HOURS=72
""", words_pw())

add("env/shopify-admin-token", "shopify-sync/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
SHOPIFY_STORE=signcraft-supply.myshopify.com
SHOPIFY_API_VERSION=2024-07
SHOPIFY_ADMIN_TOKEN=@@secret@@
SYNC_PRODUCT_TYPES=banner,yard-sign,decal,a-frame
SYNC_INTERVAL_MIN=15
""", shopify())

add("env/dropbox-token", "artwork-intake/.env.local", "https://www.dropbox.com/developers/documentation/http/documentation", """
# Pulls customer artwork from the shared "Incoming Art" Dropbox folder into the RIP hot folder
DROPBOX_ROOT=/Incoming Art
DROPBOX_ACCESS_TOKEN=@@secret@@
HOTFOLDER=\\\\rip01\\Onyx\\HotFolders\\Latex800W
POLL_SECONDS=60
""", dropbox())

add("env/aws-secret-key", "deploy/proof-renderer.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
AWS_REGION=us-east-2
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
PROOF_BUCKET=metro-sign-proofs
GHOSTSCRIPT_BIN=/usr/bin/gs
RENDER_DPI=150
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell/ftp-password", "scripts/push_to_rip.sh", "https://linux.die.net/man/1/lftp", """
#!/usr/bin/env bash
# Push approved print-ready PDFs to the Caldera RIP's FTP hot folder
set -euo pipefail
SRC=/srv/approved/$(date +%F)
lftp -u ripfeed,@@secret@@ ftp://10.20.0.15 <<'CMDS'
mirror -R --only-newer "$SRC" /hotfolders/vutek-h5
bye
CMDS
echo "pushed $(ls "$SRC" | wc -l) jobs"
""", rand_pw(14))

add("shell/mysql-password", "scripts/backup_orders.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/sh
# Nightly dump of the web-to-print order database (cron 02:30)
STAMP=$(date +%Y%m%d)
mysqldump -h db.printhub.internal -u w2p_backup -p'@@secret@@' \\
  --single-transaction printhub_orders | gzip > /backups/orders-$STAMP.sql.gz
find /backups -name 'orders-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/printer-admin-password", "scripts/pull_latex_counters.sh", "https://curl.se/docs/manpage.html", """
#!/usr/bin/env bash
# Read ink and media counters from the HP Latex 700 embedded web server for the job-costing sheet
PRINTERS="10.20.1.31 10.20.1.32"
for ip in $PRINTERS; do
  curl -sk -u admin:@@secret@@ "https://$ip/hp/device/webAccess/index.htm?content=usage" \\
    -o "/var/lib/counters/$ip-$(date +%F).html"
done
""", rand_pw(12))

add("shell/slack-webhook", "scripts/notify_queue.sh", "https://api.slack.com/messaging/webhooks", """
#!/bin/bash
# Post the RIP queue depth to #production every hour
DEPTH=$(ls /mnt/rip/queue/*.pdf 2>/dev/null | wc -l)
HOOK="@@secret@@"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"RIP queue: $DEPTH jobs waiting\\"}" "$HOOK"
""", slack_webhook())

add("shell/sftp-password", "ops/fetch_wholesale_orders.sh", "https://linux.die.net/man/1/sshpass", """
#!/usr/bin/env bash
# Pick up trade orders dropped by our wholesale partner (4over-style drop box)
set -e
cd /srv/trade-orders/inbox
export SSHPASS='@@secret@@'
sshpass -e sftp -oBatchMode=no trade_bright@sftp.tradeprintpartner.com <<EOF
get -r outgoing/*.zip
EOF
unzip -o '*.zip' && rm -f *.zip
""", words_pw())

add("powershell/smb-password", "it/Map-RipShares.ps1", "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbmapping", """
# Maps the RIP hot folders on the production workstations (run at logon via GPO)
$Server = "RIP01"
$User = "PRINTSHOP\\svc_hotfolder"
$Pass = "@@secret@@"
New-SmbMapping -LocalPath "R:" -RemotePath "\\\\$Server\\HotFolders" -UserName $User -Password $Pass -Persistent $true
New-SmbMapping -LocalPath "S:" -RemotePath "\\\\$Server\\Spool" -UserName $User -Password $Pass -Persistent $true
Write-Host "RIP shares mapped on $env:COMPUTERNAME"
""", words_pw())

add("powershell/azure-client-secret", "it/Sync-M365Mailboxes.ps1", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
param([string]$Report = "C:\\Reports\\mailboxes.csv")
$TenantId = "@@tenant@@"
$ClientId = "@@client@@"
$ClientSecret = "@@secret@@"
$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"
           client_id = $ClientId; client_secret = $ClientSecret }
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
$users = Invoke-RestMethod -Headers @{ Authorization = "Bearer $($tok.access_token)" } -Uri "https://graph.microsoft.com/v1.0/users"
$users.value | Select-Object displayName, mail | Export-Csv $Report -NoTypeInformation
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("powershell/sql-password", "it/Export-JobTickets.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """
# Weekly export of completed job tickets from the MIS (PrintSmith-style SQL backend)
Import-Module SqlServer
$query = "SELECT TicketNo, Customer, Substrate, SqFt, CompletedOn FROM dbo.JobTickets WHERE CompletedOn > DATEADD(day,-7,GETDATE())"
Invoke-Sqlcmd -ServerInstance "MIS-SQL\\PRINTMIS" -Database "PrintMIS" -Username "report_ro" -Password "@@secret@@" -Query $query |
  Export-Csv "\\\\fs01\\Accounting\\tickets-$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
""", words_pw())

add("dockerfile/npm-token", "storefront/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && \\
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm())

add("dockerfile/database-password", "rip-bridge/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv/rip-bridge
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV RIP_API=http://onyx-thrive.local:8080 \\
    DATABASE_URL=postgresql://ripbridge:@@secret@@@pg.shop.lan:5432/production
CMD ["python", "-m", "rip_bridge"]
""", rand_pw(16))

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: w2p
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: webtoprint
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
""", rand_pw(18))

add("compose/redis-password", "compose.proof-queue.yaml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
  worker:
    image: ghcr.io/cornerstoneprint/proof-worker:2.3
    environment:
      CELERY_BROKER_URL: redis://:@@secret@@@redis:6379/0
      PREFLIGHT_PROFILE: PDFX4
""", fakes.redis_password(_seed()))

add("compose/minio-secret", "nas/docker-compose.yml", "https://min.io/docs/minio/container/index.html", """
version: "3.8"
services:
  minio:
    image: minio/minio:RELEASE.2024-06-13T22-53-53Z
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=artvault
      - MINIO_ROOT_PASSWORD=@@secret@@
    volumes:
      - /volume1/artwork:/data
    ports:
      - "9000:9000"
      - "9001:9001"
""", rand_pw(24))

add("python/stripe-restricted-key", "w2p/payments/refunds.py", "https://docs.stripe.com/keys#limit-access", """
import stripe

# restricted key: refunds + charges read only (created for the front counter tablet)
stripe.api_key = "@@secret@@"


def refund_reprint(payment_intent: str, cents: int, ticket: str) -> str:
    refund = stripe.Refund.create(payment_intent=payment_intent, amount=cents,
                                  metadata={"job_ticket": ticket, "reason": "reprint"})
    return refund.id
""", stripe("rk_live_"))

add("python/square-access-token", "pos/square_sync.py", "https://developer.squareup.com/docs/build-basics/access-tokens", """
from square.client import Client

client = Client(
    access_token="@@secret@@",
    environment="production",
)


def counter_sales(location_id: str, begin: str, end: str):
    result = client.orders.search_orders(body={"location_ids": [location_id],
        "query": {"filter": {"date_time_filter": {"closed_at": {"start_at": begin, "end_at": end}}}}})
    return result.body.get("orders", [])
""", square())

add("python/sendgrid-api-key", "proofing/notify.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SG = SendGridAPIClient("@@secret@@")


def proof_ready(to: str, job: str, link: str) -> int:
    msg = Mail(from_email="proofs@signworks.io", to_emails=to,
               subject=f"Your proof for job {job} is ready",
               html_content=f'<p>Please approve your proof: <a href="{link}">{link}</a></p>')
    return SG.send(msg).status_code
""", sendgrid())

add("python/smtp-password", "mis/mailer.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.gmail.com"
SMTP_USER = "invoices@quickbannerprint.com"
SMTP_PASS = "@@secret@@"  # Google app password


def send_invoice(to: str, pdf: bytes, number: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Invoice {number}"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{number}.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/sftp-password", "transfer/pull_trade_art.py", "https://docs.paramiko.org/en/stable/api/transport.html", """
import paramiko

HOST, PORT = "files.bigprintwholesale.com", 22


def pull(remote_dir: str, local_dir: str) -> int:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username="bright_signs", password="@@secret@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    names = sftp.listdir(remote_dir)
    for name in names:
        sftp.get(f"{remote_dir}/{name}", f"{local_dir}/{name}")
    transport.close()
    return len(names)
""", words_pw())

add("python/shippo-token", "shipping/labels.py", "https://docs.goshippo.com/docs/guides_general/authentication/", """
import shippo
from shippo.models import components

api = shippo.Shippo(api_key_header="ShippoToken @@secret@@")


def label_for(order):
    # Rolled banners ship in tubes: 40 x 4 x 4 in
    parcel = components.ParcelCreateRequest(length="40", width="4", height="4", distance_unit="in",
                                            weight=str(order.weight_lb), mass_unit="lb")
    return api.shipments.create(components.ShipmentCreateRequest(
        address_from=order.shop_address, address_to=order.ship_to, parcels=[parcel]))
""", shippo())

add("python/easypost-key", "shipping/easypost_rates.py", "https://docs.easypost.com/docs/authentication", """
import easypost

client = easypost.EasyPostClient("@@secret@@")


def cheapest_rate(to_address: dict, weight_oz: float):
    shipment = client.shipment.create(
        from_address={"company": "Metro Sign & Graphics", "street1": "410 Industrial Pkwy",
                      "city": "Dayton", "state": "OH", "zip": "45414"},
        to_address=to_address,
        parcel={"length": 48, "width": 6, "height": 6, "weight": weight_oz},
    )
    return shipment.lowest_rate()
""", easypost())

add("python/postgres-password", "w2p/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["print.cityblockgraphics.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "w2p",
        "USER": "w2p_app",
        "PASSWORD": "@@secret@@",
        "HOST": "w2p-db.c9xk2lq1.us-east-1.rds.amazonaws.com",
        "PORT": "5432",
    }
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 50 * 1024 * 1024
""", words_pw())

add("python/django-secret-key", "w2p/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = "@@secret@@"
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.staticfiles",
    "catalog", "quotes", "artwork", "orders",
]
MEDIA_ROOT = BASE_DIR / "uploads"
""", fakes.django_secret_key(_seed()))

add("python/telegram-bot-token", "bots/production_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import requests

TOKEN = "@@secret@@"
CHAT_ID = -1001934220871  # "Print floor" group


def say(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)


if __name__ == "__main__":
    say("Roland VG3-640: cyan low (12%), swap before the fleet-wrap job")
""", fakes.telegram_token(_seed()))

add("python/openai-key", "tools/quote_assistant.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "You estimate sign jobs. Given the customer's email, list substrate, size, quantity, finishing."


def draft_quote(email_body: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": PROMPT}, {"role": "user", "content": email_body}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

_k = hexs(40)
add("python/rip-api-key", "rip/onyx_client.py", "https://www.onyxgfx.com/", """
import requests

# Onyx Thrive job API (RIP01). Key split so the old grep hook would not flag it.
_KEY = ("@@a@@"
        "@@b@@")
BASE = "http://rip01.shop.lan:8686/api/v1"


def submit(pdf_path: str, printer: str, media: str) -> str:
    with open(pdf_path, "rb") as fh:
        r = requests.post(f"{BASE}/jobs", headers={"X-Api-Key": _KEY},
                          files={"file": fh}, data={"printer": printer, "media": media})
    r.raise_for_status()
    return r.json()["jobId"]
""", _k, a=_k[:20], b=_k[20:])

add("python/aws-secret-key", "transfer/s3_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def presign_artwork_upload(order_id: str, filename: str) -> str:
    return s3.generate_presigned_url("put_object", Params={
        "Bucket": "signshop-artwork", "Key": f"orders/{order_id}/{filename}"}, ExpiresIn=3600)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/paypal-secret", "w2p/payments/paypal.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

PAYPAL_CLIENT_ID = "@@cid@@"
PAYPAL_SECRET = "@@secret@@"
API = "https://api-m.paypal.com"


def token() -> str:
    r = requests.post(f"{API}/v1/oauth2/token", auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=15)
    return r.json()["access_token"]
""", paypal_secret(), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("python/mongodb-password", "analytics/order_stats.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
from pymongo import MongoClient

client = MongoClient("mongodb+srv://stats:@@secret@@@cluster0.x7kq2.mongodb.net/?retryWrites=true")
orders = client["printshop"]["orders"]


def sqft_by_substrate(month: str):
    return list(orders.aggregate([
        {"$match": {"month": month}},
        {"$group": {"_id": "$substrate", "sqft": {"$sum": "$sqft"}}},
        {"$sort": {"sqft": -1}},
    ]))
""", rand_pw(16))

add("python/ldap-bind-password", "it/ad_sync.py", "https://ldap3.readthedocs.io/en/latest/bind.html", """
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.signshop.local", get_info=ALL)
conn = Connection(server, user="CN=svc-timeclock,OU=Service,DC=signshop,DC=local",
                  password="@@secret@@", auto_bind=True)

conn.search("OU=Production,DC=signshop,DC=local", "(objectClass=user)",
            attributes=["sAMAccountName", "department", "employeeID"])
for entry in conn.entries:
    print(entry.sAMAccountName, entry.department, entry.employeeID)
""", words_pw())

add("python/twilio-auth-token", "notify/sms_pickup.py", "https://www.twilio.com/docs/iam/credentials/api", """
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def ready_for_pickup(phone: str, job: str) -> str:
    m = client.messages.create(to=phone, from_="+19375550142",
                               body=f"Your signs for job {job} are ready for pickup at Metro Sign.")
    return m.sid
""", hexs(32), sid=twilio_sid())

add("k8s-secret/stripe-secret-key", "k8s/w2p/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: w2p-stripe
  namespace: storefront
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", (_sk := stripe()), enc=b64(_sk))

add("k8s-secret/database-url", "k8s/mis/db-credentials.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: mis-db
  namespace: mis
  labels:
    app: job-tracker
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", (_pw := words_pw()), enc=b64(f"mysql://tracker:{_pw}@mis-mysql.mis.svc:3306/jobtracker"))

add("k8s-secret/sftp-password", "k8s/transfer/sftp-secret.yml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: trade-sftp
  namespace: transfer
stringData:
  SFTP_HOST: files.bigprintwholesale.com
  SFTP_USER: bright_signs
  SFTP_PASSWORD: "@@secret@@"
""", rand_pw(15, "!#%"))

add("k8s-secret/dockerconfig-password", "k8s/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: harbor-pull
  namespace: production
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_pw2 := rand_pw(20)), enc=b64('{"auths":{"harbor.signshop.lan":{"username":"robot$ci","password":"%s","auth":"%s"}}}' % (_pw2, b64("robot$ci:" + _pw2))))

add("yaml/rip-server-password", "config/rip-bridge.yaml", "https://www.caldera.com/", """
rip:
  vendor: caldera
  host: caldera-rip.shop.lan
  port: 12090
  username: operator
  password: "@@secret@@"
  queues:
    - name: vutek-h5
      media: 3mm-alu-composite
    - name: mimaki-ujf
      media: acrylic-clear
poll_interval: 30s
""", words_pw())

add("yaml/gitlab-token", "config/release.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
# release helper for the plotter-driver package
gitlab:
  url: https://gitlab.signworks.io
  project: shop/plotter-driver
  private_token: @@secret@@
release:
  tag_prefix: v
  changelog: CHANGELOG.md
""", gitlab())

add("github-actions/pypi-token", ".github/workflows/publish.yml", "https://pypi.org/help/#apitoken", """
name: publish
on:
  push:
    tags: ["v*"]
jobs:
  pypi:
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

add("github-actions/ssh-password", ".github/workflows/deploy-kiosk.yml", "https://github.com/appleboy/ssh-action", """
name: deploy showroom kiosk
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: kiosk.showroom.cityblockgraphics.com
          username: pi
          password: "@@secret@@"
          script: |
            cd /opt/sample-viewer && git pull && sudo systemctl restart sample-viewer
""", words_pw())

add("github-actions/aws-secret-key", ".github/workflows/sync-proofs.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: nightly proof cleanup
on:
  schedule:
    - cron: "0 6 * * *"
jobs:
  clean:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: us-east-2
      - run: aws s3 rm s3://metro-sign-proofs/expired/ --recursive
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/snmp-auth-password", "ansible/group_vars/printers.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/snmp_facts_module.html", """
---
# Wide-format fleet, polled for ink levels and page counts
printer_models:
  - hp-latex-800w
  - epson-surecolor-s80600
  - roland-truevis-vg3
snmp_version: v3
snmp_user: inkwatch
snmp_auth_protocol: sha
snmp_auth_password: "@@secret@@"
snmp_privacy_protocol: aes
ews_admin_user: admin
""", rand_pw(16))

add("ansible/windows-admin-password", "ansible/inventory/production-pcs.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """
[designers]
design-01.signshop.local
design-02.signshop.local
design-03.signshop.local

[rip_servers]
rip01.signshop.local

[windows:children]
designers
rip_servers

[windows:vars]
ansible_user=SIGNSHOP\\ansible-svc
ansible_password=@@secret@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
""", words_pw())

add("terraform/database-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "w2p" {
  identifier          = "w2p-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "w2p_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  backup_retention_period = 14
  tags = {
    app = "web-to-print"
  }
}
""", rand_pw(22))

add("terraform/digitalocean-token", "infra/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_spaces_bucket" "artwork" {
  name   = "cornerstone-artwork"
  region = "nyc3"
}
""", digitalocean())

add("terraform/cloudflare-token", "infra/dns/main.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "orders" {
  zone_id = "4f2b9c0e7a1d4e8f9b3c6a5d2e1f0a9b"
  name    = "orders"
  content = "w2p-alb-1234567890.us-east-1.elb.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/azure-storage-key", "infra/backup/terraform.tfvars", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", """
location             = "eastus2"
resource_group       = "rg-printshop-backup"
storage_account_name = "stsignshopbackup"
storage_account_key  = "@@secret@@"
container_name       = "rip-job-archive"
retention_days       = 180
""", azure_storage_key())

add("json/printer-admin-password", "config/fleet.json", "https://www.hp.com/us-en/shop/tech-takes/what-is-embedded-web-server", """
{
  "fleet": [
    {"name": "latex-800w-a", "ip": "10.20.1.31", "model": "HP Latex 800 W"},
    {"name": "latex-800w-b", "ip": "10.20.1.32", "model": "HP Latex 800 W"},
    {"name": "surecolor-s80600", "ip": "10.20.1.40", "model": "Epson SureColor S80600"}
  ],
  "ews": {
    "user": "admin",
    "password": "@@secret@@",
    "verify_tls": false
  },
  "poll_minutes": 10
}
""", rand_pw(12))

add("json/mailgun-key", "proofing/config/mail.json", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
{
  "provider": "mailgun",
  "domain": "mg.signworks.io",
  "apiKey": "@@secret@@",
  "from": "Signworks Proofs <proofs@signworks.io>",
  "templates": {"proof_ready": "proof-ready-v3", "shipped": "order-shipped"}
}
""", mailgun())

add("json/service-account-key", "gcp/drive-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "signshop-drive-sync",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@",
  "client_email": "drive-sync@signshop-drive-sync.iam.gserviceaccount.com",
  "client_id": "104857263910482736155",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_pk := fakes.fake_pem(_seed(), "")).split("\n")[1], kid=hexs(40), escaped=_pk.replace("-----BEGIN  PRIVATE", "-----BEGIN PRIVATE").replace("-----END  PRIVATE", "-----END PRIVATE").replace("\n", "\\n") + "\\n")

add("json/shopify-api-secret", "shopify-app/shopify.app.secrets.json", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets", """
{
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "scopes": "read_orders,write_fulfillments,read_products",
  "application_url": "https://proof-approvals.signcraft.app",
  "redirect_urls": ["https://proof-approvals.signcraft.app/auth/callback"]
}
""", shopify("shpss_"), cid=hexs(32))

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "storefront live",
    "host": "ftp.quickbannerprint.com",
    "protocol": "ftp",
    "port": 21,
    "username": "qbp_web",
    "password": "@@secret@@",
    "remotePath": "/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
""", words_pw())

add("json/dropbox-app-secret", "artwork-intake/dropbox_app.json", "https://developers.dropbox.com/oauth-guide", """
{
  "app_name": "Cornerstone Art Intake",
  "app_key": "@@key@@",
  "app_secret": "@@secret@@",
  "refresh_token": "@@rt@@",
  "watch_folder": "/Apps/Cornerstone Art Intake"
}
""", fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits), key=fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits), rt=fakes.drawn(_seed(), 64, ALNUM))

add("toml/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("toml/anthropic-key", "tools/copywriter/config.toml", "https://docs.anthropic.com/en/api/getting-started", """
[llm]
provider = "anthropic"
model = "claude-3-5-sonnet-latest"
api_key = "@@secret@@"
max_tokens = 800

[prompts]
tagline = "Write three short taglines for a storefront sign for: {business}"
""", anthropic())

add("toml/netlify-token", "storefront/netlify-deploy.toml", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", """
[deploy]
site_id = "@@site@@"
auth_token = "@@secret@@"
dir = "dist"

[build.environment]
NODE_VERSION = "20"
""", "nfp_" + fakes.drawn(_seed(), 36, ALNUM), site=uuid_s())

add("ini/ftp-password", "rip/hotfolder-relay.ini", "https://docs.python.org/3/library/configparser.html", """
[relay]
watch = D:\\Jobs\\Approved
interval = 20

[ftp]
host = 192.168.40.12
user = vutek
passwd = @@secret@@
remote = /hotfolders/h5-queue

[log]
file = D:\\Logs\\relay.log
""", rand_pw(10))

add("ini/mysql-password", "mis/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
host=mis-db.signshop.local
user=estimator
password="@@secret@@"
database=estimating

[mysqldump]
single-transaction
""", words_pw())

add("ini/printer-smtp-password", "printers/epson-s80600-scan-to-email.cfg", "https://epson.com/", """
; exported from Epson Web Config (scan-to-email)
[Email Server]
Authentication=SMTP-AUTH
SMTPServer=smtp.office365.com
Port=587
Secure=STARTTLS
AccountName=scanner@metrosign.com
Password=@@secret@@
SenderAddress=scanner@metrosign.com
""", words_pw())

add("properties/database-password", "mis-api/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
server.port=8443
spring.datasource.url=jdbc:sqlserver://mis-sql.signshop.local:1433;databaseName=PrintMIS
spring.datasource.username=mis_api
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
mis.jobs.default-substrate=13oz-vinyl
""", words_pw())

add("properties/smtp-password", "estimator/src/main/resources/mail.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
estimator.mail.from=quotes@cityblockgraphics.com
""", sendgrid())

add("go/rip-api-password", "cmd/queuewatch/main.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """
package main

import (
	"fmt"
	"net/http"
	"time"
)

const fieryHost = "https://fiery-vutek.shop.lan"

func main() {
	for range time.Tick(30 * time.Second) {
		req, _ := http.NewRequest("GET", fieryHost+"/live/api/v5/jobs?state=printing", nil)
		req.SetBasicAuth("queuewatch", "@@secret@@")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println("fiery unreachable:", err)
			continue
		}
		resp.Body.Close()
	}
}
""", words_pw())

add("go/stripe-secret-key", "internal/billing/stripe.go", "https://github.com/stripe/stripe-go", """
package billing

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/paymentintent"
)

func init() {
	stripe.Key = "@@secret@@"
}

func Deposit(orderID string, cents int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(cents), Currency: stripe.String("usd")}
	params.AddMetadata("order_id", orderID)
	return paymentintent.New(params)
}
""", stripe())

add("go/redis-password", "internal/cache/redis.go", "https://redis.uptrace.dev/guide/go-redis.html", """
package cache

import "github.com/redis/go-redis/v9"

func NewProofCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.20.0.9:6379",
		Password: "@@secret@@",
		DB:       2,
	})
}
""", fakes.redis_password(_seed()))

add("java/sftp-password", "transfer/src/main/java/com/metrosign/transfer/ArtworkPuller.java", "http://www.jcraft.com/jsch/", """
package com.metrosign.transfer;

import com.jcraft.jsch.*;

public class ArtworkPuller {
    private static final String HOST = "sftp.metrosign.com";
    private static final String USER = "artdrop";
    private static final String PASS = "@@secret@@";

    public void pull(String remote, String local) throws Exception {
        Session s = new JSch().getSession(USER, HOST, 22);
        s.setPassword(PASS);
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect();
        ChannelSftp ch = (ChannelSftp) s.openChannel("sftp");
        ch.connect();
        ch.get(remote + "/*.pdf", local);
        ch.disconnect();
        s.disconnect();
    }
}
""", words_pw())

add("java/jdbc-password", "mis-api/src/main/java/com/signshop/mis/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package com.signshop.mis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL =
        "jdbc:postgresql://pg.shop.lan:5432/jobs?user=jobs_api&password=@@secret@@&ssl=false";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(14))

add("kotlin/square-access-token", "pos-android/app/src/main/java/com/quickbanner/pos/SquareConfig.kt", "https://developer.squareup.com/docs/build-basics/access-tokens", """
package com.quickbanner.pos

object SquareConfig {
    const val APPLICATION_ID = "sq0idp-@@appid@@"
    const val LOCATION_ID = "L8K2QW9XZ1PRT"
    // TODO move server side before v2
    const val ACCESS_TOKEN = "@@secret@@"
    const val ENV = "production"
}
""", square(), appid=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("kotlin/sendgrid-api-key", "estimator/src/main/kotlin/com/citygfx/estimator/Mail.kt", "https://github.com/sendgrid/sendgrid-java", """
package com.citygfx.estimator

import com.sendgrid.SendGrid
import com.sendgrid.Request
import com.sendgrid.Method

private val sg = SendGrid("@@secret@@")

fun sendQuote(json: String): Int {
    val req = Request().apply { method = Method.POST; endpoint = "mail/send"; body = json }
    return sg.api(req).statusCode
}
""", sendgrid())

add("json/sql-connection-string", "ShopFloor/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "ConnectionStrings": {
    "Mis": "Server=MIS-SQL\\\\PRINTMIS;Database=PrintMIS;User Id=shopfloor;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Printers": {
    "PollSeconds": 20,
    "Fleet": ["LATEX-A", "LATEX-B", "VUTEK-H5", "MIMAKI-UJF"]
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
""", words_pw())

add("csharp/smtp-password", "ShopFloor/Services/ProofMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace ShopFloor.Services;

public class ProofMailer
{
    private readonly SmtpClient _smtp = new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("proofs@metrosign.com", "@@secret@@")
    };

    public void Send(string to, string job, string link) =>
        _smtp.Send("proofs@metrosign.com", to, $"Proof ready: {job}", $"Approve here: {link}");
}
""", words_pw())

add("csharp/azure-storage-connection", "ArtVault/Program.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

var conn = "DefaultEndpointsProtocol=https;AccountName=signshopart;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "customer-artwork");
await container.CreateIfNotExistsAsync();

foreach (var path in Directory.GetFiles(args[0], "*.pdf"))
{
    await container.GetBlobClient(Path.GetFileName(path)).UploadAsync(path, overwrite: true);
    Console.WriteLine($"uploaded {path}");
}
""", azure_storage_key())

add("php/stripe-secret-key", "wp-content/plugins/sign-configurator/includes/checkout.php", "https://github.com/stripe/stripe-php", """
<?php
// Sign configurator checkout (size, material, grommets) -> Stripe PaymentIntent
require_once __DIR__ . '/../vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('@@secret@@');

function sc_create_intent(array $cart) {
    $cents = (int) round(sc_cart_total($cart) * 100);
    return \\Stripe\\PaymentIntent::create([
        'amount' => $cents,
        'currency' => 'usd',
        'metadata' => ['sign_size' => $cart['size'], 'material' => $cart['material']],
    ]);
}
""", stripe())

add("php/database-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'signshop_wp' );
define( 'DB_USER', 'signshop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#^*"))

add("php/authorize-net-key", "app/Config/payment.php", "https://developer.authorize.net/api/reference/index.html", """
<?php
return [
    'gateway' => 'authorizenet',
    'sandbox' => false,
    'api_login_id' => '@@login@@',
    'transaction_key' => '@@secret@@',
    'signature_key' => null,
    'capture_on_proof_approval' => true,
];
""", fakes.drawn_mixed(_seed(), 16), login=fakes.drawn_mixed(_seed(), 10))

add("ruby/shopify-admin-token", "lib/tasks/shopify_import.rake", "https://github.com/Shopify/shopify-api-ruby", """
namespace :shopify do
  desc "Import yesterday's sign orders from the Shopify store"
  task import: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "signcraft-supply.myshopify.com",
      access_token: "@@secret@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
    orders = client.get(path: "orders", query: { created_at_min: 1.day.ago.iso8601 }).body["orders"]
    orders.each { |o| Order.import_from_shopify!(o) }
  end
end
""", shopify())

add("ruby/smtp-password", "config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.cornerstoneprint.com",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "order.cornerstoneprint.com" }
end
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("rust/database-url", "print-queue/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const DATABASE_URL: &str = "postgres://queue:@@secret@@@10.20.0.7/print_queue";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect(DATABASE_URL)
        .await
}
""", rand_pw(18))

add("swift/stripe-secret-key", "SignCounter/Sources/Payments/Backend.swift", "https://docs.stripe.com/keys", """
import Foundation

enum Backend {
    static let base = URL(string: "https://api.stripe.com/v1")!
    // counter iPad talks to Stripe directly for now
    static let secretKey = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", stripe())

add("typescript/paypal-secret", "storefront/src/server/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", """
const PAYPAL_API = "https://api-m.paypal.com";
const clientId = "@@cid@@";
const clientSecret = "@@secret@@";

export async function paypalToken(): Promise<string> {
  const auth = Buffer.from(`${clientId}:${clientSecret}`).toString("base64");
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: "POST",
    headers: { Authorization: `Basic ${auth}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return (await res.json()).access_token;
}
""", paypal_secret(), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("typescript/slack-bot-token", "ops-bot/src/index.ts", "https://api.slack.com/authentication/token-types#bot", """
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/reprint", async ({ command, ack, respond }) => {
  await ack();
  await respond(`Reprint queued for job ${command.text} on Latex B`);
});

(async () => { await app.start(3000); })();
""", slack_bot())

add("typescript/firebase-admin-key", "proof-app/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup", """
import * as admin from "firebase-admin";

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "proof-approvals",
    clientEmail: "firebase-adminsdk-x2k9q@proof-approvals.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

export const db = admin.firestore();
""", fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("markdown/printer-admin-password", "docs/runbooks/latex-800w.md", "https://support.hp.com/", """
# HP Latex 800 W: daily runbook

1. Check ink levels on the front panel; order when any cartridge is under 15%.
2. Run the printhead cleaning routine if banding shows in the test plot.
3. Media: load 13oz scrim banner on the left spindle; tension 3.

## Access

| What | Where | Login |
|------|-------|-------|
| Embedded web server | https://10.20.1.31 | admin / `@@secret@@` |
| Print Care app | printer front panel | n/a |

Do not update firmware during a run; schedule it for Sunday.
""", rand_pw(10))

add("markdown/rip-server-password", "docs/handover/2024-11-rip-migration.md", "https://www.onyxgfx.com/", """
# Handover: RIP migration to RIP02 (Nov 2024)

Moved Onyx Thrive from the old Dell tower to RIP02 (Windows Server 2022).

- Thrive license dongle is now on RIP02, USB port at the back.
- Hot folders recreated under D:\\HotFolders (Latex A, Latex B, VUTEk H5).
- Local admin on RIP02: `Administrator` / `@@secret@@`
- Job archive copied to \\\\nas01\\rip-archive (2019-2024).

Open items: printer profiles for the new 3M IJ180 still to be built. -- Dan
""", words_pw())

add("markdown/wifi-password", "docs/it/office-network.md", "https://www.ui.com/", """
# Office network

- ISP: fiber, static IP 203.0.113.40 (router: UniFi Dream Machine)
- VLAN 10 office, VLAN 20 production floor (printers, RIPs, cutters), VLAN 30 guest
- Printers get fixed addresses 10.20.1.30-10.20.1.60

## Wi-Fi

| SSID | VLAN | Key |
|------|------|-----|
| MetroSign-Staff | 10 | @@secret@@ |
| MetroSign-Guest | 30 | ask front desk (rotated monthly) |
""", passphrase())

add("markdown/sftp-password", "README.md", "https://www.ssh.com/academy/ssh/sftp", """
# artwork-intake

Moves customer artwork from our SFTP drop box into the RIP hot folders after preflight.

## Local setup

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export SFTP_HOST=drop.cornerstoneprint.com
export SFTP_USER=intake
export SFTP_PASS='@@secret@@'
python -m intake --once
```

Preflight uses the PDF/X-4 profile from `profiles/`.
""", words_pw())

add("markdown/quickbooks-client-secret", "docs/integrations/quickbooks.md", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
# QuickBooks Online sync

Invoices for completed job tickets are pushed to QBO every night.

App "Signworks MIS Sync" in the Intuit developer portal (production keys):

    Client ID:     AB@@cid@@
    Client Secret: @@secret@@

Redirect URI: https://mis.signworks.io/qbo/callback
Refresh tokens expire after 100 days: reconnect from Settings > Integrations.
""", fakes.drawn_mixed(_seed(), 40), cid=fakes.drawn_mixed(_seed(), 48))

add("markdown/github-token", "docs/ci-notes.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# CI notes

The build server (Jenkins on BUILD01) clones the private repos with a personal token
from the `signshop-bot` account:

```
git clone https://signshop-bot:@@secret@@@github.com/signshop/w2p-storefront.git
```

Token scopes: repo, read:packages. Renew before it expires in March.
""", fakes.github_token(_seed()))

add("notebook/aws-secret-key", "analysis/ink_usage.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ink usage per square foot, 2024\\n", "Counters exported from the Latex fleet into S3."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\\n",
    "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "obj = s3.get_object(Bucket='metro-counters', Key='2024/latex.csv')\\n",
    "df = pd.read_csv(obj['Body'])\\n",
    "df.groupby('printer')['ml_per_sqft'].mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/database-password", "analysis/quote_conversion.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\\n",
    "import pandas as pd\\n",
    "eng = create_engine('mysql+pymysql://analyst:@@secret@@@mis-db.signshop.local/estimating')\\n",
    "quotes = pd.read_sql('SELECT status, product, total FROM quotes WHERE created >= \\\\'2024-01-01\\\\'', eng)\\n",
    "quotes.groupby('product')['status'].value_counts(normalize=True)"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(12))

add("sql/admin-password", "migrations/2024_03_01_seed_admin.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Seed roles for the web-to-print database
CREATE ROLE w2p_app LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE w2p TO w2p_app;
GRANT USAGE ON SCHEMA public TO w2p_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO w2p_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO w2p_app;
""", words_pw())

add("sql/vendor-api-key", "migrations/0042_supplier_integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- Supplier integrations for blank substrates and trade printing
CREATE TABLE IF NOT EXISTS supplier_integrations (
  id serial PRIMARY KEY,
  supplier text NOT NULL,
  endpoint text NOT NULL,
  api_key text NOT NULL
);
INSERT INTO supplier_integrations (supplier, endpoint, api_key) VALUES
  ('Gelato', 'https://order.gelatoapis.com/v4', '@@secret@@');
""", uuid_s() + "-" + uuid_s() + ":" + uuid_s())

add("csv/ftp-password", "exports/customer_ftp_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
customer,account_no,ftp_user,ftp_password,folder,created
Riverside Dental,C-10442,riverside,@@secret@@,/drop/riverside,2024-02-11
Hilltop Realty,C-10517,hilltop,(sso),/drop/hilltop,2024-03-02
Lakeview Brewing,C-10603,lakeview,(sso),/drop/lakeview,2024-05-19
Summit Auto Group,C-10688,summitauto,(sso),/drop/summitauto,2024-06-07
""", rand_pw(12))

add("csv/device-passwords", "it/inventory/devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset,type,model,ip,admin_user,admin_password,location
PR-01,printer,HP Latex 800 W,10.20.1.31,admin,@@secret@@,Bay 1
PR-02,printer,Roland TrueVIS VG3-640,10.20.1.35,,,Bay 2
CT-01,cutter,Zund G3 L-2500,10.20.1.50,,,Bay 3
RIP-01,server,Dell R250,10.20.0.15,see Keeper,,Server closet
NAS-01,nas,Synology DS1522+,10.20.0.20,see Keeper,,Server closet
""", words_pw())

add("log/database-url", "logs/rip-bridge-2024-11-18.log", "https://docs.python.org/3/library/logging.html", """
2024-11-18 06:00:01,114 INFO rip_bridge starting, version 1.8.2
2024-11-18 06:00:01,120 INFO config: rip=http://onyx-thrive.local:8080 poll=30s
2024-11-18 06:00:01,121 DEBUG config: database_url=postgresql://ripbridge:@@secret@@@pg.shop.lan:5432/production
2024-11-18 06:00:02,447 INFO connected to database
2024-11-18 06:00:32,512 INFO job 24-11873 sent to Latex800W-A (13oz-scrim, 96x48)
2024-11-18 06:01:02,630 WARN job 24-11874 preflight: image 118 ppi below 150
""", rand_pw(16))

add("log/smtp-password", "logs/proof-mailer-debug.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel", """
send: 'ehlo proof-worker-7\\r\\n'
reply: b'250-smtp.office365.com Hello\\r\\n'
send: 'STARTTLS\\r\\n'
reply: b'220 2.0.0 SMTP server ready\\r\\n'
login user=proofs@metrosign.com password=@@secret@@
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<proofs@metrosign.com>\\r\\n'
""", words_pw())

add("xml/ftp-password", "filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.cityblockgraphics.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>artdrop</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Customer art drop</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_fz := words_pw()), enc=b64(_fz))

add("xml/nuget-password", "ShopFloor/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="signshop" value="https://nuget.pkg.github.com/signshop/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <signshop>
      <add key="Username" value="signshop-bot" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </signshop>
  </packageSourceCredentials>
</configuration>
""", fakes.github_token(_seed()))

add("plist/rip-api-key", "SignCounter/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>RipServerURL</key>
    <string>https://rip01.metrosign.lan:8686</string>
    <key>RipApiKey</key>
    <string>@@secret@@</string>
    <key>DefaultPrinter</key>
    <string>Latex800W-A</string>
</dict>
</plist>
""", hexs(40))

add("env/stripe-webhook-secret", "w2p/.env.prod", "https://docs.stripe.com/webhooks#verify-events", """
DJANGO_SETTINGS_MODULE=w2p.settings.production
STRIPE_WEBHOOK_SECRET=@@secret@@
STRIPE_WEBHOOK_TOLERANCE=300
ORDER_CONFIRM_TEMPLATE=order-confirmed-v2
RUSH_SURCHARGE_PCT=35
""", stripe_whsec())

add("env/shopify-webhook-secret", "shopify-app/.env", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook", """
SHOPIFY_API_KEY=@@cid@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_orders,write_fulfillments
HOST=https://proof-approvals.signcraft.app
PORT=8081
""", shopify("shpss_"), cid=hexs(32))

add("env/cloudinary-url", "storefront/.env.staging", "https://cloudinary.com/documentation/node_integration#configuration", """
NEXT_PUBLIC_SITE_NAME="Cornerstone Print"
CLOUDINARY_URL=cloudinary://@@ckey@@:@@secret@@@cornerstone-print
MOCKUP_TEMPLATE=storefront-window-v4
PREVIEW_WATERMARK=true
MOCKUP_MAX_WIDTH=2400
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), ckey=str(random.Random(_seed()).randint(10**14, 10**15 - 1)))

add("env/wetransfer-api-key", "transfer/.env", "https://developers.wetransfer.com/documentation", """
# Large file delivery to customers (print-ready packages > 2 GB)
WETRANSFER_API_KEY=@@secret@@
WETRANSFER_USER_IDENTIFIER=@@uid@@
DELIVERY_MESSAGE="Your print-ready files from Metro Sign & Graphics"
LINK_EXPIRY_DAYS=14
""", fakes.drawn_mixed(_seed(), 40), uid=uuid_s())

add("env/hubspot-token", "crm-sync/.env", "https://developers.hubspot.com/docs/api/private-apps", """
HUBSPOT_PRIVATE_APP_TOKEN=@@secret@@
HUBSPOT_PIPELINE=sign-projects
DEAL_STAGE_ON_PROOF=proof_sent
DEAL_STAGE_ON_APPROVAL=in_production
SYNC_CRON="*/20 * * * *"
""", "pat-na1-" + uuid_s())

add("env/mailchimp-key", "marketing/.env", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_SERVER_PREFIX=us14
MAILCHIMP_AUDIENCE_ID=8a3f1c92d0
PROMO_SEGMENT=trade-show-customers
FROM_NAME="Metro Sign & Graphics"
""", mailchimp())

add("env/redis-url", "proof-worker/.env", "https://redis.io/docs/latest/develop/connect/clients/", """
WORKER_CONCURRENCY=4
REDIS_URL=rediss://default:@@secret@@@redis-14822.c281.us-east-1-2.ec2.cloud.redislabs.com:14822
GHOSTSCRIPT_TIMEOUT=120
THUMBNAIL_WIDTH=800
PREFLIGHT_PROFILE=PDFX4
""", fakes.redis_password(_seed()))

add("env/huggingface-token", "tools/upscaler/.env", "https://huggingface.co/docs/hub/security-tokens", """
# Upscales low-res customer logos before vectorising
HF_TOKEN=@@secret@@
UPSCALE_MODEL=stabilityai/stable-diffusion-x4-upscaler
MIN_PPI=150
OUTPUT_DIR=/srv/upscaled
""", hf_token())

add("yaml/slack-bot-token", "ops-bot/config/production.yaml", "https://api.slack.com/authentication/token-types#bot", """
slack:
  bot_token: @@secret@@
  channel_production: C05RIPQUEUE
  channel_shipping: C05SHIPPING
alerts:
  ink_low_pct: 15
  queue_depth_warn: 25
""", slack_bot())

add("yaml/ldap-bind-password", "timeclock/config/ldap.yml", "https://docs.gitlab.com/ee/administration/auth/ldap/", """
ldap:
  host: dc01.signshop.local
  port: 636
  encryption: simple_tls
  base: OU=Production,DC=signshop,DC=local
  bind_dn: CN=svc-timeclock,OU=Service,DC=signshop,DC=local
  password: '@@secret@@'
  uid: sAMAccountName
""", words_pw())

add("yaml/ssh-private-key", "ansible/host_vars/rip01.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
ansible_host: 10.20.0.15
ansible_user: deploy
rip_vendor: onyx
hotfolder_root: D:/HotFolders
deploy_private_key: |
  @@indented@@
""", (_key := fakes.fake_pem(_seed(), "OPENSSH")), indented=_key.replace("\n", "\n  "))

add("github-actions/ssh-private-key", ".github/workflows/deploy-storefront.yml", "https://github.com/webfactory/ssh-agent", """
name: deploy storefront
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DEPLOY_KEY: |
        @@indented@@
    steps:
      - uses: actions/checkout@v4
      - run: |
          mkdir -p ~/.ssh && echo "$DEPLOY_KEY" > ~/.ssh/id_rsa && chmod 600 ~/.ssh/id_rsa
          rsync -az dist/ deploy@web01.quickbannerprint.com:/var/www/storefront/
""", (_key2 := pem()), indented=_key2.replace("\n", "\n        "))

add("shell/vnc-password", "scripts/rip_remote.sh", "https://tigervnc.org/doc/vncviewer.html", """
#!/usr/bin/env bash
# Open the RIP console from the office (TightVNC on RIP01)
RIP=10.20.0.15
VNC_PASS='@@secret@@'
echo "$VNC_PASS" | vncpasswd -f > /tmp/rip.passwd
vncviewer -passwd /tmp/rip.passwd "$RIP:5900" &
sleep 5 && rm -f /tmp/rip.passwd
""", rand_pw(8))

add("shell/synology-password", "scripts/nas_snapshot.sh", "https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf", """
#!/bin/sh
# Take a snapshot of the artwork share before the Sunday purge
NAS=https://nas01.signshop.local:5001
SID=$(curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=login&account=snapadmin&passwd=@@secret@@&format=sid" | jq -r .data.sid)
curl -sk "$NAS/webapi/entry.cgi?api=SYNO.Core.Share.Snapshot&version=1&method=create&name=%22artwork%22&_sid=$SID"
curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=logout&_sid=$SID"
""", words_pw())

add("shell/github-token", "scripts/release_notes.sh", "https://cli.github.com/manual/gh_auth_login", """
#!/usr/bin/env bash
set -euo pipefail
# Draft release notes for the plotter-driver
export GH_TOKEN=@@secret@@
TAG=${1:?tag}
gh release create "$TAG" --repo signshop/plotter-driver --generate-notes --draft
""", fakes.github_fine_grained_token(_seed()))

add("python/box-client-secret", "transfer/box_delivery.py", "https://developer.box.com/guides/authentication/client-credentials/", """
from box_sdk_gen import BoxCCGAuth, BoxClient, CCGConfig

config = CCGConfig(
    client_id="@@cid@@",
    client_secret="@@secret@@",
    enterprise_id="918273645",
)
client = BoxClient(auth=BoxCCGAuth(config=config))


def share_proof_folder(folder_id: str) -> str:
    return client.shared_links_folders.add_share_link_to_folder(folder_id, shared_link={"access": "open"}, fields="shared_link").shared_link.url
""", fakes.drawn_mixed(_seed(), 32), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/printful-token", "pod/printful_sync.py", "https://developers.printful.com/docs/#section/Authorization", """
import requests

PRINTFUL_TOKEN = "@@secret@@"
S = requests.Session()
S.headers["Authorization"] = f"Bearer {PRINTFUL_TOKEN}"


def sync_posters(store_id: int):
    r = S.get("https://api.printful.com/store/products", headers={"X-PF-Store-Id": str(store_id)})
    r.raise_for_status()
    return [p["name"] for p in r.json()["result"]]
""", fakes.drawn_mixed(_seed(), 40))

add("python/basic-auth-header", "mis/efi_pace_client.py", "https://www.rfc-editor.org/rfc/rfc7617", """
import requests

PACE = "https://pace.cityblockgraphics.com/rpc/rest/services"
HEADERS = {
    "Authorization": "Basic @@enc@@",
    "Accept": "application/json",
}


def job(job_id: str) -> dict:
    return requests.get(f"{PACE}/ReadObject/readJob?primaryKey={job_id}", headers=HEADERS, timeout=20).json()
""", b64("pace_api:" + (_bp := words_pw())), enc=b64("pace_api:" + _bp))

add("python/jwt-signing-secret", "proofing/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", """
import time

import jwt

PROOF_LINK_SECRET = "@@secret@@"


def proof_link_token(order_id: int, customer_email: str) -> str:
    claims = {"order": order_id, "email": customer_email, "exp": int(time.time()) + 72 * 3600}
    return jwt.encode(claims, PROOF_LINK_SECRET, algorithm="HS256")


def verify(token: str) -> dict:
    return jwt.decode(token, PROOF_LINK_SECRET, algorithms=["HS256"])
""", hexs(64))

add("python/google-api-key", "tools/geocode_installs.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
import csv

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

with open("installs.csv") as fh, open("installs_geo.csv", "w", newline="") as out:
    w = csv.writer(out)
    for row in csv.DictReader(fh):
        hit = gmaps.geocode(row["address"])[0]["geometry"]["location"]
        w.writerow([row["job"], row["address"], hit["lat"], hit["lng"]])
""", gcp_api_key())

add("yaml/xero-client-secret", "accounting/config/xero.yaml", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
xero:
  tenant: "Metro Sign & Graphics LLC"
  client_id: @@cid@@
  client_secret: @@secret@@
  scopes: [accounting.transactions, accounting.contacts]
invoice:
  account_code: "200"
  tax_type: OUTPUT
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("json/unifi-admin-password", "it/backup/unifi-controller.json", "https://help.ui.com/", """
{
  "controller": "https://10.20.0.1",
  "site": "default",
  "username": "netadmin",
  "password": "@@secret@@",
  "backup_dir": "\\\\\\\\nas01\\\\it\\\\unifi",
  "keep": 10
}
""", words_pw())

add("toml/telegram-bot-token", "bots/ink_alerts/config.toml", "https://core.telegram.org/bots/api", """
[telegram]
token = "@@secret@@"
chat_id = -1002211448830

[thresholds]
cyan = 15
magenta = 15
yellow = 15
black = 20
""", fakes.telegram_token(_seed()))

add("ini/rclone-password", "it/rclone.conf", "https://rclone.org/s3/", """
[artwork-b2]
type = s3
provider = Other
endpoint = s3.us-west-004.backblazeb2.com
access_key_id = 004a1f2b3c4d5e60000000007
secret_access_key = @@secret@@

[nas]
type = local
""", "K004" + fakes.drawn(_seed(), 27, ALNUM))

add("properties/gradle-token", "pos-android/gradle.properties", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-gradle-registry", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
gpr.user=signshop-bot
gpr.key=@@secret@@
kotlin.code.style=official
""", fakes.github_token(_seed()))

add("powershell/printer-admin-password", "it/Set-PrinterTime.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest", """
# Keep the wide-format printers on NTP after the router swap
$printers = @("10.20.1.31", "10.20.1.32", "10.20.1.35")
$cred = New-Object System.Management.Automation.PSCredential("admin", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
foreach ($p in $printers) {
    Invoke-WebRequest -Uri "https://$p/ews/network/ntp" -Method Post -Credential $cred -SkipCertificateCheck `
        -Body @{ server = "10.20.0.1"; enabled = "true" }
}
""", rand_pw(12))

add("dockerfile/pip-index-password", "preflight/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends ghostscript && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --extra-index-url https://pkgs:@@secret@@@pypi.signshop.lan/simple -r requirements.txt
COPY . .
CMD ["python", "-m", "preflight.worker"]
""", rand_pw(20))

add("k8s-secret/smtp-password", "k8s/proofing/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: proof-mail
  namespace: proofing
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@enc@@
""", (_sp := words_pw()), enc=b64(_sp), h=b64("smtp.office365.com"), u=b64("proofs@metrosign.com"))

add("go/sendgrid-api-key", "internal/notify/mail.go", "https://github.com/sendgrid/sendgrid-go", """
package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var client = sendgrid.NewSendClient("@@secret@@")

func Shipped(to, order, tracking string) error {
	from := mail.NewEmail("Quick Banner Print", "orders@quickbannerprint.com")
	msg := mail.NewSingleEmail(from, "Order "+order+" shipped", mail.NewEmail("", to), "Tracking: "+tracking, "")
	_, err := client.Send(msg)
	return err
}
""", sendgrid())

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "storefront/.env.example", "https://docs.stripe.com/keys", """
# Copy to .env.production and fill in from 1Password ("Storefront prod")
APP_ENV=production
APP_URL=https://orders.example.com
STRIPE_PUBLISHABLE_KEY=pk_live_your_publishable_key
STRIPE_SECRET_KEY=sk_live_your_secret_key_here
ORDER_UPLOAD_BUCKET=your-artwork-bucket
MAX_ARTWORK_MB=500
""")

add("env/decoy-env-reference", "proof-worker/.env.docker", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
WORKER_CONCURRENCY=4
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
DATABASE_URL=postgresql://w2p:${POSTGRES_PASSWORD}@db:5432/w2p
SMTP_PASSWORD=${SMTP_PASSWORD:?set SMTP_PASSWORD}
GHOSTSCRIPT_TIMEOUT=120
""")

add("env/decoy-publishable-key", "storefront/.env.public", "https://docs.stripe.com/keys#obtain-api-keys", """
# Values shipped to the browser bundle (public by design)
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_GOOGLE_MAPS_MAP_ID=@@mapid@@
VITE_RECAPTCHA_SITE_KEY=6L@@site@@
VITE_GA_MEASUREMENT_ID=G-8QK2W7ZP1D
VITE_API_BASE=/api
""", pk=stripe("pk_live_"), mapid=hexs(16), site=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("env/decoy-vault-reference", "deploy/rip-bridge.env.tpl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """
{{ with secret "kv/data/printshop/rip-bridge" }}
RIP_API=http://onyx-thrive.local:8080
RIP_API_KEY={{ .Data.data.api_key }}
DATABASE_URL=postgresql://ripbridge:{{ .Data.data.db_password }}@pg.shop.lan:5432/production
{{ end }}
POLL_SECONDS=30
""")

add("env/decoy-ids", "shipping/.env.defaults", "https://docs.goshippo.com/", """
SHIP_FROM_NAME="Metro Sign & Graphics"
SHIP_FROM_ZIP=45414
UPS_ACCOUNT_NUMBER=7W392X
FEDEX_ACCOUNT_NUMBER=510087020
DEFAULT_PARCEL_TEMPLATE=USPS_LargeFlatRateBox
TUBE_SKU=MT-4x48-KRAFT
LABEL_FORMAT=PDF_4x6
""")

add("python/decoy-env-reference", "w2p/settings/secrets.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "w2p",
                         "USER": "w2p_app", "PASSWORD": os.environ["DB_PASSWORD"], "HOST": os.environ["DB_HOST"]}}
""")

add("python/decoy-secret-manager", "transfer/credentials.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """
import json

import boto3

_sm = boto3.client("secretsmanager", region_name="us-east-2")


def trade_sftp() -> dict:
    value = _sm.get_secret_value(SecretId="arn:aws:secretsmanager:us-east-2:481920374615:secret:prod/trade-sftp-Xk2f9Q")
    creds = json.loads(value["SecretString"])
    return {"host": creds["host"], "username": creds["username"], "password": creds["password"]}
""")

add("python/decoy-test-fixture", "tests/test_checkout.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from w2p.payments import checkout


@pytest.fixture
def fake_stripe(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setattr(checkout.stripe.PaymentIntent, "create", lambda **kw: {"id": "pi_test_123", **kw})


def test_banner_deposit(fake_stripe):
    intent = checkout.deposit(order_id="24-11873", cents=12_500)
    assert intent["amount"] == 12_500
    assert intent["metadata"]["order_id"] == "24-11873"
""")

add("python/decoy-regex", "w2p/artwork/scrub.py", "https://docs.python.org/3/library/re.html", """
import re

# Customers sometimes paste keys into the order notes; strip anything that looks like one.
PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9a-zA-Z]{24,}"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    re.compile(r"xox[baprs]-[0-9A-Za-z-]{10,}"),
    re.compile(r"(?i)password\\s*[:=]\\s*\\S+"),
]


def scrub(note: str) -> str:
    for pattern in PATTERNS:
        note = pattern.sub("[removed]", note)
    return note
""")

add("python/decoy-hashes", "rip/profiles.py", "https://www.color.org/icc_specs2.xalter", """
# ICC output profiles deployed to the RIPs; checked before a colour-critical job
PROFILES = {
    "Latex800W_3M-IJ180_8p.icc": "@@h1@@",
    "Latex800W_13oz-scrim_6p.icc": "@@h2@@",
    "VG3-640_Oracal3641_12p.icc": "@@h3@@",
    "S80600_Photo-Satin_10p.icc": "@@h4@@",
}


def verify(name: str, digest: str) -> bool:
    return PROFILES.get(name) == digest
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("python/decoy-uuids", "rip/job_map.py", "https://www.onyxgfx.com/", """
# Onyx printer and media ids on RIP01 (from the Thrive API, GET /printers)
PRINTERS = {
    "Latex800W-A": "@@u1@@",
    "Latex800W-B": "@@u2@@",
    "VUTEk-H5": "@@u3@@",
}
MEDIA = {
    "13oz-scrim": "@@u4@@",
    "3mm-acm": "@@u5@@",
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("python/decoy-keyring", "tools/counter_tablet.py", "https://pypi.org/project/keyring/", """
import keyring
import stripe

SERVICE = "signshop-counter"


def configure() -> None:
    stripe.api_key = keyring.get_password(SERVICE, "stripe_restricted_key")
    if not stripe.api_key:
        raise SystemExit("run: keyring set signshop-counter stripe_restricted_key")
""")

add("python/decoy-stripe-ids", "w2p/payments/reconcile.py", "https://docs.stripe.com/api/balance_transactions", """
# Deposits that failed to reconcile in November (kept for the accountant)
UNMATCHED = [
    ("pi_@@p1@@", "ch_@@c1@@", 12500),
    ("pi_@@p2@@", "ch_@@c2@@", 48000),
    ("pi_@@p3@@", "ch_@@c3@@", 8900),
]
CUSTOMER = "cus_@@cus@@"
PAYOUT = "po_@@po@@"
""", p1=fakes.drawn(_seed(), 24), c1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), c2=fakes.drawn(_seed(), 24),
    p3=fakes.drawn(_seed(), 24), c3=fakes.drawn(_seed(), 24), cus=fakes.drawn(_seed(), 14), po=fakes.drawn(_seed(), 24))

add("python/decoy-password-hash", "w2p/fixtures/staff_users.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
# Fixture staff users for the demo storefront (hashes only; log in with SSO)
STAFF = [
    {"username": "counter", "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@="},
    {"username": "designer", "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@="},
    {"username": "install", "password": "!"},
]
""", s1=fakes.drawn(_seed(), 22), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), s2=fakes.drawn(_seed(), 22), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("python/decoy-redacted", "mis/audit_export.py", "https://docs.python.org/3/library/logging.html", """
import logging

log = logging.getLogger(__name__)

REDACTED = "********"


def log_config(cfg: dict) -> None:
    safe = {k: (REDACTED if any(w in k.lower() for w in ("pass", "secret", "token", "key")) else v)
            for k, v in cfg.items()}
    log.info("loaded config %s", safe)
""")

add("k8s/decoy-secret-ref", "k8s/w2p/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: w2p-web
  namespace: storefront
spec:
  replicas: 2
  selector:
    matchLabels: {app: w2p-web}
  template:
    metadata:
      labels: {app: w2p-web}
    spec:
      containers:
        - name: web
          image: ghcr.io/cityblockgraphics/w2p:3.14.2
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: w2p-stripe, key: STRIPE_SECRET_KEY}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: w2p-db, key: password}
""")

add("k8s/decoy-sealed-secret", "k8s/transfer/sealed-sftp.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: trade-sftp
  namespace: transfer
spec:
  encryptedData:
    SFTP_PASSWORD: Ag@@e1@@
    SFTP_USER: Ag@@e2@@
  template:
    metadata:
      name: trade-sftp
""", e1=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 320, ALNUM + "+/") + "=")

add("yaml/decoy-sops", "secrets/mis.enc.yaml", "https://github.com/getsops/sops", """
mis:
    db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
    qbo_client_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcpt@@
    lastmodified: "2024-11-02T14:21:09Z"
    version: 3.9.1
""", d1=b64(hexs(12)), i1=b64(hexs(16)), t1=b64(hexs(8)), d2=b64(hexs(20)), i2=b64(hexs(16)), t2=b64(hexs(8)),
    rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-ansible-vault", "ansible/group_vars/rip_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("yaml/decoy-printer-config", "config/fleet-media.yaml", "https://www.hp.com/us-en/industrial-digital-presses/latex-printers.html", """
printers:
  latex-800w-a:
    serial: MY3A12B045
    mac: "00:1B:78:4C:2E:91"
    firmware: 31.12.2.1
    firmware_sha256: @@fw@@
  vutek-h5:
    serial: H5-2021-0177
    mac: "00:0C:29:5A:77:E0"
media_presets:
  13oz-scrim: {passes: 6, temp_c: 110, vacuum: 30}
  3m-ij180: {passes: 8, temp_c: 105, vacuum: 25}
""", fw=sha256ish())

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
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
      - run: pip install -r requirements-dev.txt && pytest -q
        env:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/postgres
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""")

add("github-actions/decoy-oidc", ".github/workflows/upload-assets.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: upload swatch images
on:
  workflow_dispatch:
permissions:
  id-token: write
  contents: read
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481920374615:role/gha-swatch-upload
          aws-region: us-east-2
      - run: aws s3 sync swatches/ s3://cityblock-swatches/ --delete
""")

add("compose/decoy-docker-secrets", "compose.prod.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: w2p
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
  app:
    image: ghcr.io/cornerstoneprint/w2p:2.8.0
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("compose/decoy-image-digests", "compose.rip-tools.yml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
services:
  preflight:
    image: ghcr.io/metrosign/preflight@sha256:@@d1@@
    volumes: ["/srv/approved:/in:ro", "/srv/preflighted:/out"]
  thumbnailer:
    image: ghcr.io/metrosign/thumbnailer@sha256:@@d2@@
    environment:
      WIDTH: "800"
""", d1=sha256ish(), d2=sha256ish())

add("dockerfile/decoy-build-secret", "storefront/Dockerfile.build", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build
""")

add("dockerfile/decoy-checksum", "rip-bridge/Dockerfile.gs", "https://ghostscript.com/releases/gsdnld.html", """
FROM debian:bookworm-slim
ARG GS_VERSION=10.04.0
ARG GS_SHA256=@@h@@
RUN apt-get update && apt-get install -y curl build-essential && \\
    curl -fsSLO https://github.com/ArtifexSoftware/ghostpdl-downloads/releases/download/gs10040/ghostscript-${GS_VERSION}.tar.gz && \\
    echo "${GS_SHA256}  ghostscript-${GS_VERSION}.tar.gz" | sha256sum -c - && \\
    tar xzf ghostscript-${GS_VERSION}.tar.gz
""", h=sha256ish())

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for the w2p RDS instance (from TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

variable "artwork_bucket" {
  type    = string
  default = "signshop-artwork"
}
""")

add("terraform/decoy-random-password", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "rip_bridge_db" {
  length  = 24
  special = false
}

resource "aws_secretsmanager_secret" "rip_bridge" {
  name = "prod/rip-bridge/db"
}

resource "aws_secretsmanager_secret_version" "rip_bridge" {
  secret_id     = aws_secretsmanager_secret.rip_bridge.id
  secret_string = random_password.rip_bridge_db.result
}
""")

add("terraform/decoy-public-key", "infra/keys.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/key_pair", """
resource "aws_key_pair" "ops" {
  key_name   = "signshop-ops"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ ops@signshop"
}

resource "aws_instance" "proof_renderer" {
  ami           = "ami-0c7217cdde317cfec"
  instance_type = "t3.large"
  key_name      = aws_key_pair.ops.key_name
}
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("ansible/decoy-vault-reference", "ansible/roles/rip/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: Write the hot-folder relay config
  ansible.windows.win_template:
    src: hotfolder-relay.ini.j2
    dest: D:\\Relay\\hotfolder-relay.ini
  vars:
    ftp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/rip/ftp:password') }}"

- name: Restart the relay service
  ansible.windows.win_service:
    name: HotfolderRelay
    state: restarted
""")

add("ansible/decoy-vault-variable", "ansible/group_vars/printers/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """
---
snmp_version: v3
snmp_user: inkwatch
snmp_auth_protocol: sha
snmp_auth_password: "{{ vault_snmp_auth_password }}"
snmp_privacy_protocol: aes
snmp_privacy_password: "{{ vault_snmp_privacy_password }}"
ews_admin_user: admin
ews_admin_password: "{{ vault_ews_admin_password }}"
""")

add("json/decoy-firebase-web-config", "proof-app/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@key@@",
  "authDomain": "proof-approvals.firebaseapp.com",
  "projectId": "proof-approvals",
  "storageBucket": "proof-approvals.appspot.com",
  "messagingSenderId": "730194857216",
  "appId": "1:730194857216:web:@@app@@"
}
""", key=gcp_api_key(), app=hexs(22))

add("json/decoy-package-lock", "storefront/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "w2p-storefront",
  "version": "3.14.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/fabric": {
      "version": "5.3.0",
      "resolved": "https://registry.npmjs.org/fabric/-/fabric-5.3.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/pdf-lib": {
      "version": "1.17.1",
      "resolved": "https://registry.npmjs.org/pdf-lib/-/pdf-lib-1.17.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/decoy-order-export", "exports/order-24-11873.json", "https://docs.stripe.com/api/payment_intents/object", """
{
  "order": "24-11873",
  "customer": "Lakeview Brewing",
  "items": [
    {"sku": "BNR-13OZ-96x48", "qty": 2, "finishing": "hem+grommets"},
    {"sku": "AFR-24x36", "qty": 1, "finishing": "none"}
  ],
  "payment": {
    "provider": "stripe",
    "payment_intent": "pi_@@pi@@",
    "card_brand": "visa",
    "last4": "4242",
    "status": "succeeded"
  },
  "artwork_sha1": "@@sha@@"
}
""", pi=fakes.drawn(_seed(), 24), sha=hexs(40))

add("json/decoy-appsettings-keyvault", "ShopFloor/appsettings.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """
{
  "ConnectionStrings": {
    "Mis": "@Microsoft.KeyVault(SecretUri=https://kv-signshop.vault.azure.net/secrets/mis-sql/)"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "User": "proofs@metrosign.com",
    "Password": "@Microsoft.KeyVault(VaultName=kv-signshop;SecretName=proof-smtp)"
  },
  "Printers": {"PollSeconds": 20}
}
""")

add("json/decoy-empty-values", "config/fleet.sample.json", "https://www.hp.com/us-en/shop/tech-takes/what-is-embedded-web-server", """
{
  "fleet": [
    {"name": "latex-800w-a", "ip": "10.20.1.31", "model": "HP Latex 800 W"}
  ],
  "ews": {
    "user": "admin",
    "password": "",
    "verify_tls": false
  },
  "poll_minutes": 10
}
""")

add("json/decoy-jwks", "proof-app/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("toml/decoy-pyproject", "pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "plotter-driver"
version = "1.4.0"
description = "Send cut paths to Graphtec and Summa vinyl plotters"
requires-python = ">=3.9"
dependencies = ["pyserial>=3.5", "svgpathtools>=1.6"]

[project.urls]
Homepage = "https://github.com/signshop/plotter-driver"

[tool.pytest.ini_options]
addopts = "-q"
""")

add("toml/decoy-env-reference", "tools/copywriter/config.example.toml", "https://docs.anthropic.com/en/api/getting-started", """
[llm]
provider = "anthropic"
model = "claude-3-5-sonnet-latest"
api_key_env = "ANTHROPIC_API_KEY"   # read from the environment, never stored here
max_tokens = 800

[prompts]
tagline = "Write three short taglines for a storefront sign for: {business}"
""")

add("ini/decoy-placeholder", "rip/hotfolder-relay.sample.ini", "https://docs.python.org/3/library/configparser.html", """
[relay]
watch = D:\\Jobs\\Approved
interval = 20

[ftp]
host = 192.168.40.12
user = vutek
passwd = <ask IT>
remote = /hotfolders/h5-queue
""")

add("ini/decoy-pip-conf", "it/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pypi.signshop.lan/simple
trusted-host = pypi.signshop.lan
timeout = 60

[install]
require-hashes = false
""")

add("properties/decoy-env-reference", "mis-api/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
server.port=8443
spring.datasource.url=jdbc:sqlserver://${MIS_DB_HOST}:1433;databaseName=PrintMIS
spring.datasource.username=${MIS_DB_USER}
spring.datasource.password=${MIS_DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
mis.jobs.default-substrate=13oz-vinyl
""")

add("go/decoy-env-reference", "internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	FieryHost string
	FieryUser string
	FieryPass string
}

func Load() Config {
	return Config{
		FieryHost: os.Getenv("FIERY_HOST"),
		FieryUser: os.Getenv("FIERY_USER"),
		FieryPass: os.Getenv("FIERY_PASSWORD"),
	}
}
""")

add("go/decoy-test-constants", "internal/billing/stripe_test.go", "https://pkg.go.dev/testing", """
package billing

import "testing"

const (
	testOrder  = "24-00001"
	testIntent = "pi_3PfakeIntent0000000000"
	testSecret = "whsec_test_secret_for_unit_tests"
)

func TestSignatureRejected(t *testing.T) {
	if VerifyWebhook([]byte(`{}`), "t=1,v1=deadbeef", testSecret) == nil {
		t.Fatal("expected a bad signature to be rejected")
	}
}
""")

add("java/decoy-keystore-reference", "transfer/src/main/java/com/metrosign/transfer/Secrets.java", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/KeyStore.html", """
package com.metrosign.transfer;

public final class Secrets {
    public static final String SFTP_PASSWORD_ENV = "ARTDROP_SFTP_PASSWORD";
    public static final String KEYSTORE_PATH = "/etc/metrosign/transfer.p12";

    private Secrets() {}

    public static String sftpPassword() {
        String value = System.getenv(SFTP_PASSWORD_ENV);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(SFTP_PASSWORD_ENV + " is not set");
        }
        return value;
    }
}
""")

add("java/decoy-constants", "mis-api/src/main/java/com/signshop/mis/Substrates.java", "https://docs.oracle.com/javase/tutorial/java/javaOO/enum.html", """
package com.signshop.mis;

public enum Substrates {
    SCRIM_13OZ("BNR-13OZ", "F6A8C1D2E3B4A5968778695A4B3C2D1E"),
    MESH_9OZ("BNR-MESH", "0A1B2C3D4E5F60718293A4B5C6D7E8F9"),
    ACM_3MM("ACM-3MM", "9F8E7D6C5B4A39281706F5E4D3C2B1A0"),
    COROPLAST_4MM("COR-4MM", "1122334455667788990AABBCCDDEEFF0");

    public final String sku;
    public final String pricingRuleId;

    Substrates(String sku, String pricingRuleId) { this.sku = sku; this.pricingRuleId = pricingRuleId; }
}
""")

add("kotlin/decoy-buildconfig", "pos-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "com.quickbanner.pos"
    defaultConfig {
        applicationId = "com.quickbanner.pos"
        minSdk = 28
        buildConfigField("String", "SQUARE_APP_ID", "\\"sq0idp-@@appid@@\\"")
        buildConfigField("String", "SQUARE_LOCATION_ID", "\\"L8K2QW9XZ1PRT\\"")
        buildConfigField("String", "API_BASE", "\\"https://pos.quickbannerprint.com/api\\"")
    }
}
""", appid=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("csharp/decoy-user-secrets", "ShopFloor/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();
else
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-signshop.vault.azure.net/"), new DefaultAzureCredential());

var mis = builder.Configuration.GetConnectionString("Mis");
builder.Services.AddSingleton(new MisClient(mis!));
var app = builder.Build();
app.Run();
""")

add("csharp/decoy-guids", "ShopFloor/Properties/AssemblyInfo.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.runtime.interopservices.guidattribute", """
using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("ShopFloor")]
[assembly: AssemblyCompany("Metro Sign & Graphics")]
[assembly: ComVisible(false)]
[assembly: Guid("@@g@@")]
[assembly: AssemblyVersion("4.2.0.0")]
[assembly: AssemblyFileVersion("4.2.0.0")]
""", g=uuid_s())

add("php/decoy-getenv", "wp-content/plugins/sign-configurator/includes/config.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
if ( ! defined( 'ABSPATH' ) ) { exit; }

define( 'SC_STRIPE_SECRET', getenv( 'SC_STRIPE_SECRET' ) ?: '' );
define( 'SC_STRIPE_PUBLISHABLE', 'pk_live_@@pk@@' );
define( 'SC_MAX_SIGN_WIDTH_IN', 120 );
define( 'SC_MATERIALS', 'coroplast,acm,banner,magnetic' );
""", pk=fakes.drawn(_seed(), 24))

add("php/decoy-wp-config-sample", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/decoy-credentials", "config/storage.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", """
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-east-2
  bucket: cornerstone-artwork

local:
  service: Disk
  root: <%= Rails.root.join("storage") %>
""")

add("ruby/decoy-spec-fixture", "spec/models/order_spec.rb", "https://rspec.info/documentation/", """
require "rails_helper"

RSpec.describe Order do
  let(:customer) { Customer.create!(name: "Hilltop Realty", email: "signs@hilltop.test", password: "password123") }

  it "prices a 4x8 coroplast sign with stakes" do
    order = Order.new(customer: customer, sku: "COR-4MM-48x96", qty: 10, finishing: "h-stakes")
    expect(order.total_cents).to eq(46_000)
  end
end
""")

add("rust/decoy-env-reference", "print-queue/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub rip_api_key: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            rip_api_key: env::var("RIP_API_KEY").expect("RIP_API_KEY"),
        }
    }
}
""")

add("swift/decoy-keychain", "SignCounter/Sources/Payments/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "com.metrosign.counter"

    static func read(_ account: String) -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: account,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("typescript/decoy-public-config", "storefront/src/config/public.ts", "https://docs.stripe.com/js/initializing", """
// Shipped to the browser: public keys and ids only
export const publicConfig = {
  stripePublishableKey: "@@pk@@",
  paypalClientId: "@@pp@@",
  mapboxToken: "pk.@@mb@@",
  algoliaAppId: "K7QW2N8ZP4",
  algoliaSearchKey: "@@alg@@",
};
""", pk=stripe("pk_live_"), pp="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"),
    mb=b64('{"u":"cityblockgfx","a":"clx8q2w7e0001"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"), alg=hexs(32))

add("typescript/decoy-process-env", "ops-bot/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const config = {
  slackBotToken: required("SLACK_BOT_TOKEN"),
  slackSigningSecret: required("SLACK_SIGNING_SECRET"),
  ripApiKey: required("RIP_API_KEY"),
};
""")

add("shell/decoy-env-reference", "scripts/push_to_rip_v2.sh", "https://linux.die.net/man/1/lftp", """
#!/usr/bin/env bash
# Push approved PDFs to the Caldera hot folder; credentials come from the systemd unit's EnvironmentFile
set -euo pipefail
: "${RIP_FTP_USER:?}" "${RIP_FTP_PASSWORD:?}"
SRC=/srv/approved/$(date +%F)
lftp -u "$RIP_FTP_USER,$RIP_FTP_PASSWORD" ftp://10.20.0.15 -e "mirror -R --only-newer $SRC /hotfolders/vutek-h5; bye"
""")

add("shell/decoy-password-prompt", "scripts/new_ftp_customer.sh", "https://man7.org/linux/man-pages/man1/bash.1.html", """
#!/usr/bin/env bash
# Create an FTP drop account for a new trade customer
set -e
read -rp "Customer code: " CODE
read -rsp "Initial password (sent to the customer by phone): " PW; echo
sudo useradd -m -d "/drop/$CODE" -s /usr/sbin/nologin "$CODE"
echo "$CODE:$PW" | sudo chpasswd
echo "account $CODE created"
""")

add("shell/decoy-pass-cli", "scripts/backup_orders_v2.sh", "https://www.passwordstore.org/", """
#!/bin/sh
# Nightly dump of the web-to-print order database; password from pass(1)
STAMP=$(date +%Y%m%d)
MYSQL_PWD="$(pass show printshop/mysql/w2p_backup)" mysqldump -h db.printhub.internal -u w2p_backup \\
  --single-transaction printhub_orders | gzip > /backups/orders-$STAMP.sql.gz
sha256sum /backups/orders-$STAMP.sql.gz >> /backups/SHA256SUMS
""")

add("text/decoy-checksums", "firmware/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """
@@a@@  latex800w_fw_31.12.2.1.bin
@@b@@  vg3_fw_1.90.zip
@@c@@  s80600_fw_SC26P4.efu
@@d@@  zund_g3_cutter_4.2.0.zip
@@e@@  summa_s2_fw_014.bin
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish())

add("powershell/decoy-secret-management", "it/Map-RipShares-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Maps the RIP hot folders; the service credential lives in the SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "RipHotfolderSvc" -Vault "SignshopStore"
New-SmbMapping -LocalPath "R:" -RemotePath "\\\\RIP01\\HotFolders" -UserName $cred.UserName `
    -Password ($cred.GetNetworkCredential().Password) -Persistent $true
Write-Host "RIP shares mapped on $env:COMPUTERNAME"
""")

add("powershell/decoy-read-host", "it/Reset-KioskPassword.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """
param([Parameter(Mandatory)][string]$Computer)
$new = Read-Host -AsSecureString "New password for the showroom kiosk account"
Invoke-Command -ComputerName $Computer -ScriptBlock {
    param($pw)
    Set-LocalUser -Name "kiosk" -Password $pw
} -ArgumentList $new
Write-Host "kiosk password reset on $Computer"
""")

add("k8s-secret/decoy-empty-template", "k8s/w2p/stripe-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# Template only: the real Secret is created by the External Secrets operator
apiVersion: v1
kind: Secret
metadata:
  name: w2p-stripe
  namespace: storefront
type: Opaque
stringData:
  STRIPE_SECRET_KEY: ""
  STRIPE_WEBHOOK_SECRET: ""
""")

add("k8s/decoy-external-secret", "k8s/mis/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: mis-db
  namespace: mis
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: mis-db
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/mis/database-url
""")

add("k8s/decoy-configmap", "k8s/proofing/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: proofing
  namespace: proofing
data:
  PREFLIGHT_PROFILE: PDFX4
  MIN_PPI: "150"
  BLEED_IN: "0.125"
  PROOF_WATERMARK: "PROOF - NOT FOR PRINT"
  PROOF_LINK_TTL_HOURS: "72"
  TOKEN_ALGORITHM: HS256
""")

add("markdown/decoy-placeholder-docs", "docs/setup.md", "https://docs.stripe.com/keys", """
# Storefront setup

1. Copy `.env.example` to `.env.production`.
2. Fill in the Stripe keys from the dashboard (Developers > API keys):

   ```
   STRIPE_PUBLISHABLE_KEY=pk_live_...
   STRIPE_SECRET_KEY=sk_live_...
   ```

3. Set `EMAIL_HOST_PASSWORD` to the Microsoft 365 app password (ask Dan; it lives in 1Password).
4. Run `python manage.py migrate && python manage.py collectstatic`.
""")

add("markdown/decoy-aws-example", "docs/runbooks/s3-artwork.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Artwork bucket access

Designers upload with the AWS CLI. Configure a profile with **your own** IAM keys:

```ini
[profile artwork]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-2
```

Then: `aws s3 cp job.pdf s3://signshop-artwork/orders/24-11873/ --profile artwork`.
""")

add("markdown/decoy-rotation-log", "docs/it/credential-rotation.md", "https://csrc.nist.gov/pubs/sp/800/63/b/upd2/final", """
# Credential rotation log

| Date | Credential | Where it lives | Rotated by |
|------|------------|----------------|------------|
| 2024-09-02 | RIP01 local admin | Keeper: IT / RIP01 | Dan |
| 2024-10-14 | Latex EWS admin | Keeper: Printers | Dan |
| 2024-11-18 | Stripe secret key (sk_live_...Qx4) | AWS Secrets Manager prod/stripe | Priya |
| 2024-11-18 | Office Wi-Fi | Keeper: Network | Dan |

Next rotation due: 2025-02-17.
""")

add("markdown/decoy-password-policy", "docs/it/password-policy.md", "https://pages.nist.gov/800-63-4/sp800-63b.html", """
# Password policy

- At least 14 characters; a passphrase like `correct-horse-battery-staple` is fine (but not that one).
- Printer and RIP admin passwords are generated by Keeper and never written on the machine.
- Never paste a password into Slack, a job ticket or an order note.
- Shared accounts (front counter, kiosk) are rotated when someone leaves.
""")

add("markdown/decoy-api-docs", "docs/api/orders.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Orders API

All requests need a bearer token issued from **Settings > API tokens**:

```http
GET /api/v2/orders?status=in_production HTTP/1.1
Host: orders.brightsigns.co
Authorization: Bearer <your-api-token>
```

Response: a list of orders with `id`, `customer`, `substrate`, `sqft`, `due`.
Tokens expire after 90 days.
""")

add("notebook/decoy-env-reference", "analysis/reprint_rate.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from sqlalchemy import create_engine\\n",
    "import pandas as pd\\n",
    "eng = create_engine(os.environ['MIS_DATABASE_URL'])\\n",
    "jobs = pd.read_sql('SELECT printer, reprint FROM job_tickets', eng)\\n",
    "jobs.groupby('printer')['reprint'].mean().sort_values()"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/decoy-output-ids", "analysis/color_drift.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "job 24-11873  profile sha256 @@h1@@  dE2000=1.8\\n",
      "job 24-11874  profile sha256 @@h2@@  dE2000=3.1\\n"
     ]
    }
   ],
   "source": ["for j in jobs: print(f\\"job {j.id}  profile sha256 {j.icc_sha}  dE2000={j.de:.1f}\\")"]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=sha256ish(), h2=sha256ish())

add("sql/decoy-password-hashes", "fixtures/seed_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Demo staff accounts for the estimator (bcrypt hashes; real staff log in through Microsoft SSO)
INSERT INTO staff (username, role, password_hash) VALUES
  ('counter', 'sales', '$2b$12$@@b1@@'),
  ('designer', 'design', '$2b$12$@@b2@@'),
  ('installer', 'install', '$2b$12$@@b3@@');
UPDATE staff SET must_change_password = true;
""", b1=fakes.drawn(_seed(), 53, ALNUM + "./"), b2=fakes.drawn(_seed(), 53, ALNUM + "./"), b3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/decoy-schema", "migrations/0043_api_tokens.sql", "https://www.postgresql.org/docs/current/ddl-constraints.html", """
-- Customer API tokens: only a SHA-256 of the token is stored
CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id  integer NOT NULL REFERENCES customers(id),
  token_prefix char(8) NOT NULL,
  token_sha256 char(64) NOT NULL UNIQUE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX api_tokens_customer ON api_tokens (customer_id);
""")

add("sql/decoy-order-data", "fixtures/orders_sample.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
INSERT INTO orders (number, customer, sku, qty, stripe_payment_intent, artwork_md5) VALUES
  ('24-11873', 'Lakeview Brewing', 'BNR-13OZ-96x48', 2, 'pi_@@p1@@', '@@m1@@'),
  ('24-11874', 'Riverside Dental', 'ACM-3MM-24x36', 1, 'pi_@@p2@@', '@@m2@@'),
  ('24-11875', 'Summit Auto Group', 'WRAP-3M-IJ180', 1, 'pi_@@p3@@', '@@m3@@'),
  ('24-11876', 'Hilltop Realty', 'COR-4MM-18x24', 50, NULL, '@@m4@@');
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24),
    m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

add("csv/decoy-tracking-numbers", "exports/shipments_2024-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order,carrier,tracking,service,weight_lb,label_id
24-11873,UPS,1Z7W392X0312345678,Ground,6.4,@@l1@@
24-11874,UPS,1Z7W392X0312345694,2nd Day Air,3.1,@@l2@@
24-11877,FedEx,771234567812,Home Delivery,12.0,@@l3@@
24-11880,USPS,9400111899223344556677,Priority,2.2,@@l4@@
""", l1=hexs(32), l2=hexs(32), l3=hexs(32), l4=hexs(32))

add("csv/decoy-printer-inventory", "it/inventory/printers.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset,model,serial,mac,ip,firmware,credential
PR-01,HP Latex 800 W,MY3A12B045,00:1B:78:4C:2E:91,10.20.1.31,31.12.2.1,Keeper: Printers/PR-01
PR-02,Roland TrueVIS VG3-640,ZS11204,00:26:73:0A:BB:12,10.20.1.35,1.90,Keeper: Printers/PR-02
PR-03,Epson SureColor S80600,X3KL000412,64:EB:8C:21:9D:40,10.20.1.40,SC26P4,Keeper: Printers/PR-03
CT-01,Zund G3 L-2500,G3-25-1187,00:50:C2:71:3F:0A,10.20.1.50,4.2.0,n/a
""")

add("csv/decoy-payments-export", "exports/stripe_payouts_2024-11.csv", "https://docs.stripe.com/reports/payout-reconciliation", """
payout_id,arrival_date,amount,currency,balance_transaction,status
po_@@p1@@,2024-11-04,18422.50,usd,txn_@@t1@@,paid
po_@@p2@@,2024-11-11,20981.00,usd,txn_@@t2@@,paid
po_@@p3@@,2024-11-18,15507.25,usd,txn_@@t3@@,paid
po_@@p4@@,2024-11-25,22110.75,usd,txn_@@t4@@,in_transit
""", p1=fakes.drawn(_seed(), 24), t1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), t2=fakes.drawn(_seed(), 24),
    p3=fakes.drawn(_seed(), 24), t3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24), t4=fakes.drawn(_seed(), 24))

add("log/decoy-redacted", "logs/rip-bridge-2024-11-19.log", "https://docs.python.org/3/library/logging.html", """
2024-11-19 06:00:01,101 INFO rip_bridge starting, version 1.8.3
2024-11-19 06:00:01,107 INFO config: rip=http://onyx-thrive.local:8080 poll=30s
2024-11-19 06:00:01,108 DEBUG config: database_url=postgresql://ripbridge:********@pg.shop.lan:5432/production
2024-11-19 06:00:02,390 INFO connected to database
2024-11-19 06:00:32,498 INFO job 24-11901 sent to Latex800W-B (3m-ij180, 60x120)
""")

add("log/decoy-webhook-signature", "logs/stripe-webhooks.log", "https://docs.stripe.com/webhooks#verify-events", """
2024-11-20T14:02:11Z POST /webhooks/stripe evt_@@e1@@ payment_intent.succeeded
2024-11-20T14:02:11Z   Stripe-Signature: t=1732111331,v1=@@s1@@
2024-11-20T14:02:11Z   verified, order 24-11903 marked paid
2024-11-20T14:07:45Z POST /webhooks/stripe evt_@@e2@@ charge.refunded
2024-11-20T14:07:45Z   Stripe-Signature: t=1732111665,v1=@@s2@@
2024-11-20T14:07:45Z   verified, order 24-11874 refund recorded
""", e1=fakes.drawn(_seed(), 24), s1=sha256ish(), e2=fakes.drawn(_seed(), 24), s2=sha256ish())

add("log/decoy-presigned-url", "logs/artwork-upload-access.log", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", """
10.20.5.14 - - [20/Nov/2024:15:12:09 +0000] "PUT /orders/24-11903/banner_final.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAXK2P7Q4RZ5T3WN6M%2F20241120%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20241120T151200Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@ HTTP/1.1" 200 0
10.20.5.14 - - [20/Nov/2024:15:12:44 +0000] "GET /healthz HTTP/1.1" 200 2
10.20.5.22 - - [20/Nov/2024:15:13:02 +0000] "GET /orders/24-11903 HTTP/1.1" 200 5120
10.20.5.22 - - [20/Nov/2024:15:13:05 +0000] "GET /static/app.3f9c2a1b.js HTTP/1.1" 200 88121
10.20.5.22 - - [20/Nov/2024:15:13:05 +0000] "GET /static/app.9e81d0c4.css HTTP/1.1" 200 14210
""", sig=sha256ish())

add("log/decoy-printer-log", "logs/latex800w-a-2024-11-20.log", "https://support.hp.com/", """
2024-11-20 07:58:12 [PR-01] job 24-11903 received from RIP01 (uuid @@u1@@)
2024-11-20 07:58:40 [PR-01] media 3M IJ180 loaded, width 60.0 in, remaining 142 ft
2024-11-20 08:31:02 [PR-01] job 24-11903 printed, ink 184.2 ml, 50.0 sq ft
2024-11-20 08:31:03 [PR-01] cartridge C serial @@c@@ level 13%
2024-11-20 08:31:03 [PR-01] warning: cyan below 15%
""", u1=uuid_s(), c=hexs(16).upper())

add("xml/decoy-jdf-ticket", "jobs/24-11903.jdf", "https://www.cip4.org/print-automation/jdf", """
<?xml version="1.0" encoding="UTF-8"?>
<JDF xmlns="http://www.CIP4.org/JDFSchema_1_1" ID="n_@@id@@" JobID="24-11903" Type="Combined" Types="Interpreting Rendering DigitalPrinting" Version="1.7">
  <ResourcePool>
    <Media ID="M1" Class="Consumable" Dimension="4320 8640" MediaType="Vinyl" Brand="3M IJ180"/>
    <RunList ID="RL1" Class="Parameter">
      <LayoutElement><FileSpec URL="file:///D:/Jobs/Approved/24-11903.pdf" CheckSum="@@md5@@"/></LayoutElement>
    </RunList>
  </ResourcePool>
</JDF>
""", id=hexs(12), md5=hexs(32))

add("xml/decoy-maven-settings", "mis-api/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>signshop-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>signshop-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.signshop.lan/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
""")

add("plist/decoy-public-ids", "SignCounter/Config/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.metrosign.counter</string>
    <key>SquareApplicationID</key>
    <string>sq0idp-@@appid@@</string>
    <key>StripePublishableKey</key>
    <string>@@pk@@</string>
    <key>RipServerURL</key>
    <string>https://rip01.metrosign.lan:8686</string>
</dict>
</plist>
""", appid=fakes.drawn(_seed(), 22, ALNUM + "-_"), pk=stripe("pk_live_"))

add("html/decoy-site-key", "storefront/templates/quote_request.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="en">
<head>
  <title>Request a sign quote</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <script src="https://www.paypal.com/sdk/js?client-id=A@@pp@@&currency=USD"></script>
</head>
<body>
  <form method="post" action="/quote">
    <input name="width_in" type="number"> x <input name="height_in" type="number">
    <select name="material"><option>Coroplast</option><option>ACM</option><option>Banner</option></select>
    <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", pp=fakes.drawn(_seed(), 79, ALNUM + "-_"), site=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("html/decoy-data-uri", "storefront/templates/email/proof_ready.html", "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", """
<table width="600" cellpadding="0" cellspacing="0">
  <tr><td><img alt="Metro Sign" width="120" height="40"
    src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAYAAAA@@img@@"></td></tr>
  <tr><td>Hi {{ customer.first_name }}, your proof for job {{ job.number }} is ready.</td></tr>
  <tr><td><a href="{{ proof_url }}">Review and approve</a></td></tr>
  <tr><td style="font-size:11px">Proof links expire after 72 hours.</td></tr>
</table>
""", img=fakes.drawn(_seed(), 220, ALNUM + "+/") + "==")

add("htpasswd/decoy-password-hashes", "nginx/proofs.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
counter:$apr1$@@s1@@$@@h1@@
designer:$apr1$@@s2@@$@@h2@@
installer:$apr1$@@s3@@$@@h3@@
estimator:$apr1$@@s4@@$@@h4@@
frontdesk:$apr1$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=fakes.drawn(_seed(), 8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=fakes.drawn(_seed(), 8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s5=fakes.drawn(_seed(), 8), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("ssh-config/decoy-known-hosts", "ops/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
sftp.tradeprintpartner.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
files.bigprintwholesale.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
drop.cornerstoneprint.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@
10.20.0.15 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@
web01.quickbannerprint.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k4=fakes.drawn(_seed(), 43, ALNUM + "+/"), k5=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("makefile/decoy-env-reference", "Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """
.PHONY: deploy proofs clean

deploy:
	rsync -az dist/ deploy@web01.quickbannerprint.com:/var/www/storefront/

proofs:
	PGPASSWORD=$$W2P_DB_PASSWORD psql -h $(DB_HOST) -U w2p_app -c "SELECT count(*) FROM proofs WHERE approved IS NULL"

clean:
	rm -rf dist build
""")

add("netrc/ftp-password", "ops/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
machine ftp.cityblockgraphics.com
  login artdrop
  password @@secret@@
machine 10.20.0.15
  login ripfeed
  password see-keeper
""", words_pw())

add("systemd/database-url", "deploy/rip-bridge.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """
[Unit]
Description=RIP bridge (orders -> Onyx Thrive)
After=network-online.target

[Service]
User=ripbridge
Environment=RIP_API=http://onyx-thrive.local:8080
Environment="DATABASE_URL=postgresql://ripbridge:@@secret@@@pg.shop.lan:5432/production"
ExecStart=/opt/rip-bridge/.venv/bin/python -m rip_bridge
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(16))

add("groovy/nexus-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent { label 'build01' }
    environment {
        NEXUS_USER = 'ci-deployer'
        NEXUS_PASSWORD = '@@secret@@'
    }
    stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Publish') {
            steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASSWORD' }
        }
    }
}
""", words_pw())

add("npmrc/github-token", "storefront/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
@signshop:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.github_token(_seed()))

add("git-credentials/github-token", "it/build01/.git-credentials", "https://git-scm.com/docs/git-credential-store", """
https://signshop-bot:@@secret@@@github.com
https://ci-deployer:@@gl@@@gitlab.signworks.io
https://x-token-auth:@@bb@@@bitbucket.org
https://oauth2:@@gl2@@@gitlab.com
https://signshop-bot:@@gh2@@@gist.github.com
""", fakes.github_token(_seed()), gl=gitlab(), bb=fakes.drawn_mixed(_seed(), 40), gl2=gitlab(), gh2=fakes.github_token(_seed()))

