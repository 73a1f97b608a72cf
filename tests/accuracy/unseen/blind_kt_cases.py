"""Blind set KT: a Samoan-speaking team running tapa-cloth (siapo) workshops and village fishing
co-operatives.

Booking sites for siapo workshops, an online shop for tapa and fala, catch-log apps and alert bots
for the fishing co-operatives, their configs, deployments, notes and runbooks (comments and notes
partly in Samoan), and their decoys. Generated fakes only (seeds 6010000-6019999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import Callable, List, Optional, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LOW, SEED_HIGH = 6010000, 6019999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


SAMOAN_WORDS = ["Siapo", "Tanoa", "Malaga", "Faiva", "Upega", "Matagi", "Galu", "Fetu", "Lagi", "Niu",
                "Fala", "Ulu", "Masina", "Tautai", "Lupe", "Tuna", "Ava", "Tiale", "Moana", "Laumei"]


def pw() -> str:
    r = _rng()
    return r.choice(SAMOAN_WORDS) + r.choice("!#%*@$") + r.choice(SAMOAN_WORDS) + str(r.randint(10, 9999))


def upw() -> str:
    """A password that stays valid in a URL's userinfo."""
    r = _rng()
    return r.choice(SAMOAN_WORDS) + r.choice("-_.") + r.choice(SAMOAN_WORDS).lower() + str(r.randint(100, 99999))


def rpw(n: int = 22) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


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


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def jwt(sub: str) -> str:
    r = _rng()
    head = b64url('{"alg":"RS256","kid":"' + "".join(r.choice(ALNUM) for _ in range(20)) + '"}')
    body = b64url('{"iss":"kubernetes/serviceaccount","sub":"' + sub + '","iat":' + str(r.randint(1600000000, 1750000000)) + "}")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(86))
    return f"{head}.{body}.{sig}"


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64_body(lines: int, width: int = 64) -> str:
    r = _rng()
    return "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(width)) for _ in range(lines))


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    fields.setdefault("secret", secret or "")
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", str(value))
    assert "@@" not in text, (file_name, text[text.index("@@"):text.index("@@") + 30])
    assert category.startswith("blind-kt/")
    CASES.append(LabelledCase(category, file_name, text, secret, source))


VILLAGES = [("falealupo", "Falealupo"), ("manono", "Manono"), ("poutasi", "Poutasi")]
PEOPLE = ["Sina", "Tavita", "Losa", "Ioane", "Malia", "Pita", "Mele", "Fetu", "Iosefa", "Lagi", "Tasi", "Ana"]
NOTES = [
    "Fa'amolemole aua le fa'asoaina i fafo atu o le komiti.",
    "Manatua: sui lenei ki pe a mae'a le vaitau o faiva.",
    "E na'o Tavita ma Sina e mafai ona suia lenei faatulagaga.",
    "Aua ne'i tu'uina i le WhatsApp a le aiga.",
    "Fa'afetai i le lagolago a le komiti o tama'ita'i.",
    "O lenei faila e mo le galuega a le fale siapo.",
]
FISH = ["atu", "malauli", "filoa", "tifitifi", "ula", "fee", "malie", "gatala"]


def common(i: int, j: int, secret: Optional[str]) -> dict:
    vslug, vname = VILLAGES[i]
    s = secret or ""
    half = len(s) // 2
    return dict(
        v=vslug, V=vname, p=PEOPLE[(i * 5 + j) % len(PEOPLE)], p2=PEOPLE[(i * 5 + j + 3) % len(PEOPLE)],
        note=NOTES[(i + j) % len(NOTES)], fish=FISH[(i * 3 + j) % len(FISH)], fish2=FISH[(i * 3 + j + 1) % len(FISH)],
        enc=b64(s), s1=s[:half], s2=s[half:],
        pem4="\n".join("    " + line for line in s.splitlines()),
        pem6="\n".join("      " + line for line in s.splitlines()),
        akid=fakes.aws_key_id(_seed()), day=str(1 + (i * 7 + j) % 28).zfill(2), port=str(5432 + i),
        hex40=hexs(40), hex40b=hexs(40), uuid=uuid_s(), uuid2=uuid_s(), encuser=b64("komiti"), hexsid=hexs(32),
        certbody="\n".join("      " + line for line in cert_pem().splitlines()),
        cert=cert_pem(), sha=hexs(64), sha2=hexs(64), sha3=hexs(64), md5=hexs(32), shaL=hexs(64), shaR=hexs(64),
        pk=fakes.fake("pk_live_", 99, _seed()), mapbox="pk.eyJ1Ijoic2lhcG8iLCJhIjoi" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22),
        sops=fakes.drawn(_seed(), 28), sopsiv=b64(fakes.drawn(_seed(), 24))[:32], sopstag=b64(fakes.drawn(_seed(), 16)),
        vault="\n".join(hexs(80) for _ in range(5)),
        sshpub="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/"),
        tail4=fakes.drawn(_seed(), 4), gid=str(random.Random(_seed()).randint(10**14, 10**15)),
        integrity="sha512-" + b64(fakes.drawn(_seed(), 64))[:86] + "==",
    )


def cert_pem() -> str:
    return "-----BEGIN CERTIFICATE-----\nMIID" + b64_body(1, 60) + "\n" + b64_body(8) + "\n" + b64_body(1, 28) + "=\n-----END CERTIFICATE-----"


Template = Tuple[str, str, str, str, Callable[[], str]]

