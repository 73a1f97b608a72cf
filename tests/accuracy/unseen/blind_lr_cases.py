"""Blind set LR: a Kinshasa rumba/ndombolo music label (Mboka Sound) and its mobile-money agent
network (MbongoLink), with notes and comments partly in Lingala.

Royalty and distribution jobs, streaming-platform uploads, studio booking sites, the agents'
cash-in/cash-out API, USSD gateway, SMS alerts, float reconciliation, infra configs, runbooks,
and their decoys. Generated fakes only (seeds 6810000-6819999).
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
UP = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 6810000, 6819999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lisanga", "Mokili", "Ebale", "Nzembo", "Likembe", "Mbonda", "Sebene", "Kongo", "Matonge",
         "Bandal", "Lingwala", "Ngiri", "Kintambo", "Lemba", "Masina", "Gombe", "Selembao", "Makala"]
LOWER = ["mbote", "malamu", "esengo", "bolingo", "mabele", "mai", "moto", "nzete", "ndako", "lobi",
         "lelo", "sango", "mwasi", "mobali", "ngulu", "ntaba"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


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


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"agent-%d","role":"float-admin"}' % _rng().randint(1000, 9999)).encode()).decode().rstrip("=")
    r = _rng()
    return head + "." + body + "." + "".join(r.choice(ALNUM + "_-") for _ in range(43))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def digits(n: int) -> str:
    r = _rng()
    return "".join(r.choice(string.digits) for _ in range(n))


def upper(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UP) for _ in range(n))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def ssh_key() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" + body + "\n-----END OPENSSH PRIVATE KEY-----"


def public_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(4))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body + "\n-----END PUBLIC KEY-----"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill `@@name@@` markers (`@@s@@` is the secret) and record the case."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


S_ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
S_YAML = "https://yaml.org/spec/1.2.2/"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/"
S_DOCKER = "https://docs.docker.com/reference/dockerfile/"
S_TF = "https://developer.hashicorp.com/terraform/language"
S_ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/"
S_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
S_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_PY = "https://docs.python.org/3/reference/"
S_JS = "https://nodejs.org/api/"
S_TS = "https://www.typescriptlang.org/docs/"
S_GO = "https://go.dev/ref/spec"
S_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_KT = "https://kotlinlang.org/docs/home.html"
S_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
S_PHP = "https://www.php.net/manual/en/"
S_RB = "https://guides.rubyonrails.org/configuring.html"
S_RS = "https://doc.rust-lang.org/reference/"
S_SWIFT = "https://docs.swift.org/swift-book/"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://www.w3.org/TR/xml/"
S_MD = "https://spec.commonmark.org/"
S_RST = "https://docutils.sourceforge.io/rst.html"
S_HTML = "https://html.spec.whatwg.org/"
S_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
S_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
S_NETRC = "https://everything.curl.dev/usingcurl/netrc"
S_SSH = "https://man.openbsd.org/ssh-keygen"
S_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
S_STRIPE = "https://docs.stripe.com/keys"
S_SLACK = "https://api.slack.com/messaging/webhooks"
S_TG = "https://core.telegram.org/bots/api"
S_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

# ---------------------------------------------------------------------------------------------
# Files that hold one credential
# ---------------------------------------------------------------------------------------------

add("blind-lr/env/stripe", "shop/.env.production", S_STRIPE, """# Mboka Sound merch shop (t-shirts, vinyles ya Papa Wemba tribute)
APP_ENV=production
SHOP_CURRENCY=USD
STRIPE_SECRET_KEY=@@s@@
STRIPE_PUBLISHABLE_KEY=pk_live_@@p@@
# kobongola key oyo soki moto alongwe na equipe
""", stripe_key(), p=rand_pw(24))

add("blind-lr/env/postgres-url", "royalties/.env", S_ENV, """# Royalties service - Matonge office
DATABASE_URL=postgres://royalty_app:@@s@@@db.mbokasound.internal:5432/royalties
REDIS_URL=redis://cache.mbokasound.internal:6379/2
LOG_LEVEL=info
REPORT_CURRENCY=CDF
""", rand_pw(22))

add("blind-lr/env/twilio", "agent-sms/.env", "https://www.twilio.com/docs/iam/api-keys", """# SMS alerts mpo na ba agents (cash-in / cash-out)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@s@@
TWILIO_FROM=+243810000000
ALERT_LANG=ln
""", hexs(32), sid=twilio_sid())

add("blind-lr/env/telegram", "bots/studio-booking/.env", S_TG, """# Bot ya kobongisa ntango na studio (Kintambo)
TELEGRAM_BOT_TOKEN=@@s@@
BOOKING_CHAT_ID=-100184422
TZ=Africa/Kinshasa
DEFAULT_SESSION_HOURS=3
""", fakes.telegram_token(_seed()))

add("blind-lr/python/aws-secret-key", "distribution/upload_masters.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\"\"\"Tinda ba masters (WAV 24-bit) na S3 mpo na distribution.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def upload(album_code: str, path: str) -> None:
    # ex: MBS-2026-014/side-a.wav
    s3.upload_file(path, "mbokasound-masters", f"{album_code}/{path.rsplit('/', 1)[-1]}")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-lr/python/mobile-money-api-key", "mbongolink/client.py", "https://requests.readthedocs.io/en/latest/user/authentication/", """import requests

BASE = "https://api.mbongolink.cd/v2"
# Kokeba: key oyo ezali ya production, kotia yango na git te (TODO: move to vault)
API_KEY = "@@s@@"


def cash_in(agent_id: str, msisdn: str, amount_cdf: int) -> dict:
    r = requests.post(f"{BASE}/agents/{agent_id}/cash-in",
                      headers={"Authorization": f"Bearer {API_KEY}"},
                      json={"msisdn": msisdn, "amount": amount_cdf, "currency": "CDF"}, timeout=15)
    r.raise_for_status()
    return r.json()
""", "mbl_live_" + rand_pw(40))

add("blind-lr/python/django-secret-key", "labelsite/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["mbokasound.cd", "www.mbokasound.cd"]
SECRET_KEY = '@@s@@'
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Kinshasa"
""", fakes.django_secret_key(_seed()))

add("blind-lr/python/smtp-password", "royalties/send_statements.py", "https://docs.python.org/3/library/smtplib.html", """import smtplib
from email.message import EmailMessage

# Tinda ba relevés ya droits d'auteur na ba artistes sanza nyonso
def send(msg: EmailMessage) -> None:
    with smtplib.SMTP("smtp.mbokasound.cd", 587) as s:
        s.starttls()
        s.login("royalties@mbokasound.cd", "@@s@@")
        s.send_message(msg)
""", words_pw())

add("blind-lr/python/slack-webhook", "ops/float_alert.py", S_SLACK, """import json
import urllib.request

WEBHOOK = "@@s@@"


def alert(agent: str, float_cdf: int) -> None:
    text = f":warning: Agent {agent} azali na float moke: {float_cdf:,} CDF"
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
""", slack_webhook())

_PW = rand_pw(19)
add("blind-lr/python/split-password", "etl/legacy_dsn.py", "https://www.connectionstrings.com/sql-server/", """import pyodbc

# Base ya kala ya ba contrats (SQL Server na biro ya Gombe)
DSN = ("DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.20.0.14;DATABASE=Contrats;"
       "UID=etl_reader;PWD=@@a@@"
       "@@b@@;TrustServerCertificate=yes")

conn = pyodbc.connect(DSN)
""", _PW, a=_PW[:9], b=_PW[9:])

add("blind-lr/js/sendgrid", "web/newsletter/send.js", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """// Newsletter: ba sango ya ba concerts (Fally, Ferre, ba nouveaux talents)
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@s@@');

module.exports = async function send(to, subject, html) {
  await sgMail.send({ to, from: 'sango@mbokasound.cd', subject, html });
};
""", sendgrid_key())

add("blind-lr/js/mongodb-uri", "api/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """const mongoose = require('mongoose');

// Base ya ba agents MbongoLink (Kinshasa, Matadi, Lubumbashi)
const uri = 'mongodb+srv://agents_api:@@s@@@cluster0.mbl7x.mongodb.net/agents?retryWrites=true&w=majority';

mongoose.connect(uri, { maxPoolSize: 20 });
module.exports = mongoose;
""", rand_pw(20))

add("blind-lr/js/discord-webhook", "scripts/release-announce.js", "https://discord.com/developers/docs/resources/webhook", """#!/usr/bin/env node
// Loba na Discord ya ba fans soki album ebimi
const HOOK = "@@s@@";
const title = process.argv[2] || 'Nzembo ya sika';
fetch(HOOK, {
  method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ content: `Sango malamu! ${title} ebimi lelo na ba plateformes nyonso` }),
});
""", discord_webhook())

add("blind-lr/ts/jwt-secret", "agent-portal/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """import jwt from 'jsonwebtoken';

// Signer ya ba sessions ya ba agents (portal ya float)
const JWT_SECRET = '@@s@@';

export function signAgent(agentId: string, kiosk: string): string {
  return jwt.sign({ sub: agentId, kiosk }, JWT_SECRET, { expiresIn: '8h' });
}
""", rand_pw(48))

add("blind-lr/ts/google-maps-key-server", "agent-portal/src/geo/geocode.ts", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """// Geocoding ya ba kiosques (server side, key restricted na IP ya serveur te!)
const GEOCODE_KEY = "@@s@@";

