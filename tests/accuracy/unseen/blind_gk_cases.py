"""Blind set GK: language schools.

Course enrolment and student portals (Moodle, Canvas, Django, Laravel, WordPress), placement tests,
video classrooms (Zoom, BigBlueButton, Jitsi, Agora, Daily, LiveKit), visa, homestay and e-signature
paperwork, translation APIs (DeepL, Google, Azure, Lokalise, Crowdin), payments and fees, messaging,
and the small IT of a school (Wi-Fi, NAS, printers, VPN, backups), with their decoys.
Generated fakes only (seeds 2330000-2339999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 2330000, 2339999
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
UPPER_NUM = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


WORDS = ["Lingua", "Verbo", "Kanji", "Tango", "Paella", "Fjord", "Matcha", "Baguette", "Siesta", "Bonsai",
         "Gelato", "Origami", "Pretzel", "Samba", "Tundra", "Mistral", "Sirocco", "Azulejo", "Hanami", "Koala"]
LOWER = ["grammar", "syntax", "accent", "idiom", "vowel", "lexicon", "dialect", "phrase", "umlaut", "tilde",
         "cedilla", "kana", "hangul", "pinyin", "cognate", "diphthong"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def pem(kind: str = "PRIVATE KEY", lines: int = 25) -> str:
    r = _rng()
    heads = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
             "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
             "EC PRIVATE KEY": "MHcCAQEEI",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"}
    body = heads[kind] + "".join(r.choice(B64) for _ in range(64 * lines - len(heads[kind]) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def jwt(header: dict, payload: dict) -> str:
    r = _rng()
    sig = "".join(r.choice(URLSAFE) for _ in range(43))
    return (b64url(json.dumps(header, separators=(",", ":")).encode()) + "."
            + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + sig)


# -- vendor shapes -------------------------------------------------------------------------------

def stripe_key(kind: str = "sk_live_", n: int = 99) -> str:
    return kind + "51" + draw(n)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + draw(16)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_NUM) + "/B" + draw(10, UPPER_NUM) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + draw(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


def teams_webhook() -> str:
    return (f"https://lingua-school.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, URLSAFE))


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, URLSAFE + ".~")


def azure_storage_key() -> str:
    return draw(86, B64) + "=="


def deepl_key(free: bool = True) -> str:
    return uuid_s() + (":fx" if free else "")


def zoom_secret() -> str:
    return draw(32)


def zoom_id() -> str:
    return draw(22, URLSAFE)


def canvas_token() -> str:
    return f"{_rng().randint(1, 20)}~" + draw(64)


def wg_key() -> str:
    return base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()


def tailscale_key() -> str:
    return "tskey-auth-k" + draw(11) + "CNTRL-" + draw(33)


def firebase_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def meta_token() -> str:
    return "EAAG" + draw(180)


def hf_token() -> str:
    return "hf_" + draw(34)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def gitlab_token() -> str:
    return "glpat-" + draw(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + draw(36)


def jira_token() -> str:
    return "ATATT3xFfGF0" + draw(171, URLSAFE) + "=" + hexs(8).upper()


def airtable_pat() -> str:
    return "pat" + draw(14) + "." + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def recaptcha_key() -> str:
    return "6L" + draw(38, URLSAFE)


def paypal_client(lead: str = "A") -> str:
    return lead + draw(79, URLSAFE)


def b2_key() -> str:
    return "K005" + draw(27, B64)


def mapbox_token(kind: str = "pk") -> str:
    head = b64url(json.dumps({"u": "linguaschool", "a": "cl" + draw(23).lower()}, separators=(",", ":")).encode())
    return f"{kind}.{head}." + draw(22, URLSAFE)


def intercom_token() -> str:
    return b64(f"tok:{uuid_s()}:1:0").rstrip("=")


def livekit_secret() -> str:
    return draw(43)


def typeform_token() -> str:
    return "tfp_" + draw(44, URLSAFE) + "_" + draw(14, URLSAFE)


def elevenlabs_key() -> str:
    return "sk_" + hexs(48)


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def flutterwave_key() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def yandex_key() -> str:
    return "AQVN" + draw(36, URLSAFE)


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
    CASES.append(LabelledCase(f"blind-gk/{category}", file_name, text, secret, source))


# == enrolment, student portals and the LMS ==================================================

add("env/django-secret-key", "enrolment-portal/.env.production", "Django docs: settings, SECRET_KEY; django-environ", r"""
# Enrolment portal - production (app01.lingua-school.internal)
DJANGO_SETTINGS_MODULE=portal.settings.production
DJANGO_DEBUG=False
DJANGO_ALLOWED_HOSTS=enrol.lingua-school.com,portal.lingua-school.com
DJANGO_SECRET_KEY='@@secret@@'
DATABASE_URL=${PORTAL_DATABASE_URL}
CELERY_BROKER_URL=redis://cache01.lingua-school.internal:6379/2
DEFAULT_FROM_EMAIL=admissions@lingua-school.com
TIME_ZONE=Europe/Dublin
LANGUAGE_CODE=en-ie
PLACEMENT_TEST_URL=https://placement.lingua-school.com/start
TERM_START=2024-09-02
""", secret=fakes.django_secret_key(_seed()))

add("python/postgres-password", "portal/settings/production.py", "Django docs: settings, DATABASES", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["enrol.lingua-school.com", "portal.lingua-school.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "enrolment",
        "USER": "portal_app",
        "PASSWORD": "@@secret@@",
        "HOST": "db01.lingua-school.internal",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache01.lingua-school.internal:6379/1",
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = ["https://enrol.lingua-school.com"]
""", secret=words_pw())

add("php/mysql-password", "moodle/config.php", "Moodle docs: config.php, $CFG->dbpass", r"""
<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'mariadb01.lingua-school.internal';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '@@secret@@';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => 3306,
  'dbsocket' => '',
  'dbcollation' => 'utf8mb4_unicode_ci',
);

$CFG->wwwroot   = 'https://learn.lingua-school.com';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->sslproxy  = true;

$CFG->directorypermissions = 02777;

require_once(__DIR__ . '/lib/setup.php');

// There is no php closing tag in this file,
// it is intentional because it prevents trailing whitespace problems!
""", secret=rand_pw(16, "#%+"))

add("php/mysql-password", "wordpress/wp-config.php", "WordPress docs: Editing wp-config.php, DB_PASSWORD", r"""
<?php
/**
 * The base configuration for WordPress (marketing site www.lingua-school.com)
 */

// ** Database settings ** //
define( 'DB_NAME', 'wp_marketing' );
define( 'DB_USER', 'wp_marketing' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-web.lingua-school.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts live outside the web root.
 */
require_once '/etc/wordpress/salts.php';
/**#@-*/

$table_prefix = 'ls_';

define( 'WP_DEBUG', false );
define( 'WP_HOME', 'https://www.lingua-school.com' );
define( 'WP_SITEURL', 'https://www.lingua-school.com' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WPLANG', 'en_GB' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("env/laravel-app-key", "admissions-api/.env", "Laravel docs: Configuration, APP_KEY (php artisan key:generate)", r"""
APP_NAME="Lingua Admissions"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://admissions.lingua-school.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=mysql-admissions.lingua-school.internal
DB_PORT=3306
DB_DATABASE=admissions
DB_USERNAME=admissions
DB_PASSWORD=

BROADCAST_DRIVER=log
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

MAIL_MAILER=ses
MAIL_FROM_ADDRESS="admissions@lingua-school.com"
MAIL_FROM_NAME="${APP_NAME}"
""", secret="base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("python/moodle-ws-token", "integrations/moodle_sync.py", "Moodle docs: Web services, REST protocol wstoken", r"""
""" + '"""Nightly sync: enrolments confirmed in the portal -> Moodle course cohorts."""' + r"""
import logging

import requests

from portal.models import Enrolment

log = logging.getLogger(__name__)

MOODLE_URL = "https://learn.lingua-school.com/webservice/rest/server.php"
WSTOKEN = "@@secret@@"


def call(function, **params):
    params.update(wstoken=WSTOKEN, wsfunction=function, moodlewsrestformat="json")
    resp = requests.post(MOODLE_URL, data=params, timeout=30)
    resp.raise_for_status()
    data = resp.json()
    if isinstance(data, dict) and data.get("exception"):
        raise RuntimeError(data["message"])
    return data


def sync_term(term_code):
    for enrolment in Enrolment.objects.filter(term__code=term_code, status="confirmed"):
        call(
            "enrol_manual_enrol_users",
            **{
                "enrolments[0][roleid]": 5,
                "enrolments[0][userid]": enrolment.student.moodle_id,
                "enrolments[0][courseid]": enrolment.course.moodle_course_id,
            },
        )
        log.info("enrolled %s in %s", enrolment.student_id, enrolment.course.code)
""", secret=hexs(32))

add("shell/canvas-api-token", "scripts/canvas_export_grades.sh", "Canvas LMS REST API docs: OAuth2, manual access tokens", r"""
#!/usr/bin/env bash
# Export end-of-term grades from Canvas for the IELTS prep courses.
set -euo pipefail

CANVAS=https://linguaschool.instructure.com/api/v1
TERM_ID=${1:-118}
OUT=exports/grades_term_${TERM_ID}_$(date +%F).csv

mkdir -p exports
echo "course_id,student,grade" > "$OUT"

for course in $(curl -s -H "Authorization: Bearer @@secret@@" \
      "$CANVAS/accounts/1/courses?enrollment_term_id=${TERM_ID}&per_page=100" | jq -r '.[].id'); do
  curl -s -H "Authorization: Bearer @@secret@@" \
      "$CANVAS/courses/${course}/enrollments?type[]=StudentEnrollment&per_page=100" \
    | jq -r --arg c "$course" '.[] | [$c, .user.sortable_name, (.grades.final_score // "")] | @csv' >> "$OUT"
done

echo "wrote $OUT"
""", secret=canvas_token())

add("yaml/rails-secret-key-base", "homestay-app/config/secrets.yml", "Rails guides: Securing Rails Applications, secret_key_base", r"""
# Homestay matching app (Rails 5.1)
# Be sure to restart your server when you modify this file.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@secret@@
  google_maps_js_key: <%= ENV["GOOGLE_MAPS_JS_KEY"] %>
  host_payouts_enabled: true
""", secret=hexs(128))

add("ruby/redis-password", "homestay-app/config/initializers/sidekiq.rb", "Sidekiq wiki: Using Redis, redis URL with password", r"""
# frozen_string_literal: true

redis_url = "redis://:@@secret@@@redis-homestay.lingua-school.internal:6379/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
  config.on(:startup) do
    schedule_file = Rails.root.join("config/schedule.yml")
    Sidekiq::Cron::Job.load_from_hash(YAML.load_file(schedule_file)) if File.exist?(schedule_file)
  end
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
""", secret=fakes.redis_password(_seed()))

add("typescript/google-oauth-client-secret", "student-portal/src/server/auth.ts", "NextAuth.js docs: Google provider, clientId/clientSecret", r"""
import NextAuth, { type NextAuthOptions } from "next-auth";
import GoogleProvider from "next-auth/providers/google";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { prisma } from "./db";

export const authOptions: NextAuthOptions = {
  adapter: PrismaAdapter(prisma),
  providers: [
    GoogleProvider({
      clientId: "482913665204-3k9vq0ms7d2h1t5p8c6b4n0r2j7u1e3a.apps.googleusercontent.com",
      clientSecret: "@@secret@@",
      authorization: { params: { hd: "students.lingua-school.com", prompt: "select_account" } },
    }),
  ],
  session: { strategy: "database", maxAge: 60 * 60 * 24 * 14 },
  callbacks: {
    async signIn({ profile }) {
      return profile?.email?.endsWith("@students.lingua-school.com") ?? false;
    },
  },
  pages: { signIn: "/login" },
};

export default NextAuth(authOptions);
""", secret=gocspx())

add("json/sqlserver-password", "FeesService/appsettings.Production.json", "Microsoft docs: Configuration in ASP.NET Core, connection strings", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Fees": "Server=tcp:sql-fees.lingua-school.internal,1433;Database=Fees;User ID=fees_svc;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Invoices": {
    "Currency": "EUR",
    "DepositPercent": 30,
    "PdfTemplate": "Templates/invoice-2024.cshtml"
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
""", secret=words_pw())

add("properties/mysql-password", "placement-service/src/main/resources/application-prod.properties", "Spring Boot docs: Data properties, spring.datasource.password", r"""
server.port=8080
server.servlet.context-path=/placement

spring.datasource.url=jdbc:mysql://mysql-placement.lingua-school.internal:3306/placement?useSSL=true
spring.datasource.username=placement
spring.datasource.password=@@secret@@
spring.datasource.hikari.maximum-pool-size=12

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

placement.levels=A1,A2,B1,B2,C1,C2
placement.timeout-minutes=45
placement.adaptive=true
management.endpoints.web.exposure.include=health,info
""", secret=rand_pw(14, "!$"))

add("go/ldap-password", "internal/directory/bind.go", "go-ldap docs: Conn.Bind", r"""
package directory

import (
	"crypto/tls"
	"fmt"

	"github.com/go-ldap/ldap/v3"
)

const (
	ldapURL  = "ldaps://dc01.lingua-school.local:636"
	bindDN   = "CN=svc-portal,OU=Service Accounts,DC=lingua-school,DC=local"
	bindPass = "@@secret@@"
	baseDN   = "OU=Teachers,DC=lingua-school,DC=local"
)

// Teacher looks a teacher up by e-mail for the timetable tool.
func Teacher(email string) (*ldap.Entry, error) {
	conn, err := ldap.DialURL(ldapURL, ldap.DialWithTLSConfig(&tls.Config{ServerName: "dc01.lingua-school.local"}))
	if err != nil {
		return nil, err
	}
	defer conn.Close()

	if err := conn.Bind(bindDN, bindPass); err != nil {
		return nil, fmt.Errorf("bind: %w", err)
	}
	req := ldap.NewSearchRequest(baseDN, ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 1, 10, false,
		fmt.Sprintf("(mail=%s)", ldap.EscapeFilter(email)), []string{"cn", "mail", "department"}, nil)
	res, err := conn.Search(req)
	if err != nil || len(res.Entries) == 0 {
		return nil, fmt.Errorf("teacher %s not found", email)
	}
	return res.Entries[0], nil
}
""", secret=words_pw())

add("csv/admin-password", "it/handover/systems_inventory_2024.csv", "IT handover inventory spreadsheet export (CSV, RFC 4180)", r"""
system,url,admin_user,password,owner,notes
Moodle,https://learn.lingua-school.com/admin,admin,see 1Password vault IT,Ana,upgrade to 4.3 planned
Student portal,https://portal.lingua-school.com/admin,ops,see 1Password vault IT,Ana,Django admin
Zoom account,https://zoom.us/account,it@lingua-school.com,SSO,Marek,Business plan 25 hosts
Reception printer,http://10.20.0.31,admin,@@secret@@,Marek,Ricoh IM C3000 - changed after move
Wi-Fi controller,https://unifi.lingua-school.local:8443,itadmin,see 1Password vault IT,Marek,
Timetable (Untis),https://lingua.webuntis.com,admin,SSO,Ana,
""", secret=words_pw())

add("env/decoy-placeholder", "enrolment-portal/.env.example", "django-environ docs: .env example file", r"""
# Copy to .env and fill in. Never commit the filled-in file.
DJANGO_SETTINGS_MODULE=portal.settings.local
DJANGO_DEBUG=True
DJANGO_SECRET_KEY=change-me-to-a-long-random-string
DATABASE_URL=postgres://portal:portal@localhost:5432/enrolment
CELERY_BROKER_URL=redis://localhost:6379/2
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx
DEEPL_AUTH_KEY=<your-deepl-key>:fx
ZOOM_CLIENT_SECRET=
MOODLE_WSTOKEN=
""")

add("python/decoy-env-reference", "portal/settings/base.py", "Django docs: settings; django-environ Env", r"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)

DATABASES = {"default": env.db("DATABASE_URL")}

EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
ANYMAIL = {
    "MAILGUN_API_KEY": env("MAILGUN_API_KEY"),
    "MAILGUN_SENDER_DOMAIN": "mg.lingua-school.com",
    "MAILGUN_API_URL": "https://api.eu.mailgun.net/v3",
}

STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
DEEPL_AUTH_KEY = os.getenv("DEEPL_AUTH_KEY")
ZOOM = {
    "ACCOUNT_ID": env("ZOOM_ACCOUNT_ID"),
    "CLIENT_ID": env("ZOOM_CLIENT_ID"),
    "CLIENT_SECRET": env("ZOOM_CLIENT_SECRET"),
}

LANGUAGE_CODE = "en-ie"
TIME_ZONE = "Europe/Dublin"
USE_TZ = True
""")

add("php/decoy-placeholder", "moodle/config-dist.php", "Moodle docs: config-dist.php", r"""
<?php
///////////////////////////////////////////////////////////////////////////
// Moodle configuration template - copy to config.php and edit.
///////////////////////////////////////////////////////////////////////////
unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';      // 'pgsql', 'mariadb', 'mysqli', 'sqlsrv'
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'username';
$CFG->dbpass    = 'password';     // replace with the real password, kept out of git
$CFG->prefix    = 'mdl_';

$CFG->wwwroot   = 'http://example.com/moodle';
$CFG->dataroot  = '/home/example/moodledata';
$CFG->directorypermissions = 02777;

// $CFG->smtphosts = 'mail.example.com:587';
// $CFG->smtpuser  = 'moodle@example.com';
// $CFG->smtppass  = '';

require_once(__DIR__ . '/lib/setup.php');
""")

add("json/decoy-password-hash", "portal/fixtures/test_users.json", "Django docs: Password management, stored hash format; fixtures", r"""
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "email": "registrar@example.test",
      "first_name": "Test",
      "last_name": "Registrar",
      "is_staff": true,
      "password": "pbkdf2_sha256$720000$@@salt1@@$@@hash1@@"
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "email": "student.a1@example.test",
      "first_name": "Test",
      "last_name": "Student",
      "is_staff": false,
      "password": "pbkdf2_sha256$720000$@@salt2@@$@@hash2@@"
    }
  }
]
""", salt1=draw(22), hash1=draw(43, B64) + "=", salt2=draw(22), hash2=draw(43, B64) + "=")

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-portal.yml", "GitHub docs: Using secrets in GitHub Actions", r"""
name: Deploy student portal

on:
  push:
    branches: [main]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt
      - run: python manage.py check --deploy
        env:
          DJANGO_SETTINGS_MODULE: portal.settings.production
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
          PORTAL_DATABASE_URL: ${{ secrets.PORTAL_DATABASE_URL }}
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492006615:role/gha-portal-deploy
          aws-region: eu-west-1
      - run: ./deploy/release.sh "${GITHUB_SHA::7}"
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
""")

add("sql/decoy-uuid", "db/migrations/0042_course_sessions.sql", "PostgreSQL docs: INSERT, uuid type", r"""
-- 0042: autumn term course sessions
BEGIN;

CREATE TABLE IF NOT EXISTS course_session (
    id           uuid PRIMARY KEY,
    course_code  text NOT NULL,
    level        text NOT NULL CHECK (level IN ('A1','A2','B1','B2','C1','C2')),
    room         text,
    zoom_meeting bigint,
    starts_on    date NOT NULL
);

INSERT INTO course_session (id, course_code, level, room, zoom_meeting, starts_on) VALUES
  ('@@u1@@', 'GEN-EN-AM', 'B1', 'Room 4',  NULL,        '2024-09-02'),
  ('@@u2@@', 'IELTS-PREP', 'B2', NULL,     84712290531, '2024-09-02'),
  ('@@u3@@', 'ES-INTENS',  'A2', 'Room 2', NULL,        '2024-09-09'),
  ('@@u4@@', 'BUS-EN-EVE', 'C1', NULL,     86120044187, '2024-09-10');

COMMIT;
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/decoy-placeholder", "docs/portal/SETUP.md", "Project README conventions; Moodle web services docs", r"""
# Student portal - local setup

1. `python -m venv .venv && . .venv/bin/activate`
2. `pip install -r requirements-dev.txt`
3. Copy `.env.example` to `.env`.
4. Ask IT for a **test** Moodle web-service token (Site administration > Server > Web services >
   Manage tokens) and put it in `.env`:

   ```
   MOODLE_WSTOKEN=<32-character token from learn-staging>
   ```

5. Zoom: create a Server-to-Server OAuth app in the Zoom marketplace under your own dev account and
   set `ZOOM_ACCOUNT_ID`, `ZOOM_CLIENT_ID`, `ZOOM_CLIENT_SECRET`. Never use the school's account.
6. `python manage.py migrate && python manage.py loaddata fixtures/test_users.json`
7. `python manage.py runserver` and log in as `registrar@example.test` / the password in the
   team wiki (fixtures only hold hashes).

Production secrets live in AWS Secrets Manager under `prod/portal/*`; nobody needs them locally.
""")

add("notebook/postgres-password", "analytics/enrolment_forecast.ipynb", "Jupyter nbformat v4; SQLAlchemy docs: database URLs", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Enrolment forecast - autumn intake\n", "Weekly confirmed enrolments by course family."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@@secret@@@db01.lingua-school.internal:5432/enrolment\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"select course_family, date_trunc('week', confirmed_at) wk, count(*) n from enrolment group by 1, 2\", engine)\n",
    "df.pivot(index='wk', columns='course_family', values='n').tail()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(18))

add("typescript/decoy-firebase-web-config", "student-app/src/lib/firebase.ts", "Firebase docs: Learn about using and managing API keys (web config is public)", r"""
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getMessaging } from "firebase/messaging";

