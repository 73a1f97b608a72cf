"""Blind set OW: a Kyzyl throat-singing festival's ticketing site and an Abakan/Kyzyl yak-wool felting co-op.

The festival (Хөөмей-Фест Кызыл: ticket shop on Django and Laravel, YooKassa/CloudPayments/T-Bank
payments, SMS and Telegram notifications, a ticket-scanner app for the gates, Yandex Cloud hosting)
and the co-operative («Сарлык Кидис»: felt shop on Ozon/Wildberries/Etsy, 1C-Bitrix site, drying-room
sensors on ESP32/MQTT, wool intake sheets), with notes and comments in Tuvan, Khakas and Russian mixed
with English. About 130 files holding one credential each and about 90 decoys. Generated fakes only
(seeds 9350000-9359999).
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
UPPER = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 9350000, 9359999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Khoomei", "Sygyt", "Kargyraa", "Igil", "Doshpuluur", "Khomus", "Sarlyk", "Kidis", "Ulugkhem",
         "Kaakhem", "Chadan", "Abakan", "Chatkhan", "Khaidzhi", "Tigir", "Taiga", "Tandy", "Azas", "Sayan",
         "Yenisei", "Borbannadyr", "Ezenggileer", "Kuzhuget", "Tos", "Aldyn", "Mongun", "Chylgy"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*+?_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pw() -> str:
    return fakes.password(_seed())


def yookassa() -> str:
    return "live_" + fakes.drawn(_seed(), 43, URLSAFE)


def cp_secret() -> str:
    return hexs(32)


def tbank_pw() -> str:
    return rnd(16, LOWER)


def smsru() -> str:
    return "-".join(rnd(n, "0123456789ABCDEF") for n in (8, 4, 4, 4, 12))


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, URLSAFE)


def yc_key_id() -> str:
    return "YCAJE" + fakes.drawn(_seed(), 20, URLSAFE)


def yc_secret() -> str:
    return "YCM" + fakes.drawn(_seed(), 37, URLSAFE)


def yc_iam() -> str:
    return "t1.9euelZ" + fakes.drawn(_seed(), 150, URLSAFE) + "." + fakes.drawn(_seed(), 86, URLSAFE)


def ya_oauth() -> str:
    return "y0_AgAAAAB" + fakes.drawn(_seed(), 48, URLSAFE)


def vk_token() -> str:
    return "vk1.a." + fakes.drawn(_seed(), 214, URLSAFE)


def tg() -> str:
    return fakes.telegram_token(_seed())


def gh() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return mixed(20, "glpat-")


def npm_tok() -> str:
    return mixed(36, "npm_")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, URLSAFE)


def openai() -> str:
    return fakes.openai_key(_seed())


def sentry_auth() -> str:
    return "sntryu_" + hexs(64)


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def laravel_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return "base64:" + base64.b64encode(raw).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str, alg: str = "HS256") -> str:
    head = base64.urlsafe_b64encode(('{"alg":"%s","typ":"JWT"}' % alg).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    sig = 43 if alg == "HS256" else 342 if alg == "RS256" else 86
    return head + "." + body + "." + fakes.drawn(_seed(), sig, URLSAFE)


def mattermost_hook() -> str:
    return "https://chat.khoomei-fest.ru/hooks/" + rnd(26, string.ascii_lowercase + string.digits)


def bitrix_hook() -> str:
    r = _rng()
    return f"https://sarlyk-kidis.bitrix24.ru/rest/{r.randint(1, 40)}/" + "".join(r.choice(LOWER) for _ in range(16)) + "/"


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-ow/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- festival: ticket shop (Django)

add("python/yookassa-secret", "khoomei-fest/tickets/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format", r'''
"""Оплата билетов через ЮKassa. Билет садыг акшазы (ticket payments)."""
import uuid

from yookassa import Configuration, Payment

# TODO(Айдыс): вынести в Lockbox до открытия продаж!!!
Configuration.account_id = "318204"
Configuration.secret_key = "@@s@@"


def create_payment(order):
    return Payment.create({
        "amount": {"value": str(order.total), "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://khoomei-fest.ru/bilet/spasibo"},
        "capture": True,
        "description": f"Билет {order.number} / Хөөмей-Фест",
    }, str(uuid.uuid4()))
''', yookassa())

add("python/decoy-env-settings", "khoomei-fest/tickets/config/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
# Прод-настройки. Все секреты приходят из окружения (Lockbox -> systemd EnvironmentFile).
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["khoomei-fest.ru", "www.khoomei-fest.ru"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tickets",
        "USER": "tickets_app",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net",
        "PORT": 6432,
        "OPTIONS": {"sslmode": "verify-full"},
    }
}
YOOKASSA_SHOP_ID = os.environ.get("YOOKASSA_SHOP_ID", "318204")
YOOKASSA_SECRET_KEY = os.environ["YOOKASSA_SECRET_KEY"]
''')

add("python/django-secret-key", "khoomei-fest/tickets/config/settings/local.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
# Локальные настройки Чечек. Не коммитить! (ой)
from .base import *  # noqa

DEBUG = True
SECRET_KEY = "@@s@@"
INTERNAL_IPS = ["127.0.0.1"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''', fakes.django_secret_key(_seed()))

add("env/dotenv-db-url", "khoomei-fest/tickets/.env", "https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url", r'''
# Хөөмей-Фест — билеты (staging)
DJANGO_DEBUG=False
DATABASE_URL=postgres://tickets_app:@@s@@@rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net:6432/tickets?sslmode=require
REDIS_URL=redis://127.0.0.1:6379/2
YOOKASSA_SHOP_ID=318204
SITE_URL=https://stage.khoomei-fest.ru
''', words_pw())

add("env/decoy-example", "khoomei-fest/tickets/.env.example", "https://github.com/motdotla/dotenv#usage", r'''
# Скопируйте в .env и заполните. Значения берите в Lockbox (каталог khoomei-prod).
DJANGO_SECRET_KEY=
DATABASE_URL=postgres://tickets_app:<пароль>@localhost:5432/tickets
REDIS_URL=redis://127.0.0.1:6379/2
YOOKASSA_SHOP_ID=000000
YOOKASSA_SECRET_KEY=test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SMSRU_API_ID=changeme
TELEGRAM_BOT_TOKEN=<токен от @BotFather>
''')

add("python/cloudpayments-secret", "khoomei-fest/tickets/payments/cloudpayments.py", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov", r'''
import requests

CP_PUBLIC_ID = "pk_4b7e2d91c0a8f35e6d1b2c7a9e04f"
CP_API_SECRET = "@@s@@"  # пароль для API, личный кабинет -> сайты -> настройки


def refund(transaction_id: int, amount: float) -> dict:
    """Возврат за отменённый концерт (каргыраа-вечер 14 августа)."""
    r = requests.post(
        "https://api.cloudpayments.ru/payments/refund",
        json={"TransactionId": transaction_id, "Amount": amount},
        auth=(CP_PUBLIC_ID, CP_API_SECRET),
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', cp_secret())

add("html/decoy-cloudpayments-widget", "khoomei-fest/frontend/templates/checkout.html", "https://developers.cloudpayments.ru/#ustanovka-vidzheta", r'''
{% extends "base.html" %}
{% block content %}
<h1>Оплата билета / Билет садып алыры</h1>
<button id="pay">Оплатить {{ order.total }} ₽</button>
<script src="https://widget.cloudpayments.ru/bundles/cloudpayments.js"></script>
<script>
  document.getElementById("pay").onclick = function () {
    var widget = new cp.CloudPayments({ language: "ru-RU" });
    widget.pay("charge", {
      publicId: "pk_4b7e2d91c0a8f35e6d1b2c7a9e04f",
      description: "Хөөмей-Фест: {{ order.ticket_type }}",
      amount: {{ order.total }},
      currency: "RUB",
      invoiceId: "{{ order.number }}",
      accountId: "{{ order.email }}"
    }, { onSuccess: "/bilet/spasibo", onFail: "/bilet/oshibka" });
  };
</script>
{% endblock %}
''')

add("php/tbank-terminal-password", "khoomei-fest/legacy-php/config/tinkoff.php", "https://www.tbank.ru/kassa/dev/payments/", r'''
<?php
// Старый сайт 2022 года (Laravel), эквайринг Т-Банк. Терминал фестиваля.
return [
    'terminal_key' => '1690357248915',
    'password'     => '@@s@@',
    'success_url'  => 'https://khoomei-fest.ru/bilet/spasibo',
    'fail_url'     => 'https://khoomei-fest.ru/bilet/oshibka',
    'taxation'     => 'usn_income',
];
''', tbank_pw())

add("env/laravel-app-key", "khoomei-fest/legacy-php/.env", "https://laravel.com/docs/10.x/encryption#configuration", r'''
APP_NAME="Хөөмей-Фест"
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://old.khoomei-fest.ru

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=khoomei
DB_USERNAME=khoomei
DB_PASSWORD="${DB_PASSWORD}"
''', laravel_key())

add("php/decoy-laravel-config-env", "khoomei-fest/legacy-php/config/database.php", "https://laravel.com/docs/10.x/database#configuration", r'''
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'khoomei'),
            'username' => env('DB_USERNAME', 'khoomei'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
''')

add("python/smsru-api-id", "khoomei-fest/tickets/notify/sms.py", "https://sms.ru/api/send", r'''
# SMS с кодом билета. Кызыл, Чадан, Тээли — везде у зрителей только SMS ловит.
import requests

SMSRU_API_ID = "@@s@@"


def send_ticket_code(phone: str, code: str) -> None:
    text = f"Хөөмей-Фест: ваш билет {code}. Байырлалга кел!"
    requests.get("https://sms.ru/sms/send", params={
        "api_id": SMSRU_API_ID, "to": phone, "msg": text, "json": 1,
    }, timeout=10)
''', smsru())

add("python/telegram-bot-token", "khoomei-fest/bot/main.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Бот фестиваля: расписание, билеты, где найти игил-мастеров
import logging

from aiogram import Bot, Dispatcher, types

logging.basicConfig(level=logging.INFO)
bot = Bot(token="@@s@@")
dp = Dispatcher()


@dp.message()
async def echo(message: types.Message):
    if message.text.lower() in ("экии", "привет", "hi"):
        await message.answer("Экии! Хөөмей-Фест 2025: 12–15 августа, Кызыл, Центр Азии.")
    else:
        await message.answer("Напишите «расписание» или «билет».")
''', tg())

add("markdown/decoy-telegram-docs-example", "khoomei-fest/bot/README.md", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# khoomei-bot

Телеграм-бот фестиваля (aiogram 3).

## Запуск

1. Получите токен у @BotFather. Он выглядит примерно так: `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`
   (это пример из документации Telegram, не настоящий токен).
2. Положите его в переменную окружения:

```bash
export BOT_TOKEN="<ваш токен>"
python -m bot.main
```

Прод-токен лежит в Lockbox, секрет `khoomei-bot`, ключ `BOT_TOKEN`. Не вставляйте его в код.
''')

_pw = words_pw()
add("yaml/k8s-secret-base64", "khoomei-fest/deploy/k8s/tickets-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: tickets-env
  namespace: khoomei
  labels:
    app: tickets
type: Opaque
data:
  DJANGO_SETTINGS_MODULE: Y29uZmlnLnNldHRpbmdzLnByb2Q=
  DB_USER: dGlja2V0c19hcHA=
  DB_PASSWORD: @@enc@@
''', _pw, enc=b64(_pw))

add("yaml/decoy-external-secret-lockbox", "khoomei-fest/deploy/k8s/tickets-external-secret.yaml", "https://yandex.cloud/ru/docs/lockbox/tutorials/kubernetes-lockbox-secrets", r'''
# Секреты тянем из Yandex Lockbox через External Secrets Operator
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tickets-env
  namespace: khoomei
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: lockbox
    kind: SecretStore
  target:
    name: tickets-env
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: e6q8kd0v3t2m1n5b7c9a
        property: DB_PASSWORD
    - secretKey: YOOKASSA_SECRET_KEY
      remoteRef:
        key: e6q8kd0v3t2m1n5b7c9a
        property: YOOKASSA_SECRET_KEY
''')

add("yaml/decoy-deployment-secretkeyref", "khoomei-fest/deploy/k8s/tickets-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tickets
  namespace: khoomei
spec:
  replicas: 2
  selector:
    matchLabels: {app: tickets}
  template:
    metadata:
      labels: {app: tickets}
    spec:
      containers:
        - name: web
          image: cr.yandex/crp3k9d2v7x1q0m4n8b6/tickets@sha256:7d1e4c0b9a8f3e2d1c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d
          ports: [{containerPort: 8000}]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: tickets-env, key: DB_PASSWORD}
            - name: YOOKASSA_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: tickets-env, key: YOOKASSA_SECRET_KEY}
''')

add("terraform/yandex-oauth-token", "khoomei-fest/infra/terraform/provider.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs#token", r'''
terraform {
  required_providers {
    yandex = {
      source = "yandex-cloud/yandex"
    }
  }
}

# Саяна: временно, пока не настроили сервисный аккаунт для CI
provider "yandex" {
  token     = "@@s@@"
  cloud_id  = "b1gq7r2kd9v0m3x5c8n1"
  folder_id = "b1g4t8s0p2l6j9h3f7d5"
  zone      = "ru-central1-a"
}
''', ya_oauth())

add("terraform/decoy-tfvars-ids", "khoomei-fest/infra/terraform/prod.tfvars", "https://yandex.cloud/ru/docs/resource-manager/operations/folder/get-id", r'''
# Идентификаторы облака — не секрет, можно коммитить
cloud_id           = "b1gq7r2kd9v0m3x5c8n1"
folder_id          = "b1g4t8s0p2l6j9h3f7d5"
service_account_id = "ajek2m9v7c1x0q4n3b8d"
network_id         = "enp6s1d0k8v2m4x9c3n7"
zone               = "ru-central1-a"
image_family       = "ubuntu-2204-lts"
''')

add("terraform/decoy-sensitive-variable", "khoomei-fest/infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", r'''
variable "yc_token" {
  description = "OAuth/IAM токен. Передавать через YC_TOKEN или -var, в репо не хранить"
  type        = string
  sensitive   = true
}

variable "db_password" {
  description = "Пароль пользователя tickets_app в Managed PostgreSQL"
  type        = string
  sensitive   = true
}

variable "db_version" {
  type    = string
  default = "15"
}
''')

_k = pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE")
add("json/yc-service-account-key", "khoomei-fest/infra/keys/ci-deployer-key.json", "https://yandex.cloud/ru/docs/iam/operations/authorized-key/create", r'''
{
   "id": "ajeb8l2k4v6c0x9m1n3q",
   "service_account_id": "ajek2m9v7c1x0q4n3b8d",
   "created_at": "2025-03-11T04:12:57.114372Z",
   "key_algorithm": "RSA_2048",
   "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw0qf\n-----END PUBLIC KEY-----\n",
   "private_key": "@@s@@"
}
''', _k.replace("\n", "\\n"))

add("yaml/github-actions-yc-static-key", "khoomei-fest/.github/workflows/deploy-static.yml", "https://yandex.cloud/ru/docs/storage/tools/aws-cli", r'''
name: Выкладка статики в Object Storage
on:
  push:
    branches: [main]
    paths: ["frontend/**"]

jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@   # TODO перенести в secrets
      AWS_DEFAULT_REGION: ru-central1
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        working-directory: frontend
      - run: aws --endpoint-url=https://storage.yandexcloud.net s3 sync frontend/dist s3://khoomei-fest-static --delete
''', yc_secret(), kid=yc_key_id())

add("yaml/decoy-github-actions-secrets", "khoomei-fest/.github/workflows/tests.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: tests
on: [push, pull_request]

jobs:
  pytest:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:15
        env:
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: tickets_test
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/tickets_test
      DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY_CI }}
      YOOKASSA_SECRET_KEY: ${{ secrets.YOOKASSA_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements/dev.txt
      - run: pytest -q
''')

add("gitlab-ci/registry-password", "khoomei-fest/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_build.html", r'''
stages: [build, deploy]

variables:
  IMAGE: cr.yandex/crp3k9d2v7x1q0m4n8b6/tickets

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    # ключ сервисного аккаунта ci-builder (Саяна, март)
    - echo '@@s@@' | docker login --username iam --password-stdin cr.yandex
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
''', yc_iam())

add("gitlab-ci/decoy-masked-vars", "khoomei-fest/scanner-app/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
# Сборка приложения контролёра (Android). Ключи подписи — в masked/protected variables.
stages: [build]

assemble:
  stage: build
  image: cimg/android:2024.01
  script:
    - echo "$KEYSTORE_BASE64" | base64 -d > app/release.jks
    - ./gradlew assembleRelease
        -Pandroid.injected.signing.store.file=release.jks
        -Pandroid.injected.signing.store.password="$KEYSTORE_PASSWORD"
        -Pandroid.injected.signing.key.alias=khoomei
        -Pandroid.injected.signing.key.password="$KEY_PASSWORD"
  artifacts:
    paths: [app/build/outputs/apk/release/]
  only: [tags]
''')

add("gradle/keystore-password", "khoomei-fest/scanner-app/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#sign-auto", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "ru.khoomeifest.scanner"
    compileSdk = 34
    defaultConfig {
        applicationId = "ru.khoomeifest.scanner"
        minSdk = 24
        versionCode = 12
        versionName = "1.4.0"
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keys/khoomei-release.jks")
            storePassword = "@@s@@"
            keyAlias = "khoomei"
            keyPassword = "@@s@@"
        }
    }
    buildTypes {
        release { signingConfig = signingConfigs.getByName("release") }
    }
}
''', words_pw())

add("kotlin/scanner-api-token", "khoomei-fest/scanner-app/app/src/main/java/ru/khoomeifest/scanner/Api.kt", "https://square.github.io/okhttp/features/interceptors/", r'''
package ru.khoomeifest.scanner

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// Токен контролёра на воротах (ворота №1–4, стадион «Хуреш»). Один на все устройства.
private const val GATE_TOKEN = "@@s@@"

val http: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("Authorization", "Bearer $GATE_TOKEN")
                .build()
        )
    })
    .build()
''', jwt_like('{"sub":"gate-scanner","scope":"tickets:validate","iat":1752300000}'))

add("kotlin/decoy-buildconfig", "khoomei-fest/scanner-app/app/src/main/java/ru/khoomeifest/scanner/Config.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
package ru.khoomeifest.scanner

// Токен приходит из local.properties -> buildConfigField, в репозиторий не попадает.
object Config {
    val apiBase: String = BuildConfig.API_BASE          // https://api.khoomei-fest.ru/v1/
    val gateToken: String = BuildConfig.GATE_TOKEN
    const val QR_PREFIX = "KHF25-"
    const val SYNC_INTERVAL_SEC = 30
}
''')

add("dockerfile/decoy-build-secret-mount", "khoomei-fest/frontend/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# токен приватного реестра @khoomei/* только через --secret, в слой не попадает
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
''')

add("npmrc/npm-auth-token", "khoomei-fest/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
@khoomei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit=false
''', npm_tok())

add("npmrc/decoy-env-token", "khoomei-fest/widgets/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# Токен берётся из окружения (CI: NPM_TOKEN в GitLab variables)
@khoomei:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
''')

add("nginx/basic-auth-header", "khoomei-fest/deploy/nginx/admin-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# Прокси на админку кассы партнёра (Тыва Концерт). Они дали общий логин.
server {
    listen 443 ssl;
    server_name kassa.khoomei-fest.ru;
    ssl_certificate     /etc/letsencrypt/live/khoomei-fest.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/khoomei-fest.ru/privkey.pem;

    location / {
        proxy_pass https://partner-kassa.tyva-concert.ru/;
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host partner-kassa.tyva-concert.ru;
    }
}
''', b64("khoomei-fest:" + words_pw()))

add("nginx/decoy-ssl-paths", "khoomei-fest/deploy/nginx/khoomei-fest.conf", "https://nginx.org/en/docs/http/configuring_https_servers.html", r'''
server {
    listen 443 ssl http2;
    server_name khoomei-fest.ru www.khoomei-fest.ru;

    ssl_certificate     /etc/letsencrypt/live/khoomei-fest.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/khoomei-fest.ru/privkey.pem;
    ssl_session_tickets off;
    add_header Strict-Transport-Security "max-age=63072000" always;

    location /static/ { alias /srv/tickets/static/; expires 30d; }
    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header X-Forwarded-Proto https;
    }
}
''')

add("htpasswd/decoy-bcrypt", "khoomei-fest/deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", r'''
aidys:$2y$05$Qd3Hn0rT7vWkZ2mL9cP1xOeJ4sUaF6bG8hK0iN2jM4lQ6pR8tV0xW
sayana:$2y$05$Lm8Kp2vN4xR6tB0cD9fG1uHe3jW5kZ7aS9dF1gH3jK5lM7nP9qR1s
chechek:$2y$05$Xy1Za3Bc5De7Fg9Hi1Jk3uLm5No7Pq9Rs1Tu3Vw5Xy7Za9Bc1De3F
kontroler:$2y$05$Ab2Cd4Ef6Gh8Ij0Kl2Mn4uOp6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4I
buhgalter:$2y$05$Pq7Rs9Tu1Vw3Xy5Za7Bc9uDe1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu7Vw9X
''')

# ---------------------------------------------------------------- festival: ops, notes, chat, mail

add("shell-history/psql-password", "khoomei-fest/ops/aidys/.bash_history", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
cd /srv/tickets
git pull
sudo systemctl restart tickets
journalctl -u tickets -n 100
PGPASSWORD='@@s@@' psql -h rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net -p 6432 -U tickets_app tickets -c "select count(*) from orders_order where status='paid';"
htop
df -h
exit
''', words_pw())

add("shell-history/decoy-yc-iam-create", "khoomei-fest/ops/sayana/.zsh_history", "https://yandex.cloud/ru/docs/cli/cli-ref/iam/cli-ref/create-token", r'''
: 1741668721:0;yc config profile activate khoomei-prod
: 1741668730:0;yc resource-manager folder list
: 1741668755:0;export YC_TOKEN=$(yc iam create-token)
: 1741668761:0;terraform -chdir=infra/terraform plan -var-file=prod.tfvars
: 1741668902:0;yc lockbox secret get --name tickets-env
: 1741668950:0;yc lockbox payload get --name tickets-env --key DB_PASSWORD | wc -c
: 1741669010:0;kubectl -n khoomei rollout restart deploy/tickets
: 1741669044:0;kubectl -n khoomei get pods
''')

add("markdown/notes-admin-password", "khoomei-fest/docs/notes/2025-07-30-planerka.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Планёрка 30.07 (Кызыл, офис на Кочетова)

Присутствовали: Айдыс, Саяна, Чечек, Начын (звук), Долаана (волонтёры)

- Продажи: 1 840 билетов, из них 312 — «Сыгыт-пасс» на все дни.
- Контролёрам раздать телефоны с приложением до 10.08.
- Админка Django для волонтёров: логин `volunteer`, пароль @@s@@ (Долаана раздаст лично, не пересылать в общий чат!)
- Начын: нужен второй пульт на сцену у Енисея, каргыраа-батл в субботу.
- Четтирдим бүгүдеге! Следующая встреча 06.08.
''', words_pw())

add("markdown/decoy-notes-rotated", "khoomei-fest/docs/notes/2025-08-16-itogi.md", "https://yandex.cloud/ru/docs/lockbox/concepts/secret", r'''
# Итоги фестиваля — ИТ часть

- Пик нагрузки: 14.08 19:02, 430 rps на /bilet/, выдержали.
- Один раз упала отправка SMS (баланс sms.ru кончился), пополнили.
- Пароль волонтёрской админки после фестиваля сменили, учётку `volunteer` выключили.
- Токен бота перевыпустили через @BotFather (старый отозван), новый только в Lockbox.
- YooKassa: ключ API перевыпущен 16.08, старый удалён в ЛК.
- TODO: перейти на сервисный аккаунт для terraform, убрать OAuth из ноутбуков.

Улуг четтирдим всем волонтёрам!
''')

add("telegram-export/chat-password", "khoomei-fest/docs/chat-export/result.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Хөөмей-Фест ИТ",
 "type": "private_supergroup",
 "id": 1893320455,
 "messages": [
  {"id": 5531, "type": "message", "date": "2025-08-11T22:41:07", "from": "Айдыс Монгуш", "text": "SMTP не шлёт письма с билетами, кто менял пароль?"},
  {"id": 5532, "type": "message", "date": "2025-08-11T22:43:55", "from": "Саяна Ооржак", "text": "я менял, в mail.ru пароль приложения новый: @@s@@"},
  {"id": 5533, "type": "message", "date": "2025-08-11T22:44:30", "from": "Айдыс Монгуш", "text": "четтирдим, вставил в .env на проде"},
  {"id": 5534, "type": "message", "date": "2025-08-11T22:51:12", "from": "Айдыс Монгуш", "text": "ушло 217 писем из очереди 👍"}
 ]
}
''', rnd(20, ALNUM))

add("telegram-export/decoy-chat-no-value", "khoomei-fest/docs/chat-export/messages2.html", "https://telegram.org/blog/export-and-more", r'''
<div class="message default clearfix" id="message6120">
 <div class="body">
  <div class="from_name">Чечек Кужугет</div>
  <div class="text">Ребята, пароль от кассы партнёра больше в чат не пишем, кладу в Bitwarden, коллекция «Фестиваль 2025».</div>
 </div>
</div>
<div class="message default clearfix joined" id="message6121">
 <div class="body">
  <div class="text">Доступ дала Айдысу и Саяне. Кому ещё надо — пишите в личку.</div>
 </div>
</div>
''')

add("eml/smtp-password-in-mail", "khoomei-fest/docs/mail/dostup-k-pochte.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Айдыс Монгуш <aidys@khoomei-fest.ru>
To: Долаана Сат <dolaana@khoomei-fest.ru>
Subject: Доступ к ящику bilet@
Date: Mon, 04 Aug 2025 09:12:44 +0700
Content-Type: text/plain; charset=utf-8

Долаана, экии!

Ящик для ответов зрителям: bilet@khoomei-fest.ru
Сервер: imap.mail.ru, порт 993 (SSL)
Пароль приложения: @@s@@

Пожалуйста, не меняй пароль сам, он ещё стоит в Django для отправки билетов.

Айдыс
''', rnd(20, ALNUM))

add("eml/decoy-password-reset-notice", "khoomei-fest/docs/mail/shablon-sbros-parolya.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: Хөөмей-Фест <noreply@khoomei-fest.ru>
To: {{ user.email }}
Subject: Сброс пароля в личном кабинете зрителя
Content-Type: text/plain; charset=utf-8

Экии, {{ user.first_name }}!

Вы (или кто-то другой) запросили сброс пароля. Перейдите по ссылке:
{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}

Мы никогда не присылаем пароли по почте и не спрашиваем их по телефону.
''')

add("log/bearer-in-access-log", "khoomei-fest/ops/logs/api-debug-2025-08-14.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", r'''
2025-08-14 18:59:58,114 INFO  gate=3 GET /v1/tickets/KHF25-004417/validate 200 12ms
2025-08-14 19:00:01,877 INFO  gate=3 GET /v1/tickets/KHF25-004418/validate 200 10ms
2025-08-14 19:00:02,301 DEBUG headers={'Host': 'api.khoomei-fest.ru', 'User-Agent': 'okhttp/4.12.0', 'Authorization': 'Bearer @@s@@'}
2025-08-14 19:00:02,305 WARN  gate=2 GET /v1/tickets/KHF25-001932/validate 409 already_used
2025-08-14 19:00:04,990 INFO  gate=1 GET /v1/tickets/KHF25-002210/validate 200 11ms
''', jwt_like('{"sub":"gate-2","scope":"tickets:validate","iat":1755170000}'))

add("log/decoy-redacted-log", "khoomei-fest/ops/logs/api-2025-08-15.log", "https://docs.python.org/3/library/logging.html", r'''
2025-08-15 12:00:01,004 INFO  startup workers=4 env=prod
2025-08-15 12:00:01,210 INFO  yookassa shop_id=318204 secret_key=***redacted***
2025-08-15 12:03:44,561 DEBUG headers={'Host': 'api.khoomei-fest.ru', 'Authorization': 'Bearer [FILTERED]'}
2025-08-15 12:03:44,570 INFO  gate=4 GET /v1/tickets/KHF25-005001/validate 200 9ms
2025-08-15 12:05:10,002 INFO  payment 2f9c1e5a-000f-5000-9000-1b8d7e3c4a21 succeeded amount=2500.00 RUB
2025-08-15 12:05:10,014 INFO  ticket issued KHF25-005002 sha256=4e1f0c9b8a7d6e5f4c3b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c
''')

add("http/rest-client-token", "khoomei-fest/api/requests/tickets.http", "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html", r'''
### Список билетов заказа
GET https://api.khoomei-fest.ru/v1/orders/KHF-2025-07781/tickets
Authorization: Token @@s@@
Accept: application/json

### Погасить билет
POST https://api.khoomei-fest.ru/v1/tickets/KHF25-004417/validate
Authorization: Token @@s@@
Content-Type: application/json

{"gate": 1}
''', hexs(40))

add("http/decoy-rest-client-env", "khoomei-fest/api/requests/orders.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", r'''
### Токен берём из http-client.private.env.json (он в .gitignore)
GET {{host}}/v1/orders?status=paid&limit=20
Authorization: Token {{api_token}}
Accept: application/json

### Возврат
POST {{host}}/v1/orders/{{order}}/refund
Authorization: Token {{api_token}}
Content-Type: application/json

{"reason": "концерт перенесён"}
''')

add("json/postman-collection-token", "khoomei-fest/api/postman/Khoomei-Fest.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/", r'''
{
  "info": {"name": "Хөөмей-Фест API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "@@s@@", "type": "string"}]
  },
  "item": [
    {"name": "Расписание", "request": {"method": "GET", "url": "https://api.khoomei-fest.ru/v1/schedule"}},
    {"name": "Артисты", "request": {"method": "GET", "url": "https://api.khoomei-fest.ru/v1/artists?genre=kargyraa"}}
  ]
}
''', hexs(40))

add("json/decoy-postman-env-empty", "khoomei-fest/api/postman/prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "name": "prod",
  "values": [
    {"key": "host", "value": "https://api.khoomei-fest.ru", "enabled": true},
    {"key": "api_token", "value": "", "type": "secret", "enabled": true},
    {"key": "order", "value": "KHF-2025-07781", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

# ---------------------------------------------------------------- festival: integrations

add("python/smartcaptcha-server-key", "khoomei-fest/tickets/accounts/captcha.py", "https://yandex.cloud/ru/docs/smartcaptcha/concepts/validation", r'''
"""Проверка Yandex SmartCaptcha на форме покупки (боты скупали «Сыгыт-пасс»)."""
import requests

SMARTCAPTCHA_SERVER_KEY = "@@s@@"


def passed(token: str, ip: str) -> bool:
    resp = requests.post(
        "https://smartcaptcha.yandexcloud.net/validate",
        data={"secret": SMARTCAPTCHA_SERVER_KEY, "token": token, "ip": ip},
        timeout=3,
    )
    return resp.status_code == 200 and resp.json().get("status") == "ok"
''', "ysc2_" + fakes.drawn(_seed(), 40, URLSAFE))

add("html/decoy-smartcaptcha-client-key", "khoomei-fest/frontend/templates/partials/captcha.html", "https://yandex.cloud/ru/docs/smartcaptcha/quickstart", r'''
<script src="https://smartcaptcha.yandexcloud.net/captcha.js" defer></script>
<!-- Клиентский ключ публичный, серверный — только на бэкенде -->
<div
  id="captcha-container"
  class="smart-captcha"
  data-sitekey="ysc1_Rk4mP2vX9cL0qT7bN3wS8dF1gH6jK5zE0aY2uI4o"
  data-hl="ru"
></div>
<noscript>Включите JavaScript, чтобы купить билет.</noscript>
''')

add("html/decoy-metrika-counter", "khoomei-fest/frontend/templates/partials/metrika.html", "https://yandex.ru/support/metrica/code/counter-initialize.html", r'''
<!-- Yandex.Metrika counter -->
<script type="text/javascript">
   (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
   m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
   (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
   ym(97341820, "init", { clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true, ecommerce:"dataLayer" });
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/97341820" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
''')

add("js/decoy-yandex-maps-key", "khoomei-fest/frontend/src/map.js", "https://yandex.ru/dev/jsapi30/doc/ru/quickstart", r'''
// Карта площадок: Центр Азии, Национальный театр, берег Енисея.
// Ключ JS API ограничен по Referer (khoomei-fest.ru), он публичный по природе.
const MAPS_KEY = import.meta.env.VITE_YMAPS_KEY;

export async function loadMap() {
  const s = document.createElement("script");
  s.src = `https://api-maps.yandex.ru/v3/?apikey=${MAPS_KEY}&lang=ru_RU`;
  document.head.appendChild(s);
  await new Promise((ok) => (s.onload = ok));
  await ymaps3.ready;
  return new ymaps3.YMap(document.getElementById("map"), {
    location: { center: [94.4531, 51.7191], zoom: 14 },
  });
}
''')

add("python/dadata-token", "khoomei-fest/tickets/accounts/address.py", "https://dadata.ru/api/suggest/address/", r'''
# Подсказки адресов для доставки мерча (DaData). Тыва, Хакасия, Красноярский край.
from dadata import Dadata

DADATA_TOKEN = "@@s@@"
DADATA_SECRET = None  # для suggest не нужен

_client = Dadata(DADATA_TOKEN)


def suggest(query: str):
    return _client.suggest("address", query, count=5, locations=[
        {"region": "Тыва"}, {"region": "Хакасия"}, {"region": "Красноярский"},
    ])
''', hexs(40))

add("python/vk-community-token", "khoomei-fest/tools/post_to_vk.py", "https://dev.vk.com/ru/api/access-token/getting-started", r'''
#!/usr/bin/env python3
"""Постинг анонсов в группу ВК фестиваля. Запускается кроном каждое утро в 9:00 (Кызыл)."""
import sys

import vk_api

VK_GROUP_ID = 214883905
VK_TOKEN = "@@s@@"


def main(text: str) -> None:
    vk = vk_api.VkApi(token=VK_TOKEN).get_api()
    vk.wall.post(owner_id=-VK_GROUP_ID, from_group=1, message=text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Экии! Билеты на Хөөмей-Фест уже в продаже.")
''', vk_token())

add("python/openai-key-translate", "khoomei-fest/tools/translate_artists.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Перевод биографий артистов на английский для иностранных гостей.
Тувинские термины (хөөмей, сыгыт, каргыраа, борбаңнадыр, эзеңгилээр) не переводим."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = ("Translate this Russian biography of a Tuvan throat singer into English. Keep Tuvan terms "
          "(khoomei, sygyt, kargyraa, borbangnadyr, ezenggileer, igil, doshpuluur) untranslated.")


def translate(bio: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": PROMPT}, {"role": "user", "content": bio}])
    return r.choices[0].message.content
''', openai())

add("python/gigachat-auth-key", "khoomei-fest/tools/gigachat_anons.py", "https://developers.sber.ru/docs/ru/gigachat/quickstart/ind-using-api", r'''
# Генерация черновиков анонсов через GigaChat (редактура — Чечек вручную!)
import uuid

import requests

AUTH_KEY = "@@s@@"  # Authorization key из личного кабинета Studio


def get_token() -> str:
    r = requests.post(
        "https://ngw.devices.sberbank.ru:9443/api/v2/oauth",
        headers={"Authorization": f"Basic {AUTH_KEY}", "RqUID": str(uuid.uuid4()),
                 "Content-Type": "application/x-www-form-urlencoded"},
        data={"scope": "GIGACHAT_API_PERS"}, verify=False, timeout=10)
    return r.json()["access_token"]
''', b64(uuid_s() + ":" + uuid_s()))

add("python/mattermost-webhook", "khoomei-fest/tickets/notify/ops_alerts.py", "https://developers.mattermost.com/integrate/webhooks/incoming/", r'''
import json
import urllib.request

# Канал ~kassa-alerts в нашем Mattermost
HOOK = "@@s@@"


def alert(text: str) -> None:
    body = json.dumps({"username": "kassa-bot", "icon_emoji": ":ticket:", "text": text}).encode()
    req = urllib.request.Request(HOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=5)


def payment_failed(order_no: str, reason: str) -> None:
    alert(f":warning: Оплата {order_no} не прошла: {reason}")
''', mattermost_hook())

add("toml/decoy-pyproject-deps", "khoomei-fest/tickets/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", r'''
[project]
name = "khoomei-tickets"
version = "2025.8.0"
description = "Билетная система фестиваля Хөөмей-Фест (Кызыл)"
requires-python = ">=3.11"
dependencies = [
    "django>=5.0,<5.1",
    "yookassa>=3.0",
    "psycopg[binary]>=3.1",
    "redis>=5.0",
    "dadata>=21.10",
    "aiogram>=3.4",
]

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "config.settings.test"
''')

add("python/decoy-test-fixtures-fake", "khoomei-fest/tickets/tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import pytest

# Фейковые значения только для тестов — реальных ключей здесь нет и быть не должно.
FAKE_SHOP_ID = "000000"
FAKE_SECRET = "test_not-a-real-key-used-only-in-unit-tests"


@pytest.fixture
def yookassa_settings(settings):
    settings.YOOKASSA_SHOP_ID = FAKE_SHOP_ID
    settings.YOOKASSA_SECRET_KEY = FAKE_SECRET
    return settings


@pytest.fixture
def gate_token():
    return "gate-token-for-tests"
''')

add("python/decoy-lockbox-fetch", "khoomei-fest/tickets/config/lockbox.py", "https://yandex.cloud/ru/docs/lockbox/api-ref/Payload/get", r'''
"""Читаем секреты из Yandex Lockbox по IAM-токену метаданных ВМ (сервисный аккаунт)."""
import requests

SECRET_ID = "e6q8kd0v3t2m1n5b7c9a"
META = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"


def iam_token() -> str:
    return requests.get(META, headers={"Metadata-Flavor": "Google"}, timeout=2).json()["access_token"]


def payload() -> dict:
    r = requests.get(f"https://payload.lockbox.api.cloud.yandex.net/lockbox/v1/secrets/{SECRET_ID}/payload",
                     headers={"Authorization": f"Bearer {iam_token()}"}, timeout=5)
    r.raise_for_status()
    return {e["key"]: e.get("textValue", "") for e in r.json()["entries"]}
''')

add("python/decoy-hmac-ticket-signing", "khoomei-fest/tickets/tickets/qr.py", "https://docs.python.org/3/library/hmac.html", r'''
"""QR-код билета: номер + HMAC подпись. Ключ подписи приходит из настроек (Lockbox)."""
import hashlib
import hmac

from django.conf import settings


def sign(ticket_no: str) -> str:
    mac = hmac.new(settings.TICKET_SIGNING_KEY.encode(), ticket_no.encode(), hashlib.sha256)
    return f"{ticket_no}.{mac.hexdigest()[:16]}"


def verify(payload: str) -> bool:
    ticket_no, _, sig = payload.partition(".")
    return hmac.compare_digest(sign(ticket_no), payload) and len(sig) == 16
''')

add("python/ticket-signing-key", "khoomei-fest/tickets/config/settings/base_signing.py", "https://docs.python.org/3/library/hmac.html", r'''
# Ключ подписи QR-кодов на билетах. Если поменять — все выданные билеты станут недействительны!
# (Айдыс: поэтому и не в Lockbox пока, чтобы случайно не ротировали)
TICKET_SIGNING_KEY = "@@s@@"
TICKET_PREFIX = "KHF25-"
TICKET_QR_VERSION = 2
''', hexs(64))

# ---------------------------------------------------------------- festival: servers and dev machines

add("compose/postgres-password", "khoomei-fest/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: tickets
      POSTGRES_USER: tickets_app
      POSTGRES_PASSWORD: "@@s@@"
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7
  web:
    build: .
    env_file: .env
    depends_on: [db, redis]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
''', words_pw())

add("compose/decoy-env-interpolation", "khoomei-fest/docker-compose.prod.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/", r'''
# Прод: все пароли из .env на сервере (chmod 600), в git не лежат
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: tickets
      POSTGRES_USER: tickets_app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?задайте POSTGRES_PASSWORD}
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: khoomei
      RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/rabbit_pass
    secrets: [rabbit_pass]
secrets:
  rabbit_pass:
    file: ./secrets/rabbit_pass.txt
''')

add("redis-conf/requirepass", "khoomei-fest/deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# Redis для очереди писем и кэша расписания
bind 10.128.0.14 127.0.0.1
port 6379
protected-mode yes
maxmemory 512mb
maxmemory-policy allkeys-lru
requirepass @@s@@
appendonly yes
''', fakes.redis_password(_seed()))

add("redis-conf/decoy-commented-default", "khoomei-fest/deploy/redis/redis-dev.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r'''
# Локальный Redis для разработки, без пароля, только localhost
bind 127.0.0.1 -::1
port 6379
protected-mode yes
# requirepass foobared
maxmemory 128mb
save ""
''')

add("python/rabbitmq-url", "khoomei-fest/tickets/config/celery.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", r'''
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.prod")

# очередь: письма с билетами, SMS, PDF
app = Celery("tickets", broker="amqp://khoomei:@@s@@@10.128.0.21:5672/khoomei")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
''', pw())

add("go/clickhouse-dsn", "khoomei-fest/analytics/ingest/main.go", "https://clickhouse.com/docs/en/integrations/go", r'''
package main

// Загрузка проходов через турникеты в ClickHouse (аналитика: кто пришёл на каргыраа-батл)
import (
	"database/sql"
	"log"

	_ "github.com/ClickHouse/clickhouse-go/v2"
)

const dsn = "clickhouse://analyst:@@s@@@rc1a-8v2k0q9m3x7c.mdb.yandexcloud.net:9440/festival?secure=true"

func main() {
	db, err := sql.Open("clickhouse", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(); err != nil {
		log.Fatalf("clickhouse недоступен: %v", err)
	}
	log.Println("ок, подключились")
}
''', pw())

add("go/decoy-getenv", "khoomei-fest/analytics/export/main.go", "https://pkg.go.dev/os#Getenv", r'''
package main

import (
	"fmt"
	"os"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		fmt.Fprintf(os.Stderr, "не задана переменная %s\n", k)
		os.Exit(2)
	}
	return v
}

func main() {
	dsn := fmt.Sprintf("clickhouse://analyst:%s@%s:9440/festival?secure=true",
		mustEnv("CH_PASSWORD"), mustEnv("CH_HOST"))
	run(dsn)
}
''')

add("json/vscode-sftp-password", "khoomei-fest/legacy-php/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", r'''
{
    "name": "old.khoomei-fest.ru (beget)",
    "host": "khoomei.beget.tech",
    "protocol": "sftp",
    "port": 22,
    "username": "khoomei",
    "password": "@@s@@",
    "remotePath": "/home/k/khoomei/old.khoomei-fest.ru/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules", "vendor"]
}
''', rnd(12, ALNUM))

add("json/decoy-vscode-settings", "khoomei-fest/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
    "python.defaultInterpreterPath": ".venv/bin/python",
    "editor.formatOnSave": true,
    "[python]": {"editor.defaultFormatter": "charliermarsh.ruff"},
    "sqltools.connections": [
        {
            "name": "tickets local",
            "driver": "PostgreSQL",
            "server": "localhost",
            "port": 5432,
            "database": "tickets",
            "username": "tickets_app",
            "askForPassword": true
        }
    ],
    "cSpell.words": ["хөөмей", "сыгыт", "каргыраа", "борбаңнадыр", "игил", "дошпулуур"]
}
''')

add("pgpass/pgpass-line", "khoomei-fest/ops/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
# бэкап билетной базы каждую ночь (crontab у backup@)
# права: chmod 600 ~/.pgpass, иначе libpq файл проигнорирует
rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net:6432:tickets:backup_ro:@@s@@
# локальная база — peer-аутентификация, пароль не нужен
''', pw())

add("crontab/decoy-backup-pgpass", "khoomei-fest/ops/backup/crontab.txt", "https://www.postgresql.org/docs/current/app-pgdump.html", r'''
# m h dom mon dow  command   (время — Asia/Krasnoyarsk, как в Кызыле)
SHELL=/bin/bash
PGPASSFILE=/home/backup/.pgpass
15 3 * * * pg_dump -h rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net -p 6432 -U backup_ro -Fc tickets > /backup/tickets-$(date +\%F).dump
40 3 * * * aws --endpoint-url=https://storage.yandexcloud.net s3 cp /backup/ s3://khoomei-backup/ --recursive --exclude "*" --include "tickets-*.dump"
0 5 * * 0 find /backup -name "tickets-*.dump" -mtime +14 -delete
''')

add("ini/mysql-client-password", "khoomei-fest/ops/aidys/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user=khoomei
password="@@s@@"
host=127.0.0.1
default-character-set=utf8mb4

[mysqldump]
single-transaction
''', words_pw())

add("netrc/netrc-password", "khoomei-fest/ops/sayana/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
machine storage.beget.com
  login khoomei_backup
  password @@s@@

machine mirror.yandex.ru
  login anonymous
  password sayana@khoomei-fest.ru
''', pw())

_auth = "khoomeifest:" + docker_pat()
add("json/docker-config-auth", "khoomei-fest/ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "@@s@@"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
''', b64(_auth))

add("json/decoy-docker-credstore", "khoomei-fest/ops/aidys/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
	"auths": {
		"cr.yandex": {},
		"https://index.docker.io/v1/": {}
	},
	"credHelpers": {
		"cr.yandex": "yc"
	},
	"credsStore": "secretservice",
	"currentContext": "default"
}
''')

add("ssh/openssh-private-key", "khoomei-fest/ops/deploy_keys/id_ed25519_deploy", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-authorized-keys", "khoomei-fest/ops/deploy_keys/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", r'''
# Ключи, которым разрешён вход на kyzyl-web-1 (deploy@)
# Новый ключ — через MR, Саяна проверяет отпечаток голосом/в личке
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7mQ2vX0pL9cT4bN8wS1dF6gH3jK5zE2aY7uI0oR4tB aidys@thinkpad
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM3kP9vN2xR7tB0cD5fG8uHe1jW4kZ6aS3dF9gH2jK1l sayana@macbook
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vZ1x3Kp9mQ2tL8cR4bN6wS0dF5gH1jK7zE3aY9uI2oP4tB8vX0nM6cL1qT5bW9sD3fG7hJ0kZ2aE4yU8iO6pR1tV3xN5mC9lQ0wS7dF2gH4jK6zE8aY1uI3oP5tB7vX9nM0cL2qT4bW6sD8fG1hJ3kZ5aE7yU9iO0pR2tV4xN6mC8lQ1wS3dF5gH7jK9zE0aY2uI4oP6tB8vX1nM3cL5qT7bW9sD0fG2hJ4kZ6aE8yU0iO2pR4tV6xN8mC0lQ2wS4dF6gH8jK0zE2aY4uI6oP8tB0vX2nM4cL6qT8bW0sD2fG4hJ6kZ8aE0yU2iO4pR6tV8xN0mC2lQ4wS6dF8gH0jK2zE4aY6uI8oP0tB2vX4nM6cL8qT0bW2sD4fG6hJ8kZ0aE2yU4iO6pR8tV0xN2mC4lQ6wS8dF0gH2jK4zE6aY8uI0oP2tB4vX6nM8cL0qT2bW4sD6fG8hJ0kZ2aE4yU6iO8pR0tV2xN4mC6lQ8wS0dF2gH4jK6zE8aY0= gitlab-ci@khoomei
''')

add("wireguard/private-key", "khoomei-fest/ops/vpn/wg-kassa.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN для кассового ноутбука на площадке (Центр Азии) -> kyzyl-web-1
[Interface]
PrivateKey = @@s@@
Address = 10.77.0.5/32
DNS = 10.77.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.khoomei-fest.ru:51820
AllowedIPs = 10.77.0.0/24, 10.128.0.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("wireguard/decoy-server-keyfile", "khoomei-fest/ops/vpn/wg0.conf", "https://man7.org/linux/man-pages/man8/wg.8.html", r'''
# Сервер. Приватный ключ лежит в /etc/wireguard/server.key (root:root 600), тут только публичные.
[Interface]
Address = 10.77.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/server.key

[Peer]
# касса-ноутбук
PublicKey = @@p1@@
AllowedIPs = 10.77.0.5/32

[Peer]
# Саяна
PublicKey = @@p2@@
AllowedIPs = 10.77.0.7/32
''', p1=wg_key(), p2=wg_key())

add("ansible/become-password", "khoomei-fest/ops/ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r'''
[web]
kyzyl-web-1 ansible_host=51.250.14.77
kyzyl-web-2 ansible_host=51.250.14.78

[web:vars]
ansible_user=deploy
ansible_become=true
ansible_become_password=@@s@@
ansible_python_interpreter=/usr/bin/python3
''', words_pw())

add("ansible/decoy-vault-encrypted", "khoomei-fest/ops/ansible/group_vars/web/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
$ANSIBLE_VAULT;1.1;AES256
38363531623065613966353731386564633138643566303339386466376137393337643462356532
3761623731613239363365633461653235363064663037650a373838613338306165373862343535
39346331333663636530363533666461643863383934333437343066373232353237323166666139
6464663266303439640a663164376464393766336164666265313634653735616434383439356635
32656531383161376338343231646237623931366664346238393339356265633634
''')

add("ansible/decoy-vars-vault-refs", "khoomei-fest/ops/ansible/group_vars/web/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", r'''
# Открытые переменные ссылаются на vault_* из vault.yml (зашифрован)
tickets_db_password: "{{ vault_tickets_db_password }}"
tickets_django_secret: "{{ vault_tickets_django_secret }}"
yookassa_secret_key: "{{ vault_yookassa_secret_key }}"
smsru_api_id: "{{ vault_smsru_api_id }}"
tickets_workers: 4
tickets_domain: khoomei-fest.ru
timezone: Asia/Krasnoyarsk
''')

add("systemd/decoy-environment-file", "khoomei-fest/ops/systemd/tickets.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Khoomei-Fest tickets (gunicorn)
After=network.target

[Service]
User=tickets
WorkingDirectory=/srv/tickets
EnvironmentFile=/etc/khoomei/tickets.env
LoadCredential=yookassa:/etc/khoomei/yookassa.key
ExecStart=/srv/tickets/.venv/bin/gunicorn config.wsgi -w 4 -b 127.0.0.1:8000
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("systemd/environment-password", "khoomei-fest/ops/systemd/smsworker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=SMS/Telegram notifier for tickets
After=network.target redis.service

[Service]
User=tickets
WorkingDirectory=/srv/tickets
Environment=DJANGO_SETTINGS_MODULE=config.settings.prod
Environment=REDIS_URL=redis://:@@s@@@10.128.0.14:6379/2
ExecStart=/srv/tickets/.venv/bin/python -m notify.worker
Restart=on-failure
''', fakes.redis_password(_seed()))

add("makefile/decoy-env-vars", "khoomei-fest/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", r'''
# make deploy YC_TOKEN=$(yc iam create-token)
REGISTRY ?= cr.yandex/crp3k9d2v7x1q0m4n8b6
TAG ?= $(shell git rev-parse --short HEAD)

login:
	@echo "$(YC_TOKEN)" | docker login --username iam --password-stdin cr.yandex

build:
	docker build -t $(REGISTRY)/tickets:$(TAG) .

deploy: login build
	docker push $(REGISTRY)/tickets:$(TAG)
	kubectl -n khoomei set image deploy/tickets web=$(REGISTRY)/tickets:$(TAG)
''')

add("ipynb/clickhouse-password", "khoomei-fest/analytics/notebooks/prodazhi-2025.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Продажи билетов 2025 — по дням и регионам"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import clickhouse_connect\n",
              "client = clickhouse_connect.get_client(host='rc1a-8v2k0q9m3x7c.mdb.yandexcloud.net', port=8443,\n",
              "    username='analyst', password='@@s@@', secure=True)\n",
              "df = client.query_df('select toDate(paid_at) d, region, count() n from orders group by d, region')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.pivot(index='d', columns='region', values='n').plot(figsize=(12, 5), title='Тыва / Хакасия / Красноярск')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw())

add("ipynb/decoy-getpass", "khoomei-fest/analytics/notebooks/zriteli-vozrast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Возраст зрителей (анонимно)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, clickhouse_connect\n",
              "pwd = getpass.getpass('Пароль ClickHouse: ')\n",
              "client = clickhouse_connect.get_client(host='rc1a-8v2k0q9m3x7c.mdb.yandexcloud.net', port=8443, username='analyst', password=pwd, secure=True)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Пароль ClickHouse: ········\n"]}],
   "source": ["client.query_df('select age_bucket, count() from visitors group by age_bucket')"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

# ---------------------------------------------------------------- co-op «Сарлык Кидис»: site on 1C-Bitrix

add("php/bitrix-settings-db", "sarlyk-kidis/site/bitrix/.settings.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=43&LESSON_ID=2795", r'''
<?php
return array (
  'utf_mode' => array ('value' => true, 'readonly' => true),
  'connections' => array (
    'value' => array (
      'default' => array (
        'className' => '\\Bitrix\\Main\\DB\\MysqliConnection',
        'host' => 'localhost',
        'database' => 'sarlyk_kidis',
        'login' => 'sarlyk_kidis',
        'password' => '@@s@@',
        'options' => 2,
      ),
    ),
    'readonly' => true,
  ),
  'exception_handling' => array ('value' => array ('debug' => false, 'log' => null), 'readonly' => false),
);
''', rnd(16, ALNUM))

add("php/bitrix-dbconn", "sarlyk-kidis/site/bitrix/php_interface/dbconn.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=32&LESSON_ID=3237", r'''
<?
define("DBPersistent", false);
$DBType = "mysql";
$DBHost = "localhost";
$DBLogin = "sarlyk_kidis";
$DBPassword = "@@s@@";
$DBName = "sarlyk_kidis";
$DBDebug = false;
$DBDebugToFile = false;

define("BX_UTF", true);
define("BX_FILE_PERMISSIONS", 0644);
define("BX_DIR_PERMISSIONS", 0755);
@umask(~(BX_FILE_PERMISSIONS|BX_DIR_PERMISSIONS)&0777);
?>
''', rnd(16, ALNUM))

add("php/decoy-bitrix-getenv", "sarlyk-kidis/site-next/bitrix/.settings_extra.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=43&LESSON_ID=2795", r'''
<?php
// Новая версия сайта кооператива: пароли только из окружения контейнера
return [
    'connections' => [
        'value' => [
            'default' => [
                'className' => '\\Bitrix\\Main\\DB\\MysqliConnection',
                'host' => getenv('MYSQL_HOST') ?: 'mysql',
                'database' => getenv('MYSQL_DATABASE') ?: 'sarlyk',
                'login' => getenv('MYSQL_USER') ?: 'sarlyk',
                'password' => getenv('MYSQL_PASSWORD'),
                'options' => 2,
            ],
        ],
        'readonly' => true,
    ],
];
''')

add("php/bitrix24-webhook", "sarlyk-kidis/site/local/php_interface/include/b24_lead.php", "https://apidocs.bitrix24.ru/local-integrations/local-webhooks.html", r'''
<?php
// Заявка с формы «Заказать кидис» -> лид в Битрикс24 кооператива
const B24_HOOK = '@@s@@';

function sarlyk_create_lead(array $form): void
{
    $query = http_build_query(['fields' => [
        'TITLE' => 'Заказ войлока: ' . $form['product'],
        'NAME' => $form['name'],
        'PHONE' => [['VALUE' => $form['phone'], 'VALUE_TYPE' => 'WORK']],
        'COMMENTS' => $form['comment'],
    ]]);
    file_get_contents(B24_HOOK . 'crm.lead.add.json?' . $query);
}
''', bitrix_hook())

add("xml/filezilla-ftp-password", "sarlyk-kidis/docs/hosting/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
		<Server>
			<Host>sarlykkidis.timeweb.ru</Host>
			<Port>21</Port>
			<Protocol>0</Protocol>
			<Type>0</Type>
			<User>ca12345_sarlyk</User>
			<Pass encoding="base64">@@s@@</Pass>
			<Logontype>1</Logontype>
			<Name>Сайт кооператива (Таймвеб)</Name>
		</Server>
	</Servers>
</FileZilla3>
''', b64(rnd(10, ALNUM)))

add("markdown/decoy-hosting-readme", "sarlyk-kidis/docs/hosting/README.md", "https://timeweb.com/ru/help/", r'''
# Хостинг сайта «Сарлык Кидис»

- Хостинг: Таймвеб, тариф «Year+», аккаунт `ca12345`.
- Доступы (FTP, панель, MySQL) — в KeePassXC-базе `kooperativ.kdbx` у Шончалай и Алёны.
- Резервные копии делает сам хостинг, храним 30 дней.
- Если сайт лёг: сначала смотрим `/home/c/ca12345/logs/error.log`, потом пишем в поддержку.

Изеннер, Алёна! Пароль от панели поменяли в марте, новый в KeePass, старый не работает.
''')

add("env/ozon-seller-api-key", "sarlyk-kidis/marketplaces/ozon/.env", "https://docs.ozon.ru/api/seller/#section/Autentifikaciya", r'''
# Ozon Seller API — выгрузка остатков войлочных изделий
OZON_CLIENT_ID=1482093
OZON_API_KEY=@@s@@
OZON_WAREHOUSE_ID=1020000871349000
SYNC_EVERY_MIN=30
''', uuid_s())

add("python/wildberries-token", "sarlyk-kidis/marketplaces/wb/stocks.py", "https://dev.wildberries.ru/openapi/api-information", r'''
"""Остатки на складе кооператива -> Wildberries (FBS). Тапочки, стельки, кидис-коврики."""
import requests

WB_TOKEN = "@@s@@"
WAREHOUSE_ID = 1187432


def push(stocks: list[dict]) -> None:
    r = requests.put(
        f"https://marketplace-api.wildberries.ru/api/v3/stocks/{WAREHOUSE_ID}",
        headers={"Authorization": WB_TOKEN},
        json={"stocks": stocks},
        timeout=20,
    )
    r.raise_for_status()
''', jwt_like('{"ent":1,"exp":1767225600,"id":"' + uuid_s() + '","iid":48213377,"oid":1193825,"s":1073748078,"sid":"' + uuid_s() + '","t":false,"uid":48213377}', "ES256"))

add("python/decoy-ozon-env", "sarlyk-kidis/marketplaces/ozon/client.py", "https://docs.ozon.ru/api/seller/#section/Autentifikaciya", r'''
import os

import requests

HEADERS = {
    "Client-Id": os.environ["OZON_CLIENT_ID"],
    "Api-Key": os.environ["OZON_API_KEY"],
}


def update_stocks(items: list[dict]) -> dict:
    """items: [{"offer_id": "KIDIS-TAP-38", "stock": 12, "warehouse_id": ...}]"""
    r = requests.post("https://api-seller.ozon.ru/v2/products/stocks",
                      headers=HEADERS, json={"stocks": items}, timeout=20)
    r.raise_for_status()
    return r.json()
''')

add("python/yandex-market-token", "sarlyk-kidis/marketplaces/ym/sync.py", "https://yandex.ru/dev/market/partner-api/doc/ru/concepts/api-key", r'''
# Яндекс Маркет: обновление цен на войлочные изделия (с наценкой к Ozon)
import httpx

YM_API_KEY = "@@s@@"
CAMPAIGN_ID = 91537720


async def set_price(offer_id: str, price: int) -> None:
    async with httpx.AsyncClient(base_url="https://api.partner.market.yandex.ru") as c:
        await c.post(f"/campaigns/{CAMPAIGN_ID}/offer-prices/updates",
                     headers={"Api-Key": YM_API_KEY},
                     json={"offers": [{"offerId": offer_id, "price": {"value": price, "currencyId": "RUR"}}]})
''', "ACMA:" + fakes.drawn(_seed(), 40, URLSAFE) + ":" + hexs(8))

add("python/etsy-api-key", "sarlyk-kidis/marketplaces/etsy/listings.py", "https://developers.etsy.com/documentation/essentials/authentication", r'''
"""Etsy: felted yak-wool slippers from Tuva. Listings are in English, notes in Russian."""
import requests

ETSY_KEYSTRING = "@@s@@"
SHOP_ID = 38817402


def active_listings():
    r = requests.get(
        f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/listings/active",
        headers={"x-api-key": ETSY_KEYSTRING},
        params={"limit": 100},
        timeout=20,
    )
    return r.json()["results"]
''', rnd(24, LOWER))

add("csv/decoy-wool-intake", "sarlyk-kidis/data/priemka-shersti-2025.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
дата,кожуун,хозяйство,вид,вес_кг,цвет,сорт,партия
2025-05-12,Тере-Хольский,Ооржак Б.К.,сарлык пух,14.2,тёмно-бурый,1,SK25-0012-7f3a9c
2025-05-12,Тере-Хольский,Монгуш А.С.,сарлык ость,31.0,чёрный,2,SK25-0013-b81e04
2025-05-19,Тоджинский,Сат Ч.О.,сарлык пух,9.8,бурый,1,SK25-0014-2d6c5e
2025-05-26,Монгун-Тайгинский,Кужугет Д.Д.,овечья,52.4,белый,1,SK25-0015-91af3b
2025-06-02,Таштыпский (Хакасия),Боргояков И.П.,овечья,40.1,серый,2,SK25-0016-c47d18
''')

add("csv/marketplace-accounts", "sarlyk-kidis/docs/dostupy-marketpleisy.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
площадка,логин,пароль,кто отвечает,примечание
Ozon Seller,shop@sarlyk-kidis.ru,вход по SMS,Шончалай,телефон кооператива
Wildberries,+79235550142,вход по SMS,Шончалай,
Яндекс Маркет,sarlyk.kidis,через Яндекс ID,Алёна,
Etsy,sarlykfelt,@@s@@,Алёна,2FA на телефоне Алёны
Ярмарка Мастеров,sarlyk-kidis,вход по почте,Аржаана,
''', words_pw())

add("markdown/decoy-marketplace-howto", "sarlyk-kidis/docs/kak-vygruzhat-ostatki.md", "https://docs.ozon.ru/api/seller/", r'''
# Как выгружаем остатки (для новых ажылчын)

1. Остатки считаем в таблице «Склад» в пятницу после обеда.
2. Запускаем `python -m marketplaces.sync --all`.
3. Ключи API лежат в `.env` на ноутбуке в мастерской, в репозиторий их не кладём.
   Пример строки: `OZON_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
4. Если Ozon отвечает 401 — ключ истёк, новый выпускает Шончалай в кабинете продавца.

Четтирдим! / Алғыс!
''')

add("python/cdek-client-secret", "sarlyk-kidis/delivery/cdek.py", "https://api-docs.cdek.ru/29923849.html", r'''
# СДЭК: расчёт доставки войлока из Кызыла (ПВЗ на Кочетова) по России
import requests

CDEK_ACCOUNT = "@@acc@@"
CDEK_SECURE = "@@s@@"


def token() -> str:
    r = requests.post("https://api.cdek.ru/v2/oauth/token", data={
        "grant_type": "client_credentials",
        "client_id": CDEK_ACCOUNT,
        "client_secret": CDEK_SECURE,
    }, timeout=10)
    return r.json()["access_token"]
''', mixed(32), acc=mixed(32))

add("python/russian-post-token", "sarlyk-kidis/delivery/pochta.py", "https://otpravka.pochta.ru/specification#/authorization-token", r'''
# Почта России (Отправка): посылки за границу (Etsy) и в сёла, где нет СДЭК
import base64

import requests

ACCESS_TOKEN = "@@s@@"
USER_KEY = base64.b64encode(b"shop@sarlyk-kidis.ru:" + open("/home/shonchalai/.pochta_pw", "rb").read().strip()).decode()

HEADERS = {
    "Authorization": f"AccessToken {ACCESS_TOKEN}",
    "X-User-Authorization": f"Basic {USER_KEY}",
    "Content-Type": "application/json;charset=UTF-8",
}
''', fakes.drawn(_seed(), 32, ALNUM + "-_"))

# ---------------------------------------------------------------- co-op: drying room sensors (ESP32, MQTT)

add("arduino/wifi-password", "sarlyk-kidis/firmware/kurutka/kurutka.ino", "https://docs.arduino.cc/libraries/wifi/", r'''
// Датчик влажности в сушилке кидиса (мастерская в Кызыле, ул. Убсу-Нурская)
// Кидис кургадыр өрээл — сушильная комната
#include <WiFi.h>
#include <PubSubClient.h>
#include "DHT.h"

const char* ssid = "Sarlyk_Masterskaya";
const char* password = "@@s@@";
const char* mqtt_host = "mqtt.sarlyk-kidis.ru";

DHT dht(4, DHT22);
WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print("."); }
  dht.begin();
  mqtt.setServer(mqtt_host, 1883);
}

void loop() {
  float h = dht.readHumidity();
  float t = dht.readTemperature();
  mqtt.publish("kurutka/1/h", String(h).c_str());
  mqtt.publish("kurutka/1/t", String(t).c_str());
  delay(60000);
}
''', words_pw())

add("c-header/mqtt-password", "sarlyk-kidis/firmware/kurutka-abakan/secrets.h", "https://pubsubclient.knolleary.net/api#connect", r'''
// secrets.h — Абакан, красильный цех. НЕ КОММИТИТЬ (в .gitignore забыли добавить...)
#pragma once
#define WIFI_SSID "Abakan_Boyama_2G"
#define WIFI_PASS "ask-Ivan-at-the-desk"
#define MQTT_USER "kurutka-abakan"
#define MQTT_PASS "@@s@@"
#define MQTT_HOST "mqtt.sarlyk-kidis.ru"
''', pw())

add("c-header/decoy-secrets-template", "sarlyk-kidis/firmware/kurutka/secrets.example.h", "https://pubsubclient.knolleary.net/api#connect", r'''
// Скопируй в secrets.h и впиши свои значения. secrets.h в .gitignore.
#pragma once
#define WIFI_SSID "your-ssid"
#define WIFI_PASS "your-wifi-password"
#define MQTT_USER "kurutka-N"
#define MQTT_PASS "********"
#define MQTT_HOST "mqtt.sarlyk-kidis.ru"
''')

add("cpp/decoy-include-secrets", "sarlyk-kidis/firmware/kurutka-abakan/main.cpp", "https://docs.platformio.org/en/latest/projectconf/section_env_build.html", r'''
#include <Arduino.h>
#include <WiFi.h>
#include <PubSubClient.h>
#include "secrets.h"   // WIFI_SSID, WIFI_PASS, MQTT_USER, MQTT_PASS

WiFiClient net;
PubSubClient mqtt(net);

// Хакасский цех: красим шерсть, следим чтобы не пересохла
void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("kurutka-abakan", MQTT_USER, MQTT_PASS)) {
      mqtt.subscribe("kurutka/abakan/cmd");
    } else {
      delay(5000);
    }
  }
}
''')

add("mosquitto/decoy-passwd-hashes", "sarlyk-kidis/server/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
kurutka-1:$7$101$Qx4cL8mN2vR6tB0k$Hn3jW5kZ7aS9dF1gH3jK5lM7nP9qR1sT3uV5wX7yZ9aB1cD3eF5gH7jK9lM1nP3qR5sT7uV9wX1yZ3aB5cD7eF9==
kurutka-abakan:$7$101$Mv7kP1cR5tB9nL3x$Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx0Yz2Ab4Cd6==
nodered:$7$101$Zt2wS6dF0gH4jK8m$Pq1Rs3Tu5Vw7Xy9Za1Bc3De5Fg7Hi9Jk1Lm3No5Pq7Rs9Tu1Vw3Xy5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5==
homeassistant:$7$101$Rb4nT8wQ2eY6uI0o$Jk3Lm5No7Pq9Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7Jk9Lm1No3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7==
grafana:$7$101$Lc9vX3nM7qT1bW5s$Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm2No4Pq6Rs8Tu0Vw2Xy4Za6Bc8De0Fg2Hi4Jk6==
''')

add("mosquitto/decoy-conf", "sarlyk-kidis/server/mosquitto/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", r'''
# MQTT брокер кооператива (сушилки в Кызыле и Абакане)
listener 1883
listener 8883
certfile /etc/letsencrypt/live/mqtt.sarlyk-kidis.ru/fullchain.pem
keyfile /etc/letsencrypt/live/mqtt.sarlyk-kidis.ru/privkey.pem
allow_anonymous false
password_file /etc/mosquitto/passwd
acl_file /etc/mosquitto/acl
persistence true
''')

add("yaml/home-assistant-secrets", "sarlyk-kidis/server/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant в мастерской (Raspberry Pi у печки)
mqtt_user: homeassistant
mqtt_password: "@@s@@"
latitude_home: 51.72
longitude_home: 94.44
elevation_home: 630
''', pw())

add("yaml/decoy-home-assistant-config", "sarlyk-kidis/server/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Сарлык Кидис — мастерская
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  elevation: !secret elevation_home
  time_zone: Asia/Krasnoyarsk

telegram_bot:
  - platform: polling
    api_key: !secret telegram_bot_token
    allowed_chat_ids:
      - -1001893320455

notify:
  - platform: telegram
    name: kurutka_chat
    chat_id: -1001893320455
''')

add("json/node-red-flows-cred", "sarlyk-kidis/server/node-red/flows.json", "https://nodered.org/docs/user-guide/runtime/securing-node-red", r'''
[
  {"id": "a1f3c0d2e4b5", "type": "tab", "label": "Сушилка", "disabled": false},
  {"id": "b7e2d9c1a0f4", "type": "mqtt in", "z": "a1f3c0d2e4b5", "name": "влажность", "topic": "kurutka/+/h", "broker": "c3d4e5f6a7b8"},
  {"id": "d8c7b6a5f4e3", "type": "function", "z": "a1f3c0d2e4b5", "name": "порог 65%", "func": "if (msg.payload > 65) return msg;", "outputs": 1},
  {"id": "e9f0a1b2c3d4", "type": "http request", "z": "a1f3c0d2e4b5", "name": "в Telegram",
   "method": "POST", "url": "https://api.telegram.org/bot@@s@@/sendMessage", "ret": "obj"},
  {"id": "c3d4e5f6a7b8", "type": "mqtt-broker", "name": "mosquitto", "broker": "mqtt.sarlyk-kidis.ru", "port": "8883", "usetls": true}
]
''', tg())

add("js/decoy-node-red-settings", "sarlyk-kidis/server/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#editor--admin-api-security", r'''
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{
            username: "shonchalai",
            password: "$2b$08$k7Vp3xR9mL1cT5bN0wQ4ZeHj6dF2gS8aY0uI4oP7tB1vX3nM5cL9q",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info" } }
};
''')

add("yaml/grafana-admin-password", "sarlyk-kidis/server/grafana/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", r'''
services:
  influxdb:
    image: influxdb:2.7
    volumes: [influx:/var/lib/influxdb2]
  grafana:
    image: grafana/grafana:10.4.2
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: @@s@@
      GF_USERS_ALLOW_SIGN_UP: "false"
      GF_DEFAULT_LOCALE: ru-RU
volumes:
  influx: {}
''', words_pw())

add("python/influx-token", "sarlyk-kidis/server/bridge/mqtt_to_influx.py", "https://docs.influxdata.com/influxdb/v2/admin/tokens/", r'''
"""MQTT -> InfluxDB. Влажность и температура сушилок, Кызыл + Абакан."""
import paho.mqtt.client as mqtt
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX = InfluxDBClient(url="http://influxdb:8086", org="sarlyk",
                        token="@@s@@")
write = INFLUX.write_api(write_options=SYNCHRONOUS)


def on_message(_c, _u, msg):
    room, metric = msg.topic.split("/")[1:3]
    write.write("kurutka", record=Point("env").tag("room", room).field(metric, float(msg.payload)))


client = mqtt.Client()
client.on_message = on_message
''', fakes.drawn(_seed(), 86, URLSAFE) + "==")

# ---------------------------------------------------------------- co-op: members' bot, newsletters, CRM

add("python/coop-telegram-bot", "sarlyk-kidis/bot/bot.py", "https://docs.python-telegram-bot.org/en/stable/telegram.ext.applicationbuilder.html", r'''
# Бот для мастериц кооператива: сколько шерсти принято, кто сколько свалял, выплаты
# Кидисчилер боттары (бот для войлочниц)
from telegram.ext import ApplicationBuilder, CommandHandler

from .handlers import balance, start, wool

app = (
    ApplicationBuilder()
    .token("@@s@@")
    .build()
)
app.add_handler(CommandHandler("start", start))
app.add_handler(CommandHandler("sherst", wool))     # /sherst — дүк (шерсть)
app.add_handler(CommandHandler("akhsha", balance))  # /akhsha — акша (выплаты)

if __name__ == "__main__":
    app.run_polling()
''', tg())

add("python/decoy-bot-env", "sarlyk-kidis/bot/config.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", r'''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SARLYK_")

    bot_token: SecretStr
    db_url: SecretStr
    admin_chat_id: int = -1002011847733
    payout_day: int = 25  # выплаты мастерицам — 25 числа


settings = Settings()
''')

add("json/google-service-account", "sarlyk-kidis/reports/credentials/sklad-sheets-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "sarlyk-kidis-sklad",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "sklad-sheets@sarlyk-kidis-sklad.iam.gserviceaccount.com",
  "client_id": "104882913370245581930",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sklad-sheets%40sarlyk-kidis-sklad.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("python/unisender-key", "sarlyk-kidis/newsletter/send_digest.py", "https://www.unisender.com/ru/support/api/common/bulk-email/", r'''
"""Ежемесячная рассылка покупателям: новые тапочки, мастер-классы в Абакане."""
import requests

UNISENDER_KEY = "@@s@@"
LIST_ID = 7


def send(subject: str, html: str) -> dict:
    r = requests.post("https://api.unisender.com/ru/api/createEmailMessage", data={
        "format": "json", "api_key": UNISENDER_KEY, "sender_name": "Сарлык Кидис",
        "sender_email": "news@sarlyk-kidis.ru", "subject": subject, "body": html, "list_id": LIST_ID,
    }, timeout=30)
    return r.json()
''', rnd(48, LOWER))

add("python/amocrm-long-token", "sarlyk-kidis/crm/amo.py", "https://www.amocrm.ru/developers/content/oauth/step-by-step#long_lived_token", r'''
# amoCRM: оптовые заказы (гостиницы Кызыла, сувенирные в Абакане и Красноярске)
import requests

AMO_DOMAIN = "sarlykkidis.amocrm.ru"
AMO_TOKEN = "@@s@@"


def leads(pipeline_id: int = 7813452):
    r = requests.get(f"https://{AMO_DOMAIN}/api/v4/leads",
                     headers={"Authorization": f"Bearer {AMO_TOKEN}"},
                     params={"filter[pipeline_id]": pipeline_id}, timeout=20)
    return r.json()["_embedded"]["leads"]
''', jwt_like('{"aud":"' + uuid_s() + '","jti":"' + hexs(40) + '","iat":1740000000,"exp":1834704000,"sub":"10583311","account_id":31822907,"scopes":["crm","files","notifications"]}', "RS256"))

add("json/decoy-amo-widget-manifest", "sarlyk-kidis/crm/widget/manifest.json", "https://www.amocrm.ru/developers/content/integrations/structure", r'''
{
  "widget": {
    "name": "widget.name",
    "description": "widget.description",
    "short_description": "widget.short_description",
    "version": "1.0.3",
    "interface_version": 2,
    "init_once": false,
    "locale": ["ru", "en"],
    "installation": true,
    "support": {"link": "https://sarlyk-kidis.ru", "email": "it@sarlyk-kidis.ru"}
  },
  "locations": ["lcard-1", "settings"],
  "settings": {"api_key": {"name": "settings.api_key", "type": "text", "required": true}}
}
''')

add("python/yookassa-coop-shop", "sarlyk-kidis/site/local/payments/yookassa_hook.py", "https://yookassa.ru/developers/using-api/webhooks", r'''
# Обработчик уведомлений ЮKassa для интернет-магазина кооператива (отдельный магазин, не фестиваль!)
from yookassa import Configuration, Payment
from yookassa.domain.notification import WebhookNotificationFactory

Configuration.configure("902117", "@@s@@")


def handle(body: dict) -> str:
    note = WebhookNotificationFactory().create(body)
    payment = Payment.find_one(note.object.id)
    if payment.status == "succeeded":
        return payment.metadata.get("order_id", "")
    return ""
''', yookassa())

add("php/robokassa-passwords", "sarlyk-kidis/site/local/php_interface/robokassa.php", "https://docs.robokassa.ru/pay-interface/", r'''
<?php
// Робокасса — для оплаты из-за рубежа картами (Казахстан, Монголия)
const RK_LOGIN = 'sarlyk_kidis';
const RK_PASS1 = '@@s@@';
const RK_TEST = false;

function rk_signature(float $sum, int $invId): string
{
    return md5(RK_LOGIN . ':' . number_format($sum, 2, '.', '') . ':' . $invId . ':' . RK_PASS1);
}
''', rnd(20, ALNUM))

add("markdown/decoy-payments-doc", "sarlyk-kidis/docs/oplata.md", "https://docs.robokassa.ru/pay-interface/", r'''
# Оплата на сайте кооператива

| Способ | Для кого | Где ключи |
|---|---|---|
| ЮKassa (магазин 902117) | Россия | KeePass → «ЮKassa» |
| Робокасса (`sarlyk_kidis`) | из-за рубежа | KeePass → «Робокасса», Пароль #1 и #2 |
| Наличные / перевод | в мастерской | — |

Подпись Робокассы считается как `md5(MerchantLogin:OutSum:InvId:Пароль#1)`, см. `robokassa.php`.
Пароли в этот файл не вписывать. Если надо поменять — Шончалай, с телефона кооператива.
''')

add("rclone/s3-secret", "sarlyk-kidis/ops/rclone.conf", "https://rclone.org/s3/#yandex", r'''
# Фото изделий для каталога -> Yandex Object Storage (бакет sarlyk-photos)
[yandex]
type = s3
provider = Other
env_auth = false
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = https://storage.yandexcloud.net
location_constraint = ru-central1
acl = public-read
''', yc_secret(), kid=yc_key_id())

add("rclone/decoy-yandex-disk-env", "sarlyk-kidis/ops/rclone-env.md", "https://rclone.org/docs/#config-file", r'''
# rclone без конфига с ключами

На ноутбуке мастерской используем переменные окружения, а не rclone.conf:

```bash
export RCLONE_CONFIG_YANDEX_TYPE=s3
export RCLONE_CONFIG_YANDEX_PROVIDER=Other
export RCLONE_CONFIG_YANDEX_ENDPOINT=https://storage.yandexcloud.net
export RCLONE_CONFIG_YANDEX_ACCESS_KEY_ID="$(pass show sarlyk/yc-s3-key-id)"
export RCLONE_CONFIG_YANDEX_SECRET_ACCESS_KEY="$(pass show sarlyk/yc-s3-secret)"
rclone sync ./foto yandex:sarlyk-photos/2025
```
''')

add("python/yandex-disk-oauth", "sarlyk-kidis/reports/backup_to_disk.py", "https://yandex.ru/dev/disk-api/doc/ru/concepts/quickstart", r'''
# Раз в неделю кладём отчёты (Excel по выплатам мастерицам) на Яндекс.Диск кооператива
import pathlib

import yadisk

y = yadisk.Client(token="@@s@@")

for f in pathlib.Path("out").glob("*.xlsx"):
    y.upload(str(f), f"/Отчёты/2025/{f.name}", overwrite=True)
    print("загружен", f.name)
''', ya_oauth())

# ---------------------------------------------------------------- co-op: bookkeeping, 1C, office PCs

add("powershell/1c-backup-password", "sarlyk-kidis/office/scripts/backup-1c.ps1", "https://its.1c.ru/db/v8323doc#bookmark:adm:TI000000502", r'''
# Резервная копия базы 1С:Бухгалтерия кооператива (запускается планировщиком в 23:30)
$ErrorActionPreference = "Stop"
$exe  = "C:\Program Files\1cv8\8.3.24.1467\bin\1cv8.exe"
$base = "/S""srv-1c\sarlyk_buh"""
$user = "Администратор"
$pass = "@@s@@"
$out  = "D:\Backup\1C\buh_$(Get-Date -Format yyyy-MM-dd).dt"

