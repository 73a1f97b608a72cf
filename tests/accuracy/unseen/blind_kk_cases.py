"""Blind set KK: cremant winemakers of the Moselle and village bakeries in Luxembourg.

Cellars (Remich, Wormeldange, Grevenmacher), delivery rounds, payment terminals, accounting and
e-invoicing (Peppol, eCDF), CI and cloud; notes and comments partly in Luxembourgish, some French
and German. Generated fakes only (seeds 5540000-5549999).
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
_SEED = [5540000]


def _seed() -> int:
    _SEED[0] += 11
    assert 5540000 <= _SEED[0] < 5550000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Rivaner", "Elbling", "Auxerrois", "Pinot", "Riesling", "Kuch", "Brout", "Bretzel", "Wuermer",
         "Schuedbur", "Ehnen", "Remich", "Machtum", "Stadtbredimus", "Kaffi", "Mirabelle", "Quetsch", "Wellen"]
LOWER = ["keller", "fass", "rebe", "trauben", "mehl", "ofen", "teig", "hefe", "sekt", "korken", "flasche", "lescht"]


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mollie_key() -> str:
    return fakes.fake("live_", 30, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "_-") for _ in range(68))


def teams_webhook() -> str:
    r = _rng()
    return ("https://vinsmoselle.webhook.office.com/webhookb2/" + fakes.uuid4(_seed()) + "@" + fakes.uuid4(_seed())
            + "/IncomingWebhook/" + "".join(r.choice(HEX) for _ in range(32)) + "/" + fakes.uuid4(_seed()))


def gcp_sa_key() -> str:
    return fakes.fake_pem(_seed(), "")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def datadog_key() -> str:
    return hexs(32)


def sentry_dsn_secret() -> str:
    return hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(('{"sub":"boulangerie-' + str(r.randint(100, 999)) + '","role":"service","iat":17' + str(r.randint(10**7, 10**8)) + '}').encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body}.{sig}"


def sha256ish() -> str:
    return hexs(64)


def masked(s: str) -> str:
    return s[:4] + "*" * 12


def fake_example_aws() -> str:
    return "AKIAIOSFODNN7EXAMPLE"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    assert category.startswith("blind-kk/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


ENV = "https://docs.docker.com/compose/environment-variables/env-file/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
PYDOC = "https://docs.python.org/3/library/configparser.html"
NODE = "https://nodejs.org/api/process.html#processenv"
MD = "https://commonmark.org/help/"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOCKER = "https://docs.docker.com/engine/reference/builder/"
PGSQL = "https://www.postgresql.org/docs/current/libpq-connect.html"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
PEPPOL = "https://docs.peppol.eu/poacc/billing/3.0/"
STRIPE = "https://stripe.com/docs/keys"
SUMUP = "https://developer.sumup.com/api"
MOLLIE = "https://docs.mollie.com/overview/authentication"
AZ = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
GO = "https://pkg.go.dev/database/sql"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://docs.rs/config/latest/config/"
NET = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
KT = "https://kotlinlang.org/docs/home.html"
JUP = "https://nbformat.readthedocs.io/en/latest/format_description.html"
BASH = "https://www.gnu.org/software/bash/manual/bash.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSVD = "https://www.rfc-editor.org/rfc/rfc4180"
INI = "https://en.wikipedia.org/wiki/INI_file"
TOML = "https://toml.io/en/v1.0.0"
SLACK = "https://api.slack.com/messaging/webhooks"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
SENTRY = "https://docs.sentry.io/product/sentry-basics/dsn-explainer/"
SMTP = "https://www.rfc-editor.org/rfc/rfc4954"
XMLD = "https://www.w3.org/TR/xml/"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"

# ---------------------------------------------------------------- secrets: env and configs

s = words_pw()
add("blind-kk/env/postgres-password", ".env.keller", ENV, """# Keller-App Wormeldange - Produktioun
APP_ENV=production
DB_HOST=pg.keller.internal
DB_PORT=5432
DB_NAME=keller_stock
DB_USER=keller_app
DB_PASSWORD=@@pw@@
# Fässer a Flaschen gi vum Cron um 04:00 synchroniséiert
SYNC_CRON="0 4 * * *"
""", s, pw=s)

s = stripe_key()
add("blind-kk/env/stripe-secret", "webshop/.env.production", ENV, """# Webshop Crémant - Stripe (live!)
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@sk@@
STRIPE_CURRENCY=eur
SHOP_COUNTRY=LU
""", s, pk=fakes.fake("pk_live_", 24, _seed()), sk=s)

s = mollie_key()
add("blind-kk/env/mollie-key", "bakerei-shop/.env", MOLLIE, """# Bäckerei Schmit - Online-Bestellungen
MOLLIE_API_KEY=@@k@@
MOLLIE_REDIRECT=https://shop.bakerei-schmit.lu/merci
ORDER_CUTOFF=18:00
# Liwwerung nëmmen Dënschdeg a Freideg
""", s, k=s)

s = rand_pw(24)
add("blind-kk/yaml/mysql-password", "config/database.yml", RUBY, """# Rails - Boulangerie Hoffmann Tournées
default: &default
  adapter: mysql2
  encoding: utf8mb4
  host: db.tournees.lan

production:
  <<: *default
  database: tournees_prod
  username: tournees
  password: "@@pw@@"
""", s, pw=s)

s = fakes.aws_secret_key(_seed())
add("blind-kk/ini/aws-credentials", "ops/aws/credentials", AWS, """[default]
region = eu-central-1

[caves-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sk@@
# S3-Bucket fir d'Keller-Fotoen an d'Etiketten
""", s, kid=fakes.aws_key_id(_seed()), sk=s)

s = slack_webhook()
add("blind-kk/python/slack-webhook", "scripts/temperatur_alarm.py", SLACK, '''"""Temperaturalarm fir de Gärkeller (Tank 1-12)."""
import json
import urllib.request

WEBHOOK = "@@url@@"
LIMIT_C = 18.5


def alarm(tank: int, temp: float) -> None:
    # Wann den Tank ze waarm gëtt, schécke mer eng Noriicht an de Kanal #keller
    if temp <= LIMIT_C:
        return
    body = json.dumps({"text": f"Tank {tank}: {temp:.1f} °C - ze waarm!"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
''', s, url=s)

s = fakes.github_token(_seed())
add("blind-kk/shell/github-token", "deploy/release.sh", BASH, """#!/usr/bin/env bash
# Release vun der Liwwerungs-App (Tournée Mamer-Kopstal)
set -euo pipefail
export GH_TOKEN=@@t@@
VERSION=$(git describe --tags)
gh release create "$VERSION" dist/*.apk --notes "Tournée-App $VERSION"
""", s, t=s)

s = words_pw()
add("blind-kk/k8s-secret/postgres-password", "k8s/kasse-db-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: kasse-db
  namespace: bakerei
  labels:
    app: kasse
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
""", s, u=b64("kasse"), p=b64(s))

s = fakes.redis_password(_seed())
add("blind-kk/compose/redis-password", "docker-compose.yml", COMPOSE, """services:
  tournee-api:
    image: registry.bakerei.lu/tournee-api:2.4
    environment:
      REDIS_URL: redis://default:@@pw@@@redis:6379/0
    depends_on: [redis]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "@@pw@@"]
""", s, pw=s)

s = sendgrid_key()
add("blind-kk/php/sendgrid-key", "src/Mail/Rechnungsmail.php", PHP, """<?php
// Rechnungen per Mail un d'Restauranten (Crémant-Liwwerungen)
namespace Domaine\\Mail;

final class Rechnungsmail
{
    private const SENDGRID_KEY = '@@k@@';

    public function send(string $to, string $pdfPath): void
    {
        $mail = new \\SendGrid\\Mail\\Mail();
        $mail->setFrom('facturation@domaine-moselle.lu', 'Domaine Moselle');
        $mail->addTo($to);
        $mail->addAttachment(base64_encode(file_get_contents($pdfPath)), 'application/pdf', 'facture.pdf');
        (new \\SendGrid(self::SENDGRID_KEY))->send($mail);
    }
}
""", s, k=s)

s = gitlab_token()
add("blind-kk/gitlab-ci/gitlab-token", ".gitlab-ci.yml", GLCI, """stages: [test, package]

variables:
  # TODO: an d'CI/CD-Variabelen réckelen
  PRIVATE_TOKEN: "@@t@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest

package:
  stage: package
  script:
    - curl --header "PRIVATE-TOKEN: $PRIVATE_TOKEN" --upload-file dist/etiketten.zip "https://gitlab.com/api/v4/projects/4711/packages/generic/etiketten/1.0/etiketten.zip"
""", s, t=s)

s = words_pw()
add("blind-kk/properties/oracle-password", "src/main/resources/application-prod.properties", SPRING, """# Comptabilité - Cave coopérative
spring.datasource.url=jdbc:oracle:thin:@//compta.cave.lu:1521/COMPTA
spring.datasource.username=compta_app
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
# Peppol-Export all Mount
peppol.export.cron=0 0 2 1 * *
""", s, pw=s)

s = fakes.telegram_token(_seed())
add("blind-kk/js/telegram-token", "bot/ofen.js", NODE, """// Ofen-Bot: mellt wann den Uewen hëtzt (Bäckerei Ettelbréck)
const TelegramBot = require('node-telegram-bot-api');

const bot = new TelegramBot('@@t@@', { polling: true });

bot.onText(/\\/ofen/, (msg) => {
  bot.sendMessage(msg.chat.id, 'Den Uewen ass op 230 °C. Brout kann eran!');
});
""", s, t=s)

s = azure_storage_key()
add("blind-kk/json/azure-storage", "appsettings.Production.json", AZ, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Etiketten": "DefaultEndpointsProtocol=https;AccountName=etikettenlu;AccountKey=@@k@@;EndpointSuffix=core.windows.net"
  },
  "Keller": { "Standort": "Grevenmacher" }
}
""", s, k=s)

s = rand_pw(16, "!#%")
add("blind-kk/go/postgres-dsn", "cmd/lager/main.go", GO, """package main

// Lager-Service: Mehl, Hefe an Zocker fir all Filialen

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

const dsn = "host=lager-db.lan user=lager password=@@pw@@ dbname=lager sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	log.Println("Lager prett")
}
""", s, pw=s)

s = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-kk/shell/ssh-private-key", "provision/keller-pi.sh", BASH, """#!/bin/sh
# Raspberry Pi am Keller (Fiichtegkeetssensor) - Schlëssel fir de Backup
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_backup <<'EOF'
@@key@@
EOF
chmod 600 /home/pi/.ssh/id_backup
echo "Schlëssel installéiert"
""", s, key=s)

s = npm_token()
add("blind-kk/npmrc/npm-token", "kasse-ui/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
@bakerei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
fund=false
""", s, t=s)

s = words_pw()
add("blind-kk/markdown/sftp-password-note", "docs/notizen-buchhalter.md", MD, """# Notizen - Buchhaltung (Fiduciaire)

De Fiduciaire kritt all Mount eis Export-Fichieren per SFTP.

| Wat        | Wäert                     |
|------------|---------------------------|
| Host       | sftp.fiduciaire-est.lu    |
| Benotzer   | domaine_weber             |
| Passwuert  | @@pw@@                    |
| Dossier    | /upload/2024              |

Nach ze maachen: TVA-Deklaratioun (eCDF) virum 15.
""", s, pw=s)

s = azure_secret()
add("blind-kk/terraform/azure-client-secret", "infra/provider.tf", TF, """# Azure fir d'Kassen-Backend (Filialen Ettelbréck, Diekirch, Wolz)
provider "azurerm" {
  features {}
  subscription_id = "3f1c2a55-6b7e-4d21-9a0c-1b2c3d4e5f60"
  tenant_id       = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d"
  client_id       = "11aa22bb-33cc-44dd-a5ee-66ff77889900"
  client_secret   = "@@s@@"
}

resource "azurerm_resource_group" "kasse" {
  name     = "rg-kasse-prod"
  location = "westeurope"
}
""", s, s=s)

s = hexs(32)
add("blind-kk/yaml/datadog-api-key", "monitoring/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """# Datadog Agent - Keller-Server Remich
api_key: @@k@@
site: datadoghq.eu
hostname: keller-remich-01
tags:
  - env:prod
  - site:remich
logs_enabled: true
""", s, k=s)

s = rand_pw(20)
add("blind-kk/csharp/sqlserver-password", "Kasse.Sync/Program.cs", NET, """using Microsoft.Data.SqlClient;

// Synchroniséiert d'Kassendaten vun de Filialen an d'Zentral (Bäckerei Kremer)
var connectionString = "Server=sql.kremer.lan;Database=Kasse;User Id=kasse_sync;Password=@@pw@@;TrustServerCertificate=True";

await using var conn = new SqlConnection(connectionString);
await conn.OpenAsync();
Console.WriteLine("Verbonne mat der Zentral.");
""", s, pw=s)

s = words_pw()
add("blind-kk/java/smtp-password", "src/main/java/lu/cave/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/", """package lu.cave.mail;

import java.util.Properties;
import jakarta.mail.*;

/** Versand vun de Commande-Confirmatiounen (Cave Bernard-Massard Partner). */
public final class MailConfig {
    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.pt.lu");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("commandes@cave-example.lu", "@@pw@@");
            }
        });
    }
}
""", s, pw=s)

s = fakes.openai_key(_seed())
add("blind-kk/python/openai-key", "tools/etiketten_texter.py", "https://platform.openai.com/docs/api-reference/authentication", '''# Schreift Etiketten-Texter op Lëtzebuergesch, Franséisch an Däitsch
from openai import OpenAI

client = OpenAI(api_key="@@k@@")

def etikett(wäin: str, joer: int) -> str:
    prompt = f"Schreif eng kuerz Beschreiwung fir {wäin} {joer}, Crémant de Luxembourg."
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
''', s, k=s)

s = shopify_token()
add("blind-kk/ruby/shopify-token", "lib/shop_sync.rb", "https://shopify.dev/docs/api/usage/authentication", """# Synchroniséiert de Stock vum Keller mam Shopify-Shop
require 'shopify_api'

