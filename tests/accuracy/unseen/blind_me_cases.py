"""Blind set ME: Luganda (Uganda) teams.

A Kampala boda-boda ride app ("Genda Boda": rider and passenger apps, dispatch, mobile-money
payouts through MTN MoMo and Airtel Money, SMS through Africa's Talking) and the Kalerwe matooke
wholesale market's stall-fee system (stall ledgers, daily dues, USSD receipts, a small admin site),
their configs, notes and runbooks (partly in Luganda), and their decoys.
Generated fakes only (seeds 6940000-6949999).
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
_SEED = [6940000]


def _seed() -> int:
    _SEED[0] += 7
    assert 6940000 <= _SEED[0] < 6950000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Matooke", "Kalerwe", "Ntinda", "Kisasi", "Nsambya", "Mengo", "Bwaise", "Kireka", "Namirembe",
         "Ggaba", "Kansanga", "Mutundwe", "Lubaga", "Kyebando", "Wandegeya", "Nakawa", "Kololo", "Najjera"]
LOWER = ["enkoko", "embuzi", "omuti", "ekitooke", "olusozi", "ennyanja", "akasozi", "ekibira", "omugga",
         "enjuba", "omwezi", "emmere", "ebijanjaalo", "amatooke", "engoma", "akatale"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def at_key() -> str:  # Africa's Talking API key
    return "atsk_" + hexs(64)


def momo_key() -> str:  # MTN MoMo developer subscription key / api key
    return hexs(32)


def flw_secret() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def flw_public() -> str:
    return "FLWPUBK-" + hexs(32) + "-X"


def paystack_secret() -> str:
    return "sk_live_" + hexs(40)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1Ijoia2FsZXJ3ZSIsImEiOiJ" + "".join(r.choice(ALNUM) for _ in range(20)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def mapbox_public() -> str:
    r = _rng()
    return "pk.eyJ1IjoiZ2VuZGFib2RhIiwiYSI6ImNs" + "".join(r.choice(ALNUM) for _ in range(20)) + "In0." + "".join(r.choice(ALNUM + "_-") for _ in range(22))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def firebase_server_key() -> str:
    r = _rng()
    return "AAAA" + "".join(r.choice(ALNUM + "_-") for _ in range(7)) + ":APA91b" + "".join(r.choice(ALNUM + "_-") for _ in range(134))


def jwt_like() -> str:
    r = _rng()
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = b64('{"sub":"rider-%d","role":"rider","iat":%d}' % (r.randint(1000, 9999), r.randint(1700000000, 1790000000))).rstrip("=")
    return head + "." + body.replace("+", "-").replace("/", "_") + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def fake_pw() -> str:
    return fakes.password(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def tg_token() -> str:
    return fakes.telegram_token(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


PYDOC = "https://docs.python.org/3/reference/lexical_analysis.html"
ENVDOC = "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file"
YAMLDOC = "https://yaml.org/spec/1.2.2/"
K8SDOC = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSEDOC = "https://docs.docker.com/reference/compose-file/"
TFDOC = "https://developer.hashicorp.com/terraform/language"
GHADOC = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
GLDOC = "https://docs.gitlab.com/ee/ci/yaml/"
MDDOC = "https://spec.commonmark.org/"
JSDOC = "https://nodejs.org/api/process.html#processenv"
GODOC = "https://go.dev/ref/spec"
JAVADOC = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KTDOC = "https://kotlinlang.org/docs/basic-syntax.html"
PHPDOC = "https://laravel.com/docs/configuration"
RBDOC = "https://guides.rubyonrails.org/configuring.html"
SHDOC = "https://www.gnu.org/software/bash/manual/bash.html"
PSDOC = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
SQLDOC = "https://www.postgresql.org/docs/current/sql-createrole.html"
JSONDOC = "https://www.json.org/json-en.html"
TOMLDOC = "https://toml.io/en/v1.0.0"
INIDOC = "https://docs.python.org/3/library/configparser.html"
XMLDOC = "https://www.w3.org/TR/xml/"
DOCKERDOC = "https://docs.docker.com/reference/dockerfile/"
ANSIBLEDOC = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
HELMDOC = "https://helm.sh/docs/chart_template_guide/values_files/"
NBDOC = "https://nbformat.readthedocs.io/en/latest/format_description.html"
RSTDOC = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
HTMLDOC = "https://html.spec.whatwg.org/"
CSDOC = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
RUSTDOC = "https://doc.rust-lang.org/reference/"
SWIFTDOC = "https://docs.swift.org/swift-book/"
DARTDOC = "https://dart.dev/language"
ATDOC = "https://developers.africastalking.com/docs/authentication"
MOMODOC = "https://momodeveloper.mtn.com/api-documentation"
LOGDOC = "https://docs.python.org/3/library/logging.html"
CSVDOC = "https://www.rfc-editor.org/rfc/rfc4180"
NGINXDOC = "https://nginx.org/en/docs/"
SYSTEMDDOC = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"

# ---------------------------------------------------------------- Genda Boda: backend (Python)

add("blind-me/python/africastalking-key", "genda_boda/sms/otp_sender.py", ATDOC, '''"""Tuma koodi ya OTP eri omusaabaze (send the one-time code to the passenger)."""
import africastalking

# TODO(ssemanda): kino kijja mu vault oluvannyuma lw'okulaga (move to vault after demo)
africastalking.initialize(username="gendaboda", api_key="@@s@@")
sms = africastalking.SMS


def send_otp(phone: str, code: str) -> dict:
    message = f"Koodi yo ey'okuyingira mu Genda Boda: {code}. Togiwa muntu yenna."
    return sms.send(message, [phone], sender_id="GENDABODA")
''', at_key())

add("blind-me/python/momo-subscription-key", "genda_boda/payments/momo_collect.py", MOMODOC, '''import uuid
import requests

MOMO_BASE = "https://proxy.momoapi.mtn.com/collection"
# Ekisumuluzo kya subscription (Primary key) okuva ku momodeveloper portal
OCP_APIM_KEY = "@@s@@"
TARGET_ENV = "mtnuganda"


def request_to_pay(token: str, msisdn: str, amount_ugx: int, trip_id: str) -> str:
    ref = str(uuid.uuid4())
    r = requests.post(
        f"{MOMO_BASE}/v1_0/requesttopay",
        headers={
            "Authorization": f"Bearer {token}",
            "X-Reference-Id": ref,
            "X-Target-Environment": TARGET_ENV,
            "Ocp-Apim-Subscription-Key": OCP_APIM_KEY,
        },
        json={"amount": str(amount_ugx), "currency": "UGX", "externalId": trip_id,
              "payer": {"partyIdType": "MSISDN", "partyId": msisdn},
              "payerMessage": "Ssente z'olugendo", "payeeNote": "Genda Boda"},
        timeout=20,
    )
    r.raise_for_status()
    return ref
''', momo_key())

add("blind-me/python/decoy-env-reference", "genda_boda/payments/momo_settings.py", MOMODOC, '''"""Ensengeka za MoMo: byonna biva mu environment, tewali kisumuluzo wano."""
import os

MOMO_SUBSCRIPTION_KEY = os.environ["MOMO_SUBSCRIPTION_KEY"]
MOMO_API_USER = os.environ.get("MOMO_API_USER", "")
MOMO_API_KEY = os.environ["MOMO_API_KEY"]
MOMO_TARGET_ENV = os.getenv("MOMO_TARGET_ENV", "sandbox")
MOMO_CALLBACK = os.getenv("MOMO_CALLBACK", "https://api.gendaboda.ug/hooks/momo")
''')

add("blind-me/python/django-secret-key", "genda_boda/config/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["staging.gendaboda.ug", "10.20.0.14"]

# Staging yokka -- production efuna eyaayo okuva mu SSM
SECRET_KEY = '@@s@@'

DATABASES["default"]["HOST"] = "staging-db.internal"
CORS_ALLOWED_ORIGINS = ["https://staging-rider.gendaboda.ug"]
''', django_key())

add("blind-me/python/decoy-fake-fixture", "genda_boda/tests/test_payouts.py", PYDOC, '''import pytest

from genda_boda.payments import payouts

# Ebigezo bino byonna bya bulimba: tebikozesa MoMo ya ddala.
FAKE_API_KEY = "test-key-not-real-0000"
FAKE_USER = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("MOMO_API_KEY", FAKE_API_KEY)
    monkeypatch.setenv("MOMO_API_USER", FAKE_USER)
    return payouts.Client(sandbox=True)


def test_rider_payout_rounds_to_shillings(client):
    assert client.amount_for(12_345.6) == 12_346
''')

add("blind-me/python/postgres-url", "genda_boda/db/alembic_env_snippet.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", '''from sqlalchemy import create_engine

# Ekyakozesebwa ku laptop ya Nakato nga tukyusa schema y'olugendo (trips)
engine = create_engine(
    "postgresql+psycopg2://boda_app:@@s@@@db-primary.gendaboda.internal:5432/gendaboda"
)

with engine.begin() as conn:
    conn.exec_driver_sql("ALTER TABLE trips ADD COLUMN IF NOT EXISTS stage_name text")
''', rand_pw(21))

add("blind-me/python/decoy-hash", "genda_boda/riders/pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", '''import hashlib
import hmac

# PIN ya mugoba wa boda eterekebwa nga hash yokka (tetuterekamu PIN yennyini)
SAMPLE_STORED = "pbkdf2_sha256$600000$@@salt@@$@@h@@"


def check_pin(pin: str, stored: str) -> bool:
    _, rounds, salt, digest = stored.split("$")
    got = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), int(rounds)).hex()
    return hmac.compare_digest(got, digest)
''', salt=hexs(16), h=sha256ish())

add("blind-me/python/telegram-bot-token", "ops/bots/dispatch_alerts.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''"""Bot etegeeza ab'e dispatch nga boda ezisinga zigudde ku siteegi emu."""
import requests

BOT = "@@s@@"
CHAT_ID = -1002233445566


def alert(stage: str, waiting: int) -> None:
    text = f"Siteegi {stage}: abasaabaze {waiting} balinda, tewali boda!"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
''', tg_token())

add("blind-me/python/decoy-placeholder", "genda_boda/sms/example_config.py", ATDOC, '''# Koppa fayiro eno ofuule local_config.py, oteekemu ebyo ebibyo.
AT_USERNAME = "sandbox"
AT_API_KEY = "<your-africastalking-api-key>"
AT_SENDER_ID = "GENDABODA"
SMS_ENABLED = False
''')

add("blind-me/python/aws-secret-key", "genda_boda/receipts/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''import boto3

# Risiiti za PDF ez'abasaabaze zigenda mu S3 (af-south-1)
s3 = boto3.client(
    "s3",
    region_name="af-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def store_receipt(trip_id: str, pdf: bytes) -> str:
    key = f"receipts/{trip_id}.pdf"
    s3.put_object(Bucket="gendaboda-receipts", Key=key, Body=pdf, ContentType="application/pdf")
    return key
''', aws_secret(), kid=aws_id())

add("blind-me/python/decoy-public-key", "genda_boda/maps/tiles.py", "https://docs.mapbox.com/help/glossary/access-token/", '''"""Mapbox public token (pk.) -- kino kya lwatu, kiri mu app ya rider nayo."""
MAPBOX_PUBLIC_TOKEN = "@@pk@@"
STYLE = "mapbox://styles/gendaboda/kampala-streets"


def tile_url(z: int, x: int, y: int) -> str:
    return f"https://api.mapbox.com/styles/v1/gendaboda/kampala-streets/tiles/{z}/{x}/{y}?access_token={MAPBOX_PUBLIC_TOKEN}"
''', pk=mapbox_public())

_flw = flw_secret()
add("blind-me/python/flutterwave-secret", "genda_boda/payments/card_checkout.py", "https://developer.flutterwave.com/docs/authentication", '''import requests

FLW_SECRET = ("FLWSECK-@@a@@"
              "@@b@@-X")


def create_payment(tx_ref, amount, email, phone):
    payload = {"tx_ref": tx_ref, "amount": amount, "currency": "UGX",
               "redirect_url": "https://gendaboda.ug/paid",
               "customer": {"email": email, "phonenumber": phone},
               "payment_options": "mobilemoneyuganda,card"}
    r = requests.post("https://api.flutterwave.com/v3/payments", json=payload,
                      headers={"Authorization": f"Bearer {FLW_SECRET}"}, timeout=30)
    return r.json()["data"]["link"]
''', _flw, a=_flw[8:24], b=_flw[24:40])

# ---------------------------------------------------------------- Genda Boda: .env files

add("blind-me/env/momo-api-key", "genda_boda/.env.production", ENVDOC, '''# Genda Boda API -- production
# OKULABULA: tofuula fayiro eno public
APP_ENV=production
PORT=8080
MOMO_TARGET_ENV=mtnuganda
MOMO_API_USER=@@user@@
MOMO_API_KEY=@@s@@
MOMO_CALLBACK_HOST=api.gendaboda.ug
AIRTEL_COUNTRY=UG
AIRTEL_CURRENCY=UGX
''', momo_key(), user=uuid_s())

add("blind-me/env/decoy-empty-values", "genda_boda/.env.example", ENVDOC, '''# Koppa eno ofuule .env, ojjuzeemu ebyo
APP_ENV=development
PORT=8080
DATABASE_URL=
MOMO_API_USER=
MOMO_API_KEY=
MOMO_SUBSCRIPTION_KEY=
AIRTEL_CLIENT_ID=
AIRTEL_CLIENT_SECRET=
AT_API_KEY=
''')

add("blind-me/env/airtel-client-secret", "genda_boda/services/payouts/.env", ENVDOC, '''AIRTEL_BASE_URL=https://openapi.airtel.africa
AIRTEL_CLIENT_ID=@@cid@@
AIRTEL_CLIENT_SECRET="@@s@@"
AIRTEL_COUNTRY=UG
AIRTEL_CURRENCY=UGX
# basasulwa buli lwa Mukaaga (riders paid every Saturday)
PAYOUT_CRON="0 18 * * 6"
''', rand_pw(32), cid=uuid_s())

add("blind-me/env/redis-url", "dispatch/.env.staging", ENVDOC, '''NODE_ENV=staging
REDIS_URL=redis://default:@@s@@@redis-staging.gendaboda.internal:6379/2
GEO_INDEX=boda:positions
MATCH_RADIUS_M=1500
# ebiseera bya siteegi (stage timeouts)
OFFER_TIMEOUT_S=20
''', redis_pw())

