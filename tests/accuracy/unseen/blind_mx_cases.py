"""Blind set MX: an Inuktitut-language Iqaluit Arctic char (iqalukpik) fishery co-operative and
its sealift (umiarjuaq) freight coordinator.

Catch landing apps, plant cold-storage sensors, sealift booking and manifest tools, freight
portals, payroll for harvesters, and their decoys. Comments and notes partly in Inuktitut
(syllabics and roman orthography). Generated fakes only (seeds 7570000-7579999).
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
_SEED = [7570000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 7570000 <= _SEED[0] <= 7579999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Iqaluk", "Nanuq", "Siku", "Tuktu", "Qajaq", "Ukiuq", "Aujaq", "Natsiq", "Amaruq", "Tulugaq",
         "Kingait", "Apex", "Umiaq", "Qimmiq", "Nuna", "Sila"]


def words_pw() -> str:
    r = _rng()
    # (symbols that stay literal in URLs' userinfo, shells and compose files)
    return r.choice(WORDS) + r.choice("!*-_.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return fakes.fake("AIzaSy", 33, _seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from `fields` (and `@@secret@@` from `secret`)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-mx/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env and configs
DOTENV = "https://github.com/motdotla/dotenv#usage"

add("dotenv/database", "landing-app/.env", DOTENV, """\
# ᐃᖃᓗᒃᐱᒃ ᓂᐅᕕᕐᕕᒃ — catch landing app (Iqaluit plant)
APP_ENV=production
DB_HOST=pg.iqalukpik-coop.internal
DB_USER=landing_rw
DB_PASSWORD=@@secret@@
DB_NAME=catch_landings
""", words_pw())

add("dotenv/stripe", "shop/.env.production", DOTENV, """\
# niuvirvik (online char shop) — ᐅᖃᐅᓯᖅ: do not share
NEXT_PUBLIC_SITE=https://shop.iqalukpik-coop.ca
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_ORIGIN=Iqaluit NU X0A 0H0
CURRENCY=CAD
""", stripe_key())

add("dotenv/sendgrid", "manifest-mailer/.env", DOTENV, """\
# umiarjuaq manifest mailer
MAIL_FROM=sealift@iqalukpik-coop.ca
MAIL_PROVIDER=sendgrid
SENDGRID_API_KEY="@@secret@@"
REPLY_TO=freight@iqalukpik-coop.ca
""", sendgrid_key())

add("dotenv/twilio", "sms-alerts/.env.local", DOTENV, """\
# ᐅᖃᓘᑎ SMS — harvester alerts when the plant opens
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+18679790000
ALERT_LANG=iu
""", hexs(32), sid=twilio_sid())

add("dotenv/github-token", "tools/.env", DOTENV, """\
# used by release.sh to publish the sealift-booking wheel
GITHUB_OWNER=iqalukpik-coop
GITHUB_TOKEN=@@secret@@
RELEASE_BRANCH=main
DRY_RUN=0
""", fakes.github_token(_seed()))

add("dotenv/decoy-placeholder", "landing-app/.env.example", DOTENV, """\
# ᐃᓕᔅᓯ ᐊᓪᓚᒃᑲᓂᐊᕐᓗᒋᑦ — copy to .env and fill in
APP_ENV=development
DB_HOST=localhost
DB_USER=landing_rw
DB_PASSWORD=<ask-the-plant-manager>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("dotenv/decoy-empty", "sms-alerts/.env.template", DOTENV, """\
# fill these from 1Password vault "Umiarjuaq 2026"
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+18679790000
ALERT_LANG=iu
""")

add("dotenv/decoy-env-reference", "manifest-mailer/.env.ci", DOTENV, """\
# CI copies secrets in from the runner; nothing is stored here
MAIL_FROM=sealift@iqalukpik-coop.ca
SENDGRID_API_KEY=${SENDGRID_API_KEY}
DB_PASSWORD=${{ secrets.DB_PASSWORD }}
REPLY_TO=freight@iqalukpik-coop.ca
""")

# ---------------------------------------------------------------- python
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"

add("python/database", "landing/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", '''\
"""ᐃᖃᓗᒃᐱᒃ ᓄᓇᒥ ᑎᑭᓯᒪᔪᑦ — landed char weights, per harvester."""
import psycopg

# TODO(Pauloosie): move into the vault before the summer run
CONN = psycopg.connect(
    host="pg.iqalukpik-coop.internal",
    dbname="catch_landings",
    user="landing_rw",
    password="@@secret@@",
)


def landed_today(harvester_id: int) -> float:
    with CONN.cursor() as cur:
        cur.execute("select sum(kg) from landings where harvester = %s and day = current_date", (harvester_id,))
        return cur.fetchone()[0] or 0.0
''', words_pw())

add("python/slack-webhook", "sealift/notify.py", "https://api.slack.com/messaging/webhooks", '''\
"""Tell #umiarjuaq when a sealift vessel's ETA changes."""
import json
import urllib.request

HOOK = "@@secret@@"


def post_eta(vessel: str, eta: str) -> None:
    # ᐅᒥᐊᕐᔪᐊᖅ ᑎᑭᓕᕈᓐᓇᖅᑐᖅ — the ship can arrive
    body = json.dumps({"text": f"{vessel}: ETA Iqaluit {eta}"}).encode()
    req = urllib.request.Request(HOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("python/aws-secret-key", "coldstore/upload_temps.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''\
"""Upload the freezer temperature log (ᓯᑯᓯᐅᑦ) to S3 every hour."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="ca-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def push(path: str) -> None:
    s3.upload_file(path, "iqalukpik-coldstore-logs", path.rsplit("/", 1)[-1])
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/openai", "translate/iu_labels.py", "https://platform.openai.com/docs/api-reference/authentication", '''\
"""Draft Inuktitut labels for the char packaging; a fluent speaker (Annie) reviews every one."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "Translate to Inuktitut syllabics for a frozen Arctic char label: {text}"


def draft(text: str) -> str:
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT.format(text=text)}])
    return reply.choices[0].message.content
''', fakes.openai_key(_seed()))

add("python/django-secret-key", "portal/portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''\
"""Freight portal settings — ᐅᒥᐊᕐᔪᐊᒃᑯᑦ ᓇᐅᑦᑎᖅᓱᖅᑎ."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["freight.iqalukpik-coop.ca"]
LANGUAGE_CODE = "iu"
TIME_ZONE = "America/Iqaluit"
''', fakes.django_secret_key(_seed()))

add("python/telegram", "bots/ice_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''\
"""ᓯᑯ ᐃᓱᒪᒋᔭᐅᔪᖅ — posts Frobisher Bay ice reports to the harvesters' Telegram group."""
import requests

TOKEN = "@@secret@@"
CHAT = -1001873004455


def send(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", json={"chat_id": CHAT, "text": text}, timeout=10)
''', fakes.telegram_token(_seed()))

add("python/redis", "sealift/queue.py", "https://redis.readthedocs.io/en/stable/connections.html", '''\
"""Booking queue for sealift container slots."""
import redis

r = redis.Redis.from_url("redis://:@@secret@@@cache.iqalukpik-coop.internal:6379/2")


def reserve(slot: str, booking: str) -> bool:
    # ᐃᓂᖃᖅᐸᑦ — if there is room
    return bool(r.set(f"slot:{slot}", booking, nx=True, ex=86400))
''', fakes.redis_password(_seed()))

add("python/split-password", "payroll/export.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", '''\
"""Harvester payroll export (ᐊᑭᓕᖅᑐᐃᓂᖅ) to the accounting SFTP."""
import paramiko

SFTP_HOST = "sftp.accounting-partner.ca"
SFTP_USER = "iqalukpik_coop"
SFTP_PASS = ("@@a@@"
             "@@b@@")


def upload(path: str) -> None:
    t = paramiko.Transport((SFTP_HOST, 22))
    t.connect(username=SFTP_USER, password=SFTP_PASS)
    paramiko.SFTPClient.from_transport(t).put(path, "/inbox/" + path.rsplit("/", 1)[-1])
''', "Tuktu#Siku2291Qajaq", a="Tuktu#Siku2291", b="Qajaq")

add("python/decoy-env-reference", "landing/settings.py", PYDOC, '''\
"""ᐱᖁᑎᑦ — settings read from the environment only."""
import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
SLACK_HOOK = os.getenv("SLACK_WEBHOOK_URL")
PLANT = "Iqaluit"
''')

add("python/decoy-test-fixture", "tests/test_landing.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''\
"""Tests for landing weights. The password here is a fake for the throwaway test database."""
import pytest

FAKE_DB_PASSWORD = "test"  # not a real password: docker-compose.test.yml sets the same


@pytest.fixture
def landing():
    return {"harvester": 12, "kg": 41.5, "species": "iqalukpik"}


def test_weight(landing):
    assert landing["kg"] > 0
''')

add("python/decoy-hash", "portal/auth_check.py", "https://docs.python.org/3/library/hashlib.html", '''\
"""Compare an uploaded manifest to its published checksum (ᓇᓗᓇᐃᖅᓯᒍᑎ)."""
import hashlib

MANIFEST_SHA256 = "9c1f0a4e5b7d2c3e8f6a1b0d4c7e2f9a3b6d8c1e0f5a7b2c4d9e6f1a3b8c0d7e"


def ok(data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == MANIFEST_SHA256
''')

add("python/decoy-secret-manager", "coldstore/creds.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", '''\
"""Fetch the cold-store S3 credentials from Secrets Manager at start-up."""
import json
import boto3

SECRET_ID = "arn:aws:secretsmanager:ca-central-1:381944720016:secret:coldstore/s3-Ab12Cd"


def load() -> dict:
    sm = boto3.client("secretsmanager", region_name="ca-central-1")
    return json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
''')

# ---------------------------------------------------------------- javascript / typescript
add("javascript/stripe", "shop/server/checkout.js", "https://docs.stripe.com/keys", """\
// ᓂᐅᕕᕐᕕᒃ checkout — frozen char fillets shipped south on First Air cargo
const Stripe = require('stripe');
const stripe = Stripe('@@secret@@');

async function createSession(items) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: items,
    success_url: 'https://shop.iqalukpik-coop.ca/qujannamiik',
  });
}

module.exports = { createSession };
""", stripe_key("sk_live_"))

add("typescript/mongodb", "tracker/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
// sealift container tracker (ᐃᓗᓕᖏᑦ ᑲᑎᖅᓱᖅᑕᐅᓯᒪᔪᑦ)
import { MongoClient } from 'mongodb';

const uri = 'mongodb+srv://tracker:@@secret@@@sealift.x7kqp.mongodb.net/containers?retryWrites=true';

export const client = new MongoClient(uri);

export async function byBooking(ref: string) {
  return client.db('containers').collection('manifest').findOne({ booking: ref });
}
""", rand_pw(16))

add("javascript/sendgrid", "manifest-mailer/send.mjs", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", """\
import sgMail from '@sendgrid/mail';

// ᐅᒥᐊᕐᔪᐊᖅ manifest goes to each community's co-op manager
sgMail.setApiKey('@@secret@@');

export async function mailManifest(to, pdf) {
  await sgMail.send({
    to,
    from: 'sealift@iqalukpik-coop.ca',
    subject: 'Sealift manifest / ᐅᒥᐊᕐᔪᐊᒃᑯᑦ ᐊᐅᓪᓚᑎᑕᐅᔪᑦ',
    attachments: [{ content: pdf, filename: 'manifest.pdf' }],
  });
}
""", sendgrid_key())

add("typescript/jwt-secret", "portal-api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """\
import jwt from 'jsonwebtoken';

// ᐃᓯᖅᑐᑦ — who may log in to the freight portal
const JWT_SECRET = '@@secret@@';

export function sign(userId: string): string {
  return jwt.sign({ sub: userId, plant: 'IQA' }, JWT_SECRET, { expiresIn: '8h' });
}

export function verify(token: string) {
  return jwt.verify(token, JWT_SECRET);
}
""", rand_pw(40))

add("javascript/discord-webhook", "bots/landings-discord.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// ᐅᓪᓗᒥ ᑎᑭᓯᒪᔪᑦ — today's landings to the co-op Discord
const fetch = require('node-fetch');

const WEBHOOK = 'https://discord.com/api/webhooks/@@wid@@/@@secret@@';

async function post(kg) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `Iqalukpik landed today: ${kg} kg` }),
  });
}
module.exports = post;
""", rand_pw(68, "_-"), wid="1184467302918833214")

