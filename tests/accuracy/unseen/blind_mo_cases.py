"""Blind set MO: a Manx-language (Gaelg) TT-races ticketing office and the Peel kipper smokehouse.

The TT grandstand box office (ticket sales, ferry and campsite bundles, marshal rosters, payment
processors, mail senders) and the smokehouse at Purt ny h-Inshey (Peel: kiln sensors, mail order,
courier labels, stock sheets), with notes partly in Gaelg, and their decoys.
Generated fakes only (seeds 7480000-7489999).
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
_SEED = [7480000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7480000 <= _SEED[0] < 7490000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Skeddan", "Kiaull", "Baatey", "Thalloo", "Ellan", "Vannin", "Purt", "Keeill", "Feeagh", "Moddey",
         "Snaefell", "Ramsey", "Laxey", "Doolish", "Kione", "Fenella", "Tynwald", "Gharree", "Creg", "Tholt"]
LOWER = ["kipper", "oak", "smoke", "herring", "ferry", "grandstand", "bray", "hill", "gooseneck", "ballaugh",
         "kirk", "michael", "sulby", "quarry", "glen", "helen"]


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


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


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
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(
        ('{"sub":"box-office-%d","scope":"tickets:write","iat":%d}' % (r.randint(100, 999), r.randint(1700000000, 1790000000))).encode()
    ).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the @@name@@ markers (@@secret@@ is the secret) and keep the case."""
    if secret is not None:
        text = text.replace("@@secret@@", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCS_ENV = "https://12factor.net/config"
DOCS_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOCS_COMPOSE = "https://docs.docker.com/compose/environment-variables/"
DOCS_GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
DOCS_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
DOCS_ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
DOCS_STRIPE = "https://docs.stripe.com/keys"
DOCS_PG = "https://www.postgresql.org/docs/current/libpq-connect.html"
DOCS_MD = "https://commonmark.org/help/"
DOCS_SLACK = "https://api.slack.com/messaging/webhooks"


# ---------------------------------------------------------------- .env files

add("blind-mo/dotenv/stripe", "boxoffice/.env.production", DOCS_STRIPE, """\
# Oik tiggadyn TT - Grandstand box office
APP_ENV=production
TICKET_CURRENCY=GBP
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
SEASON=2027
""", stripe_key(), pk=rand_pw(24))

add("blind-mo/dotenv/decoy-placeholder", "boxoffice/.env.example", DOCS_ENV, """\
# Copy to .env and fill in (cur stiagh ny keeaghyn)
APP_ENV=development
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
DATABASE_URL=postgres://tt:<password>@localhost:5432/tickets
SENDGRID_API_KEY=
""")

add("blind-mo/dotenv/postgres", "smokehouse/.env", DOCS_PG, """\
# Thie-smookey Purt ny h-Inshey - mail order shop
SHOP_NAME=Peel Kippers
DATABASE_URL=postgresql://kipper_shop:@@secret@@@db.peel.internal:5432/orders
KILN_POLL_SECONDS=30
DEFAULT_COURIER=royal-mail
""", rand_pw(22))

add("blind-mo/dotenv/sendgrid", "mailer/.env.local", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """\
MAIL_FROM=tiggadyn@tt-grandstand.im
MAIL_FROM_NAME="TT Oik Tiggadyn"
SENDGRID_API_KEY=@@secret@@
# gura mie ayd - confirmation mails go out in Gaelg and English
MAIL_LOCALES=gv,en
""", sendgrid_key())

add("blind-mo/dotenv/decoy-env-reference", "mailer/.env.ci", DOCS_GHA, """\
# CI only - values come from GitHub Actions secrets
MAIL_FROM=tiggadyn@tt-grandstand.im
SENDGRID_API_KEY=${SENDGRID_API_KEY}
STRIPE_SECRET_KEY=${{ secrets.STRIPE_SECRET_KEY }}
DATABASE_URL=${DATABASE_URL:-postgres://localhost/tickets_test}
""")

add("blind-mo/dotenv/twilio", "sms/.env", "https://www.twilio.com/docs/iam/credentials/api", """\
# SMS reminders: "Cooinee - ta'n rass jiu!" (remember, race today)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+447624000111
SMS_QUIET_HOURS=22-07
""", hexs(32), sid=twilio_sid())

add("blind-mo/dotenv/decoy-masked", "sms/.env.dump.txt", DOCS_ENV, """\
# output of `heroku config` pasted for the handover, values masked by the CLI
TWILIO_ACCOUNT_SID:  AC****************************a91
TWILIO_AUTH_TOKEN:   ********************************
TWILIO_FROM:         +447624000111
REDIS_URL:           redis://:****@redis.tt-grandstand.im:6379/0
""")

add("blind-mo/dotenv/redis", "queue/.env", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", """\
# Scuirr ny tiggadyn (ticket queue) for race-week surges
QUEUE_BACKEND=redis
REDIS_URL=redis://default:@@secret@@@queue.tt-grandstand.im:6379/2
QUEUE_MAX_WAIT=900
QUEUE_PAGE_TITLE="Fuirree, my sailt eh (please wait)"
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- Python

add("blind-mo/python/stripe", "boxoffice/payments/checkout.py", DOCS_STRIPE, """\
\"\"\"Checkout for grandstand seats and Glencrutchery Road hospitality.\"\"\"
import stripe

# TODO: move to env before the TT - ny jean jarrood!
stripe.api_key = "@@secret@@"


def create_session(order):
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": p, "quantity": q} for p, q in order.items],
        success_url="https://tiggadyn.tt-grandstand.im/gura-mie-ayd",
        cancel_url="https://tiggadyn.tt-grandstand.im/basket",
    )
""", stripe_key("rk_live_"))

add("blind-mo/python/decoy-env-reference", "boxoffice/payments/settings.py", DOCS_ENV, """\
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
# publishable key is public by design (shown in the browser)
STRIPE_PUBLISHABLE_KEY = "pk_live_@@pk@@"
CURRENCY = "gbp"
""", pk=rand_pw(24))

add("blind-mo/python/django", "smokehouse/shop/settings.py", "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", """\
# Peel kipper shop - Django settings
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = '@@secret@@'
DEBUG = False
ALLOWED_HOSTS = ["kippers.peel.im", "www.kippers.peel.im"]
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", "English"), ("gv", "Gaelg")]
TIME_ZONE = "Europe/Isle_of_Man"
""", fakes.django_secret_key(_seed()))

add("blind-mo/python/decoy-test-fixture", "smokehouse/shop/tests/test_settings.py", "https://docs.djangoproject.com/en/stable/topics/testing/", """\
# Test settings - fake values, nothing here is used outside pytest
from shop.settings import *  # noqa

SECRET_KEY = "test-not-secret-kipper-shop"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
""")

add("blind-mo/python/aws", "smokehouse/kiln/upload_readings.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Push kiln temperature readings (oak smoke, 30 C cold-smoke) to S3 every hour.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def push(path):
    s3.upload_file(path, "peel-kiln-readings", path.rsplit("/", 1)[-1])
""", *aws_pair()[1:], kid=fakes.aws_key_id(_seed()))

add("blind-mo/python/slack-webhook", "boxoffice/alerts.py", DOCS_SLACK, """\
import json
import urllib.request

# Raaue (alert) when the grandstand sells out
WEBHOOK = "@@secret@@"


def sold_out(day):
    body = json.dumps({"text": f"Ta'n grandstand lane - {day} sold out"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
""", slack_webhook())

add("blind-mo/python/decoy-hash", "boxoffice/tickets/verify.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib
import hmac

# sha256 of the barcode seed list shipped in release 2027.2 (checked at the turnstiles)
BARCODE_LIST_SHA256 = "@@h@@"


def list_is_intact(data: bytes) -> bool:
    return hmac.compare_digest(hashlib.sha256(data).hexdigest(), BARCODE_LIST_SHA256)
""", h=sha256ish())

_pw = rand_pw(24)
add("blind-mo/python/split-password", "smokehouse/stock/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """\
import psycopg

# Stock of kippers, smoked salmon and queenies
PASSWORD = ("@@a@@"
            "@@b@@")

conn = psycopg.connect(host="db.peel.internal", dbname="stock", user="stock_rw", password=PASSWORD)
""", _pw, a=_pw[:12], b=_pw[12:])


add("blind-mo/python/decoy-secret-manager", "boxoffice/payments/keys.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", """\
from google.cloud import secretmanager

PROJECT = "tt-grandstand-prod"


def stripe_key() -> str:
    client = secretmanager.SecretManagerServiceClient()
    name = f"projects/{PROJECT}/secrets/stripe-secret-key/versions/latest"
    return client.access_secret_version(name=name).payload.data.decode()
""")

add("blind-mo/python/telegram", "smokehouse/kiln/bot.py", "https://core.telegram.org/bots/api", """\
\"\"\"Telegram bot: tells the smoker when kiln 2 drops below 26 C (ta'n aiee feer feayr).\"\"\"
import requests

TOKEN = "@@secret@@"
CHAT_ID = -1001234567890


def warn(temp_c: float) -> None:
    requests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": f"Kiln 2: {temp_c:.1f} C"}, timeout=10)
""", fakes.telegram_token(_seed()))

add("blind-mo/python/openai", "boxoffice/translate/gaelg.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Draft Gaelg versions of the ticket emails; a Manx speaker checks every one before it ships.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def draft(english: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Translate to Manx Gaelic: " + english}],
    )
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-mo/python/decoy-placeholder", "boxoffice/translate/config_sample.py", "https://platform.openai.com/docs/quickstart", """\
# Copy to config_local.py (not committed) and put your own key in
OPENAI_API_KEY = "sk-proj-REPLACE_ME"
MODEL = "gpt-4o-mini"
REVIEWER_EMAIL = "gaelg@tt-grandstand.im"
MAX_DRAFTS_PER_DAY = 200
""")

# ---------------------------------------------------------------- JavaScript / TypeScript

add("blind-mo/typescript/stripe-webhook", "web/src/server/stripeWebhook.ts", "https://docs.stripe.com/webhooks#verify-events", """\
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
// signing secret for the grandstand endpoint (dashboard > webhooks)
const endpointSecret = "@@secret@@";

export function verify(body: Buffer, sig: string): Stripe.Event {
  return stripe.webhooks.constructEvent(body, sig, endpointSecret);
}
""", fakes.fake("whsec_", 32, _seed()))

add("blind-mo/javascript/mailgun", "smokehouse/orders/notify.js", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """\
// Dispatch note to customers: "Ta dty skeddan er y raad!" (your kippers are on the way)
const formData = require("form-data");
const Mailgun = require("mailgun.js");

const mg = new Mailgun(formData).client({ username: "api", key: "@@secret@@", url: "https://api.eu.mailgun.net" });

module.exports = (order) => mg.messages.create("mg.kippers.peel.im", {
  from: "Peel Kippers <orders@kippers.peel.im>",
  to: order.email,
  subject: "Ta dty skeddan er y raad",
  text: `Order ${order.id} left the smokehouse today.`,
});
""", mailgun_key())

add("blind-mo/javascript/decoy-public-key", "web/src/config/maps.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
// Browser Maps key: restricted by HTTP referrer to *.tt-grandstand.im, safe to ship
export const MAPS_BROWSER_KEY = process.env.NEXT_PUBLIC_MAPS_KEY;
export const COURSE_CENTRE = { lat: 54.167, lng: -4.482 };
export const MARKERS = ["Ballacraine", "Ballaugh Bridge", "Ramsey Hairpin", "Creg-ny-Baa"];
export const ZOOM = 11;
""")

add("blind-mo/javascript/firebase-admin", "web/functions/admin.js", "https://firebase.google.com/docs/admin/setup", """\
const admin = require("firebase-admin");

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "tt-tiggadyn",
    clientEmail: "firebase-adminsdk@tt-tiggadyn.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

module.exports = admin;
""", pem("EC"))

add("blind-mo/typescript/decoy-test-fixture", "web/src/server/__tests__/stripe.fixture.ts", "https://docs.stripe.com/testing", """\
// Fake values for unit tests only. The Stripe SDK is mocked; nothing leaves the test.
export const FAKE_STRIPE_KEY = "sk_test_FAKEFAKEFAKEFAKEFAKEFAKE";
export const FAKE_WEBHOOK_SECRET = "whsec_test_fixture_not_real";
export const FAKE_EVENT_ID = "evt_1TTraceWeekFixture";
export const FAKE_AMOUNT_PENCE = 4500;
""")

add("blind-mo/typescript/github-token", "web/scripts/release-notes.ts", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """\
import { Octokit } from "@octokit/rest";

// Bootey-noteyn (release notes) for the box office site
const octokit = new Octokit({ auth: "@@secret@@" });

const { data } = await octokit.repos.listReleases({ owner: "tt-grandstand", repo: "tiggadyn-web" });
for (const r of data.slice(0, 5)) console.log(r.tag_name, r.name);
""", github_token())

add("blind-mo/javascript/discord-webhook", "smokehouse/tools/stock-alert.mjs", "https://discord.com/developers/docs/resources/webhook", """\
// Alert in the smokehouse Discord when herring stock falls under 200 kg
const HOOK = "@@secret@@";

export async function lowStock(kg) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Skeddan: ${kg} kg faagit (left)` }),
  });
}
""", discord_webhook())

# ---------------------------------------------------------------- Go

add("blind-mo/go/postgres", "turnstile/internal/store/store.go", DOCS_PG, """\
package store

import (
\t"database/sql"

\t_ "github.com/lib/pq"
)

// Turnstile scans at the Grandstand, Bray Hill and Creg-ny-Baa gates.
const dsn = "host=db.tt-grandstand.internal user=turnstile password=@@secret@@ dbname=scans sslmode=require"

func Open() (*sql.DB, error) {
\treturn sql.Open("postgres", dsn)
}
""", words_pw())

add("blind-mo/go/decoy-env-reference", "turnstile/internal/config/config.go", DOCS_ENV, """\
package config

import "os"

type Config struct {
\tDSN       string
\tAPIToken  string
\tGateNames []string
}

func Load() Config {
\treturn Config{
\t\tDSN:       os.Getenv("TURNSTILE_DSN"),
\t\tAPIToken:  os.Getenv("TURNSTILE_API_TOKEN"),
\t\tGateNames: []string{"Grandstand", "Bray Hill", "Creg-ny-Baa"},
\t}
}
""")

add("blind-mo/go/sendgrid", "turnstile/cmd/daily-report/main.go", "https://github.com/sendgrid/sendgrid-go", """\
package main

import (
\t"log"

\t"github.com/sendgrid/sendgrid-go"
\t"github.com/sendgrid/sendgrid-go/helpers/mail"
)

func main() {
\tfrom := mail.NewEmail("Turnstile", "gates@tt-grandstand.im")
\tto := mail.NewEmail("Oik", "oik@tt-grandstand.im")
\tmsg := mail.NewSingleEmail(from, "Scans jiu (today)", to, "see attachment", "")
\tclient := sendgrid.NewSendClient("@@secret@@")
\tif _, err := client.Send(msg); err != nil {
\t\tlog.Fatal(err)
\t}
}
""", sendgrid_key())

add("blind-mo/go/decoy-checksum", "turnstile/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/lib/pq v1.10.9 h1:YXG7RB+JIjhP29X+OtkiDnYaXQwpS4JEWq7dtCCRUEw=
github.com/lib/pq v1.10.9/go.mod h1:AlVN5x4E4T544tWzH6hKfbfQvm3HdbOxrmggDNAPY9o=
github.com/sendgrid/rest v2.6.9+incompatible h1:1EyIcsNdn9KIisLW50MKwmSRSK+ekueiEMJ7NEoxJo0=
github.com/sendgrid/rest v2.6.9+incompatible/go.mod h1:kXX7q3jZtJXK5c5qK83bSGMdV6tsOE70KbHoqJls4lE=
github.com/sendgrid/sendgrid-go v3.14.0+incompatible h1:KDSasSTktAqMJCYClHVE94Fcif2i7P7wzISv1sU6DUA=
golang.org/x/net v0.24.0 h1:1PcaxkF854Fu3+lvBIx5SYn9wRlBzzcnHZSiaFFAb0w=
""")

# ---------------------------------------------------------------- Java / Kotlin

add("blind-mo/java/jdbc", "marshals/src/main/java/im/tt/marshals/Db.java", "https://jdbc.postgresql.org/documentation/use/", """\
package im.tt.marshals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Marshal rosters (sector, post, shift) for practice week. */
public final class Db {
    private static final String URL = "jdbc:postgresql://db.tt-grandstand.internal:5432/marshals";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "roster_app", "@@secret@@");
    }
}
""", words_pw())

add("blind-mo/java/decoy-placeholder", "marshals/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# Marshals roster service
spring.datasource.url=jdbc:postgresql://db.tt-grandstand.internal:5432/marshals
spring.datasource.username=roster_app
spring.datasource.password=${ROSTER_DB_PASSWORD}
spring.mail.host=smtp.sendgrid.net
spring.mail.password=${SENDGRID_API_KEY:changeme}
server.port=8085
""")

add("blind-mo/properties/smtp-password", "marshals/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """\
# prod - ny jean share eh (do not share)
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=marshals@tt-grandstand.im
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", words_pw())

add("blind-mo/kotlin/square", "pos/app/src/main/java/im/peel/pos/SquareClient.kt", "https://developer.squareup.com/docs/build-basics/access-tokens", """\
package im.peel.pos

import com.squareup.square.SquareClient
import com.squareup.square.Environment

// Card reader at the smokehouse shop counter (Mill Road, Peel)
object Square {
    private const val ACCESS_TOKEN = "@@secret@@"
    val client: SquareClient = SquareClient.Builder()
        .environment(Environment.PRODUCTION)
        .accessToken(ACCESS_TOKEN)
        .build()
}
""", square_token())

add("blind-mo/kotlin/decoy-build-config", "pos/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "im.peel.pos"
    defaultConfig {
        applicationId = "im.peel.pos"
        // token injected at build time from local.properties / CI secret, never committed
        buildConfigField("String", "SQUARE_TOKEN", "\\"${project.findProperty("squareToken") ?: ""}\\"")
        buildConfigField("String", "SQUARE_APP_ID", "\\"sq0idp-PeelKipperShopPOS\\"")
    }
}
""")

# ---------------------------------------------------------------- C#

add("blind-mo/csharp/sqlserver", "Kiosk/Data/KioskContext.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """\
using Microsoft.EntityFrameworkCore;

namespace Kiosk.Data;

// Grandstand self-service kiosks: print-at-gate tickets
public class KioskContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlServer("Server=sql01.tt-grandstand.internal;Database=Kiosk;User Id=kiosk_app;Password=@@secret@@;Encrypt=True");

    public DbSet<Ticket> Tickets => Set<Ticket>();
}
""", rand_pw(20, "!#%"))

add("blind-mo/json/azure-client-secret", "Kiosk/appsettings.Production.json", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """\
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@"
  },
  "Kiosk": { "Gate": "Glencrutchery Road", "Language": "gv-IM" }
}
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("blind-mo/json/decoy-user-secrets-ref", "Kiosk/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tid@@",
    "ClientId": "@@cid@@",
    "ClientSecret": "set with: dotnet user-secrets set AzureAd:ClientSecret <value>"
  },
  "ConnectionStrings": { "Kiosk": "Server=(localdb)\\\\mssqllocaldb;Database=Kiosk;Trusted_Connection=True" }
}
""", tid=uuid_s(), cid=uuid_s())

# ---------------------------------------------------------------- PHP / Ruby

add("blind-mo/php/wordpress", "smokehouse/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Peel Kippers blog - "Skeealyn veih'n thie-smookey" (stories from the smokehouse)
define( 'DB_NAME', 'peelkip_wp' );
define( 'DB_USER', 'peelkip_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", rand_pw(16, "!@#$"))

add("blind-mo/php/decoy-wp-salts", "smokehouse/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

add("blind-mo/ruby/shopify", "smokehouse/sync/lib/shopify_sync.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """\
# Sync kipper stock between the kiln sheet and the Shopify store
require "shopify_api"

