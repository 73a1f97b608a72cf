"""Blind set NL: a Kurdish (Sorani) Erbil carpet workshop and a Sulaymaniyah tea importer.

The workshop's shop site, loom and dye-batch tracking, export invoices and Telegram order bots; the
importer's customs paperwork, warehouse stock, payment gateways and delivery apps. Comments, notes
and runbooks partly in Sorani Kurdish. Credentials and their decoys in code, configs, CI, infra,
notes and logs. Generated fakes only (seeds 7920000-7929999).
"""
from __future__ import annotations

import base64
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 7920000, 7929999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hawler", "Slemani", "Zagros", "Sirwan", "Chinar", "Hanar", "Nergz", "Qandil", "Shakh", "Chiya",
         "Gulale", "Rezan", "Dilan", "Kelash", "Berzan", "Zrebar", "Goyje", "Azmer"]
LOWER = ["mafur", "chay", "bazar", "qalat", "shemal", "kilim", "reng", "berx", "hanar", "baran", "kani",
         "gul", "dar", "roj", "shaw", "befr"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def docker_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "_-") for _ in range(27))


def hf_token() -> str:
    r = _rng()
    return "hf_" + "".join(r.choice(string.ascii_letters) for _ in range(34))


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def openai() -> str:
    return fakes.openai_key(_seed())


def azure_storage_key() -> str:
    return b64_bytes(64)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def ssh_public() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    body = textwrap.dedent(text).lstrip("\n")
    for key, value in dict(fields, secret=secret or "").items():
        body = body.replace(f"@@{key}@@", value)
    assert "@@" not in body, file_name
    CASES.append(LabelledCase(category, file_name, body, secret, source))


DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOTENV = "https://github.com/motdotla/dotenv#usage"
LIBPQ = "https://www.postgresql.org/docs/current/libpq-connect.html"
TELEGRAM = "https://core.telegram.org/bots/api"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
TERRAFORM = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/user_guide/playbooks_intro.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
MARKDOWN = "https://commonmark.org/help/"
AWS_CLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
STRIPE = "https://docs.stripe.com/keys"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
LARAVEL = "https://laravel.com/docs/11.x/configuration"
RAILS = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
SLACK = "https://api.slack.com/messaging/webhooks"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
GO_SQL = "https://pkg.go.dev/database/sql"
NODE_PG = "https://node-postgres.com/features/connecting"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
BASH_HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
SQL_DOC = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSV_DOC = "https://www.rfc-editor.org/rfc/rfc4180"
POWERSHELL = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
CARGO = "https://doc.rust-lang.org/cargo/reference/config.html"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
KOTLIN = "https://ktor.io/docs/client-auth.html"
PHP_PDO = "https://www.php.net/manual/en/pdo.construct.php"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SSH_CONFIG = "https://man.openbsd.org/ssh_config"
LOGS = "https://www.rfc-editor.org/rfc/rfc5424"
HTML = "https://html.spec.whatwg.org/multipage/"
SEALED = "https://github.com/bitnami-labs/sealed-secrets#usage"
VAULT = "https://developer.hashicorp.com/vault/docs/commands/kv/get"


# ---------------------------------------------------------------- Erbil carpet workshop: shop site

add("blind-nl/python/django-secret-key", "hawler-mafur/shop/settings/production.py", DJANGO, r'''
# ڕێکخستنی بەرهەمهێنان - کارگەی فەرشی هەولێر
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["hawlermafur.krd", "www.hawlermafur.krd"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "ckb"
TIME_ZONE = "Asia/Baghdad"
CSRF_TRUSTED_ORIGINS = ["https://hawlermafur.krd"]
''', django_key())

add("blind-nl/python/decoy-env-reference", "hawler-mafur/shop/settings/staging.py", DJANGO, r'''
# ڕێکخستنی تاقیکردنەوە؛ کلیلەکان لە ژینگەوە دێن
import os
from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES["default"]["PASSWORD"] = os.environ.get("POSTGRES_PASSWORD", "")
EMAIL_HOST_PASSWORD = os.getenv("SMTP_PASSWORD")
''')

add("blind-nl/env/postgres", "hawler-mafur/.env.production", DOTENV, r'''
# کارگەی فەرش - ژینگەی سەرەکی
APP_ENV=production
POSTGRES_HOST=db.internal.hawlermafur.krd
POSTGRES_DB=mafur_shop
POSTGRES_USER=mafur_app
POSTGRES_PASSWORD=@@secret@@
MEDIA_ROOT=/srv/mafur/media
''', words_pw())

add("blind-nl/env/decoy-placeholder", "hawler-mafur/.env.example", DOTENV, r'''
# نموونە: ئەم فایلە کۆپی بکە بۆ .env و بەهاکان پڕ بکەرەوە
APP_ENV=development
POSTGRES_HOST=localhost
POSTGRES_DB=mafur_shop
POSTGRES_USER=mafur_app
POSTGRES_PASSWORD=<وشەی-نهێنی-لێرە>
TELEGRAM_BOT_TOKEN=
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
''')

add("blind-nl/python/telegram-bot", "hawler-mafur/bots/orders_bot.py", TELEGRAM, r'''
"""بۆتی تێلێگرام بۆ داواکاری فەرش - ئاگادارکردنەوەی کارگە"""
import requests

BOT_TOKEN = "@@secret@@"
WORKSHOP_CHAT = -1001877345521


def notify(order_id: str, pattern: str) -> None:
    text = f"داواکاری نوێ #{order_id}: نەخشی {pattern}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": WORKSHOP_CHAT, "text": text}, timeout=10)
''', telegram())

add("blind-nl/python/decoy-telegram-env", "hawler-mafur/bots/stock_bot.py", TELEGRAM, r'''
"""بۆتی کۆگا - تۆکن لە ژینگەوە دەخوێنرێتەوە، هەرگیز لێرە مەینووسە"""
import os

import requests

BOT_TOKEN = os.environ["STOCK_BOT_TOKEN"]  # e.g. 123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
API = "https://api.telegram.org/bot{token}/{method}"


def send(chat_id: int, text: str) -> None:
    requests.post(API.format(token=BOT_TOKEN, method="sendMessage"), json={"chat_id": chat_id, "text": text})
''')

add("blind-nl/k8s-secret/postgres", "hawler-mafur/deploy/k8s/db-secret.yaml", K8S_SECRET, r'''
# نهێنی بنکەی زانیاری بۆ فرۆشگای فەرش
apiVersion: v1
kind: Secret
metadata:
  name: mafur-db
  namespace: mafur-shop
type: Opaque
data:
  POSTGRES_USER: bWFmdXJfYXBw
  POSTGRES_PASSWORD: @@enc@@
''', (_p := rand_pw(22)), enc=b64(_p))

add("blind-nl/k8s-secret/decoy-sealed", "hawler-mafur/deploy/k8s/db-sealedsecret.yaml", SEALED, r'''
# SealedSecret - تەنها کلاستەرەکە دەتوانێت بیکاتەوە
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mafur-db
  namespace: mafur-shop
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@ct@@
  template:
    metadata:
      name: mafur-db
''', ct="AgB" + b64_bytes(180))

add("blind-nl/compose/mysql", "hawler-mafur/docker-compose.yml", COMPOSE, r'''
# کارگەی فەرش - ژینگەی ناوخۆیی بۆ ئامێری گەشەپێدەر
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: looms
      MYSQL_USER: loom
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
    ports: ["3306:3306"]
  web:
    build: .
    depends_on: [db]
''', rand_pw(16, "!%_"))

add("blind-nl/compose/decoy-env-interpolation", "sulaimani-chay/docker-compose.yml", COMPOSE, r'''
# هاوردەکاری چای سلێمانی - خزمەتگوزارییەکان
services:
  api:
    image: registry.slemanichay.iq/api:1.14.2
    environment:
      DATABASE_URL: postgres://chay:${POSTGRES_PASSWORD:?set it}@db:5432/chay
      REDIS_URL: redis://:${REDIS_PASSWORD}@cache:6379/0
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
''')

add("blind-nl/markdown/stripe", "hawler-mafur/docs/payments.md", MARKDOWN, r'''
# پارەدان لە ماڵپەڕی فەرش

فرۆشتنی دەرەکی (ئەوروپا و ئەمریکا) بە Stripe دەکرێت.

| ژینگە | کلیل |
|-------|------|
| live  | `@@secret@@` |
| test  | بپرسە لە ڕێزان |

تێبینی: webhook لە `/payments/stripe/hook` وەردەگیرێت.
''', stripe_key())

add("blind-nl/markdown/decoy-publishable-key", "hawler-mafur/docs/checkout-frontend.md", STRIPE, r'''
# Checkout - لای بەکارهێنەر

کلیلی گشتی (publishable) لە بڕواکاردا بەکاردێت و نهێنی نییە:

```js
const stripe = Stripe("@@pk@@");
```

کلیلی نهێنی (`sk_live_...`) تەنها لە سێرڤەرە و لە Vault دایە: `secret/mafur/stripe`.
''', pk=stripe_key("pk_live_"))

add("blind-nl/github-actions/aws-keys", "hawler-mafur/.github/workflows/deploy-media.yml", GHA, r'''
name: deploy-media
on:
  push:
    branches: [main]
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      # وێنەی فەرشەکان بۆ S3
      - run: aws s3 sync media/ s3://hawler-mafur-media/ --delete
''', (_a := aws_pair())[1], kid=_a[0])

add("blind-nl/github-actions/decoy-secrets-context", "sulaimani-chay/.github/workflows/release.yml", GHA, r'''
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: slemanichay
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - run: docker build -t slemanichay/api:${GITHUB_REF_NAME} . && docker push slemanichay/api:${GITHUB_REF_NAME}
''')

add("blind-nl/go/postgres-dsn", "sulaimani-chay/warehouse/internal/store/db.go", GO_SQL, r'''
// Package store - کۆگای چا لە سلێمانی
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

const dsn = "host=10.20.0.14 port=5432 user=kogha dbname=warehouse password=@@secret@@ sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
''', rand_pw(20))

add("blind-nl/go/decoy-env-lookup", "sulaimani-chay/warehouse/internal/config/config.go", GO_SQL, r'''
package config

import "os"

// Config - هەموو نهێنییەکان لە ژینگەوە دێن (بڕوانە runbook)
type Config struct {
	DSN         string
	TelegramKey string
}

func Load() Config {
	return Config{DSN: os.Getenv("WAREHOUSE_DSN"), TelegramKey: os.Getenv("TG_TOKEN")}
}
''')

add("blind-nl/js/sendgrid", "sulaimani-chay/notify/mailer.js", "https://docs.sendgrid.com/for-developers/sending-email/quickstart-nodejs", r'''
// ناردنی ئیمەیڵ بۆ کڕیارانی چا
const sgMail = require("@sendgrid/mail");

sgMail.setApiKey("@@secret@@");

async function sendInvoice(to, pdfBase64) {
  await sgMail.send({
    to, from: "fatura@slemanichay.iq", subject: "پسوڵەی کڕین",
    attachments: [{ content: pdfBase64, filename: "invoice.pdf", type: "application/pdf" }],
  });
}
module.exports = { sendInvoice };
''', sendgrid())

add("blind-nl/js/decoy-test-fixture", "sulaimani-chay/notify/mailer.test.js", "https://jestjs.io/docs/mock-functions", r'''
// تاقیکردنەوە - کلیلی درۆینە، هیچ ئیمەیڵێک نانێردرێت
jest.mock("@sendgrid/mail");
const sgMail = require("@sendgrid/mail");
const { sendInvoice } = require("./mailer");

test("sends invoice", async () => {
  sgMail.setApiKey("SG.fake-key-for-tests");
  await sendInvoice("test@example.com", "");
  expect(sgMail.send).toHaveBeenCalledTimes(1);
});
''')

add("blind-nl/terraform/aws-keys", "sulaimani-chay/infra/provider.tf", TERRAFORM, r'''
# دامەزراندنی ژێرخان - هاوردەکاری چا
provider "aws" {
  region     = "me-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "customs_docs" {
  bucket = "slemanichay-customs-docs"
}
''', (_a := aws_pair())[1], kid=_a[0])

add("blind-nl/terraform/decoy-variable", "sulaimani-chay/infra/variables.tf", TERRAFORM, r'''
# گۆڕاوەکان - بەهاکان لە terraform.tfvars نین، لە TF_VAR_* دێن
variable "db_password" {
  type      = string
  sensitive = true
}

variable "telegram_token" {
  type        = string
  sensitive   = true
  description = "تۆکنی بۆتی گومرگ"
  default     = ""
}
''')

add("blind-nl/yaml/smtp", "hawler-mafur/config/mail.yaml", "https://docs.python.org/3/library/smtplib.html", r'''
# ڕێکخستنی ئیمەیڵ - ناردنی پسوڵە بۆ کڕیارانی دەرەوە
smtp:
  host: smtp.zoho.eu
  port: 587
  starttls: true
  username: orders@hawlermafur.krd
  password: "@@secret@@"
from_name: "کارگەی فەرشی هەولێر"
''', words_pw())

add("blind-nl/yaml/decoy-masked", "hawler-mafur/config/mail.staging.yaml", "https://docs.python.org/3/library/smtplib.html", r'''
# کۆپی لە لۆگی ڕێکخستن - وشەی نهێنی شاردراوەتەوە
smtp:
  host: smtp.zoho.eu
  port: 587
  username: staging@hawlermafur.krd
  password: "********"
from_name: "تاقیکردنەوە"
''')