export async function locate(address: string) {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address + ', Kinshasa')}&key=${GEOCODE_KEY}`;
  const res = await fetch(url);
  return (await res.json()).results?.[0]?.geometry?.location;
}
""", google_api_key())

add("blind-lr/go/postgres-dsn", "mbongolink/ledger/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """package ledger

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Ledger ya float: mbongo nyonso ya ba agents ekomami awa
const dsn = "host=ledger-db.mbl.internal port=5432 user=ledger password=@@s@@ dbname=ledger sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(24))

add("blind-lr/go/ussd-hmac", "mbongolink/ussd/sign.go", "https://pkg.go.dev/crypto/hmac", """package ussd

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// Secret oyo operateur (gateway USSD *144#) apesaki biso
var gatewaySecret = []byte("@@s@@")

func Sign(body []byte) string {
	m := hmac.New(sha256.New, gatewaySecret)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
""", hexs(64))

add("blind-lr/go/github-token", "tools/changelog/main.go", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """package main

import (
	"fmt"
	"net/http"
)

func main() {
	req, _ := http.NewRequest("GET", "https://api.github.com/repos/mbokasound/catalogue/releases", nil)
	req.Header.Set("Authorization", "token @@s@@")
	resp, err := http.DefaultClient.Do(req)
	fmt.Println(resp, err)
}
""", fakes.github_token(_seed()))

add("blind-lr/java/properties-datasource", "catalogue-service/src/main/resources/application-prod.properties", S_JAVA, """# Catalogue ya ba nzembo (ISRC, UPC, ba contrats)
spring.datasource.url=jdbc:mysql://catalogue-db.mbokasound.internal:3306/catalogue
spring.datasource.username=catalogue_svc
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8084
""", words_pw())

add("blind-lr/java/hardcoded-aws", "catalogue-service/src/main/java/cd/mbokasound/storage/ArtworkStore.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", """package cd.mbokasound.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

public class ArtworkStore {
    // Pochettes ya ba albums (JPEG 3000x3000)
    private final S3Client s3 = S3Client.builder()
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create("@@kid@@", "@@s@@")))
        .build();
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-lr/kotlin/agent-app-api-key", "agent-app/app/src/main/java/cd/mbongolink/agent/net/Api.kt", S_KT, """package cd.mbongolink.agent.net

import okhttp3.Interceptor

// Interceptor ya app ya ba agents (Android). Key ya backend - kotia yango na BuildConfig!
private const val PARTNER_SECRET = "@@s@@"

val authInterceptor = Interceptor { chain ->
    chain.proceed(chain.request().newBuilder().header("X-Partner-Secret", PARTNER_SECRET).build())
}
""", rand_pw(32))

add("blind-lr/csharp/appsettings-conn", "Reconciliation/appsettings.Production.json", S_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Float": "Server=recon-sql.mbl.internal;Database=FloatRecon;User Id=recon_svc;Password=@@s@@;Encrypt=True"
  },
  "Recon": { "CutoffHour": 22, "Currency": "CDF" }
}
""", rand_pw(18))

add("blind-lr/csharp/servicebus", "Reconciliation/Jobs/Publisher.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues", """using Azure.Messaging.ServiceBus;

namespace Reconciliation.Jobs;

public static class Publisher
{
    // Queue ya ba transactions oyo esili kozongisa (reversals)
    private const string Conn = "Endpoint=sb://mbl-recon.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@s@@";

    public static ServiceBusClient Client() => new ServiceBusClient(Conn);
}
""", rand_pw(43, "+/") + "=")

add("blind-lr/php/wp-config", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// Site ya label (WordPress) - ba sango ya ba artistes
define( 'DB_NAME', 'mboka_wp' );
define( 'DB_USER', 'mboka_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'mbk_';
""", words_pw())

add("blind-lr/php/mailgun", "site/inc/booking-mail.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """<?php
// Formulaire ya booking ya ba concerts (ba mariages, ba fêtes)
function mbk_send_booking($to, $body) {
    $ch = curl_init('https://api.mailgun.net/v3/mg.mbokasound.cd/messages');
    curl_setopt($ch, CURLOPT_USERPWD, 'api:@@s@@');
    curl_setopt($ch, CURLOPT_POSTFIELDS, ['from' => 'booking@mbokasound.cd', 'to' => $to, 'text' => $body]);
    return curl_exec($ch);
}
""", mailgun_key())

add("blind-lr/ruby/database-yml", "fanclub/config/database.yml", S_RB, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: fanclub_production
  username: fanclub
  password: @@s@@
  host: fanclub-db.mbokasound.internal
""", rand_pw(20))

add("blind-lr/ruby/stripe-initializer", "fanclub/config/initializers/stripe.rb", S_STRIPE, """# Abonnement ya fan club (5 USD na sanza)
Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  secret_key: "@@s@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe_key("rk_live_"))

add("blind-lr/rust/redis-url", "mbongolink/rate-limiter/src/config.rs", "https://docs.rs/redis/latest/redis/", """// Rate limiter ya ba requêtes USSD (moto moko, 5 na minute)
pub const REDIS_URL: &str = "redis://:@@s@@@ratelimit.mbl.internal:6379/0";
pub const MAX_PER_MINUTE: u32 = 5;

pub fn client() -> redis::Client {
    redis::Client::open(REDIS_URL).expect("redis")
}
""", fakes.redis_password(_seed()))

add("blind-lr/swift/api-token", "FanApp/Sources/Networking/Client.swift", S_SWIFT, """import Foundation

// App ya ba fans (iOS): ba clips, ba paroles, ba billets
enum Backend {
    static let base = URL(string: "https://api.mbokasound.cd")!
    static let token = "@@s@@"
}

func authorized(_ req: inout URLRequest) {
    req.setValue("Bearer \\(Backend.token)", forHTTPHeaderField: "Authorization")
}
""", rand_pw(40))

add("blind-lr/shell/curl-basic", "scripts/pull_airtime_report.sh", "https://curl.se/docs/manpage.html", """#!/usr/bin/env bash
set -euo pipefail
# Kozwa rapport ya mokolo na mokolo (commissions ya ba agents)
DAY=$(date -d yesterday +%F)
curl -sf -u "mbl-reports:@@s@@" \\
  "https://partners.operator.example.cd/reports/commissions?day=${DAY}" \\
  -o "/srv/reports/commissions-${DAY}.csv"
""", rand_pw(21))

add("blind-lr/shell/export-token", "scripts/deploy_site.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """#!/bin/sh
# Deploy ya site ya label (esengeli kosala yango na serveur ya Gombe)
export GITLAB_TOKEN=@@s@@
cd /srv/site
git pull "https://oauth2:${GITLAB_TOKEN}@gitlab.com/mbokasound/site.git" main
systemctl reload nginx
""", gitlab_token())

add("blind-lr/shell/mysql-cli", "scripts/backup_catalogue.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """#!/bin/bash
# Backup ya catalogue butu nyonso (cron 02:00)
STAMP=$(date +%Y%m%d)
mysqldump -h catalogue-db.mbokasound.internal -u backup -p'@@s@@' catalogue \\
  | gzip > /backups/catalogue-$STAMP.sql.gz
find /backups -name 'catalogue-*.sql.gz' -mtime +30 -delete
""", words_pw())

add("blind-lr/powershell/sql-credential", "ops/Export-Royalties.ps1", S_PS, r"""# Export ya droits d'auteur (SACEM / SOCODA) - trimestre
$User = 'royalty_export'
$Pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)
Invoke-Sqlcmd -ServerInstance 'royalty-sql' -Database 'Royalties' -Credential $Cred `
  -Query 'EXEC dbo.ExportQuarter @Q = 3' | Export-Csv -Path 'D:\exports\q3.csv' -NoTypeInformation
""", words_pw())

add("blind-lr/powershell/azure-sp", "ops/Connect-Mbl.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", r"""# Connexion ya service principal mpo na ba backups ya ledger
$tenant = '@@t@@'
$appId = '@@a@@'
$secret = '@@s@@' | ConvertTo-SecureString -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", azure_secret(), t=uuid_s(), a=uuid_s())

add("blind-lr/yaml/compose-postgres", "deploy/docker-compose.yml", S_COMPOSE, """services:
  royalties:
    image: registry.mbokasound.cd/royalties:1.8.2
    depends_on: [db]
    ports: ["8080:8080"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: royalties
      POSTGRES_PASSWORD: @@s@@
      POSTGRES_DB: royalties
    volumes: ["pgdata:/var/lib/postgresql/data"]
volumes:
  pgdata: {}
""", rand_pw(20))

_PW2 = rand_pw(22)
add("blind-lr/k8s-secret/base64-db-password", "k8s/ledger/secret.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: mbongolink
type: Opaque
data:
  username: @@u@@
  password: @@p@@
""", _PW2, u=b64("ledger"), p=b64(_PW2))

_PW3 = fakes.redis_password(_seed())
add("blind-lr/k8s-secret/base64-redis-url", "k8s/ussd/redis-secret.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ussd-session-store
  labels: {app: ussd-gateway, team: mbongolink}
type: Opaque
data:
  REDIS_URL: @@e@@
""", _PW3, e=b64("redis://default:" + _PW3 + "@ussd-redis:6379/1"))

add("blind-lr/k8s/stringdata-api-key", "k8s/payout/secret-stringdata.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: payout-operator-creds
  namespace: mbongolink
type: Opaque
stringData:
  OPERATOR_CLIENT_ID: mbl-payout
  OPERATOR_CLIENT_SECRET: "@@s@@"
""", rand_pw(36))

add("blind-lr/k8s/deployment-env", "k8s/royalties/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: royalties
spec:
  replicas: 2
  selector: {matchLabels: {app: royalties}}
  template:
    metadata: {labels: {app: royalties}}
    spec:
      containers:
        - name: royalties
          image: registry.mbokasound.cd/royalties:1.8.2
          env:
            - name: DSP_REPORTS_API_KEY
              value: "@@s@@"
            - name: REPORT_CURRENCY
              value: CDF
""", hexs(40))

add("blind-lr/helm/values-rabbitmq", "charts/mbongolink/values-prod.yaml", S_HELM, """# Valeurs ya production (Kinshasa DC)
replicaCount: 3
image:
  repository: registry.mbl.cd/agent-api
  tag: "4.2.0"
rabbitmq:
  host: rabbit.mbl.internal
  username: agent-api
  password: "@@s@@"
ingress:
  host: agents.mbongolink.cd
""", rand_pw(24))

add("blind-lr/terraform/db-password", "infra/rds.tf", S_TF, """resource "aws_db_instance" "ledger" {
  identifier          = "mbl-ledger"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  username            = "ledger_admin"
  password            = "@@s@@"
  skip_final_snapshot = false
  tags = { Team = "mbongolink", Owner = "ops-kin" }
}
""", words_pw())

add("blind-lr/terraform/tfvars", "infra/prod.tfvars", S_TF, """region          = "eu-west-1"
environment     = "prod"
cloudflare_zone = "mbokasound.cd"
cloudflare_api_token = "@@s@@"
alert_email     = "ops@mbokasound.cd"
""", rand_pw(40, "_-"))

add("blind-lr/ansible/vars", "ansible/group_vars/studio.yml", S_ANS, """# Ba machines ya studio (Protools, NAS) - Kintambo
nas_host: 192.168.10.5
nas_share: masters
nas_user: studio
nas_password: "@@s@@"
backup_hour: 3
""", words_pw())

add("blind-lr/ansible/task-mysql", "ansible/roles/catalogue/tasks/main.yml", S_ANS, """- name: Kokela user ya catalogue
  community.mysql.mysql_user:
    name: catalogue_svc
    password: "@@s@@"
    priv: "catalogue.*:ALL"
    host: "10.20.%"
    state: present
""", rand_pw(20))

add("blind-lr/gha/workflow-env", ".github/workflows/publish-lyrics.yml", S_GHA, """name: publish-lyrics
on:
  push:
    branches: [main]
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm publish --access public
""", npm_token())

add("blind-lr/gitlab-ci/variables", ".gitlab-ci.yml", S_GLCI, """stages: [test, deploy]

variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_PASSWORD: "@@s@@"

deploy:
  stage: deploy
  script:
    - docker login -u ci -p "$REGISTRY_PASSWORD" registry.mbokasound.cd
    - docker push registry.mbokasound.cd/site:$CI_COMMIT_SHORT_SHA
""", rand_pw(26))