add("blind-me/env/decoy-vault-reference", "dispatch/.env.production", "https://developer.hashicorp.com/vault/docs/commands/kv/get", '''NODE_ENV=production
# Ebyama byonna bisomebwa okuva mu Vault nga container etandika (entrypoint.sh)
REDIS_URL=vault:secret/data/dispatch/prod#redis_url
DATABASE_URL=vault:secret/data/dispatch/prod#database_url
AT_API_KEY=vault:secret/data/sms/prod#at_api_key
GEO_INDEX=boda:positions
MATCH_RADIUS_M=1200
''')

add("blind-me/env/sendgrid-key", "genda_boda/services/mailer/.env.local", ENVDOC, '''# mailer -- risiiti n'ebbaluwa z'abasaabaze
MAIL_FROM="Genda Boda <webale@gendaboda.ug>"
SENDGRID_API_KEY=@@s@@
MAIL_BCC_FINANCE=finance@gendaboda.ug
MAIL_TEMPLATE_RECEIPT=d-4e1b2c3d4e5f40718293a4b5c6d7e8f9
''', sendgrid_key())

add("blind-me/env/decoy-masked", "docs/env-dump-redacted.txt", ENVDOC, '''# printenv okuva mu pod ya payouts (ebyama bibikiddwa nga tebinnaweebwa Kato)
HOSTNAME=payouts-7c9f8d-x2kq
MOMO_API_USER=****************
MOMO_API_KEY=********************************
AIRTEL_CLIENT_SECRET=[REDACTED]
DATABASE_URL=postgres://payouts:***@db-primary:5432/gendaboda
PAYOUT_CRON=0 18 * * 6
''')

# ---------------------------------------------------------------- Genda Boda: JS / TS

