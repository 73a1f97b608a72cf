"""Blind set NP: a Dili coffee co-operative and a Timor-Leste microfinance lender.

The co-operative runs washing stations in Ermera and Maubisse, grades and ships export lots
from Dili; the lender keeps loan books, mobile-money payouts and SMS reminders for its
clients. Notes and comments are partly in Tetum (and Portuguese), as the teams write them.
Generated fakes only (seeds 8230000-8239999).
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
_SEED = [8230000]


def _seed() -> int:
    _SEED[0] += 11
    assert 8230000 <= _SEED[0] <= 8239999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ermera", "Maubisse", "Kafe", "Letefoho", "Railaco", "Atsabe", "Hatulia", "Ramelau", "Tasi", "Loes",
         "Baucau", "Suai", "Liquica", "Aileu", "Same", "Manatuto", "Lautem", "Kalohan", "Fulan", "Rai"]
LOWER = ["kafe", "fulan", "tasi", "foho", "uma", "lalehan", "ai-horis", "kuda", "manu", "bee", "rai", "loron",
         "kalan", "fatuk", "mota", "osan"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(10, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


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


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48, ALNUM + "-_")


def doppler_token() -> str:
    return fakes.fake("dp.st.prd.", 43, _seed())


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


CASES: List[LabelledCase] = []

DOC_ENV = "https://12factor.net/config"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_PY = "https://docs.python.org/3/"
DOC_JS = "https://nodejs.org/api/"
DOC_GO = "https://go.dev/doc/"
DOC_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOC_KT = "https://kotlinlang.org/docs/"
DOC_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
DOC_PHP = "https://www.php.net/manual/en/"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_RS = "https://doc.rust-lang.org/book/"
DOC_SWIFT = "https://www.swift.org/documentation/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_MD = "https://commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-np/{category}", file_name, text, secret, source))


# --- secrets: environment files -------------------------------------------------------------

add("env/database-password", "ermera-station/.env", DOC_ENV, """\
# Estasaun lavajen Ermera - konfigurasaun lokal
STATION_CODE=ERM-02
DB_HOST=10.20.4.11
DB_USER=ermera_app
DB_PASSWORD=@@secret@@
SCALE_PORT=/dev/ttyUSB0
""", words_pw())

add("env/stripe", "kafe-loja/.env.production", DOC_ENV, """\
# Loja online kafé Timor (vende saku 250g ba diaspora)
NODE_ENV=production
STRIPE_PUBLISHABLE_KEY=pk_live_@@pub@@
STRIPE_SECRET_KEY=@@secret@@
SHOP_CURRENCY=USD
""", stripe_key(), pub=fakes.drawn(_seed(), 24))

add("env/sms-gateway", "mikrofinansa/sms-reminder/.env", DOC_ENV, """\
# Lembrete pagamentu ba kliente (SMS Telkomcel / Timor Telecom)
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+67077000000
REMINDER_DAYS_BEFORE=3
""", hexs(32), sid=twilio_sid())

add("env/sendgrid", "export-docs/.env", DOC_ENV, """\
# Haruka email ba importador sira (kontratu, fatura, sertifikadu orijen)
MAIL_FROM=export@kafe-coop.tl
MAIL_REPLY_TO=lots@kafe-coop.tl
SENDGRID_API_KEY=@@secret@@
MAIL_BCC_ARCHIVE=true
""", sendgrid_key())

add("env/django-secret", "loan-portal/.env", DOC_ENV, """\
DJANGO_SETTINGS_MODULE=portal.settings.prod
DJANGO_DEBUG=False
DJANGO_SECRET_KEY='@@secret@@'
DJANGO_ALLOWED_HOSTS=portal.mikrokreditu.tl
TIME_ZONE=Asia/Dili
""", fakes.django_secret_key(_seed()))

add("env/decoy-placeholder", "kafe-loja/.env.example", DOC_ENV, """\
# Kopia ba .env no prienxe ho valor loos (keta commit .env!)
NODE_ENV=development
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
SHOP_CURRENCY=USD
""")

add("env/decoy-empty", "ermera-station/.env.sample", DOC_ENV, """\
# Estasaun lavajen - templatu
STATION_CODE=
DB_HOST=localhost
DB_USER=ermera_app
DB_PASSWORD=
SCALE_PORT=/dev/ttyUSB0
""")

add("env/decoy-env-reference", "mikrofinansa/docker.env", DOC_ENV, """\
# Valor sira mai husi Vault (ikus: secret/data/mikro/prod)
DATABASE_URL=postgres://loans:${LOANS_DB_PASSWORD}@db:5432/loans
REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0
MPAYOUT_API_KEY=${MPAYOUT_API_KEY}
LOG_LEVEL=info
""")

# --- secrets: python ------------------------------------------------------------------------

add("python/database-url", "coop/settings/prod.py", DOC_PY, """\
\"\"\"Konfigurasaun produsaun ba sistema lote esportasaun.\"\"\"
import dj_database_url

from .base import *  # noqa

DEBUG = False
# Base de dadus iha servidor Dili (Timor Telecom colo)
DATABASES = {"default": dj_database_url.parse(
    "postgres://lots_admin:@@secret@@@db.kafe-coop.tl:5432/export_lots")}
ALLOWED_HOSTS = ["lots.kafe-coop.tl"]
""", rand_pw(22))

add("python/slack-webhook", "coop/alerts/cupping_notify.py", DOC_PY, """\
import json
import urllib.request

# Haruka rezultadu kupping ba kanal #kualidade
WEBHOOK = "@@secret@@"


def notify(lot: str, score: float) -> None:
    body = json.dumps({"text": f"Lote {lot}: pontuasaun kupping {score:.2f}"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
""", slack_webhook())

add("python/aws-secret-key", "coop/backup/s3_upload.py", DOC_PY, """\
import boto3

# Backup foto sira husi estasaun Maubisse ba S3 (ap-southeast-2)
s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-southeast-2",
)
s3.upload_file("maubisse_2024.tar.gz", "kafe-coop-backup", "fotos/maubisse_2024.tar.gz")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/split-password", "mikro/etl/sync_branches.py", DOC_PY, """\
import pyodbc

# Sinkroniza empréstimu husi filial Baucau no Suai
CONN = ("DRIVER={ODBC Driver 18 for SQL Server};SERVER=10.8.0.5;DATABASE=LoanBook;"
        "UID=etl_sync;PWD=@@first@@"
        "@@second@@;Encrypt=yes;TrustServerCertificate=yes")


def connect():
    return pyodbc.connect(CONN)
""", "Baucau#Suai2291Kredit", first="Baucau#Suai", second="2291Kredit")

add("python/telegram", "mikro/bot/collector_bot.py", DOC_PY, """\
from telegram.ext import Application, CommandHandler

# Bot ba ofisial kobransa (agente) atu haree lista pagamentu tarde
TOKEN = "@@secret@@"

async def atrazu(update, context):
    await update.message.reply_text("Lista kliente ho pagamentu tarde: /relatoriu")

app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("atrazu", atrazu))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("python/decoy-env-reference", "coop/settings/base.py", DOC_PY, """\
import os

# Segredu hotu mai husi environment - labele hakerek iha ne'e
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASE_URL = os.getenv("DATABASE_URL", "postgres://localhost/export_lots")
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "")
TIME_ZONE = "Asia/Dili"
""")

add("python/decoy-test-fixture", "mikro/tests/test_payout.py", DOC_PY, """\
# Teste sira uza valor falsu deit (la'ós chave loos)
FAKE_API_KEY = "test-key-not-real"
FAKE_PASSWORD = "password123"  # fixture, server mock aceita buat hotu


def test_payout_builds_header(client):
    headers = client.build_headers(api_key=FAKE_API_KEY)
    assert headers["Authorization"] == "Bearer test-key-not-real"
""")

add("python/decoy-hash", "coop/scales/firmware_check.py", DOC_PY, """\
import hashlib

# SHA-256 firmware balansa nian (husi fabrikante), la'ós segredu
EXPECTED_SHA256 = "@@h@@"


def verify(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED_SHA256
""", h=hexs(64))
# --- secrets and decoys: javascript / typescript ----------------------------------------------

add("javascript/mongodb-uri", "loja-api/src/db.js", DOC_JS, """\
const mongoose = require('mongoose');

// Koneksaun ba base dadus loja (order saku kafé)
const uri = 'mongodb+srv://loja_api:@@secret@@@cluster0.kf7tl.mongodb.net/loja?retryWrites=true';

mongoose.connect(uri).then(() => console.log('Konekta ona ba MongoDB'));
module.exports = mongoose;
""", rand_pw(20))

add("typescript/openai", "mikro-assistant/src/llm.ts", DOC_JS, """\
import OpenAI from "openai";

// Asistente atu tradús karta empréstimu ba Tetun / Portugés
const client = new OpenAI({
  apiKey: "@@secret@@",
});

export async function tradus(textu: string): Promise<string> {
  const r = await client.responses.create({ model: "gpt-4o-mini", input: `Tradús ba Tetun: ${textu}` });
  return r.output_text;
}
""", fakes.openai_key(_seed()))

add("javascript/github-token", "coop-scripts/release-notes.js", DOC_JS, """\
// Halo nota lansamentu husi PR sira (repo kafe-coop/traceability)
const { Octokit } = require("@octokit/rest");

const octokit = new Octokit({ auth: "@@secret@@" });

(async () => {
  const prs = await octokit.pulls.list({ owner: "kafe-coop", repo: "traceability", state: "closed" });
  prs.data.forEach((p) => console.log(`- ${p.title}`));
})();
""", fakes.github_token(_seed()))

add("typescript/jwt-secret", "mikro-api/src/auth/jwt.ts", DOC_JS, """\
import jwt from "jsonwebtoken";

// Token ba app agente kampu (validade oras 8)
const JWT_SECRET = "@@secret@@";

export function assina(agenteId: string): string {
  return jwt.sign({ sub: agenteId, role: "agente" }, JWT_SECRET, { expiresIn: "8h" });
}
""", jwt_secret())

add("javascript/basic-auth-header", "loja-api/src/courier.js", DOC_JS, """\
// Courier ba haruka saku kafé husi Dili ba Darwin
const axios = require("axios");

const courier = axios.create({
  baseURL: "https://api.courier-tl.example/v2",
  headers: { Authorization: "Basic @@secret@@" },
});

module.exports = courier;
""", b64("kafecoop:" + words_pw()))

add("javascript/decoy-publishable", "loja-web/src/checkout.js", DOC_JS, """\
// Chave publika Stripe - bele iha browser (la'ós segredu)
import { loadStripe } from "@stripe/stripe-js";

const stripePromise = loadStripe("pk_live_@@pk@@");

export default stripePromise;
""", pk=fakes.drawn(_seed(), 24))

add("typescript/decoy-env-reference", "mikro-api/src/config.ts", DOC_JS, """\
// Konfigurasaun hotu husi process.env (Vault agent injeta iha pod)
export const config = {
  dbUrl: process.env.DATABASE_URL ?? "",
  jwtSecret: process.env.JWT_SECRET!,
  payoutKey: process.env.MPAYOUT_API_KEY!,
  smsToken: process.env.TWILIO_AUTH_TOKEN ?? "",
};
""")