SECRETS: List[Template] = [
    ("blind-kt/python/django-secret-key", "{v}-siapo-booking/siapo/settings.py",
     "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
     '''"""Faatulagaga mo le upega tafa'ilagi o aoaoga siapo i @@V@@."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# @@note@@
SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["siapo-@@v@@.ws", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "bookings",  # tusi igoa mo aoaoga
]

LANGUAGE_CODE = "sm"
TIME_ZONE = "Pacific/Apia"
''', lambda: fakes.django_secret_key(_seed())),

    ("blind-kt/env/stripe-live", "{v}-tapa-shop/.env",
     "https://docs.stripe.com/keys",
     '''# Faleoloa siapo ma fala - @@V@@
# @@note@@
NODE_ENV=production
SHOP_CURRENCY=WST
SHOP_NAME="Siapo o @@V@@"
STRIPE_SECRET_KEY=@@secret@@
SHIPPING_FROM=Apia
ORDER_EMAIL=oka@siapo-@@v@@.ws
''', lambda: fakes.fake("sk_live_", 24, _seed())),

    ("blind-kt/k8s-secret/postgres-password", "{v}-catchlog/k8s/db-secret.yaml",
     "https://kubernetes.io/docs/concepts/configuration/secret/",
     '''# Upu fa'alilolilo o le database o faiva a @@V@@
apiVersion: v1
kind: Secret
metadata:
  name: catchlog-db
  namespace: faiva-@@v@@
  labels:
    app: catchlog
type: Opaque
data:
  POSTGRES_USER: @@encuser@@
  POSTGRES_PASSWORD: @@enc@@
''', lambda: pw()),

    ("blind-kt/javascript/sendgrid", "{v}-siapo-booking/server/mailer.js",
     "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/quickstart-nodejs",
     '''// Imeli fa'amaonia mo tagata e tusi igoa i aoaoga siapo
const sgMail = require("@sendgrid/mail");

// @@note@@
sgMail.setApiKey("@@secret@@");

async function sendConfirmation(booking) {
  const msg = {
    to: booking.email,
    from: "aoaoga@siapo-@@v@@.ws",
    subject: "Fa'amaonia: aoaoga siapo i @@V@@",
    text: `Talofa ${booking.name}, ua fa'amaonia lou nofoa i le aso ${booking.date}.`,
  };
  await sgMail.send(msg);
}

module.exports = { sendConfirmation };
''', sendgrid),

    ("blind-kt/go/telegram-bot", "{v}-faiva-bot/main.go",
     "https://core.telegram.org/bots/api#authorizing-your-bot",
     '''package main

// Bot e fa'ailoa atu le tau o le sami ma le i'a na maua i le komiti o faiva a @@V@@.

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const botToken = "@@secret@@" // @@note@@

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("Ua saini i totonu e pei o %s", bot.Self.UserName)
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil {
			continue
		}
		reply := tgbotapi.NewMessage(update.Message.Chat.ID, "Talofa! Ua maua le @@fish@@ i le taeao.")
		bot.Send(reply)
	}
}
''', lambda: fakes.telegram_token(_seed())),

    ("blind-kt/shell-history/aws-secret-key", "{v}-ops/home/@@p@@/.bash_history",
     "https://docs.aws.amazon.com/cli/latest/reference/configure/set.html",
     '''cd ~/catchlog
git pull
aws --version
aws configure set aws_access_key_id @@akid@@
aws configure set aws_secret_access_key @@secret@@
aws configure set region ap-southeast-2
aws s3 ls s3://faiva-@@v@@-ata/
aws s3 cp ./ata/ s3://faiva-@@v@@-ata/2024/ --recursive
history | tail
''', lambda: fakes.aws_secret_key(_seed())),

    ("blind-kt/terraform/aws-secret-key", "{v}-infra/providers.tf",
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration",
     '''# Fa'atulagaga o le AWS mo faleoloa siapo - @@V@@
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "ap-southeast-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@" # TODO: aveese a'o le'i lafo
}

resource "aws_s3_bucket" "ata_siapo" {
  bucket = "siapo-@@v@@-ata"
}
''', lambda: fakes.aws_secret_key(_seed())),

    ("blind-kt/compose/postgres-password", "{v}-catchlog/docker-compose.yml",
     "https://hub.docker.com/_/postgres",
     '''# Tusi o faiva - le database ma le API
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: faiva
      POSTGRES_USER: komiti
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - faiva-data:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    ports:
      - "8080:8080"
volumes:
  faiva-data: {}
''', lambda: pw()),

    ("blind-kt/properties/jdbc-password", "{v}-coop-ledger/src/main/resources/application.properties",
     "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
     '''# Tusi tupe a le komiti o faiva - @@V@@
server.port=8081
spring.datasource.url=jdbc:mysql://db.faiva-@@v@@.local:3306/tupe
spring.datasource.username=ledger
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
# @@note@@
app.currency=WST
''', lambda: pw()),

    ("blind-kt/json/sqlserver-connection", "{v}-workshop-api/appsettings.Production.json",
     "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
     '''{
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  },
  "ConnectionStrings": {
    "Aoaoga": "Server=tcp:siapo-@@v@@.database.windows.net,1433;Database=aoaoga;User ID=siapoadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Workshop": {
    "Village": "@@V@@",
    "MaxSeats": 12
  }
}
''', lambda: pw()),

    ("blind-kt/php/mysql-password", "{v}-tapa-shop/includes/db.php",
     "https://www.php.net/manual/en/mysqli.construct.php",
     '''<?php
// Feso'ota'iga i le database o le faleoloa siapo (@@V@@)
// @@note@@
$db_host = 'localhost';
$db_user = 'faleoloa';
$db_pass = '@@secret@@';
$db_name = 'siapo_shop';

$mysqli = new mysqli($db_host, $db_user, $db_pass, $db_name);
if ($mysqli->connect_errno) {
    error_log("Le mafai ona feso'ota'i: " . $mysqli->connect_error);
    exit("Fa'amolemole toe taumafai mulimuli ane.");
}
$mysqli->set_charset('utf8mb4');
''', lambda: pw()),

    ("blind-kt/ruby/mailgun-key", "{v}-siapo-booking/config/environments/production.rb",
     "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/",
     '''Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  # Imeli mo aoaoga siapo i @@V@@
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.siapo-@@v@@.ws",
  }
  config.action_mailer.default_url_options = { host: "siapo-@@v@@.ws" }
  config.log_level = :info
end
''', lambda: "key-" + hexs(32)),

    ("blind-kt/rust/gitlab-token", "{v}-catch-sync/src/upload.rs",
     "https://docs.gitlab.com/user/profile/personal_access_tokens/",
     '''//! Lafo lipoti o faiva i le GitLab package registry a le komiti.
use reqwest::blocking::Client;

// @@note@@
const GITLAB_TOKEN: &str = "@@secret@@";
const PROJECT: u32 = 48213;

pub fn upload_report(path: &str, body: Vec<u8>) -> reqwest::Result<()> {
    let url = format!(
        "https://gitlab.com/api/v4/projects/{}/packages/generic/lipoti-@@v@@/1.0/{}",
        PROJECT, path
    );
    Client::new()
        .put(url)
        .header("PRIVATE-TOKEN", GITLAB_TOKEN)
        .body(body)
        .send()?
        .error_for_status()?;
    Ok(())
}
''', lambda: fakes.fake("glpat-", 20, _seed())),

    ("blind-kt/swift/openai-key", "{v}-upu-app/Upu/Config.swift",
     "https://platform.openai.com/docs/api-reference/authentication",
     '''//  Config.swift
//  Upu - fesoasoani i le faaliliuga o tala o siapo i le gagana Samoa

import Foundation

enum Config {
    // @@note@@
    static let openAIKey = "@@secret@@"
    static let model = "gpt-4o-mini"
    static let village = "@@V@@"
}
''', lambda: fakes.openai_key(_seed())),

    ("blind-kt/powershell/azure-client-secret", "{v}-ops/scripts/Deploy-Shop.ps1",
     "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount",
     '''# Lafo le faleoloa siapo i Azure - @@V@@
param([string]$Slot = "production")

$tenantId = "@@uuid@@"
$appId = "a3c1f9e2-55b0-4d6e-9a1c-7e2f0b4d8c61"
# @@note@@
$clientSecret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $clientSecret)
Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred

Publish-AzWebApp -ResourceGroupName "rg-siapo-@@v@@" -Name "siapo-@@v@@" -ArchivePath .\\dist.zip
Write-Host "Ua mae'a ona lafo i le $Slot"
''', azure_secret),

    ("blind-kt/markdown/router-password", "{v}-notes/fale-siapo-wifi.md",
     "https://www.markdownguide.org/basic-syntax/",
     '''# Fale siapo o @@V@@ - Initaneti

O le router e i le potu o tusi, i tafatafa o le tanoa.

- Igoa o le feso'otaiga: `FaleSiapo-@@V@@`
- Tuatusi o le router: http://192.168.8.1
- Igoa o le pule: `admin`
- Upu fa'alilolilo a le pule (admin): `@@secret@@`

@@note@@

Afai e motusia le initaneti, tape le router mo le 30 sekone ona toe ki lea.
Fa'afeso'ota'i @@p@@ pe a le toe lelei.
''', lambda: pw()),

    ("blind-kt/markdown/table-password", "{v}-notes/komiti-faiva-accounts.md",
     "https://www.markdownguide.org/extended-syntax/#tables",
     '''# Komiti o faiva a @@V@@ - lisi o auaunaga

| Auaunaga | Igoa | Upu fa'alilolilo | Tagata e tausia |
|----------|------|------------------|-----------------|
| Tusi o faiva (web) | komiti@@v@@ | `@@secret@@` | @@p@@ |
| Facebook page | (va'ai @@p2@@) | - | @@p2@@ |
| Email | faiva@@@v@@.ws | o lo'o i le password manager | @@p@@ |

@@note@@
''', lambda: pw()),

    ("blind-kt/ini/pypi-token", "{v}-ops/home/@@p@@/.pypirc",
     "https://packaging.python.org/en/latest/specifications/pypirc/",
     '''# lafo le siapo-patterns i PyPI
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', lambda: fakes.pypi_token(_seed())),

    ("blind-kt/npmrc/npm-token", "{v}-tapa-shop/.npmrc",
     "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
     '''# faleoloa siapo - @@V@@
@siapo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
''', lambda: fakes.fake("npm_", 36, _seed())),

    ("blind-kt/github-actions/slack-webhook", "{v}-catchlog/.github/workflows/deploy.yml",
     "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
     '''name: Lafo le tusi o faiva
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
      - name: Fa'ailoa i le komiti
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Ua lafo le tusi o faiva a @@V@@"}' "$SLACK_WEBHOOK_URL"
''', slack_webhook),

    ("blind-kt/gitlab-ci/registry-password", "{v}-workshop-api/.gitlab-ci.yml",
     "https://docs.gitlab.com/ci/yaml/",
     '''stages: [build, deploy]

# Fausia le ata o le API o aoaoga siapo
build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u siapo-@@v@@ -p '@@secret@@' registry.siapo-@@v@@.ws
    - docker build -t registry.siapo-@@v@@.ws/workshop-api:$CI_COMMIT_SHORT_SHA .
    - docker push registry.siapo-@@v@@.ws/workshop-api:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ./deploy.sh $CI_COMMIT_SHORT_SHA
  only: [main]
''', lambda: pw()),

    ("blind-kt/dockerfile/github-token", "{v}-catch-sync/Dockerfile",
     "https://docs.docker.com/reference/dockerfile/#env",
     '''FROM python:3.12-slim
# Ata o le catch-sync mo le komiti o faiva a @@V@@
WORKDIR /app
ENV GITHUB_TOKEN=@@secret@@
RUN pip install --no-cache-dir git+https://${GITHUB_TOKEN}@github.com/faiva-@@v@@/tusi-faiva.git
COPY . .
CMD ["python", "-m", "catch_sync"]
''', lambda: fakes.github_token(_seed())),

    ("blind-kt/ansible/become-password", "{v}-infra/group_vars/fale_siapo.yml",
     "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
     '''---
# Komepiuta i le fale siapo o @@V@@
ansible_user: siapo
ansible_become: true
ansible_become_password: "@@secret@@"
timezone: Pacific/Apia
packages:
  - cups
  - libreoffice
# @@note@@
''', lambda: pw()),

    ("blind-kt/helm/redis-password", "{v}-catchlog/charts/catchlog/values.yaml",
     "https://artifacthub.io/packages/helm/bitnami/redis",
     '''replicaCount: 2
image:
  repository: ghcr.io/faiva-@@v@@/catchlog
  tag: "1.4.2"
# Redis mo le lisi o faiva o le aso
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
ingress:
  enabled: true
  hosts:
    - host: faiva-@@v@@.ws
      paths: ["/"]
''', lambda: fakes.redis_password(_seed())),

    ("blind-kt/toml/mailchimp-key", "{v}-siapo-site/config.toml",
     "https://mailchimp.com/developer/marketing/guides/quick-start/",
     '''baseURL = "https://siapo-@@v@@.ws/"
languageCode = "sm"
title = "Siapo o @@V@@"

[params]
  description = "Aoaoga siapo ma fala i @@V@@"
  # lisi o imeli o tala fou
  mailchimpApiKey = "@@secret@@"
  mailchimpList = "b41f9c02e7"
''', lambda: hexs(32) + "-us21"),

    ("blind-kt/xml/maven-password", "{v}-coop-ledger/settings.xml",
     "https://maven.apache.org/settings.html#servers",
     '''<?xml version="1.0" encoding="UTF-8"?>
<!-- Tusi tupe a le komiti: upload i le Nexus -->
<settings>
  <servers>
    <server>
      <id>faiva-releases</id>
      <username>deploy-@@v@@</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
''', lambda: pw()),

    ("blind-kt/kotlin/twilio-token", "{v}-faiva-android/app/src/main/java/ws/faiva/SmsAlerts.kt",
     "https://www.twilio.com/docs/iam/api/authtoken",
     '''package ws.faiva

import com.twilio.Twilio
import com.twilio.rest.api.v2010.account.Message
import com.twilio.type.PhoneNumber

// Lafo SMS i tautai pe a leaga le tau - @@V@@
object SmsAlerts {
    private const val ACCOUNT_SID = "AC@@hexsid@@"
    private const val AUTH_TOKEN = "@@secret@@"

    fun warn(to: String, text: String) {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN)
        Message.creator(PhoneNumber(to), PhoneNumber("+68577"), "Lapata'iga: $text").create()
    }
}
''', lambda: hexs(32)),

    ("blind-kt/json/discord-webhook", "{v}-faiva-bot/config.json",
     "https://discord.com/developers/docs/resources/webhook",
     '''{
  "village": "@@V@@",
  "channels": {
    "faiva": "@@secret@@"
  },
  "quiet_hours": ["22:00", "05:00"],
  "language": "sm",
  "species": ["@@fish@@", "@@fish2@@"]
}
''', discord_webhook),

    ("blind-kt/sql/create-user-password", "{v}-catchlog/db/002_roles.sql",
     "https://www.postgresql.org/docs/current/sql-createrole.html",
     '''-- Tagata fa'aaoga mo le lipoti o faiva (@@V@@)
-- @@note@@
CREATE ROLE lipoti WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE faiva TO lipoti;
GRANT USAGE ON SCHEMA public TO lipoti;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO lipoti;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO lipoti;
''', lambda: pw()),

    ("blind-kt/log/postgres-url", "{v}-catchlog/logs/api-2024-03-@@day@@.log",
     "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
     '''2024-03-@@day@@T05:12:01Z INFO  catchlog starting (village=@@V@@)
2024-03-@@day@@T05:12:01Z DEBUG config loaded from /etc/catchlog/env
2024-03-@@day@@T05:12:02Z DEBUG connecting to postgresql://komiti:@@secret@@@db.faiva-@@v@@.local:5432/faiva
2024-03-@@day@@T05:12:02Z INFO  database ready
2024-03-@@day@@T05:30:44Z INFO  POST /faiva 201 species=@@fish@@ kg=12.5
2024-03-@@day@@T05:41:10Z INFO  POST /faiva 201 species=@@fish2@@ kg=4.0
''', upw),

    ("blind-kt/csv/portal-password", "{v}-notes/export/auaunaga.csv",
     "https://www.rfc-editor.org/rfc/rfc4180",
     '''auaunaga,url,igoa,upu_faalilolilo,faamatalaga
faleoloa siapo,https://siapo-@@v@@.ws/admin,pule,,o loo i le password manager
tusi o faiva,https://faiva-@@v@@.ws/login,komiti,@@secret@@,mo le lipoti o le vaiaso
facebook,https://facebook.com/siapo@@v@@,,,
banka,https://ib.anz.com/ws,,,ua na o @@p@@
''', lambda: pw()),

    ("blind-kt/notebook/huggingface-token", "{v}-ata-siapo/mamanu_classifier.ipynb",
     "https://huggingface.co/docs/hub/security-tokens",
     '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Fa'avasega mamanu o siapo (@@V@@)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@secret@@\\")\\n",
    "from datasets import load_dataset\\n",
    "ds = load_dataset(\\"siapo-@@v@@/mamanu\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', lambda: fakes.fake("hf_", 34, _seed())),

    ("blind-kt/html/basic-auth", "{v}-siapo-site/admin/index.html",
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#basic_authentication_scheme",
     '''<!DOCTYPE html>
<html lang="sm">
<head><meta charset="utf-8"><title>Pule - Siapo o @@V@@</title></head>
<body>
  <h1>Lisi o tusi igoa i aoaoga</h1>
  <table id="lisi"></table>
  <script>
    // @@note@@
    fetch("/api/bookings", {
      headers: { "Authorization": "Basic @@secret@@" }
    })
      .then((r) => r.json())
      .then((rows) => {
        document.getElementById("lisi").innerHTML = rows
          .map((b) => `<tr><td>${b.name}</td><td>${b.date}</td></tr>`).join("");
      });
  </script>
</body>
</html>
''', lambda: b64("pule:" + pw())),

    ("blind-kt/rst/redis-url", "{v}-catchlog/docs/deploy.rst",
     "https://redis.io/docs/latest/develop/clients/redis-py/",
     '''Lafo le tusi o faiva
====================

1. Ulufale i le server::

     ssh komiti@faiva-@@v@@.ws

2. Seti le Redis (lisi o le aso)::

     export REDIS_URL=redis://:@@secret@@@127.0.0.1:6379/0

3. Toe amata le auaunaga::

     sudo systemctl restart catchlog

.. note:: @@note@@
''', lambda: fakes.redis_password(_seed())),

    ("blind-kt/ssh-key/openssh-private-key", "{v}-ops/keys/deploy_faiva",
     "https://man.openbsd.org/ssh-keygen",
     "@@secret@@\n", lambda: fakes.fake_pem(_seed(), "OPENSSH")),

    ("blind-kt/helm/tls-private-key", "{v}-tapa-shop/deploy/values-prod.yaml",
     "https://kubernetes.io/docs/concepts/services-networking/ingress/#tls",
     '''# Faleoloa siapo - @@V@@ (production)
ingress:
  host: siapo-@@v@@.ws
  tls:
    crt: |
@@certbody@@
    key: |
@@pem6@@
''', lambda: fakes.fake_pem(_seed(), "RSA")),

    ("blind-kt/python/slack-bot-split", "{v}-faiva-bot/notify.py",
     "https://api.slack.com/authentication/token-types#bot",
     '''"""Fa'ailoa i le Slack a le komiti o faiva a @@V@@."""
from slack_sdk import WebClient

# @@note@@
SLACK_BOT_TOKEN = ("@@s1@@"
                   "@@s2@@")

client = WebClient(token=SLACK_BOT_TOKEN)


def post_catch(species: str, kg: float) -> None:
    client.chat_postMessage(channel="#faiva", text=f"Ua maua {kg} kg o le {species}")
''', slack_bot),

    ("blind-kt/shell/pgpass-heredoc", "{v}-ops/scripts/setup-backup.sh",
     "https://www.postgresql.org/docs/current/libpq-pgpass.html",
     '''#!/usr/bin/env bash
# Seti le backup o le database o faiva (@@V@@)
set -euo pipefail

cat > ~/.pgpass <<EOF
db.faiva-@@v@@.local:5432:faiva:backup:@@secret@@
EOF
chmod 600 ~/.pgpass

echo "0 2 * * * pg_dump -h db.faiva-@@v@@.local -U backup faiva | gzip > /backup/faiva-\\$(date +%F).sql.gz" | crontab -
echo "Ua seti le backup"
''', lambda: pw()),

    ("blind-kt/wiki/ftp-password", "{v}-wiki/Fale_Siapo_Upega_Tafailagi.wiki",
     "https://www.mediawiki.org/wiki/Help:Formatting",
     """== Upega tafa'ilagi o le fale siapo ==
O le upega tafa'ilagi e tausia e @@p@@.

=== Fa'afou ata ===
* Tuatusi FTP: ftp.siapo-@@v@@.ws
* Igoa: '''siapoftp'''
* Upu fa'alilolilo: <code>@@secret@@</code>
* Tu'u ata i le fa'ailoga <code>/public_html/ata</code>

@@note@@
""", lambda: pw()),

    ("blind-kt/netrc/password", "{v}-ops/home/@@p@@/.netrc",
     "https://everything.curl.dev/usingcurl/netrc.html",
     '''machine files.siapo-@@v@@.ws
  login komiti
  password @@secret@@
machine github.com
  login @@p@@
''', lambda: rpw(20)),

    ("blind-kt/ini/s3cfg-secret-key", "{v}-ops/home/@@p@@/.s3cfg",
     "https://s3tools.org/kb/item14.htm",
     '''[default]
access_key = @@akid@@
secret_key = @@secret@@
bucket_location = ap-southeast-2
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
''', lambda: fakes.aws_secret_key(_seed())),

    ("blind-kt/kubeconfig/sa-token", "{v}-ops/kube/faiva-config",
     "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
     '''apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://k8s.faiva-@@v@@.ws:6443
  name: faiva
contexts:
- context:
    cluster: faiva
    user: ci-deploy
    namespace: faiva-@@v@@
  name: faiva
current-context: faiva
users:
- name: ci-deploy
  user:
    token: @@secret@@
''', lambda: jwt("system:serviceaccount:faiva:ci-deploy")),

    ("blind-kt/go/mongodb-uri", "{v}-catch-sync/store/mongo.go",
     "https://www.mongodb.com/docs/manual/reference/connection-string/",
     '''package store

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Faamaumau faiva uma o le aso i le Atlas (@@V@@)
const uri = "mongodb+srv://faiva:@@secret@@@cluster0.faiva@@v@@.mongodb.net/?retryWrites=true"

func Connect(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
''', upw),

    ("blind-kt/typescript/shopify-token", "{v}-tapa-shop/src/shopify.ts",
     "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
     '''// Feso'ota'iga ma le Shopify o le faleoloa siapo (@@V@@)
const SHOP = "siapo-@@v@@.myshopify.com";
const ADMIN_TOKEN = "@@secret@@"; // @@note@@

export async function listOrders(): Promise<unknown> {
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/orders.json?status=open`, {
    headers: { "X-Shopify-Access-Token": ADMIN_TOKEN },
  });
  if (!res.ok) throw new Error(`Shopify: ${res.status}`);
  return res.json();
}
''', lambda: "shpat_" + hexs(32)),

    ("blind-kt/typescript/json-in-string", "{v}-siapo-booking/src/config.ts",
     "https://documentation.mailgun.com/docs/mailgun/api-reference/",
     '''// Faatulagaga o imeli - @@V@@
const raw = process.env.MAIL_CONFIG ??
  '{"provider":"mailgun","domain":"mg.siapo-@@v@@.ws","apiKey":"@@secret@@"}';

export const mailConfig: { provider: string; domain: string; apiKey: string } = JSON.parse(raw);
export const fromAddress = "aoaoga@siapo-@@v@@.ws";
''', lambda: "key-" + hexs(32)),

    ("blind-kt/env/openai-key", "{v}-upu-app/server/.env.production",
     "https://platform.openai.com/docs/quickstart",
     '''# Upu - faaliliuga o tala o siapo
PORT=3000
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
DEFAULT_LANG=sm
# @@note@@
''', lambda: fakes.openai_key(_seed())),

    ("blind-kt/properties/keystore-password", "{v}-faiva-android/gradle.properties",
     "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
     '''org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Saini o le app Faiva (@@V@@)
FAIVA_STORE_FILE=../keys/faiva-release.jks
FAIVA_KEY_ALIAS=faiva
FAIVA_STORE_PASSWORD=@@secret@@
''', lambda: pw()),

    ("blind-kt/csharp/azure-storage-key", "{v}-workshop-api/Services/PhotoStore.cs",
     "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
     '''using Azure.Storage.Blobs;

namespace Aoaoga.Services
{
    // Teu ata o siapo na faia i aoaoga (@@V@@)
    public class PhotoStore
    {
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=siapo@@v@@;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container = new BlobContainerClient(Conn, "ata");

        public async Task SaveAsync(string name, Stream data)
        {
            await _container.UploadBlobAsync(name, data);
        }
    }
}
''', azure_storage_key),

    ("blind-kt/markdown/runbook-sentence", "{v}-notes/runbook-faiva.md",
     "https://www.markdownguide.org/basic-syntax/",
     '''# Runbook - Tusi o faiva (@@V@@)

## Pe a motusia le API
1. Siaki le `systemctl status catchlog`.
2. Afai o le database, ulufale i ai e fa'aaoga le tagata `komiti`; o lona upu fa'alilolilo o le
   **@@secret@@** (na suia e @@p@@ ia Mati).
3. Toe amata: `sudo systemctl restart catchlog`.

## Lipoti o le vaiaso
Lafo i le komiti i Aso Faraile ae le'i oo i le 4 i le afiafi.
''', lambda: pw()),

    ("blind-kt/yaml/stripe-restricted", "{v}-tapa-shop/config/payments.yml",
     "https://docs.stripe.com/keys#limit-access",
     '''# Totogi mo siapo ma fala - @@V@@
payments:
  provider: stripe
  currency: wst
  stripe:
    restricted_key: @@secret@@
    statement_descriptor: "SIAPO @@V@@"
  refunds:
    allowed_days: 14
''', lambda: fakes.fake("rk_live_", 99, _seed())),
]

DECOYS: List[Tuple[str, str, str, str]] = [
    ("blind-kt/env/decoy-placeholder", "{v}-tapa-shop/.env.example",
     "https://docs.stripe.com/keys",
     '''# Kopi lenei faila i le .env ona faatumu lea (aua le commit le .env moni)
NODE_ENV=development
SHOP_CURRENCY=WST
SHOP_NAME="Siapo o @@V@@"
STRIPE_SECRET_KEY=sk_live_...your-key-here...
STRIPE_WEBHOOK_SECRET=whsec_<faatumu>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/siapo_shop
ORDER_EMAIL=oka@siapo-@@v@@.ws
'''),

    ("blind-kt/compose/decoy-env-reference", "{v}-catchlog/docker-compose.prod.yml",
     "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
     '''# Tusi o faiva (production) - upu fa'alilolilo e sau mai le .env i luga o le server
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: faiva
      POSTGRES_USER: ${POSTGRES_USER:-komiti}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?seti le POSTGRES_PASSWORD}
  api:
    image: ghcr.io/faiva-@@v@@/catchlog:1.4.2
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/faiva
      SLACK_WEBHOOK_URL: ${SLACK_WEBHOOK_URL}
'''),

    ("blind-kt/k8s/decoy-secret-ref", "{v}-catchlog/k8s/deployment.yaml",
     "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
     '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: catchlog
  namespace: faiva-@@v@@
spec:
  replicas: 2
  selector:
    matchLabels: {app: catchlog}
  template:
    metadata:
      labels: {app: catchlog}
    spec:
      containers:
        - name: api
          image: ghcr.io/faiva-@@v@@/catchlog:1.4.2
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: {name: catchlog-db, key: POSTGRES_PASSWORD}
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: faiva-bot, key: token}
'''),

    ("blind-kt/python/decoy-environ", "{v}-faiva-bot/settings.py",
     "https://docs.python.org/3/library/os.html#os.environ",
     '''"""Faatulagaga o le bot o faiva a @@V@@: ki uma e sau mai le siosiomaga."""
import os

# @@note@@
TELEGRAM_TOKEN = os.environ["TELEGRAM_TOKEN"]
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "")
DATABASE_PASSWORD = os.getenv("DATABASE_PASSWORD")
API_SECRET_KEY = os.environ.get("API_SECRET_KEY", "dev-only-change-me")
VILLAGE = "@@V@@"
'''),

    ("blind-kt/markdown/decoy-redacted", "{v}-notes/fonotaga-komiti-@@day@@.md",
     "https://www.markdownguide.org/basic-syntax/",
     '''# Fonotaga a le komiti o faiva - @@V@@

Sa auai: @@p@@, @@p2@@, ma le failautusi.

## Mataupu
- Ua suia le upu fa'alilolilo o le tusi o faiva. Upu fou: `************` (ua aveese; fesili ia @@p@@).
- Ki o le Stripe mo le faleoloa: `sk_live_…[REDACTED]`
- O le Telegram bot token ua teu i le 1Password, vault "Komiti".

## Faiva o le masina
| I'a | kg |
|-----|----|
| @@fish@@ | 340 |
| @@fish2@@ | 122 |
'''),

    ("blind-kt/terraform/decoy-secrets-manager", "{v}-infra/database.tf",
     "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
     '''# Database o faiva - o le upu fa'alilolilo e teu i Secrets Manager
variable "db_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "faiva_db" {
  secret_id = "faiva-@@v@@/db-password"
}

resource "aws_db_instance" "faiva" {
  identifier        = "faiva-@@v@@"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "komiti"
  password          = data.aws_secretsmanager_secret_version.faiva_db.secret_string
}
'''),

    ("blind-kt/json/decoy-publishable-key", "{v}-tapa-shop/public/shop-config.json",
     "https://docs.stripe.com/keys#obtain-api-keys",
     '''{
  "shop": "Siapo o @@V@@",
  "currency": "WST",
  "stripePublishableKey": "@@pk@@",
  "mapboxPublicToken": "@@mapbox@@",
  "languages": ["sm", "en"],
  "pickup": "Fale siapo, @@V@@"
}
'''),

    ("blind-kt/text/decoy-checksums", "{v}-ata-siapo/SHA256SUMS",
     "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
     '''@@sha@@  mamanu_classifier-1.2.0.tar.gz
@@sha2@@  mamanu_classifier-1.2.0-py3-none-any.whl
@@sha3@@  mamanu_weights_v3.onnx
@@shaL@@  mamanu_labels.csv
@@shaR@@  README.sm.md
'''),

    ("blind-kt/json/decoy-lock-integrity", "{v}-siapo-booking/package-lock.json",
     "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
     '''{
  "name": "siapo-booking-@@v@@",
  "version": "2.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "@@integrity@@"
    }
  }
}
'''),

    ("blind-kt/text/decoy-git-log", "{v}-notes/suiga-@@day@@.txt",
     "https://git-scm.com/docs/git-log",
     '''commit @@hex40@@
Author: @@p@@ <@@p@@@siapo-@@v@@.ws>
Date:   Tue Mar @@day@@ 09:14:02 2024 +1300

    Aveese le ki o le Stripe mai le faila; faaaoga le STRIPE_SECRET_KEY mai le siosiomaga

commit @@hex40b@@
Author: @@p2@@ <@@p2@@@siapo-@@v@@.ws>
Date:   Mon Mar 11 17:40:55 2024 +1300

    Faaopoopo le lisi o mamanu o siapo
'''),

    ("blind-kt/markdown/decoy-doc-example", "{v}-infra/README.md",
     "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
     '''# Faatulagaga o le AWS mo le faleoloa siapo

Fa'atumu lau lava ki e pei ona i le fa'ata'ita'iga a le AWS (aua le fa'aaogaina nei ki):

```
aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-2
```

Ona tamoe lea o le `terraform init && terraform plan`. Fesili ia @@p@@ mo le avanoa.
'''),

    ("blind-kt/ssh/decoy-public-key", "{v}-ops/authorized_keys",
     "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
     '''# Ki lautele o tagata e mafai ona ulufale i le server o faiva (@@V@@)
@@sshpub@@ @@p@@@laptop
# @@p2@@ - na faaopoopo ia Mati
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq2h7kZ1m9xVqYtR4s8bN0cLw3dFe6uJpHgTa5iK0Mz @@p2@@@fale-siapo
# ci
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBx9Fk2LmQp7Rt4Wv6Ys1Nh3Jd8Ge0Ua5Tc2Zo9Xi4Er github-actions
'''),

    ("blind-kt/pem/decoy-certificate", "{v}-tapa-shop/deploy/siapo-@@v@@.crt",
     "https://www.rfc-editor.org/rfc/rfc7468#section-5",
     '''# Tusi faamaonia lautele (public) o siapo-@@v@@.ws - e le o se ki fa'alilolilo
@@cert@@
'''),

    ("blind-kt/yaml/decoy-sops-ciphertext", "{v}-catchlog/secrets.enc.yaml",
     "https://github.com/getsops/sops#encrypting-using-age",
     '''database:
    password: ENC[AES256_GCM,data:@@sops@@,iv:@@sopsiv@@,tag:@@sopstag@@,type:str]
telegram:
    token: ENC[AES256_GCM,data:@@sops@@Zq==,iv:@@sopsiv@@,tag:@@sopstag@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-03-@@day@@T04:10:22Z"
    mac: ENC[AES256_GCM,data:@@sops@@,iv:@@sopsiv@@,tag:@@sopstag@@,type:str]
    version: 3.8.1
'''),

    ("blind-kt/ansible/decoy-vault-ciphertext", "{v}-infra/group_vars/vault.yml",
     "https://docs.ansible.com/ansible/latest/vault_guide/index.html",
     '''$ANSIBLE_VAULT;1.1;AES256
@@vault@@
'''),

    ("blind-kt/python/decoy-test-fixture", "{v}-faiva-bot/tests/test_notify.py",
     "https://docs.pytest.org/en/stable/how-to/fixtures.html",
     '''"""Su'ega o le notify: e le'i fa'aaogaina ni ki moni (pepelo uma)."""
import pytest

from notify import post_catch

FAKE_TOKEN = "xoxb-not-a-real-token-for-tests"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", FAKE_TOKEN)
    sent = []
    monkeypatch.setattr("notify.client.chat_postMessage", lambda **kw: sent.append(kw))
    return sent


def test_post_catch(client):
    post_catch("@@fish@@", 12.5)
    assert client[0]["channel"] == "#faiva"
'''),

    ("blind-kt/yaml/decoy-ids", "{v}-workshop-api/config/identity.yml",
     "https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols",
     '''# Saini i totonu ma le Microsoft mo le au faiaoga siapo (@@V@@)
auth:
  tenant_id: @@uuid@@
  client_id: @@uuid2@@
  authority: https://login.microsoftonline.com/@@uuid@@
  redirect_uri: https://siapo-@@v@@.ws/signin-oidc
  client_secret_source: keyvault://kv-siapo-@@v@@/aoaoga-client-secret
analytics:
  google_measurement_id: G-7QK2M9XH4T
'''),

    ("blind-kt/github-actions/decoy-secrets-context", "{v}-tapa-shop/.github/workflows/release.yml",
     "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
     '''name: Lafo le faleoloa
on:
  push:
    tags: ["v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm run build
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - name: Fa'ailoa i le Discord
        run: curl -sf -X POST -d '{"content":"Ua lafo"}' "${{ secrets.DISCORD_WEBHOOK }}"
'''),

    ("blind-kt/powershell/decoy-secure-prompt", "{v}-ops/scripts/Reset-AdminPassword.ps1",
     "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host",
     '''# Sui le upu fa'alilolilo o le pule o le faleoloa siapo (@@V@@)
param([string]$User = "pule")

$new = Read-Host -Prompt "Upu fa'alilolilo fou mo $User" -AsSecureString
$stored = Get-Secret -Name "siapo-@@v@@-admin" -Vault KomitiVault
if (-not $stored) {
    Write-Warning "Leai se mea i le vault"
}
Set-Secret -Name "siapo-@@v@@-admin" -Secret $new -Vault KomitiVault
Write-Host "Ua suia. Aua le tusia i se pepa."
'''),

    ("blind-kt/go/decoy-vault-path", "{v}-catch-sync/config/secrets.go",
     "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2",
     '''package config

import (
	"context"
	"os"

	vault "github.com/hashicorp/vault/api"
)

// O ki uma e teu i le Vault; leai se ki i lenei faila (@@V@@).
const secretPath = "faiva-@@v@@/data/catch-sync"

func MongoPassword(ctx context.Context) (string, error) {
	client, err := vault.NewClient(vault.DefaultConfig())
	if err != nil {
		return "", err
	}
	client.SetToken(os.Getenv("VAULT_TOKEN"))
	s, err := client.KVv2("faiva-@@v@@").Get(ctx, "catch-sync")
	if err != nil {
		return "", err
	}
	return s.Data["mongo_password"].(string), nil
}
'''),

    ("blind-kt/java/decoy-property-placeholder", "{v}-coop-ledger/src/main/java/ws/faiva/ledger/DbConfig.java",
     "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html",
     '''package ws.faiva.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

// Tusi tupe a le komiti o faiva (@@V@@): upu fa'alilolilo mai le ${DB_PASSWORD}
@Configuration
public class DbConfig {
    @Value("${spring.datasource.password}")
    private String password;

    @Value("${app.stripe.secret-key:}")
    private String stripeKey;

    public boolean hasStripe() {
        return stripeKey != null && !stripeKey.isBlank();
    }
}
'''),

    ("blind-kt/json/decoy-integrated-security", "{v}-workshop-api/appsettings.json",
     "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax",
     '''{
  "ConnectionStrings": {
    "Aoaoga": "Server=(localdb)\\\\MSSQLLocalDB;Database=aoaoga;Integrated Security=true;TrustServerCertificate=true",
    "Ata": "UseDevelopmentStorage=true"
  },
  "Stripe": {
    "SecretKey": "",
    "PublishableKey": "@@pk@@"
  },
  "Workshop": { "Village": "@@V@@", "MaxSeats": 12 }
}
'''),

    ("blind-kt/php/decoy-getenv", "{v}-tapa-shop/includes/config.php",
     "https://www.php.net/manual/en/function.getenv.php",
     '''<?php
// Faatulagaga o le faleoloa siapo (@@V@@) - ki mai le siosiomaga
return [
    'db' => [
        'host' => getenv('DB_HOST') ?: 'localhost',
        'user' => getenv('DB_USER') ?: 'faleoloa',
        'pass' => getenv('DB_PASS'),
    ],
    'stripe_secret' => $_ENV['STRIPE_SECRET_KEY'] ?? null,
    'mail_password' => '********',
    'currency' => 'WST',
];
'''),

    ("blind-kt/log/decoy-masked-token", "{v}-faiva-bot/logs/bot-2024-04-@@day@@.log",
     "https://core.telegram.org/bots/api#getme",
     '''2024-04-@@day@@ 05:00:01 INFO  faiva-bot starting, village=@@V@@
2024-04-@@day@@ 05:00:01 INFO  token loaded from env TELEGRAM_TOKEN (len=46, ends ...@@tail4@@)
2024-04-@@day@@ 05:00:02 INFO  github token ghp_************************@@tail4@@ accepted
2024-04-@@day@@ 05:00:02 INFO  getMe ok: @faiva_@@v@@_bot (id @@gid@@)
2024-04-@@day@@ 05:12:40 INFO  sent alert "Lapata'iga: matagi malosi" to 41 tautai
2024-04-@@day@@ 06:02:13 WARN  retry sendMessage chat=-100@@gid@@ (429)
'''),

    ("blind-kt/csv/decoy-licence-ids", "{v}-notes/export/tautai.csv",
     "https://www.rfc-editor.org/rfc/rfc4180",
     '''igoa,vaa,laisene,tusi_faamaonia_sha256
@@p@@,Alia Moana,FV-@@day@@-0012,@@sha@@
@@p2@@,Lupe o le Sami,FV-@@day@@-0031,@@sha2@@
Tasi,Tautai Toa,FV-@@day@@-0044,@@sha3@@
Ana,Fetu o Ata,FV-@@day@@-0059,@@md5@@@@md5@@
'''),

    ("blind-kt/html/decoy-your-api-key", "{v}-siapo-site/docs/api.html",
     "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization",
     '''<!DOCTYPE html>
<html lang="sm">
<head><meta charset="utf-8"><title>API o aoaoga siapo</title></head>
<body>
  <h1>API o aoaoga siapo - @@V@@</h1>
  <p>Fa'aaoga lau lava ki. Fa'ata'ita'iga:</p>
  <pre>curl -H "Authorization: Bearer YOUR_API_KEY" https://siapo-@@v@@.ws/api/bookings</pre>
  <p>Sui le <code>YOUR_API_KEY</code> i le ki e te maua mai le itulau o lou account.</p>
  <p>O le upu fa'alilolilo e le o se <code>password123</code> - filifili se upu malosi.</p>
</body>
</html>
'''),

    ("blind-kt/rst/decoy-angle-placeholder", "{v}-catchlog/docs/setup.rst",
     "https://docutils.sourceforge.io/docs/user/rst/quickref.html",
     '''Seti le tusi o faiva i lau komepiuta
===================================

Seti ki i le siosiomaga::

   export TELEGRAM_TOKEN=<token mai le @BotFather>
   export DATABASE_URL=postgresql://komiti:<upu-faalilolilo>@localhost:5432/faiva
   export AWS_SECRET_ACCESS_KEY=<mai le 1Password>

Ona tamoe lea::

   python -m catchlog --village @@v@@

.. warning:: Aua le tusia ni ki moni i lenei pepa.
'''),

    ("blind-kt/shell-history/decoy-prompted", "{v}-ops/home/@@p2@@/.zsh_history",
     "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read",
     ''': 1710200000:0;cd ~/catchlog
: 1710200004:0;read -s PGPASSWORD
: 1710200011:0;export PGPASSWORD
: 1710200015:0;psql -h db.faiva-@@v@@.local -U komiti faiva
: 1710200090:0;vault kv get -field=token faiva-@@v@@/telegram
: 1710200120:0;op read "op://Komiti/Stripe/secret key" >/dev/null
: 1710200200:0;git status
'''),

    ("blind-kt/ini/decoy-empty-values", "{v}-coop-ledger/ledger.ini",
     "https://docs.python.org/3/library/configparser.html",
     '''; Tusi tupe a le komiti o faiva - @@V@@
[database]
host = db.faiva-@@v@@.local
user = ledger
password =
password_file = /run/secrets/ledger_db_password

[mail]
smtp_host = smtp.siapo-@@v@@.ws
smtp_user = tupe@siapo-@@v@@.ws
smtp_password = ${SMTP_PASSWORD}
'''),

    ("blind-kt/notebook/decoy-getpass", "{v}-ata-siapo/lipoti_faiva.ipynb",
     "https://docs.python.org/3/library/getpass.html",
     '''{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Lipoti o faiva o le masina (@@V@@)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "token = os.environ.get(\\"HF_TOKEN\\") or getpass.getpass(\\"HF token: \\")\\n",
    "import pandas as pd\\n",
    "df = pd.read_csv(\\"faiva_@@v@@.csv\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''),
]


# Files only one village's team wrote (each made once).
EXTRA_SECRETS: List[Template] = [
    ("blind-kt/git-config/token-in-remote", "{v}-catchlog/.git/config",
     "https://git-scm.com/docs/git-config",
     '''[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://@@p@@:@@secret@@@github.com/faiva-@@v@@/catchlog.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
''', lambda: fakes.github_fine_grained_token(_seed())),

    ("blind-kt/systemd/environment-password", "{v}-ops/systemd/catchlog.service",
     "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
     '''[Unit]
Description=Tusi o faiva (@@V@@)
After=network-online.target postgresql.service

[Service]
User=catchlog
WorkingDirectory=/opt/catchlog
Environment="DATABASE_URL=postgresql://komiti:@@secret@@@localhost:5432/faiva"
Environment=LANG=sm_WS.UTF-8
ExecStart=/opt/catchlog/venv/bin/gunicorn catchlog.wsgi -b 127.0.0.1:8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', upw),

    ("blind-kt/jenkinsfile/sonar-token", "{v}-coop-ledger/Jenkinsfile",
     "https://docs.sonarsource.com/sonarqube-server/latest/analyzing-source-code/scanners/jenkins-extension-sonarqube/",
     '''pipeline {
    agent any
    // Tusi tupe a le komiti: su'ega ma le SonarQube
    environment {
        SONAR_TOKEN = '@@secret@@'
    }
    stages {
        stage('Build') {
            steps { sh './mvnw -B verify' }
        }
        stage('Sonar') {
            steps {
                sh "./mvnw sonar:sonar -Dsonar.host.url=https://sonar.faiva-@@v@@.ws -Dsonar.token=${SONAR_TOKEN}"
            }
        }
    }
}
''', lambda: "squ_" + hexs(40)),

    ("blind-kt/tfvars/cloudflare-token", "{v}-infra/prod.auto.tfvars",
     "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
     '''# Taua mo le production - faleoloa siapo (@@V@@)
domain              = "siapo-@@v@@.ws"
region              = "ap-southeast-2"
cloudflare_zone_id  = "@@md5@@"
cloudflare_api_token = "@@secret@@"
instance_type       = "t4g.small"
''', lambda: fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")),

    ("blind-kt/xml/webconfig-smtp-password", "{v}-workshop-api/Web.config",
     "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings",
     '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Imeli mo aoaoga siapo (@@V@@) -->
  <system.net>
    <mailSettings>
      <smtp from="aoaoga@siapo-@@v@@.ws" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="aoaoga@siapo-@@v@@.ws" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
''', lambda: pw()),

    ("blind-kt/shell/curl-bearer", "{v}-notes/tala-fesili-api.md",
     "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api",
     '''# Fesili i le API o GitHub (mo le lipoti o le komiti)

Na ou fa'ata'ita'ia nanei ma lo'u token (@@p@@):

```bash
curl -H "Authorization: Bearer @@secret@@" \\
     https://api.github.com/repos/faiva-@@v@@/catchlog/issues?state=open
```

Afai e 401, ua uma le taimi o le token; fai se mea fou i Settings > Developer settings.
''', lambda: fakes.github_token(_seed())),

    ("blind-kt/php/wp-config-password", "{v}-siapo-site/wp-config.php",
     "https://developer.wordpress.org/apis/wp-config-php/",
     '''<?php
/** Upega tafa'ilagi o siapo o @@V@@ */
define( 'DB_NAME', 'siapo_wp' );
define( 'DB_USER', 'siapo_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', lambda: pw()),

    ("blind-kt/crontab/mysqldump-password", "{v}-ops/crontab.txt",
     "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html",
     '''# Backup o le faleoloa siapo i po uma (@@V@@)
MAILTO=@@p@@@siapo-@@v@@.ws
30 1 * * * mysqldump -u faleoloa -p'@@secret@@' siapo_shop | gzip > /backup/shop-$(date +\\%F).sql.gz
0 3 * * 0 find /backup -name 'shop-*.sql.gz' -mtime +30 -delete
15 6 * * * /opt/catchlog/bin/lipoti --village @@v@@
''', lambda: pw()),

    ("blind-kt/yaml/spring-rabbitmq-password", "{v}-coop-ledger/src/main/resources/application-prod.yml",
     "https://docs.spring.io/spring-boot/reference/messaging/amqp.html",
     '''# Tusi tupe a le komiti (production)
spring:
  rabbitmq:
    host: mq.faiva-@@v@@.local
    port: 5672
    username: ledger
    password: '@@secret@@'
  datasource:
    url: jdbc:mysql://db.faiva-@@v@@.local:3306/tupe
    username: ledger
    password: ${LEDGER_DB_PASSWORD}
''', lambda: rpw(24)),

    ("blind-kt/javascript/sendgrid-split", "{v}-upu-app/functions/sendgrid.js",
     "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
     '''// Cloud function: lafo imeli pe a fa'amaonia se oka siapo
const functions = require("firebase-functions");
const sg = require("@sendgrid/mail");

const KEY = [
  "@@s1@@",
  "@@s2@@",
].join("");
sg.setApiKey(KEY);

exports.onOrder = functions.firestore.document("oka/{id}").onCreate(async (snap) => {
  const oka = snap.data();
  await sg.send({ to: oka.email, from: "oka@siapo-@@v@@.ws", subject: "Fa'afetai mo lau oka" });
});
''', sendgrid),
]

EXTRA_DECOYS: List[Tuple[str, str, str, str]] = [
    ("blind-kt/jenkinsfile/decoy-with-credentials", "{v}-catchlog/Jenkinsfile",
     "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
     '''pipeline {
    agent any
    stages {
        stage('Lafo') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'faiva-registry',
                                                  usernameVariable: 'REG_USER',
                                                  passwordVariable: 'REG_PASS')]) {
                    sh 'echo "$REG_PASS" | docker login -u "$REG_USER" --password-stdin registry.faiva-@@v@@.ws'
                    sh 'docker push registry.faiva-@@v@@.ws/catchlog:latest'
                }
            }
        }
    }
}
'''),

    ("blind-kt/makefile/decoy-variable", "{v}-ata-siapo/Makefile",
     "https://www.gnu.org/software/make/manual/html_node/Environment.html",
     '''# Fausia ma lafo le mamanu_classifier
HF_TOKEN ?= $(shell cat ~/.cache/huggingface/token 2>/dev/null)
TWINE_PASSWORD ?= $(PYPI_TOKEN)

build:
\tpython -m build

upload: build
\ttwine upload -u __token__ -p "$(TWINE_PASSWORD)" dist/*

push-model:
\thuggingface-cli upload siapo-@@v@@/mamanu ./weights --token "$(HF_TOKEN)"
'''),

    ("blind-kt/tfvars/decoy-placeholder", "{v}-infra/example.tfvars",
     "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
     '''# Kopi i le prod.auto.tfvars ona faatumu lea (aua le commit)
domain               = "siapo-@@v@@.ws"
region               = "ap-southeast-2"
cloudflare_zone_id   = "<zone id>"
cloudflare_api_token = "REPLACE_ME"
db_password          = ""
instance_type        = "t4g.small"
'''),

    ("blind-kt/git-config/decoy-credential-helper", "{v}-tapa-shop/.git/config",
     "https://git-scm.com/docs/gitcredentials",
     '''[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://github.com/siapo-@@v@@/tapa-shop.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[credential "https://github.com"]
	helper = !/usr/bin/gh auth git-credential
[user]
	name = @@p@@
	email = @@p@@@siapo-@@v@@.ws
'''),

    ("blind-kt/xml/decoy-webconfig-builder", "{v}-workshop-api/Web.Release.config",
     "https://learn.microsoft.com/en-us/aspnet/config/asp-net-configuration-builders",
     '''<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <!-- O upu fa'alilolilo e sau mai Key Vault (kv-siapo-@@v@@) -->
  <appSettings configBuilders="AzureKeyVault">
    <add key="SmtpPassword" value="set-by-keyvault" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="StripeSecretKey" value="" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
'''),

    ("blind-kt/swift/decoy-keychain", "{v}-upu-app/Upu/Secrets.swift",
     "https://developer.apple.com/documentation/security/keychain_services",
     '''//  Secrets.swift - ki o le API e teu i le Keychain, e le o i le code
import Foundation
import Security

enum Secrets {
    static let service = "ws.siapo.@@v@@.upu"

    static func apiKey() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: "openai",
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
'''),

    ("blind-kt/sql/decoy-password-hash", "{v}-catchlog/db/seed_users.sql",
     "https://www.postgresql.org/docs/current/pgcrypto.html",
     '''-- Tagata fa'aaoga muamua (upu fa'alilolilo e seti e le tagata lava ia i le saini muamua)
INSERT INTO users (email, role, password_hash, must_reset) VALUES
  ('@@p@@@faiva-@@v@@.ws', 'komiti', NULL, true),
  ('@@p2@@@faiva-@@v@@.ws', 'tautai', NULL, true);
-- sha256 o le lisi o tautai na fa'amaonia: @@sha@@
UPDATE settings SET value = '@@uuid@@' WHERE key = 'install_id';
'''),

    ("blind-kt/kotlin/decoy-buildconfig", "{v}-faiva-android/app/build.gradle.kts",
     "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
     '''plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ws.faiva"
    defaultConfig {
        applicationId = "ws.faiva.@@v@@"
        // ki mai le local.properties / CI, e le o i lenei faila
        buildConfigField("String", "TWILIO_SID", "\\"${project.findProperty("twilioSid") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${System.getenv("MAPS_KEY") ?: "MISSING"}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("FAIVA_STORE_PASSWORD")
            keyPassword = System.getenv("FAIVA_KEY_PASSWORD")
        }
    }
}
'''),
]


def _fill_name(pattern: str, fields: dict) -> str:
    name = pattern.format(v=fields["v"])
    for key, value in fields.items():
        name = name.replace(f"@@{key}@@", str(value))
    return name


def build() -> None:
    for i in range(len(VILLAGES)):
        for j, (category, pattern, source, text, gen) in enumerate(SECRETS):
            if i == 2 and j % 3 != 2:
                continue  # (the third village ships fewer of these)
            secret = gen()
            fields = common(i, j, secret)
            add(category, _fill_name(pattern, fields), source, text, secret, **fields)
        for j, (category, pattern, source, text) in enumerate(DECOYS):
            if i == 2 and j % 4 == 3:
                continue
            fields = common(i, j + 50, None)
            add(category, _fill_name(pattern, fields), source, text, None, **fields)
    for j, (category, pattern, source, text, gen) in enumerate(EXTRA_SECRETS):
        secret = gen()
        fields = common(j % 3, j + 100, secret)
        add(category, _fill_name(pattern, fields), source, text, secret, **fields)
    for j, (category, pattern, source, text) in enumerate(EXTRA_DECOYS):
        fields = common(j % 3, j + 150, None)
        add(category, _fill_name(pattern, fields), source, text, None, **fields)


build()
