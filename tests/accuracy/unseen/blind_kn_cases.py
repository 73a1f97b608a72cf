"""Blind set KN: leather tanneries of Kano and groundnut-oil pressers in northern Nigeria.

Exporters of hides, skins and finished leather (Challawa, Sharada, Bompai) and groundnut-oil mills
(Kumbotso, Dawakin Tofa, Zaria): their payment gateways and mobile money (Paystack, Flutterwave,
Remita, Interswitch), SMS (Termii, Africa's Talking, Twilio), logistics and export paperwork, CI and
cloud, with notes and comments partly in Hausa, and their decoys. Generated fakes only
(seeds 5570000-5579999).
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
SEED_LOW, SEED_HIGH = 5570000, 5579999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Fata", "Gyada", "Dala", "Kurmi", "Tiga", "Bompai", "Sharada", "Zuma", "Rimi", "Kwari",
         "Gwani", "Tauraro", "Damina", "Kogi", "Sabo", "Jakara", "Goron", "Dutse", "Hadejia", "Rano"]
LOWER = ["rakumi", "gyada", "fata", "kasuwa", "zaki", "tumaki", "akuya", "riga", "wuta", "ruwa",
         "dawa", "masara", "shinkafa", "doki", "tsuntsu", "birni"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def paystack_sk() -> str:
    return "sk_live_" + hexs(40)


def paystack_pk() -> str:
    return "pk_live_" + hexs(40)


def flw_sk() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


def flw_pk() -> str:
    return "FLWPUBK-" + hexs(32) + "-X"


def termii_key() -> str:
    return "TL" + rand_pw(58)


def at_key() -> str:
    return "atsk_" + hexs(64)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"


def azure_account_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    r = _rng()
    return "sk.eyJ1Ijoia2Fub2ZhdGEiLCJhIjoi" + "".join(r.choice(ALNUM) for _ in range(25)) + "In0." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def mapbox_public() -> str:
    r = _rng()
    return "pk.eyJ1Ijoia2Fub2ZhdGEiLCJhIjoi" + "".join(r.choice(ALNUM) for _ in range(25)) + "In0." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def pypi_token() -> str:
    return fakes.pypi_token(_seed())


def gh_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def jwt_like() -> str:
    """A signed token's shape (header.payload.signature), for a bearer token pasted in a note."""
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    payload = base64.urlsafe_b64encode(json.dumps({"sub": f"merchant-{r.randint(1000, 9999)}", "iat": 1767000000 + r.randint(0, 9999999)}).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{header}.{payload}.{sig}"


def sealed_blob(n: int = 300) -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(ALNUM + "+/") for _ in range(n)) + "=="


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    if secret is not None:
        text = text.replace("@@secret@@", secret)
    assert "@@" not in text, file_name
    assert category.startswith("blind-kn/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
PAYSTACK = "https://paystack.com/docs/api/authentication/"
FLW = "https://developer.flutterwave.com/docs/authentication"
REMITA = "https://api.remita.net/"
TERMII = "https://developers.termii.com/messaging-api"
AT = "https://developers.africastalking.com/docs/sms/sending"
TWILIO = "https://www.twilio.com/docs/usage/requests-to-twilio"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language/providers/configuration"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
AWS_CREDS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
MARKDOWN = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
SQL_PG = "https://www.postgresql.org/docs/current/sql-createrole.html"
LIBPQ = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
BASH_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
LARAVEL = "https://laravel.com/docs/11.x/configuration#environment-configuration"
CARGO = "https://doc.rust-lang.org/cargo/reference/config.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SOPS = "https://github.com/getsops/sops#usage"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#usage"
GCP_SA = "https://cloud.google.com/iam/docs/keys-create-delete"
AZURE_CONN = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
SLACK_HOOK = "https://api.slack.com/messaging/webhooks"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started"
MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
INI = "https://docs.python.org/3/library/configparser.html"
POWERSHELL = "https://learn.microsoft.com/en-us/powershell/scripting/learn/deep-dives/everything-about-hashtable"
SSH_CONFIG = "https://man.openbsd.org/ssh_config"
NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
GO_DOC = "https://pkg.go.dev/net/http"
KOTLIN = "https://kotlinlang.org/docs/properties.html"
SWIFT = "https://developer.apple.com/documentation/foundation/urlrequest"
RUBY = "https://guides.rubyonrails.org/security.html#custom-credentials"
PHP = "https://www.php.net/manual/en/function.curl-setopt.php"
HTML = "https://html.spec.whatwg.org/multipage/"
XML = "https://www.w3.org/TR/xml/"
TOML = "https://toml.io/en/v1.0.0"


# ---------------------------------------------------------------- secrets: .env and configs

add("blind-kn/dotenv/paystack-secret-key", ".env.production", DOTENV, """\
# Kano Fata Export Ltd - storefront API (production)
# Lura: kada a tura wannan fayil zuwa GitHub
APP_ENV=production
APP_URL=https://shop.kanofata.ng
PAYSTACK_PUBLIC_KEY=@@pk@@
PAYSTACK_SECRET_KEY=@@secret@@
PAYSTACK_CALLBACK_URL=https://shop.kanofata.ng/pay/callback
DEFAULT_CURRENCY=NGN
""", secret=paystack_sk(), pk=paystack_pk())

add("blind-kn/dotenv/flutterwave-secret-key", "gyada-mill/.env", DOTENV, """\
# Kumbotso Groundnut Oil Mill - invoicing service
NODE_ENV=production
PORT=8080
FLW_PUBLIC_KEY=@@pk@@
FLW_SECRET_KEY=@@secret@@
FLW_ENCRYPTION_KEY=${FLW_ENCRYPTION_KEY}
# biyan kudi daga dillalai (distributors) ta Flutterwave
""", secret=flw_sk(), pk=flw_pk())

add("blind-kn/dotenv/database-password", "sharada-hides/.env.staging", DOTENV, """\
DB_HOST=10.20.4.11
DB_PORT=5432
DB_NAME=hides_ledger
DB_USER=ledger_app
DB_PASSWORD=@@secret@@
# ma'ajiyar bayanai ta staging - ba ta production ba
REDIS_URL=redis://10.20.4.12:6379/0
""", secret=words_pw())

add("blind-kn/dotenv/termii-api-key", "sms-gateway/.env", DOTENV, """\
# Aika sako ga manoman gyada (SMS to groundnut farmers)
TERMII_BASE_URL=https://api.ng.termii.com
TERMII_SENDER_ID=GyadaGold
TERMII_API_KEY=@@secret@@
SMS_CHANNEL=generic
SMS_DAILY_LIMIT=5000
""", secret=termii_key())

add("blind-kn/dotenv/africastalking-api-key", "farmers-ussd/.env", DOTENV, """\
AT_USERNAME=gyadagold
AT_API_KEY=@@secret@@
AT_SHORTCODE=*384*4821#
USSD_SESSION_TTL=180
# Lambar USSD don manoma su duba farashin gyada
""", secret=at_key())

add("blind-kn/dotenv/remita-api-key", "remita-collections/.env", DOTENV, """\
# Remita - biyan haraji da kudin fitar da kaya (export levies)
REMITA_BASE_URL=https://login.remita.net/remita/exapp/api/v1/send/api
REMITA_MERCHANT_ID=2547916
REMITA_SERVICE_TYPE_ID=4430731
REMITA_API_KEY=@@secret@@
REMITA_API_TOKEN=
""", secret=rand_pw(24))

add("blind-kn/dotenv/aws-secret-key", "docs-archive/.env.local", DOTENV, """\
# S3 bucket for scanned NXP forms and phytosanitary certificates
AWS_REGION=af-south-1
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
S3_BUCKET=kanofata-export-docs
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/dotenv/twilio-auth-token", "whatsapp-bot/.env", DOTENV, """\
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_WHATSAPP_FROM=whatsapp:+14155238886
# sanarwa ga masu saye a Italiya da Spain (buyer notifications)
NOTIFY_LANG=en,ha
""", secret=hexs(32), sid=twilio_sid())

add("blind-kn/dotenv/smtp-password", "mailer/.env", DOTENV, """\
MAIL_MAILER=smtp
MAIL_HOST=smtp.zoho.com
MAIL_PORT=587
MAIL_USERNAME=exports@challawaleather.com
MAIL_PASSWORD="@@secret@@"
MAIL_FROM_NAME="Challawa Leather Works"
""", secret=words_pw())

add("blind-kn/dotenv/sendgrid-api-key", "invoice-mailer/.env.prod", DOTENV, """\
# Aika takardun kudi (invoices) ta imel
SENDGRID_API_KEY=@@secret@@
INVOICE_FROM=invoices@bompaitannery.ng
INVOICE_BCC=accounts@bompaitannery.ng
PDF_RENDERER=weasyprint
""", secret=sendgrid_key())

# ---------------------------------------------------------------- secrets: code

add("blind-kn/python/paystack-secret-key", "payments/paystack_client.py", PAYSTACK, """\
import requests

# TODO(Aminu): a matsar da wannan zuwa Vault kafin karshen wata
PAYSTACK_SECRET = "@@secret@@"
BASE = "https://api.paystack.co"


def verify(reference: str) -> dict:
    \"\"\"Tabbatar da biyan kudi (verify a transaction by reference).\"\"\"
    r = requests.get(f"{BASE}/transaction/verify/{reference}",
                     headers={"Authorization": f"Bearer {PAYSTACK_SECRET}"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
""", secret=paystack_sk())

add("blind-kn/javascript/flutterwave-secret-key", "src/payouts/flutterwave.js", FLW, """\
const axios = require('axios');

// Biyan masu kawo fatu (pay hide suppliers) to their mobile money wallets
const flw = axios.create({
  baseURL: 'https://api.flutterwave.com/v3',
  headers: { Authorization: 'Bearer @@secret@@' },
});

async function payoutToWallet(phone, amountNgn, narration) {
  const { data } = await flw.post('/transfers', {
    account_bank: 'MPS', account_number: phone, amount: amountNgn,
    currency: 'NGN', narration, debit_currency: 'NGN',
  });
  return data;
}

module.exports = { payoutToWallet };
""", secret=flw_sk())

add("blind-kn/go/database-password", "cmd/ledger/main.go", LIBPQ, """\
package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Ledger na fatu da aka saya daga kasuwar Kwari
func main() {
	db, err := sql.Open("postgres", "host=db.internal port=5432 user=ledger password=@@secret@@ dbname=hides sslmode=require")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("ledger ya fara aiki")
}
""", secret=words_pw())

add("blind-kn/java/remita-api-key", "src/main/java/ng/gyadagold/remita/RemitaConfig.java", REMITA, """\
package ng.gyadagold.remita;

public final class RemitaConfig {
    public static final String MERCHANT_ID = "2547916";
    public static final String SERVICE_TYPE_ID = "4430731";
    // Mabudin API na Remita (production)
    public static final String API_KEY = "@@secret@@";
    public static final String BASE_URL = "https://login.remita.net/remita/exapp/api/v1/send/api";

    private RemitaConfig() {}
}
""", secret=rand_pw(28))

add("blind-kn/kotlin/paystack-secret-key", "app/src/main/java/ng/kanofata/pay/PaystackApi.kt", PAYSTACK, """\
package ng.kanofata.pay

import okhttp3.OkHttpClient
import okhttp3.Request

object PaystackApi {
    private const val SECRET = "@@secret@@"
    private val client = OkHttpClient()

    fun banks(): String {
        val req = Request.Builder()
            .url("https://api.paystack.co/bank?country=nigeria")
            .header("Authorization", "Bearer $SECRET")
            .build()
        client.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", secret=paystack_sk())

add("blind-kn/csharp/connection-string", "Gyada.Erp/appsettings.Production.json", DOTNET, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Erp": "Server=tcp:gyadaerp.database.windows.net,1433;Database=oilmill;User ID=erp_app;Password=@@secret@@;Encrypt=True;"
  },
  "Mill": { "Name": "Dawakin Tofa Oil Pressers", "Shifts": 3 }
}
""", secret=words_pw())

add("blind-kn/php/termii-api-key", "app/Services/SmsService.php", TERMII, """\
<?php
namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class SmsService
{
    // Aika sako ga direbobin motocin kaya (truck drivers)
    public function send(string $to, string $message): array
    {
        return Http::post('https://api.ng.termii.com/api/sms/send', [
            'api_key' => '@@secret@@',
            'to' => $to, 'from' => 'KanoFata',
            'sms' => $message, 'type' => 'plain', 'channel' => 'dnd',
        ])->json();
    }
}
""", secret=termii_key())

add("blind-kn/ruby/mailgun-api-key", "lib/tasks/notify_buyers.rake", MAILGUN, """\
require 'rest-client'

namespace :buyers do
  desc 'Sanar da masu saye cewa kaya sun tashi (shipment departed)'
  task notify: :environment do
    Buyer.where(active: true).find_each do |b|
      RestClient.post "https://api:@@secret@@@api.eu.mailgun.net/v3/mg.sharadahides.com/messages",
        from: 'Sharada Hides <dispatch@mg.sharadahides.com>', to: b.email,
        subject: "Container #{b.last_container} departed Apapa", text: 'Details in portal.'
    end
  end
end
""", secret=mailgun_key())

add("blind-kn/rust/africastalking-api-key", "src/sms.rs", AT, """\
use reqwest::blocking::Client;

const AT_USERNAME: &str = "gyadagold";
const AT_API_KEY: &str = "@@secret@@";

/// Aika farashin gyada na yau ga manoma
pub fn send_price(to: &str, price: u32) -> reqwest::Result<String> {
    Client::new()
        .post("https://api.africastalking.com/version1/messaging")
        .header("apiKey", AT_API_KEY)
        .form(&[("username", AT_USERNAME), ("to", to), ("message", &format!("Farashin gyada yau: N{price}/kg"))])
        .send()?
        .text()
}
""", secret=at_key())

add("blind-kn/swift/flutterwave-secret-key", "KanoFataPay/Sources/Gateway.swift", FLW, """\
import Foundation

enum Gateway {
    // FIXME: wannan mabudi bai kamata ya kasance a cikin app ba
    static let flutterwaveSecret = "@@secret@@"

    static func chargeRequest(body: Data) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.flutterwave.com/v3/charges?type=mobile_money_franco")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(flutterwaveSecret)", forHTTPHeaderField: "Authorization")
        req.httpBody = body
        return req
    }
}
""", secret=flw_sk())

add("blind-kn/typescript/slack-webhook", "src/alerts/slack.ts", SLACK_HOOK, """\
// Sanarwa idan injin matse gyada ya tsaya (press downtime alerts)
const WEBHOOK = '@@secret@@';

export async function pressDown(pressId: string, minutes: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `Press ${pressId} ya tsaya na minti ${minutes}` }),
  });
}
""", secret=slack_webhook())

add("blind-kn/python/telegram-bot-token", "bots/tannery_bot.py", TELEGRAM, """\
import logging
from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)