// Firebase web config: these values identify the project and ship in every browser bundle.
// Access is controlled by Firebase Security Rules and App Check, not by this object.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "lingua-student-app.firebaseapp.com",
  projectId: "lingua-student-app",
  storageBucket: "lingua-student-app.appspot.com",
  messagingSenderId: "730418825519",
  appId: "1:730418825519:web:@@appid@@",
  measurementId: "G-7QX3K2M9PL",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const messaging = getMessaging(app);
""", key=google_api_key(), appid=hexs(22))

add("k8s-secret/postgres-password", "deploy/k8s/portal-db-secret.yaml", "Kubernetes docs: Secrets, data values are base64", r"""
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: portal
  labels:
    app.kubernetes.io/name: student-portal
type: Opaque
data:
  DB_HOST: @@host@@
  DB_NAME: @@name@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", secret=(_pw := words_pw()), host=b64("db01.lingua-school.internal"), name=b64("enrolment"), user=b64("portal_app"), pw=b64(_pw))

add("k8s/decoy-sealed-secret", "deploy/k8s/portal-sealed-secret.yaml", "Bitnami sealed-secrets README: SealedSecret encryptedData", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-app
  namespace: portal
spec:
  encryptedData:
    DJANGO_SECRET_KEY: @@e1@@
    STRIPE_SECRET_KEY: @@e2@@
  template:
    metadata:
      name: portal-app
      namespace: portal
    type: Opaque
""", e1="AgB" + draw(360, B64) + "==", e2="AgC" + draw(360, B64) + "==")

# == video classrooms ========================================================================

add("python/zoom-client-secret", "classrooms/zoom_client.py", "Zoom developer docs: Server-to-Server OAuth, account_credentials grant", r"""
import time

import requests

ZOOM_ACCOUNT_ID = "@@account@@"
ZOOM_CLIENT_ID = "@@client@@"
ZOOM_CLIENT_SECRET = "@@secret@@"

_token = {"value": None, "expires": 0}


def access_token():
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    resp = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        auth=(ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET),
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
    return _token["value"]


def create_class_meeting(teacher_email, topic, start_iso, minutes=90):
    resp = requests.post(
        f"https://api.zoom.us/v2/users/{teacher_email}/meetings",
        headers={"Authorization": f"Bearer {access_token()}"},
        json={"topic": topic, "type": 2, "start_time": start_iso, "duration": minutes,
              "timezone": "Europe/Dublin", "settings": {"waiting_room": True, "auto_recording": "cloud"}},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
""", secret=zoom_secret(), account=zoom_id(), client=zoom_id())

add("env/bigbluebutton-shared-secret", "video-gateway/.env", "BigBlueButton docs: API, shared secret (bbb-conf --secret)", r"""
# Greenlight / gateway for the virtual classrooms
BIGBLUEBUTTON_ENDPOINT=https://bbb01.lingua-school.com/bigbluebutton/api/
BIGBLUEBUTTON_SECRET=@@secret@@
SECRET_KEY_BASE=${GREENLIGHT_SECRET_KEY_BASE}
DATABASE_URL=postgres://greenlight@db-video.lingua-school.internal:5432/greenlight
REDIS_URL=redis://cache-video.lingua-school.internal:6379/
OPENID_CONNECT_ISSUER=https://login.lingua-school.com/realms/school
DEFAULT_LOCALE=en
MAX_RECORDING_DAYS=60
""", secret=draw(42))

add("properties/bigbluebutton-shared-secret", "ansible/roles/bbb/files/bbb-web.properties", "BigBlueButton docs: bbb-web.properties securitySalt", r"""
#
# Overrides for /usr/share/bbb-web/WEB-INF/classes/bigbluebutton.properties
# Deployed to /etc/bigbluebutton/bbb-web.properties on bbb02
#
bigbluebutton.web.serverURL=https://bbb02.lingua-school.com
securitySalt=@@secret@@
defaultWelcomeMessage=Welcome to <b>%%CONFNAME%%</b>! Cameras on, please.
defaultMaxUsers=30
maxInactivityTimeoutMinutes=0
defaultMeetingDuration=120
disableRecordingDefault=false
allowStartStopRecording=true
defaultGuestPolicy=ASK_MODERATOR
""", secret=hexs(40))

add("typescript/jitsi-jwt-secret", "jitsi-token/src/sign.ts", "Jitsi Meet docs: token authentication (lib-jitsi-meet tokens.md)", r"""
import jwt from "jsonwebtoken";

const APP_ID = "lingua_classrooms";
const APP_SECRET = "@@secret@@";
const DOMAIN = "meet.lingua-school.com";

export interface ClassSeat {
  room: string;
  name: string;
  email: string;
  moderator: boolean;
}

export function signJoinToken(seat: ClassSeat, minutes = 180): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign(
    {
      aud: APP_ID,
      iss: APP_ID,
      sub: DOMAIN,
      room: seat.room,
      nbf: now - 10,
      exp: now + minutes * 60,
      context: { user: { name: seat.name, email: seat.email, moderator: seat.moderator } },
    },
    APP_SECRET,
    { algorithm: "HS256" },
  );
}
""", secret=draw(40))

add("lua/jitsi-jwt-secret", "ansible/roles/jitsi/templates/meet.lingua-school.com.cfg.lua", "Prosody/Jitsi Meet docs: token auth app_id/app_secret", r"""
plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }

muc_mapper_domain_base = "meet.lingua-school.com";
turncredentials_secret = "{{ jitsi_turn_secret }}";

VirtualHost "meet.lingua-school.com"
    authentication = "token"
    app_id = "lingua_classrooms"
    app_secret = "@@secret@@"
    allow_empty_token = false
    ssl = {
        key = "/etc/prosody/certs/meet.lingua-school.com.key";
        certificate = "/etc/prosody/certs/meet.lingua-school.com.crt";
    }
    modules_enabled = {
        "bosh";
        "pubsub";
        "ping";
        "speakerstats";
        "conference_duration";
    }
    c2s_require_encryption = false

Component "conference.meet.lingua-school.com" "muc"
    storage = "memory"
    modules_enabled = { "muc_meeting_id"; "token_verification"; }
""", secret=passphrase("_"))

add("java/agora-app-certificate", "classroom-api/src/main/java/com/linguaschool/video/AgoraTokenService.java", "Agora docs: Authenticate your users with tokens (RtcTokenBuilder2, App Certificate)", r"""
package com.linguaschool.video;

import io.agora.media.RtcTokenBuilder2;
import io.agora.media.RtcTokenBuilder2.Role;
import org.springframework.stereotype.Service;

@Service
public class AgoraTokenService {

    private static final String APP_ID = "@@appid@@";
    private static final String APP_CERTIFICATE = "@@secret@@";
    private static final int TOKEN_TTL_SECONDS = 3 * 60 * 60;

    private final RtcTokenBuilder2 builder = new RtcTokenBuilder2();

    public String teacherToken(String classroomChannel, int uid) {
        return builder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, classroomChannel, uid,
                Role.ROLE_PUBLISHER, TOKEN_TTL_SECONDS, TOKEN_TTL_SECONDS);
    }

    public String studentToken(String classroomChannel, int uid, boolean canSpeak) {
        Role role = canSpeak ? Role.ROLE_PUBLISHER : Role.ROLE_SUBSCRIBER;
        return builder.buildTokenWithUid(APP_ID, APP_CERTIFICATE, classroomChannel, uid,
                role, TOKEN_TTL_SECONDS, TOKEN_TTL_SECONDS);
    }
}
""", secret=hexs(32), appid=hexs(32))

add("kotlin/decoy-agora-app-id", "android/app/src/main/java/com/linguaschool/classroom/AgoraConfig.kt", "Agora docs: App ID is used in the client; tokens are fetched from your server", r"""
package com.linguaschool.classroom

import io.agora.rtc2.RtcEngineConfig
import android.content.Context

object AgoraConfig {
    // App ID identifies the project and ships in the app; the App Certificate never leaves the server.
    const val APP_ID = "@@appid@@"
    const val TOKEN_ENDPOINT = "https://classroom-api.lingua-school.com/v1/agora/token"

    fun engineConfig(context: Context, handler: io.agora.rtc2.IRtcEngineEventHandler): RtcEngineConfig =
        RtcEngineConfig().apply {
            mContext = context.applicationContext
            mAppId = APP_ID
            mEventHandler = handler
        }
}
""", appid=hexs(32))

add("shell/daily-api-key", "scripts/daily_create_rooms.sh", "Daily REST API docs: Authorization Bearer API key, POST /rooms", r"""
#!/bin/sh
# Create one Daily room per conversation club for the week.
DAILY_API_KEY="@@secret@@"

for club in es-tertulia fr-cafe de-stammtisch it-aperitivo; do
  curl -sS -X POST https://api.daily.co/v1/rooms \
    -H "Content-Type: application/json" \
    -H "Authorization: Bearer $DAILY_API_KEY" \
    -d "{\"name\": \"${club}-$(date +%G-w%V)\", \"privacy\": \"private\", \"properties\": {\"max_participants\": 12, \"enable_chat\": true, \"exp\": $(($(date +%s) + 7*86400))}}"
  echo
done
""", secret=hexs(64))

add("go/livekit-api-secret", "cmd/roomsvc/main.go", "LiveKit server SDK for Go: NewRoomServiceClient(host, apiKey, apiSecret)", r"""
package main

import (
	"context"
	"log"
	"time"

	"github.com/livekit/protocol/livekit"
	lksdk "github.com/livekit/server-sdk-go/v2"
)

const (
	host      = "https://live.lingua-school.com"
	apiKey    = "@@key@@"
	apiSecret = "@@secret@@"
)

func main() {
	rooms := lksdk.NewRoomServiceClient(host, apiKey, apiSecret)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	for _, name := range []string{"pronunciation-lab-1", "pronunciation-lab-2"} {
		room, err := rooms.CreateRoom(ctx, &livekit.CreateRoomRequest{
			Name:            name,
			EmptyTimeout:    600,
			MaxParticipants: 16,
		})
		if err != nil {
			log.Fatalf("create %s: %v", name, err)
		}
		log.Printf("room %s ready (sid %s)", room.Name, room.Sid)
	}
}
""", secret=livekit_secret(), key="API" + draw(12))

add("yaml/livekit-api-secret", "infra/livekit/livekit.yaml", "LiveKit docs: self-hosting, config file keys", r"""
port: 7880
bind_addresses:
  - ""
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis-live.lingua-school.internal:6379
keys:
  @@key@@: @@secret@@
room:
  empty_timeout: 300
  max_participants: 20
logging:
  level: info
turn:
  enabled: true
  domain: turn.lingua-school.com
  tls_port: 5349
""", secret=livekit_secret(), key="API" + draw(12))

add("csharp/twilio-api-key-secret", "VirtualClassroom/Services/TwilioVideoService.cs", "Twilio docs: Access Tokens (C#), API Key SID and Secret", r"""
using System;
using System.Collections.Generic;
using Twilio.Jwt.AccessToken;

namespace VirtualClassroom.Services
{
    public class TwilioVideoService
    {
        private const string AccountSid = "AC@@acct@@";
        private const string ApiKeySid = "SK@@sid@@";
        private const string ApiKeySecret = "@@secret@@";

        public string TokenFor(string identity, string classroom)
        {
            var grants = new HashSet<IGrant> { new VideoGrant { Room = classroom } };
            var token = new Token(AccountSid, ApiKeySid, ApiKeySecret, identity,
                expiration: DateTime.UtcNow.AddHours(2), grants: grants);
            return token.ToJwt();
        }
    }
}
""", secret=draw(32), acct=hexs(32), sid=hexs(32))

add("php/vonage-video-api-secret", "classroom/lib/opentok.php", "Vonage Video API (OpenTok) PHP SDK: new OpenTok($apiKey, $apiSecret)", r"""
<?php

require __DIR__ . '/../vendor/autoload.php';

use OpenTok\OpenTok;
use OpenTok\MediaMode;
use OpenTok\Role;

const OT_API_KEY = '47@@apikey@@';
const OT_API_SECRET = '@@secret@@';

function classroom_session(): string
{
    $opentok = new OpenTok(OT_API_KEY, OT_API_SECRET);
    $session = $opentok->createSession(['mediaMode' => MediaMode::ROUTED, 'archiveMode' => 'manual']);
    return $session->getSessionId();
}

function classroom_token(string $sessionId, bool $teacher): string
{
    $opentok = new OpenTok(OT_API_KEY, OT_API_SECRET);
    return $opentok->generateToken($sessionId, [
        'role' => $teacher ? Role::MODERATOR : Role::PUBLISHER,
        'expireTime' => time() + 3 * 3600,
    ]);
}
""", secret=hexs(40), apikey=str(_rng().randint(100000, 999999)))

add("ruby/whereby-api-key", "lib/whereby_client.rb", "Whereby docs: REST API, Authorization Bearer API key", r"""
require "net/http"
require "json"

# Parent-teacher meetings for the junior summer camp.
class WherebyClient
  API = URI("https://api.whereby.dev/v1/meetings")
  API_KEY = "@@secret@@"

  def create_meeting(end_date:, prefix: "camp-parents")
    req = Net::HTTP::Post.new(API)
    req["Authorization"] = "Bearer #{API_KEY}"
    req["Content-Type"] = "application/json"
    req.body = { endDate: end_date.iso8601, roomNamePrefix: prefix, roomMode: "normal",
                 fields: ["hostRoomUrl"] }.to_json
    res = Net::HTTP.start(API.host, API.port, use_ssl: true) { |http| http.request(req) }
    raise "whereby: #{res.code}" unless res.is_a?(Net::HTTPSuccess)
    JSON.parse(res.body)
  end
end
""", secret=jwt({"alg": "HS256", "typ": "JWT"}, {"iss": "https://accounts.srv.whereby.com", "iat": 1712045112, "organizationId": "218944", "jti": "6b1f4c2e-0f77-4d2a-9a31-5e6e21c8d904"}))

add("python/zoom-webhook-secret-token", "webhooks/zoom_events.py", "Zoom docs: Webhooks, verify with x-zm-signature and the secret token", r"""
import hashlib
import hmac
import json

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("zoom_events", __name__)
ZOOM_WEBHOOK_SECRET_TOKEN = "@@secret@@"


@bp.post("/hooks/zoom")
def zoom_event():
    body = request.get_data(as_text=True)
    event = json.loads(body)
    if event.get("event") == "endpoint.url_validation":
        plain = event["payload"]["plainToken"]
        digest = hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN.encode(), plain.encode(), hashlib.sha256).hexdigest()
        return jsonify(plainToken=plain, encryptedToken=digest)

    message = f"v0:{request.headers['x-zm-request-timestamp']}:{body}"
    expected = "v0=" + hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-zm-signature", "")):
        abort(401)
    if event["event"] == "recording.completed":
        from .tasks import archive_recording
        archive_recording.delay(event["payload"]["object"]["uuid"])
    return "", 204
""", secret=draw(22, URLSAFE))

add("compose/jitsi-component-password", "video/jitsi/docker-compose.yml", "docker-jitsi-meet README: .env passwords (JICOFO_AUTH_PASSWORD, JVB_AUTH_PASSWORD)", r"""
services:
  web:
    image: jitsi/web:stable-9584
    restart: unless-stopped
    ports: ["443:443", "80:80"]
    environment:
      - PUBLIC_URL=https://meet2.lingua-school.com
      - ENABLE_AUTH=1
      - AUTH_TYPE=jwt
  prosody:
    image: jitsi/prosody:stable-9584
    restart: unless-stopped
    environment:
      - JICOFO_AUTH_PASSWORD=@@secret@@
      - JVB_AUTH_PASSWORD=${JVB_AUTH_PASSWORD}
      - JWT_APP_ID=lingua_classrooms
      - JWT_APP_SECRET=${JWT_APP_SECRET}
  jicofo:
    image: jitsi/jicofo:stable-9584
    restart: unless-stopped
    environment:
      - JICOFO_AUTH_PASSWORD=@@secret@@
    depends_on: [prosody]
  jvb:
    image: jitsi/jvb:stable-9584
    restart: unless-stopped
    ports: ["10000:10000/udp"]
    environment:
      - JVB_AUTH_PASSWORD=${JVB_AUTH_PASSWORD}
      - JVB_ADVERTISE_IPS=203.0.113.44
    depends_on: [prosody]
""", secret=hexs(32))

add("powershell/microsoft-365-password", "it/classrooms/Set-TeamsRoomAccounts.ps1", "Microsoft Learn: Create resource accounts for Teams Rooms (Set-Mailbox, ConvertTo-SecureString)", r"""
# Configure the Teams Rooms device accounts for the two hybrid classrooms.
Import-Module ExchangeOnlineManagement
Import-Module Microsoft.Graph.Users
Connect-ExchangeOnline -UserPrincipalName it.admin@lingua-school.com
Connect-MgGraph -Scopes "User.ReadWrite.All"

$rooms = @("room-hybrid-1@lingua-school.com", "room-hybrid-2@lingua-school.com")
$devicePassword = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force