ShopifyAPI::Context.setup(api_key: "peel-sync", api_secret_key: "", host: "https://kippers.peel.im",
                          scope: "read_products,write_inventory", is_embedded: false, api_version: "2024-07",
                          is_private: true)
SESSION = ShopifyAPI::Auth::Session.new(shop: "peel-kippers.myshopify.com",
                                         access_token: "@@secret@@")
""", shopify_token())

add("blind-mo/ruby/decoy-credentials-enc", "smokehouse/sync/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
""", c1=rand_pw(76), c2=rand_pw(76), c3=rand_pw(76), c4=rand_pw(76), c5=rand_pw(40), iv=b64(rand_pw(12))[:16], tag=b64(rand_pw(16))[:22] + "==")

add("blind-mo/ruby/smtp", "marshals-mailer/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """\
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.tt-grandstand.im",
    password: "@@secret@@",
    authentication: :plain
  }
end
""", rand_pw(32))

# ---------------------------------------------------------------- Rust / Swift

add("blind-mo/rust/redis", "gate-scanner/src/cache.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", """\
use redis::Client;

// Barcode cache for the gates; "ny jean scan eh daa cheayrt" (don't scan twice)
const REDIS_URL: &str = "rediss://scanner:@@secret@@@cache.tt-grandstand.internal:6380/0";

pub fn client() -> redis::RedisResult<Client> {
    Client::open(REDIS_URL)
}
""", fakes.redis_password(_seed()))

add("blind-mo/rust/decoy-env-reference", "gate-scanner/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

pub struct Config {
    pub redis_url: String,
    pub api_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            redis_url: env::var("REDIS_URL").expect("REDIS_URL not set"),
            api_token: env::var("GATE_API_TOKEN").unwrap_or_default(),
        }
    }
}
""")

add("blind-mo/rust/hmac-key", "gate-scanner/src/barcode.rs", "https://docs.rs/hmac/latest/hmac/", """\
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

// key that signs the ticket barcodes (QR on every grandstand ticket)
const BARCODE_KEY: &[u8] = b"@@secret@@";

pub fn sign(ticket_id: &str) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(BARCODE_KEY).unwrap();
    mac.update(ticket_id.as_bytes());
    mac.finalize().into_bytes().to_vec()
}
""", hexs(64))

