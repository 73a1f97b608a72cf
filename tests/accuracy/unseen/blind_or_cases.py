"""Blind set OR: a Majuro/Koror/Tarawa copra co-operative and an atoll air-charter booking service.

The copra co-operative (Ri-Waini Copra Co-op: buying stations on the outer atolls, scales and
moisture meters, ship manifests, payments to growers, warehouse in Majuro, partner sheds in Koror
and Betio) and the air-charter booking service (AtollHop Charters: web booking, SMS and WhatsApp
confirmations, pilot rosters, weight-and-balance sheets, Koror and Bonriki desks), with notes and
comments partly in Marshallese, Palauan and Gilbertese (te taetae ni Kiribati), mixed with English.
About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 8990000-8999999).
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
SEED_LO, SEED_HI = 8990000, 8999999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Waini", "Majel", "Jaluit", "Arno", "Likiep", "Ebon", "Ni", "Wa", "Iakwe", "Kommol",
         "Ngerulmud", "Babeldaob", "Alii", "Sulang", "Bai", "Tarawa", "Betio", "Mauri", "Rabwa",
         "Bonriki", "Kanton", "Abaiang", "Lagoon", "Ailuk"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?@") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def pw() -> str:
    return fakes.password(_seed())


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


def teams_webhook() -> str:
    return (f"https://riwaini.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def twilio_token() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def square() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, ALNUM + "-_")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-or/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- copra co-op: grower payments, office

add("python/stripe-live", "coop/riwaini/payments/stripe_pay.py", "https://docs.stripe.com/keys", r'''
"""Kōļļā ñan ri-kōmman waini (grower payouts via Stripe Connect)."""
import stripe

# Jab kwaļọk key in ñan jabdewōt — TODO move to env before AMI audit
stripe.api_key = "@@s@@"


def payout(grower, amount_cents):
    return stripe.Transfer.create(amount=amount_cents, currency="usd",
                                  destination=grower.stripe_account,
                                  description=f"Waini {grower.atoll} {grower.bag_count} bag")
''', stripe())

add("env/twilio-token", "coop/riwaini/.env", "https://www.twilio.com/docs/iam/credentials/api", r'''
# Ri-Waini Copra Co-op — Majuro office
APP_ENV=production
DB_HOST=10.20.0.5
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+6926250190
# SMS ñan ri-kōmman waini ilo Arno, Ailuk, Likiep
SMS_LANG=mh
''', twilio_token(), sid=twilio_sid())

add("yaml/postgres-password", "coop/riwaini/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: db.riwaini.local
  database: waini_production
  username: waini_app
  # password eo ej bōk jān Jebro — ej jerbal ilo Delap office
  password: "@@s@@"
''', words_pw())

add("php/mysql-password", "coop/riwaini/web/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
/** Ri-Waini Copra Co-op website — Iakwe! */
define( 'DB_NAME', 'riwaini_wp' );
define( 'DB_USER', 'riwaini_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'rw_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw())

add("csv/grower-portal-password", "coop/riwaini/exports/buying_station_logins.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
station,atoll,clerk,tablet_login,tablet_password,notes
ST-01,Arno,Neijon L.,arno01,(reset Jan — kajjitōk Kinji),ej jerbal
ST-02,Ailuk,Bwiro J.,ailuk02,@@s@@,new tablet Dec
ST-03,Likiep,Hilda C.,likiep03,,tablet eo ej jorrāān — waiting
ST-04,Jaluit,Kinji A.,jaluit04,,use paper slips until ship comes
''', words_pw())

add("ini/smtp-password", "coop/riwaini/mailer/settings.ini", "https://docs.python.org/3/library/configparser.html", r'''
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = reports@riwaini-coop.com
password = @@s@@

[report]
; Jeje kōmeļeļe in aolep wiik ñan board (weekly tonnage report)
recipients = board@riwaini-coop.com, tobolar-liaison@riwaini-coop.com
''', pw())

add("js/google-maps", "coop/riwaini/web/static/js/stations-map.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", r'''
// Map of buying stations — jikin kōkkaa waini ilo aelōñ ko
const STATIONS = [
  { name: "Arno", lat: 7.0833, lng: 171.6833 },
  { name: "Ailuk", lat: 10.2167, lng: 169.9833 },
];

function loadMap() {
  const s = document.createElement("script");
  s.src = "https://maps.googleapis.com/maps/api/js?key=@@s@@&callback=initMap";
  document.head.appendChild(s);
}
''', google_api())

add("dockerfile/db-password", "coop/riwaini/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=waini.settings.prod \
    DATABASE_URL=postgres://waini_app:@@s@@@db.riwaini.local:5432/waini_production
EXPOSE 8000
CMD ["gunicorn", "waini.wsgi", "-b", "0.0.0.0:8000"]
''', fakes.redis_password(_seed()))

add("python/django-secret", "coop/riwaini/waini/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["riwaini-coop.com", "www.riwaini-coop.com"]
SECRET_KEY = "@@s@@"
TIME_ZONE = "Pacific/Majuro"
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("mh", "Kajin Majeļ")]
''', fakes.django_secret_key(_seed()))

add("k8s/secret-base64", "coop/riwaini/deploy/k8s/scale-sync-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: scale-sync
  namespace: waini
  labels:
    app: scale-sync   # kōjerbal scale ko ilo warehouse
type: Opaque
data:
  MQTT_USER: @@u@@
  MQTT_PASSWORD: @@b@@
''', "scaleSync-" + (_p := pw()), u=b64("scale-sync"), b=b64("scaleSync-" + _p))

add("json/firebase-sa", "coop/riwaini/mobile/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup", r'''
{
  "type": "service_account",
  "project_id": "riwaini-grower-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-q2x7c@riwaini-grower-app.iam.gserviceaccount.com",
  "client_id": "104882613390275110432",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', (_pem := fakes.fake_pem(_seed(), "")).split("\n")[1],
    pk=_pem.replace("\n", "\\n").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE"), kid=hexs(40))

add("markdown/telegram-bot", "coop/riwaini/docs/grower-bot.md", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Grower price bot (Telegram)

Bot eo ej jilkinļọk wōņāān waini (copra price) aolep Mande ñan ri-kōmman waini.

Setup:

1. `pip install python-telegram-bot`
2. Token (Jibon ear kōmman jān BotFather):
   `@@s@@`
3. `python bot.py --lang mh`

Ñe ejjeļọk jerbal, kir Jibon ilo 625-0190.
''', telegram())

add("sh/mysql-cli", "coop/riwaini/scripts/nightly_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/bin/bash
# Backup in boñ (nightly) — kōjparok data eo an co-op
set -e
STAMP=$(date +%Y%m%d)
mysqldump -u backup -p'@@s@@' --single-transaction riwaini_ledger \
  | gzip > /srv/backup/ledger-$STAMP.sql.gz
find /srv/backup -name 'ledger-*.sql.gz' -mtime +30 -delete
''', words_pw())

add("yaml/github-actions-aws", "coop/riwaini/.github/workflows/deploy.yml", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: ap-southeast-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./site s3://riwaini-coop-site --delete
''', (_aw := aws_pair())[1], kid=_aw[0])

add("txt/shell-history-psql", "coop/riwaini/ops/notes/jibon_history.txt", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
  501  cd /srv/waini
  502  git pull
  503  systemctl restart waini
  504  psql "postgresql://waini_app:@@s@@@db.riwaini.local/waini_production" -c "select count(*) from bags where atoll='Arno'"
  505  tail -f /var/log/waini/app.log
  506  exit
''', pw())

add("xml/ftp-password", "coop/riwaini/ops/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/FileZilla_Client_Configuration", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.mitchellport-shipping.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>riwaini</User>
      <Pass encoding="base64">@@s@@</Pass>
      <Name>Shipping manifests</Name>
    </Server>
  </Servers>
</FileZilla3>
''', b64(words_pw()))

add("ipynb/openweather", "coop/riwaini/analysis/drying_weather.ipynb", "https://openweathermap.org/appid", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Kōmad waini — drying days vs rain (Arno, Ailuk)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "OWM_KEY = \"@@s@@\"\n",
    "r = requests.get('https://api.openweathermap.org/data/2.5/forecast', params={'lat': 7.08, 'lon': 171.68, 'appid': OWM_KEY})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', hexs(32))

add("go/sendgrid", "coop/riwaini/notify/mail.go", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", r'''
package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// sendgridKey — kōjerbal ñan receipt email ko
const sendgridKey = "@@s@@"

func SendReceipt(to, name, body string) error {
	from := mail.NewEmail("Ri-Waini Co-op", "no-reply@riwaini-coop.com")
	m := mail.NewSingleEmail(from, "Kommol! Your copra receipt", mail.NewEmail(name, to), body, "")
	_, err := sendgrid.NewSendClient(sendgridKey).Send(m)
	return err
}
''', sendgrid())

add("txt/whatsapp-export-password", "coop/riwaini/chat/WhatsApp Chat with Warehouse Delap.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/3/24, 7:42 AM - Neijon: Iakwe aolep, scale eo ilo warehouse ej bar jorrāān
12/3/24, 7:45 AM - Jibon: Kwōj login ilo laptop eo ke?
12/3/24, 7:46 AM - Neijon: Ij jab jeļā password eo
12/3/24, 7:48 AM - Jibon: user: warehouse  password: @@s@@
12/3/24, 7:48 AM - Jibon: jab jeje ilo board eo pls
12/3/24, 7:51 AM - Neijon: Kommol tata!
''', words_pw())

add("yaml/compose-mongo", "coop/riwaini/docker-compose.yml", "https://hub.docker.com/_/mongo", r'''
services:
  grading:
    build: ./grading
    environment:
      MONGO_URL: mongodb://grading:@@s@@@mongo:27017/grading?authSource=admin
    depends_on: [mongo]
  mongo:
    image: mongo:7
    volumes:
      - mongo-data:/data/db
volumes:
  mongo-data:
''', fakes.redis_password(_seed()))

add("cs/azure-storage", "coop/riwaini/ledger-sync/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Ledger": {
    "Currency": "USD",
    "Stations": [ "Arno", "Ailuk", "Likiep", "Jaluit" ]
  },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=riwainiledger;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
  }
}
''', base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("eml/vpn-password", "coop/riwaini/mail/fwd_vpn_setup.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Kinji Abraham <kinji@riwaini-coop.com>
To: Hilda Capelle <hilda@riwaini-coop.com>
Subject: Fwd: VPN ñan Likiep station
Date: Tue, 14 Jan 2025 09:12:40 +1200
Content-Type: text/plain; charset=utf-8

Iakwe Hilda,

Eñin VPN eo ñan tablet eo ilo Likiep. Server: vpn.riwaini-coop.com
Username: likiep-st03
Password: @@s@@

Kōjparok bwe en jab bar lo. Kommol,
Kinji
''', words_pw())

add("toml/netlify-token", "coop/riwaini/web/netlify.toml", "https://docs.netlify.com/cli/get-started/#obtain-a-token-in-the-netlify-ui", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # deploy from the Delap laptop when GitHub is slow (satellite link)
  NETLIFY_AUTH_TOKEN = "@@s@@"
''', "nfp_" + mixed(36))

add("ps1/sql-server", "coop/riwaini/ops/Export-Tonnage.ps1", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", r'''
# Export tonnage ñan Tobolar (kōmeļeļe in allōñ)
$server = "RW-SQL01\LEDGER"
$month  = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$out    = "C:\Reports\tonnage-$month.csv"

sqlcmd -S $server -U reporter -P "@@s@@" -d Ledger `
  -Q "EXEC dbo.MonthlyTonnage @Month='$month'" -s "," -W -o $out

Write-Host "Ejmour! $out"
''', pw())

add("yaml/ansible-wifi", "coop/riwaini/ops/ansible/group_vars/stations.yml", "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", r'''
---
# Buying stations ilo aelōñ ko (Raspberry Pi + scale)
station_timezone: Pacific/Majuro
scale_serial: /dev/ttyUSB0
hostapd_ssid: RiWaini-Station
hostapd_wpa_passphrase: "@@s@@"
hostapd_channel: 6
sync_interval_min: 60   # Starlink ej jab aolep iien
''', words_pw())

# ---------------------------------------------------------------- air charter: booking, payments, SMS

add("ts/stripe-restricted", "charter/atollhop/booking/src/payments.ts", "https://docs.stripe.com/keys#limit-access", r'''
import Stripe from "stripe";

// Restricted key: charges + refunds only (Koror desk asked for refunds on weather cancels)
const stripe = new Stripe("@@s@@", {
  apiVersion: "2024-06-20",
});

export async function chargeSeat(bookingRef: string, cents: number, customer: string) {
  return stripe.paymentIntents.create({
    amount: cents,
    currency: "usd",
    customer,
    metadata: { bookingRef, route: "MAJ-KIA" },
  });
}
''', stripe("rk_live_"))

add("env/paypal-secret", "charter/atollhop/booking/.env.production", "https://developer.paypal.com/api/rest/authentication/", r'''
NODE_ENV=production
PORT=3000
BASE_URL=https://book.atollhop.com
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=AXk3bQ9o_charter_koror_desk_prod
PAYPAL_CLIENT_SECRET=@@s@@
DEFAULT_CURRENCY=USD
# Tarawa desk charges in AUD — see currency.ts
''', paypal_secret())

add("python/telegram-bot", "charter/atollhop/bots/crew_roster_bot.py", "https://core.telegram.org/bots/api", r'''
"""Crew roster bot — pilots get tomorrow's legs each evening (Majuro 18:00)."""
import logging
from telegram.ext import ApplicationBuilder, CommandHandler

