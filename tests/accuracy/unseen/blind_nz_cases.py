"""Blind set NZ: a Minnesota Hmong farmers' market vendors' association and a family egg-roll caterer.

The association (Koom Haum Tshav Khw Hmoob Minnesota, "MHGVA": vendor roster, stall fees, market
bucks/EBT tokens on Square, SMS reminders, newsletter, WordPress site, Facebook group, a small
Django app for stall assignments) and the Yang family's egg-roll catering (Kab Yaub Tsev Neeg Yaj:
online orders, fryer and walk-in sensors, delivery van, invoices, QuickBooks), with notes and
comments partly in Hmong (RPA) and English. About 130 files holding one credential each and about
90 decoys. Generated fakes only (seeds 8710000-8719999).
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
UPPER = string.ascii_uppercase + string.digits
DIGITS = string.digits
SEED_LO, SEED_HI = 8710000, 8719999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kabyaub", "Zaub", "Paj", "Ntaub", "Qaib", "Nyuj", "Roob", "Dej", "Hmoob", "Nplooj",
         "Txiv", "Lws", "Ntses", "Mov", "Nqaij", "Taub", "Qos", "Kua", "Hnub", "Hli", "Ntuj", "Kws"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(WORDS).lower() + r.choice("!#$*@?.") + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailchimp() -> str:
    return hexs(32) + "-us14"


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def twilio_key() -> str:
    return "SK" + hexs(32)


def square_token() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def square_app_id() -> str:
    return "sq0idp-" + fakes.drawn(_seed(), 22, ALNUM + "-_")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def airtable_pat() -> str:
    return mixed(14, "pat") + "." + hexs(64)


def notion() -> str:
    return "ntn_" + rnd(11, DIGITS) + mixed(35)


def gmail_app() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def azure_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(64))
    return base64.b64encode(raw).decode()


def cloudflare() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "-_")


def fb_token() -> str:
    return mixed(176, "EAAG")


def dropbox() -> str:
    return "sl." + fakes.drawn(_seed(), 136, ALNUM + "-_")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def google_refresh() -> str:
    return "1//0" + fakes.drawn(_seed(), 99, ALNUM + "-_")


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def fcm_legacy() -> str:
    return "AAAA" + rnd(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def asana() -> str:
    r = _rng()
    return f"2/{r.randint(10**15, 10**16)}/{r.randint(10**15, 10**16)}:" + hexs(32)


def linear() -> str:
    return mixed(40, "lin_api_")


def netlify() -> str:
    return mixed(36, "nfp_")


def hubspot() -> str:
    return "pat-na1-" + uuid_s()


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt_like(payload: str) -> str:
    return b64url('{"alg":"HS256","typ":"JWT"}') + "." + b64url(payload) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def mapbox(kind: str = "sk") -> str:
    return f"{kind}." + b64url('{"u":"mhgva-maps","a":"' + rnd(25, string.ascii_lowercase + DIGITS) + '"}') + "." + mixed(22)


def ssh_pub() -> str:
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(_rng().getrandbits(8) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(raw).decode()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-nz/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- association: website, WordPress, newsletter

add("php/wp-db-password", "site/mhgva-wp/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
/**
 * MHGVA website - Koom Haum Tshav Khw Hmoob Minnesota
 * Tsis txhob hloov cov no yog tsis nug Pheng ua ntej.
 */
define( 'DB_NAME', 'mhgva_wp' );
define( 'DB_USER', 'mhgva_wp_user' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'tk_';

define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-getenv", "site/mhgva-wp-staging/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
// staging site (staging.mhgva.org) - cov lus zais nyob hauv Plesk environment, tsis nyob hauv git
define( 'DB_NAME',     getenv( 'WP_DB_NAME' ) );
define( 'DB_USER',     getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WP_DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'tk_';
define( 'WP_ENVIRONMENT_TYPE', 'staging' );
require_once ABSPATH . 'wp-settings.php';
''')

add("php/wp-auth-salt", "site/mhgva-wp/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", r'''
<?php
// Generated from api.wordpress.org/secret-key/1.1/salt/ - Tou pasted 2024-03-02
// Yog hloov cov no, txhua tus yuav raug log out.
define('AUTH_KEY',         '@@s@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
''', rnd(64, ALNUM + "!#$%&()*+,-.:;<=>?[]^_{|}~"), k2=rnd(64, ALNUM + "!#$%&()*+,-.:;<=>?[]^_{|}~"),
    k3=rnd(64, ALNUM + "!#$%&()*+,-.:;<=>?[]^_{|}~"), k4=rnd(64, ALNUM + "!#$%&()*+,-.:;<=>?[]^_{|}~"))

add("php/mailchimp-key", "site/mhgva-wp/wp-content/plugins/tk-newsletter/tk-newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
<?php
/*
Plugin Name: TK Newsletter Signup
Description: Sau npe txais ntawv xov xwm (newsletter) - Hmong & English lists
Version: 0.3
*/
if ( ! defined( 'ABSPATH' ) ) exit;

const TK_MC_API_KEY = '@@s@@';
const TK_MC_LIST_HMN = 'a81c0d92fe';
const TK_MC_LIST_EN  = '3be77f04a1';

function tk_newsletter_subscribe( $email, $lang = 'hmn' ) {
	$list = $lang === 'hmn' ? TK_MC_LIST_HMN : TK_MC_LIST_EN;
	$url  = 'https://us14.api.mailchimp.com/3.0/lists/' . $list . '/members';
	return wp_remote_post( $url, array(
		'headers' => array( 'Authorization' => 'apikey ' . TK_MC_API_KEY ),
		'body'    => wp_json_encode( array( 'email_address' => $email, 'status' => 'pending' ) ),
	) );
}
''', mailchimp())

add("php/decoy-mailchimp-option", "site/mhgva-wp/wp-content/plugins/tk-newsletter/admin.php", "https://developer.wordpress.org/plugins/settings/options-api/", r'''
<?php
// Admin page: muab API key tso rau hauv Settings > TK Newsletter, tsis txhob sau rau hauv code.
function tk_newsletter_key() {
	$key = get_option( 'tk_mc_api_key', '' );
	if ( empty( $key ) ) {
		add_action( 'admin_notices', function () {
			echo '<div class="notice notice-warning"><p>Tsis tau muaj Mailchimp API key. Mus rau Settings.</p></div>';
		} );
	}
	return $key;
}
// Example format shown in the help text: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us14
''')

add("yaml/wp-cli-basic-auth-url", "site/mhgva-wp/wp-cli.yml", "https://make.wordpress.org/cli/handbook/references/config/", r'''
path: public_html
url: https://mhgva.org

@production:
  ssh: mhgva@sftp.mhgva.org/home/mhgva/public_html

@staging:
  ssh: mhgva@sftp.mhgva.org/home/mhgva/staging
  http: https://tkadmin:@@s@@@staging.mhgva.org
''', mixed(16))

add("sql/decoy-wp-users-hash", "site/backups/tk_users_2024-05.sql", "https://developer.wordpress.org/reference/functions/wp_hash_password/", r'''
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: localhost    Database: mhgva_wp
-- Tsuas yog cov users xwb (no posts)

LOCK TABLES `tk_users` WRITE;
INSERT INTO `tk_users` VALUES
(1,'mhgva_admin','$P$B@@h1@@','mhgva-admin','webmaster@mhgva.org','','2019-04-11 18:22:40','',0,'MHGVA Admin'),
(2,'maichue','$wp$2y$10$@@h2@@','maichue','maichue.vang@mhgva.org','','2021-06-02 14:10:03','',0,'Mai Chue Vang'),
(3,'toulee','$wp$2y$10$@@h3@@','toulee','tou.lee@mhgva.org','','2022-03-19 20:45:51','',0,'Tou Lee');
UNLOCK TABLES;
''', h1=rnd(31, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("env/twilio-auth", "ops/sms-reminders/.env", "https://www.twilio.com/docs/iam/credentials/api", r'''
# SMS ceeb toom rau cov neeg muag khoom (stall reminders) - Saturday 5am
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+16515550143
SEND_HOUR=5
DEFAULT_LANG=hmn
''', twilio_token(), sid=twilio_sid())

add("python/twilio-api-key", "ops/sms-reminders/send_reminders.py", "https://www.twilio.com/docs/iam/api-keys", r'''
"""Xa SMS ceeb toom hnub Saturday: koj lub rooj (stall) yog tus lej twg."""
import csv
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
API_KEY_SID = "@@ks@@"
API_KEY_SECRET = "@@s@@"

MSG_HMN = "Nyob zoo {name}! Hnub Saturday no koj lub rooj yog #{stall} ntawm {market}. Tuaj txog ua ntej 6:30 sawv ntxov."
MSG_EN = "Hi {name}! This Saturday your stall is #{stall} at {market}. Please arrive before 6:30 am."

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)

with open("stalls_this_week.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        body = (MSG_HMN if row["lang"] == "hmn" else MSG_EN).format(**row)
        client.messages.create(to=row["phone"], from_="+16515550143", body=body)
''', rnd(32, ALNUM), sid=twilio_sid(), ks=twilio_key())

add("python/decoy-twilio-env", "ops/sms-reminders/check_balance.py", "https://www.twilio.com/docs/usage/api/account", r'''
import os
from twilio.rest import Client

# Saib seb tseem tshuav nyiaj npaum li cas hauv Twilio (balance check)
client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
balance = client.api.v2010.balance.fetch()
print(f"Tseem tshuav: {balance.balance} {balance.currency}")
if float(balance.balance) < 20:
    print("Nco ntsoov ntxiv nyiaj (top up) ua ntej hnub Saturday!")
''')

add("csv/vendor-portal-password", "ops/roster/vendor_logins_2024.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
stall,vendor_name,lus,phone,portal_user,portal_temp_password,notes
A12,Xee Thao,hmn,651-555-0117,xthao,@@s@@,zaub ntsuab + paj
A13,Pa Kou Yang,hmn,651-555-0188,pkyang,,hloov password lawm
B04,Nhia Her,en,763-555-0102,nher,,
B05,Bee Moua,hmn,651-555-0150,bmoua,,tsis muaj email
C01,Youa Vue,hmn,612-555-0139,yvue,,kab yaub + nqaij hnyuv ntxwm
''', words_pw())

add("csv/decoy-stall-fees", "ops/roster/stall_fees_2024.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
stall,vendor_id,vendor_name,season_fee,paid,square_payment_id,receipt_sha1
A12,V-0417,Xee Thao,350.00,yes,@@p1@@,@@h1@@
A13,V-0418,Pa Kou Yang,350.00,yes,@@p2@@,@@h2@@
B04,V-0522,Nhia Her,275.00,partial,@@p3@@,@@h3@@
B05,V-0523,Bee Moua,275.00,no,,
C01,V-0601,Youa Vue,425.00,yes,@@p4@@,@@h4@@
''', p1=rnd(28, UPPER), p2=rnd(28, UPPER), p3=rnd(28, UPPER), p4=rnd(28, UPPER),
    h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("python/square-access-token", "ops/market-bucks/square_sync.py", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
"""Market Bucks (EBT/SNAP match) - rub cov transactions los ntawm Square rau daim ntawv qhia (report)."""
from datetime import date, timedelta

from square.client import Client

# production token - Kao muab rau thaum 4/12, yuav tsum hloov mus siv .env
SQUARE_TOKEN = "@@s@@"
LOCATION_ID = "L8KQ2W4RZP0Y1"

client = Client(access_token=SQUARE_TOKEN, environment="production")


def saturday_payments(day: date):
    begin = day.isoformat() + "T05:00:00-05:00"
    end = (day + timedelta(days=1)).isoformat() + "T00:00:00-05:00"
    result = client.payments.list_payments(begin_time=begin, end_time=end, location_id=LOCATION_ID)
    return result.body.get("payments", [])
''', square_token())

add("json/decoy-square-app-id", "ops/market-bucks/web/square-config.json", "https://developer.squareup.com/docs/web-payments/overview", r'''
{
  "_comment": "Web Payments SDK - application id thiab location id yog public, tsis yog lus zais",
  "applicationId": "@@app@@",
  "locationId": "L8KQ2W4RZP0Y1",
  "environment": "production",
  "currency": "USD",
  "marketBucksMatchLimit": 20
}
''', app=square_app_id())

add("yaml/square-webhook-signature", "ops/market-bucks/config/production.yaml", "https://developer.squareup.com/docs/webhooks/step3validate", r'''
# Market Bucks webhook receiver (Cloud Run)
server:
  port: 8080
square:
  environment: production
  location_id: L8KQ2W4RZP0Y1
  # signature key los ntawm Developer Dashboard > Webhooks > Subscriptions
  webhook_signature_key: "@@s@@"
  notification_url: https://bucks.mhgva.org/square/webhook
report:
  email_to: treasurer@mhgva.org
  lang: hmn
''', fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("yaml/decoy-square-secret-manager", "ops/market-bucks/config/staging.yaml", "https://cloud.google.com/run/docs/configuring/services/secrets", r'''
# staging - cov secrets los ntawm Google Secret Manager (tsis nyob hauv no)
server:
  port: 8080
square:
  environment: sandbox
  location_id: LSBX00TEST42
  access_token: sm://projects/mhgva-bucks/secrets/square-sandbox-token/versions/latest
  webhook_signature_key: sm://projects/mhgva-bucks/secrets/square-webhook-key/versions/latest
  notification_url: https://bucks-staging.mhgva.org/square/webhook
report:
  email_to: pheng.xiong@mhgva.org
''')

add("md/gmail-app-password", "docs/board/treasurer-handoff.md", "https://support.google.com/accounts/answer/185833", r'''
# Treasurer handoff (Ntxhi Lor -> Chue Lor), Lub 1 Hlis 2025

Nyob zoo Chue, ntawm no yog cov khoom koj yuav tsum paub:

1. Bank: Sunrise Banks, account xaus rau ...4471. Koj yuav tau mus sign ntawm lub txhab nyiaj.
2. Square: login yog treasurer@mhgva.org, 2FA mus rau lub xov tooj 651-555-0130.
3. Email reports (Google Workspace): script `send_monthly_report.py` siv app password no:
   `@@s@@`
   (yog tias hloov Google password, app password no yuav tsis ua haujlwm lawm - ua ib qho tshiab)
4. QuickBooks: Pa Nhia yog tus bookkeeper, hu nws ua ntej kaw lub xyoo.

Ua tsaug ntau!
''', gmail_app())

add("md/decoy-board-passwords-moved", "docs/board/README.md", "https://bitwarden.com/help/about-organizations/", r'''
# Pawg Thawj Coj (Board) docs

- Cov lus zais (passwords) tag nrho tsiv mus rau Bitwarden organization "MHGVA Board" lawm.
- Tsis txhob sau password rau hauv cov ntaub ntawv no lossis hauv Facebook Messenger.
- Yog koj tsis muaj Bitwarden invite, email secretary@mhgva.org.
- Old shared Google Sheet "passwords 2019" was deleted on 2024-02-10; all those logins were rotated.

| Tool        | Owner       | Where the login lives          |
|-------------|-------------|--------------------------------|
| Square      | Treasurer   | Bitwarden / Square - Treasurer |
| WordPress   | Webmaster   | Bitwarden / WP admin           |
| Mailchimp   | Secretary   | Bitwarden / Mailchimp          |
''')

add("json/airtable-pat", "ops/roster/airtable-sync/config.json", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
{
  "baseId": "appQ7x2LmVdR4kT9s",
  "tables": {
    "vendors": "tblNeegMuagKhoom",
    "stalls": "tblRoojMuag",
    "payments": "tblThemNyiaj"
  },
  "token": "@@s@@",
  "syncEveryMinutes": 30,
  "timezone": "America/Chicago"
}
''', airtable_pat())

add("js/decoy-airtable-env", "ops/roster/airtable-sync/index.js", "https://github.com/Airtable/airtable.js", r'''
// Sync vendor roster: Airtable -> Google Sheet rau pawg thawj coj
const Airtable = require('airtable');
const config = require('./config.public.json');

const base = new Airtable({ apiKey: process.env.AIRTABLE_TOKEN }).base(config.baseId);

async function vendors() {
  const rows = await base(config.tables.vendors).select({ view: 'Tam sim no (active)' }).all();
  return rows.map(r => ({ name: r.get('Npe'), stall: r.get('Rooj'), lang: r.get('Lus') }));
}

module.exports = { vendors };
''')

add("python/django-secret-key", "apps/stalls/stalls/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Django settings rau stall assignment app (rooj muag khoom)."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["stalls.mhgva.org"]

LANGUAGE_CODE = "en-us"
LANGUAGES = [("en", "English"), ("hmn", "Hmoob")]
TIME_ZONE = "America/Chicago"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "stalls",
        "HOST": "/var/run/postgresql",
    }
}
''', rnd(50, string.ascii_lowercase + DIGITS + "!#$%^&*(-_=+)"))

add("python/decoy-django-settings-env", "apps/stalls/stalls/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/", r'''
import os

from .settings import *  # noqa

# Production: tag nrho lus zais los ntawm systemd EnvironmentFile (/etc/stalls/env), chmod 600
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ.get("STALLS_DB_PASSWORD", "")
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''')

add("pgpass/postgres", "apps/stalls/deploy/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
# copy mus rau ~/.pgpass ntawm lub server, chmod 0600
localhost:5432:stalls:stalls_app:@@s@@
localhost:5432:stalls:stalls_readonly:*
db.mhgva.internal:5432:*:backup:*
''', mixed(20))

add("env/smtp-password", "apps/stalls/deploy/stalls.env", "https://docs.djangoproject.com/en/5.0/topics/email/#smtp-backend", r'''
DJANGO_SETTINGS_MODULE=stalls.settings_prod
DJANGO_SECRET_KEY_FILE=/etc/stalls/django_secret
STALLS_DB_PASSWORD_FILE=/etc/stalls/db_password
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_HOST_USER=noreply@mhgva.org
SMTP_PASSWORD=@@s@@
# ^ Pheng: kuv yuav tsiv qhov no mus rau file ib yam li cov saum toj, tseem tsis tau ua
''', words_pw())

add("systemd/decoy-credential-load", "apps/stalls/deploy/stalls.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH", r'''
[Unit]
Description=MHGVA stall assignments (gunicorn)
After=network.target postgresql.service

[Service]
User=stalls
WorkingDirectory=/srv/stalls
EnvironmentFile=/etc/stalls/env
LoadCredential=django_secret:/etc/stalls/django_secret
LoadCredential=db_password:/etc/stalls/db_password
ExecStart=/srv/stalls/.venv/bin/gunicorn stalls.wsgi:application --bind 127.0.0.1:8010
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("yaml/gh-actions-ssh-key", "apps/stalls/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # TODO: Ger, muab key no tso rau hauv repo secrets! kuv tsis paub ua li cas
      - name: ssh key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'KEY'
          @@s@@
          KEY
          chmod 600 ~/.ssh/id_ed25519
      - run: ssh -o StrictHostKeyChecking=accept-new deploy@stalls.mhgva.org 'cd /srv/stalls && ./deploy.sh'
''', openssh_key().replace("\n", "\n          "))

add("yaml/decoy-gh-actions-secrets", "apps/stalls/.github/workflows/test.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: test
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: ${{ secrets.CI_PG_PASSWORD }}
        ports: ["5432:5432"]
    env:
      DJANGO_SECRET_KEY: ${{ secrets.CI_DJANGO_SECRET_KEY }}
      STALLS_DB_PASSWORD: ${{ secrets.CI_PG_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt
      - run: python manage.py test stalls
''')

add("html/decoy-firebase-web-config", "apps/market-map/public/index.html", "https://firebase.google.com/docs/projects/api-keys", r'''
<!doctype html>
<html lang="hmn">
<head>
  <meta charset="utf-8">
  <title>Daim Ntawv Qhia Tshav Khw - Market Map</title>
  <script src="https://www.gstatic.com/firebasejs/10.12.0/firebase-app-compat.js"></script>
  <script src="https://www.gstatic.com/firebasejs/10.12.0/firebase-firestore-compat.js"></script>
</head>
<body>
  <div id="map"></div>
  <script>
    // Firebase web config: apiKey no yog public identifier, kev ruaj ntseg nyob ntawm Firestore rules
    const firebaseConfig = {
      apiKey: "@@k@@",
      authDomain: "mhgva-market-map.firebaseapp.com",
      projectId: "mhgva-market-map",
      storageBucket: "mhgva-market-map.appspot.com",
      messagingSenderId: "417093382250",
      appId: "1:417093382250:web:6c0e2b7f91ad3e55a1b2c4"
    };
    firebase.initializeApp(firebaseConfig);
  </script>
  <script src="map.js"></script>
</body>
</html>
''', k=google_api())

_GCP_PEM = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account", "apps/market-map/functions/serviceAccount.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "mhgva-market-map",
  "private_key_id": "@@kid@@",
  "private_key": "@@pem@@",
  "client_email": "firebase-adminsdk-7hq2k@mhgva-market-map.iam.gserviceaccount.com",
  "client_id": "108244913370518826461",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-7hq2k%40mhgva-market-map.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _GCP_PEM.split("\n")[2], pem=_GCP_PEM.replace("\n", "\\n") + "\\n", kid=hexs(40))

add("js/decoy-maps-public-token", "apps/market-map/public/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// Daim ntawv qhia rooj muag khoom (stall map), St. Paul market lot
// Public token (pk.) - URL-restricted rau mhgva.org nkaus xwb
mapboxgl.accessToken = '@@pk@@';

const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/streets-v12',
  center: [-93.0715, 44.9537],
  zoom: 18.2
});

fetch('/stalls.geojson').then(r => r.json()).then(data => {
  map.on('load', () => {
    map.addSource('stalls', { type: 'geojson', data });
    map.addLayer({ id: 'rooj', type: 'fill', source: 'stalls', paint: { 'fill-color': '#c0392b', 'fill-opacity': 0.5 } });
  });
});
''', pk=mapbox("pk"))

add("sh/mapbox-secret-upload", "apps/market-map/scripts/upload_tileset.sh", "https://docs.mapbox.com/api/maps/uploads/", r'''
#!/usr/bin/env bash
# Upload stall polygons ua tileset. Xav tau secret token (sk.) nrog uploads:write scope.
set -euo pipefail

MAPBOX_USER=mhgva-maps
MAPBOX_TOKEN="@@s@@"

tilesets upload-source "$MAPBOX_USER" stalls-2025 data/stalls.geojson --token "$MAPBOX_TOKEN" --replace
tilesets publish "$MAPBOX_USER.stalls-2025" --token "$MAPBOX_TOKEN"
echo "Tiav lawm (done)"
''', mapbox("sk"))

add("txt/fb-page-token", "ops/social/facebook_notes.txt", "https://developers.facebook.com/docs/pages-api/getting-started/", r'''
FACEBOOK PAGE - Tshav Khw Hmoob MN
==================================
Page ID: 104822336917254
App: MHGVA Auto Post (app id 879213645520134)

Long-lived page token (Nou Yer tau los ntawm Graph API Explorer, 3/28):
@@s@@

Siv rau auto-post "Hnub no muaj dab tsi" txhua Saturday 7am.
Yog nws expire, mus rau Graph API Explorer -> Get Page Access Token dua.
''', fb_token())

add("python/decoy-fb-graph-ids", "ops/social/post_weekly.py", "https://developers.facebook.com/docs/graph-api/reference/page/feed/", r'''
"""Post "Hnub no muaj dab tsi tom khw" rau Facebook page txhua Saturday."""
import os

import requests

PAGE_ID = "104822336917254"
APP_ID = "879213645520134"
GRAPH = "https://graph.facebook.com/v19.0"


def post(message: str) -> str:
    token = os.environ["FB_PAGE_TOKEN"]  # los ntawm GitHub Actions secret
    r = requests.post(f"{GRAPH}/{PAGE_ID}/feed", data={"message": message, "access_token": token}, timeout=20)
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(post("Nyob zoo! Hnub no muaj zaub ntsuab, paj, thiab kab yaub kub kub. Tuaj yuav nawb!"))
''')

add("json/discord-webhook", "ops/social/discord-bridge/settings.json", "https://discord.com/developers/docs/resources/webhook", r'''
{
  "bridgeName": "vendors-chat-bridge",
  "sourceGroup": "MHGVA Vendors (Hmoob) WhatsApp",
  "discordWebhook": "@@s@@",
  "forwardKeywords": ["rooj", "stall", "nag", "rain", "kaw", "closed"],
  "quietHours": { "start": "22:00", "end": "05:00" }
}
''', discord_webhook())

add("env/decoy-discord-placeholder", "ops/social/discord-bridge/.env.example", "https://discord.com/developers/docs/resources/webhook", r'''
# Theej (copy) file no ua .env thiab sau koj tus kheej cov nqi
DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<webhook_id>/<webhook_token>
WHATSAPP_EXPORT_DIR=./exports
FORWARD_KEYWORDS=rooj,stall,nag,rain,kaw,closed
TZ=America/Chicago
''')

add("chat/slack-webhook-pasted", "ops/social/whatsapp-export-board-2024-06.txt", "https://api.slack.com/messaging/webhooks", r'''
6/14/24, 9:02 PM - Pheng Xiong: Kuv teeb tsa Slack rau pawg thawj coj lawm
6/14/24, 9:02 PM - Pheng Xiong: Webhook rau #board-alerts yog no
6/14/24, 9:03 PM - Pheng Xiong: @@s@@
6/14/24, 9:05 PM - Mai Chue Vang: Ua tsaug Pheng! Kuv yuav muab rau hauv Google Form script
6/14/24, 9:07 PM - Chue Lor: Hnub Saturday nag los tsis los? Peb puas yuav tsum kaw?
6/14/24, 9:10 PM - Pheng Xiong: Weather says 40% - tseem qhib
6/14/24, 9:11 PM - Mai Chue Vang: OK 👍
''', slack_webhook())

add("chat/decoy-whatsapp-password-reset", "ops/social/whatsapp-export-board-2024-09.txt", "https://support.google.com/accounts/answer/41078", r'''
9/03/24, 7:40 PM - Chue Lor: Kuv nkag tsis tau rau Square lawm, password tsis ua haujlwm
9/03/24, 7:41 PM - Mai Chue Vang: Tsis txhob xa password rau hauv no nawb 🙏
9/03/24, 7:41 PM - Mai Chue Vang: Nias "Forgot password" thiab nws yuav xa link rau treasurer@ email
9/03/24, 7:52 PM - Chue Lor: Tau lawm, reset lawm. Tus tshiab nyob hauv Bitwarden
9/03/24, 7:53 PM - Pheng Xiong: Zoo heev. Kuv kuj tau tig 2FA rau lub Square account
9/03/24, 7:55 PM - Chue Lor: Ua tsaug!
''')

add("gs/apps-script-slack", "ops/forms/vendor-application/Code.gs", "https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app", r'''
/**
 * Google Form: Daim ntawv thov ua tus neeg muag khoom (vendor application)
 * Thaum muaj ib tus thov tshiab, xa ceeb toom mus rau Slack #board-alerts.
 */
var SLACK_BOT_TOKEN = '@@s@@';
var CHANNEL = 'C05R8BOARD1';

function onFormSubmit(e) {
  var r = e.namedValues;
  var text = ':seedling: Daim ntawv thov tshiab: ' + r['Npe (Name)'][0] + ' - ' + r['Khoom muag (Products)'][0];
  UrlFetchApp.fetch('https://slack.com/api/chat.postMessage', {
    method: 'post',
    contentType: 'application/json',
    headers: { Authorization: 'Bearer ' + SLACK_BOT_TOKEN },
    payload: JSON.stringify({ channel: CHANNEL, text: text })
  });
}
''', slack_bot())

add("gs/decoy-apps-script-properties", "ops/forms/stall-payment/Code.gs", "https://developers.google.com/apps-script/guides/properties", r'''
/**
 * Stall payment receipts - xa daim ntawv txais nyiaj (receipt) rau tus neeg muag khoom.
 * Token nyob hauv Script Properties (Project Settings > Script properties), tsis nyob ntawm no.
 */
function sendReceipt(row) {
  var props = PropertiesService.getScriptProperties();
  var token = props.getProperty('SQUARE_TOKEN');
  if (!token) throw new Error('Tsis muaj SQUARE_TOKEN hauv Script Properties');
  var body = 'Ua tsaug ' + row.name + '! Peb tau txais $' + row.amount + ' rau rooj ' + row.stall + '.';
  MailApp.sendEmail(row.email, 'MHGVA receipt / Daim ntawv txais nyiaj', body);
}
''')

# ---------------------------------------------------------------- catering: online orders and payments

add("js/stripe-live-secret", "catering/kabyaub-orders/server/payments.js", "https://docs.stripe.com/keys", r'''
// Kab Yaub Tsev Neeg Yaj - catering deposits (50% ua ntej)
const express = require('express');
const Stripe = require('stripe');

// TODO(Kou): tsiv mus rau .env ua ntej Niam pib siv
const stripe = Stripe('@@s@@');
const router = express.Router();

router.post('/deposit', async (req, res) => {
  const { trays, eventDate, email } = req.body;
  const cents = trays * 4500 / 2; // $45 ib lub tais (tray of 50), deposit 50%
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    customer_email: email,
    line_items: [{ price_data: { currency: 'usd', unit_amount: cents, product_data: { name: `Egg roll deposit - ${eventDate}` } }, quantity: 1 }],
    success_url: 'https://yangeggrolls.com/ua-tsaug',
    cancel_url: 'https://yangeggrolls.com/order',
  });
  res.json({ url: session.url });
});

module.exports = router;
''', stripe())

add("js/decoy-stripe-publishable", "catering/kabyaub-orders/web/src/stripe.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
import { loadStripe } from '@stripe/stripe-js';

// Publishable key - nws yuav tsum nyob hauv browser, tsis yog lus zais
export const stripePromise = loadStripe('@@pk@@');

export const TRAY_PRICES = {
  pork: 4500,      // nqaij npuas
  chicken: 4500,   // nqaij qaib
  veggie: 4000,    // zaub xwb
};
''', pk=mixed(99, "pk_live_"))

add("env/stripe-webhook-secret", "catering/kabyaub-orders/server/.env", "https://docs.stripe.com/webhooks#verify-official-libraries", r'''
NODE_ENV=production
PORT=3000
STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_key
STRIPE_WEBHOOK_SECRET=@@s@@
ORDER_NOTIFY_PHONE=+16515550199
KITCHEN_TZ=America/Chicago
''', mixed(32, "whsec_"))

add("env/decoy-env-example", "catering/kabyaub-orders/server/.env.example", "https://docs.stripe.com/keys", r'''
# Theej ua .env. Tsis txhob commit .env tiag!
NODE_ENV=development
PORT=3000
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_replace_me
SHOPIFY_ADMIN_TOKEN=
ORDER_NOTIFY_PHONE=+1XXXXXXXXXX
KITCHEN_TZ=America/Chicago
''')

add("ts/shopify-admin-token", "catering/shop/sync-inventory.ts", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
// Frozen egg rolls (kab yaub khov) - sync inventory from kitchen sheet to Shopify
import '@shopify/shopify-api/adapters/node';
import { shopifyApi, ApiVersion, Session } from '@shopify/shopify-api';

const SHOP = 'yang-egg-rolls.myshopify.com';
const ADMIN_TOKEN = '@@s@@'; // custom app "Kitchen Sync"

const shopify = shopifyApi({ apiSecretKey: 'unused-for-custom-app', adminApiAccessToken: ADMIN_TOKEN, apiVersion: ApiVersion.April24, isCustomStoreApp: true, isEmbeddedApp: false, hostName: SHOP });

export async function setFrozenStock(variantInventoryItemId: string, qty: number) {
  const session = new Session({ id: 'offline', shop: SHOP, state: '', isOnline: false, accessToken: ADMIN_TOKEN });
  const client = new shopify.clients.Graphql({ session });
  return client.request(`mutation($id: ID!, $q: Int!) { inventorySetOnHandQuantities(input: { reason: "correction", setQuantities: [{ inventoryItemId: $id, locationId: "gid://shopify/Location/7781420", quantity: $q }] }) { userErrors { message } } }`, { variables: { id: variantInventoryItemId, q: qty } });
}
''', shopify())

add("toml/decoy-shopify-app-toml", "catering/shop/kitchen-sync/shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", r'''
# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration
client_id = "@@cid@@"
name = "Kitchen Sync"
application_url = "https://sync.yangeggrolls.com"
embedded = false

[access_scopes]
scopes = "read_products,write_inventory,read_orders"

[webhooks]
api_version = "2024-04"
''', cid=hexs(32))

add("python/square-catering-token", "catering/pos/square_daily_close.py", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# -*- coding: utf-8 -*-
"""Kaw hnub (daily close): sau tag nrho cov muag tau tom khw rau hauv Google Sheet."""
import datetime as dt

import requests

TOKEN = "@@s@@"  # Square - Yang Egg Rolls (kab yaub) location
HEAD = {"Authorization": f"Bearer {TOKEN}", "Square-Version": "2024-04-17"}


def today_total(location: str = "LQ4Y7YANG2KYB") -> float:
    start = dt.datetime.now().strftime("%Y-%m-%dT00:00:00-05:00")
    r = requests.get("https://connect.squareup.com/v2/payments",
                     params={"begin_time": start, "location_id": location}, headers=HEAD, timeout=30)
    r.raise_for_status()
    return sum(p["amount_money"]["amount"] for p in r.json().get("payments", [])) / 100


if __name__ == "__main__":
    print(f"Hnub no muag tau ${today_total():,.2f}")
''', square_token())

add("ini/quickbooks-client-secret", "catering/books/qbo.ini", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", r'''
; QuickBooks Online - export invoices (daim nqi) rau catering
[intuit]
environment = production
client_id = AB@@cid@@
client_secret = @@s@@
redirect_uri = https://books.yangeggrolls.com/callback
realm_id = 9130355123846211

[export]
folder = ~/Dropbox/Yang Egg Rolls/Invoices
''', mixed(40), cid=mixed(48))

add("python/decoy-qbo-keyring", "catering/books/export_invoices.py", "https://pypi.org/project/keyring/", r'''
"""Export QuickBooks invoices as PDF. Tus client_secret nyob hauv macOS Keychain (keyring)."""
import configparser

import keyring
from intuitlib.client import AuthClient

cfg = configparser.ConfigParser()
cfg.read("qbo.public.ini")

secret = keyring.get_password("yang-qbo", cfg["intuit"]["client_id"])
if not secret:
    raise SystemExit("Tsis muaj client secret hauv keychain. Khiav: keyring set yang-qbo <client_id>")

auth = AuthClient(cfg["intuit"]["client_id"], secret, cfg["intuit"]["redirect_uri"], cfg["intuit"]["environment"])
print("Nkag tau lawm (connected) realm", cfg["intuit"]["realm_id"])
''')

add("json/google-oauth-client", "catering/calendar/client_secret_desktop.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "552190837441-q7v3kd9h1m2nc0bnsu6t8e4r5ylpa0xz.apps.googleusercontent.com",
    "project_id": "yang-catering-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', gocspx())

add("json/google-refresh-token", "catering/calendar/token.json", "https://developers.google.com/identity/protocols/oauth2#expiration", r'''
{
  "token": "ya29.a0AXooCgt-expired-placeholder",
  "refresh_token": "@@s@@",
  "token_uri": "https://oauth2.googleapis.com/token",
  "client_id": "552190837441-q7v3kd9h1m2nc0bnsu6t8e4r5ylpa0xz.apps.googleusercontent.com",
  "scopes": ["https://www.googleapis.com/auth/calendar.events"],
  "universe_domain": "googleapis.com",
  "expiry": "2025-02-11T03:14:07.118263Z"
}
''', google_refresh())

add("python/decoy-calendar-events", "catering/calendar/add_event.py", "https://developers.google.com/calendar/api/quickstart/python", r'''
"""Ntxiv ib qho catering event rau hauv Google Calendar 'Kab Yaub Orders'."""
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

CALENDAR_ID = "c_8f2d1c0b7a6e45f3b9d2a1c0e4f5a6b7@group.calendar.google.com"
SCOPES = ["https://www.googleapis.com/auth/calendar.events"]


def add(event_date: str, customer: str, trays: int, note: str = "") -> str:
    creds = Credentials.from_authorized_user_file("token.json", SCOPES)  # token.json is gitignored
    svc = build("calendar", "v3", credentials=creds)
    body = {"summary": f"{customer} - {trays} lub tais kab yaub", "description": note,
            "start": {"date": event_date}, "end": {"date": event_date}}
    return svc.events().insert(calendarId=CALENDAR_ID, body=body).execute()["id"]
''')

add("md/readme-sendgrid", "catering/kabyaub-orders/README.md", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started", r'''
# kabyaub-orders

Catering order site rau **Kab Yaub Tsev Neeg Yaj** (Yang Family Egg Rolls), Maplewood MN.

## Run locally

```bash
npm install
cp server/.env.example server/.env
npm run dev
```

## Email (order confirmations)

We use SendGrid. For local testing Kou set up a key that only has Mail Send:

```
SENDGRID_API_KEY=@@s@@
```

Nco ntsoov: order confirmation email muaj ob hom lus (Hmoob thiab English).
''', sendgrid())

add("md/decoy-readme-docker", "catering/kabyaub-orders/docs/deploy.md", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
# Deploy (Raspberry Pi hauv chav ua noj / kitchen office)

1. `ssh kou@kitchen-pi.local`
2. `cd ~/kabyaub-orders && git pull`
3. Secrets nyob hauv `~/secrets/` (tsis nyob hauv git):
   - `stripe_key` - Stripe live secret key
   - `sendgrid_key` - SendGrid key (Mail Send only)
4. `docker compose up -d --build`

Yog xav hloov key: sau tus tshiab rau hauv `~/secrets/<name>` thiab `docker compose restart server`.
Tsis txhob muab key tso rau hauv `docker-compose.yml`.
''')

add("yaml/compose-db-password", "catering/kabyaub-orders/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  server:
    build: ./server
    ports: ["3000:3000"]
    env_file: server/.env
    depends_on: [db]
    secrets: [stripe_key, sendgrid_key]
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: kabyaub
      POSTGRES_USER: kabyaub
      POSTGRES_PASSWORD: "@@s@@"   # TODO siv secret zoo li cov saum toj
    volumes: ["pgdata:/var/lib/postgresql/data"]

secrets:
  stripe_key:
    file: ~/secrets/stripe_key
  sendgrid_key:
    file: ~/secrets/sendgrid_key

volumes:
  pgdata:
''', words_pw())

add("dockerfile/env-api-key", "catering/label-printer/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim
# Luam ntawv lo (labels) rau cov hnab kab yaub khov: ingredients + allergens (qe, nplej/wheat, taum pauv/soy)
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PRINTNODE_API_KEY=@@s@@
ENV PRINTER_ID=73019428
ENV LABEL_LANG=hmn,en
CMD ["python", "print_labels.py"]
''', mixed(43))

add("dockerfile/decoy-build-secret", "catering/kabyaub-orders/server/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /srv
COPY package*.json ./
# npm token los ntawm BuildKit secret, tsis nyob hauv image layers
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "index.js"]
''')

add("npmrc/npm-token", "catering/kabyaub-orders/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
; private package @yangeggrolls/menu (ob hom lus menu)
@yangeggrolls:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
''', npm_tok())

add("npmrc/decoy-npm-env", "catering/label-printer/web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
@yangeggrolls:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
engine-strict=true
''')

add("python/sendgrid-inline", "catering/kabyaub-orders/tools/resend_confirmations.py", "https://github.com/sendgrid/sendgrid-python", r'''
"""Xa dua cov order confirmation uas tsis tau mus (SendGrid outage 2/9)."""
import json

from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@s@@")

with open("failed_2025-02-09.json", encoding="utf-8") as fh:
    for order in json.load(fh):
        msg = Mail(
            from_email="orders@yangeggrolls.com",
            to_emails=order["email"],
            subject=f"Peb tau txais koj daim order #{order['id']} / We got your order",
            html_content=f"<p>Ua tsaug {order['name']}! {order['trays']} lub tais, hnub {order['date']}.</p>",
        )
        print(order["id"], sg.send(msg).status_code)
''', sendgrid())

add("eml/order-notification-smtp", "catering/mail/smtp-test.eml", "https://datatracker.ietf.org/doc/html/rfc4954", r'''
Return-Path: <orders@yangeggrolls.com>
Date: Tue, 11 Feb 2025 08:14:22 -0600
From: Kou Yang <orders@yangeggrolls.com>
To: Ka Zoua Yang <kazoua@yangeggrolls.com>
Subject: SMTP test for the order site / Sim xa email
Content-Type: text/plain; charset=utf-8

Muam,

Kuv sim teeb tsa lub website kom xa email ntawm orders@. Yog koj tau txais qhov no, nws ua haujlwm lawm.
Settings kuv siv (sau cia kom tsis txhob hnov qab):

  host: smtp.gmail.com  port: 587
  user: orders@yangeggrolls.com
  app password: @@s@@

Kou
''', gmail_app())

add("eml/decoy-invoice-email", "catering/mail/invoice-2025-0211.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Yang Family Egg Rolls <orders@yangeggrolls.com>
To: events@stpaulhmongchurch.org
Date: Tue, 11 Feb 2025 10:02:41 -0600
Subject: Invoice #2025-0211 - Hmong New Year egg rolls (kab yaub)
Message-ID: <20250211160241.7f3a9c2e41@yangeggrolls.com>
Content-Type: text/plain; charset=utf-8

Nyob zoo,

Ua tsaug rau koj daim order: 12 lub tais kab yaub nqaij npuas (600 pcs), 4 lub tais zaub.
Tag nrho: $720.00. Deposit tau them lawm: $360.00 (Stripe receipt 1487-2290).
Tseem tshuav: $360.00 thaum peb xa khoom hnub Saturday.

Pay online: https://yangeggrolls.com/pay/INV-2025-0211
Confirmation code: 7KQ2-YB9M

Ua tsaug,
Ka Zoua Yang
''')

add("sh/history-mysql", "catering/pi-notes/bash_history_kitchen-pi.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
sudo apt update && sudo apt upgrade -y
cd ~/kabyaub-orders
git pull
docker compose ps
docker compose logs server --tail 50
mysql -h 127.0.0.1 -u labels -p'@@s@@' labels -e "select count(*) from printed where day=curdate();"
sudo systemctl restart label-printer
df -h
exit
''', words_pw())

add("sh/decoy-history-prompted", "catering/pi-notes/bash_history_office-pc.txt", "https://www.postgresql.org/docs/current/app-psql.html", r'''
cd ~/kabyaub-orders
psql -h kitchen-pi.local -U kabyaub -W kabyaub
pg_dump -h kitchen-pi.local -U kabyaub -Fc kabyaub > backup_$(date +%F).dump
sha256sum backup_2025-02-10.dump
gpg --encrypt --recipient kou@yangeggrolls.com backup_2025-02-10.dump
rclone copy backup_2025-02-10.dump.gpg b2:yang-backups/db/
ls -la
''')

add("rclone/b2-key", "catering/pi-notes/rclone.conf", "https://rclone.org/b2/", r'''
[b2]
type = b2
account = 005a1f3c9d2e7b40000000003
key = @@s@@
hard_delete = false

[gdrive]
type = drive
scope = drive.file
root_folder_id = 1Qz8Yang_EggRolls_Backups
''', "K005" + mixed(27))

add("ini/s3cfg-aws", "catering/pi-notes/s3cfg", "https://s3tools.org/kb/item14.htm", r'''
[default]
access_key = @@ak@@
secret_key = @@s@@
bucket_location = us-east-2
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
# photos of trays for the website (duab kab yaub)
''', fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("ini/aws-credentials", "catering/pi-notes/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
aws_access_key_id = @@s@@
aws_secret_access_key = @@sk@@
region = us-east-2

[mhgva]
# Pheng's account rau lub koom haum, tsuas siv rau S3 photos
credential_process = /usr/local/bin/aws-vault exec mhgva --json
''', fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("ini/decoy-aws-sso", "catering/pi-notes/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[profile yang-photos]
sso_session = yang
sso_account_id = 418277390012
sso_role_name = PhotoUploader
region = us-east-2

[sso-session yang]
sso_start_url = https://yangeggrolls.awsapps.com/start
sso_region = us-east-2
sso_registration_scopes = sso:account:access
''')

add("ino/wifi-fryer-sensor", "catering/kitchen-sensors/fryer_temp/fryer_temp.ino", "https://docs.arduino.cc/libraries/wifi/", r'''
// Lub tshuab kib (fryer) temperature sensor - ESP32 + MAX31855 thermocouple
#include <WiFi.h>
#include <HTTPClient.h>
#include <Adafruit_MAX31855.h>

const char* WIFI_SSID = "YangKitchen-2G";
const char* WIFI_PASS = "@@s@@";
const char* POST_URL  = "http://kitchen-pi.local:8086/fryer";

Adafruit_MAX31855 tc(18, 5, 19);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
}

void loop() {
  double f = tc.readFahrenheit();
  if (f > 375.0) Serial.println("Kub dhau lawm! (too hot)");
  HTTPClient http;
  http.begin(POST_URL);
  http.POST(String("{\"temp_f\":") + f + "}");
  http.end();
  delay(15000);
}
''', words_pw())

add("yaml/esphome-api-key", "catering/kitchen-sensors/walkin-cooler.yaml", "https://esphome.io/components/api.html", r'''
# Chav txias (walk-in cooler) - yuav tsum qis dua 41°F
esphome:
  name: walkin-cooler
esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@s@@"

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: dallas_temp
    name: "Walk-in txias"
    update_interval: 60s
''', wg_key())

add("yaml/esphome-secrets", "catering/kitchen-sensors/secrets.yaml", "https://esphome.io/guides/faq.html#tips-for-using-esphome", r'''
# ESPHome secrets - !secret values
wifi_ssid: "YangKitchen-2G"
wifi_password: "@@s@@"
ota_password: "@@ota@@"
fallback_ap_password: "kabyaub-setup"
''', words_pw(), ota=hexs(32))

add("yaml/decoy-esphome-secret-refs", "catering/kitchen-sensors/freezer-van.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", r'''
# Lub tub yees hauv lub tsheb (van freezer) - ceeb toom yog sov dua 10°F
esphome:
  name: freezer-van
esp8266:
  board: d1_mini

wifi:
  ssid: !secret van_hotspot_ssid
  password: !secret van_hotspot_password

api:
  encryption:
    key: !secret freezer_van_api_key

sensor:
  - platform: dht
    pin: D4
    temperature:
      name: "Van freezer kub"
''')

add("python/influx-token", "catering/kitchen-sensors/collector.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
"""Txais cov temp los ntawm fryer thiab walk-in, sau rau InfluxDB."""
from flask import Flask, request
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX_URL = "http://localhost:8086"
INFLUX_TOKEN = "@@s@@"
ORG, BUCKET = "yang-kitchen", "temps"

app = Flask(__name__)
write = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=ORG).write_api(write_options=SYNCHRONOUS)


@app.post("/fryer")
def fryer():
    temp = float(request.json["temp_f"])
    write.write(BUCKET, ORG, Point("fryer").field("temp_f", temp))
    return {"ok": True, "kub": temp}
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("yaml/homeassistant-telegram", "catering/kitchen-sensors/ha/configuration.yaml", "https://www.home-assistant.io/integrations/telegram_bot/", r'''
homeassistant:
  name: Yang Kitchen
  time_zone: America/Chicago

telegram_bot:
  - platform: polling
    api_key: "@@s@@"
    allowed_chat_ids:
      - -1002218840391   # "Tsev Neeg Yaj kitchen" group

notify:
  - platform: telegram
    name: kitchen_group
    chat_id: -1002218840391

automation: !include automations.yaml
''', fakes.telegram_token(_seed()))

add("yaml/decoy-ha-automation", "catering/kitchen-sensors/ha/automations.yaml", "https://www.home-assistant.io/docs/automation/yaml/", r'''
- id: walkin_too_warm
  alias: "Chav txias sov dhau (walk-in too warm)"
  trigger:
    - platform: numeric_state
      entity_id: sensor.walk_in_txias
      above: 41
      for: "00:10:00"
  action:
    - service: notify.kitchen_group
      data:
        message: "⚠️ Walk-in sov dhau lawm: {{ states('sensor.walk_in_txias') }}°F. Mus saib lub qhov rooj!"
- id: fryer_left_on
  alias: "Lub tshuab kib tseem qhib tom qab 9pm"
  trigger:
    - platform: time
      at: "21:00:00"
  condition:
    - condition: numeric_state
      entity_id: sensor.fryer_temp
      above: 200
  action:
    - service: notify.kitchen_group
      data:
        message: "Leej twg tseem tsis tau tua lub tshuab kib?"
''')

add("conf/wpa-supplicant-psk", "catering/pi-notes/wpa_supplicant.conf", "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="YangKitchen-5G"
    psk="@@s@@"
    key_mgmt=WPA-PSK
}

network={
    ssid="MHGVA-Market-Hotspot"
    psk=@@hash@@
    priority=1
}
''', words_pw(), hash=hexs(64))

add("conf/decoy-wpa-hashed", "apps/market-map/pi/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# PSK generated with wpa_passphrase (256-bit hash), tsis yog password tiag
network={
    ssid="MHGVA-Market-Hotspot"
    psk=@@hash@@
    key_mgmt=WPA-PSK
}
''', hash=hexs(64))

add("conf/wireguard-private-key", "catering/pi-notes/wg0.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN: kitchen-pi <-> office (Kou's house). Tsis txhob share file no.
[Interface]
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = yanghome.duckdns.org:51820
AllowedIPs = 10.77.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("conf/decoy-wireguard-peer-only", "catering/pi-notes/wg0-peer-template.conf", "https://www.wireguard.com/quickstart/", r'''
# Template rau ib lub laptop tshiab. PrivateKey: khiav `wg genkey` ntawm lub laptop ntawd xwb.
[Interface]
Address = 10.77.0.X/24
PrivateKey = <paste output of wg genkey here>

[Peer]
# kitchen-pi public key (public, share tau)
PublicKey = @@pub@@
Endpoint = yanghome.duckdns.org:51820
AllowedIPs = 10.77.0.0/24
''', pub=wg_key())

add("sh/duckdns-token", "catering/pi-notes/duckdns.sh", "https://www.duckdns.org/install.jsp", r'''
#!/bin/sh
# cron: */5 * * * * ~/duckdns/duckdns.sh >/dev/null 2>&1
# hloov IP rau yanghome.duckdns.org (VPN)
echo url="https://www.duckdns.org/update?domains=yanghome&token=@@s@@&ip=" | curl -k -o ~/duckdns/duck.log -K -
# yog duck.log hais "KO" ces token tsis yog lawm
''', uuid_s())

# ---------------------------------------------------------------- association: translation, grants, infra

add("python/openai-key-translate", "apps/translate/txhais_lus.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Txhais lus (translate) cov ntawv ceeb toom ntawm English mus rau Hmoob (RPA) - draft xwb,
yuav tsum muaj ib tug neeg nyeem dua ua ntej xa (Mai Chue)."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = ("Translate this farmers' market notice into White Hmong (Hmoob Dawb) using RPA spelling. "
          "Keep stall numbers, dates and times exactly as written.")


def txhais(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": PROMPT}, {"role": "user", "content": text}])
    return r.choices[0].message.content


if __name__ == "__main__":
    print(txhais("Market is closed Saturday July 6 because of the parade. See you July 13!"))
''', fakes.openai_key(_seed()))

add("ipynb/anthropic-key", "apps/translate/notebooks/glossary_check.ipynb", "https://docs.anthropic.com/en/api/getting-started", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Kuaj cov lus (glossary check): zaub, txiv, paj\n", "Compare two models on our market glossary."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import anthropic, pandas as pd\n",
    "client = anthropic.Anthropic(api_key=\"@@s@@\")\n",
    "gloss = pd.read_csv('glossary_hmn_en.csv')\n",
    "gloss.head()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["zaub ntsuab -> leafy greens\n"]}],
   "source": ["print(gloss.iloc[0]['hmn'], '->', gloss.iloc[0]['en'])"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', anthropic())

add("ipynb/decoy-notebook-getpass", "apps/translate/notebooks/compare_drafts.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "# Ntaus koj tus key thaum nws nug; tsis txhob sau rau hauv notebook\n",
    "os.environ['OPENAI_API_KEY'] = getpass.getpass('OpenAI key: ')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["42 drafts, 7 need review (yuav tsum nyeem dua)\n"]}],
   "source": ["import pandas as pd\n", "d = pd.read_csv('drafts.csv')\n", "print(len(d), 'drafts,', (d.review=='yes').sum(), 'need review (yuav tsum nyeem dua)')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("env/huggingface-token", "apps/translate/.env.local", "https://huggingface.co/docs/hub/security-tokens", r'''
# Sim siv model rau Hmong speech-to-text (voicemail -> text)
HF_TOKEN=@@s@@
WHISPER_MODEL=openai/whisper-small
VOICEMAIL_DIR=/data/voicemail
LANG_HINT=hmn
''', mixed(34, "hf_"))

add("md/decoy-translate-readme", "apps/translate/README.md", "https://platform.openai.com/docs/quickstart", r'''
# txhais_lus (translation helper)

Draft English -> Hmoob translations for market notices. **Always** have a Hmong speaker
(Mai Chue or Nhia) read the draft before it goes out.

## Setup

```bash
export OPENAI_API_KEY="sk-..."   # koj tus kheej key, los ntawm Bitwarden "MHGVA OpenAI"
python txhais_lus.py
```

The key in Bitwarden is a project key limited to $10/month. If the script says
`401 invalid_api_key`, ask Pheng to check the project budget.
''')

add("tf/azure-storage-key", "infra/terraform/terraform.tfvars", "https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", r'''
# MHGVA Azure (nonprofit grant credits) - photo archive of market days
location            = "centralus"
resource_group_name = "rg-mhgva-archive"
storage_account     = "mhgvaarchive"

# Pheng: kuv muab key no rau ntawm no ib ntus xwb rau backup script
storage_account_key = "@@s@@"

tags = {
  owner   = "pheng.xiong"
  project = "duab-tshav-khw"
}
''', azure_key())

add("tf/decoy-tf-variables", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "location" {
  type    = string
  default = "centralus"
}

variable "storage_account_key" {
  description = "Storage key rau backup script. Muab los ntawm TF_VAR_storage_account_key, tsis txhob sau ntawm no."
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
''')

add("tf/cloudflare-token-provider", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r'''
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@s@@" # DNS:Edit rau mhgva.org thiab yangeggrolls.com
}

resource "cloudflare_record" "stalls" {
  zone_id = "7d1e0c54b3a29f8e6d5c4b3a2f1e0d9c"
  name    = "stalls"
  type    = "A"
  content = "203.0.113.44"
  proxied = true
}
''', cloudflare())

add("json/decoy-tfstate-sensitive", "infra/terraform/terraform.tfstate.backup.redacted.json", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", r'''
{
  "version": 4,
  "terraform_version": "1.8.3",
  "serial": 41,
  "lineage": "@@lin@@",
  "outputs": {
    "storage_primary_key": { "value": "(sensitive value redacted)", "type": "string", "sensitive": true },
    "archive_url": { "value": "https://mhgvaarchive.blob.core.windows.net/duab", "type": "string" }
  },
  "resources": []
}
''', lin=uuid_s())

_K8S_PW = mixed(22)
add("k8s/secret-data-b64", "infra/k8s/stalls/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: stalls-secrets
  namespace: mhgva
  labels:
    app: stalls
type: Opaque
data:
  DB_USER: @@u@@
  DB_PASSWORD: @@pw@@
  DJANGO_DEBUG: ZmFsc2U=
''', _K8S_PW, u=b64("stalls_app"), pw=b64(_K8S_PW))

add("k8s/decoy-sealed-secret", "infra/k8s/stalls/sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stalls-smtp
  namespace: mhgva
spec:
  encryptedData:
    SMTP_PASSWORD: AgB@@c1@@
    SMTP_USER: AgC@@c2@@
  template:
    metadata:
      name: stalls-smtp
      namespace: mhgva
''', c1=rnd(340, ALNUM + "+/"), c2=rnd(300, ALNUM + "+/"))

add("k8s/stringdata-redis-url", "infra/k8s/bucks/secret-redis.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", r'''
# Market Bucks worker queue (Redis). TODO: hloov mus siv SealedSecret zoo li stalls
apiVersion: v1
kind: Secret
metadata:
  name: bucks-redis
  namespace: mhgva
type: Opaque
stringData:
  REDIS_URL: "redis://default:@@s@@@redis-bucks.mhgva.svc.cluster.local:6379/0"
''', fakes.redis_password(_seed()))

add("k8s/decoy-external-secret", "infra/k8s/bucks/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: bucks-square
  namespace: mhgva
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: gcp-secret-manager
  target:
    name: bucks-square
  data:
    - secretKey: SQUARE_ACCESS_TOKEN
      remoteRef:
        key: square-production-token
    - secretKey: SQUARE_WEBHOOK_KEY
      remoteRef:
        key: square-webhook-key
''')

add("yaml/kubeconfig-token", "infra/k8s/kubeconfig-pheng.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: mhgva-k3s
    cluster:
      server: https://k3s.mhgva.org:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: mhgva
    context: { cluster: mhgva-k3s, user: pheng, namespace: mhgva }
current-context: mhgva
users:
  - name: pheng
    user:
      token: @@s@@
''', "K10" + hexs(64) + "::server:" + hexs(32), ca=b64("-----BEGIN CERTIFICATE-----\nMIIBdzCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2Vy\n-----END CERTIFICATE-----\n"))

add("yaml/ansible-vars-password", "infra/ansible/group_vars/market_pis.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
# Cov Raspberry Pi ntawm tshav khw (card readers + wifi hotspot)
ansible_user: pi
ansible_become: true
timezone: America/Chicago

hotspot_ssid: MHGVA-Market-Hotspot
hotspot_passphrase: "@@s@@"

market_pis_packages:
  - hostapd
  - dnsmasq
  - chrony
''', words_pw())

add("yaml/decoy-ansible-vault", "infra/ansible/group_vars/stalls_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ini/ansible-inventory-pass", "infra/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
[market_pis]
pi-stpaul   ansible_host=10.20.0.11
pi-maplewood ansible_host=10.20.0.12

[stalls_servers]
stalls.mhgva.org

[market_pis:vars]
ansible_user=pi
ansible_password=@@s@@
# ^ tus password qub los ntawm 2022, Ger hais tias yuav hloov mus siv ssh key
''', words_pw())

add("yaml/decoy-sops-encrypted", "infra/k8s/translate/secrets.enc.yaml", "https://github.com/getsops/sops", r'''
openai_api_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
hf_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-01-19T22:41:07Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=rnd(220, ALNUM + "+/"), iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(50, ALNUM + "+/"), iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=rnd(64, ALNUM + "+/"),
    mac=rnd(88, ALNUM + "+/"), iv3=rnd(43, ALNUM + "+/") + "=", t3=rnd(22, ALNUM + "+/") + "==")

add("txt/age-identity", "infra/keys/pheng-sops-age.txt", "https://github.com/FiloSottile/age", r'''
# created: 2025-01-19T22:30:12-06:00
# public key: age1@@pub@@
@@s@@
''' + "# Pheng: backup xwb, tsis txhob commit (oops)\n# sops siv SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt\n", age_key(), pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("pem/ssh-rsa-deploy", "infra/keys/deploy_rsa", "https://www.openssl.org/docs/man3.0/man1/openssl-genrsa.html", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("pub/decoy-ssh-authorized-keys", "infra/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Cov neeg uas nkag tau rau stalls.mhgva.org (public keys xwb)
@@k1@@ pheng@thinkpad
@@k2@@ ger.thao@mhgva
@@k3@@ kou@yang-office
@@k4@@ github-actions-deploy
''', k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub())

add("pem/ec-private-key", "apps/market-map/certs/market-map.key", "https://datatracker.ietf.org/doc/html/rfc5915", r'''
@@s@@
''', fakes.fake_pem(_seed(), "EC"))

add("pem/decoy-certificate-chain", "apps/market-map/certs/market-map.crt", "https://datatracker.ietf.org/doc/html/rfc7468", r'''
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
''', c1=rnd(64, ALNUM + "+/"), c2=rnd(64, ALNUM + "+/"), c3=rnd(64, ALNUM + "+/"), c4=rnd(64, ALNUM + "+/"), c5=rnd(40, ALNUM + "+/") + "==")

add("asc/decoy-pgp-public", "docs/board/treasurer-pgp-public.asc", "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Chue Lor <treasurer@mhgva.org> - siv rau xa bank statements rau kuv

@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', l1=rnd(64, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(30, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))

add("json/vault-token", "infra/vault/.vault-token.json", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
{
  "request_id": "@@rid@@",
  "lease_id": "",
  "renewable": false,
  "auth": {
    "client_token": "@@s@@",
    "accessor": "@@acc@@",
    "policies": ["default", "mhgva-apps"],
    "lease_duration": 2764800,
    "renewable": true
  }
}
''', vault_tok(), rid=uuid_s(), acc=rnd(24))

add("hcl/decoy-vault-policy", "infra/vault/policies/mhgva-apps.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", r'''
# Cov apps ntawm lub koom haum nyeem tau lawv cov lus zais xwb (read only)
path "secret/data/mhgva/stalls/*" {
  capabilities = ["read"]
}

path "secret/data/mhgva/bucks/*" {
  capabilities = ["read"]
}

path "secret/data/yang/*" {
  capabilities = ["deny"]
}
''')

add("go/decoy-vault-read", "apps/bucks-worker/secrets.go", "https://pkg.go.dev/github.com/hashicorp/vault/api", r'''
package main

import (
	"context"
	"fmt"
	"os"

	vault "github.com/hashicorp/vault/api"
)

// squareToken nyeem Square token los ntawm Vault (KV v2), tsis nyob hauv code.
func squareToken(ctx context.Context) (string, error) {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		return "", err
	}
	client.SetToken(os.Getenv("VAULT_TOKEN"))
	s, err := client.KVv2("secret").Get(ctx, "mhgva/bucks/square")
	if err != nil {
		return "", fmt.Errorf("vault: %w", err)
	}
	return s.Data["access_token"].(string), nil
}
''')

add("go/postgres-dsn", "apps/bucks-worker/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", r'''
package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// TODO(pheng): DSN los ntawm Vault zoo li squareToken
const dsn = "postgres://bucks:@@s@@@db.mhgva.internal:5432/bucks?sslmode=require"

func openDB(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', mixed(24))

add("rs/telegram-bot", "apps/rain-alert/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
// Nag los (rain) alert: yog NWS hais tias yuav muaj cua daj cua dub, xa ceeb toom rau Telegram group
use reqwest::blocking::Client;

const BOT_TOKEN: &str = "@@s@@";
const CHAT_ID: i64 = -1001873346201; // MHGVA Vendors

fn send(text: &str) -> reqwest::Result<()> {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    Client::new().post(url).json(&serde_json::json!({"chat_id": CHAT_ID, "text": text})).send()?;
    Ok(())
}

fn main() {
    let msg = "⛈️ Nag hnyav (severe storm) tab tom los. Khi koj lub tsev ntaub (tent) kom ruaj!";
    send(msg).expect("telegram");
}
''', fakes.telegram_token(_seed()))

add("toml/decoy-cargo", "apps/rain-alert/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", r'''
[package]
name = "rain-alert"
version = "0.2.1"
edition = "2021"
description = "Ceeb toom nag rau cov neeg muag khoom (rain alerts for vendors)"
authors = ["Ger Thao <ger.thao@mhgva.org>"]

[dependencies]
reqwest = { version = "0.12", features = ["blocking", "json"] }
serde_json = "1"
''')

add("properties/datasource-password", "apps/legacy-roster/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", r'''
# Roster app qub (2018) - Spring Boot
server.port=8081
spring.datasource.url=jdbc:mysql://roster-db.mhgva.internal:3306/roster?useSSL=true
spring.datasource.username=roster
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
# lus: hmn, en
app.default-locale=hmn
''', words_pw())

add("properties/decoy-env-placeholders", "apps/legacy-roster/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
# prod profile - cov nqi los ntawm environment (systemd) 
spring.datasource.url=${ROSTER_DB_URL}
spring.datasource.username=${ROSTER_DB_USER}
spring.datasource.password=${ROSTER_DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
management.endpoints.web.exposure.include=health
''')

add("java/hardcoded-api-key", "apps/legacy-roster/src/main/java/org/mhgva/roster/SmsService.java", "https://www.twilio.com/docs/libraries/reference/twilio-java/", r'''
package org.mhgva.roster;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

/** Xa SMS rau tus neeg muag khoom thaum nws lub rooj hloov. */
public class SmsService {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@s@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public void stallChanged(String phone, String stall) {
        Message.creator(new PhoneNumber(phone), new PhoneNumber("+16515550143"),
                "Koj lub rooj tshiab yog " + stall + ". Your new stall is " + stall + ".").create();
    }
}
''', twilio_token(), sid=twilio_sid())

add("xml/maven-settings", "apps/legacy-roster/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <servers>
    <server>
      <id>github</id>
      <username>gerthao-mhgva</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <!-- GitHub Packages rau org.mhgva:roster-common -->
</settings>
''', fakes.github_token(_seed()))

add("json/decoy-connection-string-user-secrets", "apps/stall-kiosk/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Stalls": "Server=stalls-db.mhgva.internal;Database=stalls;User Id=kiosk;Password=__FROM_USER_SECRETS__;Encrypt=True"
  },
  "Kiosk": {
    "Market": "St. Paul",
    "Languages": [ "hmn", "en" ],
    "Greeting": "Nyob zoo! Welcome!"
  }
}
''')

add("json/mssql-connection-string", "apps/stall-kiosk/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
{
  "ConnectionStrings": {
    "Stalls": "Server=stalls-db.mhgva.internal;Database=stalls;User Id=kiosk;Password=@@s@@;Encrypt=True"
  },
  "Kiosk": {
    "Market": "Maplewood",
    "IdleSeconds": 90
  }
}
''', mixed(18))

add("xml/nuget-apikey", "apps/stall-kiosk/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="mhgva" value="https://nuget.pkg.github.com/mhgva/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <mhgva>
      <add key="Username" value="pheng-xiong" />
      <add key="ClearTextPassword" value="@@s@@" />
    </mhgva>
  </packageSourceCredentials>
</configuration>
''', fakes.github_fine_grained_token(_seed()))

# ---------------------------------------------------------------- catering: tooling, CI, dev machines

add("git/git-credentials", "catering/pi-notes/git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://kouyang:@@s@@@github.com
https://kouyang:@@gl@@@gitlab.com
''' + "# ^ git config --global credential.helper store (Kou's laptop, 2024)\n# TODO tshem tawm thiab siv gh auth login\n# Tsis txhob upload file no!\n", fakes.github_token(_seed()), gl=gitlab())

add("netrc/heroku-api", "catering/pi-notes/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine api.heroku.com
  login kou@yangeggrolls.com
  password @@s@@
machine git.heroku.com
  login kou@yangeggrolls.com
  password @@s@@
''', "HRKU-" + uuid_s())

add("json/docker-config-auth", "catering/pi-notes/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@s@@"
    },
    "ghcr.io": {
      "auth": "@@gh@@"
    }
  },
  "currentContext": "default"
}
''', b64("yangeggrolls:" + docker_pat()), gh=b64("kouyang:" + fakes.github_token(_seed())))

add("json/decoy-docker-credstore", "catering/pi-notes/docker-config-office.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux",
  "plugins": { "-x-cli-hints": { "enabled": "true" } }
}
''')

add("ini/pypirc-token", "catering/label-printer/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
# kuv tso tau "hmoob-labels" package (allergen labels ob hom lus)
''', fakes.pypi_token(_seed()))

add("ini/pip-conf-index", "catering/label-printer/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://yang:@@s@@@pkgs.yangeggrolls.com/simple/
timeout = 30

[install]
trusted-host = pkgs.yangeggrolls.com
''', mixed(22))

add("ini/decoy-pip-conf-keyring", "apps/translate/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", r'''
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pkgs.mhgva.org/simple/
keyring-provider = subprocess
# username/password los ntawm keyring (Bitwarden CLI helper), tsis nyob ntawm no

[install]
require-virtualenv = true
''')

add("yaml/gitlab-ci-token", "catering/kabyaub-orders/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [test, deploy]

variables:
  NODE_VERSION: "20"
  # Kou: deploy token rau Netlify, yuav tsiv mus rau CI/CD variables
  NETLIFY_AUTH_TOKEN: "@@s@@"
  NETLIFY_SITE_ID: "@@site@@"

test:
  stage: test
  image: node:20
  script: [npm ci, npm test]

deploy:
  stage: deploy
  image: node:20
  script:
    - npx netlify-cli deploy --prod --dir web/dist
  only: [main]
''', netlify(), site=uuid_s())

add("yaml/decoy-gitlab-ci-masked", "catering/label-printer/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
stages: [build, publish]

build:
  stage: build
  image: python:3.12
  script:
    - pip install build
    - python -m build

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install twine
    # TWINE_PASSWORD yog masked + protected variable hauv Settings > CI/CD
    - TWINE_USERNAME=__token__ twine upload dist/*
  rules:
    - if: $CI_COMMIT_TAG
''')

add("groovy/jenkins-credential", "apps/legacy-roster/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
pipeline {
  agent any
  environment {
    // Ger: Jenkins credentials plugin tsis ua haujlwm, siv qhov no ib ntus
    SONAR_TOKEN = '@@s@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Scan')  { steps { sh './mvnw sonar:sonar -Dsonar.host.url=https://sonar.mhgva.org -Dsonar.token=$SONAR_TOKEN' } }
  }
}
''', "squ_" + hexs(40))

add("groovy/decoy-jenkins-withcredentials", "apps/stall-kiosk/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r'''
pipeline {
  agent { label 'windows' }
  stages {
    stage('Build') {
      steps { bat 'dotnet publish -c Release -o out' }
    }
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'kiosk-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
          bat 'robocopy out \\\\kiosk-stpaul\\app /MIR & net use \\\\kiosk-stpaul /user:%U% %P%'
        }
      }
    }
  }
}
''')

add("json/vscode-sqltools", "catering/kabyaub-orders/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "editor.formatOnSave": true,
  "files.eol": "\n",
  "sqltools.connections": [
    {
      "name": "kabyaub (kitchen-pi)",
      "driver": "PostgreSQL",
      "server": "kitchen-pi.local",
      "port": 5432,
      "database": "kabyaub",
      "username": "kabyaub",
      "password": "@@s@@"
    }
  ],
  "cSpell.words": ["kabyaub", "Hmoob", "nqaij", "npuas"]
}
''', words_pw())

add("json/decoy-vscode-ask-password", "apps/stalls/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r'''
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "stalls (local)",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "stalls",
      "username": "stalls_app",
      "askForPassword": true
    }
  ],
  "cSpell.words": ["rooj", "Hmoob", "mhgva"]
}
''')

add("xml/jetbrains-datasource", "apps/legacy-roster/.idea/dataSources.xml", "https://www.jetbrains.com/help/idea/data-sources-and-drivers-dialog.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="roster@roster-db" uuid="@@u@@">
      <driver-ref>mysql.8</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>
      <jdbc-url>jdbc:mysql://roster-db.mhgva.internal:3306/roster?user=roster&amp;password=@@s@@</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
''', mixed(16), u=uuid_s())

add("ps1/powershell-password", "apps/stall-kiosk/scripts/setup-kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# Teeb tsa lub kiosk tshiab (Windows 11) ntawm tshav khw
$ErrorActionPreference = "Stop"

$KioskUser = "kiosk"
$KioskPass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force

New-LocalUser -Name $KioskUser -Password $KioskPass -FullName "Market Kiosk" -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member $KioskUser

Set-ItemProperty "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" -Name AutoAdminLogon -Value "1"
Set-ItemProperty "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" -Name DefaultUserName -Value $KioskUser
Write-Host "Tiav lawm. Restart lub computer."
''', words_pw())

add("ps1/decoy-powershell-secretmanagement", "apps/stall-kiosk/scripts/update-kiosk.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# Hloov kiosk app (update). Password los ntawm SecretManagement vault "MHGVA".
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "kiosk-deploy" -Vault "MHGVA"
$hosts = @("kiosk-stpaul", "kiosk-maplewood")
foreach ($h in $hosts) {
    Write-Host "Tab tom hloov $h ..."
    Invoke-Command -ComputerName $h -Credential $cred -ScriptBlock { Restart-Service StallKiosk }
}
''')

add("rb/mailgun-key", "catering/newsletter/send_menu.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", r'''
# Xa daim menu tshiab (new menu) rau cov customers txhua lub hli
require 'mailgun-ruby'
require 'csv'

mg = Mailgun::Client.new('@@s@@')
DOMAIN = 'mg.yangeggrolls.com'

CSV.foreach('customers.csv', headers: true) do |row|
  mg.send_message(DOMAIN, {
    from: 'Yang Family Egg Rolls <menu@mg.yangeggrolls.com>',
    to: row['email'],
    subject: row['lang'] == 'hmn' ? 'Daim menu tshiab lub hli no' : "This month's menu",
    text: File.read(row['lang'] == 'hmn' ? 'menu_hmn.txt' : 'menu_en.txt')
  })
end
''', mailgun())

add("rb/decoy-rails-credentials-enc", "catering/newsletter/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
''', c1=rnd(76, ALNUM + "+/"), c2=rnd(76, ALNUM + "+/"), c3=rnd(76, ALNUM + "+/"), c4=rnd(76, ALNUM + "+/"),
    c5=rnd(40, ALNUM + "+/"), iv=rnd(16, ALNUM + "+/") + "==", tag=rnd(22, ALNUM + "+/") + "==")

add("env/rails-master-key", "catering/newsletter/.kamal/secrets", "https://kamal-deploy.org/docs/configuration/environment-variables/", r'''
# Secrets defined here are available for reference under registry/password, env/secret, builder/secrets,
# and accessories/*/env/secret in config/deploy.yml. All secrets should be pulled from either
# password manager, ENV, or a file. DO NOT ENTER RAW CREDENTIALS HERE! This file needs to be safe for git.

KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD

# Kou: ib ntus xwb, thaum lub laptop tshiab tseem tsis tau muaj 1Password CLI
RAILS_MASTER_KEY=@@s@@
''', hexs(32))

add("kt/android-maps-key", "catering/driver-app/app/src/main/java/com/yangeggrolls/driver/Config.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", r'''
package com.yangeggrolls.driver

// Lub app rau tus tsav tsheb (delivery driver): kev mus xa kab yaub
object Config {
    const val DIRECTIONS_API_KEY = "@@s@@" // server key (unrestricted) - TODO restrict
    const val ORDERS_BASE_URL = "https://orders.yangeggrolls.com/api/"
    const val KITCHEN_LAT = 44.9871
    const val KITCHEN_LNG = -93.0312
}
''', google_api())

add("xml/decoy-android-manifest-key-ref", "catering/driver-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Xa Kab Yaub" android:icon="@mipmap/ic_launcher">
        <!-- MAPS_API_KEY los ntawm secrets.properties (gitignored) los ntawm Secrets Gradle Plugin -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("properties/gradle-signing", "catering/driver-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Play Store signing (Kou's upload key)
RELEASE_STORE_FILE=../keys/upload.jks
RELEASE_KEY_ALIAS=upload
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_PASSWORD=@@s@@
''', words_pw())

add("swift/fcm-server-key", "catering/driver-app-ios/DriverApp/Push.swift", "https://firebase.google.com/docs/cloud-messaging/migrate-v1", r'''
import Foundation

// Xa push rau tus driver thaum muaj order tshiab. (Legacy FCM API - yuav tsum tsiv mus v1)
enum Push {
    static let serverKey = "@@s@@"

    static func notifyDriver(token: String, orderId: String) {
        var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
        req.httpMethod = "POST"
        req.setValue("key=\(serverKey)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = ["to": token, "notification": ["title": "Order tshiab", "body": "#\(orderId) npaj tiav lawm"]]
        req.httpBody = try? JSONSerialization.data(withJSONObject: body)
        URLSession.shared.dataTask(with: req).resume()
    }
}
''', fcm_legacy())

add("plist/decoy-google-service-info", "catering/driver-app-ios/DriverApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>GCM_SENDER_ID</key>
	<string>663018274519</string>
	<key>BUNDLE_ID</key>
	<string>com.yangeggrolls.driver</string>
	<key>PROJECT_ID</key>
	<string>yang-driver-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:663018274519:ios:3f9a0c2b7e41d5a8</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
''')

# ---------------------------------------------------------------- notes, logs, chats, docs

add("txt/notes-hmong-square-oauth", "catering/notes/kou_notes_square.txt", "https://developer.squareup.com/docs/oauth-api/overview", r'''
Kou cov ntawv sau (notes) - Square OAuth rau lub app tshiab
-----------------------------------------------------------
Hnub 2025-01-07

- Application ID: @@app@@ (public, nyob hauv lub website tau)
- Application secret (OAuth): @@s@@
  ^ tsis txhob muab rau leej twg!! Yog xau (leak) ces mus rau Developer Dashboard > OAuth > Replace secret
- Redirect URL: https://orders.yangeggrolls.com/square/callback
- Niam tus Square account yog tus "seller", peb lub app yog tus nug permission.

Yuav tsum ua:
  [x] sandbox test
  [ ] production
  [ ] hais rau Ka Zoua txog cov fees
''', "sq0csp-" + fakes.drawn(_seed(), 43, ALNUM + "-_"), app=square_app_id())

add("txt/notes-hmong-wifi-market", "ops/notes/market_day_checklist.txt", "https://www.raspberrypi.com/documentation/computers/configuration.html", r'''
DAIM NTAWV KUAJ XYUAS HNUB TSHAV KHW (market day checklist)
===========================================================
5:00  Qhib lub rooj vag (gate), tig teeb
5:15  Teeb tsa lub hotspot (Pi hauv lub thawv liab)
      SSID: MHGVA-Market-Hotspot
      Password: @@s@@
      (muab password no rau cov vendors uas siv Square reader xwb)
5:30  Tso cov paib (signs) ob hom lus
6:00  Cov vendors tuaj txog - kuaj daim ntawv tso cai (permit)
7:00  Qhib khw!
13:00 Kaw khw, sau Market Bucks total
''', words_pw())

add("txt/decoy-notes-rotated", "ops/notes/incident_2024-08-hotspot.txt", "https://www.cisa.gov/secure-our-world/use-strong-passwords", r'''
Incident note - 2024-08-17 (Ger Thao)

Tus password qub ntawm lub hotspot tau raug muab tso rau hauv Facebook group los ntawm ib tus vendor.
Peb tau ua li no:
  1. Hloov lub hotspot password (tus tshiab nyob hauv Bitwarden "Market hotspot", TSIS sau ntawm no)
  2. Kuaj cov devices uas txuas (connected) - tsis muaj dab tsi txawv
  3. Tshem tawm (deleted) tus post hauv Facebook
  4. Qhia cov vendors tias: tsis txhob share password hauv group

Lesson: luam password rau daim npav me (small card) muab rau tus vendor ntawm tes xwb.
''')

add("log/bearer-token-log", "apps/bucks-worker/logs/worker-2025-02-08.log", "https://datatracker.ietf.org/doc/html/rfc6750", r'''
2025-02-08T11:02:13.118-06:00 INFO  bucks-worker starting (version 1.4.2)
2025-02-08T11:02:13.420-06:00 INFO  vault: loaded secret mhgva/bucks/square
2025-02-08T11:02:14.007-06:00 DEBUG GET https://connect.squareup.com/v2/payments?location_id=L8KQ2W4RZP0Y1
2025-02-08T11:02:14.007-06:00 DEBUG headers: {"Square-Version":"2024-04-17","Authorization":"Bearer @@s@@"}
2025-02-08T11:02:14.611-06:00 INFO  fetched 37 payments (Market Bucks: 12)
2025-02-08T11:02:14.702-06:00 WARN  payment 9RHW... has no buyer_email; skipping receipt
2025-02-08T11:02:15.003-06:00 INFO  report sent to treasurer@mhgva.org
''', square_token())

add("log/decoy-log-redacted", "apps/bucks-worker/logs/worker-2025-02-15.log", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html", r'''
2025-02-15T11:02:12.901-06:00 INFO  bucks-worker starting (version 1.4.3)
2025-02-15T11:02:13.233-06:00 INFO  vault: loaded secret mhgva/bucks/square (version 7)
2025-02-15T11:02:13.870-06:00 DEBUG GET https://connect.squareup.com/v2/payments?location_id=L8KQ2W4RZP0Y1
2025-02-15T11:02:13.870-06:00 DEBUG headers: {"Square-Version":"2024-04-17","Authorization":"Bearer [REDACTED]"}
2025-02-15T11:02:14.402-06:00 INFO  fetched 41 payments (Market Bucks: 15)
2025-02-15T11:02:14.455-06:00 INFO  idempotency_key=@@ik@@
2025-02-15T11:02:14.990-06:00 INFO  report sent to treasurer@mhgva.org
''', ik=uuid_s())

add("log/nginx-basic-auth-url", "apps/market-map/logs/access.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", r'''
203.0.113.19 - - [08/Feb/2025:07:12:44 -0600] "GET /stalls.geojson HTTP/1.1" 200 18211 "-" "Mozilla/5.0"
203.0.113.19 - - [08/Feb/2025:07:12:45 -0600] "GET /tiles/18/63542/94210.png HTTP/1.1" 200 4410 "-" "Mozilla/5.0"
198.51.100.7 - - [08/Feb/2025:07:30:02 -0600] "GET /admin/export?url=https%3A%2F%2Fmapadmin%3A@@s@@%40tiles.mhgva.org%2Fexport HTTP/1.1" 302 0 "-" "curl/8.5.0"
198.51.100.7 - - [08/Feb/2025:07:30:03 -0600] "GET /admin/ HTTP/1.1" 200 2291 "-" "curl/8.5.0"
203.0.113.52 - - [08/Feb/2025:08:01:17 -0600] "GET / HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone)"
''', mixed(16))

add("md/meeting-minutes-notion", "docs/board/minutes/2025-01-board-meeting.md", "https://developers.notion.com/docs/authorization", r'''
# Rooj sib tham pawg thawj coj (board meeting) - Lub 1 Hlis 14, 2025

**Tuaj koom:** Mai Chue Vang (tus thawj), Chue Lor, Pheng Xiong, Ger Thao, Nhia Her

## 1. Tshav khw 2025 (season)
- Qhib hnub Saturday, May 3. 142 rooj (stalls), 9 rooj tshiab ntawm sab qaum teb.
- Nqi rooj tsis hloov: $350 / $275 / $425 (corner).

## 2. Notion rau cov ntaub ntawv
- Pheng teeb tsa Notion integration "MHGVA Sync" kom rub cov minutes mus rau lub website.
- Integration secret: `@@s@@` (Pheng yuav tsiv mus rau GitHub secret)

## 3. Market Bucks
- Grant los ntawm lub xeev (state) $18,000 rau 2025. Chue yuav ua daim ntawv qhia txhua lub hli.

## Yuav tsum ua (action items)
- [ ] Ger: hloov lub hotspot router
- [ ] Nhia: luam paib ob hom lus
''', notion())

add("md/decoy-minutes-no-values", "docs/board/minutes/2025-02-board-meeting.md", "https://bitwarden.com/help/sharing/", r'''
# Rooj sib tham pawg thawj coj - Lub 2 Hlis 11, 2025

**Tuaj koom:** Mai Chue Vang, Chue Lor, Pheng Xiong, Nhia Her (Ger tsis tuaj)

## 1. Cov lus zais (secrets)
- Pheng tau tig (rotated) tus Notion integration secret thiab Square token tom qab lub rooj sib tham
  dhau los, vim tus qub tau sau rau hauv minutes. Tus tshiab nyob hauv GitHub secrets + Bitwarden.
- Txij no mus: tsis sau password lossis API key rau hauv minutes.

## 2. Volunteers
- 23 tus neeg pab dawb sau npe lawm. Orientation: April 26, 10am, Hmong Cultural Center.

## 3. Nyiaj (treasurer)
- Bank balance: $41,228.17. Square fees January: $12.40.
''')

add("csv/asana-export-token", "ops/volunteers/asana_import_settings.csv", "https://developers.asana.com/docs/personal-access-token", r'''
setting,value,note
workspace_gid,1203377450912345,MHGVA
project_gid,1206621094418870,Volunteers 2025
personal_access_token,@@s@@,Nhia tus PAT - rau import script xwb
default_assignee,nhia.her@mhgva.org,
section_new,Tshiab (new),
section_done,Tiav lawm (done),
''', asana())

add("csv/decoy-volunteer-roster", "ops/volunteers/roster_2025.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
volunteer_id,npe,lus,phone,shift,training_done,badge_uid
VOL-001,Yer Vang,hmn,651-555-0121,Sat AM,yes,@@b1@@
VOL-002,Tong Lo,hmn;en,651-555-0178,Sat PM,yes,@@b2@@
VOL-003,Shoua Khang,en,612-555-0164,Wed,no,@@b3@@
VOL-004,Cheng Chang,hmn,763-555-0119,Sat AM,yes,@@b4@@
VOL-005,Kao Xiong,hmn;en,651-555-0143,Sat AM,no,@@b5@@
''', b1=uuid_s(), b2=uuid_s(), b3=uuid_s(), b4=uuid_s(), b5=uuid_s())

add("json/postman-env", "apps/bucks-worker/postman/MHGVA-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "MHGVA prod",
  "values": [
    { "key": "baseUrl", "value": "https://connect.squareup.com/v2", "type": "default", "enabled": true },
    { "key": "locationId", "value": "L8KQ2W4RZP0Y1", "type": "default", "enabled": true },
    { "key": "squareToken", "value": "@@s@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-01-30T03:12:55.419Z",
  "_postman_exported_using": "Postman/11.2.14"
}
''', square_token(), id=uuid_s())

add("json/decoy-postman-env-empty", "apps/bucks-worker/postman/MHGVA-sandbox.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "@@id@@",
  "name": "MHGVA sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://connect.squareupsandbox.com/v2", "type": "default", "enabled": true },
    { "key": "locationId", "value": "LSBX00TEST42", "type": "default", "enabled": true },
    { "key": "squareToken", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-01-30T03:13:40.002Z",
  "_postman_exported_using": "Postman/11.2.14"
}
''', id=uuid_s())

add("sh/doordash-signing-secret", "catering/tools/check_doordash.sh", "https://developer.doordash.com/en-US/docs/drive/how_to/JWTs/", r'''
#!/usr/bin/env bash
# Kuaj seb DoorDash Drive puas tau txais peb cov delivery (catering > 20 mi)
# developer_id / key_id / signing_secret los ntawm DoorDash Developer Portal
DEVELOPER_ID="@@dev@@"
KEY_ID="@@kid@@"
SIGNING_SECRET="@@s@@"

JWT=$(python3 make_jwt.py "$DEVELOPER_ID" "$KEY_ID" "$SIGNING_SECRET")
curl -s -H "Authorization: Bearer $JWT" \
  "https://openapi.doordash.com/drive/v2/deliveries/$1" | jq '.delivery_status, .dropoff_time_estimated'
''', fakes.drawn(_seed(), 43, ALNUM + "-_"), dev=uuid_s(), kid=uuid_s())

add("sh/curl-mailchimp-basic", "ops/newsletter/export_audience.sh", "https://mailchimp.com/developer/marketing/docs/fundamentals/#connecting-to-the-api", r'''
#!/bin/sh
# Rub cov neeg sau npe (subscribers) ntawm Hmong list los ua CSV
LIST=a81c0d92fe
curl -s --user "anystring:@@s@@" \
  "https://us14.api.mailchimp.com/3.0/lists/$LIST/members?count=1000&fields=members.email_address,members.status" \
  | jq -r '.members[] | [.email_address, .status] | @csv' > subscribers_hmn.csv
wc -l subscribers_hmn.csv
''', mailchimp())

add("sh/decoy-curl-env", "ops/newsletter/export_audience_en.sh", "https://mailchimp.com/developer/marketing/docs/fundamentals/#connecting-to-the-api", r'''
#!/bin/sh
# English list. MC_API_KEY los ntawm: export MC_API_KEY=$(bw get password mailchimp-api)
: "${MC_API_KEY:?teeb MC_API_KEY ua ntej}"
LIST=3be77f04a1
DC=${MC_API_KEY##*-}
curl -s --user "anystring:${MC_API_KEY}" \
  "https://${DC}.api.mailchimp.com/3.0/lists/$LIST/members?count=1000" | jq '.total_items'
''')

add("md/decoy-api-docs-example", "apps/stalls/docs/api.md", "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication", r'''
# Stalls API

Authenticated with a DRF token. Ask Pheng for a token for your script.

```http
GET /api/stalls/?market=stpaul HTTP/1.1
Host: stalls.mhgva.org
Authorization: Token <your-token>
```

Example response (kev teb):

```json
[{"stall": "A12", "vendor": "Xee Thao", "lus": "hmn", "paid": true}]
```

Tokens are per person; if you leave the board, Pheng deletes yours (`manage.py drf_delete_token`).
''')

add("json/drf-token-fixture", "apps/stalls/stalls/fixtures/admin_token.json", "https://www.django-rest-framework.org/api-guide/authentication/#generating-tokens", r'''
[
  {
    "model": "authtoken.token",
    "pk": "@@s@@",
    "fields": {
      "user": 1,
      "created": "2024-04-02T18:11:09.440Z"
    }
  }
]
''', hexs(40))

add("python/decoy-test-fixture-fake", "apps/stalls/stalls/tests/test_api.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", r'''
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APITestCase

FAKE_TOKEN = "0000000000000000000000000000000000000000"  # test only, tsis yog token tiag


class StallApiTest(APITestCase):
    def setUp(self):
        user = User.objects.create_user("test-vendor", password="not-a-real-password")
        Token.objects.create(user=user, key=FAKE_TOKEN)
        self.client.credentials(HTTP_AUTHORIZATION="Token " + FAKE_TOKEN)

    def test_list(self):
        r = self.client.get("/api/stalls/?market=stpaul")
        self.assertEqual(r.status_code, 200)
''')

add("yaml/hubspot-private-app", "catering/crm/hubspot.yml", "https://developers.hubspot.com/docs/api/private-apps", r'''
# Catering leads (cov neeg nug txog catering) -> HubSpot
hubspot:
  portal_id: 44827193
  private_app_token: @@s@@
  pipeline: catering
  stages:
    nug: appointmentscheduled      # inquiry
    deposit: qualifiedtobuy
    tiav: closedwon                # done
forms:
  website_inquiry: 5b1e0f4a-2c63-4d8e-9a71-3f0b6c2d9e15
''', hubspot())

add("yaml/decoy-hubspot-ids", "catering/crm/hubspot.example.yml", "https://developers.hubspot.com/docs/api/private-apps", r'''
# Example - theej ua hubspot.yml thiab muab koj tus token
hubspot:
  portal_id: 44827193
  private_app_token: pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
  pipeline: catering
forms:
  website_inquiry: 5b1e0f4a-2c63-4d8e-9a71-3f0b6c2d9e15
''')

add("js/dropbox-token", "catering/photos/upload.js", "https://www.dropbox.com/developers/documentation/http/documentation", r'''
// Upload duab (photos) ntawm cov tais kab yaub mus rau Dropbox "Yang Egg Rolls/Photos"
const { Dropbox } = require('dropbox');
const fs = require('fs');
const path = require('path');

const dbx = new Dropbox({ accessToken: '@@s@@' });

async function upload(file) {
  const contents = fs.readFileSync(file);
  await dbx.filesUpload({ path: `/Yang Egg Rolls/Photos/${path.basename(file)}`, contents, mode: 'add', autorename: true });
  console.log('Tau upload lawm:', file);
}

process.argv.slice(2).forEach(upload);
''', dropbox())

add("html/decoy-sri-hashes", "catering/kabyaub-orders/web/public/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Yang Family Egg Rolls - Kab Yaub Tsev Neeg Yaj</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@h1@@" crossorigin="anonymous">
  <script src="https://www.google.com/recaptcha/api.js?render=6Lc@@site@@"></script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2YB4M1X"></script>
</head>
<body>
  <h1>Kab yaub kub kub! Fresh egg rolls for your party.</h1>
  <div id="order-form"></div>
  <script src="/assets/main.js" integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</body>
</html>
''', h1=rnd(64, ALNUM + "+/"), h2=rnd(64, ALNUM + "+/"), site=rnd(37, ALNUM + "_-"))

# ---------------------------------------------------------------- events, more services, split values

add("python/eventbrite-token", "ops/events/hmong_new_year_tickets.py", "https://www.eventbrite.com/platform/api#/introduction/authentication", r'''
"""Xyoo Tshiab (Hmong New Year) vendor booth tickets - suav seb muag tau pes tsawg."""
import requests

EVENTBRITE_TOKEN = "@@s@@"
EVENT_ID = "1029384756102"


def sold() -> int:
    r = requests.get(f"https://www.eventbriteapi.com/v3/events/{EVENT_ID}/ticket_classes/",
                     headers={"Authorization": f"Bearer {EVENTBRITE_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return sum(tc["quantity_sold"] for tc in r.json()["ticket_classes"])


print("Booth tickets muag tau:", sold())
''', rnd(20, UPPER))

_SPLIT_PW = mixed(20)
add("python/split-string-password", "ops/events/booth_db.py", "https://pymysql.readthedocs.io/en/latest/user/examples.html", r'''
import pymysql

# Ger: kuv muab faib ua ob kab kom tsis txhob dhau 100 cols
PASSWORD = ("@@p1@@"
            "@@p2@@")


def connect():
    return pymysql.connect(host="events-db.mhgva.internal", user="booths", password=PASSWORD,
                           database="xyoo_tshiab", charset="utf8mb4")
''', _SPLIT_PW, p1=_SPLIT_PW[:9], p2=_SPLIT_PW[9:])

add("js/template-mongodb-uri", "ops/events/checkin/server.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Check-in app rau Xyoo Tshiab volunteers (scan QR ntawm daim pib)
const { MongoClient } = require('mongodb');

const user = 'checkin';
const pass = encodeURIComponent('@@s@@');
const uri = `mongodb+srv://${user}:${pass}@xyootshiab.k3r9q.mongodb.net/checkin?retryWrites=true&w=majority`;

const client = new MongoClient(uri);

async function checkIn(ticketId) {
  await client.connect();
  const t = await client.db('checkin').collection('tickets').findOneAndUpdate({ _id: ticketId }, { $set: { in: new Date() } });
  return t ? 'Zoo lawm (OK)' : 'Tsis pom daim pib no';
}

module.exports = { checkIn };
''', mixed(20))

add("python/mongodb-uri", "ops/events/checkin/export.py", "https://www.mongodb.com/docs/atlas/driver-connection/", r'''
"""Export check-ins to CSV tom qab Xyoo Tshiab."""
import csv

from pymongo import MongoClient

client = MongoClient("mongodb+srv://export:@@s@@@xyootshiab.k3r9q.mongodb.net/?retryWrites=true&w=majority")
rows = client.checkin.tickets.find({"in": {"$exists": True}}, {"_id": 1, "booth": 1, "in": 1})

with open("checkins.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["ticket", "booth", "time"])
    for r in rows:
        w.writerow([r["_id"], r.get("booth", ""), r["in"].isoformat()])
''', mixed(16))

add("python/decoy-mongo-env", "ops/events/checkin/stats.py", "https://www.mongodb.com/docs/atlas/driver-connection/", r'''
import os

from pymongo import MongoClient

# MONGO_URI los ntawm Render dashboard env vars
client = MongoClient(os.environ["MONGO_URI"])
db = client.checkin
total = db.tickets.count_documents({})
inside = db.tickets.count_documents({"in": {"$exists": True}})
print(f"Tag nrho {total} daim pib, {inside} tus tuaj lawm ({inside / max(total, 1):.0%})")
''')

_FZ_PW = words_pw()
add("xml/filezilla-sitemanager", "site/backups/filezilla-sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.mhgva.org</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>mhgva</User>
      <Pass encoding="base64">@@pw@@</Pass>
      <Logontype>1</Logontype>
      <Name>MHGVA website (Tou)</Name>
    </Server>
  </Servers>
</FileZilla3>
''', _FZ_PW, pw=b64(_FZ_PW))

add("json/vscode-sftp", "site/mhgva-wp/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
  "name": "mhgva.org (production)",
  "host": "sftp.mhgva.org",
  "protocol": "sftp",
  "port": 22,
  "username": "mhgva",
  "password": "@@s@@",
  "remotePath": "/home/mhgva/public_html/wp-content/themes/tshav-khw",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("json/decoy-vscode-sftp-key", "site/mhgva-wp/.vscode/sftp.staging.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
  "name": "mhgva.org (staging)",
  "host": "sftp.mhgva.org",
  "protocol": "sftp",
  "port": 22,
  "username": "mhgva",
  "privateKeyPath": "~/.ssh/id_ed25519_mhgva",
  "passphrase": true,
  "remotePath": "/home/mhgva/staging/wp-content/themes/tshav-khw",
  "uploadOnSave": false
}
''')

add("sql/create-user-password", "apps/legacy-roster/db/migrations/V7__readonly_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- V7: read-only user rau Google Data Studio (daim ntawv qhia vendors)
CREATE USER IF NOT EXISTS 'report_ro'@'%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON roster.vendors TO 'report_ro'@'%';
GRANT SELECT ON roster.stalls TO 'report_ro'@'%';
GRANT SELECT ON roster.payments TO 'report_ro'@'%';
FLUSH PRIVILEGES;
''', mixed(20))

add("sql/decoy-seed-bcrypt", "apps/stalls/db/seed_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Seed users rau dev database xwb. Password hashes (bcrypt), tsis yog passwords.
INSERT INTO auth_user (id, username, email, password, is_staff) VALUES
  (1, 'maichue', 'maichue.vang@mhgva.org', 'bcrypt_sha256$$2b$12$@@h1@@', true),
  (2, 'pheng',   'pheng.xiong@mhgva.org',  'bcrypt_sha256$$2b$12$@@h2@@', true),
  (3, 'vendor-demo', 'demo@example.org',   'pbkdf2_sha256$720000$@@salt@@$@@h3@@', false);
-- dev login: khiav `manage.py changepassword <user>` rau koj tus kheej
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), salt=rnd(22), h3=rnd(43, ALNUM + "+/") + "=")

add("htpasswd/decoy-htpasswd", "apps/market-map/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
mapadmin:$apr1$@@s1@@$@@h1@@
pheng:$2y$10$@@h2@@
ger:$2y$10$@@h3@@
nhia:$2y$10$@@h4@@
tou:$2y$10$@@h5@@
''', s1=rnd(8, ALNUM + "./"), h1=rnd(22, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"),
    h4=rnd(53, ALNUM + "./"), h5=rnd(53, ALNUM + "./"))

add("nginx/decoy-nginx-conf", "apps/market-map/nginx/market-map.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
server {
    listen 443 ssl http2;
    server_name map.mhgva.org;

    ssl_certificate     /etc/letsencrypt/live/map.mhgva.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/map.mhgva.org/privkey.pem;

    root /srv/market-map/public;

    location /admin/ {
        auth_basic "Tsuas yog pawg thawj coj (board only)";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass http://127.0.0.1:8090;
    }
}
''')

add("yaml/helm-values-password", "infra/k8s/charts/stalls/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
image:
  repository: ghcr.io/mhgva/stalls
  tag: "2025.02.1"
ingress:
  enabled: true
  host: stalls.mhgva.org
postgresql:
  enabled: true
  auth:
    username: stalls_app
    database: stalls
    password: "@@s@@"
    postgresPassword: "@@pg@@"
resources:
  limits: { cpu: 500m, memory: 512Mi }
''', mixed(24), pg=mixed(24))

add("yaml/decoy-helm-existing-secret", "infra/k8s/charts/stalls/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
image:
  repository: ghcr.io/mhgva/stalls
  tag: "main"
ingress:
  enabled: true
  host: stalls-staging.mhgva.org
postgresql:
  enabled: true
  auth:
    username: stalls_app
    database: stalls
    existingSecret: stalls-staging-pg   # SealedSecret, saib infra/k8s/stalls/
    secretKeys:
      userPasswordKey: password
''')

add("yaml/gh-actions-hardcoded-token", "ops/social/.github/workflows/weekly-post.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#schedule", r'''
name: weekly-facebook-post
on:
  schedule:
    - cron: "0 12 * * 6"   # Saturday 7am Central (12:00 UTC)
  workflow_dispatch:
jobs:
  post:
    runs-on: ubuntu-latest
    env:
      FB_PAGE_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: pip install requests
      - run: python post_weekly.py
''', fb_token())

add("yaml/decoy-dependabot", "apps/stalls/.github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", r'''
version: 2
registries:
  ghcr:
    type: docker-registry
    url: ghcr.io
    username: mhgva-bot
    password: ${{ secrets.GHCR_READ_TOKEN }}
updates:
  - package-ecosystem: pip
    directory: "/"
    schedule: { interval: weekly }
  - package-ecosystem: docker
    directory: "/"
    registries: [ghcr]
    schedule: { interval: weekly }
''')

add("env/supabase-service-role", "catering/loyalty/.env", "https://supabase.com/docs/guides/api/api-keys", r'''
# Loyalty card: yuav 10 tais, tau 1 tais dawb (free)
NEXT_PUBLIC_SUPABASE_URL=https://qzkxyangrolls0042.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY=@@anon@@
SUPABASE_SERVICE_ROLE_KEY=@@s@@
LOYALTY_FREE_AFTER=10
''', jwt_like('{"iss":"supabase","ref":"qzkxyangrolls0042","role":"service_role","iat":1718000000,"exp":2033576000}'),
    anon=jwt_like('{"iss":"supabase","ref":"qzkxyangrolls0042","role":"anon","iat":1718000000,"exp":2033576000}'))

add("ts/decoy-supabase-anon", "catering/loyalty/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
import { createClient } from '@supabase/supabase-js';

// anon key yog public (Row Level Security tiv thaiv cov ntaub ntawv). Service role key nyob server xwb.
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);

export async function stamps(phone: string) {
  const { data } = await supabase.from('cards').select('stamps').eq('phone', phone).single();
  return data?.stamps ?? 0;
}
''')

add("python/sentry-auth-token", "catering/kabyaub-orders/tools/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", r'''
"""Upload source maps rau Sentry tom qab build (kom nyeem tau cov errors)."""
import subprocess

SENTRY_AUTH_TOKEN = "@@s@@"
ORG, PROJECT = "yang-egg-rolls", "kabyaub-orders"

release = subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
subprocess.run(["npx", "@sentry/cli", "sourcemaps", "upload", "--org", ORG, "--project", PROJECT,
                "--release", release, "web/dist"], check=True, env={"SENTRY_AUTH_TOKEN": SENTRY_AUTH_TOKEN, "PATH": "/usr/bin:/usr/local/bin"})
print("Tiav lawm:", release)
''', "sntryu_" + hexs(64))

add("js/decoy-sentry-dsn", "catering/kabyaub-orders/web/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from '@sentry/browser';

// DSN yog public - nws tsuas cia xa errors mus xwb, nyeem tsis tau dab tsi
Sentry.init({
  dsn: 'https://@@pub@@@o4507211.ingest.us.sentry.io/4507211987',
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
});
''', pub=hexs(32))

add("yaml/datadog-agent", "catering/pi-notes/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r'''
## Datadog agent ntawm kitchen-pi (free tier, 5 hosts)
api_key: @@s@@
site: us5.datadoghq.com
hostname: kitchen-pi
tags:
  - business:yang-egg-rolls
  - location:maplewood
logs_enabled: true
''', hexs(32))

add("yaml/decoy-datadog-env", "catering/pi-notes/datadog-compose.yaml", "https://docs.datadoghq.com/containers/docker/", r'''
services:
  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY_FILE=/run/secrets/dd_api_key
      - DD_SITE=us5.datadoghq.com
      - DD_HOSTNAME=office-nuc
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
    secrets: [dd_api_key]
secrets:
  dd_api_key:
    file: ./secrets/dd_api_key
''')

# ---------------------------------------------------------------- bots, mail relays, payouts

add("python/discord-bot-token", "ops/social/discord-bot/bot.py", "https://discordpy.readthedocs.io/en/stable/discord.html", r'''
"""Tus bot "Tshav Khw" hauv Discord: !rooj <npe> qhia seb tus vendor nyob rooj twg."""
import csv

import discord

TOKEN = "@@s@@"

intents = discord.Intents.default()
intents.message_content = True
bot = discord.Client(intents=intents)
STALLS = {r["vendor_name"].lower(): r["stall"] for r in csv.DictReader(open("stalls.csv", encoding="utf-8"))}


@bot.event
async def on_message(msg):
    if msg.content.startswith("!rooj "):
        name = msg.content[6:].strip().lower()
        await msg.channel.send(f"{name.title()} nyob rooj {STALLS[name]}" if name in STALLS else "Tsis pom lub npe ntawd")

bot.run(TOKEN)
''', b64(str(random.Random(_seed()).randint(10**17, 10**18))).rstrip("=") + "." + rnd(6, ALNUM + "-_") + "." + rnd(38, ALNUM + "-_"))

add("sh/slack-user-token", "ops/social/slack_export_channel.sh", "https://api.slack.com/authentication/token-types#user", r'''
#!/usr/bin/env bash
# Export #board-alerts rau archive ua ntej peb hloov mus rau Discord
TOKEN=@@s@@
CHANNEL=C05R8BOARD1
curl -s -H "Authorization: Bearer $TOKEN" \
  "https://slack.com/api/conversations.history?channel=$CHANNEL&limit=1000" > board-alerts.json
jq '.messages | length' board-alerts.json
''', "xoxp-" + rnd(11, DIGITS) + "-" + rnd(12, DIGITS) + "-" + rnd(13, DIGITS) + "-" + hexs(32))

add("php/paypal-client-secret", "catering/invoices/paypal.php", "https://developer.paypal.com/api/rest/authentication/", r'''
<?php
// PayPal rau cov customers uas tsis xav siv card (qee tus pog yawg nyiam PayPal)
const PP_CLIENT_ID = 'A@@cid@@';
const PP_SECRET    = '@@s@@';
const PP_BASE      = 'https://api-m.paypal.com';

function pp_token(): string {
    $ch = curl_init(PP_BASE . '/v1/oauth2/token');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => PP_CLIENT_ID . ':' . PP_SECRET,
        CURLOPT_POSTFIELDS => 'grant_type=client_credentials',
        CURLOPT_RETURNTRANSFER => true,
    ]);
    return json_decode(curl_exec($ch), true)['access_token'];
}
''', "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("env/laravel-app-key", "catering/invoices/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Yang Egg Rolls Invoices"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://invoices.yangeggrolls.com
DB_CONNECTION=sqlite
MAIL_MAILER=postmark
POSTMARK_TOKEN_FILE=/etc/invoices/postmark
''', wg_key())

add("rb/postmark-token", "catering/newsletter/lib/receipt_mailer.rb", "https://postmarkapp.com/developer/api/overview#authentication", r'''
# Daim ntawv txais nyiaj (receipt) tom qab tus customer them tas
require 'postmark'

class ReceiptMailer
  CLIENT = Postmark::ApiClient.new('@@s@@')

  def self.deliver(order)
    CLIENT.deliver(
      from: 'orders@yangeggrolls.com',
      to: order.email,
      subject: "Ua tsaug! Receipt ##{order.id}",
      text_body: "Peb tau txais $#{'%.2f' % order.total}. Kab yaub yuav npaj txhij hnub #{order.date}."
    )
  end
end
''', uuid_s())

add("conf/postfix-sasl-passwd", "catering/pi-notes/postfix/sasl_passwd", "https://www.postfix.org/SASL_README.html#client_sasl_enable", r'''
# kitchen-pi xa email ceeb toom (fryer/walk-in alerts) ntawm Mailgun SMTP
# postmap /etc/postfix/sasl_passwd && chmod 600 /etc/postfix/sasl_passwd*
[smtp.mailgun.org]:587 alerts@mg.yangeggrolls.com:@@s@@
''' + "# TODO: hloov mus siv API key es tsis yog SMTP password\n# Ger 2024-10-02\n", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("conf/msmtprc", "catering/pi-notes/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        yang
host           smtp.gmail.com
port           587
from           kitchen@yangeggrolls.com
user           kitchen@yangeggrolls.com
password       @@s@@

account default : yang
''', gmail_app())

add("conf/decoy-msmtprc-passwordeval", "ops/notes/msmtprc-board", "https://marlam.de/msmtp/msmtp.html#Authentication", r'''
defaults
auth           on
tls            on
logfile        ~/.msmtp.log

account        mhgva
host           smtp.office365.com
port           587
from           noreply@mhgva.org
user           noreply@mhgva.org
passwordeval   "bw get password noreply-mhgva-smtp"

account default : mhgva
''')

add("txt/sms-export-password", "catering/notes/sms_niam_kou_2024-11.txt", "https://support.apple.com/guide/iphone/view-and-manage-messages-iph3e3d84a38/ios", r'''
[11/22/24 6:41 PM] Niam: Kou, kuv nkag tsis tau lub tablet rau orders lawm
[11/22/24 6:43 PM] Kou: Niam, nias "Sign in" thiab ntaus email orders@yangeggrolls.com
[11/22/24 6:43 PM] Kou: Password yog @@s@@
[11/22/24 6:44 PM] Kou: Tus "Y" yog tus loj (capital) nawb
[11/22/24 6:50 PM] Niam: Tau lawm. Ua tsaug me tub
[11/22/24 6:51 PM] Niam: Hnub Saturday muaj 3 orders, ib qho yog 800 lub kab yaub!!
[11/22/24 6:52 PM] Kou: Wow ok kuv yuav tuaj pab kib
''', "Yang" + words_pw())

add("md/ssh-key-in-note", "catering/notes/laptop_setup.md", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh", r'''
# Lub laptop tshiab (Ka Zoua) - setup notes

1. Install Homebrew, Node 20, VS Code
2. Git: `git config --global user.name "Ka Zoua Yang"`
3. SSH key rau GitHub - Kou theej los ntawm nws lub laptop (TODO: ua ib qho tshiab rau Ka Zoua):

```
@@s@@
```

4. `chmod 600 ~/.ssh/id_ed25519`
5. `ssh -T git@github.com` -> "Hi kouyang!"
''', openssh_key())

add("yaml/gsheets-service-account-yaml", "ops/roster/sheets-sync/config.yaml", "https://docs.gspread.org/en/latest/oauth2.html#for-bots-using-service-account", r'''
# gspread service account (roster -> "Daim Ntawv Teev Npe 2025" sheet)
sheet_key: 1vQz8T3nPjR0xYk2Wm9LhE4cDsAaFgHuJiKlMnOpQrSt
worksheet: Vendors
service_account:
  type: service_account
  project_id: mhgva-sheets
  client_email: roster-sync@mhgva-sheets.iam.gserviceaccount.com
  token_uri: https://oauth2.googleapis.com/token
  private_key: |
    @@s@@
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\n    "))

add("ps1/azcopy-sas-url", "infra/scripts/backup-photos.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview", r'''
# Backup duab tshav khw (market photos) mus rau Azure blob - khiav txhua hnub Sunday
$src = "D:\MHGVA\Duab\2025"
$dst = "https://mhgvaarchive.blob.core.windows.net/duab?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T05:59:59Z&st=2025-01-01T06:00:00Z&spr=https&sig=@@s@@"

azcopy sync $src $dst --recursive --delete-destination=false
if ($LASTEXITCODE -ne 0) { Write-Host "Backup tsis tiav (failed)!" -ForegroundColor Red }
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"))

add("json/azure-sp-client-secret", "infra/terraform/sp-github-actions.json", "https://learn.microsoft.com/en-us/cli/azure/azure-cli-sp-tutorial-1", r'''
{
  "appId": "@@app@@",
  "displayName": "mhgva-github-actions",
  "password": "@@s@@",
  "tenant": "@@tenant@@"
}
''', rnd(3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "~._-"), app=uuid_s(), tenant=uuid_s())

add("json/decoy-azure-keyvault-refs", "infra/azure/appsettings.production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r'''
{
  "WEBSITE_RUN_FROM_PACKAGE": "1",
  "TZ": "America/Chicago",
  "Stalls__DbPassword": "@Microsoft.KeyVault(SecretUri=https://kv-mhgva.vault.azure.net/secrets/stalls-db-password/)",
  "Square__AccessToken": "@Microsoft.KeyVault(VaultName=kv-mhgva;SecretName=square-token)",
  "Storage__ConnectionString": "@Microsoft.KeyVault(VaultName=kv-mhgva;SecretName=archive-conn)",
  "Kiosk__Languages": "hmn,en"
}
''')

add("python/azure-conn-string", "infra/scripts/list_photos.py", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
"""Suav cov duab (photos) hauv lub archive ib lub xyoo twg."""
from collections import Counter

from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=mhgvaarchive;"
        "AccountKey=@@s@@;EndpointSuffix=core.windows.net")

svc = BlobServiceClient.from_connection_string(CONN)
years = Counter(b.name.split("/")[0] for b in svc.get_container_client("duab").list_blobs())
for year, n in sorted(years.items()):
    print(year, n, "daim duab")
''', azure_key())

add("python/celery-amqp-url", "apps/bucks-worker/py/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# Celery rau Market Bucks receipts (xa email thiab SMS)
broker_url = "amqps://bucks:@@s@@@rabbit.mhgva.internal:5671/bucks"
result_backend = "rpc://"
task_serializer = "json"
timezone = "America/Chicago"
task_routes = {"bucks.tasks.sms_*": {"queue": "sms"}, "bucks.tasks.email_*": {"queue": "email"}}
''', mixed(22))

add("crontab/mysqldump-password", "apps/legacy-roster/deploy/crontab.txt", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
# m h dom mon dow command
# Backup roster txhua hmo 2am
0 2 * * * mysqldump -u backup -p'@@s@@' roster | gzip > /backups/roster_$(date +\%F).sql.gz
# Tshem cov backups qub dua 30 hnub
30 2 * * * find /backups -name 'roster_*.sql.gz' -mtime +30 -delete
''', words_pw())

add("makefile/docker-login", "apps/stalls/Makefile", "https://docs.docker.com/reference/cli/docker/login/#password-stdin", r'''
IMAGE := ghcr.io/mhgva/stalls
TAG   := $(shell git describe --tags --always)

.PHONY: build push login

login:
	echo "@@s@@" | docker login ghcr.io -u mhgva-bot --password-stdin

build:
	docker build -t $(IMAGE):$(TAG) .

push: login build
	docker push $(IMAGE):$(TAG)
''', fakes.github_token(_seed()))

add("bat/net-use-password", "apps/stall-kiosk/scripts/map-share.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Txuas (map) lub share ntawm office rau kiosk: paib thiab duab (signs and photos)
net use Z: /delete /y >nul 2>&1
net use Z: \\office-nas\mhgva-signs /user:office-nas\kiosk @@s@@ /persistent:yes
if errorlevel 1 echo Txuas tsis tau (could not map)
xcopy Z:\paib\*.png C:\Kiosk\paib\ /y /d
''', words_pw())

# ---------------------------------------------------------------- odds and ends

add("js/trello-token", "ops/volunteers/trello-to-sheet.js", "https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/", r'''
// Rub cov volunteer cards los ntawm Trello board "Neeg Pab Dawb 2025"
const KEY = '@@key@@';
const TOKEN = '@@s@@';
const BOARD = 'q7Tz2KmB';

async function cards() {
  const url = `https://api.trello.com/1/boards/${BOARD}/cards?key=${KEY}&token=${TOKEN}&fields=name,idList,due`;
  const res = await fetch(url);
  if (!res.ok) throw new Error('Trello: ' + res.status);
  return res.json();
}

cards().then(c => console.log(`${c.length} daim card`));
''', "ATTA" + hexs(64) + hexs(8).upper(), key=hexs(32))

add("yaml/yelp-api-key", "catering/reviews/config.yml", "https://docs.developer.yelp.com/docs/fusion-authentication", r'''
# Nyeem cov reviews tshiab ntawm Yelp thiab Google txhua hnub Monday
yelp:
  business_id: yang-family-egg-rolls-maplewood
  api_key: "@@s@@"
google:
  place_id: ChIJ7x2YangEggRollsMaplewood0
notify:
  telegram_chat: -1002218840391
  message_hmn: "Muaj review tshiab! {stars}⭐ - {text}"
''', fakes.drawn(_seed(), 128, ALNUM + "-_"))

add("env/zoom-s2s-oauth", "ops/board-meetings/.env", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", r'''
# Zoom Server-to-Server app: tsim rooj sib tham (meetings) rau pawg thawj coj txhua lub hli
ZOOM_ACCOUNT_ID=@@acc@@
ZOOM_CLIENT_ID=@@cid@@
ZOOM_CLIENT_SECRET=@@s@@
MEETING_TOPIC="MHGVA Board / Rooj Sib Tham Pawg Thawj Coj"
MEETING_TZ=America/Chicago
''', mixed(32), acc=mixed(22), cid=mixed(22))

add("python/woocommerce-keys", "catering/shop/woo_orders.py", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
"""Lub website qub (WooCommerce) - tseem muaj qee cov frozen orders tuaj ntawm no."""
from woocommerce import API

wcapi = API(
    url="https://old.yangeggrolls.com",
    consumer_key="ck_@@ck@@",
    consumer_secret="@@s@@",
    version="wc/v3",
    timeout=30,
)

for o in wcapi.get("orders", params={"status": "processing"}).json():
    print(o["id"], o["billing"]["first_name"], o["total"], "- tseem tsis tau xa")
''', "cs_" + hexs(40), ck=hexs(40))

add("toml/gitlab-runner-token", "catering/pi-notes/gitlab-runner-config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 1
check_interval = 0

[[runners]]
  name = "kitchen-pi"
  url = "https://gitlab.com"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "node:20-alpine"
    privileged = false
    volumes = ["/cache"]
''', mixed(20, "glrt-"))

add("json/linear-api-key", "apps/stalls/.linear.json", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys", r'''
{
  "team": "STL",
  "apiKey": "@@s@@",
  "labels": ["bug", "kev thov (request)", "ob hom lus (i18n)"],
  "defaultAssignee": "pheng.xiong@mhgva.org",
  "createFromTodoComments": true
}
''', linear())

add("json/clover-api-token", "catering/pos/clover.json", "https://docs.clover.com/dev/docs/using-api-tokens", r'''
{
  "merchantId": "7YANG2KYB0QX1",
  "region": "us",
  "apiToken": "@@s@@",
  "_note": "Clover tom Hmong Village kiosk (Niam lub rooj). Siv rau daily close xwb.",
  "baseUrl": "https://api.clover.com/v3/merchants/"
}
''', uuid_s())

add("json/decoy-package-lock", "catering/kabyaub-orders/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "kabyaub-web",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@sentry/browser": {
      "version": "8.7.0",
      "resolved": "https://registry.npmjs.org/@sentry/browser/-/browser-8.7.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("txt/decoy-requirements-hashes", "apps/stalls/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes requirements.in
django==5.0.6 \
    --hash=sha256:@@h1@@ \
    --hash=sha256:@@h2@@
djangorestframework==3.15.1 \
    --hash=sha256:@@h3@@
psycopg[binary]==3.1.19 \
    --hash=sha256:@@h4@@
gunicorn==22.0.0 \
    --hash=sha256:@@h5@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("go/decoy-go-sum", "apps/bucks-worker/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/hashicorp/vault/api v1.14.0 h1:@@g1@@=
github.com/hashicorp/vault/api v1.14.0/go.mod h1:@@g2@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@g3@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@g4@@=
github.com/jackc/puddle/v2 v2.2.1 h1:@@g5@@=
''', g1=rnd(43, ALNUM + "+/"), g2=rnd(43, ALNUM + "+/"), g3=rnd(43, ALNUM + "+/"), g4=rnd(43, ALNUM + "+/"), g5=rnd(43, ALNUM + "+/"))

add("md/decoy-changelog-shas", "apps/stalls/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## 2025.02.1
- Ntxiv (added) Hmong labels rau stall map (`@@c1@@`)
- Fix: corner stalls fee $425 (`@@c2@@`)
- Security: rotated Square token after it appeared in board minutes; token now read from Vault (`@@c3@@`)

## 2025.01.2
- Tshem tawm (removed) the old hardcoded SMTP password from `stalls.env` (`@@c4@@`)
''', c1=hexs(7), c2=hexs(7), c3=hexs(40), c4=hexs(7))

add("json/decoy-i18n-strings", "apps/stalls/stalls/locale/hmn/strings.json", "https://www.i18next.com/misc/json-format", r'''
{
  "login.title": "Nkag mus (Log in)",
  "login.username": "Lub npe siv (username)",
  "login.password": "Lo lus zais (password)",
  "login.forgot": "Hnov qab lo lus zais?",
  "login.error": "Lub npe lossis lo lus zais tsis yog",
  "settings.api_token": "Tus yuam sij API (API token)",
  "settings.api_token_help": "Tsis txhob qhia koj tus yuam sij rau leej twg.",
  "settings.regenerate": "Ua ib tus tshiab"
}
''')

add("python/decoy-password-generator", "apps/stalls/stalls/utils/temp_password.py", "https://docs.python.org/3/library/secrets.html#recipes-and-best-practices", r'''
"""Ua lo lus zais ib ntus (temporary password) rau tus vendor tshiab. Nws yuav tsum hloov thaum nkag thawj zaug."""
import secrets
import string

WORDS_HMN = ["zaub", "paj", "txiv", "dej", "roob", "hnub", "hli", "ntuj", "nplooj", "taub"]
ALPHABET = string.ascii_letters + string.digits


def temp_password() -> str:
    words = [secrets.choice(WORDS_HMN) for _ in range(3)]
    return "-".join(words) + "-" + "".join(secrets.choice(ALPHABET) for _ in range(4))


def placeholder_for_docs() -> str:
    return "zaub-paj-txiv-XXXX"
''')

add("js/decoy-algolia-search-key", "apps/market-map/public/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Nrhiav tus vendor los yog khoom (search vendors/products) - search-only key, public
const searchClient = algoliasearch('Q7MHGVA4K2', '@@k@@');
const index = searchClient.initIndex('vendors_2025');

document.querySelector('#nrhiav').addEventListener('input', async (e) => {
  const { hits } = await index.search(e.target.value, { hitsPerPage: 8 });
  document.querySelector('#results').innerHTML = hits
    .map(h => `<li>${h.npe} - rooj ${h.rooj} (${h.khoom.join(', ')})</li>`).join('');
});
''', k=hexs(32))

add("txt/decoy-revoked-token-note", "catering/notes/security_2025-01.txt", "https://docs.stripe.com/keys#rolling-keys", r'''
2025-01-28 - Kou

Stripe xa email hais tias peb tus live secret key (xaus rau ...q4Zt) tau pom nyob hauv GitHub public repo.
- Rolled the key in Dashboard > Developers > API keys (expire now). Tus qub siv tsis tau lawm.
- Tus tshiab nyob hauv ~/secrets/stripe_key ntawm kitchen-pi thiab Bitwarden xwb.
- Repo kabyaub-orders teeb ua private lawm.
- Kuaj Stripe logs: tsis muaj charges txawv txawv (no unusual charges).
''')

add("json/decoy-ecs-task-secrets", "catering/kabyaub-orders/deploy/ecs-task.json", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html", r'''
{
  "family": "kabyaub-orders",
  "containerDefinitions": [
    {
      "name": "server",
      "image": "418277390012.dkr.ecr.us-east-2.amazonaws.com/kabyaub-orders:1.3.0",
      "portMappings": [{ "containerPort": 3000 }],
      "secrets": [
        { "name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-2:418277390012:secret:kabyaub/stripe-AbC123" },
        { "name": "SENDGRID_API_KEY", "valueFrom": "arn:aws:ssm:us-east-2:418277390012:parameter/kabyaub/sendgrid" }
      ]
    }
  ]
}
''')

add("env/decoy-1password-refs", "catering/loyalty/.env.tpl", "https://developer.1password.com/docs/cli/secrets-template-syntax/", r'''
# op inject -i .env.tpl -o .env   (1Password CLI)
NEXT_PUBLIC_SUPABASE_URL=https://qzkxyangrolls0042.supabase.co
NEXT_PUBLIC_SUPABASE_ANON_KEY={{ op://Yang Egg Rolls/Supabase loyalty/anon key }}
SUPABASE_SERVICE_ROLE_KEY={{ op://Yang Egg Rolls/Supabase loyalty/service role key }}
LOYALTY_FREE_AFTER=10
''')

add("html/decoy-login-form", "apps/stalls/stalls/templates/registration/login.html", "https://docs.djangoproject.com/en/5.0/topics/auth/default/#django.contrib.auth.views.LoginView", r'''
{% extends "base.html" %}
{% block content %}
<h2>Nkag mus / Log in</h2>
<form method="post">
  {% csrf_token %}
  <label for="id_username">Lub npe siv</label>
  <input type="text" name="username" id="id_username" autocomplete="username">
  <label for="id_password">Lo lus zais</label>
  <input type="password" name="password" id="id_password" autocomplete="current-password" placeholder="••••••••">
  <button type="submit">Nkag</button>
</form>
<p><a href="{% url 'password_reset' %}">Hnov qab lo lus zais?</a></p>
{% endblock %}
''')

add("liquid/decoy-shopify-storefront", "catering/shop/theme/snippets/frozen-stock.liquid", "https://shopify.dev/docs/api/usage/authentication#getting-started-with-public-access", r'''
{% comment %} Qhia seb tseem muaj kab yaub khov (frozen) pes tsawg hnab. Storefront public token - public, read-only. {% endcomment %}
<div id="frozen-stock" data-variant="{{ product.selected_or_first_available_variant.id }}"></div>
<script>
  fetch('/api/2024-04/graphql.json', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Storefront-Access-Token': '@@t@@' },
    body: JSON.stringify({ query: '{ shop { name } }' })
  }).then(r => r.json()).then(d => console.log(d.data.shop.name));
</script>
''', t=hexs(32))