add("javascript/decoy-masked", "loja-api/src/log-config.js", DOC_JS, """\
// Ezemplu output depois de mask (ami la log chave kompletu)
// [INFO] Stripe key loaded: sk_live_****************a9Q2
// [INFO] DB password: ******** (length 20)
const mask = (v) => v ? v.slice(0, 8) + "*".repeat(16) + v.slice(-4) : "";

module.exports = { mask };
""")

# --- go ---------------------------------------------------------------------------------------

add("go/database-dsn", "traceability/cmd/importer/main.go", DOC_GO, """\
package main

import (
\t"database/sql"
\t"log"

\t_ "github.com/lib/pq"
)

// Importa dadus kolleita husi Letefoho no Hatulia
const dsn = "host=10.20.4.11 user=trace_import password=@@secret@@ dbname=trace sslmode=require"

func main() {
\tdb, err := sql.Open("postgres", dsn)
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tdefer db.Close()
}
""", words_pw())

add("go/slack-bot", "traceability/internal/notify/slack.go", DOC_GO, """\
package notify

import "github.com/slack-go/slack"

// Avizu ba ekipa kualidade bainhira lote foun registu ona
var api = slack.New("@@secret@@")

func LoteFoun(id string) error {
\t_, _, err := api.PostMessage("C04KUALIDADE", slack.MsgOptionText("Lote foun: "+id, false))
\treturn err
}
""", slack_bot())

add("go/decoy-env-reference", "traceability/internal/config/config.go", DOC_GO, """\
package config

import "os"

// Labele hakerek password iha kódigu - uza env
type Config struct{ DSN, SlackToken string }

func Load() Config {
\treturn Config{DSN: os.Getenv("TRACE_DSN"), SlackToken: os.Getenv("SLACK_BOT_TOKEN")}
}
""")

# --- java / kotlin ----------------------------------------------------------------------------

add("java/properties-password", "mikro-core/src/main/resources/application-prod.properties", DOC_JAVA, """\
# Sistema empréstimu - perfil produsaun
spring.datasource.url=jdbc:postgresql://db.mikro.tl:5432/loanbook
spring.datasource.username=loanbook_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
app.timezone=Asia/Dili
""", words_pw())

add("java/hardcoded-key", "mikro-core/src/main/java/tl/mikro/payout/MobileMoneyClient.java", DOC_JAVA, """\
package tl.mikro.payout;

import java.net.http.HttpRequest;
import java.net.URI;

/** Kliente ba pagamentu liu husi carteira móvel (desembolsu empréstimu). */
public class MobileMoneyClient {
    private static final String API_KEY = "@@secret@@";

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://api.mpayout.example/v1" + path))
                .header("X-Api-Key", API_KEY);
    }
}
""", "mpk_live_" + rand_pw(32))

add("java/decoy-placeholder", "mikro-core/src/main/resources/application.properties", DOC_JAVA, """\
# Valor default ba dezenvolvimentu lokal (override iha prod husi env)
spring.datasource.url=jdbc:postgresql://localhost:5432/loanbook
spring.datasource.username=loanbook_app
spring.datasource.password=${LOANBOOK_DB_PASSWORD:changeme}
app.timezone=Asia/Dili
""")

add("kotlin/sendgrid", "agente-app/app/src/main/java/tl/mikro/agente/Mailer.kt", DOC_KT, """\
package tl.mikro.agente

// Haruka relatoriu semanal husi agente kampu ba sede Dili
object Mailer {
    private const val SENDGRID_KEY = "@@secret@@"

    fun header(): Map<String, String> = mapOf("Authorization" to "Bearer $SENDGRID_KEY")
}
""", sendgrid_key())

add("kotlin/decoy-buildconfig", "agente-app/app/build.gradle.kts", DOC_KT, """\
android {
    defaultConfig {
        applicationId = "tl.mikro.agente"
        // Chave mai husi local.properties / CI secret, la'ós iha repo
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.mikro.tl/\\"")
    }
}
""")

# --- c# ---------------------------------------------------------------------------------------

add("json/appsettings-connection", "Mikro.Reports/appsettings.Production.json", DOC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "LoanBook": "Server=sql01.mikro.tl;Database=LoanBook;User Id=reports;Password=@@secret@@;Encrypt=True"
  },
  "Relatoriu": { "Lingua": "tet", "Moeda": "USD" }
}
""", words_pw())

add("csharp/azure-secret", "Mikro.Reports/Services/GraphMailer.cs", DOC_CS, """\
using Azure.Identity;

namespace Mikro.Reports.Services;

// Haruka relatoriu portfóliu ba konsellu administrasaun liu husi Microsoft Graph
public static class GraphMailer
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static ClientSecretCredential Credential() => new(TenantId, ClientId, ClientSecret);
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/decoy-appsettings", "Mikro.Reports/appsettings.json", DOC_CS, """\
{
  "ConnectionStrings": {
    "LoanBook": "Server=(localdb)\\\\mssqllocaldb;Database=LoanBook;Trusted_Connection=True"
  },
  "Graph": { "TenantId": "@@tenant@@", "ClientSecret": "" },
  "Relatoriu": { "Lingua": "tet" }
}
""", tenant=uuid_s())

# --- php / ruby / rust / swift ----------------------------------------------------------------

add("php/mysql-password", "site-coop/wp-config.php", DOC_PHP, """\
<?php
// Website ko-operativa (WordPress) - istória agrikultór sira husi Ermera
define( 'DB_NAME', 'kafecoop_wp' );
define( 'DB_USER', 'kafecoop_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
$table_prefix = 'kc_';
""", rand_pw(18, "!#%"))

add("php/decoy-wp-salts", "site-coop/wp-config-sample.php", DOC_PHP, """\
<?php
// Kopia ba wp-config.php; jera salt foun iha https://api.wordpress.org/secret-key/1.1/salt/
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

add("ruby/mailgun", "lots-portal/config/initializers/mailgun.rb", DOC_RB, """\
# Email konfirmasaun kontratu ba importador (Japaun, Austrália, EUA)
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
end

MAILGUN_DOMAIN = 'mg.kafe-coop.tl'
""", mailgun_key())

add("ruby/decoy-credentials-ref", "lots-portal/config/initializers/stripe.rb", DOC_RB, """\
# Chave Stripe husi Rails encrypted credentials (config/credentials.yml.enc)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("rust/redis-url", "scale-gateway/src/main.rs", DOC_RS, """\
use redis::Commands;

// Gateway balansa: simu pezu husi estasaun Maubisse no publika ba Redis
const REDIS_URL: &str = "redis://:@@secret@@@10.20.4.20:6379/2";

fn main() -> redis::RedisResult<()> {
    let client = redis::Client::open(REDIS_URL)?;
    let mut con = client.get_connection()?;
    con.set::<_, _, ()>("maubisse:ultimu_pezu", 0)?;
    Ok(())
}
""", fakes.redis_password(_seed()))

add("swift/google-maps", "AgenteIOS/AgenteIOS/AppDelegate.swift", DOC_SWIFT, """\
import UIKit
import GoogleMaps

// Mapa ba agente atu vizita kliente iha suku sira
@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ app: UIApplication, didFinishLaunchingWithOptions opts: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@secret@@")
        return true
    }
}
""", google_key())
# --- kubernetes / helm / compose ------------------------------------------------------------

_pw = "Kredit*Aileu" + str(random.Random(_seed()).randint(100, 999))
add("k8s-secret/database-password", "deploy/k8s/loanbook-db-secret.yaml", DOC_K8S, """\
# Segredu base dadus LoanBook (namespace mikro-prod)
apiVersion: v1
kind: Secret
metadata:
  name: loanbook-db
  namespace: mikro-prod
type: Opaque
data:
  username: @@user@@
  password: @@pw@@
""", _pw, user=b64("loanbook_app"), pw=b64(_pw))

add("k8s-secret/api-key-stringdata", "deploy/k8s/mpayout-secret.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: mpayout-api
  namespace: mikro-prod
  annotations:
    nota: "chave desembolsu carteira móvel - troka kada fulan 6"
stringData:
  MPAYOUT_API_KEY: "@@secret@@"
""", "mpk_live_" + rand_pw(32))

add("k8s/env-literal", "deploy/k8s/traceability-deployment.yaml", DOC_K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: traceability
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/kafe-coop/traceability:1.8.2
          env:
            - name: TRACE_DSN
              value: "postgres://trace:@@secret@@@trace-db:5432/trace"
            - name: TZ
              value: Asia/Dili
""", rand_pw(24))

add("k8s-secret/decoy-secret-ref", "deploy/k8s/loja-deployment.yaml", DOC_K8S, """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: loja-api
spec:
  template:
    spec:
      containers:
        - name: loja-api
          image: ghcr.io/kafe-coop/loja-api:2.3.0
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: loja-stripe, key: secret-key }
""")

add("k8s-secret/decoy-sealed", "deploy/k8s/loja-stripe-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """\
# SealedSecret - enkriptadu ho chave publika cluster nian, seguru atu commit
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: loja-stripe
  namespace: loja
spec:
  encryptedData:
    secret-key: AgB@@ct@@
""", ct=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("helm/values-password", "charts/loanbook/values-prod.yaml", DOC_HELM, """\
# Valor produsaun ba chart loanbook
replicaCount: 2
image:
  repository: ghcr.io/mikro-tl/loanbook
  tag: "4.1.0"
postgresql:
  auth:
    username: loanbook_app
    password: "@@secret@@"
    database: loanbook
""", words_pw())

add("helm/decoy-values", "charts/loanbook/values.yaml", DOC_HELM, """\
replicaCount: 1
postgresql:
  auth:
    username: loanbook_app
    # Prienxe iha values-<env>.yaml ka uza existingSecret
    password: ""
    existingSecret: loanbook-db
""")

add("compose/mysql-password", "site-coop/docker-compose.yml", DOC_COMPOSE, """\
services:
  wordpress:
    image: wordpress:6.5
    ports: ["8080:80"]
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: kafecoop_wp
      WORDPRESS_DB_PASSWORD: @@secret@@
  db:
    image: mariadb:11
    environment:
      MARIADB_USER: kafecoop_wp
      MARIADB_PASSWORD: @@secret@@
""", rand_pw(16))

add("compose/decoy-variables", "traceability/docker-compose.yml", DOC_COMPOSE, """\
services:
  api:
    build: .
    environment:
      TRACE_DSN: postgres://trace:${TRACE_DB_PASSWORD:?set TRACE_DB_PASSWORD}@db:5432/trace
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/trace_db_password
    secrets: [trace_db_password]
secrets:
  trace_db_password:
    file: ./secrets/trace_db_password.txt
