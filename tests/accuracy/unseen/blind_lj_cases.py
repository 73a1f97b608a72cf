"""Blind set LJ: a Kazan chak-chak bakery chain ("Chakchak Yorty", shops, online orders, cash
registers, ovens' telemetry) and a Tatarstan city bus fleet's dispatch system (GPS trackers,
route boards, driver apps, depot servers), with their decoys. Notes and comments partly in Tatar
(Cyrillic), as the teams write them. Generated fakes only (seeds 6550000-6559999).
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
SEED_LOW, SEED_HIGH = 6550000, 6559999
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 5
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers in the text take the fields (and `@@secret@@` the secret)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if not category.startswith("blind-lj/"):
        category = "blind-lj/" + category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Chakchak", "Kazanka", "Idel", "Suyumbike", "Balkaymak", "Talkysh", "Kremlin", "Echpochmak",
         "Kystybyi", "Tugan", "Yoldyz", "Almet", "Chally", "Sabantuy", "Kamaz", "Zilant", "Bulgar", "Gubadia"]
LOWER = ["bal", "kuyash", "ay", "yangyr", "kar", "tau", "urman", "kupere", "yul", "elga", "chishme", "kugarchen",
         "altyn", "komesh", "tugai", "chachak"]


def pw() -> str:
    """A team's password safe inside a URL: word, separator, word, digits."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.") + r.choice(WORDS) + str(r.randint(10, 9999))


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!*^+%") + r.choice(LOWER).capitalize() + str(r.randint(100, 99999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s(upper: bool = False) -> str:
    value = fakes.uuid4(_seed())
    return value.upper() if upper else value


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def telegram() -> str:
    return fakes.telegram_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def yookassa() -> str:
    return "live_" + rand_pw(43, "_-")


def yc_api_key() -> str:
    return "AQVN" + rand_pw(36, "_-")


def yc_static_secret() -> str:
    return "YCM" + rand_pw(37, "_-")


def yc_key_id() -> str:
    return "YCAJE" + rand_pw(20)


def yandex_oauth() -> str:
    return "y0_AgAAAAA" + rand_pw(48, "_-")


def yc_iam() -> str:
    return "t1.9euelZ" + rand_pw(60, "_-") + "." + rand_pw(86, "_-")


def mailgun() -> str:
    return "key-" + hexs(32)


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def vault_token() -> str:
    return fakes.fake("hvs.", 24, _seed())


def grafana_sa() -> str:
    return "glsa_" + rand_pw(32) + "_" + hexs(8)


def openai() -> str:
    return fakes.openai_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def fcm_server_key() -> str:
    return "AAAA" + rand_pw(7, "_-") + ":APA91b" + rand_pw(134, "_-")


def vk_token() -> str:
    return "vk1.a." + rand_pw(180, "_-")


def sha256() -> str:
    return hexs(64)


# ---------------------------------------------------------------------------------------------
# Bakery: online shop, orders, cash registers
# ---------------------------------------------------------------------------------------------

add("python/postgres-dsn", "orders/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """\
# Чәкчәк йорты — заказлар сервисы
import os

DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = ["orders.chakchak-yorty.tatar", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders_app",
        "PASSWORD": "@@secret@@",  # вакытлыча, соңрак Vault'ка күчерәбез
        "HOST": "pg-main.kzn.internal",
        "PORT": "5432",
    }
}
TIME_ZONE = "Europe/Moscow"
LANGUAGE_CODE = "tt"
""", pw())

add("python/django-secret-key", "shop/shop/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .settings_base import *  # noqa

# Продакшн көйләүләре: кибет сайты
DEBUG = False
SECRET_KEY = '@@secret@@'
CSRF_TRUSTED_ORIGINS = ["https://chakchak-yorty.tatar"]
SESSION_COOKIE_SECURE = True
STATIC_ROOT = "/srv/shop/static"
""", fakes.django_secret_key(_seed()))

add("env/yookassa-secret", "payments/.env.production", "https://yookassa.ru/developers/using-api/interaction-format", """\
# ЮKassa — онлайн түләү
YOOKASSA_SHOP_ID=318407
YOOKASSA_SECRET_KEY=@@secret@@
YOOKASSA_RETURN_URL=https://chakchak-yorty.tatar/order/done
ORDER_CURRENCY=RUB
LOG_LEVEL=info
""", yookassa())

add("env/decoy-placeholder", "payments/.env.example", "https://yookassa.ru/developers/using-api/interaction-format", """\
# Бу үрнәк файл. Үзегезнең кыйммәтләрне .env.production'га языгыз
YOOKASSA_SHOP_ID=000000
YOOKASSA_SECRET_KEY=<сезнең_яшерен_ачкыч>
YOOKASSA_RETURN_URL=https://chakchak-yorty.tatar/order/done
ORDER_CURRENCY=RUB
LOG_LEVEL=debug
""")

add("python/telegram-bot", "bots/order_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
\"\"\"Заказлар боты: яңа заказ килгәч кондитерларга хәбәр итә.\"\"\"
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "@@secret@@"
KONDITER_CHAT_ID = -1001873320455

logging.basicConfig(level=logging.INFO)


async def start(update, context):
    await update.message.reply_text("Сәлам! Чәкчәк заказ итү өчен /menu языгыз")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
""", telegram())

add("python/decoy-env-reference", "bots/courier_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
\"\"\"Курьерлар боты. Токен серверда гына: TELEGRAM_COURIER_TOKEN.\"\"\"
import os

from telegram.ext import ApplicationBuilder

BOT_TOKEN = os.environ["TELEGRAM_COURIER_TOKEN"]
COURIER_CHAT_ID = int(os.getenv("COURIER_CHAT_ID", "-1001873320456"))

app = ApplicationBuilder().token(BOT_TOKEN).build()
app.run_polling()
""")

add("yaml/mysql-password", "inventory/config/application.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html", """\
# Склад: он, бал, шикәр калдыклары
spring:
  application:
    name: inventory
  datasource:
    url: jdbc:mysql://mysql-sklad.kzn.internal:3306/sklad?useSSL=true
    username: sklad_rw
    password: "@@secret@@"
  jpa:
    hibernate:
      ddl-auto: validate
server:
  port: 8081
""", words_pw())

add("yaml/decoy-spring-placeholder", "inventory/config/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
spring:
  datasource:
    url: jdbc:mysql://mysql-sklad.kzn.internal:3306/sklad?useSSL=true
    username: ${SKLAD_DB_USER}
    password: ${SKLAD_DB_PASSWORD}  # Vault'тан, kv/sklad/db
  jpa:
    hibernate:
      ddl-auto: none
""")

add("js/sendgrid-key", "newsletter/src/send.js", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """\
// Атналык рассылка: яңа чәкчәк төрләре турында
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

module.exports = async function sendWeekly(to, html) {
  await sgMail.send({
    to,
    from: 'hello@chakchak-yorty.tatar',
    subject: 'Атна яңалыклары — Чәкчәк йорты',
    html,
  });
};
""", sendgrid())

add("ts/decoy-process-env", "newsletter/src/config.ts", "https://nodejs.org/api/process.html#processenv", """\
// Бар көйләүләр дә мохиттән (environment) алына
export const config = {
  sendgridKey: process.env.SENDGRID_API_KEY ?? '',
  sender: process.env.NEWSLETTER_FROM ?? 'hello@chakchak-yorty.tatar',
  batchSize: Number(process.env.BATCH_SIZE ?? 500),
};

if (!config.sendgridKey) {
  throw new Error('SENDGRID_API_KEY юк — рассылка туктатылды');
}
""")

add("php/mysql-password", "site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Чәкчәк йорты блогы — WordPress */
define( 'DB_NAME', 'blog_chakchak' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mysql-web.kzn.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ck_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
// Үрнәк: https://api.wordpress.org/secret-key/1.1/salt/ адресыннан яңаларын алыгыз
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
""")

add("ini/atol-cash-register", "kassa/atol_driver.ini", "https://integration.atol.ru/api/", """\
; АТОЛ Онлайн — фискаль чеклар, Бауман ур. кибете
[connection]
api_url = https://online.atol.ru/possystem/v4
login = chakchak-bauman
password = @@secret@@
group_code = chakchak-bauman_3081
[company]
inn = 1655123456
payment_address = https://chakchak-yorty.tatar
""", rand_pw(12))

add("ini/decoy-masked", "kassa/atol_driver.ini.bak", "https://integration.atol.ru/api/", """\
; резерв копия, серсүз бетерелде (удалено)
[connection]
api_url = https://online.atol.ru/possystem/v4
login = chakchak-bauman
password = ********
group_code = chakchak-bauman_3081
""")

add("json/cloudpayments-secret", "shop/appsettings.Production.json", "https://developers.cloudpayments.ru/#autentifikatsiya-zaprosov", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "CloudPayments": {
    "PublicId": "pk_5d1f0c9e3a7b2e14c86a",
    "ApiSecret": "@@secret@@",
    "Currency": "RUB"
  },
  "Shop": { "Name": "Чәкчәк йорты", "City": "Казан" }
}
""", hexs(32))

add("json/decoy-public-id", "shop/appsettings.json", "https://developers.cloudpayments.ru/#ustanovka-vidzheta", """\
{
  "CloudPayments": {
    "PublicId": "pk_5d1f0c9e3a7b2e14c86a",
    "ApiSecret": "",
    "Currency": "RUB"
  },
  "Shop": { "Name": "Чәкчәк йорты", "City": "Казан" }
}
""")

add("csharp/connection-string", "kassa/Kassa.Sync/Program.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """\
using Microsoft.Data.SqlClient;

// Кибетләрдән сатуларны үзәк базага күчерү (төнге синхрон)
var connectionString =
    "Server=sql-1c.kzn.internal,1433;Database=Trade;User Id=sync_kassa;Password=@@secret@@;TrustServerCertificate=True";

await using var conn = new SqlConnection(connectionString);
await conn.OpenAsync();
Console.WriteLine("Тоташу уңышлы");
""", words_pw())

add("csharp/decoy-user-secrets", "kassa/Kassa.Sync/Startup.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
// Серсүз dotnet user-secrets ярдәмендә саклана, репозиторийда юк
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddUserSecrets<Program>();
var cs = builder.Configuration.GetConnectionString("Trade")
         ?? throw new InvalidOperationException("ConnectionStrings:Trade табылмады");
builder.Services.AddSqlServer<TradeContext>(cs);
""")

add("go/dadata-key", "address/internal/dadata/client.go", "https://dadata.ru/api/suggest/address/", """\
package dadata

// Адресларны тикшерү (курьер өчен)
const (
	baseURL   = "https://suggestions.dadata.ru/suggestions/api/4_1/rs"
	apiKey    = "@@secret@@"
	userAgent = "chakchak-courier/1.4"
)

type Client struct{ http *http.Client }

func (c *Client) auth(req *http.Request) {
	req.Header.Set("Authorization", "Token "+apiKey)
}
""", hexs(40))

add("ruby/mailgun-key", "mailer/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """\
# Заказ расладу хатлары (подтверждение заказа)
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: '@@secret@@',
  domain: 'mg.chakchak-yorty.tatar',
  api_host: 'api.eu.mailgun.net'
}
""", mailgun())

add("ruby/decoy-credentials-reference", "mailer/config/initializers/mailgun_prod.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Ачкыч rails credentials эчендә (config/credentials.yml.enc)
ActionMailer::Base.delivery_method = :mailgun
ActionMailer::Base.mailgun_settings = {
  api_key: Rails.application.credentials.dig(:mailgun, :api_key),
  domain: 'mg.chakchak-yorty.tatar'
}
""")

add("yaml/decoy-sops-encrypted", "mailer/config/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
mailgun:
    api_key: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@tag1@@,type:str]
    domain: mg.chakchak-yorty.tatar
sops:
    age:
        - recipient: age1x7t4q2m9wz3k8d5c6v0n7p2h4j9s3l8r6f5g1a0e2u7y4k3b9qzsu8m6d
    lastmodified: "2026-10-02T07:41:18Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
    version: 3.9.0