add("blind-mo/swift/api-key", "TTApp/TTApp/Services/TicketAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// Tiggadyn app: fetch the race-day e-ticket
enum TicketAPI {
    static let base = URL(string: "https://api.tt-grandstand.im/v2")!
    static let apiKey = "@@secret@@"

    static func ticket(id: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent("tickets/\\(id)"))
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        return req
    }
}
""", fakes.fake("ttgs_live_", 32, _seed()))

add("blind-mo/swift/decoy-plist-ref", "TTApp/TTApp/Config.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
import Foundation

enum Config {
    // Set per scheme from an .xcconfig that CI writes from its secret store
    static let apiKey = Bundle.main.object(forInfoDictionaryKey: "TT_API_KEY") as? String ?? ""
    static let mapsKey = Bundle.main.object(forInfoDictionaryKey: "MAPS_KEY") as? String ?? ""
    static let courseName = "Snaefell Mountain Course"
}
""")

# ---------------------------------------------------------------- shell / PowerShell

add("blind-mo/shell/mysql-cli", "smokehouse/ops/backup-orders.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/usr/bin/env bash
# Nightly backup of mail orders - Purt ny h-Inshey
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h db.peel.internal -u backup -p'@@secret@@' orders | gzip > /srv/backup/orders-$STAMP.sql.gz
find /srv/backup -name 'orders-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("blind-mo/shell/decoy-vault-read", "smokehouse/ops/backup-stock.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
#!/usr/bin/env bash
set -euo pipefail
# password read from Vault at run time, never written to disk
export MYSQL_PWD="$(vault kv get -field=password secret/peel/mysql-backup)"
mysqldump -h db.peel.internal -u backup stock | gzip > /srv/backup/stock-$(date +%F).sql.gz
unset MYSQL_PWD
""")

add("blind-mo/shell/curl-bearer", "boxoffice/ops/refund.sh", "https://docs.stripe.com/api/refunds/create", """\
#!/bin/sh
# Aahyn-eeck (refund) a ticket: ./refund.sh pi_XXXX
PI="$1"
curl -s https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent="$PI" \\
  -d reason=requested_by_customer
""", stripe_key())

add("blind-mo/shell/heredoc-pgpass", "turnstile/ops/provision.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# Provision a gate laptop for race week
set -e
cat > ~/.pgpass <<'EOF'
db.tt-grandstand.internal:5432:scans:turnstile:@@secret@@
EOF
chmod 600 ~/.pgpass
echo "Jeant (done)."
""", rand_pw(18))

add("blind-mo/shell/decoy-generate", "turnstile/ops/new-secret.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """\
#!/usr/bin/env bash
# Make a fresh barcode signing key and store it in Vault; prints nothing secret
set -euo pipefail
KEY=$(openssl rand -hex 32)
vault kv put secret/tt/barcode key="$KEY"
echo "new key stored at secret/tt/barcode (version $(vault kv metadata get -format=json secret/tt/barcode | jq .current_version))"
""")

add("blind-mo/powershell/azure-sp", "Kiosk/deploy/Deploy-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", """\
# Deploy the kiosk app to the grandstand machines
$tenant = "@@tid@@"
$appId  = "@@cid@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Publish-AzWebApp -ResourceGroupName rg-kiosk -Name tt-kiosk -ArchivePath .\\kiosk.zip
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("blind-mo/powershell/decoy-secret-store", "Kiosk/deploy/Connect-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# Credentials come from the SecretManagement vault on the build agent
$cred = Get-Secret -Name KioskDeploySp -Vault BuildAgent
Connect-AzAccount -ServicePrincipal -Tenant $env:AZ_TENANT -Credential $cred
Get-AzWebApp -ResourceGroupName rg-kiosk | Select-Object Name, State
Write-Host "Cur-jee-ass (logged in)"
""")

add("blind-mo/powershell/smtp", "marshals/scripts/Send-Roster.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
param([string]$Sector = "Sulby")
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object PSCredential('roster@tt-grandstand.im', $pw)
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
  -From roster@tt-grandstand.im -To "marshals-$Sector@tt-grandstand.im" `
  -Subject "Roster $Sector" -Attachments ".\\roster-$Sector.pdf"
""", words_pw())

# ---------------------------------------------------------------- YAML configs

add("blind-mo/yaml/app-config", "boxoffice/config/production.yml", "https://yaml.org/spec/1.2.2/", """\
# Oik tiggadyn - production
app:
  name: tt-boxoffice
  locale_default: en
  locales: [en, gv]
payments:
  provider: stripe
  secret_key: @@secret@@
database:
  host: db.tt-grandstand.internal
  name: tickets
""", stripe_key())

add("blind-mo/yaml/decoy-placeholder", "boxoffice/config/production.example.yml", "https://yaml.org/spec/1.2.2/", """\
app:
  name: tt-boxoffice
payments:
  provider: stripe
  secret_key: "<stripe secret key from 1Password: TT / Stripe live>"
database:
  host: db.tt-grandstand.internal
  password: ""
""")

add("blind-mo/yaml/sendgrid-config", "marshals-mailer/config/mailer.yaml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", """\
smtp:
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  password: @@secret@@
from: "Marshals TT <marshals@tt-grandstand.im>"
reply_to: "oik@tt-grandstand.im"
""", sendgrid_key())

add("blind-mo/yaml/decoy-sops", "smokehouse/deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
mysql_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
shopify_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
sops:
    age:
        - recipient: age1@@rcpt@@
    lastmodified: "2027-03-14T09:12:44Z"
    version: 3.8.1
""", d1=b64(rand_pw(20)), iv=b64(rand_pw(24))[:32], tag=b64(rand_pw(12)), d2=b64(rand_pw(38)), iv2=b64(rand_pw(24))[:32],
    tag2=b64(rand_pw(12)), rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

# ---------------------------------------------------------------- Kubernetes / Helm / compose

_pw = words_pw()
add("blind-mo/k8s-secret/postgres", "k8s/boxoffice/db-secret.yaml", DOCS_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: boxoffice-db
  namespace: tiggadyn
type: Opaque
data:
  username: @@u@@
  password: @@enc@@
""", _pw, u=b64("tickets_app"), enc=b64(_pw))

add("blind-mo/k8s-secret/decoy-sealed", "k8s/boxoffice/db-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: boxoffice-db
  namespace: tiggadyn
spec:
  encryptedData:
    password: Ag@@c1@@
    username: Ag@@c2@@
""", c1=b64(rand_pw(90)) , c2=b64(rand_pw(60)))

add("blind-mo/k8s/stringdata-api-key", "k8s/smokehouse/courier-secret.yaml", DOCS_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: courier-api
  namespace: thie-smookey
type: Opaque
stringData:
  DPD_API_KEY: "@@secret@@"
  DPD_ACCOUNT: "PEEL01"
""", rand_pw(40))

add("blind-mo/k8s/decoy-env-from-secret", "k8s/smokehouse/shop-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kipper-shop
  namespace: thie-smookey
spec:
  replicas: 2
  selector:
    matchLabels: { app: kipper-shop }
  template:
    metadata:
      labels: { app: kipper-shop }
    spec:
      containers:
        - name: web
          image: registry.peel.im/kipper-shop:2027.3
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: shop-db, key: password }
            - name: SHOPIFY_TOKEN
              valueFrom:
                secretKeyRef: { name: shopify, key: token }
""")

add("blind-mo/helm/values-password", "charts/boxoffice/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# Values for race fortnight (practice + race week)
replicaCount: 6
image:
  repository: registry.tt-grandstand.im/boxoffice
  tag: "2027.5.1"
postgresql:
  auth:
    username: tickets_app
    password: "@@secret@@"
    database: tickets
ingress:
  host: tiggadyn.tt-grandstand.im
""", words_pw())

add("blind-mo/helm/decoy-existing-secret", "charts/boxoffice/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", """\
replicaCount: 2
postgresql:
  auth:
    username: tickets_app
    existingSecret: boxoffice-db
    secretKeys:
      userPasswordKey: password
ingress:
  host: tiggadyn.tt-grandstand.im
""")

add("blind-mo/compose/mysql", "smokehouse/docker-compose.yml", "https://hub.docker.com/_/mysql", """\
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_DATABASE: orders
      MYSQL_USER: shop
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes: [db:/var/lib/mysql]
  shop:
    build: .
    depends_on: [db]
volumes:
  db: {}
""", rand_pw(20))

add("blind-mo/compose/decoy-env-file", "boxoffice/docker-compose.yml", DOCS_COMPOSE, """\
services:
  web:
    build: .
    env_file: .env
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set it in .env}
      DATABASE_URL: postgres://tickets:${DB_PASSWORD}@db:5432/tickets
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

# ---------------------------------------------------------------- Terraform / Ansible

add("blind-mo/terraform/rds-password", "infra/boxoffice/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
resource "aws_db_instance" "tickets" {
  identifier          = "tt-tickets"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  username            = "tickets_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = { Team = "oik-tiggadyn" }
}
""", rand_pw(24))

add("blind-mo/terraform/decoy-random-password", "infra/smokehouse/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "orders" {
  length  = 28
  special = true
}

resource "aws_db_instance" "orders" {
  identifier     = "peel-orders"
  engine         = "mysql"
  instance_class = "db.t4g.small"
  username       = "orders_admin"
  password       = random_password.orders.result
}
""")

add("blind-mo/terraform/tfvars-aws", "infra/boxoffice/terraform.tfvars", DOCS_TF, """\
region           = "eu-west-2"
environment      = "prod"
race_year        = 2027
aws_access_key   = "@@kid@@"
aws_secret_key   = "@@secret@@"
grandstand_seats = 5200
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mo/terraform/decoy-variable-sensitive", "infra/boxoffice/variables.tf", DOCS_TF, """\
variable "db_password" {
  description = "Tickets DB admin password (fockle follit) - pass with TF_VAR_db_password"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("blind-mo/ansible/vars-password", "ansible/group_vars/kiln_hosts.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
# Kiln controllers (Raspberry Pi) in the Peel smokehouse
kiln_mqtt_host: mqtt.peel.internal
kiln_mqtt_user: kiln
kiln_mqtt_password: "@@secret@@"
kiln_poll_seconds: 30
kiln_names: [aiee-1, aiee-2, aiee-3]
""", passphrase())

add("blind-mo/ansible/decoy-vault-encrypted", "ansible/group_vars/kiln_hosts_vault.yml", DOCS_ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(34))

add("blind-mo/ansible/playbook-inline", "ansible/playbooks/wifi.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/nmcli_module.html", """\
- name: Grandstand kiosks join the staff wifi
  hosts: kiosks
  become: true
  tasks:
    - name: Connect to TT-Staff
      community.general.nmcli:
        conn_name: TT-Staff
        type: wifi
        ssid: TT-Staff
        wifi_sec:
          key-mgmt: wpa-psk
          psk: "@@secret@@"
        state: present
""", words_pw())

add("blind-mo/ansible/decoy-vault-lookup", "ansible/playbooks/shop.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
- name: Kipper shop web
  hosts: shop
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/peel/shop:db_password') }}"
  tasks:
    - name: Template settings
      ansible.builtin.template: { src: settings.py.j2, dest: /srv/shop/settings_local.py, mode: "0600" }
""")

# ---------------------------------------------------------------- CI / Docker

add("blind-mo/github-actions/npm-token", ".github/workflows/publish-widget.yml", DOCS_GHA, """\
name: Publish seat-map widget
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm_token())

add("blind-mo/github-actions/decoy-secrets-ref", ".github/workflows/deploy.yml", DOCS_GHA, """\
name: Deploy box office
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: ./deploy.sh
""")

add("blind-mo/gitlab-ci/registry-password", "smokehouse/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [build]
variables:
  REGISTRY: registry.peel.im
  REGISTRY_USER: ci-smokehouse
  REGISTRY_PASSWORD: "@@secret@@"
build:
  stage: build
  image: docker:27
  script:
    - echo "$REGISTRY_PASSWORD" | docker login $REGISTRY -u $REGISTRY_USER --password-stdin
    - docker build -t $REGISTRY/kipper-shop:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/kipper-shop:$CI_COMMIT_SHORT_SHA
""", rand_pw(26))

add("blind-mo/gitlab-ci/decoy-masked-variable", "turnstile/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
# TURNSTILE_DSN and GATE_API_TOKEN are masked + protected project variables
test:
  image: golang:1.22
  services: [postgres:16]
  variables:
    POSTGRES_PASSWORD: postgres
    TURNSTILE_DSN: "host=postgres user=postgres password=postgres dbname=postgres sslmode=disable"
  script:
    - go test ./...
""")

add("blind-mo/dockerfile/env-token", "gate-scanner/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/gate-scanner /usr/local/bin/
ENV GATE_API_TOKEN=@@secret@@
ENV GATE_NAME="Bray Hill"
CMD ["gate-scanner"]
""", fakes.fake("ttgs_live_", 32, _seed()))

add("blind-mo/dockerfile/decoy-build-secret", "boxoffice/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-slim
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
ENV NODE_ENV=production
CMD ["node", "server.js"]
""")

add("blind-mo/jenkinsfile/docker-login", "marshals/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  stages {
    stage('Build') {
      steps {
        sh './gradlew bootJar'
        sh 'docker login -u marshals-ci -p @@secret@@ registry.tt-grandstand.im'
        sh 'docker build -t registry.tt-grandstand.im/marshals:${BUILD_NUMBER} .'
      }
    }
  }
}
""", rand_pw(22))

add("blind-mo/jenkinsfile/decoy-credentials-binding", "boxoffice/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([string(credentialsId: 'stripe-live-key', variable: 'STRIPE_SECRET_KEY')]) {
          sh './deploy.sh'
        }
      }
    }
  }
}
""")

# ---------------------------------------------------------------- client configs

add("blind-mo/npmrc/auth-token", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
registry=https://registry.npmjs.org/
@tt-grandstand:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("blind-mo/npmrc/decoy-env-token", "smokehouse/site/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@peel:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
save-exact=true
""")