""")

# --- terraform / ansible ----------------------------------------------------------------------

add("terraform/rds-password", "infra/terraform/rds.tf", DOC_TF, """\
# Base dadus LoanBook iha AWS Sydney (ap-southeast-2)
resource "aws_db_instance" "loanbook" {
  identifier        = "mikro-loanbook"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  username          = "loanbook_admin"
  password          = "@@secret@@"
  allocated_storage = 50
}
""", words_pw())

add("terraform/tfvars-token", "infra/terraform/prod.tfvars", DOC_TF, """\
# Variavel produsaun - Cloudflare ba domíniu kafe-coop.tl
zone_name            = "kafe-coop.tl"
cloudflare_api_token = "@@secret@@"
region               = "ap-southeast-2"
environment          = "prod"
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable", "infra/terraform/variables.tf", DOC_TF, """\
variable "db_password" {
  description = "Password admin RDS (husi TF_VAR_db_password iha CI)"
  type        = string
  sensitive   = true
}

variable "region" { default = "ap-southeast-2" }
""")

add("ansible/vars-password", "ops/ansible/group_vars/stations.yml", DOC_ANSIBLE, """\
# Estasaun lavajen sira (Ermera, Maubisse, Letefoho) - Raspberry Pi ho balansa
station_user: kafe
station_tz: Asia/Dili
sync_server: sync.kafe-coop.tl
sync_password: "@@secret@@"
wifi_country: TL
""", passphrase())

add("ansible/decoy-vault", "ops/ansible/group_vars/all/vault.yml", DOC_ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(40))

add("ansible/decoy-vault-ref", "ops/ansible/group_vars/mikro.yml", DOC_ANSIBLE, """\
# Password hotu iha vault.yml (enkriptadu) - iha ne'e referénsia deit
loanbook_db_user: loanbook_app
loanbook_db_password: "{{ vault_loanbook_db_password }}"
mpayout_api_key: "{{ vault_mpayout_api_key }}"
ntp_server: pool.ntp.org
""")

# --- CI ---------------------------------------------------------------------------------------

add("github-actions/npm-token", ".github/workflows/publish-widget.yml", DOC_GHA, """\
name: publish-widget
on: { push: { tags: ["v*"] } }
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      # TODO: muda ba secrets.NPM_TOKEN (agora hanesan ne'e atu teste deit)
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm_token())

add("github-actions/decoy-secrets", ".github/workflows/deploy.yml", DOC_GHA, """\
name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ap-southeast-2
""")

add("gitlab-ci/docker-password", ".gitlab-ci.yml", DOC_GITLAB, """\
stages: [build]
variables:
  REGISTRY: registry.kafe-coop.tl
build:
  stage: build
  script:
    - docker login -u ci-builder -p '@@secret@@' $REGISTRY
    - docker build -t $REGISTRY/traceability:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/traceability:$CI_COMMIT_SHORT_SHA
""", rand_pw(20))

add("gitlab-ci/decoy-masked-variable", "mikro/.gitlab-ci.yml", DOC_GITLAB, """\
# CI_REGISTRY_PASSWORD mai husi GitLab (masked, protected)
build:
  image: docker:24
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
""")

add("dockerfile/build-arg-token", "traceability/Dockerfile", DOC_DOCKER, """\
FROM golang:1.22 AS build
WORKDIR /src
# Modulu privadu husi GitLab ko-operativa
ENV GOPRIVATE=gitlab.kafe-coop.tl
RUN git config --global url."https://oauth2:@@secret@@@gitlab.kafe-coop.tl/".insteadOf "https://gitlab.kafe-coop.tl/"
COPY . .
RUN go build -o /out/importer ./cmd/importer
""", gitlab_token())

add("dockerfile/decoy-secret-mount", "loja-api/Dockerfile", DOC_DOCKER, """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# .npmrc tama liu husi BuildKit secret, la fica iha imajen
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
CMD ["node", "src/server.js"]
""")
# --- toml / ini / json / xml configs ----------------------------------------------------------

add("toml/api-token", "scale-gateway/config/maubisse.toml", DOC_TOML, """\
# Gateway balansa estasaun Maubisse
[station]
code = "MAU-01"
altitude_m = 1450

[upload]
endpoint = "https://trace.kafe-coop.tl/api/v1/weights"
token = "@@secret@@"
""", "trc_" + rand_pw(40))

add("toml/decoy-placeholder", "scale-gateway/config/example.toml", DOC_TOML, """\
# Ezemplu: kopia ba <estasaun>.toml
[station]
code = "XXX-00"

[upload]
endpoint = "https://trace.kafe-coop.tl/api/v1/weights"
token = "<token husi admin trace>"
""")

add("toml/pypi-token", "coop-tools/.pypirc", DOC_PYPIRC, """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/smtp-password", "mikro/reports/relatoriu.ini", DOC_INI, """\
; Relatoriu portfóliu semanal (PAR30, desembolsu, kobransa)
[smtp]
host = smtp.office365.com
port = 587
user = relatoriu@mikro.tl
password = @@secret@@

[relatoriu]
lingua = tet
""", words_pw())

add("ini/decoy-empty", "mikro/reports/relatoriu.example.ini", DOC_INI, """\
; Templatu - prienxe password iha servidor deit
[smtp]
host = smtp.office365.com
port = 587
user = relatoriu@mikro.tl
password =
""")

add("ini/odbc-password", "mikro/etl/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
[LoanBookDSN]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql01.mikro.tl
Database    = LoanBook
UID         = etl_reader
PWD         = @@secret@@
Encrypt     = yes
""", rand_pw(18, "#!"))

add("json/service-account-key", "coop/gcp/sheets-sync-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "kafe-coop-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-sync@kafe-coop-sheets.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"),
    kid=hexs(40))

add("json/decoy-public-config", "loja-web/public/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "projectId": "kafe-loja-tl",
  "authDomain": "kafe-loja-tl.firebaseapp.com",
  "storageBucket": "kafe-loja-tl.appspot.com",
  "messagingSenderId": "@@sid@@",
  "appId": "1:@@sid@@:web:@@app@@"
}
""", sid=str(random.Random(_seed()).randint(10**11, 10**12)), app=hexs(22))

add("json/vscode-sftp", "site-coop/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "hosting kafecoop",
  "host": "ftp.kafe-coop.tl",
  "protocol": "sftp",
  "username": "kafecoop",
  "password": "@@secret@@",
  "remotePath": "/public_html",
  "uploadOnSave": true
}
""", words_pw())

add("xml/maven-settings", "mikro-core/.mvn/settings.xml", "https://maven.apache.org/settings.html", """\
<settings>
  <servers>
    <!-- Repositóriu Nexus interno Mikro -->
    <server>
      <id>mikro-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-env", "mikro-core/ci-settings.xml", "https://maven.apache.org/settings.html", """\
<settings>
  <servers>
    <server>
      <id>mikro-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/web-config", "Mikro.Portal/Web.config", DOC_CS, """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Portal kliente (saldu empréstimu) -->
    <add name="Portal" connectionString="Data Source=sql01.mikro.tl;Initial Catalog=Portal;User ID=portal;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", words_pw())

# --- client configs -------------------------------------------------------------------------

add("npmrc/auth-token", "loja-web/.npmrc", DOC_NPMRC, """\
@kafe-coop:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
fund=false
engine-strict=true
""", fakes.github_token(_seed()))

add("npmrc/decoy-env", "loja-api/.npmrc", DOC_NPMRC, """\
@kafe-coop:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit=false
""")

add("netrc/password", "ops/home/.netrc", DOC_NETRC, """\
# Download relatoriu eksportasaun husi portal alfándega
machine portal.alfandega.gov.tl
  login kafecoop_export
  password @@secret@@
machine api.github.com login ci password x-oauth-basic
""", words_pw())

add("ssh/decoy-config", "ops/home/.ssh/config", DOC_SSH, """\
# Servidor sira ko-operativa
Host trace-prod
  HostName 203.0.113.40
  User deploy
  IdentityFile ~/.ssh/id_ed25519_kafe
Host ermera-pi
  HostName 10.20.4.30
  User kafe
""")

add("pem/private-key", "ops/keys/deploy_trace.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@secret@@
""", pem("RSA"))

add("pem/decoy-public-key", "ops/keys/deploy_trace.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN PUBLIC KEY-----
@@a@@
@@b@@
@@c@@
@@d@@
-----END PUBLIC KEY-----
""", a=fakes.drawn(_seed(), 64, ALNUM + "+/"), b=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 64, ALNUM + "+/"), d=fakes.drawn(_seed(), 24, ALNUM + "+/") + "IDAQAB")