add("typescript/decoy-publishable-key", "shop/web/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from '@stripe/stripe-js';

// publishable key: meant for the browser (ᑕᑯᔭᐅᓇᔭᖅᑐᖅ — it can be seen)
export const stripePromise = loadStripe('pk_live_51NqT8eKc0opIqaluk4HqRs7vXw2ZyBa9cDe3fGh6iJk1lMn0pQr5sTu8vWx');

export const currency = 'cad';
""")

add("javascript/decoy-env-reference", "bots/config.js", "https://nodejs.org/api/process.html#processenv", """\
// ᐱᖁᑎᑦ ᐊᕙᑎᒥᑦ — every secret comes from the environment
module.exports = {
  telegramToken: process.env.TELEGRAM_TOKEN,
  discordWebhook: process.env.DISCORD_WEBHOOK_URL,
  slackHook: process.env.SLACK_WEBHOOK || '',
  plant: 'Iqaluit',
};
""")

add("typescript/decoy-masked", "portal-api/src/logging.ts", "https://owasp.org/www-community/vulnerabilities/Insertion_of_Sensitive_Information_into_Log_File", """\
// never log a key in full: ᐃᔨᖅᑕᐅᓗᑎ (hidden)
export function mask(value: string): string {
  return value.length <= 4 ? '****' : '****' + value.slice(-4);
}

// example output: apiKey=sk_live_****************************a9Qz
export const EXAMPLE = 'apiKey=sk_live_****a9Qz';
""")

# ---------------------------------------------------------------- go
add("go/database", "sealift-api/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """\
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ᐅᒥᐊᕐᔪᐊᒃᑯᑦ ᐊᐅᓪᓚᑎᑕᐅᔪᑦ — sealift booking store
const dsn = "postgres://sealift_app:@@secret@@@db.iqalukpik-coop.internal:5432/sealift?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(22))

add("go/slack-bot", "sealift-api/cmd/eta/main.go", "https://api.slack.com/authentication/token-types#bot", """\
package main

import (
	"log"

	"github.com/slack-go/slack"
)

func main() {
	// ETA bot for #umiarjuaq — ᑎᑭᓂᐊᖅᑐᖅ
	api := slack.New("@@secret@@")
	if _, _, err := api.PostMessage("C05UMIAQ01", slack.MsgOptionText("Nivaq ETA Iqaluit: Aug 14", false)); err != nil {
		log.Fatal(err)
	}
}
""", slack_bot())

add("go/aws-secret-key", "coldstore-agent/aws.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """\
package main

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// freezer agent in the plant's back room; ᓯᑯᓯᐅᑦ ᐆᓇᖅᑐᖓ
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)

var cfg = aws.Config{Region: "ca-central-1", Credentials: creds}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-env-reference", "sealift-api/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """\
package config

import "os"

// Config comes from the environment (set by the Helm chart from a Secret).
type Config struct{ DSN, SlackToken string }

func Load() Config {
	return Config{DSN: os.Getenv("SEALIFT_DSN"), SlackToken: os.Getenv("SLACK_BOT_TOKEN")}
}
""")

add("go/decoy-test-fixture", "sealift-api/internal/store/store_test.go", "https://pkg.go.dev/testing", """\
package store

import "testing"

// fake DSN for the throwaway container started by `make test`; not a real password
const testDSN = "postgres://test:test@localhost:5432/sealift_test?sslmode=disable"

func TestOpen(t *testing.T) {
	if testDSN == "" {
		t.Fatal("empty")
	}
}
""")

# ---------------------------------------------------------------- jvm
add("java/database", "plant-erp/src/main/java/ca/iqalukpik/erp/Db.java", "https://jdbc.postgresql.org/documentation/use/", """\
package ca.iqalukpik.erp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** ᓂᐅᕕᖅᑕᐅᔪᑦ — sales ledger connection. */
public final class Db {
    private static final String URL = "jdbc:postgresql://erp-db.iqalukpik-coop.internal:5432/erp";
    private static final String USER = "erp_app";
    private static final String PASS = "@@secret@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("kotlin/google-maps", "harvester-app/app/src/main/java/ca/iqalukpik/app/Geo.kt", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """\
package ca.iqalukpik.app

// server-side geocoding key (IP-restricted to the plant) — ᐃᓂᖏᑦ
object Geo {
    const val GEOCODE_KEY = "@@secret@@"
    const val BASE = "https://maps.googleapis.com/maps/api/geocode/json"

    fun url(place: String) = "$BASE?address=$place&key=$GEOCODE_KEY"
}
""", google_key())

add("kotlin/decoy-build-config", "harvester-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "ca.iqalukpik.app"
    defaultConfig {
        // read from local.properties / CI secret; ᐱᖁᑎ ᐊᑐᖅᑕᐅᙱᑦᑐᖅ here
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        resValue("string", "app_name", "ᐃᖃᓗᒃᐱᒃ")
    }
}
""")

add("java/decoy-properties-placeholder", "plant-erp/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# ERP — ᐊᑭᖏᑦ
spring.datasource.url=jdbc:postgresql://erp-db.iqalukpik-coop.internal:5432/erp
spring.datasource.username=erp_app
spring.datasource.password=${ERP_DB_PASSWORD}
spring.mail.password=${MAIL_PASSWORD:}
server.port=8080
""")

add("java/properties-password", "plant-erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# prod — ᐱᓕᕆᐊᖑᔪᖅ
spring.datasource.url=jdbc:postgresql://erp-db.iqalukpik-coop.internal:5432/erp
spring.datasource.username=erp_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8080
""", words_pw())

# ---------------------------------------------------------------- c#, php, ruby, rust, swift
add("csharp/sql-server", "Accounting/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "ConnectionStrings": {
    "Ledger": "Server=tcp:iqalukpik-ledger.database.windows.net,1433;Database=ledger;User ID=ledger_app;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Plant": "Iqaluit"
}
""", words_pw())

add("csharp/azure-client-secret", "Accounting/GraphMail.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.clientsecretcredential", """\
using Azure.Identity;
using Microsoft.Graph;

// ᐊᑭᓕᖅᑐᐃᓂᖅ — mails harvester pay stubs from the co-op mailbox
public static class GraphMail
{
    private const string Tenant = "5b1e2a7c-93d4-4f0a-b6e1-0c2d8f7a9e34";
    private const string ClientId = "d3a9f6b2-1c7e-4b58-9a0d-6e2f4c8b1a75";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Client() =>
        new GraphServiceClient(new ClientSecretCredential(Tenant, ClientId, ClientSecret));
}
""", azure_secret())

add("php/smtp", "website/config/mail.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """\
<?php
// ᑎᑎᖅᑲᐅᔭᖅ — contact form mail for the co-op website
return [
    'host' => 'smtp.office365.com',
    'port' => 587,
    'username' => 'web@iqalukpik-coop.ca',
    'password' => '@@secret@@',
    'from' => 'web@iqalukpik-coop.ca',
];
""", words_pw())

add("ruby/api-key", "freight-rates/lib/rates.rb", "https://github.com/rest-client/rest-client", """\
# ᐊᑭᖏᑦ — sealift freight rate lookup from the carrier
require 'rest-client'
require 'json'

module Rates
  CARRIER_API_KEY = '@@secret@@'.freeze

  def self.quote(cube_m3, destination)
    res = RestClient.get('https://api.arctic-carrier.example/rates', params: { m3: cube_m3, to: destination }, 'X-Api-Key' => CARRIER_API_KEY)
    JSON.parse(res.body)
  end
end
""", hexs(40))

add("rust/database", "scale-reader/src/main.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html", """\
// ᐅᖁᒪᐃᓐᓂᖓ — reads the dock scale and stores each landing
use postgres::{Client, NoTls};

fn main() -> Result<(), postgres::Error> {
    let mut client = Client::connect(
        "host=pg.iqalukpik-coop.internal user=scale password=@@secret@@ dbname=catch_landings",
        NoTls,
    )?;
    client.execute("insert into landings (kg) values ($1)", &[&42.0f64])?;
    Ok(())
}
""", rand_pw(18))

add("swift/api-key", "HarvesterApp/Sources/Config.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// ᐱᓇᓱᐊᖅᑎᑦ — harvester app, talks to the landing API
enum Config {
    static let apiBase = URL(string: "https://api.iqalukpik-coop.ca/v1")!
    static let apiToken = "@@secret@@"
}
""", "iqc_" + rand_pw(32))

add("php/decoy-env-reference", "website/config/database.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
// ᑲᑎᖅᓱᐃᕝᕕᒃ — read from .env only
return [
    'host' => env('DB_HOST', '127.0.0.1'),
    'database' => env('DB_DATABASE', 'website'),
    'username' => env('DB_USERNAME', 'website'),
    'password' => env('DB_PASSWORD', ''),
];
""")

add("ruby/decoy-credentials-ref", "freight-rates/config/initializers/carrier.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# ᐱᖁᑎᑦ are kept in config/credentials.yml.enc (master key on the server only)
Rails.application.configure do
  config.x.carrier_api_key = Rails.application.credentials.dig(:carrier, :api_key)
  config.x.carrier_base = 'https://api.arctic-carrier.example'
end
""")

add("swift/decoy-keychain", "HarvesterApp/Sources/Token.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// the API token lives in the keychain after login; ᐃᔨᖅᑕᐅᔪᖅ
let tokenQuery: [String: Any] = [
    kSecClass as String: kSecClassGenericPassword,
    kSecAttrService as String: "ca.iqalukpik.harvester",
    kSecAttrAccount as String: "apiToken",
    kSecReturnData as String: true,
]
""")

# ---------------------------------------------------------------- kubernetes, helm, compose
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"

add("k8s-secret/database", "deploy/k8s/sealift-db-secret.yaml", K8S_SECRET, """\
# ᐅᒥᐊᕐᔪᐊᖅ booking DB — applied by hand, Aug 2026
apiVersion: v1
kind: Secret
metadata:
  name: sealift-db
  namespace: sealift
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", (pw := words_pw()), u=b64("sealift_app"), p=b64(pw))

add("k8s-secret/slack-bot", "deploy/k8s/eta-bot-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: eta-bot
  namespace: sealift
  labels: {app: eta-bot, plant: iqaluit}
stringData:
  SLACK_BOT_TOKEN: "@@secret@@"
""", slack_bot())

add("k8s-secret/decoy-placeholder", "deploy/k8s/landing-secret.example.yaml", K8S_SECRET, """\
# ᐆᑦᑑᑎ — example only; the real one is a SealedSecret
apiVersion: v1
kind: Secret
metadata:
  name: landing-db
type: Opaque
stringData:
  DB_PASSWORD: "REPLACE_ME"
  STRIPE_SECRET_KEY: "sk_live_..."
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/landing-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: landing-db
  namespace: landing
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq9Hk2Rb7xQp0Lm1vN8sT4uW6yZ2aC5dF7gH9jK3lM0nP2qR4sT6uV8wX0yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT
""")

add("k8s/env-value", "deploy/k8s/coldstore-agent.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: coldstore-agent
spec:
  replicas: 1
  selector: {matchLabels: {app: coldstore-agent}}
  template:
    metadata: {labels: {app: coldstore-agent}}
    spec:
      containers:
        - name: agent
          image: registry.iqalukpik-coop.ca/coldstore-agent:1.8.2
          env:
            - name: INFLUX_TOKEN   # ᓯᑯᓯᐅᑦ temperatures
              value: "@@secret@@"
            - name: PLANT
              value: IQA
""", rand_pw(86, "_-") + "==")

add("k8s/decoy-secret-key-ref", "deploy/k8s/portal.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: freight-portal
spec:
  template:
    spec:
      containers:
        - name: portal
          image: registry.iqalukpik-coop.ca/portal:3.2.0
          env:
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: portal, key: secret-key}
""")

add("helm/database", "charts/sealift/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# ᐅᒥᐊᕐᔪᐊᖅ chart — prod values
image:
  repository: registry.iqalukpik-coop.ca/sealift-api
  tag: 2.4.1
postgresql:
  auth:
    username: sealift_app
    password: "@@secret@@"
    database: sealift
ingress:
  host: sealift.iqalukpik-coop.ca
""", words_pw())

