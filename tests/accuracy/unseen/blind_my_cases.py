"""Blind set MY: an Amharic-language Addis Ababa coffee roaster-exporter and injera bakery delivery app.

The team roasts and exports Yirgacheffe and Sidama coffee, bakes injera and delivers it across
Addis Ababa through a rider app: payment gateways (Chapa, Telebirr, Stripe for export buyers),
SMS and Telegram bots, maps, cloud storage, databases, CI and deploy files, notes in Amharic,
and their decoys. Generated fakes only (seeds 7580000-7589999).
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
SEED_LOW, SEED_HIGH = 7580000, 7589999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Buna", "Jebena", "Sidama", "Harar", "Kaffa", "Teff", "Injera", "Entoto", "Merkato", "Bole",
         "Abay", "Guji", "Limu", "Shola", "Piassa", "Yirga", "Gelan", "Adwa", "Tana", "Semien"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def chapa_secret(test: bool = False) -> str:
    return ("CHASECK_TEST-" if test else "CHASECK-") + fakes.drawn_mixed(_seed(), 32)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1IjoiYnVuYWV4cG9ydCIsImEiOiJ" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the text's @@name@@ markers (the secret's as @@secret@@) and keep the case."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-my/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- .env and dotfiles

add("dotenv/chapa-secret", "bunabet-api/.env", "https://github.com/motdotla/dotenv#usage", """\
# ቡና ቤት API — የልማት አካባቢ (development)
APP_NAME=bunabet-api
APP_PORT=8080
DATABASE_URL=postgres://bunabet:@localhost:5432/bunabet_dev
CHAPA_PUBLIC_KEY=CHAPUBK-@@pub@@
CHAPA_SECRET_KEY=@@secret@@
CHAPA_CALLBACK_URL=https://api.bunabet.et/payments/chapa/callback
# Telebirr በቀጣይ ሳምንት ይጨመራል
""", chapa_secret(), pub=fakes.drawn_mixed(_seed(), 32))

add("dotenv/decoy-placeholder", "bunabet-api/.env.example", "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", """\
# ይህን ፋይል ወደ .env ገልብጡና እሴቶቹን ሙሉ (copy to .env and fill in)
APP_NAME=bunabet-api
APP_PORT=8080
DATABASE_URL=postgres://bunabet:<የይለፍ-ቃል>@localhost:5432/bunabet_dev
CHAPA_PUBLIC_KEY=CHAPUBK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
CHAPA_SECRET_KEY=CHASECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=
SENDGRID_API_KEY=SG.your-key-here
""")

add("dotenv/telegram-bot", "injera-bot/.env.production", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
NODE_ENV=production
BOT_USERNAME=InjeraDeliveryAddisBot
TELEGRAM_TOKEN=@@secret@@
ORDERS_CHANNEL_ID=-1001874520331
# ለአሽከርካሪዎች (riders) የሚላክ ማሳወቂያ
RIDER_GROUP_ID=-1001874520998
""", telegram())

add("dotenv/decoy-env-reference", "injera-bot/.env.ci", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
# CI ላይ ብቻ — እሴቶቹ ከ GitHub secrets ይመጣሉ
NODE_ENV=test
BOT_USERNAME=InjeraDeliveryStagingBot
TELEGRAM_TOKEN=${TELEGRAM_TOKEN}
ORDERS_CHANNEL_ID=${ORDERS_CHANNEL_ID}
SENTRY_DSN=${SENTRY_DSN}
""")

add("dotenv/aws-secret-key", "roastery-export/.env.local", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
# የላኪ ሰነዶች (export documents) S3 ላይ ይቀመጣሉ
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
EXPORT_DOCS_BUCKET=yirga-export-docs
ECX_CONTRACT_PREFIX=ECX-2026-
""", aws_secret(), kid=aws_id())

add("dotenv/decoy-masked", "roastery-export/.env.shared-notes", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """\
# ማስታወሻ፦ ቁልፎቹ ተደብቀዋል — ሙሉውን ከ 1Password "Roastery AWS" ውሰዱ
AWS_REGION=eu-central-1
AWS_ACCESS_KEY_ID=AKIA****************
AWS_SECRET_ACCESS_KEY=****************************************
EXPORT_DOCS_BUCKET=yirga-export-docs
""")

add("dotenv/redis-url", "rider-dispatch/.env", "https://redis.io/docs/latest/develop/clients/", """\
PORT=3030
# የአሽከርካሪዎች ቦታ (rider locations) በ Redis ይቀመጣል
REDIS_URL=redis://default:@@secret@@@redis-14522.addis-dispatch.internal:6379/0
GEO_KEY_PREFIX=riders:geo
DISPATCH_RADIUS_KM=4.5
""", fakes.redis_password(_seed()))

add("dotenv/decoy-empty", "rider-dispatch/.env.template", "https://12factor.net/config", """\
PORT=3030
REDIS_URL=
GOOGLE_MAPS_KEY=
TWILIO_AUTH_TOKEN=
# ባዶ ተውት — ማዘጋጃ ስክሪፕቱ (setup.sh) ይሞላዋል
""")

# ---------------------------------------------------------------- Python

add("python/django-secret-key", "bakery_site/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
# የእንጀራ ዳቦ ቤት ድረ ገጽ — የምርት ቅንብሮች
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["injera.addis-bakery.et", "www.injera.addis-bakery.et"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "am"
TIME_ZONE = "Africa/Addis_Ababa"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "bakery_site/settings/staging.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """\
import os

from .base import *  # noqa

DEBUG = False
# ሚስጥሩ ከአካባቢ ተለዋዋጭ ይነበባል (read from environment)
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
CHAPA_SECRET_KEY = os.environ.get("CHAPA_SECRET_KEY", "")
TIME_ZONE = "Africa/Addis_Ababa"
""")

add("python/sendgrid", "roastery/notify/email.py", "https://github.com/sendgrid/sendgrid-python#quick-start", """\
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# ለውጭ ገዢዎች (export buyers) የመላኪያ ማረጋገጫ ኢሜይል
_client = SendGridAPIClient("@@secret@@")


def send_shipment_notice(buyer_email: str, lot: str) -> None:
    message = Mail(
        from_email="export@yirga-roasters.et",
        to_emails=buyer_email,
        subject=f"Lot {lot} has left Djibouti",
        html_content=f"<p>Your Yirgacheffe lot {lot} is on the vessel.</p>",
    )
    _client.send(message)
""", sendgrid_key())

add("python/decoy-test-fixture", "roastery/tests/test_email.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# የሙከራ እሴቶች ብቻ — እውነተኛ ቁልፍ አይደሉም (fake, for tests only)
FAKE_SENDGRID_KEY = "SG.fake-key-for-tests.not-a-real-key"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", FAKE_SENDGRID_KEY)
    from roastery.notify import email
    return email
""")

add("python/postgres-dsn", "bakery/db.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """\
import psycopg

# የእንጀራ ትዕዛዞች የውሂብ ጎታ (orders database)
DSN = "host=10.20.4.11 port=5432 dbname=injera_orders user=bakery_app password=@@secret@@"


def connect():
    return psycopg.connect(DSN, application_name="injera-orders")


def todays_orders(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT id, customer, qty FROM orders WHERE delivery_date = current_date")
        return cur.fetchall()
""", words_pw())

add("python/telegram-split", "bot/config.py", "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html", """\
# ቴሌግራም ቦት ቅንብር
BOT_NAME = "BunaOrderBot"
BOT_TOKEN = (
    "@@a@@"
    "@@b@@"
)
ADMIN_CHAT_IDS = [311804552, 599120487]
DEFAULT_LANGUAGE = "am"
""", (_t := telegram()), a=_t[:21], b=_t[21:])

add("python/decoy-hash", "bot/users.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", """\
import hashlib

# የአስተዳዳሪ የይለፍ ቃል ሃሽ ብቻ ነው የሚቀመጠው (only the hash is stored)
ADMIN_PASSWORD_SHA256 = "@@h@@"
SALT_HEX = "@@s@@"


def check(password: str) -> bool:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(SALT_HEX), 390000)
    return digest.hex() == ADMIN_PASSWORD_SHA256
""", h=hexs(64), s=hexs(32))

add("python/stripe-live", "export_billing/invoices.py", "https://docs.stripe.com/api/authentication", """\
import stripe

# ለአውሮፓና ጃፓን ገዢዎች የሚላክ ደረሰኝ (invoices for EU/JP buyers)
stripe.api_key = "@@secret@@"


def invoice_lot(customer_id: str, lot: str, kilos: int, usd_per_kg: float):
    stripe.InvoiceItem.create(customer=customer_id, amount=int(kilos * usd_per_kg * 100),
                              currency="usd", description=f"Green coffee lot {lot}")
    return stripe.Invoice.create(customer=customer_id, collection_method="send_invoice", days_until_due=30)
""", stripe_key())

add("python/decoy-publishable", "export_billing/checkout.py", "https://docs.stripe.com/keys#obtain-api-keys", """\
# የሕዝብ (publishable) ቁልፍ ብቻ — ወደ አሳሽ መላክ ይቻላል
STRIPE_PUBLISHABLE_KEY = "pk_live_@@pk@@"
CURRENCY = "usd"
SUCCESS_URL = "https://yirga-roasters.et/export/thanks"
CANCEL_URL = "https://yirga-roasters.et/export/cart"
""", pk=fakes.drawn_mixed(_seed(), 24))

add("python/aws-boto3", "scripts/upload_phyto_certs.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
#!/usr/bin/env python3
\"\"\"የዕፅዋት ጤና ሰርተፊኬቶችን (phytosanitary certificates) ወደ S3 መጫን።\"\"\"
import sys

import boto3

session = boto3.Session(
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)
s3 = session.client("s3")
for path in sys.argv[1:]:
    s3.upload_file(path, "yirga-export-docs", "phyto/" + path.rsplit("/", 1)[-1])
    print("ተጭኗል:", path)
""", aws_secret(), kid=aws_id())

add("python/decoy-secret-manager", "scripts/fetch_secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """\
import json

import boto3

# ሚስጥሮቹ በ Secrets Manager ውስጥ ናቸው፤ ኮዱ ስማቸውን ብቻ ያውቃል
SECRET_ID = "prod/injera-delivery/chapa"


def chapa_key() -> str:
    client = boto3.client("secretsmanager", region_name="eu-central-1")
    value = client.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)["CHAPA_SECRET_KEY"]
""")

# ---------------------------------------------------------------- JavaScript / TypeScript

add("typescript/chapa-secret", "rider-app/server/src/payments/chapa.ts", "https://developer.chapa.co/integrations/accept-payments", """\
import axios from "axios";

// ቻፓ ክፍያ ማስጀመሪያ (initialize a Chapa payment)
const CHAPA_SECRET = "@@secret@@";

export async function initializePayment(orderId: string, amountBirr: number, phone: string) {
  const res = await axios.post(
    "https://api.chapa.co/v1/transaction/initialize",
    { amount: amountBirr.toFixed(2), currency: "ETB", phone_number: phone, tx_ref: `injera-${orderId}` },
    { headers: { Authorization: `Bearer ${CHAPA_SECRET}` } },
  );
  return res.data.data.checkout_url as string;
}
""", chapa_secret())

add("typescript/decoy-test-key", "rider-app/server/src/payments/chapa.test.ts", "https://developer.chapa.co/test-mode", """\
import { initializePayment } from "./chapa";

// የሙከራ ሁኔታ (test mode) — ምንም ገንዘብ አይንቀሳቀስም፣ ቁልፉ ውሸት ነው
jest.mock("axios");
process.env.CHAPA_SECRET = "CHASECK_TEST-placeholder-not-a-real-key";

test("builds a tx_ref from the order id", async () => {
  expect(typeof initializePayment).toBe("function");
});
""")

add("javascript/google-maps-key", "rider-app/web/src/map.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
// የማድረሻ ካርታ — ቦሌ፣ ፒያሳ፣ መርካቶ
import { Loader } from "@googlemaps/js-api-loader";

const loader = new Loader({
  apiKey: "@@secret@@",
  version: "weekly",
  language: "am",
  region: "ET",
});

export async function drawDeliveryMap(el) {
  const { Map } = await loader.importLibrary("maps");
  return new Map(el, { center: { lat: 9.0108, lng: 38.7613 }, zoom: 13 });
}
""", google_key())

add("javascript/decoy-env-reference", "rider-app/web/src/config.js", "https://vitejs.dev/guide/env-and-mode.html", """\
// ቁልፎች ከ Vite አካባቢ ተለዋዋጮች ይመጣሉ
export const config = {
  mapsKey: import.meta.env.VITE_GOOGLE_MAPS_KEY,
  apiBase: import.meta.env.VITE_API_BASE ?? "https://api.injera-delivery.et",
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
  defaultLang: "am",
};
""")

