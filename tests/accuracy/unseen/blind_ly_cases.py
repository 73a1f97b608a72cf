"""Blind set LY: a Yakutsk diamond-cutting workshop and an ice-road trucking and river-ferry firm.

"Almaz Kyrya" cuts and grades rough diamonds (grading rigs, laser-marking stations, vault
access, export paperwork); "Lena Muus Suol" runs trucks on the winter ice roads (zimniki) and
ferries over the Lena in summer (dispatch, GPS trackers, ticketing, crossings). Notes and
comments partly in Sakha (Yakut) and Russian. Generated fakes only (seeds 6880000-6889999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 6880000, 6889999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    text = text.lstrip("\n")
    if secret is not None:
        text = text.replace("@@s@@", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


WORDS = ["Almaz", "Lena", "Tuymaada", "Kyhyn", "Muus", "Oyuun", "Sardaana", "Kuorat", "Ebe", "Kharyskhal",
         "Buluus", "Chochur", "Aiyy", "Kustuk", "Urung", "Tygyn", "Nyurba", "Mirny", "Olom", "Tabata"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#%*_.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def telegram() -> str:
    return fakes.telegram_token(_seed())


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def yc_api_key() -> str:
    return "AQVN" + fakes.drawn(_seed(), 36, ALNUM + "_-")


def yc_static_secret() -> str:
    return "YC" + fakes.drawn_mixed(_seed(), 38, ALNUM + "_-")


def yc_iam_token() -> str:
    return "t1.9euelZq" + fakes.drawn(_seed(), 180, ALNUM + "-_") + "." + fakes.drawn(_seed(), 86, ALNUM + "-_")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def mapbox_sk() -> str:
    return "sk.eyJ1IjoibGVuYW11dXMiLCJhIjoi" + fakes.drawn(_seed(), 22) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + fakes.drawn(_seed(), 68, ALNUM + "-_")


def bitrix_webhook() -> str:
    r = _rng()
    return f"https://almazkyrya.bitrix24.ru/rest/{r.randint(1, 40)}/" + fakes.drawn(_seed(), 16, "abcdefghijklmnopqrstuvwxyz0123456789") + "/"


def stripe_live() -> str:
    return fakes.fake("sk_live_", 24, _seed())


def sha256() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(block: str, n: int) -> str:
    return "\n".join(" " * n + line for line in block.splitlines())


ENV = "https://github.com/motdotla/dotenv#usage"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
PYDOC = "https://docs.python.org/3/library/os.html#os.environ"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
TG = "https://core.telegram.org/bots/api#authorizing-your-bot"
PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
AWSCLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
YC = "https://yandex.cloud/en/docs/iam/concepts/authorization/api-key"
YCS3 = "https://yandex.cloud/en/docs/storage/s3/"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
SPRING = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
SLACK = "https://api.slack.com/messaging/webhooks"
SSH = "https://man.openbsd.org/ssh-keygen.1"
GO = "https://pkg.go.dev/database/sql"
NODE = "https://nodejs.org/api/process.html#processenv"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
CSHARP = "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings"
RUBY = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
RUST = "https://docs.rs/sqlx/latest/sqlx/"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
KOTLIN = "https://kotlinlang.org/docs/home.html"
JAVA = "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"
HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
HTML = "https://html.spec.whatwg.org/"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
SMTP = "https://docs.python.org/3/library/smtplib.html"
GITHUB = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"

# ---------------------------------------------------------------- workshop: grading and vault

pw = words_pw()
add("blind-ly/env/postgres-password", "grading-api/.env", ENV, r"""
# Almaz Kyrya — grading API (цех огранки, Дьокуускай)
APP_ENV=production
DB_HOST=10.20.4.11
DB_PORT=5432
DB_NAME=grading
DB_USER=grader_app
DB_PASSWORD=@@s@@
# Кистэлэҥ тылы ыйга биирдэ уларыт (менять раз в месяц)
RIG_POLL_SECONDS=15
""", pw)

add("blind-ly/env/decoy-example-file", "grading-api/.env.example", ENV, r"""
# Almaz Kyrya — grading API
# Бу холобур файл: кырдьык кистэлэҥ тылы манна суруйума!
APP_ENV=development
DB_HOST=localhost
DB_PORT=5432
DB_NAME=grading
DB_USER=grader_app
DB_PASSWORD=
RIG_POLL_SECONDS=15
""")

tok = telegram()
add("blind-ly/python/telegram-bot-token", "vault_bot/bot.py", TG, r"""
\"\"\"Сейф цеха: бот шлёт уведомления при открытии хранилища.\"\"\"
import logging

import requests

# TODO: таһаар env-ка (вынести в переменные окружения)
BOT_TOKEN = "@@s@@"
CHAT_ID = -1001873340291

log = logging.getLogger("vault_bot")


def notify(text: str) -> None:
    url = f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage"
    r = requests.post(url, json={"chat_id": CHAT_ID, "text": text}, timeout=10)
    if not r.ok:
        log.warning("telegram %s: %s", r.status_code, r.text)


if __name__ == "__main__":
    notify("Сейф аһылынна / хранилище открыто")
""".replace('\\"', '"'), tok)

add("blind-ly/python/decoy-env-reference", "vault_bot/config.py", PYDOC, r"""
import os

# Бот токена env-тан ылыллар. Токен в репозиторий не кладём.
BOT_TOKEN = os.environ["VAULT_BOT_TOKEN"]
CHAT_ID = int(os.environ.get("VAULT_CHAT_ID", "-1001873340291"))
VAULT_DOOR_SENSOR = os.getenv("VAULT_DOOR_SENSOR", "/dev/ttyUSB0")
ALERT_AFTER_HOURS = (22, 7)
""")

ak, sk = aws_pair()
add("blind-ly/ini/aws-secret-key", "deploy/aws/credentials", AWSCLI, r"""
[default]
region = eu-central-1

[almaz-scans]
# бэкап 3D-сканов камней (Sarine), только запись
aws_access_key_id = @@ak@@
aws_secret_access_key = @@s@@
region = eu-central-1
""", sk, ak=ak)

add("blind-ly/ini/decoy-aws-example", "docs/aws-credentials.sample", AWSCLI, r"""
# Холобур — пример из документации AWS, ключи ненастоящие.
# Скопируй в ~/.aws/credentials и подставь свои из Bitwarden.
[almaz-scans]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-central-1
""")

ys = yc_static_secret()
add("blind-ly/yaml/yandex-storage-secret", "scanner-sync/config.yaml", YCS3, r"""
# Синхронизация сканов с Yandex Object Storage
storage:
  endpoint: https://storage.yandexcloud.net
  bucket: almaz-kyrya-scans
  region: ru-central1
  access_key_id: YCAJE@@kid@@
  secret_access_key: @@s@@
sync:
  source: /srv/sarine/exports
  interval_minutes: 30
  # Ойуун күн ахсын 03:00-ка бэкап ылар
  keep_days: 400
""", ys, kid=fakes.drawn(_seed(), 20, ALNUM + "_-"))

add("blind-ly/yaml/decoy-lockbox-reference", "scanner-sync/config.prod.yaml", "https://yandex.cloud/en/docs/lockbox/", r"""
storage:
  endpoint: https://storage.yandexcloud.net
  bucket: almaz-kyrya-scans
  region: ru-central1
  # ключи берём из Lockbox при старте (см. scripts/fetch-secrets.sh)
  access_key_id: lockbox://e6q8kv2d1m7p0r3s4t5u/access_key_id
  secret_access_key: lockbox://e6q8kv2d1m7p0r3s4t5u/secret_access_key
sync:
  source: /srv/sarine/exports
  interval_minutes: 30
""")

pw = rand_pw(16, "-_")
add("blind-ly/k8s-secret/base64-db-password", "k8s/grading/secret.yaml", K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: grading-db
  namespace: almaz
  labels:
    app: grading-api
type: Opaque
data:
  DB_USER: Z3JhZGVyX2FwcA==
  DB_PASSWORD: @@enc@@
""", pw, enc=b64(pw))

