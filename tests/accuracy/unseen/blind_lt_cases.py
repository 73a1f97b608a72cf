"""Blind set LT: a Zimbabwean tobacco auction floor and a Shona stone-sculpture gallery's web shop.

The floor's bale-ticketing, grading and buyer-settlement services, the gallery's shop (Paynow and
EcoCash payments, courier labels, newsletters), their CI, deployment and notes, with comments
partly in Shona, and their decoys. Generated fakes only (seeds 6830000-6839999).
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
UP = string.ascii_uppercase + string.digits
_SEED = [6830000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6830000 <= _SEED[0] <= 6839999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def _draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return _draw(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


WORDS = ["Fodya", "Dombo", "Shumba", "Mhondoro", "Nzou", "Gudo", "Hungwe", "Mukute", "Musasa", "Tsoko",
         "Chapungu", "Mbira", "Ngoma", "Zuva", "Mwedzi", "Nyeredzi", "Serpentine", "Verdite", "Springstone"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw() -> str:
    return _draw(_rng().randint(16, 26), ALNUM + "!#%*-_.")


# ---------------------------------------------------------------- credential kinds
def k_aws() -> str:
    return fakes.aws_secret_key(_seed())


def k_github() -> str:
    return fakes.github_token(_seed())


def k_github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def k_gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def k_slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def k_slack_hook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UP) for _ in range(8)) + "/B"
            + "".join(r.choice(UP) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def k_discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def k_stripe() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def k_sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def k_twilio() -> str:
    return hexs(32)


def k_telegram() -> str:
    return fakes.telegram_token(_seed())


def k_openai() -> str:
    return fakes.openai_key(_seed())


def k_npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def k_pypi() -> str:
    return fakes.pypi_token(_seed())


def k_mailgun() -> str:
    return "key-" + hexs(32)


def k_google() -> str:
    return "AIza" + _draw(35, ALNUM + "_-")


def k_shopify() -> str:
    return "shpat_" + hexs(32)


def k_paynow() -> str:
    return fakes.uuid4(_seed())


def k_django() -> str:
    return fakes.django_secret_key(_seed())


def k_redis() -> str:
    return fakes.redis_password(_seed())


def k_azure_storage() -> str:
    return _draw(86, ALNUM + "+/") + "=="


def k_datadog() -> str:
    return hexs(32)


def k_jwt_secret() -> str:
    return _draw(48, ALNUM)


# (kind slug, variable name, generator, what it is)
SECRET_KINDS: List[Tuple[str, str, Callable[[], str], str]] = [
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", k_aws, "S3 bucket yemifananidzo yezvivezwa"),
    ("github-token", "GITHUB_TOKEN", k_github, "deploy bot ye leaf-floor repo"),
    ("gitlab-token", "GITLAB_TOKEN", k_gitlab, "mirror ye bale-ticketing"),
    ("slack-bot-token", "SLACK_BOT_TOKEN", k_slack_bot, "#musika-alerts bot"),
    ("slack-webhook", "SLACK_WEBHOOK_URL", k_slack_hook, "price board alerts"),
    ("stripe-key", "STRIPE_SECRET_KEY", k_stripe, "international card orders"),
    ("sendgrid-key", "SENDGRID_API_KEY", k_sendgrid, "order confirmation emails"),
    ("twilio-token", "TWILIO_AUTH_TOKEN", k_twilio, "SMS to growers (bale sold)"),
    ("telegram-token", "TELEGRAM_BOT_TOKEN", k_telegram, "floor price bot"),
    ("openai-key", "OPENAI_API_KEY", k_openai, "sculpture description writer"),
    ("database-password", "DB_PASSWORD", words_pw, "auction ledger Postgres"),
    ("redis-password", "REDIS_PASSWORD", k_redis, "bid queue"),
    ("django-secret-key", "DJANGO_SECRET_KEY", k_django, "gallery shop Django"),
    ("paynow-key", "PAYNOW_INTEGRATION_KEY", k_paynow, "Paynow EcoCash/OneMoney checkout"),
    ("mailgun-key", "MAILGUN_API_KEY", k_mailgun, "grower statements"),
    ("google-api-key", "GOOGLE_API_KEY", k_google, "Sheets export of daily prices"),
    ("shopify-token", "SHOPIFY_ACCESS_TOKEN", k_shopify, "overseas storefront sync"),
    ("npm-token", "NPM_TOKEN", k_npm, "private @dombo UI packages"),
    ("pypi-token", "PYPI_TOKEN", k_pypi, "leafgrade package upload"),
    ("smtp-password", "SMTP_PASSWORD", rand_pw, "mail relay"),
    ("discord-webhook", "DISCORD_WEBHOOK", k_discord_hook, "artists' community channel"),
    ("azure-storage-key", "AZURE_STORAGE_KEY", k_azure_storage, "bale photo archive"),
    ("jwt-secret", "JWT_SIGNING_SECRET", k_jwt_secret, "buyer portal sessions"),
    ("github-fine-grained-token", "GH_PAT", k_github_fg, "release workflow"),
]

# Decoy values: (kind slug, variable, value maker)
DECOY_KINDS: List[Tuple[str, str, Callable[[], str]]] = [
    ("decoy-placeholder", "PAYNOW_INTEGRATION_KEY", lambda: "<isa-kiyi-yako-pano>"),
    ("decoy-placeholder", "STRIPE_SECRET_KEY", lambda: "sk_live_REPLACE_ME"),
    ("decoy-placeholder", "DB_PASSWORD", lambda: "CHANGE_ME_BEFORE_DEPLOY"),
    ("decoy-masked", "SENDGRID_API_KEY", lambda: "SG.****************************" + "Xa9"),
    ("decoy-masked", "TWILIO_AUTH_TOKEN", lambda: "********************************"),
    ("decoy-redacted", "SLACK_BOT_TOKEN", lambda: "xoxb-[REDACTED]"),
    ("decoy-env-reference", "REDIS_PASSWORD", lambda: "${REDIS_PASSWORD}"),
    ("decoy-env-reference", "OPENAI_API_KEY", lambda: "${{ secrets.OPENAI_API_KEY }}"),
    ("decoy-secret-manager", "DJANGO_SECRET_KEY", lambda: "vault:secret/data/dombo-shop#django_key"),
    ("decoy-secret-manager", "AWS_SECRET_ACCESS_KEY", lambda: "arn:aws:secretsmanager:af-south-1:" + str(_rng().randint(10**11, 10**12 - 1)) + ":secret:leaf-floor/s3-AbCdEf"),
    ("decoy-public-key", "STRIPE_PUBLISHABLE_KEY", lambda: fakes.fake("pk_live_", 24, _seed())),
    ("decoy-id", "PAYNOW_INTEGRATION_ID", lambda: str(_rng().randint(10000, 29999))),
    ("decoy-hash", "IMAGE_SHA256", lambda: hexs(64)),
    ("decoy-hash", "ADMIN_PASSWORD_HASH", lambda: "$2b$12$" + _draw(53, ALNUM + "./")),
    ("decoy-docs-example", "AWS_SECRET_ACCESS_KEY", lambda: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("decoy-empty", "MAILGUN_API_KEY", lambda: ""),
    ("decoy-ciphertext", "SMTP_PASSWORD", lambda: "ENC[AES256_GCM,data:" + _draw(24, ALNUM + "+/") + "=,iv:" + _draw(43, ALNUM + "+/") + "=,tag:" + _draw(22, ALNUM + "+/") + "==,type:str]"),
    ("decoy-fake-fixture", "TELEGRAM_BOT_TOKEN", lambda: "123456789:TEST_fake_token_for_unit_tests_only"),
    ("decoy-id", "GOOGLE_ANALYTICS_ID", lambda: "G-" + _draw(10, UP)),
    ("decoy-id", "SENTRY_RELEASE", lambda: hexs(40)),
]

CASES: List[LabelledCase] = []
_NAMES: set = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, (file_name, text)
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


def _unique(name: str) -> str:
    if name not in _NAMES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while True:
        candidate = f"{stem}-{n}.{ext}" if dot else f"{stem}-{n}"
        if candidate not in _NAMES:
            return candidate
        n += 1


DIRS = ["leaf-floor", "dombo-shop", "bale-tickets", "grading", "settlement", "gallery-web", "ops", "infra",
        "buyer-portal", "courier", "newsletter", "price-board"]

# ---------------------------------------------------------------- generic templates
# (format slug, file name, source, text); markers @@var@@ @@key@@ @@val@@ @@what@@ @@dir@@
TEMPLATES: List[Tuple[str, str, str, str]] = [
    ("python", "@@dir@@/settings_local.py", "https://docs.python.org/3/reference/lexical_analysis.html",
     '''"""Local settings for the @@dir@@ service (Chiremba leaf floor)."""
import os

DEBUG = False
ALLOWED_HOSTS = ["floor.chiremba-leaf.co.zw", "localhost"]
# @@what@@ -- usashandure pasina kutaura na ops
@@var@@ = "@@val@@"
TIME_ZONE = "Africa/Harare"
CURRENCY = os.environ.get("FLOOR_CURRENCY", "USD")
'''),
    ("python", "@@dir@@/clients/notify.py", "https://requests.readthedocs.io/en/latest/user/quickstart/",
     '''import logging

import requests

log = logging.getLogger(__name__)


class Notifier:
    """Tumira mashoko kune vatengi nevarimi (@@what@@)."""

    def __init__(self, key: str = "@@val@@") -> None:
        self.key = key
        self.session = requests.Session()

    def send(self, to: str, body: str) -> None:
        log.info("kutumira kuna %s", to)
        self.session.post("https://api.example-notify.co.zw/v1/send",
                          json={"to": to, "body": body}, headers={"X-Api-Key": self.key}, timeout=10)
'''),
    ("javascript", "@@dir@@/config/index.js", "https://nodejs.org/api/process.html#processenv",
     '''// Gadziriso ye @@dir@@ -- Dombo Arts web shop
'use strict';

module.exports = {
  port: process.env.PORT || 3000,
  currency: 'USD',
  // @@what@@
  @@key@@: process.env.@@var@@ || '@@val@@',
  shippingZones: ['ZW', 'ZA', 'GB', 'US', 'DE'],
};
'''),
    ("typescript", "@@dir@@/src/secrets.ts", "https://www.typescriptlang.org/docs/handbook/2/everyday-types.html",
     '''// zvakavanzika zve @@dir@@ (TODO: tamira ku SSM)
export interface ShopSecrets {
  @@key@@: string;
  region: string;
}

export const shopSecrets: ShopSecrets = {
  @@key@@: "@@val@@",
  region: "af-south-1",
};
'''),
    ("go", "@@dir@@/internal/config/config.go", "https://go.dev/ref/spec#String_literals",
     '''package config

// Config inobata zvirongwa zve bale-ticket service.
type Config struct {
	ListenAddr string
	Secret     string
}

// Default -- @@what@@
var Default = Config{
	ListenAddr: ":8080",
	Secret:     "@@val@@",
}
'''),
    ("java", "@@dir@@/src/main/java/zw/chiremba/floor/FloorConfig.java", "https://docs.oracle.com/javase/specs/jls/se17/html/jls-3.html#jls-3.10.5",
     '''package zw.chiremba.floor;

/** Zvirongwa zve musika wefodya (@@what@@). */
public final class FloorConfig {
    public static final String FLOOR_CODE = "HRE-01";
    static final String @@var@@ = "@@val@@";

    private FloorConfig() {
    }
}
'''),
    ("kotlin", "@@dir@@/app/src/main/kotlin/zw/dombo/shop/Keys.kt", "https://kotlinlang.org/docs/basic-types.html#strings",
     '''package zw.dombo.shop

// Android app yevatengi -- @@what@@
object Keys {
    const val BASE_URL = "https://shop.dombo-arts.co.zw/api/"
    const val @@var@@ = "@@val@@"
    const val TIMEOUT_SECONDS = 30L
}
'''),
    ("csharp", "@@dir@@/Settlement/GrowerPayments.cs", "https://learn.microsoft.com/en-us/dotnet/csharp/language-reference/builtin-types/reference-types#string-literals",
     '''using System;

namespace Chiremba.Settlement
{
    // Kubhadhara varimi mushure mekutengeswa kwe bale
    public static class GrowerPayments
    {
        internal const string ApiSecret = "@@val@@"; // @@what@@
        public const int BatchSize = 200;
    }
}
'''),
    ("php", "@@dir@@/wp-content/plugins/dombo-checkout/config.php", "https://www.php.net/manual/en/function.define.php",
     '''<?php
/**
 * Dombo Arts checkout -- @@what@@
 * Ndapota musashandisa key iyi pa staging.
 */
define('DOMBO_CURRENCY', 'USD');
define('@@var@@', '@@val@@');
define('DOMBO_RETURN_URL', 'https://shop.dombo-arts.co.zw/order/return');
'''),
    ("ruby", "@@dir@@/config/initializers/services.rb", "https://ruby-doc.org/core/doc/syntax/literals_rdoc.html#label-Strings",
     '''# frozen_string_literal: true

# Zvivezwa catalogue sync -- @@what@@
Rails.application.config.x.services = {
  region: "af-south-1",
  @@key@@: "@@val@@",
  retries: 3
}
'''),
    ("rust", "@@dir@@/src/consts.rs", "https://doc.rust-lang.org/reference/tokens.html#string-literals",
     '''//! Grading station consts (mhando dze fodya: L, X, C, T)
pub const STATION: &str = "HRE-GRADE-3";
pub const MAX_BALE_KG: u32 = 130;

// @@what@@
pub const @@var@@: &str = "@@val@@";
'''),
    ("swift", "@@dir@@/DomboShop/Config/AppSecrets.swift", "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/stringsandcharacters/",
     '''import Foundation

// iOS app ye gallery -- @@what@@
enum AppSecrets {
    static let apiBase = URL(string: "https://shop.dombo-arts.co.zw/api")!
    static let @@key@@ = "@@val@@"
}
'''),
    ("shell", "@@dir@@/scripts/nightly_export.sh", "https://www.gnu.org/software/bash/manual/bash.html#Quoting",
     '''#!/usr/bin/env bash
# Export yemitengo yezuva nezuva (daily bale prices) -- inomhanya 18:00 CAT
set -euo pipefail

export @@var@@='@@val@@'
export FLOOR_CODE=HRE-01
python3 -m leafgrade.export --date "$(date +%F)" --out /srv/exports/
'''),
    ("powershell", "@@dir@@/scripts/Sync-Catalogue.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules",
     '''# Sync-Catalogue.ps1 -- tumira zvivezwa zvitsva ku web shop
param([string]$Gallery = "Harare")

$env:@@var@@ = '@@val@@'
Write-Host "Kutanga sync ye $Gallery..."
& python .\\tools\\sync_catalogue.py --gallery $Gallery
'''),
    ("dotenv", "@@dir@@/.env", "https://github.com/motdotla/dotenv#usage",
     '''# .env -- @@dir@@ (musaisa iyi mu git!)
APP_ENV=production
APP_URL=https://shop.dombo-arts.co.zw
LOG_LEVEL=info
@@var@@=@@val@@
QUEUE=redis
'''),
    ("yaml", "@@dir@@/config/production.yml", "https://yaml.org/spec/1.2.2/",
     '''# production -- Chiremba leaf floor
floor:
  code: HRE-01
  season: 2026
  opening_time: "07:30"
services:
  @@key@@: "@@val@@"   # @@what@@
  timeout_s: 15
'''),
    ("toml", "@@dir@@/config.toml", "https://toml.io/en/v1.0.0",
     '''# zvirongwa zve grading station
[station]
name = "HRE-GRADE-3"
classes = ["L1O", "X2L", "C3O", "T4R"]

[credentials]
# @@what@@
@@key@@ = "@@val@@"
'''),
    ("ini", "@@dir@@/settlement.ini", "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure",
     '''; settlement -- kubhadhara varimi
[general]
currency = USD
rtgs_split = 0.3

[secrets]
; @@what@@
@@key@@ = @@val@@
'''),
    ("json", "@@dir@@/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
     '''{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Floor": {
    "Code": "HRE-01",
    "@@var@@": "@@val@@"
  },
  "AllowedHosts": "*"
}
'''),
    ("xml", "@@dir@@/src/main/resources/settlement-context.xml", "https://docs.spring.io/spring-framework/reference/core/beans/basics.html",
     '''<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <!-- @@what@@ -->
  <bean id="growerPayments" class="zw.chiremba.settlement.GrowerPayments">
    <property name="floorCode" value="HRE-01"/>
    <property name="apiSecret" value="@@val@@"/>
  </bean>
</beans>
'''),
    ("kubernetes", "@@dir@@/k8s/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
     '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: @@dir@@
  namespace: musika
spec:
  replicas: 2
  selector:
    matchLabels: {app: @@dir@@}
  template:
    metadata:
      labels: {app: @@dir@@}
    spec:
      containers:
        - name: app
          image: registry.chiremba-leaf.co.zw/@@dir@@:2026.4.1
          env:
            - name: @@var@@
              value: "@@val@@"
'''),
    ("helm", "@@dir@@/charts/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
     '''# values-prod.yaml -- Dombo Arts shop
replicaCount: 2
image:
  repository: ghcr.io/dombo-arts/shop
  tag: "1.14.2"
ingress:
  host: shop.dombo-arts.co.zw
secrets:
  @@key@@: "@@val@@"
'''),
    ("compose", "@@dir@@/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/",
     '''services:
  web:
    image: dombo/shop:latest
    ports: ["8000:8000"]
    environment:
      - APP_ENV=production
      - @@var@@=@@val@@
  worker:
    image: dombo/shop:latest
    command: celery -A shop worker
'''),
    ("terraform", "@@dir@@/terraform/main.tf", "https://developer.hashicorp.com/terraform/language/values/variables",
     '''# Chiremba floor infra (af-south-1)
variable "@@key@@" {
  type      = string
  sensitive = true
  default   = "@@val@@"
}

resource "aws_ssm_parameter" "app_secret" {
  name  = "/leaf-floor/@@key@@"
  type  = "SecureString"
  value = var.@@key@@
}
'''),
    ("ansible", "@@dir@@/group_vars/floor_servers.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
     '''---
# group_vars ye maserver ari pa floor (Harare)
ntp_server: pool.ntp.org
floor_code: HRE-01
@@key@@: "@@val@@"
backup_hour: 2
'''),
    ("github-actions", ".github/workflows/@@dir@@-deploy.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#env",
     '''name: deploy @@dir@@
on:
  push:
    branches: [main]
env:
  @@var@@: "@@val@@"
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
'''),
    ("gitlab-ci", "@@dir@@/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
     '''stages: [test, deploy]
variables:
  FLOOR_CODE: HRE-01
  @@var@@: "@@val@@"
deploy:
  stage: deploy
  script:
    - ./deploy.sh production
  only: [main]
'''),
    ("dockerfile", "@@dir@@/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
     '''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV TZ=Africa/Harare
ENV @@var@@="@@val@@"
COPY . .
CMD ["gunicorn", "shop.wsgi", "-b", "0.0.0.0:8000"]
'''),
    ("markdown", "@@dir@@/docs/SETUP.md", "https://spec.commonmark.org/0.31.2/",
     '''# Kugadzirisa @@dir@@ (setup)

1. Clone repo, wozoisa `requirements.txt`.
2. Isa zvinotevera mu `.env`:

```
@@var@@=@@val@@
```

3. Mhanyisa `make run`. Kana paine dambudziko, taura na Tendai.
'''),
    ("restructuredtext", "@@dir@@/docs/deploy.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
     '''Deploying the grading service
=============================

Pa server itsva, isa environment variable iyi:

.. code-block:: bash

   export @@var@@="@@val@@"

Wozo restart ``leafgrade.service``.
'''),
    ("html", "@@dir@@/public/checkout.html", "https://html.spec.whatwg.org/multipage/scripting.html",
     '''<!doctype html>
<html lang="sn">
<head><meta charset="utf-8"><title>Dombo Arts -- Kubhadhara</title></head>
<body>
  <div id="checkout"></div>
  <script>
    window.SHOP_CONFIG = { currency: "USD", key: "@@val@@" };
  </script>
</body>
</html>
'''),
    ("sql", "@@dir@@/migrations/0042_service_credentials.sql", "https://www.postgresql.org/docs/current/sql-insert.html",
     '''-- 0042: service credentials table (@@what@@)
CREATE TABLE IF NOT EXISTS service_credentials (
    name   text PRIMARY KEY,
    secret text NOT NULL
);
INSERT INTO service_credentials (name, secret)
VALUES ('@@key@@', '@@val@@');
'''),
    ("log", "@@dir@@/logs/startup.log", "https://docs.python.org/3/library/logging.html#logrecord-attributes",
     '''2026-04-14 07:29:58,101 INFO  floor: starting HRE-01 sale day 37
2026-04-14 07:29:58,233 INFO  grading: loaded 1,842 bale tickets
2026-04-14 07:29:58,240 DEBUG config: @@var@@=@@val@@
2026-04-14 07:29:58,517 INFO  bids: queue connected
2026-04-14 07:30:00,002 INFO  floor: sale open -- musika wavhurwa
'''),
    ("csv", "@@dir@@/exports/service_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180",
     '''service,owner,variable,value,rotated
price-board,tendai.m,FLOOR_CODE,HRE-01,2026-01-10
@@dir@@,rutendo.c,@@var@@,@@val@@,2026-03-02
courier,farai.n,COURIER_ZONE,ZW-HRE,2026-02-18
gallery-web,nyasha.k,CURRENCY,USD,2026-01-10
'''),
    ("shell-history", "@@dir@@/.bash_history", "https://www.gnu.org/software/bash/manual/bash.html#Bash-History-Facilities",
     '''cd /srv/@@dir@@
git pull
sudo systemctl status @@dir@@
export @@var@@="@@val@@"
./manage.py check --deploy
sudo systemctl restart @@dir@@
tail -f /var/log/@@dir@@/app.log
'''),
    ("notebook", "@@dir@@/notebooks/price_trends.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
     '''{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Mitengo ye fodya -- 2026 season"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "@@var@@ = \\"@@val@@\\"\\n", "df = pd.read_csv('prices.csv')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
'''),
    ("text", "@@dir@@/NOTES.txt", "https://www.rfc-editor.org/rfc/rfc678",
     '''Zvinyorwa zve handover -- @@dir@@
--------------------------------
- Server: floor-app-2 (Harare DC)
- @@what@@:
    @@var@@ = @@val@@
- Backup inoitwa 02:00 CAT mazuva ese.
- Kana system yadonha, fonera Tinashe.
'''),
]


def _pick_bad(fmt: str, val: str) -> bool:
    """A value its format could not hold as written (a quote or an XML special)."""
    if fmt in ("xml", "html") and any(c in val for c in "&<>\""):
        return True
    if fmt in ("notebook", "json", "javascript", "typescript", "go", "java", "kotlin", "csharp", "rust",
               "swift", "ruby", "python", "terraform", "dockerfile", "yaml", "helm", "kubernetes", "toml",
               "ansible", "github-actions", "gitlab-ci") and ("\"" in val or "\\" in val):
        return True
    if fmt in ("shell", "powershell", "php", "sql", "javascript") and "'" in val:
        return True
    return False


BROWSER_KINDS = {"stripe-key", "google-api-key", "openai-key", "sendgrid-key", "paynow-key", "shopify-token", "mailgun-key"}


def _placed(name: str, start: int) -> Tuple[str, str]:
    """The first service folder (from `start`) where the file name is still free."""
    for k in range(len(DIRS)):
        d = DIRS[(start + k) % len(DIRS)]
        file_name = name.replace("@@dir@@", d)
        if file_name not in _NAMES:
            return d, file_name
    d = DIRS[start % len(DIRS)]
    return d, _unique(name.replace("@@dir@@", d))


def _generic_secrets(count: int) -> None:
    for i in range(count):
        fmt, name, source, text = TEMPLATES[i % len(TEMPLATES)]
        j = (i * 5 + i // len(TEMPLATES)) % len(SECRET_KINDS)
        while True:
            kind, var, make, what = SECRET_KINDS[j % len(SECRET_KINDS)]
            val = make()
            if not _pick_bad(fmt, val) and (fmt != "html" or kind in BROWSER_KINDS):
                break
            j += 1
        d, file_name = _placed(name, i * 7 + i // len(TEMPLATES))
        add(f"blind-lt/{fmt}/{kind}", file_name, source, text, val,
            var=var, key=var.lower(), val=val, what=what, dir=d)


def _generic_decoys(count: int) -> None:
    for i in range(count):
        fmt, name, source, text = TEMPLATES[(i * 3 + 1) % len(TEMPLATES)]
        kind, var, make = DECOY_KINDS[i % len(DECOY_KINDS)]
        val = make()
        if val.startswith("${{") and fmt != "github-actions":
            val = "${" + var + "}"  # only a workflow file reads the secrets context
        if _pick_bad(fmt, val):
            val = "<set-in-vault>" if fmt not in ("xml", "html") else "SET_IN_VAULT"
            kind = "decoy-placeholder"
        d, file_name = _placed(name, i * 5 + 3)
        what = {"decoy-placeholder": "isa yako (placeholder)", "decoy-masked": "yakavharwa (masked) -- chaiyo iri mu vault",
                "decoy-redacted": "redacted for the handover notes", "decoy-env-reference": "inobva ku environment",
                "decoy-secret-manager": "inotorwa ku secret manager", "decoy-public-key": "public key, haisi yakavanzika",
                "decoy-id": "id chete, haisi password", "decoy-hash": "hash/checksum chete",
                "decoy-docs-example": "example kubva ku AWS docs", "decoy-empty": "ichiri isina (empty)",
                "decoy-ciphertext": "sops ciphertext", "decoy-fake-fixture": "fake token ye tests chete"}[kind]
        add(f"blind-lt/{fmt}/{kind}", file_name, source, text, None,
            var=var, key=var.lower(), val=val, what=what, dir=d)


# ---------------------------------------------------------------- hand-written secrets
def _special_secrets() -> None:
    pw = words_pw()
    add("blind-lt/kubernetes-secret/database-password", "leaf-floor/k8s/ledger-db-secret.yaml",
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        '''apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: musika
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
''', pw, user=b64("ledger_app"), pw=b64(pw))

    key = fakes.fake_pem(_seed(), "RSA")
    indented = "\n".join("    " + line for line in key.splitlines())
    add("blind-lt/yaml/private-key", "courier/config/sftp.yml", "https://yaml.org/spec/1.2.2/#812-literal-style",
        '''# SFTP ku courier (manifest dzezvivezwa zvinotumirwa kunze)
sftp:
  host: sftp.courier-partner.example.com
  user: dombo_arts
  private_key: |
@@key@@
  remote_dir: /inbound/manifests
''', key, key=indented)

    key = fakes.fake_pem(_seed(), "OPENSSH")
    add("blind-lt/pem/private-key", "ops/keys/floor-backup_ed25519", "https://man.openbsd.org/ssh-keygen",
        "@@key@@\n", key, key=key)

    tok = k_stripe()
    add("blind-lt/python/stripe-key", "dombo-shop/payments/stripe_gateway.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation",
        '''import stripe

# Kiyi yakakamurwa kuti isapfuure 100 columns (linter)
stripe.api_key = ("@@a@@"
                  "@@b@@")


def charge(order):
    return stripe.PaymentIntent.create(amount=order.total_cents, currency="usd",
                                       metadata={"order": order.ref})
''', tok, a=tok[:18], b=tok[18:])

    pw = rand_pw()
    add("blind-lt/shell/database-password", "leaf-floor/scripts/restore_ledger.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents",
        '''#!/bin/bash
# Dzorera ledger kubva ku backup yezuro
set -e
cat > ~/.pgpass <<EOF
db.floor.internal:5432:ledger:ledger_admin:@@pw@@
EOF
chmod 600 ~/.pgpass
pg_restore -h db.floor.internal -U ledger_admin -d ledger /backups/ledger-latest.dump
''', pw, pw=pw)

    pw = words_pw()
    add("blind-lt/dotenv/database-url", "buyer-portal/.env.production", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
        '''NODE_ENV=production
PORT=4000
DATABASE_URL=postgres://portal:@@pw@@@db.floor.internal:5432/buyers
SESSION_TTL=3600
TZ=Africa/Harare
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/javascript/mongodb-uri", "gallery-web/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/",
        '''const { MongoClient } = require('mongodb');

// catalogue yezvivezwa (artists, pieces, provenance)
const cfg = JSON.parse('{"uri":"mongodb+srv://catalogue:@@pw@@@dombo0.abcde.mongodb.net/gallery","pool":10}');
const client = new MongoClient(cfg.uri, { maxPoolSize: cfg.pool });

module.exports = client;
''', pw, pw=pw)

    pw = words_pw()
    token = b64("floorclerk:" + pw)
    add("blind-lt/http/basic-auth", "price-board/docs/api-examples.http", "https://www.rfc-editor.org/rfc/rfc7617",
        '''### Mitengo yanhasi (today's prices)
GET https://floor.chiremba-leaf.co.zw/api/v1/prices?date=2026-04-14
Authorization: Basic @@t@@
Accept: application/json

### Bale imwe chete
GET https://floor.chiremba-leaf.co.zw/api/v1/bales/HRE-01-0042871
''', token, t=token)

    pw = rand_pw()
    add("blind-lt/netrc/password", "ops/home/deploy/.netrc", "https://everything.curl.dev/usingcurl/netrc.html",
        '''machine artifacts.chiremba-leaf.co.zw
  login deploy
  password @@pw@@

machine github.com
  login dombo-ci
''', pw, pw=pw)

    pw = rand_pw()
    auth = b64("dombo-ci:" + pw)
    add("blind-lt/json/docker-auth", "ops/home/deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/",
        '''{
  "auths": {
    "registry.chiremba-leaf.co.zw": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
''', pw, a=auth)

    tok = k_npm()
    add("blind-lt/npmrc/npm-token", "gallery-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
        '''@dombo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
engine-strict=true
fund=false
''', tok, t=tok)

    tok = k_pypi()
    add("blind-lt/pypirc/pypi-token", "grading/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
        '''[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@t@@
''', tok, t=tok)

    pw = words_pw()
    add("blind-lt/properties/jdbc-password", "settlement/src/main/resources/application-prod.properties",
        "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
        '''# Settlement -- prod
spring.datasource.url=jdbc:postgresql://db.floor.internal:5432/settlement
spring.datasource.username=settle_app
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/runbook/api-password", "ops/runbooks/paynow-reconcile.md", "https://spec.commonmark.org/0.31.2/",
        '''# Runbook: kuenzanisa Paynow (reconciliation)

Mazuva ese 21:00 CAT, tora report ye settlement:

```bash
curl -u reconcile:@@pw@@ \\
  "https://reports.dombo-arts.co.zw/paynow/settlement?date=$(date +%F)" -o settle.csv
```

Kana mari isingaenzane, tumira email ku accounts@dombo-arts.co.zw.
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/crontab/database-password", "ops/crontab.floor-db", "https://man7.org/linux/man-pages/man5/crontab.5.html",
        '''# m h dom mon dow command
# Backup ye ledger usiku hwese
0 2 * * * mysqldump -u backup -p'@@pw@@' bale_tickets | gzip > /backups/tickets-$(date +\\%F).sql.gz
30 2 * * * find /backups -mtime +14 -delete
*/5 7-17 * * 1-5 /srv/price-board/bin/refresh
''', pw, pw=pw)

    pw = words_pw()
    add("blind-lt/csharp/connection-string", "settlement/Data/LedgerContext.cs", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax",
        '''using Microsoft.EntityFrameworkCore;

namespace Chiremba.Settlement.Data
{
    public class LedgerContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options)
            => options.UseSqlServer("Server=sql.floor.internal;Database=Ledger;User Id=ledger_app;Password=@@pw@@;TrustServerCertificate=True");
    }
}
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/powershell/password", "ops/scripts/Mount-ArchiveShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring",
        '''# Mount share ye mifananidzo ye bale (photo archive)
$user = "CHIREMBA\\svc_archive"
$secure = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\archive01\\bales" -Credential $cred
Write-Host "Share yavhurwa"
''', pw, pw=pw)

    pw = words_pw()
    add("blind-lt/go/database-dsn", "bale-tickets/cmd/ticketd/db.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
        '''package main

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// openDB -- vhura database ye bale tickets
func openDB() (*sql.DB, error) {
	return sql.Open("mysql", "tickets:@@pw@@@tcp(db.floor.internal:3306)/bale_tickets?parseTime=true")
}
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/wiki/credential-table", "wiki/Gallery-Shop-Accounts.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis",
        '''# Maakaundi e web shop (ops chete)

| Service | User | Password | Cherechedza |
|---|---|---|---|
| Shop admin | admin@dombo-arts.co.zw | (ona 1Password) | |
| FTP ye mifananidzo | photos | @@pw@@ | inoshandiswa na Farai |
| Courier portal | dombo_arts | (SSO) | |

Ndapota chinja password mushure memwedzi mitatu.
''', pw, pw=pw)

    pw = rand_pw()
    plain = b64("\0shop@dombo-arts.co.zw\0" + pw)
    add("blind-lt/log/smtp-auth-plain", "newsletter/logs/smtp-debug.log", "https://www.rfc-editor.org/rfc/rfc4616",
        '''2026-04-12 09:00:01 send: 'ehlo newsletter-1\\r\\n'
2026-04-12 09:00:01 reply: b'250-smtp.mailrelay.example.com Hello'
2026-04-12 09:00:01 reply: b'250 AUTH PLAIN LOGIN'
2026-04-12 09:00:01 send: 'AUTH PLAIN @@p@@\\r\\n'
2026-04-12 09:00:02 reply: b'235 2.7.0 Authentication successful'
2026-04-12 09:00:02 send: 'mail FROM:<shop@dombo-arts.co.zw>\\r\\n'
''', plain, p=plain)

    tok = k_github()
    add("blind-lt/shell/github-token", "gallery-web/scripts/mirror_repo.sh", "https://git-scm.com/docs/git-clone#_git_urls",
        '''#!/bin/sh
# Mirror ye gallery-web kuenda ku GitHub (backup) -- inomhanya svondo rimwe nerimwe
set -e
cd /srv/mirrors/gallery-web.git
git fetch --prune origin
git push --mirror "https://dombo-ci:@@t@@@github.com/dombo-arts/gallery-web-backup.git"
''', tok, t=tok)

    hook = k_slack_hook()
    add("blind-lt/python/slack-webhook", "price-board/alerts/post_prices.py", "https://api.slack.com/messaging/webhooks",
        '''import json
import urllib.request

HOOK = "@@h@@"


def post(avg_price: float, bales: int) -> None:
    text = f"Musika wanhasi: {bales} bales, avhareji ${avg_price:.2f}/kg"
    req = urllib.request.Request(HOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', hook, h=hook)

    tok = k_telegram()
    add("blind-lt/systemd/telegram-token", "price-board/deploy/price-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
        '''[Unit]
Description=Telegram bot yemitengo ye fodya
After=network-online.target

[Service]
Environment="BOT_TOKEN=@@t@@"
ExecStart=/srv/price-board/venv/bin/python -m priceboard.bot
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', tok, t=tok)

    secret = k_aws()
    add("blind-lt/aws-credentials/aws-secret-key", "ops/home/deploy/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
        '''[default]
region = af-south-1

[dombo-media]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', secret, kid=fakes.aws_key_id(_seed()), s=secret)

    pw = k_redis()
    add("blind-lt/python/redis-url", "leaf-floor/bids/queue.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url",
        '''import redis

# Mitengo inopihwa nevatengi (bids) inoiswa mu queue iyi
bids = redis.Redis.from_url(
    "rediss://default:@@pw@@@bids.floor.internal:6380/0",
    decode_responses=True,
)
''', pw, pw=pw)


# ---------------------------------------------------------------- hand-written decoys
def _special_decoys() -> None:
    add("blind-lt/kubernetes/decoy-external-secret", "dombo-shop/k8s/external-secret.yaml",
        "https://external-secrets.io/latest/api/externalsecret/",
        '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-secrets
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: shop-secrets}
  data:
    - secretKey: PAYNOW_INTEGRATION_KEY
      remoteRef: {key: dombo/shop/paynow, property: integration_key}
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: dombo/shop/stripe, property: secret_key}
''')

    add("blind-lt/kubernetes-secret/decoy-placeholder", "leaf-floor/k8s/secret-template.yaml",
        "https://kubernetes.io/docs/concepts/configuration/secret/",
        '''# Template chete -- chaiyo inogadzirwa ne sealed-secrets
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@p@@
''', u=b64("ledger_app"), p=b64("REPLACE_ME"))

    add("blind-lt/dotenv/decoy-placeholder", "dombo-shop/.env.example", "https://github.com/motdotla/dotenv#usage",
        '''# Kopa kuita .env wozadza (copy to .env and fill in)
PAYNOW_INTEGRATION_ID=
PAYNOW_INTEGRATION_KEY=your-paynow-integration-key
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=SG.your_key_here
DATABASE_URL=postgres://shop:<password>@localhost:5432/shop
''')

    add("blind-lt/text/decoy-checksum", "grading/dist/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
        '''@@a@@  leafgrade-3.2.0-py3-none-any.whl
@@b@@  leafgrade-3.2.0.tar.gz
@@c@@  leafgrade-3.1.4-py3-none-any.whl
@@d@@  leafgrade-3.1.4.tar.gz
@@e@@  leafgrade-cli-linux-amd64
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

    add("blind-lt/ssh/decoy-public-key", "ops/keys/floor-backup_ed25519.pub", "https://man.openbsd.org/ssh-keygen",
        '''# public key chete -- inoiswa mu authorized_keys pa backup server
# (private key iri pa floor-backup, haisi mu repo)
# rotated 2026-02-01 na Tinashe
# fingerprint SHA256:@@fp@@
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ backup@floor-app-2
''', fp=_draw(43, ALNUM + "+/"), k=_draw(43, ALNUM + "+/"))

    add("blind-lt/html/decoy-public-key", "gallery-web/public/card-payment.html", "https://docs.stripe.com/keys#obtain-api-keys",
        '''<!doctype html>
<html lang="en">
<head><script src="https://js.stripe.com/v3/"></script></head>
<body>
  <form id="pay"><div id="card"></div><button>Bhadhara (Pay)</button></form>
  <script>
    const stripe = Stripe("@@pk@@"); // publishable key -- inogona kuoneka
    const card = stripe.elements().create("card"); card.mount("#card");
  </script>
</body>
</html>
''', pk=fakes.fake("pk_live_", 24, _seed()))

    add("blind-lt/yaml/decoy-ciphertext", "dombo-shop/secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
        '''paynow:
    integration_id: ENC[AES256_GCM,data:@@a@@,iv:@@iv1@@,tag:@@t1@@,type:int]
    integration_key: ENC[AES256_GCM,data:@@b@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2026-03-30T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
''', a=_draw(8, ALNUM + "+/"), b=_draw(48, ALNUM + "+/") + "==", iv1=_draw(43, ALNUM + "+/") + "=",
        iv2=_draw(43, ALNUM + "+/") + "=", t1=_draw(22, ALNUM + "+/") + "==", t2=_draw(22, ALNUM + "+/") + "==",
        r=_draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=_draw(88, ALNUM + "+/"))

    add("blind-lt/markdown/decoy-docs-example", "grading/docs/aws-setup.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html",
        '''# Kuseta AWS CLI pa laptop yako

Shandisa `aws configure`. Muenzaniso (example) kubva ku AWS docs:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: af-south-1
```

Makiyi ako chaiwo unoapiwa na Rutendo -- usaaisa muno.
''')

    add("blind-lt/python/decoy-fake-fixture", "leaf-floor/tests/test_notify.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html",
        '''import pytest

from floor.notify import Notifier

FAKE_TWILIO_TOKEN = "test-token-not-real-0000"  # fake, tests chete


@pytest.fixture
def notifier():
    return Notifier(key=FAKE_TWILIO_TOKEN)


def test_send_builds_body(notifier):
    assert notifier.key.startswith("test-")
''')

    add("blind-lt/terraform/decoy-random-password", "infra/terraform/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password",
        '''resource "random_password" "ledger" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "chiremba-ledger"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "ledger_admin"
  password          = random_password.ledger.result
}
''')

    add("blind-lt/github-actions/decoy-env-reference", ".github/workflows/publish-leafgrade.yml",
        "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
        '''name: publish leafgrade
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    permissions: {id-token: write}
    steps:
      - uses: actions/checkout@v4
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: ${{ secrets.PYPI_TOKEN }}
''')

    add("blind-lt/log/decoy-masked", "dombo-shop/logs/checkout-2026-04-13.log", "https://docs.python.org/3/library/logging.html",
        '''2026-04-13 14:02:11 INFO  checkout: order DA-20260413-0917 (Chapungu, springstone, 42cm)
2026-04-13 14:02:11 DEBUG paynow: integration_id=@@iid@@ key=****************************
2026-04-13 14:02:12 INFO  paynow: poll url https://www.paynow.co.zw/Interface/CheckPayment/?guid=@@g@@
2026-04-13 14:02:40 INFO  paynow: status=Paid hash=@@h@@
2026-04-13 14:02:40 INFO  checkout: order DA-20260413-0917 yabhadharwa (paid)
''', iid=str(_rng().randint(10000, 29999)), g=fakes.uuid4(_seed()), h=_draw(128, "0123456789ABCDEF"))

    add("blind-lt/csv/decoy-id", "leaf-floor/exports/bale_sales_2026-04-14.csv", "https://www.rfc-editor.org/rfc/rfc4180",
        '''ticket_id,grower_no,grade,mass_kg,price_usd_kg,buyer_code,sale_uuid
HRE-01-0042871,V1234567,L1O,118,3.85,B017,@@u1@@
HRE-01-0042872,V1234567,X2L,121,2.90,B004,@@u2@@
HRE-01-0042873,V7654321,C3O,109,3.20,B017,@@u3@@
HRE-01-0042874,V2468135,T4R,97,1.75,B021,@@u4@@
''', u1=fakes.uuid4(_seed()), u2=fakes.uuid4(_seed()), u3=fakes.uuid4(_seed()), u4=fakes.uuid4(_seed()))

    add("blind-lt/json/decoy-integrity-hash", "gallery-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
        '''{
  "name": "dombo-gallery-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/sharp": {
      "version": "0.33.3",
      "resolved": "https://registry.npmjs.org/sharp/-/sharp-0.33.3.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=_draw(86, ALNUM + "+/"), i2=_draw(86, ALNUM + "+/"))

    add("blind-lt/pgpass/decoy-placeholder", "ops/templates/pgpass.example", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
        '''# hostname:port:database:username:password
# Kopa ku ~/.pgpass, chinja <password> (chmod 600!)
db.floor.internal:5432:ledger:ledger_admin:<password>
db.floor.internal:5432:bale_tickets:tickets:<password>
*:*:*:readonly:<ask-ops>
''')

    add("blind-lt/markdown/decoy-env-reference", "dombo-shop/README.md", "https://spec.commonmark.org/0.31.2/",
        '''# Dombo Arts web shop

Chitoro chezvivezwa zveShona (serpentine, verdite, springstone).

## Kumhanyisa (running)

Zvakavanzika zvese zvinobva ku environment: `PAYNOW_INTEGRATION_KEY`, `STRIPE_SECRET_KEY`,
`SENDGRID_API_KEY`. Pa laptop, shandisa `doppler run -- make dev`.

Usambo nyora kiyi chaiyo mu code kana mu issue.
''')

    add("blind-lt/python/decoy-env-reference", "dombo-shop/payments/paynow_client.py", "https://docs.python.org/3/library/os.html#os.environ",
        '''import os

from paynow import Paynow

paynow = Paynow(
    os.environ["PAYNOW_INTEGRATION_ID"],
    os.environ["PAYNOW_INTEGRATION_KEY"],
    "https://shop.dombo-arts.co.zw/paynow/return",
    "https://shop.dombo-arts.co.zw/paynow/result",
)
''')

    add("blind-lt/xml/decoy-certificate", "settlement/src/main/resources/bank-cert.xml", "https://www.w3.org/TR/xmldsig-core1/#sec-X509Data",
        '''<?xml version="1.0" encoding="UTF-8"?>
<!-- Public certificate ye bank (RTGS gateway) -- haisi private key -->
<KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
  <X509Data>
    <X509SubjectName>CN=rtgs-gateway.bank.example, O=Example Bank, C=ZW</X509SubjectName>
    <X509Certificate>MIIC@@c@@</X509Certificate>
  </X509Data>
</KeyInfo>
''', c=_draw(120, ALNUM + "+/"))

    add("blind-lt/compose/decoy-env-file", "gallery-web/docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
        '''services:
  web:
    env_file: .env
    environment:
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?isa STRIPE_SECRET_KEY}
      PAYNOW_INTEGRATION_KEY: ${PAYNOW_INTEGRATION_KEY}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
''')

    add("blind-lt/shell/decoy-secret-manager", "ops/scripts/load_secrets.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html",
        '''#!/usr/bin/env bash
# Tora zvakavanzika ku Secrets Manager usati watanga app
set -euo pipefail
DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id leaf-floor/ledger-db \\
  --query SecretString --output text | jq -r .password)"
export DB_PASSWORD
exec "$@"
''')


def _more_secrets() -> None:
    key = "base64:" + b64(_draw(32, ALNUM))
    add("blind-lt/dotenv/laravel-app-key", "gallery-web/artist-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration",
        '''APP_NAME="Dombo Artists"
APP_ENV=production
APP_KEY=@@k@@
APP_DEBUG=false
APP_URL=https://artists.dombo-arts.co.zw
DB_CONNECTION=mysql
''', key, k=key)

    tok = "cio" + _draw(32, ALNUM)
    add("blind-lt/toml/crates-token", "grading/leafgrade-rs/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials",
        '''# cargo publish ye leafgrade-rs (mhando dze fodya)
[registry]
token = "@@t@@"

[registries.chiremba]
credential-provider = "cargo:token"
''', tok, t=tok)

    pw = words_pw()
    add("blind-lt/php/pdo-password", "gallery-web/artist-portal/lib/db.php", "https://www.php.net/manual/en/pdo.construct.php",
        '''<?php
// Kubatana ne database ye vanyori vezvivezwa (artists)
function artists_db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=db.dombo.internal;dbname=artists;charset=utf8mb4', 'artists_rw', '@@pw@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
    return $pdo;
}
''', pw, pw=pw)

    pw = rand_pw()
    add("blind-lt/ruby/smtp-password", "newsletter/lib/mailer.rb", "https://docs.ruby-lang.org/en/master/Net/SMTP.html",
        '''require "net/smtp"

# Tumira tsamba yemwedzi (monthly newsletter) kune vatengi
def deliver(message, to)
  Net::SMTP.start("smtp.mailrelay.example.com", 587, "dombo-arts.co.zw",
                  "news@dombo-arts.co.zw", "@@pw@@", :login) do |smtp|
    smtp.send_message(message, "news@dombo-arts.co.zw", to)
  end
end
''', pw, pw=pw)

    pw = words_pw()
    add("blind-lt/java/split-password", "settlement/src/main/java/zw/chiremba/settlement/RtgsClient.java",
        "https://docs.oracle.com/javase/specs/jls/se17/html/jls-15.html#jls-15.18.1",
        '''package zw.chiremba.settlement;

import java.net.PasswordAuthentication;

/** RTGS gateway -- kubhadhara varimi kuburikidza ne bank. */
final class RtgsClient {
    private static final String USER = "chiremba_floor";
    private static final String PASS = "@@a@@" +
            "@@b@@";

    PasswordAuthentication auth() {
        return new PasswordAuthentication(USER, PASS.toCharArray());
    }
}
''', pw, a=pw[:7], b=pw[7:])

    cfg = '{"paynow":{"id":"' + str(_rng().randint(10000, 29999)) + '","key":"' + k_paynow() + '"}}'
    secret = cfg.split('"key":"')[1].split('"')[0]
    add("blind-lt/kubernetes-secret/paynow-key", "dombo-shop/k8s/paynow-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
        '''apiVersion: v1
kind: Secret
metadata:
  name: paynow
  namespace: chitoro
type: Opaque
stringData:
  paynow.json: '@@c@@'
''', secret, c=cfg)

    tok = k_openai()
    add("blind-lt/swift/openai-key", "gallery-web/DomboCurator/Sources/Describer.swift", "https://developer.apple.com/documentation/foundation/urlrequest/2011447-setvalue",
        '''import Foundation

// Nyora tsananguro yechivezwa (piece description) kubva pamufananidzo
func describeRequest(imageURL: URL) -> URLRequest {
    var req = URLRequest(url: URL(string: "https://api.openai.com/v1/chat/completions")!)
    req.httpMethod = "POST"
    req.setValue("Bearer @@t@@", forHTTPHeaderField: "Authorization")
    req.setValue("application/json", forHTTPHeaderField: "Content-Type")
    return req
}
''', tok, t=tok)

    tok = _draw(40, ALNUM + "_-")
    add("blind-lt/terraform/cloudflare-token", "infra/terraform/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs",
        '''provider "cloudflare" {
  api_token = "@@t@@"
}

resource "cloudflare_record" "shop" {
  zone_id = var.zone_id
  name    = "shop"
  content = "102.65.14.20"
  type    = "A"
  proxied = true
}
''', tok, t=tok)

    key = fakes.fake_pem(_seed(), "EC")
    indented = "\n".join("    " + line for line in key.splitlines())
    add("blind-lt/helm/tls-private-key", "dombo-shop/charts/shop/values-tls.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
        '''ingress:
  host: shop.dombo-arts.co.zw
  tls:
    cert: |
      (ona cert.pem -- public)
  key: |
@@k@@
''', key, k=indented)

    pw = rand_pw()
    add("blind-lt/rust/basic-auth-password", "bale-tickets/sync/src/upload.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth",
        '''use reqwest::blocking::Client;

/// Tumira tickets dzanhasi ku TIMB-style registry (mock endpoint)
pub fn upload(body: String) -> reqwest::Result<()> {
    Client::new()
        .post("https://registry.floor.internal/api/tickets")
        .basic_auth("hre01_sync", Some("@@pw@@"))
        .body(body)
        .send()?
        .error_for_status()?;
    Ok(())
}
''', pw, pw=pw)

    pw = words_pw()
    add("blind-lt/sql/role-password", "leaf-floor/db/roles.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html",
        '''-- Roles dze ledger (mhanyisa se superuser)
CREATE ROLE report_reader LOGIN;
GRANT CONNECT ON DATABASE ledger TO report_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_reader;
ALTER ROLE report_reader PASSWORD '@@pw@@';
''', pw, pw=pw)

    tok = k_slack_bot()
    add("blind-lt/jenkinsfile/slack-bot-token", "leaf-floor/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/#environment",
        '''pipeline {
    agent any
    environment {
        FLOOR_CODE = 'HRE-01'
        SLACK_TOKEN = '@@t@@'
    }
    stages {
        stage('Test') { steps { sh 'make test' } }
        stage('Deploy') { steps { sh './deploy.sh' } }
    }
}
''', tok, t=tok)

    pw = rand_pw()
    add("blind-lt/odbc/password", "settlement/etc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns",
        '''[LedgerProd]
Driver   = ODBC Driver 18 for SQL Server
Server   = sql.floor.internal,1433
Database = Ledger
UID      = report_odbc
PWD      = @@pw@@
TrustServerCertificate = yes
''', pw, pw=pw)

    tok = k_sendgrid()
    add("blind-lt/github-actions/curl-bearer", ".github/workflows/newsletter-send.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun",
        '''name: tumira newsletter
on:
  schedule: [{cron: "0 6 1 * *"}]
jobs:
  send:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          curl -X POST https://api.sendgrid.com/v3/marketing/singlesends/$SEND_ID/schedule \\
            -H "Authorization: Bearer @@t@@" \\
            -H "Content-Type: application/json" -d '{"send_at":"now"}'
''', tok, t=tok)


def _more_decoys() -> None:
    lines = [_draw(80, HEX) for _ in range(5)]
    add("blind-lt/ansible/decoy-vault-encrypted", "infra/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
        "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n")

    add("blind-lt/jenkinsfile/decoy-credentials-binding", "settlement/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials",
        '''pipeline {
    agent any
    environment {
        RTGS_CREDS = credentials('rtgs-gateway-prod')
        DB_PASSWORD = credentials('ledger-db-password')
    }
    stages {
        stage('Settle') { steps { sh './settle.sh --floor HRE-01' } }
    }
}
''')

    add("blind-lt/sql/decoy-psql-variable", "leaf-floor/db/roles_template.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION",
        '''-- Mhanyisa: psql -v reader_pw="$READER_PW" -f roles_template.sql
CREATE ROLE report_reader LOGIN;
GRANT CONNECT ON DATABASE ledger TO report_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_reader;
ALTER ROLE report_reader PASSWORD :'reader_pw';
''')

    add("blind-lt/markdown/decoy-commit-hashes", "dombo-shop/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
        '''# Changelog

## 1.14.2 -- 2026-04-10
- Paynow: kugadzirisa poll timeout (@@a@@)
- Catalogue: mifananidzo yezvivezwa ye verdite (@@b@@)

## 1.14.1 -- 2026-03-28
- Checkout: USD rounding fix (@@c@@)
''', a=hexs(40), b=hexs(40), c=hexs(40))

    add("blind-lt/php/decoy-env-reference", "gallery-web/artist-portal/lib/paynow.php", "https://www.php.net/manual/en/function.getenv.php",
        '''<?php
// Paynow -- makiyi anobva ku environment (haaiswe mu code)
$paynow = new Paynow\\Payments\\Paynow(
    getenv('PAYNOW_INTEGRATION_ID'),
    getenv('PAYNOW_INTEGRATION_KEY'),
    'https://artists.dombo-arts.co.zw/paynow/return',
    'https://artists.dombo-arts.co.zw/paynow/result'
);
''')

    add("blind-lt/kubernetes-secret/decoy-sealed-secret", "leaf-floor/k8s/ledger-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
        '''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: musika
spec:
  encryptedData:
    POSTGRES_PASSWORD: Ag@@a@@
''', a=_draw(300, ALNUM + "+/") + "==")

    add("blind-lt/restructuredtext/decoy-placeholder", "grading/docs/credentials.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
        '''Credentials dze grading station
===============================

=============== ========================= =====================
Variable        Value                     Kwazvinobva
=============== ========================= =====================
DB_PASSWORD     ``<from-vault>``          vault kv get grading/db
TWILIO_TOKEN    ``xxxxxxxxxxxxxxxx``      Twilio console (Rutendo)
=============== ========================= =====================
''')

    add("blind-lt/log/decoy-redacted", "buyer-portal/logs/auth-2026-04-14.log", "https://docs.python.org/3/library/logging.html",
        '''2026-04-14 07:41:02 INFO  login ok buyer=B017 ip=102.65.14.77
2026-04-14 07:41:09 WARN  login failed buyer=B004 password=[FILTERED]
2026-04-14 07:41:15 INFO  login ok buyer=B004 ip=102.65.14.91
2026-04-14 07:43:30 INFO  token issued buyer=B004 jti=@@j@@ (value not logged)
2026-04-14 07:44:00 INFO  bid placed ticket=HRE-01-0042872 price=2.90
''', j=fakes.uuid4(_seed()))


_more_secrets()
_more_decoys()
_special_secrets()
_special_decoys()
_N_SPECIAL_SECRETS = sum(c.secret is not None for c in CASES)
_N_SPECIAL_DECOYS = sum(c.secret is None for c in CASES)
_generic_secrets(130 - _N_SPECIAL_SECRETS)
_generic_decoys(90 - _N_SPECIAL_DECOYS)