async def farashi(update, context):
    await update.message.reply_text("Farashin fatar akuya yau: N2,300 kowace")


app = ApplicationBuilder().token("@@secret@@").build()
app.add_handler(CommandHandler("farashi", farashi))
app.run_polling()
""", secret=telegram())

add("blind-kn/shell/aws-secret-key", "scripts/backup_ledger.sh", AWS_CREDS, """\
#!/usr/bin/env bash
# Ajiye bayanan ledger a S3 kowane dare
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=af-south-1
STAMP=$(date +%F)
pg_dump -Fc hides > /tmp/hides-$STAMP.dump
aws s3 cp /tmp/hides-$STAMP.dump s3://bompai-backups/ledger/
rm -f /tmp/hides-$STAMP.dump
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/powershell/sftp-password", "scripts/Send-CustomsFiles.ps1", POWERSHELL, """\
# Tura fayilolin kwastam (customs) zuwa ga wakilin mu a Apapa
$session = @{
    Protocol = 'Sftp'
    HostName = 'sftp.apapa-clearing.ng'
    UserName = 'kanofata'
    Password = '@@secret@@'
    SshHostKeyFingerprint = 'ssh-ed25519 255 Jq4m7m1PpD1gC0m1qvXxV3t7kzB2QzC5l0tK2m9QpY0'
}
$options = New-Object WinSCP.SessionOptions -Property $session
$s = New-Object WinSCP.Session
$s.Open($options)
$s.PutFiles('D:\\Exports\\SGD\\*.xml', '/inbound/').Check()
$s.Dispose()
""", secret=words_pw())

add("blind-kn/yaml/github-token", ".github/workflows/release.yml", GHA, """\
name: release
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Tura hoton docker (push image)
        run: |
          echo "@@secret@@" | docker login ghcr.io -u gyadagold-ci --password-stdin
          docker build -t ghcr.io/gyadagold/erp:${GITHUB_REF_NAME} .
          docker push ghcr.io/gyadagold/erp:${GITHUB_REF_NAME}
""", secret=gh_token())

add("blind-kn/yaml/gitlab-token", ".gitlab-ci.yml", GITLAB, """\
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  # mabudin tura zuwa ga rumbun mu (deploy token)
  DEPLOY_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - git push https://oauth2:${DEPLOY_TOKEN}@gitlab.com/kanofata/infra.git HEAD:main
  only: [main]
""", secret=gitlab_token())

add("blind-kn/k8s-secret/database-password", "k8s/ledger-db-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: tannery
  labels:
    app: hides-ledger
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", secret=(_pw := words_pw()), user=b64("ledger_app"), pw=b64(_pw))

add("blind-kn/compose/database-password", "docker-compose.yml", COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: oilmill
      POSTGRES_USER: mill
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://mill@db:5432/oilmill
volumes:
  pgdata: {}
""", secret=words_pw())