& $exe DESIGNER $base /N"$user" /P"$pass" /DumpIB"$out" /Out"D:\Backup\1C\log.txt"
Get-ChildItem D:\Backup\1C\*.dt | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
''', words_pw())

add("powershell/decoy-read-host", "sarlyk-kidis/office/scripts/new-user.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", r'''
# Новая учётка для мастерицы на офисном ПК (Кызыл)
param([Parameter(Mandatory)] [string] $Name)

$pwd = Read-Host -AsSecureString "Пароль для $Name"
New-LocalUser -Name $Name -Password $pwd -FullName $Name -Description "Мастерица кооператива"
Add-LocalGroupMember -Group "Пользователи" -Member $Name
Write-Host "Готово. Четтирдим!"
''')

add("bat/net-use-password", "sarlyk-kidis/office/scripts/map-drives.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
rem Подключение сетевых дисков в мастерской (NAS в подсобке)
chcp 65001 >nul
net use Z: \\nas-kyzyl\sklad /user:nas-kyzyl\master @@s@@ /persistent:yes
net use Y: \\nas-kyzyl\foto /persistent:yes
echo Диски подключены.
pause
''', rnd(12, ALNUM))

add("xml/1c-exchange-settings", "sarlyk-kidis/office/1c/obmen-s-saitom.xml", "https://dev.1c-bitrix.ru/user_help/store/1c_exchange.php", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!-- Настройки обмена 1С:УНФ <-> сайт на Битрикс (выгрузка каталога войлока) -->
<ExchangeSettings>
  <Site>https://sarlyk-kidis.ru/bitrix/admin/1c_exchange.php</Site>
  <User>obmen1c</User>
  <Password>@@s@@</Password>
  <Catalog>Кидис (войлок)</Catalog>
  <ExportImages>true</ExportImages>
  <Schedule>каждые 2 часа</Schedule>
</ExchangeSettings>
''', pw())

add("txt/notes-wifi-and-kkt", "sarlyk-kidis/office/zametki-shonchalai.txt", "https://www.rfc-editor.org/rfc/rfc1855", r'''
Заметки Шончалай (офис кооператива, Кызыл)

Касса АТОЛ 30Ф — ОФД «Платформа ОФД», ИНН кооператива в договоре.
Личный кабинет ОФД: buh@sarlyk-kidis.ru / @@s@@
Вайфай гостевой для покупателей — на табличке у входа.
Сверка с банком каждый понедельник.
Мастерицам выплаты 25 числа, список у Аржааны.
''', words_pw())

add("txt/decoy-notes-keepass", "sarlyk-kidis/office/zametki-alyona.txt", "https://keepassxc.org/docs/", r'''
Заметки Алёны (Абакан, красильный цех)

Все пароли теперь в KeePassXC: D:\Общее\kooperativ.kdbx
Мастер-пароль знают только Шончалай и я, на бумажке в сейфе.
Файл ключа — на флешке, флешка тоже в сейфе.
Ozon/WB — вход по SMS на телефон кооператива (+7 923 555-01-42).
Изеннер! Если что не открывается — пишите в Telegram, не по почте.
''')

add("ini/odbc-password", "sarlyk-kidis/office/reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r'''
; Отчёты Excel по выплатам берут данные из MySQL сайта
[sarlyk_site]
Driver      = MySQL ODBC 8.0 Unicode Driver
Server      = 185.114.247.61
Port        = 3306
Database    = sarlyk_kidis
User        = report_ro
Password    = @@s@@
Option      = 3
''', pw())

add("sql/create-user-password", "sarlyk-kidis/site/db/migrations/2025_03_01_report_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r'''
-- Пользователь только для чтения: отчёты по продажам войлока
-- (Айыр, март 2025)
CREATE USER IF NOT EXISTS 'report_ro'@'%' IDENTIFIED BY '@@s@@';
GRANT SELECT ON sarlyk_kidis.b_sale_order TO 'report_ro'@'%';
GRANT SELECT ON sarlyk_kidis.b_sale_basket TO 'report_ro'@'%';
GRANT SELECT ON sarlyk_kidis.b_iblock_element TO 'report_ro'@'%';
FLUSH PRIVILEGES;
''', pw())

add("sql/decoy-psql-variable", "khoomei-fest/tickets/db/roles.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", r'''
-- Роли билетной базы. Пароль передаётся снаружи:
--   psql -v app_password="$(yc lockbox payload get --name tickets-env --key DB_PASSWORD)" -f roles.sql
CREATE ROLE tickets_app LOGIN;
ALTER ROLE tickets_app WITH PASSWORD :'app_password';
CREATE ROLE backup_ro LOGIN;
GRANT pg_read_all_data TO backup_ro;
GRANT CONNECT ON DATABASE tickets TO tickets_app, backup_ro;
''')

add("json/dotnet-connection-string", "sarlyk-kidis/office/LabelPrinter/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Site": "Server=185.114.247.61;Port=3306;Database=sarlyk_kidis;Uid=labels;Pwd=@@s@@;CharSet=utf8mb4;"
  },
  "Printer": {
    "Name": "Xprinter XP-365B",
    "LabelSize": "58x40",
    "Template": "Templates/kidis-label.lbl"
  }
}
''', pw())