add("blind-lr/dockerfile/env-secret", "agent-api/Dockerfile", S_DOCKER, """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV OPERATOR_API_SECRET=@@s@@
ENV TZ=Africa/Kinshasa
CMD ["gunicorn", "-b", "0.0.0.0:8000", "agent_api.wsgi"]
""", rand_pw(32))

add("blind-lr/dockerfile/pip-index", "royalties/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """FROM python:3.11-slim
# Index ya ba packages ya label (internal)
RUN pip install --index-url https://ci:@@s@@@pypi.mbokasound.cd/simple/ mboka-royalties==2.4.1
COPY run.py /run.py
CMD ["python", "/run.py"]
""", rand_pw(24))

add("blind-lr/ini/odbc", "etl/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[RoyaltiesDW]
Driver      = PostgreSQL Unicode
Servername  = dw.mbokasound.internal
Port        = 5432
Database    = royalties_dw
Username    = bi_reader
Password    = @@s@@
""", rand_pw(18))

add("blind-lr/ini/aws-credentials", "ops/aws/credentials", S_AWS, """[default]
region = eu-west-1

[mboka-masters]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-lr/toml/api-token", "tools/dsp-sync/config.toml", S_TOML, """[sync]
label = "Mboka Sound"
territories = ["CD", "CG", "FR", "BE"]

[deezer]
partner_id = 40122
api_token = "@@s@@"
""", rand_pw(40))

add("blind-lr/json/service-account", "analytics/gcp-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "mbokasound-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "streams@mbokasound-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@"
}
""", pem("RSA").replace("\n", "\\n"), kid=hexs(40), cid=digits(21))

add("blind-lr/xml/maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>mboka-releases</id>
      <username>deploy</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", words_pw())

add("blind-lr/xml/web-config", "LegacyPortal/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Agents" connectionString="Data Source=10.20.0.21;Initial Catalog=Agents;User ID=portal;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings><add key="Culture" value="fr-CD" /></appSettings>
</configuration>
""", rand_pw(16))

add("blind-lr/markdown/runbook-password", "docs/runbooks/float-recon.md", S_MD, """# Runbook: reconciliation ya float (butu nyonso)

1. Kota na serveur `recon-01` (VPN ya biro).
2. Kofungola base: `psql -h recon-db -U recon` , mot de passe: `@@s@@`
3. Kotala ba écarts: `SELECT * FROM float_gap WHERE day = current_date - 1;`
4. Soki écart > 500 000 CDF, benga superviseur ya zone.
""", words_pw())

add("blind-lr/markdown/table-credentials", "docs/wiki/ba-acces-studio.md", S_MD, """## Ba accès ya studio (Kintambo)

| Service        | User      | Mot de passe        |
|----------------|-----------|---------------------|
| NAS masters    | studio    | (tala KeePass)      |
| Pro Tools iLok | mboka.lab | @@s@@ |
| Wi-Fi studio   | -         | (na mur ya cuisine) |
""", words_pw())

add("blind-lr/markdown/readme-curl", "mbongolink/README.md", S_MD, """# MbongoLink agent API

Ebandeli (quick start) mpo na ba développeurs:

```bash
curl -H "X-Api-Key: @@s@@" https://api.mbongolink.cd/v2/agents/me
```

Ba endpoints nyonso ezali na `docs/openapi.yaml`.
""", "mbl_live_" + rand_pw(40))

add("blind-lr/rst/ops-doc", "docs/source/deploy.rst", S_RST, """Deploiement ya site
===================

Kosala deploy na serveur ya Gombe::

    ssh deploy@site.mbokasound.cd
    export SITE_ADMIN_PASSWORD='@@s@@'
    ./deploy.sh --prod

Sima na deploy, tala ``/healthz``.
""", words_pw())

add("blind-lr/html/admin-page", "site/admin/legacy-dashboard.html", S_HTML, """<!doctype html>
<html lang="fr">
<head><title>Tableau ya ba ventes</title></head>
<body>
<script>
  // TODO: longola key oyo na page!
  const REPORTS_KEY = "@@s@@";
  fetch("/api/sales?key=" + REPORTS_KEY).then(r => r.json()).then(render);
</script>
</body>
</html>
""", hexs(32))

add("blind-lr/sql/create-role", "db/migrations/0042_reporting_role.sql", S_SQL, """-- Role mpo na ba rapports ya ba agents (Metabase)
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE ledger TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-lr/sql/mysql-identified", "db/init/01-users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- Ba users ya catalogue
CREATE USER 'catalogue_ro'@'%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON catalogue.* TO 'catalogue_ro'@'%';
FLUSH PRIVILEGES;
-- kobosana te: kobongola password sanza misato nyonso
""", rand_pw(20))

add("blind-lr/notebook/api-key", "analytics/streams_par_quartier.ipynb", S_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ba streams na quartier (Matonge, Bandal, Lemba)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "KEY = \\"@@s@@\\"\\n", "r = requests.get('https://api.mbokasound.cd/stats', params={'key': KEY})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(36))

add("blind-lr/log/leaked-bearer", "logs/agent-api-2026-11-30.log", S_LOG, """2026-11-30T08:01:12Z INFO  agent-api started port=8000
2026-11-30T08:03:44Z INFO  cash_in agent=KIN-0412 amount=25000 CDF status=OK
2026-11-30T08:04:02Z DEBUG outbound POST https://partners.operator.example.cd/v1/transfer headers={'Authorization': 'Bearer @@s@@'}
2026-11-30T08:04:03Z INFO  cash_out agent=KIN-0412 amount=10000 CDF status=OK
2026-11-30T08:05:19Z WARN  float low agent=LSH-0033 float=48000 CDF
""", jwt_like())

add("blind-lr/csv/agent-accounts", "exports/agents_portal_accounts.csv", S_CSV, """agent_id,zone,login,temp_password,created
KIN-0412,Matonge,matonge.0412,(changed),2026-10-02
KIN-0413,Bandal,bandal.0413,(changed),2026-10-02
LSH-0033,Lubumbashi,lsh.0033,@@s@@,2026-11-28
MTD-0007,Matadi,mtd.0007,(changed),2026-11-01
""", words_pw())

add("blind-lr/history/bash-history", "ops/home/.bash_history", S_HIST, """cd /srv/ledger
git pull
docker compose ps
PGPASSWORD='@@s@@' psql -h ledger-db -U ledger -c 'select count(*) from transfers'
tail -f /var/log/agent-api.log
exit
""", rand_pw(22))

add("blind-lr/npmrc/auth-token", "web/.npmrc", S_NPMRC, """registry=https://registry.npmjs.org/
@mbokasound:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", fakes.github_token(_seed()))

add("blind-lr/pgpass/entry", "ops/home/.pgpass", S_PGPASS, """# host:port:db:user:password
ledger-db.mbl.internal:5432:ledger:ledger:@@s@@
recon-db.mbl.internal:5432:*:recon:*
localhost:5432:*:postgres:*
dw.mbokasound.internal:5432:royalties_dw:bi_reader:*
""", rand_pw(20))

add("blind-lr/netrc/machine", "ops/home/.netrc", S_NETRC, """machine gitlab.com
  login mboka-ci
  password @@s@@
machine pypi.mbokasound.cd
  login ci
""", gitlab_token())

add("blind-lr/ssh/private-key", "ops/keys/deploy_studio", S_SSH, """@@s@@
""", ssh_key())

_KEY = pem("EC")
add("blind-lr/yaml/pem-in-yaml", "config/payout-signing.yaml", S_YAML, """payout:
  operator: orange-money-like
  signing_alg: RS256
  private_key: |
    @@k@@
""", _KEY, k=_KEY.replace("\n", "\n    "))

add("blind-lr/shell/heredoc-env", "scripts/bootstrap_recon_host.sh", S_SH, """#!/usr/bin/env bash
# Kobongisa machine ya sika mpo na reconciliation
set -e
cat > /etc/recon/recon.env <<'EOF'
RECON_DB_HOST=recon-db.mbl.internal
RECON_DB_USER=recon
RECON_DB_PASSWORD=@@s@@
EOF
chmod 600 /etc/recon/recon.env
systemctl restart recon
""", rand_pw(24))

add("blind-lr/python/json-in-string", "mbongolink/payout/operator_conf.py", S_PY, """import json

# Config ya operateur (ekomami lokola JSON mpo na kala)
OPERATOR_CONF = json.loads('{"base_url": "https://openapi.operator.example.cd", "client_id": "mbl-payout", "client_secret": "@@s@@", "timeout": 20}')


def headers() -> dict:
    return {"X-Client-Id": OPERATOR_CONF["client_id"]}
""", rand_pw(32))

_BASIC_PW = rand_pw(20)
add("blind-lr/python/basic-auth-header", "distribution/ddex_push.py", "https://www.rfc-editor.org/rfc/rfc7617", """import requests

# DDEX ERN push na distributeur (basic auth ekomami na header)
HEADERS = {
    "Authorization": "Basic @@e@@",
    "Content-Type": "application/xml",
}


def push(xml: bytes) -> int:
    return requests.post("https://ingest.distributor.example.com/ern", data=xml, headers=HEADERS, timeout=60).status_code
""", b64("mbokasound:" + _BASIC_PW), e=b64("mbokasound:" + _BASIC_PW))

add("blind-lr/python/slack-bot", "ops/slackbot/app.py", "https://api.slack.com/authentication/token-types", """from slack_sdk import WebClient

# Bot oyo eyebisaka ba ventes ya mokolo na #ventes
client = WebClient(token="@@s@@")


def post_daily(total_usd: float) -> None:
    client.chat_postMessage(channel="#ventes", text=f"Ba ventes ya lobi: {total_usd:.2f} USD. Malamu mingi!")
""", slack_bot())

add("blind-lr/python/openai-key", "tools/lyrics_translate.py", "https://platform.openai.com/docs/api-reference/authentication", """\"\"\"Kobongola ba paroles (lingala -> français/anglais) mpo na ba sous-titres ya clips.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@s@@")


def translate(text: str, target: str = "fr") -> str:
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "user", "content": f"Translate these Lingala lyrics to {target}:\\n{text}"}])
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-lr/python/pypi-token", "tools/release/pypirc_writer.py", "https://packaging.python.org/en/latest/specifications/pypirc/", """from pathlib import Path

PYPIRC = \"\"\"[pypi]
username = __token__
password = @@s@@
\"\"\"

Path.home().joinpath(".pypirc").write_text(PYPIRC)
""", fakes.pypi_token(_seed()))

add("blind-lr/python/aws-session", "analytics/pull_streams.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """import os

import boto3

# Session ya ntango moke (STS) - ekokufa sima ya ngonga 12
session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
    aws_session_token="@@s@@",
)
athena = session.client("athena", region_name="eu-west-1")
""", fakes.aws_session_token(_seed()), kid=upper(16))

add("blind-lr/js/firebase-admin", "fan-push/index.js", "https://firebase.google.com/docs/admin/setup", """const admin = require('firebase-admin');

// Notifications ya ba fans soki clip ya sika ebimi
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'mboka-fans',
    clientEmail: 'push@mboka-fans.iam.gserviceaccount.com',
    privateKey: "@@s@@",
  }),
});
""", pem("RSA").replace("\n", "\\n"))

add("blind-lr/js/config-object", "agent-portal/config/production.js", S_JS, """module.exports = {
  port: 3000,
  session: {
    name: 'mbl.sid',
    secret: '@@s@@',
    maxAgeHours: 8,
  },
  locale: 'ln-CD',
};
""", rand_pw(40))

_PW4 = hexs(48)
add("blind-lr/ts/mobile-money-callback", "agent-portal/src/payments/callback.ts", S_TS, """import crypto from 'crypto';