add("javascript/mongodb-uri", "injera-orders/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const { MongoClient } = require("mongodb");

// የትዕዛዝ ታሪክ (order history) በ Atlas ላይ
const uri = "mongodb+srv://orders_svc:@@secret@@@injera-cluster.x7q2m.mongodb.net/orders?retryWrites=true&w=majority";
const client = new MongoClient(uri);

async function lastOrders(phone) {
  await client.connect();
  return client.db("orders").collection("injera").find({ phone }).sort({ _id: -1 }).limit(10).toArray();
}

module.exports = { lastOrders };
""", rand_pw(16))

add("javascript/slack-webhook", "roastery-monitor/alerts.js", "https://api.slack.com/messaging/webhooks", """\
// የመቁያ ማሽን ሙቀት ማንቂያ (roaster temperature alert)
const fetch = require("node-fetch");

const WEBHOOK = "@@secret@@";

async function alertRoastTemp(machine, celsius) {
  if (celsius < 235) return;
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:fire: ${machine} ሙቀት ${celsius}°C ደርሷል` }),
  });
}

module.exports = { alertRoastTemp };
""", slack_webhook())

add("typescript/decoy-redacted", "roastery-monitor/src/logger.ts", "https://github.com/pinojs/pino/blob/main/docs/redaction.md", """\
import pino from "pino";

// ሚስጥራዊ መስኮች በሎግ ውስጥ ይደበቃሉ
export const log = pino({
  level: "info",
  redact: { paths: ["req.headers.authorization", "chapaSecret", "webhookUrl"], censor: "[REDACTED]" },
});

log.info({ chapaSecret: "[REDACTED]", webhookUrl: "https://hooks.slack.com/services/[REDACTED]" }, "ማንቂያ ተልኳል");
""")

add("typescript/firebase-admin-key", "rider-app/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """\
import * as admin from "firebase-admin";

// የአሽከርካሪ ማሳወቂያዎች (push to riders)
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "injera-delivery-addis",
    clientEmail: "firebase-adminsdk-q2k1v@injera-delivery-addis.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

export const messaging = admin.messaging();
""", pem("RSA"))

add("javascript/decoy-public-config", "rider-app/mobile/firebaseConfig.js", "https://firebase.google.com/docs/projects/api-keys", """\
// የፋየርቤዝ ደንበኛ ቅንብር — ሕዝባዊ ነው፣ ሚስጥር አይደለም (client config, not a secret)
// የ API ቁልፉ በ App Check እና በ HTTP referrer ገደብ የተጠበቀ ነው
export const firebaseConfig = {
  projectId: "injera-delivery-addis",
  authDomain: "injera-delivery-addis.firebaseapp.com",
  storageBucket: "injera-delivery-addis.appspot.com",
  messagingSenderId: "884201937765",
  appId: "1:884201937765:web:5f2c0d9ae01b7c44e1a2b3",
};
""")

add("javascript/npmrc-token", "rider-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@injera:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("javascript/decoy-npmrc-env", "roastery-monitor/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
registry=https://registry.npmjs.org/
@yirga:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

# ---------------------------------------------------------------- Go

add("go/postgres-url", "dispatch/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """\
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// የአሽከርካሪ ትዕዛዝ ማከማቻ
const dsn = "postgres://dispatch:@@secret@@@pg.dispatch.internal:5432/dispatch?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(22))

add("go/decoy-getenv", "dispatch/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """\
package config

import "os"

// ሁሉም ሚስጥሮች ከአካባቢ ተለዋዋጮች ይነበባሉ
type Config struct {
	DatabaseURL string
	TwilioToken string
}

func Load() Config {
	return Config{DatabaseURL: os.Getenv("DATABASE_URL"), TwilioToken: os.Getenv("TWILIO_AUTH_TOKEN")}
}
""")

add("go/twilio-token", "dispatch/internal/sms/sms.go", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """\
package sms

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	accountSID = "@@sid@@"
	authToken  = "@@secret@@"
	fromNumber = "+251911000111"
)

// ለደንበኛ "እንጀራዎ በመንገድ ላይ ነው" መልዕክት ይልካል
func Send(to, body string) error {
	form := url.Values{"To": {to}, "From": {fromNumber}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	_, err := http.DefaultClient.Do(req)
	return err
}
""", hexs(32), sid=twilio_sid())

add("go/decoy-checksum", "dispatch/go.sum.notes.md", "https://go.dev/ref/mod#go-sum-files", """\
# go.sum ማስታወሻ

እነዚህ የሞጁል ቼክሰሞች ናቸው፣ ሚስጥር አይደሉም (module checksums, not secrets):

    github.com/jackc/pgx/v5 v5.5.5 h1:@@a@@=
    github.com/jackc/puddle/v2 v2.2.1 h1:@@b@@=
""", a=fakes.drawn(_seed(), 43), b=fakes.drawn(_seed(), 43))

add("go/github-token", "tools/release/main.go", "https://pkg.go.dev/github.com/google/go-github/v60/github#Client.WithAuthToken", """\
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v60/github"
)

func main() {
	// የተለቀቀ ስሪት ማስታወሻ መፍጠሪያ (release notes)
	client := github.NewClient(nil).WithAuthToken("@@secret@@")
	rel, _, err := client.Repositories.GetLatestRelease(context.Background(), "yirga-roasters", "rider-app")
	if err != nil {
		panic(err)
	}
	fmt.Println("የቅርብ ጊዜ ስሪት:", rel.GetTagName())
}
""", github())

# ---------------------------------------------------------------- JVM, .NET, PHP, Ruby, Rust, Swift

add("java/jdbc-password", "export-erp/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """\
# የላኪ ERP — የክምችት (inventory) አገልግሎት
server.port=8081
spring.datasource.url=jdbc:postgresql://10.30.1.5:5432/export_erp
spring.datasource.username=erp_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
app.warehouse.default=Modjo-Dry-Mill
""", words_pw())

add("java/decoy-placeholder", "export-erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
# የምርት ቅንብር — የይለፍ ቃሉ ከ Vault ይመጣል
server.port=8081
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/export_erp
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
spring.cloud.vault.kv.backend=secret
""")

add("java/sendgrid-constant", "export-erp/src/main/java/et/yirga/erp/mail/MailConfig.java", "https://github.com/sendgrid/sendgrid-java#quick-start", """\
package et.yirga.erp.mail;

import com.sendgrid.SendGrid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

// የመጫኛ ሰነድ (bill of lading) ኢሜይሎች
@Configuration
public class MailConfig {
    private static final String SENDGRID_KEY = "@@secret@@";

    @Bean
    public SendGrid sendGrid() {
        return new SendGrid(SENDGRID_KEY);
    }
}
""", sendgrid_key())

add("kotlin/decoy-buildconfig", "rider-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "et.injera.rider"
    defaultConfig {
        applicationId = "et.injera.rider"
        minSdk = 24
        // የካርታ ቁልፉ ከ local.properties ይነበባል፣ ወደ git አይገባም
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        resValue("string", "app_name", "እንጀራ አድራሽ")
    }
}
""")

add("kotlin/api-key-object", "rider-android/app/src/main/java/et/injera/rider/net/Keys.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", """\
package et.injera.rider.net

// የመንገድ አቅጣጫ (directions) ኤፒአይ
object Keys {
    const val DIRECTIONS_API_KEY = "@@secret@@"
    const val BASE_URL = "https://maps.googleapis.com/maps/api/directions/json"
    const val REGION = "et"
}
""", google_key())

add("kotlin/decoy-local-properties", "rider-android/local.properties.sample", "https://developer.android.com/studio/build#properties-files", """\
## ይህ ናሙና ነው — ወደ local.properties ቀይሩትና የራሳችሁን ቁልፍ አስገቡ
sdk.dir=/home/you/Android/Sdk
MAPS_KEY=YOUR_GOOGLE_MAPS_KEY
CHAPA_PUBLIC_KEY=CHAPUBK-your-public-key
RELEASE_STORE_PASSWORD=
""")

add("csharp/connection-string", "BakeryPos/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=tcp:bakery-pos.database.windows.net,1433;Database=injera_pos;User ID=posadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Bakery": { "Branch": "Bole Medhanialem", "OvenCount": 6 }
}
""", words_pw())

add("csharp/decoy-user-secrets", "BakeryPos/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Pos": "Server=(localdb)\\\\mssqllocaldb;Database=injera_pos_dev;Trusted_Connection=True;"
  },
  "Telebirr": { "AppKey": "<dotnet user-secrets set Telebirr:AppKey ...>" }
}
""")

add("csharp/telebirr-app-key", "BakeryPos/Payments/TelebirrClient.cs", "https://developer.ethiotelecom.et/docs/GettingStarted", """\
using System.Net.Http;
using System.Net.Http.Json;

namespace BakeryPos.Payments;

// የቴሌብር ክፍያ ደንበኛ
public class TelebirrClient
{
    private const string FabricAppId = "c4182ef8-9249-458a-985e-06d191f4d505";
    private const string AppSecret = "@@secret@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://apiapp.ethiotelecom.et:32443/") };

    public Task<HttpResponseMessage> TokenAsync() =>
        _http.PostAsJsonAsync("apiaccess/payment/gateway/payment/v1/token", new { appSecret = AppSecret });
}
""", hexs(32))

add("php/mysql-password", "bunabet-shop/config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// የቡና መሸጫ ሱቅ — የውሂብ ጎታ
return [
    'driver'   => 'mysql',
    'host'     => '127.0.0.1',
    'database' => 'bunabet_shop',
    'username' => 'shop',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
];
""", rand_pw(14, "!#%"))

add("php/decoy-env-call", "bunabet-shop/config/payments.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
// ቁልፎች ከ .env ፋይል ይነበባሉ
return [
    'chapa' => [
        'public' => env('CHAPA_PUBLIC_KEY'),
        'secret' => env('CHAPA_SECRET_KEY'),
        'webhook_secret' => env('CHAPA_WEBHOOK_SECRET'),
    ],
];
""")

add("php/chapa-webhook-secret", "bunabet-shop/app/Http/Controllers/ChapaWebhook.php", "https://developer.chapa.co/integrations/webhooks", """\
<?php
namespace App\\Http\\Controllers;

use Illuminate\\Http\\Request;

// የቻፓ ዌብሁክ ፊርማ ማረጋገጫ
class ChapaWebhook extends Controller
{
    private const SECRET = '@@secret@@';

    public function __invoke(Request $request)
    {
        $expected = hash_hmac('sha256', $request->getContent(), self::SECRET);
        abort_unless(hash_equals($expected, $request->header('x-chapa-signature', '')), 401);
        return response()->json(['ok' => true]);
    }
}
""", rand_pw(40))

add("ruby/smtp-password", "export-portal/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """\
Rails.application.configure do
  # የውጭ ገዢዎች ፖርታል — ኢሜይል
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.yirga-roasters.et",
    password: "@@secret@@",
    authentication: :plain,
  }
end
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/decoy-credentials-ref", "export-portal/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# ቁልፉ በ Rails encrypted credentials ውስጥ ነው (config/credentials.yml.enc)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
}
""")

add("rust/redis-password", "oven-telemetry/src/main.rs", "https://docs.rs/redis/latest/redis/#connection-parameters", """\
// የምድጃ (mitad) ሙቀት መከታተያ
use redis::Commands;

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open("rediss://:@@secret@@@telemetry.injera-bakery.et:6380/2")?;
    let mut con = client.get_connection()?;
    let _: () = con.set("mitad:bole:3:temp_c", 212)?;
    println!("ሙቀቱ ተመዝግቧል");
    Ok(())
}
""", fakes.redis_password(_seed()))

add("rust/decoy-dotenvy", "oven-telemetry/src/config.rs", "https://docs.rs/dotenvy/latest/dotenvy/", """\
// ሚስጥሮቹ ከ .env ይጫናሉ፣ በኮዱ ውስጥ የሉም
pub fn redis_url() -> String {
    dotenvy::dotenv().ok();
    std::env::var("REDIS_URL").expect("REDIS_URL አልተገለጸም")
}

pub const DEFAULT_URL_EXAMPLE: &str = "rediss://:<password>@localhost:6380/2";
""")

add("swift/stripe-secret", "BunaExport-iOS/BunaExport/Config/Secrets.swift", "https://docs.stripe.com/keys#safe-keys", """\
import Foundation

// ማስጠንቀቂያ፦ ይህ ፋይል git ውስጥ መግባት አልነበረበትም
enum Secrets {
    static let stripeSecret = "@@secret@@"
    static let apiBase = URL(string: "https://api.yirga-roasters.et")!
    static let defaultLocale = Locale(identifier: "am_ET")
}
""", stripe_key("rk_live_"))

add("swift/decoy-plist-reference", "BunaExport-iOS/BunaExport/Config/AppConfig.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// ቁልፉ በ xcconfig በኩል ወደ Info.plist ይገባል፤ xcconfig git ውስጥ የለም
enum AppConfig {
    static var stripePublishableKey: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PUBLISHABLE_KEY") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- shell and PowerShell

add("shell/curl-bearer", "scripts/chapa_verify.sh", "https://developer.chapa.co/integrations/verify-payment", """\
#!/usr/bin/env bash
# የክፍያ ማረጋገጫ በእጅ (manual verify) — ./chapa_verify.sh injera-10452
set -euo pipefail
TX_REF="$1"
curl -sS "https://api.chapa.co/v1/transaction/verify/${TX_REF}" \\
  -H "Authorization: Bearer @@secret@@" | jq '.data.status'
""", chapa_secret())

add("shell/decoy-env-check", "scripts/deploy_bot.sh", "https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html", """\
#!/usr/bin/env bash
set -euo pipefail
# ቶከኑ ካልተሰጠ ቆም (stop if the token is missing)
: "${TELEGRAM_TOKEN:?TELEGRAM_TOKEN ያስፈልጋል}"
: "${DATABASE_URL:?DATABASE_URL ያስፈልጋል}"
docker compose -f compose.bot.yml up -d --build
echo "ቦቱ ተነስቷል"
""")

add("shell/mysql-cli-password", "scripts/nightly_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/bin/sh
# የማታ ምትኬ (nightly backup) — cron 02:30 EAT
DAY=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' bunabet_shop | gzip > /srv/backup/bunabet_shop-$DAY.sql.gz
find /srv/backup -name 'bunabet_shop-*.sql.gz' -mtime +14 -delete
echo "ምትኬ ተጠናቋል $DAY"
""", words_pw())

add("shell/heredoc-pgpass", "scripts/setup_reporting.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
# የሪፖርት አገልጋይ ማዘጋጃ
set -e
cat > ~/.pgpass <<'EOF'
10.20.4.11:5432:injera_orders:reporting:@@secret@@
EOF
chmod 600 ~/.pgpass
psql -h 10.20.4.11 -U reporting injera_orders -c "select count(*) from orders"
""", rand_pw(18))

add("shell/decoy-vault-read", "scripts/rotate_chapa.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
#!/usr/bin/env bash
set -euo pipefail
# አዲሱን ቁልፍ ከ Vault አንብብና ወደ Kubernetes ጫን
NEW_KEY=$(vault kv get -field=secret_key secret/injera/chapa)
kubectl -n payments create secret generic chapa \\
  --from-literal=CHAPA_SECRET_KEY="$NEW_KEY" --dry-run=client -o yaml | kubectl apply -f -
echo "ቁልፉ ታድሷል"
""")

add("powershell/sql-password", "ops/windows/Backup-PosDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# የPOS የውሂብ ጎታ ምትኬ — በየቀኑ ከምሽቱ 4 ሰዓት
$server   = "bakery-pos.database.windows.net"
$user     = "posadmin"
$password = "@@secret@@"
$stamp    = Get-Date -Format "yyyyMMdd"
Invoke-Sqlcmd -ServerInstance $server -Username $user -Password $password `
  -Query "BACKUP DATABASE injera_pos TO URL = 'https://posbackups.blob.core.windows.net/db/pos-$stamp.bak'"
Write-Host "ምትኬ ተጠናቋል"
""", words_pw())

add("powershell/decoy-secure-string", "ops/windows/Connect-Pos.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# የይለፍ ቃሉ በእጅ ይገባል፤ በፋይሉ ውስጥ አይቀመጥም
$cred = Get-Credential -UserName "posadmin" -Message "የPOS አስተዳዳሪ የይለፍ ቃል"
$server = "bakery-pos.database.windows.net"
Invoke-Sqlcmd -ServerInstance $server -Credential $cred -Query "SELECT TOP 5 * FROM Sales ORDER BY SoldAt DESC"
Write-Host "ተገናኝቷል"
""")

add("powershell/azure-storage-key", "ops/windows/Upload-Receipts.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.storage/new-azstoragecontext", """\
# የደረሰኝ ፎቶዎችን ወደ Azure Blob መጫን
$account = "injerareceipts"
$key = "@@secret@@"
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem C:\\Receipts\\*.jpg | ForEach-Object {
  Set-AzStorageBlobContent -File $_.FullName -Container "receipts" -Blob $_.Name -Context $ctx
}
""", base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

# ---------------------------------------------------------------- Kubernetes, Helm, compose

add("kubernetes/secret-data-base64", "deploy/k8s/chapa-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """\
# የቻፓ ክፍያ ሚስጥር — payments namespace
apiVersion: v1
kind: Secret
metadata:
  name: chapa
  namespace: payments
type: Opaque
data:
  CHAPA_PUBLIC_KEY: @@pub@@
  CHAPA_SECRET_KEY: @@enc@@
""", (_c := chapa_secret()), enc=b64(_c), pub=b64("CHAPUBK-" + fakes.drawn_mixed(_seed(), 32)))

add("kubernetes/decoy-sealed-secret", "deploy/k8s/chapa-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
# የታሸገ ሚስጥር (SealedSecret) — በክላስተሩ ቁልፍ ብቻ ይከፈታል
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: chapa
  namespace: payments
spec:
  encryptedData:
    CHAPA_SECRET_KEY: AgB@@ct@@
  template:
    type: Opaque
""", ct=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("kubernetes/stringdata-password", "deploy/k8s/orders-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """\
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: injera
  labels: { app: injera-orders }
stringData:
  # የትዕዛዝ ጎታ ተጠቃሚ
  POSTGRES_USER: bakery_app
  POSTGRES_PASSWORD: "@@secret@@"
  POSTGRES_DB: injera_orders
""", rand_pw(24))

add("kubernetes/decoy-secret-key-ref", "deploy/k8s/orders-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: injera-orders, namespace: injera }
spec:
  replicas: 2
  selector: { matchLabels: { app: injera-orders } }
  template:
    metadata: { labels: { app: injera-orders } }
    spec:
      containers:
        - name: api
          image: ghcr.io/yirga-roasters/injera-orders:1.14.2
          env:
            - name: POSTGRES_PASSWORD   # ከ Secret ይመጣል
              valueFrom: { secretKeyRef: { name: orders-db, key: POSTGRES_PASSWORD } }
            - name: TZ
              value: Africa/Addis_Ababa
""")

add("kubernetes/dockerconfigjson", "deploy/k8s/ghcr-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
# የ GHCR ምስል መሳቢያ ሚስጥር
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: injera
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_g := github()), enc=b64('{"auths":{"ghcr.io":{"username":"yirga-ci","password":"' + _g + '"}}}'))

add("helm/values-password", "charts/rider-dispatch/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# የአሽከርካሪ ስርጭት — ምርት
replicaCount: 3
image:
  repository: ghcr.io/yirga-roasters/rider-dispatch
  tag: "2.3.0"
redis:
  enabled: true
  auth:
    password: "@@secret@@"
env:
  DISPATCH_RADIUS_KM: "4.5"
  TZ: Africa/Addis_Ababa
""", fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "charts/rider-dispatch/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """\
replicaCount: 1
image:
  repository: ghcr.io/yirga-roasters/rider-dispatch
  tag: ""
redis:
  enabled: true
  auth:
    # የይለፍ ቃሉን እዚህ አትጻፉ — ያለውን Secret ተጠቀሙ
    existingSecret: rider-dispatch-redis
    existingSecretPasswordKey: redis-password
    password: ""
""")

add("compose/postgres-env", "compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """\
# የአካባቢ ልማት — ዳቦ ቤትና ቡና ቤት በአንድ
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: injera
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: injera_orders
    ports: ["5432:5432"]
  api:
    build: ./injera-orders
    environment:
      DATABASE_URL: postgres://injera@db:5432/injera_orders
    depends_on: [db]
""", words_pw())

add("compose/decoy-secrets-file", "compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: injera
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password   # ከፋይል ይነበባል
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("compose/rabbitmq-url", "roastery-monitor/compose.yml", "https://www.rabbitmq.com/docs/uri-spec", """\
services:
  broker:
    image: rabbitmq:3.13-management
  roast-logger:
    image: ghcr.io/yirga-roasters/roast-logger:0.9.1
    environment:
      # የመቁያ መረጃ ወረፋ (roast events queue)
      AMQP_URL: amqp://roastlog:@@secret@@@broker:5672/roastery
      MACHINES: "probat-1,giesen-w15"
""", rand_pw(20))

# ---------------------------------------------------------------- Terraform, Ansible, CI, Docker

add("terraform/db-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# የትዕዛዝ ጎታ — RDS
resource "aws_db_instance" "orders" {
  identifier        = "injera-orders"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.small"
  allocated_storage = 50
  username          = "bakery_admin"
  password          = "@@secret@@"
  skip_final_snapshot = false
}
""", rand_pw(20))

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "db_password" {
  description = "የትዕዛዝ ጎታ የይለፍ ቃል — በ TF_VAR_db_password ይሰጣል"
  type        = string
  sensitive   = true
}

variable "chapa_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("terraform/tfvars-cloudflare", "infra/prod.auto.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", """\
# የምርት ተለዋዋጮች
region            = "eu-central-1"
domain            = "injera-delivery.et"
cloudflare_api_token = "@@secret@@"
rider_app_replicas = 3
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
# የይለፍ ቃሉ በ Terraform ይፈጠራል፤ በፋይሉ ውስጥ አይጻፍም
resource "random_password" "redis" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "dispatch" {
  replication_group_id = "rider-dispatch"
  description          = "የአሽከርካሪ ቦታዎች"
  auth_token           = random_password.redis.result
  node_type            = "cache.t4g.micro"
}
""")

add("ansible/vars-password", "ansible/group_vars/roastery_servers.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# የመቁያ ቤት አገልጋዮች (Gelan roastery)
timezone: Africa/Addis_Ababa
roastlog_db_host: 10.40.0.12
roastlog_db_user: roastlog
roastlog_db_password: "@@secret@@"
ntp_servers:
  - 0.et.pool.ntp.org
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/bakery_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("ansible/task-inline-token", "ansible/roles/oven_agent/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """\
---
- name: የምድጃ ወኪል መጫን (install oven agent)
  ansible.builtin.apt:
    name: oven-agent
    state: present

- name: ወኪሉን በ GitLab መመዝገብ
  ansible.builtin.uri:
    url: https://gitlab.com/api/v4/projects/injera-bakery%2Foven-agent/releases
    headers:
      PRIVATE-TOKEN: "@@secret@@"
    return_content: true
""", gitlab_token())

add("ci/github-actions-inline", ".github/workflows/deploy-bot.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsenv", """\
name: deploy-bot
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ቦቱን ማሰማራት
        env:
          TELEGRAM_TOKEN: "@@secret@@"
        run: ./scripts/deploy_bot.sh
""", telegram())

add("ci/decoy-github-secrets", ".github/workflows/test.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm test
        env:
          # ሚስጥሮቹ ከ repository secrets
          CHAPA_SECRET: ${{ secrets.CHAPA_TEST_SECRET }}
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
""")

add("ci/gitlab-ci-variable", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#define-a-cicd-variable-in-the-gitlab-ciyml-file", """\
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # TODO: ወደ masked variable ውሰዱ
  DEPLOY_TOKEN: "@@secret@@"

deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" "https://gitlab.com/api/v4/projects/42/deployments"
""", gitlab_token())

add("ci/decoy-gitlab-masked", "oven-agent/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
stages: [test, release]

test:
  stage: test
  image: rust:1.79
  script:
    - cargo test
release:
  stage: release
  script:
    # CI_JOB_TOKEN በ GitLab ይሰጣል፤ እዚህ አልተጻፈም
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file target/release/oven-agent "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/oven-agent/$CI_COMMIT_TAG/oven-agent"'
""")

add("ci/circleci-env", ".circleci/config.yml", "https://circleci.com/docs/env-vars/", """\
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
        environment:
          SENDGRID_API_KEY: @@secret@@
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest -q
""", sendgrid_key())

add("dockerfile/env-key", "injera-orders/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
# ጊዜያዊ — ከዚያ ወደ Secret እንወስደዋለን
ENV GOOGLE_MAPS_KEY=@@secret@@
ENV TZ=Africa/Addis_Ababa
CMD ["node", "server.js"]
""", google_key())

add("dockerfile/decoy-build-secret", "roastery-monitor/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json .npmrc ./
# NPM ቶከኑ በ build secret ይሰጣል፤ በምስሉ ውስጥ አይቀርም
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
CMD ["node", "index.js"]
""")

add("dockerfile/arg-password", "export-erp/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """\
FROM eclipse-temurin:21-jre
ARG DB_PASSWORD=@@secret@@
ENV SPRING_DATASOURCE_PASSWORD=$DB_PASSWORD
COPY target/export-erp.jar /opt/app.jar
# የላኪ ERP
ENTRYPOINT ["java", "-jar", "/opt/app.jar"]
""", rand_pw(16, "!@#"))

# ---------------------------------------------------------------- client configs

add("client-config/aws-credentials", "ops/laptop/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

[roastery-export]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", aws_secret(), kid=aws_id())

add("client-config/decoy-aws-sso", "ops/laptop/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile roastery-export]
sso_session = yirga
sso_account_id = 418273650091
sso_role_name = ExportOps
region = eu-central-1

[sso-session yirga]
sso_start_url = https://yirga-roasters.awsapps.com/start
sso_region = eu-central-1
""")

add("client-config/netrc", "ops/laptop/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine api.chapa.co
  login bunabet
  password @@secret@@
machine nexus.yirga-roasters.et
  login ci-reader
""", rand_pw(24))

add("client-config/git-remote-token", "ops/build-agent/rider-app.git/config", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", """\
[core]
	repositoryformatversion = 0
	filemode = true
	bare = true
[remote "origin"]
	url = https://yirga-ci:@@secret@@@github.com/yirga-roasters/rider-app.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", github())

add("client-config/pypirc", "roastery-tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("client-config/decoy-pypirc-keyring", "roastery-tools/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """\
# ምሳሌ ብቻ — ቶከኑን በ keyring ያስቀምጡ: keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = pypi-<your-token>
""")

add("client-config/docker-config", "ops/laptop/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "ghcr.io": {
      "auth": "@@enc@@"
    }
  },
  "credsStore": ""
}
""", (_d := github()), enc=b64("yirga-ci:" + _d))

add("client-config/decoy-docker-credstore", "ops/build-agent/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "ghcr.io": {},
    "registry.gitlab.com": {}
  },
  "credsStore": "pass",
  "credHelpers": { "123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login" }
}
""")

