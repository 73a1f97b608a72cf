"""Blind set GF: wedding planners and event venues.

Client portals and RSVP sites (Django, Rails, Laravel, WordPress, Next.js, Supabase), contracts and
e-signature, deposits and payments, vendor coordination, photo galleries and their backups, and the
venues' small IT (NAS, Wi-Fi, cameras, front-desk PCs, CI and hosting), with their decoys.
Generated fakes only (seeds 2240000-2249999).
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
UHEX = "0123456789ABCDEF"
UPPER_ALNUM = string.ascii_uppercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2240000, 2249999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet (of ALNUM: both cases and a digit, as services issue them)."""
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return chars(n, HEX)


def uhex(n: int) -> str:
    return chars(n, UHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def b64_bytes(n: int) -> str:
    """base64 of n random bytes (a generated key as a service shows it)."""
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


WORDS = ["Magnolia", "Peony", "Chapel", "Vineyard", "Orchard", "Lantern", "Garland", "Ivory", "Bouquet",
         "Harbor", "Willow", "Cedar", "Meadow", "Juniper", "Saffron", "Velvet", "Trellis", "Canopy",
         "Hollow", "Bellamy", "Fernwood", "Orangery", "Primrose", "Sparrow"]
LOWER = ["linen", "candle", "ribbon", "petal", "violin", "lantern", "toast", "veil", "garter", "sparkler",
         "orchid", "walnut", "harvest", "confetti", "trumpet", "lagoon", "meringue", "gazebo"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    """What a front desk picks: two words, a year, a symbol."""
    r = _rng()
    return r.choice(WORDS) + r.choice(WORDS).lower() + str(r.randint(2019, 2025)) + r.choice("!#$@")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(sig_len, URLSAFE)}"


def supabase_key(ref: str, role: str) -> str:
    r = _rng()
    iat = r.randint(1690000000, 1720000000)
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})


def supabase_ref() -> str:
    return chars(20, string.ascii_lowercase)


def mapbox_token(prefix: str, user: str) -> str:
    account = "cl" + chars(23, LOWER_ALNUM)
    return f"{prefix}." + b64url(json.dumps({"u": user, "a": account}, separators=(",", ":"))) + "." + chars(22, URLSAFE)


def stripe_key(kind: str = "sk_live_", modern: bool = True) -> str:
    if kind == "whsec_":
        return "whsec_" + chars(32)
    return kind + ("51" + chars(97) if modern else chars(24))


def price_id() -> str:
    return "price_1" + chars(23)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM) + "/" + chars(24)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + chars(68, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def recaptcha_pair() -> tuple:
    r = _rng()
    stem = "6L" + r.choice("cdef") + "".join(r.choice(ALNUM) for _ in range(5)) + "AAAAA"
    return stem + chars(27, URLSAFE), stem + chars(27, URLSAFE)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, URLSAFE + ".~")


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def paypal_pair() -> tuple:
    return "A" + chars(79, URLSAFE), "E" + chars(79, URLSAFE)


def meta_token() -> str:
    return "EAAG" + chars(11) + "BA" + chars(170)