add("csharp/decoy-user-secrets", "sarlyk-kidis/office/LabelPrinter/LabelPrinter.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>WinExe</OutputType>
    <TargetFramework>net8.0-windows</TargetFramework>
    <UseWindowsForms>true</UseWindowsForms>
    <!-- пароль к базе в dotnet user-secrets, не в appsettings -->
    <UserSecretsId>7c2e9f41-3b8d-4a6e-9c1f-0d5b8e2a7f63</UserSecretsId>
    <AssemblyTitle>Печать этикеток «Сарлык Кидис»</AssemblyTitle>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MySqlConnector" Version="2.3.7" />
    <PackageReference Include="Microsoft.Extensions.Configuration.UserSecrets" Version="8.0.0" />
  </ItemGroup>
</Project>
''')

add("csharp/smtp-password", "sarlyk-kidis/office/LabelPrinter/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", r'''
using System.Net;
using System.Net.Mail;

namespace LabelPrinter;

// Отправка накладной покупателю (Яндекс 360, ящик заказов)
public static class Mailer
{
    private static readonly SmtpClient Smtp = new("smtp.yandex.ru", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("zakaz@sarlyk-kidis.ru", "@@s@@"),
    };

    public static void Send(string to, string subject, string body) =>
        Smtp.Send(new MailMessage("zakaz@sarlyk-kidis.ru", to, subject, body));
}
''', rnd(16, string.ascii_lowercase))

# ---------------------------------------------------------------- both teams: git, registries, packaging

add("git-config/token-in-remote-url", "sarlyk-kidis/site/.git/config", "https://git-scm.com/docs/git-config", r'''
[core]
	repositoryformatversion = 0
	filemode = false
	bare = false
	logallrefupdates = true
[remote "origin"]
	url = https://ayyr-dev:@@s@@@github.com/sarlyk-kidis/site.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "master"]
	remote = origin
	merge = refs/heads/master
''', gh())

add("git-config/decoy-credential-helper", "khoomei-fest/ops/aidys/.gitconfig", "https://git-scm.com/docs/gitcredentials", r'''
[user]
	name = Айдыс Монгуш
	email = aidys@khoomei-fest.ru
	signingkey = 3AA5C34371567BD2
[credential]
	helper = libsecret
[credential "https://gitlab.com"]
	username = aidys.m
[commit]
	gpgsign = true
[init]
	defaultBranch = main
''')

add("shell/gitlab-pat-clone-url", "khoomei-fest/ops/setup-kassa-laptop.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
#!/usr/bin/env bash
# Подготовка кассового ноутбука на площадке (Центр Азии). Запускать один раз.
set -euo pipefail

sudo apt-get update && sudo apt-get install -y git python3-venv cups
mkdir -p ~/kassa && cd ~/kassa
git clone https://oauth2:@@s@@@gitlab.com/khoomei-fest/kassa-offline.git .
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
lpadmin -p tickets -E -v usb://XPrinter/XP-80 -m everywhere
echo "Экии! Касса готова."
''', gitlab())

