"""Blind set ML: Khmer (Cambodia) teams.

A Phnom Penh microfinance lender (Chomrong MFI: loan-officer app, repayment and disbursement
systems, ABA PayWay / Bakong KHQR / Wing links, SMS reminders) and a Siem Reap temple-tour
operator (Bayon Wheels: tuk-tuk dispatch, Angkor pass and ticket bookings), with their decoys.
Generated fakes only (seeds 7410000-7419999).
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
_SEED = [7410000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert 7410000 <= _SEED[0] <= 7419999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Angkor", "Bayon", "Mekong", "Tonle", "Lotus", "Apsara", "Naga", "Kampot", "Pepper", "Sugar",
         "Palm", "Mango", "Rumdoul", "Kouprey", "Sarus", "Romduol", "Krama", "Phnom", "Sambo", "Kep"]
LOWER = ["rice", "monsoon", "lotus", "pepper", "temple", "river", "mango", "tuktuk", "sunrise", "krama",
         "palm", "silk", "lantern", "heron", "ferry", "market"]


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


def tg() -> str:
    return fakes.telegram_token(_seed())


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def ghp() -> str:
    return fakes.github_token(_seed())


def glpat() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def akid() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"sub":"officer-' + str(_rng().randint(100, 999)) + '","role":"loan_officer","iat":1794000000}').rstrip("=")
    return head + "." + body.replace("+", "-").replace("/", "_") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


S_ENV = "https://github.com/motdotla/dotenv#usage"
S_YAML = "https://yaml.org/spec/1.2.2/"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/"
S_TF = "https://developer.hashicorp.com/terraform/language"
S_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
S_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
S_PY = "https://docs.python.org/3/reference/"
S_JS = "https://nodejs.org/api/"
S_GO = "https://go.dev/ref/spec"
S_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
S_KT = "https://kotlinlang.org/docs/home.html"
S_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
S_PHP = "https://laravel.com/docs/configuration"
S_RB = "https://guides.rubyonrails.org/configuring.html"
S_RS = "https://doc.rust-lang.org/book/"
S_SWIFT = "https://developer.apple.com/documentation/swift"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/"
S_MD = "https://commonmark.org/"
S_RST = "https://docutils.sourceforge.io/rst.html"
S_HTML = "https://html.spec.whatwg.org/"
S_SQL = "https://www.postgresql.org/docs/current/sql.html"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://www.w3.org/TR/xml/"
S_DOCKER = "https://docs.docker.com/engine/reference/builder/"
S_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_TG = "https://core.telegram.org/bots/api"
S_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
S_NETRC = "https://everything.curl.dev/usingcurl/netrc"

# ---------------------------------------------------------------- loan-officer app and repayments

add("blind-ml/env/payway-api-key", "loanapp/.env.production", S_ENV, """# Chomrong MFI - loan officer API (production)
# ចំណាំ៖ កុំ commit ឯកសារនេះ (do not commit)
APP_ENV=production
APP_URL=https://officer.chomrong-mfi.com.kh
PAYWAY_MERCHANT_ID=ec462811
PAYWAY_API_KEY=@@secret@@
PAYWAY_BASE_URL=https://checkout.payway.com.kh/api/payment-gateway/v1/payments/purchase
DEFAULT_CURRENCY=KHR
""", secret=hexs(40))

add("blind-ml/env/decoy-placeholder", "loanapp/.env.example", S_ENV, """# Copy to .env and fill in (សូមបំពេញតម្លៃពិតនៅលើម៉ាស៊ីនមេ)
APP_ENV=local
APP_URL=http://localhost:8000
PAYWAY_MERCHANT_ID=
PAYWAY_API_KEY=<your-payway-api-key>
DB_PASSWORD=changeme
TELEGRAM_BOT_TOKEN=123456789:REPLACE_ME
DEFAULT_CURRENCY=KHR
""")

add("blind-ml/python/database-url", "repayments/settings/prod.py", S_PY, '''"""Production settings for the repayment ledger (ការសងប្រាក់)."""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ledger.chomrong-mfi.com.kh"]

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://ledger_app:@@secret@@@pg-prod-01.pnh.internal:5432/repayments",
        conn_max_age=600,
    )
}
TIME_ZONE = "Asia/Phnom_Penh"
''', secret=words_pw().replace("@", "!").replace("#", "!").replace("%", "!"))

add("blind-ml/python/decoy-env-reference", "repayments/settings/staging.py", S_PY, '''import os

from .base import *  # noqa

# តម្លៃទាំងអស់មកពី environment (set in the ECS task definition)
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
PAYWAY_API_KEY = os.getenv("PAYWAY_API_KEY", "")
BAKONG_TOKEN = os.getenv("BAKONG_TOKEN")
TIME_ZONE = "Asia/Phnom_Penh"
''')

add("blind-ml/python/django-secret-key", "officer_portal/officer_portal/settings.py", S_PY, '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["portal.chomrong-mfi.com.kh", "10.20.1.15"]
LANGUAGE_CODE = "km"
TIME_ZONE = "Asia/Phnom_Penh"
USE_I18N = True
''', secret=fakes.django_secret_key(_seed()))

add("blind-ml/python/decoy-django-insecure", "officer_portal/officer_portal/settings_test.py", S_PY, '''from .settings import *  # noqa

# Test-only settings; CI runs with these (សម្រាប់តែការសាកល្បង)
SECRET_KEY = "django-insecure-test-only-not-secret"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
''')

add("blind-ml/kotlin/api-key", "android/app/src/main/java/kh/com/chomrong/officer/net/ApiConfig.kt", S_KT, '''package kh.com.chomrong.officer.net

// ការកំណត់ API សម្រាប់កម្មវិធីមន្ត្រីឥណទាន
object ApiConfig {
    const val BASE_URL = "https://api.chomrong-mfi.com.kh/v2/"
    const val CREDIT_BUREAU_URL = "https://api.creditbureaucambodia.com/enquiry"
    const val CREDIT_BUREAU_KEY = "@@secret@@"
    const val TIMEOUT_SECONDS = 45L
}
''', secret="cbc_live_" + rand_pw(32))

add("blind-ml/kotlin/decoy-buildconfig", "android/app/src/main/java/kh/com/chomrong/officer/net/Keys.kt", S_KT, '''package kh.com.chomrong.officer.net

import kh.com.chomrong.officer.BuildConfig

// key ទាំងនេះត្រូវបានបញ្ចូលពេល build ពី local.properties (មិនមែនក្នុង git)
object Keys {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val bureauKey: String get() = BuildConfig.CREDIT_BUREAU_KEY
    val sentryDsn: String get() = BuildConfig.SENTRY_DSN
}
''')

add("blind-ml/properties/google-maps-key", "android/local.properties", S_GRADLE, """## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/sokha/Library/Android/sdk
MAPS_API_KEY=@@secret@@
CREDIT_BUREAU_KEY=
""", secret=google_key())

add("blind-ml/gradle/decoy-signing-env", "android/app/signing.gradle", S_GRADLE, """// Signing config; passwords come from the CI environment (មិនដាក់ក្នុង repo)
android {
    signingConfigs {
        release {
            storeFile file(System.getenv("KEYSTORE_PATH") ?: "release.jks")
            storePassword System.getenv("KEYSTORE_PASSWORD")
            keyAlias "chomrong-officer"
            keyPassword System.getenv("KEY_PASSWORD")
        }
    }
}
""")

add("blind-ml/gradle/keystore-password", "android/gradle.properties", S_GRADLE, """org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing (Dara's laptop only)
RELEASE_STORE_FILE=../keys/chomrong-officer.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=chomrong-officer
""", secret=words_pw())

add("blind-ml/yaml/sms-gateway-password", "sms-reminders/config/gateway.yml", S_YAML, """# ការរំលឹកការសងប្រាក់តាម SMS (repayment reminders)
gateway:
  provider: smart-axiata-bulk
  endpoint: https://bulksms.smart.com.kh/api/v1/send
  sender_id: CHOMRONG
  username: chomrong_api
  password: "@@secret@@"
schedule:
  days_before_due: [3, 1]
  send_hour: 8
language: km
""", secret=rand_pw(16, "!$#"))

add("blind-ml/yaml/decoy-vault-ref", "sms-reminders/config/gateway.staging.yml", S_YAML, """gateway:
  provider: smart-axiata-bulk
  endpoint: https://sandbox.bulksms.smart.com.kh/api/v1/send
  sender_id: CHOMRONG
  username: chomrong_test
  password: "{{ vault:secret/data/sms/staging#password }}"
schedule:
  days_before_due: [1]
language: km
""")

add("blind-ml/go/bakong-token", "disburse/internal/bakong/client.go", S_GO, """package bakong

import "net/http"

// Client calls the NBC Bakong open API to check KHQR payments (ពិនិត្យការទូទាត់ KHQR).
const (
	baseURL = "https://api-bakong.nbc.gov.kh/v1"
	token   = "@@secret@@"
)

func (c *Client) auth(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
}
""", secret=jwt_like())

add("blind-ml/go/decoy-env-lookup", "disburse/internal/bakong/config.go", S_GO, """package bakong

import (
	"errors"
	"os"
)

// LoadToken reads the Bakong token from the environment; never hard-code it.
func LoadToken() (string, error) {
	t := os.Getenv("BAKONG_API_TOKEN")
	if t == "" {
		return "", errors.New("BAKONG_API_TOKEN is not set")
	}
	return t, nil
}
""")

add("blind-ml/k8s-secret/postgres-password", "deploy/k8s/ledger-db-secret.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: repayments
type: Opaque
data:
  POSTGRES_USER: bGVkZ2VyX2FwcA==
  POSTGRES_PASSWORD: @@enc@@
""", secret=(_pw := words_pw()), enc=b64(_pw))

add("blind-ml/k8s-secret/decoy-sealed", "deploy/k8s/ledger-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: repayments
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@ct@@
  template:
    metadata:
      name: ledger-db
""", ct="AgB" + fakes.drawn(_seed(), 180, ALNUM + "+/") + "==")

add("blind-ml/compose/mysql-root-password", "core-banking-bridge/docker-compose.yml", S_COMPOSE, """version: "3.8"
services:
  bridge:
    build: .
    environment:
      T24_HOST: t24-uat.chomrong.local
      DB_HOST: mysql
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: bridge
      MYSQL_ROOT_PASSWORD: @@secret@@
    volumes:
      - bridge-data:/var/lib/mysql
volumes:
  bridge-data:
""", secret=rand_pw(22))

add("blind-ml/compose/decoy-env-file", "core-banking-bridge/docker-compose.override.yml", S_COMPOSE, """services:
  mysql:
    env_file: .env.mysql   # not in git, ask Vannak
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in .env.mysql}
  bridge:
    environment:
      DB_PASSWORD: ${DB_PASSWORD}
""")

add("blind-ml/markdown/telegram-bot-token", "docs/ops/telegram-alerts.md", S_MD, """# Telegram alerts for the repayment team

ក្រុមការងារទទួលការជូនដំណឹងតាម Telegram group **Chomrong Collections**.

| Bot | Token | Group |
|-----|-------|-------|
| @chomrong_collect_bot | `@@secret@@` | -1001873344210 |

To test: `curl "https://api.telegram.org/bot<TOKEN>/getMe"`.
""", secret=tg())

add("blind-ml/markdown/decoy-token-redacted", "docs/ops/telegram-alerts-v2.md", S_MD, """# Telegram alerts (v2)

Bot token ត្រូវបានផ្លាស់ប្តូរនៅ 2026-03 ហើយរក្សាទុកក្នុង 1Password vault "Ops".

| Bot | Token | Group |
|-----|-------|-------|
| @chomrong_collect_bot | `58xxxxxxxx:AA****************************` | -1001873344210 |

The old token was revoked with @BotFather.
""")

add("blind-ml/shell/curl-telegram", "scripts/notify_overdue.sh", S_SH, """#!/usr/bin/env bash
# ផ្ញើបញ្ជីកម្ចីហួសកាលកំណត់ទៅ Telegram (overdue loans to the branch group)
set -euo pipefail
CHAT_ID="-1001873344210"
COUNT=$(psql -tA -c "select count(*) from loans where days_past_due > 30")
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id="$CHAT_ID" \\
  -d text="PAR30: ${COUNT} កម្ចី"
