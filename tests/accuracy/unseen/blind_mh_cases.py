"""Blind set MH: Sinhala (Sri Lanka) teams.

A Colombo tea-auction broker's catalogue system (lot catalogues, estate marks, buyer portal,
valuation sheets, auction-day exports) and a Bentota ayurveda resort's bookings and pharmacy
(guest reservations, treatment schedules, herbal stock, payment gateway), with notes and comments
partly in Sinhala. Generated fakes only (seeds 6970000-6979999).
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
_SEED = [6970000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6970000 <= _SEED[0] < 6980000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


TEA = ["Uva", "Dimbula", "Nuwara", "Ruhuna", "Kandy", "Sabara", "Pedro", "Haputale", "Ella", "Galle"]
SIN = ["kola", "gaha", "wathura", "mal", "kanda", "gala", "wessa", "ira", "sanda", "muhudu", "kurulla", "pol"]


def words_pw() -> str:
    r = _rng()
    return r.choice(TEA) + r.choice("!#$%@*&") + r.choice(SIN).capitalize() + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPNUM) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


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


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun() -> str:
    return "key-" + hexs(32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_secret() -> str:
    return rand_pw(48)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "_-") for _ in range(93)) + "AA"


def shopify() -> str:
    return "shpat_" + hexs(32)


def doctl() -> str:
    return "dop_v1_" + hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- tea auction: Python / config

S = words_pw()
add("blind-mh/python/database-password", "catalogue/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#databases",
    '''# වෙන්දේසි නාමාවලිය - නිෂ්පාදන සැකසුම්
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["catalogue.lankateabrokers.lk"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tea_catalogue",
        "USER": "catalogue_app",
        "PASSWORD": "@@s@@",
        "HOST": "10.20.4.11",
        "PORT": "5432",
    }
}
''', S, s=S)

S = fakes.django_secret_key(_seed())
add("blind-mh/python/django-secret-key", "catalogue/settings/staging.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    '''from .base import *  # noqa

# staging එකට විතරයි, prod key එක vault එකේ
SECRET_KEY = '@@s@@'
DEBUG = True
ALLOWED_HOSTS = ["staging.catalogue.internal"]
AUCTION_SALE_NO = 42
''', S, s=S)

add("blind-mh/python/decoy-env-reference", "catalogue/settings/base_secrets.py",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    '''import os

# රහස් අගයන් පරිසර විචල්‍ය වලින් පමණක් කියවන්න
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DB_PASSWORD = os.environ.get("CATALOGUE_DB_PASSWORD", "")
BUYER_PORTAL_TOKEN = os.getenv("BUYER_PORTAL_TOKEN")
SMS_API_KEY = os.environ.get("DIALOG_SMS_KEY")  # never default this
''')

S = sendgrid()
add("blind-mh/python/sendgrid", "catalogue/notify/mailer.py",
    "https://docs.sendgrid.com/for-developers/sending-email/v3-python-code-example",
    '''"""Sends the weekly catalogue PDF to registered buyers before Tuesday's sale."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

client = SendGridAPIClient("@@s@@")


def send_catalogue(to_addr: str, sale_no: int, pdf_url: str) -> None:
    msg = Mail(from_email="catalogue@lankateabrokers.lk", to_emails=to_addr,
               subject=f"Colombo Tea Auction - Sale No. {sale_no}",
               html_content=f"<p>නාමාවලිය: <a href='{pdf_url}'>download</a></p>")
    client.send(msg)
''', S, s=S)

add("blind-mh/python/decoy-hash", "catalogue/tests/test_lot_checksum.py",
    "https://docs.python.org/3/library/hashlib.html",
    '''import hashlib

# lot file එකේ checksum එක - රහසක් නෙවෙයි
EXPECTED_SHA256 = "@@h@@"


def test_catalogue_checksum(tmp_path):
    f = tmp_path / "sale42.csv"
    f.write_text("lot,estate,grade\\n101,Pedro,BOPF\\n")
    assert len(hashlib.sha256(f.read_bytes()).hexdigest()) == len(EXPECTED_SHA256)
''', h=sha256())

S = rand_pw(32)
add("blind-mh/env/buyer-portal-api-key", "buyer-portal/.env",
    "https://github.com/motdotla/dotenv#usage",
    '''# Buyer portal (ගැනුම්කරුවන්ගේ පෝටලය)
NODE_ENV=production
PORT=8080
DATABASE_HOST=db.internal
DATABASE_USER=portal
CATALOGUE_API_URL=https://api.lankateabrokers.lk/v2
CATALOGUE_API_KEY=@@s@@
SESSION_COOKIE_NAME=ltb_sid
''', S, s=S)

add("blind-mh/env/decoy-placeholder", "buyer-portal/.env.example",
    "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
    '''# මෙම ගොනුව .env ලෙස පිටපත් කර අගයන් පුරවන්න
NODE_ENV=development
PORT=8080
DATABASE_HOST=localhost
DATABASE_USER=portal
DATABASE_PASSWORD=<ඔබේ-මුරපදය>
CATALOGUE_API_KEY=changeme
SESSION_SECRET=
''')

S = words_pw()
add("blind-mh/yaml/database-password", "valuation/config/application.yml",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource",
    '''spring:
  application:
    name: valuation-service
  datasource:
    url: jdbc:mysql://valuation-db.ltb.local:3306/valuations
    username: valuer
    password: "@@s@@"
  jpa:
    hibernate:
      ddl-auto: validate
# තක්සේරු සේවාව - tasting notes වලට
auction:
  broker-code: LTB
  centre: colombo
''', S, s=S)

add("blind-mh/yaml/decoy-spring-placeholder", "valuation/config/application-prod.yml",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders",
    '''spring:
  datasource:
    url: jdbc:mysql://${VALUATION_DB_HOST}:3306/valuations
    username: ${VALUATION_DB_USER}
    password: ${VALUATION_DB_PASSWORD}
  mail:
    password: ${SMTP_PASSWORD:}
''')

S = slack_hook()
add("blind-mh/shell/slack-webhook", "scripts/notify_sale_closed.sh",
    "https://api.slack.com/messaging/webhooks",
    '''#!/usr/bin/env bash
# වෙන්දේසිය අවසන් වූ පසු #auction-floor channel එකට පණිවිඩයක්
set -euo pipefail
SALE_NO="${1:?sale number}"
TOTAL_KG="${2:-0}"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Sale ${SALE_NO} closed - ${TOTAL_KG} kg sold\\"}" \\
  @@s@@
''', S, s=S)

S = rand_pw(24)
add("blind-mh/shell/mysqldump-password", "scripts/backup_catalogue.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
    '''#!/bin/sh
# දිනපතා backup - cron 02:00
DAY=$(date +%F)
mysqldump -h 10.20.4.12 -u backup -p'@@s@@' \\
  --single-transaction tea_catalogue | gzip > /backups/catalogue-$DAY.sql.gz
find /backups -name 'catalogue-*.sql.gz' -mtime +14 -delete
''', S, s=S)

add("blind-mh/shell/decoy-prompted-password", "scripts/restore_catalogue.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html",
    '''#!/bin/sh
# restore කරන්න - මුරපදය terminal එකේදී ඇසෙයි
set -e
FILE="$1"
read -s -p "MySQL password for restore: " MYSQL_PWD
export MYSQL_PWD
gunzip -c "$FILE" | mysql -h 10.20.4.12 -u restore tea_catalogue
unset MYSQL_PWD
''')

S = fakes.aws_secret_key(_seed())
add("blind-mh/ini/aws-secret-key", "ops/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    '''[default]
region = ap-south-1

[catalogue-pdf]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@
# නාමාවලි PDF bucket එකට පමණයි
''', S, s=S, k=fakes.aws_key_id(_seed()))

add("blind-mh/ini/decoy-aws-profile-sso", "ops/aws/config",
    "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html",
    '''[profile catalogue-admin]
sso_session = ltb
sso_account_id = 481266093317
sso_role_name = AdministratorAccess
region = ap-south-1

[sso-session ltb]
sso_start_url = https://ltb.awsapps.com/start
sso_region = ap-south-1
''')

S = fakes.github_token(_seed())
add("blind-mh/yaml/github-token", ".github/workflows/publish-catalogue.yml",
    "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions",
    '''name: publish-catalogue
on:
  schedule:
    - cron: "30 2 * * 4"   # බ්‍රහස්පතින්දා උදේ
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/build_catalogue.py --sale next
      - run: gh release upload catalogue-latest out/catalogue.pdf --clobber
        env:
          GH_TOKEN: @@s@@
''', S, s=S)

add("blind-mh/yaml/decoy-actions-secret-ref", ".github/workflows/ci.yml",
    "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
    '''name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
          SENTRY_DSN: ${{ secrets.SENTRY_DSN }}
''')

S = rand_pw(20)
add("blind-mh/k8s/base64-secret", "deploy/k8s/catalogue-db-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-as-container-environment-variables",
    '''apiVersion: v1
kind: Secret
metadata:
  name: catalogue-db
  namespace: auction
  labels:
    app: catalogue
type: Opaque
data:
  username: @@u@@
  password: @@p@@
''', S, u=b64("catalogue_app"), p=b64(S))

add("blind-mh/k8s/decoy-external-secret", "deploy/k8s/catalogue-external-secret.yaml",
    "https://external-secrets.io/latest/api/externalsecret/",
    '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: catalogue-db
  namespace: auction
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: catalogue-db
  data:
    - secretKey: password
      remoteRef:
        key: prod/auction/catalogue-db
        property: password
''')

S = rand_pw(22)
add("blind-mh/k8s/stringdata-password", "deploy/k8s/buyer-portal-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data",
    '''apiVersion: v1
kind: Secret
metadata:
  name: buyer-portal
  namespace: auction
type: Opaque
stringData:
  SESSION_SECRET: "@@s@@"
  PORTAL_BASE_URL: "https://buyers.lankateabrokers.lk"
''', S, s=S)

add("blind-mh/k8s/decoy-sealed-secret", "deploy/k8s/buyer-portal-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage",
    '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: buyer-portal
  namespace: auction
spec:
  encryptedData:
    SESSION_SECRET: AgB@@c@@
  template:
    metadata:
      name: buyer-portal
''', c=rand_pw(180, "+/"))

S = rand_pw(26)
add("blind-mh/compose/postgres-password", "docker-compose.yml",
    "https://docs.docker.com/compose/compose-file/05-services/#environment",
    '''services:
  catalogue-db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: tea_catalogue
      POSTGRES_USER: catalogue_app
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  catalogue:
    build: .
    depends_on: [catalogue-db]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
''', S, s=S)

add("blind-mh/compose/decoy-secrets-file", "docker-compose.prod.yml",
    "https://docs.docker.com/compose/use-secrets/",
    '''services:
  catalogue-db:
    image: postgres:16-alpine
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt   # git-ignored, ops එකෙන් ලබාගන්න
''')

S = fakes.password(_seed())
add("blind-mh/dockerfile/env-password", "tasting-notes/Dockerfile",
    "https://docs.docker.com/reference/dockerfile/#env",
    '''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# TODO: මේක build arg එකක් කරන්න
ENV TASTING_DB_URL=postgresql://taster:@@s@@@tasting-db:5432/notes
EXPOSE 5000
CMD ["gunicorn", "-b", "0.0.0.0:5000", "app:app"]
''', S, s=S)

add("blind-mh/dockerfile/decoy-build-secret-mount", "catalogue/Dockerfile",
    "https://docs.docker.com/build/building/secrets/",
    '''# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.ltb.internal/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "catalogue"]
''')

S = fakes.aws_secret_key(_seed())
add("blind-mh/terraform/aws-provider-keys", "infra/terraform/provider.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
    '''terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# තාවකාලිකයි - ඊළඟ sprint එකේ OIDC වලට මාරු කරනවා
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@k@@"
  secret_key = "@@s@@"
}
''', S, s=S, k=fakes.aws_key_id(_seed()))

add("blind-mh/terraform/decoy-variable-sensitive", "infra/terraform/rds.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    '''variable "catalogue_db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "catalogue" {
  identifier        = "ltb-catalogue"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "catalogue_app"
  password          = var.catalogue_db_password
  skip_final_snapshot = false
}
''')

S = words_pw()
add("blind-mh/tfvars/db-password", "infra/terraform/prod.auto.tfvars",
    "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    '''environment           = "prod"
catalogue_db_password = "@@s@@"
instance_count        = 2
# කොළඹ වෙන්දේසි දින වල scale up
auction_day_capacity  = 6
''', S, s=S)

S = rand_pw(16)
add("blind-mh/ansible/vars-password", "ansible/group_vars/auction_servers.yml",
    "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    '''---
# වෙන්දේසි සර්වර් සඳහා variables
ntp_server: 0.lk.pool.ntp.org
catalogue_user: catalogue
catalogue_db_host: 10.20.4.11
catalogue_db_password: "@@s@@"
nginx_worker_processes: 4
''', S, s=S)

add("blind-mh/ansible/decoy-vault-encrypted", "ansible/group_vars/resort_servers/vault.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    '''$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
''', a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

S = rand_pw(40)
add("blind-mh/javascript/jwt-secret", "buyer-portal/src/auth/jwt.js",
    "https://github.com/auth0/node-jsonwebtoken#usage",
    '''const jwt = require('jsonwebtoken');

// ගැනුම්කරු login token - පැය 8ක් වලංගුයි
const JWT_SECRET = '@@s@@';

function issueBuyerToken(buyer) {
  return jwt.sign({ sub: buyer.id, code: buyer.brokerCode }, JWT_SECRET, { expiresIn: '8h' });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issueBuyerToken, verify };
