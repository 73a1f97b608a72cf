"""Blind set MW: a Walloon-speaking Liège waffle bakery chain (Gåfes di Lîdje) and its
Ardennes kayak rental (Kayaks d' l' Oûte).

Shop tills, online orders, delivery routes, booking site for kayak trips on the Ourthe and the
Amblève, payment and mailing services, infrastructure and runbooks; notes partly in Walloon.
Generated fakes only (seeds 7560000-7569999).
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
_SEED = [7560000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7560000 <= _SEED[0] < 7570000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Gåfe", "Sucre", "Perle", "Oûte", "Amblève", "Kayak", "Pagaie", "Tchoco", "Cramik", "Bolî",
         "Fåve", "Meûse", "Vesse", "Rotche", "Spa", "Durbuy", "Hamoir", "Comblain", "Bleu", "Roûge"]
ASCII_WORDS = ["Gaufre", "Sucre", "Perle", "Ourthe", "Ambleve", "Kayak", "Pagaie", "Tchoco", "Meuse",
               "Vesdre", "Durbuy", "Hamoir", "Comblain", "Barvaux", "Sougne", "Remouchamps"]


def pw() -> str:
    r = _rng()
    return r.choice(ASCII_WORDS) + r.choice("!#$%@*") + r.choice(ASCII_WORDS) + str(r.randint(10, 9999))


def rnd(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_hook() -> str:
    return ("https://lidjegafes.webhook.office.com/webhookb2/" + fakes.uuid4(_seed()) + "@" + fakes.uuid4(_seed())
            + "/IncomingWebhook/" + hexs(32) + "/" + fakes.uuid4(_seed()))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mollie() -> str:
    return fakes.fake("live_", 30, _seed())


def uuid() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"kiosk-' + str(_rng().randint(10, 99)) + '","role":"service_role"}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://pkg.go.dev/database/sql"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
CSHARP = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
KOTLIN = "https://kotlinlang.org/docs/home.html"
SH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
MD = "https://spec.commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
DOCKER = "https://docs.docker.com/reference/dockerfile/"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
SSH = "https://man.openbsd.org/ssh-keygen"
MOLLIE = "https://docs.mollie.com/reference/authentication"
SENDGRID = "https://docs.sendgrid.com/ui/account-and-settings/api-keys"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

# ---------------------------------------------------------------- .env files

add("blind-mw/dotenv/postgres", ".env.production", DOTENV, """\
# Gåfes di Lîdje - boutique en ligne
APP_ENV=production
APP_URL=https://www.gafes-di-lidje.be
DB_HOST=db.gafes.internal
DB_PORT=5432
DB_DATABASE=boutike
DB_USERNAME=boutike_app
DB_PASSWORD=@@s@@
# li cache po les comandes
REDIS_HOST=redis.gafes.internal
""", pw())

add("blind-mw/dotenv/stripe", "booking/.env", DOTENV, """\
# Kayaks d' l' Oûte - rezervåcions
NODE_ENV=production
PORT=3000
STRIPE_PUBLISHABLE_KEY=pk_live_51Nw8qQDe3kZ0aKayak00Oute
STRIPE_SECRET_KEY=@@s@@
BOOKING_CURRENCY=EUR
""", stripe())

add("blind-mw/dotenv/decoy-placeholder", ".env.example", DOTENV, """\
# Copîz ci fitchî e .env et rimplixhoz les valeurs (nén d' vraies valeurs cial!)
APP_ENV=local
DB_HOST=127.0.0.1
DB_DATABASE=boutike
DB_USERNAME=boutike_app
DB_PASSWORD=
STRIPE_SECRET_KEY=sk_test_your_key_here
MOLLIE_API_KEY=<mete vosse clé cial>
SENDGRID_API_KEY=changeme
""")

add("blind-mw/dotenv/sendgrid", "mailer/.env.prod", DOTENV, """\
MAIL_FROM="Gåfes di Lîdje <bondjoû@gafes-di-lidje.be>"
MAIL_REPLY_TO=comandes@gafes-di-lidje.be
SENDGRID_API_KEY=@@s@@
NEWSLETTER_LIST_ID=4412
MAIL_SANDBOX=false
""", sendgrid())

add("blind-mw/dotenv/decoy-env-reference", ".env.ci", DOTENV, """\
# Sol po l' CI: les vraies valeurs vinèt des secrets do GitLab
DB_PASSWORD=${CI_DB_PASSWORD}
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
MOLLIE_API_KEY=$MOLLIE_TEST_KEY
SLACK_WEBHOOK_URL=${SLACK_WEBHOOK_URL:-}
REDIS_URL=redis://redis:6379/0
""")

add("blind-mw/dotenv/mollie", "kassa/.env.local", DOTENV, """\
# kassa (tills) a Lîdje, Place Saint-Lambert
SHOP_CODE=LIDJE-01
MOLLIE_API_KEY=@@s@@
MOLLIE_PROFILE_ID=pfl_QkEhN3VLuG
PRINTER=epson-tm-t20
""", mollie())

add("blind-mw/dotenv/redis-url", "worker.env", DOTENV, """\
QUEUE=comandes
CONCURRENCY=4
REDIS_URL=redis://:@@s@@@redis-prod.gafes.internal:6379/2
LOG_LEVEL=info
SENTRY_ENVIRONMENT=production
""", fakes.redis_password(_seed()))

add("blind-mw/dotenv/decoy-masked", "support/env-dump.txt", DOTENV, """\
# èmantchî pa `heroku config` - les valeurs sont catchêyes
DATABASE_URL:       postgres://boutike:********@ec2-34-250-1-10.eu-west-1.compute.amazonaws.com:5432/d8k2
MOLLIE_API_KEY:     live_****************************Xq
SENDGRID_API_KEY:   SG.****.****
STRIPE_SECRET_KEY:  sk_live_••••••••••••••••4f2a
""")

# ---------------------------------------------------------------- Python

add("blind-mw/python/postgres-dsn", "boutike/settings/production.py", "https://docs.djangoproject.com/en/stable/ref/settings/#databases", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.gafes-di-lidje.be", "gafes-di-lidje.be"]

# Li bâze di dnêyes des comandes (on l' candjerè al prétchinne release)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "boutike",
        "USER": "boutike_app",
        "PASSWORD": "@@s@@",
        "HOST": "db.gafes.internal",
        "PORT": "5432",
    }
}
""", pw())