""", secret=tg())

add("blind-ml/shell/decoy-telegram-env", "scripts/notify_par.sh", S_SH, """#!/usr/bin/env bash
set -euo pipefail
: "${TELEGRAM_BOT_TOKEN:?export TELEGRAM_BOT_TOKEN first}"
COUNT=$(psql -tA -c "select count(*) from loans where days_past_due > 1")
curl -s -X POST "https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage" \\
  -d chat_id="${CHAT_ID:--1001873344210}" \\
  -d text="PAR1: ${COUNT}"
""")

add("blind-ml/java/jdbc-password", "t24-sync/src/main/resources/application.properties", S_JAVA, """spring.application.name=t24-sync
server.port=8085
# Core banking replica (ប្រព័ន្ធធនាគារស្នូល)
spring.datasource.url=jdbc:oracle:thin:@t24-db.chomrong.local:1521/T24PRD
spring.datasource.username=T24_READ
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=none
sync.cron=0 */15 * * * *
""", secret=words_pw())

add("blind-ml/java/decoy-jasypt", "t24-sync/src/main/resources/application-uat.properties", S_JAVA, """spring.datasource.url=jdbc:oracle:thin:@t24-uat.chomrong.local:1521/T24UAT
spring.datasource.username=T24_READ
# encrypted with jasypt; key in JASYPT_ENCRYPTOR_PASSWORD on the host
spring.datasource.password=ENC(@@ct@@)
sync.cron=0 0 * * * *
""", ct=fakes.drawn(_seed(), 44, ALNUM + "+/") + "==")

add("blind-ml/csharp/connection-string", "BranchReports/appsettings.Production.json", S_CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Reports": "Server=sql-rpt.chomrong.local;Database=BranchKPI;User Id=rpt_reader;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Branches": ["PNH-TK", "PNH-SS", "KDL", "TAK", "BTB"],
  "Culture": "km-KH"
}
""", secret=words_pw().replace(";", "!"))

add("blind-ml/csharp/decoy-user-secrets", "BranchReports/appsettings.json", S_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Reports": "Server=(localdb)\\\\MSSQLLocalDB;Database=BranchKPI;Trusted_Connection=True"
  },
  "_comment": "Production password lives in Azure Key Vault kv-chomrong-rpt (dotnet user-secrets locally)",
  "Culture": "km-KH"
}
""")

add("blind-ml/php/wing-api-secret", "collections-web/config/wing.php", S_PHP, """<?php

// Wing Money bill-payment integration (ការបង់ប្រាក់តាម Wing)
return [
    'base_url'    => 'https://api.wingmoney.com/bill-payment/v2',
    'biller_code' => '4821',
    'client_id'   => 'chomrong-mfi',
    'client_secret' => '@@secret@@',
    'timeout'     => 30,
];
""", secret=rand_pw(40))

add("blind-ml/php/decoy-wing-env", "collections-web/config/wing.staging.php", S_PHP, """<?php

return [
    'base_url'      => env('WING_BASE_URL', 'https://sandbox.wingmoney.com/bill-payment/v2'),
    'biller_code'   => env('WING_BILLER_CODE', '4821'),
    'client_id'     => env('WING_CLIENT_ID'),
    'client_secret' => env('WING_CLIENT_SECRET'),
    'timeout'       => 30,
];
""")

add("blind-ml/terraform/aws-secret-key", "infra/terraform/providers.tf", S_TF, """# ហេដ្ឋារចនាសម្ព័ន្ធ AWS ap-southeast-1 (Singapore)
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

terraform {
  backend "s3" {
    bucket = "chomrong-tfstate"
    key    = "loanapp/terraform.tfstate"
    region = "ap-southeast-1"
  }
}
""", secret=aws_secret(), kid=akid())

add("blind-ml/terraform/decoy-variable", "infra/terraform/rds.tf", S_TF, """variable "db_password" {
  description = "Master password for the ledger RDS instance (ពី TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "chomrong-ledger"
  engine            = "postgres"
  instance_class    = "db.t3.medium"
  username          = "ledger_admin"
  password          = var.db_password
  allocated_storage = 100
}
""")

add("blind-ml/sql/create-user-password", "db/migrations/0042_reporting_role.sql", S_SQL, """-- 0042: read-only role for the NBC monthly report (របាយការណ៍ប្រចាំខែ)
CREATE ROLE nbc_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE repayments TO nbc_report;
GRANT USAGE ON SCHEMA ledger TO nbc_report;
GRANT SELECT ON ALL TABLES IN SCHEMA ledger TO nbc_report;
""", secret=words_pw())

add("blind-ml/sql/decoy-scram-hash", "db/seed/roles_dump.sql", S_SQL, """-- pg_dumpall --roles-only (hashes only, no plain passwords)
CREATE ROLE ledger_app;
ALTER ROLE ledger_app WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@h1@@:@@h2@@';
CREATE ROLE nbc_report;
ALTER ROLE nbc_report WITH LOGIN NOSUPERUSER;
""", salt=base64.b64encode(random.Random(_seed()).randbytes(16)).decode(),
    h1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), h2=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ml/notebook/db-password", "analytics/par_by_province.ipynb", S_NB, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# PAR តាមខេត្ត (portfolio at risk by province)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@pg-replica.pnh.internal/repayments')\\n",
    "df = pd.read_sql('select province, sum(outstanding) from loans group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(18))

add("blind-ml/notebook/decoy-getpass", "analytics/loan_officer_kpi.ipynb", S_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('ពាក្យសម្ងាត់: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@pg-replica.pnh.internal/repayments')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- Siem Reap tuk-tuk dispatch and tickets

add("blind-ml/typescript/stripe-secret", "bayon-booking/src/server/payments.ts", S_JS, """import Stripe from "stripe";

// ការទូទាត់សំបុត្រដំណើរកម្សាន្ត (tour ticket payments in USD)
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function createCheckout(tourId: string, pax: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: tourId, quantity: pax }],
    success_url: "https://bayonwheels.com/booked?s={CHECKOUT_SESSION_ID}",
    cancel_url: "https://bayonwheels.com/tours",
  });
}
""", secret=stripe())

add("blind-ml/typescript/decoy-publishable", "bayon-booking/src/client/stripe.ts", S_JS, """import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser (អាចដាក់ក្នុង client បាន)
export const stripePromise = loadStripe("@@pk@@");

export const CURRENCY = "usd";
export const SUNRISE_TOUR_PRICE_ID = "price_1PmSunriseAngkorWat";
""", pk=stripe("pk_live_"))

add("blind-ml/env/google-maps-server-key", "dispatch-api/.env", S_ENV, """NODE_ENV=production
PORT=8080
# រកផ្លូវសម្រាប់តុកតុក (tuk-tuk routing, server key restricted by IP)
GOOGLE_MAPS_SERVER_KEY=@@secret@@
REDIS_URL=redis://dispatch-cache.srp.internal:6379/0
DISPATCH_RADIUS_M=2500
""", secret=google_key())

add("blind-ml/env/decoy-empty", "dispatch-api/.env.test", S_ENV, """NODE_ENV=test
PORT=0
GOOGLE_MAPS_SERVER_KEY=
REDIS_URL=redis://localhost:6379/15
TWILIO_AUTH_TOKEN=
DISPATCH_RADIUS_M=500
""")

add("blind-ml/javascript/redis-url-password", "dispatch-api/src/cache.js", S_JS, """const { createClient } = require("redis");

// ទីតាំងតុកតុកចុងក្រោយ (last known driver positions)
const client = createClient({
  url: "redis://default:@@secret@@@dispatch-cache.srp.internal:6379/0",
});

client.on("error", (err) => console.error("redis", err));
module.exports = client;
""", secret=fakes.redis_password(_seed()))

add("blind-ml/javascript/twilio-auth-token", "dispatch-api/src/sms.js", S_JS, """const twilio = require("twilio");

const accountSid = "@@sid@@";
const authToken = "@@secret@@"; // TODO move to env before go-live
const client = twilio(accountSid, authToken);

// ផ្ញើសារទៅអ្នកបើកតុកតុក (SMS the driver the pickup)
async function notifyDriver(phone, pickup) {
  return client.messages.create({ from: "+12015550142", to: phone, body: `Pickup: ${pickup}` });
}
module.exports = { notifyDriver };
""", secret=hexs(32), sid=twilio_sid())

add("blind-ml/javascript/decoy-twilio-env", "dispatch-api/src/sms.test.js", S_JS, """const { notifyDriver } = require("./sms");

jest.mock("twilio", () => () => ({ messages: { create: jest.fn().mockResolvedValue({ sid: "SM_fake" }) } }));

// test fixtures: fake credentials only (មិនមែនពិត)
process.env.TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
process.env.TWILIO_AUTH_TOKEN = "your_auth_token";

test("sends pickup sms", async () => {
  await expect(notifyDriver("+85512345678", "Pub Street")).resolves.toBeDefined();
});
""")

add("blind-ml/python/sendgrid-key", "booking/emails.py", S_PY, '''"""Booking confirmations (ការបញ្ជាក់ការកក់) for Angkor tours."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_confirmation(to: str, booking_ref: str, pickup: str) -> None:
    msg = Mail(from_email="bookings@bayonwheels.com", to_emails=to,
               subject=f"Your Angkor sunrise tour {booking_ref}",
               html_content=f"<p>Your tuk-tuk will meet you at {pickup} at 04:30.</p>")
    sg.send(msg)
''', secret=sendgrid())

add("blind-ml/python/decoy-sendgrid-settings", "booking/settings.py", S_PY, '''import os

SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY")  # e.g. "SG.xxxxxxxx.yyyyyyyy"
DEFAULT_FROM = "bookings@bayonwheels.com"
ANGKOR_PASS_PRICES = {"1day": 37, "3day": 62, "7day": 72}
PICKUP_LEAD_MINUTES = 20
''')

add("blind-ml/yaml/github-actions-token", ".github/workflows/deploy-booking.yml", S_GHA, """name: deploy-booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Pull shared config
        run: git clone https://x-access-token:@@secret@@@github.com/bayonwheels/shared-config.git
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
""", secret=ghp())

add("blind-ml/yaml/decoy-github-secrets", ".github/workflows/deploy-dispatch.yml", S_GHA, """name: deploy-dispatch
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ap-southeast-1
      - run: npm ci && npm run deploy
""")

add("blind-ml/swift/api-key", "DriverApp/DriverApp/Config/Secrets.swift", S_SWIFT, """import Foundation

// កម្មវិធីអ្នកបើកតុកតុក (driver app)
enum Secrets {
    static let dispatchBaseURL = URL(string: "https://dispatch.bayonwheels.com/api")!
    static let dispatchAPIKey = "@@secret@@"
    static let oneSignalAppId = "@@appid@@"
}
""", secret="bw_drv_" + rand_pw(36), appid=uuid_s())

add("blind-ml/swift/decoy-plist-lookup", "DriverApp/DriverApp/Config/AppConfig.swift", S_SWIFT, """import Foundation

enum AppConfig {
    // Value injected from the xcconfig at build time; not stored here.
    static var dispatchAPIKey: String {
        Bundle.main.object(forInfoDictionaryKey: "DISPATCH_API_KEY") as? String ?? ""
    }
    static let supportPhone = "+855 63 963 210"
}
""")

add("blind-ml/ruby/database-yml", "tickets/config/database.yml", S_RB, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: tickets-db.srp.internal
  database: angkor_tickets
  username: tickets
  password: @@secret@@
""", secret=words_pw().replace("#", "!").replace("*", "!").replace("%", "!").replace("@", "!"))

add("blind-ml/sops/decoy-encrypted-yaml", "tickets/config/secrets.prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """stripe:
    secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
database:
    password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcpt@@
    lastmodified: "2026-11-02T03:14:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), iv1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    t1=base64.b64encode(random.Random(_seed()).randbytes(16)).decode(), d2=base64.b64encode(random.Random(_seed()).randbytes(20)).decode(),
    iv2=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), t2=base64.b64encode(random.Random(_seed()).randbytes(16)).decode(),
    rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("blind-ml/ruby/smtp-password", "tickets/config/environments/production.rb", S_RB, """Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.bayonwheels.com",
    password: "@@secret@@",
    authentication: :plain
  }
  config.time_zone = "Bangkok"
end
""", secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("blind-ml/csv/decoy-driver-roster", "dispatch-api/data/drivers_roster.csv", S_CSV, """driver_id,name_km,name_en,plate,phone,license_hash
D-0107,សុខ ចាន់ថា,Sok Chantha,SR 1A-2231,+85512345601,@@h1@@
D-0112,ហេង សុផល,Heng Sophal,SR 1B-0874,+85512345602,@@h2@@
D-0118,គឹម ណារ៉ា,Kim Nara,SR 2A-5510,+85512345603,@@h3@@
D-0121,ជា វិចិត្រ,Chea Vichet,SR 1A-9902,+85512345604,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-ml/csv/api-key-column", "bayon-booking/ops/partner_hotels.csv", S_CSV, """hotel,contact,webhook_url,notes
Angkor Village Resort,frontdesk@angkorvillage.example,https://bayonwheels.com/hooks/hotel/avr,"key in vault"
Golden Temple Hotel,reservations@goldentemple.example,https://bayonwheels.com/hooks/hotel/gth,"key in vault"
Lotus Blanc,ops@lotusblanc.example,https://bayonwheels.com/hooks/hotel/lbr,"temp key @@secret@@ (Sreyneang, rotate!)"
Sala Lodges,hello@salalodges.example,https://bayonwheels.com/hooks/hotel/sal,"key in vault"
""", secret="hk_" + rand_pw(32))

add("blind-ml/log/bearer-token", "dispatch-api/logs/dispatch-2026-11-14.log", S_LOG, """2026-11-14T04:12:03+07:00 INFO  dispatch assigned booking=BW-88121 driver=D-0112 pickup="Treasure Oasis Hotel"
2026-11-14T04:12:04+07:00 DEBUG outbound POST https://partners.angkorenterprise.gov.kh/api/pass/verify headers={"Authorization": "Bearer @@secret@@", "Accept": "application/json"}
2026-11-14T04:12:05+07:00 INFO  pass verified booking=BW-88121 pass=3DAY
2026-11-14T04:12:40+07:00 WARN  driver D-0118 gps stale 95s
2026-11-14T04:13:02+07:00 INFO  dispatch assigned booking=BW-88122 driver=D-0107 pickup="Pub Street"
""", secret=rand_pw(48))

add("blind-ml/log/decoy-masked", "dispatch-api/logs/dispatch-2026-11-15.log", S_LOG, """2026-11-15T04:10:11+07:00 INFO  dispatch assigned booking=BW-88301 driver=D-0121 pickup="Shinta Mani"
2026-11-15T04:10:12+07:00 DEBUG outbound POST https://partners.angkorenterprise.gov.kh/api/pass/verify headers={"Authorization": "Bearer ***redacted***"}
2026-11-15T04:10:13+07:00 INFO  pass verified booking=BW-88301 pass=1DAY
2026-11-15T04:10:55+07:00 INFO  payment ok booking=BW-88301 ch_ref=@@ch@@
2026-11-15T04:11:20+07:00 INFO  dispatch assigned booking=BW-88302 driver=D-0107 pickup="Old Market"
""", ch="ch_3P" + fakes.drawn(_seed(), 22))

add("blind-ml/html/decoy-maps-browser-key", "bayon-booking/public/tours.html", S_HTML, """<!doctype html>
<html lang="km">
<head>
  <meta charset="utf-8">
  <title>ដំណើរកម្សាន្តប្រាសាទអង្គរ | Bayon Wheels</title>
  <!-- Maps JavaScript API: browser key restricted to bayonwheels.com referrers -->
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMap&language=km"></script>
</head>
<body><div id="map" style="height:420px"></div></body>
</html>
""", k=google_key())

add("blind-ml/html/admin-password-comment", "tickets/public/admin/login.html", S_HTML, """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Ticket desk login</title></head>
<body>
  <!-- temporary front-desk account until SSO is ready: desk / @@secret@@ -->
  <form method="post" action="/admin/session">
    <input name="user" placeholder="ឈ្មោះអ្នកប្រើ">
    <input name="password" type="password" placeholder="ពាក្យសម្ងាត់">
    <button>ចូល</button>
  </form>
</body>
</html>
""", secret=words_pw())

add("blind-ml/dockerfile/build-arg-npm-token", "bayon-booking/Dockerfile", S_DOCKER, """FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
CMD ["node", "dist/server.js"]
""", secret=npm())

add("blind-ml/dockerfile/decoy-secret-mount", "dispatch-api/Dockerfile", S_DOCKER, """# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY src ./src
ENV NODE_ENV=production
CMD ["node", "src/index.js"]
""")

add("blind-ml/npmrc/auth-token", "bayon-booking/.npmrc", S_NPMRC, """@bayonwheels:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", secret=ghp())

add("blind-ml/npmrc/decoy-env-token", "dispatch-api/.npmrc", S_NPMRC, """@bayonwheels:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
audit-level=high
fund=false
""")

add("blind-ml/json/firebase-service-account", "DriverApp/backend/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup", """{
  "type": "service_account",
  "project_id": "bayon-wheels-drivers",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-q2x7c@bayon-wheels-drivers.iam.gserviceaccount.com",
  "client_id": "104882731955620117734",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("blind-ml/helm/values-db-password", "deploy/helm/loanapp/values-prod.yaml", S_HELM, """replicaCount: 3
image:
  repository: registry.chomrong-mfi.com.kh/loanapp/api
  tag: "2.14.1"
ingress:
  host: api.chomrong-mfi.com.kh
postgresql:
  auth:
    username: loanapp
    database: loans
    password: "@@secret@@"
resources:
  limits: { cpu: "1", memory: 1Gi }
""", secret=rand_pw(24))

add("blind-ml/helm/decoy-existing-secret", "deploy/helm/loanapp/values-uat.yaml", S_HELM, """replicaCount: 1
image:
  repository: registry.chomrong-mfi.com.kh/loanapp/api
  tag: "2.15.0-rc1"
postgresql:
  auth:
    username: loanapp
    database: loans
    existingSecret: loanapp-uat-db   # key: password (ការពារក្នុង cluster)
    secretKeys:
      userPasswordKey: password
""")

add("blind-ml/ansible/become-password", "ops/ansible/group_vars/branch_servers.yml", S_ANSIBLE, """# ម៉ាស៊ីនមេតាមសាខា (branch servers: Takeo, Kandal, Battambang)
ansible_user: opsadmin
ansible_become: true
ansible_become_password: "@@secret@@"
ntp_server: 0.kh.pool.ntp.org
branch_backup_dir: /srv/backup/branch
""", secret=words_pw())

add("blind-ml/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/ledger_db.yml", S_ANSIBLE, """postgres_version: 15
postgres_listen: 0.0.0.0
postgres_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(40))

add("blind-ml/ini/odbc-password", "branch-sync/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[T24Replica]
Description = Core banking read replica (Phnom Penh DC)
Driver      = Oracle 19 ODBC driver
ServerName  = t24-db.chomrong.local:1521/T24PRD
UserID      = BRANCH_SYNC
Password    = @@secret@@
""", secret=words_pw())

add("blind-ml/ini/decoy-odbc-prompt", "branch-sync/odbc.sample.ini", "https://www.unixodbc.org/odbcinst.html", """; sample only - copy to /etc/odbc.ini on the branch server
[T24Replica]
Description = Core banking read replica
Driver      = Oracle 19 ODBC driver
ServerName  = t24-db.chomrong.local:1521/T24PRD
UserID      = BRANCH_SYNC
Password    = ********
""")

add("blind-ml/powershell/smb-credential", "ops/scripts/Backup-BranchFiles.ps1", S_PS, """# ចម្លងឯកសារកិច្ចសន្យាកម្ចីពីសាខា (copy scanned loan contracts from branches)
$user = "CHOMRONG\\svc_backup"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

foreach ($branch in @("TAK", "KDL", "BTB", "SRP")) {
    New-PSDrive -Name $branch -PSProvider FileSystem -Root "\\\\fs-$branch\\contracts" -Credential $cred | Out-Null
    robocopy "$($branch):\\" "D:\\Archive\\$branch" /MIR /R:2 /W:5
}
""", secret=words_pw())

add("blind-ml/powershell/decoy-secretstore", "ops/scripts/Backup-Ledger.ps1", S_PS, """Import-Module Microsoft.PowerShell.SecretManagement
# ពាក្យសម្ងាត់មកពី SecretStore vault (never typed here)
$cred = Get-Secret -Name "svc_backup" -Vault ChomrongOps
$stamp = Get-Date -Format "yyyyMMdd"
Invoke-Sqlcmd -ServerInstance "sql-rpt.chomrong.local" -Credential $cred `
  -Query "BACKUP DATABASE BranchKPI TO DISK = 'D:\\Backup\\BranchKPI_$stamp.bak'"
""")

add("blind-ml/yaml/gitlab-ci-token", ".gitlab-ci.yml", S_GLCI, """stages: [test, build, deploy]

variables:
  DOCKER_REGISTRY: registry.chomrong-mfi.com.kh
  DEPLOY_TOKEN: "@@secret@@"   # ប្រើបណ្ដោះអាសន្ន

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" "https://gitlab.chomrong-mfi.com.kh/api/v4/projects/12/deployments"
""", secret=glpat())

add("blind-ml/yaml/decoy-gitlab-masked", "repayments/.gitlab-ci.yml", S_GLCI, """stages: [test, deploy]

test:
  image: python:3.12
  script:
    - pytest -q

deploy:
  stage: deploy
  script:
    # $GITLAB_DEPLOY_TOKEN is a masked, protected CI/CD variable
    - curl --header "PRIVATE-TOKEN: $GITLAB_DEPLOY_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/deployments"
  only: [main]
""")

add("blind-ml/python/payway-hash-key", "collections-web/payway_client.py", S_PY, '''import base64
import hashlib
import hmac
import time

MERCHANT_ID = "ec462811"
# API key ពី ABA PayWay merchant portal (production)
PUBLIC_KEY = "@@secret@@"


def sign(*fields: str) -> str:
    req_time = time.strftime("%Y%m%d%H%M%S")
    raw = req_time + MERCHANT_ID + "".join(fields)
    mac = hmac.new(PUBLIC_KEY.encode(), raw.encode(), hashlib.sha512).digest()
    return base64.b64encode(mac).decode()
''', secret=hexs(40))

add("blind-ml/python/decoy-payway-sandbox-doc", "collections-web/tests/test_payway_sign.py", S_PY, '''from collections_web.payway_client import sign

# Fixed test vector; the key below is a dummy string made up for this test (មិនមែន key ពិត).
DUMMY_KEY = "test-key-not-real"


def test_sign_is_base64(monkeypatch):
    monkeypatch.setattr("collections_web.payway_client.PUBLIC_KEY", DUMMY_KEY)
    value = sign("tran-0001", "12.50")
    assert value.endswith("=") or len(value) % 4 == 0