def pem(label: str = "RSA PRIVATE KEY") -> str:
    heads = {
        "RSA PRIVATE KEY": ("MIIEpAIBAAKCAQEA", 1588),
        "PRIVATE KEY": ("MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1620),
        "EC PRIVATE KEY": ("MHcCAQEEI", 164),
        "OPENSSH PRIVATE KEY": ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 396),
        "CERTIFICATE": ("MIIDdzCCAl+gAwIBAgIUJ", 1212),
        "PUBLIC KEY": ("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 388),
    }
    head, size = heads[label]
    body = head + chars(size - len(head), B64)
    if label == "PUBLIC KEY":
        body += "IDAQAB"
    elif label != "OPENSSH PRIVATE KEY":
        body += "=="
    width = 70 if "OPENSSH" in label else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def notebook(cells: List[tuple]) -> str:
    """A Jupyter notebook as nbformat 4 writes it; cells are (kind, source lines)."""
    out = []
    for number, (kind, lines) in enumerate(cells, 1):
        source = [line + "\n" for line in lines[:-1]] + lines[-1:]
        cell = {"cell_type": kind, "id": hexs(8), "metadata": {}, "source": source}
        if kind == "code":
            cell = {"cell_type": "code", "execution_count": number, "id": cell["id"], "metadata": {},
                    "outputs": [], "source": source}
        out.append(cell)
    doc = {"cells": out,
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                        "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


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
    CASES.append(LabelledCase(f"blind-gf/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Client portals and RSVP sites
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "portal/.env.production",
    "https://docs.stripe.com/keys",
    """
# Juniper & Lace client portal -- production
# Loaded by systemd (EnvironmentFile=) on portal-web-01
DJANGO_SETTINGS_MODULE=portal.settings.production
ALLOWED_HOSTS=portal.juniperandlace.com
DATABASE_URL=postgres://portal@/portal?host=/var/run/postgresql
REDIS_URL=redis://127.0.0.1:6379/2
DEFAULT_FROM_EMAIL="Juniper & Lace <hello@juniperandlace.com>"
SENTRY_ENVIRONMENT=production

# Deposits: 30% retainer when the contract is signed, balance 30 days before the date
DEPOSIT_PERCENT=30
BALANCE_DUE_DAYS=30
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_CURRENCY=usd

CELERY_CONCURRENCY=2
GALLERY_BUCKET=jl-client-uploads
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/django-secret-key", "portal/portal/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.juniperandlace.com", "www.juniperandlace.com"]

# TODO(kelsey): move to the env file before launch season
SECRET_KEY = "@@secret@@"

CSRF_TRUSTED_ORIGINS = ["https://portal.juniperandlace.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

STORAGES = {
    "default": {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {"bucket_name": "jl-client-uploads", "region_name": "us-east-1"},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

LOGGING["loggers"]["portal.contracts"] = {"handlers": ["console"], "level": "INFO"}
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "portal/portal/settings/base.py",
    "https://django-environ.readthedocs.io/en/latest/quickstart.html",
    '''
"""Settings shared by every environment of the Juniper & Lace client portal."""
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL")}
CACHES = {"default": env.cache("REDIS_URL")}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "portal.clients",
    "portal.contracts",
    "portal.payments",
    "portal.timeline",
]

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET")

DOCUSIGN = {
    "INTEGRATION_KEY": env("DOCUSIGN_INTEGRATION_KEY"),
    "USER_ID": env("DOCUSIGN_USER_ID"),
    "PRIVATE_KEY_PATH": env.path("DOCUSIGN_PRIVATE_KEY_PATH", default=BASE_DIR / "keys/docusign.pem"),
    "AUTH_SERVER": "account.docusign.com",
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24 * 3

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {},
}
''')

add("yaml/database-password", "bookings/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: cedarhollow_bookings_development

test:
  <<: *default
  database: cedarhollow_bookings_test

production:
  <<: *default
  host: cedarhollow-prod.c9xq2lmv4ht1.us-east-2.rds.amazonaws.com
  database: cedarhollow_bookings
  username: bookings_app
  password: @@secret@@
""", words_pw())

add("ruby/decoy-credentials-reference", "bookings/config/initializers/stripe.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# frozen_string_literal: true

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.app_info = { name: "Cedar Hollow Bookings", version: "3.4.1", url: "https://cedarhollowbarn.com" }

# Deposit prices live in the Stripe dashboard; the ids are stable.
DEPOSIT_PRICE_IDS = {
  saturday_peak: "@@p1@@",
  friday_sunday: "@@p2@@",
  weekday: "@@p3@@"
}.freeze
""", p1=price_id(), p2=price_id(), p3=price_id())

add("ruby/smtp-password", "bookings/config/environments/production.rb",
    "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration",
    """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]
  config.active_storage.service = :amazon

  config.action_mailer.perform_caching = false
  config.action_mailer.default_url_options = { host: "book.cedarhollowbarn.com", protocol: "https" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.office365.com",
    port: 587,
    domain: "cedarhollowbarn.com",
    user_name: "events@cedarhollowbarn.com",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }

  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", season_pw())

add("php/database-password", "orangery-site/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
/**
 * WordPress configuration -- The Grand Orangery (theorangeryvenue.com)
 * Salts live in wp-salt.php, generated on the server and not kept in git.
 */

// ** Database settings ** //
define( 'DB_NAME', 'orangery_wp' );
define( 'DB_USER', 'orangery_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'gor_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'FORCE_SSL_ADMIN', true );

/* That's all, stop editing! Happy publishing. */

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#%^*()-_"))

add("env/laravel-app-key", "fernwood-events/.env",
    "https://laravel.com/docs/11.x/encryption#configuration",
    """
APP_NAME="Fernwood Manor Events"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_TIMEZONE=Europe/London
APP_URL=https://events.fernwoodmanor.co.uk

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=localhost
DB_PORT=3306
DB_DATABASE=fernwood_events
DB_USERNAME=fernwood
DB_PASSWORD=
DB_SOCKET=/var/run/mysqld/mysqld.sock

SESSION_DRIVER=database
SESSION_LIFETIME=120
QUEUE_CONNECTION=database
CACHE_STORE=file

MAIL_MAILER=log
MAIL_FROM_ADDRESS="weddings@fernwoodmanor.co.uk"
MAIL_FROM_NAME="${APP_NAME}"
""", b64_bytes(32))

_ref = supabase_ref()
add("typescript/supabase-service-role-key", "rsvp-site/lib/supabase-admin.ts",
    "https://supabase.com/docs/guides/api/api-keys",
    """
import { createClient } from "@supabase/supabase-js";
import type { Database } from "./database.types";

// Server-only client: bypasses row level security for the seating-chart export
// and the nightly RSVP reminder job. Never import this from a client component.
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_SERVICE_ROLE_KEY =
  "@@secret@@";

export const supabaseAdmin = createClient<Database>(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
  auth: { persistSession: false, autoRefreshToken: false },
});

export async function pendingRsvps(weddingId: string) {
  const { data, error } = await supabaseAdmin
    .from("guests")
    .select("id, first_name, last_name, email, party_id")
    .eq("wedding_id", weddingId)
    .is("rsvp_status", null);
  if (error) throw error;
  return data ?? [];
}
""", supabase_key(_ref, "service_role"), ref=_ref)

_ref = supabase_ref()
add("typescript/decoy-public-anon-key", "rsvp-site/lib/supabase-browser.ts",
    "https://supabase.com/docs/guides/api/api-keys#the-anon-key",
    """
import { createBrowserClient } from "@supabase/ssr";
import type { Database } from "./database.types";

// The anon key is meant to ship to the browser: RLS policies on guests and
// parties limit each invite code to its own party (see supabase/migrations).
export const supabase = createBrowserClient<Database>(
  "https://@@ref@@.supabase.co",
  "@@anon@@",
);

export async function findParty(inviteCode: string) {
  const { data } = await supabase.rpc("party_by_code", { code: inviteCode.trim().toUpperCase() });
  return data;
}
""", ref=_ref, anon=supabase_key(_ref, "anon"))

add("javascript/decoy-firebase-web-config", "ava-and-theo/src/firebase.js",
    "https://firebase.google.com/docs/projects/api-keys",
    """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";
import { getAuth, signInAnonymously } from "firebase/auth";

// Web app config from the Firebase console. These values identify the project;
// access is enforced by firestore.rules, not by keeping them hidden.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "ava-and-theo-2025.firebaseapp.com",
  projectId: "ava-and-theo-2025",
  storageBucket: "ava-and-theo-2025.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
export const auth = getAuth(app);

export function guestSession() {
  return signInAnonymously(auth);
}
""", key=google_key(), sender=digits(12), app=hexs(22), mid=chars(10, UPPER_ALNUM))

_site, _rsecret = recaptcha_pair()
add("typescript/recaptcha-secret-key", "rsvp-site/app/api/rsvp/route.ts",
    "https://developers.google.com/recaptcha/docs/verify",
    """
import { NextResponse } from "next/server";
import { z } from "zod";
import { saveRsvp } from "@/lib/rsvp";

const RECAPTCHA_SECRET = "@@secret@@";

const Body = z.object({
  partyId: z.string().uuid(),
  attending: z.array(z.object({ guestId: z.string().uuid(), meal: z.enum(["beef", "fish", "veg", "kids"]) })),
  note: z.string().max(500).optional(),
  token: z.string(),
});

export async function POST(req: Request) {
  const body = Body.parse(await req.json());
  const verify = await fetch("https://www.google.com/recaptcha/api/siteverify", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ secret: RECAPTCHA_SECRET, response: body.token }),
  });
  const result = await verify.json();
  if (!result.success || result.score < 0.5) {
    return NextResponse.json({ error: "captcha" }, { status: 400 });
  }
  await saveRsvp(body);
  return NextResponse.json({ ok: true });
}
""", _rsecret)

add("typescript/decoy-recaptcha-site-key", "rsvp-site/components/RsvpForm.tsx",
    "https://developers.google.com/recaptcha/docs/v3",
    """
"use client";

import Script from "next/script";
import { useState } from "react";

const RECAPTCHA_SITE_KEY = "@@site@@";

declare global {
  interface Window { grecaptcha: any }
}

export function RsvpForm({ partyId }: { partyId: string }) {
  const [sending, setSending] = useState(false);

  async function submit(form: FormData) {
    setSending(true);
    const token = await window.grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "rsvp" });
    await fetch("/api/rsvp", {
      method: "POST",
      body: JSON.stringify({ partyId, token, note: form.get("note") }),
    });
    setSending(false);
  }

  return (
    <>
      <Script src={`https://www.google.com/recaptcha/api.js?render=${RECAPTCHA_SITE_KEY}`} />
      <form action={submit}>
        <textarea name="note" placeholder="Song requests, dietary notes..." />
        <button disabled={sending}>Send RSVP</button>
      </form>
    </>
  );
}
""", site=_site)

add("python/flask-secret-key", "rsvp-flask/rsvp/app.py",
    "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY",
    '''
"""Tiny RSVP site for the Okafor-Lindqvist wedding (guests log in with the code on their card)."""
from flask import Flask, redirect, render_template, request, session, url_for
from flask_sqlalchemy import SQLAlchemy

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@secret@@"
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///rsvp.db"
app.config["SESSION_COOKIE_SECURE"] = True
db = SQLAlchemy(app)


class Party(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    code = db.Column(db.String(8), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)
    seats = db.Column(db.Integer, default=2)
    attending = db.Column(db.Integer)


@app.route("/", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        party = Party.query.filter_by(code=request.form["code"].strip().upper()).first()
        if party:
            session["party_id"] = party.id
            return redirect(url_for("respond"))
    return render_template("login.html")


@app.route("/respond", methods=["GET", "POST"])
def respond():
    party = db.get_or_404(Party, session.get("party_id"))
    if request.method == "POST":
        party.attending = min(int(request.form["attending"]), party.seats)
        db.session.commit()
        return render_template("thanks.html", party=party)
    return render_template("respond.html", party=party)
''', hexs(64))

add("go/jwt-signing-secret", "portal-go/cmd/portal/main.go",
    "https://pkg.go.dev/github.com/golang-jwt/jwt/v5",
    """
package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/ivorylane/portal/internal/clients"
	"github.com/ivorylane/portal/internal/timeline"
)

var jwtSecret = []byte("@@secret@@")

func issueClientToken(clientID string) (string, error) {
	claims := jwt.RegisteredClaims{
		Subject:   clientID,
		Issuer:    "portal.ivorylaneplanning.com",
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(72 * time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtSecret)
}

func main() {
	store, err := clients.Open(os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/clients/", clients.Handler(store, issueClientToken))
	mux.Handle("/api/timeline/", timeline.Handler(store, jwtSecret))
	addr := ":" + os.Getenv("PORT")
	log.Printf("portal listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
""", rand_pw(48))

add("json/database-password", "Bellamy.Bookings/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax",
    """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "bookings.bellamyestate.com",
  "ConnectionStrings": {
    "Bookings": "Server=tcp:bellamy-sql.database.windows.net,1433;Initial Catalog=BellamyBookings;Persist Security Info=False;User ID=bookings_web;Password=@@secret@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Booking": {
    "HoldDays": 7,
    "DepositPercent": 25,
    "TimeZone": "America/Chicago"
  },
  "Email": {
    "FromAddress": "events@bellamyestate.com",
    "Provider": "Postmark"
  }
}
""", rand_pw(22, "!$%*"))

add("json/decoy-managed-identity", "Bellamy.Bookings/appsettings.json",
    "https://learn.microsoft.com/en-us/sql/connect/ado-net/sql/azure-active-directory-authentication",
    """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Bookings": "Server=tcp:bellamy-sql.database.windows.net,1433;Initial Catalog=BellamyBookings;Authentication=Active Directory Managed Identity;User Id=@@mi@@;Encrypt=True;"
  },
  "KeyVault": {
    "VaultUri": "https://bellamy-kv.vault.azure.net/",
    "PostmarkTokenSecret": "postmark-server-token",
    "StripeKeySecret": "stripe-secret-key"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@@tenant@@",
    "ClientId": "@@client@@",
    "CallbackPath": "/signin-oidc"
  }
}
""", mi=uuid_s(), tenant=uuid_s(), client=uuid_s())

add("pem/docusign-rsa-private-key", "portal/keys/docusign-rsa-private.pem",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/",
    """
@@secret@@
""", pem("RSA PRIVATE KEY"))

add("json/decoy-client-id", "portal/config/docusign.json",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/",
    """
{
  "integrationKey": "@@ik@@",
  "userId": "@@uid@@",
  "accountId": "@@acct@@",
  "authServer": "account.docusign.com",
  "basePath": "https://na4.docusign.net/restapi",
  "privateKeyFile": "keys/docusign-rsa-private.pem",
  "scopes": ["signature", "impersonation"],
  "templates": {
    "fullPlanning": "@@t1@@",
    "partialPlanning": "@@t2@@",
    "dayOfCoordination": "@@t3@@",
    "venueAddendum": "@@t4@@"
  },
  "reminderDays": 3,
  "expireAfterDays": 21
}
""", ik=uuid_s(), uid=uuid_s(), acct=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s(), t4=uuid_s())

add("python/docusign-connect-hmac-key", "portal/portal/contracts/connect.py",
    "https://developers.docusign.com/platform/webhooks/connect/hmac/",
    '''
"""DocuSign Connect listener: marks a client's contract signed when the envelope completes."""
import base64
import hashlib
import hmac
import json

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.contracts.models import Contract

# Connect > HMAC keys > Key 1 (added 2024-02-09 by Maya)
CONNECT_HMAC_KEY = "@@secret@@"


def _valid(body: bytes, signature: str) -> bool:
    digest = hmac.new(CONNECT_HMAC_KEY.encode(), body, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)


@csrf_exempt
@require_POST
def connect_listener(request):
    if not _valid(request.body, request.headers.get("X-DocuSign-Signature-1", "")):
        return HttpResponseForbidden()
    event = json.loads(request.body)
    if event.get("event") == "envelope-completed":
        envelope_id = event["data"]["envelopeId"]
        Contract.objects.filter(envelope_id=envelope_id).update(status=Contract.SIGNED)
    return HttpResponse(status=200)
''', b64_bytes(32))

add("python/dropbox-sign-api-key", "portal/portal/contracts/dropbox_sign.py",
    "https://developers.hellosign.com/api/reference/authentication/",
    '''
"""Send vendor agreements (florist, DJ, caterer) through Dropbox Sign."""
from dropbox_sign import ApiClient, ApiException, Configuration, apis, models

configuration = Configuration(username="@@secret@@")


def send_vendor_agreement(vendor_name: str, vendor_email: str, pdf_path: str) -> str:
    with ApiClient(configuration) as api_client:
        signature_request_api = apis.SignatureRequestApi(api_client)
        data = models.SignatureRequestSendRequest(
            title=f"Vendor agreement - {vendor_name}",
            subject="Your agreement with Juniper & Lace",
            message="Please review and sign by Friday. Thank you!",
            signers=[models.SubSignatureRequestSigner(email_address=vendor_email, name=vendor_name, order=0)],
            files=[open(pdf_path, "rb")],
            signing_options=models.SubSigningOptions(draw=True, type=True, upload=True, default_type="draw"),
            test_mode=False,
        )
        try:
            response = signature_request_api.signature_request_send(data)
        except ApiException as e:
            raise RuntimeError(f"Dropbox Sign refused the request: {e.body}") from e
        return response.signature_request.signature_request_id
''', hexs(64))

add("javascript/pandadoc-api-key", "scripts/pandadoc-send.js",
    "https://developers.pandadoc.com/reference/api-key-authentication-process",
    """
#!/usr/bin/env node
// Creates a proposal from the "Full Planning 2025" template and sends it to the couple.
// usage: node scripts/pandadoc-send.js "Priya Raman" priya@example.com 2025-10-18

const API = "https://api.pandadoc.com/public/v1";
const headers = {
  Authorization: "API-Key @@secret@@",
  "Content-Type": "application/json",
};

async function main([name, email, date]) {
  const [first, ...rest] = name.split(" ");
  const res = await fetch(`${API}/documents`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      name: `Proposal - ${name} - ${date}`,
      template_uuid: "@@tpl@@",
      recipients: [{ email, first_name: first, last_name: rest.join(" "), role: "Client" }],
      tokens: [{ name: "Event.Date", value: date }],
    }),
  });
  const doc = await res.json();
  await new Promise((r) => setTimeout(r, 4000));
  await fetch(`${API}/documents/${doc.id}/send`, {
    method: "POST",
    headers,
    body: JSON.stringify({ subject: "Your planning proposal", silent: false }),
  });
  console.log(`sent ${doc.id}`);
}

main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
""", hexs(40), tpl=chars(22))

add("ruby/adobe-sign-integration-key", "bookings/app/services/adobe_sign_client.rb",
    "https://helpx.adobe.com/sign/kb/how-to-create-an-integration-key.html",
    """
# frozen_string_literal: true

# Sends the venue hire agreement through Adobe Acrobat Sign once the hold is converted.
class AdobeSignClient
  BASE = "https://api.na3.adobesign.com/api/rest/v6"
  INTEGRATION_KEY = "@@secret@@"

  def initialize(http: Faraday.new(url: BASE))
    @http = http
  end

  def send_hire_agreement(booking)
    doc = @http.post("transientDocuments") do |req|
      req.headers["Authorization"] = "Bearer #{INTEGRATION_KEY}"
      req.body = { File: Faraday::Multipart::FilePart.new(booking.agreement_pdf_path, "application/pdf") }
    end
    @http.post("agreements") do |req|
      req.headers["Authorization"] = "Bearer #{INTEGRATION_KEY}"
      req.headers["Content-Type"] = "application/json"
      req.body = {
        fileInfos: [{ transientDocumentId: JSON.parse(doc.body)["transientDocumentId"] }],
        name: "Venue hire agreement - #{booking.reference}",
        participantSetsInfo: [{ memberInfos: [{ email: booking.client_email }], order: 1, role: "SIGNER" }],
        signatureType: "ESIGN",
        state: "IN_PROCESS"
      }.to_json
    end
  end
end
""", "3AAABLblqZhB" + chars(52, URLSAFE + "*"))

add("csv/decoy-envelope-id", "exports/contracts_status_2024-09.csv",
    "https://developers.docusign.com/docs/esign-rest-api/reference/envelopes/envelopes/get/",
    """
client,event_date,package,envelope_id,status,sent,completed,deposit_paid
Priya Raman & Jonah Feld,2025-10-18,Full Planning,@@e1@@,completed,2024-09-02,2024-09-03,yes
Ava Brooks & Theo Marsh,2025-06-07,Partial Planning,@@e2@@,completed,2024-09-04,2024-09-06,yes
Lucia Ortega & Sam Whitfield,2025-05-24,Day-of Coordination,@@e3@@,sent,2024-09-11,,no
Nia Okafor & Erik Lindqvist,2025-08-30,Full Planning,@@e4@@,delivered,2024-09-16,,no
Hannah Cole & Marcus Yee,2025-09-13,Venue Addendum,@@e5@@,voided,2024-09-18,,n/a
Grace Nakamura & Owen Price,2026-04-11,Full Planning,@@e6@@,completed,2024-09-27,2024-09-27,yes
""", e1=uuid_s(), e2=uuid_s(), e3=uuid_s(), e4=uuid_s(), e5=uuid_s(), e6=uuid_s())

# ---------------------------------------------------------------------------------------------
# Payments and deposits
# ---------------------------------------------------------------------------------------------

_rk = stripe_key("rk_live_")
add("python/stripe-restricted-key", "portal/portal/payments/deposits.py",
    "https://docs.stripe.com/keys#limit-access",
    '''
"""Retainer and balance invoices for planning clients.

The restricted key only has write access to Invoices, Customers and PaymentIntents.
"""
from decimal import Decimal

import stripe

stripe.api_key = (
    "@@a@@"
    "@@b@@"
)
stripe.api_version = "2024-06-20"


def _cents(amount: Decimal) -> int:
    return int((amount * 100).quantize(Decimal("1")))


def create_retainer(client, package_total: Decimal, percent: int = 30) -> str:
    customer = stripe.Customer.create(email=client.email, name=client.display_name,
                                      metadata={"portal_client_id": str(client.pk)})
    stripe.InvoiceItem.create(customer=customer.id, currency="usd",
                              amount=_cents(package_total * percent / 100),
                              description=f"Retainer ({percent}%) - {client.event_date:%B %d, %Y}")
    invoice = stripe.Invoice.create(customer=customer.id, collection_method="send_invoice",
                                    days_until_due=7, auto_advance=True)
    stripe.Invoice.send_invoice(invoice.id)
    return invoice.id
''', _rk, a=_rk[:40], b=_rk[40:])

add("k8s/stripe-webhook-secret", "deploy/k8s/portal-configmap.yaml",
    "https://docs.stripe.com/webhooks#verify-events",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-config
  namespace: juniper-portal
  labels:
    app.kubernetes.io/name: portal
    app.kubernetes.io/part-of: juniper-lace
data:
  DJANGO_SETTINGS_MODULE: portal.settings.production
  ALLOWED_HOSTS: portal.juniperandlace.com
  DEPOSIT_PERCENT: "30"
  BALANCE_DUE_DAYS: "30"
  STRIPE_CURRENCY: usd
  STRIPE_WEBHOOK_SECRET: @@secret@@
  DOCUSIGN_AUTH_SERVER: account.docusign.com
  GALLERY_BUCKET: jl-client-uploads
  CELERY_CONCURRENCY: "2"
""", stripe_key("whsec_"))

add("typescript/decoy-env-reference", "rsvp-site/app/api/webhooks/stripe/route.ts",
    "https://docs.stripe.com/webhooks/quickstart",
    """
import Stripe from "stripe";
import { headers } from "next/headers";
import { markGiftPaid } from "@/lib/registry";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET!;

// Honeymoon-fund contributions: checkout.session.completed carries the registry item id
// in metadata (e.g. evt_1PRaL2CH2x7Lw0aR8yq3 for the first test contribution).
export async function POST(req: Request) {
  const payload = await req.text();
  const signature = headers().get("stripe-signature") ?? "";
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(payload, signature, endpointSecret);
  } catch (err) {
    return new Response(`Webhook Error: ${(err as Error).message}`, { status: 400 });
  }
  if (event.type === "checkout.session.completed") {
    const session = event.data.object as Stripe.Checkout.Session;
    await markGiftPaid(session.metadata?.registry_item_id, session.amount_total ?? 0);
  }
  return new Response(null, { status: 200 });
}
""")

add("javascript/decoy-publishable-key", "orangery-site/wp-content/themes/orangery/js/deposit-checkout.js",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """
/* Deposit checkout on /book-a-viewing/ -- Stripe Payment Element */
(function () {
  const stripe = Stripe("@@pk@@");
  const form = document.getElementById("deposit-form");
  if (!form) return;

  const clientSecret = form.dataset.clientSecret; // rendered server-side per booking
  const elements = stripe.elements({ clientSecret, appearance: { theme: "flat", variables: { colorPrimary: "#7a5c3e" } } });
  const payment = elements.create("payment", { layout: "tabs" });
  payment.mount("#payment-element");

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    form.querySelector("button").disabled = true;
    const { error } = await stripe.confirmPayment({
      elements,
      confirmParams: { return_url: window.location.origin + "/book-a-viewing/thank-you/" },
    });
    if (error) {
      document.getElementById("payment-message").textContent = error.message;
      form.querySelector("button").disabled = false;
    }
  });
})();
""", pk=stripe_key("pk_live_"))

add("log/decoy-webhook-signature", "logs/stripe-webhook-2024-06-14.log",
    "https://docs.stripe.com/webhooks#verify-manually",
    """
2024-06-14T09:12:03.418Z INFO  webhook received type=payment_intent.succeeded id=evt_3PRaL2CH2x7Lw0aR1kq8Yd2T
2024-06-14T09:12:03.419Z DEBUG stripe-signature t=1718356323,v1=@@s1@@
2024-06-14T09:12:03.420Z INFO  signature ok; pi=pi_3PRaL2CH2x7Lw0aR1dWn0v4G amount=450000 currency=usd customer=cus_QI4mYtP0sRk2Lb
2024-06-14T09:12:03.511Z INFO  booking BK-2025-0613 deposit marked paid (retainer 30%)
2024-06-14T11:47:55.002Z INFO  webhook received type=invoice.payment_failed id=evt_1PRcmFCH2x7Lw0aRz8nE5hQa
2024-06-14T11:47:55.003Z DEBUG stripe-signature t=1718365675,v1=@@s2@@
2024-06-14T11:47:55.004Z INFO  signature ok; invoice=in_1PRclwCH2x7Lw0aRq6Z1xTme attempt=2 next_attempt=2024-06-17
2024-06-14T11:47:55.090Z WARN  balance invoice failed for BK-2025-0419; emailing planner (Kelsey)
2024-06-14T15:30:41.771Z INFO  webhook received type=charge.refunded id=evt_3PRfBqCH2x7Lw0aR0oVb3cYk
2024-06-14T15:30:41.772Z DEBUG stripe-signature t=1718379041,v1=@@s3@@
2024-06-14T15:30:41.773Z WARN  signature mismatch (clock skew 0s) -- replay from dashboard?
2024-06-14T15:31:02.118Z INFO  webhook received type=charge.refunded id=evt_3PRfBqCH2x7Lw0aR0oVb3cYk
2024-06-14T15:31:02.119Z DEBUG stripe-signature t=1718379062,v1=@@s4@@
2024-06-14T15:31:02.120Z INFO  signature ok; refund=re_3PRfBqCH2x7Lw0aR0Q2nZp1r amount=50000 reason=requested_by_customer
""", s1=hexs(64), s2=hexs(64), s3=hexs(64), s4=hexs(64))

add("csv/decoy-payment-ids", "exports/deposits_2024Q2.csv",
    "https://docs.stripe.com/api/charges/object",
    """
booking_ref,client,event_date,charge_id,payment_intent,card_brand,last4,fingerprint,amount_usd,paid_at
BK-2025-0613,Raman/Feld,2025-10-18,@@c1@@,@@p1@@,visa,4417,@@f1@@,4500.00,2024-04-03
BK-2025-0607,Brooks/Marsh,2025-06-07,@@c2@@,@@p2@@,amex,1009,@@f2@@,3150.00,2024-04-19
BK-2025-0524,Ortega/Whitfield,2025-05-24,@@c3@@,@@p3@@,mastercard,8270,@@f3@@,1200.00,2024-05-02
BK-2025-0830,Okafor/Lindqvist,2025-08-30,@@c4@@,@@p4@@,visa,0553,@@f4@@,4800.00,2024-05-28
BK-2026-0411,Nakamura/Price,2026-04-11,@@c5@@,@@p5@@,visa,7781,@@f5@@,5250.00,2024-06-14
""", c1="ch_3" + chars(23), p1="pi_3" + chars(23), f1=chars(16),
    c2="ch_3" + chars(23), p2="pi_3" + chars(23), f2=chars(16),
    c3="ch_3" + chars(23), p3="pi_3" + chars(23), f3=chars(16),
    c4="ch_3" + chars(23), p4="pi_3" + chars(23), f4=chars(16),
    c5="ch_3" + chars(23), p5="pi_3" + chars(23), f5=chars(16))

add("php/square-access-token", "orangery-site/wp-content/plugins/orangery-deposits/includes/class-square-gateway.php",
    "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
<?php
/**
 * Square gateway for viewing deposits and tasting fees.
 */

use Square\\SquareClient;
use Square\\Environment;
use Square\\Models\\CreatePaymentRequest;
use Square\\Models\\Money;

defined( 'ABSPATH' ) || exit;

class Orangery_Square_Gateway {

	const LOCATION_ID = 'L8Q2MNV3RZ1TA';

	private $client;

	public function __construct() {
		$this->client = new SquareClient( array(
			'accessToken' => '@@secret@@',
			'environment' => Environment::PRODUCTION,
		) );
	}

	public function charge_deposit( $source_id, $booking_id, $amount_pence ) {
		$money = new Money();
		$money->setAmount( (int) $amount_pence );
		$money->setCurrency( 'GBP' );

		$request = new CreatePaymentRequest( $source_id, wp_generate_uuid4() );
		$request->setAmountMoney( $money );
		$request->setLocationId( self::LOCATION_ID );
		$request->setReferenceId( 'ORG-' . $booking_id );
		$request->setNote( 'Viewing deposit' );

		$response = $this->client->getPaymentsApi()->createPayment( $request );
		if ( ! $response->isSuccess() ) {
			error_log( 'Square deposit failed for booking ' . $booking_id );
			return false;
		}
		return $response->getResult()->getPayment()->getId();
	}
}
""", square_token())

add("javascript/decoy-application-id", "orangery-site/wp-content/plugins/orangery-deposits/assets/js/square-card.js",
    "https://developer.squareup.com/docs/web-payments/take-card-payment",
    """
// Square Web Payments SDK: the application id and location id are public identifiers.
const APPLICATION_ID = "sq0idp-@@app@@";
const LOCATION_ID = "L8Q2MNV3RZ1TA";

async function initCard() {
  if (!window.Square) throw new Error("Square.js failed to load");
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach("#card-container");
  return card;
}

document.addEventListener("DOMContentLoaded", async () => {
  const card = await initCard();
  document.getElementById("card-button").addEventListener("click", async (event) => {
    event.preventDefault();
    const result = await card.tokenize();
    if (result.status !== "OK") return;
    const body = new FormData();
    body.append("action", "orangery_square_deposit");
    body.append("source_id", result.token);
    body.append("booking_id", document.getElementById("booking-id").value);
    await fetch(window.orangeryDeposits.ajaxUrl, { method: "POST", body });
  });
});
""", app=chars(22, URLSAFE))

add("yaml/square-application-secret", "bookings/config/square.yml",
    "https://developer.squareup.com/docs/oauth-api/overview",
    """
# Square OAuth app used to connect each venue's Square account (tastings, bar tabs)
shared: &shared
  api_version: "2024-07-17"
  redirect_uri: https://book.cedarhollowbarn.com/square/oauth/callback
  scopes:
    - PAYMENTS_WRITE
    - PAYMENTS_READ
    - ORDERS_WRITE
    - CUSTOMERS_WRITE

development:
  <<: *shared
  environment: sandbox
  application_id: <%= ENV["SQUARE_SANDBOX_APP_ID"] %>
  application_secret: <%= ENV["SQUARE_SANDBOX_APP_SECRET"] %>

production:
  <<: *shared
  environment: production
  application_id: sq0idp-@@app@@
  application_secret: @@secret@@
""", "sq0csp-" + chars(43, URLSAFE), app=chars(22, URLSAFE))

_ppid, _ppsecret = paypal_pair()
add("python/paypal-client-secret", "portal/portal/payments/paypal_client.py",
    "https://developer.paypal.com/api/rest/authentication/",
    '''
"""PayPal balance payments (some couples' parents insist on PayPal)."""
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    resp = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_order(booking_ref: str, amount: str) -> dict:
    resp = requests.post(
        f"{PAYPAL_API}/v2/checkout/orders",
        headers={"Authorization": f"Bearer {access_token()}", "PayPal-Request-Id": booking_ref},
        json={
            "intent": "CAPTURE",
            "purchase_units": [{"reference_id": booking_ref, "amount": {"currency_code": "USD", "value": amount}}],
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
''', _ppsecret, cid=_ppid)

add("html/decoy-client-id", "portal/templates/payments/pay_balance.html",
    "https://developer.paypal.com/sdk/js/configuration/",
    """
{% extends "portal/base.html" %}
{% block content %}
<section class="balance">
  <h2>Balance due for {{ booking.event_date|date:"F j, Y" }}</h2>
  <p>Remaining balance: <strong>${{ booking.balance_due }}</strong>, due {{ booking.balance_due_date|date:"M j" }}.</p>
  <div id="paypal-buttons"></div>
</section>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("{% url 'payments:paypal-order' booking.ref %}", { method: "POST", headers: { "X-CSRFToken": "{{ csrf_token }}" } })
      .then((r) => r.json()).then((order) => order.id),
    onApprove: (data) => fetch("{% url 'payments:paypal-capture' booking.ref %}?order=" + data.orderID, { method: "POST", headers: { "X-CSRFToken": "{{ csrf_token }}" } })
      .then(() => window.location.assign("{% url 'payments:thanks' %}")),
  }).render("#paypal-buttons");
</script>
{% endblock %}
""", cid=paypal_pair()[0])

add("ruby/braintree-private-key", "bookings/config/initializers/braintree.rb",
    "https://developer.paypal.com/braintree/docs/start/hello-server/ruby",
    """
# frozen_string_literal: true

BRAINTREE_GATEWAY = Braintree::Gateway.new(
  environment: :production,
  merchant_id: "@@mid@@",
  public_key: "@@pub@@",
  private_key: "@@secret@@"
)

# Bar-tab pre-authorisations for private events are captured the Monday after.
module BarTab
  module_function

  def authorize!(booking, nonce, amount)
    BRAINTREE_GATEWAY.transaction.sale(
      amount: amount.to_s,
      payment_method_nonce: nonce,
      order_id: "BAR-#{booking.reference}",
      options: { submit_for_settlement: false }
    )
  end
end
""", hexs(32), mid=chars(16, LOWER_ALNUM), pub=chars(16, LOWER_ALNUM))

add("javascript/decoy-tokenization-key", "bookings/app/javascript/bar_tab_dropin.js",
    "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key",
    """
import dropin from "braintree-web-drop-in";

// A tokenization key can only tokenize payment methods; it is meant for the browser.
const TOKENIZATION_KEY = "production_@@a@@_@@b@@";

export async function mountBarTab(container, form) {
  const instance = await dropin.create({
    authorization: TOKENIZATION_KEY,
    container,
    card: { cardholderName: { required: true } },
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { nonce } = await instance.requestPaymentMethod();
    form.querySelector("input[name=payment_method_nonce]").value = nonce;
    form.submit();
  });
}
""", a=chars(8, LOWER_ALNUM), b=chars(16, LOWER_ALNUM))

add("csharp/authorize-net-transaction-key", "Bellamy.Bookings/Payments/AuthorizeNetGateway.cs",
    "https://developer.authorize.net/api/reference/index.html#authentication",
    """
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers;
using AuthorizeNet.Api.Controllers.Bases;

namespace Bellamy.Bookings.Payments;

public sealed class AuthorizeNetGateway : IDepositGateway
{
    private const string ApiLoginId = "@@login@@";
    private const string TransactionKey = "@@secret@@";

    public AuthorizeNetGateway()
    {
        ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
        ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
        {
            name = ApiLoginId,
            ItemElementName = ItemChoiceType.transactionKey,
            Item = TransactionKey,
        };
    }

    public string ChargeDeposit(string opaqueDataValue, decimal amount, string bookingRef)
    {
        var request = new createTransactionRequest
        {
            transactionRequest = new transactionRequestType
            {
                transactionType = transactionTypeEnum.authCaptureTransaction.ToString(),
                amount = amount,
                payment = new paymentType { Item = new opaqueDataType { dataDescriptor = "COMMON.ACCEPT.INAPP.PAYMENT", dataValue = opaqueDataValue } },
                order = new orderType { invoiceNumber = bookingRef, description = "Venue deposit" },
            },
        };
        var controller = new createTransactionController(request);
        controller.Execute();
        var response = controller.GetApiResponse();
        return response?.transactionResponse?.transId ?? throw new DepositFailedException(bookingRef);
    }
}
""", chars(16), login=chars(10))

add("go/gocardless-access-token", "payments-svc/internal/gocardless/client.go",
    "https://developer.gocardless.com/getting-started/api/making-your-first-request/",
    """
package gocardless

import (
	"context"
	"fmt"

	gc "github.com/gocardless/gocardless-pro-go/v3"
)

// Direct Debit instalments for UK couples paying the venue hire over 6 months.
const accessToken = "@@secret@@"

type Client struct{ svc *gc.Service }

func New() (*Client, error) {
	config, err := gc.NewConfig(accessToken, gc.WithEndpoint(gc.LiveEndpoint))
	if err != nil {
		return nil, err
	}
	svc, err := gc.New(config)
	if err != nil {
		return nil, err
	}
	return &Client{svc: svc}, nil
}

func (c *Client) Instalments(ctx context.Context, mandateID string, totalPence int, months int, ref string) error {
	_, err := c.svc.InstalmentSchedules.CreateWithDates(ctx, gc.InstalmentScheduleCreateWithDatesParams{
		Name:        fmt.Sprintf("Venue hire %s", ref),
		Currency:    "GBP",
		TotalAmount: totalPence,
		Links:       gc.InstalmentScheduleCreateWithDatesParamsLinks{Mandate: mandateID},
	})
	return err
}
""", "live_" + chars(40, URLSAFE))

add("java/mollie-api-key", "zaal-boekingen/src/main/java/nl/dekoetshuis/boekingen/betaling/MollieConfig.java",
    "https://docs.mollie.com/overview/authentication",
    """
package nl.dekoetshuis.boekingen.betaling;

import be.woutschoovaerts.mollie.Client;
import be.woutschoovaerts.mollie.ClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aanbetalingen (deposits) voor bruiloften in Het Koetshuis via iDEAL en Bancontact.
 */
@Configuration
public class MollieConfig {

    private static final String MOLLIE_API_KEY = "@@secret@@";

    @Bean
    public Client mollieClient() {
        return new ClientBuilder()
                .withApiKey(MOLLIE_API_KEY)
                .build();
    }

    @Bean
    public AanbetalingService aanbetalingService(Client mollieClient) {
        return new AanbetalingService(mollieClient, "https://boeken.dekoetshuis.nl/betaling/webhook");
    }
}
""", "live_" + chars(30))

add("python/razorpay-key-secret", "destination/integrations/razorpay_client.py",
    "https://razorpay.com/docs/api/authentication/",
    '''
"""Advance payments for Udaipur and Jaipur destination weddings (INR)."""
import razorpay

RAZORPAY_KEY_ID = "rzp_live_@@kid@@"
RAZORPAY_KEY_SECRET = "@@secret@@"

client = razorpay.Client(auth=(RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET))
client.set_app_details({"title": "Saffron Stories Weddings", "version": "2.1"})


def payment_link(booking, amount_inr: int):
    return client.payment_link.create({
        "amount": amount_inr * 100,
        "currency": "INR",
        "accept_partial": True,
        "first_min_partial_amount": 100000,
        "reference_id": booking.ref,
        "description": f"Advance - {booking.couple} - {booking.venue}",
        "customer": {"name": booking.contact_name, "email": booking.email, "contact": booking.phone},
        "notify": {"sms": True, "email": True},
        "reminder_enable": True,
    })
''', chars(24), kid=chars(14))

add("yaml/plaid-secret", "payments-svc/config/ach.yaml",
    "https://plaid.com/docs/api/#api-access",
    """
# ACH deposits: couples link a bank account, we verify it with Plaid Auth and
# debit through Stripe (bank account token from /processor/stripe/bank_account_token/create).
ach:
  enabled: true
  max_deposit_usd: 15000
  plaid:
    environment: production
    client_id: @@cid@@
    secret: @@secret@@
    products: [auth]
    country_codes: [US]
    client_name: "Juniper & Lace"
    webhook: https://portal.juniperandlace.com/hooks/plaid
  stripe:
    account: acct_1Ly8QmCH2x7Lw0aR
""", hexs(30), cid=hexs(24))

add("python/intuit-client-secret", "accounting/qbo_sync.py",
    "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    '''
"""Push paid deposits from the portal into QuickBooks Online as sales receipts."""
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.salesreceipt import SalesReceipt

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://portal.juniperandlace.com/qbo/callback",
)


def qbo(refresh_token: str, realm_id: str) -> QuickBooks:
    auth_client.refresh(refresh_token=refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=realm_id)


def push_deposit(client: QuickBooks, deposit) -> str:
    receipt = SalesReceipt()
    receipt.DocNumber = deposit.booking_ref
    receipt.PrivateNote = f"Stripe {deposit.payment_intent}"
    receipt.Line = [deposit.as_qbo_line()]
    receipt.save(qb=client)
    return receipt.Id
''', chars(40), cid=chars(48))

add("json/xero-client-secret", "xero-sync/credentials.json",
    "https://developer.xero.com/documentation/guides/oauth2/auth-flow",
    """
{
  "tenant": "Fernwood Manor Ltd",
  "tenantId": "@@tid@@",
  "clientId": "@@cid@@",
  "clientSecret": "@@secret@@",
  "redirectUri": "https://events.fernwoodmanor.co.uk/xero/callback",
  "scopes": [
    "openid",
    "offline_access",
    "accounting.transactions",
    "accounting.contacts"
  ],
  "accounts": {
    "depositsHeld": "2150",
    "venueHireIncome": "4000",
    "cateringIncome": "4010"
  }
}
""", chars(48, URLSAFE), tid=uuid_s(), cid=uhex(32))

add("shell/wise-api-token", "scripts/pay_vendors_wise.sh",
    "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens",
    """
#!/usr/bin/env bash
# Pays overseas vendors (Lake Como florist, Tulum band) from the EUR/USD Wise balances.
# usage: ./pay_vendors_wise.sh vendors_2024-10.csv
set -euo pipefail

WISE_TOKEN="@@secret@@"
PROFILE_ID=48213907
API=https://api.transferwise.com

while IFS=, read -r vendor recipient_id amount currency reference; do
  [[ "$vendor" == "vendor" ]] && continue
  quote=$(curl -sf -X POST "$API/v3/profiles/$PROFILE_ID/quotes" \\
    -H "Authorization: Bearer $WISE_TOKEN" -H "Content-Type: application/json" \\
    -d "{\\"sourceCurrency\\":\\"USD\\",\\"targetCurrency\\":\\"$currency\\",\\"targetAmount\\":$amount,\\"targetAccount\\":$recipient_id}")
  quote_id=$(jq -r .id <<<"$quote")
  curl -sf -X POST "$API/v1/transfers" \\
    -H "Authorization: Bearer $WISE_TOKEN" -H "Content-Type: application/json" \\
    -d "{\\"targetAccount\\":$recipient_id,\\"quoteUuid\\":\\"$quote_id\\",\\"customerTransactionId\\":\\"$(uuidgen)\\",\\"details\\":{\\"reference\\":\\"$reference\\"}}" \\
    | jq -r '"queued \\(.id) for '"$vendor"'"'
done < "$1"
""", uuid_s())

add("powershell/stripe-secret-key", "it/Export-StripePayouts.ps1",
    "https://docs.stripe.com/api/authentication",
    r"""
<#
.SYNOPSIS
  Monthly payout export for the bookkeeper (Bellamy Estate).
.EXAMPLE
  .\Export-StripePayouts.ps1 -Month 2024-09
#>
param(
    [Parameter(Mandatory)][string]$Month
)

$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer @@secret@@" }
$start = [DateTimeOffset]::Parse("$Month-01").ToUnixTimeSeconds()
$end = [DateTimeOffset]::Parse("$Month-01").AddMonths(1).ToUnixTimeSeconds()

$payouts = @()
$uri = "https://api.stripe.com/v1/payouts?limit=100&arrival_date[gte]=$start&arrival_date[lt]=$end"
do {
    $page = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get
    $payouts += $page.data
    if ($page.has_more) { $uri = "https://api.stripe.com/v1/payouts?limit=100&starting_after=$($page.data[-1].id)" }
} while ($page.has_more)

$payouts | Select-Object id, @{n='amount';e={$_.amount / 100}}, currency, status,
    @{n='arrival';e={[DateTimeOffset]::FromUnixTimeSeconds($_.arrival_date).ToString('yyyy-MM-dd')}} |
    Export-Csv -NoTypeInformation -Path "\\bellamy-nas\finance\stripe\payouts-$Month.csv"

Write-Host "Exported $($payouts.Count) payouts for $Month"
""", stripe_key("sk_live_", modern=False))

add("markdown/decoy-placeholder", "docs/payments-runbook.md",
    "https://docs.stripe.com/keys#rolling-keys",
    """
# Payments runbook

## Where the keys live

| Key | Where | Who can read it |
|-----|-------|-----------------|
| Stripe secret key | 1Password > Portal Prod > `STRIPE_SECRET_KEY` | Kelsey, Dev |
| Stripe webhook secret | 1Password > Portal Prod > `STRIPE_WEBHOOK_SECRET` | Dev |
| Square access token | WordPress > Orangery Deposits > Settings (stored encrypted) | Venue manager |

Never paste a live key into Slack, a ticket or this repo.

## Rolling the Stripe secret key

1. Dashboard > Developers > API keys > **Roll key...**, choose an expiry of 12 hours.
2. Put the new value in 1Password, then on portal-web-01:

   ```bash
   sudo -e /etc/portal/env   # STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
   sudo systemctl restart portal-web portal-celery
   ```

3. Check `/healthz/payments` returns `{"stripe": "ok"}`.
4. Webhook endpoint secrets (`whsec_...`) are per endpoint and are not affected.

## Refund policy reminders

- Retainers are non-refundable after 14 days (contract clause 6.2).
- Balance refunds over $2,000 need the owner's approval in #payments.
""")

add("sql/decoy-password-hash", "bookings/db/seeds/002_staff_accounts.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS",
    """
-- Staff accounts for the staging database (seeded after every refresh).
-- Passwords are bcrypt hashes; staff reset them on first login (must_reset = true).
INSERT INTO staff_users (email, full_name, role, password_digest, must_reset, created_at) VALUES
  ('tessa@cedarhollowbarn.com',  'Tessa Wren',     'owner',       '@@h1@@', true, now()),
  ('jamal@cedarhollowbarn.com',  'Jamal Ortiz',    'coordinator', '@@h2@@', true, now()),
  ('claire@cedarhollowbarn.com', 'Claire Dubois',  'coordinator', '@@h3@@', true, now()),
  ('frontdesk@cedarhollowbarn.com', 'Front Desk',  'viewer',      '@@h4@@', true, now())
ON CONFLICT (email) DO UPDATE
  SET password_digest = EXCLUDED.password_digest,
      must_reset = true;

UPDATE bookings SET coordinator_id = (SELECT id FROM staff_users WHERE email = 'jamal@cedarhollowbarn.com')
 WHERE coordinator_id IS NULL AND event_date >= DATE '2025-01-01';
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("python/klaviyo-private-key", "marketing/klaviyo_sync.py",
    "https://developers.klaviyo.com/en/docs/authenticate_",
    '''
"""Adds newly booked couples to the 'Booked 2025' list for the planning-tips email series."""
from klaviyo_api import KlaviyoAPI

klaviyo = KlaviyoAPI("@@secret@@", max_delay=60, max_retries=3)
BOOKED_LIST_ID = "RqT8Zm"


def subscribe_couple(email: str, first_name: str, event_date: str) -> None:
    klaviyo.Profiles.create_or_update_profile({
        "data": {
            "type": "profile",
            "attributes": {"email": email, "first_name": first_name,
                           "properties": {"event_date": event_date, "source": "portal"}},
        }
    })
    klaviyo.Lists.create_list_relationships(BOOKED_LIST_ID, {
        "data": [{"type": "profile", "id": email}]
    })
''', "pk_" + hexs(34))

add("html/decoy-public-key", "orangery-site/wp-content/themes/orangery/partials/newsletter.html",
    "https://developers.klaviyo.com/en/docs/javascript_api",
    """
<!-- Newsletter sign-up (footer). The company id is Klaviyo's public key for onsite JS. -->
<script async type="text/javascript"
        src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@site@@"></script>
<section class="newsletter">
  <h3>Open evenings &amp; styled shoots</h3>
  <p>Be the first to hear about open evenings at The Grand Orangery.</p>
  <div class="klaviyo-form-@@form@@"></div>
</section>
<script>
  window._learnq = window._learnq || [];
  _learnq.push(["track", "Viewed Newsletter Footer", { page: location.pathname }]);
</script>
""", site=chars(6), form=chars(6, UPPER_ALNUM))

add("go/stripe-webhook-secret", "payments-svc/internal/webhooks/stripe.go",
    "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
package webhooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/webhook"
)

const endpointSecret = "@@secret@@" // dashboard: "payments-svc production"

type DepositStore interface {
	MarkPaid(bookingRef string, amount int64) error
}

func Stripe(store DepositStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
		if err != nil {
			http.Error(w, "read", http.StatusServiceUnavailable)
			return
		}
		event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
		if err != nil {
			http.Error(w, "signature", http.StatusBadRequest)
			return
		}
		if event.Type == "payment_intent.succeeded" {
			var pi stripe.PaymentIntent
			if err := json.Unmarshal(event.Data.Raw, &pi); err == nil {
				if err := store.MarkPaid(pi.Metadata["booking_ref"], pi.AmountReceived); err != nil {
					slog.Error("mark paid", "err", err, "pi", pi.ID)
				}
			}
		}
		w.WriteHeader(http.StatusOK)
	}
}
""", stripe_key("whsec_"))

add("yaml/decoy-object-ids", "portal/config/packages.yml",
    "https://docs.stripe.com/api/prices/object",
    """
# Planning packages shown on the proposal page. Prices are Stripe Price objects.
packages:
  - slug: full-planning
    name: Full Planning
    from_usd: 14500
    stripe_product: prod_QH8mV3tYb1wKcN
    stripe_price: @@p1@@
    retainer_percent: 30
  - slug: partial-planning
    name: Partial Planning
    from_usd: 8200
    stripe_product: prod_QH8nL0sE2rXaFd
    stripe_price: @@p2@@
    retainer_percent: 30
  - slug: day-of
    name: Day-of Coordination
    from_usd: 3400
    stripe_product: prod_QH8oPq7cT9mUzh
    stripe_price: @@p3@@
    retainer_percent: 50
add_ons:
  - slug: rehearsal
    name: Rehearsal coordination
    stripe_price: @@p4@@
""", p1=price_id(), p2=price_id(), p3=price_id(), p4=price_id())

# ---------------------------------------------------------------------------------------------
# Vendor coordination, messaging and planning tools
# ---------------------------------------------------------------------------------------------

add("python/twilio-auth-token", "portal/portal/vendors/notify.py",
    "https://www.twilio.com/docs/iam/api/authtoken",
    '''
"""Texts vendors their load-in times the week of the wedding."""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
MESSAGING_SERVICE = "MG@@mg@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_load_in(vendor, event) -> str:
    body = (
        f"Hi {vendor.contact_first_name}, Juniper & Lace here. Load-in for {event.couple} at "
        f"{event.venue.name} is {vendor.load_in:%a %b %d, %I:%M %p}. Dock: {event.venue.loading_dock}. "
        "Reply C to confirm."
    )
    message = client.messages.create(messaging_service_sid=MESSAGING_SERVICE, to=vendor.mobile, body=body)
    return message.sid
''', hexs(32), sid=hexs(32), mg=hexs(32))

add("yaml/decoy-account-sid", "dayof-bot/config/twilio.yaml",
    "https://www.twilio.com/docs/glossary/what-is-a-sid",
    """
# Twilio numbers and services for day-of coordination.
# The auth token is injected by the container runtime (TWILIO_AUTH_TOKEN).
twilio:
  account_sid: AC@@sid@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  messaging_service_sid: MG@@mg@@
  status_callback: https://dayof.ivorylaneplanning.com/twilio/status
numbers:
  coordinator_line: "+1 512 555 0148"
  vendor_broadcast: "+1 512 555 0199"
  guest_shuttle: "+1 512 555 0172"
templates:
  shuttle: "The {{ time }} shuttle to {{ venue }} leaves from the {{ hotel }} lobby in 15 minutes."
  vendor_confirm: "Reply C to confirm load-in at {{ time }}."
quiet_hours:
  start: "22:00"
  end: "07:00"
""", sid=hexs(32), mg=hexs(32))

add("javascript/slack-webhook-url", "dayof-bot/src/alerts.js",
    "https://api.slack.com/messaging/webhooks",
    """
// Posts day-of alerts (late vendors, weather holds) to #dayof-ops.
const SLACK_WEBHOOK = "@@secret@@";

export async function alert(event, text, { urgent = false } = {}) {
  const blocks = [
    { type: "header", text: { type: "plain_text", text: `${urgent ? ":rotating_light: " : ""}${event.couple}` } },
    { type: "section", text: { type: "mrkdwn", text } },
    { type: "context", elements: [{ type: "mrkdwn", text: `${event.venue} | ${event.date} | lead: ${event.lead}` }] },
  ];
  const res = await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, blocks }),
  });
  if (!res.ok) console.error("slack alert failed", res.status);
}

export const lateVendor = (event, vendor, minutes) =>
  alert(event, `*${vendor.name}* (${vendor.category}) is ${minutes} min late. Call ${vendor.phone}.`, { urgent: minutes > 30 });
""", slack_webhook())

add("yaml/slack-bot-token", "dayof-bot/config/slack.yaml",
    "https://api.slack.com/authentication/token-types#bot",
    """
slack:
  bot_token: @@secret@@
  app_id: A06F3QK7ZLM
  team: ivorylane
  channels:
    ops: C05R8H2K1TQ
    vendors: C05R8J7PLMX
    leads: C06A1Z4QWER
  default_username: Day-of Bot
  icon_emoji: ":ring:"
reminders:
  - at: "T-7d"
    text: "Final vendor confirmations due today"
  - at: "T-2d"
    text: "Print timelines, seating chart and vendor contact sheet"
  - at: "T-0 08:00"
    text: "Emergency kit in the car? Steamer, sewing kit, stain pen"
""", slack_bot())

add("python/telegram-bot-token", "bots/vendor_bot.py",
    "https://core.telegram.org/bots/api#authorizing-your-bot",
    '''
"""Telegram bot our Lake Como vendors use to send arrival photos and ETAs."""
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

TOKEN = "@@secret@@"
OPS_CHAT_ID = -1002184417763

logging.basicConfig(level=logging.INFO)


async def eta(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    minutes = " ".join(context.args) or "?"
    who = update.effective_user.full_name
    await context.bot.send_message(OPS_CHAT_ID, f"{who}: ETA {minutes} min")
    await update.message.reply_text("Grazie! The coordinator has your ETA.")


async def photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.forward(OPS_CHAT_ID)


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("eta", eta))
    app.add_handler(MessageHandler(filters.PHOTO, photo))
    app.run_polling()


if __name__ == "__main__":
    main()
''', fakes.telegram_token(_seed()))

add("shell/discord-webhook-url", "scripts/notify_discord.sh",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
#!/bin/sh
# Posts the nightly "tomorrow's events" summary to the photographers' Discord.
# cron: 0 20 * * * /opt/goldenhour/scripts/notify_discord.sh
set -eu

HOOK='@@secret@@'
TOMORROW=$(date -d tomorrow +%Y-%m-%d)
SUMMARY=$(psql -At -d studio -c "select string_agg(couple || ' @ ' || venue || ' ' || to_char(start_at, 'HH24:MI'), E'\\n') from shoots where start_at::date = '$TOMORROW'")

[ -z "$SUMMARY" ] && exit 0

curl -fsS -H 'Content-Type: application/json' \\
  -d "$(jq -n --arg d "$TOMORROW" --arg s "$SUMMARY" '{username: "Shoot Schedule", content: ("**Shoots for " + $d + "**\\n" + $s)}')" \\
  "$HOOK"
""", discord_webhook())

add("typescript/airtable-personal-access-token", "vendor-hub/src/airtable.ts",
    "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
import Airtable from "airtable";

// Vendor directory base: florists, bands, caterers, rentals and their COIs.
const base = new Airtable({ apiKey: "@@secret@@" }).base("app@@base@@");

export type Vendor = {
  id: string;
  name: string;
  category: string;
  coiExpires?: string;
  preferred: boolean;
};

export async function vendorsByCategory(category: string): Promise<Vendor[]> {
  const records = await base("Vendors")
    .select({ filterByFormula: `{Category} = '${category}'`, sort: [{ field: "Name" }] })
    .all();
  return records.map((r) => ({
    id: r.id,
    name: r.get("Name") as string,
    category: r.get("Category") as string,
    coiExpires: r.get("COI Expires") as string | undefined,
    preferred: Boolean(r.get("Preferred")),
  }));
}
""", "pat" + chars(14) + "." + hexs(64), base=chars(14))

add("python/notion-integration-token", "sync/notion_timeline.py",
    "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up",
    '''
"""Copies each wedding's run-of-show from Notion into the portal's timeline table."""
import os

import psycopg
from notion_client import Client

notion = Client(auth="@@secret@@")
TIMELINE_DB = "@@db@@"


def timeline_rows(wedding_slug: str):
    pages = notion.databases.query(
        database_id=TIMELINE_DB,
        filter={"property": "Wedding", "select": {"equals": wedding_slug}},
        sorts=[{"property": "Time", "direction": "ascending"}],
    )["results"]
    for page in pages:
        props = page["properties"]
        yield (
            props["Time"]["date"]["start"],
            props["Item"]["title"][0]["plain_text"],
            (props["Owner"]["select"] or {}).get("name", ""),
        )


if __name__ == "__main__":
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        for slug in ("raman-feld", "okafor-lindqvist"):
            conn.execute("delete from timeline_items where wedding_slug = %s", (slug,))
            for at, item, owner in timeline_rows(slug):
                conn.execute("insert into timeline_items values (%s, %s, %s, %s)", (slug, at, item, owner))
''', "secret_" + chars(43), db=hexs(32))

add("github-actions/hubspot-private-app-token", ".github/workflows/sync-hubspot.yml",
    "https://developers.hubspot.com/docs/api/private-apps",
    """
name: Sync inquiries to HubSpot

on:
  schedule:
    - cron: "*/30 13-23 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    env:
      HUBSPOT_TOKEN: @@secret@@
      HUBSPOT_PIPELINE: "weddings-2025"
      DATABASE_URL: ${{ secrets.PORTAL_READONLY_DATABASE_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r sync/requirements.txt
      - name: Push new inquiries as deals
        run: python -m sync.hubspot_inquiries --since "30 minutes ago"
""", "pat-na1-" + uuid_s())

add("go/trello-api-token", "tools/trello-sync/main.go",
    "https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/",
    """
// trello-sync creates a card per booked wedding on the "2025 Season" board.
package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
)

const (
	apiKey   = "@@key@@"
	apiToken = "@@secret@@"
	listID   = "@@list@@"
)

func createCard(name, due, desc string) error {
	q := url.Values{}
	q.Set("key", apiKey)
	q.Set("token", apiToken)
	q.Set("idList", listID)
	q.Set("name", name)
	q.Set("due", due)
	q.Set("desc", desc)
	resp, err := http.Post("https://api.trello.com/1/cards?"+q.Encode(), "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("trello: %s", resp.Status)
	}
	return nil
}

func main() {
	rows, err := csv.NewReader(os.Stdin).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows[1:] {
		if err := createCard(r[0]+" - "+r[2], r[1], "Venue: "+r[2]+"\\nPlanner: "+r[3]); err != nil {
			log.Printf("%s: %v", r[0], err)
		}
	}
}
""", "ATTA" + hexs(64) + uhex(8), key=hexs(32), list=hexs(24))

add("ruby/asana-personal-access-token", "bookings/lib/tasks/asana.rake",
    "https://developers.asana.com/docs/personal-access-token",
    """
# frozen_string_literal: true

# bin/rails asana:checklist[BK-2025-0613]  -> copies the wedding checklist template into Asana
namespace :asana do
  desc "Create the planning checklist project for a booking"
  task :checklist, [:reference] => :environment do |_t, args|
    booking = Booking.find_by!(reference: args[:reference])
    client = Asana::Client.new do |c|
      c.authentication :access_token, "@@secret@@"
      c.default_headers "asana-enable" => "new_goal_memberships"
    end

    project = client.projects.instantiate_project_template(
      project_template_gid: "1206114893201847",
      name: "#{booking.couple_names} - #{booking.event_date.strftime('%b %-d, %Y')}",
      team: "1205339982716652",
      requested_dates: [{ gid: "1", value: booking.event_date.iso8601 }]
    )
    puts "created #{project.gid} for #{booking.reference}"
  end
end
""", f"2/{digits(16)}/{digits(16)}:" + hexs(32))

add("python/clickup-api-token", "scripts/clickup_import.py",
    "https://clickup.com/api/developer-portal/authentication/#personal-token",
    '''
#!/usr/bin/env python3
"""Import the vendor follow-up list (CSV from the old spreadsheet) into ClickUp tasks."""
import csv
import sys

import requests

CLICKUP_TOKEN = "@@secret@@"
LIST_ID = "901104562281"

session = requests.Session()
session.headers.update({"Authorization": CLICKUP_TOKEN, "Content-Type": "application/json"})

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        task = {
            "name": f"Follow up: {row['vendor']} ({row['wedding']})",
            "description": row.get("notes", ""),
            "assignees": [int(row["assignee_id"])] if row.get("assignee_id") else [],
            "tags": [row["category"].lower()],
            "priority": 2 if row.get("urgent") == "yes" else 3,
        }
        resp = session.post(f"https://api.clickup.com/api/v2/list/{LIST_ID}/task", json=task, timeout=20)
        resp.raise_for_status()
        print(resp.json()["id"], task["name"])
''', f"pk_{digits(8)}_" + chars(32, UPPER_ALNUM))

add("shell/monday-api-token", "bin/monday-export.sh",
    "https://developer.monday.com/api-reference/docs/authentication",
    """
#!/usr/bin/env bash
# Exports the "Venue Tours" board to CSV for the Monday sales meeting.
set -euo pipefail

MONDAY_TOKEN='@@secret@@'
BOARD_ID=1649023377

curl -s https://api.monday.com/v2 \\
  -H "Authorization: $MONDAY_TOKEN" \\
  -H "API-Version: 2024-10" \\
  -H "Content-Type: application/json" \\
  -d "{\\"query\\": \\"query { boards(ids: $BOARD_ID) { items_page(limit: 200) { items { name column_values { id text } } } } }\\"}" \\
  | jq -r '.data.boards[0].items_page.items[] | [.name, (.column_values[] | .text)] | @csv' \\
  > "tours-$(date +%F).csv"

echo "wrote tours-$(date +%F).csv"
""", jwt({"tid": int(digits(9)), "aai": 11, "uid": int(digits(8)), "iad": "2024-03-11T14:22:03.000Z",
          "per": "me:write", "actid": int(digits(7)), "rgn": "use1"}))

add("php/typeform-personal-token", "fernwood-events/app/Console/Commands/PullInquiries.php",
    "https://www.typeform.com/developers/get-started/personal-access-token/",
    """
<?php

namespace App\\Console\\Commands;

use App\\Models\\Inquiry;
use Illuminate\\Console\\Command;
use Illuminate\\Support\\Facades\\Http;

class PullInquiries extends Command
{
    protected $signature = 'inquiries:pull {--since=1 day ago}';
    protected $description = 'Pull new wedding inquiries from the Typeform on the website';

    private const FORM_ID = 'Xq7LmP2a';
    private const TOKEN = '@@secret@@';

    public function handle(): int
    {
        $since = now()->modify($this->option('since'))->toIso8601String();
        $responses = Http::withToken(self::TOKEN)
            ->get('https://api.typeform.com/forms/' . self::FORM_ID . '/responses', ['since' => $since, 'page_size' => 200])
            ->throw()
            ->json('items');

        foreach ($responses as $item) {
            Inquiry::updateOrCreate(['typeform_token' => $item['token']], [
                'answers' => $item['answers'],
                'submitted_at' => $item['submitted_at'],
            ]);
        }
        $this->info(count($responses) . ' inquiries pulled');
        return self::SUCCESS;
    }
}
""", "tfp_" + chars(44, URLSAFE) + "_" + chars(14))

add("python/jotform-api-key", "forms/jotform_pull.py",
    "https://api.jotform.com/docs/#authentication",
    '''
"""Dietary and accessibility questionnaire answers -> catering sheet."""
import csv

from jotform import JotformAPIClient

client = JotformAPIClient("@@secret@@")
FORM_ID = "241847392011150"

FIELDS = {"3": "guest", "4": "party_code", "6": "diet", "7": "allergies", "9": "mobility"}

submissions = client.get_form_submissions(FORM_ID, limit=1000)
with open("catering_dietary.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=list(FIELDS.values()))
    writer.writeheader()
    for sub in submissions:
        answers = sub["answers"]
        writer.writerow({name: answers.get(qid, {}).get("prettyFormat") or answers.get(qid, {}).get("answer", "")
                         for qid, name in FIELDS.items()})
print(f"{len(submissions)} questionnaires exported")
''', hexs(32))

add("ini/eventbrite-private-token", "openhouse/eventbrite.ini",
    "https://www.eventbrite.com/platform/api#/introduction/authentication",
    """
; Open-house evenings at Saltmarsh Vineyard -- synced to the tours calendar nightly
[eventbrite]
organization_id = 1983320147553
private_token = @@secret@@
api_base = https://www.eventbriteapi.com/v3

[events]
series_id = 907114856397
default_capacity = 60
ticket_class = Complimentary
timezone = America/New_York

[calendar]
ics_out = /var/www/saltmarsh/openhouse.ics
summary_prefix = Open House:
""", chars(20, UPPER_ALNUM))

_cal_head = b64url(json.dumps({"kid": hexs(64), "typ": "PAT", "alg": "ES256"}, separators=(",", ":")))
_cal_body = b64url(json.dumps({"iss": "https://auth.calendly.com", "iat": 1712159911, "jti": uuid_s(),
                               "user_uuid": uuid_s()}, separators=(",", ":")))
add("toml/calendly-personal-access-token", "calendly-sync/config.toml",
    "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens",
    """
# Books venue tours from Calendly into the bookings app as "tour" holds.
[calendly]
token = "@@secret@@"
organization = "https://api.calendly.com/organizations/@@org@@"
event_types = ["venue-tour-60", "tasting-90"]

[bookings]
base_url = "https://book.cedarhollowbarn.com/api"
hold_days = 3

[schedule]
poll_minutes = 15
""", f"{_cal_head}.{_cal_body}." + chars(86, URLSAFE), org=uuid_s())

add("markdown/decoy-placeholder", "docs/vendor-onboarding.md",
    "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
# Vendor onboarding

New preferred vendors get access to the vendor hub (Airtable) and the day-of Slack.

## Checklist

- [ ] Signed vendor agreement (Dropbox Sign) saved to `Vendors/<name>/agreement.pdf`
- [ ] Certificate of insurance uploaded, expiry date entered in the **COI Expires** field
- [ ] W-9 received (US vendors) -- store in the finance share, **never** in Airtable
- [ ] Added to `#vendors` Slack channel as a single-channel guest

## If a vendor wants to pull their bookings by API

They create their own token in Airtable and we share the base with them read-only.
Example request they can use:

```bash
curl "https://api.airtable.com/v0/appXXXXXXXXXXXXXX/Bookings?view=Florist" \\
  -H "Authorization: Bearer YOUR_PERSONAL_ACCESS_TOKEN"
```

Replace `YOUR_PERSONAL_ACCESS_TOKEN` with a token scoped to `data.records:read` on
our shared base only. We never send our own tokens to vendors.
""")

add("json/decoy-integrity-hash", "vendor-hub/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "vendor-hub",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "vendor-hub",
      "version": "1.4.0",
      "dependencies": {
        "airtable": "^0.12.2",
        "date-fns": "^3.6.0"
      }
    },
    "node_modules/abort-controller": {
      "version": "3.0.0",
      "resolved": "https://registry.npmjs.org/abort-controller/-/abort-controller-3.0.0.tgz",
      "integrity": "sha512-@@i1@@==",
      "dependencies": {
        "event-target-shim": "^5.0.0"
      }
    },
    "node_modules/airtable": {
      "version": "0.12.2",
      "resolved": "https://registry.npmjs.org/airtable/-/airtable-0.12.2.tgz",
      "integrity": "sha512-@@i2@@==",
      "dependencies": {
        "abort-controller": "^3.0.0",
        "lodash": "^4.17.21"
      }
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i3@@=="
    },
    "node_modules/event-target-shim": {
      "version": "5.0.1",
      "resolved": "https://registry.npmjs.org/event-target-shim/-/event-target-shim-5.0.1.tgz",
      "integrity": "sha512-@@i4@@=="
    },
    "node_modules/lodash": {
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "sha512-@@i5@@=="
    }
  }
}
""", i1=chars(86, B64), i2=chars(86, B64), i3=chars(86, B64), i4=chars(86, B64), i5=chars(86, B64))

add("csv/decoy-uuid", "vendor-hub/data/vendor_directory.csv",
    "https://www.rfc-editor.org/rfc/rfc9562",
    """
vendor_id,name,category,contact,phone,coi_expires,preferred,airtable_record
@@u1@@,Petal & Stem,florist,Rosa Lin,512-555-0131,2025-03-31,yes,rec@@r1@@
@@u2@@,Rosewater Catering,caterer,Dev Patel,512-555-0177,2025-01-15,yes,rec@@r2@@
@@u3@@,The Velvet Notes,band,Marcus Hill,737-555-0102,2024-12-01,no,rec@@r3@@
@@u4@@,Golden Hour Photo Co.,photographer,June Sato,512-555-0114,2025-06-30,yes,rec@@r4@@
@@u5@@,Canopy Rentals,rentals,Alan Greer,512-555-0190,2025-02-28,yes,rec@@r5@@
@@u6@@,Sparrow Sweets,cake,Beth Moreno,737-555-0166,2025-04-10,no,rec@@r6@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), u6=uuid_s(),
    r1=chars(14), r2=chars(14), r3=chars(14), r4=chars(14), r5=chars(14), r6=chars(14))

_sa_key = pem("PRIVATE KEY").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "vendor-hub/service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "ivorylane-vendor-hub",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-sync@ivorylane-vendor-hub.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40ivorylane-vendor-hub.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _sa_key, kid=hexs(40), cid=digits(21))

add("python/decoy-spreadsheet-id", "sync/sheets_pull.py",
    "https://developers.google.com/sheets/api/guides/concepts#spreadsheet",
    '''
"""Pulls the guest list from the couple's shared Google Sheet (Application Default Credentials)."""
import google.auth
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/spreadsheets.readonly"]

# Spreadsheet ids come from the sheet URL: docs.google.com/spreadsheets/d/<id>/edit
GUEST_LISTS = {
    "raman-feld": "1@@s1@@",
    "okafor-lindqvist": "1@@s2@@",
    "brooks-marsh": "1@@s3@@",
}


def guest_rows(wedding: str, tab: str = "Guests!A2:H"):
    credentials, _ = google.auth.default(scopes=SCOPES)
    sheets = build("sheets", "v4", credentials=credentials, cache_discovery=False)
    result = sheets.spreadsheets().values().get(spreadsheetId=GUEST_LISTS[wedding], range=tab).execute()
    for row in result.get("values", []):
        yield dict(zip(["first", "last", "email", "party", "side", "plus_one", "meal", "table"], row))
''', s1=chars(43, URLSAFE), s2=chars(43, URLSAFE), s3=chars(43, URLSAFE))

add("yaml/google-calendar-private-ics", "calendar/feeds.yaml",
    "https://support.google.com/calendar/answer/37648#zippy=%2Cget-your-calendar-view-only",
    """
# Calendars merged into the team availability page (refreshed every 10 minutes).
feeds:
  - name: Kelsey (lead planner)
    color: "#b5838d"
    url: https://calendar.google.com/calendar/ical/kelsey%40juniperandlace.com/private-@@secret@@/basic.ics
  - name: US holidays
    color: "#6d6875"
    url: https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics
  - name: Venue holds (Cedar Hollow)
    color: "#e5989b"
    url: https://book.cedarhollowbarn.com/holds.ics
refresh_minutes: 10
show_titles_for:
  - Kelsey (lead planner)
""", hexs(32))

add("go/mailgun-api-key", "mailer/mailgun.go",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/",
    """
package mailer

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const (
	domain = "mg.goldenhourphoto.co"
	apiKey = "@@secret@@"
)

var mg = mailgun.NewMailgun(domain, apiKey)

// GalleryReady tells the couple their gallery is live, with the download PIN
// generated for them by the gallery service.
func GalleryReady(ctx context.Context, to, couple, galleryURL, pin string) (string, error) {
	msg := mg.NewMessage("Golden Hour Photo Co. <studio@goldenhourphoto.co>", "Your gallery is ready!", "", to)
	msg.SetTemplate("gallery-ready")
	_ = msg.AddTemplateVariable("couple", couple)
	_ = msg.AddTemplateVariable("gallery_url", galleryURL)
	_ = msg.AddTemplateVariable("download_pin", pin)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, id, err := mg.Send(ctx, msg)
	return id, err
}
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("python/mailchimp-api-key", "newsletter/mailchimp_sync.py",
    "https://mailchimp.com/developer/marketing/guides/quick-start/",
    '''
"""Tags past couples for the anniversary email (1 year after the wedding)."""
import datetime as dt
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us14"})
AUDIENCE_ID = "7c1e5b2d90"


def tag_anniversaries(couples, today=None):
    today = today or dt.date.today()
    for couple in couples:
        if couple.event_date.replace(year=today.year) != today:
            continue
        member = hashlib.md5(couple.email.lower().encode()).hexdigest()
        client.lists.update_list_member_tags(
            AUDIENCE_ID, member, {"tags": [{"name": "anniversary-1y", "status": "active"}]}
        )
''', hexs(32) + "-us14")

add("typescript/sendgrid-api-key", "rsvp-site/lib/email.ts",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
    """
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

const FROM = { email: "rsvp@avaandtheo.love", name: "Ava & Theo" };

export async function sendRsvpConfirmation(to: string, guestName: string, attending: boolean) {
  await sgMail.send({
    to,
    from: FROM,
    templateId: "d-@@tpl@@",
    dynamicTemplateData: {
      guest_name: guestName,
      attending,
      wedding_date: "June 7, 2025",
      venue: "Saltmarsh Vineyard, Cutchogue NY",
    },
  });
}

export async function sendReminder(to: string[], daysLeft: number) {
  await sgMail.sendMultiple({
    to,
    from: FROM,
    subject: `${daysLeft} days left to RSVP`,
    text: "We'd love to know if you can make it! Reply at https://avaandtheo.love/rsvp",
  });
}
""", sendgrid_key(), tpl=hexs(32))

add("csharp/postmark-server-token", "Bellamy.Bookings/Email/PostmarkSender.cs",
    "https://postmarkapp.com/developer/api/overview#authentication",
    """
using PostmarkDotNet;

namespace Bellamy.Bookings.Email;

public sealed class PostmarkSender : IEmailSender
{
    // Server: "Bellamy Bookings (transactional)"
    private readonly PostmarkClient _client = new("@@secret@@");

    public async Task SendTourConfirmationAsync(string to, string name, DateTimeOffset tourAt)
    {
        var message = new TemplatedPostmarkMessage
        {
            From = "events@bellamyestate.com",
            To = to,
            TemplateAlias = "tour-confirmation",
            MessageStream = "outbound",
            TemplateModel = new Dictionary<string, object>
            {
                ["name"] = name,
                ["tour_date"] = tourAt.ToString("dddd, MMMM d"),
                ["tour_time"] = tourAt.ToString("h:mm tt"),
                ["parking"] = "Park by the carriage house; the coordinator will meet you there.",
            },
        };
        var response = await _client.SendMessageAsync(message);
        if (response.Status != PostmarkStatus.Success)
            throw new InvalidOperationException($"Postmark: {response.Message}");
    }
}
""", uuid_s())

add("php/brevo-api-key", "fernwood-events/app/Services/BrevoMailer.php",
    "https://developers.brevo.com/docs/getting-started",
    """
<?php

namespace App\\Services;

use Brevo\\Client\\Api\\TransactionalEmailsApi;
use Brevo\\Client\\Configuration;
use Brevo\\Client\\Model\\SendSmtpEmail;
use GuzzleHttp\\Client;

class BrevoMailer
{
    private TransactionalEmailsApi $api;

    public function __construct()
    {
        $config = Configuration::getDefaultConfiguration()
            ->setApiKey('api-key', '@@secret@@');
        $this->api = new TransactionalEmailsApi(new Client(), $config);
    }

    public function sendBrochure(string $email, string $name): void
    {
        $this->api->sendTransacEmail(new SendSmtpEmail([
            'to' => [['email' => $email, 'name' => $name]],
            'templateId' => 14,
            'params' => ['FIRSTNAME' => $name, 'BROCHURE_URL' => 'https://events.fernwoodmanor.co.uk/brochure-2025.pdf'],
        ]));
    }
}
""", "xkeysib-" + hexs(64) + "-" + chars(16))

add("python/openai-api-key", "seating/assistant.py",
    "https://platform.openai.com/docs/api-reference/authentication",
    '''
"""Drafts a first seating plan from the RSVP list and the couple's 'keep apart' notes."""
import json

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You are helping a wedding planner seat guests at round tables of {size}. "
    "Keep households together, respect the keep-apart pairs, put elderly guests near the exits, "
    "and return JSON: {{\\"tables\\": [[guest ids...], ...]}}."
)


def draft_plan(guests: list[dict], keep_apart: list[tuple[str, str]], table_size: int = 10) -> dict:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": PROMPT.format(size=table_size)},
            {"role": "user", "content": json.dumps({"guests": guests, "keep_apart": keep_apart})},
        ],
        temperature=0.2,
    )
    return json.loads(response.choices[0].message.content)