add("client-config/kubeconfig-token", "ops/laptop/.kube/config-addis", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
- name: addis-prod
  cluster:
    server: https://k8s.injera-delivery.et:6443
    certificate-authority-data: @@ca@@
users:
- name: deployer
  user:
    token: @@secret@@
contexts:
- name: addis-prod
  context: { cluster: addis-prod, user: deployer, namespace: injera }
current-context: addis-prod
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 220, ALNUM + "-_") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"),
    ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + fakes.drawn(_seed(), 60) + "\n-----END CERTIFICATE-----\n"))

add("client-config/rclone", "ops/laptop/.config/rclone/rclone.conf", "https://rclone.org/s3/#configuration", """\
# የፎቶ ምትኬ — የቡና ማሳያ ፎቶዎች (coffee lot photos)
[wasabi-photos]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
endpoint = s3.eu-central-2.wasabisys.com
""", fakes.drawn(_seed(), 40, string.ascii_uppercase + string.digits), kid=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("client-config/ssh-private-key", "ops/keys/deploy_roastery", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", pem("OPENSSH"))

add("client-config/decoy-ssh-public-key", "ops/keys/deploy_roastery.pub", "https://man.openbsd.org/ssh-keygen#FILES", """\
# የሕዝብ ቁልፍ ብቻ (public key) — ወደ authorized_keys ይጨመራል
# ባለቤት፦ የመቁያ ቤት ማሰማሪያ (roastery deploy)
# ፈጣሪ፦ ዮናስ፣ 2026-03-14
# ጣት አሻራ፦ SHA256:@@fp@@
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@gelan-roastery
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"), k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("client-config/filezilla", "ops/laptop/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0">
  <Servers>
    <Server>
      <Host>sftp.ecx.com.et</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>yirga_export</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>ECX contracts (የምርት ገበያ)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (_f := words_pw()), enc=b64(_f))

add("client-config/decoy-pgpass-template", "ops/laptop/pgpass.template", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# ቅርጸት (format): hostname:port:database:username:password
# ይህን ወደ ~/.pgpass ገልብጡና PASSWORD የሚለውን ቀይሩ
10.20.4.11:5432:injera_orders:reporting:PASSWORD
10.30.1.5:5432:export_erp:erp_app:PASSWORD
localhost:5432:*:postgres:PASSWORD
""")

add("client-config/pip-conf-index", "ops/build-agent/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
timeout = 60
# የውስጥ ጥቅሎች (internal packages)
index-url = https://ci-reader:@@secret@@@nexus.yirga-roasters.et/repository/pypi-group/simple
trusted-host = nexus.yirga-roasters.et
""", rand_pw(22))

add("client-config/s3cfg", "ops/laptop/.s3cfg", "https://s3tools.org/kb/item14.htm", """\
[default]
access_key = @@kid@@
secret_key = @@secret@@
host_base = s3.eu-central-1.amazonaws.com
host_bucket = %(bucket)s.s3.eu-central-1.amazonaws.com
use_https = True
""", aws_secret(), kid=aws_id())

# ---------------------------------------------------------------- notebooks, SQL, logs, CSV

add("notebook/bigquery-key", "analytics/injera_demand_forecast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# የእንጀራ ፍላጎት ትንበያ (demand forecast)\\n", "በክፍለ ከተማ፣ በሳምንቱ ቀን"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "OPENAI_API_KEY = \\"@@secret@@\\"\\n",
    "resp = requests.post('https://api.openai.com/v1/chat/completions', headers={'Authorization': f'Bearer {OPENAI_API_KEY}'}, json={'model': 'gpt-4o-mini', 'messages': [{'role': 'user', 'content': 'ለፋሲካ ሳምንት የእንጀራ ፍላጎት ግምት'}]})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "analytics/roast_profiles.ipynb", "https://docs.python.org/3/library/getpass.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["ተገናኝቷል (connected)\\n"]}],
   "source": [
    "import getpass, psycopg\\n",
    "pw = getpass.getpass('roastlog password: ')\\n",
    "conn = psycopg.connect(host='10.40.0.12', dbname='roastlog', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/create-user-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- የሪፖርት ተጠቃሚ (read-only reporting role)
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE injera_orders TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", words_pw())

add("sql/decoy-hashed-seed", "db/seeds/admins.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """\
-- የአስተዳዳሪዎች ዘር ውሂብ — የይለፍ ቃል ሃሽ ብቻ (bcrypt)
INSERT INTO admins (email, full_name, password_hash) VALUES
  ('hanna@injera-bakery.et', 'ሐና ተስፋዬ', '$2b$12$@@h1@@'),
  ('dawit@injera-bakery.et', 'ዳዊት በቀለ', '$2b$12$@@h2@@');
-- ማሳሰቢያ፦ በመጀመሪያ መግቢያ ላይ የይለፍ ቃል መቀየር ግዴታ ነው
UPDATE admins SET must_change_password = true;
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/api-key-insert", "db/seeds/integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """\
-- የውህደት ቁልፎች (integration keys) — ለምርት አትጠቀሙ!
INSERT INTO integrations (name, kind, api_key, enabled) VALUES
  ('sms-gateway', 'twilio', NULL, false),
  ('stripe-export', 'stripe', '@@secret@@', true),
  ('maps', 'google', NULL, false);
SELECT name, enabled FROM integrations;
""", stripe_key())

add("log/url-with-password", "logs/dispatch-2026-11-02.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
2026-11-02T06:00:01+03:00 INFO  dispatch starting version=2.3.0
2026-11-02T06:00:01+03:00 INFO  connecting redis url=redis://default:@@secret@@@redis-14522.addis-dispatch.internal:6379/0
2026-11-02T06:00:02+03:00 INFO  riders online=41 zone=Bole
2026-11-02T06:00:05+03:00 WARN  rider 1187 GPS stale for 95s
2026-11-02T06:01:10+03:00 INFO  order injera-10452 assigned rider=1093 eta=18m
""", fakes.redis_password(_seed()))

add("log/decoy-masked", "logs/payments-2026-11-02.log", "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude", """\
2026-11-02T08:14:22+03:00 INFO  chapa init tx_ref=injera-10452 amount=420.00 ETB
2026-11-02T08:14:22+03:00 DEBUG chapa auth header=Bearer CHASECK-****************************3f9A
2026-11-02T08:14:23+03:00 INFO  checkout_url=https://checkout.chapa.co/checkout/payment/@@ref@@
2026-11-02T08:16:40+03:00 INFO  callback tx_ref=injera-10452 status=success
2026-11-02T08:16:40+03:00 INFO  webhook signature ok sha256=@@sig@@
""", ref=fakes.drawn(_seed(), 24), sig=hexs(64))

add("log/bot-token-url", "logs/injera-bot-error.log", "https://core.telegram.org/bots/api#making-requests", """\
[2026-10-28 19:02:11] ERROR telegram: request failed
Traceback (most recent call last):
  File "/app/bot/send.py", line 22, in notify_rider
    r = httpx.post(url, json=payload, timeout=5)
httpx.ConnectTimeout: timed out while requesting POST https://api.telegram.org/bot@@secret@@/sendMessage
[2026-10-28 19:02:11] WARN  retrying rider=1187 (የአሽከርካሪ ማሳወቂያ)
""", telegram())

add("csv/decoy-ids", "data/riders.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
rider_id,full_name,phone,zone,device_id,telebirr_account
1093,አበበ ከበደ,+251911234001,Bole,@@u1@@,0911234001
1187,ሰላም ግርማ,+251911234002,Piassa,@@u2@@,0911234002
1204,ዮሐንስ ታደሰ,+251911234003,Merkato,@@u3@@,0911234003
1311,መሰረት አለሙ,+251911234004,CMC,@@u4@@,0911234004
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/api-credentials-export", "data/buyer_portal_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
buyer,country,portal_user,portal_password,notes
Kaffee Haus GmbH,DE,kaffeehaus,,invited
Tokyo Bean Co,JP,tokyobean,,invited
Nordic Roast AB,SE,nordicroast,@@secret@@,ጊዜያዊ የይለፍ ቃል — ሲገቡ ይቀይሩ
Brooklyn Cup LLC,US,brooklyncup,,pending KYC
""", words_pw())

add("csv/decoy-lot-hashes", "data/export_lots_2026.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
lot,region,process,grade,bags,ico_mark,doc_sha256
YG-2611,Yirgacheffe,washed,G1,320,010/2611/0042,@@h1@@
SD-2614,Sidama,natural,G1,280,010/2614/0042,@@h2@@
GJ-2619,Guji,natural,G2,150,010/2619/0042,@@h3@@
LM-2620,Limu,washed,G2,200,010/2620/0042,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

# ---------------------------------------------------------------- documentation, notes, histories

add("markdown/runbook-password", "docs/runbooks/roaster-db-restore.md", "https://www.postgresql.org/docs/current/app-pgrestore.html", """\
# የመቁያ ቤት ጎታ መመለሻ (roastlog restore)

1. ከምትኬ አገልጋዩ የቅርብ ጊዜውን ፋይል አውርዱ።
2. እንዲህ አስኪዱ፦

```bash
PGPASSWORD='@@secret@@' pg_restore -h 10.40.0.12 -U roastlog -d roastlog --clean roastlog-latest.dump
```

3. የመቁያ ማሽኖቹ (Probat, Giesen) ዳግም እንዲገናኙ roast-logger ን አስነሱ።
""", words_pw())

add("markdown/decoy-readme-placeholders", "README.md", "https://www.makeareadme.com/", """\
# እንጀራ አድራሽ (Injera Delivery)

የአዲስ አበባ የእንጀራ ማድረሻና የቡና መላኪያ መተግበሪያ።

## ማስጀመሪያ (getting started)

```bash
cp .env.example .env
# CHAPA_SECRET_KEY=CHASECK_TEST-<ከ dashboard.chapa.co ያግኙ>
# TELEGRAM_TOKEN=<ከ @BotFather ያግኙ>
docker compose up -d
```

ሚስጥሮችን በፍጹም ወደ git አትግፉ። ጥያቄ ካለ #dev ቻናል ላይ ጠይቁ።
""")

add("markdown/handover-note-key", "docs/handover/2026-10-yonas.md", "https://www.markdownguide.org/basic-syntax/", """\
# የሥራ ርክክብ — ዮናስ → ሐና

- የቴሌግራም ቦቱ (@InjeraDeliveryAddisBot) በ `bot-01` ላይ ይሄዳል።
- የSMS መላኪያው Africa's Talking ነው፤ ተጠቃሚ `injera_sms`፣ የAPI ቁልፍ፦ `@@secret@@`
- የቻፓ ዳሽቦርድ መግቢያ በ 1Password ውስጥ ነው።
- የመቁያ ማሽን ማንቂያዎች #roastery ቻናል ላይ ይመጣሉ።

መልካም ሥራ!
""", "atsk_" + hexs(64))

add("markdown/decoy-docs-example", "docs/api/payments.md", "https://developer.chapa.co/integrations/accept-payments", """\
# የክፍያ API

ምሳሌ ጥያቄ (example request) — ቁልፉ የሰነድ ምሳሌ ነው፦

```http
POST /v1/transaction/initialize HTTP/1.1
Host: api.chapa.co
Authorization: Bearer CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxx
Content-Type: application/json

{"amount": "420", "currency": "ETB", "tx_ref": "injera-10452"}
```

እውነተኛ ቁልፉ በ `CHAPA_SECRET_KEY` አካባቢ ተለዋዋጭ ውስጥ ብቻ ይኖራል።
""")

add("markdown/table-credentials", "docs/wiki/staging-environments.md", "https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables", """\
# የሙከራ አካባቢዎች (staging)

| አገልግሎት | አድራሻ | ተጠቃሚ | የይለፍ ቃል |
|---|---|---|---|
| Grafana | https://grafana.staging.injera-delivery.et | admin | `@@secret@@` |
| Kibana | https://kibana.staging.injera-delivery.et | SSO | — |
| pgAdmin | https://pg.staging.injera-delivery.et | SSO | — |

ማሳሰቢያ፦ Grafana ወደ SSO እስኪዛወር ድረስ ብቻ።
""", words_pw())

add("rst/decoy-sphinx-config", "roastery-tools/docs/configuration.rst", "https://www.sphinx-doc.org/en/master/usage/restructuredtext/basics.html", """\
ቅንብር (Configuration)
======================

``roastery-tools`` reads its settings from the environment:

.. code-block:: bash

   export ROASTLOG_DSN="postgresql://analyst:${ROASTLOG_PASSWORD}@10.40.0.12/roastlog"
   export PROBAT_API_KEY="<from the Probat Pilot portal>"

.. note:: የይለፍ ቃሉ በ ``ROASTLOG_PASSWORD`` ይሰጣል፤ በሰነዱ ውስጥ አይጻፍም።
""")

add("rst/api-key-in-docs", "roastery-tools/docs/probat.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
የፕሮባት ውህደት (Probat integration)
===================================

Our roaster pushes each batch curve to Probat Pilot. To try it by hand:

.. code-block:: bash

   curl -H "X-Api-Key: @@secret@@" \\
        https://pilot.probat.com/api/v2/roasts?machine=P25-Gelan

ቁልፉ የGelan ማሽን ቁልፍ ነው።
""", fakes.drawn_mixed(_seed(), 40))

add("html/decoy-publishable-checkout", "rider-app/web/public/checkout.html", "https://docs.stripe.com/js/initializing", """\
<!doctype html>
<html lang="am">
<head><meta charset="utf-8"><title>ክፍያ — ቡና ለውጭ ገዢ</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<div id="card"></div>
<script>
  // የሕዝብ ቁልፍ (publishable) — ወደ አሳሽ መላክ ይቻላል
  const stripe = Stripe("pk_live_@@pk@@");
  stripe.elements().create("card").mount("#card");
</script>
</body>
</html>
""", pk=fakes.drawn_mixed(_seed(), 24))

add("html/admin-page-token", "rider-app/web/public/admin/status.html", "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch", """\
<!doctype html>
<html lang="am">
<head><meta charset="utf-8"><title>የአሽከርካሪዎች ሁኔታ</title></head>
<body>
<table id="riders"></table>
<script>
  fetch("https://api.injera-delivery.et/admin/riders", {
    headers: { "Authorization": "Bearer @@secret@@" }
  }).then(r => r.json()).then(rows => console.table(rows));
</script>
</body>
</html>
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"sub":"admin","role":"dispatch-admin","iat":1761800000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("wiki/confluence-export-password", "docs/wiki/ecx-sftp.txt", "https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html", """\
h1. የECX SFTP መዳረሻ

||ነገር||እሴት||
|አገልጋይ|sftp.ecx.com.et|
|ተጠቃሚ|yirga_export|
|የይለፍ ቃል|@@secret@@|

{note}ውሎቹ (contracts) በየቀኑ ከጠዋቱ 3 ሰዓት ይወርዳሉ።{note}
""", words_pw())

add("notes/decoy-rotation-log", "docs/notes/key-rotation-2026.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html#26-rotation", """\
# የቁልፍ ማደሻ መዝገብ (rotation log)

| ቀን | ቁልፍ | ጣት አሻራ (last 4) | በማን |
|---|---|---|---|
| 2026-03-02 | Chapa secret | …a91F | ሐና |
| 2026-06-11 | Telegram bot | …Xq0z | ዮናስ |
| 2026-09-30 | Stripe restricted | …7tKp | ሐና |

ሙሉ ቁልፎቹ በ Vault `secret/injera/*` ውስጥ ብቻ ናቸው።
""")

add("notes/sentence-password", "docs/notes/oven-controller.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
የምድጃ መቆጣጠሪያ (oven controller) ማስታወሻ — ቦሌ ቅርንጫፍ

የመቆጣጠሪያው የድር ገጽ http://192.168.10.40 ላይ ነው።
ተጠቃሚው admin ሲሆን የይለፍ ቃሉ @@secret@@ ነው፤ በፋብሪካ የተሰጠውን ቀይረናል።
ሙቀቱ ከ 220°C በላይ ከሆነ ማንቂያ ይልካል።
""", words_pw())

add("history/bash-export", "ops/laptop/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd ~/src/injera-delivery
git pull
export CHAPA_SECRET_KEY=@@secret@@
npm run dev
curl localhost:3000/health
kubectl -n injera get pods
""", chapa_secret())

add("history/decoy-zsh", "ops/laptop/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1761800001:0;cd ~/src/rider-dispatch
: 1761800010:0;export REDIS_URL=$(vault kv get -field=url secret/injera/redis)
: 1761800022:0;go test ./...
: 1761800050:0;kubectl -n injera rollout restart deploy/rider-dispatch
: 1761800090:0;git commit -am "የአሽከርካሪ ራዲየስ ማስተካከያ"
""")

add("history/mysql-command", "ops/bakery-pos/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """\
sudo systemctl status mysql
mysql -u shop -p@@secret@@ bunabet_shop -e "select count(*) from orders"
tail -f /var/log/nginx/access.log
df -h
exit
""", rand_pw(16))

# ---------------------------------------------------------------- YAML, TOML, INI, JSON, XML configs

add("yaml/app-config-token", "injera-orders/config/production.yaml", "https://yaml.org/spec/1.2.2/", """\
# የትዕዛዝ አገልግሎት — ምርት
server:
  port: 8080
  locale: am-ET
payments:
  provider: chapa
  secret_key: @@secret@@
  callback: https://api.injera-delivery.et/payments/chapa/callback
delivery:
  zones: [Bole, Piassa, Merkato, CMC, Ayat]
""", chapa_secret())

add("yaml/decoy-sops-encrypted", "injera-orders/config/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
payments:
    secret_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@=,tag:@@tag@@==,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2026-10-30T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.0
""", d=fakes.drawn(_seed(), 60, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/"), tag=fakes.drawn(_seed(), 22, ALNUM + "+/"),
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 80, ALNUM + "+/"))

add("yaml/spring-mail", "export-erp/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", """\
spring:
  mail:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
# የመጫኛ ማሳወቂያዎች (shipment notices)
""", sendgrid_key())

add("yaml/decoy-openapi-example", "injera-orders/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """\
openapi: 3.0.3
info: { title: የእንጀራ ትዕዛዝ API, version: 1.14.2 }
components:
  securitySchemes:
    bearerAuth: { type: http, scheme: bearer, bearerFormat: JWT }
  examples:
    AuthHeader:
      summary: ምሳሌ ብቻ
      value: "Bearer <access-token>"
security: [{ bearerAuth: [] }]
paths: {}
""")

add("toml/cargo-registry-token", "oven-telemetry/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# የግል ክሬት መዝገብ (private crates) — ይህ ፋይል መግባት አልነበረበትም
[registries.yirga]
token = "@@secret@@"

[registry]
default = "crates-io"
""", "cio" + fakes.drawn_mixed(_seed(), 32))

add("toml/decoy-pyproject", "roastery-tools/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """\
[project]
name = "roastery-tools"
version = "0.6.0"
description = "የመቁያ ኩርባ (roast curve) መሣሪያዎች"
requires-python = ">=3.11"
dependencies = ["psycopg[binary]>=3.1", "pandas>=2.2"]

[tool.roastery]
# ሚስጥሮች ከአካባቢ ተለዋዋጮች ብቻ
dsn_env = "ROASTLOG_DSN"
api_key_env = "PROBAT_API_KEY"
""")

add("toml/app-secret", "rider-dispatch/config/prod.toml", "https://toml.io/en/v1.0.0", """\
[server]
addr = "0.0.0.0:3030"

[maps]
provider = "mapbox"
# የመንገድ ማትሪክስ (route matrix) ቁልፍ
access_token = "@@secret@@"

[dispatch]
radius_km = 4.5
""", mapbox_secret())

add("ini/odbc-password", "BakeryPos/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
; የPOS ሪፖርቶች — Excel ከዚህ DSN ይገናኛል
[InjeraPos]
Driver   = ODBC Driver 18 for SQL Server
Server   = tcp:bakery-pos.database.windows.net,1433
Database = injera_pos
UID      = reports
PWD      = @@secret@@
Encrypt  = yes
""", words_pw())

add("ini/decoy-supervisor", "ops/bot-01/supervisord.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """\
[program:injera-bot]
command=/opt/injera-bot/venv/bin/python -m bot
directory=/opt/injera-bot
; ቶከኑ ከ /etc/injera-bot/env ይነበባል (EnvironmentFile)
environment=ENV_FILE="/etc/injera-bot/env",TZ="Africa/Addis_Ababa"
autorestart=true
user=injerabot
""")

add("ini/php-ini-smtp", "bunabet-shop/docker/php/conf.d/mail.ini", "https://www.php.net/manual/en/mail.configuration.php", """\
; የሱቅ ኢሜይል በ msmtp
sendmail_path = "/usr/bin/msmtp -t --host=smtp.zoho.com --port=587 --auth=on --user=shop@bunabet.et --passwordeval='echo @@secret@@' --tls=on"
mail.add_x_header = Off
date.timezone = Africa/Addis_Ababa
memory_limit = 256M
""", words_pw())

add("json/service-account", "analytics/gcp-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete#creating", """\
{
  "type": "service_account",
  "project_id": "injera-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@injera-analytics.iam.gserviceaccount.com",
  "client_id": "104857362910475839201",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_k := pem("")).replace("-----BEGIN  PRIVATE", "-----BEGIN PRIVATE").replace("-----END  PRIVATE", "-----END PRIVATE").replace("\n", "\\n"),
    kid=hexs(40))

add("json/decoy-appsettings-keyvault", "BakeryPos/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """\
{
  "KeyVault": { "Uri": "https://injera-pos-kv.vault.azure.net/" },
  "ConnectionStrings": { "Pos": "@Microsoft.KeyVault(SecretUri=https://injera-pos-kv.vault.azure.net/secrets/pos-db/)" },
  "Telebirr": { "AppKey": "@Microsoft.KeyVault(SecretUri=https://injera-pos-kv.vault.azure.net/secrets/telebirr-app-key/)" },
  "Bakery": { "Branch": "Bole Medhanialem" }
}
""")

add("json/vscode-rest-token", "rider-app/.vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", """\
{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "base": "https://api.injera-delivery.et",
      "token": "@@secret@@"
    }
  }
}
""", "ey" + fakes.drawn(_seed(), 34, ALNUM) + "." + fakes.drawn(_seed(), 120, ALNUM + "-_") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("json/decoy-package-lock-integrity", "rider-app/package-lock.fragment.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("xml/maven-settings", "export-erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- የውስጥ Nexus መዝገብ -->
  <servers>
    <server>
      <id>yirga-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted", "export-erp/settings-security.example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>yirga-nexus</id>
      <username>deployer</username>
      <!-- በ mvn --encrypt-password የተመሰጠረ ነው -->
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("xml/web-config", "BakeryPos/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- የድሮው POS (legacy) -->
    <add name="LegacyPos" connectionString="Data Source=10.50.0.8;Initial Catalog=InjeraPosLegacy;User Id=sa;Password=@@secret@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Branch" value="Piassa" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-android-manifest", "rider-android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """\
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="እንጀራ አድራሽ">
        <!-- ቁልፉ በ secrets-gradle-plugin ከ local.properties ይገባል -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
    </application>
</manifest>
""")

# ---------------------------------------------------------------- more code: split values, JSON in strings

add("python/json-in-string", "bot/handlers/payments.py", "https://docs.python.org/3/library/json.html", """\
import json
import os

# የድሮው ቅንብር — ሁሉም በአንድ JSON ሕብረቁምፊ (legacy: one JSON string)
_DEFAULT = '{"provider": "stripe", "secret_key": "@@secret@@", "currency": "usd"}'
SETTINGS = json.loads(os.environ.get("PAYMENT_SETTINGS", _DEFAULT))


def provider() -> str:
    return SETTINGS["provider"]
""", stripe_key())

add("python/decoy-docstring-example", "roastery/clients/probat.py", "https://peps.python.org/pep-0257/", """\
import os

import requests


class ProbatClient:
    \"\"\"የፕሮባት ደንበኛ።

    ምሳሌ (example)::

        client = ProbatClient(api_key="your-probat-api-key")
        client.roasts(machine="P25-Gelan")
    \"\"\"

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["PROBAT_API_KEY"]

    def roasts(self, machine: str):
        return requests.get("https://pilot.probat.com/api/v2/roasts", params={"machine": machine},
                            headers={"X-Api-Key": self.api_key}, timeout=10).json()
""")

add("python/sqlalchemy-url", "analytics/etl/load_sales.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """\
\"\"\"የዕለት ሽያጭ ወደ መጋዘኑ (warehouse) መጫን።\"\"\"
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine("mysql+pymysql://etl:@@secret@@@10.20.9.3:3306/bakery_dw?charset=utf8mb4")

sales = pd.read_csv("/srv/exports/pos_sales_today.csv")
sales["branch"] = sales["branch"].str.strip()
sales.to_sql("fact_sales", engine, if_exists="append", index=False)
print(f"{len(sales)} ረድፎች ተጭነዋል")
""", rand_pw(18))

add("python/decoy-fake-settings", "bot/tests/conftest.py", "https://docs.pytest.org/en/stable/reference/fixtures.html", """\
import pytest

# ውሸተኛ ቶከን — ቴሌግራም ይህን አይቀበልም (fake, rejected by Telegram)
FAKE_TOKEN = "123456:TEST-TOKEN-DO-NOT-USE"


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("TELEGRAM_TOKEN", FAKE_TOKEN)
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
""")

add("python/flask-secret", "bunabet-admin/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", """\
from flask import Flask, render_template

app = Flask(__name__)
app.config.update(
    SECRET_KEY="@@secret@@",
    SESSION_COOKIE_SECURE=True,
    BABEL_DEFAULT_LOCALE="am",
)


@app.get("/")
def index():
    return render_template("index.html", title="የቡና ቤት አስተዳደር")
""", hexs(64))

add("javascript/split-concat", "injera-bot/src/telegram.js", "https://core.telegram.org/bots/api", """\
// የቴሌግራም ቦት — ቶከኑ በሁለት ተከፍሏል (ማንም እንዳያገኘው ብለን ነበር...)
const TOKEN = "@@a@@" +
  "@@b@@";

const API = `https://api.telegram.org/bot${TOKEN}`;

async function sendOrderUpdate(chatId, text) {
  await fetch(`${API}/sendMessage`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ chat_id: chatId, text }),
  });
}