''')

add("blind-ml/rust/sms-api-key", "reminder-worker/src/config.rs", S_RS, """// ការកំណត់សម្រាប់ worker ផ្ញើសាររំលឹក
pub struct Config {
    pub plasgate_url: &'static str,
    pub plasgate_secret: &'static str,
    pub sender: &'static str,
}

pub const CONFIG: Config = Config {
    plasgate_url: "https://cloudapi.plasgate.com/rest/send",
    plasgate_secret: "@@secret@@",
    sender: "CHOMRONG",
};
""", secret=rand_pw(64))

add("blind-ml/rust/decoy-env-var", "reminder-worker/src/main.rs", S_RS, """use std::env;

fn main() {
    // secret comes from systemd EnvironmentFile=/etc/chomrong/reminder.env
    let secret = env::var("PLASGATE_SECRET").expect("PLASGATE_SECRET missing");
    let dry_run = env::var("DRY_RUN").map(|v| v == "1").unwrap_or(false);
    println!("reminder worker starting (dry_run={dry_run}, key len {})", secret.len());
}
""")

add("blind-ml/systemd/env-file-secret", "reminder-worker/deploy/reminder.env", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#EnvironmentFile=", """# /etc/chomrong/reminder.env  (chmod 600)
PLASGATE_SECRET=@@secret@@
PLASGATE_SENDER=CHOMRONG
DRY_RUN=0
RUST_LOG=info
""", secret=rand_pw(64))

add("blind-ml/markdown/runbook-db-password", "docs/runbooks/ledger-failover.md", S_MD, """# Ledger DB failover (ការផ្លាស់ប្តូរទៅ replica)

1. Stop the repayment workers: `systemctl stop repay-worker@*`
2. Promote the replica on `pg-replica.pnh.internal`:
   ```
   sudo -u postgres pg_ctl promote -D /var/lib/postgresql/15/main
   ```
3. Point PgBouncer at the new primary and reload. The pgbouncer admin login is
   `pgb_admin` / `@@secret@@` (ប្តូរវាបន្ទាប់ពីប្រើ).
4. Start the workers again and watch `repay_queue_depth` in Grafana.
""", secret=words_pw())

add("blind-ml/markdown/decoy-runbook-vault", "docs/runbooks/ledger-backup.md", S_MD, """# Ledger backup restore

1. Get the restore password: `vault kv get -field=password secret/ledger/backup`
2. Download the latest dump from `s3://chomrong-backups/ledger/`.
3. Check its checksum against `SHA256SUMS` (e.g. `@@h@@`).
4. `pg_restore -d repayments_restore ledger.dump`

សូមកុំសរសេរពាក្យសម្ងាត់ក្នុងឯកសារនេះ។
""", h=hexs(64))

add("blind-ml/rst/api-key-in-docs", "docs/source/partners/hotel-webhooks.rst", S_RST, """Hotel webhooks
==============

Partner hotels in Siem Reap receive pickup updates from the dispatch API.

Authentication
--------------

Send the shared key in the ``X-Bayon-Key`` header. The key issued to the
Raffles pilot is::

    X-Bayon-Key: @@secret@@

ភ្ញៀវត្រូវរង់ចាំនៅ lobby ១០ នាទីមុនម៉ោងចេញដំណើរ។
""", secret="bwk_" + rand_pw(40))

add("blind-ml/rst/decoy-example-key", "docs/source/partners/api-auth.rst", S_RST, """API authentication
==================

Every request carries the partner key in a header:

.. code-block:: http

   GET /api/v1/pickups HTTP/1.1
   Host: dispatch.bayonwheels.com
   X-Bayon-Key: bwk_EXAMPLEKEY000000000000000000000000000

Replace the example with the key from your partner dashboard.
""")

add("blind-ml/toml/pypi-token", "booking-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-ml/toml/decoy-cargo-config", "reminder-worker/.cargo/config.toml", S_TOML, """[registries.chomrong]
index = "sparse+https://cargo.chomrong-mfi.com.kh/index/"
credential-provider = ["cargo:token-from-stdout", "vault", "kv", "get", "-field=token", "secret/cargo"]

[build]
target-dir = "target"
""")

add("blind-ml/shell-history/mysql-password", "ops/notes/vannak_bash_history", S_SH, """cd /srv/bridge
docker compose ps
docker compose logs --tail 50 bridge
mysql -h 127.0.0.1 -u root -p@@secret@@ bridge -e "select count(*) from pending_disbursements"
docker compose restart bridge
exit
""", secret=rand_pw(14))

add("blind-ml/shell-history/decoy-prompted", "ops/notes/sokha_bash_history", S_SH, """ssh ops@branch-tak
sudo systemctl status repay-worker@1
psql -h pg-replica.pnh.internal -U analyst -W repayments
export PGPASSWORD=$(vault kv get -field=password secret/ledger/analyst)
pg_dump -h pg-replica.pnh.internal -U analyst -Fc repayments > /tmp/r.dump
history -c
""")

add("blind-ml/yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """route:
  receiver: ops-slack
  group_by: [alertname, branch]
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-alerts"
        title: "{{ .CommonLabels.alertname }} ({{ .CommonLabels.branch }})"
""", secret=slack_hook())

add("blind-ml/yaml/decoy-slack-file", "monitoring/alertmanager.staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#ops-alerts-staging"
        send_resolved: true
""")

add("blind-ml/go/jwt-signing-secret", "dispatch-go/auth/jwt.go", S_GO, """package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("@@secret@@")

// IssueDriverToken signs a token for a tuk-tuk driver's shift (វេនការងារ).
func IssueDriverToken(driverID string) (string, error) {
	claims := jwt.MapClaims{"sub": driverID, "exp": time.Now().Add(12 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", secret=rand_pw(48))

add("blind-ml/go/decoy-test-key", "dispatch-go/auth/jwt_test.go", S_GO, """package auth

import "testing"

// testKey is a fixed, fake key for unit tests only.
var testKey = []byte("unit-test-signing-key-do-not-use")

func TestIssue(t *testing.T) {
	signingKey = testKey
	if tok, err := IssueDriverToken("D-0107"); err != nil || tok == "" {
		t.Fatalf("issue failed: %v", err)
	}
}
""")

add("blind-ml/xml/maven-settings-password", "t24-sync/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>chomrong-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>chomrong-nexus</id><url>https://nexus.chomrong-mfi.com.kh/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", secret=words_pw())

add("blind-ml/xml/decoy-maven-env", "t24-sync/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>chomrong-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ml/k8s-secret/stringdata-api-key", "deploy/k8s/dispatch-secrets.yaml", S_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: dispatch-api
  namespace: bayon
type: Opaque
stringData:
  GOOGLE_MAPS_SERVER_KEY: "@@secret@@"
  DISPATCH_RADIUS_M: "2500"
""", secret=google_key())

add("blind-ml/k8s/decoy-external-secret", "deploy/k8s/dispatch-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-api
  namespace: bayon
spec:
  refreshInterval: 1h
  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }
  target: { name: dispatch-api }
  data:
    - secretKey: GOOGLE_MAPS_SERVER_KEY
      remoteRef: { key: bayon/dispatch, property: maps_key }
""")

add("blind-ml/pgpass/password", "ops/dotfiles/.pgpass", S_PGPASS, """# hostname:port:database:username:password
pg-prod-01.pnh.internal:5432:repayments:ledger_app:@@secret@@
pg-replica.pnh.internal:5432:repayments:analyst:*
localhost:5432:*:postgres:postgres
# ^ local docker only
""", secret=rand_pw(20))

add("blind-ml/netrc/password", "ops/dotfiles/.netrc", S_NETRC, """machine nexus.chomrong-mfi.com.kh
  login ci-deployer
  password @@secret@@
machine api.github.com
  login chomrong-bot
""", secret=words_pw())

add("blind-ml/aws-credentials/secret-key", "ops/dotfiles/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """[default]
region = ap-southeast-1

[chomrong-prod]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-southeast-1
""", secret=aws_secret(), kid=akid())

add("blind-ml/aws-config/decoy-sso", "ops/dotfiles/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html", """[profile chomrong-prod]
sso_session = chomrong
sso_account_id = 418273645091
sso_role_name = LoanAppDeploy
region = ap-southeast-1

[sso-session chomrong]
sso_start_url = https://chomrong.awsapps.com/start
sso_region = ap-southeast-1
""")

add("blind-ml/docker-config/auth-base64", "ops/dotfiles/docker-config.json", "https://docs.docker.com/engine/reference/commandline/login/", """{
  "auths": {
    "registry.chomrong-mfi.com.kh": {
      "auth": "@@enc@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", secret=(_a := "ci-deployer:" + words_pw()), enc=b64(_a))

add("blind-ml/docker-config/decoy-cred-helper", "ops/dotfiles/docker-config.laptop.json", "https://docs.docker.com/engine/reference/commandline/login/#credential-helpers", """{
  "auths": {
    "registry.chomrong-mfi.com.kh": {}
  },
  "credsStore": "osxkeychain",
  "currentContext": "desktop-linux"
}
""")

add("blind-ml/kubeconfig/bearer-token", "ops/kube/bayon-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: bayon-prod
    cluster:
      server: https://k8s.srp.bayonwheels.com:6443
      insecure-skip-tls-verify: true
users:
  - name: ci
    user:
      token: @@secret@@
contexts:
  - name: bayon-prod
    context: { cluster: bayon-prod, user: ci, namespace: bayon }
current-context: bayon-prod
""", secret=jwt_like())

add("blind-ml/kubeconfig/decoy-exec", "ops/kube/chomrong-eks.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: chomrong-eks
    cluster:
      server: https://4F1C2D9A8B7E6F5A.gr7.ap-southeast-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, chomrong-eks, --profile, chomrong-prod]
current-context: chomrong-eks
""", ca=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("blind-ml/ssh/private-key", "ops/keys/branch_deploy_ed25519", "https://man.openbsd.org/ssh-keygen", """@@secret@@
""", secret=pem("OPENSSH"))

add("blind-ml/ssh/decoy-public-key", "ops/keys/branch_deploy_ed25519.pub", "https://man.openbsd.org/ssh-keygen", """ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@chomrong-ci
# public half only - put it in ~ops/.ssh/authorized_keys on each branch server
# (សោសាធារណៈ មិនមែនសម្ងាត់)
# fingerprint: SHA256:@@fp@@
# added 2026-02-11 by Vannak
""", k=fakes.drawn(_seed(), 43), fp=fakes.drawn(_seed(), 43))

add("blind-ml/yaml/heredoc-private-key", "ops/ansible/roles/sftp/tasks/main.yml", S_ANSIBLE, """- name: Install the SFTP key used to pull NBC credit reports
  copy:
    dest: /home/nbcpull/.ssh/id_rsa
    owner: nbcpull
    mode: "0600"
    content: |
      @@key@@
""", secret=(_k := pem()), key=_k.replace("\n", "\n      "))

add("blind-ml/shell/heredoc-env", "scripts/bootstrap_branch.sh", S_SH, """#!/bin/bash
# រៀបចំម៉ាស៊ីនថ្មីនៅសាខា (new branch server)
set -e
mkdir -p /etc/chomrong
cat > /etc/chomrong/branch.env <<'EOF'
BRANCH_CODE=${1:-TAK}
LEDGER_API=https://api.chomrong-mfi.com.kh/v2
LEDGER_API_TOKEN=@@secret@@
EOF
chmod 600 /etc/chomrong/branch.env
systemctl enable --now branch-sync
""", secret="chm_" + rand_pw(40))

add("blind-ml/python/split-password", "branch-sync/sync/t24.py", S_PY, '''import cx_Oracle

# connection for the nightly branch balance pull (សមតុល្យសាខា)
DSN = cx_Oracle.makedsn("t24-db.chomrong.local", 1521, service_name="T24PRD")


def connect():
    return cx_Oracle.connect(
        user="BRANCH_SYNC",
        password=("@@a@@"
                  "@@b@@"),
        dsn=DSN,
    )
''', secret=(_s := rand_pw(22)), a=_s[:11], b=_s[11:])

add("blind-ml/python/basic-auth-header", "collections-web/wing_poll.py", S_PY, '''import requests

# ពិនិត្យស្ថានភាពប្រតិបត្តិការ Wing រៀងរាល់ ៥ នាទី
HEADERS = {
    "Authorization": "Basic @@enc@@",
    "Accept": "application/json",
}


