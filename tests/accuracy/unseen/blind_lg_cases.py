"""Blind set LG: a Maori iwi fisheries trust and a kapa haka festival's booking site in Aotearoa.

Te Runanga Hi Ika o Ngati Kowhai (quota and catch reporting, vessel tracking, the whanau portal,
its data warehouse) and Te Ahurei Kapa Haka o Te Tairawhiti (ticket and roopu booking site,
payments, email and SMS, livestream, merch shop): their code, configs, CI, infrastructure,
notes and runbooks, with comments partly in te reo Maori, and their decoys.
Generated fakes only (seeds 6520000-6529999).
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
SEED_LOW, SEED_HIGH = 6520000, 6529999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


KUPU = ["Kahawai", "Tarakihi", "Moana", "Pounamu", "Kowhai", "Kereru", "Harakeke", "Totara", "Koura",
        "Tamure", "Hapuku", "Maunga", "Whetu", "Marama", "Ruru", "Kaimoana", "Rimu", "Tuatara", "Pipi", "Awa"]
ITI = ["kahawai", "waka", "hoe", "tukutuku", "piupiu", "poi", "taiaha", "korowai", "kupenga", "matau",
       "tauranga", "wharenui", "raupo", "tititi", "pounamu", "karanga"]


def pw_words(sym: str = "*%^~.#!") -> str:
    r = _rng()
    return r.choice(KUPU) + r.choice(sym) + r.choice(KUPU) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int = 24) -> str:
    return fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(ITI, 4)) + str(r.randint(2, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def mailchimp() -> str:
    return hexs(32) + "-us21"


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def long_secret(n: int = 64) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "-_") for _ in range(n))


def docker_pat() -> str:
    return "dckr_pat_" + long_secret(27)


def tfc_token() -> str:
    return rand_pw(14) + ".atlasv1." + rand_pw(67)


def grafana_sa() -> str:
    return "glsa_" + rand_pw(32) + "_" + hexs(8)


def postman() -> str:
    return "PMAK-" + hexs(24) + "-" + hexs(34)


def vault_token() -> str:
    return "hvs." + long_secret(90)


def age_key() -> str:
    r = _rng()
    return "AGE-SECRET-KEY-1" + "".join(r.choice("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L") for _ in range(58))


def notion() -> str:
    return "secret_" + rand_pw(43)


def hubspot() -> str:
    return "pat-na1-" + fakes.uuid4(_seed())


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def cloudinary_secret() -> str:
    return long_secret(27)


def mapbox_secret() -> str:
    payload = b64url(json.dumps({"u": "hiika-gis", "a": rand_pw(25).lower()}, separators=(",", ":")))
    return "sk." + payload + "." + long_secret(22)


def jwt_service_role() -> str:
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    body = b64url('{"iss":"supabase","ref":"' + rand_pw(20).lower() + '","role":"service_role","iat":1767225600,"exp":2082758400}')
    return head + "." + body + "." + long_secret(43)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


def sha256() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers in `text` filled from `fields` (`@@secret@@` from `secret`)."""
    values = dict(fields)
    if secret is not None:
        values.setdefault("secret", secret)
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase(f"blind-lg/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- dotenv and shell

add("dotenv/postgres-password", "hiika-quota/.env", "https://github.com/motdotla/dotenv#usage", r"""
# Te Runanga Hi Ika - ratonga kota (quota service)
# Kaua e tukuna tenei ki te git! (don't commit this)
APP_ENV=production
PGHOST=hiika-db.internal.hiika.iwi.nz
PGPORT=5432
PGDATABASE=kota
PGUSER=kota_app
PGPASSWORD='@@secret@@'
ACE_YEAR=2026-27
""", pw_words())

add("dotenv/stripe-live", "ahurei-bookings/.env.production", "https://docs.stripe.com/keys", r"""
# Te Ahurei Kapa Haka - paetukutuku tiketi (booking site)
NEXT_PUBLIC_SITE_URL=https://tiketi.ahurei-haka.nz
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=nzd
# utu GST 15%
GST_RATE=0.15
""", stripe(), pk=stripe("pk_live_"))

add("dotenv/decoy-placeholder", "ahurei-bookings/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", r"""
# Kape tenei ki .env.local ka whakakii ai (copy to .env.local and fill in)
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=
TWILIO_AUTH_TOKEN=<tono ki a Hemi mo te token>
DATABASE_URL=postgres://ahurei:password@localhost:5432/ahurei_dev
""")

add("dotenv/sendgrid", "ahurei-mailer/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r"""
MAIL_FROM="Te Ahurei Kapa Haka <kiaora@ahurei-haka.nz>"
MAIL_REPLY_TO=tiketi@ahurei-haka.nz
SENDGRID_API_KEY=@@secret@@
# tauira imera: whakau tiketi (ticket confirmation template)
SENDGRID_TEMPLATE_CONFIRM=d-4b1f0c2e9a7d4e6f8a3b5c7d9e1f2a3b
SENDGRID_TEMPLATE_REMINDER=d-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f
""", sendgrid())

add("dotenv/decoy-env-reference", "hiika-ers/.env.ci", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
# Ka whakakiia e te CI (filled in by CI from repository secrets)
ERS_API_BASE=https://ers-test.example.govt.nz/api/v2
ERS_CLIENT_ID=${ERS_CLIENT_ID}
ERS_CLIENT_SECRET=${ERS_CLIENT_SECRET}
PGPASSWORD=${{ secrets.PGPASSWORD }}
AWS_PROFILE=hiika-ci
""")

add("shell/twilio-token", "ahurei-ops/scripts/send_test_sms.sh", "https://www.twilio.com/docs/messaging/quickstart", r"""
#!/usr/bin/env bash
# Tuku karere whakamatautau ki te waea o te kaiwhakahaere (send a test SMS)
set -euo pipefail
ACCOUNT_SID="AC@@sid@@"
AUTH_TOKEN="@@secret@@"
TO="${1:-+64211234567}"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json" \
  --data-urlencode "Body=Kia ora! Kua rite to tiketi mo Te Ahurei." \
  --data-urlencode "From=+6498861234" \
  --data-urlencode "To=${TO}" \
  -u "${ACCOUNT_SID}:${AUTH_TOKEN}"
""", hexs(32), sid=hexs(32))

add("shell/decoy-env-reference", "ahurei-ops/scripts/send_reminder_sms.sh", "https://www.twilio.com/docs/messaging/quickstart", r"""
#!/usr/bin/env bash
# He whakamaumahara ki nga roopu (reminder to the groups) - tokens from 1Password CLI
set -euo pipefail
: "${TWILIO_ACCOUNT_SID:?set TWILIO_ACCOUNT_SID}"
TWILIO_AUTH_TOKEN="$(op read 'op://ahurei-prod/twilio/auth_token')"
while IFS=, read -r ropu waea; do
  curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${TWILIO_ACCOUNT_SID}/Messages.json" \
    --data-urlencode "Body=Kia ora ${ropu}, ko apopo te whakaaturanga. Haere mai i te 7:30." \
    --data-urlencode "From=+6498861234" --data-urlencode "To=${waea}" \
    -u "${TWILIO_ACCOUNT_SID}:${TWILIO_AUTH_TOKEN}"
done < ropu_waea.csv
""")

add("shell-history/mysql-password", "notes/hemi_bash_history.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r"""
cd ~/src/hiika-portal
git pull --rebase
docker compose up -d db
mysql -h 127.0.0.1 -P 3306 -u whanau_admin -p'@@secret@@' whanau_portal
mysqldump -h 127.0.0.1 -u whanau_admin -p whanau_portal > /tmp/whanau_$(date +%F).sql
ls -la /tmp/*.sql
exit
""", pw_words("*%^~."))

add("shell-history/decoy-redacted", "notes/aroha_zsh_history.txt", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", r"""
: 1796543210:0;kubectl -n ahurei get pods
: 1796543221:0;kubectl -n ahurei logs deploy/bookings --since=10m | grep -i stripe
: 1796543290:0;export STRIPE_SECRET_KEY=sk_live_****************REDACTED
: 1796543302:0;stripe listen --forward-to localhost:3000/api/webhooks/stripe
: 1796543355:0;psql "$DATABASE_URL" -c 'select count(*) from tiketi where paid'
: 1796543401:0;history -d 1796543290
""")

add("shell/aws-secret", "hiika-data/bin/sync_catch_to_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r"""
#!/bin/sh
# Tukuna nga raraunga hopu ika (catch records) ki te S3 ia po
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-southeast-2
DAY=$(date -d yesterday +%Y-%m-%d)
aws s3 cp "/srv/ers/export/catch_${DAY}.csv" "s3://hiika-catch-archive/daily/${DAY}.csv" --sse AES256
echo "kua oti ${DAY}"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("powershell/sql-password", "hiika-finance/Export-AceLedger.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", r"""
# Kaweake i te pukapuka ACE ki Excel (export ACE ledger) - ka rere ia Mane
param([string]$Tau = "2026")
Import-Module SqlServer
$server = "hiika-sql01.hiika.local"
$user = "svc_ace_export"
$pass = "@@secret@@"
$query = "SELECT Species, Stock, KgHeld, KgCaught FROM dbo.AceBalance WHERE FishingYear = '$Tau'"
$rows = Invoke-Sqlcmd -ServerInstance $server -Database Kota -Username $user -Password $pass -Query $query
$rows | Export-Csv -Path "\\hiika-fs\putea\ace_$Tau.csv" -NoTypeInformation -Encoding UTF8
Write-Host "Kua oti: $($rows.Count) rarangi"
""", pw_words())

add("powershell/decoy-secret-manager", "hiika-finance/Export-QuotaReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", r"""
# Purongo kota (quota report) - kupuhipa mai i te SecretStore
Import-Module SqlServer
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'hiika-sql-report' -Vault HiikaVault
$rows = Invoke-Sqlcmd -ServerInstance 'hiika-sql01.hiika.local' -Database Kota -Credential $cred `
  -Query 'SELECT Stock, SUM(KgCaught) AS Kg FROM dbo.Landings GROUP BY Stock'
$rows | Format-Table -AutoSize
""")

# ---------------------------------------------------------------- python

add("python/mailgun", "ahurei-bookings/notify/email.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/messages", r"""
\"\"\"Imera whakau tiketi (ticket confirmation emails).\"\"\"
import requests

MAILGUN_DOMAIN = "mg.ahurei-haka.nz"
MAILGUN_KEY = "@@secret@@"  # TODO: nuku ki te Secret Manager


def tuku_whakau(imera: str, ingoa: str, tiketi: list[str]) -> None:
    rarangi = "\n".join(f"- {t}" for t in tiketi)
    requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Te Ahurei <tiketi@ahurei-haka.nz>",
            "to": imera,
            "subject": "Kua whakauhia o tiketi",
            "text": f"Kia ora {ingoa},\n\nNga tiketi:\n{rarangi}\n\nNga mihi,\nTe Ahurei",
        },
        timeout=10,
    ).raise_for_status()
""".replace('\\"', '"'), mailgun())

add("python/decoy-env-reference", "ahurei-bookings/notify/sms.py", "https://www.twilio.com/docs/libraries/reference/twilio-python", r"""
"""+'"""He karere SMS ki nga kaihoko (SMS to ticket holders)."""'+r"""
import os

from twilio.rest import Client

_client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
FROM = os.environ.get("TWILIO_FROM", "+6498861234")


def tuku(waea: str, korero: str) -> str:
    message = _client.messages.create(body=korero, from_=FROM, to=waea)
    return message.sid
""")

add("python/django-secret-key", "hiika-portal/whanau/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["whanau.hiika.iwi.nz"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://whanau.hiika.iwi.nz"]
# Ko nga uri anake ka taea te takiuru (only registered descendants can log in)
LOGIN_URL = "/takiuru/"
SESSION_COOKIE_SECURE = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "hiika-portal/whanau/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["whanau-staging.hiika.iwi.nz"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ.get("WHANAU_DB_PASSWORD", "")
# Whakamatautau anake (testing only)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
""")

add("python/openai-key", "hiika-ers/tools/whakamaori.py", "https://platform.openai.com/docs/api-reference/authentication", r"""
# Whakamaori i nga tuhipoka a nga kaihao (translate skippers' notes) - prototype
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "Translate this fishing trip note from te reo Maori to English, keep species names: "


def whakamaori(tuhipoka: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT + tuhipoka}],
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("python/postgres-dsn", "hiika-data/etl/load_landings.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", r"""
import csv
import sys

import psycopg

DSN = "postgresql://etl_loader:@@secret@@@warehouse.hiika.internal:5432/raraunga"


def main(path: str) -> None:
    with psycopg.connect(DSN) as conn, open(path, newline="") as fh:
        with conn.cursor() as cur:
            for row in csv.DictReader(fh):
                # row: waka (vessel), momo (species), kg, rohe (area)
                cur.execute(
                    "INSERT INTO landings (vessel, species, kg, area) VALUES (%s, %s, %s, %s)",
                    (row["waka"], row["momo"], row["kg"], row["rohe"]),
                )


if __name__ == "__main__":
    main(sys.argv[1])
""", rand_pw(22))

add("python/decoy-test-fixture", "hiika-data/tests/test_load_landings.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""
import pytest

from etl import load_landings

# Kupuhipa teka anake mo nga whakamatautau (fake credentials for tests only)
FAKE_DSN = "postgresql://test:test@localhost:5432/raraunga_test"


@pytest.fixture
def dsn(monkeypatch):
    monkeypatch.setattr(load_landings, "DSN", FAKE_DSN)
    return FAKE_DSN


def test_dsn_is_local(dsn):
    assert "localhost" in dsn
""")

add("python/slack-webhook", "hiika-ers/alerts.py", "https://api.slack.com/messaging/webhooks", r"""
import json
import urllib.request

# Whakamohio ki te hongere #kaitiaki-kota ina tata pau te kota (alert when quota nearly used)
WEBHOOK = "@@secret@@"


def whakatupato(stock: str, paiheneti: float) -> None:
    body = {"text": f":warning: {stock}: kua pau te {paiheneti:.0f}% o te ACE"}
    req = urllib.request.Request(WEBHOOK, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)
""", slack_webhook())

add("python/aws-pair-boto3", "hiika-data/notebooks_src/vms_positions.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r"""
# Nga turanga waka (vessel positions) mai i te puna VMS
import boto3
import pandas as pd

session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-southeast-2",
)
s3 = session.client("s3")
obj = s3.get_object(Bucket="hiika-vms", Key="positions/2026/11/positions.parquet")
df = pd.read_parquet(obj["Body"])
print(df.groupby("vessel_name")["speed_kn"].describe())
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/decoy-aws-docs-example", "hiika-data/docs_src/aws_setup_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", r"""
# Tauira mai i nga tuhinga AWS (example from the AWS docs) - EHARA i te ki tuturu
# Use `aws configure sso` instead; these are Amazon's published example values.
import boto3

session = boto3.Session(
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="ap-southeast-2",
)
print(session.client("sts").get_caller_identity())
""")

add("python/telegram-bot", "hiika-ers/bots/kaihao_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r"""
# Karere Telegram ki nga kaihao (skippers) mo nga huringa rohe kati (closed area changes)
import requests

BOT = "@@secret@@"
ROOPU_KAIHAO = -1002233445566


def panui(korero: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT}/sendMessage",
        json={"chat_id": ROOPU_KAIHAO, "text": korero},
        timeout=10,
    )


if __name__ == "__main__":
    panui("Kua katia te rohe 8 mo te koura tae noa ki te 30 o Hakihea.")
""", fakes.telegram_token(_seed()))

add("python/decoy-hashes", "hiika-data/etl/checksums.py", "https://docs.python.org/3/library/hashlib.html", r"""
# Nga tapeke haki o nga konae kua tukuna (checksums of delivered files) - kia kore e takirua
import hashlib
from pathlib import Path

KUA_TUKUNA = {
    "catch_2026-11-01.csv": "@@h1@@",
    "catch_2026-11-02.csv": "@@h2@@",
    "catch_2026-11-03.csv": "@@h3@@",
}


def kua_tukuna(path: Path) -> bool:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return KUA_TUKUNA.get(path.name) == digest
""", h1=sha256(), h2=sha256(), h3=sha256())

add("python/xero-client-secret", "hiika-finance/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections", r"""
# Tukutahi i nga nama hoko ika (fish sale invoices) ki Xero - custom connection
import requests

XERO_CLIENT_ID = "@@cid@@"
XERO_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(
        "https://identity.xero.com/connect/token",
        data={"grant_type": "client_credentials", "scope": "accounting.transactions accounting.contacts"},
        auth=(XERO_CLIENT_ID, XERO_CLIENT_SECRET),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
""", long_secret(48), cid=hexs(32).upper())

add("python/decoy-public-key", "ahurei-bookings/push/vapid.py", "https://datatracker.ietf.org/doc/html/rfc8292", r"""
# Panui pana (web push) - ko te ki tumatanui anake kei konei (public key only)
# Ko te ki matatapu kei te GCP Secret Manager: projects/ahurei/secrets/vapid-private
VAPID_PUBLIC_KEY = (
    "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"
)
VAPID_CLAIMS = {"sub": "mailto:hangarau@ahurei-haka.nz"}
""")

# ---------------------------------------------------------------- javascript and typescript

add("typescript/stripe-webhook-secret", "ahurei-bookings/src/app/api/webhooks/stripe/route.ts", "https://docs.stripe.com/webhooks#verify-official-libraries", r"""
import Stripe from "stripe";
import { markPaid } from "@/lib/tiketi";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
// TODO(Mere): nukuhia ki te env - i tere te whakaputa mo te Ahurei (rushed for launch)
const endpointSecret = "@@secret@@";

export async function POST(req: Request) {
  const sig = req.headers.get("stripe-signature") ?? "";
  const body = await req.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    await markPaid((event.data.object as Stripe.Checkout.Session).id);
  }
  return Response.json({ received: true });
}
""", whsec())

add("typescript/decoy-publishable-key", "ahurei-bookings/src/lib/stripe-client.ts", "https://docs.stripe.com/keys#obtain-api-keys", r"""
import { loadStripe } from "@stripe/stripe-js";

// He ki tumatanui tenei (publishable key) - ka pai kia kitea i te kaitirotiro
const PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en" });
export const utuTiketi = { pakeke: 4500, tamariki: 1500, whanau: 12000 }; // cents NZD
""", pk=stripe("pk_live_"))

add("javascript/google-maps-server", "ahurei-bookings/scripts/geocode-marae.js", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding", r"""
// Kimihia nga ahuahanga o nga marae noho (geocode the marae used for accommodation)
const fs = require("fs");

const KEY = "@@secret@@"; // server key, IP-restricted to build box
const marae = JSON.parse(fs.readFileSync("data/marae.json", "utf8"));

(async () => {
  for (const m of marae) {
    const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(m.address)}&region=nz&key=${KEY}`;
    const res = await fetch(url);
    const json = await res.json();
    m.location = json.results[0]?.geometry.location ?? null;
    console.log(`${m.ingoa}: ${JSON.stringify(m.location)}`);
  }
  fs.writeFileSync("data/marae.geo.json", JSON.stringify(marae, null, 2));
})();
""", google_key())

add("javascript/decoy-recaptcha-site-key", "ahurei-bookings/public/js/rehita.js", "https://developers.google.com/recaptcha/docs/v3", r"""
// Puka rehita roopu (group registration form)
const RECAPTCHA_SITE_KEY = "6Lc@@site@@";

document.getElementById("puka-rehita").addEventListener("submit", (e) => {
  e.preventDefault();
  grecaptcha.ready(() => {
    grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "rehita" }).then((token) => {
      document.getElementById("g-token").value = token;
      e.target.submit();
    });
  });
});
""", site=rand_pw(37))

add("javascript/sendgrid-inline", "ahurei-bookings/functions/sendTicket.js", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", r"""
const sgMail = require("@sendgrid/mail");
sgMail.setApiKey("@@secret@@");

exports.sendTicket = async (booking) => {
  const msg = {
    to: booking.email,
    from: "tiketi@ahurei-haka.nz",
    subject: `Ō tiketi - Te Ahurei ${booking.ra}`,
    html: `<p>Kia ora ${booking.ingoa},</p><p>Tirohia te waehere QR kua apitihia.</p>`,
    attachments: [{ content: booking.qrBase64, filename: "tiketi.png", type: "image/png" }],
  };
  await sgMail.send(msg);
};
""", sendgrid())

add("typescript/supabase-service-role", "ahurei-bookings/scripts/seed-ropu.ts", "https://supabase.com/docs/guides/api/api-keys", r"""
import { createClient } from "@supabase/supabase-js";
import ropu from "./ropu.json";

// Ka whakauru i nga roopu kapa haka katoa (seed every competing group)
const supabase = createClient(
  "https://qzkhatwuxbvrrpdnmlce.supabase.co",
  "@@secret@@",
);

for (const r of ropu) {
  const { error } = await supabase.from("ropu").upsert({ ingoa: r.ingoa, rohe: r.rohe, kaiako: r.kaiako });
  if (error) console.error(r.ingoa, error.message);
}
""", jwt_service_role())

add("typescript/decoy-supabase-anon", "ahurei-bookings/src/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", r"""
import { createClient } from "@supabase/supabase-js";

// Ko te ki "anon" anake i te taha kiritaki (only the public anon key client-side; RLS protects data)
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);
""")

add("javascript/discord-webhook", "ahurei-bookings/scripts/notify-discord.mjs", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
// Panui ki te hongere Discord a nga kaitautoko (volunteers) ina hoko tiketi VIP
const HOOK = "@@secret@@";

export async function panuiVip(ingoa, tokomaha) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Tiketi VIP: ${ingoa} (${tokomaha})`, username: "Kaitiaki Tiketi" }),
  });
}
""", discord_webhook())

add("typescript/decoy-masked-log", "ahurei-bookings/src/lib/log.ts", "https://github.com/pinojs/pino/blob/main/docs/redaction.md", r"""
import pino from "pino";

// Hunaia nga mea matatapu i nga rarangi rangitaki (redact secrets in logs)
export const log = pino({
  redact: {
    paths: ["req.headers.authorization", "stripeKey", "password", "*.cardNumber"],
    censor: "[HUNA]",
  },
});
// e.g. {"level":30,"stripeKey":"[HUNA]","msg":"checkout created"}
""")

add("javascript/mailchimp", "ahurei-bookings/scripts/sync-panui-list.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
// Tukutahi i te rarangi panui (newsletter list) ki Mailchimp
const mailchimp = require("@mailchimp/mailchimp_marketing");

mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

async function taapiri(imera, ingoa) {
  return mailchimp.lists.addListMember("a1b2c3d4e5", {
    email_address: imera,
    status: "subscribed",
    merge_fields: { FNAME: ingoa },
  });
}

module.exports = { taapiri };
""", mailchimp())

add("json/decoy-package-integrity", "ahurei-bookings/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "ahurei-bookings",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "license": "MIT"
    },
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-@@i2@@==",
      "license": "MIT"
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("npmrc/npm-token", "ahurei-ui-kit/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
# Te kete waehere (ui kit) - ka whakaputaina ki npm hei @ahurei/ui
@ahurei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
access=public
provenance=false
""", npm())

add("npmrc/decoy-env-reference", "ahurei-bookings/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
# Ka tukuna te token e te CI (NPM_TOKEN is injected by CI)
@ahurei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

# ---------------------------------------------------------------- go, java, kotlin, c#

add("go/postgres-password", "hiika-vms/internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", r"""
package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Hono ki te patengi raraunga turanga waka (vessel position database)
const (
	dbHost = "vms-db.hiika.internal"
	dbUser = "vms_writer"
	dbPass = "@@secret@@"
	dbName = "vms"
)

func Connect(ctx context.Context) (*pgxpool.Pool, error) {
	dsn := fmt.Sprintf("host=%s user=%s password=%s dbname=%s sslmode=require", dbHost, dbUser, dbPass, dbName)
	return pgxpool.New(ctx, dsn)
}
""", pw_words("*%^~."))

add("go/decoy-env-reference", "hiika-vms/internal/config/config.go", "https://pkg.go.dev/os#Getenv", r"""
package config

import "os"

// Whirihoranga (configuration) - ka panuitia mai i te taiao anake
type Config struct {
	DBPassword  string
	MapboxToken string
	ListenAddr  string
}

func Load() Config {
	return Config{
		DBPassword:  os.Getenv("VMS_DB_PASSWORD"),
		MapboxToken: os.Getenv("MAPBOX_SECRET_TOKEN"),
		ListenAddr:  envOr("LISTEN_ADDR", ":8080"),
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("go/mapbox-secret", "hiika-vms/cmd/tiles/main.go", "https://docs.mapbox.com/api/overview/#access-tokens-and-token-scopes", r"""
package main

import (
	"fmt"
	"net/http"
	"os"
)

// Tikiake i nga taera mahere o nga rohe hi ika (download fishing area tiles) mo te whakaatu offline
const mapboxToken = "@@secret@@"

func main() {
	url := fmt.Sprintf("https://api.mapbox.com/tilesets/v1/hiika-gis.rohe-hi-ika?access_token=%s", mapboxToken)
	resp, err := http.Get(url)
	if err != nil {
		fmt.Fprintln(os.Stderr, "he hapa:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println("status:", resp.Status)
}
""", mapbox_secret())

add("java/jdbc-password", "hiika-quota-api/src/main/java/nz/iwi/hiika/kota/DataSourceConfig.java", "https://docs.spring.io/spring-boot/reference/data/sql.html", r"""
package nz.iwi.hiika.kota;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DataSourceConfig {
    // Te puna raraunga kota (quota data source)
    @Bean
    public HikariDataSource dataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl("jdbc:postgresql://kota-db.hiika.internal:5432/kota");
        cfg.setUsername("kota_api");
        cfg.setPassword("@@secret@@");
        cfg.setMaximumPoolSize(8);
        return new HikariDataSource(cfg);
    }
}
""", rand_pw(18, "!*"))

add("java/decoy-spring-placeholder", "hiika-quota-api/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r"""
spring:
  application:
    name: kota-api
  datasource:
    url: jdbc:postgresql://kota-db.hiika.internal:5432/kota
    username: kota_api
    password: ${KOTA_DB_PASSWORD}
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://login.hiika.iwi.nz/realms/hiika
# Ko nga kupuhipa katoa mai i Vault (all passwords come from Vault via the agent)
""")

add("kotlin/hologram-api-key", "hiika-kaihao-app/app/src/main/java/nz/iwi/hiika/kaihao/Panui.kt", "https://www.hologram.io/references/http#send-a-cloud-message-to-a-device", r"""
package nz.iwi.hiika.kaihao

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Panui ki nga kaihao (notify skippers) - HE WHAKAMATAUTAU, kaua e tuku ki Play Store
object Panui {
    private const val HOLOGRAM_API_KEY = "@@secret@@"
    private val client = OkHttpClient()

    fun tuku(device: String, korero: String) {
        val body = "{\"deviceid\":\"$device\",\"data\":\"$korero\"}".toRequestBody("application/json".toMediaType())
        val req = Request.Builder()
            .url("https://dashboard.hologram.io/api/1/devices/messages?apikey=$HOLOGRAM_API_KEY")
            .post(body)
            .build()
        client.newCall(req).execute().close()
    }
}
""", rand_pw(32))

add("csharp/connection-string", "HiikaPortal/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r"""
{
  "ConnectionStrings": {
    "Whanau": "Server=tcp:hiika-sql.database.windows.net,1433;Initial Catalog=whanau;User ID=whanau_app;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "Panui": {
    "Karere": "Nau mai ki te tomokanga whanau"
  },
  "AllowedHosts": "whanau.hiika.iwi.nz"
}
""", pw_words("*%^~.!"))

add("csharp/decoy-user-secrets", "HiikaPortal/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
{
  "ConnectionStrings": {
    "Whanau": "Server=(localdb)\\mssqllocaldb;Database=whanau_dev;Trusted_Connection=True;"
  },
  "Xero": {
    "ClientId": "",
    "ClientSecret": ""
  },
  "_tuhipoka": "Whakamahia te 'dotnet user-secrets set Xero:ClientSecret <uara>' mo te whanaketanga",
  "AllowedHosts": "*"
}
""")

add("csharp/azure-client-secret", "HiikaPortal/Services/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", r"""
using Azure.Identity;
using Microsoft.Graph;

namespace HiikaPortal.Services;

// Tuku imera mai i te pouaka panui@hiika.iwi.nz (send mail via Graph)
public class GraphMailer
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public GraphServiceClient Client() =>
        new GraphServiceClient(new ClientSecretCredential(TenantId, ClientId, ClientSecret));
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/decoy-guid-ids", "HiikaPortal/Services/TenantInfo.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols", r"""
namespace HiikaPortal.Services;

// Nga tohu tuakiri o te kiritaki (tenant and app ids are not secrets; the secret is a managed identity)
public static class TenantInfo
{
    public const string TenantId = "@@tenant@@";
    public const string ClientId = "@@client@@";
    public const string Authority = "https://login.microsoftonline.com/" + TenantId;
    public const bool UseManagedIdentity = true;
}
""", tenant=uuid_s(), client=uuid_s())

# ---------------------------------------------------------------- php, ruby, rust, swift

add("php/windcave-key", "ahurei-legacy/includes/utu.php", "https://www.windcave.com/developer-e-commerce-api-rest", r"""
<?php
// Utu ma Windcave (payments) - te paetukutuku tawhito 2024
define('WINDCAVE_USER', 'AhureiKapaHaka_Rest');
define('WINDCAVE_KEY', '@@secret@@');

function hanga_utu(float $nui, string $tohu): array {
    $ch = curl_init('https://sec.windcave.com/api/v1/sessions');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => WINDCAVE_USER . ':' . WINDCAVE_KEY,
        CURLOPT_POSTFIELDS => json_encode(['type' => 'purchase', 'amount' => number_format($nui, 2), 'currency' => 'NZD', 'merchantReference' => $tohu]),
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_RETURNTRANSFER => true,
    ]);
    return json_decode(curl_exec($ch), true);
}
""", hexs(64))

add("php/decoy-getenv", "ahurei-legacy/includes/db.php", "https://www.php.net/manual/en/function.getenv.php", r"""
<?php
// Hononga patengi raraunga (db connection) - kei te .htaccess SetEnv nga uara
$pdo = new PDO(
    'mysql:host=' . getenv('DB_HOST') . ';dbname=ahurei;charset=utf8mb4',
    getenv('DB_USER'),
    getenv('DB_PASS'),
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""")

add("php/wp-config-password", "ahurei-panui/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/** Te paetukutuku panui (news site) o Te Ahurei */
define( 'DB_NAME', 'ahurei_wp' );
define( 'DB_USER', 'ahurei_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ahw_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw_words())

add("ruby/shopify-token", "ahurei-merch/lib/tasks/stock.rake", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r"""
# Tatau i nga hate me nga potae (count shirts and hats) i te toa Shopify
require "net/http"
require "json"

namespace :toa do
  desc "Tuhia te rarangi taonga (print inventory)"
  task :rarangi do
    uri = URI("https://ahurei-toa.myshopify.com/admin/api/2024-07/products.json?limit=50")
    req = Net::HTTP::Get.new(uri)
    req["X-Shopify-Access-Token"] = "@@secret@@"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body)["products"].each do |p|
      puts "#{p['title']}: #{p['variants'].sum { |v| v['inventory_quantity'] }}"
    end
  end
end
""", shopify())

add("ruby/decoy-credentials-reference", "ahurei-merch/config/initializers/shopify.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
# Ko nga ki Shopify kei te credentials.yml.enc (encrypted); ko te master.key kei 1Password
ShopifyAPI::Context.setup(
  api_key: Rails.application.credentials.dig(:shopify, :api_key),
  api_secret_key: Rails.application.credentials.dig(:shopify, :api_secret),
  host: "https://toa.ahurei-haka.nz",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-07",
)
""")

add("rust/age-key", "hiika-backup/src/main.rs", "https://docs.rs/age/latest/age/", r"""
//! Tautoko (backup) o nga raraunga kota - whakamuna ki te age
use std::fs;

// TODO: panuitia mai i te konae (read from file) - he whakamatautau tenei
const IDENTITY: &str = "@@secret@@";

fn main() -> anyhow::Result<()> {
    let identity: age::x25519::Identity = IDENTITY.parse().map_err(anyhow::Error::msg)?;
    let recipient = identity.to_public();
    let plain = fs::read("kota_export.sql")?;
    let enc = age::encrypt(&recipient, &plain)?;
    fs::write("kota_export.sql.age", enc)?;
    println!("kua whakamunatia");
    Ok(())
}
""", age_key())

add("rust/decoy-age-recipient", "hiika-backup/src/recipients.rs", "https://github.com/FiloSottile/age#readme", r"""
//! Nga kaiwhiwhi (recipients) - he ki tumatanui anake (public keys only)
pub const KAITIAKI: &[(&str, &str)] = &[
    ("Hemi", "age1@@r1@@"),
    ("Mere", "age1@@r2@@"),
    ("offsite", "age1@@r3@@"),
];
""", r1=rand_pw(58).lower(), r2=rand_pw(58).lower(), r3=rand_pw(58).lower())

add("swift/api-key", "AhureiApp/AhureiApp/Config/Keys.swift", "https://developer.apple.com/documentation/foundation/urlrequest", r"""
import Foundation

// Nga ki mo te taupanga Ahurei (app keys)
enum Keys {
    static let apiBase = URL(string: "https://api.ahurei-haka.nz/v1")!
    // Ko te ki a te kaiwhakahaere - TANGOHIA i mua i te tuku ki te App Store
    static let adminApiKey = "@@secret@@"
    static let publicPosterBucket = "ahurei-posters"
}
""", "ahk_live_" + rand_pw(40))

add("swift/decoy-xcconfig-reference", "AhureiApp/AhureiApp/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", r"""
// Whirihoranga tuku (release configuration)
API_BASE_URL = https:/$()/api.ahurei-haka.nz/v1
STRIPE_PUBLISHABLE_KEY = $(AHUREI_STRIPE_PK)
SENTRY_DSN = $(AHUREI_SENTRY_DSN)
#include? "Secrets.xcconfig"
PRODUCT_BUNDLE_IDENTIFIER = nz.ahurei-haka.app
""")

# ---------------------------------------------------------------- kubernetes, helm, compose

_k8s_pw = rand_pw(24)
add("k8s-secret/postgres-password-base64", "hiika-infra/k8s/kota/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#uses-for-secrets", r"""
# Muna mo te patengi raraunga kota (quota db secret)
apiVersion: v1
kind: Secret
metadata:
  name: kota-db
  namespace: kota
  labels:
    app.kubernetes.io/part-of: hiika-kota
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
""", _k8s_pw, user=b64("kota_api"), pw=b64(_k8s_pw))

add("k8s-secret/stringdata-sendgrid", "ahurei-infra/k8s/bookings/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ahurei-mail
  namespace: ahurei
type: Opaque
stringData:
  MAIL_FROM: "tiketi@ahurei-haka.nz"
  SENDGRID_API_KEY: "@@secret@@"
""", sendgrid())

add("k8s-secret/decoy-sealed-secret", "ahurei-infra/k8s/bookings/stripe-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
# He muna kua hiritia (sealed) - ka taea anake e te kaiwhakahaere i te kahui te whakatuwhera
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ahurei-stripe
  namespace: ahurei
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@c1@@
    STRIPE_WEBHOOK_SECRET: AgC@@c2@@
  template:
    metadata:
      name: ahurei-stripe
""", c1=rand_pw(340, "+/"), c2=rand_pw(300, "+/"))

add("k8s/decoy-secret-key-ref", "ahurei-infra/k8s/bookings/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bookings
  namespace: ahurei
spec:
  replicas: 3
  selector:
    matchLabels: { app: bookings }
  template:
    metadata:
      labels: { app: bookings }
    spec:
      containers:
        - name: web
          image: ghcr.io/ahurei-haka/bookings:2.3.0
          ports: [{ containerPort: 3000 }]
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: ahurei-stripe, key: STRIPE_SECRET_KEY }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: ahurei-db, key: url }
            - name: TE_REO_DEFAULT   # reo taunoa o te paetukutuku
              value: "mi"
""")

add("k8s/env-literal-password", "hiika-infra/k8s/vms/statefulset.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", r"""
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: vms-ingest
  namespace: vms
spec:
  serviceName: vms-ingest
  replicas: 1
  selector:
    matchLabels: { app: vms-ingest }
  template:
    metadata:
      labels: { app: vms-ingest }
    spec:
      containers:
        - name: ingest
          image: registry.hiika.iwi.nz/vms-ingest:1.8.2
          env:
            - name: MQTT_URL
              value: "mqtts://broker.hiika.internal:8883"
            - name: MQTT_USER
              value: "waka-gateway"
            # TODO Hemi: nukuhia ki te Secret
            - name: MQTT_PASSWORD
              value: "@@secret@@"
""", pw_words())

_dockercfg_token = github()
add("k8s-secret/dockerconfigjson", "hiika-infra/k8s/common/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r"""
# Muna toi ki te ghcr.io (image pull secret)
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: kota
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _dockercfg_token, cfg=b64(json.dumps({"auths": {"ghcr.io": {"username": "hiika-ci", "password": _dockercfg_token}}})))

add("helm/values-redis-password", "ahurei-infra/charts/bookings/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r"""
# Uara whakaputa (production values) - Te Ahurei 2027
image:
  repository: ghcr.io/ahurei-haka/bookings
  tag: "2.3.0"
ingress:
  enabled: true
  hosts:
    - host: tiketi.ahurei-haka.nz
      paths: ["/"]
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
# Rarangi tatari (waiting list) - ka tukuna nga tiketi whakakore ki konei
waitlist:
  ttlMinutes: 15
""", fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "hiika-infra/charts/kota-api/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r"""
replicaCount: 2
image:
  repository: registry.hiika.iwi.nz/kota-api
  tag: ""
postgresql:
  auth:
    username: kota_api
    database: kota
    existingSecret: kota-db
    secretKeys:
      userPasswordKey: password
# Kaua e tuhia he kupuhipa ki konei; whakamahia te existingSecret
ingress:
  host: kota.hiika.iwi.nz
""")

add("compose/mysql-root-password", "hiika-portal/docker-compose.yml", "https://hub.docker.com/_/mysql", r"""
# Taiao whanaketanga me te whakamatautau (dev and UAT) - tomokanga whanau
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_DATABASE: whanau_portal
      MYSQL_USER: whanau_admin
      MYSQL_ROOT_PASSWORD: "@@secret@@"
    volumes:
      - dbdata:/var/lib/mysql
    ports:
      - "3306:3306"
  web:
    build: .
    depends_on: [db]
    environment:
      DATABASE_HOST: db
    ports:
      - "8000:8000"
volumes:
  dbdata:
""", rand_pw(20))

add("compose/decoy-env-file", "ahurei-bookings/compose.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", r"""
services:
  web:
    build: .
    env_file: .env.local
    environment:
      DATABASE_URL: postgres://ahurei:${POSTGRES_PASSWORD:?tautuhia te POSTGRES_PASSWORD}@db:5432/ahurei
    ports: ["3000:3000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ahurei
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
""")

add("compose/minio-secret", "hiika-data/docker-compose.minio.yml", "https://min.io/docs/minio/container/index.html", r"""
# Putunga ahua (photo store) mo nga whakaahua ika - MinIO
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-10-13T13-34-11Z
    command: server /data --console-address ":9001"
    environment:
      - MINIO_ROOT_USER=hiika-admin
      - MINIO_ROOT_PASSWORD=@@secret@@
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - ./data:/data
""", passphrase())

# ---------------------------------------------------------------- terraform, ansible

add("terraform/cloudflare-token", "ahurei-infra/terraform/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r"""
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
  }
}

# Rohe DNS mo ahurei-haka.nz
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "tiketi" {
  zone_id = var.zone_id
  name    = "tiketi"
  content = "cname.vercel-dns.com"
  type    = "CNAME"
  proxied = false
}
""", rand_pw(40, "_-"))

add("terraform/decoy-variable", "hiika-infra/terraform/aws/providers.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r"""
variable "db_password" {
  description = "Kupuhipa matua o te RDS (master password) - tukuna ma TF_VAR_db_password"
  type        = string
  sensitive   = true
}

provider "aws" {
  region = "ap-southeast-2"
  assume_role {
    role_arn = "arn:aws:iam::@@acct@@:role/hiika-terraform"
  }
}
""", acct=str(_rng().randint(10**11, 10**12 - 1)))

add("terraform/rds-password", "hiika-infra/terraform/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r"""
# Patengi raraunga whare putunga (warehouse db)
resource "aws_db_instance" "raraunga" {
  identifier          = "hiika-raraunga"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "hiika_admin"
  password            = "@@secret@@"
  storage_encrypted   = true
  skip_final_snapshot = false
  tags = { Ropu = "raraunga", Kaitiaki = "hemi" }
}
""", rand_pw(26))

add("terraform/decoy-tfvars-example", "hiika-infra/terraform/aws/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r"""
# Kapehia hei terraform.tfvars (kaua e tukuna)
db_password   = "<kupuhipa-roa-rawa>"
alert_webhook = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
vms_bucket    = "hiika-vms"
environment   = "whakamatautau"
""")

add("terraform/tfc-token-credrc", "notes/terraformrc.txt", "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials", r"""
# ~/.terraformrc o te rorohiko hanga (build box) - kapehia mai 2026-10-02
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "@@secret@@"
}
""", tfc_token())

add("ansible/vars-plain-password", "hiika-infra/ansible/group_vars/vms_gateways.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", r"""
---
# Nga kuaha VMS i runga i nga waka (on-vessel gateways)
mqtt_broker: broker.hiika.internal
mqtt_port: 8883
mqtt_user: waka-gateway
mqtt_password: "@@secret@@"
gateway_report_interval_s: 60
ntp_servers:
  - 0.nz.pool.ntp.org
  - 1.nz.pool.ntp.org
""", pw_words())

add("ansible/decoy-vault-encrypted", "hiika-infra/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(46))

add("ansible/decoy-vault-reference", "hiika-infra/ansible/roles/portal/defaults/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", r"""
---
portal_db_user: whanau_admin
portal_db_password: "{{ vault_portal_db_password }}"
portal_django_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/portal:django') }}"
portal_domain: whanau.hiika.iwi.nz
# Reo o te tomokanga: mi, en
portal_languages: [mi, en]
""")

add("ansible/playbook-inline-token", "hiika-infra/ansible/deploy_vms.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", r"""
---
- name: Whakaputa te vms-ingest (deploy)
  hosts: vms_hosts
  become: true
  vars:
    registry: registry.hiika.iwi.nz
  tasks:
    - name: Takiuru ki te rehita (log in to registry)
      community.docker.docker_login:
        registry_url: "{{ registry }}"
        username: deploy-bot
        password: "@@secret@@"
    - name: Tikina te ahua hou
      community.docker.docker_image:
        name: "{{ registry }}/vms-ingest:1.8.2"
        source: pull
""", docker_pat())

# ---------------------------------------------------------------- ci

add("github-actions/inline-gitlab-token", "hiika-quota-api/.github/workflows/mirror.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", r"""
name: whakaata ki GitLab (mirror)
on:
  push:
    branches: [matua]
jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - name: Pana ki GitLab
        run: |
          git remote add gitlab https://oauth2:@@secret@@@gitlab.com/hiika/kota-api.git
          git push gitlab matua --force
""", gitlab())

add("github-actions/decoy-secrets-context", "ahurei-bookings/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r"""
name: whakaputa
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: ${{ vars.STRIPE_PK }}
      - run: npx vercel deploy --prod --token "${{ secrets.VERCEL_TOKEN }}"
""")

add("gitlab-ci/docker-hub-token", "hiika-vms/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", r"""
stages: [hanga, whakaputa]

variables:
  IMAGE: hiika/vms-ingest

hanga:
  stage: hanga
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "@@secret@@" | docker login -u hiikaci --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", docker_pat())

add("gitlab-ci/decoy-masked-variable", "hiika-data/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r"""
# Ko nga taurangi (variables) PGPASSWORD me AWS_* kei Settings > CI/CD, kua huna (masked)
stages: [whakamatautau]

pytest:
  stage: whakamatautau
  image: python:3.12
  variables:
    PGHOST: postgres
    PGUSER: test
    PGPASSWORD: test
    POSTGRES_PASSWORD: test
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q
""")

add("jenkins/credentials-inline", "hiika-quota-api/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r"""
pipeline {
  agent any
  environment {
    // Token SonarQube - me huri ki te withCredentials
    SONAR_TOKEN = '@@secret@@'
  }
  stages {
    stage('Hanga') {
      steps { sh './gradlew build' }
    }
    stage('Tātari') {
      steps { sh './gradlew sonar -Dsonar.host.url=https://sonar.hiika.iwi.nz -Dsonar.token=$SONAR_TOKEN' }
    }
  }
}
""", "squ_" + hexs(40))

add("jenkins/decoy-with-credentials", "hiika-vms/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r"""
pipeline {
  agent { label 'linux' }
  stages {
    stage('Whakaputa') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'hiika-registry', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
          sh 'echo "$REG_PASS" | docker login registry.hiika.iwi.nz -u "$REG_USER" --password-stdin'
          sh 'docker push registry.hiika.iwi.nz/vms-ingest:${BUILD_NUMBER}'
        }
      }
    }
  }
}
""")

add("circleci/slack-webhook", "ahurei-ui-kit/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", r"""
version: 2.1
jobs:
  hanga:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: npm ci && npm test
      - run:
          name: Panui ki Slack
          when: on_fail
          command: |
            curl -X POST -H 'Content-type: application/json' \
              --data '{"text":"Kua hinga te hanga o ahurei-ui-kit"}' \
              @@secret@@