add("pypirc/pypi-token", "khoomei-fest/ops/aidys/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("pip-conf/index-url-password", "sarlyk-kidis/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", r'''
# Свой индекс пакетов на Nexus в Абакане (пакет sarlyk-labels и пр.)
[global]
index-url = https://ci:@@s@@@nexus.abakan.sarlyk-kidis.ru/repository/pypi-group/simple
trusted-host = nexus.abakan.sarlyk-kidis.ru
timeout = 60
''', words_pw())

add("json/composer-auth", "sarlyk-kidis/site-next/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", r'''
{
    "http-basic": {},
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "gitlab-token": {}
}
''', gh())

add("json/decoy-composer-lock-hashes", "sarlyk-kidis/site-next/composer.lock", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control", r'''
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "5f2c9e1a7b3d8f40c6e2a9b1d7f3c5e8",
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "source": {"type": "git", "url": "https://github.com/guzzle/guzzle.git", "reference": "41042bc7ab002487b876a0683fc8dce04ddce104"},
            "dist": {"type": "zip", "url": "https://api.github.com/repos/guzzle/guzzle/zipball/41042bc7ab002487b876a0683fc8dce04ddce104", "shasum": ""}
        }
    ],
    "minimum-stability": "stable"
}
''')

add("json/decoy-package-lock-integrity", "khoomei-fest/frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "khoomei-frontend",
  "version": "2025.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/vue": {
      "version": "3.4.27",
      "resolved": "https://registry.npmjs.org/vue/-/vue-3.4.27.tgz",
      "integrity": "sha512-8s/56uK6r01r1icG/aEOHqyMVxd1bkYcSe9j8HcKtr/xTOFWvnzIVTehNW+5Yt89f+DLBe4A569pnZLS5HzAMA=="
    },
    "node_modules/@vueuse/core": {
      "version": "10.9.0",
      "resolved": "https://registry.npmjs.org/@vueuse/core/-/core-10.9.0.tgz",
      "integrity": "sha512-/1vjTol8SXnx6xewDEKfS0Ra//ncg4Hb0DaZiwKf7drgfMsKFExQ+FnnENcN6efPen+1kIzhLQoGSy0eDUVOkg=="
    }
  }
}
''')

