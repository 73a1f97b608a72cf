"""Blind set KP: injera bakeries and tej (honey wine) meaderies in Ethiopia.

Order services, mobile money (telebirr, Chapa), SMS gateways for order notices, delivery riders'
bots and maps, CI pipelines and cloud deployments of small Ethiopian food businesses; notes and
comments partly in Amharic (Ge'ez script). Each template is written for two branches (Addis Ababa,
Hawassa, Bahir Dar, Gondar, Mekelle, Dire Dawa, Adama, Jimma), so each file name is used once.
Generated fakes only (seeds 5590000-5599999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Callable, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 5590000, 5599999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []
_NAMES: set = set()
_CURRENT: dict = {}


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: object) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in _CURRENT.items():  # the branch the template is written for
        fields.setdefault(key, value)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", str(value))
    assert "@@" not in text, file_name
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- generators
WORDS = ["Injera", "Teff", "Mitad", "Berbere", "Gesho", "Tej", "Buna", "Entoto", "Abay", "Simien",
         "Lalibela", "Axum", "Shiro", "Kolo", "Dabo", "Mesob", "Netela", "Fasil", "Tana", "Awash"]
LOWER = ["teff", "mitad", "gesho", "honey", "berbere", "mesob", "jebena", "enset", "awaze", "kocho",
         "tana", "dallol", "sheger", "ambasha", "kolo", "netela"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def chapa_secret(live: bool = True) -> str:
    return ("CHASECK-" if live else "CHASECK_TEST-") + fakes.drawn_mixed(_seed(), 32)


def chapa_public() -> str:
    return "CHAPUBK-" + fakes.drawn_mixed(_seed(), 32)


def telebirr_app_key() -> str:
    return hexs(32)


def jwt() -> str:
    r = _rng()
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    body = b64url(json.dumps({"identifier": fakes.drawn(_seed(), 32), "exp": r.randint(1800000000, 1900000000),
                              "iat": r.randint(1700000000, 1760000000), "sub": "api"}, separators=(",", ":")))
    sig = fakes.drawn(_seed(), 43, ALNUM + "-_")
    return f"{head}.{body}.{sig}"


def telegram() -> str:
    return fakes.telegram_token(_seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 30) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 30) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def stripe_live() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def phone() -> str:
    r = _rng()
    return "+2519" + "".join(r.choice("0123456789") for _ in range(8))


def tx_ref() -> str:
    return "INJ-" + fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits)


# ---------------------------------------------------------------- branches
BRANCHES = [
    ("addis", "Addis Ababa", "አዲስ አበባ"), ("hawassa", "Hawassa", "ሀዋሳ"), ("bahirdar", "Bahir Dar", "ባሕር ዳር"),
    ("gondar", "Gondar", "ጎንደር"), ("mekelle", "Mekelle", "መቀሌ"), ("diredawa", "Dire Dawa", "ድሬ ዳዋ"),
    ("adama", "Adama", "አዳማ"), ("jimma", "Jimma", "ጅማ"),
]
SECRET_TEMPLATES: List[Callable[[str, str, str], None]] = []
DECOY_TEMPLATES: List[Callable[[str, str, str], None]] = []


def secret(fn: Callable[[str, str, str], None]) -> Callable[[str, str, str], None]:
    SECRET_TEMPLATES.append(fn)
    return fn


def decoy(fn: Callable[[str, str, str], None]) -> Callable[[str, str, str], None]:
    DECOY_TEMPLATES.append(fn)
    return fn


P = "blind-kp"
# ================================================================ files holding one credential


@secret
def env_chapa(b: str, city: str, am: str) -> None:
    add(f"{P}/dotenv/chapa-secret-key", f"{b}-injera-orders/.env", "https://developer.chapa.co/",
        """# @@am@@ እንጀራ ትእዛዝ አገልግሎት — production
APP_ENV=production
APP_URL=https://orders.@@b@@.enjera-bet.et
DB_HOST=10.20.1.15
DB_NAME=injera_orders
CHAPA_SECRET_KEY=@@secret@@
CHAPA_CALLBACK_URL=https://orders.@@b@@.enjera-bet.et/api/chapa/callback
# ክፍያ ከተፈጸመ በኋላ ወደዚህ ይመለሳል
CHAPA_RETURN_URL=https://@@b@@.enjera-bet.et/thanks
""", chapa_secret(), b=b, am=am)


@secret
def py_telebirr(b: str, city: str, am: str) -> None:
    add(f"{P}/python/telebirr-app-key", f"{b}-tej-bet/payments/telebirr_client.py", "https://developer.ethiotelecom.et/",
        '''"""telebirr H5 web payment for the @@city@@ tej house (ጠጅ ቤት)."""
import hashlib
import time

import requests

TELEBIRR_URL = "https://app.ethiomobilemoney.et:2121/ammapi/payment/service-openup/toTradeWebPay"
APP_ID = "3c1d5e7f0a2b4c6d8e9f0a1b2c3d4e5f"
APP_KEY = "@@secret@@"  # TODO: ወደ vault አዛውር
SHORT_CODE = "220431"


def sign(params: dict) -> str:
    payload = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.sha256((payload + "&appKey=" + APP_KEY).encode()).hexdigest().upper()


def pay(order_id: str, birr: float) -> dict:
    params = {"appId": APP_ID, "outTradeNo": order_id, "totalAmount": f"{birr:.2f}",
              "shortCode": SHORT_CODE, "timestamp": str(int(time.time() * 1000))}
    params["sign"] = sign(params)
    return requests.post(TELEBIRR_URL, json=params, timeout=15).json()
''', telebirr_app_key(), city=city)


@secret
def js_afromessage(b: str, city: str, am: str) -> None:
    add(f"{P}/javascript/sms-gateway-jwt", f"{b}-injera-orders/src/sms/notify.js", "https://www.afromessage.com/developers",
        """// የትእዛዝ ማሳወቂያ SMS — AfroMessage
const axios = require('axios');

const SMS_TOKEN = '@@secret@@';
const SENDER = 'ENJERA';

async function notifyReady(phone, orderNo) {
  const msg = `ትእዛዝዎ ${orderNo} ዝግጁ ነው። እናመሰግናለን!`;
  return axios.get('https://api.afromessage.com/api/send', {
    headers: { Authorization: `Bearer ${SMS_TOKEN}` },
    params: { from: SENDER, to: phone, message: msg },
  });
}

module.exports = { notifyReady };
""", jwt())


@secret
def yaml_k8s_secret(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/k8s-secret/postgres-password", f"{b}-meadery/deploy/k8s/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
        """apiVersion: v1
kind: Secret
metadata:
  name: tej-db
  namespace: @@b@@-meadery
  labels:
    app: tej-inventory
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@secret@@
  POSTGRES_DB: @@db@@
""", b64(pw), user=b64("tej_app"), db=b64("tej_inventory"))


@secret
def go_telegram(b: str, city: str, am: str) -> None:
    add(f"{P}/go/telegram-bot-token", f"{b}-delivery/cmd/riderbot/main.go", "https://core.telegram.org/bots/api",
        """package main

// የማድረሻ ሾፌሮች ቦት — @@city@@
import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			log.Printf("[%s] %s", update.Message.From.UserName, update.Message.Text)
		}
	}
}
""", telegram(), city=city)


@secret
def md_runbook_pw(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/markdown/database-password-in-note", f"{b}-injera-orders/docs/runbook-db.md", "https://www.markdownguide.org/basic-syntax/",
        """# የዳታቤዝ መመሪያ (@@city@@)

ሌሊት ላይ ምትኬ ካልተሰራ:

1. ወደ `db-@@b@@.internal` ይግቡ።
2. `pg_dump` በእጅ ያስኪዱ።

| አገልግሎት | ተጠቃሚ | የይለፍ ቃል |
|---|---|---|
| postgres (orders) | orders_admin | @@secret@@ |

> ማስታወሻ: ይህን ገጽ ከቡድኑ ውጭ አታጋሩ።
""", pw, city=city, b=b)


@secret
def sh_history_mysql(b: str, city: str, am: str) -> None:
    pw = rand_pw(16)
    add(f"{P}/shell-history/mysql-password-flag", f"{b}-ops/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html",
        """cd /srv/injera-pos