""", c1=b64(hexs(30))[:48], iv1=b64(hexs(24))[:44], tag1=b64(hexs(16))[:24], mac=b64(hexs(60))[:88],
    iv2=b64(hexs(24))[:44], tag2=b64(hexs(16))[:24])

# ---------------------------------------------------------------------------------------------
# Bus fleet: dispatch, GPS trackers, depots
# ---------------------------------------------------------------------------------------------

add("python/wialon-token", "dispatch/gps/wialon_sync.py", "https://sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login", """\
\"\"\"Wialon'нан автобусларның координаталарын алу (30 секунд саен).\"\"\"
import requests

WIALON_HOST = "https://hst-api.wialon.com/wialon/ajax.html"
WIALON_TOKEN = "@@secret@@"  # ПАТП-2 аккаунты


def login() -> str:
    params = {"svc": "token/login", "params": '{"token": "%s"}' % WIALON_TOKEN}
    response = requests.get(WIALON_HOST, params=params, timeout=10)
    response.raise_for_status()
    return response.json()["eid"]
""", hexs(72))

add("compose/postgres-password", "dispatch/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
# Диспетчер системасы — локаль стенд түгел, депо серверы!
services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: registry.tbus.tatar/dispatch/api:2.8.1
    depends_on: [db]
volumes:
  pgdata: {}
""", pw())

add("compose/decoy-env-file", "dispatch/docker-compose.dev.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """\
# Локаль эш өчен. Серсүзләр .env файлында (гитка кертелми)
services:
  db:
    image: postgis/postgis:16-3.4
    env_file: .env
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD кирәк}
  api:
    build: .
""")

_s = words_pw()
add("k8s-secret/mqtt-password", "deploy/k8s/telematics-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: telematics-mqtt
  namespace: dispatch
  labels:
    app: telematics
type: Opaque
data:
  MQTT_USERNAME: @@user@@
  MQTT_PASSWORD: @@enc@@
""", _s, user=b64("tracker-ingest"), enc=b64(_s))

add("k8s/decoy-secret-key-ref", "deploy/k8s/telematics-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: telematics
  namespace: dispatch
spec:
  replicas: 2
  selector:
    matchLabels: {app: telematics}
  template:
    metadata:
      labels: {app: telematics}
    spec:
      containers:
        - name: ingest
          image: registry.tbus.tatar/dispatch/telematics:1.12.0
          env:
            - name: MQTT_BROKER
              value: tcp://mqtt.tbus.tatar:1883
            - name: MQTT_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: telematics-mqtt
                  key: MQTT_PASSWORD
""")

add("helm/redis-password", "deploy/helm/dispatch/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """\
# Прод: Казан, 3 нода
replicaCount: 3
image:
  repository: registry.tbus.tatar/dispatch/api
  tag: 2.8.1
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
ingress:
  host: dispatch.tbus.tatar
""", fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "deploy/helm/dispatch/values.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """\
# Нигезе көйләүләр. Серсүзләр existingSecret аша гына!
replicaCount: 1
redis:
  enabled: true
  auth:
    enabled: true
    password: ""
    existingSecret: dispatch-redis
    existingSecretPasswordKey: redis-password
""")

add("terraform/yandex-static-key", "infra/yc/main.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs/resources/storage_bucket", """\
# Трекер архивлары өчен Object Storage
provider "yandex" {
  cloud_id  = "b1g7kq3e8s2m4n6p0r1t"
  folder_id = "b1gq2w8e4r6t0y3u5i7o"
  zone      = "ru-central1-a"
}

resource "yandex_storage_bucket" "gps_archive" {
  bucket     = "tbus-gps-archive"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", yc_static_secret(), kid=yc_key_id())

add("terraform/decoy-sensitive-variable", "infra/yc/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "yc_token" {
  description = "Yandex Cloud OAuth токены (CI'да TF_VAR_yc_token аша бирелә)"
  type        = string
  sensitive   = true
}

variable "storage_secret_key" {
  description = "Object Storage ачкычы — Lockbox'тан"
  type        = string
  sensitive   = true
  default     = null
}
""")

add("ansible/sip-password", "ops/ansible/group_vars/radio.yml", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/", """\
---
# Диспетчер радиосы (Asterisk), шоферлар белән элемтә
asterisk_version: 20
pjsip_transport_port: 5060
pjsip_endpoints:
  - name: dispatcher01
    context: dispatch
    auth_username: dispatcher01
    auth_password: "@@secret@@"
    codecs: [alaw, ulaw]
""", rand_pw(16))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/radio_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
---
# ansible-vault encrypt_string белән шифрланган
vault_pjsip_dispatcher02_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(42))

add("gitlab-ci/docker-pat", "dispatch/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_build.html", """\
stages: [build, deploy]

build-image:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    # вакытлыча, Docker Hub'тан base image тарту лимиты өчен
    - docker login -u tbusdevops -p @@secret@@
    - docker build -t registry.tbus.tatar/dispatch/api:$CI_COMMIT_SHORT_SHA .
    - docker push registry.tbus.tatar/dispatch/api:$CI_COMMIT_SHORT_SHA
""", docker_pat())

add("github-actions/decoy-secrets-context", "chakchak-shop/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Yandex Cloud'ка керү
        run: echo "${{ secrets.YC_SA_KEY_JSON }}" > key.json && yc config set service-account-key key.json
      - run: ./scripts/deploy.sh
        env:
          YOOKASSA_SECRET_KEY: ${{ secrets.YOOKASSA_SECRET_KEY }}
""")

add("dockerfile/yandex-oauth", "dispatch/tools/Dockerfile.backup", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM python:3.12-slim
# Төнге резерв копия Yandex Disk'ка
RUN pip install --no-cache-dir yadisk==3.1.0
ENV YADISK_TOKEN=@@secret@@
ENV BACKUP_DIR=/backup/dispatch
COPY backup.py /app/backup.py
CMD ["python", "/app/backup.py"]
""", yandex_oauth())

add("dockerfile/decoy-build-secret", "chakchak-shop/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# npm токены build secret итеп бирелә, образда калмый
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build
""")

add("shell/rtsp-camera-url", "dispatch/video/record_depot.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", """\
#!/usr/bin/env bash
# ПАТП-2 ишегалдындагы камераны яздыру (видеорегистратор)
set -euo pipefail
OUT=/srv/video/depot2/$(date +%F_%H%M).mp4
ffmpeg -rtsp_transport tcp \\
  -i "rtsp://admin:@@secret@@@10.42.7.21:554/Streaming/Channels/101" \\
  -t 3600 -c copy "$OUT"
""", pw())

add("shell-history/mysql-password", "ops/notes/depot-server.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
cd /opt/dispatch
systemctl status dispatch-api
journalctl -u dispatch-api --since today | tail -50
mysql -u garage -p'@@secret@@' -h 127.0.0.1 garage -e "select count(*) from repairs where closed_at is null"
df -h
exit
""", words_pw())

add("kotlin/fcm-server-key", "driver-app/app/src/main/java/tatar/tbus/driver/push/LegacyPush.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", """\
package tatar.tbus.driver.push

// Искергән ысул — тест өчен генә калдырдык, соңрак HTTP v1'гә күчерергә
object LegacyPush {
    private const val FCM_URL = "https://fcm.googleapis.com/fcm/send"
    private const val SERVER_KEY = "@@secret@@"

    fun headers(): Map<String, String> = mapOf(
        "Authorization" to "key=$SERVER_KEY",
        "Content-Type" to "application/json",
    )
}
""", fcm_server_key())

add("kotlin/decoy-buildconfig", "driver-app/app/src/main/java/tatar/tbus/driver/api/ApiClient.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
package tatar.tbus.driver.api

import tatar.tbus.driver.BuildConfig

// Ачкыч local.properties'тан BuildConfig'ка килә (CI'да — секреттан)
class ApiClient {
    private val baseUrl = "https://dispatch.tbus.tatar/api/v2/"
    private val apiKey = BuildConfig.DISPATCH_API_KEY
    fun authHeader() = "Bearer $apiKey"
}
""")

add("java/basic-auth-header", "gtfs-export/src/main/java/tatar/tbus/gtfs/MinTransUploader.java", "https://datatracker.ietf.org/doc/html/rfc7617", """\
package tatar.tbus.gtfs;

import java.net.http.HttpRequest;

/** GTFS фидын Минтранс порталына йөкләү (көн саен 03:00). */
public final class MinTransUploader {
    private static final String ENDPOINT = "https://gtfs.mintrans.tatarstan.example/upload";
    // tbus_feed:... base64
    private static final String AUTH = "Basic @@secret@@";

    HttpRequest request(byte[] zip) {
        return HttpRequest.newBuilder(java.net.URI.create(ENDPOINT))
                .header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build();
    }
}
""", b64("tbus_feed:" + words_pw()))

add("rust/mqtt-password", "telematics/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """\
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

// Автобуслардагы трекерлардан телеметрия кабул итү
#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("ingest-01", "mqtt.tbus.tatar", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("tracker-ingest", "@@secret@@");
    let (client, mut eventloop) = AsyncClient::new(opts, 100);
    client.subscribe("tbus/+/gps", QoS::AtLeastOnce).await.unwrap();
    loop {
        let _ = eventloop.poll().await;
    }
}
""", rand_pw(24))

add("powershell/pscredential", "ops/windows/Sync-DepotShare.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# Депо серверыннан путевой листларны үзәккә күчерү
$user = "TBUS\\svc-putevki"
$secure = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
New-PSDrive -Name P -PSProvider FileSystem -Root "\\\\fs01.tbus.local\\putevki" -Credential $cred
Copy-Item -Path "D:\\Putevki\\*.pdf" -Destination "P:\\$(Get-Date -Format yyyy-MM-dd)" -Recurse
Remove-PSDrive P
""", words_pw())