foreach ($room in $rooms) {
    Set-Mailbox -Identity $room -EnableRoomMailboxAccount $true -RoomMailboxPassword $devicePassword
    Set-CalendarProcessing -Identity $room -AutomateProcessing AutoAccept -AddOrganizerToSubject $false `
        -DeleteComments $false -DeleteSubject $false -RemovePrivateProperty $false
    Update-MgUser -UserId $room -PasswordPolicies "DisablePasswordExpiration"
    Write-Host "configured $room"
}
""", secret=words_pw())

add("markdown/zoom-sdk-client-secret", "docs/classrooms/zoom-meeting-sdk.md", "Zoom docs: Meeting SDK auth, SDK key and secret (JWT signature)", r"""
# Zoom Meeting SDK in the student app

The student app embeds Zoom meetings with the Meeting SDK (web). The SDK needs a signature that
our backend creates for every join; the browser never sees the secret.

| Setting | Value |
|---|---|
| App type | Meeting SDK (General app) |
| Client ID (SDK key) | `@@client@@` |
| Client Secret | `@@secret@@` |
| Owner | it@lingua-school.com |
| Created | 2024-03-11 by Marek |

Signature endpoint: `POST /api/zoom/signature` with `{meetingNumber, role}` (role 0 student, 1 teacher).

## Rotating
Marketplace > Manage > our app > App Credentials > Regenerate. Update the backend env
`ZOOM_SDK_SECRET` and redeploy before the next timetable day.
""", secret=zoom_secret(), client=zoom_id())

add("log/daily-api-key", "logs/classroom-gateway-2024-10-07.log", "Python requests/urllib3 debug logging of request headers", r"""
2024-10-07 07:58:01,114 INFO  gateway.rooms  scheduling rooms for 2024-10-07 (14 classes)
2024-10-07 07:58:01,120 DEBUG urllib3.connectionpool  Starting new HTTPS connection (1): api.daily.co:443
2024-10-07 07:58:01,377 DEBUG gateway.http  POST https://api.daily.co/v1/rooms headers={'User-Agent': 'python-requests/2.31.0', 'Content-Type': 'application/json', 'Authorization': 'Bearer @@secret@@'}
2024-10-07 07:58:01,612 DEBUG urllib3.connectionpool  https://api.daily.co:443 "POST /v1/rooms HTTP/1.1" 200 412
2024-10-07 07:58:01,613 INFO  gateway.rooms  created room b1-morning-2024-10-07 (exp 1728334800)
2024-10-07 07:58:01,701 INFO  gateway.rooms  created room c1-business-2024-10-07 (exp 1728334800)
2024-10-07 07:58:02,004 WARNING gateway.rooms  teacher t.okafor has two classes at 09:00, skipped second
2024-10-07 07:58:02,010 INFO  gateway.rooms  done in 0.90s
""", secret=hexs(64))

add("python/decoy-checksum", "classrooms/bbb_links.py", "BigBlueButton docs: API security, checksum = sha1(call + query + secret)", r"""
""" + '"""Join links for BigBlueButton classrooms.\n\nThe checksum is sha1(callName + queryString + sharedSecret); e.g. for\n``create`` with ``name=B1&meetingID=b1-am`` the API docs show\n``checksum=1234567890abcdef1234567890abcdef12345678`` (dummy).\n"""' + r"""
import hashlib
import os
from urllib.parse import urlencode

BBB_URL = os.environ["BIGBLUEBUTTON_ENDPOINT"]
BBB_SECRET = os.environ["BIGBLUEBUTTON_SECRET"]


def _signed(call, params):
    query = urlencode(params)
    checksum = hashlib.sha1((call + query + BBB_SECRET).encode()).hexdigest()
    return f"{BBB_URL}{call}?{query}&checksum={checksum}"


def join_url(meeting_id, full_name, teacher=False):
    return _signed("join", {"meetingID": meeting_id, "fullName": full_name,
                            "role": "MODERATOR" if teacher else "VIEWER", "redirect": "true"})
""")

add("json/decoy-meeting-id", "video-gateway/exports/zoom_meetings_2024-10.json", "Zoom API docs: List meetings response (id, uuid)", r"""
{
  "page_size": 30,
  "total_records": 3,
  "next_page_token": "",
  "meetings": [
    {
      "uuid": "@@m1@@",
      "id": 84712290531,
      "host_id": "@@h1@@",
      "topic": "IELTS prep B2 - evening",
      "type": 8,
      "start_time": "2024-10-01T17:30:00Z",
      "duration": 90,
      "timezone": "Europe/Dublin"
    },
    {
      "uuid": "@@m2@@",
      "id": 86120044187,
      "host_id": "@@h2@@",
      "topic": "Business English C1",
      "type": 8,
      "start_time": "2024-10-02T18:00:00Z",
      "duration": 60,
      "timezone": "Europe/Dublin"
    },
    {
      "uuid": "@@m3@@",
      "id": 89004512276,
      "host_id": "@@h1@@",
      "topic": "Teachers' meeting",
      "type": 2,
      "start_time": "2024-10-04T12:00:00Z",
      "duration": 45,
      "timezone": "Europe/Dublin"
    }
  ]
}
""", m1=draw(22, B64) + "==", m2=draw(22, B64) + "==", m3=draw(22, B64) + "==", h1=zoom_id(), h2=zoom_id())

add("yaml/decoy-secret-reference", "helm/jitsi/values-production.yaml", "jitsi-helm chart values: existing secrets", r"""
publicURL: "https://meet.lingua-school.com"
enableAuth: true
enableGuests: false
jwt:
  enabled: true
  appId: lingua_classrooms
  existingSecret: jitsi-jwt
  secretKey: app_secret
prosody:
  extraEnvFrom:
    - secretRef:
        name: prosody-component-passwords
jvb:
  replicaCount: 2
  publicIPs:
    - 203.0.113.44
    - 203.0.113.45
  UDPPort: 10000
web:
  resources:
    requests: {cpu: 200m, memory: 256Mi}
""")

add("markdown/decoy-placeholder", "docs/classrooms/zoom-webhook.md", "Zoom docs: Webhooks, validate your webhook endpoint", r"""
# Zoom webhooks (recordings -> archive)

Zoom sends `recording.completed` to `https://portal.lingua-school.com/hooks/zoom`.

1. In the Zoom app's *Feature* page copy the **Secret Token**.
2. Store it in the secret manager as `prod/portal/ZOOM_WEBHOOK_SECRET_TOKEN`; the portal reads it
   at start-up. Do not paste it into tickets.
3. Zoom validates the endpoint with a `plainToken`; we answer with
   `HMAC_SHA256(secret_token, plainToken)` as hex.

Example response (shape as in Zoom's documentation):

```json
{"plainToken": "@@pt@@", "encryptedToken": "@@et@@"}
```

To test locally use `ZOOM_WEBHOOK_SECRET_TOKEN=your_secret_token` and the sample payloads in
`tests/fixtures/zoom/`.
""", pt=draw(22, URLSAFE), et=hexs(64))

add("log/decoy-redacted", "logs/bbb-api-2024-10-08.log", "BigBlueButton bbb-web log format; redacted query parameters", r"""
2024-10-08T08:00:12.301Z INFO  o.b.w.c.ApiController - API request: create meetingID=b1-am-1008 name=B1+General+English checksum=@@c1@@
2024-10-08T08:00:12.318Z INFO  o.b.api.MeetingService - Meeting created [internalId=@@i1@@-1728374412318]
2024-10-08T08:00:13.004Z DEBUG gateway.bbb - signed create with secret=******** (len 42)
2024-10-08T08:02:40.551Z INFO  o.b.w.c.ApiController - API request: join meetingID=b1-am-1008 fullName=T.+Okafor role=MODERATOR checksum=@@c2@@
2024-10-08T08:03:05.877Z INFO  o.b.w.c.ApiController - API request: join meetingID=b1-am-1008 fullName=S.+Yilmaz role=VIEWER checksum=@@c3@@
2024-10-08T09:31:44.120Z INFO  o.b.api.MeetingService - Meeting ended [internalId=@@i1@@-1728374412318]
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), i1=hexs(40))

add("typescript/decoy-test-fixture-jwt", "jitsi-token/src/sign.test.ts", "Jest docs; jsonwebtoken README (verify with a test secret)", r"""
import jwt from "jsonwebtoken";
import { signJoinToken } from "./sign";

// A token captured from the test tenant in 2022, signed with the test secret below; long expired.
const EXPIRED_FIXTURE =
  "@@fixture@@";

describe("signJoinToken", () => {
  it("puts the room and moderator flag in the token", () => {
    const token = signJoinToken({ room: "b1-am", name: "Test Teacher", email: "t@example.test", moderator: true });
    const claims = jwt.decode(token) as any;
    expect(claims.room).toBe("b1-am");
    expect(claims.context.user.moderator).toBe(true);
  });

  it("rejects an expired fixture", () => {
    expect(() => jwt.verify(EXPIRED_FIXTURE, "test-secret")).toThrow(/expired/);
  });
});
""", fixture=jwt({"alg": "HS256", "typ": "JWT"}, {"aud": "lingua_classrooms", "iss": "lingua_classrooms", "sub": "meet.example.test", "room": "test-room", "exp": 1650000000}))

# == translation, speech and AI tutor APIs ===================================================

add("python/deepl-api-key", "translation/deepl_client.py", "DeepL Python library README: deepl.Translator(auth_key)", r"""
import functools

import deepl

from .cache import cached_translation, store_translation

# Free plan key of the marketing team's account (500k chars/month)
translator = deepl.Translator("@@secret@@")

GLOSSARIES = {
    ("EN", "ES"): "lingua-courses-en-es",
    ("EN", "PT-BR"): "lingua-courses-en-pt",
}


@functools.lru_cache(maxsize=None)
def glossary_for(source, target):
    name = GLOSSARIES.get((source, target))
    if not name:
        return None
    return next((g for g in translator.list_glossaries() if g.name == name), None)


def translate_course_page(html, target_lang, source_lang="EN"):
    hit = cached_translation(html, target_lang)
    if hit:
        return hit
    result = translator.translate_text(
        html, source_lang=source_lang, target_lang=target_lang, tag_handling="html",
        formality="prefer_less", glossary=glossary_for(source_lang, target_lang.split("-")[0]),
    )
    store_translation(html, target_lang, result.text)
    return result.text
""", secret=deepl_key(True))

add("env/deepl-api-key", "translate-worker/.env", "DeepL API docs: Authentication, DeepL-Auth-Key header (Pro keys)", r"""
WORKER_QUEUE=translate
WORKER_CONCURRENCY=4
DEEPL_API_URL=https://api.deepl.com
DEEPL_AUTH_KEY=@@secret@@
TARGET_LANGS=ES,FR,DE,IT,PT-BR,JA,KO,ZH
RESULTS_BUCKET=s3://lingua-translations/course-pages
SENTRY_ENVIRONMENT=production
""", secret=deepl_key(False))

add("csharp/azure-translator-key", "Translation/AzureTranslator.cs", "Microsoft Learn: Azure AI Translator v3.0, Ocp-Apim-Subscription-Key header", r"""
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Lingua.Translation
{
    public class AzureTranslator
    {
        private static readonly HttpClient Http = new HttpClient();
        private const string Endpoint = "https://api.cognitive.microsofttranslator.com";
        private const string Region = "westeurope";
        private const string SubscriptionKey = "@@secret@@";

        public async Task<string> TranslateAsync(string text, string to, string from = "en")
        {
            var route = $"/translate?api-version=3.0&from={from}&to={to}";
            var body = JsonSerializer.Serialize(new[] { new { Text = text } });
            using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint + route);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            request.Headers.Add("Ocp-Apim-Subscription-Key", SubscriptionKey);
            request.Headers.Add("Ocp-Apim-Subscription-Region", Region);

            var response = await Http.SendAsync(request).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return doc.RootElement[0].GetProperty("translations")[0].GetProperty("text").GetString();
        }
    }
}
""", secret=hexs(32))

_gcp_key = pem("PRIVATE KEY", 26)
add("json/gcp-service-account-key", "translation/credentials/translate-sa.json", "Google Cloud docs: Create and manage service account keys (JSON key file)", r"""
{
  "type": "service_account",
  "project_id": "lingua-translate-prod",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "translate-worker@lingua-translate-prod.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/translate-worker%40lingua-translate-prod.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_gcp_key.replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21 - 1)))

add("ruby/google-api-key", "scripts/translate_brochure.rb", "Google Cloud Translation API v2 docs: REST, key query parameter", r"""
#!/usr/bin/env ruby
# Machine-translate the summer brochure strings before the agents review them.
require "net/http"
require "json"
require "yaml"

KEY = "@@secret@@"
ENDPOINT = URI("https://translation.googleapis.com/language/translate/v2?key=#{KEY}")

strings = YAML.load_file("brochure/summer-2025.en.yml")
%w[es it de fr ja].each do |lang|
  out = {}
  strings.each_slice(50) do |slice|
    res = Net::HTTP.post(ENDPOINT, { q: slice.map(&:last), source: "en", target: lang, format: "text" }.to_json,
                         "Content-Type" => "application/json")
    translated = JSON.parse(res.body).dig("data", "translations").map { |t| t["translatedText"] }
    slice.map(&:first).zip(translated).each { |k, v| out[k] = v }
  end
  File.write("brochure/summer-2025.#{lang}.yml", out.to_yaml)
  puts "#{lang}: #{out.size} strings"
end
""", secret=google_api_key())

add("yaml/aws-secret-access-key", "translate-worker/config/translation.yml", "AWS SDK docs: credentials (access key id, secret access key); Amazon Translate", r"""
provider: amazon
amazon:
  region: eu-west-1
  access_key_id: @@akid@@
  secret_access_key: @@secret@@
  terminology: lingua-course-terms
  formality: INFORMAL
batch:
  input: s3://lingua-translations/incoming/
  output: s3://lingua-translations/translated/
  data_access_role: arn:aws:iam::381492006615:role/translate-batch
languages:
  - es
  - pt
  - ja
  - ko
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("go/yandex-cloud-api-key", "pkg/translate/yandex.go", "Yandex Cloud docs: Translate API, Authorization: Api-Key", r"""
package translate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	yandexURL    = "https://translate.api.cloud.yandex.net/translate/v2/translate"
	yandexFolder = "b1g@@folder@@"
	yandexAPIKey = "@@secret@@"
)

type yandexResp struct {
	Translations []struct {
		Text string `json:"text"`
	} `json:"translations"`
}

// Yandex translates the Russian and Kazakh agents' enquiries into English.
func Yandex(texts []string, target string) ([]string, error) {
	body, _ := json.Marshal(map[string]any{"folderId": yandexFolder, "texts": texts, "targetLanguageCode": target})
	req, _ := http.NewRequest(http.MethodPost, yandexURL, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Api-Key "+yandexAPIKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("yandex: %s", res.Status)
	}
	var out yandexResp
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return nil, err
	}
	result := make([]string, len(out.Translations))
	for i, t := range out.Translations {
		result[i] = t.Text
	}
	return result, nil
}
""", secret=yandex_key(), folder=draw(17, string.ascii_lowercase + string.digits))

add("kotlin/naver-papago-client-secret", "agent-app/src/main/kotlin/com/linguaschool/agents/PapagoTranslator.kt", "Naver Developers: Papago NMT API, X-Naver-Client-Id / X-Naver-Client-Secret", r"""
package com.linguaschool.agents

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

class PapagoTranslator(private val http: OkHttpClient = OkHttpClient()) {

    private val clientId = "@@cid@@"
    private val clientSecret = "@@secret@@"

    fun koToEn(text: String): String {
        val request = Request.Builder()
            .url("https://openapi.naver.com/v1/papago/n2mt")
            .addHeader("X-Naver-Client-Id", clientId)
            .addHeader("X-Naver-Client-Secret", clientSecret)
            .post(FormBody.Builder().add("source", "ko").add("target", "en").add("text", text).build())
            .build()
        http.newCall(request).execute().use { response ->
            val json = JSONObject(response.body!!.string())
            return json.getJSONObject("message").getJSONObject("result").getString("translatedText")
        }
    }
}
""", secret=draw(10), cid=draw(20))

add("php/baidu-translate-secret-key", "agents/includes/baidu_fanyi.php", "Baidu Fanyi general translation API docs: appid, secret key, sign = md5(appid+q+salt+key)", r"""
<?php
// Translate Chinese agent enquiries (WeChat form) into English for the admissions team.

const BAIDU_APPID = '@@appid@@';
const BAIDU_SECRET_KEY = '@@secret@@';

function baidu_translate(string $q, string $from = 'zh', string $to = 'en'): string
{
    $salt = (string) random_int(10000, 99999);
    $sign = md5(BAIDU_APPID . $q . $salt . BAIDU_SECRET_KEY);
    $query = http_build_query([
        'q' => $q, 'from' => $from, 'to' => $to,
        'appid' => BAIDU_APPID, 'salt' => $salt, 'sign' => $sign,
    ]);
    $response = file_get_contents('https://fanyi-api.baidu.com/api/trans/vip/translate?' . $query);
    $data = json_decode($response, true);
    if (isset($data['error_code'])) {
        error_log('baidu fanyi error ' . $data['error_code']);
        return $q;
    }
    return implode("\n", array_column($data['trans_result'], 'dst'));
}
""", secret=draw(20), appid="2024" + str(_rng().randint(10**12, 10**13 - 1)))

add("github-actions/lokalise-api-token", ".github/workflows/i18n-sync.yml", "Lokalise CLI v2 docs: lokalise2 --token file download", r"""
name: i18n sync

on:
  schedule:
    - cron: "30 5 * * 1-5"
  workflow_dispatch:

jobs:
  pull-translations:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install lokalise2
        run: curl -sfL https://raw.githubusercontent.com/lokalise/lokalise-cli-2-go/master/install.sh | sh
      - name: Download
        run: |
          ./bin/lokalise2 --token @@secret@@ \
            --project-id 4829316064f2a1b93c8e47.28410377 \
            file download --format json --original-filenames=false \
            --bundle-structure "locales/%LANG_ISO%/portal.json" --unzip-to ./student-portal/public
      - uses: peter-evans/create-pull-request@v6
        with:
          title: "i18n: pull translations from Lokalise"
          branch: i18n/lokalise-sync
""", secret=hexs(40))

add("yaml/crowdin-personal-access-token", "crowdin.yml", "Crowdin CLI docs: configuration file, api_token", r"""
"project_id": "614209"
"api_token": "@@secret@@"
"base_path": "."
"base_url": "https://api.crowdin.com"
"preserve_hierarchy": true

files:
  - source: /student-app/src/i18n/en/*.json
    translation: /student-app/src/i18n/%two_letters_code%/%original_file_name%
  - source: /emails/templates/en/*.mjml
    translation: /emails/templates/%two_letters_code%/%original_file_name%
    update_option: update_as_unapproved
""", secret=hexs(80))

add("ini/transifex-api-token", "website/.transifexrc", "Transifex CLI docs: .transifexrc (rest_hostname, token)", r"""
[https://app.transifex.com]
rest_hostname = https://rest.api.transifex.com
token = 1/@@secret@@

[https://www.transifex.com]
rest_hostname = https://rest.api.transifex.com
""", secret=hexs(40))

add("shell/poeditor-api-token", "scripts/poeditor_pull.sh", "POEditor API docs: projects/export with api_token", r"""
#!/usr/bin/env bash
# Pull approved translations of the placement test from POEditor.
set -euo pipefail
PROJECT=683014
API_TOKEN=@@secret@@

for lang in es fr de it pt-br ja ko tr ar; do
  url=$(curl -s -X POST https://api.poeditor.com/v2/projects/export \
      -d api_token="$API_TOKEN" -d id="$PROJECT" -d language="$lang" \
      -d type=key_value_json -d filters=translated | jq -r .result.url)
  curl -s "$url" -o "placement/i18n/${lang}.json"
  echo "pulled $lang"
done
""", secret=hexs(32))

add("yaml/phrase-access-token", ".phrase.yml", "Phrase Strings CLI docs: .phrase.yml access_token", r"""
phrase:
  access_token: @@secret@@
  project_id: @@pid@@
  file_format: yml
  push:
    sources:
      - file: ./homestay-app/config/locales/en.yml
        params:
          locale_id: en
  pull:
    targets:
      - file: ./homestay-app/config/locales/<locale_name>.yml
        params:
          include_empty_translations: false
""", secret=hexs(64), pid=hexs(32))

add("properties/smartling-user-secret", "website-cms/src/main/resources/smartling.properties", "Smartling docs: API v2 authentication (userIdentifier, userSecret)", r"""
# Smartling connector for the CMS (course pages, FAQ, visa guides)
smartling.api.baseUrl=https://api.smartling.com
smartling.projectId=@@proj@@
smartling.userIdentifier=@@uid@@
smartling.userSecret=@@secret@@
smartling.locales=es-ES,fr-FR,de-DE,it-IT,pt-BR,ja-JP
smartling.callbackUrl=https://cms.lingua-school.com/smartling/callback
smartling.autoAuthorize=true
""", secret=draw(31, string.ascii_lowercase + string.digits) + "-" + draw(20, string.ascii_lowercase + string.digits),
    proj=hexs(9), uid=draw(30, string.ascii_lowercase))

add("notebook/openai-api-key", "notebooks/mt_quality_eval.ipynb", "OpenAI Python library README: OpenAI(api_key=...); Jupyter nbformat v4", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## MT quality: DeepL vs GPT on course descriptions\n", "Score 200 segments with an LLM judge, then spot-check with the Spanish team."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "import pandas as pd\n",
    "\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "segments = pd.read_csv('data/course_segments_es.csv')\n",
    "len(segments)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def judge(src, a, b):\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Source: {src}\\nA: {a}\\nB: {b}\\nWhich is better Spanish? Answer A or B.'}])\n",
    "    return r.choices[0].message.content.strip()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("typescript/anthropic-api-key", "ai-tutor/src/llm.ts", "Anthropic TypeScript SDK README: new Anthropic({ apiKey })", r"""
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "@@secret@@",
});

const SYSTEM = `You are a patient conversation partner for adult learners of English at CEFR level {level}.
Correct at most one mistake per turn, gently, and keep replies under 60 words.`;

export async function tutorReply(level: string, history: Anthropic.MessageParam[]) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 300,
    system: SYSTEM.replace("{level}", level),
    messages: history,
  });
  return msg.content.map((block) => (block.type === "text" ? block.text : "")).join("");
}
""", secret=anthropic_key())

add("swift/elevenlabs-api-key", "PronunciationCoach/Sources/Config/ElevenLabs.swift", "ElevenLabs API docs: text-to-speech, xi-api-key header", r"""
import Foundation

enum ElevenLabs {
    static let apiKey = "@@secret@@"
    static let voiceID = "21m00Tcm4TlvDq8ikWAM"

    static func speech(for sentence: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.elevenlabs.io/v1/text-to-speech/\(voiceID)")!)
        request.httpMethod = "POST"
        request.setValue(apiKey, forHTTPHeaderField: "xi-api-key")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: [
            "text": sentence,
            "model_id": "eleven_multilingual_v2",
            "voice_settings": ["stability": 0.6, "similarity_boost": 0.75],
        ])
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
        return data
    }
}
""", secret=elevenlabs_key())

add("xml/azure-speech-key", "SpeakingTest/Web.config", "Microsoft Learn: Web.config appSettings; Azure AI Speech resource keys", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SpeechRegion" value="northeurope" />
    <add key="SpeechKey" value="@@secret@@" />
    <add key="PronunciationGradingSystem" value="HundredMark" />
    <add key="MaxRecordingSeconds" value="60" />
    <add key="ResultsQueue" value="speaking-results" />
  </appSettings>
  <connectionStrings>
    <add name="Results" connectionString="Server=sql-fees.lingua-school.internal;Database=SpeakingTest;Integrated Security=true" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
  </system.web>
</configuration>
""", secret=hexs(32))

add("python/huggingface-token", "transcribe/fetch_models.py", "huggingface_hub docs: login(token=...), snapshot_download", r"""
""" + '"""Download the Whisper and diarization models used to transcribe recorded speaking exams."""' + r"""
from pathlib import Path

from huggingface_hub import login, snapshot_download

MODELS = [
    "openai/whisper-large-v3",
    "pyannote/speaker-diarization-3.1",
    "pyannote/segmentation-3.0",
]

login(token="@@secret@@")

target = Path("/srv/models")
for repo in MODELS:
    path = snapshot_download(repo_id=repo, local_dir=target / repo.replace("/", "__"))
    print("ok", repo, path)
""", secret=hf_token())