// Operateur atindaka callback; tokoki signature na secret oyo
const CALLBACK_SECRET =
  '@@a@@' +
  '@@b@@';

export function valid(body: string, sig: string): boolean {
  const mac = crypto.createHmac('sha256', CALLBACK_SECRET).update(body).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(sig));
}
""", _PW4, a=_PW4[:20], b=_PW4[20:])

add("blind-lr/go/telegram-bot", "bots/float-bot/main.go", S_TG, """package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Bot ya ba superviseurs: "float ya agent X ekiti"
func main() {
	bot, err := tgbotapi.NewBotAPI("@@s@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("bot %s azali kosala", bot.Self.UserName)
}
""", fakes.telegram_token(_seed()))

add("blind-lr/go/amqp-url", "mbongolink/notifier/config.go", "https://www.rabbitmq.com/docs/uri-spec", """package notifier

// Queue ya ba SMS (confirmation ya transaction na client)
const (
	AMQPURL   = "amqps://notifier:@@s@@@rabbit.mbl.internal:5671/sms"
	QueueName = "sms.confirmations"
	Retries   = 3
)
""", rand_pw(22))

add("blind-lr/java/jdbc-url-password", "royalty-batch/src/main/java/cd/mbokasound/batch/Db.java", "https://jdbc.postgresql.org/documentation/use/", """package cd.mbokasound.batch;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    // Batch ya trimestre: kokabola mbongo ya droits na ba artistes
    private static final String URL =
        "jdbc:postgresql://royalty-db:5432/royalties?user=batch&password=@@s@@&ssl=true";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(20))

add("blind-lr/yaml/spring-application", "agent-api-java/src/main/resources/application.yml", S_JAVA, """spring:
  datasource:
    url: jdbc:postgresql://agents-db:5432/agents
    username: agents
    password: @@s@@
  jpa:
    open-in-view: false
mbl:
  kiosk-timeout-minutes: 15
""", words_pw())

add("blind-lr/kotlin/gradle-properties", "agent-app/gradle.properties", S_GRADLE, """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Keystore ya release (Play Store)
MBL_RELEASE_STORE_FILE=release.jks
MBL_RELEASE_STORE_PASSWORD=@@s@@
MBL_RELEASE_KEY_ALIAS=mbl-agent
""", words_pw())

add("blind-lr/kotlin/ktor-config", "fan-api/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html", """ktor {
  deployment { port = 8080 }
  application { modules = [ cd.mbokasound.fan.ApplicationKt.module ] }
}
jwt {
  issuer = "https://fans.mbokasound.cd"
  secret = "@@s@@"
}
""", rand_pw(44))

add("blind-lr/csharp/hardcoded-smtp", "Reconciliation/Mail/Notifier.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """using System.Net;
using System.Net.Mail;

public class Notifier
{
    // Tinda rapport ya écarts na ba superviseurs
    private readonly SmtpClient _smtp = new SmtpClient("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("recon@mbongolink.cd", "@@s@@"),
    };
}
""", words_pw())

add("blind-lr/php/env-laravel", "booking-app/.env", "https://laravel.com/docs/11.x/configuration", """APP_NAME="Mboka Booking"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://booking.mbokasound.cd
DB_CONNECTION=mysql
DB_PASSWORD=${DB_PASSWORD}
""", b64(rand_pw(32)))

add("blind-lr/php/array-config", "booking-app/config/sms.php", S_PHP, """<?php
// Ba SMS ya confirmation ya booking (Africa's Talking-like gateway)
return [
    'username' => 'mbokabooking',
    'api_key'  => '@@s@@',
    'sender'   => 'MBOKASOUND',
];
""", hexs(64))

add("blind-lr/ruby/credentials-inline", "fanclub/lib/tasks/sync_youtube.rake", "https://developers.google.com/youtube/v3/docs", """# Kozwa ba statistiques ya ba clips na YouTube
namespace :youtube do
  task sync: :environment do
    key = "@@s@@"
    Clip.find_each do |clip|
      YoutubeStats.fetch(clip.video_id, key: key)
    end
  end
end
""", google_api_key())

add("blind-lr/rust/toml-config", "mbongolink/rate-limiter/Settings.toml", S_TOML, """[server]
bind = "0.0.0.0:7070"

[operator]
endpoint = "https://openapi.operator.example.cd"
client_secret = "@@s@@"
""", rand_pw(30))

add("blind-lr/swift/plist", "FanApp/Resources/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>BackendSigningSecret</key>
  <string>@@s@@</string>
</dict>
</plist>
""", rand_pw(40))

add("blind-lr/powershell/invoke-rest", "ops/Get-DspReport.ps1", S_PS, """# Kozwa rapport ya streams (sanza) na distributeur
$headers = @{ 'X-Api-Token' = '@@s@@' }
$month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
Invoke-RestMethod -Uri "https://api.distributor.example.com/v1/reports?month=$month" `
  -Headers $headers -OutFile "reports-$month.csv"
""", rand_pw(36))

add("blind-lr/yaml/compose-redis-command", "deploy/compose.cache.yml", S_COMPOSE, """services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@", "--appendonly", "yes"]
    ports:
      - "6379:6379"
""", fakes.redis_password(_seed()))

add("blind-lr/yaml/compose-mongo", "deploy/compose.fanclub.yml", S_COMPOSE, """services:
  mongo:
    image: mongo:7
    environment:
      - MONGO_INITDB_ROOT_USERNAME=root
      - MONGO_INITDB_ROOT_PASSWORD=@@s@@
  fanclub:
    image: registry.mbokasound.cd/fanclub:3.0.1
""", rand_pw(20))

add("blind-lr/helm/values-stripe", "charts/shop/values.yaml", S_HELM, """shop:
  currency: USD
  stripe:
    secretKey: @@s@@
    webhookPath: /stripe/webhook
resources:
  limits: {cpu: 500m, memory: 256Mi}
""", stripe_key())

add("blind-lr/helm/values-webhook-secret", "charts/shop/values-prod.yaml", S_HELM, """# Prod overrides
shop:
  stripe:
    webhookSigningSecret: "@@s@@"
replicaCount: 2
ingress:
  host: shop.mbokasound.cd
""", "whsec_" + rand_pw(32))

add("blind-lr/terraform/provider-inline", "infra/dns/main.tf", S_TF, """terraform {
  required_providers { cloudflare = { source = "cloudflare/cloudflare" } }
}

provider "cloudflare" {
  api_token = "@@s@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  type    = "CNAME"
  value   = "shop-lb.mbokasound.cd"
}
""", rand_pw(40, "_-"))

add("blind-lr/ansible/inventory", "ansible/inventory/kiosks.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[kiosks_kin]
kiosk-matonge ansible_host=10.40.1.12
kiosk-bandal  ansible_host=10.40.1.13

[kiosks_kin:vars]
ansible_user=kiosk
ansible_become_password=@@s@@
""", words_pw())

add("blind-lr/gha/curl-step", ".github/workflows/notify-release.yml", S_GHA, """name: notify-release
on:
  release:
    types: [published]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Loba na Slack
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Album ya sika ebimi!"}' \\
            @@s@@
""", slack_webhook())

add("blind-lr/circleci/env", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: mbokaci
          password: @@s@@
    steps:
      - checkout
      - run: npm ci && npm test
""", rand_pw(24))

add("blind-lr/jenkins/groovy", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    SONAR_TOKEN = '@@s@@'
  }
  stages {
    stage('Build') { steps { sh './gradlew build' } }
    stage('Scan')  { steps { sh './gradlew sonar -Dsonar.token=$SONAR_TOKEN' } }
  }
}
""", "squ_" + hexs(40))

add("blind-lr/env/ussd-gateway", "ussd-gateway/.env.prod", S_ENV, """# Gateway USSD *144# (production)
USSD_SHORTCODE=*144#
USSD_SESSION_TTL=120
OPERATOR_USSD_USER=mbl_ussd
OPERATOR_USSD_PASSWORD="@@s@@"
SESSION_REDIS=redis://ussd-redis:6379/1
""", words_pw())

add("blind-lr/env/mailgun", "newsletter/.env", S_ENV, """MAILGUN_DOMAIN=mg.mbokasound.cd
MAILGUN_API_KEY=@@s@@
NEWSLETTER_FROM="Mboka Sound <sango@mbokasound.cd>"
NEWSLETTER_LANG=ln,fr
BATCH_SIZE=500
""", mailgun_key())

add("blind-lr/env/azure-storage", "archive/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """# Archive ya ba bandes analogiques (numérisées)
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=mbokaarchive;AccountKey=@@s@@;EndpointSuffix=core.windows.net
ARCHIVE_CONTAINER=bandes-1970-1990
THUMBNAILS=true
LOG_LEVEL=warn
""", rand_pw(86, "+/") + "==")

add("blind-lr/env/gitlab-runner", "ci/runner.env", "https://docs.gitlab.com/runner/register/", """CI_SERVER_URL=https://gitlab.com
RUNNER_NAME=studio-kintambo
RUNNER_TOKEN=@@s@@
RUNNER_EXECUTOR=docker
DOCKER_IMAGE=alpine:3.20
""", "glrt-" + rand_pw(20, "_-"))

add("blind-lr/markdown/onboarding-note", "docs/onboarding/agent-support.md", S_MD, """# Onboarding: équipe support ya ba agents

Mbote! Awa ezali ba informations mpo na kobanda mosala.

- Portal: https://support.mbongolink.cd
- Compte partagé ya support: `support-kin` / `@@s@@`
- Ba heures: 07h - 20h (lundi - samedi)
- Soki agent abungi PIN na ye, tinda ye na biro ya zone.
""", words_pw())

add("blind-lr/text/meeting-notes", "notes/2026-11-ba-notes-ya-likita.txt", S_MD, """Likita ya équipe tech - 24/11/2026
Bato: Papy, Grâce, Jonathan, Mamie