add("blind-mo/pypirc/pypi-token", "smokehouse/kiln-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-mo/netrc/heroku", "ops-notes/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine api.heroku.com
  login oik@tt-grandstand.im
  password @@secret@@
machine git.heroku.com
  login oik@tt-grandstand.im
  password @@secret@@
""", uuid_s())

add("blind-mo/ini/aws-credentials", "ops-notes/dotfiles/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-west-2

[peel-kiln]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mo/ini/decoy-aws-sso", "ops-notes/dotfiles/aws-config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile tt-prod]
sso_session = tt
sso_account_id = 123456789012
sso_role_name = BoxOfficeDeploy
region = eu-west-2

[sso-session tt]
sso_start_url = https://tt-grandstand.awsapps.com/start
sso_region = eu-west-2
""")

add("blind-mo/git-credentials/gitlab", "ops-notes/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://oik-bot:@@secret@@@gitlab.peel.im
# (stored by `git config credential.helper store` on the kiln pi)
# aiee-1, aiee-2 and aiee-3 pull kiln-agent from here
# cur eh ersooyl roish yn laa rass (remove it before race day)
# oik@tt-grandstand.im
""", gitlab_token())

add("blind-mo/rclone/b2-key", "smokehouse/ops/rclone.conf", "https://rclone.org/b2/", """\
[kiln-archive]
type = b2
account = @@acct@@
key = @@secret@@
hard_delete = false

[local]
type = local
""", "K005" + rand_pw(27), acct="005" + hexs(9) + "0000000003")

add("blind-mo/ssh/decoy-public-key", "ops-notes/dotfiles/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Smokehouse pi access - Juan (oik), Breesha (kiln), CI deploy
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ juan@peel-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ breesha@kiln
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ci-deploy@gitlab.peel.im
# keys rotated 2027-02
""", k1=rand_pw(43), k2=rand_pw(43), k3=rand_pw(43))

add("blind-mo/pem/ssh-private-key", "ops-notes/dotfiles/id_kiln_deploy", "https://man.openbsd.org/ssh-keygen.1", """\
@@secret@@
""", pem("OPENSSH"))

# ---------------------------------------------------------------- notebooks / SQL / logs / CSV

add("blind-mo/notebook/postgres-url", "analysis/sales-by-day.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Creaghyn tiggadyn (ticket sales) by day, TT 2027"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "import sqlalchemy as sa\\n",
              "engine = sa.create_engine('postgresql://analyst:@@secret@@@db.tt-grandstand.internal/tickets')\\n",
              "df = pd.read_sql('select sold_on, count(*) from tickets group by 1', engine)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("blind-mo/notebook/decoy-getpass", "analysis/kiln-temps.ipynb", "https://docs.python.org/3/library/getpass.html", """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Kiln 1-3 temperatures, March (oak, cold smoke)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n", "pw = getpass('MySQL password: ')\\n",
              "engine = sa.create_engine(f'mysql+pymysql://analyst:{pw}@db.peel.internal/kiln')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mo/sql/create-user", "db/migrations/0042_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Reporting role for the Tynwald tourism dashboard (read only)
CREATE ROLE tourism_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE tickets TO tourism_report;
GRANT USAGE ON SCHEMA public TO tourism_report;
GRANT SELECT ON tickets, sales_by_day TO tourism_report;
""", words_pw())

add("blind-mo/sql/decoy-hashed-passwords", "db/seeds/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Box office staff logins (bcrypt hashes only; staff set their own on first login)
INSERT INTO staff (email, name, password_hash) VALUES
 ('juan@tt-grandstand.im',    'Juan Quayle',   '$2b$12$@@h1@@'),
 ('breesha@tt-grandstand.im', 'Breesha Kermode','$2b$12$@@h2@@'),
 ('illiam@tt-grandstand.im',  'Illiam Corkill', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-mo/sql/linked-server", "smokehouse/db/link_accounts.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """\
-- Link the shop DB to the accountant's Sage server (invoices for kipper wholesale)
EXEC sp_addlinkedserver @server = N'SAGE01', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'sage01.peel.internal';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SAGE01', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'shop_link', @rmtpassword = N'@@secret@@';
GO
""", rand_pw(18, "!#"))

add("blind-mo/log/url-password", "logs/boxoffice-2027-06-01.log", "https://docs.python.org/3/library/logging.html", """\
2027-06-01 08:59:58 INFO  boxoffice starting, locale=gv
2027-06-01 08:59:58 DEBUG db: connecting to postgresql://tickets_app:@@secret@@@db.tt-grandstand.internal:5432/tickets
2027-06-01 09:00:00 INFO  sale opened: Senior TT race day grandstand
2027-06-01 09:00:03 INFO  order 81122 paid (2 seats, Block C)
2027-06-01 09:00:04 WARN  queue depth 1840
""", rand_pw(21))

add("blind-mo/log/decoy-redacted", "logs/boxoffice-2027-06-02.log", "https://docs.python.org/3/library/logging.html", """\
2027-06-02 08:59:58 INFO  boxoffice starting, locale=gv
2027-06-02 08:59:58 DEBUG db: connecting to postgresql://tickets_app:********@db.tt-grandstand.internal:5432/tickets
2027-06-02 08:59:59 DEBUG stripe: using key sk_live_...[REDACTED]
2027-06-02 09:00:00 INFO  sale opened: Superbike TT grandstand
2027-06-02 09:00:07 INFO  order 81990 paid (4 seats, Block A)
""")

add("blind-mo/log/authorization-header", "logs/gate-scanner-bray-hill.log", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """\
[2027-06-03T10:14:02Z INFO  gate_scanner] gate=Bray Hill scans=0
[2027-06-03T10:14:05Z DEBUG reqwest] POST https://api.tt-grandstand.im/v2/scans
[2027-06-03T10:14:05Z DEBUG reqwest] header authorization: Bearer @@secret@@
[2027-06-03T10:14:05Z DEBUG reqwest] header content-type: application/json
[2027-06-03T10:14:06Z INFO  gate_scanner] upload ok (212 scans)
""", jwt_like())

add("blind-mo/log/decoy-request-ids", "logs/kiln-agent.log", "https://docs.python.org/3/library/logging.html", """\
2027-03-14 05:00:00 kiln=aiee-1 temp=27.8C humidity=71% session=@@u1@@
2027-03-14 05:00:30 kiln=aiee-2 temp=28.1C humidity=69% session=@@u2@@
2027-03-14 05:01:00 kiln=aiee-3 temp=26.4C humidity=74% session=@@u3@@
2027-03-14 05:01:02 upload etag="@@etag@@" bytes=18231
2027-03-14 05:01:02 feer feayr (too cold) on aiee-3, alert sent
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), etag=hexs(32))

add("blind-mo/csv/api-keys-sheet", "smokehouse/admin/wholesale-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
customer,contact,city,portal_user,portal_api_key,discount
Harbour Fish Bar,Moirrey Kelly,Peel,harbour,@@secret@@,12
Douglas Deli,Jack Christian,Douglas,ddeli,,10
Ramsey Grocers,Ean Cain,Ramsey,ramseyg,,8
Castletown Inn,Aalid Moore,Castletown,ctinn,,10
""", rand_pw(32))

add("blind-mo/csv/decoy-ticket-ids", "boxoffice/exports/orders-2027-06-01.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
order_id,payment_intent,barcode,seat,amount_gbp
81122,pi_@@p1@@,@@b1@@,C-14,45.00
81123,pi_@@p2@@,@@b2@@,C-15,45.00
81124,pi_@@p3@@,@@b3@@,A-02,60.00
81125,pi_@@p4@@,@@b4@@,A-03,60.00
""", p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24), p4=rand_pw(24), b1=hexs(20), b2=hexs(20), b3=hexs(20), b4=hexs(20))

add("blind-mo/csv/staff-logins", "boxoffice/admin/temp-staff-2027.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
# Temporary staff for race fortnight - delete after 15 June (scrig eh!)
name,role,login,temp_password
Kirree Quine,kiosk,kquine,
Fenella Cregeen,kiosk,fcregeen,
Orry Skillicorn,supervisor,oskillicorn,@@secret@@
Ealish Teare,kiosk,eteare,
""", words_pw())

# ---------------------------------------------------------------- TOML / INI / XML

add("blind-mo/toml/api-key", "gate-scanner/config/gate.toml", "https://toml.io/en/v1.0.0", """\
[gate]
name = "Creg-ny-Baa"
language = "gv"

[api]
base_url = "https://api.tt-grandstand.im/v2"
token = "@@secret@@"
timeout_secs = 10
""", fakes.fake("ttgs_live_", 32, _seed()))

add("blind-mo/toml/decoy-placeholder", "gate-scanner/config/gate.example.toml", "https://toml.io/en/v1.0.0", """\
[gate]
name = "CHANGE ME (e.g. Bray Hill)"
language = "en"

[api]
base_url = "https://api.tt-grandstand.im/v2"
token = "ttgs_live_<your token>"
""")

add("blind-mo/toml/pypi-poetry", "smokehouse/kiln-sdk/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
# local poetry config for the kiln SDK (publish to pypi)
[virtualenvs]
in-project = true

[pypi-token]
pypi = "@@secret@@"
""", fakes.pypi_token(_seed()))