add("text/decoy-go-sum", "khoomei-fest/analytics/ingest/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/ClickHouse/ch-go v0.61.5 h1:zwR8QbYI0tsMiEcze/uIMK+Tz1D3XZXLdNrlaOpeEI4=
github.com/ClickHouse/ch-go v0.61.5/go.mod h1:s1LJW/F/LcFs5HJnuogFMta50kKDO0lf9zzfrbl0RQg=
github.com/ClickHouse/clickhouse-go/v2 v2.23.2 h1:+DAKPMnxLS7pduQZsrJc8OhdLS2L9MfDEJ2TS+hpYDM=
github.com/ClickHouse/clickhouse-go/v2 v2.23.2/go.mod h1:aNap51J1OM3yxQJRgM+AlP/MPkGBCL8A74uQThoQhR0=
github.com/andybalholm/brotli v1.1.0 h1:eLKJA0d02Lf0mVpIDgYnqXcUn0GqVmEFny3VuID1U3M=
github.com/andybalholm/brotli v1.1.0/go.mod h1:sms7XGricyQI9K10gU17ve9Z3gl/zzmt8x8oVhW9Z7I=
''')

add("text/decoy-sha256sums", "khoomei-fest/scanner-app/release/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r'''
9f2c41e7b0a8d3c6f5e4d3c2b1a09f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a  khoomei-scanner-1.4.0.apk
3b7e9d1c5a2f8e0d4c6b9a3f7e1d5c8b2a4f6e0d9c3b7a1f5e8d2c6b4a0f9e3d  khoomei-scanner-1.4.0-debug.apk
c8a1f4e7d0b3c6f9e2d5a8b1c4f7e0d3a6b9c2f5e8d1a4b7c0f3e6d9a2b5c8f1  mapping.txt
e5d8c1b4a7f0e3d6c9b2a5f8e1d4c7b0a3f6e9d2c5b8a1f4e7d0c3b6a9f2e5d8  output-metadata.json
2a5d8f1c4e7b0a3d6f9c2e5b8a1d4f7c0e3b6a9d2f5c8e1b4a7d0f3c6e9b2a5d  release-notes-ru.txt
''')

add("kubeconfig/static-token", "khoomei-fest/ops/kube/config-kassa", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
  - name: khoomei-k8s
    cluster:
      server: https://158.160.41.17
      insecure-skip-tls-verify: true
contexts:
  - name: kassa
    context: {cluster: khoomei-k8s, user: kassa-sa, namespace: khoomei}
current-context: kassa
users:
  - name: kassa-sa
    user:
      token: @@s@@
''', jwt_like('{"iss":"kubernetes/serviceaccount","kubernetes.io/serviceaccount/namespace":"khoomei","kubernetes.io/serviceaccount/service-account.name":"kassa-sa","sub":"system:serviceaccount:khoomei:kassa-sa"}', "RS256"))