add("sql/create-user", "dispatch/db/migrations/V14__reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Хисаплар өчен аерым кулланучы (Power BI)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE dispatch TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON trips, stops, vehicles, routes TO reporting;
""", pw())

add("sql/decoy-scram-hash", "dispatch/db/dump/roles.sql", "https://www.postgresql.org/docs/current/auth-password.html", """\
--
-- Roles (pg_dumpall --roles-only), 2026-11-20
--
CREATE ROLE dispatch;
ALTER ROLE dispatch WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@stored@@:@@server@@';
CREATE ROLE reporting;
ALTER ROLE reporting WITH LOGIN PASSWORD NULL;
""", salt=b64(hexs(16))[:24], stored=b64(hexs(32))[:44], server=b64(hexs(32))[:44])

add("log/leaked-url-password", "dispatch/logs/api-2026-11-28.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """\
2026-11-28 05:00:01,112 INFO  dispatch.api starting, version=2.8.1
2026-11-28 05:00:01,340 INFO  settings: ROUTES_CACHE_TTL=60 GPS_POLL=30
2026-11-28 05:00:01,341 DEBUG settings: DATABASE_URL=postgresql://dispatch:@@secret@@@pg-dispatch.tbus.local:5432/dispatch
2026-11-28 05:00:02,007 INFO  connected to database
2026-11-28 05:00:02,415 WARNING route 46: 3 vehicles without GPS for > 5 min
""", pw())

add("log/decoy-masked-url", "dispatch/logs/api-2026-12-01.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """\
2026-12-01 05:00:01,101 INFO  dispatch.api starting, version=2.8.2
2026-12-01 05:00:01,333 DEBUG settings: DATABASE_URL=postgresql://dispatch:***@pg-dispatch.tbus.local:5432/dispatch
2026-12-01 05:00:01,334 DEBUG settings: WIALON_TOKEN=<redacted> MQTT_PASSWORD=<redacted>
2026-12-01 05:00:02,010 INFO  connected to database
2026-12-01 05:00:02,388 INFO  route 10a: schedule loaded (142 trips)
""")

add("csv/decoy-tracker-imei", "dispatch/data/vehicles.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
garage_no,plate,model,depot,tracker_imei,tracker_id
2104,А104КМ116,ЛиАЗ-5292,ПАТП-2,@@i1@@,@@u1@@
2117,А117КМ116,ЛиАЗ-5292,ПАТП-2,@@i2@@,@@u2@@
4031,В031ТА716,НефАЗ-5299,ПАТП-4,@@i3@@,@@u3@@
4058,В058ТА716,КАМАЗ-6282 (электробус),ПАТП-4,@@i4@@,@@u4@@
""", i1="86" + hexs(13).translate(str.maketrans("abcdef", "123456")), i2="86" + hexs(13).translate(str.maketrans("abcdef", "654321")),
    i3="35" + hexs(13).translate(str.maketrans("abcdef", "012345")), i4="35" + hexs(13).translate(str.maketrans("abcdef", "987654")),
    u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("markdown/password-table", "docs/runbooks/depot-network.md", "https://docs.gitlab.com/ee/user/markdown.html#tables", """\
# ПАТП-4 челтәре (сеть) — runbook

Диспетчер бүлмәсендәге җиһазлар:

| Җиһаз | IP | Логин | Серсүз |
|---|---|---|---|
| MikroTik CCR (шлюз) | 10.44.0.1 | admin | `@@secret@@` |
| Коммутатор | 10.44.0.2 | admin | RADIUS аша |
| Видео сервер | 10.44.0.10 | — | домен хисабы |

Шлюз өзелсә: резерв LTE канал автомат күтәрелә (5 мин).
""", words_pw())

add("markdown/decoy-doc-example", "docs/api/authentication.md", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """\
# Dispatch API: аутентификация

Һәр сорау `Authorization: Bearer <token>` башламы белән җибәрелә.
Токенны шәхси кабинеттан алыгыз (Көйләүләр → API ачкычлары).

```http
GET /api/v2/routes/46/vehicles HTTP/1.1
Host: dispatch.tbus.tatar
Authorization: Bearer YOUR_API_TOKEN
```

Токен 90 көн эшли. Искергән токен белән `401` кайта.
""")

add("htpasswd/decoy-bcrypt-hash", "deploy/nginx/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
dispatcher:$2y$10$@@h1@@
operator:$2y$10$@@h2@@
ktz_audit:$2y$10$@@h3@@
viewer:$2y$10$@@h4@@
board:$2y$10$@@h5@@
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"), h4=rand_pw(53, "./"), h5=rand_pw(53, "./"))

add("pgpass/password", "ops/home/dispatcher/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
pg-dispatch.tbus.local:5432:dispatch:dispatch:@@secret@@
pg-dispatch.tbus.local:5432:*:reporting:*
localhost:5432:*:postgres:*
pg-replica.tbus.local:5432:dispatch:readonly:*
""", pw())

add("netrc/gitlab-token", "ops/home/ci-runner/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
# CI runner: go modules private gitlab'тан
machine gitlab.tbus.tatar
  login ci-runner
  password @@secret@@
machine proxy.golang.org
  login anonymous
""", gitlab())

add("npmrc/npm-token", "chakchak-shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@chakchak:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm())

add("npmrc/decoy-env-token", "chakchak-admin/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@chakchak:registry=https://registry.npmjs.org/
# Токен CI'да NPM_TOKEN итеп бирелә
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
""")

add("pip-conf/index-password", "ops/home/builder/.config/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
# Эчке Nexus (PyPI прокси + безнең пакетлар)
index-url = https://builder:@@secret@@@nexus.tbus.local/repository/pypi-all/simple
trusted-host = nexus.tbus.local
timeout = 60
""", pw())

_s = "dispatch-ci:" + pw()
add("docker-config/auth-base64", "ops/home/deployer/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.tbus.tatar": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/27.3.1 (linux)" }
}
""", b64(_s))

add("docker-config/decoy-creds-store", "ops/home/dev/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.tbus.tatar": {},
    "cr.yandex": {}
  },
  "credsStore": "secretservice",
  "credHelpers": { "cr.yandex": "yc" }
}
""")

add("ansible/ssh-private-key", "ops/ansible/roles/jump/files/jump_deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """\
---
# Jump хосттан депо серверларына керү ачкычы (вакытлыча, Vault'ка күчерергә!)
jump_deploy_user: deploy
jump_deploy_private_key: |
  @@k@@
jump_known_hosts:
  - "depot2.tbus.local ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pubtail@@"
""", (_k := pem("OPENSSH")), k=_k.replace("\n", "\n  "), pubtail=rand_pw(43, "+/"))


# ---------------------------------------------------------------------------------------------
# Monitoring, builds, integrations (both teams)
# ---------------------------------------------------------------------------------------------

add("yaml/slack-webhook", "ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
global:
  resolve_timeout: 5m
route:
  receiver: dispatch-oncall
  group_by: [alertname, depot]
receivers:
  - name: dispatch-oncall
    slack_configs:
      - api_url: @@secret@@
        channel: '#dispatch-alerts'
        title: 'Диспетчер: {{ .CommonLabels.alertname }}'
""", slack_webhook())

add("yaml/decoy-webhook-file", "ops/monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: bakery-oncall
receivers:
  - name: bakery-oncall
    slack_configs:
      # URL файлда, Secret итеп монтажлана
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: '#chakchak-ops'
""")

add("grafana/clickhouse-password", "ops/grafana/provisioning/datasources/clickhouse.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1
datasources:
  - name: ClickHouse (GPS)
    type: grafana-clickhouse-datasource
    jsonData:
      host: ch.tbus.local
      port: 9000
      username: grafana_ro
      defaultDatabase: gps
    secureJsonData:
      password: @@secret@@
""", rand_pw(22))

add("grafana/decoy-env-interpolation", "ops/grafana/provisioning/datasources/postgres.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """\
apiVersion: 1
datasources:
  - name: Dispatch DB
    type: postgres
    url: pg-replica.tbus.local:5432
    user: grafana_ro
    jsonData: {database: dispatch, sslmode: require}
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
""")

add("env/yandex-cloud-api-key", "passenger-app/backend/.env", "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key", """\
# Пассажир кушымтасы: SpeechKit (тукталышларны игълан итү, татарча/русча)
APP_ENV=production
SPEECHKIT_FOLDER_ID=b1gq2w8e4r6t0y3u5i7o
SPEECHKIT_API_KEY=@@secret@@
SPEECHKIT_VOICE_TT=
SPEECHKIT_VOICE_RU=alena
""", yc_api_key())

add("notebook/yandex-iam-token", "analytics/notebooks/passenger_flow.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Пассажир агымы: 46 нчы маршрут, ноябрь"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "IAM = \\"@@secret@@\\"\\n",
    "r = requests.get(URL, headers={\\"Authorization\\": f\\"Bearer {IAM}\\"})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", yc_iam())

add("swift/basic-password", "chakchak-ios/Chakchak/Services/LoyaltyAPI.swift", "https://developer.apple.com/documentation/foundation/urlcredential", """\
import Foundation

// Бонус карталары API (тест стенды түгел!)
final class LoyaltyAPI {
    private let base = URL(string: "https://loyalty.chakchak-yorty.tatar/api")!
    private let credential = URLCredential(user: "ios-app",
                                           password: "@@secret@@",
                                           persistence: .forSession)

    func balance(card: String) async throws -> Int { 0 }
}
""", words_pw())

add("toml/clickhouse-password", "telematics/config/prod.toml", "https://toml.io/en/v1.0.0", """\
# Телеметрия сервисы (прод)
[mqtt]
host = "mqtt.tbus.tatar"
port = 8883

[clickhouse]
url = "http://ch.tbus.local:8123"
database = "gps"
user = "ingest"
password = "@@secret@@"
batch_size = 5000
""", rand_pw(20))

add("toml/decoy-empty-password", "telematics/config/dev.toml", "https://toml.io/en/v1.0.0", """\
# Локаль: clickhouse docker'да, серсүзсез
[mqtt]
host = "localhost"
port = 1883

[clickhouse]
url = "http://localhost:8123"
user = "default"
password = ""
""")

add("xml/maven-settings", "ops/home/builder/.m2/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- Эчке Nexus, GTFS экспорт китапханәләре өчен -->
  <servers>
    <server>
      <id>tbus-releases</id>
      <username>maven-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", pw())

add("xml/decoy-maven-encrypted", "ops/home/dev/.m2/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>tbus-releases</id>
      <username>rustem.g</username>
      <!-- mvn --encrypt-password белән шифрланган -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=b64(hexs(36))[:44])

add("properties/nexus-password", "driver-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# эчке репозиторий
tbusNexusUser=android-ci
tbusNexusPassword=@@secret@@
""", pw())

add("go/amqp-url", "dispatch/notifier/main.go", "https://www.rabbitmq.com/docs/uri-spec", """\
package main

import (
	"log"

	amqp "github.com/rabbitmq/amqp091-go"
)

// Маршрут үзгәрешләре турында хәбәрләр (табло, кушымта)
func main() {
	conn, err := amqp.Dial("amqp://notifier:@@secret@@@rabbit.tbus.local:5672/dispatch")
	if err != nil {
		log.Fatalf("RabbitMQ'га тоташып булмады: %v", err)
	}
	defer conn.Close()
}
""", pw())

add("go/decoy-getenv", "dispatch/notifier/config.go", "https://pkg.go.dev/os#Getenv", """\
package main

import "os"

// Бар серләр мохиттән
var (
	amqpURL      = os.Getenv("AMQP_URL")
	telegramBot  = os.Getenv("TG_DISPATCH_BOT_TOKEN")
	wialonToken  = os.Getenv("WIALON_TOKEN")
)
""")

add("js/telegram-bot", "dispatch/alerts-bot/index.js", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
// Диспетчерларга хәбәр: автобус маршруттан читкә чыкты
const TelegramBot = require('node-telegram-bot-api');

const bot = new TelegramBot('@@secret@@', { polling: false });
const CHAT = -1002211458730;

module.exports.notify = (garageNo, route) =>
  bot.sendMessage(CHAT, `⚠️ ${garageNo} (маршрут ${route}) маршруттан читкә чыкты`);
""", telegram())

add("php/bitrix-dbconn", "site-bitrix/bitrix/.settings.php", "https://dev.1c-bitrix.ru/learning/course/index.php?COURSE_ID=43&LESSON_ID=2795", """\
<?php
return [
  'connections' => [
    'value' => [
      'default' => [
        'className' => '\\\\Bitrix\\\\Main\\\\DB\\\\MysqliConnection',
        'host' => 'localhost',
        'database' => 'chakchak_shop',
        'login' => 'bitrix0',
        'password' => '@@secret@@',
        'options' => 2,
      ],
    ],
    'readonly' => true,
  ],
];
""", rand_pw(20, "!^*"))

add("ruby/redis-url", "mailer/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# Хат чиратлары (очередь)
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-mail.kzn.internal:6379/2' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@redis-mail.kzn.internal:6379/2' }
end
""", rand_pw(24))

add("csharp/smtp-app-password", "kassa/Kassa.Reports/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

// Көнлек сату хисабын филиал җитәкчеләренә җибәрү
public static class Mailer
{
    public static SmtpClient Create() => new SmtpClient("smtp.yandex.ru", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("reports@chakchak-yorty.tatar", "@@secret@@"),
    };
}
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("properties/spring-mail-password", "gtfs-export/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", """\
spring.application.name=gtfs-export
gtfs.feed.publisher=Kazan bus fleet
spring.mail.host=smtp.mail.ru
spring.mail.port=465
spring.mail.username=gtfs-robot@tbus.tatar
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.ssl.enable=true
""", words_pw())

add("properties/decoy-spring-placeholder", "gtfs-export/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring.mail.host=smtp.mail.ru
spring.mail.port=465
spring.mail.username=gtfs-robot@tbus.tatar
spring.mail.password=${GTFS_MAIL_PASSWORD}
gtfs.upload.token=${MINTRANS_UPLOAD_TOKEN:}
""")

add("shell/curl-basic", "kassa/scripts/pull_1c_prices.sh", "https://everything.curl.dev/http/auth.html", """\
#!/bin/sh
# 1С'тан бәяләр (цены) — һәр иртә 06:00
set -e
curl -sf -u 'http_prices:@@secret@@' \\
  "https://1c.chakchak-yorty.tatar/trade/hs/prices/v1/all" \\
  -o /srv/shop/import/prices.json
echo "бәяләр йөкләнде: $(date)"
""", words_pw())

add("shell/aws-export", "analytics/scripts/upload_to_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
#!/usr/bin/env bash
# Сату датасын партнер S3'ка (экспорт, Европа кибетләре)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-central-1
aws s3 cp ./out/sales_$(date +%Y%m).parquet s3://chakchak-export-partner/incoming/
""", aws_secret(), kid=aws_id())

add("shell/decoy-aws-doc-example", "analytics/docs/s3_setup.sh", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
#!/usr/bin/env bash
# AWS документациясендәге үрнәк кыйммәтләр; чынын ~/.aws/credentials'ка языгыз
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=eu-central-1
aws sts get-caller-identity
""")

add("git-config/github-token-url", "chakchak-shop/.git/config", "https://git-scm.com/docs/git-config", """\
[core]
	repositoryformatversion = 0
	filemode = true
	bare = false
[remote "origin"]
	url = https://rinat-kh:@@secret@@@github.com/chakchak-yorty/shop.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
	merge = refs/heads/main
""", github())

add("notebook/openai-key", "analytics/notebooks/menu_descriptions.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Яңа продуктлар өчен тасвирлама (описание) ясау: татарча һәм русча"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai())

add("yaml/dbt-profile-password", "analytics/dbt/profiles.yml", "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup", """\
chakchak_dwh:
  target: prod
  outputs:
    prod:
      type: postgres
      host: dwh.kzn.internal
      user: dbt
      password: "@@secret@@"
      port: 5432
      dbname: dwh
      schema: marts
      threads: 4
""", words_pw())

add("yaml/decoy-dbt-env-var", "analytics/dbt/profiles.ci.yml", "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var", """\
chakchak_dwh:
  target: ci
  outputs:
    ci:
      type: postgres
      host: "{{ env_var('DBT_HOST') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"
      dbname: dwh
      schema: ci
""")

add("ini/odbc-password", "kassa/linux/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[Trade1C]
Driver = ODBC Driver 18 for SQL Server
Server = sql-1c.kzn.internal,1433
Database = Trade
UID = odbc_reader
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("ini/supervisord-env", "dispatch/deploy/supervisord.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """\
[program:wialon-sync]
command=/opt/dispatch/venv/bin/python -m gps.wialon_sync
directory=/opt/dispatch
user=dispatch
autorestart=true
environment=WIALON_TOKEN="@@secret@@",POLL_SECONDS="30"
stdout_logfile=/var/log/dispatch/wialon.log
""", hexs(72))

add("systemd/environment-password", "dispatch/deploy/board-feeder.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Тукталыш табло мәгълүматы (board feeder)
After=network-online.target

[Service]
User=board
Environment=BOARD_API_URL=https://boards.tbus.tatar/api
Environment=BOARD_API_PASSWORD=@@secret@@
ExecStart=/opt/board-feeder/bin/feeder
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(18))

add("systemd/decoy-load-credential", "dispatch/deploy/telematics.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Telematics ingest
After=network-online.target

[Service]
DynamicUser=yes
LoadCredentialEncrypted=mqtt-password:/etc/credstore.encrypted/mqtt-password
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/opt/telematics/bin/telematics
""")

add("crontab/mysqldump-password", "ops/cron/garage-backup.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# Гараж базасының резерв копиясе (ремонт журналы)
SHELL=/bin/bash
MAILTO=ops@tbus.tatar
# m h dom mon dow command
30 2 * * * mysqldump -u backup --password=@@secret@@ garage | gzip > /backup/garage_$(date +\\%F).sql.gz
0 4 * * 0 find /backup -name 'garage_*.sql.gz' -mtime +30 -delete
""", pw())

_s = "board:" + rand_pw(14)
add("nginx/basic-auth-header", "deploy/nginx/boards.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Тукталыш табло API'сына прокси (иске табло Basic auth белән генә эшли)
server {
    listen 443 ssl;
    server_name boards.tbus.tatar;
    location /legacy/ {
        proxy_pass http://10.40.1.15:8080/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64(_s))

add("shell-history/vault-token", "ops/notes/vault-admin.bash_history", "https://developer.hashicorp.com/vault/docs/commands#vault_token", """\
export VAULT_ADDR=https://vault.tbus.local:8200
vault status
export VAULT_TOKEN=@@secret@@
vault kv get kv/dispatch/db
vault kv put kv/dispatch/wialon token=@-
history -c
""", vault_token())

add("python/grafana-sa-token", "ops/monitoring/dashboards_export.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """\
\"\"\"Grafana'дагы бар дашбордларны JSON итеп сакларга (git'ка).\"\"\"
import json
import pathlib

import requests

GRAFANA = "https://grafana.tbus.tatar"
HEADERS = {"Authorization": "Bearer @@secret@@"}

for item in requests.get(f"{GRAFANA}/api/search?type=dash-db", headers=HEADERS, timeout=30).json():
    dash = requests.get(f"{GRAFANA}/api/dashboards/uid/{item['uid']}", headers=HEADERS, timeout=30).json()
    pathlib.Path(f"dashboards/{item['uid']}.json").write_text(json.dumps(dash, ensure_ascii=False, indent=2))
""", grafana_sa())

add("html/telegram-token-inline", "dispatch/web/board-admin.html", "https://core.telegram.org/bots/api#making-requests", """\
<!doctype html>
<html lang="tt">
<head><meta charset="utf-8"><title>Табло идарәсе</title></head>
<body>
  <h1>Тукталыш табло: хәбәр җибәрү</h1>
  <textarea id="msg"></textarea><button onclick="send()">Җибәрү</button>
  <script>
    function send() {
      fetch('https://api.telegram.org/bot@@secret@@/sendMessage', {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({chat_id: '@tbus_kazan', text: document.getElementById('msg').value})
      });
    }
  </script>
</body>
</html>
""", telegram())

add("html/decoy-metrika-counter", "site-static/index.html", "https://yandex.ru/support/metrica/code/counter-initialize.html", """\
<!doctype html>
<html lang="tt">
<head>
  <meta charset="utf-8">
  <title>Чәкчәк йорты — Казан чәкчәге</title>
  <script type="text/javascript">
    (function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};
    k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})
    (window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
    ym(96310472, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true});
  </script>
</head>
<body><h1>Рәхим итегез!</h1></body>
</html>
""")

add("pem/ec-private-key", "kassa/certs/ofd-client.key", "https://www.rfc-editor.org/rfc/rfc5915", """\
@@secret@@
""", pem("EC"))

add("pem/decoy-certificate", "kassa/certs/ofd-client.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """\
-----BEGIN CERTIFICATE-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
-----END CERTIFICATE-----
""", b1=rand_pw(64, "+/"), b2=rand_pw(64, "+/"), b3=rand_pw(64, "+/"), b4=rand_pw(40, "+/") + "==")

add("python/vk-community-token", "marketing/vk_post.py", "https://dev.vk.com/en/api/access-token/community-token/in-community-settings", """\
\"\"\"VK төркеменә яңа продукт турында пост (атнага бер).\"\"\"
import vk_api

GROUP_ID = 218843207
TOKEN = "@@secret@@"

session = vk_api.VkApi(token=TOKEN)
api = session.get_api()
api.wall.post(owner_id=-GROUP_ID, from_group=1, message="Яңа: балан белән чәкчәк! 🍯")
""", vk_token())

add("php/tinkoff-terminal-password", "site-bitrix/local/php_interface/tinkoff.php", "https://www.tbank.ru/kassa/dev/payments/#section/Podpis-zaprosa", """\
<?php
// Т-Банк эквайринг: терминал мәгълүматлары
const TINKOFF_TERMINAL_KEY = '1698324518203';
const TINKOFF_PASSWORD = '@@secret@@';

function tinkoffToken(array $params): string {
    $params['Password'] = TINKOFF_PASSWORD;
    ksort($params);
    return hash('sha256', implode('', array_values($params)));
}
""", rand_pw(16))

add("python/smsru-api-id", "bots/sms_notify.py", "https://sms.ru/api/send", """\
\"\"\"Заказ әзер булгач SMS.\"\"\"
import requests

SMSRU_API_ID = "@@secret@@"


def notify(phone: str, order_no: int) -> None:
    text = f"Заказ #{order_no} әзер. Чәкчәк йорты"
    requests.get("https://sms.ru/sms/send", params={"api_id": SMSRU_API_ID, "to": phone, "msg": text, "json": 1}, timeout=10)
""", uuid_s(upper=True))

add("url/smsc-password-query", "bots/smsc_legacy.sh", "https://smsc.ru/api/http/send/sms/", """\
#!/bin/sh
# Иске ысул, 2023 елдан калган (алмаштырасы бар)
PHONE="$1"
TEXT="Заказыгыз%20әзер"
curl -s "https://smsc.ru/sys/send.php?login=chakchak&psw=@@secret@@&phones=${PHONE}&mes=${TEXT}&charset=utf-8"
""", pw())

add("tfvars/yandex-oauth", "infra/yc/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Прод көйләүләре
cloud_id  = "b1g7kq3e8s2m4n6p0r1t"
folder_id = "b1gq2w8e4r6t0y3u5i7o"
yc_token  = "@@secret@@"
zone      = "ru-central1-a"
k8s_version = "1.29"
""", yandex_oauth())

_s = pw()
add("k8s-secret/string-data-dsn", "deploy/k8s/orders-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """\
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: shop
type: Opaque
stringData:
  DATABASE_URL: postgres://orders_app:@@secret@@@pg-main.kzn.internal:5432/orders?sslmode=require
""", _s)

add("shell/helm-set-password", "deploy/scripts/deploy_dispatch.sh", "https://helm.sh/docs/helm/helm_upgrade/", """\
#!/usr/bin/env bash
set -euo pipefail
# Диспетчер системасын яңарту
helm upgrade --install dispatch ./deploy/helm/dispatch \\
  -n dispatch -f deploy/helm/dispatch/values-prod.yaml \\
  --set image.tag="${1:?тег кирәк}" \\
  --set postgresql.auth.password=@@secret@@ \\
  --wait --timeout 10m
""", pw())

# ---------------------------------------------------------------------------------------------
# Decoys the teams commit every day, and more carriers
# ---------------------------------------------------------------------------------------------

add("json/decoy-lockfile-integrity", "chakchak-shop/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "chakchak-shop",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/dayjs": {
      "version": "1.11.13",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.13.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=rand_pw(86, "+/") + "==", i2=rand_pw(86, "+/") + "==")

add("go-sum/decoy-module-hashes", "dispatch/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/rabbitmq/amqp091-go v1.10.0 h1:@@h1@@=
github.com/rabbitmq/amqp091-go v1.10.0/go.mod h1:@@h2@@=
github.com/jackc/pgx/v5 v5.7.1 h1:@@h3@@=
github.com/jackc/pgx/v5 v5.7.1/go.mod h1:@@h4@@=
golang.org/x/crypto v0.28.0 h1:@@h5@@=
""", h1=rand_pw(43, "+/"), h2=rand_pw(43, "+/"), h3=rand_pw(43, "+/"), h4=rand_pw(43, "+/"), h5=rand_pw(43, "+/"))

add("ssh/decoy-public-key", "ops/ansible/roles/users/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Диспетчер серверларына керү хокукы булганнар
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ rustem@tbus
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ alsu@tbus
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ci-deploy@gitlab
from="10.44.0.0/16" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ backup@depot4
""", k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(43, "+/"), k4=rand_pw(43, "+/"))

add("yaml/decoy-jwt-public-key", "dispatch/config/auth.yaml", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
# Пассажир кушымтасы JWT'ларын тикшерү өчен ачык ачкыч (public key)
auth:
  issuer: https://id.tbus.tatar
  audience: dispatch-api
  public_key: |
    -----BEGIN PUBLIC KEY-----
    MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@p1@@
    @@p2@@==
    -----END PUBLIC KEY-----
""", p1=rand_pw(28, "+/"), p2=rand_pw(58, "+/"))

add("json/decoy-jwks", "passenger-app/backend/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.1", """\
{
  "keys": [
    {
      "kty": "EC",
      "crv": "P-256",
      "kid": "tbus-2026-10",
      "use": "sig",
      "x": "@@x@@",
      "y": "@@y@@"
    }
  ]
}
""", x=rand_pw(43, "-_"), y=rand_pw(43, "-_"))

add("k8s/decoy-image-digests", "deploy/k8s/boards-deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: board-feeder
  namespace: dispatch
spec:
  template:
    spec:
      containers:
        - name: feeder
          image: registry.tbus.tatar/dispatch/board-feeder@sha256:@@d1@@
        - name: log-shipper
          image: cr.yandex/yc/fluent-bit@sha256:@@d2@@
""", d1=sha256(), d2=sha256())

add("markdown/decoy-changelog-shas", "dispatch/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Үзгәрешләр

## [2.8.2] — 2026-12-01
- Логларда серсүзләр яшерелә (@@c1@@)
- 10а маршрутының кышкы расписаниесе (@@c2@@)

## [2.8.1] — 2026-11-20
- Wialon'нан координата алу тизләтелде (@@c3@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(7))

add("json/decoy-route-ids", "dispatch/data/routes.json", "https://gtfs.org/documentation/schedule/reference/#routestxt", """\
[
  {"id": "@@u1@@", "short_name": "2", "long_name": "Җиңү проспекты — Кремль", "depot": "ПАТП-2"},
  {"id": "@@u2@@", "short_name": "10а", "long_name": "Азино — Тимирязев", "depot": "ПАТП-4"},
  {"id": "@@u3@@", "short_name": "46", "long_name": "Дәрвишләр — Авиатөзелеш", "depot": "ПАТП-2"},
  {"id": "@@u4@@", "short_name": "74", "long_name": "Салават Купере — Вокзал", "depot": "ПАТП-4"}
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("json/decoy-webhook-sample", "payments/tests/fixtures/yookassa_succeeded.json", "https://yookassa.ru/developers/using-api/webhooks", """\
{
  "type": "notification",
  "event": "payment.succeeded",
  "object": {
    "id": "@@pid@@",
    "status": "succeeded",
    "amount": {"value": "1450.00", "currency": "RUB"},
    "description": "Заказ #10482: чәкчәк 1 кг, талкыш калеве",
    "payment_method": {"type": "bank_card", "id": "@@pid@@", "saved": false,
                       "card": {"first6": "220220", "last4": "4477", "card_type": "Mir"}},
    "metadata": {"order_id": "10482"}
  }
}
""", pid=uuid_s())

add("python/decoy-fake-fixture", "bots/tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Ялган токеннар — тест өчен генә, Telegram'га беркайчан да җибәрелми
FAKE_BOT_TOKEN = "123456:TEST-TOKEN-NOT-REAL"
FAKE_SMSRU_ID = "00000000-0000-0000-0000-000000000000"


@pytest.fixture
def bot_settings(monkeypatch):
    monkeypatch.setenv("TELEGRAM_ORDER_TOKEN", FAKE_BOT_TOKEN)
    monkeypatch.setenv("SMSRU_API_ID", FAKE_SMSRU_ID)
    return {"token": FAKE_BOT_TOKEN}
""")

add("k8s/decoy-external-secret", "deploy/k8s/orders-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: orders-db
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: yc-lockbox
    kind: ClusterSecretStore
  target:
    name: orders-db
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: e6q8r2t4y6u8i0o2p4a6
        property: database_url
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/telematics-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: telematics-mqtt
  namespace: dispatch
spec:
  encryptedData:
    MQTT_PASSWORD: Ag@@e1@@
    MQTT_USERNAME: Ag@@e2@@
  template:
    metadata:
      name: telematics-mqtt
""", e1=rand_pw(300, "+/") + "==", e2=rand_pw(200, "+/") + "=")

add("terraform/decoy-random-password", "infra/yc/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "dispatch_db" {
  length  = 32
  special = false
}

resource "yandex_mdb_postgresql_user" "dispatch" {
  cluster_id = yandex_mdb_postgresql_cluster.dispatch.id
  name       = "dispatch"
  password   = random_password.dispatch_db.result
}
""")

add("python/decoy-secretstr-settings", "passenger-app/backend/app/settings.py", "https://docs.pydantic.dev/latest/concepts/pydantic_settings/", """\
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    \"\"\"Көйләүләр: барысы да мохиттән яки .env'тан (гитта юк).\"\"\"
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PAX_")

    database_url: SecretStr
    speechkit_api_key: SecretStr = SecretStr("")
    jwt_secret: SecretStr
    debug: bool = False
""")

add("markdown/decoy-password-policy", "docs/security/password-policy.md", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", """\
# Серсүз сәясәте (диспетчер системасы)

- Серсүз озынлыгы — кимендә 14 символ.
- `Kazan2026`, `qwerty123`, `tbus_admin` кебек серсүзләр тыела.
- Серсүзләрне Telegram'да, почтада җибәрмәгез — Vault (`kv/ops/*`) кулланыгыз.
- Сервис хисаплары өчен серсүз 90 көн саен алмаштырыла.
- Хата: 5 тапкыр дөрес кертелмәсә, хисап 15 минутка бикләнә.
""")

add("python/decoy-password-hashes", "dispatch/tests/fixtures/users.py", "https://docs.python.org/3/library/hashlib.html#key-derivation", """\
# Тест кулланучылары: pbkdf2 хешлары гына, серсүзләрнең үзләре юк
USERS = [
    {"login": "dispatcher1", "role": "dispatcher",
     "password_hash": "pbkdf2_sha256$600000$@@s1@@$@@h1@@="},
    {"login": "viewer", "role": "viewer",
     "password_hash": "pbkdf2_sha256$600000$@@s2@@$@@h2@@="},
]
""", s1=rand_pw(22), h1=rand_pw(43, "+/"), s2=rand_pw(22), h2=rand_pw(43, "+/"))

add("ini/decoy-change-me", "kassa/atol_driver.template.ini", "https://integration.atol.ru/api/", """\
; Яңа кибет өчен үрнәк. CHANGE_ME урынына АТОЛ кабинетыннан алынганны языгыз
[connection]
api_url = https://online.atol.ru/possystem/v4
login = CHANGE_ME
password = CHANGE_ME
group_code = CHANGE_ME
""")

add("markdown/decoy-incident-masked", "docs/incidents/2026-09-14-token-leak.md", "https://sre.google/sre-book/example-postmortem/", """\
# Инцидент: GitHub токены логка эләкте (2026-09-14)

**Нәрсә булды:** CI логында `ghp_****************************a1Qz` күренде.
**Гамәлләр:** токен 11:42'дә отозван, яңасы Vault'та (`kv/ci/github`).
**Сәбәп:** `set -x` скриптта калган иде.
**Алдагысы:** gitleaks pre-commit hook, логларда маскалау.
""")

add("jinja/decoy-vault-template", "ops/ansible/roles/dispatch/templates/env.j2", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_templating.html", """\
# {{ ansible_managed }}
DATABASE_URL=postgresql://dispatch:{{ vault_dispatch_db_password }}@{{ dispatch_db_host }}:5432/dispatch
WIALON_TOKEN={{ vault_wialon_token }}
MQTT_PASSWORD={{ vault_mqtt_password }}
TG_DISPATCH_BOT_TOKEN={{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dispatch/tg:token') }}
""")

add("yaml/decoy-cert-pins", "passenger-app/mobile/pinning.yaml", "https://owasp.org/www-community/controls/Certificate_and_Public_Key_Pinning", """\
# SSL pinning: сертификатларның SHA-256 бармак эзләре (fingerprint), серле түгел
pins:
  api.tbus.tatar:
    - sha256/@@p1@@=
    - sha256/@@p2@@=
  id.tbus.tatar:
    - sha256/@@p3@@=
""", p1=rand_pw(43, "+/"), p2=rand_pw(43, "+/"), p3=rand_pw(43, "+/"))

add("yaml/decoy-telegram-ids", "bots/config/chats.yaml", "https://core.telegram.org/bots/api#chat", """\
# Чат ID'лары (серле түгел), бот токены — TELEGRAM_ORDER_TOKEN мохиттә
bot_username: chakchak_yorty_bot
chats:
  konditers: -1001873320455
  couriers: -1001873320456
  managers: -1001902284117
admins: [284610377, 517734902]
""")

add("k8s/decoy-configmap-base64", "deploy/k8s/shop-branding.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/#configmap-object", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop-branding
  namespace: shop
data:
  SHOP_TITLE: "Чәкчәк йорты"
binaryData:
  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAMMOAADDDgAAAAAAAAAAAAD///8A
""")

add("rst/decoy-placeholder", "docs/payments/setup.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html", """\
ЮKassa көйләү
=============

1. Кабинеттан *Интеграция → API ачкычлары* бүлеген ачыгыз.
2. Яшерен ачкычны Vault'ка языгыз::

     vault kv put kv/shop/yookassa secret_key=live_XXXXXXXXXXXXXXXXXXXXXXXX

3. ``YOOKASSA_SHOP_ID`` — кибет номеры, ул серле түгел.
""")

add("k8s-secret/decoy-empty-template", "deploy/k8s/templates/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# CI бу файлны тутыра (envsubst), репозиторийда буш кала
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-env
type: Opaque
stringData:
  WIALON_TOKEN: "${WIALON_TOKEN}"
  DATABASE_URL: "${DATABASE_URL}"
""")

add("log/decoy-filtered-header", "passenger-app/logs/http-trace.log", "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1", """\
12:04:17.201 -> GET https://api.tbus.tatar/v2/stops/1183/arrivals
12:04:17.201 -> Authorization: Bearer [FILTERED]
12:04:17.202 -> Accept-Language: tt-RU
12:04:17.388 <- 200 OK (187 ms)
12:04:17.389 <- {"stop":"Кремль","arrivals":[{"route":"2","in_min":4},{"route":"46","in_min":9}]}
""")

add("compose/decoy-secret-files", "chakchak-shop/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  web:
    image: cr.yandex/crp8k2q1/chakchak-shop:3.4.0
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("azure-pipelines/decoy-variable-group", "kassa/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: kassa-prod-secrets   # Trade1CPassword шунда
steps:
  - script: dotnet publish Kassa.Sync -c Release
  - script: Kassa.Sync.exe --password "$(Trade1CPassword)"
    displayName: Синхрон тест
""")

add("json/decoy-connection-integrated", "kassa/Kassa.Reports/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax#windows-authentication", """\
{
  "ConnectionStrings": {
    "Trade": "Server=sql-1c.kzn.internal;Database=Trade;Integrated Security=SSPI;TrustServerCertificate=True"
  },
  "Reports": { "SendAt": "21:30", "Recipients": ["filial@chakchak-yorty.tatar"] },
  "Smtp": { "Host": "smtp.yandex.ru", "User": "reports@chakchak-yorty.tatar", "Password": "" }
}
""")

add("go/decoy-test-basic-auth", "dispatch/notifier/handler_test.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """\
package main

import (
	"net/http/httptest"
	"testing"
)

func TestBoardAuth(t *testing.T) {
	req := httptest.NewRequest("GET", "/boards/1183", nil)
	req.SetBasicAuth("test", "test") // тест өчен генә
	rec := httptest.NewRecorder()
	boardHandler(rec, req)
}
""")

add("sql/decoy-key-hashes", "dispatch/db/seed/api_keys.sql", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html", """\
-- API ачкычлары: префикс һәм SHA-256 хеш кына сакланыла
INSERT INTO api_keys (client, key_prefix, key_sha256, created_at) VALUES
  ('boards', 'tbk_7Qe', '@@h1@@', '2026-03-01'),
  ('pax-app', 'tbk_M2x', '@@h2@@', '2026-04-11'),
  ('mintrans', 'tbk_pL9', '@@h3@@', '2026-06-20');
""", h1=sha256(), h2=sha256(), h3=sha256())

add("openapi/decoy-bearer-example", "dispatch/api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/bearer-authentication/", """\
openapi: 3.0.3
info:
  title: Dispatch API
  version: 2.8.2
  description: Казан автобус паркы диспетчер системасы
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Мисал: `Authorization: Bearer <your-token>`"
security:
  - bearerAuth: []
paths: {}
""")

add("postman/decoy-empty-values", "dispatch/api/dispatch.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "name": "Dispatch — prod",
  "values": [
    {"key": "baseUrl", "value": "https://dispatch.tbus.tatar/api/v2", "enabled": true},
    {"key": "token", "value": "", "type": "secret", "enabled": true},
    {"key": "routeId", "value": "46", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""")

add("kotlin-gradle/decoy-env-signing", "driver-app/app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
android {
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("TBUS_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("TBUS_KEYSTORE_PASSWORD")
            keyAlias = "tbus-driver"
            keyPassword = System.getenv("TBUS_KEY_PASSWORD")
        }
    }
}
""")

add("powershell/decoy-secret-management", "ops/windows/Backup-Sql.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# Серсүз SecretManagement хранилищесыннан (SecretStore)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'sql-1c-backup' -Vault 'TbusStore'
Backup-SqlDatabase -ServerInstance 'sql-1c.kzn.internal' -Database 'Trade' `
    -BackupFile "E:\\Backup\\Trade_$(Get-Date -Format yyyyMMdd).bak" -Credential $cred
""")

add("markdown/decoy-readme-ask-ops", "dispatch/README.md", "https://www.makeareadme.com/", """\
# Dispatch

Казан автобус паркы диспетчер системасы: маршрутлар, GPS, табло.

## Башлау
```bash
cp .env.example .env   # кыйммәтләрне @tbus_ops'тан сорагыз
docker compose -f docker-compose.dev.yml up -d
make migrate && make run
```
Прод серсүзләре Vault'та гына: `kv/dispatch/*`.
""")

add("ruby/decoy-env-fetch", "mailer/config/database.rb", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
# Хат сервисы базасы
DB_CONFIG = {
  adapter: 'postgresql',
  host: ENV.fetch('MAILER_DB_HOST', 'localhost'),
  username: ENV.fetch('MAILER_DB_USER', 'mailer'),
  password: ENV.fetch('MAILER_DB_PASSWORD') { raise 'MAILER_DB_PASSWORD юк' }
}.freeze
""")

add("python/psycopg-password", "analytics/scripts/daily_sales.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """\
\"\"\"Көнлек сату: филиаллар буенча (Казан, Чаллы, Әлмәт).\"\"\"
import pandas as pd
import psycopg2

conn = psycopg2.connect(host="dwh.kzn.internal", dbname="dwh", user="analyst",
                        password="@@secret@@")
df = pd.read_sql("select branch, sum(total) from marts.sales_daily group by 1", conn)
print(df.to_string(index=False))
""", words_pw())

add("python/requests-auth-tuple", "kassa/scripts/atol_token.py", "https://integration.atol.ru/api/#getToken", """\
import requests

# АТОЛ токены алу (24 сәгать эшли)
resp = requests.post(
    "https://online.atol.ru/possystem/v4/getToken",
    json={"login": "chakchak-kamal", "pass": "@@secret@@"},
    timeout=15,
)
print(resp.json()["token"])
""", rand_pw(12))

add("js/dadata-secret-header", "address/web/src/cleanAddress.js", "https://dadata.ru/api/clean/address/", """\
// Адресны стандартлаштыру (clean API ике ачкыч сорый)
export async function cleanAddress(raw) {
  const res = await fetch('https://cleaner.dadata.ru/api/v1/clean/address', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: 'Token ' + DADATA_PUBLIC_TOKEN,
      'X-Secret': '@@secret@@',
    },
    body: JSON.stringify([raw]),
  });
  return (await res.json())[0];
}
""", hexs(40))

add("ts/gitlab-release-token", "tools/release-bot/src/gitlab.ts", "https://docs.gitlab.com/ee/api/rest/authentication.html#personalprojectgroup-access-tokens", """\
import { Gitlab } from '@gitbeaker/rest';

// Релиз ноталарын автомат ясау (татарча + русча)
export const api = new Gitlab({
  host: 'https://gitlab.tbus.tatar',
  token: '@@secret@@',
});

export const PROJECT_ID = 42;
""", gitlab())

add("kotlin/static-bearer", "board-app/src/main/kotlin/tatar/tbus/board/ApiModule.kt", "https://square.github.io/okhttp/features/interceptors/", """\
package tatar.tbus.board

import okhttp3.Interceptor

// Табло кушымтасы (Android TV). Ачкыч һәр таблода бер үк — алмаштырасы!
val authInterceptor = Interceptor { chain ->
    chain.proceed(
        chain.request().newBuilder()
            .header("Authorization", "Bearer @@secret@@")
            .build()
    )
}
""", "tbk_" + rand_pw(40))

add("java/jedis-password", "gtfs-export/src/main/java/tatar/tbus/gtfs/Cache.java", "https://redis.io/docs/latest/develop/clients/jedis/connect/", """\
package tatar.tbus.gtfs;

import redis.clients.jedis.JedisPooled;

// Реаль вакыт (realtime) позицияләр кэшы
public final class Cache {
    private static final JedisPooled REDIS =
        new JedisPooled("redis.tbus.local", 6379, "gtfs", "@@secret@@");

    public static JedisPooled get() { return REDIS; }
}
""", fakes.redis_password(_seed()))

add("json/appsettings-connection", "dispatch-reports/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings#aspnet-core", """\
{
  "ConnectionStrings": {
    "Dispatch": "Host=pg-replica.tbus.local;Port=5432;Database=dispatch;Username=reports;Password=@@secret@@;SSL Mode=Require"
  },
  "Report": { "Title": "Рейслар үтәлеше", "Timezone": "Europe/Moscow" }
}
""", pw())

add("go/ssh-password", "ops/tools/routerbackup/main.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#Password", """\
package main

import "golang.org/x/crypto/ssh"

// Депо роутерларының конфигларын резервлау (MikroTik /export)
var cfg = &ssh.ClientConfig{
	User:            "backup",
	Auth:            []ssh.AuthMethod{ssh.Password("@@secret@@")},
	HostKeyCallback: ssh.InsecureIgnoreHostKey(),
}

var routers = []string{"10.42.0.1:22", "10.44.0.1:22", "10.46.0.1:22"}
""", words_pw())

add("rust/postgres-url", "telematics/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html", """\
use sqlx::postgres::PgPoolOptions;

// TODO: мохиттән алырга (хәзергә тиз генә)
const DATABASE_URL: &str = "postgres://telematics:@@secret@@@pg-dispatch.tbus.local:5432/dispatch";

pub async fn pool() -> sqlx::PgPool {
    PgPoolOptions::new().max_connections(8).connect(DATABASE_URL).await.expect("база")
}
""", pw())

add("php/pdo-password", "site-bitrix/local/cron/export_orders.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Заказларны 1С'ка экспорт (һәр 15 минут)
$pdo = new PDO(
    'mysql:host=localhost;dbname=chakchak_shop;charset=utf8mb4',
    'export1c',
    '@@secret@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
$rows = $pdo->query('SELECT * FROM b_sale_order WHERE EXPORTED = 0')->fetchAll();
""", words_pw())

add("powershell/gitlab-private-token", "ops/windows/Get-Artifacts.ps1", "https://docs.gitlab.com/ee/api/rest/authentication.html", """\
# Табло кушымтасының соңгы APK'ын алу
$headers = @{ 'PRIVATE-TOKEN' = '@@secret@@' }
$uri = 'https://gitlab.tbus.tatar/api/v4/projects/57/jobs/artifacts/main/download?job=assemble'
Invoke-RestMethod -Uri $uri -Headers $headers -OutFile "C:\\Boards\\board-app.zip"
Expand-Archive -Path "C:\\Boards\\board-app.zip" -DestinationPath "C:\\Boards\\apk" -Force
""", gitlab())

add("github-actions/hardcoded-token", "chakchak-admin/.github/workflows/notify.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env", """\
name: notify
on:
  release:
    types: [published]
jobs:
  telegram:
    runs-on: ubuntu-latest
    env:
      TG_TOKEN: "@@secret@@"
      TG_CHAT: "-1001902284117"
    steps:
      - run: |
          curl -s "https://api.telegram.org/bot${TG_TOKEN}/sendMessage" \\
            -d chat_id="$TG_CHAT" -d text="Яңа версия: ${{ github.event.release.tag_name }}"
""", telegram())

_k = pem("RSA")
add("k8s-secret/tls-key-base64", "deploy/k8s/boards-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: boards-tls
  namespace: dispatch
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _k, crt=b64("-----BEGIN CERTIFICATE-----\n" + rand_pw(64, "+/") + "\n-----END CERTIFICATE-----\n"), key=b64(_k + "\n"))

add("markdown/psql-command", "docs/onboarding/analytics.md", "https://www.postgresql.org/docs/current/app-psql.html", """\
# Аналитиклар өчен: DWH'ка тоташу

Беренче көн: VPN'ны кабызыгыз, аннары:

```bash
psql "postgresql://analyst:@@secret@@@dwh.kzn.internal:5432/dwh?sslmode=require"
```

Таблицалар: `marts.sales_daily`, `marts.orders`, `marts.branches`.
Сораулар булса — #analytics каналына.
""", pw())

add("wiki/password-sentence", "wiki/Депо-4-Wi-Fi.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
== ПАТП-4: диспетчер бүлмәсе Wi-Fi ==
Челтәр: '''TBUS-DISP-4'''

Серсүз: <code>@@secret@@</code> (шоферларга бирмәскә!)

Планшетлар өчен аерым челтәр бар: TBUS-TABLET, сертификат белән.
[[Категория:Депо]]
""", words_pw())

add("rst/yandex-oauth-curl", "docs/ops/yadisk_backup.rst", "https://yandex.ru/dev/disk-api/doc/en/concepts/quickstart", """\
Yandex Disk резерв копияләре
============================

Тикшерү өчен::

   curl -H "Authorization: OAuth @@secret@@" \\
        "https://cloud-api.yandex.net/v1/disk/resources?path=app:/dispatch"

Токен *tbus-backup* кушымтасыныкы, ел саен яңартыла.
""", yandex_oauth())

add("csv/service-accounts", "ops/inventory/services.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
service,host,login,password,owner,note
wialon,hst-api.wialon.com,patp2_api,токен Vault'та,Рөстәм,
zabbix,zbx.tbus.local,Admin,@@secret@@,Алсу,вакытлыча
grafana,grafana.tbus.tatar,admin,SSO,Алсу,
1c-http,1c.chakchak-yorty.tatar,http_prices,Vault kv/1c,Динар,
""", words_pw())

add("xml/nlog-smtp-password", "kassa/Kassa.Sync/NLog.config", "https://github.com/NLog/NLog/wiki/Mail-target", """\
<?xml version="1.0" encoding="utf-8"?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd">
  <targets>
    <!-- Хаталар турында почта -->
    <target name="mail" type="Mail" smtpServer="smtp.yandex.ru" smtpPort="465" enableSsl="true"
            smtpAuthentication="Basic" smtpUserName="alerts@chakchak-yorty.tatar"
            smtpPassword="@@secret@@" from="alerts@chakchak-yorty.tatar" to="it@chakchak-yorty.tatar" />
  </targets>
  <rules><logger name="*" minlevel="Error" writeTo="mail" /></rules>
</nlog>
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

_s = words_pw()
add("k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/#registry-secret-existing-credentials", """\
apiVersion: v1
kind: Secret
metadata:
  name: tbus-registry
  namespace: dispatch
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _s, enc=b64('{"auths":{"registry.tbus.tatar":{"username":"k8s-pull","password":"' + _s + '","auth":"'
                 + b64("k8s-pull:" + _s) + '"}}}'))

add("ansible-inventory/become-password", "ops/ansible/inventory/depots.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
[depots]
depot2 ansible_host=10.42.0.10
depot4 ansible_host=10.44.0.10
chally ansible_host=10.46.0.10

[depots:vars]
ansible_user=ops
ansible_become_password=@@secret@@
""", words_pw())

add("helm/gitlab-runner-token", "ops/gitlab-runner/values.yaml", "https://docs.gitlab.com/runner/install/kubernetes.html", """\
gitlabUrl: https://gitlab.tbus.tatar/
runnerToken: "@@secret@@"
concurrent: 6
rbac:
  create: true
runners:
  config: |
    [[runners]]
      [runners.kubernetes]
        namespace = "ci"
""", fakes.fake("glrt-", 20, _seed()))

add("jenkinsfile/sshpass", "kassa/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
    agent any
    stages {
        stage('Deploy to shops') {
            steps {
                // Кибет кассаларына яңарту җибәрү
                sh 'sshpass -p "@@secret@@" scp build/kassa-agent.tar.gz kassa@10.60.1.11:/opt/kassa/'
            }
        }
    }
}
""", words_pw())

add("pypirc/pypi-token", "ops/home/rinat/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
# tatar-calendar китапханәсе (бәйрәмнәр, татарча ай исемнәре)
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("dockerfile/git-oauth-url", "analytics/Dockerfile", "https://docs.gitlab.com/ee/user/project/deploy_tokens/", """\
FROM python:3.12-slim
WORKDIR /app
# эчке китапханә (сату прогнозы)
RUN pip install --no-cache-dir "git+https://oauth2:@@secret@@@gitlab.tbus.tatar/analytics/forecast.git@v0.9.3"
COPY . .
CMD ["python", "-m", "scripts.daily_sales"]
""", gitlab())

# ---------------------------------------------------------------------------------------------
# Split, nested and embedded values; more decoys
# ---------------------------------------------------------------------------------------------

_s = yc_api_key()
add("python/split-literal", "passenger-app/backend/app/tts.py", "https://yandex.cloud/en/docs/speechkit/tts/request", """\
\"\"\"Тукталыш игъланнары: SpeechKit аша тавыш ясау.\"\"\"
import requests

# озын юл — ике өлешкә бүлдек (flake8)
SPEECHKIT_KEY = ("@@a@@"
                 "@@b@@")


def synth(text: str, lang: str = "ru-RU") -> bytes:
    headers = {"Authorization": f"Api-Key {SPEECHKIT_KEY}"}
    data = {"text": text, "lang": lang, "voice": "alena", "format": "mp3"}
    return requests.post("https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize", headers=headers, data=data).content
""", _s, a=_s[:20], b=_s[20:])

add("shell/heredoc-env", "ops/scripts/bootstrap_tracker_gw.sh", "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents", """\
#!/usr/bin/env bash
# Яңа депо шлюзын көйләү (трекерлар → MQTT)
set -euo pipefail
install -d -m 0750 /etc/tracker-gw
cat > /etc/tracker-gw/gw.env <<'EOF'
MQTT_URL=mqtts://mqtt.tbus.tatar:8883
MQTT_USER=gw-depot
MQTT_PASSWORD=@@secret@@
DEPOT=PATP-4
EOF
systemctl enable --now tracker-gw
""", rand_pw(22))

add("python/json-in-string", "kassa/scripts/ofd_check.py", "https://docs.python.org/3/library/json.html#json.loads", """\
import json

import requests

# ОФД кабинеты: чекларны тикшерү (config тиз генә шунда)
CONFIG = json.loads('{"url": "https://api.ofd.example/v2", "login": "chakchak-ofd", "password": "@@secret@@"}')

session = requests.Session()
session.post(CONFIG["url"] + "/auth", json={"login": CONFIG["login"], "password": CONFIG["password"]}, timeout=20)
""", words_pw())

add("js/json-parse-webhook", "chakchak-admin/server/alerts.js", "https://api.slack.com/messaging/webhooks", """\
// Кибетләрдә касса туктаса — Slack'ка
const cfg = JSON.parse('{"channel":"#kassa","webhook":"@@secret@@"}');

async function alert(shop, message) {
  await fetch(cfg.webhook, {
    method: 'POST',
    body: JSON.stringify({ text: `:warning: ${shop}: ${message}` }),
  });
}
module.exports = { alert };
""", slack_webhook())

_s = words_pw()
add("java/concatenated-password", "gtfs-export/src/main/java/tatar/tbus/gtfs/FtpPublisher.java", "https://commons.apache.org/proper/commons-net/apidocs/org/apache/commons/net/ftp/FTPClient.html", """\
package tatar.tbus.gtfs;

import org.apache.commons.net.ftp.FTPClient;

public final class FtpPublisher {
    // Яндекс.Карталар өчен GTFS (партнер FTP)
    private static final String USER = "tbus_gtfs";
    private static final String PASS = "@@a@@" +
            "@@b@@";

    void publish(FTPClient ftp) throws Exception {
        ftp.connect("ftp.partner-maps.example");
        ftp.login(USER, PASS);
    }
}
""", _s, a=_s[:6], b=_s[6:])

add("csharp/mysql-pwd", "kassa/Kassa.Loyalty/Db.cs", "https://dev.mysql.com/doc/connector-net/en/connector-net-connections-string.html", """\
using MySqlConnector;

namespace Kassa.Loyalty;

// Бонус карталары базасы (сайт белән уртак)
public static class Db
{
    public const string Cs = "Server=mysql-web.kzn.internal;Database=loyalty;Uid=loyalty_kassa;Pwd=@@secret@@;SslMode=Required";
    public static MySqlConnection Open() { var c = new MySqlConnection(Cs); c.Open(); return c; }
}
""", words_pw())

add("kotlin/telegram-token", "driver-app/app/src/main/java/tatar/tbus/driver/sos/SosReporter.kt", "https://core.telegram.org/bots/api#sendlocation", """\
package tatar.tbus.driver.sos

// SOS төймәсе: диспетчерларга урын җибәрү
class SosReporter {
    companion object {
        private const val BOT_TOKEN = "@@secret@@"
        private const val DISPATCH_CHAT = -1002211458730L
    }

    fun url(lat: Double, lon: Double) =
        "https://api.telegram.org/bot$BOT_TOKEN/sendLocation?chat_id=$DISPATCH_CHAT&latitude=$lat&longitude=$lon"
}
""", telegram())

add("swift/speechkit-api-key", "pax-ios/Pax/Audio/Announcer.swift", "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key", """\
import Foundation

// Тукталышларны тавыш белән игълан итү (сукырлар өчен режим)
struct Announcer {
    static let apiKey = "@@secret@@"

    func request(text: String) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize")!)
        req.httpMethod = "POST"
        req.setValue("Api-Key \\(Announcer.apiKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", yc_api_key())

add("php/telegram-set-webhook", "site-bitrix/local/tg/install.php", "https://core.telegram.org/bots/api#setwebhook", """\
<?php
// Бер тапкыр эшләтергә: ботка webhook кую
$token = '@@secret@@';
$hook = 'https://chakchak-yorty.tatar/local/tg/hook.php';
$res = file_get_contents("https://api.telegram.org/bot{$token}/setWebhook?url=" . urlencode($hook));
echo $res, PHP_EOL;
""", telegram())

add("ruby/ftp-password", "mailer/lib/tasks/price_list.rake", "https://docs.ruby-lang.org/en/master/Net/FTP.html", """\
require 'net/ftp'

# Күпләп сатучыларга бәя исемлеге (оптовикам)
task :upload_price_list do
  Net::FTP.open('ftp.chakchak-yorty.tatar') do |ftp|
    ftp.login('pricelist', '@@secret@@')
    ftp.putbinaryfile('tmp/price_list.xlsx', 'price/price_list.xlsx')
  end
end
""", words_pw())

add("go/vault-token", "dispatch/internal/secrets/vault.go", "https://pkg.go.dev/github.com/hashicorp/vault/api#Client.SetToken", """\
package secrets

import vault "github.com/hashicorp/vault/api"

// TODO(алсу): AppRole'га күчерергә, хәзергә root түгел, dispatch-ro токены
func New() (*vault.Client, error) {
	c, err := vault.NewClient(&vault.Config{Address: "https://vault.tbus.local:8200"})
	if err != nil {
		return nil, err
	}
	c.SetToken("@@secret@@")
	return c, nil
}
""", vault_token())

add("rust/teloxide-token", "bots/stops-bot/src/main.rs", "https://docs.rs/teloxide/latest/teloxide/struct.Bot.html#method.new", """\
use teloxide::prelude::*;

// "Автобус кайчан килә?" боты
#[tokio::main]
async fn main() {
    let bot = Bot::new("@@secret@@");
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Тукталыш номерын языгыз").await?;
        Ok(())
    })
    .await;
}
""", telegram())

add("shell/lftp-url", "kassa/scripts/mirror_reports.sh", "https://lftp.yar.ru/lftp-man.html", """\
#!/bin/sh
# Филиаллардан Z-отчетларны җыю
for b in kazan chally almet; do
  lftp -e "mirror --only-newer /z-reports /srv/reports/$b; quit" \\
    "ftp://zreports:@@secret@@@ftp-$b.chakchak.local"
done
""", pw())

add("powershell/invoke-sqlcmd", "ops/windows/Check-Trade.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Иртәнге тикшерү: төнге синхрон узганмы
$q = "SELECT MAX(SyncedAt) AS Last FROM dbo.SyncLog"
$r = Invoke-Sqlcmd -ServerInstance "sql-1c.kzn.internal" -Database "Trade" `
      -Username "monitor" -Password "@@secret@@" -Query $q -TrustServerCertificate
if ($r.Last -lt (Get-Date).AddHours(-8)) { Write-Warning "Синхрон узмаган!" }
""", words_pw())