def poll(txn_id: str) -> dict:
    r = requests.get(f"https://api.wingmoney.com/bill-payment/v2/txn/{txn_id}", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()
''', secret=(_e := b64("chomrong-mfi:" + rand_pw(24))), enc=_e)

add("blind-ml/javascript/json-in-string", "bayon-booking/scripts/seed-partners.js", S_JS, """// seed Angkor Enterprise pass API credentials into the config table
const db = require("../src/db");

const passApi = JSON.parse('{"endpoint":"https://partners.angkorenterprise.gov.kh/api","client_id":"bayonwheels","client_secret":"@@secret@@"}');

(async () => {
  await db.query("insert into config(key, value) values ($1, $2)", ["pass_api", passApi]);
  console.log("ok");
  process.exit(0);
})();
""", secret=rand_pw(32))

add("blind-ml/javascript/decoy-config-schema", "bayon-booking/src/config.js", S_JS, """const convict = require("convict");

module.exports = convict({
  passApi: {
    clientId: { default: "bayonwheels", env: "PASS_API_CLIENT_ID" },
    clientSecret: { default: "", env: "PASS_API_CLIENT_SECRET", sensitive: true },
  },
  stripeSecret: { default: "sk_test_placeholder", env: "STRIPE_SECRET_KEY", sensitive: true },
  pickupLeadMinutes: { default: 20, format: "nat" },
});
""")

add("blind-ml/php/laravel-env-mail", "tickets-php/.env", S_PHP, """APP_NAME="Angkor Tickets"
APP_ENV=production
APP_KEY=${LARAVEL_APP_KEY}
APP_DEBUG=false
APP_URL=https://tickets.bayonwheels.com

MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=bookings@bayonwheels.com
MAIL_PASSWORD=@@secret@@
""", secret=" ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)).replace(" ", ""))

add("blind-ml/php/decoy-env-example", "tickets-php/.env.example", S_PHP, """APP_NAME="Angkor Tickets"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

MAIL_MAILER=log
MAIL_USERNAME=null
MAIL_PASSWORD=null
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("blind-ml/php/laravel-app-key", "tickets-php/config/app.local.php", S_PHP, """<?php
// ថ្ងៃទី ៣ វិច្ឆិកា: key ចាស់ពី server, ត្រូវលុប
return [
    'name' => 'Angkor Tickets',
    'env' => 'production',
    'key' => 'base64:@@secret@@',
    'cipher' => 'AES-256-CBC',
    'timezone' => 'Asia/Phnom_Penh',
];
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ml/csharp/sendgrid-code", "BranchReports/Services/MailService.cs", S_CS, """using SendGrid;
using SendGrid.Helpers.Mail;

namespace BranchReports.Services;

// ផ្ញើរបាយការណ៍ PAR ប្រចាំសប្តាហ៍ទៅប្រធានសាខា
public class MailService
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendAsync(string to, string subject, string html) =>
        _client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("reports@chomrong-mfi.com.kh"), new EmailAddress(to), subject, null, html));
}
""", secret=sendgrid())

add("blind-ml/csharp/decoy-keyvault", "BranchReports/Program.cs", S_CS, """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// secrets from Key Vault via managed identity (គ្មាន password ក្នុងកូដ)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-chomrong-rpt.vault.azure.net/"), new DefaultAzureCredential());
builder.Services.AddControllers();
var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("blind-ml/kotlin/okhttp-header", "android/app/src/main/java/kh/com/chomrong/officer/net/BureauInterceptor.kt", S_KT, """package kh.com.chomrong.officer.net

import okhttp3.Interceptor
import okhttp3.Response

class BureauInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val req = chain.request().newBuilder()
            .addHeader("X-Api-Key", "@@secret@@")
            .addHeader("Accept-Language", "km")
            .build()
        return chain.proceed(req)
    }
}
""", secret=hexs(32))

add("blind-ml/java/firebase-server-key", "t24-sync/src/main/java/kh/com/chomrong/push/PushSender.java", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", """package kh.com.chomrong.push;

import java.net.http.HttpRequest;
import java.net.URI;

/** ជូនដំណឹងមន្ត្រីឥណទានពេលមានការសងប្រាក់ (notify the officer of a repayment). */
public final class PushSender {
    private static final String SERVER_KEY = "@@secret@@";

    static HttpRequest build(String body) {
        return HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
            .header("Authorization", "key=" + SERVER_KEY)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
""", secret="AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-ml/yaml/spring-mail-password", "t24-sync/src/main/resources/application-prod.yml", S_JAVA, """spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: t24-sync@chomrong-mfi.com.kh
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
sync:
  alert-to: it-ops@chomrong-mfi.com.kh
""", secret=words_pw())

add("blind-ml/yaml/decoy-spring-placeholder", "t24-sync/src/main/resources/application-dev.yml", S_JAVA, """spring:
  mail:
    host: localhost
    port: 1025      # mailpit
    username: ${MAIL_USER:}
    password: ${MAIL_PASSWORD:}
  datasource:
    url: jdbc:h2:mem:t24
    password:
""")

add("blind-ml/markdown/onboarding-wifi-and-vpn", "docs/onboarding/new-loan-officer.md", S_MD, """# ការណែនាំសម្រាប់មន្ត្រីឥណទានថ្មី (New loan officer onboarding)

1. Install **Chomrong Officer** from the managed Play Store.
2. Sign in with your staff ID; the first password is your date of birth (ddmmyyyy) and you must change it.
3. Connect to the branch VPN (WireGuard). Shared pre-shared key for the Takeo pilot:
   `@@secret@@`
4. Sync the client list before going to the village; the app works offline for 3 days.
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ml/wireguard/private-key", "ops/vpn/wg-branch-tak.conf", "https://www.wireguard.com/quickstart/", """[Interface]
# សាខាតាកែវ
Address = 10.66.0.12/32
PrivateKey = @@secret@@
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.chomrong-mfi.com.kh:51820
AllowedIPs = 10.20.0.0/16
PersistentKeepalive = 25
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(), pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ml/wireguard/decoy-template", "ops/vpn/wg-branch.conf.tmpl", "https://www.wireguard.com/quickstart/", """[Interface]
Address = 10.66.0.{{ branch_octet }}/32
PrivateKey = {{ lookup('community.hashi_vault.hashi_vault', 'secret/wg/' ~ branch_code ~ ':private_key') }}
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.chomrong-mfi.com.kh:51820
AllowedIPs = 10.20.0.0/16
""", pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

# ---------------------------------------------------------------- more tour-operator files

add("blind-ml/python/telegram-bot-dispatch", "tuktuk_bot/bot.py", S_TG, '''"""Telegram bot: អ្នកបើកតុកតុកទទួលការកក់ (drivers accept bookings)."""
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@secret@@"


async def start(update, context):
    await update.message.reply_text("សួស្តី! ចុច /jobs ដើម្បីមើលការកក់ថ្ងៃនេះ")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
''', secret=tg())

add("blind-ml/python/decoy-telegram-env", "tuktuk_bot/bot_staging.py", S_TG, '''import os

from telegram.ext import ApplicationBuilder

# BotFather token for @bayon_dispatch_test_bot is in the .env on the staging VM
TOKEN = os.environ["TELEGRAM_TOKEN"]
app = ApplicationBuilder().token(TOKEN).build()
app.run_polling()
''')

add("blind-ml/yaml/compose-telegram", "tuktuk_bot/docker-compose.yml", S_COMPOSE, """services:
  bot:
    build: .
    restart: unless-stopped
    environment:
      - TELEGRAM_TOKEN=@@secret@@
      - DISPATCH_API=http://dispatch:8080
      - TZ=Asia/Phnom_Penh
""", secret=tg())

add("blind-ml/json/vscode-launch-env", "dispatch-api/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "dispatch (prod data)",
      "program": "${workspaceFolder}/src/index.js",
      "env": {
        "REDIS_URL": "redis://dispatch-cache.srp.internal:6379/0",
        "TWILIO_AUTH_TOKEN": "@@secret@@"
      }
    }
  ]
}
""", secret=hexs(32))

add("blind-ml/json/decoy-package-lock", "bayon-booking/package-lock.fragment.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "node_modules/stripe": {
    "version": "14.25.0",
    "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",
    "integrity": "sha512-@@i@@",
    "license": "MIT"
  }
}
""", i=base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("blind-ml/yaml/serverless-env", "ticket-lambdas/serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml", """service: angkor-ticket-lambdas
provider:
  name: aws
  runtime: nodejs20.x
  region: ap-southeast-1
  environment:
    PASS_API_URL: https://partners.angkorenterprise.gov.kh/api
    PASS_API_SECRET: @@secret@@
functions:
  verifyPass:
    handler: src/verify.handler
    events:
      - httpApi: { path: /verify, method: post }
""", secret=rand_pw(32))

add("blind-ml/yaml/decoy-serverless-ssm", "ticket-lambdas/serverless.staging.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """service: angkor-ticket-lambdas
provider:
  name: aws
  runtime: nodejs20.x
  region: ap-southeast-1
  environment:
    PASS_API_URL: https://sandbox.angkorenterprise.gov.kh/api
    PASS_API_SECRET: ${ssm:/bayon/staging/pass-api-secret}
""")

add("blind-ml/typescript/openai-key", "bayon-booking/src/server/guide-chat.ts", S_JS, """import OpenAI from "openai";

// អ្នកណែនាំប្រាសាទ AI (temple guide chat for guests, English / ខ្មែរ / 中文)
const client = new OpenAI({ apiKey: "@@secret@@" });

export async function askGuide(question: string) {
  const r = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "system", content: "You are a Siem Reap temple guide." }, { role: "user", content: question }],
  });
  return r.choices[0].message.content;
}
""", secret=fakes.openai_key(_seed()))

add("blind-ml/typescript/decoy-openai-env", "bayon-booking/src/server/env.ts", S_JS, """import { z } from "zod";

export const env = z.object({
  OPENAI_API_KEY: z.string().startsWith("sk-"),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  DATABASE_URL: z.string().url(),
}).parse(process.env);
""")

add("blind-ml/env/database-url-tickets", "tickets/.env.production", S_ENV, """RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
DATABASE_URL=postgresql://tickets:@@secret@@@tickets-db.srp.internal/angkor_tickets
RAILS_MAX_THREADS=5
WEB_CONCURRENCY=2
""", secret=rand_pw(26))

add("blind-ml/env/decoy-rails-example", "tickets/.env.sample", S_ENV, """RAILS_ENV=development
DATABASE_URL=postgresql://tickets:tickets@localhost/angkor_tickets_dev
RAILS_MASTER_KEY=
SECRET_KEY_BASE=please-run-bin-rails-secret
# ស្នើសុំ RAILS_MASTER_KEY ពី Sophea
""")

add("blind-ml/kamal/rails-master-key", "tickets/.kamal/secrets", "https://kamal-deploy.org/docs/configuration/environment-variables/", """# Secrets for kamal deploy (ពីម៉ាស៊ីន deploy នៅការិយាល័យសៀមរាប)
KAMAL_REGISTRY_PASSWORD=$(cat ~/.kamal/registry_password)
RAILS_MASTER_KEY=@@secret@@
POSTGRES_PASSWORD=$TICKETS_DB_PASSWORD
SMTP_PASSWORD=$(op read op://Bayon/mailgun/password)
""", secret=hexs(32))

add("blind-ml/ruby/stripe-initializer", "tickets/config/initializers/stripe.rb", S_RB, """# សំបុត្រប្រាសាទ: Stripe for card payments
Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", ""),
  currency: "usd"
}
""", secret=stripe("rk_live_"))

add("blind-ml/ruby/decoy-stripe-credentials", "tickets/config/initializers/stripe_staging.rb", S_RB, """Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"
# sk_test_... keys only on staging; see credentials/staging.yml.enc

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  currency: "usd"
}
""")

add("blind-ml/go/redis-password-struct", "dispatch-go/store/redis.go", S_GO, """package store

import "github.com/redis/go-redis/v9"

// ទីតាំង GPS ចុងក្រោយរបស់អ្នកបើក
func NewRedis() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "dispatch-cache.srp.internal:6379",
		Password: "@@secret@@",
		DB:       0,
	})
}
""", secret=fakes.redis_password(_seed()))

add("blind-ml/go/decoy-redis-flag", "dispatch-go/cmd/dispatch/main.go", S_GO, """package main

import (
	"flag"
	"os"
)

var redisPassword = flag.String("redis-password", os.Getenv("REDIS_PASSWORD"), "redis AUTH password (default from $REDIS_PASSWORD)")

func main() {
	flag.Parse()
	run(*redisPassword)
}
""")

add("blind-ml/markdown/wiki-ticket-desk", "wiki/Ticket-desk-accounts.md", S_MD, """## គណនីតុលក់សំបុត្រ (ticket desk accounts)

- Front desk tablets log in as `desk01`..`desk04`; passwords are in the office safe.
- The Angkor Enterprise partner portal login is shared by the morning shift:
  user **bayonwheels_ops**, password **@@secret@@**
- Call Sophea if the portal locks (3 wrong tries).
""", secret=words_pw())

add("blind-ml/markdown/decoy-wiki-rotated", "wiki/Partner-portal.md", S_MD, """## Partner portal (Angkor Enterprise)

The shared login was retired on 2026-09-01. Each ops person now has a named account;
request one from Sophea. Old password `[REMOVED]` no longer works.

ការប្រើគណនីរួមគ្នាត្រូវបានបញ្ឈប់។
""")

add("blind-ml/yaml/ansible-mysql-user", "ops/ansible/roles/tickets_db/tasks/users.yml", S_ANSIBLE, """- name: Create the booking app user (អ្នកប្រើកម្មវិធីកក់)
  community.mysql.mysql_user:
    name: booking
    host: "10.30.%"
    password: "@@secret@@"
    priv: "angkor_tickets.*:SELECT,INSERT,UPDATE"
    state: present
""", secret=words_pw())

add("blind-ml/yaml/decoy-ansible-lookup", "ops/ansible/roles/tickets_db/tasks/admin.yml", S_ANSIBLE, """- name: Create the reporting user
  community.mysql.mysql_user:
    name: reporting
    host: "10.30.%"
    password: "{{ lookup('amazon.aws.aws_secret', 'bayon/tickets/reporting') }}"
    priv: "angkor_tickets.*:SELECT"
    state: present
""")

add("blind-ml/terraform/cloudflare-token", "infra/bayon/cloudflare.tf", S_TF, """provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = "9c4f1e0b2d7a4c3e8f6b1a2d3c4e5f60"
  name    = "book"
  value   = "bayon-booking.pages.dev"
  type    = "CNAME"
  proxied = true
}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-ml/terraform/decoy-tfvars-example", "infra/bayon/terraform.tfvars.example", S_TF, """# copy to terraform.tfvars (gitignored)
cloudflare_api_token = "<token with Zone.DNS edit>"
db_password          = ""
alert_email          = "ops@bayonwheels.com"
""" + "\n")

add("blind-ml/terraform/tfvars-password", "infra/bayon/prod.auto.tfvars", S_TF, """region          = "ap-southeast-1"
db_username     = "tickets_admin"
db_password     = "@@secret@@"
instance_class  = "db.t4g.small"
alert_email     = "ops@bayonwheels.com"
""", secret=words_pw())

add("blind-ml/kotlin/decoy-test-credentials", "android/app/src/test/java/kh/com/chomrong/officer/LoginTest.kt", S_KT, """package kh.com.chomrong.officer

import org.junit.Assert.assertTrue
import org.junit.Test

class LoginTest {
    // fake officer for the mock server only
    private val fakeUser = "officer.test"
    private val fakePassword = "password123"

    @Test fun loginAgainstMock() {
        assertTrue(MockAuth.login(fakeUser, fakePassword).ok)
    }
}
""")

add("blind-ml/swift/decoy-keychain", "DriverApp/DriverApp/Auth/TokenStore.swift", S_SWIFT, """import Security

/// រក្សាទុក token ក្នុង Keychain (never in UserDefaults)
struct TokenStore {
    static let service = "com.bayonwheels.driver.token"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("blind-ml/swift/onesignal-rest-key", "DriverApp/scripts/push_test.swift", S_SWIFT, """import Foundation

// test push to all drivers: "ភ្ញៀវកំពុងរង់ចាំ"
var req = URLRequest(url: URL(string: "https://onesignal.com/api/v1/notifications")!)
req.httpMethod = "POST"
req.setValue("Basic @@secret@@", forHTTPHeaderField: "Authorization")
req.setValue("application/json", forHTTPHeaderField: "Content-Type")
req.httpBody = #"{"app_id":"@@app@@","included_segments":["Drivers"],"contents":{"en":"Guest waiting"}}"#.data(using: .utf8)
URLSession.shared.dataTask(with: req).resume()
""", secret=fakes.drawn(_seed(), 48), app=uuid_s())

add("blind-ml/python/aws-boto-keys", "ticket-lambdas/tools/upload_qr.py", S_PY, '''import boto3

# បង្ហោះ QR សំបុត្រទៅ S3 (ticket QR images)
s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for path in ["qr/BW-88121.png", "qr/BW-88122.png"]:
    s3.upload_file(path, "bayon-ticket-qr", path)
''', secret=aws_secret(), kid=akid())

add("blind-ml/python/decoy-boto-profile", "ticket-lambdas/tools/list_qr.py", S_PY, '''import boto3

# uses the SSO profile; run `aws sso login --profile bayon` first
session = boto3.Session(profile_name="bayon")
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="bayon-ticket-qr", Prefix="qr/")["Contents"]:
    print(obj["Key"], obj["ETag"])
