"""Blind set KR: hilsa fish traders and rickshaw-art painters in Bangladesh.

Fish auctions at the ghat (Chandpur, Barishal, Cox's Bazar), cold chains and ice plants, mobile
money (bKash, Nagad, SSLCommerz), SMS gateways, an art shop selling rickshaw-painted panels, their
CI and cloud; notes and comments partly in Bengali script. Generated fakes only
(seeds 5610000-5619999).
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
UPNUM = string.ascii_uppercase + string.digits
_SEED = [5610000]
SEED_END = 5619999


def _seed() -> int:
    _SEED[0] += 7
    assert 5610000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ilish", "Padma", "Meghna", "Jamuna", "Shapla", "Boishakh", "Rikshaw", "Jamdani", "Nouka",
         "Kadam", "Shimul", "Palash", "Borof", "Ghat", "Chandpur", "Sundarban", "Bhola", "Tetul"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand(n: int = 20, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_sk() -> str:
    return fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def tg_token() -> str:
    return fakes.telegram_token(_seed())


def slack_hook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def stripe_sk() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def fcm_key() -> str:
    return "AAAA" + rand(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_")


def azure_account_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def vault_token() -> str:
    return fakes.fake("hvs.", 24, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def mapbox_sk() -> str:
    return "sk.eyJ1Ijoia" + rand(50) + "." + rand(22)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def trx_id() -> str:
    return rand(10, UPNUM)


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from `fields`, `@@s@@` from the secret."""
    assert category.startswith("blind-kr/"), category
    if secret is not None:
        fields.setdefault("s", secret)
    for key, value in fields.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


BKASH = "https://developer.bka.sh/docs/checkout-process-overview"
NAGAD = "https://nagad.com.bd/merchant-api"
SSLC = "https://developer.sslcommerz.com/doc/v4/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/variables/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
DOTENV = "https://github.com/motdotla/dotenv#usage"
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
NODEDOC = "https://nodejs.org/api/process.html#processenv"
GODOC = "https://pkg.go.dev/os#Getenv"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
LARAVEL = "https://laravel.com/docs/configuration#environment-configuration"
RAILS = "https://guides.rubyonrails.org/configuring.html"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config/"
AWSCLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
SMS = "https://sslwireless.com/sms-api-documentation/"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
SLACK = "https://api.slack.com/messaging/webhooks"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment="
NGINX = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html"
PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"
CARGO = "https://doc.rust-lang.org/cargo/reference/config.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PIPCONF = "https://pip.pypa.io/en/stable/topics/configuration/"
GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties"
SWIFT = "https://developer.apple.com/documentation/foundation/processinfo/1417911-environment"
KOTLIN = "https://developer.android.com/build/gradle-tips"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"

# ---------------------------------------------------------------- secrets: mobile money

add("blind-kr/python/bkash-app-secret", "hilsa_auction/payments/bkash_client.py", BKASH, r"""import requests

# বিকাশ টোকেন গ্রান্ট — নিলামের অগ্রিম টাকা নেওয়ার জন্য
BKASH_BASE = "https://tokenized.pay.bka.sh/v1.2.0-beta"
APP_KEY = "@@k@@"
APP_SECRET = "@@s@@"


def grant_token(username: str, password: str) -> str:
    headers = {"username": username, "password": password}
    body = {"app_key": APP_KEY, "app_secret": APP_SECRET}
    r = requests.post(BKASH_BASE + "/tokenized/checkout/token/grant", json=body, headers=headers, timeout=20)
    r.raise_for_status()
    return r.json()["id_token"]
""", rand(50), k=rand(25))

add("blind-kr/env/bkash-password", "chandpur-ghat/.env.production", DOTENV, r"""# চাঁদপুর ঘাট — প্রোডাকশন
APP_ENV=production
BKASH_USERNAME=01770311459
BKASH_PASSWORD=@@s@@
BKASH_APP_KEY=@@k@@
NAGAD_MERCHANT_ID=683002007104225
COLD_ROOM_ALERT_PHONE=+8801711000000
""", words_pw(), k=rand(25))

add("blind-kr/php/sslcommerz-store-password", "rickshaw-art-shop/app/Services/SslCommerz.php", SSLC, r"""<?php
namespace App\Services;

// রিকশা আর্ট প্যানেলের অনলাইন পেমেন্ট
class SslCommerz
{
    private string $storeId = 'rikshawart0live';
    private string $storePasswd = '@@s@@';
    private string $endpoint = 'https://securepay.sslcommerz.com/gwprocess/v4/api.php';

    public function initiate(array $order): array
    {
        $post = array_merge($order, ['store_id' => $this->storeId, 'store_passwd' => $this->storePasswd]);
        return json_decode($this->curl($this->endpoint, $post), true);
    }
}
""", rand(13, UPNUM))

add("blind-kr/js/nagad-private-key", "nagad-gateway/src/keys.js", NAGAD, r"""// নগদ মার্চেন্ট প্রাইভেট কী — সিগনেচার তৈরির জন্য
const MERCHANT_PRIVATE_KEY = `@@s@@`;

const NAGAD_PUBLIC_KEY_PATH = './keys/nagad_pg_public.pem';

module.exports = { MERCHANT_PRIVATE_KEY, NAGAD_PUBLIC_KEY_PATH };
""", pem("RSA"))

add("blind-kr/yaml/bkash-app-secret", "ilish-bazar/config/payments.yml", BKASH, r"""payments:
  bkash:
    mode: live
    base_url: https://tokenized.pay.bka.sh/v1.2.0-beta
    app_key: @@k@@
    app_secret: @@s@@
    username: 01819400270
    callback: https://ilishbazar.com.bd/pay/bkash/callback
  nagad:
    merchant_id: ${NAGAD_MERCHANT_ID}
""", rand(50), k=rand(25))

add("blind-kr/go/sslcommerz-store-password", "coldchain/pay/sslcz.go", SSLC, r"""package pay

import "net/url"

// SSLCommerz লাইভ স্টোর — বরফ কলের মাসিক বিল
const (
	storeID     = "borofkol01live"
	storePasswd = "@@s@@"
)

func initForm(amount string, tranID string) url.Values {
	v := url.Values{}
	v.Set("store_id", storeID)
	v.Set("store_passwd", storePasswd)
	v.Set("total_amount", amount)
	v.Set("tran_id", tranID)
	return v
}
""", rand(14, UPNUM))

add("blind-kr/markdown/bkash-password", "docs/payments/bkash-onboarding.md", MD, r"""# bKash লাইভ অনবোর্ডিং

বিকাশ টিম মেইলে যা দিয়েছে (২০২৪-০৩-১১):

| Field | Value |
|---|---|
| username | 01611884420 |
| password | @@s@@ |
| app_key | @@k@@ |

Sandbox এর ক্রেডেনশিয়াল আলাদা, সেগুলো wiki তে আছে।
""", words_pw(), k=rand(25))

add("blind-kr/shell-history/sslcommerz-store-password", "ops/rakib/.bash_history", SSLC, r"""cd /srv/ilish-bazar
git pull origin main
curl -s -X POST https://securepay.sslcommerz.com/validator/api/validationserverAPI.php -d "val_id=2403111544251TLAbcXkYz" -d "store_id=ilishbazar0live" -d "store_passwd=@@s@@" -d "format=json"
sudo systemctl restart ilish-api
tail -n 50 /var/log/ilish/api.log
""", rand(13, UPNUM))

add("blind-kr/kotlin/bkash-app-secret", "android/app/src/main/java/bd/ilish/pay/BkashConfig.kt", KOTLIN, r"""package bd.ilish.pay

// TODO: সার্ভারে সরাতে হবে, অ্যাপে রাখা ঠিক না
object BkashConfig {
    const val BASE_URL = "https://tokenized.pay.bka.sh/v1.2.0-beta/"
    const val APP_KEY = "@@k@@"
    const val APP_SECRET = "@@s@@"
    const val USERNAME = "01933552018"
}
""", rand(50), k=rand(25))

_NAGAD_PEM = pem("RSA")
add("blind-kr/k8s-secret/nagad-private-key", "deploy/k8s/nagad-merchant-secret.yaml", K8S, r"""apiVersion: v1
kind: Secret
metadata:
  name: nagad-merchant
  namespace: ilish-pay
type: Opaque
data:
  merchant-id: @@m@@
  merchant-private-key: @@b@@
""", _NAGAD_PEM, m=b64("683002007104225"), b=b64(_NAGAD_PEM))

add("blind-kr/ruby/sslcommerz-store-password", "rickshaw-art-shop/config/initializers/sslcommerz.rb", RAILS, r"""# রিকশা পেইন্টিং অর্ডার — SSLCommerz
SslCommerz.configure do |c|
  c.store_id     = "rikshawpanel0live"
  c.store_passwd = "@@s@@"
  c.sandbox      = false
  c.success_url  = "https://rikshawart.com.bd/orders/paid"
end
""", rand(13, UPNUM))

add("blind-kr/csharp/nagad-private-key", "NagadBridge/Config/MerchantKeys.cs", NAGAD, r"""namespace NagadBridge.Config
{
    // নগদ পেমেন্ট — মার্চেন্ট কী
    public static class MerchantKeys
    {
        public const string MerchantId = "683002007104225";
        public const string PrivateKeyPem = @"@@s@@";
    }
}
""", pem("RSA"))

add("blind-kr/json/bkash-app-secret", "ilish-bazar/appsettings.Production.json", DOTNET, r"""{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Bkash": {
    "BaseUrl": "https://tokenized.pay.bka.sh/v1.2.0-beta",
    "AppKey": "@@k@@",
    "AppSecret": "@@s@@",
    "Username": "01870220541"
  },
  "AllowedHosts": "*"
}
""", rand(50), k=rand(25))

add("blind-kr/ini/sslcommerz-store-password", "pos/ghat-pos.ini", "https://docs.python.org/3/library/configparser.html", r"""; ঘাটের পস মেশিন কনফিগ
[shop]
name = Barishal Ilish Arot
ghat = Port Road

[sslcommerz]
store_id = barishalarot0live
store_passwd = @@s@@
sandbox = false
""", rand(13, UPNUM))

add("blind-kr/python/nagad-private-key", "nagad_pg/sign.py", NAGAD, r"""import base64
from Crypto.PublicKey import RSA
from Crypto.Signature import PKCS1_v1_5
from Crypto.Hash import SHA256

# নগদ সিগনেচার — এই কী কারো সাথে শেয়ার করবেন না
MERCHANT_KEY = '''@@s@@'''


def sign(payload: str) -> str:
    key = RSA.import_key(MERCHANT_KEY)
    return base64.b64encode(PKCS1_v1_5.new(key).sign(SHA256.new(payload.encode()))).decode()
""", pem("RSA"))

# ---------------------------------------------------------------- secrets: SMS gateways

add("blind-kr/python/sms-api-token", "hilsa_auction/notify/sms.py", SMS, r"""import requests

# নিলাম শুরু হলে পাইকারদের এসএমএস
SMS_URL = "https://smsplus.sslwireless.com/api/v3/send-sms"
API_TOKEN = "@@s@@"
SID = "ILISHNILAM"


def send(msisdn: str, text: str, ref: str) -> dict:
    body = {"api_token": API_TOKEN, "sid": SID, "msisdn": msisdn, "sms": text, "csms_id": ref}
    return requests.post(SMS_URL, json=body, timeout=15).json()
""", rand(36).lower() + "-" + rand(8))

add("blind-kr/php/sms-api-key", "arot/sms_send.php", "https://bulksmsbd.net/api-documentation", r"""<?php
// পাইকারদের কাছে দরের এসএমএস
$apiKey = "@@s@@";
$senderId = "8809617611234";
$number = $_POST['number'];
$message = "আজকের দর: বড় ইলিশ ১৮০০ টাকা/কেজি";
$url = "http://bulksmsbd.net/api/smsapi?api_key=" . $apiKey . "&type=text&number=" . $number . "&senderid=" . $senderId . "&message=" . urlencode($message);
file_get_contents($url);
""", rand(20))

add("blind-kr/shell/sms-api-key", "scripts/send_price_sms.sh", SMS, r"""#!/usr/bin/env bash
# সকাল ৬টায় দর পাঠানো (cron)
set -euo pipefail
PRICE_FILE=/srv/arot/today.txt
MSG=$(cat "$PRICE_FILE")
curl -sG "https://api.greenweb.com.bd/api.php" \
  --data-urlencode "token=@@s@@" \
  --data-urlencode "to=01711000000,01811000000" \
  --data-urlencode "message=$MSG"
""", hexs(32) + rand(8).lower())

add("blind-kr/yaml/sms-api-token", "coldchain/config/alerts.yaml", SMS, r"""alerts:
  temperature_max_c: 4
  # কোল্ড রুমের তাপমাত্রা বাড়লে এসএমএস
  sms:
    provider: sslwireless
    sid: BOROFKOL
    api_token: "@@s@@"
    recipients:
      - "8801711000000"
      - "8801911000000"
""", rand(36).lower() + "-" + rand(8))

add("blind-kr/java/twilio-auth-token", "export-desk/src/main/java/bd/ilish/export/WhatsappNotifier.java", "https://www.twilio.com/docs/usage/api#authenticate-with-http", r"""package bd.ilish.export;

import com.twilio.Twilio;

// কলকাতার ক্রেতাদের WhatsApp নোটিফিকেশন
public class WhatsappNotifier {
    private static final String ACCOUNT_SID = "AC@@sid@@";
    private static final String AUTH_TOKEN = "@@s@@";

    public static void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
""", hexs(32), sid=hexs(32))