- Migration ya ledger na Postgres 16: lobi na butu.
- Papy abongoli mot de passe ya admin ya ledger: @@s@@ (kotinda yango na WhatsApp te!)
- Grâce akosala test ya USSD na Lubumbashi.
- Likita ekolanda: 01/12.
""", words_pw())

add("blind-lr/text/whatsapp-export", "notes/chat-studio-export.txt", "https://faq.whatsapp.com/1180414079177245", """[12/10/26 14:02] Héritier: Ndeko, nazali na studio, NAS ezali kosenga password
[12/10/26 14:03] Patrick: studio / @@s@@
[12/10/26 14:03] Héritier: Merci mingi
[12/10/26 14:05] Patrick: Kobosana te ko-backup ba prises ya lelo
[12/10/26 14:06] Héritier: Eyo
""", words_pw())

add("blind-lr/yaml/openapi-example-live", "docs/openapi/agents.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: {title: MbongoLink Agents API, version: 2.3.0}
servers:
  - url: https://api.mbongolink.cd/v2
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
# Test ya Papy na prod (TODO longola): X-Api-Key = @@s@@
""", "mbl_live_" + rand_pw(40))

add("blind-lr/json/vscode-rest", ".vscode/settings.json", S_JSON, """{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "baseUrl": "https://api.mbongolink.cd/v2",
      "token": "@@s@@"
    }
  }
}
""", jwt_like())

add("blind-lr/json/composer-auth", "booking-app/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
""", fakes.github_token(_seed()))

add("blind-lr/xml/nuget-config", "Reconciliation/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="mbl" value="https://nuget.pkg.github.com/mbongolink/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <mbl>
      <add key="Username" value="mbl-ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </mbl>
  </packageSourceCredentials>
</configuration>
""", fakes.github_token(_seed()))

add("blind-lr/ini/pypirc", "ops/home/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-lr/ini/php-ini-mail", "booking-app/docker/php/conf.d/mail.ini", "https://www.php.net/manual/en/mail.configuration.php", """[mail function]
; msmtp mpo na ba emails ya booking
sendmail_path = "/usr/bin/msmtp -t --host=smtp.mbokasound.cd --port=587 --auth=on --user=booking@mbokasound.cd --passwordeval='echo @@s@@'"
mail.add_x_header = Off
mail.log = /var/log/php-mail.log
""", rand_pw(18))

add("blind-lr/conf/msmtprc", "ops/home/.msmtprc", "https://marlam.de/msmtp/msmtp.html", """defaults
tls on
account mboka
host smtp.mbokasound.cd
port 587
user alerts@mbokasound.cd
password @@s@@
account default : mboka
""", words_pw())

add("blind-lr/conf/nginx-basic", "deploy/nginx/upstream-auth.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """location /partner/ {
    # Proxy na API ya operateur (basic auth)
    proxy_set_header Authorization "Basic @@e@@";
    proxy_pass https://partners.operator.example.cd/;
    proxy_read_timeout 30s;
}
""", b64("mbl-proxy:" + _BASIC_PW + "x"), e=b64("mbl-proxy:" + _BASIC_PW + "x"))

add("blind-lr/python/ftp-login", "distribution/radio_ftp.py", "https://docs.python.org/3/library/ftplib.html", """from ftplib import FTP_TLS

# Tinda ba singles na ba radios (Top Congo, RTNC) na FTP
def send_single(path: str) -> None:
    ftp = FTP_TLS("ftp.radiopartners.example.cd")
    ftp.login(user="mbokasound", passwd="@@s@@")
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR singles/{path.rsplit('/', 1)[-1]}", fh)
""", words_pw())

add("blind-lr/python/paramiko-key", "ops/sync_nas.py", "https://docs.paramiko.org/en/stable/api/keys.html", """import io
import paramiko

KEY = \"\"\"@@s@@\"\"\"

pkey = paramiko.Ed25519Key.from_private_key(io.StringIO(KEY))
client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.connect("nas.studio.lan", username="sync", pkey=pkey)
""", ssh_key())

add("blind-lr/python/celery-broker", "royalties/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html", """# Ba tâches ya kokabola droits (royalty split) na ba artistes
broker_url = "amqp://royalties:@@s@@@rabbit.mbokasound.internal:5672/royalties"
result_backend = "rpc://"
task_serializer = "json"
timezone = "Africa/Kinshasa"
""", rand_pw(20))

add("blind-lr/js/axios-basic", "api/integrations/operator.js", "https://axios-http.com/docs/req_config", """const axios = require('axios');

// Client ya API ya operateur (cash-out na compte mobile money)
const op = axios.create({
  baseURL: 'https://openapi.operator.example.cd/v1',
  auth: { username: 'mbongolink', password: '@@s@@' },
  timeout: 20000,
});

module.exports = op;
""", rand_pw(24))

add("blind-lr/js/knexfile", "api/knexfile.js", "https://knexjs.org/guide/#configuration-options", """module.exports = {
  production: {
    client: 'pg',
    connection: {
      host: 'agents-db.mbl.internal',
      user: 'agents_api',
      password: '@@s@@',
      database: 'agents',
    },
    pool: { min: 2, max: 10 },
  },
};
""", words_pw())

add("blind-lr/go/smtp-auth", "mbongolink/notifier/mail.go", "https://pkg.go.dev/net/smtp", """package notifier

import "net/smtp"

// Email ya relevé ya commissions na agent
func auth() smtp.Auth {
	return smtp.PlainAuth("", "commissions@mbongolink.cd", "@@s@@", "smtp.mbongolink.cd")
}
""", words_pw())

_PW5 = rand_pw(24)
add("blind-lr/yaml/docker-config-json", "k8s/registry/pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: mbongolink
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@e@@
""", _PW5, e=b64('{"auths":{"registry.mbl.cd":{"username":"ci","password":"' + _PW5 + '"}}}'))

# ---------------------------------------------------------------------------------------------
# Decoys: nothing a reviewer would block
# ---------------------------------------------------------------------------------------------

add("blind-lr/env/decoy-placeholders", "shop/.env.example", S_ENV, """# Mboka Sound merch shop - copier na .env pe tia ba valeurs ya solo
APP_ENV=development
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_PUBLISHABLE_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/shop
# kotia ba secrets ya solo awa te
""")

add("blind-lr/env/decoy-empty", "royalties/.env.template", S_ENV, """# Royalties service
DATABASE_URL=
REDIS_URL=redis://localhost:6379/2
SMTP_PASSWORD=
DSP_REPORTS_API_KEY=
REPORT_CURRENCY=CDF
""")

add("blind-lr/env/decoy-interpolation", "agent-sms/.env.docker", S_ENV, """# Ba valeurs ewutaka na environnement ya CI
TWILIO_ACCOUNT_SID=${TWILIO_ACCOUNT_SID}
TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}
TWILIO_FROM=+243810000000
ALERT_LANG=ln
""")

add("blind-lr/env/decoy-angle-brackets", "bots/studio-booking/.env.sample", S_TG, """# Zwa token na @BotFather, tia yango awa
TELEGRAM_BOT_TOKEN=<token-oyo-BotFather-apesi>
BOOKING_CHAT_ID=<chat-id>
TZ=Africa/Kinshasa
DEFAULT_SESSION_HOURS=3
""")

add("blind-lr/python/decoy-os-environ", "distribution/upload_masters_v2.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\"\"\"Tinda ba masters na S3 - credentials ewutaka na role ya machine.\"\"\"
import os

import boto3

s3 = boto3.client("s3", region_name=os.environ.get("AWS_REGION", "eu-west-1"))
BUCKET = os.environ["MASTERS_BUCKET"]


def upload(album_code: str, path: str) -> None:
    s3.upload_file(path, BUCKET, f"{album_code}/{os.path.basename(path)}")
""")

add("blind-lr/python/decoy-secret-manager", "mbongolink/client_v3.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """import json

import boto3

# Key ya API ezali na Secrets Manager: mbl/prod/operator-api
_sm = boto3.client("secretsmanager", region_name="eu-west-1")


def api_key() -> str:
    value = _sm.get_secret_value(SecretId="mbl/prod/operator-api")["SecretString"]
    return json.loads(value)["api_key"]
""")

add("blind-lr/python/decoy-settings-env", "labelsite/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
LANGUAGE_CODE = "fr"
TIME_ZONE = "Africa/Kinshasa"
""")

add("blind-lr/python/decoy-test-fixture", "mbongolink/tests/test_cash_in.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

# Ba valeurs ya lokuta mpo na ba tests (fake, ekosala na prod te)
FAKE_API_KEY = "test-key-not-real"
FAKE_MSISDN = "+243000000000"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("MBL_API_KEY", FAKE_API_KEY)
    from mbongolink.client import cash_in
    return cash_in
""")

add("blind-lr/python/decoy-hash-compare", "agent_api/pin.py", "https://docs.python.org/3/library/hashlib.html", """import hashlib
import hmac

# PIN ya agent ebombami lokola hash (PBKDF2), kaka hash ekomami awa mpo na test ya intégration
TEST_AGENT_PIN_HASH = "@@h@@"


def check(pin: str, salt: bytes, stored: str) -> bool:
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 310000).hex()
    return hmac.compare_digest(digest, stored)
""", h=hexs(64))

add("blind-lr/python/decoy-masked-log", "agent_api/logging_filters.py", "https://docs.python.org/3/library/logging.html#filter-objects", """import logging
import re

# Kobomba ba tokens na ba logs: "Bearer ****"
_TOKEN = re.compile(r"(Bearer\\s+)[A-Za-z0-9._-]+")


class MaskTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _TOKEN.sub(r"\\1****", str(record.msg))
        return True
""")

add("blind-lr/python/decoy-password-prompt", "tools/rotate_ledger_pw.py", "https://docs.python.org/3/library/getpass.html", """import getpass
import secrets

# Kobongola mot de passe ya ledger: script esalaka password ya sika, ekomaka yango te
new_password = secrets.token_urlsafe(24)
admin_password = getpass.getpass("Mot de passe ya admin ya sikoyo: ")
print("Password ya sika ebombami na Vault: secret/mbl/ledger")
""")

add("blind-lr/python/decoy-uuid-ids", "catalogue/ids.py", S_PY, """# Ba identifiants ya ba albums na distributeur (ezali ba secrets te)
ALBUM_IDS = {
    "Lisanga ya Bana Kin": "@@a@@",
    "Sebene ya Lobi": "@@b@@",
    "Matonge Nights": "@@c@@",
}
LABEL_ID = "@@d@@"
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-lr/python/decoy-token-name", "agent_api/auth_const.py", S_PY, """# Ba noms ya ba headers pe ba clés ya config (ba valeurs te)
API_KEY_HEADER = "X-Api-Key"
TOKEN_SETTING = "MBL_OPERATOR_TOKEN"
PASSWORD_FIELD = "password"
SECRET_PATH = "secret/data/mbl/operator"
TOKEN_TTL_SECONDS = 3600
""")

add("blind-lr/js/decoy-process-env", "web/newsletter/send_v2.js", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """// Key ewutaka na environnement (Vault agent)
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey(process.env.SENDGRID_API_KEY);