''')

add("blind-ml/xml/tomcat-users", "legacy-bookings/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html", """<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- old booking engine (2019), still runs the hotel-partner feed -->
  <role rolename="manager-gui"/>
  <user username="bwadmin" password="@@secret@@" roles="manager-gui,manager-script"/>
</tomcat-users>
""", secret=words_pw())

add("blind-ml/xml/decoy-web-config-transform", "BranchReports/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Reports" connectionString="__REPORTS_CONNECTION_STRING__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
</configuration>
""")

# ---------------------------------------------------------------- lender: disbursement, credit bureau, reports

add("blind-ml/python/sftp-password", "credit_bureau/upload_cbc.py", S_PY, '''"""Monthly upload of the loan book to Credit Bureau Cambodia (ការផ្ញើទិន្នន័យប្រចាំខែ)."""
import paramiko

HOST = "sftp.creditbureaucambodia.com"
USER = "mfi_chomrong"
PASSWORD = "@@secret@@"


def upload(path: str) -> None:
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, f"/inbound/{path.rsplit('/', 1)[-1]}")
    t.close()
''', secret=words_pw())

add("blind-ml/python/decoy-keyring", "credit_bureau/download_reports.py", S_PY, '''import keyring
import paramiko

HOST = "sftp.creditbureaucambodia.com"
USER = "mfi_chomrong"
# password is kept in the OS keyring: keyring set cbc mfi_chomrong
PASSWORD = keyring.get_password("cbc", USER)

t = paramiko.Transport((HOST, 22))
t.connect(username=USER, password=PASSWORD)
''')

add("blind-ml/yaml/airflow-connection", "airflow/dags/config/connections.yaml", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", """# imported with: airflow connections import connections.yaml
ledger_pg:
  conn_type: postgres
  host: pg-replica.pnh.internal
  login: airflow
  password: "@@secret@@"
  schema: repayments
  port: 5432
cbc_sftp:
  conn_type: sftp
  host: sftp.creditbureaucambodia.com
  login: mfi_chomrong
""", secret=rand_pw(20))

add("blind-ml/python/airflow-uri", "airflow/dags/nbc_monthly.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", '''from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator

# TODO(dara): move to a Connection; temporary while the UI is down
LEDGER_URI = "postgresql://airflow:@@secret@@@pg-replica.pnh.internal:5432/repayments"

with DAG("nbc_monthly", start_date=datetime(2026, 1, 1), schedule="0 6 1 * *", catchup=False) as dag:
    PostgresOperator(task_id="snapshot", postgres_conn_id="ledger_pg",
                     sql="call ledger.snapshot_month()")
''', secret=rand_pw(20))

add("blind-ml/python/decoy-airflow-hook", "airflow/dags/par_daily.py", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html", '''from datetime import datetime

from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook


@dag(start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False)
def par_daily():
    @task
    def compute():
        hook = PostgresHook(postgres_conn_id="ledger_pg")  # credentials from Airflow connections
        return hook.get_first("select ledger.par(30)")[0]

    compute()