module.exports = { sendOrderUpdate };
""", (_t2 := telegram()), a=_t2[:18], b=_t2[18:])

add("javascript/decoy-webhook-placeholder", "roastery-monitor/alerts.example.js", "https://api.slack.com/messaging/webhooks#posting_with_webhooks", """\
// ምሳሌ ፋይል — WEBHOOK የሚለውን በራሳችሁ ይቀይሩ
const WEBHOOK = process.env.SLACK_WEBHOOK_URL || "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX";

module.exports = async function alert(text) {
  await fetch(WEBHOOK, { method: "POST", body: JSON.stringify({ text }) });
};
""")

add("typescript/aws-sdk-credentials", "rider-app/server/src/storage/s3.ts", "https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-aws-sdk-credential-providers/", """\
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

// የማድረሻ ማረጋገጫ ፎቶ (proof-of-delivery photos)
const s3 = new S3Client({
  region: "eu-central-1",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: "@@secret@@",
  },
});

export const putProof = (orderId: string, body: Buffer) =>
  s3.send(new PutObjectCommand({ Bucket: "injera-pod", Key: `${orderId}.jpg`, Body: body }));
""", aws_secret(), kid=aws_id())

add("go/decoy-test-jwt-secret", "dispatch/internal/auth/auth_test.go", "https://pkg.go.dev/testing", """\
package auth