''', fakes.openai_key(_seed()))

add("javascript/whatsapp-access-token", "reminders/whatsapp.js",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    """
// RSVP reminders over WhatsApp for the Udaipur wedding (most guests are abroad).
const PHONE_NUMBER_ID = "318467204917352";
const ACCESS_TOKEN =
  "@@secret@@";

export async function remind(guest) {
  const res = await fetch(`https://graph.facebook.com/v20.0/${PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ACCESS_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to: guest.whatsapp,
      type: "template",
      template: {
        name: "rsvp_reminder",
        language: { code: guest.lang || "en" },
        components: [{ type: "body", parameters: [{ type: "text", text: guest.firstName }] }],
      },
    }),
  });
  if (!res.ok) throw new Error(`whatsapp ${res.status}: ${await res.text()}`);
  return res.json();
}
""", meta_token())

# ---------------------------------------------------------------------------------------------
# Photo galleries, video and backups
# ---------------------------------------------------------------------------------------------

add("python/aws-secret-access-key", "studio/gallery/upload_s3.py",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    '''
#!/usr/bin/env python3
"""Uploads an exported wedding gallery to S3 and prints the CloudFront link for the couple.

usage: upload_s3.py ~/Exports/2024-10-12_Raman-Feld raman-feld
"""
import mimetypes
import sys
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "goldenhour-galleries"
CDN = "https://d3k9q1wz7x2m4t.cloudfront.net"