git pull
sudo systemctl restart injera-pos
mysql -h 10.0.3.7 -u pos_admin -p@@secret@@ injera_pos
tail -f /var/log/injera-pos/app.log
df -h
exit
""", pw)


@secret
def tf_aws(b: str, city: str, am: str) -> None:
    add(f"{P}/terraform/aws-secret-key", f"{b}-infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs",
        """# የ@@city@@ ቅርንጫፍ ደመና (S3 ለደረሰኞች)
provider "aws" {
  region     = "af-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "receipts" {
  bucket = "@@b@@-injera-receipts"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()), city=city, b=b)


@secret
def php_chapa(b: str, city: str, am: str) -> None:
    add(f"{P}/php/chapa-secret-key", f"{b}-tej-shop/app/Services/ChapaGateway.php", "https://developer.chapa.co/integrations/php-sdk",
        """<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

// የቻፓ ክፍያ — ጠጅ ሱቅ
class ChapaGateway
{
    private string $secret = '@@secret@@';

    public function initialize(string $txRef, float $amount, string $email): array
    {
        return Http::withToken($this->secret)
            ->post('https://api.chapa.co/v1/transaction/initialize', [
                'amount' => $amount,
                'currency' => 'ETB',
                'email' => $email,
                'tx_ref' => $txRef,
            ])->json();
    }
}
""", chapa_secret())


@secret
def compose_redis(b: str, city: str, am: str) -> None:
    pw = fakes.redis_password(_seed())
    add(f"{P}/compose/redis-requirepass", f"{b}-injera-orders/docker-compose.yml", "https://docs.docker.com/compose/compose-file/",
        """services:
  api:
    build: .
    environment:
      REDIS_URL: redis://cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    # የወረፋ ማከማቻ
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", pw)


@secret
def gha_slack(b: str, city: str, am: str) -> None:
    add(f"{P}/github-actions/slack-webhook", f"{b}-injera-orders/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
        """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh @@b@@
      - name: ለቡድኑ አሳውቅ
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"@@city@@ deploy: ${{ job.status }}"}' \\
            @@secret@@
""", slack_webhook(), b=b, city=city)


@secret
def java_props(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/properties/datasource-password", f"{b}-meadery-erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
        """# ጠጅ ማምረቻ ERP — @@city@@
server.port=8080
spring.datasource.url=jdbc:postgresql://10.30.0.5:5432/meadery
spring.datasource.username=meadery
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
""", pw, city=city)


@secret
def kt_twilio(b: str, city: str, am: str) -> None:
    add(f"{P}/kotlin/twilio-auth-token", f"{b}-rider-app/app/src/main/java/et/enjera/rider/SmsConfig.kt", "https://www.twilio.com/docs/usage/api",
        """package et.enjera.rider

// ለውጭ አገር ደንበኞች የሚላክ SMS
object SmsConfig {
    const val TWILIO_ACCOUNT_SID = "@@sid@@"
    const val TWILIO_AUTH_TOKEN = "@@secret@@"
    const val FROM_NUMBER = "+15005550006"
}
""", hexs(32), sid=twilio_sid())


@secret
def cs_appsettings(b: str, city: str, am: str) -> None:
    pw = rand_pw(18, "!#%")
    add(f"{P}/json/sqlserver-connection-string", f"{b}-bakery-pos/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
        """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=tcp:pos-@@b@@.database.windows.net,1433;Database=injera_pos;User ID=posadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Branch": { "Name": "@@city@@", "NameAm": "@@am@@" },
  "AllowedHosts": "*"
}
""", pw, b=b, city=city, am=am)


@secret
def rb_sendgrid(b: str, city: str, am: str) -> None:
    add(f"{P}/ruby/sendgrid-api-key", f"{b}-tej-club/config/initializers/mailer.rb", "https://docs.sendgrid.com/for-developers/sending-email/rubyonrails",
        """# የጠጅ ክለብ አባላት ጋዜጣ
ActionMailer::Base.smtp_settings = {
  user_name: 'apikey',
  password: '@@secret@@',
  domain: 'tejclub.et',
  address: 'smtp.sendgrid.net',
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", sendgrid())


@secret
def rs_chapa(b: str, city: str, am: str) -> None:
    add(f"{P}/rust/chapa-secret-key", f"{b}-mesob-api/src/payments.rs", "https://developer.chapa.co/",
        """// ክፍያ መጀመሪያ (Chapa)
use reqwest::Client;
use serde_json::json;

const CHAPA_KEY: &str = "@@secret@@";

pub async fn init_payment(client: &Client, tx_ref: &str, amount: u32) -> reqwest::Result<String> {
    client
        .post("https://api.chapa.co/v1/transaction/initialize")
        .bearer_auth(CHAPA_KEY)
        .json(&json!({"amount": amount, "currency": "ETB", "tx_ref": tx_ref}))
        .send()
        .await?
        .text()
        .await
}
""", chapa_secret())


@secret
def swift_mapbox(b: str, city: str, am: str) -> None:
    add(f"{P}/swift/mapbox-secret-token", f"{b}-rider-ios/Rider/Config/MapConfig.swift", "https://docs.mapbox.com/accounts/guides/tokens/",
        """import Foundation

// ካርታ ለማውረድ (offline tiles) — ሚስጥራዊ ቶክን
enum MapConfig {
    static let downloadsToken = "@@secret@@"
    static let styleURL = URL(string: "mapbox://styles/enjera/clk0delivery")!
    static let defaultCenter = (lat: 9.0108, lon: 38.7613)
}
""", mapbox_secret())


@secret
def ps_azure(b: str, city: str, am: str) -> None:
    add(f"{P}/powershell/azure-client-secret", f"{b}-ops/scripts/Backup-PosDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount",
        r"""# የሽያጭ ዳታቤዝ ምትኬ ወደ Azure Blob
$tenant = "6f1c2b3a-0d4e-4f5a-9b8c-7d6e5f4a3b2c"
$appId  = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
$ctx = New-AzStorageContext -StorageAccountName "@@b@@posbackup" -UseConnectedAccount
Set-AzStorageBlobContent -File "D:\backup\pos.bak" -Container "nightly" -Context $ctx -Force
""", azure_secret(), b=b)


@secret
def ini_pgpass(b: str, city: str, am: str) -> None:
    pw = passphrase()
    add(f"{P}/pgpass/postgres-password", f"{b}-ops/home/deploy/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
        """# hostname:port:database:username:password
localhost:5432:injera_orders:orders:@@secret@@
localhost:5432:*:replica:*
db-@@b@@.internal:5432:tej_stock:readonly:*
10.0.3.9:5432:injera_analytics:analyst:*
""", pw, b=b)


@secret
def ipynb_openai(b: str, city: str, am: str) -> None:
    key = fakes.openai_key(_seed())
    add(f"{P}/notebook/openai-key", f"{b}-analytics/notebooks/menu_translation.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
        """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# የምግብ ዝርዝር ትርጉም (አማርኛ → English)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\\n", "client = OpenAI(api_key=\\"@@secret@@\\")"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["menu = ['ሽሮ ፍትፍት', 'ጥብስ', 'ጠጅ (ብርሌ)']\\n", "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': str(menu)}])"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", key)


@secret
def gitlab_ci(b: str, city: str, am: str) -> None:
    add(f"{P}/gitlab-ci/gitlab-token", f"{b}-mesob-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
        """stages: [test, release]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

release:
  stage: release
  only: [tags]
  script:
    # ጊዜያዊ — ቶክኑን ወደ CI variables ውሰድ
    - pip install twine
    - TWINE_PASSWORD=@@secret@@ TWINE_USERNAME=__token__ twine upload --repository-url https://gitlab.com/api/v4/projects/4411/packages/pypi dist/*
""", gitlab())


@secret
def npmrc(b: str, city: str, am: str) -> None:
    add(f"{P}/npmrc/npm-token", f"{b}-injera-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
        """registry=https://registry.npmjs.org/
@enjera:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm())


@secret
def dockerfile_arg(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/dockerfile/database-url-password", f"{b}-injera-orders/Dockerfile", "https://docs.docker.com/reference/dockerfile/",
        """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# TODO(ሰላም): ይህ ENV በ build ውስጥ መቆየት የለበትም
ENV DATABASE_URL=postgresql://orders:@@secret@@@db.@@b@@.internal:5432/injera_orders
EXPOSE 8000
CMD ["gunicorn", "orders.wsgi", "-b", "0.0.0.0:8000"]
""", pw, b=b)


@secret
def helm_values(b: str, city: str, am: str) -> None:
    add(f"{P}/helm/sms-gateway-token", f"{b}-charts/injera-orders/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
        """replicaCount: 2
image:
  repository: registry.enjera-bet.et/injera-orders
  tag: "1.14.2"
env:
  BRANCH: "@@b@@"
  SMS_PROVIDER: geezsms
  # የ Geez SMS ቶክን
  GEEZSMS_TOKEN: "@@secret@@"
ingress:
  enabled: true
  host: orders.@@b@@.enjera-bet.et
""", fakes.drawn_mixed(_seed(), 40), b=b)


@secret
def ansible_vars(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/ansible/mysql-root-password", f"{b}-ops/ansible/group_vars/pos_servers.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html",
        """---
# የሽያጭ ማሽኖች (POS) — @@am@@
pos_branch: @@b@@
mysql_root_password: "@@secret@@"
mysql_databases:
  - name: injera_pos
pos_timezone: Africa/Addis_Ababa
pos_printer_model: epson-tm-t20
""", pw, am=am, b=b)


@secret
def ssh_key(b: str, city: str, am: str) -> None:
    key = pem("OPENSSH")
    add(f"{P}/pem/openssh-private-key", f"{b}-ops/keys/deploy_ed25519", "https://man.openbsd.org/ssh-keygen",
        "@@secret@@\n", key)


@secret
def sql_seed(b: str, city: str, am: str) -> None:
    key = chapa_secret()
    add(f"{P}/sql/chapa-key-in-settings-row", f"{b}-tej-shop/db/seed_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
        """-- የመደብሩ ቅንብሮች
INSERT INTO settings (name, value) VALUES ('shop_name', 'የ@@am@@ ጠጅ ቤት');
INSERT INTO settings (name, value) VALUES ('currency', 'ETB');
INSERT INTO settings (name, value) VALUES ('chapa_secret_key', '@@secret@@');
INSERT INTO settings (name, value) VALUES ('delivery_fee', '60');
""", key, am=am)


@secret
def log_basic(b: str, city: str, am: str) -> None:
    pw = rand_pw(14)
    add(f"{P}/log/url-with-password", f"{b}-delivery/logs/sync-2024-03-11.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1",
        """2024-03-11T06:00:01Z INFO  sync start branch=@@b@@
2024-03-11T06:00:02Z INFO  fetching orders from https://rider:@@secret@@@api.enjera-bet.et/v2/orders?since=2024-03-10
2024-03-11T06:00:03Z INFO  142 orders, 9 cancelled
2024-03-11T06:00:05Z WARN  rider 17 has no phone
2024-03-11T06:00:06Z INFO  sync done in 5.1s
""", pw, b=b)


@secret
def toml_pypi(b: str, city: str, am: str) -> None:
    tok = fakes.pypi_token(_seed())
    add(f"{P}/pypirc/pypi-token", f"{b}-mesob-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
        """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", tok)


@secret
def ts_firebase(b: str, city: str, am: str) -> None:
    key = pem("")
    key = key.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
    esc = key.replace("\n", "\\n")
    add(f"{P}/typescript/service-account-private-key", f"{b}-injera-web/functions/src/admin.ts", "https://firebase.google.com/docs/admin/setup",
        """import * as admin from 'firebase-admin';

// የትእዛዝ ማሳወቂያ (push) — ጊዜያዊ
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: 'enjera-@@b@@',
    clientEmail: 'firebase-adminsdk@enjera-@@b@@.iam.gserviceaccount.com',
    privateKey: "@@esc@@".replace(/\\\\n/g, '\\n'),
  }),
});