add("python/decoy-test-fixture", "translation/tests/test_deepl_client.py", "pytest docs: monkeypatch; DeepL API docs (key format uuid:fx)", r"""
from unittest import mock

import pytest

from translation import deepl_client

FAKE_KEY = "00000000-0000-0000-0000-000000000000:fx"


@pytest.fixture
def translator(monkeypatch):
    fake = mock.Mock()
    fake.translate_text.return_value = mock.Mock(text="<p>Curso intensivo de inglés</p>")
    fake.list_glossaries.return_value = []
    monkeypatch.setattr(deepl_client, "translator", fake)
    return fake


def test_translates_html_with_tags(translator, monkeypatch):
    monkeypatch.setenv("DEEPL_AUTH_KEY", FAKE_KEY)
    monkeypatch.setattr(deepl_client, "cached_translation", lambda *a: None)
    monkeypatch.setattr(deepl_client, "store_translation", lambda *a: None)
    out = deepl_client.translate_course_page("<p>Intensive English course</p>", "ES")
    assert out == "<p>Curso intensivo de inglés</p>"
    assert translator.translate_text.call_args.kwargs["tag_handling"] == "html"
""")

add("yaml/decoy-env-reference", "i18n/crowdin-ci.yml", "Crowdin CLI docs: configuration file, api_token_env", r"""
# Used by CI; the token comes from the CROWDIN_PERSONAL_TOKEN secret.
"project_id_env": "CROWDIN_PROJECT_ID"
"api_token_env": "CROWDIN_PERSONAL_TOKEN"
"base_path": "."
"preserve_hierarchy": true

files:
  - source: /placement/i18n/en.json
    translation: /placement/i18n/%two_letters_code%.json
""")

add("json/decoy-translation-strings", "student-app/src/i18n/es/account.json", "i18next docs: JSON translation resources", r"""
{
  "account": {
    "title": "Mi cuenta",
    "password": "Contraseña",
    "passwordHint": "Mínimo 12 caracteres, con una mayúscula y un número",
    "newPassword": "Nueva contraseña",
    "apiKeyTitle": "Clave de acceso al calendario",
    "apiKeyHelp": "Usa esta clave solo en tu aplicación de calendario. Puedes regenerarla cuando quieras.",
    "token": "Código de verificación",
    "tokenSent": "Te hemos enviado un código a {{email}}",
    "secretQuestion": "Pregunta secreta",
    "logout": "Cerrar sesión"
  },
  "placement": {
    "start": "Empezar la prueba de nivel",
    "minutes": "Tienes {{count}} minutos",
    "result": "Tu nivel estimado es {{level}}"
  }
}
""")

add("csv/decoy-hash", "translation/glossary_en_es.csv", "Translation memory / glossary export (CSV with segment hashes)", r"""
segment_md5,en,es,domain,approved_by
@@h1@@,placement test,prueba de nivel,courses,lmartin
@@h2@@,homestay,alojamiento en familia,accommodation,lmartin
@@h3@@,student visa,visado de estudiante,visa,jruiz
@@h4@@,access token,token de acceso,portal,jruiz
@@h5@@,secret key,clave secreta,portal,jruiz
@@h6@@,enrolment fee,tasa de matrícula,fees,lmartin
""", h1=hexs(32), h2=hexs(32), h3=hexs(32), h4=hexs(32), h5=hexs(32), h6=hexs(32))

add("markdown/decoy-placeholder", "docs/translation/providers.md", "DeepL, Google Cloud Translation and Azure Translator API docs (authentication sections)", r"""
# Machine translation providers

| Provider | Used for | Auth | Where the key lives |
|---|---|---|---|
| DeepL Pro | course pages, emails | `Authorization: DeepL-Auth-Key <key>` | Secrets Manager `prod/translate/deepl` |
| Google Translation v2 | brochures | `?key=<API key>` | Secrets Manager `prod/translate/google` |
| Azure Translator | placement test UI | `Ocp-Apim-Subscription-Key: <key>` | Key Vault `kv-lingua/translator-key` |
| Amazon Translate | batch archives | IAM role `translate-batch` | no key |

Example request (replace the placeholder):

```bash
curl -X POST https://api.deepl.com/v2/translate \
  -H "Authorization: DeepL-Auth-Key $DEEPL_AUTH_KEY" \
  -d "text=Welcome to your course" -d "target_lang=ES"
```

Keys look like `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx` (free) or without `:fx` (Pro). Google keys
start with `AIza`. Never paste either into tickets or this wiki.
""")

add("log/decoy-redacted", "logs/translate-worker-2024-11-02.log", "structlog JSON logs; secrets masked by the logging filter", r"""
{"ts":"2024-11-02T06:00:01Z","level":"info","event":"worker.start","queue":"translate","concurrency":4}
{"ts":"2024-11-02T06:00:01Z","level":"info","event":"deepl.config","api_url":"https://api.deepl.com","auth_key":"********-****-****-****-********a91c"}
{"ts":"2024-11-02T06:00:03Z","level":"info","event":"job.done","job":"@@j1@@","chars":18211,"target":"ES","billed_chars":18211}
{"ts":"2024-11-02T06:00:05Z","level":"warning","event":"deepl.quota","used":412004,"limit":500000}
{"ts":"2024-11-02T06:00:09Z","level":"info","event":"job.done","job":"@@j2@@","chars":9050,"target":"JA","billed_chars":9050}
{"ts":"2024-11-02T06:00:12Z","level":"error","event":"google.request_failed","status":403,"key":"AIza****************************Qe0","reason":"API_KEY_HTTP_REFERRER_BLOCKED"}
""", j1=uuid_s(), j2=uuid_s())

add("xml/decoy-client-id", "student-app-android/app/src/main/res/values/config.xml", "Google Sign-In for Android: default_web_client_id (a client id, public)", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Lingua Student</string>
    <string name="default_web_client_id" translatable="false">730418825519-@@cid@@.apps.googleusercontent.com</string>
    <string name="portal_base_url" translatable="false">https://portal.lingua-school.com/api/</string>
    <string name="zoom_sdk_domain" translatable="false">zoom.us</string>
    <string name="placement_test_id" translatable="false">@@test@@</string>
    <string name="support_email" translatable="false">students@lingua-school.com</string>
</resources>
""", cid=draw(32, string.ascii_lowercase + string.digits), test=uuid_s())

add("po/decoy-translation-strings", "portal/locale/fr/LC_MESSAGES/django.po", "GNU gettext manual: PO files", r"""
# French translation of the enrolment portal.
msgid ""
msgstr ""
"Project-Id-Version: enrolment-portal 3.4\n"
"POT-Creation-Date: 2024-10-14 09:12+0000\n"
"Language: fr\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: accounts/forms.py:41
msgid "Password"
msgstr "Mot de passe"

#: accounts/forms.py:48
msgid "Your password must contain at least 12 characters."
msgstr "Votre mot de passe doit contenir au moins 12 caractères."

#: accounts/templates/accounts/api_key.html:9
msgid "Your personal calendar key"
msgstr "Votre clé personnelle de calendrier"

#: enrolment/views.py:212
msgid "Secret question"
msgstr "Question secrète"
""")

# == fees and payments =======================================================================

add("python/stripe-secret-key", "fees/stripe_checkout.py", "Stripe API docs: Authentication (stripe.api_key), Checkout Sessions", r"""
import stripe
from django.conf import settings
from django.urls import reverse

stripe.api_key = "@@secret@@"
stripe.api_version = "2024-06-20"


def checkout_for_enrolment(request, enrolment):
    course = enrolment.course
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=enrolment.student.email,
        line_items=[{
            "price_data": {
                "currency": "eur",
                "unit_amount": int(course.fee * 100),
                "product_data": {"name": f"{course.title} ({enrolment.term.code})"},
            },
            "quantity": 1,
        }],
        metadata={"enrolment_id": str(enrolment.pk)},
        success_url=request.build_absolute_uri(reverse("fees:paid")) + "?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=request.build_absolute_uri(reverse("fees:cancelled")),
        payment_method_types=["card", "ideal", "sepa_debit"],
        locale=settings.STRIPE_LOCALES.get(enrolment.student.language, "auto"),
    )
    enrolment.checkout_session = session.id
    enrolment.save(update_fields=["checkout_session"])
    return session.url
""", secret=stripe_key("sk_live_"))

add("env/stripe-webhook-secret", "fees-service/.env.production", "Stripe docs: Webhooks, verify signatures with the endpoint secret (whsec_)", r"""
NODE_ENV=production
PORT=8085
PUBLIC_URL=https://fees.lingua-school.com
STRIPE_API_KEY_REF=arn:aws:secretsmanager:eu-west-1:381492006615:secret:prod/fees/stripe-2Tq9Lm
STRIPE_WEBHOOK_SECRET=whsec_@@secret@@
INVOICE_PREFIX=LS-2024-
DEPOSIT_PERCENT=30
LOG_LEVEL=info
""", secret=draw(32))

add("php/stripe-restricted-key", "wp-content/plugins/lingua-booking/includes/class-lingua-stripe.php", "Stripe docs: Restricted API keys (rk_live_)", r"""
<?php
/**
 * Stripe helper for the summer-camp booking form (deposits only).
 */
defined( 'ABSPATH' ) || exit;

class Lingua_Stripe {

	const RESTRICTED_KEY = '@@secret@@';

	public static function create_deposit_intent( $booking_id, $amount_eur, $email ) {
		\Stripe\Stripe::setApiKey( self::RESTRICTED_KEY );
		return \Stripe\PaymentIntent::create( array(
			'amount'        => (int) round( $amount_eur * 100 ),
			'currency'      => 'eur',
			'receipt_email' => sanitize_email( $email ),
			'metadata'      => array( 'booking_id' => $booking_id, 'source' => 'summer-camp' ),
			'automatic_payment_methods' => array( 'enabled' => true ),
		) );
	}
}
""", secret=stripe_key("rk_live_"))

add("java/paypal-client-secret", "agent-portal/src/main/java/com/linguaschool/agents/pay/PayPalConfig.java", "PayPal developer docs: REST API authentication (client ID and secret)", r"""
package com.linguaschool.agents.pay;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {

    // Live app "Lingua agent commissions"
    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    @Bean
    public PayPalHttpClient payPalHttpClient() {
        return new PayPalHttpClient(new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET));
    }
}
""", secret=paypal_client("E"), cid=paypal_client("A"))

add("yaml/braintree-private-key", "homestay-app/config/payments.yml", "Braintree docs: API credentials (merchant ID, public key, private key)", r"""
production:
  provider: braintree
  braintree:
    environment: production
    merchant_id: @@mid@@
    public_key: @@pub@@
    private_key: @@secret@@
    merchant_account_id: linguaschoolEUR
  host_payouts:
    day_of_month: 5
    currency: EUR
""", secret=hexs(32), mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits))

add("ruby/gocardless-access-token", "homestay-app/app/services/gocardless_client.rb", "GoCardless Pro Ruby client README: GoCardlessPro::Client.new(access_token:)", r"""
# Monthly homestay fees by SEPA direct debit.
class GocardlessClient
  def self.client
    @client ||= GoCardlessPro::Client.new(
      access_token: "@@secret@@",
      environment: :live
    )
  end

  def self.collect(mandate_id:, amount_cents:, reference:)
    client.payments.create(
      params: {
        amount: amount_cents,
        currency: "EUR",
        charge_date: Date.current.next_month.beginning_of_month.iso8601,
        reference: reference,
        links: { mandate: mandate_id }
      },
      headers: { "Idempotency-Key" => "homestay-#{reference}" }
    )
  end
end
""", secret="live_" + draw(40, URLSAFE))

add("typescript/mollie-api-key", "summer-camp/src/payments/mollie.ts", "Mollie API docs: Authentication, live_ API keys; mollie-api-node", r"""
import createMollieClient, { PaymentMethod } from "@mollie/api-client";

const mollie = createMollieClient({ apiKey: "@@secret@@" });

export async function createCampDeposit(bookingId: string, amountEur: number, locale: string) {
  const payment = await mollie.payments.create({
    amount: { currency: "EUR", value: amountEur.toFixed(2) },
    description: `Summer camp deposit ${bookingId}`,
    redirectUrl: `https://camp.lingua-school.com/booking/${bookingId}/thanks`,
    webhookUrl: "https://camp.lingua-school.com/api/mollie/webhook",
    method: [PaymentMethod.ideal, PaymentMethod.bancontact, PaymentMethod.creditcard],
    locale: locale as any,
    metadata: { bookingId },
  });
  return payment.getCheckoutUrl();
}
""", secret="live_" + draw(30))

add("python/razorpay-key-secret", "agents/razorpay_india.py", "Razorpay Python SDK README: razorpay.Client(auth=(key_id, key_secret))", r"""
""" + '"""Fee payments for students applying through our Indian agents (INR)."""' + r"""
import razorpay

client = razorpay.Client(auth=("rzp_live_@@kid@@", "@@secret@@"))
client.set_app_details({"title": "lingua-agents", "version": "2.3"})


def create_order(application):
    return client.order.create({
        "amount": application.fee_inr * 100,
        "currency": "INR",
        "receipt": f"APP-{application.pk}",
        "notes": {"agent": application.agent.code, "course": application.course.code},
    })


def verify(payload):
    client.utility.verify_payment_signature({
        "razorpay_order_id": payload["razorpay_order_id"],
        "razorpay_payment_id": payload["razorpay_payment_id"],
        "razorpay_signature": payload["razorpay_signature"],
    })
""", secret=draw(24), kid=draw(14))

add("php/paystack-secret-key", "agents/paystack/verify.php", "Paystack API docs: Verify transaction, Authorization: Bearer SECRET_KEY", r"""
<?php
// Callback for the Nigerian and Ghanaian agents' fee payments.
$reference = $_GET['reference'] ?? '';
if (!preg_match('/^[A-Za-z0-9_-]{6,64}$/', $reference)) {
    http_response_code(400);
    exit('bad reference');
}

$curl = curl_init('https://api.paystack.co/transaction/verify/' . rawurlencode($reference));
curl_setopt_array($curl, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer @@secret@@',
        'Cache-Control: no-cache',
    ],
]);
$response = json_decode(curl_exec($curl), true);
curl_close($curl);

if (($response['data']['status'] ?? '') === 'success') {
    require __DIR__ . '/../lib/applications.php';
    mark_fee_paid($response['data']['metadata']['application_id'], $response['data']['amount'] / 100);
    header('Location: /agents/thanks');
} else {
    header('Location: /agents/payment-failed');
}
""", secret="sk_live_" + hexs(40))

add("go/flutterwave-secret-key", "agents/payments/flutterwave.go", "Flutterwave API docs: Authorization Bearer secret key (FLWSECK-)", r"""
package payments

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const flwSecretKey = "@@secret@@"

type flwCharge struct {
	TxRef       string            `json:"tx_ref"`
	Amount      string            `json:"amount"`
	Currency    string            `json:"currency"`
	RedirectURL string            `json:"redirect_url"`
	Customer    map[string]string `json:"customer"`
}

// PaymentLink returns a hosted payment link for an applicant's deposit.
func PaymentLink(c flwCharge) (*http.Response, error) {
	body, _ := json.Marshal(c)
	req, _ := http.NewRequest("POST", "https://api.flutterwave.com/v3/payments", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+flwSecretKey)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
""", secret=flutterwave_key())

add("shell/wise-api-token", "finance/scripts/wise_refunds.sh", "Wise Platform API docs: personal API token, Authorization: Bearer", r"""
#!/usr/bin/env bash
# Pay out approved deposit refunds (visa refused) listed in refunds.csv via Wise.
set -euo pipefail

WISE_TOKEN="@@secret@@"
PROFILE_ID=31884207
API=https://api.transferwise.com

tail -n +2 refunds.csv | while IFS=, read -r student recipient_id amount currency reason; do
  quote=$(curl -s -X POST "$API/v3/profiles/$PROFILE_ID/quotes" \
    -H "Authorization: Bearer $WISE_TOKEN" -H "Content-Type: application/json" \
    -d "{\"sourceCurrency\":\"EUR\",\"targetCurrency\":\"$currency\",\"sourceAmount\":$amount}" | jq -r .id)
  curl -s -X POST "$API/v1/transfers" \
    -H "Authorization: Bearer $WISE_TOKEN" -H "Content-Type: application/json" \
    -d "{\"targetAccount\":$recipient_id,\"quoteUuid\":\"$quote\",\"customerTransactionId\":\"$(uuidgen)\",\"details\":{\"reference\":\"Refund $student\"}}"
  echo " <- $student ($reason)"
done
""", secret=uuid_s())

add("json/xero-client-secret", "XeroSync/appsettings.json", "Xero developer docs: OAuth 2.0 custom connections (client id and secret)", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Xero": {
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "Scopes": "accounting.transactions accounting.contacts",
    "TenantName": "Lingua School Ltd",
    "SalesAccountCode": "200",
    "TrackingCategory": "Campus"
  },
  "Schedule": { "Cron": "0 2 * * *" }
}
""", secret=draw(48, URLSAFE), cid=hexs(32).upper())

add("terraform/adyen-api-key", "infra/payments/terraform.tfvars", "Terraform docs: variable definitions (.tfvars); Adyen API credentials", r"""
environment        = "live"
region             = "eu-west-1"
adyen_merchant     = "LinguaSchoolECOM"
adyen_live_prefix  = "1797a841fbb37ca7-LinguaSchool"
adyen_api_key      = "@@secret@@"
adyen_hmac_key_ref = "prod/payments/adyen-hmac"
alarm_email        = "finance-alerts@lingua-school.com"
""", secret="AQE" + draw(60) + "=-" + draw(43, B64) + "=-" + draw(10))

add("markdown/square-access-token", "docs/finance/handover-reception-2024.md", "Square developer docs: access tokens (production)", r"""
# Reception till - handover (Sofia -> Daniel), Oct 2024

The reception card reader is a Square Terminal. The small booking app at
`reception.lingua-school.local` creates Terminal checkouts for walk-in payments (books, exam fees).

- Square account: finance@lingua-school.com (2FA on Sofia's phone until she leaves, then Daniel's)
- Location: `L8M0TQ2XJ7Z4N` (Dublin campus)
- Terminal device id: `device:995CS397A6475287`
- Production access token (app "Reception till"): `@@secret@@`
- Webhooks: none yet

Daily close: Square Dashboard > Reports > Sales summary, export CSV to the Finance share.
Refunds over EUR 200 need Aoife's approval in the ticket first.
""", secret="EAAAE" + draw(59, URLSAFE))

add("sql/stripe-secret-key", "db/seed/payment_providers.sql", "PostgreSQL docs: INSERT; provider credentials stored in a config table", r"""
-- Seed payment providers for the booking service (run once per environment)
INSERT INTO payment_provider (code, display_name, enabled, api_base, api_key, currency)
VALUES
  ('stripe', 'Card (Stripe)', true, 'https://api.stripe.com', '@@secret@@', 'EUR'),
  ('bank', 'Bank transfer', true, NULL, NULL, 'EUR'),
  ('agent', 'Paid via agent', true, NULL, NULL, 'EUR')
ON CONFLICT (code) DO UPDATE
  SET enabled = EXCLUDED.enabled, api_key = EXCLUDED.api_key;

UPDATE booking_settings SET default_provider = 'stripe' WHERE id = 1;
""", secret=stripe_key("sk_live_", 24))

add("k8s-secret/paypal-client-secret", "deploy/k8s/fees-paypal-secret.yaml", "Kubernetes docs: Secrets, stringData", r"""
apiVersion: v1
kind: Secret
metadata:
  name: fees-paypal
  namespace: fees
type: Opaque
stringData:
  PAYPAL_MODE: live
  PAYPAL_CLIENT_ID: @@cid@@
  PAYPAL_CLIENT_SECRET: @@secret@@
""", secret=paypal_client("E"), cid=paypal_client("A"))

add("typescript/decoy-publishable-key", "enrol-web/src/checkout/stripe.ts", "Stripe docs: API keys, publishable keys are safe in client code", r"""
import { loadStripe, type Stripe } from "@stripe/stripe-js";

// Publishable key: identifies our account to Stripe.js in the browser.
const STRIPE_PUBLISHABLE_KEY = "@@pk@@";

let stripePromise: Promise<Stripe | null> | undefined;

export function getStripe() {
  stripePromise ??= loadStripe(STRIPE_PUBLISHABLE_KEY, { locale: "auto" });
  return stripePromise;
}

export async function redirectToCheckout(sessionId: string) {
  const stripe = await getStripe();
  const { error } = await stripe!.redirectToCheckout({ sessionId });
  if (error) throw new Error(error.message);
}
""", pk=stripe_key("pk_live_"))

add("html/decoy-client-id", "enrol-web/public/pay-deposit.html", "PayPal JavaScript SDK docs: script tag client-id", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your deposit - Lingua School</title>
  <script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=EUR&intent=capture"></script>
</head>
<body>
  <h1>Course deposit</h1>
  <p>Your deposit secures your place. The balance is due two weeks before your course starts.</p>
  <div id="paypal-button-container"></div>
  <script>
    paypal.Buttons({
      createOrder: () => fetch("/api/paypal/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
      onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: "POST" })
        .then(() => { window.location = "/deposit/thanks"; }),
    }).render("#paypal-button-container");
  </script>
</body>
</html>
""", cid=paypal_client("A"))

add("json/decoy-object-id", "fees/tests/fixtures/stripe_checkout_completed.json", "Stripe API docs: Event object, checkout.session.completed", r"""
{
  "id": "evt_1Q@@e@@",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1727800113,
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1@@cs@@",
      "object": "checkout.session",
      "amount_total": 129000,
      "currency": "eur",
      "customer_email": "student@example.test",
      "metadata": {"enrolment_id": "4411"},
      "payment_intent": "pi_3Q@@pi@@",
      "payment_status": "paid",
      "status": "complete"
    }
  },
  "request": {"id": "req_@@req@@", "idempotency_key": "@@idem@@"}
}
""", e=draw(22), cs=draw(56), pi=draw(22), req=draw(14), idem=uuid_s())

add("python/decoy-env-reference", "fees/webhooks.py", "Stripe docs: Webhooks, stripe.Webhook.construct_event", r"""
import os

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