from roster import legs_for

TOKEN = "@@s@@"


async def tomorrow(update, context):
    pilot = update.effective_user.username
    await update.message.reply_text("\n".join(legs_for(pilot)) or "No legs. Rest day — emmōn!")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("tomorrow", tomorrow))
    app.run_polling()
''', telegram())

add("yaml/gitlab-ci-ssh", "charter/atollhop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/ssh_keys/", r'''
stages: [deploy]

deploy_koror:
  stage: deploy
  image: alpine:3.19
  variables:
    DEPLOY_HOST: koror-desk.atollhop.com
  before_script:
    - apk add --no-cache openssh-client rsync
    - mkdir -p ~/.ssh && chmod 700 ~/.ssh
    - |
      cat > ~/.ssh/id_ed25519 <<'KEY'
      @@s@@
      KEY
    - chmod 600 ~/.ssh/id_ed25519
  script:
    - rsync -az dist/ deploy@$DEPLOY_HOST:/srv/booking/
''', openssh_key().replace("\n", "\n      "))

add("json/vscode-sftp", "charter/atollhop/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings", r'''
{
    "name": "Bonriki desk server",
    "host": "bonriki.atollhop.com",
    "protocol": "sftp",
    "port": 22,
    "username": "teuea",
    "password": "@@s@@",
    "remotePath": "/var/www/bonriki",
    "uploadOnSave": true
}
''', words_pw())

add("kotlin/amadeus-secret", "charter/atollhop/android/app/src/main/java/com/atollhop/api/FlightApi.kt", "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/", r'''
package com.atollhop.api

// Connecting flights (United island hopper) for charter customers
object FlightApi {
    const val BASE = "https://api.amadeus.com"
    const val CLIENT_ID = "q7MZkfBa0hTtUe2Gxk9PLtNkCnW3GS8v"
    const val CLIENT_SECRET = "@@s@@"

    fun tokenBody(): String =
        "grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET"
}
''', mixed(16))

add("properties/android-maps", "charter/atollhop/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/ngiraked/Library/Android/sdk
# Maps key for the airstrip screen (Ngiraked's, restricted later)
MAPS_API_KEY=@@s@@
''', google_api())