add("blind-nl/ini/pypirc", "hawler-mafur/tools/.pypirc", PYPIRC, r'''
; بڵاوکردنەوەی پاکێجی mafur-patterns (نەخشەکانی فەرش)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', fakes.pypi_token(_seed()))

add("blind-nl/npmrc/npm-token", "sulaimani-chay/web/.npmrc", NPMRC, r'''
# پاکێجە تایبەتەکانی هاوردەکاری چا
@slemanichay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', npm())

add("blind-nl/npmrc/decoy-env-token", "hawler-mafur/frontend/.npmrc", NPMRC, r'''
# تۆکن لە CI دادەنرێت
@hawlermafur:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
''')

add("blind-nl/shell/mysql-cli", "hawler-mafur/scripts/backup_looms.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", r'''
#!/usr/bin/env bash
# پاشەکەوتی شەوانە بۆ بنکەی زانیاری چنینەکان
set -euo pipefail
DAY=$(date +%F)
mysqldump -h 127.0.0.1 -u loom_backup -p'@@secret@@' looms \
  | gzip > "/backup/looms-${DAY}.sql.gz"
find /backup -name 'looms-*.sql.gz' -mtime +14 -delete
''', rand_pw(18, "#%"))

add("blind-nl/shell/decoy-read-secret", "sulaimani-chay/scripts/pg_backup.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
#!/usr/bin/env bash
# پاشەکەوت - وشەی نهێنی لە ~/.pgpass دەخوێنرێتەوە
set -euo pipefail
export PGPASSFILE="$HOME/.pgpass"
pg_dump -h db.slemanichay.internal -U backup warehouse \
  | zstd > "/srv/backup/warehouse-$(date +%F).sql.zst"
echo "تەواو بوو"
''')

add("blind-nl/rst/decoy-doc-example", "sulaimani-chay/docs/source/aws.rst", AWS_CLI, r'''
ڕێکخستنی AWS
============

بۆ تاقیکردنەوە نموونەی فەرمی بەڵگەنامەی AWS بەکاربهێنە::

    [default]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

کلیلی ڕاستەقینە لە ``aws sso login`` وەردەگیرێت.
''')

add("blind-nl/aws-credentials/aws-keys", "sulaimani-chay/ops/credentials", AWS_CLI, r'''
# بۆ سێرڤەری گومرگ - ئەم فایلە بۆ ~/.aws/credentials کۆپی بکە
[default]
region = me-central-1

[chay-customs]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
''', (_a := aws_pair())[1], kid=_a[0])

add("blind-nl/java/mysql-jdbc", "hawler-mafur/erp/src/main/java/krd/hawlermafur/erp/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", r'''
package krd.hawlermafur.erp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** پەیوەندی بە بنکەی زانیاری دەستکرد (ERP) */
public final class Db {
    private static final String URL = "jdbc:mysql://erp-db:3306/erp?useSSL=true";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "erp_app", "@@secret@@");
    }
}
''', words_pw())

add("blind-nl/properties/decoy-placeholder", "hawler-mafur/erp/src/main/resources/application.properties", SPRING, r'''
# ڕێکخستنی ERP - بەهاکان لە ژینگەوە
spring.datasource.url=jdbc:mysql://erp-db:3306/erp
spring.datasource.username=erp_app
spring.datasource.password=${ERP_DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
management.endpoints.web.exposure.include=health
''')

add("blind-nl/properties/postgres", "sulaimani-chay/customs/src/main/resources/application-prod.properties", SPRING, r'''
# گومرگ - بەرهەمهێنان
spring.datasource.url=jdbc:postgresql://10.20.0.14:5432/customs
spring.datasource.username=customs
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
''', rand_pw(24))

add("blind-nl/php/mysql-pdo", "hawler-mafur/legacy/inc/db.php", PHP_PDO, r'''
<?php
// ماڵپەڕی کۆنی کارگە (٢٠١٧) - هێشتا بۆ کاتالۆگ بەکاردێت
$host = 'localhost';
$db   = 'mafur_catalog';
$user = 'catalog';
$pass = '@@secret@@';
$pdo = new PDO("mysql:host=$host;dbname=$db;charset=utf8mb4", $user, $pass, [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
''', rand_pw(14))

add("blind-nl/php/decoy-getenv", "sulaimani-chay/shop/config/database.php", LARAVEL, r'''
<?php
// ڕێکخستنی بنکەی زانیاری فرۆشگای چا
return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
''')

add("blind-nl/env/laravel-app-key", "sulaimani-chay/shop/.env", LARAVEL, r'''
APP_NAME="چای سلێمانی"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_URL=https://shop.slemanichay.iq
DB_CONNECTION=mysql
DB_DATABASE=chay_shop
DB_USERNAME=chay
''', b64_bytes(32))

add("blind-nl/ruby/decoy-credentials-reference", "hawler-mafur/rails-admin/config/initializers/telegram.rb", RAILS, r'''
# بۆتی ئاگادارکردنەوەی بەڕێوەبەر
# تۆکن لە credentials.yml.enc دایە: bin/rails credentials:edit
Telegram.bots_config = {
  admin: Rails.application.credentials.dig(:telegram, :admin_bot_token),
}
Rails.logger.info("telegram bot configured")
''')

add("blind-nl/yaml/rails-database", "hawler-mafur/rails-admin/config/database.yml", RAILS, r'''
# بنکەی زانیاری بەڕێوەبەرایەتی
production:
  adapter: postgresql
  encoding: unicode
  host: db.internal.hawlermafur.krd
  database: mafur_admin
  username: admin_app
  password: @@secret@@
  pool: 5
''', rand_pw(20))

add("blind-nl/csharp/connection-string", "sulaimani-chay/Accounting/appsettings.Production.json", DOTNET, r'''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Ledger": "Server=sql01.slemanichay.local;Database=Ledger;User Id=ledger_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Company": { "Name": "هاوردەکاری چای سلێمانی", "Currency": "IQD" }
}
''', words_pw())

add("blind-nl/json/decoy-empty", "sulaimani-chay/Accounting/appsettings.json", DOTNET, r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Ledger": ""
  },
  "Fib": { "ClientId": "", "ClientSecret": "" },
  "Company": { "Name": "هاوردەکاری چای سلێمانی", "Currency": "IQD" }
}
''')

add("blind-nl/notebook/openai", "hawler-mafur/research/pattern_descriptions.ipynb", JUPYTER, r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# نووسینی وەسفی فەرش بە زیرەکی دەستکرد"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from openai import OpenAI\n", "client = OpenAI(api_key=\"@@secret@@\")\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["resp = client.responses.create(model=\"gpt-4o-mini\", input=\"وەسفی فەرشی هەورامی\")"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', openai())

add("blind-nl/notebook/decoy-getpass", "sulaimani-chay/analysis/tea_prices.ipynb", JUPYTER, r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# نرخی چا لە بازاڕی سلێمانی"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg\n", "pw = getpass.getpass('وشەی نهێنی: ')\n",
              "conn = psycopg.connect(host='10.20.0.14', dbname='warehouse', user='analyst', password=pw)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''')

# ---------------------------------------------------------------- Sulaymaniyah tea importer: apps and ops

add("blind-nl/kotlin/bearer-token", "sulaimani-chay/driver-app/app/src/main/java/iq/slemanichay/driver/Api.kt", KOTLIN, r'''
package iq.slemanichay.driver

import io.ktor.client.HttpClient
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BearerTokens
import io.ktor.client.plugins.auth.providers.bearer

// ئەپی شۆفێرانی گەیاندنی چا
val client = HttpClient {
    install(Auth) {
        bearer { loadTokens { BearerTokens("@@secret@@", "") } }
    }
}
''', "chd_live_" + rand_pw(40))

add("blind-nl/kotlin/decoy-buildconfig", "sulaimani-chay/driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
// کلیلی نەخشە لە local.properties دەخوێنرێتەوە (لە git نییە)
val mapsKey: String = project.findProperty("MAPS_API_KEY") as String? ?: ""

android {
    namespace = "iq.slemanichay.driver"
    defaultConfig {
        buildConfigField("String", "MAPS_API_KEY", "\"$mapsKey\"")
        buildConfigField("String", "API_BASE", "\"https://api.slemanichay.iq/\"")
    }
}
''')

add("blind-nl/xml/google-maps-key", "sulaimani-chay/driver-app/app/src/main/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- کلیلی نەخشەی گووگڵ بۆ ئەپی شۆفێر؛ سنووردار نەکراوە -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">@@secret@@</string>
    <string name="app_name">گەیاندنی چا</string>
</resources>
''', google_key())

add("blind-nl/swift/decoy-info-plist-reference", "hawler-mafur/ios/MafurShop/Config.swift", SWIFT, r'''
import Foundation

// کلیلەکان لە Secrets.xcconfig دێن (لە git دا نییە)
enum Config {
    static let apiBase = URL(string: "https://api.hawlermafur.krd")!
    static var stripePublishable: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PUBLISHABLE_KEY") as? String ?? ""
    }
}
''')

add("blind-nl/swift/api-key", "hawler-mafur/ios/MafurShop/Services/CatalogService.swift", SWIFT, r'''
import Foundation

/// وەرگرتنی کاتالۆگی فەرش لە Shopify
final class CatalogService {
    private let token = "@@secret@@"
    private let endpoint = URL(string: "https://hawler-mafur.myshopify.com/admin/api/2024-04/products.json")!

    func load() async throws -> Data {
        var req = URLRequest(url: endpoint)
        req.setValue(token, forHTTPHeaderField: "X-Shopify-Access-Token")
        return try await URLSession.shared.data(for: req).0
    }
}
''', shopify())

add("blind-nl/yaml/decoy-checksum", "hawler-mafur/shopify/theme-lock.yaml", "https://shopify.dev/docs/storefronts/themes/tools/cli", r'''
# قوفڵی ڕووکار - هاشەکان تەنها بۆ پشکنینن
theme: mafur-dawn
version: 3.2.1
files:
  assets/base.css: sha256:@@h1@@
  assets/carpet-zoom.js: sha256:@@h2@@
  layout/theme.liquid: sha256:@@h3@@
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("blind-nl/log/postgres-url", "sulaimani-chay/logs/api-2026-11-02.log", LOGS, r'''
2026-11-02T06:00:01Z INFO  api starting version=1.14.2
2026-11-02T06:00:01Z DEBUG config loaded DATABASE_URL=postgresql://chay:@@secret@@@db.slemanichay.internal:5432/chay
2026-11-02T06:00:02Z INFO  migrations up to date
2026-11-02T06:00:02Z INFO  listening on :8080
2026-11-02T06:14:40Z WARN  slow query 1840ms select * from shipments where port='Umm Qasr'
''', rand_pw(21))

add("blind-nl/log/decoy-redacted", "sulaimani-chay/logs/api-2026-11-03.log", LOGS, r'''
2026-11-03T06:00:01Z INFO  api starting version=1.14.3
2026-11-03T06:00:01Z DEBUG config loaded DATABASE_URL=postgresql://chay:[REDACTED]@db.slemanichay.internal:5432/chay
2026-11-03T06:00:01Z DEBUG config loaded TG_TOKEN=81******:AA***************
2026-11-03T06:00:02Z INFO  listening on :8080
2026-11-03T07:12:09Z INFO  shipment 4471 cleared customs at Ibrahim Khalil
''')

add("blind-nl/markdown/runbook-password", "sulaimani-chay/wiki/runbooks/warehouse-db.md", MARKDOWN, r'''
# ڕێنمایی: بنکەی زانیاری کۆگا

1. پەیوەندی بکە بە VPN ی نووسینگەی سلێمانی.
2. `psql -h 10.20.0.14 -U kogha warehouse`
3. وشەی نهێنی: `@@secret@@`
4. پێش هەر گۆڕانکارییەک پاشەکەوت وەربگرە.

ئەگەر کێشە هەبوو پەیوەندی بە هەژار بکە (ناوخۆ ٢١٤).
''', words_pw())

add("blind-nl/markdown/decoy-vault-path", "sulaimani-chay/wiki/runbooks/customs-api.md", VAULT, r'''
# ڕێنمایی: API ی گومرگ

کلیلی API ی گومرگ لە Vault دایە، هەرگیز لە wiki مەینووسە:

```sh
vault kv get -field=api_key secret/chay/customs
```

دوای وەرگرتن، لە `CUSTOMS_API_KEY` دایبنێ و خزمەتگوزاری دووبارە دەستپێبکەرەوە.
''')

add("blind-nl/helm/redis", "hawler-mafur/deploy/helm/values-prod.yaml", HELM, r'''
# بەهاکانی Helm بۆ بەرهەمهێنان
replicaCount: 2
image:
  repository: ghcr.io/hawlermafur/shop
  tag: "2.8.0"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
ingress:
  hosts: [hawlermafur.krd]
''', redis_pw())

add("blind-nl/helm/decoy-existing-secret", "hawler-mafur/deploy/helm/values-staging.yaml", HELM, r'''
# ستەیجینگ - نهێنییەکان لە Secret ی ئامادەکراو
replicaCount: 1
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: mafur-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    existingSecret: mafur-db
''')

add("blind-nl/ansible/decoy-vault-encrypted", "sulaimani-chay/ansible/group_vars/db/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(48))

add("blind-nl/ansible/mysql-password", "hawler-mafur/ansible/roles/db/defaults/main.yml", ANSIBLE, r'''
---
# بەهای بنەڕەتی ڕۆڵی بنکەی زانیاری
mysql_bind_address: 127.0.0.1
mysql_databases:
  - name: looms
mysql_users:
  - name: loom
    host: "%"
    password: "@@secret@@"
    priv: "looms.*:ALL"
''', rand_pw(16))

add("blind-nl/ansible/decoy-vault-var", "hawler-mafur/ansible/roles/web/defaults/main.yml", ANSIBLE, r'''
---
# وشەی نهێنی لە vault.yml دایە (ansible-vault)
web_user: mafur
web_db_password: "{{ vault_web_db_password }}"
web_secret_key: "{{ vault_web_secret_key }}"
web_domains:
  - hawlermafur.krd
''')

add("blind-nl/dockerfile/build-arg-token", "hawler-mafur/Dockerfile", DOCKERFILE, r'''
FROM python:3.12-slim
# دامەزراندنی پاکێجی تایبەتی نەخشەکان لە GitHub
ENV PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt \
 && pip install "git+https://@@secret@@@github.com/hawlermafur/mafur-patterns.git@v0.9.2"
COPY . .
CMD ["gunicorn", "shop.wsgi", "-b", "0.0.0.0:8000"]
''', github())

add("blind-nl/dockerfile/decoy-secret-mount", "sulaimani-chay/Dockerfile", DOCKERFILE, r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json .npmrc ./
# تۆکن تەنها لە کاتی build دا mount دەکرێت
RUN --mount=type=secret,id=npm_token,env=NODE_AUTH_TOKEN npm ci
COPY . .
RUN npm run build
''')

add("blind-nl/gitlab-ci/docker-pat", "sulaimani-chay/.gitlab-ci.yml", GITLAB_CI, r'''
stages: [build, deploy]

variables:
  IMAGE: slemanichay/api

build:
  stage: build
  script:
    # چوونەژوورەوە بۆ Docker Hub
    - echo "@@secret@@" | docker login -u slemanichay --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', docker_pat())

add("blind-nl/gitlab-ci/decoy-masked-variable", "hawler-mafur/.gitlab-ci.yml", GITLAB_CI, r'''
stages: [test, deploy]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - echo "$DEPLOY_SSH_KEY" | ssh-add -   # گۆڕاوی masked لە ڕێکخستنی پڕۆژە
    - ssh deploy@hawlermafur.krd 'sudo systemctl restart mafur'
''')

add("blind-nl/pem/ssh-private-key", "hawler-mafur/ops/keys/deploy_rsa", SSH_CONFIG, r'''
@@secret@@
''', pem("RSA"))

add("blind-nl/ssh/decoy-public-key", "hawler-mafur/ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# کلیلە گشتییەکانی تیم - تەنها کلیلی گشتی لێرە دابنێ
@@k1@@ rezan@hawler-laptop
@@k2@@ hejar@slemani-office
@@k3@@ ci-deploy@gitlab
# کۆتایی
''', k1=ssh_public(), k2=ssh_public(), k3=ssh_public())

add("blind-nl/yaml/private-key-block", "sulaimani-chay/deploy/sftp-customs.yaml", "https://yaml.org/spec/1.2.2/#literal-style", r'''
# ناردنی پەڕگەکانی گومرگ بە SFTP بۆ بریکاری گومرگ لە ئیبراهیم خەلیل
sftp:
  host: sftp.customs-broker.iq
  port: 22
  user: slemanichay
  private_key: |
    @@key@@
schedule: "0 */2 * * *"
''', (_k := pem("OPENSSH")), key=_k.replace("\n", "\n    "))

add("blind-nl/yaml/decoy-public-cert", "sulaimani-chay/deploy/tls-ca.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r'''
# بڕوانامەی گشتی CA - نهێنی نییە
apiVersion: v1
kind: ConfigMap
metadata:
  name: customs-ca
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    -----END CERTIFICATE-----
''', c1=b64_bytes(48), c2=b64_bytes(30))

add("blind-nl/python/slack-webhook", "sulaimani-chay/jobs/stock_alert.py", SLACK, r'''
"""ئاگادارکردنەوەی کەمبوونی چا لە کۆگا"""
import json
import urllib.request

WEBHOOK = "@@secret@@"


def alert(product: str, kilos: float) -> None:
    body = json.dumps({"text": f"⚠️ {product}: تەنها {kilos} کیلۆ ماوە"}).encode()
    req = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("blind-nl/python/decoy-webhook-placeholder", "sulaimani-chay/jobs/price_alert.py", SLACK, r'''
"""ئاگادارکردنەوەی گۆڕینی نرخی چا"""
import os

import requests

# نموونە: https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
WEBHOOK = os.environ.get("PRICE_WEBHOOK_URL", "")


def alert(text: str) -> None:
    if WEBHOOK:
        requests.post(WEBHOOK, json={"text": text}, timeout=10)
''')

add("blind-nl/js/discord-webhook", "hawler-mafur/tools/loom-status.js", "https://discord.com/developers/docs/resources/webhook", r'''
// ناردنی دۆخی چنین بۆ کەناڵی Discord ی کارگە
const HOOK = "@@secret@@";

async function postStatus(loom, percent) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `چنینی ${loom}: ${percent}% تەواو بووە` }),
  });
}

module.exports = { postStatus };
''', discord_webhook())

add("blind-nl/ts/decoy-env-webhook", "hawler-mafur/tools/dye-status.ts", "https://discord.com/developers/docs/resources/webhook", r'''
// دۆخی ڕەنگکردنی خوری
const HOOK: string | undefined = process.env.DYE_DISCORD_WEBHOOK;

export async function postDye(batch: string, colour: string): Promise<void> {
  if (!HOOK) throw new Error("DYE_DISCORD_WEBHOOK نەدۆزرایەوە");
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `بەچی ${batch}: ${colour}` }),
  });
}
''')

add("blind-nl/ts/stripe", "hawler-mafur/api/src/payments/stripe.ts", STRIPE, r'''
import Stripe from "stripe";

// پارەدانی کڕیارانی دەرەوە بۆ فەرشی دەستچن
export const stripe = new Stripe(
  "@@secret@@",
  { apiVersion: "2024-06-20" },
);

export async function createIntent(amountUsd: number, orderId: string) {
  return stripe.paymentIntents.create({ amount: Math.round(amountUsd * 100), currency: "usd", metadata: { orderId } });
}
''', stripe_key("rk_live_"))

add("blind-nl/ts/decoy-test-key", "hawler-mafur/api/src/payments/stripe.spec.ts", STRIPE, r'''
import { describe, expect, it, vi } from "vitest";

// تاقیکردنەوە - هیچ پەیوەندییەک بە Stripe ی ڕاستەقینە نییە
vi.mock("stripe");
process.env.STRIPE_SECRET_KEY = "sk_test_dummy_not_a_real_key";

describe("createIntent", () => {
  it("rounds cents", async () => {
    expect(Math.round(12.345 * 100)).toBe(1235);
  });
});
''')

add("blind-nl/powershell/sql-password", "sulaimani-chay/ops/Backup-Ledger.ps1", POWERSHELL, r'''
# پاشەکەوتی بنکەی زانیاری ژمێریاری - هەموو شەوێک کاتژمێر ٢
$server = "sql01.slemanichay.local"
$securePw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("ledger_backup", $securePw)
Backup-SqlDatabase -ServerInstance $server -Database "Ledger" -Credential $cred `
    -BackupFile "D:\Backup\Ledger_$(Get-Date -Format yyyyMMdd).bak"
''', words_pw())

add("blind-nl/powershell/decoy-credential-manager", "sulaimani-chay/ops/Sync-Prices.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", r'''
# هاوکاتکردنی نرخەکان لە فرۆشگا
Import-Module Microsoft.PowerShell.SecretManagement
$apiKey = Get-Secret -Name "ChayShopApiKey" -AsPlainText
$headers = @{ "X-Api-Key" = $apiKey }
Invoke-RestMethod -Uri "https://shop.slemanichay.iq/api/prices/sync" -Method Post -Headers $headers
Write-Host "نرخەکان نوێکرانەوە"
''')

add("blind-nl/rust/decoy-env", "hawler-mafur/loom-sensor/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", r'''
//! ڕێکخستنی هەستەوەری چنین
use std::env;

pub struct Config {
    pub mqtt_url: String,
    pub mqtt_password: String,
}

pub fn load() -> Config {
    Config {
        mqtt_url: env::var("MQTT_URL").unwrap_or_else(|_| "mqtts://mqtt.hawlermafur.krd:8883".into()),
        mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
    }
}
''')

add("blind-nl/rust/mqtt-password", "hawler-mafur/loom-sensor/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", r'''
//! هەستەوەری چنین: ژمارەی گرێ لە هەر خولەکێکدا دەنێرێت
use rumqttc::{MqttOptions, Client};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("loom-07", "mqtt.hawlermafur.krd", 8883);
    opts.set_credentials("loom-07", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("looms/07/cmd", rumqttc::QoS::AtLeastOnce).unwrap();
    for ev in conn.iter() { println!("{:?}", ev); }
}
''', rand_pw(24))

add("blind-nl/toml/cargo-registry-token", "hawler-mafur/loom-sensor/.cargo/credentials.toml", CARGO, r'''
# تۆکنی بڵاوکردنەوە بۆ crates.io (mafur-knots)
[registry]
token = "@@secret@@"

[registries.mafur]
token = "Bearer ${MAFUR_REGISTRY_TOKEN}"
''', "cio" + rand_pw(32))

add("blind-nl/toml/decoy-lockfile-checksum", "hawler-mafur/loom-sensor/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r'''
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h1@@"

[[package]]
name = "tokio"
version = "1.38.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h2@@"
''', h1=hexs(64), h2=hexs(64))

add("blind-nl/sql/create-role-password", "sulaimani-chay/db/migrations/0007_reporting_role.sql", SQL_DOC, r'''
-- ڕۆڵی ڕاپۆرت بۆ بەشی ژمێریاری
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE warehouse TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON shipments, customs_entries, stock_levels TO reporting;
''', rand_pw(20))

add("blind-nl/sql/decoy-password-hash", "hawler-mafur/db/seed/001_admin_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- بەکارهێنەرانی بەڕێوەبەر؛ تەنها هاشی bcrypt هەڵدەگیرێت
INSERT INTO admin_users (email, full_name, password_hash) VALUES
  ('rezan@hawlermafur.krd', 'ڕێزان ئەحمەد', '$2b$12$@@h1@@'),
  ('dilan@hawlermafur.krd', 'دیلان کەریم', '$2b$12$@@h2@@');
-- وشەی نهێنی یەکەم جار دەبێت بگۆڕدرێت
UPDATE admin_users SET must_change_password = true;
''', h1=rand_pw(53).replace("+", "."), h2=rand_pw(53))

add("blind-nl/bash-history/curl-basic", "sulaimani-chay/ops/notes/hejar.bash_history", BASH_HISTORY, r'''
cd /srv/chay-api
git pull --ff-only
docker compose up -d --build
curl -s https://api.slemanichay.iq/health
curl -u admin:@@secret@@ https://erp.slemanichay.iq/api/v1/stock?warehouse=bakrajo
docker logs -f chay-api-1 --since 10m
exit
''', words_pw())

add("blind-nl/bash-history/decoy-prompted", "hawler-mafur/ops/notes/rezan.bash_history", BASH_HISTORY, r'''
ssh deploy@hawlermafur.krd
sudo systemctl status mafur
mysql -u loom -p looms
psql "host=db.internal.hawlermafur.krd user=mafur_app dbname=mafur_shop"
vault login -method=oidc
vault kv get secret/mafur/stripe
exit
''')

add("blind-nl/csv/api-keys-export", "sulaimani-chay/exports/partners_api_access.csv", CSV_DOC, r'''
partner,contact,city,api_key,active
Zagros Markets,زاگرۆس مارکێت,Erbil,zm_@@k1@@,no
Bazari Slemani,بازاڕی سلێمانی,Sulaymaniyah,@@secret@@,yes
Kani Café,کانی کافێ,Duhok,,no
Chinar Hotel,هوتێلی چنار,Sulaymaniyah,REVOKED,no
''', "slc_live_" + rand_pw(32), k1="REVOKED-" + hexs(6))

add("blind-nl/csv/decoy-order-ids", "hawler-mafur/exports/orders_2026_10.csv", CSV_DOC, r'''
order_id,customer,pattern,size_cm,price_usd,payment_ref
@@u1@@,Anna K.,هەورامی,200x300,2400,pi_@@p1@@
@@u2@@,Lars M.,کەلەهۆڕ,160x230,1650,pi_@@p2@@
@@u3@@,ژیان عومەر,گەڕووس,120x180,900,cash
@@u4@@,Omar S.,بەختیاری,250x350,3100,pi_@@p3@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24))

# ---------------------------------------------------------------- payment gateways, messaging, clouds

add("blind-nl/python/payment-client-secret", "sulaimani-chay/payments/fib_client.py", "https://www.rfc-editor.org/rfc/rfc6749#section-4.4", r'''
"""پارەدانی ئەلیکترۆنی بۆ کڕیارانی ناوخۆ (client credentials)"""
import requests

TOKEN_URL = "https://fib.prod.fib.iq/auth/realms/fib-online-shop/protocol/openid-connect/token"
CLIENT_ID = "slemani-chay"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials",
                                       "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
''', uuid_s())

add("blind-nl/python/decoy-client-id-only", "sulaimani-chay/payments/fib_settings.py", "https://www.rfc-editor.org/rfc/rfc6749#section-2.2", r'''
"""ناسنامەی گشتیی کڕیار؛ نهێنییەکە لە Vault دایە (secret/chay/fib)"""
CLIENT_ID = "slemani-chay"
MERCHANT_ID = "@@mid@@"
CALLBACK_URL = "https://shop.slemanichay.iq/payments/fib/callback"
CLIENT_SECRET = None  # لە کاتی دەستپێکردندا لە Vault بار دەکرێت
CURRENCY = "IQD"
''', mid=uuid_s())

add("blind-nl/php/zaincash-jwt-secret", "sulaimani-chay/shop/app/Payments/ZainCash.php", "https://www.php.net/manual/en/function.hash-hmac.php", r'''
<?php
namespace App\Payments;

use Firebase\JWT\JWT;

// پارەدان بە زەین کاش - مۆبایل والێت
final class ZainCash
{
    private const MSISDN = '9647835077893';
    private const MERCHANT_ID = '5ffacf6612b5777c6d44266f';
    private const SECRET = '@@secret@@';

    public function token(int $amountIqd, string $orderId): string
    {
        $payload = ['amount' => $amountIqd, 'serviceType' => 'Tea order', 'msisdn' => self::MSISDN,
                    'orderId' => $orderId, 'iat' => time(), 'exp' => time() + 3600];
        return JWT::encode($payload, self::SECRET, 'HS256');
    }
}
''', "$2y$10$" + rand_pw(53))

add("blind-nl/python/twilio-auth-token", "hawler-mafur/notify/sms.py", "https://www.twilio.com/docs/usage/secure-credentials", r'''
"""ناردنی کورتەنامە بۆ کڕیاران کاتێک فەرشەکەیان ئامادەیە"""
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)


def ready(phone: str, order: str) -> None:
    client.messages.create(to=phone, from_="+12025550143",
                           body=f"فەرشەکەت ئامادەیە (داواکاری {order}) - کارگەی فەرشی هەولێر")
''', hexs(32), sid=hexs(32))

add("blind-nl/python/decoy-twilio-sid-only", "hawler-mafur/notify/sms_settings.py", "https://www.twilio.com/docs/iam/api/account", r'''
"""ناسنامەی هەژمار - نهێنی نییە؛ AUTH_TOKEN لە ژینگەوە"""
import os

ACCOUNT_SID = "AC@@sid@@"
MESSAGING_SERVICE_SID = "MG@@mg@@"
AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")
SENDER = "+12025550143"
''', sid=hexs(32), mg=hexs(32))

add("blind-nl/go/telegram-bot", "sulaimani-chay/bots/customs/main.go", TELEGRAM, r'''
// بۆتی گومرگ: دۆخی بارەکان لە خاڵی سنووری ئیبراهیم خەلیل
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("بۆت دەستیپێکرد: %s", bot.Self.UserName)
}
''', telegram())

add("blind-nl/yaml/decoy-chat-ids", "sulaimani-chay/bots/customs/chats.yaml", TELEGRAM, r'''
# ناسنامەی گرووپەکان - ئەمانە نهێنی نین
groups:
  customs_team: -1001934412876
  warehouse_bakrajo: -1002187734410
  drivers: -1001556023987
owner_user_id: 6129843321
bot_username: slemani_customs_bot
''')

add("blind-nl/k8s-secret/telegram-bot", "hawler-mafur/deploy/k8s/bots-secret.yaml", K8S_SECRET, r'''
apiVersion: v1
kind: Secret
metadata:
  name: mafur-bots
  namespace: mafur-shop
  labels:
    app: orders-bot
type: Opaque
data:
  ORDERS_BOT_TOKEN: @@enc@@
  WORKSHOP_CHAT_ID: LTEwMDE4NzczNDU1MjE=
''', (_t := telegram()), enc=b64(_t))

add("blind-nl/k8s-secret/decoy-empty-data", "hawler-mafur/deploy/k8s/bots-secret.template.yaml", K8S_SECRET, r'''
# قاڵب - بەهاکان لە CI بە kubectl create secret پڕ دەکرێنەوە
apiVersion: v1
kind: Secret
metadata:
  name: mafur-bots
  namespace: mafur-shop
type: Opaque
stringData:
  ORDERS_BOT_TOKEN: ""
  WORKSHOP_CHAT_ID: ""
''')

add("blind-nl/k8s-secret/string-data-mongo", "sulaimani-chay/deploy/k8s/mongo-secret.yaml", K8S_SECRET, r'''
apiVersion: v1
kind: Secret
metadata:
  name: tracking-mongo
  namespace: chay
type: Opaque
stringData:
  # شوێنکەوتنی بارەکان
  MONGO_URL: mongodb+srv://tracking:@@secret@@@cluster0.x7kq2.mongodb.net/tracking?retryWrites=true
''', rand_pw(20))

add("blind-nl/json/docker-config-auth", "sulaimani-chay/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#configure-the-credential-store", r'''
{
  "auths": {
    "registry.slemanichay.iq": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
''', b64("deployer:" + words_pw()))

add("blind-nl/json/decoy-credstore", "hawler-mafur/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "ghcr.io": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''')

add("blind-nl/netrc/password", "sulaimani-chay/ops/home/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", r'''
# ftp ی بریکاری گومرگ و git
machine ftp.customs-broker.iq
  login slemanichay
  password @@secret@@
machine git.slemanichay.iq
  login hejar
  password ${GIT_TOKEN}
''', rand_pw(16))

add("blind-nl/shell/heredoc-git-credentials", "hawler-mafur/ops/bootstrap-builder.sh", "https://git-scm.com/docs/git-credential-store#_storage_format", r'''
#!/bin/sh
# ئامادەکردنی سێرڤەری بنیاتنان (build) بۆ کۆگای GitLab
set -e
git config --global credential.helper store
cat > "$HOME/.git-credentials" <<'EOF'
https://rezan:@@secret@@@gitlab.com
EOF
chmod 600 "$HOME/.git-credentials"
git clone https://gitlab.com/hawlermafur/shop.git /srv/build/shop
''', gitlab())

add("blind-nl/gitconfig/decoy-credential-helper", "hawler-mafur/ops/home/.gitconfig", "https://git-scm.com/docs/gitcredentials", r'''
[user]
	name = Rezan Ahmed
	email = rezan@hawlermafur.krd
[credential]
	helper = cache --timeout=3600
[credential "https://gitlab.com"]
	username = rezan
[url "git@gitlab.com:"]
	insteadOf = https://gitlab.com/
''')

add("blind-nl/ini/decoy-pip-conf", "hawler-mafur/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
# پاکێجە تایبەتەکانی کارگە؛ ناسنامە لە keyring دایە
[global]
index-url = https://pypi.org/simple
extra-index-url = https://pkgs.hawlermafur.krd/simple
timeout = 30

[install]
trusted-host = pkgs.hawlermafur.krd
''')

add("blind-nl/ini/pip-conf-password", "sulaimani-chay/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/", r'''
[global]
# پاکێجی تایبەتی ژمێریاری
index-url = https://pypi.org/simple
extra-index-url = https://ci:@@secret@@@nexus.slemanichay.iq/repository/pypi-internal/simple
timeout = 60
''', rand_pw(22))

add("blind-nl/xml/maven-settings", "hawler-mafur/erp/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r'''
<settings>
  <!-- کۆگای پاکێجی ناوخۆی کارگە -->
  <servers>
    <server>
      <id>mafur-nexus</id>
      <username>ci-publisher</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
''', words_pw())

add("blind-nl/xml/decoy-maven-encrypted", "sulaimani-chay/customs/.mvn/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r'''
<settings>
  <!-- وشەی نهێنی بە mvn -ep شێوەی شاراوەی پێدراوە؛ کلیلی سەرەکی لە settings-security.xml ی ئامێرەکەیە -->
  <servers>
    <server>
      <id>chay-nexus</id>
      <username>ci</username>
      <password>{@@ct@@}</password>
    </server>
  </servers>
</settings>
''', ct=b64_bytes(33))

add("blind-nl/xml/web-config", "sulaimani-chay/LegacyPos/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- سیستەمی فرۆشتنی کۆنی دوکانی بازاڕ -->
  <connectionStrings>
    <add name="Pos" providerName="System.Data.SqlClient"
         connectionString="Data Source=POS-SRV\SQLEXPRESS;Initial Catalog=Pos;User ID=sa;Password=@@secret@@" />
  </connectionStrings>
  <appSettings>
    <add key="StoreName" value="دوکانی چای بازاڕ" />
  </appSettings>
</configuration>
''', words_pw())

add("blind-nl/xml/decoy-integrated-security", "hawler-mafur/Reports/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- ڕاپۆرتی فرۆشتن؛ ناسنامەی ویندۆز بەکاردێت، وشەی نهێنی نییە -->
  <connectionStrings>
    <add name="Sales" connectionString="Server=REPORTS01;Database=MafurSales;Integrated Security=SSPI;Encrypt=True" />
  </connectionStrings>
</configuration>
''')

add("blind-nl/env/azure-storage", "sulaimani-chay/invoices/.env", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
# هەڵگرتنی پسوڵەکان و بەڵگەنامەی گومرگ
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=slemanichaydocs;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
INVOICE_CONTAINER=invoices
CUSTOMS_CONTAINER=customs
LOG_LEVEL=info
''', azure_storage_key())

add("blind-nl/env/decoy-azurite", "sulaimani-chay/invoices/.env.local", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", r'''
# Azurite (لاسایی ناوخۆیی) - کلیلی بڵاوکراوەی بەڵگەنامەی مایکرۆسۆفت
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
INVOICE_CONTAINER=invoices
CUSTOMS_CONTAINER=customs
LOG_LEVEL=debug
''')

add("blind-nl/python/anthropic", "sulaimani-chay/tools/translate_labels.py", "https://docs.anthropic.com/en/api/client-sdks", r'''
"""وەرگێڕانی لیبڵی پاکەتی چا بۆ کوردی و عەرەبی"""
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def translate(text: str, lang: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                 messages=[{"role": "user", "content": f"Translate to {lang}: {text}"}])
    return msg.content[0].text
''', anthropic_key())

add("blind-nl/python/huggingface", "hawler-mafur/research/pattern_classifier.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", r'''
"""پۆلێنکردنی نەخشی فەرش لە وێنەوە"""
from huggingface_hub import login, snapshot_download

login(token="@@secret@@")
MODEL_DIR = snapshot_download("hawlermafur/kilim-patterns-vit", revision="main")

LABELS = ["هەورامی", "کەلهوڕ", "جاف", "هەرکی", "سنەیی"]
print("مۆدێل ئامادەیە:", MODEL_DIR)
''', hf_token())

add("blind-nl/python/decoy-hf-cached-login", "hawler-mafur/research/export_model.py", "https://huggingface.co/docs/huggingface_hub/guides/cli#huggingface-cli-login", r'''
"""هەناردنی مۆدێل؛ پێشتر huggingface-cli login بکە"""
from huggingface_hub import HfApi

api = HfApi()  # token لە ~/.cache/huggingface/token دەخوێنرێتەوە
api.upload_folder(folder_path="out/kilim-vit", repo_id="hawlermafur/kilim-patterns-vit",
                  commit_message="نوێکردنەوەی مۆدێل")
print("بارکرا")
''')

add("blind-nl/markdown/mailgun-note", "hawler-mafur/notes/email-provider-switch.md", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
# گواستنەوە لە Zoho بۆ Mailgun

- دۆمەین: `mg.hawlermafur.krd` (DNS تەواو کرا ١٢/١٠)
- کلیلی API: @@secret@@
- ڕێگەی ناردن: `POST https://api.eu.mailgun.net/v3/mg.hawlermafur.krd/messages`

بەرپرس: دیلان. دوای تاقیکردنەوە Zoho دادەخەین.
''', mailgun())

add("blind-nl/markdown/decoy-rotated-note", "hawler-mafur/notes/incident-2026-09.md", MARKDOWN, r'''
# ڕووداو: کلیلی Mailgun لە گرووپی تێلێگرام بڵاوکرایەوە

- کات: ٢٠٢٦-٠٩-١٤ کاتژمێر ١١:٢٠
- کلیلی کۆن (`key-...a91c`) لە ١١:٣٥ هەڵوەشێنرایەوە.
- کلیلی نوێ تەنها لە Vault دایە: `secret/mafur/mailgun`.
- SHA-256 ی کلیلی کۆن بۆ بەدواداچوون: `@@h@@`

وانە: هەرگیز کلیل لە چات مەنێرە.
''', h=hexs(64))

add("blind-nl/yaml/slack-bot-token", "sulaimani-chay/ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
# ئاگادارکردنەوەی سێرڤەرەکانی کۆگا
route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#chay-ops"
''', slack_bot())

add("blind-nl/yaml/decoy-alertmanager-file", "hawler-mafur/ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
# ئاگادارکردنەوەکانی کارگە - URL لە فایلی جیاوازدایە
route:
  receiver: workshop
receivers:
  - name: workshop
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#mafur-alerts"
        send_resolved: true
''')

add("blind-nl/systemd/environment-password", "sulaimani-chay/ops/systemd/chay-sync.service", SYSTEMD, r'''
[Unit]
Description=هاوکاتکردنی کۆگا لەگەڵ فرۆشگا
After=network-online.target

[Service]
User=chay
Environment=SYNC_DB_URL=mysql://sync:@@secret@@@127.0.0.1:3306/chay_shop
ExecStart=/opt/chay/bin/sync --interval 300
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', rand_pw(18))

add("blind-nl/systemd/decoy-credential-file", "hawler-mafur/ops/systemd/mafur-web.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=ماڵپەڕی کارگەی فەرش
After=network-online.target

[Service]
User=mafur
EnvironmentFile=/etc/mafur/web.env
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/mafur-db
ExecStart=/opt/mafur/venv/bin/gunicorn shop.wsgi -b 127.0.0.1:8000

[Install]
WantedBy=multi-user.target
''')

add("blind-nl/terraform/tfvars-password", "hawler-mafur/infra/prod.tfvars", TERRAFORM, r'''
# بەهاکانی بەرهەمهێنان - کارگەی فەرش
region          = "eu-central-1"
db_instance     = "db.t4g.small"
db_username     = "mafur_admin"
db_password     = "@@secret@@"
media_bucket    = "hawler-mafur-media"
''', words_pw())

add("blind-nl/terraform/decoy-random-password", "hawler-mafur/infra/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
# وشەی نهێنی بە terraform دروست دەکرێت و لە Secrets Manager هەڵدەگیرێت
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
''')

add("blind-nl/html/basic-auth-url", "hawler-mafur/docs/internal/camera-feeds.html", HTML, r'''
<!DOCTYPE html>
<html lang="ckb" dir="rtl">
<head><meta charset="utf-8"><title>کامێراکانی کارگە</title></head>
<body>
  <h1>کامێرای هۆڵی چنین</h1>
  <img src="http://viewer:@@secret@@@192.168.10.31/cgi-bin/mjpg/video.cgi?channel=1" alt="هۆڵی ١">
  <p>تەنها بۆ تۆڕی ناوخۆ.</p>
</body>
</html>
''', rand_pw(12))

add("blind-nl/html/decoy-form-placeholder", "sulaimani-chay/web/templates/login.html", HTML, r'''
<!DOCTYPE html>
<html lang="ckb" dir="rtl">
<head><meta charset="utf-8"><title>چوونەژوورەوە</title></head>
<body>
  <form method="post" action="/login">
    <input name="email" type="email" placeholder="ئیمەیڵ">
    <input name="password" type="password" placeholder="وشەی نهێنی" value="">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <button>چوونەژوورەوە</button>
  </form>
</body>
</html>
''')

# ---------------------------------------------------------------- split, embedded and encoded values

add("blind-nl/python/split-literal", "sulaimani-chay/jobs/customs_sync.py", LIBPQ, r'''
"""هاوکاتکردنی بەیاننامەکانی گومرگ لەگەڵ کۆگا"""
import psycopg

# وشەی نهێنی دابەش کراوە بۆ ئەوەی هێڵەکە درێژ نەبێت
DB_PASSWORD = ("@@a@@"
               "@@b@@")
conn = psycopg.connect(host="10.20.0.14", dbname="warehouse", user="customs_sync", password=DB_PASSWORD)

with conn.cursor() as cur:
    cur.execute("select count(*) from customs_entries where cleared_at is null")
    print("بەیاننامەی کراوە:", cur.fetchone()[0])
''', (_p := rand_pw(26)), a=_p[:13], b=_p[13:])

add("blind-nl/js/json-in-string", "sulaimani-chay/web/scripts/seed-config.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/JSON/parse", r'''
// ڕێکخستنی سەرەتایی بۆ ژینگەی نوێ
const raw = '{"shop":"slemanichay","smtp":{"user":"noreply@slemanichay.iq","pass":"@@secret@@"},"lang":"ckb"}';
const cfg = JSON.parse(raw);

module.exports = function seed(app) {
  app.set("smtp", cfg.smtp);
  app.set("lang", cfg.lang);
};
''', words_pw())

add("blind-nl/python/json-in-env-string", "hawler-mafur/jobs/export_gsheets.py", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
"""ناردنی ڕاپۆرتی فرۆشتن بۆ Google Sheets"""
import json

import gspread

SERVICE_ACCOUNT = json.loads("""{"type": "service_account", "project_id": "hawler-mafur",
 "private_key_id": "@@kid@@",
 "private_key": "@@key@@",
 "client_email": "sheets@hawler-mafur.iam.gserviceaccount.com"}""")
gc = gspread.service_account_from_dict(SERVICE_ACCOUNT)
gc.open("فرۆشتنی مانگانە").sheet1.append_row(["2026-11", 14, 28400])
''', (_k := pem("RSA").replace("\n", "\\n")), kid=hexs(40), key=_k)

add("blind-nl/env/base64-value", "sulaimani-chay/mobile-backend/.env.staging", DOTENV, r'''
# ستەیجینگی ئەپی کڕیاران
NODE_ENV=staging
PORT=8080
# JSON ی Firebase Admin بە base64
FIREBASE_SERVICE_ACCOUNT_B64=@@enc@@
FCM_TOPIC=tea-offers
''', (_k := pem("RSA").replace("\n", "\\n")), enc=b64('{"type":"service_account","project_id":"slemani-chay","private_key":"' + _k + '"}'))

add("blind-nl/env/decoy-base64-public", "sulaimani-chay/mobile-backend/.env.example", DOTENV, r'''
NODE_ENV=development
PORT=8080
# کلیلی گشتی VAPID بۆ push (نهێنی نییە؛ کلیلی تایبەت لە Vault)
VAPID_PUBLIC_KEY=B@@vp@@
VAPID_PRIVATE_KEY=
FIREBASE_SERVICE_ACCOUNT_B64=
''', vp=rand_pw(86).replace("+", "-"))

add("blind-nl/shell/heredoc-pgpass", "sulaimani-chay/ops/setup-reporting-host.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
#!/usr/bin/env bash
# ئامادەکردنی ئامێری ڕاپۆرت بۆ بەشی ژمێریاری
set -euo pipefail
apt-get install -y postgresql-client
cat > /home/reports/.pgpass <<EOF
10.20.0.14:5432:warehouse:reporting:@@secret@@
EOF
chown reports: /home/reports/.pgpass && chmod 600 /home/reports/.pgpass
''', rand_pw(20))

add("blind-nl/shell/decoy-heredoc-template", "hawler-mafur/ops/setup-dev.sh", DOTENV, r'''
#!/usr/bin/env bash
# دروستکردنی .env بۆ گەشەپێدەری نوێ - بەهاکان خۆت پڕ بکەرەوە
cat > .env <<'EOF'
POSTGRES_PASSWORD=changeme
DJANGO_SECRET_KEY=dev-only-not-secret
TELEGRAM_BOT_TOKEN=
EOF
echo "ئێستا .env بکەرەوە و بەهاکان بگۆڕە"
''')

add("blind-nl/yaml/url-with-password", "sulaimani-chay/config/celery.yaml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# کارە پاشبنەماکان: ناردنی پسوڵە، نوێکردنەوەی نرخ
broker_url: amqp://chay:@@secret@@@rabbit.slemanichay.internal:5672/chay
result_backend: redis://cache.slemanichay.internal:6379/1
task_default_queue: chay
timezone: Asia/Baghdad
beat_schedule:
  refresh_prices: {task: prices.refresh, schedule: 3600}
''', rand_pw(22))

add("blind-nl/yaml/decoy-url-no-password", "hawler-mafur/config/celery.yaml", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
# کارە پاشبنەماکانی کارگە
broker_url: redis://localhost:6379/0
result_backend: redis://localhost:6379/1
broker_transport_options:
  visibility_timeout: 3600
timezone: Asia/Baghdad
''')

add("blind-nl/python/redis-url", "hawler-mafur/shop/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", r'''
"""کاشی کاتالۆگ"""
import redis

r = redis.Redis.from_url("rediss://default:@@secret@@@redis-13442.c1.eu-central-1-1.ec2.redns.redis-cloud.com:13442/0")


def cached_pattern(pattern_id: int) -> bytes | None:
    return r.get(f"pattern:{pattern_id}")
''', redis_pw())

add("blind-nl/go/redis-options", "sulaimani-chay/warehouse/internal/cache/cache.go", "https://redis.uptrace.dev/guide/go-redis.html", r'''
package cache

import "github.com/redis/go-redis/v9"

// کاشی ئاستی کۆگا
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache.slemanichay.internal:6379",
		Password: "@@secret@@",
		DB:       2,
	})
}
''', redis_pw())

add("blind-nl/go/decoy-flag-password", "sulaimani-chay/warehouse/cmd/migrate/main.go", "https://pkg.go.dev/flag", r'''
package main

import (
	"flag"
	"fmt"
)

// گواستنەوەی بنکەی زانیاری: وشەی نهێنی وەک ئاڵا دەدرێت، لێرە نییە
func main() {
	pw := flag.String("password", "", "وشەی نهێنیی بنکەی زانیاری (یان PGPASSWORD)")
	flag.Parse()
	fmt.Println("migrate:", len(*pw) > 0)
}
''')

add("blind-nl/csharp/sendgrid", "sulaimani-chay/Accounting/Services/MailService.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", r'''
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Accounting.Services;

// ناردنی ڕاپۆرتی مانگانە بۆ خاوەنی کۆمپانیا
public class MailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendAsync(string to, string subject, string body) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("reports@slemanichay.iq"), new EmailAddress(to), subject, body, null));
}
''', sendgrid())

add("blind-nl/csharp/decoy-user-secrets", "sulaimani-chay/Accounting/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
var builder = WebApplication.CreateBuilder(args);

// لە گەشەپێداندا: dotnet user-secrets set "SendGrid:ApiKey" "<کلیل>"
if (builder.Environment.IsDevelopment())
    builder.Configuration.AddUserSecrets<Program>();

var apiKey = builder.Configuration["SendGrid:ApiKey"];
builder.Services.AddSingleton(new Accounting.Services.MailOptions(apiKey ?? string.Empty));
builder.Build().Run();
''')