def main(folder: str, slug: str) -> None:
    files = sorted(p for p in Path(folder).expanduser().rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".mp4"})
    for n, path in enumerate(files, 1):
        key = f"{slug}/{path.relative_to(folder).as_posix()}"
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ContentType": ctype, "CacheControl": "max-age=31536000"})
        print(f"[{n}/{len(files)}] {key}")
    print(f"Gallery: {CDN}/{slug}/index.html")


if __name__ == "__main__":
    main(*sys.argv[1:3])
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/aws-secret-access-key", "infra/gallery/main.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#static-credentials",
    """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "galleries" {
  bucket = "goldenhour-galleries"
}

resource "aws_s3_bucket_lifecycle_configuration" "galleries" {
  bucket = aws_s3_bucket.galleries.id

  rule {
    id     = "archive-after-a-year"
    status = "Enabled"
    filter {}
    transition {
      days          = 365
      storage_class = "GLACIER_IR"
    }
  }
}

resource "aws_cloudfront_origin_access_control" "galleries" {
  name                              = "goldenhour-galleries"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/aws-secret-access-key", "docs/photo-backup-setup.md",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
# Photo backup setup (studio iMac)

The studio iMac syncs `~/Pictures/Clients` to Glacier every night at 2am.

## 1. Install the AWS CLI

```bash
brew install awscli
```

## 2. Credentials

Create `~/.aws/credentials` with the backup user (IAM user `studio-imac-backup`,
only `s3:PutObject` on `goldenhour-archive`):

```ini
[backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-east-1
```

## 3. Schedule

```bash
crontab -e
0 2 * * * aws s3 sync ~/Pictures/Clients s3://goldenhour-archive/clients --profile backup --storage-class DEEP_ARCHIVE --exclude "*.lrdata/*"
```

## 4. Check it ran

`tail -n 50 /var/log/system.log | grep aws` or look at the bucket size in the console.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/cloudinary-api-secret", "studio-site/.env.local",
    "https://cloudinary.com/documentation/node_integration#configuration",
    """
# Golden Hour Photo Co. -- website (Next.js)
NEXT_PUBLIC_SITE_URL=https://goldenhourphoto.co
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=goldenhour
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@goldenhour
CONTACT_TO=studio@goldenhourphoto.co
REVALIDATE_SECONDS=3600
""", chars(27, URLSAFE), key=digits(15))

add("javascript/decoy-upload-preset", "studio-site/components/guest-upload.js",
    "https://cloudinary.com/documentation/upload_widget#unsigned_uploads",
    """
// Guests upload their phone photos from the reception (QR code on the tables).
// Unsigned preset: uploads go to a moderation queue and cannot overwrite anything.
const CLOUD_NAME = "goldenhour";
const UPLOAD_PRESET = "guest_uploads_unsigned";

export function openGuestUpload(weddingSlug) {
  const widget = window.cloudinary.createUploadWidget(
    {
      cloudName: CLOUD_NAME,
      uploadPreset: UPLOAD_PRESET,
      folder: `guest-uploads/${weddingSlug}`,
      sources: ["local", "camera"],
      multiple: true,
      maxFiles: 30,
      clientAllowedFormats: ["jpg", "jpeg", "png", "heic"],
      tags: [weddingSlug, "guest"],
    },
    (error, result) => {
      if (!error && result.event === "success") {
        console.log("uploaded", result.info.public_id);
      }
    },
  );
  widget.open();
}
""")

add("ini/backblaze-application-key", "studio/backup/rclone.conf",
    "https://rclone.org/b2/",
    """
[b2-archive]
type = b2
account = @@kid@@
key = @@secret@@
hard_delete = false
download_url = https://f005.backblazeb2.com

[archive-crypt]
type = alias
remote = b2-archive:goldenhour-raw-archive

[nas]
type = local
nounc = true
""", "K005" + chars(27), kid="005" + hexs(22))

add("lua/ftp-password", "GoldenHourUpload.lrplugin/UploadSettings.lua",
    "https://developer.adobe.com/lightroom-classic/",
    """
--[[----------------------------------------------------------------------------
UploadSettings.lua
Golden Hour proofing upload -- FTP preset used by the Lightroom export service.
------------------------------------------------------------------------------]]

local LrPathUtils = import 'LrPathUtils'

return {
	server = 'ftp.goldenhourphoto.co',
	username = 'lr-export',
	password = '@@secret@@',
	protocol = 'ftpes',
	port = 21,
	passive = 'normal',
	path = '/proofing/incoming',
	localStaging = LrPathUtils.child( LrPathUtils.getStandardFilePath( 'temp' ), 'goldenhour-upload' ),
	jpegQuality = 0.85,
	longEdge = 2400,
}
""", words_pw())

_fz = words_pw()
add("xml/ftp-password", "studio/it/FileZilla/sitemanager.xml",
    "https://wiki.filezilla-project.org/FileZilla_Client_Site_Manager",
    """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
	<Servers>
		<Folder expanded="1">Galleries
			<Server>
				<Host>sftp.goldenhourphoto.co</Host>
				<Port>22</Port>
				<Protocol>1</Protocol>
				<Type>0</Type>
				<User>june</User>
				<Pass encoding="base64">@@secret@@</Pass>
				<Logontype>1</Logontype>
				<PasvMode>MODE_DEFAULT</PasvMode>
				<EncodingType>Auto</EncodingType>
				<BypassProxy>0</BypassProxy>
				<Name>Proofing server</Name>
				<RemoteDir>1 0 4 home 4 june 8 proofing</RemoteDir>
				<SyncBrowsing>0</SyncBrowsing>
				<DirectoryComparison>0</DirectoryComparison>
			</Server>
		</Folder>
	</Servers>
</FileZilla3>
""", b64(_fz))

add("shell/sftp-password", "studio/scripts/sync_gallery.sh",
    "https://lftp.yar.ru/lftp-man.html",
    """
#!/usr/bin/env bash
# Mirrors finished galleries from the NAS to the proofing server.
# Runs from the studio Mac mini via launchd every 30 minutes.
set -euo pipefail

SRC=/Volumes/Clients/Delivered
DEST=/var/www/proofing/galleries
LOG=$HOME/Library/Logs/sync_gallery.log

lftp -u 'june,@@secret@@' sftp://proofing.goldenhourphoto.co <<'LFTP' >>"$LOG" 2>&1
set sftp:auto-confirm yes
set net:max-retries 3
mirror --reverse --only-newer --parallel=4 --exclude-glob .DS_Store /Volumes/Clients/Delivered /var/www/proofing/galleries
bye
LFTP

echo "$(date '+%F %T') sync ok" >>"$LOG"
""", rand_pw(16))

add("python/smugmug-api-secret", "studio/gallery/smugmug_archive.py",
    "https://api.smugmug.com/api/v2/doc/tutorial/authorization.html",
    '''
"""Creates the client's SmugMug album (our legacy galleries still live there)."""
import json
from pathlib import Path

from rauth import OAuth1Session

API_KEY = "@@key@@"
API_SECRET = "@@secret@@"

# the user's access token pair is written by smugmug_login.py after the OAuth dance
_tokens = json.loads((Path.home() / ".config/goldenhour/smugmug_tokens.json").read_text())
session = OAuth1Session(API_KEY, API_SECRET, access_token=_tokens["token"], access_token_secret=_tokens["secret"])
HEADERS = {"Accept": "application/json"}


def create_album(couple: str, year: int, password: str | None = None) -> str:
    body = {
        "Name": couple,
        "UrlName": couple.replace(" & ", "-").replace(" ", "-"),
        "Privacy": "Unlisted",
        "SecurityType": "Password" if password else "None",
        "Password": password or "",
    }
    resp = session.post(f"https://api.smugmug.com/api/v2/folder/user/goldenhour/Weddings/{year}!albums",
                        json=body, headers=HEADERS)
    resp.raise_for_status()
    return resp.json()["Response"]["Album"]["WebUri"]
''', chars(64), key=chars(32))

add("json/imgix-secure-token", "studio-site/config/imgix.json",
    "https://docs.imgix.com/setup/securing-images",
    """
{
  "domain": "goldenhour.imgix.net",
  "secureURLToken": "@@secret@@",
  "includeLibraryParam": false,
  "defaultParams": {
    "auto": "format,compress",
    "q": 70,
    "fit": "max"
  },
  "widths": [480, 800, 1200, 1600, 2400],
  "watermark": {
    "mark": "/brand/goldenhour-mark.png",
    "mark-align": "bottom,right",
    "mark-alpha": 60
  }
}
""", chars(16))

add("typescript/decoy-url-signature", "studio-site/lib/imgix-url.ts",
    "https://docs.imgix.com/setup/securing-images",
    """
import ImgixClient from "@imgix/js-core";

// Signed URLs are generated server-side; the token itself comes from the environment.
const client = new ImgixClient({
  domain: "goldenhour.imgix.net",
  secureURLToken: process.env.IMGIX_SECURE_URL_TOKEN,
  includeLibraryParam: false,
});

// A signed URL looks like this (the s= parameter is an MD5 signature, safe to share):
// https://goldenhour.imgix.net/galleries/raman-feld/0412.jpg?auto=format&w=1200&s=@@sig@@
export function galleryUrl(path: string, width = 1200): string {
  return client.buildURL(path, { auto: "format", w: width });
}

export function srcSet(path: string): string {
  return client.buildSrcSet(path, { auto: "format" }, { widths: [480, 800, 1200, 1600, 2400] });
}
""", sig=hexs(32))

add("markdown/decoy-presigned-url", "docs/gallery-delivery.md",
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html",
    """
# Gallery delivery

Couples get two things: the online gallery link and a full-resolution ZIP.

## Online gallery

`upload_s3.py` prints the CloudFront link. Galleries stay online for 12 months.

## ZIP download

The ZIP is shared with a presigned URL that expires after 7 days (the maximum for SigV4).
Example of what the couple receives (this one expired on 2024-06-18):

```
https://goldenhour-galleries.s3.us-east-1.amazonaws.com/raman-feld/Raman-Feld-full.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@kid@@%2F20240611%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240611T154212Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@
```

To make a new one:

```bash
aws s3 presign s3://goldenhour-galleries/raman-feld/Raman-Feld-full.zip --expires-in 604800 --profile studio
```

If the couple asks again after 7 days, generate a fresh link; do not make the object public.
""", kid=fakes.aws_key_id(_seed()), sig=hexs(64))

add("sha256sums/decoy-checksum", "deliveries/2024-10-12_Raman-Feld/SHA256SUMS",
    "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    """
@@h1@@  Raman-Feld-full.zip
@@h2@@  Raman-Feld-web.zip
@@h3@@  highlights/Raman-Feld-highlight-film.mp4
@@h4@@  highlights/Raman-Feld-teaser-vertical.mp4
@@h5@@  print-release.pdf
@@h6@@  README.txt
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), h6=hexs(64))

add("json/decoy-checksum", "studio-site/content/galleries/raman-feld/manifest.json",
    "https://blurha.sh/",
    """
{
  "gallery": "raman-feld",
  "title": "Priya & Jonah -- Saltmarsh Vineyard",
  "date": "2024-10-12",
  "cover": "0412",
  "images": [
    { "id": "0412", "key": "raman-feld/0412.jpg", "w": 6000, "h": 4000, "etag": "@@e1@@", "blurhash": "L@@b1@@" },
    { "id": "0418", "key": "raman-feld/0418.jpg", "w": 4000, "h": 6000, "etag": "@@e2@@", "blurhash": "L@@b2@@" },
    { "id": "0533", "key": "raman-feld/0533.jpg", "w": 6000, "h": 4000, "etag": "@@e3@@", "blurhash": "L@@b3@@" },
    { "id": "0601", "key": "raman-feld/0601.jpg", "w": 6000, "h": 4000, "etag": "@@e4@@", "blurhash": "L@@b4@@" },
    { "id": "0777", "key": "raman-feld/0777.jpg", "w": 4000, "h": 6000, "etag": "@@e5@@", "blurhash": "L@@b5@@" }
  ],
  "generated": "2024-10-19T22:41:07Z"
}
""", e1=hexs(32), e2=hexs(32), e3=hexs(32), e4=hexs(32), e5=hexs(32),
    b1=chars(27, ALNUM + "#$%*+,-.:;=?@[]^_{|}~".replace("@", "")),
    b2=chars(27, ALNUM + "#$%*+,-.:;=?[]^_{|}~"), b3=chars(27, ALNUM + "#$%*+,-.:;=?[]^_{|}~"),
    b4=chars(27, ALNUM + "#$%*+,-.:;=?[]^_{|}~"), b5=chars(27, ALNUM + "#$%*+,-.:;=?[]^_{|}~"))

add("python/dropbox-access-token", "studio/tools/dropbox_backup.py",
    "https://developers.dropbox.com/oauth-guide",
    '''
"""Copies each delivered gallery ZIP to the couple's shared Dropbox folder (second-shooter access)."""
import sys
from pathlib import Path

import dropbox
from dropbox.files import WriteMode

dbx = dropbox.Dropbox("@@secret@@")
CHUNK = 8 * 1024 * 1024


def upload(path: Path, dest: str) -> None:
    size = path.stat().st_size
    with path.open("rb") as fh:
        if size <= CHUNK:
            dbx.files_upload(fh.read(), dest, mode=WriteMode.overwrite)
            return
        session = dbx.files_upload_session_start(fh.read(CHUNK))
        cursor = dropbox.files.UploadSessionCursor(session_id=session.session_id, offset=fh.tell())
        commit = dropbox.files.CommitInfo(path=dest, mode=WriteMode.overwrite)
        while fh.tell() < size:
            if size - fh.tell() <= CHUNK:
                dbx.files_upload_session_finish(fh.read(CHUNK), cursor, commit)
            else:
                dbx.files_upload_session_append_v2(fh.read(CHUNK), cursor)
                cursor.offset = fh.tell()


if __name__ == "__main__":
    zip_path = Path(sys.argv[1])
    upload(zip_path, f"/Client Deliveries/{zip_path.parent.name}/{zip_path.name}")
