"""Blind set LL: an Eastern Cape wool growers' association and a minibus-taxi association's fare app.

The wool side: the Amathole wool growers' association (clip intake, shearing-shed tablets, auction
catalogue sync with the brokers, member portal, SMS notices to farmers). The taxi side: the Buffalo
City taxi association's fare app (route fares, driver and rank-marshal app, card and mobile-money
payments, Telegram/WhatsApp notices). Notes and comments partly in isiXhosa, as the teams write them.
Generated fakes only (seeds 6570000-6579999).
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
_SEED = [6570000]
CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert 6570000 <= _SEED[0] <= 6579999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    values = dict(fields)
    if secret is not None:
        values.setdefault("secret", secret)
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Merino", "Dohne", "Amathole", "Hogsback", "Qonce", "Komani", "Nqamakwe", "Bhisho", "Cathcart",
         "Stutterheim", "Kei", "Nahoon", "Mdantsane", "Gonubie", "Tsomo", "Ngqeleni", "Ibhokhwe", "Igusha"]
LOWER = ["uboya", "igusha", "iteksi", "umgaqo", "intaba", "umlambo", "ilanga", "inkwenkwezi", "isikhumba",
         "ibhasi", "umhlaba", "imvula", "inkomo", "ifama", "isikere", "ibala"]


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
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(10, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def paystack_key(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def yoco_key() -> str:
    return fakes.fake("sk_live_", 28, _seed())


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
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def mapbox_secret() -> str:
    r = _rng()
    return ("sk." + b64url('{"u":"amathole-wool","a":"' + "".join(r.choice(ALNUM) for _ in range(25)) + '"}')
            + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22)))


def mapbox_public() -> str:
    r = _rng()
    return ("pk." + b64url('{"u":"bctaxi","a":"' + "".join(r.choice(ALNUM) for _ in range(25)) + '"}')
            + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22)))


def firebase_server_key() -> str:
    r = _rng()
    return ("AAAA" + "".join(r.choice(ALNUM) for _ in range(7)) + ":APA91b"
            + "".join(r.choice(ALNUM + "-_") for _ in range(134)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def vault_token() -> str:
    return fakes.fake("hvs.", 90, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_like_secret() -> str:
    return hexs(64)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html"
DOC_ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_MD = "https://commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/rst.html"
DOC_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_GO = "https://go.dev/ref/spec"
DOC_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOC_KT = "https://kotlinlang.org/docs/basic-syntax.html"
DOC_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
DOC_PHP = "https://www.php.net/manual/en/language.constants.php"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_RS = "https://doc.rust-lang.org/reference/items/constant-items.html"
DOC_SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_STRIPE = "https://docs.stripe.com/keys"
DOC_PAYSTACK = "https://paystack.com/docs/api/authentication/"
DOC_SLACK = "https://api.slack.com/messaging/webhooks"
DOC_TG = "https://core.telegram.org/bots/api"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOC_SSH = "https://man.openbsd.org/ssh-keygen"
DOC_NPM = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPI = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
DOC_MAVEN = "https://maven.apache.org/settings.html"
DOC_NGINX = "https://nginx.org/en/docs/"
DOC_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
DOC_REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config/"
DOC_MONGO = "https://www.mongodb.com/docs/manual/reference/connection-string/"
DOC_MAPBOX = "https://docs.mapbox.com/accounts/guides/tokens/"
DOC_FCM = "https://firebase.google.com/docs/cloud-messaging/auth-server"
DOC_TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
DOC_SENDGRID = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"
DOC_GCP = "https://cloud.google.com/docs/authentication/api-keys"
DOC_AZURE = "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal"
DOC_VAULT = "https://developer.hashicorp.com/vault/docs/concepts/tokens"
DOC_SOPS = "https://github.com/getsops/sops"
DOC_NETRC = "https://everything.curl.dev/usingcurl/netrc"
DOC_GIT = "https://git-scm.com/docs/git-credential-store"


# ---------------------------------------------------------------- wool growers: secrets

add("blind-ll/env/postgres-url", "clip-intake/.env", DOC_ENV, """# Amathole Wool Growers - clip intake service
# Qaphela: le fayile ayifanele ukuya kwi-git (kodwa nantsi...)
APP_ENV=production
DATABASE_URL=postgres://clip_intake:@@secret@@@db.awga.internal:5432/clip
BROKER_SYNC_INTERVAL=900
LOG_LEVEL=info
""", secret=rand_pw(21))

add("blind-ll/python/broker-api-key", "auction_sync/broker_client.py", DOC_PY, '''"""Sync the weekly auction catalogue with the wool broker (BKB-style REST API)."""
import requests

BROKER_BASE = "https://api.brokerlink.co.za/v2"
# isitshixo se-API esisinikwe ngumthengisi - sitshintshe ngoNovemba
BROKER_API_KEY = "@@secret@@"


def catalogue(sale_no: int) -> dict:
    response = requests.get(f"{BROKER_BASE}/sales/{sale_no}/lots",
                            headers={"X-Api-Key": BROKER_API_KEY}, timeout=30)
    response.raise_for_status()
    return response.json()
''', secret=rand_pw(40))

add("blind-ll/yaml/smtp-password", "member-portal/config/mail.yml", "https://guides.rubyonrails.org/action_mailer_basics.html", """production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.afrihost.co.za
    port: 587
    user_name: notices@amatholewool.org.za
    password: "@@secret@@"   # igama lokugqitha le-imeyile yeziganeko
    authentication: login
    enable_starttls_auto: true
""", secret=words_pw())

add("blind-ll/k8s-secret/postgres-password", "deploy/k8s/clip-db-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: clip-db
  namespace: wool
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@enc@@
""", secret=(_pw := rand_pw(22)), user=b64("clip_admin"), enc=b64(_pw))

add("blind-ll/markdown/sms-gateway-password", "docs/runbooks/sms-notices.md", DOC_MD, """# SMS notices to members (izaziso nge-SMS)

Sisebenzisa i-BulkSMS ukuthumela izaziso zefandesi kubalimi.

| Setting  | Value |
|----------|-------|
| Username | awga_notices |
| Password | `@@secret@@` |
| Sender   | AWGA |

Ukuba i-SMS azihambi, jonga i-credit kuqala phambi kokutshintsha igama lokugqitha.
""", secret=rand_pw(16, "!#"))