workflows:
  main:
    jobs: [hanga]
""", slack_webhook())

add("azure-pipelines/decoy-variable-group", "HiikaPortal/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", r"""
trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  - group: hiika-portal-prod   # kei konei te SqlPassword (secret variable)
  - name: buildConfiguration
    value: Release
steps:
  - script: dotnet publish -c $(buildConfiguration) -o out
  - task: AzureWebApp@1
    inputs:
      azureSubscription: hiika-azure
      appName: hiika-portal
      package: out
  - script: sqlcmd -S hiika-sql.database.windows.net -U whanau_app -P "$(SqlPassword)" -i migrate.sql
""")

add("bitbucket/pypi-token", "hiika-ers-client/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", r"""
image: python:3.12
pipelines:
  tags:
    'v*':
      - step:
          name: Whakaputa ki PyPI (publish)
          script:
            - pip install build twine
            - python -m build
            - twine upload -u __token__ -p @@secret@@ dist/*
""", fakes.pypi_token(_seed()))

add("dockerfile/build-arg-token", "hiika-quota-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r"""
FROM eclipse-temurin:21-jdk AS hanga
WORKDIR /src
# Rehita Maven motuhake (private maven registry) a Hi Ika
ENV GITHUB_PACKAGES_TOKEN=@@secret@@
COPY . .
RUN ./gradlew bootJar -PgprUser=hiika-ci -PgprToken=$GITHUB_PACKAGES_TOKEN

FROM eclipse-temurin:21-jre
COPY --from=hanga /src/build/libs/kota-api.jar /app/kota-api.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/kota-api.jar"]
""", github())

add("dockerfile/decoy-build-secret", "ahurei-bookings/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# Ka tukuna te NPM_TOKEN hei muna hanga (build secret), kaore e noho ki te ahua
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build
EXPOSE 3000
CMD ["npm", "start"]
""")

add("dockerfile/env-api-key", "hiika-ers/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Ki API o FishServe (whakamatautau) - Mere 2026-09
ENV FISHSERVE_API_KEY="@@secret@@" \
    FISHSERVE_BASE=https://api-uat.fishserve.example.nz/v3
CMD ["python", "-m", "ers.sync"]
""", mixed(40))

# ---------------------------------------------------------------- configs: yaml, toml, ini, json, xml

add("yaml/app-config-datadog", "hiika-vms/config/production.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r"""
# Whirihoranga whakaputa (production) - vms-ingest
listen: ":8080"
mqtt:
  url: mqtts://broker.hiika.internal:8883
  topic: "waka/+/turanga"
metrics:
  datadog:
    site: datadoghq.com
    api_key: @@secret@@
    tags: ["ropu:hiika", "ratonga:vms"]
retention_days: 400
""", hexs(32))

add("yaml/decoy-sops-encrypted", "hiika-vms/config/secrets.enc.yaml", "https://github.com/getsops/sops#usage", r"""
mqtt:
    password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
datadog:
    api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-southeast-2:@@acct@@:key/@@kid@@
          created_at: "2026-09-14T02:11:45Z"
    lastmodified: "2026-11-02T21:04:10Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.0
""", d1=rand_pw(32, "+/"), iv1=rand_pw(43, "+/") + "=", t1=rand_pw(22, "+/") + "==",
    d2=rand_pw(44, "+/"), iv2=rand_pw(43, "+/") + "=", t2=rand_pw(22, "+/") + "==",
    acct=str(_rng().randint(10**11, 10**12 - 1)), kid=uuid_s(), mac=rand_pw(88, "+/"))

add("toml/poetry-http-basic", "hiika-ers-client/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", r"""
# Whirihoranga Poetry a te rohe (local) - kaua e tukuna (kei te .gitignore? KAORE)
[virtualenvs]
in-project = true

[http-basic.hiika-pypi]
username = "hiika-ci"
password = "@@secret@@"
""", rand_pw(32))

add("toml/decoy-cargo-config", "hiika-backup/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", r"""
[registries.hiika]
index = "sparse+https://cargo.hiika.iwi.nz/index/"
credential-provider = ["cargo:token-from-stdout", "op", "read", "op://hiika-dev/cargo/token"]

[registry]
global-credential-providers = ["cargo:token"]
""")

add("toml/streamlit-secrets", "hiika-data/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r"""
# Papatohu kota (quota dashboard) - Streamlit
[connections.raraunga]
dialect = "postgresql"
host = "warehouse.hiika.internal"
port = "5432"
database = "raraunga"
username = "papatohu_ro"
password = "@@secret@@"
""", pw_words())

add("ini/decoy-alembic", "hiika-data/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", r"""
[alembic]
script_location = migrations
# Ka tangohia te URL mai i te taiao (DATABASE_URL) i env.py; he tauira anake tenei
sqlalchemy.url = postgresql://user:pass@localhost/dbname

[loggers]
keys = root
""")

add("ini/odbc-password", "hiika-finance/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""
; Puna raraunga ODBC mo te purongo putea (finance reporting)
[HiikaKota]
Driver = ODBC Driver 18 for SQL Server
Server = hiika-sql01.hiika.local,1433
Database = Kota
UID = svc_ace_report
PWD = @@secret@@
TrustServerCertificate = yes
""", pw_words("*%^~.!"))

add("ini/decoy-php-ini", "ahurei-legacy/php.ini", "https://www.php.net/manual/en/ini.list.php", r"""
; Tautuhinga PHP mo te paetukutuku tawhito
memory_limit = 256M
upload_max_filesize = 20M
session.cookie_secure = 1
session.cookie_httponly = 1
mysqli.default_pw =
date.timezone = Pacific/Auckland
""")

add("json/service-account-key", "hiika-data/keys/hiika-bigquery-loader.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "hiika-raraunga",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@hiika-raraunga.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n",
    kid=hexs(40), cid=str(_rng().randint(10**20, 10**21 - 1)))

add("json/decoy-firebase-public-config", "ahurei-bookings/public/firebase-messaging-config.json", "https://firebase.google.com/docs/projects/api-keys", r"""
{
  "_tuhipoka": "He whirihoranga kiritaki tumatanui (public client config); ko te ki matatapu kei te tumau anake",
  "projectId": "ahurei-haka-2027",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "vapidPublicKey": "BN@@vapid@@"
}
""", sender=str(_rng().randint(10**11, 10**12 - 1)), app=hexs(22), vapid=rand_pw(85, "-_"))

add("json/vscode-rest-client-token", "hiika-quota-api/.vscode/settings.json", "https://github.com/Huachao/vscode-restclient#environment-variables", r"""
{
  "editor.formatOnSave": true,
  "java.configuration.updateBuildConfiguration": "automatic",
  "rest-client.environmentVariables": {
    "whakamatautau": {
      "baseUrl": "https://kota-uat.hiika.iwi.nz",
      "token": "@@secret@@"
    },
    "rohe": {
      "baseUrl": "http://localhost:8080",
      "token": "dev"
    }
  }
}
""", "hk_uat_" + mixed(36))

add("json/decoy-appsettings-keyvault", "HiikaPortal/appsettings.Staging.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", r"""
{
  "KeyVault": {
    "Uri": "https://hiika-kv-staging.vault.azure.net/"
  },
  "ConnectionStrings": {
    "Whanau": "@Microsoft.KeyVault(SecretUri=https://hiika-kv-staging.vault.azure.net/secrets/whanau-sql/)"
  },
  "Xero": { "ClientSecret": "@Microsoft.KeyVault(VaultName=hiika-kv-staging;SecretName=xero-secret)" }
}
""")

add("xml/maven-settings-password", "hiika-quota-api/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Rehita motuhake a Hi Ika (private Nexus) -->
  <servers>
    <server>
      <id>hiika-nexus</id>
      <username>kota-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>hiika-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.hiika.iwi.nz/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("xml/decoy-maven-env", "hiika-vms-java/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings>
  <!-- Ka panuitia te kupuhipa mai i te taiao (from the environment) -->
  <servers>
    <server>
      <id>hiika-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/web-config-smtp", "ahurei-legacy-aspx/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Paetukutuku rehita tawhito 2023 (old registration site) -->
  <system.net>
    <mailSettings>
      <smtp from="rehita@ahurei-haka.nz" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="rehita@ahurei-haka.nz" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="Tau" value="2023" />
  </appSettings>
</configuration>
""", pw_words())

add("xml/decoy-android-strings", "hiika-kaihao-app/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Kaihao</string>
    <string name="takiuru">Takiuru</string>
    <string name="kupuhipa">Kupuhipa</string>
    <string name="kupuhipa_hint">Tuhia to kupuhipa</string>
    <string name="wareware_kupuhipa">Kua wareware to kupuhipa?</string>
    <string name="api_base">https://kaihao.hiika.iwi.nz/api/</string>
</resources>
""")

# ---------------------------------------------------------------- client configs

add("pgpass/postgres-password", "notes/pgpass_backup.txt", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# kape o ~/.pgpass a Hemi (mo te wa e whakahou ana te rorohiko)
# hostname:port:database:username:password
warehouse.hiika.internal:5432:raraunga:hemi:@@secret@@
localhost:5432:*:postgres:postgres
kota-db.hiika.internal:5432:kota:kota_ro:*
""", rand_pw(20))

add("netrc/cdn-password", "notes/netrc_ahurei_buildbox.txt", "https://everything.curl.dev/usingcurl/netrc.html", r"""
# ~/.netrc on the ahurei build box (for curl uploads to the poster CDN)
machine uploads.bunny.net
  login ahurei-posters
  password @@secret@@
machine api.github.com
  login ahurei-ci
""", uuid_s() + "-" + hexs(4) + "-" + hexs(4))

add("git-credentials/github-token", "notes/git-credentials.txt", "https://git-scm.com/docs/git-credential-store#_storage_format", r"""
# kua kapehia mai i ~/.git-credentials i mua i te whakahou i te rorohiko
https://hiika-ci:@@secret@@@github.com
https://mere@bitbucket.org
# (ko te Bitbucket kei te keychain)
# muku i tenei konae ina oti
""", github())

add("aws-credentials/profile", "notes/aws_credentials_hiika.ini", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r"""
[default]
region = ap-southeast-2

[hiika-data]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@

[hiika-ci]
role_arn = arn:aws:iam::123456789012:role/ci
source_profile = hiika-data
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws-config/decoy-sso", "notes/aws_config_hiika.ini", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r"""
[profile hiika-data]
sso_session = hiika
sso_account_id = 123456789012
sso_role_name = RaraungaKaimahi
region = ap-southeast-2

[sso-session hiika]
sso_start_url = https://hiika.awsapps.com/start
sso_region = ap-southeast-2
""")

add("rclone/s3-secret", "hiika-backup/rclone.conf", "https://rclone.org/s3/#configuration", r"""
# Tautoko ki Backblaze B2 (offsite backup) - ka rere a rclone ia po
[b2-hiika]
type = b2
account = 005@@acct@@0000000003
key = @@secret@@
hard_delete = false

[rohe]
type = local
""", "K005" + rand_pw(27, "+/"), acct=hexs(12))

add("docker-config/auth-base64", "notes/docker_config_buildbox.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r"""
{
  "auths": {
    "registry.hiika.iwi.nz": {
      "auth": "@@auth@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", (_reg_pw := rand_pw(24)), auth=b64("deploy-bot:" + _reg_pw))

add("ssh/private-key-openssh", "hiika-infra/keys/waka-gateway-deploy", "https://man.openbsd.org/ssh-keygen", r"""
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("ssh/decoy-public-key", "hiika-infra/keys/waka-gateway-deploy.pub", "https://man.openbsd.org/ssh-keygen", r"""
# Ki tumatanui mo nga kuaha VMS (public key for gateways); ko te ki matatapu kei Vault
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ deploy@waka-gateway
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ hemi@hiika
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ mere@hiika
# whakahou: 2026-10
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(200, "+/"))

add("pypirc/pypi-token", "notes/pypirc_mere.txt", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
# ~/.pypirc - mo te tuku i hiika-ers-client
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("s3cfg/decoy-placeholder", "hiika-backup/s3cfg.template", "https://s3tools.org/kb/item14.htm", r"""
# Tauira s3cmd - whakakiia nga uara i to rorohiko ake
[default]
access_key = YOUR_ACCESS_KEY
secret_key = YOUR_SECRET_KEY
host_base = s3.ap-southeast-2.amazonaws.com
host_bucket = %(bucket)s.s3.ap-southeast-2.amazonaws.com
use_https = True
""")

# ---------------------------------------------------------------- notebooks

def notebook(cells: List[str]) -> str:
    out = []
    for cell in cells:
        lines = cell.split("\n")
        src = ",\n".join("    " + json.dumps(line + ("\n" if i < len(lines) - 1 else "")) for i, line in enumerate(lines))
        out.append('  {\n   "cell_type": "code",\n   "metadata": {},\n   "outputs": [],\n   "source": [\n' + src + "\n   ]\n  }")
    return ('{\n "cells": [\n' + ",\n".join(out) + '\n ],\n "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},\n'
            ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')


add("notebook/snowflake-password", "hiika-data/notebooks/kota_tataritanga.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", notebook([
    "# Tataritanga kota (quota analysis) 2026\nimport pandas as pd\nimport snowflake.connector",
    "conn = snowflake.connector.connect(\n    account=\"hiika-raraunga\",\n    user=\"KAITATARI\",\n    password=\"@@secret@@\",\n    warehouse=\"TATARI_WH\",\n)",
    "df = pd.read_sql(\"select stock, sum(kg) kg from landings group by stock\", conn)\ndf.sort_values(\"kg\", ascending=False).head(10)",
]), pw_words("*%^~."))

add("notebook/decoy-getpass", "hiika-data/notebooks/ika_rahi.ipynb", "https://docs.python.org/3/library/getpass.html", notebook([
    "# Ko nga ika rahi rawa (largest fish) i hopukina\nimport getpass\nimport pandas as pd\nimport psycopg",
    "kupuhipa = getpass.getpass(\"Kupuhipa raraunga: \")\nconn = psycopg.connect(host=\"warehouse.hiika.internal\", dbname=\"raraunga\", user=\"kaitatari\", password=kupuhipa)",
    "pd.read_sql(\"select species, max(weight_kg) from catch group by species\", conn)",
]))

add("notebook/hf-token", "hiika-data/notebooks/whakaahua_ika.ipynb", "https://huggingface.co/docs/hub/security-tokens", notebook([
    "# Tautuhi momo ika mai i nga whakaahua (classify fish species from photos)\nfrom huggingface_hub import login\nlogin(token=\"@@secret@@\")",
    "from transformers import pipeline\nclf = pipeline(\"image-classification\", model=\"hiika/momo-ika-vit\")\nclf(\"whakaahua/tarakihi_0042.jpg\")",
]), "hf_" + rand_pw(34))

add("notebook/decoy-colab-userdata", "ahurei-bookings/analysis/hoko_tiketi.ipynb", "https://colab.research.google.com/notebooks/snippets/secrets.ipynb", notebook([
    "# Tataritanga hoko tiketi (ticket sales analysis)\nfrom google.colab import userdata\nimport stripe\nstripe.api_key = userdata.get(\"STRIPE_RESTRICTED_KEY\")",
    "charges = stripe.Charge.list(limit=100, created={\"gte\": 1796169600})\nsum(c.amount for c in charges.auto_paging_iter()) / 100",
]))

# ---------------------------------------------------------------- sql

add("sql/create-user-password", "hiika-data/migrations/0007_kaitatari_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r"""
-- Turanga mo nga kaitatari (analyst role) - panui anake
CREATE ROLE kaitatari LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE raraunga TO kaitatari;
GRANT USAGE ON SCHEMA kota TO kaitatari;
GRANT SELECT ON ALL TABLES IN SCHEMA kota TO kaitatari;
ALTER DEFAULT PRIVILEGES IN SCHEMA kota GRANT SELECT ON TABLES TO kaitatari;
""", rand_pw(20))

add("sql/decoy-bcrypt-seed", "hiika-portal/fixtures/0002_seed_users.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", r"""
-- Kaiwhakamahi whakamatautau (test users) mo te taiao UAT; ko nga hash anake kei konei
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('kaiwhakahaere', 'admin@hiika.iwi.nz', 'bcrypt_sha256$$2b$12$@@h1@@', true),
  ('uri_whakamatautau', 'uri@example.nz', 'bcrypt_sha256$$2b$12$@@h2@@', false),
  ('kaitatari', 'kaitatari@hiika.iwi.nz', 'pbkdf2_sha256$720000$@@salt@@$@@h3@@', false);
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), salt=rand_pw(22), h3=rand_pw(43, "+/") + "=")

add("sql/linked-server-password", "hiika-finance/sql/setup_linked_xero.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", r"""
-- Tumau hono ki te patengi raraunga hoko ika (fish sales db)
EXEC sp_addlinkedserver @server = N'HOKO', @srvproduct = N'', @provider = N'MSOLEDBSQL',
     @datasrc = N'hoko-sql.hiika.local';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HOKO', @useself = N'FALSE',
     @locallogin = NULL, @rmtuser = N'svc_hoko_link', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM HOKO.Hoko.dbo.Invoices ORDER BY InvoiceDate DESC;
""", pw_words())

add("sql/decoy-api-key-hash", "ahurei-bookings/supabase/migrations/20261101_api_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r"""
-- Nga ki API mo nga kaiwhakarite (organisers): ka penapenatia te hash anake
CREATE TABLE api_keys (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ropu_id uuid NOT NULL REFERENCES ropu(id),
  prefix text NOT NULL,            -- e.g. 'ahk_live_3f9a' (ka whakaatuhia ki te kaiwhakamahi)
  key_hash text NOT NULL,          -- sha256 of the full key
  created_at timestamptz DEFAULT now()
);
INSERT INTO api_keys (ropu_id, prefix, key_hash) VALUES
  ('@@u1@@', 'ahk_live_3f9a', '@@h1@@');
""", u1=uuid_s(), h1=sha256())

add("sql/dblink-connstr", "hiika-data/sql/pull_vms_summary.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", r"""
-- Kohia nga whakarapopototanga VMS ia ra (daily VMS summary) ki te whare putunga
INSERT INTO vms_daily (vessel, day, hours_at_sea, distance_nm)
SELECT * FROM dblink(
  'host=vms-db.hiika.internal dbname=vms user=vms_reader password=@@secret@@',
  $$SELECT vessel, date_trunc('day', ts), sum(dt_h), sum(dist_nm) FROM positions
    WHERE ts >= now() - interval '1 day' GROUP BY 1, 2$$
) AS t(vessel text, day date, hours_at_sea numeric, distance_nm numeric);
""", rand_pw(18))

# ---------------------------------------------------------------- logs and csv

add("log/debug-bearer", "ahurei-bookings/logs/api-2026-11-14.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", r"""
2026-11-14T09:12:01.221Z INFO  bookings listening on :3000
2026-11-14T09:12:44.908Z DEBUG outgoing POST https://api.eventfinda.co.nz/v2/events.json
2026-11-14T09:12:44.909Z DEBUG headers {"Authorization":"Bearer @@secret@@","Content-Type":"application/json"}
2026-11-14T09:12:45.311Z INFO  eventfinda: kua whakahou te takahanga (event updated) id=884123
2026-11-14T09:13:02.004Z WARN  tiketi: 3 kua toe mo te ra tuarua (3 left for day two)
""", mixed(48))

add("log/decoy-masked", "ahurei-bookings/logs/api-2026-11-15.log", "https://docs.stripe.com/api/errors", r"""
2026-11-15T08:00:03.118Z INFO  bookings listening on :3000
2026-11-15T08:04:17.552Z INFO  stripe: checkout.session.completed cs_live_a1@@cs@@ amount=4500 nzd
2026-11-15T08:04:17.560Z DEBUG stripe key in use: sk_live_************************Xk2P
2026-11-15T08:04:18.002Z INFO  imera: kua tukuna te whakau ki m***@gmail.com
2026-11-15T08:09:55.731Z ERROR twilio 20003 Authenticate (token=[REDACTED])
""", cs=rand_pw(56))

add("log/smtp-auth-plain", "ahurei-mailer/logs/smtp-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", r"""
[2026-11-10 21:03:11] S: 220 smtp.mailgun.org ESMTP ready
[2026-11-10 21:03:11] C: EHLO tiketi.ahurei-haka.nz
[2026-11-10 21:03:11] S: 250-AUTH PLAIN LOGIN
[2026-11-10 21:03:11] C: AUTH PLAIN @@plain@@
[2026-11-10 21:03:12] S: 235 2.0.0 OK
[2026-11-10 21:03:12] C: MAIL FROM:<tiketi@ahurei-haka.nz>
[2026-11-10 21:03:12] S: 250 Sender address accepted
""", (_smtp_pw := rand_pw(32)), plain=b64("\0postmaster@mg.ahurei-haka.nz\0" + _smtp_pw))

add("log/decoy-request-ids", "hiika-ers/logs/ers-sync.log", "https://docs.python.org/3/library/logging.html", r"""
2026-11-20 03:00:01,004 INFO ers.sync: timata (start) - 14 waka
2026-11-20 03:00:03,870 INFO ers.sync: TCER sent vessel=KAHU-II trip=@@t1@@ request_id=@@r1@@
2026-11-20 03:00:05,112 INFO ers.sync: TCER sent vessel=TANIWHA trip=@@t2@@ request_id=@@r2@@
2026-11-20 03:00:05,900 WARN ers.sync: retry 1/3 etag=W/"@@etag@@"
2026-11-20 03:00:07,433 INFO ers.sync: kua oti (done) sha256=@@sha@@
""", t1=uuid_s(), r1=hexs(32), t2=uuid_s(), r2=hexs(32), etag=hexs(40), sha=sha256())

add("csv/user-import-password", "hiika-portal/imports/kaitiaki_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""
ingoa,imera,turanga,kupuhipa_tuatahi
Hemi Walker,hemi@hiika.iwi.nz,kaiwhakahaere,
Mere Tipene,mere@hiika.iwi.nz,kaitatari,
Rawiri Kingi,rawiri@hiika.iwi.nz,kaitiaki,@@secret@@
Aroha Paki,aroha@hiika.iwi.nz,kaitiaki,
# (ko te kupuhipa o Rawiri - me huri i te takiuru tuatahi)
""", pw_words())

add("csv/decoy-booking-export", "ahurei-bookings/exports/tiketi_2026-11-15.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""
booking_id,ropu,ingoa,tokomaha,utu_nzd,stripe_payment_intent,qr_hash
@@b1@@,Te Waka Huia,Hine K.,4,180.00,pi_3Q@@p1@@,@@q1@@
@@b2@@,Ngati Rangi Kapa Haka,Tama R.,2,90.00,pi_3Q@@p2@@,@@q2@@
@@b3@@,,Wiremu T.,1,45.00,pi_3Q@@p3@@,@@q3@@
@@b4@@,Te Kura o Waiu,Kaiako,30,900.00,pi_3Q@@p4@@,@@q4@@
""", b1=uuid_s(), b2=uuid_s(), b3=uuid_s(), b4=uuid_s(), p1=rand_pw(22), p2=rand_pw(22), p3=rand_pw(22), p4=rand_pw(22),
    q1=sha256(), q2=sha256(), q3=sha256(), q4=sha256())

add("csv/api-keys-sheet", "ahurei-ops/handover/ratonga_tuihono.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""
ratonga,kaitiaki,ki,tuhipoka
Stripe,Aroha,kei 1Password,
Twilio,Hemi,kei 1Password,
Cloudinary,Mere,@@secret@@,api secret mo ahurei-posters (key 5484...)
Mailchimp,Aroha,kei 1Password,ka mutu a Hakihea
Vercel,Hemi,kei 1Password,
""", cloudinary_secret())

# ---------------------------------------------------------------- documentation, wikis, notes, runbooks

add("markdown/readme-connection-string", "hiika-data/README.md", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
# hiika-data

Nga paipa raraunga (data pipelines) a Te Runanga Hi Ika o Ngati Kowhai.

## Timata (getting started)

```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
```

Ko te patengi raraunga tuhipoka (notes store) he MongoDB Atlas:

```
mongodb+srv://hiika_etl:@@secret@@@raraunga.k7ph2.mongodb.net/tuhipoka?retryWrites=true
```

## Whakamatautau

`pytest -q`
""", rand_pw(20))

add("markdown/decoy-readme-placeholders", "ahurei-bookings/README.md", "https://www.makeareadme.com/", r"""
# Te Ahurei - paetukutuku tiketi

Paetukutuku hoko tiketi me te rehita roopu mo Te Ahurei Kapa Haka o Te Tairawhiti.

## Whakarite (setup)

1. `cp .env.example .env.local`
2. Whakakiia: `STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx` (mai i te papatohu Stripe, aratau whakamatautau)
3. `SENDGRID_API_KEY=SG.<your-key>` - tonoa ki a Aroha
4. `npm install && npm run dev`

Kaua rawa e tuku i nga ki `sk_live_` ki te git. Ka tirohia e te CI.

| Taurangi | Tauira |
|---|---|
| `DATABASE_URL` | `postgres://ahurei:<kupuhipa>@localhost:5432/ahurei` |
| `TWILIO_AUTH_TOKEN` | `your_auth_token` |
""")

add("markdown/runbook-vault-token", "hiika-infra/docs/runbooks/vault-unseal.md", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r"""
# Pukapuka mahi: whakatuwhera Vault (unseal runbook)

Mena ka hinga te tumau vault-01 (if vault-01 restarts):

1. `ssh hemi@vault-01.hiika.internal`
2. `vault operator unseal` (e toru nga ki, kei nga kaitiaki e toru)
3. Takiuru hei kaiwhakahaere:

   ```
   export VAULT_ADDR=https://vault.hiika.internal:8200
   vault login @@secret@@
   ```

4. Tirohia: `vault status` me `vault secrets list`

> Tuhipoka: ko te token pakiaka (root token) i runga ake - me whakakore i muri i te wa ohotata.
""", vault_token())

add("markdown/decoy-runbook-rotation", "hiika-infra/docs/runbooks/huri-kupuhipa.md", "https://developer.hashicorp.com/vault/docs/secrets/databases", r"""
# Huri kupuhipa (password rotation)

Ka hurihia nga kupuhipa patengi raraunga ia 30 ra e Vault (database secrets engine).

```bash
vault read database/creds/kota-api        # ka whakaputa he kupuhipa poto-wa (short-lived)
vault lease revoke -prefix database/creds/kota-api
```

Tauira putanga (example output, values redacted):

```
Key                Value
lease_id           database/creds/kota-api/<lease-id>
password           ****************
username           v-token-kota-api-<random>
```
""")

add("markdown/incident-slack-bot", "ahurei-ops/docs/aituā/2026-10-ti-pakaru.md", "https://api.slack.com/authentication/token-types#bot", r"""
# Aituā: kua pakaru te panui tiketi (ticket notification outage) 2026-10-21

**Whakarapopototanga:** i hinga te bot Slack `#tiketi-hoko` mo nga haora e 3.

## Te take (cause)
I whakakorehia te token tawhito. Ko te token hou i whakaurua e Hemi:

`SLACK_BOT_TOKEN=@@secret@@`

## Mahi whai muri (follow-ups)
- [ ] Nukuhia te token ki te Secret Manager
- [ ] Tapirihia he whakatupato (alert) mo nga hapa 401
""", slack_bot())

add("markdown/decoy-adr-secrets", "ahurei-ops/docs/adr/0004-muna.md", "https://adr.github.io/", r"""
# ADR 0004: Te whakahaere muna (secret management)

## Horopaki (context)
I mua, i noho nga ki Stripe me Twilio ki nga konae `.env` i runga i nga rorohiko.

## Whakatau (decision)
Ka whakamahia te GCP Secret Manager. Ka tangohia nga uara i te wa whakaoho:

    gcloud secrets versions access latest --secret=stripe-secret-key

Ko nga ingoa muna: `stripe-secret-key`, `stripe-webhook-secret`, `twilio-auth-token`, `sendgrid-api-key`.

## Hua (consequences)
Kaore he uara muna i roto i te git; ka tirohia e te CI ki te kore.
""")

add("rst/docs-api-key", "hiika-ers-client/docs/quickstart.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", r"""
Timatanga tere (Quickstart)
===========================

Tāutahia te kiritaki::

    pip install hiika-ers-client

Hononga ki te ratonga whakamatautau (UAT) a Hi Ika:

.. code-block:: python

    from hiika_ers import Client

    client = Client(base_url="https://ers-uat.hiika.iwi.nz", api_key="@@secret@@")
    for trip in client.trips(vessel="KAHU-II"):
        print(trip.id, trip.landed_kg)

.. note:: He ki whakamatautau tenei mo te roopu whanake anake.
""", "hk_uat_" + mixed(36))

add("rst/decoy-docs-env", "hiika-ers-client/docs/configuration.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", r"""
Whirihoranga (Configuration)
============================

Ka panuitia e te kiritaki enei taurangi taiao:

``HIIKA_ERS_API_KEY``
    Ko to ki API (kei te tomokanga kaihao > Tautuhinga > Ki API). Tauira: ``hk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX``

``HIIKA_ERS_BASE_URL``
    Taunoa: ``https://ers.hiika.iwi.nz``

.. warning:: Kaua e tuhia to ki ki roto i te waehere.
""")

add("html/admin-page-basic-auth", "ahurei-legacy/admin/index.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", r"""
<!DOCTYPE html>
<html lang="mi">
<head>
  <meta charset="utf-8">
  <title>Papatohu Kaiwhakahaere - Te Ahurei</title>
</head>
<body>
  <h1>Nga rehitatanga roopu</h1>
  <table id="ropu"></table>
  <script>
    // He wa poto: ka tangohia i muri i te hui (temporary, remove after the event)
    fetch("/api/admin/ropu", { headers: { Authorization: "Basic @@auth@@" } })
      .then((r) => r.json())
      .then((rows) => {
        document.getElementById("ropu").innerHTML = rows.map((r) => `<tr><td>${r.ingoa}</td><td>${r.rohe}</td></tr>`).join("");
      });
  </script>
</body>
</html>
""", (_adm_pw := pw_words("*%^~.!")), auth=b64("kaiwhakahaere:" + _adm_pw))

add("html/decoy-checkout-page", "ahurei-bookings/public/utu.html", "https://docs.stripe.com/payments/checkout/client-only", r"""
<!DOCTYPE html>
<html lang="mi">
<head>
  <meta charset="utf-8">
  <title>Utu - Te Ahurei</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://www.google.com/recaptcha/api.js?render=6Lc@@site@@"></script>
</head>
<body>
  <button id="utu">Utua inaianei</button>
  <script>
    const stripe = Stripe("@@pk@@");
    document.getElementById("utu").onclick = () =>
      fetch("/api/checkout", { method: "POST" }).then((r) => r.json()).then((s) => stripe.redirectToCheckout({ sessionId: s.id }));
  </script>
</body>
</html>
""", site=rand_pw(37), pk=stripe("pk_live_"))

add("wiki/confluence-table", "ahurei-ops/wiki/Ratonga-Tuihono.md", "https://www.atlassian.com/software/confluence", r"""
# Ratonga tuihono (online services) - Te Ahurei 2027

| Ratonga | Kaitiaki | Ingoa kaiwhakamahi | Kupuhipa / ki |
|---|---|---|---|
| Vercel | Hemi | ahurei-haka | SSO |
| Eventfinda | Aroha | ahurei_events | kei 1Password |
| Cloudflare | Hemi | hangarau@ahurei-haka.nz | SSO + 2FA |
| Bunny CDN | Mere | ahurei-posters | kei 1Password |
| Mux (livestream) | Rawiri | token 7c1f... | `@@secret@@` |

He tohu: whakahoutia tenei wharangi ina huri tetahi kupuhipa.
""", rand_pw(64, "+/"))

add("wiki/decoy-onboarding", "hiika-infra/wiki/Nau-mai-kaimahi-hou.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", r"""
# Nau mai, haere mai! (new staff onboarding)

1. Ka tukuna e Hemi he tono ki 1Password ("Hi Ika - Kaimahi" vault).
2. Whakaurua te Okta Verify ki to waea.
3. Takiuru ki AWS ma `aws sso login --profile hiika-data`.
4. Kaua e tuhia nga kupuhipa ki te wiki, ki Slack ranei. Tauira HE: `kupuhipa: hunter2`.
5. Ko te kupuhipa Wi-Fi manuhiri (guest) kei te papa panui i te kauta.

Patai? `#awhina-hangarau`
""")

add("notes/meeting-notes-password", "ahurei-ops/notes/hui-2026-11-03.md", "https://www.markdownguide.org/basic-syntax/", r"""
# Hui komiti hangarau - 3 Whiringa-a-rangi 2026

Kua tae mai: Hemi, Aroha, Mere, Rawiri

- Kua rite te paetukutuku tiketi mo te whakaputanga 10/11
- Rawiri: kua whakarite te kaute Mux mo te paho ora (livestream)
- Aroha: ko te kupuhipa hou mo te kaute Eventfinda ko `@@secret@@` (kua tukuna ki a Mere)
- Mere: me whakamatautau nga tiketi whanau (family tickets) i mua i te Paraire

Hui e whai ake nei: 10 Whiringa-a-rangi
""", pw_words())

add("notes/decoy-todo", "ahurei-ops/notes/mahi-hei-mahi.md", "https://www.markdownguide.org/extended-syntax/#task-lists", r"""
# Mahi hei mahi (to do) - hangarau

- [x] Huri i te ki Stripe i muri i te whakaputa (rotated 2026-11-11, old key revoked)
- [ ] Tapiri i te ki Twilio hou ki te Secret Manager (`twilio-auth-token`, version 4)
- [ ] Whakakore i te token GitHub tawhito `ghp_...` a Rawiri (kua whakakorehia? tirohia)
- [ ] Tono ki a Aroha mo te kupuhipa Eventfinda - KAUA e tuhia ki konei
- [ ] Whakarite i te Cloudflare Turnstile (site key 0x4AAAAAAA... he tumatanui)
""")

add("notes/handover-email-text", "hiika-ops/notes/tuku-mahi-hemi.txt", "https://www.rfc-editor.org/rfc/rfc5322", r"""
Kia ora Mere,

I a au e ngaro ana (while I'm on leave) ko koe te kaitiaki o te ratonga VMS.
- Tumau: vms-ingest.hiika.internal (ssh hemi@...)
- Papatohu Grafana: https://grafana.hiika.iwi.nz
- Token ratonga Grafana mo te API: @@secret@@
- Mena ka hinga te MQTT, whakaohohia ano: sudo systemctl restart mosquitto

Nga mihi,
Hemi
""", grafana_sa())

add("notes/decoy-rotation-log", "hiika-ops/notes/huri-ki-rarangi.txt", "https://www.rfc-editor.org/rfc/rfc4180", r"""
Rarangi huri ki (key rotation log) - Hi Ika
2026-08-01  datadog api key   huri: Hemi   ki hou: ...e41c (tail only)  tawhito: whakakorehia
2026-09-14  ers client secret huri: Mere   kei Vault kv/ers/client-secret v7
2026-10-02  tfc team token    huri: Hemi   kei 1Password "TFC team token"
2026-11-18  vms mqtt password huri: Rawiri sha256 of new value: @@h@@
""", h=sha256())

add("notes/runbook-heredoc-ssh", "hiika-ops/runbooks/whakahou-kuaha.md", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", r"""
# Whakahou i te kuaha VMS (refresh a vessel gateway)

Ka whakaurua te ki ssh mo te pupuri taonga (deploy key) ki te kuaha:

```bash
cat > /etc/vms/deploy_key <<'EOF'
@@secret@@
EOF
chmod 600 /etc/vms/deploy_key
systemctl restart vms-uploader
```

Tirohia: `journalctl -u vms-uploader -n 20`
""", fakes.fake_pem(_seed(), "EC"))

add("notes/decoy-runbook-generate", "hiika-ops/runbooks/hanga-ki.md", "https://man.openbsd.org/ssh-keygen", r"""
# Hanga ki hou mo te kuaha (generate a new gateway key)

```bash
ssh-keygen -t ed25519 -N '' -C "deploy@waka-gateway" -f ./deploy_key
vault kv put kv/vms/gateway deploy_key=@./deploy_key
shred -u ./deploy_key
```

Ko te ki tumatanui (`deploy_key.pub`) anake ka tukuna ki te repo.
Ko te putanga e tumanakohia ana:

    Your identification has been saved in ./deploy_key
    The key fingerprint is: SHA256:@@fp@@ deploy@waka-gateway
""", fp=rand_pw(43, "+/"))

add("text/wifi-and-router", "ahurei-ops/notes/wahi-hui-hangarau.txt", "https://www.rfc-editor.org/rfc/rfc3986", r"""
WAHI HUI (venue) - Te Ahurei 2027 - hangarau
Papa tākaro: Te Papa Rēhia, Tūranga
Rauemi: 2 x Starlink, 1 x Ubiquiti UDM Pro
Whatunga kaimahi (staff wifi): AHUREI-KAIMAHI
Whatunga manuhiri: AHUREI-MANUHIRI (tuwhera)
UDM Pro papatohu: https://192.168.10.1  kaiwhakamahi: ahurei-admin  kupuhipa: @@secret@@
Kaitiaki: Rawiri 021 555 0192
""", pw_words())

add("markdown/decoy-changelog", "ahurei-ui-kit/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""
# Huringa (Changelog)

## [1.4.0] - 2026-11-02
### Kua tapirihia
- Patene `<UtuPatene>` (pay button) e whakamahi ana i te `publishableKey` prop
### Kua whakatikaina
- Kua tangohia te ki whakamatautau i pohehe te tuku (accidentally committed test key) - kua whakakorehia, commit @@c@@

## [1.3.2] - 2026-10-20
- Reo: kua whakahou nga whakamaoritanga
""", c=hexs(40))

add("rst/runbook-ldap-bind", "hiika-infra/docs/ldap.rst", "https://www.openldap.org/doc/admin26/", r"""
LDAP (Active Directory) mo te tomokanga whanau
==============================================

Ka whakamahia te kaute ratonga ``svc_whanau_ldap`` hei here (bind).

.. code-block:: ini

   [ldap]
   uri = ldaps://dc01.hiika.local:636
   bind_dn = CN=svc_whanau_ldap,OU=Ratonga,DC=hiika,DC=local
   bind_password = @@secret@@
   base_dn = OU=Uri,DC=hiika,DC=local

Whakamatautau: ``ldapwhoami -H ldaps://dc01.hiika.local -D svc_whanau_ldap@hiika.local -W``
""", pw_words())

add("html/decoy-docs-example", "hiika-ers-client/site/tauira.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", r"""
<!DOCTYPE html>
<html lang="mi">
<head><meta charset="utf-8"><title>Tauira API - Hi Ika ERS</title></head>
<body>
  <h2>Tono tauira (example request)</h2>
  <pre><code>curl https://ers.hiika.iwi.nz/v1/trips \
  -H "Authorization: Bearer &lt;TO_KI_API&gt;"</code></pre>
  <p>Whakakapia te <code>&lt;TO_KI_API&gt;</code> ki to ki mai i te tomokanga kaihao.</p>
  <p>Tauira JWT (mai i jwt.io, ehara i te mea tuturu):
  <code>eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c</code></p>
</body>
</html>
""")

# ---------------------------------------------------------------- more code: split values, json in strings, urls

_rk = stripe("rk_live_")
add("python/split-restricted-key", "ahurei-bookings/analysis/refunds.py", "https://docs.stripe.com/keys#limit-access", r"""
# Whakahoki moni (refunds) mo nga whakaaturanga kua whakakorea (cancelled performances)
import stripe

# ki here (restricted key): refunds:write anake
stripe.api_key = (
    "@@a@@"
    "@@b@@"
)


def whakahoki(payment_intent: str, take: str = "requested_by_customer") -> str:
    refund = stripe.Refund.create(payment_intent=payment_intent, reason=take)
    return refund.status
""", _rk, a=_rk[:50], b=_rk[50:])

add("javascript/json-in-string", "ahurei-bookings/scripts/crm-sync.js", "https://developers.hubspot.com/docs/api/private-apps", r"""
// Tukutahi i nga kaihoko ki HubSpot (CRM) - tuhinga poto
const cfg = JSON.parse('{"portalId": 44120987, "token": "@@secret@@", "pipeline": "tiketi-2027"}');

async function tapiriKaihoko(imera, ingoa) {
  const res = await fetch("https://api.hubapi.com/crm/v3/objects/contacts", {
    method: "POST",
    headers: { Authorization: `Bearer ${cfg.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ properties: { email: imera, firstname: ingoa } }),
  });
  return res.status;
}

module.exports = { tapiriKaihoko };
""", hubspot())

add("go/redis-url", "ahurei-queue/main.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", r"""
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// Rarangi tatari tiketi (ticket waitlist queue)
func main() {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@ahurei-cache.upstash.io:6379/0")
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	n, _ := rdb.LLen(context.Background(), "tatari:ra-tuatahi").Result()
	log.Printf("%d kei te tatari (waiting)", n)
}
""", rand_pw(32))

add("go/smtp-plain-auth", "hiika-vms/internal/alert/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", r"""
package alert

import "net/smtp"

// Imera whakatupato ina mutu te tuku turanga o tetahi waka (vessel stopped reporting)
func Tuku(ki []string, kaupapa, tinana string) error {
	auth := smtp.PlainAuth("", "whakatupato@hiika.iwi.nz", "@@secret@@", "smtp.office365.com")
	msg := []byte("Subject: " + kaupapa + "\r\n\r\n" + tinana)
	return smtp.SendMail("smtp.office365.com:587", auth, "whakatupato@hiika.iwi.nz", ki, msg)
}
""", pw_words())

add("java-properties/mail-password", "hiika-quota-api/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", r"""
# Whakaputa (production)
server.port=8080
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
# Panui kota ia wiki ki nga kaipupuri (weekly quota notice to holders)
kota.panui.cron=0 0 7 * * MON
""", sendgrid())

add("gradle-properties/decoy-placeholder", "hiika-kaihao-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Tautuhia enei i ~/.gradle/gradle.properties, KAUA i konei:
# HIIKA_KEYSTORE_PASSWORD=
# HIIKA_KEY_PASSWORD=
hiika.maps.apiKey=REPLACE_ME
""")

add("gradle-properties/keystore-password", "hiika-kaihao-app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r"""
# Hainatanga taupanga (app signing) - Kaihao
storeFile=../keys/kaihao-release.jks
storePassword=@@secret@@
keyAlias=kaihao
keyPassword=@@secret@@
""", pw_words())

add("csharp/twilio-program", "AhureiSms/Program.cs", "https://www.twilio.com/docs/libraries/reference/twilio-csharp", r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;

// Karere ki nga kaiako roopu (group tutors) - wa whakaaturanga
const string accountSid = "AC@@sid@@";
const string authToken = "@@secret@@";
TwilioClient.Init(accountSid, authToken);

foreach (var (ingoa, waea, wa) in Rarangi.Kaiako())
{
    var msg = MessageResource.Create(
        body: $"Kia ora {ingoa}, ko ta koutou wa whakaaturanga: {wa}",
        from: new Twilio.Types.PhoneNumber("+6498861234"),
        to: new Twilio.Types.PhoneNumber(waea));
    Console.WriteLine(msg.Sid);
}
""", hexs(32), sid=hexs(32))

add("php/laravel-app-key", "ahurei-volunteers/.env", "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Kaitūao Ahurei"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://kaituao.ahurei-haka.nz
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=kaituao
DB_USERNAME=kaituao
DB_PASSWORD=${KAITUAO_DB_PASSWORD}
""", "base64:" + base64.b64encode(_rng().randbytes(32)).decode())

add("ruby/database-yml", "ahurei-merch/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: toa_dev

production:
  <<: *default
  database: toa_prod
  host: toa-db.ahurei.internal
  username: toa
  password: @@secret@@   # TODO: ENV["TOA_DATABASE_PASSWORD"]
""", rand_pw(22))

add("rust/notion-bearer", "ahurei-schedule/src/notion.rs", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r"""
//! Tikina te hotaka whakaaturanga (performance schedule) mai i Notion
use reqwest::blocking::Client;

const NOTION_TOKEN: &str = "@@secret@@";
const HOTAKA_DB: &str = "8f2c41d07a3b4e5c9d6e1f2a3b4c5d6e";

pub fn hotaka() -> reqwest::Result<serde_json::Value> {
    Client::new()
        .post(format!("https://api.notion.com/v1/databases/{HOTAKA_DB}/query"))
        .bearer_auth(NOTION_TOKEN)
        .header("Notion-Version", "2022-06-28")
        .send()?
        .json()
}
""", notion())

add("plist/cloudinary-secret", "AhureiApp/AhureiApp/Secrets.plist", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CloudinaryCloudName</key>
	<string>ahurei-haka</string>
	<key>CloudinaryApiKey</key>
	<string>@@key@@</string>
	<key>CloudinaryApiSecret</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", cloudinary_secret(), key=str(_rng().randint(10**14, 10**15 - 1)))

add("shell/curl-postman", "ahurei-ops/scripts/backup-postman.sh", "https://learning.postman.com/docs/developer/postman-api/authentication/", r"""
#!/usr/bin/env bash
# Tautoko i nga kohinga Postman (backup Postman collections) a te roopu
set -euo pipefail
mkdir -p postman-backup
for id in $(curl -s https://api.getpostman.com/collections -H "X-Api-Key: @@secret@@" | jq -r '.collections[].uid'); do
  curl -s "https://api.getpostman.com/collections/${id}" -H "X-Api-Key: @@secret@@" > "postman-backup/${id}.json"
done
echo "kua tautokona $(ls postman-backup | wc -l) kohinga"
""", postman())

add("shell/heredoc-sentryclirc", "ahurei-bookings/scripts/ci-sentry-setup.sh", "https://docs.sentry.io/cli/configuration/", r"""
#!/bin/sh
# Whakarite i te sentry-cli mo te tuku mahere puna (source maps)
cat > ~/.sentryclirc <<EOF
[auth]
token=@@secret@@

[defaults]
org=ahurei-haka
project=bookings
EOF
sentry-cli sourcemaps upload --release "$GIT_SHA" .next/static
""", sentry_token())

add("powershell/securestring-plaintext", "hiika-finance/Send-SkipperPayments.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r"""
# Hono ki te tumau SFTP o te peeke (bank SFTP) - utu kaihao (skipper payments)
Import-Module Posh-SSH
$user = "hiika_payments"
$secure = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $secure)
$s = New-SFTPSession -ComputerName sftp.bank.example.nz -Credential $cred -AcceptKey
Set-SFTPItem -SessionId $s.SessionId -Path "C:\Utu\batch_$(Get-Date -f yyyyMMdd).csv" -Destination "/inbound"
Remove-SFTPSession -SessionId $s.SessionId
""", pw_words("*%^~.!"))

add("makefile/docker-login", "ahurei-bookings/Makefile", "https://www.gnu.org/software/make/manual/make.html", r"""
IMAGE := ghcr.io/ahurei-haka/bookings
TAG   := $(shell git rev-parse --short HEAD)

.PHONY: hanga pana

hanga:
	docker build -t $(IMAGE):$(TAG) .

# pana (push) - ma Hemi anake
pana: hanga
	docker login ghcr.io -u ahurei-ci -p @@secret@@
	docker push $(IMAGE):$(TAG)
""", github())

add("makefile/decoy-op-read", "hiika-vms/Makefile", "https://developer.1password.com/docs/cli/reference/commands/read/", r"""
REGISTRY := registry.hiika.iwi.nz
TAG      := $(shell git describe --tags --always)

.PHONY: login push

login:
	@op read "op://hiika-ci/registry/password" | docker login $(REGISTRY) -u deploy-bot --password-stdin

push: login
	docker build -t $(REGISTRY)/vms-ingest:$(TAG) .
	docker push $(REGISTRY)/vms-ingest:$(TAG)
""")

add("systemd/environment-token", "hiika-infra/systemd/vms-uploader.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r"""
[Unit]
Description=Kaituku turanga waka (VMS uploader)
After=network-online.target

[Service]
User=vms
Environment=VMS_ENDPOINT=https://vms.hiika.iwi.nz/api/turanga
Environment=VMS_TOKEN=@@secret@@
ExecStart=/usr/local/bin/vms-uploader --interval 60
Restart=always

[Install]
WantedBy=multi-user.target
""", "vms_" + mixed(40))

add("systemd/decoy-credential-file", "hiika-infra/systemd/vms-ingest.service", "https://systemd.io/CREDENTIALS/", r"""
[Unit]
Description=VMS ingest
After=network-online.target

[Service]
User=vms
# Ko te kupuhipa MQTT kei te konae muna (credential), kaore i konei
LoadCredentialEncrypted=mqtt-password:/etc/credstore.encrypted/mqtt-password
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/usr/local/bin/vms-ingest
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("nginx/proxy-basic-auth", "hiika-infra/nginx/kota-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
# Tomokanga ki te API kota o FishServe (proxy to registry API)
server {
    listen 443 ssl;
    server_name kota-proxy.hiika.internal;
    ssl_certificate     /etc/ssl/hiika/kota-proxy.crt;
    ssl_certificate_key /etc/ssl/hiika/kota-proxy.key;

    location /fishserve/ {
        proxy_pass https://api.fishserve.example.nz/;
        proxy_set_header Authorization "Basic @@auth@@";
    }
}
""", (_fs_pw := rand_pw(24)), auth=b64("hiika-runanga:" + _fs_pw))

add("htpasswd/decoy-hashes", "ahurei-infra/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r"""
kaiwhakahaere:$apr1$@@s1@@$@@h1@@
aroha:$apr1$@@s2@@$@@h2@@
hemi:$2y$10$@@h3@@
rawiri:$2y$10$@@h4@@
mere:$2y$10$@@h5@@
""", s1=rand_pw(8), h1=rand_pw(22, "./"), s2=rand_pw(8), h2=rand_pw(22, "./"), h3=rand_pw(53, "./"), h4=rand_pw(53, "./"), h5=rand_pw(53, "./"))

add("caddy/decoy-env", "ahurei-infra/caddy/Caddyfile", "https://caddyserver.com/docs/caddyfile/concepts#environment-variables", r"""
# Tomokanga paho ora (livestream gateway)
paho.ahurei-haka.nz {
	reverse_proxy mux-relay:8080
	basic_auth /kaiwhakahaere/* {
		{$PAHO_ADMIN_USER} {$PAHO_ADMIN_HASH}
	}
	header Strict-Transport-Security "max-age=31536000"
}
""")

add("crontab/mysqldump-password", "hiika-infra/cron/hiika-backup.cron", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""
# Tautoko ia po (nightly backups) - root crontab on hiika-db01
MAILTO=hangarau@hiika.iwi.nz
SHELL=/bin/bash
# m h dom mon dow command
15 2 * * * mysqldump -u backup -p'@@secret@@' --single-transaction whanau_portal | gzip > /backup/whanau_$(date +\%F).sql.gz
45 2 * * * find /backup -name '*.sql.gz' -mtime +30 -delete
""", pw_words("%^~."))

add("supervisor/env-token", "ahurei-queue/supervisord.conf", "http://supervisord.org/configuration.html#program-x-section-settings", r"""
[supervisord]
nodaemon=true

[program:kaimahi-imera]
; Kaimahi imera (email worker) - Te Ahurei
command=node dist/worker.js
environment=NODE_ENV="production",MAILGUN_API_KEY="@@secret@@",MAILGUN_DOMAIN="mg.ahurei-haka.nz"
autorestart=true
stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0
""", mailgun())

add("prometheus/remote-write-password", "hiika-infra/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", r"""
global:
  scrape_interval: 30s
  external_labels:
    ropu: hiika

scrape_configs:
  - job_name: vms-ingest
    static_configs:
      - targets: ["vms-ingest:8080"]

remote_write:
  - url: https://prometheus-prod-37-prod-ap-southeast-1.grafana.net/api/prom/push
    basic_auth:
      username: "1487223"
      password: "@@secret@@"
""", "glc_" + b64(json.dumps({"o": "1021445", "n": "hiika-remote-write", "k": rand_pw(24), "m": {"r": "prod-ap-southeast-1"}}, separators=(",", ":"))).rstrip("="))

add("prometheus/decoy-password-file", "ahurei-infra/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#remote_write", r"""
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: bookings
    metrics_path: /api/metrics
    static_configs:
      - targets: ["bookings:3000"]
remote_write:
  - url: https://prometheus-prod-37-prod-ap-southeast-1.grafana.net/api/prom/push
    basic_auth:
      username: "1487224"
      password_file: /etc/prometheus/grafana-cloud-token   # ka whakaurua e te k8s Secret
""")

add("k8s/configmap-database-url", "ahurei-infra/k8s/volunteers/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: kaituao-config
  namespace: ahurei
data:
  APP_URL: "https://kaituao.ahurei-haka.nz"
  DATABASE_URL: "mysql://kaituao:@@secret@@@kaituao-db.ahurei.svc:3306/kaituao"
  REO_TAUNOA: "mi"
""", rand_pw(20))

_db_url_pw = rand_pw(24)
add("k8s-secret/database-url-base64", "ahurei-infra/k8s/bookings/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ahurei-db
  namespace: ahurei
  annotations:
    tuhipoka: "hangaia e Hemi 2026-10-30"
type: Opaque
data:
  url: @@url@@
""", _db_url_pw, url=b64(f"postgresql://ahurei:{_db_url_pw}@ahurei-db.ahurei.svc:5432/ahurei?sslmode=require"))

add("k8s/decoy-external-secret", "ahurei-infra/k8s/bookings/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ahurei-stripe
  namespace: ahurei
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: gcp-secret-manager
  target:
    name: ahurei-stripe
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: stripe-secret-key }
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef: { key: stripe-webhook-secret }
""")

add("github-actions/inline-aws", "hiika-data/.github/workflows/nightly-export.yml", "https://github.com/aws-actions/configure-aws-credentials", r"""
name: kaweake po (nightly export)
on:
  schedule: [{ cron: "0 14 * * *" }]
jobs:
  export:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: ap-southeast-2
      - run: python -m etl.export --to s3://hiika-catch-archive/
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc", "hiika-infra/.github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r"""
name: terraform
on: [pull_request]
permissions:
  id-token: write   # OIDC - kaore he ki AWS i konei
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/hiika-gha-terraform
          aws-region: ap-southeast-2
      - run: terraform init && terraform plan -no-color
""")

# ---------------------------------------------------------------- data team: r, vba, dbt, airflow, scala

add("r/dbi-password", "hiika-data/r/tatari_kota.R", "https://rpostgres.r-dbi.org/reference/postgres", r"""
# Tataritanga kota ia tau (yearly quota analysis) - Mere
library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse.hiika.internal",
  dbname = "raraunga",
  user = "mere",
  password = "@@secret@@"
)
hopu <- tbl(con, "landings") %>%
  group_by(species) %>%
  summarise(kg = sum(kg, na.rm = TRUE)) %>%
  collect()
print(arrange(hopu, desc(kg)))
dbDisconnect(con)
""", rand_pw(18))

add("r/decoy-getenv", "hiika-data/r/ika_rahi.R", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Sys.getenv.html", r"""
# Nga ika rahi (biggest fish) - ka panuitia te kupuhipa mai i ~/.Renviron
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "warehouse.hiika.internal", dbname = "raraunga",
                 user = Sys.getenv("RARAUNGA_USER"), password = Sys.getenv("RARAUNGA_PASSWORD"))
print(dbGetQuery(con, "select species, max(weight_kg) as kg from catch group by species order by kg desc"))
dbDisconnect(con)
""")

add("vba/adodb-password", "hiika-finance/vba/ACE_Purongo.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", r"""
Attribute VB_Name = "ACE_Purongo"
' Purongo ACE (ACE report) - ka rere mai i te patene i te pukapuka Excel
Public Sub TikinaACE()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=hiika-sql01.hiika.local;Initial Catalog=Kota;" & _
            "User ID=svc_excel;Password=@@secret@@;"
    Set rs = cn.Execute("SELECT Stock, KgHeld, KgCaught FROM dbo.AceBalance")
    Sheets("ACE").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", pw_words())

add("vba/decoy-sspi", "hiika-finance/vba/Hoko_Purongo.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", r"""
Attribute VB_Name = "Hoko_Purongo"
' Purongo hoko ika (fish sales) - Windows authentication, kaore he kupuhipa
Public Sub TikinaHoko()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=hoko-sql.hiika.local;Initial Catalog=Hoko;Integrated Security=SSPI;"
    Sheets("Hoko").Range("A2").CopyFromRecordset cn.Execute("SELECT * FROM dbo.MonthlySales")
    cn.Close
End Sub
""")

add("dbt/profiles-password", "hiika-data/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup", r"""
hiika:
  target: prod
  outputs:
    prod:
      type: postgres
      host: warehouse.hiika.internal
      port: 5432
      user: dbt_runner
      password: "@@secret@@"
      dbname: raraunga
      schema: tauira   # models
      threads: 4
""", rand_pw(22))

add("dbt/decoy-env-var", "hiika-data/dbt/profiles.ci.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", r"""
hiika:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
      dbname: raraunga_ci
      schema: "ci_{{ env_var('CI_COMMIT_SHORT_SHA', 'rohe') }}"
      threads: 2
""")

add("airflow/conn-uri-env", "hiika-data/airflow/docker-compose.override.yml", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", r"""
# Airflow rohe (local) - nga hononga (connections)
services:
  airflow-scheduler:
    environment:
      AIRFLOW_CONN_FISHSERVE_SFTP: "sftp://hiika_runanga:@@secret@@@sftp.fishserve.example.nz:22"
      AIRFLOW_CONN_RARAUNGA: "postgres://airflow@warehouse.hiika.internal:5432/raraunga"
      AIRFLOW__CORE__LOAD_EXAMPLES: "false"
""", rand_pw(20))

add("airflow/decoy-secrets-backend", "hiika-data/airflow/airflow.cfg", "https://airflow.apache.org/docs/apache-airflow-providers-amazon/stable/secrets-backends/aws-secrets-manager.html", r"""
[core]
dags_folder = /opt/airflow/dags
load_examples = False
# Nga hononga katoa mai i AWS Secrets Manager
[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "ap-southeast-2"}
[webserver]
secret_key = {{ AIRFLOW_WEBSERVER_SECRET_KEY }}
""")

add("hocon/scala-password", "hiika-catch-stream/src/main/resources/application.conf", "https://github.com/lightbend/config/blob/main/HOCON.md", r"""
# Awa hopu ika (catch event stream) - Kafka ki te whare putunga
kafka {
  bootstrap-servers = "b-1.hiika-msk.ap-southeast-2.amazonaws.com:9096"
  sasl {
    mechanism = "SCRAM-SHA-512"
    username = "catch-stream"
    password = "@@secret@@"
  }
  topic = "hopu.tcer.v2"
}
warehouse.url = "jdbc:postgresql://warehouse.hiika.internal:5432/raraunga"
""", rand_pw(32))

add("fluentbit/elastic-password", "hiika-infra/fluent-bit/fluent-bit.conf", "https://docs.fluentbit.io/manual/pipeline/outputs/elasticsearch", r"""
[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/vms/*.log
    Tag    vms.*

[OUTPUT]
    Name        es
    Match       vms.*
    Host        hiika-logs.es.ap-southeast-2.aws.found.io
    Port        443
    HTTP_User   fluentbit
    HTTP_Passwd @@secret@@
    tls         On
""", rand_pw(24))

add("nuget/cleartext-password", "HiikaPortal/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="hiika" value="https://pkgs.dev.azure.com/hiika/_packaging/hiika/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <hiika>
      <add key="Username" value="hiika-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </hiika>
  </packageSourceCredentials>
</configuration>
""", rand_pw(52).lower())

add("nuget/decoy-env-password", "AhureiSms/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSourceCredentials>
    <hiika>
      <!-- Ka whakaurua e te pipeline (set by the pipeline) -->
      <add key="Username" value="hiika-ci" />
      <add key="ClearTextPassword" value="%HIIKA_FEED_PAT%" />
    </hiika>
  </packageSourceCredentials>
</configuration>
""")

add("postman/collection-apikey", "ahurei-ops/postman/Eventfinda.postman_collection.json", "https://schema.postman.com/collection/json/v2.1.0/draft-07/docs/index.html", r"""
{
  "info": { "name": "Eventfinda - Te Ahurei", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "ahurei_events", "type": "string" },
      { "key": "password", "value": "@@secret@@", "type": "string" }
    ]
  },
  "item": [
    { "name": "Nga takahanga (events)", "request": { "method": "GET", "url": "https://api.eventfinda.co.nz/v2/events.json?q=kapa+haka" } }
  ]
}
""", rand_pw(32).lower())

add("postman/decoy-variables", "ahurei-ops/postman/Bookings-API.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r"""
{
  "info": { "name": "Ahurei Bookings API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{ahurei_api_token}}", "type": "string" }] },
  "variable": [
    { "key": "baseUrl", "value": "https://api.ahurei-haka.nz/v1" },
    { "key": "ahurei_api_token", "value": "" }
  ],
  "item": [{ "name": "Rarangi tiketi", "request": { "method": "GET", "url": "{{baseUrl}}/tiketi" } }]
}
""")

add("vscode/launch-algolia", "ahurei-bookings/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Whakaweto: reindex",
      "program": "${workspaceFolder}/scripts/reindex-ropu.js",
      "env": {
        "ALGOLIA_APP_ID": "K7R2WQ9ZPL",
        "ALGOLIA_ADMIN_KEY": "@@secret@@"
      }
    }
  ]
}
""", hexs(32))

add("vscode/decoy-env-reference", "hiika-ers/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/variables-reference#_environment-variables", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "ers.sync (UAT)",
      "type": "debugpy",
      "request": "launch",
      "module": "ers.sync",
      "envFile": "${workspaceFolder}/.env.uat",
      "env": { "ERS_CLIENT_SECRET": "${env:ERS_CLIENT_SECRET}" }
    }
  ]
}
""")

add("batch/net-use-password", "hiika-finance/mahi/hono_putea.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r"""
@echo off
REM Hono ki te kopaki putea (finance share) i te timatanga
net use P: \\hiika-fs\putea /user:HIIKA\svc_putea @@secret@@ /persistent:no
if errorlevel 1 (
  echo Kaore i taea te hono
  exit /b 1
)
robocopy C:\Putea\Kaweake P:\Kaweake *.csv /MOV
net use P: /delete
""", pw_words("*%^~."))

add("dotenv/nextauth-secret", "ahurei-volunteers-next/.env.local", "https://next-auth.js.org/configuration/options#secret", r"""
# Tomokanga kaituao (volunteer portal) - rohe
NEXTAUTH_URL=http://localhost:3001
NEXTAUTH_SECRET=@@secret@@
GOOGLE_CLIENT_ID=184422093311-@@gid@@.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=
# Ko te kupuhipa Google kei a Hemi
""", base64.b64encode(_rng().randbytes(32)).decode(), gid=rand_pw(32).lower())

add("dotenv/decoy-test-fake", "ahurei-bookings/.env.test", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#test-environment-variables", r"""
# Uara teka mo nga whakamatautau (fake values for tests) - kaore e hono ki tetahi ratonga
STRIPE_SECRET_KEY=sk_test_fake_not_a_real_key
STRIPE_WEBHOOK_SECRET=whsec_test_fixture
SENDGRID_API_KEY=SG.test.test
TWILIO_AUTH_TOKEN=test-token
DATABASE_URL=postgres://test:test@localhost:5433/ahurei_test
""")

add("javascript/mux-token", "ahurei-livestream/src/mux.js", "https://docs.mux.com/core/make-api-requests#http-basic-auth", r"""
// Paho ora (livestream) o nga whakataetae - Mux
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: "@@tid@@",
  tokenSecret: "@@secret@@",
});

export async function hangaPaho(atamira) {
  // atamira = stage
  const stream = await mux.video.liveStreams.create({
    playback_policy: ["public"],
    new_asset_settings: { playback_policy: ["public"] },
    passthrough: `atamira-${atamira}`,
  });
  return stream.stream_key;
}
""", rand_pw(75, "+/"), tid=uuid_s())

add("python/jira-token", "ahurei-ops/scripts/tono_jira.py", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", r"""
# Hangaia he tono Jira mo ia roopu kua rehita (create a Jira ticket per registered group)
from jira import JIRA

jira = JIRA(
    server="https://ahurei-haka.atlassian.net",
    basic_auth=("hangarau@ahurei-haka.nz", "@@secret@@"),
)

for ropu in ["Te Waka Huia", "Ngati Rangi Kapa Haka", "Te Kura o Waiu"]:
    jira.create_issue(project="ROPU", summary=f"Whakarite noho marae: {ropu}", issuetype={"name": "Task"})
""", "ATATT3xFfGF0" + long_secret(180) + "=" + hexs(8).upper())

add("terraform/tfvars-github-token", "ahurei-infra/terraform/github/terraform.tfvars", "https://registry.terraform.io/providers/integrations/github/latest/docs", r"""
# Whakahaere i nga repo a Te Ahurei (manage the org's repositories)
github_owner = "ahurei-haka"
github_token = "@@secret@@"
repos = [
  "bookings",
  "ui-kit",
  "livestream",
  "volunteers",
]
""", fakes.github_fine_grained_token(_seed()))

add("serverless/mux-webhook-secret", "ahurei-livestream/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", r"""
service: ahurei-paho
provider:
  name: aws
  runtime: nodejs20.x
  region: ap-southeast-2
  environment:
    MUX_WEBHOOK_SECRET: @@secret@@
    PAHO_TABLE: ${self:service}-${sls:stage}
functions:
  muxWebhook:
    handler: src/webhook.handler
    events:
      - httpApi: { path: /mux/webhook, method: post }
""", rand_pw(32).lower())

add("alertmanager/discord-webhook", "hiika-infra/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#discord_config", r"""
route:
  receiver: kaitiaki
  group_by: [alertname]
receivers:
  - name: kaitiaki
    discord_configs:
      - webhook_url: "@@secret@@"
        title: "Whakatupato Hi Ika: {{ .CommonLabels.alertname }}"
        message: "{{ .CommonAnnotations.summary }}"
""", discord_webhook())

add("dart/google-maps-key", "ahurei_app_flutter/lib/config.dart", "https://pub.dev/packages/google_maps_flutter", r"""
// Whirihoranga taupanga (app config) - Te Ahurei
class Whirihoranga {
  static const apiBase = 'https://api.ahurei-haka.nz/v1';
  // Ki Places API mo te rapu marae (server-side Places key - kaua e tuku!)
  static const placesServerKey = '@@secret@@';
  static const reoTaunoa = 'mi';
}
""", google_key())

add("dart/decoy-from-environment", "ahurei_app_flutter/lib/env.dart", "https://api.flutter.dev/flutter/dart-core/String/String.fromEnvironment.html", r"""
// Ka tukuna ma --dart-define i te wa hanga (set with --dart-define at build time)
class Env {
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PK');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.ahurei-haka.nz/v1');
}
""")

# ---------------------------------------------------------------- more decoys

add("openapi/decoy-security-schemes", "hiika-ers-client/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", r"""
openapi: 3.1.0
info:
  title: Hi Ika ERS API
  version: 2.0.0
  description: Nga haerenga hi ika me nga tau (fishing trips and landings)
components:
  securitySchemes:
    kiApi:
      type: apiKey
      in: header
      name: X-Hiika-Key
      description: "Tauira: hk_live_<36 tohu> - tikina mai i te tomokanga"
security:
  - kiApi: []
paths:
  /v1/trips:
    get:
      summary: Rarangi haerenga
      responses:
        "200": { description: OK }
""")

add("pem/decoy-certificate", "hiika-infra/nginx/kota-proxy.crt", "https://datatracker.ietf.org/doc/html/rfc7468#section-5", r"""
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIU@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l0=rand_pw(44, "+/"), l1=rand_pw(64, "+/"), l2=rand_pw(64, "+/"), l3=rand_pw(64, "+/"), l4=rand_pw(40, "+/") + "==")

add("git/decoy-log", "notes/git_log_bookings.txt", "https://git-scm.com/docs/git-log", r"""
commit @@c1@@
Author: Hemi Walker <hemi@ahurei-haka.nz>
Date:   Tue Nov 11 09:14:22 2026 +1300

    Tangohia te ki Stripe i pohehe te tuku; kua whakakorehia (remove accidentally committed key; revoked)

commit @@c2@@
Author: Aroha Paki <aroha@ahurei-haka.nz>
Date:   Mon Nov 10 17:40:03 2026 +1300

    Tapiri utu whanau (add family ticket price)
""", c1=hexs(40), c2=hexs(40))

add("json/decoy-i18n", "ahurei-bookings/src/locales/mi.json", "https://www.i18next.com/misc/json-format", r"""
{
  "takiuru": "Takiuru",
  "kupuhipa": "Kupuhipa",
  "kupuhipa_hou": "Kupuhipa hou",
  "kua_he_te_kupuhipa": "Kua he te kupuhipa, ngana ano",
  "ki_api": "Ki API",
  "ki_api_tauira": "Tauira: ahk_live_xxxxxxxxxxxxxxxx",
  "hoko_tiketi": "Hokona he tiketi"
}
""")

add("hcl/decoy-vault-policy", "hiika-infra/vault/policies/kota-api.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r"""
# Kaupapa here (policy) mo te ratonga kota-api
path "database/creds/kota-api" {
  capabilities = ["read"]
}

path "kv/data/kota-api/*" {
  capabilities = ["read", "list"]
}
""")

add("json/decoy-json-schema", "ahurei-bookings/schemas/rehita-ropu.schema.json", "https://json-schema.org/understanding-json-schema/reference/string", r"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Rehita roopu (group registration)",
  "type": "object",
  "properties": {
    "ingoa": { "type": "string", "minLength": 2 },
    "imera_kaiako": { "type": "string", "format": "email" },
    "kupuhipa": { "type": "string", "minLength": 12, "writeOnly": true, "description": "Kupuhipa mo te papatohu roopu" },
    "api_key": { "type": "string", "pattern": "^ahk_(live|test)_[A-Za-z0-9]{40}$", "readOnly": true }
  },
  "required": ["ingoa", "imera_kaiako"]
}
""")

# ---------------------------------------------------------------- last few

add("oauth2-proxy/client-secret", "hiika-infra/oauth2-proxy/oauth2-proxy.cfg", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview#config-file", r"""
## Tomokanga whanau - takiuru ma Keycloak (login via Keycloak)
provider = "keycloak-oidc"
oidc_issuer_url = "https://login.hiika.iwi.nz/realms/hiika"
client_id = "whanau-portal"
client_secret = "@@secret@@"
redirect_url = "https://whanau.hiika.iwi.nz/oauth2/callback"
email_domains = ["*"]
upstreams = ["http://127.0.0.1:8000/"]
# ka tukuna te cookie_secret ma OAUTH2_PROXY_COOKIE_SECRET
""", rand_pw(32))

_bundle_pw = rand_pw(28)
add("bundler/config-credentials", "ahurei-merch/.bundle/config", "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", r"""
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_WITHOUT: "development:test"
# Rehita kohatu motuhake (private gem source) a Te Ahurei
BUNDLE_GEMS__AHUREI__NZ: "ahurei-ci:@@secret@@"
BUNDLE_JOBS: "4"
""", _bundle_pw)

add("fastlane/app-specific-password", "AhureiApp/fastlane/Fastfile", "https://docs.fastlane.tools/best-practices/continuous-integration/#application-specific-passwords", r"""
default_platform(:ios)

platform :ios do
  desc "Tukuna ki TestFlight (upload to TestFlight)"
  lane :beta do
    ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "@@secret@@"
    increment_build_number(xcodeproj: "AhureiApp.xcodeproj")
    build_app(scheme: "AhureiApp")
    upload_to_testflight(username: "hangarau@ahurei-haka.nz", skip_waiting_for_build_processing: true)
  end
end
""", (lambda r: "-".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4)))(_rng()))

add("dependabot/decoy-registry-secrets", "ahurei-bookings/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r"""
version: 2
registries:
  npm-ahurei:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [npm-ahurei]
    schedule: { interval: weekly, day: monday }   # ia Mane
""")