add("ssh/decoy-authorized-keys", "ops/ansible/files/authorized_keys", DOC_SSH, """\
# Chave públika ekipa TI (Dili) - bele commit
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ joao@kafe-coop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ maria@kafe-coop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@ ci@kafe-coop
# ikus atualiza: 2024-03
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# --- shell / powershell -----------------------------------------------------------------------

add("shell/curl-bearer", "ops/scripts/pull_prices.sh", DOC_SH, """\
#!/usr/bin/env bash
# Foti presu kafé arabika (ICE "C") kada loron atu kalkula presu ba agrikultór
set -euo pipefail
curl -fsS https://api.marketdata.example/v1/futures/KC \\
  -H "Authorization: Bearer @@secret@@" \\
  -o /var/lib/coop/presu_$(date +%F).json
""", "mkd_" + rand_pw(36))

add("shell/export-var", "ops/scripts/backup_loanbook.sh", DOC_SH, """\
#!/bin/sh
# Backup LoanBook kada kalan (22:00 Dili)
export PGPASSWORD='@@secret@@'
pg_dump -h db.mikro.tl -U backup loanbook | gzip > /backup/loanbook_$(date +%Y%m%d).sql.gz
unset PGPASSWORD
""", words_pw())

add("shell/heredoc", "ops/scripts/setup_station.sh", DOC_SH, """\
#!/usr/bin/env bash
# Prepara Raspberry Pi foun ba estasaun lavajen
set -e
cat > /etc/coop/sync.conf <<EOF
server=sync.kafe-coop.tl
user=station
password=@@secret@@
EOF
chmod 600 /etc/coop/sync.conf
""", passphrase())

add("shell/decoy-read-prompt", "ops/scripts/rotate_db_pw.sh", DOC_SH, """\
#!/usr/bin/env bash
# Troka password base dadus (pergunta ba operador, la rai iha script)
set -euo pipefail
read -rsp "Password foun: " NEW_PW; echo
psql -h db.mikro.tl -U postgres -c "ALTER ROLE loanbook_app PASSWORD '${NEW_PW}'"
vault kv put secret/mikro/prod/db password="${NEW_PW}"
""")

add("powershell/secure-string", "ops/windows/Sync-Branch.ps1", DOC_PS, """\
# Sinkroniza dadus filial Maliana ba sede Dili
$user = "MIKRO\\svc_sync"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Command -ComputerName srv-maliana -Credential $cred -ScriptBlock { Start-ScheduledTask -TaskName "SyncLoanBook" }
""", words_pw())

add("powershell/decoy-credential-manager", "ops/windows/Backup-Portal.ps1", DOC_PS, """\
# Credential husi Windows Credential Manager (la hakerek password iha script)
$cred = Get-StoredCredential -Target "MikroPortalBackup"
$conn = "Server=sql01.mikro.tl;Database=Portal;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
Invoke-Sqlcmd -ConnectionString $conn -Query "BACKUP DATABASE Portal TO DISK='D:\\bak\\portal.bak'"
Write-Host "Backup remata"
""")
# --- documentation, notes, runbooks ---------------------------------------------------------

add("markdown/runbook-password", "docs/runbook/estasaun-ermera.md", DOC_MD, """\
# Runbook: estasaun lavajen Ermera

## Bainhira balansa la haruka dadus
1. Liga ba Pi: `ssh kafe@10.20.4.30`
2. Haree log: `journalctl -u scale-gateway -n 100`
3. Se sync falla, login manual ba painel sync ho utilizador `station` no password `@@secret@@`
4. Reinisia servisu: `sudo systemctl restart scale-gateway`
""", words_pw())

add("markdown/table-credentials", "docs/wiki/Servidor-sira.md", DOC_MD, """\
# Servidor sira Mikro (atualiza: Marsu 2024)

| Servisu      | Host             | Utilizador   | Password                 |
|--------------|------------------|--------------|--------------------------|
| LoanBook DB  | db.mikro.tl      | loanbook_app | (iha Vault)              |
| Portal admin | portal.mikro.tl  | admin        | @@secret@@ |
| Grafana      | grafana.mikro.tl | admin        | (SSO Microsoft)          |
""", rand_pw(20))

add("markdown/readme-api-key", "mikro-sms/README.md", DOC_MD, """\
# mikro-sms

Servisu lembrete pagamentu ba kliente empréstimu (SMS Tetun).

## Uza
```bash
export SMS_API_KEY=@@secret@@   # chave produsaun Mikro
python -m mikro_sms send --loja Baucau --loron 3
```
""", "smk_live_" + rand_pw(32))

add("markdown/decoy-readme-placeholder", "traceability/README.md", DOC_MD, """\
# traceability

Rastreabilidade kafé husi agrikultór too lote esportasaun (Ermera, Maubisse, Letefoho).

## Konfigura
```bash
cp .env.example .env
export TRACE_DSN="postgres://trace:<password>@localhost:5432/trace"
export SLACK_BOT_TOKEN="xoxb-your-token-here"
go run ./cmd/importer
```
""")

add("markdown/decoy-redacted", "docs/incidents/2024-02-chave-troka.md", DOC_MD, """\
# Insidente 2024-02: chave Stripe publika iha chat

- Loron 12/02 ema ida fahe chave `sk_live_51Nq...REDACTED` iha grupu WhatsApp.
- Ami revoga chave iha loron hanesan (11:40 Dili) no jera foun.
- Chave foun rai iha Vault `secret/loja/stripe` deit.
- Lisaun: keta fahe segredu iha chat; uza 1Password.
""")

add("markdown/notes-portuguese", "docs/notas/reuniao-importador-japao.md", DOC_MD, """\
# Notas da reunião com importador (Yokohama) - 14/03

- Lotes ERM-2024-07 e MAU-2024-03 aprovados (pontuação 86+).
- Acesso ao portal do importador para carregar certificados:
  - utilizador: `kafecoop-dili`
  - senha: `@@secret@@`
- Próximo embarque: contentor 20' via Surabaya.
""", words_pw())

add("rst/docs-connection", "docs/source/deploy.rst", DOC_RST, """\
Deploy LoanBook
===============

Base dadus produsaun::

    psql "postgresql://loanbook_admin:@@secret@@@db.mikro.tl:5432/loanbook?sslmode=require"

Depois migrasaun, reinisia pod sira ho ``kubectl rollout restart deploy/loanbook``.
""", rand_pw(22))

add("rst/decoy-example", "docs/source/api.rst", DOC_RST, """\
Autentikasaun API
=================

Haruka chave iha header ``X-Api-Key``. Ezemplu (chave falsu husi dokumentasaun)::

    curl -H "X-Api-Key: EXAMPLE-KEY-0000" https://api.mikro.tl/v1/loans

Kada parseiru simu chave rasik husi ekipa TI.
""")

add("html/embedded-key", "loja-web/public/mapa-estasaun.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="tet">
<head><title>Estasaun lavajen sira</title></head>
<body>
  <h1>Estasaun lavajen ko-operativa (Ermera, Maubisse, Letefoho)</h1>
  <div id="mapa" style="height:480px"></div>
  <script src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap" async></script>
</body>
</html>
""", google_key())