add("blind-nl/ruby/stripe", "hawler-mafur/rails-admin/config/initializers/stripe.rb", STRIPE, r'''
# پارەدانەوەی کڕیاران (refund) لە پانێڵی بەڕێوەبەر
require "stripe"

Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"
Rails.logger.info("Stripe ready")
''', stripe_key())

add("blind-nl/ruby/decoy-env-fetch", "hawler-mafur/rails-admin/config/initializers/sentry.rb", "https://docs.sentry.io/platforms/ruby/guides/rails/", r'''
# هەڵەکانی پانێڵی بەڕێوەبەر
Sentry.init do |config|
  config.dsn = ENV.fetch("SENTRY_DSN", nil)
  config.environment = Rails.env
  config.traces_sample_rate = 0.1
end
''')

add("blind-nl/markdown/sentence-password", "hawler-mafur/notes/new-laptop-setup.md", MARKDOWN, r'''
# ئامادەکردنی لاپتۆپی نوێ بۆ کارمەندی نووسینگە

1. ویندۆز نوێ بکەرەوە و Chrome دابمەزرێنە.
2. چوونەژوورەوە بۆ پانێڵی کۆگا: https://erp.hawlermafur.krd بە بەکارهێنەری `office` و وشەی نهێنی @@secret@@
3. چاپکەری نووسینگە زیاد بکە (192.168.10.40).
4. WhatsApp Web بۆ پەیوەندی بە کڕیاران.
''', words_pw())