add("blind-ll/shell/aws-secret-key", "scripts/backup_clip_photos.sh", DOC_AWS, """#!/usr/bin/env bash
# Gcina iifoto zomgangatho woboya kwi-S3 rhoqo ebusuku
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=af-south-1
aws s3 sync /srv/clip/photos s3://awga-clip-photos/$(date +%Y)/ --only-show-errors
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ll/ini/mysql-password", "shed-tablet/settings.ini", DOC_INI, """[shed]
name = Nqamakwe communal shed
classer_id = 1142

[database]
host = 10.20.4.11
user = shed_sync
password = @@secret@@
schema = shearing
""", secret=words_pw())

add("blind-ll/json/paystack-secret", "member-portal/config/payments.json", DOC_PAYSTACK, """{
  "provider": "paystack",
  "currency": "ZAR",
  "public_key": "@@pub@@",
  "secret_key": "@@secret@@",
  "callback_url": "https://members.amatholewool.org.za/fees/callback",
  "note": "Imali yobulungu - levy per bale"
}
""", secret=paystack_key(), pub=paystack_key("pk_live_"))

add("blind-ll/go/jwt-secret", "levy-api/internal/auth/jwt.go", DOC_GO, """package auth

import "github.com/golang-jwt/jwt/v5"

// signingKey isayina iitokeni zamalungu. TODO: yifudusele kwi-Vault.
var signingKey = []byte("@@secret@@")

func Sign(claims jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", secret=jwt_like_secret())

add("blind-ll/terraform/db-password", "infra/rds.tf", DOC_TF, """resource "aws_db_instance" "clip" {
  identifier        = "awga-clip"
  engine            = "postgres"
  engine_version    = "15.4"
  instance_class    = "db.t4g.small"
  allocated_storage = 50
  username          = "clipadmin"
  password          = "@@secret@@" # sitshintshe emva kwe-audit
  skip_final_snapshot = false
}
""", secret=rand_pw(24))

add("blind-ll/compose/postgres-password", "docker-compose.yml", DOC_COMPOSE, """services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: wool
      POSTGRES_USER: wool
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./levy-api
    depends_on: [db]
volumes:
  pgdata: {}
""", secret=words_pw())

add("blind-ll/github-actions/github-token", ".github/workflows/catalogue-publish.yml", DOC_GHA, """name: publish catalogue
on:
  schedule:
    - cron: "0 4 * * 1"
jobs:
  publish:
    runs-on: ubuntu-latest
    env:
      GH_TOKEN: @@secret@@  # okwexeshana - sizakuyisusa
    steps:
      - uses: actions/checkout@v4
      - run: python tools/build_catalogue.py --sale latest
      - run: gh release upload catalogue-latest dist/catalogue.pdf --clobber
""", secret=fakes.github_token(_seed()))

add("blind-ll/php/mysql-password", "members/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Iwebhusayithi yamalungu - Amathole Wool Growers */
define( 'DB_NAME', 'awga_wp' );
define( 'DB_USER', 'awga_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'awg_';
""", secret=rand_pw(18, "#%"))

add("blind-ll/notebook/google-maps-key", "analysis/farm_locations.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Iifama zamalungu ngokwengingqi"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import googlemaps\\n", "gmaps = googlemaps.Client(key='@@secret@@')\\n", "farms = pd.read_csv('members.csv')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=google_key())

add("blind-ll/sql/role-password", "db/migrations/0031_reporting_role.sql", DOC_SQL, """-- Indima yokufunda kuphela yeengxelo zefandesi
CREATE ROLE auction_reports LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE wool TO auction_reports;
GRANT USAGE ON SCHEMA clip TO auction_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA clip TO auction_reports;
""", secret=words_pw())

add("blind-ll/rst/ftp-password", "docs/source/broker_exchange.rst", DOC_RST, """Broker file exchange
====================

The brokers drop the weekly test certificates (micron, yield, VM) on their FTPS server.
Abalimi abafuni ukulinda - download every Monday before 08:00.

* Host: ``ftps.woolbrokers.co.za``
* User: ``awga-certs``
* Password: ``@@secret@@``

Run ``python -m certs.pull`` on the reporting box.
""", secret=rand_pw(14, "!@"))

add("blind-ll/ansible/wifi-psk", "ansible/group_vars/shed_tablets.yml", DOC_ANSIBLE, """---
# Iitablethi zasezishedini - settings
wifi_ssid: AWGA-Shed
wifi_psk: "@@secret@@"
sync_server: https://sync.amatholewool.org.za
timezone: Africa/Johannesburg
""", secret=passphrase())

add("blind-ll/csharp/sql-connection", "ClassingStation/appsettings.Production.json", DOC_CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Classing": "Server=sql01.awga.local;Database=Classing;User Id=classing_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Scales": { "Port": "COM3", "BaudRate": 9600 }
}
""", secret=words_pw())

add("blind-ll/ruby/sendgrid-key", "member-portal/config/initializers/sendgrid.rb", DOC_SENDGRID, """# Izaziso zentlawulo ngeimeyile
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@secret@@",
  domain: "amatholewool.org.za",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain
}
""", secret=sendgrid_key())

add("blind-ll/notes/mongo-uri", "notes/2024-03-handover.txt", DOC_MONGO, """Handover - Sipho -> Lindiwe, March 2024

1. Lab results app uses Atlas cluster "woolab".
   Connection: mongodb+srv://lab_app:@@secret@@@woolab.x7k2p.mongodb.net/lab?retryWrites=true
2. Ngoko ke, xa utshintsha igama lokugqitha, hlaziya ne-Render dashboard.
3. Scales in Komani shed need new USB cable.
""", secret=rand_pw(16))

add("blind-ll/yaml/telegram-bot", "price-bot/config.yaml", DOC_TG, """bot:
  name: awga_prices_bot
  token: "@@secret@@"
  chat_ids:
    - -1001834412290   # iqela labalimi
poll_interval: 3600
report: clean_price_per_micron
""", secret=telegram())

add("blind-ll/typescript/slack-webhook", "ops-dashboard/src/alerts.ts", DOC_SLACK, """// Xa i-sync yefandesi isilela, thumela isilumkiso kwi-#wool-ops
const WEBHOOK = "@@secret@@";

export async function alert(text: string): Promise<void> {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
}
""", secret=slack_webhook())

add("blind-ll/dockerfile/npm-token", "member-portal/Dockerfile", DOC_DOCKER, """FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# private @awga packages
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm_token())

add("blind-ll/pem/ssh-private-key", "deploy/keys/shed_sync_id_rsa", DOC_SSH, "@@secret@@\n", secret=pem("RSA"))

add("blind-ll/kotlin/api-key", "shed-app/app/src/main/java/za/org/awga/shed/Config.kt", DOC_KT, """package za.org.awga.shed

// Isitshixo sokuthumela iibhali kwiseva esembindini
object Config {
    const val SYNC_URL = "https://sync.amatholewool.org.za/api/bales"
    const val SYNC_KEY = "@@secret@@"
    const val MAX_BATCH = 50
}
""", secret=rand_pw(32))

add("blind-ll/toml/pypi-token", ".pypirc", DOC_PYPI, """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-ll/helm/redis-password", "charts/levy-api/values-prod.yaml", DOC_HELM, """replicaCount: 2
image:
  repository: ghcr.io/awga/levy-api
  tag: "1.8.2"
redis:
  enabled: true
  auth:
    password: "@@secret@@"
ingress:
  host: levy.amatholewool.org.za
""", secret=fakes.redis_password(_seed()))

add("blind-ll/html/basic-auth-url", "docs/site/reports.html", DOC_HTML, """<!doctype html>
<html lang="xh">
<head><meta charset="utf-8"><title>Iingxelo zefandesi</title></head>
<body>
  <h1>Iingxelo zefandesi zeveki</h1>
  <p>Khuphela ingxelo: <a href="https://reports:@@secret@@@reports.amatholewool.org.za/weekly.xlsx">weekly.xlsx</a></p>
</body>
</html>
""", secret=rand_pw(15))

add("blind-ll/powershell/sql-password", "ClassingStation/scripts/Export-Lots.ps1", DOC_PS, """# Thumela ii-lot ezihlelweyo kwi-broker (CSV)
$server = "sql01.awga.local"
$user = "classing_export"
$pass = "@@secret@@"
$query = "SELECT lot_no, micron, yield, mass FROM dbo.Lots WHERE sale_no = $SaleNo"
Invoke-Sqlcmd -ServerInstance $server -Username $user -Password $pass -Query $query |
  Export-Csv -Path "C:/exports/lots_$SaleNo.csv" -NoTypeInformation
""", secret=words_pw())

add("blind-ll/java/properties-password", "grading-service/src/main/resources/application-prod.properties", DOC_JAVA, """# Inkonzo yokuhlela uboya
server.port=8081
spring.datasource.url=jdbc:postgresql://db.awga.internal:5432/grading
spring.datasource.username=grading
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
""", secret=rand_pw(20))

add("blind-ll/history/mysql-password", "ops/bash_history_shed01.txt", DOC_HIST, """cd /srv/shed
git pull
sudo systemctl restart shed-sync
mysql -h 10.20.4.11 -u shed_sync -p'@@secret@@' shearing -e 'select count(*) from bales'
tail -f /var/log/shed-sync.log
exit
""", secret=words_pw())

add("blind-ll/swift/api-key", "ShedScan/ShedScan/Secrets.swift", DOC_SWIFT, """import Foundation

// Iinkcukacha zokungena kwi-API yeebhali (iOS)
enum Secrets {
    static let baleApiBase = URL(string: "https://sync.amatholewool.org.za")!
    static let baleApiToken = "@@secret@@"
}
""", secret=rand_pw(40))

add("blind-ll/rust/smtp-password", "notice-mailer/src/main.rs", DOC_RS, """use lettre::transport::smtp::authentication::Credentials;
use lettre::SmtpTransport;

// Thumela izaziso kumalungu
fn mailer() -> SmtpTransport {
    let creds = Credentials::new("notices@amatholewool.org.za".to_owned(), "@@secret@@".to_owned());
    SmtpTransport::relay("smtp.afrihost.co.za").unwrap().credentials(creds).build()
}
""", secret=words_pw())

add("blind-ll/gitlab-ci/docker-pat", ".gitlab-ci.yml", DOC_GITLAB, """stages: [build]
variables:
  IMAGE: awga/shed-sync
build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u awgaci -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", secret=docker_pat())

add("blind-ll/netrc/password", "ops/dotfiles/.netrc", DOC_NETRC, """machine ftps.woolbrokers.co.za
  login awga-certs
  password @@secret@@
machine api.github.com
  login awga-bot
  password x-oauth-basic
""", secret=rand_pw(18))

add("blind-ll/xml/maven-password", "grading-service/settings.xml", DOC_MAVEN, """<settings>
  <!-- Indawo yokugcina iipakethe zethu -->
  <servers>
    <server>
      <id>awga-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=rand_pw(20, "!"))

add("blind-ll/csv/sftp-password", "ops/inventory/service_accounts.csv", DOC_CSV, """system,host,username,password,owner,notes
broker certs,ftps.woolbrokers.co.za,awga-certs,@@secret@@,Lindiwe,tshintsha ngoJanuwari
shed wifi,AWGA-Shed,-,(see ansible),Sipho,
backup nas,nas01.awga.local,admin,(vault),Sipho,
levy portal,members.amatholewool.org.za,ops,(1Password),Lindiwe,
""", secret=words_pw())

add("blind-ll/python/split-password", "clip_intake/db.py", DOC_PY, '''"""Clip intake - database connection."""
import psycopg2

# Igama lokugqitha lahlulwe ngenxa yobude bomgca (flake8)
_PW = ("@@a@@"
       "@@b@@")


def connect():
    return psycopg2.connect(host="db.awga.internal", dbname="clip", user="clip_intake", password=_PW)
''', secret=(_sp := rand_pw(26)), a=_sp[:13], b=_sp[13:])

add("blind-ll/k8s-secret/pem-stringdata", "deploy/k8s/broker-sftp-key.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: broker-sftp-key
  namespace: wool
type: Opaque
stringData:
  id_ed25519: |
@@key@@
""", secret=(_k := pem("OPENSSH")), key=indent(_k, "    "))

add("blind-ll/systemd/env-password", "deploy/systemd/shed-sync.service", DOC_SYSTEMD, """[Unit]
Description=Shed tablet sync (uboya)
After=network-online.target

[Service]
User=shed
Environment=SYNC_DB_URL=mysql://shed_sync:@@secret@@@10.20.4.11/shearing
ExecStart=/srv/shed/venv/bin/python -m shed_sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(18))

add("blind-ll/javascript/mapbox-secret", "ops-dashboard/scripts/upload-farms-tileset.js", DOC_MAPBOX, """// Layisha imephu yeefama kwi-Mapbox (ngesandla, kanye ngenyanga)
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
const uploads = mbxUploads({ accessToken: '@@secret@@' });

uploads.createUpload({ tileset: 'amathole-wool.farms', url: process.argv[2], name: 'farms' })
  .send()
  .then((res) => console.log(res.body.id));
""", secret=mapbox_secret())

add("blind-ll/log/password-in-url", "logs/clip-intake-2024-05-14.log", DOC_LOG, """2024-05-14 06:02:11 INFO  clip-intake starting (v2.3.1)
2024-05-14 06:02:11 DEBUG config loaded: broker=https://api.brokerlink.co.za/v2 sale=24/05
2024-05-14 06:02:12 DEBUG connecting to postgresql://clip_intake:@@secret@@@db.awga.internal:5432/clip
2024-05-14 06:02:12 INFO  connected; 412 bales pending
2024-05-14 06:04:40 WARN  lot 118: micron missing, skipped
""", secret=rand_pw(19))

add("blind-ll/env/azure-client-secret", "reports/.env.production", DOC_AZURE, """# Power BI embed for the auction reports
AZURE_TENANT_ID=@@tenant@@
AZURE_CLIENT_ID=@@client@@
AZURE_CLIENT_SECRET=@@secret@@
POWERBI_WORKSPACE=Wool Auctions
""", secret=azure_secret(), tenant=uuid_s(), client=uuid_s())

add("blind-ll/markdown/ssh-password-sentence", "wiki/Shed-tablet-setup.md", DOC_MD, """# Ukuseta itablethi yeshedi

1. Vula itablethi, ungene kwi-Wi-Fi `AWGA-Shed`.
2. Faka i-app ye-ShedScan evela kwi-MDM.
3. Ukuba kufuneka ungene kwi-Raspberry Pi yeshedi: `ssh pi@shed01.local`,
   the password is @@secret@@ (sizakuyitshintsha xa wonke umntu egqibile).
4. Jonga ukuba isikali siyabonakala kwi-app.
""", secret=words_pw())


# ---------------------------------------------------------------- taxi fare app: secrets

add("blind-ll/env/yoco-secret", "fare-api/.env", DOC_ENV, """# Buffalo City Taxi Association - fare API
NODE_ENV=production
PORT=8080
YOCO_SECRET_KEY=@@secret@@
FARE_TABLE=routes/2024-fares.json
# Qaphela: imali yokukhwela itshintsha ngo-Epreli
""", secret=yoco_key())

add("blind-ll/javascript/firebase-server-key", "fare-api/src/push.js", DOC_FCM, """// Thumela izaziso kubaqhubi (driver app)
const axios = require('axios');

const FCM_SERVER_KEY = '@@secret@@';

async function notifyDrivers(topic, title, body) {
  await axios.post('https://fcm.googleapis.com/fcm/send',
    { to: `/topics/${topic}`, notification: { title, body } },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}` } });
}
module.exports = { notifyDrivers };
""", secret=firebase_server_key())

add("blind-ll/dart/google-maps-key", "rank_marshal_app/lib/config.dart", "https://dart.dev/language/variables", """// Uqwalaselo lwe-app yomphathi werenki
class AppConfig {
  static const apiBase = 'https://api.bctaxi.co.za/v1';
  // isitshixo se-Directions API (izindlela zeeteksi)
  static const directionsKey = '@@secret@@';
  static const defaultRank = 'Oxford Street Rank';
}
""", secret=google_key())

add("blind-ll/python/momo-subscription-key", "fare_api/momo.py", "https://momodeveloper.mtn.com/api-documentation", '''"""MTN MoMo collections: abakhweli bahlawula imali yokukhwela ngeselula."""
import uuid
import requests

MOMO_BASE = "https://proxy.momoapi.mtn.com/collection"
MOMO_SUBSCRIPTION_KEY = "@@secret@@"


def request_to_pay(msisdn: str, amount: str) -> str:
    ref = str(uuid.uuid4())
    requests.post(f"{MOMO_BASE}/v1_0/requesttopay", timeout=20,
                  headers={"Ocp-Apim-Subscription-Key": MOMO_SUBSCRIPTION_KEY, "X-Reference-Id": ref},
                  json={"amount": amount, "currency": "ZAR", "payer": {"partyIdType": "MSISDN", "partyId": msisdn}})
    return ref
''', secret=hexs(32))

add("blind-ll/yaml/twilio-auth-token", "fare-api/config/whatsapp.yml", DOC_TWILIO, """whatsapp:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "whatsapp:+27600000000"
  templates:
    fare_change: "Molo! Imali yokukhwela ukuya e{{1}} ngoku yi-R{{2}}."
""", secret=hexs(32), sid=twilio_sid())

add("blind-ll/k8s-secret/paystack-secret", "k8s/fare-api/secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: fare-api-payments
  namespace: taxi
type: Opaque
data:
  PAYSTACK_SECRET_KEY: @@enc@@
""", secret=(_ps := paystack_key()), enc=b64(_ps))

add("blind-ll/typescript/jwt-secret", "fare-api/src/auth/tokens.ts", DOC_JS, """import jwt from "jsonwebtoken";

// Iitokeni zabaqhubi nabaphathi beerenki
const DRIVER_JWT_SECRET = "@@secret@@";

export function issueDriverToken(driverId: string): string {
  return jwt.sign({ sub: driverId, role: "driver" }, DRIVER_JWT_SECRET, { expiresIn: "12h" });
}
""", secret=rand_pw(48))

add("blind-ll/go/postgres-dsn", "fare-engine/cmd/server/main.go", DOC_GO, """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// I-DSN yexeshana - yisuse phambi kokukhupha
const dsn = "host=fares-db.bctaxi.internal user=fares password=@@secret@@ dbname=fares sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", secret=words_pw())

add("blind-ll/shell/telegram-curl", "ops/notify_marshals.sh", DOC_TG, """#!/bin/sh
# Xelela abaphathi beerenki ukuba iteksi ziyalibaziseka
MSG="$1"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1002211334455 \\
  -d text="$MSG"
""", secret=telegram())

add("blind-ll/gradle/keystore-password", "driver-app/android/gradle.properties", DOC_GRADLE, """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Ukusayina i-APK ye-driver app
MYAPP_UPLOAD_STORE_FILE=bctaxi-upload.keystore
MYAPP_UPLOAD_KEY_ALIAS=bctaxi
MYAPP_UPLOAD_STORE_PASSWORD=@@secret@@
MYAPP_UPLOAD_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("blind-ll/json/google-service-account", "fare-api/config/firebase-admin.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "bctaxi-fares",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk@bctaxi-fares.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=(_gk := pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
                 .replace("\n", "\\n") + "\\n"),
    kid=hexs(40), pk=_gk, cid=digits(21))

add("blind-ll/php/ozow-private-key", "bctaxi-web/config/ozow.php", "https://hub.ozow.com/docs", """<?php
// Ukuhlawula ngeOzow (EFT) kwiwebhusayithi yabakhweli
return [
    'site_code'   => 'BCT-001',
    'api_key'     => '@@secret@@',
    'is_test'     => false,
    'success_url' => 'https://bctaxi.co.za/fare/ok',
];
""", secret=rand_pw(32))

add("blind-ll/compose/rabbitmq-password", "fare-engine/docker-compose.prod.yml", DOC_COMPOSE, """services:
  queue:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: fares
      RABBITMQ_DEFAULT_PASS: @@secret@@
  worker:
    image: ghcr.io/bctaxi/fare-worker:2.1
    environment:
      AMQP_URL: amqp://fares:@@secret@@@queue:5672/
""", secret=rand_pw(20))

add("blind-ll/markdown/admin-login", "README.md", DOC_MD, """# BCTA Fare App

Iapp yokubala imali yokukhwela kwiindlela zeeteksi zaseMonti (East London), Mdantsane nase-Qonce.

## Ukuqalisa
```
npm install
npm run dev
```

Admin panel: https://admin.bctaxi.co.za - login `admin@bctaxi.co.za` / `@@secret@@`

## Iindlela
Iindlela neemali zikwi-`routes/2024-fares.json`.
""", secret=words_pw())

add("blind-ll/terraform/cloudflare-token", "infra/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """provider "cloudflare" {
  # itokeni ye-DNS ye-bctaxi.co.za
  api_token = "@@secret@@"
}

resource "cloudflare_record" "api" {
  zone_id = var.zone_id
  name    = "api"
  type    = "CNAME"
  content = "fare-api.fly.dev"
}
""", secret=rand_pw(40, "_-"))

add("blind-ll/csharp/clickatell-key", "MarshalDesk/Services/SmsService.cs", DOC_CS, """using System.Net.Http;

namespace MarshalDesk.Services
{
    // Thumela i-SMS kubaqhubi xa irenki igcwele
    public class SmsService
    {
        private const string ClickatellApiKey = "@@secret@@";
        private readonly HttpClient _http = new HttpClient();

        public Task SendAsync(string to, string text) =>
            _http.GetAsync($"https://platform.clickatell.com/messages/http/send?apiKey={ClickatellApiKey}&to={to}&content={text}");
    }
}
""", secret=rand_pw(24, "-_"))

add("blind-ll/ruby/redis-url", "fare-admin/config/cable.yml", DOC_RB, """development:
  adapter: async

production:
  adapter: redis
  # isitishi sexesha lokwenyani sabaphathi beerenki
  url: redis://:@@secret@@@redis-fares.bctaxi.internal:6379/1
  channel_prefix: fare_admin_production
""", secret=fakes.redis_password(_seed()))

add("blind-ll/ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[FaresDW]
Driver      = PostgreSQL Unicode
Servername  = dw.bctaxi.internal
Port        = 5432
Database    = fares_dw
UserName    = bi_reader
Password    = @@secret@@
""", secret=words_pw())

add("blind-ll/yaml/aws-credentials-ci", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
        environment:
          AWS_ACCESS_KEY_ID: @@kid@@
          AWS_SECRET_ACCESS_KEY: @@secret@@
    steps:
      - checkout
      - run: pip install awscli && aws s3 sync site/ s3://bctaxi-fares-site --delete
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ll/python/django-secret", "fare_admin/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["admin.bctaxi.co.za"]
# Isitshixo sikaDjango - sithathwe kwi-laptop kaThemba
SECRET_KEY = "@@secret@@"
SESSION_COOKIE_SECURE = True
''', secret=fakes.django_secret_key(_seed()))

add("blind-ll/kotlin/stripe-secret", "driver-app/android/app/src/main/java/za/co/bctaxi/pay/PayConfig.kt", DOC_STRIPE, """package za.co.bctaxi.pay

// KULUMKE: oku kufanele ukuba kuse-backend, hayi kwi-app
object PayConfig {
    const val STRIPE_KEY = "@@secret@@"
    const val CURRENCY = "zar"
}
""", secret=stripe_key())

add("blind-ll/notes/vault-token", "notes/oncall-2024-07.md", DOC_VAULT, """# On-call notes, July 2024 (Athi)

- Fare engine restarts at 02:00 are normal (cron).
- Vault was sealed after the power cut in Mdantsane. Unsealed it, root token for now: @@secret@@
  Ndicela omnye umntu ayirhoxise le tokeni emva kokuba sigqibile.
- Rank Oxford St tablet battery swollen - replace.
""", secret=vault_token())

add("blind-ll/html/maps-key-server", "fare-api/views/route-debug.html", DOC_GCP, """<!doctype html>
<html>
<head><title>Route debug</title></head>
<body>
<!-- server-side geocoding key, unrestricted (lungisa!) -->
<script>
  const GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json?key=@@secret@@&address=";
</script>
</body>
</html>
""", secret=google_key())

add("blind-ll/swift/sendgrid", "RankMarshal/RankMarshal/Mailer.swift", DOC_SENDGRID, """import Foundation

// Thumela ingxelo yosuku yerenki
struct Mailer {
    let apiKey = "@@secret@@"
    func request() -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.sendgrid.com/v3/mail/send")!)
        r.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", secret=sendgrid_key())

add("blind-ll/history/psql-password", "ops/history/athi_zsh_history.txt", DOC_HIST, """: 1718690012:0;cd ~/src/fare-engine
: 1718690020:0;make migrate
: 1718690101:0;PGPASSWORD='@@secret@@' psql -h fares-db.bctaxi.internal -U fares fares
: 1718690533:0;git status
: 1718690540:0;git commit -am "lungisa iimali zendlela ye-Mdantsane"
""", secret=words_pw())

add("blind-ll/powershell/azure-sp", "infra/scripts/Connect-FaresAzure.ps1", DOC_AZURE, """# Ungena kwi-Azure ukuze uhlaziye i-fare engine
$tenant = "@@tenant@@"
$appId  = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
""", secret=azure_secret(), tenant=uuid_s(), app=uuid_s())

add("blind-ll/java/jdbc-url", "fare-reports/src/main/java/za/co/bctaxi/reports/Db.java", DOC_JAVA, """package za.co.bctaxi.reports;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    // Iingxelo zenyanga zeemali zokukhwela
    private static final String URL = "jdbc:mysql://reports.bctaxi.internal:3306/fares?user=reports&password=@@secret@@";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", secret=rand_pw(18))

add("blind-ll/env/openai-key", "fare-assistant/.env.local", DOC_ENV, """# Umncedisi we-WhatsApp ophendula imibuzo ngemali yokukhwela
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
ASSISTANT_LANG=xh,en
ASSISTANT_MAX_TOKENS=400
""", secret=fakes.openai_key(_seed()))

add("blind-ll/xml/android-strings-key", "driver-app/android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- i-backend yabaqhubi -->
    <string name="fare_api_url">https://api.bctaxi.co.za/v1</string>
    <string name="fare_api_admin_token">@@secret@@</string>
</resources>
""", secret=rand_pw(36))

add("blind-ll/github-actions/slack-webhook", ".github/workflows/fares-deploy.yml", DOC_GHA, """name: deploy fare engine
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: flyctl deploy --remote-only
        env: { FLY_API_TOKEN: "${{ secrets.FLY_API_TOKEN }}" }
      - name: Yazisa i-#fares-ops
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"Fare engine deployed"}' @@secret@@
""", secret=slack_webhook())

add("blind-ll/ansible/become-password", "ansible/inventory/rank_kiosks.ini", DOC_ANSIBLE, """[kiosks]
oxford-st   ansible_host=10.40.1.21
mdantsane   ansible_host=10.40.2.21
qonce       ansible_host=10.40.3.21

[kiosks:vars]
ansible_user=kiosk
ansible_become_password=@@secret@@
""", secret=words_pw())

add("blind-ll/helm/mongodb-uri", "charts/fare-api/values.yaml", DOC_HELM, """image:
  repository: ghcr.io/bctaxi/fare-api
  tag: "3.4.0"
env:
  MONGO_URI: "mongodb://fareapp:@@secret@@@mongo-0.mongo.taxi.svc:27017/fares?authSource=admin"
  FARE_CACHE_TTL: "300"
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", secret=rand_pw(20))

add("blind-ll/sql/alter-user", "db/ops/2024-08-rotate.sql", DOC_SQL, """-- Ukutshintsha igama lokugqitha lomsebenzisi we-app (Agasti 2024)
BEGIN;
ALTER USER fare_app WITH PASSWORD '@@secret@@';
COMMENT ON ROLE fare_app IS 'fare engine API - rotated by Athi';
COMMIT;
""", secret=rand_pw(22))

add("blind-ll/rust/paystack", "fare-settle/src/config.rs", DOC_PAYSTACK, """// Ukuhlawula abanini beeteksi ngokuhamba kweveki
pub const PAYSTACK_BASE: &str = "https://api.paystack.co";
pub const PAYSTACK_SECRET: &str = "@@secret@@";
pub const SETTLE_DAY: u32 = 5; // uLwesihlanu

pub fn auth_header() -> String { format!("Bearer {}", PAYSTACK_SECRET) }
""", secret=paystack_key())

add("blind-ll/log/bearer-token", "logs/fare-api-debug-2024-09-02.log", DOC_LOG, """[2024-09-02T07:14:03Z] DEBUG outgoing POST https://api.paystack.co/transfer
[2024-09-02T07:14:03Z] DEBUG headers={"Authorization": "Bearer @@secret@@", "Content-Type": "application/json"}
[2024-09-02T07:14:04Z] INFO  transfer queued owner=BCT-0142 amount=R4 120.00
[2024-09-02T07:14:04Z] INFO  transfer queued owner=BCT-0177 amount=R3 860.00
[2024-09-02T07:14:05Z] WARN  owner BCT-0190 has no bank account on file
""", secret=paystack_key())

add("blind-ll/toml/cargo-registry-token", "fare-settle/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html", """[registries.bctaxi]
index = "sparse+https://cargo.bctaxi.co.za/index/"
token = "@@secret@@"

[build]
jobs = 4
""", secret=rand_pw(40))

add("blind-ll/notebook/db-password", "analysis/fare_elasticity.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ukukhwela ngokwexesha losuku (Mdantsane - KWT)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import sqlalchemy as sa\\n", "eng = sa.create_engine('postgresql://analyst:@@secret@@@dw.bctaxi.internal/fares_dw')\\n", "trips = pd.read_sql('select * from trips', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=words_pw())

add("blind-ll/shell/heredoc-pgpass", "ops/setup_reporting_box.sh", DOC_SH, """#!/usr/bin/env bash
# Seta ibhokisi yeengxelo (kanye kuphela)
set -e
cat > ~/.pgpass <<EOF
dw.bctaxi.internal:5432:fares_dw:bi_reader:@@secret@@
EOF
chmod 600 ~/.pgpass
echo "Kulungile - pgpass ibhaliwe"
""", secret=rand_pw(18))

add("blind-ll/javascript/basic-auth-header", "fare-api/src/sms/bulksms.js", "https://www.bulksms.com/developer/json/v1/", """// BulkSMS: izaziso zemali yokukhwela entsha
const AUTH = 'Basic @@enc@@';

module.exports.send = async (to, body) => {
  const res = await fetch('https://api.bulksms.com/v1/messages', {
    method: 'POST',
    headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify({ to, body }),
  });
  return res.json();
};
""", secret=(_bp := rand_pw(16)), enc=b64("bcta-fares:" + _bp))

add("blind-ll/yaml/gitlab-token", "fare-engine/renovate.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", """platform: gitlab
endpoint: https://gitlab.bctaxi.co.za/api/v4/
# itokeni ye-bot kaRenovate
token: @@secret@@
repositories:
  - taxi/fare-engine
  - taxi/driver-app
""", secret=gitlab_token())

add("blind-ll/dockerfile/env-password", "fare-worker/Dockerfile", DOC_DOCKER, """FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
# TODO: susa le nto, sebenzisa i-secret ye-fly
ENV AMQP_URL=amqp://fares:@@secret@@@queue.bctaxi.internal:5672/
CMD ["python", "-m", "fare_worker"]
""", secret=rand_pw(20))

add("blind-ll/csv/driver-accounts", "exports/marshal_logins_2024.csv", DOC_CSV, """rank,marshal,username,temp_password
Oxford Street,Nomsa Dyantyi,ndyantyi,@@secret@@
# abanye abaphathi basebenzisa i-OTP kuphela
Mdantsane NU1,Luthando Mbewu,lmbewu,(OTP)
Qonce Rank,Zola Ntshinga,zntshinga,(OTP)
KWT Taxi City,Andile Sono,asono,(OTP)
""", secret=words_pw())

add("blind-ll/properties/discord-webhook", "fare-reports/src/main/resources/alerts.properties", "https://discord.com/developers/docs/resources/webhook", """# Izilumkiso zeengxelo
alerts.enabled=true
alerts.discord.url=@@secret@@
alerts.threshold.failed-payments=25
alerts.timezone=Africa/Johannesburg
""", secret=discord_webhook())

add("blind-ll/env/multiline-ec-key", "fare-api/.env.staging", DOC_ENV, """NODE_ENV=staging
# i-APNs key yabakhweli (iOS push)
APNS_KEY_ID=K7Q2M9XA31
APNS_TEAM_ID=5H2W8PQ4ZL
APNS_PRIVATE_KEY="@@key@@"
""", secret=(_ak := pem("EC")), key=_ak)


# ---------------------------------------------------------------- decoys (both teams)

add("blind-ll/env/decoy-placeholder", "clip-intake/.env.example", DOC_ENV, """# Kopa le fayile uyenze .env, uze ufake amaxabiso akho
APP_ENV=development
DATABASE_URL=postgres://clip_intake:<password>@localhost:5432/clip
BROKER_API_KEY=<broker-api-key-from-Lindiwe>
BROKER_SYNC_INTERVAL=900
LOG_LEVEL=debug
""")

add("blind-ll/python/decoy-env-reference", "auction_sync/settings.py", DOC_PY, '''"""Settings for the auction sync - everything secret comes from the environment."""
import os

BROKER_BASE = os.environ.get("BROKER_BASE", "https://api.brokerlink.co.za/v2")
BROKER_API_KEY = os.environ["BROKER_API_KEY"]  # ifakwa yi-systemd EnvironmentFile
DB_PASSWORD = os.getenv("CLIP_DB_PASSWORD", "")
SALE_SEASON = "2024/25"
''')

add("blind-ll/k8s/decoy-secret-ref", "deploy/k8s/clip-intake-deployment.yaml", DOC_K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: clip-intake
  namespace: wool
spec:
  replicas: 1
  selector: { matchLabels: { app: clip-intake } }
  template:
    metadata: { labels: { app: clip-intake } }
    spec:
      containers:
        - name: clip-intake
          image: ghcr.io/awga/clip-intake:2.3.1
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: { name: clip-db, key: POSTGRES_PASSWORD }
""")

add("blind-ll/json/decoy-publishable-key", "member-portal/src/payments.public.json", DOC_PAYSTACK, """{
  "provider": "paystack",
  "public_key": "@@pub@@",
  "currency": "ZAR",
  "note": "Esi sisitshixo sikawonke-wonke (public) - sinokubonwa kwi-browser"
}
""", pub=paystack_key("pk_live_"))

add("blind-ll/markdown/decoy-redacted", "docs/incidents/2024-02-leaked-key.md", DOC_MD, """# Isiganeko: isitshixo se-broker savuzwa (Februwari 2024)

**Okwenzekileyo:** the broker API key was pasted into the #general Slack channel.

- Key (redacted): `****************************Qx7e`
- Rotated by Lindiwe at 14:20; the old key was revoked by the broker the same day.
- New key lives only in Vault at `secret/awga/broker`.

Isifundo: musa ukuncamathisela izitshixo kwi-Slack.
""")

add("blind-ll/yaml/decoy-vault-path", "ansible/group_vars/all/secrets.yml", DOC_ANSIBLE, """---
# Zonke iimfihlo zivela kwi-HashiCorp Vault
clip_db_password: "{{ lookup('hashi_vault', 'secret=secret/data/awga/clip-db:password') }}"
broker_api_key: "{{ lookup('hashi_vault', 'secret=secret/data/awga/broker:key') }}"
wifi_psk: "{{ lookup('hashi_vault', 'secret=secret/data/awga/shed-wifi:psk') }}"
""")

add("blind-ll/ansible/decoy-vault-encrypted", "ansible/host_vars/shed01.komani/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("blind-ll/sql/decoy-bcrypt-seed", "db/seeds/001_admin_user.sql", DOC_SQL, """-- Umsebenzisi wokuqala we-admin; igama lokugqitha litshintshwa ekungeneni kokuqala
INSERT INTO users (email, display_name, password_hash, must_change_password)
VALUES ('ops@amatholewool.org.za', 'AWGA Ops', '@@h@@', true);
-- password_hash: bcrypt, cost 12
SELECT id FROM users WHERE email = 'ops@amatholewool.org.za';
""", h=bcrypt_hash())

add("blind-ll/shell/decoy-checksum", "scripts/install_scale_driver.sh", DOC_SH, """#!/usr/bin/env bash
# Faka i-driver yesikali (Avery scale, USB-serial)
set -euo pipefail
URL=https://downloads.scalesupport.co.za/avery-usb-2.4.1.tar.gz
SHA256=@@sum@@
curl -fsSLo /tmp/driver.tgz "$URL"
echo "$SHA256  /tmp/driver.tgz" | sha256sum -c -
sudo tar -xzf /tmp/driver.tgz -C /opt/
""", sum=hexs(64))

add("blind-ll/terraform/decoy-variable", "infra/variables.tf", DOC_TF, """variable "db_password" {
  description = "Igama lokugqitha le-RDS - lifakwa nge TF_VAR_db_password kwi-CI"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "af-south-1"
}
""")

add("blind-ll/compose/decoy-env-file", "docker-compose.override.yml", DOC_COMPOSE, """services:
  db:
    env_file: .env.db
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env.db}
  api:
    environment:
      DATABASE_URL: postgres://wool:${POSTGRES_PASSWORD}@db:5432/wool
""")

add("blind-ll/github-actions/decoy-secrets-context", ".github/workflows/levy-api-ci.yml", DOC_GHA, """name: levy-api CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      BROKER_API_KEY: ${{ secrets.BROKER_API_KEY }}
    services:
      postgres:
        image: postgres:15
        env: { POSTGRES_PASSWORD: postgres }
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: go test ./...
""")

add("blind-ll/pem/decoy-certificate", "deploy/tls/members.amatholewool.org.za.crt", "https://www.rfc-editor.org/rfc/rfc7468", """@@c@@
""", c=cert_pem())

add("blind-ll/ssh/decoy-public-key", "deploy/keys/authorized_keys", DOC_SSH, """# authorized on sync.amatholewool.org.za for user 'shed'
# Esi sisitshixo sikawonke-wonke; esiyimfihlo sikwi-Vault
# Added 2024-03-11 by Sipho
# Expires: when the shed tablets are replaced
@@k@@ shed-sync@komani
""", k=ssh_pub())

add("blind-ll/go/decoy-test-fixture", "levy-api/internal/auth/jwt_test.go", DOC_GO, """package auth

import "testing"

// testKey yeyovavanyo kuphela - ayisetyenziswa kwimveliso.
const testKey = "test-only-not-a-real-signing-key"

func TestSignRoundTrip(t *testing.T) {
	signingKey = []byte(testKey)
	if _, err := Sign(map[string]any{"sub": "member-42"}); err != nil {
		t.Fatal(err)
	}
}
""")

add("blind-ll/csv/decoy-bale-ids", "exports/bales_sale_24_05.csv", DOC_CSV, """bale_id,farm_code,micron,yield,mass_kg,lot_hash
@@a@@,EC-AM-0112,19.4,68.2,162,@@ha@@
@@b@@,EC-AM-0140,20.1,66.0,158,@@hb@@
@@c@@,EC-KO-0031,18.7,70.4,171,@@hc@@
@@d@@,EC-NQ-0007,21.3,63.9,149,@@hd@@
""", a=uuid_s(), b=uuid_s(), c=uuid_s(), d=uuid_s(), ha=hexs(40), hb=hexs(40), hc=hexs(40), hd=hexs(40))

add("blind-ll/ini/decoy-empty", "shed-tablet/settings.example.ini", DOC_INI, """[shed]
name = <igama leshedi>
classer_id =

[database]
host = 10.20.4.11
user = shed_sync
password =
schema = shearing
""")

add("blind-ll/php/decoy-getenv", "members/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Iwebhusayithi yamalungu - sample config; real values come from the host's environment */
define( 'DB_NAME', getenv('WP_DB_NAME') );
define( 'DB_USER', getenv('WP_DB_USER') );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("blind-ll/markdown/decoy-aws-docs-example", "docs/runbooks/s3-backups.md", DOC_AWS, """# Ugcino lweefoto (S3)

Configure the AWS CLI as in the AWS documentation:

```
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: af-south-1
```

Sebenzisa izitshixo zakho ze-IAM (cela kuSipho) - hayi ezi zomzekelo.
""")

add("blind-ll/yaml/decoy-sops", "deploy/secrets/levy-api.enc.yaml", DOC_SOPS, """redis_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
jwt_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2024-06-01T09:12:44Z"
    version: 3.8.1
""", d1=b64(rand_pw(24)), iv1=b64(rand_pw(12)), t1=b64(rand_pw(16)),
    d2=b64(rand_pw(48)), iv2=b64(rand_pw(12)), t2=b64(rand_pw(16)))

add("blind-ll/kotlin/decoy-buildconfig", "shed-app/app/build.gradle.kts", DOC_GRADLE, """android {
    namespace = "za.org.awga.shed"
    defaultConfig {
        applicationId = "za.org.awga.shed"
        // isitshixo sifakwa kwi-CI ngokusuka ku-local.properties okanye i-env
        buildConfigField("String", "SYNC_KEY", "\\"${System.getenv("SHED_SYNC_KEY") ?: ""}\\"")
        versionCode = 41
    }
}
""")

add("blind-ll/helm/decoy-existing-secret", "charts/levy-api/values.yaml", DOC_HELM, """replicaCount: 1
image:
  repository: ghcr.io/awga/levy-api
  tag: "1.8.2"
redis:
  enabled: true
  auth:
    existingSecret: levy-redis
    existingSecretPasswordKey: redis-password
""")

add("blind-ll/log/decoy-masked", "logs/levy-api-2024-06-03.log", DOC_LOG, """2024-06-03T05:00:01Z INFO  levy-api v1.8.2 starting
2024-06-03T05:00:01Z INFO  db=postgres://wool:********@db:5432/wool
2024-06-03T05:00:01Z INFO  paystack key=sk_live_****************************a91c
2024-06-03T05:00:02Z INFO  listening on :8080
2024-06-03T05:13:47Z INFO  levy paid member=AWG-0412 amount=R1 250.00
""")

add("blind-ll/notes/decoy-password-policy", "notes/password-policy-xh.txt", DOC_MD, """Umgaqo-nkqubo wamagama okugqitha - AWGA

- Igama lokugqitha: ubuncinane iimpawu ezili-14.
- Musa ukusebenzisa "password123" okanye "Merino2024!" - aba bafumaneka lula.
- Yonke imfihlo igcinwa kwi-1Password vault "AWGA Ops".
- Xa umntu eshiya umsebenzi, tshintsha yonke into ayaziyo.
""")

add("blind-ll/dockerfile/decoy-build-secret", "levy-api/Dockerfile", DOC_DOCKER, """# syntax=docker/dockerfile:1.7
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
RUN CGO_ENABLED=0 go build -o /levy-api ./cmd/server
FROM gcr.io/distroless/static
COPY --from=build /levy-api /levy-api
ENTRYPOINT ["/levy-api"]
""")

add("blind-ll/json/decoy-package-lock-integrity", "member-portal/package-lock.fragment.json", DOC_JSON, """{
  "node_modules/@awga/ui": {
    "version": "0.9.3",
    "resolved": "https://registry.npmjs.org/@awga/ui/-/ui-0.9.3.tgz",
    "integrity": "sha512-@@i@@==",
    "license": "MIT"
  }
}
""", i=rand_pw(86, "+/"))

add("blind-ll/rst/decoy-example-values", "docs/source/configuration.rst", DOC_RST, """Configuration
=============

Set these in the environment (ku-``/etc/awga/levy.env``):

``LEVY_DB_URL``
    e.g. ``postgres://levy:CHANGE_ME@localhost/levy``
``PAYSTACK_SECRET_KEY``
    your live secret key from the Paystack dashboard (``sk_live_...``); never commit it.
""")

add("blind-ll/swift/decoy-keychain", "ShedScan/ShedScan/TokenStore.swift", DOC_SWIFT, """import Security

// I-token igcinwa kwi-Keychain, ayibhalwa kwikhowudi
struct TokenStore {
    static let service = "za.org.awga.shedscan"
    static let account = "bale-api-token"
    static func load() -> String? { KeychainHelper.read(service: service, account: account) }
}
""")

add("blind-ll/xml/decoy-maven-env", "grading-service/settings.ci.xml", DOC_MAVEN, """<settings>
  <servers>
    <server>
      <id>awga-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ll/env/decoy-yoco-test", "fare-api/.env.test", DOC_ENV, """# Uvavanyo kuphela - ezi asizizo izitshixo zokwenyani
NODE_ENV=test
YOCO_SECRET_KEY=sk_test_dummy_for_unit_tests
FARE_TABLE=routes/test-fares.json
DATABASE_URL=postgres://test:test@localhost:5432/fares_test
""")

add("blind-ll/javascript/decoy-mapbox-public", "rider-web/src/map.js", DOC_MAPBOX, """// Imephu yeendlela zeeteksi (public token, restricted to bctaxi.co.za)
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = '@@pk@@';

export const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12',
  center: [27.9116, -33.0153], zoom: 12 });
""", pk=mapbox_public())

add("blind-ll/dart/decoy-dart-define", "rank_marshal_app/lib/env.dart", "https://dart.dev/language/variables", """// Amaxabiso afakwa xa kwakhiwa: flutter build apk --dart-define=FARE_API_TOKEN=...
class Env {
  static const fareApiToken = String.fromEnvironment('FARE_API_TOKEN');
  static const mapsKey = String.fromEnvironment('MAPS_KEY', defaultValue: '');
  static const apiBase = 'https://api.bctaxi.co.za/v1';
}
""")

add("blind-ll/python/decoy-secret-manager", "fare_api/secrets.py", "https://cloud.google.com/secret-manager/docs/access-secret-version", '''"""Fetch the payment keys from Google Secret Manager at start-up."""
from google.cloud import secretmanager

_client = secretmanager.SecretManagerServiceClient()


def payment_key(name: str = "paystack-secret-key") -> str:
    path = f"projects/bctaxi-fares/secrets/{name}/versions/latest"
    return _client.access_secret_version(name=path).payload.data.decode()
''')

add("blind-ll/yaml/decoy-twilio-env", "fare-api/config/whatsapp.example.yml", DOC_TWILIO, """whatsapp:
  provider: twilio
  account_sid: ${TWILIO_ACCOUNT_SID}
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "whatsapp:+27600000000"
  templates:
    fare_change: "Molo! Imali yokukhwela ukuya e{{1}} ngoku yi-R{{2}}."
""")

add("blind-ll/k8s/decoy-external-secret", "k8s/fare-api/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: fare-api-payments
  namespace: taxi
spec:
  refreshInterval: 1h
  secretStoreRef: { name: gcp-sm, kind: ClusterSecretStore }
  target: { name: fare-api-payments }
  data:
    - secretKey: PAYSTACK_SECRET_KEY
      remoteRef: { key: paystack-secret-key }
""")

add("blind-ll/json/decoy-fares", "fare-api/routes/2024-fares.json", DOC_JSON, """{
  "effective": "2024-04-01",
  "currency": "ZAR",
  "routes": [
    {"id": "EL-MDT-01", "from": "Oxford St", "to": "Mdantsane NU1", "fare": 19.50, "key": "@@k1@@"},
    {"id": "EL-KWT-02", "from": "Oxford St", "to": "Qonce", "fare": 32.00, "key": "@@k2@@"},
    {"id": "MDT-CMB-03", "from": "Mdantsane NU1", "to": "Cambridge", "fare": 17.00, "key": "@@k3@@"}
  ]
}
""", k1=hexs(16), k2=hexs(16), k3=hexs(16))

add("blind-ll/markdown/decoy-ozow-docs", "docs/payments/ozow.md", "https://hub.ozow.com/docs", """# Ukuhlawula nge-Ozow

Ozow gives each merchant a **SiteCode**, a **Private Key** and an **API Key**. Only the SiteCode
(`BCT-001`) is public - it appears in the payment form.

The private key is used to make the `HashCheck`:
`HashCheck = SHA512(lowercase(SiteCode + ... + PrivateKey))`

Example HashCheck from a test payment: `@@h@@`
""", h=hexs(128))

add("blind-ll/typescript/decoy-zod-schema", "fare-api/src/config.ts", DOC_JS, """import { z } from "zod";

// Qinisekisa ukuba zonke izitshixo zikhona xa i-app iqala
const Env = z.object({
  YOCO_SECRET_KEY: z.string().startsWith("sk_"),
  DRIVER_JWT_SECRET: z.string().min(32),
  MONGO_URI: z.string().url(),
});
export const env = Env.parse(process.env);
""")

add("blind-ll/csharp/decoy-user-secrets", "MarshalDesk/MarshalDesk.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Clickatell key: dotnet user-secrets set Sms:ClickatellApiKey ... -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", u=uuid_s())

add("blind-ll/ruby/decoy-credentials-fetch", "fare-admin/config/initializers/paystack.rb", DOC_RB, """# I-Paystack: isitshixo sivela kwi-Rails credentials (encrypted)
Paystack.configure do |config|
  config.secret_key = Rails.application.credentials.dig(:paystack, :secret_key)
  config.public_key = ENV.fetch("PAYSTACK_PUBLIC_KEY", nil)
  config.currency = "ZAR"
end
""")

add("blind-ll/markdown/decoy-credentials-enc", "fare-admin/docs/credentials.md", "https://guides.rubyonrails.org/security.html#custom-credentials", """# Rails credentials (fare-admin)

The encrypted file `config/credentials.yml.enc` currently reads (rotated 2024-08 by Athi):

    @@blob@@

Ukuhlela: `bin/rails credentials:edit` - kufuneka i-`config/master.key` evela kwi-1Password
(ayikho kwi-git).
""",
    blob=b64(rand_pw(120)) + "--" + b64(rand_pw(12)) + "--" + b64(rand_pw(16)))

add("blind-ll/shell/decoy-read-prompt", "ops/rotate_fare_db_password.sh", DOC_SH, """#!/usr/bin/env bash
# Tshintsha igama lokugqitha le-fare_app: uyakubuzwa, alibhalwa ndawo
set -euo pipefail
read -rsp "New password for fare_app: " NEWPW; echo
psql -h fares-db.bctaxi.internal -U postgres -c "ALTER USER fare_app WITH PASSWORD '$NEWPW';"
fly secrets set DB_PASSWORD="$NEWPW" -a fare-api
unset NEWPW
""")

add("blind-ll/powershell/decoy-securestring-prompt", "infra/scripts/New-KioskUser.ps1", DOC_PS, """# Yenza umsebenzisi we-kiosk kwirenki entsha
param([string]$Rank)
$pw = Read-Host -AsSecureString "Igama lokugqitha lomsebenzisi we-kiosk"
New-LocalUser -Name "kiosk-$Rank" -Password $pw -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member "kiosk-$Rank"
Write-Host "Kulungile: kiosk-$Rank"
""")

add("blind-ll/gradle/decoy-signing-env", "driver-app/android/app/signing.gradle", DOC_GRADLE, """android {
    signingConfigs {
        release {
            storeFile file(System.getenv("BCT_KEYSTORE") ?: "debug.keystore")
            storePassword System.getenv("BCT_STORE_PASSWORD")
            keyAlias "bctaxi"
            keyPassword System.getenv("BCT_KEY_PASSWORD")
        }
    }
}
""")

add("blind-ll/html/decoy-login-form", "bctaxi-web/public/marshal-login.html", DOC_HTML, """<!doctype html>
<html lang="xh">
<body>
  <form method="post" action="/login">
    <label>Igama lomsebenzisi <input name="username" placeholder="ndyantyi"></label>
    <label>Igama lokugqitha <input name="password" type="password" placeholder="••••••••"></label>
    <button>Ngena</button>
  </form>
</body>
</html>
""")

add("blind-ll/log/decoy-request-ids", "logs/fare-api-2024-09-03.log", DOC_LOG, """[2024-09-03T06:01:12Z] INFO  req=@@r1@@ GET /v1/fares?route=EL-MDT-01 200 12ms
[2024-09-03T06:01:13Z] INFO  req=@@r2@@ POST /v1/trips 201 48ms
[2024-09-03T06:01:15Z] INFO  req=@@r3@@ POST /v1/pay/momo 202 311ms ref=@@ref@@
[2024-09-03T06:01:19Z] WARN  req=@@r4@@ GET /v1/ranks/oxford 304 3ms
[2024-09-03T06:01:22Z] INFO  driver token issued driver=BCT-D-2281 (token not logged)
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), ref=uuid_s())


# ---------------------------------------------------------------- more secrets (both teams)

add("blind-ll/yaml/datadog-api-key", "deploy/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """# Ukubeka iliso kwiiseva zeshedi nefandesi
api_key: @@secret@@
site: datadoghq.eu
hostname: sync-01.awga
logs_enabled: true
tags:
  - team:wool-ops
""", secret=hexs(32))

add("blind-ll/ini/aws-credentials-file", "ops/dotfiles/aws/credentials", DOC_AWS, """[default]
region = af-south-1

[awga-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ll/python/telegram-bot-split", "price_bot/bot.py", DOC_TG, '''"""Ibhoti yamaxabiso oboya: ithumela ixabiso lefandesi kwiqela labalimi."""
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "@@a@@" \\
        "@@b@@"


async def ixabiso(update, context):
    await update.message.reply_text("Ixabiso lanamhlanje: R185.40/kg clean (19.5 micron)")

app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("ixabiso", ixabiso))
app.run_polling()
''', secret=(_tt := telegram()), a=_tt[:20], b=_tt[20:])

add("blind-ll/markdown/github-pat-in-issue", "docs/notes/ci-broken.md", DOC_MD, """## CI broken after org move (issue draft)

The catalogue job fails with `403` since we moved the repo to the `amathole-wool` org.
I tried with my own token and it works:

    GH_TOKEN=@@secret@@ gh release list -R amathole-wool/catalogue

Ndicela umntu ondinike amalungelo e-org, emva koko ndiza kuyirhoxisa le tokeni.
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-ll/json/vscode-sftp", "member-portal/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "members (afrihost)",
  "host": "ftp.amatholewool.org.za",
  "protocol": "sftp",
  "port": 22,
  "username": "amatholew",
  "password": "@@secret@@",
  "remotePath": "/public_html",
  "uploadOnSave": true
}
""", secret=words_pw())

add("blind-ll/k8s-secret/docker-config", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: wool
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(_gp := fakes.github_token(_seed())),
    enc=b64('{"auths":{"ghcr.io":{"username":"awga-bot","password":"' + _gp + '"}}}'))

add("blind-ll/go/smtp-auth", "levy-api/internal/mail/mail.go", DOC_GO, """package mail

import "net/smtp"

// Send ithumela irisithi yentlawulo yerhafu kwilungu.
func Send(to, body string) error {
	auth := smtp.PlainAuth("", "levy@amatholewool.org.za", "@@secret@@", "smtp.afrihost.co.za")
	return smtp.SendMail("smtp.afrihost.co.za:587", auth, "levy@amatholewool.org.za", []string{to}, []byte(body))
}
""", secret=words_pw())

add("blind-ll/shell/mysqldump-cron", "ops/cron/nightly_dump.sh", DOC_SH, """#!/bin/bash
# Ukugcina idatha yeshedi ebusuku (02:30)
STAMP=$(date +%F)
mysqldump --host=10.20.4.11 --user=backup --password=@@secret@@ shearing \\
  | gzip > /backup/shearing-$STAMP.sql.gz
find /backup -name 'shearing-*.sql.gz' -mtime +30 -delete
""", secret=rand_pw(16))

add("blind-ll/terraform/tfvars-password", "infra/prod.auto.tfvars", DOC_TF, """region        = "af-south-1"
environment   = "prod"
db_username   = "clipadmin"
db_password   = "@@secret@@"
shed_cidrs    = ["10.20.0.0/16"]
""", secret=rand_pw(24, "!#"))

add("blind-ll/xml/web-config", "ClassingStation/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/", """<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <!-- Isikhululo sokuhlela uboya -->
    <add name="Classing" connectionString="Data Source=sql01.awga.local;Initial Catalog=Classing;User ID=classing_web;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web><compilation targetFramework="4.8" /></system.web>
</configuration>
""", secret=words_pw())

add("blind-ll/wiki/wifi-password-table", "wiki/Shed-network.md", DOC_MD, """# Uthungelwano lweshedi

| Shed       | SSID         | Key                 |
|------------|--------------|---------------------|
| Komani     | AWGA-Shed    | (see ansible vault) |
| Nqamakwe   | AWGA-Nqa     | @@secret@@ |
| Cathcart   | AWGA-Cat     | (see ansible vault) |

I-router yaseNqamakwe ayixhaswa yi-ansible, ngoko ke igama lokugqitha likhona apha okwangoku.
""", secret=passphrase())

add("blind-ll/notes/broker-call", "notes/2024-10-broker-meeting.txt", DOC_MD, """Intlanganiso ne-broker, 14 Oktobha 2024
- Abakhoyo: Lindiwe, Sipho, Mr. van der Merwe (broker)
- Bazakutshintsha i-API ukuya ku-v3 ngoJanuwari.
- Basinike isitshixo esitsha sokuvavanya kwimveliso: @@secret@@
  (luvumeleke ukufunda kuphela, kodwa sisitshixo sokwenyani)
- Isigqibo: sisebenzise v3 ukusuka kwifandesi yokuqala ka-2025.
""", secret=rand_pw(40))

add("blind-ll/java/kafka-jaas", "grading-service/src/main/resources/kafka.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """bootstrap.servers=kafka.awga.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="grading" password="@@secret@@";
# isihloko seziphumo zovavanyo lwe-micron
topic.results=wool.test-results
""", secret=rand_pw(22))

add("blind-ll/typescript/supabase-service-role", "ops-dashboard/src/lib/admin.ts", "https://supabase.com/docs/guides/api/api-keys", """import { createClient } from "@supabase/supabase-js";

// service_role - INGOZI: ungayisebenzisi kwi-browser
export const admin = createClient(
  "https://qnxtwbdzkfhjpmrsvlao.supabase.co",
  "@@secret@@",
);
""", secret=("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64url('{"iss":"supabase","ref":"qnxtwbdzkfhjpmrsvlao","role":"service_role","iat":1714000000,"exp":2029576000}')
             + "." + rand_pw(43, "-_")))

add("blind-ll/env/sentry-auth-token", "ops-dashboard/.env.sentry-build-plugin", "https://docs.sentry.io/cli/configuration/", """# Ukulayisha ii-source maps (build kuphela)
SENTRY_ORG=amathole-wool
SENTRY_PROJECT=ops-dashboard
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_URL=https://sentry.io/
""", secret="sntrys_" + b64('{"iat":1716000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"amathole-wool"}').rstrip("=") + "_" + rand_pw(43, "+/"))

add("blind-ll/yaml/rank-kiosk-netplan", "kiosk/netplan/50-rank-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", """network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "BCTA-Rank-Oxford":
          password: "@@secret@@"
""", secret=passphrase())

add("blind-ll/python/ftp-login", "fare_reports/upload_to_dot.py", DOC_PY, '''"""Layisha ingxelo yenyanga kwi-Department of Transport (FTP)."""
from ftplib import FTP_TLS

def upload(path: str) -> None:
    ftp = FTP_TLS("ftp.ectransport.gov.za")
    ftp.login(user="bcta_reports", passwd="@@secret@@")
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary(f"STOR monthly/{path.rsplit('/', 1)[-1]}", fh)
    ftp.quit()
''', secret=words_pw())

add("blind-ll/javascript/sequelize-config", "fare-api/config/config.json", "https://sequelize.org/docs/v6/other-topics/migrations/", """{
  "development": { "dialect": "postgres", "host": "127.0.0.1", "database": "fares_dev", "username": "dev", "password": null },
  "production": {
    "dialect": "postgres",
    "host": "fares-db.bctaxi.internal",
    "database": "fares",
    "username": "fare_app",
    "password": "@@secret@@"
  }
}
""", secret=rand_pw(22))

add("blind-ll/csharp/appsettings-jwt", "MarshalDesk/appsettings.json", DOC_CS, """{
  "Jwt": {
    "Issuer": "https://marshal.bctaxi.co.za",
    "Audience": "marshal-desk",
    "SigningKey": "@@secret@@"
  },
  "Ranks": [ "Oxford Street", "Mdantsane NU1", "Qonce" ],
  "AllowedHosts": "*"
}
""", secret=b64(rand_pw(48)))

add("blind-ll/php/laravel-env", "bctaxi-web/.env", "https://laravel.com/docs/11.x/configuration", """APP_NAME="BCTA Fares"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://bctaxi.co.za
DB_CONNECTION=mysql
DB_PASSWORD=${DB_PASSWORD}
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ll/history/curl-basic", "ops/history/themba_bash_history", DOC_HIST, """ls
cd fare-api
npm run migrate
curl -u admin:@@secret@@ https://admin.bctaxi.co.za/api/fares/reload
curl https://api.bctaxi.co.za/v1/fares?route=EL-MDT-01
exit
""", secret=words_pw())

add("blind-ll/gitlab-ci/variables-token", "fare-engine/.gitlab-ci.yml", DOC_GITLAB, """stages: [test, deploy]
variables:
  FLY_APP: fare-engine
  FLY_API_TOKEN: "@@secret@@"
test:
  stage: test
  script: [go test ./...]
deploy:
  stage: deploy
  script: [flyctl deploy --remote-only -a $FLY_APP]
  only: [main]
""", secret="FlyV1 fm2_" + rand_pw(180, "+/"))

add("blind-ll/rust/mongo-uri", "fare-settle/src/db.rs", DOC_RS, """use mongodb::Client;

// Idatha yohambo lweeteksi
const MONGO_URI: &str = "mongodb://settle:@@secret@@@mongo-0.bctaxi.internal:27017/?authSource=admin";

pub async fn client() -> mongodb::error::Result<Client> {
    Client::with_uri_str(MONGO_URI).await
}
""", secret=rand_pw(20))

add("blind-ll/swift/plist-key", "RankMarshal/RankMarshal/Config.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>FareApiBase</key><string>https://api.bctaxi.co.za/v1</string>
    <key>FareApiSecret</key><string>@@secret@@</string>
</dict>
</plist>
""", secret=rand_pw(32))

add("blind-ll/powershell/basic-auth", "infra/scripts/Get-RankReport.ps1", DOC_PS, """# Khuphela ingxelo yerenki yosuku
$pair = "reports:@@secret@@"
$bytes = [System.Text.Encoding]::ASCII.GetBytes($pair)
$auth = [Convert]::ToBase64String($bytes)
Invoke-RestMethod -Uri "https://admin.bctaxi.co.za/api/ranks/daily" -Headers @{ Authorization = "Basic $auth" } |
  Export-Csv "rank-$(Get-Date -Format yyyyMMdd).csv"
""", secret=rand_pw(18))

add("blind-ll/sql/dblink", "db/views/fares_dw_link.sql", "https://www.postgresql.org/docs/current/dblink.html", """-- Unxibelelwano kwi-DW yeengxelo
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE VIEW monthly_trips AS
SELECT * FROM dblink('host=dw.bctaxi.internal dbname=fares_dw user=dw_link password=@@secret@@',
                     'select month, route_id, trips from trips_monthly')
  AS t(month date, route_id text, trips int);
""", secret=words_pw())

add("blind-ll/yaml/spring-datasource", "fare-reports/src/main/resources/application.yml", DOC_JAVA, """spring:
  datasource:
    url: jdbc:mysql://reports.bctaxi.internal:3306/fares
    username: reports
    password: @@secret@@
  jpa:
    open-in-view: false
reports:
  cron: "0 0 6 1 * *"   # ngosuku lokuqala lwenyanga
""", secret=rand_pw(18))

add("blind-ll/dart/paystack-secret", "rider_app/lib/services/pay.dart", DOC_PAYSTACK, """import 'package:http/http.dart' as http;

// TODO(athi): susa isitshixo esiyimfihlo kwi-app
const _paystackSecret = 'sk_live_' '@@b@@';

Future<http.Response> verify(String ref) => http.get(
    Uri.parse('https://api.paystack.co/transaction/verify/$ref'),
    headers: {'Authorization': 'Bearer $_paystackSecret'});
""", secret=(_pk2 := paystack_key()), b=_pk2[len("sk_live_"):])

add("blind-ll/toml/netlify-env", "rider-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  FARE_ADMIN_TOKEN = "@@secret@@"
""", secret=rand_pw(40))

add("blind-ll/rst/amqp-url", "fare-engine/docs/operations.rst", DOC_RST, """Operations
==========

Umsebenzi we-worker
-------------------

The fare worker reads trip events from RabbitMQ::

    AMQP_URL=amqps://fares:@@secret@@@queue.bctaxi.co.za:5671/fares python -m fare_worker

Restart it after changing the fare table.
""", secret=rand_pw(20))

add("blind-ll/env/discord-webhook", "fare-assistant/.env", DOC_ENV, """# Izilumkiso ze-assistant
DISCORD_ALERTS_WEBHOOK=@@secret@@
ASSISTANT_LANG=xh,en
RATE_LIMIT_PER_MIN=30
LOG_LEVEL=info
""", secret=discord_webhook())

add("blind-ll/k8s-secret/string-data-url", "k8s/fare-worker/secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: fare-worker
  namespace: taxi
type: Opaque
stringData:
  AMQP_URL: "amqp://fares:@@secret@@@rabbitmq.taxi.svc:5672/"
  REDIS_URL: "redis://redis.taxi.svc:6379/0"
""", secret=rand_pw(20))

add("blind-ll/json/firebase-rest-token", "fare-api/scripts/firebase-export.json", DOC_FCM, """{
  "job": "export-driver-locations",
  "schedule": "every 24 hours",
  "url": "https://bctaxi-fares-default-rtdb.firebaseio.com/drivers.json?auth=@@secret@@",
  "target": "gs://bctaxi-exports/drivers/",
  "owner": "Themba"
}
""", secret=rand_pw(40))

add("blind-ll/ansible/slack-bot-token", "ansible/roles/alerts/defaults/main.yml", DOC_ANSIBLE, """---
# Izilumkiso zeeteksi ezilibazisekileyo
alerts_channel: "#rank-ops"
slack_bot_token: "@@secret@@"
alerts_quiet_hours: "22:00-04:30"
alerts_ranks:
  - oxford-st
  - mdantsane
""", secret=slack_bot())

add("blind-ll/capture/smtp-auth-plain", "fare_api/tests/captures/smtp_session.txt", "https://www.rfc-editor.org/rfc/rfc4616", """S: 220 smtp.afrihost.co.za ESMTP
C: EHLO fare-api
S: 250-AUTH PLAIN LOGIN
C: AUTH PLAIN @@enc@@
S: 235 2.7.0 Authentication successful
C: QUIT
""", secret=(_sp2 := words_pw()), enc=b64("\0receipts@bctaxi.co.za\0" + _sp2))

add("blind-ll/hcl/vault-token-provider", "infra/vault.tf", DOC_VAULT, """provider "vault" {
  address = "https://vault.bctaxi.internal:8200"
  token   = "@@secret@@" # kuvavanyo lwasekhaya - TODO susa
}

data "vault_kv_secret_v2" "fares" {
  mount = "secret"
  name  = "fare-api"
}
""", secret=vault_token())

add("blind-ll/csv/api-keys-export", "exports/partner_keys.csv", DOC_CSV, """partner,contact,environment,api_key
Amathole Taxi Council,Mr Ngcobo,sandbox,(revoked)
Mdantsane Route Assoc.,Ms Jali,production,@@secret@@
BCMM Transport Dept,Mr Pillay,sandbox,(revoked)
Qonce Taxi Owners,Ms Mase,pending,
""", secret="bct_live_" + rand_pw(32))

add("blind-ll/kotlin/basic-auth", "driver-app/android/app/src/main/java/za/co/bctaxi/net/Api.kt", DOC_KT, """package za.co.bctaxi.net

import okhttp3.Credentials

// Abaqhubi bangena nge-API yeerenki
object Api {
    const val BASE = "https://api.bctaxi.co.za/v1/"
    val rankAuth: String = Credentials.basic("rank-sync", "@@secret@@")
}
""", secret=rand_pw(20))

add("blind-ll/html/admin-notes", "bctaxi-web/resources/views/admin/help.blade.php", "https://laravel.com/docs/11.x/blade", """@extends('layouts.admin')
@section('content')
<h2>Uncedo lwe-admin</h2>
<p>Ukuhlaziya iimali zokukhwela, ngena kwi-phpMyAdmin:</p>
<pre>https://db.bctaxi.co.za/phpmyadmin  user: fares_admin  pass: @@secret@@</pre>
<p>Emva koko cofa "Reload fares".</p>
@endsection
""", secret=words_pw())

add("blind-ll/pgbouncer/userlist-password", "deploy/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """"fare_app" "@@secret@@"
"reports" "md5@@md5a@@"
"dw_link" "md5@@md5b@@"
"pgbouncer" "md5@@md5c@@"
"athi" "SCRAM-SHA-256$4096:@@salt@@"
""", secret=rand_pw(22), md5a=hexs(32), md5b=hexs(32), md5c=hexs(32), salt=b64(rand_pw(16)))

add("blind-ll/yaml/rtsp-camera-password", "rank-cams/frigate.yml", "https://docs.frigate.video/configuration/cameras", """# Iikhamera zerenki yase-Oxford Street
cameras:
  oxford_gate:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@secret@@@10.40.1.50:554/Streaming/Channels/101
          roles: [detect, record]
detect: { width: 1280, height: 720 }
""", secret=rand_pw(14))

add("blind-ll/ruby/gem-credentials", "fare-admin/.gem/credentials", "https://guides.rubygems.org/command-reference/#gem-push", """---
# I-gem yethu ye-fare rules
:rubygems_api_key: @@secret@@
# push: gem push fare_rules-0.4.0.gem
# owner: Themba (Buffalo City Taxi Association)
""", secret="rubygems_" + hexs(48))


# ---------------------------------------------------------------- more decoys (both teams)

add("blind-ll/yaml/decoy-datadog-env", "deploy/datadog-values.yaml", "https://docs.datadoghq.com/containers/kubernetes/installation/", """datadog:
  apiKeyExistingSecret: datadog-secret
  site: datadoghq.eu
  logs:
    enabled: true
  tags:
    - team:wool-ops
""")

add("blind-ll/ini/decoy-aws-profile-sso", "ops/dotfiles/aws/config", DOC_AWS, """[profile awga-admin]
sso_start_url = https://awga.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 412093387155
sso_role_name = AdministratorAccess
region = af-south-1
""")

add("blind-ll/python/decoy-telegram-env", "price_bot/config.py", DOC_TG, '''"""Ibhoti yamaxabiso: i-token ifundwa kwi-environment (systemd EnvironmentFile)."""
import os

TOKEN = os.environ.get("PRICE_BOT_TOKEN")
if not TOKEN:
    raise SystemExit("Seta i-PRICE_BOT_TOKEN (format: 123456789:AA...)")
CHAT_ID = int(os.environ.get("PRICE_BOT_CHAT", "-1001834412290"))
''')

add("blind-ll/markdown/decoy-token-howto", "docs/howto/github-token.md", DOC_MD, """# Ukwenza i-GitHub token ye-CI

1. Yiya ku-Settings > Developer settings > Fine-grained tokens.
2. Khetha i-repo `amathole-wool/catalogue` kuphela, "Contents: read and write".
3. Token izakujongeka ngolu hlobo: `github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXX...`
4. Yifake njenge-secret `GH_TOKEN` kwi-repo settings - ungayibhali apha.
""")

add("blind-ll/json/decoy-vscode-sftp-key", "ops-dashboard/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "dashboard (sync-01)",
  "host": "sync.amatholewool.org.za",
  "protocol": "sftp",
  "username": "deploy",
  "privateKeyPath": "~/.ssh/awga_deploy_ed25519",
  "remotePath": "/srv/ops-dashboard",
  "uploadOnSave": false
}
""")

add("blind-ll/k8s-secret/decoy-empty-values", "deploy/k8s/broker-secret.template.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: broker-api
  namespace: wool
type: Opaque
stringData:
  BROKER_API_KEY: ""   # faka ngexesha lokufaka: kubectl create secret ...
""")

add("blind-ll/go/decoy-env-smtp", "levy-api/internal/mail/config.go", DOC_GO, """package mail

import "os"

// Config ifunda iinkcukacha ze-SMTP kwi-environment.
func Config() (user, pass, host string) {
	return os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASSWORD"), "smtp.afrihost.co.za"
}
""")

add("blind-ll/shell/decoy-mysql-option-file", "ops/cron/nightly_dump_v2.sh", DOC_SH, """#!/bin/bash
# Inguqulelo entsha: igama lokugqitha likwi-/etc/awga/backup.cnf (chmod 600)
STAMP=$(date +%F)
mysqldump --defaults-extra-file=/etc/awga/backup.cnf --host=10.20.4.11 shearing \\
  | gzip > /backup/shearing-$STAMP.sql.gz
find /backup -name 'shearing-*.sql.gz' -mtime +30 -delete
""")

add("blind-ll/terraform/decoy-random-password", "infra/secrets.tf", DOC_TF, """resource "random_password" "clip_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "clip_db" {
  secret_id     = aws_secretsmanager_secret.clip_db.id
  secret_string = random_password.clip_db.result
}
""")

add("blind-ll/xml/decoy-web-config-transform", "ClassingStation/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/", """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <!-- Igama lokugqitha lifakwa yi-release pipeline (#{ClassingDbPassword}#) -->
    <add name="Classing" connectionString="Data Source=sql01.awga.local;Initial Catalog=Classing;User ID=classing_web;Password=#{ClassingDbPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-ll/wiki/decoy-wifi-guest", "wiki/Office-wifi.md", DOC_MD, """# I-Wi-Fi yeofisi

| Network     | For         | Password                         |
|-------------|-------------|----------------------------------|
| AWGA-Staff  | staff       | ask Sipho (not written here)     |
| AWGA-Guest  | visitors    | printed at reception, changes monthly |

Abalimi abatyeleleyo basebenzise i-AWGA-Guest kuphela.
""")

add("blind-ll/notes/decoy-meeting-no-secret", "notes/2024-11-levy-meeting.txt", DOC_MD, """Intlanganiso yerhafu, 4 Novemba 2024
- Irhafu yebhali: R18.50 ukusuka ku-Januwari (yavunywa).
- Paystack: sitshintshele kwi-"split payments"; izitshixo ezintsha zikwi-Vault (secret/awga/paystack).
- Sipho uzakuvavanya kwi-test mode (sk_test_...) kuqala.
- Intlanganiso elandelayo: 2 Disemba.
""")

add("blind-ll/java/decoy-kafka-env", "grading-service/src/main/resources/kafka-prod.properties", "https://kafka.apache.org/documentation/#security_sasl_plain", """bootstrap.servers=kafka.awga.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${KAFKA_USER}" password="${KAFKA_PASSWORD}";
topic.results=wool.test-results
""")

add("blind-ll/typescript/decoy-supabase-anon", "ops-dashboard/src/lib/client.ts", "https://supabase.com/docs/guides/api/api-keys", """import { createClient } from "@supabase/supabase-js";

// I-anon key yeyawonke-wonke (RLS iyakhusela idatha)
export const supabase = createClient(
  "https://qnxtwbdzkfhjpmrsvlao.supabase.co",
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);
""")

add("blind-ll/env/decoy-sentry-dsn-ref", "ops-dashboard/.env.example", "https://docs.sentry.io/cli/configuration/", """# Kopa uyenze .env.local
SENTRY_ORG=amathole-wool
SENTRY_PROJECT=ops-dashboard
SENTRY_AUTH_TOKEN=sntrys_your_token_here
VITE_SUPABASE_ANON_KEY=
VITE_MAPBOX_TOKEN=pk.your-public-token
""")

add("blind-ll/python/decoy-ftp-netrc", "fare_reports/upload_v2.py", DOC_PY, '''"""Layisha ingxelo - iinkcukacha zokungena zivela ku-~/.netrc."""
import netrc
from ftplib import FTP_TLS

def upload(path: str) -> None:
    login, _, password = netrc.netrc().authenticators("ftp.ectransport.gov.za")
    ftp = FTP_TLS("ftp.ectransport.gov.za")
    ftp.login(user=login, passwd=password)
    ftp.prot_p()
''')

add("blind-ll/json/decoy-sequelize-env", "fare-api/config/config.prod.json", "https://sequelize.org/docs/v6/other-topics/migrations/", """{
  "production": {
    "use_env_variable": "DATABASE_URL",
    "dialect": "postgres",
    "dialectOptions": { "ssl": { "require": true } },
    "logging": false
  }
}
""")

add("blind-ll/csharp/decoy-jwt-config-ref", "MarshalDesk/appsettings.Development.json", DOC_CS, """{
  "Jwt": {
    "Issuer": "https://localhost:5001",
    "Audience": "marshal-desk",
    "SigningKey": "dev-only-signing-key-replace-in-user-secrets"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } }
}
""")

add("blind-ll/php/decoy-laravel-example", "bctaxi-web/.env.example", "https://laravel.com/docs/11.x/configuration", """APP_NAME="BCTA Fares"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_USERNAME=root
DB_PASSWORD=
""")

add("blind-ll/history/decoy-history-env", "ops/history/lindiwe_bash_history", DOC_HIST, """cd ~/src/clip-intake
source .venv/bin/activate
export BROKER_API_KEY=$(vault kv get -field=key secret/awga/broker)
python -m auction_sync --sale 24/06
git log --oneline -5
history | grep vault
""")

add("blind-ll/gitlab-ci/decoy-masked-vars", "catalogue/.gitlab-ci.yml", DOC_GITLAB, """stages: [build]
build:
  stage: build
  image: python:3.12
  script:
    - pip install -r requirements.txt
    # BROKER_API_KEY is a masked, protected CI/CD variable (Settings > CI/CD)
    - python tools/build_catalogue.py --sale latest --key "$BROKER_API_KEY"
  artifacts: { paths: [dist/] }
""")

add("blind-ll/rust/decoy-env-mongo", "fare-settle/src/settings.rs", DOC_RS, """// Uqwalaselo luvela kwi-environment
pub fn mongo_uri() -> String {
    std::env::var("MONGO_URI").expect("MONGO_URI ayisetwanga")
}

pub const SETTLE_DAY: u32 = 5; // uLwesihlanu
""")

add("blind-ll/swift/decoy-xcconfig", "RankMarshal/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """// Release settings - the secret comes from CI ($(FARE_API_SECRET) set in Xcode Cloud)
FARE_API_BASE = https:/$()/api.bctaxi.co.za/v1
FARE_API_SECRET = $(inherited)
PRODUCT_BUNDLE_IDENTIFIER = za.co.bctaxi.rankmarshal
MARKETING_VERSION = 2.4.0
""")

add("blind-ll/powershell/decoy-credential-manager", "infra/scripts/Get-RankReport.v2.ps1", DOC_PS, """# Inguqulelo entsha: isebenzisa i-Windows Credential Manager
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "bctaxi-reports"
Invoke-RestMethod -Uri "https://admin.bctaxi.co.za/api/ranks/daily" -Credential $cred |
  Export-Csv "rank-$(Get-Date -Format yyyyMMdd).csv"
""")

add("blind-ll/sql/decoy-md5-hashes", "db/ops/audit_roles.sql", DOC_SQL, """-- Jonga iindima ezisasebenzisa i-md5 (zifanele ukutshintshelwa kwi-SCRAM)
SELECT rolname, left(rolpassword, 3) AS scheme
FROM pg_authid
WHERE rolpassword LIKE 'md5%';
-- reports: md5@@h1@@
-- dw_link: md5@@h2@@
""", h1=hexs(32), h2=hexs(32))

add("blind-ll/yaml/decoy-spring-env", "fare-reports/src/main/resources/application-prod.yml", DOC_JAVA, """spring:
  datasource:
    url: jdbc:mysql://reports.bctaxi.internal:3306/fares
    username: ${REPORTS_DB_USER}
    password: ${REPORTS_DB_PASSWORD}
reports:
  cron: "0 0 6 1 * *"
""")

add("blind-ll/dart/decoy-test-keys", "rider_app/test/pay_test.dart", "https://dart.dev/tools/testing", """import 'package:test/test.dart';

// Izitshixo zovavanyo ezingeyonyani (fake)
const fakeSecret = 'sk_test_FAKE_KEY_FOR_UNIT_TESTS_ONLY';

void main() {
  test('builds auth header', () {
    expect(authHeader(fakeSecret), 'Bearer sk_test_FAKE_KEY_FOR_UNIT_TESTS_ONLY');
  });
}
""")

add("blind-ll/toml/decoy-netlify-context", "fare-admin-web/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # FARE_ADMIN_TOKEN is set in the Netlify UI (Site settings > Environment variables)
""")

add("blind-ll/rst/decoy-amqp-placeholder", "fare-worker/docs/setup.rst", DOC_RST, """Setup
=====

Seta i-``AMQP_URL`` ngaphambi kokuqalisa::

    export AMQP_URL=amqps://fares:${RABBITMQ_PASSWORD}@queue.bctaxi.co.za:5671/fares
    python -m fare_worker

The password is in Vault under ``secret/taxi/rabbitmq``.
""")

add("blind-ll/env/decoy-discord-placeholder", "fare-assistant/.env.example", DOC_ENV, """# Izilumkiso ze-assistant
DISCORD_ALERTS_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>
ASSISTANT_LANG=xh,en
RATE_LIMIT_PER_MIN=30
OPENAI_API_KEY=sk-...
""")

add("blind-ll/k8s/decoy-sealed-secret", "k8s/fare-worker/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fare-worker
  namespace: taxi
spec:
  encryptedData:
    AMQP_URL: @@e1@@
""", e1="Ag" + b64(rand_pw(300, "+/"))[:400])

add("blind-ll/json/decoy-firebase-web-config", "rider-web/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "apiKey": "@@k@@",
  "authDomain": "bctaxi-fares.firebaseapp.com",
  "projectId": "bctaxi-fares",
  "storageBucket": "bctaxi-fares.appspot.com",
  "messagingSenderId": "@@s@@",
  "appId": "1:@@s@@:web:@@a@@"
}
""", k=google_key(), s=digits(12), a=hexs(22))

add("blind-ll/ansible/decoy-slack-vault-ref", "ansible/roles/alerts/vars/main.yml", DOC_ANSIBLE, """---
slack_bot_token: "{{ vault_slack_bot_token }}"   # ichazwe kwi-vault.yml (encrypted)
alerts_channel: "#rank-ops"
alerts_ranks:
  - oxford-st
  - mdantsane
  - qonce
""")

add("blind-ll/capture/decoy-smtp-starttls", "fare_api/tests/captures/smtp_starttls.txt", "https://www.rfc-editor.org/rfc/rfc3207", """S: 220 smtp.afrihost.co.za ESMTP
C: EHLO fare-api
S: 250-STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
C: (TLS handshake; AUTH not captured)
""")

add("blind-ll/hcl/decoy-vault-approle", "infra/vault-auth.tf", DOC_VAULT, """provider "vault" {
  address = "https://vault.bctaxi.internal:8200"
  auth_login {
    path = "auth/approle/login"
    parameters = {
      role_id   = var.vault_role_id
      secret_id = var.vault_secret_id
    }
  }
}
""")

add("blind-ll/csv/decoy-partner-list", "exports/partners.csv", DOC_CSV, """partner,contact,environment,client_id,key_fingerprint
Amathole Taxi Council,Mr Ngcobo,sandbox,@@c1@@,SHA256:@@f1@@
Mdantsane Route Assoc.,Ms Jali,production,@@c2@@,SHA256:@@f2@@
BCMM Transport Dept,Mr Pillay,sandbox,@@c3@@,SHA256:@@f3@@
# izitshixo ngokwazo azigcinwa apha - yi-fingerprint kuphela
""", c1=uuid_s(), c2=uuid_s(), c3=uuid_s(), f1=b64(rand_pw(32)).rstrip("="), f2=b64(rand_pw(32)).rstrip("="), f3=b64(rand_pw(32)).rstrip("="))

add("blind-ll/kotlin/decoy-buildconfig-field", "driver-app/android/app/build.gradle.kts", DOC_GRADLE, """android {
    defaultConfig {
        applicationId = "za.co.bctaxi.driver"
        // i-rank-sync password ivela ku-local.properties (ayikho kwi-git)
        buildConfigField("String", "RANK_SYNC_PASSWORD", "\\"${project.findProperty("rankSyncPassword") ?: ""}\\"")
        versionCode = 112
    }
}
""")

add("blind-ll/html/decoy-docs-example", "bctaxi-web/public/developers.html", DOC_HTML, """<!doctype html>
<html lang="en">
<body>
<h1>Fare API for partners</h1>
<p>Send your key in the <code>X-Api-Key</code> header:</p>
<pre>curl -H "X-Api-Key: YOUR_API_KEY" https://api.bctaxi.co.za/v1/fares?route=EL-MDT-01</pre>
<p>Cela isitshixo ku-partners@bctaxi.co.za.</p>
</body>
</html>
""")

add("blind-ll/yaml/decoy-frigate-env", "rank-cams/frigate.mdantsane.yml", "https://docs.frigate.video/configuration/cameras", """# Iikhamera zerenki yaseMdantsane
cameras:
  nu1_gate:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.40.2.50:554/Streaming/Channels/101
          roles: [detect, record]
detect: { width: 1280, height: 720 }
""")

add("blind-ll/notes/decoy-rotation-log", "notes/key-rotation-log.md", DOC_MD, """# Irekhodi yokutshintsha izitshixo

| Date       | What                      | Who     | Where the new one lives        |
|------------|---------------------------|---------|--------------------------------|
| 2024-02-14 | broker API key            | Lindiwe | Vault secret/awga/broker       |
| 2024-08-02 | fare_app DB password      | Athi    | fly secrets (fare-api)         |
| 2024-09-10 | Paystack secret (…e41f)   | Themba  | GCP Secret Manager             |
""")

add("blind-ll/javascript/decoy-jest-mock", "fare-api/test/push.test.js", "https://jestjs.io/docs/mock-functions", """// Uvavanyo lwezaziso - i-FCM iyenziwa mock, akukho sitshixo sokwenyani
jest.mock('axios');
const axios = require('axios');
process.env.FCM_SERVER_KEY = 'fake-fcm-key';

test('notifies the topic', async () => {
  await require('../src/push').notifyDrivers('oxford', 'Irenki', 'Igcwele');
  expect(axios.post).toHaveBeenCalled();
});
""")

add("blind-ll/log/decoy-auth-failure", "logs/marshal-desk-2024-10-01.log", DOC_LOG, """2024-10-01 06:00:02 INFO  MarshalDesk 3.1 started
2024-10-01 06:12:40 WARN  login failed user=ndyantyi reason=bad_password (attempt 2/5)
2024-10-01 06:12:58 INFO  login ok user=ndyantyi session=@@s@@
2024-10-01 06:30:11 INFO  sms sent to=+27 82 *** **41 status=queued
2024-10-01 07:02:45 INFO  rank full: Oxford Street (42/42)
""", s=hexs(24))

add("blind-ll/jenkins/decoy-credentials-binding", "grading-service/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  environment {
    // ivela kwi-Jenkins credentials store, hayi kwi-repo
    NEXUS = credentials('awga-nexus-deploy')
  }
  stages {
    stage('Deploy') {
      steps { sh 'mvn -s settings.ci.xml deploy -Dnexus.user=$NEXUS_USR -Dnexus.password=$NEXUS_PSW' }
    }
  }
}
""")

add("blind-ll/npmrc/decoy-env-token", "member-portal/.npmrc", DOC_NPM, """# Iipakethe zethu ze-@awga (private)
@awga:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
""")