add("helm/decoy-existing-secret", "charts/sealift/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """\
# defaults — ᐱᖁᑎᑦ come from an existing Secret
postgresql:
  auth:
    username: sealift_app
    existingSecret: sealift-db
    secretKeys:
      userPasswordKey: password
ingress:
  host: sealift.iqalukpik-coop.ca
""")

COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"

add("compose/database", "docker-compose.prod.yml", COMPOSE, """\
# plant server (ᐃᖃᓗᒃᐱᒃ ᐱᓕᕆᕝᕕᒃ), Iqaluit
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: landing
      POSTGRES_PASSWORD: "@@secret@@"
    volumes: [pgdata:/var/lib/postgresql/data]
  app:
    image: registry.iqalukpik-coop.ca/landing:5.1
    depends_on: [db]
volumes:
  pgdata: {}
""", rand_pw(24))

add("compose/rabbitmq", "sealift/docker-compose.yml", COMPOSE, """\
services:
  mq:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=sealift
      - RABBITMQ_DEFAULT_PASS=@@secret@@
  worker:
    image: registry.iqalukpik-coop.ca/sealift-worker:2.4
    environment:
      - AMQP_URL=amqp://sealift@mq:5672/
""", words_pw())

add("compose/decoy-test", "docker-compose.test.yml", COMPOSE, """\
# throwaway test database: ᐆᑦᑐᕋᖅᑐᑦ ᑭᓯᐊᓂ (tests only)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
    tmpfs: [/var/lib/postgresql/data]
""")

add("compose/decoy-env-file", "coldstore/docker-compose.yml", COMPOSE, """\
services:
  influx:
    image: influxdb:2.7
    env_file: .env
    environment:
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN:?set in .env}
      DOCKER_INFLUXDB_INIT_ORG: iqalukpik
      DOCKER_INFLUXDB_INIT_BUCKET: freezers
""")

# ---------------------------------------------------------------- terraform, ansible
add("terraform/database", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# ᐊᑭᓕᐅᑎᑦ ledger database (ca-central-1)
resource "aws_db_instance" "ledger" {
  identifier        = "iqalukpik-ledger"
  engine            = "postgres"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "ledger_admin"
  password          = "@@secret@@"
  skip_final_snapshot = false
}
""", rand_pw(20))

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "ledger_db_password" {
  description = "ᐱᖁᑎ — set with TF_VAR_ledger_db_password in CI"
  type        = string
  sensitive   = true
}

variable "region" {
  default = "ca-central-1"
}
""")

add("terraform/tfvars-token", "infra/cloudflare/prod.auto.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
# co-op website DNS
zone_name            = "iqalukpik-coop.ca"
cloudflare_api_token = "@@secret@@"
proxied              = true
ttl                  = 1   # ᐊᑐᓂᑦ automatic
""", rand_pw(40, "_-"))

add("terraform/decoy-random-password", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "portal" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "portal" {
  secret_id     = aws_secretsmanager_secret.portal.id
  secret_string = random_password.portal.result
}
""")

add("ansible/password", "ops/ansible/group_vars/plant.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
# ᐱᓕᕆᕝᕕᒃ servers in the plant
ntp_server: ca.pool.ntp.org
influx_admin_user: admin
influx_admin_password: "@@secret@@"
freezer_alarm_c: -18
""", words_pw())

add("ansible/decoy-vault", "ops/ansible/group_vars/sealift/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6230653730373035346439346166363136333738316362360a623336626533663639383365343362
36303066343730306536353138643738623131346130373731353935386665393262363339393038
3835646136343236320a393132373462303664376165353139356562393530393638633235386135
""")

add("ansible/decoy-vault-reference", "ops/ansible/roles/sealift/tasks/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """\
# ᐅᒥᐊᕐᔪᐊᖅ worker
- name: Write worker env
  ansible.builtin.template:
    src: worker.env.j2
    dest: /etc/sealift/worker.env
    mode: "0600"
  vars:
    amqp_password: "{{ vault_amqp_password }}"
""")

# ---------------------------------------------------------------- ci, docker
add("github-actions/npm-token", ".github/workflows/publish-widget.yml", "https://docs.github.com/en/actions/use-cases-and-examples/publishing-packages/publishing-nodejs-packages", """\
name: publish tide widget
on: {push: {tags: ['v*']}}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: 'https://registry.npmjs.org'}
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: @@secret@@   # ᐅᓄᕈᓐᓃᖅᑐᖅ, move to secrets
""", npm_token())

add("github-actions/decoy-secrets-ref", ".github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: deploy portal
on: {push: {branches: [main]}}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh
        env:
          KUBECONFIG_B64: ${{ secrets.KUBECONFIG_B64 }}
          REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}
""")

add("gitlab-ci/docker-login", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
# ᐱᓕᕆᐊᖅ — build the landing image
stages: [build]
build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker login -u iqalukpik-ci -p @@secret@@ registry.iqalukpik-coop.ca
    - docker build -t registry.iqalukpik-coop.ca/landing:$CI_COMMIT_SHORT_SHA .
    - docker push registry.iqalukpik-coop.ca/landing:$CI_COMMIT_SHORT_SHA
""", rand_pw(24))

add("dockerfile/env-token", "scale-reader/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM python:3.12-slim
# ᐅᖁᒪᐃᓐᓂᖓ dock scale reader
ENV SCALE_API_TOKEN=@@secret@@
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "-m", "scale_reader"]
""", gitlab_token())

add("dockerfile/decoy-build-secret", "portal/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "server.js"]
""")

add("circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/contexts/", """\
version: 2.1
jobs:
  test:
    docker: [{image: cimg/python:3.12}]
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs: [{test: {context: iqalukpik-secrets}}]
""")

# ---------------------------------------------------------------- shell, powershell, histories
add("shell/curl-bearer", "scripts/pull_ice_charts.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/usr/bin/env bash
# ᓯᑯ ᓄᓇᙳᐊᖏᑦ — pull the weekly ice charts before the sealift window
set -euo pipefail
OUT=/srv/ice/$(date +%F)
mkdir -p "$OUT"
curl -fsS -H "Authorization: Bearer @@secret@@" \\
  "https://api.ice-service.example/v2/charts?region=frobisher-bay" -o "$OUT/charts.json"
echo "ᐱᔭᕇᖅᑐᖅ — done: $OUT"
""", "isv_" + rand_pw(40))

add("shell/mysql-password", "scripts/backup_ledger.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/bin/sh
# nightly ledger backup (ᐅᓐᓄᐊᖅᑕᒫᖅ)
DAY=$(date +%u)
mysqldump -h ledger.iqalukpik-coop.internal -u backup -p'@@secret@@' ledger \\
  | gzip > /backup/ledger-$DAY.sql.gz
find /backup -name 'ledger-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/heredoc-pgpass", "scripts/setup_workstation.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# new office laptop setup — ᓄᑖᖅ ᖃᕆᑕᐅᔭᖅ
set -e
cat > ~/.pgpass <<'EOF'
pg.iqalukpik-coop.internal:5432:catch_landings:office:@@secret@@
EOF
chmod 600 ~/.pgpass
psql -h pg.iqalukpik-coop.internal -U office catch_landings -c 'select 1'
""", rand_pw(16))

add("shell-history/export-token", "ops/notes/bash_history_jaypeetee.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd ~/sealift-api
git pull
export HCLOUD_TOKEN=@@secret@@
hcloud server list
ssh root@sealift-01
sudo systemctl restart sealift-worker
exit
""", rand_pw(64))

add("shell-history/psql-url", "ops/notes/history-plant-laptop.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  501  ls /srv/coldstore
  502  tail -f /var/log/coldstore/agent.log
  503  psql "postgresql://coldstore:@@secret@@@pg.iqalukpik-coop.internal/coldstore"
  504  \\q
  505  sudo reboot
""", words_pw())

add("powershell/credential", "ops/windows/Map-LedgerShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# ᐊᑭᓕᐅᑎᑦ share for the office PCs
$user = 'IQALUKPIK\\svc-ledger'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name L -PSProvider FileSystem -Root '\\\\fs01\\ledger' -Credential $cred -Persist
Write-Host 'ᐱᔭᕇᖅᑐᖅ'
""", words_pw())

add("powershell/decoy-read-host", "ops/windows/Reset-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """\
# dock kiosk reset — asks for the password, stores nothing
$pass = Read-Host -AsSecureString 'Kiosk admin password (ᐱᖁᑎ)'
$cred = New-Object System.Management.Automation.PSCredential('kiosk-admin', $pass)
Restart-Computer -ComputerName DOCK-KIOSK-01 -Credential $cred -Force
Write-Host 'done'
""")

add("shell/decoy-vault-read", "scripts/rotate_db.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
#!/usr/bin/env bash
# ᐱᖁᑎ ᓯᓚᑖᓂ — password read from Vault at run time
set -euo pipefail
PGPASSWORD="$(vault kv get -field=password secret/landing/db)"
export PGPASSWORD
psql -h pg.iqalukpik-coop.internal -U landing_rw catch_landings -c "select now()"
""")

add("shell-history/decoy-redacted", "ops/notes/history-redacted.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  88  export HCLOUD_TOKEN=<redacted by Jaypeetee 2026-08-02>
  89  hcloud server list
  90  mysql -u backup -p ledger
  91  history -c
  92  exit
""")

# ---------------------------------------------------------------- ini, toml, json, xml configs
add("ini/odbc-password", "office/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
; ᐊᑭᓕᐅᑎᑦ — ledger DSN for the office Excel reports
[Ledger]
Driver=ODBC Driver 18 for SQL Server
Server=iqalukpik-ledger.database.windows.net
Database=ledger
UID=report_reader
PWD=@@secret@@
""", words_pw())

add("ini/pypirc", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("toml/api-token", "scale-reader/config.toml", "https://toml.io/en/v1.0.0", """\
# ᐅᖁᒪᐃᓐᓂᖓ — dock scale reader
[scale]
port = "/dev/ttyUSB0"
baud = 9600

[upload]
endpoint = "https://api.iqalukpik-coop.ca/v1/landings"
token = "@@secret@@"
""", gitlab_token())

add("toml/decoy-placeholder", "scale-reader/config.example.toml", "https://toml.io/en/v1.0.0", """\
# copy to config.toml — ᐃᓕᔅᓯ ᑕᐃᒪᐃᓕᐅᕐᓗᒋᑦ
[scale]
port = "/dev/ttyUSB0"

[upload]
endpoint = "https://api.iqalukpik-coop.ca/v1/landings"
token = "YOUR_TOKEN_HERE"
""")

add("json/service-account", "coldstore/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "iqalukpik-coldstore",
  "private_key_id": "@@kid@@",
  "client_email": "freezer-agent@iqalukpik-coldstore.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "private_key": "@@secret@@"
}
""", fakes.fake_pem(_seed(), "RSA").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-package-lock", "portal/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "freight-portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-PRp66vJ865SSqOlgqS8hujT5U4AOgMfhrwYIuIhfKaoSCZcirrmASQr8CX7cUg+RMih+hgznrjp99o+W4pJLHQ=="
    }
  }
}
""")