add("blind-mo/ini/odbc-password", "smokehouse/admin/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
[PeelOrders]
Driver     = MySQL ODBC 8.0 Unicode Driver
Server     = db.peel.internal
Database   = orders
User       = excel_report
Password   = @@secret@@
Port       = 3306
""", rand_pw(14))

add("blind-mo/ini/decoy-empty-password", "smokehouse/admin/odbc.sample.ini", "https://www.unixodbc.org/odbcinst.html", """\
[PeelOrders]
Driver     = MySQL ODBC 8.0 Unicode Driver
Server     = db.peel.internal
Database   = orders
User       = excel_report
Password   =
; ask Breesha for the report password, it is in the smokehouse password manager
""")

add("blind-mo/xml/maven-settings", "marshals/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>tt-nexus</id>
      <username>marshals-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-mo/xml/decoy-maven-encrypted", "marshals/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>tt-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=b64(rand_pw(32)))

add("blind-mo/xml/web-config", "Kiosk.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Kiosk" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql01.tt-grandstand.internal;Initial Catalog=Kiosk;User ID=kiosk_legacy;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="GateName" value="Grandstand" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-mo/xml/decoy-integrated-security", "Kiosk.Legacy/Web.Debug.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Kiosk" connectionString="Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=Kiosk;Integrated Security=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

# ---------------------------------------------------------------- docs, wikis, notes, runbooks

add("blind-mo/markdown/runbook-password", "docs/runbooks/race-day-boxoffice.md", DOCS_MD, """\
# Laa rass (race day) - box office runbook

1. Open the kiosks at 07:30 (Glencrutchery Road gate first).
2. If the queue page sticks, restart `boxoffice-web` in the `tiggadyn` namespace.
3. DB console for refunds:

   ```
   psql "host=db.tt-grandstand.internal dbname=tickets user=refunds password=@@secret@@"
   ```

4. Road closes at 10:00; stop walk-up sales at 09:45.
""", words_pw())

add("blind-mo/markdown/decoy-redacted-runbook", "docs/runbooks/race-day-gates.md", DOCS_MD, """\
# Giattyn (gates) on race day

- Gate scanners log in with their own token (ask the oik, never shared in chat).
- Token format: `ttgs_live_` followed by 32 characters, e.g. `ttgs_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.
- If a scanner shows `401`, run `gate-scanner login` and paste the token from 1Password.
- Bray Hill and Creg-ny-Baa share the 4G router; password is on the sticker inside the box.
""")

add("blind-mo/markdown/readme-api-key", "smokehouse/kiln-sdk/README.md", DOCS_MD, """\
# kiln-sdk

Read the Peel smokehouse kilns (aiee-1 to aiee-3) from Python.

```python
from kiln_sdk import Kilns
k = Kilns(base_url="https://kilns.peel.im", api_key="@@secret@@")
print(k.temperature("aiee-2"))
```

Gura mie ayd to Breesha for the sensor wiring.
""", rand_pw(40))

add("blind-mo/markdown/decoy-readme-example", "turnstile/README.md", DOCS_MD, """\
# turnstile

Counts scans at the TT grandstand gates.

```sh
export TURNSTILE_DSN="host=localhost user=turnstile password=example dbname=scans"
export TURNSTILE_API_TOKEN="<token from the oik>"
go run ./cmd/turnstile
```

Scans are kept 30 days (cooinaghtyn - remember to export them after race week).
""")

add("blind-mo/markdown/notes-table", "docs/notes/handover-2027.md", DOCS_MD, """\
# Handover, oik tiggadyn 2027 (Juan -> Kirree)

| system            | user            | credential |
|-------------------|-----------------|------------|
| Stripe dashboard  | oik@            | 2FA on Juan's phone, move to Kirree |
| Mailgun SMTP      | postmaster@mg.  | `@@secret@@` |
| Kiosk admin       | kioskadmin      | in 1Password vault "TT Kiosks" |

Skeealyn (stories) for the newsletter are in the shared drive.
""", rand_pw(32))

add("blind-mo/markdown/decoy-hash-table", "docs/notes/release-2027.5.md", DOCS_MD, """\
# Release 2027.5.1 (box office)

| artefact                  | sha256 |
|---------------------------|--------|
| boxoffice-web.tar.gz      | `@@h1@@` |
| gate-scanner-armv7        | `@@h2@@` |
| kiosk-setup.msi           | `@@h3@@` |

Signed with the release key `0x@@fp@@` (public key in KEYS).
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), fp=hexs(16).upper())

add("blind-mo/rst/sphinx-doc-token", "smokehouse/kiln-sdk/docs/quickstart.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Quickstart
==========

Install and point the client at the smokehouse:

.. code-block:: console

   $ pip install kiln-sdk
   $ export KILN_TOKEN=@@secret@@
   $ kiln temps --kiln aiee-1

The token above is the smokehouse's shared read token (doarlish - handy for the demo).
""", fakes.fake("kiln_", 36, _seed()))

add("blind-mo/rst/decoy-doc-example", "smokehouse/kiln-sdk/docs/configuration.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Configuration
=============

``KILN_TOKEN``
   Your personal read token. Example: ``kiln_0000000000000000000000000000000000`` (not valid).

``KILN_URL``
   Defaults to ``https://kilns.peel.im``.
""")

add("blind-mo/html/embedded-key", "web/public/admin/sales-board.html", "https://developer.mozilla.org/en-US/docs/Web/HTML", """\
<!doctype html>
<html lang="gv">
<head><meta charset="utf-8"><title>Creaghyn jiu (sales today)</title></head>
<body>
  <div id="board"></div>
  <script>
    const ADMIN_TOKEN = "@@secret@@";
    fetch("https://api.tt-grandstand.im/v2/admin/sales", { headers: { Authorization: "Bearer " + ADMIN_TOKEN } })
      .then(r => r.json()).then(d => board.textContent = d.total);
  </script>
</body>
</html>
""", fakes.fake("ttgs_admin_", 40, _seed()))

add("blind-mo/html/decoy-publishable-key", "web/public/checkout.html", "https://docs.stripe.com/js", """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Grandstand tickets - checkout</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="payment-form"><div id="card"></div><button>Kionnee (buy)</button></form>
  <script>const stripe = Stripe("pk_live_@@pk@@");</script>
</body>
</html>
""", pk=rand_pw(99))

add("blind-mo/wiki/confluence-smtp", "wiki/Smokehouse-IT/Email-setup.md", DOCS_MD, """\
# Email setup (Smokehouse IT wiki)

The order confirmations go through Office 365.

* SMTP server: smtp.office365.com, port 587, STARTTLS
* Account: orders@kippers.peel.im
* Password: @@secret@@
* From name: "Peel Kippers - Skeddan Purt ny h-Inshey"

Last updated by Breesha, March 2027.
""", words_pw())

add("blind-mo/wiki/decoy-process", "wiki/Smokehouse-IT/Passwords.md", DOCS_MD, """\
# Passwords (fockleyn follit)

We keep every password in Bitwarden, organisation "Peel Kippers".

* Never paste passwords in this wiki or in Teams.
* Shared logins: collection "Shop" (Shopify, Royal Mail Click & Drop), collection "Kilns".
* Lost access? Ask Breesha or Juan to re-share the item.
""")

add("blind-mo/text/notes-token", "notes/2027-05-28-standup.txt", "https://en.wikipedia.org/wiki/Text_file", """\
standup 28 May (practice week, Tuesday)
- queue held at 2.1k users, fine
- Kirree: github bot for release notes, token is @@secret@@ (rotate after TT)
- gate 3 printer jammed twice - spare in the van
- Ta'n emshir mie (weather good), Mountain open for practice at 18:20
""", github_token())

add("blind-mo/text/decoy-notes", "notes/2027-05-29-standup.txt", "https://en.wikipedia.org/wiki/Text_file", """\
standup 29 May
- rotated the release-notes token (old one revoked, new one in 1Password)
- stripe key check: dashboard shows last4 ...9fK2 for live key, matches prod
- Bray Hill 4G router rebooted
- fastest lap talk in the queue - creaghyn up 12%
""")

add("blind-mo/text/wifi-sign", "notes/print/grandstand-wifi-sign.txt", "https://en.wikipedia.org/wiki/Text_file", """\
      FAILT ERRIU! WELCOME TO THE GRANDSTAND
      Staff wifi (not for the public)
      Network:  TT-Staff
      Password: @@secret@@
      Ny jean share eh - please don't share
""", passphrase())

add("blind-mo/history/bash-history", "ops-notes/history/kiln-pi.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /opt/kiln-agent
git pull
sudo systemctl restart kiln-agent
mosquitto_pub -h mqtt.peel.internal -u kiln -P '@@secret@@' -t kilns/aiee-1/cmd -m reboot
journalctl -u kiln-agent -n 50
exit
""", passphrase())

add("blind-mo/history/decoy-bash-history", "ops-notes/history/gate-laptop.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
gate-scanner login
gate-scanner status
export GATE_API_TOKEN=$(op read "op://TT Gates/Bray Hill/token")
gate-scanner sync --since 09:00
history -c
""")

add("blind-mo/history/psql-history", "ops-notes/history/db-admin.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1780300000:0;kubectl -n tiggadyn get pods
: 1780300042:0;kubectl -n tiggadyn port-forward svc/db 5432:5432
: 1780300120:0;PGPASSWORD=@@secret@@ psql -h localhost -U tickets_admin tickets
: 1780300400:0;kubectl -n tiggadyn rollout restart deploy/boxoffice-web
: 1780300460:0;exit
""", rand_pw(24))

add("blind-mo/history/decoy-psql-history", "ops-notes/history/analyst.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1780400000:0;psql service=tickets-ro -c 'select count(*) from tickets'
: 1780400010:0;cat ~/.pg_service.conf | grep -v password
: 1780400060:0;python sales_by_day.py --day 2027-06-01
: 1780400200:0;git commit -am 'sales chart, Gaelg labels'
: 1780400210:0;git push
""")

# ---------------------------------------------------------------- more carriers

_pw_docker = rand_pw(26)
_pem_sa = pem()
_basic = b64("peel-kippers-api:" + rand_pw(30))

add("blind-mo/json/docker-config-auth", "ops-notes/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.peel.im": {
      "auth": "@@enc@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-smokehouse:" + _pw_docker), enc=b64("ci-smokehouse:" + _pw_docker))

add("blind-mo/json/decoy-docker-creds-store", "ops-notes/dotfiles/docker-config-laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.peel.im": {},
    "registry.tt-grandstand.im": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
""")

add("blind-mo/json/gcp-service-account", "analysis/keys/tt-analytics-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "tt-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "looker@tt-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _pem_sa.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(random.Random(_seed()).randint(10**20, 10**21)))

add("blind-mo/kubeconfig/bearer-token", "ops-notes/dotfiles/kubeconfig-tiggadyn.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: tt-prod
    cluster:
      server: https://k8s.tt-grandstand.internal:6443
      certificate-authority-data: @@ca@@
users:
  - name: deployer
    user:
      token: @@secret@@
contexts:
  - name: tt-prod
    context: { cluster: tt-prod, user: deployer, namespace: tiggadyn }
current-context: tt-prod
""", jwt_like(), ca=b64("-----BEGIN CERTIFICATE-----\n" + rand_pw(64) + "\n-----END CERTIFICATE-----\n"))

add("blind-mo/kubeconfig/decoy-exec-plugin", "ops-notes/dotfiles/kubeconfig-smokehouse.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: peel
    cluster: { server: "https://k8s.peel.internal:6443", insecure-skip-tls-verify: false }
users:
  - name: breesha
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --oidc-issuer-url=https://sso.peel.im]
contexts:
  - name: peel
    context: { cluster: peel, user: breesha }
current-context: peel
""")

add("blind-mo/python/basic-auth-header", "smokehouse/courier/royalmail.py", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme", """\
\"\"\"Royal Mail Click & Drop labels for kipper parcels (chilled, 48h).\"\"\"
import requests

HEADERS = {
    "Authorization": "Basic @@enc@@",
    "Content-Type": "application/json",
}


def create_label(order):
    return requests.post("https://api.parcel.royalmail.com/api/v1/orders", json=order, headers=HEADERS, timeout=20)
""", _basic, enc=_basic)

add("blind-mo/python/json-in-string", "boxoffice/jobs/ferry_bundle.py", "https://docs.python.org/3/library/json.html", """\
\"\"\"Ferry + grandstand bundles: push bookings to the Steam Packet partner API.\"\"\"
import json
import os

# fallback when PARTNER_CONFIG is unset (race week laptop)
DEFAULT = '{"endpoint": "https://partners.steam-packet.example/v1", "partner_id": "TT-GS", "secret": "@@secret@@"}'

CONFIG = json.loads(os.environ.get("PARTNER_CONFIG", DEFAULT))
""", rand_pw(36))

add("blind-mo/python/decoy-fernet-ciphertext", "boxoffice/jobs/encrypted_settings.py", "https://cryptography.io/en/latest/fernet/", """\
from cryptography.fernet import Fernet
import os

# Encrypted at rest; the Fernet key lives only in the FERNET_KEY env var on the job runner
ENCRYPTED_PARTNER_SECRET = b"gAAAAAB@@ct@@"


def partner_secret() -> str:
    return Fernet(os.environ["FERNET_KEY"]).decrypt(ENCRYPTED_PARTNER_SECRET).decode()
""", ct=fakes.drawn(_seed(), 120, ALNUM + "-_") + "==")

add("blind-mo/python/slack-bot", "boxoffice/jobs/daily_summary.py", "https://api.slack.com/authentication/token-types#bot", """\
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def post(total: int, by_block: dict) -> None:
    lines = [f"Block {b}: {n}" for b, n in sorted(by_block.items())]
    client.chat_postMessage(channel="#oik-tiggadyn", text=f"Creaghyn jiu: {total}\\n" + "\\n".join(lines))
""", slack_bot())

add("blind-mo/python/decoy-slack-ids", "boxoffice/jobs/channels.py", "https://api.slack.com/types/conversation", """\
# Slack ids are not secrets (workspace T, channels C, users U)
WORKSPACE = "T0@@w@@"
CHANNELS = {
    "oik-tiggadyn": "C0@@c1@@",
    "gates": "C0@@c2@@",
    "thie-smookey": "C0@@c3@@",
}
""", w=fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits), c1=fakes.drawn(_seed(), 9, string.ascii_uppercase + string.digits),
    c2=fakes.drawn(_seed(), 9, string.ascii_uppercase + string.digits), c3=fakes.drawn(_seed(), 9, string.ascii_uppercase + string.digits))

add("blind-mo/go/aws-static", "turnstile/internal/archive/s3.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically", """\
package archive

import (
\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/credentials"
\t"github.com/aws/aws-sdk-go-v2/service/s3"
)

func Client() *s3.Client {
\tprov := credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")
\treturn s3.New(s3.Options{Region: "eu-west-2", Credentials: aws.NewCredentialsCache(prov)})
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mo/go/decoy-test-constant", "turnstile/internal/archive/s3_test.go", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
package archive

import "testing"

// AWS's own documented example credentials; the test talks to a local MinIO stub.
const testKeyID = "AKIAIOSFODNN7EXAMPLE"
const testSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

func TestUpload(t *testing.T) {
\tt.Skip("needs minio; run with -tags integration")
}
""")

add("blind-mo/php/stripe", "smokehouse/site/includes/checkout.php", DOCS_STRIPE, """\
<?php
require_once __DIR__ . '/../vendor/autoload.php';

// Kipper gift boxes - "Skeddan Purt ny h-Inshey" (Peel herring)
\\Stripe\\Stripe::setApiKey('@@secret@@');

$session = \\Stripe\\Checkout\\Session::create([
    'mode' => 'payment',
    'line_items' => [['price' => 'price_giftbox_2kg', 'quantity' => 1]],
    'success_url' => 'https://kippers.peel.im/gura-mie-ayd',
]);
header('Location: ' . $session->url);
""", stripe_key())

add("blind-mo/php/decoy-getenv", "smokehouse/site/includes/config.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
return [
    'stripe_secret' => getenv('STRIPE_SECRET_KEY') ?: '',
    'stripe_public' => 'pk_live_@@pk@@',
    'db_password'   => $_ENV['DB_PASSWORD'] ?? null,
    'shop_name'     => 'Peel Kippers',
];
""", pk=rand_pw(24))

add("blind-mo/ruby/twilio", "marshals-mailer/app/services/sms.rb", "https://www.twilio.com/docs/libraries/ruby", """\
require "twilio-ruby"

# Text marshals when a sector is short: "Ta feme ain er marshals ec {sector}"
class Sms
  CLIENT = Twilio::REST::Client.new("@@sid@@", "@@secret@@")

  def self.send(to, body)
    CLIENT.messages.create(from: "+447624000222", to: to, body: body)
  end
end
""", hexs(32), sid=twilio_sid())

add("blind-mo/ruby/decoy-rails-credentials", "marshals-mailer/app/services/sms_config.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
class SmsConfig
  def self.client
    Twilio::REST::Client.new(
      Rails.application.credentials.dig(:twilio, :account_sid),
      Rails.application.credentials.dig(:twilio, :auth_token)
    )
  end
end
""")

add("blind-mo/csharp/decoy-keyvault", "Kiosk/Services/Secrets.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net", """\
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Kiosk.Services;

public static class Secrets
{
    private static readonly SecretClient Client =
        new(new Uri("https://kv-tt-kiosk.vault.azure.net/"), new DefaultAzureCredential());

    public static string Get(string name) => Client.GetSecret(name).Value.Value;
}
""")

add("blind-mo/csharp/sendgrid", "Kiosk/Services/Receipts.cs", "https://github.com/sendgrid/sendgrid-csharp", """\
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Kiosk.Services;

public class Receipts
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendAsync(string to, string pdfBase64) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("tiggadyn@tt-grandstand.im"), new EmailAddress(to), "Dty tiggad (your ticket)", "", ""));
}
""", sendgrid_key())

# ---------------------------------------------------------------- race-week extras

add("blind-mo/yaml/mqtt-bridge", "smokehouse/kiln/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Bridge the kiln MQTT broker to the cloud dashboard
bridge:
  name: peel-to-cloud
  address: mqtt.kilns.peel.im:8883
  remote_username: peel-bridge
  remote_password: "@@secret@@"
  topics:
    - "kilns/# out 1"
""", rand_pw(28))

add("blind-mo/conf/decoy-mosquitto-hashes", "smokehouse/kiln/mosquitto.passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
kiln:$7$101$@@s1@@$@@h1@@
bridge:$7$101$@@s2@@$@@h2@@
breesha:$7$101$@@s3@@$@@h3@@
dashboard:$7$101$@@s4@@$@@h4@@
juan:$7$101$@@s5@@$@@h5@@
""", s1=b64(rand_pw(12)), h1=b64(rand_pw(48)), s2=b64(rand_pw(12)), h2=b64(rand_pw(48)), s3=b64(rand_pw(12)), h3=b64(rand_pw(48)),
    s4=b64(rand_pw(12)), h4=b64(rand_pw(48)), s5=b64(rand_pw(12)), h5=b64(rand_pw(48)))

add("blind-mo/conf/mosquitto-bridge", "smokehouse/kiln/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# mosquitto bridge (thie-smookey -> cloud)
connection peel-cloud
address mqtt.kilns.peel.im:8883
bridge_cafile /etc/mosquitto/ca.crt
remote_username peel-bridge
remote_password @@secret@@
topic kilns/# out 1
""", rand_pw(28))

add("blind-mo/conf/decoy-htpasswd-reference", "web/deploy/nginx-admin.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    listen 443 ssl;
    server_name admin.tt-grandstand.im;
    ssl_certificate     /etc/ssl/tt/fullchain.pem;
    ssl_certificate_key /etc/ssl/tt/privkey.pem;
    auth_basic "Oik tiggadyn";
    auth_basic_user_file /etc/nginx/htpasswd;
    location / { proxy_pass http://127.0.0.1:8080; }
}
""")

add("blind-mo/conf/decoy-htpasswd-hashes", "web/deploy/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
juan:$apr1$@@s1@@$@@h1@@
kirree:$apr1$@@s2@@$@@h2@@
orry:$apr1$@@s3@@$@@h3@@
breesha:$apr1$@@s4@@$@@h4@@
illiam:$apr1$@@s5@@$@@h5@@
""", s1=rand_pw(8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=rand_pw(8), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s3=rand_pw(8), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), s4=rand_pw(8), h4=fakes.drawn(_seed(), 22, ALNUM + "./"),
    s5=rand_pw(8), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-mo/pem/tls-key", "web/deploy/tls/admin.tt-grandstand.im.key", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@secret@@
""", pem())

add("blind-mo/pem/decoy-certificate", "web/deploy/tls/admin.tt-grandstand.im.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN CERTIFICATE-----
MII@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1=rand_pw(61), l2=rand_pw(64), l3=rand_pw(64), l4=rand_pw(40) + "==")

_pem_yaml = pem("OPENSSH")
add("blind-mo/yaml/private-key-block", "smokehouse/deploy/sftp-courier.yaml", "https://yaml.org/spec/1.2.2/#812-literal-style", """\
# SFTP drop for the courier manifest (DPD, nightly)
sftp:
  host: sftp.courier.example
  user: peel_kippers
  private_key: |
    @@key@@
  remote_dir: /inbound/manifests
""", _pem_yaml, key=_pem_yaml.replace("\n", "\n    "))

add("blind-mo/swift/decoy-test-fixture", "TTApp/TTAppTests/TicketAPITests.swift", "https://developer.apple.com/documentation/xctest", """\
import XCTest
@testable import TTApp

final class TicketAPITests: XCTestCase {
    // Fake key for the stubbed server; not a real box office key
    let fakeKey = "ttgs_test_00000000000000000000000000000000"

    func testHeader() {
        XCTAssertEqual(TicketAPI.ticket(id: "T-1").url?.lastPathComponent, "T-1")
    }
}
""")

add("blind-mo/kotlin/firebase-server-key", "pos/app/src/main/java/im/peel/pos/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
package im.peel.pos

import okhttp3.Request

// Push "Ta'n skeddan aarloo!" (the kippers are ready) to the shop tablets
object Push {
    private const val SERVER_KEY = "@@secret@@"

    fun request(body: okhttp3.RequestBody) = Request.Builder()
        .url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=$SERVER_KEY")
        .post(body).build()
}
""", "AAAA" + rand_pw(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-mo/kotlin/decoy-google-services", "pos/app/google-services.json", "https://firebase.google.com/docs/android/setup", """\
{
  "project_info": { "project_number": "@@num@@", "project_id": "peel-pos", "storage_bucket": "peel-pos.appspot.com" },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:@@num@@:android:@@app@@", "android_client_info": { "package_name": "im.peel.pos" } },
    "api_key": [{ "current_key": "@@key@@" }]
  }],
  "configuration_version": "1"
}
""", num=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(16), key=google_api_key())

add("blind-mo/typescript/supabase-service-role", "web/src/server/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from "@supabase/supabase-js";

// server side only - service role bypasses RLS (marshal sign-ups)
export const admin = createClient(
  "https://ttmarshals.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);
""", jwt_like())

add("blind-mo/typescript/decoy-anon-key-env", "web/src/client/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from "@supabase/supabase-js";

// anon key is public; row level security protects the tables
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);
""")

add("blind-mo/javascript/gitlab-token", "smokehouse/tools/open-issue.js", "https://docs.gitlab.com/ee/api/issues.html#new-issue", """\
// Open an issue when a kiln sensor goes quiet for 10 minutes
const GITLAB = "https://gitlab.peel.im/api/v4";
const TOKEN = "@@secret@@";

module.exports = async function openIssue(kiln) {
  await fetch(`${GITLAB}/projects/12/issues`, {
    method: "POST",
    headers: { "PRIVATE-TOKEN": TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ title: `${kiln}: gyn fockle (silent)`, labels: "kiln" }),
  });
};
""", gitlab_token())

add("blind-mo/javascript/decoy-uuid-ids", "smokehouse/tools/kilns.json", "https://www.rfc-editor.org/rfc/rfc9562", """\
{
  "aiee-1": { "deviceId": "@@u1@@", "wood": "oak", "maxC": 30 },
  "aiee-2": { "deviceId": "@@u2@@", "wood": "oak", "maxC": 30 },
  "aiee-3": { "deviceId": "@@u3@@", "wood": "beech", "maxC": 32 },
  "updated": "2027-03-01"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-mo/python/requests-url-auth", "analysis/fetch_weather.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """\
\"\"\"Mountain-course weather for the sales forecast (rain on the Mountain = walk-up sales drop).\"\"\"
import requests

URL = "https://ttweather:@@secret@@@weather.tt-grandstand.im/api/mountain?hours=48"


def forecast():
    return requests.get(URL, timeout=15).json()
""", rand_pw(20))

add("blind-mo/python/decoy-keyring", "analysis/fetch_sales.py", "https://pypi.org/project/keyring/", """\
import keyring
import requests

# password lives in the OS keychain: keyring set tt-sales analyst
PASSWORD = keyring.get_password("tt-sales", "analyst")

resp = requests.get("https://api.tt-grandstand.im/v2/sales", auth=("analyst", PASSWORD), timeout=15)
print(resp.json()["total"])
""")

add("blind-mo/shell/export-token", "web/scripts/deploy-preview.sh", "https://vercel.com/docs/cli/global-options#token", """\
#!/usr/bin/env bash
# Preview deploy of the Gaelg ticket pages
set -euo pipefail
export VERCEL_TOKEN=@@secret@@
npx vercel deploy --token "$VERCEL_TOKEN" --yes --scope tt-grandstand
echo "Jeant - preview ready"
""", rand_pw(24))

add("blind-mo/shell/decoy-op-run", "web/scripts/deploy-prod.sh", "https://developer.1password.com/docs/cli/reference/commands/run/", """\
#!/usr/bin/env bash
set -euo pipefail
# VERCEL_TOKEN resolved by 1Password CLI from op://TT Web/Vercel/token
export VERCEL_TOKEN="op://TT Web/Vercel/token"
op run -- npx vercel deploy --prod --token "$VERCEL_TOKEN" --yes
""")

# ---------------------------------------------------------------- last batch: campsites, hospitality, wholesale

add("blind-mo/dotenv/campsite-booking", "campsites/.env", DOCS_ENV, """\
# Campsite bundles (Noble's Park, Glen Helen) - race fortnight
BOOKING_API_URL=https://api.pitchup.example/v3
BOOKING_API_KEY=@@secret@@
BOOKING_SITE_IDS=nobles-park,glen-helen
LOCALE=gv-IM
""", rand_pw(40))

add("blind-mo/dotenv/decoy-empty", "campsites/.env.template", DOCS_ENV, """\
# Fill in locally; CI uses the repository secrets
BOOKING_API_URL=https://api.pitchup.example/v3
BOOKING_API_KEY=
BOOKING_SITE_IDS=nobles-park,glen-helen
LOCALE=gv-IM
""")

add("blind-mo/python/campsite-client", "campsites/client.py", "https://requests.readthedocs.io/en/latest/user/advanced/#session-objects", """\
import requests

session = requests.Session()
session.headers.update({
    "X-Api-Key": "@@secret@@",
    "Accept-Language": "gv, en;q=0.8",
})


def pitches(site: str):
    return session.get(f"https://api.pitchup.example/v3/sites/{site}/pitches", timeout=20).json()
""", rand_pw(40))

add("blind-mo/yaml/hospitality-config", "hospitality/config.yaml", "https://yaml.org/spec/1.2.2/", """\
# Hospitality suites above the pits (Glencrutchery Road)
caterer:
  name: "Bwoid Vannin Catering"
  api: https://orders.catering.example/api
  api_secret: @@secret@@
suites: [Snaefell, Barrule, Greeba]
menu_language: [en, gv]
""", hexs(40))

add("blind-mo/yaml/decoy-vault-agent", "hospitality/vault-agent-template.yaml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """\
# rendered by vault agent at start-up; template only
template:
  destination: /run/hospitality/config.yaml
  contents: |
    caterer:
      api_secret: {{ with secret "secret/data/tt/caterer" }}{{ .Data.data.api_secret }}{{ end }}
""")

add("blind-mo/markdown/issue-paste", "docs/issues/0317-kiosk-crash.md", DOCS_MD, """\
# Kiosk crash at Gate 2 (issue 317)

Kiosk shows "Cha nel eh kiart" (not right) after printing. Log excerpt:

```
System.Data.SqlClient.SqlException: Login failed for user 'kiosk_app'.
  ConnectionString: Server=sql01.tt-grandstand.internal;Database=Kiosk;User Id=kiosk_app;Password=@@secret@@
```

Reproduced twice on Thursday practice.
""", rand_pw(20, "!#%"))

add("blind-mo/markdown/decoy-issue-masked", "docs/issues/0318-gate-offline.md", DOCS_MD, """\
# Gate 5 offline (issue 318)

```
2027-05-30 19:02 ERROR api: 401 for token ttgs_live_a7Qx************************
2027-05-30 19:02 INFO  retrying in 30s
```

Fixed by re-issuing the gate token (new one in 1Password, not here).
""")

add("blind-mo/python/kiln-mqtt", "smokehouse/kiln/agent.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="aiee-1")
client.username_pw_set("kiln", "@@secret@@")
client.tls_set()
client.connect("mqtt.peel.internal", 8883)
client.loop_start()
""", passphrase())

add("blind-mo/python/decoy-mqtt-env", "smokehouse/kiln/agent_v2.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
import os
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id=os.environ.get("KILN_NAME", "aiee-1"))
client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
client.tls_set()
client.connect(os.environ.get("MQTT_HOST", "mqtt.peel.internal"), 8883)
""")

add("blind-mo/java/aws-basic-credentials", "marshals/src/main/java/im/tt/marshals/Storage.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-explicit.html", """\
package im.tt.marshals;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** Stores signed marshal sign-on sheets (Ballaugh, Sulby, Ramsey sectors). */
public final class Storage {
    static final S3Client S3 = S3Client.builder()
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("@@kid@@", "@@secret@@")))
        .build();
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-mo/java/decoy-default-provider", "marshals/src/main/java/im/tt/marshals/Storage2.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials-chain.html", """\
package im.tt.marshals;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

public final class Storage2 {
    static final S3Client S3 = S3Client.builder()
        .credentialsProvider(DefaultCredentialsProvider.create())
        .build();
}
""")

add("blind-mo/ini/php-ini-smtp", "smokehouse/site/conf/msmtprc", "https://marlam.de/msmtp/msmtp.html", """\
defaults
auth on
tls on
account peel
host smtp.office365.com
port 587
from orders@kippers.peel.im
user orders@kippers.peel.im
password @@secret@@
account default : peel
""", words_pw())

add("blind-mo/ini/decoy-msmtp-passwordeval", "smokehouse/site/conf/msmtprc.laptop", "https://marlam.de/msmtp/msmtp.html#Authentication", """\
defaults
auth on
tls on
account peel
host smtp.office365.com
port 587
user orders@kippers.peel.im
passwordeval "secret-tool lookup service msmtp user orders@kippers.peel.im"
account default : peel
""")

add("blind-mo/json/vscode-rest-client", "web/.vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", """\
{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "base": "https://api.tt-grandstand.im/v2",
      "token": "@@secret@@"
    }
  }
}
""", fakes.fake("ttgs_admin_", 40, _seed()))

add("blind-mo/http/rest-client-file", "web/api-tests/tickets.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### Ticket lookup (Gaelg receipt)
GET https://api.tt-grandstand.im/v2/tickets/T-81122
Authorization: Bearer @@secret@@
Accept-Language: gv

### Sales today
GET https://api.tt-grandstand.im/v2/sales?day=today
""", jwt_like())

add("blind-mo/http/decoy-rest-variables", "web/api-tests/gates.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### Gate status (token from http-client.private.env.json, git-ignored)
GET {{base}}/gates/bray-hill
Authorization: Bearer {{gate_token}}

### Scans
GET {{base}}/gates/bray-hill/scans?since=09:00
Authorization: Bearer {{gate_token}}
""")

add("blind-mo/sql/decoy-column-names", "db/migrations/0043_api_tokens.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """\
-- API tokens for gate scanners: only a SHA-256 digest is stored
CREATE TABLE api_tokens (
    id            bigserial PRIMARY KEY,
    gate          text NOT NULL,
    token_prefix  char(14) NOT NULL,      -- e.g. 'ttgs_live_a7Qx'
    token_sha256  char(64) NOT NULL,
    created_at    timestamptz DEFAULT now()
);
""")

add("blind-mo/sql/connection-in-comment", "analysis/queries/tourism_export.sql", "https://www.postgresql.org/docs/current/app-psql.html", """\
-- run with:
--   psql "postgresql://tourism_report:@@secret@@@db.tt-grandstand.internal:5432/tickets" -f tourism_export.sql
-- Visitors by home country, TT 2027 (for the Tynwald report)
SELECT country, count(*) AS visitors
FROM tickets JOIN customers USING (customer_id)
GROUP BY country ORDER BY 2 DESC;
""", rand_pw(19))

add("blind-mo/powershell/decoy-placeholder", "Kiosk/deploy/Install-Kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
param(
  [Parameter(Mandatory)] [string]$Gate,
  [PSCredential]$Credential = (Get-Credential -Message "Kiosk admin (ask the oik)")
)
$apiKey = "<KIOSK_API_KEY>"   # replaced by the MSI at install time
Write-Host "Installing kiosk for $Gate - failt erriu"
""")

add("blind-mo/powershell/connection-string", "smokehouse/admin/Export-Orders.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Weekly export of wholesale orders for the accountant
$conn = "Server=sage01.peel.internal;Database=Sage;User Id=export;Password=@@secret@@;TrustServerCertificate=True"
Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT * FROM invoices WHERE week = DATEPART(week, GETDATE())" |
  Export-Csv -Path "C:\\Exports\\invoices-$(Get-Date -Format yyyy-MM-dd).csv" -NoTypeInformation
Write-Host "Jeant"
""", rand_pw(16, "#%"))

add("blind-mo/go/slack-webhook", "turnstile/internal/alert/slack.go", DOCS_SLACK, """\
package alert

import (
\t"bytes"
\t"net/http"
)

const hook = "@@secret@@"

// Gate offline: "Ta giat @@g@@ ass-linney"
func Offline(gate string) error {
\t_, err := http.Post(hook, "application/json", bytes.NewBufferString(`{"text":"gate offline: `+gate+`"}`))
\treturn err
}
""", slack_webhook(), g="{gate}")

add("blind-mo/rust/decoy-test-key", "gate-scanner/tests/barcode_test.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", """\
// Test vector from RFC 4231 (HMAC-SHA256 test case 1): a published, public example key.
const KEY: [u8; 20] = [0x0b; 20];
const DATA: &[u8] = b"Hi There";

#[test]
fn rfc4231_case1() {
    assert_eq!(hex::encode(gate_scanner::barcode::mac_with(&KEY, DATA)),
               "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
}
""")

add("blind-mo/rust/stripe-reqwest", "gate-scanner/src/refund.rs", "https://docs.stripe.com/api/authentication", """\
use reqwest::blocking::Client;

// Gate-side refund for double-sold seats (rare - ny jean aggle / don't panic)
pub fn refund(pi: &str) -> reqwest::Result<()> {
    Client::new()
        .post("https://api.stripe.com/v1/refunds")
        .basic_auth("@@secret@@", None::<&str>)
        .form(&[("payment_intent", pi)])
        .send()?;
    Ok(())
}
""", stripe_key("rk_live_"))

add("blind-mo/swift/mailgun", "TTApp/TTApp/Services/Feedback.swift", "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", """\
import Foundation

// "Insh dooin" (tell us) feedback form in the app
struct Feedback {
    static let domain = "mg.tt-grandstand.im"
    static let key = "@@secret@@"

    static func request(text: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.eu.mailgun.net/v3/\\(domain)/messages")!)
        r.httpMethod = "POST"
        r.setValue("Basic " + Data("api:\\(key)".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        return r
    }
}
""", mailgun_key())

# ---------------------------------------------------------------- build and service files

_slack_k8s = slack_bot()
_split_tok = fakes.fake("ttgs_live_", 32, _seed())

add("blind-mo/systemd/environment", "smokehouse/kiln/kiln-agent.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Kiln agent (aiee) - Peel smokehouse
After=network-online.target

[Service]
Environment=KILN_NAME=aiee-2
Environment=KILN_UPLOAD_TOKEN=@@secret@@
ExecStart=/opt/kiln-agent/bin/kiln-agent
Restart=always

[Install]
WantedBy=multi-user.target
""", fakes.fake("kiln_", 36, _seed()))

add("blind-mo/systemd/decoy-credential-file", "smokehouse/kiln/kiln-agent-v2.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Kiln agent (aiee), credentials from systemd-creds

[Service]
LoadCredentialEncrypted=upload-token:/etc/credstore.encrypted/kiln-upload-token
Environment=KILN_UPLOAD_TOKEN_FILE=%d/upload-token
ExecStart=/opt/kiln-agent/bin/kiln-agent
Restart=always
""")

add("blind-mo/pip-conf/index-token", "smokehouse/kiln/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://__token__:@@secret@@@gitlab.peel.im/api/v4/projects/12/packages/pypi/simple
trusted-host = gitlab.peel.im
""", gitlab_token())

add("blind-mo/json/composer-auth", "smokehouse/site/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """\
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "bitbucket-oauth": {}
}
""", github_token())

add("blind-mo/makefile/registry-login", "gate-scanner/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
REGISTRY := registry.tt-grandstand.im
IMAGE    := $(REGISTRY)/gate-scanner

login:
\tdocker login $(REGISTRY) -u gate-ci -p @@secret@@

push: login
\tdocker build -t $(IMAGE):$(shell git describe --tags) .
\tdocker push $(IMAGE):$(shell git describe --tags)
""", rand_pw(22))

add("blind-mo/circleci/env-inline", ".circleci/config.yml", "https://circleci.com/docs/env-vars/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          DATABASE_URL: postgresql://ci:@@secret@@@tickets-ci.tt-grandstand.internal/tickets_ci
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main: { jobs: [test] }
""", rand_pw(20))

add("blind-mo/azure-pipelines/decoy-variable-group", "Kiosk/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: kiosk-prod-secrets   # ClientSecret, SqlPassword (linked to Key Vault)
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: Kiosk/Kiosk.csproj }
  - script: echo Deploying with client secret $(ClientSecret)
""")

add("blind-mo/bitbucket/ssh-deploy", "smokehouse/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """\
pipelines:
  branches:
    main:
      - step:
          name: Deploy shop
          script:
            - pipe: atlassian/ftp-deploy:0.3.7
              variables:
                USER: peelkip
                PASSWORD: '@@secret@@'
                SERVER: ftp.kippers.peel.im
                REMOTE_PATH: /public_html
""", words_pw())

add("blind-mo/ansible/inventory-password", "ansible/inventory/kiosks.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
[kiosks]
kiosk-gate1 ansible_host=10.20.1.11
kiosk-gate2 ansible_host=10.20.1.12
kiosk-gate3 ansible_host=10.20.1.13

[kiosks:vars]
ansible_user=kioskadmin
ansible_password=@@secret@@
ansible_connection=winrm
""", words_pw())

add("blind-mo/laravel/dotenv-app-key", "hospitality/web/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="TT Hospitality"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_URL=https://hospitality.tt-grandstand.im
APP_LOCALE=en
APP_FALLBACK_LOCALE=gv
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-mo/po/decoy-translation", "boxoffice/locale/gv/LC_MESSAGES/django.po", "https://www.gnu.org/software/gettext/manual/html_node/PO-Files.html", """\
msgid ""
msgstr "Language: gv\\n"

msgid "Password"
msgstr "Fockle follit"

msgid "Your API key"
msgstr "Dty chiarn API"

msgid "Enter your password"
msgstr "Cur stiagh dty fockle follit"
""")

add("blind-mo/markdown/decoy-readme-gaelg", "boxoffice/README.gv.md", DOCS_MD, """\
# Oik tiggadyn TT

Dy chur er y chooid shoh (to run this):

    cp .env.example .env   # cur stiagh dty hiarnyn (put in your keys)
    docker compose up

Ny cur fockle follit erbee ayns Git (never put any password in Git).
Gura mie ayd!
""")

add("blind-mo/python/sqlalchemy-url-object", "analysis/tourism.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically", """\
from sqlalchemy import URL, create_engine

url = URL.create(
    "postgresql+psycopg",
    username="tourism_report",
    password="@@secret@@",
    host="db.tt-grandstand.internal",
    database="tickets",
)
engine = create_engine(url)
""", words_pw())

add("blind-mo/javascript/nodemailer", "hospitality/web/mail.js", "https://nodemailer.com/smtp/", """\
const nodemailer = require("nodemailer");

// Hospitality invitations: "Failt erriu gys y TT" (welcome to the TT)
module.exports = nodemailer.createTransport({
  host: "smtp.office365.com",
  port: 587,
  auth: { user: "hospitality@tt-grandstand.im", pass: "@@secret@@" },
});
""", words_pw())

add("blind-mo/yaml/k8s-secret-token", "k8s/boxoffice/slack-secret.yaml", DOCS_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: slack-bot
  namespace: tiggadyn
type: Opaque
data:
  SLACK_BOT_TOKEN: @@enc@@
""", _slack_k8s, enc=b64(_slack_k8s))

add("blind-mo/shell/continuation-split", "turnstile/ops/load-test.sh", "https://www.gnu.org/software/bash/manual/html_node/Escape-Character.html", """\
#!/usr/bin/env bash
# Load test before practice week (kuse eh - use it carefully)
k6 run \\
  -e BASE=https://api.tt-grandstand.im/v2 \\
  -e TOKEN=@@a@@\\
@@b@@ \\
  loadtest.js
""", _split_tok, a=_split_tok[:20], b=_split_tok[20:])

add("blind-mo/csharp/stripe-appsettings", "Hospitality.Api/appsettings.Production.json", DOCS_STRIPE, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Stripe": {
    "SecretKey": "@@secret@@",
    "Currency": "gbp"
  },
  "Suites": [ "Snaefell", "Barrule", "Greeba" ]
}
""", stripe_key())

add("blind-mo/terraform/provider-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "tiggadyn" {
  zone_id = var.zone_id
  name    = "tiggadyn"
  type    = "CNAME"
  content = "boxoffice.tt-grandstand.im"
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-mo/cron/crontab-password", "smokehouse/ops/crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow command  (thie-smookey pi)
*/5 * * * * /opt/kiln-agent/bin/push
0 2 * * * mysqldump -u backup --password=@@secret@@ orders | gzip > /srv/backup/orders.sql.gz
30 6 * * 1 /opt/kiln-agent/bin/weekly-report
@reboot /opt/kiln-agent/bin/kiln-agent
""", rand_pw(18))

add("blind-mo/cron/decoy-crontab", "turnstile/ops/crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# gate laptops
MAILTO=oik@tt-grandstand.im
*/2 * * * * . /etc/turnstile/env && /usr/local/bin/turnstile sync
0 23 * * * /usr/local/bin/turnstile export --dir /srv/exports
# /etc/turnstile/env is root-only (0600), written by ansible from vault
""")

# ---------------------------------------------------------------- stragglers

add("blind-mo/ruby/database-yml", "marshals-mailer/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: db.tt-grandstand.internal
  database: marshals
  username: marshals_mailer
  password: @@secret@@
""", rand_pw(22))

add("blind-mo/python/heredoc-json-secret", "smokehouse/courier/dpd_setup.py", "https://docs.python.org/3/library/textwrap.html", """\
\"\"\"Write the DPD courier config on a new shop PC (run once, then delete this file!).\"\"\"
from pathlib import Path

CONFIG = \"\"\"
{
  "account": "PEEL01",
  "username": "peelkippers",
  "password": "@@secret@@",
  "service": "chilled-48"
}
\"\"\"

Path("C:/PeelShop/dpd.json").write_text(CONFIG)
""", words_pw())

add("blind-mo/env-powershell/profile", "ops-notes/dotfiles/Microsoft.PowerShell_profile.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_profiles", """\
# Juan's profile on the box office laptop
Set-Location C:\\src\\tt
$env:GITHUB_TOKEN = "@@secret@@"
function tt { Set-Location C:\\src\\tt\\boxoffice }
Write-Host "Moghrey mie, Juan"
""", fakes.github_fine_grained_token(_seed()))

add("blind-mo/yaml/sentry-auth-token", "web/.sentryclirc.yaml", "https://docs.sentry.io/cli/configuration/", """\
# sentry-cli settings for source map upload (box office web)
defaults:
  url: https://sentry.io/
  org: tt-grandstand
  project: tiggadyn-web
auth:
  token: @@secret@@
""", "sntrys_" + b64('{"iat":1780000000,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"tt-grandstand"}').rstrip("=") + "_" + rand_pw(43))

add("blind-mo/markdown/slack-webhook-doc", "docs/notes/alerts.md", DOCS_MD, """\
# Raauyn (alerts)

Sold-out and gate-offline alerts post to **#oik-tiggadyn** through this incoming webhook:

    curl -X POST -H 'Content-type: application/json' \\
      --data '{"text":"test - moghrey mie"}' \\
      @@secret@@

Ask Kirree before adding another channel.
""", slack_webhook())
