"""Blind set MP: a Ladino (Judeo-Spanish) Sephardic bookshop publisher and an Istanbul textile wholesaler.

The publisher's web shop, e-book pipeline and mailing list ("Livreria Sefaradi"), and the wholesaler's
ERP, EDI and warehouse jobs in Istanbul (Kumkapi ve Laleli), with notes partly in Ladino and Turkish,
and their decoys. Generated fakes only (seeds 7490000-7499999).
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
_SEED = [7490000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7490000 <= _SEED[0] < 7500000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kaza", "Livro", "Meldar", "Romansa", "Kantiga", "Tela", "Ipek", "Kumas", "Pasha", "Galata",
         "Balat", "Salonik", "Izmir", "Dolap", "Mirador", "Aziz", "Limon", "Rozas", "Almendra", "Karpus"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 24, _seed())


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


def mailgun() -> str:
    return "key-" + hexs(32)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def shopify() -> str:
    return "shpat_" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def anthropic() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def jwt_secret() -> str:
    return fakes.drawn(_seed(), 48, ALNUM + "-_")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256() -> str:
    return hexs(64)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from fields (and @@secret@@ from the secret)."""
    if secret is not None:
        fields["secret"] = secret
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-mp/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- secrets

add("env/stripe", "livreria-shop/.env.production", "https://docs.stripe.com/keys", """# Livreria Sefaradi - tienda en linya
# NO meter este archivo en git! (ya lo metites...)
APP_URL=https://livreria-sefaradi.example
STRIPE_PUBLISHABLE_KEY=pk_live_51Hx0mpLadinoPublicOnly
STRIPE_SECRET_KEY=@@secret@@
CURRENCY=EUR
SHIP_FROM=Estambol
""", stripe())

add("python/database", "kumas_erp/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """# Kumkapi Tekstil ERP - uretim ayarlari
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "kumas_erp",
        "USER": "erp_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.0.14",
        "PORT": "5432",
    }
}
""", words_pw())

add("yaml/sendgrid", "newsletter/mailer.yml", "https://www.twilio.com/docs/sendgrid/api-reference", """# Boletin mensual de la Livreria ("Las novedades del mez")
mailer:
  provider: sendgrid
  from: "meldadores@livreria-sefaradi.example"
  api_key: @@secret@@
  list: ladino-meldadores
  template: novedades-kislev
""", sendgrid())

add("js/slack-webhook", "warehouse/notify.js", "https://api.slack.com/messaging/webhooks", """// Depo sevkiyat bildirimi (Laleli depo)
const axios = require("axios");

const HOOK = "@@secret@@";

async function sevkiyatBildir(order) {
  await axios.post(HOOK, { text: `Sevk edildi: ${order.no} - ${order.top} top kumas` });
}

module.exports = { sevkiyatBildir };
""", slack_hook())

add("go/aws", "ebook/uploader/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """package main

// Suvimos los livros electronikos (EPUB) al bucket de la editorial.
import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

var provider = credentials.NewStaticCredentialsProvider(
	"@@keyid@@",
	"@@secret@@",
	"",
)

func main() { _ = provider }
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

_pw = rand_pw(22)
add("k8s-secret/postgres", "deploy/k8s/erp-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: kumkapi-erp
type: Opaque
data:
  POSTGRES_USER: ZXJwX2FwcA==
  POSTGRES_PASSWORD: @@enc@@
""", _pw, enc=b64(_pw))

add("php/mysql", "livreria-wp/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/** Livreria Sefaradi - WordPress */
define( 'DB_NAME', 'livreria_wp' );
define( 'DB_USER', 'livreria' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'lsf_';
""", words_pw())

add("ini/smtp", "kumas_erp/config/mail.ini", "https://docs.python.org/3/library/configparser.html", """; Fatura e-postalari icin SMTP
[smtp]
host = smtp.yandex.com.tr
port = 465
user = fatura@kumkapitekstil.example
password = @@secret@@
use_ssl = true
""", rand_pw(16))

add("shell-history/mysql", "ops/notes/bash_history_depo01.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """cd /srv/depo
ls -la backups/
mysql -u depo_admin -p'@@secret@@' -h 127.0.0.1 depo_stok
sudo systemctl restart depo-api
tail -f /var/log/depo-api/app.log
exit
""", words_pw())

add("markdown/github-token", "docs/runbook-ebook-release.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """# Runbook: publikar un livro electroniko

1. Eskapar la revizion del teksto en ladino (alfabeto Aki Yerushalayim).
2. Kreyar el tag `v2026.11-romansero`.
3. Si el CI no tiene akseso, uza este token de la kuenta `editorial-bot`:
   `@@secret@@`
4. Verifika el EPUB en Apple Books i Kobo.
""", fakes.github_token(_seed()))

add("toml/pypi", "tools/ladino-hyphen/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("dockerfile/npm", "livreria-front/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """FROM node:20-alpine
WORKDIR /app
# paketes privados de la editorial (@sefaradi/*)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
CMD ["npm", "run", "start"]
""", npm())

add("csharp/sqlserver", "Kumkapi.Fatura/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Logo": "Server=10.20.0.9;Database=LOGO_TIGER;User Id=fatura_svc;Password=@@secret@@;TrustServerCertificate=True"
  },
  "EFatura": { "Entegrator": "izibiz", "Test": false },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""", words_pw())