add("html/decoy-form", "loja-web/public/login.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="tet">
<body>
  <form method="post" action="/login">
    <label>Utilizador <input name="user" placeholder="naran@ezemplu.tl"></label>
    <label>Password <input type="password" name="password" placeholder="••••••••"></label>
    <button>Tama</button>
  </form>
</body>
</html>
""")

add("text/notes-token", "notas/setup-bot-kobransa.txt", DOC_MD, """\
Nota setup bot kobransa (Telegram) - Ana, 02/04

Kria bot liu husi @BotFather, naran "MikroKobransaBot".
Token ne'ebé BotFather fó:
@@secret@@
Tenke rai iha Vault depois - agora uza iha laptop deit atu teste.
""", fakes.telegram_token(_seed()))

add("text/decoy-notes", "notas/checklist-onboarding.txt", DOC_MD, """\
Checklist ba funsionáriu foun (ekipa TI Mikro)

[ ] Kria konta Microsoft 365 (password temporáriu haruka liu SMS, la'ós email)
[ ] Aumenta ba grupu 1Password "Mikro-TI"
[ ] Fó asesu VPN (sertifikadu pessoal)
[ ] Husu ba Joao atu aumenta chave SSH públika iha authorized_keys
""")

# --- shell histories / logs -------------------------------------------------------------------

add("shell-history/mysql-password", "ops/home/.bash_history", DOC_SH, """\
cd /var/www/kafecoop
git pull
sudo systemctl reload nginx
mysql -u kafecoop_wp -p'@@secret@@' kafecoop_wp -e 'select count(*) from kc_posts'
ls -la wp-content/uploads/2024
exit
""", rand_pw(16))

add("shell-history/aws-configure", "ops/home/.zsh_history", DOC_SH, """\
: 1711000000:0;brew install awscli
: 1711000050:0;export AWS_ACCESS_KEY_ID=@@kid@@
: 1711000060:0;export AWS_SECRET_ACCESS_KEY=@@secret@@
: 1711000090:0;aws s3 ls s3://kafe-coop-backup/fotos/
: 1711000120:0;aws s3 sync ./fotos s3://kafe-coop-backup/fotos/ermera/
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("shell-history/decoy-history", "ops/home/.bash_history.old", DOC_SH, """\
vault login -method=oidc
vault kv get -field=password secret/mikro/prod/db
export PGPASSWORD=$(vault kv get -field=password secret/mikro/prod/db)
psql -h db.mikro.tl -U loanbook_app loanbook
history -c
""")

add("log/connection-string", "logs/etl-2024-03-11.log", DOC_LOG, """\
2024-03-11 22:00:01 INFO  etl.sync Hahu sinkronizasaun filial Baucau
2024-03-11 22:00:02 DEBUG etl.db   Connecting with DSN=Server=10.8.0.5;Database=LoanBook;UID=etl_sync;PWD=@@secret@@
2024-03-11 22:00:07 INFO  etl.sync 412 empréstimu atualiza ona
2024-03-11 22:00:08 WARN  etl.sync 3 kliente ho saldu negativu
2024-03-11 22:00:09 INFO  etl.sync Remata
""", words_pw())

add("log/decoy-masked", "logs/payout-2024-03-12.log", DOC_LOG, """\
2024-03-12 09:15:00 INFO payout Desembolsu 58 empréstimu (USD 21,400)
2024-03-12 09:15:01 DEBUG payout auth header X-Api-Key=mpk_live_****************************
2024-03-12 09:15:04 INFO payout request_id=@@rid@@ status=200
2024-03-12 09:15:05 INFO payout Remata (58/58)
2024-03-12 09:15:05 INFO payout tempu 5.1s
""", rid=uuid_s())

add("log/decoy-hashes", "logs/station-sync-maubisse.log", DOC_LOG, """\
2024-05-02 06:30:00 INFO sync upload lote MAU-2024-11 sha256=@@h1@@
2024-05-02 06:30:02 INFO sync upload foto agrikultor 118 sha256=@@h2@@
2024-05-02 06:30:03 INFO sync etag="@@e@@"
2024-05-02 06:30:03 INFO sync session=@@s@@
2024-05-02 06:30:04 INFO sync remata
""", h1=hexs(64), h2=hexs(64), e=hexs(32), s=uuid_s())

# --- csv / sql / notebooks --------------------------------------------------------------------

add("csv/password-column", "ops/inventory/estasaun_wifi.csv", DOC_CSV, """\
estasaun,suku,ssid,wifi_password,pi_ip
ERM-02,Poetete,KafeCoop-ERM02,@@secret@@,10.20.4.30
MAU-01,Maubisse Vila,KafeCoop-MAU01,(troka hela),10.20.5.30
LET-01,Letefoho,KafeCoop-LET01,(iha 1Password),10.20.6.30
HAT-01,Hatulia,KafeCoop-HAT01,(iha 1Password),10.20.7.30
""", passphrase())

add("csv/decoy-lots", "data/lotes_eksportasaun_2024.csv", DOC_CSV, """\
lote,estasaun,kg,pontuasaun,sertifikadu,hash_dokumentu
ERM-2024-07,Ermera,19200,86.5,ORG-TL-0042,@@h1@@
MAU-2024-03,Maubisse,9600,87.25,ORG-TL-0042,@@h2@@
LET-2024-02,Letefoho,12800,85.0,FT-TL-118,@@h3@@
HAT-2024-01,Hatulia,6400,84.75,,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("sql/create-role", "db/migrations/0042_reporting_role.sql", DOC_SQL, """\
-- Kria role ba relatoriu Power BI (lee deit)
CREATE ROLE powerbi_reader LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE loanbook TO powerbi_reader;
GRANT USAGE ON SCHEMA public TO powerbi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO powerbi_reader;
""", words_pw())

add("sql/decoy-password-hash", "db/seeds/0001_admin_user.sql", DOC_SQL, """\
-- Utilizador admin inisiál; hash bcrypt (la'ós password), troka iha login dahuluk
INSERT INTO users (email, password_hash, role, must_change)
VALUES ('admin@mikro.tl',
        '$2b$12$@@h@@',
        'admin', TRUE);
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("notebook/hf-token", "analytics/notebooks/klasifika_grau.ipynb", DOC_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Modelu klasifika defeitu grau kafé (foto husi Ermera)\\n",
    "from huggingface_hub import login\\n",
    "login(token=\\"@@secret@@\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hf_token())

add("notebook/decoy-getpass", "analytics/notebooks/portfoliu_par30.ipynb", DOC_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Análize PAR30 tuir filial (Baucau, Maliana, Suai)\\n",
    "import getpass, sqlalchemy\\n",
    "pw = getpass.getpass('Password LoanBook: ')\\n",
    "eng = sqlalchemy.create_engine(f'postgresql://analyst:{pw}@db.mikro.tl/loanbook')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")
# --- more code: varied carriers ---------------------------------------------------------------

add("python/json-in-string", "mikro/payout/providers.py", DOC_PY, """\
import json

# Konfigurasaun provedor carteira móvel (T-Pay, Mosan) - temporáriu, muda ba Vault
PROVIDERS = json.loads('{"tpay": {"url": "https://api.tpay.example/v2", "secret": "@@secret@@"}, '
                       '"mosan": {"url": "https://mosan.example/api", "secret": null}}')


def secret_for(name: str) -> str:
    return PROVIDERS[name]["secret"]
""", rand_pw(32))

add("python/requests-auth-tuple", "coop/export/alfandega_upload.py", DOC_PY, """\
import requests

# Upload deklarasaun esportasaun ba portal alfándega (ASYCUDA)
PORTAL = "https://asycuda.alfandega.gov.tl/api/declarations"


def upload(xml: bytes) -> int:
    r = requests.post(PORTAL, data=xml, auth=("kafecoop_export", "@@secret@@"), timeout=60)
    return r.status_code
""", words_pw())

add("python/smtp-login", "coop/reports/send_cupping_report.py", DOC_PY, """\
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Relatoriu kupping - semana 12"
msg["From"] = "kualidade@kafe-coop.tl"
msg["To"] = "importador@example.jp"
with smtplib.SMTP("smtp.gmail.com", 587) as s:
    s.starttls()
    s.login("kualidade@kafe-coop.tl", "@@secret@@")
    s.send_message(msg)
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/anthropic", "analytics/summarise_feedback.py", DOC_PY, """\
import anthropic

# Resume komentáriu kliente (Tetun) husi survey satisfasaun
client = anthropic.Anthropic(api_key="@@secret@@")

resp = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=512,
                              messages=[{"role": "user", "content": open("survey.txt").read()}])
print(resp.content[0].text)
""", anthropic_key())

add("python/decoy-example-key", "mikro/docs_examples/quickstart.py", DOC_PY, """\
\"\"\"Ezemplu husi dokumentasaun parseiru sira (chave falsu).\"\"\"
from mikro_client import Client

# Troka ho chave rasik; ida ne'e ezemplu husi dokumentasaun deit
client = Client(api_key="YOUR_API_KEY", base_url="https://sandbox.mikro.tl")
print(client.loans.list(branch="Baucau"))
""")

add("python/decoy-uuid-ids", "coop/traceability/constants.py", DOC_PY, """\
# ID estasaun sira (UUID husi base dadus - la'ós segredu)
STATIONS = {
    "ERM-02": "@@a@@",
    "MAU-01": "@@b@@",
    "LET-01": "@@c@@",
}
DEFAULT_STATION = "ERM-02"
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("javascript/discord-webhook", "coop-scripts/harvest-alert.js", DOC_JS, """\
// Avizu koleita ba grupu Discord agrikultór foin-sa'e (Ermera Youth Coffee)
const fetch = require("node-fetch");

const HOOK = "@@secret@@";

module.exports = async (estasaun, kg) =>
  fetch(HOOK, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `${estasaun}: simu ${kg} kg cherry ohin` }) });
""", discord_webhook())

add("typescript/shopify", "loja-sync/src/shopify.ts", DOC_JS, """\
// Sinkroniza stock saku kafé ho loja Shopify (diaspora Austrália)
const SHOP = "kafe-timor.myshopify.com";
const ACCESS_TOKEN = "@@secret@@";

export async function stock(): Promise<unknown> {
  const r = await fetch(`https://${SHOP}/admin/api/2024-01/products.json`, {
    headers: { "X-Shopify-Access-Token": ACCESS_TOKEN },
  });
  return r.json();
}
""", shopify_token())

add("typescript/decoy-test-fake", "loja-sync/test/shopify.test.ts", DOC_JS, """\
import { describe, it, expect } from "vitest";

// Valor falsu ba teste (mock server) - la'ós token loos
const FAKE_TOKEN = "shpat_00000000000000000000000000000000";

describe("stock", () => {
  it("haruka header", () => expect(FAKE_TOKEN.startsWith("shpat_")).toBe(true));
});
""")

add("go/aws-in-struct", "traceability/internal/storage/s3.go", DOC_GO, """\
package storage

import "github.com/aws/aws-sdk-go-v2/credentials"

// Foto agrikultór ba S3 (TODO: uza IAM role)
var provider = credentials.NewStaticCredentialsProvider(
\t"@@kid@@",
\t"@@secret@@",
\t"",
)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-test-constants", "traceability/internal/notify/slack_test.go", DOC_GO, """\
package notify

import "testing"

// Token falsu ba teste; server httptest la verifika
const testToken = "xoxb-test-token"

func TestLoteFoun(t *testing.T) {
\tif testToken == "" {
\t\tt.Fatal("token mamuk")
\t}
}
""")

add("java/yaml-spring", "mikro-gateway/src/main/resources/application.yml", DOC_JAVA, """\
# Gateway API Mikro
spring:
  application:
    name: mikro-gateway
  data:
    redis:
      host: redis.mikro.tl
      password: @@secret@@
server:
  port: 8080
""", fakes.redis_password(_seed()))

add("java/decoy-yaml-env", "mikro-gateway/src/main/resources/application-dev.yml", DOC_JAVA, """\
spring:
  data:
    redis:
      host: localhost
      password: ${REDIS_PASSWORD:}
  security:
    oauth2:
      client:
        registration:
          azure:
            client-secret: ${AZURE_CLIENT_SECRET}
""")

add("kotlin/jdbc-url", "agente-sync/src/main/kotlin/tl/mikro/sync/Db.kt", DOC_KT, """\
package tl.mikro.sync

import java.sql.DriverManager

// Sinkroniza vizita agente sira ba LoanBook
fun connect() = DriverManager.getConnection(
    "jdbc:postgresql://db.mikro.tl:5432/loanbook?user=agente_sync&password=@@secret@@&ssl=true"
)
""", rand_pw(20))

add("csharp/twilio", "Mikro.Sms/Program.cs", DOC_CS, """\
using Twilio;
using Twilio.Rest.Api.V2010.Account;

// Lembrete pagamentu: "Ita-boot nia pagamentu tuir mai iha loron 3"
TwilioClient.Init("@@sid@@", "@@secret@@");
var msg = MessageResource.Create(body: "Mikro: Ita-boot nia pagamentu tuir mai iha loron 3.",
    from: new Twilio.Types.PhoneNumber("+67077000000"), to: new Twilio.Types.PhoneNumber(args[0]));
Console.WriteLine(msg.Sid);
""", hexs(32), sid=twilio_sid())

add("csharp/decoy-user-secrets", "Mikro.Sms/Mikro.Sms.csproj", DOC_CS, """\
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Segredu iha dotnet user-secrets, la'ós iha repo -->
    <UserSecretsId>@@id@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", id=uuid_s())

add("php/env-laravel", "lots-admin/.env", "https://laravel.com/docs/configuration", """\
APP_NAME="Lotes Admin"
APP_ENV=production
APP_URL=https://lotes.kafe-coop.tl
DB_CONNECTION=mysql
DB_DATABASE=lotes
DB_USERNAME=lotes
DB_PASSWORD=@@secret@@
""", words_pw())

add("php/decoy-config-env", "lots-admin/config/database.php", "https://laravel.com/docs/configuration", """\
<?php
// Konfigurasaun base dadus - valor hotu husi .env
return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'mysql' => [
        'host' => env('DB_HOST', '127.0.0.1'),
        'password' => env('DB_PASSWORD', ''),
    ],
];
""")

add("ruby/database-yml", "lots-portal/config/database.yml", DOC_RB, """\
# Portal importador (Rails)
production:
  adapter: postgresql
  host: db.kafe-coop.tl
  database: lots_portal
  username: lots_portal
  password: @@secret@@
  pool: 5
""", rand_pw(22))

add("ruby/decoy-database-yml", "lots-portal/config/database.yml.example", DOC_RB, """\
production:
  adapter: postgresql
  host: <%= ENV["DB_HOST"] %>
  database: lots_portal
  username: lots_portal
  password: <%= ENV["LOTS_PORTAL_DB_PASSWORD"] %>
""")

add("rust/decoy-config-env", "scale-gateway/src/config.rs", DOC_RS, """\
use std::env;

// Token upload husi env (systemd EnvironmentFile=/etc/coop/gateway.env)
pub fn upload_token() -> String {
    env::var("TRACE_UPLOAD_TOKEN").expect("TRACE_UPLOAD_TOKEN la iha")
}

pub const ENDPOINT: &str = "https://trace.kafe-coop.tl/api/v1/weights";
""")

add("swift/decoy-plist-ref", "AgenteIOS/AgenteIOS/Config.swift", DOC_SWIFT, """\
import Foundation

// Chave mai husi Secrets.xcconfig (la tama iha git)
enum Config {
    static let mapsKey = Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String ?? ""
    static let apiBase = URL(string: "https://api.mikro.tl")!
}
""")

add("swift/bearer-token", "AgenteIOS/AgenteIOS/SyncService.swift", DOC_SWIFT, """\
import Foundation

// Sinkroniza vizita kliente ba sede (temporáriu: token fixu ba pilotu Aileu)
final class SyncService {
    private let token = "@@secret@@"

    func request(_ url: URL) -> URLRequest {
        var r = URLRequest(url: url)
        r.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", "mkr_" + rand_pw(40))
# --- more infrastructure and client configs ---------------------------------------------------

add("docker-config/auths", "ops/home/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """\
{
  "auths": {
    "registry.kafe-coop.tl": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("ci-builder:" + rand_pw(20)))

add("docker-config/decoy-creds-store", "ops/home/.docker/config.json.laptop", "https://docs.docker.com/reference/cli/docker/login/", """\
{
  "auths": {
    "registry.kafe-coop.tl": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
""")

add("kubeconfig/bearer-token", "ops/kube/mikro-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
- name: mikro-prod
  cluster: { server: "https://k8s.mikro.tl:6443" }
users:
- name: ops
  user:
    token: @@secret@@
contexts:
- name: mikro-prod
  context: { cluster: mikro-prod, user: ops }
current-context: mikro-prod
""", base64.urlsafe_b64encode(('{"alg":"RS256","kid":"' + fakes.drawn(_seed(), 43, ALNUM + "_-") + '"}').encode()).decode().rstrip("=")
    + "." + base64.urlsafe_b64encode(('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"kube-system",'
                                      '"kubernetes.io/serviceaccount/service-account.name":"ops-admin","sub":"system:serviceaccount:kube-system:ops-admin","jti":"'
                                      + uuid_s() + '"}').encode()).decode().rstrip("=")
    + "." + fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("kubeconfig/decoy-exec", "ops/kube/coop-eks.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
users:
- name: coop-eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "kafe-coop", "--region", "ap-southeast-2"]
""")

add("git-credentials/token", "ops/home/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://kafe-ci:@@secret@@@gitlab.kafe-coop.tl
https://joao:@@secret2@@@github.com
# ikus: la uza ona (ekipa muda ba SSH)
# haree docs/wiki/Git.md
# 2024-01
""", gitlab_token(), secret2="(revogadu)")

add("pip-conf/index-password", "ops/home/.config/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
# Pakote privadu Mikro (Nexus)
index-url = https://deploy:@@secret@@@nexus.mikro.tl/repository/pypi-group/simple
timeout = 60
trusted-host = nexus.mikro.tl
""", rand_pw(18))

add("rclone/decoy-service-account-ref", "ops/home/.config/rclone/rclone.conf", "https://rclone.org/docs/#config-file", """\
# Backup foto estasaun ba Google Drive ko-operativa
[kafe-drive]
type = drive
scope = drive.file
root_folder_id = @@fid@@
service_account_file = /etc/coop/drive-sa.json
""", fid=fakes.drawn(_seed(), 33, ALNUM + "_-"))

add("wireguard/private-key", "ops/vpn/wg-ermera.conf", "https://www.wireguard.com/quickstart/", """\
# VPN estasaun Ermera -> servidor Dili
[Interface]
Address = 10.99.0.12/24
PrivateKey = @@secret@@

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.kafe-coop.tl:51820
AllowedIPs = 10.20.0.0/16
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("wireguard/decoy-peer-only", "ops/vpn/peers-publiku.conf", "https://www.wireguard.com/quickstart/", """\
# Chave públika peer sira (bele fahe)
[Peer]
# Maubisse
PublicKey = @@a@@
AllowedIPs = 10.99.0.13/32
[Peer]
# Letefoho
PublicKey = @@b@@
AllowedIPs = 10.99.0.14/32
""", a=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    b=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("systemd/environment", "ops/systemd/scale-gateway.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """\
[Unit]
Description=Gateway balansa estasaun lavajen
After=network-online.target

[Service]
Environment=TRACE_UPLOAD_TOKEN=@@secret@@
ExecStart=/usr/local/bin/scale-gateway --port /dev/ttyUSB0
Restart=always

[Install]
WantedBy=multi-user.target
""", "trc_" + rand_pw(40))

add("systemd/decoy-environment-file", "ops/systemd/loanbook-export.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """\
[Unit]
Description=Esporta relatoriu LoanBook ba Banco Central (BCTL)

[Service]
Type=oneshot
EnvironmentFile=/etc/mikro/export.env
LoadCredential=bctl-sftp-key:/etc/mikro/keys/bctl_sftp
ExecStart=/opt/mikro/bin/export-bctl
""")

add("nginx/decoy-htpasswd", "ops/nginx/htpasswd.grafana", "https://httpd.apache.org/docs/current/programs/htpasswd.html", """\
# Asesu Grafana interno (hash bcrypt deit)
admin:$2y$10$@@a@@
ana:$2y$10$@@b@@
joao:$2y$10$@@c@@
monitor:$2y$10$@@d@@
""", a=fakes.drawn(_seed(), 53, ALNUM + "./"), b=fakes.drawn(_seed(), 53, ALNUM + "./"),
    c=fakes.drawn(_seed(), 53, ALNUM + "./"), d=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("nginx/proxy-auth-header", "ops/nginx/sites/mpayout-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """\
# Proxy ba API carteira móvel - aumenta chave iha header
server {
    listen 8443 ssl;
    server_name payout.mikro.internal;
    location / {
        proxy_pass https://api.mpayout.example/v1/;
        proxy_set_header X-Api-Key "@@secret@@";
    }
}
""", "mpk_live_" + rand_pw(32))

add("circleci/env-key", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          SENTRY_AUTH_TOKEN: @@secret@@
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
""", "sntrys_" + rand_pw(60))

add("bitbucket/decoy-repository-variables", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: python:3.12
pipelines:
  default:
    - step:
        name: Teste no deploy
        script:
          - pip install -r requirements.txt
          - pytest -q
          - pipe: atlassian/aws-s3-deploy:1.1.0
            variables: { AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY, S3_BUCKET: kafe-site, LOCAL_PATH: build }
""")

add("azure-pipelines/sql-password", "Mikro.Reports/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  sqlServer: sql01.mikro.tl
  sqlPassword: '@@secret@@'
steps:
  - script: sqlcmd -S $(sqlServer) -U deploy -P $(sqlPassword) -i migrations.sql
    displayName: Migrasaun relatoriu
""", words_pw())

add("jenkins/decoy-credentials-binding", "mikro-core/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'mvn -s ci-settings.xml deploy -Dnexus.user=$U -Dnexus.password=$P'
        }
      }
    }
  }
}
""")

add("jenkins/groovy-password", "ops/jenkins/backup-job.groovy", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
// Job backup foto estasaun (kada domingu)
node('linux') {
    def smbPass = '@@secret@@'
    sh "smbclient //nas.kafe-coop.tl/fotos -U backup%${smbPass} -c 'prompt; mput *.jpg'"
}
""", words_pw())

add("terraform/decoy-data-source", "infra/terraform/secrets.tf", DOC_TF, """\
# Password husi AWS Secrets Manager (la hakerek iha kódigu)
data "aws_secretsmanager_secret_version" "loanbook_db" {
  secret_id = "mikro/prod/loanbook-db"
}

locals {
  db_password = jsondecode(data.aws_secretsmanager_secret_version.loanbook_db.secret_string)["password"]
}
""")

add("terraform/provider-token", "infra/terraform/providers.tf", DOC_TF, """\
terraform {
  required_providers { github = { source = "integrations/github" } }
}

# Jere repo sira kafe-coop (TODO: muda ba GITHUB_TOKEN env)
provider "github" {
  owner = "kafe-coop"
  token = "@@secret@@"
}
""", fakes.github_fine_grained_token(_seed()))

add("ansible/inventory-password", "ops/ansible/inventory/branches.ini", DOC_ANSIBLE, """\
# Servidor filial Mikro (Windows)
[branches]
srv-baucau ansible_host=10.8.1.10
srv-maliana ansible_host=10.8.2.10
srv-suai ansible_host=10.8.3.10

[branches:vars]
ansible_user=Administrator
ansible_password=@@secret@@
ansible_connection=winrm
""", words_pw())

add("ansible/decoy-lookup", "ops/ansible/roles/loanbook/tasks/main.yml", DOC_ANSIBLE, """\
- name: Hakerek konfigurasaun LoanBook
  ansible.builtin.template:
    src: loanbook.env.j2
    dest: /etc/mikro/loanbook.env
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/mikro/prod/db:password') }}"
""")

add("compose/decoy-placeholder-env", "mikro-sms/docker-compose.yml", DOC_COMPOSE, """\
services:
  sms:
    image: ghcr.io/mikro-tl/mikro-sms:1.4
    env_file: .env
    environment:
      TWILIO_AUTH_TOKEN: "changeme"   # troka iha .env servidor
      SMS_DRY_RUN: "true"
""")

add("compose/redis-command", "scale-gateway/docker-compose.yml", DOC_COMPOSE, """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    ports: ["6379:6379"]
  gateway:
    build: .
    depends_on: [redis]
""", fakes.redis_password(_seed()))

add("dockerfile/env-password", "site-coop/Dockerfile", DOC_DOCKER, """\
FROM wordpress:6.5-apache
# Imajen teste ba website (demo ba doador sira)
ENV WORDPRESS_DB_HOST=db \\
    WORDPRESS_DB_USER=kafecoop_wp \\
    WORDPRESS_DB_PASSWORD=@@secret@@
COPY wp-content/themes/kafe /var/www/html/wp-content/themes/kafe
""", rand_pw(16))
# --- notes, wikis, runbooks (Tetum / Portuguese) ----------------------------------------------

add("markdown/handover-note", "docs/notas/entrega-servisu-joao.md", DOC_MD, """\
# Entrega servisu (Joao -> Ana), Abril 2024

Ha'u bá lisensa fulan ida. Buat importante:

- Servidor trace: deploy ho `make deploy` (chave SSH iha 1Password).
- Konta SendGrid ko-operativa: chave API mak `@@secret@@`
  (uza ba email kontratu; limite 100/loron).
- Balansa Maubisse dala ruma para; reinisia Pi deit.
""", sendgrid_key())

add("markdown/wiki-vpn", "docs/wiki/VPN-filial.md", DOC_MD, """\
# VPN ba filial sira (Baucau, Maliana, Suai)

Router MikroTik iha filial ida-idak konekta ba Dili liu IPsec.

Pre-shared key (hanesan ba filial hotu, troka tinan-tinan):

    @@secret@@

Se túnel monu, haree `/ip ipsec active-peers print` iha router.
""", rand_pw(32))

add("markdown/decoy-wiki-rotation", "docs/wiki/Troka-password.md", DOC_MD, """\
# Oinsá troka password servisu sira

1. Jera password foun iha 1Password (naruk 24, simbolu).
2. Atualiza iha Vault: `vault kv put secret/mikro/prod/<servisu> password=<foun>`
3. Reinisia pod: `kubectl rollout restart deploy/<servisu>`
4. Keta hakerek password iha wiki ka chat!
""")

add("markdown/decoy-api-docs", "docs/api/autentikasaun.md", DOC_MD, """\
# API Mikro - autentikasaun

Kada parseiru simu `client_id` no `client_secret`. Ezemplu ho valor falsu:

```http
POST /oauth/token
client_id=demo-client&client_secret=demo-secret-change-me&grant_type=client_credentials
```

Token validade: minutu 60.
""")

add("markdown/decoy-changelog", "traceability/CHANGELOG.md", DOC_MD, """\
# Changelog

## 1.8.2 - 2024-04-02
- Hadi'a sinkronizasaun balansa Maubisse (retry kada 30s).
- Remove `SLACK_TOKEN` hardcoded; agora husi env `SLACK_BOT_TOKEN` (commit @@c@@).
- Aumenta kampu `altitude_m` ba estasaun.
""", c=hexs(40))

add("text/runbook-portuguese", "docs/runbook/exportacao-contentor.txt", DOC_MD, """\
PROCEDIMENTO - EXPORTAÇÃO DE CONTENTOR (Dili -> Surabaya)

1. Confirmar peso final no armazém de Comoro.
2. Submeter declaração no portal da alfândega:
   https://kafecoop_export:@@secret@@@asycuda.alfandega.gov.tl/login
3. Enviar B/L ao importador por email.
4. Arquivar cópia no Drive (pasta Exportação 2024).
""", rand_pw(14))

add("text/decoy-runbook", "docs/runbook/desembolsu.txt", DOC_MD, """\
PROSEDIMENTU DESEMBOLSU EMPRÉSTIMU

1. Gerente filial aprova iha LoanBook.
2. Sistema haruka pedidu ba carteira móvel (chave API iha Vault: secret/mikro/prod/mpayout).
3. Kliente simu SMS konfirmasaun.
4. Se falla: haree log payout, keta repete manual.
""")

add("rst/wiki-credentials", "docs/source/ops/sms-gateway.rst", DOC_RST, """\
SMS gateway
===========

Konta provedor SMS (Timor Telecom bulk SMS):

:URL: https://bulksms.telecom.tl/api
:Utilizador: mikro_lembrete
:Password: @@secret@@

Limite: 5000 SMS/loron.
""", words_pw())

add("rst/decoy-config-doc", "docs/source/config.rst", DOC_RST, """\
Konfigurasaun
=============

.. code-block:: ini

   [smtp]
   password = ${SMTP_PASSWORD}

Valor ``SMTP_PASSWORD`` mai husi Vault.
""")

add("html/wiki-export", "docs/wiki-export/acesso-portal.html", DOC_HTML, """\
<html>
<head><meta charset="utf-8"><title>Acesso portal importador</title></head>
<body>
<h2>Portal importador (Melbourne)</h2>
<p>Entrar com <b>kafecoop</b> / <code>@@secret@@</code> para carregar amostras e certificados.</p>
<p>Atualizado por Maria, 2024-02-20.</p>
</body>
</html>
""", words_pw())

add("html/decoy-recaptcha", "loja-web/public/contato.html", DOC_HTML, """\
<!DOCTYPE html>
<html lang="pt">
<body>
  <form action="/contato" method="post">
    <textarea name="mensagem"></textarea>
    <div class="g-recaptcha" data-sitekey="6L@@k@@"></div>
    <button>Enviar</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 38, ALNUM + "_-"))

# --- more secrets in varied forms -------------------------------------------------------------

_pp = "E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "_-")
add("javascript/split-concat", "loja-api/src/payments/paypal.js", DOC_JS, """\
// PayPal ba kliente diaspora iha Portugal
const CLIENT_ID = "@@cid@@";
const CLIENT_SECRET = "@@first@@" +
  "@@second@@";

module.exports = { CLIENT_ID, CLIENT_SECRET, mode: "live" };
""", _pp, cid="A" + fakes.drawn(_seed(), 79, ALNUM + "_-"), first=_pp[:40], second=_pp[40:])

_key = pem("OPENSSH")
add("yaml/pem-block", "deploy/config/bctl-sftp.yaml", DOC_YAML, """\
# Relatoriu mensal ba Banco Central de Timor-Leste (SFTP)
bctl_sftp:
  host: sftp.bancocentral.tl
  user: mikro_report
  private_key: |
    @@key@@
""", _key, key=_key.replace("\n", "\n    "))
add("k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", DOC_K8S, """\
# Pull imajen husi registry ko-operativa
apiVersion: v1
kind: Secret
metadata:
  name: kafe-registry
  namespace: traceability
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@data@@
""", _reg_pw := rand_pw(22), data=b64('{"auths":{"registry.kafe-coop.tl":{"username":"puller","password":"' + _reg_pw + '"}}}'))

add("k8s-secret/decoy-external-secret", "deploy/k8s/loanbook-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: loanbook-db
spec:
  secretStoreRef: { name: vault-mikro, kind: ClusterSecretStore }
  target: { name: loanbook-db }
  data:
    - secretKey: password
      remoteRef: { key: secret/mikro/prod/db, property: password }
""")

add("k8s-secret/decoy-empty-data", "deploy/k8s/sms-secret.template.yaml", DOC_K8S, """\
# Templatu - prienxe ho `kubectl create secret` iha cluster, keta commit valor
apiVersion: v1
kind: Secret
metadata:
  name: mikro-sms
type: Opaque
data:
  TWILIO_AUTH_TOKEN: ""
  TWILIO_ACCOUNT_SID: ""
""")

add("k8s/configmap-leak", "deploy/k8s/reports-configmap.yaml", DOC_K8S, """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: reports-config
  namespace: mikro-prod
data:
  RELATORIU_LINGUA: tet
  SMTP_HOST: smtp.office365.com
  SMTP_USER: relatoriu@mikro.tl
  SMTP_PASSWORD: "@@secret@@"
""", words_pw())

add("helm/decoy-existing-secret", "charts/traceability/values-prod.yaml", DOC_HELM, """\
image:
  repository: ghcr.io/kafe-coop/traceability
  tag: "1.8.2"
database:
  host: trace-db
  user: trace
  existingSecret: trace-db
  existingSecretPasswordKey: password
slack:
  tokenSecretRef: { name: trace-slack, key: bot-token }
""")

add("helm/set-flag", "ops/scripts/helm_install_grafana.sh", DOC_HELM, """\
#!/usr/bin/env bash
# Instala Grafana ba monitorizasaun servidor Mikro
helm upgrade --install grafana grafana/grafana \\
  --namespace monitoring --create-namespace \\
  --set adminUser=admin \\
  --set adminPassword='@@secret@@' \\
  --set persistence.enabled=true
""", words_pw())

add("yaml/decoy-sops", "deploy/secrets/mpayout.enc.yaml", "https://github.com/getsops/sops", """\
mpayout_api_key: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-southeast-2:111122223333:key/@@kid@@
    lastmodified: "2024-04-01T02:11:09Z"
    version: 3.8.1
""", d=fakes.drawn(_seed(), 56, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", kid=uuid_s())

add("yaml/decoy-analytics-id", "docs/mkdocs.yml", "https://www.mkdocs.org/user-guide/configuration/", """\
site_name: Dokumentasaun Ko-operativa Kafé
repo_url: https://github.com/kafe-coop/docs
theme:
  name: material
  language: pt
extra:
  analytics:
    provider: google
    property: G-@@g@@
""", g=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("yaml/app-config-token", "traceability/config/prod.yaml", DOC_YAML, """\
# Konfigurasaun produsaun traceability
server:
  port: 8080
notify:
  slack_channel: "#kualidade"
  slack_token: @@secret@@
stations: [ERM-02, MAU-01, LET-01, HAT-01]
""", slack_bot())

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """\
version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: "/loja-web"
    registries: [npm-github]
    schedule: { interval: weekly }
""")

add("github-actions/curl-webhook", ".github/workflows/notify-release.yml", DOC_GHA, """\
name: notify-release
on: { release: { types: [published] } }
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Avizu iha Slack ekipa
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Versaun foun traceability: ${{ github.ref_name }}"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", DOC_GHA, """\
name: terraform
on: { pull_request: {} }
permissions: { id-token: write, contents: read }
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with: { role-to-assume: "arn:aws:iam::111122223333:role/gha-terraform", aws-region: ap-southeast-2 }
      - run: terraform init && terraform plan
""")

add("python/decoy-settings-test", "coop/settings/test.py", DOC_PY, """\
from .base import *  # noqa

# Teste deit - valor la'ós segredu
SECRET_KEY = "django-insecure-test-only-do-not-use"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
""")

add("python/stripe-restricted", "loja-api/scripts/refunds.py", DOC_PY, """\
import stripe

# Devolve osan ba order ne'ebé kafé la to'o (rejistu husi courier)
stripe.api_key = "@@secret@@"

for order_id in open("orders_falla.txt").read().split():
    stripe.Refund.create(payment_intent=order_id)
    print("Devolve ona:", order_id)
""", fakes.fake("rk_live_", 99, _seed()))

add("python/doppler", "mikro/bootstrap.py", DOC_PY, """\
import subprocess

# Foti konfigurasaun husi Doppler (service token produsaun)
DOPPLER_TOKEN = "@@secret@@"

env = subprocess.check_output(["doppler", "secrets", "download", "--no-file", "--format", "env"],
                              env={"DOPPLER_TOKEN": DOPPLER_TOKEN}).decode()
print(len(env.splitlines()), "variavel")
""", doppler_token())

add("python/decoy-checksum-table", "coop/scales/models.py", DOC_PY, """\
# Modelu balansa no checksum firmware (publiku husi fabrikante)
SCALES = {
    "Ohaus-Defender-5000": {"fw": "2.14", "md5": "@@a@@"},
    "AND-SC-60K": {"fw": "1.03", "md5": "@@b@@"},
    "Mettler-ICS425": {"fw": "3.0.1", "md5": "@@c@@"},
}
""", a=hexs(32), b=hexs(32), c=hexs(32))

add("go/decoy-public-key-pin", "traceability/internal/tlsconf/pins.go", DOC_GO, """\
package tlsconf

// Pin SPKI sha256 (publiku) ba servidor sync
var Pins = []string{
\t"sha256/@@a@@",
\t"sha256/@@b@@",
}
""", a=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    b=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("go/mongodb", "mikro-visits/main.go", DOC_GO, """\
package main

import (
\t"context"

\t"go.mongodb.org/mongo-driver/mongo"
\t"go.mongodb.org/mongo-driver/mongo/options"
)

// Rejistu vizita agente (GPS, foto) - piloto Aileu no Ermera
func connect(ctx context.Context) (*mongo.Client, error) {
\treturn mongo.Connect(ctx, options.Client().ApplyURI("mongodb://visits:@@secret@@@mongo.mikro.tl:27017/visits?authSource=admin"))
}
""", rand_pw(20))
add("java/decoy-keystore-ref", "mikro-core/src/main/resources/application-tls.properties", DOC_JAVA, """\
# TLS ba API Mikro - password keystore husi env
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/mikro.p12
server.ssl.key-store-type=PKCS12
server.ssl.key-store-password=${KEYSTORE_PASSWORD}
server.ssl.key-alias=mikro-api
""")

add("java/mail-properties", "mikro-core/src/main/resources/mail.properties", DOC_JAVA, """\
# Email notifikasaun ba kliente (Portugés no Tetun)
mail.smtp.host=smtp.gmail.com
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.user=notifikasaun@mikro.tl
mail.smtp.password=@@secret@@
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("kotlin/firebase-server-key", "agente-app/server/src/main/kotlin/Push.kt", DOC_KT, """\
package tl.mikro.push

// Haruka notifikasaun push ba app agente (vizita foun)
object Push {
    private const val SERVER_KEY = "@@secret@@"
    fun headers() = mapOf("Authorization" to "key=$SERVER_KEY", "Content-Type" to "application/json")
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("kotlin/decoy-local-properties", "agente-app/local.properties.example", DOC_KT, """\
## Kopia ba local.properties (la tama iha git)
sdk.dir=/Users/<naran>/Library/Android/sdk
MAPS_KEY=
RELEASE_STORE_PASSWORD=
RELEASE_KEY_PASSWORD=
""")

add("csharp/decoy-key-vault", "Mikro.Portal/Program.cs", DOC_CS, """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// Segredu hotu husi Azure Key Vault (Managed Identity)
builder.Configuration.AddAzureKeyVault(new Uri("https://kv-mikro-prod.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/", () => "Portal kliente Mikro");
app.Run();
""")

add("csharp/connection-in-code", "Mikro.Reports/Data/PortfolioRepository.cs", DOC_CS, """\
using Microsoft.Data.SqlClient;

namespace Mikro.Reports.Data;

// Portfóliu tuir filial (Baucau, Maliana, Suai, Dili)
public class PortfolioRepository
{
    private const string Conn = "Server=sql01.mikro.tl;Database=LoanBook;User Id=reports;" +
                                "Password=@@secret@@;TrustServerCertificate=True";
    public SqlConnection Open() { var c = new SqlConnection(Conn); c.Open(); return c; }
}
""", words_pw())

add("php/api-array", "site-coop/wp-content/plugins/kafe-loja/config.php", DOC_PHP, """\
<?php
// Plugin loja: integra ho courier no pagamentu
return [
    'courier_url' => 'https://api.courier-tl.example/v2',
    'courier_key' => '@@secret@@',
    'moeda'       => 'USD',
];
""", "ck_" + hexs(40))

add("php/decoy-getenv", "site-coop/wp-content/plugins/kafe-loja/stripe.php", DOC_PHP, """\
<?php
// Chave Stripe husi wp-config / env servidor
$stripe_secret = getenv('STRIPE_SECRET_KEY') ?: '';
if ($stripe_secret === '') {
    error_log('kafe-loja: STRIPE_SECRET_KEY la iha');
}
""")

add("ruby/decoy-rspec-fixture", "lots-portal/spec/support/fake_keys.rb", DOC_RB, """\
# Chave falsu ba spec (VCR filtra valor loos)
module FakeKeys
  MAILGUN = "key-00000000000000000000000000000000"
  STRIPE  = "sk_test_FAKEFAKEFAKEFAKE"
end
# fim
""")

add("ruby/capistrano-password", "lots-portal/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """\
# Deploy portal importador ba servidor Dili
server "203.0.113.40", user: "deploy", roles: %w[app db web]

set :ssh_options, {
  auth_methods: %w[password],
  password: "@@secret@@",
}
""", words_pw())

add("rust/decoy-test-key", "scale-gateway/tests/upload.rs", DOC_RS, """\
// Teste upload ho server mock (token falsu)
const FAKE_TOKEN: &str = "trc_test_not_a_real_token";

#[test]
fn header_has_token() {
    assert!(format!("Bearer {FAKE_TOKEN}").starts_with("Bearer trc_test"));
}
""")

add("rust/hmac-key", "scale-gateway/src/sign.rs", DOC_RS, """\
use hmac::{Hmac, Mac};
use sha2::Sha256;

// Asina pezu husi balansa atu servidor bele verifika (anti-fraude)
const HMAC_KEY: &[u8] = b"@@secret@@";

pub fn sign(payload: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(HMAC_KEY).unwrap();
    mac.update(payload);
    mac.finalize().into_bytes().to_vec()
}
""", rand_pw(40))

add("powershell/azure-connect", "ops/windows/Connect-MikroAzure.ps1", DOC_PS, """\
# Konekta ba Azure atu halo backup Key Vault (script ekipa TI)
$tenant = "@@tenant@@"
$appId  = "@@app@@"
$secret = "@@secret@@" | ConvertTo-SecureString -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
""", azure_secret(), tenant=uuid_s(), app=uuid_s())

add("powershell/decoy-get-credential", "ops/windows/Map-Share.ps1", DOC_PS, """\
# Liga share arkivu (operador hatama password)
$cred = Get-Credential -Message "Password ba \\\\nas.mikro.tl\\arkivu"
New-PSDrive -Name "A" -PSProvider FileSystem -Root "\\\\nas.mikro.tl\\arkivu" -Credential $cred -Persist
Write-Host "Share arkivu liga ona"
# ikus
""")

add("batch/net-use", "ops/windows/map_drive.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """\
@echo off
REM Liga drive arkivu filial (Baucau)
net use Z: \\\\nas.mikro.tl\\arkivu @@secret@@ /user:MIKRO\\arkivu_baucau /persistent:yes
if errorlevel 1 echo Falla liga drive
exit /b 0
""", words_pw())

add("shell/mysqldump-args", "site-coop/scripts/backup_wp.sh", DOC_SH, """\
#!/bin/bash
# Backup website kada semana
DATA=$(date +%F)
mysqldump --user=kafecoop_wp --password="@@secret@@" kafecoop_wp > /backup/wp_$DATA.sql
gzip /backup/wp_$DATA.sql
""", rand_pw(16))

add("shell/decoy-vault-read", "ops/scripts/deploy_loja.sh", DOC_SH, """\
#!/usr/bin/env bash
set -euo pipefail
# Chave husi Vault iha momentu deploy
STRIPE_SECRET_KEY="$(vault kv get -field=secret_key secret/loja/stripe)"
kubectl -n loja create secret generic loja-stripe --from-literal=secret-key="$STRIPE_SECRET_KEY" --dry-run=client -o yaml | kubectl apply -f -
""")

add("shell/ssh-sshpass", "ops/scripts/pull_station_photos.sh", DOC_SH, """\
#!/usr/bin/env bash
# Foti foto husi Pi estasaun Letefoho (la iha chave SSH - temporáriu)
for f in $(sshpass -p '@@secret@@' ssh kafe@10.20.6.30 ls /data/fotos); do
  sshpass -p '@@secret@@' scp kafe@10.20.6.30:/data/fotos/$f ./fotos/letefoho/
done
""", passphrase())
# --- last secrets: logs, histories, data files, notebooks -------------------------------------

add("log/http-url-credentials", "logs/nginx-trace-error.log", DOC_LOG, """\
2024/04/03 06:12:09 [error] 811#811: *42 upstream timed out, client: 10.20.5.30, server: trace.kafe-coop.tl
2024/04/03 06:12:10 [warn] 811#811: retry sync from MAU-01
2024/04/03 06:12:11 [error] 811#811: *43 proxy to "https://station:@@secret@@@sync.kafe-coop.tl/upload" failed (111: Connection refused)
2024/04/03 06:12:40 [notice] 811#811: sync restored
2024/04/03 06:13:00 [notice] 811#811: 3 uploads pending
""", passphrase())

add("log/decoy-access-log", "logs/portal-access.log", DOC_LOG, """\
203.0.113.7 - - [03/Apr/2024:09:01:12 +0900] "GET /api/v1/loans?branch=Baucau HTTP/1.1" 200 5120 "-" "okhttp/4.12"
203.0.113.7 - - [03/Apr/2024:09:01:13 +0900] "GET /api/v1/clients/4471 HTTP/1.1" 200 812 "-" "okhttp/4.12"
203.0.113.9 - - [03/Apr/2024:09:02:01 +0900] "POST /oauth/token HTTP/1.1" 401 64 "-" "curl/8.4"
203.0.113.9 - - [03/Apr/2024:09:02:05 +0900] "POST /oauth/token HTTP/1.1" 200 1210 "-" "curl/8.4"
203.0.113.7 - - [03/Apr/2024:09:03:44 +0900] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""")

add("shell-history/curl-user", "ops/home/.bash_history.ana", DOC_SH, """\
cd ~/mikro
curl -u mikro_api:@@secret@@ https://api.mpayout.example/v1/balance
curl -u mikro_api:@@secret@@ https://api.mpayout.example/v1/transactions?date=2024-04-02
less ~/relatoriu/par30.csv
exit
""", rand_pw(24))

add("shell-history/psql-uri", "ops/home/.psql_history_cmds", DOC_SH, """\
psql "postgresql://powerbi_reader:@@secret@@@db.mikro.tl:5432/loanbook"
\\dt
select branch, count(*) from loans where status = 'atrazu' group by 1;
\\q
exit
""", words_pw())

add("csv/api-keys-export", "ops/inventory/parseiru_api.csv", DOC_CSV, """\
parseiru,ambiente,client_id,client_secret,nota
BNCTL,prod,bnctl-prod,@@secret@@,troka 2024-06
KafeImport-JP,sandbox,kij-sandbox,demo-secret-change-me,sandbox deit
Courier-TL,prod,courier-prod,(iha Vault),
Fundasaun X,prod,fx-prod,(revogadu),la uza ona
""", rand_pw(40))

add("notebook/aws-keys", "analytics/notebooks/foto_s3_stats.ipynb", DOC_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Total foto agrikultór tuir estasaun\\n",
    "import boto3\\n",
    "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "print(s3.list_objects_v2(Bucket='kafe-coop-backup', Prefix='fotos/')['KeyCount'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("sql/linked-server", "db/scripts/link_branch_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", """\
-- Liga servidor filial Maliana ba sede (relatoriu konsolidadu)
EXEC sp_addlinkedserver @server = N'SRV_MALIANA', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'10.8.2.10';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'SRV_MALIANA', @useself = N'False',
     @rmtuser = N'sync_maliana', @rmtpassword = N'@@secret@@';
GO
""", words_pw())

add("env/gitlab-runner", "ops/runner/.env", DOC_ENV, """\
# GitLab runner iha servidor Dili
CI_SERVER_URL=https://gitlab.kafe-coop.tl
RUNNER_NAME=dili-runner-01
RUNNER_TOKEN=@@secret@@
RUNNER_EXECUTOR=docker
""", fakes.fake("glrt-", 20, _seed()))

add("env/openai-key", "analytics/.env", DOC_ENV, """\
# Análize feedback kliente (Tetun -> Inglés)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
SURVEY_PATH=data/survey_2024.csv
LINGUA=tet
""", fakes.openai_key(_seed()))

add("json/composer-auth", "lots-admin/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "bitbucket-oauth": {}
}
""", fakes.github_token(_seed()))

add("xml/nuget-config", "Mikro.Reports/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="mikro" value="https://nexus.mikro.tl/repository/nuget-group/" />
  </packageSources>
  <packageSourceCredentials>
    <mikro>
      <add key="Username" value="deploy" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </mikro>
  </packageSourceCredentials>
</configuration>
""", rand_pw(20))

add("toml/cargo-credentials", "scale-gateway/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# Registry privadu ko-operativa (crates interno)
[registries.kafe]
token = "@@secret@@"

[registry]
# crates.io la uza
""", "kafe_" + rand_pw(32))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """\
openapi: 3.1.0
info: { title: API Mikro, version: "1.2" }
components:
  securitySchemes:
    ApiKey: { type: apiKey, in: header, name: X-Api-Key }
  examples:
    ApiKeyExample:
      summary: Chave ezemplu (la funsiona)
      value: "mpk_test_EXAMPLE000000000000000000000"
""")

add("markdown/decoy-readme-badges", "loja-web/README.md", DOC_MD, """\
# loja-web

![build](https://github.com/kafe-coop/loja-web/actions/workflows/ci.yml/badge.svg)

Loja online kafé Timor-Leste (Ermera, Maubisse). Chave publika Stripe iha `src/checkout.js`
(`pk_live_...`, bele iha browser). Chave sekreta iha Vault deit.

Hahú: `npm ci && npm run dev`
""")
add("python/ftp-login", "coop/export/upload_certificates.py", DOC_PY, """\
from ftplib import FTP_TLS

# Upload sertifikadu orgániku (PDF) ba servidor sertifikadora iha Jakarta
with FTP_TLS("ftp.certifier.example") as ftp:
    ftp.login("kafecoop_tl", "@@secret@@")
    ftp.prot_p()
    with open("ORG-TL-0042_2024.pdf", "rb") as fh:
        ftp.storbinary("STOR ORG-TL-0042_2024.pdf", fh)
""", words_pw())

add("yaml/alertmanager-webhook", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """\
# Alerta servidor Mikro ba kanal #ops-alerta
route:
  receiver: slack-ops
receivers:
  - name: slack-ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-alerta"
        title: "Alerta: {{ .CommonLabels.alertname }}"
""", slack_webhook())