add("json/vscode-settings", ".vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "catch_landings (plant)",
      "driver": "PostgreSQL",
      "server": "pg.iqalukpik-coop.internal",
      "database": "catch_landings",
      "username": "office",
      "password": "@@secret@@"
    }
  ]
}
""", rand_pw(18))

add("xml/nuget", "Accounting/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="coop" value="https://pkgs.dev.azure.com/iqalukpik/_packaging/coop/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <coop>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </coop>
  </packageSourceCredentials>
</configuration>
""", rand_pw(52).lower())

add("xml/maven-settings", "plant-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- ᐱᖁᑎᑦ for the co-op's Nexus -->
  <servers>
    <server>
      <id>iqalukpik-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("xml/decoy-env-reference", "plant-erp/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>iqalukpik-nexus</id>
      <username>deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("json/decoy-appsettings", "Accounting/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "ConnectionStrings": {
    "Ledger": "Server=tcp:iqalukpik-ledger.database.windows.net,1433;Database=ledger;Authentication=Active Directory Managed Identity;"
  },
  "AzureAd": { "TenantId": "5b1e2a7c-93d4-4f0a-b6e1-0c2d8f7a9e34", "ClientId": "d3a9f6b2-1c7e-4b58-9a0d-6e2f4c8b1a75" },
  "Plant": "Iqaluit"
}
""")

# ---------------------------------------------------------------- client configs
add("npmrc/npm-token", "portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@iqalukpik:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("npmrc/decoy-env-reference", "shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@iqalukpik:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

add("netrc/password", "ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
# ᐅᒥᐊᕐᔪᐊᖅ carrier portal (booking downloads)
machine portal.arctic-carrier.example
  login iqalukpik-freight
  password @@secret@@
machine api.ice-service.example
  login iqalukpik
""", words_pw())