add("yaml/rabbitmq-password", "dispatch/config/application-prod.yml", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.integration.spring.rabbitmq.password", """\
spring:
  rabbitmq:
    host: rabbit.tbus.local
    port: 5671
    username: gtfs-rt
    password: @@secret@@
    ssl:
      enabled: true
gtfs:
  realtime:
    exchange: vehicle-positions
""", pw())

add("ansible/mysql-user-module", "ops/ansible/roles/garage/tasks/db.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
---
- name: Гараж базасы өчен кулланучы
  community.mysql.mysql_user:
    name: garage
    host: "10.42.%"
    password: "@@secret@@"
    priv: "garage.*:ALL"
    state: present
""", words_pw())

add("k8s/configmap-password", "deploy/k8s/mailer-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: mailer-config
  namespace: shop
data:
  SMTP_HOST: smtp.yandex.ru
  SMTP_PORT: "465"
  SMTP_USER: noreply@chakchak-yorty.tatar
  SMTP_PASSWORD: "@@secret@@"
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("helm/openai-key", "deploy/helm/chakchak-assistant/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# Сайттагы консультант-бот (заказ буенча сораулар)
image:
  repository: cr.yandex/crp8k2q1/assistant
  tag: 0.4.1
env:
  OPENAI_API_KEY: "@@secret@@"
  ASSISTANT_LANGS: "tt,ru"
resources:
  limits: {memory: 512Mi}
""", openai())

add("toml/cargo-credentials", "ops/home/rinat/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# tatar-translit crate'ын бастыру өчен
[registry]
token = "@@secret@@"

[registries.tbus]
credential-provider = "cargo:token-from-stdout pass show tbus/cargo"
""", "cio" + rand_pw(32))

add("ini/my-cnf", "ops/home/backup/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
[client]
user = backup
password = "@@secret@@"
host = mysql-web.kzn.internal

[mysqldump]
single-transaction
""", words_pw())

add("ini/s3cfg-secret", "ops/home/backup/.s3cfg", "https://s3tools.org/kb/item14.htm", """\
[default]
host_base = storage.yandexcloud.net
host_bucket = %(bucket)s.storage.yandexcloud.net
access_key = @@kid@@
secret_key = @@secret@@
use_https = True
""", yc_static_secret(), kid=yc_key_id())

add("xml/web-config-appsettings", "kassa/Kassa.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ShopCode" value="KZN-BAUMAN" />
    <add key="TelegramBotToken" value="@@secret@@" />
    <add key="Culture" value="tt-RU" />
  </appSettings>
</configuration>
""", telegram())

add("xml/android-strings", "driver-app/app/src/main/res/values/config.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Шофер</string>
    <string name="mqtt_host">mqtt.tbus.tatar</string>
    <string name="mqtt_user">driver-tablet</string>
    <string name="mqtt_password">@@secret@@</string>
</resources>
""", rand_pw(20))

add("json/sqltools-password", "analytics/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """\
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "DWH (prod)",
      "driver": "PostgreSQL",
      "server": "dwh.kzn.internal",
      "port": 5432,
      "database": "dwh",
      "username": "analyst",
      "password": "@@secret@@"
    }
  ]
}
""", words_pw())

add("terraform/mdb-user-password", "infra/yc/clickhouse.tf", "https://registry.terraform.io/providers/yandex-cloud/yandex/latest/docs/resources/mdb_clickhouse_cluster", """\
resource "yandex_mdb_clickhouse_cluster" "gps" {
  name        = "gps"
  environment = "PRODUCTION"
  network_id  = yandex_vpc_network.main.id

  database { name = "gps" }

  user {
    name     = "ingest"
    password = "@@secret@@"
    permission { database_name = "gps" }
  }
}
""", rand_pw(24))

add("dockerfile/netrc-echo", "dispatch/Dockerfile", "https://docs.docker.com/reference/dockerfile/#run", """\
FROM golang:1.23 AS build
WORKDIR /src
ENV GOPRIVATE=gitlab.tbus.tatar
RUN echo "machine gitlab.tbus.tatar login ci password @@secret@@" > /root/.netrc
COPY . .
RUN go build -o /out/dispatch ./cmd/dispatch
FROM gcr.io/distroless/base-debian12
COPY --from=build /out/dispatch /dispatch
ENTRYPOINT ["/dispatch"]
""", gitlab())

add("compose/rabbitmq-default-pass", "dispatch/deploy/rabbit-compose.yml", "https://hub.docker.com/_/rabbitmq", """\
services:
  rabbit:
    image: rabbitmq:3.13-management
    hostname: rabbit-depot2
    environment:
      RABBITMQ_DEFAULT_USER: tbus
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports: ["5672:5672", "15672:15672"]
""", pw())

add("env/jwt-secret", "passenger-app/backend/.env.prod", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-hs256", """\
PAX_DEBUG=false
PAX_DATABASE_URL=${DATABASE_URL}
# JWT имзалау ачкычы (HS256)
PAX_JWT_SECRET=@@secret@@
PAX_JWT_TTL_MIN=60
""", hexs(64))

add("sql/mysql-identified-by", "ops/sql/grants_garage.sql", "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html", """\
-- 2026-10: гараж базасы, серсүзне алмаштыру
ALTER USER 'garage'@'10.42.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON garage.* TO 'garage'@'10.42.%';
FLUSH PRIVILEGES;
-- тикшерү: SHOW GRANTS FOR 'garage'@'10.42.%';
""", words_pw())

add("log/exception-connection-string", "kassa/logs/Kassa.Sync-20261122.log", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """\
2026-11-22 23:10:04.117 [INF] Синхрон башланды: 14 кибет
2026-11-22 23:10:34.502 [ERR] Failed to open connection
System.InvalidOperationException: Cannot open database "Trade" requested by the login. Connection: Server=sql-1c.kzn.internal,1433;Database=Trade;User Id=sync_kassa;Password=@@secret@@;
   at Kassa.Sync.Program.Main(String[] args) in C:\\build\\Kassa.Sync\\Program.cs:line 9