from .models import Payment

WEBHOOK_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


@csrf_exempt
def stripe_webhook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.headers.get("Stripe-Signature", ""), WEBHOOK_SECRET
        )
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponseBadRequest()

    if event["type"] == "checkout.session.completed":
        session = event["data"]["object"]
        Payment.objects.record_checkout(session["metadata"]["enrolment_id"], session["amount_total"], session["id"])
    return HttpResponse(status=200)
""")

add("csv/decoy-object-id", "finance/exports/stripe_payouts_2024-10.csv", "Stripe Dashboard: Payouts export (CSV)", r"""
id,amount,currency,arrival_date,status,balance_transaction,destination
po_1Q@@p1@@,18422.50,eur,2024-10-03,paid,txn_1Q@@t1@@,ba_1N@@b@@
po_1Q@@p2@@,9310.00,eur,2024-10-10,paid,txn_1Q@@t2@@,ba_1N@@b@@
po_1Q@@p3@@,22760.75,eur,2024-10-17,paid,txn_1Q@@t3@@,ba_1N@@b@@
po_1Q@@p4@@,15004.20,eur,2024-10-24,in_transit,txn_1Q@@t4@@,ba_1N@@b@@
""", p1=draw(22), p2=draw(22), p3=draw(22), p4=draw(22), t1=draw(22), t2=draw(22), t3=draw(22), t4=draw(22), b=draw(22))

add("yaml/decoy-placeholder", "homestay-app/config/payments.example.yml", "Braintree docs: API credentials; example configuration", r"""
# Copy to payments.yml (ignored by git) and fill in from the Braintree control panel.
production:
  provider: braintree
  braintree:
    environment: production
    merchant_id: YOUR_MERCHANT_ID
    public_key: YOUR_PUBLIC_KEY
    private_key: YOUR_PRIVATE_KEY
    merchant_account_id: linguaschoolEUR
  host_payouts:
    day_of_month: 5
    currency: EUR
development:
  provider: fake
""")

add("log/decoy-redacted", "logs/fees-webhooks-2024-10-21.log", "pino JSON logs with redact paths", r"""
{"level":30,"time":1729494000123,"msg":"fees-service listening","port":8085,"stripeKey":"sk_live_...[REDACTED]"}
{"level":30,"time":1729494061870,"msg":"webhook received","type":"payment_intent.succeeded","id":"evt_3Q@@e1@@"}
{"level":30,"time":1729494061902,"msg":"deposit recorded","enrolment":4411,"amount":387.00,"pi":"pi_3Q@@p1@@"}
{"level":40,"time":1729494102214,"msg":"signature mismatch","header":"t=1729494102,v1=[REDACTED]","ip":"198.51.100.23"}
{"level":30,"time":1729494300410,"msg":"webhook received","type":"charge.refunded","id":"evt_3Q@@e2@@"}
""", e1=draw(22), p1=draw(22), e2=draw(22))

add("markdown/decoy-bank-details", "docs/finance/paying-by-bank-transfer.md", "EPC SEPA credit transfer; school bank details as printed on invoices", r"""
# Paying your course fees by bank transfer

You can pay by SEPA or international transfer. Please put your **student number** and surname in
the payment reference, e.g. `LS240311 GARCIA`, so we can match it.

| | |
|---|---|
| Account name | Lingua School Ltd |
| Bank | Bank of Ireland, College Green, Dublin 2 |
| IBAN | IE64 BOFI 9000 1729 4410 37 |
| BIC / SWIFT | BOFIIE2D |

International students may prefer to pay through **Flywire**: choose "Lingua School" at
flywire.com/pay and follow the instructions; Flywire sends us your payment reference.

Fees are non-refundable after the course has started, except as described in the visa refusal policy.
""")

# == visa, homestay and e-signature paperwork; messaging and CRM ==============================

add("python/rsa-private-key", "visa/docusign_envelopes.py", "DocuSign eSignature Python SDK: JWT grant (request_jwt_user_token with RSA private key)", r"""
""" + '"""Send visa support letters and homestay agreements for e-signature through DocuSign."""' + r"""
from docusign_esign import ApiClient, EnvelopeDefinition, EnvelopesApi, TemplateRole

INTEGRATION_KEY = "@@ik@@"
IMPERSONATED_USER = "@@user@@"
ACCOUNT_ID = "@@acct@@"
PRIVATE_KEY = b'''@@secret@@
'''


def api_client():
    client = ApiClient(oauth_host_name="account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY, user_id=IMPERSONATED_USER, oauth_host_name="account.docusign.com",
        private_key_bytes=PRIVATE_KEY, expires_in=3600, scopes=["signature", "impersonation"],
    )
    client.host = "https://eu.docusign.net/restapi"
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client


def send_visa_letter(student, template_id):
    envelope = EnvelopeDefinition(
        template_id=template_id, status="sent",
        template_roles=[TemplateRole(email=student.email, name=student.full_name, role_name="Student")],
    )
    return EnvelopesApi(api_client()).create_envelope(ACCOUNT_ID, envelope_definition=envelope)
""", secret=pem("RSA PRIVATE KEY", 25), ik=uuid_s(), user=uuid_s(), acct=uuid_s())

add("env/dropbox-sign-api-key", "visa-letters/.env", "Dropbox Sign API docs: authentication with API key (HTTP Basic user)", r"""
APP_ENV=production
LETTER_TEMPLATE_DIR=/srv/visa-letters/templates
SIGNATORY_NAME="Aoife Brennan, Director of Studies"
DROPBOX_SIGN_API_KEY=@@secret@@
DROPBOX_SIGN_CLIENT_ID=@@cid@@
DROPBOX_SIGN_TEST_MODE=0
ARCHIVE_BUCKET=lingua-visa-archive
""", secret=hexs(64), cid=hexs(32))

add("ruby/pandadoc-api-key", "homestay-app/app/services/host_agreement.rb", "PandaDoc API docs: Authorization: API-Key", r"""
require "faraday"

# Host family agreements are generated from a PandaDoc template and sent to the host to sign.
class HostAgreement
  TEMPLATE_ID = "@@tpl@@".freeze

  def self.conn
    @conn ||= Faraday.new(url: "https://api.pandadoc.com/public/v1") do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "API-Key @@secret@@"
    end
  end

  def self.send_to(host)
    doc = conn.post("documents", {
      name: "Host agreement #{host.reference} #{Date.current.year}",
      template_uuid: TEMPLATE_ID,
      recipients: [{ email: host.email, first_name: host.first_name, last_name: host.last_name, role: "Host" }],
      tokens: [{ name: "Host.Address", value: host.address_line }, { name: "Weekly.Rate", value: host.weekly_rate.to_s }]
    }).body
    sleep 3
    conn.post("documents/#{doc['id']}/send", { silent: false, subject: "Your host family agreement" })
  end
end
""", secret=hexs(40), tpl=draw(22))

add("ansible/sftp-password", "ansible/group_vars/docs_server/vars.yml", "Ansible docs: group_vars; community.general sftp transfers", r"""
---
# docs01: builds visa support letters and ships them to the partner agency's SFTP drop.
letters_user: letters
letters_root: /srv/visa-letters
letters_cron_hour: 6

partner_sftp_host: sftp.visa-partners.example-agency.ie
partner_sftp_port: 22
partner_sftp_user: lingua_school
partner_sftp_password: "@@secret@@"
partner_sftp_remote_dir: /inbound/lingua

insurer_list_recipients:
  - students@insurer.example.com
logrotate_keep_days: 30
""", secret=words_pw())

add("shell/ftp-password", "scripts/upload_insurance_list.sh", "lftp manual: open -u user,password", r"""
#!/bin/bash
# Weekly: send the list of newly arrived students to the medical insurer (required for stamp 2 visas).
set -e
WEEK=$(date +%G-W%V)
FILE=/srv/exports/insurance/arrivals_${WEEK}.csv

psql -h db01.lingua-school.internal -U reports -d enrolment -At -F, \
  -c "select student_no, surname, given_names, dob, nationality, course_start, course_end from arrivals_this_week" > "$FILE"

lftp -u lingua_uploads,'@@secret@@' sftp://sftp.insurer.example.com <<'LFTP'
cd /incoming/lingua
put /srv/exports/insurance/arrivals_latest.csv
bye
LFTP

echo "sent $FILE"
""", secret=words_pw())

add("python/google-api-key", "homestay/matching/commute.py", "Google Maps Platform docs: Distance Matrix API (server key)", r"""
import googlemaps

# Server-side key (IP restricted to app01) used for commute times host -> campus.
gmaps = googlemaps.Client(key="@@secret@@")

CAMPUS = {"dublin": "12 Merrion Square N, Dublin 2", "cork": "5 South Mall, Cork"}


def commute_minutes(host_addresses, campus="dublin"):
    rows = gmaps.distance_matrix(
        origins=host_addresses,
        destinations=[CAMPUS[campus]],
        mode="transit",
        departure_time="now",
    )["rows"]
    return [
        row["elements"][0]["duration"]["value"] // 60 if row["elements"][0]["status"] == "OK" else None
        for row in rows
    ]
""", secret=google_api_key())

add("toml/mongodb-password", "homestay-matcher/.streamlit/secrets.toml", "Streamlit docs: Secrets management (secrets.toml)", r"""
[mongo]
uri = "mongodb+srv://matcher:@@secret@@@homestay.x7kq2.mongodb.net/homestay?retryWrites=true&w=majority"
database = "homestay"

[app]
max_commute_minutes = 45
allow_pets_filter = true
admin_emails = ["accommodation@lingua-school.com"]
""", secret=rand_pw(16))

add("csharp/twilio-auth-token", "HostFamilyPortal/Services/SmsService.cs", "Twilio docs: Send SMS with C# (TwilioClient.Init(accountSid, authToken))", r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace HostFamilyPortal.Services
{
    public class SmsService
    {
        private const string AccountSid = "AC@@sid@@";
        private const string AuthToken = "@@secret@@";
        private const string From = "+353861234500";

        public SmsService()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public string NotifyArrival(string hostPhone, string studentName, string flight, string eta)
        {
            var message = MessageResource.Create(
                body: $"Lingua School: {studentName} lands on {flight} at {eta}. Airport transfer is booked.",
                from: new PhoneNumber(From),
                to: new PhoneNumber(hostPhone));
            return message.Sid;
        }
    }
}
""", secret=hexs(32), sid=hexs(32))

add("php/vonage-api-secret", "admissions-api/config/services.php", "Laravel docs: config/services.php; Vonage API key and secret", r"""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'vonage' => [
        'key' => '@@key@@',
        'secret' => '@@secret@@',
        'sms_from' => 'LinguaSchl',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
""", secret=draw(16), key=hexs(8))

add("python/meta-access-token", "notify/whatsapp.py", "Meta for Developers: WhatsApp Cloud API, send template messages (Bearer access token)", r"""
import requests

PHONE_NUMBER_ID = "114829306651027"
ACCESS_TOKEN = "@@secret@@"
GRAPH = f"https://graph.facebook.com/v20.0/{PHONE_NUMBER_ID}/messages"


def send_class_reminder(to_number, student_first_name, class_time, room):
    payload = {
        "messaging_product": "whatsapp",
        "to": to_number,
        "type": "template",
        "template": {
            "name": "class_reminder",
            "language": {"code": "en"},
            "components": [{
                "type": "body",
                "parameters": [
                    {"type": "text", "text": student_first_name},
                    {"type": "text", "text": class_time},
                    {"type": "text", "text": room},
                ],
            }],
        },
    }
    resp = requests.post(GRAPH, json=payload, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["messages"][0]["id"]
""", secret=meta_token())

add("go/telegram-bot-token", "cmd/studentbot/main.go", "go-telegram-bot-api docs: tgbotapi.NewBotAPI(token)", r"""
package main

import (
	"log"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("authorised as @%s", bot.Self.UserName)

	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		var reply string
		switch strings.ToLower(update.Message.Command()) {
		case "timetable":
			reply = "Your timetable: https://portal.lingua-school.com/timetable"
		case "wifi":
			reply = "Connect to Lingua-Students and sign in with your portal account."
		default:
			reply = "Try /timetable or /wifi"
		}
		bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, reply))
	}
}
""", secret=fakes.telegram_token(_seed()))

add("json/slack-webhook-url", "tools/alerts/config.json", "Slack docs: Sending messages using incoming webhooks", r"""
{
  "checks": [
    {"name": "moodle", "url": "https://learn.lingua-school.com/login/index.php", "expect": 200},
    {"name": "portal", "url": "https://portal.lingua-school.com/health", "expect": 200},
    {"name": "bbb01", "url": "https://bbb01.lingua-school.com/bigbluebutton/api", "expect": 200},
    {"name": "placement", "url": "https://placement.lingua-school.com/placement/actuator/health", "expect": 200}
  ],
  "interval_seconds": 120,
  "notify": {
    "slack_webhook": "@@secret@@",
    "channel": "#it-alerts",
    "quiet_hours": "22:00-07:00"
  }
}
""", secret=slack_webhook())

_discord_uid = str(_rng().randint(10**18, 2 * 10**18))
add("typescript/discord-bot-token", "discord-bot/src/index.ts", "discord.js guide: client.login(token)", r"""
import { Client, Events, GatewayIntentBits } from "discord.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

const LANGUAGE_CHANNELS: Record<string, string> = {
  "🇪🇸": "spanish-practice",
  "🇫🇷": "french-practice",
  "🇩🇪": "german-practice",
  "🇯🇵": "japanese-practice",
};

client.once(Events.ClientReady, (c) => {
  console.log(`Conversation club bot ready as ${c.user.tag}`);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== "club") return;
  const flag = interaction.options.getString("language", true);
  await interaction.reply(`Head to #${LANGUAGE_CHANNELS[flag] ?? "general"} - the next session starts at 18:00.`);
});

client.login("@@secret@@");
""", secret=b64(_discord_uid).rstrip("=") + "." + draw(6, URLSAFE) + "." + draw(38, URLSAFE))

add("yaml/teams-webhook-url", "monitoring/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: msteams_config webhook_url", r"""
global:
  resolve_timeout: 5m

route:
  receiver: it-team
  group_by: [alertname, instance]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: [severity="page"]
      receiver: it-team
      repeat_interval: 30m

receivers:
  - name: it-team
    msteams_configs:
      - webhook_url: "@@secret@@"
        send_resolved: true
        title: '{{ template "msteams.default.title" . }}'

inhibit_rules:
  - source_matchers: [severity="page"]
    target_matchers: [severity="warning"]
    equal: [instance]
""", secret=teams_webhook())

add("env/hubspot-private-app-token", "crm-sync/.env", "HubSpot developer docs: Private apps, access token (pat-)", r"""
# Sync confirmed enrolments and agent leads into HubSpot
HUBSPOT_PORTAL_ID=26481193
HUBSPOT_ACCESS_TOKEN=pat-eu1-@@secret_tail@@
HUBSPOT_PIPELINE_ENROLMENTS=enrolments-2024
SYNC_SINCE_DAYS=2
PORTAL_API=https://portal.lingua-school.com/api/v2
PORTAL_API_TOKEN_FILE=/run/secrets/portal_api_token
""", secret="pat-eu1-" + (_hs := uuid_s()), secret_tail=_hs)

add("python/mailchimp-api-key", "marketing/mailchimp_sync.py", "Mailchimp Marketing API Python client: set_config api_key and server", r"""
import mailchimp_marketing as MailchimpMarketing
from mailchimp_marketing.api_client import ApiClientError

from portal.models import Student

API_KEY = "@@secret@@"
LIST_ID = "8c1f0e2a77"

client = MailchimpMarketing.Client()
client.set_config({"api_key": API_KEY, "server": API_KEY.rsplit("-", 1)[1]})


def sync_alumni(since):
    for student in Student.objects.filter(course_end__gte=since, marketing_consent=True):
        try:
            client.lists.set_list_member(LIST_ID, student.email_hash, {
                "email_address": student.email,
                "status_if_new": "subscribed",
                "merge_fields": {"FNAME": student.first_name, "COURSE": student.last_course_code},
                "tags": ["alumni", student.nationality_code],
            })
        except ApiClientError as err:
            print(student.pk, err.text)
""", secret=mailchimp_key())

add("php/brevo-api-key", "wp-content/themes/lingua/inc/brevo-newsletter.php", "Brevo API docs: api-key header (xkeysib-)", r"""
<?php
// Newsletter sign-up on the marketing site -> Brevo list "Prospects 2025".
add_action( 'wp_ajax_nopriv_lingua_subscribe', 'lingua_subscribe' );
add_action( 'wp_ajax_lingua_subscribe', 'lingua_subscribe' );

function lingua_subscribe() {
	check_ajax_referer( 'lingua_subscribe' );
	$email = sanitize_email( wp_unslash( $_POST['email'] ?? '' ) );
	if ( ! is_email( $email ) ) {
		wp_send_json_error( 'invalid email', 400 );
	}
	$response = wp_remote_post( 'https://api.brevo.com/v3/contacts', array(
		'headers' => array(
			'api-key'      => '@@secret@@',
			'content-type' => 'application/json',
		),
		'body'    => wp_json_encode( array( 'email' => $email, 'listIds' => array( 14 ), 'updateEnabled' => true ) ),
	) );
	wp_send_json_success( wp_remote_retrieve_response_code( $response ) );
}
""", secret=brevo_key())

add("postfix/sendgrid-api-key", "ansible/roles/mailrelay/files/sasl_passwd", "SendGrid docs: Integrate with Postfix (apikey as username)", r"""
# /etc/postfix/sasl_passwd - relay for printers, NAS and the Moodle server
# postmap hash:/etc/postfix/sasl_passwd after editing
[smtp.sendgrid.net]:587 apikey:@@secret@@
#
# old relay, kept for rollback
# [smtp.office365.com]:587 scanner@lingua-school.com:see-vault
""", secret=sendgrid_key())

add("yaml/smtp-password", "placement-service/src/main/resources/application-mail.yml", "Spring Boot docs: Mail properties (spring.mail.password)", r"""
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: placement@lingua-school.com
    password: "@@secret@@"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
      mail.smtp.connectiontimeout: 5000

placement:
  results:
    from: "Lingua School Placement <placement@lingua-school.com>"
    bcc: admissions@lingua-school.com
    template: placement-result.html
""", secret=words_pw())

add("markdown/typeform-personal-token", "docs/admissions/placement-form-webhooks.md", "Typeform developer docs: personal access tokens, Create/Responses API", r"""
# Pre-arrival questionnaire (Typeform) -> portal

Students fill the pre-arrival questionnaire (accommodation needs, level self-assessment) in Typeform.
Form id: `Xq7LpR2v`. The portal imports responses every 15 minutes.

Quick manual pull when the import is stuck:

```bash
curl -s "https://api.typeform.com/forms/Xq7LpR2v/responses?page_size=100&since=2024-09-01T00:00:00" \
  -H "Authorization: Bearer @@secret@@" | jq '.items | length'
```

If that returns 401 the token has been revoked; make a new one in Typeform > Account >
Personal tokens (scopes: responses:read, forms:read) and update `TYPEFORM_TOKEN` in the portal.
""", secret=typeform_token())

add("shell/calendly-personal-access-token", "scripts/calendly_level_checks.sh", "Calendly API v2 docs: personal access tokens (Bearer)", r"""
#!/usr/bin/env bash
# List this week's booked speaking level checks (Calendly event type "Speaking check 15 min").
set -euo pipefail
TOKEN='@@secret@@'
ORG=https://api.calendly.com/organizations/@@org@@

curl -sG https://api.calendly.com/scheduled_events \
  -H "Authorization: Bearer ${TOKEN}" \
  --data-urlencode "organization=${ORG}" \
  --data-urlencode "min_start_time=$(date -u +%Y-%m-%dT00:00:00Z)" \
  --data-urlencode "max_start_time=$(date -u -d '+7 days' +%Y-%m-%dT23:59:59Z)" \
  --data-urlencode "status=active" \
  | jq -r '.collection[] | [.start_time, .name, .event_memberships[0].user_email] | @tsv'
""", secret=jwt({"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"}, {"iss": "https://auth.calendly.com", "iat": 1718193342, "jti": "9a1e77c2-44b1-4c49-a4f1-0d5a4b2f3e61", "user_uuid": "4b1c6a3e-2f0d-4e77-9a8b-1c2d3e4f5a6b"}), org=uuid_s())

add("powershell/smtp-password", "it/scripts/Send-VisaLetters.ps1", "Microsoft docs: Send-MailMessage, PSCredential", r"""
param(
    [string]$LetterDir = "\\nas01\admissions\visa-letters\outgoing",
    [string]$Smtp = "smtp.office365.com"
)

$user = "visa-letters@lingua-school.com"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Get-ChildItem -Path $LetterDir -Filter *.pdf | ForEach-Object {
    $studentEmail = ($_.BaseName -split "__")[1]
    Send-MailMessage -From $user -To $studentEmail -Bcc "admissions@lingua-school.com" `
        -Subject "Your visa support letter - Lingua School" `
        -Body "Please find your letter attached. Bring the original to your visa appointment." `
        -Attachments $_.FullName -SmtpServer $Smtp -Port 587 -UseSsl -Credential $cred
    Move-Item $_.FullName -Destination "$LetterDir\..\sent\"
}
""", secret=words_pw())