add("git-credentials/token", "ops/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
https://iqalukpik-ci:@@secret@@@gitlab.com
https://oauth2@github.com
# ᐅᖃᐅᓯᖅ: store helper file copied from the old plant PC
# (Elisapee, Jul 2026)
# remove when the new runner is set up
""", gitlab_token())

add("docker-config/auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.iqalukpik-coop.ca": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("iqalukpik-ci:" + rand_pw(22)))

add("docker-config/decoy-creds-store", "ops/dotfiles/docker-config.desktop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.iqalukpik-coop.ca": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("s3cfg/secret-key", "ops/dotfiles/s3cfg", "https://s3tools.org/kb/item14.htm", """\
[default]
# ᓯᑯᓯᐅᑦ logs bucket
access_key = @@kid@@
secret_key = @@secret@@
host_base = s3.ca-central-1.amazonaws.com
host_bucket = %(bucket)s.s3.ca-central-1.amazonaws.com
use_https = True
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws-credentials/session", "ops/dotfiles/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = ca-central-1

[coldstore-admin]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ca-central-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("aws-credentials/decoy-sso", "ops/dotfiles/aws-config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile coldstore-admin]
sso_session = iqalukpik
sso_account_id = 381944720016
sso_role_name = AdministratorAccess
region = ca-central-1

[sso-session iqalukpik]
sso_start_url = https://iqalukpik.awsapps.com/start
sso_region = ca-central-1
""")

add("pem/private-key", "ops/keys/sealift-deploy.key", "https://www.rfc-editor.org/rfc/rfc7468#section-10", """\
@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("pem/decoy-public-key", "ops/keys/sealift-deploy.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----
""")

add("ssh/decoy-known-hosts", "ops/dotfiles/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """\
sealift-01.iqalukpik-coop.ca ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3pQ1cL8vT2nR6wXyZ0aB4dE7fG9hJ1kM3nP5qS8uV
pg.iqalukpik-coop.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6aB8cD
fs01.iqalukpik-coop.internal ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vN3pQ8rT1sU4wX6yZ9aB2cD5eF8gH0iJ3kL6mN9oP
# ᐊᑐᖅᑕᐅᔪᑦ servers
# updated 2026-07-30
""")

add("kubeconfig/token", "ops/kube/plant-k3s.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: plant-k3s
    cluster: {server: "https://10.42.0.10:6443", insecure-skip-tls-verify: true}
users:
  - name: ops
    user:
      token: @@secret@@
contexts:
  - name: plant
    context: {cluster: plant-k3s, user: ops}
current-context: plant
""", "K10" + hexs(64) + "::server:" + hexs(32))

add("rclone/decoy-masked", "ops/dotfiles/rclone.conf", "https://rclone.org/commands/rclone_obscure/", """\
# ᐊᓯᐊᓅᖅᑎᑦᑎᓂᖅ — photo archive to the co-op Nextcloud
[coop-cloud]
type = webdav
url = https://cloud.iqalukpik-coop.ca/remote.php/dav/files/photos
vendor = nextcloud
user = photos
pass = *** ENCRYPTED ***
""")

# ---------------------------------------------------------------- documentation, notes, runbooks
add("markdown/runbook-password", "docs/runbooks/sealift-db-restore.md", "https://www.markdownguide.org/basic-syntax/", """\
# ᐅᒥᐊᕐᔪᐊᒃᑯᑦ DB restore (sealift booking database)

ᐅᑎᖅᑎᑦᑎᓂᖅ — when the booking DB must be restored from the nightly dump:

1. Stop the worker: `sudo systemctl stop sealift-worker`
2. Restore:

   ```sh
   PGPASSWORD='@@secret@@' pg_restore -h db.iqalukpik-coop.internal -U sealift_app -d sealift /backup/sealift.dump
   ```

3. Start the worker again and check the #umiarjuaq channel.

ᖃᐅᔨᒪᔪᖅ: Jaypeetee (on call Aug–Oct).
""", words_pw())

add("markdown/table-api-key", "docs/wiki/Carrier-Accounts.md", "https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables", """\
# ᐅᒥᐊᕐᔪᐊᖅ carrier accounts

| Carrier | Account | API key | Notes |
|---|---|---|---|
| Arctic carrier A | IQA-2291 | `@@secret@@` | bookings open in April |
| Arctic carrier B | 55-IQA | (in 1Password) | fuel only |

ᐊᐱᖅᓱᕆᐊᖃᖅᐳᑎᑦ Elisapee for new accounts.
""", hexs(40))

add("markdown/sentence-password", "docs/notes/2026-08-handover.md", "https://www.markdownguide.org/basic-syntax/", """\
# Handover — ᐅᑎᕐᓂᖅ, August 2026

- Freezer 3 alarm threshold moved to -20 C.
- The dock kiosk admin password is now @@secret@@ (changed after Annie's laptop was lost).
- Sealift vessel Nivaq arrives around Aug 14; manifests go to Pangnirtung and Kimmirut first.
- ᖁᔭᓐᓇᒦᒃ to everyone who worked the weekend.
""", words_pw())

add("markdown/decoy-placeholder", "docs/setup.md", "https://www.markdownguide.org/basic-syntax/", """\
# Setting up the landing app — ᐋᖅᑭᒃᓯᓂᖅ

1. Copy `.env.example` to `.env`.
2. Set `DB_PASSWORD=<your password>` (ask the plant manager).
3. Set `STRIPE_SECRET_KEY=sk_test_...` for local work; never a live key.
4. Run `make dev`.
""")

add("markdown/decoy-docs-example", "docs/api/authentication.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """\
# Landing API — authentication (ᐃᓯᕐᓂᖅ)

Send your token in the `Authorization` header:

```http
GET /v1/landings HTTP/1.1
Host: api.iqalukpik-coop.ca
Authorization: Bearer <your-token>
```

Tokens are issued from the portal under *Profile → API tokens*. They look like `iqc_` followed by 32 characters.
""")

add("rst/password", "docs/source/coldstore.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """\
Cold store agent (ᓯᑯᓯᐅᑦ)
=========================

The agent writes freezer temperatures to InfluxDB every minute.

.. code-block:: ini

   [influx]
   url = http://influx.iqalukpik-coop.internal:8086
   user = agent
   password = @@secret@@

ᐊᑲᐅᙱᑦᑐᖅ: if the dashboard is blank, restart the agent.
""", rand_pw(20))

add("rst/decoy-example", "docs/source/config.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """\
Configuration
=============

.. code-block:: ini

   [influx]
   url = http://localhost:8086
   password = changeme

Replace ``changeme`` with the password from the vault (ᐱᖁᑎ ᓴᐳᔾᔭᐅᔪᖅ).
""")

add("html/wiki-token", "docs/wiki/telegram-bot.html", "https://html.spec.whatwg.org/multipage/grouping-content.html#the-pre-element", """\
<!DOCTYPE html>
<html lang="iu">
<head><meta charset="utf-8"><title>ᓯᑯ bot</title></head>
<body>
<h1>Ice report bot / ᓯᑯ ᐃᓱᒪᒋᔭᐅᔪᖅ</h1>
<p>The bot token (from BotFather):</p>
<pre>@@secret@@</pre>
<p>Chat id of the harvesters' group: -1001873004455</p>
</body>
</html>
""", fakes.telegram_token(_seed()))

add("html/decoy-masked", "docs/wiki/accounts.html", "https://html.spec.whatwg.org/multipage/", """\
<!DOCTYPE html>
<html lang="iu">
<body>
<h1>ᐊᑭᓕᐅᑎᑦ accounts</h1>
<table>
<tr><th>Service</th><th>User</th><th>Password</th></tr>
<tr><td>Ledger</td><td>report_reader</td><td>••••••••</td></tr>
<tr><td>Stripe</td><td>finance@</td><td>sk_live_…(see 1Password)</td></tr>
</table>
</body>
</html>
""")

add("text/notes-webhook", "docs/notes/slack-setup.txt", "https://api.slack.com/messaging/webhooks", """\
Slack for the sealift season — ᐅᒥᐊᕐᔪᐊᖅ 2026
channel: #umiarjuaq
webhook (for notify.py and the cron job):
@@secret@@
made by Elisapee 2026-04-11, app name "Sealift ETA"
""", slack_webhook())

add("text/decoy-checksums", "releases/SHA256SUMS.txt", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
3f5a8c1e9d2b7f40a6e1c3d5b7f9a2c4e6081b3d5f7a9c1e3b5d7f9a1c3e5b70  sealift_booking-2.4.1-py3-none-any.whl
a1c3e5b7d9f0214365870a9c8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d  sealift_booking-2.4.1.tar.gz
0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f  scale-reader-1.2.0-linux-arm64.tar.gz
# ᓇᓗᓇᐃᖅᓯᒍᑏᑦ — checksums, signed with the release key
# verify: sha256sum -c SHA256SUMS.txt
""")

# ---------------------------------------------------------------- sql, logs, csv, notebooks
add("sql/create-user", "db/migrations/0007_report_reader.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- ᐊᑭᓕᐅᑎᑦ reports: read-only role for the office Excel sheets
CREATE ROLE report_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE catch_landings TO report_reader;
GRANT USAGE ON SCHEMA public TO report_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_reader;
""", words_pw())

add("sql/linked-server", "db/mssql/link_ledger.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """\
-- link the ledger to the plant DB (ᐱᓕᕆᕝᕕᒃ)
EXEC sp_addlinkedserver @server = N'PLANTDB', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'plantdb.iqalukpik-coop.internal';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'PLANTDB', @useself = N'False',
     @rmtuser = N'ledger_link', @rmtpassword = N'@@secret@@';
GO
""", words_pw())

add("sql/decoy-hashes", "db/seed/users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """\
-- portal users (ᐊᑐᖅᑎᑦ); passwords are bcrypt hashes, not the passwords
INSERT INTO portal_user (email, name, password_hash) VALUES
  ('annie@iqalukpik-coop.ca', 'Annie', '$2b$12$Kx9vR3mQ1pL7sT2nW8yZ0uE5cB4dF6gH8iJ0kL2mN4oP6qR8sT0uK'),
  ('jaypeetee@iqalukpik-coop.ca', 'Jaypeetee', '$2b$12$Q7wE3rT5yU9iO1pA3sD5fOgH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5o'),
  ('elisapee@iqalukpik-coop.ca', 'Elisapee', '$2b$12$Z1xC3vB5nM7qW9eR1tY3uOI5oP7aS9dF1gH3jK5lZ7xC9vB1nM3qW');
""")

add("log/url-password", "logs/sealift-worker-2026-08-03.log", "https://www.rabbitmq.com/docs/uri-spec", """\
2026-08-03T04:10:11Z INFO  worker starting, plant=IQA
2026-08-03T04:10:11Z DEBUG connecting amqp://sealift:@@secret@@@mq.iqalukpik-coop.internal:5672/sealift
2026-08-03T04:10:12Z INFO  connected; consuming queue bookings
2026-08-03T04:22:40Z INFO  booking IQA-26-0418 confirmed, 2 containers, Nivaq
2026-08-03T04:23:02Z WARN  ETA changed for Nivaq: 2026-08-14
""", words_pw())

add("log/decoy-redacted", "logs/portal-2026-08-03.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", """\
2026-08-03T12:01:55Z INFO  login ok user=annie@iqalukpik-coop.ca
2026-08-03T12:02:10Z INFO  POST /api/bookings Authorization=Bearer [REDACTED]
2026-08-03T12:02:10Z INFO  stripe charge ch_3PqT8eKc0opIqa1u created amount=48000 cad
2026-08-03T12:05:44Z WARN  db password=****** rejected for user report_reader
2026-08-03T12:06:01Z INFO  request_id=7f3c9a2e-41b8-4d6a-9e0f-2c5b8a1d7e43 done
""")

add("csv/export-passwords", "exports/dock-kiosk-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
kiosk,location,admin_user,admin_password,notes
DOCK-KIOSK-01,Iqaluit dock,kiosk-admin,@@secret@@,ᐅᑎᖅᑎᑦᑕᐅᔪᖅ Aug 2026
DOCK-KIOSK-02,Plant office,kiosk-admin,(same as 01 until rotated),
DOCK-KIOSK-03,Apex,kiosk-admin,,not installed yet
SCALE-01,Iqaluit dock,scale,,uses token file
""", words_pw())

add("csv/decoy-ids", "exports/harvesters.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
harvester_id,name,community,licence_no,account_uuid
12,Pauloosie K.,Iqaluit,NU-CHAR-2291,8f14e45f-ceea-4672-9a1b-5d3c7e2f0a61
17,Meeka A.,Iqaluit,NU-CHAR-2307,c9f0f895-fb98-4ab2-8e33-1d6f2c4b7a90
21,Jaco N.,Apex,NU-CHAR-2312,45c48cce-2e2d-4fbd-a1c7-93b5e8f0d214
26,Oolootie S.,Iqaluit,NU-CHAR-2320,d3d94468-02a4-4c3b-9f1e-6b8a2c5d7e09
""")

add("notebook/api-key", "analysis/landings_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ᐃᖃᓗᒃᐱᒃ 2026 — landings by week"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "API = 'https://api.iqalukpik-coop.ca/v1/landings'\\n",
    "HEADERS = {'Authorization': 'Bearer @@secret@@'}\\n",
    "df = pd.DataFrame(requests.get(API, headers=HEADERS, params={'season': 2026}).json())"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "iqc_" + rand_pw(32))

add("notebook/decoy-getpass", "analysis/freezer_temps.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "from influxdb_client import InfluxDBClient\\n",
    "token = getpass('Influx token (ᐱᖁᑎ): ')\\n",
    "client = InfluxDBClient(url='http://influx.iqalukpik-coop.internal:8086', token=token, org='iqalukpik')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- services and ops files
add("systemd/env-password", "ops/systemd/coldstore-agent.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=ᓯᑯᓯᐅᑦ freezer agent
After=network-online.target

[Service]
Environment=INFLUX_URL=http://influx.iqalukpik-coop.internal:8086
Environment=INFLUX_PASSWORD=@@secret@@
ExecStart=/usr/local/bin/coldstore-agent --plant IQA
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(20))

add("systemd/decoy-credential", "ops/systemd/sealift-worker.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=ᐅᒥᐊᕐᔪᐊᖅ booking worker

[Service]
LoadCredentialEncrypted=amqp-password:/etc/credstore.encrypted/amqp-password
ExecStart=/opt/sealift/bin/worker --amqp-password-file=${CREDENTIALS_DIRECTORY}/amqp-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("crontab/url-token", "ops/cron/plant.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# ᐱᓕᕆᕝᕕᒃ cron — m h dom mon dow
*/5 * * * * /usr/local/bin/read-scale >> /var/log/scale.log 2>&1
0 3 * * *   /opt/scripts/backup_ledger.sh
15 6 * * 1  curl -fsS "https://api.ice-service.example/v2/charts?region=frobisher-bay&api_key=@@secret@@" -o /srv/ice/latest.json
0 7 * * *   /opt/scripts/pull_ice_charts.sh
""", hexs(32))

add("htpasswd/decoy-hash", "ops/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
annie:$apr1$Iq4lUk9P$1xV6nQ8sT2wY4zA7cE9gH.
jaypeetee:$2y$05$Kx9vR3mQ1pL7sT2nW8yZ0uE5cB4dF6gH8iJ0kL2mN4oP6qR8sT0uK
elisapee:$apr1$Nv3Aq7Rk$Z8bD1fH3jL5nP7rT9vX1z/
portal-monitor:$apr1$Mx2Pq9Ts$C4eG6iK8mO0qS2uW4yA6c.
kiosk:$apr1$Dk5Lw1Ye$E7gI9kM1oQ3sU5wY7aC9e/
""")

add("nginx/basic-auth-header", "ops/nginx/sites/coldstore.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# ᓯᑯᓯᐅᑦ dashboard proxy to Grafana
server {
    listen 443 ssl;
    server_name coldstore.iqalukpik-coop.ca;
    location / {
        proxy_pass http://grafana.iqalukpik-coop.internal:3000;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("viewer:" + words_pw()))

add("procfile/decoy-env", "portal/Procfile", "https://devcenter.heroku.com/articles/procfile", """\
web: gunicorn portal.wsgi --bind 0.0.0.0:$PORT
worker: celery -A portal worker --broker=$REDIS_URL
release: python manage.py migrate --noinput
# ᐱᖁᑎᑦ are config vars: heroku config:set DJANGO_SECRET_KEY=...
# never put values in this file
""")

add("makefile/password-arg", "Makefile", "https://www.gnu.org/software/make/manual/make.html#Recipes", """\
# ᐱᓕᕆᐊᖅ — local tasks
.PHONY: dev seed dump

dev:
\tdocker compose up -d

seed:
\tpsql "postgresql://landing:@@secret@@@localhost:5433/catch_landings" -f db/seed/users.sql

dump:
\tpg_dump -h pg.iqalukpik-coop.internal -U office catch_landings > dump.sql
""", words_pw())

add("jenkinsfile/decoy-credentials", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    NEXUS = credentials('iqalukpik-nexus')   // ᐱᖁᑎ from Jenkins store
  }
  stages {
    stage('deploy') {
      steps { sh 'mvn -s .mvn/settings-ci.xml deploy' }
    }
  }
}
""")

add("azure-pipelines/storage-key", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """\
trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  STORAGE_ACCOUNT: iqalukpikreports
  STORAGE_KEY: '@@secret@@'
steps:
  - script: az storage blob upload-batch -d reports -s out/ --account-name $(STORAGE_ACCOUNT) --account-key $(STORAGE_KEY)
    displayName: ᐅᓂᒃᑳᑦ reports upload
""", rand_pw(86, "+/") + "==")

add("bitbucket/decoy-repo-variable", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """\
image: python:3.12
pipelines:
  default:
    - step:
        name: test and publish
        script:
          - pip install build twine
          - python -m build
          - twine upload -u __token__ -p $PYPI_TOKEN dist/*
""")

# ---------------------------------------------------------------- more code carriers
add("python/json-in-string", "sealift/carrier_client.py", "https://docs.python.org/3/library/json.html", '''\
"""Carrier booking client (ᐅᒥᐊᕐᔪᐊᖅ). The carrier gave us the credentials as a JSON blob."""
import json

CARRIER_CREDS = json.loads('{"account": "IQA-2291", "client_id": "iqalukpik-freight", "client_secret": "@@secret@@"}')


def auth_body() -> dict:
    return {"grant_type": "client_credentials", **CARRIER_CREDS}
''', rand_pw(32))

add("python/smtp-login", "payroll/mail_stubs.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", '''\
"""ᐊᑭᓕᖅᑐᐃᓂᖅ — email pay stubs to harvesters."""
import smtplib
from email.message import EmailMessage


def send(to: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "pay@iqalukpik-coop.ca", to, "ᐊᑭᓕᖅᑕᐅᓂᖅ / pay stub"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="stub.pdf")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("pay@iqalukpik-coop.ca", "@@secret@@")
        s.send_message(msg)
''', words_pw())

add("python/mapbox-secret", "analysis/route_maps.py", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", '''\
"""Draw sealift routes (Iqaluit → Pangnirtung, Kimmirut) for the annual report."""
import requests

MAPBOX_TOKEN = "@@secret@@"

def static_map(path: str) -> bytes:
    url = f"https://api.mapbox.com/styles/v1/mapbox/outdoors-v12/static/path({path})/auto/800x600"
    return requests.get(url, params={"access_token": MAPBOX_TOKEN}, timeout=30).content
''', "sk.eyJ1IjoiaXFhbHVrcGlrIiwiYSI6ImNs" + fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits)
    + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/decoy-mapbox-public", "analysis/web_map.py", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens", '''\
"""Public web map for the co-op website; a pk. token is meant to be public (URL-restricted)."""
MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiaXFhbHVrcGlrIiwiYSI6ImNsd2VibWFwMDAwMWQycXBhb3Q4c2g2In0.Xq3vT8nR2pL6sW0yZ4aB1c"

CENTER = (-68.5170, 63.7467)  # ᐃᖃᓗᐃᑦ
ZOOM = 9
''')

add("python/decoy-fake-fixture", "tests/fixtures/fake_tokens.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''\
"""Fake tokens for unit tests (ᐆᑦᑐᕋᐅᑎᑦ). Not valid anywhere; the API rejects them."""
FAKE_API_TOKEN = "iqc_test_00000000000000000000000000000000"
FAKE_SLACK_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
FAKE_STRIPE_KEY = "sk_test_FAKE_not_a_real_key"
EXPECTED_HEADER = {"Authorization": "Bearer " + FAKE_API_TOKEN}
''')

add("javascript/decoy-firebase-config", "harvester-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """\
// Firebase web config — these values are public by design (ᑕᑯᔭᐅᓇᔭᖅᑐᑦ)
export const firebaseConfig = {
  apiKey: 'AIzaSyD-iqalukpik-web-public-identifier-0',
  authDomain: 'iqalukpik-harvesters.firebaseapp.com',
  projectId: 'iqalukpik-harvesters',
  appId: '1:538201947362:web:7c9e2f1a4b6d8e0c3a5b7d',
};
""")

add("javascript/basic-auth-url", "shop/server/erp_sync.js", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#access_using_credentials_in_the_url", """\
// nightly: push shop orders into the ERP (ᓂᐅᕕᖅᑕᐅᔪᑦ)
const axios = require('axios');

const ERP = 'https://shopsync:@@secret@@@erp.iqalukpik-coop.ca/api/orders';

async function pushOrders(orders) {
  for (const o of orders) {
    await axios.post(ERP, o);
  }
}
module.exports = { pushOrders };
""", words_pw())

add("typescript/twilio-client", "sms-alerts/src/send.ts", "https://www.twilio.com/docs/usage/secure-credentials", """\
import twilio from 'twilio';

// ᐅᖃᓘᑎ — text harvesters when the plant opens for the day
const client = twilio('@@sid@@', '@@secret@@');

export async function plantOpen(to: string) {
  await client.messages.create({ from: '+18679790000', to, body: 'ᐱᓕᕆᕝᕕᒃ ᐅᒃᑯᐃᓯᒪᓕᖅᑐᖅ — the plant is open' });
}
""", hexs(32), sid=twilio_sid())

add("go/decoy-redacted-const", "sealift-api/internal/audit/audit.go", "https://pkg.go.dev/strings#Repeat", """\
package audit

// Redacted stands in for any secret the audit log would otherwise record.
const Redacted = "********"

// ExampleLine shows a redacted line: ᐃᔨᖅᑕᐅᓯᒪᔪᖅ
const ExampleLine = "user=annie action=login password=******** token=[REDACTED]"
""")

add("go/split-token", "scale-reader-go/upload.go", "https://go.dev/ref/spec#String_concatenation", """\
package main

import "net/http"

// token split to keep the line short — ᓄᐃᑕᐅᓂᐊᙱᑦᑐᖅ
var token = "@@a@@" +
	"@@b@@"

func authorize(r *http.Request) { r.Header.Set("PRIVATE-TOKEN", token) }
""", (g := gitlab_token()), a=g[:14], b=g[14:])

add("java/aws-basic-creds", "plant-erp/src/main/java/ca/iqalukpik/erp/Archive.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """\
package ca.iqalukpik.erp;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** ᑐᖅᑯᖅᓯᒪᔪᑦ — archive old invoices to S3. */
public final class Archive {
    static S3Client client() {
        AwsBasicCredentials c = AwsBasicCredentials.create("@@kid@@", "@@secret@@");
        return S3Client.builder().region(Region.CA_CENTRAL_1).credentialsProvider(StaticCredentialsProvider.create(c)).build();
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/decoy-constants", "harvester-app/app/src/main/java/ca/iqalukpik/app/Keys.kt", "https://developer.android.com/privacy-and-security/risks/hardcoded-cryptographic-secrets", """\
package ca.iqalukpik.app

// preference keys only — ᐱᖁᑎᑦ ᐱᑐᙱᑦᑐᑦ (no secrets here)
object Keys {
    const val PREF_API_TOKEN = "api_token"
    const val PREF_PASSWORD = "password"
    const val HEADER_AUTH = "Authorization"
}
""")

add("csharp/decoy-user-secrets", "Accounting/Accounting.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#enable-secret-storage", """\
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <UserSecretsId>7d1c4e9a-2b3f-4a5d-8e6f-0c1b2a3d4e5f</UserSecretsId>
    <RootNamespace>Iqalukpik.Accounting</RootNamespace>
  </PropertyGroup>
</Project>
""")

add("php/wp-config", "website/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// ᐃᖃᓗᒃᐱᒃ co-op website
define( 'DB_NAME', 'coop_wp' );
define( 'DB_USER', 'coop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'iu' );
$table_prefix = 'wp_';
""", words_pw())

add("ruby/database-yml", "freight-rates/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
# ᐊᑭᖏᑦ rates
production:
  adapter: postgresql
  host: db.iqalukpik-coop.internal
  database: freight_rates
  username: rates
  password: <%= ENV.fetch("RATES_DB_PASSWORD", "@@secret@@") %>
""", words_pw())

add("rust/decoy-env", "scale-reader/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
// ᐱᖁᑎᑦ from the environment only
use std::env;

pub fn token() -> String {
    env::var("SCALE_API_TOKEN").expect("SCALE_API_TOKEN not set")
}
""")

add("swift/decoy-plist-ids", "HarvesterApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key><string>ᐃᖃᓗᒃᐱᒃ</string>
  <key>CFBundleIdentifier</key><string>ca.iqalukpik.harvester</string>
  <key>API_BASE_URL</key><string>https://api.iqalukpik-coop.ca/v1</string>
</dict>
</plist>
""")

# ---------------------------------------------------------------- more services
add("yaml/shopify-token", "shop/shopify-sync/config.yml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """\
# ᓂᐅᕕᕐᕕᒃ — sync char stock counts into the Shopify store
shop: iqalukpik-char.myshopify.com
api_version: "2024-07"
admin_access_token: @@secret@@
locations:
  - Iqaluit plant freezer
""", "shpat_" + hexs(32))

add("yaml/datadog", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# ᓯᑯᓯᐅᑦ monitoring on the plant server
api_key: @@secret@@
site: datadoghq.com
hostname: plant-01-iqaluit
tags:
  - plant:iqa
  - team:coldstore
""", hexs(32))

add("yaml/decoy-datadog-env", "ops/datadog/datadog.example.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# example — api key is given by DD_API_KEY in the systemd drop-in
api_key: ENC[datadog_api_key]
site: datadoghq.com
hostname: plant-01-iqaluit
tags:
  - plant:iqa
""")

add("python/huggingface", "translate/asr_upload.py", "https://huggingface.co/docs/hub/security-tokens", '''\
"""Upload the Inuktitut radio-call recordings (ᐅᖃᐅᓯᖅ) dataset, private, for the ASR pilot."""
from huggingface_hub import HfApi

api = HfApi(token="@@secret@@")


def push(folder: str) -> None:
    api.upload_folder(folder_path=folder, repo_id="iqalukpik-coop/iu-radio-calls", repo_type="dataset")
''', fakes.fake("hf_", 34, _seed()))

add("python/anthropic", "translate/review_queue.py", "https://docs.anthropic.com/en/api/getting-started", '''\
"""Second-opinion draft for label translations, before Annie reviews them."""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def second_opinion(text: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=300,
                                 messages=[{"role": "user", "content": f"Inuktitut (syllabics) for: {text}"}])
    return msg.content[0].text
''', "sk-ant-api03-" + rand_pw(93, "_-") + "AA")

add("javascript/mailgun", "website/mail/contact.js", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
// contact form → co-op office (ᑎᑎᖅᑲᐅᔭᖅ)
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const mg = new Mailgun(formData).client({ username: 'api', key: '@@secret@@' });

module.exports = (msg) => mg.messages.create('mg.iqalukpik-coop.ca', {
  from: 'web@iqalukpik-coop.ca', to: 'office@iqalukpik-coop.ca', subject: 'Contact', text: msg,
});
""", "key-" + hexs(32))

add("shell/digitalocean", "scripts/snapshot_droplet.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
#!/usr/bin/env bash
# weekly snapshot of the portal droplet — ᐱᖃᑎᒋᔭᐅᔪᖅ
set -euo pipefail
export DIGITALOCEAN_ACCESS_TOKEN=@@secret@@
doctl compute droplet-action snapshot 401928374 --snapshot-name "portal-$(date +%F)" --wait
doctl compute snapshot list --format Name,CreatedAt | tail -5
""", "dop_v1_" + hexs(64))

add("github-actions/docker-hub-pat", ".github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """\
name: image
on: {push: {branches: [main]}}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: iqalukpikcoop
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with: {push: true, tags: iqalukpikcoop/scale-reader:latest}
""", "dckr_pat_" + rand_pw(27, "_-"))

add("terraform/vault-token", "infra/vault/provider.tf", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs", """\
# ᐱᖁᑎᑦ ᓴᐳᔾᔭᐅᔪᑦ — Vault provider for the plant cluster
provider "vault" {
  address = "https://vault.iqalukpik-coop.internal:8200"
  token   = "@@secret@@"
}

data "vault_kv_secret_v2" "landing" {
  mount = "secret"
  name  = "landing/db"
}
""", "hvs.CAESI" + rand_pw(86, "_-"))

add("ini/grafana", "ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
; ᓯᑯᓯᐅᑦ dashboards
[server]
domain = coldstore.iqalukpik-coop.ca

[security]
admin_user = admin
admin_password = @@secret@@

[auth.anonymous]
enabled = false
""", words_pw())

add("ini/decoy-grafana-file", "ops/grafana/grafana.prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
; password read from a file mounted by the Secret
[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}

[auth.anonymous]
enabled = false
""")

add("python/sentry-auth-token", "tools/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", '''\
"""Upload portal source maps to Sentry after each release (ᓄᑖᖅ ᐱᓕᕆᐊᖅ)."""
import subprocess

SENTRY_AUTH_TOKEN = "@@secret@@"


def upload(release: str) -> None:
    subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload", "--release", release, "dist/"], check=True)
''', "sntrys_" + rand_pw(120))

add("python/decoy-sentry-dsn-env", "portal/portal/sentry.py", "https://docs.sentry.io/platforms/python/configuration/options/#dsn", '''\
"""Sentry set-up; the DSN comes from the environment (ᐊᕙᑎ)."""
import os
import sentry_sdk

sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), environment="prod", traces_sample_rate=0.1)
TAGS = {"plant": "IQA"}
''')

add("ansible/github-pat-in-url", "ops/ansible/roles/portal/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/git_module.html", """\
# ᐊᓯᐊᓅᖅᑎᑦᑎᓂᖅ — portal deploy source
portal_repo: "https://x-access-token:@@secret@@@github.com/iqalukpik-coop/freight-portal.git"
portal_version: v3.2.0
portal_dir: /opt/portal
portal_user: portal
""", fakes.github_fine_grained_token(_seed()))

add("json/composer-auth", "website/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", """\
{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@secret@@"
        }
    }
}
""", hexs(40))

add("toml/cargo-credentials", "ops/dotfiles/cargo-credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# publish scale-reader crates to the co-op registry
[registries.iqalukpik]
token = "@@secret@@"

[registry]
# crates.io: cargo login keeps it in the OS keyring (ᐃᔨᖅᑕᐅᔪᖅ)
""", "cio" + rand_pw(32))

add("yaml/gem-credentials", "ops/dotfiles/gem-credentials", "https://guides.rubygems.org/api-key-scopes/", """\
---
# ᐊᑭᖏᑦ rates gem
:rubygems_api_key: @@secret@@
:github: Bearer <set by CI>
:updated: 2026-07-02
""", "rubygems_" + hexs(48))

add("xml/decoy-web-config-transform", "Accounting/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Ledger" connectionString="__LEDGER_CONNECTION__" xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <!-- ᐊᑭᓕᐅᑎᑦ: token replaced by the release pipeline -->
</configuration>
""")

add("xml/web-config-password", "Accounting/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="Ledger" connectionString="Data Source=fs01;Initial Catalog=ledger;User Id=ledger_app;Password=@@secret@@;" providerName="System.Data.SqlClient"/>
  </connectionStrings>
  <appSettings><add key="Plant" value="Iqaluit"/></appSettings>
</configuration>
""", words_pw())

add("json/azure-storage-conn", "functions/coldstore-archive/local.settings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=iqalukpikarchive;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "PLANT": "IQA"
  }
}
""", rand_pw(86, "+/") + "==")

add("json/decoy-local-settings", "functions/coldstore-archive/local.settings.example.json", "https://learn.microsoft.com/en-us/azure/azure-functions/functions-develop-local#local-settings-file", """\
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "python",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "PLANT": "IQA"
  }
}
""")

# ---------------------------------------------------------------- decoys: the tempting kinds
add("yaml/decoy-jwt-public-jwks", "portal-api/config/jwks.yml", "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.1", """\
# public keys the portal uses to verify tokens — ᑕᑯᔭᐅᓇᔭᖅᑐᑦ (public)
keys:
  - kty: RSA
    kid: iqa-2026-07
    use: sig
    alg: RS256
    e: AQAB
    n: 0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw
""")

add("python/decoy-uuid-ids", "sealift/vessels.py", "https://docs.python.org/3/library/uuid.html", '''\
"""Vessel ids used by the carrier API (ids, not secrets) — ᐅᒥᐊᕐᔪᐊᑦ."""
VESSELS = {
    "Nivaq": "3b8f2c1e-7a4d-4e9b-b0c6-5d2e8f1a9c37",
    "Qamutik": "9e1d4a7c-2b6f-4c8e-a3d5-0f7b9c2e4a61",
    "Umiaq II": "c4a7e9b2-6d1f-4b3a-8e5c-7f0d2a9b1e48",
}
CARRIER_ACCOUNT = "IQA-2291"
''')

add("yaml/decoy-ciphertext-sops", "deploy/secrets/sealift.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
database_password: ENC[AES256_GCM,data:Tr8cX2vQ9pLmZ4nB,iv:Qk3vR1zT8yU5wE2aS7dF0gH4jK6lM9nP0oI2uY4tR6e=,tag:Zx9cV7bN5mA3sD1fG8hJ2k==,type:str]
slack_bot_token: ENC[AES256_GCM,data:8hJ2kL4zX6cV8bN0mQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8sD0f,iv:Lm3nB5vC7xZ9aS1dF3gH5jK7lP9oI1uY3tR5eW7qQ9=,tag:Aa1Bb2Cc3Dd4Ee5Ff6Gg7Q==,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2026-08-01T18:22:10Z"
    version: 3.9.0
""")