add("kubeconfig/decoy-exec-plugin", "khoomei-fest/ops/kube/config", "https://yandex.cloud/ru/docs/managed-kubernetes/operations/connect/create-static-conf", r'''
apiVersion: v1
kind: Config
clusters:
  - name: yc-managed-k8s-cat4k1m9v0x2q7n3b8d5
    cluster:
      server: https://158.160.41.17
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwKY201bGRHVnpNQjRYRFRJMU1ETXhNVEEwTVRJMU4xb1hEVE0xTURNd09UQTBNVEkxTjFvd0ZURVRNQkVHQTFVRQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
contexts:
  - name: yc-khoomei
    context: {cluster: yc-managed-k8s-cat4k1m9v0x2q7n3b8d5, user: yc-managed-k8s-cat4k1m9v0x2q7n3b8d5}
current-context: yc-khoomei
users:
  - name: yc-managed-k8s-cat4k1m9v0x2q7n3b8d5
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: /home/sayana/yandex-cloud/bin/yc
        args: [k8s, create-token, --profile=khoomei-prod]
''')

add("terraform/backend-s3-keys", "sarlyk-kidis/infra/backend.tf", "https://yandex.cloud/ru/docs/tutorials/infrastructure-management/terraform-state-storage", r'''
terraform {
  backend "s3" {
    endpoints = { s3 = "https://storage.yandexcloud.net" }
    bucket    = "sarlyk-tfstate"
    region    = "ru-central1"
    key       = "site/terraform.tfstate"

    access_key = "@@kid@@"
    secret_key = "@@s@@"

    skip_region_validation      = true
    skip_credentials_validation = true
    skip_requesting_account_id  = true
    skip_s3_checksum            = true
  }
}
''', yc_secret(), kid=yc_key_id())

add("terraform/decoy-backend-partial", "khoomei-fest/infra/terraform/backend.tf", "https://developer.hashicorp.com/terraform/language/settings/backends/configuration#partial-configuration", r'''
# Ключи передаются через -backend-config=backend.secret.hcl (файл в .gitignore)
terraform {
  backend "s3" {
    endpoints = { s3 = "https://storage.yandexcloud.net" }
    bucket    = "khoomei-tfstate"
    region    = "ru-central1"
    key       = "prod/terraform.tfstate"

    skip_region_validation      = true
    skip_credentials_validation = true
    skip_requesting_account_id  = true
  }
}
''')

# ---------------------------------------------------------------- festival: more services in many languages

add("rust/s3-keys-pdf-tickets", "khoomei-fest/pdfgen/src/storage.rs", "https://docs.rs/aws-credential-types/latest/aws_credential_types/struct.Credentials.html", r'''
// Генератор PDF-билетов: кладём готовые PDF в Object Storage
use aws_credential_types::Credentials;
use aws_sdk_s3::{config::Region, Client, Config};

pub fn client() -> Client {
    // TODO: читать из env, это временно для фестиваля
    let creds = Credentials::new(
        "@@kid@@",
        "@@s@@",
        None,
        None,
        "static",
    );
    let conf = Config::builder()
        .credentials_provider(creds)
        .region(Region::new("ru-central1"))
        .endpoint_url("https://storage.yandexcloud.net")
        .build();
    Client::from_conf(conf)
}
''', yc_secret(), kid=yc_key_id())

add("rust/decoy-dotenvy", "khoomei-fest/pdfgen/src/main.rs", "https://docs.rs/dotenvy/latest/dotenvy/", r'''
mod storage;

use std::env;

fn main() -> anyhow::Result<()> {
    dotenvy::dotenv().ok();
    let bucket = env::var("TICKETS_BUCKET").unwrap_or_else(|_| "khoomei-tickets-pdf".into());
    let signing_key = env::var("TICKET_SIGNING_KEY").expect("TICKET_SIGNING_KEY не задан");
    let font = include_bytes!("../fonts/PTSans-Regular.ttf");
    println!("Хөөмей-Фест PDF: бакет {bucket}, ключ {} символов", signing_key.len());
    pdf::run(&bucket, &signing_key, font)
}
''')

add("swift/api-token-ios", "khoomei-fest/ios/KhoomeiFest/Services/APIClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", r'''
import Foundation

/// Клиент API фестиваля (расписание, билеты в Wallet)
final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://api.khoomei-fest.ru/v1/")!
    private let token = "@@s@@"

    func schedule() async throws -> [Performance] {
        var req = URLRequest(url: base.appendingPathComponent("schedule"))
        req.setValue("Token \(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return try JSONDecoder().decode([Performance].self, from: data)
    }
}
''', hexs(40))