add("blind-nl/markdown/decoy-sentence-reset", "sulaimani-chay/wiki/onboarding.md", MARKDOWN, r'''
# بەخێرهاتن بۆ هاوردەکاری چای سلێمانی

- هەژماری ERP لەلایەن هەژار دروست دەکرێت؛ وشەی نهێنیی یەکەم جار بە SMS دێت و دەبێت بیگۆڕیت.
- وشەی نهێنی لە هیچ شوێنێک مەینووسە؛ Bitwarden بەکاربهێنە.
- بۆ VPN: `wg-quick up chay` (کلیلی تایبەت لە ئامێری خۆتدا دروست دەکرێت).
- پەیوەندی: it@slemanichay.iq
''')

add("blind-nl/rst/api-token", "hawler-mafur/docs/source/integrations/etsy.rst", RST, r'''
Etsy
====

فرۆشگای Etsy ی کارگە هەموو ١٥ خولەک جارێک هاوکات دەکرێت.

.. code-block:: ini

   [etsy]
   shop_id = 30418842
   keystring = @@secret@@

بەرپرس: ڕێزان.
''', rand_pw(24).lower())

add("blind-nl/rst/decoy-env-doc", "sulaimani-chay/docs/source/deploy.rst", RST, r'''
دامەزراندن
==========

ئەم گۆڕاوانە پێویستن (بەهاکان لە 1Password، ڤۆڵتی ``Chay Ops``):

=====================  ==========================
``DATABASE_URL``       پەیوەندی بنکەی زانیاری
``TG_TOKEN``           تۆکنی بۆتی گومرگ
``FIB_CLIENT_SECRET``  نهێنیی پارەدان
=====================  ==========================
''')