add("blind-kn/terraform/aws-secret-key", "infra/providers.tf", TF, """\
# Sabar ajiya ta Cape Town (af-south-1) - mafi kusa da Kano
provider "aws" {
  region     = "af-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "export_docs" {
  bucket = "kanofata-export-docs"
}
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/ansible/database-password", "ansible/group_vars/mills.yml", ANSIBLE, """\
---
# Masana'antun matse gyada (oil mills): Kumbotso, Dawakin Tofa, Zaria
mill_timezone: Africa/Lagos
postgres_version: 16
postgres_users:
  - name: scada_reader
    password: "@@secret@@"
    role_attr_flags: LOGIN
ntp_servers:
  - 0.africa.pool.ntp.org
""", secret=words_pw())

add("blind-kn/helm/redis-password", "charts/sms-queue/values.yaml", HELM, """\
replicaCount: 2
image:
  repository: ghcr.io/gyadagold/sms-queue
  tag: "1.8.3"
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
resources:
  limits: { cpu: 250m, memory: 256Mi }
""", secret=redis_pw())

add("blind-kn/ini/aws-secret-key", "ops/aws/credentials", AWS_CREDS, """\
[default]
region = af-south-1

[kanofata-exports]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/dockerfile/npm-token", "web/Dockerfile", DOCKERFILE, """\
FROM node:20-alpine AS build
WORKDIR /app
# rumbun fakitin mu na sirri (private registry)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm_token())

add("blind-kn/markdown/sftp-password", "docs/runbooks/customs-upload.md", MARKDOWN, """\
# Tura takardun kwastam (customs upload)

Kowace ranar Litinin, a tura SGD XML zuwa wakilin share kaya (clearing agent).

| Abu | Kima |
|-----|------|
| Host | sftp.apapa-clearing.ng |
| User | kanofata |
| Password | `@@secret@@` |
| Folder | /inbound |

Idan an samu matsala, a kira Malam Sani a ofishin Apapa.
""", secret=words_pw())

add("blind-kn/bash-history/database-password", "ops/notes/.bash_history", BASH_HIST, """\
cd /srv/oilmill
git pull
systemctl restart oilmill-api
psql "postgresql://mill:@@secret@@@10.30.1.5:5432/oilmill" -c "select count(*) from tankers;"
journalctl -u oilmill-api -n 50
exit
""", secret=words_pw())

add("blind-kn/pem/ssh-private-key", "deploy/keys/mill-gateway", SSH_CONFIG, """\
@@secret@@
""" + "\n", secret=pem("OPENSSH"))

add("blind-kn/json/gcp-service-account", "secrets/kanofata-gcp.json", GCP_SA, """\
{
  "type": "service_account",
  "project_id": "kanofata-exports",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "drive-sync@kanofata-exports.iam.gserviceaccount.com",
  "client_id": "104729183650298374615",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=pkcs8_pem().replace("\n", "\\n") + "\\n", kid=hexs(40))

add("blind-kn/xml/azure-storage-key", "Gyada.Reports/Web.config", AZURE_CONN, """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ReportContainer" value="daily-press-reports" />
    <add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=gyadareports;AccountKey=@@secret@@;EndpointSuffix=core.windows.net" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", secret=azure_account_key())

add("blind-kn/properties/database-password", "src/main/resources/application-prod.properties", SPRING, """\
# Oil mill ERP - production
spring.datasource.url=jdbc:postgresql://erp-db.internal:5432/oilmill
spring.datasource.username=erp
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
mill.press.count=12
""", secret=words_pw())

add("blind-kn/pypirc/pypi-token", "tools/hides-grading/.pypirc", PYPIRC, """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=pypi_token())

add("blind-kn/npmrc/npm-token", "frontend/.npmrc", NPMRC, """\
registry=https://registry.npmjs.org/
@kanofata:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", secret=npm_token())


# ---------------------------------------------------------------- decoys: configs and code

add("blind-kn/dotenv/decoy-placeholder", ".env.example", DOTENV, """\
# Kwafi wannan zuwa .env sannan ka cike dabi'u (copy to .env and fill in)
APP_ENV=local
PAYSTACK_PUBLIC_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_SECRET_KEY=sk_live_your_secret_key_here
FLW_SECRET_KEY=FLWSECK-<your-secret-key>-X
TERMII_API_KEY=
DB_PASSWORD=change-me
""")

add("blind-kn/dotenv/decoy-public-keys", "storefront/.env.public", DOTENV, """\
# Mabudan jama'a kawai (publishable keys only) - ana iya saka su a cikin browser
VITE_PAYSTACK_PUBLIC_KEY=@@pk@@
VITE_FLW_PUBLIC_KEY=@@fpk@@
VITE_MAPBOX_TOKEN=@@mpk@@
VITE_API_BASE=https://api.kanofata.ng
""", pk=paystack_pk(), fpk=flw_pk(), mpk=mapbox_public())

add("blind-kn/dotenv/decoy-env-reference", "deploy/.env.tmpl", DOTENV, """\
# envsubst < .env.tmpl > .env (CI ne ke cike su daga asirin GitHub)
PAYSTACK_SECRET_KEY=${PAYSTACK_SECRET_KEY}
FLW_SECRET_KEY=${FLW_SECRET_KEY}
REMITA_API_KEY=${REMITA_API_KEY}
DB_PASSWORD=${DB_PASSWORD:?DB_PASSWORD is required}
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
""")

add("blind-kn/python/decoy-env-reference", "payments/settings.py", PAYSTACK, """\
import os

# Ana karanta sirri daga muhalli (environment) - babu sirri a cikin code
PAYSTACK_SECRET_KEY = os.environ["PAYSTACK_SECRET_KEY"]
FLW_SECRET_KEY = os.getenv("FLW_SECRET_KEY", "")
REMITA_MERCHANT_ID = os.getenv("REMITA_MERCHANT_ID", "2547916")
CALLBACK_URL = "https://shop.kanofata.ng/pay/callback"
""")

add("blind-kn/javascript/decoy-public-key", "public/checkout.js", "https://paystack.com/docs/payments/accept-payments/#popup", """\
// Paystack Inline - mabudin jama'a ne kawai (public key, safe in the browser)
function payWithPaystack(email, amountKobo) {
  const handler = PaystackPop.setup({
    key: '@@pk@@',
    email: email,
    amount: amountKobo,
    currency: 'NGN',
    callback: (resp) => { window.location = '/pay/verify?ref=' + resp.reference; },
  });
  handler.openIframe();
}
""", pk=paystack_pk())

add("blind-kn/javascript/decoy-flutterwave-public-key", "public/flw-inline.js", "https://developer.flutterwave.com/docs/collecting-payments/inline", """\
// Biyan kudi ta Flutterwave Inline
function makePayment(order) {
  FlutterwaveCheckout({
    public_key: "@@fpk@@",
    tx_ref: order.ref,
    amount: order.total,
    currency: "NGN",
    payment_options: "card, mobilemoneyghana, ussd",
    customer: { email: order.email, name: order.name },
    customizations: { title: "Gyada Gold Oil", logo: "/img/logo.png" },
  });
}
""", fpk=flw_pk())

add("blind-kn/yaml/decoy-secret-reference", ".github/workflows/deploy.yml", GHA, """\
name: deploy
on:
  push:
    branches: [main]
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
          aws-region: af-south-1
      - run: ./scripts/deploy.sh
        env:
          PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_SECRET_KEY }}
""")

add("blind-kn/k8s/decoy-secret-key-ref", "k8s/oilmill-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: oilmill-api
spec:
  replicas: 2
  selector:
    matchLabels: { app: oilmill-api }
  template:
    metadata:
      labels: { app: oilmill-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/gyadagold/erp:1.14.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: oilmill-db, key: password }
            - name: FLW_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: flutterwave, key: secret-key }
""")

add("blind-kn/k8s-secret/decoy-sealed-secret", "k8s/sealed-paystack.yaml", SEALED, """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: paystack
  namespace: storefront
spec:
  encryptedData:
    secret-key: @@blob@@
  template:
    metadata:
      name: paystack
""", blob=sealed_blob())

add("blind-kn/yaml/decoy-sops-encrypted", "secrets/remita.enc.yaml", SOPS, """\
remita:
    merchant_id: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    api_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1q9mz4e7rx0lh6k3v8d2w5n7f0p3s8y6t4c2j9u5g1a8e3k7m0r2qx5w4z
    lastmodified: "2026-10-14T09:12:44Z"
    version: 3.9.1
""", d1=b64(hexs(9))[:12], iv1=b64(hexs(24)), t1=b64(hexs(16)), d2=b64(hexs(30)), iv2=b64(hexs(24)), t2=b64(hexs(16)))

add("blind-kn/terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """\
variable "db_password" {
  description = "Kalmar sirri ta ma'ajiyar bayanai (an bayar ta TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "paystack_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("blind-kn/terraform/decoy-secrets-manager", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """\
data "aws_secretsmanager_secret_version" "flutterwave" {
  secret_id = "prod/payments/flutterwave"
}

locals {
  # ana cire mabudi daga Secrets Manager a lokacin deploy
  flw = jsondecode(data.aws_secretsmanager_secret_version.flutterwave.secret_string)
}

resource "aws_lambda_function" "payout" {
  function_name = "hide-supplier-payout"
  role          = aws_iam_role.payout.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "payout.zip"
  environment {
    variables = { FLW_SECRET_ARN = data.aws_secretsmanager_secret_version.flutterwave.arn }
  }
}
""")

add("blind-kn/log/decoy-masked-key", "logs/payments-2026-11-02.log", LOG, """\
2026-11-02 08:14:03,118 INFO  payments boot env=production gateway=paystack key=sk_live_****************************3f9a
2026-11-02 08:14:03,120 INFO  payments flutterwave key=FLWSECK-********************************-X
2026-11-02 08:15:41,502 INFO  verify ref=KF-20261102-00417 status=success amount=2450000 currency=NGN
2026-11-02 08:17:09,880 WARN  verify ref=KF-20261102-00418 status=abandoned
2026-11-02 08:20:12,004 INFO  remita rrr=290011754832 status=01 merchant=2547916
2026-11-02 08:21:55,347 ERROR termii send failed to=+23480******12 code=401 "api_key invalid"
""")

add("blind-kn/csv/decoy-transaction-ids", "reports/remita-settlements-oct.csv", CSV, """\
date,rrr,payer,description,amount_ngn,status,hash
2026-10-03,290011712004,Challawa Leather Works,Export levy NXP,185000.00,PAID,@@h1@@
2026-10-09,290011733918,Kumbotso Oil Mill,NAFDAC renewal,95000.00,PAID,@@h2@@
2026-10-17,290011748120,Sharada Hides,State revenue,42000.00,PENDING,@@h3@@
2026-10-28,290011759377,Bompai Tannery,Export levy NXP,210500.00,PAID,@@h4@@
""", h1=hexs(128), h2=hexs(128), h3=hexs(128), h4=hexs(128))

add("blind-kn/python/decoy-test-fixture", "tests/test_paystack_webhook.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", """\
import hashlib
import hmac
import json

# Mabudin jarrabawa ne kawai - ba na gaske ba (fake key for the test)
FAKE_SECRET = "sk_test_not_a_real_key"


def test_signature_matches():
    body = json.dumps({"event": "charge.success", "data": {"reference": "KF-TEST-1"}}).encode()
    sig = hmac.new(FAKE_SECRET.encode(), body, hashlib.sha512).hexdigest()
    from payments.webhook import valid_signature
    assert valid_signature(body, sig, secret=FAKE_SECRET)
""")

add("blind-kn/markdown/decoy-doc-example", "docs/integrations/twilio.md", TWILIO, """\
# Twilio (WhatsApp) - yadda ake saita

Bi wadannan matakai (follow these steps):

1. Bude Twilio Console, ka kwafi **Account SID** da **Auth Token**.
2. Saka su a Vault a `secret/whatsapp-bot`, ba a cikin code ba.
3. Misali na curl daga takardun Twilio:

```bash
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json" \\
  --data-urlencode "To=whatsapp:+2348030000000" \\
  -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"
```
""")

add("blind-kn/markdown/decoy-aws-example", "docs/aws-setup.md", AWS_CREDS, """\
# Saita AWS CLI

A rubuta fayil `~/.aws/credentials` kamar yadda takardun AWS suka nuna:

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Wadannan misalai ne daga AWS - ka yi amfani da naka daga IAM (kowane ma'aikaci na da nasa).
""")

add("blind-kn/sql/decoy-password-hash", "db/seed/users.sql", SQL_PG, """\
-- Masu amfani na farko (seed users); kalmomin sirri hash ne na bcrypt
INSERT INTO users (email, full_name, role, password_hash) VALUES
  ('admin@kanofata.ng', 'Aminu Danladi', 'admin', '$2b$12$@@h1@@'),
  ('store@kanofata.ng', 'Hadiza Musa', 'store', '$2b$12$@@h2@@'),
  ('qc@kanofata.ng', 'Ibrahim Sule', 'grader', '$2b$12$@@h3@@');
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"))

add("blind-kn/sql/decoy-role-no-password", "db/migrations/0007_roles.sql", SQL_PG, """\
-- Matsayin masu karanta rahoto kawai (read-only roles)
CREATE ROLE reporting NOLOGIN;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
-- kalmar sirri ana saita ta daga Vault: ALTER ROLE metabase PASSWORD :'metabase_pw';
CREATE ROLE metabase LOGIN IN ROLE reporting;
""")

add("blind-kn/json/decoy-package-lock-integrity", "web/package-lock.fragment.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "node_modules/axios": {
    "version": "1.7.7",
    "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
    "integrity": "sha512-@@i1@@==",
    "license": "MIT"
  },
  "node_modules/flutterwave-node-v3": {
    "version": "1.1.10",
    "resolved": "https://registry.npmjs.org/flutterwave-node-v3/-/flutterwave-node-v3-1.1.10.tgz",
    "integrity": "sha512-@@i2@@=="
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("blind-kn/pem/decoy-public-certificate", "deploy/certs/remita-ca.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
-----END CERTIFICATE-----
""", c1=rand_pw(64, "+/"), c2=rand_pw(64, "+/"), c3=rand_pw(64, "+/"), c4=rand_pw(40, "+/") + "==")

add("blind-kn/ssh/decoy-public-key", "deploy/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Mabudan jama'a na ma'aikatan ops (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ aminu@kanofata
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ hadiza@kanofata
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ ci-deploy@gyadagold
# an cire mabudin Sani a ranar 2026-09-30
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(300, "+/") + "==")

add("blind-kn/helm/decoy-existing-secret", "charts/storefront/values.yaml", HELM, """\
image:
  repository: ghcr.io/kanofata/storefront
  tag: "3.2.0"
postgresql:
  auth:
    username: storefront
    database: storefront
    existingSecret: storefront-db
    secretKeys:
      userPasswordKey: password
paystack:
  existingSecret: paystack-keys
""")

add("blind-kn/compose/decoy-env-file", "compose.prod.yml", COMPOSE, """\
services:
  api:
    image: ghcr.io/gyadagold/erp:1.14.0
    env_file: [.env.production]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("blind-kn/ansible/decoy-vault-encrypted", "ansible/group_vars/tanneries/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("blind-kn/ansible/decoy-vault-reference", "ansible/roles/ledger/defaults/main.yml", ANSIBLE, """\
---
ledger_db_name: hides
ledger_db_user: ledger_app
# daga vault.yml (an boye shi)
ledger_db_password: "{{ vault_ledger_db_password }}"
ledger_paystack_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/paystack:secret_key') }}"
""")

add("blind-kn/go/decoy-env-reference", "internal/sms/termii.go", TERMII, """\
package sms

import (
	"errors"
	"os"
)

// Client na Termii; mabudi yana cikin muhalli (TERMII_API_KEY)
type Client struct{ apiKey, sender string }

func FromEnv() (*Client, error) {
	key := os.Getenv("TERMII_API_KEY")
	if key == "" {
		return nil, errors.New("TERMII_API_KEY ba a saita shi ba")
	}
	return &Client{apiKey: key, sender: "KanoFata"}, nil
}
""")

add("blind-kn/java/decoy-hmac-constant-name", "src/main/java/ng/kanofata/pay/Headers.java", PAYSTACK, """\
package ng.kanofata.pay;

/** Sunayen kanun HTTP (header names) kawai. */
public final class Headers {
    public static final String PAYSTACK_SIGNATURE = "x-paystack-signature";
    public static final String FLW_VERIF_HASH = "verif-hash";
    public static final String SECRET_KEY_ENV = "PAYSTACK_SECRET_KEY";
    public static final String AUTHORIZATION = "Authorization";
    private Headers() {}
}
""")

add("blind-kn/csharp/decoy-user-secrets", "Gyada.Erp/appsettings.json", DOTNET, """\
{
  "ConnectionStrings": {
    "Erp": "Server=localhost;Database=oilmill;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Remita": {
    "MerchantId": "2547916",
    "ServiceTypeId": "4430731",
    "ApiKey": ""
  },
  "_note": "A saka Remita:ApiKey ta dotnet user-secrets, ba a nan ba"
}
""")

add("blind-kn/php/decoy-env-helper", "config/services.php", LARAVEL, """\
<?php

return [
    'paystack' => [
        'public_key' => env('PAYSTACK_PUBLIC_KEY'),
        'secret_key' => env('PAYSTACK_SECRET_KEY'),
        'payment_url' => 'https://api.paystack.co',
    ],
    'termii' => [
        'api_key' => env('TERMII_API_KEY'),
        'sender_id' => env('TERMII_SENDER_ID', 'KanoFata'),
    ],
];
""")

add("blind-kn/ruby/decoy-credentials-lookup", "config/initializers/flutterwave.rb", RUBY, """\
# Mabudin Flutterwave yana cikin credentials.yml.enc (an boye shi)
Flutterwave.configure do |c|
  c.public_key = Rails.application.credentials.dig(:flutterwave, :public_key)
  c.secret_key = Rails.application.credentials.dig(:flutterwave, :secret_key)
  c.encryption_key = Rails.application.credentials.dig(:flutterwave, :encryption_key)
  c.production = Rails.env.production?
end
""")

add("blind-kn/ini/decoy-empty-values", "ops/mill-scada.ini", INI, """\
; Saitin karanta na'urorin matse gyada (press sensors)
[modbus]
host = 192.168.10.20
port = 502
unit_id = 3

[historian]
url = https://historian.gyadagold.local
user =
password =
""")

add("blind-kn/toml/decoy-cargo-config", "tools/press-monitor/.cargo/config.toml", CARGO, """\
[registries.kanofata]
index = "sparse+https://cargo.kanofata.ng/index/"
credential-provider = ["cargo:token-from-stdout", "vault", "read", "-field=token", "kv/cargo"]

[build]
target = "armv7-unknown-linux-gnueabihf"
""")

add("blind-kn/notebook/decoy-getpass", "analysis/hide_grading.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Nazarin ingancin fatu (hide grading) - Oktoba"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd\\n", "pw = getpass.getpass('Kalmar sirri ta DB: ')\\n",
              "df = pd.read_sql('select * from grades', f'postgresql://analyst:{pw}@db.internal/hides')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kn/html/decoy-public-keys", "site/checkout.html", HTML, """\
<!DOCTYPE html>
<html lang="ha">
<head><meta charset="utf-8"><title>Biya - Gyada Gold</title>
<script src="https://js.paystack.co/v1/inline.js"></script></head>
<body>
  <form id="biya" data-paystack-key="@@pk@@">
    <input name="email" type="email" placeholder="Imel">
    <button type="submit">Biya yanzu</button>
  </form>
  <script src="/js/checkout.js"></script>
</body>
</html>
""", pk=paystack_pk())

add("blind-kn/xml/decoy-maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>kanofata-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-kn/shell/decoy-vault-read", "scripts/rotate_paystack.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """\
#!/usr/bin/env bash
# Juyawa (rotate) mabudin Paystack: karanta sabo daga Vault, saka a k8s
set -euo pipefail
NEW_KEY=$(vault kv get -field=secret_key kv/payments/paystack)
kubectl -n storefront create secret generic paystack \\
  --from-literal=secret-key="$NEW_KEY" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n storefront rollout restart deploy/storefront
unset NEW_KEY
""")

add("blind-kn/powershell/decoy-secure-prompt", "scripts/Connect-ErpDb.ps1", POWERSHELL, """\
# Shiga ma'ajiyar ERP; kalmar sirri ana tambaya, ba a rubuta ba
param([string]$Server = 'gyadaerp.database.windows.net')
$cred = Get-Credential -UserName 'erp_app' -Message 'Kalmar sirri ta ERP'
$conn = "Server=tcp:$Server,1433;Database=oilmill;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);Encrypt=True"
Invoke-Sqlcmd -ConnectionString $conn -Query 'SELECT TOP 5 * FROM dbo.PressRuns ORDER BY StartedAt DESC'
""")

add("blind-kn/yaml/decoy-checksums", "releases/press-monitor-1.4.2.sha256.yaml", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
release: 1.4.2
artifacts:
  - file: press-monitor-armv7.tar.gz
    sha256: @@s1@@
  - file: press-monitor-amd64.tar.gz
    sha256: @@s2@@
  - file: press-monitor.deb
    sha256: @@s3@@
""", s1=sha256ish(), s2=sha256ish(), s3=sha256ish())

add("blind-kn/dotenv/decoy-ids-only", "logistics/.env", DOTENV, """\
# Bayanan jigilar kaya (logistics) - lambobin shaida kawai, ba sirri ba
DHL_ACCOUNT_NUMBER=954213780
GIG_CUSTOMER_CODE=IND1029384
KOBO360_FLEET_ID=@@u1@@
DRY_PORT=Dala Inland Dry Port
TWILIO_ACCOUNT_SID=@@sid@@
""", u1=uuid_s(), sid=twilio_sid())

add("blind-kn/json/decoy-webhook-config", "config/webhooks.json", "https://developer.flutterwave.com/docs/integration-guides/webhooks", """\
{
  "paystack": {
    "url": "https://api.kanofata.ng/hooks/paystack",
    "events": ["charge.success", "transfer.success", "transfer.failed"]
  },
  "flutterwave": {
    "url": "https://api.kanofata.ng/hooks/flutterwave",
    "secret_hash_env": "FLW_WEBHOOK_HASH"
  }
}
""")

add("blind-kn/rst/decoy-doc-placeholder", "docs/source/payments.rst", RST, """\
Biyan kudi (Payments)
=====================

Saita mabudin Paystack a muhalli kafin a fara sabar:

.. code-block:: bash

   export PAYSTACK_SECRET_KEY="sk_live_<maballin-ka>"
   export FLW_SECRET_KEY="FLWSECK-<mabudin-ka>-X"

Kar a taba saka mabudi na gaske a cikin wannan takarda.
""")

add("blind-kn/kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    defaultConfig {
        applicationId = "ng.kanofata.buyer"
        minSdk = 24
        // mabudin jama'a kawai; sirri yana gefen sabar
        buildConfigField("String", "PAYSTACK_PUBLIC_KEY", "\\"@@pk@@\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.kanofata.ng\\"")
    }
}
""", pk=paystack_pk())

add("blind-kn/swift/decoy-keychain", "KanoFataPay/Sources/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security
import Foundation

// Ana ajiye alamar shiga (session token) a Keychain, ba a code ba
enum TokenStore {
    static let service = "ng.kanofata.buyer.session"

    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

add("blind-kn/rust/decoy-env-reference", "tools/press-monitor/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

pub struct Config {
    pub mqtt_url: String,
    pub mqtt_password: String,
}

impl Config {
    /// Karanta saiti daga muhalli
    pub fn from_env() -> Self {
        Config {
            mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtts://broker.gyadagold.local:8883".into()),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
        }
    }
}
""")

add("blind-kn/typescript/decoy-redacted-sample", "src/payments/__fixtures__/flw-webhook.ts", "https://developer.flutterwave.com/docs/integration-guides/webhooks", """\
// Samfurin webhook na Flutterwave (an goge bayanan sirri - redacted)
export const chargeCompleted = {
  event: 'charge.completed',
  data: {
    id: 4875120,
    tx_ref: 'GG-2026-10-0091',
    flw_ref: 'FLW-MOCK-REDACTED',
    amount: 125000,
    currency: 'NGN',
    customer: { email: 'buyer@example.com', phone_number: '0800****000' },
  },
  'verif-hash': '[REDACTED]',
};
""")


# ---------------------------------------------------------------- secrets: more carriers

add("blind-kn/python/split-paystack-key", "payments/legacy_gateway.py", PAYSTACK, """\
# Tsohon hanyar biya (legacy) - Malam Yusuf ya rubuta a 2023
import requests

_KEY = ("@@a@@"
        "@@b@@")


def charge_authorization(email, amount_kobo, auth_code):
    return requests.post("https://api.paystack.co/transaction/charge_authorization",
                         json={"email": email, "amount": amount_kobo, "authorization_code": auth_code},
                         headers={"Authorization": "Bearer " + _KEY}).json()
""", secret=(_k := paystack_sk()), a=_k[:26], b=_k[26:])

add("blind-kn/python/json-in-string", "jobs/export_sync.py", FLW, """\
import json
import os

# Saitin fitar da kaya (export sync); za a matsar da shi zuwa SSM
CONFIG = json.loads('{"gateway": "flutterwave", "secret_key": "@@secret@@", "currency": "USD", "retry": 3}')


def gateway_headers():
    return {"Authorization": f"Bearer {CONFIG['secret_key']}", "X-Mill": os.getenv("MILL_ID", "KMB-01")}
""", secret=flw_sk())

add("blind-kn/python/database-url", "analytics/dbt_profiles_gen.py", LIBPQ, """\
from sqlalchemy import create_engine

# Rahoton yawan man gyada da aka matse a kowane sati
ENGINE = create_engine("postgresql+psycopg2://analytics:@@secret@@@oilmill-replica.internal:5432/oilmill")


def weekly_litres(conn):
    return conn.execute("select week, sum(litres) from press_output group by week order by week").fetchall()
""", secret=words_pw())

add("blind-kn/python/django-secret-key", "kanofata/settings/production.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.kanofata.ng", "api.kanofata.ng"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://shop.kanofata.ng"]
LANGUAGE_CODE = "ha"
TIME_ZONE = "Africa/Lagos"
""", secret=django_key())

add("blind-kn/python/openai-key", "assistant/translate_notes.py", "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

# Fassara bayanan masu saye daga Italiyanci zuwa Hausa/Turanci
client = OpenAI(api_key="@@secret@@")


def translate(text: str, target: str = "ha") -> str:
    r = client.chat.completions.create(model="gpt-4o-mini",
                                       messages=[{"role": "user", "content": f"Translate to {target}: {text}"}])
    return r.choices[0].message.content
""", secret=openai_key())

add("blind-kn/python/basic-auth-header", "integrations/interswitch.py", "https://docs.interswitchgroup.com/docs/authentication", """\
import requests

# Interswitch passport token - client_id:client_secret a cikin base64
AUTH = "Basic @@secret@@"


def access_token():
    r = requests.post("https://passport.interswitchng.com/passport/oauth/token",
                      headers={"Authorization": AUTH, "Content-Type": "application/x-www-form-urlencoded"},
                      data={"grant_type": "client_credentials", "scope": "profile"})
    return r.json()["access_token"]
""", secret=b64("IKIA9A3F21C0B7D44E1A8C6E0F2B9D7A5C3E1F0B2D:" + rand_pw(32, "+/")))

add("blind-kn/javascript/sendgrid-key", "functions/sendQuote.js", SENDGRID, """\
const sgMail = require('@sendgrid/mail');
sgMail.setApiKey('@@secret@@');

// Aika farashin fatar rago (sheepskin) ga mai saye
exports.sendQuote = async (req, res) => {
  const { to, grade, priceUsd } = req.body;
  await sgMail.send({
    to, from: 'sales@challawaleather.com',
    subject: `Quotation - ${grade} sheepskin crust`,
    text: `Price: USD ${priceUsd}/sq ft FOB Lagos`,
  });
  res.status(204).end();
};
""", secret=sendgrid_key())

add("blind-kn/javascript/mongodb-uri", "server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const mongoose = require('mongoose');

// Ma'ajiyar bayanan direbobi da motoci (fleet)
const URI = 'mongodb+srv://fleet_app:@@secret@@@cluster0.kn4tq.mongodb.net/fleet?retryWrites=true&w=majority';

module.exports = async function connect() {
  await mongoose.connect(URI);
  console.log('an hada da MongoDB');
};
""", secret=rand_pw(16))

add("blind-kn/typescript/remita-hash-key", "src/remita/rrr.ts", REMITA, """\
import { createHash } from 'crypto';

const MERCHANT_ID = '2547916';
const SERVICE_TYPE_ID = '4430731';
const API_KEY = '@@secret@@'; // Remita apiKey (production)

export function rrrHash(orderId: string, amount: string): string {
  return createHash('sha512').update(MERCHANT_ID + SERVICE_TYPE_ID + orderId + amount + API_KEY).digest('hex');
}

export const remitaAuth = (orderId: string, amount: string) =>
  `remitaConsumerKey=${MERCHANT_ID},remitaConsumerToken=${rrrHash(orderId, amount)}`;
""", secret=rand_pw(32))

add("blind-kn/go/twilio-token", "internal/notify/whatsapp.go", TWILIO, """\
package notify

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	accountSID = "@@sid@@"
	authToken  = "@@secret@@"
)

// Send yana aika sako ta WhatsApp ga mai saye
func Send(to, body string) (*http.Response, error) {
	form := url.Values{"To": {"whatsapp:" + to}, "From": {"whatsapp:+14155238886"}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
""", secret=hexs(32), sid=twilio_sid())

add("blind-kn/go/redis-url", "cmd/worker/config.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL", """\
package main

import "github.com/redis/go-redis/v9"

// Layin aiki (queue) na aika SMS
func newQueue() *redis.Client {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@sms-queue.gyadagold.internal:6380/2")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt)
}
""", secret=redis_pw())

add("blind-kn/java/smtp-password", "src/main/resources/mail.properties", "https://javaee.github.io/javamail/docs/api/com/sun/mail/smtp/package-summary.html", """\
# Sakonnin imel na tabbatar da oda (order confirmations)
mail.smtp.host=smtp.office365.com
mail.smtp.port=587
mail.smtp.starttls.enable=true
mail.smtp.user=orders@gyadagold.ng
mail.smtp.password=@@secret@@
""", secret=words_pw())

add("blind-kn/java/jdbc-url", "src/main/java/ng/gyadagold/db/Pool.java", "https://jdbc.postgresql.org/documentation/use/", """\
package ng.gyadagold.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

public final class Pool {
    public static HikariDataSource create() {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:postgresql://erp-db.internal:5432/oilmill");
        c.setUsername("erp");
        c.setPassword("@@secret@@");
        c.setMaximumPoolSize(10);
        return new HikariDataSource(c);
    }
}
""", secret=words_pw())

add("blind-kn/csharp/flutterwave-key", "Gyada.Payments/FlutterwaveClient.cs", FLW, """\
using System.Net.Http;
using System.Net.Http.Headers;

namespace Gyada.Payments
{
    public class FlutterwaveClient
    {
        // TODO: a cire wannan - Abdullahi
        private const string SecretKey = "@@secret@@";
        private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri("https://api.flutterwave.com/v3/") };

        public FlutterwaveClient()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretKey);
        }
    }
}
""", secret=flw_sk())

add("blind-kn/php/database-password", "config/database.local.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Saitin ma'ajiyar bayanai ta ofishin Bompai (local)
return [
    'dsn' => 'mysql:host=127.0.0.1;dbname=tannery;charset=utf8mb4',
    'user' => 'tannery',
    'password' => '@@secret@@',
    'options' => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
""", secret=words_pw())