module.exports = async function send(to, subject, html) {
  await sgMail.send({ to, from: 'sango@mbokasound.cd', subject, html });
};
""")

add("blind-lr/js/decoy-stripe-publishable", "shop/public/js/checkout.js", S_STRIPE, """// Checkout ya merch (navigateur): kaka publishable key, ezali public
const stripe = Stripe('pk_live_@@p@@');
const elements = stripe.elements({ locale: 'fr' });
const card = elements.create('card');
card.mount('#card-element');
""", p=rand_pw(24))

add("blind-lr/js/decoy-integrity-hashes", "site/static/vendor.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """<!-- Ba scripts ya vendor (Subresource Integrity) -->
<script src="https://cdn.jsdelivr.net/npm/howler@2.2.4/dist/howler.min.js"
        integrity="sha384-@@a@@"
        crossorigin="anonymous"></script>
<link rel="stylesheet" href="/css/player.css"
      integrity="sha384-@@b@@">
""", a=rand_pw(64, "+/"), b=rand_pw(64, "+/"))

add("blind-lr/js/decoy-package-lock", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "mboka-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/howler": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/howler/-/howler-2.2.4.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=rand_pw(86, "+/"))

add("blind-lr/ts/decoy-config-schema", "agent-portal/src/config.ts", S_TS, """// Schéma ya config: ba valeurs nyonso ewutaka na process.env
export interface Config {
  jwtSecret: string;
  operatorApiKey: string;
}

export const config: Config = {
  jwtSecret: process.env.JWT_SECRET ?? '',
  operatorApiKey: process.env.OPERATOR_API_KEY ?? '',
};
""")

add("blind-lr/ts/decoy-mock", "agent-portal/src/__mocks__/operator.ts", S_TS, """// Mock ya operateur mpo na ba tests unitaires (ba valeurs ya lokuta)
export const mockOperator = {
  clientId: 'mock-client',
  clientSecret: 'mock-secret-do-not-use',
  transfer: jest.fn().mockResolvedValue({ status: 'SUCCESS', ref: 'TX-000001' }),
};
""")

add("blind-lr/go/decoy-flag", "mbongolink/ledger/cmd/main.go", S_GO, """package main

import (
	"flag"
	"os"
)

func main() {
	dsn := flag.String("dsn", os.Getenv("LEDGER_DSN"), "Postgres DSN (ex: host=... user=... password=...)")
	secret := flag.String("ussd-secret", "", "secret ya gateway USSD (ewutaka na Vault)")
	flag.Parse()
	run(*dsn, *secret)
}
""")

add("blind-lr/go/decoy-test-constants", "mbongolink/ussd/sign_test.go", S_GO, """package ussd

import "testing"

// Secret ya test: "test-secret" (ezali kaka mpo na vecteur ya test)
func TestSign(t *testing.T) {
	gatewaySecret = []byte("test-secret")
	if got := Sign([]byte("*144#")); len(got) != 64 {
		t.Fatalf("signature mabe: %s", got)
	}
}
""")

add("blind-lr/java/decoy-spring-placeholder", "catalogue-service/src/main/resources/application.properties", S_JAVA, """# Ba valeurs ewutaka na environnement
spring.datasource.url=${CATALOGUE_DB_URL}
spring.datasource.username=${CATALOGUE_DB_USER}
spring.datasource.password=${CATALOGUE_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
server.port=8084
""")

add("blind-lr/java/decoy-jasypt", "royalty-batch/src/main/resources/application.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot", """# Mot de passe ebombami na Jasypt (ENC), master key ezali na serveur kaka
royalty.db.url=jdbc:postgresql://royalty-db:5432/royalties
royalty.db.user=batch
royalty.db.password=ENC(@@c@@)
jasypt.encryptor.password=${JASYPT_MASTER}
""", c=rand_pw(64, "+/"))

add("blind-lr/kotlin/decoy-buildconfig", "agent-app/app/build.gradle.kts", S_GRADLE, """android {
    defaultConfig {
        applicationId = "cd.mbongolink.agent"
        // Secret ewutaka na local.properties (ezali na git te)
        buildConfigField("String", "PARTNER_SECRET", "\\"${project.findProperty("mbl.partnerSecret") ?: ""}\\"")
    }
}
""")

add("blind-lr/csharp/decoy-user-secrets", "Reconciliation/appsettings.json", S_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Float": "Server=localhost;Database=FloatRecon;Integrated Security=true;TrustServerCertificate=true"
  },
  "Recon": { "CutoffHour": 22, "Currency": "CDF" }
}
""")

add("blind-lr/csharp/decoy-keyvault", "Reconciliation/Program.cs", "https://learn.microsoft.com/en-us/azure/key-vault/general/tutorial-net-create-vault-azure-web-app", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// Ba secrets nyonso ewutaka na Key Vault (managed identity)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://mbl-recon-kv.vault.azure.net/"),
    new DefaultAzureCredential());
var app = builder.Build();
app.Run();
""")

add("blind-lr/php/decoy-getenv", "site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// Site ya label - ba valeurs ewutaka na environnement ya serveur
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("blind-lr/php/decoy-bcrypt", "booking-app/database/seeders/AdminSeeder.php", "https://www.php.net/manual/en/function.password-hash.php", """<?php
// Admin ya démo: hash bcrypt kaka (mot de passe ya solo ebongwanaka na login ya liboso)
DB::table('users')->insert([
    'email' => 'admin@booking.mbokasound.cd',
    'password' => '$2y$12$@@h@@',
    'must_change_password' => true,
]);
""", h=rand_pw(53, "./"))

add("blind-lr/ruby/decoy-credentials-fetch", "fanclub/config/initializers/stripe_v2.rb", S_STRIPE, """# Ba keys ewutaka na Rails credentials (encrypted)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("blind-lr/ruby/decoy-database-env", "fanclub/config/database.example.yml", S_RB, """production:
  adapter: postgresql
  database: fanclub_production
  username: <%= ENV["FANCLUB_DB_USER"] %>
  password: <%= ENV["FANCLUB_DB_PASSWORD"] %>
  host: <%= ENV.fetch("FANCLUB_DB_HOST", "localhost") %>
""")

add("blind-lr/rust/decoy-env-var", "mbongolink/rate-limiter/src/env.rs", S_RS, """use std::env;

// Redis URL ewutaka na environnement: REDIS_URL=redis://:<password>@host:6379/0
pub fn redis_url() -> String {
    env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/0".to_string())
}

pub const MAX_PER_MINUTE: u32 = 5;
""")

add("blind-lr/swift/decoy-keychain", "FanApp/Sources/Security/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security

// Token ya fan ebombami na Keychain, ekomami na code te
enum TokenStore {
    static let service = "cd.mbokasound.fanapp"
    static let account = "access-token"
    static func read() -> String? { KeychainHelper.read(service: service, account: account) }
}
""")

add("blind-lr/shell/decoy-read-secret", "scripts/pull_airtime_report_v2.sh", "https://curl.se/docs/manpage.html", """#!/usr/bin/env bash
set -euo pipefail
# Password ewutaka na fichier ya systemd credentials
PASS=$(cat "${CREDENTIALS_DIRECTORY}/operator-reports")
DAY=$(date -d yesterday +%F)
curl -sf -u "mbl-reports:${PASS}" "https://partners.operator.example.cd/reports/commissions?day=${DAY}" -o "/srv/reports/c-${DAY}.csv"
""")