add("blind-ly/k8s-secret/decoy-sealed-secret", "k8s/grading/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: grading-db
  namespace: almaz
spec:
  encryptedData:
    DB_USER: @@c1@@
    DB_PASSWORD: @@c2@@
  template:
    metadata:
      name: grading-db
      namespace: almaz
    type: Opaque
""", c1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", c2="AgC" + fakes.drawn(_seed(), 372, ALNUM + "+/") + "=")

key = pem("RSA")
add("blind-ly/pem/rsa-private-key", "laser-marker/keys/marker-station-02.pem", SSH, r"""
@@s@@
""" + "\n", key)

add("blind-ly/pem/decoy-public-key", "laser-marker/keys/marker-station-02.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", r"""
-----BEGIN PUBLIC KEY-----
@@body@@
-----END PUBLIC KEY-----
""", body="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(5)) + "\nIDAQAB")

pw = words_pw()
add("blind-ly/markdown/vault-runbook-password", "wiki/vault/night-shift.md", MD, r"""
# Түүнү смена — хранилище

1. Сигнализацияны араар (снять с охраны) — пульт у поста охраны.
2. Вход в журнал выдачи камней: http://10.20.4.30/vault (логин `smena`).
3. Пароль от журнала: `@@s@@` — Сардаана уларытыа (сменит) после аудита.
4. Каждый пакет взвешивать дважды, расхождение > 0.005 ct — звонить Туймаада.
5. Утром сдать ключ старшему мастеру.

> Болҕой: камеры пишут 24/7, запись хранится 90 суток.
""", pw)

add("blind-ly/markdown/decoy-redacted-runbook", "wiki/vault/day-shift.md", MD, r"""
# Күнүскү смена — хранилище

1. Вход в журнал выдачи: http://10.20.4.30/vault (логин `smena`).
2. Пароль: `********` (в Bitwarden, папка «Сейф / Vault»).
3. Взвешивание — весы Sartorius, поверка до 2027-03.
4. Расхождение > 0.005 ct — звонить старшему мастеру.

Кистэлэҥ тылы манна суруйбаппыт (пароли тут не пишем).
""")

pw = rand_pw(22)
add("blind-ly/csharp/sqlserver-connection", "GradingRig/Data/RigDbContext.cs", CSHARP, r"""
using Microsoft.EntityFrameworkCore;

namespace AlmazKyrya.GradingRig.Data
{
    // Стенд оценки цвета/чистоты. Локальная база на ПК стенда.
    public class RigDbContext : DbContext
    {
        public DbSet<StoneMeasurement> Measurements { get; set; }

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer(
                "Server=RIG-PC-03\\SQLEXPRESS;Database=RigData;User Id=rig;Password=@@s@@;TrustServerCertificate=True");
        }
    }
}
""", pw)

add("blind-ly/json/decoy-appsettings-placeholder", "GradingRig/appsettings.json", CSHARP, r"""
{
  "ConnectionStrings": {
    "RigDb": "Server=RIG-PC-03\\SQLEXPRESS;Database=RigData;User Id=rig;Password=<пароль стенда>;TrustServerCertificate=True"
  },
  "Camera": {
    "Model": "DiamondView-4",
    "ExposureMs": 42
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""")

hook = slack_webhook()
add("blind-ly/js/slack-webhook", "export-docs/notify.js", SLACK, r"""
// Уведомление, когда партия готова к Кимберлийскому сертификату
const fetch = require("node-fetch");

const WEBHOOK = "@@s@@";

async function lotReady(lot) {
  const text = `Партия ${lot.id} (${lot.carats} ct) бэлэм — готова к KP-сертификату`;
  const res = await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  if (!res.ok) console.error("slack", res.status);
}

module.exports = { lotReady };
""", hook)

add("blind-ly/js/decoy-webhook-env", "export-docs/notify.prod.js", NODE, r"""
// Вебхук берём из окружения; в репо его нет.
const WEBHOOK = process.env.SLACK_EXPORT_WEBHOOK;
if (!WEBHOOK) {
  throw new Error("SLACK_EXPORT_WEBHOOK is not set (см. wiki/export/slack.md)");
}
// формат: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
module.exports = { WEBHOOK };
""")

gk = google_key()
add("blind-ly/kotlin/google-api-key", "tablet-app/app/src/main/java/ru/almazkyrya/tablet/Translate.kt", KOTLIN, r"""
package ru.almazkyrya.tablet

import okhttp3.OkHttpClient
import okhttp3.Request

// Перевод описаний камней для покупателей (Антверпен/Дубай)
object Translate {
    private const val API_KEY = "@@s@@"
    private val client = OkHttpClient()

    fun toEnglish(text: String): String {
        val url = "https://translation.googleapis.com/language/translate/v2?key=$API_KEY&target=en&q=" +
            java.net.URLEncoder.encode(text, "UTF-8")
        client.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
    }
}
""", gk)

add("blind-ly/xml/decoy-android-resource-id", "tablet-app/app/src/main/res/values/ids.xml", "https://developer.android.com/guide/topics/resources/more-resources#Id", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Алмаз Кырыа — планшет</string>
    <string name="firebase_project_id">almaz-kyrya-tablet</string>
    <string name="gcm_defaultSenderId">418220931776</string>
    <string name="google_app_id">1:418220931776:android:6b3f0c9e2a71d4e5</string>
    <string name="default_web_client_id">418220931776-q7l2m0v5ks8d3e1tbn4h6c9o.apps.googleusercontent.com</string>
</resources>
""")

pw = words_pw()
add("blind-ly/go/mysql-dsn", "cutting-planner/internal/store/store.go", GO, r"""
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Планировщик распила: модели камней из Sarine Advisor лежат в MySQL на сервере цеха.
// Бу DSN тест стенда, прод — через флаг -dsn.
const defaultDSN = "planner:@@s@@@tcp(10.20.4.15:3306)/advisor?parseTime=true"

func Open(dsn string) (*sql.DB, error) {
	if dsn == "" {
		dsn = defaultDSN
	}
	return sql.Open("mysql", dsn)
}
""", pw)

add("blind-ly/go/decoy-flag-dsn", "cutting-planner/cmd/planner/main.go", GO, r"""
package main

import (
	"flag"
	"log"
	"os"

	"almazkyrya/cutting-planner/internal/store"
)

func main() {
	dsn := flag.String("dsn", os.Getenv("PLANNER_DSN"), "mysql DSN, e.g. planner:PASSWORD@tcp(host:3306)/advisor")
	flag.Parse()
	db, err := store.Open(*dsn)
	if err != nil {
		log.Fatalf("store: %v", err)
	}
	defer db.Close()
	log.Println("planner бэлэм (ready)")
}
""")

pw = rand_pw(18)
add("blind-ly/php/pdo-password", "site/lib/db.php", PHP, r"""
<?php
// Сайт-витрина (бриллианты якутской огранки). Хостинг: Timeweb.
// TODO Кустук: перенести в .env до релиза!!
$dsn  = 'mysql:host=localhost;dbname=almazkyrya_shop;charset=utf8mb4';
$user = 'almazkyrya_shop';
$pass = '@@s@@';

try {
    $pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
} catch (PDOException $e) {
    error_log('db: ' . $e->getMessage());
    http_response_code(500);
    exit('Сайт кэлбэт (сайт недоступен)');
}
""", pw)

add("blind-ly/php/decoy-getenv", "site/lib/db.prod.php", PHP, r"""
<?php
$dsn  = getenv('SHOP_DSN') ?: 'mysql:host=localhost;dbname=almazkyrya_shop;charset=utf8mb4';
$user = getenv('SHOP_DB_USER');
$pass = getenv('SHOP_DB_PASS'); // задаётся в панели хостинга
if ($pass === false) {
    exit('SHOP_DB_PASS суох');
}
$pdo = new PDO($dsn, $user, $pass);
""")

pk = fakes.fake("pk_live_", 24, _seed())
add("blind-ly/html/decoy-stripe-publishable", "site/checkout.html", "https://docs.stripe.com/keys#obtain-api-keys", r"""
<!doctype html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <title>Оформление заказа — Алмаз Кырыа</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <form id="pay"><div id="card"></div><button>Оплатить</button></form>
  <script>
    // публикуемый ключ — он и должен быть в браузере
    const stripe = Stripe("@@pk@@");
    stripe.elements().create("card").mount("#card");
  </script>
</body>
</html>
""", pk=pk)

sk_ = stripe_live()
add("blind-ly/ruby/stripe-secret", "site-admin/config/initializers/stripe.rb", "https://docs.stripe.com/keys", r"""
# Оплата зарубежных заказов (Дубай). Рублёвые — через ЮKassa.
require "stripe"

Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") { "@@s@@" }
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  currency: "usd"
}
""", sk_)

yk = "live_" + fakes.drawn(_seed(), 43, ALNUM + "_-")
add("blind-ly/python/yookassa-secret", "site-admin/payments/yookassa_client.py", "https://yookassa.ru/developers/using-api/interaction-format#auth", r"""
# ЮKassa: приём оплаты по картам МИР
from yookassa import Configuration, Payment

Configuration.account_id = "318462"
Configuration.secret_key = "@@s@@"


def create_payment(order_id: int, amount_rub: str):
    return Payment.create({
        "amount": {"value": amount_rub, "currency": "RUB"},
        "confirmation": {"type": "redirect", "return_url": "https://almazkyrya.ru/thanks"},
        "capture": True,
        "description": f"Заказ №{order_id}",
    })
""", yk)

add("blind-ly/python/decoy-test-fixture", "site-admin/tests/test_yookassa.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r"""
import pytest

# Тест кистэлэҥэ: фейковые значения, сеть замокана.
FAKE_SHOP_ID = "000000"
FAKE_SECRET = "test_FAKE-not-a-real-secret-key-0000000000000"


@pytest.fixture
def yookassa(monkeypatch):
    monkeypatch.setenv("YOOKASSA_SHOP_ID", FAKE_SHOP_ID)
    monkeypatch.setenv("YOOKASSA_SECRET", FAKE_SECRET)


def test_payment_amount(yookassa, fake_api):
    assert fake_api.create(100).amount == "100.00"
""")

pw = rand_pw(14)
add("blind-ly/shell/smb-mount-password", "scripts/mount-scans.sh", "https://linux.die.net/man/8/mount.cifs", r"""
#!/bin/bash
# Монтируем шару со сканами камней на станцию огранки
# Бу скрипт станцияҕа эрэ үлэлиир (только на станциях)
set -e
mkdir -p /mnt/scans
mount -t cifs //10.20.4.5/scans /mnt/scans \
  -o username=cutter,password=@@s@@,vers=3.0,uid=1000,gid=1000
echo "Сканнар бэлэм: /mnt/scans"
""", pw)

add("blind-ly/shell/decoy-credentials-file", "scripts/mount-scans-v2.sh", "https://linux.die.net/man/8/mount.cifs", r"""
#!/bin/bash
# v2: пароль в /etc/almaz/smb.cred (chmod 600), не в скрипте
set -euo pipefail
CRED=/etc/almaz/smb.cred
[ -r "$CRED" ] || { echo "нет $CRED — спроси у Ойуун"; exit 1; }
mkdir -p /mnt/scans
mount -t cifs //10.20.4.5/scans /mnt/scans -o credentials="$CRED",vers=3.0
""")

gh = fakes.github_token(_seed())
add("blind-ly/yaml/github-token-actions", ".github/workflows/release-tablet.yml", GHA, r"""
name: release-tablet
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "17" }
      - run: ./gradlew assembleRelease
      - name: upload apk
        env:
          # временно, пока секреты org не настроены (Тыгын)
          GH_TOKEN: @@s@@
        run: gh release upload "${GITHUB_REF_NAME}" app/build/outputs/apk/release/*.apk
""", gh)

add("blind-ly/yaml/decoy-actions-secrets", ".github/workflows/ci.yml", GHA, r"""
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DB_PASSWORD: ${{ secrets.GRADING_DB_PASSWORD }}
      GH_TOKEN: ${{ github.token }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements.txt && pytest -q
""")

gl = gitlab_token()
add("blind-ly/toml/gitlab-token", "tools/lotctl/lotctl.toml", TOML, r"""
# lotctl — выгрузка партий в GitLab issues (учёт брака)
[gitlab]
url = "https://gitlab.almazkyrya.local"
project = "ogranka/brak"
token = "@@s@@"

[defaults]
label = "брак"
assignee = "sardaana"
""", gl)

add("blind-ly/toml/decoy-cargo-checksum", "tools/weigh/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "serialport"
version = "4.3.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h1@@"

[[package]]
name = "weigh"
version = "0.2.1"
dependencies = ["serialport"]

[[package]]
name = "crc"
version = "3.0.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h2@@"
""", h1=sha256(), h2=sha256())

pw = rand_pw(20)
add("blind-ly/rust/serial-scale-mqtt", "tools/weigh/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/", r"""
// Весы Sartorius -> MQTT (цех). Ыйааһын = вес.
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

fn main() {
    let mut opts = MqttOptions::new("weigh-01", "10.20.4.8", 1883);
    opts.set_credentials("scale", "@@s@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    std::thread::spawn(move || for _ in conn.iter() {});
    let grams = read_scale().expect("весы не отвечают");
    client.publish("ceh/scale/01", QoS::AtLeastOnce, false, format!("{grams:.4}")).unwrap();
}

fn read_scale() -> Option<f64> { Some(0.2031) }
""", pw)

add("blind-ly/csv/decoy-lot-ids", "exports/lots-2026-11.csv", CSV, r"""
lot_id,kp_certificate,carats,color,clarity,sarine_hash
AK-2611-001,RU-KP-0918237,1.02,F,VS1,@@h1@@
AK-2611-002,RU-KP-0918238,0.71,G,VVS2,@@h2@@
AK-2611-003,RU-KP-0918239,2.15,H,SI1,@@h3@@
AK-2611-004,RU-KP-0918240,0.50,E,IF,@@h4@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

smtp_pw = rand_pw(16)
add("blind-ly/python/smtp-password", "export-docs/mail_invoices.py", SMTP, r"""
import smtplib
from email.message import EmailMessage

# Счета покупателям. Почта на Яндекс 360 (пароль приложения).
SMTP_HOST = "smtp.yandex.ru"
SMTP_USER = "export@almazkyrya.ru"
SMTP_PASS = "@@s@@"


def send(to: str, pdf: bytes, lot: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Invoice {lot}"
    msg.set_content("Please find the invoice attached. / Счёт во вложении.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{lot}.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", smtp_pw)

add("blind-ly/log/decoy-masked-login", "logs/mail_invoices-2026-11-30.log", LOG, r"""
2026-11-30 09:12:01,114 INFO  connecting smtp.yandex.ru:465 as export@almazkyrya.ru
2026-11-30 09:12:01,502 INFO  AUTH LOGIN user=export@almazkyrya.ru pass=****************
2026-11-30 09:12:02,019 INFO  sent invoice AK-2611-001 to buyer@antwerp-trade.be
2026-11-30 09:12:02,877 INFO  sent invoice AK-2611-002 to orders@dxb-gems.ae
2026-11-30 09:12:03,001 WARN  AK-2611-003: no KP certificate yet, skipped
2026-11-30 09:12:03,002 INFO  done: 2 sent, 1 skipped
""")

bx = bitrix_webhook()
add("blind-ly/python/bitrix-webhook", "crm/sync_orders.py", "https://apidocs.bitrix24.com/local-integrations/local-webhooks.html", r"""
# Заказы с сайта -> сделки в Битрикс24
import requests

B24 = "@@s@@"


def create_deal(order):
    r = requests.post(B24 + "crm.deal.add.json", json={
        "fields": {
            "TITLE": f"Заказ {order['id']}",
            "OPPORTUNITY": order["total"],
            "CURRENCY_ID": "RUB",
        }
    }, timeout=15)
    r.raise_for_status()
    return r.json()["result"]
""", bx)

add("blind-ly/markdown/decoy-bitrix-doc-example", "crm/README.md", MD, r"""
# crm — синхронизация с Битрикс24

Вебхук создаётся в Битрикс24: *Разработчикам → Другое → Входящий вебхук*.
Формат адреса (пример из документации):

    https://your-domain.bitrix24.ru/rest/1/xxxxxxxxxxxxxxxx/

Настоящий адрес кладём в переменную `B24_WEBHOOK` (Bitwarden → «CRM»).
Бу адреһы кимиэхэ да биэримэ — кто знает адрес, тот читает все сделки.
""")

dj = fakes.django_secret_key(_seed())
add("blind-ly/python/django-secret-key", "site-admin/almaz_admin/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@s@@"

DEBUG = False
ALLOWED_HOSTS = ["admin.almazkyrya.ru"]
LANGUAGE_CODE = "ru"
TIME_ZONE = "Asia/Yakutsk"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "lots",
    "buyers",
]
""", dj)

add("blind-ly/python/decoy-django-insecure-dev", "site-admin/almaz_admin/settings_dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r"""
from .settings import *  # noqa

# Только локально! Сайын-кыһын бу ключ ненастоящий.
SECRET_KEY = "django-insecure-dev-only-change-me"
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
""")

key = pem("OPENSSH")
add("blind-ly/yaml/ssh-key-ansible-vars", "ansible/group_vars/cutting_stations.yml", ANS, r"""
# Станции огранки (Windows + WSL). Деплой ключ для git pull планировщика.
station_user: cutter
planner_repo: git@gitlab.almazkyrya.local:ogranka/cutting-planner.git
planner_deploy_key: |
@@k@@
planner_version: "2.8.1"
""", key, k=indent(key, 2))

add("blind-ly/yaml/decoy-ansible-vault", "ansible/group_vars/vault_server.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r"""
vault_server_ip: 10.20.4.30
vault_admin_user: smena_admin
vault_admin_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(36))

pw = words_pw()
add("blind-ly/powershell/securestring-plain", "scripts/Backup-RigData.ps1", PS, r"""
# Бэкап базы стенда на NAS. Запускается планировщиком в 02:00.
$ErrorActionPreference = "Stop"
$nasUser = "ALMAZ\backup_svc"
$nasPass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($nasUser, $nasPass)

New-PSDrive -Name NAS -PSProvider FileSystem -Root "\\10.20.4.5\backup" -Credential $cred | Out-Null
$stamp = Get-Date -Format "yyyyMMdd"
Copy-Item "C:\RigData\rig.bak" "NAS:\rig\rig-$stamp.bak"
Write-Host "Бэкап бэлэм: rig-$stamp.bak"
""", pw)

add("blind-ly/powershell/decoy-credential-manager", "scripts/Backup-RigData.v2.ps1", PS, r"""
# v2: учётка берётся из Windows Credential Manager (модуль CredentialManager)
$ErrorActionPreference = "Stop"
$cred = Get-StoredCredential -Target "almaz-nas-backup"
if (-not $cred) { throw "Нет учётки almaz-nas-backup — добавь через cmdkey" }
New-PSDrive -Name NAS -PSProvider FileSystem -Root "\\10.20.4.5\backup" -Credential $cred | Out-Null
Copy-Item "C:\RigData\rig.bak" "NAS:\rig\rig-$(Get-Date -Format yyyyMMdd).bak"
""")

# ---------------------------------------------------------------- Lena Muus Suol: dispatch, ice roads

pw = rand_pw(24)
add("blind-ly/compose/postgres-password", "dispatch/docker-compose.yml", COMPOSE, r"""
# Диспетчерская зимника (Дьокуускай — Хандыга — Томмот)
services:
  db:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@s@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://dispatch@db:5432/dispatch
    ports: ["8080:8080"]
    depends_on: [db]
volumes:
  pgdata: {}
""", pw)

add("blind-ly/compose/decoy-env-file", "dispatch/docker-compose.prod.yml", COMPOSE, r"""
services:
  db:
    image: postgis/postgis:16-3.4
    env_file: /etc/lenamuus/dispatch-db.env   # на сервере, не в git
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?задай POSTGRES_PASSWORD}
  api:
    image: registry.lenamuus.ru/dispatch-api:1.14.0
    environment:
      DATABASE_URL: ${DATABASE_URL}
""")

pw = rand_pw(20)
add("blind-ly/env/database-url", "dispatch/api/.env", ENV, r"""
# Муус суол — API диспетчерской
PORT=8080
TZ=Asia/Yakutsk
DATABASE_URL=postgres://dispatch:@@s@@@10.40.1.10:5432/dispatch?sslmode=require
ICE_THICKNESS_MIN_CM=70
MAX_AXLE_LOAD_T=10
""", pw)

tok = telegram()
add("blind-ly/env/telegram-driver-bot", "driver-bot/.env", TG, r"""
# Бот суоппардарга (водителям): статус зимника, пост ГИБДД, погода
TELEGRAM_BOT_TOKEN=@@s@@
ADMIN_CHAT_ID=-1002141133790
ROAD_STATUS_URL=http://10.40.1.12:8080/api/roads
LANG_DEFAULT=sah
""", tok)

add("blind-ly/env/decoy-empty-token", "driver-bot/.env.sample", ENV, r"""
# Токен ыл @BotFather-тан (получи у @BotFather) и вставь сюда локально
TELEGRAM_BOT_TOKEN=
ADMIN_CHAT_ID=-1002141133790
ROAD_STATUS_URL=http://localhost:8080/api/roads
LANG_DEFAULT=sah
""")

add("blind-ly/python/decoy-bot-token-format-doc", "driver-bot/bot/settings.py", TG, r"""
import os
import re

# формат токена: <bot_id>:<35 символов>, например 123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TOKEN_RE = re.compile(r"^\d{8,10}:[A-Za-z0-9_-]{35}$")

TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "")
if not TOKEN_RE.match(TOKEN):
    raise SystemExit("TELEGRAM_BOT_TOKEN суох эбэтэр сыыһа (нет или неверный)")
""")

tok = telegram()
add("blind-ly/python/telegram-token-split", "driver-bot/bot/alerts.py", TG, r"""
# Оповещения о закрытии переправ (пишет в канал @lenamuus_roads)
import httpx

# токен разбит, чтобы "не светился" в поиске — Кустук, 2025
TOKEN = ("@@a@@"
         "@@b@@")
CHANNEL = "@lenamuus_roads"


async def post(text: str) -> None:
    async with httpx.AsyncClient(timeout=10) as c:
        await c.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                     json={"chat_id": CHANNEL, "text": text, "parse_mode": "HTML"})
""", tok, a=tok[:20], b=tok[20:])

pw = rand_pw(16)
add("blind-ly/java/jdbc-password", "ticketing/src/main/java/ru/lenamuus/ferry/db/Db.java", JAVA, r"""
package ru.lenamuus.ferry.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Билеты на паром Дьокуускай — Нижний Бестях. */
public final class Db {
    private static final String URL = "jdbc:postgresql://10.40.2.20:5432/ferry";
    private static final String USER = "ferry_app";
    private static final String PASSWORD = "@@s@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", pw)

pw = rand_pw(18)
add("blind-ly/properties/spring-datasource", "ticketing/src/main/resources/application-prod.properties", SPRING, r"""
# Паром: прод (сезон май—октябрь)
server.port=8090
spring.datasource.url=jdbc:postgresql://10.40.2.20:5432/ferry
spring.datasource.username=ferry_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
ferry.crossing.minutes=25
ferry.vehicle.max-tonnage=40
""", pw)

add("blind-ly/properties/decoy-spring-placeholder", "ticketing/src/main/resources/application.properties", SPRING, r"""
server.port=8090
spring.datasource.url=${FERRY_DB_URL:jdbc:postgresql://localhost:5432/ferry}
spring.datasource.username=${FERRY_DB_USER:ferry_app}
spring.datasource.password=${FERRY_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
# Өрүс муустанар (ледостав) — сезон закрывается автоматически
ferry.season.close-below-celsius=-5
""")

ak, sk = aws_pair()
add("blind-ly/terraform/aws-provider-keys", "infra/tracker-archive/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r"""
# Архив GPS-треков (Glonass/GPS) — холодное хранилище
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@ak@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "tracks" {
  bucket = "lenamuus-gps-tracks"
}

resource "aws_s3_bucket_lifecycle_configuration" "tracks" {
  bucket = aws_s3_bucket.tracks.id
  rule {
    id     = "glacier-after-90"
    status = "Enabled"
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}
""", sk, ak=ak)

add("blind-ly/terraform/decoy-variable-sensitive", "infra/yc/variables.tf", TF, r"""
variable "yc_token" {
  description = "OAuth/IAM токен Yandex Cloud (export TF_VAR_yc_token=$(yc iam create-token))"
  type        = string
  sensitive   = true
}

variable "folder_id" {
  type    = string
  default = "b1g7q2m9r0k3s5t8u1v4"
}

variable "db_password" {
  type      = string
  sensitive = true
}
""")

yk = yc_api_key()
add("blind-ly/terraform/yandex-api-key-tfvars", "infra/yc/terraform.tfvars", TF, r"""
cloud_id   = "b1gk4q8t2m6p0r3s9v1w"
folder_id  = "b1g7q2m9r0k3s5t8u1v4"
zone       = "ru-central1-a"
# сервисный аккаунт tf-deployer, ключ создан 2026-10-02
yc_api_key = "@@s@@"
ferry_vm_count = 2
""", yk)

iam = yc_iam_token()
add("blind-ly/shell-history/yc-iam-token", "ops/notes/aiyy-bash_history.txt", HIST, r"""
yc config list
yc compute instance list --folder-id b1g7q2m9r0k3s5t8u1v4
yc iam create-token
curl -H "Authorization: Bearer @@s@@" https://compute.api.cloud.yandex.net/compute/v1/instances?folderId=b1g7q2m9r0k3s5t8u1v4
yc compute instance stop ferry-tickets-2
history | tail
""", iam)

add("blind-ly/shell/decoy-yc-token-subshell", "ops/scripts/stop-ferry-vms.sh", "https://yandex.cloud/en/docs/iam/operations/iam-token/create", r"""
#!/bin/sh
# Паром сезонун кэнниттэн (после сезона) гасим ВМ билетов
set -eu
IAM_TOKEN="$(yc iam create-token)"
FOLDER=b1g7q2m9r0k3s5t8u1v4
for id in $(yc compute instance list --folder-id "$FOLDER" --format json | jq -r '.[] | select(.name|startswith("ferry-")) | .id'); do
  curl -s -X POST -H "Authorization: Bearer ${IAM_TOKEN}" \
    "https://compute.api.cloud.yandex.net/compute/v1/instances/${id}:stop"
done
""")

pw = words_pw()
add("blind-ly/yaml/gps-tracker-config", "trackers/wialon-retranslator.yaml", "https://help.wialon.com/en/wialon-hosting/user-guide/management-system/retranslators", r"""
# Ретранслятор треков грузовиков (Wialon -> наша диспетчерская)
source:
  type: wialon_ips
  host: 0.0.0.0
  port: 20332
target:
  url: https://dispatch.lenamuus.ru/api/tracks
  auth:
    user: wialon_rt
    password: "@@s@@"
trucks:
  - { plate: "Т 214 КМ 14", imei: "864893031129004" }
  - { plate: "Т 377 ЕР 14", imei: "864893031130211" }
  - { plate: "А 902 ОУ 14", imei: "864893031131975" }
""", pw)

add("blind-ly/csv/decoy-imei-list", "trackers/fleet.csv", CSV, r"""
plate,model,imei,sim_iccid,driver
Т 214 КМ 14,КАМАЗ-65115,864893031129004,8970199210301234567,Аммосов Н.
Т 377 ЕР 14,Shacman X3000,864893031130211,8970199210301234568,Попов Д.
А 902 ОУ 14,Урал-4320,864893031131975,8970199210301234569,Слепцов В.
К 118 ТТ 14,Howo T5G,864893031133310,8970199210301234570,Егоров А.
""")

mb = mapbox_sk()
add("blind-ly/swift/mapbox-secret-token", "DriverApp/DriverApp/MapConfig.swift", "https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens", r"""
import Foundation

// Оффлайн-карты зимников: скачиваем тайлы при наличии связи.
// ВНИМАНИЕ: это секретный (sk.) токен для загрузки тайлов — Ойуун, убрать!
enum MapConfig {
    static let downloadToken = "@@s@@"
    static let styleURL = URL(string: "mapbox://styles/lenamuus/clz0winterroads")!
    static let offlineRegions = ["yakutsk-khandyga", "khandyga-ust-nera", "yakutsk-mirny"]
}
""", mb)

add("blind-ly/swift/decoy-mapbox-public", "DriverApp/DriverApp/Info.plist", "https://docs.mapbox.com/help/glossary/access-token/", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Муус Суол</string>
    <key>MBXAccessToken</key>
    <string>pk.eyJ1IjoibGVuYW11dXMiLCJhIjoiY2x6MHB1YmxpYzAwMWsycHM0In0.@@t@@</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Нужно для показа вашего грузовика на карте зимника</string>
</dict>
</plist>
""", t=fakes.drawn(_seed(), 22, ALNUM + "-_"))

sg = sendgrid_key()
add("blind-ly/typescript/sendgrid-key", "ticketing-web/src/mail.ts", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", r"""
import sgMail from "@sendgrid/mail";

// Электронные билеты на паром (PDF + QR)
sgMail.setApiKey("@@s@@");

export async function sendTicket(to: string, pdf: Buffer, code: string): Promise<void> {
  await sgMail.send({
    to,
    from: "tickets@lenamuus.ru",
    subject: `Билет на паром ${code} / Паром билиэтэ`,
    text: "Билет во вложении. Посадка за 30 минут до отправления.",
    attachments: [{ content: pdf.toString("base64"), filename: `${code}.pdf`, type: "application/pdf" }],
  });
}
""", sg)

add("blind-ly/typescript/decoy-config-schema", "ticketing-web/src/config.ts", NODE, r"""
import { z } from "zod";

const Env = z.object({
  SENDGRID_API_KEY: z.string().startsWith("SG."),
  FERRY_API_URL: z.string().url().default("https://api.lenamuus.ru/ferry"),
  QR_SECRET: z.string().min(32),
});

// кистэлэҥнэр env-тан эрэ (секреты только из окружения)
export const config = Env.parse(process.env);
""")

qr = jwt_secret()
add("blind-ly/typescript/jwt-hmac-secret", "ticketing-web/src/qr.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", r"""
import jwt from "jsonwebtoken";

// QR на билете: подписанный JWT, проверяется сканером у трапа
const QR_SECRET = "@@s@@";

export function ticketQr(ticketId: string, plate?: string): string {
  return jwt.sign({ t: ticketId, p: plate ?? null }, QR_SECRET, { expiresIn: "2d" });
}

export function verifyQr(token: string) {
  return jwt.verify(token, QR_SECRET);
}
""", qr)

add("blind-ly/json/decoy-jwt-in-fixture", "ticketing-web/test/fixtures/ticket.json", "https://www.rfc-editor.org/rfc/rfc7519", r"""
{
  "_comment": "фикстура: токен подписан тестовым ключом 'test-only', не боевой",
  "ticketId": "LB-2026-07-14-0193",
  "plate": "Т 214 КМ 14",
  "qr": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0IjoiTEItMjAyNi0wNy0xNC0wMTkzIiwicCI6bnVsbH0.5a1cDkZxR9m3e6QJt1nHl0b8sVw2uYfT4gOqKpXyBcE",
  "expectedValid": false
}
""")

rp = rand_pw(20)
add("blind-ly/python/amqp-url", "dispatch/workers/ice_reports.py", "https://www.rabbitmq.com/docs/uri-spec", r"""
# Замеры толщины льда с постов -> очередь -> диспетчерская
import json

import pika

AMQP_URL = "amqp://icepost:@@s@@@10.40.1.14:5672/zimnik"


def publish(post_id: str, km: int, thickness_cm: int) -> None:
    conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    ch = conn.channel()
    ch.queue_declare("ice.measurements", durable=True)
    ch.basic_publish("", "ice.measurements", json.dumps({"post": post_id, "km": km, "cm": thickness_cm}))
    conn.close()


if __name__ == "__main__":
    publish("Хандыга-2", 187, 92)  # муус халыҥа 92 см
""", rp)

add("blind-ly/yaml/decoy-amqp-localhost-guest", "dispatch/workers/docker-compose.dev.yml", "https://www.rabbitmq.com/docs/access-control#default-state", r"""
# локальная разработка: стандартный guest/guest работает только с localhost
services:
  rabbit:
    image: rabbitmq:3.13-management
    ports: ["5672:5672", "15672:15672"]
  worker:
    build: .
    environment:
      AMQP_URL: amqp://guest:guest@localhost:5672/
""")

rd = fakes.redis_password(_seed())
add("blind-ly/go/redis-password", "dispatch/road-status/cache.go", "https://redis.uptrace.dev/guide/go-redis.html", r"""
package main

import "github.com/redis/go-redis/v9"

// Кэш статусов участков зимника (открыт / закрыт / ограничение тоннажа)
func newCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.40.1.13:6379",
		Password: "@@s@@",
		DB:       2,
	})
}
""", rd)

add("blind-ly/go/decoy-test-password", "dispatch/road-status/cache_test.go", "https://pkg.go.dev/testing", r"""
package main