# ---------------------------------------------------------------- secrets: cloud and CI

add("blind-kr/aws-credentials/aws-secret-key", "ops/aws/credentials", AWSCLI, r"""[default]
region = ap-southeast-1

[coldchain-prod]
aws_access_key_id = @@i@@
aws_secret_access_key = @@s@@
region = ap-south-1
""", aws_sk(), i=aws_id())

add("blind-kr/github-actions/aws-secret-key", ".github/workflows/deploy-coldchain.yml", GHA, r"""name: deploy-coldchain
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@i@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: ap-south-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./dist s3://coldchain-dashboard --delete
""", aws_sk(), i=aws_id())

add("blind-kr/gitlab-ci/gitlab-token", "rickshaw-art-shop/.gitlab-ci.yml", GLCI, r"""stages: [build, release]

variables:
  # রিলিজ ট্যাগ করার জন্য
  RELEASE_TOKEN: "@@s@@"

release:
  stage: release
  script:
    - git remote set-url origin "https://oauth2:${RELEASE_TOKEN}@gitlab.com/rikshawart/shop.git"
    - git push origin --tags
""", gitlab())

add("blind-kr/terraform/do-token", "infra/digitalocean/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r"""terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean" }
  }
}

# সিঙ্গাপুর রিজিয়ন — নিলাম সার্ভার
provider "digitalocean" {
  token = "@@s@@"
}

resource "digitalocean_droplet" "nilam" {
  name   = "nilam-api-1"
  region = "sgp1"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-22-04-x64"
}
""", do_token())

add("blind-kr/dockerfile/npm-token", "rickshaw-art-shop/web/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r"""FROM node:20-alpine AS build
WORKDIR /app
ENV NPM_TOKEN=@@s@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm())

add("blind-kr/npmrc/npm-token", "rickshaw-art-shop/.npmrc", NPMRC, r"""registry=https://registry.npmjs.org/
@rikshawart:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", npm())

add("blind-kr/compose/postgres-password", "ilish-bazar/docker-compose.prod.yml", COMPOSE, r"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: ilish
      POSTGRES_USER: ilish_app
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.gitlab.com/ilishbazar/api:1.8.2
    depends_on: [db]
volumes:
  pgdata: {}
""", words_pw())

add("blind-kr/python/postgres-url", "hilsa_auction/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", r"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["nilam.ilishbazar.com.bd"]

# ডাটাবেস — ঢাকা ডেটাসেন্টার
DATABASE_URL = "postgres://nilam:@@s@@@10.20.0.14:5432/nilam"
import dj_database_url
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=600)}
""", rand(22))

add("blind-kr/python/django-secret-key", "rickshaw_art/rickshaw_art/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["rikshawart.com.bd", "www.rikshawart.com.bd"]
LANGUAGE_CODE = "bn"
TIME_ZONE = "Asia/Dhaka"
""", fakes.django_secret_key(_seed()))

add("blind-kr/telegram/bot-token", "bots/ghat_price_bot.py", TELEGRAM, r"""from telegram.ext import ApplicationBuilder, CommandHandler

# ঘাটের দর জানানোর বট
TOKEN = "@@s@@"


async def dor(update, context):
    await update.message.reply_text("আজ চাঁদপুরে ১ কেজির ইলিশ ১৬০০-১৮০০ টাকা")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("dor", dor))
app.run_polling()
""", tg_token())

add("blind-kr/js/slack-webhook", "coldchain/monitor/alert.js", SLACK, r"""const axios = require('axios');

// কোল্ড স্টোরেজ তাপমাত্রা সতর্কতা
const SLACK_HOOK = '@@s@@';

async function alertTemp(room, celsius) {
  const text = `:warning: ${room} তাপমাত্রা ${celsius}°C — বরফ দিন`;
  await axios.post(SLACK_HOOK, { text });
}

module.exports = { alertTemp };
""", slack_hook())