add("blind-me/typescript/google-maps-server-key", "dispatch/src/geo/distance.ts", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", '''import axios from "axios";

// Ekisumuluzo kino kya server (Distance Matrix) -- si kye kimu n'ekya app ya rider
const MAPS_SERVER_KEY = "@@s@@";

export async function etaSeconds(from: [number, number], to: [number, number]): Promise<number> {
  const { data } = await axios.get("https://maps.googleapis.com/maps/api/distancematrix/json", {
    params: {
      origins: from.join(","),
      destinations: to.join(","),
      mode: "driving",
      key: MAPS_SERVER_KEY,
    },
  });
  return data.rows[0].elements[0].duration.value;
}
''', google_key())

add("blind-me/javascript/decoy-process-env", "dispatch/src/config.js", JSDOC, '''"use strict";

// Buli kimu kiva mu environment; bwe kibulawo, tuggwawo mangu.
function need(name) {
  const v = process.env[name];
  if (!v) throw new Error(`Ebulako: ${name}`);
  return v;
}

module.exports = {
  redisUrl: need("REDIS_URL"),
  atApiKey: need("AT_API_KEY"),
  jwtSecret: need("JWT_SECRET"),
  matchRadius: Number(process.env.MATCH_RADIUS_M || 1500),
};
''')

add("blind-me/javascript/jwt-secret", "dispatch/src/auth/riderToken.js", "https://github.com/auth0/node-jsonwebtoken#usage", '''const jwt = require("jsonwebtoken");

// NB: Mukasa yagamba tukikyuse nga tetunnagenda live
const RIDER_JWT_SECRET = process.env.RIDER_JWT_SECRET || "@@s@@";

function issue(riderId, stage) {
  return jwt.sign({ sub: riderId, stage, role: "rider" }, RIDER_JWT_SECRET, { expiresIn: "12h" });
}

function verify(token) {
  return jwt.verify(token, RIDER_JWT_SECRET);
}

module.exports = { issue, verify };
''', rand_pw(40))

add("blind-me/typescript/decoy-test-jwt", "dispatch/test/fixtures/tokens.ts", "https://jwt.io/introduction", '''// Tokens za kugezesa zokka. Zasiibwa ne "test-secret" era zaggwako dda (exp 2020).
export const EXPIRED_RIDER_TOKEN =
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyaWRlci0wMDAxIiwiZXhwIjoxNTc3ODM2ODAwfQ.signature-not-valid";

export const TEST_SECRET = "test-secret";

export const riderFixture = {
  id: "rider-0001",
  name: "Ssebuufu Ivan",
  stage: "Kalerwe",
  plate: "UEX 123A",
};
''')

add("blind-me/javascript/slack-webhook", "dispatch/scripts/nightly-report.js", "https://api.slack.com/messaging/webhooks", '''#!/usr/bin/env node
// Lipoota ya buli kiro: engendo mmeka, ssente mmeka (UGX)
const fetch = require("node-fetch");
const { summarizeDay } = require("../src/reports");

const HOOK = "@@s@@";

(async () => {
  const s = await summarizeDay(new Date());
  const text = `Engendo leero: ${s.trips} | Ssente: UGX ${s.total.toLocaleString()} | Boda ezikola: ${s.riders}`;
  await fetch(HOOK, { method: "POST", body: JSON.stringify({ text }), headers: { "Content-Type": "application/json" } });
})();
''', slack_webhook())

add("blind-me/typescript/decoy-publishable-key", "rider-web/src/payments/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", '''import { loadStripe } from "@stripe/stripe-js";

// Publishable key yokka (pk_live_) -- eyinza okubeera mu browser. Secret key eri ku server.
export const stripePromise = loadStripe("@@pk@@");

export const currency = "ugx";
export const minimumFare = 2000;
''', pk=stripe_key("pk_live_"))

add("blind-me/javascript/firebase-server-key", "dispatch/src/push/legacyFcm.js", "https://firebase.google.com/docs/cloud-messaging/auth-server", '''// FCM legacy API -- etegeeza boda nti waliwo omusaabaze okumpi
const axios = require("axios");

const FCM_SERVER_KEY =
  "@@s@@";

async function notifyRider(deviceToken, tripId, pickup) {
  await axios.post(
    "https://fcm.googleapis.com/fcm/send",
    { to: deviceToken, data: { tripId, pickup }, notification: { title: "Omusaabaze omupya", body: pickup } },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}` } }
  );
}

module.exports = { notifyRider };
''', firebase_server_key())

add("blind-me/json/decoy-firebase-web-config", "rider-web/src/firebase.config.json", "https://firebase.google.com/docs/projects/api-keys", '''{
  "apiKey": "@@k@@",
  "authDomain": "genda-boda.firebaseapp.com",
  "projectId": "genda-boda",
  "storageBucket": "genda-boda.appspot.com",
  "messagingSenderId": "418273645509",
  "appId": "1:418273645509:web:6b1c2d3e4f5a6b7c8d9e0f"
}
''', k=google_key())

# ---------------------------------------------------------------- Genda Boda: mobile apps

add("blind-me/kotlin/airtel-client-secret", "rider-android/app/src/main/java/ug/gendaboda/rider/pay/AirtelConfig.kt", KTDOC, '''package ug.gendaboda.rider.pay

// TODO: ggyamu kino -- app tesaanye kukwata client secret (Okello, 14/03)
object AirtelConfig {
    const val BASE_URL = "https://openapi.airtel.africa/"
    const val CLIENT_ID = "@@cid@@"
    const val CLIENT_SECRET = "@@s@@"
    const val COUNTRY = "UG"
    const val CURRENCY = "UGX"
}
''', rand_pw(32), cid=uuid_s())

add("blind-me/kotlin/decoy-buildconfig", "rider-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''android {
    namespace = "ug.gendaboda.rider"
    defaultConfig {
        applicationId = "ug.gendaboda.rider"
        minSdk = 24
        targetSdk = 34
        // Ekisumuluzo kya Maps kiva mu local.properties (tekiri mu git)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.gendaboda.ug/\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "gendaboda"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
''')

add("blind-me/properties/keystore-password", "rider-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", '''# Ebikwata ku kusiba app (release signing)
storeFile=../keys/gendaboda-release.jks
storePassword=@@s@@
keyAlias=gendaboda
keyPassword=@@s@@
''', words_pw())

add("blind-me/swift/decoy-info-plist-ref", "passenger-ios/GendaBoda/Config.swift", SWIFTDOC, '''import Foundation

/// Ensengeka za app: ebisumuluzo bisomebwa mu Info.plist (ebiteekebwamu CI okuva mu xcconfig).
enum Config {
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? ""
    }
    static var apiBase: URL { URL(string: "https://api.gendaboda.ug/")! }
    static let supportPhone = "+256 700 000 111"
}
''')

add("blind-me/swift/sentry-auth-token", "passenger-ios/scripts/upload_dsyms.swift", "https://docs.sentry.io/cli/configuration/#to-authenticate-manually", '''#!/usr/bin/env swift
import Foundation

// Tuteeka dSYMs ku Sentry oluvannyuma lwa archive
let task = Process()
task.executableURL = URL(fileURLWithPath: "/usr/local/bin/sentry-cli")
task.arguments = ["debug-files", "upload", "--org", "genda-boda", "--project", "passenger-ios", "build/dSYMs"]
task.environment = ["SENTRY_AUTH_TOKEN": "@@s@@"]
try task.run()
task.waitUntilExit()
''', "sntrys_" + b64('{"iat":1712000000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"genda-boda"}').rstrip("=") + "_" + rand_pw(43))

add("blind-me/dart/decoy-dart-define", "driver_flutter/lib/env.dart", DARTDOC, '''// Ebisumuluzo biyingizibwa nga tuzimba: flutter build apk --dart-define=MAPS_KEY=...
class Env {
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.gendaboda.ug');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');

  static bool get ready => mapsKey.isNotEmpty;
}
''')

add("blind-me/dart/mapbox-secret", "driver_flutter/lib/offline_maps.dart", "https://docs.mapbox.com/accounts/guides/tokens/", '''import 'package:mapbox_maps_flutter/mapbox_maps_flutter.dart';

// Secret token (sk.) eyetaagisa okuwanula maapu za Kampala offline
const _downloadsToken = '@@s@@';

Future<void> prefetchKampala() async {
  final store = await TileStore.createDefault();
  store.setOption(TileStoreOptions.mapboxAccessToken, null, _downloadsToken);
  // Kampala: Kalerwe okutuuka Kibuye
  await store.loadTileRegion('kampala', TileRegionLoadOptions(
    geometry: Point(coordinates: Position(32.5825, 0.3476)).toJson(),
    acceptExpired: true,
  ));
}
''', mapbox_secret())

add("blind-me/xml/decoy-android-strings", "rider-android/app/src/main/res/values-lg/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", '''<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Genda Boda</string>
    <string name="enter_pin">Yingiza PIN yo</string>
    <string name="password_hint">Ekigambo ky\\'ekyama (password)</string>
    <string name="token_expired">Obudde bwo buweddeko, yingira nate</string>
    <string name="pay_with_momo">Sasula ne MoMo</string>
    <string name="api_key_missing">Ekisumuluzo kya API tekiriiwo</string>
</resources>
''')

# ---------------------------------------------------------------- Genda Boda: infrastructure

_pg1 = "Kisasi#Ntinda" + str(_rng().randint(100, 999))
add("blind-me/k8s-secret/postgres-password", "deploy/k8s/payouts-db-secret.yaml", K8SDOC, '''apiVersion: v1
kind: Secret
metadata:
  name: payouts-db
  namespace: genda-boda
  labels:
    app: payouts
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
  POSTGRES_DB: @@d@@
''', _pg1, u=b64("payouts"), d=b64("gendaboda"), p=b64(_pg1))

add("blind-me/k8s/decoy-secret-ref", "deploy/k8s/dispatch-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: dispatch
  namespace: genda-boda
spec:
  replicas: 3
  selector:
    matchLabels: {app: dispatch}
  template:
    metadata:
      labels: {app: dispatch}
    spec:
      containers:
        - name: dispatch
          image: registry.gendaboda.ug/dispatch:2.14.0
          env:
            - name: REDIS_URL
              valueFrom:
                secretKeyRef: {name: dispatch-redis, key: url}
            - name: AT_API_KEY
              valueFrom:
                secretKeyRef: {name: africastalking, key: api-key}
            - name: MATCH_RADIUS_M
              value: "1500"
''')

add("blind-me/k8s-secret/africastalking-key", "deploy/k8s/africastalking-secret.yaml", K8SDOC, '''# Ekyama kya Africa's Talking (SMS + USSD) -- ekiwandiikiddwa nga stringData
apiVersion: v1
kind: Secret
metadata:
  name: africastalking
  namespace: genda-boda
type: Opaque
stringData:
  username: gendaboda
  api-key: "@@s@@"
''', at_key())

add("blind-me/k8s-secret/decoy-sealed-secret", "deploy/k8s/sealed/payouts-airtel.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payouts-airtel
  namespace: genda-boda
spec:
  encryptedData:
    client-secret: AgB@@c1@@
    client-id: AgC@@c2@@
  template:
    metadata:
      name: payouts-airtel
''', c1=rand_pw(180, "+/"), c2=rand_pw(120, "+/"))

add("blind-me/helm/redis-password", "deploy/helm/dispatch/values-staging.yaml", HELMDOC, '''# Staging values -- dispatch
replicaCount: 1
image:
  repository: registry.gendaboda.ug/dispatch
  tag: "2.14.0-rc3"
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
env:
  MATCH_RADIUS_M: "2000"
  OFFER_TIMEOUT_S: "25"
ingress:
  host: staging-dispatch.gendaboda.ug
''', redis_pw())

add("blind-me/helm/decoy-existing-secret", "deploy/helm/dispatch/values-production.yaml", HELMDOC, '''replicaCount: 3
image:
  repository: registry.gendaboda.ug/dispatch
  tag: "2.14.0"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: dispatch-redis
    existingSecretPasswordKey: redis-password
    password: ""
postgresql:
  auth:
    existingSecret: dispatch-db
ingress:
  host: dispatch.gendaboda.ug
''')

add("blind-me/compose/postgres-password", "docker-compose.dev.yml", COMPOSEDOC, '''# Okukola ku laptop: docker compose -f docker-compose.dev.yml up
services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: boda
      POSTGRES_PASSWORD: @@s@@
      POSTGRES_DB: gendaboda
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
  api:
    build: .
    environment:
      DATABASE_URL: postgres://boda:@@s@@@db:5432/gendaboda
    depends_on: [db, redis]
''', passphrase())

add("blind-me/compose/decoy-variable-substitution", "docker-compose.yml", COMPOSEDOC, '''services:
  api:
    image: registry.gendaboda.ug/api:${TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgres://boda:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/gendaboda
      MOMO_API_KEY: ${MOMO_API_KEY}
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''')

add("blind-me/terraform/aws-secret-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", '''terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

# Ebyakozesebwa nga tugezesa okuva ku laptop ya Wasswa
provider "aws" {
  region     = "af-south-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}
''', aws_secret(), kid=aws_id())

add("blind-me/terraform/decoy-random-password", "infra/terraform/rds.tf", TFDOC, '''resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "gendaboda" {
  identifier          = "gendaboda-prod"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  username            = "boda_admin"
  password            = random_password.db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ password = random_password.db.result })
}
''')

add("blind-me/terraform/tfvars-cloudflare-token", "infra/terraform/envs/prod.auto.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", '''environment          = "prod"
domain               = "gendaboda.ug"
cloudflare_zone_id   = "@@zone@@"
cloudflare_api_token = "@@s@@"
rider_api_replicas   = 3
''', rand_pw(40, "_-"), zone=hexs(32))

add("blind-me/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHADOC, '''name: deploy
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
          aws-region: af-south-1
      - run: ./scripts/deploy.sh production
        env:
          MOMO_API_KEY: ${{ secrets.MOMO_API_KEY }}
''')

add("blind-me/github-actions/npm-token", ".github/workflows/publish-sdk.yml", GHADOC, '''name: publish rider sdk
on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm run build
      # TODO: kyusa kino kidde mu secrets (Nalubega)
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@s@@
''', npm_token())

add("blind-me/gitlab-ci/docker-registry-password", ".gitlab-ci.yml", GLDOC, '''stages: [build, deploy]

variables:
  REGISTRY: registry.gendaboda.ug
  REGISTRY_USER: ci-builder
  REGISTRY_PASSWORD: "@@s@@"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u "$REGISTRY_USER" --password-stdin $REGISTRY
    - docker build -t $REGISTRY/api:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/api:$CI_COMMIT_SHORT_SHA
''', rand_pw(24))

add("blind-me/dockerfile/decoy-build-arg", "services/payouts/Dockerfile", DOCKERDOC, '''FROM python:3.12-slim
WORKDIR /app
# Tewali kyama kizimbibwa mu image: byonna biva mu k8s Secret nga pod etandika
ARG PIP_INDEX_URL=https://pypi.org/simple
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MOMO_TARGET_ENV=mtnuganda \\
    AIRTEL_CLIENT_SECRET="" \\
    PYTHONUNBUFFERED=1
CMD ["gunicorn", "payouts.app:app", "-b", "0.0.0.0:8000"]
''')

add("blind-me/dockerfile/github-token", "services/dispatch/Dockerfile", DOCKERDOC, '''FROM node:20-alpine AS deps
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
# package ya @gendaboda/geo eri ku GitHub Packages
RUN echo "//npm.pkg.github.com/:_authToken=@@s@@" >> .npmrc && npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
COPY . .
CMD ["node", "src/index.js"]
''', gh_token())

add("blind-me/ansible/momo-api-key", "ops/ansible/group_vars/payouts.yml", ANSIBLEDOC, '''---
payouts_user: payouts
payouts_port: 8000
momo_target_env: mtnuganda
momo_api_user: "@@user@@"
momo_api_key: "@@s@@"
# abagoba basasulwa ku Mukaaga
payout_weekday: 6
''', momo_key(), user=uuid_s())

add("blind-me/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/dispatch/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-me/nginx/decoy-htpasswd-hash", "ops/nginx/admin.gendaboda.ug.conf", NGINXDOC, '''server {
    listen 443 ssl;
    server_name admin.gendaboda.ug;
    ssl_certificate     /etc/letsencrypt/live/admin.gendaboda.ug/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.gendaboda.ug/privkey.pem;

    location / {
        auth_basic "Genda Boda -- abakozi bokka";
        auth_basic_user_file /etc/nginx/htpasswd.admin;
        proxy_pass http://127.0.0.1:8080;
    }
}
''')

add("blind-me/systemd/database-password", "ops/systemd/payouts-worker.service", SYSTEMDDOC, '''[Unit]
Description=Genda Boda payouts worker (MoMo / Airtel)
After=network-online.target

[Service]
User=payouts
WorkingDirectory=/opt/payouts
Environment=DATABASE_URL=postgresql://payouts:@@s@@@10.20.0.31:5432/gendaboda
Environment=PAYOUT_BATCH=200
ExecStart=/opt/payouts/venv/bin/python -m payouts.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', rand_pw(22))

add("blind-me/shell/airtel-token-curl", "ops/scripts/airtel_token.sh", "https://developers.airtel.africa/documentation/authorization", '''#!/usr/bin/env bash
# Funa access token ya Airtel Money okugezesa payout emu
set -euo pipefail

curl -s -X POST https://openapi.airtel.africa/auth/oauth2/token \\
  -H 'Content-Type: application/json' \\
  -d '{"client_id":"@@cid@@","client_secret":"@@s@@","grant_type":"client_credentials"}' \\
  | jq -r .access_token
''', rand_pw(32), cid=uuid_s())

add("blind-me/shell/decoy-read-prompt", "ops/scripts/rotate_momo_key.sh", SHDOC, '''#!/usr/bin/env bash
# Kyusa ekisumuluzo kya MoMo: kiyingize ng'osabiddwa, tekiterekebwa mu fayiro
set -euo pipefail
read -rsp "MoMo API key empya: " NEW_KEY; echo
kubectl -n genda-boda create secret generic momo \\
  --from-literal=api-key="$NEW_KEY" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n genda-boda rollout restart deploy/payouts
echo "Kiwedde. Webale!"
''')

add("blind-me/shell-history/redis-cli-password", "ops/notes/kato_bash_history.txt", SHDOC, '''cd /opt/dispatch
docker ps
docker logs dispatch-api-1 --tail 50
redis-cli -h redis-staging.gendaboda.internal -a '@@s@@' --no-auth-warning GEORADIUS boda:positions 32.5732 0.3531 2 km
kubectl -n genda-boda get pods
exit
''', redis_pw())

add("blind-me/powershell/decoy-secure-string", "ops/windows/Backup-Receipts.ps1", PSDOC, '''# Tereka risiiti mu Azure Blob buli wiiki
param([string]$Vault = "gendaboda-kv")

$conn = Get-AzKeyVaultSecret -VaultName $Vault -Name "receipts-storage-conn" -AsPlainText
$ctx  = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "D:\\Receipts\\$(Get-Date -Format yyyy-MM)" -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "receipts" -Context $ctx -Force | Out-Null
}
Write-Host "Risiiti ziteekeddwa."
''')

# ---------------------------------------------------------------- Kalerwe market: stall-fee system (PHP)

add("blind-me/env/laravel-db-password", "kalerwe-stalls/.env", PHPDOC, '''APP_NAME="Kalerwe Stall Fees"
APP_ENV=production
# APP_KEY eteekebwa deploy.sh okuva mu Bitwarden (si wano)
APP_DEBUG=false
APP_URL=https://katale.kalerwe.ug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=kalerwe_stalls
DB_USERNAME=katale
DB_PASSWORD=@@s@@
''', words_pw())

add("blind-me/env/decoy-laravel-example", "kalerwe-stalls/.env.example", PHPDOC, '''APP_NAME="Kalerwe Stall Fees"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=kalerwe_stalls
DB_USERNAME=root
DB_PASSWORD=

AT_USERNAME=sandbox
AT_API_KEY=
''')

add("blind-me/php/africastalking-key", "kalerwe-stalls/app/Services/ReceiptSms.php", ATDOC, '''<?php

namespace App\\Services;

use AfricasTalking\\SDK\\AfricasTalking;

class ReceiptSms
{
    // Omutunzi w'omudaala afuna SMS nga amaze okusasula (stall-fee receipt)
    private const USERNAME = 'kalerwe';
    private const API_KEY = '@@s@@';

    public function send(string $phone, string $stall, int $amount): void
    {
        $at = new AfricasTalking(self::USERNAME, self::API_KEY);
        $at->sms()->send([
            'to' => $phone,
            'message' => "Kalerwe: Osasudde UGX " . number_format($amount) . " ku mudaala $stall. Webale!",
            'from' => 'KALERWE',
        ]);
    }
}
''', at_key())

add("blind-me/php/decoy-config-env", "kalerwe-stalls/config/services.php", PHPDOC, '''<?php

return [
    'africastalking' => [
        'username' => env('AT_USERNAME', 'sandbox'),
        'api_key' => env('AT_API_KEY'),
        'sender' => env('AT_SENDER', 'KALERWE'),
    ],
    'momo' => [
        'subscription_key' => env('MOMO_SUBSCRIPTION_KEY'),
        'api_user' => env('MOMO_API_USER'),
        'api_key' => env('MOMO_API_KEY'),
        'environment' => env('MOMO_TARGET_ENV', 'sandbox'),
    ],
];
''')

add("blind-me/php/mysql-pdo-password", "kalerwe-stalls/legacy/db.php", "https://www.php.net/manual/en/pdo.construct.php", '''<?php
// Fayiro enkadde (2019) -- ekozesebwa lipoota za buli mwezi zokka
$dsn = 'mysql:host=10.0.0.5;dbname=kalerwe_stalls;charset=utf8mb4';
$pdo = new PDO($dsn, 'lipoota', '@@s@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);

function dues_for_month(PDO $pdo, string $month): array {
    $q = $pdo->prepare('SELECT stall_no, SUM(amount) FROM payments WHERE month = ? GROUP BY stall_no');
    $q->execute([$month]);
    return $q->fetchAll();
}
''', rand_pw(14, "!@#"))

add("blind-me/php/decoy-password-hash", "kalerwe-stalls/database/seeders/AdminSeeder.php", "https://www.php.net/manual/en/function.password-hash.php", '''<?php

namespace Database\\Seeders;

use Illuminate\\Database\\Seeder;
use Illuminate\\Support\\Facades\\DB;

class AdminSeeder extends Seeder
{
    public function run(): void
    {
        // Ssentebe w'akatale; password ye yennyini agikyusa ku kuyingira okw'olubereberye
        DB::table('users')->insert([
            'name' => 'Ssentebe Kalerwe',
            'email' => 'ssentebe@kalerwe.ug',
            'password' => '$2y$12$@@h@@',
            'must_change_password' => true,
        ]);
    }
}
''', h=rand_pw(53, "./"))

add("blind-me/php/momo-basic-auth", "kalerwe-stalls/app/Services/MomoToken.php", MOMODOC, '''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class MomoToken
{
    public function fetch(): string
    {
        // api_user:api_key mu base64 (Authorization: Basic ...)
        $resp = Http::withHeaders([
            'Authorization' => 'Basic @@s@@',
            'Ocp-Apim-Subscription-Key' => config('services.momo.subscription_key'),
        ])->post('https://proxy.momoapi.mtn.com/collection/token/');

        return $resp->json('access_token');
    }
}
''', b64(uuid_s() + ":" + momo_key()))

# ---------------------------------------------------------------- Kalerwe market: SQL, CSV, logs

add("blind-me/sql/create-role-password", "kalerwe-stalls/database/sql/001_roles.sql", SQLDOC, '''-- Abakozesa database y'akatale
CREATE ROLE katale_app LOGIN PASSWORD '@@s@@';
CREATE ROLE lipoota LOGIN PASSWORD NULL;  -- ekozesa peer auth yokka
GRANT SELECT, INSERT, UPDATE ON payments, stalls, vendors TO katale_app;
GRANT SELECT ON payments, stalls TO lipoota;
-- Okulaba: \\du
''', words_pw())

add("blind-me/sql/decoy-seed-data", "kalerwe-stalls/database/sql/002_seed_stalls.sql", SQLDOC, '''-- Emidaala gy'amatooke (Block A) n'ebisale bya buli lunaku (UGX)
INSERT INTO stalls (stall_no, block, daily_fee, vendor_phone) VALUES
  ('A-001', 'A', 3000, '+256700000001'),
  ('A-002', 'A', 3000, '+256700000002'),
  ('A-003', 'A', 2500, '+256700000003'),
  ('B-014', 'B', 5000, '+256700000014');

INSERT INTO users (name, email, password_hash) VALUES
  ('Omusolooza Block A', 'block-a@kalerwe.ug', 'sha256:@@h@@');
''', h=sha256ish())

add("blind-me/sql/mysql-grant-identified", "kalerwe-stalls/ops/mysql_setup.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", '''-- Kino kyakolebwa ku server empya (2024-02-11), Mugisha
CREATE DATABASE IF NOT EXISTS kalerwe_stalls CHARACTER SET utf8mb4;
CREATE USER 'katale'@'10.0.0.%' IDENTIFIED BY '@@s@@';
GRANT ALL PRIVILEGES ON kalerwe_stalls.* TO 'katale'@'10.0.0.%';
FLUSH PRIVILEGES;
''', rand_pw(18, "_!"))

add("blind-me/csv/decoy-payments-export", "kalerwe-stalls/exports/payments-2024-05-06.csv", CSVDOC, '''stall_no,vendor,amount_ugx,method,momo_txn_id,receipt_hash
A-001,Nakato Sarah,3000,mtn-momo,@@t1@@,@@h1@@
A-002,Ssekitoleko John,3000,cash,,@@h2@@
B-014,Namusoke Agnes,5000,airtel-money,@@t2@@,@@h3@@
C-007,Kato Brian,2500,mtn-momo,@@t3@@,@@h4@@
''', t1=str(_rng().randint(10**9, 10**10)), t2="MP" + str(_rng().randint(10**9, 10**10)), t3=str(_rng().randint(10**9, 10**10)),
    h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("blind-me/csv/staff-passwords", "kalerwe-stalls/ops/abasolooza_accounts.csv", CSVDOC, '''name,block,login,initial_password,phone
Mukasa Robert,A,mukasa.a,@@p1@@,+256772000101
Nabirye Grace,B,nabirye.b,@@s@@,+256752000102
Ochieng Peter,C,ochieng.c,(akyusizza),+256782000103
Nansubuga Rose,D,nansubuga.d,(akyusizza),+256702000104
''', rand_pw(12), p1="(akyusizza)")

add("blind-me/log/momo-request-header", "kalerwe-stalls/storage/logs/laravel-2024-05-06.log", LOGDOC, '''[2024-05-06 07:41:02] production.INFO: Payment started {"stall":"A-014","amount":3000}
[2024-05-06 07:41:03] production.DEBUG: MoMo request {"url":"https://proxy.momoapi.mtn.com/collection/v1_0/requesttopay","headers":{"X-Target-Environment":"mtnuganda","Ocp-Apim-Subscription-Key":"@@s@@","Content-Type":"application/json"}}
[2024-05-06 07:41:05] production.INFO: MoMo accepted {"ref":"@@ref@@","status":202}
[2024-05-06 07:42:11] production.INFO: Receipt SMS sent {"phone":"+2567******21"}
[2024-05-06 07:45:30] production.WARNING: Stall B-003 dues overdue 4 days
''', momo_key(), ref=uuid_s())

add("blind-me/log/decoy-masked-token", "genda_boda/logs/payouts-worker.log", LOGDOC, '''2024-06-01T18:00:00Z INFO  payout batch start riders=214
2024-06-01T18:00:01Z DEBUG airtel auth ok token=eyJ***masked***  expires_in=180
2024-06-01T18:00:02Z DEBUG momo auth ok api_user=@@u@@ api_key=****...c9e1
2024-06-01T18:00:47Z INFO  payout sent rider=R-0412 amount=UGX 186000 txn=@@t@@
2024-06-01T18:03:12Z WARN  rider R-0877 msisdn not registered (MoMo)
2024-06-01T18:05:55Z INFO  payout batch done ok=213 failed=1
''', u=uuid_s(), t=uuid_s())

add("blind-me/log/postgres-url-in-traceback", "genda_boda/logs/api-crash-2024-04-19.txt", LOGDOC, '''Traceback (most recent call last):
  File "/app/genda_boda/db/session.py", line 22, in connect
    return create_engine(url, pool_pre_ping=True).connect()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db-primary.gendaboda.internal" (10.20.0.31), port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
url=postgresql://boda_app:@@s@@@db-primary.gendaboda.internal:5432/gendaboda
''', rand_pw(20))

# ---------------------------------------------------------------- Kalerwe market: docs and notes (Luganda)

add("blind-me/markdown/db-password-in-runbook", "kalerwe-stalls/docs/runbook.md", MDDOC, '''# Runbook ya Kalerwe Stall Fees

## Server bw'egwa (when the server goes down)
1. Yingira ku server: `ssh katale@10.0.0.5`
2. Kebera MySQL: `systemctl status mysql`
3. Bwe kiba nga database tekola, gezaako:

   ```
   mysql -u katale -p'@@s@@' kalerwe_stalls -e "SELECT COUNT(*) FROM payments WHERE DATE(created_at)=CURDATE();"
   ```

4. Tegeeza Ssentebe ku WhatsApp nga wayise eddakiika 30.

## Risiiti za SMS
Africa's Talking balance yeetaaga okusigalamu UGX 50,000 buli kaseera.
''', words_pw())

add("blind-me/markdown/decoy-docs-placeholders", "kalerwe-stalls/README.md", MDDOC, '''# Kalerwe Stall Fees

Enkola y'okusolooza ebisale by'emidaala mu katale k'amatooke e Kalerwe.

## Okutandika
```bash
cp .env.example .env
php artisan key:generate
```
Jjuzaamu `.env`:

| Ekigambo | Ky'oteekamu |
|---|---|
| `DB_PASSWORD` | password ya MySQL gy'owereddwa Mugisha |
| `AT_API_KEY` | `<africastalking-api-key>` okuva ku dashboard |
| `MOMO_API_KEY` | `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |

Tewaterekanga kyama mu git.
''')

add("blind-me/markdown/momo-keys-table", "genda_boda/docs/wiki/MoMo-Sandbox-na-Production.md", MDDOC, '''# MoMo: Sandbox ne Production

| Embeera | API user | API key | Subscription key |
|---|---|---|---|
| sandbox | `@@su@@` | (eggya buli lunaku) | bw'oba ogyetaaga, buuza Kato |
| production | `@@pu@@` | `@@s@@` | mu Vault: `secret/momo/prod` |

Okukozesa production key ku laptop kugaanibwa -- kozesa sandbox.
''', momo_key(), su=uuid_s(), pu=uuid_s())

add("blind-me/markdown/decoy-example-values", "genda_boda/docs/wiki/Africas-Talking.md", ATDOC, '''# Africa's Talking mu Genda Boda

Tukozesa AT ku SMS za OTP ne USSD `*284*77#`.

Ekyokulabirako (example) okuva mu docs zaabwe:

```python
africastalking.initialize(username="sandbox", api_key="YOUR_API_KEY")
```

Mu sandbox, username buli kiseera eba `sandbox`. Ekisumuluzo kya production kiri mu Vault
(`secret/sms/prod#at_api_key`). Bw'oba okyetaaga, saba Nalubega.
''')

add("blind-me/rst/decoy-sphinx-config", "genda_boda/docs/source/configuration.rst", RSTDOC, '''Ensengeka (Configuration)
=========================

Genda Boda esoma ebyama byonna okuva mu environment:

.. list-table::
   :header-rows: 1

   * - Variable
     - Ekigendererwa
   * - ``MOMO_API_KEY``
     - Ekisumuluzo kya MTN MoMo (``****``)
   * - ``AIRTEL_CLIENT_SECRET``
     - Airtel Money OAuth secret
   * - ``JWT_SECRET``
     - Okusiba tokens z'abagoba (32+ bytes, kola ne ``openssl rand -hex 32``)
''')

add("blind-me/rst/smtp-password", "kalerwe-stalls/docs/email.rst", RSTDOC, '''Email y'akatale
===============

Lipoota za buli wiiki zigenda eri Ssentebe ne KCCA.

SMTP (Zoho)::

    MAIL_HOST=smtp.zoho.com
    MAIL_PORT=587
    MAIL_USERNAME=lipoota@kalerwe.ug
    MAIL_PASSWORD=@@s@@

Bw'ekyusibwa, kyusa ne mu ``.env`` ku server.
''', rand_pw(16))

add("blind-me/html/decoy-admin-login", "kalerwe-stalls/resources/views/login.blade.php", HTMLDOC, '''<!doctype html>
<html lang="lg">
<head><meta charset="utf-8"><title>Yingira -- Kalerwe</title></head>
<body>
  <form method="POST" action="/login">
    @csrf
    <label for="email">Email</label>
    <input id="email" name="email" type="email" placeholder="omusolooza@kalerwe.ug">
    <label for="password">Ekigambo ky'ekyama</label>
    <input id="password" name="password" type="password" placeholder="••••••••" autocomplete="current-password">
    <button type="submit">Yingira</button>
  </form>
</body>
</html>
''')

add("blind-me/html/google-key-server-page", "kalerwe-stalls/public/map-admin.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", '''<!doctype html>
<html>
<head>
  <title>Maapu y'emidaala</title>
  <!-- Nsonyiwa: kino kisumuluzo kya Places/Geocoding ekitaliiko restriction (Mugisha) -->
  <script>
    const GEOCODE_KEY = "@@s@@";
  </script>
  <script src="/js/stall-map.js"></script>
</head>
<body><div id="map" style="height:600px"></div></body>
</html>
''', google_key())

add("blind-me/notes/vendor-wifi-and-router", "kalerwe-stalls/docs/ofiisi_notes.txt", MDDOC, '''Ebiwandiiko by'ofiisi y'akatale
-------------------------------
- Router ya ofiisi: 192.168.8.1
- Admin wa router: admin / @@s@@
- Printer ya risiiti: Epson TM-T20 ku USB
- Omusolooza wa Block C: Kato (0772 000 333)
- Ebisale bikyuka 1 July (KCCA)
''', words_pw())

add("blind-me/notes/decoy-meeting-minutes", "kalerwe-stalls/docs/olukiiko_2024-05.md", MDDOC, '''# Olukiiko lw'abakulembeze b'akatale -- 2024-05-14

Abaaliwo: Ssentebe, Muwanika, Bakulira ba Block A-D, Mugisha (IT)

1. Ebisale by'emidaala: Block A bisigala UGX 3,000 buli lunaku.
2. MoMo: Mugisha yannyonnyodde nti ekisumuluzo ekipya kiterekeddwa mu "password manager"
   (Bitwarden, collection "Kalerwe IT"). Tewali agenda kukiwandiika ku lupapula.
3. Risiiti za SMS: ziweereze mu Luganda ne Lungereza.
4. Olukiiko oluddako: 2024-06-11.
''')

# ---------------------------------------------------------------- Kalerwe market: other code

add("blind-me/go/postgres-dsn", "kalerwe-ussd/internal/store/store.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", '''package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// USSD *284*88# -- omutunzi alaba ebbanja ly'omudaala gwe
const dsn = "host=10.0.0.7 port=5432 user=ussd password=@@s@@ dbname=kalerwe sslmode=disable"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', rand_pw(20))

add("blind-me/go/decoy-getenv", "kalerwe-ussd/cmd/ussd/main.go", GODOC, '''package main

import (
	"log"
	"net/http"
	"os"

	"kalerwe/ussd/internal/menu"
)

func main() {
	key := os.Getenv("AT_API_KEY")
	if key == "" {
		log.Fatal("AT_API_KEY ebulako")
	}
	http.HandleFunc("/ussd", menu.Handler(key))
	log.Println("USSD ewuliriza ku :8090")
	log.Fatal(http.ListenAndServe(":8090", nil))
}
''')

add("blind-me/go/africastalking-test-key", "kalerwe-ussd/internal/sms/sms_test.go", GODOC, '''package sms

import "testing"

// Kino si kya bulimba: kye twakozesa ku staging nga tugezesa, naye kikyali kiramu.
const stagingKey = "@@s@@"

func TestSendReceipt(t *testing.T) {
	c := New("kalerwe", stagingKey)
	if err := c.Send("+256700000001", "Gezesa"); err != nil {
		t.Skip("network:", err)
	}
}
''', at_key())

add("blind-me/java/decoy-spring-placeholder", "kalerwe-reports/src/main/resources/application.properties", JAVADOC, '''spring.application.name=kalerwe-reports
spring.datasource.url=jdbc:mysql://10.0.0.5:3306/kalerwe_stalls
spring.datasource.username=lipoota
spring.datasource.password=${REPORTS_DB_PASSWORD}
spring.mail.host=smtp.zoho.com
spring.mail.username=lipoota@kalerwe.ug
spring.mail.password=${MAIL_PASSWORD:}
reports.monthly.cron=0 0 6 1 * *
''')

add("blind-me/java/mysql-password", "kalerwe-reports/src/main/resources/application-dev.yml", JAVADOC, '''spring:
  datasource:
    url: jdbc:mysql://localhost:3306/kalerwe_stalls
    username: root
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
reports:
  currency: UGX
''', passphrase())

add("blind-me/java/sendgrid-in-code", "kalerwe-reports/src/main/java/ug/kalerwe/reports/Mailer.java", "https://github.com/sendgrid/sendgrid-java#quick-start", '''package ug.kalerwe.reports;

import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;

public class Mailer {
    // TODO(Mugisha): kiggyeemu nga lipoota ya June ewedde
    private static final SendGrid SG = new SendGrid("@@s@@");

    public void sendMonthly(Mail mail) throws Exception {
        var request = new com.sendgrid.Request();
        request.setMethod(com.sendgrid.Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mail.build());
        SG.api(request);
    }
}
''', sendgrid_key())

add("blind-me/csharp/sql-connection-string", "kalerwe-pos/appsettings.json", CSDOC, '''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Katale": "Server=10.0.0.5;Database=kalerwe_stalls;User Id=pos;Password=@@s@@;TrustServerCertificate=True"
  },
  "Receipt": { "Printer": "EPSON TM-T20", "Footer": "Webale kusasula!" }
}
''', words_pw())

add("blind-me/csharp/decoy-user-secrets", "kalerwe-pos/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''{
  "ConnectionStrings": {
    "Katale": ""
  },
  "KeyVault": {
    "Uri": "https://kalerwe-kv.vault.azure.net/",
    "ClientId": "@@cid@@"
  },
  "Receipt": { "Printer": "EPSON TM-T20" }
}
''', cid=uuid_s())

add("blind-me/ruby/twilio-auth-token", "kalerwe-alerts/lib/overdue_alert.rb", "https://www.twilio.com/docs/usage/secure-credentials", '''require "twilio-ruby"

# Tegeeza abatunzi abatannasasula wiiki namba (WhatsApp)
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN  = "@@s@@"

client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)

Stall.overdue(days: 7).each do |stall|
  client.messages.create(
    from: "whatsapp:+14155238886",
    to: "whatsapp:#{stall.vendor_phone}",
    body: "Ssebo/Nnyabo, omudaala #{stall.no} gulina ebbanja lya UGX #{stall.balance}. Webale."
  )
end
''', hexs(32), sid=twilio_sid())

add("blind-me/ruby/decoy-rails-credentials", "kalerwe-alerts/config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''# Ebyama biri mu config/credentials.yml.enc (master key eri ku server yokka)
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end

OVERDUE_DAYS = ENV.fetch("OVERDUE_DAYS", 7).to_i
''')

