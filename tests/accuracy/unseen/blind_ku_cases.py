"""Blind set KU: a Somali-speaking team running frankincense (foox, beeyo) exporters and camel-milk
(caano geel) dairies: export bookings, cold-chain sensors, payments (mobile money, cards), SMS,
shipping and ERP integrations, with notes and comments partly in Somali, and their decoys.
Generated fakes only (seeds 6020000-6029999).
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
_SEED = [6020000]


def _seed() -> int:
    _SEED[0] += 7
    assert 6020000 <= _SEED[0] < 6030000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Beeyo", "Foox", "Geel", "Caano", "Hawd", "Sanaag", "Berbera", "Dayr", "Gu", "Xagaa", "Jilaal",
         "Maydi", "Hargeysa", "Ceerigaabo", "Laascaanood", "Burco", "Dhahar", "Galgala"]
LOWER = ["hooyo", "geela", "xareed", "dhagax", "qorrax", "badda", "buur", "ceel", "roob", "xiddig",
         "dhir", "qalin", "ubax", "daruur", "saxan", "kalluun"]


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


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def teams_webhook() -> str:
    return (f"https://caanogeel.webhook.office.com/webhookb2/{fakes.uuid4(_seed())}@{fakes.uuid4(_seed())}"
            f"/IncomingWebhook/{hexs(32)}/{fakes.uuid4(_seed())}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return base64.b64encode(random.Random(_seed()).getrandbits(512).to_bytes(64, "big")).decode()


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def digitalocean_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def flw_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def paystack_key() -> str:
    return "sk_live_" + hexs(40)


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def jwt_token() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": "svc-caano", "iss": "dayr-erp", "exp": 1893456000}).encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


CASES: List[LabelledCase] = []
_NAMES = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- .env files
S = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"

v = words_pw()
add("blind-ku/env/database-password", "caano-geel-api/.env", S, """# Caano Geel Dairy - API
# Ha la wadaagin faylkan (do not share this file)
APP_ENV=production
DB_HOST=db.caanogeel.internal
DB_PORT=5432
DB_USER=caano_app
DB_PASSWORD=@@v@@
DB_NAME=caano
""", v, v=v)

v = stripe_key()
add("blind-ku/env/stripe", "beeyo-shop/.env.production", S, """NEXT_PUBLIC_SITE=https://shop.beeyo-exports.so
NEXT_PUBLIC_STRIPE_PK=pk_live_@@pk@@
# furaha sirta ah ee lacag bixinta
STRIPE_SECRET_KEY=@@v@@
CURRENCY=usd
""", v, v=v, pk=fakes.drawn(_seed(), 24))

v = twilio_sid()
tok = hexs(32)
add("blind-ku/env/twilio", "sms-ogeysiis/.env", S, """# SMS ogeysiis - macaamiisha caanaha
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@tok@@
TWILIO_FROM=+25263000000
SMS_LANG=so
""", tok, sid=v, tok=tok)

add("blind-ku/env/decoy-placeholder", "caano-geel-api/.env.example", S, """# Koobi ka samee .env oo buuxi qiimayaasha
APP_ENV=development
DB_HOST=localhost
DB_USER=caano_app
DB_PASSWORD=<gali-erayga-sirta>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=
""")

v = sendgrid_key()
add("blind-ku/env/sendgrid", "foox-invoices/.env", S, """MAIL_FROM=biilasha@foox-exports.so
MAIL_FROM_NAME="Foox Exports - Biilasha"
SENDGRID_API_KEY=@@v@@
INVOICE_BCC=xisaabaadka@foox-exports.so
LOG_LEVEL=info
""", v, v=v)

add("blind-ku/env/decoy-vault-reference", "foox-invoices/.env.staging", S, """# Qiimayaasha waxaa laga keenaa Vault (sirta halkan ha dhigin)
MAIL_FROM=test-biilasha@foox-exports.so
SENDGRID_API_KEY=${vault:secret/data/foox/staging#sendgrid_api_key}
DB_PASSWORD=${vault:secret/data/foox/staging#db_password}
LOG_LEVEL=debug
""")

v = google_api_key()
add("blind-ku/env/google-maps", "geel-tracker/.env.local", S, """# Khariidadda geela (camel herd GPS map)
VITE_MAP_CENTER=9.56,44.06
VITE_MAP_ZOOM=7
GOOGLE_MAPS_SERVER_KEY=@@v@@
VITE_REFRESH_SECONDS=60
""", v, v=v)

v = fakes.telegram_token(_seed())
add("blind-ku/env/telegram-bot", "beeyo-bot/.env", S, """# Bot-ka Telegram ee dalabaadka beeyada
TELEGRAM_BOT_TOKEN=@@v@@
ADMIN_CHAT_ID=-1001883920041
DEFAULT_LANG=so
PRICE_CURRENCY=USD
""", v, v=v)

add("blind-ku/env/decoy-empty", "beeyo-bot/.env.template", S, """# Template - buuxi ka hor inta aadan bilaabin
TELEGRAM_BOT_TOKEN=
ADMIN_CHAT_ID=
DEFAULT_LANG=so
PRICE_CURRENCY=USD
""")

v = flw_key()
add("blind-ku/env/flutterwave", "lacag-bixin/.env", S, """# Lacag bixinta (payments) - Flutterwave
FLW_PUBLIC_KEY=FLWPUBK-@@pub@@-X
FLW_SECRET_KEY=@@v@@
FLW_ENCRYPTION_KEY_ID=enc-2024-03
CALLBACK_URL=https://pay.caanogeel.so/flw/callback
""", v, v=v, pub=hexs(32))

v = fakes.aws_secret_key(_seed())
add("blind-ku/env/aws", "sawirada-foox/.env", S, """# S3 - sawirada alaabta (product photos)
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@v@@
S3_BUCKET=foox-sawirada
""", v, v=v, kid=fakes.aws_key_id(_seed()))

add("blind-ku/env/decoy-masked", "sawirada-foox/.env.sample", S, """# Tusaale: furayaasha waa la qariyay
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=AKIA****************
AWS_SECRET_ACCESS_KEY=****************************************
S3_BUCKET=foox-sawirada
""")

v = fakes.django_secret_key(_seed())
add("blind-ku/env/django-secret", "dayr-erp/.env", S, """DJANGO_SETTINGS_MODULE=dayr.settings.prod
DJANGO_SECRET_KEY='@@v@@'
DJANGO_ALLOWED_HOSTS=erp.dayr-dairy.so
DATABASE_URL=postgres://erp@db.dayr.internal:5432/erp
LANGUAGE_CODE=so
""", v, v=v)

v = redis_pw = fakes.redis_password(_seed())
add("blind-ku/env/redis-url", "dalabaad-queue/.env", S, """# Safka dalabaadka (order queue)
CELERY_BROKER_URL=redis://:@@v@@@redis.caanogeel.internal:6379/0
CELERY_RESULT_BACKEND=redis://redis.caanogeel.internal:6379/1
WORKERS=4
TZ=Africa/Mogadishu
""", v, v=v)

add("blind-ku/env/decoy-local-default", "dalabaad-queue/.env.dev", S, """# Horumarinta maxaliga ah - redis aan lahayn erey sir ah
CELERY_BROKER_URL=redis://localhost:6379/0
CELERY_RESULT_BACKEND=redis://localhost:6379/1
WORKERS=1
TZ=Africa/Mogadishu
""")

# ---------------------------------------------------------------- Python
S = "https://docs.python.org/3/reference/lexical_analysis.html#string-and-bytes-literals"

v = words_pw()
add("blind-ku/python/database-password", "dayr_erp/db.py", S, """\"\"\"Xiriirka kaydka xogta (database connection) ee Dayr ERP.\"\"\"
import psycopg2


def xiriir():
    # TODO(Cabdi): u wareeji Vault, hadda waa si ku meel gaar ah
    return psycopg2.connect(
        host="db.dayr.internal",
        dbname="erp",
        user="erp_app",
        password="@@v@@",
    )
""", v, v=v)

v = fakes.github_token(_seed())
add("blind-ku/python/github-token", "tools/sync_labels.py", S, """import requests

# Token-ka GitHub ee isku-dubaridka calaamadaha (labels)
GH_TOKEN = "@@v@@"
REPO = "beeyo-exports/warehouse"


def labels():
    r = requests.get(f"https://api.github.com/repos/{REPO}/labels",
                     headers={"Authorization": f"token {GH_TOKEN}"})
    return r.json()
""", v, v=v)

add("blind-ku/python/decoy-env-reference", "tools/sync_milestones.py", S, """import os

import requests

# Token-ka waxaa laga akhriyaa deegaanka (environment) - ha ku qorin halkan
GH_TOKEN = os.environ["GH_TOKEN"]
REPO = "beeyo-exports/warehouse"


def milestones():
    r = requests.get(f"https://api.github.com/repos/{REPO}/milestones",
                     headers={"Authorization": f"token {GH_TOKEN}"})
    return r.json()
""")

v = fakes.openai_key(_seed())
add("blind-ku/python/openai", "turjumaad/translate.py", S, """\"\"\"Turjumaadda sharaxaadda alaabta (product descriptions) Soomaali <-> English.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@v@@")


def turjun(qoraal: str, luqad: str = "so") -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Translate to {luqad}: {qoraal}"}],
    )
    return resp.choices[0].message.content
""", v, v=v)

v = jwt_secret()
add("blind-ku/python/jwt-secret", "caano_api/settings.py", S, """from datetime import timedelta

APP_NAME = "Caano Geel API"
# Furaha saxiixa JWT (signing key) - waa in la beddelaa sannad walba
JWT_SECRET_KEY = "@@v@@"
JWT_ALGORITHM = "HS256"
JWT_ACCESS_TTL = timedelta(minutes=30)
SUPPORTED_LANGS = ["so", "en", "ar"]
""", v, v=v)

add("blind-ku/python/decoy-test-fixture", "caano_api/tests/test_tokens.py", S, """\"\"\"Tijaabooyinka tokens - furayaashan waa been abuur (fake), tijaabo kaliya.\"\"\"
import pytest

from caano_api.auth import sign, verify

FAKE_SECRET = "test-secret-not-real"


def test_roundtrip():
    token = sign({"sub": "hodan"}, FAKE_SECRET)
    assert verify(token, FAKE_SECRET)["sub"] == "hodan"
""")

v = anthropic_key()
add("blind-ku/python/anthropic", "warbixin/summarise.py", S, """import anthropic

# Soo koobida warbixinta toddobaadlaha ah ee beeraha geela
client = anthropic.Anthropic(
    api_key="@@v@@",
)


def soo_koob(qoraal):
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                 messages=[{"role": "user", "content": qoraal}])
    return msg.content[0].text
""", v, v=v)

v = rand_pw(24)
add("blind-ku/python/smtp-password", "foox_invoices/mailer.py", S, """import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.foox-exports.so"
SMTP_USER = "biilasha@foox-exports.so"


def dir_biil(to, pdf):
    msg = EmailMessage()
    msg["Subject"] = "Biilka dalabkaaga - Foox Exports"
    msg["From"], msg["To"] = SMTP_USER, to
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="biil.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, "@@v@@")
        s.send_message(msg)
""", v, v=v)

add("blind-ku/python/decoy-keyring", "foox_invoices/mailer_v2.py", S, """import smtplib

import keyring

SMTP_HOST = "smtp.foox-exports.so"
SMTP_USER = "biilasha@foox-exports.so"


def login(s: smtplib.SMTP_SSL) -> None:
    # erayga sirta waxaa laga keenaa keyring-ka nidaamka
    s.login(SMTP_USER, keyring.get_password("foox-smtp", SMTP_USER))
""")

v = azure_storage_key()
add("blind-ku/python/azure-storage", "sensors/upload_readings.py", S, """\"\"\"Kulka qaboojiyaha caanaha (milk chiller temperature) -> Azure Blob.\"\"\"
from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=caanosensors;"
        "AccountKey=@@v@@;"
        "EndpointSuffix=core.windows.net")

svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("kulka")
""", v, v=v)

v = hf_token()
add("blind-ku/python/huggingface", "notebooks/so_ner_train.py", S, """# Tababarka NER-ka Soomaaliga (magacyada beeraha iyo tuulooyinka)
from huggingface_hub import login
from transformers import AutoTokenizer

login(token="@@v@@")
tok = AutoTokenizer.from_pretrained("beeyo-exports/so-ner-base")
print(tok("Beerta geela ee Dayr waxay ku taal Burco"))
""", v, v=v)

add("blind-ku/python/decoy-hash", "caano_api/users_seed.py", S, """\"\"\"Isticmaalayaasha bilowga (seed users) - kaliya hash-yada bcrypt, ma aha erayo sir ah.\"\"\"
USERS = [
    {"name": "Hodan Warsame", "role": "maamule",
     "pw_hash": "$2b$12$@@h1@@"},
    {"name": "Cabdi Faarax", "role": "xisaabiye",
     "pw_hash": "$2b$12$@@h2@@"},
]
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

v = fakes.aws_secret_key(_seed())
add("blind-ku/python/aws-boto3", "sawirada/s3_client.py", S, """import boto3

# Sawirada foox-ka ee bogga (website) - bucket: foox-sawirada
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@v@@",
)
""", v, v=v, kid=fakes.aws_key_id(_seed()))

v = slack_webhook()
add("blind-ku/python/slack-webhook", "sensors/alert.py", S, """import requests

# Ogeysiis marka kulka qaboojiyaha uu dhaafo 4C
WEBHOOK = "@@v@@"


def digniin(chiller: str, celsius: float) -> None:
    text = f":warning: Qaboojiyaha {chiller}: {celsius:.1f}C - caanaha hubi!"
    requests.post(WEBHOOK, json={"text": text}, timeout=5)
""", v, v=v)

add("blind-ku/python/decoy-slack-doc-example", "sensors/alert_doc.py", S, """\"\"\"Tusaalaha dukumentiga: URL-ka webhook-ga waa tusaale la daabacay, ma shaqeeyo.

    export SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
\"\"\"
import os

WEBHOOK = os.getenv("SLACK_WEBHOOK", "")
""")

v = rand_pw(32)
add("blind-ku/python/mpesa-consumer-secret", "lacag_bixin/mpesa.py", S, """import base64

import requests

CONSUMER_KEY = "@@ck@@"
# sirta macmiilka (consumer secret) - Safaricom Daraja
CONSUMER_SECRET = "@@v@@"


def token():
    basic = base64.b64encode(f"{CONSUMER_KEY}:{CONSUMER_SECRET}".encode()).decode()
    r = requests.get("https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials",
                     headers={"Authorization": f"Basic {basic}"})
    return r.json()["access_token"]
""", v, v=v, ck=rand_pw(28))

v = passphrase()
add("blind-ku/python/sftp-password", "dhoofin/upload_manifest.py", S, """\"\"\"U dir liiska shixnadda (shipping manifest) dekedda Berbera SFTP.\"\"\"
import paramiko

transport = paramiko.Transport(("sftp.berbera-port.example", 22))
transport.connect(username="beeyo_exports", password="@@v@@")
sftp = paramiko.SFTPClient.from_transport(transport)
sftp.put("manifest_2024_w18.csv", "/incoming/manifest_2024_w18.csv")
sftp.close()
""", v, v=v)

add("blind-ku/python/decoy-getpass", "dhoofin/upload_manual.py", S, """import getpass

import paramiko

# Erayga sirta waxaa la weydiiyaa marka la socodsiinayo (prompted)
pw = getpass.getpass("Erayga sirta SFTP: ")
transport = paramiko.Transport(("sftp.berbera-port.example", 22))
transport.connect(username="beeyo_exports", password=pw)
""")

# ---------------------------------------------------------------- JavaScript / TypeScript
S = "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Grammar_and_types"

v = stripe_key("rk_live_")
add("blind-ku/javascript/stripe-restricted", "beeyo-shop/lib/stripe.js", S, """// Stripe - furaha xaddidan (restricted key) ee warbixinnada kaliya
const Stripe = require("stripe");

const stripe = Stripe("@@v@@", {
  apiVersion: "2024-04-10",
});

module.exports = { stripe };
""", v, v=v)

add("blind-ku/javascript/decoy-publishable", "beeyo-shop/lib/stripe-client.js", S, """// Furaha la daabici karo (publishable) - waa sax inuu browser-ka galo
import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("pk_live_@@pk@@");
export const currency = "usd";
""", pk=fakes.drawn(_seed(), 24))

v = fakes.password(_seed())
add("blind-ku/javascript/mongodb-uri", "geel-tracker/server/db.js", S, """const mongoose = require("mongoose");

// Kaydka xogta GPS-ka geela
const uri = "mongodb+srv://tracker:@@v@@@geel.x7k2p.mongodb.net/herds?retryWrites=true";

mongoose.connect(uri).then(() => console.log("xiriirka waa la sameeyay"));
module.exports = mongoose;
""", v, v=v)

add("blind-ku/javascript/decoy-env-reference", "geel-tracker/server/db.prod.js", S, """const mongoose = require("mongoose");

// URI-ga waxaa laga helaa process.env (Kubernetes secret)
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error("MONGODB_URI lama helin");
mongoose.connect(uri);
""")

v = discord_webhook()
add("blind-ku/typescript/discord-webhook", "beeyo-bot/src/notify.ts", S, """// Ogeysiinta kooxda iibka (sales) ee Discord
const WEBHOOK_URL =
  "@@v@@";

export async function ogeysii(dalab: { id: string; kg: number }): Promise<void> {
  await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Dalab cusub #${dalab.id}: ${dalab.kg} kg beeyo` }),
  });
}
""", v, v=v)

v = mailgun_key()
add("blind-ku/typescript/mailgun", "foox-invoices/src/mail.ts", S, """import formData from "form-data";
import Mailgun from "mailgun.js";

const mg = new Mailgun(formData).client({
  username: "api",
  key: "@@v@@",
  url: "https://api.eu.mailgun.net",
});

export const send = (to: string, html: string) =>
  mg.messages.create("mg.foox-exports.so", { from: "biilasha@foox-exports.so", to, subject: "Biil", html });
""", v, v=v)

add("blind-ku/typescript/decoy-firebase-config", "geel-tracker/web/src/firebase.ts", S, """// Firebase web config - kuwani waa aqoonsiyo dadweyne (public identifiers), ma aha sir
import { initializeApp } from "firebase/app";

export const app = initializeApp({
  apiKey: "AIza@@k@@",
  authDomain: "geel-tracker.firebaseapp.com",
  projectId: "geel-tracker",
  appId: "1:40211839:web:@@app@@",
});
""", k=fakes.drawn(_seed(), 35, ALNUM), app=hexs(22))

v = jwt_token()
add("blind-ku/typescript/bearer-jwt", "dayr-erp/web/src/api.ts", S, """// TODO: ka saar token-kan ka hor release-ka (waa token adeeg oo dhab ah)
const SERVICE_TOKEN = "@@v@@";

export async function soo_qaad(path: string) {
  const r = await fetch(`https://erp.dayr-dairy.so/api/${path}`, {
    headers: { Authorization: `Bearer ${SERVICE_TOKEN}` },
  });
  return r.json();
}
""", v, v=v)

v = npm_token()
add("blind-ku/npmrc/npm-token", "beeyo-shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@beeyo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
engine-strict=true
""", v, v=v)

add("blind-ku/npmrc/decoy-env-reference", "geel-tracker/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@geel:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

v = words_pw()
add("blind-ku/javascript/mysql-config", "caano-pos/config/database.js", S, """// Goobta iibka (point of sale) - dukaamada caanaha Hargeysa
module.exports = {
  client: "mysql2",
  connection: {
    host: "10.20.0.15",
    user: "pos",
    password: "@@v@@",
    database: "caano_pos",
  },
  pool: { min: 1, max: 8 },
};
""", v, v=v)

add("blind-ku/javascript/decoy-knex-env", "caano-pos/config/database.prod.js", S, """// Production: qiimayaasha waxay ka yimaadaan deegaanka
module.exports = {
  client: "mysql2",
  connection: {
    host: process.env.POS_DB_HOST,
    user: process.env.POS_DB_USER,
    password: process.env.POS_DB_PASSWORD,
    database: "caano_pos",
  },
};
""")

# ---------------------------------------------------------------- Go
S = "https://go.dev/ref/spec#String_literals"

v = words_pw()
add("blind-ku/go/database-dsn", "chiller-agent/internal/store/store.go", S, """package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// dsn - xiriirka kaydka akhrinta kulka (temperature readings)
const dsn = "host=db.caanogeel.internal user=chiller password=@@v@@ dbname=readings sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", v, v=v)

add("blind-ku/go/decoy-env-reference", "chiller-agent/internal/store/env.go", S, """package store

import "os"

// DSN waxaa laga akhriyaa CHILLER_DSN (Kubernetes secret ayaa buuxiya)
func DSN() string {
	return os.Getenv("CHILLER_DSN")
}
""")

v = slack_bot()
add("blind-ku/go/slack-bot", "chiller-agent/cmd/notify/main.go", S, """package main

import (
	"github.com/slack-go/slack"
)

func main() {
	// Bot-ka digniinta qaboojiyaha (chiller alarms)
	api := slack.New("@@v@@")
	_, _, _ = api.PostMessage("C04CAANO", slack.MsgOptionText("Qaboojiyaha #3: 6.2C", false))
}
""", v, v=v)

v = digitalocean_token()
add("blind-ku/go/digitalocean", "infra/dnsctl/main.go", S, """package main

import (
	"context"

	"github.com/digitalocean/godo"
)

// Cusboonaysiinta DNS-ka foox-exports.so
var client = godo.NewFromToken("@@v@@")

func main() {
	_, _, _ = client.Domains.Get(context.Background(), "foox-exports.so")
}
""", v, v=v)

add("blind-ku/go/decoy-test-constant", "infra/dnsctl/main_test.go", S, """package main

import "testing"

// fakeToken - been abuur, tijaabada kaliya (not a real token)
const fakeToken = "dop_v1_0000000000000000000000000000000000000000000000000000000000000000"

func TestClient(t *testing.T) {
	if fakeToken == "" {
		t.Fatal("token madhan")
	}
}
""")

v = rand_pw(40, "+/")
add("blind-ku/go/hmac-secret", "beeyo-bot/webhook/verify.go", S, """package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// sirta la wadaago (shared secret) ee webhook-ga lacag bixinta
var signingSecret = []byte("@@v@@")

func Valid(body []byte, sig string) bool {
	m := hmac.New(sha256.New, signingSecret)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}
""", v, v=v)

# ---------------------------------------------------------------- Java / Kotlin
S = "https://docs.oracle.com/javase/specs/jls/se21/html/jls-3.html#jls-3.10.5"

v = words_pw()
add("blind-ku/java/jdbc-password", "dayr-erp-batch/src/main/java/so/dayr/batch/Db.java", S, """package so.dayr.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    // Xiriirka kaydka ERP (habeenkii batch-ka)
    private static final String URL = "jdbc:postgresql://db.dayr.internal:5432/erp";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "batch", "@@v@@");
    }
}
""", v, v=v)

add("blind-ku/java/decoy-system-env", "dayr-erp-batch/src/main/java/so/dayr/batch/DbProd.java", S, """package so.dayr.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class DbProd {
    public static Connection open() throws SQLException {
        // erayga sirta: DAYR_DB_PASSWORD (ka timid secret manager)
        return DriverManager.getConnection(System.getenv("DAYR_DB_URL"), "batch", System.getenv("DAYR_DB_PASSWORD"));
    }
}
""")

v = words_pw()
add("blind-ku/properties/spring-datasource", "dayr-erp-batch/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# Dayr ERP batch - production
spring.datasource.url=jdbc:postgresql://db.dayr.internal:5432/erp
spring.datasource.username=batch
spring.datasource.password=@@v@@
spring.jpa.hibernate.ddl-auto=validate
app.locale=so_SO
""", v, v=v)

add("blind-ku/properties/decoy-placeholder", "dayr-erp-batch/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# Qiimaha sirta ah waxaa laga keenaa deegaanka
spring.datasource.url=${DAYR_DB_URL}
spring.datasource.username=batch
spring.datasource.password=${DAYR_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
""")