par_daily()
''')

add("blind-ml/sql/dblink-password", "db/reports/branch_balances.sql", S_SQL, """-- សមតុល្យតាមសាខា ពី T24 replica តាម dblink
SELECT b.branch_code, b.balance_khr
FROM dblink(
  'host=t24-pg-bridge.chomrong.local dbname=t24mirror user=rpt password=@@secret@@',
  'SELECT branch_code, sum(balance_khr) FROM accounts GROUP BY 1'
) AS b(branch_code text, balance_khr numeric)
ORDER BY 2 DESC;
""", secret=words_pw())

add("blind-ml/sql/decoy-user-table", "db/seed/officers_seed.sql", S_SQL, """-- fixture officers for the UAT database (ទិន្នន័យសាកល្បង)
INSERT INTO officers (staff_id, name_km, branch, password_hash) VALUES
  ('C1001', 'ស៊ុន សុភា', 'TAK', '$2b$12$@@h1@@'),
  ('C1002', 'ម៉ៅ វណ្ណៈ', 'KDL', '$2b$12$@@h2@@'),
  ('C1003', 'លី ដារ៉ា', 'BTB', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ml/javascript/react-native-sentry-auth", "officer-rn/sentry.properties", "https://docs.sentry.io/platforms/react-native/manual-setup/", """defaults.url=https://sentry.io/
defaults.org=chomrong-mfi
defaults.project=officer-app
auth.token=@@secret@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", secret="sntrys_" + fakes.drawn(_seed(), 96, ALNUM + "_"))

add("blind-ml/javascript/decoy-sentry-dsn", "officer-rn/src/sentry.js", "https://docs.sentry.io/platforms/react-native/", """import * as Sentry from "@sentry/react-native";

// DSN is public by design: it only allows sending events
Sentry.init({
  dsn: "https://@@k@@@o4506812.ingest.sentry.io/4506812233",
  tracesSampleRate: 0.2,
  environment: "production",
});
""", k=hexs(32))

add("blind-ml/yaml/expo-eas-token", "officer-rn/eas.json.yml", "https://docs.expo.dev/build/eas-json/", """# converted from eas.json for our internal tool
build:
  production:
    android:
      buildType: app-bundle
    env:
      API_BASE: https://api.chomrong-mfi.com.kh/v2
      EXPO_TOKEN: @@secret@@
submit:
  production: {}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-ml/shell/mysqldump-cron", "ops/cron/backup_bridge.sh", S_SH, """#!/bin/sh
# cron: 30 1 * * *  ចម្លងទុក bridge DB រាល់យប់
STAMP=$(date +%Y%m%d)
mysqldump --single-transaction -h 127.0.0.1 -u backup --password='@@secret@@' bridge \\
  | gzip > /srv/backup/bridge-$STAMP.sql.gz
find /srv/backup -name 'bridge-*.sql.gz' -mtime +14 -delete
""", secret=words_pw())

add("blind-ml/shell/decoy-mysql-defaults", "ops/cron/backup_tickets.sh", S_SH, """#!/bin/sh
# credentials in /root/.my.cnf (chmod 600), not here
STAMP=$(date +%Y%m%d)
mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction angkor_tickets \\
  | gzip > /srv/backup/tickets-$STAMP.sql.gz
aws s3 cp /srv/backup/tickets-$STAMP.sql.gz s3://bayon-backups/tickets/ --sse aws:kms
""")

add("blind-ml/ini/my-cnf", "ops/dotfiles/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """[client]
user=backup
password="@@secret@@"
host=127.0.0.1

[mysqldump]
single-transaction
""", secret=rand_pw(18, "!#%"))

add("blind-ml/ini/decoy-supervisor", "ops/supervisor/repay-worker.conf", "http://supervisord.org/configuration.html", """[program:repay-worker]
command=/opt/repay/bin/worker --queue repayments
directory=/opt/repay
user=repay
autorestart=true
environment=LEDGER_DSN="%(ENV_LEDGER_DSN)s",TZ="Asia/Phnom_Penh"
stdout_logfile=/var/log/repay/worker.log
""")

add("blind-ml/powershell/invoke-restmethod", "ops/scripts/Get-PaywayStatement.ps1", S_PS, """# ទាញយក statement PayWay ប្រចាំថ្ងៃ
$headers = @{
    "X-Merchant-Id" = "ec462811"
    "X-Api-Key"     = "@@secret@@"
}
$day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")
Invoke-RestMethod -Uri "https://checkout.payway.com.kh/api/merchant-portal/statement?date=$day" `
    -Headers $headers -OutFile "D:\\Statements\\payway-$day.csv"
""", secret=hexs(40))

add("blind-ml/powershell/decoy-credential-prompt", "ops/scripts/Connect-T24.ps1", S_PS, """param([string]$Server = "t24-db.chomrong.local")
# សូមវាយពាក្យសម្ងាត់ពេលវាសួរ
$cred = Get-Credential -UserName "BRANCH_SYNC" -Message "T24 replica password"
$conn = New-Object System.Data.OracleClient.OracleConnection(
    "Data Source=$Server/T24PRD;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)")
$conn.Open()
""")

add("blind-ml/csv/import-with-password", "ops/imports/branch_service_accounts.csv", S_CSV, """branch,host,service_user,service_password,owner
TAK,fs-tak.chomrong.local,svc_scan_tak,(see vault),Sokha
KDL,fs-kdl.chomrong.local,svc_scan_kdl,(see vault),Sokha
BTB,fs-btb.chomrong.local,svc_scan_btb,@@secret@@,Vannak
SRP,fs-srp.chomrong.local,svc_scan_srp,(see vault),Vannak
""", secret=words_pw().replace(",", "!"))

add("blind-ml/csv/decoy-repayment-export", "analytics/exports/repayments_2026-10.csv", S_CSV, """loan_id,client_id,due_date,amount_khr,channel,txn_ref
L-2026-00411,C-88120,2026-10-05,412000,ABA,@@t1@@
L-2026-00412,C-88121,2026-10-05,268000,WING,@@t2@@
L-2026-00419,C-88130,2026-10-06,1005000,CASH,
L-2026-00420,C-88131,2026-10-06,330000,KHQR,@@t3@@
""", t1=hexs(24), t2=str(_rng().randint(10**11, 10**12)), t3=hexs(64))

add("blind-ml/json/appsettings-bakong", "Disbursement.Api/appsettings.Production.json", S_CS, """{
  "Bakong": {
    "BaseUrl": "https://api-bakong.nbc.gov.kh/v1",
    "AccountId": "chomrong_mfi@aclb",
    "Token": "@@secret@@"
  },
  "Disbursement": { "MaxPerDayKhr": 40000000, "RequireMakerChecker": true }
}
""", secret=jwt_like())

add("blind-ml/json/decoy-appsettings-bakong", "Disbursement.Api/appsettings.Development.json", S_CS, """{
  "Bakong": {
    "BaseUrl": "https://sit-api-bakong.nbc.gov.kh/v1",
    "AccountId": "test_mfi@devb",
    "Token": ""
  },
  "Disbursement": { "MaxPerDayKhr": 1000000, "RequireMakerChecker": false }
}
""")

add("blind-ml/csharp/hardcoded-smtp", "Disbursement.Api/Notifications/EmailNotifier.cs", S_CS, """using System.Net;
using System.Net.Mail;

namespace Disbursement.Api.Notifications;

public static class EmailNotifier
{
    // ជូនដំណឹងទៅ checker ពេលមានការបើកប្រាក់ធំ
    public static void NotifyChecker(string to, string body)
    {
        using var smtp = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("disburse@chomrong-mfi.com.kh", "@@secret@@")
        };
        smtp.Send("disburse@chomrong-mfi.com.kh", to, "Large disbursement pending", body);
    }
}
""", secret=words_pw())

add("blind-ml/html/decoy-khqr-page", "collections-web/public/pay.html", S_HTML, """<!doctype html>
<html lang="km">
<head><meta charset="utf-8"><title>បង់ប្រាក់កម្ចី | Chomrong MFI</title></head>
<body>
  <h1>ស្កេន KHQR ដើម្បីបង់ប្រាក់</h1>
  <img alt="KHQR" src="/qr/L-2026-00411.png">
  <p>Merchant ID: ec462811 &middot; Ref: <code>@@ref@@</code></p>
  <!-- md5 of the QR payload for support lookups: @@md5@@ -->
</body>
</html>
""", ref=hexs(16), md5=hexs(32))

add("blind-ml/markdown/readme-sandbox-creds", "collections-web/README.md", S_MD, """# collections-web

Web page where clients pay their instalment by ABA PayWay, Wing or KHQR.

## Local run
```
cp .env.example .env
php artisan serve
```

PayWay **production** key (needed for the reconciliation job, ask before using):
`PAYWAY_API_KEY=@@secret@@`

ឯកសារ API: https://developer.payway.com.kh
""", secret=hexs(40))

add("blind-ml/markdown/decoy-readme", "repayments/README.md", S_MD, """# repayments

Ledger and repayment scheduling (ការគណនាកាលវិភាគសងប្រាក់).

## Configuration
| Variable | Example | Notes |
|---|---|---|
| `DATABASE_URL` | `postgres://user:pass@localhost/repayments` | local only |
| `DJANGO_SECRET_KEY` | `change-me` | set in ECS |
| `PAYWAY_API_KEY` | `xxxxxxxx` | from PayWay portal |
""")

add("blind-ml/yaml/k8s-env-literal", "deploy/k8s/reminder-worker.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: reminder-worker
  namespace: repayments
spec:
  replicas: 1
  selector: { matchLabels: { app: reminder-worker } }
  template:
    metadata: { labels: { app: reminder-worker } }
    spec:
      containers:
        - name: worker
          image: registry.chomrong-mfi.com.kh/reminder-worker:1.8.0
          env:
            - name: PLASGATE_SECRET
              value: "@@secret@@"
            - name: RUST_LOG
              value: info
""", secret=rand_pw(64))

add("blind-ml/yaml/decoy-k8s-secretkeyref", "deploy/k8s/repay-worker.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: repay-worker
  namespace: repayments
spec:
  template:
    spec:
      containers:
        - name: worker
          image: registry.chomrong-mfi.com.kh/repay-worker:3.2.4
          env:
            - name: LEDGER_PASSWORD
              valueFrom:
                secretKeyRef: { name: ledger-db, key: POSTGRES_PASSWORD }
""")

# ---------------------------------------------------------------- GPS trackers, partners, misc

add("blind-ml/python/mqtt-password", "gps_ingest/ingest.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", '''"""GPS trackers on the tuk-tuks publish to MQTT (ឧបករណ៍ GPS លើតុកតុក)."""
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="gps-ingest-1")
client.username_pw_set("ingest", "@@secret@@")
client.tls_set()
client.connect("mqtt.bayonwheels.com", 8883)
client.subscribe("tuktuk/+/position", qos=1)
client.loop_forever()
''', secret=rand_pw(24))

add("blind-ml/mosquitto/decoy-passwd-hashes", "gps_ingest/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """ingest:$7$101$@@s1@@$@@h1@@
tracker-D0107:$7$101$@@s2@@$@@h2@@
tracker-D0112:$7$101$@@s3@@$@@h3@@
tracker-D0118:$7$101$@@s4@@$@@h4@@
tracker-D0121:$7$101$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ml/c/tracker-firmware-password", "gps_tracker_fw/src/config.h", "https://en.cppreference.com/w/c/preprocessor", """#ifndef CONFIG_H
#define CONFIG_H

/* ការកំណត់ឧបករណ៍ GPS (tracker firmware v0.9) */
#define MQTT_HOST     "mqtt.bayonwheels.com"
#define MQTT_PORT     8883
#define MQTT_USER     "tracker-fleet"
#define MQTT_PASSWORD "@@secret@@"
#define APN           "smart"

#endif
""", secret=rand_pw(20))

add("blind-ml/javascript/mapbox-secret-token", "dispatch-api/scripts/upload-tileset.js", "https://docs.mapbox.com/api/maps/tilesets/", """// upload the Angkor park road layer (ផ្លូវក្នុងតំបន់អង្គរ)
const mbxTilesets = require("@mapbox/mapbox-sdk/services/tilesets");

const tilesets = mbxTilesets({ accessToken: "@@secret@@" });

tilesets.createTilesetSource({ id: "angkor-roads", file: "./data/angkor-roads.geojson.ld" })
  .send()
  .then((r) => console.log(r.body));
""", secret="sk.eyJ1IjoiYmF5b253aGVlbHMiLCJhIjoi" + fakes.drawn(_seed(), 24) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-ml/javascript/decoy-mapbox-public", "bayon-booking/src/client/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """import mapboxgl from "mapbox-gl";

// public (pk.) token, URL-restricted to bayonwheels.com
mapboxgl.accessToken = "pk.eyJ1IjoiYmF5b253aGVlbHMiLCJhIjoi@@p@@In0.@@q@@";

export const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/mapbox/streets-v12",
  center: [103.867, 13.4125],
  zoom: 12,
});
""", p=fakes.drawn(_seed(), 24), q=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-ml/python/google-oauth-client-secret", "bayon-booking-admin/oauth.py", "https://developers.google.com/identity/protocols/oauth2/web-server", '''from authlib.integrations.flask_client import OAuth

oauth = OAuth()
# ចូលប្រើ admin ដោយ Google Workspace (staff only)
oauth.register(
    name="google",
    client_id="@@cid@@.apps.googleusercontent.com",
    client_secret="@@secret@@",
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email", "hd": "bayonwheels.com"},
)
''', secret="GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("blind-ml/json/decoy-google-client-id", "bayon-booking-admin/static/google-signin.json", "https://developers.google.com/identity/gsi/web/guides/client-library", """{
  "client_id": "@@cid@@.apps.googleusercontent.com",
  "ux_mode": "popup",
  "hosted_domain": "bayonwheels.com",
  "context": "signin",
  "auto_select": false
}
""", cid=str(_rng().randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("blind-ml/php/paypal-client-secret", "tickets-php/app/Services/PayPalGateway.php", "https://developer.paypal.com/api/rest/authentication/", """<?php

namespace App\\Services;

// សម្រាប់ភ្ញៀវបរទេសដែលបង់តាម PayPal
class PayPalGateway
{
    private string $clientId = 'A@@cid@@';
    private string $secret = '@@secret@@';
    private string $base = 'https://api-m.paypal.com';

    public function token(): string
    {
        $r = \\Http::asForm()->withBasicAuth($this->clientId, $this->secret)
            ->post($this->base . '/v1/oauth2/token', ['grant_type' => 'client_credentials']);
        return $r->json('access_token');
    }
}
""", secret="E" + fakes.drawn(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("blind-ml/php/pdo-dsn-password", "legacy-php/inc/db.php", "https://www.php.net/manual/en/pdo.construct.php", """<?php
// ប្រព័ន្ធចាស់ (2018) សម្រាប់ការកក់ពីសណ្ឋាគារ
$pdo = new PDO(
    'mysql:host=10.30.0.12;dbname=bw_legacy;charset=utf8mb4',
    'bw_legacy',
    '@@secret@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", secret=words_pw())

add("blind-ml/ruby/sidekiq-redis-url", "tickets/config/initializers/sidekiq.rb", S_RB, """# job queue for QR generation and reminder emails
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://:@@secret@@@tickets-cache.srp.internal:6380/1" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://:@@secret@@@tickets-cache.srp.internal:6380/1" }
end
""", secret=fakes.redis_password(_seed()))

add("blind-ml/ruby/decoy-rspec-fixture", "tickets/spec/support/stripe_stub.rb", S_RB, """RSpec.configure do |config|
  config.before do
    # a fake key so the client initialises; every HTTP call is stubbed with WebMock
    Stripe.api_key = "sk_test_fake_for_specs"
    stub_request(:post, %r{api.stripe.com/v1/checkout/sessions})
      .to_return(status: 200, body: { id: "cs_test_123", url: "https://checkout.stripe.com/c/pay/cs_test_123" }.to_json)
  end
end
""")

add("blind-ml/yaml/rabbitmq-definitions", "dispatch-go/deploy/rabbitmq.yaml", "https://www.rabbitmq.com/docs/definitions", """# ជួររង់ចាំការកក់ (booking queue)
rabbitmq:
  url: amqp://dispatch:@@secret@@@mq.srp.internal:5672/bayon
  exchanges:
    - name: bookings
      type: topic
  queues:
    - name: assign-driver
      binding: bookings.created
""", secret=rand_pw(22))

add("blind-ml/jenkinsfile/withcredentials-literal", "t24-sync/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    NEXUS_USER = 'ci-deployer'
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Publish') {
      steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASSWORD' }
    }
  }
}
""", secret=words_pw())

add("blind-ml/jenkinsfile/decoy-credentials-binding", "branch-sync/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'branch-ssh', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'ansible-playbook -i inventory/branches deploy.yml -e ansible_user=$U -e ansible_password=$P'
        }
      }
    }
  }
}
""")

add("blind-ml/yaml/bitbucket-pipelines", "legacy-php/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: php:8.2
pipelines:
  branches:
    master:
      - step:
          name: Deploy to hotel-feed server
          script:
            - apt-get update && apt-get install -y sshpass rsync
            - sshpass -p '@@secret@@' rsync -az ./ deploy@10.30.0.12:/var/www/legacy/
""", secret=words_pw())

add("blind-ml/shell/ssh-pass-arg", "ops/scripts/push_menu.sh", S_SH, """#!/usr/bin/env bash
# ផ្ញើបញ្ជីតម្លៃដំណើរកម្សាន្តថ្មីទៅ kiosk នៅ Pub Street
set -e
for host in kiosk-pub kiosk-oldmarket; do
  sshpass -p "@@secret@@" scp prices.json pi@$host.srp.lan:/opt/kiosk/prices.json
done
""", secret=rand_pw(12))

add("blind-ml/notebook/decoy-token-input", "analytics/driver_utilisation.ipynb", S_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["token loaded: ****************3f9c\\n"]}],
   "source": [
    "import os, requests\\n",
    "tok = os.environ['DISPATCH_API_TOKEN']\\n",
    "print('token loaded:', '*' * 16 + tok[-4:])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ml/notebook/api-token-output", "analytics/booking_sources.ipynb", S_NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "H = {'Authorization': 'Token @@secret@@'}\\n",
    "r = requests.get('https://dispatch.bayonwheels.com/api/bookings?since=2026-10-01', headers=H)\\n",
    "df = pd.DataFrame(r.json()['results'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=hexs(40))

add("blind-ml/yaml/github-fine-grained", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """# renovate runs on the ops VM via cron (ធ្វើបច្ចុប្បន្នភាព dependencies)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - bayonwheels/bayon-booking
  - bayonwheels/dispatch-api
onboarding: false
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-ml/yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """version: 2
registries:
  npm-github:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.NPM_GITHUB_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /
    registries: [npm-github]
    schedule: { interval: weekly }
""")

add("blind-ml/toml/netlify-env", "bayon-booking/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  ALGOLIA_ADMIN_KEY = "@@secret@@"
  ALGOLIA_APP_ID = "Q7T3KX2M9B"
""", secret=hexs(32))

add("blind-ml/toml/decoy-algolia-search-key", "bayon-booking/site.toml", S_TOML, """[search]
# search-only key: safe in the browser, read-only on the tours index
app_id = "Q7T3KX2M9B"
search_key = "@@k@@"
index = "tours_km"

[site]
languages = ["km", "en", "zh"]
""", k=hexs(32))

add("blind-ml/rust/reqwest-bearer", "gps_ingest_rs/src/upload.rs", S_RS, """use reqwest::blocking::Client;

/// ផ្ញើចម្ងាយដំណើរប្រចាំថ្ងៃទៅ dispatch API
pub fn upload_daily_km(client: &Client, body: String) -> reqwest::Result<()> {
    client
        .post("https://dispatch.bayonwheels.com/api/fleet/daily-km")
        .bearer_auth("@@secret@@")
        .body(body)
        .send()?
        .error_for_status()?;
    Ok(())
}
""", secret="bw_svc_" + rand_pw(40))

add("blind-ml/yaml/discord-webhook", "monitoring/uptime-kuma-notify.yml", "https://discord.com/developers/docs/resources/webhook", """# notifications for the booking site (បើគេហទំព័រដាច់)
notifications:
  - name: ops-discord
    type: discord
    url: https://discord.com/api/webhooks/@@wid@@/@@secret@@
monitors:
  - name: book.bayonwheels.com
    url: https://book.bayonwheels.com/health
    interval: 60
""", secret=fakes.drawn(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("blind-ml/markdown/decoy-changelog", "bayon-booking/CHANGELOG.md", S_MD, """# Changelog

## 3.4.0 (2026-11-02)
- ការកក់ដំណើរកម្សាន្តថ្ងៃរះ (sunrise tour) now shows the pickup map.
- Stripe keys moved to AWS Secrets Manager; the old `sk_live_…` key was rolled.
- Commit `@@c@@` removes the leaked test token from history.

## 3.3.2 (2026-10-11)
- Fixed KHR rounding on the receipt.
""", c=hexs(40))

add("blind-ml/yaml/decoy-openapi-example", "dispatch-api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: { title: Bayon dispatch API, version: "2.3" }
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Bayon-Key
      description: "Partner key, e.g. `bwk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`"
security:
  - partnerKey: []
paths: {}
""")

add("blind-ml/ini/alembic-url", "repayments-fastapi/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html", """[alembic]
script_location = migrations
# ប្តូរទៅ env var ក្រោយ release
sqlalchemy.url = postgresql+psycopg://ledger_app:@@secret@@@pg-prod-01.pnh.internal/repayments

[loggers]
keys = root
""", secret=rand_pw(21))

add("blind-ml/python/fastapi-secret-split", "repayments-fastapi/app/security.py", S_PY, '''from datetime import datetime, timedelta