add("blind-kn/php/paystack-curl", "legacy/verify.php", PHP, """\
<?php
$ref = $_GET['reference'] ?? '';
$ch = curl_init("https://api.paystack.co/transaction/verify/" . rawurlencode($ref));
curl_setopt($ch, CURLOPT_HTTPHEADER, [
    "Authorization: Bearer @@secret@@",
    "Cache-Control: no-cache",
]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$res = json_decode(curl_exec($ch), true);
echo $res['data']['status'] === 'success' ? 'An biya' : 'Ba a biya ba';
""", secret=paystack_sk())

add("blind-kn/ruby/slack-bot-token", "scripts/daily_press_report.rb", "https://api.slack.com/authentication/token-types#bot", """\
require 'slack-ruby-client'

Slack.configure { |c| c.token = '@@secret@@' }

# Rahoton yau: litar man gyada da aka matse
litres = File.read('/var/lib/press/today.txt').to_i
Slack::Web::Client.new.chat_postMessage(channel: '#samarwa', text: "Yau an matse lita #{litres}")
""", secret=slack_bot())

add("blind-kn/shell/curl-remita", "scripts/check_rrr.sh", REMITA, """\
#!/bin/sh
# Duba matsayin RRR (Remita Retrieval Reference)
RRR="$1"
MERCHANT=2547916
APIKEY='@@secret@@'
HASH=$(printf '%s%s%s' "$RRR" "$APIKEY" "$MERCHANT" | sha512sum | cut -d' ' -f1)
curl -s "https://login.remita.net/remita/exapp/api/v1/send/api/echannelsvc/$MERCHANT/$RRR/$HASH/status.reg" \\
  -H "Authorization: remitaConsumerKey=$MERCHANT,remitaConsumerToken=$HASH"
""", secret=rand_pw(24))

add("blind-kn/shell/heredoc-pgpass", "scripts/setup_replica.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/usr/bin/env bash
set -e
# Saita replica ta rahotanni
cat > ~/.pgpass <<EOF
erp-db.internal:5432:*:replicator:@@secret@@
EOF
chmod 600 ~/.pgpass
pg_basebackup -h erp-db.internal -U replicator -D /var/lib/postgresql/16/main -R -P
""", secret=words_pw())

add("blind-kn/shell/docker-login", "scripts/push_images.sh", "https://docs.docker.com/reference/cli/docker/login/", """\
#!/usr/bin/env bash
# Tura hotuna zuwa Docker Hub
docker login -u kanofata -p '@@secret@@'
for svc in storefront ledger sms-queue; do
  docker build -t kanofata/$svc:latest ./$svc
  docker push kanofata/$svc:latest
done
""", secret="dckr_pat_" + rand_pw(27, "-_"))

add("blind-kn/powershell/azure-sp-secret", "scripts/Deploy-Reports.ps1", "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal", """\
# Tura rahotannin masana'anta zuwa Azure (Function App)
$tenant = '7c1e9d42-5b0a-4f3e-9e21-8d6a1f0b3c57'
$appId  = '3f8b2a61-0d4c-4e7a-b915-2c6e8f1a9d03'
$secret = '@@secret@@'
az login --service-principal -u $appId -p $secret --tenant $tenant | Out-Null
func azure functionapp publish gyada-reports --python
""", secret=(lambda r: "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))(_rng()))

add("blind-kn/yaml/github-actions-env", ".github/workflows/nightly-sms.yml", GHA, """\
name: nightly farmer sms
on:
  schedule:
    - cron: '0 5 * * *'
jobs:
  send:
    runs-on: ubuntu-latest
    env:
      AT_USERNAME: gyadagold
      AT_API_KEY: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: python jobs/send_prices.py --lang ha
""", secret=at_key())

add("blind-kn/yaml/bitbucket-pipelines", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Tura zuwa S3 (deploy static site)
          script:
            - pip install awscli
            - export AWS_ACCESS_KEY_ID=@@kid@@
            - export AWS_SECRET_ACCESS_KEY=@@secret@@
            - aws s3 sync site/ s3://gyadagold-site --delete
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/yaml/circleci-env", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.11
        environment:
          DATABASE_URL: postgres://ci:@@secret@@@ci-db.kanofata.ng:5432/storefront_ci
    steps:
      - checkout
      - run: npm ci
      - run: npm test
workflows:
  ci:
    jobs: [test]
""", secret=words_pw())