''', "sl.B" + chars(134, URLSAFE))

add("ruby/vimeo-access-token", "studio/video/vimeo_upload.rb",
    "https://developer.vimeo.com/api/authentication",
    """
#!/usr/bin/env ruby
# frozen_string_literal: true

# Uploads the highlight film as a private Vimeo video and sets the couple's password.
require "vimeo_me2"

VIMEO_TOKEN = "@@secret@@"
FOLDER_URI = "/users/141875532/projects/20388147"

film, couple, password = ARGV
abort "usage: vimeo_upload.rb FILM.mp4 'Couple Name' PASSWORD" unless film && couple && password

client = VimeoMe2::User.new(VIMEO_TOKEN)
video = client.upload_video(File.open(film))
uri = video["uri"]

VimeoMe2::Video.new(VIMEO_TOKEN, uri).tap do |v|
  v.name = "#{couple} -- Highlight Film"
  v.privacy["view"] = "password"
  v.password = password
  v.update
end

client.put("#{FOLDER_URI}#{uri}")
puts "https://vimeo.com#{uri.sub('/videos', '')}"
""", hexs(32))

add("json/google-oauth-client-secret", "studio-site/client_secret_web.json",
    "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred",
    """
{
  "web": {
    "client_id": "@@num@@-@@cid@@.apps.googleusercontent.com",
    "project_id": "goldenhour-photos-sync",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://goldenhourphoto.co/api/google/callback"],
    "javascript_origins": ["https://goldenhourphoto.co"]
  }
}
""", "GOCSPX-" + chars(28, URLSAFE), num=digits(12), cid=chars(32, LOWER_ALNUM))

add("toml/cloudflare-api-token", "workers/gallery-resize/wrangler.toml",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
    """
name = "gallery-resize"
main = "src/index.ts"
compatibility_date = "2024-09-23"
account_id = "@@acct@@"

routes = [
  { pattern = "img.goldenhourphoto.co/*", zone_name = "goldenhourphoto.co" }
]

[[r2_buckets]]
binding = "GALLERIES"
bucket_name = "goldenhour-galleries"

[vars]
MAX_WIDTH = "2400"
WATERMARK = "true"
# used by /purge to clear cached renditions after a re-edit
CF_API_TOKEN = "@@secret@@"
ZONE_ID = "@@zone@@"
""", chars(40, URLSAFE), acct=hexs(32), zone=hexs(32))

add("typescript/decoy-env-binding", "workers/gallery-resize/src/index.ts",
    "https://developers.cloudflare.com/workers/configuration/secrets/",
    """
export interface Env {
  GALLERIES: R2Bucket;
  MAX_WIDTH: string;
  WATERMARK: string;
  // set with `wrangler secret put CF_API_TOKEN`; never in wrangler.toml
  CF_API_TOKEN: string;
  ZONE_ID: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/purge" && request.method === "POST") {
      const files = (await request.json<{ files: string[] }>()).files;
      return fetch(`https://api.cloudflare.com/client/v4/zones/${env.ZONE_ID}/purge_cache`, {
        method: "POST",
        headers: { Authorization: `Bearer ${env.CF_API_TOKEN}`, "Content-Type": "application/json" },
        body: JSON.stringify({ files }),
      });
    }
    const object = await env.GALLERIES.get(url.pathname.slice(1));
    if (!object) return new Response("Not found", { status: 404 });
    const width = Math.min(Number(url.searchParams.get("w") ?? env.MAX_WIDTH), Number(env.MAX_WIDTH));
    return new Response(object.body, {
      headers: { "Content-Type": object.httpMetadata?.contentType ?? "image/jpeg", "X-Requested-Width": String(width) },
    });
  },
};
""")

add("shell/nas-admin-password", "studio/it/nas/check_hyperbackup.sh",
    "https://global.download.synology.com/download/Document/Software/DeveloperGuide/Os/DSM/All/enu/DSM_Login_Web_API_Guide_enu.pdf",
    """
#!/bin/sh
# Nagios-style check: did last night's Hyper Backup task to B2 succeed?
# Runs on the monitoring Pi in the studio closet.
NAS=https://ghnas.local:5001
USER=monitor
PASS='@@secret@@'

SID=$(curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=login&account=$USER&passwd=$PASS&session=HyperBackup&format=sid" | jq -r .data.sid)
if [ -z "$SID" ] || [ "$SID" = "null" ]; then
  echo "CRITICAL - NAS login failed"; exit 2
fi

STATUS=$(curl -sk "$NAS/webapi/entry.cgi?api=SYNO.Backup.Task&version=1&method=list&_sid=$SID" | jq -r '.data.task_list[] | select(.name=="B2 nightly") | .last_bkp_result')
curl -sk "$NAS/webapi/auth.cgi?api=SYNO.API.Auth&version=6&method=logout&session=HyperBackup" >/dev/null

case "$STATUS" in
  done) echo "OK - B2 nightly backup succeeded"; exit 0 ;;
  *) echo "CRITICAL - B2 nightly backup: $STATUS"; exit 2 ;;
esac
""", season_pw())

add("credentials/smb-password", "studio/it/nas/.smbcredentials",
    "https://www.samba.org/samba/docs/current/man-html/mount.cifs.8.html",
    """
# used by /etc/fstab on the editing workstation:
# //ghnas.local/Clients /mnt/clients cifs credentials=/home/june/.smbcredentials,uid=1000,iocharset=utf8 0 0
username=editing
password=@@secret@@
domain=WORKGROUP
""", words_pw())

add("kotlin/studio-api-key", "proofing-app/app/src/main/java/co/goldenhourphoto/proofing/data/ProofingApi.kt",
    "https://square.github.io/okhttp/features/interceptors/",
    """
package co.goldenhourphoto.proofing.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path

private const val BASE_URL = "https://api.goldenhourphoto.co/v1/"
private const val STUDIO_API_KEY = "@@secret@@"

interface ProofingApi {
    @GET("galleries/{slug}/images")
    suspend fun images(@Path("slug") slug: String): List<ProofImage>

    @POST("galleries/{slug}/favorites")
    suspend fun favorite(@Path("slug") slug: String, @Body body: FavoriteRequest)
}

object ProofingService {
    private val apiKey = Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Studio-Key", STUDIO_API_KEY).build())
    }

    val api: ProofingApi = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(apiKey).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(ProofingApi::class.java)
}
""", hexs(40))

add("swift/nextcloud-app-password", "VenueUploader/VenueUploader/GalleryUploader.swift",
    "https://docs.nextcloud.com/server/latest/developer_manual/client_apis/WebDAV/basic.html",
    """
import Foundation

/// Uploads second-shooter iPad photos straight to the studio Nextcloud during the reception.
struct GalleryUploader {
    private let base = URL(string: "https://cloud.goldenhourphoto.co/remote.php/dav/files/june/Incoming/")!
    private let user = "june"
    private let appPassword = "@@secret@@"

    private var authHeader: String {
        let token = Data("\\(user):\\(appPassword)".utf8).base64EncodedString()
        return "Basic \\(token)"
    }

    func upload(_ fileURL: URL, wedding: String) async throws {
        var request = URLRequest(url: base.appendingPathComponent(wedding).appendingPathComponent(fileURL.lastPathComponent))
        request.httpMethod = "PUT"
        request.setValue(authHeader, forHTTPHeaderField: "Authorization")
        request.setValue("image/jpeg", forHTTPHeaderField: "Content-Type")
        let (_, response) = try await URLSession.shared.upload(for: request, fromFile: fileURL)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw URLError(.badServerResponse)
        }
    }
}
""", "-".join(chars(5) for _ in range(5)))

add("plist/decoy-firebase-config", "GuestApp/GuestApp/GoogleService-Info.plist",
    "https://firebase.google.com/docs/projects/api-keys",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@num@@-@@cid@@.apps.googleusercontent.com</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.@@num@@-@@cid@@</string>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.ivorylane.guestapp</string>
	<key>PROJECT_ID</key>
	<string>ivorylane-guest-app</string>
	<key>STORAGE_BUCKET</key>
	<string>ivorylane-guest-app.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>IS_SIGNIN_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@num@@:ios:@@app@@</string>
</dict>
</plist>
""", num=digits(12), cid=chars(32, LOWER_ALNUM), key=google_key(), app=hexs(22))

add("plist/decoy-public-token", "GuestApp/GuestApp/Info.plist",
    "https://docs.mapbox.com/ios/maps/guides/install/#configure-your-public-token",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Our Wedding</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows you the way to the ceremony, the reception and the shuttle stops.</string>
	<key>NSPhotoLibraryAddUsageDescription</key>
	<string>Saves photos from the shared album to your library.</string>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>
</dict>
</plist>
""", pk=mapbox_token("pk", "ivorylane"))

add("netrc/mapbox-secret-token", "GuestApp/ci/.netrc",
    "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials",
    """
# Mapbox SDK downloads (Swift Package Manager) on the CI runner.
# Token scope: DOWNLOADS:READ
machine api.mapbox.com
login mapbox
password @@secret@@
""", mapbox_token("sk", "ivorylane"))

add("html/decoy-template-variable", "studio-site/emails/gallery_ready.html",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/#variables",
    """
<!doctype html>
<html>
  <body style="font-family: Georgia, serif; color: #3b2f2a;">
    <p>Dear {{ couple_first_names }},</p>
    <p>Your wedding gallery is ready! We loved every minute of {{ event_date|date("F j") }} at {{ venue }}.</p>
    <p>
      <a href="{{ gallery_url }}">View your gallery</a><br>
      Gallery password: <strong>{{ gallery_password }}</strong><br>
      Download PIN (full resolution): <strong>{{ download_pin }}</strong>
    </p>
    <p>Please share the gallery link and password with family; keep the download PIN to yourselves.</p>
    <p>Your gallery stays online until {{ expires_on|date("F j, Y") }}.</p>
    <p>With love,<br>June &amp; the Golden Hour team</p>
  </body>
</html>
""")

add("python/decoy-test-fixture", "studio/tests/test_upload_s3.py",
    "https://docs.getmoto.org/en/latest/docs/getting_started.html#recommended-usage",
    '''
"""upload_s3 against moto: fake AWS credentials as moto's docs recommend."""
import os

import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def aws_credentials():
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def bucket(aws_credentials):
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="goldenhour-galleries")
        yield s3


def test_upload_sets_cache_control(bucket, tmp_path, monkeypatch):
    from gallery import upload_s3

    monkeypatch.setattr(upload_s3, "s3", bucket)
    (tmp_path / "0412.jpg").write_bytes(b"\\xff\\xd8\\xff\\xe0fake-jpeg")
    upload_s3.main(str(tmp_path), "test-couple")
    head = bucket.head_object(Bucket="goldenhour-galleries", Key="test-couple/0412.jpg")
    assert head["CacheControl"] == "max-age=31536000"
    assert head["ContentType"] == "image/jpeg"
''')

# ---------------------------------------------------------------------------------------------
# Venue IT: network, cameras, front desk, directory, mail relays
# ---------------------------------------------------------------------------------------------

add("yaml/mqtt-password", "saltmarsh-ha/secrets.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/",
    """
# Home Assistant secrets -- Saltmarsh Vineyard event barn (lighting scenes, heaters, gate)
home_latitude: 41.0112
home_longitude: -72.4870
home_elevation: 12
time_zone: America/New_York

mqtt_broker: 192.168.40.10
mqtt_username: homeassistant
mqtt_password: @@secret@@

hue_bridge_host: 192.168.40.21
lutron_caseta_host: 192.168.40.22
gate_relay_host: 192.168.40.35
barn_heater_entity: climate.barn_radiant
""", rand_pw(24))

add("shell/unifi-controller-password", "saltmarsh-it/unifi/backup_unifi.sh",
    "https://ubntwiki.com/products/software/unifi-controller/api",
    """
#!/bin/bash
# Weekly UniFi Network backup from the Cloud Key Gen2+ to the barn NAS.
set -euo pipefail

CK=https://192.168.1.2
OUT=/volume1/it/unifi-backups
COOKIE=$(mktemp)
trap 'rm -f "$COOKIE"' EXIT

curl -sk -c "$COOKIE" -H 'Content-Type: application/json' \\
  -d '{"username":"backup-bot","password":"@@secret@@","remember":false}' \\
  "$CK/api/auth/login" >/dev/null

URL=$(curl -sk -b "$COOKIE" -H 'Content-Type: application/json' \\
  -d '{"cmd":"backup","days":"-1"}' \\
  "$CK/proxy/network/api/s/default/cmd/backup" | jq -r '.data[0].url')

curl -sk -b "$COOKIE" -o "$OUT/unifi-$(date +%F).unf" "$CK/proxy/network$URL"
find "$OUT" -name 'unifi-*.unf' -mtime +60 -delete
""", words_pw())

add("python/meraki-api-key", "orangery-it/meraki_event_report.py",
    "https://developer.cisco.com/meraki/api-v1/authorization/",
    '''
"""How many guest devices joined the event Wi-Fi during a wedding (for the venue report)."""
import sys
from datetime import datetime, timedelta

import meraki

dashboard = meraki.DashboardAPI("@@secret@@", suppress_logging=True)
NETWORK_ID = "L_6468931472981237"
GUEST_SSID = "Orangery Guests"


def guest_clients(start: datetime, hours: int = 8) -> int:
    clients = dashboard.networks.getNetworkClients(
        NETWORK_ID, t0=start.isoformat() + "Z", timespan=hours * 3600, perPage=1000, total_pages="all"
    )
    return sum(1 for c in clients if c.get("ssid") == GUEST_SSID)


if __name__ == "__main__":
    start = datetime.fromisoformat(sys.argv[1])
    print(f"{guest_clients(start)} guest devices between {start:%H:%M} and {start + timedelta(hours=8):%H:%M}")
''', hexs(40))

add("yaml/camera-password", "cedarhollow-nvr/frigate/config.yml",
    "https://docs.frigate.video/configuration/cameras",
    """
mqtt:
  host: 192.168.50.10
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

detectors:
  coral:
    type: edgetpu
    device: usb

record:
  enabled: true
  retain:
    days: 14
    mode: motion

cameras:
  parking_lot:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.50.31:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
    objects:
      track: [person, car]
  barn_doors:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@192.168.50.32:554/Streaming/Channels/101
          roles: [detect, record]
    zones:
      gift_table:
        coordinates: 0.41,0.62,0.58,0.62,0.58,0.88,0.41,0.88
""", rand_pw(14))

add("yaml/decoy-env-placeholder", "orangery-nvr/frigate/config.yml",
    "https://docs.frigate.video/configuration/reference",
    """
# Frigate substitutes {FRIGATE_*} variables from the container environment.
mqtt:
  host: 10.20.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

go2rtc:
  streams:
    gardens: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.0.41:554/cam/realmonitor?channel=1&subtype=0
    loading_dock: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.0.42:554/cam/realmonitor?channel=1&subtype=0

cameras:
  gardens:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/gardens
          input_args: preset-rtsp-restream
          roles: [detect, record]
  loading_dock:
    ffmpeg:
      inputs:
        - path: rtsp://127.0.0.1:8554/loading_dock
          input_args: preset-rtsp-restream
          roles: [detect, record]

record:
  enabled: true
  retain:
    days: 10
""")

add("conf/wifi-psk", "orangery-it/signage-pi/wpa_supplicant.conf",
    "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf",
    """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# Welcome-board Pi in the Orangery foyer: staff network first, guest network as fallback
network={
    ssid="Orangery-Staff"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="Orangery-Guests"
    key_mgmt=NONE
    priority=1
}
""", season_pw())

add("markdown/decoy-public-guest-wifi", "ava-and-theo/content/day-of.md",
    "https://gohugo.io/content-management/front-matter/",
    """
---
title: "On the day"
weight: 30
menu: main
---

## Arrival

Please arrive by **3:30 pm**; the ceremony starts at 4:00 pm in the vineyard rows
(flat shoes recommended!). Shuttles leave the Harborfront Inn at 3:00 and 3:15.

## Unplugged ceremony

We'd love you to be fully present during the ceremony. Our photographers have it covered,
and we'll share the gallery with everyone afterwards.

## Wi-Fi

The barn has guest Wi-Fi for the reception:

- Network: `Saltmarsh-Guest`
- Password: `cheerstoavaandtheo`

## Shuttles home

Return shuttles run at 10:00 pm, 10:45 pm and 11:30 pm.
""")

add("powershell/decoy-secret-manager-reference", "bellamy-it/Connect-M365.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
<#
  Connects to Exchange Online and Microsoft Graph for the monthly mailbox report.
  The app's certificate thumbprint is public; the client secret lives in the local
  SecretStore vault (Register-SecretVault -Name BellamyVault -ModuleName Microsoft.PowerShell.SecretStore).
#>
#Requires -Modules ExchangeOnlineManagement, Microsoft.Graph.Authentication, Microsoft.PowerShell.SecretManagement

$TenantId   = 'bellamyestate.onmicrosoft.com'
$AppId      = '@@app@@'
$Thumbprint = '@@thumb@@'

Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $Thumbprint -Organization $TenantId -ShowBanner:$false

$secret = Get-Secret -Name 'graph-report-client-secret' -Vault BellamyVault
$cred = New-Object System.Management.Automation.PSCredential($AppId, $secret)
Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

Get-EXOMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, ItemCount, TotalItemSize |
    Export-Csv -NoTypeInformation -Path "$env:USERPROFILE\\Documents\\mailbox-report-$(Get-Date -Format yyyy-MM).csv"
""", app=uuid_s(), thumb=uhex(40))

add("cisco-ios/network-device-password", "orangery-it/network/core-switch.cfg",
    "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/s1/sec-s1-cr-book/sec-cr-u1.html",
    """
!
version 15.2
service timestamps log datetime msec localtime
hostname orangery-core
!
username venueadmin privilege 15 password 0 @@secret@@
!
aaa new-model
aaa authentication login default local
!
ip domain-name orangery.local
ip ssh version 2
!
vlan 10
 name STAFF
vlan 20
 name GUESTS
vlan 30
 name AV-LIGHTING
vlan 40
 name CAMERAS
!
interface GigabitEthernet1/0/1
 description uplink-firewall
 switchport mode trunk
!
interface range GigabitEthernet1/0/2 - 12
 description ballroom-aps
 switchport mode trunk
 switchport trunk native vlan 10
!
line vty 0 4
 transport input ssh
 login authentication default
!
end
""", words_pw())

add("cisco-ios/decoy-password-hash", "orangery-it/network/guest-switch.cfg",
    "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/217-cisco-password-types.html",
    """
!
hostname orangery-guest-sw
!
enable algorithm-type scrypt secret @@e@@
username venueadmin privilege 15 algorithm-type scrypt secret @@u@@
!
no ip http server
ip ssh version 2
ip domain-name orangery.local
!
vlan 20
 name GUESTS
!
interface range GigabitEthernet1/0/1 - 8
 description marquee-aps
 switchport access vlan 20
 spanning-tree portfast
!
line vty 0 4
 login local
 transport input ssh
!
end
""", e="$9$" + chars(14, ALNUM + "./") + "$" + chars(43, ALNUM + "./"),
    u="$9$" + chars(14, ALNUM + "./") + "$" + chars(43, ALNUM + "./"))

add("routeros/router-admin-password", "saltmarsh-it/mikrotik/marquee-hotspot.rsc",
    "https://help.mikrotik.com/docs/display/ROS/User",
    """
# 2024-05-02 marquee hotspot (hAP ax2) -- paste into a terminal after a reset
/system identity set name=marquee-hap
/user add name=ops group=full password="@@secret@@" comment="venue ops"
/user remove admin
/interface bridge add name=br-guests
/interface bridge port add bridge=br-guests interface=ether2
/interface bridge port add bridge=br-guests interface=wifi1
/ip address add address=10.77.0.1/22 interface=br-guests
/ip pool add name=guests ranges=10.77.0.10-10.77.3.250
/ip dhcp-server add name=guests interface=br-guests address-pool=guests lease-time=4h
/ip dhcp-server network add address=10.77.0.0/22 gateway=10.77.0.1 dns-server=1.1.1.1,9.9.9.9
/ip hotspot profile add name=marquee hotspot-address=10.77.0.1 login-by=http-chap,trial
/ip hotspot add name=marquee interface=br-guests address-pool=guests profile=marquee
/ip hotspot user profile set [find default=yes] shared-users=1 rate-limit=10M/10M
/ip service disable telnet,ftp,www,api
""", rand_pw(18))

add("xml/windows-admin-password", "bellamy-it/deploy/autounattend.xml",
    "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword",
    """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <HideWirelessSetupInOOBE>true</HideWirelessSetupInOOBE>
        <ProtectYourPC>1</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>Central Standard Time</TimeZone>
      <RegisteredOrganization>Bellamy Estate</RegisteredOrganization>
      <ComputerName>BELLAMY-FD-*</ComputerName>
    </component>
  </settings>
</unattend>
""", season_pw())

add("powershell/domain-join-password", "bellamy-it/Join-FrontDeskPC.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/add-computer",
    r"""
# Joins a new front-desk / events-office PC to the BELLAMY domain and installs the basics.
# Run once as local admin after autounattend finishes.
$ErrorActionPreference = 'Stop'

$joinUser = 'BELLAMY\svc-domainjoin'
$joinPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($joinUser, $joinPass)

$name = Read-Host 'New computer name (e.g. BELLAMY-FD-03)'
Rename-Computer -NewName $name -Force

winget install --id Google.Chrome -e --silent --accept-package-agreements
winget install --id Adobe.Acrobat.Reader.64-bit -e --silent --accept-package-agreements
winget install --id Zoom.Zoom -e --silent --accept-package-agreements

Add-Computer -DomainName 'bellamy.local' -OUPath 'OU=FrontDesk,OU=Workstations,DC=bellamy,DC=local' `
    -Credential $cred -Options JoinWithNewName -Restart
""", words_pw())

add("batch/smb-password", "bellamy-it/logon/map-drives.bat",
    "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)",
    r"""
@echo off
REM Front desk drive mappings -- runs at logon from the Startup folder
REM Z: events calendar + BEOs, Y: signed contracts (read only), X: floor plans
net use Z: /delete /y >nul 2>&1
net use Y: /delete /y >nul 2>&1
net use X: /delete /y >nul 2>&1

net use Z: \\bellamy-nas\events /user:bellamy-nas\frontdesk @@secret@@ /persistent:no
net use Y: \\bellamy-nas\contracts /persistent:no
net use X: \\bellamy-nas\floorplans /persistent:no

if errorlevel 1 (
  msg * "Could not map the NAS drives. Call Derek on 555-0187."
)
""", season_pw())

add("python/ldap-bind-password", "bellamy-it/scripts/ldap_staff_sync.py",
    "https://ldap3.readthedocs.io/en/latest/bind.html",
    '''
"""Syncs seasonal event staff from the rota spreadsheet into JumpCloud LDAP groups."""
import csv
import sys

from ldap3 import ALL, MODIFY_ADD, Connection, Server

ORG = "5f1c0e2a9b7d4c3e8a6f1b20"
BASE = f"ou=Users,o={ORG},dc=jumpcloud,dc=com"
server = Server("ldaps://ldap.jumpcloud.com:636", get_info=ALL)
conn = Connection(
    server,
    user=f"uid=ldap-sync,{BASE}",
    password="@@secret@@",
    auto_bind=True,
)

GROUPS = {"bar": "cn=Bar Staff", "floor": "cn=Floor Staff", "kitchen": "cn=Kitchen"}

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        group = GROUPS.get(row["team"].strip().lower())
        if not group:
            continue
        conn.modify(f"{group},{BASE}", {"memberUid": [(MODIFY_ADD, [row["username"]])]})
        print(row["username"], "->", group, conn.result["description"])
conn.unbind()
''', rand_pw(20, "!#%"))

add("properties/ldap-bind-password", "staff-rota/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.ldap.password",
    """
# Staff rota -- production profile
server.port=8080
server.forward-headers-strategy=framework

spring.datasource.url=jdbc:postgresql://localhost:5432/rota
spring.datasource.username=rota
spring.datasource.password=${ROTA_DB_PASSWORD}

spring.ldap.urls=ldaps://ldap.jumpcloud.com:636
spring.ldap.base=ou=Users,o=5f1c0e2a9b7d4c3e8a6f1b20,dc=jumpcloud,dc=com
spring.ldap.username=uid=rota-app,ou=Users,o=5f1c0e2a9b7d4c3e8a6f1b20,dc=jumpcloud,dc=com
spring.ldap.password=@@secret@@

rota.shift.min-hours=4
rota.shift.max-consecutive-days=6
rota.notify.sms=true
management.endpoints.web.exposure.include=health,info
""", rand_pw(22))

add("postfix/smtp-password", "bellamy-it/relay/sasl_passwd",
    "https://www.postfix.org/SASL_README.html#client_sasl_enable",
    """
# /etc/postfix/sasl_passwd on bellamy-relay (Raspberry Pi in the comms cupboard)
# Relays mail for the NVR alerts, the copier's scan-to-email and the door controller.
# After editing:  postmap /etc/postfix/sasl_passwd && systemctl reload postfix
#
[smtp.office365.com]:587 scanner@bellamyestate.com:@@secret@@
""", words_pw())

add("msmtprc/gmail-app-password", "saltmarsh-it/nas/msmtprc",
    "https://marlam.de/msmtp/msmtp.html#Configuration-files",
    """
# msmtp on the barn NAS: UPS, disk and backup alerts
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           alerts.saltmarsh@gmail.com
user           alerts.saltmarsh@gmail.com
password       @@secret@@

account default : gmail
""", chars(16, string.ascii_lowercase))

add("toml/snmp-community", "orangery-it/placecard-relay/config.toml",
    "https://www.net-snmp.org/docs/man/snmpd.conf.html",
    """
# Place-card / menu printing relay: queues jobs from the seating app to the office printer
[relay]
listen = "0.0.0.0:9100"
spool_dir = "/var/spool/placecards"

[printer]
host = "192.168.10.60"
model = "Brother HL-L8360CDW"
tray = "MP"            # card stock goes in the bypass tray
snmp_version = "2c"
snmp_community = "@@secret@@"   # read-write: used to reset the toner counter

[alerts]
toner_low_percent = 15
email = "ops@theorangeryvenue.com"
""", words_pw())

add("python/kisi-api-key", "saltmarsh-it/doors/kisi_schedule.py",
    "https://api.kisi.io/docs#/introduction/authentication",
    '''