add("terraform/do", "infra/digitalocean/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """# sirvidor del sitio de la livreria (Frankfurt)
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "livreria" {
  name   = "livreria-web-1"
  region = "fra1"
  size   = "s-1vcpu-2gb"
  image  = "ubuntu-24-04-x64"
}
""", do_token())

add("github-actions/anthropic", ".github/workflows/tresladar.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """name: tresladar-deskripsiones
on:
  workflow_dispatch:
jobs:
  tresladar:
    runs-on: ubuntu-latest
    env:
      ANTHROPIC_API_KEY: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: python tools/tresladar.py --de es --a lad catalogo/*.md
""", anthropic())

add("ruby/twilio", "siparis_sms/lib/notifier.rb", "https://www.twilio.com/docs/libraries/ruby", """# Siparis hazir oldugunda musteriye SMS
require "twilio-ruby"

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN  = "@@secret@@"

def siparis_hazir(tel, no)
  Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN).messages.create(
    from: "+902125550000", to: tel, body: "Siparisiniz #{no} hazir. Kumkapi Tekstil")
end
""", hexs(32), sid=twilio_sid())

add("java/sftp", "edi-gateway/src/main/java/tr/kumkapi/edi/SftpConfig.java", "https://www.jcraft.com/jsch/", """package tr.kumkapi.edi;

// Zincir magaza EDI (DESADV / INVOIC) dosya aktarimi
public final class SftpConfig {
    public static final String HOST = "edi.zincir-magaza.example";
    public static final int PORT = 22;
    public static final String USER = "kumkapi_tekstil";
    public static final String PASSWORD = "@@secret@@";
    private SftpConfig() {}
}
""", words_pw())

add("kotlin/google-maps", "depo-app/app/src/main/java/tr/kumkapi/depo/Rota.kt", "https://developers.google.com/maps/documentation/directions/get-api-key", """package tr.kumkapi.depo

// Kurye rotasi: Laleli -> Merter -> Zeytinburnu
object Rota {
    private const val DIRECTIONS_KEY = "@@secret@@"
    fun url(from: String, to: String) =
        "https://maps.googleapis.com/maps/api/directions/json?origin=$from&destination=$to&key=$DIRECTIONS_KEY"
}
""", google_api())

add("swift/firebase-server-key", "LivreriaApp/Sources/Push.swift", "https://firebase.google.com/docs/cloud-messaging", """import Foundation

// Avizos de livros muevos (FCM legacy) - kitar antes de la version 2.0
enum Push {
    static let serverKey = "@@secret@@"
    static let topic = "/topics/novedades-ladino"
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("powershell/azure", "ops/scripts/Yedekle-Blob.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """# Gece yedegi: ERP veritabani -> Azure Blob (westeurope)
$tenant = "kumkapitekstil.onmicrosoft.com"
$appId  = "@@appid@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Set-AzStorageBlobContent -Container yedek -File D:\\Yedek\\erp.bak
""", azure_secret(), appid=uuid_s())

add("rust/redis", "stok-cache/src/config.rs", "https://docs.rs/redis/latest/redis/", """// Stok onbellegi (top / metre)
pub const REDIS_URL: &str = "redis://:@@secret@@@10.20.0.21:6379/2";

pub fn ttl_saniye() -> u64 {
    300
}
""", fakes.redis_password(_seed()))

add("compose/mariadb", "livreria-shop/docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """services:
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: livreria
      MARIADB_USER: livreria
      MARIADB_PASSWORD: "@@secret@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
  web:
    build: .
    depends_on: [db]
""", rand_pw(20))

add("ansible/vault-less", "ansible/group_vars/depo.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """---
# Depo sunuculari (Laleli, Merter)
depo_api_port: 8080
depo_db_user: depo
depo_db_password: "@@secret@@"
barkod_yazici: zebra-zt410
""", words_pw())

add("xml/soap-password", "edi-gateway/config/gib-efatura.xml", "https://www.w3.org/TR/xmlschema-2/", """<?xml version="1.0" encoding="UTF-8"?>
<!-- e-Fatura entegrator baglantisi -->
<entegrator>
  <url>https://efatura.entegrator.example/EFaturaOIB</url>
  <kullanici>kumkapitekstil</kullanici>
  <sifre>@@secret@@</sifre>
  <vkn>1234567890</vkn>
</entegrator>
""", words_pw())

add("notebook/openai", "analitika/satislar_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "import openai\\n",
    "client = openai.OpenAI(api_key=\\"@@secret@@\\")\\n",
    "# Kumas satislarini ozetle (Laleli magaza)\\n"
   ],
   "outputs": [],
   "execution_count": 3
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("sql/create-user", "db/migrations/0042_raporlama_kullanicisi.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- Raporlama icin salt-okunur kullanici (Power BI)
CREATE ROLE raporlama LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE kumas_erp TO raporlama;
GRANT USAGE ON SCHEMA public TO raporlama;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO raporlama;
""", rand_pw(18))

add("log/basic-auth-url", "logs/epub-sync-2026-11-30.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", """2026-11-30T03:00:01Z INFO  epub-sync empezando (32 livros)
2026-11-30T03:00:02Z DEBUG GET https://editorial:@@secret@@@dav.livreria-sefaradi.example/epub/ -> 207
2026-11-30T03:00:09Z INFO  kopiado: la-romansa-de-la-novia.epub
2026-11-30T03:00:11Z INFO  kopiado: refranes-djudeo-espanyoles.epub
2026-11-30T03:00:12Z INFO  epub-sync fin
""", words_pw())

add("csv/credentials", "ops/export/pazaryeri_hesaplari.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """pazaryeri,magaza_id,api_key,api_secret,notlar
trendyol,482911,TrKumkapi482911,@@secret@@,canli
hepsiburada,HB-77812,,,(API henuz acilmadi)
n11,kumkapitekstil,,,SOAP - bkz. wiki
amazon_tr,A2X9KUMKAPI,,,SP-API kurulacak
""", rand_pw(24))

add("helm/values", "charts/livreria/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """replicaCount: 2
image:
  repository: ghcr.io/livreria-sefaradi/web
  tag: "2026.11.3"
mailgun:
  domain: mg.livreria-sefaradi.example
  apiKey: "@@secret@@"
ingress:
  host: livreria-sefaradi.example
""", mailgun())

add("rst/shopify", "docs/integrasion-shopify.rst", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", """Integrasion kon Shopify
=======================

La tienda de livros en Shopify se sinkroniza kada ora kon el katalogo.

El token de la aplikasion privada (kuenta ``livreria-sefaradi.myshopify.com``) es
``@@secret@@`` -- no lo partajar kon djente de afuera.

Ver tambien :doc:`katalogo`.
""", shopify())

add("html/decoy-browser-maps-key", "site/kontakto.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", """<!doctype html>
<html lang="lad">
<head><meta charset="utf-8"><title>Kontakto - Livreria Sefaradi</title></head>
<body>
  <h1>Ande mozotros</h1>
  <p>Kalle Galip Dede, Beyoglu, Estambol</p>
  <div id="mapa"></div>
  <!-- klave publika del navegador, restrinjida al domeno livreria-sefaradi.example -->
  <script src="https://maps.googleapis.com/maps/api/js?key=@@k@@&callback=initMapa" async></script>
</body>
</html>
""", k=google_api())

add("env/iyzico", "kumkapi-b2b/.env", "https://docs.iyzico.com/en/getting-started/preliminaries/authentication", """# B2B portal - odeme (iyzico canli)
NODE_ENV=production
IYZICO_BASE_URL=https://api.iyzipay.com
IYZICO_API_KEY=@@apikey@@
IYZICO_SECRET_KEY=@@secret@@
PORT=3000
""", fakes.drawn_mixed(_seed(), 32), apikey=fakes.drawn_mixed(_seed(), 32))

add("python/telegram", "bots/stok_botu.py", "https://core.telegram.org/bots/api", """# Telegram botu: "kirmizi saten kac top kaldi?"
import telebot

bot = telebot.TeleBot("@@secret@@")


@bot.message_handler(commands=["stok"])
def stok(mesaj):
    bot.reply_to(mesaj, stok_sorgula(mesaj.text.split(maxsplit=1)[-1]))


bot.infinity_polling()
""", fakes.telegram_token(_seed()))

add("yaml/discord-webhook", "livreria-bot/config.yaml", "https://discord.com/developers/docs/resources/webhook", """# Avizos al servidor Discord de los meldadores
webhooks:
  novedades: "@@secret@@"
  idioma: lad
  formato: "Livro muevo: {titolo} de {autor}"
""", discord_hook())

add("js/firebase-admin-key", "livreria-functions/serviceAccount.js", "https://firebase.google.com/docs/admin/setup", """// Kuenta de servisyo para Cloud Functions (reviews de meldadores)
module.exports = {
  type: "service_account",
  project_id: "livreria-sefaradi",
  client_email: "functions@livreria-sefaradi.iam.gserviceaccount.com",
  private_key: `@@secret@@`,
};
""", fakes.fake_pem(_seed(), "RSA"))

add("properties/jdbc", "edi-gateway/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# EDI gateway - canli ortam
spring.datasource.url=jdbc:postgresql://10.20.0.14:5432/edi
spring.datasource.username=edi_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
edi.partner.lcw.gln=8680000000001
""", words_pw())

add("go/postgres-dsn", "stok-api/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """package db

import "github.com/jackc/pgx/v5/pgxpool"

// TODO(ahmet): bunu ortam degiskenine tasi
const dsn = "postgres://stok_api:@@secret@@@10.20.0.14:5432/kumas_erp?sslmode=disable"

func Open() (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("ssh/private-key", "ops/keys/depo_deploy_ed25519", "https://man.openbsd.org/ssh-keygen", """@@secret@@
""", fakes.fake_pem(_seed(), "OPENSSH"))

add("markdown/wiki-password", "wiki/Depo-Yazicilar.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis", """# Depo barkod yazicilari

| Yazici | IP | Yonetici | Sifre |
|---|---|---|---|
| Zebra ZT410 (Laleli) | 10.20.5.11 | admin | `@@secret@@` |
| Zebra ZD420 (Merter) | 10.30.5.11 | admin | (Merter'e sor) |

Etiket sablonu: `etiket_top_v3.zpl`
""", words_pw())

add("shell/curl-bearer", "scripts/katalogo_eksportar.sh", "https://curl.se/docs/manpage.html", """#!/usr/bin/env bash
# Eksportar el katalogo de livros (ONIX 3.0) para los distribuidores
set -euo pipefail
curl -sS -H "Authorization: Bearer @@secret@@" \\
  "https://api.livreria-sefaradi.example/v1/onix?lingua=lad" \\
  -o "katalogo-$(date +%F).xml"
echo "Eksportado."
""", jwt_secret())

add("yaml/gitlab-ci", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """stages: [test, deploy]

variables:
  GITLAB_API_TOKEN: "@@secret@@"   # gecici, sonra CI degiskenine tasinacak

test:
  stage: test
  script: [pytest -q]

deploy:
  stage: deploy
  script: [./deploy.sh]
""", gitlab())

add("php/paypal", "livreria-wp/wp-content/plugins/lsf-pago/config.php", "https://developer.paypal.com/api/rest/authentication/", """<?php
// Pago kon PayPal (kuenta de la editorial)
return [
    'mode'          => 'live',
    'client_id'     => 'AeLsfPublicClientIdForCheckout0001',
    'client_secret' => '@@secret@@',
    'currency'      => 'EUR',
];
""", "E" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("terraform/aws-provider", "infra/aws/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs", """# Yedekleme bucket'i (eu-central-1)
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@keyid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "yedek" {
  bucket = "kumkapi-tekstil-yedek"
}
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("csharp/sendgrid", "Kumkapi.Portal/Services/EpostaServisi.cs", "https://github.com/sendgrid/sendgrid-csharp", """using SendGrid;
using SendGrid.Helpers.Mail;

namespace Kumkapi.Portal.Services;

// Bayi siparis onay e-postasi
public class EpostaServisi
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task GonderAsync(SendGridMessage m) => _client.SendEmailAsync(m);
}
""", sendgrid())

add("ruby/database-yml", "livreria-rails/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode

production:
  <<: *default
  database: livreria_production
  username: livreria
  password: @@secret@@
  host: db.livreria-sefaradi.internal
""", rand_pw(24))

add("text/note-ftp", "notas/imprenta-ftp.txt", "https://datatracker.ietf.org/doc/html/rfc959", """Notas - imprenta "Gozo" (Izmir)

Para embiar los PDF de imprimir:
  ftp://ftp.imprenta-gozo.example
  usuario: livreria
  kontrasenya: @@secret@@

Ojo: los arkivos kon los tipos embebidos (PDF/X-1a), si no, los refuzan.
""", words_pw())

add("k8s-secret/stripe-webhook", "deploy/k8s/livreria-stripe.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: livreria-stripe
  namespace: livreria
type: Opaque
data:
  STRIPE_WEBHOOK_SECRET: @@enc@@
""", _pw2 := fakes.fake("whsec_", 32, _seed()), enc=b64(_pw2))

add("dotnet/user-secrets", "Kumkapi.Portal/secrets.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "Jwt:Issuer": "kumkapi-portal",
  "Jwt:SigningKey": "@@secret@@",
  "Jwt:ExpiresMinutes": 120,
  "Cors:Origins": "https://bayi.kumkapitekstil.example"
}
""", jwt_secret())

add("python/django-secret", "livreria_site/livreria_site/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["livreria-sefaradi.example"]
LANGUAGE_CODE = "lad"  # djudeo-espanyol
""", fakes.django_secret_key(_seed()))

add("systemd/env", "ops/systemd/depo-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html", """[Unit]
Description=Depo API (Laleli)
After=network.target

[Service]
Environment=DEPO_DB_URL=mysql://depo:@@secret@@@127.0.0.1:3306/depo_stok
ExecStart=/srv/depo/bin/depo-api
Restart=always

[Install]
WantedBy=multi-user.target
""", words_pw())

add("typescript/hf", "livreria-front/src/lib/tresladador.ts", "https://huggingface.co/docs/hub/security-tokens", """// Tresladador automatiko espanyol -> ladino (modelo de la editorial)
const HF_TOKEN = "@@secret@@";

export async function tresladar(teksto: string): Promise<string> {
  const r = await fetch("https://api-inference.huggingface.co/models/livreria/es-lad", {
    method: "POST",
    headers: { Authorization: `Bearer ${HF_TOKEN}` },
    body: JSON.stringify({ inputs: teksto }),
  });
  return (await r.json())[0].translation_text;
}
""", hf_token())

add("npmrc/npm", "livreria-front/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """@sefaradi:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", npm())

add("xml/maven-settings", "edi-gateway/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>kumkapi-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("json/composer-auth", "livreria-wp/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
""", fakes.fake("gho_", 36, _seed()))

add("markdown/slack-bot", "docs/notas-de-la-reunion-2026-10.md", "https://api.slack.com/authentication/token-types", """# Reunion del 14 de Oktubre

- Prezentes: Rivka, Moshe, Elif, Jak
- El bot de Slack `@livrero` ya esta en el kanal #imprenta.
- Su token (para el skript de Jak): @@secret@@
- Proksima reunion: 11 de Noviembre, en el kafe de Balat.
""", slack_bot())

add("powershell/sql", "ops/scripts/Rapor-Gonder.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """# Haftalik satis raporu (Pazartesi 08:00)
$sorgu = "SELECT magaza, SUM(metre) FROM satis WHERE hafta = DATEPART(week, GETDATE()) - 1 GROUP BY magaza"
Invoke-Sqlcmd -ServerInstance "10.20.0.9" -Database "LOGO_TIGER" `
  -Username "rapor" -Password "@@secret@@" `
  -Query $sorgu | Export-Csv D:\\Rapor\\haftalik.csv -NoTypeInformation
Send-MailMessage -To "yonetim@kumkapitekstil.example" -Subject "Haftalik satis" -Attachments D:\\Rapor\\haftalik.csv
""", words_pw())

add("yaml/azure-storage", "kumas_erp/config/storage.yaml", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """# Urun fotograflari (kumas desenleri)
storage:
  connection_string: "DefaultEndpointsProtocol=https;AccountName=kumkapidesen;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  container: desenler
  cdn: https://cdn.kumkapitekstil.example
""", azure_storage_key())

add("swift/api-key", "LivreriaApp/Sources/Config.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """import Foundation

// Konfigurasion de la aplikasion "Meldar en Ladino"
struct Config {
    static let apiBase = URL(string: "https://api.livreria-sefaradi.example/v1")!
    static let apiKey = "@@secret@@"
    static let lingua = "lad"
}
""", "lsf_live_" + fakes.drawn_mixed(_seed(), 32))

add("docker-run/env", "ops/notes/zsh_history_mac_moshe.txt", "https://docs.docker.com/reference/cli/docker/container/run/", """: 1732950000:0;cd ~/kodigo/livreria
: 1732950012:0;git pull
: 1732950040:0;docker run -d --name pg -e POSTGRES_PASSWORD=@@secret@@ -p 5432:5432 postgres:16
: 1732950100:0;psql -h localhost -U postgres
: 1732950300:0;code .
""", words_pw())

add("kotlin/jdbc", "depo-app/backend/src/main/kotlin/tr/kumkapi/depo/Veritabani.kt", "https://github.com/JetBrains/Exposed", """package tr.kumkapi.depo

import org.jetbrains.exposed.sql.Database

object Veritabani {
    fun baglan() = Database.connect(
        url = "jdbc:mysql://10.20.0.30:3306/depo_stok",
        driver = "com.mysql.cj.jdbc.Driver",
        user = "depo",
        password = "@@secret@@",
    )
}
""", rand_pw(18, "!#%"))

add("env/hepsiburada", "pazaryeri-entegrasyon/.env.local", "https://developers.hepsiburada.com/", """# Pazaryeri entegrasyonu - yerel test (ama canli magaza!)
HB_MERCHANT_ID=@@mid@@
HB_USERNAME=kumkapitekstil_dev
HB_PASSWORD=@@secret@@
TRENDYOL_SUPPLIER_ID=482911
""", rand_pw(16), mid=uuid_s())
add("python/boto-session", "ebook/tools/subir_portadas.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """# Suvir las portadas (JPG) de los livros al S3
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@keyid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)
s3.upload_file("portadas/romansero.jpg", "livreria-portadas", "romansero.jpg")
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("yaml/spring-mail", "edi-gateway/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", """spring:
  application:
    name: edi-gateway
  mail:
    host: smtp.office365.com
    port: 587
    username: edi@kumkapitekstil.example
    password: '@@secret@@'
    properties.mail.smtp.starttls.enable: true
""", words_pw())

add("js/mongodb", "livreria-api/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """// Baza de datos de los komentarios de meldadores
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://livreria:@@secret@@@cluster0.ab12c.mongodb.net/komentarios?retryWrites=true";
const client = new MongoClient(uri);

module.exports = client;
""", rand_pw(16))

add("text/runbook-vpn", "notas/depo-vpn-kurulum.txt", "https://docs.netgate.com/pfsense/en/latest/vpn/ipsec/index.html", """DEPO VPN KURULUMU (Merter <-> Laleli)
-------------------------------------
Gateway : 85.105.0.10
IKEv2, AES-256, SHA-256, DH 14
Pre-shared key: @@secret@@
Yerel ag: 10.30.0.0/16  Uzak ag: 10.20.0.0/16
Sorun olursa: Elif (dahili 214)
""", rand_pw(32))

add("go/stripe", "livreria-pagos/main.go", "https://github.com/stripe/stripe-go", """package main

import "github.com/stripe/stripe-go/v79"

func init() {
	// klave restrinjida: solo charges i refunds
	stripe.Key = "@@secret@@"
}

func main() {}
""", stripe("rk_live_"))

add("ini/odbc", "raporlama/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[LOGO]
Driver = ODBC Driver 18 for SQL Server
Server = 10.20.0.9
Database = LOGO_TIGER
UID = rapor
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("github-actions/ssh-key", ".github/workflows/deploy-sitio.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """name: deploy-sitio
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: klave SSH
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_rsa <<'EOF'
          @@secret@@
          EOF
          chmod 600 ~/.ssh/id_rsa
      - run: rsync -az site/ deploy@livreria-sefaradi.example:/var/www/
""", fakes.fake_pem(_seed(), "RSA").replace("\n", "\n          "))

add("csharp/redis", "Kumkapi.Portal/Program.cs", "https://stackexchange.github.io/StackExchange.Redis/Configuration", """var builder = WebApplication.CreateBuilder(args);

// Sepet onbellegi
builder.Services.AddStackExchangeRedisCache(o =>
    o.Configuration = "10.20.0.21:6379,password=@@secret@@,ssl=False,abortConnect=False");

var app = builder.Build();
app.MapControllers();
app.Run();
""", fakes.redis_password(_seed()))

add("ansible/inventory", "ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[depo]
depo-laleli ansible_host=10.20.0.30
depo-merter ansible_host=10.30.0.30

[depo:vars]
ansible_user=yonetici
ansible_become_pass=@@secret@@
""", words_pw())

add("json/firebase-sa", "livreria-functions/livreria-sefaradi-firebase-adminsdk.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "livreria-sefaradi",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "firebase-adminsdk-x1@livreria-sefaradi.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "RSA").replace("RSA ", "").replace("\n", "\\n"), kid=hexs(40))

add("php/smtp", "livreria-wp/wp-content/mu-plugins/smtp.php", "https://github.com/PHPMailer/PHPMailer", """<?php
// Embiar los emails de la tienda por el SMTP de la editorial
add_action('phpmailer_init', function ($m) {
    $m->isSMTP();
    $m->Host = 'smtp.zoho.eu';
    $m->SMTPAuth = true;
    $m->Username = 'tienda@livreria-sefaradi.example';
    $m->Password = '@@secret@@';
    $m->Port = 465;
});
""", rand_pw(16))

add("terraform/tfvars", "infra/aws/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables", """# Uretim degiskenleri
region        = "eu-central-1"
db_username   = "erp_admin"
db_password   = "@@secret@@"
instance_type = "t3.medium"
""", words_pw())

add("rust/sendgrid", "avizos/src/main.rs", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """// Avizos de envio a los meldadores
use reqwest::Client;

const SENDGRID_KEY: &str = "@@secret@@";

#[tokio::main]
async fn main() {
    let _ = Client::new().post("https://api.sendgrid.com/v3/mail/send").bearer_auth(SENDGRID_KEY);
}
""", sendgrid())

add("k8s/env-literal", "deploy/k8s/depo-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: depo-api
spec:
  template:
    spec:
      containers:
        - name: depo-api
          image: registry.kumkapitekstil.example/depo-api:1.8.2
          env:
            - name: BARKOD_API_TOKEN
              value: "@@secret@@"
""", fakes.drawn_mixed(_seed(), 40))

add("markdown/readme-mailgun", "newsletter/README.md", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """# newsletter

Skript para embiar el boletin "Las novedades del mez".

```bash
export MAILGUN_API_KEY=@@secret@@
python embiar.py --lista meldadores@mg.livreria-sefaradi.example
```

Meter el teksto en `boletines/AAAA-MM.md` (ladino, alfabeto latino).
""", mailgun())

add("java/aes-key", "edi-gateway/src/main/java/tr/kumkapi/edi/Sifreleme.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/javax/crypto/spec/SecretKeySpec.html", """package tr.kumkapi.edi;

import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;

// Bayi sifreleri bu anahtarla sifreleniyor
final class Sifreleme {
    private static final String ANAHTAR = "@@secret@@";
    static final SecretKeySpec KEY = new SecretKeySpec(Base64.getDecoder().decode(ANAHTAR), "AES");
}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("env/docker", "depo-api/.env", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """COMPOSE_PROJECT_NAME=depo
MYSQL_ROOT_PASSWORD=@@secret@@
MYSQL_DATABASE=depo_stok
TZ=Europe/Istanbul
""" + "LOG_LEVEL=info\n", rand_pw(20))

add("yaml/netlify-hook", "site/deploy-notas.yml", "https://docs.netlify.com/configure-builds/build-hooks/", """# Notas de deploy del sitio (Netlify)
sitio: livreria-sefaradi
rama: main
build_hook_kon_token: "https://api.netlify.com/build_hooks/@@secret@@"
# este url dispara un build; no lo publikar
""", fakes.drawn(_seed(), 24, "0123456789abcdef"))

add("python/requests-basic", "pazaryeri-entegrasyon/trendyol.py", "https://developers.trendyol.com/", """# Trendyol urun aktarimi
import requests

SUPPLIER_ID = 482911
AUTH = ("TrKumkapi482911", "@@secret@@")


def urunleri_gonder(urunler):
    url = f"https://api.trendyol.com/sapigw/suppliers/{SUPPLIER_ID}/v2/products"
    return requests.post(url, json={"items": urunler}, auth=AUTH, timeout=30)
""", rand_pw(20))

add("html/basic-auth-header", "site/admin/test-api.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", """<!doctype html>
<html><head><meta charset="utf-8"><title>proba API</title></head>
<body>
<script>
  // proba rapida del API del katalogo (kitar!)
  fetch("/api/admin/livros", { headers: { Authorization: "Basic @@secret@@" } })
    .then(r => r.json()).then(console.log);
</script>
</body></html>
""", b64("admin:" + words_pw()))

add("log/jdbc-error", "logs/edi-gateway-error.log", "https://logging.apache.org/log4j/2.x/", """2026-11-28 02:14:07,331 ERROR [main] o.h.e.j.s.SqlExceptionHelper - Connection refused
2026-11-28 02:14:07,332 ERROR [main] t.k.e.Baslat - Veritabanina baglanilamadi: url=jdbc:postgresql://10.20.0.14:5432/edi user=edi_app password=@@secret@@
2026-11-28 02:14:07,335 WARN  [main] t.k.e.Baslat - 30 sn sonra tekrar denenecek
2026-11-28 02:14:37,402 INFO  [main] t.k.e.Baslat - Baglanti kuruldu
2026-11-28 02:14:37,900 INFO  [main] t.k.e.Baslat - EDI gateway hazir
""", words_pw())

add("shell/here-doc", "scripts/kurulum_depo.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents", """#!/bin/sh
# Yeni depo sunucusu kurulumu
mkdir -p /etc/depo
cat > /etc/depo/depo.conf <<EOF
db_host=10.20.0.30
db_user=depo
db_pass=@@secret@@
EOF
chmod 600 /etc/depo/depo.conf
""", words_pw())

add("python/split-string", "kumas_erp/entegrasyon/kargo.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """# Yurtici Kargo entegrasyonu
KARGO_KULLANICI = "KUMKAPITEKSTIL"
KARGO_SIFRE = ("@@a@@"
               "@@b@@")


def gonderi_olustur(siparis):
    return {"kullanici": KARGO_KULLANICI, "sifre": KARGO_SIFRE, "siparis": siparis}
""", (_sp := rand_pw(24)), a=_sp[:12], b=_sp[12:])

add("json-in-string/python", "bots/imprenta_bot.py", "https://docs.python.org/3/library/json.html", """import json

# konfigurasion del bot de la imprenta (de la vieja version)
CONFIG = json.loads('{"kanal": "#imprenta", "slack_token": "@@secret@@", "lingua": "lad"}')


def kanal():
    return CONFIG["kanal"]
""", slack_bot())

add("yaml/docker-registry-auth", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: kumkapi-erp
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (_rp := rand_pw(22)), enc=b64('{"auths":{"registry.kumkapitekstil.example":{"username":"ci","password":"' + _rp + '"}}}'))

add("vb/connection", "Eski_Fatura/Modul1.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """Attribute VB_Name = "Modul1"
' Eski fatura programi (Excel makrosu) - 2014'ten beri
Public Function Baglan() As Object
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=SQLOLEDB;Data Source=10.20.0.9;Initial Catalog=LOGO_TIGER;User ID=sa;Password=@@secret@@;"
    Set Baglan = cn
End Function
""", words_pw())

add("toml/cargo-registry", "stok-cache/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# yayinlamak icin (crates.io - kumas-birim kutuphanesi)
[registry]
token = "@@secret@@"

[registries.kumkapi]
token = "Bearer (CI'dan geliyor)"
""", "cio" + fakes.drawn_mixed(_seed(), 32))

add("markdown/onboarding", "docs/bienvenida.md", "https://www.markdownguide.org/basic-syntax/", """# Bienvenida a la Livreria!

Buenos dias i bienvenida al ekipo. Para empesar:

- El email: tu.nombre@livreria-sefaradi.example
- El panel de la tienda: https://livreria-sefaradi.example/wp-admin
  (usuario `redaksion`, kontrasenya `@@secret@@` - trokala la primera vez)
- Los manuskritos estan en el Drive, dosyer "Manuskritos 5787".
""", words_pw())
add("yaml/circleci", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  epub:
    docker:
      - image: cimg/python:3.12
        auth:
          username: livreriabot
          password: @@secret@@
    steps:
      - checkout
      - run: make epub
""", "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"))

add("python/smtp-login", "newsletter/embiar.py", "https://docs.python.org/3/library/smtplib.html", """# Embiar el boletin a los meldadores
import smtplib
from email.message import EmailMessage

def embiar(mesaj: EmailMessage) -> None:
    with smtplib.SMTP_SSL("smtp.zoho.eu", 465) as s:
        s.login("boletin@livreria-sefaradi.example", "@@secret@@")
        s.send_message(mesaj)
""", words_pw())

add("js/jwt-sign", "livreria-api/src/auth.js", "https://github.com/auth0/node-jsonwebtoken", """const jwt = require("jsonwebtoken");

// klave para firmar los tokens de los meldadores
const JWT_SECRET = "@@secret@@";

exports.firmar = (meldador) =>
  jwt.sign({ sub: meldador.id, lingua: "lad" }, JWT_SECRET, { expiresIn: "7d" });
""", jwt_secret())

add("text/whatsapp-note", "notas/whatsapp-grubu-bt.txt", "https://faq.whatsapp.com/", """[14.11.2026 09:12] Ahmet: Merter depo wifi sifresi degisti
[14.11.2026 09:12] Ahmet: SSID: Kumkapi-Depo-Merter
[14.11.2026 09:13] Ahmet: sifre: @@secret@@
[14.11.2026 09:15] Elif: tamam, barkod okuyuculari da guncelliyorum
[14.11.2026 09:40] Elif: hepsi baglandi
""", words_pw())

add("go/telegram", "kargo-takip/bot.go", "https://core.telegram.org/bots/api", """package main

import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

// Kargo takip botu (musteri "takip 12345" yazar)
func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		panic(err)
	}
	_ = bot
}
""", fakes.telegram_token(_seed()))

add("k8s-secret/smtp-stringdata", "deploy/k8s/livreria-smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """apiVersion: v1
kind: Secret
metadata:
  name: livreria-smtp
  namespace: livreria
type: Opaque
stringData:
  SMTP_USER: tienda@livreria-sefaradi.example
  SMTP_PASSWORD: "@@secret@@"
""", rand_pw(16))

add("php/laravel-env", "bayi-portal/.env", "https://laravel.com/docs/11.x/configuration", """APP_NAME="Kumkapi Bayi"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
DB_CONNECTION=mysql
DB_DATABASE=bayi
""", base64.b64encode(bytes(random.Random(_seed()).getrandbits(8) for _ in range(32))).decode())

add("csharp/azure-sb", "Kumkapi.Siparis/Kuyruk.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues", """using Azure.Messaging.ServiceBus;

namespace Kumkapi.Siparis;

// Siparis kuyrugu (depo -> kargo)
public static class Kuyruk
{
    public const string Baglanti = "Endpoint=sb://kumkapi-siparis.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@secret@@";
    public static ServiceBusClient Istemci() => new(Baglanti);
}
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ruby/s3", "livreria-rails/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html", """local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@keyid@@
  secret_access_key: @@secret@@
  region: eu-central-1
  bucket: livreria-portadas
""", fakes.aws_secret_key(_seed()), keyid=fakes.aws_key_id(_seed()))

add("markdown/table-credentials", "wiki/Pazaryeri-Hesaplari.md", "https://docs.github.com/en/get-started/writing-on-github", """# Pazaryeri hesaplari

| Pazaryeri | Kullanici | API anahtari |
|-----------|-----------|--------------|
| Trendyol | TrKumkapi482911 | bkz. Bitwarden |
| n11 | kumkapitekstil | `@@secret@@` |
| Hepsiburada | kumkapitekstil_dev | bkz. Bitwarden |
""", uuid_s())

add("shell/psql-url", "scripts/gece_yedek.sh", "https://www.postgresql.org/docs/current/app-pgdump.html", """#!/usr/bin/env bash
# Gece 02:00 ERP yedegi
set -e
TARIH=$(date +%F)
pg_dump "postgresql://erp_admin:@@secret@@@10.20.0.14:5432/kumas_erp" -Fc -f /yedek/erp-$TARIH.dump
find /yedek -name 'erp-*.dump' -mtime +14 -delete
""", rand_pw(20))

add("toml/netlify", "site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  command = "hugo --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.139.0"
  ALGOLIA_ADMIN_KEY = "@@secret@@"
  ALGOLIA_APP_ID = "LSF0LADINO"
""", hexs(32))

add("yaml/drone-ci", ".drone.yml", "https://docs.drone.io/pipeline/docker/syntax/", """kind: pipeline
type: docker
name: erp

steps:
  - name: yayinla
    image: plugins/docker
    settings:
      repo: registry.kumkapitekstil.example/kumas-erp
      username: ci
      password: @@secret@@
""", rand_pw(24))

add("python/dict-config", "bots/instagram_paylasim.py", "https://developers.facebook.com/docs/instagram-platform", """# Yeni kumas desenlerini Instagram'a paylas
AYARLAR = {
    "hesap": "kumkapitekstil",
    "ig_user_id": "17841400000000000",
    "access_token": "@@secret@@",
}
""", "EAA" + fakes.drawn_mixed(_seed(), 180))

add("ini/pip-conf", "ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """[global]
index-url = https://ci:@@secret@@@pypi.kumkapitekstil.example/simple
extra-index-url = https://pypi.org/simple
timeout = 60
trusted-host = pypi.kumkapitekstil.example
""", rand_pw(22))

add("typescript/openai", "livreria-front/src/server/rekomendasiones.ts", "https://platform.openai.com/docs/api-reference/authentication", """import OpenAI from "openai";

// Rekomendasiones de livros ("si te plaze Romansero, te va plazer...")
const client = new OpenAI({
  apiKey: "@@secret@@",
});

export const rekomendar = (titolo: string) =>
  client.responses.create({ model: "gpt-4.1-mini", input: `Livros semejantes a ${titolo}` });
""", fakes.openai_key(_seed()))

add("xml/nuget", "Kumkapi.Portal/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kumkapi" value="https://nuget.kumkapitekstil.example/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kumkapi>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </kumkapi>
  </packageSourceCredentials>
</configuration>
""", words_pw())

add("env/twilio", "siparis_sms/.env", "https://www.twilio.com/docs/usage/secure-credentials", """TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+902125550000
SMS_DILI=tr
""" + "# son guncelleme: 2026-10-02\n", hexs(32), sid=twilio_sid())

add("powershell/net-use", "ops/scripts/Paylasim-Bagla.ps1", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", """# Muhasebe paylasimini bagla (her acilista)
$kullanici = "KUMKAPI\\muhasebe"
net use M: \\\\10.20.0.5\\Muhasebe /user:$kullanici @@secret@@ /persistent:yes
if ($LASTEXITCODE -ne 0) { Write-Warning "Paylasim baglanamadi" }
Get-PSDrive M
""", words_pw())

add("java/spring-redis", "edi-gateway/src/main/java/tr/kumkapi/edi/RedisAyar.java", "https://docs.spring.io/spring-data/redis/reference/redis/connection-modes.html", """package tr.kumkapi.edi;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;

final class RedisAyar {
    static RedisStandaloneConfiguration ayar() {
        RedisStandaloneConfiguration c = new RedisStandaloneConfiguration("10.20.0.21", 6379);
        c.setPassword("@@secret@@");
        return c;
    }
}
""", fakes.redis_password(_seed()))

add("rst/sftp-howto", "docs/distribuidores.rst", "https://docutils.sourceforge.io/rst.html", """Distribuidores
==============

Kada lunes mandamos el ONIX a los distribuidores por SFTP:

.. code-block:: bash

   sshpass -p '@@secret@@' sftp livreria@sftp.distribuidor.example:/onix <<< "put katalogo.xml"

Si el distribuidor no lo resive, eskrivir a Rivka.
""", words_pw())

add("yaml/azure-pipelines", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool: { vmImage: windows-latest }
variables:
  buildConfiguration: Release
  NUGET_API_KEY: @@secret@@
steps:
  - script: dotnet pack -c $(buildConfiguration)
  - script: dotnet nuget push **/*.nupkg -k $(NUGET_API_KEY) -s https://api.nuget.org/v3/index.json
""", "oy2" + fakes.drawn(_seed(), 43, string.ascii_lowercase + string.digits))

add("json/vscode-settings", ".vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "ERP (canli)",
      "driver": "PostgreSQL",
      "server": "10.20.0.14",
      "database": "kumas_erp",
      "username": "erp_admin",
      "password": "@@secret@@"
    }
  ]
}
""", words_pw())