import "testing"

// miniredis в тестах; пароль тут фиктивный, сервер поднимается в памяти.
const testPassword = "not-a-real-password"

func TestStatusRoundTrip(t *testing.T) {
	srv := startMiniredis(t, testPassword)
	defer srv.Close()
	if got := roundTrip(t, srv.Addr(), testPassword, "khandyga-km187", "open"); got != "open" {
		t.Fatalf("статус: %q", got)
	}
}
""")

# ---------------------------------------------------------------- ferry and fleet: deploy, CI, packaging

pw = rand_pw(20, "!#%")
add("blind-ly/k8s-secret/stringdata-password", "k8s/ferry/tickets-db-secret.yaml", K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: ferry-tickets-db
  namespace: ferry
type: Opaque
stringData:
  username: ferry_app
  password: "@@s@@"
  host: 10.40.2.20
  port: "5432"
""", pw)

dc_pw = rand_pw(24)
auth = b64("lenamuus-ci:" + dc_pw)
dcj = json.dumps({"auths": {"registry.lenamuus.ru": {"auth": auth}}})
add("blind-ly/k8s-secret/dockerconfigjson", "k8s/ferry/regcred.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ferry
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", auth, enc=b64(dcj))

add("blind-ly/k8s/decoy-secret-key-ref", "k8s/ferry/tickets-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ferry-tickets
  namespace: ferry
spec:
  replicas: 2
  selector:
    matchLabels: { app: ferry-tickets }
  template:
    metadata:
      labels: { app: ferry-tickets }
    spec:
      imagePullSecrets: [{ name: regcred }]
      containers:
        - name: api
          image: registry.lenamuus.ru/ferry-tickets:3.2.0
          env:
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef: { name: ferry-tickets-db, key: password }
            - name: SPRING_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef: { name: ferry-tickets-db, key: username }
""")

add("blind-ly/k8s-secret/decoy-empty-data", "k8s/ferry/sms-secret.template.yaml", K8S, r"""
# Шаблон: заполняется в CI из Vault (ci/render-secrets.sh). Пусто — это норма.
apiVersion: v1
kind: Secret
metadata:
  name: sms-gateway
  namespace: ferry
type: Opaque
data:
  SMS_API_ID: ""
  SMS_LOGIN: ""
""")

smsid = fakes.uuid4(_seed()).upper()
add("blind-ly/helm/sms-api-key-values", "helm/ferry-notify/values-prod.yaml", HELM, r"""
# СМС пассажирам: отмена рейса из-за ледохода / шуги
replicaCount: 1
image:
  repository: registry.lenamuus.ru/ferry-notify
  tag: "0.9.4"
sms:
  provider: smsru
  apiId: "@@s@@"
  sender: LenaMuus
  templates:
    cancelled: "Паром {time} отменён (шуга). Билет вернём за 3 дня."
    delayed: "Паром {time} задерживается на {minutes} мин."
""", smsid)

add("blind-ly/helm/decoy-existing-secret", "helm/ferry-notify/values.yaml", HELM, r"""
replicaCount: 1
image:
  repository: registry.lenamuus.ru/ferry-notify
  tag: "0.9.4"
sms:
  provider: smsru
  # apiId не задаём здесь: берётся из существующего секрета
  existingSecret: sms-gateway
  existingSecretKey: SMS_API_ID
  sender: LenaMuus
""")

gl = gitlab_token()
add("blind-ly/gitlab-ci/registry-token", ".gitlab-ci.yml", GLCI, r"""
stages: [build, deploy]

variables:
  IMAGE: registry.lenamuus.ru/dispatch-api
  # TODO перенести в CI/CD variables (masked) — Тыгын
  DEPLOY_TOKEN: "@@s@@"

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$DEPLOY_TOKEN" | docker login registry.lenamuus.ru -u deploy --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - helm upgrade --install dispatch ./helm/dispatch --set image.tag=$CI_COMMIT_SHORT_SHA
  only: [main]
""", gl)

add("blind-ly/gitlab-ci/decoy-masked-variable", "ci/templates/docker-build.gitlab-ci.yml", GLCI, r"""
.docker-build:
  image: docker:27
  services: [docker:27-dind]
  before_script:
    # CI_REGISTRY_PASSWORD выдаёт GitLab на каждый job
    - echo "$CI_REGISTRY_PASSWORD" | docker login "$CI_REGISTRY" -u "$CI_REGISTRY_USER" --password-stdin
  script:
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

pw = rand_pw(16)
add("blind-ly/dockerfile/arg-password", "dispatch/api/Dockerfile", DOCKERFILE, r"""
FROM python:3.12-slim
WORKDIR /app
# приватный индекс пакетов (nexus в офисе на Орджоникидзе)
ARG PIP_INDEX_URL=https://ci:@@s@@@nexus.lenamuus.ru/repository/pypi/simple
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Asia/Yakutsk
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8080"]
""", pw)

add("blind-ly/dockerfile/decoy-build-secret-mount", "ticketing-web/Dockerfile", "https://docs.docker.com/build/building/secrets/", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json .npmrc.template ./
# токен npm приходит как build secret: docker build --secret id=npm,env=NPM_TOKEN .
RUN --mount=type=secret,id=npm,env=NPM_TOKEN \
    sed "s/\${NPM_TOKEN}/$NPM_TOKEN/" .npmrc.template > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

npm = fakes.fake("npm_", 36, _seed())
add("blind-ly/npmrc/npm-token", "ticketing-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r"""
@lenamuus:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
audit-level=high
""", npm)

add("blind-ly/npmrc/decoy-env-interpolation", "ticketing-web/.npmrc.template", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#files", r"""
@lenamuus:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
# npm подставит NPM_TOKEN из окружения
""")

pypi = fakes.pypi_token(_seed())
add("blind-ly/pypirc/pypi-token", "libs/yakut-translit/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r"""
[distutils]
index-servers =
    pypi

[pypi]
# sakha-translit: транслитерация якутских имён для накладных (ҕ, ҥ, ө, һ, ү)
username = __token__
password = @@s@@
""", pypi)

add("blind-ly/toml/decoy-pyproject", "libs/yakut-translit/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", r"""
[project]
name = "sakha-translit"
version = "0.4.2"
description = "Транслитерация якутских букв (ҕ ҥ ө һ ү) для накладных и ТТН"
authors = [{ name = "Lena Muus Suol IT", email = "it@lenamuus.ru" }]
requires-python = ">=3.9"

[tool.hatch.publish.index]
# токен берётся из PYPI_TOKEN (hatch publish -u __token__ -a "$PYPI_TOKEN")
disable = false
""")

pw = rand_pw(18)
add("blind-ly/netrc/machine-password", "ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", r"""
# ~/.netrc на сервере отчётов (ттн, путевые листы)
machine nexus.lenamuus.ru
  login ci
  password @@s@@
machine ftp.gibdd-yakutia.example
  login anonymous
  password guest@
""", pw)

tok = fakes.github_fine_grained_token(_seed())
add("blind-ly/git-credentials/fine-grained-pat", "ops/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", r"""
https://tygyn-lenamuus:@@s@@@github.com
https://deploy:REDACTED@gitlab.lenamuus.ru
# ^ gitlab — уже отозван (отозван 2026-09), github — активный
# Бу файлы серверга эрэ (только на сервере сборок)
""" + "\n", tok)

pw = words_pw()
add("blind-ly/curl/basic-auth-command", "ops/notes/1c-export.md", "https://curl.se/docs/manpage.html#-u", r"""
# Выгрузка путевых листов из 1С

1С публикует HTTP-сервис на `http://1c.lenamuus.local/ut/hs/waybills`.
Проверка вручную:

```bash
curl -u obmen:@@s@@ \
  "http://1c.lenamuus.local/ut/hs/waybills?date=2026-12-01" -o waybills.json
```

Учётка `obmen` — только чтение. Бу тылы Сардаана эрэ билэр.
""", pw)

basic = b64("dispatch_rt:" + rand_pw(16))
add("blind-ly/python/basic-header-literal", "dispatch/workers/onec_pull.py", "https://www.rfc-editor.org/rfc/rfc7617", r"""
# Забираем путевые листы из 1С каждые 10 минут
import requests

HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}


def pull(date: str):
    r = requests.get("http://1c.lenamuus.local/ut/hs/waybills", params={"date": date}, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
""", basic)

add("blind-ly/nginx/decoy-htpasswd-hash", "ops/nginx/htpasswd.dispatch", NGINX, r"""
# htpasswd -B (bcrypt) — хэши, не пароли
aiyy:$2y$10$@@h1@@
kustuk:$2y$10$@@h2@@
sardaana:$2y$10$@@h3@@
tygyn:$2y$10$@@h4@@
dispatch_ro:$apr1$@@salt@@$@@h5@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"),
    salt=fakes.drawn(_seed(), 8, ALNUM), h5=fakes.drawn(_seed(), 22, ALNUM + "./"))

add("blind-ly/nginx/decoy-site-config", "ops/nginx/dispatch.conf", NGINX, r"""
server {
    listen 443 ssl;
    server_name dispatch.lenamuus.ru;
    ssl_certificate     /etc/letsencrypt/live/dispatch.lenamuus.ru/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/dispatch.lenamuus.ru/privkey.pem;

    location / {
        auth_basic "Муус суол диспетчерская";
        auth_basic_user_file /etc/nginx/htpasswd.dispatch;
        proxy_pass http://127.0.0.1:8080;
    }
}
""")

key = pem("EC")
add("blind-ly/pem/ec-key-in-env", "ops/ferry-gate/.env.gate", ENV, r"""
# Турникет на трапе парома: ключ подписи отчётов для Речного регистра
GATE_ID=NB-TRAP-1
GATE_SIGNING_KEY="@@k@@"
REPORT_URL=https://api.lenamuus.ru/ferry/gate-reports
""", key, k=key)

add("blind-ly/pem/decoy-certificate-chain", "ops/ferry-gate/ca-chain.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-5", r"""
# корневой сертификат внутреннего УЦ Lena Muus (публичный, можно раздавать)
-----BEGIN CERTIFICATE-----
@@c@@
-----END CERTIFICATE-----
""", c="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(8)))

oa = fakes.openai_key(_seed())
add("blind-ly/notebook/openai-key", "analytics/notebooks/ice-reports-summary.ipynb", NB, r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Сводка по льду: постовые заметки (саха/рус) → краткий отчёт"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@s@@\")\n",
    "notes = open('posts-2026-12.txt', encoding='utf-8').read()\n",
    "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Кылгатан суруй: ' + notes}])\n",
    "print(resp.choices[0].message.content)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", oa)

add("blind-ly/notebook/decoy-getpass", "analytics/notebooks/ferry-load-2026.ipynb", NB, r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg\n",
    "pw = getpass.getpass('пароль ferry_ro: ')\n",
    "conn = psycopg.connect(host='10.40.2.20', dbname='ferry', user='ferry_ro', password=pw)\n",
    "df = pd.read_sql('select trip_date, vehicles, passengers from trips', conn)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

pw = rand_pw(14)
add("blind-ly/sql/create-role-password", "db/migrations/0042_reporting_role.sql", SQL, r"""
-- Роль для Power BI (отчёты по перевозкам грузов по зимнику)
CREATE ROLE reporting LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE dispatch TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON trips, trucks, road_segments, ice_measurements TO reporting;
-- Ойуун: пароль передан в BI-отдел устно
""", pw)

add("blind-ly/sql/decoy-md5-role", "db/dump/roles.sql", SQL, r"""
--
-- PostgreSQL database cluster dump (роли)
--
CREATE ROLE dispatch;
ALTER ROLE dispatch WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
CREATE ROLE reporting;
ALTER ROLE reporting WITH LOGIN PASSWORD 'md5@@md5@@';
""", salt=b64(fakes.drawn(_seed(), 16)), k1=b64(fakes.drawn(_seed(), 32))[:43] + "=", k2=b64(fakes.drawn(_seed(), 32))[:43] + "=", md5=hexs(32))

# ---------------------------------------------------------------- notes, wikis, chats, logs

pw = words_pw()
add("blind-ly/markdown/wiki-table-password", "wiki/ferry/equipment.md", MD, r"""
# Паром «Өлүөнэ-2» — оборудование

| Устройство | Адрес | Логин | Пароль |
|---|---|---|---|
| Роутер Mikrotik (рубка) | 192.168.88.1 | admin | см. Bitwarden |
| Радар Furuno, веб-панель | 192.168.88.20 | service | `@@s@@` |
| Камера трапа | 192.168.88.31 | viewer | (без пароля, только LAN) |

Көрдөһүү: пароль радара капитану эрэ (только капитану и механику).
""", pw)

add("blind-ly/markdown/decoy-table-vault-paths", "wiki/ferry/equipment-olyone-3.md", MD, r"""
# Паром «Өлүөнэ-3» — оборудование

| Устройство | Адрес | Логин | Пароль |
|---|---|---|---|
| Роутер Mikrotik | 192.168.89.1 | admin | `vault kv get ferry/olyone3/router` |
| Радар JRC | 192.168.89.20 | service | `vault kv get ferry/olyone3/radar` |
| Эхолот | 192.168.89.25 | — | нет пароля |

Пароллар Vault-ка эрэ (пароли только в Vault).
""")

pw = rand_pw(12)
add("blind-ly/text/chat-export-password", "ops/notes/chat-export-dispatch-2026-01-14.txt", "https://telegram.org/blog/export-and-more", r"""
[14.01.2026 06:12] Айаал: зимник Хандыга км 187 закрыт, промоина
[14.01.2026 06:13] Сардаана: принято, ставлю в статус
[14.01.2026 06:20] Кустук: кто может зайти в панель весов на посту Тээхтир?
[14.01.2026 06:21] Тыгын: логин vesy, пароль @@s@@
[14.01.2026 06:21] Тыгын: после смены уларыт (поменяй)
[14.01.2026 06:40] Кустук: сөп, зашёл, весы работают
""", pw)

add("blind-ly/text/decoy-chat-redacted", "ops/notes/chat-export-dispatch-2026-02-03.txt", "https://telegram.org/blog/export-and-more", r"""
[03.02.2026 05:58] Айаал: Томмот — Хандыга открыт до 30 т
[03.02.2026 06:05] Кустук: дайте пароль от панели весов
[03.02.2026 06:06] Сардаана: [удалено администратором]
[03.02.2026 06:06] Сардаана: пароли в чат не пишем, бар Bitwarden-ка (есть в Bitwarden)
[03.02.2026 06:07] Кустук: сөп
""")

aws_k, aws_s = aws_pair()
add("blind-ly/log/aws-key-in-debug-log", "logs/tracker-archive-2026-10-05.log", LOG, r"""
2026-10-05T03:00:01+09:00 INFO  archive start bucket=lenamuus-gps-tracks
2026-10-05T03:00:01+09:00 DEBUG boto config: region=eu-central-1 key_id=@@k@@ secret=@@s@@
2026-10-05T03:00:04+09:00 INFO  uploaded tracks/2026-10-04.parquet (41.2 MiB)
2026-10-05T03:00:04+09:00 INFO  uploaded tracks/2026-10-04-ferry.parquet (2.9 MiB)
2026-10-05T03:00:05+09:00 INFO  archive done in 4.1s
""", aws_s, k=aws_k)

add("blind-ly/log/decoy-key-id-only", "logs/tracker-archive-2026-11-05.log", LOG, r"""
2026-11-05T03:00:01+09:00 INFO  archive start bucket=lenamuus-gps-tracks
2026-11-05T03:00:01+09:00 DEBUG boto config: region=eu-central-1 key_id=AKIA****************  secret=<hidden>
2026-11-05T03:00:03+09:00 INFO  uploaded tracks/2026-11-04.parquet (55.0 MiB)
2026-11-05T03:00:04+09:00 INFO  request id 7f3c1b2a-94e0-4d55-8a61-0c9b4e2f7a13
2026-11-05T03:00:04+09:00 INFO  archive done in 3.2s
""")

dw = discord_webhook()
add("blind-ly/python/discord-webhook", "community/weekly_post.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
# Сообщество водителей зимников: еженедельная сводка в Discord
import requests

HOOK = "@@s@@"

summary = {
    "content": "Нэдиэлэтээҕи сводка / недельная сводка",
    "embeds": [{"title": "Зимник Хандыга — Магадан", "description": "открыт, до 25 т, -48°C"}],
}
requests.post(HOOK, json=summary, timeout=10).raise_for_status()
""", dw)

pw = rand_pw(20)
add("blind-ly/yaml/mongo-uri", "trackers/ingest/config.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
# Сырые пакеты трекеров (до разбора). Кыһын ~4 млн пакетов/сут.
mongo:
  uri: mongodb://ingest:@@s@@@10.40.1.21:27017,10.40.1.22:27017/raw?replicaSet=rs0&authSource=admin
  collection: packets
listen:
  egts_port: 20629
  wialon_port: 20332
retention_days: 14
""", pw)

add("blind-ly/yaml/decoy-mongo-uri-placeholder", "trackers/ingest/config.example.yml", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
mongo:
  uri: mongodb://ingest:<password>@localhost:27017/raw?authSource=admin
  collection: packets
listen:
  egts_port: 20629
  wialon_port: 20332
retention_days: 14
""")

pw = rand_pw(22)
add("blind-ly/rst/install-guide-password", "docs/source/ferry-kiosk-install.rst", RST, r"""
Установка киоска самообслуживания (причал Нижний Бестях)
========================================================

1. Подключить терминал к сети причала (VLAN 40).
2. Войти под служебной учёткой::

      login: kiosk_setup
      password: @@s@@

3. Запустить ``kiosk-installer --site NB`` и дождаться надписи *Бэлэм*.
4. Распечатать тестовый билет.

.. note:: Учётка kiosk_setup отключается после установки всех киосков.
""", pw)

add("blind-ly/rst/decoy-install-guide-prompt", "docs/source/ferry-kiosk-update.rst", RST, r"""
Обновление киоска
=================

Скрипт спросит пароль служебной учётки::

   $ kiosk-update --site NB
   Password for kiosk_setup: ********

Пароль хранится в Bitwarden (коллекция «Паром / Киоски»).

.. warning:: Киоһы саҥардыы түүн эрэ (обновлять только ночью).
""")

tw = hexs(32)
add("blind-ly/csharp/twilio-auth-token", "FerryIvr/Program.cs", "https://www.twilio.com/docs/iam/credentials/api", r"""
using Twilio;
using Twilio.Rest.Api.V2010.Account;

// Автообзвон пассажиров при отмене рейса (для иностранцев, на англ.)
const string accountSid = "AC@@sid@@";
const string authToken = "@@s@@";
TwilioClient.Init(accountSid, authToken);

foreach (var phone in args)
{
    var call = CallResource.Create(
        twiml: new Twilio.Types.Twiml("<Response><Say>The ferry is cancelled due to ice drift.</Say></Response>"),
        to: new Twilio.Types.PhoneNumber(phone),
        from: new Twilio.Types.PhoneNumber("+14155550131"));
    Console.WriteLine($"{phone}: {call.Sid}");
}
""", tw, sid=hexs(32))

add("blind-ly/csharp/decoy-user-secrets", "FerryIvr/FerryIvr.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r"""
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- токены в dotnet user-secrets, не в коде -->
    <UserSecretsId>4b1e7c2d-9a30-4f6e-b8d1-2c5a7e0f9b34</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Twilio" Version="7.3.0" />
  </ItemGroup>
</Project>
""")

ak, sk = aws_pair()
add("blind-ly/env/aws-keys-export", "ops/scripts/env-archive.sh", AWSCLI, r"""
# source ./env-archive.sh перед ручным запуском архивации
export AWS_ACCESS_KEY_ID=@@ak@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-central-1
export ARCHIVE_BUCKET=lenamuus-gps-tracks
echo "архив: окружение готово (бэлэм)"
""", sk, ak=ak)

add("blind-ly/shell/decoy-aws-sso", "ops/scripts/env-archive-sso.sh", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r"""
# Теперь через SSO — ключей в файлах больше нет
aws sso login --profile lenamuus-archive
export AWS_PROFILE=lenamuus-archive
export ARCHIVE_BUCKET=lenamuus-gps-tracks
aws sts get-caller-identity
""")

pw = rand_pw(16)
add("blind-ly/xml/maven-settings-password", "ticketing/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings>
  <servers>
    <server>
      <id>lenamuus-nexus</id>
      <username>ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lenamuus-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lenamuus.ru/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw)

add("blind-ly/xml/decoy-maven-encrypted", "ticketing/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", r"""
<settings>
  <servers>
    <server>
      <id>lenamuus-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>lenamuus-releases</id>
      <username>ci</username>
      <!-- зашифровано mvn --encrypt-password, мастер-ключ на агенте -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

pw = words_pw()
add("blind-ly/ruby/database-yml", "site-admin-legacy/config/database.yml", RUBY, r"""
# Старая админка склада (Rails 5). Кырдьаҕас — не трогать без Тыгына.
production:
  adapter: postgresql
  encoding: unicode
  host: 10.20.4.11
  database: sklad
  username: sklad
  password: <%= ENV.fetch("SKLAD_DB_PASSWORD", "@@s@@") %>
  pool: 5
""", pw)

add("blind-ly/ruby/decoy-credentials-enc", "site-admin-legacy/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", r"""
@@a@@
@@b@@
@@c@@
@@d@@
@@e@@
""", a=fakes.drawn(_seed(), 76, ALNUM + "+/"), b=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 76, ALNUM + "+/"), d=fakes.drawn(_seed(), 60, ALNUM + "+/"),
    e="--" + fakes.drawn(_seed(), 16, ALNUM + "+/") + "--" + fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

gf = "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8)
add("blind-ly/python/grafana-service-token", "monitoring/push_annotations.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r"""
# Отметки на графиках: открытие/закрытие участков зимника
import requests

GRAFANA = "https://grafana.lenamuus.ru"
TOKEN = "@@s@@"


def annotate(text: str, tags: list[str]) -> None:
    requests.post(f"{GRAFANA}/api/annotations",
                  headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"text": text, "tags": tags}, timeout=10).raise_for_status()


annotate("Хандыга км 187: сабылынна (закрыт)", ["zimnik", "khandyga"])
""", gf)

add("blind-ly/yaml/decoy-grafana-provisioning", "monitoring/grafana/datasources.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r"""
apiVersion: 1
datasources:
  - name: dispatch-pg
    type: postgres
    url: 10.40.1.10:5432
    user: grafana_ro
    jsonData:
      database: dispatch
      sslmode: require
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
""")

tok = telegram()
add("blind-ly/yaml/alertmanager-telegram", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r"""
route:
  receiver: dispatch-tg
  group_wait: 30s
receivers:
  - name: dispatch-tg
    telegram_configs:
      - bot_token: "@@s@@"
        chat_id: -1002141133790
        parse_mode: HTML
        message: '{{ .CommonAnnotations.summary }} — Болҕой!'
""", tok)

add("blind-ly/yaml/decoy-alertmanager-file", "monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", r"""
route:
  receiver: dispatch-tg
receivers:
  - name: dispatch-tg
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/tg_token
        chat_id: -1002141133790
        parse_mode: HTML
""")

pw = rand_pw(16)
add("blind-ly/ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", r"""
[dispatch]
Description = Диспетчерская зимника (отчёты Excel)
Driver      = PostgreSQL Unicode
Servername  = 10.40.1.10
Port        = 5432
Database    = dispatch
Username    = excel_ro
Password    = @@s@@
SSLmode     = require
""", pw)

add("blind-ly/ini/decoy-pgpass-format-doc", "reports/README.txt", PG, r"""
Отчёты Excel подключаются через ODBC (odbc.ini).

Пароль НЕ пишем в odbc.ini на общих ПК — используем ~/.pgpass (%APPDATA%\postgresql\pgpass.conf):

    hostname:port:database:username:password
    10.40.1.10:5432:dispatch:excel_ro:*****

Ыйытыылар (вопросы) — к Айаалу.
""")

pw = rand_pw(12)
add("blind-ly/yaml/wifi-psk-netplan", "ferry-olyone2/netplan/01-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", r"""
# Wi-Fi для пассажиров отключён; это служебная сеть экипажа
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "OLYONE2-CREW":
          password: "@@s@@"
""", pw)

key = pem("OPENSSH")
add("blind-ly/pem/openssh-key-heredoc", "ops/scripts/bootstrap-gate-pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", r"""
#!/bin/bash
# Raspberry Pi на турникете: ключ для rsync отчётов на сервер
mkdir -p /home/pi/.ssh
cat > /home/pi/.ssh/id_gate <<'EOF'
@@s@@
EOF
chmod 600 /home/pi/.ssh/id_gate
echo "ключ бэлэм"
""", key)

add("blind-ly/text/decoy-ssh-pubkeys", "ops/ssh/authorized_keys", SSH, r"""
# доступ на сервер диспетчерской
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ aiyy@lenamuus
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ kustuk@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ gate-pi@olyone2
from="10.40.1.0/24" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ backup
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 360, ALNUM + "+/") + "=", k4=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- devices, networks, field kit

wg = b64(fakes.drawn(_seed(), 32))[:43] + "="
add("blind-ly/ini/wireguard-private-key", "ferry-olyone2/wg0.conf", "https://www.wireguard.com/quickstart/", r"""
# Паром -> офис, канал через Starlink
[Interface]
PrivateKey = @@s@@
Address = 10.99.0.12/32
DNS = 10.40.1.1

[Peer]
# офис, Дьокуускай
PublicKey = @@pub@@
Endpoint = vpn.lenamuus.ru:51820
AllowedIPs = 10.40.0.0/16
PersistentKeepalive = 25
""", wg, pub=b64(fakes.drawn(_seed(), 32))[:43] + "=")

add("blind-ly/ini/decoy-wireguard-peer-only", "ops/vpn/peers/olyone3.conf", "https://www.wireguard.com/quickstart/", r"""
# Пир парома «Өлүөнэ-3» на стороне офиса (только публичный ключ)
[Peer]
PublicKey = @@pub@@
AllowedIPs = 10.99.0.13/32
# PrivateKey хранится только на самом пароме
""", pub=b64(fakes.drawn(_seed(), 32))[:43] + "=")

pw = rand_pw(14)
add("blind-ly/c/arduino-mqtt-password", "firmware/ice-sensor/ice-sensor.ino", "https://pubsubclient.knolleary.net/api#connect", r"""
// Датчик толщины льда (ультразвук) на посту км 187. Муус халыҥа.
#include <WiFi.h>
#include <PubSubClient.h>

const char* MQTT_HOST = "10.40.1.8";
const char* MQTT_USER = "icesensor";
const char* MQTT_PASS = "@@s@@";

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("ice-km187", MQTT_USER, MQTT_PASS);
  int cm = readThicknessCm();
  mqtt.publish("zimnik/khandyga/km187/ice_cm", String(cm).c_str());
  delay(600000);
}
""", pw)

add("blind-ly/c/decoy-secrets-header-template", "firmware/ice-sensor/secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/editor/#secret-tab", r"""
// Скопируй в secrets.h (он в .gitignore) и заполни.
#pragma once
#define WIFI_SSID   "POST-KM187"
#define WIFI_PASS   "YOUR_WIFI_PASSWORD"
#define MQTT_USER   "icesensor"
#define MQTT_PASS   "YOUR_MQTT_PASSWORD"
""")

add("blind-ly/text/decoy-mosquitto-passwd", "ops/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
icesensor:$7$101$@@a@@$@@b@@
scale:$7$101$@@c@@$@@d@@
dispatch:$7$101$@@e@@$@@f@@
grafana:$7$101$@@g@@$@@h@@
wialon_rt:$7$101$@@i@@$@@j@@
""", a=b64(fakes.drawn(_seed(), 12)), b=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    c=b64(fakes.drawn(_seed(), 12)), d=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    e=b64(fakes.drawn(_seed(), 12)), f=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    g=b64(fakes.drawn(_seed(), 12)), h=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    i=b64(fakes.drawn(_seed(), 12)), j=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

pw = rand_pw(20)
add("blind-ly/conf/redis-requirepass", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", r"""
# Кэш статусов зимника
bind 10.40.1.13 127.0.0.1
port 6379
protected-mode yes
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
save 900 1
""", pw)

psk = hexs(64)
add("blind-ly/conf/zabbix-psk", "ops/zabbix/zabbix_agent2.d/psk.conf", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys", r"""
# агент на весовой Тээхтир
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-teekhtir-scale
# ключ прямо тут, т.к. файл psk на этой версии не читался (Айаал)
TLSPSK=@@s@@
""", psk)

add("blind-ly/conf/decoy-zabbix-psk-file", "ops/zabbix/zabbix_agent2.d/psk-ferry.conf", "https://www.zabbix.com/documentation/current/en/manual/encryption/using_pre_shared_keys", r"""
# агент на пароме Өлүөнэ-2
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-olyone2
TLSPSKFile=/etc/zabbix/olyone2.psk
""")

pw = words_pw()
add("blind-ly/ini/ansible-inventory-password", "ansible/inventory/weigh-posts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", r"""
# Весовые посты на зимнике (Windows, WinRM)
[weigh_posts]
teekhtir   ansible_host=10.41.3.10
tommot-km5 ansible_host=10.41.4.10

[weigh_posts:vars]
ansible_connection=winrm
ansible_user=post_admin
ansible_password=@@s@@
ansible_winrm_server_cert_validation=ignore
""", pw)

add("blind-ly/ini/decoy-ansible-inventory-lookup", "ansible/inventory/ferry.ini", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", r"""
[ferries]
olyone2 ansible_host=10.99.0.12
olyone3 ansible_host=10.99.0.13

[ferries:vars]
ansible_user=ferryops
ansible_become_password="{{ lookup('community.hashi_vault.hashi_vault', 'secret=ferry/data/ops:become') }}"
""")

pw = rand_pw(16)
add("blind-ly/systemd/environment-password", "ops/systemd/road-status.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r"""
[Unit]
Description=Road status API (муус суол туруга)
After=network-online.target

[Service]
User=roads
Environment=REDIS_URL=redis://:@@s@@@10.40.1.13:6379/2
Environment=TZ=Asia/Yakutsk
ExecStart=/opt/road-status/road-status --listen :8081
Restart=always

[Install]
WantedBy=multi-user.target
""", pw)

add("blind-ly/systemd/decoy-environment-file", "ops/systemd/ice-reports.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r"""
[Unit]
Description=Ice reports worker
After=network-online.target

[Service]
User=roads
EnvironmentFile=/etc/lenamuus/ice-reports.env
LoadCredential=amqp_password:/etc/lenamuus/creds/amqp_password
ExecStart=/opt/ice-reports/venv/bin/python -m ice_reports
Restart=always

[Install]
WantedBy=multi-user.target
""")

pw = rand_pw(18)
add("blind-ly/crontab/mysqldump-password", "ops/cron/backup.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", r"""
# m h dom mon dow command
# бэкап сайта витрины каждую ночь (Дьокуускай +9)
30 2 * * * mysqldump -u almazkyrya_shop -p'@@s@@' almazkyrya_shop | gzip > /backup/shop-$(date +\%F).sql.gz
0 4 * * 0 find /backup -name 'shop-*.sql.gz' -mtime +30 -delete
*/5 * * * * /opt/road-status/healthcheck.sh >/dev/null 2>&1
""", pw)

add("blind-ly/crontab/decoy-defaults-file", "ops/cron/backup-v2.crontab", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
# m h dom mon dow command
# пароль в /root/.my.cnf (chmod 600), в кроне его нет
30 2 * * * mysqldump --defaults-extra-file=/root/.my.cnf almazkyrya_shop | gzip > /backup/shop-$(date +\%F).sql.gz
0 4 * * 0 find /backup -name 'shop-*.sql.gz' -mtime +30 -delete
15 3 * * * sha256sum /backup/shop-*.sql.gz > /backup/SHA256SUMS
""")

add("blind-ly/text/decoy-sha256sums", "ops/backup/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", r"""
@@a@@  shop-2026-12-01.sql.gz
@@b@@  shop-2026-12-02.sql.gz
@@c@@  shop-2026-12-03.sql.gz
@@d@@  shop-2026-12-04.sql.gz
@@e@@  shop-2026-12-05.sql.gz
""", a=sha256(), b=sha256(), c=sha256(), d=sha256(), e=sha256())

pw = rand_pw(20)
add("blind-ly/java/kafka-jaas", "trackers/stream/src/main/resources/kafka-client.properties", "https://kafka.apache.org/documentation/#security_sasl_plain_clientconfig", r"""
# Поток координат -> Kafka (кластер в Yandex Managed Kafka)
bootstrap.servers=rc1a-k7q2m9.mdb.yandexcloud.net:9091
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="tracks_producer" \
    password="@@s@@";
ssl.truststore.location=/etc/ssl/yandex/YandexInternalRootCA.jks
""", pw)

pw = rand_pw(16)
add("blind-ly/kotlin/gradle-properties", "DriverAndroid/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# подпись релизной сборки (keystore лежит в app/release.jks)
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=@@s@@
RELEASE_KEY_ALIAS=lenamuus
RELEASE_KEY_PASSWORD=@@s@@
""", pw)

add("blind-ly/kotlin/decoy-gradle-signing-env", "DriverAndroid/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#gradle_signing", r"""
android {
    namespace = "ru.lenamuus.driver"
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: "release.jks")
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyAlias = "lenamuus"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }
    buildTypes { release { signingConfig = signingConfigs.getByName("release") } }
}
""")

wk = hexs(32)
add("blind-ly/dart/weather-api-key", "driver_flutter/lib/services/weather.dart", "https://openweathermap.org/appid", r"""
import 'dart:convert';
import 'package:http/http.dart' as http;

// Погода на трассе: при -50 и ниже рейсы не выпускаем (тымныы!)
const _apiKey = '@@s@@';

Future<double> tempAt(double lat, double lon) async {
  final uri = Uri.parse(
      'https://api.openweathermap.org/data/2.5/weather?lat=$lat&lon=$lon&units=metric&appid=$_apiKey');
  final res = await http.get(uri);
  return (jsonDecode(res.body)['main']['temp'] as num).toDouble();
}
""", wk)

add("blind-ly/dart/decoy-dart-define", "driver_flutter/lib/config.dart", "https://dart.dev/guides/environment-declarations", r"""
// Ключи передаются при сборке:
//   flutter build apk --dart-define=WEATHER_KEY=... --dart-define=API_BASE=https://api.lenamuus.ru
const weatherKey = String.fromEnvironment('WEATHER_KEY');
const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.lenamuus.ru');

bool get configured => weatherKey.isNotEmpty;
""")

pw = rand_pw(18)
add("blind-ly/groovy/jenkinsfile-password", "ticketing/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", r"""
pipeline {
    agent { label 'linux' }
    environment {
        // TODO: в credentials Jenkins (Тыгын обещал до навигации)
        NEXUS_USER = 'ci'
        NEXUS_PASS = '@@s@@'
    }
    stages {
        stage('build') {
            steps { sh './mvnw -B -s .mvn/settings.xml package' }
        }
        stage('publish') {
            steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' }
        }
    }
}
""", pw)

add("blind-ly/groovy/decoy-jenkins-credentials", "dispatch/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh 'docker login -u "$U" -p "$P" registry.lenamuus.ru && make push'
                }
            }
        }
    }
}
""")

# ---------------------------------------------------------------- workshop again: lab, customs, cameras

sa_key = pem("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
sa = json.dumps({"type": "service_account", "project_id": "almaz-kyrya-lab", "private_key_id": hexs(40),
                 "private_key": sa_key + "\n", "client_email": "lab-uploader@almaz-kyrya-lab.iam.gserviceaccount.com",
                 "client_id": "108264550193847261734", "token_uri": "https://oauth2.googleapis.com/token"}, indent=2)
add("blind-ly/json/gcp-service-account", "lab-upload/credentials/lab-uploader.json", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
@@sa@@
""", sa_key.splitlines()[1], sa=sa)  # (the key's first body line: found escaped or decoded)

add("blind-ly/json/decoy-gcp-sa-redacted", "lab-upload/credentials/README.json.example", "https://cloud.google.com/iam/docs/keys-create-delete", r"""
{
  "type": "service_account",
  "project_id": "almaz-kyrya-lab",
  "private_key_id": "<id ключа>",
  "private_key": "-----BEGIN PRIVATE KEY-----\n...вставь сюда, файл не коммитить...\n-----END PRIVATE KEY-----\n",
  "client_email": "lab-uploader@almaz-kyrya-lab.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

lab_key = fakes.drawn_mixed(_seed(), 40)
add("blind-ly/python/json-in-string-api-key", "lab-upload/gia_client.py", "https://docs.python.org/3/library/json.html", r"""
# Отправка камней в лабораторию (GIA Report Check API) перед экспортом
import json
import os

import requests

# конфиг пришёл от лаборатории одной строкой, так и вставили
LAB_CONFIG = json.loads('{"endpoint": "https://api.reportresults.gia.edu", "client": "almaz-kyrya", "api_key": "@@s@@"}')


def check_report(report_no: str) -> dict:
    r = requests.post(LAB_CONFIG["endpoint"], headers={"Authorization": LAB_CONFIG["api_key"]},
                      json={"query": "{ getReport(report_number: \"%s\") { results { carat_weight } } }" % report_no},
                      timeout=20)
    return r.json()
""", lab_key)

cust = fakes.drawn_mixed(_seed(), 32)
add("blind-ly/python/split-concatenated-token", "customs/declare.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", r"""
# Декларации на вывоз (таможенный брокер, их REST API)
import requests

BROKER = "https://api.broker-vostok.example/v2"
API_TOKEN = ("@@a@@"
             "@@b@@")


def declare(lot_id: str, value_usd: float) -> str:
    r = requests.post(f"{BROKER}/declarations", headers={"X-Api-Token": API_TOKEN},
                      json={"lot": lot_id, "value": value_usd, "hs_code": "7102310000"}, timeout=30)
    r.raise_for_status()
    return r.json()["number"]
""", cust, a=cust[:16], b=cust[16:])

add("blind-ly/python/decoy-hs-codes-and-ids", "customs/constants.py", "https://www.tks.ru/reference/tnved/7102", r"""
# Коды ТН ВЭД и номера — публичные справочные значения
HS_ROUGH_UNSORTED = "7102100000"
HS_ROUGH_INDUSTRIAL = "7102210000"
HS_ROUGH_NONINDUSTRIAL = "7102310000"
HS_POLISHED = "7102390000"
KP_COUNTRY = "RU"
BROKER_CONTRACT_ID = "5f2c9e1a-7d04-4b8a-9c36-e21f0a4d7b95"
INN_ALMAZ_KYRYA = "1435298110"
""")

pw = words_pw()
add("blind-ly/url/rtsp-camera", "cameras/streams.txt", "https://www.rfc-editor.org/rfc/rfc2326#section-3.2", r"""
# Камеры цеха (NVR Hikvision) — для VLC на посту охраны
# кэмэрэлэр: 1 — огранка, 2 — сортировка, 3 — сейф
rtsp://10.20.4.41:554/Streaming/Channels/101
rtsp://10.20.4.42:554/Streaming/Channels/101
rtsp://admin:@@s@@@10.20.4.43:554/Streaming/Channels/101
# сейф — отдельная учётка, только у охраны
""", pw)

add("blind-ly/url/decoy-rtsp-no-credentials", "cameras/streams-ferry.txt", "https://www.rfc-editor.org/rfc/rfc2326#section-3.2", r"""
# Камеры парома (трап, палуба, рубка); авторизация через прокси NVR
rtsp://nvr.lenamuus.local:8554/olyone2/trap
rtsp://nvr.lenamuus.local:8554/olyone2/deck
rtsp://nvr.lenamuus.local:8554/olyone2/bridge
rtsp://user:password@camera-ip:554/stream   <- формат из инструкции, не наш
""")

pw = rand_pw(16)
add("blind-ly/xml/web-config-connection", "VaultJournal/Web.config", CSHARP, r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- журнал хранилища (сейф), IIS на 10.20.4.30 -->
    <add name="Journal" providerName="System.Data.SqlClient"
         connectionString="Data Source=10.20.4.30;Initial Catalog=VaultJournal;User ID=journal;Password=@@s@@" />
  </connectionStrings>
  <appSettings>
    <add key="ScaleTolerance" value="0.005" />
  </appSettings>
</configuration>
""", pw)

add("blind-ly/xml/decoy-web-config-integrated", "VaultJournal/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Journal"
         connectionString="Data Source=10.20.4.30;Initial Catalog=VaultJournal;Integrated Security=SSPI"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

pw = rand_pw(20)
add("blind-ly/php/wp-config", "blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
// Блог «Якутские алмазы»: истории мастеров
define( 'DB_NAME', 'almaz_blog' );
define( 'DB_USER', 'almaz_blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'ak_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw)

add("blind-ly/php/decoy-wp-config-sample", "blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

pw = rand_pw(18)
add("blind-ly/perl/dbi-password", "legacy/scripts/weight_report.pl", "https://metacpan.org/pod/DBI#connect", r"""
#!/usr/bin/perl
# Старый отчёт по весу партий (ещё с 2014 г.). Кырдьаҕас скрипт.
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("DBI:Pg:dbname=sklad;host=10.20.4.11", "report", "@@s@@", { RaiseError => 1 });
my $sth = $dbh->prepare("SELECT lot_id, SUM(carats) FROM stones GROUP BY lot_id ORDER BY lot_id");
$sth->execute();
while (my @row = $sth->fetchrow_array) {
    printf "%-14s %8.3f ct\n", @row;
}
""", pw)

pw = rand_pw(14)
add("blind-ly/vba/excel-macro-password", "reports/vba/ExportLots.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/use-ado-to-connect", r"""
Attribute VB_Name = "ExportLots"
' Выгрузка партий в Excel для бухгалтерии
Sub ExportLots()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={PostgreSQL Unicode};Server=10.20.4.11;Database=sklad;Uid=buh;Pwd=@@s@@;"
    Set rs = cn.Execute("SELECT lot_id, carats, price_usd FROM lots WHERE month = date_trunc('month', now())")
    Sheets("Партии").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
    MsgBox "Бэлэм!"
End Sub
""", pw)

pw = rand_pw(16)
add("blind-ly/makefile/deploy-password", "site/Makefile", "https://www.gnu.org/software/make/manual/make.html", r"""
HOST = timeweb-almaz
DB_PASS = @@s@@

.PHONY: deploy migrate

deploy:
	rsync -az --delete ./ $(HOST):~/public_html/ --exclude .git

migrate:
	ssh $(HOST) "mysql -u almazkyrya_shop -p$(DB_PASS) almazkyrya_shop < ~/public_html/db/migrate.sql"
""", pw)

add("blind-ly/makefile/decoy-makefile-env", "dispatch/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", r"""
IMAGE ?= registry.lenamuus.ru/dispatch-api
TAG   ?= $(shell git rev-parse --short HEAD)

.PHONY: push
push:
	@test -n "$(REGISTRY_PASSWORD)" || (echo "REGISTRY_PASSWORD суох"; exit 1)
	echo "$(REGISTRY_PASSWORD)" | docker login registry.lenamuus.ru -u ci --password-stdin
	docker build -t $(IMAGE):$(TAG) . && docker push $(IMAGE):$(TAG)
""")

yk = yc_api_key()
add("blind-ly/python/yandex-speechkit-key", "ferry-announcer/announce.py", "https://yandex.cloud/en/docs/speechkit/tts/request", r"""
# Объявления на пароме голосом (SpeechKit): рус + саха текстом через рус. голос
import requests

API_KEY = "@@s@@"
URL = "https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize"


def say(text: str, out: str) -> None:
    r = requests.post(URL, headers={"Authorization": f"Api-Key {API_KEY}"},
                      data={"text": text, "lang": "ru-RU", "voice": "filipp", "format": "oggopus"})
    r.raise_for_status()
    open(out, "wb").write(r.content)


say("Уважаемые пассажиры! Паром отправляется через пять минут. Махтал!", "depart5.ogg")
""", yk)

add("blind-ly/python/decoy-yandex-key-from-lockbox", "ferry-announcer/secrets.py", "https://yandex.cloud/en/docs/lockbox/operations/secret-get", r"""
# Ключ SpeechKit берём из Lockbox через метаданные ВМ (сервисный аккаунт)
import requests

META = "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"
SECRET_ID = "e6q2f8n0c4k7t1m9r3s5"


def api_key() -> str:
    iam = requests.get(META, headers={"Metadata-Flavor": "Google"}).json()["access_token"]
    r = requests.get(f"https://payload.lockbox.api.cloud.yandex.net/lockbox/v1/secrets/{SECRET_ID}/payload",
                     headers={"Authorization": f"Bearer {iam}"})
    return {e["key"]: e["textValue"] for e in r.json()["entries"]}["speechkit_api_key"]
""")

pw = rand_pw(20)
add("blind-ly/powershell/here-string-json", "scripts/New-GateUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", r"""
# Заводим учётку турникета в API билетов
$body = @"
{
  "login": "gate-nb-2",
  "password": "@@s@@",
  "role": "gate",
  "site": "NB"
}
"@
Invoke-RestMethod -Method Post -Uri "https://api.lenamuus.ru/ferry/admin/users" `
    -Headers @{ Authorization = "Bearer $env:FERRY_ADMIN_TOKEN" } `
    -ContentType "application/json; charset=utf-8" -Body $body
Write-Host "gate-nb-2 бэлэм"
""", pw)

pw = rand_pw(16)
b64pw = b64(pw)
add("blind-ly/env/base64-encoded-password", "ferry-olyone2/kiosk.env", ENV, r"""
# Киоск на борту (Өлүөнэ-2). Пароль закодирован base64 (так требует kiosk-agent)
KIOSK_ID=OLY2-K1
KIOSK_API=https://api.lenamuus.ru/ferry
KIOSK_LOGIN=kiosk-oly2
KIOSK_PASSWORD_B64=@@enc@@
PRINTER=/dev/usb/lp0
""", pw, enc=b64pw)

add("blind-ly/env/decoy-base64-non-secret", "ferry-olyone3/kiosk.env", ENV, r"""
# Киоск на борту (Өлүөнэ-3). Пароль — из TPM агента, тут нет.
KIOSK_ID=OLY3-K1
KIOSK_API=https://api.lenamuus.ru/ferry
KIOSK_LOGIN=kiosk-oly3
# заголовок квитанции, base64 (kiosk-agent так хочет)
RECEIPT_HEADER_B64=@@hdr@@
PRINTER=/dev/usb/lp0
""", hdr=b64("ЛЕНА МУУС СУОЛ / паром Өлүөнэ-3 / махтал!"))

# ---------------------------------------------------------------- fuel, payments, partners

fuel = fakes.drawn_mixed(_seed(), 32)
add("blind-ly/go/fuel-card-api-key", "fuel/cards/client.go", "https://pkg.go.dev/net/http#NewRequest", r"""
package cards

import (
	"net/http"
	"time"
)

// Топливные карты (АЗС по трассе Колыма). Уматывать лимиты водителям в рейсе.
const (
	baseURL = "https://api.fuelcards.example/v3"
	apiKey  = "@@s@@"
)

var client = &http.Client{Timeout: 20 * time.Second}

func newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-API-Key", apiKey)
	return req, nil
}
""", fuel)

add("blind-ly/go/decoy-fuel-card-numbers", "fuel/cards/testdata/cards.json", "https://pkg.go.dev/testing#hdr-Test_data", r"""
{
  "_note": "тестовые карты из песочницы процессинга (номера публичные, из их документации)",
  "cards": [
    {"number": "7005830000000001", "pin": "0000", "limit_l": 600},
    {"number": "7005830000000002", "pin": "0000", "limit_l": 400}
  ],
  "sandbox": "https://sandbox.fuelcards.example/v3"
}
""")

term_pw = rand_pw(12, "")
add("blind-ly/yaml/acquiring-terminal", "ferry-pay/config/acquiring.yaml", "https://securepayments.sberbank.ru/wiki/doku.php/integration:api:start", r"""
# Эквайринг билетов на паром (Сбер, REST)
acquiring:
  url: https://securepayments.sberbank.ru/payment/rest/
  userName: lenamuus-api
  password: "@@s@@"
  returnUrl: https://ferry.lenamuus.ru/paid
  currency: 643
  language: ru
""", term_pw)

add("blind-ly/yaml/decoy-acquiring-test-stand", "ferry-pay/config/acquiring.test.yaml", "https://securepayments.sberbank.ru/wiki/doku.php/test_cards", r"""
# Тестовый стенд — данные из открытой документации банка
acquiring:
  url: https://3dsec.sberbank.ru/payment/rest/
  userName: ${SBER_TEST_USER}
  password: ${SBER_TEST_PASSWORD}
  returnUrl: http://localhost:3000/paid
test_card: "4111 1111 1111 1111"   # тестовая карта, 12/34, CVC 123
""")

sbp = fakes.drawn_mixed(_seed(), 64)
add("blind-ly/typescript/sbp-bearer", "ferry-pay/src/sbp.ts", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", r"""
// СБП: QR на оплату у кассы причала
const SBP_API = "https://api.sbp-gateway.example/v1";
const headers = {
  "Content-Type": "application/json",
  Authorization: "Bearer @@s@@",
};

export async function createQr(amountKop: number, ticketId: string) {
  const res = await fetch(`${SBP_API}/qrs`, {
    method: "POST",
    headers,
    body: JSON.stringify({ amount: amountKop, purpose: `Паром, билет ${ticketId}` }),
  });
  return (await res.json()).payload as string;
}
""", sbp)

hm = hexs(64)
add("blind-ly/ruby/webhook-signing-secret", "ferry-pay-hooks/app.rb", "https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries", r"""
require "sinatra"
require "openssl"

# Вебхуки эквайринга: проверяем подпись (HMAC-SHA256)
SIGNING_SECRET = "@@s@@"

post "/acquiring/callback" do
  body = request.body.read
  sig = OpenSSL::HMAC.hexdigest("SHA256", SIGNING_SECRET, body)
  halt 403, "сыыһа илии баттааһын" unless Rack::Utils.secure_compare(sig, request.env["HTTP_X_SIGNATURE"].to_s)
  Ticket.mark_paid(JSON.parse(body)["orderNumber"])
  "ok"
end
""", hm)

add("blind-ly/ruby/decoy-signature-sample", "ferry-pay-hooks/spec/callback_spec.rb", "https://rspec.info/features/3-12/rspec-core/", r"""
require_relative "../app"

RSpec.describe "callback" do
  # подпись посчитана тестовым ключом "spec-secret" — только для спеков
  let(:secret) { "spec-secret" }
  let(:body) { '{"orderNumber":"LB-2026-07-14-0193"}' }
  let(:sig) { "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }

  it "rejects bad signature" do
    stub_const("SIGNING_SECRET", secret)
    post "/acquiring/callback", body, "HTTP_X_SIGNATURE" => "00"
    expect(last_response.status).to eq(403)
  end
end
""")

pw = rand_pw(18)
add("blind-ly/rust/sqlx-database-url", "ferry-gate-rs/src/db.rs", RUST, r"""
// Турникет: сверка QR с базой билетов (офлайн-копия на борту)
use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://gate:@@s@@@127.0.0.1:5432/tickets".to_string());
    PgPoolOptions::new().max_connections(4).connect(&url).await
}
""", pw)

add("blind-ly/rust/decoy-sqlx-offline", "ferry-gate-rs/.env.example", RUST, r"""
# sqlx при сборке смотрит DATABASE_URL; в CI используем офлайн-режим
DATABASE_URL=postgres://gate:gate@localhost:5432/tickets_dev
SQLX_OFFLINE=true
RUST_LOG=ferry_gate=info
# локальный docker-постгрес, пароль = имя (только разработка)
""")

ak, sk = aws_pair()
add("blind-ly/swift/aws-keys-in-app", "GateScanner/GateScanner/Upload.swift", SWIFT, r"""
import AWSS3

// Фото повреждённых машин при погрузке -> S3 (страховка)
enum Upload {
    static let accessKey = "@@ak@@"
    static let secretKey = "@@s@@"

    static func configure() {
        let creds = AWSStaticCredentialsProvider(accessKey: accessKey, secretKey: secretKey)
        let conf = AWSServiceConfiguration(region: .EUCentral1, credentialsProvider: creds)
        AWSServiceManager.default().defaultServiceConfiguration = conf
    }
}
""", sk, ak=ak)

add("blind-ly/swift/decoy-cognito-pool-id", "GateScanner/GateScanner/UploadV2.swift", "https://docs.aws.amazon.com/cognito/latest/developerguide/identity-pools.html", r"""
import AWSS3

// v2: временные ключи через Cognito Identity Pool (ключей в приложении нет)
enum UploadV2 {
    static let identityPoolId = "eu-central-1:7c1d3e2a-5b84-4f90-a6c1-2d9e0b7f4a38"

    static func configure() {
        let creds = AWSCognitoCredentialsProvider(regionType: .EUCentral1, identityPoolId: identityPoolId)
        AWSServiceManager.default().defaultServiceConfiguration =
            AWSServiceConfiguration(region: .EUCentral1, credentialsProvider: creds)
    }
}
""")

pw = words_pw()
add("blind-ly/markdown/onboarding-note", "wiki/onboarding/dispatcher.md", MD, r"""
# Саҥа диспетчер (новый диспетчер) — первый день

- Почта: `имя@lenamuus.ru`, пароль выдаёт Айаал.
- Диспетчерская: https://dispatch.lenamuus.ru — логин из AD.
- Общий аккаунт карты зимников (Wialon): **dispatch_common** / **@@s@@**
- Радиостанция: канал 3, позывной «Муус-1».
- Телефон дежурного ГИБДД по зимнику — на доске.

Ыйытыылаах буоллаххына — Сардаанаҕа суруй.
""", pw)

add("blind-ly/markdown/decoy-onboarding-sso", "wiki/onboarding/ferry-cashier.md", MD, r"""
# Кассир причала — первый день

- Вход в кассу: через SSO (логин AD), пароль свой.
- Ключ от кассы — у старшего смены.
- Терминал оплаты: пароль администратора **не нужен** кассиру; при сбое звонить в банк.
- Пример чека: `ЛБ-2026-07-14-0193 / 1 авто / 2 пасс. / 2 450,00 ₽`.

Махтал, үчүгэйдик үлэлээ!
""")

gh = fakes.github_token(_seed())
add("blind-ly/shell-history/git-clone-token", "ops/notes/kustuk-zsh_history.txt", HIST, r"""
: 1733450112:0;cd ~/src
: 1733450120:0;git clone https://@@s@@@github.com/lenamuus/driver-flutter.git
: 1733450188:0;cd driver-flutter && flutter pub get
: 1733450301:0;flutter build apk --release
: 1733450512:0;adb install build/app/outputs/flutter-apk/app-release.apk
""", gh)

add("blind-ly/shell-history/decoy-history-gh-auth", "ops/notes/aiyy-zsh_history.txt", HIST, r"""
: 1733536512:0;gh auth login --web
: 1733536600:0;gh auth status
: 1733536612:0;gh repo clone lenamuus/driver-flutter
: 1733536700:0;export GH_TOKEN=$(gh auth token)
: 1733536720:0;gh release list -R lenamuus/driver-flutter
""")

pw = rand_pw(16)
add("blind-ly/yaml/docker-registry-htpasswd-cli", "ops/registry/README.md", "https://distribution.github.io/distribution/about/deploying/#native-basic-auth", r"""
# Реестр образов registry.lenamuus.ru

Учётка CI создана так:

```sh
docker run --rm --entrypoint htpasswd httpd:2 -Bbn ci '@@s@@' >> /srv/registry/auth/htpasswd
```

Вход: `docker login registry.lenamuus.ru -u ci`. Бу тылы CI variables-ка эмиэ суруй.
""", pw)

ds = fakes.drawn(_seed(), 32, HEX)
add("blind-ly/python/decoy-sentry-dsn-public", "dispatch/api/app/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r"""
# DSN Sentry — публичный ключ клиента, по документации его можно держать в коде
import sentry_sdk

sentry_sdk.init(
    dsn="https://@@k@@@o451122.ingest.sentry.io/4507339911102464",
    environment="production",
    traces_sample_rate=0.05,
)
""", k=ds)

key = pem("RSA")
add("blind-ly/yaml/tls-key-helm-values", "helm/dispatch/values-tls.yaml", HELM, r"""
ingress:
  enabled: true
  host: dispatch.lenamuus.ru
  tls:
    # сертификат от Let's Encrypt не ставится (DNS у провайдера), временно вручную
    crt: |
      -----BEGIN CERTIFICATE-----
      @@crt@@
      -----END CERTIFICATE-----
    key: |
@@k@@
""", key, crt=fakes.drawn(_seed(), 64, ALNUM + "+/"), k=indent(key, 6))

add("blind-ly/yaml/decoy-cert-manager", "helm/dispatch/values-certmanager.yaml", "https://cert-manager.io/docs/usage/ingress/", r"""
ingress:
  enabled: true
  host: dispatch.lenamuus.ru
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-dns01
  tls:
    secretName: dispatch-tls   # ключ создаёт cert-manager, в values его нет
""")

pw = rand_pw(20)
add("blind-ly/ini/pgadmin-servers-pass", "ops/pgadmin/pgpass", PG, r"""
# hostname:port:database:username:password
10.40.1.10:5432:dispatch:dispatch:@@s@@
10.40.2.20:5432:ferry:ferry_ro:*
# ^ ferry_ro — пароль спрашивает pgAdmin, здесь только dispatch
# локальный postgres — peer-аутентификация, пароль не нужен
""", pw)

# ---------------------------------------------------------------- odds and ends from both firms

pw = rand_pw(14)
add("blind-ly/xml/onec-exchange-settings", "onec/exchange/settings.xml", "https://its.1c.ru/db/v8std", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Обмен 1С:УТ <-> диспетчерская (путевые листы, ТТН) -->
<ExchangeSettings>
  <Node code="DISP" name="Диспетчерская зимника"/>
  <Transport type="HTTP">
    <Url>https://dispatch.lenamuus.ru/onec/exchange</Url>
    <User>onec_exchange</User>
    <Password>@@s@@</Password>
  </Transport>
  <Schedule everyMinutes="10"/>
</ExchangeSettings>
""", pw)

pw = rand_pw(12)
add("blind-ly/compose/frigate-rtsp-password", "cameras/frigate/docker-compose.yml", COMPOSE, r"""
# Видеоаналитика склада рыхлых камней (детекция людей у сейфа)
services:
  frigate:
    image: ghcr.io/blakeblackshear/frigate:stable
    shm_size: 256mb
    environment:
      FRIGATE_RTSP_PASSWORD: "@@s@@"
      TZ: Asia/Yakutsk
    volumes:
      - ./config:/config
      - /srv/frigate:/media/frigate
    ports: ["5000:5000"]
""", pw)

pw = rand_pw(16)
add("blind-ly/json/vscode-launch-env", "grading-api/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launchjson-attributes", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "grading-api (стенд)",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["app.main:app", "--reload"],
      "env": {
        "DB_HOST": "10.20.4.11",
        "DB_USER": "grader_app",
        "DB_PASSWORD": "@@s@@"
      }
    }
  ]
}
""", pw)

npm = fakes.fake("npm_", 36, _seed())
add("blind-ly/json/package-json-script-token", "libs/sakha-keyboard/package.json", "https://docs.npmjs.com/cli/v10/using-npm/scripts", r"""
{
  "name": "@lenamuus/sakha-keyboard",
  "version": "1.2.0",
  "description": "Раскладка с буквами ҕ ҥ ө һ ү для веб-форм",
  "main": "dist/index.js",
  "scripts": {
    "build": "tsc -p .",
    "release": "npm run build && npm publish --access public --//registry.npmjs.org/:_authToken=@@s@@"
  },
  "license": "MIT"
}
""", npm)

add("blind-ly/json/decoy-package-lock-integrity", "libs/sakha-keyboard/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", r"""
{
  "name": "@lenamuus/sakha-keyboard",
  "version": "1.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/typescript": {
      "version": "5.6.3",
      "resolved": "https://registry.npmjs.org/typescript/-/typescript-5.6.3.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/tslib": {
      "version": "2.8.1",
      "resolved": "https://registry.npmjs.org/tslib/-/tslib-2.8.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

kiosk_tok = fakes.drawn_mixed(_seed(), 40)
add("blind-ly/csv/kiosk-provisioning-token", "ferry-pay/provisioning/kiosks.csv", CSV, r"""
kiosk_id,site,ip,printer,enroll_token
NB-K1,Нижний Бестях,10.42.1.21,Custom VKP80,@@s@@
NB-K2,Нижний Бестях,10.42.1.22,Custom VKP80,@@s@@
YKT-K1,Дьокуускай (речпорт),10.42.2.21,Custom VKP80,@@s@@
OLY2-K1,паром Өлүөнэ-2,10.99.0.40,Custom TG2480,@@s@@
""", kiosk_tok)

xoxb = f"xoxb-{random.Random(_seed()).randint(10**10, 10**11)}-{random.Random(_seed()).randint(10**12, 10**13)}-" + fakes.drawn(_seed(), 24)
add("blind-ly/toml/slack-bot-token", "vault_bot_go/config.toml", TOML, r"""
# Ночные отчёты сейфа в Slack (для владельцев в Антверпене)
[slack]
bot_token = "@@s@@"
channel = "#vault-nightly"

[vault]
journal_url = "http://10.20.4.30/vault/api"
report_hour = 7   # 07:00 по Якутску
""", xoxb)

pw = rand_pw(18)
add("blind-ly/ini/supervisord-environment", "ops/supervisor/ice-bot.conf", "http://supervisord.org/configuration.html#program-x-section-values", r"""
[program:ice-bot]
command=/opt/ice-bot/venv/bin/python -m ice_bot
directory=/opt/ice-bot
user=roads
autorestart=true
environment=AMQP_URL="amqp://icebot:@@s@@@10.40.1.14:5672/zimnik",TZ="Asia/Yakutsk"
stdout_logfile=/var/log/ice-bot.log
""", pw)

pw = words_pw()
add("blind-ly/yaml/ansible-mysql-user", "ansible/roles/shop_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", r"""
- name: База витрины
  community.mysql.mysql_db:
    name: almazkyrya_shop
    state: present

- name: Пользователь витрины
  community.mysql.mysql_user:
    name: almazkyrya_shop
    password: "@@s@@"
    priv: "almazkyrya_shop.*:ALL"
    host: localhost
    state: present
""", pw)

sg = sendgrid_key()
add("blind-ly/k8s/configmap-api-key", "k8s/ferry/notify-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: ferry-notify
  namespace: ferry
data:
  MAIL_FROM: tickets@lenamuus.ru
  MAIL_PROVIDER: sendgrid
  SENDGRID_API_KEY: "@@s@@"   # FIXME: должно быть в Secret
  CANCEL_TEMPLATE: "Паром отменён / Паром көтүллүбэт"
""", sg)

add("blind-ly/k8s/decoy-external-secret", "k8s/ferry/notify-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ferry-notify
  namespace: ferry
spec:
  refreshInterval: 1h
  secretStoreRef: { name: yc-lockbox, kind: ClusterSecretStore }
  target: { name: ferry-notify }
  data:
    - secretKey: SENDGRID_API_KEY
      remoteRef: { key: e6q2f8n0c4k7t1m9r3s5, property: sendgrid_api_key }
""")

pw = rand_pw(20)
add("blind-ly/k8s-secret/base64-database-url", "k8s/dispatch/db-url-secret.yaml", K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db-url
  namespace: dispatch
type: Opaque
data:
  DATABASE_URL: @@enc@@
""", pw, enc=b64(f"postgres://dispatch:{pw}@10.40.1.10:5432/dispatch?sslmode=require"))

ys = yc_static_secret()
add("blind-ly/python/boto3-yandex-storage", "lab-upload/archive_certs.py", YCS3, r"""
# Архив PDF-сертификатов лаборатории в Object Storage
import boto3

s3 = boto3.session.Session().client(
    service_name="s3",
    endpoint_url="https://storage.yandexcloud.net",
    region_name="ru-central1",
    aws_access_key_id="YCAJE@@kid@@",
    aws_secret_access_key="@@s@@",
)

for name in ["AK-2611-001.pdf", "AK-2611-002.pdf"]:
    s3.upload_file(f"/srv/certs/{name}", "almaz-kyrya-certs", f"2026/11/{name}")
""", ys, kid=fakes.drawn(_seed(), 20, ALNUM + "_-"))

pw = rand_pw(22)
add("blind-ly/js/mongodb-srv-uri", "community/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/#srv-connection-format", r"""
// Форум водителей зимников (Node + Mongo Atlas)
const mongoose = require("mongoose");

const URI = "mongodb+srv://forum:@@s@@@cluster0.x7k2q.mongodb.net/forum?retryWrites=true&w=majority";

mongoose.connect(URI).then(() => console.log("Mongo бэлэм"));

module.exports = mongoose;
""", pw)

tok = telegram()
add("blind-ly/typescript/telegraf-token", "ferry-bot/src/index.ts", "https://telegraf.js.org/#md:example", r"""
import { Telegraf } from "telegraf";

// Бот парома: расписание, очередь машин на причале
const bot = new Telegraf("@@s@@");

bot.start((ctx) => ctx.reply("Дорообо! Паром расписаниета: /schedule"));
bot.command("schedule", (ctx) => ctx.reply("Дьокуускай → Н. Бестях: 08:00, 11:00, 14:00, 17:00"));
bot.command("queue", async (ctx) => ctx.reply(`Очередь машин: ${await queueLength()}`));

bot.launch();
""", tok)

pw = rand_pw(16)
add("blind-ly/java/javamail-password", "ticketing/src/main/java/ru/lenamuus/ferry/mail/Mailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", r"""
package ru.lenamuus.ferry.mail;

import jakarta.mail.*;
import java.util.Properties;

public final class Mailer {
    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.yandex.ru");
        p.put("mail.smtp.port", "465");
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("tickets@lenamuus.ru", "@@s@@");
            }
        });
    }
}
""", pw)

pw = words_pw()
add("blind-ly/kotlin/ktor-basic-auth", "DriverAndroid/app/src/main/java/ru/lenamuus/driver/Api.kt", "https://ktor.io/docs/client-basic-auth.html", r"""
package ru.lenamuus.driver

import io.ktor.client.*
import io.ktor.client.plugins.auth.*
import io.ktor.client.plugins.auth.providers.*

// Отправка путевых точек с планшета в кабине
val api = HttpClient {
    install(Auth) {
        basic {
            credentials { BasicAuthCredentials(username = "driver_app", password = "@@s@@") }
            realm = "dispatch"
        }
    }
}
""", pw)

pw = rand_pw(16)
add("blind-ly/csharp/mqtt-client-credentials", "ScaleBridge/Bridge.cs", "https://github.com/dotnet/MQTTnet/wiki/Client", r"""
using MQTTnet;
using MQTTnet.Client;

// Мост весов поста Тээхтир -> MQTT диспетчерской
var factory = new MqttFactory();
using var client = factory.CreateMqttClient();
var options = new MqttClientOptionsBuilder()
    .WithTcpServer("10.40.1.8", 1883)
    .WithClientId("teekhtir-scale")
    .WithCredentials("scale_teekhtir", "@@s@@")
    .Build();
await client.ConnectAsync(options);
Console.WriteLine("Ыйааһын бириһиэ бэлэм (мост готов)");
""", pw)

app_key = "base64:" + b64(fakes.drawn(_seed(), 32))
add("blind-ly/env/laravel-app-key", "crm-laravel/.env", "https://laravel.com/docs/11.x/encryption#configuration", r"""
APP_NAME="Алмаз Кырыа CRM"
APP_ENV=production
APP_KEY=@@s@@
APP_DEBUG=false
APP_URL=https://crm.almazkyrya.ru
DB_CONNECTION=mysql
DB_DATABASE=crm
DB_USERNAME=crm
DB_PASSWORD=${CRM_DB_PASSWORD}
""", app_key)

pw = rand_pw(14)
add("blind-ly/shell/pgpassword-inline", "ops/scripts/nightly-ferry-report.sh", PG, r"""
#!/bin/bash
# Отчёт по рейсам за сутки -> CSV -> почта капитанам
set -e
DAY=$(date -d yesterday +%F)
PGPASSWORD='@@s@@' psql -h 10.40.2.20 -U ferry_ro -d ferry -c \
  "\copy (select * from trips where trip_date = '$DAY') to '/tmp/trips-$DAY.csv' csv header"
mail -s "Рейсы $DAY" -A "/tmp/trips-$DAY.csv" captains@lenamuus.ru < /dev/null
""", pw)

pw = rand_pw(18)
add("blind-ly/powershell/invoke-sqlcmd-password", "scripts/Clear-OldJournal.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", r"""
# Чистка журнала хранилища старше 5 лет (по регламенту Гохрана храним 5)
Import-Module SqlServer
$q = "DELETE FROM Journal WHERE EventDate < DATEADD(year, -5, GETDATE())"
Invoke-Sqlcmd -ServerInstance "10.20.4.30" -Database "VaultJournal" `
    -Username "journal_admin" -Password "@@s@@" -Query $q -TrustServerCertificate
Write-Host "Эргэ суруктар сотулунна (старые записи удалены)"
""", pw)

at = fakes.drawn_mixed(_seed(), 40, ALNUM + "-_")
add("blind-ly/log/access-log-token-query", "logs/nginx-access-2026-12-02.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r"""
10.40.1.50 - - [02/Dec/2026:07:14:02 +0900] "GET /api/roads HTTP/1.1" 200 1832 "-" "okhttp/4.12.0"
10.40.1.50 - - [02/Dec/2026:07:14:09 +0900] "GET /api/roads/khandyga HTTP/1.1" 200 412 "-" "okhttp/4.12.0"
85.113.2.17 - - [02/Dec/2026:07:15:44 +0900] "GET /api/export/trips.csv?access_token=@@s@@ HTTP/1.1" 200 98211 "-" "Excel/16.0"
10.40.1.50 - - [02/Dec/2026:07:16:01 +0900] "POST /api/tracks HTTP/1.1" 204 0 "-" "wialon-rt"
10.40.1.51 - - [02/Dec/2026:07:16:30 +0900] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
""", at)

pw = rand_pw(12)
add("blind-ly/html/status-page-basic-url", "ops/status/index.html", HTML, r"""
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Муус суол — статус</title></head>
<body>
  <h1>Зимники и переправы: статус</h1>
  <ul>
    <li><a href="https://dispatch.lenamuus.ru/roads">Участки зимника</a></li>
    <li><a href="https://ferry.lenamuus.ru/schedule">Паром</a></li>
  </ul>
  <!-- графики весов (панель поста), вход зашит, чтобы табло в офисе не спрашивало -->
  <iframe src="https://tablo:@@s@@@grafana.lenamuus.ru/d/scales?kiosk" width="100%" height="600"></iframe>
</body>
</html>
""", pw)

ak, sk = aws_pair()
add("blind-ly/markdown/incident-postmortem", "wiki/incidents/2026-10-archive-costs.md", MD, r"""
# Инцидент 2026-10-07: счёт AWS ×12

**Что было:** ключ архива треков попал в публичный gist (Кустук отлаживал).

    key id:  @@ak@@
    secret:  @@s@@

**Статус:** ключ ещё НЕ отозван — на нём висит архивация, ждём перехода на SSO (Айаал).
**Урок:** gist-ка кистэлэҥи угума (не класть секреты в gist).
""", sk, ak=ak)

add("blind-ly/markdown/decoy-incident-revoked", "wiki/incidents/2026-03-bot-token.md", MD, r"""
# Инцидент 2026-03-11: токен бота водителей в логах

Токен `5809…:AA…Xq4` (последние символы) попал в лог ошибок.
Токен отозван через @BotFather в 10:42, новый — только в Lockbox.
Проверка: `getMe` со старым токеном -> `401 Unauthorized`.

Түмүк (итог): логи с токенами почищены, добавлен фильтр маскировки.
""")

pw = rand_pw(16)
add("blind-ly/sql/insert-smtp-settings", "db/seeds/settings.sql", SQL, r"""
-- Настройки рассылки (таблица settings), заливается при развёртывании
INSERT INTO settings (key, value) VALUES
  ('smtp.host', 'smtp.yandex.ru'),
  ('smtp.port', '465'),
  ('smtp.user', 'tickets@lenamuus.ru'),
  ('smtp.password', '@@s@@'),
  ('ferry.timezone', 'Asia/Yakutsk');
""", pw)

glrt = "glrt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-")
add("blind-ly/shell/gitlab-runner-register", "ops/scripts/register-runner.sh", "https://docs.gitlab.com/runner/register/", r"""
#!/bin/sh
# Раннер на сервере в офисе (Дьокуускай, -50 за окном, сервер в тепле)
gitlab-runner register --non-interactive \
  --url https://gitlab.lenamuus.ru \
  --token @@s@@ \
  --executor docker \
  --docker-image alpine:3.20 \
  --description "office-ykt-1"
""", glrt)

cio = "cio" + fakes.drawn_mixed(_seed(), 32)
add("blind-ly/toml/cargo-credentials", "ops/dotfiles/cargo-credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r"""
# ~/.cargo/credentials.toml на сборочном сервере
# (публикуем crate sakha-translit-rs)
[registry]
token = "@@s@@"
""" + "\n", cio)

pw = rand_pw(16)
add("blind-ly/xml/nuget-cleartext-password", "ScaleBridge/NuGet.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="lenamuus" value="https://nexus.lenamuus.ru/repository/nuget-hosted/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <lenamuus>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@s@@" />
    </lenamuus>
  </packageSourceCredentials>
</configuration>
""", pw)

oa = fakes.openai_key(_seed())
add("blind-ly/rst/api-doc-leaked-key", "docs/source/sakha-summaries.rst", RST, r"""
Сводки по-якутски (GPT)
=======================

Скрипт ``summarize.py`` делает краткую сводку по постам на саха тыла.
Пример запуска (ключ команды аналитики)::

   export OPENAI_API_KEY=@@s@@
   python summarize.py --lang sah --date 2026-12-01

Вывод попадает в канал ``#zimnik-svodka``.
""", oa)

pw = words_pw()
add("blind-ly/text/sakha-shift-note", "ops/notes/smena-kepsee-2026-12-05.txt", "https://en.wikipedia.org/wiki/Yakut_language", r"""
Смена кэпсээнэ (отчёт смены), 05.12.2026, түүн

- Хандыга км 187: муус 94 см, суол аһаҕас (открыто), 30 т.
- Томмот посторугар весы өссө алдьаммыттар — Кустук сарсын барар.
- Весы панелин саҥа кистэлэҥ тыла: @@s@@ (эргэтэ үлэлээбэт).
- Паром Өлүөнэ-2 кыстыкка турда (на зимовке), дизель суулунна.
- Ыйытыы: Айаалга суруйуҥ.
""", pw)

pw = rand_pw(20)
add("blind-ly/html/wiki-export-credentials", "wiki-export/ferry/olyone2-radio.html", HTML, r"""
<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>Өлүөнэ-2: радио и спутник</title></head>
<body>
<h1>Спутниковый терминал (Iridium Certus)</h1>
<p>Веб-интерфейс: <code>http://192.168.88.50</code>, пользователь <code>admin</code>.</p>
<p>Пароль администратора: <code>@@s@@</code> — меняет только механик.</p>
<h2>УКВ</h2>
<p>Канал 16 — дежурный, канал 72 — связь с причалом Нижний Бестях.</p>
</body>
</html>
""", pw)

gh = fakes.github_token(_seed())
add("blind-ly/yaml/folded-token-split", "ops/renovate/config.yml", "https://yaml.org/spec/1.2.2/#65-line-folding", r"""
# Renovate для репозиториев Lena Muus (самохостинг, cron в 05:00)
platform: github
endpoint: https://api.github.com/
repositories:
  - lenamuus/driver-flutter
  - lenamuus/ferry-tickets
token: "@@a@@\
  @@b@@"
onboarding: false
timezone: Asia/Yakutsk
""", gh, a=gh[:18], b=gh[18:])

add("blind-ly/yaml/decoy-renovate-env", "ops/renovate/config.prod.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", r"""
# токен читается из RENOVATE_TOKEN (GitHub App installation token, живёт 1 час)
platform: github
endpoint: https://api.github.com/
repositories:
  - lenamuus/driver-flutter
  - lenamuus/ferry-tickets
onboarding: false
timezone: Asia/Yakutsk
""")