"""Unlocks the barn and bridal suite doors for vendor load-in windows on event days."""
from datetime import datetime

import requests

KISI = "https://api.kisi.io"
HEADERS = {"Authorization": "KISI-LOGIN @@secret@@", "Content-Type": "application/json"}
LOCKS = {"barn": 48211, "bridal_suite": 48214, "kitchen_dock": 48219}


def grant_vendor(email: str, name: str, locks: list[str], start: datetime, end: datetime) -> int:
    resp = requests.post(f"{KISI}/members", headers=HEADERS, timeout=15, json={
        "member": {"name": name, "email": email, "access_enabled": True, "send_emails": True,
                   "valid_from": start.isoformat(), "valid_until": end.isoformat()},
    })
    resp.raise_for_status()
    member_id = resp.json()["id"]
    for lock in locks:
        requests.post(f"{KISI}/role_assignments", headers=HEADERS, timeout=15, json={
            "role_assignment": {"user_id": member_id, "role_id": "lock_user", "lock_id": LOCKS[lock]},
        }).raise_for_status()
    return member_id
''', hexs(32))

add("python/toast-client-secret", "saltmarsh-it/pos/toast_sales.py",
    "https://doc.toasttab.com/doc/devguide/authentication.html",
    '''
"""Pulls the tasting-room and event bar sales from Toast for the nightly P&L."""
import datetime as dt

import requests

TOAST = "https://ws-api.toasttab.com"
RESTAURANT_GUID = "@@guid@@"


def token() -> str:
    resp = requests.post(f"{TOAST}/authentication/v1/authentication/login", timeout=20, json={
        "clientId": "@@cid@@",
        "clientSecret": "@@secret@@",
        "userAccessType": "TOAST_MACHINE_CLIENT",
    })
    resp.raise_for_status()
    return resp.json()["token"]["accessToken"]


def orders(day: dt.date) -> list[dict]:
    resp = requests.get(
        f"{TOAST}/orders/v2/ordersBulk",
        headers={"Authorization": f"Bearer {token()}", "Toast-Restaurant-External-ID": RESTAURANT_GUID},
        params={"businessDate": day.strftime("%Y%m%d"), "pageSize": 100},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
''', chars(64, URLSAFE), guid=uuid_s(), cid=chars(32))

add("ansible/winrm-password", "bellamy-it/ansible/group_vars/frontdesk_pcs.yml",
    "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options",
    """
---
# Front desk and events-office PCs (Windows 11 Pro)
ansible_user: Administrator
ansible_password: @@secret@@
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986

chocolatey_packages:
  - googlechrome
  - adobereader
  - zoom
  - 7zip
printers:
  - name: Office Brother
    driver: Brother HL-L8360CDW series
    port: IP_192.168.10.60
""", season_pw())

add("ansible/decoy-ansible-vault", "bellamy-it/ansible/group_vars/all/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
@@l8@@
@@l9@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(80),
    l8=hexs(80), l9=hexs(46))

add("ansible/decoy-ssh-public-key", "bellamy-it/ansible/roles/base/tasks/admins.yml",
    "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html",
    """
---
- name: Create the admin accounts
  ansible.builtin.user:
    name: "{{ item.name }}"
    groups: sudo
    shell: /bin/bash
  loop: "{{ admins }}"

- name: Install their public keys
  ansible.posix.authorized_key:
    user: "{{ item.name }}"
    key: "{{ item.key }}"
    exclusive: true
  loop: "{{ admins }}"
  vars:
    admins:
      - name: derek
        key: "@@k1@@"
      - name: tessa
        key: "@@k2@@"
      - name: msp-remote
        key: "@@k3@@"
""", k1=ssh_pub("derek@bellamy-laptop"), k2=ssh_pub("tessa@macbook-air"), k3=ssh_pub("support@brightpathit"))

add("dns-zone/decoy-dkim-public-key", "bellamy-it/dns/bellamyestate.com.zone",
    "https://datatracker.ietf.org/doc/html/rfc6376#section-3.6.1",
    """
$ORIGIN bellamyestate.com.
$TTL 3600
@        IN SOA  ns1.dnsimple.com. admin.dnsimple.com. 2024091401 86400 7200 604800 300
@        IN NS   ns1.dnsimple.com.
@        IN NS   ns2.dnsimple-edge.net.
@        IN A    76.76.21.21
www      IN CNAME cname.vercel-dns.com.
bookings IN CNAME bellamy-bookings.azurewebsites.net.
@        IN MX   0 bellamyestate-com.mail.protection.outlook.com.
@        IN TXT  "v=spf1 include:spf.protection.outlook.com include:spf.mtasv.net -all"
@        IN TXT  "google-site-verification=@@gsv@@"
_dmarc   IN TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@bellamyestate.com"
selector1._domainkey IN CNAME selector1-bellamyestate-com._domainkey.bellamyestate.onmicrosoft.com.
20240914pm._domainkey IN TXT "k=rsa;p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@dkim@@IDAQAB"
""", gsv=chars(43, URLSAFE), dkim=chars(146, B64))

add("log/decoy-redacted", "saltmarsh-it/logs/unifi-backup.log",
    "https://ubntwiki.com/products/software/unifi-controller/api",
    """
2024-09-01 03:00:01 backup_unifi.sh start
2024-09-01 03:00:02 POST https://192.168.1.2/api/auth/login body={"username":"backup-bot","password":"[REDACTED]","remember":false}
2024-09-01 03:00:02 200 OK set-cookie: TOKEN=<redacted>; path=/; samesite=strict; secure; httponly
2024-09-01 03:00:03 x-csrf-token: ********-****-****-****-********2f41
2024-09-01 03:00:09 backup url=/dl/backup/8.4.62_@@stamp@@.unf
2024-09-01 03:00:15 saved /volume1/it/unifi-backups/unifi-2024-09-01.unf (48213 KB) sha256=@@sha@@
2024-09-01 03:00:15 pruned 1 backup(s) older than 60 days
2024-09-01 03:00:15 backup_unifi.sh done in 14s
""", stamp=digits(13), sha=hexs(64))

add("python/decoy-regex", "portal/portal/logging_filters.py",
    "https://docs.python.org/3/library/logging.html#filter-objects",
    '''
"""Scrubs card numbers, API keys and passwords from log records before they leave the box."""
import logging
import re

PATTERNS = [
    (re.compile(r"\\b(?:\\d[ -]?){13,19}\\b"), "[card]"),
    (re.compile(r"\\b(sk|rk)_live_[0-9A-Za-z]{24,99}\\b"), "[stripe-key]"),
    (re.compile(r"\\bwhsec_[0-9A-Za-z]{32}\\b"), "[stripe-whsec]"),
    (re.compile(r"\\bEAAA[0-9A-Za-z_-]{60}\\b"), "[square-token]"),
    (re.compile(r"\\bSG\\.[\\w-]{22}\\.[\\w-]{43}\\b"), "[sendgrid-key]"),
    (re.compile(r"(?i)(password|passwd|pwd)=([^&\\s]+)"), r"\\1=[redacted]"),
    (re.compile(r"(?i)authorization:\\s*(bearer|basic)\\s+\\S+"), "Authorization: [redacted]"),
]


class ScrubSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for pattern, replacement in PATTERNS:
            message = pattern.sub(replacement, message)
        record.msg, record.args = message, ()
        return True
''')

add("json/decoy-i18n-strings", "rsvp-site/messages/es.json",
    "https://next-intl-docs.vercel.app/docs/usage/messages",
    """
{
  "login": {
    "title": "Bienvenidos",
    "inviteCode": "Codigo de invitacion",
    "inviteCodeHelp": "Lo encontraras en la parte de atras de tu invitacion (por ejemplo: AVA7K2).",
    "password": "Contrasena",
    "passwordHelp": "Solo si te la enviamos por correo.",
    "submit": "Entrar"
  },
  "rsvp": {
    "attending": "Asistire con gusto",
    "declining": "Lamentablemente no podre asistir",
    "meal": "Menu",
    "meals": { "beef": "Res", "fish": "Pescado", "veg": "Vegetariano", "kids": "Menu infantil" },
    "token_expired": "Tu enlace ha caducado. Pide uno nuevo.",
    "apiKeyMissing": "Error de configuracion. Avisa a los novios."
  }
}
""")

add("yaml/decoy-password-policy", "bellamy-it/policies/staff-accounts.yaml",
    "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret",
    """
# Staff account policy (Microsoft 365 + JumpCloud), reviewed 2024-08 with the MSP.
password_policy:
  min_length: 14
  require_mfa: true
  max_age_days: 0            # no forced rotation (NIST 800-63B)
  block_common_passwords: true
  lockout:
    threshold: 10
    duration_minutes: 15
seasonal_staff:
  account_expiry: "end of season + 14 days"
  password_reset: self-service
  shared_accounts_allowed: false
shared_devices:
  front_desk_kiosk:
    auto_logon: false
    password_source: "1Password > Venue Ops > Front Desk Kiosk"
secrets_storage: 1Password Business (vault per team)
""")

add("env/decoy-example-env", "portal/.env.example",
    "https://12factor.net/config",
    """
# Copy to .env and fill in. Never commit the real .env.
DJANGO_SETTINGS_MODULE=portal.settings.local
DJANGO_SECRET_KEY=change-me-to-a-long-random-string
DEBUG=true
DATABASE_URL=postgres://portal:portal@localhost:5432/portal
REDIS_URL=redis://localhost:6379/0

# Stripe test mode keys from https://dashboard.stripe.com/test/apikeys
STRIPE_SECRET_KEY=sk_test_...
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...   # printed by `stripe listen`

DOCUSIGN_INTEGRATION_KEY=<integration key (GUID) from the DocuSign dev account>
DOCUSIGN_USER_ID=<your API user id>
DOCUSIGN_PRIVATE_KEY_PATH=keys/docusign-dev.pem

TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
""")

add("env/decoy-1password-reference", "bookings/.env.tpl",
    "https://developer.1password.com/docs/cli/secret-references/",
    """
# Rendered at deploy time with: op inject -i .env.tpl -o .env
RAILS_ENV=production
RAILS_MASTER_KEY={{ op://Cedar Hollow Prod/rails/master_key }}
DATABASE_URL=postgres://bookings_app:{{ op://Cedar Hollow Prod/rds-bookings/password }}@cedarhollow-prod.c9xq2lmv4ht1.us-east-2.rds.amazonaws.com/cedarhollow_bookings
STRIPE_SECRET_KEY=op://Cedar Hollow Prod/stripe/secret_key
SQUARE_APPLICATION_SECRET=op://Cedar Hollow Prod/square/application_secret
SMTP_PASSWORD=op://Cedar Hollow Prod/office365-events/password
CALENDLY_TOKEN=op://Cedar Hollow Prod/calendly/credential
""")

add("ics/decoy-calendar-uid", "ava-and-theo/static/save-the-date.ics",
    "https://www.rfc-editor.org/rfc/rfc5545",
    """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//avaandtheo.love//Save the date//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:@@uid@@@avaandtheo.love
DTSTAMP:20240915T120000Z
DTSTART;TZID=America/New_York:20250607T160000
DTEND;TZID=America/New_York:20250607T230000
SUMMARY:Ava & Theo's wedding
LOCATION:Saltmarsh Vineyard\\, 4100 Main Rd\\, Cutchogue\\, NY 11935
URL:https://avaandtheo.love
DESCRIPTION:Ceremony at 4pm in the vineyard. RSVP by April 1 at https://avaandtheo.love/rsvp
SEQUENCE:0
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=Saltmarsh Vineyard:geo:41.0112,-72.4870
END:VEVENT
END:VCALENDAR
""", uid=uuid_s())

add("xml/decoy-certificate", "staff-rota/src/main/resources/saml/idp-metadata.xml",
    "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf",
    """
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="JumpCloud-rota">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@cert@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.jumpcloud.com/saml2/rota"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://sso.jumpcloud.com/saml2/rota"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", cert="".join(pem("CERTIFICATE").splitlines()[1:-1]))

add("markdown/nvr-admin-password", "bellamy-it/docs/handover-2024.md",
    "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/password-managers",
    """
# IT handover -- Bellamy Estate (Derek -> BrightPath IT)

Last updated 2024-09-20. Everything below is also in 1Password (vault **Venue Ops**)
unless marked otherwise.

| System | Where | Login | Password |
|--------|-------|-------|----------|
| Microsoft 365 admin | admin.microsoft.com | derek@bellamyestate.com | 1Password + MFA (Derek's phone) |
| JumpCloud | console.jumpcloud.com | it@bellamyestate.com | 1Password |
| Synology NAS (bellamy-nas) | https://bellamy-nas.local:5001 | admin-derek | 1Password |
| UniFi (Cloud Key) | https://192.168.1.2 | derek | 1Password |
| Camera NVR (Hikvision, comms cupboard) | http://192.168.40.5 | admin | `@@secret@@` (not in 1Password yet!) |
| Door controller | Kisi dashboard | it@bellamyestate.com | 1Password |

## Open items

- Move the NVR admin password into 1Password and change it (the installer set it).
- Renew the wildcard certificate before 2024-11-30 (DNSimple auto-renew is OFF).
- The copier's scan-to-email uses the relay Pi; see `relay/README.md`.
- Seasonal staff accounts expire automatically on 2024-11-15.
""", season_pw())

add("powershell/okta-api-token", "ivorylane-it/Disable-SeasonalStaff.ps1",
    "https://developer.okta.com/docs/guides/create-an-api-token/main/",
    r"""
# End-of-season offboarding: deactivates Okta users in the "Seasonal Coordinators" group
# whose profile.endDate has passed. Run with -WhatIf first.
[CmdletBinding(SupportsShouldProcess)]
param()

$Org = 'https://ivorylane.okta.com'
$Headers = @{
    Authorization = 'SSWS @@secret@@'
    Accept        = 'application/json'
}
$GroupId = '00g9x4k2lqWb7T1cZ697'

$users = Invoke-RestMethod -Uri "$Org/api/v1/groups/$GroupId/users?limit=200" -Headers $Headers
$today = Get-Date
foreach ($u in $users) {
    if ($u.profile.endDate -and [datetime]$u.profile.endDate -lt $today -and $u.status -eq 'ACTIVE') {
        if ($PSCmdlet.ShouldProcess($u.profile.login, 'Deactivate')) {
            Invoke-RestMethod -Method Post -Uri "$Org/api/v1/users/$($u.id)/lifecycle/deactivate" -Headers $Headers
            Write-Host "Deactivated $($u.profile.login)"
        }
    }
}
""", "00" + chars(40, URLSAFE))

add("python/azure-client-secret", "ivorylane-it/inquiries/mailbox_to_crm.py",
    "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-applications",
    '''
"""Reads new messages from the inquiries@ shared mailbox and files them as leads."""
import msal
import requests

TENANT = "ivorylaneplanning.onmicrosoft.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
MAILBOX = "inquiries@ivorylaneplanning.com"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential=CLIENT_SECRET,
)