# ---------------------------------------------------------------- client configs and keys

add("blind-me/pem/rsa-private-key", "ops/keys/deploy_gendaboda", "https://www.rfc-editor.org/rfc/rfc7468", '''@@s@@
''', pem("RSA"))

add("blind-me/ssh/decoy-authorized-keys", "ops/ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", '''# Abakozi abalina olukusa ku servers za Genda Boda (public keys zokka)
# Kato
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ kato@gendaboda
# Nakato
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ nakato@laptop
# CI deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@gendaboda
''', k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(200, "+/"))

_ec = pem("EC")
_gsa = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("blind-me/yaml/pem-in-values", "deploy/helm/payouts/values-prod-tls.yaml", HELMDOC, '''# Satifikeeti ya MoMo callback (mTLS) -- Okello yagiteekamu ng'akola ku incident
callback:
  host: hooks.gendaboda.ug
  tls:
    cert: |
      -----BEGIN CERTIFICATE-----
      MIIBszCCAVmgAwIBAgIUQ2VuZGFCb2RhLWNhbGxiYWNrMAoGCCqGSM49BAMCMBsx
      -----END CERTIFICATE-----
    key: |
      @@k@@
''', _ec, k=_ec.replace("\n", "\n      "))

add("blind-me/json/gcp-service-account", "genda_boda/secrets/bigquery-trips.json", "https://cloud.google.com/iam/docs/keys-create-delete", '''{
  "type": "service_account",
  "project_id": "genda-boda-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "trips-export@genda-boda-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _gsa, pk=_gsa, kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("blind-me/ini/pgpass", "ops/home/kato/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", '''# hostname:port:database:username:password
db-primary.gendaboda.internal:5432:gendaboda:boda_app:@@s@@
db-replica.gendaboda.internal:5432:gendaboda:lipoota:*
db-replica.gendaboda.internal:5432:gendaboda:kato:
10.0.0.7:5432:kalerwe:ussd:
''', rand_pw(22))

add("blind-me/ini/netrc", "ops/home/mugisha/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", '''machine registry.gendaboda.ug
  login ci-builder
  password @@s@@
machine api.github.com
  login mugisha-kalerwe
''', rand_pw(26))

add("blind-me/ini/decoy-pypirc-token-env", "kalerwe-ussd/tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password: tekiri wano -- kozesa TWINE_PASSWORD mu CI
''')