v = twilio_sid()
tok = hexs(32)
add("blind-ku/kotlin/twilio", "caano-app/android/app/src/main/java/so/caano/Sms.kt",
    "https://kotlinlang.org/docs/strings.html", """package so.caano

import com.twilio.Twilio

object Sms {
    // TODO: u guuri server-ka - ha ku ridin app-ka
    private const val SID = "@@sid@@"
    private const val TOKEN = "@@tok@@"

    fun init() = Twilio.init(SID, TOKEN)
}
""", tok, sid=v, tok=tok)

add("blind-ku/kotlin/decoy-buildconfig", "caano-app/android/app/src/main/java/so/caano/Config.kt",
    "https://kotlinlang.org/docs/strings.html", """package so.caano

object Config {
    // Furayaasha waxaa la geliyaa wakhtiga dhismaha (BuildConfig, CI secrets)
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val apiBase: String = "https://api.caanogeel.so/v1"
    const val LANG = "so"
}
""")

v = google_api_key()
add("blind-ku/gradle/maps-key", "caano-app/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Furaha khariidadda (Maps) - xaddidan server-ka
MAPS_SERVER_KEY=@@v@@
kotlin.code.style=official
""", v, v=v)

# ---------------------------------------------------------------- C#
S = "https://learn.microsoft.com/en-us/dotnet/csharp/programming-guide/strings/"

v = words_pw()
add("blind-ku/csharp/sqlserver", "FooxExports.Ledger/LedgerDb.cs", S, """using Microsoft.Data.SqlClient;

namespace FooxExports.Ledger;

// Buugga xisaabaadka (ledger) ee dhoofinta foox-ka
public static class LedgerDb
{
    private const string Conn =
        "Server=tcp:foox-ledger.database.windows.net,1433;Database=ledger;User ID=ledger_app;Password=@@v@@;Encrypt=True;";

    public static SqlConnection Open() => new SqlConnection(Conn);
}
""", v, v=v)

v = rand_pw(32)
add("blind-ku/json/appsettings-password", "FooxExports.Ledger/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Ledger": "Server=tcp:foox-ledger.database.windows.net,1433;Database=ledger;User ID=ledger_app;Password=@@v@@;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Culture": "so-SO"
}
""", v, v=v)