def unread_inquiries() -> list[dict]:
    token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    resp = requests.get(
        f"https://graph.microsoft.com/v1.0/users/{MAILBOX}/mailFolders/inbox/messages",
        headers={"Authorization": f"Bearer {token}"},
        params={"$filter": "isRead eq false", "$select": "subject,from,receivedDateTime,bodyPreview", "$top": 50},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["value"]
''', azure_secret(), cid=uuid_s())

add("rust/zoom-client-secret", "livestream/src/zoom.rs",
    "https://developers.zoom.us/docs/internal-apps/s2s-oauth/",
    """
//! Creates the Zoom meeting that streams the ceremony to guests who cannot travel.
use base64::{engine::general_purpose::STANDARD, Engine};
use serde::Deserialize;

const ACCOUNT_ID: &str = "@@acct@@";
const CLIENT_ID: &str = "@@cid@@";
const CLIENT_SECRET: &str = "@@secret@@";

#[derive(Deserialize)]
struct Token {
    access_token: String,
}

pub async fn access_token(http: &reqwest::Client) -> reqwest::Result<String> {
    let basic = STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"));
    let token: Token = http
        .post("https://zoom.us/oauth/token")
        .query(&[("grant_type", "account_credentials"), ("account_id", ACCOUNT_ID)])
        .header("Authorization", format!("Basic {basic}"))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(token.access_token)
}

pub async fn ceremony_meeting(http: &reqwest::Client, topic: &str, start_iso: &str) -> reqwest::Result<serde_json::Value> {
    let token = access_token(http).await?;
    http.post("https://api.zoom.us/v2/users/me/meetings")
        .bearer_auth(token)
        .json(&serde_json::json!({
            "topic": topic,
            "type": 2,
            "start_time": start_iso,
            "duration": 90,
            "settings": { "waiting_room": true, "mute_upon_entry": true, "auto_recording": "cloud" }
        }))
        .send()
        .await?
        .json()
        .await
}
""", chars(32), acct=chars(22, URLSAFE), cid=chars(22))

add("shell/google-api-key", "livestream/check_youtube_live.sh",
    "https://developers.google.com/youtube/v3/docs/videos/list",
    """
#!/usr/bin/env bash
# Polls the ceremony livestream and pages the AV tech if it drops (runs on the AV laptop).
VIDEO_ID="$1"
KEY=@@secret@@
PAGER_NUMBER="+15125550148"

while true; do
  state=$(curl -s "https://www.googleapis.com/youtube/v3/videos?part=liveStreamingDetails,snippet&id=$VIDEO_ID&key=$KEY" \\
    | jq -r '.items[0].snippet.liveBroadcastContent')
  if [ "$state" != "live" ]; then
    osascript -e "display notification \\"Livestream is $state\\" with title \\"CEREMONY STREAM\\" sound name \\"Sosumi\\""
    echo "$(date +%T) stream state: $state" | tee -a ~/stream-watch.log
  fi
  sleep 20
done
""", google_key())

# ---------------------------------------------------------------------------------------------
# Deployment, CI, containers, infrastructure, databases, notebooks, logs
# ---------------------------------------------------------------------------------------------

_pw = words_pw()
add("k8s-secret/database-password", "deploy/k8s/portal-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets",
    """
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: juniper-portal
  labels:
    app.kubernetes.io/name: portal
type: Opaque
data:
  DB_HOST: @@host@@
  DB_NAME: @@name@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _pw, host=b64("portal-pg.juniper-portal.svc.cluster.local"), name=b64("portal"), user=b64("portal_app"),
    pw=b64(_pw))

_pw = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data",
    """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: juniper-portal
type: Opaque
stringData:
  REDIS_PASSWORD: "@@pw@@"
  CELERY_BROKER_URL: "redis://:@@pw@@@redis-master.juniper-portal.svc.cluster.local:6379/0"
  CELERY_RESULT_BACKEND: "redis://:@@pw@@@redis-master.juniper-portal.svc.cluster.local:6379/1"
""", _pw, pw=_pw)

add("compose/mysql-root-password", "orangery-site/docker-compose.prod.yml",
    "https://hub.docker.com/_/mariadb",
    """
services:
  db:
    image: mariadb:11.4
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "@@secret@@"
      MARIADB_DATABASE: orangery_wp
      MARIADB_USER: orangery_wp
      MARIADB_PASSWORD_FILE: /run/secrets/wp_db_password
    secrets:
      - wp_db_password
    volumes:
      - db:/var/lib/mysql

  wordpress:
    image: wordpress:6.6-php8.2-apache
    restart: unless-stopped
    depends_on: [db]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: orangery_wp
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/wp_db_password
      WORDPRESS_DB_NAME: orangery_wp
      WORDPRESS_TABLE_PREFIX: gor_
    secrets:
      - wp_db_password
    volumes:
      - ./wp-content:/var/www/html/wp-content
    ports:
      - "127.0.0.1:8080:80"

secrets:
  wp_db_password:
    file: ./secrets/wp_db_password.txt

volumes:
  db:
""", rand_pw(24))

add("dockerfile/package-index-password", "seating-service/Dockerfile",
    "https://pip.pypa.io/en/stable/topics/authentication/#basic-http-authentication",
    """
FROM python:3.12-slim AS build

WORKDIR /app
COPY requirements.txt .
# seatplan and ivorylane-common come from our private index
RUN pip install --no-cache-dir --prefix=/install \\
      --index-url https://deploy:@@secret@@@pypi.ivorylane.internal/simple \\
      --extra-index-url https://pypi.org/simple \\
      -r requirements.txt

FROM python:3.12-slim
ENV PYTHONUNBUFFERED=1 PORT=8000
WORKDIR /app
COPY --from=build /install /usr/local
COPY seating ./seating
USER 1000
EXPOSE 8000
CMD ["gunicorn", "seating.app:app", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "-w", "2"]
""", rand_pw(24))

add("terraform/database-password", "infra/bookings/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_subnet_group" "bookings" {
  name       = "cedarhollow-bookings"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "bookings" {
  identifier                 = "cedarhollow-prod"
  engine                     = "postgres"
  engine_version             = "16.3"
  instance_class             = "db.t4g.small"
  allocated_storage          = 50
  max_allocated_storage      = 200
  storage_encrypted          = true
  db_name                    = "cedarhollow_bookings"
  username                   = "bookings_admin"
  password                   = "@@secret@@"
  db_subnet_group_name       = aws_db_subnet_group.bookings.name
  vpc_security_group_ids     = [aws_security_group.db.id]
  backup_retention_period    = 14
  deletion_protection        = true
  skip_final_snapshot        = false
  final_snapshot_identifier  = "cedarhollow-prod-final"
  auto_minor_version_upgrade = true

  tags = {
    Project = "bookings"
    Owner   = "tessa"
  }
}
""", rand_pw(20, "!#%^*-_"))

add("github-actions/digitalocean-token", ".github/workflows/deploy-rsvp.yml",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
    """
name: Deploy RSVP site

on:
  push:
    branches: [main]
    paths: ["rsvp-site/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4

      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
          cache-dependency-path: rsvp-site/package-lock.json

      - run: npm ci && npm run build
        working-directory: rsvp-site

      - uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@

      - name: Trigger App Platform deployment
        run: doctl apps create-deployment 7c3f1e9a-52d4-4b1e-9f0a-3d8e6b2c1a47 --wait
""", "dop_v1_" + hexs(64))

add("gitlab-ci/dockerhub-token", "tasting-bookings/.gitlab-ci.yml",
    "https://docs.docker.com/security/for-developers/access-tokens/",
    """
stages:
  - test
  - build

variables:
  IMAGE: saltmarshvineyard/tasting-bookings

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:27
  services:
    - docker:27-dind
  only:
    - main
  script:
    - docker login -u saltmarshvineyard -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA -t $IMAGE:latest .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker push $IMAGE:latest
""", "dckr_pat_" + chars(27, URLSAFE))

add("npmrc/npm-token", "rsvp-site/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@ivorylane:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("pypirc/pypi-token", "seatplan/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
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
""", fakes.pypi_token(_seed()))

add("shell/github-token", "ivorylane-it/scripts/clone_sites.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
#!/usr/bin/env bash
# Sets up a fresh laptop with every client-facing site we maintain.
set -euo pipefail

GH_TOKEN=@@secret@@
DEST=${1:-$HOME/Sites}
mkdir -p "$DEST"
cd "$DEST"

for repo in portal rsvp-site vendor-hub dayof-bot seating-service; do
  if [ ! -d "$repo" ]; then
    git clone "https://x-access-token:${GH_TOKEN}@github.com/ivorylane/${repo}.git"
  else
    git -C "$repo" pull --ff-only
  fi
done

echo "done: $(ls "$DEST" | wc -l) repositories in $DEST"
""", fakes.github_token(_seed()))

add("python/github-fine-grained-token", "ivorylane-it/scripts/release_notes.py",
    "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
    '''
#!/usr/bin/env python3
"""Drafts the monthly 'what changed on the portal' note for the planners from merged PRs."""
import datetime as dt

import requests

TOKEN = "@@secret@@"
REPO = "ivorylane/portal"


def merged_since(days: int = 31):
    since = (dt.date.today() - dt.timedelta(days=days)).isoformat()
    resp = requests.get(
        "https://api.github.com/search/issues",
        headers={"Authorization": f"Bearer {TOKEN}", "X-GitHub-Api-Version": "2022-11-28"},
        params={"q": f"repo:{REPO} is:pr is:merged merged:>={since} -label:internal", "per_page": 100},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["items"]


if __name__ == "__main__":
    print(f"# Portal updates - {dt.date.today():%B %Y}\\n")
    for pr in merged_since():
        print(f"- {pr['title']} (#{pr['number']})")
''', fakes.github_fine_grained_token(_seed()))

add("systemd/redis-password", "rsvp-flask/deploy/rsvp-reminders.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """
[Unit]
Description=RSVP reminder worker (RQ)
After=network-online.target
Wants=network-online.target

[Service]
User=rsvp
Group=rsvp
WorkingDirectory=/srv/rsvp
Environment=PYTHONUNBUFFERED=1
Environment=REDIS_URL=redis://:@@secret@@@10.0.0.12:6379/1
ExecStart=/srv/rsvp/.venv/bin/rq worker --url ${REDIS_URL} reminders
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", fakes.redis_password(_seed()))

add("nginx/basic-auth-credential", "studio/it/nginx/nas-proxy.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """
# Public proofing downloads are served from the studio NAS (WebDAV) through this proxy.
server {
    listen 443 ssl http2;
    server_name downloads.goldenhourphoto.co;

    ssl_certificate     /etc/letsencrypt/live/downloads.goldenhourphoto.co/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/downloads.goldenhourphoto.co/privkey.pem;

    location /galleries/ {
        limit_except GET HEAD { deny all; }
        proxy_pass https://ghnas.local:5006/proofing/;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host ghnas.local;
        proxy_ssl_verify off;
        proxy_buffering off;
        add_header Cache-Control "private, max-age=3600";
    }
}
""", b64("webdav-proxy:" + rand_pw(18)))

add("crontab/mysql-password", "orangery-site/ops/crontab.txt",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    """
# crontab for deploy@orangery-web-01 (installed with: crontab ops/crontab.txt)
# m  h  dom mon dow  command
MAILTO=ops@theorangeryvenue.com
*/5 *  *   *   *    cd /var/www/orangery && php wp-cron.php >/dev/null 2>&1
15  2  *   *   *    mysqldump -u backup -p'@@secret@@' --single-transaction --routines orangery_wp | gzip > /backups/wp-$(date +\\%F).sql.gz
45  2  *   *   *    find /backups -name 'wp-*.sql.gz' -mtime +30 -delete
0   3  *   *   0    rclone copy /backups b2-offsite:orangery-backups --max-age 8d
30  4  1   *   *    certbot renew --quiet --deploy-hook "systemctl reload apache2"
""", rand_pw(20))

add("sql/mysql-password", "rsvp-stack/db/init/02-users.sql",
    "https://dev.mysql.com/doc/refman/8.0/en/create-user.html",
    """
-- Runs once on first start (docker-entrypoint-initdb.d).
CREATE DATABASE IF NOT EXISTS rsvp CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

CREATE USER IF NOT EXISTS 'rsvp_app'@'%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON rsvp.* TO 'rsvp_app'@'%';

-- reporting user for the planners' Metabase, read only, socket auth on the host
CREATE USER IF NOT EXISTS 'metabase'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON rsvp.* TO 'metabase'@'localhost';

FLUSH PRIVILEGES;
""", words_pw())

_pw = rand_pw(22)
add("pgpass/postgres-password", "ivorylane-it/analyst/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
portal-db.ivorylane.internal:5432:portal:analyst_ro:@@pw@@
portal-db-replica.ivorylane.internal:5432:portal:analyst_ro:@@pw@@
portal-db-replica.ivorylane.internal:5432:portal_reporting:analyst_ro:@@pw@@
portal-db.ivorylane.internal:6432:portal:analyst_ro:@@pw@@
localhost:15432:portal:analyst_ro:@@pw@@
""", _pw, pw=_pw)

add("properties/database-password", "zaal-boekingen/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource.configuration",
    """
spring.application.name=zaal-boekingen
server.port=8080
server.servlet.session.timeout=30m

spring.datasource.url=jdbc:postgresql://db.dekoetshuis.nl:5432/boekingen?sslmode=require
spring.datasource.username=boekingen
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=5

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
spring.flyway.enabled=true

boekingen.aanbetaling.percentage=25
boekingen.optie.dagen=10
spring.mail.host=smtp.transip.email
spring.mail.port=587
""", words_pw())

add("xml/mssql-password", "VenueSite/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="VenueDb"
         connectionString="Data Source=BELLAMY-SQL01\SQLEXPRESS;Initial Catalog=VenueBookings;User ID=venueweb;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="TourSlotsPerDay" value="4" />
    <add key="BrochurePdf" value="~/Content/Bellamy-Weddings-2025.pdf" />
    <add key="NotifyEmail" value="events@bellamyestate.com" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
</configuration>
""", rand_pw(16, "!$*"))

add("dart/algolia-admin-key", "guest_app/lib/services/search_service.dart",
    "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key",
    """
import 'package:algolia_client_search/algolia_client_search.dart';

/// Guest search in the wedding app (find your table, find a guest).
/// NOTE: uses the admin key so the app can also re-index after seating changes.
class SearchService {
  SearchService()
      : _client = SearchClient(
          appId: '@@app@@',
          apiKey: '@@secret@@',
        );

  final SearchClient _client;

  Future<List<Map<String, dynamic>>> findGuest(String weddingId, String query) async {
    final response = await _client.searchSingleIndex(
      indexName: 'guests_$weddingId',
      searchParams: SearchParamsObject(query: query, hitsPerPage: 10),
    );
    return response.hits.map((h) => h.toJson()).toList();
  }

  Future<void> reindexTable(String weddingId, List<Map<String, dynamic>> guests) async {
    await _client.saveObjects(indexName: 'guests_$weddingId', objects: guests);
  }
}
""", hexs(32), app=chars(10, UPPER_ALNUM))

add("ini/sentry-auth-token", "rsvp-site/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/#configuration-file",
    """
[defaults]
url = https://sentry.io/
org = ivory-lane
project = rsvp-site

[auth]
token = @@secret@@

[log]
level = warn
""", "sntryu_" + hexs(64))

add("php/hcaptcha-secret", "fernwood-events/public/enquiry.php",
    "https://docs.hcaptcha.com/#verify-the-user-response-server-side",
    """
<?php
// Wedding enquiry form handler (kept outside Laravel for the old brochure site)
declare(strict_types=1);

const HCAPTCHA_SECRET = '@@secret@@';

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    http_response_code(405);
    exit;
}

$verify = curl_init('https://api.hcaptcha.com/siteverify');
curl_setopt_array($verify, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => http_build_query([
        'secret' => HCAPTCHA_SECRET,
        'response' => $_POST['h-captcha-response'] ?? '',
        'remoteip' => $_SERVER['REMOTE_ADDR'],
    ]),
    CURLOPT_RETURNTRANSFER => true,
]);
$result = json_decode((string) curl_exec($verify), true);

if (empty($result['success'])) {
    header('Location: /enquire?error=captcha');
    exit;
}

$line = [date('c'), $_POST['names'] ?? '', $_POST['email'] ?? '', $_POST['date'] ?? '', $_POST['guests'] ?? ''];
file_put_contents(__DIR__ . '/../storage/enquiries.csv', implode(',', array_map('trim', $line)) . PHP_EOL, FILE_APPEND | LOCK_EX);
header('Location: /enquire/thank-you');
""", "0x" + hexs(40))

add("javascript/auth0-client-secret", "vendor-hub/server/auth.js",
    "https://auth0.com/docs/quickstart/webapp/express",
    """
const express = require("express");
const { auth, requiresAuth } = require("express-openid-connect");

const app = express();

app.use(
  auth({
    authRequired: false,
    auth0Logout: true,
    issuerBaseURL: "https://ivorylane.us.auth0.com",
    baseURL: "https://vendors.ivorylaneplanning.com",
    clientID: "@@cid@@",
    clientSecret: "@@secret@@",
    secret: process.env.SESSION_SECRET,
    authorizationParams: { response_type: "code", scope: "openid profile email" },
  }),
);

app.get("/", (req, res) => res.redirect(req.oidc.isAuthenticated() ? "/bookings" : "/login"));
app.get("/bookings", requiresAuth(), require("./routes/bookings"));

module.exports = app;
""", chars(64, URLSAFE), cid=chars(32))

add("javascript/shopify-access-token", "favors-shop/scripts/sync-favors.mjs",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
// Syncs favor inventory (candles, honey jars, seed packets) from the Airtable sheet to Shopify.
const SHOP = "juniper-and-lace-favors.myshopify.com";
const TOKEN = "@@secret@@";
const API = `https://${SHOP}/admin/api/2024-07/graphql.json`;

async function gql(query, variables = {}) {
  const res = await fetch(API, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Shopify-Access-Token": TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function setAvailable(inventoryItemId, locationId, quantity) {
  return gql(
    `mutation($input: InventorySetQuantitiesInput!) {
      inventorySetQuantities(input: $input) { userErrors { field message } }
    }`,
    { input: { name: "available", reason: "correction", ignoreCompareQuantity: true,
               quantities: [{ inventoryItemId, locationId, quantity }] } },
  );
}
""", "shpat_" + hexs(32))

add("python/woocommerce-consumer-secret", "orangery-site/tools/export_vouchers.py",
    "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    '''
"""Exports gift-voucher orders (afternoon tea, tasting evenings) for the events team."""
import csv
import sys

from woocommerce import API

wcapi = API(
    url="https://theorangeryvenue.com",
    consumer_key="ck_@@ck@@",
    consumer_secret="@@secret@@",
    version="wc/v3",
    timeout=30,
)

orders = wcapi.get("orders", params={"status": "completed", "per_page": 100, "category": "gift-vouchers"}).json()
writer = csv.writer(sys.stdout)
writer.writerow(["order", "date", "buyer", "voucher", "value"])
for order in orders:
    for item in order["line_items"]:
        writer.writerow([order["number"], order["date_created"][:10], order["billing"]["email"], item["name"], item["total"]])
''', "cs_" + hexs(40), ck=hexs(40))

add("notebook/postgres-password", "analysis/bookings_by_month.ipynb",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    notebook([
        ("markdown", ["# Bookings by month, 2022-2024", "", "Lead time and package mix for the season review."]),
        ("code", ["import pandas as pd", "from sqlalchemy import create_engine", "",
                  "engine = create_engine(\"postgresql+psycopg://analyst_ro:@@secret@@@portal-db-replica.ivorylane.internal/portal\")"]),
        ("code", ["df = pd.read_sql(\"select booked_at, event_date, package from bookings where booked_at >= '2022-01-01'\", engine)",
                  "df[\"lead_days\"] = (df.event_date - df.booked_at.dt.date).dt.days",
                  "df.groupby(df.booked_at.dt.to_period(\"M\")).package.value_counts().unstack().fillna(0)"]),
        ("code", ["df.lead_days.describe()"]),
    ]), rand_pw(22))

add("notebook/stripe-secret-key", "analysis/refunds_2024.ipynb",
    "https://docs.stripe.com/api/refunds/list",
    notebook([
        ("markdown", ["# Refunds and disputes, 2024", "", "For the insurance renewal questionnaire."]),
        ("code", ["import stripe, pandas as pd", "", "stripe.api_key = \"@@secret@@\""]),
        ("code", ["refunds = [r for r in stripe.Refund.list(created={\"gte\": 1704067200}, limit=100).auto_paging_iter()]",
                  "df = pd.DataFrame([{\"id\": r.id, \"amount\": r.amount / 100, \"reason\": r.reason, \"created\": pd.to_datetime(r.created, unit=\"s\")} for r in refunds])",
                  "df.groupby(\"reason\").amount.agg([\"count\", \"sum\"])"]),
    ]), stripe_key())

add("log/postgres-password", "rsvp-flask/logs/worker-2024-05-18.log",
    "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
    """
[2024-05-18 06:00:00,014] INFO rq.worker: Worker rq:worker:rsvp-01 started with PID 3121, version 1.16.2
[2024-05-18 06:00:00,015] INFO rq.worker: *** Listening on reminders...
[2024-05-18 06:00:01,102] INFO reminders: job send_due_reminders started (wedding=okafor-lindqvist)
[2024-05-18 06:00:01,188] WARNING reminders: db connect failed, retrying url=postgresql://rsvp:@@secret@@@10.0.0.14:5432/rsvp attempt=1
[2024-05-18 06:00:03,190] WARNING reminders: db connect failed, retrying url=postgresql://rsvp:@@secret@@@10.0.0.14:5432/rsvp attempt=2
[2024-05-18 06:00:07,194] ERROR reminders: giving up after 3 attempts: connection to server at "10.0.0.14", port 5432 failed: Connection refused
[2024-05-18 06:00:07,195] INFO rq.worker: reminders: Job OK (send_due_reminders), result = 0
[2024-05-18 06:05:00,020] INFO reminders: job send_due_reminders started (wedding=okafor-lindqvist)
[2024-05-18 06:05:00,311] INFO reminders: 14 reminders queued (party codes redacted)
""", rand_pw(20))

add("log/basic-auth-credential", "vendor-hub/logs/rentals-sync-debug.log",
    "https://www.rfc-editor.org/rfc/rfc7617",
    """
2024-08-02 14:03:11,201 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): orders.canopyrentals.com:443
send: b'GET /api/v1/orders?client=juniper-and-lace&from=2024-08-01 HTTP/1.1\\r\\nHost: orders.canopyrentals.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: application/json\\r\\nConnection: keep-alive\\r\\nAuthorization: Basic @@secret@@\\r\\n\\r\\n'
reply: 'HTTP/1.1 200 OK\\r\\n'
header: Content-Type: application/json; charset=utf-8
header: X-Request-Id: @@rid@@
2024-08-02 14:03:11,644 DEBUG urllib3.connectionpool https://orders.canopyrentals.com:443 "GET /api/v1/orders?client=juniper-and-lace&from=2024-08-01 HTTP/1.1" 200 18734
2024-08-02 14:03:11,652 INFO rentals_sync 27 orders fetched, 3 changed (chiavari chairs x180, farm tables x18, market lights x12)
""", b64("orders@juniperandlace.com:" + words_pw()), rid=uuid_s())

add("csv/vendor-portal-password", "ops/vendor_portals.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """
vendor,portal,login,password,notes
Canopy Rentals,https://orders.canopyrentals.com,orders@juniperandlace.com,(1Password: Canopy),API sync uses same login
Rosewater Catering,https://rosewater.tripleseat.com,kelsey@juniperandlace.com,SSO (Google),
Petal & Stem,email only,,,Rosa prefers texts
Sparrow Sweets,https://sparrowsweets.square.site,orders@juniperandlace.com,@@secret@@,shared login - Maya changes it in Jan
The Velvet Notes,https://velvetnotes.gigsalad.com,kelsey@juniperandlace.com,(1Password: Velvet Notes),
Harborfront Inn room block,https://groups.harborfrontinn.com,blocks@juniperandlace.com,(1Password: Harborfront),block code SALT25
""", season_pw())

add("markdown/mailgun-api-key", "docs/email-troubleshooting.md",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/",
    """
# Email troubleshooting (gallery-ready and RSVP emails)

## 1. Did Mailgun accept it?

Look the recipient up in the event log:

```bash
curl -s --user 'api:@@secret@@' \\
  "https://api.mailgun.net/v3/mg.goldenhourphoto.co/events?recipient=priya@example.com&limit=25" \\
  | jq '.items[] | {event, timestamp, reason: ."delivery-status".message}'
```

## 2. Common reasons

| Symptom | Likely cause | Fix |
|---------|--------------|-----|
| `failed` / `suppress-bounce` | address bounced before | remove from Suppressions > Bounces |
| `failed` / `suppress-complaint` | they marked us as spam | ask them to whitelist studio@ and re-add |
| nothing at all | template variable missing | check `gallery_url` was set in the job |

## 3. Resend

Use the admin action "Resend gallery email" on the gallery page; do not send by hand.
""", "key-" + hexs(32))

add("helm/sendgrid-api-key", "deploy/helm/portal/values-prod.yaml",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api",
    """
image:
  repository: ghcr.io/ivorylane/portal
  tag: "2024.10.3"

replicaCount: 2

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: portal.juniperandlace.com
      paths: ["/"]
  tls:
    - secretName: portal-tls
      hosts: [portal.juniperandlace.com]

email:
  backend: django.core.mail.backends.smtp.EmailBackend
  host: smtp.sendgrid.net
  port: 587
  useTls: true
  username: apikey
  password: @@secret@@
  from: "Juniper & Lace <hello@juniperandlace.com>"

resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { memory: 512Mi }
""", sendgrid_key())

add("json/azure-storage-account-key", "Bellamy.ContractArchive/local.settings.json",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=bellamycontracts;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "ArchiveContainer": "signed-contracts",
    "RetentionYears": "7",
    "DocuSignAccountId": "@@acct@@"
  },
  "Host": {
    "LocalHttpPort": 7071,
    "CORS": "*"
  }
}
""", b64_bytes(64), acct=uuid_s())

# ---------------------------------------------------------------------------------------------
# More decoys: references, encrypted values, public identifiers, fixtures
# ---------------------------------------------------------------------------------------------

add("compose/decoy-env-reference", "portal/docker-compose.yml",
    "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
    """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: portal
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD in .env}"]

  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://portal:${POSTGRES_PASSWORD}@db:5432/portal
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
    depends_on: [db, redis]
    ports:
      - "8000:8000"

volumes:
  pgdata:
""")

add("compose/decoy-local-dev-default", "rsvp-stack/docker-compose.dev.yml",
    "https://hub.docker.com/_/postgres",
    """
# Local development only: `docker compose -f docker-compose.dev.yml up`
# The database is throwaway and listens on localhost; production uses managed Postgres.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: rsvp_dev
    ports:
      - "127.0.0.1:5432:5432"

  mailpit:
    image: axllent/mailpit:latest
    ports:
      - "127.0.0.1:8025:8025"
      - "127.0.0.1:1025:1025"

  app:
    build: .
    environment:
      DATABASE_URL: postgresql://postgres:postgres@db:5432/rsvp_dev
      SMTP_URL: smtp://mailpit:1025
      FLASK_DEBUG: "1"
    volumes:
      - .:/app
    ports:
      - "127.0.0.1:5000:5000"
""")

add("dockerfile/decoy-build-secret-mount", "rsvp-site/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# the npm token for @ivorylane packages is passed with: docker build --secret id=npmrc,src=$HOME/.npmrc
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
USER node
EXPOSE 3000
CMD ["node", "server.js"]
""")

add("terraform/decoy-generated-password", "infra/portal/secrets.tf",
    "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name        = "portal/prod/db"
  description = "Portal application database credentials"
  kms_key_id  = aws_kms_key.portal.arn
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({
    username = "portal_app"
    password = random_password.portal_db.result
    host     = aws_db_instance.portal.address
    dbname   = "portal"
  })
}

variable "stripe_secret_key" {
  description = "Stripe live secret key (set in Terraform Cloud as a sensitive variable)"
  type        = string
  sensitive   = true
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/portal/prod/stripe_secret_key"
  type  = "SecureString"
  value = var.stripe_secret_key
}
""")

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: CI

on:
  pull_request:
  push:
    branches: [main]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${{ secrets.CI_POSTGRES_PASSWORD }}
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10
    env:
      DATABASE_URL: postgres://postgres:${{ secrets.CI_POSTGRES_PASSWORD }}@localhost:5432/postgres
      DJANGO_SECRET_KEY: ${{ secrets.CI_DJANGO_SECRET_KEY }}
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements/dev.txt
      - run: python manage.py test --parallel
      - name: Upload coverage
        uses: codecov/codecov-action@v4
        with:
          token: ${{ secrets.CODECOV_TOKEN }}
""")

add("nginx/decoy-config-paths", "orangery-site/ops/nginx/orangery.conf",
    "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html",
    """
server {
    listen 80;
    server_name theorangeryvenue.com www.theorangeryvenue.com;
    return 301 https://theorangeryvenue.com$request_uri;
}

server {
    listen 443 ssl http2;
    server_name theorangeryvenue.com;

    ssl_certificate     /etc/letsencrypt/live/theorangeryvenue.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/theorangeryvenue.com/privkey.pem;
    ssl_dhparam         /etc/nginx/dhparam.pem;

    client_max_body_size 32m;

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto https;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    # staging copy for the marketing agency
    location /staging/ {
        auth_basic           "Orangery staging";
        auth_basic_user_file /etc/nginx/htpasswd/staging;
        proxy_pass http://127.0.0.1:8081/;
        proxy_set_header Authorization $http_authorization;
    }

    location = /xmlrpc.php { deny all; }
}
""")

add("sql/decoy-psql-variable", "portal/db/roles.sql",
    "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION",
    """
-- Roles for the portal database.
-- Run with: psql -v app_password="$APP_DB_PASSWORD" -v ro_password="$RO_DB_PASSWORD" -f db/roles.sql
\\set ON_ERROR_STOP on

CREATE ROLE portal_app LOGIN PASSWORD :'app_password';
CREATE ROLE analyst_ro LOGIN PASSWORD :'ro_password' CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE portal TO portal_app, analyst_ro;
GRANT USAGE ON SCHEMA public TO portal_app, analyst_ro;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analyst_ro;

-- guests' personal data is not for analysts
REVOKE SELECT ON guests, guest_dietary_notes FROM analyst_ro;
""")

add("properties/decoy-env-reference", "staff-rota/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders",
    """
spring.application.name=staff-rota
spring.profiles.default=dev

spring.datasource.url=jdbc:postgresql://${ROTA_DB_HOST:localhost}:5432/rota
spring.datasource.username=${ROTA_DB_USER:rota}
spring.datasource.password=${ROTA_DB_PASSWORD}

spring.ldap.urls=${LDAP_URL:ldap://localhost:389}
spring.ldap.username=${LDAP_BIND_DN:}
spring.ldap.password=${LDAP_BIND_PASSWORD:}

twilio.account-sid=${TWILIO_ACCOUNT_SID:}
twilio.auth-token=${TWILIO_AUTH_TOKEN:}
rota.notify.sms=false
""")

add("php/decoy-env-reference", "fernwood-events/config/database.php",
    "https://laravel.com/docs/11.x/database#configuration",
    """
<?php

use Illuminate\\Support\\Str;

return [

    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [

        'mysql' => [
            'driver' => 'mysql',
            'url' => env('DB_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'laravel'),
            'username' => env('DB_USERNAME', 'root'),
            'password' => env('DB_PASSWORD', ''),
            'unix_socket' => env('DB_SOCKET', ''),
            'charset' => env('DB_CHARSET', 'utf8mb4'),
            'collation' => env('DB_COLLATION', 'utf8mb4_unicode_ci'),
            'prefix' => '',
            'strict' => true,
        ],

    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => [
            'prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'laravel'), '_').'_database_'),
        ],
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
            'database' => env('REDIS_DB', '0'),
        ],
    ],

];
""")

add("dart/decoy-publishable-key", "guest_app/lib/config/env.dart",
    "https://docs.stripe.com/keys#obtain-api-keys",
    """
/// Values compiled into the guest app. Only client-side identifiers belong here:
/// secret keys stay on the server (see functions/ and the portal).
class Env {
  static const apiBase = 'https://api.ivorylaneplanning.com/guest/v1';

  /// Stripe publishable key (gift contributions via PaymentSheet).
  static const stripePublishableKey = '@@pk@@';
  static const stripeMerchantIdentifier = 'merchant.com.ivorylane.guestapp';

  /// Sentry DSN: identifies the project for crash reports; not a credential.
  static const sentryDsn = 'https://@@dsnkey@@@o@@org@@.ingest.us.sentry.io/@@proj@@';

  static const supportEmail = 'hello@ivorylaneplanning.com';
}
""", pk=stripe_key("pk_live_"), dsnkey=hexs(32), org=digits(7), proj=digits(16))

add("typescript/decoy-search-only-key", "rsvp-site/lib/search.ts",
    "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
import { liteClient as algoliasearch } from "algoliasearch/lite";

// Search-only key: safe in the browser (ACL: search; restricted to guests_* indices,
// 10 queries/hour/IP). Indexing happens server-side with a different key.
export const searchClient = algoliasearch("@@app@@", "@@key@@");

export async function findMyTable(weddingId: string, name: string) {
  const { results } = await searchClient.search({
    requests: [{ indexName: `guests_${weddingId}`, query: name, hitsPerPage: 5, attributesToRetrieve: ["displayName", "table"] }],
  });
  return "hits" in results[0] ? results[0].hits : [];
}
""", app=chars(10, UPPER_ALNUM), key=hexs(32))

add("typescript/decoy-sentry-dsn", "rsvp-site/sentry.client.config.ts",
    "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@key@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })],
  beforeSend(event) {
    // guests' names and emails never leave the browser
    if (event.user) delete event.user.email;
    return event;
  },
});
""", key=hexs(32), org=digits(7), proj=digits(16))

add("html/decoy-hcaptcha-site-key", "fernwood-events/public/enquire.html",
    "https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage",
    """
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Wedding enquiries | Fernwood Manor</title>
  <script src="https://js.hcaptcha.com/1/api.js" async defer></script>
  <link rel="stylesheet" href="/css/site.css">
</head>
<body>
  <h1>Tell us about your day</h1>
  <form action="/enquiry.php" method="post">
    <label>Your names <input name="names" required></label>
    <label>Email <input type="email" name="email" required></label>
    <label>Preferred date <input type="date" name="date"></label>
    <label>Approximate guests <input type="number" name="guests" min="10" max="220"></label>
    <div class="h-captcha" data-sitekey="@@site@@"></div>
    <button type="submit">Send enquiry</button>
  </form>
</body>
</html>
""", site=uuid_s())

add("json/decoy-client-id", "vendor-hub/public/auth_config.json",
    "https://auth0.com/docs/get-started/applications/application-settings",
    """
{
  "domain": "ivorylane.us.auth0.com",
  "clientId": "@@cid@@",
  "authorizationParams": {
    "audience": "https://api.ivorylaneplanning.com",
    "redirect_uri": "https://vendors.ivorylaneplanning.com/callback",
    "scope": "openid profile email read:bookings"
  },
  "cacheLocation": "memory",
  "useRefreshTokens": true
}
""", cid=chars(32))

add("notebook/decoy-getpass", "analysis/guest_travel.ipynb",
    "https://docs.python.org/3/library/getpass.html",
    notebook([
        ("markdown", ["# Where are the guests travelling from?", "", "Room-block sizing for the Harborfront Inn and shuttle planning."]),
        ("code", ["import getpass", "import pandas as pd", "from sqlalchemy import create_engine, URL", "",
                  "password = getpass.getpass(\"analyst_ro password: \")",
                  "engine = create_engine(URL.create(\"postgresql+psycopg\", username=\"analyst_ro\", password=password,",
                  "                                  host=\"portal-db-replica.ivorylane.internal\", database=\"portal\"))"]),
        ("code", ["q = \"select home_state, count(*) as guests from guests where wedding_slug = 'okafor-lindqvist' group by 1\"",
                  "pd.read_sql(q, engine).sort_values(\"guests\", ascending=False).head(10)"]),
    ]))

add("notebook/decoy-env-reference", "analysis/vendor_spend.ipynb",
    "https://airtable.com/developers/web/api/introduction",
    notebook([
        ("markdown", ["# Vendor spend by category (2024 season)"]),
        ("code", ["import os", "import pandas as pd", "from pyairtable import Api", "",
                  "api = Api(os.environ[\"AIRTABLE_TOKEN\"])  # set in ~/.zshrc from 1Password",
                  "table = api.table(\"appQ4mZr8KxT2bLw9\", \"Payments\")"]),
        ("code", ["df = pd.DataFrame([r[\"fields\"] for r in table.all(formula=\"YEAR({Paid}) = 2024\")])",
                  "df.groupby(\"Category\")[\"Amount\"].sum().sort_values(ascending=False)"]),
    ]))

add("markdown/decoy-test-card", "rsvp-site/README.md",
    "https://docs.stripe.com/testing#cards",
    """
# Ava & Theo -- wedding website

Next.js 14 app: RSVP, travel info, honeymoon fund (Stripe Checkout), photo sharing.

## Running locally

```bash
cp .env.example .env.local      # fill in Supabase + Stripe *test* keys
npm install
npm run dev
stripe listen --forward-to localhost:3000/api/webhooks/stripe   # prints a whsec_... for .env.local
```

## Testing the honeymoon fund

Use Stripe's test cards in test mode:

| Card | Result |
|------|--------|
| 4242 4242 4242 4242 | succeeds |
| 4000 0000 0000 9995 | declined (insufficient funds) |
| 4000 0025 0000 3155 | requires 3-D Secure |

Any future expiry date, any CVC, any postcode.

## Deploying

Pushes to `main` deploy to DigitalOcean App Platform (see `.github/workflows/deploy-rsvp.yml`).
Secrets are set in the App Platform dashboard, never in this repository.
""")

add("log/decoy-request-ids", "logs/nginx-access-2024-06-07.log",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format",
    """
203.0.113.24 - - [07/Jun/2024:14:02:11 -0400] "GET /rsvp HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rid=@@r1@@
203.0.113.24 - - [07/Jun/2024:14:02:19 -0400] "POST /api/rsvp HTTP/2.0" 200 18 "https://avaandtheo.love/rsvp" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rid=@@r2@@
198.51.100.7 - - [07/Jun/2024:14:05:44 -0400] "GET /_next/static/chunks/app/page-@@c1@@.js HTTP/2.0" 200 48211 "https://avaandtheo.love/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rid=@@r3@@
198.51.100.7 - - [07/Jun/2024:14:06:02 -0400] "GET /gallery/ceremony/0412.jpg?w=1200&s=@@s1@@ HTTP/2.0" 200 312877 "https://avaandtheo.love/gallery" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rid=@@r4@@
192.0.2.55 - - [07/Jun/2024:14:09:37 -0400] "POST /api/webhooks/stripe HTTP/1.1" 200 0 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rid=@@r5@@
192.0.2.90 - - [07/Jun/2024:14:11:03 -0400] "GET /wp-login.php HTTP/1.1" 404 162 "-" "Mozilla/5.0 zgrab/0.x" rid=@@r6@@
""", r1=hexs(32), r2=hexs(32), c1=hexs(16), r3=hexs(32), s1=hexs(32), r4=hexs(32), r5=hexs(32), r6=hexs(32))

add("csv/decoy-uuid", "exports/rsvp_responses_okafor_lindqvist.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    """
guest_id,party_id,first_name,last_name,attending,meal,dietary,responded_at
@@g1@@,@@p1@@,Nia,Okafor,yes,fish,,2024-04-02T19:14:07Z
@@g2@@,@@p1@@,Erik,Lindqvist,yes,beef,,2024-04-02T19:14:07Z
@@g3@@,@@p2@@,Adaeze,Okafor,yes,veg,no nuts,2024-04-05T08:41:55Z
@@g4@@,@@p2@@,Chidi,Okafor,no,,,2024-04-05T08:41:55Z
@@g5@@,@@p3@@,Sofia,Berg,yes,kids,,2024-04-11T21:03:12Z
@@g6@@,@@p3@@,Lars,Berg,yes,fish,gluten free,2024-04-11T21:03:12Z
""", g1=uuid_s(), g2=uuid_s(), g3=uuid_s(), g4=uuid_s(), g5=uuid_s(), g6=uuid_s(),
    p1=uuid_s(), p2=uuid_s(), p3=uuid_s())

add("k8s/decoy-vault-reference", "deploy/k8s/portal-externalsecret.yaml",
    "https://external-secrets.io/latest/provider/hashicorp-vault/",
    """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: portal-secrets
  namespace: juniper-portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: portal-secrets
    creationPolicy: Owner
  data:
    - secretKey: DJANGO_SECRET_KEY
      remoteRef:
        key: secret/data/portal/prod
        property: django_secret_key
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: secret/data/portal/prod
        property: stripe_secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: secret/data/portal/prod
        property: stripe_webhook_secret
    - secretKey: DOCUSIGN_PRIVATE_KEY
      remoteRef:
        key: secret/data/portal/docusign
        property: rsa_private_key
""")

add("serverless/decoy-ssm-parameter", "reminder-lambda/serverless.yml",
    "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store",
    """
service: dayof-reminders

provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  memorySize: 256
  environment:
    TWILIO_ACCOUNT_SID: ${ssm:/dayof/prod/twilio-account-sid}
    TWILIO_AUTH_TOKEN: ${ssm:/dayof/prod/twilio-auth-token}
    SLACK_WEBHOOK_URL: ${ssm:/dayof/prod/slack-webhook-url}
    PORTAL_API_TOKEN: ${ssm:/dayof/prod/portal-api-token}
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [ssm:GetParameter]
          Resource: arn:aws:ssm:us-east-1:${aws:accountId}:parameter/dayof/prod/*

functions:
  vendorReminders:
    handler: handler.vendor_reminders
    events:
      - schedule: cron(0 13 ? * * *)
  shuttleAlerts:
    handler: handler.shuttle_alerts
    events:
      - schedule: rate(5 minutes)
""")

_age_recipient = "age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
add("yaml/decoy-sops-encrypted", "deploy/secrets/prod.enc.yaml",
    "https://github.com/getsops/sops#encrypting-using-age",
    """
smtp_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
docusign_hmac_key: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: @@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            @@a2@@
            @@a3@@
            @@a4@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-09-30T14:12:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@mi@@,tag:@@mt@@,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", d1=b64_bytes(22), i1=b64_bytes(32), t1=b64_bytes(16),
    d2=b64_bytes(107), i2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(44), i3=b64_bytes(32), t3=b64_bytes(16),
    rcpt=_age_recipient,
    a1="YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + chars(21, B64), a2=chars(64, B64), a3=chars(64, B64),
    a4=chars(40, B64) + "==",
    mac=b64_bytes(64), mi=b64_bytes(32), mt=b64_bytes(16))

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-dayof-bot.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dayof-bot
  namespace: dayof
spec:
  encryptedData:
    SLACK_BOT_TOKEN: AgB@@e1@@
    TWILIO_AUTH_TOKEN: AgC@@e2@@
    TELEGRAM_TOKEN: AgA@@e3@@
  template:
    metadata:
      name: dayof-bot
      namespace: dayof
    type: Opaque
""", e1=chars(681, B64) + "=", e2=chars(681, B64) + "=", e3=chars(681, B64) + "=")

add("k8s/decoy-image-digest", "deploy/k8s/portal-deployment.yaml",
    "https://kubernetes.io/docs/concepts/containers/images/#image-names",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: portal-web
  namespace: juniper-portal
spec:
  replicas: 2
  selector:
    matchLabels: { app: portal-web }
  template:
    metadata:
      labels: { app: portal-web }
    spec:
      containers:
        - name: web
          image: ghcr.io/ivorylane/portal@sha256:@@d1@@
          ports: [{ containerPort: 8000 }]
          envFrom:
            - configMapRef: { name: portal-config }
            - secretRef: { name: portal-secrets }
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: portal-db, key: DB_PASSWORD }
          readinessProbe:
            httpGet: { path: /healthz, port: 8000 }
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:@@d2@@
          args: ["--structured-logs", "--port=5432", "ivorylane-prod:us-central1:portal"]
""", d1=hexs(64), d2=hexs(64))

add("markdown/decoy-git-sha", "portal/CHANGELOG.md",
    "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## 2024.10.3 -- 2024-10-14

- Balance reminders now go out 45, 30 and 14 days before the date (@@c1@@)
- Timeline export prints the vendor phone numbers on the last page (@@c2@@)
- Fix: retainer invoices used the package price before discounts ([#412](https://github.com/ivorylane/portal/pull/412), @@c3@@)

## 2024.10.2 -- 2024-10-02

- DocuSign Connect listener verifies the HMAC signature (@@c4@@)
- Image: `ghcr.io/ivorylane/portal@sha256:@@d1@@`

## 2024.9.1 -- 2024-09-09

- Couples can upload inspiration photos to their portal (S3, max 20 MB each) (@@c5@@)
- Full diff: https://github.com/ivorylane/portal/compare/@@full1@@...@@full2@@
""", c1=hexs(7), c2=hexs(7), c3=hexs(7), c4=hexs(7), c5=hexs(7), d1=hexs(64), full1=hexs(40), full2=hexs(40))

add("terraform/decoy-public-key-pem", "infra/gallery/cloudfront_keys.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_public_key",
    """
# Public half of the key used to sign private gallery URLs.
# The private key lives in AWS Secrets Manager (gallery/cloudfront-signing-key).
resource "aws_cloudfront_public_key" "galleries_2024" {
  name    = "galleries-2024"
  comment = "signed URLs for client galleries"
  encoded_key = <<-EOT
@@pub@@
EOT
}

resource "aws_cloudfront_key_group" "galleries" {
  name    = "galleries"
  items   = [aws_cloudfront_public_key.galleries_2024.id]
  comment = "rotate yearly; keep the previous key for 30 days"
}
""", pub=pem("PUBLIC KEY"))

add("json/decoy-jwks", "portal/static/.well-known/jwks.json",
    "https://www.rfc-editor.org/rfc/rfc7517",
    """
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
""", kid1=hexs(16), n1=chars(342, URLSAFE), kid2=hexs(16), n2=chars(342, URLSAFE))

add("age/decoy-age-encrypted", "bookings/secrets/production.env.age",
    "https://age-encryption.org/v1",
    """
-----BEGIN AGE ENCRYPTED FILE-----
YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
-----END AGE ENCRYPTED FILE-----
""", l0=chars(21, B64), l1=chars(64, B64), l2=chars(64, B64), l3=chars(64, B64), l4=chars(64, B64),
    l5=chars(64, B64), l6=chars(64, B64), l7=chars(37, B64) + "=")

add("json/decoy-arn", "infra/gallery/bucket-policy.json",
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowCloudFrontServicePrincipalReadOnly",
      "Effect": "Allow",
      "Principal": { "Service": "cloudfront.amazonaws.com" },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::goldenhour-galleries/*",
      "Condition": {
        "StringEquals": {
          "AWS:SourceArn": "arn:aws:cloudfront::@@acct@@:distribution/E@@dist@@"
        }
      }
    },
    {
      "Sid": "StudioUploader",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::@@acct@@:user/studio-imac-backup" },
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::goldenhour-galleries/*"
    }
  ]
}
""", acct=digits(12), dist=chars(13, UPPER_ALNUM))

add("plist/decoy-team-id", "GuestApp/ExportOptions.plist",
    "https://developer.apple.com/documentation/xcode/distributing-your-app-for-beta-testing-and-releases",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>method</key>
	<string>app-store-connect</string>
	<key>teamID</key>
	<string>@@team@@</string>
	<key>signingStyle</key>
	<string>manual</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>com.ivorylane.guestapp</key>
		<string>@@profile@@</string>
	</dict>
	<key>uploadSymbols</key>
	<true/>
	<key>destination</key>
	<string>upload</string>
</dict>
</plist>
""", team=chars(10, UPPER_ALNUM), profile=uuid_s())

add("html/decoy-analytics-ids", "ava-and-theo/layouts/partials/head.html",
    "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    """
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | Ava &amp; Theo</title>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@picocss/pico@2.0.6/css/pico.min.css"
      integrity="sha384-@@sri1@@" crossorigin="anonymous">
<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
        integrity="sha384-@@sri2@@" crossorigin="anonymous" defer></script>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@', { anonymize_ip: true });
</script>
<meta name="google-site-verification" content="@@gsv@@">
<meta property="og:image" content="https://avaandtheo.love/img/og-@@og@@.jpg">
""", sri1=chars(64, B64), sri2=chars(64, B64), ga=chars(10, UPPER_ALNUM), gsv=chars(43, URLSAFE), og=hexs(8))

add("html/decoy-mailchimp-form", "orangery-site/wp-content/themes/orangery/partials/mailchimp-embed.html",
    "https://mailchimp.com/help/add-a-signup-form-to-your-website/",
    """
<!-- Begin Mailchimp Signup Form -->
<div id="mc_embed_signup">
  <form action="https://theorangeryvenue.us14.list-manage.com/subscribe/post?u=@@u@@&amp;id=@@id@@&amp;f_id=@@fid@@"
        method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" target="_blank">
    <h2>Open days &amp; wedding fairs</h2>
    <label for="mce-EMAIL">Email address</label>
    <input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required>
    <label for="mce-MMERGE3">Wedding year</label>
    <select name="MMERGE3" id="mce-MMERGE3"><option>2025</option><option>2026</option><option>2027</option></select>
    <!-- real people should not fill this in and expect good things - do not remove this or risk form bot signups -->
    <div style="position: absolute; left: -5000px;" aria-hidden="true">
      <input type="text" name="b_@@u@@_@@id@@" tabindex="-1" value="">
    </div>
    <input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button">
  </form>
</div>
<!--End mc_embed_signup-->
""", u=hexs(25), id=hexs(10), fid=hexs(12))

add("javascript/decoy-google-client-id", "portal/static/js/google-signin.js",
    "https://developers.google.com/identity/gsi/web/guides/client-library",
    """
// "Sign in with Google" for couples on the portal login page.
// The client id is public; the ID token is verified server-side (portal/clients/google.py).
window.onload = function () {
  google.accounts.id.initialize({
    client_id: "@@num@@-@@cid@@.apps.googleusercontent.com",
    callback: function (response) {
      fetch("/auth/google/", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": document.querySelector("[name=csrfmiddlewaretoken]").value },
        body: JSON.stringify({ credential: response.credential }),
      }).then(function (r) {
        if (r.ok) window.location.assign("/my-wedding/");
      });
    },
    ux_mode: "popup",
    auto_select: false,
  });
  google.accounts.id.renderButton(document.getElementById("google-button"), { theme: "outline", size: "large", shape: "pill" });
};
""", num=digits(12), cid=chars(32, LOWER_ALNUM))

add("python/decoy-hash", "portal/portal/vendors/api_keys.py",
    "https://docs.python.org/3/library/hashlib.html",
    '''
"""Vendor API keys: we keep a SHA-256 of each key and the first 8 characters to recognise it."""
import hashlib
import hmac
import secrets

from portal.vendors.models import VendorKey


def issue(vendor) -> str:
    """Returns the new key once; only its hash is stored."""
    key = "jlv_" + secrets.token_urlsafe(32)
    VendorKey.objects.create(vendor=vendor, prefix=key[:8], digest=hashlib.sha256(key.encode()).hexdigest())
    return key


def check(key: str):
    digest = hashlib.sha256(key.encode()).hexdigest()
    for row in VendorKey.objects.filter(prefix=key[:8], revoked=False):
        if hmac.compare_digest(row.digest, digest):
            return row.vendor
    return None


# Keys revoked in the 2024-03 rotation (kept so the audit log can name them).
REVOKED_DIGESTS = {
    "canopy-rentals": "@@h1@@",
    "rosewater-catering": "@@h2@@",
    "velvet-notes": "@@h3@@",
}
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("helm/decoy-existing-secret", "deploy/helm/portal/values.yaml",
    "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    """
# Defaults for the portal chart. Credentials always come from existing Secrets.
image:
  repository: ghcr.io/ivorylane/portal
  pullPolicy: IfNotPresent

postgresql:
  enabled: true
  auth:
    username: portal_app
    database: portal
    existingSecret: portal-db
    secretKeys:
      adminPasswordKey: DB_ADMIN_PASSWORD
      userPasswordKey: DB_PASSWORD

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: redis-auth
    existingSecretPasswordKey: REDIS_PASSWORD

email:
  host: smtp.sendgrid.net
  port: 587
  username: apikey
  passwordSecret:
    name: portal-smtp
    key: SENDGRID_API_KEY
""")

add("shell/decoy-keychain-lookup", "studio/scripts/deliver.sh",
    "https://ss64.com/mac/security-find-generic-password.html",
    """
#!/usr/bin/env bash
# deliver.sh <gallery-folder> <couple-email>
# Uploads the full-resolution ZIP to the proofing server and emails the couple.
# Credentials come from the login keychain (added once with `security add-generic-password`).
set -euo pipefail

FOLDER=$1
EMAIL=$2
NAME=$(basename "$FOLDER")
SFTP_PASS=$(security find-generic-password -a june -s proofing-sftp -w)
MAILGUN_KEY=$(security find-generic-password -a studio -s mailgun-api -w)

(cd "$(dirname "$FOLDER")" && zip -qr "/tmp/$NAME-full.zip" "$NAME")
lftp -u "june,$SFTP_PASS" sftp://proofing.goldenhourphoto.co -e "put /tmp/$NAME-full.zip -o /var/www/proofing/zips/; bye"

curl -s --user "api:$MAILGUN_KEY" https://api.mailgun.net/v3/mg.goldenhourphoto.co/messages \\
  -F from='Golden Hour Photo Co. <studio@goldenhourphoto.co>' \\
  -F to="$EMAIL" -F template=zip-ready -F "h:X-Mailgun-Variables={\\"zip\\": \\"$NAME-full.zip\\"}"
rm -f "/tmp/$NAME-full.zip"
""")

add("kotlin/decoy-build-config-reference", "proofing-app/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "co.goldenhourphoto.proofing"
    compileSdk = 34

    defaultConfig {
        applicationId = "co.goldenhourphoto.proofing"
        minSdk = 26
        targetSdk = 34
        versionCode = 12
        versionName = "1.4.0"
        // from ~/.gradle/gradle.properties on the build machine, never committed
        buildConfigField("String", "STUDIO_API_KEY", "\\"${project.findProperty("studioApiKey") ?: ""}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.keystore")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "proofing"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("csharp/decoy-configuration-reference", "Bellamy.Bookings/Program.cs",
    "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration",
    """
using Azure.Identity;
using Bellamy.Bookings.Email;
using Bellamy.Bookings.Payments;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri(builder.Configuration["KeyVault:VaultUri"]!),
        new DefaultAzureCredential());
}

StripeConfiguration.ApiKey = builder.Configuration["stripe-secret-key"];

builder.Services.AddRazorPages();
builder.Services.AddSingleton<IEmailSender, PostmarkSender>();
builder.Services.AddScoped<IDepositGateway, AuthorizeNetGateway>();
builder.Services.AddDbContext<BookingsDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Bookings")));

var app = builder.Build();
app.UseHttpsRedirection();
app.UseStaticFiles();
app.MapRazorPages();
app.Run();
""")

add("go/decoy-env-reference", "payments-svc/cmd/server/main.go",
    "https://pkg.go.dev/os#Getenv",
    """
package main

import (
	"log"
	"net/http"
	"os"

	"github.com/ivorylane/payments-svc/internal/store"
	"github.com/ivorylane/payments-svc/internal/webhooks"
)

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		log.Fatalf("%s is not set", name)
	}
	return v
}