add("blind-nl/toml/streamlit-secrets", "sulaimani-chay/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# داشبۆردی فرۆشتنی چا
[connections.warehouse]
dialect = "postgresql"
host = "10.20.0.14"
port = "5432"
database = "warehouse"
username = "dashboard"
password = "@@secret@@"
''', rand_pw(19))

add("blind-nl/toml/decoy-pyproject", "hawler-mafur/tools/mafur-patterns/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r'''
[project]
name = "mafur-patterns"
version = "0.9.2"
description = "نەخشەکانی فەرشی کوردی وەک SVG"
requires-python = ">=3.10"
dependencies = ["svgwrite>=1.4"]

[tool.uv]
publish-url = "https://upload.pypi.org/legacy/"
# token: UV_PUBLISH_TOKEN لە CI
''')

add("blind-nl/jenkins/groovy-password", "hawler-mafur/erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r'''
pipeline {
    agent any
    environment {
        // بنیاتنانی ERP ی کارگە
        NEXUS_USER = 'ci-publisher'
        NEXUS_PASS = '@@secret@@'
    }
    stages {
        stage('Build') { steps { sh 'mvn -B package' } }
        stage('Publish') { steps { sh 'mvn -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
    }
}
''', rand_pw(20))

add("blind-nl/jenkins/decoy-credentials-binding", "sulaimani-chay/customs/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", r'''
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                // ناسنامە لە Jenkins Credentials دایە
                withCredentials([usernamePassword(credentialsId: 'chay-nexus', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'mvn -B deploy -s .mvn/settings.xml'
                }
            }
        }
    }
}
''')

add("blind-nl/azure-pipelines/storage-key", "sulaimani-chay/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", r'''
trigger: [main]
pool:
  vmImage: ubuntu-latest
variables:
  STORAGE_ACCOUNT: slemanichaydocs
  STORAGE_KEY: "@@secret@@"
steps:
  - script: |
      # بارکردنی پسوڵەکان
      az storage blob upload-batch -d invoices -s out/ --account-name $(STORAGE_ACCOUNT) --account-key $(STORAGE_KEY)
''', azure_storage_key())

add("blind-nl/bitbucket/decoy-secured-variable", "hawler-mafur/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", r'''
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: بڵاوکردنەوە
          script:
            - pip install twine build
            - python -m build
            - twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
''')

add("blind-nl/circleci/github-fine-grained", "sulaimani-chay/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", r'''
version: 2.1
jobs:
  changelog:
    docker:
      - image: cimg/node:20.11
    environment:
      GITHUB_TOKEN: @@secret@@
    steps:
      - checkout
      - run: npx conventional-github-releaser -p angular   # گۆڕانکارییەکان بۆ GitHub
workflows:
  release: {jobs: [changelog]}
''', fakes.github_fine_grained_token(_seed()))

add("blind-nl/circleci/decoy-context", "hawler-mafur/.circleci/config.yml", "https://circleci.com/docs/contexts/", r'''
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: ./scripts/deploy.sh   # AWS_* لە context ی mafur-prod دێن
workflows:
  main:
    jobs:
      - deploy: {context: mafur-prod}
''')

add("blind-nl/makefile/command-password", "sulaimani-chay/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
# ئەرکەکانی پەرەپێدان
.PHONY: dump restore

dump:
	PGPASSWORD=@@secret@@ pg_dump -h 10.20.0.14 -U kogha warehouse > dump.sql

restore:
	psql -h localhost -U postgres warehouse_dev < dump.sql
''', rand_pw(20))