add("python/decoy-reference-number", "visa/letters.py", "Irish Naturalisation and Immigration Service: letter of acceptance contents; Jinja2 templates", r"""
from datetime import date

from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("visa/templates"), autoescape=True)

SCHOOL = {
    "name": "Lingua School Ltd",
    "ilep_code": "ILEP-1187",
    "acels_number": "ACELS 0731",
    "ppsn_employer": "9876543WA",
}


def letter_of_acceptance(student, course, payment):
    return env.get_template("letter_of_acceptance.html").render(
        school=SCHOOL,
        student=student,
        course=course,
        fee_paid=payment.amount,
        fee_receipt=payment.receipt_no,      # e.g. LS-2024-004411
        letter_ref=f"LOA/{date.today():%Y}/{student.student_no}",
        insurance_policy=student.insurance_policy_no,  # e.g. PMI-77-2041188
        issued=date.today(),
    )
""")

add("json/decoy-client-id", "visa/docusign/templates.json", "DocuSign docs: Integration key (client ID) and template IDs", r"""
{
  "environment": "production",
  "integration_key": "@@ik@@",
  "account_id": "@@acct@@",
  "base_path": "https://eu.docusign.net/restapi",
  "private_key_path": "/run/secrets/docusign_private_key.pem",
  "templates": {
    "visa_support_letter": "@@t1@@",
    "homestay_agreement": "@@t2@@",
    "under18_parental_consent": "@@t3@@"
  }
}
""", ik=uuid_s(), acct=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s())

add("csv/decoy-reference-number", "homestay/exports/host_families_2024-09.csv", "Accommodation office export (CSV)", r"""
host_ref,surname,area,eircode_prefix,rooms,garda_vetting_ref,vetting_expiry,weekly_rate_eur,notes
HF-0112,Murphy,Drumcondra,D09,2,NVB-2023-0418822,2026-03-31,260,no pets
HF-0127,O'Sullivan,Rathmines,D06,1,NVB-2022-1190043,2025-11-30,285,vegetarian meals ok
HF-0131,Kowalska,Phibsborough,D07,2,NVB-2024-0022517,2027-01-15,255,cat in house
HF-0140,Byrne,Clontarf,D03,1,NVB-2023-0877310,2026-08-31,290,under-18s approved
HF-0152,Nguyen,Ranelagh,D06,1,NVB-2024-0301964,2027-04-30,295,
""")

add("ansible/decoy-ansible-vault", "ansible/group_vars/docs_server/vault.yml", "Ansible docs: Encrypting content with Ansible Vault", r"""
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
@@l7@@
3739
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(80), l7=hexs(80))

add("env/decoy-placeholder", "crm-sync/.env.sample", "HubSpot developer docs: Private apps (example configuration)", r"""
# Copy to .env. Tokens come from HubSpot > Settings > Integrations > Private apps.
HUBSPOT_PORTAL_ID=
HUBSPOT_ACCESS_TOKEN=pat-eu1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
HUBSPOT_PIPELINE_ENROLMENTS=enrolments-2024
SYNC_SINCE_DAYS=2
PORTAL_API=http://localhost:8000/api/v2
PORTAL_API_TOKEN_FILE=./dev-secrets/portal_api_token
MAILCHIMP_API_KEY=your-api-key-us21
""")

add("html/decoy-site-key", "enrol-web/public/contact.html", "Google reCAPTCHA docs: client-side integration (data-sitekey is public)", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Contact admissions - Lingua School</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/api/contact" method="post">
    <label>Name <input name="name" required></label>
    <label>Email <input type="email" name="email" required></label>
    <label>Course <select name="course"><option>General English</option><option>IELTS</option></select></label>
    <label>Message <textarea name="message"></textarea></label>
    <div class="g-recaptcha" data-sitekey="@@sitekey@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", sitekey=recaptcha_key())

add("typescript/decoy-public-identifiers", "enrol-web/src/analytics.ts", "Segment, Google Analytics 4, Meta Pixel and Intercom docs: client-side snippet identifiers", r"""
import { AnalyticsBrowser } from "@segment/analytics-next";

// Browser-side identifiers; all of these are visible in the page source by design.
export const SEGMENT_WRITE_KEY = "@@seg@@";
export const GA_MEASUREMENT_ID = "G-7QX3K2M9PL";
export const META_PIXEL_ID = "1182044569032217";
export const INTERCOM_APP_ID = "@@icom@@";

export const analytics = AnalyticsBrowser.load({ writeKey: SEGMENT_WRITE_KEY });

export function trackEnquiry(course: string, country: string) {
  analytics.track("Enquiry Submitted", { course, country });
  (window as any).gtag?.("event", "generate_lead", { course });
  (window as any).fbq?.("track", "Lead", { content_name: course });
}
""", seg=draw(32), icom=draw(8, string.ascii_lowercase + string.digits))

add("markdown/decoy-example-password", "docs/it/password-policy.md", "NIST SP 800-63B: memorized secret guidance", r"""
# Staff password policy (2024)

- At least 14 characters. A passphrase of four or more unrelated words is easiest.
- No reuse across systems. The password manager (1Password, "Lingua Staff" account) generates them.
- MFA is mandatory for email, Moodle admin, the portal admin and Zoom.

## Rejected examples
These are on the blocked list; the sign-in page refuses them and anything like them:

| Example | Why it is rejected |
|---|---|
| `Welcome2024!` | season/year pattern |
| `LinguaSchool1` | the school's name |
| `Dublin@123` | city plus a sequence |
| `P@ssw0rd` | common substitution |

Good: `correct horse battery staple` style (but not that one - it is famous).
Report a suspected leak to it@lingua-school.com at once; we rotate, no blame.
""")

add("log/decoy-log-ids", "logs/mail-relay-2024-09-30.log", "Postfix logging format (smtp, sasl)", r"""
Sep 30 07:01:12 relay01 postfix/smtpd[20114]: 4XJ2bq0Lk9z1xyz: client=printer-reception.lingua-school.local[10.20.0.31]
Sep 30 07:01:12 relay01 postfix/cleanup[20117]: 4XJ2bq0Lk9z1xyz: message-id=<@@mid@@@printer-reception>
Sep 30 07:01:13 relay01 postfix/smtp[20118]: 4XJ2bq0Lk9z1xyz: to=<admissions@lingua-school.com>, relay=smtp.sendgrid.net[159.183.224.105]:587, delay=1.2, dsn=2.0.0, status=sent (250 Ok: queued as @@sg@@)
Sep 30 07:15:44 relay01 postfix/smtpd[20301]: warning: unknown[192.0.2.77]: SASL LOGIN authentication failed: authentication failure
Sep 30 07:30:02 relay01 postfix/smtp[20444]: 4XJ2cM3Rt1z2abc: to=<host.hf0127@example.com>, relay=smtp.sendgrid.net[159.183.224.105]:587, delay=0.9, dsn=2.0.0, status=sent (250 Ok: queued as @@sg2@@)
""", mid=hexs(16), sg=draw(22, URLSAFE), sg2=draw(22, URLSAFE))

add("sql/decoy-checksum", "db/migrations/0057_visa_documents.sql", "PostgreSQL docs: CREATE TABLE, bytea/text checksums", r"""
-- 0057: store visa documents by content hash (files live in S3, not in the database)
CREATE TABLE visa_document (
    id            bigserial PRIMARY KEY,
    student_id    bigint NOT NULL REFERENCES student(id),
    kind          text NOT NULL CHECK (kind IN ('passport', 'loa', 'insurance', 'bank_statement', 'receipt')),
    s3_key        text NOT NULL,
    sha256        char(64) NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX visa_document_sha256_idx ON visa_document (student_id, sha256);

-- backfill of the three letters produced before the table existed
INSERT INTO visa_document (student_id, kind, s3_key, sha256) VALUES
  (4411, 'loa', 'loa/2024/LS240311.pdf', '@@h1@@'),
  (4412, 'loa', 'loa/2024/LS240312.pdf', '@@h2@@'),
  (4420, 'receipt', 'receipts/2024/LS-2024-004420.pdf', '@@h3@@');
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("python/decoy-account-sid", "notify/sms_templates.py", "Twilio docs: Account SID (identifier) vs Auth Token; Verify API", r"""
import os

from twilio.rest import Client

# The Account SID identifies the account; the auth token comes from the environment.
TWILIO_ACCOUNT_SID = "AC@@sid@@"
VERIFY_SERVICE_SID = "VA@@va@@"

TEMPLATES = {
    "arrival": "Welcome to Dublin, {name}! Your host family {host} expects you at {eta}.",
    "class_moved": "Lingua School: your {course} class today is in {room}.",
    "otp": "Your Lingua portal code is {code}. It expires in 10 minutes.",
}


def client():
    return Client(TWILIO_ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def start_phone_verification(phone):
    return client().verify.v2.services(VERIFY_SERVICE_SID).verifications.create(to=phone, channel="sms").status
""", sid=hexs(32), va=hexs(32))

add("xml/decoy-template-placeholder", "visa/soap/insurer-enrolment-request.xml", "OASIS WS-Security UsernameToken profile; template with placeholders", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Template: the sender fills the ${...} fields at run time from the vault. -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:ins="urn:insurer:students:v2">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>${insurer.username}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${insurer.password}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <ins:EnrolStudents>
      <ins:PolicyGroup>LINGUA-PMI-2024</ins:PolicyGroup>
      <ins:Students>${students.xml}</ins:Students>
    </ins:EnrolStudents>
  </soapenv:Body>
</soapenv:Envelope>
""")

# == the school's small IT: Wi-Fi, network, NAS, backups, phones, devices =====================

add("yaml/wifi-psk", "it/netplan/01-reception-kiosk.yaml", "Netplan docs: wifis, access-points password", r"""
# Reception check-in kiosk (Ubuntu Core) - joins the staff SSID
network:
  version: 2
  renderer: networkd
  wifis:
    wlan0:
      dhcp4: true
      optional: true
      access-points:
        "Lingua-Staff":
          password: "@@secret@@"
      nameservers:
        addresses: [10.20.0.2, 1.1.1.1]
""", secret=passphrase(""))

add("conf/wifi-psk", "it/hostapd/hostapd-classrooms.conf", "hostapd.conf reference: wpa_passphrase", r"""
# Classroom AP on the Raspberry Pi in the annex (rooms 7-9); teachers' laptops and the smartboards
interface=wlan0
driver=nl80211
ssid=Lingua-Classrooms
country_code=IE
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@secret@@
ignore_broadcast_ssid=0
""", secret=words_pw())

add("routeros/router-admin-password", "it/mikrotik/annex-router-setup.rsc", "MikroTik RouterOS manual: /user add, /interface wireless security-profiles", r"""
# annex router (hAP ax2) initial setup - 2024-08-19
/system identity set name=annex-gw
/user add name=itadmin group=full password="@@secret@@" comment="IT admin (Marek)"
/user disable admin
/ip service disable telnet,ftp,www,api
/ip service set ssh port=2222
/ip service set winbox address=10.20.0.0/24
/interface bridge add name=bridge-lan
/ip address add address=10.30.0.1/24 interface=bridge-lan
/ip dhcp-server network add address=10.30.0.0/24 gateway=10.30.0.1 dns-server=10.20.0.2
/ip firewall nat add chain=srcnat out-interface=ether1 action=masquerade
/system ntp client set enabled=yes servers=ie.pool.ntp.org
""", secret=rand_pw(16, "#!"))

add("cisco-config/switch-admin-password", "it/switches/core-sw01.cfg", "Cisco IOS configuration guide: username ... password 0 (clear text)", r"""
!
hostname core-sw01
!
service timestamps log datetime msec
no service password-encryption
!
username netadmin privilege 15 password 0 @@secret@@
!
vlan 10
 name STAFF
vlan 20
 name STUDENTS
vlan 30
 name CLASSROOM-AV
vlan 99
 name MGMT
!
interface GigabitEthernet1/0/1
 description uplink-fw01
 switchport mode trunk
!
interface Vlan99
 ip address 10.99.0.2 255.255.255.0
!
ip default-gateway 10.99.0.1
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
!
end
""", secret=words_pw())

add("ini/backblaze-b2-application-key", "it/backup/rclone.conf", "rclone docs: Backblaze B2 (account, key)", r"""
[b2-offsite]
type = b2
account = 005@@acct@@0000000003
key = @@secret@@
hard_delete = false

[nas]
type = sftp
host = nas01.lingua-school.local
user = backup
key_file = /root/.ssh/nas-backup_ed25519
shell_type = unix

[offsite-crypt]
type = alias
remote = b2-offsite:lingua-nas-backup
""", secret=b2_key(), acct=hexs(9))

add("shell/restic-repository-password", "it/backup/restic-nightly.sh", "restic docs: Preparing a new repository (RESTIC_PASSWORD)", r"""
#!/bin/bash
# Nightly backup of the NAS shares (admissions, finance, teaching materials) to Backblaze B2.
set -euo pipefail

export B2_ACCOUNT_ID_FILE=/root/.config/b2/id
export RESTIC_REPOSITORY=b2:lingua-nas-backup:restic
export RESTIC_PASSWORD='@@secret@@'

restic backup /mnt/nas/admissions /mnt/nas/finance /mnt/nas/teaching \
  --exclude-file=/etc/restic/excludes.txt --tag nightly --host nas01
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=2%

curl -fsS -m 10 --retry 3 https://hc-ping.com/@@hc@@ > /dev/null
""", secret=passphrase(), hc=uuid_s())

add("ini/wireguard-private-key", "it/wireguard/wg0-staff.conf", "WireGuard docs: wg-quick configuration ([Interface] PrivateKey)", r"""
[Interface]
# Staff VPN gateway on fw01 - remote teachers reach the NAS and the timetable server
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

[Peer]
# Aoife laptop
PublicKey = @@p1@@
AllowedIPs = 10.66.0.11/32

[Peer]
# Marek laptop
PublicKey = @@p2@@
AllowedIPs = 10.66.0.12/32
""", secret=wg_key(), p1=wg_key(), p2=wg_key())

add("compose/mongodb-password", "it/unifi/docker-compose.yml", "linuxserver/unifi-network-application docs: MONGO_PASS", r"""
services:
  unifi-db:
    image: docker.io/mongo:7.0
    container_name: unifi-db
    environment:
      - MONGO_INITDB_ROOT_USERNAME=root
      - MONGO_INITDB_ROOT_PASSWORD_FILE=/run/secrets/mongo_root
    volumes:
      - ./mongo:/data/db
      - ./init-mongo.sh:/docker-entrypoint-initdb.d/init-mongo.sh:ro
    restart: unless-stopped

  unifi-network-application:
    image: lscr.io/linuxserver/unifi-network-application:8.4.62
    container_name: unifi
    environment:
      - PUID=1000
      - PGID=1000
      - TZ=Europe/Dublin
      - MONGO_USER=unifi
      - MONGO_PASS=@@secret@@
      - MONGO_HOST=unifi-db
      - MONGO_PORT=27017
      - MONGO_DBNAME=unifi
    volumes:
      - ./config:/config
    ports:
      - 8443:8443
      - 3478:3478/udp
      - 10001:10001/udp
      - 8080:8080
    depends_on: [unifi-db]
    restart: unless-stopped
""", secret=rand_pw(20))

add("powershell/active-directory-password", "it/ad/New-TeacherAccounts.ps1", "Microsoft docs: New-ADUser -AccountPassword", r"""
# Create AD accounts for the new term's teachers from HR's CSV (name,surname,email,campus).
param([Parameter(Mandatory)][string]$CsvPath)
Import-Module ActiveDirectory

$initial = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force

Import-Csv $CsvPath | ForEach-Object {
    $sam = ($_.name.Substring(0,1) + $_.surname).ToLower() -replace "[^a-z]", ""
    New-ADUser -Name "$($_.name) $($_.surname)" -GivenName $_.name -Surname $_.surname `
        -SamAccountName $sam -UserPrincipalName $_.email -EmailAddress $_.email `
        -Path "OU=Teachers,OU=$($_.campus),DC=lingua-school,DC=local" `
        -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true
    Add-ADGroupMember -Identity "Teachers-$($_.campus)" -Members $sam
    Write-Output "created $sam"
}
""", secret=words_pw())

add("xml/windows-admin-password", "it/deploy/autounattend.xml", "Microsoft Learn: Windows unattended setup, UserAccounts/AdministratorPassword (PlainText)", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>1</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <TimeZone>GMT Standard Time</TimeZone>
      <RegisteredOrganization>Lingua School Ltd</RegisteredOrganization>
      <ComputerName>CLASS-*</ComputerName>
    </component>
  </settings>
</unattend>
""", secret=words_pw())

add("markdown/cctv-admin-password", "it/docs/cctv-nvr.md", "Hikvision NVR user manual: admin account, web access", r"""
# CCTV (entrance, reception, bike shed)

- NVR: Hikvision DS-7608NI, rack in the comms room, `http://10.20.0.40`
- 4 cameras on the PoE switch, VLAN 40, recordings kept 30 days (GDPR notice at the door)
- Admin login: `admin` / `@@secret@@`
- Viewer login for reception: in 1Password ("CCTV viewer")

## Subject access requests
Export clips only on the DPO's written request. Use Playback > Export, USB stick from the safe,
log it in the SAR register.
""", secret=words_pw())

add("shell/tailscale-auth-key", "it/scripts/tailscale-join.sh", "Tailscale docs: Auth keys, tailscale up --authkey", r"""
#!/bin/sh
# Join a new classroom mini-PC to the tailnet so IT can support it remotely.
set -e
curl -fsSL https://tailscale.com/install.sh | sh
tailscale up \
  --authkey=@@secret@@ \
  --advertise-tags=tag:classroom \
  --hostname="class-$(hostname -s)" \
  --ssh
tailscale status
""", secret=tailscale_key())

add("ini/sip-password", "it/voip/pjsip.conf", "Asterisk docs: PJSIP configuration, type=auth password", r"""
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[reception]
type=endpoint
context=internal
disallow=all
allow=ulaw,alaw
auth=reception-auth
aors=reception

[reception-auth]
type=auth
auth_type=userpass
username=reception
password=@@secret@@

[reception]
type=aor
max_contacts=2
""", secret=rand_pw(16))

add("ssh-key/ssh-private-key", "it/keys/nas-backup_ed25519", "OpenSSH ssh-keygen: OpenSSH private key format", r"""
@@secret@@
""", secret=pem("OPENSSH PRIVATE KEY", 6))

add("yaml/mqtt-password", "it/home-assistant/secrets.yaml", "Home Assistant docs: Storing secrets (secrets.yaml)", r"""
# Classroom CO2 and temperature sensors (Home Assistant on the NUC in the comms room)
mqtt_broker: 10.20.0.45
mqtt_username: homeassistant
mqtt_password: "@@secret@@"
latitude_campus: 53.3398
longitude_campus: -6.2490
co2_alert_ppm: 1200
""", secret=rand_pw(18))

add("ini/smb-password", "it/nas/cifs-teaching-materials.cred", "mount.cifs man page: credentials file (username, password, domain)", r"""
# used by /etc/fstab on the classroom mini-PCs:
# //nas01/teaching /mnt/teaching cifs credentials=/etc/cifs-teaching.cred,ro,uid=1000 0 0
username=classroom-ro
password=@@secret@@
domain=LINGUA
""", secret=words_pw())

add("shell/mysql-password", "it/backup/moodle-db-dump.sh", "MySQL docs: mysqldump, -p<password> on the command line", r"""
#!/bin/bash
# Nightly Moodle database dump before restic picks it up.
set -euo pipefail
STAMP=$(date +%F)
OUT=/srv/backup/moodle/moodle-${STAMP}.sql.gz

mysqldump -h mariadb01.lingua-school.internal -u backup -p'@@secret@@' \
  --single-transaction --quick --routines --triggers moodle | gzip -9 > "$OUT"

find /srv/backup/moodle -name 'moodle-*.sql.gz' -mtime +14 -delete
echo "$(date -Is) dumped $(du -h "$OUT" | cut -f1)" >> /var/log/moodle-db-dump.log
""", secret=words_pw())

add("conf/decoy-file-reference", "it/hostapd/hostapd-staff.conf", "hostapd.conf reference: wpa_psk_file, WPA-EAP with RADIUS", r"""
# Staff AP: WPA2-Enterprise against the NPS server; PSK devices (printers) from a root-only file
interface=wlan1
driver=nl80211
ssid=Lingua-Staff-Ent
country_code=IE
hw_mode=a
channel=36
ieee8021x=1
wpa=2
wpa_key_mgmt=WPA-EAP WPA-PSK
wpa_psk_file=/etc/hostapd/staff.psk
auth_server_addr=10.20.0.5
auth_server_port=1812
auth_server_shared_secret_file=/etc/hostapd/radius.secret
rsn_pairwise=CCMP
""")

add("ssh-key/decoy-public-key", "it/keys/nas-backup_ed25519.pub", "OpenSSH ssh-keygen: public key format", r"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ backup@nas01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ marek@it-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ana@portal-dev
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k4@@ restore@dr-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k5@@ ansible@mgmt01
""", k1=draw(43, B64), k2=draw(43, B64), k3=draw(150, B64), k4=draw(87, B64) + "=", k5=draw(43, B64))

add("cisco-config/decoy-password-hash", "it/switches/access-sw02.cfg", "Cisco IOS docs: enable secret 9 / username secret 9 (scrypt hash)", r"""
!
hostname access-sw02
!
service password-encryption
enable algorithm-type scrypt secret 9 $9$@@s1@@$@@h1@@
!
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$@@s2@@$@@h2@@
!
aaa new-model
aaa authentication login default local
!
interface range GigabitEthernet1/0/1-40
 switchport access vlan 20
 spanning-tree portfast
!
interface Vlan99
 ip address 10.99.0.3 255.255.255.0
!
ip ssh version 2
line vty 0 4
 transport input ssh
!
end
""", s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./"))

add("yaml/decoy-secret-reference", "it/home-assistant/configuration.yaml", "Home Assistant docs: !secret references", r"""
homeassistant:
  name: Lingua Campus
  latitude: !secret latitude_campus
  longitude: !secret longitude_campus
  unit_system: metric
  time_zone: Europe/Dublin

mqtt:
  sensor:
    - name: "Room 4 CO2"
      state_topic: "classrooms/room4/co2"
      unit_of_measurement: "ppm"
    - name: "Room 7 CO2"
      state_topic: "classrooms/room7/co2"
      unit_of_measurement: "ppm"

automation: !include automations.yaml
notify:
  - platform: smtp
    name: it_mail
    server: relay01.lingua-school.local
    port: 25
    sender: ha@lingua-school.com
    recipient: it@lingua-school.com
""")

add("markdown/decoy-doc", "it/docs/wifi.md", "UniFi docs: WPA2-Enterprise with RADIUS; hotspot vouchers", r"""
# Wi-Fi on campus

| SSID | Who | How to join |
|---|---|---|
| Lingua-Students | students | WPA2-Enterprise: portal e-mail + portal password (RADIUS via NPS) |
| Lingua-Staff-Ent | staff | WPA2-Enterprise: staff account |
| Lingua-Guest | visitors, agents | captive portal; reception prints a one-day voucher |
| Lingua-Classrooms | smartboards only | PSK, kept by IT, never given to people |

Students who cannot connect: check that the date on the phone is right, then "forget" the network
and accept the certificate `radius.lingua-school.com` (fingerprint SHA-256
`@@fp@@`).

Vouchers expire at midnight; the voucher list is not kept.
""", fp=":".join(hexs(2).upper() for _ in range(16)))

add("ini/decoy-placeholder", "it/wireguard/wg0-peer-template.conf", "WireGuard docs: wg genkey / wg pubkey; client configuration", r"""
# Template for a new staff laptop. Generate the laptop's own key on the laptop:
#   wg genkey | tee privatekey | wg pubkey > publickey
# and send IT only the public key.
[Interface]
PrivateKey = <contents of privatekey on this laptop>
Address = 10.66.0.XX/32
DNS = 10.20.0.2

[Peer]
# fw01 staff gateway (public key, safe to share)
PublicKey = @@pub@@
Endpoint = vpn.lingua-school.com:51820
AllowedIPs = 10.20.0.0/16, 10.66.0.0/24
PersistentKeepalive = 25
""", pub=wg_key())

add("csv/decoy-device-ids", "it/inventory/laptops_2024.csv", "Microsoft Intune device export (CSV)", r"""
asset_tag,model,serial,wifi_mac,intune_device_id,assigned_to,campus
LS-LT-0101,Lenovo ThinkPad E14 G5,PF4@@s1@@,3C:A6:F6:@@m1@@,@@d1@@,a.brennan,Dublin
LS-LT-0102,Lenovo ThinkPad E14 G5,PF4@@s2@@,3C:A6:F6:@@m2@@,@@d2@@,t.okafor,Dublin
LS-LT-0117,Dell Latitude 3440,@@s3@@,A4:BB:6D:@@m3@@,@@d3@@,reception,Dublin
LS-LT-0120,Apple MacBook Air M2,C02@@s4@@,F0:2F:4B:@@m4@@,@@d4@@,m.nowak,Cork
""", s1=draw(5, UPPER_NUM), s2=draw(5, UPPER_NUM), s3=draw(7, UPPER_NUM), s4=draw(9, UPPER_NUM),
    m1=":".join(hexs(2).upper() for _ in range(3)), m2=":".join(hexs(2).upper() for _ in range(3)),
    m3=":".join(hexs(2).upper() for _ in range(3)), m4=":".join(hexs(2).upper() for _ in range(3)),
    d1=uuid_s(), d2=uuid_s(), d3=uuid_s(), d4=uuid_s())

add("log/decoy-redacted", "it/logs/nps-radius-2024-10-14.log", "Microsoft NPS / FreeRADIUS authentication log format (passwords never logged)", r"""
Mon Oct 14 08:51:02 2024 : Auth: (1041) Login OK: [s.yilmaz@students.lingua-school.com] (from client unifi-ap-r4 port 0 cli A2-11-5C-90-3E-7D)
Mon Oct 14 08:51:40 2024 : Auth: (1042) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [k.tanaka@students.lingua-school.com/<via Auth-Type = eap>] (from client unifi-ap-r2 port 0 cli 6E-D1-04-88-AF-12)
Mon Oct 14 08:52:13 2024 : Auth: (1043) Login OK: [k.tanaka@students.lingua-school.com] (from client unifi-ap-r2 port 0 cli 6E-D1-04-88-AF-12)
Mon Oct 14 09:02:55 2024 : Info: User-Password = "<hidden>" (PAP disabled for this client)
Mon Oct 14 09:15:31 2024 : Auth: (1051) Login OK: [printer-ricoh] (from client unifi-ap-recep port 0 cli 00-26-73-1B-9C-40)
""")

add("shell/decoy-secret-manager-reference", "it/backup/restic-env.sh", "restic docs: RESTIC_PASSWORD_COMMAND; 1Password CLI op read", r"""
#!/bin/bash
# Source this before running restic by hand: the password is read from 1Password on demand.
export RESTIC_REPOSITORY=b2:lingua-nas-backup:restic
export RESTIC_PASSWORD_COMMAND="op read op://IT/restic-nas/password"
export B2_ACCOUNT_ID="$(op read op://IT/backblaze-b2/keyID)"
export B2_ACCOUNT_KEY="$(op read op://IT/backblaze-b2/applicationKey)"
echo "restic env ready for $RESTIC_REPOSITORY"
""")

add("xml/decoy-redacted", "it/deploy/unattend-captured.xml", "Microsoft Learn: Windows Setup removes passwords from unattend files (*SENSITIVE*DATA*DELETED*)", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Copied from C:\Windows\Panther\unattend.xml on CLASS-07 after setup, for reference -->
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
        <LocalAccounts>
          <LocalAccount>
            <Password>*SENSITIVE*DATA*DELETED*</Password>
            <Name>classroom</Name>
            <Group>Users</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <TimeZone>GMT Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

add("powershell/decoy-prompted", "it/ad/Reset-StudentPassword.ps1", "Microsoft docs: Set-ADAccountPassword with Read-Host -AsSecureString", r"""
# Reception resets a student's portal/Wi-Fi password while the student is at the desk.
param([Parameter(Mandatory)][string]$StudentEmail)
Import-Module ActiveDirectory

$user = Get-ADUser -Filter "UserPrincipalName -eq '$StudentEmail'" -SearchBase "OU=Students,DC=lingua-school,DC=local"
if (-not $user) { throw "No student $StudentEmail" }

$new = Read-Host -AsSecureString "New temporary password (the student types it)"
Set-ADAccountPassword -Identity $user -Reset -NewPassword $new
Set-ADUser -Identity $user -ChangePasswordAtLogon $true
Write-Host "Password reset for $StudentEmail; they must change it at next sign-in."
""")

# == development, CI, cloud and monitoring ===================================================

add("ini/pypi-token", "packages/lingua-cefr/.pypirc", "Python Packaging User Guide: The .pypirc file (username __token__)", r"""
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
""", secret=fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/release-notes.yml", "GitHub docs: GH_TOKEN for the gh CLI in workflows", r"""
name: Release notes

on:
  release:
    types: [published]

jobs:
  notes:
    runs-on: ubuntu-latest
    env:
      # bot account lingua-bot, repo scope (org SSO authorised)
      GH_TOKEN: @@secret@@
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Post notes to the staff wiki repo
        run: |
          gh release view "${{ github.event.release.tag_name }}" --json body -q .body > notes.md
          gh api repos/lingua-school/staff-wiki/contents/releases/${{ github.event.release.tag_name }}.md \
            -X PUT -f message="release notes" -f content="$(base64 -w0 notes.md)"
""", secret=fakes.github_token(_seed()))

add("npmrc/npm-token", "student-app/.npmrc", "npm docs: .npmrc auth-related configuration (_authToken)", r"""
@lingua-school:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", secret=npm_token())

add("json/docker-hub-token", "ci/docker/config.json", "Docker docs: docker login credentials store (config.json auths, base64 user:token)", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@secret@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/26.1.3 (linux)"
  }
}
""", secret=b64("linguaschool:" + docker_pat()))

add("terraform/digitalocean-token", "infra/do/main.tf", "Terraform Registry: digitalocean provider (token argument)", r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.40"
    }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "bbb" {
  name     = "bbb03"
  region   = "lon1"
  size     = "c-8"
  image    = "ubuntu-22-04-x64"
  ssh_keys = [41877230]
  tags     = ["video", "bigbluebutton"]
}

resource "digitalocean_firewall" "bbb" {
  name        = "bbb"
  droplet_ids = [digitalocean_droplet.bbb.id]
  inbound_rule {
    protocol         = "udp"
    port_range       = "16384-32768"
    source_addresses = ["0.0.0.0/0", "::/0"]
  }
  inbound_rule {
    protocol         = "tcp"
    port_range       = "443"
    source_addresses = ["0.0.0.0/0", "::/0"]
  }
}
""", secret=do_token())

add("dockerfile/gitlab-token", "placement-service/scorer/Dockerfile", "GitLab docs: PyPI packages in the package registry (install with a personal access token)", r"""
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir \
      --index-url https://__token__:@@secret@@@gitlab.com/api/v4/projects/48120936/packages/pypi/simple \
      lingua-cefr==2.3.1

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY scorer/ ./scorer/
USER 10001
EXPOSE 8000
CMD ["python", "-m", "scorer.server", "--port", "8000"]
""", secret=gitlab_token())

add("gitlab-ci/aws-secret-access-key", ".gitlab-ci.yml", "GitLab CI/CD docs: variables; AWS CLI environment variables", r"""
stages: [test, deploy]

variables:
  AWS_DEFAULT_REGION: eu-west-1
  AWS_ACCESS_KEY_ID: @@akid@@
  AWS_SECRET_ACCESS_KEY: "@@secret@@"
  SITE_BUCKET: s3://www.lingua-school.com

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm run lint
    - npm run build

deploy:
  stage: deploy
  image: amazon/aws-cli:2.17.0
  only: [main]
  script:
    - aws s3 sync dist/ "$SITE_BUCKET" --delete --cache-control max-age=300
    - aws cloudfront create-invalidation --distribution-id E2Q8M1XK7RT4PL --paths "/*"
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("rust/postgres-password", "placement-scorer/src/db.rs", "sqlx docs: PgPoolOptions::connect with a postgres:// URL", r"""
use sqlx::postgres::{PgPool, PgPoolOptions};
use std::time::Duration;

const DATABASE_URL: &str = "postgres://scorer:@@secret@@@db01.lingua-school.internal:5432/placement";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(5))
        .connect(DATABASE_URL)
        .await
}

pub async fn save_result(pool: &PgPool, attempt: uuid::Uuid, level: &str, score: f32) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE attempt SET cefr_level = $1, score = $2, scored_at = now() WHERE id = $3")
        .bind(level)
        .bind(score)
        .bind(attempt)
        .execute(pool)
        .await?;
    Ok(())
}
""", secret=rand_pw(22))

add("kotlin/onesignal-rest-api-key", "student-app-android/app/build.gradle.kts", "OneSignal docs: REST API key (server-side); Gradle buildConfigField", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.linguaschool.student"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.linguaschool.student"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "ONESIGNAL_APP_ID", "\"@@appid@@\"")
        buildConfigField("String", "ONESIGNAL_REST_API_KEY", "\"@@secret@@\"")
        buildConfigField("String", "PORTAL_API", "\"https://portal.lingua-school.com/api/\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("com.onesignal:OneSignal:5.1.17")
    implementation("io.agora.rtc:full-sdk:4.3.2")
}
""", secret=b64(uuid_s()).rstrip("="), appid=uuid_s())

add("toml/cloudflare-api-token", "ops/dns/config.toml", "Cloudflare docs: API tokens (Bearer); octoDNS/dnscontrol style config", r"""
[cloudflare]
account_id = "@@acct@@"
api_token = "@@secret@@"

[zones."lingua-school.com"]
proxied_default = true
records_file = "zones/lingua-school.com.yaml"

[zones."lingua-school.ie"]
proxied_default = false
records_file = "zones/lingua-school.ie.yaml"

[notify]
email = "it@lingua-school.com"
""", secret=draw(40, URLSAFE), acct=hexs(32))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "Datadog Agent docs: datadog.yaml api_key", r"""
## Datadog Agent on app01 (portal, moodle cron, translate worker)
api_key: @@secret@@
site: datadoghq.eu
hostname: app01.lingua-school.internal
tags:
  - env:production
  - team:it
  - campus:dublin
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
  env: production
""", secret=hexs(32))