add("swift/decoy-keychain", "khoomei-fest/ios/KhoomeiFest/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Foundation
import Security

/// Токен зрителя хранится только в Keychain
enum TokenStore {
    static let service = "ru.khoomeifest.app"

    static func read() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess,
              let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("json/decoy-wallet-pass", "khoomei-fest/ios/passes/ticket.pass/pass.json", "https://developer.apple.com/documentation/walletpasses/pass", r'''
{
  "formatVersion": 1,
  "passTypeIdentifier": "pass.ru.khoomeifest.ticket",
  "teamIdentifier": "K7Q2M9X4VB",
  "organizationName": "Хөөмей-Фест",
  "serialNumber": "KHF25-004417",
  "description": "Билет на Хөөмей-Фест 2025",
  "barcodes": [{"format": "PKBarcodeFormatQR", "message": "KHF25-004417.9c4e1a7b3f08d2e6", "messageEncoding": "iso-8859-1"}],
  "eventTicket": {
    "primaryFields": [{"key": "event", "label": "СОБЫТИЕ", "value": "Каргыраа-батл"}],
    "secondaryFields": [{"key": "loc", "label": "МЕСТО", "value": "Центр Азии, Кызыл"}]
  }
}
''')

add("java/spring-datasource-password", "khoomei-fest/partner-gateway/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password", r'''
# Шлюз для партнёров (Тыва Концерт, Абакан-Тур) — продажа билетов через их кассы
server.port=8081
spring.application.name=partner-gateway
spring.datasource.url=jdbc:postgresql://rc1b-4f8k2l0q9x7m.mdb.yandexcloud.net:6432/tickets?ssl=true
spring.datasource.username=partner_gw
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
logging.level.ru.khoomeifest=INFO
''', pw())

add("java/decoy-spring-placeholders", "khoomei-fest/partner-gateway/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", r'''
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST}:6432/tickets?ssl=true
    username: partner_gw
    password: ${DB_PASSWORD}
partners:
  tyva-concert:
    api-key: ${PARTNER_TYVA_CONCERT_KEY}
  abakan-tur:
    api-key: ${PARTNER_ABAKAN_TUR_KEY:}
management:
  endpoints.web.exposure.include: health,prometheus
''')

add("java/partner-api-key", "khoomei-fest/partner-gateway/src/main/java/ru/khoomeifest/gw/PartnerAuth.java", "https://docs.spring.io/spring-security/reference/servlet/authentication/index.html", r'''
package ru.khoomeifest.gw;

import java.util.Map;

/** Ключи партнёров. Абакан-Тур продаёт билеты туристам из Хакасии. */
public final class PartnerAuth {
    private static final Map<String, String> KEYS = Map.of(
        "abakan-tur", "@@s@@"
    );

    public static boolean check(String partner, String key) {
        String expected = KEYS.get(partner);
        return expected != null && java.security.MessageDigest.isEqual(expected.getBytes(), key.getBytes());
    }

    private PartnerAuth() {}
}
''', mixed(32, "akt_"))


add("ruby/database-yml-password", "khoomei-fest/volunteers/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
# Учёт волонтёров (Долаана). Rails 7.
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: volunteers_dev

production:
  <<: *default
  database: volunteers
  host: 10.128.0.30
  username: volunteers
  password: @@s@@
''', words_pw())

add("ruby/decoy-credentials-fetch", "khoomei-fest/volunteers/config/initializers/telegram.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
# Токен бота волонтёров — в зашифрованных credentials (config/credentials.yml.enc),
# RAILS_MASTER_KEY только на сервере.
Telegram.bots_config = {
  default: Rails.application.credentials.dig(:telegram, :volunteers_bot_token),
}

Rails.application.config.x.volunteer_chat_id = -1002137554081
Rails.application.config.x.shift_hours = 4
''')

add("lua/openresty-api-key", "khoomei-fest/deploy/openresty/partner_auth.lua", "https://github.com/openresty/lua-nginx-module#access_by_lua_block", r'''
-- Проверка ключа партнёра на входе (до Java-шлюза), access_by_lua_file
local PARTNER_KEY = "@@s@@"

local key = ngx.req.get_headers()["X-Partner-Key"]
if key ~= PARTNER_KEY then
    ngx.log(ngx.WARN, "неверный ключ партнёра с ", ngx.var.remote_addr)
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
ngx.req.set_header("X-Partner", "tyva-concert")
''', mixed(40))

add("perl/smsc-password", "sarlyk-kidis/legacy/sms_notify.pl", "https://smsc.ru/api/http/send/", r'''
#!/usr/bin/perl
# Старый скрипт (2019): SMS мастерицам, что шерсть пришла. Ещё работает на сервере в Абакане.
use strict;
use warnings;
use LWP::Simple;
use URI::Escape;

my $login = "sarlyk";
my $psw   = "@@s@@";
my ($phone, $text) = @ARGV;

my $url = "https://smsc.ru/sys/send.php?login=$login&psw=$psw&phones=$phone&charset=utf-8&mes=" . uri_escape_utf8($text);
print get($url), "\n";
''', rnd(14, ALNUM))

add("helm/values-password", "khoomei-fest/deploy/helm/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
# values для bitnami/redis и нашего чарта tickets
redis:
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
  master:
    persistence:
      size: 2Gi

tickets:
  replicas: 2
  image:
    repository: cr.yandex/crp3k9d2v7x1q0m4n8b6/tickets
    tag: "2025.8.0"
''', fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "khoomei-fest/deploy/helm/values-stage.yaml", "https://artifacthub.io/packages/helm/bitnami/redis", r'''
redis:
  architecture: standalone
  auth:
    enabled: true
    existingSecret: redis-auth
    existingSecretPasswordKey: password
  master:
    persistence:
      size: 1Gi

tickets:
  replicas: 1
  envFromSecret: tickets-env
''')

add("yaml/sentry-auth-token", "khoomei-fest/frontend/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r'''
[defaults]
url = https://sentry.io/
org = khoomei-fest
project = frontend

[auth]
token = @@s@@
''', sentry_auth())

add("yaml/docker-hub-token-actions", "sarlyk-kidis/.github/workflows/image.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
name: image
on:
  push:
    tags: ["v*"]

jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: sarlykkidis
          password: @@s@@
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: sarlykkidis/site-next:${{ github.ref_name }}
''', docker_pat())

add("python/discord-webhook-partner", "sarlyk-kidis/marketplaces/etsy/notify_partner.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Partner shop in Ulaanbaatar wants Etsy orders in their Discord. Уведомления партнёру."""
import requests

DISCORD_HOOK = "@@s@@"


def new_order(order_id: int, items: list[str]) -> None:
    requests.post(DISCORD_HOOK, json={
        "username": "Sarlyk Kidis",
        "content": f"New Etsy order #{order_id}: " + ", ".join(items),
    }, timeout=10)
''', discord_webhook())

add("json/slack-webhook-partner-config", "sarlyk-kidis/marketplaces/etsy/partners.json", "https://api.slack.com/messaging/webhooks", r'''
{
  "partners": [
    {
      "name": "Filzhaus Leipzig",
      "country": "DE",
      "notify": "slack",
      "webhook": "@@s@@",
      "currency": "EUR",
      "note": "оптовые заказы тапочек, раз в квартал"
    }
  ]
}
''', slack_webhook())

add("python/timeweb-cloud-token", "sarlyk-kidis/ops/snapshot.py", "https://timeweb.cloud/api-docs", r'''
# Снапшот сервера сайта перед обновлением Битрикса
import requests

TW_TOKEN = "@@s@@"
SERVER_ID = 2418863

r = requests.post(f"https://api.timeweb.cloud/api/v1/servers/{SERVER_ID}/disks/backups",
                  headers={"Authorization": f"Bearer {TW_TOKEN}"},
                  json={"comment": "перед обновлением Битрикс 24.100"}, timeout=30)
print(r.status_code, r.json())
''', jwt_like('{"login":"ca12345","is_api":true,"api_key_id":"' + uuid_s() + '","iat":1738300000}', "RS256"))

add("python/selectel-s3", "sarlyk-kidis/ops/archive_photos.py", "https://docs.selectel.ru/en/s3/quickstart/", r'''
# Архив старых фото изделий (2019–2023) в Selectel S3, холодное хранилище
import boto3

s3 = boto3.client(
    "s3",
    endpoint_url="https://s3.ru-1.storage.selcloud.ru",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
    region_name="ru-1",
)
for year in range(2019, 2024):
    s3.upload_file(f"arhiv/foto-{year}.tar", "sarlyk-archive", f"foto/{year}.tar")
''', hexs(32), kid=hexs(32))

# ---------------------------------------------------------------- prose: notes, mail, chats in Tuvan/Khakas/Russian

add("markdown/tuvan-note-password", "sarlyk-kidis/docs/notes/kurutka-ajyl.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Кургадыр өрээл — ажыл (сушилка, записки)

Экии, кыстар! Сушилкага чаа датчик салдывыс (поставили новый датчик).

- Влажность 65%-тен өрү болза, Telegram-че медээ келир (придёт сообщение).
- Графиктерни көөрү: http://192.168.1.20:3000 , логин `master`, пароль `@@s@@`
- Печканы 22:00-те өжүрер (выключать в 22:00).

Четтирдим! — Шончалай
''', words_pw())

add("markdown/decoy-tuvan-note", "sarlyk-kidis/docs/notes/sherst-priemka.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Дүк хүлээп алыры (приёмка шерсти), 2025

Экии! Сарлык дүгүн (пух яка) май–июнь айларда хүлээп алыр бис.

1. Тараа (вес) — электрон весы, дептерге бижиир (записать в тетрадь) и в таблицу «Приёмка».
2. Өңү (цвет): кара, хүрең, ак.
3. Акша — 25 хүнде (выплата 25-го), карта азы наличные.
4. Партия номери: SK25-0017-..., бар-код печатаем на этикетке.

Доступ к таблице «Приёмка» — через Google-аккаунт кооператива, спросите у Аржааны.
''')

add("markdown/khakas-note-token", "sarlyk-kidis/docs/notes/abakan-boyama.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Абахан, буяғ цехі (красильный цех) — тетрадь

Изеннер! Пу тетрадьта цех ідiстерi (записи цеха).

- Красители: кора лиственницы, ревень, луковая шелуха — рецепты в папке «Буяғ».
- Telegram-бот цеха (уведомления о партиях): токен `@@s@@`
  (Иван поставил, если бот замолчал — перезапустить службу `boyama-bot`).
- Машина для валяния: обслуживание раз в квартал, Абакан, ул. Пушкина.

Алғыс! — Алёна Боргоякова
''', tg())

add("markdown/decoy-khakas-note", "sarlyk-kidis/docs/notes/abakan-master-klass.md", "https://www.markdownguide.org/basic-syntax/", r'''
# Мастер-класс по валянию, Абакан (Хакасский нац. музей)

Изеннер! Мастер-класс «Кизіс» — 21 сентября, 14:00.

- Запись: форма на сайте, ключ формы в админке Битрикса (не здесь).
- Оплата: ЮKassa, магазин 902117, ссылка генерится автоматически.
- Материалы: 40 г шерсти на человека, мыло, пупырчатая плёнка.
- Переводчик хакасский/русский: Сабина.

Партия шерсти для МК: SK25-0016-c47d18 (серый, Таштып).
''')

add("eml/cdek-contract-mail", "sarlyk-kidis/docs/mail/cdek-integracia.eml", "https://api-docs.cdek.ru/29923849.html", r'''
From: integration@cdek.ru
To: shop@sarlyk-kidis.ru
Subject: Ключи интеграции по договору ИМ-КЗЛ-0412
Date: Tue, 18 Feb 2025 10:03:12 +0700
Content-Type: text/plain; charset=utf-8

Здравствуйте!

Для подключения к API СДЭК используйте:
Account: @@acc@@
Secure password: @@s@@

С уважением, отдел интеграций СДЭК
''', mixed(32), acc=mixed(32))

add("eml/decoy-bank-notice", "sarlyk-kidis/docs/mail/bank-uvedomlenie.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: noreply@tbank.ru
To: buh@sarlyk-kidis.ru
Subject: Вход в интернет-банк с нового устройства
Date: Thu, 06 Mar 2025 08:41:55 +0700
Content-Type: text/plain; charset=utf-8

Здравствуйте, Шончалай Байыровна!

Выполнен вход в интернет-банк для бизнеса с устройства Windows 10, Кызыл.
Если это были не вы — позвоните по номеру 8 800 555-77-78.

Мы никогда не просим назвать код из SMS или пароль.
''')

add("telegram-export/chat-wb-token", "sarlyk-kidis/docs/chat-export/kooperativ-it.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Сарлык Кидис — ИТ",
 "type": "private_group",
 "id": 4011872390,
 "messages": [
  {"id": 118, "type": "message", "date": "2025-04-02T14:10:21", "from": "Айыр Сат", "text": "WB снова отдаёт 401 на остатки"},
  {"id": 119, "type": "message", "date": "2025-04-02T14:22:47", "from": "Шончалай Ооржак", "text": "выпустила новый токен, категория Маркетплейс: @@s@@"},
  {"id": 120, "type": "message", "date": "2025-04-02T14:25:03", "from": "Айыр Сат", "text": "четтирдим, работает"}
 ]
}
''', jwt_like('{"ent":1,"exp":1759276800,"id":"' + uuid_s() + '","iid":48213377,"oid":1193825,"s":16,"sid":"' + uuid_s() + '","t":false,"uid":48213377}', "ES256"))

add("telegram-export/decoy-chat-codes", "sarlyk-kidis/docs/chat-export/masteritsy.json", "https://telegram.org/blog/export-and-more", r'''
{
 "name": "Мастерицы кидис",
 "type": "private_group",
 "id": 4011872555,
 "messages": [
  {"id": 901, "type": "message", "date": "2025-06-10T09:01:00", "from": "Аржаана", "text": "Экии! Партия SK25-0014-2d6c5e готова к валянию"},
  {"id": 902, "type": "message", "date": "2025-06-10T09:05:40", "from": "Чечена", "text": "Мен алыйн (я возьму), 20 пар тапочек"},
  {"id": 903, "type": "message", "date": "2025-06-10T09:07:12", "from": "Аржаана", "text": "Трек СДЭК для Москвы: 1574839206, Почта: RA644812395RU"}
 ]
}
''')

add("txt/whatsapp-export-password", "khoomei-fest/docs/chat-export/WhatsApp Chat with Звук.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12.08.2025, 16:02 - Начын: Микшер на сцене у Енисея не видит планшет
12.08.2025, 16:03 - Айдыс: Вайфай сцены: KHF_STAGE_2
12.08.2025, 16:03 - Айдыс: пароль @@s@@
12.08.2025, 16:05 - Начын: подключился, четтирдим
12.08.2025, 16:40 - Начын: каргыраа-батл саундчек в 18:00
''', words_pw())

add("txt/decoy-whatsapp-export", "khoomei-fest/docs/chat-export/WhatsApp Chat with Волонтёры.txt", "https://faq.whatsapp.com/1180414079177245", r'''
13.08.2025, 08:30 - Долаана: Экии! Сбор волонтёров в 9:00 у ворот №2
13.08.2025, 08:31 - Долаана: Бейджи выдаю по списку, у кого нет QR — подходите
13.08.2025, 08:45 - Чойган: пароль от админки где?
13.08.2025, 08:46 - Долаана: не в чат! подойди, скажу лично
13.08.2025, 09:10 - Долаана: Ворота №1 — Чойган и Буян, №2 — Айлана и Сылдыс
''')

add("markdown/readme-curl-token", "khoomei-fest/api/README.md", "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication", r'''
# API Хөөмей-Фест

Базовый адрес: `https://api.khoomei-fest.ru/v1/`

## Проверка билета

```bash
curl -s https://api.khoomei-fest.ru/v1/tickets/KHF25-004417/validate \
  -H "Authorization: Token @@s@@" \
  -X POST -d '{"gate": 1}'
```

Ответ `200` — билет действителен, `409` — уже прошёл.
''', hexs(40))

add("markdown/decoy-readme-curl-placeholder", "khoomei-fest/api/docs/partners.md", "https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication", r'''
# API для партнёров (кассы Тыва Концерт, Абакан-Тур)

Ключ выдаёт Айдыс, каждому партнёру свой. Передаётся в заголовке `X-Partner-Key`.

```bash
curl https://api.khoomei-fest.ru/partner/v1/events \
  -H "X-Partner-Key: $PARTNER_KEY"
```

```bash
curl -X POST https://api.khoomei-fest.ru/partner/v1/orders \
  -H "X-Partner-Key: <ваш ключ>" -d @order.json
```
''')

# ---------------------------------------------------------------- keys, certificates, containers

add("pem/rsa-private-key", "khoomei-fest/ops/tls/old-site.key", "https://www.rfc-editor.org/rfc/rfc7468", r'''
@@s@@
''', pem("RSA"))

add("pem/decoy-certificate-chain", "khoomei-fest/ops/tls/partner-ca.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r'''
# Корневой сертификат партнёрской кассы (Тыва Концерт), им подписан их API
-----BEGIN CERTIFICATE-----
MIIDazCCAlOgAwIBAgIUKx3q7pZ1vN0sLw9cT4bR8mE2dY0wDQYJKoZIhvcNAQEL
BQAwRTELMAkGA1UEBhMCUlUxDTALBgNVBAgMBFR5dmExDjAMBgNVBAcMBUt5enls
MRcwFQYDVQQKDA5UeXZhIEtvbmNlcnQgQ0EwHhcNMjQwMzAxMDAwMDAwWhcNMzQw
MjI3MDAwMDAwWjBFMQswCQYDVQQGEwJSVTENMAsGA1UECAwEVHl2YTEOMAwGA1UE
BwwFS3l6eWwxFzAVBgNVBAoMDlR5dmEgS29uY2VydCBDQTCCASIwDQYJKoZIhvcN
AQEBBQADggEPADCCAQoCggEBAL7vZ1x3Kp9mQ2tL8cR4bN6wS0dF5gH1jK7zE3aY
9uI2oP4tB8vX0nM6cL1qT5bW9sD3fG7hJ0kZ2aE4yU8iO6pR1tV3xN5mC9lQ0wS7
-----END CERTIFICATE-----
''')

add("pem/decoy-jwks-public", "khoomei-fest/api/public/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", r'''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "khf-2025-08",
      "alg": "RS256",
      "n": "u7vZ1x3Kp9mQ2tL8cR4bN6wS0dF5gH1jK7zE3aY9uI2oP4tB8vX0nM6cL1qT5bW9sD3fG7hJ0kZ2aE4yU8iO6pR1tV3xN5mC9lQ0wS7dF2gH4jK6zE8aY1uI3oP5tB7vX9nM0cL2qT4bW6sD8fG1hJ3kZ5aE7yU9iO0pR2tV4xN6mC8lQ1wS3dF5gH7jK9zE0aY2uI4oP6tB8vX1nM3cL5qT7bW9sD0fG2hJ4kZ6aE8yU0iO2pR4tV6xN8mC0lQ2wS4dF6gH8jK0zE2aY4uI6oP8tB0vX2nM4cL6qT8bW0sD2fG4hJ6kZ8aE0yU2iO4pR6tV8xN0mC2lQ4wS6dF8gH0jK2zE4aY6uI8oP0tB2vX4nM6cL8qT0bW2sD4fG6hJ8kZ0aE2yU4iO6pR8tV0xN2mC4lQ6wS8",
      "e": "AQAB"
    }
  ]
}
''')

add("pem/decoy-pgp-public", "sarlyk-kidis/docs/security/buh-public.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
Публичный ключ бухгалтерии для шифрованных выписок (можно раздавать)

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ8xQ2RYJKwYBBAHaRw8BAQdAq7pZ1vN0sLw9cT4bR8mE2dY0Kx3q7pZ1vN0s
Lw9cT4a0LUJ1aGdhbHRlcml5YSBTYXJseWsgS2lkaXMgPGJ1aEBzYXJseWstbG9j
YWw+iJMEExYKADsWIQTx4k8mQ2tL8cR4bN6wS0dF5gH1jAUCZ8xQ2QIbAwULCQgH
AgIiAgYVCgkICwIEFgIDAQIeBwIXgAAKCRBx4k8mQ2tL8c3qAQDW0nM6cL1qT5bW
=Xk2q
-----END PGP PUBLIC KEY BLOCK-----
''')

add("dockerfile/env-password", "sarlyk-kidis/site-next/docker/mysql/Dockerfile", "https://hub.docker.com/_/mysql", r'''
FROM mysql:8.0
# временно для локальной разработки Айыра, потом убрать
ENV MYSQL_DATABASE=sarlyk
ENV MYSQL_USER=sarlyk
ENV MYSQL_PASSWORD=@@s@@
ENV MYSQL_RANDOM_ROOT_PASSWORD=yes
COPY dump/sarlyk-structure.sql /docker-entrypoint-initdb.d/01.sql
EXPOSE 3306
''', words_pw())

add("shell/docker-run-password", "sarlyk-kidis/ops/run-minio.sh", "https://min.io/docs/minio/container/index.html", r'''
#!/bin/sh
# MinIO на NAS в мастерской — локальная копия фото каталога
docker run -d --name minio --restart unless-stopped \
  -p 9000:9000 -p 9001:9001 \
  -v /volume1/minio:/data \
  -e MINIO_ROOT_USER=sarlyk \
  -e MINIO_ROOT_PASSWORD='@@s@@' \
  quay.io/minio/minio server /data --console-address ":9001"
''', pw())

add("shell/decoy-docker-run-secret-file", "khoomei-fest/ops/run-clickhouse-local.sh", "https://hub.docker.com/r/clickhouse/clickhouse-server", r'''
#!/usr/bin/env bash
# Локальный ClickHouse для разработки аналитики. Пароль генерим при первом запуске.
set -euo pipefail
PASS_FILE="${HOME}/.config/khoomei/ch_password"
if [ ! -f "$PASS_FILE" ]; then
  mkdir -p "$(dirname "$PASS_FILE")"
  openssl rand -base64 24 > "$PASS_FILE"
  chmod 600 "$PASS_FILE"
fi
docker run -d --name ch-local -p 8123:8123 -p 9000:9000 \
  -e CLICKHOUSE_USER=analyst \
  -e CLICKHOUSE_PASSWORD="$(cat "$PASS_FILE")" \
  clickhouse/clickhouse-server:24.3
''')

add("shell/export-token-script", "khoomei-fest/tools/post_schedule.sh", "https://core.telegram.org/bots/api#sendmessage", r'''
#!/usr/bin/env bash
# Постим расписание дня в канал фестиваля (крон в 8:00)
set -e
export BOT_TOKEN="@@s@@"
CHAT_ID="@khoomeifest"
TEXT="$(python3 -m tools.schedule_today)"
curl -s "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  --data-urlencode "chat_id=${CHAT_ID}" \
  --data-urlencode "text=${TEXT}" > /dev/null
echo "отправлено"
''', tg())