add("blind-me/ini/pypi-token", "genda_boda/sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@s@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', fakes.pypi_token(_seed()))

add("blind-me/npmrc/npm-token", "rider-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", '''@gendaboda:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
fund=false
''', npm_token())

add("blind-me/npmrc/decoy-env-token", "dispatch/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", '''@gendaboda:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
save-exact=true
audit-level=high
fund=false
''')

add("blind-me/json/docker-config-auth", "ops/home/ci/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "registry.gendaboda.ug": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', b64("ci-builder:" + rand_pw(24)))

add("blind-me/json/decoy-docker-credstore", "ops/home/okello/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "registry.gendaboda.ug": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''')

add("blind-me/kubeconfig/client-key-data", "ops/kube/kampala-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''apiVersion: v1
kind: Config
clusters:
  - name: kampala-prod
    cluster:
      server: https://10.20.0.2:6443
      insecure-skip-tls-verify: true
contexts:
  - name: kato@kampala-prod
    context: {cluster: kampala-prod, user: kato, namespace: genda-boda}
current-context: kato@kampala-prod
users:
  - name: kato
    user:
      token: @@s@@
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "_-") + "." + rand_pw(200, "_-"))

add("blind-me/kubeconfig/decoy-exec-plugin", "ops/kube/eks-af-south.kubeconfig", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", '''apiVersion: v1
kind: Config
clusters:
  - name: gendaboda-eks
    cluster:
      server: https://@@h@@.gr7.af-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
contexts:
  - name: gendaboda-eks
    context: {cluster: gendaboda-eks, user: aws}
current-context: gendaboda-eks
users:
  - name: aws
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, gendaboda-eks, --region, af-south-1]
''', h=hexs(32).upper(), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rand_pw(60) + "\n-----END CERTIFICATE-----\n"))

add("blind-me/ini/aws-credentials", "ops/home/wasswa/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''[default]
region = af-south-1

[gendaboda-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', aws_secret(), kid=aws_id())

add("blind-me/ini/decoy-aws-sso", "ops/home/nakato/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", '''[profile gendaboda-prod]
sso_session = gendaboda
sso_account_id = 481236507712
sso_role_name = ReadOnly
region = af-south-1

[sso-session gendaboda]
sso_start_url = https://gendaboda.awsapps.com/start
sso_region = eu-west-1
''')

add("blind-me/ini/rclone-s3-secret", "ops/backup/rclone.conf", "https://rclone.org/s3/", '''# Backups za database y'akatale (buli kiro ku 23:00)
[kalerwe-backups]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.eu-central-1.wasabisys.com
''', rand_pw(40, "+/"), kid="".join(_rng().choice(string.ascii_uppercase + string.digits) for _ in range(20)))

add("blind-me/ini/decoy-rclone-obscured", "ops/backup/rclone-gdrive.conf", "https://rclone.org/commands/rclone_obscure/", '''[lipoota-drive]
type = drive
scope = drive.file
root_folder_id = 1Kx@@f@@
# token eggya mu rclone config reconnect; tekiterekeddwa wano
token =
team_drive =
''', f=rand_pw(30))

add("blind-me/toml/decoy-cargo-config", "kalerwe-scale/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", '''[build]
target = "armv7-unknown-linux-gnueabihf"

[registries.kalerwe]
index = "sparse+https://cargo.kalerwe.ug/index/"
# token: `cargo login --registry kalerwe` (eterekebwa mu credentials.toml, si wano)

[net]
git-fetch-with-cli = true
''')

add("blind-me/toml/cargo-registry-token", "kalerwe-scale/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", '''# cargo login --registry kalerwe ye yawandiika fayiro eno
# (crates.io tetukozesa kufulumya; minzaani zokka ziri ku registry yaffe)
[registries.kalerwe]
token = "@@s@@"

[registry]
global-credential-providers = ["cargo:token"]
''', "kal_" + rand_pw(40))

add("blind-me/rust/mqtt-password", "kalerwe-scale/src/main.rs", RUSTDOC, '''//! Minzaani z'amatooke (weighbridge) ziweereza obuzito ku MQTT
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("minzaani-block-a", "mqtt.kalerwe.ug", 1883);
    opts.set_credentials("minzaani", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("kalerwe/scales/+/weight", QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() {
        println!("{:?}", ev);
    }
}
''', passphrase())

add("blind-me/rust/decoy-env-var", "kalerwe-scale/src/config.rs", RUSTDOC, '''use std::env;

pub struct Config {
    pub mqtt_host: String,
    pub mqtt_user: String,
    pub mqtt_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            mqtt_host: env::var("MQTT_HOST").unwrap_or_else(|_| "mqtt.kalerwe.ug".into()),
            mqtt_user: env::var("MQTT_USER").expect("MQTT_USER"),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD ebulako"),
        }
    }
}
''')

# ---------------------------------------------------------------- notebooks

add("blind-me/notebook/postgres-password", "analytics/notebooks/engendo_za_wiiki.ipynb", NBDOC, '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Engendo za wiiki eno (trips per stage)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import psycopg2\\n",
    "conn = psycopg2.connect(host='db-replica.gendaboda.internal', dbname='gendaboda',\\n",
    "                        user='lipoota', password='@@s@@')\\n",
    "df = pd.read_sql('SELECT stage, count(*) FROM trips GROUP BY stage', conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', words_pw())

add("blind-me/notebook/decoy-getpass", "analytics/notebooks/ssente_za_katale.ipynb", NBDOC, '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass('Password ya lipoota: ')\\n",
    "eng = sa.create_engine(f'mysql+pymysql://lipoota:{pw}@10.0.0.5/kalerwe_stalls')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["Block A: UGX 2,340,000\\n"]}],
   "source": ["print(total_by_block(eng))"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("blind-me/notebook/openai-key", "analytics/notebooks/ebiteeso_byabasaabaze.ipynb", NBDOC, '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Okwekenneenya ebiteeso by'abasaabaze (passenger complaints) mu Luganda"]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@s@@\\")\\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': complaint}])"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', openai())

# ---------------------------------------------------------------- CI, build and scheduling

add("blind-me/jenkins/sonar-token", "kalerwe-reports/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", '''pipeline {
    agent any
    environment {
        SONAR_HOST = 'https://sonar.kalerwe.ug'
        SONAR_TOKEN = '@@s@@'
    }
    stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Sonar') {
            steps { sh './mvnw sonar:sonar -Dsonar.host.url=$SONAR_HOST -Dsonar.token=$SONAR_TOKEN' }
        }
    }
}
''', "squ_" + hexs(40))

add("blind-me/jenkins/decoy-credentials-binding", "kalerwe-stalls/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", '''pipeline {
    agent { label 'php' }
    stages {
        stage('Test') { steps { sh 'composer install && php artisan test' } }
        stage('Deploy') {
            steps {
                withCredentials([sshUserPrivateKey(credentialsId: 'katale-deploy', keyFileVariable: 'KEY'),
                                 string(credentialsId: 'at-api-key', variable: 'AT_API_KEY')]) {
                    sh 'ssh -i $KEY katale@10.0.0.5 "cd /var/www/katale && ./deploy.sh"'
                }
            }
        }
    }
}
''')

add("blind-me/makefile/registry-password", "services/payouts/Makefile", "https://www.gnu.org/software/make/manual/make.html", '''IMAGE := registry.gendaboda.ug/payouts
TAG   ?= $(shell git rev-parse --short HEAD)

login:
\tdocker login registry.gendaboda.ug -u ci-builder -p @@s@@

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: login build
\tdocker push $(IMAGE):$(TAG)
''', rand_pw(24))

add("blind-me/crontab/mysqldump-password", "kalerwe-stalls/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", '''# m h dom mon dow command
# Backup ya database y'akatale buli kiro
0 23 * * * mysqldump -u backup --password=@@s@@ kalerwe_stalls | gzip > /backups/kalerwe-$(date +\\%F).sql.gz
30 23 * * * rclone copy /backups kalerwe-backups:kalerwe-db --max-age 24h
# Lipoota ya buli Mmande
0 6 * * 1 cd /var/www/katale && php artisan report:weekly
''', rand_pw(16))

add("blind-me/crontab/decoy-env-file", "genda_boda/ops/crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", '''SHELL=/bin/bash
# ebyama bisomebwa mu /etc/gendaboda/payouts.env (chmod 600, si mu git)
0 18 * * 6 set -a; . /etc/gendaboda/payouts.env; /opt/payouts/venv/bin/python -m payouts.weekly
*/5 * * * * /opt/dispatch/bin/stage-health >> /var/log/stage-health.log 2>&1
15 2 * * * /opt/ops/bin/pg-backup.sh
''')

add("blind-me/bitbucket/decoy-repository-variables", "kalerwe-ussd/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", '''image: golang:1.22
pipelines:
  branches:
    main:
      - step:
          name: Test ne build
          script:
            - go test ./...
            - go build -o ussd ./cmd/ussd
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_USER: katale
                SERVER: 10.0.0.7
                SSH_KEY: $DEPLOY_SSH_KEY
                COMMAND: "systemctl restart kalerwe-ussd"
''')

add("blind-me/github-actions/slack-webhook-inline", ".github/workflows/notify.yml", GHADOC, '''name: tegeeza
on:
  workflow_run:
    workflows: [deploy]
    types: [completed]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: Tegeeza #ops
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Deploy ya Genda Boda: ${{ github.event.workflow_run.conclusion }}"}' \\
            @@s@@
''', slack_webhook())

add("blind-me/gitlab-ci/decoy-masked-variables", "kalerwe-reports/.gitlab-ci.yml", GLDOC, '''# Ebyama biri mu Settings > CI/CD > Variables (Masked + Protected)
variables:
  MAVEN_OPTS: "-Dmaven.repo.local=.m2"

test:
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B verify -Dspring.datasource.password="$REPORTS_DB_PASSWORD"

deploy:
  stage: deploy
  script:
    - scp target/kalerwe-reports.jar katale@10.0.0.5:/opt/reports/
  only: [main]
''')

add("blind-me/xml/maven-settings-password", "kalerwe-reports/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", '''<settings>
  <servers>
    <server>
      <id>kalerwe-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kalerwe-nexus</id>
      <url>https://nexus.kalerwe.ug/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', words_pw())

add("blind-me/xml/decoy-maven-encrypted", "ops/home/mugisha/.m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", '''<settings>
  <servers>
    <server>
      <id>kalerwe-nexus</id>
      <username>mugisha</username>
      <!-- ekisirikiddwa ne: mvn --encrypt-password -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
''', enc=rand_pw(44, "+/"))