add("swift/mapbox-secret", "charter/atollhop/ios/AtollHop/Config/Secrets.swift", "https://docs.mapbox.com/accounts/guides/tokens/", r'''
//  Secrets.swift
//  AtollHop — strip map of Bonriki, Amata Kabua, Roman Tmetuchl

enum Secrets {
    // downloads token (offline tiles for the lagoon maps)
    static let mapboxDownloads = "@@s@@"
    static let supportPhone = "+680 488 2020"
}
''', "sk.eyJ1IjoiYXRvbGxob3AiLCJhIjoi" + mixed(20) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("yaml/k8s-stringdata", "charter/atollhop/deploy/booking-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: atollhop
type: Opaque
stringData:
  REDIS_URL: redis://:@@s@@@redis-master.atollhop.svc:6379/0
  SEAT_HOLD_MINUTES: "20"
''', fakes.redis_password(_seed()))

add("sql/api-key-insert", "charter/atollhop/db/migrations/0042_partner_keys.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- 0042: partner API keys for the Koror hotels (Palasia, Cove) to hold charter seats
-- Alii! Koror desk asked for this before Belau Games week.
INSERT INTO partner_api_keys (partner, key, scopes, created_at)
VALUES ('palasia-hotel', '@@s@@', 'seats:hold,seats:read', now());

-- Cove key pending, they will email.
''', "ahp_live_" + mixed(32))

add("java/spring-mail", "charter/atollhop/backend/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", r'''
spring.datasource.url=jdbc:postgresql://db.atollhop.internal:5432/booking
spring.datasource.username=booking
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.mailgun.org
spring.mail.port=587
spring.mail.username=postmaster@mg.atollhop.com
spring.mail.password=@@s@@
atollhop.mail.from=bookings@atollhop.com
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("md/twilio-in-readme", "charter/atollhop/sms-gateway/README.md", "https://www.twilio.com/docs/messaging/quickstart", r'''
# SMS gateway

Sends seat confirmations and weather delays. Te bwai aei e kanakoaki rongorongo ni Kiribati ma n Ingirand.

## Quick test

```bash
curl -X POST https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json \
  --data-urlencode "To=+68673001234" \
  --data-urlencode "From=+16175550101" \
  --data-urlencode "Body=Mauri! Am booking AH-3391 e a kakoauaki." \
  -u @@sid@@:@@s@@
```
''', twilio_token(), sid=twilio_sid())

add("hcl/tfvars-do", "charter/atollhop/infra/terraform.tfvars", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
region        = "sgp1"
droplet_size  = "s-2vcpu-4gb"
booking_count = 2
# Delap ISP blocks some ports; Singapore is closest with good latency to Majuro/Koror
do_token      = "@@s@@"
domain        = "atollhop.com"
''', do_token())

add("rb/slack-webhook", "charter/atollhop/ops/lib/delay_notifier.rb", "https://api.slack.com/messaging/webhooks", r'''
require "net/http"
require "json"

# Posts weather delays to #ops-desks (Majuro, Koror, Bonriki)
module DelayNotifier
  WEBHOOK = URI("@@s@@")

  def self.post(flight, reason)
    text = ":airplane: #{flight.number} #{flight.route} delayed — #{reason}"
    Net::HTTP.post(WEBHOOK, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
''', slack_webhook())

add("log/debug-bearer", "charter/atollhop/logs/booking-api-2025-02-11.log", "https://datatracker.ietf.org/doc/html/rfc6750", r'''
2025-02-11T06:01:12+12:00 INFO  booking-api started on :3000 (Majuro)
2025-02-11T06:03:40+12:00 DEBUG outbound POST https://api.flightops-partner.com/v2/manifests
2025-02-11T06:03:40+12:00 DEBUG headers: {"Content-Type":"application/json","Authorization":"Bearer @@s@@"}
2025-02-11T06:03:41+12:00 INFO  manifest AH-221 MAJ-ENI accepted (7 pax, 312 kg bags)
2025-02-11T06:05:02+12:00 WARN  seat hold expired AH-3390
''', mixed(48))

add("txt/pilot-notes-wifi", "charter/atollhop/notes/hangar_koror.txt", "https://www.rfc-editor.org/rfc/rfc8446", r'''
Hangar Koror (Airai) — chelechang notes, Ngiraked

- Wi-Fi a hangar: AtollHop-Hangar / @@s@@
- Fuel truck key ng ngar er a drawer el kmeed er a printer
- Weight & balance tablet: charge er a kesus (every night)
- Ng diak el sebechel el mo er a Peleliu ngmai 10/02 — runway works
''', words_pw())

add("json/postman-env", "charter/atollhop/api/AtollHop-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "9b0d3c9e-0f3a-4a7e-9d51-2f9a3c2d7e10",
  "name": "AtollHop prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.atollhop.com/v1", "enabled": true },
    { "key": "adminToken", "value": "@@s@@", "type": "secret", "enabled": true },
    { "key": "desk", "value": "KOR", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''', jwt_like('{"sub":"admin@atollhop.com","role":"admin","iat":1736200000}'))

add("yaml/helm-values-rabbit", "charter/atollhop/deploy/helm/values-prod.yaml", "https://www.rabbitmq.com/docs/uri-spec", r'''
replicaCount: 2
image:
  repository: registry.atollhop.com/booking
  tag: "2025.02.1"
queue:
  url: amqp://booking:@@s@@@rabbitmq.atollhop.svc:5672/charter
resources:
  limits:
    memory: 512Mi
''', pw())

add("cfg/wireguard", "charter/atollhop/ops/wg/tarawa-desk.conf", "https://www.wireguard.com/quickstart/", r'''
# Bonriki desk ↔ Majuro office (te kawai ae kamanoaki)
[Interface]
PrivateKey = @@s@@
Address = 10.44.0.3/24
DNS = 10.44.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.atollhop.com:51820
AllowedIPs = 10.44.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("py/anthropic", "charter/atollhop/tools/translate_notices.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Translate delay notices into Marshallese, Palauan and Gilbertese for the SMS gateway."""
import anthropic

client = anthropic.Anthropic(api_key="@@s@@")

LANGS = {"mh": "Marshallese", "pau": "Palauan", "gil": "Gilbertese (Kiribati)"}


def translate(text: str, lang: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=400,
        messages=[{"role": "user", "content": f"Translate into {LANGS[lang]}: {text}"}],
    )
    return msg.content[0].text
''', anthropic())

add("npmrc/auth-token", "charter/atollhop/booking/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@atollhop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit-level=high
''', npm_tok())

add("xml/idea-datasource", "charter/atollhop/backend/.idea/dataSources.local.xml", "https://www.jetbrains.com/help/idea/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="IU-241.14494.240">
    <data-source name="booking@prod" uuid="1c2e53d4-2f07-4d7e-b3b2-8fd7c4f25c11">
      <database-info product="PostgreSQL" version="15.5" />
      <secret-storage>master_key</secret-storage>
      <user-name>booking</user-name>
      <url>jdbc:postgresql://db.atollhop.internal:5432/booking?user=booking&amp;password=@@s@@</url>
    </data-source>
  </component>
</project>
''', pw())

add("sh/curl-basic", "charter/atollhop/scripts/pull_fuel_prices.sh", "https://datatracker.ietf.org/doc/html/rfc7617", r'''
#!/usr/bin/env bash
# Avgas price from the Majuro fuel farm portal (weekly) — kōjerbal ñan quote ko
set -euo pipefail
curl -fsS -H "Authorization: Basic @@s@@" \
  "https://portal.majurofuel.com/api/prices?product=avgas100ll" \
  | jq '.price_per_gal' > data/avgas.txt
echo "avgas: $(cat data/avgas.txt)"
''', b64("atollhop:" + words_pw()))

add("yaml/docker-hub-pat", "charter/atollhop/.github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: image
on: { push: { tags: ["v*"] } }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: atollhop
          password: @@s@@
      - uses: docker/build-push-action@v5
        with: { push: true, tags: "atollhop/booking:${{ github.ref_name }}" }
''', docker_pat())

add("txt/slack-export-stripe", "charter/atollhop/chat/slack-export/ops-desks/2025-01-20.json", "https://slack.com/help/articles/201658943-Export-your-workspace-data", r'''
[
  {"type": "message", "user": "U05KOROR1", "text": "Alii, Koror terminal card reader ng diak el ungil. Can someone send the backup key for the refund page?", "ts": "1737342001.000100"},
  {"type": "message", "user": "U05MAJURO", "text": "here: @@s@@ — delete after pls", "ts": "1737342090.000200"},
  {"type": "message", "user": "U05KOROR1", "text": "sulang!", "ts": "1737342101.000300"}
]
''', stripe())

# ---------------------------------------------------------------- Tarawa / Betio partner shed (Gilbertese)

add("py/mqtt-password", "coop/betio-shed/moisture/reader.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Moisture meter ni kobura (copra) — Betio shed.
Te meter e kanakoa te moisture % nakon te server i Majuro."""
import json
import paho.mqtt.client as mqtt

BROKER = "mqtt.riwaini-coop.com"
USER = "betio-shed"
PASSWORD = "@@s@@"   # tiaki kaotia nakon te aomata (don't share)

client = mqtt.Client(client_id="betio-moist-01")
client.username_pw_set(USER, PASSWORD)
client.connect(BROKER, 1883)


def send(bag_id: str, pct: float) -> None:
    client.publish("waini/betio/moisture", json.dumps({"bag": bag_id, "pct": pct}))
''', words_pw())

add("txt/notes-gilbertese", "coop/betio-shed/notes/te_babaire.txt", "https://www.rfc-editor.org/rfc/rfc3986", r'''
TE BABAIRE NI MAKURI — Betio shed (kobura)

1. Taraia te scale ngkana e a moantaai (calibrate every Monday).
2. Te tablet: login = betio01
   password = @@s@@
3. Ngkana e bua te internet, kawakinna te babwai n te notebook ao kanakoa ngkana e a manga reke.
4. Ko rabwa, Teuea
''', words_pw())

add("csv/bank-export-api", "coop/betio-shed/finance/anz_feed_config.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
setting,value,comment
bank,ANZ Kiribati,
currency,AUD,
feed_url,https://feeds.partnerbank.example-ki.com/v1/statements,
client_id,rw-betio-01,
client_secret,@@s@@,te kaokioki mai ANZ - Jan 2025
poll_minutes,60,
''', mixed(40))

add("vba/access-password", "coop/betio-shed/finance/Module1.bas", "https://learn.microsoft.com/en-us/office/vba/api/overview/access", r'''
Attribute VB_Name = "Module1"
' Kaboaan te mwane nakon kaain te kobura (grower payouts) - Betio
Option Explicit

Public Function OpenLedger() As ADODB.Connection
    Dim cn As New ADODB.Connection
    cn.Open "Provider=SQLOLEDB;Data Source=rw-sql01.riwaini.local;Initial Catalog=Ledger;" & _
            "User ID=betio_clerk;Password=@@s@@;"
    Set OpenLedger = cn
End Function
''', pw())

add("yaml/azure-devops-pat", "coop/betio-shed/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", r'''
trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  AZDO_PAT: '@@s@@'   # Teuea PAT, expires Jun
steps:
  - script: dotnet build -c Release
  - script: dotnet publish -c Release -o $(Build.ArtifactStagingDirectory)
''', rnd(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("json/composer-auth", "coop/betio-shed/web/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {},
    "gitlab-token": {}
}
''', fakes.github_token(_seed()))

add("dart/flutter-supabase", "coop/betio-shed/grower_app/lib/env.dart", "https://supabase.com/docs/guides/api/api-keys", r'''
// Te app ibukiia kaain te kobura — grower app (Kiribati + Marshalls)
class Env {
  static const supabaseUrl = 'https://xqpwmrtzkdbnvhga.supabase.co';
  // service role — TODO tiaki n te app! move to edge function
  static const supabaseServiceKey =
      '@@s@@';
  static const defaultLang = 'gil';
}
''', jwt_like('{"iss":"supabase","ref":"xqpwmrtzkdbnvhga","role":"service_role","iat":1719000000,"exp":2034576000}'))

add("conf/nginx-htpasswd-inline", "coop/betio-shed/ops/README-proxy.md", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
# Proxy for the Betio scale dashboard

The dashboard sits behind nginx basic auth.

Login for the shed office (Teuea & Bwebwe):

    user: shed
    pass: @@s@@

To add a user: `htpasswd /etc/nginx/.htpasswd <name>`. Kam rabwa.
''', words_pw())

# ---------------------------------------------------------------- Koror partner shed and charter desk (Palauan)

add("py/gmail-app-password", "coop/koror-shed/tools/send_manifest.py", "https://support.google.com/accounts/answer/185833", r'''
"""Manifest el mo er a Majuro (email) — Koror shed.
Ak mo outekangel a manifest er a kesus er a Belau Shipping."""
import smtplib
from email.message import EmailMessage

GMAIL_USER = "kororshed.riwaini@gmail.com"
GMAIL_APP_PASSWORD = "@@s@@"


def send(path: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Manifest Koror -> Majuro"
    msg["From"], msg["To"] = GMAIL_USER, "warehouse@riwaini-coop.com"
    msg.add_attachment(open(path, "rb").read(), maintype="text", subtype="csv", filename="manifest.csv")
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as s:
        s.login(GMAIL_USER, GMAIL_APP_PASSWORD)
        s.send_message(msg)
''', " ".join(rnd(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4)))

add("env/square-token", "charter/koror-desk/pos/.env", "https://developer.squareup.com/docs/build-basics/access-tokens", r'''
# Koror desk POS (Square) — Alii, chedal a desk
SQUARE_ENV=production
SQUARE_LOCATION_ID=L8KOR0R2ZJ1QX
SQUARE_ACCESS_TOKEN=@@s@@
RECEIPT_FOOTER="Sulang! Ungil el kerrekar."
''', square())

add("md/handover-palauan", "charter/koror-desk/docs/handover.md", "https://www.rfc-editor.org/rfc/rfc3986", r'''
# Handover — Koror desk (Ngiraked → Dirremeang)

Ke mla mo er a Guam ngmai 3 el klebesei, e ng ngar er ngii a rolel a desk:

- Booking admin: https://book.atollhop.com/admin (user: koror-desk)
- Password: `@@s@@`
- Cash box key: ng ngar er a drawer
- Peleliu runway: diak el ungil er a ulekedubech (rain) — call pilot before confirm

Sulang!
''', words_pw())

add("ini/odbc-password", "charter/koror-desk/pos/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r'''
[AtollHopBooking]
Description = Booking DB (read-only reports, Koror)
Driver      = PostgreSQL Unicode
Servername  = db.atollhop.internal
Port        = 5432
Database    = booking
Username    = koror_reports
Password    = @@s@@
SSLmode     = require
''', pw())

add("yaml/home-assistant", "charter/koror-desk/hangar/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Hangar Airai — Home Assistant (door sensors, fuel tank level)
latitude: 7.3674
longitude: 134.5443
mqtt_password: @@s@@
fuel_tank_offset_cm: 12
''', words_pw())

add("json/aws-credentials-json", "charter/koror-desk/tools/s3-upload-config.json", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
{
  "bucket": "atollhop-manifests-koror",
  "region": "ap-southeast-2",
  "prefix": "koror/weight-balance/",
  "accessKeyId": "@@kid@@",
  "secretAccessKey": "@@s@@",
  "deleteAfterUpload": false
}
''', (_aw := aws_pair())[1], kid=_aw[0])

# ---------------------------------------------------------------- more co-op and charter files

add("ini/aws-credentials", "coop/riwaini/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-southeast-2

[riwaini-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
# kinji ear kōmman 2025-01 — backup bucket wōt
''', (_aw := aws_pair())[1], kid=_aw[0])

add("netrc/heroku", "charter/atollhop/ops/dotfiles/.netrc", "https://devcenter.heroku.com/articles/authentication#api-token-storage", r'''
machine api.heroku.com
  login ops@atollhop.com
  password @@s@@
machine git.heroku.com
  login ops@atollhop.com
  password @@s@@
''', uuid_s())

add("pgpass/line", "coop/riwaini/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
db.riwaini.local:5432:waini_production:waini_app:${WAINI_DB_PASSWORD}
db.riwaini.local:5432:waini_reports:reporter:@@s@@
localhost:5432:*:postgres:postgres
# kinji 2025-01
''', pw())

add("rs/discord-webhook", "charter/atollhop/pilot-tools/src/notify.rs", "https://discord.com/developers/docs/resources/webhook", r'''
use reqwest::blocking::Client;
use serde_json::json;

// Pilot crew Discord: #wx-briefing gets METAR for PKMJ, PTRO, NGTA each morning
const WEBHOOK: &str = "@@s@@";

pub fn post_briefing(text: &str) -> reqwest::Result<()> {
    Client::new()
        .post(WEBHOOK)
        .json(&json!({ "content": text, "username": "wx-bot" }))
        .send()?;
    Ok(())
}
''', discord_webhook())

add("yaml/spring-datasource", "charter/atollhop/backend/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", r'''
spring:
  application:
    name: booking
  datasource:
    url: jdbc:postgresql://db.atollhop.internal:5432/booking
    username: booking
    password: @@s@@
  jpa:
    open-in-view: false
atollhop:
  desks: [MAJ, KOR, TRW]
  seat-hold-minutes: 20
''', pw())

add("cs/appsettings-jwt", "charter/atollhop/desk-api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r'''
{
  "Jwt": {
    "Issuer": "https://desk.atollhop.com",
    "Audience": "atollhop-desks",
    "SigningKey": "@@s@@"
  },
  "AllowedHosts": "*",
  "Desks": { "MAJ": "Majuro", "KOR": "Koror", "TRW": "Bonriki" }
}
''', mixed(64))

add("py/sentry-auth-token", "charter/atollhop/scripts/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", r'''
"""Upload JS source maps to Sentry after each booking-web release."""
import subprocess
import sys

ORG, PROJECT = "atollhop", "booking-web"
SENTRY_AUTH_TOKEN = "@@s@@"

release = sys.argv[1]
subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "releases", "-o", ORG, "-p", PROJECT,
                "files", release, "upload-sourcemaps", "dist/"], check=True)
''', "sntryu_" + hexs(64))

add("php/mailchimp", "coop/riwaini/web/wp-content/themes/riwaini/newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
<?php
// Newsletter ñan ri-kōmman waini im ri-wia (buyers)
$mc_api_key = '@@s@@';
$mc_list_id = '4f1c2a9d7e';

function rw_subscribe($email, $lang = 'mh') {
    global $mc_api_key, $mc_list_id;
    $dc = substr($mc_api_key, strpos($mc_api_key, '-') + 1);
    $url = "https://$dc.api.mailchimp.com/3.0/lists/$mc_list_id/members";
    return wp_remote_post($url, ['headers' => ['Authorization' => 'apikey ' . $mc_api_key],
        'body' => json_encode(['email_address' => $email, 'status' => 'subscribed', 'language' => $lang])]);
}
''', hexs(32) + "-us14")

add("bat/net-use", "coop/riwaini/ops/map_drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM Drive ko ilo Delap office — kōjerbal ñe kwōj login
net use S: \\rw-fs01\shared /user:RIWAINI\office @@s@@ /persistent:yes
net use R: \\rw-fs01\reports /persistent:yes
echo Kommol! Drives mapped.
pause
''', words_pw())

add("js/firebase-admin-inline", "charter/atollhop/functions/index.js", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
const admin = require("firebase-admin");

// push notifications to passengers (gate change at Amata Kabua / Bonriki)
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "atollhop-pax",
    clientEmail: "firebase-adminsdk-7tq2m@atollhop-pax.iam.gserviceaccount.com",
    privateKey: `@@s@@`,
  }),
});

exports.notifyGate = require("./gate").notifyGate(admin);
''', fakes.fake_pem(_seed(), "RSA"))

add("yaml/docker-config-auth", "charter/atollhop/deploy/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: atollhop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
''', (_gl := gitlab()), b=b64('{"auths":{"registry.gitlab.com":{"username":"atollhop-deploy","password":"' + _gl + '","auth":"' + b64("atollhop-deploy:" + _gl) + '"}}}'))

add("ipynb/postgres-url", "charter/atollhop/analysis/load_factor.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Load factor by route (MAJ-KWA, MAJ-ENI, KOR-PLL)"]},
  {
   "cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": [
    "import pandas as pd\n",
    "from sqlalchemy import create_engine\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@s@@@db.atollhop.internal/booking')\n",
    "df = pd.read_sql('select route, seats, pax from legs', eng)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw())

add("txt/bash-history-export", "charter/atollhop/ops/notes/bash_history_bonriki.txt", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", r'''
ls
cd booking-bonriki
git remote -v
export GITHUB_TOKEN=@@s@@
gh release download v2025.02.1 -R atollhop/booking-web
ls dist
sudo systemctl restart nginx
''', fakes.github_token(_seed()))

add("yaml/gh-fine-grained", "charter/atollhop/.github/dependabot-secrets.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#creating-a-fine-grained-personal-access-token", r'''
# Private package access for Dependabot

Dependabot needs read on `atollhop/seatmap-core`. Token created by Ngiraked (fine-grained, contents:read):

```
@@s@@
```

Add it under Settings → Secrets → Dependabot as `SEATMAP_READ`. Expires 2025-08-01.
''', fakes.github_fine_grained_token(_seed()))

add("tf/cloudflare", "charter/atollhop/infra/dns.tf", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  type    = "CNAME"
  content = "atollhop-booking.netlify.app"
  proxied = true
}
''', fakes.drawn(_seed(), 40, ALNUM + "-_"))

add("env/openai", "coop/riwaini/tools/grader-assistant/.env", "https://platform.openai.com/docs/api-reference/authentication", r'''
# Bwebwenato assistant for grading photos of copra (kōmad, moist, mold)
OPENAI_API_KEY=@@s@@
MODEL=gpt-4o-mini
PHOTO_DIR=./photos
GRADES=A,B,C,reject
''', fakes.openai_key(_seed()))

add("conf/rclone", "coop/riwaini/ops/rclone.conf", "https://rclone.org/b2/", r'''
[b2-backup]
type = b2
account = 0025f1c3b2d9a4e0000000004
key = @@s@@
hard_delete = false

[local-nas]
type = local
''', "K002" + fakes.drawn(_seed(), 27, ALNUM + "/+"))

add("cfg/s3cfg", "charter/atollhop/ops/.s3cfg", "https://s3tools.org/kb/item14.htm", r'''
[default]
access_key = @@kid@@
secret_key = @@s@@
host_base = sgp1.digitaloceanspaces.com
host_bucket = %(bucket)s.sgp1.digitaloceanspaces.com
use_https = True
''', fakes.drawn(_seed(), 43, ALNUM + "/+"), kid="DO00" + rnd(16, UPPER))

# ---------------------------------------------------------------- more carriers across both businesses

add("go/postgres-dsn", "charter/atollhop/seatmap/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", r'''
package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// FIXME: read from env; hardcoded during the Koror cutover weekend
const dsn = "postgres://seatmap:@@s@@@db.atollhop.internal:5432/booking?sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
''', fakes.redis_password(_seed()))

add("yaml/circleci-npm", "charter/atollhop/.circleci/config.yml", "https://circleci.com/docs/set-environment-variable/", r'''
version: 2.1
jobs:
  publish-seatmap:
    docker:
      - image: cimg/node:20.11
    environment:
      NPM_TOKEN: @@s@@
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: npm ci && npm publish --access restricted
workflows:
  release: { jobs: [publish-seatmap] }
''', npm_tok())

add("json/gcp-oauth-client", "charter/atollhop/booking/config/google-oauth.json", "https://developers.google.com/identity/protocols/oauth2/web-server", r'''
{
  "web": {
    "client_id": "618204339120-2m9ub7qk1p3tq0c8o1n6ufv5mmc3r4ds.apps.googleusercontent.com",
    "project_id": "atollhop-booking",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://book.atollhop.com/auth/google/callback"]
  }
}
''', gocspx())

add("txt/sticky-note-router", "coop/riwaini/ops/notes/router_delap.txt", "https://help.mikrotik.com/docs/display/ROS/User", r'''
Router eo ilo Delap warehouse (MikroTik hAP)
IP: 192.168.88.1
user: admin
pw: @@s@@
Starlink ej pād ilo eth1. Jab kōmmane reset ñe ejjeļọk Kinji.
''', words_pw())

add("yaml/decoy-htpasswd-hash", "charter/atollhop/deploy/traefik/dynamic.yml", "https://doc.traefik.io/traefik/middlewares/http/basicauth/", r'''
http:
  middlewares:
    ops-auth:
      basicAuth:
        users:
          - "ops:@@h@@"
  routers:
    dashboard:
      rule: Host(`traefik.atollhop.com`)
      service: api@internal
      middlewares: [ops-auth]
''', h="$apr1$" + rnd(8, ALNUM + "./") + "$" + rnd(22, ALNUM + "./"))

add("py/flask-secret", "coop/riwaini/grower_portal/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
from flask import Flask, render_template

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@s@@"
app.config["BABEL_DEFAULT_LOCALE"] = "mh"


@app.route("/")
def index():
    return render_template("index.html", title="Iakwe ri-kōmman waini")
''', hexs(48))

add("json/vscode-settings-sql", "coop/riwaini/.vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=ms-mssql.mssql", r'''
{
    "editor.formatOnSave": true,
    "files.eol": "\n",
    "mssql.connections": [
        {
            "server": "rw-sql01.riwaini.local",
            "database": "Ledger",
            "authenticationType": "SqlLogin",
            "user": "kinji",
            "password": "@@s@@",
            "savePassword": true,
            "profileName": "Ledger prod"
        }
    ]
}
''', pw())

add("http/rest-client", "charter/atollhop/api/requests/manifests.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
@host = https://api.atollhop.com/v1
@token = @@s@@

### Tomorrow's manifests (Majuro)
GET {{host}}/manifests?desk=MAJ&date=tomorrow
Authorization: Bearer {{token}}

### Koror
GET {{host}}/manifests?desk=KOR&date=tomorrow
Authorization: Bearer {{token}}
''', "ahp_live_" + mixed(32))

add("xml/nuget-config", "charter/atollhop/desk-api/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="atollhop" value="https://nuget.pkg.github.com/atollhop/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <atollhop>
      <add key="Username" value="ngiraked" />
      <add key="ClearTextPassword" value="@@s@@" />
    </atollhop>
  </packageSourceCredentials>
</configuration>
''', fakes.github_token(_seed()))

add("systemd/env-password", "coop/riwaini/ops/systemd/scale-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Scale sync (warehouse Delap) — kōjerbal scale ko
After=network-online.target

[Service]
User=waini
Environment=MQTT_HOST=mqtt.riwaini-coop.com
Environment=MQTT_PASSWORD=@@s@@
ExecStart=/opt/scale-sync/bin/scale-sync --port /dev/ttyUSB0
Restart=always

[Install]
WantedBy=multi-user.target
''', words_pw())

add("crontab/api-key", "charter/atollhop/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command  (TZ=Pacific/Majuro)
MAILTO=ops@atollhop.com
0 5 * * * /opt/atollhop/bin/fetch-metar PKMJ PTRO NGTA
15 5 * * * curl -fsS "https://api.checkwx.com/taf/PKMJ?x-api-key=@@s@@" -o /var/lib/atollhop/taf.json
30 18 * * * /opt/atollhop/bin/send-roster
''', hexs(32))

add("ex/elixir-config", "charter/atollhop/notify/config/runtime.exs", "https://hexdocs.pm/swoosh/Swoosh.Adapters.Postmark.html", r'''
import Config

if config_env() == :prod do
  config :notify, Notify.Mailer,
    adapter: Swoosh.Adapters.Postmark,
    api_key: "@@s@@"

  config :notify, desks: ["MAJ", "KOR", "TRW"]
end
''', uuid_s())

add("md/wiki-wise", "coop/riwaini/docs/wiki/paying-growers-abroad.md", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", r'''
# Paying growers and sheds abroad (Koror, Betio)

We use Wise for AUD payments to the Betio shed and USD to Koror.

- Business account: Ri-Waini Copra Co-operative
- API token (Kinji, full access): @@s@@
- Profile id: 16604123

Kōjparok: board eo wōt ej maron lo peij in.
''', uuid_s())

add("yaml/ansible-vault-plain", "charter/atollhop/ops/ansible/host_vars/bonriki.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
---
ansible_host: 10.44.0.3
ansible_user: deploy
# te password ibukin te database i Bonriki (TODO: ansible-vault encrypt_string)
bonriki_db_password: "@@s@@"
nginx_server_name: bonriki.atollhop.com
''', pw())

add("env/vonage", "charter/atollhop/sms-gateway/.env.kiribati", "https://developer.vonage.com/en/getting-started/concepts/authentication", r'''
# Kiribati numbers go through Vonage (Twilio delivery to ATHKL was poor)
VONAGE_API_KEY=7f3c91ab
VONAGE_API_SECRET=@@s@@
VONAGE_FROM=AtollHop
DEFAULT_LANG=gil
''', mixed(16))

add("kt/gradle-properties", "charter/atollhop/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# release signing (Ngiraked's keystore)
RELEASE_STORE_FILE=../keys/atollhop-release.jks
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_ALIAS=atollhop
''', words_pw())

add("plist/ios-api-key", "charter/atollhop/ios/AtollHop/Info.plist", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>AtollHop</string>
	<key>GMSApiKey</key>
	<string>@@s@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Show the nearest airstrip</string>
</dict>
</plist>
''', google_api())

add("pem/private-key-file", "charter/atollhop/ops/certs/book.atollhop.com.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', fakes.fake_pem(_seed(), "RSA"))

add("txt/teams-webhook-note", "coop/riwaini/ops/notes/alerts.txt", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", r'''
Alerts → Teams channel "Warehouse Delap"
(ñe scale ko rej jab jerbal ak moisture ej ļap jān 8%)

webhook:
@@s@@

Hilda ear kōmmane 2025-01-30
''', teams_webhook())

add("py/gitlab-token", "coop/riwaini/tools/issue_from_email.py", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
"""Turns emails to support@ into GitLab issues (buying-station tablet problems)."""
import gitlab

gl = gitlab.Gitlab("https://gitlab.com", private_token="@@s@@")
project = gl.projects.get("riwaini/stations")


def open_issue(subject: str, body: str, atoll: str) -> int:
    issue = project.issues.create({"title": f"[{atoll}] {subject}", "description": body,
                                   "labels": ["station", atoll.lower()]})
    return issue.iid
''', gitlab())

add("yaml/datadog-agent", "charter/atollhop/deploy/datadog-values.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
datadog:
  site: datadoghq.com
  apiKey: @@s@@
  clusterName: atollhop-sgp1
  logs:
    enabled: true
  tags:
    - team:ops
    - desks:maj-kor-trw
''', hexs(32))

add("sh/vault-token", "coop/riwaini/ops/bootstrap.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens", r'''
#!/bin/sh
# Bootstrap new server (Delap) — kōmman jerbal ko aolep
export VAULT_ADDR=https://vault.riwaini.local:8200
export VAULT_TOKEN=@@s@@
vault kv get -format=json secret/waini/prod > /etc/waini/secrets.json
chmod 600 /etc/waini/secrets.json
''', vault_tok())

add("json/package-json-script", "charter/atollhop/booking/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", r'''
{
  "name": "@atollhop/booking-web",
  "version": "2025.2.1",
  "private": true,
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "deploy": "vercel deploy --prod --token @@s@@"
  },
  "dependencies": { "vue": "^3.4.0" }
}
''', mixed(24))

add("md/issue-body-mongo", "coop/riwaini/docs/issues/0117-grading-service-crash.md", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
# #117 grading service crashes at startup (Ailuk tablet)

Stack trace:

```
pymongo.errors.ServerSelectionTimeoutError: cluster0.k3mfq.mongodb.net:27017
  uri = mongodb+srv://grading:@@s@@@cluster0.k3mfq.mongodb.net/grading
```

Ej jorrāān ilo Ailuk bwe Starlink ej kōjdik. Retry works after 2 min.
''', pw())

add("tex/invoice-ftp", "coop/riwaini/finance/invoice_template.tex", "https://www.rfc-editor.org/rfc/rfc959", r'''
\documentclass{article}
% Invoice ñan ri-wia (buyers) — generated by ledger
% upload: ftp://invoices:@@s@@@ftp.riwaini-coop.com/out/
\usepackage[utf8]{inputenc}
\begin{document}
\section*{Ri-Waini Copra Co-operative — Invoice}
Kommol kōn am wia waini!
\end{document}
''', pw())

add("yaml/openapi-example-real", "charter/atollhop/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", r'''
openapi: 3.0.3
info:
  title: AtollHop partner API
  version: "1.4"
servers:
  - url: https://api.atollhop.com/v1
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-AtollHop-Key
security:
  - partnerKey: []
# test with the Palasia key: @@s@@
paths: {}
''', "ahp_live_" + mixed(32))

add("r/rscript-db", "coop/riwaini/analysis/price_model.R", "https://rdrr.io/cran/DBI/man/dbConnect.html", r'''
# Wōņāān waini (copra price) vs world coconut oil price
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.riwaini.local", dbname = "waini_reports",
                 user = "analyst", password = "@@s@@")
prices <- dbGetQuery(con, "select month, usd_per_ton from copra_price order by month")
plot(prices$month, prices$usd_per_ton, type = "l", main = "Copra price (USD/t)")
''', pw())

add("lua/nvim-dadbod", "charter/atollhop/ops/dotfiles/nvim/lua/db.lua", "https://github.com/tpope/vim-dadbod", r'''
-- dadbod connections (Ngiraked)
vim.g.dbs = {
  booking_prod = "postgres://booking:@@s@@@db.atollhop.internal:5432/booking",
  booking_local = "postgres://booking:booking@localhost:5432/booking",
}
vim.keymap.set("n", "<leader>db", ":DBUIToggle<CR>")
''', pw())

add("cfg/pip-conf-index", "coop/riwaini/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
[global]
timeout = 120
# private index (Gemfury) for the scale driver package
extra-index-url = https://@@s@@:@pypi.fury.io/riwaini/
trusted-host = pypi.fury.io
''', mixed(20))

add("pypirc/token", "coop/riwaini/ops/dotfiles/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("txt/email-draft-airtable", "charter/atollhop/notes/airtable_pilots.txt", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
Pilot currency tracker (Airtable base "Crew")

Base id: appK0r0rCrewT7xq2
Token for the roster script (scopes data.records:read): @@s@@

Medicals due: Lanwi (Mar), Teuea (Apr). Ngiraked's check ride 12/03 er a Koror.
''', "pat" + mixed(14) + "." + hexs(64))

add("yaml/sops-decrypted-leftover", "charter/atollhop/deploy/secrets.dec.yaml", "https://github.com/getsops/sops#readme", r'''
# decrypted with `sops -d secrets.enc.yaml > secrets.dec.yaml` — REMOVE before commit
booking:
  stripe_webhook_secret: @@s@@
  seat_hold_minutes: 20
  desks: [MAJ, KOR, TRW]
''', mixed(32, "whsec_"))

add("conf/redis", "coop/riwaini/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
bind 127.0.0.1 10.20.0.5
port 6379
protected-mode yes
# kōjparok queue eo an scale ko
requirepass @@s@@
maxmemory 256mb
maxmemory-policy allkeys-lru
''', fakes.redis_password(_seed()))

add("java/hardcoded-jdbc", "charter/atollhop/backend/src/main/java/com/atollhop/report/WeightBalanceExport.java", "https://jdbc.postgresql.org/documentation/use/", r'''
package com.atollhop.report;

import java.sql.Connection;
import java.sql.DriverManager;

/** Weight and balance export for the CAA (RMI and Kiribati formats). */
public class WeightBalanceExport {
    private static final String URL = "jdbc:postgresql://db.atollhop.internal:5432/booking";

    static Connection open() throws Exception {
        return DriverManager.getConnection(URL, "wb_export", "@@s@@");
    }
}
''', pw())

add("ini/tortoise-hg", "coop/riwaini/scale-firmware/.hg/hgrc", "https://www.mercurial-scm.org/doc/hgrc.5.html#auth", r'''
[paths]
default = https://hg.riwaini-coop.com/scale-firmware

[auth]
rw.prefix = hg.riwaini-coop.com
rw.username = kinji
rw.password = @@s@@
''', words_pw())

add("cs/hubspot", "charter/atollhop/desk-api/Crm/HubSpotClient.cs", "https://developers.hubspot.com/docs/api/private-apps", r'''
using System.Net.Http.Headers;

namespace AtollHop.DeskApi.Crm;

// Corporate charter leads (NGOs, government ministries in Majuro/Tarawa)
public class HubSpotClient
{
    private const string Token = "@@s@@";
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.hubapi.com/") };

    public HubSpotClient() =>
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
}
''', "pat-na1-" + uuid_s())

add("txt/eml-slack-bot", "charter/atollhop/mail/slack-app-installed.eml", "https://api.slack.com/authentication/token-types#bot", r'''
From: Lanwi Jibas <lanwi@atollhop.com>
To: ops@atollhop.com
Subject: Slack roster app installed
Date: Fri, 07 Feb 2025 17:20:11 +1200

Iakwe, the roster app is in Slack now. Bot token for the script:

@@s@@

Kommol, Lanwi
''', slack_bot())

add("py/boto3-inline", "coop/riwaini/tools/upload_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Pijaa (photos) of copra bags from the stations → S3, for grading disputes."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def upload(path: str, atoll: str) -> None:
    s3.upload_file(path, "riwaini-grading-photos", f"{atoll}/{path.rsplit('/', 1)[-1]}")
''', (_aw := aws_pair())[1], kid=_aw[0])

add("yaml/mkdocs-ga-token", "coop/riwaini/docs/mkdocs.yml", "https://www.mkdocs.org/user-guide/configuration/", r'''
site_name: Ri-Waini Co-op handbook
theme:
  name: material
  language: en
plugins:
  - search
  - git-committers:
      repository: riwaini/handbook
      token: @@s@@
nav:
  - Iakwe: index.md
  - Buying stations: stations.md
''', fakes.github_token(_seed()))

add("txt/chat-palauan-wifi-ssh", "charter/koror-desk/chat/signal-koror-desk.txt", "https://support.signal.org/hc/en-us/articles/360007059792", r'''
[2025-02-02 08:10] Dirremeang: Alii! ng diak lsebechek el mo er a server
[2025-02-02 08:12] Ngiraked: ssh deploy@koror-desk.atollhop.com
[2025-02-02 08:12] Ngiraked: a password: @@s@@
[2025-02-02 08:13] Dirremeang: sulang, mla mo ungil
[2025-02-02 08:20] Ngiraked: ak mo change er ngii er a klukuk
''', words_pw())

add("ts/algolia-admin", "charter/atollhop/booking/scripts/reindex-airstrips.ts", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
import algoliasearch from "algoliasearch";
import airstrips from "../data/airstrips.json";

// Admin key: indexing only — the search-only key is in the web app
const client = algoliasearch("K7QX2M9ATH", "@@s@@");
const index = client.initIndex("airstrips");

await index.saveObjects(airstrips.map((a) => ({ objectID: a.icao, ...a })));
console.log(`indexed ${airstrips.length} airstrips (RMI, Palau, Kiribati)`);
''', hexs(32))

add("yaml/mailgun-env-in-compose", "charter/atollhop/deploy/compose.mail.yml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
services:
  mailer:
    image: registry.atollhop.com/mailer:1.8
    environment:
      MAILGUN_DOMAIN: mg.atollhop.com
      MAILGUN_API_KEY: "@@s@@"
      MAIL_FROM: "AtollHop <bookings@atollhop.com>"
    restart: unless-stopped
''', mailgun())

add("ipynb/output-leak", "coop/riwaini/analysis/tonnage_by_atoll.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {
   "cell_type": "code", "execution_count": 1, "metadata": {},
   "source": ["import os\n", "print(os.environ['LEDGER_URL'])"],
   "outputs": [
    {"name": "stdout", "output_type": "stream",
     "text": ["mssql+pyodbc://reporter:@@s@@@rw-sql01.riwaini.local/Ledger?driver=ODBC+Driver+18+for+SQL+Server\n"]}
   ]
  },
  {"cell_type": "markdown", "metadata": {}, "source": ["Tonnage jān aelōñ ko (2024)"]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
''', pw())

add("conf/wpa-supplicant", "charter/atollhop/ops/pi-kiosk/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", r'''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=KI

# Bonriki terminal kiosk (departures board) — te WiFi n te airport office
network={
    ssid="BonrikiOps"
    psk="@@s@@"
    key_mgmt=WPA-PSK
}
''', words_pw())

add("js/pusher-secret", "charter/atollhop/seatmap/server/realtime.js", "https://pusher.com/docs/channels/server_api/overview/", r'''
const Pusher = require("pusher");

// live seat map: desks see holds from the web in real time
module.exports = new Pusher({
  appId: "1842207",
  key: "b7e01c3f9a6d2e4c8f15",
  secret: "@@s@@",
  cluster: "ap1",
  useTLS: true,
});
''', hexs(20))

add("md/readme-linear", "charter/atollhop/tools/linear-sync/README.md", "https://developers.linear.app/docs/graphql/working-with-the-graphql-api#personal-api-keys", r'''
# linear-sync

Copies maintenance squawks from the pilots' WhatsApp form into Linear.

```
LINEAR_API_KEY=@@s@@ node sync.js --team MX
```

Squawks older than 30 days are closed by the mechanic in Majuro (Bwiro).
''', "lin_api_" + mixed(40))

add("yaml/grafana-datasource", "coop/riwaini/ops/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/datasources/influxdb/", r'''
apiVersion: 1
datasources:
  - name: Warehouse sensors
    type: influxdb
    access: proxy
    url: http://influx.riwaini.local:8086
    jsonData:
      version: Flux
      organization: riwaini
      defaultBucket: warehouse
    secureJsonData:
      token: "@@s@@"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("txt/ledger-notes-gil", "coop/betio-shed/notes/bank_portal.txt", "https://www.rfc-editor.org/rfc/rfc3986", r'''
Bank portal (ANZ Kiribati, Bairiki) — ibukin Teuea ma Bwebwe tii

Customer no: 2048-771
Password: @@s@@
Token device: n te bwaoki n te office

E kainnanoaki te token ngkana ko kanakoa te mwane nakon Majuro.
''', words_pw())

add("yaml/argocd-repo", "charter/atollhop/deploy/argocd/repo-secret.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/atollhop/booking-deploy.git
  username: argocd
  password: @@s@@
''', gitlab())

# ---------------------------------------------------------------- decoys: copra co-op

add("env/decoy-example-env", "coop/riwaini/.env.example", "https://12factor.net/config", r'''
# Copy to .env and fill in (Kinji has the real values in the vault)
APP_ENV=development
DB_HOST=localhost
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here
TWILIO_FROM=+692XXXXXXX
SMS_LANG=mh
''')

add("python/decoy-environ", "coop/riwaini/payments/stripe_settings.py", "https://docs.stripe.com/keys#safe-keys", r'''
"""Stripe config — key ko rej pād ilo environment, jab ilo code."""
import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.getenv("STRIPE_WEBHOOK_SECRET")
CURRENCY = "usd"
''')

add("yaml/decoy-vault-ref", "coop/riwaini/deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: waini-db
  namespace: waini
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-delap
    kind: ClusterSecretStore
  target:
    name: waini-db
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: secret/waini/prod
        property: db_password
''')

add("csv/decoy-bag-ids", "coop/riwaini/exports/bags_2025-01.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
bag_id,atoll,grower_id,weight_kg,moisture_pct,grade,receipt_hash
@@b1@@,Arno,G-0142,48.2,6.1,A,@@h1@@
@@b2@@,Arno,G-0097,51.0,7.4,A,@@h2@@
@@b3@@,Ailuk,G-0311,46.8,9.2,B,@@h3@@
@@b4@@,Likiep,G-0208,50.5,5.9,A,@@h4@@
''', b1=uuid_s(), b2=uuid_s(), b3=uuid_s(), b4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("sha/decoy-checksums", "coop/riwaini/scale-firmware/releases/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
@@a@@  scale-fw-2.4.1.bin
@@b@@  scale-fw-2.4.1.bin.sig
@@c@@  moisture-fw-1.9.0.bin
@@d@@  station-image-2025.01.img.xz
@@e@@  README.txt
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("pub/decoy-ssh-public", "coop/riwaini/ops/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Delap ops — kinji, hilda, jibon (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ kinji@rw-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ hilda@rw-office
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ jibon@delap
# Neijon (Arno) ej kōttar laptop — add later
''', k1=rnd(43, ALNUM + "+/"), k2=rnd(43, ALNUM + "+/"), k3=rnd(200, ALNUM + "+/") + "=")

add("yaml/decoy-ansible-vault", "coop/riwaini/ops/ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("md/decoy-revoked-note", "coop/riwaini/docs/incidents/2024-11-token-leak.md", "https://docs.github.com/en/code-security/secret-scanning/working-with-secret-scanning-and-push-protection", r'''
# Incident 2024-11: Twilio token posted in WhatsApp group

- 2024-11-18 09:40 — Jibon pasted the Twilio auth token in the "Waini Arno" group by mistake.
- 09:55 — Kinji rotated the token in the Twilio console; old token revoked.
- 10:10 — New token stored in Vault at `secret/waini/prod#twilio_auth_token` only.
- Ejjeļọk SMS ko rar jilkinļọk jān ro jet (no unauthorised messages in logs).

Lesson: jab kwaļọk token ilo chat. Use the vault link.
''')

add("json/decoy-firebase-web", "coop/riwaini/mobile/web/firebase-config.js", "https://firebase.google.com/docs/projects/api-keys", r'''
// Firebase web config — these values are public identifiers (security is in the rules)
export const firebaseConfig = {
  projectId: "riwaini-grower-app",
  authDomain: "riwaini-grower-app.firebaseapp.com",
  storageBucket: "riwaini-grower-app.appspot.com",
  messagingSenderId: "618204339120",
  appId: "1:618204339120:web:@@a@@",
};
''', a=hexs(22))

add("php/decoy-wp-config-env", "coop/riwaini/web/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", r'''
<?php
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'rw_';
''')

add("txt/decoy-whatsapp-no-pw", "coop/riwaini/chat/WhatsApp Chat with Arno Station.txt", "https://faq.whatsapp.com/1180414079177245", r'''
1/9/25, 6:58 AM - Neijon: Iakwe! tablet eo ilo Arno ej kōņaan password eo kāāl
1/9/25, 7:03 AM - Kinji: Ij jilkinļọk ilo SMS, jab ilo group in
1/9/25, 7:04 AM - Kinji: ej jemaron lo ilo Bitwarden "Arno tablet" bareinwōt
1/9/25, 7:10 AM - Neijon: Ebwe, kommol!
1/9/25, 7:12 AM - Neijon: scale eo ej 48.2 kg ñan bag eo kein kajuon
''')

add("yaml/decoy-compose-secrets", "coop/riwaini/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  grading:
    image: registry.riwaini-coop.com/grading:2025.01
    environment:
      MONGO_URL_FILE: /run/secrets/mongo_url
    secrets: [mongo_url]
secrets:
  mongo_url:
    file: ./secrets/mongo_url.txt
''')

add("python/decoy-test-fixture", "coop/riwaini/tests/test_payouts.py", "https://docs.stripe.com/keys#test-live-modes", r'''
"""Tests for grower payouts — fake keys only, Stripe is mocked."""
from unittest import mock

from payments import stripe_pay

FAKE_KEY = "sk_test_FAKEFAKEFAKEFAKEFAKE0000"


@mock.patch("stripe.Transfer.create")
def test_payout_uses_usd(create):
    stripe_pay.stripe.api_key = FAKE_KEY
    stripe_pay.payout(mock.Mock(atoll="Arno", bag_count=3, stripe_account="acct_test"), 1500)
    assert create.call_args.kwargs["currency"] == "usd"
''')

add("ini/decoy-smtp-placeholder", "coop/riwaini/mailer/settings.example.ini", "https://docs.python.org/3/library/configparser.html", r'''
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = reports@riwaini-coop.com
password = <ask Kinji — in Bitwarden "reports mailbox">

[report]
recipients = board@riwaini-coop.com
''')

add("sql/decoy-password-hashes", "coop/riwaini/db/seed/0003_clerks.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Clerks of the buying stations (hashes only; passwords set by each clerk on first login)
INSERT INTO clerks (login, atoll, password_hash) VALUES
  ('arno01',   'Arno',   '$2b$12$@@h1@@'),
  ('ailuk02',  'Ailuk',  '$2b$12$@@h2@@'),
  ('likiep03', 'Likiep', '$2b$12$@@h3@@');
''', h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("log/decoy-masked", "coop/riwaini/logs/scale-sync-2025-01-22.log", "https://owasp.org/www-community/vulnerabilities/Insertion_of_Sensitive_Information_into_Log_File", r'''
2025-01-22 05:00:01 INFO  scale-sync 1.7.2 starting (warehouse Delap)
2025-01-22 05:00:02 INFO  connecting mqtt://scale-sync:********@mqtt.riwaini-coop.com:1883
2025-01-22 05:00:03 INFO  connected, session id @@sid@@
2025-01-22 05:14:40 INFO  bag @@bag@@ 49.6 kg
2025-01-22 05:15:02 WARN  moisture 8.4% > 8.0% (bag flagged)
''', sid=hexs(24), bag=uuid_s())

add("toml/decoy-netlify-env-ref", "coop/riwaini/web/netlify.example.toml", "https://docs.netlify.com/configure-builds/environment-variables/", r'''
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # NETLIFY_AUTH_TOKEN comes from the Netlify UI → Site settings → Environment variables
''')

add("k8s/decoy-sealed-secret", "coop/riwaini/deploy/k8s/scale-sync-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scale-sync
  namespace: waini
spec:
  encryptedData:
    MQTT_USER: @@a@@
    MQTT_PASSWORD: @@b@@
  template:
    metadata:
      name: scale-sync
''', a="AgB" + rnd(300, ALNUM + "+/") + "==", b="AgC" + rnd(340, ALNUM + "+/") + "=")

add("md/decoy-readme-setup", "coop/riwaini/README.md", "https://12factor.net/config", r'''
# Ri-Waini Copra Co-op — ledger & grower portal

Iakwe! This repo runs the ledger, the grower portal and the scale sync.

## Setup

1. `cp .env.example .env`
2. Ask Kinji for access to the Bitwarden collection "Ri-Waini prod".
3. Fill `TWILIO_AUTH_TOKEN`, `DATABASE_URL`, `STRIPE_SECRET_KEY` from there.
4. `docker compose up`

Never commit `.env` (it is in `.gitignore`). Kommol!
''')

add("json/decoy-lockfile-integrity", "coop/riwaini/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "riwaini-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=rnd(86, ALNUM + "+/") + "==", i2=rnd(86, ALNUM + "+/") + "==")

add("txt/decoy-notes-gil-noval", "coop/betio-shed/notes/te_password.txt", "https://bitwarden.com/help/", r'''
TE PASSWORD — Betio shed

Tiaki koreia te password n te babaire aei!
Te password ibukin te tablet ao te bank portal a mena n te Bitwarden:
  collection "Betio shed" (Teuea ma Bwebwe)
Ngkana ko a mwaninga, taetae ma Kinji i Majuro (+692 625 0190).
''')

add("py/decoy-mqtt-env", "coop/betio-shed/moisture/config.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", r'''
"""Te config ibukin te moisture reader (Betio)."""
import os

BROKER = os.getenv("MQTT_HOST", "mqtt.riwaini-coop.com")
USER = os.getenv("MQTT_USER", "betio-shed")
PASSWORD = os.environ["MQTT_PASSWORD"]  # mena n te /etc/riwaini/mqtt.env
TOPIC = "waini/betio/moisture"
''')

add("csv/decoy-iban-like", "coop/koror-shed/finance/payees.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
payee,country,bank,account_ref,swift
Koror Shed (Ri-Waini),PW,Bank Pacific,ACCT-PW-0042,BPACPWPW
Betio Shed (Ri-Waini),KI,ANZ Kiribati,ACCT-KI-0017,ANZBKIKI
Belau Shipping,PW,BankPacific,ACCT-PW-0108,BPACPWPW
Mitchell Port Shipping,MH,BOMI,ACCT-MH-0311,BOMIMHMH
''')

add("yaml/decoy-gha-secrets-ref", "coop/riwaini/.github/workflows/deploy-site.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-site
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: { id-token: write, contents: read }
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/riwaini-site-deploy
          aws-region: ap-southeast-2
      - run: aws s3 sync ./site s3://riwaini-coop-site --delete
''')

add("pem/decoy-certificate", "coop/riwaini/ops/certs/riwaini-coop.com.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END CERTIFICATE-----
''', l1=rnd(64, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(64, ALNUM + "+/"), l5=rnd(40, ALNUM + "+/") + "==")

add("md/decoy-docs-example-curl", "coop/riwaini/docs/api/grower-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
# Grower API

Every request needs a token issued in the portal (Settings → API).

```bash
curl https://api.riwaini-coop.com/v1/bags?grower=G-0142 \
  -H "Authorization: Bearer $RIWAINI_TOKEN"
```

Response: a list of bags with weight, moisture and grade. Tokens start with `rw_live_`
and are shown only once; if you lose yours, make a new one.
''')

add("vba/decoy-prompt", "coop/betio-shed/finance/Module2.bas", "https://learn.microsoft.com/en-us/office/vba/language/reference/user-interface-help/inputbox-function", r'''
Attribute VB_Name = "Module2"
' Te password e titirakinaki ngkana e moan kabonganaaki (asked at runtime)
Public Function OpenLedgerAsk() As ADODB.Connection
    Dim cn As New ADODB.Connection, pw As String
    pw = InputBox("Password ibukin te Ledger:")
    cn.Open "Provider=SQLOLEDB;Data Source=rw-sql01.riwaini.local;Initial Catalog=Ledger;" & _
            "User ID=betio_clerk;Password=" & pw & ";"
    Set OpenLedgerAsk = cn
End Function
''')

add("json/decoy-sops", "coop/riwaini/deploy/secrets.enc.json", "https://github.com/getsops/sops#readme", r'''
{
  "twilio_auth_token": "ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]",
  "db_password": "ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]",
  "sops": {
    "age": [{"recipient": "age1@@r@@"}],
    "lastmodified": "2025-01-30T03:12:44Z",
    "version": "3.8.1"
  }
}
''', d1=rnd(44, ALNUM + "+/") + "=", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(24, ALNUM + "+/") + "=", iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    r=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("sh/decoy-read-pw", "coop/riwaini/scripts/restore_backup.sh", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
#!/bin/bash
# Restore backup — password eo ej kajjitōk (prompted), jab jeje ilo script
set -e
FILE=${1:?usage: restore_backup.sh ledger-YYYYMMDD.sql.gz}
read -rsp "MySQL password (restore): " MYSQL_PWD; echo
export MYSQL_PWD
gunzip -c "$FILE" | mysql -u restore riwaini_ledger
''')

add("yaml/decoy-hostapd-var", "coop/riwaini/ops/ansible/group_vars/stations.example.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
---
station_timezone: Pacific/Majuro
scale_serial: /dev/ttyUSB0
hostapd_ssid: RiWaini-Station
hostapd_wpa_passphrase: "{{ vault_hostapd_wpa_passphrase }}"
hostapd_channel: 6
''')

add("eml/decoy-password-reset", "coop/riwaini/mail/password_reset_notice.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Ri-Waini Portal <no-reply@riwaini-coop.com>
To: hilda@riwaini-coop.com
Subject: Your password was changed
Date: Mon, 20 Jan 2025 08:03:11 +1200

Iakwe Hilda,

The password for your Ri-Waini portal account was changed on 20 Jan 2025 at 08:02.
If this was not you, reset it at https://portal.riwaini-coop.com/reset and call the office.

Kommol.
''')

add("ps1/decoy-secretmanagement", "coop/riwaini/ops/Export-Tonnage.v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", r'''
# Export tonnage (v2) — password jān SecretStore
$server = "RW-SQL01\LEDGER"
$cred   = Get-Secret -Name "LedgerReporter" -Vault RiWaini
$month  = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
Invoke-Sqlcmd -ServerInstance $server -Credential $cred -Database Ledger `
  -Query "EXEC dbo.MonthlyTonnage @Month='$month'" | Export-Csv "C:\Reports\tonnage-$month.csv"
''')

add("txt/decoy-git-shas", "coop/riwaini/ops/notes/deploys.txt", "https://git-scm.com/docs/git-rev-parse", r'''
Deploys (Delap server)
2025-01-08  @@c1@@  ledger 3.2.0  — Kinji
2025-01-15  @@c2@@  grower portal mh translations — Hilda
2025-01-29  @@c3@@  scale-sync 1.7.2 — Jibon
Rollback: git checkout <sha> && systemctl restart waini
''', c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("xml/decoy-filezilla-no-pass", "coop/riwaini/ops/FileZilla/sitemanager.example.xml", "https://wiki.filezilla-project.org/FileZilla_Client_Configuration", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.mitchellport-shipping.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Logontype>2</Logontype>
      <User>riwaini</User>
      <Name>Shipping manifests (ask for password)</Name>
    </Server>
  </Servers>
</FileZilla3>
''')

add("ipynb/decoy-getpass", "coop/riwaini/analysis/drying_weather_v2.ipynb", "https://docs.python.org/3/library/getpass.html", r'''
{
 "cells": [
  {
   "cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": [
    "from getpass import getpass\n",
    "OWM_KEY = getpass('OpenWeather key: ')\n",
    "# Arno: 7.08, 171.68 — Ailuk: 10.22, 169.98"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

# ---------------------------------------------------------------- decoys: air charter

add("js/decoy-stripe-publishable", "charter/atollhop/booking/src/stripe-client.js", "https://docs.stripe.com/keys#obtain-api-keys", r'''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser (the secret key lives on the server only)
export const stripePromise = loadStripe("@@pk@@");

export const CURRENCIES = { MAJ: "usd", KOR: "usd", TRW: "aud" };
''', pk=mixed(99, "pk_live_"))

add("env/decoy-env-template", "charter/atollhop/booking/.env.template", "https://12factor.net/config", r'''
NODE_ENV=production
PORT=3000
BASE_URL=https://book.atollhop.com
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=
PAYPAL_CLIENT_SECRET=
DEFAULT_CURRENCY=USD
# values: 1Password vault "AtollHop prod" → item "PayPal REST"
''')

add("python/decoy-telegram-env", "charter/atollhop/bots/settings.py", "https://core.telegram.org/bots/api", r'''
"""Bot settings — tokens come from the systemd EnvironmentFile (/etc/atollhop/bots.env)."""
import os

ROSTER_BOT_TOKEN = os.environ["ROSTER_BOT_TOKEN"]
DELAY_BOT_TOKEN = os.environ.get("DELAY_BOT_TOKEN")
ROSTER_HOUR = 18  # Majuro time
ADMIN_CHAT_ID = -1001839274412
''')

add("yaml/decoy-gitlab-ci-var", "charter/atollhop/.gitlab-ci.deploy.yml", "https://docs.gitlab.com/ee/ci/variables/#use-file-type-cicd-variables", r'''
deploy_koror:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client rsync
    - install -m 600 "$DEPLOY_SSH_KEY" ~/.ssh/id_ed25519   # File-type CI/CD variable (masked, protected)
  script:
    - rsync -az dist/ deploy@koror-desk.atollhop.com:/srv/booking/
  only: [main]
''')

add("json/decoy-vscode-sftp-key", "charter/atollhop/.vscode/sftp.bonriki.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Settings", r'''
{
    "name": "Bonriki desk server",
    "host": "bonriki.atollhop.com",
    "protocol": "sftp",
    "port": 22,
    "username": "teuea",
    "privateKeyPath": "~/.ssh/id_ed25519",
    "remotePath": "/var/www/bonriki",
    "uploadOnSave": false
}
''')

add("kotlin/decoy-buildconfig", "charter/atollhop/android/app/src/main/java/com/atollhop/api/Keys.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
package com.atollhop.api

// Keys are injected at build time from CI secrets (not in the repo)
object Keys {
    val amadeusClientId: String get() = BuildConfig.AMADEUS_CLIENT_ID
    val amadeusClientSecret: String get() = BuildConfig.AMADEUS_CLIENT_SECRET
    const val SUPPORT_KOROR = "+680 488 2020"
}
''')

add("properties/decoy-local-properties", "charter/atollhop/android/local.properties.sample", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## Sample — copy to local.properties (never commit that one)
sdk.dir=/path/to/Android/sdk
MAPS_API_KEY=YOUR_MAPS_API_KEY
AMADEUS_CLIENT_ID=
AMADEUS_CLIENT_SECRET=
''')

add("swift/decoy-mapbox-public", "charter/atollhop/ios/AtollHop/Config/MapConfig.swift", "https://docs.mapbox.com/help/glossary/access-token/", r'''
//  MapConfig.swift — public token only (pk.), URL-restricted to the app bundle
enum MapConfig {
    static let publicToken = "pk.eyJ1IjoiYXRvbGxob3AiLCJhIjoi@@p@@.@@q@@"
    static let style = "mapbox://styles/atollhop/lagoons-v3"
    static let defaultCenter = (lat: 7.0647, lon: 171.2720) // Amata Kabua Intl
}
''', p=mixed(20), q=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("sql/decoy-key-hash", "charter/atollhop/db/migrations/0043_hash_partner_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- 0043: store only a SHA-256 of partner keys; plaintext shown once at creation
ALTER TABLE partner_api_keys ADD COLUMN key_sha256 text;
UPDATE partner_api_keys SET key_sha256 = encode(digest(key, 'sha256'), 'hex');
ALTER TABLE partner_api_keys DROP COLUMN key;
-- Palasia: @@h@@ (prefix ahp_live_8Qz…)
''', h=hexs(64))

add("properties/decoy-spring-env", "charter/atollhop/backend/src/main/resources/application-staging.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring.datasource.url=jdbc:postgresql://db-staging.atollhop.internal:5432/booking
spring.datasource.username=booking
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.mailgun.org
spring.mail.username=postmaster@mg.atollhop.com
spring.mail.password=${MAILGUN_SMTP_PASSWORD}
atollhop.mail.from=bookings-staging@atollhop.com
''')

add("md/decoy-twilio-docs", "charter/atollhop/sms-gateway/docs/testing.md", "https://www.twilio.com/docs/iam/test-credentials", r'''
# Testing the SMS gateway

Use Twilio's test credentials (they never send real SMS). Export them from your shell:

```bash
export TWILIO_ACCOUNT_SID=$TWILIO_TEST_SID
export TWILIO_AUTH_TOKEN=$TWILIO_TEST_TOKEN
npm test
```

Magic number `+15005550006` always succeeds. Ko rabwa — Teuea.
''')

add("hcl/decoy-tfvars-example", "charter/atollhop/infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
region        = "sgp1"
droplet_size  = "s-2vcpu-4gb"
booking_count = 2
# do_token: set TF_VAR_do_token in your shell, never here
do_token      = "REPLACE_ME"
domain        = "atollhop.com"
''')

add("rb/decoy-credentials-fetch", "charter/atollhop/ops/lib/delay_notifier_v2.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
require "net/http"
require "json"

module DelayNotifierV2
  def self.webhook
    URI(Rails.application.credentials.dig(:slack, :ops_desks_webhook))
  end

  def self.post(flight, reason)
    Net::HTTP.post(webhook, { text: "#{flight.number} delayed — #{reason}" }.to_json,
                   "Content-Type" => "application/json")
  end
end
''')

add("log/decoy-redacted-bearer", "charter/atollhop/logs/booking-api-2025-02-12.log", "https://owasp.org/www-project-logging-cheat-sheet/", r'''
2025-02-12T06:01:09+12:00 INFO  booking-api started on :3000 (Majuro)
2025-02-12T06:03:38+12:00 DEBUG outbound POST https://api.flightops-partner.com/v2/manifests
2025-02-12T06:03:38+12:00 DEBUG headers: {"Content-Type":"application/json","Authorization":"Bearer [REDACTED]"}
2025-02-12T06:03:39+12:00 INFO  manifest AH-221 MAJ-ENI accepted (6 pax) request_id=@@r@@
2025-02-12T06:07:15+12:00 INFO  seat hold AH-3402 created hold_id=@@h@@
''', r=uuid_s(), h=uuid_s())

add("txt/decoy-palauan-notes", "charter/koror-desk/notes/cash_up.txt", "https://bitwarden.com/help/", r'''
Cash-up er a Koror desk — chelechang el rolel

1. Olengull a kesus er a 17:00, mo tellel a cash box.
2. Square report: mla er a Dashboard → Reports (login ng ngar er a 1Password "Koror desk")
3. Diak lomuchel el chitechetii a password er a papia!
4. Sulang — Dirremeang
''')

add("json/decoy-postman-vars", "charter/atollhop/api/AtollHop-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "4a8e0c11-7b1d-4fb0-9e6f-1b4b7a90c2de",
  "name": "AtollHop local",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:3000/v1", "enabled": true },
    { "key": "adminToken", "value": "", "type": "secret", "enabled": true },
    { "key": "desk", "value": "MAJ", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
''')

add("cfg/decoy-wireguard-public", "charter/atollhop/ops/wg/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (public keys only — private keys stay on each device)

| peer            | address      | public key |
|-----------------|--------------|------------|
| Majuro office   | 10.44.0.1/24 | @@k1@@ |
| Koror desk      | 10.44.0.2/24 | @@k2@@ |
| Bonriki desk    | 10.44.0.3/24 | @@k3@@ |
''', k1=wg_key(), k2=wg_key(), k3=wg_key())

add("py/decoy-anthropic-env", "charter/atollhop/tools/translate_notices_v2.py", "https://docs.anthropic.com/en/api/getting-started", r'''
"""Translate delay notices (mh / pau / gil). Key read from ANTHROPIC_API_KEY by the SDK."""
import anthropic

client = anthropic.Anthropic()  # uses the ANTHROPIC_API_KEY environment variable

LANGS = {"mh": "Marshallese", "pau": "Palauan", "gil": "Gilbertese (Kiribati)"}
SAMPLE = "Kam rabwa n ami kantaningaa — te waanikiba e na kiba n te 2 ni karawa."
''')

add("npmrc/decoy-env-token", "charter/atollhop/seatmap/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
@atollhop:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
''')

add("xml/decoy-idea-datasource", "charter/atollhop/backend/.idea/dataSources.xml", "https://www.jetbrains.com/help/idea/configuring-database-connections.html", r'''
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="booking@local" uuid="@@u@@">
      <driver-ref>postgresql</driver-ref>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://localhost:5432/booking</jdbc-url>
    </data-source>
  </component>
</project>
''', u=uuid_s())

add("sh/decoy-curl-netrc", "charter/atollhop/scripts/pull_fuel_prices_v2.sh", "https://everything.curl.dev/usingcurl/netrc.html", r'''
#!/usr/bin/env bash
# Avgas price — credentials from ~/.netrc (machine portal.majurofuel.com), not in this script
set -euo pipefail
curl -fsS --netrc \
  "https://portal.majurofuel.com/api/prices?product=avgas100ll" \
  | jq '.price_per_gal' > data/avgas.txt
''')

add("yaml/decoy-docker-login-secret", "charter/atollhop/.github/workflows/image-v2.yml", "https://github.com/docker/login-action#docker-hub", r'''
name: image
on: { push: { tags: ["v*"] } }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: atollhop
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with: { push: true, tags: "atollhop/booking:${{ github.ref_name }}" }
''')

add("json/decoy-slack-export-no-secret", "charter/atollhop/chat/slack-export/ops-desks/2025-01-21.json", "https://slack.com/help/articles/201658943-Export-your-workspace-data", r'''
[
  {"type": "message", "user": "U05MAJURO", "text": "rotated the Stripe key from yesterday's thread, old one is dead :white_check_mark:", "ts": "1737428001.000100"},
  {"type": "message", "user": "U05MAJURO", "text": "new one only in 1Password → AtollHop prod → Stripe refunds", "ts": "1737428032.000200"},
  {"type": "message", "user": "U05KOROR1", "text": "ungil, sulang", "ts": "1737428101.000300"},
  {"type": "message", "user": "U05TARAWA", "text": "Ko rabwa. Bonriki reader OK ngkai", "ts": "1737428222.000400"}
]
''')

add("csv/decoy-booking-refs", "charter/atollhop/exports/bookings_2025-02-10.csv", "https://datatracker.ietf.org/doc/html/rfc4180", r'''
booking_ref,route,pax,payment_intent,status,desk
AH-3391,MAJ-KIA,3,pi_@@p1@@,paid,MAJ
AH-3392,KOR-PLL,2,pi_@@p2@@,paid,KOR
AH-3393,TRW-ABA,4,pi_@@p3@@,refunded,TRW
AH-3394,MAJ-ENI,1,pi_@@p4@@,hold,MAJ
''', p1=mixed(24), p2=mixed(24), p3=mixed(24), p4=mixed(24))

add("http/decoy-rest-client-env", "charter/atollhop/api/requests/manifests.local.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
@host = http://localhost:3000/v1
@token = {{$dotenv ATOLLHOP_DEV_TOKEN}}

### Tomorrow's manifests (dev)
GET {{host}}/manifests?desk=MAJ&date=tomorrow
Authorization: Bearer {{token}}
''')

add("pem/decoy-public-key", "charter/atollhop/ops/certs/webhook-verify.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r'''
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END PUBLIC KEY-----
''', l1=rnd(20, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(40, ALNUM + "+/") + "IDAQAB")

add("md/decoy-wiki-rotated", "coop/riwaini/docs/wiki/paying-growers-abroad-v2.md", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", r'''
# Paying growers and sheds abroad (updated Feb 2025)

The Wise token that used to be on this page was revoked on 2025-02-03 and replaced.
The new token is in Vault: `secret/waini/prod#wise_token` (board + Kinji only).

- Business account: Ri-Waini Copra Co-operative
- Profile id: 16604123
- AUD to Betio every 2 weeks; USD to Koror monthly.
''')

add("yaml/decoy-datadog-ref", "charter/atollhop/deploy/datadog-values.prod.yaml", "https://github.com/DataDog/helm-charts/tree/main/charts/datadog#configuration", r'''
datadog:
  site: datadoghq.com
  apiKeyExistingSecret: datadog-keys
  appKeyExistingSecret: datadog-keys
  clusterName: atollhop-sgp1
  logs:
    enabled: true
''')

add("ts/decoy-algolia-search-only", "charter/atollhop/booking/src/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
import algoliasearch from "algoliasearch/lite";

// search-only key, restricted by referer to book.atollhop.com — meant to be public
const client = algoliasearch("K7QX2M9ATH", "@@k@@");
export const airstrips = client.initIndex("airstrips");
''', k=hexs(32))

add("txt/decoy-gil-chat", "charter/atollhop/chat/viber-bonriki-desk.txt", "https://help.viber.com/hc/en-us/articles/8975003547036", r'''
[10/02/25 07:31] Teuea: Mauri! E aki rabakau te tablet n te desk ni Bonriki
[10/02/25 07:33] Lanwi: Ko na kabongana te password ae e mena n te 1Password, "Bonriki desk"
[10/02/25 07:34] Teuea: Ko rabwa. E a tia.
[10/02/25 07:40] Teuea: AH-3393 e a bua (weather) — refund e a tia
[10/02/25 07:41] Lanwi: Ti a boo!
''')

add("ini/decoy-aws-config-sso", "coop/riwaini/ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r'''
[default]
region = ap-southeast-2

[profile riwaini-backup]
sso_session = riwaini
sso_account_id = 418273645091
sso_role_name = BackupOperator

[sso-session riwaini]
sso_start_url = https://riwaini.awsapps.com/start
sso_region = ap-southeast-2
''')

add("go/decoy-dsn-env", "charter/atollhop/seatmap/internal/db/open.go", "https://pkg.go.dev/os#Getenv", r'''
package db

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

func OpenFromEnv(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, os.Getenv("SEATMAP_DATABASE_URL"))
}
''')

add("cs/decoy-appsettings-dev", "charter/atollhop/desk-api/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
{
  "Jwt": {
    "Issuer": "https://localhost:5001",
    "Audience": "atollhop-desks",
    "SigningKey": "set-with-dotnet-user-secrets"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
''')

add("txt/decoy-metar", "charter/atollhop/data/metar_2025-02-10.txt", "https://aviationweather.gov/data/api/", r'''
METAR PKMJ 101800Z 07015KT 9999 SCT018 BKN040 28/24 Q1010 NOSIG
METAR PTRO 101800Z 08010KT 9999 FEW020 29/24 Q1009
METAR NGTA 101800Z 09012KT 9999 -SHRA SCT015 BKN030 27/25 Q1008
TAF PKMJ 101730Z 1018/1118 07015G22KT 9999 SCT018 TEMPO 1100/1106 4000 SHRA
# source: checkwx (key in /etc/atollhop/checkwx.env)
''')

add("yaml/decoy-argocd-ssh-ref", "charter/atollhop/deploy/argocd/repo.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
  annotations:
    avp.kubernetes.io/path: "secret/data/argocd/booking-repo"
stringData:
  type: git
  url: git@gitlab.com:atollhop/booking-deploy.git
  sshPrivateKey: <sshPrivateKey>
''')

add("java/decoy-test-password", "charter/atollhop/backend/src/test/java/com/atollhop/report/WeightBalanceExportTest.java", "https://java.testcontainers.org/modules/databases/postgres/", r'''
package com.atollhop.report;

import org.testcontainers.containers.PostgreSQLContainer;

class WeightBalanceExportTest {
    // throwaway container, lives only for this test run
    static PostgreSQLContainer<?> pg = new PostgreSQLContainer<>("postgres:15")
            .withDatabaseName("booking").withUsername("test").withPassword("test");
}
''')

add("md/decoy-changelog", "charter/atollhop/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## 2025.2.1
- Koror desk: refunds for weather cancellations (Stripe restricted key, rotated)
- Bonriki: Gilbertese SMS templates ("Am booking e a kakoauaki")
- Removed hard-coded Vonage secret from `.env.kiribati`; now from Vault

## 2025.1.3
- Weight & balance export for RMI and Kiribati CAA
''')

add("yaml/decoy-openapi-example", "charter/atollhop/api/openapi.public.yaml", "https://swagger.io/docs/specification/adding-examples/", r'''
openapi: 3.0.3
info:
  title: AtollHop partner API (public docs)
  version: "1.4"
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-AtollHop-Key
      description: "Your partner key, e.g. `ahp_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`."
paths: {}
''')

add("dockerfile/decoy-build-secret", "charter/atollhop/booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
''')

add("json/decoy-jwks", "charter/atollhop/booking/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
''', kid=hexs(16), n=rnd(342, ALNUM + "-_"))

add("txt/decoy-hangar-notes", "charter/atollhop/notes/hangar_majuro.txt", "https://bitwarden.com/help/", r'''
Hangar Majuro — notes (Bwiro)

- Wi-Fi: AtollHop-Hangar-MAJ — password on the laminated card inside the office door, not here
- Fuel farm portal login: Bitwarden → "Majuro fuel"
- Tug battery: charge every Friday
- Squawk log: Linear team MX
''')

add("yaml/decoy-grafana-env", "coop/riwaini/ops/grafana/provisioning/datasources/influx.example.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", r'''
apiVersion: 1
datasources:
  - name: Warehouse sensors
    type: influxdb
    access: proxy
    url: http://influx.riwaini.local:8086
    jsonData:
      version: Flux
      organization: riwaini
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''')

add("conf/decoy-redis-include", "coop/riwaini/ops/redis/redis.example.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
bind 127.0.0.1
port 6379
protected-mode yes
# requirepass is set in /etc/redis/secrets.conf (root-only, not in git)
include /etc/redis/secrets.conf
maxmemory 256mb
''')

add("py/decoy-uuid-ids", "charter/atollhop/booking/tests/fixtures.py", "https://docs.python.org/3/library/uuid.html", r'''
"""Fixtures — ids of seeded test bookings (not credentials)."""
BOOKING_IDS = [
    "@@u1@@",
    "@@u2@@",
    "@@u3@@",
]
AIRSTRIPS = ["PKMJ", "PKWA", "PTRO", "NGTA", "NGAB"]
FAKE_CARD = "4242 4242 4242 4242"  # Stripe test card
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("md/decoy-security-policy", "charter/atollhop/SECURITY.md", "https://docs.github.com/en/code-security/getting-started/adding-a-security-policy-to-your-repository", r'''
# Security

Found a leaked key or a hole in book.atollhop.com? Email security@atollhop.com.

- Secrets live in 1Password ("AtollHop prod") and in Vault, never in git.
- Pre-commit runs a secret scan; if it blocks you, remove the value, do not bypass.
- Koror, Majuro and Bonriki desk laptops use full-disk encryption.

Kommol / Sulang / Ko rabwa.
''')

add("ipynb/decoy-masked-output", "charter/atollhop/analysis/load_factor_v2.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {
   "cell_type": "code", "execution_count": 1, "metadata": {},
   "source": ["import os\n", "from sqlalchemy import create_engine\n", "eng = create_engine(os.environ['BOOKING_RO_URL'])\n", "print(eng.url)"],
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["postgresql+psycopg2://analyst:***@db.atollhop.internal/booking\n"]}
   ]
  }
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
''')

add("yaml/decoy-k8s-secret-empty", "charter/atollhop/deploy/booking-secrets.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: atollhop
type: Opaque
stringData:
  REDIS_URL: redis://:${REDIS_PASSWORD}@redis-master.atollhop.svc:6379/0
  SEAT_HOLD_MINUTES: "20"
''')

add("txt/decoy-sms-templates", "charter/atollhop/sms-gateway/templates/gil.txt", "https://www.twilio.com/docs/messaging", r'''
# Gilbertese SMS templates — {ref} {time} {code}
confirm=Mauri! Am booking {ref} e a kakoauaki. Te waanikiba e na kiba n te {time}.
delay=Ti taraa n rabwa — {ref} e a tautaeka ibukina te karau. Ti na manga tuaraoi.
otp=Am code: {code}. Tiaki kaotia nakon te aomata.
refund=Am mwane ibukin {ref} e a kaokaki.
''')

add("json/decoy-composer-lock", "coop/betio-shed/web/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "content-hash": "@@h@@",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/@@c@@",
                "reference": "@@c@@",
                "shasum": ""
            }
        }
    ]
}
''', h=hexs(32), c=hexs(40))

add("swift/decoy-keychain", "charter/atollhop/ios/AtollHop/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Security

// Desk staff token is kept in the Keychain after login — nothing stored in the bundle
enum TokenStore {
    static let service = "com.atollhop.desk"
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
''')

add("md/decoy-aws-docs-example", "coop/riwaini/docs/wiki/aws-cli.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# AWS CLI at the Delap office

`aws configure` asks four things. The example from the AWS docs looks like:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-2
```

We don't use long-lived keys any more: run `aws sso login --profile riwaini-backup` instead.
''')

add("crontab/decoy-envfile", "coop/riwaini/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command  (TZ=Pacific/Majuro)
MAILTO=kinji@riwaini-coop.com
0 2 * * * . /etc/waini/backup.env && /opt/waini/bin/nightly_backup.sh
0 6 * * 1 /opt/waini/bin/price_bot --lang mh
30 6 1 * * /opt/waini/bin/monthly_tonnage --to tobolar
''')

add("txt/decoy-palauan-chat", "charter/koror-desk/chat/signal-koror-desk-2.txt", "https://support.signal.org/hc/en-us/articles/360007059792", r'''
[2025-02-09 09:02] Dirremeang: Alii, ng mla mo change a password er a server?
[2025-02-09 09:05] Ngiraked: chochoi, ng ngar er a 1Password "Koror deploy" chelechang
[2025-02-09 09:06] Ngiraked: diak bo ke chitechetii er tia el chat
[2025-02-09 09:07] Dirremeang: ungil, sulang!
[2025-02-09 09:30] Dirremeang: AH-3402 KOR-PLL 2 pax confirmed
''')

add("asc/decoy-pgp-public", "coop/riwaini/docs/security/board-pgp.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Ri-Waini board (use to send bank letters)

@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', l1="mQINBG" + rnd(58, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(30, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))