2026-11-22 23:10:34.503 [INF] Кабат тырышу 5 минуттан
""", words_pw())

add("notes/telegram-token-sentence", "notes/2026-11-bot-migration.txt", "https://core.telegram.org/bots/features#botfather", """\
Бот күчерү (ноябрь)
- BotFather'да яңа бот ясадык: @chakchak_orders2_bot
- токен: @@secret@@
- иске ботны 1 декабрьдән сүндерәбез
- Динарга: webhook'ны яңа адреска күчерергә
""", telegram())

add("notes/wialon-login-sentence", "notes/dispatch-handover.md", "https://help.wialon.com/help/wialon-hosting/en/user-guide/the-first-login", """\
# Смена тапшыру: төнге диспетчер

1. Wialon'га керү: логин `patp4_night`, серсүз `@@secret@@` (бер компьютерда гына).
2. 46 нчы маршрутта 2 автобус ремонтта — расписание кыскартылды.
3. Табло 1183 (Кремль) эшләми, заявка бирелде.
""", words_pw())

add("shell-history/redis-cli", "ops/notes/cache-node.bash_history", "https://redis.io/docs/latest/develop/tools/cli/", """\
sudo -i
redis-cli -h redis.tbus.local -a '@@secret@@' info memory
redis-cli -h redis.tbus.local -a '@@secret@@' --scan --pattern 'pos:*' | wc -l
systemctl restart gtfs-rt
exit
""", fakes.redis_password(_seed()))

add("makefile/api-key-header", "gtfs-export/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
FEED=build/gtfs.zip

.PHONY: build publish
build:
\t./gradlew run --args="--out $(FEED)"

publish: build
\tcurl -sf -H "X-Api-Key: @@secret@@" -F "feed=@$(FEED)" https://gtfs.mintrans.tatarstan.example/api/feeds
""", "mt_" + rand_pw(32))