add("blind-kn/yaml/spring-application", "src/main/resources/application.yml", SPRING, """\
spring:
  application:
    name: export-docs
  datasource:
    url: jdbc:mysql://docs-db.internal:3306/exportdocs
    username: exportdocs
    password: "@@secret@@"
export:
  nxp-prefix: "NXP/KN"
  # takardun fitar da fatu zuwa Turai
  default-port: APAPA
""", secret=words_pw())

add("blind-kn/yaml/netplan-wifi", "mill-gateway/netplan/01-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", """\
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "GyadaGold-Factory":
          password: "@@secret@@"
""", secret=passphrase())

add("blind-kn/k8s-secret/paystack-key", "k8s/storefront-paystack-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: paystack
  namespace: storefront
type: Opaque
data:
  public-key: @@pkb@@
  secret-key: @@skb@@
""", secret=(_s := paystack_sk()), pkb=b64(paystack_pk()), skb=b64(_s))

add("blind-kn/k8s-secret/string-data", "k8s/termii-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: termii
  namespace: sms
type: Opaque
stringData:
  TERMII_API_KEY: "@@secret@@"
  TERMII_SENDER_ID: GyadaGold
""", secret=termii_key())

add("blind-kn/k8s-secret/dockerconfigjson", "k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: tannery
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", secret=(_g := gh_token()), cfg=b64(json.dumps({"auths": {"ghcr.io": {"username": "kanofata-bot", "password": _g}}})))

add("blind-kn/compose/mysql-root", "tannery-erp/docker-compose.yml", COMPOSE, """\
version: "3.8"
services:
  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_DATABASE=tannery
      - MYSQL_ROOT_PASSWORD=@@secret@@
    ports: ["3306:3306"]
  erp:
    image: kanofata/tannery-erp:2.3
    depends_on: [mysql]
""", secret=words_pw())

add("blind-kn/terraform/tfvars", "infra/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Saitin production
region          = "af-south-1"
instance_type   = "t3.medium"
db_username     = "erp"
db_password     = "@@secret@@"
allowed_cidrs   = ["102.89.0.0/16"]
""", secret=words_pw())

add("blind-kn/terraform/cloudflare-token", "infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "102.89.34.17"
  type    = "A"
  proxied = true
}
""", secret=rand_pw(40, "_-"))

add("blind-kn/ansible/inventory-password", "ansible/inventory/mills.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
[oilmills]
kumbotso ansible_host=10.30.1.10
dawakin-tofa ansible_host=10.30.2.10
zaria ansible_host=10.30.3.10

[oilmills:vars]
ansible_user=ops
ansible_become_password=@@secret@@
""", secret=words_pw())

add("blind-kn/ini/odbc-password", "reports/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[TanneryERP]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:tannery-erp.database.windows.net,1433
Database = tannery
UID = reports
PWD = @@secret@@
Encrypt = yes
""", secret=words_pw())

add("blind-kn/ini/supervisor-env", "deploy/supervisor/ledger.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """\
[program:ledger]
command=/srv/ledger/venv/bin/gunicorn ledger.wsgi -b 127.0.0.1:8001
directory=/srv/ledger
user=ledger
environment=DJANGO_SETTINGS_MODULE="ledger.settings",DB_PASSWORD="@@secret@@"
autorestart=true
""", secret=words_pw())

add("blind-kn/toml/streamlit-secrets", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# Dashboard na farashin gyada
[connections.postgresql]
dialect = "postgresql"
host = "oilmill-replica.internal"
port = "5432"
database = "oilmill"
username = "dash"
password = "@@secret@@"
""", secret=words_pw())

add("blind-kn/toml/app-config", "services/hide-grader/config.toml", TOML, """\
[server]
bind = "0.0.0.0:8088"

[storage]
provider = "s3"
bucket = "sharada-hide-photos"
access_key = "@@kid@@"
secret_key = "@@secret@@"
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/json/vscode-sftp", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "kanofata-web",
  "host": "102.89.34.17",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/var/www/kanofata",
  "uploadOnSave": true
}
""", secret=words_pw())

add("blind-kn/json/firebase-admin", "mobile/functions/serviceAccount.json", GCP_SA, """\
{
  "type": "service_account",
  "project_id": "gyada-buyer-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x2k9q@gyada-buyer-app.iam.gserviceaccount.com",
  "client_id": "113985274610293847561"
}
""", secret=pkcs8_pem().replace("\n", "\\n") + "\\n", kid=hexs(40))

add("blind-kn/json/appsettings-sms", "Tannery.Sms/appsettings.json", DOTNET, """\
{
  "Sms": {
    "Provider": "Termii",
    "BaseUrl": "https://api.ng.termii.com",
    "ApiKey": "@@secret@@",
    "SenderId": "KanoFata"
  },
  "AllowedHosts": "*"
}
""", secret=termii_key())

add("blind-kn/xml/nuget-config", "NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="gyada" value="https://nuget.pkg.github.com/gyadagold/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <gyada>
      <add key="Username" value="gyadagold-ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </gyada>
  </packageSourceCredentials>
</configuration>
""", secret=gh_token())

add("blind-kn/xml/maven-settings", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>kanofata-nexus</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=words_pw())

add("blind-kn/dockerfile/env-secret", "sms-gateway/Dockerfile", DOCKERFILE, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TERMII_SENDER_ID=GyadaGold \\
    TERMII_API_KEY=@@secret@@
CMD ["gunicorn", "-b", "0.0.0.0:8000", "sms.app:app"]
""", secret=termii_key())

add("blind-kn/dockerfile/arg-default", "ledger/Dockerfile", DOCKERFILE, """\
FROM golang:1.23 AS build
ARG GITHUB_TOKEN=@@secret@@
RUN git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
WORKDIR /src
COPY . .
RUN go build -o /ledger ./cmd/ledger

FROM gcr.io/distroless/base
COPY --from=build /ledger /ledger
ENTRYPOINT ["/ledger"]
""", secret=gh_token())

add("blind-kn/nginx/basic-auth-proxy", "deploy/nginx/historian.conf", NGINX, """\
# Wakili (proxy) zuwa historian na na'urorin matsa gyada
server {
    listen 443 ssl;
    server_name historian.gyadagold.ng;
    location / {
        proxy_pass https://10.30.1.20:8443;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", secret=b64("historian:" + words_pw()))

add("blind-kn/ssh/private-key-ed25519", "ops/keys/id_ed25519_tannery", SSH_CONFIG, """\
@@secret@@
""", secret=pem("OPENSSH"))

add("blind-kn/pem/rsa-key-in-yaml", "deploy/remita-mtls.yaml", K8S_SECRET, """\
# Mabudin mTLS na Remita (an bayar a 2026-08)
remita:
  client_cert_path: /etc/remita/client.crt
  client_key: |
    @@key@@
""", secret=(_p := pem("RSA")), key=_p.replace("\n", "\n    "))

add("blind-kn/pem/ec-private-key", "certs/apns-auth.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """\
@@secret@@
""", secret=pem("EC"))


# ---------------------------------------------------------------- decoys: notes, docs, data

add("blind-kn/markdown/decoy-readme-setup", "README.md", MARKDOWN, """\
# Kano Fata Export - storefront

Shafin sayar da fatu da kayan fata ga masu saye na kasashen waje.

## Farawa (getting started)

```bash
cp .env.example .env
# cike PAYSTACK_SECRET_KEY da FLW_SECRET_KEY daga 1Password (vault "Payments")
docker compose up -d
npm run dev
```

Mabudan gwaji suna cikin dashboard na Paystack a **Settings > API Keys** (test mode).
Kar a saka mabudin `sk_live_...` a cikin kowane fayil.
""")

add("blind-kn/markdown/decoy-rotation-note", "docs/notes/2026-10-key-rotation.md", MARKDOWN, """\
# Juyawar mabudai - Oktoba 2026

- [x] Paystack: an samar da sabon secret key, an saka a Vault `kv/payments/paystack` (Hadiza)
- [x] Flutterwave: an soke tsohon `FLWSECK-...-X`, sabo yana cikin AWS Secrets Manager
- [x] Termii: an sabunta a k8s secret `termii` ta `scripts/rotate_termii.sh`
- [ ] Remita: ana jiran sabon apiKey daga wakilin banki

Tsofaffin mabudai duk an soke su; babu bukatar a nemi su a tarihin git.
""")

add("blind-kn/markdown/decoy-masked-table", "docs/wiki/payment-gateways.md", MARKDOWN, """\
# Kofofin biya (payment gateways)

| Gateway | Account | Key (masked) | Inda yake |
|---------|---------|--------------|-----------|
| Paystack | Kano Fata Export | `sk_live_••••••••a41c` | Vault `kv/payments/paystack` |
| Flutterwave | Gyada Gold | `FLWSECK-••••••••-X` | AWS SM `prod/payments/flutterwave` |
| Remita | merchant 2547916 | `••••••••` | Vault `kv/payments/remita` |
| Interswitch | IKIA client | — | ba a fara amfani ba |
""")

add("blind-kn/markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Changelog

## [2.4.0] - 2026-11-01
### Added
- Biyan kudi ta Opay da Moniepoint (mobile money) ta Flutterwave.
### Changed
- `PAYSTACK_SECRET_KEY` yanzu ana karanta shi daga Vault, ba .env ba.
### Security
- An cire mabudin da aka saka cikin `legacy/verify.php` a 2024 (an soke shi).
""")

add("blind-kn/rst/decoy-api-doc", "docs/source/sms.rst", RST, """\
Aika SMS (Termii)
=================

.. code-block:: python

   from sms import TermiiClient
   client = TermiiClient(api_key=os.environ["TERMII_API_KEY"])
   client.send("+2348012345678", "Farashin gyada yau: N1,150/kg")

``api_key`` dole ne ya fito daga muhalli; misali a takardun Termii shine ``"Your API key"``.
""")

add("blind-kn/html/decoy-wiki-page", "wiki/remita-howto.html", HTML, """\
<html><head><title>Remita - yadda ake biyan levy</title></head>
<body>
<h1>Remita levy</h1>
<p>Lambar mai ciniki (merchant ID): <code>2547916</code>. Service type: <code>4430731</code>.</p>
<p>apiKey: <em>yana cikin Vault</em> (<code>kv/payments/remita</code>). Kar ka kwafe shi nan.</p>
<p>RRR misali: <code>290011712004</code></p>
</body></html>
""")

add("blind-kn/log/decoy-request-ids", "logs/sms-gateway.log", LOG, """\
2026-11-03T06:00:01Z INFO sending batch=prices-2026-11-03 recipients=1842 lang=ha
2026-11-03T06:00:04Z INFO termii message_id=@@m1@@ to=+234803***4521 status=sent
2026-11-03T06:00:04Z INFO termii message_id=@@m2@@ to=+234706***1180 status=sent
2026-11-03T06:00:05Z WARN termii to=+234815***0097 status=dnd_blocked
2026-11-03T06:00:09Z INFO batch done sent=1839 failed=3 request_id=@@r@@
""", m1=uuid_s(), m2=uuid_s(), r=uuid_s())

add("blind-kn/log/decoy-auth-failure", "logs/deploy-2026-10-21.log", LOG, """\
[14:02:11] deploy: pulling ghcr.io/gyadagold/erp:1.14.0
[14:02:12] Error response from daemon: Head "https://ghcr.io/v2/gyadagold/erp/manifests/1.14.0": denied
[14:02:12] hint: token expired? refresh GHCR_TOKEN secret in repo settings
[14:02:40] deploy: retry with refreshed credentials (from secrets.GHCR_TOKEN)
[14:02:55] deploy: ok digest=sha256:@@d@@
""", d=sha256ish())

add("blind-kn/csv/decoy-supplier-wallets", "data/hide-suppliers.csv", CSV, """\
supplier_id,name,market,wallet_provider,wallet_number,bvn_verified
SUP-0112,Alhaji Garba Dan Kwari,Kwari,OPay,0803*****21,yes
SUP-0113,Hajiya Binta Sale,Sabon Gari,Moniepoint,0706*****80,yes
SUP-0114,Malam Nasiru Abubakar,Dawanau,PalmPay,0815*****97,no
SUP-0115,Kabiru Lawan,Kurmi,Paga,0902*****44,yes
""")

add("blind-kn/csv/decoy-tracking-numbers", "data/shipments-nov.csv", CSV, """\
container,booking,carrier,bl_number,origin,destination,status
MSKU7781204,BK-558120,Maersk,MAEU254781936,Dala Dry Port,Naples,on_vessel
CMAU4410937,BK-558144,CMA CGM,CMDU8OA0912740,Dala Dry Port,Valencia,at_port
TGHU9012287,BK-558167,MSC,MEDUKN904112,Kano,Leon,booked
MRKU3309125,BK-558190,Maersk,MAEU254790012,Dala Dry Port,Barcelona,gated_in
""")

add("blind-kn/json/decoy-openapi-example", "docs/openapi.json", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """\
{
  "openapi": "3.1.0",
  "info": { "title": "Kano Fata Buyer API", "version": "1.2.0" },
  "components": {
    "securitySchemes": {
      "bearer": { "type": "http", "scheme": "bearer", "bearerFormat": "JWT" }
    }
  },
  "paths": {
    "/orders": {
      "get": {
        "security": [{ "bearer": [] }],
        "parameters": [{ "name": "Authorization", "in": "header", "example": "Bearer <token>" }]
      }
    }
  }
}
""")

add("blind-kn/json/decoy-firebase-web-config", "mobile/web/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "apiKey": "@@g@@",
  "authDomain": "gyada-buyer-app.firebaseapp.com",
  "projectId": "gyada-buyer-app",
  "storageBucket": "gyada-buyer-app.appspot.com",
  "messagingSenderId": "582947103648",
  "appId": "1:582947103648:web:3c9e1b7d2f4a6e8c0b1d27"
}
""", g=google_key())

add("blind-kn/yaml/decoy-openapi-security", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """\
openapi: 3.0.3
info:
  title: Gyada Gold Distributor API
  version: 0.9.0
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
security:
  - ApiKeyAuth: []
paths:
  /prices:
    get:
      summary: Farashin man gyada na yau
""")

add("blind-kn/yaml/decoy-external-secret", "k8s/external-secret-flw.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: flutterwave
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: flutterwave
  data:
    - secretKey: secret-key
      remoteRef:
        key: prod/payments/flutterwave
        property: secret_key
""")