add("markdown/decoy-rotated", "docs/notes/incident-2026-06.md", "https://www.markdownguide.org/basic-syntax/", """\
# Incident 2026-06-18 — ᐊᑲᐅᙱᓕᐅᕈᑎ

The Slack webhook for #umiarjuaq was pasted in a public gist.

- The old webhook was **revoked** within 20 minutes; Slack confirmed it no longer works.
- New webhook is only in Vault at `secret/sealift/slack`.
- Value in the gist: `https://hooks.slack.com/services/T0******/B0******/****` (masked here).

ᐃᓕᓐᓂᐊᖅᑕᕗᑦ — lesson: never paste hooks in chat.
""")

add("dotenv/decoy-test-keys", "shop/.env.test", DOTENV, """\
# Stripe test mode only (ᐆᑦᑐᕋᐅᑎ) — no real charges
STRIPE_SECRET_KEY=sk_test_placeholder_for_ci
STRIPE_PUBLISHABLE_KEY=pk_test_placeholder_for_ci
DB_PASSWORD=test
NODE_ENV=test
""")

add("yaml/decoy-openapi-example", "portal-api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """\
openapi: 3.0.3
info: {title: Iqalukpik landing API, version: "1.4"}
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: "Your key from the portal, e.g. iqc_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
security: [{ApiKeyAuth: []}]
""")

add("python/decoy-hmac-verify", "shop/server/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", '''\
"""Verify Stripe webhook signatures (ᓇᓗᓇᐃᖅᓯᒍᑎ); the signing secret comes from the env."""
import os
import stripe

ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


def event(payload: bytes, sig_header: str):
    return stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
''')

add("shell/decoy-generate", "scripts/new_password.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """\
#!/usr/bin/env bash
# make a new password and put it straight in Vault — ᓄᑖᖅ ᐱᖁᑎ
set -euo pipefail
NEW=$(openssl rand -base64 24)
vault kv put secret/landing/db password="$NEW"
echo "stored; nothing printed"
""")

add("ini/decoy-pip-conf", "ops/dotfiles/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://nexus.iqalukpik-coop.internal/repository/pypi/simple
trusted-host = nexus.iqalukpik-coop.internal
timeout = 60
""")

add("toml/decoy-pyproject", "sealift-booking/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """\
[project]
name = "sealift-booking"
version = "2.4.1"
description = "ᐅᒥᐊᕐᔪᐊᒃᑯᑦ sealift booking tools for the Iqalukpik co-op"
dependencies = ["requests>=2.31", "psycopg[binary]>=3.1"]

[tool.pytest.ini_options]
env = ["DB_PASSWORD=test"]
""")

add("json/decoy-i18n-labels", "portal-api/src/locales/iu.json", "https://www.i18next.com/misc/json-format", """\
{
  "login.password": "ᐱᖁᑎ",
  "login.token": "ᐊᑐᐃᓐᓇᐅᑎᑦᑎᔾᔪᑎ",
  "login.submit": "ᐃᓯᕐᓗᑎᑦ",
  "error.password_wrong": "ᐱᖁᑎ ᑕᒻᒪᖅᑐᖅ",
  "booking.secret_note": "ᓇᓗᓇᐃᖅᓯᒍᑎ"
}
""")

add("log/decoy-hash-ids", "logs/git-deploy.log", "https://git-scm.com/docs/git-log", """\
2026-08-02 deploy portal 4e1f9c2a7b3d8e0f5a6c1b9d2e7f4a3c8b0d5e6f ok
2026-08-02 deploy sealift-api a9c3e7b1d5f2048e6a1c3b5d7f9e0a2c4b6d8e1f ok
2026-08-03 deploy landing 7d2e9f4a1c6b3e8d0f5a2c7b9e4d1f6a3c8b0e5d rollback
2026-08-03 deploy landing 1b6d3f8a0c5e2b7d4f9a1c6e3b8d0f5a2c7e9b4d ok
# ᐱᓕᕆᐊᑦ — commit ids only
""")

add("k8s/decoy-external-secret", "deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sealift-db
spec:
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  target: {name: sealift-db}
  data:
    - secretKey: password
      remoteRef: {key: secret/sealift/db, property: password}
""")

add("terraform/decoy-data-source", "infra/ledger_password.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """\
# ᐱᖁᑎ from Secrets Manager, never in state files we commit
data "aws_secretsmanager_secret_version" "ledger" {
  secret_id = "ledger/db"
}

locals {
  ledger_password = jsondecode(data.aws_secretsmanager_secret_version.ledger.secret_string)["password"]
}
""")

# ---------------------------------------------------------------- more secrets, varied carriers
add("k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", """\
# ᐱᓕᕆᕝᕕᒃ registry pull secret
apiVersion: v1
kind: Secret
metadata:
  name: coop-registry
  namespace: landing
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (rp := rand_pw(26)), enc=b64('{"auths":{"registry.iqalukpik-coop.ca":{"username":"puller","password":"' + rp + '"}}}'))

add("k8s-secret/tls-key", "deploy/k8s/portal-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: portal-tls
  namespace: portal
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUIqalukpikCoopPortal2026MAoGCCqGSM49BAMCMC8x
    -----END CERTIFICATE-----
  tls.key: |
    @@key@@
""", (pk := fakes.fake_pem(_seed(), "EC")), key=pk.replace("\n", "\n    "))

add("yaml/spring-datasource", "plant-erp/src/main/resources/application-iqa.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", """\
# ᐱᓕᕆᕝᕕᒃ IQA profile
spring:
  datasource:
    url: jdbc:postgresql://erp-db.iqalukpik-coop.internal:5432/erp
    username: erp_app
    password: '@@secret@@'
  mail:
    host: smtp.office365.com
""", words_pw())

add("python/decoy-keyring", "payroll/creds.py", "https://pypi.org/project/keyring/", '''\
"""SFTP password from the OS keyring (ᐃᔨᖅᑕᐅᔪᖅ), set once by the payroll clerk."""
import keyring

SERVICE = "iqalukpik-payroll-sftp"


def sftp_password() -> str:
    return keyring.get_password(SERVICE, "iqalukpik_coop") or ""
''')

add("python/pem-in-code", "sealift/edi_sign.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_private_key", '''\
"""Sign EDI booking messages for the carrier (ᐅᒥᐊᕐᔪᐊᖅ)."""
from cryptography.hazmat.primitives import serialization

KEY_PEM = b"""@@secret@@"""

KEY = serialization.load_pem_private_key(KEY_PEM, password=None)
''', fakes.fake_pem(_seed(), "RSA"))

add("ruby/slack-webhook", "freight-rates/lib/notify.rb", "https://api.slack.com/messaging/webhooks", """\
# ᐊᑭᖏᑦ ᐊᓯᔾᔨᖅᑐᑦ — tell #umiarjuaq when carrier rates change
require 'net/http'
require 'json'

WEBHOOK = URI('@@secret@@')

def rate_changed(dest, old, new)
  Net::HTTP.post(WEBHOOK, { text: "#{dest}: $#{old} → $#{new} per m3" }.to_json, 'Content-Type' => 'application/json')
end
""", slack_webhook())

add("php/stripe", "website/donate/charge.php", "https://docs.stripe.com/api/authentication", """\
<?php
// ᐃᑲᔪᖅᓯᓂᖅ — donations for the youth harvest programme
require __DIR__ . '/../vendor/autoload.php';

$stripe = new \\Stripe\\StripeClient('@@secret@@');

$session = $stripe->checkout->sessions->create([
    'mode' => 'payment',
    'line_items' => [['price' => 'price_1PqT8eKc0opDonate25', 'quantity' => 1]],
    'success_url' => 'https://iqalukpik-coop.ca/qujannamiik',
]);
""", stripe_key("rk_live_"))

add("csharp/twilio", "Accounting/Sms.cs", "https://www.twilio.com/docs/libraries/reference/twilio-csharp", """\
using Twilio;
using Twilio.Rest.Api.V2010.Account;

// ᐊᑭᓕᖅᑕᐅᓂᖅ — text harvesters when pay is deposited
public static class Sms
{
    public static void Init() => TwilioClient.Init("@@sid@@", "@@secret@@");

    public static void PayDone(string to) =>
        MessageResource.Create(to: new Twilio.Types.PhoneNumber(to), from: new Twilio.Types.PhoneNumber("+18679790000"), body: "ᐊᑭᓕᖅᑕᐅᓯᒪᓕᖅᐳᑎᑦ");
}
""", hexs(32), sid=twilio_sid())

add("go/sendgrid", "sealift-api/internal/mail/mail.go", "https://github.com/sendgrid/sendgrid-go#quick-start", """\
package mail

import "github.com/sendgrid/sendgrid-go"

// ᑎᑎᖅᑲᐃᑦ — manifest emails
var client = sendgrid.NewSendClient("@@secret@@")

func Client() *sendgrid.Client { return client }
""", sendgrid_key())

add("kotlin/database", "harvester-sync/src/main/kotlin/Sync.kt", "https://jdbc.postgresql.org/documentation/use/", """\
import java.sql.DriverManager

// ᐊᑦᑕᓇᖅᑐᖅ: offline sync from the dock tablet to the plant DB
fun main() {
    val conn = DriverManager.getConnection(
        "jdbc:postgresql://pg.iqalukpik-coop.internal:5432/catch_landings?user=tablet&password=@@secret@@"
    )
    conn.use { println("ᐊᑕᑎᑦᑕᐅᓕᖅᑐᖅ — connected: ${it.metaData.databaseProductVersion}") }
}
""", rand_pw(20))

add("typescript/gitlab-token", "tools/release-notes/src/index.ts", "https://docs.gitlab.com/ee/api/rest/authentication.html#personalprojectgroup-access-tokens", """\
import { Gitlab } from '@gitbeaker/rest';

// release notes in English and ᐃᓄᒃᑎᑐᑦ
const api = new Gitlab({ host: 'https://gitlab.com', token: '@@secret@@' });

export async function notes(projectId: number, tag: string) {
  const mrs = await api.MergeRequests.all({ projectId, state: 'merged', targetBranch: 'main' });
  return mrs.map((m) => `- ${m.title}`).join('\\n') + `\\n\\n${tag}`;
}
""", gitlab_token())

add("ansible/inventory-password", "ops/ansible/inventory/plant.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# ᐱᓕᕆᕝᕕᒃ hosts
all:
  children:
    plant:
      hosts:
        dock-kiosk-01:
          ansible_host: 10.42.0.31
          ansible_user: kiosk-admin
          ansible_password: "@@secret@@"
          ansible_connection: winrm
""", words_pw())