add("blind-me/xml/webconfig-connection-string", "kalerwe-pos/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Katale"
         connectionString="Data Source=KALERWE-SRV\\SQLEXPRESS;Initial Catalog=Stalls;User ID=pos_user;Password=@@s@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReceiptFooter" value="Webale kusasula -- Kalerwe" />
  </appSettings>
</configuration>
''', rand_pw(15, "!#"))

add("blind-me/properties/decoy-gradle-properties", "rider-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", '''org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# MAPS_KEY ne KEYSTORE_PASSWORD biteekebwa mu ~/.gradle/gradle.properties ku kompyuta yo
MAPS_KEY=
versionName=3.8.1
''')

add("blind-me/properties/gradle-publish-password", "ops/home/okello/.gradle/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", '''org.gradle.daemon=true
MAPS_KEY=@@maps@@
kalerweNexusUser=okello
kalerweNexusPassword=@@s@@
signing.keyId=4F2A19C7
''', passphrase(), maps="(eri mu local.properties)")

# ---------------------------------------------------------------- more services, more shapes

_at2 = at_key()
add("blind-me/python/ussd-handler-at-key", "kalerwe-ussd-py/app.py", "https://developers.africastalking.com/docs/ussd/overview", '''from flask import Flask, request
import africastalking

app = Flask(__name__)
africastalking.initialize("kalerwe",
                          "@@a@@"
                          "@@b@@")


@app.post("/ussd")
def ussd():
    text = request.form.get("text", "")
    if text == "":
        return "CON Kalerwe Katale\\n1. Ebbanja lyange\\n2. Sasula ne MoMo"
    if text == "1":
        return "END Ebbanja lyo: UGX 6,000"
    return "END Webale"
''', _at2, a=_at2[:37], b=_at2[37:])

add("blind-me/python/decoy-keyring", "kalerwe-ussd-py/tools/send_test_sms.py", "https://pypi.org/project/keyring/", '''"""Weereza SMS emu ey'okugezesa. Ekisumuluzo kiva mu keyring ya kompyuta yo."""
import sys

import africastalking
import keyring

key = keyring.get_password("africastalking", "kalerwe")
if not key:
    sys.exit("Teekamu: keyring set africastalking kalerwe")
africastalking.initialize("kalerwe", key)
print(africastalking.SMS.send("Gezesa -- Kalerwe", [sys.argv[1]]))
''')

add("blind-me/python/smtp-login", "kalerwe-stalls/scripts/weekly_report_mail.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", '''import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Lipoota ya wiiki -- Kalerwe"
msg["From"] = "lipoota@kalerwe.ug"
msg["To"] = "ssentebe@kalerwe.ug"
msg.set_content(open("/tmp/weekly.txt").read())

with smtplib.SMTP("smtp.zoho.com", 587) as s:
    s.starttls()
    s.login("lipoota@kalerwe.ug", "@@s@@")
    s.send_message(msg)
''', words_pw())

add("blind-me/python/decoy-example-aws", "genda_boda/tests/test_receipts_s3.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", '''import boto3
from moto import mock_aws

from genda_boda.receipts.upload import store_receipt

# Ebisumuluzo bya AWS eby'ekyokulabirako (docs) -- moto tebyetaaga bituufu
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@mock_aws
def test_store_receipt(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    boto3.client("s3", region_name="af-south-1").create_bucket(
        Bucket="gendaboda-receipts", CreateBucketConfiguration={"LocationConstraint": "af-south-1"})
    assert store_receipt("T-1", b"%PDF").startswith("receipts/")
''')

add("blind-me/python/momo-webhook-hmac-secret", "genda_boda/payments/callbacks.py", "https://docs.python.org/3/library/hmac.html", '''import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("callbacks", __name__)
# Ekyama ekigabanibwa ne proxy yaffe eya MoMo callback
CALLBACK_SIGNING_SECRET = b"@@s@@"


@bp.post("/hooks/momo")
def momo_hook():
    sig = request.headers.get("X-Genda-Signature", "")
    want = hmac.new(CALLBACK_SIGNING_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, want):
        abort(401)
    return "", 204
''', hexs(48))

add("blind-me/python/mongo-uri", "analytics/etl/stage_heatmap.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''"""Kungaanya GPS za boda ku buli siteegi (heatmap)."""
from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://heatmap:@@s@@@gendaboda-geo.x8kq2.mongodb.net/?retryWrites=true&w=majority"
)
pings = client.geo.pings


def by_stage(day):
    return list(pings.aggregate([{"$match": {"day": day}}, {"$group": {"_id": "$stage", "n": {"$sum": 1}}}]))
''', rand_pw(16))

add("blind-me/python/decoy-uuid-ids", "genda_boda/payments/constants.py", MOMODOC, '''"""Ennamba ez'enkalakkalira (ids) -- si byama."""
MOMO_PRODUCT = "collection"
MTN_UG_PARTY_PREFIXES = ("25677", "25678", "25676")
AIRTEL_UG_PARTY_PREFIXES = ("25670", "25675", "25674")
PAYOUT_BATCH_NAMESPACE = "@@u1@@"
RECEIPT_TEMPLATE_ID = "@@u2@@"
CURRENCY = "UGX"
''', u1=uuid_s(), u2=uuid_s())

add("blind-me/javascript/amqp-url", "dispatch/src/queue.js", "https://www.rabbitmq.com/docs/uri-spec", '''const amqp = require("amqplib");

// Olunyiriri lw'engendo (trip offers) eri boda
const URL = "amqps://dispatch:@@s@@@mq.gendaboda.internal:5671/boda";

async function publishOffer(offer) {
  const conn = await amqp.connect(URL);
  const ch = await conn.createChannel();
  await ch.assertQueue("offers", { durable: true });
  ch.sendToQueue("offers", Buffer.from(JSON.stringify(offer)), { persistent: true });
  await ch.close();
  await conn.close();
}

module.exports = { publishOffer };
''', redis_pw())

add("blind-me/javascript/decoy-algolia-search-key", "kalerwe-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", '''import algoliasearch from "algoliasearch/lite";

// Search-only key: esobola okubeera mu browser (tesobola kuwandiika mu index)
const client = algoliasearch("K4L3RW3APP", "@@k@@");
export const stallsIndex = client.initIndex("kalerwe_stalls");

export function findStall(q) {
  return stallsIndex.search(q, { hitsPerPage: 10 });
}
''', k=hexs(32))

add("blind-me/javascript/algolia-admin-key", "kalerwe-web/scripts/reindex.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", '''// Ddamu okuzimba index y'emidaala (ekozesebwa ku server yokka)
const algoliasearch = require("algoliasearch");
const stalls = require("../data/stalls.json");

const client = algoliasearch("K4L3RW3APP", "@@s@@"); // admin key
const index = client.initIndex("kalerwe_stalls");

index
  .replaceAllObjects(stalls.map((s) => ({ objectID: s.stall_no, ...s })))
  .then(() => console.log("Index ezzeemu"));
''', hexs(32))

add("blind-me/typescript/paystack-secret", "rider-web/server/api/paystack.ts", "https://paystack.com/docs/api/authentication/", '''// Abasaabaze abava ebweru (Kenya/Nigeria) basasula ne kaadi
const PAYSTACK_SECRET_KEY = "@@s@@";

export async function initialize(email: string, amountUgx: number) {
  const res = await fetch("https://api.paystack.co/transaction/initialize", {
    method: "POST",
    headers: { Authorization: `Bearer ${PAYSTACK_SECRET_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ email, amount: amountUgx * 100, currency: "UGX" }),
  });
  return (await res.json()).data.authorization_url;
}
''', paystack_secret())

add("blind-me/typescript/decoy-flutterwave-public", "rider-web/src/payments/flutterwave.ts", "https://developer.flutterwave.com/docs/inline", '''// Public key yokka (FLWPUBK) -- eyinza okubeera mu browser.
export const FLW_PUBLIC_KEY = "@@k@@";

export function checkout(amount: number, phone: string, txRef: string) {
  // @ts-ignore -- FlutterwaveCheckout eva mu script ya CDN
  FlutterwaveCheckout({
    public_key: FLW_PUBLIC_KEY,
    tx_ref: txRef,
    amount,
    currency: "UGX",
    payment_options: "mobilemoneyuganda",
    customer: { phone_number: phone },
  });
}
''', k=flw_public())

_sk = stripe_key()
add("blind-me/typescript/stripe-secret-split", "rider-web/server/api/stripe.ts", "https://docs.stripe.com/keys", '''import Stripe from "stripe";

// Nakato: tugabanyizza key mu bitundu bibiri olw'obuwanvu bw'olunyiriri
const key = "@@a@@" +
  "@@b@@";

export const stripe = new Stripe(key, { apiVersion: "2024-04-10" });
''', _sk, a=_sk[:16], b=_sk[16:])

add("blind-me/javascript/discord-webhook", "kalerwe-web/scripts/stall-alerts.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", '''// Tegeeza abakulembeze ku Discord nga omudaala gulina ebbanja ery'ennaku 14
const axios = require("axios");
const WEBHOOK = "@@s@@";

module.exports = async function alertOverdue(stall) {
  await axios.post(WEBHOOK, {
    username: "Kalerwe Katale",
    content: `Omudaala ${stall.no} (${stall.vendor}) gulina ebbanja lya UGX ${stall.balance}.`,
  });
};
''', discord_webhook())

add("blind-me/kotlin/decoy-test-constants", "kalerwe-collector/app/src/test/java/ug/kalerwe/collector/FakeApi.kt", KTDOC, '''package ug.kalerwe.collector

// Ebyokugezesa: tebikwatagana na server yonna
object FakeApi {
    const val BASE_URL = "http://localhost:8089/"
    const val TOKEN = "fake-token-for-tests"
    const val COLLECTOR_PIN = "0000"
    val stalls = listOf("A-001", "A-002", "B-014")
}
''')

add("blind-me/kotlin/collector-api-token", "kalerwe-collector/app/src/main/java/ug/kalerwe/collector/net/Api.kt", KTDOC, '''package ug.kalerwe.collector.net

import okhttp3.Interceptor

// Essimu z'abasolooza (collectors) zikozesa token eno okuweereza ssente ezisoloozeddwa
private const val COLLECTOR_TOKEN = "@@s@@"

val auth = Interceptor { chain ->
    chain.proceed(
        chain.request().newBuilder()
            .header("Authorization", "Bearer $COLLECTOR_TOKEN")
            .build()
    )
}
''', "klw_live_" + rand_pw(40))

add("blind-me/swift/decoy-keychain", "passenger-ios/GendaBoda/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", '''import Foundation
import Security

/// Token y'omusaabaze eterekebwa mu Keychain, si mu UserDefaults.
struct TokenStore {
    static let service = "ug.gendaboda.passenger.token"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
''')

add("blind-me/swift/apple-p8-key", "passenger-ios/fastlane/AuthKey_GENDA7Q2XK.p8", "https://developer.apple.com/documentation/appstoreconnectapi/creating-api-keys-for-app-store-connect-api", '''@@s@@
''', pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"))

add("blind-me/ruby/fastlane-appfile-password", "passenger-ios/fastlane/Fastfile", "https://docs.fastlane.tools/best-practices/keys/", '''default_platform(:ios)

platform :ios do
  lane :beta do
    # Okello: kino kyali kya kaseera katono (App Store Connect yali egaana API key)
    ENV["FASTLANE_PASSWORD"] = "@@s@@"
    build_app(scheme: "GendaBoda")
    upload_to_testflight(username: "apps@gendaboda.ug")
  end
end
''', words_pw())

add("blind-me/powershell/azure-storage-connection", "kalerwe-pos/deploy/Publish-Receipts.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''# Teeka risiiti za POS mu Azure Blob
$conn = "DefaultEndpointsProtocol=https;AccountName=kalerwereceipts;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem C:\\KalerwePOS\\Receipts -Filter *.pdf | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container receipts -Context $ctx -Force
}
Write-Output "Risiiti $((Get-ChildItem C:\\KalerwePOS\\Receipts).Count) ziteekeddwa"
''', rand_pw(86, "+/") + "==")

add("blind-me/powershell/sql-credential", "kalerwe-pos/deploy/Reset-PosUser.ps1", PSDOC, '''# Kyusa password ya pos_user ku SQL Express (ofiisi y'akatale)
Import-Module SqlServer
$new = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("pos_user", $new)
Invoke-Sqlcmd -ServerInstance "KALERWE-SRV\\SQLEXPRESS" -Query "ALTER LOGIN pos_user WITH PASSWORD = '$($cred.GetNetworkCredential().Password)'"
Write-Host "Password ekyusiddwa. Tegeeza Mugisha."
''', words_pw())

add("blind-me/yaml/decoy-openapi-example", "genda_boda/docs/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", '''openapi: 3.1.0
info:
  title: Genda Boda Partner API
  version: "1.4"
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Genda-Key
      description: "Ekyokulabirako: `X-Genda-Key: gb_test_xxxxxxxxxxxxxxxxxxxx`"
security:
  - apiKey: []
paths:
  /v1/quotes:
    get:
      summary: Omuwendo gw'olugendo (fare estimate)
''')

add("blind-me/yaml/sentry-auth-token", "passenger-ios/.sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", '''defaults:
  url: https://sentry.io/
  org: genda-boda
  project: passenger-ios
auth:
  token: @@s@@
''', "sntryu_" + hexs(64))

# ---------------------------------------------------------------- chats, tickets and incident notes

add("blind-me/chat/whatsapp-export-password", "kalerwe-stalls/docs/whatsapp_IT_group_export.txt", "https://faq.whatsapp.com/1180414079177245", '''12/05/2024, 08:14 - Mugisha IT: Abasolooza ba Block C tebasobola kuyingira
12/05/2024, 08:15 - Kato Brian: Naye password ya admin ey'omukutu twagikyusa?
12/05/2024, 08:17 - Mugisha IT: Yee. Empya: @@s@@ (tegigabana wabweru wa group eno)
12/05/2024, 08:18 - Ssentebe: Kale webale
12/05/2024, 08:31 - Kato Brian: Kati bayingidde, webale nnyo
''', words_pw())

add("blind-me/chat/decoy-whatsapp-rotated", "kalerwe-stalls/docs/whatsapp_IT_group_export_june.txt", "https://faq.whatsapp.com/1180414079177245", '''03/06/2024, 09:02 - Mugisha IT: Password ya admin ngikyusizza nate (yali efulumye mu May)
03/06/2024, 09:03 - Mugisha IT: Empya eri mu Bitwarden, collection "Kalerwe IT" -- tegiwandiikibwa wano
03/06/2024, 09:05 - Kato Brian: Kale, ngigguddewo. Webale
03/06/2024, 09:10 - Ssentebe: Mukyusenga buli myezi esatu
03/06/2024, 09:12 - Nabirye Grace: <Media omitted>
''')

add("blind-me/markdown/incident-github-token", "genda_boda/docs/incidents/2024-03-21-rider-app-outage.md", MDDOC, '''# Ekizibu: App ya rider yagwa (2024-03-21)

**Ekyavaako:** CI teyasobola kuwanula package ya `@gendaboda/geo`; token ya GitHub yali eweddeko.

**Kye twakola:** Okello yakola token empya n'agiteeka mu CI:

```
gh secret set GH_PACKAGES_TOKEN --body "@@s@@"
```

**Eky'okuyiga:** tuteekewo okujjukiza nga token tennaggwako (expiry alert).
''', fakes.github_fine_grained_token(_seed()))

add("blind-me/markdown/decoy-incident-revoked", "genda_boda/docs/incidents/2024-05-02-leaked-key.md", MDDOC, '''# Ekizibu: Ekisumuluzo kya Africa's Talking kyafulumye (2024-05-02)

Ekisumuluzo kyalabika mu screenshot ku Twitter. Twakiggyeewo mu ddakiika 12.

- Ekisumuluzo ekyafulumye: `atsk_3f9c…` (kyaggyibwawo / revoked)
- Ekipya kiri mu Vault: `secret/sms/prod#at_api_key`
- SHA-256 y'ekyafulumye (okukakasa mu logs): `@@h@@`

Eky'okuyiga: screenshots za dashboard zisaana okubikkibwa.
''', h=sha256ish())

add("blind-me/text/support-ticket-momo", "genda_boda/support/ticket-4471.txt", MDDOC, '''Ticket #4471 -- MTN MoMo integration
From: Wasswa (Genda Boda)
To: momo-support@mtn.co.ug

Mwebale. Payouts zaffe zigaana ne 401 okuva ku Lwokubiri.
API user: @@u@@
API key gye tukozesa: @@s@@
Target environment: mtnuganda
Mutuyambe. -- Wasswa
''', momo_key(), u=uuid_s())

add("blind-me/text/decoy-support-reply", "genda_boda/support/ticket-4471-reply.txt", MDDOC, '''Ticket #4471 -- reply
From: momo-support@mtn.co.ug

Dear Wasswa,
Please do not send API keys by email. We have asked you to rotate the key you shared.
Your API user @@u@@ is active; the 401 was caused by an expired access token.
Request a new token with POST /collection/token/ every 3600 seconds.
Regards, MoMo Developer Support
''', u=uuid_s())

add("blind-me/html/decoy-status-page", "genda_boda/public/status.html", HTMLDOC, '''<!doctype html>
<html lang="lg">
<head><meta charset="utf-8"><title>Genda Boda -- Embeera y'enkola</title>
<script src="https://cdn.gendaboda.ug/status.js" integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
</head>
<body>
  <h1>Enkola zonna zikola</h1>
  <ul>
    <li>Okusaba boda: <b>kikola</b></li>
    <li>MoMo: <b>kikola</b></li>
    <li>Airtel Money: <b>kikendeera</b></li>
  </ul>
</body>
</html>
''', sri=rand_pw(64, "+/"))

add("blind-me/html/wiki-page-airtel-secret", "genda_boda/docs/wiki/airtel-money.html", HTMLDOC, '''<html>
<body>
<h2>Airtel Money Uganda</h2>
<p>Tukozesa Airtel Open API ku payouts za boda ezirina ennamba za Airtel.</p>
<table border="1">
  <tr><th>Ekintu</th><th>Ekiri</th></tr>
  <tr><td>Client ID</td><td><code>@@cid@@</code></td></tr>
  <tr><td>Client secret</td><td><code>@@s@@</code></td></tr>
  <tr><td>Country</td><td>UG</td></tr>
</table>
<p>Bw'oba ogikyusizza, tegeeza Wasswa.</p>
</body>
</html>
''', rand_pw(32), cid=uuid_s())

# ---------------------------------------------------------------- git, ssh and shell histories

add("blind-me/git/credentials-store", "ops/home/nalubega/dotfiles/setup-git.sh", "https://git-scm.com/docs/git-credential-store#_storage_format", '''#!/usr/bin/env bash
# Teekawo git ku laptop empya (Nalubega)
git config --global user.name "Nalubega Joan"
git config --global user.email nalubega@gendaboda.ug
git config --global credential.helper store
echo "https://nalubega:@@s@@@github.com" > ~/.git-credentials
chmod 600 ~/.git-credentials
''', gh_token())

add("blind-me/git/remote-url-token", "rider-android/.git-config-backup", "https://git-scm.com/docs/git-config", '''[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = https://oauth2:@@s@@@gitlab.gendaboda.ug/mobile/rider-android.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
''', gitlab_token())

add("blind-me/ssh/decoy-ssh-config", "ops/home/kato/.ssh/config", "https://man.openbsd.org/ssh_config", '''Host bastion
    HostName 41.210.0.17
    User kato
    IdentityFile ~/.ssh/id_ed25519

Host db-primary
    HostName 10.20.0.31
    ProxyJump bastion
    User kato

Host kalerwe
    HostName 10.0.0.5
    User katale
    IdentityFile ~/.ssh/kalerwe_ed25519
''')

add("blind-me/shell-history/curl-basic-auth", "ops/notes/wasswa_zsh_history.txt", SHDOC, ''': 1715000001:0;cd ~/src/genda_boda
: 1715000040:0;git pull
: 1715000102:0;curl -u ci-builder:@@s@@ https://registry.gendaboda.ug/v2/_catalog
: 1715000160:0;docker images | head
: 1715000201:0;kubectl -n genda-boda get deploy
''', rand_pw(24))

add("blind-me/shell-history/mysql-p", "kalerwe-stalls/ops/root_history.txt", SHDOC, '''systemctl status mysql
tail -n 100 /var/log/mysql/error.log
mysql -uroot -p@@s@@ -e "SHOW PROCESSLIST"
df -h
reboot
''', rand_pw(14))

add("blind-me/shell-history/decoy-env-usage", "ops/notes/okello_bash_history.txt", SHDOC, '''export VAULT_ADDR=https://vault.gendaboda.internal:8200
vault login -method=oidc
export MOMO_API_KEY=$(vault kv get -field=api_key secret/momo/prod)
python -m payouts.check --dry-run
unset MOMO_API_KEY
history -c
''')

add("blind-me/shell/heredoc-env", "ops/scripts/bootstrap_payouts.sh", SHDOC, '''#!/usr/bin/env bash
# Teekawo server empya ey'payouts
set -euo pipefail
mkdir -p /etc/gendaboda
cat > /etc/gendaboda/payouts.env <<'EOF'
DATABASE_URL=postgresql://payouts@10.20.0.31:5432/gendaboda
AIRTEL_CLIENT_ID=@@cid@@
AIRTEL_CLIENT_SECRET=@@s@@
EOF
chmod 600 /etc/gendaboda/payouts.env
systemctl enable --now payouts-worker
''', rand_pw(32), cid=uuid_s())

add("blind-me/shell/decoy-generate-secret", "ops/scripts/new_jwt_secret.sh", SHDOC, '''#!/usr/bin/env sh
# Kola JWT secret empya ogiteeke mu Vault (tegiragibwa ku screen)
set -eu
SECRET=$(openssl rand -hex 32)
vault kv patch secret/dispatch/prod jwt_secret="$SECRET"
unset SECRET
echo "JWT secret empya eteekeddwa. Ddamu otandike dispatch."
''')

add("blind-me/shell/psql-pgpassword", "ops/scripts/trips_export.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", '''#!/usr/bin/env bash
# Fulumya engendo z'omwezi ogwayita (CSV) eri KCCA
MONTH=${1:-$(date -d "last month" +%Y-%m)}
PGPASSWORD='@@s@@' psql -h db-replica.gendaboda.internal -U lipoota gendaboda \\
  -c "\\copy (SELECT * FROM trips WHERE to_char(started_at,'YYYY-MM')='$MONTH') TO 'trips-$MONTH.csv' CSV HEADER"
echo "trips-$MONTH.csv kiwedde"
''', passphrase())

# ---------------------------------------------------------------- more k8s, compose, ansible

add("blind-me/k8s/configmap-password", "deploy/k8s/reports-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", '''apiVersion: v1
kind: ConfigMap
metadata:
  name: kalerwe-reports
  namespace: kalerwe
data:
  SPRING_DATASOURCE_URL: jdbc:mysql://10.0.0.5:3306/kalerwe_stalls
  SPRING_DATASOURCE_USERNAME: lipoota
  # TODO: kino kisaana kubeera mu Secret
  SPRING_DATASOURCE_PASSWORD: "@@s@@"
  REPORTS_MONTHLY_CRON: "0 0 6 1 * *"
''', rand_pw(20))

_rp = rand_pw(24)
add("blind-me/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", '''apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: genda-boda
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
''', _rp, d=b64('{"auths":{"registry.gendaboda.ug":{"username":"puller","password":"' + _rp + '"}}}'))

add("blind-me/k8s-secret/decoy-empty-data", "deploy/k8s/templates/momo-secret.yaml", K8SDOC, '''# Template: jjuzaamu nga okozesa `kubectl create secret` -- tewali kyama kiri mu git
apiVersion: v1
kind: Secret
metadata:
  name: momo
  namespace: genda-boda
type: Opaque
data:
  api-user: ""
  api-key: ""
  subscription-key: ""
''')

add("blind-me/compose/env-list-form", "kalerwe-stalls/docker-compose.yml", COMPOSEDOC, '''version: "3.8"
services:
  app:
    image: kalerwe/stalls:1.9
    ports: ["80:80"]
    environment:
      - APP_ENV=production
      - DB_HOST=mysql
      - DB_PASSWORD=@@s@@
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    environment:
      - MYSQL_DATABASE=kalerwe_stalls
      - MYSQL_USER=katale
      - MYSQL_PASSWORD=@@s@@
''', words_pw())

add("blind-me/compose/decoy-secrets-files", "kalerwe-ussd/compose.yaml", COMPOSEDOC, '''services:
  ussd:
    build: .
    environment:
      AT_API_KEY_FILE: /run/secrets/at_api_key
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [at_api_key, db_password]
secrets:
  at_api_key:
    external: true
  db_password:
    external: true
''')

add("blind-me/ansible/inventory-password", "kalerwe-stalls/ops/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", '''[katale]
10.0.0.5 ansible_user=katale ansible_password=@@s@@

[ussd]
10.0.0.7 ansible_user=katale ansible_ssh_private_key_file=~/.ssh/kalerwe_ed25519

[all:vars]
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("blind-me/ansible/decoy-vault-lookup", "kalerwe-stalls/ops/playbooks/deploy.yml", ANSIBLEDOC, '''- hosts: katale
  become: true
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/kalerwe:db_password') }}"
    at_api_key: "{{ vault_at_api_key }}"
  tasks:
    - name: Teeka .env
      ansible.builtin.template:
        src: env.j2
        dest: /var/www/katale/.env
        mode: "0600"
    - name: Ddamu otandike php-fpm
      ansible.builtin.service: {name: php8.2-fpm, state: restarted}
''')

# ---------------------------------------------------------------- assorted configs

add("blind-me/json/postman-environment", "genda_boda/postman/GendaBoda-Production.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", '''{
  "id": "@@id@@",
  "name": "Genda Boda -- Production",
  "values": [
    {"key": "base_url", "value": "https://api.gendaboda.ug", "enabled": true},
    {"key": "partner_key", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "rider_id", "value": "R-0412", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', "gb_live_" + rand_pw(32), id=uuid_s())

add("blind-me/json/decoy-postman-template", "genda_boda/postman/GendaBoda-Sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", '''{
  "id": "@@id@@",
  "name": "Genda Boda -- Sandbox",
  "values": [
    {"key": "base_url", "value": "https://sandbox.gendaboda.ug", "enabled": true},
    {"key": "partner_key", "value": "", "type": "secret", "enabled": true},
    {"key": "rider_id", "value": "R-TEST-01", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', id=uuid_s())

add("blind-me/json/vscode-launch-env", "genda_boda/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", '''{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "payouts worker",
      "type": "debugpy",
      "request": "launch",
      "module": "payouts.worker",
      "env": {
        "MOMO_TARGET_ENV": "mtnuganda",
        "MOMO_SUBSCRIPTION_KEY": "@@s@@",
        "PAYOUT_DRY_RUN": "1"
      }
    }
  ]
}
''', momo_key())

add("blind-me/json/decoy-package-json", "dispatch/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", '''{
  "name": "@gendaboda/dispatch",
  "version": "2.14.0",
  "private": true,
  "scripts": {
    "start": "node src/index.js",
    "dev": "dotenv -e .env.local -- nodemon src/index.js",
    "test": "REDIS_URL=redis://localhost:6379/15 JWT_SECRET=test-only jest"
  },
  "dependencies": {
    "amqplib": "^0.10.4",
    "ioredis": "^5.4.1",
    "jsonwebtoken": "^9.0.2"
  }
}
''')

add("blind-me/json/decoy-lockfile-integrity", "rider-web/package-lock-excerpt.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''{
  "name": "rider-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=rand_pw(86, "+/") + "==", i2=rand_pw(86, "+/") + "==")

add("blind-me/python/json-in-string", "genda_boda/ops/seed_vault.py", "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html", '''import json

import hvac

client = hvac.Client(url="https://vault.gendaboda.internal:8200")
# Nakato yateeka bino nga Vault empya etandika (2024-01)
payload = json.loads('{"api_user": "@@u@@", "api_key": "@@s@@", "env": "mtnuganda"}')
client.secrets.kv.v2.create_or_update_secret(path="momo/prod", secret=payload)
print("momo/prod eteekeddwa")
''', momo_key(), u=uuid_s())

add("blind-me/toml/decoy-pyproject", "genda_boda/pyproject.toml", TOMLDOC, '''[project]
name = "genda-boda"
version = "3.8.1"
requires-python = ">=3.11"
dependencies = ["flask>=3", "africastalking>=1.2", "boto3", "psycopg2-binary"]

[tool.pytest.ini_options]
env = ["MOMO_API_KEY=test", "AT_API_KEY=test", "JWT_SECRET=test"]

[tool.ruff]
line-length = 110
''')

add("blind-me/toml/streamlit-secrets", "analytics/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", '''# Dashboard y'akatale (Ssentebe agirabako buli wiiki)
[connections.katale]
dialect = "mysql"
host = "10.0.0.5"
port = 3306
database = "kalerwe_stalls"
username = "lipoota"
password = "@@s@@"
''', rand_pw(18))

add("blind-me/toml/decoy-netlify-ui-env", "kalerwe-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", '''[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # ALGOLIA_ADMIN_KEY eteekebwa mu Netlify UI (Site settings > Environment)
  VITE_ALGOLIA_APP_ID = "K4L3RW3APP"

[[redirects]]
  from = "/api/*"
  to = "https://katale.kalerwe.ug/api/:splat"
  status = 200
''')

add("blind-me/ini/supervisor-env", "kalerwe-stalls/ops/supervisor/queue.conf", "http://supervisord.org/configuration.html#program-x-section-settings", '''[program:katale-queue]
command=php /var/www/katale/artisan queue:work --sleep=3 --tries=3
directory=/var/www/katale
user=www-data
autostart=true
autorestart=true
environment=AT_USERNAME="kalerwe",AT_API_KEY="@@s@@"
stdout_logfile=/var/log/katale-queue.log
''', at_key())

add("blind-me/ini/decoy-php-ini", "kalerwe-stalls/ops/php/99-katale.ini", "https://www.php.net/manual/en/ini.list.php", '''; Ensengeka za PHP ku server y'akatale
memory_limit = 256M
upload_max_filesize = 8M
session.cookie_secure = 1
session.cookie_httponly = 1
; password za database ziri mu .env ya Laravel, si wano
mysqli.default_pw =
date.timezone = Africa/Kampala
''')

add("blind-me/yaml/rails-database-yml", "kalerwe-alerts/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5
  host: 10.0.0.5

development:
  <<: *default
  database: kalerwe_alerts_dev
  username: root
  password:

production:
  <<: *default
  database: kalerwe_alerts
  username: alerts
  password: <%= ENV["ALERTS_DB_PASSWORD"] || "@@s@@" %>
''', words_pw())

add("blind-me/yaml/serverless-env", "genda_boda/lambdas/fare-quote/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", '''service: fare-quote
provider:
  name: aws
  runtime: python3.12
  region: af-south-1
  environment:
    MAPS_SERVER_KEY: @@s@@
    BASE_FARE_UGX: "2000"
    PER_KM_UGX: "1000"
functions:
  quote:
    handler: handler.quote
    events:
      - httpApi: {path: /quote, method: get}
''', google_key())

add("blind-me/yaml/decoy-ssm-reference", "genda_boda/lambdas/receipts/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", '''service: receipts
provider:
  name: aws
  runtime: python3.12
  region: af-south-1
  environment:
    SENDGRID_API_KEY: ${ssm:/gendaboda/prod/sendgrid_api_key}
    RECEIPTS_BUCKET: gendaboda-receipts
functions:
  send:
    handler: handler.send
''')

add("blind-me/yaml/spring-yaml-mail", "kalerwe-reports/src/main/resources/application-prod.yml", JAVADOC, '''spring:
  mail:
    host: smtp.zoho.com
    port: 587
    username: lipoota@kalerwe.ug
    password: '@@s@@'
    properties:
      mail.smtp.starttls.enable: true
reports:
  recipients: [ssentebe@kalerwe.ug, kcca-markets@kcca.go.ug]
''', rand_pw(16))

add("blind-me/terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", TFDOC, '''variable "cloudflare_api_token" {
  description = "Token ya Cloudflare (eteekebwa mu TF_VAR_cloudflare_api_token)"
  type        = string
  sensitive   = true
}

variable "momo_api_key" {
  type      = string
  sensitive = true
  default   = ""
}
''')

add("blind-me/terraform/heroku-api-key", "kalerwe-web/infra/main.tf", "https://registry.terraform.io/providers/heroku/heroku/latest/docs", '''provider "heroku" {
  email   = "mugisha@kalerwe.ug"
  api_key = "@@s@@"
}

resource "heroku_app" "katale_web" {
  name   = "kalerwe-katale-web"
  region = "eu"
}
''', uuid_s())

add("blind-me/go/decoy-test-server-token", "kalerwe-ussd/internal/menu/menu_test.go", GODOC, '''package menu

import (
	"net/http/httptest"
	"strings"
	"testing"
)

func TestMainMenu(t *testing.T) {
	h := Handler("test-api-key") // ekisumuluzo ky'okugezesa, si kya ddala
	req := httptest.NewRequest("POST", "/ussd", strings.NewReader("sessionId=1&text="))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	h(rec, req)
	if !strings.HasPrefix(rec.Body.String(), "CON") {
		t.Fatalf("menu: %q", rec.Body.String())
	}
}
''')

add("blind-me/go/telegram-bot", "kalerwe-ussd/cmd/alertbot/main.go", "https://core.telegram.org/bots/api", '''package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// Bot etegeeza Ssentebe ku Telegram ng'ebisale by'olunaku biwedde okusoloozebwa
func main() {
	token := "@@s@@"
	msg := url.Values{"chat_id": {"-1001122334455"}, "text": {"Ebisale by'olwaleero biwedde okusoloozebwa."}}
	resp, err := http.PostForm(fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", token), msg)
	if err == nil {
		resp.Body.Close()
	}
}
''', tg_token())

add("blind-me/csharp/decoy-key-vault", "kalerwe-pos/Program.cs", CSDOC, '''using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

// Ebyama byonna biva mu Azure Key Vault (Managed Identity)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kalerwe-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var app = builder.Build();
app.MapGet("/", () => "Kalerwe POS -- ekola");
app.Run();
''')

add("blind-me/csharp/hardcoded-smtp", "kalerwe-pos/Services/ReceiptMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", '''using System.Net;
using System.Net.Mail;

namespace Kalerwe.Pos.Services;

public class ReceiptMailer
{
    private readonly SmtpClient _smtp = new("smtp.zoho.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("pos@kalerwe.ug", "@@s@@"),
    };

    public void Send(string to, string body) =>
        _smtp.Send("pos@kalerwe.ug", to, "Risiiti -- Kalerwe", body);
}
''', words_pw())

add("blind-me/php/wp-config", "kalerwe-web/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", '''<?php
/** Blog y'akatale (amawulire g'abatunzi) */
define( 'DB_NAME', 'kalerwe_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
''', rand_pw(16, "!#%^"))

# ---------------------------------------------------------------- last batch: odds and ends

add("blind-me/python/basic-auth-header", "kalerwe-stalls/scripts/kcca_upload.py", "https://www.rfc-editor.org/rfc/rfc7617", '''"""Weereza lipoota y'omwezi ku portal ya KCCA (markets)."""
import requests

HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}


def upload(month: str, path: str) -> int:
    with open(path, "rb") as fh:
        r = requests.post(f"https://markets.kcca.example/api/reports/{month}", headers=HEADERS,
                          files={"file": fh}, timeout=60)
    return r.status_code
''', b64("kalerwe-market:" + words_pw()))

add("blind-me/python/gitlab-token-arg", "ops/tools/mirror_repos.py", "https://python-gitlab.readthedocs.io/en/stable/api-usage.html", '''import gitlab

# Koppa repos za mobile okuva ku gitlab.gendaboda.ug okudda ku backup server
gl = gitlab.Gitlab("https://gitlab.gendaboda.ug", private_token="@@s@@")
for project in gl.groups.get("mobile").projects.list(all=True):
    print("Nkoppa:", project.path_with_namespace)
    gl.projects.get(project.id).repository_archive(streamed=True, action=open(f"/backups/{project.path}.tgz", "wb").write)
''', gitlab_token())

add("blind-me/python/redis-from-url", "genda_boda/dispatch_py/geo.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", '''import redis

# Ekifo kya buli boda (GEOADD boda:positions lon lat rider)
r = redis.Redis.from_url("rediss://:@@s@@@redis-prod.gendaboda.internal:6380/0")


def near(lon: float, lat: float, km: float = 1.5):
    return r.geosearch("boda:positions", longitude=lon, latitude=lat, radius=km, unit="km", withdist=True)
''', redis_pw())

add("blind-me/python/decoy-redacted-settings-dump", "genda_boda/tools/print_settings.py", PYDOC, '''"""Laga ensengeka nga ebyama bibikiddwa (ku debugging)."""
import os

SENSITIVE = ("KEY", "SECRET", "PASSWORD", "TOKEN")


def masked(name: str, value: str) -> str:
    if any(word in name for word in SENSITIVE):
        return value[:2] + "****" if value else "(empty)"
    return value


for k in sorted(os.environ):
    print(f"{k}={masked(k, os.environ[k])}")
''')

add("blind-me/javascript/twilio-in-env-object", "kalerwe-web/functions/sms.js", "https://www.twilio.com/docs/iam/api-keys", '''// Netlify function: SMS ya risiiti (Twilio ng'Africa's Talking egudde)
const twilio = require("twilio");

const creds = {
  sid: "@@sid@@",
  token: "@@s@@",
};

exports.handler = async (event) => {
  const { to, body } = JSON.parse(event.body);
  const client = twilio(creds.sid, creds.token);
  await client.messages.create({ from: "+12025550143", to, body });
  return { statusCode: 200, body: "Etumiddwa" };
};
''', hexs(32), sid=twilio_sid())

add("blind-me/typescript/openai-key-env-fallback", "kalerwe-web/server/translate.ts", "https://platform.openai.com/docs/api-reference/authentication", '''import OpenAI from "openai";

// Kuvvuunula obubaka bw'abatunzi okuva mu Luganda okudda mu Lungereza
const client = new OpenAI({
  apiKey: process.env.OPENAI_API_KEY ?? "@@s@@",
});

export async function toEnglish(text: string) {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "Translate Luganda to English." }, { role: "user", content: text }],
  });
  return r.choices[0].message.content;
}
''', openai())

add("blind-me/java/jdbc-url-password", "kalerwe-reports/src/main/java/ug/kalerwe/reports/LegacyExport.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", '''package ug.kalerwe.reports;

import java.sql.Connection;
import java.sql.DriverManager;

public final class LegacyExport {
    // Lipoota enkadde eya Excel -- ekyakozesebwa Muwanika
    private static final String URL =
        "jdbc:mysql://10.0.0.5:3306/kalerwe_stalls?user=lipoota&password=@@s@@&useSSL=false";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
''', rand_pw(18))

add("blind-me/kotlin/decoy-gradle-secrets-plugin", "kalerwe-collector/app/build.gradle.kts", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

secrets {
    // secrets.properties (tekiri mu git); local.defaults.properties erina ebifo ebyereere
    propertiesFileName = "secrets.properties"
    defaultPropertiesFileName = "local.defaults.properties"
}

android {
    namespace = "ug.kalerwe.collector"
    defaultConfig { minSdk = 23 }
}
''')

add("blind-me/properties/decoy-local-defaults", "kalerwe-collector/local.defaults.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''# Ebifo ebyereere (placeholders) -- ebituufu biri mu secrets.properties
MAPS_API_KEY=DEFAULT_API_KEY
COLLECTOR_API_BASE=https://katale.kalerwe.ug/api/
COLLECTOR_TOKEN=REPLACE_ME
SENTRY_ENABLED=false
''')

add("blind-me/properties/secrets-properties", "kalerwe-collector/secrets.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''# Fayiro eno tesaanye kuba mu git!
# (MAPS_API_KEY eri mu Play Console / CI yokka)
COLLECTOR_API_BASE=https://katale.kalerwe.ug/api/
COLLECTOR_TOKEN=@@s@@
SENTRY_ENABLED=true
''', "klw_live_" + rand_pw(40))

add("blind-me/ruby/stripe-rb", "kalerwe-alerts/lib/card_dues.rb", "https://docs.stripe.com/api/authentication", '''require "stripe"

# Abatunzi abanene (wholesale) basasula ebisale by'omwezi ne kaadi
Stripe.api_key = "@@s@@"

def charge_monthly(stall)
  Stripe::PaymentIntent.create(
    amount: stall.monthly_fee,
    currency: "ugx",
    customer: stall.stripe_customer_id,
    description: "Ebisale by'omudaala #{stall.no}"
  )
end
''', stripe_key("rk_live_"))

add("blind-me/log/decoy-access-log", "kalerwe-stalls/storage/logs/nginx-access.log", NGINXDOC, '''41.210.145.22 - - [06/May/2024:07:41:02 +0300] "POST /api/payments HTTP/1.1" 201 88 "-" "okhttp/4.12.0"
41.210.145.22 - - [06/May/2024:07:41:05 +0300] "GET /api/stalls/A-014?token=[FILTERED] HTTP/1.1" 200 412 "-" "okhttp/4.12.0"
102.134.8.9 - - [06/May/2024:07:44:19 +0300] "GET /login HTTP/1.1" 200 1893 "-" "Mozilla/5.0"
102.134.8.9 - - [06/May/2024:07:44:31 +0300] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
197.239.4.77 - - [06/May/2024:07:50:00 +0300] "GET /receipts/@@r@@.pdf HTTP/1.1" 200 20481 "-" "WhatsApp/2.24"
''', r=uuid_s())

add("blind-me/log/token-in-query", "genda_boda/logs/edge-access-2024-05-09.log", NGINXDOC, '''10.20.0.5 - - [09/May/2024:18:02:11 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.0.9 - - [09/May/2024:18:02:14 +0300] "GET /admin/export?access_token=@@s@@&month=2024-04 HTTP/1.1" 200 99120 "-" "curl/8.5.0"
10.20.0.5 - - [09/May/2024:18:02:21 +0300] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
41.75.180.3 - - [09/May/2024:18:03:40 +0300] "POST /v1/trips HTTP/1.1" 201 311 "-" "GendaBoda/3.8.1 (Android)"
41.75.180.3 - - [09/May/2024:18:03:41 +0300] "GET /v1/trips/T-99812 HTTP/1.1" 200 610 "-" "GendaBoda/3.8.1 (Android)"
''', "gbadm_" + rand_pw(40))

add("blind-me/markdown/onboarding-aws-keys", "genda_boda/docs/onboarding/new-engineer.md", MDDOC, '''# Okutandika ku Genda Boda (engineer omupya)

1. Saba Kato akuteeke mu GitHub org `gendaboda`.
2. Wanula repos: `git clone git@github.com:gendaboda/genda_boda.git`
3. AWS (read-only, staging) -- kozesa bino okutuusa nga SSO ekola:

   - Access key ID: `@@kid@@`
   - Secret access key: `@@s@@`

4. Teekawo `.env` okuva mu `.env.example`.
5. Dduka `docker compose -f docker-compose.dev.yml up`.
''', aws_secret(), kid=aws_id())

add("blind-me/markdown/decoy-onboarding-sso", "kalerwe-stalls/docs/onboarding.md", MDDOC, '''# Okutandika ku Kalerwe Stall Fees

1. Mugisha akuwa account ku server (`ssh-copy-id katale@10.0.0.5`).
2. Password ya MySQL ofuna mu Bitwarden ("Kalerwe IT / MySQL katale").
3. Dduka `composer install` ne `php artisan migrate --pretend` okukebera.
4. Ennamba z'emidaala: A-001 okutuuka D-120.

> Tewandiikanga password yonna mu fayiro eno oba mu WhatsApp.
''')

add("blind-me/sql/dblink-password", "genda_boda/db/migrations/0042_stage_fees_link.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", '''-- Genda Boda esoma ebisale bya siteegi eza Kalerwe (boda ezikola ku katale)
CREATE EXTENSION IF NOT EXISTS dblink;

CREATE VIEW kalerwe_stage_fees AS
SELECT * FROM dblink(
  'host=10.0.0.7 dbname=kalerwe user=gendaboda_ro password=@@s@@',
  'SELECT stage, daily_fee FROM boda_stage_fees'
) AS t(stage text, daily_fee int);
''', rand_pw(20))

add("blind-me/dockerfile/env-secret", "kalerwe-ussd-py/Dockerfile", DOCKERDOC, '''FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV AT_USERNAME=kalerwe \\
    AT_API_KEY=@@s@@ \\
    FLASK_ENV=production
EXPOSE 5000
CMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]
''', at_key())

add("blind-me/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", '''version: 2
registries:
  gendaboda-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /dispatch
    registries: [gendaboda-npm]
    schedule: {interval: weekly}
''')

add("blind-me/xml/decoy-network-security", "rider-android/app/src/main/res/xml/network_security_config.xml", "https://developer.android.com/privacy-and-security/security-config", '''<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config cleartextTrafficPermitted="false">
        <domain includeSubdomains="true">api.gendaboda.ug</domain>
        <pin-set expiration="2025-12-31">
            <pin digest="SHA-256">@@p1@@=</pin>
            <pin digest="SHA-256">@@p2@@=</pin>
        </pin-set>
    </domain-config>
</network-security-config>
''', p1=rand_pw(43, "+/"), p2=rand_pw(43, "+/"))

add("blind-me/swift/airtel-secret-plist", "passenger-ios/GendaBoda/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>AirtelClientId</key>
    <string>@@cid@@</string>
    <key>AirtelClientSecret</key>
    <string>@@s@@</string>
</dict>
</plist>
''', rand_pw(32), cid=uuid_s())

add("blind-me/rst/decoy-api-docs-example", "kalerwe-stalls/docs/api.rst", RSTDOC, '''API y'abasolooza
================

Buli kusaba kwetaaga token mu header::

    curl -H "Authorization: Bearer <token-yo>" https://katale.kalerwe.ug/api/stalls/A-001

Token ofuna ng'oyingidde mu app ya collector. Ekyokulabirako::

    {"stall_no": "A-001", "balance": 6000, "currency": "UGX"}
''')

#@@END@@