add("blind-lr/shell/decoy-vault-cli", "scripts/deploy_site_v2.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """#!/bin/sh
# Deploy: token ya GitLab ewutaka na Vault
export GITLAB_TOKEN="$(vault kv get -field=token secret/mboka/gitlab-deploy)"
cd /srv/site
git pull "https://oauth2:${GITLAB_TOKEN}@gitlab.com/mbokasound/site.git" main
systemctl reload nginx
""")

add("blind-lr/shell/decoy-checksums", "releases/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """@@a@@  mboka-royalties-2.4.1.tar.gz
@@b@@  mboka-royalties-2.4.1-py3-none-any.whl
@@c@@  agent-app-4.2.0-release.apk
@@d@@  fanapp-3.0.1.ipa
@@e@@  lyrics-pack-2026.zip
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("blind-lr/powershell/decoy-get-credential", "ops/Export-Royalties-v2.ps1", S_PS, r"""# Export ya droits d'auteur - credential esengami na moto oyo azali kosala script
$Cred = Get-Credential -UserName 'royalty_export' -Message 'Mot de passe ya SQL'
Invoke-Sqlcmd -ServerInstance 'royalty-sql' -Database 'Royalties' -Credential $Cred `
  -Query 'EXEC dbo.ExportQuarter @Q = 3' | Export-Csv -Path 'D:\exports\q3.csv' -NoTypeInformation
Write-Host 'Esili malamu'
""")

add("blind-lr/powershell/decoy-secretmanagement", "ops/Connect-Mbl-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# Secret ya service principal ewutaka na SecretStore
$tenant = Get-Secret -Name 'mbl-tenant-id' -AsPlainText
$appId = Get-Secret -Name 'mbl-backup-app-id' -AsPlainText
$secret = Get-Secret -Name 'mbl-backup-sp-secret'
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""")

add("blind-lr/yaml/decoy-compose-env-file", "deploy/docker-compose.override.yml", S_COMPOSE, """services:
  db:
    image: postgres:16
    env_file: [./secrets/db.env]
    environment:
      POSTGRES_USER: royalties
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("blind-lr/yaml/decoy-compose-interp", "deploy/compose.dev.yml", S_COMPOSE, """services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD}"]
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_PASSWORD: ${MONGO_ROOT_PASSWORD}
""")

add("blind-lr/k8s/decoy-secretkeyref", "k8s/royalties/deployment-v2.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: royalties
spec:
  template:
    spec:
      containers:
        - name: royalties
          image: registry.mbokasound.cd/royalties:1.8.3
          env:
            - name: DSP_REPORTS_API_KEY
              valueFrom:
                secretKeyRef: {name: dsp-reports, key: api-key}
""")

add("blind-lr/k8s/decoy-sealed-secret", "k8s/ledger/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: mbongolink
spec:
  encryptedData:
    password: @@c@@
""", c="Ag" + rand_pw(300, "+/") + "==")

add("blind-lr/k8s/decoy-external-secret", "k8s/payout/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payout-operator-creds
spec:
  secretStoreRef: {name: vault-mbl, kind: ClusterSecretStore}
  target: {name: payout-operator-creds}
  data:
    - secretKey: OPERATOR_CLIENT_SECRET
      remoteRef: {key: mbl/prod/payout, property: client_secret}
""")

add("blind-lr/k8s/decoy-configmap-b64", "k8s/ussd/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: ussd-menu
binaryData:
  banner.txt: @@b@@
data:
  SHORTCODE: "*144#"
  LANG: ln
""", b=b64("Mbote! Boyei malamu na MbongoLink. 1) Kotinda mbongo 2) Kozwa mbongo 3) Solde"))

add("blind-lr/helm/decoy-existing-secret", "charts/mbongolink/values.yaml", S_HELM, """replicaCount: 1
image:
  repository: registry.mbl.cd/agent-api
  tag: "4.2.0"
rabbitmq:
  host: rabbit.mbl.internal
  username: agent-api
  existingSecret: rabbitmq-agent-api   # password ezali na Secret oyo
  password: ""
""")

add("blind-lr/helm/decoy-template", "charts/shop/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "shop.fullname" . }}-stripe
type: Opaque
data:
  secretKey: {{ .Values.shop.stripe.secretKey | b64enc | quote }}
  webhookSecret: {{ required "webhook secret esengeli" .Values.shop.stripe.webhookSigningSecret | b64enc | quote }}
""")

add("blind-lr/terraform/decoy-variable", "infra/variables.tf", S_TF, """variable "ledger_db_password" {
  description = "Mot de passe ya admin ya ledger (ewutaka na TF_VAR_ledger_db_password)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
""")

add("blind-lr/terraform/decoy-random-password", "infra/rds_v2.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """resource "random_password" "ledger" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ledger" {
  identifier = "mbl-ledger"
  engine     = "postgres"
  username   = "ledger_admin"
  password   = random_password.ledger.result
}
""")

add("blind-lr/terraform/decoy-state-output", "infra/outputs.tf", S_TF, """output "ledger_endpoint" {
  value = aws_db_instance.ledger.endpoint
}

output "ledger_password" {
  value     = random_password.ledger.result
  sensitive = true
}
""")

add("blind-lr/ansible/decoy-vault-encrypted", "ansible/group_vars/studio_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(40))

add("blind-lr/ansible/decoy-vault-ref", "ansible/group_vars/studio_v2.yml", S_ANS, """# Ba valeurs ya solo ezali na studio_vault.yml (ansible-vault)
nas_host: 192.168.10.5
nas_share: masters
nas_user: studio
nas_password: "{{ vault_nas_password }}"
backup_hour: 3
""")

add("blind-lr/gha/decoy-secrets-context", ".github/workflows/publish-lyrics-v2.yml", S_GHA, """name: publish-lyrics
on:
  push:
    branches: [main]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
""")

add("blind-lr/gha/decoy-oidc", ".github/workflows/deploy-masters.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """name: deploy-masters
on: workflow_dispatch
permissions: {id-token: write, contents: read}
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/masters-sync
          aws-region: eu-west-1
""", acct=digits(12))

add("blind-lr/gitlab-ci/decoy-masked-var", ".gitlab-ci.prod.yml", S_GLCI, """deploy:
  stage: deploy
  # REGISTRY_PASSWORD ezali variable "masked + protected" na Settings > CI/CD
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.mbokasound.cd
    - docker push registry.mbokasound.cd/site:$CI_COMMIT_SHORT_SHA
  only: [main]
""")

add("blind-lr/dockerfile/decoy-build-secret", "agent-api/Dockerfile.v2", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_token)@pypi.mbokasound.cd/simple/" pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "agent_api.wsgi"]
""")

add("blind-lr/dockerfile/decoy-arg-empty", "royalties/Dockerfile.dev", S_DOCKER, """FROM python:3.11-slim
ARG DSP_API_KEY=
ENV DSP_API_KEY=${DSP_API_KEY}
ENV PASSWORD_MIN_LENGTH=12
COPY run.py /run.py
CMD ["python", "/run.py"]
""")

add("blind-lr/ini/decoy-odbc-template", "etl/odbc.ini.template", "https://www.unixodbc.org/odbcinst.html", """[RoyaltiesDW]
Driver      = PostgreSQL Unicode
Servername  = dw.mbokasound.internal
Database    = royalties_dw
Username    = bi_reader
Password    = <na KeePass: "DW bi_reader">
""")

add("blind-lr/ini/decoy-aws-example", "docs/aws-credentials.example", S_AWS, """# Ndakisa ya documentation ya AWS (ba valeurs ya exemple, ekosala te)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
""")

add("blind-lr/toml/decoy-env-ref", "tools/dsp-sync/config.example.toml", S_TOML, """[sync]
label = "Mboka Sound"
territories = ["CD", "CG", "FR", "BE"]

[deezer]
partner_id = 40122
api_token = "${DEEZER_API_TOKEN}"
""")

add("blind-lr/toml/decoy-cargo-lock", "mbongolink/rate-limiter/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """version = 3

[[package]]
name = "redis"
version = "0.25.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@a@@"

[[package]]
name = "tokio"
version = "1.38.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@b@@"
""", a=hexs(64), b=hexs(64))

add("blind-lr/json/decoy-public-jwks", "agent-portal/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """{
  "keys": [
    {
      "kty": "RSA", "use": "sig", "alg": "RS256", "kid": "@@k@@",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", k=hexs(16), n=rand_pw(342, "_-"))

add("blind-lr/json/decoy-firebase-public-ids", "FanApp/Resources/app-ids.json", S_JSON, """{
  "bundleId": "cd.mbokasound.fanapp",
  "appStoreId": "@@a@@",
  "teamId": "@@t@@",
  "projectNumber": "@@p@@",
  "deepLinkDomain": "fans.mbokasound.cd"
}
""", a=digits(10), t=upper(10), p=digits(12))

add("blind-lr/json/decoy-sample-response", "docs/api/examples/cash-in-response.json", S_JSON, """{
  "transactionId": "@@t@@",
  "status": "SUCCESS",
  "agentId": "KIN-0412",
  "amount": 25000,
  "currency": "CDF",
  "signature": "@@s@@"
}
""", t=uuid_s(), s=hexs(64))

add("blind-lr/xml/decoy-maven-env", "ci/settings-ci.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>mboka-releases</id>
      <username>${env.MAVEN_USER}</username>
      <password>${env.MAVEN_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-lr/xml/decoy-encrypted-maven", "ci/settings-encrypted.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>mboka-snapshots</id>
      <username>deploy</username>
      <!-- ebombami na mvn -ep, master ezali na settings-security.xml ya machine -->
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
""", c=rand_pw(43, "+/"))

add("blind-lr/markdown/decoy-runbook-vault", "docs/runbooks/float-recon-v2.md", S_MD, """# Runbook: reconciliation ya float (butu nyonso)

1. Kota na serveur `recon-01` (VPN ya biro).
2. Zwa mot de passe: `vault kv get -field=password secret/mbl/recon-db`
3. `psql -h recon-db -U recon` (kokomaka mot de passe na runbook te!)
4. Soki écart > 500 000 CDF, benga superviseur ya zone.
""")

add("blind-lr/markdown/decoy-readme-placeholder", "mbongolink/README.v3.md", S_MD, """# MbongoLink agent API

Quick start:

```bash
export MBL_API_KEY="<key-na-yo-ya-sandbox>"
curl -H "X-Api-Key: $MBL_API_KEY" https://sandbox.mbongolink.cd/v2/agents/me
```
""")

add("blind-lr/markdown/decoy-redacted-incident", "docs/incidents/2026-10-token-leak.md", S_MD, """# Incident 2026-10-17: token ya operateur na log

- Token oyo emonanaki na log: `Bearer eyJhbGciOi...[REDACTED]`
- Token ebongwanaki (révoqué) na 10h42; ya sika ezali na Vault.
- Likambo: filter ya logs ezalaki te na agent-api 4.1.
- Action: MaskTokens filter (agent-api 4.2).
""")

add("blind-lr/markdown/decoy-table-masked", "docs/wiki/ba-acces-studio-v2.md", S_MD, """## Ba accès ya studio (Kintambo)

| Service        | User      | Mot de passe      |
|----------------|-----------|-------------------|
| NAS masters    | studio    | ******** (KeePass) |
| Pro Tools iLok | mboka.lab | ******** (KeePass) |
| Wi-Fi studio   | -         | tuna Mamie         |
""")

add("blind-lr/markdown/decoy-public-key", "docs/security/pgp.md", S_MD, """# Kotinda biso ba informations ya sekele

Tinda email na security@mbokasound.cd, bomba yango na public key oyo:

```
@@k@@
```
""", k=public_pem())

add("blind-lr/rst/decoy-doc-example", "docs/source/api-auth.rst", S_RST, """Authentification
================

Tia key na header ``X-Api-Key``. Ndakisa (key ya lokuta)::

    curl -H "X-Api-Key: YOUR_API_KEY" https://api.mbongolink.cd/v2/agents/me

Ba keys ebongwanaka sanza misato nyonso.
""")

add("blind-lr/html/decoy-form", "site/admin/login.html", S_HTML, """<!doctype html>
<html lang="fr">
<body>
  <form method="post" action="/admin/login">
    <input name="username" placeholder="Nkombo">
    <input name="password" type="password" placeholder="Mot de passe" autocomplete="current-password">
    <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
  </form>
</body>
</html>
""")

add("blind-lr/html/decoy-maps-embed", "site/contact.html", S_HTML, """<!doctype html>
<html lang="fr">
<body>
  <h1>Biro na biso - Matonge, Kinshasa</h1>
  <p>Tel: +243 81 000 0000 - Email: contact@mbokasound.cd</p>
  <iframe src="https://www.openstreetmap.org/export/embed.html?bbox=15.30,-4.34,15.32,-4.32&layer=mapnik"></iframe>
</body>
</html>
""")

add("blind-lr/sql/decoy-hashed-seed", "db/seeds/agents_demo.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """-- Ba agents ya démo (PIN ebombami na crypt/bcrypt)
INSERT INTO agents (id, zone, pin_hash) VALUES
  ('KIN-0001', 'Matonge', '$2a$10$@@a@@'),
  ('KIN-0002', 'Bandal',  '$2a$10$@@b@@'),
  ('LSH-0001', 'Lubumbashi', '$2a$10$@@c@@');
""", a=rand_pw(53, "./"), b=rand_pw(53, "./"), c=rand_pw(53, "./"))

add("blind-lr/sql/decoy-psql-var", "db/migrations/0043_reporting_pw.sql", "https://www.postgresql.org/docs/current/app-psql.html", """-- Password epesamaka na psql: psql -v reporting_pw="$(vault kv get -field=pw secret/mbl/reporting)"
ALTER ROLE reporting PASSWORD :'reporting_pw';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
-- kobosana te: kolimwisa history ya shell
COMMIT;
""")

add("blind-lr/notebook/decoy-getpass", "analytics/ventes_par_album.ipynb", S_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ba ventes na album (2026)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, requests\\n", "KEY = getpass.getpass('API key: ')\\n", "r = requests.get('https://api.mbokasound.cd/stats', params={'key': KEY})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-lr/log/decoy-masked", "logs/agent-api-2026-12-01.log", S_LOG, """2026-12-01T08:01:12Z INFO  agent-api 4.2.0 started port=8000
2026-12-01T08:04:02Z DEBUG outbound POST https://partners.operator.example.cd/v1/transfer headers={'Authorization': 'Bearer ****'}
2026-12-01T08:04:03Z INFO  cash_out agent=KIN-0412 amount=10000 CDF status=OK tx=@@t@@
2026-12-01T08:05:19Z WARN  float low agent=LSH-0033 float=48000 CDF
2026-12-01T08:06:00Z INFO  login agent=KIN-0413 password=[FILTERED] ok=true
""", t=uuid_s())

add("blind-lr/log/decoy-request-ids", "logs/ussd-gateway.log", S_LOG, """2026-12-02 07:00:01 session=@@a@@ msisdn=+24381*****12 menu=root
2026-12-02 07:00:04 session=@@a@@ input=1 menu=send
2026-12-02 07:00:09 session=@@a@@ input=**** (PIN) menu=confirm
2026-12-02 07:00:10 session=@@a@@ tx=@@b@@ status=OK
2026-12-02 07:00:10 trace=@@c@@ duration_ms=812
""", a=hexs(24), b=uuid_s(), c=hexs(32))

add("blind-lr/csv/decoy-agents-export", "exports/agents_zones.csv", S_CSV, """agent_id,zone,login,password_set,last_login
KIN-0412,Matonge,matonge.0412,yes,2026-12-01
KIN-0413,Bandal,bandal.0413,yes,2026-11-30
LSH-0033,Lubumbashi,lsh.0033,no,
MTD-0007,Matadi,mtd.0007,yes,2026-11-29
""")

add("blind-lr/csv/decoy-isrc", "catalogue/isrc_2026.csv", S_CSV, """isrc,upc,title,artist,duration
CD-MBS-26-00011,@@u1@@,Lisanga ya Bana Kin,Orchestre Mboka,05:42
CD-MBS-26-00012,@@u2@@,Sebene ya Lobi,Orchestre Mboka,06:15
CD-MBS-26-00013,@@u3@@,Matonge Nights,Gracia Lemba,04:58
CD-MBS-26-00014,@@u4@@,Mai ya Ebale,Gracia Lemba,05:03
""", u1=digits(12), u2=digits(12), u3=digits(12), u4=digits(12))

add("blind-lr/history/decoy-history", "ops/home/.bash_history_recon", S_HIST, """cd /srv/recon
git pull
export PGPASSWORD="$(vault kv get -field=password secret/mbl/recon-db)"
psql -h recon-db -U recon -c 'select count(*) from float_gap'
unset PGPASSWORD
exit
""")

add("blind-lr/npmrc/decoy-env-token", "fan-push/.npmrc", S_NPMRC, """registry=https://registry.npmjs.org/
@mbokasound:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
# NODE_AUTH_TOKEN epesamaka na CI (secrets.GITHUB_TOKEN)
""")

add("blind-lr/pgpass/decoy-wildcards", "ops/home/.pgpass.example", S_PGPASS, """# host:port:db:user:password  (kotia password na yo moko, chmod 600)
ledger-db.mbl.internal:5432:ledger:ledger:CHANGE_ME
recon-db.mbl.internal:5432:*:recon:CHANGE_ME
localhost:5432:*:postgres:CHANGE_ME
""" + "# ba fichiers ya solo ezali na git te\n")

add("blind-lr/ssh/decoy-public-key", "ops/keys/deploy_studio.pub", S_SSH, """# Public key ya deploy (ekoki kokabolama)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k@@ deploy@studio-kintambo
# Kotia yango na ~/.ssh/authorized_keys ya serveur
# Private key ezali na machine ya deploy kaka
# Fingerprint: SHA256:@@f@@
""", k=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

add("blind-lr/ssh/decoy-known-hosts", "ops/home/.ssh/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """nas.studio.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@
site.mbokasound.cd ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@b@@
recon-01 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@c@@
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@d@@
ledger-db ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@e@@
""", a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"))

add("blind-lr/pem/decoy-certificate", "deploy/nginx/ssl/shop.mbokasound.cd.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
MIID@@a@@
@@b@@
@@c@@
-----END CERTIFICATE-----
""", a=rand_pw(60, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/"))

# ---------------------------------------------------------------------------------------------
# A few more of each
# ---------------------------------------------------------------------------------------------

add("blind-lr/env/flutterwave", "booking-app/.env.payments", "https://developer.flutterwave.com/docs/integration-guides/authentication", """# Paiement ya ba billets ya concert (cartes + mobile money)
FLW_PUBLIC_KEY=FLWPUBK-@@p@@-X
FLW_SECRET_KEY=@@s@@
FLW_ENCRYPTION_KEY=
TICKET_CURRENCY=USD
""", "FLWSECK-" + hexs(32) + "-X", p=hexs(32))

_TOK6 = slack_bot()
add("blind-lr/k8s-secret/base64-slack-token", "k8s/ops/slackbot-secret.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ventes-slackbot
  namespace: ops
type: Opaque
data:
  SLACK_BOT_TOKEN: @@e@@
  CHANNEL: @@c@@
""", _TOK6, e=b64(_TOK6), c=b64("#ventes"))

add("blind-lr/env/json-value", "agent-api/.env.operators", S_ENV, """# Config ya ba operateurs (JSON mobimba na variable moko)
OPERATORS_JSON={"vodacom":{"url":"https://op1.example.cd","key":"@@s@@"},"airtel":{"url":"https://op2.example.cd","key":""}}
DEFAULT_OPERATOR=vodacom
RETRY=3
TIMEOUT_MS=20000
""", rand_pw(32))

add("blind-lr/rust/hardcoded-key", "mbongolink/receipts/src/sign.rs", S_RS, """// Kosinya ba reçus ya transactions (PDF) na key ya label
const SIGNING_KEY_PEM: &str = "@@s@@";

pub fn signer() -> openssl::pkey::PKey<openssl::pkey::Private> {
    openssl::pkey::PKey::private_key_from_pem(SIGNING_KEY_PEM.as_bytes()).expect("key")
}
""", pem("EC"))

add("blind-lr/yaml/sentry-auth", ".sentryclirc.yml", "https://docs.sentry.io/cli/configuration/", """defaults:
  url: https://sentry.io/
  org: mbokasound
  project: fanapp
auth:
  token: @@s@@
""", "sntrys_" + rand_pw(64))

add("blind-lr/shell/wget-url-password", "scripts/fetch_radio_logs.sh", "https://www.gnu.org/software/wget/manual/wget.html", """#!/bin/sh
# Kozwa ba logs ya diffusion (radio) mpo na droits voisins
MONTH=${1:-$(date +%Y-%m)}
wget -q "ftp://mbokasound:@@s@@@ftp.radiopartners.example.cd/logs/${MONTH}.csv" \\
  -O "/srv/radio-logs/${MONTH}.csv"
echo "Esili: ${MONTH}"
""", rand_pw(18))

add("blind-lr/python/dict-config", "royalties/dsp_clients.py", S_PY, """# Ba clients ya ba plateformes (distribution digitale)
DSP = {
    "boomplay": {"endpoint": "https://partner.boomplay.example.com", "token": None},
    "audiomack": {"endpoint": "https://partners.audiomack.example.com",
                  "token": "@@s@@"},
    "deezer": {"endpoint": "https://partners.deezer.example.com", "token": None},
}
""", rand_pw(40))

add("blind-lr/markdown/handover-note", "notes/passation-papy.md", S_MD, """# Passation (Papy -> Jonathan), décembre 2026

Ndeko, awa ezali makambo ya kolanda:

- Cron ya backup ezali na `recon-01`, tala `crontab -l`.
- Token ya GitLab ya deploy (ebongwani te naino): @@s@@
- Ba clés ya AWS ezali na Vault, kotia yango na machine na yo te.
""", gitlab_token())

add("blind-lr/env/decoy-redacted", "agent-sms/.env.shared", S_ENV, """# Copie ya .env (ba secrets elongolami liboso ya kotinda)
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=[REDACTED]
TWILIO_FROM=+243810000000
ALERT_LANG=ln
""", sid=twilio_sid())

add("blind-lr/yaml/decoy-sops", "config/payout-signing.enc.yaml", "https://github.com/getsops/sops", """payout:
    operator: orange-money-like
    private_key: ENC[AES256_GCM,data:@@d@@,iv:@@i@@,tag:@@t@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:@@acct@@:key/@@k@@
    version: 3.8.1
""", d=rand_pw(120, "+/") + "=", i=rand_pw(43, "+/") + "=", t=rand_pw(22, "+/") + "==", acct=digits(12), k=uuid_s())

add("blind-lr/python/decoy-keyring", "tools/lyrics_translate_v2.py", "https://pypi.org/project/keyring/", """import keyring
from openai import OpenAI

# Key ebombami na keyring ya machine (kokoma yango na code te)
client = OpenAI(api_key=keyring.get_password("openai", "mboka-lyrics"))


def translate(text: str) -> str:
    return client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}]).choices[0].message.content
""")

add("blind-lr/go/decoy-sha-commit", "mbongolink/version/version.go", S_GO, """package version

// Ba valeurs etiyamaka na -ldflags na build
var (
	Version = "4.2.0"
	Commit  = "@@c@@"
	BuildID = "@@b@@"
)
""", c=hexs(40), b=hexs(32))

add("blind-lr/markdown/decoy-rotation-note", "notes/2026-12-rotation.md", S_MD, """# Rotation ya ba secrets (décembre 2026)

| Secret                  | Esili? | Esika ya sika                 |
|-------------------------|--------|-------------------------------|
| Stripe secret key       | eyo    | Vault `secret/shop/stripe`    |
| Token ya Slack bot      | eyo    | Vault `secret/ops/slackbot`   |
| Mot de passe ya ledger  | te     | lobi (Papy)                   |
""")

add("blind-lr/kotlin/decoy-local-properties", "agent-app/local.properties.example", S_GRADLE, """# Copier na local.properties (ezali na .gitignore)
sdk.dir=/Users/YOUR_NAME/Library/Android/sdk
mbl.partnerSecret=PASTE_PARTNER_SECRET_HERE
MBL_RELEASE_STORE_PASSWORD=
MBL_RELEASE_KEY_PASSWORD=
""")

add("blind-lr/json/decoy-appsettings-dev", "Reconciliation/appsettings.Development.json", S_CS, """{
  "ConnectionStrings": {
    "Float": "Server=(localdb)\\\\MSSQLLocalDB;Database=FloatRecon;Trusted_Connection=True"
  },
  "ServiceBus": { "Connection": "UseDevelopmentEmulator=true" },
  "Recon": { "CutoffHour": 22 }
}
""")