import "testing"

// ለሙከራ ብቻ — ምርት ላይ ከ Vault ይመጣል
const testSigningKey = "test-only-signing-key"

func TestSignAndVerify(t *testing.T) {
	tok, err := Sign(testSigningKey, "rider-1093")
	if err != nil || !Verify(testSigningKey, tok) {
		t.Fatal("ፊርማ አልተረጋገጠም")
	}
}
""")

add("go/jwt-signing-key", "dispatch/internal/auth/keys.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5#SigningMethodHMAC", """\
package auth

// የአሽከርካሪ ቶከን መፈረሚያ ቁልፍ (HMAC)
// TODO(ሐና): ወደ Vault ውሰጂው
var signingKey = []byte("@@secret@@")

func Key() []byte { return signingKey }
""", rand_pw(48))

add("java/decoy-env-lookup", "export-erp/src/main/java/et/yirga/erp/ecx/EcxClient.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)", """\
package et.yirga.erp.ecx;

// የኢትዮጵያ ምርት ገበያ (ECX) ደንበኛ
public final class EcxClient {
    private final String user = System.getenv("ECX_SFTP_USER");
    private final String password = System.getenv("ECX_SFTP_PASSWORD");

    public boolean configured() {
        return user != null && password != null && !password.isBlank();
    }
}
""")

add("kotlin/okhttp-basic", "rider-android/app/src/main/java/et/injera/rider/net/Api.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java", """\
package et.injera.rider.net