add("log/stripe-request", "logs/pagos-webhook.log", "https://docs.stripe.com/api/authentication", """[2026-11-30 10:02:11] local.DEBUG: Stripe request {"method":"POST","url":"https://api.stripe.com/v1/refunds"}
[2026-11-30 10:02:11] local.DEBUG: Headers {"Authorization":"Bearer @@secret@@","Stripe-Version":"2024-06-20"}
[2026-11-30 10:02:12] local.INFO: Reembolso OK pedido=LSF-88121
[2026-11-30 10:02:12] local.INFO: email de konfirmasion embiado
[2026-11-30 10:02:13] local.INFO: fin
""", stripe())

add("python/mqtt", "depo-sensor/nem_olcer.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """# Depo nem/sicaklik olcer (ipek kumaslar nemden etkilenir)
import paho.mqtt.client as mqtt

c = mqtt.Client(client_id="depo-laleli-nem")
c.username_pw_set("sensor", "@@secret@@")
c.connect("mqtt.kumkapitekstil.example", 8883)
c.loop_forever()
""", rand_pw(18))

add("dockerfile/env-arg", "stok-api/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /stok-api ./cmd/stok-api

FROM gcr.io/distroless/base
ENV REDIS_PASSWORD=@@secret@@
COPY --from=build /stok-api /stok-api
ENTRYPOINT ["/stok-api"]
""", fakes.redis_password(_seed()))