add("blind-nl/makefile/decoy-env-var", "hawler-mafur/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
# ئەرکەکان - وشەی نهێنی لە .env دەخوێنرێتەوە
include .env
export

dump:
	PGPASSWORD=$(POSTGRES_PASSWORD) pg_dump -h $(POSTGRES_HOST) -U $(POSTGRES_USER) $(POSTGRES_DB) > dump.sql

test:
	pytest -q
''')

add("blind-nl/crontab/ftp-password", "sulaimani-chay/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# کارە خولییەکانی سێرڤەری کۆگا
SHELL=/bin/bash
MAILTO=it@slemanichay.iq
# ناردنی بەڵگەنامەی گومرگ هەموو ٢ کاتژمێر جارێک
0 */2 * * * lftp -u slemanichay,'@@secret@@' sftp://sftp.customs-broker.iq -e "mirror -R /srv/customs/out /inbox; quit"
30 2 * * * /opt/chay/bin/backup.sh
''', rand_pw(15, "!#"))

add("blind-nl/perl/decoy-config-file", "hawler-mafur/legacy/cgi-bin/stock.pl", "https://metacpan.org/pod/DBI", r'''
#!/usr/bin/perl
# ڕاپۆرتی کۆنی کۆگای خوری
use strict;
use DBI;
use Config::Tiny;
my $cfg = Config::Tiny->read('/etc/mafur/db.ini');
my $dbh = DBI->connect("dbi:mysql:looms", $cfg->{db}{user}, $cfg->{db}{password}) or die;
print "Content-Type: text/plain\n\n";
''')

add("blind-nl/perl/dbi-password", "hawler-mafur/legacy/cgi-bin/wool.pl", "https://metacpan.org/pod/DBI", r'''
#!/usr/bin/perl
# کۆگای خوری ڕەنگکراو
use strict;
use DBI;
my $dbh = DBI->connect("dbi:mysql:database=looms;host=localhost", "wool", "@@secret@@", { RaiseError => 1 });
my $rows = $dbh->selectall_arrayref("SELECT colour, kilos FROM wool_stock");
print "Content-Type: text/plain\n\n";
print "$_->[0]: $_->[1]\n" for @$rows;
''', rand_pw(13))

add("blind-nl/dart/api-key", "sulaimani-chay/customer_app/lib/config.dart", "https://dart.dev/language/variables#final-and-const", r'''
// ئەپی کڕیارانی چا (Flutter)
class AppConfig {
  static const apiBase = 'https://api.slemanichay.iq';
  static const mapsKey = '@@secret@@';
  static const supportPhone = '+9647701234567';
  static const defaultLocale = 'ckb';
}
''', google_key())

add("blind-nl/dart/decoy-dart-define", "hawler-mafur/mobile/lib/env.dart", "https://dart.dev/guides/environment-declarations", r'''
// بەهاکان لە کاتی build دا: flutter build apk --dart-define=API_KEY=...
class Env {
  static const apiKey = String.fromEnvironment('API_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');
  static const apiBase = 'https://api.hawlermafur.krd';
}
''')

# ---------------------------------------------------------------- servers, clients and network gear

add("blind-nl/wireguard/private-key", "sulaimani-chay/ops/vpn/wg-bakrajo.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN ی کۆگای بەکرەجۆ بۆ نووسینگەی ناوەندی
[Interface]
Address = 10.66.0.3/24
PrivateKey = @@secret@@
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.slemanichay.iq:51820
AllowedIPs = 10.20.0.0/16, 10.66.0.0/24
PersistentKeepalive = 25
''', b64_bytes(32), pub=b64_bytes(32))

add("blind-nl/wireguard/decoy-public-only", "hawler-mafur/ops/vpn/peers.md", "https://www.wireguard.com/quickstart/", r'''
# هاوبەشەکانی VPN ی کارگە (تەنها کلیلی گشتی)

| ئامێر | IP | کلیلی گشتی |
|-------|----|------------|
| لاپتۆپی ڕێزان | 10.77.0.2 | `@@p1@@` |
| ئامێری چنینی ٧ | 10.77.0.17 | `@@p2@@` |
| مۆبایلی دیلان | 10.77.0.5 | `@@p3@@` |

کلیلی تایبەت لە هەر ئامێرێکدا بە `wg genkey` دروست دەکرێت و هەرگیز ناگوازرێتەوە.
''', p1=b64_bytes(32), p2=b64_bytes(32), p3=b64_bytes(32))

add("blind-nl/ini/mysql-client-cnf", "hawler-mafur/ops/home/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
# بۆ پاشەکەوتی شەوانە
[client]
host=127.0.0.1
user=loom_backup
password="@@secret@@"

[mysqldump]
single-transaction
''', rand_pw(18))

add("blind-nl/conf/redis-requirepass", "sulaimani-chay/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", r'''
# کاشی کۆگا - سێرڤەری ناوخۆ
bind 10.20.0.21
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 2gb
maxmemory-policy allkeys-lru
''', redis_pw())

add("blind-nl/conf/decoy-redis-include", "hawler-mafur/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config/", r'''
# کاشی کاتالۆگ - وشەی نهێنی لە ACL فایلە جیاکە
bind 127.0.0.1
port 6379
protected-mode yes
aclfile /etc/redis/users.acl
maxmemory 512mb
maxmemory-policy allkeys-lru
''')

add("blind-nl/ini/grafana-admin", "sulaimani-chay/ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", r'''
; داشبۆردی چاودێری کۆگا و سێرڤەرەکان
[server]
domain = grafana.slemanichay.iq
root_url = https://grafana.slemanichay.iq/

[security]
admin_user = admin
admin_password = @@secret@@
''', words_pw())

add("blind-nl/ini/decoy-grafana-file-ref", "hawler-mafur/ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", r'''
; داشبۆردی کارگە
[server]
domain = grafana.hawlermafur.krd

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin}
secret_key = $__env{GF_SECRET_KEY}
''')

add("blind-nl/yaml/prometheus-basic-auth", "sulaimani-chay/ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: warehouse-api
    scheme: https
    basic_auth:
      username: prometheus
      password: @@secret@@
    static_configs:
      - targets: ["api.slemanichay.iq"]   # API ی کۆگا
''', rand_pw(24))

add("blind-nl/yaml/decoy-prometheus-password-file", "hawler-mafur/ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", r'''
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: looms
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/looms.pw   # وشەی نهێنی لە فایلی جیاوازدا
    static_configs:
      - targets: ["10.77.0.17:9100", "10.77.0.18:9100"]
''')

add("blind-nl/htpasswd/decoy-bcrypt", "hawler-mafur/ops/nginx/.htpasswd", NGINX, r'''
rezan:$2y$10$@@h1@@
dilan:$2y$10$@@h2@@
office:$apr1$@@s3@@$@@h3@@
viewer:$2y$10$@@h4@@
camera:$2y$10$@@h5@@
''', h1=rand_pw(53), h2=rand_pw(53), s3=rand_pw(8), h3=rand_pw(22), h4=rand_pw(53), h5=rand_pw(53))

add("blind-nl/nginx/basic-auth-header", "sulaimani-chay/ops/nginx/erp-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# پرۆکسی بۆ ERP ی کۆن کە تەنها Basic Auth وەردەگرێت
server {
    listen 443 ssl;
    server_name erp.slemanichay.iq;
    location / {
        proxy_pass http://10.20.0.30:8069;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host $host;
    }
}
''', b64("odoo_proxy:" + words_pw()))

add("blind-nl/ansible/inventory-password", "sulaimani-chay/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
# سێرڤەرەکانی هاوردەکاری چا
[warehouse]
bakrajo-01 ansible_host=10.20.0.11
bakrajo-02 ansible_host=10.20.0.12

[pos]
bazar-pos ansible_host=192.168.5.10 ansible_user=Administrator ansible_password=@@secret@@ ansible_connection=winrm

[all:vars]
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("blind-nl/ansible/decoy-inventory-vault", "hawler-mafur/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
# سێرڤەرەکانی کارگە
[web]
mafur-web-01 ansible_host=10.77.0.10

[looms]
loom-07 ansible_host=10.77.0.17 ansible_user=pi

[all:vars]
ansible_become_password="{{ vault_become_password }}"
''')

add("blind-nl/xml/filezilla-base64", "sulaimani-chay/ops/notes/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.customs-broker.iq</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>slemanichay</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>بریکاری گومرگ</Name>
    </Server>
  </Servers>
</FileZilla3>
''', (_p := rand_pw(16)), enc=b64(_p))

add("blind-nl/ini/decoy-winscp-no-password", "sulaimani-chay/ops/notes/WinSCP.ini", "https://winscp.net/eng/docs/ui_pref_storage", r'''
[Sessions\slemanichay@sftp.customs-broker.iq]
HostName=sftp.customs-broker.iq
UserName=slemanichay
PublicKeyFile=C:%5CUsers%5Chejar%5C.ssh%5Ccustoms.ppk
FSProtocol=2
; وشەی نهێنی پاشەکەوت نەکراوە
''')

add("blind-nl/conf/msmtp-password", "hawler-mafur/ops/home/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
# ناردنی ئیمەیڵی ئاگادارکردنەوەی پاشەکەوت
defaults
auth on
tls on
account mafur
host smtp.zoho.eu
port 587
from backup@hawlermafur.krd
user backup@hawlermafur.krd
password @@secret@@
account default : mafur
''', words_pw())

add("blind-nl/conf/decoy-msmtp-passwordeval", "sulaimani-chay/ops/home/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", r'''
# ناردنی ئیمەیڵی ڕاپۆرت
defaults
auth on
tls on
account chay
host smtp.gmail.com
port 587
user reports@slemanichay.iq
passwordeval "secret-tool lookup service msmtp user reports"
account default : chay
''')

add("blind-nl/properties/android-signing", "hawler-mafur/mobile/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", r'''
# واژۆکردنی ئەپی کارگە بۆ Google Play
storeFile=/home/rezan/keys/mafur-upload.jks
keyAlias=upload
keyPassword=@@secret@@
storePassword=@@secret@@
''', rand_pw(16))

add("blind-nl/properties/decoy-gradle-env", "sulaimani-chay/driver-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", r'''
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
# واژۆ: بەهاکان لە CI بە ORG_GRADLE_PROJECT_* دێن
signingStorePassword=
signingKeyPassword=
''')

add("blind-nl/json/postman-collection", "sulaimani-chay/api-tests/customs.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", r'''
{
  "info": { "name": "API ی گومرگ", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "@@secret@@", "type": "string" } ]
  },
  "item": [
    { "name": "بارەکان", "request": { "method": "GET", "url": "https://api.customs-broker.iq/v2/shipments?importer=slemanichay" } }
  ]
}
''', "cbk_" + rand_pw(40))

add("blind-nl/json/decoy-postman-variable", "hawler-mafur/api-tests/shop.postman_collection.json", "https://learning.postman.com/docs/sending-requests/variables/variables/", r'''
{
  "info": { "name": "API ی فرۆشگای فەرش", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "{{shop_api_token}}", "type": "string" } ]
  },
  "item": [
    { "name": "نەخشەکان", "request": { "method": "GET", "url": "{{base_url}}/api/patterns" } }
  ]
}
''')

add("blind-nl/json/vscode-sqltools", "hawler-mafur/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "بنکەی زانیاری چنین",
      "driver": "MySQL",
      "server": "10.77.0.10",
      "port": 3306,
      "database": "looms",
      "username": "loom",
      "password": "@@secret@@"
    }
  ]
}
''', rand_pw(16, "!%_"))