export const db = admin.firestore();
""", esc, esc=esc, b=b)


@secret
def csv_staff(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/csv/pos-admin-password", f"{b}-ops/handover/pos_accounts.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
        """branch,role,username,password,note
@@b@@,cashier,kasa1,,PIN on the till
@@b@@,cashier,kasa2,,PIN on the till
@@b@@,manager,pos_admin,@@secret@@,ሥራ አስኪያጅ ብቻ
@@b@@,auditor,audit,,SSO
""", pw, b=b)


@secret
def rst_doc(b: str, city: str, am: str) -> None:
    key = telebirr_app_key()
    add(f"{P}/restructuredtext/telebirr-app-key", f"{b}-tej-bet/docs/payments.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
        """telebirr ክፍያ
=============

Merchant credentials (ለሙከራ አይደለም — production ነው)::

    appId:   9a7c1e2d3b4f
    appKey:  @@secret@@
    short:   220431

Call ``sign()`` before every request.
""", key)


@secret
def k8s_stringdata(b: str, city: str, am: str) -> None:
    add(f"{P}/k8s-secret/chapa-secret-key", f"{b}-meadery/deploy/k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
        """apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: tej-@@b@@
type: Opaque
stringData:
  CHAPA_SECRET_KEY: "@@secret@@"
  CHAPA_WEBHOOK_PATH: /hooks/chapa
""", chapa_secret(), b=b)


@secret
def django_settings(b: str, city: str, am: str) -> None:
    add(f"{P}/python/django-secret-key", f"{b}-injera-orders/orders/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
        """from .base import *  # noqa