add("blind-kn/k8s-secret/decoy-empty-data", "k8s/templates/remita-secret.yaml", K8S_SECRET, """\
# Samfuri: a cike ta `kubectl create secret` a kowane muhalli
apiVersion: v1
kind: Secret
metadata:
  name: remita
type: Opaque
data:
  api-key: ""
  merchant-id: ""
""")

add("blind-kn/k8s-secret/decoy-base64-non-secret", "k8s/mill-config-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: mill-config
type: Opaque
data:
  MILL_ID: @@a@@
  MILL_REGION: @@b@@
  PRESS_COUNT: @@c@@
""", a=b64("KMB-01"), b=b64("kano-north"), c=b64("12"))

add("blind-kn/helm/decoy-placeholder", "charts/ledger/values.yaml", HELM, """\
image:
  repository: ghcr.io/kanofata/ledger
  tag: ""
env:
  DB_HOST: ledger-db
  DB_USER: ledger_app
# Cike a lokacin shigarwa: --set secrets.dbPassword=...
secrets:
  dbPassword: ""
  paystackSecretKey: "<set-at-install>"
""")

add("blind-kn/terraform/decoy-random-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "erp_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "erp" {
  identifier        = "gyada-erp"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "erp"
  password          = random_password.erp_db.result
  skip_final_snapshot = false
}
""")

add("blind-kn/terraform/decoy-state-outputs", "infra/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", """\
output "export_docs_bucket" {
  value = aws_s3_bucket.export_docs.id
}

output "erp_db_password" {
  value     = random_password.erp_db.result
  sensitive = true
}
""")

add("blind-kn/python/decoy-hash-verify", "payments/webhook.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", """\
import hashlib
import hmac
import os


def valid_signature(body: bytes, signature: str, secret: str | None = None) -> bool:
    \"\"\"Tabbatar cewa sakon ya fito daga Paystack (HMAC SHA512).\"\"\"
    key = (secret or os.environ["PAYSTACK_SECRET_KEY"]).encode()
    expected = hmac.new(key, body, hashlib.sha512).hexdigest()
    return hmac.compare_digest(expected, signature)
""")

add("blind-kn/python/decoy-known-hash", "tools/verify_download.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib
import sys

# sha256 na firmware na na'urar auna nauyi (weighbridge)
EXPECTED = "@@h@@"

data = open(sys.argv[1], "rb").read()
ok = hashlib.sha256(data).hexdigest() == EXPECTED
print("ya dace" if ok else "BAI DACE BA")
sys.exit(0 if ok else 1)
""", h=sha256ish())

add("blind-kn/python/decoy-uuid-constants", "logistics/carriers.py", "https://docs.python.org/3/library/uuid.html", """\
# Lambobin shaida na kamfanonin jigilar kaya a tsarinmu (ids, ba sirri ba)
CARRIERS = {
    "gig": "@@a@@",
    "kobo360": "@@b@@",
    "redstar": "@@c@@",
    "dhl": "@@d@@",
}
DEFAULT = CARRIERS["kobo360"]
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

add("blind-kn/javascript/decoy-config-template", "config/default.js", "https://github.com/node-config/node-config/wiki/Configuration-Files", """\
// node-config: dabi'u na gaske suna cikin custom-environment-variables.js
module.exports = {
  server: { port: 8080 },
  paystack: { secretKey: 'REPLACE_ME', baseUrl: 'https://api.paystack.co' },
  flutterwave: { secretKey: 'REPLACE_ME' },
  db: { host: 'localhost', user: 'storefront', password: '' },
};
""")

add("blind-kn/javascript/decoy-jest-mock", "src/payouts/__tests__/flutterwave.test.js", "https://jestjs.io/docs/mock-functions", """\
jest.mock('axios');
const axios = require('axios');
const { payoutToWallet } = require('../flutterwave');

// Mabudin karya ne (dummy) don jarrabawa
process.env.FLW_SECRET_KEY = 'FLWSECK_TEST-dummy-X';

test('payout posts to /transfers', async () => {
  axios.create.mockReturnValue({ post: jest.fn().mockResolvedValue({ data: { status: 'success' } }) });
  await expect(payoutToWallet('08030000000', 5000, 'fatu')).resolves.toBeDefined();
});
""")

add("blind-kn/typescript/decoy-type-defs", "src/types/gateway.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """\
// Nau'ukan saitin kofofin biya
export interface GatewayConfig {
  publicKey: string;
  secretKey: string; // daga process.env kawai
  webhookHash?: string;
}

export type Gateway = 'paystack' | 'flutterwave' | 'remita';
""")

add("blind-kn/go/decoy-test-constants", "internal/notify/whatsapp_test.go", "https://pkg.go.dev/testing", """\
package notify

import "testing"

// Wadannan ba na gaske ba ne - httptest server ne ke amsawa
const (
	testSID   = "ACtest"
	testToken = "test-token"
)

func TestSendBuildsForm(t *testing.T) {
	if testSID == "" || testToken == "" {
		t.Fatal("missing fixtures")
	}
}
""")

add("blind-kn/java/decoy-vault-annotation", "src/main/java/ng/gyadagold/remita/RemitaProps.java", "https://docs.spring.io/spring-cloud-vault/reference/", """\
package ng.gyadagold.remita;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class RemitaProps {
    @Value("${remita.api-key}")      // daga Spring Cloud Vault
    private String apiKey;
    @Value("${remita.merchant-id:2547916}")
    private String merchantId;
}
""")

add("blind-kn/csharp/decoy-keyvault", "Gyada.Payments/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// Sirri daga Azure Key Vault (managed identity) - babu mabudi a nan
builder.Configuration.AddAzureKeyVault(
    new Uri("https://gyada-payments-kv.vault.azure.net/"),
    new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/lafiya", () => "lafiya lau");
app.Run();
""")

add("blind-kn/shell/decoy-history-env", "ops/notes/deploy_history.txt", BASH_HIST, """\
  501  export PAYSTACK_SECRET_KEY=$(vault kv get -field=secret_key kv/payments/paystack)
  502  kubectl -n storefront set env deploy/storefront PAYSTACK_SECRET_KEY="$PAYSTACK_SECRET_KEY"
  503  unset PAYSTACK_SECRET_KEY
  504  kubectl -n storefront rollout status deploy/storefront
  505  history -d 501
""")

add("blind-kn/shell/decoy-gen-password", "scripts/new_db_user.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """\
#!/usr/bin/env bash
# Kirkiri sabon mai amfani na DB da kalmar sirri ta bazuwar (random)
set -euo pipefail
USER_NAME="$1"
PW=$(openssl rand -base64 24)
psql -c "CREATE ROLE ${USER_NAME} LOGIN PASSWORD '${PW}';"
vault kv put "kv/db/${USER_NAME}" password="$PW"
echo "an ajiye kalmar sirri a Vault"
""")

add("blind-kn/dockerfile/decoy-build-secret", "storefront/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build
CMD ["node", "dist/server.js"]
""")

add("blind-kn/ini/decoy-pip-conf", "ci/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pkgs.kanofata.ng/simple/
# mai amfani da kalmar sirri suna fitowa daga keyring
trusted-host = pkgs.kanofata.ng
timeout = 60
""")

add("blind-kn/properties/decoy-placeholder", "src/main/resources/application-dev.properties", SPRING, """\
spring.datasource.url=jdbc:postgresql://localhost:5432/oilmill
spring.datasource.username=erp
spring.datasource.password=${DB_PASSWORD}
remita.api-key=${REMITA_API_KEY:}
logging.level.ng.gyadagold=DEBUG
""")

add("blind-kn/gradle/decoy-properties-reference", "gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
# Ana saka wadannan a ~/.gradle/gradle.properties na kowa
# kanofataStorePassword=
# kanofataKeyPassword=
kanofata.keystore=release.jks
""")

add("blind-kn/xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/meta-data-element", """\
<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="ng.kanofata.buyer">
  <application android:label="Kano Fata">
    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
    <meta-data android:name="co.paystack.android.PublicKey" android:value="@@pk@@" />
    <activity android:name=".MainActivity" android:exported="true" />
  </application>
</manifest>
""", pk=paystack_pk())

add("blind-kn/notebook/decoy-redacted-output", "analysis/price_forecast.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "source": ["import os\\n", "print('key loaded:', bool(os.environ.get('OPENAI_API_KEY')))"],
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["key loaded: True\\n"]}]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Hasashen farashin gyada zuwa Maris (forecast)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kn/sql/decoy-config-table", "db/seed/gateways.sql", SQL_PG, """\
-- Saitin kofofin biya; mabudai suna cikin Vault, ba a nan ba
INSERT INTO gateways (code, display_name, public_key, secret_ref) VALUES
  ('paystack', 'Paystack', '@@pk@@', 'vault:kv/payments/paystack#secret_key'),
  ('flutterwave', 'Flutterwave', '@@fpk@@', 'vault:kv/payments/flutterwave#secret_key'),
  ('remita', 'Remita', NULL, 'vault:kv/payments/remita#api_key');
""", pk=paystack_pk(), fpk=flw_pk())

add("blind-kn/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  npm-kanofata:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /frontend
    registries: [npm-kanofata]
    schedule: { interval: weekly }
""")

add("blind-kn/yaml/decoy-gitlab-masked", "ci/templates/deploy.gitlab-ci.yml", GITLAB, """\
.deploy:
  image: bitnami/kubectl:1.31
  variables:
    KUBE_NAMESPACE: tannery
    # KUBE_TOKEN an saita shi a Settings > CI/CD > Variables (masked, protected)
  script:
    - kubectl --token="$KUBE_TOKEN" -n "$KUBE_NAMESPACE" apply -f k8s/
""")

add("blind-kn/ssh/decoy-known-hosts", "deploy/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """\
# Sabobin wakilin kwastam da na masana'anta
sftp.apapa-clearing.ng ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@
10.30.1.10 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@
10.30.2.10 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@k3@@=
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(87, "+/"))

add("blind-kn/ssh/decoy-ssh-config", "ops/ssh/config", SSH_CONFIG, """\
# Shiga sabobin masana'antun gyada ta bastion
Host bastion
    HostName 102.89.34.20
    User ops
    IdentityFile ~/.ssh/id_ed25519_gyada

Host mill-*
    ProxyJump bastion
    User ops
    IdentityFile ~/.ssh/id_ed25519_gyada
""")