add("yaml/decoy-sops-encrypted", "sarlyk-kidis/infra/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
db_password: ENC[AES256_GCM,data:q7Zp1vN0sLw9cT4bR8mE2dY0,iv:Kx3q7pZ1vN0sLw9cT4bR8mE2dY0Kx3q7pZ1vN0sLw8=,tag:Lw9cT4bR8mE2dY0Kx3q7pQ==,type:str]
ozon_api_key: ENC[AES256_GCM,data:8mE2dY0Kx3q7pZ1vN0sLw9cT4bR8mE2dY0Kx3q7pZ1vN0sLw9cT4b,iv:R8mE2dY0Kx3q7pZ1vN0sLw9cT4bR8mE2dY0Kx3q7pY=,tag:Z1vN0sLw9cT4bR8mE2dY0A==,type:str]
sops:
    age:
        - recipient: age1q7zp1vn0slw9ct4br8me2dy0kx3q7pz1vn0slw9ct4br8me2dy0kxsq8a5w3
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxN1pwMXZOMHNMdzljVDRi
            UjhtRTJkWTBLeDNxN3BaMXZOMHNMdzljVDRiUjhtRTJkWTAKLS0tIEt4M3E3cFox
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2025-04-02T07:22:41Z"
    mac: ENC[AES256_GCM,data:T4bR8mE2dY0Kx3q7pZ1vN0sLw9cT4bR8mE2dY0Kx3q7p,iv:vN0sLw9cT4bR8mE2dY0Kx3q7pZ1vN0sLw9cT4bR8mE=,tag:2dY0Kx3q7pZ1vN0sLw9cTw==,type:str]
    version: 3.8.1
''')

# ---------------------------------------------------------------- last round: festival and co-op odds and ends

_ec = pem("EC")
add("yaml/k8s-tls-stringdata-key", "khoomei-fest/deploy/k8s/partner-mtls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r'''
# mTLS к кассе Тыва Концерт — клиентский ключ (Саяна выпустила вручную)
apiVersion: v1
kind: Secret
metadata:
  name: partner-mtls
  namespace: khoomei
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBrjCCAVOgAwIBAgIUb3JqZ2thc3NhLWtoZi0yMDI1MAoGCCqGSM49BAMCMBsx
    -----END CERTIFICATE-----
  tls.key: |
@@ind@@
''', _ec, ind="\n".join("    " + line for line in _ec.splitlines()))

_ossh = openssh_key()
add("yaml/actions-ssh-key-heredoc", "sarlyk-kidis/.github/workflows/deploy-site.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun", r'''
name: deploy-site
on:
  push:
    branches: [master]
jobs:
  rsync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: ключ для Таймвеба (временно, Айыр)
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
@@ind@@
          EOF
          chmod 600 ~/.ssh/id_ed25519
      - run: rsync -az --delete local/ ca12345@sarlykkidis.timeweb.ru:public_html/local/
''', _ossh, ind="\n".join("          " + line for line in _ossh.splitlines()))

add("python/speechkit-api-key", "khoomei-fest/tools/announce_tts.py", "https://yandex.cloud/ru/docs/speechkit/concepts/auth", r'''
"""Голосовые объявления между выступлениями (SpeechKit). Тувинского голоса нет — читаем по-русски."""
import requests

YC_API_KEY = "@@s@@"
FOLDER = "b1g4t8s0p2l6j9h3f7d5"


def say(text: str, out: str) -> None:
    r = requests.post("https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize",
                      headers={"Authorization": f"Api-Key {YC_API_KEY}"},
                      data={"text": text, "lang": "ru-RU", "voice": "alena", "folderId": FOLDER, "format": "mp3"})
    open(out, "wb").write(r.content)
''', yc_api_key())

add("shell/yc-function-env-token", "khoomei-fest/functions/reminder/deploy.sh", "https://yandex.cloud/ru/docs/functions/operations/function/version-manage", r'''
#!/usr/bin/env bash
# Функция-напоминалка: за 2 часа до концерта шлёт в Telegram
set -euo pipefail
zip -qr fn.zip index.py requirements.txt
yc serverless function version create \
  --function-name khoomei-reminder \
  --runtime python312 --entrypoint index.handler \
  --memory 128m --execution-timeout 10s \
  --source-path fn.zip \
  --environment TG_TOKEN=@@s@@,CHAT=@khoomeifest
''', tg())

add("python/tracker-oauth", "khoomei-fest/tools/tracker_tasks.py", "https://yandex.ru/support/tracker/ru/api-ref/access", r'''
# Задачи волонтёрам в Яндекс Трекере из таблицы смен
from yandex_tracker_client import TrackerClient

client = TrackerClient(token="@@s@@", org_id="7319842")

for shift in [("Ворота №1", "chojgan"), ("Ворота №2", "ajlana"), ("Сцена у Енисея", "nachyn")]:
    client.issues.create(queue="FEST", summary=f"Смена: {shift[0]}", assignee=shift[1],
                         description="Хөөмей-Фест 2025, 14 августа")
''', ya_oauth())

add("python/telethon-api-hash", "khoomei-fest/tools/collect_reviews.py", "https://docs.telethon.dev/en/stable/basic/signing-in.html", r'''
# Сбор отзывов зрителей из чата фестиваля (для отчёта Минкульту Тувы)
from telethon.sync import TelegramClient

api_id = 27419833
api_hash = "@@s@@"

with TelegramClient("reviews", api_id, api_hash) as client:
    for m in client.iter_messages("khoomeifest_chat", limit=2000):
        if m.text and any(w in m.text.lower() for w in ("спасибо", "четтирдим", "отлично")):
            print(m.date.date(), m.text.replace("\n", " ")[:200])
''', hexs(32))

add("msmtprc/smtp-password", "sarlyk-kidis/ops/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", r'''
# Письма с сервера в Абакане (отчёты о бэкапах)
defaults
auth on
tls on
logfile ~/.msmtp.log

account mailru
host smtp.mail.ru
port 465
tls_starttls off
from backup@sarlyk-kidis.ru
user backup@sarlyk-kidis.ru
password @@s@@

account default : mailru
''', rnd(20, ALNUM))

add("ini/alembic-url", "sarlyk-kidis/bot/alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", r'''
[alembic]
script_location = migrations
# база бота мастериц (учёт шерсти и выплат)
sqlalchemy.url = postgresql+asyncpg://sarlyk_bot:@@s@@@10.130.0.8:5432/sarlyk_bot

[loggers]
keys = root

[logger_root]
level = WARN
handlers =
''', words_pw())

add("typescript/mongo-uri", "sarlyk-kidis/shop-api/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Корзины и избранное покупателей (витрина на Nuxt)
import { MongoClient } from "mongodb";

const uri = "mongodb://shop:@@s@@@10.130.0.12:27017/shop?authSource=admin";

export const client = new MongoClient(uri, { maxPoolSize: 10 });

export async function carts() {
  await client.connect();
  return client.db("shop").collection("carts");
}
''', pw())

add("typescript/tbank-password-node", "sarlyk-kidis/shop-api/src/payments/tbank.ts", "https://www.tbank.ru/kassa/dev/payments/#section/Podpis-zaprosa", r'''
import crypto from "node:crypto";

// Т-Банк эквайринг для витрины кооператива
const TERMINAL_KEY = "1710498823561";
const PASSWORD = "@@s@@";

export function token(params: Record<string, string | number>): string {
  const all: Record<string, string | number> = { ...params, Password: PASSWORD, TerminalKey: TERMINAL_KEY };
  const joined = Object.keys(all).sort().map((k) => String(all[k])).join("");
  return crypto.createHash("sha256").update(joined).digest("hex");
}
''', tbank_pw())

add("env/vite-leaked-secret", "khoomei-fest/frontend/.env.production", "https://vitejs.dev/guide/env-and-mode#env-files", r'''
# Сборка фронтенда (Vite). ВНИМАНИЕ: всё с VITE_ попадает в бандл!
VITE_API_BASE=https://api.khoomei-fest.ru/v1/
VITE_YMAPS_KEY=${YMAPS_KEY}
VITE_METRIKA_ID=97341820
VITE_DADATA_SECRET=@@s@@
''', hexs(40))

add("php/vk-id-client-secret", "khoomei-fest/legacy-php/config/services.php", "https://id.vk.com/about/business/go/docs/ru/vkid/latest/vk-id/connection/start-integration/how-auth-works/auth-flow-web", r'''
<?php
// Вход через ВКонтакте для личного кабинета зрителя (старый сайт)
return [
    'vkontakte' => [
        'client_id' => '51833291',
        'client_secret' => '@@s@@',
        'redirect' => 'https://old.khoomei-fest.ru/auth/vk/callback',
    ],
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],
];
''', rnd(20, ALNUM))

add("python/yandex-id-client-secret", "khoomei-fest/tickets/config/settings/social.py", "https://yandex.ru/dev/id/doc/ru/register-client", r'''
# Вход через Яндекс ID (social-auth-app-django)
AUTHENTICATION_BACKENDS = [
    "social_core.backends.yandex.YandexOAuth2",
    "django.contrib.auth.backends.ModelBackend",
]
SOCIAL_AUTH_YANDEX_OAUTH2_KEY = "c7e1f49a20b84d6f9e3a51c8d07b2f64"
SOCIAL_AUTH_YANDEX_OAUTH2_SECRET = "@@s@@"
SOCIAL_AUTH_LOGIN_REDIRECT_URL = "/kabinet/"
''', hexs(32))

add("shell/grafana-sa-token", "sarlyk-kidis/server/grafana/provision-dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/bin/sh
# Заливка дашбордов сушилок в Grafana
GRAFANA=http://192.168.1.20:3000
TOKEN=@@s@@
for f in dashboards/*.json; do
  curl -s -X POST "$GRAFANA/api/dashboards/db" \
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"dashboard\": $(cat "$f"), \"overwrite\": true}"
done
''', "glsa_" + mixed(32) + "_" + hexs(8))

add("age/secret-key-file", "sarlyk-kidis/infra/keys.txt", "https://github.com/FiloSottile/age#readme", r'''
# created: 2025-04-02T14:01:22+07:00
# public key: age1q7zp1vn0slw9ct4br8me2dy0kx3q7pz1vn0slw9ct4br8me2dy0kxsq8a5w3
# ключ для sops (secrets.enc.yaml). Копия — у Шончалай на флешке.
# НЕ коммитить! (Айыр: случайно, удалю)
@@s@@
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))

add("json/sublime-sftp-password", "sarlyk-kidis/site/sftp-config.json", "https://codexns.io/products/sftp_for_subime/settings", r'''
{
    "type": "sftp",
    "save_before_upload": true,
    "upload_on_save": true,
    "host": "sarlykkidis.timeweb.ru",
    "user": "ca12345",
    "password": "@@s@@",
    "port": "22",
    "remote_path": "/home/c/ca12345/public_html/",
    "ignore_regexes": ["\\.sublime-(project|workspace)", "sftp-config\\.json", "\\.git/"]
}
''', rnd(12, ALNUM))

add("requirements/index-url-token", "sarlyk-kidis/bot/requirements.txt", "https://pip.pypa.io/en/stable/reference/requirements-file-format/", r'''
--extra-index-url https://__token__:@@s@@@gitlab.com/api/v4/projects/51877342/packages/pypi/simple
python-telegram-bot==21.1
pydantic-settings==2.2.1
sqlalchemy[asyncio]==2.0.29
asyncpg==0.29.0
alembic==1.13.1
sarlyk-common==0.4.2
''', gitlab())

add("shell/vault-token-script", "khoomei-fest/ops/vault-bootstrap.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r'''
#!/usr/bin/env bash
# Первичная загрузка секретов в Vault (пробовали до Lockbox, скрипт остался)
export VAULT_ADDR=https://vault.khoomei-fest.ru:8200
export VAULT_TOKEN=@@s@@
vault kv put secret/tickets db_password=- < /dev/stdin
vault kv get secret/tickets
vault token lookup
''', "hvs." + fakes.drawn(_seed(), 90, URLSAFE))

add("gitignore/decoy-secret-names", "sarlyk-kidis/.gitignore", "https://git-scm.com/docs/gitignore", r'''
# секреты — никогда в git
.env
.env.*
!.env.example
secrets.h
keys.txt
sftp-config.json
*.kdbx
credentials/*.json
auth.json
# сборка
node_modules/
vendor/
''')

add("json/decoy-i18n-password-strings", "khoomei-fest/frontend/src/locales/tyv.json", "https://vue-i18n.intlify.dev/guide/essentials/syntax.html", r'''
{
  "login": {
    "title": "Кирер",
    "email": "Электрон почта",
    "password": "Чажыт сөс",
    "password_hint": "8-тен эвес үжүк, сан болгаш улуг үжүк",
    "forgot": "Чажыт сөзүңнү уттуп алдың бе?",
    "token_expired": "Кирер үеңер доосту, катап кириңер",
    "submit": "Кирер"
  },
  "ticket": {"buy": "Билет садып алыр", "qr": "QR-код", "valid": "Шын билет"}
}
''')

add("python/decoy-password-generator", "khoomei-fest/tools/gen_volunteer_passwords.py", "https://docs.python.org/3/library/secrets.html", r'''
"""Генерирует временные пароли волонтёрам и печатает их на листки (не сохраняет никуда)."""
import secrets
import string
import sys

ALPHABET = string.ascii_letters + string.digits


def one(n: int = 14) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


if __name__ == "__main__":
    for name in sys.stdin.read().split():
        print(f"{name:<20} {one()}")
''')

add("yaml/decoy-openapi-security", "khoomei-fest/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", r'''
openapi: 3.0.3
info:
  title: Хөөмей-Фест API
  version: "1.4"
servers:
  - url: https://api.khoomei-fest.ru/v1
components:
  securitySchemes:
    tokenAuth:
      type: apiKey
      in: header
      name: Authorization
      description: "Формат: `Token <ваш токен>`, например `Token 0000000000000000000000000000000000000000`"
security:
  - tokenAuth: []
paths:
  /tickets/{code}/validate:
    post:
      summary: Погасить билет на воротах
      parameters:
        - {name: code, in: path, required: true, schema: {type: string, example: KHF25-004417}}
      responses:
        "200": {description: билет действителен}
        "409": {description: билет уже использован}
''')

add("css/decoy-data-uri", "khoomei-fest/frontend/src/styles/ornament.css", "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", r'''
/* Тувинский орнамент «улчун» как фон шапки */
.header {
  background-color: #1d3b6f;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAOklEQVR4nGNgGAWjYBSMglEwCkbBKBgFo2AUjIJRMApGwSgYBaNgFIyCUTAKRsEoGAWjYBSMglEwCkYBAK+4BAEL0ZzKAAAAAElFTkSuQmCC");
  background-repeat: repeat-x;
  color: #f4d35e;
}
.header h1 { font-family: "PT Sans", sans-serif; letter-spacing: 0.04em; }
''')

add("markdown/decoy-changelog-hashes", "khoomei-fest/CHANGELOG.md", "https://keepachangelog.com/ru/1.1.0/", r'''
# Журнал изменений

## [2025.8.0] — 2025-08-10
- Приложение контролёра 1.4.0: офлайн-проверка билетов (`3f9c2a1e7b4d8c0f5a6e2d9b1c7f3a8e4d0b6c2a`)
- SmartCaptcha на форме покупки (`a71e0c4f9b2d6e8a1c3f5b7d9e0a2c4f6b8d1e3a`)
- Ключи YooKassa перенесены в Lockbox (`5c8e1a3f7b9d2c4e6a0f8b1d3e5c7a9f2b4d6e8c`)

## [2025.7.2] — 2025-07-21
- Исправлена отправка SMS на номера Тувинской сотовой связи (`0d4b8f2a6c1e9d3b7f5a0c8e2d6b4f1a9c3e7d5b`)
''')

add("csv/decoy-ticket-barcodes", "khoomei-fest/tickets/exports/partner-batch-tyva-concert.csv", "https://www.rfc-editor.org/rfc/rfc4180", r'''
ticket_no,ean13,type,price_rub,qr_payload
KHF25-006001,4601234567893,Сыгыт-пасс,6500,KHF25-006001.7e3a9c1f4b8d2e60
KHF25-006002,4601234567909,Сыгыт-пасс,6500,KHF25-006002.c1f47a2e9d3b8065
KHF25-006003,4601234567916,День 1,2500,KHF25-006003.4b9e2d7a1c6f3e08
KHF25-006004,4601234567923,День 2,2500,KHF25-006004.9d2c6f1a8e4b7305
KHF25-006005,4601234567930,Детский,900,KHF25-006005.2a7f4c9e1d6b3e8a
''')

add("yaml/decoy-sops-config", "sarlyk-kidis/.sops.yaml", "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", r'''
# Кто может расшифровать secrets.enc.yaml (публичные ключи age — их можно коммитить)
creation_rules:
  - path_regex: infra/secrets\.enc\.yaml$
    age: >-
      age1q7zp1vn0slw9ct4br8me2dy0kx3q7pz1vn0slw9ct4br8me2dy0kxsq8a5w3,
      age1m3kp9vn2xr7tb0cd5fg8uhe1jw4kz6as3df9gh2jk1lx0n4c8v7b6q2w5e9r
''')

add("markdown/decoy-revoked-key-note", "sarlyk-kidis/docs/security/incident-2025-04.md", "https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning", r'''
# Инцидент 04.2025: ключ Ozon в публичном репозитории

- 03.04 GitHub прислал письмо: в репозитории `sarlyk-kidis/site` найден ключ API.
- Ключ Ozon (последние символы `…c9a1`) отозван в кабинете продавца в тот же день, 17:40.
- Новый ключ выдан, хранится только в `.env` на сервере и в KeePass.
- История репозитория переписана (`git filter-repo`), репозиторий сделан приватным.
- Вывод: `.env` добавлен в `.gitignore`, включили push protection.

Четтирдим Айыру за быструю реакцию.
''')