add("ini/newrelic-license-key", "moodle-tools/newrelic.ini", "New Relic Python agent docs: newrelic.ini license_key", r"""
[newrelic]
license_key = @@secret@@
app_name = Moodle tools (cron)
monitor_mode = true
log_file = /var/log/newrelic/python-agent.log
log_level = info
high_security = false
transaction_tracer.enabled = true
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = Moodle tools (staging)
monitor_mode = false
""", secret=newrelic_license())

add("shell/sentry-auth-token", "ops/sentry-release.sh", "Sentry docs: sentry-cli releases; SENTRY_AUTH_TOKEN", r"""
#!/usr/bin/env bash
# Create a Sentry release for the student app and upload source maps.
set -euo pipefail
export SENTRY_AUTH_TOKEN=@@secret@@
export SENTRY_ORG=lingua-school
export SENTRY_PROJECT=student-app

VERSION=$(git rev-parse --short HEAD)
npx sentry-cli releases new "$VERSION"
npx sentry-cli releases set-commits "$VERSION" --auto
npx sentry-cli sourcemaps upload --release "$VERSION" ./dist
npx sentry-cli releases finalize "$VERSION"
""", secret=sentry_user_token())

add("terraform/azure-storage-account-key", "infra/azure/recordings.tf", "Azure docs: storage connection strings (AccountKey); azurerm_linux_function_app app_settings", r"""
resource "azurerm_linux_function_app" "recordings" {
  name                       = "fn-lingua-recordings"
  resource_group_name        = azurerm_resource_group.video.name
  location                   = "northeurope"
  service_plan_id            = azurerm_service_plan.video.id
  storage_account_name       = "stlinguafn"
  storage_uses_managed_identity = true

  site_config {
    application_stack { python_version = "3.11" }
  }

  app_settings = {
    "RECORDINGS_CONTAINER"   = "class-recordings"
    "RECORDINGS_RETENTION_D" = "60"
    "RECORDINGS_STORAGE"     = "DefaultEndpointsProtocol=https;AccountName=stlinguarecordings;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  }
}
""", secret=azure_storage_key())

add("python/aws-secret-access-key", "ops/aws_costs.py", "Boto3 docs: Credentials (passing credentials as parameters); Cost Explorer", r"""
""" + '"""Monthly cost report per project tag (portal, video, translate) for the finance meeting."""' + r"""
import datetime as dt

import boto3

ce = boto3.client(
    "ce",
    region_name="us-east-1",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
)

today = dt.date.today().replace(day=1)
start = (today - dt.timedelta(days=1)).replace(day=1)
resp = ce.get_cost_and_usage(
    TimePeriod={"Start": start.isoformat(), "End": today.isoformat()},
    Granularity="MONTHLY",
    Metrics=["UnblendedCost"],
    GroupBy=[{"Type": "TAG", "Key": "project"}],
)
for group in resp["ResultsByTime"][0]["Groups"]:
    amount = float(group["Metrics"]["UnblendedCost"]["Amount"])
    print(f"{group['Keys'][0]:<30} {amount:10.2f} USD")
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("github-actions/azure-ad-client-secret", ".github/workflows/e2e-teams-rooms.yml", "Microsoft identity platform: client credentials flow (client secret); GitHub Actions env", r"""
name: e2e - Teams room bookings

on:
  workflow_dispatch:
  schedule:
    - cron: "0 6 * * 1"

jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      AZURE_TENANT_ID: @@tenant@@
      AZURE_CLIENT_ID: @@client@@
      AZURE_CLIENT_SECRET: "@@secret@@"
      ROOM_MAILBOX: room-hybrid-1@lingua-school.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npm run test:e2e -- --grep @rooms
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("markdown/github-fine-grained-token", "docs/dev/onboarding.md", "GitHub docs: fine-grained personal access tokens", r"""
# Developer onboarding

Welcome! A few things to set up on day one.

## Repos
All code is in the `lingua-school` GitHub org. Ask Ana to add you to the `devs` team.

## Bot account
Some scripts (release notes, wiki sync) run as `lingua-bot`. Until we move them to a GitHub App,
they use this fine-grained token (contents: read/write on `staff-wiki` and `student-portal`, expires
2025-06-30):

```
@@secret@@
```

## Local services
`docker compose -f docker-compose.dev.yml up` starts Postgres, Redis and Mailpit. The portal
runs at http://localhost:8000; log in with the fixture users from `docs/portal/SETUP.md`.
""", secret=fakes.github_fine_grained_token(_seed()))

add("python/atlassian-api-token", "scripts/jira_weekly_it.py", "Atlassian docs: Basic auth for REST APIs (email + API token)", r"""
import requests

JIRA = "https://lingua-school.atlassian.net"
AUTH = ("marek.nowak@lingua-school.com", "@@secret@@")

jql = 'project = IT AND created >= -7d ORDER BY priority DESC'
resp = requests.get(f"{JIRA}/rest/api/3/search", params={"jql": jql, "maxResults": 100,
                                                         "fields": "summary,status,priority,assignee"},
                    auth=AUTH, timeout=20)
resp.raise_for_status()

print("IT tickets this week")
for issue in resp.json()["issues"]:
    f = issue["fields"]
    who = (f.get("assignee") or {}).get("displayName", "-")
    print(f"{issue['key']:<8} {f['priority']['name']:<8} {f['status']['name']:<12} {who:<16} {f['summary']}")
""", secret=jira_token())

add("yaml/airtable-pat", "ops/homestay-airtable-sync.yml", "Airtable docs: personal access tokens (pat...)", r"""
# Sync host family availability from the accommodation team's Airtable base into the homestay app.
source:
  type: airtable
  base_id: app@@base@@
  table: Hosts
  view: Available next term
  token: @@secret@@
target:
  type: postgres
  dsn_env: HOMESTAY_DATABASE_URL
  table: host_availability
schedule: "*/30 7-19 * * 1-5"
fields:
  Host ref: host_ref
  Rooms free: rooms_free
  From: available_from
  To: available_to
""", secret=airtable_pat(), base=draw(14))

add("json/auth0-client-secret", "agent-portal/.vscode/launch.json", "VS Code docs: launch.json env; Auth0 docs: application client secret", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "agent-portal (prod tenant)",
      "program": "${workspaceFolder}/server/index.js",
      "env": {
        "NODE_ENV": "development",
        "AUTH0_DOMAIN": "lingua-agents.eu.auth0.com",
        "AUTH0_CLIENT_ID": "@@cid@@",
        "AUTH0_CLIENT_SECRET": "@@secret@@",
        "AUTH0_AUDIENCE": "https://agents-api.lingua-school.com"
      },
      "console": "integratedTerminal"
    }
  ]
}
""", secret=draw(64, URLSAFE), cid=draw(32))

add("env/zendesk-api-token", "helpdesk/.env", "Zendesk API docs: API token authentication ({email}/token:{api_token})", r"""
ZENDESK_SUBDOMAIN=linguaschool
ZENDESK_EMAIL=it@lingua-school.com/token
ZENDESK_API_TOKEN=@@secret@@
ZENDESK_GROUP_STUDENT_SERVICES=360011827734
ZENDESK_GROUP_ACCOMMODATION=360011827754
AUTO_TAG_LANGUAGES=es,pt,it,ja,ko,tr
""", secret=draw(40))

add("sql/postgres-password", "db/roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", r"""
-- Roles for the enrolment database. Run as postgres on db01.
CREATE ROLE portal_app LOGIN;
CREATE ROLE analyst LOGIN;
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@' VALID UNTIL '2025-12-31';