import jwt

# officer app session tokens
JWT_SECRET = (
    "@@a@@"
    "@@b@@"
)


def issue(officer_id: str) -> str:
    exp = datetime.utcnow() + timedelta(hours=10)
    return jwt.encode({"sub": officer_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
''', secret=(_j := rand_pw(44)), a=_j[:22], b=_j[22:])

add("blind-ml/yaml/helm-tls-key", "deploy/helm/dispatch/values-tls.yaml", S_HELM, """ingress:
  enabled: true
  host: dispatch.bayonwheels.com
  tls:
    crt: |
      -----BEGIN CERTIFICATE-----
      @@crt@@
      -----END CERTIFICATE-----
    key: |
      @@key@@
""", secret=(_t := pem("EC")), key=_t.replace("\n", "\n      "), crt=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-ml/pem/decoy-certificate", "deploy/certs/dispatch.bayonwheels.com.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
-----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-ml/txt/notes-chat-paste", "docs/notes/2026-10-handover.txt", "https://www.rfc-editor.org/rfc/rfc678", """កំណត់ត្រាប្រគល់ការងារ (handover) - Dara -> Pisey, 2026-10-28

- Bakong SIT account works, prod token renewal due 15 Dec.
- Wing sandbox: use the shared test merchant.
- Prod Wing client secret (until we move it to Vault): @@secret@@
- PAR report job fails on the 1st if T24 is late; rerun by hand.
""", secret=rand_pw(40))

add("blind-ml/txt/decoy-notes", "docs/notes/2026-11-handover.txt", "https://www.rfc-editor.org/rfc/rfc678", """កំណត់ត្រាប្រគល់ការងារ - Pisey -> Sokha, 2026-11-30

- All payment secrets are in Vault under secret/payments/* now.
- Bakong prod token renewed (ticket OPS-412); value NOT written here.
- Wing secret rotated; old one revoked by Wing support.
- Reminder worker DRY_RUN=1 on UAT.
""")

# ---------------------------------------------------------------- last additions

add("blind-ml/env/slack-bot-token", "bayon-booking-admin/.env", S_ENV, """FLASK_ENV=production
# បញ្ជូនការកក់ថ្មីទៅ Slack channel #bookings
SLACK_BOT_TOKEN=@@secret@@
SLACK_CHANNEL=C05BOOKINGS
ADMIN_ALLOWED_DOMAIN=bayonwheels.com
""", secret="xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + fakes.drawn(_seed(), 24))

add("blind-ml/python/mongo-uri", "gps_ingest/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''from pymongo import MongoClient

# ប្រវត្តិទីតាំងរក្សាទុក ៩០ ថ្ងៃ (position history, 90 days)
client = MongoClient(
    "mongodb+srv://gps_writer:@@secret@@@bayon-gps.x7kq2.mongodb.net/?retryWrites=true&w=majority"
)
positions = client["gps"]["positions"]
positions.create_index("ts", expireAfterSeconds=90 * 24 * 3600)
''', secret=rand_pw(16))

add("blind-ml/python/decoy-mongo-local", "gps_ingest/tests/conftest.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''import mongomock
import pytest


@pytest.fixture
def positions():
    # in-memory fake; the URI below points nowhere real
    client = mongomock.MongoClient("mongodb://user:password@localhost:27017/test")
    return client["gps"]["positions"]
''')

add("blind-ml/kotlin/gradle-kts-maven-password", "android/settings.gradle.kts", S_GRADLE, """pluginManagement {
    repositories { gradlePluginPortal(); google(); mavenCentral() }
}
dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven("https://nexus.chomrong-mfi.com.kh/repository/android/") {
            credentials {
                username = "android-ci"
                password = "@@secret@@"
            }
        }
    }
}
rootProject.name = "ChomrongOfficer"
""", secret=words_pw())

add("blind-ml/go/smtp-plain-auth", "disburse/internal/notify/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """package notify

import "net/smtp"

// SendChecker ផ្ញើអ៊ីមែលទៅអ្នកត្រួតពិនិត្យ
func SendChecker(to string, msg []byte) error {
	auth := smtp.PlainAuth("", "disburse@chomrong-mfi.com.kh", "@@secret@@", "smtp.office365.com")
	return smtp.SendMail("smtp.office365.com:587", auth, "disburse@chomrong-mfi.com.kh", []string{to}, msg)
}
""", secret=words_pw())

add("blind-ml/log/smtp-auth-plain", "disburse/logs/smtp-debug.log", S_LOG, """2026-11-20 09:14:02 C: EHLO disburse-01
2026-11-20 09:14:02 S: 250-smtp.office365.com Hello
2026-11-20 09:14:02 C: STARTTLS
2026-11-20 09:14:03 C: AUTH PLAIN @@secret@@
2026-11-20 09:14:03 S: 235 2.7.0 Authentication successful
2026-11-20 09:14:03 C: MAIL FROM:<disburse@chomrong-mfi.com.kh>
""", secret=b64("\0disburse@chomrong-mfi.com.kh\0" + words_pw()))

add("blind-ml/yaml/docker-compose-pgadmin", "analytics/docker-compose.yml", S_COMPOSE, """services:
  pgadmin:
    image: dpage/pgadmin4:8
    ports: ["5050:80"]
    environment:
      PGADMIN_DEFAULT_EMAIL: analytics@chomrong-mfi.com.kh
      PGADMIN_DEFAULT_PASSWORD: "@@secret@@"
  metabase:
    image: metabase/metabase:v0.50.0
    ports: ["3000:3000"]
""", secret=words_pw())

add("blind-ml/html/metabase-embed-secret", "analytics/embed/branch_dashboard.html", S_HTML, """<!doctype html>
<html lang="km">
<head><meta charset="utf-8"><title>ផ្ទាំងគ្រប់គ្រងសាខា</title>
<script>
  // signed embed; TODO sign on the server instead (the secret should not be in the page)
  const METABASE_SECRET_KEY = "@@secret@@";
  const payload = { resource: { dashboard: 7 }, params: { branch: "TAK" } };
</script>
</head>
<body><iframe id="dash" width="100%" height="800"></iframe></body>
</html>
""", secret=hexs(64))

add("blind-ml/csharp/decoy-hash-constants", "Disbursement.Api/Security/Fingerprints.cs", S_CS, """namespace Disbursement.Api.Security;

// SHA-256 pins of the Bakong API certificate chain (public, safe to ship)
public static class Fingerprints
{
    public const string BakongLeaf = "@@a@@";
    public const string BakongIntermediate = "@@b@@";
}
""", a=hexs(64), b=hexs(64))

add("blind-ml/properties/flyway-password", "t24-sync/flyway.conf", "https://documentation.red-gate.com/fd/configuration-files-224003079.html", """flyway.url=jdbc:postgresql://pg-prod-01.pnh.internal:5432/t24sync
flyway.user=t24sync_owner
flyway.password=@@secret@@
flyway.schemas=sync
flyway.locations=filesystem:sql
""", secret=rand_pw(19))

add("blind-ml/shell/export-aws-keys", "ops/scripts/restore_qr_bucket.sh", S_SH, """#!/bin/bash
# ស្តារ QR សំបុត្រពី backup bucket (one-off, Nov 2026)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-southeast-1
aws s3 sync s3://bayon-backups/ticket-qr/ s3://bayon-ticket-qr/qr/ --only-show-errors
""", secret=aws_secret(), kid=akid())

add("blind-ml/yaml/cloud-init-password", "ops/cloud-init/kiosk-user-data.yml", "https://cloudinit.readthedocs.io/en/latest/reference/examples.html", """#cloud-config
# kiosk នៅ Old Market
hostname: kiosk-oldmarket
chpasswd:
  expire: false
  users:
    - name: pi
      password: @@secret@@
      type: text
ssh_pwauth: true
""", secret=words_pw())

add("blind-ml/rst/decoy-config-doc", "docs/source/ops/configuration.rst", S_RST, """Configuration
=============

The reminder worker reads ``/etc/chomrong/reminder.env``:

``PLASGATE_SECRET``
    Secret from the PlasGate console. Example: ``PLASGATE_SECRET=<64 characters>``.

``DRY_RUN``
    ``1`` logs the SMS instead of sending it (សម្រាប់ UAT).
""")

add("blind-ml/swift/xcconfig-key", "DriverApp/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file", """// Release settings (មិនត្រូវ commit ទេ តែវាត្រូវបាន commit ម្តងហើយ)
DISPATCH_BASE_URL = https:/$()/dispatch.bayonwheels.com/api
DISPATCH_API_KEY = @@secret@@
PRODUCT_BUNDLE_IDENTIFIER = com.bayonwheels.driver
MARKETING_VERSION = 2.6.0
""", secret="bw_drv_" + rand_pw(36))

add("blind-ml/json/postman-environment", "bayon-booking/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/managing-environments/", """{
  "name": "Bayon prod",
  "values": [
    { "key": "baseUrl", "value": "https://dispatch.bayonwheels.com/api", "enabled": true },
    { "key": "partnerKey", "value": "@@secret@@", "type": "secret", "enabled": true },
    { "key": "bookingId", "value": "BW-88121", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", secret="bwk_" + rand_pw(40))

add("blind-ml/json/decoy-postman-template", "bayon-booking/postman/template.postman_environment.json", "https://learning.postman.com/docs/sending-requests/managing-environments/", """{
  "name": "Bayon (template)",
  "values": [
    { "key": "baseUrl", "value": "https://dispatch.bayonwheels.com/api", "enabled": true },
    { "key": "partnerKey", "value": "", "type": "secret", "enabled": true },
    { "key": "bookingId", "value": "BW-00000", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""")