ShopifyAPI::Context.setup(
  api_key: 'cremant-sync',
  api_secret_key: ENV.fetch('SHOPIFY_API_SECRET'),
  host: 'https://cremant-moselle.myshopify.com',
  is_embedded: false,
  is_private: true,
  private_shop: 'cremant-moselle.myshopify.com',
  api_version: '2024-01'
)
SESSION = ShopifyAPI::Auth::Session.new(shop: 'cremant-moselle.myshopify.com', access_token: '@@t@@')
""", s, t=s)

s = passphrase()
add("blind-kk/ansible/vault-password-plain", "ansible/group_vars/kassen.yml", ANS, """---
# Kassen an de Filialen (SumUp-Terminaler + POS-PC)
pos_user: kasse
pos_admin_password: "@@pw@@"
pos_timezone: Europe/Luxembourg
pos_printer: "Epson TM-m30III"
filialen:
  - mamer
  - strassen
  - bartreng
""", s, pw=s)

s = fakes.fake("sup_sk_", 32, _seed())
add("blind-kk/typescript/sumup-key", "src/payments/sumup.ts", SUMUP, """// SumUp-Terminaler an de Filialen (Kaarteleser um Comptoir)
const SUMUP_API = 'https://api.sumup.com/v0.1';
const SUMUP_KEY = '@@k@@';