GRANT CONNECT ON DATABASE enrolment TO portal_app, analyst, reporting;
GRANT USAGE ON SCHEMA public TO analyst, reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst;
GRANT SELECT ON v_enrolment_summary, v_placement_results, v_arrivals TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analyst;
""", secret=words_pw())

add("log/package-index-password", "logs/ci-build-1187.log", "pip docs: --extra-index-url with credentials in the URL; CI job log", r"""
Running with gitlab-runner 17.2.0 on runner-lingua-01
Preparing the "docker" executor
Using docker image python:3.12-slim
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out 9c41e2ab as detached HEAD (ref is main)...
$ pip install --extra-index-url https://ci-reader:@@secret@@@pypi.lingua-school.com/simple -r requirements.txt
Looking in indexes: https://pypi.org/simple, https://ci-reader:****@pypi.lingua-school.com/simple
Collecting lingua-cefr==2.3.1
  Downloading https://pypi.lingua-school.com/packages/lingua_cefr-2.3.1-py3-none-any.whl (48 kB)
Collecting django==5.0.9
Successfully installed django-5.0.9 lingua-cefr-2.3.1
$ pytest -q
........................................................ [100%]
56 passed in 12.41s
Job succeeded
""", secret=words_pw())

# == decoys of development, CI and operations ================================================

add("ini/decoy-placeholder", "packages/lingua-cefr/.pypirc.example", "Python Packaging User Guide: The .pypirc file", r"""
# Copy to ~/.pypirc on the release machine. Prefer trusted publishing from CI instead.
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = <paste a project-scoped PyPI token here, starting with pypi->
""")

add("github-actions/decoy-oidc-trusted-publishing", ".github/workflows/publish-cefr.yml", "PyPI docs: Trusted publishers; pypa/gh-action-pypi-publish", r"""
name: Publish lingua-cefr

on:
  push:
    tags: ["cefr-v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build && python -m build packages/lingua-cefr
      - uses: actions/upload-artifact@v4
        with: {name: dist, path: packages/lingua-cefr/dist/}

  publish:
    needs: build
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with: {name: dist, path: dist/}
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("terraform/decoy-variable", "infra/azure/variables.tf", "Terraform docs: Input variables, sensitive", r"""
variable "location" {
  type    = string
  default = "northeurope"
}

variable "sql_admin_login" {
  type    = string
  default = "lingua_sqladmin"
}

variable "sql_admin_password" {
  description = "Set from TF_VAR_sql_admin_password in the pipeline; never in a tfvars file."
  type        = string
  sensitive   = true
}

variable "translator_key_secret_name" {
  type    = string
  default = "translator-key"
}

variable "tags" {
  type = map(string)
  default = {
    owner   = "it"
    project = "video"
  }
}
""")

add("dockerfile/decoy-build-secret-mount", "portal/Dockerfile", "Docker docs: Build secrets (RUN --mount=type=secret)", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \
    pip install --no-cache-dir --index-url "$(cat /run/secrets/pip_index_url)" -r requirements.txt

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

ARG GIT_SHA=unknown
ENV SENTRY_RELEASE=${GIT_SHA}
USER 10001
CMD ["gunicorn", "portal.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4"]
""")

add("compose/decoy-local-dev-default", "docker-compose.dev.yml", "Docker Hub postgres image docs: POSTGRES_PASSWORD for local development", r"""
# Local development only: nothing here is reachable from outside the laptop.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: enrolment
      POSTGRES_USER: portal
      POSTGRES_PASSWORD: portal
    ports: ["127.0.0.1:5432:5432"]
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7
    ports: ["127.0.0.1:6379:6379"]
  mailpit:
    image: axllent/mailpit:v1.20
    ports: ["127.0.0.1:8025:8025", "127.0.0.1:1025:1025"]
volumes:
  pgdata: {}
""")

add("json/decoy-integrity-hash", "student-app/package-lock.json", "npm docs: package-lock.json (integrity, Subresource Integrity sha512)", r"""
{
  "name": "lingua-student-app",
  "version": "4.1.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "lingua-student-app",
      "version": "4.1.2",
      "dependencies": {
        "@stripe/stripe-js": "4.1.0",
        "firebase": "10.12.4"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/firebase": {
      "version": "10.12.4",
      "resolved": "https://registry.npmjs.org/firebase/-/firebase-10.12.4.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=draw(86, B64), i2=draw(86, B64))

add("requirements/decoy-hash", "portal/requirements.txt", "pip docs: Secure installs, hash-checking mode (--hash=sha256:)", r"""
# pip-compile --generate-hashes requirements.in
django==5.0.9 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
django-environ==0.11.2 \
    --hash=sha256:@@h3@@
stripe==10.7.0 \
    --hash=sha256:@@h4@@
deepl==1.18.0 \
    --hash=sha256:@@h5@@
requests==2.32.3 \
    --hash=sha256:@@h6@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish(), h6=sha256ish())

add("yaml/decoy-sops-encrypted", "deploy/secrets/translate-worker.enc.yaml", "Mozilla SOPS README: encrypted YAML values (ENC[AES256_GCM,...])", r"""
deepl_auth_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
google_api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:381492006615:key/@@kms@@
          created_at: "2024-10-02T09:14:51Z"
          enc: AQICAHh@@enc@@
          aws_profile: ""
    lastmodified: "2024-10-02T09:14:52Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.9.0
""", d1=draw(56, B64), iv1=draw(43, B64) + "=", t1=draw(22, B64) + "==", d2=draw(52, B64), iv2=draw(43, B64) + "=",
    t2=draw(22, B64) + "==", kms=uuid_s(), enc=draw(180, B64) + "==", mac=draw(88, B64), iv3=draw(43, B64) + "=",
    t3=draw(22, B64) + "==")

add("k8s/decoy-external-secret", "deploy/k8s/translate-external-secret.yaml", "External Secrets Operator docs: ExternalSecret with AWS Secrets Manager", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: translate-worker
  namespace: translate
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: translate-worker
    creationPolicy: Owner
  data:
    - secretKey: DEEPL_AUTH_KEY
      remoteRef:
        key: prod/translate/deepl
        property: auth_key
    - secretKey: GOOGLE_API_KEY
      remoteRef:
        key: prod/translate/google
        property: api_key
""")

add("terraform/decoy-generated-at-apply", "infra/aws/portal-secrets.tf", "Terraform Registry: random_password; aws_secretsmanager_secret_version", r"""
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name                    = "prod/portal/db"
  recovery_window_in_days = 7
  kms_key_id              = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({
    username = "portal_app"
    password = random_password.portal_db.result
    host     = aws_db_instance.enrolment.address
  })
}

output "portal_db_secret_arn" {
  value = aws_secretsmanager_secret.portal_db.arn
}
""")

add("markdown/decoy-commit-sha", "CHANGELOG.md", "Keep a Changelog format; git commit ids", r"""
# Changelog

## [3.4.0] - 2024-10-14
### Added
- Placement test results e-mailed in the student's language (@@c1@@).
- Zoom recordings archived to S3 after `recording.completed` (@@c2@@).

### Fixed
- Homestay commute times used the wrong campus for Cork students (@@c3@@).

## [3.3.2] - 2024-09-23
### Security
- Rotated the Moodle web-service token after it appeared in a support ticket; the old token is
  revoked (@@c4@@).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("yaml/decoy-hash", "poetry.lock.excerpt.yaml", "Poetry docs: poetry.lock file hashes", r"""
# Excerpt of poetry.lock for the security review of the translate worker (converted to YAML)
package:
  - name: deepl
    version: 1.18.0
    files:
      - file: deepl-1.18.0-py3-none-any.whl
        hash: sha256:@@h1@@
      - file: deepl-1.18.0.tar.gz
        hash: sha256:@@h2@@
  - name: boto3
    version: 1.35.36
    files:
      - file: boto3-1.35.36-py3-none-any.whl
        hash: sha256:@@h3@@
metadata:
  lock-version: "2.0"
  python-versions: ">=3.11,<3.13"
  content-hash: @@h4@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())

add("yaml/decoy-regex", ".pre-commit-config.yaml", "pre-commit docs: .pre-commit-config.yaml (rev, exclude regex)", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @@r1@@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
        exclude: ^it/keys/.*\.pub$
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @@r2@@  # frozen: v0.6.9
    hooks:
      - id: ruff
      - id: ruff-format
  - repo: local
    hooks:
      - id: no-live-stripe-keys
        name: no live Stripe keys
        language: pygrep
        entry: '(sk|rk)_live_[0-9a-zA-Z]{24,}'
        exclude: ^docs/
""", r1=hexs(40), r2=hexs(40))

add("python/decoy-regex", "portal/uploads/dlp.py", "Python re docs; common credential patterns used in data-loss checks", r"""
""" + '"""Warn staff when a student uploads a document that seems to contain credentials or card numbers."""' + r"""
import re

PATTERNS = {
    "aws_access_key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "stripe_live_key": re.compile(r"\b[sr]k_live_[0-9A-Za-z]{24,}\b"),
    "google_api_key": re.compile(r"\bAIza[0-9A-Za-z_\-]{35}\b"),
    "private_key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),
    "card_number": re.compile(r"\b(?:\d[ -]?){13,19}\b"),
    "iban": re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"),
}


def findings(text):
    return sorted({name for name, pattern in PATTERNS.items() if pattern.search(text)})
""")

add("go/decoy-public-key", "internal/auth/jwks.go", "RFC 7517 JSON Web Key (public RSA key: n, e)", r"""
package auth

// Public signing key of the agent portal's identity provider, pinned for offline verification.
// Only the public modulus and exponent: tokens cannot be signed with this.
const agentIdpJWKS = `{
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
}`

var pinnedIssuer = "https://lingua-agents.eu.auth0.com/"
""", kid=draw(27, URLSAFE), n=draw(342, URLSAFE))

_cert_body = draw(64 * 18, B64)
add("pem/decoy-certificate", "it/certs/radius-ca.crt", "RFC 7468: textual encoding of certificates (public)", r"""
-----BEGIN CERTIFICATE-----
MIIDqTCCApGgAwIBAgIU@@head@@
@@body@@
-----END CERTIFICATE-----
""", head=draw(44, B64), body="\n".join(_cert_body[i:i + 64] for i in range(0, len(_cert_body), 64)))

add("k8s/decoy-configmap", "deploy/k8s/portal-configmap.yaml", "Kubernetes docs: ConfigMaps (non-confidential configuration)", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-config
  namespace: portal
data:
  DJANGO_SETTINGS_MODULE: portal.settings.production
  DJANGO_ALLOWED_HOSTS: enrol.lingua-school.com,portal.lingua-school.com
  MOODLE_URL: https://learn.lingua-school.com
  ZOOM_ACCOUNT_ID_REF: prod/portal/zoom
  STRIPE_PUBLISHABLE_KEY: @@pk@@
  SENTRY_DSN: https://@@dsn@@@o4507112233.ingest.de.sentry.io/4507112244
  PLACEMENT_LEVELS: A1,A2,B1,B2,C1,C2
""", pk=stripe_key("pk_live_"), dsn=hexs(32))

add("shell/decoy-generated", "scripts/rotate_moodle_token.sh", "AWS CLI docs: secretsmanager put-secret-value; openssl rand", r"""
#!/usr/bin/env bash
# Rotate the portal's Moodle web-service token: create a new one in Moodle, store it, revoke the old.
set -euo pipefail

NEW=$(sudo -u www-data php /var/www/moodle/admin/cli/create_token.php --user=svc-portal --service=portal_sync | tail -1)
[ ${#NEW} -eq 32 ] || { echo "unexpected token length" >&2; exit 1; }

aws secretsmanager put-secret-value --secret-id prod/portal/moodle-wstoken --secret-string "$NEW"
kubectl -n portal rollout restart deploy/portal-worker

OLD_ID=$(sudo -u www-data php /var/www/moodle/admin/cli/list_tokens.php --user=svc-portal --older-than=1d | awk '{print $1}')
for id in $OLD_ID; do
  sudo -u www-data php /var/www/moodle/admin/cli/delete_token.php --id="$id"
done
echo "rotated; new token ends ...${NEW: -4}"
""")

add("notebook/decoy-hash", "analytics/cefr_results_by_cohort.ipynb", "Jupyter nbformat v4; pseudonymised ids (sha1)", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "                                 student_key cohort start_level end_level\n",
       "0  @@h1@@  2024-A          A2        B1\n",
       "1  @@h2@@  2024-A          B1        B2\n",
       "2  @@h3@@  2024-B          B2        B2"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "df = pd.read_parquet('data/placement_pseudonymised.parquet')  # student_key = sha1(salt + student_no)\n",
    "df[['student_key', 'cohort', 'start_level', 'end_level']].head(3)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=hexs(40), h2=hexs(40), h3=hexs(40))

add("yaml/decoy-redacted", "classroom-api/spec/fixtures/vcr_cassettes/zoom_create_meeting.yml", "VCR docs: filter_sensitive_data", r"""
---
http_interactions:
- request:
    method: post
    uri: https://api.zoom.us/v2/users/t.okafor@lingua-school.com/meetings
    body:
      encoding: UTF-8
      string: '{"topic":"B1 General English","type":2,"duration":90}'
    headers:
      Authorization:
      - Bearer <ZOOM_ACCESS_TOKEN>
      Content-Type:
      - application/json
  response:
    status:
      code: 201
      message: Created
    body:
      encoding: UTF-8
      string: '{"id":84712290531,"host_email":"t.okafor@lingua-school.com","join_url":"https://zoom.us/j/84712290531","password":"<ZOOM_MEETING_PASSCODE>"}'
  recorded_at: Tue, 01 Oct 2024 08:12:44 GMT
recorded_with: VCR 6.2.0
""")

add("php/decoy-test-fixture", "admissions-api/tests/Feature/StripeWebhookTest.php", "Stripe docs: Webhook signatures (test with a locally generated secret); PHPUnit", r"""
<?php

namespace Tests\Feature;

use Tests\TestCase;

class StripeWebhookTest extends TestCase
{
    private const TEST_SECRET = 'whsec_test_secret_for_unit_tests_only';

    public function test_valid_signature_marks_deposit_paid(): void
    {
        config(['services.stripe.webhook_secret' => self::TEST_SECRET]);
        $payload = json_encode(['type' => 'payment_intent.succeeded', 'data' => ['object' => ['metadata' => ['application_id' => 12]]]]);
        $timestamp = time();
        $signature = hash_hmac('sha256', "{$timestamp}.{$payload}", self::TEST_SECRET);

        $this->call('POST', '/stripe/webhook', [], [], [], [
            'HTTP_STRIPE_SIGNATURE' => "t={$timestamp},v1={$signature}",
            'CONTENT_TYPE' => 'application/json',
        ], $payload)->assertOk();

        $this->assertDatabaseHas('applications', ['id' => 12, 'deposit_paid' => true]);
    }
}
""")

add("json/decoy-user-secrets-id", "FeesService/appsettings.Development.json", "Microsoft docs: Safe storage of app secrets in development (UserSecretsId)", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug",
      "Microsoft.AspNetCore": "Information"
    }
  },
  "ConnectionStrings": {
    "Fees": "Server=(localdb)\\MSSQLLocalDB;Database=Fees_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "UserSecrets": {
    "Note": "Stripe and Xero keys: dotnet user-secrets set \"Stripe:SecretKey\" <key>",
    "UserSecretsId": "@@usid@@"
  },
  "Invoices": {
    "Currency": "EUR",
    "DepositPercent": 30
  }
}
""", usid=uuid_s())

add("properties/decoy-test-fixture", "placement-service/src/test/resources/application-test.properties", "Spring Boot docs: H2 in-memory database for tests", r"""
spring.datasource.url=jdbc:h2:mem:placement;MODE=MySQL;DB_CLOSE_DELAY=-1
spring.datasource.username=sa
spring.datasource.password=
spring.jpa.hibernate.ddl-auto=create-drop
spring.mail.host=localhost
spring.mail.port=3025
spring.mail.username=test
spring.mail.password=test
placement.levels=A1,A2,B1,B2,C1,C2
placement.timeout-minutes=1
""")

add("xcconfig/decoy-build-variable", "PronunciationCoach/Config/Release.xcconfig", "Xcode docs: build configuration files (.xcconfig), variables from CI", r"""
// Release configuration. Secrets are injected by CI into Secrets.xcconfig (git-ignored).
#include? "Secrets.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.linguaschool.pronunciation
MARKETING_VERSION = 2.4.0
CURRENT_PROJECT_VERSION = 87
API_BASE_URL = https:/$()/coach-api.lingua-school.com
ELEVENLABS_PROXY_PATH = /v1/tts
TTS_API_KEY = $(TTS_API_KEY_FROM_CI)
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""")

add("plist/decoy-client-id", "PronunciationCoach/Info.plist", "Google Sign-In for iOS docs: GIDClientID and URL scheme in Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Pronunciation Coach</string>
    <key>GIDClientID</key>
    <string>730418825519-@@cid@@.apps.googleusercontent.com</string>
    <key>CFBundleURLTypes</key>
    <array>
        <dict>
            <key>CFBundleURLSchemes</key>
            <array>
                <string>com.googleusercontent.apps.730418825519-@@cid@@</string>
            </array>
        </dict>
    </array>
    <key>NSMicrophoneUsageDescription</key>
    <string>We record your voice to score your pronunciation.</string>
    <key>TTSApiKey</key>
    <string>$(TTS_API_KEY)</string>
</dict>
</plist>
""", cid=draw(32, string.ascii_lowercase + string.digits))

add("log/decoy-image-digest", "logs/deploy-2024-10-30.log", "Docker docs: image digests (sha256); kubectl rollout output", r"""
2024-10-30T21:02:11Z deploy portal 3.4.1 (git @@g@@)
2024-10-30T21:02:14Z pushed registry.lingua-school.com/portal@sha256:@@d1@@
2024-10-30T21:02:15Z pushed registry.lingua-school.com/portal-worker@sha256:@@d2@@
2024-10-30T21:02:19Z kubectl -n portal set image deploy/portal web=registry.lingua-school.com/portal@sha256:@@d1@@
2024-10-30T21:02:58Z deployment "portal" successfully rolled out
2024-10-30T21:03:01Z cosign verify: signature ok, key id @@kid@@
2024-10-30T21:03:02Z done
""", g=hexs(40), d1=sha256ish(), d2=sha256ish(), kid=hexs(16))

_pgp_body = draw(64 * 12, B64)
add("markdown/decoy-pgp-public-key", "SECURITY.md", "RFC 4880 OpenPGP ASCII armor (public key block); security.txt practice", r"""
# Security

Please report vulnerabilities in the student portal, the placement test or the apps to
security@lingua-school.com. We answer within two working days. Do not test on real students' data.

Encrypt sensitive reports with our public key (fingerprint `@@fp@@`):

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGb@@head@@
@@body@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
```
""", fp=" ".join(hexs(4).upper() for _ in range(10)), head=draw(57, B64),
    body="\n".join(_pgp_body[i:i + 64] for i in range(0, len(_pgp_body), 64)), crc=draw(4, B64))

add("sql/decoy-sql-hash-function", "db/views/v_placement_results.sql", "PostgreSQL docs: md5() and pgcrypto digest() for pseudonymisation", r"""
-- Reporting view: placement results without direct identifiers.
CREATE OR REPLACE VIEW v_placement_results AS
SELECT
    encode(digest('lingua-reporting-v1' || s.student_no, 'sha1'), 'hex') AS student_key,
    md5(lower(s.email))                                              AS email_hash,
    s.nationality_code,
    a.test_version,
    a.started_at::date                                               AS test_date,
    a.cefr_level,
    round(a.score::numeric, 1)                                       AS score
FROM attempt a
JOIN student s ON s.id = a.student_id
WHERE a.scored_at IS NOT NULL;

GRANT SELECT ON v_placement_results TO reporting;
""")

add("github-actions/decoy-ci-service-password", ".github/workflows/ci.yml", "GitHub docs: Creating PostgreSQL service containers", r"""
name: CI

on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: portal
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: enrolment_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5
    env:
      DATABASE_URL: postgres://portal:postgres@localhost:5432/enrolment_test
      DJANGO_SECRET_KEY: ci-not-secret
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("properties/decoy-env-reference", "student-app-android/gradle.properties", "Gradle docs: gradle.properties; Android signing config from environment", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# Release signing: CI provides these as environment variables (ORG_GRADLE_PROJECT_*)
lingua.signing.storeFile=/run/secrets/upload-keystore.jks
lingua.signing.keyAlias=upload
lingua.signing.storePassword=${LINGUA_UPLOAD_STORE_PASSWORD}
lingua.signing.keyPassword=${LINGUA_UPLOAD_KEY_PASSWORD}
""")

add("env/decoy-insecure-test-key", "enrolment-portal/.env.ci", "Django docs: SECRET_KEY (django-insecure- prefix for throwaway keys)", r"""
# CI only - throwaway values, nothing real
DJANGO_SETTINGS_MODULE=portal.settings.test
DJANGO_SECRET_KEY=django-insecure-ci-only-do-not-use-anywhere-else
DATABASE_URL=postgres://portal:postgres@localhost:5432/enrolment_test
CELERY_TASK_ALWAYS_EAGER=True
EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
STRIPE_SECRET_KEY=sk_test_dummy
DEEPL_AUTH_KEY=dummy:fx
""")