add("gitlab-ci/slack-webhook-variable", "kassa/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/#variables", """\
variables:
  DOTNET_CLI_TELEMETRY_OPTOUT: "1"
  SLACK_WEBHOOK: "@@secret@@"

notify:
  stage: .post
  script:
    - 'curl -X POST -H "Content-type: application/json" --data "{\\"text\\":\\"kassa: $CI_JOB_STATUS\\"}" "$SLACK_WEBHOOK"'
""", slack_webhook())

_k = pem("RSA")
add("python/inline-pem", "kassa/scripts/bank_sftp.py", "https://docs.paramiko.org/en/stable/api/keys.html", """\
\"\"\"Банкка реестрлар җибәрү (эквайринг сверкасы).\"\"\"
import io

import paramiko

KEY = \"\"\"@@secret@@\"\"\"

pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))
transport = paramiko.Transport(("sftp.bank.example", 22))
transport.connect(username="chakchak", pkey=pkey)
""", _k)

add("notebook/clickhouse-password", "analytics/notebooks/late_buses.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import clickhouse_connect\\n",
    "client = clickhouse_connect.get_client(host='ch.tbus.local', username='analyst', password='@@secret@@')\\n",
    "df = client.query_df('select route, avg(delay_s) from gps.arrivals group by route')"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(20))