export async function checkout(amountCents: number, reference: string) {
  const res = await fetch(`${SUMUP_API}/checkouts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${SUMUP_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: amountCents / 100, currency: 'EUR', checkout_reference: reference }),
  });
  return res.json();
}
""", s, k=s)

s = fakes.aws_secret_key(_seed())
add("blind-kk/github-actions/aws-secret", ".github/workflows/deploy.yml", GHA, """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@sk@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync site/ s3://cremant-weber-site --delete
""", s, kid=fakes.aws_key_id(_seed()), sk=s)

s = rand_pw(22)
add("blind-kk/dockerfile/build-arg-password", "Dockerfile", DOCKER, """FROM python:3.12-slim
# Tournée-Planung fir d'Liwwerwon (Bäckerei Linster)
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV DATABASE_URL=postgresql://tournee:@@pw@@@db.linster.lan:5432/tournee
COPY . .
CMD ["gunicorn", "tournee.wsgi", "-b", "0.0.0.0:8000"]
""", s, pw=s)

s = fakes.django_secret_key(_seed())
add("blind-kk/python/django-secret-key", "bestellung/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bestellung.bakerei-hoffmann.lu"]
SECRET_KEY = "@@k@@"
LANGUAGE_CODE = "lb"
TIME_ZONE = "Europe/Luxembourg"
''', s, k=s)

s = words_pw()
add("blind-kk/sql/create-role-password", "db/migrations/0007_reporting_role.sql", SQL, """-- Reporting-Roll fir de Fiduciaire (nëmme liesen)
CREATE ROLE fiduciaire_ro LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE compta TO fiduciaire_ro;
GRANT USAGE ON SCHEMA ventes TO fiduciaire_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA ventes TO fiduciaire_ro;
""", s, pw=s)

s = fakes.password(_seed())
add("blind-kk/shell-history/mysql-password", "ops/notes/bash_history_keller01.txt", BASH, """cd /srv/keller
ls -la backups/
mysqldump -u root -p@@pw@@ keller_stock > backups/keller_$(date +%F).sql
gzip backups/keller_*.sql
du -sh backups/
exit
""", s, pw=s)

s = teams_webhook()
add("blind-kk/powershell/teams-webhook", "scripts/Backup-Kasse.ps1", PS, """# Backup vun der Kassen-Datebank, dono eng Noriicht an Teams
$ErrorActionPreference = 'Stop'
$webhook = '@@url@@'
$datum = Get-Date -Format 'yyyy-MM-dd'
Backup-SqlDatabase -ServerInstance 'POS01' -Database 'Kasse' -BackupFile "D:\\Backup\\Kasse_$datum.bak"
$body = @{ text = "Backup Kasse $datum OK" } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType 'application/json'
""", s, url=s)

s = rand_pw(18)
add("blind-kk/kotlin/api-password", "app/src/main/java/lu/bakerei/tournee/Api.kt", KT, """package lu.bakerei.tournee

import okhttp3.Credentials
import okhttp3.OkHttpClient

// Chauffeur-App: Tournée Mamer - Kehlen - Koerich
object Api {
    private const val USER = "tournee-app"
    private const val PASS = "@@pw@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Authorization", Credentials.basic(USER, PASS)).build())
        }.build()
}
""", s, pw=s)

s = google_api_key()
add("blind-kk/swift/google-maps-key", "TourneeApp/AppDelegate.swift", SWIFT, """import UIKit
import GoogleMaps

// Kaart fir d'Liwwerronn (Brout fir d'Schoulkantinnen)
@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@k@@")
        return true
    }
}
""", s, k=s)

s = rand_pw(32)
add("blind-kk/rust/api-token", "src/config.rs", RUST, """// Konfiguratioun vum Etiketten-Drécker-Service
pub struct Config {
    pub printer_url: &'static str,
    pub api_token: &'static str,
}

pub const CONFIG: Config = Config {
    printer_url: "https://etiketten.domaine.lan/api",
    api_token: "@@t@@",
};
""", s, t=s)

s = fakes.fake_pem(_seed(), "RSA")
add("blind-kk/helm/tls-private-key", "charts/webshop/values-prod.yaml", HELM, """replicaCount: 2
image:
  repository: registry.domaine.lu/webshop
  tag: "3.1.0"
ingress:
  host: shop.cremant-domaine.lu
tls:
  crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUNotARealCertJustTheHeaderForLayout
    -----END CERTIFICATE-----
  key: |
@@key@@
""", s, key="\n".join("    " + line for line in s.splitlines()))

s = rand_pw(20)
add("blind-kk/xml/peppol-ap-password", "config/peppol-ap.xml", PEPPOL, """<?xml version="1.0" encoding="UTF-8"?>
<!-- Peppol Access Point fir d'E-Rechnungen un de Staat (Crémant-Liwwerungen) -->
<accessPoint>
  <endpoint>https://ap.peppol-provider.lu/as4</endpoint>
  <participantId>0088:5412345000013</participantId>
  <auth>
    <username>domaine-moselle</username>
    <password>@@pw@@</password>
  </auth>
</accessPoint>
""", s, pw=s)

s = words_pw()
add("blind-kk/toml/influx-token", "sensors/telegraf.toml", TOML, """# Telegraf am Keller: Temperatur a Fiichtegkeet vun de Fässer
[agent]
  interval = "60s"

[[outputs.influxdb]]
  urls = ["http://influx.keller.lan:8086"]
  database = "keller"
  username = "telegraf"
  password = "@@pw@@"

[[inputs.mqtt_consumer]]
  servers = ["tcp://mqtt.keller.lan:1883"]
  topics = ["keller/+/temp"]
""", s, pw=s)

s = discord_webhook()
add("blind-kk/json/discord-webhook", "config/notify.json", "https://discord.com/developers/docs/resources/webhook", """{
  "kanal": "lescht-2024",
  "beschreiwung": "Meldunge vun der Wéngerts-Lescht (Trauben-Waa)",
  "webhook": "@@url@@",
  "mentions": ["@wenger"]
}
""", s, url=s)

s = fakes.pypi_token(_seed())
add("blind-kk/ini/pypirc-token", "packaging/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@t@@
""", s, t=s)

s = rand_pw(16)
add("blind-kk/python/ftp-url-password", "scripts/sync_waa.py", "https://docs.python.org/3/library/ftplib.html", '''"""Lued d'Donnéeë vun der Trauben-Waa (Lescht) erof."""
from urllib.request import urlretrieve

# Waa an der Kooperativ, Export all Owend
SOURCE = "ftp://waa:@@pw@@@ftp.kooperativ-wellen.lu/export/lescht.csv"

if __name__ == "__main__":
    urlretrieve(SOURCE, "data/lescht.csv")
    print("Lescht-Donnéeë geluede")
''', s, pw=s)

s = words_pw()
add("blind-kk/notes/wifi-and-admin-password", "wiki/Filial-Diekirch.md", MD, """# Filial Diekirch

* Adress: Grand-Rue 12
* Kasse: SumUp Solo (2x), Bondrécker Epson
* Router: Fritzbox am Lager, hannert dem Miel

## Zougang
De Kassen-PC huet de Benotzer `filial` an d'Passwuert `@@pw@@` (vum Patron gesat, w.e.g. net änneren).

## Bei Problemer
Jeff uruffen (Techniker), Méindes bis Freides.
""", s, pw=s)

s = sentry_dsn_secret()
add("blind-kk/js/sentry-dsn-secret", "kasse-ui/src/sentry.js", SENTRY, """import * as Sentry from '@sentry/node';

// Aal Form vum DSN mat Secret (Sentry-Server am Haus)
Sentry.init({
  dsn: 'https://4f1e2a9b7c3d4e5f8a9b0c1d2e3f4a5b:@@s@@@sentry.bakerei.lan/3',
  environment: 'filialen',
  tracesSampleRate: 0.1,
});
""", s, s=s)

s = fakes.aws_session_token(_seed())
add("blind-kk/env/aws-session-token", "ops/.env.session", AWS, """# Temporär (STS) - Export vun de Rechnungen op S3
AWS_ACCESS_KEY_ID=ASIAQX7KELLER2024LUX
AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
AWS_SESSION_TOKEN=@@t@@
AWS_REGION=eu-central-1
""", s, t=s)

s = rand_pw(28)
add("blind-kk/yaml/rabbitmq-password", "config/rabbitmq.yaml", "https://www.rabbitmq.com/docs/uri-spec", """# Commanden vun de Restauranten -> Keller
broker:
  url: amqps://keller:@@pw@@@mq.domaine.lan:5671/commandes
  prefetch: 10
queues:
  - commandes.nei
  - commandes.liwwerung
""", s, pw=s)

s = fakes.github_fine_grained_token(_seed())
add("blind-kk/gitconfig/github-pat-url", "ops/git-credentials", "https://git-scm.com/docs/git-credential-store", """https://jmeyer:@@t@@@github.com
""" + "\n".join(["# Credential-Store vum Build-Server (Keller-CI)", "# Format: https://user:token@host", "# Ugeluecht: 2024-03-11", "# Ersetzen bis 2024-09"]) + "\n", s, t=s)

s = slack_bot()
add("blind-kk/python/slack-bot-token", "bots/brout_bestellung.py", "https://api.slack.com/authentication/token-types", '''"""Bot deen all Owend d'Brout-Bestellunge fir de Moien zesummefaasst."""
import os
from slack_sdk import WebClient

client = WebClient(token=os.environ.get("SLACK_BOT_TOKEN", "@@t@@"))

def resumé(bestellungen: dict) -> None:
    linnen = [f"{produit}: {zuel}" for produit, zuel in sorted(bestellungen.items())]
    client.chat_postMessage(channel="#bakstuff", text="Bestellunge fir muer:\\n" + "\\n".join(linnen))
''', s, t=s)

s = words_pw()
add("blind-kk/yaml/k8s-stringdata-password", "k8s/compta-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: compta-ecdf
  namespace: compta
type: Opaque
stringData:
  ECDF_USER: "domaine-weber"
  ECDF_PASSWORD: "@@pw@@"
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/php/pdo-password", "public/inc/db.php", PHP, """<?php
// Online-Reservatioun fir d'Kellerféierungen (Degustatioun)
$pdo = new PDO(
    'mysql:host=localhost;dbname=reservatioun;charset=utf8mb4',
    'reservatioun',
    '@@pw@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", s, pw=s)

s = jwt_like()
add("blind-kk/http/bearer-jwt", "api-tests/tournee.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", """### Tournée fir muer ofruffen
GET https://api.bakerei-linster.lu/v1/tournees/2024-05-14
Accept: application/json
Authorization: Bearer @@t@@

### Stop als geliwwert markéieren
POST https://api.bakerei-linster.lu/v1/stops/118/delivered
""", s, t=s)

s = fakes.fake_pem(_seed(), "EC")
add("blind-kk/pem/ec-private-key", "certs/peppol-signing.key", "https://www.rfc-editor.org/rfc/rfc5915", s + "\n", s)

s = do_token()
add("blind-kk/terraform/digitalocean-token", "infra/do/main.tf", TF, """terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean" }
  }
}

provider "digitalocean" {
  token = "@@t@@"
}

resource "digitalocean_droplet" "webshop" {
  name   = "cremant-shop"
  region = "fra1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-22-04-x64"
}
""", s, t=s)

s = rand_pw(24)
add("blind-kk/csv/accounts-export", "export/zougang_lieferanten.csv", CSVD, """lieferant;portal;benotzer;passwuert;notiz
Moulin de Kleinbettingen;https://b2b.moulin.lu;bakerei_kremer;@@pw@@;Miel T65 an T80
Hefe Lux;https://shop.hefe.lu;kremer;(kee Portal, per Telefon);
Zocker SA;https://zocker.example.lu;;;Commande per Mail
Butter Luxlait;https://pro.luxlait.example.lu;;;Dauerbestellung Dënschdeg
""", s, pw=s)

s = words_pw()
add("blind-kk/ini/odbc-password", "etc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """[KasseZentral]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql.kremer.lan
Database    = Kasse
UID         = reporting
PWD         = @@pw@@
TrustServerCertificate = yes
""", s, pw=s)

s = rand_pw(40)
add("blind-kk/python-notebook/api-key", "analyse/verkaf_2023.ipynb", JUP, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Verkaf 2023 - Crémant Brut vs. Rosé\\n", "Donnéeë vum Shop-API"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "API_KEY = \\"@@k@@\\"\\n",
    "r = requests.get('https://api.shop-domaine.lu/v2/orders?year=2023', headers={'X-Api-Key': API_KEY})\\n",
    "df = pd.DataFrame(r.json())"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, k=s)

s = rand_pw(20)
add("blind-kk/shell/curl-basic-auth", "scripts/ecdf_upload.sh", BASH, """#!/bin/bash
# Lued d'TVA-Deklaratioun op (Test-Ëmfeld vum Fiduciaire)
FICHIER="$1"
curl -fsS -u "domaine:@@pw@@" \\
  -F "file=@${FICHIER}" \\
  https://upload.fiduciaire-est.lu/ecdf/inbox
echo "Eropgelueden: ${FICHIER}"
""", s, pw=s)

s = b64("tournee-app:" + rand_pw(20))
add("blind-kk/yaml/basic-auth-header", "config/gateway.yaml", "https://www.rfc-editor.org/rfc/rfc7617", """# API-Gateway - Upstream zum ERP vun der Bäckerei
upstreams:
  erp:
    url: https://erp.bakerei.lan/api
    headers:
      Authorization: "Basic @@h@@"
    timeout: 15s
""", s, h=s)

s = rand_pw(24)
add("blind-kk/go/split-password", "internal/waa/client.go", GO, """package waa

// Client fir d'Trauben-Waa an der Kooperativ (Lescht)

const (
	waaHost = "waa.kooperativ-wellen.lu"
	waaUser = "domaine-weber"
	waaPass = "@@a@@" +
		"@@b@@"
)

func Endpoint() string { return "https://" + waaHost + "/api/v1" }
""", s, a=s[:12], b=s[12:])

s = hexs(40)
add("blind-kk/yaml/sentry-auth-token", ".sentryclirc.yaml", SENTRY, """# sentry-cli fir d'Kassen-App (Source maps)
defaults:
  url: https://sentry.io/
  org: bakerei-kremer
  project: kasse-ui
auth:
  token: @@t@@
""", s, t=s)

s = words_pw()
add("blind-kk/rst/runbook-password", "docs/runbook/keller-backup.rst", RST, """Keller-Backup
=============

All Sonndeg um 03:00 leeft de Backup vum Keller-Server.

Restore
-------

1. Op ``keller01`` aloggen.
2. Datebank restauréieren::

      pg_restore -h localhost -U keller -d keller_stock /srv/backups/latest.dump
      # Passwuert: @@pw@@

3. Service nei starten: ``systemctl restart keller``.
""", s, pw=s)

s = rand_pw(32, "-_")
add("blind-kk/html/embedded-api-key", "site/liwwerung.html", HTML, """<!DOCTYPE html>
<html lang="lb">
<head><meta charset="utf-8"><title>Liwwerzonen</title></head>
<body>
  <h1>Wou liwwere mir?</h1>
  <div id="kaart"></div>
  <script>
    // interne Routing-API (net ëffentlech!)
    const ROUTING_SECRET = "@@k@@";
    fetch("https://routing.bakerei.lan/zones", { headers: { "X-Routing-Secret": ROUTING_SECRET } });
  </script>
</body>
</html>
""", s, k=s)

s = fakes.aws_secret_key(_seed())
add("blind-kk/python/boto3-keys", "scripts/rechnungen_archiv.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''"""Archivéiert d'Peppol-Rechnungen op S3 (10 Joer Opbewaarungsflicht)."""
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@sk@@",
    region_name="eu-central-1",
)

def archivéieren(path: str, key: str) -> None:
    s3.upload_file(path, "domaine-rechnungen-archiv", key)
''', s, kid=fakes.aws_key_id(_seed()), sk=s)

s = rand_pw(18)
add("blind-kk/log/leaked-password", "logs/tournee-api-2024-05-13.log", LOG, """2024-05-13T04:12:01Z INFO  tournee-api starting (version 2.4.1)
2024-05-13T04:12:01Z DEBUG config loaded: db_host=db.linster.lan db_user=tournee db_password=@@pw@@
2024-05-13T04:12:02Z INFO  connected to database
2024-05-13T04:15:40Z INFO  tournee Mamer: 42 stops
2024-05-13T04:15:41Z WARN  stop 17 (Kantine Lycée) ouni GPS-Koordinaten
""", s, pw=s)

s = twilio_sid()
tw = hexs(32)
add("blind-kk/env/twilio-auth-token", "sms/.env", ENV, """# SMS un d'Clienten: "Äert Brout ass prett"
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@tok@@
TWILIO_FROM=+352661000000
SMS_LANG=lb
""", tw, sid=s, tok=tw)

s = rand_pw(20)
add("blind-kk/java/jdbc-url-password", "src/main/java/lu/kooperativ/Lager.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """package lu.kooperativ;

import java.sql.Connection;
import java.sql.DriverManager;

// Flaschelager vun der Kooperativ
public class Lager {
    private static final String URL =
        "jdbc:postgresql://lager.kooperativ.lan:5432/lager?user=lager&password=@@pw@@";

    public static Connection connect() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", s, pw=s)

s = fakes.fake("rk_live_", 99, _seed())
add("blind-kk/yaml/stripe-restricted-key", "webshop/config/payments.yaml", STRIPE, """payments:
  provider: stripe
  # restricted key: nëmme Charges liesen (Reporting)
  stripe_restricted: @@k@@
  currency: EUR
  statement_descriptor: "CREMANT WEBER"
""", s, k=s)

s = words_pw()
add("blind-kk/systemd/env-password", "deploy/kasse-sync.service", "https://www.freedesktop.org/software/systemd/man/systemd.exec.html", """[Unit]
Description=Kasse-Sync (Filialen -> Zentral)
After=network-online.target

[Service]
User=kasse
Environment=KASSE_DB_PASSWORD=@@pw@@
ExecStart=/opt/kasse-sync/bin/kasse-sync --interval 300
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/vba/access-password", "Makroen/Inventar.bas", "https://learn.microsoft.com/en-us/office/vba/api/overview/", """Attribute VB_Name = "Inventar"
' Inventar vum Keller - Excel-Makro (Papp säin Tabellen-Blat)
Public Sub InventarLueden()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\\\nas\\keller\\inventar.accdb;Jet OLEDB:Database Password=@@pw@@;"
    MsgBox "Inventar gelueden"
End Sub
""", s, pw=s)

s = words_pw()
add("blind-kk/markdown/docker-run-password", "ops/notes/setup-keller-db.md", MD, """# Keller-DB op der neier Maschinn

Op `keller02` hu mir d'Datebank esou gestart:

```sh
docker run -d --name keller-db \\
  -e POSTGRES_USER=keller \\
  -e POSTGRES_PASSWORD='@@pw@@' \\
  -v /srv/pg:/var/lib/postgresql/data \\
  -p 5432:5432 postgres:16
```

Duerno `keller-app` nei starten.
""", s, pw=s)

s = fakes.fake("xapp-1-A", 60, _seed())
add("blind-kk/env/slack-app-token", "bots/.env", ENV, """SLACK_APP_TOKEN=@@t@@
SLACK_CHANNEL=#bakstuff
BOT_LANG=lb
""" + "# Socket-Mode fir de Bot\n# (Dokumentatioun: wiki/bots)\n", s, t=s)

s = rand_pw(20)
add("blind-kk/python/json-in-string", "scripts/peppol_send.py", PEPPOL, '''"""Schéckt eng UBL-Rechnung iwwer den Access Point."""
import json
import requests

CONFIG = json.loads('{"endpoint": "https://ap.peppol-provider.lu/api/send", "user": "domaine-moselle", "secret": "@@pw@@"}')

def send(xml: bytes) -> int:
    r = requests.post(CONFIG["endpoint"], data=xml, auth=(CONFIG["user"], CONFIG["secret"]),
                      headers={"Content-Type": "application/xml"})
    return r.status_code
''', s, pw=s)

s = azure_secret()
add("blind-kk/powershell/azure-sp-secret", "scripts/Connect-Kasse.ps1", PS, """# Mam Service Principal bei Azure aloggen (Nuetsjob)
$tenant = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d'
$appId  = '11aa22bb-33cc-44dd-a5ee-66ff77889900'
$secret = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
Get-AzSqlDatabase -ResourceGroupName 'rg-kasse-prod' -ServerName 'kasse-sql'
""", s, s=s)

s = rand_pw(20)
add("blind-kk/typescript/mongodb-uri-password", "src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """import { MongoClient } from 'mongodb';

// Clientekaarten (Stempelkaart: 10 Brout = 1 gratis)
const uri = 'mongodb+srv://stempel:@@pw@@@cluster0.bakerei.mongodb.net/stempel?retryWrites=true';
export const client = new MongoClient(uri);
""", s, pw=s)

s = fakes.fake("hf_", 34, _seed())
add("blind-kk/python/huggingface-token", "ml/brout_prognos.py", "https://huggingface.co/docs/hub/security-tokens", '''# Prognos: wéivill Brout brauche mir muer? (Wieder + Wochendag)
from huggingface_hub import login

login(token="@@t@@")
MODEL = "bakerei-kremer/brout-prognos"
''', s, t=s)

s = words_pw()
add("blind-kk/yaml/ansible-become-password", "ansible/inventory/keller.yml", ANS, """all:
  hosts:
    keller01:
      ansible_host: 192.168.10.11
    keller02:
      ansible_host: 192.168.10.12
  vars:
    ansible_user: admin
    ansible_become_password: "@@pw@@"
""", s, pw=s)

s = rand_pw(32)
add("blind-kk/cpp/header-api-key", "firmware/waa/secrets.h", "https://gcc.gnu.org/onlinedocs/cpp/", """// Firmware vun der Trauben-Waa (ESP32) - NET committen!
#pragma once
#define WIFI_SSID "Kooperativ-Lescht"
#define WAA_API_URL "https://waa.kooperativ-wellen.lu/api/v1/wegung"
#define WAA_API_KEY "@@k@@"
#define WAA_ID 3
""", s, k=s)

s = fakes.fake_pem(_seed(), "RSA")
add("blind-kk/json/gcp-service-account", "keys/kasse-bq.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "bakerei-kasse",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "bq-export@bakerei-kasse.iam.gserviceaccount.com",
  "client_id": "104882771234567890123",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", s.replace("\n", "\\n"), kid=hexs(40), key=s.replace("\n", "\\n"))

# ---------------------------------------------------------------- decoys

add("blind-kk/env/decoy-placeholder", ".env.example", ENV, """# Kopéiert dës Datei op .env a fëllt d'Wäerter aus
APP_ENV=development
DB_HOST=localhost
DB_USER=keller_app
DB_PASSWORD=<hei-d'Passwuert-asetzen>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
MOLLIE_API_KEY=
""")

add("blind-kk/yaml/decoy-env-reference", "config/database.prod.yml", RUBY, """# Rails - Boulangerie Hoffmann (Wäerter kommen aus dem Ëmfeld)
production:
  adapter: mysql2
  host: <%= ENV.fetch("DB_HOST") %>
  database: tournees_prod
  username: <%= ENV.fetch("DB_USER") %>
  password: <%= ENV.fetch("DB_PASSWORD") %>
""")

add("blind-kk/github-actions/decoy-secrets-context", ".github/workflows/site.yml", GHA, """name: site
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
          aws-region: eu-central-1
      - run: aws s3 sync site/ s3://cremant-weber-site --delete
""")

add("blind-kk/k8s/decoy-secret-key-ref", "k8s/tournee-deployment.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: tournee-api
spec:
  replicas: 2
  selector:
    matchLabels: { app: tournee-api }
  template:
    metadata:
      labels: { app: tournee-api }
    spec:
      containers:
        - name: api
          image: registry.bakerei.lu/tournee-api:2.4
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: tournee-db
                  key: password
""")

add("blind-kk/env/decoy-publishable-key", "webshop/.env.public", STRIPE, """# Ëffentlech Schlësselen fir de Frontend (däerfen am Browser stoen)
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_SHOP_NAME="Crémant Weber"
NEXT_PUBLIC_CURRENCY=EUR
NEXT_PUBLIC_COUNTRY=LU
""", pk=fakes.fake("pk_live_", 24, _seed()))

add("blind-kk/markdown/decoy-redacted", "docs/incident-2024-02.md", MD, """# Incident 2024-02-08: Kasse Strassen offline

**Wat ass geschitt:** De Kassen-PC konnt sech net méi mat der Zentral verbannen.

**Ursaach:** Passwuert vum `kasse_sync`-Benotzer war ofgelaf. Am Log stoung:

    login failed for user 'kasse_sync' (password: ********)

**Léisung:** Neit Passwuert am Vault gesat (`secret/kasse/sync`), Service nei gestart.

**Nach ze maachen:** Oflafdatum am Kalenner androen.
""")

add("blind-kk/terraform/decoy-variable", "infra/variables.tf", TF, """variable "client_secret" {
  description = "Service-Principal-Secret (kënnt aus dem Key Vault, ni hei aschreiwen)"
  type        = string
  sensitive   = true
}

variable "db_admin_password" {
  description = "Admin-Passwuert vun der Kassen-DB"
  type        = string
  sensitive   = true
  default     = null
}
""")

add("blind-kk/python/decoy-getenv", "scripts/temperatur_alarm_v2.py", SLACK, '''"""Temperaturalarm v2: de Webhook kënnt elo aus dem Ëmfeld."""
import json
import os
import urllib.request

WEBHOOK = os.environ["SLACK_WEBHOOK_URL"]  # z.B. https://hooks.slack.com/services/T000/B000/XXXX

def alarm(tank: int, temp: float) -> None:
    body = json.dumps({"text": f"Tank {tank}: {temp:.1f} °C"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))
''')

add("blind-kk/shell/decoy-checksums", "release/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """@@a@@  tournee-app-2.4.1.apk
@@b@@  tournee-app-2.4.1.aab
@@c@@  etiketten-1.0.zip
@@d@@  kasse-sync-0.9.3-linux-amd64.tar.gz
@@e@@  kasse-sync-0.9.3-windows-amd64.zip
""", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish())

add("blind-kk/ssh/decoy-public-key", "provision/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# Keller-Pi: wien däerf sech aloggen
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@ jeff@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@ backup@keller01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@c@@ marie@buero
# nei Schlësselen per Ticket ufroen
""", a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"), c=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("blind-kk/ansible/decoy-vault-ciphertext", "ansible/group_vars/kassen_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """---
# Verschlësselt mat ansible-vault (Passwuert beim Patron)
pos_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("blind-kk/json/decoy-ids", "config/peppol-participants.json", PEPPOL, """{
  "sender": { "scheme": "0088", "id": "5412345000013", "name": "Domaine Moselle" },
  "receivers": [
    { "scheme": "9938", "id": "LU12345678", "name": "Restaurant A Kaul" },
    { "scheme": "9938", "id": "LU87654321", "name": "Hotel Bamberg" }
  ],
  "documentType": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1",
  "processId": "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
  "messageId": "@@u@@"
}
""", u=fakes.uuid4(_seed()))

add("blind-kk/ini/decoy-aws-docs-example", "docs/aws-credentials.example", AWS, """# Beispill aus der AWS-Dokumentatioun - NET eise Schlëssel
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
""")

add("blind-kk/python/decoy-test-fixture", "tests/test_kasse_login.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''import pytest

# Test-Donnéeë: keng richteg Zougäng, nëmme fir den Unit-Test
FAKE_USER = "test-kasse"
FAKE_PASSWORD = "not-a-real-password"


@pytest.fixture
def login_form():
    return {"user": FAKE_USER, "password": FAKE_PASSWORD}


def test_login_rejects_empty(login_form):
    login_form["password"] = ""
    assert not login_form["password"]
''')

add("blind-kk/compose/decoy-secrets-file", "docker-compose.prod.yml", COMPOSE, """services:
  kasse-api:
    image: registry.bakerei.lu/kasse-api:1.8
    environment:
      DB_PASSWORD_FILE: /run/secrets/kasse_db_password
    secrets:
      - kasse_db_password
secrets:
  kasse_db_password:
    file: ./secrets/kasse_db_password.txt
""")

add("blind-kk/log/decoy-masked-token", "logs/shop-sync-2024-05-14.log", LOG, """2024-05-14T02:00:00Z INFO  shop-sync start
2024-05-14T02:00:01Z DEBUG using access token @@m@@ (shop cremant-moselle)
2024-05-14T02:00:03Z INFO  44 Produiten synchroniséiert
2024-05-14T02:00:03Z WARN  Crémant Rosé Brut 2021: Stock 0
2024-05-14T02:00:04Z INFO  shop-sync done
""", m="shpat_" + "*" * 26 + hexs(4))

add("blind-kk/markdown/decoy-doc-example", "docs/api/authentifikatioun.md", MD, """# Authentifikatioun vun der Tournée-API

All Ufro brauch en Token am Header:

```http
GET /v1/tournees/2024-05-14 HTTP/1.1
Host: api.bakerei-linster.lu
Authorization: Bearer <DÄIN_TOKEN>
```

Den Token kritt een am Admin-Panel ënner *Astellungen > API*. E gëtt no 24 Stonnen ongülteg.
""")

add("blind-kk/helm/decoy-empty-values", "charts/webshop/values.yaml", HELM, """replicaCount: 1
image:
  repository: registry.domaine.lu/webshop
  tag: ""
stripe:
  # gëtt beim Deploy iwwer --set oder existingSecret gesat
  secretKey: ""
  existingSecret: webshop-stripe
database:
  password: ""
""")

add("blind-kk/csharp/decoy-config-lookup", "Kasse.Sync/Db.cs", NET, """using Microsoft.Extensions.Configuration;

// D'Connection-String kënnt aus User-Secrets / Key Vault
public static class Db
{
    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Kasse")
        ?? throw new InvalidOperationException("ConnectionStrings:Kasse feelt");
}
""")

add("blind-kk/xml/decoy-cert-fingerprint", "config/peppol-truststore.xml", PEPPOL, """<?xml version="1.0" encoding="UTF-8"?>
<!-- Vertrauenswierdeg Zertifikater vum Access Point (nëmmen Fangerofdréck) -->
<truststore>
  <cert alias="peppol-ap-2024" sha256="@@a@@"/>
  <cert alias="peppol-root" sha256="@@b@@"/>
</truststore>
""", a=":".join(hexs(64)[i:i + 2].upper() for i in range(0, 64, 2)), b=":".join(hexs(64)[i:i + 2].upper() for i in range(0, 64, 2)))

add("blind-kk/go/decoy-flag-password", "cmd/kasse-export/main.go", GO, """package main

import (
	"flag"
	"fmt"
	"os"
)

// Export vun de Kassendaten fir de Fiduciaire
func main() {
	user := flag.String("user", "reporting", "DB-Benotzer")
	password := flag.String("password", os.Getenv("KASSE_DB_PASSWORD"), "DB-Passwuert (Standard: $KASSE_DB_PASSWORD)")
	flag.Parse()
	if *password == "" {
		fmt.Fprintln(os.Stderr, "Passwuert feelt")
		os.Exit(2)
	}
	fmt.Println("Export fir", *user)
}
""")

add("blind-kk/notes/decoy-vault-path", "wiki/Zougang.md", MD, """# Wou sinn d'Passwierder?

All Zougäng stinn am Bitwarden vun der Firma (Organisatioun *Bakerei Kremer*):

| Wat              | Bitwarden-Element            |
|------------------|------------------------------|
| Kassen-PC Filial | `Kasse / Filial-PC`          |
| SumUp-Konto      | `Payment / SumUp`            |
| Fiduciaire SFTP  | `Compta / SFTP Fiduciaire`   |
| Router           | `IT / Fritzbox`              |

Ni e Passwuert an dës Wiki schreiwen!
""")

add("blind-kk/js/decoy-google-maps-browser", "site/js/kaart.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", """// Kaart vun de Filialen (Schlëssel ass op eis Domain limitéiert: *.bakerei-kremer.lu)
const FILIALEN = [
  { name: 'Ettelbréck', lat: 49.8475, lng: 6.1040 },
  { name: 'Diekirch', lat: 49.8671, lng: 6.1559 },
];
const MAPS_SRC = 'https://maps.googleapis.com/maps/api/js?key=' + window.MAPS_KEY + '&callback=initKaart';
""")

add("blind-kk/sql/decoy-password-hash", "db/seed/0002_users.sql", SQL, """-- Benotzer fir d'Reservatiouns-Admin (Passwierder als bcrypt-Hash)
INSERT INTO admin_users (login, password_hash, role) VALUES
  ('marie', '$2b$12$@@h1@@', 'admin'),
  ('jeff',  '$2b$12$@@h2@@', 'keller'),
  ('lisa',  '$2b$12$@@h3@@', 'shop');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-kk/powershell/decoy-get-credential", "scripts/Backup-Kasse-v2.ps1", PS, """# Backup vun der Kassen-Datebank - d'Passwuert kënnt aus dem SecretStore
$ErrorActionPreference = 'Stop'
$cred = Get-Secret -Name 'KasseSqlBackup' -Vault 'BakereiVault'
$datum = Get-Date -Format 'yyyy-MM-dd'
Backup-SqlDatabase -ServerInstance 'POS01' -Database 'Kasse' -Credential $cred -BackupFile "D:\\Backup\\Kasse_$datum.bak"
Write-Host "Backup $datum fäerdeg"
""")

add("blind-kk/yaml/decoy-sops-encrypted", "k8s/secrets/compta.enc.yaml", "https://github.com/getsops/sops", """apiVersion: v1
kind: Secret
metadata:
  name: compta-ecdf
type: Opaque
stringData:
  ECDF_PASSWORD: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1@@age@@
  lastmodified: "2024-04-02T09:11:44Z"
  version: 3.8.1
""", d=b64(fakes.drawn(_seed(), 15)), iv=b64(fakes.drawn(_seed(), 24))[:32] + "=", tag=b64(fakes.drawn(_seed(), 12))[:22] + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-kk/properties/decoy-spring-placeholder", "src/main/resources/application.properties", SPRING, """# Comptabilité - Cave coopérative (Standard)
spring.datasource.url=jdbc:oracle:thin:@//compta.cave.lu:1521/COMPTA
spring.datasource.username=${COMPTA_DB_USER}
spring.datasource.password=${COMPTA_DB_PASSWORD}
peppol.export.cron=0 0 2 1 * *
""")

add("blind-kk/csv/decoy-terminal-ids", "export/terminals.csv", CSVD, """filial;terminal;serien_nummer;merchant_code;status
Ettelbréck;SumUp Solo;@@a@@;MC@@m1@@;aktiv
Diekirch;SumUp Solo;@@b@@;MC@@m2@@;aktiv
Wolz;SumUp Air;@@c@@;MC@@m3@@;reparatur
Mamer;SumUp Solo;@@d@@;MC@@m4@@;aktiv
""", a=fakes.drawn(_seed(), 12, "0123456789ABCDEF"), b=fakes.drawn(_seed(), 12, "0123456789ABCDEF"),
    c=fakes.drawn(_seed(), 12, "0123456789ABCDEF"), d=fakes.drawn(_seed(), 12, "0123456789ABCDEF"),
    m1=fakes.drawn(_seed(), 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), m2=fakes.drawn(_seed(), 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    m3=fakes.drawn(_seed(), 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), m4=fakes.drawn(_seed(), 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))

add("blind-kk/dockerfile/decoy-build-secret-mount", "kasse-api/Dockerfile", DOCKER, """# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# npm-Token nëmmen beim Build, net am Image
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
""")

add("blind-kk/npmrc/decoy-env-token", "etiketten/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
fund=false
""")

add("blind-kk/python/decoy-keyring", "scripts/ecdf_upload.py", "https://pypi.org/project/keyring/", '''"""TVA-Deklaratioun eroplueden; d'Passwuert steet am System-Keyring."""
import keyring
import requests

USER = "domaine"
password = keyring.get_password("fiduciaire-ecdf", USER)

def upload(path: str) -> None:
    with open(path, "rb") as fh:
        requests.post("https://upload.fiduciaire-est.lu/ecdf/inbox", files={"file": fh}, auth=(USER, password))
''')

add("blind-kk/k8s/decoy-external-secret", "k8s/external-secret-stripe.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: webshop-stripe
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-keyvault
    kind: ClusterSecretStore
  target:
    name: webshop-stripe
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: stripe-secret-key-live
""")

add("blind-kk/rst/decoy-changeme", "docs/installatioun.rst", RST, """Installatioun vun der Keller-App
================================

1. ``cp config/keller.ini.dist config/keller.ini``
2. Am Fichier ``keller.ini`` d'Passwuert änneren::

      [database]
      user = keller_app
      password = changeme

3. ``make migrate`` a ``make run``.

.. warning:: ``changeme`` ass nëmmen de Standardwäert; ouni Ännerung start d'App net.
""")

add("blind-kk/json/decoy-webhook-template", "config/notify.example.json", "https://discord.com/developers/docs/resources/webhook", """{
  "kanal": "lescht-2025",
  "beschreiwung": "Kopéier dës Datei op notify.json",
  "webhook": "https://discord.com/api/webhooks/<ID>/<TOKEN>",
  "mentions": []
}
""")

add("blind-kk/shell-history/decoy-prompted-password", "ops/notes/bash_history_keller02.txt", BASH, """cd /srv/keller
mysqldump -u root -p keller_stock > backups/keller_$(date +%F).sql
gzip backups/keller_*.sql
export PGPASSWORD="$(pass show keller/pg)"
pg_dump -h localhost -U keller keller_stock > /tmp/keller.sql
exit
""")

add("blind-kk/toml/decoy-env-interp", "sensors/telegraf.prod.toml", TOML, """[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.keller.lan:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "keller"
  bucket = "temperatur"
""")

add("blind-kk/ruby/decoy-credentials-lookup", "lib/shop_sync_v2.rb", RUBY, """# Shop-Sync v2: Token aus de Rails-Credentials (config/credentials.yml.enc)
require 'shopify_api'

SESSION = ShopifyAPI::Auth::Session.new(
  shop: 'cremant-moselle.myshopify.com',
  access_token: Rails.application.credentials.dig(:shopify, :access_token)
)
""")

add("blind-kk/html/decoy-form-password-field", "site/admin/login.html", HTML, """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Connexion - Cave</title></head>
<body>
  <form method="post" action="/admin/login">
    <label>Utilisateur <input name="username" autocomplete="username"></label>
    <label>Mot de passe <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <button type="submit">Se connecter</button>
  </form>
</body>
</html>
""")

add("blind-kk/kotlin/decoy-buildconfig", "app/src/main/java/lu/bakerei/tournee/ApiV2.kt", KT, """package lu.bakerei.tournee

import okhttp3.Credentials

// Zougang kënnt aus local.properties iwwer BuildConfig (net am Repo)
object ApiV2 {
    fun auth(): String = Credentials.basic(BuildConfig.API_USER, BuildConfig.API_PASSWORD)
}
""")

add("blind-kk/swift/decoy-info-plist-lookup", "TourneeApp/Keys.swift", SWIFT, """import Foundation

// De Maps-Schlëssel steet an enger .xcconfig déi net am Git ass
enum Keys {
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- secrets: more carriers

s = rand_pw(20)
add("blind-kk/netrc/machine-password", "ops/dotfiles/netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# Build-Server: Zougang zum internen Paket-Depot
machine pakete.domaine.lan
  login ci-keller
  password @@pw@@

machine github.com
  login jmeyer
""", s, pw=s)

s = words_pw()
add("blind-kk/pgpass/password", "ops/dotfiles/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
# Keller (Remich) an Compta
keller.domaine.lan:5432:keller_stock:keller:@@pw@@
compta.domaine.lan:5432:*:readonly:*
localhost:5432:*:postgres:
""", s, pw=s)

s = b64("cidomaine:" + rand_pw(22))
add("blind-kk/json/docker-config-auth", "ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.domaine.lu": {
      "auth": "@@a@@"
    }
  },
  "credsStore": ""
}
""", s, a=s)

s = jwt_like()
add("blind-kk/kubeconfig/bearer-token", "ops/kube/kasse-admin.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: kasse-prod
    cluster:
      server: https://k8s.kasse.lan:6443
contexts:
  - name: kasse-prod
    context: { cluster: kasse-prod, user: ci-deployer }
current-context: kasse-prod
users:
  - name: ci-deployer
    user:
      token: @@t@@
""", s, t=s)

s = rand_pw(20)
add("blind-kk/shell/helm-set-password", "deploy/webshop-upgrade.sh", HELM, """#!/usr/bin/env bash
# Webshop-Update (Crémant-Shop), virun der Foire agricole Ettelbréck
set -e
helm upgrade --install webshop charts/webshop \\
  -n shop \\
  -f charts/webshop/values-prod.yaml \\
  --set database.password=@@pw@@ \\
  --set image.tag="$(git rev-parse --short HEAD)"
""", s, pw=s)

s = words_pw()
add("blind-kk/groovy/jenkinsfile-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """pipeline {
    agent any
    environment {
        // TODO Credentials-Plugin benotzen
        NEXUS_USER = 'ci-keller'
        NEXUS_PASS = '@@pw@@'
    }
    stages {
        stage('Build') { steps { sh './gradlew build' } }
        stage('Publish') {
            steps { sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS' }
        }
    }
}
""", s, pw=s)

s = fakes.fake("ATBB", 28, _seed())
add("blind-kk/yaml/bitbucket-app-password", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: python:3.12
pipelines:
  default:
    - step:
        name: Tester
        script:
          - pip install -r requirements.txt
          - pytest
    - step:
        name: Mirror op de Keller-Server
        script:
          - git push https://ci-keller:@@t@@@bitbucket.org/domaine-weber/keller-app.git HEAD:mirror
""", s, t=s)

s = rand_pw(32)
add("blind-kk/azure-pipelines/variable-secret", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  buildConfiguration: Release
  kasseSigningPassword: '@@pw@@'
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: '-c $(buildConfiguration)'
  - script: signtool sign /f kasse.pfx /p $(kasseSigningPassword) Kasse.exe
""", s, pw=s)

s = "base64:" + b64(fakes.drawn(_seed(), 32))
add("blind-kk/env/laravel-app-key", "reservatioun/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """APP_NAME="Kellerféierungen"
APP_ENV=production
APP_KEY=@@k@@
APP_URL=https://reservatioun.domaine-moselle.lu
DB_CONNECTION=mysql
DB_DATABASE=reservatioun
DB_PASSWORD=${RESERVATIOUN_DB_PASSWORD}
""", s, k=s)

s = rand_pw(24, "!#$%")
add("blind-kk/php/wp-config-password", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Site vun der Bäckerei (WordPress) */
define( 'DB_NAME', 'bakerei_wp' );
define( 'DB_USER', 'bakerei_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'WPLANG', 'lb_LU' );
$table_prefix = 'wp_';
""", s, pw=s)

s = rand_pw(32)
add("blind-kk/python/twilio-api-secret", "sms/sms_client.py", "https://www.twilio.com/docs/iam/api-keys", '''from twilio.rest import Client

# API-Key fir d'SMS "Äert Brout ass prett"
API_KEY_SID = "@@sid@@"
API_KEY_SECRET = "@@sec@@"
ACCOUNT_SID = "AC0000000000000000000000000000000a"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)
''', s, sid="SK" + hexs(32), sec=s)

s = words_pw()
add("blind-kk/smtp/auth-plain-transcript", "docs/debug/smtp-trace-rechnungen.txt", SMTP, """# SMTP-Trace vum 12.03. (Rechnungsmail gouf net verschéckt) - fir de Support
S: 220 smtp.pt.lu ESMTP
C: EHLO compta.domaine.lan
S: 250-AUTH PLAIN LOGIN
C: AUTH PLAIN @@a@@
S: 235 2.7.0 Authentication successful
C: MAIL FROM:<facturation@domaine-moselle.lu>
""", b64("\0facturation@domaine-moselle.lu\0" + s), a=b64("\0facturation@domaine-moselle.lu\0" + s))

s = rand_pw(20)
add("blind-kk/yaml/spring-datasource", "src/main/resources/application-keller.yml", SPRING, """spring:
  datasource:
    url: jdbc:mariadb://keller.domaine.lan:3306/keller
    username: keller
    password: @@pw@@
  jpa:
    open-in-view: false
# Keller-Modul: Fässer, Tirage, Dégorgement
""", s, pw=s)

s = passphrase()
add("blind-kk/markdown/onboarding-password", "docs/onboarding-saisonnier.md", MD, """# Onboarding fir d'Saisonnieren (Lescht / Vendanges)

Wëllkomm! Fir d'Lescht-App op dem Tablet:

1. App **Lescht** opmaachen
2. Benotzer: `lescht`
3. Passwuert: `@@pw@@`
4. Parzell auswielen (Wormer Koeppchen, Ahner Pietert, ...)

*Fr:* Le mot de passe est le même pour toutes les tablettes.
""", s, pw=s)

s = rand_pw(40, "/+")
add("blind-kk/ini/winscp-password", "ops/winscp/WinSCP.ini", INI, """[Sessions\\fiduciaire]
HostName=sftp.fiduciaire-est.lu
UserName=bakerei_kremer
PortNumber=22
; Passwuert am Kloertext (WinSCP-Export, TODO läschen)
PasswordPlain=@@pw@@
LocalDirectory=D:%5CCompta%5CExport
""", s, pw=s)

s = fakes.aws_secret_key(_seed())
add("blind-kk/terraform/aws-provider-keys", "infra/aws/provider.tf", TF, """provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "etiketten" {
  bucket = "domaine-weber-etiketten"
}
""", s, kid=fakes.aws_key_id(_seed()), sk=s)

s = rand_pw(20)
add("blind-kk/python/redis-split-url", "tournee/cache.py", "https://redis.io/docs/latest/develop/clients/redis-py/", '''"""Cache fir d'Tournéen (Stops a GPS)."""
import redis

REDIS_URL = ("rediss://default:@@a@@"
             "@@b@@@cache.bakerei.lan:6380/1")

cache = redis.Redis.from_url(REDIS_URL)
''', s, a=s[:9], b=s[9:])

s = fakes.fake("ya29.", 120, _seed())
add("blind-kk/shell-history/gcloud-access-token", "ops/notes/history_bq.txt", BASH, """gcloud config set project bakerei-kasse
bq ls kasse
curl -H "Authorization: Bearer @@t@@" https://bigquery.googleapis.com/bigquery/v2/projects/bakerei-kasse/datasets
bq query --use_legacy_sql=false 'SELECT filial, SUM(total) FROM kasse.bons GROUP BY filial'
exit
""", s, t=s)

s = rand_pw(20)
add("blind-kk/yaml/docker-compose-mariadb", "keller/docker-compose.yml", COMPOSE, """services:
  db:
    image: mariadb:11
    environment:
      - MARIADB_DATABASE=keller
      - MARIADB_USER=keller
      - MARIADB_PASSWORD=@@pw@@
      - MARIADB_RANDOM_ROOT_PASSWORD=yes
    volumes:
      - ./data:/var/lib/mysql
""", s, pw=s)

s = hexs(64)
add("blind-kk/js/webhook-signing-secret", "webshop/api/webhooks/sumup.js", SUMUP, """// Webhook vu SumUp: Bezuelung bestätegt -> Commande op 'bezuelt'
const crypto = require('crypto');

const SIGNING_SECRET = '@@s@@';

module.exports = (req, res) => {
  const sig = crypto.createHmac('sha256', SIGNING_SECRET).update(req.rawBody).digest('hex');
  if (sig !== req.headers['x-payload-signature']) return res.status(401).end();
  res.status(204).end();
};
""", s, s=s)

s = rand_pw(24)
add("blind-kk/env/lux-trust-pin", "signatur/.env", ENV, """# E-Rechnung signéieren (Zertifikat um Token)
PKCS11_LIB=/usr/lib/libeTPkcs11.so
SIGN_CERT_LABEL=Domaine Moselle Facturation
SIGN_KEYSTORE_PASSWORD=@@pw@@
SIGN_TSA=http://tsa.example.lu
""", s, pw=s)

s = words_pw()
add("blind-kk/ruby/net-ftp-password", "lib/tasks/etiketten.rake", RUBY, """# Rake-Task: Etiketten-PDFen bei d'Dréckerei eroplueden
require 'net/ftp'

namespace :etiketten do
  task :upload do
    Net::FTP.open('ftp.dreckerei-rauchs.lu') do |ftp|
      ftp.login('domaine', '@@pw@@')
      Dir['public/etiketten/*.pdf'].each { |f| ftp.putbinaryfile(f) }
    end
  end
end
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/csharp/appsettings-smtp", "Kasse.Web/appsettings.json", NET, """{
  "Smtp": {
    "Host": "smtp.office365.com",
    "Port": 587,
    "User": "bons@bakerei-kremer.lu",
    "Password": "@@pw@@"
  },
  "Filialen": ["Ettelbréck", "Diekirch", "Wolz"]
}
""", s, pw=s)

s = fakes.fake("dckr_pat_", 27, _seed())
add("blind-kk/gitlab-ci/docker-login", "ci/build-images.gitlab-ci.yml", GLCI, """build-images:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "@@t@@" | docker login -u domaineweber --password-stdin
    - docker build -t domaineweber/keller-app:$CI_COMMIT_SHORT_SHA .
    - docker push domaineweber/keller-app:$CI_COMMIT_SHORT_SHA
""", s, t=s)

s = rand_pw(20)
add("blind-kk/python/imap-password", "compta/rechnungen_abruffen.py", "https://docs.python.org/3/library/imaplib.html", '''"""Hëlt d'Rechnunge vun de Liwweranten aus der Mailbox (PDF an XML)."""
import imaplib

M = imaplib.IMAP4_SSL("imap.pt.lu")
M.login("compta@domaine-moselle.lu", "@@pw@@")
M.select("INBOX/Rechnungen")
typ, data = M.search(None, "UNSEEN")
print(f"{len(data[0].split())} nei Rechnungen")
''', s, pw=s)

s = rand_pw(20)
add("blind-kk/powershell/securestring-plain", "scripts/Map-NAS.ps1", PS, """# NAS am Keller als Laufwierk Z: verbannen (Fotoen vun de Fässer)
$user = 'KELLER\\nas-user'
$pass = ConvertTo-SecureString -String '@@pw@@' -AsPlainText -Force
$cred = [pscredential]::new($user, $pass)
New-PSDrive -Name Z -PSProvider FileSystem -Root '\\\\nas.keller.lan\\fotoen' -Credential $cred -Persist
""", s, pw=s)

s = fakes.fake_pem(_seed(), "")
add("blind-kk/k8s-secret/tls-key-base64", "k8s/webshop-tls.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: webshop-tls
  namespace: shop
type: kubernetes.io/tls
data:
  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
  tls.key: @@k@@
""", s, k=b64(s + "\n"))

s = rand_pw(20)
add("blind-kk/rust/database-url", "kasse-rs/src/main.rs", RUST, """use sqlx::postgres::PgPoolOptions;

// Kasse-Service a Rust (Prototyp vum Jeff)
#[tokio::main]
async fn main() -> Result<(), sqlx::Error> {
    let pool = PgPoolOptions::new()
        .max_connections(5)
        .connect("postgres://kasse:@@pw@@@db.kremer.lan/kasse")
        .await?;
    println!("Verbonnen: {:?}", pool.size());
    Ok(())
}
""", s, pw=s)

s = gitlab_token()
add("blind-kk/requirements/pip-index-token", "requirements-internal.txt", "https://pip.pypa.io/en/stable/reference/requirements-file-format/", """--extra-index-url https://__token__:@@t@@@gitlab.com/api/v4/projects/4711/packages/pypi/simple
bakerei-kasse-core==1.4.2
etiketten-lib==0.9.0
requests==2.32.3
pandas==2.2.2
""", s, t=s)

s = words_pw()
add("blind-kk/xml/maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <!-- Nexus vun der Kooperativ -->
  <servers>
    <server>
      <id>kooperativ-nexus</id>
      <username>ci-compta</username>
      <password>@@pw@@</password>
    </server>
  </servers>
</settings>
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/sql/dblink-password", "db/reports/monatsbericht.sql", "https://www.postgresql.org/docs/current/dblink.html", """-- Monatsbericht: Verkaf Filialen + Webshop
SELECT f.filial, SUM(f.total) AS total
FROM dblink('host=shop.bakerei.lan dbname=shop user=report password=@@pw@@',
            'SELECT filial, total FROM bons WHERE datum >= date_trunc(''month'', now())')
     AS f(filial text, total numeric)
GROUP BY f.filial
ORDER BY total DESC;
""", s, pw=s)

s = fakes.fake("glsa_", 32, _seed()) + "_" + hexs(8)
add("blind-kk/yaml/grafana-token", "monitoring/grafana-provisioning.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """# Dashboard-Sync vum Keller (Temperatur, Fiichtegkeet, Dréck an de Tanks)
grafana:
  url: https://grafana.domaine.lan
  service_account_token: @@t@@
dashboards:
  - keller-temperatur
  - tanks-druck
""", s, t=s)

s = rand_pw(20)
add("blind-kk/java/keystore-password", "src/main/java/lu/cave/peppol/Signer.java", PEPPOL, """package lu.cave.peppol;

import java.io.FileInputStream;
import java.security.KeyStore;

public final class Signer {
    // Keystore mam Zertifikat vun der Cave (Peppol AS4)
    private static final char[] STORE_PASS = "@@pw@@".toCharArray();

    public static KeyStore load() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(new FileInputStream("/etc/peppol/cave.p12"), STORE_PASS);
        return ks;
    }
}
""", s, pw=s)

s = rand_pw(32)
add("blind-kk/typescript/header-api-key", "src/integrations/ecdf.ts", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers", """// Export un de Fiduciaire (Buchungsjournal)
import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.fiduciaire-est.lu/v1',
  headers: { 'X-API-Key': '@@k@@' },
});

export const sendJournal = (csv: string) => api.post('/journal', csv, { headers: { 'Content-Type': 'text/csv' } });
""", s, k=s)

s = words_pw()
add("blind-kk/notes/handover-text", "notes/iwwergab-jeff.txt", MD, """Iwwergab vum Jeff (Congé 3 Wochen)

- Keller-Server leeft, Backup all Sonndeg.
- SumUp: 2 Terminaler an der Reparatur (Wolz).
- De Router am Lager huet en neit Admin-Passwuert: @@pw@@
- Fiduciaire kritt den Export um 1. vum Mount.
- Bei Problemer: Marie uruffen.
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/yaml/mqtt-password", "sensors/mosquitto-bridge.yaml", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Bréck vun de Keller-Sensoren an d'Cloud
bridge:
  name: keller-remich
  address: mqtt.domaine-cloud.lu:8883
  remote_username: keller-remich
  remote_password: @@pw@@
  topics:
    - keller/# out 1
""", s, pw=s)

s = slack_webhook()
add("blind-kk/shell/curl-webhook", "scripts/lescht_meldung.sh", SLACK, """#!/bin/sh
# Meldung wann eng Parzell gelies ass
PARZELL="$1"
KILO="$2"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Parzell ${PARZELL}: ${KILO} kg gelies\\"}" \\
  @@url@@
""", s, url=s)

s = rand_pw(20)
add("blind-kk/ansible/task-password-arg", "ansible/roles/keller-db/tasks/main.yml", ANS, """---
- name: Keller-Datebank uleeën
  community.postgresql.postgresql_db:
    name: keller_stock

- name: Benotzer fir d'App
  community.postgresql.postgresql_user:
    db: keller_stock
    name: keller_app
    password: "@@pw@@"
    priv: ALL
""", s, pw=s)

s = fakes.github_token(_seed())
add("blind-kk/python-notebook/github-token", "analyse/issues_iwwersiicht.ipynb", JUP, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from github import Github\\n",
    "g = Github('@@t@@')\\n",
    "repo = g.get_repo('bakerei-kremer/kasse')\\n",
    "len(list(repo.get_issues(state='open')))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, t=s)

s = rand_pw(20)
add("blind-kk/msmtprc/smtp-password", "docker/php/msmtprc", "https://marlam.de/msmtp/msmtp.html", """# msmtp fir d'Reservatiouns-Site
defaults
auth on
tls on
account default
host smtp.pt.lu
port 587
from reservatioun@domaine-moselle.lu
user reservatioun@domaine-moselle.lu
password @@pw@@
""", s, pw=s)

s = b64(rand_pw(24))
add("blind-kk/yaml/k8s-secret-redis", "k8s/tournee-redis-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: tournee-redis
  annotations:
    notiz: "Redis fir d'Tournée-Cache"
type: Opaque
data:
  redis-password: @@p@@
""", base64.b64decode(s).decode(), p=s)

s = rand_pw(16)
add("blind-kk/csv/terminal-admin-pins", "export/kassen_zougang.csv", CSVD, """filial;pc;windows_benotzer;passwuert;bemierkung
Ettelbréck;POS-ETT-01;kasse;@@pw@@;Nei gesat 02/2024
Diekirch;POS-DIE-01;kasse;(am Bitwarden);
Wolz;POS-WOL-01;kasse;(am Bitwarden);PC gëtt ersat
Mamer;POS-MAM-01;kasse;(am Bitwarden);
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/vue/admin-password", "kasse-ui/src/admin/login.vue", "https://vuejs.org/guide/introduction.html", """<template>
  <button @click="login">Admin</button>
</template>

<script setup>
// TEMPORÄR fir d'Demo bei der Chambre des Métiers
const ADMIN_USER = 'admin'
const ADMIN_PASSWORD = '@@pw@@'
function login() {
  fetch('/api/login', { method: 'POST', body: JSON.stringify({ user: ADMIN_USER, password: ADMIN_PASSWORD }) })
}
</script>
""", s, pw=s)

s = words_pw()
add("blind-kk/dart/api-password", "tournee_flutter/lib/config.dart", "https://dart.dev/language", """// Flutter-App fir d'Chauffeuren (Tournée Nord)
class Config {
  static const apiBase = 'https://api.bakerei-linster.lu/v1';
  static const apiUser = 'chauffeur';
  static const apiPassword = '@@pw@@';
  static const tourneeStart = '04:30';
}
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/perl/dbi-password", "legacy/inventar.pl", "https://metacpan.org/pod/DBI", """#!/usr/bin/perl
# Aalt Inventar-Skript vum Keller (nach vum Pol)
use strict;
use DBI;
my $dbh = DBI->connect("DBI:mysql:database=keller;host=localhost", "keller", "@@pw@@")
    or die "Keng Verbindung: $DBI::errstr";
my $n = $dbh->selectrow_array("SELECT COUNT(*) FROM flaschen WHERE status='lager'");
print "Flaschen am Lager: $n\\n";
""", s, pw=s)

s = fakes.fake("lin_api_", 40, _seed())
add("blind-kk/env/linear-api-key", "tools/.env.local", ENV, """# Tickets vun de Filialen automatesch uleeën
LINEAR_API_KEY=@@k@@
LINEAR_TEAM=KASSE
DEFAULT_LABEL=filial
NOTIFY=marie@bakerei-kremer.lu
""", s, k=s)

s = words_pw()
add("blind-kk/yaml/ssh-host-password", "ops/sshconfig-notes.yaml", "https://docs.paramiko.org/en/stable/api/client.html", """# Hosts fir d'Paramiko-Skripter (Etikettendrécker, Waa)
hosts:
  etiketten:
    host: 192.168.10.40
    user: root
    password: "@@pw@@"
  waa:
    host: 192.168.10.41
    user: pi
    key_file: ~/.ssh/id_waa
""", s, pw=s)

s = rand_pw(20)
add("blind-kk/cfg/ldap-bind-password", "ops/nextcloud/ldap.cfg", INI, """# Nextcloud LDAP (Fotoen vun de Wéngerter, Dokumenter vun der Kooperativ)
[ldap]
host = ldaps://ldap.kooperativ.lan
base_dn = dc=kooperativ,dc=lu
bind_dn = cn=nextcloud,ou=services,dc=kooperativ,dc=lu
bind_password = @@pw@@
""", s, pw=s)

s = fakes.fake("xkeysib-", 64, _seed()) + "-" + fakes.drawn(_seed(), 16)
add("blind-kk/php/brevo-key", "newsletter/send.php", "https://developers.brevo.com/docs/getting-started", """<?php
// Newsletter: nei Crémant-Cuvée, Porte ouverte op der Musel
$config = Brevo\\Client\\Configuration::getDefaultConfiguration()
    ->setApiKey('api-key', '@@k@@');
$api = new Brevo\\Client\\Api\\EmailCampaignsApi(new GuzzleHttp\\Client(), $config);
$api->sendEmailCampaignNow(42);
echo "Newsletter ënnerwee\\n";
""", s, k=s)

s = rand_pw(20)
add("blind-kk/shell/here-doc-config", "scripts/setup_filial.sh", BASH, """#!/bin/bash
# Neie Kassen-PC opsetzen (Filial)
FILIAL="$1"
cat > /etc/kasse/kasse.conf <<EOF
[kasse]
filial = ${FILIAL}
zentral = https://zentral.kremer.lan
sync_user = kasse_sync
sync_password = @@pw@@
EOF
systemctl restart kasse-sync
""", s, pw=s)

s = fakes.fake("sq0atp-", 22, _seed())
add("blind-kk/json/square-token", "popup-stand/config.json", "https://developer.squareup.com/docs/build-basics/access-tokens", """{
  "stand": "Wäimaart Gréiwemaacher",
  "terminal": "square",
  "square": {
    "locationId": "L8KQ2ZP4YV9M3",
    "accessToken": "@@t@@"
  }
}
""", s, t=s)

s = b64("erp-proxy:" + rand_pw(20))
add("blind-kk/nginx/proxy-basic-auth", "ops/nginx/erp.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", """# Reverse-Proxy fir den ERP vun der Bäckerei
server {
    listen 443 ssl;
    server_name erp.bakerei-kremer.lu;
    location /api/ {
        proxy_pass https://erp.bakerei.lan/api/;
        proxy_set_header Authorization "Basic @@h@@";
    }
}
""", s, h=s)

s = fakes.fake("xoxp-", 0, _seed()) + f"{random.Random(_seed()).randint(10**10, 10**11)}-{random.Random(_seed()).randint(10**10, 10**11)}-{random.Random(_seed()).randint(10**12, 10**13)}-" + hexs(32)
add("blind-kk/markdown/slack-user-token", "docs/slack-export.md", MD, """# Slack-Export (Archiv vum Kanal #bakstuff)

Mir hunn den Export esou gemaach:

    slackdump -token @@t@@ -export bakstuff.zip

Den Export läit um NAS ënner `archiv/slack/2024`.
""", s, t=s)

# ---------------------------------------------------------------- more decoys

add("blind-kk/netrc/decoy-template", "ops/dotfiles/netrc.template", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# Virlag: op ~/.netrc kopéieren an de Wäert aus dem Bitwarden asetzen
machine pakete.domaine.lan
  login ci-keller
  password <BITWARDEN: IT / Paket-Depot>
# chmod 600 ~/.netrc net vergiessen
""")

add("blind-kk/json/decoy-docker-creds-store", "ci/docker-config.example.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.domaine.lu": {}
  },
  "credsStore": "secretservice",
  "currentContext": "default"
}
""")

add("blind-kk/kubeconfig/decoy-exec-plugin", "ops/kube/kasse-readonly.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: kasse-prod
    cluster:
      server: https://k8s.kasse.lan:6443
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
users:
  - name: marie
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --server-id, kasse-prod]
""")

add("blind-kk/groovy/decoy-jenkins-credentials", "Jenkinsfile.release", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-ci-keller',
                                 usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
                    sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS'
                }
            }
        }
    }
}
""")

add("blind-kk/env/decoy-laravel-empty-key", "reservatioun/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """APP_NAME="Kellerféierungen"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_DATABASE=reservatioun
DB_USERNAME=root
DB_PASSWORD=
""")

add("blind-kk/php/decoy-wp-config-getenv", "wordpress/wp-config-docker.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** WordPress am Container: alles aus dem Ëmfeld */
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') ?: 'bakerei_wp' );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', getenv('WORDPRESS_DB_HOST') ?: 'db' );
define( 'WPLANG', 'lb_LU' );
""")

add("blind-kk/yaml/decoy-stripe-test-mode", "webshop/config/payments.test.yaml", STRIPE, """payments:
  provider: stripe
  # Stripe-Doku-Beispill, keen eegene Schlëssel; den Test-Schlëssel kënnt aus STRIPE_TEST_KEY
  stripe_secret: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX
  stripe_publishable: pk_test_TYooMQauvdEDq54NiTphI7jx
  currency: EUR
""")

add("blind-kk/markdown/decoy-password-policy", "docs/passwuert-reegelen.md", MD, """# Passwuert-Reegelen (Bäckerei Kremer)

* Mindestens 14 Zeechen, keng Wierder wéi `Brout2024!` oder `Bakerei123`.
* Ni d'selwecht Passwuert fir Kasse a Mail.
* All Passwuert kënnt an de Bitwarden (Organisatioun *Bakerei Kremer*).
* Beispill fir e gutt Passwuert: **net hei** - generéiert et am Bitwarden.

*Fr:* Les mots de passe ne sont jamais envoyés par mail.
""")

add("blind-kk/python/decoy-hash-compare", "kasse/auth.py", "https://docs.python.org/3/library/hashlib.html#hashlib.scrypt", '''"""Login um Kassen-PC: d'Passwuert gëtt nëmmen als scrypt-Hash gespäichert."""
import hashlib
import hmac

SALT = bytes.fromhex("@@salt@@")
ADMIN_HASH = "@@h@@"

def check(password: str) -> bool:
    digest = hashlib.scrypt(password.encode(), salt=SALT, n=2**14, r=8, p=1).hex()
    return hmac.compare_digest(digest, ADMIN_HASH)
''', salt=hexs(32), h=hexs(128))

add("blind-kk/yaml/decoy-vault-agent", "ops/vault/agent.hcl.yaml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """# Vault Agent: schreift d'Keller-DB-Passwuert beim Start an e Fichier
auto_auth:
  method: kubernetes
  config:
    role: keller-app
template:
  destination: /run/secrets/keller.env
  contents: |
    DB_PASSWORD={{ with secret "database/creds/keller-app" }}{{ .Data.password }}{{ end }}
""")

add("blind-kk/csv/decoy-invoice-ids", "export/rechnungen_2024_04.csv", CSVD, """rechnungsnummer;client;tva;betrag;peppol_message_id
2024-0412;Restaurant A Kaul;LU12345678;1284.50;@@a@@
2024-0413;Hotel Bamberg;LU87654321;842.00;@@b@@
2024-0414;Épicerie Ahn;LU11223344;96.30;@@c@@
2024-0415;Caves Saint-Martin;LU55667788;2410.00;@@d@@
""", a=fakes.uuid4(_seed()), b=fakes.uuid4(_seed()), c=fakes.uuid4(_seed()), d=fakes.uuid4(_seed()))

add("blind-kk/log/decoy-redacted-dsn", "logs/kasse-sync-2024-05-12.log", LOG, """2024-05-12T03:00:00Z INFO  kasse-sync start
2024-05-12T03:00:00Z INFO  connecting to postgres://kasse_sync:***@db.kremer.lan:5432/kasse
2024-05-12T03:00:02Z INFO  Filial Ettelbréck: 412 Bonen
2024-05-12T03:00:03Z INFO  Filial Diekirch: 388 Bonen
2024-05-12T03:00:03Z INFO  kasse-sync done in 3.1s
""")

add("blind-kk/terraform/decoy-random-password", "infra/db.tf", TF, """resource "random_password" "keller_db" {
  length  = 24
  special = true
}

resource "azurerm_postgresql_flexible_server" "keller" {
  name                   = "psql-keller-prod"
  resource_group_name    = "rg-keller-prod"
  location               = "westeurope"
  administrator_login    = "kelleradmin"
  administrator_password = random_password.keller_db.result
  sku_name               = "B_Standard_B1ms"
  version                = "16"
}
""")

add("blind-kk/js/decoy-public-sentry-dsn", "kasse-ui/src/sentry-browser.js", SENTRY, """import * as Sentry from '@sentry/browser';

// Nei Form vum DSN: nëmmen de ëffentleche Schlëssel (ass am Browser ëmmer sichtbar)
Sentry.init({
  dsn: 'https://@@pub@@@o450123.ingest.de.sentry.io/4507123456789',
  environment: 'filialen',
});
""", pub=hexs(32))

add("blind-kk/shell/decoy-read-password", "scripts/restore_keller.sh", BASH, """#!/usr/bin/env bash
# Restore vum Keller-Backup - freet d'Passwuert interaktiv
set -euo pipefail
read -r -s -p "Passwuert fir keller@localhost: " PGPASSWORD
export PGPASSWORD
pg_restore -h localhost -U keller -d keller_stock "${1:-/srv/backups/latest.dump}"
unset PGPASSWORD
""")

add("blind-kk/xml/decoy-maven-encrypted", "ci/settings-secure.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <!-- Passwuert mat mvn --encrypt-password verschlësselt (Master-Schlëssel net am Repo) -->
  <servers>
    <server>
      <id>kooperativ-nexus</id>
      <username>ci-compta</username>
      <password>{@@c@@}</password>
    </server>
  </servers>
</settings>
""", c=b64(fakes.drawn(_seed(), 32)))

add("blind-kk/yaml/decoy-helm-existing-secret", "charts/keller/values.yaml", HELM, """postgresql:
  auth:
    username: keller
    database: keller_stock
    existingSecret: keller-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password
""")

add("blind-kk/ini/decoy-odbc-trusted", "etc/odbc.windows.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """[KasseZentral]
Driver      = ODBC Driver 18 for SQL Server
Server      = sql.kremer.lan
Database    = Kasse
Trusted_Connection = yes
; Windows-Authentifikatioun, kee Passwuert néideg
""")

add("blind-kk/rst/decoy-api-docs-example", "docs/api/peppol.rst", RST, """Peppol-Export
=============

Beispill-Ufro (de Schlëssel ass en Dokumentatiouns-Beispill)::

    curl -H "X-API-Key: YOUR_API_KEY" \\
         https://api.fiduciaire-est.lu/v1/journal

Den echte Schlëssel steet am Key Vault ënner ``fiduciaire-api-key``.
""")

add("blind-kk/python/decoy-uuid-constants", "tournee/konstanten.py", "https://docs.python.org/3/library/uuid.html", '''"""Fest IDen vun de Tournéen (keng Geheimnisser, nëmmen Schlësselen an der DB)."""
TOURNEE_IDS = {
    "mamer": "@@a@@",
    "kopstal": "@@b@@",
    "kehlen": "@@c@@",
}
DEPOT_ID = "@@d@@"
''', a=fakes.uuid4(_seed()), b=fakes.uuid4(_seed()), c=fakes.uuid4(_seed()), d=fakes.uuid4(_seed()))

add("blind-kk/html/decoy-recaptcha-site-key", "site/kontakt.html", "https://developers.google.com/recaptcha/docs/display", """<!DOCTYPE html>
<html lang="fr">
<head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/kontakt" method="post">
    <textarea name="message" placeholder="Äre Message / Votre message"></textarea>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button>Schécken</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-kk/go/decoy-env-dsn", "cmd/lager2/main.go", GO, """package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("LAGER_DSN")) // z.B. host=... user=... password=...
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""")

add("blind-kk/notes/decoy-rotation-log", "notes/rotatioun-2024.md", MD, """# Schlëssel-Rotatioun 2024

| Datum      | Wat                     | Wien  | Neie Wäert steet am      |
|------------|-------------------------|-------|--------------------------|
| 2024-01-15 | Stripe Secret Key       | Marie | Key Vault `stripe-live`  |
| 2024-02-08 | kasse_sync Passwuert    | Jeff  | Vault `secret/kasse`     |
| 2024-03-01 | SumUp API-Key           | Marie | Bitwarden `Payment`      |
| 2024-04-12 | AWS Key `AKIA…XQ7`      | Jeff  | (geläscht, elo OIDC)     |
""")

add("blind-kk/yaml/decoy-github-oidc", ".github/workflows/deploy-oidc.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """name: deploy-oidc
on: { push: { branches: [main] } }
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-site-deploy
          aws-region: eu-central-1
""")

add("blind-kk/json/decoy-package-lock-integrity", "kasse-ui/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "kasse-ui",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=b64(fakes.drawn(_seed(), 64)))

add("blind-kk/dockerfile/decoy-arg-no-default", "tournee/Dockerfile", DOCKER, """FROM python:3.12-slim
WORKDIR /app
ARG DATABASE_URL
# DATABASE_URL gëtt eréischt beim Start gesat, ni am Image
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "tournee.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-kk/sql/decoy-grant-no-password", "db/migrations/0008_app_role.sql", SQL, """-- App-Roll ouni Passwuert: Login nëmmen iwwer Zertifikat (pg_hba: cert)
CREATE ROLE keller_app LOGIN;
ALTER ROLE keller_app SET search_path = keller, public;
GRANT USAGE ON SCHEMA keller TO keller_app;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA keller TO keller_app;
""")

add("blind-kk/ruby/decoy-devise-pepper-env", "config/initializers/devise.rb", "https://github.com/heartcombo/devise#configuring-models", """# Devise fir de Shop-Login
Devise.setup do |config|
  config.mailer_sender = 'shop@cremant-domaine.lu'
  config.pepper = ENV['DEVISE_PEPPER']
  config.stretches = Rails.env.test? ? 1 : 12
  config.password_length = 12..128
end
""")

add("blind-kk/cpp/decoy-secrets-template", "firmware/waa/secrets.h.example", "https://gcc.gnu.org/onlinedocs/cpp/", """// Kopéieren op secrets.h an ausfëllen (secrets.h ass am .gitignore)
#pragma once
#define WIFI_SSID "Kooperativ-Lescht"
#define WIFI_PASSWORD "..."
#define WAA_API_URL "https://waa.kooperativ-wellen.lu/api/v1/wegung"
#define WAA_API_KEY "REPLACE_ME"
#define WAA_ID 0
""")

add("blind-kk/powershell/decoy-prompt-credential", "scripts/Map-NAS-v2.ps1", PS, """# NAS verbannen - freet de Benotzer no sengem Passwuert
$cred = Get-Credential -UserName 'KELLER\\nas-user' -Message 'Passwuert fir den NAS am Keller'
New-PSDrive -Name Z -PSProvider FileSystem -Root '\\\\nas.keller.lan\\fotoen' -Credential $cred -Persist
Write-Host 'Z: verbonnen'
Get-ChildItem Z:\\ | Select-Object -First 5
""")

add("blind-kk/yaml/decoy-masked-table", "docs/zougang-iwwersiicht.yaml", "https://yaml.org/spec/1.2.2/", """# Iwwersiicht (nëmme maskéiert - d'Wäerter sinn am Bitwarden)
services:
  sumup:
    api_key: "sup_sk_****************"
  stripe:
    secret_key: "sk_live_••••••••••••4f2a"
  fiduciaire_sftp:
    password: "[REDACTED]"
""")

add("blind-kk/env/decoy-vault-refs", "kasse/.env.vault", "https://developer.1password.com/docs/cli/secret-references/", """# 1Password-Referenzen (op run: op run --env-file=.env.vault -- ./start.sh)
KASSE_DB_PASSWORD=op://Kasse/kasse-db/password
SUMUP_API_KEY=op://Payment/sumup/api-key
STRIPE_SECRET_KEY=op://Payment/stripe-live/secret-key
SMTP_PASSWORD=op://IT/smtp-bons/password
""")

add("blind-kk/python-notebook/decoy-getpass", "analyse/verkaf_2024.ipynb", JUP, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, requests\\n",
    "API_KEY = getpass.getpass('Shop API-Key: ')\\n",
    "r = requests.get('https://api.shop-domaine.lu/v2/orders?year=2024', headers={'X-Api-Key': API_KEY})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kk/k8s/decoy-configmap", "k8s/tournee-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: tournee-config
data:
  TOURNEE_START: "04:30"
  DEPOT: "Mamer"
  MAPS_REGION: "LU"
  PASSWORD_MIN_LENGTH: "14"
  TOKEN_TTL_SECONDS: "86400"
""")

add("blind-kk/swift/decoy-keychain", "TourneeApp/Auth.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security

// Token gëtt no dem Login am Keychain gespäichert, ni am Code
func loadToken() -> String? {
    let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: "lu.bakerei.tournee",
                                kSecReturnData as String: true]
    var item: CFTypeRef?
    guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
          let data = item as? Data else { return nil }
    return String(data: data, encoding: .utf8)
}
""")

add("blind-kk/markdown/decoy-readme-setup", "README.md", MD, """# Keller-App (Domaine Weber)

Inventar vun de Fässer, Tirage an Dégorgement fir eise Crémant.

## Lokal starten

```sh
cp .env.example .env   # DB_PASSWORD selwer asetzen
docker compose up -d
make migrate
```

Fir den Zougang zur Test-DB: Jeff froen (nët per Mail!).
""")

add("blind-kk/ansible/decoy-lookup-plugin", "ansible/roles/kasse/tasks/main.yml", ANS, """---
- name: Kassen-Konfiguratioun schreiwen
  ansible.builtin.template:
    src: kasse.conf.j2
    dest: /etc/kasse/kasse.conf
    mode: "0600"
  vars:
    sync_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/kasse:sync_password') }}"
""")

add("blind-kk/java/decoy-system-getenv", "src/main/java/lu/cave/mail/MailConfigV2.java", "https://jakarta.ee/specifications/mail/", """package lu.cave.mail;

public final class MailConfigV2 {
    // Passwuert kënnt aus der Ëmfeldvariabel (Kubernetes Secret)
    static String password() {
        String pw = System.getenv("SMTP_PASSWORD");
        if (pw == null || pw.isBlank()) throw new IllegalStateException("SMTP_PASSWORD feelt");
        return pw;
    }
}
""")

add("blind-kk/log/decoy-auth-failure", "logs/ssh-keller01-auth.log", LOG, """May 12 02:14:01 keller01 sshd[2211]: Invalid user admin from 203.0.113.44 port 51022
May 12 02:14:03 keller01 sshd[2211]: Failed password for invalid user admin from 203.0.113.44 port 51022 ssh2
May 12 02:14:09 keller01 sshd[2215]: Failed password for root from 203.0.113.44 port 51040 ssh2
May 12 06:30:12 keller01 sshd[2301]: Accepted publickey for jeff from 192.168.10.5 port 50211 ssh2: ED25519 SHA256:@@fp@@
May 12 06:30:12 keller01 sshd[2301]: pam_unix(sshd:session): session opened for user jeff
""", fp=b64(fakes.drawn(_seed(), 32)).rstrip("="))

add("blind-kk/typescript/decoy-process-env", "src/payments/sumup-v2.ts", SUMUP, """// SumUp v2: Schlëssel aus dem Ëmfeld, mat Check beim Start
const SUMUP_KEY = process.env.SUMUP_API_KEY ?? '';
if (!SUMUP_KEY.startsWith('sup_sk_')) {
  throw new Error('SUMUP_API_KEY feelt oder ass falsch');
}
export const sumupHeaders = () => ({ Authorization: `Bearer ${SUMUP_KEY}` });
""")

add("blind-kk/gitlab-ci/decoy-masked-variable", "ci/release.gitlab-ci.yml", GLCI, """release:
  stage: deploy
  image: curlimages/curl
  rules:
    - if: $CI_COMMIT_TAG
  script:
    # DEPLOY_TOKEN ass eng maskéiert a protegéiert CI/CD-Variabel
    - curl --header "PRIVATE-TOKEN: ${DEPLOY_TOKEN}" --upload-file dist/etiketten.zip "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/etiketten/${CI_COMMIT_TAG}/etiketten.zip"
""")

add("blind-kk/toml/decoy-cargo-registry", "kasse-rs/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", """[registries.bakerei]
index = "sparse+https://cargo.bakerei.lan/index/"
credential-provider = "cargo:token-from-stdout pass show cargo/bakerei"

[build]
target-dir = "target"
""")

add("blind-kk/csharp/decoy-user-secrets-id", "Kasse.Web/Kasse.Web.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <!-- dotnet user-secrets: d'Wäerter leien ausserhalb vum Repo -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", u=fakes.uuid4(_seed()))

add("blind-kk/yaml/decoy-sealed-secret", "k8s/sealed-kasse-db.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: kasse-db
  namespace: bakerei
spec:
  encryptedData:
    POSTGRES_PASSWORD: Ag@@c@@
""", c=fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-kk/php/decoy-env-helper", "reservatioun/config/mail.php", "https://laravel.com/docs/11.x/mail", """<?php
// Mail-Konfiguratioun (Laravel) - Wäerter aus .env
return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'host' => env('MAIL_HOST', 'smtp.pt.lu'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
    ],
];
""")

add("blind-kk/shell-history/decoy-env-var-use", "ops/notes/history_deploy.txt", BASH, """source ~/.config/keller/env
echo $DB_HOST
psql "postgresql://keller@$DB_HOST/keller_stock" -c 'select count(*) from faesser'
helm upgrade webshop charts/webshop -f values-prod.yaml --set database.password="$WEBSHOP_DB_PASSWORD"
kubectl -n shop rollout status deploy/webshop
""")

add("blind-kk/ini/decoy-pypirc-keyring", "packaging/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
# password: gëtt vum keyring geliwwert (keyring set https://upload.pypi.org/legacy/ __token__)
""")

add("blind-kk/markdown/decoy-pgp-public-key", "docs/security.md", MD, """# Sécherheet

Fäller vun Sécherheetsproblemer w.e.g. verschlësselt un security@domaine-moselle.lu.

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ@@a@@
tDNEb21haW5lIE1vc2VsbGUgU2VjdXJpdHkgPHNlY3VyaXR5QGRvbWFpbmUtbW9zZWxsZS5sdT4=
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
```
""", a=fakes.drawn(_seed(), 60, ALNUM + "+/"), crc=fakes.drawn(_seed(), 4, ALNUM + "+/"))

add("blind-kk/json/decoy-jwks", "site/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "tournee-2024",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-kk/csv/decoy-iban-sepa", "compta/sepa_lastschrift_2024_05.csv", CSVD, """client;iban;bic;mandat_id;betrag;verwendungszweck
Restaurant A Kaul;LU28 0019 4006 4475 0000;BCEELULL;MND-2021-0042;1284.50;Rechnung 2024-0412
Hotel Bamberg;LU12 0030 0000 1234 5678;BGLLLULL;MND-2022-0007;842.00;Rechnung 2024-0413
Épicerie Ahn;LU47 0141 2345 6789 0000;CELLLULL;MND-2023-0019;96.30;Rechnung 2024-0414
Caves Saint-Martin;LU90 0080 1234 5678 9000;BILLLULL;MND-2020-0003;2410.00;Rechnung 2024-0415
""")

add("blind-kk/markdown/decoy-german-runbook", "docs/runbook/etikettendrucker.md", MD, """# Etikettendrucker (Keller Grevenmacher)

1. Drucker einschalten, warten bis die LED grün ist.
2. Im Browser `https://etiketten.domaine.lan` öffnen.
3. Anmelden als `keller` – Passwort: siehe KeePass, Eintrag *Etiketten/Drucker*.
4. Vorlage „Crémant Brut 2021“ wählen, Anzahl eingeben.

*Lb:* Wann den Drécker hänkt, 30 Sekonnen ausschalten.
""")