add("powershell/azure-sp", "ops/windows/Connect-Coop.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", """\
# ᐊᑭᓕᐅᑎᑦ nightly job — sign in as the service principal
$tenant = '5b1e2a7c-93d4-4f0a-b6e1-0c2d8f7a9e34'
$appId  = 'd3a9f6b2-1c7e-4b58-9a0d-6e2f4c8b1a75'
$secret = ConvertTo-SecureString -String "@@secret@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Get-AzStorageAccount -ResourceGroupName rg-iqalukpik | Select-Object StorageAccountName
""", azure_secret())

add("markdown/readme-curl", "sealift-api/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# sealift-api — ᐅᒥᐊᕐᔪᐊᒃᑯᑦ ᐊᐅᓪᓚᑎᑕᐅᔪᑦ

Booking API for the Iqalukpik co-op's sealift containers.

## Try it

```sh
curl -u freight:@@secret@@ https://sealift.iqalukpik-coop.ca/api/bookings?season=2026
```

## Develop

`make dev` starts Postgres and the API on :8080.
""", words_pw())

add("text/wiki-ssh-key", "docs/wiki/dock-tablet-ssh.txt", "https://man.openbsd.org/ssh-keygen.1", """\
Dock tablet SSH key (ᐅᒪᔪᖅ tablet at the Iqaluit dock)
Paste into ~/.ssh/id_ed25519 on the office laptop:

@@secret@@

then: chmod 600 ~/.ssh/id_ed25519 && ssh tablet@10.42.0.40
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("shell/helm-set-string", "ops/notes/helm-upgrade.sh", "https://helm.sh/docs/helm/helm_upgrade/", """\
#!/usr/bin/env bash
# ᐅᒥᐊᕐᔪᐊᖅ chart upgrade, Aug 2026
helm upgrade --install sealift charts/sealift \\
  -n sealift \\
  --set postgresql.auth.password='@@secret@@' \\
  --set image.tag=2.4.1
kubectl -n sealift rollout status deploy/sealift-api
""", words_pw())

add("python/requests-auth-tuple", "coldstore/grafana_snapshot.py", "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication", '''\
"""Weekly freezer snapshot PDF for the board (ᑲᑎᒪᔩᑦ)."""
import requests

GRAFANA = "https://coldstore.iqalukpik-coop.ca"


def snapshot(dashboard_uid: str) -> bytes:
    r = requests.get(f"{GRAFANA}/api/dashboards/uid/{dashboard_uid}", auth=("reports", "@@secret@@"), timeout=30)
    r.raise_for_status()
    return r.content
''', words_pw())

add("ini/supervisor", "ops/supervisor/sealift.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """\
; ᐅᒥᐊᕐᔪᐊᖅ worker under supervisor on the old VM
[program:sealift-worker]
command=/opt/sealift/bin/worker
environment=AMQP_URL="amqp://sealift:@@secret@@@mq.iqalukpik-coop.internal:5672/sealift",PLANT="IQA"
autorestart=true
user=sealift
""", rand_pw(18))

add("dotenv/mqtt", "coldstore/sensors/.env", DOTENV, """\
# ᓯᑯᓯᐅᑦ sensors → MQTT broker in the plant
MQTT_HOST=mqtt.iqalukpik-coop.internal
MQTT_PORT=8883
MQTT_USER=freezer-sensors
MQTT_PASS='@@secret@@'
TOPIC_PREFIX=iqa/freezers
""", rand_pw(22, "-_"))

add("dotenv/openai", "translate/.env", DOTENV, """\
# ᐅᖃᐅᓯᖅ label drafts (reviewed by a speaker before print)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
REVIEWER=annie@iqalukpik-coop.ca
OUTPUT_DIR=labels/drafts
""", fakes.openai_key(_seed(), "svcacct"))

# ---------------------------------------------------------------- last secrets
add("markdown/inuktitut-note", "docs/notes/ᐅᒥᐊᕐᔪᐊᖅ-2026.md", "https://www.markdownguide.org/basic-syntax/", """\
# ᐅᒥᐊᕐᔪᐊᖅ 2026 — ᐅᖃᐅᓯᐅᔪᑦ

- ᐅᒥᐊᕐᔪᐊᖅ Nivaq ᑎᑭᓂᐊᖅᑐᖅ ᐊᐅᒡᒐᓯ 14.
- ᑳᕆᐅᕆᔭᐅᔪᖅ portal: https://portal.arctic-carrier.example
- ᐊᑐᖅᑎ (user): iqalukpik-freight
- ᐱᖁᑎ (password): @@secret@@
- ᐊᐱᖅᓱᕆᐊᖃᖅᐳᑎᑦ Jaypeetee ᐊᑲᐅᙱᑉᐸᑦ.
""", words_pw())

add("compose/url-password", "analysis/docker-compose.yml", COMPOSE, """\
# ᓇᓗᓇᐃᖅᑕᐅᓯᒪᔪᑦ — Metabase for landings dashboards
services:
  metabase:
    image: metabase/metabase:v0.50.0
    ports: ["3000:3000"]
    environment:
      MB_DB_CONNECTION_URI: "postgres://metabase:@@secret@@@pg.iqalukpik-coop.internal:5432/metabase"
""", rand_pw(20))

add("json/slack-app-manifest-token", "bots/slack/tokens.json", "https://api.slack.com/authentication/token-types#user", """\
{
  "team": "iqalukpik-coop",
  "bot_user": "umiarjuaq-eta",
  "bot_token": "@@secret@@",
  "channels": ["#umiarjuaq", "#iqalukpik-landings"],
  "installed_by": "elisapee"
}
""", slack_bot())

add("swift/basic-auth", "HarvesterApp/Sources/ScaleClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest/2011508-setvalue", """\
import Foundation

// dock scale's local HTTP API — ᐅᖁᒪᐃᓐᓂᖓ
struct ScaleClient {
    let base = URL(string: "http://10.42.0.50:8080")!
    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue("Basic @@secret@@", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", b64("scale:" + words_pw()))

add("rust/stripe", "shop-worker/src/stripe.rs", "https://docs.rs/async-stripe/latest/stripe/struct.Client.html", """\
// ᓂᐅᕕᕐᕕᒃ refunds worker
use stripe::Client;

pub fn client() -> Client {
    Client::new("@@secret@@")
}
""", stripe_key("sk_live_"))

add("csv/decoy-masked-export", "exports/api-tokens-audit.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
token_id,owner,prefix,last4,created,revoked
tok_0418,annie,iqc_,a9Qz,2026-03-01,no
tok_0419,jaypeetee,iqc_,7LmK,2026-04-11,yes
tok_0427,scale-reader,glpat-,x2Vb,2026-05-02,no
tok_0433,eta-bot,xoxb-,****,2026-06-18,yes
""")

add("markdown/decoy-readme-placeholders", "landing-app/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# landing-app — ᐃᖃᓗᒃᐱᒃ ᑎᑭᓯᒪᔪᑦ

Records each harvester's landed Arctic char at the Iqaluit dock.

## Configure

```sh
export DB_PASSWORD=...        # from the vault
export STRIPE_SECRET_KEY=sk_live_<redacted>
export SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
```
""")

add("html/decoy-docs-example", "docs/site/api.html", "https://html.spec.whatwg.org/multipage/", """\
<!DOCTYPE html>
<html lang="en">
<body>
<h2>Authentication / ᐃᓯᕐᓂᖅ</h2>
<p>Example request (replace the token with yours):</p>
<pre>curl -H "Authorization: Bearer YOUR_API_TOKEN" https://api.iqalukpik-coop.ca/v1/landings</pre>
<p>Tokens start with <code>iqc_</code>.</p>
</body>
</html>
""")

add("xml/decoy-android-strings", "harvester-app/app/src/main/res/values-iu/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">ᐃᖃᓗᒃᐱᒃ</string>
    <string name="password_hint">ᐱᖁᑎ</string>
    <string name="api_token_label">ᐊᑐᐃᓐᓇᐅᑎᑦᑎᔾᔪᑎ</string>
    <string name="login">ᐃᓯᕐᓗᑎᑦ</string>
</resources>
""")

add("shell-history/decoy-prompts", "ops/notes/history-office-pc.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
  301  psql -h pg.iqalukpik-coop.internal -U office -W catch_landings
  302  docker login registry.iqalukpik-coop.ca --username iqalukpik-ci --password-stdin < ~/.ci-token
  303  vault login -method=oidc
  304  aws sso login --profile coldstore-admin
  305  exit
""")

add("ini/decoy-gitconfig", "ops/dotfiles/gitconfig", "https://git-scm.com/docs/git-config", """\
[user]
    name = Elisapee
    email = elisapee@iqalukpik-coop.ca
[credential]
    helper = manager
[commit]
    gpgsign = true
    signingkey = 3AA5C34371567BD2
""")

add("yaml/decoy-gh-oidc", ".github/workflows/aws-oidc.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: coldstore deploy
on: {push: {branches: [main]}}
permissions: {id-token: write, contents: read}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381944720016:role/gh-coldstore-deploy
          aws-region: ca-central-1
""")

add("go/decoy-example-key", "sealift-api/internal/sign/example_test.go", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
package sign

// AWS's documented example keys (not real), used to check our request signer.
const (
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	exampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)
""")

add("python/pypi-upload", "sealift-booking/publish.py", "https://twine.readthedocs.io/en/stable/#environment-variables", '''\
"""Publish sealift-booking to PyPI (ᓄᑖᖅ ᐱᓕᕆᐊᖅ release)."""
import os
import subprocess

os.environ["TWINE_USERNAME"] = "__token__"
os.environ["TWINE_PASSWORD"] = "@@secret@@"

subprocess.run(["python", "-m", "twine", "upload", "dist/*"], check=True)
''', fakes.pypi_token(_seed()))

add("github-actions/aws-keys", ".github/workflows/coldstore-sync.yml", "https://github.com/aws-actions/configure-aws-credentials#credentials", """\
name: coldstore sync
on: {schedule: [{cron: '0 * * * *'}]}
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: ca-central-1
      - run: aws s3 sync s3://iqalukpik-coldstore-logs ./logs   # ᓯᑯᓯᐅᑦ
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("javascript/telegram-env-fallback", "bots/ice-bot.js", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
// ᓯᑯ — ice reports for harvesters going out on Frobisher Bay
const TelegramBot = require('node-telegram-bot-api');

const token = process.env.TELEGRAM_TOKEN || '@@secret@@';
const bot = new TelegramBot(token, { polling: false });

module.exports = (text) => bot.sendMessage(-1001873004455, text);
""", fakes.telegram_token(_seed()))