# decoys

add("compose/decoy-ci-test-db", "dispatch/docker-compose.test.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
# CI өчен генә: вакытлыча база, һәр тесттан соң бетерелә
services:
  db-test:
    image: postgis/postgis:16-3.4
    tmpfs: [/var/lib/postgresql/data]
    environment:
      POSTGRES_DB: dispatch_test
      POSTGRES_USER: test
      POSTGRES_PASSWORD: test
""")

add("js/decoy-stripe-publishable", "chakchak-shop/src/payments/stripe.js", "https://docs.stripe.com/keys#obtain-api-keys", """\
// Халыкара заказлар (Европа) — publishable ачкыч браузерда булырга тиеш
import { loadStripe } from '@stripe/stripe-js';

const STRIPE_PK = 'pk_live_@@pk@@';

export const stripePromise = loadStripe(STRIPE_PK, { locale: 'auto' });
""", pk=rand_pw(99))

add("js/decoy-firebase-web-config", "pax-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different", """\
// Firebase web config — ачык (public) мәгълүмат, серле түгел
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: 'AIza@@k@@',
  authDomain: 'tbus-pax.firebaseapp.com',
  projectId: 'tbus-pax',
  messagingSenderId: '618204733915',
  appId: '1:618204733915:web:@@app@@',
});
""", k=rand_pw(35, "_-"), app=hexs(22))

add("text/decoy-sha256sums", "telematics/firmware/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """\
@@h1@@  tracker-fw-3.2.1.bin
@@h2@@  tracker-fw-3.2.2.bin
@@h3@@  can-reader-1.0.7.bin
@@h4@@  board-led-2.4.0.bin
@@h5@@  validator-5.1.3.bin
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256(), h5=sha256())