add("blind-kn/pem/decoy-public-key", "deploy/keys/jwt-public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
@@a@@
@@b@@
@@c@@
@@d@@
-----END PUBLIC KEY-----
""", a=rand_pw(64, "+/"), b=rand_pw(64, "+/"), c=rand_pw(64, "+/"), d="IDAQAB")

add("blind-kn/txt/decoy-meeting-notes", "docs/notes/taro-2026-11-04.txt", MARKDOWN, """\
Taron kungiyar fasaha (tech meeting) - 4 Nuwamba 2026
Halarta: Aminu, Hadiza, Ibrahim, Zainab

1. Remita: wakilin banki zai aiko da sabon apiKey ta imel mai boye (encrypted); Zainab za ta saka a Vault.
2. Paystack: a daina amfani da tsohon mabudi a cikin app na Android - a yi amfani da public key kawai.
3. GIG Logistics: sun bamu sandbox; mabudin gwaji yana cikin 1Password "Logistics".
4. Kada kowa ya aika kalmar sirri ta WhatsApp kuma.
""")

add("blind-kn/dotenv/decoy-commented-example", "mailer/.env.sample", DOTENV, """\
MAIL_MAILER=smtp
MAIL_HOST=smtp.zoho.com
MAIL_PORT=587
MAIL_USERNAME=exports@challawaleather.com
# MAIL_PASSWORD=********  (tambayi Hadiza)
MAIL_PASSWORD=
""")


# ---------------------------------------------------------------- secrets: notes, histories, tools

add("blind-kn/markdown/handover-note", "docs/notes/mika-aiki-zainab.md", MARKDOWN, """\
# Mika aiki (handover) - Ibrahim zuwa Zainab

Na tafi hutu daga ranar 10 ga Disamba. Abubuwan da za ki bukata:

- Dashboard na Flutterwave: shiga da imel na kamfani (2FA yana waya ta ofis).
- Mabudin API na Termii da muke amfani da shi yanzu: @@secret@@
- SMS na farashi yana tafiya kowace safiya karfe 6 (cron a `jobs/send_prices.py`).

Allah ya sa a yi aiki lafiya.
""", secret=termii_key())

add("blind-kn/markdown/wiki-credentials-table", "wiki/Servers.md", MARKDOWN, """\
# Sabobi (servers)

| Suna | Adireshi | Mai amfani | Kalmar sirri |
|------|----------|-----------|--------------|
| Bastion | 102.89.34.20 | ops | (mabudi kawai) |
| Historian | 10.30.1.20 | historian | @@secret@@ |
| Weighbridge PC | 10.30.1.31 | awo | (tambayi Sani) |
""", secret=words_pw())

add("blind-kn/markdown/incident-report", "docs/incidents/2026-09-14-sms-outage.md", MARKDOWN, """\
# Matsalar SMS - 14 Satumba 2026

**Abin da ya faru:** SMS na farashin gyada ba su tafi ba tsawon awa 3.

**Dalili:** mabudin Africa's Talking ya canza a dashboard amma ba a sabunta shi a sabar ba.

**Gyara:** an saka sabon mabudi `@@secret@@` a `/etc/sms/env` sannan aka sake kunna sabis.

**Darasi:** a sanya mabudin a Vault.
""", secret=at_key())

add("blind-kn/txt/whatsapp-export", "docs/notes/chat-export-ops.txt", MARKDOWN, """\
[03/11/2026, 09:12] Aminu: Hadiza don Allah ki turo min password na DB na Bompai
[03/11/2026, 09:14] Hadiza: user: tannery
[03/11/2026, 09:14] Hadiza: password: @@secret@@
[03/11/2026, 09:15] Aminu: Na gode, zan canza bayan an gama migration
[03/11/2026, 09:40] Hadiza: Ok, kar ka manta
""", secret=words_pw())

add("blind-kn/txt/runbook-sentence", "docs/runbooks/paystack-refunds.txt", PAYSTACK, """\
YADDA AKE MAYAR DA KUDI (REFUNDS) - PAYSTACK
1. Nemo reference na oda a admin (misali KF-20261102-00417).
2. Yi amfani da curl; mabudin sirri na live shine @@secret@@ (kar a raba shi).
3. curl -X POST https://api.paystack.co/refund -H "Authorization: Bearer $KEY" -d transaction=REF
4. A rubuta a cikin takardar refunds.xlsx.
""", secret=paystack_sk())

add("blind-kn/rst/deploy-guide", "docs/source/deploy.rst", RST, """\
Tura sabon siga (deploying)
===========================

1. Shiga rumbun hotuna:

   .. code-block:: console

      $ docker login ghcr.io -u kanofata-bot -p @@secret@@

2. Gudanar da ``make release``.
""", secret=gh_token())

add("blind-kn/html/intranet-page", "intranet/it/wifi.html", HTML, """\
<!doctype html>
<html lang="ha"><head><meta charset="utf-8"><title>Wi-Fi na ofis</title></head>
<body>
<h2>Wi-Fi na ofishin Challawa</h2>
<p>Suna (SSID): <b>Challawa-Office</b></p>
<p>Kalmar sirri: <b>@@secret@@</b></p>
<p>Baki (guests) su yi amfani da <i>Challawa-Guest</i>.</p>
</body></html>
""", secret=passphrase())

add("blind-kn/bash-history/curl-flutterwave", "ops/notes/ibrahim.bash_history", BASH_HIST, """\
ls -la
cd payouts
curl -s https://api.flutterwave.com/v3/balances -H "Authorization: Bearer @@secret@@" | jq .
curl -s https://api.flutterwave.com/v3/transfers?status=failed -H "Authorization: Bearer $FLW" | jq '.data | length'
vim payout.py
git status
""", secret=flw_sk())

add("blind-kn/bash-history/mysql-password", "ops/notes/root.bash_history", BASH_HIST, """\
apt update && apt upgrade -y
systemctl status mysql
mysql -u root -p'@@secret@@' tannery -e "SHOW PROCESSLIST;"
mysqldump -u root tannery > /backup/tannery.sql
ls -lh /backup
""", secret=words_pw())

add("blind-kn/bash-history/export-token", "ops/notes/zainab.zsh_history", BASH_HIST, """\
: 1762150000:0;cd ~/code/infra
: 1762150012:0;export CLOUDFLARE_API_TOKEN=@@secret@@
: 1762150030:0;terraform plan -var-file=prod.tfvars
: 1762150201:0;terraform apply -var-file=prod.tfvars
: 1762150333:0;git log --oneline | head
""", secret=rand_pw(40, "_-"))

add("blind-kn/netrc/heroku-style", "ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine api.github.com
  login kanofata-bot
  password @@secret@@
machine pkgs.kanofata.ng
  login ci
""", secret=gh_token())

add("blind-kn/gitconfig/url-insteadof", "ops/dotfiles/gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", """\
[user]
    name = Ibrahim Sule
    email = ibrahim@kanofata.ng
[credential]
    helper = store
# domin go get na rumbunan sirri (private modules)
[url "https://kanofata-bot:@@secret@@@github.com/"]
    insteadOf = https://github.com/
""", secret=gh_fine())

add("blind-kn/ini/rclone-config", "ops/rclone/rclone.conf", "https://rclone.org/s3/#configuration", """\
[backups]
type = s3
provider = AWS
region = af-south-1
access_key_id = @@kid@@
secret_access_key = @@secret@@
storage_class = STANDARD_IA
""", secret=aws_secret(), kid=aws_id())

add("blind-kn/ini/pgbouncer-userlist", "deploy/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#auth_file", """\
;; userlist na pgbouncer a sabar ERP
;; erp yana da kalmar sirri a fili saboda auth_type=plain a lokacin gwaji
;; TODO: a koma scram-sha-256 bayan gwaji
"erp" "@@secret@@"
;; sauran masu amfani suna zuwa ta auth_query
""", secret=words_pw())

add("blind-kn/ini/mosquitto-bridge", "mill-gateway/mosquitto/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Hada na'urorin masana'antar Kumbotso da broker na tsakiya
connection central
address broker.gyadagold.ng:8883
remote_username kmb01
remote_password @@secret@@
topic press/# out 1
bridge_cafile /etc/mosquitto/ca.crt
""", secret=rand_pw(22))

add("blind-kn/yaml/jenkins-casc", "jenkins/casc.yaml", "https://github.com/jenkinsci/configuration-as-code-plugin/blob/master/docs/features/secrets.adoc", """\
jenkins:
  systemMessage: "Jenkins na Gyada Gold"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus
              username: deployer
              password: "@@secret@@"
""", secret=words_pw())

add("blind-kn/groovy/jenkinsfile", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    SLACK_HOOK = '@@secret@@'
  }
  stages {
    stage('Gina') { steps { sh './gradlew build' } }
    stage('Sanarwa') {
      steps { sh "curl -X POST -H 'Content-type: application/json' --data '{\\"text\\":\\"An gina ERP\\"}' $SLACK_HOOK" }
    }
  }
}
""", secret=slack_webhook())

add("blind-kn/yaml/azure-pipelines", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """\
trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  storageAccount: gyadareports
  storageKey: '@@secret@@'
steps:
  - script: |
      az storage blob upload-batch -d reports -s out/ --account-name $(storageAccount) --account-key $(storageKey)
    displayName: Tura rahotanni
""", secret=azure_account_key())

add("blind-kn/yaml/drone-ci", ".drone.yml", "https://docs.drone.io/pipeline/docker/syntax/", """\
kind: pipeline
type: docker
name: default
steps:
  - name: notify
    image: appleboy/drone-telegram
    settings:
      token: @@secret@@
      to: -1001827364510
      message: "Ginin {{build.number}} ya kare: {{build.status}}"
""", secret=telegram())