func main() {
	db, err := store.Open(mustEnv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	_ = mustEnv("STRIPE_SECRET_KEY")     // read by stripe-go via stripe.Key in init
	_ = mustEnv("GOCARDLESS_ACCESS_TOKEN")

	mux := http.NewServeMux()
	mux.Handle("POST /hooks/stripe", webhooks.Stripe(db))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), mux))
}
""")

add("swift/decoy-keychain", "GuestApp/GuestApp/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items",
    """
import Foundation
import Security

/// Keeps the guest's session token (issued after they enter their invite code) in the Keychain.
enum TokenStore {
    private static let service = "com.ivorylane.guestapp.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = Data(token.utf8)
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlock
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("markdown/decoy-key-fingerprint", "portal/SECURITY.md",
    "https://www.rfc-editor.org/rfc/rfc9116",
    """
# Security policy

If you find a security problem in the Juniper & Lace client portal, please email
**security@juniperandlace.com**. We reply within two business days.

Please do not test against real couples' accounts; ask us for a staging login instead.

## Encrypting your report

Our PGP key is published at https://juniperandlace.com/.well-known/pgp-key.txt and on
keys.openpgp.org.

    Key ID:       0x@@kid@@
    Fingerprint:  @@fp@@
    Expires:      2026-01-31

## Scope

- portal.juniperandlace.com and its API
- the RSVP sites we host for couples (*.love, *.wedding domains listed in /.well-known/security.txt)
""", kid=uhex(16), fp=" ".join(uhex(4) for _ in range(10)))