add("cargo-lock/decoy-checksums", "telematics/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", """\
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "sqlx"
version = "0.8.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256(), c2=sha256())

add("markdown/decoy-jwt-io-example", "docs/api/jwt.md", "https://jwt.io/introduction", """\
# JWT белән танышу

jwt.io сайтындагы мисал (имза ачкычы: `your-256-bit-secret`, ул документация өчен генә):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Безнең токеннар ES256 белән имзалана, ачык ачкыч: `/.well-known/jwks.json`.
""")

add("shell/decoy-generated-password", "ops/scripts/rotate_mqtt_password.sh", "https://www.openssl.org/docs/man3.0/man1/openssl-rand.html", """\
#!/usr/bin/env bash
# MQTT серсүзен алмаштыру: яңасы Vault'ка гына языла
set -euo pipefail
NEW=$(openssl rand -base64 24)
vault kv put kv/dispatch/mqtt password="$NEW"
kubectl -n dispatch rollout restart deploy/telematics
unset NEW
""")

add("python/decoy-validation-messages", "passenger-app/backend/app/auth/messages.py", "https://docs.python.org/3/library/gettext.html", """\
# Кулланучыга хәбәрләр (татарча)
MESSAGES = {
    "password_too_short": "Серсүз кимендә 10 символдан торырга тиеш",
    "password_mismatch": "Серсүзләр туры килми",
    "token_expired": "Сессия вакыты чыкты, яңадан керегез",
    "invalid_api_key": "API ачкычы дөрес түгел",
}
""")

add("nginx/decoy-key-path", "deploy/nginx/shop.conf", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_certificate_key", """\
server {
    listen 443 ssl http2;
    server_name chakchak-yorty.tatar;
    ssl_certificate     /etc/letsencrypt/live/chakchak-yorty.tatar/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/chakchak-yorty.tatar/privkey.pem;
    location / { proxy_pass http://127.0.0.1:8000; }
}
""")

add("hcl/decoy-vault-policy", "ops/vault/policies/dispatch-ro.hcl", "https://developer.hashicorp.com/vault/docs/concepts/policies", """\
# Диспетчер сервисы: укырга гына
path "kv/data/dispatch/*" {
  capabilities = ["read"]
}

path "kv/metadata/dispatch/*" {
  capabilities = ["list"]
}
""")

add("json/decoy-keycloak-masked", "ops/keycloak/realm-tbus-export.json", "https://www.keycloak.org/server/importExport", """\
{
  "realm": "tbus",
  "enabled": true,
  "clients": [
    {
      "clientId": "dispatch-web",
      "publicClient": false,
      "secret": "**********",
      "redirectUris": ["https://dispatch.tbus.tatar/*"]
    }
  ]
}
""")

add("ansible/decoy-password-lookup", "ops/ansible/roles/garage/tasks/user.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/password_lookup.html", """\
---
- name: Вакытлыча техник хисап (серсүз генерацияләнә, беркайда да сакланмый)
  ansible.builtin.user:
    name: tmp-tech
    password: "{{ lookup('ansible.builtin.password', '/dev/null', length=24) | password_hash('sha512') }}"
    expires: "{{ (ansible_date_time.epoch | int) + 86400 }}"
""")

add("log/decoy-auth-failed", "dispatch/logs/postgres-2026-11-30.log", "https://www.postgresql.org/docs/current/client-authentication-problems.html", """\
2026-11-30 04:12:09.331 MSK [2281] FATAL:  password authentication failed for user "reporting"
2026-11-30 04:12:09.331 MSK [2281] DETAIL:  Connection matched pg_hba.conf line 98: "host dispatch reporting 10.0.0.0/8 scram-sha-256"
2026-11-30 04:12:14.902 MSK [2290] LOG:  connection authorized: user=reporting database=dispatch SSL enabled
2026-11-30 04:15:00.004 MSK [1120] LOG:  checkpoint starting: time
2026-11-30 04:15:27.118 MSK [1120] LOG:  checkpoint complete: wrote 1822 buffers
""")

add("ts/decoy-i18n-labels", "pax-web/src/i18n/tt.ts", "https://www.i18next.com/translation-function/essentials", """\
export default {
  login: 'Керү',
  password: 'Серсүз',
  forgotPassword: 'Серсүзне оныттыгызмы?',
  apiKey: 'API ачкычы',
  token: 'Токен',
  save: 'Саклау',
};
""")

add("terraform/decoy-sensitive-output", "infra/yc/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", """\
output "dispatch_db_host" {
  value = yandex_mdb_postgresql_cluster.dispatch.host[0].fqdn
}

output "dispatch_db_password" {
  value     = random_password.dispatch_db.result
  sensitive = true
}
""")

add("swift/decoy-keychain-read", "chakchak-ios/Chakchak/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security

// Токен Keychain'да гына саклана
enum TokenStore {
    static func read() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrAccount as String: "loyalty-token",
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("markdown/decoy-telegram-doc-example", "docs/bots/howto.md", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# Бот ясау (кыскача)

1. @BotFather'га `/newbot` языгыз.
2. Ул токен бирә. Telegram документациясендәге мисал: `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.
3. Үз токеныгызны **монда язмагыз** — Vault: `kv/bots/<бот исеме>`.
4. Тикшерү: `curl https://api.telegram.org/bot$TOKEN/getMe`.
""")

add("env/decoy-test-fake", "bots/.env.test", "https://12factor.net/config", """\
# Тестлар өчен ялган кыйммәтләр (fake), чын сервисларга тоташмый
TELEGRAM_ORDER_TOKEN=000000000:fake-token-for-tests
SMSRU_API_ID=test
YOOKASSA_SECRET_KEY=test_secret_key_not_real
DATABASE_URL=sqlite:///:memory:
""")