add("blind-mw/python/django-secret-key", "kayaks/settings.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@s@@'

DEBUG = False
ALLOWED_HOSTS = ['rezervåcions.kayaks-oute.be', 'localhost']
LANGUAGE_CODE = 'fr-be'
TIME_ZONE = 'Europe/Brussels'
""", fakes.django_secret_key(_seed()))

add("blind-mw/python/decoy-env-reference", "kayaks/settings_prod.py", PYDOC, """\
import os

from .settings import *  # noqa

# Li clé vént d' l' evironmint (Vault -> systemd), måy nén scrîte cial
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
DATABASES["default"]["PASSWORD"] = os.getenv("DB_PASSWORD")
""")

add("blind-mw/python/slack-webhook", "scripts/stock_alert.py", SLACK, """\
\"\"\"Evoye on messadje so Slack cwand l' pålete di sucre perlé est presse vude.\"\"\"
import json
import urllib.request

WEBHOOK = "@@s@@"


def alert(shop: str, kilos: float) -> None:
    body = {"text": f":warning: {shop}: co {kilos:.1f} kg di sucre perlé"}
    req = urllib.request.Request(WEBHOOK, json.dumps(body).encode(), {"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", slack_hook())

add("blind-mw/python/aws-secret", "etl/export_ventes.py", AWS, """\
import boto3

# export des vintes di tchaeke djoû viè S3 (po l' contåbe)
session = boto3.session.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    region_name="eu-west-1",
)
s3 = session.client("s3")
s3.upload_file("/var/exports/vintes.csv", "gafes-compta", "vintes/latest.csv")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/python/decoy-test-fixture", "tests/test_paiement.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

from boutike.paiement import Paiement

# Clés di test FAUSSES: ni vont nole pårt, c' est po les tests unitaires
FAKE_KEY = "sk_test_FAKEFAKEFAKEFAKEFAKE0000"


@pytest.fixture
def paiement():
    return Paiement(api_key=FAKE_KEY, sandbox=True)


def test_montant_en_cents(paiement):
    assert paiement.cents(3.50) == 350
""")

add("blind-mw/python/telegram", "bots/kayak_meteo_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
import requests

# Bot "Oûte Meteo": evoye li livea d' l' aiwe å guides tos les matins
TOKEN = "@@s@@"
CHAT_ID = -1001874455120


def send(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()))

_P = rnd(22)
add("blind-mw/python/split-password", "tools/import_fournisseurs.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """\
import psycopg

# fournisseurs (farine, sucre perlé, boûre) -> tåve `fournisseurs`
DSN = ("host=db.gafes.internal dbname=boutike user=import "
       "password=@@a@@"
       "@@b@@")

with psycopg.connect(DSN) as conn:
    conn.execute("TRUNCATE fournisseurs_staging")
""", _P, a=_P[:7], b=_P[7:])

add("blind-mw/python/decoy-hash", "boutike/checksums.py", "https://docs.python.org/3/library/hashlib.html", """\
# Sommes di contrôle des imådjes des gåfes (po l' CDN), nén des secrets
IMAGE_SHA256 = {
    "gafe-sucre.webp": "@@h1@@",
    "gafe-tchoco.webp": "@@h2@@",
    "gafe-bruxelles.webp": "@@h3@@",
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("blind-mw/python/openai", "kayaks/chatbot/assistant.py", "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

# Assistant po rèsponde å clients: "Ci l' Oûte est-ele trop hôte po les efants?"
client = OpenAI(api_key="@@s@@")

SYSTEM = "Vos estoz l' assistant des Kayaks d' l' Oûte (Hamoir - Comblain). Rèspondoz e francès ou e walon."


def ask(question: str) -> str:
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-mw/python/decoy-secret-manager", "kayaks/secrets.py", "https://cloud.google.com/secret-manager/docs/access-secret-version", """\
from google.cloud import secretmanager

PROJECT = "kayaks-oute-prod"


def secret(name: str) -> str:
    # Li valeur est e Secret Manager; ci n' est k' on no
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{PROJECT}/secrets/{name}/versions/latest"
    return client.access_secret_version(name=path).payload.data.decode()


STRIPE_KEY = secret("stripe-secret-key")
""")

add("blind-mw/python/smtp-password", "boutike/mail_fature.py", "https://docs.python.org/3/library/smtplib.html", """\
import smtplib
from email.message import EmailMessage


def evoyî_fature(dest: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Vosse fature - Gåfes di Lîdje"
    msg["From"] = "fatures@gafes-di-lidje.be"
    msg["To"] = dest
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="fature.pdf")
    with smtplib.SMTP_SSL("smtp.ovh.net", 465) as smtp:
        smtp.login("fatures@gafes-di-lidje.be", "@@s@@")
        smtp.send_message(msg)
""", pw())

add("blind-mw/python/decoy-public-key", "boutike/stripe_front.py", STRIPE, """\
# Li clé publike (publishable) pout êsse dins l' navigateu, c' est fwait po
STRIPE_PUBLISHABLE_KEY = "pk_live_51OaKq2LidjeGafes0aBcDeFgHiJkLmNoPqRsTuVwXyZ01"
STRIPE_ACCOUNT_ID = "acct_1OaKq2LidjeGafe"
STRIPE_PRICE_BOITE_12 = "price_1OaKx9LidjeGafeBoite12"


def context():
    return {"stripe_pk": STRIPE_PUBLISHABLE_KEY}
""")

add("blind-mw/python/github-token", "tools/release_notes.py", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """\
import requests

REPO = "gafes-di-lidje/boutike"
GH_TOKEN = "@@s@@"  # TODO: mete-lu dins les secrets, c' est on hack po l' release d' mårdi

r = requests.get(f"https://api.github.com/repos/{REPO}/releases/latest",
                 headers={"Authorization": f"Bearer {GH_TOKEN}"})
print(r.json()["tag_name"])
""", fakes.github_token(_seed()))

add("blind-mw/python/decoy-redacted", "tools/debug_conf.py", PYDOC, """\
import os

MASK = "****"


def show_config() -> None:
    # Montrer l' config sins les secrets (on n' mostere ki les 4 dièrins caractéres)
    for key in ("DB_PASSWORD", "STRIPE_SECRET_KEY", "MOLLIE_API_KEY"):
        value = os.environ.get(key, "")
        print(key, "=", MASK + value[-4:] if value else "(vude)")
""")

# ---------------------------------------------------------------- JavaScript / TypeScript

add("blind-mw/javascript/mongodb-uri", "booking/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
// Kayaks d' l' Oûte - li bâze des rezervåcions
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://booking:@@s@@@cluster0.kq7zt.mongodb.net/rezervacions?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db('rezervacions');
};
""", rnd(16))

add("blind-mw/javascript/decoy-process-env", "booking/src/config.js", NODE, """\
// totes les valeurs vinèt d' l' evironmint (Render dashboard)
module.exports = {
  port: Number(process.env.PORT || 3000),
  stripeSecret: process.env.STRIPE_SECRET_KEY,
  mongoUri: process.env.MONGODB_URI,
  sessionSecret: process.env.SESSION_SECRET || '',
  mailgunDomain: 'mg.kayaks-oute.be',
};
""")

add("blind-mw/typescript/mailgun", "booking/src/mail.ts", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
import formData from 'form-data';
import Mailgun from 'mailgun.js';

const mailgun = new Mailgun(formData);
// confirmåcion d' rezervåcion: "Vosse kayak vis ratind a Hamoir!"
export const mg = mailgun.client({
  username: 'api',
  key: '@@s@@',
  url: 'https://api.eu.mailgun.net',
});
""", mailgun())

add("blind-mw/typescript/jwt-secret", "booking/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """\
import jwt from 'jsonwebtoken';

// li sicret po signer les tokens des guides (app mobile)
const JWT_SECRET = '@@s@@';

export function signGuide(id: string): string {
  return jwt.sign({ sub: id, role: 'guide' }, JWT_SECRET, { expiresIn: '12h' });
}
""", rnd(48))

add("blind-mw/typescript/decoy-firebase-config", "app/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """\
import { initializeApp } from 'firebase/app';

// Config Firebase do cliyint: ces valeurs la sont publikes (ratinde les rules di Firestore)
const firebaseConfig = {
  apiKey: 'AIzaSyD-kayaks-oute-public-web-key-000',
  authDomain: 'kayaks-oute.firebaseapp.com',
  projectId: 'kayaks-oute',
  appId: '1:418273645120:web:9b1c2d3e4f5a6b7c',
};

export const app = initializeApp(firebaseConfig);
""")

add("blind-mw/javascript/discord-webhook", "scripts/notify-discord.js", "https://discord.com/developers/docs/resources/webhook", """\
// Evoye les novelès rezervåcions so l' canal #guides
const HOOK = '@@s@@';

async function notify(booking) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Novele rezervåcion: ${booking.kayaks} kayaks, ${booking.date}` }),
  });
}

module.exports = { notify };
""", discord_hook())

add("blind-mw/javascript/npm-token", "booking/.npmrc", NPMRC, """\
; registre privé po @kayaks-oute/ui
@kayaks-oute:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", npm())

add("blind-mw/npmrc/decoy-env-token", "boutike-front/.npmrc", NPMRC, """\
; li token vént do CI (variâbe NPM_TOKEN), nén cial
@gafes:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
""")

add("blind-mw/typescript/supabase-service", "app/src/admin/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from '@supabase/supabase-js';

// ATINCION: c' est l' clé service_role (tos les dreûts) - po l' backoffice seulmint
const SUPABASE_URL = 'https://qzkayakoute.supabase.co';
const SERVICE_ROLE = '@@s@@';

export const admin = createClient(SUPABASE_URL, SERVICE_ROLE, { auth: { persistSession: false } });
""", jwt_like())

add("blind-mw/javascript/decoy-example-docs", "booking/docs/stripe-example.js", STRIPE, """\
// Esimpe pris dins l' documintåcion di Stripe (clé di docs, nén l' nosse)
// Mete vosse clé e STRIPE_SECRET_KEY divant d' lancî.
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY || 'sk_test_xxxxxxxxxxxxxxxxxxxxxxxx');

stripe.paymentIntents.create({ amount: 4500, currency: 'eur' })
  .then((pi) => console.log(pi.id));
""")

# ---------------------------------------------------------------- Go

add("blind-mw/go/mysql-dsn", "livreuses/internal/store/store.go", GO, """\
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Open drouve li bâze des toûrnêyes di livreuses (camionetes des gåfes).
func Open() (*sql.DB, error) {
	return sql.Open("mysql", "livreuses:@@s@@@tcp(mysql.gafes.internal:3306)/tournees?parseTime=true")
}
""", pw())

add("blind-mw/go/decoy-getenv", "livreuses/cmd/server/main.go", "https://pkg.go.dev/os#Getenv", """\
package main

import (
	"log"
	"os"
)

func main() {
	// li sicret vént d' l' evironmint; s' i n' è nén, on s' arestêye
	key := os.Getenv("MAPS_API_KEY")
	if key == "" {
		log.Fatal("MAPS_API_KEY n' est nén defini")
	}
	run(key)
}
""")

add("blind-mw/go/google-maps", "livreuses/internal/route/maps.go", "https://developers.google.com/maps/documentation/routes/get-api-key", """\
package route

import "googlemaps.github.io/maps"

// clé Maps po calculer les toûrnêyes Lîdje - Sèrè - Hesbaye
const mapsKey = "@@s@@"

func Client() (*maps.Client, error) {
	return maps.NewClient(maps.WithAPIKey(mapsKey))
}
""", google_key())

add("blind-mw/go/aws-session", "kayaks/tools/upload/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """\
package main

import "github.com/aws/aws-sdk-go-v2/credentials"

// credentials tempôraires po mete les fotos des descintes so S3
var provider = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@s@@",
	"",
)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/go/decoy-test-constant", "livreuses/internal/auth/auth_test.go", "https://pkg.go.dev/testing", """\
package auth

import "testing"

// on faux sicret po les tests, i n' sieve nole pårt ôte
const testSecret = "not-a-real-secret-for-tests-only"

func TestSign(t *testing.T) {
	tok := Sign("livreuse-7", testSecret)
	if tok == "" {
		t.Fatal("vude")
	}
}
""")

# ---------------------------------------------------------------- Java / Kotlin

add("blind-mw/properties/datasource", "fidelite/src/main/resources/application-prod.properties", JAVA, """\
# Programe di fidélité: carte "10 gåfes = 1 di pus"
spring.application.name=fidelite
spring.datasource.url=jdbc:postgresql://db.gafes.internal:5432/fidelite
spring.datasource.username=fidelite
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", pw())

add("blind-mw/properties/decoy-placeholder", "fidelite/src/main/resources/application.properties", JAVA, """\
spring.application.name=fidelite
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/fidelite}
spring.datasource.username=${DB_USER:fidelite}
spring.datasource.password=${DB_PASSWORD}
management.endpoints.web.exposure.include=health,info
# ni mete nén les vraies valeurs cial - c' est po l' dévlopemint
""")

add("blind-mw/java/sendgrid", "fidelite/src/main/java/be/gafes/fidelite/Mailer.java", SENDGRID, """\
package be.gafes.fidelite;

import com.sendgrid.SendGrid;

public final class Mailer {
    // TODO mete-lu dins Vault (Djåke a dit k' i l' freût dimin)
    private static final String API_KEY = "@@s@@";

    public static SendGrid client() {
        return new SendGrid(API_KEY);
    }
}
""", sendgrid())

add("blind-mw/kotlin/decoy-buildconfig", "app-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """\
android {
    defaultConfig {
        applicationId = "be.kayaksoute.app"
        // li clé Maps vént di local.properties (nén dins git)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        versionCode = 42
        versionName = "2.3.0"
    }
}
""")

add("blind-mw/kotlin/api-key", "app-android/app/src/main/java/be/kayaksoute/api/Api.kt", KOTLIN, """\
package be.kayaksoute.api

import okhttp3.Interceptor

object Api {
    const val BASE = "https://api.kayaks-oute.be/v2/"
    // clé do backoffice, c' est po les guides seulmint
    private const val ADMIN_TOKEN = "@@s@@"

    val auth = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Admin-Token", ADMIN_TOKEN).build())
    }
}
""", rnd(40))

add("blind-mw/java/decoy-vault", "fidelite/src/main/java/be/gafes/fidelite/Secrets.java", "https://docs.spring.io/spring-vault/reference/", """\
package be.gafes.fidelite;

import org.springframework.vault.core.VaultTemplate;

public final class Secrets {
    // Les sicrets sont e Vault a "secret/data/fidelite"; on n' ls-a måy dins l' côde
    public static String dbPassword(VaultTemplate vault) {
        return (String) vault.read("secret/data/fidelite").getData().get("db_password");
    }
}
""")

# ---------------------------------------------------------------- C#, PHP, Ruby, Rust, Swift

add("blind-mw/json/appsettings-sql", "Kassa.Api/appsettings.Production.json", CSHARP, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kassa": "Server=sql.gafes.internal;Database=Kassa;User Id=kassa_api;Password=@@s@@;TrustServerCertificate=True"
  },
  "Boutike": { "Shop": "LIDJE-02", "Nom": "Gåfes di Lîdje - Outremeuse" }
}
""", pw())

add("blind-mw/json/decoy-appsettings-keyvault", "Kassa.Api/appsettings.json", CSHARP, """\
{
  "KeyVault": { "Uri": "https://kv-gafes-prod.vault.azure.net/" },
  "ConnectionStrings": {
    "Kassa": "Server=(localdb)\\\\MSSQLLocalDB;Database=Kassa;Trusted_Connection=True"
  },
  "Stripe": { "SecretKey": "@Microsoft.KeyVault(SecretUri=https://kv-gafes-prod.vault.azure.net/secrets/stripe-key/)" }
}
""")

add("blind-mw/csharp/azure-storage", "Kassa.Api/Services/TicketArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace Kassa.Api.Services;

// Archive des tickets di caisse (li lwè dit 7 ans)
public class TicketArchive
{
    private const string Conn = "DefaultEndpointsProtocol=https;AccountName=gafestickets;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobContainerClient(Conn, "tickets");
}
""", b64(rnd(64)))

add("blind-mw/csharp/decoy-user-secrets", "Kassa.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
var builder = WebApplication.CreateBuilder(args);

// e dévlopemint: `dotnet user-secrets set "Stripe:SecretKey" "..."`
// e prod: Azure Key Vault (veyoz appsettings.json)
builder.Configuration.AddUserSecrets<Program>(optional: true);
var stripeKey = builder.Configuration["Stripe:SecretKey"]
    ?? throw new InvalidOperationException("Stripe:SecretKey mankant");

var app = builder.Build();
app.Run();
""")

add("blind-mw/php/pdo", "site-gafes/config/db.php", PHP, """\
<?php
// Gåfes di Lîdje - vî site WordPress des botikes (on l' ritire a l' fin d' l' anêye)
$dsn = 'mysql:host=localhost;dbname=gafes_wp;charset=utf8mb4';
$user = 'gafes_wp';
$pass = '@@s@@';

$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
""", pw())

add("blind-mw/php/wp-config-salts", "site-gafes/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
define( 'DB_NAME', 'gafes_wp' );
define( 'DB_USER', 'gafes_wp' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         '@@s@@' );
$table_prefix = 'wp_';
""", rnd(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("blind-mw/php/decoy-wp-config-sample", "site-gafes/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// ** Réglaedjes MySQL - rimplixhoz cial ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

add("blind-mw/php/mollie", "site-gafes/wp-content/plugins/gafes-commandes/mollie.php", MOLLIE, """\
<?php
use Mollie\\Api\\MollieApiClient;

function gafes_mollie(): MollieApiClient {
    $mollie = new MollieApiClient();
    // Bancontact po les comandes di boîtes di gåfes
    $mollie->setApiKey("@@s@@");
    return $mollie;
}
""", mollie())

add("blind-mw/ruby/database-yml", "kayaks-admin/config/database.yml", RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: kayaks_admin
  username: kayaks
  password: @@s@@
  host: pg.kayaks-oute.internal
""", pw())

add("blind-mw/ruby/decoy-database-yml-erb", "kayaks-admin/config/database.example.yml", RUBY, """\
production:
  adapter: postgresql
  database: kayaks_admin
  username: kayaks
  # li scret vént di Rails credentials (config/credentials.yml.enc)
  password: <%= Rails.application.credentials.dig(:db, :password) %>
  host: <%= ENV.fetch("DB_HOST", "localhost") %>
""")

add("blind-mw/ruby/twilio", "kayaks-admin/app/services/sms_guide.rb", "https://www.twilio.com/docs/iam/api-keys", """\
require "twilio-ruby"

# SMS å guides: "Li Oûte est a 1,20 m, pont d' Hamoir serré"
class SmsGuide
  ACCOUNT_SID = "AC@@sid@@"
  AUTH_TOKEN  = "@@s@@"

  def self.send!(to, body)
    Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN).messages.create(from: "+3242901122", to: to, body: body)
  end
end
""", hexs(32), sid=hexs(32))

add("blind-mw/yaml/decoy-sops-ciphertext", "kayaks-admin/deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
# ficchî tchiffré avou SOPS + age: on pout l' comiter, li clé age dmeure so l' poste di Djåke
db_password: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
sops:
    age:
        - recipient: age1qk8v3m7x2tn9wz5d0c4fj6yh8lp3rs2ue7gk9an5vx0q4mz6wd3syr8u2f
    lastmodified: "2026-10-02T08:14:55Z"
    version: 3.9.0
""", a=b64(rnd(18)), b=b64(rnd(24)), c=b64(rnd(16)))

add("blind-mw/rust/postgres-url", "meteo-oute/src/db.rs", RUST, """\
use sqlx::postgres::PgPoolOptions;

// mesures do livea d' l' Oûte (Tabreux, Hamoir) tos les 15 munutes
pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(4)
        .connect("postgres://meteo:@@s@@@pg.kayaks-oute.internal/meteo")
        .await
}
""", rnd(20))

add("blind-mw/rust/decoy-env-var", "meteo-oute/src/config.rs", RUST, """\
use std::env;

pub struct Config {
    pub db_url: String,
    pub api_token: String,
}

// totes les valeurs vinèt d' l' evironmint (systemd EnvironmentFile)
pub fn load() -> Config {
    Config {
        db_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
        api_token: env::var("HUBEAU_TOKEN").unwrap_or_default(),
    }
}
""")

add("blind-mw/swift/api-secret", "KayakApp/KayakApp/Services/BookingAPI.swift", SWIFT, """\
import Foundation

// Rezervåcions - app iOS des Kayaks d' l' Oûte
enum BookingAPI {
    static let base = URL(string: "https://api.kayaks-oute.be/v2")!
    static let clientSecret = "@@s@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Bearer \\(clientSecret)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", rnd(44))

add("blind-mw/plist/decoy-google-service", "KayakApp/KayakApp/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIzaSyKayaksOutePublicIosKey-Restricted0</string>
	<key>GCM_SENDER_ID</key>
	<string>418273645120</string>
	<key>BUNDLE_ID</key>
	<string>be.kayaksoute.app</string>
	<key>PROJECT_ID</key>
	<string>kayaks-oute</string>
</dict>
</plist>
""")

# ---------------------------------------------------------------- shell, PowerShell, histories

add("blind-mw/shell/mysqldump", "ops/backup_wp.sh", SH, """\
#!/usr/bin/env bash
# copeye di sauvegarde do vî site (tos les nêts a 3 eures)
set -euo pipefail
STAMP=$(date +%F)
mysqldump -u gafes_wp -p'@@s@@' gafes_wp | gzip > /backup/wp-$STAMP.sql.gz
find /backup -name 'wp-*.sql.gz' -mtime +30 -delete
""", pw())

add("blind-mw/shell/decoy-read-secret", "ops/restore_db.sh", SH, """\
#!/usr/bin/env bash
# ristorer l' bâze: li scret est dmandé al coûte, nén scrît cial
set -euo pipefail
read -rsp "Mot d' passe PostgreSQL: " PGPASSWORD
export PGPASSWORD
pg_restore -h db.gafes.internal -U boutike_app -d boutike "$1"
unset PGPASSWORD
""")

add("blind-mw/shell/curl-basic", "ops/sync_stock.sh", SH, """\
#!/bin/sh
# stock des botikes -> ERP (Odoo). Lancî pa cron a tos les quårts
curl -fsS -u "sync:@@s@@" \\
  -H 'Content-Type: application/json' \\
  --data @/var/spool/stock.json \\
  https://erp.gafes-di-lidje.be/api/stock/import
""", rnd(24))

add("blind-mw/shell-history/psql", "ops/notes/bash_history_db01.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/boutike
git pull
sudo systemctl restart boutike
psql "postgresql://boutike_app:@@s@@@localhost:5432/boutike" -c 'select count(*) from comandes'
tail -n 100 /var/log/boutike/app.log
exit
""", pw())

add("blind-mw/shell-history/decoy-history", "ops/notes/bash_history_web02.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
sudo -i
vault login -method=oidc
vault kv get -field=password secret/boutike/db
export DB_PASSWORD="$(vault kv get -field=password secret/boutike/db)"
systemctl restart boutike
journalctl -u boutike -n 50
""")

add("blind-mw/shell/heredoc-pgpass", "ops/bootstrap_db_client.sh", PGPASS, """\
#!/usr/bin/env bash
# mete li fitchî ~/.pgpass so l' sierveu di rapoirts
cat > ~/.pgpass <<'EOF'
db.gafes.internal:5432:boutike:rapoirts:@@s@@
EOF
chmod 600 ~/.pgpass
""", pw())

add("blind-mw/powershell/sql-cred", "ops/Backup-Kassa.ps1", PS, """\
# Sauvegarde di l' bâze Kassa (caisses des botikes)
$server = "sql.gafes.internal"
$user = "backup_kassa"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Backup-SqlDatabase -ServerInstance $server -Database "Kassa" -Credential $cred -BackupFile "D:\\Backup\\Kassa.bak"
""", pw())

add("blind-mw/powershell/decoy-get-secret", "ops/Deploy-Kassa.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """\
# Li scret vént do côfe SecretManagement (KeePass), nén do script
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "KassaDeploy" -Vault "GafesKeePass"
$session = New-PSSession -ComputerName "kassa-lidje-01" -Credential $cred
Invoke-Command -Session $session -ScriptBlock { Restart-Service KassaApi }
Remove-PSSession $session
""")

add("blind-mw/shell/slack-curl", "ops/deploy_notify.sh", SLACK, """\
#!/usr/bin/env bash
# Anonce li dèploymint so #boutike
VERSION="$1"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Boutike $VERSION est e prod :waffle:\\"}" \\
  @@s@@
""", slack_hook())

add("blind-mw/shell/decoy-docs-example", "ops/README-ssh.sh", SH, """\
#!/usr/bin/env bash
# Esimpe: cmint fé ene clé SSH po on novea guide (l' clé privêye dmeure so s' PC)
#   ssh-keygen -t ed25519 -C "guide@kayaks-oute.be" -f ~/.ssh/kayaks
#   cat ~/.ssh/kayaks.pub   # c' est ça k' on mete e authorized_keys
echo "Evoyîz vosse clé PUBLIKE (kayaks.pub) a Djåke"
""")

# ---------------------------------------------------------------- Kubernetes, Helm, compose

add("blind-mw/k8s-secret/postgres-b64", "deploy/k8s/boutike-db-secret.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: boutike-db
  namespace: gafes
  labels:
    app: boutike
type: Opaque
data:
  username: @@u@@
  password: @@b@@
""", _P2 := pw(), u=b64("boutike_app"), b=b64(_P2))

add("blind-mw/k8s-secret/decoy-empty", "deploy/k8s/boutike-db-secret.template.yaml", K8S, """\
# Modêle: li vraie Secret est fête pa ExternalSecrets (veyoz external-secret.yaml)
apiVersion: v1
kind: Secret
metadata:
  name: boutike-db
  namespace: gafes
type: Opaque
stringData:
  username: boutike_app
  password: ""
""")

add("blind-mw/k8s-secret/stringdata-stripe", "deploy/k8s/kayaks-stripe.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: kayaks-stripe
  namespace: kayaks
type: Opaque
stringData:
  STRIPE_SECRET_KEY: @@s@@
  STRIPE_WEBHOOK_SECRET_NAME: stripe-whsec
""", stripe("rk_live_"))

add("blind-mw/k8s/decoy-external-secret", "deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: boutike-db
  namespace: gafes
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-gafes
    kind: ClusterSecretStore
  target:
    name: boutike-db
  data:
    - secretKey: password
      remoteRef:
        key: secret/boutike/db
        property: password
""")

add("blind-mw/k8s/deployment-env", "deploy/k8s/meteo-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: meteo-oute
  namespace: kayaks
spec:
  replicas: 1
  selector:
    matchLabels: { app: meteo-oute }
  template:
    metadata:
      labels: { app: meteo-oute }
    spec:
      containers:
        - name: meteo
          image: ghcr.io/kayaks-oute/meteo:1.4.2
          env:
            - name: DATABASE_URL
              value: "postgres://meteo:@@s@@@pg.kayaks-oute.internal/meteo"
            - name: RUST_LOG
              value: info
""", rnd(20))

add("blind-mw/k8s/decoy-secretkeyref", "deploy/k8s/boutike-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: boutike
  namespace: gafes
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.gafes-di-lidje.be/boutike:2026.11.3
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: boutike-db, key: password }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: boutike-stripe, key: secret-key }
""")

add("blind-mw/k8s-secret/dockerconfig", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: gafes
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", _P3 := rnd(32), b=b64('{"auths":{"registry.gafes-di-lidje.be":{"username":"ci-deploy","password":"' + _P3 + '"}}}'))

add("blind-mw/helm/values-password", "charts/boutike/values-prod.yaml", HELM, """\
# Valeurs po l' prod (Lîdje + Vervî)
replicaCount: 3
image:
  repository: registry.gafes-di-lidje.be/boutike
  tag: "2026.11.3"
postgresql:
  auth:
    username: boutike_app
    password: "@@s@@"
    database: boutike
ingress:
  host: www.gafes-di-lidje.be
""", pw())

add("blind-mw/helm/decoy-values-existing-secret", "charts/boutike/values.yaml", HELM, """\
replicaCount: 1
postgresql:
  auth:
    username: boutike_app
    # ni mete nén d' scret cial: on s' sieve di l' Secret "boutike-db"
    existingSecret: boutike-db
    secretKeys:
      userPasswordKey: password
    password: ""
redis:
  auth:
    enabled: true
    existingSecret: boutike-redis
""")

add("blind-mw/helm/redis-password", "charts/kayaks/values-staging.yaml", HELM, """\
redis:
  architecture: standalone
  auth:
    enabled: true
    password: @@s@@
  master:
    persistence:
      size: 1Gi
booking:
  baseUrl: https://staging.kayaks-oute.be
""", fakes.redis_password(_seed()))

add("blind-mw/compose/postgres", "docker-compose.prod.yml", COMPOSE, """\
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: boutike
      POSTGRES_USER: boutike_app
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
""", pw())

add("blind-mw/compose/decoy-env-file", "docker-compose.yml", COMPOSE, """\
services:
  web:
    build: .
    env_file: .env
    environment:
      DB_PASSWORD: ${DB_PASSWORD:?mete DB_PASSWORD dins .env}
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    ports:
      - "8000:8000"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
""")

add("blind-mw/compose/rabbitmq", "kayaks/docker-compose.yml", COMPOSE, """\
# Kayaks d' l' Oûte - file d' atinte po les SMS et mails
services:
  rabbit:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=kayaks
      - RABBITMQ_DEFAULT_PASS=@@s@@
  worker:
    image: ghcr.io/kayaks-oute/notify:2.1
    environment:
      - AMQP_URL=amqp://kayaks@rabbit:5672/
""", rnd(18))

add("blind-mw/compose/decoy-dev-defaults", "kayaks/docker-compose.dev.yml", COMPOSE, """\
# Po l' dévlopemint so vosse PC seulmint - li bâze est vude et djetêye
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
      POSTGRES_USER: postgres
  mailhog:
    image: mailhog/mailhog
""")

# ---------------------------------------------------------------- CI

add("blind-mw/github-actions/docker-login", ".github/workflows/deploy.yml", GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login registry
        run: echo "@@s@@" | docker login registry.gafes-di-lidje.be -u ci --password-stdin
      - run: docker build -t registry.gafes-di-lidje.be/boutike:${{ github.sha }} .
""", rnd(32))

add("blind-mw/github-actions/decoy-secrets-ref", ".github/workflows/ci.yml", GHA, """\
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
      DB_PASSWORD: ${{ secrets.CI_DB_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: pytest -q
""")

add("blind-mw/gitlab-ci/deploy-token", ".gitlab-ci.yml", GLCI, """\
stages: [test, deploy]

variables:
  DEPLOY_HOST: kayaks-oute.be
  GITLAB_API_TOKEN: "@@s@@"

deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" "https://gitlab.com/api/v4/projects/kayaks%2Fbooking/releases"
  only: [main]
""", gitlab())

add("blind-mw/gitlab-ci/decoy-masked-vars", "kayaks/.gitlab-ci.yml", GLCI, """\
# Les variâbes sont "masked" et "protected" dins Settings > CI/CD
deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - echo "$SSH_PRIVATE_KEY" | ssh-add -
    - ssh deploy@kayaks-oute.be "cd /srv/booking && ./deploy.sh $CI_COMMIT_SHA"
  only: [main]
""")

add("blind-mw/bitbucket/aws-keys", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Export vintes
          script:
            - export AWS_ACCESS_KEY_ID=@@kid@@
            - export AWS_SECRET_ACCESS_KEY=@@s@@
            - python etl/export_ventes.py
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/jenkins/decoy-credentials-binding", "Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        // les credentials sont dins Jenkins (id: kassa-deploy), nén cial
        withCredentials([usernamePassword(credentialsId: 'kassa-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh './deploy.sh "$U" "$P"'
        }
      }
    }
  }
}
""")

add("blind-mw/circleci/npm-token", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    environment:
      NPM_TOKEN: @@s@@
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc
      - run: npm publish --access restricted
""", npm())

# ---------------------------------------------------------------- Terraform, Ansible

add("blind-mw/terraform/db-password", "infra/terraform/rds.tf", TF, """\
# Bâze des comandes (AWS eu-west-1)
resource "aws_db_instance" "boutike" {
  identifier          = "boutike-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  username            = "boutike_admin"
  password            = "@@s@@"
  skip_final_snapshot = false
}
""", pw())

add("blind-mw/terraform/decoy-variable", "infra/terraform/variables.tf", TF, """\
variable "db_password" {
  description = "Mot d' passe di l' admin RDS (vént di TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("blind-mw/tfvars/cloudflare-token", "infra/terraform/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Cloudflare po kayaks-oute.be (DNS + cache do site)
zone_name            = "kayaks-oute.be"
cloudflare_account   = "a7c1e9f3b2d54e6f8a0b1c2d3e4f5a6b"
cloudflare_api_token = "@@s@@"
booking_origin       = "booking-prod.fly.dev"
""", rnd(40, "_-"))

add("blind-mw/terraform/decoy-random-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
# li scret est fêt pa Terraform et mis dins Secrets Manager; i n' apaitche nén cial
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis.result
}
""")

add("blind-mw/terraform/provider-keys", "infra/terraform/kayaks/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

terraform {
  backend "s3" { bucket = "kayaks-oute-tfstate", key = "prod.tfstate", region = "eu-central-1" }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/ansible/vars-password", "ansible/group_vars/kassa.yml", ANSIBLE, """\
# caisses des botikes (Raspberry Pi a l' cåsse)
kassa_user: kassa
kassa_api_url: https://kassa.gafes-di-lidje.be
kassa_db_password: "@@s@@"
kassa_printer: epson-tm-t20
kassa_shops:
  - LIDJE-01
  - LIDJE-02
  - VERVI-01
""", pw())

add("blind-mw/ansible/decoy-vault-encrypted", "ansible/group_vars/boutike/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

add("blind-mw/ansible/task-mysql", "ansible/roles/wordpress/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
- name: Fé l' uzeu WordPress
  community.mysql.mysql_user:
    name: gafes_wp
    password: "@@s@@"
    priv: "gafes_wp.*:ALL"
    state: present

- name: Rilancî PHP-FPM
  ansible.builtin.service: { name: php8.2-fpm, state: restarted }
""", pw())

add("blind-mw/ansible/decoy-vault-lookup", "ansible/roles/boutike/defaults/main.yml", ANSIBLE, """\
boutike_port: 8000
# les screts sont dins vault.yml (tchiffré) ou Hashicorp Vault
boutike_db_password: "{{ vault_boutike_db_password }}"
boutike_stripe_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/boutike:stripe') }}"
boutike_sentry_dsn: ""
""")

add("blind-mw/ansible/inventory-become", "ansible/inventory/kayaks.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
[kayaks]
hamoir-pi ansible_host=10.20.0.11
comblain-pi ansible_host=10.20.0.12

[kayaks:vars]
ansible_user=guide
ansible_become_password=@@s@@
""", pw())

# ---------------------------------------------------------------- INI / TOML / YAML / XML configs

add("blind-mw/ini/odbc", "kassa/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[Kassa]
Driver = ODBC Driver 18 for SQL Server
Server = sql.gafes.internal
Database = Kassa
UID = kassa_reader
PWD = @@s@@
TrustServerCertificate = yes
""", pw())

add("blind-mw/ini/decoy-placeholder", "kassa/kassa.ini.dist", INI, """\
; Copîz e kassa.ini et candjîz les valeurs
[shop]
code = LIDJE-XX
[api]
url = https://kassa.gafes-di-lidje.be
token = REPLACE_ME
[printer]
model = epson-tm-t20
""")

add("blind-mw/ini/pip-conf", "ops/pip.conf", PIP, """\
# /etc/pip.conf so les agents di build
[global]
index-url = https://pypi.org/simple
extra-index-url = https://ci-reader:@@s@@@nexus.gafes-di-lidje.be/repository/pypi-gafes/simple
timeout = 30
""", rnd(24))

add("blind-mw/toml/pypirc-like", "kayaks/meteo-client/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-mw/toml/decoy-pyproject", "kayaks/meteo-client/pyproject.toml", TOML, """\
[project]
name = "oute-meteo-client"
version = "0.6.1"
description = "Clî po lére li livea d' l' Oûte (Hub'Eau)"
dependencies = ["httpx>=0.27"]

[tool.poetry.source]
name = "gafes"
url = "https://nexus.gafes-di-lidje.be/repository/pypi-gafes/simple"
""")

add("blind-mw/toml/cargo-token", "meteo-oute/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# publiyî so l' registre privé des Kayaks
[registries.kayaks]
token = "@@s@@"

[registry]
global-credential-providers = ["cargo:token"]
""", "cio" + rnd(32))

add("blind-mw/toml/decoy-netlify", "site-kayaks/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # STRIPE_PUBLISHABLE_KEY est mis dins l' UI Netlify; nole sicret cial
  PUBLIC_BOOKING_API = "https://api.kayaks-oute.be/v2"
""")

add("blind-mw/yaml/spring-mail", "fidelite/src/main/resources/application-prod.yml", JAVA, """\
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: fidelite@gafes-di-lidje.be
    password: "@@s@@"
    properties:
      mail.smtp.starttls.enable: true
""", pw())

add("blind-mw/yaml/decoy-spring-placeholder", "fidelite/src/main/resources/application.yml", JAVA, """\
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/fidelite
    username: fidelite
    password: ${DB_PASSWORD:}
  mail:
    password: ${MAIL_PASSWORD}
""")

add("blind-mw/xml/tomcat-users", "fidelite/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- uzeu po l' dèploymint do programe di fidélité -->
  <role rolename="manager-script"/>
  <user username="deploy" password="@@s@@" roles="manager-script"/>
</tomcat-users>
""", pw())

add("blind-mw/xml/maven-settings", "ops/maven/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>gafes-nexus</id>
      <username>ci-maven</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rnd(22))

add("blind-mw/xml/decoy-maven-encrypted", "ops/maven/settings-security-example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>gafes-nexus</id>
      <username>ci-maven</username>
      <!-- tchiffré avou mvn -ep; li master est so l' agent CI seulmint -->
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-mw/xml/web-config", "Kassa.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kassa" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql.gafes.internal;Initial Catalog=Kassa;User ID=kassa_web;Password=@@s@@" />
  </connectionStrings>
  <appSettings>
    <add key="Shop" value="VERVI-01" />
  </appSettings>
</configuration>
""", pw())

add("blind-mw/json/decoy-package-json", "booking/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """\
{
  "name": "@kayaks-oute/booking",
  "version": "3.2.0",
  "private": true,
  "scripts": { "start": "node src/server.js", "test": "jest" },
  "dependencies": { "stripe": "^14.10.0", "mongodb": "^6.3.0", "mailgun.js": "^10.1.0" },
  "integrity": "sha512-@@h@@"
}
""", h=b64(rnd(48)))

add("blind-mw/json/service-account", "infra/gcp/kayaks-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "kayaks-oute-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "booking@kayaks-oute-prod.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("blind-mw/json/decoy-jwks", "booking/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "kayaks-2026-10",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

# ---------------------------------------------------------------- Dockerfiles

add("blind-mw/dockerfile/env-token", "meteo-oute/Dockerfile", DOCKER, """\
FROM rust:1.82 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/meteo-oute /usr/local/bin/
ENV HUBEAU_TOKEN=@@s@@
CMD ["meteo-oute"]
""", rnd(36))

add("blind-mw/dockerfile/decoy-build-secret", "boutike/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# li pip.conf avou l' token do Nexus est monté come scret, i n' dmeure nén dins l' imådje
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "boutike.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-mw/dockerfile/arg-npm", "booking/Dockerfile", DOCKER, """\
FROM node:20-alpine
WORKDIR /app
ARG NPM_TOKEN=@@s@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci --omit=dev && rm -f .npmrc
COPY . .
CMD ["node", "src/server.js"]
""", npm())

add("blind-mw/dockerfile/decoy-arg-empty", "livreuses/Dockerfile", DOCKER, """\
FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /livreuses ./cmd/server
FROM gcr.io/distroless/static
ARG MAPS_API_KEY=""
COPY --from=build /livreuses /livreuses
ENTRYPOINT ["/livreuses"]
""")

# ---------------------------------------------------------------- notebooks

add("blind-mw/notebook/postgres-engine", "analyses/vintes_par_botike.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Vintes pa botike (novimbe)\\n", "Quéne botike vind l' pus d' gåfes å sucre?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyse:@@s@@@db.gafes.internal/boutike')\\n",
    "df = pd.read_sql('select botike, sum(total) from comandes group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw())

add("blind-mw/notebook/decoy-getpass", "analyses/rezervacions_ete.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pymongo\\n",
    "pw = getpass.getpass('Mot d passe MongoDB: ')\\n",
    "cli = pymongo.MongoClient(f'mongodb+srv://analyse:{pw}@cluster0.kq7zt.mongodb.net')\\n",
    "cli.rezervacions.bookings.count_documents({'mois': 7})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mw/notebook/openweather", "analyses/meteo_vs_locations.ipynb", NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Hamoir: 18.2 C, plêve 0 mm\\n"]}
   ],
   "source": [
    "import requests\\n",
    "OWM_KEY = '@@s@@'\\n",
    "r = requests.get('https://api.openweathermap.org/data/2.5/weather', params={'q': 'Hamoir,BE', 'appid': OWM_KEY, 'units': 'metric'})\\n",
    "print('Hamoir:', r.json()['main']['temp'], 'C')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(32))

# ---------------------------------------------------------------- SQL, logs, CSV

add("blind-mw/sql/create-role", "db/migrations/0042_role_rapoirts.sql", SQL, """\
-- Uzeu po les rapoirts di vintes (Metabase)
CREATE ROLE rapoirts WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE boutike TO rapoirts;
GRANT USAGE ON SCHEMA public TO rapoirts;
GRANT SELECT ON comandes, botikes, produits TO rapoirts;
""", pw())

add("blind-mw/sql/decoy-password-hash", "db/seeds/uzeus_admin.sql", SQL, """\
-- Uzeus do backoffice (mots d' passe hachîs avou bcrypt, nén les mots d' passe)
INSERT INTO admin_users (email, password_hash, role) VALUES
  ('djake@gafes-di-lidje.be', '$2b$12$@@a@@', 'admin'),
  ('marie@gafes-di-lidje.be', '$2b$12$@@b@@', 'botike'),
  ('guide@kayaks-oute.be',    '$2b$12$@@c@@', 'guide');
""", a=fakes.drawn(_seed(), 53, ALNUM + "./"), b=fakes.drawn(_seed(), 53, ALNUM + "./"), c=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-mw/sql/mysql-grant", "db/wp/create_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """\
-- vî site WordPress
CREATE DATABASE IF NOT EXISTS gafes_wp CHARACTER SET utf8mb4;
CREATE USER 'gafes_wp'@'localhost' IDENTIFIED BY '@@s@@';
GRANT ALL PRIVILEGES ON gafes_wp.* TO 'gafes_wp'@'localhost';
FLUSH PRIVILEGES;
""", pw())

add("blind-mw/sql/decoy-api-key-ids", "db/seeds/partenaires.sql", SQL, """\
-- Partenaires (hotels d' Durbuy et campings) - on wåde l' ID et l' hash SHA-256 del clé
INSERT INTO partenaires (nom, api_key_id, api_key_sha256) VALUES
  ('Camping d' l' Oûte', 'pk_@@i1@@', '@@h1@@'),
  ('Hotel Le Sanglier', 'pk_@@i2@@', '@@h2@@');
-- li clé elle-minme n' est mostrêye k' ene fèye å partenaire
""".replace("d' l' Oûte'", "d'' l'' Oûte'"), i1=hexs(12), h1=hexs(64), i2=hexs(12), h2=hexs(64))

add("blind-mw/log/connection-error", "logs/boutike-2026-11-28.log", LOG, """\
2026-11-28 07:02:11,402 INFO  boutike.startup botike=LIDJE-01 version=2026.11.3
2026-11-28 07:02:11,877 ERROR boutike.db cannot connect: dsn=postgresql://boutike_app:@@s@@@db.gafes.internal:5432/boutike timeout
2026-11-28 07:02:12,001 WARNING boutike.db retry 1/5 in 2s
2026-11-28 07:02:14,120 INFO  boutike.db connected
2026-11-28 07:03:40,555 INFO  comande #88122 payee (Bancontact) 14.50 EUR
""", pw())

add("blind-mw/log/decoy-redacted", "logs/booking-2026-07-14.log", LOG, """\
[2026-07-14T09:12:03Z] INFO  rezervåcion #5512 kayaks=3 parcours=Hamoir-Comblain
[2026-07-14T09:12:04Z] INFO  stripe charge ok key=sk_live_***REDACTED*** amount=4500
[2026-07-14T09:12:04Z] DEBUG headers Authorization=Bearer [FILTERED]
[2026-07-14T09:12:05Z] INFO  mail sent to c***@gmail.com
[2026-07-14T09:14:40Z] WARN  livea Oûte 1.34 m (limite 1.50 m)
""")

add("blind-mw/log/auth-header", "logs/kassa-sync-debug.log", LOG, """\
DEBUG 2026-12-01 06:00:01 sync start shop=VERVI-01
DEBUG 2026-12-01 06:00:01 > POST /api/stock/import HTTP/1.1
DEBUG 2026-12-01 06:00:01 > Host: erp.gafes-di-lidje.be
DEBUG 2026-12-01 06:00:01 > Authorization: Basic @@s@@
DEBUG 2026-12-01 06:00:02 < HTTP/1.1 200 OK
DEBUG 2026-12-01 06:00:02 sync done items=214
""", b64("sync:" + rnd(20)))

add("blind-mw/csv/accounts", "ops/inventaire/comptes_botikes.csv", CSV, """\
botike,service,login,mot_de_passe,note
LIDJE-01,wifi-clients,Gafes-Invites,,portail captif
LIDJE-01,kassa,caisse01,@@s@@,candjî en octôbe
VERVI-01,kassa,caisse03,(veyoz KeePass),
SPA-01,kassa,caisse04,(veyoz KeePass),
""", pw())

add("blind-mw/csv/decoy-ids", "ops/inventaire/terminaux.csv", CSV, """\
botike,terminal_id,serial,stripe_reader_id,mac
LIDJE-01,TID-40021,WPC32-001-8842,tmr_FqK82nLwZ1aBcD,B8:27:EB:11:22:33
LIDJE-02,TID-40022,WPC32-001-8843,tmr_FqK82nLwZ1aBcE,B8:27:EB:11:22:34
VERVI-01,TID-40023,WPC32-001-8901,tmr_FqK82nLwZ1aBcF,B8:27:EB:11:22:35
SPA-01,TID-40024,WPC32-001-8902,tmr_FqK82nLwZ1aBcG,B8:27:EB:11:22:36
""")

add("blind-mw/csv/decoy-uuids", "kayaks/exports/rezervacions_juillet.csv", CSV, """\
booking_id,date,parcours,kayaks,montant_eur,payment_intent
@@u1@@,2026-07-02,Hamoir-Comblain,2,45.00,pi_3PqK2LKayak0001
@@u2@@,2026-07-02,Durbuy-Barvaux,1,25.00,pi_3PqK2LKayak0002
@@u3@@,2026-07-03,Sougne-Remouchamps,4,90.00,pi_3PqK2LKayak0003
@@u4@@,2026-07-04,Hamoir-Comblain,3,67.50,pi_3PqK2LKayak0004
""", u4=uuid(), u1=uuid(), u2=uuid(), u3=uuid())

# ---------------------------------------------------------------- documentation, wikis, notes

add("blind-mw/markdown/runbook-table", "docs/runbooks/kassa-panne.md", MD, """\
# Kassa e panne - çou k' i fåt fé

1. Rilancî l' Raspberry (disbrantchî / rebrantchî).
2. Si l' caisse ni s' raloye nén å sierveu, sayîz l' uzeu di secoûrs:

| Botike   | Uzeu       | Mot d' passe |
|----------|------------|--------------|
| LIDJE-01 | secours01  | @@s@@ |

3. Houkîz Djåke (0470 11 22 33) si ça n' va todi nén.
""", pw())

add("blind-mw/markdown/decoy-runbook-vault", "docs/runbooks/acces-db.md", MD, """\
# Accès al bâze di dnêyes

Li mot d' passe n' est nén cial. Prindoz-lu dins Vault:

```bash
vault kv get -field=password secret/boutike/db
```

Si vos n' avoz nén l' accès, dmandez-lu a l' ekipe infra so #infra.
""")

add("blind-mw/markdown/readme-api-key", "kayaks/meteo-client/README.md", MD, """\
# oute-meteo-client

Clî po lére li livea d' l' Oûte et d' l' Amblève (Hub'Eau + nosse API).

## Eployî

```python
from oute_meteo import Client
c = Client(api_key="@@s@@")
print(c.livea("hamoir"))
```
""", "kyo_" + rnd(32))

add("blind-mw/markdown/decoy-readme-placeholder", "booking/README.md", MD, """\
# Rezervåcions - Kayaks d' l' Oûte

## Enmantchî

```bash
cp .env.example .env
# mete vosse clé di test Stripe: STRIPE_SECRET_KEY=sk_test_...
npm install && npm run dev
```

Les clés di prod sont dins 1Password (côfe "Kayaks - prod").
""")

add("blind-mw/markdown/onboarding-sentence", "docs/onboarding/novea-dev.md", MD, """\
# Bénvnowe e l' ekipe !

Po l' preumî djoû:

- Dimandez on compte GitLab a Djåke.
- Li wifi do burô (Gafes-Burô), li mot d' passe c' est @@s@@ (nén po les clients!).
- Li kassa di test est so http://kassa-test.local.
- Lîjoz docs/runbooks/ divant d' fé on dèploymint.
""", pw())

add("blind-mw/markdown/decoy-changelog", "CHANGELOG.md", MD, """\
# Candjmints

## 2026.11.3
- Rotåcion di l' clé Stripe (l' vîe clé sk_live_…9f2a a stî rvoquêye).
- Comit 3f9c2a1d8b7e6f5a4c3b2a1908f7e6d5c4b3a291: disfacé l' vî mot d' passe do .env.
- Novele gåfe: "Gåfe Pèkèt" (sucre + pèkèt).

## 2026.10.1
- Bancontact via Mollie po les boîtes a emporter.
""")

add("blind-mw/markdown/ssh-key-in-notes", "docs/notes/acces-sierveu-hamoir.md", MD, """\
# Sierveu do camp di Hamoir (Raspberry)

Po s' raloyî: `ssh -i hamoir_ed25519 guide@10.20.0.11`

Li clé (a mete e ~/.ssh/hamoir_ed25519, chmod 600):

```
@@s@@
```
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-mw/markdown/decoy-public-ssh-key", "docs/notes/cles-publikes.md", MD, """\
# Clés SSH publikes des guides (po authorized_keys)

- Djåke: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ djake@kayaks-oute.be`
- Marie: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ marie@kayaks-oute.be`

Ces clés sont publikes, on pout les mete cial sins sogne.
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-mw/rst/config-docs", "docs/source/deploiement.rst", RST, """\
Dèploymint do backoffice
========================

Li backoffice s' raloye a l' API des paymints avou ene clé limitêye:

.. code-block:: ini

   [paiement]
   mollie_key = @@s@@
   profile = pfl_QkEhN3VLuG

Rilancîz ``systemctl restart backoffice`` après l' candjmint.
""", mollie())

add("blind-mw/rst/decoy-config-docs", "docs/source/configuration.rst", RST, """\
Configuråcion
=============

Totes les valeurs sensibes vinèt d' l' evironmint:

``DB_PASSWORD``
   Mot d' passe PostgreSQL (Vault ``secret/boutike/db``).

``STRIPE_SECRET_KEY``
   Clé Stripe; e test, ``sk_test_...`` (dashboard Stripe).
""")

add("blind-mw/html/admin-page", "site-kayaks/admin/guides.html", HTML, """\
<!DOCTYPE html>
<html lang="wa">
<head><meta charset="utf-8"><title>Guides - Kayaks d' l' Oûte</title></head>
<body>
  <h1>Plannig des guides</h1>
  <script>
    // TODO: bodjî çoula å backend
    const API_TOKEN = "@@s@@";
    fetch("/api/guides", { headers: { Authorization: "Bearer " + API_TOKEN } });
  </script>
</body>
</html>
""", rnd(40))

add("blind-mw/html/decoy-stripe-js", "site-kayaks/reserver.html", HTML, """\
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Rezerver on kayak</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="paiement"><div id="card"></div><button>Payî</button></form>
  <script>
    const stripe = Stripe("pk_live_51Nw8qQDe3kZ0aKayak00OutePublishable");
    stripe.elements().create("card").mount("#card");
  </script>
</body>
</html>
""")

add("blind-mw/wiki/mediawiki-page", "wiki/Caisses_des_botikes.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== Caisses des botikes ==
Les caisses (Kassa) sont des Raspberry Pi avou on scrin tactile.

=== Accès admin ===
* URL: https://kassa.gafes-di-lidje.be/admin
* Uzeu: admin
* Mot d' passe: @@s@@

[[Category:Botikes]]
""", pw())

add("blind-mw/wiki/decoy-confluence", "wiki/Paiements.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== Paiements ==
* Mollie: clé dins 1Password ("Mollie live"), nén cial.
* Stripe (kayaks): clé dins Render > Environment.
* Esimpe di clé di test: <code>test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</code>

[[Category:Finances]]
""")

add("blind-mw/notes/text-sentence", "notes/2026-11-rotation.txt", "https://docs.mollie.com/reference/authentication", """\
Rotåcion des clés - novimbe 2026
--------------------------------
- Mollie: fêt (clé dins 1Password).
- SendGrid: fêt.
- Mailgun do kayaks: nén co fêt! li clé d' asteure c' est @@s@@
  (a candjî divant l' saison).
- Stripe: fêt li 12.
""", mailgun())

add("blind-mw/notes/decoy-todo", "notes/todo-saison-2027.txt", "https://www.rfc-editor.org/rfc/rfc2119", """\
Saison 2027 - a fé
- Novelès pagaies (20x) -> dmander devis
- Candjî l' mot d' passe do wifi do camp (c' est todi l' ci d' l' uzinî!)
- Mete les clés API dins Vault (tiket INFRA-214)
- Rivey l' contrat Stripe: frais 1.5% + 0.25 EUR
""")

add("blind-mw/notes/handover", "notes/passation-djake.md", MD, """\
# Passation (Djåke -> Marie), djanvî 2027

- Backups: cron so db01, veyoz ops/backup_wp.sh
- Li compte root do NAS (Synology, burô): uzeu `admin`, mot d' passe `@@s@@`
- Les factures Proximus arivèt e l' boesse compta@
- Les clés do camionete sont e l' tîrwè do burô
""", pw())

add("blind-mw/notes/decoy-meeting", "notes/reunion-2026-12-02.md", MD, """\
# Rèunion infra - 2 decimbe

Prèsints: Djåke, Marie, Tom

- Li scret do webhook Stripe a stî mis dins Vault (secret/kayaks/stripe-whsec).
- On ratind l' nouve clé Mollie (demandêye li 30/11).
- Decision: pus nou mot d' passe dins les notes, tot dins 1Password.
""")

# ---------------------------------------------------------------- client configs

add("blind-mw/netrc/heroku", "ops/dotfiles/netrc", NETRC, """\
machine api.heroku.com
  login ops@gafes-di-lidje.be
  password @@s@@
machine git.heroku.com
  login ops@gafes-di-lidje.be
  password @@s@@
""", uuid())

add("blind-mw/aws-credentials/profile", "ops/dotfiles/aws/credentials", AWS, """\
[default]
region = eu-west-1

[gafes-compta]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/aws-credentials/decoy-sso", "ops/dotfiles/aws/config", AWS, """\
[profile gafes-prod]
sso_start_url = https://gafes.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 418273645120
sso_role_name = AdministratorAccess
region = eu-west-1
""")

add("blind-mw/git-credentials/gitlab", "ops/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://djake:@@s@@@gitlab.com
https://djake:@@s@@@gitlab.gafes-di-lidje.be
https://x-access-token:@@s@@@gitlab.com/kayaks-oute
https://ci-mirror:@@s@@@gitlab.com/gafes-di-lidje
http://djake:@@s@@@gitlab.lan
""", gitlab())

add("blind-mw/docker-config/auths", "ops/dotfiles/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """\
{
  "auths": {
    "registry.gafes-di-lidje.be": {
      "auth": "@@b@@"
    }
  },
  "currentContext": "default"
}
""", _P4 := rnd(28), b=b64("ci-deploy:" + _P4))

add("blind-mw/docker-config/decoy-credstore", "ops/dotfiles/docker/config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.gafes-di-lidje.be": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
""")

add("blind-mw/rclone/conf", "ops/dotfiles/rclone.conf", "https://rclone.org/sftp/", """\
[nas-burô]
type = sftp
host = nas.gafes.lan
user = backup
pass = @@s@@
shell_type = unix
""", b64(rnd(30)).rstrip("="))

add("blind-mw/s3cfg/keys", "ops/dotfiles/s3cfg", "https://s3tools.org/kb/item14.htm", """\
[default]
access_key = @@kid@@
secret_key = @@s@@
host_base = s3.eu-west-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-west-1.amazonaws.com
use_https = True
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mw/pgpass/decoy-wildcard", "ops/dotfiles/pgpass.example", PGPASS, """\
# fôrmat: hostname:port:database:username:password
# Esimpe (rimplixhoz PASSWORD avou l' valeur di Vault):
db.gafes.internal:5432:boutike:rapoirts:PASSWORD
localhost:5432:*:postgres:postgres
# chmod 600 ~/.pgpass
""")

add("blind-mw/ssh/private-key", "ops/keys/deploy_kayaks", SSH, """\
@@s@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-mw/ssh/decoy-public-key", "ops/keys/authorized_keys.hamoir", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ deploy@kayaks-oute.be
""".replace("\n", "\n# clé publike do dèploymint (GitLab deploy key)\n# fingerprint SHA256:@@f@@\n# ajoutêye li 2026-09-14\n#\n", 1),
    a=fakes.drawn(_seed(), 43, ALNUM + "+/"), f=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-mw/ssh/decoy-known-hosts", "ops/dotfiles/ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """\
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
db.gafes.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@a@@
kassa.gafes-di-lidje.be ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
10.20.0.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@
10.20.0.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@
""", a=fakes.drawn(_seed(), 88, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 43, ALNUM + "+/"), d=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- servers and services

add("blind-mw/redis-conf/requirepass", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """\
# Redis po les comandes (cache + file)
bind 127.0.0.1 10.10.0.5
port 6379
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass @@s@@
appendonly yes
""", fakes.redis_password(_seed()))

add("blind-mw/htpasswd/decoy-hash", "ops/nginx/htpasswd-staging", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
djake:$apr1$@@a@@$@@b@@
marie:$apr1$@@c@@$@@d@@
guide:$2y$10$@@e@@
# fitchî d' hash (htpasswd -B), nén des mots d' passe
# staging.kayaks-oute.be
""", a=fakes.drawn(_seed(), 8, ALNUM), b=fakes.drawn(_seed(), 22, ALNUM + "./"), c=fakes.drawn(_seed(), 8, ALNUM),
    d=fakes.drawn(_seed(), 22, ALNUM + "./"), e=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-mw/nginx/proxy-auth-header", "ops/nginx/erp-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
server {
    listen 443 ssl;
    server_name erp-sync.gafes-di-lidje.be;

    location /api/ {
        proxy_pass https://erp.gafes-di-lidje.be;
        proxy_set_header Authorization "Basic @@s@@";
    }
}
""", b64("kassa-sync:" + rnd(22)))

add("blind-mw/systemd/environment", "ops/systemd/meteo-oute.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Mesures do livea d' l' Oûte
After=network-online.target

[Service]
ExecStart=/usr/local/bin/meteo-oute
Environment="DATABASE_URL=postgres://meteo:@@s@@@pg.kayaks-oute.internal/meteo"
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", rnd(20))

add("blind-mw/systemd/decoy-environment-file", "ops/systemd/boutike.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=Boutike (Gåfes di Lîdje)

[Service]
User=boutike
EnvironmentFile=/etc/boutike/env
LoadCredential=db_password:/etc/credstore/boutike-db
ExecStart=/srv/boutike/venv/bin/gunicorn boutike.wsgi -b 127.0.0.1:8000

[Install]
WantedBy=multi-user.target
""")

add("blind-mw/grafana/admin-password", "ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
domain = stats.gafes-di-lidje.be
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = @@s@@
disable_gravatar = true
""", pw())

add("blind-mw/prometheus/decoy-password-file", "ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
scrape_configs:
  - job_name: kassa
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/kassa_password
    static_configs:
      - targets: ["kassa.gafes-di-lidje.be:9100"]
""")

add("blind-mw/wireguard/private-key", "ops/wireguard/wg-hamoir.conf", "https://www.wireguard.com/quickstart/", """\
# VPN inte l' camp di Hamoir et l' burô
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kayaks-oute.be:51820
AllowedIPs = 10.99.0.0/24, 10.20.0.0/24
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    pub=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-mw/wireguard/decoy-public-only", "ops/wireguard/peers.md", MD, """\
# Pîrs WireGuard (clés PUBLIKES seulmint)

| Pîr      | IP         | Clé publike |
|----------|------------|-------------|
| burô     | 10.99.0.1  | @@a@@ |
| hamoir   | 10.99.0.2  | @@b@@ |
| comblain | 10.99.0.3  | @@c@@ |
""", a=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    b=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    c=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-mw/ldap/bind-password", "ops/sssd/sssd.conf", "https://sssd.io/docs/ad/ad-provider-manual.html", """\
[sssd]
services = nss, pam
domains = gafes.lan

[domain/gafes.lan]
id_provider = ldap
ldap_uri = ldaps://dc1.gafes.lan
ldap_default_bind_dn = cn=sssd,ou=services,dc=gafes,dc=lan
ldap_default_authtok = @@s@@
""", pw())

add("blind-mw/airflow/connection-uri", "etl/airflow/dags/export_compta.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """\
import os
from datetime import datetime

from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator

# Connexion SFTP do contåbe (fiduciaire a Lîdje)
os.environ["AIRFLOW_CONN_SFTP_COMPTA"] = "sftp://gafes:@@s@@@sftp.fiduciaire-lidje.be:22"

with DAG("export_compta", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False):
    SFTPOperator(task_id="put", ssh_conn_id="sftp_compta", local_filepath="/data/vintes.csv",
                 remote_filepath="/in/vintes.csv")
""", pw())

add("blind-mw/airflow/decoy-variable-get", "etl/airflow/dags/meteo.py", "https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/variables.html", """\
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

def fetch():
    key = Variable.get("owm_api_key")  # dins l' backend Vault d' Airflow
    print("clé: ****" + key[-2:])

with DAG("meteo", start_date=datetime(2026, 5, 1), schedule="@hourly", catchup=False):
    PythonOperator(task_id="fetch", python_callable=fetch)
""")

# ---------------------------------------------------------------- more code, more shapes

add("blind-mw/python/json-in-string", "kayaks/partners/sync_camping.py", "https://docs.python.org/3/library/json.html", """\
import json

import requests

# Li camping nos-a evoyî s' config come JSON; on l' a metou tél quél
CONF = json.loads('{"endpoint": "https://api.camping-oute.be/v1", "client_id": "kayaks", "client_secret": "@@s@@"}')


def token() -> str:
    r = requests.post(CONF["endpoint"] + "/oauth/token", data={"grant_type": "client_credentials",
                      "client_id": CONF["client_id"], "client_secret": CONF["client_secret"]})
    return r.json()["access_token"]
""", rnd(40))

add("blind-mw/python/decoy-pydantic-settings", "boutike/config.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """\
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    db_password: SecretStr
    stripe_secret_key: SecretStr = SecretStr("")
    mollie_api_key: SecretStr = SecretStr("")
    # les valeurs vinèt d' l' evironmint ou do fitchî .env (nén comité)

    model_config = {"env_file": ".env"}
""")

add("blind-mw/python/slack-bot", "bots/comandes_slack.py", "https://api.slack.com/authentication/token-types#bot", """\
from slack_sdk import WebClient

# Bot "Gåfe-Bot": anonce les grosses comandes (pus di 50 gåfes)
client = WebClient(token="@@s@@")


def anonce(comande: dict) -> None:
    client.chat_postMessage(channel="#botikes",
                            text=f"Grosse comande: {comande['qte']} gåfes po {comande['date']}")
""", slack_bot())

add("blind-mw/python/teams-webhook", "ops/alertes_teams.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
import requests

# Alertes po l' ekipe compta (Teams)
TEAMS_URL = "@@s@@"


def alerte(msg: str) -> None:
    requests.post(TEAMS_URL, json={"text": msg}, timeout=10)
""", teams_hook())

add("blind-mw/python/decoy-fernet-ciphertext", "boutike/crypto_tokens.py", "https://cryptography.io/en/latest/fernet/", """\
import os

from cryptography.fernet import Fernet

# li clé est dins l' evironmint (FERNET_KEY); ci-dzo c' est on token tchiffré d' esimpe, nén on scret
EXAMPLE_TOKEN = "gAAAAAB@@c@@"

fernet = Fernet(os.environ["FERNET_KEY"])
""", c=fakes.drawn(_seed(), 92, ALNUM + "-_") + "==")

add("blind-mw/python/base64-basic", "tools/check_erp.py", "https://www.rfc-editor.org/rfc/rfc7617", """\
import urllib.request

# on s' raloye a l' ERP po verifyî l' stock (test rade fêt)
req = urllib.request.Request("https://erp.gafes-di-lidje.be/api/stock")
req.add_header("Authorization", "Basic @@s@@")
with urllib.request.urlopen(req) as r:
    print(r.status)
""", b64("stock-reader:" + pw()))

add("blind-mw/javascript/sendgrid-split", "booking/src/mail-legacy.js", SENDGRID, """\
// vî mailer (on l' ritire cwand mailgun serè tot fêt)
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@a@@' +
  '@@b@@');

module.exports = (to, html) => sgMail.send({ to, from: 'rezervacions@kayaks-oute.be', subject: 'Vosse rezervåcion', html });
""", _P5 := sendgrid(), a=_P5[:30], b=_P5[30:])

add("blind-mw/javascript/decoy-sample-config", "booking/config/default.sample.js", NODE, """\
// copîz e default.js; les valeurs ci-dzo sont des esimpes
module.exports = {
  stripe: { secretKey: 'sk_test_REPLACE_ME' },
  mongo: { uri: 'mongodb://localhost:27017/rezervacions' },
  mailgun: { key: 'key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', domain: 'mg.example.com' },
  jwtSecret: 'change-this-in-production',
};
""")

add("blind-mw/typescript/paypal-secret", "app/src/payments/paypal.ts", "https://developer.paypal.com/api/rest/authentication/", """\
// PayPal po les touristes néerlandais et allemands
const CLIENT_ID = 'AYk8wQeRt5Zx0KayaksOute_PayPalClientId01';
const CLIENT_SECRET = '@@s@@';

export async function accessToken(): Promise<string> {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const r = await fetch('https://api-m.paypal.com/v1/oauth2/token', {
    method: 'POST', headers: { Authorization: `Basic ${auth}` }, body: 'grant_type=client_credentials' });
  return (await r.json()).access_token;
}
""", "E" + rnd(79, "-_"))

add("blind-mw/go/github-fine-grained", "livreuses/tools/backport/main.go", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
package main

import (
	"context"

	"github.com/google/go-github/v66/github"
)

const token = "@@s@@"

func main() {
	gh := github.NewClient(nil).WithAuthToken(token)
	gh.PullRequests.List(context.Background(), "gafes-di-lidje", "livreuses", nil)
}
""", fakes.github_fine_grained_token(_seed()))

add("blind-mw/java/decoy-hmac-test-vector", "fidelite/src/test/java/be/gafes/fidelite/SignatureTest.java", "https://datatracker.ietf.org/doc/html/rfc4231", """\
package be.gafes.fidelite;

import org.junit.jupiter.api.Test;

class SignatureTest {
    // vecteur di test RFC 4231 (cas 2): clé "Jefe", nén ene vraie clé
    private static final String KEY = "Jefe";
    private static final String EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void hmac() { Signature.verify(KEY, "what do ya want for nothing?", EXPECTED); }
}
""")

add("blind-mw/csharp/smtp-client", "Kassa.Api/Services/ZReportMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

namespace Kassa.Api.Services;

// Evoye li rapoirt Z (fin d' djoû) al compta
public static class ZReportMailer
{
    public static SmtpClient Client() => new("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("kassa@gafes-di-lidje.be", "@@s@@"),
    };
}
""", pw())

add("blind-mw/php/laravel-env", "site-kayaks-laravel/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Kayaks d' l' Oûte"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://www.kayaks-oute.be
DB_CONNECTION=mysql
DB_PASSWORD=
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("blind-mw/php/decoy-symfony-secrets", "site-kayaks-laravel/config/secrets/prod/prod.encrypt.public.php", "https://symfony.com/doc/current/configuration/secrets.html", """\
<?php
// clé PUBLIKE do côfe di screts Symfony (l' clé privêye prod.decrypt.private.php n' est nén dins git)

return "@@p@@";
""".replace("\n\n", "\n// generêye avou: php bin/console secrets:generate-keys\n\n", 1), p="\\x" + "\\x".join(hexs(64)[i:i + 2] for i in range(0, 64, 2)))

add("blind-mw/ruby/stripe-initializer", "kayaks-admin/config/initializers/stripe.rb", STRIPE, """\
# frozen_string_literal: true

# Stripe po les remboursemints (cwand l' Oûte est trop hôte)
Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") do
  "@@s@@" # TODO disfacer (po l' démo d' mårdi)
end
Stripe.api_version = "2024-06-20"
""", stripe())

add("blind-mw/rust/decoy-test-key", "meteo-oute/tests/api.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """\
// clé di test: li sierveu di test l' acsepte, nole ôte pårt
const TEST_TOKEN: &str = "test-token-do-not-use";

#[tokio::test]
async fn livea_hamoir() {
    let c = meteo_oute::Client::new("http://127.0.0.1:9999", TEST_TOKEN);
    assert!(c.livea("hamoir").await.is_ok());
}
""")

add("blind-mw/swift/decoy-keychain", "KayakApp/KayakApp/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// li token do guide est wårdé dins l' Keychain, måy dins l' côde
enum TokenStore {
    static let service = "be.kayaksoute.app.token"

    static func load() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

# ---------------------------------------------------------------- command lines, mailing, SaaS

add("blind-mw/shell/kubectl-create-secret", "ops/k8s/mk_secrets.sh", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """\
#!/usr/bin/env bash
# a lancî ene seule fèye po l' novea cluster (Scaleway, Paris)
set -euo pipefail
kubectl -n kayaks create secret generic kayaks-mailgun \\
  --from-literal=MAILGUN_DOMAIN=mg.kayaks-oute.be \\
  --from-literal=MAILGUN_API_KEY=@@s@@
kubectl -n kayaks rollout restart deploy/booking
""", mailgun())

add("blind-mw/shell/helm-set", "ops/k8s/upgrade_boutike.sh", "https://helm.sh/docs/helm/helm_upgrade/", """\
#!/usr/bin/env bash
set -euo pipefail
helm upgrade --install boutike charts/boutike \\
  -n gafes -f charts/boutike/values.yaml \\
  --set postgresql.auth.password='@@s@@' \\
  --set image.tag="$1"
""", pw())

add("blind-mw/shell/docker-run-env", "ops/run_metabase.sh", "https://docs.docker.com/reference/cli/docker/container/run/#env", """\
#!/bin/sh
# Metabase po les rapoirts di vintes
docker run -d --name metabase -p 3000:3000 \\
  -e MB_DB_TYPE=postgres -e MB_DB_HOST=db.gafes.internal -e MB_DB_USER=metabase \\
  -e MB_DB_PASS=@@s@@ \\
  metabase/metabase:v0.50.20
""", pw())

add("blind-mw/shell/decoy-kubectl-from-file", "ops/k8s/mk_secrets_v2.sh", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """\
#!/usr/bin/env bash
# novele manîre: les valeurs vinèt di 1Password CLI, rén n' est scrît cial
set -euo pipefail
kubectl -n kayaks create secret generic kayaks-mailgun \\
  --from-literal=MAILGUN_API_KEY="$(op read 'op://Kayaks/Mailgun/credential')" \\
  --dry-run=client -o yaml | kubectl apply -f -
""")

add("blind-mw/crontab/mysql-password", "ops/cron/crontab-web01", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command
MAILTO=ops@gafes-di-lidje.be
0 3 * * * /usr/local/bin/backup_wp.sh
30 3 * * * mysql -u rapoirts --password=@@s@@ gafes_wp < /srv/sql/nettoyer.sql
*/15 * * * * /usr/local/bin/sync_stock.sh
""", pw())

add("blind-mw/makefile/decoy-env", "Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
.PHONY: deploy test

# DEPLOY_TOKEN vént do CI; `make deploy DEPLOY_TOKEN=...` e local
DEPLOY_TOKEN ?= $(shell cat ~/.config/gafes/deploy-token 2>/dev/null)

test:
\tpytest -q

deploy:
\tcurl -fsS -H "Authorization: Bearer $(DEPLOY_TOKEN)" https://deploy.gafes-di-lidje.be/hooks/boutike
""")

add("blind-mw/dotenv/brevo", "newsletter/.env", DOTENV, """\
# Novèles des gåfes (newsletter di l' saison)
BREVO_API_KEY=@@s@@
BREVO_LIST_ID=7
SENDER_EMAIL=novelles@gafes-di-lidje.be
SENDER_NAME="Gåfes di Lîdje"
""", "xkeysib-" + hexs(64) + "-" + rnd(16))

add("blind-mw/dotenv/mailchimp", "newsletter/.env.kayaks", DOTENV, """\
# Kayaks - mailing di prétimps
MAILCHIMP_API_KEY=@@s@@
MAILCHIMP_SERVER=us21
MAILCHIMP_AUDIENCE=a1b2c3d4e5
FROM_NAME="Kayaks d' l' Oûte"
""", hexs(32) + "-us21")

add("blind-mw/dotenv/shopify", "boutike-shopify/.env", DOTENV, """\
# Botike en ligne Shopify (boîtes di gåfes po l' Holande)
SHOPIFY_STORE=gafes-di-lidje.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@s@@
SHOPIFY_API_VERSION=2024-10
SHOPIFY_LOCATION_ID=71234567890
""", "shpat_" + hexs(32))

add("blind-mw/dotenv/decoy-shopify-public", "boutike-shopify/.env.public", DOTENV, """\
# valeurs publikes (storefront) - on pout les mete dins l' front
PUBLIC_STORE_DOMAIN=gafes-di-lidje.myshopify.com
PUBLIC_STOREFRONT_ID=1000012345
PUBLIC_CHECKOUT_DOMAIN=checkout.gafes-di-lidje.be
SHOPIFY_ADMIN_TOKEN=
""")

add("blind-mw/ini/sentry-auth", "booking/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """\
# config do sentry-cli po les sourcemaps do booking
[defaults]
url = https://sentry.io/
org = kayaks-oute
project = booking

[auth]
token = @@s@@
""", "sntryu_" + hexs(64))

add("blind-mw/yaml/decoy-sentry-dsn-env", "booking/sentry.yml", "https://docs.sentry.io/platforms/javascript/configuration/options/", """\
# li DSN est dins SENTRY_DSN (Render); l' token do CLI dins SENTRY_AUTH_TOKEN
sentry:
  dsn: ${SENTRY_DSN}
  environment: production
  tracesSampleRate: 0.1
  authToken: ${SENTRY_AUTH_TOKEN}
""")

add("blind-mw/yaml/datadog", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# agent Datadog so db01
api_key: @@s@@
site: datadoghq.eu
hostname: db01.gafes
tags:
  - env:prod
  - marque:gafes-di-lidje
""", hexs(32))

add("blind-mw/yaml/algolia-admin", "site-kayaks/_config.prod.yml", "https://www.algolia.com/doc/guides/security/api-keys/", """\
title: Kayaks d' l' Oûte
url: https://www.kayaks-oute.be
algolia:
  application_id: KQ7ZT4OUTE
  index_name: parcours
  search_only_api_key: 3c1f0e9b8a7d6c5b4a392817f6e5d4c3
  admin_api_key: @@s@@
""", hexs(32))

add("blind-mw/yaml/decoy-algolia-search-only", "site-kayaks/_config.yml", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
title: Kayaks d' l' Oûte
url: https://www.kayaks-oute.be
algolia:
  application_id: KQ7ZT4OUTE
  index_name: parcours
  # clé "search-only": publike, fête po l' navigateu
  search_only_api_key: 3c1f0e9b8a7d6c5b4a392817f6e5d4c3
""")

add("blind-mw/json/cloudinary", "boutike-front/cloudinary.config.json", "https://cloudinary.com/documentation/node_integration#configuration", """\
{
  "cloud_name": "gafes-di-lidje",
  "api_key": "847362910573846",
  "api_secret": "@@s@@",
  "secure": true,
  "folder": "produits/gafes"
}
""", rnd(27, "-_"))

add("blind-mw/json/decoy-composer-lock", "site-gafes/composer-lock-extract.json", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", """\
{
  "name": "mollie/mollie-api-php",
  "version": "v2.71.0",
  "dist": {
    "type": "zip",
    "url": "https://api.github.com/repos/mollie/mollie-api-php/zipball/@@c@@",
    "reference": "@@c@@",
    "shasum": ""
  }
}
""", c=hexs(40))

add("blind-mw/yaml/gha-with-input", ".github/workflows/sourcemaps.yml", GHA, """\
name: sourcemaps
on:
  release:
    types: [published]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: getsentry/action-release@v1
        with:
          environment: production
        env:
          SENTRY_ORG: kayaks-oute
          SENTRY_AUTH_TOKEN: @@s@@
""", "sntrys_" + b64('{"iat":1733000000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"kayaks-oute"}').rstrip("=") + "_" + rnd(43))

add("blind-mw/powershell/teams-webhook", "ops/Send-StockAlert.ps1", PS, """\
# Alerte so Teams cwand l' frigo d' Outremeuse passe 6 degrés
param([double]$Temperature)
$uri = '@@s@@'
$body = @{ text = "Frigo Outremeuse: $Temperature C !" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'
""", teams_hook())

add("blind-mw/powershell/here-string-conn", "ops/Export-Fidelite.ps1", PS, """\
# export des cartes di fidélité po l' mailing
$conn = @"
Server=sql.gafes.internal;Database=Fidelite;User Id=export_fid;Password=@@s@@;
"@
Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT email, points FROM cartes" |
    Export-Csv -Path "C:\\Exports\\fidelite.csv" -NoTypeInformation -Encoding UTF8
""", pw())

add("blind-mw/yaml/docker-compose-heredoc-secret", "ops/stack/compose.sftp.yml", COMPOSE, """\
# sierveu SFTP po les fotos des descintes (les guides les mètèt cial)
services:
  sftp:
    image: atmoz/sftp:alpine
    ports: ["2222:22"]
    command: guides:@@s@@:1001:1001:upload
    volumes:
      - ./fotos:/home/guides/upload
""", rnd(16))

add("blind-mw/notes/decoy-incident", "docs/incidents/2026-08-token-fuite.md", MD, """\
# Incident 2026-08-19: token GitLab dins on log do CI

- Li token (glpat-…, fini pa `Xq`) a stî rvoqué a 10:42.
- Novea token crêyé, mis dins les variâbes masked do projet.
- Cåse: `set -x` dins deploy.sh. Disfacé.
- Acsion: rvey tos les scripts po `set -x`.
""")

add("blind-mw/notes/decoy-password-policy", "docs/politike-mots-de-passe.md", MD, """\
# Politike des mots d' passe

- 16 caractéres å mwins, ou ene frase di passe di 5 mots (p. egz. `pagaie-oûte-gåfe-sucre-meûse`,
  *n' eployîz nén ci-ci*, c' est l' esimpe).
- Tos les mots d' passe dins 1Password, nole pårt ôte.
- Clés API: rotåcion tos les 6 mwès.
""")

# ---------------------------------------------------------------- last few carriers

add("blind-mw/k8s-secret/mollie-b64", "deploy/k8s/boutike-mollie.yaml", K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: boutike-mollie
  namespace: gafes
  annotations:
    gafes.be/rotåcion: "2026-11-12"
type: Opaque
data:
  MOLLIE_API_KEY: @@b@@
""", _P6 := mollie(), b=b64(_P6))

add("blind-mw/python/firebase-server-key", "bots/push_guides.py", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
import requests

# notifiacions push po l' app des guides ("Novele rezervåcion a 10:00!")
FCM_SERVER_KEY = "@@s@@"


def push(token: str, text: str) -> None:
    requests.post("https://fcm.googleapis.com/fcm/send", json={"to": token, "notification": {"body": text}},
                  headers={"Authorization": "key=" + FCM_SERVER_KEY}, timeout=10)
""", "AAAA" + rnd(7) + ":APA91b" + rnd(134, "-_"))

add("blind-mw/ini/decoy-odbc-template", "kassa/odbc.ini.template", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[Kassa]
Driver = ODBC Driver 18 for SQL Server
Server = sql.gafes.internal
Database = Kassa
UID = kassa_reader
; PWD est mete pa Ansible a l' instalåcion (veyoz roles/kassa), lèyîz vude cial
PWD =
""")

add("blind-mw/yaml/mapbox-secret", "app/src/config/maps.prod.yml", "https://docs.mapbox.com/accounts/guides/tokens/", """\
# cåtes des parcours (Hamoir - Comblain - Sougne)
mapbox:
  style: mapbox://styles/kayaksoute/clq2parcours
  public_token: pk.eyJ1Ijoia2F5YWtzb3V0ZSIsImEiOiJwdWJsaWMifQ.publicOnly
  # po tèlèverser les tuiles (tilesets:write) - nén dins l' app!
  upload_token: sk.@@s@@
""", b64('{"u":"kayaksoute","a":"' + rnd(24) + '"}').rstrip("=") + "." + rnd(22, "-_"))

add("blind-mw/markdown/postmark-in-table", "docs/services/mails-transactionels.md", MD, """\
# Mails transactionels (kayaks)

| Service  | Eployî po              | Clé |
|----------|------------------------|-----|
| Postmark | confirmåcions, factures | `@@s@@` |
| Mailgun  | vîs mails (a ritirer)  | dins 1Password |

Li server token Postmark est po l' sierveu "kayaks-prod".
""", uuid())

add("blind-mw/json/vscode-sqltools", ".vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/postgresql", """\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "boutike (prod, lére seulmint)",
      "driver": "PostgreSQL",
      "server": "db.gafes.internal",
      "port": 5432,
      "database": "boutike",
      "username": "analyse",
      "password": "@@s@@"
    }
  ]
}
""", pw())

add("blind-mw/xml/decoy-nuget-env", "Kassa.Api/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="gafes" value="https://nexus.gafes-di-lidje.be/repository/nuget-gafes/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <gafes>
      <add key="Username" value="ci-nuget" />
      <add key="ClearTextPassword" value="%NEXUS_NUGET_PASSWORD%" />
    </gafes>
  </packageSourceCredentials>
</configuration>
""")
