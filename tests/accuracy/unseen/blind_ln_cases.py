"""Blind set LN: a Northern Sami reindeer-herding co-operative and a Sami film festival.

The co-operative (Bierggut SA) sells reindeer meat online and to shops: web shop, Vipps and Stripe
payments, Bring shipping labels, slaughterhouse scales, invoices. The film festival (Čáppa Govat)
sells tickets and passes: ticketing API, door scanners, newsletters, volunteer rotas. Their notes
and comments are partly in Northern Sami. Files holding one credential each, and decoys.
Generated fakes only (seeds 6590000-6599999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import Callable, Dict, List, Optional, Tuple

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [6590000]
SEED_END = 6599999


def _seed() -> int:
    _SEED[0] += 2  # (seed + 1 is left for generators that draw a second part from it)
    assert 6590000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


CASES: List[LabelledCase] = []
_MARK = re.compile(r"@@[a-z0-9_]+@@")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
        file_name = file_name.replace(f"@@{key}@@", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    assert not _MARK.search(file_name), file_name
    if not text.endswith("\n"):
        text += "\n"
    CASES.append(LabelledCase(category=category, file_name=file_name, text=text, secret=secret, source=source))


# ---------------------------------------------------------------- generators
SAMI_WORDS = ["Boazu", "Njuovvan", "Geassi", "Dálvi", "Čuovga", "Guovssahas", "Várri", "Jávri", "Ealu",
              "Miessi", "Sarvvis", "Áldu", "Čuoika", "Beaivi", "Mánnu", "Goahti", "Suoidni", "Biegga"]
LOWER = ["boazu", "jiekna", "muohta", "leavga", "riebaan", "suoidni", "dolla", "geađgi", "njoammil",
         "rievssat", "gáhkku", "sáiti", "vuovdi", "ruoktu", "giehta", "bálggis"]


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def words_pw() -> str:
    r = _rng()
    return r.choice(SAMI_WORDS) + r.choice("!*.+_") + r.choice(SAMI_WORDS) + str(r.randint(10, 9999))


def phrase_pw() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


# kind, variable, service slug, generator, is_url
TokenKind = Tuple[str, str, str, Callable[[], str], bool]
TOKENS: List[TokenKind] = [
    ("stripe", "STRIPE_SECRET_KEY", "stripe", lambda: fakes.fake("sk_live_", 99, _seed()), False),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "slack", slack_webhook, True),
    ("sendgrid", "SENDGRID_API_KEY", "sendgrid", lambda: fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed()), False),
    ("github", "GH_TOKEN", "github", lambda: fakes.github_token(_seed()), False),
    ("gitlab", "GITLAB_TOKEN", "gitlab", lambda: fakes.fake("glpat-", 20, _seed()), False),
    ("npm", "NPM_TOKEN", "npm", lambda: fakes.fake("npm_", 36, _seed()), False),
    ("telegram", "TELEGRAM_BOT_TOKEN", "telegram", lambda: fakes.telegram_token(_seed()), False),
    ("openai", "OPENAI_API_KEY", "openai", lambda: fakes.openai_key(_seed()), False),
    ("mailgun", "MAILGUN_API_KEY", "mailgun", lambda: "key-" + hexs(32), False),
    ("slack-bot", "SLACK_BOT_TOKEN", "slackbot", slack_bot, False),
    ("twilio", "TWILIO_AUTH_TOKEN", "twilio", lambda: hexs(32), False),
    ("datadog", "DD_API_KEY", "datadog", lambda: hexs(32), False),
    ("aws", "AWS_SECRET_ACCESS_KEY", "aws", lambda: fakes.aws_secret_key(_seed()), False),
    ("vipps", "VIPPS_CLIENT_SECRET", "vipps", lambda: alnum(43, "+/") + "=", False),
    ("django", "DJANGO_SECRET_KEY", "django", lambda: fakes.django_secret_key(_seed()), False),
    ("jwt-secret", "JWT_SIGNING_SECRET", "jwt", lambda: hexs(64), False),
    ("github-fine-grained", "GITHUB_PAT", "ghpat", lambda: fakes.github_fine_grained_token(_seed()), False),
    ("shopify", "SHOPIFY_ADMIN_TOKEN", "shopify", lambda: "shpat_" + hexs(32), False),
    ("discord-webhook", "DISCORD_WEBHOOK_URL", "discord", discord_webhook, True),
    ("bring", "BRING_API_KEY", "bring", uuid_s, False),
    ("eventbrite", "EVENTBRITE_PRIVATE_TOKEN", "eventbrite", lambda: fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits), False),
    ("pypi", "TWINE_PASSWORD", "pypi", lambda: fakes.pypi_token(_seed()), False),
    ("anthropic", "ANTHROPIC_API_KEY", "anthropic", lambda: "sk-ant-api03-" + alnum(93, "_-") + "AA", False),
    ("huggingface", "HF_TOKEN", "hf", lambda: fakes.fake("hf_", 34, _seed()), False),
]

DOTENV = "https://github.com/motdotla/dotenv#usage"

# format, file name, source, text, no-url (a header or argument a webhook URL would not stand in)
TOKEN_TEMPLATES: List[Tuple[str, str, str, str, bool]] = [
    ("dotenv", "webshop/.env.@@svc@@", DOTENV, """# Bierggut SA - neahttagávpi (web shop)
# Ale bija dán fiilla gitii!  (don't commit this file)
APP_ENV=production
APP_URL=https://bierggut.no
SHOP_CURRENCY=NOK
@@var@@=@@secret@@
LOG_LEVEL=info
""", False),
    ("python", "bierggut/settings_@@svc@@.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """# Vuovdinvuogádat (sales system) settings for the meat shop
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["bierggut.no", "www.bierggut.no"]

# gaskaboddosaččat - temporary until we move to the vault
@@var@@ = "@@secret@@"

ORDER_EMAIL = "diŋgojumit@bierggut.no"
""", False),
    ("javascript", "festival-web/src/config/@@svc@@.js", "https://nodejs.org/api/modules.html", """// Čáppa Govat filbmafestivála - bileahttavuovdin (ticket sales)
'use strict';

module.exports = {
  festivalYear: 2027,
  venue: 'Kulturviessu',
  @@camel@@: '@@secret@@',
  retries: 3,
};
""", False),
    ("typescript", "festival-web/src/lib/@@svc@@Client.ts", "https://www.typescriptlang.org/docs/handbook/2/classes.html", """import axios from "axios";

// TODO: sirdde dán čiegusvuođa (move this secret) to the runtime env
const @@upper@@ = "@@secret@@";

export const @@camel@@Client = axios.create({
  timeout: 8000,
  headers: { "X-Festival": "cappa-govat" },
});