add("blind-kn/json/postman-env", "postman/Paystack.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "name": "Paystack LIVE",
  "values": [
    { "key": "base_url", "value": "https://api.paystack.co", "enabled": true },
    { "key": "secret_key", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "customer_email", "value": "buyer@example.com", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", secret=paystack_sk())

add("blind-kn/http/rest-client", "api-tests/remita.http", "https://github.com/Huachao/vscode-restclient#request-headers", """\
### Samar da RRR (generate)
POST https://login.remita.net/remita/exapp/api/v1/send/api/echannelsvc/merchant/api/paymentinit
Content-Type: application/json
Authorization: remitaConsumerKey=2547916,remitaConsumerToken={{hash}}

{ "serviceTypeId": "4430731", "amount": "185000", "orderId": "NXP-2026-1103", "payerName": "Challawa Leather Works" }

### apiKey: @@secret@@
""", secret=rand_pw(28))

add("blind-kn/json/vscode-launch", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "payout worker",
      "type": "node",
      "request": "launch",
      "program": "${workspaceFolder}/src/payouts/worker.js",
      "env": { "FLW_SECRET_KEY": "@@secret@@", "NODE_ENV": "development" }
    }
  ]
}
""", secret=flw_sk())

add("blind-kn/notebook/key-in-cell", "analysis/geocode_suppliers.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Wuraren masu kawo fatu (supplier locations)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import googlemaps\\n", "gmaps = googlemaps.Client(key='@@secret@@')\\n",
              "res = gmaps.geocode('Kasuwar Kwari, Kano')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=google_key())

add("blind-kn/notebook/output-leak", "analysis/press_yield.ipynb", JUPYTER, """\
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {},
   "source": ["import os\\n", "print(os.environ['MILL_DB_URL'])"],
   "outputs": [{"name": "stdout", "output_type": "stream",
                "text": ["postgresql://analyst:@@secret@@@oilmill-replica.internal:5432/oilmill\\n"]}]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Yawan man da aka samu a kowace tan ta gyada"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("blind-kn/sql/create-user", "db/migrations/0009_reporting_user.sql", SQL_PG, """\
-- Mai amfani na Metabase (rahotanni)
CREATE ROLE metabase LOGIN PASSWORD '@@secret@@';
GRANT reporting TO metabase;
ALTER ROLE metabase SET statement_timeout = '60s';
COMMENT ON ROLE metabase IS 'Dashboards na Hadiza';
""", secret=words_pw())

add("blind-kn/sql/mysql-grant", "db/mysql/users.sql", "https://dev.mysql.com/doc/refman/8.4/en/create-user.html", """\
-- Masu amfani na tsarin fata (tannery ERP)
CREATE USER 'erp'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON tannery.* TO 'erp'@'10.20.%';
CREATE USER 'backup'@'localhost' IDENTIFIED WITH auth_socket;
FLUSH PRIVILEGES;
""", secret=words_pw())

add("blind-kn/csv/accounts-export", "ops/exports/service-accounts.csv", CSV, """\
service,url,username,password,owner
paystack-dashboard,https://dashboard.paystack.com,finance@kanofata.ng,(SSO),Hadiza
historian,https://historian.gyadagold.local,admin,@@secret@@,Ibrahim
dhl-mydhl,https://mydhl.express.dhl,kanofata,(1Password),Aminu
gig-portal,https://giglogistics.com,ops@kanofata.ng,(1Password),Aminu
""", secret=words_pw())

add("blind-kn/log/debug-leak", "logs/payout-worker-debug.log", LOG, """\
2026-11-05 10:02:11 DEBUG payout.worker starting pid=4412
2026-11-05 10:02:11 DEBUG http request POST https://api.flutterwave.com/v3/transfers
2026-11-05 10:02:11 DEBUG headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
2026-11-05 10:02:12 INFO  transfer id=58120771 status=NEW amount=45000 narration="fatar akuya x20"
2026-11-05 10:02:15 INFO  transfer id=58120771 status=SUCCESSFUL
""", secret=flw_sk())

add("blind-kn/log/connection-error", "logs/ledger-error.log", LOG, """\
2026-10-30 23:59:58 ERROR ledger.sync could not connect
Traceback (most recent call last):
  File "/srv/ledger/sync.py", line 41, in run
    conn = psycopg2.connect("postgresql://ledger_app:@@secret@@@10.20.4.11:5432/hides_ledger")
psycopg2.OperationalError: connection to server at "10.20.4.11", port 5432 failed: timeout expired
""", secret=words_pw())

add("blind-kn/dart/flutter-constants", "buyer_app/lib/config/keys.dart", "https://dart.dev/language/variables#final-and-const", """\
// Saitin app na masu saye (Flutter)
class Keys {
  static const paystackPublic = '@@pk@@';
  // TODO: a cire - sabar ce ya kamata ta yi verify
  static const paystackSecret = '@@secret@@';
  static const apiBase = 'https://api.kanofata.ng';
}
""", secret=paystack_sk(), pk=paystack_pk())

add("blind-kn/perl/legacy-sms", "legacy/cgi-bin/sms.pl", "https://metacpan.org/pod/LWP::UserAgent", """\
#!/usr/bin/perl
use strict;
use LWP::UserAgent;
# Tsohon rubutun aika SMS (2019)
my $ua = LWP::UserAgent->new;
my $res = $ua->post('https://api.africastalking.com/version1/messaging',
    { username => 'gyadagold', to => $ARGV[0], message => $ARGV[1] },
    'apiKey' => '@@secret@@', 'Accept' => 'application/json');
print $res->decoded_content;
""", secret=at_key())

add("blind-kn/lua/nginx-auth", "deploy/openresty/auth.lua", "https://github.com/openresty/lua-nginx-module#ngxreqset_header", """\
-- Saka mabudi ga bukatun da ke tafiya zuwa GIG Logistics
local GIG_API_KEY = "@@secret@@"
ngx.req.set_header("x-api-key", GIG_API_KEY)
ngx.req.set_header("x-client", "kanofata")
ngx.log(ngx.INFO, "gig proxy: ", ngx.var.uri)
""", secret=rand_pw(40))

add("blind-kn/python/mapbox-secret", "logistics/routes.py", "https://docs.mapbox.com/api/accounts/tokens/", """\
import requests

# Hanyoyin motocin kaya daga Kano zuwa Apapa
MAPBOX_TOKEN = "@@secret@@"


def route(a, b):
    url = f"https://api.mapbox.com/directions/v5/mapbox/driving/{a[0]},{a[1]};{b[0]},{b[1]}"
    return requests.get(url, params={"access_token": MAPBOX_TOKEN, "geometries": "geojson"}).json()
""", secret=mapbox_secret())

add("blind-kn/python/ftp-url", "jobs/pull_weighbridge.py", "https://docs.python.org/3/library/ftplib.html", """\
from urllib.request import urlopen

# Karbo bayanan ma'aunin nauyi (weighbridge) na motocin gyada
SRC = "ftp://awo:@@secret@@@10.30.1.31/exports/tickets.csv"

with urlopen(SRC) as r, open("/data/weighbridge/tickets.csv", "wb") as f:
    f.write(r.read())
print("an karbo tikiti")
""", secret=words_pw())

add("blind-kn/python/smtp-login", "jobs/email_nxp.py", "https://docs.python.org/3/library/smtplib.html", """\
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "NXP form - shipment 2026-11"
msg["From"], msg["To"] = "exports@bompaitannery.ng", "nxp@bank.example.ng"
msg.set_content("Assalamu alaikum, an hada takardar NXP.")
with smtplib.SMTP("smtp.gmail.com", 587) as s:
    s.starttls()
    s.login("exports@bompaitannery.ng", "@@secret@@")
    s.send_message(msg)
""", secret="".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("blind-kn/python/sendgrid-split-lines", "jobs/weekly_digest.py", SENDGRID, """\
import sendgrid

API_KEY = (
    "@@a@@"
    "@@b@@"
)
sg = sendgrid.SendGridAPIClient(api_key=API_KEY)
# takaitaccen rahoton mako ga shugabanni
""", secret=(_sg := sendgrid_key()), a=_sg[:30], b=_sg[30:])

add("blind-kn/javascript/telegram-env-object", "bots/supplier-bot/config.js", TELEGRAM, """\
// Bot na Telegram ga masu kawo fatu
module.exports = {
  botToken: process.env.BOT_TOKEN || '@@secret@@',
  adminChat: -1001827364510,
  lang: 'ha',
};
""", secret=telegram())

add("blind-kn/typescript/jwt-secret", "src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """\
import jwt from 'jsonwebtoken';

const JWT_SECRET = '@@secret@@';

export function issue(buyerId: string): string {
  return jwt.sign({ sub: buyerId, aud: 'kanofata-buyers' }, JWT_SECRET, { expiresIn: '12h' });
}

export const verify = (t: string) => jwt.verify(t, JWT_SECRET);
""", secret=rand_pw(48))

add("blind-kn/kotlin/twilio-token", "server/src/main/kotlin/ng/kanofata/notify/Sms.kt", TWILIO, """\
package ng.kanofata.notify

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

object Sms {
    init { Twilio.init("@@sid@@", "@@secret@@") }
    fun send(to: String, text: String) =
        Message.creator(PhoneNumber(to), PhoneNumber("+15005550006"), text).create()
}
""", secret=hexs(32), sid=twilio_sid())

add("blind-kn/go/paystack-header", "internal/pay/paystack.go", PAYSTACK, """\
package pay

import "net/http"

const paystackKey = "@@secret@@" // an sani, za a gyara

func newReq(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, "https://api.paystack.co"+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+paystackKey)
	return req, nil
}
""", secret=paystack_sk())

add("blind-kn/rust/database-url", "tools/press-monitor/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """\
use sqlx::postgres::PgPoolOptions;

// Ajiye karatun na'urorin matsa gyada
pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://press:@@secret@@@10.30.1.5/oilmill")
        .await
}
""", secret=words_pw())

add("blind-kn/csharp/smtp-credential", "Tannery.Mail/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;
using System.Net.Mail;

public static class Mailer
{
    // Aika takardun kudi ga masu saye a Turai
    public static SmtpClient Create() => new SmtpClient("smtp.office365.com", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("invoices@sharadahides.com", "@@secret@@"),
    };
}
""", secret=words_pw())

add("blind-kn/powershell/storage-key", "scripts/Upload-Photos.ps1", AZURE_CONN, """\
# Tura hotunan fatu (hide photos) zuwa Azure Blob
$ctx = New-AzStorageContext -StorageAccountName 'sharadaphotos' -StorageAccountKey '@@secret@@'
Get-ChildItem 'D:\\Photos\\Grading\\*.jpg' | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'grading' -Blob $_.Name -Context $ctx -Force
}
Write-Host 'An gama tura hotuna'
""", secret=azure_account_key())

add("blind-kn/php/wp-config", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Shafin yanar gizo na Challawa Leather Works
define('DB_NAME', 'challawa_wp');
define('DB_USER', 'challawa_wp');
define('DB_PASSWORD', '@@secret@@');
define('DB_HOST', 'localhost');
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("blind-kn/ruby/database-yml", "config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
production:
  adapter: postgresql
  database: buyers_portal
  host: portal-db.internal
  username: portal
  password: <%= ENV.fetch("PORTAL_DB_PASSWORD", "@@secret@@") %>
  pool: 10
""", secret=words_pw())

add("blind-kn/shell/heredoc-env", "scripts/provision_sms.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# Saita sabon sabar SMS
set -e
install -d -m 700 /etc/sms
cat > /etc/sms/env <<'EOF'
TERMII_SENDER_ID=GyadaGold
TERMII_API_KEY=@@secret@@
EOF
systemctl enable --now sms-gateway
""", secret=termii_key())

add("blind-kn/shell/mongodump-uri", "scripts/backup_fleet.sh", "https://www.mongodb.com/docs/database-tools/mongodump/", """\
#!/bin/bash
# Ajiye bayanan motoci (fleet) kowace Juma'a
mongodump --uri "mongodb+srv://backup:@@secret@@@cluster0.kn4tq.mongodb.net/fleet" --archive=/backup/fleet-$(date +%F).gz --gzip
find /backup -name 'fleet-*.gz' -mtime +30 -delete
echo "an gama"
""", secret=rand_pw(16))

add("blind-kn/yaml/docker-compose-redis-cmd", "sms-gateway/docker-compose.yml", COMPOSE, """\
services:
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
  worker:
    build: .
    environment:
      REDIS_HOST: redis
""", secret=redis_pw())

add("blind-kn/yaml/ansible-task-inline", "ansible/roles/historian/tasks/main.yml", ANSIBLE, """\
---
- name: Kirkiri mai amfani na historian
  community.postgresql.postgresql_user:
    name: historian
    password: "@@secret@@"
    db: oilmill
- name: Sake kunna historian
  ansible.builtin.service:
    name: historian
    state: restarted
""", secret=words_pw())

add("blind-kn/k8s-secret/opaque-url", "k8s/fleet-mongo-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: fleet-mongo
  namespace: logistics
type: Opaque
data:
  MONGO_URI: @@u@@
""", secret=(_m := rand_pw(16)), u=b64(f"mongodb+srv://fleet_app:{_m}@cluster0.kn4tq.mongodb.net/fleet"))

add("blind-kn/helm/set-flag-script", "deploy/install-storefront.sh", "https://helm.sh/docs/helm/helm_install/", """\
#!/usr/bin/env bash
# Shigar da storefront zuwa k8s
helm upgrade --install storefront charts/storefront \\
  --namespace storefront --create-namespace \\
  --set paystack.secretKey=@@secret@@ \\
  --set image.tag=3.2.0
""", secret=paystack_sk())


# ---------------------------------------------------------------- decoys: harder look-alikes

add("blind-kn/dotenv/decoy-azurite-emulator", "Gyada.Reports/.env.development", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings", """\
# Azurite (na'urar kwaikwayo ta gida - local emulator); mabudin da Microsoft ta wallafa ne
STORAGE_CONNECTION=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;
REPORT_CONTAINER=daily-press-reports
ASPNETCORE_ENVIRONMENT=Development
FUNCTIONS_WORKER_RUNTIME=dotnet-isolated
""")

add("blind-kn/markdown/decoy-jwt-io-example", "docs/auth/buyer-tokens.md", "https://jwt.io/introduction", """\
# Alamomin shiga na masu saye (buyer tokens)

API na masu saye yana amfani da JWT (HS256). Misalin da ke shafin jwt.io:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Ana sanya hannu da `JWT_SECRET` daga Vault; alamar tana karewa bayan awa 12.
""")

add("blind-kn/markdown/decoy-slack-doc-example", "docs/integrations/slack.md", SLACK_HOOK, """\
# Sanarwar Slack (alerts)

1. Kirkiri Incoming Webhook a tashar `#samarwa`.
2. Saka URL din a Vault `kv/alerts/slack#webhook` - ba a cikin code ba.
3. Yadda URL din yake (misalin Slack):

`https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`
""")

add("blind-kn/go/decoy-go-sum", "tools/weighbridge/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/lib/pq v1.10.9 h1:@@a@@=
github.com/lib/pq v1.10.9/go.mod h1:@@b@@=
github.com/redis/go-redis/v9 v9.7.0 h1:@@c@@=
github.com/redis/go-redis/v9 v9.7.0/go.mod h1:@@d@@=
github.com/goburrow/modbus v0.1.0 h1:@@e@@=
""", a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"))

add("blind-kn/yaml/decoy-image-digests", "k8s/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: tannery
resources: [ledger.yaml, storefront.yaml]
images:
  - name: ghcr.io/kanofata/ledger
    digest: sha256:@@a@@
  - name: ghcr.io/kanofata/storefront
    digest: sha256:@@b@@
""", a=sha256ish(), b=sha256ish())

add("blind-kn/html/decoy-login-form", "portal/templates/login.html", HTML, """\
<form method="post" action="/shiga">
  <label for="email">Imel</label>
  <input id="email" name="email" type="email" autocomplete="username">
  <label for="password">Kalmar sirri</label>
  <input id="password" name="password" type="password" autocomplete="current-password" minlength="12">
  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
  <button type="submit">Shiga</button>
</form>
""")

add("blind-kn/json/decoy-kms-ciphertext", "config/encrypted-settings.json", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html", """\
{
  "_note": "An boye su da AWS KMS (alias/gyada-payments); sai lambda ke iya bude su",
  "kms_key": "alias/gyada-payments",
  "flutterwave_secret_ciphertext": "AQICAHh@@a@@",
  "remita_api_key_ciphertext": "AQICAHh@@b@@",
  "region": "af-south-1"
}
""", a=rand_pw(180, "+/") + "=", b=rand_pw(160, "+/") + "==")

add("blind-kn/python/decoy-password-policy", "accounts/validators.py", "https://docs.djangoproject.com/en/5.1/topics/auth/passwords/#password-validation", """\
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Sakon kuskure: "Kalmar sirri ta yi gajere" (password too short)
PASSWORD_RESET_TIMEOUT = 60 * 60 * 3
""")

add("blind-kn/yaml/decoy-argocd-vault-plugin", "k8s/remita-avp-secret.yaml", "https://argocd-vault-plugin.readthedocs.io/en/stable/howitworks/", """\
apiVersion: v1
kind: Secret
metadata:
  name: remita
  annotations:
    avp.kubernetes.io/path: "kv/data/payments/remita"
type: Opaque
stringData:
  api-key: <api_key>
  merchant-id: <merchant_id>
""")

add("blind-kn/csv/decoy-hashed-pins", "data/agent-pins-audit.csv", CSV, """\
agent_id,market,pin_sha256,last_changed
AGT-031,Kwari,@@a@@,2026-10-02
AGT-032,Dawanau,@@b@@,2026-10-05
AGT-033,Sabon Gari,@@c@@,2026-09-28
AGT-034,Kurmi,@@d@@,2026-10-11
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish())