import okhttp3.Credentials
import okhttp3.OkHttpClient

// የአሽከርካሪ መተግበሪያ ኤፒአይ ደንበኛ
val client = OkHttpClient.Builder()
    .addInterceptor { chain ->
        val auth = Credentials.basic("rider-app", "@@secret@@")
        chain.proceed(chain.request().newBuilder().header("Authorization", auth).build())
    }
    .build()
""", rand_pw(24))

add("csharp/decoy-config-binding", "BakeryPos/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
var builder = WebApplication.CreateBuilder(args);

// ሚስጥሮች ከ Key Vault ይጫናሉ
builder.Configuration.AddAzureKeyVault(new Uri(builder.Configuration["KeyVault:Uri"]!), new DefaultAzureCredential());
builder.Services.AddDbContext<PosDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Pos")));

var app = builder.Build();
app.MapGet("/", () => "የእንጀራ POS");
app.Run();
""")

add("php/decoy-wp-config-sample", "bunabet-blog/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
// ** የውሂብ ጎታ ቅንብሮች — ይህን ከአስተናጋጃችሁ ያግኙ ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

add("php/wp-config-password", "bunabet-blog/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#database-password", """\
<?php
// የቡና ብሎግ (bunabet.et/blog)
define( 'DB_NAME', 'bunabet_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'am' );
$table_prefix = 'wp_';
""", words_pw())

add("ruby/decoy-dotenv-fetch", "export-portal/config/initializers/sendgrid.rb", "https://github.com/bkeepers/dotenv", """\
# የኢሜይል ቁልፍ ከአካባቢ ተለዋዋጭ ብቻ
SENDGRID_KEY = ENV.fetch("SENDGRID_API_KEY") do
  raise "SENDGRID_API_KEY አልተገለጸም" if Rails.env.production?
  "SG.development-placeholder"
end
ActionMailer::Base.sendgrid_actionmailer_settings = { api_key: SENDGRID_KEY }
""")

add("ruby/twilio-client", "export-portal/lib/sms.rb", "https://www.twilio.com/docs/libraries/ruby", """\
require "twilio-ruby"

# ለገበሬ ማኅበራት (farmer cooperatives) የዋጋ መልዕክት
module Sms
  CLIENT = Twilio::REST::Client.new("@@sid@@", "@@secret@@")

  def self.price_update(phone, birr_per_kg)
    CLIENT.messages.create(from: "+251911000111", to: phone, body: "የዛሬ የቀይ ቡና ዋጋ፦ #{birr_per_kg} ብር/ኪግ")
  end
end
""", hexs(32), sid=twilio_sid())

add("swift/decoy-keychain", "BunaExport-iOS/BunaExport/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// ቶከኑ በ Keychain ውስጥ ይቀመጣል፤ በኮዱ ውስጥ አይጻፍም
enum TokenStore {
    static let service = "et.yirga.export.api"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

# ---------------------------------------------------------------- ops configs

add("alertmanager/slack-webhook", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: roastery-oncall
  group_by: [alertname, site]
receivers:
  - name: roastery-oncall
    slack_configs:
      - api_url: @@secret@@
        channel: "#roastery"
        title: "{{ .CommonLabels.alertname }} — የመቁያ ቤት ማንቂያ"
""", slack_webhook())

add("alertmanager/decoy-file-ref", "ops/monitoring/alertmanager.staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: bakery-staging
receivers:
  - name: bakery-staging
    slack_configs:
      # የዌብሁክ አድራሻው ከፋይል ይነበባል (mounted Secret)
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#bakery-staging"
""")

add("grafana/datasource-password", "ops/monitoring/grafana/provisioning/datasources/orders.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: የትዕዛዝ ጎታ (orders)
    type: postgres
    url: 10.20.4.11:5432
    user: reporting
    jsonData: { database: injera_orders, sslmode: require }
    secureJsonData:
      password: @@secret@@
""", words_pw())

add("grafana/decoy-env-interpolation", "ops/monitoring/grafana/provisioning/datasources/roastlog.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
apiVersion: 1
datasources:
  - name: roastlog
    type: postgres
    url: 10.40.0.12:5432
    user: grafana
    jsonData: { database: roastlog }
    secureJsonData:
      password: $ROASTLOG_GRAFANA_PASSWORD   # ከአካባቢ ተለዋዋጭ
""")

add("mqtt/mosquitto-bridge", "ops/ovens/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# የምድጃ ዳሳሾች (mitad sensors) → ማዕከላዊ ደላላ
listener 1883 127.0.0.1
connection central-bridge
address mqtt.injera-bakery.et:8883
remote_username bole-branch
remote_password @@secret@@
topic ovens/# out 1
bridge_cafile /etc/mosquitto/ca.crt
""", rand_pw(20))

add("mqtt/decoy-passwd-hashes", "ops/ovens/mosquitto.passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
bole-branch:$7$101$@@s1@@==$@@h1@@==
piassa-branch:$7$101$@@s2@@==$@@h2@@==
merkato-branch:$7$101$@@s3@@==$@@h3@@==
cmc-branch:$7$101$@@s4@@==$@@h4@@==
ayat-branch:$7$101$@@s5@@==$@@h5@@==
""", s1=fakes.drawn(_seed(), 22, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s3=fakes.drawn(_seed(), 22, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s4=fakes.drawn(_seed(), 22, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s5=fakes.drawn(_seed(), 22, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("nginx/basic-auth-header", "ops/nginx/roastlog-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# የመቁያ ሎግ ኤፒአይ ተኪ (proxy) — ጀርባው Basic auth ይፈልጋል
server {
    listen 443 ssl;
    server_name roastlog.yirga-roasters.et;
    location /api/ {
        proxy_pass http://10.40.0.12:8000/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("roastlog-proxy:" + rand_pw(18)))

add("nginx/decoy-htpasswd-ref", "ops/nginx/grafana.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """\
server {
    listen 443 ssl;
    server_name grafana.injera-delivery.et;
    # የይለፍ ቃሎቹ (hashes) በ /etc/nginx/.htpasswd ውስጥ ናቸው
    auth_basic "የአስተዳዳሪ ብቻ";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("systemd/environment-token", "ops/bot-01/injera-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=የእንጀራ ማድረሻ ቴሌግራም ቦት
After=network-online.target

[Service]
User=injerabot
Environment=TELEGRAM_TOKEN=@@secret@@
Environment=TZ=Africa/Addis_Ababa
ExecStart=/opt/injera-bot/venv/bin/python -m bot
Restart=always

[Install]
WantedBy=multi-user.target
""", telegram())

add("systemd/decoy-credential-load", "ops/bot-01/injera-bot-v2.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=የእንጀራ ማድረሻ ቦት (v2)

[Service]
User=injerabot
# ቶከኑ በ systemd-creds የተመሰጠረ ነው
LoadCredentialEncrypted=telegram_token:/etc/credstore.encrypted/telegram_token
ExecStart=/opt/injera-bot/venv/bin/python -m bot --token-file=${CREDENTIALS_DIRECTORY}/telegram_token

[Install]
WantedBy=multi-user.target
""")

add("crontab/inline-password", "ops/bakery-pos/crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# የዳቦ ቤት ዕለታዊ ሥራዎች (EAT)
SHELL=/bin/bash
30 2 * * * /opt/scripts/nightly_backup.sh >> /var/log/backup.log 2>&1
0 5 * * * curl -fsS -u reports:@@secret@@ https://pos.injera-bakery.et/api/reports/daily -o /srv/reports/daily.pdf
*/10 * * * * /opt/scripts/oven_check.sh
""", rand_pw(16))

add("makefile/decoy-vars", "Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """\
# የግንባታ ትዕዛዞች
IMAGE ?= ghcr.io/yirga-roasters/injera-orders
TAG   ?= $(shell git rev-parse --short HEAD)

login:
\t@echo "$$GHCR_TOKEN" | docker login ghcr.io -u yirga-ci --password-stdin

push: login
\tdocker build -t $(IMAGE):$(TAG) . && docker push $(IMAGE):$(TAG)
""")

add("jenkins/credentials-inline", "export-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    // ጊዜያዊ — ወደ credentials() ይቀየራል
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh 'mvn -B -s .mvn/settings.xml package' } }
    stage('Deploy') { steps { sh 'mvn -B deploy -Dnexus.password=$NEXUS_PASSWORD' } }
  }
}
""", rand_pw(20))

add("jenkins/decoy-credentials-binding", "roastery-tools/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
  agent any
  stages {
    stage('Publish') {
      steps {
        // ቶከኑ በ Jenkins credentials ውስጥ ነው
        withCredentials([string(credentialsId: 'pypi-token', variable: 'TWINE_PASSWORD')]) {
          sh 'python -m twine upload -u __token__ dist/*'
        }
      }
    }
  }
}
""")

add("ci/bitbucket-pipelines", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """\
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: ማሰማራት (deploy)
          script:
            - npm ci
            - npx vercel deploy --prod --token @@secret@@
""", fakes.drawn_mixed(_seed(), 24))

add("ci/decoy-azure-pipelines", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/set-secret-variables", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: bakery-pos-secrets   # ሚስጥሮቹ በ variable group ውስጥ
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: BakeryPos/BakeryPos.csproj }
  - script: dotnet ef database update --connection "$(PosConnectionString)"
""")

# ---------------------------------------------------------------- keys, API clients, captured traffic

add("kubernetes/tls-secret-key", "deploy/k8s/telebirr-signing.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
# የቴሌብር ጥያቄ መፈረሚያ ቁልፍ (merchant signing key)
apiVersion: v1
kind: Secret
metadata:
  name: telebirr-signing
  namespace: payments
type: Opaque
data:
  merchant_private_key.pem: @@enc@@
""", (_p := pem("RSA")), enc=b64(_p + "\n"))

add("kubernetes/configmap-password", "deploy/k8s/roastlog-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: roastlog
  namespace: roastery
data:
  ROASTLOG_DB_HOST: 10.40.0.12
  ROASTLOG_DB_USER: roastlog
  ROASTLOG_DB_PASSWORD: "@@secret@@"   # ስህተት ነው — ወደ Secret ይዛወራል
  MACHINES: probat-1,giesen-w15
""", words_pw())

add("kubernetes/decoy-external-secret", "deploy/k8s/stripe-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
# ቁልፉ ከ AWS Secrets Manager ይሳባል
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata: { name: stripe, namespace: export }
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: stripe }
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: { key: prod/export/stripe, property: secret_key }
""")

add("argocd/repo-secret", "deploy/argocd/repo-injera.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """\
apiVersion: v1
kind: Secret
metadata:
  name: repo-injera-delivery
  namespace: argocd
  labels: { argocd.argoproj.io/secret-type: repository }
stringData:
  type: git
  url: https://gitlab.com/injera-bakery/injera-delivery.git
  username: argocd
  password: @@secret@@
""", gitlab_token())

add("serverless/env-key", "functions/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """\
service: injera-sms
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  environment:
    # የአፍሪካ ቶኪንግ SMS
    AT_USERNAME: injera_sms
    AT_API_KEY: @@secret@@
functions:
  notify: { handler: handler.notify }
""", "atsk_" + hexs(64))

add("serverless/decoy-ssm", "functions-export/serverless.yml", "https://www.serverless.com/framework/docs/guides/variables/aws/ssm", """\
service: export-docs
provider:
  name: aws
  runtime: python3.12
  environment:
    # ከ SSM Parameter Store
    SENDGRID_API_KEY: ${ssm:/export/prod/sendgrid_api_key}
    DOCS_BUCKET: yirga-export-docs
functions:
  notify: { handler: handler.notify }
""")

add("fly/toml-env-secret", "injera-bot/fly.toml", "https://fly.io/docs/reference/configuration/#the-env-variables-section", """\
app = "injera-bot"
primary_region = "jnb"

[env]
  TZ = "Africa/Addis_Ababa"
  OPENAI_API_KEY = "@@secret@@"   # ለአማርኛ መልስ ረዳት

[[services]]
  internal_port = 8080
  protocol = "tcp"
""", fakes.openai_key(_seed()))

add("heroku/decoy-app-json", "export-portal/app.json", "https://devcenter.heroku.com/articles/app-json-schema#env", """\
{
  "name": "yirga-export-portal",
  "description": "የውጭ ገዢዎች ፖርታል",
  "env": {
    "SECRET_KEY_BASE": { "description": "Rails secret", "generator": "secret" },
    "STRIPE_SECRET_KEY": { "description": "ከ Stripe dashboard", "required": true },
    "SENDGRID_API_KEY": { "description": "ኢሜይል", "required": true }
  }
}
""")

add("http/rest-client-file", "rider-app/api-requests/chapa.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### የቻፓ ባንኮች ዝርዝር
GET https://api.chapa.co/v1/banks
Authorization: Bearer @@secret@@

### ክፍያ ማረጋገጥ
GET https://api.chapa.co/v1/transaction/verify/injera-10452
Authorization: Bearer @@secret@@
""", chapa_secret())

add("http/decoy-env-variable", "rider-app/api-requests/orders.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### የዛሬ ትዕዛዞች
GET {{base}}/orders?date=today
Authorization: Bearer {{token}}

### አንድ ትዕዛዝ
GET {{base}}/orders/injera-10452
Authorization: Bearer {{token}}
""")

add("postman/collection-key", "docs/postman/algolia-search.postman_collection.json", "https://schema.postman.com/collection/json/v2.1.0/draft-07/docs/index.html", """\
{
  "info": { "name": "የምርት ፍለጋ (product search)", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "item": [{
    "name": "reindex products",
    "request": {
      "method": "POST",
      "header": [
        { "key": "X-Algolia-Application-Id", "value": "Q7K2M4ZP1B" },
        { "key": "X-Algolia-API-Key", "value": "@@secret@@" }
      ],
      "url": "https://Q7K2M4ZP1B.algolia.net/1/indexes/products/clear"
    }
  }]
}
""", hexs(32))

add("postman/decoy-environment", "docs/postman/staging.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "name": "staging",
  "values": [
    { "key": "base", "value": "https://api.staging.injera-delivery.et", "enabled": true },
    { "key": "token", "value": "", "type": "secret", "enabled": true },
    { "key": "chapa_key", "value": "", "type": "secret", "enabled": true }
  ]
}
""")

add("log/smtp-auth-plain", "logs/mail-debug-2026-10-30.log", "https://www.rfc-editor.org/rfc/rfc4954#section-4", """\
2026-10-30 10:02:11 SMTP -> 220 smtp.zoho.com ESMTP ready
2026-10-30 10:02:11 CLIENT -> EHLO shop.bunabet.et
2026-10-30 10:02:11 SMTP -> 250-AUTH LOGIN PLAIN
2026-10-30 10:02:11 CLIENT -> AUTH PLAIN @@secret@@
2026-10-30 10:02:12 SMTP -> 235 Authentication Successful
2026-10-30 10:02:12 CLIENT -> MAIL FROM:<shop@bunabet.et>
""", b64("\0shop@bunabet.et\0" + words_pw()))

add("log/decoy-http-redacted", "logs/api-access-2026-10-30.log", "https://httpd.apache.org/docs/2.4/logs.html#accesslog", """\
10.0.3.14 - - [30/Oct/2026:08:14:22 +0300] "POST /payments/chapa/callback HTTP/1.1" 200 17 "-" "Chapa/1.0" auth="Bearer ***"
10.0.3.14 - - [30/Oct/2026:08:15:02 +0300] "GET /orders/injera-10452 HTTP/1.1" 200 512 "-" "InjeraRider/2.3 (Android 13)" auth="Bearer ***"
10.0.3.22 - - [30/Oct/2026:08:15:40 +0300] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"
10.0.3.22 - - [30/Oct/2026:08:16:01 +0300] "POST /riders/1093/location HTTP/1.1" 204 0 "-" "InjeraRider/2.3" auth="Bearer ***"
10.0.3.14 - - [30/Oct/2026:08:16:40 +0300] "GET /metrics HTTP/1.1" 200 9120 "-" "Prometheus/2.53"
""")

add("har/authorization-header", "docs/debug/checkout-bug.har", "http://www.softwareishard.com/blog/har-12-spec/", """\
{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "131.0"},
 "entries": [{
  "request": {"method": "POST", "url": "https://api.injera-delivery.et/checkout",
   "headers": [{"name": "Content-Type", "value": "application/json"},
               {"name": "X-Api-Key", "value": "@@secret@@"}],
   "postData": {"mimeType": "application/json", "text": "{\\"order\\":\\"injera-10452\\",\\"lang\\":\\"am\\"}"}},
  "response": {"status": 500, "statusText": "Internal Server Error"}
 }]}}
""", "idk_live_" + fakes.drawn_mixed(_seed(), 40))

add("markdown/decoy-issue-template", ".github/ISSUE_TEMPLATE/bug_report.md", "https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/configuring-issue-templates-for-your-repository", """\
---
name: የስህተት ሪፖርት (bug report)
about: ችግሩን ግለጹልን
---

**ምን ሆነ?**

**እንዴት እንደገና ይፈጠራል?**

> ⚠️ ሎግ ሲለጥፉ ቶከኖችን ያጥፉ፦ `Authorization: Bearer <REDACTED>`
""")

# ---------------------------------------------------------------- more languages and notes

add("dart/flutter-const", "customer_app/lib/config/keys.dart", "https://dart.dev/language/variables#final-and-const", """\
// የደንበኛ መተግበሪያ (Flutter) — ቁልፎች
class Keys {
  static const chapaPublic = 'CHAPUBK-@@pub@@';
  static const apiBase = 'https://api.injera-delivery.et';
  // ይህ መሆን አልነበረበትም፤ የሰርቨሩ ቁልፍ ነው
  static const chapaSecret = '@@secret@@';
}
""", chapa_secret(), pub=fakes.drawn_mixed(_seed(), 32))

add("dart/decoy-dart-define", "customer_app/lib/config/env.dart", "https://dart.dev/guides/environment-declarations", """\
// ቁልፎች በግንባታ ጊዜ ይሰጣሉ: flutter build apk --dart-define=MAPS_KEY=...
class Env {
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.injera-delivery.et');
  static const locale = 'am';
}
""")

add("gradle/signing-password", "rider-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# የመልቀቂያ ፊርማ (release signing)
RELEASE_STORE_FILE=../keys/injera-rider.jks
RELEASE_KEY_ALIAS=injera-rider
RELEASE_STORE_PASSWORD=@@secret@@
""", words_pw())

add("r/dbconnect-password", "analytics/coffee_prices.R", "https://solutions.posit.co/connections/db/best-practices/managing-credentials/", """\
# የዓለም ገበያ የቡና ዋጋ ከ ECX ዋጋ ጋር ማነፃፀር
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "10.30.1.5", dbname = "export_erp",
                 user = "analyst", password = "@@secret@@")
prices <- dbGetQuery(con, "SELECT lot, usd_per_kg, ecx_birr_per_kg FROM lot_prices")
summary(prices)
dbDisconnect(con)
""", rand_pw(16))

add("r/decoy-keyring", "analytics/roast_quality.R", "https://keyring.r-lib.org/", """\
# የይለፍ ቃሉ በ keyring ውስጥ — keyring::key_set("roastlog")
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "10.40.0.12", dbname = "roastlog",
                 user = "analyst", password = keyring::key_get("roastlog"))
cupping <- dbGetQuery(con, "SELECT lot, score FROM cupping WHERE score >= 85")
dbDisconnect(con)
""")

add("perl/ftp-password", "legacy/scripts/push_price_list.pl", "https://metacpan.org/pod/Net::FTP", """\
#!/usr/bin/perl
# የዋጋ ዝርዝር ወደ ድሮው ድረ ገጽ (legacy site)
use strict; use warnings;
use Net::FTP;
my $ftp = Net::FTP->new("ftp.bunabet.et") or die "መገናኘት አልተቻለም";
$ftp->login("bunabet", "@@secret@@") or die $ftp->message;
$ftp->put("price_list_am.pdf");
$ftp->quit;
""", words_pw())

add("lua/openresty-secret", "ops/nginx/lua/verify_rider.lua", "https://github.com/openresty/lua-resty-string", """\
-- የአሽከርካሪ ጥያቄ ፊርማ ማረጋገጫ (HMAC)
local hmac = require "resty.hmac"
local SECRET = "@@secret@@"

local sig = ngx.req.get_headers()["X-Rider-Signature"]
local h = hmac:new(SECRET, hmac.ALGOS.SHA256)
if h:final(ngx.var.request_uri, true) ~= sig then
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
""", rand_pw(40))

add("scala/decoy-typesafe-config", "export-analytics/src/main/resources/application.conf", "https://github.com/lightbend/config#optional-system-or-env-variable-overrides", """\
# የላኪ ትንታኔ (export analytics)
db {
  url = "jdbc:postgresql://10.30.1.5:5432/export_erp"
  user = "analyst"
  password = ${?EXPORT_DB_PASSWORD}
}
spark.app.name = "lot-margins"
""")

add("elixir/runtime-secret", "pickup_tracker/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """\
import Config

# የመውሰጃ ነጥብ መከታተያ (pickup tracker)
config :pickup_tracker, PickupTrackerWeb.Endpoint,
  url: [host: "pickup.injera-delivery.et", port: 443],
  secret_key_base: "@@secret@@"

config :pickup_tracker, :timezone, "Africa/Addis_Ababa"
""", fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("vagrant/provision-password", "ops/lab/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell", """\
# የሙከራ ላብ — የPOS አገልጋይ
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y mysql-server
    mysql -e "CREATE USER 'shop'@'%' IDENTIFIED BY '@@secret@@'; GRANT ALL ON bunabet_shop.* TO 'shop'@'%';"
  SHELL
end
""", rand_pw(14))

add("notes/amharic-meeting-notes", "docs/notes/2026-11-03-ስብሰባ.md", "https://www.markdownguide.org/basic-syntax/", """\
# የሳምንቱ ስብሰባ — ጥቅምት 24

ተሳታፊዎች፦ ሐና፣ ዮናስ፣ ሰላም፣ ዳዊት

- የጃፓን ገዢ (Tokyo Bean) የ SD-2614 ናሙና ተቀብለዋል፤ ውጤት 87.5።
- የፋሲካ ሳምንት እንጀራ ትዕዛዝ በ40% ይጨምራል ተብሎ ይጠበቃል።
- ሰላም የአዲሱን SMS መላኪያ ቁልፍ አጋርታለች፦ @@secret@@ (ነገ በ Vault ውስጥ ትጨምረዋለች)
- ቀጣይ ስብሰባ፦ ሰኞ ከጠዋቱ 3 ሰዓት
""", sendgrid_key())

add("notes/decoy-amharic-checklist", "docs/notes/ሚስጥር-አያያዝ.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", """\
# ሚስጥሮችን እንዴት እንይዛለን (how we handle secrets)

1. የይለፍ ቃል ወይም ቁልፍ ወደ git፣ ቴሌግራም ወይም ኢሜይል አትለጥፉ።
2. ሁሉም ቁልፎች በ Vault `secret/injera/*` እና `secret/roastery/*` ስር ናቸው።
3. ለአካባቢ ልማት `CHASECK_TEST-...` የሙከራ ቁልፎችን ብቻ ተጠቀሙ።
4. ቁልፍ ከወጣ (leaked) ወዲያውኑ በ #security ቻናል ሪፖርት አድርጉና አድሱት።
5. የማድረሻ ቁልፍ ምሳሌ፦ `TELEGRAM_TOKEN=<ከ @BotFather>`
""")

add("notes/runbook-telebirr", "docs/runbooks/telebirr-outage.md", "https://developer.ethiotelecom.et/docs/GettingStarted", """\
# የቴሌብር መቋረጥ ሲከሰት (Telebirr outage)

1. የክፍያ ገጹን ወደ "ቻፓ ብቻ" ቀይሩ፦ `kubectl -n payments set env deploy/checkout TELEBIRR_ENABLED=false`
2. ሁኔታውን በእጅ ፈትሹ፦

       curl -X POST https://apiapp.ethiotelecom.et:32443/apiaccess/payment/gateway/payment/v1/token \\
         -H 'Content-Type: application/json' -d '{"appSecret":"@@secret@@"}'

3. ሲመለስ TELEBIRR_ENABLED=true አድርጉ።
""", hexs(32))

add("rst/decoy-changelog", "roastery-tools/CHANGELOG.rst", "https://keepachangelog.com/en/1.1.0/", """\
ለውጦች (Changelog)
==================

0.6.0 (2026-10-12)
------------------
* ``PROBAT_API_KEY`` አሁን ከአካባቢ ተለዋዋጭ ብቻ ይነበባል (ቀድሞ በ ``config.ini`` ነበር)።
* የድሮው ``api_key = ...`` መስመር ተወግዷል፤ ቁልፉ ታድሷል (rotated, ``…e4Qa``)።
* የመቁያ ኩርባ (roast curve) ግራፍ አማርኛ ስያሜዎችን ያሳያል።
""")

add("html/wiki-page-password", "docs/wiki/export/ecx-portal.html", "https://html.spec.whatwg.org/multipage/", """\
<!doctype html>
<html lang="am">
<head><meta charset="utf-8"><title>የECX ፖርታል መግቢያ</title></head>
<body>
<h1>የECX ፖርታል</h1>
<p>አድራሻ፦ <a href="https://portal.ecx.com.et">portal.ecx.com.et</a></p>
<p>ተጠቃሚ፦ <code>yirga.export</code> — የይለፍ ቃል፦ <code>@@secret@@</code></p>
<p>የውል ቁጥሮች በ ECX-2026- ይጀምራሉ።</p>
</body>
</html>
""", words_pw())

add("python/decoy-public-key-pem", "bot/webhook_verify.py", "https://docs.python.org/3/library/ssl.html", """\
# የቴሌብር የሕዝብ ቁልፍ (public key) — ፊርማ ለማረጋገጥ ብቻ
TELEBIRR_PUBLIC_KEY = \"\"\"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@IDAQAB
-----END PUBLIC KEY-----\"\"\"
""", a=fakes.drawn(_seed(), 20, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"), c=fakes.drawn(_seed(), 58, ALNUM + "+/"))

# ---------------------------------------------------------------- last files

add("yaml/github-fine-grained", "ops/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """\
# የጥገኝነት ማዘመኛ (Renovate) — self-hosted
platform: github
token: @@secret@@
repositories:
  - yirga-roasters/rider-app
  - yirga-roasters/injera-orders
timezone: Africa/Addis_Ababa
schedule: ["before 6am on monday"]
""", fakes.github_fine_grained_token(_seed()))

add("python/aws-session-token", "scripts/sts_debug.py", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html", """\
# ጊዜያዊ የ STS ምስክርነት — ለማረም (debug) ብቻ ተለጥፏል
import boto3

sts_session_token = "@@secret@@"
s3 = boto3.client("s3", aws_session_token=sts_session_token, region_name="eu-central-1")
for obj in s3.list_objects_v2(Bucket="yirga-export-docs", Prefix="phyto/")["Contents"][:5]:
    print(obj["Key"])
""", fakes.aws_session_token(_seed()))

add("shell/docker-login-stdin", "scripts/push_images.sh", "https://docs.docker.com/reference/cli/docker/login/#password-stdin", """\
#!/usr/bin/env bash
# ምስሎችን ወደ GHCR መግፋት
set -e
echo "@@secret@@" | docker login ghcr.io -u yirga-ci --password-stdin
for svc in injera-orders rider-dispatch roast-logger; do
  docker push "ghcr.io/yirga-roasters/${svc}:$(git rev-parse --short HEAD)"
done
""", github())

add("helm/template-default-secret", "charts/injera-orders/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/functions_and_pipelines/#using-the-default-function", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "injera-orders.fullname" . }}-maps
type: Opaque
stringData:
  # ነባሪው ቁልፍ (default) መወገድ አለበት
  GOOGLE_MAPS_KEY: {{ .Values.mapsKey | default "@@secret@@" | quote }}
""", google_key())

add("terraform/provider-token", "infra/github.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs#authentication", """\
# የማከማቻዎች (repositories) አስተዳደር
provider "github" {
  owner = "yirga-roasters"
  token = "@@secret@@"
}

resource "github_repository" "rider_app" {
  name       = "rider-app"
  visibility = "private"
}
""", github())

add("markdown/mapbox-note", "docs/notes/maps-migration.md", "https://docs.mapbox.com/help/getting-started/access-tokens/", """\
# ከ Google Maps ወደ Mapbox ሽግግር

- የሕዝብ ቶከኑ (`pk.`) በደንበኛ መተግበሪያው ውስጥ ይኖራል።
- የሰርቨር ቶከን (የመንገድ ማትሪክስ)፦

      @@secret@@

- ወጪው በወር ከ 200 ዶላር በታች እንዲሆን የካሽ (cache) ጊዜውን 15 ደቂቃ አድርገናል።
""", mapbox_secret())

add("ini/decoy-flake8", "roastery-tools/setup.cfg", "https://setuptools.pypa.io/en/latest/userguide/declarative_config.html", """\
[metadata]
name = roastery-tools
description = የመቁያ ኩርባ መሣሪያዎች

[options]
packages = find:
install_requires = psycopg[binary]; pandas

[tool:pytest]
env = PROBAT_API_KEY=dummy-key-for-tests
""")

add("csharp/stripe-options", "BakeryPos/Payments/ExportCards.cs", "https://docs.stripe.com/api/authentication?lang=dotnet", """\
using Stripe;

namespace BakeryPos.Payments;

// የውጭ ገዢ ካርድ ክፍያ (export buyer card payments)
public static class ExportCards
{
    public static void Configure() => StripeConfiguration.ApiKey = "@@secret@@";

    public static PaymentIntent Charge(long cents, string customer) =>
        new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = cents, Currency = "usd", Customer = customer });
}
""", stripe_key())

add("powershell/decoy-env-read", "ops/windows/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables", """\
# የዕለቱ ሪፖርት በኢሜይል — ቁልፉ ከአካባቢ ተለዋዋጭ
$key = $env:SENDGRID_API_KEY
if (-not $key) { throw "SENDGRID_API_KEY አልተገለጸም" }
$body = @{ personalizations = @(@{ to = @(@{ email = "hanna@injera-bakery.et" }) }); subject = "የዕለቱ ሽያጭ" } | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri "https://api.sendgrid.com/v3/mail/send" -Method Post -Headers @{ Authorization = "Bearer $key" } -Body $body -ContentType "application/json"
""")

add("log/ci-output-key", "logs/ci-build-4411.log", "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/troubleshooting-workflows/using-workflow-run-logs", """\
2026-11-01T07:12:03Z ##[group]Run ./scripts/release.sh
2026-11-01T07:12:03Z + export GITLAB_TOKEN=@@secret@@
2026-11-01T07:12:04Z + npx semantic-release
2026-11-01T07:12:09Z [semantic-release] › ✔  Published release 2.3.1 on default channel
2026-11-01T07:12:09Z ##[endgroup]
""", gitlab_token())

add("yaml/slack-bot-token", "ops/chatops/roastbot.yaml", "https://api.slack.com/authentication/token-types#bot", """\
# የመቁያ ቤት ቻትኦፕስ ቦት (roastbot)
slack:
  bot_token: @@secret@@
  channels: ["#roastery", "#export-shipments"]
commands:
  - name: ሙቀት        # /roastbot ሙቀት probat-1
    target: http://roast-logger:8080/temp
  - name: lot
    target: http://export-erp:8081/lots
""", "xoxb-" + str(random.Random(_seed()).randint(10**10, 10**11)) + "-" + str(random.Random(_seed()).randint(10**12, 10**13)) + "-" + fakes.drawn_mixed(_seed(), 24))

add("java/basic-auth-header", "export-erp/src/main/java/et/yirga/erp/ecx/PriceFeed.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpRequest.html", """\
package et.yirga.erp.ecx;

import java.net.URI;
import java.net.http.HttpRequest;

// የECX ዕለታዊ ዋጋ (daily price feed)
final class PriceFeed {
    static HttpRequest today() {
        return HttpRequest.newBuilder(URI.create("https://feeds.ecx.com.et/prices/coffee/today.json"))
            .header("Authorization", "Basic @@secret@@")
            .build();
    }
}
""", b64("yirga_export:" + words_pw()))