add("blind-nl/json/decoy-vscode-ask", "sulaimani-chay/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "کۆگا",
      "driver": "PostgreSQL",
      "server": "10.20.0.14",
      "database": "warehouse",
      "username": "analyst",
      "askForPassword": true
    }
  ]
}
''')

add("blind-nl/python/digitalocean-token", "hawler-mafur/ops/snapshot_droplets.py", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
"""وێنەی هەفتانەی سێرڤەرەکانی کارگە لە DigitalOcean"""
import requests

DO_TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {DO_TOKEN}"}

for droplet in requests.get("https://api.digitalocean.com/v2/droplets?tag_name=mafur", headers=HEADERS).json()["droplets"]:
    requests.post(f"https://api.digitalocean.com/v2/droplets/{droplet['id']}/actions",
                  headers=HEADERS, json={"type": "snapshot", "name": f"{droplet['name']}-weekly"})
    print("وێنە گیرا:", droplet["name"])
''', "dop_v1_" + hexs(64))

add("blind-nl/shell/cloudflare-token", "sulaimani-chay/ops/purge-cache.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
#!/usr/bin/env bash
# سڕینەوەی کاشی Cloudflare دوای نوێکردنەوەی نرخەکان
ZONE=4f1c0e9a7d2b4b7e8a1f0c3d5e6a7b8c
curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache" \
  -H "Authorization: Bearer @@secret@@" \
  -H "Content-Type: application/json" \
  --data '{"purge_everything":true}'
echo "کاش سڕایەوە"
''', rand_pw(40, "_-"))

add("blind-nl/shell/decoy-cloudflare-env", "hawler-mafur/ops/purge-cache.sh", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
#!/usr/bin/env bash
# سڕینەوەی کاشی وێنەکانی فەرش
: "${CF_API_TOKEN:?CF_API_TOKEN دیاری نەکراوە}"
curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/${CF_ZONE_ID}/purge_cache" \
  -H "Authorization: Bearer ${CF_API_TOKEN}" \
  -H "Content-Type: application/json" \
  --data '{"files":["https://hawlermafur.krd/media/catalog.json"]}'
''')

add("blind-nl/js/algolia-admin-key", "hawler-mafur/tools/reindex-catalog.js", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
// نوێکردنەوەی ئیندێکسی گەڕان بۆ کاتالۆگی فەرش
const algoliasearch = require("algoliasearch");

const client = algoliasearch("K7Q2M4X9PL", "@@secret@@");
const index = client.initIndex("carpets_ckb");

async function reindex(items) {
  await index.replaceAllObjects(items, { autoGenerateObjectIDIfNotExist: true });
  console.log("ئیندێکس نوێ کرایەوە", items.length);
}
module.exports = { reindex };
''', hexs(32))

add("blind-nl/js/decoy-algolia-search-key", "hawler-mafur/frontend/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// گەڕان لە بڕواکار - کلیلی search-only (گشتییە، تەنها خوێندنەوە)
import algoliasearch from "algoliasearch/lite";

const searchClient = algoliasearch("K7Q2M4X9PL", "@@k@@");
export const index = searchClient.initIndex("carpets_ckb");
export const placeholder = "گەڕان بۆ فەرش...";
''', k=hexs(32))

add("blind-nl/python/datadog-key", "sulaimani-chay/jobs/metrics.py", "https://docs.datadoghq.com/account_management/api-app-keys/", r'''
"""ناردنی ژمارەی بارە گەیشتووەکان بۆ Datadog"""
from datadog import initialize, statsd

initialize(api_key="@@secret@@", statsd_host="127.0.0.1", statsd_port=8125)


def shipment_arrived(origin: str) -> None:
    statsd.increment("chay.shipments.arrived", tags=[f"origin:{origin}"])
''', hexs(32))

add("blind-nl/ts/sentry-auth-token", "hawler-mafur/frontend/vite.config.ts", "https://docs.sentry.io/platforms/javascript/sourcemaps/uploading/vite/", r'''
import { defineConfig } from "vite";
import { sentryVitePlugin } from "@sentry/vite-plugin";

// بارکردنی source map بۆ Sentry
export default defineConfig({
  build: { sourcemap: true },
  plugins: [
    sentryVitePlugin({ org: "hawler-mafur", project: "shop-frontend", authToken: "@@secret@@" }),
  ],
});
''', "sntrys_" + b64('{"iat":1730000000.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"hawler-mafur"}').rstrip("=") + "_" + rand_pw(43))

add("blind-nl/ts/decoy-sentry-dsn-public", "sulaimani-chay/web/src/sentry.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
import * as Sentry from "@sentry/react";

// DSN گشتییە و لە بڕواکاردا دەردەکەوێت؛ تەنها ڕێگە بە ناردنی هەڵە دەدات
Sentry.init({
  dsn: "https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456789013",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
});
''', k=hexs(32))

# ---------------------------------------------------------------- more carriers from both teams

add("blind-nl/kustomize/secret-generator-literal", "sulaimani-chay/deploy/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", r'''
# بەرهەمهێنان - هاوردەکاری چا
resources:
  - ../../base
namespace: chay
secretGenerator:
  - name: fib-payments
    literals:
      - FIB_CLIENT_ID=slemani-chay
      - FIB_CLIENT_SECRET=@@secret@@
images:
  - name: slemanichay/api
    newTag: "1.14.3"
''', uuid_s())

add("blind-nl/kustomize/decoy-env-file", "hawler-mafur/deploy/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", r'''
# بەرهەمهێنان - کارگەی فەرش؛ secrets.env لە git دا نییە (.gitignore)
resources:
  - ../../base
namespace: mafur-shop
secretGenerator:
  - name: mafur-app
    envs:
      - secrets.env
''')

add("blind-nl/helm/decoy-template-b64enc", "hawler-mafur/deploy/helm/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", r'''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "mafur.fullname" . }}
type: Opaque
data:
  # بەهاکان لە values ی نهێنیی CI دێن
  DJANGO_SECRET_KEY: {{ required "secretKey پێویستە" .Values.secretKey | b64enc | quote }}
  POSTGRES_PASSWORD: {{ .Values.postgres.password | b64enc | quote }}
''')

add("blind-nl/markdown/docker-run-env", "sulaimani-chay/bots/customs/README.md", MARKDOWN, r'''
# بۆتی گومرگ

بۆتێکی تێلێگرام کە دۆخی بارەکانی چا لە سنوور ڕادەگەیەنێت.

## کارپێکردن

```sh
docker run -d --name customs-bot --restart unless-stopped \
  -e TG_TOKEN=@@secret@@ \
  -e CUSTOMS_API=https://api.customs-broker.iq/v2 \
  slemanichay/customs-bot:latest
```
''', telegram())

add("blind-nl/markdown/curl-bearer", "hawler-mafur/docs/api/orders.md", MARKDOWN, r'''
# API ی داواکاری (ناوخۆ)

بۆ وەرگرتنی داواکارییە کراوەکان:

```sh
curl -H "Authorization: Bearer @@secret@@" \
     https://api.hawlermafur.krd/v1/orders?status=weaving
```

وەڵام: لیستی JSON، هەر داواکارییەک `pattern`، `size` و `loom` ی تێدایە.
''', "mfr_" + rand_pw(40))

add("blind-nl/markdown/decoy-curl-placeholder", "sulaimani-chay/docs/api/stock.md", MARKDOWN, r'''
# API ی کۆگا

```sh
curl -H "Authorization: Bearer $CHAY_API_TOKEN" \
     https://api.slemanichay.iq/v1/stock?warehouse=bakrajo
```

تۆکن لە پانێڵی بەڕێوەبەر دروست دەکرێت (ڕێکخستن ← API). نموونەی وەڵام:
`{"sku": "ceylon-op1", "kilos": 1240.5}`
''')

add("blind-nl/elixir/config-secret", "sulaimani-chay/tracking/config/prod.exs", "https://hexdocs.pm/phoenix/deployment.html", r'''
import Config

# شوێنکەوتنی بارەکانی چا لە ڕێگادا
config :tracking, Tracking.Repo,
  username: "tracking",
  password: "@@secret@@",
  hostname: "10.20.0.14",
  database: "tracking_prod",
  pool_size: 10
''', rand_pw(22))

add("blind-nl/elixir/decoy-runtime-env", "sulaimani-chay/tracking/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

if config_env() == :prod do
  # هەموو نهێنییەکان لە ژینگەوە
  config :tracking, TrackingWeb.Endpoint,
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")
  config :tracking, Tracking.Repo, url: System.fetch_env!("DATABASE_URL")
end
''')

add("blind-nl/renviron/api-key", "sulaimani-chay/analysis/.Renviron", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html", r'''
# شیکاری نرخی چا بە R
R_LIBS_USER=~/R/library
CHAY_DB_HOST=10.20.0.14
CHAY_DB_USER=analyst
CHAY_DB_PASSWORD=@@secret@@
TZ=Asia/Baghdad
''', words_pw())

add("blind-nl/r/decoy-keyring", "sulaimani-chay/analysis/prices.R", "https://keyring.r-lib.org/", r'''
# شیکاری نرخی چا - وشەی نهێنی لە keyring
library(DBI)
library(keyring)
con <- dbConnect(RPostgres::Postgres(), host = Sys.getenv("CHAY_DB_HOST"),
                 dbname = "warehouse", user = "analyst",
                 password = key_get("chay-warehouse", "analyst"))
prices <- dbGetQuery(con, "select month, avg(price_iqd) from tea_prices group by 1")
''')

add("blind-nl/vagrant/password", "hawler-mafur/dev/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell", r'''
# ئامێری گەشەپێدانی ناوخۆ بۆ ERP
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 8069, host: 8069
  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y postgresql
    sudo -u postgres psql -c "CREATE ROLE erp LOGIN SUPERUSER PASSWORD '@@secret@@'"
  SHELL
end
''', rand_pw(16))

add("blind-nl/properties/kafka-jaas", "sulaimani-chay/streaming/client.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", r'''
# ڕووداوەکانی کۆگا (هاتن و دەرچوونی بار)
bootstrap.servers=kafka.slemanichay.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="warehouse-events" password="@@secret@@";
acks=all
''', rand_pw(28))

add("blind-nl/yaml/elasticsearch-password", "hawler-mafur/ops/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", r'''
# ناردنی لۆگەکانی ماڵپەڕی فەرش
filebeat.inputs:
  - type: filestream
    paths: ["/var/log/mafur/*.log"]
output.elasticsearch:
  hosts: ["https://es.hawlermafur.krd:9200"]
  username: "filebeat_writer"
  password: "@@secret@@"
''', rand_pw(20))

add("blind-nl/yaml/decoy-keystore-ref", "sulaimani-chay/ops/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/keystore.html", r'''
# لۆگەکانی API ی کۆگا؛ وشەی نهێنی لە filebeat keystore
filebeat.inputs:
  - type: filestream
    paths: ["/var/log/chay/*.log"]
output.elasticsearch:
  hosts: ["https://es.slemanichay.internal:9200"]
  username: "filebeat_writer"
  password: "${ES_PWD}"
''')

add("blind-nl/shell-history/mongo-uri", "sulaimani-chay/ops/notes/hejar-mongo.history", BASH_HISTORY, r'''
mongosh --version
mongosh "mongodb+srv://cluster0.x7kq2.mongodb.net/tracking" --username tracking
mongosh "mongodb+srv://tracking:@@secret@@@cluster0.x7kq2.mongodb.net/tracking"
db.shipments.countDocuments({status: "in_transit"})
exit
''', rand_pw(20))

add("blind-nl/openvpn/auth-file", "hawler-mafur/ops/vpn/office-auth.txt", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", r'''
office-erbil
@@secret@@
# بۆ --auth-user-pass لە ئامێری نووسینگەی هەولێر
# بەکارهێنەر لە هێڵی یەکەم، وشەی نهێنی لە هێڵی دووەم
# گۆڕدرا: ٢٠٢٦-١٠-٠١
''', words_pw())

add("blind-nl/python/fcm-server-key", "sulaimani-chay/mobile-backend/push_legacy.py", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
"""ناردنی ئاگاداری بۆ ئەپی کڕیاران (ڕێگەی کۆن)"""
import requests

FCM_SERVER_KEY = "@@secret@@"


def push(topic: str, title: str, body: str) -> None:
    requests.post("https://fcm.googleapis.com/fcm/send",
                  headers={"Authorization": f"key={FCM_SERVER_KEY}"},
                  json={"to": f"/topics/{topic}", "notification": {"title": title, "body": body}}, timeout=10)
''', "AAAA" + rand_pw(7, "_-") + ":APA91b" + rand_pw(134, "_-"))