''', S, s=S)

add("blind-mh/javascript/decoy-test-fixture", "buyer-portal/test/auth.test.js",
    "https://jestjs.io/docs/getting-started",
    '''const { issueBuyerToken } = require('../src/auth/jwt');

// පරීක්ෂණ සඳහා පමණි - fake buyer
const FAKE_BUYER = { id: 'B-0042', brokerCode: 'TEST', password: 'not-a-real-password' };

test('issues a token for a buyer', () => {
  process.env.JWT_SECRET = 'test-secret';
  const token = issueBuyerToken(FAKE_BUYER);
  expect(token.split('.')).toHaveLength(3);
});
''')

S = google_key()
add("blind-mh/typescript/google-maps-key", "buyer-portal/src/map/estates.ts",
    "https://developers.google.com/maps/documentation/javascript/get-api-key",
    '''import { Loader } from '@googlemaps/js-api-loader';

// වතු පිහිටීම් සිතියම (server-side geocoding, unrestricted key)
const loader = new Loader({
  apiKey: "@@s@@",
  version: "weekly",
});

export async function showEstates(el: HTMLElement, estates: { name: string; lat: number; lng: number }[]) {
  const { Map } = await loader.importLibrary('maps');
  const map = new Map(el, { center: { lat: 6.95, lng: 80.78 }, zoom: 9 });
  return map;
}
''', S, s=S)

add("blind-mh/typescript/decoy-publishable-key", "resort-web/src/payments/stripe.ts",
    "https://docs.stripe.com/keys#obtain-api-keys",
    '''import { loadStripe } from '@stripe/stripe-js';

// publishable key - browser එකට යවන්න පුළුවන්
export const stripePromise = loadStripe('@@p@@');

export const CURRENCY = 'lkr';
export const DEPOSIT_PERCENT = 30;
''', p=stripe("pk_live_"))

S = stripe("sk_live_")
add("blind-mh/php/stripe-secret", "resort-web/api/deposit.php",
    "https://docs.stripe.com/api/authentication?lang=php",
    '''<?php
// වෙන්කිරීම් තැන්පතුව - Bentota resort
require_once __DIR__ . '/../vendor/autoload.php';

$stripe = new \\Stripe\\StripeClient('@@s@@');

$booking = json_decode(file_get_contents('php://input'), true);
$intent = $stripe->paymentIntents->create([
    'amount' => (int) round($booking['total'] * 0.3 * 100),
    'currency' => 'lkr',
    'metadata' => ['booking_ref' => $booking['ref']],
]);
echo json_encode(['client_secret' => $intent->client_secret]);
''', S, s=S)

add("blind-mh/php/decoy-getenv", "resort-web/config/database.php",
    "https://www.php.net/manual/en/function.getenv.php",
    '''<?php
// දත්ත ගබඩා සැකසුම් - අගයන් .env වලින්
return [
    'host'     => getenv('RESORT_DB_HOST') ?: '127.0.0.1',
    'database' => 'resort_bookings',
    'username' => getenv('RESORT_DB_USER'),
    'password' => getenv('RESORT_DB_PASSWORD'),
    'charset'  => 'utf8mb4',
];
''')

S = words_pw()
add("blind-mh/php/wp-config-password", "resort-web/wordpress/wp-config.php",
    "https://developer.wordpress.org/apis/wp-config-php/",
    '''<?php
/** Bentota Ayurveda Retreat - බ්ලොග් අඩවිය */
define( 'DB_NAME', 'bentota_wp' );
define( 'DB_USER', 'wp_bentota' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'bar_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', S, s=S)

add("blind-mh/php/decoy-wp-salts-placeholder", "resort-web/wordpress/wp-config-sample.php",
    "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    '''<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
''')

S = twilio_sid()
T = hexs(32)
add("blind-mh/python/twilio-auth-token", "resort/bookings/sms.py",
    "https://www.twilio.com/docs/usage/api#authenticate-with-http",
    '''from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+94112345678"

# අමුත්තන්ට ප්‍රතිකාර වේලාව මතක් කිරීම
def remind(guest_phone: str, treatment: str, at: str) -> None:
    Client(ACCOUNT_SID, AUTH_TOKEN).messages.create(
        to=guest_phone, from_=FROM,
        body=f"Ayubowan! Your {treatment} is at {at}. - Bentota Ayurveda")
''', T, sid=S, s=T)

add("blind-mh/python/decoy-redacted-log", "resort/bookings/debug_dump.py",
    "https://docs.python.org/3/library/logging.html",
    '''import logging

log = logging.getLogger("bookings")

# log එකට රහස් යවන්න එපා - mask කරන්න
def mask(value: str) -> str:
    return value[:4] + "*" * 12 if value else ""

def dump_config(cfg: dict) -> None:
    safe = {k: (mask(v) if "token" in k or "password" in k else v) for k, v in cfg.items()}
    log.info("config loaded: %s", safe)
    # example output: {'sms_token': 'AC1f************', 'db_password': 'Bent************'}
''')

# ---------------------------------------------------------------- other languages

S = rand_pw(24, "!#%")
add("blind-mh/go/dsn-password", "auction-engine/internal/store/db.go",
    "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    '''package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// වෙන්දේසි බිඩ් ගබඩාව
const dsn = "bidder:@@s@@@tcp(10.20.4.13:3306)/bids?parseTime=true"

func Open() (*sql.DB, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(40) // auction day peak
	return db, nil
}
''', S, s=S)

add("blind-mh/go/decoy-env-lookup", "auction-engine/internal/config/config.go",
    "https://pkg.go.dev/os#LookupEnv",
    '''package config

import (
	"fmt"
	"os"
)

type Config struct {
	DSN       string
	SlackHook string
}

// Load - රහස් env එකෙන් විතරයි
func Load() (*Config, error) {
	dsn, ok := os.LookupEnv("BIDS_DSN")
	if !ok {
		return nil, fmt.Errorf("BIDS_DSN not set (format: user:password@tcp(host:3306)/bids)")
	}
	return &Config{DSN: dsn, SlackHook: os.Getenv("SLACK_WEBHOOK_URL")}, nil
}
''')

S = slack_bot()
add("blind-mh/go/slack-bot-token", "auction-engine/cmd/floorbot/main.go",
    "https://api.slack.com/authentication/token-types#bot",
    '''package main

import (
	"log"

	"github.com/slack-go/slack"
)

func main() {
	api := slack.New("@@s@@")
	// ලොට් අංකය ප්‍රකාශ කරන්න
	_, _, err := api.PostMessage("C05AUCTION", slack.MsgOptionText("Lot 1042 - Pedro BOPF - knocked down at LKR 1,340/kg", false))
	if err != nil {
		log.Fatal(err)
	}
}
''', S, s=S)

S = words_pw()
add("blind-mh/java/jdbc-password", "valuation/src/main/java/lk/ltb/valuation/LegacyDb.java",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html",
    '''package lk.ltb.valuation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** පරණ AS/400 තක්සේරු දත්ත - migration එක ඉවර වෙනකම් */
public final class LegacyDb {
    private static final String URL = "jdbc:sqlserver://legacy-val.ltb.local:1433;databaseName=TeaVal";
    private static final String USER = "val_reader";
    private static final String PASSWORD = "@@s@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
''', S, s=S)

add("blind-mh/java/decoy-properties-placeholder", "valuation/src/main/resources/application.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    '''# තක්සේරු සේවාව
server.port=8081
spring.datasource.url=jdbc:postgresql://localhost:5432/valuations
spring.datasource.username=valuer
spring.datasource.password=${DB_PASSWORD}
ltb.catalogue.api-key=${CATALOGUE_API_KEY:}
ltb.grades=BOP,BOPF,FBOP,OP,OP1,PEKOE,DUST1
''')

S = rand_pw(28)
add("blind-mh/properties/smtp-password", "valuation/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/io.html#io.email",
    '''spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=valuations@lankateabrokers.lk
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
# තක්සේරු වාර්තා විකුණුම්කරුවන්ට
''', S, s=S)

S = fakes.fake("", 40, _seed())
add("blind-mh/kotlin/api-key", "buyer-app/app/src/main/java/lk/ltb/buyer/net/ApiClient.kt",
    "https://square.github.io/okhttp/recipes/",
    '''package lk.ltb.buyer.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// ගැනුම්කරු ඇප් එක - catalogue API
object ApiClient {
    private const val BASE = "https://api.lankateabrokers.lk/v2/"
    private const val API_KEY = "@@s@@"

    val http: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("X-Api-Key", API_KEY).build())
        })
        .build()
}
''', S, s=S)

add("blind-mh/kotlin/decoy-buildconfig", "buyer-app/app/build.gradle.kts",
    "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    '''android {
    namespace = "lk.ltb.buyer"
    defaultConfig {
        applicationId = "lk.ltb.buyer"
        minSdk = 26
        // key එක local.properties එකෙන් (git එකට නැහැ)
        buildConfigField("String", "API_KEY", "\\"${project.findProperty("ltbApiKey") ?: ""}\\"")
    }
}
''')

S = rand_pw(20)
add("blind-mh/csharp/connection-string", "resort-pos/Pharmacy.Pos/appsettings.json",
    "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    '''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Pharmacy": "Server=resort-sql01;Database=AyurPharmacy;User Id=pos_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Pharmacy": {
    "LowStockThreshold": 12,
    "DefaultUnit": "ml"
  }
}
''', S, s=S)

add("blind-mh/csharp/decoy-integrated-security", "resort-pos/Pharmacy.Pos/appsettings.Development.json",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax",
    '''{
  "ConnectionStrings": {
    "Pharmacy": "Server=(localdb)\\\\MSSQLLocalDB;Database=AyurPharmacy_Dev;Trusted_Connection=True;"
  },
  "Pharmacy": { "LowStockThreshold": 2 },
  "Sms": { "ApiKey": "" }
}
''')

S = azure_storage_key()
add("blind-mh/csharp/azure-storage-key", "resort-pos/Pharmacy.Pos/Services/InvoiceArchive.cs",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    '''using Azure.Storage.Blobs;

namespace Pharmacy.Pos.Services;

// ඖෂධ බිල්පත් archive කිරීම
public class InvoiceArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=bentotapharmacy;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("invoices");
}
''', S, s=S)

S = rand_pw(18)
add("blind-mh/ruby/database-yml", "resort-admin/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: resort_admin_dev

production:
  <<: *default
  database: resort_admin
  username: resort_admin
  password: @@s@@
  host: 10.30.1.5
''', S, s=S)

add("blind-mh/ruby/decoy-credentials-enc", "resort-admin/config/credentials.yml.enc",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    '''@@a@@--@@b@@--@@c@@
''' + "\n" * 4, a=rand_pw(240, "+/"), b=rand_pw(16), c=rand_pw(22) + "==")

S = mailgun()
add("blind-mh/ruby/mailgun-key", "resort-admin/config/initializers/mailgun.rb",
    "https://github.com/mailgun/mailgun-ruby#usage",
    '''# අමුත්තන්ට තහවුරු කිරීමේ ඊමේල්
Rails.application.config.action_mailer.delivery_method = :mailgun
Rails.application.config.action_mailer.mailgun_settings = {
  api_key: '@@s@@',
  domain: 'mg.bentotaayurveda.lk',
  api_host: 'api.eu.mailgun.net'
}
''', S, s=S)

S = rand_pw(32)
add("blind-mh/rust/api-token", "lot-scanner/src/upload.rs",
    "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth",
    '''use reqwest::blocking::Client;

// සාම්පල් barcode scanner -> catalogue API
const API_TOKEN: &str = "@@s@@";

pub fn upload_sample(lot: u32, weight_g: f32) -> reqwest::Result<()> {
    Client::new()
        .post("https://api.lankateabrokers.lk/v2/samples")
        .bearer_auth(API_TOKEN)
        .json(&serde_json::json!({ "lot": lot, "weight_g": weight_g }))
        .send()?
        .error_for_status()?;
    Ok(())
}
''', S, s=S)

add("blind-mh/rust/decoy-env-var", "lot-scanner/src/config.rs",
    "https://doc.rust-lang.org/std/env/fn.var.html",
    '''use std::env;

pub struct Config {
    pub api_token: String,
    pub station: String,
}

impl Config {
    // token එක scanner එකේ env එකෙන්
    pub fn from_env() -> Self {
        Config {
            api_token: env::var("LTB_API_TOKEN").expect("LTB_API_TOKEN missing"),
            station: env::var("SCANNER_STATION").unwrap_or_else(|_| "sample-room-1".into()),
        }
    }
}
''')

S = rand_pw(36)
add("blind-mh/swift/api-secret", "ResortGuestApp/ResortGuestApp/Networking/BookingAPI.swift",
    "https://developer.apple.com/documentation/foundation/urlrequest",
    '''import Foundation

// අමුත්තන්ගේ iOS ඇප් එක - වෙන්කිරීම් API
enum BookingAPI {
    static let base = URL(string: "https://api.bentotaayurveda.lk/v1")!
    static let clientSecret = "@@s@@"

    static func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.setValue("Bearer \\(clientSecret)", forHTTPHeaderField: "Authorization")
        return req
    }
}
''', S, s=S)