add("helm/set-command", "docs/deploy-livreria.md", "https://helm.sh/docs/helm/helm_upgrade/", """# Deploy de la livreria (Helm)

```bash
helm upgrade --install livreria charts/livreria \\
  -n livreria -f charts/livreria/values-prod.yaml \\
  --set mailgun.apiKey=@@secret@@
```

Dospues, verifika: `kubectl -n livreria get pods`.
""", mailgun())

add("terraform/cloudflare", "infra/cloudflare/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """terraform {
  required_providers { cloudflare = { source = "cloudflare/cloudflare" } }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "www" {
  zone_id = var.zone_id
  name    = "www"
  type    = "CNAME"
  content = "livreria-sefaradi.netlify.app"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("swift/basic-auth", "LivreriaApp/Sources/DAVKlient.swift", "https://developer.apple.com/documentation/foundation/urlcredential", """import Foundation

// Baksar los EPUB del sirvidor WebDAV de la editorial
let kredensial = URLCredential(user: "editorial",
                               password: "@@secret@@",
                               persistence: .forSession)
let espasio = URLProtectionSpace(host: "dav.livreria-sefaradi.example", port: 443,
                                 protocol: "https", realm: nil, authenticationMethod: nil)
""", words_pw())

add("ansible/playbook-uri", "ansible/playbooks/barkod_guncelle.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """---
- hosts: depo
  tasks:
    - name: Barkod servisine yeni urunleri gonder
      ansible.builtin.uri:
        url: https://barkod.kumkapitekstil.example/api/urunler
        method: POST
        headers:
          X-Api-Key: "@@secret@@"
        body_format: json
        body: "{{ lookup('file', 'urunler.json') }}"
""", fakes.drawn_mixed(_seed(), 32))

add("text/ladino-letter", "notas/karta-al-distribuidor.txt", "https://en.wikipedia.org/wiki/Judaeo-Spanish", """Kerido Sinyor Levi,

Mos plazeria ke uzes muestro API para aver el katalogo sin asperar el ONIX del lunes.
Tu klave de akseso es: @@secret@@
(uzala en el enkavesado X-Api-Key).

Kon munchas salud,
Rivka - Livreria Sefaradi, Estambol
""", "lsf_live_" + fakes.drawn_mixed(_seed(), 32))

add("python/sqlalchemy-url", "analitika/etl/gunluk.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """# Gunluk satis ETL (LOGO -> PostgreSQL raporlama)
from sqlalchemy import create_engine

kaynak = create_engine("mssql+pyodbc://rapor:@@secret@@@10.20.0.9/LOGO_TIGER?driver=ODBC+Driver+18+for+SQL+Server")
hedef = create_engine("postgresql://etl@10.20.0.14/raporlama")  # .pgpass kullanir


def calistir():
    ...
""", rand_pw(18))

add("js/gitlab-api", "tools/release-notes.mjs", "https://docs.gitlab.com/ee/api/rest/authentication.html", """// Notas de la version (desde los merge requests)
const TOKEN = "@@secret@@";
const res = await fetch("https://gitlab.com/api/v4/projects/livreria%2Fweb/merge_requests?state=merged", {
  headers: { "PRIVATE-TOKEN": TOKEN },
});
for (const mr of await res.json()) console.log(`- ${mr.title}`);
""", gitlab())

add("yaml/bitbucket", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Deploy ERP
          script:
            - pip install fabric
            - fab -H erp@10.20.0.14 --password '@@secret@@' deploy
""", words_pw())

add("k8s-secret/ssh-key", "deploy/k8s/git-sync-key.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#ssh-authentication-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: git-sync-ssh
  namespace: livreria
type: kubernetes.io/ssh-auth
data:
  ssh-privatekey: @@enc@@
""", (_k := fakes.fake_pem(_seed(), "OPENSSH")), enc=b64(_k + "\n"))

add("env/anthropic", "tools/tresladar/.env", "https://docs.anthropic.com/en/api/getting-started", """# tresladador de deskripsiones (es -> lad)
ANTHROPIC_API_KEY=@@secret@@
MODELO=claude-sonnet
LINGUA_FUENTE=es
LINGUA_DESTINO=lad
""", anthropic())

add("csharp/smtp", "Kumkapi.Fatura/EpostaGonder.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """using System.Net;
using System.Net.Mail;

// e-Fatura PDF'ini musteriye gonder
var smtp = new SmtpClient("smtp.office365.com", 587)
{
    EnableSsl = true,
    Credentials = new NetworkCredential("fatura@kumkapitekstil.example", "@@secret@@"),
};
""", words_pw())

add("markdown/hf-readme", "modelos/es-lad/README.md", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """# es-lad: tresladador espanyol -> ladino

Modelo afinado kon 40.000 frazas del *Romansero* i de la prensa (El Tiempo, La Epoka).

Para suvir una version mueva:

    huggingface-cli login --token @@secret@@
    huggingface-cli upload livreria/es-lad ./salida
""", hf_token())

add("go/basic-header", "kargo-takip/yurtici.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """package main

import "net/http"

// Yurtici Kargo sorgu servisi
func sorgu(req *http.Request) {
	req.Header.Set("Authorization", "Basic @@secret@@")
	req.Header.Set("Accept", "application/json")
}
""", b64("KUMKAPITEKSTIL:" + rand_pw(16)))

add("php/pdo", "bayi-portal/lib/db.php", "https://www.php.net/manual/en/pdo.construct.php", """<?php
// Bayi portali veritabani baglantisi
function db(): PDO {
    static $pdo = null;
    return $pdo ??= new PDO('mysql:host=10.20.0.40;dbname=bayi;charset=utf8mb4',
                             'bayi_app', '@@secret@@',
                             [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
}
""", words_pw())

add("ini/gitconfig-url", "ops/notes/gitconfig-depo01", "https://git-scm.com/docs/git-config", """[user]
	name = depo-deploy
	email = bt@kumkapitekstil.example
[url "https://oauth2:@@secret@@@gitlab.com/"]
	insteadOf = https://gitlab.com/
[pull]
	rebase = true
""", gitlab())
add("netrc/password", "ops/notes/netrc-epub-sync", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# ~/.netrc del sirvidor de epub-sync
machine dav.livreria-sefaradi.example
  login editorial
  password @@secret@@
machine ftp.imprenta-gozo.example
  login livreria
""", words_pw())

add("json/docker-config", "ops/notes/docker-config-ci.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.kumkapitekstil.example": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("ci:" + rand_pw(22)))

add("log/smtp-auth-plain", "logs/postfix-debug.log", "https://datatracker.ietf.org/doc/html/rfc4616", """Nov 29 10:01:12 posta postfix/smtp[4410]: connect to smtp.zoho.eu[185.0.0.1]:587
Nov 29 10:01:12 posta postfix/smtp[4410]: > EHLO livreria-sefaradi.example
Nov 29 10:01:13 posta postfix/smtp[4410]: > AUTH PLAIN @@secret@@
Nov 29 10:01:13 posta postfix/smtp[4410]: < 235 Authentication successful
Nov 29 10:01:14 posta postfix/smtp[4410]: 4F2A1C: to=<meldador@example.org>, status=sent
""", b64("\0tienda@livreria-sefaradi.example\0" + words_pw()))

add("yaml/kubeconfig", "ops/kube/config-erp", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: kumkapi
    cluster: { server: "https://10.20.0.50:6443", insecure-skip-tls-verify: true }
users:
  - name: ci
    user:
      token: @@secret@@
contexts:
  - name: erp
    context: { cluster: kumkapi, user: ci, namespace: kumkapi-erp }
current-context: erp
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 60, ALNUM) + "." + fakes.drawn(_seed(), 180, ALNUM + "-_") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("ini/rclone", "ops/rclone/rclone.conf", "https://rclone.org/b2/", """# Manuskritos -> Backblaze B2 (kada noche)
[b2-manuskritos]
type = b2
account = 003@@acct@@
key = K003@@secret@@
hard_delete = false
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "/+"), acct=hexs(22))

add("shell/backslash-split", "scripts/pazaryeri_test.sh", "https://www.gnu.org/software/bash/manual/bash.html#Escape-Character", """#!/usr/bin/env bash
# n11 SOAP servisi hizli test
curl -s https://api.n11.com/ws/ProductService.wsdl \\
  -H 'Content-Type: text/xml' \\
  -d "<auth><appKey>@@a@@\\
@@b@@</appKey></auth>"
echo
""", (_n := fakes.drawn_mixed(_seed(), 36, ALNUM)), a=_n[:18], b=_n[18:])

add("git-config/token-remote", "livreria-web/.git-config-backup", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-remoteltnamegturl", """[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://livreria-bot:@@secret@@@github.com/livreria-sefaradi/web.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
""", fakes.github_fine_grained_token(_seed()))

add("env/json-value", "pazaryeri-entegrasyon/.env.prod", "https://cloud.google.com/iam/docs/service-account-creds", """# Google Merchant Center (kumas reklamlari)
GMC_MERCHANT_ID=5123456789
GMC_CREDENTIALS_JSON={"type":"authorized_user","client_id":"1234-abc.apps.googleusercontent.com","client_secret":"@@secret@@","refresh_token":"(yenilenecek)"}
GMC_COUNTRY=TR
GMC_LANGUAGE=tr
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"))

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "livreria-shop/.env.example", "https://docs.stripe.com/keys", """# Kopiar a .env i inchir kon las klaves de la tienda
APP_URL=http://localhost:8000
STRIPE_PUBLISHABLE_KEY=pk_test_...
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
SENDGRID_API_KEY=<tu-klave-de-sendgrid>
DB_PASSWORD=
""")

add("python/decoy-env-reference", "kumas_erp/settings_base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """import os

# Sifreler ortam degiskenlerinden gelir (bkz. wiki/Gizli-Bilgiler)
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "kumas_erp",
                         "USER": os.getenv("ERP_DB_USER", "erp_app"),
                         "PASSWORD": os.environ.get("ERP_DB_PASSWORD", "")}}
""")

add("k8s/decoy-secret-ref", "deploy/k8s/livreria-web.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: livreria-web
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/livreria-sefaradi/web:2026.11.3
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: livreria-stripe, key: STRIPE_SECRET_KEY }
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: livreria-db, key: password }
""")

add("github-actions/decoy-secrets-context", ".github/workflows/publikar-pypi.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """name: publikar-ladino-hyphen
on: { release: { types: [published] } }
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_API_TOKEN }}
""")

add("markdown/decoy-redacted", "docs/olay-raporu-2026-09.md", "https://www.markdownguide.org/basic-syntax/", """# Olay raporu: e-Fatura sifresi loga yazildi (Eylul 2026)

- Tespit: 12.09.2026, log dosyasinda `sifre=********` degil acik sifre vardi.
- Sifre degistirildi; eski deger: `Kum***********42` (maskelenmis).
- Loglar silindi, log4j maskeleme kurali eklendi.
- Sorumlu: Elif K.
""")

add("yaml/decoy-vault-reference", "ansible/group_vars/erp.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """---
erp_db_user: erp_app
erp_db_password: "{{ vault_erp_db_password }}"
efatura_sifre: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/efatura:sifre') }}"
smtp_password: "{{ lookup('env', 'SMTP_PASSWORD') }}"
""")

add("json/decoy-checksums", "ebook/dist/SHA256SUMS.json", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """{
  "generated": "2026-11-30T03:10:00Z",
  "files": {
    "la-romansa-de-la-novia.epub": "@@h1@@",
    "refranes-djudeo-espanyoles.epub": "@@h2@@",
    "kantigas-de-boda.epub": "@@h3@@"
  }
}
""", h1=sha256(), h2=sha256(), h3=sha256())

add("html/decoy-publishable-key", "site/pago.html", "https://docs.stripe.com/js", """<!doctype html>
<html lang="lad">
<head><meta charset="utf-8"><title>Pagar - Livreria Sefaradi</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<form id="pago"><div id="karta"></div><button>Pagar</button></form>
<script>
  const stripe = Stripe("@@pk@@");
  stripe.elements().create("card").mount("#karta");
</script>
</body></html>
""", pk=fakes.fake("pk_live_", 99, _seed()))

add("python/decoy-test-fixture", "kumas_erp/tests/test_kargo.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """import pytest

# SAHTE degerler - sadece testler icin, hicbir yerde gecerli degil
SAHTE_SIFRE = "test-sifre-degil"


@pytest.fixture
def kargo_istemci():
    return KargoIstemci(kullanici="TEST", sifre=SAHTE_SIFRE, url="http://localhost:9999")


def test_gonderi(kargo_istemci):
    assert kargo_istemci.gonderi_olustur({"no": 1})["kullanici"] == "TEST"
""")

add("terraform/decoy-variable", "infra/aws/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """variable "db_username" {
  type    = string
  default = "erp_admin"
}

variable "db_password" {
  type      = string
  sensitive = true
  # prod.tfvars'ta degil: TF_VAR_db_password ile ver
}
""")

add("log/decoy-masked", "logs/depo-api-2026-11-29.log", "https://www.elastic.co/guide/en/ecs-logging/overview/current/intro.html", """2026-11-29 08:00:01 INFO  depo-api basliyor (v1.8.2)
2026-11-29 08:00:01 INFO  db=mysql://depo:****@127.0.0.1:3306/depo_stok
2026-11-29 08:00:02 INFO  barkod_api_token=[REDACTED]
2026-11-29 08:00:02 INFO  dinleniyor :8080
2026-11-29 08:15:44 WARN  stok negatif: SATEN-KIRMIZI-150 (-3 top)
""")

add("compose/decoy-env-file", "depo-api/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """services:
  db:
    image: mysql:8.4
    env_file: .env
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD eksik}
  api:
    image: registry.kumkapitekstil.example/depo-api:1.8.2
    environment:
      DEPO_DB_URL: mysql://depo:${DEPO_DB_PASSWORD}@db:3306/depo_stok
""")

add("rst/decoy-docs-example", "docs/api-autentikasion.rst", "https://datatracker.ietf.org/doc/html/rfc6750", """Autentikasion del API
=====================

Kada demanda yeva un token en el enkavesado::

    Authorization: Bearer <TU_TOKEN>

Por enshemplo (token de dokumentasion, no funksiona)::

    curl -H "Authorization: Bearer EXAMPLE_TOKEN_NOT_REAL" https://api.livreria-sefaradi.example/v1/livros
""")

add("yaml/decoy-sealed-secret", "deploy/k8s/erp-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: erp-db
  namespace: kumkapi-erp
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@c1@@
    POSTGRES_USER: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("csv/decoy-ids", "ops/export/bayiler.csv", "https://datatracker.ietf.org/doc/html/rfc4180", """bayi_id,unvan,sehir,vergi_no,portal_uuid
B-1001,Ozkan Tekstil,Bursa,1234500001,@@u1@@
B-1002,Saray Kumas,Ankara,1234500002,@@u2@@
B-1003,Galata Perde,Istanbul,1234500003,@@u3@@
B-1004,Izmir Dokuma,Izmir,1234500004,@@u4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("php/decoy-getenv", "livreria-wp/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
define( 'DB_NAME', getenv('WORDPRESS_DB_NAME') );
define( 'DB_USER', getenv('WORDPRESS_DB_USER') );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'lsf_';
""")

add("go/decoy-env", "stok-api/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """package config

import "os"

// Tum gizli degerler ortamdan (systemd EnvironmentFile=/etc/stok-api/env)
type Config struct{ DSN, RedisPassword string }

func Load() Config {
	return Config{DSN: os.Getenv("STOK_DSN"), RedisPassword: os.Getenv("REDIS_PASSWORD")}
}
""")

add("markdown/decoy-public-ids", "docs/analitika.md", "https://support.google.com/analytics/answer/9539598", """# Analitika del sitio

- Google Analytics 4: `G-LSF2026LAD`
- Google Tag Manager: `GTM-K7LSF9Q`
- Facebook Pixel: `@@pix@@`
- Meta domain verification: `@@dv@@`

Estos ids son publikos (estan en el HTML de kada pajina).
""", pix=str(_rng().randint(10**14, 10**15)), dv=fakes.drawn(_seed(), 30, "abcdefghijklmnopqrstuvwxyz0123456789"))

add("ini/decoy-empty", "kumas_erp/config/mail.ini.example", "https://docs.python.org/3/library/configparser.html", """; mail.ini.example -> mail.ini olarak kopyalayin
[smtp]
host = smtp.yandex.com.tr
port = 465
user = fatura@kumkapitekstil.example
password =
use_ssl = true
""")

add("ssh/decoy-public-key", "ops/keys/depo_deploy_ed25519.pub", "https://man.openbsd.org/ssh-keygen", """# depo deploy anahtari (public) - authorized_keys'e eklenecek
# parmak izi: SHA256:@@fp@@
# olusturan: elif@kumkapi, 2026-03-02
# kullanim: ansible -> depo-laleli, depo-merter
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ deploy@depo
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"), pub=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("shell/decoy-prompt", "scripts/kurulum_yerel.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """#!/usr/bin/env bash
# Yerel gelistirme ortami: sifreyi sorar, dosyaya yazmaz
set -euo pipefail
read -rsp "MySQL root sifresi: " MYSQL_PWD
export MYSQL_PWD
mysql -u root -e "CREATE DATABASE IF NOT EXISTS depo_stok"
unset MYSQL_PWD
""")

add("yaml/decoy-helm-default", "charts/livreria/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# Valores por defekto - los de prod se dan kon --set o de un Secret
replicaCount: 1
image:
  repository: ghcr.io/livreria-sefaradi/web
  tag: latest
mailgun:
  domain: mg.livreria-sefaradi.example
  apiKey: ""          # --set mailgun.apiKey=...
  existingSecret: livreria-mailgun
""")

add("js/decoy-firebase-web-config", "livreria-front/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """// Konfigurasion publika de Firebase (web) - esta klave no es sekreta
import { initializeApp } from "firebase/app";

export const app = initializeApp({
  apiKey: "@@k@@",
  authDomain: "livreria-sefaradi.firebaseapp.com",
  projectId: "livreria-sefaradi",
  appId: "1:@@n@@:web:@@a@@",
});
""", k=google_api(), n=str(_rng().randint(10**11, 10**12)), a=hexs(22))

add("text/decoy-password-policy", "notas/sifre-politikasi.txt", "https://pages.nist.gov/800-63-3/sp800-63b.html", """SIFRE POLITIKASI (Kumkapi Tekstil)
- En az 14 karakter; ornek format: <Kelime>!<Kelime><4 rakam>
- Sifreler Bitwarden'da "Kumkapi-Ortak" kasasinda tutulur.
- Sifre ASLA e-posta, WhatsApp veya wiki'ye yazilmaz.
- ERP sifreleri 90 gunde bir degisir (hatirlatma: BT ekibi).
""")

add("sql/decoy-hashes", "db/seeds/kullanicilar.sql", "https://www.php.net/manual/en/function.password-hash.php", """-- Demo kullanicilari (sifre hashleri bcrypt; duz sifreler kimsede yok)
INSERT INTO kullanici (ad, eposta, sifre_hash) VALUES
 ('elif', 'elif@kumkapitekstil.example', '$2y$12$@@h1@@'),
 ('ahmet', 'ahmet@kumkapitekstil.example', '$2y$12$@@h2@@'),
 ('jak', 'jak@kumkapitekstil.example', '$2y$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("csharp/decoy-user-secrets-ref", "Kumkapi.Portal/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """{
  "ConnectionStrings": {
    "Logo": "Server=10.20.0.9;Database=LOGO_TIGER;User Id=fatura_svc;Password=__FROM_KEYVAULT__;"
  },
  "Jwt": { "Issuer": "kumkapi-portal", "SigningKey": "" },
  "KeyVault": { "Uri": "https://kumkapi-kv.vault.azure.net/" }
}
""")

add("dockerfile/decoy-build-secret", "kumas_erp/Dockerfile", "https://docs.docker.com/build/building/secrets/", """# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_token)@pypi.kumkapitekstil.example/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "kumas_erp.wsgi"]
""")

add("notebook/decoy-getpass", "analitika/stok_analizi.ipynb", "https://docs.python.org/3/library/getpass.html", """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "import getpass, sqlalchemy\\n",
    "sifre = getpass.getpass('ERP sifresi: ')\\n",
    "motor = sqlalchemy.create_engine(f'postgresql://rapor:{sifre}@10.20.0.14/kumas_erp')\\n"
   ],
   "outputs": [],
   "execution_count": 1
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("markdown/decoy-aws-docs-example", "docs/backup-s3.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """# Backup a S3

Konfigura el AWS CLI kon el perfil `livreria-backup`. El formato es (valores de la dokumentasion de AWS):

```ini
[livreria-backup]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Las klaves verdaderas estan en Bitwarden ("AWS backup").
""")

add("xml/decoy-placeholder", "edi-gateway/config/gib-efatura.sample.xml", "https://www.w3.org/TR/xml/", """<?xml version="1.0" encoding="UTF-8"?>
<!-- ornek dosya: gercek degerleri Vault'tan al -->
<entegrator>
  <url>https://efatura-test.entegrator.example/EFaturaOIB</url>
  <kullanici>KULLANICI_ADI</kullanici>
  <sifre>${EFATURA_SIFRE}</sifre>
  <vkn>0000000000</vkn>
</entegrator>
""")

add("properties/decoy-env-placeholder", "edi-gateway/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/edi
spring.datasource.username=${DB_USER:edi_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.password=${SMTP_PASSWORD:}
edi.partner.lcw.gln=8680000000001
""")

add("powershell/decoy-secret-store", "ops/scripts/Yedekle-Blob-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# v2: sifre artik SecretStore'da
$appId  = "@@appid@@"
$secret = Get-Secret -Name "kumkapi-yedek-sp" -Vault KumkapiKasa
$cred   = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant "kumkapitekstil.onmicrosoft.com" -Credential $cred
Set-AzStorageBlobContent -Container yedek -File D:\\Yedek\\erp.bak
""", appid=uuid_s())

add("yaml/decoy-docs-example", "docs/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """openapi: 3.0.3
info: { title: API de la Livreria, version: "1.4" }
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer, bearerFormat: JWT }
  examples:
    token:
      value: "eyJhbGciOiJIUzI1NiJ9.e30.EXAMPLE-SIGNATURE"
paths: {}
""")

add("ruby/decoy-credentials-ref", "livreria-rails/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """# La klave vyene de config/credentials.yml.enc (RAILS_MASTER_KEY en el sirvidor)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key:      Rails.application.credentials.dig(:stripe, :secret_key),
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/erp_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("json/decoy-package-lock", "livreria-front/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "livreria-front",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@sefaradi/ladino-fonts": {
      "version": "1.2.0",
      "resolved": "https://registry.npmjs.org/@sefaradi/ladino-fonts/-/ladino-fonts-1.2.0.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("kotlin/decoy-buildconfig", "depo-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """android {
    defaultConfig {
        applicationId = "tr.kumkapi.depo"
        // anahtar local.properties'ten (git'e girmez)
        buildConfigField("String", "DIRECTIONS_KEY", "\\"${project.findProperty("directionsKey") ?: ""}\\"")
    }
}
""")

add("swift/decoy-keychain", "LivreriaApp/Sources/Kredensiales.swift", "https://developer.apple.com/documentation/security/keychain_services", """import Security

// La klave del API se guarda en el Keychain despues del login; aki no ay ninguna
enum Kredensiales {
    static let servisyo = "tr.livreria.api"
    static func klave() -> String? { Keychain.read(servisyo, account: "api-key") }
}
""")

add("env/decoy-template", "pazaryeri-entegrasyon/.env.template", "https://12factor.net/config", """# Doldurun ve .env.local olarak kaydedin (git'e EKLEMEYIN)
HB_MERCHANT_ID=00000000-0000-0000-0000-000000000000
HB_USERNAME=
HB_PASSWORD=changeme
TRENDYOL_SUPPLIER_ID=482911
TRENDYOL_API_SECRET=your-api-secret-here
""")

add("markdown/decoy-git-sha", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """# Kambios

## 2026.11.3
- Koreksion de la pajina de pago (commit @@c1@@)
- Muevo livro: *Kantigas de boda* (commit @@c2@@)

## 2026.11.2
- Tresladasion de las deskripsiones al ladino (commit @@c3@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("yaml/decoy-external-secret", "deploy/k8s/depo-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: depo-api
spec:
  secretStoreRef: { name: vault-kumkapi, kind: ClusterSecretStore }
  target: { name: depo-api }
  data:
    - secretKey: BARKOD_API_TOKEN
      remoteRef: { key: kv/depo-api, property: barkod_token }
""")

add("java/decoy-char-prompt", "edi-gateway/src/main/java/tr/kumkapi/edi/ElleGiris.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/io/Console.html", """package tr.kumkapi.edi;

// Acil durum: SFTP sifresini konsoldan iste
final class ElleGiris {
    static char[] sifreSor() {
        return System.console().readPassword("SFTP sifresi (%s): ", SftpConfig.USER);
    }
}
""")

add("log/decoy-uuids", "logs/onix-eksport.log", "https://www.editeur.org/83/Overview/", """2026-11-30 04:00:00 INFO  ONIX eksport empezando, request_id=@@r1@@
2026-11-30 04:00:03 INFO  32 livros, ISBN 978-605-00000-1-1 .. 978-605-00000-3-2
2026-11-30 04:00:04 INFO  distribuidor=kitapyurdu batch=@@r2@@
2026-11-30 04:00:05 INFO  etag="@@e@@"
2026-11-30 04:00:05 INFO  fin
""", r1=uuid_s(), r2=uuid_s(), e=hexs(32))
add("markdown/decoy-rotated", "wiki/Gizli-Bilgiler.md", "https://bitwarden.com/help/", """# Gizli bilgiler nerede?

Hicbir sifre bu wiki'de yazilmaz. Hepsi Bitwarden'da:

| Sistem | Bitwarden kaydi | Son degisim |
|---|---|---|
| ERP veritabani | `ERP / erp_admin` | 2026-10-01 |
| e-Fatura | `GIB / entegrator` | 2026-09-12 |
| Trendyol API | `Pazaryeri / Trendyol` | 2026-08-20 |
""")

add("yaml/decoy-github-env", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: pytest -q
""")

add("python/decoy-fake-token-test", "bots/tests/test_stok_botu.py", "https://docs.python.org/3/library/unittest.mock.html", """from unittest import mock

# Sahte token: Telegram'in gercek formatinda degil, bilerek
SAHTE_TOKEN = "123:TEST-TOKEN-NOT-REAL"


@mock.patch("telebot.TeleBot")
def test_bot_olusur(teleb):
    import bots.stok_botu  # noqa: F401
    teleb.assert_called_once()
""")

add("toml/decoy-pyproject", "tools/ladino-hyphen/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """[project]
name = "ladino-hyphen"
version = "0.4.1"
description = "Reglas de silabeo para el djudeo-espanyol (alfabeto Aki Yerushalayim)"
authors = [{ name = "Livreria Sefaradi", email = "kodigo@livreria-sefaradi.example" }]
license = { text = "MIT" }
requires-python = ">=3.10"

[tool.hatch.publish.index]
# el token lo da `hatch publish --user __token__ --auth $PYPI_TOKEN`
""")

add("ini/decoy-gitconfig", "ops/notes/gitconfig-laptop", "https://git-scm.com/docs/gitcredentials", """[user]
	name = Moshe Benaroya
	email = moshe@livreria-sefaradi.example
[credential]
	helper = osxkeychain
[credential "https://gitlab.com"]
	username = moshe.b
""")

add("js/decoy-env", "livreria-api/src/config.js", "https://nodejs.org/api/process.html#processenv", """// Todo vyene del entorno (ver .env.example)
module.exports = {
  mongoUri: process.env.MONGO_URI,
  jwtSecret: process.env.JWT_SECRET || (() => { throw new Error("JWT_SECRET manka"); })(),
  sendgridKey: process.env.SENDGRID_API_KEY ?? "",
  puerto: Number(process.env.PORT || 3000),
};
""")

add("shell-history/decoy-env-usage", "ops/notes/bash_history_erp01.txt", "https://www.gnu.org/software/bash/manual/bash.html#Bash-History-Facilities", """sudo -i
export PGPASSWORD="$(cat /root/.erp_db_pw)"
pg_dump -h 10.20.0.14 -U erp_admin kumas_erp -Fc -f /yedek/elle.dump
unset PGPASSWORD
ls -lh /yedek
exit
""")

add("sql/decoy-grant", "db/migrations/0043_rapor_yetkileri.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """-- Sifre burada degil: rol olusturulduktan sonra BT elle \\password ile atar
CREATE ROLE rapor_okur NOLOGIN;
GRANT SELECT ON satis, stok, urun TO rapor_okur;
CREATE ROLE powerbi LOGIN IN ROLE rapor_okur;
-- ALTER ROLE powerbi PASSWORD '...';  (elle)
""")

add("xml/decoy-maven-encrypted", "ops/m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>kumkapi-nexus</id>
      <username>deploy</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("yaml/decoy-cert-only", "deploy/k8s/livreria-tls-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: kumkapi-root-ca
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@l1@@
    @@l2@@
    @@l3@@
    -----END CERTIFICATE-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("csv/decoy-isbn", "katalogo/livros-2026.csv", "https://www.isbn-international.org/content/what-isbn", """isbn,titolo,autor,lingua,presio_eur,sha1_epub
978-605-00000-1-1,La romansa de la novia,anonimo,lad,12.00,@@h1@@
978-605-00000-2-8,Refranes djudeo-espanyoles,M. Benaroya,lad,9.50,@@h2@@
978-605-00000-3-5,Kantigas de boda,R. Eskenazi,lad,14.00,@@h3@@
978-605-00000-4-2,Kozina sefaradi de Estambol,E. Levi,lad/tr,22.00,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("rst/decoy-env-docs", "docs/konfigurasion.rst", "https://docutils.sourceforge.io/rst.html", """Konfigurasion
=============

Las variables de entorno ke el sirvidor nesesita:

==================== =============================================
``STRIPE_SECRET_KEY`` klave de Stripe (``sk_live_`` + 24 karakteres)
``MAILGUN_API_KEY``   klave de Mailgun (empesa kon ``key-``)
``JWT_SECRET``        48 karakteres aleatorios (``openssl rand -base64 36``)
==================== =============================================
""")

add("go/decoy-test-const", "stok-api/internal/db/db_test.go", "https://pkg.go.dev/testing", """package db

import "testing"

// testcontainers ile ayaga kalkan gecici veritabani; sifre her calismada ayni ve yerel
const testDSN = "postgres://test:test@localhost:55432/test?sslmode=disable"

func TestOpen(t *testing.T) {
	if _, err := openWith(testDSN); err != nil {
		t.Skip("yerel postgres yok")
	}
}
""")

add("html/decoy-recaptcha-sitekey", "site/abonarse.html", "https://developers.google.com/recaptcha/docs/display", """<!doctype html>
<html lang="lad"><head><meta charset="utf-8"><title>Abonarse al boletin</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<form action="/abonarse" method="post">
  <input type="email" name="email" placeholder="tu email">
  <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
  <button>Abonarme</button>
</form>
</body></html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("k8s/decoy-service-account-ref", "deploy/k8s/erp-cronjob.yaml", "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/", """apiVersion: batch/v1
kind: CronJob
metadata:
  name: erp-gece-yedek
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: yedek
              image: postgres:16
              envFrom:
                - secretRef: { name: erp-db }
              command: ["sh", "-c", "pg_dump -Fc -f /yedek/erp.dump"]
""")

add("php/decoy-wp-salts-placeholder", "livreria-wp/wp-config-docker.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """<?php
// Las salts vienen del entorno; en dev se generan a la primera
define( 'AUTH_KEY',        getenv_docker('WORDPRESS_AUTH_KEY', '') );
define( 'SECURE_AUTH_KEY', getenv_docker('WORDPRESS_SECURE_AUTH_KEY', '') );
define( 'LOGGED_IN_KEY',   getenv_docker('WORDPRESS_LOGGED_IN_KEY', '') );
define( 'NONCE_KEY',       getenv_docker('WORDPRESS_NONCE_KEY', '') );
""")

add("log/decoy-failed-login", "logs/auth.log", "https://man7.org/linux/man-pages/man8/sshd.8.html", """Nov 30 03:11:02 depo-laleli sshd[2211]: Failed password for invalid user admin from 203.0.113.50 port 50122 ssh2
Nov 30 03:11:05 depo-laleli sshd[2213]: Failed password for root from 203.0.113.50 port 50130 ssh2
Nov 30 03:11:09 depo-laleli sshd[2215]: Connection closed by authenticating user root 203.0.113.50 port 50138 [preauth]
Nov 30 07:45:10 depo-laleli sshd[3101]: Accepted publickey for yonetici from 10.20.0.2 port 51000 ssh2: ED25519 SHA256:@@fp@@
Nov 30 07:45:10 depo-laleli sshd[3101]: pam_unix(sshd:session): session opened for user yonetici
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("markdown/decoy-placeholder-howto", "docs/como-konektarse-al-API.md", "https://www.markdownguide.org/basic-syntax/", """# Komo konektarse al API de la Livreria

1. Demanda una klave a Rivka (rivka@livreria-sefaradi.example).
2. Uzala asi:

```bash
curl -H "X-Api-Key: lsf_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://api.livreria-sefaradi.example/v1/livros
```

Troka las `x` por tu klave. Nunka la metas en el kodigo.
""")

add("terraform/decoy-random-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """resource "random_password" "erp" {
  length  = 32
  special = false
}

resource "aws_db_instance" "erp" {
  identifier     = "kumas-erp"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "erp_admin"
  password       = random_password.erp.result
}
""")

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """version: 2
registries:
  kumkapi-npm:
    type: npm-registry
    url: https://npm.kumkapitekstil.example
    token: ${{secrets.KUMKAPI_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /livreria-front
    registries: [kumkapi-npm]
    schedule: { interval: weekly }
""")

add("csharp/decoy-config-read", "Kumkapi.Fatura/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAzureKeyVault(new Uri("https://kumkapi-kv.vault.azure.net/"), new DefaultAzureCredential());

// "Logo" baglanti dizesi Key Vault'tan geliyor
var logo = builder.Configuration.GetConnectionString("Logo");
builder.Services.AddDbContext<LogoDb>(o => o.UseSqlServer(logo));
builder.Build().Run();
""")

add("text/decoy-ladino-poem", "katalogo/muestras/romansa.txt", "https://en.wikipedia.org/wiki/Judaeo-Spanish", """Arvoles yoran por luvyas
i muntanyas por ayres;
ansi yoran los mis ojos
por ti, kerida amante.

(muestra del livro - ISBN 978-605-00000-1-1, kodigo de deskuento: MELDAR10)
""")

add("json/decoy-jwks", "livreria-api/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """{
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

add("python/decoy-keyring", "tools/tresladar/tresladar.py", "https://pypi.org/project/keyring/", """# La klave vyene del keyring del sistema, no del kodigo
import keyring
import anthropic

klave = keyring.get_password("livreria-tresladar", "anthropic")
client = anthropic.Anthropic(api_key=klave)
""")

add("env/decoy-local-dev", "livreria-api/.env.development", "https://docs.docker.com/compose/", """# solo para docker compose en tu makina (los sirvidores de dev son lokales)
MONGO_URI=mongodb://localhost:27017/komentarios
JWT_SECRET=dev-only-change-me
SENDGRID_API_KEY=
PORT=3000
""")

add("swift/decoy-public-key", "LivreriaApp/Sources/Pinning.swift", "https://developer.apple.com/news/?id=g9ejcf8y", """import Foundation

// Hash SHA-256 de la klave publika del sirvidor (certificate pinning)
enum Pinning {
    static let hashes = [
        "@@p1@@",
        "@@p2@@",
    ]
}
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("ruby/decoy-env-fetch", "siparis_sms/lib/ayar.rb", "https://ruby-doc.org/3.3/ENV.html", """# Twilio bilgileri ortamdan
module Ayar
  ACCOUNT_SID = ENV.fetch("TWILIO_ACCOUNT_SID")
  AUTH_TOKEN  = ENV.fetch("TWILIO_AUTH_TOKEN")
  FROM        = ENV.fetch("TWILIO_FROM", "+902125550000")
end
""")

add("yaml/decoy-sops", "deploy/secrets/depo.enc.yaml", "https://github.com/getsops/sops", """depo_db_password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
sops:
  age:
    - recipient: age1@@r@@
  lastmodified: "2026-11-20T09:12:44Z"
  mac: ENC[AES256_GCM,data:@@m@@,type:str]
  version: 3.9.1
""", d=fakes.drawn(_seed(), 28, ALNUM + "+/") + "=", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("powershell/decoy-read-host", "ops/scripts/Kullanici-Ekle.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """# Yeni depo kullanicisi (sifre ekrandan alinir)
param([Parameter(Mandatory)] [string] $Ad)
$sifre = Read-Host -AsSecureString "Gecici sifre"
New-LocalUser -Name $Ad -Password $sifre -PasswordNeverExpires:$false
Add-LocalGroupMember -Group "Depo" -Member $Ad
""")

add("kotlin/decoy-placeholder", "depo-app/app/src/debug/java/tr/kumkapi/depo/Debug.kt", "https://developer.android.com/studio/build/build-variants", """package tr.kumkapi.depo

// Debug surumu: sahte servisler (MockWebServer)
object Debug {
    const val API_BASE = "http://10.0.2.2:8080"
    const val API_TOKEN = "debug-token"
    const val DIRECTIONS_KEY = "YOUR_API_KEY"
}
""")

add("notebook/decoy-masked-output", "analitika/pazaryeri_komisyon.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["import os\\n", "print('anahtar:', os.environ['TRENDYOL_API_SECRET'][:4] + '****')\\n"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["anahtar: Xk2p****\\n"]}],
   "execution_count": 2
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("markdown/decoy-revoked-note", "docs/notas-de-la-reunion-2026-11.md", "https://www.markdownguide.org/basic-syntax/", """# Reunion del 11 de Noviembre

- El token del bot de Slack ke estava en las notas de Oktubre fue revokado i kitado.
- El muevo token esta en Bitwarden ("Slack / livrero").
- Rivka va mandar el ONIX a dos distribuidores muevos (Madrid, Tel Aviv).
- Kafe: el de Balat sige siendo el mijor.
""")

add("dockerfile/decoy-arg-no-default", "livreria-front/Dockerfile.ci", "https://docs.docker.com/build/building/variables/", """FROM node:20-alpine
ARG NPM_TOKEN
WORKDIR /app
COPY package*.json .npmrc.ci ./
RUN NPM_TOKEN=$NPM_TOKEN npm ci --userconfig .npmrc.ci
COPY . .
RUN npm run build
""")

add("npmrc/decoy-env-var", "livreria-front/.npmrc.ci", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """@sefaradi:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
fund=false
""")

add("java/decoy-hash-compare", "edi-gateway/src/main/java/tr/kumkapi/edi/WebhookDogrula.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/MessageDigest.html", """package tr.kumkapi.edi;

import java.security.MessageDigest;

// Partnerin gonderdigi imzayi dogrula (anahtar ortamdan: EDI_WEBHOOK_KEY)
final class WebhookDogrula {
    static final String ORNEK_IMZA = "sha256=@@h@@"; // dokumandaki ornek
    static boolean esit(byte[] a, byte[] b) { return MessageDigest.isEqual(a, b); }
}
""", h=sha256())

add("yaml/decoy-prometheus", "ops/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: depo-api
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/depo_api_password
    static_configs:
      - targets: ["10.20.0.30:8080", "10.30.0.30:8080"]
""")

add("text/decoy-license-key-format", "notas/lisanslar.txt", "https://www.logo.com.tr/", """LISANSLAR (2026)
- LOGO Tiger 3: lisans dosyasi sunucuda (C:\\LOGO\\lisans.lic), anahtar bayide
- Adobe InDesign (editorial): 3 koltuk, hesap yonetimi admin.adobe.com
- Windows Server: KMS (volume) - anahtar yok
- Bitwarden Teams: 8 kullanici
""")

add("ansible/decoy-vault-id", "ansible/ansible.cfg", "https://docs.ansible.com/ansible/latest/reference_appendices/config.html", """[defaults]
inventory = inventory/hosts.ini
vault_identity_list = prod@~/.ansible/vault_pass_prod
host_key_checking = True
remote_user = yonetici
""")

add("python/decoy-hmac-verify", "livreria_site/pagos/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """import os

import stripe

# el sekreto del webhook esta en el entorno (STRIPE_WEBHOOK_SECRET), no aki
def verifikar(payload: bytes, firma: str):
    return stripe.Webhook.construct_event(payload, firma, os.environ["STRIPE_WEBHOOK_SECRET"])
""")

add("xml/decoy-android-manifest", "depo-app/app/src/main/AndroidManifest.xml", "https://developer.android.com/guide/topics/manifest/manifest-intro", """<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.CAMERA" />
    <application android:label="Depo">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${DIRECTIONS_KEY}" />
        <activity android:name=".BarkodOkuActivity" android:exported="true" />
    </application>
</manifest>
""")

add("shell/decoy-vault-cli", "scripts/deploy_erp.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """#!/usr/bin/env bash
# ERP deploy: sifreler Vault'tan
set -euo pipefail
export ERP_DB_PASSWORD="$(vault kv get -field=sifre kv/erp/db)"
export EFATURA_SIFRE="$(vault kv get -field=sifre kv/efatura)"
docker compose -f /srv/erp/compose.yml up -d
""")

add("markdown/decoy-test-cards", "docs/pagos-proba.md", "https://docs.stripe.com/testing", """# Probar los pagos (modo test)

Uza las kartas de proba de Stripe:

| Karta | Rezultado |
|---|---|
| 4242 4242 4242 4242 | pago akseptado |
| 4000 0000 0000 9995 | fondos insufizientes |

Kualker fecha futura i kualker CVC (ej. 123).
""")

add("go/decoy-uuid-ids", "stok-api/internal/urun/sabitler.go", "https://pkg.go.dev/github.com/google/uuid", """package urun

// Kategori kimlikleri (veritabanindaki sabit kayitlar)
const (
	KategoriSaten  = "@@u1@@"
	KategoriKadife = "@@u2@@"
	KategoriIpek   = "@@u3@@"
)
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("compose/decoy-secrets-file", "livreria-shop/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """services:
  db:
    image: mariadb:11
    environment:
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")
add("netrc/decoy-empty-password", "ops/notes/netrc-ornek", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# ornek ~/.netrc - sifreyi kendi makinenizde doldurun
machine dav.livreria-sefaradi.example
  login editorial
  password
machine nexus.kumkapitekstil.example
  login <kullanici>
""")

add("json/decoy-docker-credstore", "ops/notes/docker-config-laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.kumkapitekstil.example": {},
    "ghcr.io": {}
  },
  "credsStore": "desktop"
}
""")

add("yaml/decoy-kubeconfig-exec", "ops/kube/config-livreria", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: livreria-doks
    cluster: { server: "https://k8s-livreria.fra1.example:443" }
users:
  - name: moshe
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: doctl
        args: [kubernetes, cluster, kubeconfig, exec-credential, livreria-doks]
current-context: livreria-doks
""")

add("ini/decoy-rclone-env", "ops/rclone/rclone.conf.example", "https://rclone.org/docs/#environment-variables", """# Las klaves vienen de RCLONE_CONFIG_B2_MANUSKRITOS_ACCOUNT i _KEY
[b2-manuskritos]
type = b2
account =
key =
hard_delete = false
""")

add("log/decoy-smtp-redacted", "logs/postfix-2026-11-30.log", "http://www.postfix.org/DEBUG_README.html", """Nov 30 10:01:12 posta postfix/smtp[5120]: connect to smtp.zoho.eu[185.0.0.1]:587
Nov 30 10:01:13 posta postfix/smtp[5120]: > AUTH PLAIN ****************
Nov 30 10:01:13 posta postfix/smtp[5120]: < 235 Authentication successful
Nov 30 10:01:14 posta postfix/smtp[5120]: 7B1E2D: to=<meldador@example.org>, status=sent
Nov 30 10:01:14 posta postfix/qmgr[880]: 7B1E2D: removed
""")

assert 130 <= sum(case.secret is not None for case in CASES) <= 140 and _SEED[0] < 7500000