add("blind-nl/java/paypal-client-secret", "hawler-mafur/erp/src/main/java/krd/hawlermafur/erp/PayPalConfig.java", "https://developer.paypal.com/api/rest/authentication/", r'''
package krd.hawlermafur.erp;

/** پارەدانی PayPal بۆ کڕیارانی ئەوروپا */
public final class PayPalConfig {
    public static final String MODE = "live";
    public static final String CLIENT_ID = "A@@cid@@";
    public static final String CLIENT_SECRET = "@@secret@@";

    private PayPalConfig() {}
}
''', "E" + rand_pw(79, "_-"), cid=rand_pw(79, "_-"))

add("blind-nl/java/decoy-spring-value", "hawler-mafur/erp/src/main/java/krd/hawlermafur/erp/PayPalProps.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", r'''
package krd.hawlermafur.erp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** ڕێکخستنی PayPal لە ژینگەوە */
@Component
public class PayPalProps {
    @Value("${paypal.client-id}") public String clientId;
    @Value("${paypal.client-secret:}") public String clientSecret;
}
''')

add("blind-nl/python/mailchimp-key", "hawler-mafur/jobs/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""ناردنی هەواڵنامەی مانگانە: نەخشە نوێیەکانی فەرش"""
import mailchimp_marketing as mc

client = mc.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
LIST_ID = "a1f04c92be"
print(client.lists.get_list(LIST_ID)["stats"]["member_count"], "بەشداربوو")
''', hexs(32) + "-us21")

add("blind-nl/php/wp-config-db", "sulaimani-chay/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// بلۆگی چا: ڕێنمایی دروستکردنی چای کوردی
define( 'DB_NAME', 'chay_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'ckb' );
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
''', rand_pw(18, "!#%"))

add("blind-nl/lua/api-key", "hawler-mafur/ops/nginx/lua/loom_auth.lua", "https://github.com/openresty/lua-nginx-module#ngxreqget_headers", r'''
-- پشکنینی کلیلی ئامێرەکانی چنین پێش ناردن بۆ API
local LOOM_KEY = "@@secret@@"
local key = ngx.req.get_headers()["X-Loom-Key"]
if key ~= LOOM_KEY then
  ngx.log(ngx.WARN, "کلیلی هەڵە لە ", ngx.var.remote_addr)
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
''', "loom_" + rand_pw(32))

add("blind-nl/yaml/serverless-env", "sulaimani-chay/functions/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", r'''
service: chay-price-scraper
provider:
  name: aws
  runtime: python3.12
  region: me-central-1
  environment:
    # وەرگرتنی نرخی چا لە بازاڕەکانی جیهان
    TEA_PRICES_API_KEY: @@secret@@
functions:
  scrape:
    handler: handler.scrape
    events: [{schedule: rate(6 hours)}]
''', "tpk_live_" + rand_pw(36))

add("blind-nl/yaml/decoy-serverless-ssm", "hawler-mafur/functions/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", r'''
service: mafur-thumbnails
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  environment:
    # وێنۆچکەی فەرش؛ کلیل لە SSM
    CLOUDINARY_SECRET: ${ssm:/mafur/prod/cloudinary-secret}
functions:
  thumb:
    handler: index.thumb
''')

add("blind-nl/js/supabase-service-role", "hawler-mafur/tools/import-weavers.mjs", "https://supabase.com/docs/guides/api/api-keys", r'''
// هاوردەکردنی لیستی چنەرەکان بۆ Supabase
import { createClient } from "@supabase/supabase-js";
import weavers from "./weavers.json" with { type: "json" };

const supabase = createClient("https://qzkxhbrtmafur.supabase.co",
  "@@secret@@");

const { error } = await supabase.from("weavers").upsert(weavers);
console.log(error ?? `${weavers.length} چنەر زیاد کران`);
''', "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64('{"iss":"supabase","ref":"qzkxhbrtmafur","role":"service_role","iat":1727000000,"exp":2042576000}').rstrip("=") + "." + rand_pw(43, "_-"))

add("blind-nl/markdown/decoy-jwt-io-example", "hawler-mafur/docs/api/auth.md", "https://jwt.io/introduction", r'''
# ناسینەوە لە API ی کارگە

API تۆکنی JWT وەردەگرێت. نموونەی فەرمیی jwt.io (تەنها بۆ ڕوونکردنەوە):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

تۆکنی ڕاستەقینە لە `/auth/token` وەردەگیرێت و ١٥ خولەک کار دەکات.
''')

add("blind-nl/python/airtable-pat", "sulaimani-chay/jobs/supplier_sync.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
"""هاوکاتکردنی لیستی دابینکەرانی چا (سریلانکا، هیند، کینیا) لە Airtable"""
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appX4kq2M9sPLa7", "Suppliers")

for rec in table.all():
    print(rec["fields"].get("Name"), "-", rec["fields"].get("Country"))
''', "pat" + rand_pw(14) + "." + hexs(64))

add("blind-nl/go/gitea-token", "hawler-mafur/tools/mirror/main.go", "https://docs.gitea.com/development/api-usage", r'''
// ئاوێنەکردنی کۆگاکانی کارگە بۆ Gitea ی ناوخۆ
package main

import (
	"fmt"
	"net/http"
)

const giteaToken = "@@secret@@"

func main() {
	req, _ := http.NewRequest("GET", "https://git.hawlermafur.krd/api/v1/repos/search?q=mafur", nil)
	req.Header.Set("Authorization", "token "+giteaToken)
	resp, err := http.DefaultClient.Do(req)
	fmt.Println(resp, err)
}
''', hexs(40))

add("blind-nl/csharp/jwt-signing-key", "sulaimani-chay/Accounting/appsettings.Staging.json", DOTNET, r'''
{
  "Jwt": {
    "Issuer": "https://accounting.slemanichay.iq",
    "Audience": "chay-accounting",
    "SigningKey": "@@secret@@",
    "ExpiresMinutes": 60
  },
  "Company": { "Name": "هاوردەکاری چای سلێمانی" }
}
''', b64_bytes(48))

add("blind-nl/yaml/ecdsa-key-config", "hawler-mafur/config/apple-pay.yaml", "https://developer.apple.com/documentation/applepaywebmerchantregistrationapi/preparing-merchant-domains-for-verification", r'''
# Apple Pay بۆ کڕیارانی دەرەوە
merchant_id: merchant.krd.hawlermafur.shop
domain: hawlermafur.krd
payment_processing_key: |
  @@key@@
environment: production
''', (_k := pem("EC")), key=_k.replace("\n", "\n  "))

add("blind-nl/markdown/table-credentials", "sulaimani-chay/wiki/vendors/customs-broker.md", MARKDOWN, r'''
# بریکاری گومرگ - زانیاری پەیوەندی

| بابەت | بەها |
|-------|------|
| ناو | کۆمپانیای زاگرۆس بۆ کاروباری گومرگ |
| پۆرتاڵ | https://portal.customs-broker.iq |
| بەکارهێنەر | slemanichay-ops |
| وشەی نهێنی | @@secret@@ |
| تەلەفۆن | 0750 123 4567 |
''', words_pw())

add("blind-nl/toml/gitlab-runner-token", "sulaimani-chay/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2

[[runners]]
  # ڕەنەری سێرڤەری کۆگا
  name = "bakrajo-runner"
  url = "https://gitlab.com/"
  token = "@@secret@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
''', "glrt-" + rand_pw(20, "_-"))

add("blind-nl/ini/odbc-password", "sulaimani-chay/ops/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r'''
; ڕاپۆرتی ژمێریاری لە Excel و Power BI
[LedgerDSN]
Driver=ODBC Driver 18 for SQL Server
Server=sql01.slemanichay.local
Database=Ledger
UID=powerbi
PWD=@@secret@@
TrustServerCertificate=yes
''', words_pw())

add("blind-nl/notebook/decoy-sha-output", "hawler-mafur/research/image_dedupe.ipynb", JUPYTER, r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# دۆزینەوەی وێنەی دووبارەی فەرش"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream",
                "text": ["IMG_4412.jpg @@h1@@\n", "IMG_4413.jpg @@h2@@\n"]}],
   "source": ["for p in paths:\n", "    print(p.name, hashlib.sha256(p.read_bytes()).hexdigest())"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', h1=hexs(64), h2=hexs(64))

add("blind-nl/k8s-secret/dockerconfigjson", "sulaimani-chay/deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", r'''
# ڕێگەپێدان بۆ ڕاکێشانی وێنە لە کۆگای تایبەتی چا
apiVersion: v1
kind: Secret
metadata:
  name: chay-registry
  namespace: chay
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
''', (_auth := b64("puller:" + rand_pw(24))), enc=b64('{"auths":{"registry.slemanichay.iq":{"auth":"' + _auth + '"}}}'))

add("blind-nl/powershell/telegram-url", "sulaimani-chay/ops/Send-DailyReport.ps1", TELEGRAM, r'''
# ناردنی ڕاپۆرتی ڕۆژانەی فرۆشتن بۆ گرووپی بەڕێوەبەران
$report = Get-Content "D:\Reports\daily-$(Get-Date -Format yyyyMMdd).txt" -Raw -Encoding UTF8
$uri = "https://api.telegram.org/bot@@secret@@/sendMessage"
$body = @{ chat_id = -1001934412876; text = "ڕاپۆرتی ئەمڕۆ:`n$report" } | ConvertTo-Json
Invoke-RestMethod -Uri $uri -Method Post -ContentType "application/json; charset=utf-8" -Body $body
Write-Host "نێردرا"
''', telegram())

add("blind-nl/c/libcurl-userpwd", "hawler-mafur/loom-firmware/src/upload.c", "https://curl.se/libcurl/c/CURLOPT_USERPWD.html", r'''
/* ناردنی ژمارەی گرێکان لە ئامێری چنینەوە بۆ سێرڤەر */
#include <curl/curl.h>

int upload_counts(const char *json)
{
    CURL *curl = curl_easy_init();
    if (!curl) return -1;
    curl_easy_setopt(curl, CURLOPT_URL, "https://api.hawlermafur.krd/v1/looms/counts");
    curl_easy_setopt(curl, CURLOPT_USERPWD, "loom-07:@@secret@@");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : -1;
}
''', rand_pw(20))

add("blind-nl/env/openai", "hawler-mafur/chatbot/.env", DOTENV, r'''
# بۆتی وەڵامدانەوەی پرسیاری کڕیاران دەربارەی فەرش (کوردی/ئینگلیزی)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
BOT_LANGS=ckb,en
MAX_TOKENS=600
''', openai())

add("blind-nl/js/split-concat", "sulaimani-chay/bots/offers/index.js", "https://telegraf.js.org/", r'''
// بۆتی ئۆفەری چا - هەموو هەینییەک
const { Telegraf } = require("telegraf");

const bot = new Telegraf("@@a@@" +
  "@@b@@");

bot.command("offers", (ctx) => ctx.reply("ئۆفەری ئەم هەفتەیە: چای سیلانی ٢٠٪ داشکاندن"));
bot.launch();
''', (_t := telegram()), a=_t[:20], b=_t[20:])

add("blind-nl/github-actions/slack-webhook-run", "hawler-mafur/.github/workflows/nightly-backup.yml", GHA, r'''
name: nightly-backup
on:
  schedule: [{cron: "0 23 * * *"}]
jobs:
  backup:
    runs-on: self-hosted
    steps:
      - run: ./scripts/backup_looms.sh
      - if: failure()
        # ئاگادارکردنەوە ئەگەر پاشەکەوت سەرکەوتوو نەبوو
        run: |
          curl -X POST -H 'Content-type: application/json' \
            --data '{"text":"پاشەکەوتی شەوانە شکستی هێنا"}' @@secret@@
''', slack_webhook())

add("blind-nl/sql/mysql-create-user", "hawler-mafur/db/init/02_users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- بەکارهێنەرانی بنکەی زانیاری چنین
CREATE USER IF NOT EXISTS 'loom_backup'@'localhost' IDENTIFIED BY '@@secret@@';
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON looms.* TO 'loom_backup'@'localhost';
CREATE USER IF NOT EXISTS 'grafana'@'10.77.0.%' IDENTIFIED WITH auth_socket;
GRANT SELECT ON looms.loom_counts TO 'grafana'@'10.77.0.%';
FLUSH PRIVILEGES;
''', rand_pw(18))