# የምርት ቅንብሮች — @@city@@
DEBUG = False
ALLOWED_HOSTS = ["orders.@@b@@.enjera-bet.et"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "am"
TIME_ZONE = "Africa/Addis_Ababa"
CSRF_TRUSTED_ORIGINS = ["https://orders.@@b@@.enjera-bet.et"]
""", fakes.django_secret_key(_seed()), city=city, b=b)


@secret
def sh_curl_basic(b: str, city: str, am: str) -> None:
    pw = rand_pw(16)
    add(f"{P}/shell/curl-user-password", f"{b}-ops/scripts/send_daily_sms.sh", "https://curl.se/docs/manpage.html#-u",
        r"""#!/usr/bin/env bash
# በየቀኑ ጠዋት ለደንበኞች የቀኑን የእንጀራ ዋጋ ይልካል
set -euo pipefail
PRICE=$(cat /srv/injera/price_today.txt)
while read -r phone; do
  curl -s -u "enjera_@@b@@:@@secret@@" \
    -d "to=${phone}" -d "text=የዛሬ እንጀራ ዋጋ ${PRICE} ብር" \
    https://sms.ethiogateway.et/api/v1/send
done < /srv/injera/subscribers.txt
""", pw, b=b)


@secret
def docker_config(b: str, city: str, am: str) -> None:
    pw = rand_pw(20)
    add(f"{P}/docker-config/registry-auth", f"{b}-ops/ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/",
        """{
  "auths": {
    "registry.enjera-bet.et": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", b64(f"ci-{b}:{pw}"))


@secret
def k8s_tls(b: str, city: str, am: str) -> None:
    key = pem("EC")
    body = key.replace("\n", "\n    ")
    add(f"{P}/k8s-secret/tls-private-key", f"{b}-meadery/deploy/k8s/tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets",
        """apiVersion: v1
kind: Secret
metadata:
  name: tejclub-tls
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ2VydGlmaWNhdGVGb3JUZWpDbHViMAoGCCqGSM49BAMC
    -----END CERTIFICATE-----
  tls.key: |
    @@body@@
""", key, body=body)


@secret
def jenkinsfile(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/jenkinsfile/sshpass-password", f"{b}-bakery-pos/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/",
        """pipeline {
  agent any
  stages {
    stage('Build') {
      steps { sh 'dotnet publish -c Release -o out' }
    }
    stage('Deploy to till') {
      // ወደ ቅርንጫፉ ማሽን መላክ
      steps {
        sh "sshpass -p '@@secret@@' scp -r out/* pos@10.8.0.21:/opt/injera-pos/"
      }
    }
  }
}
""", pw)


@secret
def cs_telebirr(b: str, city: str, am: str) -> None:
    add(f"{P}/csharp/telebirr-app-secret", f"{b}-bakery-pos/src/Payments/TelebirrOptions.cs", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options",
        """namespace Enjera.Pos.Payments;

// telebirr Fabric — የቅርንጫፍ @@city@@ ቅንብር
public sealed class TelebirrOptions
{
    public string FabricAppId { get; init; } = "c4ca4238a0b9";
    public string AppSecret { get; init; } = "@@secret@@";
    public string MerchantCode { get; init; } = "101122";
    public string BaseUrl { get; init; } = "https://developerportal.ethiotelebirr.et:38443/apiaccess/payment/gateway";
}
""", telebirr_app_key(), city=city)


@secret
def java_discord(b: str, city: str, am: str) -> None:
    add(f"{P}/java/discord-webhook", f"{b}-meadery-erp/src/main/java/et/tej/erp/FermentAlert.java", "https://discord.com/developers/docs/resources/webhook",
        """package et.tej.erp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** የመፍላት ሙቀት ማስጠንቀቂያ (fermentation tank alerts). */
public final class FermentAlert {
    private static final String HOOK = "@@secret@@";

    public static void send(String tank, double celsius) throws Exception {
        String body = "{\\"content\\":\\"ታንክ " + tank + ": " + celsius + "°C\\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(HOOK))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.discarding());
    }
}
""", discord_webhook())


@secret
def go_smtp(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/go/smtp-password", f"{b}-delivery/internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth",
        """package mail

import "net/smtp"

// ደረሰኝ በኢሜይል መላክ
func SendReceipt(to, body string) error {
	auth := smtp.PlainAuth("", "receipts@enjera-bet.et", "@@secret@@", "mail.enjera-bet.et")
	msg := []byte("Subject: ደረሰኝ\\r\\n\\r\\n" + body)
	return smtp.SendMail("mail.enjera-bet.et:587", auth, "receipts@enjera-bet.et", []string{to}, msg)
}
""", pw)


@secret
def py_split(b: str, city: str, am: str) -> None:
    key = chapa_secret()
    add(f"{P}/python/split-chapa-key", f"{b}-tej-bet/payments/chapa_conf.py", "https://developer.chapa.co/",
        """# ቁልፉ ረጅም ስለሆነ ተከፍሎ ተጽፏል
CHAPA_SECRET = (
    "@@p1@@"
    "@@p2@@"
)
CHAPA_BASE = "https://api.chapa.co/v1"
CURRENCY = "ETB"
""", key, p1=key[:20], p2=key[20:])


@secret
def gha_clone(b: str, city: str, am: str) -> None:
    tok = fakes.github_token(_seed())
    add(f"{P}/github-actions/github-token-in-url", f"{b}-injera-web/.github/workflows/build.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
        """name: build
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # የጋራ ክፍሎች (private repo)
      - run: git clone https://x-access-token:@@secret@@@github.com/enjera-bet/ui-kit.git vendor/ui-kit
      - run: npm ci && npm run build
""", tok)


@secret
def wiki_aws(b: str, city: str, am: str) -> None:
    add(f"{P}/wiki/aws-secret-key", f"{b}-wiki/Cloud-Access.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis",
        """# የደመና መዳረሻ

ደረሰኞችና የምስል ፋይሎች S3 ላይ ናቸው (`af-south-1`).

For the backup job use the `injera-backup` IAM user:
access key id `@@kid@@`, secret access key `@@secret@@`.

ከተቀየረ እዚህ አዘምኑ — Dawit
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))


@secret
def html_doc(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/html/admin-password", f"{b}-injera-web/public/staff/setup.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/code",
        """<!doctype html>
<html lang="am">
<head><meta charset="utf-8"><title>የሰራተኞች መመሪያ</title></head>
<body>
  <h1>አዲስ ታብሌት ማዘጋጀት</h1>
  <ol>
    <li>ወደ <a href="https://admin.enjera-bet.et">admin</a> ይግቡ።</li>
    <li>ተጠቃሚ: <code>branch-@@b@@</code> የይለፍ ቃል: <code>@@secret@@</code></li>
  </ol>
</body>
</html>
""", pw, b=b)


@secret
def android_strings(b: str, city: str, am: str) -> None:
    add(f"{P}/xml/google-api-key", f"{b}-rider-app/app/src/main/res/values/secrets.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key",
        """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- የማድረሻ ካርታ -->
    <string name="app_name">እንጀራ ማድረሻ</string>
    <string name="google_directions_key">@@secret@@</string>
</resources>
""", google_key())


@secret
def supervisor_ini(b: str, city: str, am: str) -> None:
    pw = fakes.redis_password(_seed())
    add(f"{P}/ini/redis-password-env", f"{b}-ops/supervisor/conf.d/worker.conf", "http://supervisord.org/configuration.html",
        """[program:order-worker]
command=/srv/venv/bin/celery -A orders worker -l info
directory=/srv/injera-orders
environment=REDIS_URL="redis://:@@secret@@@127.0.0.1:6379/1",BRANCH="@@b@@"
autostart=true
autorestart=true
stdout_logfile=/var/log/order-worker.log
""", pw, b=b)


@secret
def wp_config(b: str, city: str, am: str) -> None:
    pw = rand_pw(18, "!@#")
    add(f"{P}/php/wordpress-db-password", f"{b}-tej-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
        """<?php
// የጠጅ ብሎግ ቅንብር
define( 'DB_NAME', 'tejblog' );
define( 'DB_USER', 'tejblog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", pw)


@secret
def tfvars(b: str, city: str, am: str) -> None:
    add(f"{P}/terraform/telebirr-app-key-tfvars", f"{b}-infra/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
        """branch          = "@@b@@"
instance_type   = "t3.small"
# telebirr (የክፍያ አገልግሎት)
telebirr_app_id  = "8d2f0e1c4b7a"
telebirr_app_key = "@@secret@@"
alert_email     = "ops@enjera-bet.et"
""", telebirr_app_key(), b=b)


@secret
def node_mongo(b: str, city: str, am: str) -> None:
    pw = rand_pw(16)
    add(f"{P}/json/mongodb-uri-password", f"{b}-injera-web/config/production.json", "https://www.mongodb.com/docs/manual/reference/connection-string/",
        """{
  "port": 3000,
  "branch": "@@b@@",
  "mongo": {
    "uri": "mongodb+srv://webapp:@@secret@@@cluster0.x7k2p.mongodb.net/injera?retryWrites=true&w=majority"
  },
  "i18n": { "default": "am", "fallback": "en" }
}
""", pw, b=b)


@secret
def celery_amqp(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/python/amqp-url-password", f"{b}-delivery/dispatch/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html",
        """# የማድረሻ ስራዎች ወረፋ
broker_url = "amqp://dispatch:@@secret@@@mq.@@b@@.internal:5672/delivery"
result_backend = "rpc://"
task_serializer = "json"
timezone = "Africa/Addis_Ababa"
task_routes = {"dispatch.tasks.assign_rider": {"queue": "riders"}}
""", pw, b=b)


@secret
def heredoc_env(b: str, city: str, am: str) -> None:
    add(f"{P}/shell/heredoc-env-file", f"{b}-ops/provision/bootstrap.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents",
        """#!/bin/sh
# አዲስ አገልጋይ ማዘጋጀት — @@city@@
apt-get update && apt-get install -y docker.io
mkdir -p /srv/tej-shop
cat > /srv/tej-shop/.env <<'EOF'
APP_ENV=production
CHAPA_SECRET_KEY=@@secret@@
SHOP_BRANCH=@@b@@
EOF
docker compose -f /srv/tej-shop/compose.yml up -d
""", chapa_secret(), city=city, b=b)


@secret
def sinatra_tg(b: str, city: str, am: str) -> None:
    add(f"{P}/ruby/telegram-bot-token", f"{b}-tej-club/bot.rb", "https://core.telegram.org/bots/api",
        """require 'telegram/bot'

# የጠጅ ክለብ ቦት — አዳዲስ ምርቶችን ያሳውቃል
TOKEN = '@@secret@@'.freeze

Telegram::Bot::Client.run(TOKEN) do |bot|
  bot.listen do |message|
    case message.text
    when '/start' then bot.api.send_message(chat_id: message.chat.id, text: 'እንኳን ደህና መጡ!')
    when '/menu' then bot.api.send_message(chat_id: message.chat.id, text: 'ጠጅ፣ ብርዝ፣ ጠላ')
    end
  end
end
""", telegram())


@secret
def compose_minio(b: str, city: str, am: str) -> None:
    pw = rand_pw(24)
    add(f"{P}/compose/minio-root-password", f"{b}-analytics/compose.yaml", "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html",
        """services:
  minio:
    image: quay.io/minio/minio
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: teff-admin
      MINIO_ROOT_PASSWORD: @@secret@@
    ports: ["9000:9000", "9001:9001"]
    volumes: ["./data:/data"]
""", pw)


@secret
def circleci(b: str, city: str, am: str) -> None:
    pw = rand_pw(20)
    add(f"{P}/circleci/docker-login-password", f"{b}-mesob-api/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/",
        """version: 2.1
jobs:
  push-image:
    docker:
      - image: cimg/base:stable
    steps:
      - checkout
      - setup_remote_docker
      - run: docker login registry.enjera-bet.et -u ci -p '@@secret@@'
      - run: docker build -t registry.enjera-bet.et/mesob-api:$CIRCLE_SHA1 . && docker push registry.enjera-bet.et/mesob-api:$CIRCLE_SHA1
workflows:
  main:
    jobs: [push-image]
""", pw)


@secret
def py_stripe(b: str, city: str, am: str) -> None:
    add(f"{P}/python/stripe-secret-key", f"{b}-tej-export/shop/checkout.py", "https://docs.stripe.com/keys",
        """\"\"\"ለውጭ አገር (diaspora) ደንበኞች የጠጅ ስጦታ ሳጥን ክፍያ.\"\"\"
import stripe

stripe.api_key = "@@secret@@"


def create_session(box_id: str, qty: int) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price": box_id, "quantity": qty}],
        success_url="https://tej.example.et/ok",
        cancel_url="https://tej.example.et/cart",
    )
    return session.url
""", stripe_live())


@secret
def k8s_b64_json(b: str, city: str, am: str) -> None:
    tok = fakes.drawn_mixed(_seed(), 40)
    cfg = json.dumps({"provider": "geezsms", "token": tok, "sender": "TEJBET"})
    add(f"{P}/k8s-secret/sms-config-json", f"{b}-meadery/deploy/k8s/sms-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
        """apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: tej-@@b@@
type: Opaque
data:
  sms.json: @@enc@@
""", tok, enc=b64(cfg), b=b)


@secret
def history_export(b: str, city: str, am: str) -> None:
    add(f"{P}/shell-history/exported-secret", f"{b}-ops/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History",
        """: 1710140001:0;cd ~/code/tej-shop
: 1710140010:0;export CHAPA_SECRET_KEY=@@secret@@
: 1710140015:0;php artisan serve
: 1710140200:0;git status
: 1710140230:0;git commit -am "ክፍያ ገጽ ተስተካክሏል"
""", chapa_secret())


@secret
def ps_basic(b: str, city: str, am: str) -> None:
    pw = words_pw()
    add(f"{P}/powershell/basic-auth-password", f"{b}-ops/scripts/Get-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod",
        """# የቀኑ ሽያጭ ሪፖርት
$user = "reports"
$pass = "@@secret@@"
$pair = "$($user):$($pass)"
$token = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{ Authorization = "Basic $token" }
$sales = Invoke-RestMethod -Uri "https://pos.@@b@@.enjera-bet.et/api/sales/today" -Headers $headers
$sales | Export-Csv -Path "C:\\reports\\sales-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
""", pw, b=b)


@secret
def gradle_kts(b: str, city: str, am: str) -> None:
    pw = rand_pw(22)
    add(f"{P}/gradle/maven-repository-password", f"{b}-rider-app/settings.gradle.kts", "https://docs.gradle.org/current/userguide/declaring_repositories.html",
        """pluginManagement {
    repositories { gradlePluginPortal(); google() }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri("https://nexus.enjera-bet.et/repository/android/")
            credentials {
                username = "android-ci"
                password = "@@secret@@"
            }
        }
    }
}
rootProject.name = "rider"
include(":app")
""", pw)


@secret
def py_json_string(b: str, city: str, am: str) -> None:
    tok = fakes.drawn_mixed(_seed(), 32)
    add(f"{P}/python/json-inside-string", f"{b}-injera-orders/orders/sms_defaults.py", "https://docs.python.org/3/library/json.html",
        """import json

# ነባሪ የ SMS ቅንብር (ከአሮጌው ስርዓት የተቀዳ)
DEFAULTS = json.loads('{"gateway": "https://api.geezsms.com/api/v1/sms/send", "api_key": "@@secret@@", "sender": "ENJERA"}')


def gateway_url() -> str:
    return DEFAULTS["gateway"]
""", tok)


@secret
def nginx_basic(b: str, city: str, am: str) -> None:
    pw = rand_pw(16)
    add(f"{P}/nginx/basic-authorization-header", f"{b}-ops/nginx/sites-enabled/sms-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
        """# ወደ SMS gateway የሚያልፍ proxy
server {
    listen 8081;
    location /sms/ {
        proxy_pass https://sms.ethiogateway.et/api/;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host sms.ethiogateway.et;
    }
}
""", b64("enjera_" + b + ":" + pw))


@secret
def rust_toml(b: str, city: str, am: str) -> None:
    tok = fakes.drawn_mixed(_seed(), 36)
    add(f"{P}/toml/sms-api-key", f"{b}-mesob-api/config/production.toml", "https://toml.io/en/v1.0.0",
        """[server]
bind = "0.0.0.0:8080"
branch = "@@b@@"

[sms]
# አፍሮ መልእክት
provider = "afromessage"
identifier = "e80ad9d8-adf3-463f-80f4-7c4b39f7f164"
api_key = "@@secret@@"
""", tok, b=b)


@secret
def email_note(b: str, city: str, am: str) -> None:
    add(f"{P}/text/telebirr-key-in-email", f"{b}-ops/notes/telebirr-onboarding.txt", "https://www.rfc-editor.org/rfc/rfc5322",
        """From: merchant-support@ethiotelecom.et
To: finance@enjera-bet.et
Subject: telebirr H5 ውህደት — የ@@am@@ ቅርንጫፍ

ሰላም፣
Your merchant account is active. Short code 220431.
App ID: 5b9c1d7e2a3f
App Key: @@secret@@
Please keep this key confidential.

ከሰላምታ ጋር
""", telebirr_app_key(), am=am)


@secret
def py_slack_bot(b: str, city: str, am: str) -> None:
    r = _rng()
    tok = f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn(_seed(), 24)
    add(f"{P}/python/slack-bot-token", f"{b}-ops/bots/stock_alert.py", "https://api.slack.com/authentication/token-types",
        """# የጤፍ ክምችት ሲያንስ ማሳወቂያ
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def low_teff(kg: float) -> None:
    if kg < 200:
        client.chat_postMessage(channel="#@@b@@-stock", text=f"ጤፍ ቀንሷል: {kg} ኪ.ግ ቀርቷል")
""", tok, b=b)


# ================================================================ decoys


@decoy
def env_example(b: str, city: str, am: str) -> None:
    add(f"{P}/dotenv/decoy-placeholder", f"{b}-injera-orders/.env.example", "https://developer.chapa.co/",
        """# ይህን ፋይል ወደ .env ቀድተው እሴቶቹን ይሙሉ
APP_ENV=local
DB_HOST=localhost
DB_PASSWORD=
CHAPA_SECRET_KEY=CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TELEBIRR_APP_KEY=<your-telebirr-app-key>
SMS_TOKEN=changeme
""")


@decoy
def external_secret(b: str, city: str, am: str) -> None:
    add(f"{P}/k8s/decoy-external-secret", f"{b}-meadery/deploy/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
        """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments
  namespace: tej-@@b@@
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: payments
  data:
    - secretKey: CHAPA_SECRET_KEY
      remoteRef:
        key: prod/tej/@@b@@/chapa
        property: secret_key
""", b=b)


@decoy
def py_environ(b: str, city: str, am: str) -> None:
    add(f"{P}/python/decoy-env-reference", f"{b}-tej-bet/payments/settings.py", "https://docs.python.org/3/library/os.html#os.environ",
        """import os

# ሚስጥሮች ከአካባቢ ተለዋዋጮች ብቻ ይነበባሉ
TELEBIRR_APP_ID = os.environ["TELEBIRR_APP_ID"]
TELEBIRR_APP_KEY = os.environ["TELEBIRR_APP_KEY"]
CHAPA_SECRET_KEY = os.environ.get("CHAPA_SECRET_KEY", "")
TELEBIRR_PUBLIC_KEY_PATH = "/etc/tej/telebirr_public.pem"
""")


@decoy
def js_env(b: str, city: str, am: str) -> None:
    add(f"{P}/javascript/decoy-env-reference", f"{b}-injera-orders/src/sms/config.js", "https://nodejs.org/api/process.html#processenv",
        """// SMS ቅንብር — ቶክኑ ከ env ይመጣል
const token = process.env.AFROMESSAGE_TOKEN;
if (!token) {
  throw new Error('AFROMESSAGE_TOKEN አልተሰጠም');
}
module.exports = { token, sender: process.env.SMS_SENDER || 'ENJERA' };
""")


@decoy
def chapa_inline(b: str, city: str, am: str) -> None:
    add(f"{P}/html/decoy-publishable-key", f"{b}-tej-shop/resources/views/checkout.html", "https://developer.chapa.co/integrations/chapa-inline",
        """<!doctype html>
<html lang="am">
<head><meta charset="utf-8"><title>ክፍያ</title>
<script src="https://js.chapa.co/v1/inline.js"></script></head>
<body>
<div id="chapa-inline-form"></div>
<script>
  // የህዝብ ቁልፍ (public key) — በአሳሹ ውስጥ መሆኑ ችግር የለውም
  const chapa = new ChapaCheckout({ publicKey: '@@pk@@', amount: '450', currency: 'ETB' });
  chapa.initialize('chapa-inline-form');
</script>
</body>
</html>
""", pk=chapa_public())


@decoy
def mapbox_pk(b: str, city: str, am: str) -> None:
    add(f"{P}/typescript/decoy-public-token", f"{b}-injera-web/src/map/config.ts", "https://docs.mapbox.com/accounts/guides/tokens/#public-tokens",
        """// የማድረሻ ካርታ — public token (URL-restricted to *.enjera-bet.et)
export const MAPBOX_PUBLIC_TOKEN = '@@pk@@';
export const MAP_STYLE = 'mapbox://styles/mapbox/streets-v12';
export const CENTER: [number, number] = [38.7613, 9.0108];
export const ZOOM = 12;
""", pk=mapbox_public())


@decoy
def masked_log(b: str, city: str, am: str) -> None:
    add(f"{P}/log/decoy-masked", f"{b}-tej-shop/storage/logs/payments-2024-04-02.log", "https://developer.chapa.co/",
        """[2024-04-02 09:14:02] production.INFO: chapa init tx_ref=@@tx@@ amount=450 key=CHASECK-************************@@last@@
[2024-04-02 09:14:03] production.INFO: chapa response status=success checkout_url=https://checkout.chapa.co/checkout/payment/@@cid@@
[2024-04-02 09:15:40] production.INFO: webhook verified signature=ok
[2024-04-02 09:15:41] production.INFO: order paid branch=@@b@@
[2024-04-02 09:16:00] production.INFO: telebirr appKey=[REDACTED] notify ok
""", tx=tx_ref(), last=fakes.drawn(_seed(), 4), cid=fakes.drawn(_seed(), 24), b=b)


@decoy
def sha256sums(b: str, city: str, am: str) -> None:
    add(f"{P}/text/decoy-checksums", f"{b}-rider-app/release/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
        """@@h1@@  rider-@@b@@-2.3.0.apk
@@h2@@  rider-@@b@@-2.3.0.aab
@@h3@@  mapping.txt
@@h4@@  CHANGELOG.md
@@h5@@  release-notes-am.md
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64), b=b)


@decoy
def dockerfile_mount(b: str, city: str, am: str) -> None:
    add(f"{P}/dockerfile/decoy-build-secret-mount", f"{b}-injera-web/Dockerfile", "https://docs.docker.com/build/building/secrets/",
        """# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc.template ./
# ቶክኑ በ build secret ብቻ ይገባል፤ በምስሉ ውስጥ አይቀመጥም
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build
FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""")


@decoy
def gha_secrets(b: str, city: str, am: str) -> None:
    add(f"{P}/github-actions/decoy-secrets-context", f"{b}-tej-shop/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
        """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: .env መፍጠር
        run: |
          echo "CHAPA_SECRET_KEY=${{ secrets.CHAPA_SECRET_KEY }}" >> .env
          echo "DB_PASSWORD=${{ secrets.DB_PASSWORD }}" >> .env
      - run: ./deploy.sh @@b@@
""", b=b)


@decoy
def tf_secretsmanager(b: str, city: str, am: str) -> None:
    add(f"{P}/terraform/decoy-secret-manager", f"{b}-infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
        """variable "db_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "telebirr" {
  secret_id = "prod/@@b@@/telebirr"
}

locals {
  # ከ Secrets Manager የሚነበብ
  telebirr = jsondecode(data.aws_secretsmanager_secret_version.telebirr.secret_string)
}
""", b=b)


@decoy
def helm_existing(b: str, city: str, am: str) -> None:
    add(f"{P}/helm/decoy-existing-secret", f"{b}-charts/postgresql/values.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql",
        """auth:
  username: orders
  database: injera_orders
  # የይለፍ ቃሉ በ k8s Secret ውስጥ ነው
  existingSecret: orders-db-credentials
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password
primary:
  persistence:
    size: 8Gi
""")


@decoy
def ansible_vault(b: str, city: str, am: str) -> None:
    lines = "\n".join(hexs(80) for _ in range(6))
    add(f"{P}/ansible/decoy-vault-ciphertext", f"{b}-ops/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
        """$ANSIBLE_VAULT;1.1;AES256
@@lines@@
""", lines=lines)


@decoy
def sops_yaml(b: str, city: str, am: str) -> None:
    add(f"{P}/yaml/decoy-sops-ciphertext", f"{b}-meadery/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
        """chapa_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
telebirr_app_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-03-02T10:11:12Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=b64(fakes.drawn(_seed(), 30)), iv1=b64(fakes.drawn(_seed(), 24)), t1=b64(fakes.drawn(_seed(), 16)),
        d2=b64(fakes.drawn(_seed(), 24)), iv2=b64(fakes.drawn(_seed(), 24)), t2=b64(fakes.drawn(_seed(), 16)),
        mac=b64(fakes.drawn(_seed(), 48)))


@decoy
def bcrypt_seed(b: str, city: str, am: str) -> None:
    def bc() -> str:
        return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")
    add(f"{P}/sql/decoy-password-hashes", f"{b}-injera-orders/db/seed_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
        """-- የሰራተኞች መለያ (hash ብቻ)
INSERT INTO staff (username, full_name, password_hash) VALUES
  ('almaz', 'አልማዝ ታደሰ', '@@h1@@'),
  ('kebede', 'ከበደ ሞላ', '@@h2@@'),
  ('hirut', 'ሂሩት በቀለ', '@@h3@@');
""", h1=bc(), h2=bc(), h3=bc())


@decoy
def aws_docs_example(b: str, city: str, am: str) -> None:
    add(f"{P}/markdown/decoy-documentation-example", f"{b}-infra/README.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        """# @@city@@ infra

`aws configure` ሲጠይቅ የራስዎን ቁልፍ ያስገቡ። ምሳሌ (ከ AWS ሰነድ):

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: af-south-1
```

እውነተኛ ቁልፎችን ፈጽሞ ወደ repo አይጨምሩ።
""", city=city)


@decoy
def test_fixture(b: str, city: str, am: str) -> None:
    add(f"{P}/python/decoy-test-fixture", f"{b}-tej-bet/tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
        """import pytest

# የሙከራ እሴቶች — ሐሰተኛ ናቸው (fake values, not accepted by any gateway)
FAKE_TELEBIRR_KEY = "fake-telebirr-app-key-for-tests"
FAKE_CHAPA_KEY = "CHASECK_TEST-FAKE-NOT-A-REAL-KEY"


@pytest.fixture
def payment_settings(monkeypatch):
    monkeypatch.setenv("TELEBIRR_APP_KEY", FAKE_TELEBIRR_KEY)
    monkeypatch.setenv("CHAPA_SECRET_KEY", FAKE_CHAPA_KEY)
    return {"branch": "@@b@@"}
""", b=b)


@decoy
def orders_csv(b: str, city: str, am: str) -> None:
    rows = "\n".join(f"{uuid_s()},{tx_ref()},{phone()},{_rng().randint(2, 40) * 25},paid" for _ in range(6))
    add(f"{P}/csv/decoy-ids", f"{b}-analytics/exports/orders_2024_03.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
        """order_id,tx_ref,customer_phone,amount_etb,status
@@rows@@
""", rows=rows)


@decoy
def changelog(b: str, city: str, am: str) -> None:
    add(f"{P}/markdown/decoy-commit-hashes", f"{b}-mesob-api/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
        """# Changelog

## 1.9.0
- telebirr ክፍያ ማረጋገጫ ተጨምሯል (@@c1@@)
- Chapa webhook signature check (@@c2@@)

## 1.8.2
- የ SMS ቶክን ከ env እንዲነበብ ተደርጓል (@@c3@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))


@decoy
def compose_required(b: str, city: str, am: str) -> None:
    add(f"{P}/compose/decoy-variable-reference", f"{b}-meadery/compose.prod.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/",
        """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tej
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?ያስገቡ}
  app:
    image: registry.enjera-bet.et/tej-inventory:latest
    environment:
      DATABASE_URL: postgresql://tej:${POSTGRES_PASSWORD}@db:5432/tej
""")


@decoy
def kotlin_buildconfig(b: str, city: str, am: str) -> None:
    add(f"{P}/gradle/decoy-local-properties", f"{b}-rider-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips",
        """import java.util.Properties

val localProps = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    defaultConfig {
        // ቁልፉ ከ local.properties (ያልተመዘገበ ፋይል)
        buildConfigField("String", "MAPS_KEY", "\\"${localProps.getProperty("MAPS_KEY", "")}\\"")
    }
}
""")


@decoy
def cs_config(b: str, city: str, am: str) -> None:
    add(f"{P}/csharp/decoy-configuration-reference", f"{b}-bakery-pos/src/Payments/ChapaClient.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
        """namespace Enjera.Pos.Payments;

// ቁልፉ በ dotnet user-secrets ወይም Key Vault ውስጥ ነው
public sealed class ChapaClient(HttpClient http, IConfiguration config)
{
    private readonly string _secret = config["Chapa:SecretKey"]
        ?? throw new InvalidOperationException("Chapa:SecretKey missing");

    public Task<HttpResponseMessage> VerifyAsync(string txRef) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"https://api.chapa.co/v1/transaction/verify/{txRef}")
        { Headers = { { "Authorization", $"Bearer {_secret}" } } });
}
""")


@decoy
def go_vault(b: str, city: str, am: str) -> None:
    add(f"{P}/go/decoy-vault-reference", f"{b}-delivery/internal/secrets/vault.go", "https://developer.hashicorp.com/vault/docs/get-started/developer-qs",
        """package secrets

import (
	"context"
	"os"

	vault "github.com/hashicorp/vault/api"
)

// የቴሌግራም ቦት ቶክን ከ Vault ይነበባል
func BotToken(ctx context.Context) (string, error) {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		return "", err
	}
	client.SetToken(os.Getenv("VAULT_TOKEN"))
	s, err := client.KVv2("secret").Get(ctx, "delivery/telegram")
	if err != nil {
		return "", err
	}
	return s.Data["bot_token"].(string), nil
}
""")


@decoy
def php_env(b: str, city: str, am: str) -> None:
    add(f"{P}/php/decoy-env-reference", f"{b}-tej-shop/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
        """<?php

return [
    // የክፍያ አገልግሎቶች
    'chapa' => [
        'secret' => env('CHAPA_SECRET_KEY'),
        'public' => env('CHAPA_PUBLIC_KEY'),
        'webhook_secret' => env('CHAPA_WEBHOOK_SECRET'),
    ],
    'telebirr' => [
        'app_id' => env('TELEBIRR_APP_ID'),
        'app_key' => env('TELEBIRR_APP_KEY'),
    ],
];
""")


@decoy
def rails_creds(b: str, city: str, am: str) -> None:
    add(f"{P}/ruby/decoy-credentials-reference", f"{b}-tej-club/app/services/telegram_notifier.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
        """# ቶክኑ በ config/credentials.yml.enc ውስጥ ተመስጥሯል
class TelegramNotifier
  def initialize
    @token = Rails.application.credentials.dig(:telegram, :bot_token)
  end

  def notify(chat_id, text)
    Telegram::Bot::Client.new(@token).api.send_message(chat_id: chat_id, text: text)
  end
end
""")


@decoy
def ipynb_getpass(b: str, city: str, am: str) -> None:
    add(f"{P}/notebook/decoy-getpass", f"{b}-analytics/notebooks/sales_by_branch.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
        """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# የቅርንጫፍ ሽያጭ ትንተና"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy as sa\\n", "pw = getpass.getpass('DB password: ')\\n", "engine = sa.create_engine(f'postgresql://analyst:{pw}@db-@@b@@.internal/injera_analytics')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", b=b)


@decoy
def k8s_empty(b: str, city: str, am: str) -> None:
    add(f"{P}/k8s-secret/decoy-empty-values", f"{b}-meadery/deploy/k8s/sms-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
        """# አብነት ብቻ — እሴቶቹ በ CI ይሞላሉ
apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
type: Opaque
stringData:
  GEEZSMS_TOKEN: ""
  AFROMESSAGE_TOKEN: ""
""")


@decoy
def rotate_doc(b: str, city: str, am: str) -> None:
    add(f"{P}/markdown/decoy-placeholder-in-docs", f"{b}-tej-bet/docs/rotate-keys.md", "https://developer.ethiotelecom.et/",
        """# ቁልፍ መቀየሪያ መመሪያ

1. ከ telebirr merchant portal አዲስ App Key ይፍጠሩ።
2. በ Vault ውስጥ ያዘምኑ:

```sh
vault kv put secret/tej/@@b@@/telebirr app_id=<APP_ID> app_key=<YOUR_TELEBIRR_APP_KEY>
```

3. `kubectl rollout restart deploy/tej-bet -n tej-@@b@@`
4. አሮጌውን ቁልፍ በ portal ላይ ይሰርዙ።
""", b=b)


@decoy
def telebirr_pubkey(b: str, city: str, am: str) -> None:
    body = "\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(5))
    add(f"{P}/pem/decoy-public-key", f"{b}-tej-bet/keys/telebirr_public.pem", "https://datatracker.ietf.org/doc/html/rfc7468#section-13",
        """-----BEGIN PUBLIC KEY-----
@@body@@
IDAQAB
-----END PUBLIC KEY-----
""", body=body)


@decoy
def webhook_test(b: str, city: str, am: str) -> None:
    add(f"{P}/javascript/decoy-signature", f"{b}-injera-orders/test/chapa-webhook.test.js", "https://developer.chapa.co/integrations/webhooks",
        """// የ webhook ፊርማ ማረጋገጫ ሙከራ
const crypto = require('crypto');
const { verify } = require('../src/payments/webhook');

test('accepts a signed payload', () => {
  const secret = process.env.CHAPA_WEBHOOK_SECRET || 'test-only';
  const body = JSON.stringify({ tx_ref: '@@tx@@', status: 'success' });
  const sig = crypto.createHmac('sha256', secret).update(body).digest('hex');
  expect(verify(body, sig, secret)).toBe(true);
  expect(verify(body, '@@h@@', secret)).toBe(false);
});
""", tx=tx_ref(), h=hexs(64))


@decoy
def redacted_log(b: str, city: str, am: str) -> None:
    add(f"{P}/log/decoy-redacted-header", f"{b}-delivery/logs/http-debug.log", "https://datatracker.ietf.org/doc/html/rfc6750",
        """DEBUG > POST /api/send HTTP/1.1
DEBUG > Host: api.afromessage.com
DEBUG > Authorization: Bearer [REDACTED]
DEBUG > Content-Type: application/json
DEBUG < HTTP/1.1 200 OK
DEBUG < {"acknowledge":"success","response":{"message_id":"@@mid@@","to":"@@ph@@"}}
""", mid=uuid_s(), ph=phone())


@decoy
def history_pass(b: str, city: str, am: str) -> None:
    add(f"{P}/shell-history/decoy-password-manager", f"{b}-ops/home/dawit/.bash_history", "https://www.passwordstore.org/",
        """read -s DB_PASSWORD
export DB_PASSWORD
export CHAPA_SECRET_KEY=$(pass show enjera/chapa/live)
psql "host=db-@@b@@.internal user=orders dbname=injera_orders"
aws secretsmanager get-secret-value --secret-id prod/@@b@@/telebirr --query SecretString
history -c
""", b=b)


@decoy
def ps_getsecret(b: str, city: str, am: str) -> None:
    add(f"{P}/powershell/decoy-secret-management", f"{b}-ops/scripts/Connect-Pos.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
        """# የይለፍ ቃሉ በ SecretStore ውስጥ ነው
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "pos-@@b@@-admin" -Vault EnjeraStore
$session = New-PSSession -ComputerName "pos-@@b@@" -Credential $cred
Invoke-Command -Session $session -ScriptBlock { Restart-Service InjeraPos }
Remove-PSSession $session
""", b=b)


@decoy
def swift_plist(b: str, city: str, am: str) -> None:
    add(f"{P}/swift/decoy-build-setting", f"{b}-rider-ios/Rider/Config/Secrets.swift", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project",
        """import Foundation

// ቶክኑ በ Secrets.xcconfig (ከ git ውጭ) → Info.plist $(MAPBOX_TOKEN)
enum Secrets {
    static var mapboxToken: String {
        Bundle.main.object(forInfoDictionaryKey: "MBXAccessToken") as? String ?? ""
    }
}
""")


@decoy
def manifest_placeholder(b: str, city: str, am: str) -> None:
    add(f"{P}/xml/decoy-manifest-placeholder", f"{b}-rider-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin",
        """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <application android:label="@string/app_name">
        <!-- ቁልፉ በ secrets-gradle-plugin ይሞላል -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
    </application>
</manifest>
""")


@decoy
def kms_cipher(b: str, city: str, am: str) -> None:
    blob = "AQICAHh" + fakes.drawn(_seed(), 180, ALNUM + "+/") + "=="
    add(f"{P}/json/decoy-kms-ciphertext", f"{b}-infra/encrypted/telebirr.json", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html",
        """{
  "KeyId": "arn:aws:kms:af-south-1:@@acct@@:key/@@kid@@",
  "EncryptionAlgorithm": "SYMMETRIC_DEFAULT",
  "CiphertextBlob": "@@blob@@",
  "comment": "የ telebirr ቁልፍ — በ KMS የተመሰጠረ፤ ያለ IAM ፈቃድ አይፈታም"
}
""", acct=str(_rng().randint(10**11, 10**12 - 1)), kid=uuid_s(), blob=blob)


@decoy
def package_lock(b: str, city: str, am: str) -> None:
    add(f"{P}/json/decoy-integrity-hashes", f"{b}-injera-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
        """{
  "name": "injera-web",
  "version": "2.1.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.1.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.1.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))


@decoy
def authorized_keys(b: str, city: str, am: str) -> None:
    def pub(who: str) -> str:
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/") + " " + who
    add(f"{P}/ssh/decoy-public-keys", f"{b}-ops/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
        """# የ ops ቡድን የህዝብ ቁልፎች
@@k1@@
@@k2@@
@@k3@@
# ci deploy
@@k4@@
""", k1=pub("dawit@laptop"), k2=pub("meron@laptop"), k3=pub("yonas@desktop"), k4=pub("ci@enjera-bet"))


@decoy
def telebirr_receipts(b: str, city: str, am: str) -> None:
    rows = "\n".join(f"2024-03-{d:02d},{fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits)},{phone()},{_rng().randint(4, 60) * 10}.00"
                     for d in range(1, 7))
    add(f"{P}/csv/decoy-transaction-ids", f"{b}-ops/finance/telebirr_settlement.csv", "https://datatracker.ietf.org/doc/html/rfc4180",
        """date,telebirr_txn_id,payer_msisdn,amount_etb
@@rows@@
""", rows=rows)


@decoy
def jenkins_creds(b: str, city: str, am: str) -> None:
    add(f"{P}/jenkinsfile/decoy-credentials-binding", f"{b}-meadery-erp/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/",
        """pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        // የይለፍ ቃሉ በ Jenkins credentials ውስጥ ነው
        withCredentials([usernamePassword(credentialsId: 'erp-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS')]) {
          sh './gradlew flywayMigrate -Pflyway.user=$DB_USER -Pflyway.password=$DB_PASS'
        }
      }
    }
  }
}
""")


@decoy
def circle_context(b: str, city: str, am: str) -> None:
    add(f"{P}/circleci/decoy-context-reference", f"{b}-injera-web/.circleci/config.yml", "https://circleci.com/docs/contexts/",
        """version: 2.1
jobs:
  publish:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: npm publish --access public
workflows:
  release:
    jobs:
      - publish:
          context: enjera-npm   # NPM_TOKEN እዚህ ነው
""")


@decoy
def tf_plan(b: str, city: str, am: str) -> None:
    add(f"{P}/log/decoy-sensitive-plan", f"{b}-infra/plan-output.txt", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output",
        """Terraform will perform the following actions:

  # aws_db_instance.orders will be updated in-place
  ~ resource "aws_db_instance" "orders" {
        id       = "orders-@@b@@"
      ~ password = (sensitive value)
        username = "orders"
    }

Plan: 0 to add, 1 to change, 0 to destroy.
""", b=b)


@decoy
def jwks(b: str, city: str, am: str) -> None:
    add(f"{P}/json/decoy-jwks-public", f"{b}-mesob-api/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517",
        """{
  "keys": [
    {
      "kty": "RSA",
      "kid": "@@kid@@",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))


@decoy
def iam_policy(b: str, city: str, am: str) -> None:
    acct = str(_rng().randint(10**11, 10**12 - 1))
    add(f"{P}/json/decoy-arns", f"{b}-infra/policies/receipts-writer.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html",
        """{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "WriteReceipts",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::@@b@@-injera-receipts/*"
    },
    {
      "Effect": "Allow",
      "Action": "secretsmanager:GetSecretValue",
      "Resource": "arn:aws:secretsmanager:af-south-1:@@acct@@:secret:prod/@@b@@/telebirr-AbCdEf"
    }
  ]
}
""", acct=acct, b=b)


@decoy
def password_policy(b: str, city: str, am: str) -> None:
    add(f"{P}/yaml/decoy-password-policy", f"{b}-injera-orders/config/auth.yaml", "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html",
        """# የይለፍ ቃል መመሪያ
password:
  min_length: 12
  require_digit: true
  reset_url: https://orders.@@b@@.enjera-bet.et/password/reset
  reset_token_ttl: 30m
  hasher: argon2id
secret_key_source: env:ORDERS_SECRET_KEY
session_cookie: injera_session
""", b=b)


@decoy
def i18n_strings(b: str, city: str, am: str) -> None:
    add(f"{P}/json/decoy-ui-labels", f"{b}-injera-web/src/i18n/am.json", "https://www.i18next.com/misc/json-format",
        """{
  "login.username": "የተጠቃሚ ስም",
  "login.password": "የይለፍ ቃል",
  "login.password_placeholder": "የይለፍ ቃልዎን ያስገቡ",
  "login.forgot": "የይለፍ ቃል ረሱ?",
  "payment.telebirr": "በቴሌብር ይክፈሉ",
  "payment.chapa": "በቻፓ ይክፈሉ",
  "api_key.label": "የ API ቁልፍ"
}
""")


@decoy
def peer_auth(b: str, city: str, am: str) -> None:
    add(f"{P}/python/decoy-passwordless-dsn", f"{b}-analytics/etl/load_sales.py", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING",
        """\"\"\"የሽያጭ ETL — የይለፍ ቃል አያስፈልግም (peer auth በ unix socket).\"\"\"
import psycopg

DSN = "postgresql:///injera_analytics?host=/var/run/postgresql&user=etl"


def load(rows):
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.executemany("INSERT INTO sales (branch, day, etb) VALUES (%s, %s, %s)", rows)
""")


@decoy
def htpasswd(b: str, city: str, am: str) -> None:
    def apr() -> str:
        return "$apr1$" + fakes.drawn(_seed(), 8, ALNUM + "./") + "$" + fakes.drawn(_seed(), 22, ALNUM + "./")
    add(f"{P}/htpasswd/decoy-hashes", f"{b}-ops/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
        """admin:@@h1@@
kitchen:@@h2@@
rider-lead:@@h3@@
reports:@@h4@@
auditor:@@h5@@
""", h1=apr(), h2=apr(), h3=apr(), h4=apr(), h5=apr())


# ================================================================ each template for two branches
def _write(template: Callable[[str, str, str], None], branch: tuple) -> None:
    _CURRENT.update(b=branch[0], city=branch[1], am=branch[2])
    template(*branch)


for _i, _template in enumerate(SECRET_TEMPLATES):
    for _j in (_i % 8, (_i + 3) % 8):
        _write(_template, BRANCHES[_j])
for _i, _template in enumerate(DECOY_TEMPLATES):
    for _j in ((_i + 5) % 8, (_i + 1) % 8):
        _write(_template, BRANCHES[_j])
assert SEED_LOW <= _SEED[0] <= SEED_HIGH