add("blind-ku/json/decoy-keyvault-reference", "FooxExports.Ledger/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """{
  "KeyVault": { "Uri": "https://foox-ledger-kv.vault.azure.net/" },
  "ConnectionStrings": {
    "Ledger": "@Microsoft.KeyVault(SecretUri=https://foox-ledger-kv.vault.azure.net/secrets/LedgerConn/)"
  },
  "Culture": "so-SO"
}
""")

v = azure_secret()
add("blind-ku/csharp/azure-client-secret", "FooxExports.Graph/GraphClientFactory.cs", S, """using Azure.Identity;
using Microsoft.Graph;

namespace FooxExports.Graph;

public static class GraphClientFactory
{
    // Diiwaanka app-ka (app registration): foox-mail-sender
    public static GraphServiceClient Create() =>
        new(new ClientSecretCredential("@@tenant@@", "@@client@@", "@@v@@"));
}
""", v, v=v, tenant=uuid_s(), client=uuid_s())

add("blind-ku/csharp/decoy-user-secrets", "FooxExports.Graph/Program.cs", S, """using Microsoft.Extensions.Configuration;

// Horumarinta: dotnet user-secrets set "Graph:ClientSecret" "<sirta>"
var config = new ConfigurationBuilder()
    .AddUserSecrets<Program>()
    .AddEnvironmentVariables()
    .Build();

var secret = config["Graph:ClientSecret"] ?? throw new InvalidOperationException("Graph:ClientSecret ma jiro");
Console.WriteLine($"Tenant: {config["Graph:TenantId"]}");
""")

# ---------------------------------------------------------------- PHP
S = "https://www.php.net/manual/en/language.types.string.php"

v = words_pw()
add("blind-ku/php/wp-config", "foox-website/wp-config.php", S, """<?php
// Bogga internetka ee Foox Exports (WordPress)
define( 'DB_NAME', 'foox_wp' );
define( 'DB_USER', 'foox_wp' );
define( 'DB_PASSWORD', '@@v@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'fx_';
define( 'WP_DEBUG', false );
""", v, v=v)

add("blind-ku/php/decoy-wp-config-sample", "foox-website/wp-config-sample.php", S, """<?php
// Koobi ka samee wp-config.php oo beddel qiimayaasha hoose
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

v = paystack_key()
add("blind-ku/php/paystack", "caano-pos/app/Payments/Paystack.php", S, """<?php

namespace App\\Payments;

use Illuminate\\Support\\Facades\\Http;

class Paystack
{
    // TODO(Ayaan): u wareeji .env
    private string $secret = '@@v@@';

    public function verify(string $ref): array
    {
        return Http::withToken($this->secret)->get("https://api.paystack.co/transaction/verify/{$ref}")->json();
    }
}
""", v, v=v)

v = "base64:" + base64.b64encode(random.Random(_seed()).getrandbits(256).to_bytes(32, "big")).decode()
add("blind-ku/env/laravel-app-key", "caano-pos/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """APP_NAME="Caano POS"
APP_ENV=production
APP_KEY=@@v@@
APP_DEBUG=false
APP_URL=https://pos.caanogeel.so
APP_LOCALE=so
""", v, v=v)

add("blind-ku/env/decoy-laravel-example", "caano-pos/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """APP_NAME="Caano POS"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost
DB_PASSWORD=secret
""")

# ---------------------------------------------------------------- Ruby
S = "https://docs.ruby-lang.org/en/master/syntax/literals_rdoc.html"

v = shopify_token()
add("blind-ku/ruby/shopify", "beeyo-sync/lib/shopify_sync.rb", S, """require "shopify_api"

# Isku-dubaridka kaydka beeyada (inventory) iyo Shopify
session = ShopifyAPI::Auth::Session.new(
  shop: "beeyo-exports.myshopify.com",
  access_token: "@@v@@"
)
client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
puts client.get(path: "products").body["products"].size
""", v, v=v)

add("blind-ku/sops/decoy-ciphertext", "beeyo-sync/config/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """# SOPS - sirta waa la sireeyay (encrypted with age); furaha age kuma jiro repo-ga
shopify_token: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2024-05-02T08:14:51Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", c1=fakes.drawn(_seed(), 52, ALNUM + "+/") + "==", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", c2=fakes.drawn(_seed(), 28, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcp=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

v = words_pw()
add("blind-ku/yaml/rails-database", "beeyo-sync/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """# Kaydka xogta - beeyo-sync
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: db.beeyo.internal
  database: beeyo_sync
  username: beeyo
  password: "@@v@@"
""", v, v=v)

add("blind-ku/yaml/decoy-rails-erb-env", "beeyo-sync/config/database.ci.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """# CI - erayga sirta waxaa laga keenaa ENV
test:
  adapter: postgresql
  host: <%= ENV.fetch("PGHOST", "localhost") %>
  database: beeyo_sync_test
  username: <%= ENV["PGUSER"] %>
  password: <%= ENV["PGPASSWORD"] %>
""")

# ---------------------------------------------------------------- Rust / Swift
v = rand_pw(24)
add("blind-ku/rust/redis-url", "milk-router/src/cache.rs", "https://doc.rust-lang.org/reference/tokens.html#string-literals", """use redis::Client;

// Kaydka ku meel gaarka (cache) ee jidadka gaarsiinta caanaha
const REDIS_URL: &str = "rediss://default:@@v@@@cache.caanogeel.internal:6380/0";

pub fn client() -> redis::RedisResult<Client> {
    Client::open(REDIS_URL)
}
""", v, v=v)

add("blind-ku/rust/decoy-env", "milk-router/src/config.rs", "https://doc.rust-lang.org/reference/tokens.html#string-literals", """use std::env;

pub struct Config {
    pub redis_url: String,
}

impl Config {
    // REDIS_URL waa in lagu dejiyo deegaanka
    pub fn from_env() -> Self {
        Self { redis_url: env::var("REDIS_URL").expect("REDIS_URL lama dejin") }
    }
}
""")

v = rand_pw(40)
add("blind-ku/swift/api-secret", "CaanoApp/CaanoApp/Secrets.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/stringsandcharacters/", """import Foundation

// FIIRO: faylkan waa in laga saaraa git (.gitignore) - waa la iloobay
enum Secrets {
    static let apiBase = URL(string: "https://api.caanogeel.so/v1")!
    static let clientId = "caano-ios"
    static let clientSecret = "@@v@@"
}
""", v, v=v)

add("blind-ku/swift/decoy-infoplist", "CaanoApp/CaanoApp/Config.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/stringsandcharacters/", """import Foundation

// Qiimaha waxaa laga akhriyaa Info.plist, oo xcconfig ka buuxiyo CI-da
enum Config {
    static var clientSecret: String {
        Bundle.main.object(forInfoDictionaryKey: "CAANO_CLIENT_SECRET") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- shell / PowerShell
S = "https://www.gnu.org/software/bash/manual/bash.html"

v = words_pw()
add("blind-ku/shell/pg-dump", "scripts/kayd_habeen.sh", S, """#!/usr/bin/env bash
# Kaydinta habeenkii (nightly backup) ee kaydka caanaha
set -euo pipefail
export PGPASSWORD='@@v@@'
STAMP=$(date +%F)
pg_dump -h db.caanogeel.internal -U backup caano | gzip > "/backups/caano-$STAMP.sql.gz"
echo "kaydku wuu dhammaaday: $STAMP"
""", v, v=v)

add("blind-ku/shell/decoy-pgpass-reference", "scripts/kayd_habeen_v2.sh", S, """#!/usr/bin/env bash
# v2: erayga sirta waxaa laga akhriyaa ~/.pgpass (chmod 600), halkan ma yaal
set -euo pipefail
export PGPASSFILE="$HOME/.pgpass"
STAMP=$(date +%F)
pg_dump -h db.caanogeel.internal -U backup caano | gzip > "/backups/caano-$STAMP.sql.gz"
""")

v = gitlab_token()
add("blind-ku/shell/gitlab-clone", "scripts/soo_dejiso_repos.sh", S, """#!/bin/sh
# Soo dejiso (clone) dhammaan mashaariicda kooxda foox
for r in foox-website foox-invoices foox-ledger; do
  git clone "https://oauth2:@@v@@@gitlab.com/foox-exports/$r.git"
done
echo "dhammaan waa la soo dejiyay"
""", v, v=v)

v = rand_pw(20)
add("blind-ku/shell/curl-basic", "scripts/hubi_dalabaad.sh", S, """#!/usr/bin/env bash
# Hubi dalabaadka maanta (today's orders) ee ERP-ka
set -e
curl -s -u "erp_reader:@@v@@" \\
  "https://erp.dayr-dairy.so/api/orders?date=$(date +%F)" \\
  | jq '.[] | {id, macmiil: .customer, litir: .litres}'
""", v, v=v)

v = mailgun_key()
add("blind-ku/shell/mailgun-curl", "scripts/dir_warbixin.sh", S, """#!/usr/bin/env bash
# U dir warbixinta toddobaadka maamulka
curl -s --user 'api:@@v@@' \\
  https://api.eu.mailgun.net/v3/mg.foox-exports.so/messages \\
  -F from='Warbixin <warbixin@foox-exports.so>' \\
  -F to=maamulka@foox-exports.so \\
  -F subject="Warbixinta toddobaadka $(date +%V)" \\
  -F attachment=@/tmp/warbixin.pdf
""", v, v=v)

add("blind-ku/shell/decoy-read-prompt", "scripts/dir_warbixin_manual.sh", S, """#!/usr/bin/env bash
# Furaha Mailgun waxaa la weydiiyaa (lama keydiyo)
read -rsp "Furaha Mailgun: " MG_KEY; echo
curl -s --user "api:${MG_KEY}" \\
  https://api.eu.mailgun.net/v3/mg.foox-exports.so/messages \\
  -F to=maamulka@foox-exports.so -F subject="Tijaabo"
""")

v = fakes.password(_seed())
add("blind-ku/history/mysql", "ops/hodan/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /srv/caano-pos
git pull
php artisan migrate --force
mysql -h 10.20.0.15 -u pos -p@@v@@ caano_pos -e "select count(*) from iib where date(created_at)=curdate();"
tail -n 50 storage/logs/laravel.log
sudo systemctl restart php8.2-fpm
exit
""", v, v=v)

add("blind-ku/history/decoy-prompted", "ops/cabdi/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """ssh deploy@pos.caanogeel.so
cd /srv/caano-pos
mysql -h 10.20.0.15 -u pos -p caano_pos
vault kv get -field=password secret/caano/pos
docker compose ps
exit
""")

v = fakes.github_fine_grained_token(_seed())
add("blind-ku/history/gh-token", "ops/ayaan/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """: 1714637001:0;cd ~/code/beeyo-sync
: 1714637015:0;git status
: 1714637090:0;export GH_TOKEN=@@v@@
: 1714637102:0;gh release create v1.4.2 --notes "Hagaajin: qiimaha beeyada"
: 1714637160:0;git push --tags
""", v, v=v)

S = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules"

v = words_pw()
add("blind-ku/powershell/pscredential", "ops/Backup-Ledger.ps1", S, """# Kaydinta buugga xisaabaadka (ledger) - Windows server-ka xafiiska Hargeysa
$user = 'FOOX\\svc_backup'
$pass = ConvertTo-SecureString '@@v@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Sqlcmd -ServerInstance 'LEDGER01' -Credential $cred -Query 'BACKUP DATABASE ledger TO DISK=''D:\\bk\\ledger.bak'''
Write-Host 'Kaydku wuu dhammaaday'
""", v, v=v)

add("blind-ku/powershell/decoy-secretmanagement", "ops/Backup-Ledger-v2.ps1", S, """# v2: aqoonsiga waxaa laga keenaa SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'LedgerBackup' -Vault 'FooxVault'
Invoke-Sqlcmd -ServerInstance 'LEDGER01' -Credential $cred -Query 'SELECT 1'
Write-Host 'Xiriirku wuu shaqeeyay'
""")

v = azure_secret()
add("blind-ku/powershell/az-login", "ops/Connect-FooxAzure.ps1", S, """# Ku xir Azure (service principal) - foox-ledger
$tenant = '@@tenant@@'
$appId  = '@@app@@'
$secret = '@@v@@'
az login --service-principal -u $appId -p $secret --tenant $tenant
az account set --subscription 'foox-prod'
""", v, v=v, tenant=uuid_s(), app=uuid_s())

# ---------------------------------------------------------------- Kubernetes / Helm / compose
S = "https://kubernetes.io/docs/concepts/configuration/secret/"

v = words_pw()
add("blind-ku/k8s-secret/database-password", "deploy/k8s/caano-api-secret.yaml", S, """apiVersion: v1
kind: Secret
metadata:
  name: caano-api-db
  namespace: caano
  labels:
    app: caano-api
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", v, u=b64("caano_app"), p=b64(v))

v = fakes.redis_password(_seed())
add("blind-ku/k8s-secret/redis-stringdata", "deploy/k8s/queue-secret.yaml", S, """# Sirta safka dalabaadka (order queue)
apiVersion: v1
kind: Secret
metadata:
  name: dalabaad-redis
  namespace: caano
type: Opaque
stringData:
  REDIS_PASSWORD: "@@v@@"
""", v, v=v)

add("blind-ku/k8s-secret/decoy-sealed", "deploy/k8s/caano-api-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """# SealedSecret - waa la sireeyay, kaliya controller-ka ayaa furi kara
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: caano-api-db
  namespace: caano
spec:
  encryptedData:
    DB_PASSWORD: Ag@@c@@
  template:
    type: Opaque
""", c=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-ku/k8s-secret/decoy-external-secret", "deploy/k8s/foox-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: foox-ledger
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: foox-ledger }
  data:
    - secretKey: DB_PASSWORD
      remoteRef: { key: prod/foox/ledger, property: password }
""")

v = fakes.aws_secret_key(_seed())
add("blind-ku/k8s-secret/aws-b64", "deploy/k8s/sawirada-aws.yaml", S, """apiVersion: v1
kind: Secret
metadata:
  name: sawirada-aws
  namespace: foox
data:
  AWS_ACCESS_KEY_ID: @@k@@
  AWS_SECRET_ACCESS_KEY: @@s@@
""", v, k=b64(fakes.aws_key_id(_seed())), s=b64(v))

v = rand_pw(22)
add("blind-ku/k8s/deployment-env", "deploy/k8s/chiller-agent.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: chiller-agent
  namespace: caano
spec:
  replicas: 1
  selector: { matchLabels: { app: chiller-agent } }
  template:
    metadata: { labels: { app: chiller-agent } }
    spec:
      containers:
        - name: agent
          image: registry.caanogeel.so/chiller-agent:1.7.0
          env:
            - name: MQTT_USER
              value: chiller
            - name: MQTT_PASSWORD   # TODO: u guuri Secret
              value: "@@v@@"
""", v, v=v)

add("blind-ku/k8s/decoy-secretkeyref", "deploy/k8s/chiller-agent-v2.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: chiller-agent
spec:
  template:
    spec:
      containers:
        - name: agent
          image: registry.caanogeel.so/chiller-agent:1.8.0
          env:
            - name: MQTT_PASSWORD
              valueFrom:
                secretKeyRef: { name: chiller-mqtt, key: password }
""")

pw = b64("ci-push:" + rand_pw(24))
v = "{\"auths\":{\"registry.caanogeel.so\":{\"auth\":\"" + pw + "\"}}}"
add("blind-ku/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: caano-registry
  namespace: caano
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", pw, d=b64(v))

S = "https://helm.sh/docs/chart_template_guide/values_files/"

v = words_pw()
add("blind-ku/helm/values-password", "charts/dayr-erp/values-prod.yaml", S, """# Dayr ERP - qiimayaasha production
image:
  repository: registry.caanogeel.so/dayr-erp
  tag: "2.3.1"
postgresql:
  auth:
    username: erp
    password: "@@v@@"
    database: erp
ingress:
  host: erp.dayr-dairy.so
""", v, v=v)

add("blind-ku/helm/decoy-existing-secret", "charts/dayr-erp/values.yaml", S, """# Default: isticmaal Secret jira (existingSecret) - erayga sirta halkan ma galo
image:
  repository: registry.caanogeel.so/dayr-erp
  tag: "2.3.1"
postgresql:
  auth:
    username: erp
    existingSecret: dayr-erp-db
    secretKeys: { userPasswordKey: password }
""")

v = sendgrid_key()
add("blind-ku/helm/smtp-sendgrid", "charts/foox-invoices/values-prod.yaml", S, """smtp:
  host: smtp.sendgrid.net
  port: 587
  user: apikey
  # furaha SendGrid (biilasha)
  password: @@v@@
locale: so
replicaCount: 2
""", v, v=v)

S = "https://docs.docker.com/compose/compose-file/05-services/#environment"

v = words_pw()
add("blind-ku/compose/postgres", "caano-geel-api/docker-compose.prod.yml", S, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: caano_app
      POSTGRES_PASSWORD: "@@v@@"
      POSTGRES_DB: caano
    volumes: [ "pgdata:/var/lib/postgresql/data" ]
  api:
    image: registry.caanogeel.so/caano-api:3.1.0
    depends_on: [ db ]
volumes:
  pgdata: {}
""", v, v=v)

add("blind-ku/compose/decoy-secrets-file", "caano-geel-api/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """# Sirta waxaa laga akhriyaa fayl (./secrets/db_password.txt) oo git-ka ka maqan
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [ db_password ]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

v = rand_pw(26)
add("blind-ku/compose/rabbitmq", "sensors/docker-compose.yml", S, """# Qalabka dareemayaasha (sensors) ee beerta Dayr
services:
  mqtt:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=sensors
      - RABBITMQ_DEFAULT_PASS=@@v@@
    ports: [ "1883:1883", "15672:15672" ]
""", v, v=v)

add("blind-ku/compose/decoy-interpolation", "sensors/docker-compose.override.yml", S, """services:
  mqtt:
    environment:
      - RABBITMQ_DEFAULT_USER=${MQTT_USER:-sensors}
      - RABBITMQ_DEFAULT_PASS=${MQTT_PASS:?MQTT_PASS waa in la dejiyo}
    ports: [ "1883:1883" ]
""")

# ---------------------------------------------------------------- Terraform / Ansible
S = "https://developer.hashicorp.com/terraform/language/values/variables"

v = words_pw()
add("blind-ku/terraform/rds-password", "infra/terraform/rds.tf", S, """# Kaydka xogta ERP (RDS) - eu-central-1
resource "aws_db_instance" "erp" {
  identifier        = "dayr-erp"
  engine            = "postgres"
  engine_version    = "16.2"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "erp_admin"
  password          = "@@v@@"
  skip_final_snapshot = false
}
""", v, v=v)

add("blind-ku/terraform/decoy-random-password", "infra/terraform/rds_v2.tf", S, """# v2: erayga sirta waxaa sameeya Terraform, waxaana lagu kaydiyaa Secrets Manager
resource "random_password" "erp" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "erp" {
  secret_id     = aws_secretsmanager_secret.erp.id
  secret_string = random_password.erp.result
}
""")

v = digitalocean_token()
add("blind-ku/terraform/tfvars-do-token", "infra/terraform/prod.tfvars", S, """# Qiimayaasha production (ha la gelin git!)
region      = "fra1"
droplet_size = "s-2vcpu-4gb"
do_token    = "@@v@@"
domain      = "foox-exports.so"
""", v, v=v)

add("blind-ku/terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", S, """variable "do_token" {
  description = "Token-ka DigitalOcean (waxaa laga keenaa TF_VAR_do_token)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "fra1"
}
""")

v = fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")
add("blind-ku/terraform/cloudflare-token", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

# DNS-ka caanogeel.so
provider "cloudflare" {
  api_token = "@@v@@"
}
""", v, v=v)

S = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"

v = words_pw()
add("blind-ku/ansible/group-vars", "ansible/group_vars/dukaamada.yml", S, """# Dukaamada caanaha (POS terminals) - Hargeysa, Burco, Berbera
pos_app_version: 4.2.0
pos_db_host: 10.20.0.15
pos_db_user: pos
pos_db_password: "@@v@@"
pos_locale: so_SO
ntp_server: pool.ntp.org
""", v, v=v)

add("blind-ku/ansible/decoy-vault-encrypted", "ansible/group_vars/beeraha/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

v = rand_pw(24)
add("blind-ku/ansible/task-password", "ansible/roles/mqtt/tasks/main.yml", S, """- name: Ku rakib mosquitto (MQTT) beeraha geela
  ansible.builtin.apt:
    name: mosquitto
    state: present

- name: Samee isticmaalaha dareemayaasha
  ansible.builtin.command: mosquitto_passwd -b /etc/mosquitto/passwd sensors @@v@@
  args:
    creates: /etc/mosquitto/passwd
""", v, v=v)

add("blind-ku/ansible/decoy-vault-lookup", "ansible/roles/mqtt/tasks/users.yml", S, """- name: Samee isticmaalaha dareemayaasha (erayga sirta ka yimid vault)
  ansible.builtin.command: >-
    mosquitto_passwd -b /etc/mosquitto/passwd sensors
    {{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/mqtt:password') }}
  no_log: true
  args:
    creates: /etc/mosquitto/passwd
""")

# ---------------------------------------------------------------- CI
S = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"

v = fakes.pypi_token(_seed())
add("blind-ku/github-actions/pypi-token", ".github/workflows/release-somtext.yml", S, """name: daabac somtext (PyPI)
on:
  push:
    tags: [ "v*" ]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - run: pipx run twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@v@@
""", v, v=v)

add("blind-ku/github-actions/decoy-secrets-context", ".github/workflows/release-geeltrack.yml", S, """name: daabac geeltrack
on:
  push:
    tags: [ "v*" ]
jobs:
  publish:
    runs-on: ubuntu-latest
    permissions: { id-token: write }
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
      - run: echo "${{ secrets.SLACK_WEBHOOK }}" > /dev/null  # ogeysiis
""")

v = slack_webhook()
add("blind-ku/github-actions/slack-webhook", ".github/workflows/deploy-caano.yml", S, """name: deploy caano-api
on: { push: { branches: [ main ] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Ogeysii kooxda
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"caano-api waa la cusboonaysiiyay"}' \\
            @@v@@
""", v, v=v)

S = "https://docs.gitlab.com/ee/ci/yaml/"

v = rand_pw(30)
add("blind-ku/gitlab-ci/registry-password", "foox-website/.gitlab-ci.yml", S, """stages: [ build, deploy ]

variables:
  REGISTRY: registry.foox-exports.so
  REGISTRY_USER: ci
  REGISTRY_PASS: "@@v@@"

build:
  stage: build
  script:
    - docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASS" "$REGISTRY"
    - docker build -t "$REGISTRY/website:$CI_COMMIT_SHORT_SHA" .
    - docker push "$REGISTRY/website:$CI_COMMIT_SHORT_SHA"
""", v, v=v)

add("blind-ku/gitlab-ci/decoy-predefined-vars", "foox-invoices/.gitlab-ci.yml", S, """stages: [ build ]

build:
  stage: build
  script:
    # CI_REGISTRY_PASSWORD waa token ku meel gaar ah oo GitLab bixiyo
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

v = fakes.aws_secret_key(_seed())
add("blind-ku/bitbucket/aws", "dayr-erp/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: U dir S3 (warbixinnada)
          script:
            - pip install awscli
            - export AWS_ACCESS_KEY_ID=@@k@@
            - export AWS_SECRET_ACCESS_KEY=@@v@@
            - aws s3 sync reports/ s3://dayr-warbixin/
""", v, v=v, k=fakes.aws_key_id(_seed()))

v = rand_pw(20)
add("blind-ku/jenkins/credentials-inline", "dayr-erp-batch/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
    agent any
    environment {
        // TODO: isticmaal credentials() - hadda waa qoraal toos ah
        NEXUS_USER = 'deploy'
        NEXUS_PASS = '@@v@@'
    }
    stages {
        stage('Dhis') { steps { sh './mvnw -B package' } }
        stage('Daabac') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
    }
}
""", v, v=v)

add("blind-ku/jenkins/decoy-credentials-binding", "chiller-agent/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
    agent any
    environment {
        NEXUS = credentials('nexus-deploy')   // aqoonsiga Jenkins
    }
    stages {
        stage('Dhis') { steps { sh 'go build ./...' } }
        stage('Daabac') { steps { sh 'curl -u $NEXUS_USR:$NEXUS_PSW -T agent https://nexus.caanogeel.so/' } }
    }
}
""")

# ---------------------------------------------------------------- Dockerfile
S = "https://docs.docker.com/reference/dockerfile/"

v = npm_token()
add("blind-ku/dockerfile/npm-token", "beeyo-shop/Dockerfile", S, """FROM node:20-alpine AS build
WORKDIR /app
# baakadaha gaarka ah (@beeyo/*)
ENV NPM_TOKEN=@@v@@
COPY package*.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
COPY --from=build /app/.next /app/.next
CMD ["npm", "start"]
""", v, v=v)

add("blind-ku/dockerfile/decoy-build-secret", "geel-tracker/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# token-ka waxaa la keenaa build secret (docker build --secret id=npm,env=NPM_TOKEN)
RUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci
COPY . .
CMD ["node", "server/index.js"]
""")

v = words_pw()
add("blind-ku/dockerfile/mssql-sa", "FooxExports.Ledger/Dockerfile.db", S, """FROM mcr.microsoft.com/mssql/server:2022-latest
ENV ACCEPT_EULA=Y
ENV MSSQL_SA_PASSWORD="@@v@@"
ENV MSSQL_PID=Express
COPY seed/ /seed/
# Xogta bilowga ah ee dalalka iyo dekedaha
""", v, v=v)

# ---------------------------------------------------------------- TOML / INI / XML configs
v = fakes.pypi_token(_seed())
add("blind-ku/ini/pypirc", "ops/ayaan/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@v@@
""", v, v=v)

add("blind-ku/ini/decoy-pypirc-keyring", "ops/cabdi/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# password: keyring ayaa haya (python -m keyring set https://upload.pypi.org/legacy/ __token__)
""")

v = words_pw()
add("blind-ku/ini/odbc", "ops/etc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[FooxLedger]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:foox-ledger.database.windows.net,1433
Database = ledger
UID = report_reader
PWD = @@v@@
Encrypt = yes
""", v, v=v)

v = rand_pw(28)
add("blind-ku/toml/app-config", "milk-router/config/prod.toml", "https://toml.io/en/v1.0.0", """# Jidadka gaarsiinta caanaha (milk delivery routes)
[server]
bind = "0.0.0.0:8080"

[osrm]
url = "http://osrm.internal:5000"

[database]
url = "postgres://router:@@v@@@db.caanogeel.internal:5432/routes"
pool = 10
""", v, v=v)

add("blind-ku/toml/decoy-dev-config", "milk-router/config/dev.toml", "https://toml.io/en/v1.0.0", """# Horumarin maxali ah (local) - docker compose postgres, erayga sirta waa "postgres" default
[server]
bind = "127.0.0.1:8080"

[database]
url = "postgres://postgres:postgres@localhost:5432/routes"
pool = 2
""")

v = hf_token()
add("blind-ku/toml/streamlit-secrets", "foox-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# Dashboard-ka iibka foox
[hf]
token = "@@v@@"

[app]
title = "Iibka Foox - Toddobaadka"
lang = "so"
""", v, v=v)

v = rand_pw(16)
add("blind-ku/xml/maven-settings", "dayr-erp-batch/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <servers>
    <!-- Nexus-ka shirkadda (Dayr) -->
    <server>
      <id>dayr-nexus</id>
      <username>deploy</username>
      <password>@@v@@</password>
    </server>
  </servers>
</settings>
""", v, v=v)

add("blind-ku/xml/decoy-maven-encrypted", "chiller-agent/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <!-- erayga sirta waa la sireeyay (mvn --encrypt-password), master-ka waa settings-security.xml -->
    <server>
      <id>dayr-nexus</id>
      <username>deploy</username>
      <password>{@@c@@}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

v = words_pw()
add("blind-ku/xml/web-config", "FooxExports.Portal/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Bogga macaamiisha (customer portal) -->
    <add name="Portal" providerName="System.Data.SqlClient"
         connectionString="Data Source=PORTAL01;Initial Catalog=portal;User Id=portal_web;Password=@@v@@;" />
  </connectionStrings>
</configuration>
""", v, v=v)

# ---------------------------------------------------------------- notes, runbooks, wikis, docs
S = "https://www.markdownguide.org/basic-syntax/"

v = words_pw()
add("blind-ku/markdown/runbook-password", "docs/runbooks/qaboojiyaha.md", S, """# Runbook: Qaboojiyaha caanaha (milk chillers)

Marka kulku dhaafo **4C** in ka badan 15 daqiiqo:

1. Gal dashboard-ka: https://grafana.caanogeel.so (isticmaale: `ops`)
2. Erayga sirta ah ee Grafana: `@@v@@`
3. Hubi dareemaha (sensor) iyo korontada
4. Wac Warsame: +252 63 4xx xxxx

> Fiiro gaar ah: ha u dirin caanaha Berbera haddii kulku ka sarreeyo 6C.
""", v, v=v)

add("blind-ku/markdown/decoy-runbook-vault", "docs/runbooks/kaydka.md", S, """# Runbook: Soo celinta kaydka (restore)

Erayga sirta ee `backup` **halkan ma yaal**. Ka soo qaado Vault:

```sh
vault kv get -field=password secret/caano/backup
```

Kadib: `gunzip -c caano-2024-05-01.sql.gz | psql -h db.caanogeel.internal -U backup caano`
""")

v = rand_pw(12, "!#")
add("blind-ku/markdown/wifi-note", "docs/xafiiska/wifi.md", S, """# Xafiiska Hargeysa - shabakadda

| Shabakad | Erayga sirta | Fiiro |
|---|---|---|
| FOOX-STAFF | `@@v@@` | shaqaalaha kaliya |
| FOOX-GUEST | (bogga soo dhawaynta) | martida |

Router: 192.168.10.1 - ha beddelin dejinta DHCP.
""", v, v=v)

v = fakes.telegram_token(_seed())
add("blind-ku/markdown/readme-bot", "beeyo-bot/README.md", S, """# beeyo-bot

Bot-ka Telegram ee qiimaha beeyada iyo dalabaadka.

## Bilaabid (quick start)

```sh
export TELEGRAM_BOT_TOKEN=@@v@@
python -m beeyo_bot
```

Amarrada: `/qiimo`, `/dalab`, `/xaalad`.
""", v, v=v)

add("blind-ku/markdown/decoy-readme-placeholder", "geel-tracker/README.md", S, """# geel-tracker

Raadraaca GPS-ka geela (camel herd GPS tracker).

## Dejinta

```sh
cp .env.example .env
# ku buuxi GOOGLE_MAPS_SERVER_KEY=<furahaaga> iyo MONGODB_URI=<uri-gaaga>
npm run dev
```
""")

v = stripe_key()
add("blind-ku/markdown/incident-note", "docs/dhacdooyin/2024-04-stripe.md", S, """# Dhacdo 2024-04-11: lacag bixinta ayaa istaagtay

- **Sababta:** furaha Stripe waa la beddelay laakiin server-ka lama cusboonaysiin.
- **Xalka:** furaha cusub ayaa la geliyay `/etc/beeyo-shop/env`:
  `STRIPE_SECRET_KEY=@@v@@`
- **Cashar:** isticmaal Secrets Manager, ha ku qorin fayl.

Qoray: Ayaan C.
""", v, v=v)

add("blind-ku/markdown/decoy-incident-redacted", "docs/dhacdooyin/2024-02-sendgrid.md", S, """# Dhacdo 2024-02-03: biilasha lama dirin

- Furaha SendGrid wuu dhacay (expired). Furihii hore: `SG.****************.*******` (waa la qariyay).
- Furaha cusub waxaa lagu kaydiyay AWS Secrets Manager: `prod/foox/sendgrid`.
- Fingerprint (sha256): `@@h@@`
""", h=sha256ish())

S = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"

v = rand_pw(32)
add("blind-ku/rst/api-client-doc", "docs/api/erp_client.rst", S, """ERP macmiilka (client)
=====================

Tusaale dhab ah oo laga isticmaalo server-ka batch-ka::

    from dayr_client import Client
    c = Client(base="https://erp.dayr-dairy.so", client_id="batch",
               client_secret="@@v@@")
    c.orders(date="2024-05-01")

Fiiro: ``client_secret`` waa midka production-ka.
""", v, v=v)

add("blind-ku/rst/decoy-api-doc", "docs/api/erp_auth.rst", S, """Aqoonsiga (authentication)
=========================

Codso token::

    curl -X POST https://erp.dayr-dairy.so/oauth/token \\
         -d client_id=YOUR_CLIENT_ID -d client_secret=YOUR_CLIENT_SECRET

Jawaabta waxay ku jirtaa ``access_token`` oo ah JWT 30 daqiiqo shaqeeya.
""")

S = "https://html.spec.whatwg.org/multipage/"

v = google_api_key()
add("blind-ku/html/maps-embed", "foox-website/contact.html", S, """<!doctype html>
<html lang="so">
<head><meta charset="utf-8"><title>Nala soo xiriir - Foox Exports</title></head>
<body>
  <h1>Xafiiskeena Berbera</h1>
  <div id="map"></div>
  <script>
    // furaha server-ka ayaa si khalad ah loo isticmaalay (ma xaddidna)
    fetch("https://maps.googleapis.com/maps/api/geocode/json?address=Berbera&key=@@v@@")
      .then(r => r.json()).then(d => console.log(d));
  </script>
</body>
</html>
""", v, v=v)

add("blind-ku/html/decoy-recaptcha-sitekey", "foox-website/order.html", S, """<!doctype html>
<html lang="so">
<head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/dalab" method="post">
    <input name="kg" placeholder="Miisaanka (kg)">
    <!-- site key waa dadweyne (public) -->
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button>Dir dalabka</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

S = "https://www.mediawiki.org/wiki/Help:Formatting"

v = words_pw()
add("blind-ku/wiki/router-admin", "wiki/Shabakadda_Beerta_Dayr.wiki", S, """== Shabakadda beerta Dayr ==
Router-ka beerta (MikroTik) wuxuu ku yaal qolka caanaha.

{| class="wikitable"
! Qalab !! IP !! Isticmaale !! Erayga sirta
|-
| MikroTik hEX || 10.50.0.1 || admin || @@v@@
|-
| Qaboojiye #1 (PLC) || 10.50.0.21 || - || -
|}
""", v, v=v)

add("blind-ku/wiki/decoy-password-policy", "wiki/Siyaasadda_Erayada_Sirta.wiki", S, """== Siyaasadda erayada sirta (password policy) ==
* Ugu yaraan 14 xaraf; isku dar xarfo, tiro iyo calaamado.
* Tusaale '''xun''': <code>Password123</code>, <code>caano2024</code> - ha isticmaalin!
* Dhammaan erayada sirta waxay ku kaydsan yihiin Bitwarden (ururka ''Foox Exports'').
* Beddel 90 maalmood kasta.
""")

S = "https://en.wikipedia.org/wiki/Plain_text"

v = passphrase()
add("blind-ku/text/handover-note", "notes/wareejin_faadumo.txt", S, """Wareejinta shaqada - Faadumo -> Warsame (2024-05)

- Server-ka SFTP ee dekedda: sftp.berbera-port.example, isticmaale beeyo_exports
  erayga sirta: @@v@@
- Liiska shixnadda waxaa la diraa Khamiis kasta 10:00.
- Macaamiisha cusub: Dubai (Al Noor Trading), Jeddah.
Mahadsanid!
""", v, v=v)

add("blind-ku/text/decoy-handover", "notes/wareejin_cabdi.txt", S, """Wareejinta shaqada - Cabdi -> Hodan

- Dhammaan aqoonsiyada (credentials) waxay ku jiraan Bitwarden: "Foox / Dekedda".
- Erayga sirta ee SFTP waa la beddelay 2024-04-30 (ha isticmaalin kii hore).
- Token-ka GitHub: ghp_... (waa la tirtiray, samee mid cusub haddii loo baahdo)
Mahadsanid!
""")

v = rand_pw(20)
add("blind-ku/text/email-draft", "notes/email_bangiga.txt", S, """Ku: it@dahabshil-bank.example
Ujeeddo: Gelitaanka API-ga (sandbox -> production)

Asc, fadlan u wareeji akoonkayaga production. Aqoonsigeena hadda:
  Merchant ID: FOOX-00412
  API user: foox_api
  API password: @@v@@
Mahadsanid, Xisaabaadka Foox Exports
""", v, v=v)

# ---------------------------------------------------------------- notebooks, SQL, logs, CSV
S = "https://nbformat.readthedocs.io/en/latest/format_description.html"

v = words_pw()
nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Falanqaynta wax soo saarka caanaha (litir maalin kasta)"]},
                {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                 "source": ["import pandas as pd\n", "import sqlalchemy as sa\n",
                            f"eng = sa.create_engine(\"postgresql://analyst:{v}@db.caanogeel.internal/caano\")\n",
                            "df = pd.read_sql('select * from caano_maalin', eng)"]}],
      "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
add("blind-ku/notebook/sqlalchemy-url", "notebooks/caano_wax_soo_saar.ipynb", S, json.dumps(nb, indent=1), v)

nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Qiimaha beeyada - suuqa Dubai"]},
                {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                 "source": ["import os\n", "import pandas as pd\n",
                            "eng_url = os.environ['ANALYTICS_DB_URL']  # ka yimid JupyterHub secrets\n",
                            "df = pd.read_sql('select * from qiimaha', eng_url)"]}],
      "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
add("blind-ku/notebook/decoy-env-reference", "notebooks/qiimaha_beeyada.ipynb", S, json.dumps(nb, indent=1))

v = fakes.openai_key(_seed(), "svcacct")
nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {},
                 "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Turjumaad: Frankincense grade A (Maydi)\n"]}],
                 "source": ["from openai import OpenAI\n", f"client = OpenAI(api_key='{v}')\n",
                            "print('Turjumaad:', client.responses.create(model='gpt-4o-mini', input='Beeyo fasalka A').output_text)"]}],
      "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
add("blind-ku/notebook/openai", "notebooks/turjumaad_tijaabo.ipynb", S, json.dumps(nb, indent=1), v)

S = "https://www.postgresql.org/docs/current/sql-createrole.html"

v = words_pw()
add("blind-ku/sql/create-role", "db/migrations/0042_reporting_role.sql", S, """-- Doorka warbixinnada (reporting role) - Power BI
CREATE ROLE warbixin LOGIN PASSWORD '@@v@@';
GRANT CONNECT ON DATABASE caano TO warbixin;
GRANT USAGE ON SCHEMA public TO warbixin;
GRANT SELECT ON caano_maalin, beeraha, dalabaad TO warbixin;
""", v, v=v)

add("blind-ku/sql/decoy-scram-hash", "db/migrations/0043_reporting_role_hash.sql", S, """-- Doorka warbixinnada: kaliya hash-ka SCRAM ayaa la keydiyay (ma aha erayga sirta)
ALTER ROLE warbixin PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT SELECT ON qiimaha TO warbixin;
GRANT SELECT ON shixnadaha TO warbixin;
-- erayga dhabta ah: Bitwarden "Caano / warbixin"
""", salt=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", k1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", k2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

v = rand_pw(18)
add("blind-ku/sql/mysql-create-user", "caano-pos/database/setup.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- Dejinta kaydka POS
CREATE DATABASE IF NOT EXISTS caano_pos CHARACTER SET utf8mb4;
CREATE USER 'pos'@'10.20.0.%' IDENTIFIED BY '@@v@@';
GRANT SELECT, INSERT, UPDATE ON caano_pos.* TO 'pos'@'10.20.0.%';
FLUSH PRIVILEGES;
""", v, v=v)

S = "https://en.wikipedia.org/wiki/Log_file"

v = fakes.password(_seed())
add("blind-ku/log/connection-error", "logs/dalabaad-worker-2024-05-02.log", S, """2024-05-02T06:00:01Z INFO  worker bilaabay (started) pid=2231
2024-05-02T06:00:02Z INFO  xiriirinta safka: amqp://dalabaad:@@v@@@mq.caanogeel.internal:5672/prod
2024-05-02T06:00:02Z ERROR AMQPConnectionError: connection refused
2024-05-02T06:00:07Z INFO  isku day mar kale (retry 1/5)
2024-05-02T06:00:12Z INFO  xiriirku wuu guuleystay
""", v, v=v)

add("blind-ku/log/decoy-masked", "logs/dalabaad-worker-2024-05-03.log", S, """2024-05-03T06:00:01Z INFO  worker bilaabay (started) pid=2310
2024-05-03T06:00:02Z INFO  xiriirinta safka: amqp://dalabaad:****@mq.caanogeel.internal:5672/prod
2024-05-03T06:00:02Z INFO  xiriirku wuu guuleystay
2024-05-03T06:14:40Z INFO  dalab 88412 la farsameeyay: 240 litir, Burco
2024-05-03T06:15:02Z INFO  request_id=@@rid@@ status=200
""", rid=uuid_s())

v = jwt_token()
add("blind-ku/log/access-bearer", "logs/nginx-erp-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """10.0.3.14 - - [02/May/2024:09:11:02 +0300] "GET /api/orders?date=2024-05-02 HTTP/1.1" 200 5123 "-" "python-requests/2.31"
10.0.3.14 - - [02/May/2024:09:11:05 +0300] "GET /api/herds HTTP/1.1" 200 880 "-" "python-requests/2.31"
10.0.3.22 - - [02/May/2024:09:12:40 +0300] "GET /api/export?access_token=@@v@@ HTTP/1.1" 200 18822 "-" "curl/8.5.0"
10.0.3.14 - - [02/May/2024:09:13:02 +0300] "POST /api/orders HTTP/1.1" 201 64 "-" "python-requests/2.31"
10.0.3.9 - - [02/May/2024:09:14:11 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""", v, v=v)

S = "https://www.rfc-editor.org/rfc/rfc4180"

v = rand_pw(16)
add("blind-ku/csv/accounts-export", "exports/akoonnada_dukaamada.csv", S, """dukaan,magaalo,isticmaale,erayga_sirta,xaalad
Caano Geel 1,Hargeysa,pos_hgs1,(Bitwarden),firfircoon
Caano Geel 2,Burco,pos_bur1,@@v@@,firfircoon
Caano Geel 3,Berbera,pos_brb1,(Bitwarden),xiran
Caano Geel 4,Ceerigaabo,pos_ceg1,(Bitwarden),firfircoon
""", v, v=v)

add("blind-ku/csv/decoy-shipments", "exports/shixnadaha_2024_q1.csv", S, """shixnad_id,alaab,kg,deked,macmiil,container,checksum_sha256
SH-24-0012,Beeyo Maydi A,1200,Berbera,Al Noor Trading,MSKU@@c1@@,@@h1@@
SH-24-0013,Foox Dhahar,800,Berbera,Jeddah Resins,TGHU@@c2@@,@@h2@@
SH-24-0014,Beeyo Maydi B,950,Bosaso,Oman Incense Co,CMAU@@c3@@,@@h3@@
SH-24-0015,Xabag Hadi,400,Berbera,Al Noor Trading,MSKU@@c4@@,@@h4@@
""", c1=fakes.drawn(_seed(), 7, "0123456789"), c2=fakes.drawn(_seed(), 7, "0123456789"),
    c3=fakes.drawn(_seed(), 7, "0123456789"), c4=fakes.drawn(_seed(), 7, "0123456789"),
    h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

# ---------------------------------------------------------------- client configs and key files
v = rand_pw(22)
add("blind-ku/netrc/password", "ops/warsame/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """# ERP-ka iyo Nexus
machine erp.dayr-dairy.so
  login erp_reader
  password @@v@@
machine nexus.caanogeel.so
  login deploy
""", v, v=v)

v = words_pw()
add("blind-ku/pgpass/password", "ops/warsame/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# host:port:database:username:password
db.caanogeel.internal:5432:caano:backup:@@v@@
# analyst: Bitwarden "Caano / analyst"
# chmod 600 ~/.pgpass (haddii kale psql wuu iska indha tirayaa)
# (localhost-ka: peer auth, erey sir ah looma baahna)
""", v, v=v)

v = fakes.github_token(_seed())
add("blind-ku/git-credentials/github", "ops/hodan/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """https://hodan-w:@@v@@@github.com
https://gitlab-ci-token:@@d@@@gitlab.com
""" + "\n".join(["# (faylkan waxaa sameeyay git credential-store)", "# ha la wadaagin", "# Hodan W."]) + "\n", v, v=v, d="[REDACTED]")

pw = b64("beeyo-ci:" + rand_pw(24))
add("blind-ku/docker-config/auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.caanogeel.so": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", pw, a=pw)

add("blind-ku/docker-config/decoy-credstore", "ops/hodan/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.caanogeel.so": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

v = fakes.aws_secret_key(_seed())
add("blind-ku/aws-credentials/profile", "ops/ayaan/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = eu-central-1

[foox-prod]
aws_access_key_id = @@k@@
aws_secret_access_key = @@v@@
""", v, v=v, k=fakes.aws_key_id(_seed()))

add("blind-ku/aws-credentials/decoy-sso", "ops/cabdi/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """[profile foox-prod]
sso_session = foox
sso_account_id = 481203958812
sso_role_name = FooxAdmin
region = eu-central-1

[sso-session foox]
sso_start_url = https://foox-exports.awsapps.com/start
sso_region = eu-central-1
""")

v = pem("OPENSSH")
add("blind-ku/ssh/private-key", "ops/deploy/id_ed25519_berbera", "https://man.openbsd.org/ssh-keygen", v + "\n", v)

add("blind-ku/ssh/decoy-public-key", "ops/deploy/id_ed25519_berbera.pub", "https://man.openbsd.org/ssh-keygen", """# Furaha dadweynaha (public key) ee deploy - waa la wadaagi karaa
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@berbera
# ku dar ~/.ssh/authorized_keys ee server-ka
# fingerprint: SHA256:@@f@@
# Warsame 2024-03
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

v = pem("RSA")
add("blind-ku/yaml/ansible-ssh-key", "ansible/host_vars/dukaan-burco.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """ansible_host: 10.20.3.10
ansible_user: deploy
# furaha SSH ee dukaanka Burco (TODO: u guuri vault)
deploy_private_key: |
""" + "\n".join("  " + line for line in v.splitlines()) + "\n", v)

v = rand_pw(32)
add("blind-ku/kubeconfig/token", "ops/ayaan/.kube/config", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: caano-prod
    cluster:
      server: https://k8s.caanogeel.so:6443
      certificate-authority-data: @@ca@@
users:
  - name: ayaan
    user:
      token: @@v@@
contexts:
  - name: caano-prod
    context: { cluster: caano-prod, user: ayaan, namespace: caano }
current-context: caano-prod
""", v, v=v, ca=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("blind-ku/kubeconfig/decoy-exec-plugin", "ops/hodan/.kube/config", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: caano-prod
    cluster: { server: "https://k8s.caanogeel.so:6443" }
users:
  - name: hodan
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [ get-token, --oidc-issuer-url=https://sso.caanogeel.so ]
""")

v = rand_pw(28)
add("blind-ku/ini/rclone", "ops/backup/rclone.conf", "https://rclone.org/sftp/", """[berbera-sftp]
type = sftp
host = sftp.berbera-port.example
user = beeyo_exports
pass = @@v@@
shell_type = unix
""", v, v=v)

v = rand_pw(40, "+/")
add("blind-ku/ini/s3cfg", "ops/backup/.s3cfg", "https://s3tools.org/kb/item14.htm", """[default]
access_key = @@k@@
secret_key = @@v@@
host_base = fra1.digitaloceanspaces.com
host_bucket = %(bucket)s.fra1.digitaloceanspaces.com
use_https = True
""", v, v=v, k=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

priv = pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE")
sa = {"type": "service_account", "project_id": "caano-geel-prod", "private_key_id": hexs(40),
      "private_key": priv + "\n", "client_email": "bigquery-loader@caano-geel-prod.iam.gserviceaccount.com",
      "client_id": fakes.drawn(_seed(), 21, "0123456789"), "token_uri": "https://oauth2.googleapis.com/token"}
add("blind-ku/json/gcp-service-account", "warbixin/keys/bigquery-loader.json", "https://cloud.google.com/iam/docs/keys-create-delete", json.dumps(sa, indent=2) + "\n", priv.replace("\n", "\\n"))

add("blind-ku/json/decoy-gcp-wif", "warbixin/keys/github-wif.json", "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines", """{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/40211839/locations/global/workloadIdentityPools/github/providers/github",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "credential_source": { "environment_id": "github", "format": { "type": "json" } },
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/bigquery-loader@caano-geel-prod.iam.gserviceaccount.com:generateAccessToken"
}
""")

add("blind-ku/htpasswd/decoy-hash", "deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """# Gelitaanka dashboard-ka (kaliya hash-yada bcrypt)
ops:$2y$10$@@h1@@
hodan:$2y$10$@@h2@@
warsame:$2y$10$@@h3@@
cabdi:$2y$10$@@h4@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ku/pem/decoy-certificate", "deploy/nginx/caanogeel.so.crt", "https://www.rfc-editor.org/rfc/rfc7468", "-----BEGIN CERTIFICATE-----\n"
    + "\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(6)) + "\n-----END CERTIFICATE-----\n")

v = rand_pw(24)
add("blind-ku/nginx/proxy-basic-auth", "deploy/nginx/sensors.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """# Proxy-ga dareemayaasha -> InfluxDB
server {
    listen 443 ssl;
    server_name sensors.caanogeel.so;
    location / {
        proxy_pass http://influx.internal:8086;
        proxy_set_header Authorization "Token @@v@@";
    }
}
""", v, v=v)

v = words_pw()
add("blind-ku/systemd/environment", "deploy/systemd/chiller-agent.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """[Unit]
Description=Wakiilka qaboojiyaha caanaha (chiller agent)
After=network-online.target

[Service]
Environment=MQTT_USER=chiller
Environment=MQTT_PASSWORD=@@v@@
ExecStart=/usr/local/bin/chiller-agent --site dayr
Restart=always

[Install]
WantedBy=multi-user.target
""", v, v=v)

add("blind-ku/systemd/decoy-credential-file", "deploy/systemd/chiller-agent-v2.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=Wakiilka qaboojiyaha (v2, systemd credentials)

[Service]
LoadCredentialEncrypted=mqtt_password:/etc/credstore.encrypted/mqtt_password
Environment=MQTT_PASSWORD_FILE=%d/mqtt_password
ExecStart=/usr/local/bin/chiller-agent --site dayr

[Install]
WantedBy=multi-user.target
""")

v = rand_pw(20)
add("blind-ku/crontab/mysqldump", "deploy/cron/pos-backup", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# Kaydinta POS - habeen kasta 02:30 (Africa/Mogadishu)
SHELL=/bin/bash
MAILTO=ops@caanogeel.so
30 2 * * * root mysqldump -h 10.20.0.15 -u backup --password='@@v@@' caano_pos | gzip > /backups/pos-$(date +\\%F).sql.gz
0 4 * * 0 root find /backups -name 'pos-*.sql.gz' -mtime +30 -delete
""", v, v=v)

add("blind-ku/makefile/decoy-env-reference", "beeyo-sync/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# Amarrada horumarinta
.PHONY: test deploy

test:
\tbundle exec rspec

deploy:
\t@test -n "$(SHOPIFY_TOKEN)" || (echo "SHOPIFY_TOKEN lama dejin" && exit 1)
\tcap production deploy
""")

v = fakes.fake("xoxp-", 0, _seed()) + "-".join(str(random.Random(_seed()).randint(10**11, 10**12)) for _ in range(3)) + "-" + hexs(32)
add("blind-ku/yaml/slack-user-token", "beeyo-bot/config/slack.yml", "https://api.slack.com/authentication/token-types", """# Isku xirka Slack (channel #iibka)
slack:
  channel: "#iibka"
  user_token: @@v@@
  post_as_user: true
  language: so
""", v, v=v)

v = teams_webhook()
add("blind-ku/yaml/teams-webhook", "sensors/config/alerts.yml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """# Digniinaha (alerts) - kooxda beeraha
thresholds:
  max_celsius: 4.0
  max_minutes: 15
notify:
  teams: "@@v@@"
  lang: so
""", v, v=v)

add("blind-ku/yaml/decoy-alertmanager-file", "sensors/config/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """route:
  receiver: beeraha
receivers:
  - name: beeraha
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_url   # sirta fayl kale ku jirta
        channel: "#beeraha"
        title: "Digniin: {{ .CommonLabels.alertname }}"
""")

# ---------------------------------------------------------------- more carriers: split, here-docs, JSON in strings
v = rand_pw(24)
add("blind-ku/python/split-password", "dhoofin/customs_client.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\"\"\"Macmiilka kastamka (customs) - foomamka dhoofinta beeyada.\"\"\"
import requests

CUSTOMS_USER = "beeyo_exports"
CUSTOMS_PASS = ("@@a@@"
                "@@b@@")


def gudbi(foom: dict) -> int:
    r = requests.post("https://customs.example.so/api/declarations", json=foom,
                      auth=(CUSTOMS_USER, CUSTOMS_PASS), timeout=30)
    return r.status_code
""", v, a=v[:12], b=v[12:])

v = rand_pw(32)
add("blind-ku/python/json-in-string", "lacag_bixin/evc_config.py", "https://docs.python.org/3/library/json.html", """import json

# Dejinta EVC Plus / Zaad (mobile money) - JSON ka yimid kooxda bangiga
RAW = '{"merchantUid": "M0912233", "apiUserId": "1004412", "apiKey": "API-@@v@@", "lang": "so"}'

CFG = json.loads(RAW)


def header():
    return {"X-Api-User": CFG["apiUserId"], "X-Api-Key": CFG["apiKey"]}
""", "API-" + v, v=v)

v = words_pw()
add("blind-ku/shell/heredoc-config", "scripts/dejin_server.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """#!/usr/bin/env bash
# Dejinta server-ka cusub ee dukaanka Berbera
set -euo pipefail
cat > /etc/caano-pos/db.ini <<'EOF'
[db]
host = 10.20.0.15
user = pos
password = @@v@@
EOF
chmod 600 /etc/caano-pos/db.ini
systemctl restart caano-pos
""", v, v=v)

v = rand_pw(20)
add("blind-ku/shell/basic-auth-header", "scripts/soo_qaad_qiimaha.sh", "https://www.rfc-editor.org/rfc/rfc7617", """#!/usr/bin/env bash
# Soo qaad qiimaha beeyada ee suuqa (market price feed)
curl -s https://prices.example.ae/api/v2/incense \\
  -H "Authorization: Basic @@a@@" \\
  -H "Accept: application/json" \\
  | jq '.items[] | select(.origin == "SO")'
""", b64("foox_exports:" + v), a=b64("foox_exports:" + v))

v = hexs(32)
add("blind-ku/javascript/url-query-key", "foox-website/js/weather.js", "https://developer.mozilla.org/en-US/docs/Web/API/URLSearchParams", """// Cimilada Sanaag (goobaha foox-ka) - server-side cron
const KEY = "@@v@@";
const url = `https://api.openweathermap.org/data/2.5/weather?q=Ceerigaabo&units=metric&appid=${KEY}`;

fetch(url)
  .then((r) => r.json())
  .then((d) => console.log("Heerkulka Ceerigaabo:", d.main.temp));
""", v, v=v)

# ---------------------------------------------------------------- more languages
v = words_pw()
add("blind-ku/elixir/repo-config", "caano_live/config/prod.exs", "https://hexdocs.pm/ecto/Ecto.Repo.html", """import Config

# Caano Live - dashboard-ka tooska ah
config :caano_live, CaanoLive.Repo,
  username: "caano_live",
  password: "@@v@@",
  hostname: "db.caanogeel.internal",
  database: "caano_live",
  pool_size: 10
""", v, v=v)

add("blind-ku/elixir/decoy-runtime-env", "caano_live/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html", """import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise "DATABASE_URL lama helin (ka hel Secret-ka caano-live)"

  config :caano_live, CaanoLive.Repo, url: database_url, pool_size: 10
end
""")

v = google_api_key()
add("blind-ku/dart/api-key", "caano_flutter/lib/config.dart", "https://dart.dev/language/built-in-types#strings", """// App-ka macaamiisha caanaha (Flutter)
class Config {
  static const apiBase = 'https://api.caanogeel.so/v1';
  // Furaha Places API (server key - khalad ayaa lagu dhigay app-ka)
  static const placesKey = '@@v@@';
  static const defaultLocale = 'so';
}
""", v, v=v)

add("blind-ku/dart/decoy-dart-define", "caano_flutter/lib/env.dart", "https://dart.dev/guides/environment-declarations", """// Qiimayaasha waxaa la keenaa --dart-define wakhtiga dhismaha
class Env {
  static const placesKey = String.fromEnvironment('PLACES_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');
  static bool get ready => placesKey.isNotEmpty;
}
""")

v = rand_pw(18)
add("blind-ku/lua/mqtt-password", "sensors/firmware/init.lua", "https://www.lua.org/manual/5.4/manual.html#3.1", """-- Firmware-ka dareemaha (NodeMCU) - qaboojiyaha #2
local cfg = {
  broker = "mqtt.caanogeel.so",
  port = 8883,
  user = "chiller2",
  password = "@@v@@",
}
m = mqtt.Client("chiller2", 120, cfg.user, cfg.password)
m:connect(cfg.broker, cfg.port, true)
""", v, v=v)

v = words_pw()
add("blind-ku/perl/dbi", "legacy/warbixin_bishii.pl", "https://metacpan.org/pod/DBI", """#!/usr/bin/perl
# Warbixinta bishii (monthly report) - nidaamkii hore
use strict; use warnings;
use DBI;
my $dbh = DBI->connect("DBI:mysql:database=foox_old;host=10.0.0.5", "report", "@@v@@")
    or die "xiriirku wuu fashilmay: $DBI::errstr";
my $n = $dbh->selectrow_array("SELECT SUM(kg) FROM iib WHERE MONTH(taariikh)=MONTH(NOW())");
print "Wadarta bishan: $n kg\\n";
""", v, v=v)

v = rand_pw(26)
add("blind-ku/r/dbconnect", "analysis/caano_trend.R", "https://dbi.r-dbi.org/reference/dbConnect.html", """# Isbeddelka wax soo saarka caanaha (trend) - Hodan
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.caanogeel.internal", dbname = "caano",
                 user = "analyst", password = "@@v@@")
df <- dbGetQuery(con, "SELECT taariikh, SUM(litir) AS litir FROM caano_maalin GROUP BY 1")
plot(df$taariikh, df$litir, type = "l", main = "Litirka caanaha maalin kasta")
""", v, v=v)

add("blind-ku/r/decoy-keyring", "analysis/caano_season.R", "https://cran.r-project.org/package=keyring", """# Xilliyada (Gu, Xagaa, Dayr, Jilaal) - erayga sirta keyring ayaa haya
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.caanogeel.internal", dbname = "caano",
                 user = "analyst", password = keyring::key_get("caano-db", "analyst"))
df <- dbGetQuery(con, "SELECT xilli, AVG(litir) FROM caano_maalin GROUP BY 1")
""")

v = rand_pw(24)
add("blind-ku/scala/kafka-sasl", "stream/src/main/resources/application.conf", "https://github.com/lightbend/config/blob/main/HOCON.md", """# Socodka xogta dareemayaasha (Kafka)
kafka {
  bootstrap.servers = "kafka.caanogeel.internal:9093"
  security.protocol = "SASL_SSL"
  sasl.mechanism = "PLAIN"
  sasl.jaas.config = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"sensors\\" password=\\"@@v@@\\";"
}
""", v, v=v)

# ---------------------------------------------------------------- more decoys
add("blind-ku/json/decoy-package-lock", "beeyo-shop/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "beeyo-shop",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "15.4.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-15.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/next": {
      "version": "14.2.3",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ku/python/decoy-aws-doc-example", "docs/examples/s3_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\"\"\"Tusaalaha dukumentiga AWS - furayaashan waa kuwa AWS daabacay (EXAMPLE), ma shaqeeyaan.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)
""")

add("blind-ku/javascript/decoy-sentry-dsn", "beeyo-shop/sentry.client.config.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """// Sentry DSN-ka browser-ka waa dadweyne (public) - ma aha sir
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@k@@@o450231.ingest.de.sentry.io/4507112",
  tracesSampleRate: 0.1,
  environment: "production",
});
""", k=hexs(32))

add("blind-ku/javascript/decoy-vapid-public", "caano-pwa/src/push.js", "https://developer.mozilla.org/en-US/docs/Web/API/PushManager/subscribe", """// Ogeysiisyada push - furaha DADWEYNAHA ee VAPID (public key)
const VAPID_PUBLIC_KEY = "B@@k@@";

export async function isdiiwaangeli(reg) {
  return reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: VAPID_PUBLIC_KEY,
  });
}
""", k=fakes.drawn(_seed(), 86, ALNUM + "-_"))

add("blind-ku/json/decoy-i18n", "caano-pwa/src/locales/so.json", "https://www.i18next.com/misc/json-format", """{
  "login.title": "Gal akoonkaaga",
  "login.password": "Erayga sirta",
  "login.password_placeholder": "Gali erayga sirta",
  "login.forgot": "Ma ilowday erayga sirta?",
  "login.token_expired": "Token-kaagu wuu dhacay, fadlan mar kale gal",
  "api_key.label": "Furaha API"
}
""")

add("blind-ku/yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """openapi: 3.1.0
info: { title: Caano Geel API, version: 3.1.0, description: "API-ga dalabaadka caanaha" }
components:
  securitySchemes:
    apiKey: { type: apiKey, in: header, name: X-Api-Key }
paths:
  /dalabaad:
    get:
      parameters:
        - name: X-Api-Key
          in: header
          example: "your-api-key-here"
""")

add("blind-ku/go/decoy-uuid-ids", "chiller-agent/internal/sites/sites.go", "https://go.dev/ref/spec#Composite_literals", """package sites

// Aqoonsiyada goobaha (site IDs) - ma aha sir
var Sites = map[string]string{
	"dayr":     "@@a@@",
	"hawd":     "@@b@@",
	"berbera":  "@@c@@",
	"burco":    "@@d@@",
}
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-ku/env/decoy-changeme", "milk-router/.env.example", "https://hexdocs.pm/dotenvy/dotenv-file-format.html", """# Beddel qiimayaasha "changeme" ka hor production
DATABASE_URL=postgres://router:changeme@localhost:5432/routes
OSRM_URL=http://localhost:5000
REDIS_PASSWORD=changeme
LOG_LEVEL=debug
""")

add("blind-ku/markdown/decoy-changelog", "beeyo-sync/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """# Isbeddellada (Changelog)

## [1.4.2] - 2024-05-02
### Hagaajin
- Token-ka Shopify hadda waxaa laga akhriyaa `SHOPIFY_TOKEN` (commit `@@c1@@`).
- Erayga sirta kaydka lagama qoro log-ga (commit `@@c2@@`).

## [1.4.1] - 2024-04-18
- Qiimaha beeyada Maydi A waa la cusboonaysiiyay.
""", c1=hexs(40), c2=hexs(40))

add("blind-ku/yaml/decoy-mapbox-public", "geel-tracker/web/config.yml", "https://docs.mapbox.com/help/getting-started/access-tokens/", """# Khariidadda webka - furaha DADWEYNAHA Mapbox (pk., URL-restricted)
map:
  style: mapbox://styles/mapbox/outdoors-v12
  public_token: pk.@@a@@.@@b@@
  center: [44.06, 9.56]
  zoom: 7
""", a=base64.urlsafe_b64encode(b'{"u":"geel-tracker","a":"clv8x2k0q0001"}').decode().rstrip("="), b=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-ku/terraform/decoy-state-sensitive", "infra/terraform/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", """output "erp_db_endpoint" {
  value = aws_db_instance.erp.endpoint
}

output "erp_db_password" {
  description = "Erayga sirta (waa la qariyay CLI-ga)"
  value       = random_password.erp.result
  sensitive   = true
}
""")

add("blind-ku/powershell/decoy-secure-string", "ops/Set-LedgerPassword.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """# Erayga sirta waxaa la weydiiyaa oo loo kaydiyaa DPAPI (user-ka kaliya ayaa furi kara)
$pw = Read-Host -AsSecureString 'Erayga sirta ledger'
$pw | ConvertFrom-SecureString | Set-Content "$env:APPDATA\\foox\\ledger.pw"
Write-Host 'Waa la kaydiyay'
# Akhri: Get-Content ... | ConvertTo-SecureString
""")

add("blind-ku/json/decoy-jwks-public", "FooxExports.Portal/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "foox-2024-05",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-ku/log/decoy-hashed-token", "logs/auth-audit-2024-05.log", "https://owasp.org/www-project-logging-cheat-sheet/", """2024-05-01T08:02:11Z login ok user=hodan ip=10.0.3.22 token_sha256=@@a@@
2024-05-01T08:40:53Z login fail user=cabdi ip=10.0.3.40 reason="erayga sirta khalad"
2024-05-01T09:15:02Z token revoked user=ayaan token_id=@@b@@
2024-05-01T10:00:00Z api_key rotated owner=beeyo-bot key_prefix=bk_live_7Hq2...
2024-05-01T10:00:01Z login ok user=warsame ip=10.0.3.14 token_sha256=@@c@@
""", a=sha256ish(), b=uuid_s(), c=sha256ish())

# ---------------------------------------------------------------- more CI and command lines
v = twilio_sid()
tok = hexs(32)
add("blind-ku/serverless/twilio", "sms-ogeysiis/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """service: sms-ogeysiis
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    TWILIO_ACCOUNT_SID: @@sid@@
    TWILIO_AUTH_TOKEN: @@tok@@
functions:
  dir:
    handler: handler.dir_sms   # u dir SMS macaamiisha marka caanuhu diyaar yihiin
""", tok, sid=v, tok=tok)

v = rand_pw(24)
add("blind-ku/azure-pipelines/variables", "FooxExports.Ledger/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [ main ]
pool: { vmImage: ubuntu-latest }
variables:
  buildConfiguration: Release
  sqlAdminPassword: '@@v@@'   # TODO: u beddel variable group (secret)
steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: sqlcmd -S foox-ledger.database.windows.net -U sqladmin -P "$(sqlAdminPassword)" -i migrate.sql
""", v, v=v)

add("blind-ku/azure-pipelines/decoy-variable-group", "FooxExports.Portal/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """trigger: [ main ]
pool: { vmImage: ubuntu-latest }
variables:
  - group: foox-portal-secrets   # sqlAdminPassword waxay ku jirtaa Library (secret)
steps:
  - script: dotnet build --configuration Release
  - script: sqlcmd -S portal01 -U sqladmin -P "$(sqlAdminPassword)" -i migrate.sql
""")

v = words_pw()
add("blind-ku/markdown/docker-run-readme", "sensors/README.md", "https://docs.docker.com/reference/cli/docker/container/run/", """# sensors

Dareemayaasha kulka ee beeraha (Dayr, Hawd).

Ku socodsii server-ka beerta:

```sh
docker run -d --name influx -p 8086:8086 \\
  -e DOCKER_INFLUXDB_INIT_USERNAME=beeraha \\
  -e DOCKER_INFLUXDB_INIT_PASSWORD='@@v@@' \\
  influxdb:2.7
```
""", v, v=v)

v = rand_pw(22)
add("blind-ku/circleci/env", "milk-router/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/rust:1.77
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: router
          POSTGRES_PASSWORD: @@v@@
    steps:
      - checkout
      - run: cargo test
""", v, v=v)

v = words_pw()
add("blind-ku/env/airflow-connection", "warbixin/airflow/.env", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", """# Airflow - isku xirka kaydka caanaha iyo ledger-ka
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_CAANO_DB=postgresql://analyst:@@v@@@db.caanogeel.internal:5432/caano
AIRFLOW_CONN_LEDGER=mssql://ledger_reader@foox-ledger.database.windows.net:1433/ledger
AIRFLOW__WEBSERVER__DEFAULT_UI_TIMEZONE=Africa/Mogadishu
""", v, v=v)

add("blind-ku/php/decoy-pdo-getenv", "caano-pos/app/Db.php", "https://www.php.net/manual/en/pdo.construct.php", """<?php
// Xiriirka PDO - qiimayaasha waxaa laga akhriyaa getenv()
function xiriir(): PDO {
    $dsn = sprintf('mysql:host=%s;dbname=caano_pos;charset=utf8mb4', getenv('POS_DB_HOST'));
    return new PDO($dsn, getenv('POS_DB_USER'), getenv('POS_DB_PASSWORD'), [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    ]);
}
""")