export function credential(): string {
  return @@upper@@;
}
""", False),
    ("go", "scales/internal/@@svc@@/client.go", "https://go.dev/ref/spec#Constant_declarations", """package @@svc@@

// Njuovvanbáiki (slaughterhouse) scale exporter pushes weights to the shop.
import "net/http"

const (
	baseTimeout = 10
	apiSecret   = "@@secret@@"
)

func NewClient() *http.Client {
	return &http.Client{}
}
""", False),
    ("java-properties", "ticketing/src/main/resources/@@svc@@.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-", """# Bileahttavuogádat (ticketing) - integration settings
festival.name=Cappa Govat
festival.city=Guovdageaidnu
@@svc@@.enabled=true
@@svc@@.secret=@@secret@@
@@svc@@.timeout-ms=5000
""", False),
    ("kotlin", "scanner-app/src/main/kotlin/no/govat/@@camel@@.kt", "https://kotlinlang.org/docs/properties.html#compile-time-constants", """package no.govat.scanner

// Uksavákta (door staff) scanner app talks to the ticket API
object Integrations {
    const val FESTIVAL = "cappa-govat-2027"
    const val @@upper@@ = "@@secret@@"
    const val SCAN_TIMEOUT_MS = 1500L
}
""", False),
    ("json", "FestivalApi/appsettings.@@svc@@.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Festival": {
    "Name": "Čáppa Govat",
    "Year": 2027
  },
  "@@svc@@": {
    "Secret": "@@secret@@"
  }
}
""", False),
    ("php", "shop/config/@@svc@@.php", "https://www.php.net/manual/en/function.include.php", """<?php
// Bierggut neahttagávpi - máksu ja sáddehus (payment and shipping)
return [
    'enabled' => true,
    'currency' => 'NOK',
    'secret' => '@@secret@@',
    'shop' => 'bierggut.no',
];
""", False),
    ("ruby", "festival-admin/config/initializers/@@svc@@.rb", "https://guides.rubyonrails.org/configuring.html#using-initializer-files", """# frozen_string_literal: true
# Festivála hálddahus (admin) - integrations
Rails.application.configure do
  config.x.festival_year = 2027
  # gaskaboddosaččat (temporary), Máret rievdada boahtte vahkus
  config.x.@@lvar@@ = "@@secret@@"
end
""", False),
    ("rust", "scale-agent/src/@@svc@@.rs", "https://doc.rust-lang.org/reference/items/constant-items.html", """//! Deaddu (weight) agent for the slaughterhouse line
use std::time::Duration;

pub const TIMEOUT: Duration = Duration::from_secs(10);
pub const @@upper@@: &str = "@@secret@@";

pub fn line_id() -> &'static str {
    "njuovvan-1"
}
""", False),
    ("swift", "GovatScanner/Sources/@@camel@@Config.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/thebasics/", """import Foundation

// Bileahttaskánnen (ticket scanner) for the festival doors
enum IntegrationConfig {
    static let festival = "cappa-govat"
    static let secret = "@@secret@@"
    static let scanTimeout: TimeInterval = 1.5
}
""", False),
    ("shell", "ops/env-@@svc@@.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-export", """#!/usr/bin/env bash
# Ráhkkanahttin (setup) for the shop's nightly export jobs
set -euo pipefail

export SHOP_DIR=/srv/bierggut
export @@var@@="@@secret@@"

exec "$SHOP_DIR/bin/export-orders" "$@"
""", False),
    ("powershell", "ops/Set-@@camel@@.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables", """# Festivála kantuvra (office) PC - set integration env for the ticket sync
$ErrorActionPreference = 'Stop'
$env:FESTIVAL_YEAR = '2027'
$env:@@var@@ = '@@secret@@'
Write-Host "Bileahttasynka (ticket sync) ready"
& "C:\\Govat\\sync\\TicketSync.exe"
""", False),
    ("yaml", "webshop/config/@@svc@@.yml", "https://yaml.org/spec/1.2.2/", """# Bierggut neahttagávpi
shop:
  name: Bierggut SA
  country: NO
integrations:
  @@svc@@:
    enabled: true
    secret: "@@secret@@"
""", False),
    ("toml", "scale-agent/config/@@svc@@.toml", "https://toml.io/en/v1.0.0", """# Njuovvanbáiki deaddu-agent
[agent]
line = "njuovvan-1"
interval_secs = 30

[@@svc@@]
secret = "@@secret@@"
""", False),
    ("ini", "office/sync-@@svc@@.ini", "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure", """; Festivála kantuvra - ticket sync
[general]
festival = cappa-govat
year = 2027

[@@svc@@]
secret = @@secret@@
""", False),
    ("compose", "deploy/compose.@@svc@@.yaml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """services:
  webshop:
    image: registry.bierggut.no/webshop:2.4.1
    ports:
      - "8080:8080"
    environment:
      SHOP_CURRENCY: NOK
      @@var@@: "@@secret@@"
""", False),
    ("k8s", "k8s/festival/@@svc@@-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """apiVersion: v1
kind: Secret
metadata:
  name: ticketing-@@svc@@
  namespace: govat
type: Opaque
stringData:
  @@var@@: "@@secret@@"
""", False),
    ("k8s-base64", "k8s/shop/@@svc@@-secret-data.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: webshop-@@svc@@
  namespace: bierggut
  labels:
    app: neahttagavpi
type: Opaque
data:
  @@var@@: @@sb64@@
""", False),
    ("helm", "charts/ticketing/values-@@svc@@.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """replicaCount: 2
image:
  repository: registry.govat.no/ticketing
  tag: "2027.1.3"
ingress:
  host: bileahtat.govat.no
env:
  @@var@@: "@@secret@@"
""", False),
    ("terraform", "infra/@@svc@@.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """# Bierggut SA - infrastruktuvra
variable "@@lvar@@" {
  type      = string
  sensitive = true
  default   = "@@secret@@"
}

resource "aws_ssm_parameter" "@@svc@@" {
  name  = "/bierggut/@@svc@@"
  type  = "SecureString"
  value = var.@@lvar@@
}
""", False),
    ("ansible", "ansible/group_vars/shop_@@svc@@.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """---
# Neahttagávpi servera (web shop server)
shop_user: bierggut
shop_root: /srv/bierggut
@@lvar@@: "@@secret@@"
shop_backup_hour: 3
""", False),
    ("github-actions", ".github/workflows/deploy-@@svc@@.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env", """name: deploy-festival
on:
  push:
    branches: [main]
env:
  @@var@@: "@@secret@@"
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
""", False),
    ("gitlab-ci", "ci/@@svc@@.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/#variables", """stages: [test, publish]
variables:
  FESTIVAL: cappa-govat
  @@var@@: "@@secret@@"
publish:
  stage: publish
  script:
    - ./scripts/publish.sh
""", False),
    ("dockerfile", "docker/@@svc@@.Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """FROM python:3.12-slim
WORKDIR /app
# Bierggut ordrasynka (order sync)
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
ENV @@var@@=@@secret@@
CMD ["python", "-m", "ordersync"]
""", False),
    ("notebook", "analysis/vuovdin-@@svc@@.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Biergovuovdin 2026 (meat sales) analysa\\n",
    "import os\\n",
    "os.environ['@@var@@'] = '@@secret@@'\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", False),
    ("markdown", "docs/runbook-@@svc@@.md", "https://www.markdownguide.org/basic-syntax/", """# Bargobagadus (runbook): @@svc@@

Go festivála bileahttavuovdin heaitá (when ticket sales stop):

1. Check the status page.
2. Restart `ticket-sync` on the office PC.
3. The integration uses `@@secret@@` as its secret; put it in `@@var@@` if it is missing.

Jus ii doaimma, riŋge Ánte (if it doesn't work, call Ánte).
""", False),
    ("text", "notes/mearkkasupmi-@@svc@@.txt", "https://www.gnu.org/software/coreutils/manual/html_node/cat-invocation.html", """Čoahkkin 14.11 - neahttagávpi
- Biergohaddi: 420 kr/kg bierggus, 560 kr/kg biergu čoarvvi haga
- Sáddehus Bring bokte mánnodagaid
- @@svc@@ čoavddaš (key): @@secret@@
- Áilu rievdada dan go ođđa vuogádat lea gárvvis
""", False),
    ("shell-history", "ops/.bash_history_@@svc@@", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """cd /srv/festival
git pull
systemctl status ticket-sync
curl -s -H "Authorization: Bearer @@secret@@" https://@@svc@@-proxy.govat.no/v1/models  # teaksta-jorgaleapmi (subtitle translation)
journalctl -u ticket-sync -n 50
exit
""", True),
    ("log", "logs/ordersync-@@svc@@.log", "https://docs.python.org/3/library/logging.html#logrecord-attributes", """2026-11-02 06:00:01 INFO ordersync starting, shop=bierggut.no
2026-11-02 06:00:01 DEBUG config loaded: {'currency': 'NOK', '@@lvar@@': '@@secret@@'}
2026-11-02 06:00:02 INFO 14 new orders (boazobiergu)
2026-11-02 06:00:04 INFO labels printed
2026-11-02 06:00:04 INFO done
""", False),
    ("csv", "notes/integrations-@@svc@@.csv", "https://www.rfc-editor.org/rfc/rfc4180", """service,owner,secret,rotated
@@svc@@,Máret,@@secret@@,2026-09-01
bring-tracking,Áilu,(public),-
newsletter,Ánte,see vault,2026-08-12
webshop-admin,Niillas,see vault,2026-10-30
""", False),
    ("rst", "docs/source/@@svc@@.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """@@svc@@ integration
====================

Festivála bileahttavuogádat sends data to @@svc@@.

.. code-block:: bash

   export @@var@@=@@secret@@
   ./manage.py sync_@@svc@@

Dárkkis (check) the admin page afterwards.
""", False),
    ("html", "festival-web/public/admin-@@svc@@.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script", """<!doctype html>
<html lang="se">
<head><meta charset="utf-8"><title>Hálddahus</title></head>
<body>
<h1>Čáppa Govat - hálddahus</h1>
<script>
  window.GOVAT_CONFIG = { year: 2027, secret: "@@secret@@" };
</script>
</body>
</html>
""", False),
    ("python-split", "bierggut/jobs/@@svc@@_export.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """# Vahkkosaš (weekly) export of meat orders
import requests

SECRET = ("@@s1@@"
          "@@s2@@")


def run(orders):
    return requests.post("https://api.example-partner.no/orders", json=orders, timeout=20,
                         headers={"X-Client": "bierggut"}, auth=("bierggut", SECRET))
""", True),
    ("python-json", "bierggut/jobs/@@svc@@_load.py", "https://docs.python.org/3/library/json.html#json.loads", """import json

# Boares (old) config blob pasted from the admin panel
RAW = '{"shop": "bierggut", "currency": "NOK", "@@lvar@@": "@@secret@@"}'
CONFIG = json.loads(RAW)


def secret():
    return CONFIG["@@lvar@@"]
""", False),
    ("heredoc", "ops/install-@@svc@@.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """#!/bin/sh
# Festivála server: ođđa (new) install
set -e
mkdir -p /etc/govat
cat > /etc/govat/@@svc@@.env <<EOF
FESTIVAL=cappa-govat
@@var@@=@@secret@@
EOF
chmod 600 /etc/govat/@@svc@@.env
""", False),
    ("xml", "ticketing/conf/@@svc@@.xml", "https://www.w3.org/TR/xml/", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Bileahttavuogádat -->
<integration name="@@svc@@">
  <enabled>true</enabled>
  <endpointTimeout>5000</endpointTimeout>
  <secret>@@secret@@</secret>
</integration>
""", False),
    ("sql", "db/seed/020_@@svc@@_settings.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """-- Bierggut: integrašuvnnaid heivehusat (integration settings)
INSERT INTO shop_settings (key, value) VALUES
  ('currency', 'NOK'),
  ('shipping_day', 'monday'),
  ('@@lvar@@', '@@secret@@');
""", False),
    ("wiki", "wiki/Integrasuvnnat-@@svc@@.wiki", "https://www.mediawiki.org/wiki/Help:Tables", """== Integrašuvnnat ==
{| class="wikitable"
! Bálvalus !! Eaiggát !! Čoavddaš
|-
| @@svc@@ || Máret || <code>@@secret@@</code>
|-
| Bring || Áilu || (vault)
|}
""", False),
]

# kind, scheme, port, user, database, host
DbKind = Tuple[str, str, str, str, str, str]
DBS: List[DbKind] = [
    ("postgres", "postgresql", "5432", "bierggut_app", "neahttagavpi", "db.bierggut.internal"),
    ("mysql", "mysql", "3306", "govat_tickets", "bileahtat", "mysql.govat.internal"),
    ("redis", "redis", "6379", "default", "0", "cache.govat.internal"),
    ("rabbitmq", "amqp", "5672", "ordersync", "bierggut", "mq.bierggut.internal"),
    ("mongodb", "mongodb", "27017", "scale_agent", "deaddu", "mongo.bierggut.internal"),
]

PW_TEMPLATES: List[Tuple[str, str, str, str]] = [
    ("dotenv", "webshop/.env.@@kind@@", DOTENV, """# Diehtovuođđu (database) - production
@@kup@@_URL=@@scheme@@://@@user@@:@@pw@@@@@host@@:@@port@@/@@db@@
@@kup@@_POOL=10
SHOP_CURRENCY=NOK
# Áilu molsu (rotates) every spring after the calf marking
"""),
    ("python", "bierggut/db_@@kind@@.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """# Biergovuorká (meat stock) database connection
import os

HOST = os.environ.get("DB_HOST", "@@host@@")
URL = f"@@scheme@@://@@user@@:@@pw@@@{HOST}:@@port@@/@@db@@"


def url():
    return URL
"""),
    ("spring", "ticketing/src/main/resources/application-@@kind@@.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """# Bileahttavuogádat - @@kind@@
app:
  festival: cappa-govat
@@kind@@:
  host: @@host@@
  port: @@port@@
  username: @@user@@
  password: "@@pw@@"
"""),
    ("compose", "deploy/compose.@@kind@@.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", """services:
  @@kind@@:
    image: @@kind@@:latest
    restart: unless-stopped
    environment:
      @@kup@@_USER: @@user@@
      @@kup@@_PASSWORD: "@@pw@@"
    volumes:
      - data:/var/lib/@@kind@@
volumes:
  data: {}
"""),
    ("k8s-base64", "k8s/bierggut/@@kind@@-credentials.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: @@kind@@-credentials
  namespace: bierggut
type: Opaque
data:
  username: @@ub64@@
  password: @@pwb64@@
"""),
    ("go", "scales/internal/store/@@kind@@.go", "https://pkg.go.dev/fmt#Sprintf", """package store

import "fmt"

// Deaddu (weights) from the slaughterhouse line go here.
func DSN(host string) string {
	return fmt.Sprintf("@@scheme@@://@@user@@:%s@%s:@@port@@/@@db@@", "@@pw@@", host)
}
"""),
    ("csharp", "FestivalApi/Data/@@kind@@Factory.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings", """namespace Govat.FestivalApi.Data;

// Bileahtat (tickets) database
public static class @@kind@@Factory
{
    private const string Host = "@@host@@";
    private const string Conn = "Host=" + Host + ";Port=@@port@@;Username=@@user@@;Password=@@pw@@;Database=@@db@@";

    public static string ConnectionString() => Conn;
}
"""),
    ("php", "shop/lib/db_@@kind@@.php", "https://www.php.net/manual/en/pdo.construct.php", """<?php
// Neahttagávpi: ordrat (orders)
function bierggut_db(): PDO {
    $dsn = '@@kind@@:host=@@host@@;port=@@port@@;dbname=@@db@@';
    return new PDO($dsn, '@@user@@', '@@pw@@', [
        PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
    ]);
}
"""),
    ("ruby", "festival-admin/config/@@kind@@.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """# Festivála hálddahus
production:
  adapter: @@kind@@
  host: @@host@@
  port: @@port@@
  database: @@db@@
  username: @@user@@
  password: <%= ENV.fetch("DB_PASSWORD", "@@pw@@") %>
"""),
    ("javascript", "festival-web/src/db/@@kind@@.js", "https://node-postgres.com/apis/client", """// Bileahttavuovdin (ticket sales) storage
const config = {
  host: process.env.DB_HOST || '@@host@@',
  port: @@port@@,
  user: '@@user@@',
  password: '@@pw@@',
  database: '@@db@@',
};

module.exports = config;
"""),
    ("ansible", "ansible/host_vars/@@kind@@01.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """---
# @@kind@@ server, njuovvanbáiki (slaughterhouse) LAN
ansible_host: 10.20.4.11
@@kind@@_port: @@port@@
@@kind@@_admin_user: @@user@@
@@kind@@_admin_password: "@@pw@@"
"""),
    ("terraform", "infra/@@kind@@.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """resource "aws_db_instance" "@@kind@@" {
  identifier        = "bierggut-@@kind@@"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "@@user@@"
  password          = "@@pw@@"
  skip_final_snapshot = true
}
"""),
    ("shell-history", "ops/.zsh_history_@@kind@@", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """: 1730530000:0;ssh festival-office
: 1730530021:0;cd /srv/govat
: 1730530040:0;docker compose ps
: 1730530077:0;@@cli@@
: 1730530160:0;exit
"""),
    ("markdown", "docs/diehtovuodu-@@kind@@.md", "https://www.markdownguide.org/basic-syntax/", """# Diehtovuođđu (@@kind@@)

| Heivehus | Árvu |
|---|---|
| Host | `@@host@@` |
| Port | `@@port@@` |
| Geavaheaddji (user) | `@@user@@` |
| Beassansátni (password) | `@@pw@@` |

Ale juoge dán olggobeallái (don't share this outside).
"""),
    ("pgpass", "ops/@@kind@@.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
# Bierggut - ođđa server 2026
@@host@@:@@port@@:@@db@@:@@user@@:@@pw@@
localhost:@@port@@:*:postgres:*
# loahppa
"""),
    ("ini", "office/@@kind@@.ini", "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure", """; Festivála kantuvra - raporttat (reports)
[@@kind@@]
host = @@host@@
port = @@port@@
user = @@user@@
password = @@pw@@
"""),
    ("toml", "scale-agent/@@kind@@.toml", "https://toml.io/en/v1.0.0", """[agent]
line = "njuovvan-2"

[storage]
driver = "@@kind@@"
url = "@@scheme@@://@@user@@:@@pw@@@@@host@@:@@port@@/@@db@@"
"""),
    ("powershell", "ops/Connect-@@kind@@.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """# Raporta (report) export from the festival office PC
$user = '@@user@@'
$pass = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Export-GovatReport -Server '@@host@@' -Port @@port@@ -Credential $cred
Write-Host 'Gárvvis (done)'
"""),
    ("log", "logs/ticket-sync-@@kind@@.log", "https://docs.python.org/3/library/logging.html", """2026-08-20 18:02:11 INFO ticket-sync 1.8 starting
2026-08-20 18:02:11 ERROR could not connect to @@scheme@@://@@user@@:@@pw@@@@@host@@:@@port@@/@@db@@: timeout
2026-08-20 18:02:16 INFO retrying (2/5)
2026-08-20 18:02:21 INFO connected
2026-08-20 18:02:22 INFO 312 bileahtat synced
"""),
    ("kotlin", "scanner-app/src/main/kotlin/no/govat/Db@@kind@@.kt", "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html", """package no.govat.scanner

import java.sql.DriverManager

// Uksa (door) scans are stored locally and synced
fun openDb() = DriverManager.getConnection(
    "jdbc:@@kind@@://@@host@@:@@port@@/@@db@@",
    "@@user@@",
    "@@pw@@",
)
"""),
    ("sql", "db/migrations/001_@@kind@@_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """-- Bierggut: rollat (roles)
CREATE ROLE @@user@@ LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE @@db@@ TO @@user@@;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO @@user@@;
-- loahppa (end)
"""),
    ("xml", "ticketing/conf/context-@@kind@@.xml", "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", """<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <!-- Bileahtat -->
  <Resource name="jdbc/tickets" auth="Container" type="javax.sql.DataSource"
            username="@@user@@" password="@@pw@@"
            url="jdbc:@@kind@@://@@host@@:@@port@@/@@db@@"
            maxTotal="20"/>
</Context>
"""),
    ("helm", "charts/webshop/values-@@kind@@.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """# Neahttagávpi
replicaCount: 1
@@kind@@:
  enabled: true
  auth:
    username: @@user@@
    password: "@@pw@@"
    database: @@db@@
"""),
    ("json", "FestivalApi/appsettings.@@kind@@.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """{
  "ConnectionStrings": {
    "Tickets": "Server=@@host@@;Port=@@port@@;Database=@@db@@;User Id=@@user@@;Password=@@pw@@;"
  },
  "Festival": { "Year": 2027 }
}
"""),
    ("rust", "scale-agent/src/db_@@kind@@.rs", "https://docs.rs/sqlx/latest/sqlx/", """// Deaddu-agent storage
pub fn database_url() -> String {
    let host = std::env::var("DB_HOST").unwrap_or_else(|_| "@@host@@".into());
    format!("@@scheme@@://@@user@@:@@pw@@@{}:@@port@@/@@db@@", host)
}

pub const POOL: u32 = 4;
"""),
]

# format, kind, file name, source, text
DECOY_TEMPLATES: List[Tuple[str, str, str, str, str]] = [
    ("dotenv", "decoy-empty", "webshop/.env.example.@@svc@@", DOTENV, """# Bierggut neahttagávpi - ovdamearka (example)
# Máŋge dán .env nammii ja deavdde (copy to .env and fill in)
APP_ENV=production
APP_URL=https://bierggut.no
@@var@@=
LOG_LEVEL=info
"""),
    ("dotenv", "decoy-placeholder", "festival-web/.env.sample.@@svc@@", DOTENV, """# Čáppa Govat - ticketing
FESTIVAL_YEAR=2027
@@var@@=<bidje-iežat-čoavdaga-dása>
# bidje iežat čoavdaga dása = put your own key here
TICKET_CURRENCY=NOK
"""),
    ("python", "decoy-env-reference", "bierggut/integrations/@@svc@@_client.py", "https://docs.python.org/3/library/os.html#os.environ", """# Neahttagávpi: @@svc@@
import os

@@upper@@ = os.environ["@@var@@"]  # boahtá servera birrasis (from the server env)
TIMEOUT = 15


def headers():
    return {"Authorization": f"Bearer {@@upper@@}"}
"""),
    ("javascript", "decoy-env-reference", "festival-web/src/server/@@svc@@.js", "https://nodejs.org/api/process.html#processenv", """// Bileahttavuovdin: @@svc@@
const @@camel@@ = process.env.@@var@@;
if (!@@camel@@) {
  throw new Error('@@var@@ váilu (is missing)');
}
module.exports = { @@camel@@ };
"""),
    ("k8s", "decoy-secret-ref", "k8s/festival/ticketing-@@svc@@-deploy.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ticketing
  namespace: govat
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.govat.no/ticketing:2027.1.3
          env:
            - name: @@var@@
              valueFrom:
                secretKeyRef:
                  name: ticketing-@@svc@@
                  key: @@var@@
"""),
    ("github-actions", "decoy-secrets-context", ".github/workflows/release-@@svc@@.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """name: release
on: { workflow_dispatch: {} }
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      @@var@@: ${{ secrets.@@var@@ }}
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/release.sh
"""),
    ("terraform", "decoy-secret-manager", "infra/data-@@svc@@.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """# Čiegusvuođat (secrets) are read from Secrets Manager, never written here
data "aws_secretsmanager_secret_version" "@@svc@@" {
  secret_id = "bierggut/@@svc@@"
}

locals {
  @@lvar@@ = jsondecode(data.aws_secretsmanager_secret_version.@@svc@@.secret_string)["value"]
}
"""),
    ("ansible", "decoy-vault-reference", "ansible/group_vars/festival_@@svc@@.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html", """---
# Festivála server
govat_user: govat
@@lvar@@: "{{ vault_@@lvar@@ }}"
govat_backup_hour: 4
"""),
    ("helm", "decoy-existing-secret", "charts/ticketing/values-prod-@@svc@@.yaml", "https://helm.sh/docs/chart_best_practices/values/", """replicaCount: 2
@@svc@@:
  # geavat dan mii juo lea klusteris (use the existing secret)
  existingSecret: ticketing-@@svc@@
  existingSecretKey: @@var@@
  secret: ""
"""),
    ("log", "decoy-masked", "logs/ticket-sync-masked-@@svc@@.log", "https://docs.python.org/3/library/logging.html", """2026-09-01 10:00:00 INFO ticket-sync starting
2026-09-01 10:00:00 INFO @@lvar@@=@@mask@@ (masked)
2026-09-01 10:00:01 INFO 58 bileahtat synced
2026-09-01 10:00:01 INFO done
2026-09-01 10:00:02 INFO next run in 300s
"""),
    ("markdown", "decoy-placeholder", "docs/setup-@@svc@@.md", "https://www.markdownguide.org/basic-syntax/", """# @@svc@@ heiveheapmi (setup)

1. Vállje (choose) the festival project in the @@svc@@ dashboard.
2. Ráhkat ođđa čoavdaga (create a new key).
3. Put it in the server env:

```sh
export @@var@@="YOUR_@@var@@_HERE"
```

Ale goassege čále duohta čoavdaga dása (never write the real key here).
"""),
    ("text", "decoy-checksum", "releases/SHA256SUMS-@@svc@@.txt", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """@@hash1@@  ticket-sync-1.8.0-linux-amd64.tar.gz
@@hash2@@  ticket-sync-1.8.0-windows-amd64.zip
@@hash3@@  ticket-sync-1.8.0-darwin-arm64.tar.gz
@@hash4@@  scanner-app-2027.1.apk
@@hash5@@  scanner-app-2027.1.aab
"""),
    ("javascript", "decoy-publishable-key", "festival-web/src/checkout-@@svc@@.js", "https://docs.stripe.com/keys#obtain-api-keys", """// Máksu (payment) form - publishable key only, this runs in the browser
import { loadStripe } from '@stripe/stripe-js';

const PUBLISHABLE_KEY = '@@pk@@';
export const stripePromise = loadStripe(PUBLISHABLE_KEY);
export const festivalSlug = 'cappa-govat-@@svc@@';
"""),
    ("yaml", "decoy-identifier", "webshop/config/ids-@@svc@@.yml", "https://yaml.org/spec/1.2.2/", """# Dát leat dušše identifikáhtorat (ids only), eai čiegusvuođat
vipps:
  merchant_serial_number: "@@msn@@"
  client_id: "@@uuid1@@"
bring:
  customer_number: "@@cust@@"
  customer_uuid: "@@uuid2@@"
"""),
    ("python", "decoy-test-fixture", "tests/test_@@svc@@_fake.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """# Geahččaleamit (tests): fake values only, nothing here is a real key
import pytest

FAKE_SECRET = "fake-@@svc@@-secret-for-tests"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("@@var@@", FAKE_SECRET)
    return make_client()
"""),
    ("yaml", "decoy-ciphertext", "secrets/@@svc@@.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """@@lvar@@: ENC[AES256_GCM,data:@@ct@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
    age:
        - recipient: age1@@agerec@@
    lastmodified: "2026-10-02T09:14:55Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
    version: 3.9.1
"""),
    ("sql", "decoy-password-hash", "db/seed/010_users_@@svc@@.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """-- Hálddahusgeavaheaddjit (admin users); only bcrypt hashes are stored
INSERT INTO admin_users (email, password_hash) VALUES
  ('maret@govat.no', '@@bcrypt1@@'),
  ('aile@govat.no', '@@bcrypt2@@'),
  ('ante@govat.no', '@@bcrypt3@@');
"""),
    ("markdown", "decoy-doc-example", "docs/aws-backup-@@svc@@.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """# Sihkarvuođakopiija (backup) to S3

The backup script reads the usual AWS variables. The values below are AWS's own
documentation examples, not ours:

```
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Min duohta čoavddat (our real keys) are in Bitwarden, "Bierggut / AWS @@svc@@".
"""),
    ("text", "decoy-vault-reference", "notes/beassansanit-@@svc@@.txt", "https://bitwarden.com/help/cli/", """Beassansánit (passwords) - gos dat leat (where they are)
- @@svc@@: Bitwarden, org "Bierggut SA", collection "Neahttagávpi"
- fetch: bw get password "bierggut/@@svc@@"
- Ii goassege e-poastta bokte (never by e-mail)
- Jearat Máret jus it beasa (ask Máret if you lack access)
"""),
    ("compose", "decoy-env-reference", "deploy/compose.override-@@svc@@.yaml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """services:
  ticketing:
    image: registry.govat.no/ticketing:2027.1.3
    environment:
      @@var@@: ${@@var@@:?set @@var@@ in the shell}
      FESTIVAL_YEAR: "2027"
    ports:
      - "8081:8080"
"""),
    ("dockerfile", "decoy-build-secret", "docker/@@svc@@-build.Dockerfile", "https://docs.docker.com/build/building/secrets/", """FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# čiegusvuohta boahtá build-secret bokte (secret comes as a build secret)
RUN --mount=type=secret,id=@@lvar@@ \\
    @@var@@=$(cat /run/secrets/@@lvar@@) npm ci
COPY . .
CMD ["node", "server.js"]
"""),
    ("gitlab-ci", "decoy-vault-reference", "ci/vault-@@svc@@.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/secrets/", """deploy:
  stage: deploy
  id_tokens:
    VAULT_ID_TOKEN:
      aud: https://vault.bierggut.no
  secrets:
    @@var@@:
      vault: bierggut/@@svc@@/value@secret
      file: false
  script:
    - ./scripts/deploy.sh
"""),
    ("markdown", "decoy-commit-hash", "CHANGELOG-@@svc@@.md", "https://keepachangelog.com/en/1.1.0/", """# Rievdadusat (changes)

## 2.4.1
- @@svc@@: čoavddaš molsojuvvui (key rotated), see commit @@sha1a@@
- Bring etikeahtat (labels) printed in Sami (@@sha1b@@)

## 2.4.0
- Ođđa biergohattit (new meat prices) (@@sha1c@@)
"""),
    ("ssh", "decoy-public-key", "ansible/files/authorized_keys_@@svc@@", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# Bierggut servera - lobit (access)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@edpub1@@ maret@bierggut
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@edpub2@@ aile@bierggut
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@edpub3@@ deploy@ci
# loahppa
"""),
    ("yaml", "decoy-placeholder-webhook", "festival-bot/config-@@svc@@.yml", "https://api.slack.com/messaging/webhooks", """# Dieđáhusat (notifications) to the volunteers' channel
notify:
  channel: "#eaktodáhtolaččat"
  # webhook URL is set per deployment; this is the format only
  webhook_url: "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"
  on: [sold_out, door_open]
"""),
    ("powershell", "decoy-prompt", "ops/Invoke-@@camel@@Sync.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """# Bileahttasynka (ticket sync) - asks for the key, never stores it
param([string]$Festival = 'cappa-govat')
$secure = Read-Host -AsSecureString 'Čális @@svc@@ čoavdaga (type the key)'
$plain = [Net.NetworkCredential]::new('', $secure).Password
$env:@@var@@ = $plain
& 'C:\\Govat\\sync\\TicketSync.exe' --festival $Festival
"""),
    ("csharp", "decoy-config-reference", "FestivalApi/@@camel@@Options.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """namespace Govat.FestivalApi;

// Čiegusvuohta boahtá user-secrets dahje Key Vault bokte
public sealed class @@camel@@Options
{
    public const string Section = "@@camel@@";
    public string Secret { get; set; } = string.Empty;
}
// dotnet user-secrets set "@@camel@@:Secret" "<čoavddaš>"
"""),
    ("go", "decoy-env-reference", "scales/cmd/@@svc@@/main.go", "https://pkg.go.dev/os#Getenv", """package main

import (
	"log"
	"os"
)

func main() {
	secret := os.Getenv("@@var@@")
	if secret == "" {
		log.Fatal("@@var@@ váilu")
	}
	run(secret)
}
"""),
    ("markdown", "decoy-redacted", "docs/incident-@@svc@@.md", "https://sre.google/sre-book/example-postmortem/", """# Dáhpáhus (incident) 2026-10-11: @@svc@@ key in a log

- 09:12 ticket-sync logged the key: `@@var@@=[REDACTED]`
- 09:40 Ánte rotated the key in @@svc@@; the old one is revoked
- 10:05 logs purged from the office PC
- Oahppu (lesson): log level INFO in production, no config dumps
"""),
    ("csv", "decoy-identifier", "exports/bileahtat-@@svc@@.csv", "https://www.rfc-editor.org/rfc/rfc4180", """order_id,ticket_code,film,seat,qr_sha256
@@uuid1@@,GOV27-@@tc1@@,Guovssahas,A12,@@hash1@@
@@uuid2@@,GOV27-@@tc2@@,Várri ja jávri,B03,@@hash2@@
@@uuid3@@,GOV27-@@tc3@@,Miessegeassi,C21,@@hash3@@
@@uuid4@@,GOV27-@@tc4@@,Guovssahas,A13,@@hash4@@
"""),
    ("npmrc", "decoy-env-reference", "festival-web/.npmrc.@@svc@@", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """; Festivála priváhta páhkat (private packages) - @@svc@@ build
@govat:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
; @@var@@ is read by the build script from the CI env, not from here
save-exact=true
fund=false
"""),
    ("json", "decoy-integrity-hash", "festival-web/lock-excerpt-@@svc@@.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "govat-festival-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@govat/seat-map": {
      "version": "1.4.2",
      "resolved": "https://npm.pkg.github.com/download/@govat/seat-map/1.4.2/@@sha1a@@",
      "integrity": "sha512-@@sri@@"
    }
  }
}
"""),
]


# ---------------------------------------------------------------- building the cases
def _names(var: str, svc: str) -> Dict[str, str]:
    parts = var.lower().split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    return {"var": var, "upper": var, "lvar": var.lower(), "camel": camel, "svc": svc}


def _b64chars(n: int) -> str:
    return fakes.drawn(_seed(), n, ALNUM + "+/")


PREFERRED: Dict[str, List[str]] = {
    "shell-history": ["openai", "huggingface"],
    "notebook": ["openai", "anthropic"],
    "html": ["mailgun", "sendgrid"],
    "python-split": ["vipps", "stripe"],
    "swift": ["telegram", "slack-webhook"],
    "kotlin": ["bring", "eventbrite"],
}


def _build_tokens() -> None:
    used = set()
    n = len(TOKENS)
    for r in range(2):
        for i, (fmt, fname, source, text, no_url) in enumerate(TOKEN_TEMPLATES):
            k = (i * 5 + r * 11) % n
            if fmt in PREFERRED:  # (what such a file really carries)
                k = [t[0] for t in TOKENS].index(PREFERRED[fmt][r])
            while (no_url and TOKENS[k][4]) or (fname, TOKENS[k][2]) in used:
                k = (k + 1) % n
            kind, var, svc, gen, _ = TOKENS[k]
            used.add((fname, svc))
            secret = gen()
            half = len(secret) // 2
            body = text.replace("@@secret@@", "@@value@@")
            add(f"blind-ln/{fmt}/{kind}", fname, source, body, secret, value=secret,
                sb64=b64(secret), s1=secret[:half], s2=secret[half:], **_names(var, svc))


_CLI = {
    "postgres": 'psql "postgresql://@@user@@:@@pw@@@@@host@@:@@port@@/@@db@@" -c "select count(*) from orders"',
    "mysql": "mysql -h @@host@@ -u @@user@@ -p'@@pw@@' @@db@@",
    "redis": "redis-cli -h @@host@@ -a '@@pw@@' info keyspace",
    "rabbitmq": "rabbitmqadmin -H @@host@@ -u @@user@@ -p '@@pw@@' list queues",
    "mongodb": 'mongosh "mongodb://@@user@@:@@pw@@@@@host@@:@@port@@/@@db@@"',
}
SQL_ONLY = {"csharp", "php", "kotlin", "sql", "xml", "terraform", "json", "ruby", "javascript", "rust"}


def _build_passwords() -> None:
    for r in range(2):
        for i, (fmt, fname, source, text) in enumerate(PW_TEMPLATES):
            db = DBS[(i + r) % 2] if fmt in SQL_ONLY else DBS[(i + r * 2) % len(DBS)]
            if fmt == "pgpass":  # (a libpq file: PostgreSQL only, one per machine)
                db, fname = DBS[0], ["ops/office.pgpass", "ops/scale-agent.pgpass"][r]
            kind, scheme, port, user, dbname, host = db
            pw = words_pw() if r == 0 else fakes.redis_password(_seed())
            body = text.replace("@@cli@@", _CLI[kind])
            add(f"blind-ln/{fmt}/{kind}-password", fname, source, body, pw, pw=pw, kind=kind, kup=kind.upper(),
                scheme=scheme, port=port, user=user, db=dbname, host=host, pwb64=b64(pw), ub64=b64(user))


def _build_decoys() -> None:
    n = len(TOKENS)
    for r in range(3):
        for i, (fmt, kind, fname, source, text) in enumerate(DECOY_TEMPLATES):
            _, var, svc, gen, _ = TOKENS[(i * 7 + r * 5 + 3) % n]
            fields = _names(var, svc)
            fields.update(
                mask=gen()[:4] + "*" * 12,
                pk="pk_live_" + alnum(99),
                msn=str(_rng().randint(100000, 999999)), cust=str(_rng().randint(10000000, 99999999)),
                ct=_b64chars(43) + "=", iv=_b64chars(43) + "=", tag=_b64chars(22) + "==", mac=_b64chars(43) + "=",
                iv2=_b64chars(43) + "=", tag2=_b64chars(22) + "==",
                agerec=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
                sri=_b64chars(86) + "==",
            )
            for j in range(1, 6):
                fields[f"hash{j}"] = hexs(64)
            fields["uuid4"] = uuid_s()
            fields["tc4"] = fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits)
            for j in range(1, 4):
                fields[f"uuid{j}"] = uuid_s()
                fields[f"bcrypt{j}"] = "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")
                fields[f"edpub{j}"] = fakes.drawn(_seed(), 43, ALNUM + "+/")
                fields[f"tc{j}"] = fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits)
            for j in "abc":
                fields[f"sha1{j}"] = hexs(40)
            add(f"blind-ln/{fmt}/{kind}", fname, source, text, None, **fields)


def _indent(block: str, pad: str) -> str:
    return "\n".join(pad + line for line in block.splitlines())


def _build_specials() -> None:
    key = fakes.fake_pem(_seed(), "OPENSSH")
    add("blind-ln/ansible/private-key", "ansible/group_vars/deploy_key.yml",
        "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """---
# Sáddenčoavddaš (deploy key) for the web shop repo
deploy_user: bierggut
deploy_repo: git@git.bierggut.no:shop/neahttagavpi.git
deploy_private_key: |
@@key@@
deploy_branch: main
""", key, key=_indent(key, "  "))
    key = fakes.fake_pem(_seed(), "RSA")
    add("blind-ln/terraform/private-key", "infra/tls_festival.tf",
        "https://developer.hashicorp.com/terraform/language/expressions/strings#heredoc-strings", """# Bileahtat.govat.no TLS (gaskaboddosaš - temporary)
resource "aws_iam_server_certificate" "tickets" {
  name             = "bileahtat-govat-2027"
  certificate_body = file("${path.module}/certs/bileahtat.crt")
  private_key      = <<EOT
@@key@@
EOT
}
""", key, key=key)
    key = fakes.fake_pem(_seed(), "EC")
    add("blind-ln/k8s/tls-private-key", "k8s/festival/tls-bileahtat.yaml",
        "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """apiVersion: v1
kind: Secret
metadata:
  name: bileahtat-tls
  namespace: govat
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUGovatFestivalCertificatePlaceholder0wCgYIKoZI
    -----END CERTIFICATE-----
  tls.key: |
@@key@@
""", key, key=_indent(key, "    "))
    key = fakes.fake_pem(_seed(), "RSA")
    add("blind-ln/pem/private-key", "ops/keys/scale-agent-sftp.key",
        "https://www.rfc-editor.org/rfc/rfc7468", "@@key@@\n", key, key=key)
    user, pw = "bierggut", words_pw()
    token = b64(f"{user}:{pw}")
    add("blind-ln/markdown/basic-auth", "docs/bring-label-test.md", "https://www.rfc-editor.org/rfc/rfc7617", """# Etikeahtta (label) test against the shop's label proxy

```sh
curl -X POST https://labels.bierggut.no/v1/print \\
  -H "Authorization: Basic @@token@@" \\
  -d @order-1042.json
```

Vástádus (response) should be `201`.
""", token, token=token)
    user, pw = "govat-scanner", fakes.redis_password(_seed())
    token = b64(f"{user}:{pw}")
    add("blind-ln/nginx/basic-auth", "ops/nginx/scanner-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """# Uksaskánnen (door scanner) proxy to the ticket API
server {
    listen 8443 ssl;
    server_name scan.govat.no;
    location /api/ {
        proxy_pass https://api.govat.no/;
        proxy_set_header Authorization "Basic @@token@@";
    }
}
""", token, token=token)
    _build_more_specials()


def _build_more_specials() -> None:
    pw = words_pw()
    add("blind-ln/slack-export/smtp-password", "exports/slack/bierggut-it/2026-10-03.json",
        "https://slack.com/help/articles/220556107-How-to-read-Slack-data-exports", """[
  {
    "type": "message",
    "user": "U04MARET1",
    "text": "Ođđa e-poastaservera lea gárvvis. Geavaheaddji: diŋgojumit@bierggut.no, beassansátni: @@pw@@",
    "ts": "1696321200.000100"
  },
  {
    "type": "message",
    "user": "U04AILU22",
    "text": "Giitu! Bijan dan neahttagávpái dál.",
    "ts": "1696321380.000200"
  }
]
""", pw, pw=pw)
    tok = fakes.fake("glpat-", 20, _seed())
    add("blind-ln/git-credentials/gitlab", "ops/ci-runner/.git-credentials",
        "https://git-scm.com/docs/git-credential-store#_storage_format", """https://oauth2:@@tok@@@git.bierggut.no
# ci-runner on the njuovvanbáiki PC pulls the scale agent from here
# (git config credential.helper store)
#
# Áilu 2026-09
""", tok, tok=tok)
    pw = fakes.password(_seed())
    add("blind-ln/python/smtp-password", "bierggut/settings_email.py",
        "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """# E-poasta (e-mail) for order confirmations - diŋgojumit
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.bierggut.no"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "dingojumit@bierggut.no"
EMAIL_HOST_PASSWORD = "@@pw@@"
DEFAULT_FROM_EMAIL = "Bierggut SA <dingojumit@bierggut.no>"
""", pw, pw=pw)
    pw = phrase_pw()
    add("blind-ln/crontab/basic-password", "ops/crontab.festival-office",
        "https://man7.org/linux/man-pages/man5/crontab.5.html", """# m h dom mon dow command
# Juohke idja (every night): backup of the ticket database export
15 2 * * * /usr/local/bin/backup-tickets.sh >> /var/log/backup.log 2>&1
# Juohke diibmu (hourly): push sold counts to the festival screen
0 * * * * curl -fsS -u screen:@@pw@@ https://screen.govat.no/api/sold -d @/var/lib/govat/sold.json
""", pw, pw=pw)
    pw = fakes.redis_password(_seed())
    add("blind-ln/netrc/ftp-password", "ops/scale-agent/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """# Njuovvanbáiki: weights are sent to the co-operative's FTP each evening
machine ftp.bierggut.no
  login deaddu
  password @@pw@@
# loahppa
""", pw, pw=pw)
    user, pw = "bierggut-ci", fakes.redis_password(_seed())
    auth = b64(f"{user}:{pw}")
    add("blind-ln/docker-config/registry-auth", "ops/ci-runner/docker-config.json",
        "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.bierggut.no": {
      "auth": "@@auth@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", auth, auth=auth)
    key = fakes.fake("", 32, _seed())
    add("blind-ln/postman/api-key", "festival-api/postman/govat-prod.postman_environment.json",
        "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """{
  "id": "@@id@@",
  "name": "Čáppa Govat - prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.govat.no/v1", "enabled": true },
    { "key": "festival", "value": "cappa-govat-2027", "enabled": true },
    { "key": "ticketApiKey", "value": "@@key@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""", key, key=key, id=uuid_s())
    # decoys
    add("blind-ln/netrc/decoy-placeholder", "docs/examples/netrc.example", "https://everything.curl.dev/usingcurl/netrc.html", """# Ovdamearka (example) .netrc for the FTP upload; copy to ~/.netrc and chmod 600
machine ftp.bierggut.no
  login deaddu
  password <beassansátni Bitwardenis>
# Beassansátni gávnnat Bitwardenis: "Bierggut / FTP deaddu"
""")
    add("blind-ln/json/decoy-public-jwks", "festival-api/wwwroot/.well-known/jwks.json",
        "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.1", """{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "govat-2027-1",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=fakes.drawn(_seed(), 342, ALNUM + "-_"))
    add("blind-ln/markdown/decoy-masked", "README.md", "https://www.markdownguide.org/basic-syntax/", """# Bierggut neahttagávpi

Boazobiergu vuovdin neahtas (reindeer meat sold online) - Django + Vipps + Bring.

## Álggaheapmi (getting started)

    cp .env.example .env
    docker compose up

Admin: `admin@bierggut.no` / beassansátni `********` (jeara Máret).
Vipps test merchant: MSN `@@msn@@`; čoavddat (keys) are in Bitwarden.
""", msn=str(_rng().randint(100000, 999999)))
    add("blind-ln/dotenv/decoy-interpolation", "scale-agent/.env.defaults", DOTENV, """# Deaddu-agent standard heivehusat (defaults)
DB_HOST=db.bierggut.internal
DB_USER=scale_agent
DB_PASSWORD=${DB_PASSWORD}
DATABASE_URL=postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/deaddu
""")
    add("blind-ln/docker-config/decoy-creds-store", "ops/office-pc/docker-config.json",
        "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.govat.no": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")


_build_tokens()
_build_passwords()
_build_specials()
_build_decoys()