add("blind-kr/ts/sendgrid-key", "rickshaw-art-shop/api/src/mail.ts", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", r"""import sgMail from '@sendgrid/mail';

// অর্ডার কনফার্মেশন ইমেইল
sgMail.setApiKey('@@s@@');

export async function sendOrderMail(to: string, orderId: string): Promise<void> {
  await sgMail.send({
    to,
    from: 'orders@rikshawart.com.bd',
    subject: `আপনার অর্ডার ${orderId} নিশ্চিত হয়েছে`,
    text: 'রিকশা পেইন্টিং প্যানেলটি ৭ দিনের মধ্যে পাঠানো হবে।',
  });
}
""", sendgrid())

add("blind-kr/go/github-token", "tools/release/main.go", GODOC, r"""package main

import (
	"context"
	"github.com/google/go-github/v60/github"
)

// রিলিজ নোট বানানোর টুল
var token = "@@s@@"

func main() {
	client := github.NewClient(nil).WithAuthToken(token)
	_, _, _ = client.Repositories.ListReleases(context.Background(), "ilishbazar", "nilam", nil)
}
""", gh_token())

add("blind-kr/notebook/google-maps-key", "analysis/ghat_routes.ipynb", JUPYTER, r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## ঘাট থেকে ঢাকার কোল্ড ভ্যানের রুট"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\n",
    "gmaps = googlemaps.Client(key='@@s@@')\n",
    "r = gmaps.distance_matrix('Chandpur Launch Ghat', 'Karwan Bazar, Dhaka')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("blind-kr/helm/redis-password", "charts/nilam/values-prod.yaml", HELM, r"""replicaCount: 2
image:
  repository: registry.gitlab.com/ilishbazar/nilam
  tag: "1.8.2"

redis:
  enabled: true
  auth:
    enabled: true
    # নিলামের বিড কিউ
    password: "@@s@@"

ingress:
  host: nilam.ilishbazar.com.bd
""", fakes.redis_password(_seed()))

add("blind-kr/systemd/mysql-password", "deploy/systemd/arot-ledger.service", SYSTEMD, r"""[Unit]
Description=Arot ledger (আড়তের খাতা)
After=network.target

[Service]
User=arot
Environment=DB_HOST=127.0.0.1
Environment=DB_USER=ledger
Environment=DB_PASS=@@s@@
ExecStart=/opt/arot/bin/ledger --port 8080
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("blind-kr/ansible/mysql-password", "ansible/group_vars/coldstore.yml", ANSIBLE, r"""---
# কোল্ড স্টোর সার্ভার
mysql_root_user: root
mysql_root_password: "@@s@@"
coldstore_rooms:
  - name: room-a
    max_c: 2
  - name: room-b
    max_c: 4
""", words_pw())

add("blind-kr/powershell/azure-storage-key", "scripts/Backup-ArtCatalog.ps1", PS, r"""# রিকশা আর্ট ছবির ব্যাকআপ — প্রতি রাতে
$ErrorActionPreference = 'Stop'
$account = 'rikshawartimages'
$key = '@@s@@'
$ctx = New-AzStorageContext -StorageAccountName $account -StorageAccountKey $key
Get-ChildItem 'D:\Catalog\*.jpg' | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container 'catalog' -Context $ctx -Force
}
""", azure_account_key())

add("blind-kr/rust/mailgun-key", "ghat-notify/src/mail.rs", "https://documentation.mailgun.com/docs/mailgun/api-reference/", r"""use reqwest::blocking::Client;

// দৈনিক নিলামের রিপোর্ট মেইল
const MAILGUN_DOMAIN: &str = "mg.ilishbazar.com.bd";
const MAILGUN_KEY: &str = "@@s@@";

pub fn send_report(to: &str, body: &str) -> reqwest::Result<()> {
    let url = format!("https://api.mailgun.net/v3/{}/messages", MAILGUN_DOMAIN);
    Client::new().post(url).basic_auth("api", Some(MAILGUN_KEY))
        .form(&[("from", "report@ilishbazar.com.bd"), ("to", to), ("text", body)]).send()?;
    Ok(())
}
""", mailgun())

add("blind-kr/swift/stripe-key", "RickshawArtApp/Sources/Payments/StripeConfig.swift", SWIFT, r"""import Foundation

// বিদেশি ক্রেতাদের কার্ড পেমেন্ট
enum StripeConfig {
    static let publishableKey = "pk_live_@@p@@"
    static let secretKey = "@@s@@"
    static let currency = "usd"
}
""", stripe_sk(), p=rand(24))

add("blind-kr/toml/docker-pat", "ci/registry.toml", "https://docs.docker.com/security/for-developers/access-tokens/", r"""# ডকার হাব পুশ — ইমেজ বিল্ডার
[registry]
host = "docker.io"
user = "ilishbazar"
token = "@@s@@"

[build]
platforms = ["linux/amd64", "linux/arm64"]
""", docker_pat())

add("blind-kr/xml/smtp-password", "export-desk/src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", r"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <!-- রপ্তানি ইনভয়েস মেইল -->
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.zoho.com"/>
    <property name="port" value="587"/>
    <property name="username" value="export@ilishbazar.com.bd"/>
    <property name="password" value="@@s@@"/>
  </bean>
</beans>
""", words_pw())

add("blind-kr/properties/postgres-password", "export-desk/src/main/resources/application-prod.properties", SPRING, r"""# রপ্তানি ডেস্ক — প্রোডাকশন
spring.datasource.url=jdbc:postgresql://10.20.0.14:5432/export
spring.datasource.username=export_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", rand(20))

add("blind-kr/csv/sms-api-key", "ops/vendor_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""vendor,purpose,account,api_key,owner
sslwireless,auction sms,ILISHNILAM,see vault,Rakib
bulksmsbd,price sms,arot01,@@s@@,Sumon
greenweb,cold alerts,borofkol,see vault,Rakib
pathao,delivery,rikshawart,see vault,Nadia
""", rand(20))

add("blind-kr/log/bkash-app-secret", "logs/nilam-api-2024-04-13.log", BKASH, r"""2024-04-13 05:58:01 INFO  nilam.api starting on :8000
2024-04-13 05:58:02 INFO  redis connected 10.20.0.15:6379
2024-04-13 06:01:44 DEBUG bkash grant request body={"app_key":"@@k@@","app_secret":"@@s@@"}
2024-04-13 06:01:45 INFO  bkash grant ok expires_in=3600
2024-04-13 06:02:10 INFO  auction lot=CH-0413-07 opened ghat=Chandpur
""", rand(50), k=rand(25))

add("blind-kr/rst/vault-token", "docs/ops/vault.rst", RST, r"""Vault ব্যবহার
=============

নিলাম সার্ভারের সিক্রেট Vault এ রাখা আছে। জরুরি অবস্থায়::

    export VAULT_ADDR=https://vault.ilishbazar.internal:8200
    export VAULT_TOKEN=@@s@@
    vault kv get secret/nilam/prod

টোকেনটা ৩০ দিন পর বদলাতে হবে।
""", vault_token())

add("blind-kr/html/firebase-server-key", "rickshaw-art-shop/admin/push.html", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", r"""<!doctype html>
<html lang="bn">
<head><meta charset="utf-8"><title>পুশ নোটিফিকেশন</title></head>
<body>
<button id="send">নতুন প্যানেল এসেছে — পাঠান</button>
<script>
document.getElementById('send').onclick = () => fetch('https://fcm.googleapis.com/fcm/send', {
  method: 'POST',
  headers: { 'Authorization': 'key=@@s@@', 'Content-Type': 'application/json' },
  body: JSON.stringify({ to: '/topics/new-panels', notification: { title: 'নতুন রিকশা আর্ট' } })
});
</script>
</body>
</html>
""", fcm_key())

# ---------------------------------------------------------------- decoys

add("blind-kr/python/decoy-env-reference", "hilsa_auction/payments/bkash_settings.py", PYDOC, r"""import os

# বিকাশ ক্রেডেনশিয়াল — শুধু এনভায়রনমেন্ট থেকে পড়া হবে
BKASH_APP_KEY = os.environ["BKASH_APP_KEY"]
BKASH_APP_SECRET = os.environ["BKASH_APP_SECRET"]
BKASH_USERNAME = os.getenv("BKASH_USERNAME", "")
BKASH_PASSWORD = os.getenv("BKASH_PASSWORD", "")
BKASH_BASE = os.getenv("BKASH_BASE", "https://tokenized.sandbox.bka.sh/v1.2.0-beta")
""")

add("blind-kr/env/decoy-placeholder", "chandpur-ghat/.env.example", DOTENV, r"""# কপি করে .env বানান, তারপর নিজের মান বসান
APP_ENV=local
BKASH_USERNAME=<bkash-merchant-number>
BKASH_PASSWORD=<bkash-password>
BKASH_APP_KEY=<app-key-from-bkash-portal>
BKASH_APP_SECRET=<app-secret-from-bkash-portal>
SSLCZ_STORE_ID=your_store_id
SSLCZ_STORE_PASSWD=your_store_password
""")

add("blind-kr/github-actions/decoy-secrets-reference", ".github/workflows/nilam-ci.yml", GHA, r"""name: nilam-ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      BKASH_APP_SECRET: ${{ secrets.BKASH_APP_SECRET }}
      SSLCZ_STORE_PASSWD: ${{ secrets.SSLCZ_STORE_PASSWD }}
      DATABASE_URL: postgres://postgres:${{ secrets.CI_PG_PASSWORD }}@localhost:5432/nilam_test
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt && pytest -q
""")

add("blind-kr/k8s/decoy-secret-key-ref", "deploy/k8s/nilam-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: nilam-api
spec:
  replicas: 2
  selector: { matchLabels: { app: nilam-api } }
  template:
    metadata: { labels: { app: nilam-api } }
    spec:
      containers:
        - name: api
          image: registry.gitlab.com/ilishbazar/nilam:1.8.2
          env:
            - name: BKASH_APP_SECRET
              valueFrom:
                secretKeyRef: { name: bkash-live, key: app-secret }
            - name: NAGAD_PRIVATE_KEY
              valueFrom:
                secretKeyRef: { name: nagad-merchant, key: merchant-private-key }
""")

add("blind-kr/markdown/decoy-sandbox-docs", "docs/payments/sslcommerz-sandbox.md", SSLC, r"""# SSLCommerz স্যান্ডবক্স টেস্ট

লোকাল টেস্টে SSLCommerz এর নিজস্ব ডকুমেন্টেশনের পাবলিক স্যান্ডবক্স মান ব্যবহার করুন:

- `store_id`: `testbox`
- `store_passwd`: `qwerty`
- টেস্ট কার্ড: `4111 1111 1111 1111`, যেকোনো ভবিষ্যৎ তারিখ

লাইভ ক্রেডেনশিয়াল কখনো এখানে লিখবেন না — Vault এ `secret/ilish/sslcz` দেখুন।
""")

add("blind-kr/log/decoy-masked", "logs/payments-2024-04-14.log", BKASH, r"""2024-04-14 06:00:02 INFO  bkash grant app_key=@@k@@ app_secret=********
2024-04-14 06:00:03 INFO  bkash token id_token=eyJ***REDACTED***
2024-04-14 06:12:41 INFO  payment create paymentID=TR0011@@p@@ amount=45000 BDT lot=CH-0414-02
2024-04-14 06:13:09 INFO  payment execute trxID=@@t@@ status=Completed
2024-04-14 06:13:09 INFO  sslcz store_passwd=[FILTERED] val_id=240414061309@@v@@
""", k=rand(4) + "****************", p=rand(14, UPNUM), t=trx_id(), v=rand(10))

add("blind-kr/csv/decoy-transaction-ids", "reports/bkash_settlement_2024_04.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""date,trx_id,payment_id,msisdn,amount_bdt,lot
2024-04-01,@@a@@,TR0011@@pa@@,017XXXXX459,38500,CH-0401-03
2024-04-01,@@b@@,TR0011@@pb@@,018XXXXX270,12000,CH-0401-05
2024-04-02,@@c@@,TR0011@@pc@@,019XXXXX018,64200,BR-0402-01
2024-04-03,@@d@@,TR0011@@pd@@,016XXXXX420,9800,CX-0403-11
""", a=trx_id(), b=trx_id(), c=trx_id(), d=trx_id(), pa=rand(14, UPNUM), pb=rand(14, UPNUM),
    pc=rand(14, UPNUM), pd=rand(14, UPNUM))

add("blind-kr/pem/decoy-public-key", "nagad-gateway/keys/nagad_pg_public.pem", NAGAD, r"""-----BEGIN PUBLIC KEY-----
@@a@@
@@b@@
@@c@@
@@d@@
-----END PUBLIC KEY-----
""", a="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand(20, ALNUM + "+/"), b=rand(64, ALNUM + "+/"),
    c=rand(64, ALNUM + "+/"), d=rand(40, ALNUM + "+/") + "IDAQAB")

add("blind-kr/terraform/decoy-variable", "infra/digitalocean/variables.tf", TF, r"""variable "do_token" {
  description = "DigitalOcean API token (CI থেকে TF_VAR_do_token দিয়ে আসে)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "নিলাম ডাটাবেস পাসওয়ার্ড"
  type        = string
  sensitive   = true
  default     = null
}
""")

add("blind-kr/compose/decoy-env-interpolation", "ilish-bazar/docker-compose.yml", COMPOSE, r"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: ilish
      POSTGRES_USER: ilish_app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  api:
    build: .
    env_file: .env
""")

add("blind-kr/yaml/decoy-sops-encrypted", "deploy/secrets/bkash.enc.yaml", "https://github.com/getsops/sops#usage", r"""bkash:
    app_key: ENC[AES256_GCM,data:@@a@@,iv:@@i@@,tag:@@t@@,type:str]
    app_secret: ENC[AES256_GCM,data:@@b@@,iv:@@j@@,tag:@@u@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2024-04-10T08:14:55Z"
    version: 3.8.1
""", a=rand(36, ALNUM + "+/"), b=rand(68, ALNUM + "+/"), i=rand(43, ALNUM + "+/") + "=", j=rand(43, ALNUM + "+/") + "=",
    t=rand(22, ALNUM + "+/") + "==", u=rand(22, ALNUM + "+/") + "==", r=rand(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-kr/ansible/decoy-vault-encrypted", "ansible/group_vars/coldstore/vault.yml", ANSIBLE, r"""$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(80), e=hexs(44))

add("blind-kr/python/decoy-test-fixture", "hilsa_auction/tests/test_bkash.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""import pytest

from hilsa_auction.payments.bkash_client import grant_token

# নকল ক্রেডেনশিয়াল — শুধু টেস্টের জন্য, আসল বিকাশে কাজ করবে না
FAKE_APP_KEY = "test-app-key"
FAKE_APP_SECRET = "test-app-secret-not-real"


def test_grant_token(requests_mock):
    requests_mock.post("https://tokenized.pay.bka.sh/v1.2.0-beta/tokenized/checkout/token/grant", json={"id_token": "dummy"})
    assert grant_token("01700000000", "fake-password") == "dummy"
""")

add("blind-kr/sql/decoy-password-hash", "db/seed/003_staff.sql", SQL, r"""-- আড়তের কর্মচারী (পাসওয়ার্ড bcrypt হ্যাশ)
INSERT INTO staff (phone, name, role, password_hash) VALUES
  ('01711000001', 'Rahim Mia', 'auctioneer', '$2b$12$@@a@@'),
  ('01711000002', 'Karim Sheikh', 'cashier', '$2b$12$@@b@@'),
  ('01711000003', 'Nadia Akter', 'admin', '$2b$12$@@c@@');
""", a=rand(53, ALNUM + "./"), b=rand(53, ALNUM + "./"), c=rand(53, ALNUM + "./"))

add("blind-kr/json/decoy-package-lock", "rickshaw-art-shop/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""{
  "name": "rikshawart-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-@@a@@=="
    }
  }
}
""", a=rand(86, ALNUM + "+/"))

add("blind-kr/js/decoy-publishable-key", "rickshaw-art-shop/web/src/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", r"""import { loadStripe } from '@stripe/stripe-js';

// পাবলিশেবল কী — ব্রাউজারে রাখা নিরাপদ
const stripePromise = loadStripe('pk_live_@@p@@');

export async function checkout(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
""", p=rand(24))

add("blind-kr/markdown/decoy-redacted-runbook", "docs/runbooks/bkash-token-expired.md", MD, r"""# রানবুক: বিকাশ টোকেন মেয়াদোত্তীর্ণ

লক্ষণ: `2079 Invalid App Token` লগে দেখা যাবে।

1. Vault থেকে নতুন app secret নিন: `vault kv get secret/ilish/bkash`
2. এভাবে দেখাবে: `app_secret = ****************************`
3. `kubectl rollout restart deploy/nilam-api -n ilish-pay`

কখনো আসল secret Slack এ পেস্ট করবেন না।
""")

add("blind-kr/yaml/decoy-vault-path", "coldchain/config/secrets.yaml", "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2", r"""# সব সিক্রেট Vault থেকে
secrets:
  sms_api_token: vault:secret/data/coldchain/sms#api_token
  db_password: vault:secret/data/coldchain/db#password
  aws_secret_access_key: vault:aws/creds/coldchain-uploader#secret_key
  slack_webhook: vault:secret/data/coldchain/slack#url
refresh_interval: 15m
""")

add("blind-kr/shell/decoy-prompt-input", "scripts/rotate_sms_token.sh", SMS, r"""#!/usr/bin/env bash
# এসএমএস টোকেন বদলানো — টোকেন টার্মিনালে টাইপ করুন, ফাইলে রাখবেন না
set -euo pipefail
read -rsp "নতুন SSL Wireless api_token: " NEW_TOKEN
echo
vault kv put secret/nilam/sms api_token="$NEW_TOKEN"
kubectl -n ilish-pay rollout restart deploy/nilam-api
unset NEW_TOKEN
""")

add("blind-kr/markdown/decoy-aws-docs-example", "docs/aws/setup-credentials.md", AWSCLI, r"""# AWS CLI সেটআপ

AWS এর নিজস্ব ডকুমেন্টেশনের উদাহরণ মান (এগুলো কাজ করে না):

```ini
[coldchain-dev]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-south-1
```

নিজের কী IAM কনসোল থেকে নিন এবং `aws configure --profile coldchain-dev` চালান।
""")

add("blind-kr/go/decoy-getenv", "coldchain/pay/config.go", GODOC, r"""package pay

import "os"

// SSLCommerz ক্রেডেনশিয়াল এনভায়রনমেন্ট থেকে
type Config struct {
	StoreID     string
	StorePasswd string
}

func FromEnv() Config {
	return Config{StoreID: os.Getenv("SSLCZ_STORE_ID"), StorePasswd: os.Getenv("SSLCZ_STORE_PASSWD")}
}
""")

add("blind-kr/dockerfile/decoy-build-secret", "hilsa_auction/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.ilishbazar.internal/simple" \
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "hilsa_auction.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-kr/checksum/decoy-sha256", "releases/nilam-cli-1.8.2.sha256", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r"""@@a@@  nilam-cli-1.8.2-linux-amd64.tar.gz
@@b@@  nilam-cli-1.8.2-linux-arm64.tar.gz
@@c@@  nilam-cli-1.8.2-darwin-arm64.tar.gz
@@d@@  nilam-cli-1.8.2-windows-amd64.zip
@@e@@  nilam-cli-1.8.2.sbom.json
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("blind-kr/ssh/decoy-public-key", "ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""# আড়ত সার্ভারে যারা লগইন করতে পারে
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ rakib@ilishbazar
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ nadia@rikshawart
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@c@@ deploy@gitlab-runner
# পুরনো কী মুছে ফেলা হয়েছে ২০২৪-০২
""", a=rand(43, ALNUM + "+/"), b=rand(43, ALNUM + "+/"), c=rand(120, ALNUM + "+/"))

add("blind-kr/kotlin/decoy-buildconfig", "android/app/build.gradle.kts", KOTLIN, r"""android {
    namespace = "bd.ilish.pay"
    defaultConfig {
        applicationId = "bd.ilish.pay"
        // বিকাশ কী local.properties থেকে আসে, রিপোতে নেই
        buildConfigField("String", "BKASH_APP_KEY", "\"${project.findProperty("bkashAppKey") ?: ""}\"")
        buildConfigField("String", "BKASH_APP_SECRET", "\"${project.findProperty("bkashAppSecret") ?: ""}\"")
    }
}
""")

add("blind-kr/php/decoy-laravel-env", "rickshaw-art-shop/config/sslcommerz.php", LARAVEL, r"""<?php

// রিকশা আর্ট শপ — SSLCommerz কনফিগ
return [
    'store_id' => env('SSLCZ_STORE_ID'),
    'store_password' => env('SSLCZ_STORE_PASSWORD'),
    'sandbox' => env('SSLCZ_SANDBOX', true),
    'success_url' => '/orders/paid',
    'fail_url' => '/orders/failed',
];
""")

add("blind-kr/k8s/decoy-sealed-secret", "deploy/k8s/sealed-bkash.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bkash-live
  namespace: ilish-pay
spec:
  encryptedData:
    app-key: AgB@@a@@
    app-secret: AgC@@b@@
""", a=rand(300, ALNUM + "+/"), b=rand(300, ALNUM + "+/"))

add("blind-kr/json/decoy-firebase-web-config", "rickshaw-art-shop/web/public/firebase-messaging-config.json", "https://firebase.google.com/docs/projects/api-keys", r"""{
  "projectId": "rikshawart-shop",
  "messagingSenderId": "@@n@@",
  "appId": "1:@@n@@:web:@@h@@",
  "vapidPublicKey": "B@@v@@",
  "authDomain": "rikshawart-shop.firebaseapp.com"
}
""", n=str(random.Random(_seed()).randint(10**11, 10**12)), h=hexs(22), v=rand(86, ALNUM + "-_"))

add("blind-kr/ini/decoy-empty-values", "pos/ghat-pos.sample.ini", "https://docs.python.org/3/library/configparser.html", r"""; নমুনা কনফিগ — দোকানে বসানোর সময় পূরণ করুন
[shop]
name =
ghat =

[sslcommerz]
store_id =
store_passwd =
sandbox = true
""")

add("blind-kr/toml/decoy-env-reference", "ghat-notify/Config.toml", CARGO, r"""# মেইল ও এসএমএস — মান আসে এনভায়রনমেন্ট থেকে
[mail]
domain = "mg.ilishbazar.com.bd"
api_key_env = "MAILGUN_API_KEY"

[sms]
provider = "sslwireless"
token_env = "SSLW_API_TOKEN"
""")

add("blind-kr/notebook/decoy-getpass", "analysis/price_trends.ipynb", JUPYTER, r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg2\n",
    "# পাসওয়ার্ড চাইবে, নোটবুকে সেভ হবে না\n",
    "pw = getpass.getpass('nilam db password: ')\n",
    "conn = psycopg2.connect(host='10.20.0.14', dbname='nilam', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kr/helm/decoy-existing-secret", "charts/nilam/values.yaml", HELM, r"""replicaCount: 1
image:
  repository: registry.gitlab.com/ilishbazar/nilam
  tag: ""

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: nilam-redis
    existingSecretPasswordKey: redis-password
    password: ""
""")

add("blind-kr/csharp/decoy-configuration", "NagadBridge/Program.cs", DOTNET, r"""var builder = WebApplication.CreateBuilder(args);

// নগদ মার্চেন্ট কী — Azure Key Vault থেকে
builder.Configuration.AddAzureKeyVault(new Uri("https://nagad-bridge-kv.vault.azure.net/"), new DefaultAzureCredential());
var merchantKey = builder.Configuration["Nagad:MerchantPrivateKey"];
var merchantId = builder.Configuration["Nagad:MerchantId"];

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

add("blind-kr/log/decoy-git-commits", "logs/deploy-history.log", "https://git-scm.com/docs/git-log", r"""2024-04-01 21:04 deployed nilam-api commit=@@a@@ by rakib
2024-04-05 22:40 deployed nilam-api commit=@@b@@ by rakib
2024-04-09 20:11 deployed coldchain commit=@@c@@ by nadia
2024-04-12 23:59 rollback nilam-api to commit=@@a@@ (বিড কিউ সমস্যা)
2024-04-13 05:30 deployed nilam-api commit=@@d@@ by sumon
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40))

add("blind-kr/rst/decoy-placeholder", "docs/ops/sms-gateway.rst", RST, r"""এসএমএস গেটওয়ে
==============

SSL Wireless এ এসএমএস পাঠানোর উদাহরণ::

    curl -X POST https://smsplus.sslwireless.com/api/v3/send-sms \
      -d api_token=YOUR_API_TOKEN -d sid=ILISHNILAM \
      -d msisdn=8801XXXXXXXXX -d sms="test" -d csms_id=1

``YOUR_API_TOKEN`` এর জায়গায় Vault এর ``secret/nilam/sms`` বসান।
""")

add("blind-kr/powershell/decoy-secure-string", "scripts/Set-StorageCreds.ps1", PS, r"""# স্টোরেজ কী চাইবে এবং উইন্ডোজ ক্রেডেনশিয়াল ম্যানেজারে রাখবে
param([string]$Account = 'rikshawartimages')
$key = Read-Host -AsSecureString -Prompt "Storage key for $Account"
$cred = New-Object System.Management.Automation.PSCredential($Account, $key)
New-StoredCredential -Target "azure-$Account" -Credentials $cred -Persist LocalMachine
Write-Host "সংরক্ষিত হয়েছে"
""")

add("blind-kr/java/decoy-value-annotation", "export-desk/src/main/java/bd/ilish/export/MailConfig.java", SPRING, r"""package bd.ilish.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

// রপ্তানি মেইল — পাসওয়ার্ড প্রপার্টি থেকে
@Configuration
public class MailConfig {
    @Value("${mail.password}")
    private String password;

    @Value("${sms.api-token:}")
    private String smsToken;
}
""")

add("blind-kr/yaml/decoy-uuid-ids", "coldchain/config/sensors.yaml", "https://yaml.org/spec/1.2.2/", r"""# কোল্ড রুমের সেন্সর আইডি
sensors:
  - room: room-a
    device_id: @@a@@
  - room: room-b
    device_id: @@b@@
  - room: van-dhaka-1
    device_id: @@c@@
poll_seconds: 60
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("blind-kr/html/decoy-maps-embed", "rickshaw-art-shop/web/public/contact.html", "https://developers.google.com/maps/documentation/embed/get-started", r"""<!doctype html>
<html lang="bn">
<head><meta charset="utf-8"><title>যোগাযোগ — রিকশা আর্ট</title></head>
<body>
<h1>আমাদের স্টুডিও: পুরান ঢাকা, বংশাল</h1>
<p>ফোন: +880 1711-000000 · bKash মার্চেন্ট: 01711-000000</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3652.1!2d90.40!3d23.71" width="600" height="450" loading="lazy"></iframe>
</body>
</html>
""")

add("blind-kr/markdown/decoy-template-table", "docs/payments/credentials-template.md", MD, r"""# নতুন মার্চেন্ট অ্যাকাউন্টের তথ্য (টেমপ্লেট)

| Service | Field | Value |
|---|---|---|
| bKash | app_secret | `<Vault: secret/ilish/bkash>` |
| Nagad | merchant private key | `<Vault: secret/ilish/nagad>` |
| SSLCommerz | store_passwd | `<Vault: secret/ilish/sslcz>` |

আসল মান এখানে লিখবেন না।
""")

add("blind-kr/shell-history/decoy-env-usage", "ops/nadia/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", r""": 1712900000:0;cd ~/code/rikshawart
: 1712900012:0;source .env.local
: 1712900020:0;curl -s -u "api:$MAILGUN_API_KEY" https://api.mailgun.net/v3/domains
: 1712900101:0;kubectl -n ilish-pay get secret bkash-live -o yaml | grep -c app-secret
: 1712900150:0;git status
""")

# ---------------------------------------------------------------- secrets: more carriers

add("blind-kr/shell/postgres-password-heredoc", "scripts/nightly_dump.sh", PG, r"""#!/usr/bin/env bash
# রাতের ব্যাকআপ — নিলামের ডাটাবেস
set -e
cat > ~/.pgpass <<EOF
10.20.0.14:5432:nilam:backup:@@s@@
EOF
chmod 600 ~/.pgpass
pg_dump -h 10.20.0.14 -U backup nilam | gzip > /backup/nilam-$(date +%F).sql.gz
""", rand(20))

add("blind-kr/python/redis-url", "hilsa_auction/bids/queue.py", "https://redis.io/docs/latest/develop/connect/clients/python/", r"""import redis

# বিডের কিউ — প্রতি লটের জন্য আলাদা স্ট্রিম
r = redis.Redis.from_url("redis://:@@s@@@10.20.0.15:6379/2")


def push_bid(lot: str, trader: str, taka_per_kg: int) -> None:
    r.xadd(f"bids:{lot}", {"trader": trader, "price": taka_per_kg})
""", fakes.redis_password(_seed()))

add("blind-kr/js/mongodb-uri", "rickshaw-art-shop/api/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""const mongoose = require('mongoose');

// প্যানেল ক্যাটালগ ডাটাবেস
const uri = 'mongodb+srv://shopapp:@@s@@@rikshawart.x7k2p.mongodb.net/catalog?retryWrites=true&w=majority';

mongoose.connect(uri).then(() => console.log('MongoDB সংযুক্ত'));

module.exports = mongoose;
""", rand(16))

add("blind-kr/python/split-aws-secret", "coldchain/uploader/s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r"""import boto3

# তাপমাত্রার CSV আপলোড — পুরনো কোড, শিগগির IAM role এ যাবে
s3 = boto3.client(
    "s3",
    aws_access_key_id="@@i@@",
    aws_secret_access_key=("@@a@@"
                           "@@b@@"),
    region_name="ap-south-1",
)
""", _AWS_SPLIT := aws_sk(), i=aws_id(), a=_AWS_SPLIT[:20], b=_AWS_SPLIT[20:])

add("blind-kr/k8s-secret/smtp-password", "deploy/k8s/mail-secret.yaml", K8S, r"""apiVersion: v1
kind: Secret
metadata:
  name: export-mail
  namespace: export-desk
type: Opaque
data:
  username: @@u@@
  password: @@b@@
""", _MAIL_PW := words_pw(), u=b64("export@ilishbazar.com.bd"), b=b64(_MAIL_PW))

add("blind-kr/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r"""apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ilish-pay
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", _REG_TOKEN := gitlab(), b=b64('{"auths":{"registry.gitlab.com":{"username":"deploy-bot","password":"' + _REG_TOKEN + '"}}}'))

add("blind-kr/nginx/basic-auth-header", "deploy/nginx/coldchain-proxy.conf", NGINX, r"""# কোল্ড চেইন ড্যাশবোর্ড → সেন্সর ভেন্ডরের API
server {
    listen 443 ssl;
    server_name cold.ilishbazar.com.bd;

    location /sensors/ {
        proxy_pass https://api.sensorhub.example.net/v2/;
        proxy_set_header Authorization "Basic @@b@@";
    }
}
""", _BASIC := b64("borofkol:" + words_pw()), b=_BASIC)

add("blind-kr/go/json-in-string", "coldchain/cmd/seed/main.go", GODOC, r"""package main

import "encoding/json"

// লোকাল টেস্ট নয় — এটা প্রোড ভ্যান ট্র্যাকারের কনফিগ
const trackerCfg = `{"endpoint":"https://gps.vantrack.com.bd/api","user":"ilishvan","apiKey":"@@s@@"}`

func load() map[string]string {
	m := map[string]string{}
	_ = json.Unmarshal([]byte(trackerCfg), &m)
	return m
}
""", rand(32))

add("blind-kr/markdown/discord-webhook", "rickshaw-art-shop/CONTRIBUTING.md", MD, r"""# কন্ট্রিবিউট করার নিয়ম

1. `main` থেকে ব্রাঞ্চ নিন, নাম `feat/<কাজ>`।
2. PR খুলুন, একজন রিভিউ লাগবে।
3. ডিপ্লয়ের পর Discord এ জানান:

```
curl -H "Content-Type: application/json" -d '{"content":"ডিপ্লয় শেষ"}' @@s@@
```
""", discord_hook())

add("blind-kr/yaml/openai-key", "rickshaw-art-shop/caption-bot/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", r"""# প্যানেলের ছবির বাংলা ক্যাপশন তৈরি
model: gpt-4o-mini
language: bn
openai:
  api_key: @@s@@
  timeout: 30
prompt: "এই রিকশা পেইন্টিংয়ের বর্ণনা দিন"
""", fakes.openai_key(_seed()))

add("blind-kr/python/pypi-token", "tools/publish_nilam_sdk.py", "https://pypi.org/help/#apitoken", r"""import subprocess

# nilam-sdk পাবলিশ — টুইন দিয়ে
PYPI_TOKEN = "@@s@@"

subprocess.run(["python", "-m", "build"], check=True)
subprocess.run(["twine", "upload", "-u", "__token__", "-p", PYPI_TOKEN, "dist/*"], check=True)
""", fakes.pypi_token(_seed()))

add("blind-kr/pypirc/pypi-token", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-kr/gradle/signing-password", "android/gradle.properties", GRADLE, r"""org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# রিলিজ সাইনিং — ইলিশ পে অ্যাপ
ILISH_KEYSTORE_FILE=../keystore/ilishpay-release.jks
ILISH_KEY_ALIAS=ilishpay
ILISH_KEYSTORE_PASSWORD=@@s@@
""", words_pw())

add("blind-kr/pem/ssh-private-key", "ops/keys/deploy_ghat_ed", "https://man.openbsd.org/ssh-keygen.1", r"""@@s@@
""", pem("OPENSSH"))

add("blind-kr/yaml/private-key-block", "ansible/host_vars/arot-1.yml", ANSIBLE, r"""---
ansible_host: 103.112.0.41
ansible_user: deploy
# আড়ত সার্ভারের TLS কী
arot_tls_key: |
  @@k@@
arot_tls_cert_path: /etc/ssl/arot.crt
""", _TLS_KEY := pem("EC"), k=_TLS_KEY.replace("\n", "\n  "))

add("blind-kr/sql/create-role-password", "db/migrations/0007_reporting_role.sql", SQL, r"""-- রিপোর্টিং টিমের জন্য রিড-অনলি রোল
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE nilam TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-kr/mysql-cnf/mysql-password", "ops/arot/.my.cnf", MYSQL, r"""[client]
host=127.0.0.1
user=ledger
password="@@s@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
""", rand(18))

add("blind-kr/php/mysql-pdo", "arot/db.php", "https://www.php.net/manual/en/pdo.construct.php", r"""<?php
// আড়তের খাতা — মাইএসকিউএল
$dsn = 'mysql:host=127.0.0.1;dbname=arot;charset=utf8mb4';
$pdo = new PDO($dsn, 'arot_web', '@@s@@', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
return $pdo;
""", words_pw())

add("blind-kr/ruby/database-yml", "rickshaw-art-shop/config/database.yml", RAILS, r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: rikshawart_production
  username: rikshawart
  password: @@s@@
  host: db.rikshawart.internal
""", rand(24))

add("blind-kr/csharp/sql-connection-string", "NagadBridge/appsettings.json", DOTNET, r"""{
  "ConnectionStrings": {
    "Ledger": "Server=tcp:nagadbridge.database.windows.net,1433;Database=ledger;User ID=bridge;Password=@@s@@;Encrypt=True;"
  },
  "Nagad": {
    "MerchantId": "683002007104225",
    "BaseUrl": "https://api.mynagad.com/api/dfs"
  }
}
""", words_pw())

add("blind-kr/env/slack-bot-token", "coldchain/.env", DOTENV, r"""# কোল্ড চেইন মনিটর
TZ=Asia/Dhaka
ROOM_MAX_C=4
SLACK_CHANNEL=#cold-alerts
SLACK_BOT_TOKEN=@@s@@
""", "xoxb-" + str(random.Random(_seed()).randint(10**10, 10**11)) + "-" + str(random.Random(_seed()).randint(10**12, 10**13)) + "-" + rand(24))

add("blind-kr/env/stripe-secret", "rickshaw-art-shop/.env.production", DOTENV, r"""APP_URL=https://rikshawart.com.bd
# বিদেশি অর্ডার
STRIPE_PUBLISHABLE_KEY=pk_live_@@p@@
STRIPE_SECRET_KEY=@@s@@
SSLCZ_SANDBOX=false
""", stripe_sk(), p=rand(24))

add("blind-kr/json/service-account-key", "coldchain/gcp/bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""{
  "type": "service_account",
  "project_id": "ilish-coldchain",
  "private_key_id": "@@i@@",
  "private_key": "@@s@@",
  "client_email": "bq-loader@ilish-coldchain.iam.gserviceaccount.com",
  "client_id": "@@c@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", i=hexs(40),
    c=str(random.Random(_seed()).randint(10**20, 10**21)))

add("blind-kr/shell/curl-bearer", "scripts/refresh_price_board.sh", "https://curl.se/docs/manpage.html#-H", r"""#!/bin/sh
# দরের বোর্ড রিফ্রেশ — ঘাটের টিভি স্ক্রিন
curl -fsS -X POST https://board.ilishbazar.com.bd/api/refresh \
  -H "Authorization: Bearer @@s@@" \
  -H "Content-Type: application/json" \
  -d '{"ghat":"chandpur"}'
""", rand(40))

add("blind-kr/powershell/github-token", "scripts/Clone-Repos.ps1", PS, r"""# নতুন ল্যাপটপে সব রিপো ক্লোন
$env:GITHUB_TOKEN = '@@s@@'
$repos = @('nilam', 'coldchain', 'rikshawart-shop')
foreach ($r in $repos) {
    git clone "https://x-access-token:$($env:GITHUB_TOKEN)@github.com/ilishbazar/$r.git"
}
""", gh_token())

add("blind-kr/gitconfig/github-token-url", "ops/rakib/.gitconfig", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", r"""[user]
    name = Rakib Hasan
    email = rakib@ilishbazar.com.bd
# প্রাইভেট রিপো ক্লোন সহজ করতে
[url "https://rakib-ilish:@@s@@@github.com/"]
    insteadOf = https://github.com/
[pull]
    rebase = true
""", gh_token())

# ---------------------------------------------------------------- secrets: notes, wikis, configs

add("blind-kr/text/sslcommerz-store-password", "notes/2024-03-ghat-meeting.txt", SSLC, r"""চাঁদপুর ঘাট মিটিং — ১৮ মার্চ ২০২৪
উপস্থিত: রাকিব, সুমন, নাদিয়া, আড়তদার হাবিব ভাই

- পাইকাররা অগ্রিম টাকা কার্ডে দিতে চায় -> SSLCommerz লাইভ চালু হয়েছে
- লাইভ স্টোর: chandpurarot0live, পাসওয়ার্ড @@s@@ (হাবিব ভাইয়ের ফোনে আছে)
- বরফ কলের বিল নগদে দেওয়া হবে মাসের ৫ তারিখে
- পরের মিটিং: পহেলা বৈশাখের পরে
""", rand(13, UPNUM))

add("blind-kr/wiki/bkash-password", "wiki/Payments/bKash-Live.md", MD, r"""# বিকাশ লাইভ মার্চেন্ট

**মার্চেন্ট নম্বর:** 01711-884420
**পোর্টাল লগইন:** https://merchant.bka.sh

পোর্টালের পাসওয়ার্ড @@s@@ — প্রতি তিন মাসে বদলাতে হবে (শেষ বদল: জানুয়ারি)।

রিফান্ড শুধু নাদিয়া আপা করবেন।
""", words_pw())

add("blind-kr/readme/telegram-bot-token", "bots/README.md", TELEGRAM, r"""# ঘাট প্রাইস বট

টেলিগ্রামে `/dor` লিখলে আজকের ইলিশের দর দেখায়।

## চালানো

```sh
export BOT_TOKEN=@@s@@
python ghat_price_bot.py
```

বট: @ghat_dor_bot
""", tg_token())

add("blind-kr/yaml/telegram-bot-token", "coldchain/config/telegram.yaml", TELEGRAM, r"""# কোল্ড ভ্যান ড্রাইভারদের গ্রুপে সতর্কবার্তা
telegram:
  bot_token: "@@s@@"
  chat_id: -1001876543210
  parse_mode: HTML
  silent_hours: ["23:00", "05:00"]
""", tg_token())

add("blind-kr/swift/sendgrid-key", "RickshawArtApp/Sources/Mail/Mailer.swift", SWIFT, r"""import Foundation

// অর্ডার রসিদ মেইল
struct Mailer {
    private let apiKey = "@@s@@"

    func request() -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        r.httpMethod = "POST"
        r.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", sendgrid())

add("blind-kr/java/aws-secret-key", "export-desk/src/main/java/bd/ilish/export/S3Invoices.java", "https://docs.aws.amazon.com/sdk-for-java/latest/developer-guide/credentials.html", r"""package bd.ilish.export;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

// রপ্তানি ইনভয়েস PDF — S3 তে
public class S3Invoices {
    static final StaticCredentialsProvider CREDS = StaticCredentialsProvider.create(
        AwsBasicCredentials.create("@@i@@", "@@s@@"));
}
""", aws_sk(), i=aws_id())

add("blind-kr/ts/mapbox-secret", "coldchain/dashboard/scripts/upload-tiles.ts", "https://docs.mapbox.com/api/accounts/tokens/", r"""import { execSync } from 'node:child_process';

// নদীপথের টাইলসেট আপলোড — সিক্রেট টোকেন লাগে
const MAPBOX_UPLOAD_TOKEN = '@@s@@';

execSync(`tilesets upload-source ilishbazar river-routes ./data/routes.geojson.ld`, {
  env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_UPLOAD_TOKEN },
  stdio: 'inherit',
});
""", mapbox_sk())

add("blind-kr/php/shopify-token", "rickshaw-art-shop/sync/shopify_sync.php", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", r"""<?php
// শপিফাই স্টোরের সাথে প্যানেলের স্টক সিঙ্ক
$shop = 'rikshawart-global.myshopify.com';
$token = '@@s@@';
$ch = curl_init("https://$shop/admin/api/2024-01/products.json");
curl_setopt($ch, CURLOPT_HTTPHEADER, ["X-Shopify-Access-Token: $token"]);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$products = json_decode(curl_exec($ch), true);
""", shopify())

add("blind-kr/go/redis-password", "coldchain/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html", r"""package cache

import "github.com/redis/go-redis/v9"

// সেন্সরের সর্বশেষ রিডিং
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.30.0.7:6379",
		Password: "@@s@@",
		DB:       1,
	})
}
""", fakes.redis_password(_seed()))

add("blind-kr/rust/database-url", "ghat-notify/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/", r"""use sqlx::postgres::PgPoolOptions;

// নোটিফিকেশন লগ
pub async fn pool() -> Result<sqlx::PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect("postgresql://notify:@@s@@@10.20.0.14/notify")
        .await
}
""", rand(20))

add("blind-kr/cargo/registry-token", "ghat-notify/.cargo/credentials.toml", CARGO, r"""# crates.io পাবলিশ টোকেন (ghat-notify-sdk)
[registry]
token = "@@s@@"

[registries.ilish]
index = "sparse+https://crates.ilishbazar.internal/index/"
""", "cio" + rand(32))

add("blind-kr/pip-conf/index-password", "hilsa_auction/pip.conf", PIPCONF, r"""[global]
timeout = 60
# প্রাইভেট প্যাকেজ (nilam-core)
index-url = https://deploy:@@s@@@pypi.ilishbazar.internal/simple/
extra-index-url = https://pypi.org/simple/
""", rand(24))

add("blind-kr/terraform/aws-secret-key", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""# কোল্ড চেইন — মুম্বাই রিজিয়ন
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@i@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "readings" {
  bucket = "ilish-coldchain-readings"
}
""", aws_sk(), i=aws_id())

add("blind-kr/tfvars/cloudflare-token", "infra/cloudflare/prod.tfvars", TF, r"""# ডোমেইন: ilishbazar.com.bd, rikshawart.com.bd
zone_ids = {
  ilishbazar = "@@z@@"
  rikshawart = "@@y@@"
}
cloudflare_api_token = "@@s@@"
""", rand(40, ALNUM + "_-"), z=hexs(32), y=hexs(32))

add("blind-kr/helm/smtp-password", "charts/export-desk/values-prod.yaml", HELM, r"""image:
  repository: registry.gitlab.com/ilishbazar/export-desk
  tag: "0.9.4"
mail:
  host: smtp.zoho.com
  port: 587
  username: export@ilishbazar.com.bd
  password: "@@s@@"
# কলকাতা/দুবাই ক্রেতাদের ইনভয়েস
""", words_pw())

add("blind-kr/compose/sms-token-command", "coldchain/docker-compose.yml", COMPOSE, r"""services:
  monitor:
    image: ilishbazar/cold-monitor:2.1
    command: ["--rooms", "a,b,c", "--sms-token", "@@s@@", "--max-c", "4"]
    restart: unless-stopped
  grafana:
    image: grafana/grafana:10.4.0
    ports: ["3000:3000"]
""", rand(36).lower() + "-" + rand(8))

add("blind-kr/ansible/inline-password-task", "ansible/roles/arot/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r"""---
# আড়তের ডাটাবেস ইউজার
- name: create ledger user
  community.mysql.mysql_user:
    name: ledger
    password: "@@s@@"
    priv: "arot.*:ALL"
    state: present
""", words_pw())

add("blind-kr/jenkinsfile/docker-password", "rickshaw-art-shop/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r"""pipeline {
    agent any
    stages {
        stage('Build') {
            steps { sh 'docker build -t rikshawart/shop:${BUILD_NUMBER} .' }
        }
        stage('Push') {
            // TODO: credentials() এ সরাতে হবে
            steps { sh 'echo @@s@@ | docker login -u rikshawart --password-stdin && docker push rikshawart/shop:${BUILD_NUMBER}' }
        }
    }
}
""", docker_pat())

add("blind-kr/bitbucket-pipelines/deploy-password", "nilam/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r"""image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: deploy
          script:
            - export DEPLOY_PASSWORD='@@s@@'
            - sshpass -p "$DEPLOY_PASSWORD" rsync -az ./ deploy@103.112.0.41:/srv/nilam
""", words_pw())

add("blind-kr/csharp/twilio-auth-token", "NagadBridge/Services/OtpSender.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", r"""using Twilio;
using Twilio.Rest.Api.V2010.Account;

// পাইকারদের ওটিপি
public class OtpSender
{
    public OtpSender() => TwilioClient.Init("AC@@sid@@", "@@s@@");

    public void Send(string to, string code) =>
        MessageResource.Create(body: $"আপনার ওটিপি: {code}", from: new Twilio.Types.PhoneNumber("+15005550006"), to: new Twilio.Types.PhoneNumber(to));
}
""", hexs(32), sid=hexs(32))

add("blind-kr/lua/redis-auth", "deploy/nginx/lua/rate_limit.lua", "https://github.com/openresty/lua-resty-redis#auth", r"""-- বিড রেট লিমিট (প্রতি পাইকার প্রতি সেকেন্ডে ৩টা)
local redis = require "resty.redis"
local red = redis:new()
red:set_timeout(200)
local ok, err = red:connect("10.20.0.15", 6379)
local res, err = red:auth("@@s@@")
local n = red:incr("rl:" .. ngx.var.remote_addr)
""", fakes.redis_password(_seed()))

add("blind-kr/perl/ftp-password", "legacy/upload_prices.pl", "https://perldoc.perl.org/Net::FTP", r"""#!/usr/bin/perl
# পুরনো সিস্টেম — মৎস্য অধিদপ্তরে দৈনিক দর আপলোড
use Net::FTP;
my $ftp = Net::FTP->new("ftp.fisheries-prices.example.gov.bd") or die;
$ftp->login("chandpur_arot", "@@s@@") or die "login failed";
$ftp->put("/srv/arot/today.csv");
$ftp->quit;
""", words_pw())

add("blind-kr/yaml/datadog-api-key", "coldchain/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r"""# কোল্ড স্টোরেজ সার্ভার মনিটরিং
api_key: @@s@@
site: datadoghq.com
hostname: coldstore-1
tags:
  - env:prod
  - ghat:chandpur
""", hexs(32))

_SENTRY = "sntrys_" + rand(40) + "_" + rand(43)
add("blind-kr/env/sentry-auth-token", "rickshaw-art-shop/web/.env.sentry-build-plugin", "https://docs.sentry.io/platforms/javascript/sourcemaps/uploading/", r"""# সোর্সম্যাপ আপলোড — বিল্ডের সময়
SENTRY_ORG=rikshawart
SENTRY_PROJECT=shop-web
SENTRY_URL=https://sentry.io/
SENTRY_AUTH_TOKEN=@@s@@
""", _SENTRY)

add("blind-kr/xml/nuget-password", "NagadBridge/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="ilish" value="https://nuget.pkg.github.com/ilishbazar/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <ilish>
      <add key="Username" value="ci-bot" />
      <add key="ClearTextPassword" value="@@s@@" />
    </ilish>
  </packageSourceCredentials>
</configuration>
""", gh_token())

add("blind-kr/maven/settings-password", "export-desk/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""<settings>
  <!-- প্রাইভেট আর্টিফ্যাক্ট রিপো -->
  <servers>
    <server>
      <id>ilish-releases</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", rand(22))

# ---------------------------------------------------------------- more decoys

add("blind-kr/js/decoy-process-env", "coldchain/monitor/config.js", NODEDOC, r"""// কোল্ড মনিটর কনফিগ — সব মান এনভায়রনমেন্ট থেকে
module.exports = {
  slackHook: process.env.SLACK_HOOK_URL,
  smsToken: process.env.SSLW_API_TOKEN,
  telegramToken: process.env.TELEGRAM_BOT_TOKEN || '',
  maxCelsius: Number(process.env.ROOM_MAX_C || 4),
};
""")

add("blind-kr/ts/decoy-test-mock", "rickshaw-art-shop/api/src/mail.test.ts", "https://jestjs.io/docs/mock-functions", r"""import sgMail from '@sendgrid/mail';
import { sendOrderMail } from './mail';

jest.mock('@sendgrid/mail');

// নকল কী — টেস্টে কোনো মেইল যায় না
const FAKE_KEY = 'SG.fake-key-for-tests';

test('sends order mail', async () => {
  (sgMail.send as jest.Mock).mockResolvedValue([{ statusCode: 202 }]);
  await sendOrderMail('buyer@example.com', 'RA-1001');
  expect(sgMail.send).toHaveBeenCalled();
});
""")

add("blind-kr/yaml/decoy-gitlab-masked-vars", "nilam/.gitlab-ci.yml", GLCI, r"""stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    # $DEPLOY_KEY এবং $BKASH_APP_SECRET প্রজেক্ট সেটিংসে masked ভ্যারিয়েবল
    - echo "$DEPLOY_KEY" | base64 -d > /tmp/key && chmod 600 /tmp/key
    - ssh -i /tmp/key deploy@103.112.0.41 "cd /srv/nilam && ./release.sh"
  only: [main]
""")

add("blind-kr/markdown/decoy-bkash-sandbox", "docs/payments/bkash-sandbox.md", BKASH, r"""# বিকাশ স্যান্ডবক্স

স্যান্ডবক্সের মান বিকাশের ডেভেলপার পোর্টাল থেকে নিজের অ্যাকাউন্টে লগইন করে নিন।

- Base URL: `https://tokenized.sandbox.bka.sh/v1.2.0-beta`
- টেস্ট ওয়ালেট: `01770618575`, OTP: `123456`, PIN: `12121`
- app_key / app_secret: `.env.local` এ রাখুন, কমিট করবেন না

লাইভ মান শুধু Vault এ।
""")

add("blind-kr/json/decoy-jwks", "nilam/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", r"""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@k@@",
      "alg": "RS256",
      "e": "AQAB",
      "n": "@@n@@"
    }
  ]
}
""", k=hexs(16), n=rand(342, ALNUM + "-_"))

add("blind-kr/log/decoy-jwt-expired-redacted", "logs/auth-2024-04-12.log", "https://datatracker.ietf.org/doc/html/rfc7519", r"""2024-04-12 06:00:11 WARN  auth token expired user=01711000001 token=eyJhbGciOiJIUzI1NiJ9.[redacted]
2024-04-12 06:00:12 INFO  auth login ok user=01711000001 role=auctioneer
2024-04-12 06:05:40 INFO  lot CH-0412-01 bid=1750 trader=T-0192
2024-04-12 06:05:44 INFO  lot CH-0412-01 bid=1780 trader=T-0077
2024-04-12 06:06:00 INFO  lot CH-0412-01 sold 1780 BDT/kg to T-0077
""")

add("blind-kr/python/decoy-hmac-verify", "hilsa_auction/payments/sslcz_ipn.py", SSLC, r"""import hashlib

from django.conf import settings

# SSLCommerz IPN যাচাই — পাসওয়ার্ড settings থেকে, এখানে শুধু md5 তুলনা


def verify(post: dict) -> bool:
    keys = post["verify_key"].split(",")
    data = {k: post[k] for k in keys}
    data["store_passwd"] = hashlib.md5(settings.SSLCZ_STORE_PASSWD.encode()).hexdigest()
    raw = "&".join(f"{k}={data[k]}" for k in sorted(data))
    return hashlib.md5(raw.encode()).hexdigest() == post["verify_sign"]
""")

add("blind-kr/csv/decoy-masked-accounts", "ops/vendor_accounts_export.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""vendor,account,secret,rotated
bkash,01711884420,****************,2024-01-15
nagad,683002007104225,(in vault),2024-02-02
sslcommerz,chandpurarot0live,••••••••••••,2024-03-18
sslwireless,ILISHNILAM,[REDACTED],2024-03-01
""")

add("blind-kr/env/decoy-local-dev", "rickshaw-art-shop/.env.local.example", DOTENV, r"""# লোকাল ডেভেলপমেন্ট — docker compose এর ডাটাবেস
DATABASE_URL=postgres://postgres:postgres@localhost:5432/rikshawart_dev
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=
MAIL_FROM=dev@localhost
""")

add("blind-kr/k8s/decoy-external-secret", "deploy/k8s/external-secret-sms.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sms-gateway
  namespace: ilish-pay
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: sms-gateway }
  data:
    - secretKey: api-token
      remoteRef: { key: secret/nilam/sms, property: api_token }
""")

add("blind-kr/terraform/decoy-random-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r"""resource "random_password" "nilam_db" {
  length  = 24
  special = true
}

# পাসওয়ার্ড Secrets Manager এ যায়, কোডে নেই
resource "aws_secretsmanager_secret_version" "nilam_db" {
  secret_id     = aws_secretsmanager_secret.nilam_db.id
  secret_string = random_password.nilam_db.result
}
""")

add("blind-kr/ruby/decoy-credentials-fetch", "rickshaw-art-shop/app/services/sms_client.rb", RAILS, r"""# এসএমএস ক্লায়েন্ট — Rails encrypted credentials থেকে টোকেন
class SmsClient
  ENDPOINT = "https://smsplus.sslwireless.com/api/v3/send-sms".freeze

  def initialize
    @token = Rails.application.credentials.dig(:sslwireless, :api_token)
    @sid = ENV.fetch("SSLW_SID", "RIKSHAWART")
  end
end
""")

add("blind-kr/xml/decoy-android-manifest", "android/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/meta-data-element", r"""<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="ইলিশ পে">
        <!-- কী আসে build config থেকে -->
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <meta-data android:name="bkash.app_key" android:value="@string/bkash_app_key" />
    </application>
</manifest>
""")

add("blind-kr/go/decoy-test-constant", "coldchain/pay/sslcz_test.go", "https://pkg.go.dev/testing", r"""package pay

import "testing"

// SSLCommerz ডকুমেন্টেশনের স্যান্ডবক্স মান
const testStoreID = "testbox"
const testStorePasswd = "qwerty"

func TestInitForm(t *testing.T) {
	v := initForm("100", "T-1")
	if v.Get("total_amount") != "100" {
		t.Fatal("amount")
	}
}
""")

add("blind-kr/shell/decoy-aws-sso", "scripts/aws_login.sh", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r"""#!/usr/bin/env bash
# অস্থায়ী AWS ক্রেডেনশিয়াল — SSO দিয়ে, কোনো কী ফাইলে রাখা হয় না
set -euo pipefail
PROFILE=${1:-coldchain-prod}
aws sso login --profile "$PROFILE"
eval "$(aws configure export-credentials --profile "$PROFILE" --format env)"
echo "লগইন হয়েছে: $(aws sts get-caller-identity --query Arn --output text)"
""")

add("blind-kr/markdown/decoy-changelog-rotation", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r"""# Changelog

## [1.8.2] — 2024-04-13
### Security
- বিকাশ app secret রোটেট করা হয়েছে; পুরনো secret বাতিল (ফিঙ্গারপ্রিন্ট `sha256:@@f@@`)।
- SSLCommerz store password এখন শুধু Vault এ।

## [1.8.1] — 2024-04-05
### Fixed
- বিড কিউতে একই পাইকারের দুইবার বিড।
""", f=sha256())

add("blind-kr/ini/decoy-odbc-integrated", "legacy/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""; পুরনো আড়তের হিসাব — উইন্ডোজ অথেন্টিকেশন
[ArotLedger]
Driver = ODBC Driver 18 for SQL Server
Server = arot-sql.ilish.local
Database = Ledger
Trusted_Connection = yes
Encrypt = yes
""")

add("blind-kr/html/decoy-password-form", "rickshaw-art-shop/web/src/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r"""<!doctype html>
<html lang="bn">
<head><meta charset="utf-8"><title>শিল্পী লগইন</title></head>
<body>
<form method="post" action="/artists/login">
  <label>মোবাইল <input name="phone" placeholder="01XXXXXXXXX"></label>
  <label>পাসওয়ার্ড <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
  <button>প্রবেশ</button>
</form>
</body>
</html>
""")

add("blind-kr/properties/decoy-spring-placeholders", "export-desk/src/main/resources/application.properties", SPRING, r"""# রপ্তানি ডেস্ক
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/export
spring.datasource.username=${DB_USER:export_app}
spring.datasource.password=${DB_PASSWORD}
mail.password=${MAIL_PASSWORD}
sms.api-token=${SMS_API_TOKEN:}
""")

add("blind-kr/swift/decoy-keychain", "RickshawArtApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r"""import Security
import Foundation

// শিল্পীর সেশন টোকেন কীচেইনে রাখা হয়
enum TokenStore {
    static let service = "bd.rikshawart.session"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service, kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-kr/rust/decoy-env-var", "ghat-notify/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r"""use std::env;

// মেইলগান কী এনভায়রনমেন্ট থেকে
pub struct Config { pub mailgun_key: String, pub sms_token: String }

impl Config {
    pub fn from_env() -> Self {
        Self { mailgun_key: env::var("MAILGUN_API_KEY").expect("MAILGUN_API_KEY"), sms_token: env::var("SSLW_API_TOKEN").unwrap_or_default() }
    }
}
""")

add("blind-kr/csv/decoy-auction-lots", "data/auction_lots_2024_04_13.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""lot_id,ghat,weight_kg,grade,winning_trader,price_bdt_per_kg,payment_ref
CH-0413-01,Chandpur,42.5,A,T-0077,1780,@@a@@
CH-0413-02,Chandpur,38.0,A,T-0192,1750,@@b@@
BR-0413-01,Barishal,55.2,B,T-0041,1420,@@c@@
CX-0413-01,Cox's Bazar,61.0,B,T-0310,1380,@@d@@
""", a=trx_id(), b=trx_id(), c=trx_id(), d=trx_id())

add("blind-kr/dockerfile/decoy-arg-no-default", "coldchain/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", r"""FROM golang:1.22 AS build
ARG GOPRIVATE=github.com/ilishbazar/*
# টোকেন বিল্ড আর্গুমেন্ট হিসেবে আসে, ইমেজে থাকে না
ARG GITHUB_TOKEN
WORKDIR /src
COPY . .
RUN go build -o /cold-monitor ./cmd/monitor

FROM gcr.io/distroless/base
COPY --from=build /cold-monitor /cold-monitor
ENTRYPOINT ["/cold-monitor"]
""")

add("blind-kr/yaml/decoy-docs-example-webhook", "docs/alerts/slack-setup.yaml", SLACK, r"""# স্ল্যাক সেটআপের নমুনা — Slack এর ডকুমেন্টেশনের উদাহরণ URL
slack:
  webhook_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
  channel: "#cold-alerts"
  username: borof-bot
# আসল URL: Vault secret/coldchain/slack
""")

add("blind-kr/pem/decoy-certificate", "deploy/nginx/certs/arot.crt", "https://datatracker.ietf.org/doc/html/rfc7468", r"""-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIU@@a@@
@@b@@
@@c@@
@@d@@
-----END CERTIFICATE-----
""", a=rand(44, ALNUM + "+/"), b=rand(64, ALNUM + "+/"), c=rand(64, ALNUM + "+/"), d=rand(40, ALNUM + "+/") + "==")

add("blind-kr/powershell/decoy-key-vault", "scripts/Get-NagadKey.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.keyvault/get-azkeyvaultsecret", r"""# নগদ মার্চেন্ট কী Key Vault থেকে নেওয়া (লোকাল ডিবাগের জন্য)
param([string]$Vault = 'nagad-bridge-kv')
Connect-AzAccount -Identity | Out-Null
$secret = Get-AzKeyVaultSecret -VaultName $Vault -Name 'MerchantPrivateKey' -AsPlainText
$env:Nagad__MerchantPrivateKey = $secret
Write-Host "কী লোড হয়েছে (দেখানো হবে না)"
""")

add("blind-kr/java/decoy-test-keystore", "export-desk/src/test/java/bd/ilish/export/InvoiceSignerTest.java", "https://junit.org/junit5/docs/current/user-guide/", r"""package bd.ilish.export;

import org.junit.jupiter.api.Test;

// টেস্ট কী স্টোর — বিল্ডে তৈরি হয়, পাসওয়ার্ড ইচ্ছাকৃত নকল
class InvoiceSignerTest {
    private static final String TEST_STORE_PASSWORD = "changeit";

    @Test
    void signsInvoice() {
        new InvoiceSigner("target/test-keystore.p12", TEST_STORE_PASSWORD).sign(new byte[]{1, 2, 3});
    }
}
""")

add("blind-kr/markdown/decoy-readme-setup", "README.md", MD, r"""# ইলিশ বাজার — নিলাম প্ল্যাটফর্ম

চাঁদপুর, বরিশাল ও কক্সবাজার ঘাটের ইলিশ নিলাম, কোল্ড চেইন এবং মোবাইল পেমেন্ট।

## শুরু করা

```sh
cp .env.example .env        # তারপর BKASH_APP_SECRET ইত্যাদি বসান
docker compose up -d
python manage.py migrate
```

সিক্রেট কোথায়: Vault `secret/ilish/*`। প্রশ্ন থাকলে #nilam-dev চ্যানেলে।
""")

add("blind-kr/yaml/decoy-prometheus-basic-auth-file", "coldchain/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: cold-rooms
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/cold_rooms_password
    static_configs:
      - targets: ["10.30.0.11:9100", "10.30.0.12:9100"]
""")

add("blind-kr/text/decoy-meeting-notes", "notes/2024-04-rotation-plan.txt", MD, r"""সিক্রেট রোটেশন পরিকল্পনা — এপ্রিল ২০২৪

১. বিকাশ app secret: নাদিয়া পোর্টাল থেকে নতুন নেবেন, Vault এ রাখবেন
২. SSLCommerz store password: সাপোর্টে মেইল করা হয়েছে (টিকেট #SSLCZ-88412)
৩. এসএমএস টোকেন: পুরনোটা ১৫ এপ্রিল বাতিল
৪. কেউ চ্যাটে বা মেইলে পাসওয়ার্ড পাঠাবে না — শুধু Vault লিংক
""")

add("blind-kr/python/decoy-keyring", "tools/ghat_cli.py", "https://pypi.org/project/keyring/", r"""import keyring
import click

# ঘাট CLI — টোকেন ওএস কীরিং এ থাকে


@click.command()
@click.option("--user", default="rakib")
def login(user: str) -> None:
    token = keyring.get_password("nilam-api", user)
    if token is None:
        token = click.prompt("নিলাম API টোকেন", hide_input=True)
        keyring.set_password("nilam-api", user, token)
""")

add("blind-kr/json/decoy-vscode-inputs", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/variables-reference#_input-variables", r"""{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "nilam api",
      "type": "debugpy",
      "request": "launch",
      "program": "manage.py",
      "args": ["runserver"],
      "env": { "BKASH_APP_SECRET": "${input:bkashSecret}" }
    }
  ],
  "inputs": [{ "id": "bkashSecret", "type": "promptString", "description": "বিকাশ app secret", "password": true }]
}
""")

add("blind-kr/sql/decoy-hashed-api-keys", "db/migrations/0009_api_keys.sql", SQL, r"""-- পাইকারদের API কী — শুধু sha256 হ্যাশ রাখা হয়
CREATE TABLE api_keys (
  id SERIAL PRIMARY KEY,
  trader_id TEXT NOT NULL,
  key_prefix TEXT NOT NULL,
  key_sha256 CHAR(64) NOT NULL
);
INSERT INTO api_keys (trader_id, key_prefix, key_sha256) VALUES ('T-0077', 'nk_7f3a', '@@h@@');
""", h=sha256())

add("blind-kr/shell-history/decoy-vault-read", "ops/sumon/.bash_history", "https://developer.hashicorp.com/vault/docs/commands/kv/get", r"""ssh deploy@103.112.0.41
vault login -method=oidc
vault kv get -field=api_token secret/nilam/sms | wc -c
kubectl -n ilish-pay get pods
exit
""")

add("blind-kr/kotlin/decoy-public-ids", "android/app/src/main/java/bd/ilish/pay/Constants.kt", KOTLIN, r"""package bd.ilish.pay

// পাবলিক আইডি — গোপন নয়
object Constants {
    const val NAGAD_MERCHANT_ID = "683002007104225"
    const val BKASH_MERCHANT_WALLET = "01711884420"
    const val SSLCZ_STORE_ID = "chandpurarot0live"
    const val SUPPORT_PHONE = "+8801711000000"
}
""")

add("blind-kr/toml/decoy-netlify-env-ref", "rickshaw-art-shop/web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", r"""[build]
  command = "npm run build"
  publish = "dist"

# কী Netlify UI তে সেট করা, এখানে নয়
[context.production.environment]
  VITE_API_BASE = "https://api.rikshawart.com.bd"
  VITE_STRIPE_PK = "pk_live_from_ui"
""")

add("blind-kr/rst/decoy-api-docs-example", "docs/api/authentication.rst", RST, r"""প্রমাণীকরণ
=========

প্রতিটি অনুরোধে হেডার দিন::

    Authorization: Bearer <your-nilam-api-token>

উদাহরণ টোকেন ``nk_test_0000000000000000`` শুধু স্যান্ডবক্সে কাজ করে এবং কোনো ডেটা ফেরত দেয় না।

টোকেন পেতে আড়ত অফিসে যোগাযোগ করুন।
""")

add("blind-kr/compose/decoy-docker-secrets", "nilam/docker-compose.secrets.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r"""services:
  api:
    image: registry.gitlab.com/ilishbazar/nilam:1.8.2
    secrets: [bkash_app_secret, db_password]
    environment:
      BKASH_APP_SECRET_FILE: /run/secrets/bkash_app_secret
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  bkash_app_secret: { file: ./secrets/bkash_app_secret.txt }
  db_password: { external: true }
""")

add("blind-kr/log/decoy-ci-masked", "logs/ci-job-88123.log", GHA, r"""Run aws s3 sync ./dist s3://coldchain-dashboard --delete
  env:
    AWS_ACCESS_KEY_ID: ***
    AWS_SECRET_ACCESS_KEY: ***
    AWS_DEFAULT_REGION: ap-south-1
upload: dist/index.html to s3://coldchain-dashboard/index.html
Job succeeded
""")

add("blind-kr/html/decoy-sri-hash", "rickshaw-art-shop/web/public/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r"""<!doctype html>
<html lang="bn">
<head>
  <meta charset="utf-8">
  <title>রিকশা আর্ট — হাতে আঁকা প্যানেল</title>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.13.8/dist/cdn.min.js" integrity="sha384-@@i@@" crossorigin="anonymous" defer></script>
</head>
<body><div id="app"></div></body>
</html>
""", i=rand(64, ALNUM + "+/"))

# ---------------------------------------------------------------- secrets: last carriers

add("blind-kr/crontab/postgres-url", "deploy/cron/arot.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""# আড়তের দৈনিক কাজ (Asia/Dhaka)
SHELL=/bin/bash
MAILTO=ops@ilishbazar.com.bd
0 5 * * * /opt/arot/bin/price-import --db "postgresql://importer:@@s@@@10.20.0.14:5432/nilam"
30 23 * * * /opt/arot/bin/close-day
""", rand(20))

add("blind-kr/shell/docker-run-env", "scripts/run_cold_monitor.sh", "https://docs.docker.com/reference/cli/docker/container/run/#env", r"""#!/usr/bin/env bash
# বরফ কলের সার্ভারে মনিটর চালানো
docker rm -f cold-monitor 2>/dev/null || true
docker run -d --name cold-monitor --restart unless-stopped \
  -e ROOMS=a,b,c \
  -e TELEGRAM_BOT_TOKEN=@@s@@ \
  -e MAX_C=4 \
  ilishbazar/cold-monitor:2.1
""", tg_token())

add("blind-kr/shell/helm-set-password", "scripts/deploy_nilam.sh", "https://helm.sh/docs/helm/helm_upgrade/", r"""#!/usr/bin/env bash
set -euo pipefail
# নিলাম প্রোডাকশন ডিপ্লয়
helm upgrade --install nilam ./charts/nilam \
  -n ilish-pay -f charts/nilam/values-prod.yaml \
  --set postgresql.auth.password=@@s@@ \
  --set image.tag="$(git rev-parse --short HEAD)"
""", words_pw())

add("blind-kr/k8s-secret/stringdata-sms", "deploy/k8s/sms-secret.yaml", K8S, r"""apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: ilish-pay
type: Opaque
stringData:
  sid: ILISHNILAM
  api-token: "@@s@@"
""", rand(36).lower() + "-" + rand(8))

add("blind-kr/k8s-secret/bkash-app-secret", "deploy/k8s/bkash-secret.yaml", K8S, r"""# বিকাশ লাইভ — kubectl apply -f
apiVersion: v1
kind: Secret
metadata:
  name: bkash-live
  namespace: ilish-pay
type: Opaque
data:
  app-key: @@k@@
  app-secret: @@b@@
""", _BK := rand(50), k=b64(rand(25)), b=b64(_BK))

add("blind-kr/http/basic-auth", "rickshaw-art-shop/api/requests/courier.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r"""### কুরিয়ার পার্সেল তৈরি (স্টেডফাস্ট)
POST https://portal.steadfast.com.bd/api/v1/create_order
Authorization: Basic @@s@@
Content-Type: application/json

{"invoice": "RA-1042", "recipient_name": "Tanvir", "recipient_phone": "01811000000", "cod_amount": 4500}
""", b64("rikshawart:" + words_pw()))

add("blind-kr/js/split-token-concat", "rickshaw-art-shop/web/src/courier.js", NODEDOC, r"""// পাঠাও কুরিয়ার — ক্লায়েন্ট সিক্রেট (ভাগ করে রাখা, যাতে গিটহাব ধরতে না পারে!)
const CLIENT_ID = '7N1aMGzbeJ';
const CLIENT_SECRET = '@@a@@' +
  '@@b@@';

export async function pathaoToken() {
  const r = await fetch('https://api-hermes.pathao.com/aladdin/api/v1/issue-token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'password' }),
  });
  return (await r.json()).access_token;
}
""", _PT := rand(40), a=_PT[:20], b=_PT[20:])

add("blind-kr/python/jwt-secret", "hilsa_auction/auth/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", r"""import datetime as dt

import jwt

# পাইকারদের অ্যাপের লগইন টোকেন
JWT_SECRET = "@@s@@"


def issue(trader_id: str) -> str:
    exp = dt.datetime.utcnow() + dt.timedelta(hours=12)
    return jwt.encode({"sub": trader_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
""", rand(48))

add("blind-kr/python/smtp-login", "coldchain/reports/daily_mail.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", r"""import smtplib
from email.message import EmailMessage

# দৈনিক তাপমাত্রার রিপোর্ট — আড়তদারদের কাছে
msg = EmailMessage()
msg["Subject"] = "কোল্ড রুম রিপোর্ট"
msg["From"] = "cold@ilishbazar.com.bd"
msg["To"] = "habib@ilishbazar.com.bd"
with smtplib.SMTP("smtp.gmail.com", 587) as s:
    s.starttls()
    s.login("cold@ilishbazar.com.bd", "@@s@@")
    s.send_message(msg)
""", rand(16, string.ascii_lowercase))

add("blind-kr/github-actions/github-fine-grained-token", ".github/workflows/art-catalog-sync.yml", GHA, r"""name: art-catalog-sync
on:
  schedule: [{ cron: "0 20 * * *" }]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: rikshawart/catalog-images
          token: @@s@@
      - run: ./scripts/sync_catalog.sh
""", fakes.github_fine_grained_token(_seed()))

add("blind-kr/gitlab-ci/ssh-private-key", "coldchain/.gitlab-ci.yml", GLCI, r"""deploy:
  stage: deploy
  image: alpine:3.19
  before_script:
    - apk add --no-cache openssh-client
    - mkdir -p ~/.ssh && chmod 700 ~/.ssh
    - |
      cat > ~/.ssh/id_ed25519 <<'KEY'
      @@k@@
      KEY
    - chmod 600 ~/.ssh/id_ed25519
  script:
    - ssh -o StrictHostKeyChecking=no deploy@103.112.0.52 "sudo systemctl restart cold-monitor"
""", _GLK := pem("OPENSSH"), k=_GLK.replace("\n", "\n      "))

add("blind-kr/env/nagad-keys-inline", "nagad-gateway/.env", DOTENV, r"""# নগদ গেটওয়ে
NAGAD_MODE=live
NAGAD_MERCHANT_ID=683002007104225
NAGAD_MERCHANT_NUMBER=01711884420
NAGAD_PG_PUBLIC_KEY_PATH=./keys/nagad_pg_public.pem
NAGAD_MERCHANT_PRIVATE_KEY="@@s@@"
""", _NP := pem("RSA"))

add("blind-kr/xml/web-config-connection", "NagadBridge/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", r"""<?xml version="1.0"?>
<configuration>
  <!-- পুরনো নগদ ব্রিজ (ASP.NET 4.8) -->
  <connectionStrings>
    <add name="Ledger" connectionString="Data Source=10.40.0.9;Initial Catalog=Ledger;User Id=bridge;Password=@@s@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Nagad.MerchantId" value="683002007104225" />
  </appSettings>
</configuration>
""", rand(18))

add("blind-kr/kotlin/sms-api-key", "android/app/src/main/java/bd/ilish/pay/OtpService.kt", KOTLIN, r"""package bd.ilish.pay

import okhttp3.OkHttpClient
import okhttp3.Request

// ওটিপি পাঠানো — গ্রিনওয়েব
class OtpService(private val http: OkHttpClient) {
    private val token = "@@s@@"

    fun send(phone: String, code: String) {
        val url = "https://api.greenweb.com.bd/api.php?token=$token&to=$phone&message=OTP+$code"
        http.newCall(Request.Builder().url(url).build()).execute().close()
    }
}
""", hexs(32) + rand(8).lower())

add("blind-kr/markdown/aws-keys-note", "docs/ops/handover-sumon.md", MD, r"""# দায়িত্ব হস্তান্তর — সুমন (এপ্রিল ২০২৪)

রাকিব ছুটিতে থাকলে কোল্ড চেইনের আপলোড সুমন দেখবে।

- S3 বাকেট: `ilish-coldchain-readings`
- IAM ইউজার `cold-uploader` এর কী: `@@i@@` / `@@s@@`
- সেন্সর ভেন্ডরের সাপোর্ট: +880 1911-000000

ফিরে এসে কী রোটেট করতে হবে।
""", aws_sk(), i=aws_id())

add("blind-kr/text/bkash-secret-chat", "notes/whatsapp-export-habib.txt", MD, r"""[১২/০৪/২৪, ০৬:১০] Habib Arot: রাকিব ভাই পেমেন্ট যাচ্ছে না
[১২/০৪/২৪, ০৬:12] Rakib: নতুন secret বসাতে হবে, পোর্টাল থেকে কপি করে দেন
[১২/০৪/২৪, ০৬:15] Habib Arot: @@s@@
[১২/০৪/২৪, ০৬:16] Rakib: পেয়েছি, বসাচ্ছি
[১২/০৪/২৪, ০৬:20] Rakib: এখন চলছে ✅
""", rand(50))

add("blind-kr/powershell/sslcommerz-store-password", "scripts/Test-SslczValidation.ps1", PS, r"""# লাইভ ট্রানজেকশন যাচাই
param([Parameter(Mandatory)] [string]$ValId)
$body = @{
    val_id       = $ValId
    store_id     = 'rikshawpanel0live'
    store_passwd = '@@s@@'
    format       = 'json'
}
Invoke-RestMethod -Uri 'https://securepay.sslcommerz.com/validator/api/validationserverAPI.php' -Method Get -Body $body
""", rand(13, UPNUM))

add("blind-kr/ruby/slack-webhook", "rickshaw-art-shop/lib/tasks/notify.rake", RAILS, r"""require "net/http"
require "json"

# নতুন অর্ডার হলে স্টুডিওর স্ল্যাকে
namespace :notify do
  task :new_orders => :environment do
    uri = URI("@@s@@")
    Order.where(notified: false).find_each do |o|
      Net::HTTP.post(uri, { text: "নতুন অর্ডার #{o.number}: #{o.panel_title}" }.to_json, "Content-Type" => "application/json")
    end
  end
end
""", slack_hook())

add("blind-kr/json/telegram-in-package-scripts", "coldchain/dashboard/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", r"""{
  "name": "cold-dashboard",
  "version": "0.4.0",
  "private": true,
  "scripts": {
    "dev": "vite",
    "build": "vite build",
    "notify": "curl -s https://api.telegram.org/bot@@s@@/sendMessage -d chat_id=-1001876543210 -d text=deployed"
  }
}
""", tg_token())

add("blind-kr/terraform/azure-client-secret", "infra/azure/provider.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", r"""# রিকশা আর্ট ছবির স্টোরেজ — আজুর
provider "azurerm" {
  features {}
  subscription_id = "@@a@@"
  tenant_id       = "@@b@@"
  client_id       = "@@c@@"
  client_secret   = "@@s@@"
}
""", rand(3) + "8Q~" + rand(34, ALNUM + "_.-~"), a=uuid_s(), b=uuid_s(), c=uuid_s())

_B2 = "K005" + rand(27, ALNUM + "+/")
add("blind-kr/ini/backblaze-key", "ops/backup/rclone.conf", "https://rclone.org/b2/", r"""# আর্ট ক্যাটালগের ব্যাকআপ
[b2-catalog]
type = b2
account = 005@@a@@0000000001
key = @@s@@
hard_delete = false
""", _B2, a=hexs(10))

add("blind-kr/go/sendgrid-key", "coldchain/reports/mail.go", "https://github.com/sendgrid/sendgrid-go#quick-start", r"""package reports

import "github.com/sendgrid/sendgrid-go"

// সাপ্তাহিক রিপোর্ট ইমেইল
var client = sendgrid.NewSendClient("@@s@@")

func Client() *sendgrid.Client {
	return client
}
""", sendgrid())

add("blind-kr/yaml/alertmanager-webhook", "coldchain/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""route:
  receiver: cold-team
receivers:
  - name: cold-team
    slack_configs:
      - api_url: @@s@@
        channel: "#cold-alerts"
        title: "কোল্ড রুম সতর্কতা"
""", slack_hook())

add("blind-kr/csharp/jwt-signing-key", "NagadBridge/Auth/JwtOptions.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r"""using Microsoft.IdentityModel.Tokens;
using System.Text;

// ব্রিজের অভ্যন্তরীণ টোকেন
public static class JwtOptions
{
    public const string Issuer = "nagad-bridge";
    public static readonly SymmetricSecurityKey Key =
        new SymmetricSecurityKey(Encoding.UTF8.GetBytes("@@s@@"));
}
""", rand(44))

add("blind-kr/php/env-laravel", "rickshaw-art-shop/.env", LARAVEL, r"""APP_NAME="Rickshaw Art"
APP_ENV=production
APP_DEBUG=false
# রিকশা আর্ট শপ ডাটাবেস
DB_CONNECTION=mysql
DB_DATABASE=rikshawart
DB_USERNAME=rikshawart
DB_PASSWORD=@@s@@
""", words_pw())

# ---------------------------------------------------------------- the rest

add("blind-kr/python/nagad-in-dict", "nagad_pg/settings.py", NAGAD, r"""# নগদ লাইভ সেটিংস
NAGAD = {
    "base_url": "https://api.mynagad.com/api/dfs",
    "merchant_id": "683002007104225",
    "merchant_number": "01711884420",
    "merchant_private_key": \"\"\"@@s@@\"\"\",
    "callback_url": "https://ilishbazar.com.bd/pay/nagad/callback",
}
""".replace('\\"', '"'), pem("RSA"))

add("blind-kr/shell-history/mysql-command-line", "ops/habib/.bash_history", MYSQL, r"""ls -la /srv/arot
mysql -u ledger -p@@s@@ arot -e "SELECT SUM(amount) FROM sales WHERE day=CURDATE();"
cd /srv/arot && ./close-day.sh
df -h
exit
""", rand(14))

add("blind-kr/toml/pyproject-token", "nilam-sdk/poetry.toml", "https://python-poetry.org/docs/configuration/", r"""# nilam-sdk — poetry লোকাল কনফিগ
[virtualenvs]
in-project = true

[http-basic.ilish]
username = "deploy"
password = "@@s@@"
""", rand(24))

add("blind-kr/yaml/spring-application", "export-desk/src/main/resources/application-live.yml", SPRING, r"""spring:
  datasource:
    url: jdbc:postgresql://10.20.0.14:5432/export
    username: export_app
    password: @@s@@
# দুবাই/কলকাতা রপ্তানি ডেস্ক — লাইভ
server:
  port: 8081
""", rand(20))

add("blind-kr/dockerfile/arg-default-token", "nilam/Dockerfile.worker", "https://docs.docker.com/reference/dockerfile/#arg", r"""FROM python:3.12-slim
# প্রাইভেট nilam-core প্যাকেজ
ARG GH_TOKEN=@@s@@
RUN pip install "git+https://${GH_TOKEN}@github.com/ilishbazar/nilam-core.git@v2.1.0"
WORKDIR /app
COPY . .
CMD ["celery", "-A", "nilam", "worker", "-l", "info"]
""", gh_token())

add("blind-kr/csv/exported-credentials", "ops/export/shop_admins.csv", "https://www.rfc-editor.org/rfc/rfc4180", r"""name,email,role,temp_password,must_change
Nadia Akter,nadia@rikshawart.com.bd,owner,(set by self),no
Shafiq Painter,shafiq@rikshawart.com.bd,artist,@@s@@,yes
Mita Das,mita@rikshawart.com.bd,artist,(set by self),no
Rony,rony@rikshawart.com.bd,support,(set by self),no
""", words_pw())

add("blind-kr/yaml/mqtt-password", "coldchain/sensors/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", r"""# সেন্সর → MQTT ব্রোকার
mqtt:
  host: mqtt.ilishbazar.internal
  port: 8883
  username: cold-sensors
  password: "@@s@@"
  topic: cold/+/temp
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- last decoys

add("blind-kr/json/decoy-helm-values-schema", "charts/nilam/values.schema.json", "https://helm.sh/docs/topics/charts/#schema-files", r"""{
  "$schema": "https://json-schema.org/draft-07/schema#",
  "type": "object",
  "properties": {
    "bkash": {
      "type": "object",
      "properties": {
        "appSecret": { "type": "string", "description": "বিকাশ app secret (existingSecret দিয়ে দিন)", "minLength": 0 }
      }
    }
  }
}
""")

add("blind-kr/python/decoy-sample-signature", "nagad_pg/tests/test_sign.py", "https://docs.pytest.org/en/stable/", r"""from nagad_pg.sign import verify_with_public_key

# নগদের ডকুমেন্টেশনের নমুনা সিগনেচার (পাবলিক কী দিয়ে যাচাই)
SAMPLE_SIGNATURE = "@@g@@"
SAMPLE_PAYLOAD = '{"merchantId":"683002007104225","orderId":"T-1","amount":"10"}'


def test_verify_sample():
    assert verify_with_public_key(SAMPLE_PAYLOAD, SAMPLE_SIGNATURE, "keys/nagad_pg_public.pem")
""", g=rand(344, ALNUM + "+/") + "==")

add("blind-kr/text/decoy-otp-sms-log", "logs/sms-outbox-2024-04-13.txt", SMS, r"""06:00:05 -> 8801711000001 "নিলাম CH-0413-01 শুরু ৬:১৫ এ" status=DELIVERED csms=@@a@@
06:00:05 -> 8801811000002 "নিলাম CH-0413-01 শুরু ৬:১৫ এ" status=DELIVERED csms=@@b@@
06:14:12 -> 8801911000003 "আপনার ওটিপি 482913, ৫ মিনিট বৈধ" status=DELIVERED csms=@@c@@
06:30:40 -> 8801711000001 "লট CH-0413-01 আপনি জিতেছেন: ১৭৮০ টাকা/কেজি" status=DELIVERED csms=@@d@@
07:00:00 -> 8801611000004 "আজকের দর আপডেট" status=FAILED csms=@@e@@
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), e=uuid_s())

add("blind-kr/env/decoy-ci-template", "coldchain/.env.ci", DOTENV, r"""# CI তে GitHub secrets থেকে পূরণ হয়
AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
SLACK_HOOK_URL=${SLACK_HOOK_URL}
TELEGRAM_BOT_TOKEN=
ROOM_MAX_C=4
""")

add("blind-kr/markdown/decoy-security-policy", "SECURITY.md", MD, r"""# নিরাপত্তা নীতি

দুর্বলতা পেলে security@ilishbazar.com.bd তে লিখুন, পাবলিক ইস্যু খুলবেন না।

আমাদের PGP কী ফিঙ্গারপ্রিন্ট: `@@f@@`

- সিক্রেট কখনো রিপোতে থাকে না; সব Vault এ
- pre-commit এ সিক্রেট স্ক্যানার চলে
""", f=" ".join(hexs(4).upper() for _ in range(10)))

add("blind-kr/ts/decoy-type-definitions", "rickshaw-art-shop/api/src/types/payment.ts", "https://www.typescriptlang.org/docs/handbook/2/objects.html", r"""// পেমেন্ট কনফিগের টাইপ — মান নয়
export interface SslczConfig {
  storeId: string;
  storePasswd: string;
  sandbox: boolean;
}

export interface BkashConfig {
  appKey: string;
  appSecret: string;
  username: string;
  password: string;
}
""")

add("blind-kr/ansible/decoy-vault-lookup", "ansible/roles/nilam/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""---
# নিলাম রোলের ডিফল্ট — সিক্রেট Vault lookup দিয়ে
nilam_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/nilam/db:password') }}"
nilam_bkash_app_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ilish/bkash:app_secret') }}"
nilam_workers: 4
nilam_port: 8000
""")

add("blind-kr/go/decoy-hash-constant", "coldchain/firmware/verify.go", "https://pkg.go.dev/crypto/sha256", r"""package firmware

// সেন্সর ফার্মওয়্যারের প্রত্যাশিত SHA-256
const expectedSHA256 = "@@h@@"

// ভেন্ডরের সাইনিং কী আইডি (পাবলিক)
const vendorKeyID = "@@k@@"
""", h=sha256(), k=hexs(16).upper())

add("blind-kr/html/decoy-bkash-button", "rickshaw-art-shop/web/public/pay.html", BKASH, r"""<!doctype html>
<html lang="bn">
<head><meta charset="utf-8"><title>পেমেন্ট</title></head>
<body>
<p>প্যানেল: "ঢাকার রিকশা, ১৯৮০" — ৪৫০০ টাকা</p>
<button id="bKash_button" data-merchant="01711884420" data-invoice="RA-1042">বিকাশে পেমেন্ট</button>
<script src="https://scripts.pay.bka.sh/versions/1.2.0-beta/checkout/bKash-checkout.js"></script>
</body>
</html>
""")

add("blind-kr/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", r"""version: 2
registries:
  ilish-pypi:
    type: python-index
    url: https://pypi.ilishbazar.internal/simple
    username: dependabot
    password: ${{secrets.ILISH_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: "/"
    registries: [ilish-pypi]
    schedule: { interval: weekly }
""")