add("blind-mh/swift/decoy-keychain", "ResortGuestApp/ResortGuestApp/Auth/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services",
    '''import Security
import Foundation

// token එක Keychain එකේ - code එකේ නැහැ
struct TokenStore {
    static let service = "lk.bentotaayurveda.guest"

    static func read() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

S = words_pw()
add("blind-mh/powershell/securestring-plaintext", "ops/windows/Sync-PharmacyStock.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring",
    '''# ඖෂධ තොගය POS එකෙන් head office එකට
$user = "RESORT\\svc_stock"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Invoke-Command -ComputerName resort-sql01 -Credential $cred -ScriptBlock {
    Invoke-Sqlcmd -Database AyurPharmacy -Query "EXEC dbo.ExportStock @Date = GETDATE()"
}
''', S, s=S)

add("blind-mh/powershell/decoy-get-credential", "ops/windows/Backup-Bookings.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    '''# වෙන්කිරීම් backup - credential එක ධාවනය කරන විට අසයි
param([string]$Target = "\\\\nas01\\backups\\bookings")
$cred = Get-Credential -Message "NAS account (ops)"
New-PSDrive -Name B -PSProvider FileSystem -Root $Target -Credential $cred | Out-Null
Copy-Item C:\\ResortData\\bookings\\*.bak B:\\ -Force
Remove-PSDrive B
''')

# ---------------------------------------------------------------- client configs

S = npm()
add("blind-mh/npmrc/npm-token", "buyer-portal/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    '''registry=https://registry.npmjs.org/
@ltb:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
# @ltb/catalogue-ui පැකේජය publish කරන්න
''', S, s=S)

add("blind-mh/npmrc/decoy-env-token", "resort-web/.npmrc",
    "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow",
    '''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
fund=false
audit-level=high
''')

S = fakes.pypi_token(_seed())
add("blind-mh/pypirc/pypi-token", "lot-tools/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/",
    '''[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', S, s=S)

S = rand_pw(20)
add("blind-mh/netrc/machine-password", "ops/dotfiles/.netrc",
    "https://everything.curl.dev/usingcurl/netrc",
    '''machine sftp.teaboard.gov.lk
  login ltb_upload
  password @@s@@
machine api.lankateabrokers.lk
  login catalogue
''', S, s=S)

S = fakes.github_token(_seed())
add("blind-mh/git-credentials/github-token", "ops/dotfiles/.git-credentials",
    "https://git-scm.com/docs/git-credential-store#_storage_format",
    '''https://ltb-ci:@@s@@@github.com
https://gitlab.ltb.internal
''' + "\n" * 3, S, s=S)

S = words_pw()
add("blind-mh/maven/settings-password", "valuation/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers",
    '''<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>ltb-nexus</id>
      <username>deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <!-- තක්සේරු artifact repository -->
</settings>
''', S, s=S)

add("blind-mh/maven/decoy-encrypted-password", "valuation/.mvn/settings-ci.xml",
    "https://maven.apache.org/guides/mini/guide-encryption.html",
    '''<settings>
  <servers>
    <server>
      <id>ltb-nexus</id>
      <username>deployer</username>
      <password>{@@c@@=}</password>
    </server>
  </servers>
</settings>
''', c=rand_pw(43, "+/"))

S = rand_pw(30)
add("blind-mh/nuget/cleartext-password", "resort-pos/NuGet.Config",
    "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="resort-feed" value="https://pkgs.resort.internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <resort-feed>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@s@@" />
    </resort-feed>
  </packageSourceCredentials>
</configuration>
''', S, s=S)

S = rand_pw(40, "+/")
add("blind-mh/s3cfg/secret-key", "ops/dotfiles/.s3cfg",
    "https://s3tools.org/kb/item14.htm",
    '''[default]
access_key = @@k@@
secret_key = @@s@@
host_base = sgp1.digitaloceanspaces.com
host_bucket = %(bucket)s.sgp1.digitaloceanspaces.com
use_https = True
''', S, s=S, k=ups(20))

S = rand_pw(24)
add("blind-mh/rclone/obscured-pass", "ops/dotfiles/rclone.conf",
    "https://rclone.org/sftp/",
    '''[teaboard-sftp]
type = sftp
host = sftp.teaboard.gov.lk
user = ltb_upload
pass = @@s@@
shell_type = unix
''', S, s=S)

S = rand_pw(20)
add("blind-mh/pgpass/password", "ops/dotfiles/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    '''# hostname:port:database:username:password
10.20.4.11:5432:tea_catalogue:catalogue_app:@@s@@
10.20.4.11:5432:tea_catalogue_test:*:*
# chmod 600 ~/.pgpass - නැත්නම් psql මෙය නොසලකයි
''' + "\n", S, s=S)

add("blind-mh/ssh-config/decoy-identity-file", "ops/dotfiles/ssh_config",
    "https://man.openbsd.org/ssh_config",
    '''Host auction-bastion
    HostName 203.0.113.24
    User ops
    IdentityFile ~/.ssh/ltb_ed25519
    ForwardAgent no

Host resort-*
    User ayurops
    ProxyJump auction-bastion
''')

S = pem("OPENSSH")
add("blind-mh/pem/openssh-private-key", "ops/keys/deploy_catalogue",
    "https://man.openbsd.org/ssh-keygen",
    '''@@s@@
''', S, s=S)

add("blind-mh/pem/decoy-public-key", "ops/keys/deploy_catalogue.pub",
    "https://man.openbsd.org/ssh-keygen#FILES",
    '''ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@catalogue
# ප්‍රසිද්ධ යතුර - authorized_keys වලට දාන්න
# fingerprint: SHA256:@@f@@
# added 2026-03-02 by Nuwan
# rotate yearly
''', k=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

# ---------------------------------------------------------------- docs, notes, runbooks

S = words_pw()
add("blind-mh/markdown/runbook-password", "docs/runbooks/auction-day.md",
    "https://www.markdownguide.org/basic-syntax/",
    '''# වෙන්දේසි දිනය - Runbook

1. 07:30 ට catalogue freeze කරන්න (`make freeze SALE=next`).
2. Bid terminal 12ම online දැයි බලන්න.
3. Floor display PC එකට login: `floor-display` / `@@s@@`
4. 13:00 ට lunch break - bid engine pause කරන්න.
5. අවසානයේ `scripts/notify_sale_closed.sh` run කරන්න.

> ප්‍රශ්න තිබේ නම් Chaminda (ext 214) අමතන්න.
''', S, s=S)

add("blind-mh/markdown/decoy-onboarding", "docs/onboarding.md",
    "https://www.markdownguide.org/basic-syntax/",
    '''# නව සාමාජිකයින් සඳහා

- VPN: IT එකෙන් `.ovpn` file එක ඉල්ලන්න.
- Database password: **1Password > LTB Engineering > catalogue-db** බලන්න.
- Buyer portal test account: `buyer_demo` / මුරපදය 1Password එකේ.
- `.env.example` පිටපත් කර `.env` සාදන්න, git එකට දාන්න එපා.
- API key: `CATALOGUE_API_KEY=xxxxxxxxxxxxxxxxxxxx` (ඔබගේම key එක portal එකෙන්)
''')

S = stripe("rk_live_")
add("blind-mh/markdown/table-restricted-key", "docs/resort/payments.md",
    "https://docs.stripe.com/keys#limit-access",
    '''## ගෙවීම් සැකසුම් (Bentota resort)

| Item | Value |
|------|-------|
| Account | Bentota Ayurveda Retreat (Pvt) Ltd |
| Currency | LKR / USD |
| Restricted key (refunds only) | `@@s@@` |
| Webhook endpoint | https://api.bentotaayurveda.lk/v1/stripe/hook |

Refund කරන්න පුළුවන් front office manager ට පමණයි.
''', S, s=S)

add("blind-mh/markdown/decoy-docs-example", "docs/api/authentication.md",
    "https://swagger.io/docs/specification/authentication/api-keys/",
    '''# Catalogue API - සත්‍යාපනය

Every request needs an `X-Api-Key` header. Get your key from the buyer portal (Profile > API).

```http
GET /v2/lots?sale=42 HTTP/1.1
Host: api.lankateabrokers.lk
X-Api-Key: YOUR_API_KEY
```

ඔබගේ key එක කිසිවිටෙක client-side JavaScript එකට දාන්න එපා.
''')

S = rand_pw(20)
add("blind-mh/rst/sftp-password", "docs/source/teaboard_upload.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    '''Tea Board SFTP upload
=====================

සෑම විකුණුමකටම පසු sale results Tea Board එකට upload කළ යුතුයි.

.. code-block:: console

   $ sshpass -p '@@s@@' sftp ltb_upload@sftp.teaboard.gov.lk
   sftp> put results/sale_42.csv incoming/

Contact: Tea Board IT desk.
''', S, s=S)

add("blind-mh/rst/decoy-placeholder", "docs/source/configuration.rst",
    "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    '''Configuration
=============

Set these environment variables before starting the catalogue service:

``CATALOGUE_DB_PASSWORD``
    The database password (ask ops; stored in Vault at ``secret/auction/catalogue``).

``SENDGRID_API_KEY``
    e.g. ``SG.xxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyy``
''')

S = rand_pw(16)
add("blind-mh/html/wifi-router-admin", "resort-intranet/it/network.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML",
    '''<!DOCTYPE html>
<html lang="si">
<head><meta charset="utf-8"><title>ජාල තොරතුරු</title></head>
<body>
<h1>Resort network</h1>
<table>
  <tr><th>Device</th><th>Admin URL</th><th>User</th><th>Password</th></tr>
  <tr><td>Core router</td><td>https://10.30.0.1</td><td>admin</td><td>@@s@@</td></tr>
  <tr><td>Guest Wi-Fi</td><td>captive portal</td><td>-</td><td>(ලැබීමේදී දෙනවා)</td></tr>
</table>
</body>
</html>
''', S, s=S)

add("blind-mh/html/decoy-guest-wifi", "resort-intranet/guest/welcome.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML",
    '''<!DOCTYPE html>
<html lang="si">
<head><meta charset="utf-8"><title>ආයුබෝවන්!</title></head>
<body>
<h1>Welcome to Bentota Ayurveda Retreat</h1>
<p>Wi-Fi: <b>Bentota-Guest</b> — your room's access code is on your key card.</p>
<p>Shirodhara and Abhyanga bookings: dial 7 from your room.</p>
</body>
</html>
''')

S = slack_hook()
add("blind-mh/text/notes-webhook", "notes/2026-05-pharmacy-alerts.txt",
    "https://api.slack.com/messaging/webhooks",
    '''ඖෂධ තොග අනතුරු ඇඟවීම් - සටහන්
------------------------------------
- Low stock alert එක #pharmacy channel එකට යවන්න හැදුවා.
- Webhook: @@s@@
- Threshold: Mahanarayana thailaya 12 bottles, Dashamoola arishta 8.
- ඊළඟට: expiry dates check එකත් එකතු කරන්න.
''', S, s=S)

add("blind-mh/text/decoy-rotated-note", "notes/2026-06-key-rotation.txt",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    '''Key rotation - June 2026
=========================
සියලු keys rotate කළා (ticket OPS-311).
old Stripe key  : sk_live_************************ (revoked)
old SendGrid key: SG.****.**** (deleted)
new keys are in Vault: secret/resort/payments, secret/resort/mail
Nothing to do in code - services read from env.
''')

# ---------------------------------------------------------------- data files, logs, SQL, notebooks

S = rand_pw(14)
add("blind-mh/sql/create-user-password", "db/migrations/0007_reporting_user.sql",
    "https://www.postgresql.org/docs/current/sql-createrole.html",
    '''-- වාර්තා සඳහා read-only user
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE tea_catalogue TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON lots, estates, sales, valuations TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
''', S, s=S)

add("blind-mh/sql/decoy-password-hashes", "db/seeds/staff_users.sql",
    "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS",
    '''-- කාර්ය මණ්ඩල පරිශීලකයින් (bcrypt hashes පමණි)
INSERT INTO staff (username, full_name, password_hash, role) VALUES
  ('chaminda', 'Chaminda Perera', '$2b$12$@@a@@', 'auctioneer'),
  ('dilini',   'Dilini Jayasuriya', '$2b$12$@@b@@', 'taster'),
  ('ruwan',    'Ruwan Fernando', '$2b$12$@@c@@', 'admin');
''', a=rand_pw(53, "./"), b=rand_pw(53, "./"), c=rand_pw(53, "./"))

S = rand_pw(22)
add("blind-mh/sql/linked-server-password", "resort-pos/db/linked_server.sql",
    "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql",
    '''-- Head office එකට ඖෂධ තොග යැවීම
EXEC sp_addlinkedserver @server = N'HOSTOCK', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'ho-sql.resort.internal';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'HOSTOCK', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'stock_sync', @rmtpassword = N'@@s@@';
GO
SELECT TOP 5 * FROM HOSTOCK.Stock.dbo.Items;
''', S, s=S)

add("blind-mh/csv/decoy-lot-catalogue", "data/sale_42_catalogue.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    '''lot_no,mark,grade,invoice,packages,net_kg,elevation,sample_token
1001,PEDRO,BOPF,2231,20,1000,high,@@a@@
1002,HAPUTALE,BOP,118,18,900,high,@@b@@
1003,KENILWORTH,OP1,75,12,480,medium,@@c@@
1004,LUMBINI,FBOPF EX SP,40,10,200,low,@@d@@
1005,DEVONSHIRE,PEKOE,310,22,1100,medium,@@e@@
''', a=hexs(12), b=hexs(12), c=hexs(12), d=hexs(12), e=hexs(12))

S = rand_pw(12)
add("blind-mh/csv/staff-accounts", "data/bid_terminal_accounts.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    '''terminal,buyer_code,contact,initial_password,notes
T01,BK,Akbar Brothers,@@s@@,පළමු login එකේදී වෙනස් කරන්න
T02,MJF,-,(reset pending),
T03,HAY,-,(uses SSO),
T04,VAN,-,(uses SSO),
''', S, s=S)

add("blind-mh/csv/decoy-booking-export", "data/bookings_2026_07.csv",
    "https://www.rfc-editor.org/rfc/rfc4180",
    '''booking_ref,guest,nationality,check_in,nights,package,payment_ref,card_last4
BAR-26-0711,K. Müller,DE,2026-07-03,14,Panchakarma,pi_@@a@@,4242
BAR-26-0712,S. Wijesinghe,LK,2026-07-05,3,Rejuvenation,cash,
BAR-26-0713,A. Rossi,IT,2026-07-08,7,Detox,pi_@@b@@,0005
BAR-26-0714,J. Tanaka,JP,2026-07-10,10,Panchakarma,pi_@@c@@,1881
''', a=rand_pw(24), b=rand_pw(24), c=rand_pw(24))

S = rand_pw(32)
add("blind-mh/log/url-password", "logs/catalogue-worker-2026-07-14.log",
    "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url",
    '''2026-07-14 07:30:01,112 INFO  worker starting (sale=42)
2026-07-14 07:30:01,240 INFO  connecting to broker amqp://catalogue:@@s@@@rabbit.ltb.local:5672/auction
2026-07-14 07:30:01,512 INFO  connected
2026-07-14 07:30:04,007 INFO  task build_catalogue_pdf[8c1e] received
2026-07-14 07:30:19,330 INFO  task build_catalogue_pdf[8c1e] succeeded in 15.3s
2026-07-14 07:31:00,001 WARNING lot 1188: estate mark missing in master (කළමනාකරු බලන්න)
''', S, s=S)

add("blind-mh/log/decoy-masked", "logs/resort-api-2026-07-14.log",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html",
    '''2026-07-14T09:12:44Z INFO  POST /v1/bookings 201 ref=BAR-26-0711 user=frontdesk2
2026-07-14T09:12:44Z DEBUG stripe call with key=sk_live_****WQ2k amount=189000 currency=lkr
2026-07-14T09:13:02Z INFO  sms reminder queued guest=+49******21 treatment=Shirodhara
2026-07-14T09:13:02Z DEBUG auth header=Bearer [REDACTED]
2026-07-14T09:15:30Z WARN  pharmacy stock low item=Pinda thailaya qty=3
''')

S = fakes.telegram_token(_seed())
add("blind-mh/log/telegram-token", "logs/pharmacy-bot.log",
    "https://core.telegram.org/bots/api#making-requests",
    '''[2026-07-12 06:00:00] pharmacy-bot v1.3 starting
[2026-07-12 06:00:01] GET https://api.telegram.org/bot@@s@@/getMe -> 200
[2026-07-12 06:00:01] polling chat -100188234551 (ඖෂධාගාරය)
[2026-07-12 08:41:17] /stock dashamoola -> 14 bottles
[2026-07-12 11:02:50] /expiry -> 2 items expire within 30 days
''', S, s=S)

S = hf_token()
add("blind-mh/notebook/hf-token", "analysis/tasting_notes_classifier.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# රස බැලීමේ සටහන් වර්ගීකරණය\\n", "Tasting notes -> grade quality score"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@s@@\\")\\n",
    "import pandas as pd\\n",
    "notes = pd.read_csv('data/tasting_notes_2026.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', S, s=S)

add("blind-mh/notebook/decoy-getpass", "analysis/price_trends.ipynb",
    "https://nbformat.readthedocs.io/en/latest/format_description.html",
    '''{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy as sa\\n",
    "pw = getpass.getpass('reporting password: ')\\n",
    "eng = sa.create_engine(f'postgresql://reporting:{pw}@10.20.4.11/tea_catalogue')\\n",
    "# high-grown BOPF මිල ප්‍රවණතා\\n",
    "df = pd.read_sql('select sale_no, avg(price) from lots group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

S = rand_pw(20)
add("blind-mh/history/mysql-command-line", "ops/dotfiles/.bash_history",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    '''cd /srv/resort-admin
git pull
sudo systemctl restart resort-admin
tail -n 100 log/production.log
mysql -h 10.30.1.9 -u pharmacy -p@@s@@ ayur_pharmacy -e "select count(*) from stock where qty < 5"
df -h
exit
''', S, s=S)

add("blind-mh/history/decoy-vault-commands", "ops/dotfiles/.zsh_history",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    ''': 1720940001:0;vault login -method=oidc
: 1720940042:0;vault kv get -field=password secret/auction/catalogue-db
: 1720940060:0;export PGPASSWORD=$(vault kv get -field=password secret/auction/catalogue-db)
: 1720940071:0;psql -h 10.20.4.11 -U catalogue_app tea_catalogue
: 1720940300:0;unset PGPASSWORD
''')

# ---------------------------------------------------------------- resort: bookings and pharmacy

S = rand_pw(32)
add("blind-mh/python/payhere-merchant-secret", "resort/payments/payhere.py",
    "https://support.payhere.lk/api-&-mobile-sdk/checkout-api",
    '''"""PayHere checkout - දේශීය කාඩ්පත් සඳහා."""
import hashlib

MERCHANT_ID = "1221874"
MERCHANT_SECRET = "@@s@@"


def checkout_hash(order_id: str, amount: str, currency: str = "LKR") -> str:
    secret_md5 = hashlib.md5(MERCHANT_SECRET.encode()).hexdigest().upper()
    raw = f"{MERCHANT_ID}{order_id}{amount}{currency}{secret_md5}"
    return hashlib.md5(raw.encode()).hexdigest().upper()
''', S, s=S)

add("blind-mh/python/decoy-payhere-sandbox", "resort/payments/payhere_settings.py",
    "https://support.payhere.lk/api-&-mobile-sdk/checkout-api",
    '''import os

# sandbox merchant - PayHere docs වල ඇති පරීක්ෂණ අගයන් විතරයි
PAYHERE_SANDBOX = os.getenv("PAYHERE_SANDBOX", "1") == "1"
MERCHANT_ID = os.getenv("PAYHERE_MERCHANT_ID", "1200000")
MERCHANT_SECRET = os.environ.get("PAYHERE_MERCHANT_SECRET")
CHECKOUT_URL = ("https://sandbox.payhere.lk/pay/checkout" if PAYHERE_SANDBOX
                else "https://www.payhere.lk/pay/checkout")
''')

S = rand_pw(40)
add("blind-mh/python/sms-gateway-key-in-url", "resort/bookings/notify_lk.py",
    "https://developer.notify.lk/api-endpoints/",
    '''import requests

# Notify.lk SMS - ප්‍රතිකාර මතක් කිරීම් සිංහලෙන්
URL = "https://app.notify.lk/api/v1/send?user_id=24410&api_key=@@s@@&sender_id=BentotaAyur"


def send(to: str, message: str) -> bool:
    r = requests.get(URL, params={"to": to.lstrip("+"), "message": message}, timeout=10)
    return r.ok and r.json().get("status") == "success"

# send("94771234567", "ආයුබෝවන්! ඔබගේ ශිරෝධාරා ප්‍රතිකාරය හෙට උදේ 9ට.")
''', S, s=S)

S = "EAA" + rand_pw(180)
add("blind-mh/javascript/whatsapp-token", "resort-web/server/whatsapp.js",
    "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started",
    '''// WhatsApp Cloud API - වෙන්කිරීම් තහවුරු කිරීම
const PHONE_NUMBER_ID = '108844512233901';
const TOKEN =
  '@@s@@';

async function confirmBooking(to, ref, checkIn) {
  const res = await fetch(`https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text',
      text: { body: `Booking ${ref} confirmed. Check-in ${checkIn}. Ayubowan!` } }),
  });
  return res.ok;
}
module.exports = { confirmBooking };
''', S, s=S)

add("blind-mh/javascript/decoy-firebase-config", "resort-web/src/firebase.js",
    "https://firebase.google.com/docs/projects/api-keys",
    '''import { initializeApp } from 'firebase/app';

// Firebase web config - මෙය public; security rules මගින් ආරක්ෂා වේ
const firebaseConfig = {
  apiKey: '@@k@@',
  authDomain: 'bentota-ayurveda.firebaseapp.com',
  projectId: 'bentota-ayurveda',
  storageBucket: 'bentota-ayurveda.appspot.com',
  messagingSenderId: '661204877321',
  appId: '1:661204877321:web:@@a@@',
};

export const app = initializeApp(firebaseConfig);
''', k=google_key(), a=hexs(22))

S = words_pw()
add("blind-mh/javascript/mongo-uri", "resort-web/server/db.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    '''const mongoose = require('mongoose');

// treatment schedule - ප්‍රතිකාර කාලසටහන
mongoose.connect('mongodb+srv://schedule_app:@@s@@@resort-cluster.x7kq2.mongodb.net/treatments?retryWrites=true&w=majority');

const TreatmentSlot = mongoose.model('TreatmentSlot', new mongoose.Schema({
  guestRef: String, therapy: String, therapist: String, start: Date, minutes: Number,
}));

module.exports = { TreatmentSlot };
''', S, s=S)

add("blind-mh/javascript/decoy-mongo-local", "resort-web/server/db.test.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/",
    '''const { MongoMemoryServer } = require('mongodb-memory-server');
const mongoose = require('mongoose');

// පරීක්ෂණ - memory server, password නැහැ
let mongod;
beforeAll(async () => { mongod = await MongoMemoryServer.create(); await mongoose.connect(mongod.getUri()); });
afterAll(async () => { await mongoose.disconnect(); await mongod.stop(); });

test('connects', () => expect(mongoose.connection.readyState).toBe(1));
''')

S = rand_pw(24)
add("blind-mh/python/redis-url", "resort/pharmacy/celery_app.py",
    "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html",
    '''from celery import Celery

# ඖෂධ කල් ඉකුත්වීම් පරීක්ෂාව - දිනපතා
app = Celery(
    "pharmacy",
    broker="redis://:@@s@@@10.30.1.7:6379/2",
    backend="redis://:@@s@@@10.30.1.7:6379/3",
)
app.conf.beat_schedule = {
    "expiry-check": {"task": "pharmacy.tasks.expiry_check", "schedule": 86400.0},
}
''', S, s=S)

S = fakes.redis_password(_seed())
add("blind-mh/conf/redis-requirepass", "ops/redis/redis.conf",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    '''bind 10.30.1.7
port 6379
protected-mode yes
# ඖෂධාගාර queue
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
''', S, s=S)

add("blind-mh/conf/decoy-htpasswd", "ops/nginx/.htpasswd",
    "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    '''frontdesk:$apr1$@@a@@$@@b@@
pharmacist:$apr1$@@c@@$@@d@@
manager:$2y$10$@@e@@
ayurdoctor:$apr1$@@f@@$@@g@@
spa:$apr1$@@h@@$@@i@@
''', a=rand_pw(8), b=rand_pw(22, "./"), c=rand_pw(8), d=rand_pw(22, "./"), e=rand_pw(53, "./"),
    f=rand_pw(8), g=rand_pw(22, "./"), h=rand_pw(8), i=rand_pw(22, "./"))

S = b64("frontdesk:" + words_pw())
add("blind-mh/conf/nginx-basic-auth-header", "ops/nginx/conf.d/pharmacy-proxy.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    '''# ඖෂධ POS -> head office stock API (basic auth)
server {
    listen 8443 ssl;
    server_name pharmacy.resort.internal;
    location /stock/ {
        proxy_pass https://ho-stock.resort.internal/;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host ho-stock.resort.internal;
    }
}
''', S, s=S)

S = rand_pw(26)
add("blind-mh/systemd/environment-password", "ops/systemd/booking-sync.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment",
    '''[Unit]
Description=Booking.com / Agoda channel sync (වෙන්කිරීම් සමමුහුර්තය)
After=network-online.target

[Service]
User=bookings
Environment="CHANNEL_MANAGER_USER=bentota_ayur"
Environment="CHANNEL_MANAGER_PASSWORD=@@s@@"
ExecStart=/opt/booking-sync/bin/sync --interval 300
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', S, s=S)

add("blind-mh/systemd/decoy-environment-file", "ops/systemd/pharmacy-bot.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=",
    '''[Unit]
Description=Pharmacy Telegram bot
After=network-online.target

[Service]
User=pharmacy
EnvironmentFile=/etc/pharmacy-bot/env
LoadCredential=bot_token:/etc/credstore/pharmacy-bot.token
ExecStart=/opt/pharmacy-bot/venv/bin/python -m pharmacy_bot
Restart=always

[Install]
WantedBy=multi-user.target
''')

S = rand_pw(28)
add("blind-mh/helm/values-password", "deploy/helm/resort-api/values-prod.yaml",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    '''replicaCount: 2
image:
  repository: registry.resort.internal/resort-api
  tag: "2.8.1"
ingress:
  enabled: true
  host: api.bentotaayurveda.lk
postgresql:
  auth:
    username: resort_api
    password: "@@s@@"
    database: bookings
# ප්‍රතිකාර කාලසටහන cron
scheduleSync:
  cron: "*/10 * * * *"
''', S, s=S)

add("blind-mh/helm/decoy-existing-secret", "deploy/helm/resort-api/values.yaml",
    "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    '''replicaCount: 1
image:
  repository: registry.resort.internal/resort-api
  tag: latest
postgresql:
  auth:
    username: resort_api
    existingSecret: resort-api-db
    secretKeys:
      userPasswordKey: password
    password: ""
''')

S = "https://" + "bentota_sync:" + rand_pw(20) + "@ical.resort.internal/calendars/treatments.ics"
P = S.split(":")[2].split("@")[0]
add("blind-mh/yaml/ical-url-password", "resort/config/calendars.yml",
    "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1",
    '''# ප්‍රතිකාර දින දර්ශන - therapists ලාගේ phones වලට
calendars:
  - name: treatments
    url: @@u@@
    refresh_minutes: 15
  - name: yoga
    url: https://calendar.google.com/calendar/ical/bentota.yoga%40gmail.com/public/basic.ics
''', P, u=S)

S = anthropic_key()
add("blind-mh/python/anthropic-key", "resort/concierge/assistant.py",
    "https://docs.anthropic.com/en/api/getting-started",
    '''import anthropic

# අමුත්තන්ගේ ප්‍රශ්නවලට concierge assistant (සිංහල / English / Deutsch)
client = anthropic.Anthropic(api_key="@@s@@")

SYSTEM = "You are the concierge of Bentota Ayurveda Retreat. Never give medical advice; refer to the resident doctor."


def answer(question: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                 system=SYSTEM, messages=[{"role": "user", "content": question}])
    return msg.content[0].text
''', S, s=S)

S = fakes.openai_key(_seed())
add("blind-mh/env/openai-key", "resort/concierge/.env",
    "https://platform.openai.com/docs/quickstart",
    '''# concierge translation fallback
OPENAI_API_KEY=@@s@@
OPENAI_MODEL=gpt-4o-mini
CONCIERGE_LANGS=si,en,de,ru
LOG_LEVEL=info
''', S, s=S)

add("blind-mh/env/decoy-op-references", "resort/concierge/.env.op",
    "https://developer.1password.com/docs/cli/secrets-environment-variables/",
    '''# 1Password CLI: op run --env-file=.env.op -- python -m concierge
OPENAI_API_KEY=op://Resort/concierge-openai/credential
ANTHROPIC_API_KEY=op://Resort/concierge-anthropic/credential
CONCIERGE_LANGS=si,en,de,ru
LOG_LEVEL=info
''')

# ---------------------------------------------------------------- CI, containers, clusters

S = gitlab()
add("blind-mh/gitlab-ci/token-variable", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/#variables",
    '''stages: [test, package]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  # lot-tools mirror එකට push කරන්න (තාවකාලික)
  MIRROR_TOKEN: "@@s@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

mirror:
  stage: package
  script:
    - git push "https://oauth2:${MIRROR_TOKEN}@gitlab.com/ltb/lot-tools.git" HEAD:main
''', S, s=S)

add("blind-mh/gitlab-ci/decoy-masked-variable", "lot-tools/.gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable",
    '''stages: [publish]

publish:
  stage: publish
  image: python:3.12
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    # PYPI_TOKEN එක masked + protected variable එකක් ලෙස settings වල
    - twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
''')

S = rand_pw(22)
add("blind-mh/jenkins/credential-in-pipeline", "valuation/Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/syntax/#environment",
    '''pipeline {
    agent any
    environment {
        NEXUS_USER = 'deployer'
        NEXUS_PASS = '@@s@@'   // TODO credentials() වලට දාන්න
    }
    stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Deploy') {
            steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
        }
    }
}
''', S, s=S)

add("blind-mh/jenkins/decoy-credentials-binding", "catalogue/Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
    '''pipeline {
    agent { label 'linux' }
    environment {
        REGISTRY_CREDS = credentials('ltb-registry')
    }
    stages {
        stage('Image') {
            steps {
                sh 'echo "$REGISTRY_CREDS_PSW" | docker login registry.ltb.internal -u "$REGISTRY_CREDS_USR" --password-stdin'
                sh 'docker build -t registry.ltb.internal/catalogue:$BUILD_NUMBER .'
            }
        }
    }
}
''')

S = rand_pw(24)
add("blind-mh/bitbucket/pipeline-password", "resort-web/bitbucket-pipelines.yml",
    "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/",
    '''image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build & deploy (Bentota site)
          script:
            - npm ci && npm run build
            - lftp -u bentota_ftp,@@s@@ -e "mirror -R dist/ /public_html/; bye" ftp.bentotaayurveda.lk
''', S, s=S)

add("blind-mh/azure-pipelines/decoy-variable-group", "resort-pos/azure-pipelines.yml",
    "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups",
    '''trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  - group: pharmacy-pos-secrets   # SqlPassword, NuGetToken (Library එකේ)
  - name: buildConfiguration
    value: Release
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - script: dotnet test --no-build
    env:
      SQL_PASSWORD: $(SqlPassword)
''')

S = b64("ltb-ci:" + rand_pw(32))
add("blind-mh/docker-config/auth", "ops/ci/docker-config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    '''{
  "auths": {
    "registry.ltb.internal": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0 (linux)" }
}
''', S, s=S)

add("blind-mh/docker-config/decoy-cred-helper", "ops/ci/docker-config.local.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-helpers",
    '''{
  "credHelpers": {
    "481266093317.dkr.ecr.ap-south-1.amazonaws.com": "ecr-login",
    "registry.ltb.internal": "pass"
  },
  "auths": {}
}
''')

S = rand_pw(40) + "." + rand_pw(60)
add("blind-mh/kubeconfig/user-token", "ops/kube/resort-cluster.kubeconfig",
    "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    '''apiVersion: v1
kind: Config
clusters:
  - name: resort
    cluster:
      server: https://10.30.0.20:6443
      insecure-skip-tls-verify: true
contexts:
  - name: resort-ops
    context: { cluster: resort, user: ops, namespace: bookings }
current-context: resort-ops
users:
  - name: ops
    user:
      token: @@s@@
''', S, s=S)

add("blind-mh/kubeconfig/decoy-exec-plugin", "ops/kube/auction-eks.kubeconfig",
    "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins",
    '''apiVersion: v1
kind: Config
clusters:
  - name: auction
    cluster:
      server: https://9A1F4C2E7B.gr7.ap-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
contexts:
  - name: auction
    context: { cluster: auction, user: sso }
current-context: auction
users:
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "auction", "--profile", "catalogue-admin"]
''', ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + rand_pw(120, "+/") + "\n-----END CERTIFICATE-----\n"))

S = pem("PRIVATE").replace("BEGIN PRIVATE PRIVATE", "BEGIN PRIVATE").replace("END PRIVATE PRIVATE", "END PRIVATE")
add("blind-mh/json/gcp-service-account", "analysis/gcp-bq-reader.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    '''{
  "type": "service_account",
  "project_id": "ltb-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "bq-reader@ltb-analytics.iam.gserviceaccount.com",
  "client_id": "108822013374412209981",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', S.replace("\n", "\\n") + "\\n", kid=hexs(40), pk=S.replace("\n", "\\n") + "\\n")

add("blind-mh/json/decoy-service-account-template", "analysis/gcp-sa.template.json",
    "https://cloud.google.com/iam/docs/keys-create-delete",
    '''{
  "type": "service_account",
  "project_id": "ltb-analytics",
  "private_key_id": "<key id>",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<paste from console>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "bq-reader@ltb-analytics.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''')

# ---------------------------------------------------------------- split, embedded, heredoc

S = rand_pw(28)
add("blind-mh/python/split-api-key", "catalogue/integrations/teaboard_api.py",
    "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
    '''"""Sri Lanka Tea Board - auction results API client."""
import requests

# key එක දිග නිසා කැඩුවා (flake8 E501)
TEABOARD_API_KEY = ("@@a@@"
                    "@@b@@")


def post_results(sale_no: int, rows: list) -> None:
    requests.post("https://api.teaboard.gov.lk/auction/v1/results",
                  headers={"X-API-KEY": TEABOARD_API_KEY},
                  json={"broker": "LTB", "sale": sale_no, "lots": rows}, timeout=30).raise_for_status()
''', S, a=S[:14], b=S[14:])

S = rand_pw(20)
add("blind-mh/python/json-in-string", "catalogue/integrations/warehouse.py",
    "https://docs.python.org/3/library/json.html",
    '''import json
import os

# Warehouse (Peliyagoda) stock API - config එක env එකේ JSON ලෙස
_DEFAULT = '{"url": "https://wms.peliyagodastores.lk/api", "user": "ltb_catalogue", "password": "@@s@@"}'
CFG = json.loads(os.environ.get("WMS_CONFIG", _DEFAULT))


def lots_in_store(mark: str) -> list:
    import requests
    r = requests.get(f"{CFG['url']}/lots", params={"mark": mark}, auth=(CFG["user"], CFG["password"]))
    return r.json()
''', S, s=S)

S = words_pw()
add("blind-mh/shell/heredoc-config", "scripts/provision_tasting_room.sh",
    "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    '''#!/usr/bin/env bash
# රස බැලීමේ කාමරයේ tablet server සකස් කිරීම
set -e
sudo mkdir -p /etc/tasting
sudo tee /etc/tasting/app.ini > /dev/null <<'EOF'
[database]
host = 10.20.4.14
user = taster
password = @@s@@
[ui]
language = si
EOF
sudo systemctl restart tasting-app
''', S, s=S)

add("blind-mh/shell/decoy-heredoc-from-vault", "scripts/provision_valuation.sh",
    "https://developer.hashicorp.com/vault/docs/commands/kv/get",
    '''#!/usr/bin/env bash
set -euo pipefail
DB_PASS="$(vault kv get -field=password secret/auction/valuation-db)"
cat > /etc/valuation/app.env <<EOF
VALUATION_DB_USER=valuer
VALUATION_DB_PASSWORD=${DB_PASS}
EOF
chmod 600 /etc/valuation/app.env
''')

S = rand_pw(30)
add("blind-mh/shell/curl-bearer", "scripts/pull_bookings.sh",
    "https://everything.curl.dev/http/auth",
    '''#!/bin/bash
# Channel manager එකෙන් අද වෙන්කිරීම් ලබා ගැනීම
TODAY=$(date +%F)
curl -sS "https://api.channelhub.example/v3/properties/BENTOTA-AYUR/reservations?arrival=$TODAY" \\
     -H "Authorization: Bearer @@s@@" \\
     -H "Accept: application/json" \\
  | jq -r '.reservations[] | [.id, .guest.name, .nights] | @tsv' > /var/lib/bookings/$TODAY.tsv
''', S, s=S)

add("blind-mh/shell/decoy-token-file", "scripts/pull_invoices.sh",
    "https://everything.curl.dev/http/auth",
    '''#!/bin/bash
# token එක ~/.config/channelhub/token ගොනුවේ (chmod 600)
TOKEN_FILE="${HOME}/.config/channelhub/token"
[ -r "$TOKEN_FILE" ] || { echo "token file missing" >&2; exit 1; }
curl -sS -H "Authorization: Bearer $(cat "$TOKEN_FILE")" \\
  "https://api.channelhub.example/v3/properties/BENTOTA-AYUR/invoices?month=$(date +%Y-%m)"
''')

S = rand_pw(18)
add("blind-mh/toml/db-password", "lot-scanner/config/scanner.toml",
    "https://toml.io/en/v1.0.0",
    '''[station]
name = "sample-room-1"
printer = "zebra-gk420"

[database]
# සාම්පල් බර ලියාපදිංචිය
url = "postgres://scanner:@@s@@@10.20.4.11:5432/samples"
pool = 4

[catalogue]
base_url = "https://api.lankateabrokers.lk/v2"
''', S, s=S)

add("blind-mh/toml/decoy-cargo-config", "lot-scanner/.cargo/config.toml",
    "https://doc.rust-lang.org/cargo/reference/registry-authentication.html",
    '''[registries.ltb]
index = "sparse+https://cargo.ltb.internal/index/"
credential-provider = ["cargo:token-from-stdout", "op", "read", "op://Engineering/cargo-ltb/token"]

[net]
git-fetch-with-cli = true
''')

S = fakes.fake("cio", 32, _seed())
add("blind-mh/toml/cargo-credentials", "ops/dotfiles/cargo-credentials.toml",
    "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
    '''# ~/.cargo/credentials.toml (lot-scanner crate publish)
[registry]
token = "@@s@@"

[registries.ltb]
token = "Bearer ${LTB_CARGO_TOKEN}"
''', S, s=S)

S = rand_pw(20)
add("blind-mh/xml/web-config", "resort-pos/Pharmacy.Legacy/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- පැරණි ඖෂධ බෙදාහැරීමේ පද්ධතිය -->
  <connectionStrings>
    <add name="Pharmacy"
         connectionString="Data Source=resort-sql01;Initial Catalog=AyurPharmacy;User ID=legacy_web;Password=@@s@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Ward" value="Panchakarma" />
  </appSettings>
</configuration>
''', S, s=S)

add("blind-mh/xml/decoy-protected-section", "resort-pos/Pharmacy.Legacy/Web.Release.config",
    "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)",
    '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <CipherData>
        <CipherValue>@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
''', c=rand_pw(172, "+/") + "=")

S = words_pw()
add("blind-mh/xml/tomcat-users", "valuation/tomcat/conf/tomcat-users.xml",
    "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html#Configuring_Manager_Application_Access",
    '''<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- තක්සේරු app deploy කිරීමට -->
  <role rolename="manager-script"/>
  <user username="deployer" password="@@s@@" roles="manager-script"/>
</tomcat-users>
''', S, s=S)

S = rand_pw(16)
add("blind-mh/xml/log4j-smtp-appender", "valuation/src/main/resources/log4j2.xml",
    "https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender",
    '''<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="out" target="SYSTEM_OUT"/>
    <SMTP name="mail" subject="Valuation error" to="it@lankateabrokers.lk" from="valuation@lankateabrokers.lk"
          smtpHost="smtp.office365.com" smtpPort="587" smtpUsername="valuation@lankateabrokers.lk"
          smtpPassword="@@s@@" bufferSize="20"/>
  </Appenders>
  <Loggers>
    <Root level="info"><AppenderRef ref="out"/><AppenderRef ref="mail" level="error"/></Root>
  </Loggers>
</Configuration>
''', S, s=S)

add("blind-mh/xml/decoy-pom-properties", "valuation/pom.xml",
    "https://maven.apache.org/pom.html#Properties",
    '''<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>lk.ltb</groupId>
  <artifactId>valuation</artifactId>
  <version>3.4.0</version>
  <properties>
    <java.version>21</java.version>
    <sonar.token>${env.SONAR_TOKEN}</sonar.token>
    <db.password>${env.VALUATION_DB_PASSWORD}</db.password>
  </properties>
</project>
''')

S = rand_pw(22)
add("blind-mh/gradle/properties-password", "buyer-app/gradle.properties",
    "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties",
    '''org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# release signing (ගැනුම්කරු ඇප් එක)
LTB_KEYSTORE_FILE=../keys/buyer-release.jks
LTB_KEY_ALIAS=buyer
LTB_KEYSTORE_PASSWORD=@@s@@
''', S, s=S)

add("blind-mh/gradle/decoy-local-properties-sample", "buyer-app/local.properties.sample",
    "https://developer.android.com/studio/build#properties-files",
    '''## Copy to local.properties (not committed)
sdk.dir=/Users/you/Library/Android/sdk
ltbApiKey=PASTE_YOUR_DEV_KEY_HERE
LTB_KEYSTORE_PASSWORD=
# debug build එකට key එක ඕන නැහැ
''')

# ---------------------------------------------------------------- more languages

S = rand_pw(32)
add("blind-mh/dart/api-key", "resort_staff_app/lib/services/schedule_api.dart",
    "https://pub.dev/documentation/http/latest/",
    '''import 'package:http/http.dart' as http;

// චිකිත්සකයින්ගේ දෛනික කාලසටහන
class ScheduleApi {
  static const _base = 'https://api.bentotaayurveda.lk/v1';
  static const _staffKey = '@@s@@';

  Future<http.Response> today(String therapistId) {
    return http.get(Uri.parse('$_base/therapists/$therapistId/schedule/today'),
        headers: {'X-Staff-Key': _staffKey});
  }
}
''', S, s=S)

add("blind-mh/dart/decoy-dart-define", "resort_staff_app/lib/config.dart",
    "https://dart.dev/guides/environment-declarations",
    '''// build කරන විට: flutter build apk --dart-define=STAFF_KEY=...
class Config {
  static const staffKey = String.fromEnvironment('STAFF_KEY');
  static const apiBase = String.fromEnvironment('API_BASE',
      defaultValue: 'https://api.bentotaayurveda.lk/v1');
  static bool get configured => staffKey.isNotEmpty;
}
''')

S = words_pw()
add("blind-mh/elixir/repo-password", "auction_live/config/prod.exs",
    "https://hexdocs.pm/ecto/Ecto.Repo.html#module-urls",
    '''import Config

# සජීවී බිඩ් දර්ශනය (Phoenix LiveView)
config :auction_live, AuctionLive.Repo,
  username: "live_app",
  password: "@@s@@",
  hostname: "10.20.4.13",
  database: "bids",
  pool_size: 20

config :auction_live, AuctionLiveWeb.Endpoint, url: [host: "live.lankateabrokers.lk", port: 443]
''', S, s=S)

add("blind-mh/elixir/decoy-runtime-env", "auction_live/config/runtime.exs",
    "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets",
    '''import Config

if config_env() == :prod do
  database_url = System.get_env("DATABASE_URL") || raise "DATABASE_URL missing (ecto://USER:PASS@HOST/DATABASE)"
  secret_key_base = System.fetch_env!("SECRET_KEY_BASE")

  config :auction_live, AuctionLive.Repo, url: database_url, pool_size: 20
  config :auction_live, AuctionLiveWeb.Endpoint, secret_key_base: secret_key_base
end
''')

S = rand_pw(64)
add("blind-mh/elixir/secret-key-base", "auction_live/config/staging.exs",
    "https://hexdocs.pm/phoenix/Phoenix.Endpoint.html#module-runtime-configuration",
    '''import Config

config :auction_live, AuctionLiveWeb.Endpoint,
  url: [host: "live-staging.ltb.internal"],
  secret_key_base: "@@s@@",
  server: true

config :logger, level: :debug
''', S, s=S)

S = rand_pw(16)
add("blind-mh/perl/dbi-password", "legacy/cgi-bin/lot_report.pl",
    "https://metacpan.org/pod/DBI#connect",
    '''#!/usr/bin/perl
use strict;
use warnings;
use DBI;

# පරණ lot report එක - 2009 සිට
my $dbh = DBI->connect("DBI:mysql:database=auction;host=10.20.4.10", "report", "@@s@@",
                       { RaiseError => 1 });
my $sth = $dbh->prepare("SELECT lot_no, mark, grade, price FROM lots WHERE sale_no = ?");
$sth->execute($ARGV[0] || 1);
while (my @r = $sth->fetchrow_array) { print join("\\t", @r), "\\n"; }
''', S, s=S)

S = rand_pw(24)
add("blind-mh/lua/mqtt-password", "resort-iot/steam-bath/controller.lua",
    "https://nodemcu.readthedocs.io/en/release/modules/mqtt/",
    '''-- වාෂ්ප ස්නානය (sweda) උෂ්ණත්ව පාලකය - NodeMCU
local BROKER = "10.30.2.5"
local m = mqtt.Client("sweda-room-2", 120, "sweda", "@@s@@")

m:connect(BROKER, 1883, false, function(c)
  c:subscribe("resort/sweda/2/setpoint", 0)
  tmr.create():alarm(5000, tmr.ALARM_AUTO, function()
    c:publish("resort/sweda/2/temp", tostring(adc.read(0) / 10), 0, 0)
  end)
end)
''', S, s=S)

add("blind-mh/lua/decoy-wifi-from-file", "resort-iot/steam-bath/init.lua",
    "https://nodemcu.readthedocs.io/en/release/modules/file/",
    '''-- Wi-Fi අගයන් flash එකේ creds.json ගොනුවෙන් (repo එකේ නැහැ)
local f = file.open("creds.json", "r")
local creds = sjson.decode(f:read())
f:close()
wifi.setmode(wifi.STATION)
wifi.sta.config({ ssid = creds.ssid, pwd = creds.pwd })
dofile("controller.lua")
''')

S = rand_pw(20)
add("blind-mh/cpp/device-password", "resort-iot/oil-warmer/src/main.cpp",
    "https://docs.arduino.cc/libraries/wifi/",
    '''#include <WiFi.h>
#include <PubSubClient.h>

// තෛල උණුසුම් කරන උපකරණය (shirodhara) - ESP32
const char* WIFI_SSID = "Resort-IoT";
const char* WIFI_PASS = "@@s@@";
const char* MQTT_HOST = "10.30.2.5";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() { mqtt.loop(); }
''', S, s=S)

add("blind-mh/cpp/decoy-secrets-header", "resort-iot/oil-warmer/src/secrets.h.example",
    "https://docs.arduino.cc/arduino-cloud/guides/arduino-cli/#secrets",
    '''// secrets.h ලෙස පිටපත් කර පුරවන්න (secrets.h is in .gitignore)
#pragma once
#define SECRET_WIFI_SSID "your-ssid"
#define SECRET_WIFI_PASS "your-wifi-password"
#define SECRET_MQTT_USER ""
#define SECRET_MQTT_PASS ""
''')

S = rand_pw(36)
add("blind-mh/scala/api-secret", "price-index/src/main/scala/lk/ltb/index/Publisher.scala",
    "https://sttp.softwaremill.com/en/latest/",
    '''package lk.ltb.index

import sttp.client3._

// සතිපතා මිල දර්ශකය (weekly price index) - partner API
object Publisher {
  private val secret = "@@s@@"
  private val backend = HttpClientSyncBackend()

  def publish(json: String): Unit =
    basicRequest.post(uri"https://partners.lankateabrokers.lk/index")
      .header("X-Partner-Secret", secret)
      .body(json)
      .send(backend)
}
''', S, s=S)

S = rand_pw(20)
add("blind-mh/python/ftp-login", "catalogue/integrations/shipping_edi.py",
    "https://docs.python.org/3/library/ftplib.html",
    '''"""Forwarder EDI - නැව්ගත කිරීමේ උපදෙස් (shipping instructions) upload කිරීම."""
from ftplib import FTP_TLS


def upload(path: str) -> None:
    ftps = FTP_TLS("edi.colombo-forwarders.lk")
    ftps.login(user="ltb_edi", passwd="@@s@@")
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR inbound/{path.rsplit('/', 1)[-1]}", fh)
    ftps.quit()
''', S, s=S)

add("blind-mh/python/decoy-keyring", "catalogue/integrations/shipping_edi_v2.py",
    "https://pypi.org/project/keyring/",
    '''"""EDI v2 - මුරපදය OS keyring එකෙන්."""
from ftplib import FTP_TLS

import keyring


def upload(path: str) -> None:
    password = keyring.get_password("colombo-forwarders-edi", "ltb_edi")
    ftps = FTP_TLS("edi.colombo-forwarders.lk")
    ftps.login(user="ltb_edi", passwd=password)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary(f"STOR inbound/{path.rsplit('/', 1)[-1]}", fh)
''')

S = discord_hook()
add("blind-mh/python/discord-webhook", "catalogue/monitoring/price_alerts.py",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    '''import requests

# මිල විශාල ලෙස වෙනස් වූ විට tasters ලාට දැනුම් දීම
HOOK = "@@s@@"


def alert(mark: str, grade: str, prev: float, now: float) -> None:
    change = (now - prev) / prev * 100
    if abs(change) >= 15:
        requests.post(HOOK, json={"content": f"{mark} {grade}: LKR {prev:.0f} -> {now:.0f} ({change:+.1f}%)"})
''', S, s=S)

add("blind-mh/python/decoy-webhook-example-docstring", "catalogue/monitoring/hooks.py",
    "https://api.slack.com/messaging/webhooks",
    '''"""Webhook helpers.

The URL comes from settings.ALERT_WEBHOOK_URL, for example (Slack's documented sample):

    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
"""
from django.conf import settings


def url() -> str:
    return settings.ALERT_WEBHOOK_URL
''')

# ---------------------------------------------------------------- wiki pages, tickets, chat exports

S = rand_pw(14, "!@#")
add("blind-mh/wiki/confluence-style-password", "wiki/resort/front-office/night-audit.md",
    "https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html",
    '''h1. රාත්‍රී ගිණුම් පරීක්ෂාව (Night audit)

* 23:30 ට HMS එකේ "Close day" ඔබන්න.
* Channel manager rates sync එක බලන්න.
* HMS night-audit user: *nightaudit* පස්වර්ඩ් *@@s@@*
* වාර්තාව GM ට email කරන්න.

_Last edited by Sanduni, 2026-04-11_
''', S, s=S)

add("blind-mh/wiki/decoy-password-policy", "wiki/it/password-policy.md",
    "https://pages.nist.gov/800-63-3/sp800-63b.html",
    '''# මුරපද ප්‍රතිපත්තිය

- අවම අක්ෂර 14ක්; උදා: `Correct-Horse-Battery-Staple` වැනි වාක්‍ය ඛණ්ඩ (මෙය භාවිතා නොකරන්න!).
- `Password123`, `Bentota2026`, `Ayubowan!` වැනි ඒවා තහනම්.
- සෑම shared account එකක්ම 1Password "Resort Shared" vault එකේ.
- MFA අනිවාර්යයි: HMS, email, payment portals.
''')

S = shopify()
add("blind-mh/wiki/table-shopify-token", "wiki/resort/online-shop.md",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    '''# Online shop (තෙල් සහ ඖෂධ විකිණීම)

| Setting | Value |
|---|---|
| Store | bentota-ayurveda-shop.myshopify.com |
| App | stock-sync (custom app) |
| Admin API token | @@s@@ |
| Scopes | read_products, write_inventory |

POS stock -> Shopify sync runs every hour from `ops/cron/shop_sync`.
''', S, s=S)

S = rand_pw(18)
add("blind-mh/text/chat-export-password", "notes/whatsapp-it-group-export.txt",
    "https://faq.whatsapp.com/1180414079177245",
    '''[11/04/2026, 09:14:22] Kasun IT: cctv NVR එකේ password reset කළා
[11/04/2026, 09:14:40] Kasun IT: admin / @@s@@
[11/04/2026, 09:15:03] Nimali FO: ස්තූතියි අයියේ 🙏
[11/04/2026, 09:20:11] Kasun IT: කාටවත් share කරන්න එපා, security office එකට විතරයි
[11/04/2026, 09:21:45] Nimali FO: හරි
''', S, s=S)

add("blind-mh/text/decoy-ticket-redacted", "notes/ticket-OPS-288.txt",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    '''OPS-288  Booking sync failing since 02:00
Reporter: Nimali (Front office)
---
02:00 ට sync job එක 401 දෙනවා. Log:
  POST https://api.channelhub.example/v3/token  client_id=bentota-ayur client_secret=[hidden]  -> 401
Resolution: client secret expired; new secret placed in Vault (secret/resort/channelhub).
Restarted booking-sync.service. Closed.
''')

S = rand_pw(12)
add("blind-mh/text/handover-note", "notes/handover_pharmacy_2026-08.txt",
    "https://en.wikipedia.org/wiki/Shift_handover",
    '''ඖෂධාගාර භාරදීම - අගෝස්තු 2026
Dr. Hasini (නිවාඩු) -> Pharmacist Lakmal

1. Controlled stock cabinet key: reception safe.
2. POS supervisor login: lakmal.supervisor  PIN/password: @@s@@
3. Vendor order for Pinda thailaya due 15th (Link Natural).
4. Expiry report every Monday.
''', S, s=S)

add("blind-mh/text/decoy-sample-ids", "notes/lab_samples_sale42.txt",
    "https://en.wikipedia.org/wiki/Universally_unique_identifier",
    '''Tea lab sample tracking - Sale 42
lot 1001  sample-id @@a@@  moisture 3.1%
lot 1002  sample-id @@b@@  moisture 2.9%
lot 1003  sample-id @@c@@  moisture 3.4%  (නැවත පරීක්ෂා කරන්න)
lot 1004  sample-id @@d@@  moisture 3.0%
''', a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s())

# ---------------------------------------------------------------- more configs

S = rand_pw(26)
add("blind-mh/yaml/docker-registry-mirror", "ops/containerd/hosts-auth.yml",
    "https://docs.docker.com/docker-hub/mirror/",
    '''# registry mirror (Docker Hub rate limit නිසා)
proxy:
  remoteurl: https://registry-1.docker.io
  username: ltbops
  password: @@s@@
storage:
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
''', S, s=S)

add("blind-mh/yaml/decoy-sops-encrypted", "deploy/secrets/resort-api.enc.yaml",
    "https://github.com/getsops/sops#usage",
    '''db_password: ENC[AES256_GCM,data:@@a@@,iv:@@b@@,tag:@@c@@,type:str]
payhere_secret: ENC[AES256_GCM,data:@@d@@,iv:@@e@@,tag:@@f@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-south-1:481266093317:key/@@g@@
          created_at: "2026-05-02T04:11:09Z"
    lastmodified: "2026-05-02T04:11:10Z"
    mac: ENC[AES256_GCM,data:@@h@@,type:str]
    version: 3.8.1
''', a=rand_pw(24, "+/"), b=rand_pw(43, "+/") + "=", c=rand_pw(22, "+/") + "==", d=rand_pw(44, "+/"),
    e=rand_pw(43, "+/") + "=", f=rand_pw(22, "+/") + "==", g=uuid_s(), h=rand_pw(88, "+/"))

S = rand_pw(32)
add("blind-mh/yaml/grafana-datasource", "ops/grafana/provisioning/datasources/bookings.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    '''apiVersion: 1
datasources:
  - name: Bookings (MySQL)
    type: mysql
    url: 10.30.1.9:3306
    user: grafana_ro
    jsonData:
      database: resort_bookings
    secureJsonData:
      password: "@@s@@"
''', S, s=S)

add("blind-mh/yaml/decoy-grafana-env", "ops/grafana/provisioning/datasources/auction.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables",
    '''apiVersion: 1
datasources:
  - name: Auction (Postgres)
    type: postgres
    url: 10.20.4.11:5432
    user: reporting
    jsonData:
      database: tea_catalogue
      sslmode: require
    secureJsonData:
      password: $REPORTING_DB_PASSWORD
''')

S = rand_pw(40)
add("blind-mh/yaml/prometheus-bearer", "ops/prometheus/prometheus.yml",
    "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config",
    '''global:
  scrape_interval: 30s
scrape_configs:
  - job_name: catalogue
    static_configs:
      - targets: ["10.20.4.21:8000", "10.20.4.22:8000"]
  - job_name: channel-manager
    scheme: https
    authorization:
      credentials: @@s@@
    static_configs:
      - targets: ["metrics.channelhub.example"]
''', S, s=S)

add("blind-mh/yaml/decoy-alertmanager-file", "ops/prometheus/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    '''route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - channel: "#ops-alerts"
        api_url_file: /etc/alertmanager/slack_webhook_url
        title: "{{ .CommonLabels.alertname }} (වෙන්දේසි / resort)"
''')

S = doctl()
add("blind-mh/yaml/digitalocean-token", "ops/doctl/config.yaml",
    "https://docs.digitalocean.com/reference/doctl/how-to/install/",
    '''access-token: @@s@@
context: default
output: text
# resort-web droplet + spaces (sgp1)
''' + "\n", S, s=S)

S = fakes.aws_secret_key(_seed())
add("blind-mh/ini/boto-config", "resort/pharmacy/.boto",
    "https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html",
    '''[Credentials]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@

[Boto]
# ඖෂධ ලේබල් පින්තූර S3 bucket
num_retries = 3
''', S, s=S, k=fakes.aws_key_id(_seed()))

S = fakes.aws_session_token(_seed())
add("blind-mh/env/aws-session-token", "resort/pharmacy/.env.aws-temp",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    '''# aws sts assume-role output - පැය 1ක් පමණයි (තාවකාලික)
AWS_ACCESS_KEY_ID=ASIA@@k@@
AWS_SESSION_TOKEN=@@s@@
AWS_REGION=ap-south-1
LABEL_BUCKET=bentota-pharmacy-labels
''', S, s=S, k=ups(16))

# ---------------------------------------------------------------- tea auction, more carriers

S = rand_pw(22)
add("blind-mh/python/sqlalchemy-url", "catalogue/reports/weekly_summary.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    '''"""සතිපතා සාරාංශය - elevation අනුව සාමාන්‍ය මිල."""
import pandas as pd
from sqlalchemy import create_engine

engine = create_engine(
    "postgresql+psycopg2://reporting:@@s@@@10.20.4.11:5432/tea_catalogue"
)

SQL = """
select elevation, grade, round(avg(price_lkr), 2) as avg_price, sum(net_kg) as kg
from lots where sale_no = %(sale)s group by 1, 2 order by 1, 2
"""


def summary(sale: int) -> pd.DataFrame:
    return pd.read_sql(SQL, engine, params={"sale": sale})
''', S, s=S)

add("blind-mh/python/decoy-sqlalchemy-url-object", "catalogue/reports/db.py",
    "https://docs.sqlalchemy.org/en/20/core/engines.html#creating-urls-programmatically",
    '''import os

from sqlalchemy import URL, create_engine

url = URL.create(
    "postgresql+psycopg2",
    username="reporting",
    password=os.environ["REPORTING_DB_PASSWORD"],  # රහස env එකේ
    host="10.20.4.11",
    database="tea_catalogue",
)
engine = create_engine(url)
''')

S = rand_pw(24)
add("blind-mh/python/smtp-login", "catalogue/notify/results_mailer.py",
    "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    '''import smtplib
from email.message import EmailMessage


def send_results(to: list[str], sale_no: int, csv_bytes: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Sale {sale_no} results / විකුණුම් ප්‍රතිඵල"
    msg["From"] = "results@lankateabrokers.lk"
    msg["To"] = ", ".join(to)
    msg.add_attachment(csv_bytes, maintype="text", subtype="csv", filename=f"sale_{sale_no}.csv")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("results@lankateabrokers.lk", "@@s@@")
        s.send_message(msg)
''', S, s=S)

S = pem("EC")
add("blind-mh/python/inline-ec-key", "catalogue/integrations/einvoice_sign.py",
    "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_private_key",
    '''"""Inland Revenue e-invoice අත්සන් කිරීම (pilot)."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

SIGNING_KEY = b"""@@s@@
"""


def sign(payload: bytes) -> bytes:
    key = serialization.load_pem_private_key(SIGNING_KEY, password=None)
    return key.sign(payload, ec.ECDSA(hashes.SHA256()))
''', S, s=S)

add("blind-mh/python/decoy-public-cert", "catalogue/integrations/ird_cert.py",
    "https://cryptography.io/en/latest/x509/reference/",
    '''"""IRD e-invoice server certificate (public) - TLS pinning සඳහා."""
from cryptography import x509

IRD_CERT = b"""-----BEGIN CERTIFICATE-----
MIID@@a@@
@@b@@
-----END CERTIFICATE-----
"""

cert = x509.load_pem_x509_certificate(IRD_CERT)
''', a=rand_pw(60, "+/"), b=rand_pw(64, "+/"))

S = rand_pw(20)
add("blind-mh/go/basic-auth-call", "auction-engine/internal/teaboard/client.go",
    "https://pkg.go.dev/net/http#Request.SetBasicAuth",
    '''package teaboard

import (
	"bytes"
	"net/http"
)

// Tea Board export permit API - අපනයන බලපත්‍ර
func SubmitPermit(body []byte) (*http.Response, error) {
	req, err := http.NewRequest("POST", "https://permits.teaboard.gov.lk/api/v1/permits", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth("LTB-BROKER", "@@s@@")
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}
''', S, s=S)

add("blind-mh/go/decoy-test-constants", "auction-engine/internal/teaboard/client_test.go",
    "https://pkg.go.dev/net/http/httptest",
    '''package teaboard

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

const fakeUser, fakePass = "test-user", "test-password-not-real"

func TestBasicAuth(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != fakeUser || p != fakePass {
			w.WriteHeader(http.StatusUnauthorized)
		}
	}))
	defer srv.Close()
}
''')

S = rand_pw(26)
add("blind-mh/java/hardcoded-bearer", "valuation/src/main/java/lk/ltb/valuation/FxRates.java",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.net.http/java/net/http/HttpRequest.html",
    '''package lk.ltb.valuation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** USD/LKR විනිමය අනුපාතය - CBSL feed proxy */
public class FxRates {
    private static final String TOKEN = "@@s@@";

    public String latest() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://fx.ltb.internal/v1/usd-lkr"))
                .header("Authorization", "Bearer " + TOKEN).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', S, s=S)

add("blind-mh/java/decoy-vault-template", "valuation/src/main/java/lk/ltb/valuation/Secrets.java",
    "https://docs.spring.io/spring-vault/reference/vault/vault-template.html",
    '''package lk.ltb.valuation;

import org.springframework.vault.core.VaultTemplate;

/** රහස් Vault එකෙන් ලබාගැනීම */
public class Secrets {
    private final VaultTemplate vault;

    public Secrets(VaultTemplate vault) { this.vault = vault; }

    public String fxToken() {
        return (String) vault.read("secret/data/auction/fx").getRequiredData().get("token");
    }
}
''')

S = rand_pw(30)
add("blind-mh/typescript/hmac-secret", "buyer-portal/src/webhooks/verify.ts",
    "https://nodejs.org/api/crypto.html#cryptocreatehmacalgorithm-key-options",
    '''import { createHmac, timingSafeEqual } from 'node:crypto';

// Bank (Sampath) payment callback එක තහවුරු කිරීම
const CALLBACK_SECRET = '@@s@@';

export function verifyCallback(body: string, signature: string): boolean {
  const expected = createHmac('sha256', CALLBACK_SECRET).update(body).digest('hex');
  return expected.length === signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
''', S, s=S)

add("blind-mh/typescript/decoy-hmac-test-vector", "buyer-portal/src/webhooks/verify.test.ts",
    "https://datatracker.ietf.org/doc/html/rfc4231#section-4.2",
    '''import { createHmac } from 'node:crypto';

// RFC 4231 test case 2 - key "Jefe" (published test vector)
test('hmac-sha256 test vector', () => {
  const mac = createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex');
  expect(mac).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
});
''')

S = rand_pw(32)
add("blind-mh/yaml/openapi-example-real-key", "buyer-portal/openapi/catalogue.yaml",
    "https://swagger.io/docs/specification/adding-examples/",
    '''openapi: 3.0.3
info:
  title: LTB Catalogue API
  version: 2.3.0
components:
  securitySchemes:
    ApiKey:
      type: apiKey
      in: header
      name: X-Api-Key
# TODO ඉවත් කරන්න - Dilshan ගේ test key එක
x-try-it-default-key: @@s@@
paths:
  /lots:
    get:
      security: [{ApiKey: []}]
      responses: {"200": {description: lots of a sale}}
''', S, s=S)

add("blind-mh/yaml/decoy-openapi-example", "resort-web/openapi/bookings.yaml",
    "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    '''openapi: 3.0.3
info:
  title: Bentota Ayurveda Bookings API
  version: 1.4.0
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: "Authorization: Bearer <token> (උදා: eyJhbGciOi...)"
paths:
  /bookings:
    post:
      security: [{bearer: []}]
      responses: {"201": {description: created}}
''')

# ---------------------------------------------------------------- resort, final batch

S = rand_pw(20)
add("blind-mh/php/pdo-dsn", "resort-web/api/lib/db.php",
    "https://www.php.net/manual/en/pdo.construct.php",
    '''<?php
// වෙන්කිරීම් දත්ත ගබඩාව
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=10.30.1.9;dbname=resort_bookings;charset=utf8mb4',
                       'booking_web', '@@s@@',
                       [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
    return $pdo;
}
''', S, s=S)

S = rand_pw(30)
add("blind-mh/php/laravel-env", "resort-admin-laravel/.env",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    '''APP_NAME="Bentota Ayurveda Admin"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://admin.bentotaayurveda.lk

DB_CONNECTION=mysql
DB_HOST=10.30.1.9
DB_DATABASE=resort_bookings
DB_USERNAME=admin_app
DB_PASSWORD=@@s@@

MAIL_MAILER=log
''', S, s=S)

add("blind-mh/php/decoy-laravel-app-key-empty", "resort-admin-laravel/.env.example",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    '''APP_NAME="Bentota Ayurveda Admin"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=resort_bookings
DB_USERNAME=root
DB_PASSWORD=
''')

S = "base64:" + b64(rand_pw(32))
add("blind-mh/php/laravel-app-key", "resort-admin-laravel/.env.staging",
    "https://laravel.com/docs/11.x/encryption#configuration",
    '''APP_NAME="Bentota Ayurveda Admin (staging)"
APP_ENV=staging
APP_KEY=@@s@@
APP_DEBUG=true
APP_URL=https://admin-staging.resort.internal
# ස්ටේජින් - සැබෑ අමුත්තන්ගේ දත්ත නැහැ
''', S, s=S)

S = rand_pw(28)
add("blind-mh/ruby/sidekiq-redis", "resort-admin/config/initializers/sidekiq.rb",
    "https://github.com/sidekiq/sidekiq/wiki/Using-Redis",
    '''# පසුබිම් jobs - ප්‍රතිකාර මතක් කිරීම්, invoice PDF
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@s@@@10.30.1.7:6379/5" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@s@@@10.30.1.7:6379/5" }
end
''', S, s=S)

add("blind-mh/ruby/decoy-rails-credentials-fetch", "resort-admin/config/initializers/payhere.rb",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    '''# PayHere සැකසුම් - encrypted credentials වලින්
Rails.application.config.payhere = {
  merchant_id: Rails.application.credentials.dig(:payhere, :merchant_id),
  merchant_secret: Rails.application.credentials.dig(:payhere, :merchant_secret),
  sandbox: !Rails.env.production?
}
''')

S = rand_pw(24)
add("blind-mh/csharp/hardcoded-smtp", "resort-pos/Pharmacy.Pos/Services/ExpiryMailer.cs",
    "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient",
    '''using System.Net;
using System.Net.Mail;

namespace Pharmacy.Pos.Services;

// කල් ඉකුත්වන ඖෂධ ලැයිස්තුව pharmacist ට
public static class ExpiryMailer
{
    public static void Send(string body)
    {
        using var smtp = new SmtpClient("smtp.gmail.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("bentota.pharmacy@gmail.com", "@@s@@")
        };
        smtp.Send("bentota.pharmacy@gmail.com", "pharmacist@bentotaayurveda.lk", "Expiry report", body);
    }
}
''', S, s=S)

add("blind-mh/csharp/decoy-user-secrets", "resort-pos/Pharmacy.Pos/Pharmacy.Pos.csproj",
    "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    '''<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Storage.Blobs" Version="12.19.1" />
  </ItemGroup>
</Project>
''', u=uuid_s())

S = azure_secret()
add("blind-mh/powershell/azure-client-secret", "ops/windows/Connect-ResortTenant.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount",
    '''# Resort tenant (Entra ID) - backup automation app
$tenantId = "@@t@@"
$appId    = "@@a@@"
$secret   = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred
Get-AzStorageAccount -ResourceGroupName rg-resort-backup
''', S, s=S, t=uuid_s(), a=uuid_s())

add("blind-mh/powershell/decoy-managed-identity", "ops/windows/Connect-ResortTenant-MI.ps1",
    "https://learn.microsoft.com/en-us/entra/identity/managed-identities-azure-resources/how-to-use-vm-sign-in",
    '''# VM එකේ managed identity - රහසක් අවශ්‍ය නැහැ
Connect-AzAccount -Identity
$ctx = Get-AzContext
Write-Host "Signed in as $($ctx.Account.Id) to $($ctx.Tenant.Id)"
Get-AzStorageAccount -ResourceGroupName rg-resort-backup | Select-Object StorageAccountName
''')

S = rand_pw(18)
add("blind-mh/ansible/inline-become-pass", "ansible/inventory/resort.ini",
    "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    '''[resort_web]
10.30.1.20
10.30.1.21

[resort_db]
10.30.1.9

[resort:children]
resort_web
resort_db

[resort:vars]
ansible_user=ayurops
ansible_become_pass=@@s@@
''', S, s=S)

add("blind-mh/ansible/decoy-vault-lookup", "ansible/playbooks/pharmacy_db.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html",
    '''- name: ඖෂධ දත්ත ගබඩාව සකස් කිරීම
  hosts: resort_db
  become: true
  vars:
    pharmacy_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/resort/pharmacy-db:password') }}"
  tasks:
    - name: Create pharmacy user
      community.mysql.mysql_user:
        name: pharmacy
        password: "{{ pharmacy_db_password }}"
        priv: "ayur_pharmacy.*:ALL"
''')

S = b64(words_pw())
add("blind-mh/k8s/base64-smtp-secret", "deploy/k8s/resort-mail-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#basic-authentication-secret",
    '''apiVersion: v1
kind: Secret
metadata:
  name: resort-mail
  namespace: bookings
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@s@@
''', base64.b64decode(S).decode(), u=b64("reservations@bentotaayurveda.lk"), s=S)

add("blind-mh/k8s/decoy-configmap", "deploy/k8s/resort-api-configmap.yaml",
    "https://kubernetes.io/docs/concepts/configuration/configmap/",
    '''apiVersion: v1
kind: ConfigMap
metadata:
  name: resort-api
  namespace: bookings
data:
  DB_HOST: "10.30.1.9"
  DB_NAME: "resort_bookings"
  DB_PASSWORD_SECRET: "resort-api-db"   # Secret එකේ නම පමණයි
  PAYHERE_MODE: "live"
  TREATMENT_SLOT_MINUTES: "60"
''')

# ---------------------------------------------------------------- odds and ends

S = fakes.github_fine_grained_token(_seed())
add("blind-mh/gitconfig/remote-url-token", "lot-tools/.git-config-backup",
    "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl",
    '''[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://x-access-token:@@s@@@github.com/ltb-lk/lot-tools.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', S, s=S)

S = rand_pw(32)
add("blind-mh/pip-conf/index-url-token", "ops/dotfiles/pip.conf",
    "https://pip.pypa.io/en/stable/topics/configuration/",
    '''[global]
timeout = 60
# ltb ඇතුළත් පැකේජ (lot-tools, teaboard-client)
extra-index-url = https://ci-reader:@@s@@@pypi.ltb.internal/simple/
trusted-host = pypi.ltb.internal
''', S, s=S)

S = rand_pw(40)
add("blind-mh/composer/auth-json", "resort-web/auth.json",
    "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic",
    '''{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    }
}
''', S, s=S)

S = npm()
add("blind-mh/yarnrc/npm-auth-token", "buyer-portal/.yarnrc.yml",
    "https://yarnpkg.com/configuration/yarnrc#npmAuthToken",
    '''nodeLinker: node-modules
npmScopes:
  ltb:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: "@@s@@"
yarnPath: .yarn/releases/yarn-4.1.1.cjs
''', S, s=S)

add("blind-mh/yarnrc/decoy-env-token", "resort-web/.yarnrc.yml",
    "https://yarnpkg.com/configuration/yarnrc#npmAuthToken",
    '''nodeLinker: node-modules
npmScopes:
  bentota:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "${NODE_AUTH_TOKEN}"
yarnPath: .yarn/releases/yarn-4.1.1.cjs
''')

S = fakes.fake("whsec_", 32, _seed())
add("blind-mh/json/stripe-webhook-secret", "resort-web/server/config/stripe.json",
    "https://docs.stripe.com/webhooks#verify-official-libraries",
    '''{
  "mode": "live",
  "currency": "lkr",
  "webhook": {
    "path": "/v1/stripe/hook",
    "signingSecret": "@@s@@",
    "tolerance": 300
  },
  "depositPercent": 30
}
''', S, s=S)

S = rand_pw(22)
add("blind-mh/crontab/password-argument", "ops/cron/shop_sync",
    "https://man7.org/linux/man-pages/man5/crontab.5.html",
    '''# POS -> Shopify stock sync (පැයකට වරක්)
SHELL=/bin/bash
MAILTO=it@bentotaayurveda.lk
5 * * * * pharmacy /opt/shop-sync/bin/sync --pos-db "mysql://shopsync:@@s@@@10.30.1.9/ayur_pharmacy" >> /var/log/shop-sync.log 2>&1
30 2 * * * pharmacy /opt/shop-sync/bin/prune --days 30
''', S, s=S)

S = rand_pw(24)
add("blind-mh/makefile/deploy-password", "catalogue/Makefile",
    "https://www.gnu.org/software/make/manual/make.html#Variables",
    '''.PHONY: test freeze deploy

SALE ?= next
REGISTRY_USER = ltb-ci
REGISTRY_PASS = @@s@@

test:
\tpytest -q

freeze:
\tpython -m catalogue.freeze --sale $(SALE)   # වෙන්දේසියට පෙර

deploy:
\techo $(REGISTRY_PASS) | docker login registry.ltb.internal -u $(REGISTRY_USER) --password-stdin
\tdocker push registry.ltb.internal/catalogue:latest
''', S, s=S)

S = rand_pw(20)
add("blind-mh/renviron/db-password", "analysis/.Renviron",
    "https://rstats.wtf/r-startup.html#renviron",
    '''# R - මිල විශ්ලේෂණ (price analysis)
PGHOST=10.20.4.11
PGDATABASE=tea_catalogue
PGUSER=reporting
PGPASSWORD=@@s@@
R_LIBS_USER=~/R/library
''', S, s=S)

S = rand_pw(16)
add("blind-mh/vagrant/provision-password", "dev/Vagrantfile",
    "https://developer.hashicorp.com/vagrant/docs/provisioning/shell",
    '''Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.network "forwarded_port", guest: 8000, host: 8000
  # dev VM - staging DB එකට replica
  config.vm.provision "shell", inline: <<-SHELL
    apt-get update && apt-get install -y postgresql-client
    echo "10.20.4.15:5432:*:replica_reader:@@s@@" > /home/vagrant/.pgpass
    chmod 600 /home/vagrant/.pgpass
  SHELL
end
''', S, s=S)

S = rand_pw(28)
add("blind-mh/supervisor/env-secret", "ops/supervisor/tasting-app.conf",
    "http://supervisord.org/configuration.html#program-x-section-values",
    '''[program:tasting-app]
command=/opt/tasting/venv/bin/gunicorn -b 0.0.0.0:5000 app:app
directory=/opt/tasting
user=tasting
autorestart=true
environment=FLASK_ENV="production",FLASK_SECRET_KEY="@@s@@",TASTING_LANG="si"
stdout_logfile=/var/log/tasting/app.log
''', S, s=S)

add("blind-mh/checksum/decoy-sha256sums", "releases/lot-scanner-1.4.2.SHA256SUMS",
    "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    '''@@a@@  lot-scanner-1.4.2-x86_64-linux.tar.gz
@@b@@  lot-scanner-1.4.2-aarch64-linux.tar.gz
@@c@@  lot-scanner-1.4.2-x86_64-windows.zip
@@d@@  lot-scanner-1.4.2.deb
@@e@@  lot-scanner-1.4.2.rpm
''', a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

add("blind-mh/lfs/decoy-pointer", "data/estate_photos.zip",
    "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md",
    '''version https://git-lfs.github.com/spec/v1
oid sha256:@@o@@
size 48812201
''' + "# estate photos (වතු ඡායාරූප)\n" + "\n", o=sha256())

add("blind-mh/json/decoy-package-lock-integrity", "buyer-portal/package-lock.json",
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    '''{
  "name": "ltb-buyer-portal",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@a@@=="
    },
    "node_modules/jws": {
      "version": "3.2.2",
      "resolved": "https://registry.npmjs.org/jws/-/jws-3.2.2.tgz",
      "integrity": "sha512-@@b@@=="
    }
  }
}
''', a=rand_pw(86, "+/"), b=rand_pw(86, "+/"))

add("blind-mh/env/decoy-masked-values", "resort/pharmacy/.env.audit-copy",
    "https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    '''# audit සඳහා පිටපත - අගයන් mask කර ඇත
PHARMACY_DB_PASSWORD=********
TELEGRAM_BOT_TOKEN=••••••••:AA••••••••
LABEL_BUCKET=bentota-pharmacy-labels
AWS_SECRET_ACCESS_KEY=<redacted>
''')

S = rand_pw(20)
add("blind-mh/markdown/readme-sentence-password", "resort-pos/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    '''# Pharmacy POS (ඖෂධාගාර POS)

Bentota Ayurveda Retreat එකේ ඖෂධ විකිණීම සහ තොග කළමනාකරණය.

## Local setup

1. `dotnet restore`
2. SQL Server එක docker එකෙන් දුවන්න; shared dev instance එකට සම්බන්ධ වීමට
   user `pos_dev` සහ password `@@s@@` භාවිතා කරන්න (resort-sql-dev:1433).
3. `dotnet run --project Pharmacy.Pos`

## Ward codes
PK = Panchakarma, RJ = Rejuvenation, OPD = බාහිර රෝගී
''', S, s=S)

add("blind-mh/markdown/decoy-readme-env", "catalogue/README.md",
    "https://www.markdownguide.org/basic-syntax/",
    '''# LTB Catalogue (තේ වෙන්දේසි නාමාවලිය)

Builds the weekly Colombo auction catalogue (lots, marks, grades, valuations).

## Running

```bash
cp .env.example .env         # then fill CATALOGUE_DB_PASSWORD from 1Password
export DJANGO_SECRET_KEY=$(python -c "import secrets; print(secrets.token_urlsafe(50))")
python manage.py runserver
```

Sale numbers follow the Colombo Tea Traders' Association calendar.
''')

S = rand_pw(36)
add("blind-mh/python/channel-manager-oauth", "resort/bookings/channelhub.py",
    "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
    '''"""Channel manager OAuth (client credentials) - Booking.com/Agoda sync."""
import requests

TOKEN_URL = "https://api.channelhub.example/v3/token"
CLIENT_ID = "bentota-ayur"
CLIENT_SECRET = "@@s@@"


def access_token() -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]  # විනාඩි 60ක් වලංගුයි
''', S, s=S)

S = rand_pw(22)
add("blind-mh/yaml/compose-mysql-root", "resort-web/docker-compose.override.yml",
    "https://hub.docker.com/_/mysql",
    '''# shared staging box එකට - local dev නෙවෙයි
services:
  bookings-db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: "@@s@@"
      MYSQL_DATABASE: resort_bookings
    ports:
      - "3306:3306"
''', S, s=S)

add("blind-mh/yaml/decoy-compose-dev-random-root", "resort-web/docker-compose.yml",
    "https://hub.docker.com/_/mysql",
    '''services:
  bookings-db:
    image: mysql:8.4
    environment:
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
      MYSQL_DATABASE: resort_bookings
      MYSQL_USER: booking_web
      MYSQL_PASSWORD_FILE: /run/secrets/booking_web_pw
    secrets: [booking_web_pw]
secrets:
  booking_web_pw:
    environment: BOOKING_WEB_PW
''')
