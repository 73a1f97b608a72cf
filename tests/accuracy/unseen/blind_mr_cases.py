"""Blind set MR: a Tajik cotton ginnery and a Pamir Highway freight carrier.

The ginnery in the Vakhsh valley (bale scales, moisture meters, lint grading, buyer portals, export
documents through Dushanbe) and the carrier running trucks Dushanbe - Khorog - Murghab - Osh (GPS
trackers, Telegram dispatch bots, customs brokers, fuel cards, SMS gateways). Their code, configs,
CI, runbooks and notes, partly in Tajik and Russian, and their decoys. Generated fakes only
(seeds 7510000-7519999).
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
SEED_LOW, SEED_HIGH = 7510000, 7519999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Pakhta", "Khorog", "Murghab", "Vakhsh", "Sughd", "Karakul", "Ishkashim", "Kulma", "Bartang",
         "Yashilkul", "Anzob", "Hisor", "Zarafshon", "Panj", "Rushan", "Alichur", "Bokhtar", "Shugnan"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 24, _seed())


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


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def vault_token() -> str:
    return "hvs." + fakes.drawn_mixed(_seed(), 24)


def shopify() -> str:
    return "shpat_" + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def public_ssh() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def jwt_like() -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","role":"dispatcher"}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
        fields.setdefault("secret_b64", b64(secret))
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- ginnery: scales, lab, ERP

add("blind-mr/python/database", "gin_scale/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """\
# Танзимоти пайвастшавӣ ба базаи маълумоти тарозуи пахта (Vakhsh gin No.2)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "gin_scale",
        "USER": "scale_writer",
        "PASSWORD": "@@secret@@",
        "HOST": "10.12.0.5",
        "PORT": "5432",
    }
}
TIME_ZONE = "Asia/Dushanbe"
""", words_pw())

add("blind-mr/python/decoy-env-reference", "gin_scale/settings_prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """\
import os

# Рамз аз муҳит гирифта мешавад, ба код нанависед!
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("GIN_DB_NAME", "gin_scale"),
        "USER": os.environ["GIN_DB_USER"],
        "PASSWORD": os.environ["GIN_DB_PASSWORD"],
        "HOST": os.environ.get("GIN_DB_HOST", "localhost"),
    }
}
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
""")

add("blind-mr/python/django-secret", "buyer_portal/config/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
# Портали харидорони нахи пахта
SECRET_KEY = '@@secret@@'
DEBUG = False
ALLOWED_HOSTS = ["buyers.vakhsh-pakhta.tj"]
LANGUAGE_CODE = "tg"
""", fakes.django_secret_key(_seed()))

add("blind-mr/env/smtp", ".env.ginnery", "https://github.com/motdotla/dotenv#usage", """\
# Ginnery ERP - production
APP_ENV=production
APP_URL=https://erp.vakhsh-pakhta.tj
DB_HOST=10.12.0.5
DB_DATABASE=gin_erp
MAIL_HOST=smtp.tojnet.tj
MAIL_PORT=587
MAIL_USERNAME=hisobot@vakhsh-pakhta.tj
MAIL_PASSWORD=@@secret@@
MAIL_FROM_NAME="Ҳисоботи ҳаррӯза"
""", rand_pw(16, "!#%"))

add("blind-mr/env/decoy-placeholder", ".env.example", "https://github.com/motdotla/dotenv#usage", """\
# Нусхаи намуна: ба .env нусха кунед ва қиматҳоро иваз кунед
APP_ENV=local
DB_HOST=127.0.0.1
DB_DATABASE=gin_erp
DB_USERNAME=gin
DB_PASSWORD=<рамзи-худро-нависед>
MAIL_PASSWORD=your-smtp-password-here
TELEGRAM_BOT_TOKEN=123456789:REPLACE_ME
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("blind-mr/yaml/mqtt", "moisture-meters/config.yaml", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
# Намсанҷҳо дар анбори пахта (moisture probes, warehouse A-C)
broker:
  host: mqtt.gin.local
  port: 8883
  tls: true
  username: probe-gateway
  password: "@@secret@@"
topics:
  - gin/warehouse/+/moisture
  - gin/warehouse/+/temp
interval_seconds: 60
""", fakes.redis_password(_seed()))

add("blind-mr/yaml/decoy-vault-reference", "moisture-meters/config.prod.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector", """\
broker:
  host: mqtt.gin.local
  port: 8883
  tls: true
  username: probe-gateway
  # рамз аз Vault: secret/data/gin/mqtt
  password: '{{ with secret "secret/data/gin/mqtt" }}{{ .Data.data.password }}{{ end }}'
topics:
  - gin/warehouse/+/moisture
""")

add("blind-mr/ini/mssql", "lab/hvi_export.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """\
; HVI (High Volume Instrument) — содироти натиҷаҳои лаборатория
[source]
driver=ODBC Driver 18 for SQL Server
server=LAB-HVI01\\SQLEXPRESS
database=HVI_Results
uid=hvi_export
pwd=@@secret@@

[target]
path=\\\\fs01\\lab\\hvi\\export
""", words_pw())

add("blind-mr/ini/decoy-masked", "lab/hvi_export.sample.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute", """\
; Намуна. Рамзи ҳақиқӣ дар KeePass-и лаборатория аст.
[source]
driver=ODBC Driver 18 for SQL Server
server=LAB-HVI01\\SQLEXPRESS
database=HVI_Results
uid=hvi_export
pwd=********
""")

add("blind-mr/php/database", "bales/config/db.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Пайваст ба базаи бастаҳо (bale tags)
$dsn = 'mysql:host=127.0.0.1;dbname=bales;charset=utf8mb4';
$user = 'bales_app';
$pass = '@@secret@@';
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
return $pdo;
""", rand_pw(14, "$@"))

add("blind-mr/php/decoy-getenv", "bales/config/db.prod.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
$dsn = sprintf('mysql:host=%s;dbname=bales;charset=utf8mb4', getenv('BALES_DB_HOST'));
$user = getenv('BALES_DB_USER');
$pass = getenv('BALES_DB_PASSWORD'); // дар systemd EnvironmentFile
$pdo = new PDO($dsn, $user, $pass);
return $pdo;
""")

add("blind-mr/k8s-secret/postgres", "deploy/k8s/gin-erp-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: gin-erp-db
  namespace: ginnery
type: Opaque
data:
  username: @@user@@
  password: @@secret_b64@@
""", words_pw(), user=b64("gin_erp"))

add("blind-mr/k8s-secret/decoy-empty", "deploy/k8s/gin-erp-db-secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Шаблон: қиматҳоро CI аз Vault пур мекунад
apiVersion: v1
kind: Secret
metadata:
  name: gin-erp-db
  namespace: ginnery
type: Opaque
stringData:
  username: gin_erp
  password: ""
""")

add("blind-mr/go/telegram-bot", "dispatch-bot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Боти диспетчерӣ: ронандагон ҷойгиршавии худро мефиристанд (Хоруғ, Мурғоб, Қизилорт)
const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("authorized as %s", bot.Self.UserName)
}
""", telegram())

add("blind-mr/go/decoy-env-reference", "dispatch-bot/config.go", "https://pkg.go.dev/os#Getenv", """\
package main

import "os"

// Токени бот танҳо аз муҳит: TELEGRAM_TOKEN (systemd unit дар сервери Душанбе)
func botToken() string {
	t := os.Getenv("TELEGRAM_TOKEN")
	if t == "" {
		panic("TELEGRAM_TOKEN is not set")
	}
	return t
}
""")

add("blind-mr/shell/telegram-bot", "scripts/notify_convoy.sh", "https://core.telegram.org/bots/api#sendmessage", """\
#!/usr/bin/env bash
# Огоҳии колонна: ағбаи Акбайтал баста аст / перевал закрыт
set -euo pipefail
CHAT_ID=-1001987654321
MSG="${1:-Ағбаи Акбайтал баста аст, мошинҳо дар Мурғоб истанд}"
curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  --data-urlencode "chat_id=${CHAT_ID}" \\
  --data-urlencode "text=${MSG}"
""", telegram())

add("blind-mr/shell/decoy-env-reference", "scripts/notify_border.sh", "https://core.telegram.org/bots/api#sendmessage", """\
#!/usr/bin/env bash
# Огоҳӣ ба гурӯҳи гумрук (Кулма)
set -euo pipefail
: "${TG_TOKEN:?set TG_TOKEN from /etc/pamir-freight/bot.env}"
curl -s "https://api.telegram.org/bot${TG_TOKEN}/sendMessage" \\
  -d chat_id="${TG_CHAT}" -d text="$1"
""")

add("blind-mr/python/aws-secret", "tracking/archive_gps.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
import boto3

# Бойгонии нуқтаҳои GPS-и мошинҳо (Pamir Highway, M41)
s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

def archive(day: str, path: str) -> None:
    s3.upload_file(path, "pamir-freight-gps", f"raw/{day}.jsonl.gz")
""", aws_secret(), kid=aws_id())

add("blind-mr/python/decoy-aws-example", "tracking/tests/test_archive.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
import boto3
from moto import mock_aws

# Калидҳои намунаи AWS аз ҳуҷҷатҳо, барои moto (ҳақиқӣ нестанд)
@mock_aws
def test_archive_uploads():
    s3 = boto3.client("s3", region_name="eu-central-1",
                      aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                      aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    s3.create_bucket(Bucket="pamir-freight-gps",
                     CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
""")

add("blind-mr/ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

[pamir-gps-archive]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
# Азиз, инро ба Git напартоед
""", aws_secret(), kid=aws_id())

add("blind-mr/json/sms-gateway", "sms/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Sms": {
    "Provider": "Twilio",
    "AccountSid": "@@sid@@",
    "AuthToken": "@@secret@@",
    "From": "+992900000111"
  },
  "Comment": "СМС ба деҳқонон дар бораи нархи пахта"
}
""", hexs(32), sid=twilio_sid())

add("blind-mr/json/decoy-id-only", "sms/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Sms": {
    "Provider": "Twilio",
    "AccountSid": "@@sid@@",
    "AuthToken": "",
    "From": "+992900000111"
  },
  "AllowedHosts": "*"
}
""", sid=twilio_sid())

add("blind-mr/csharp/sms-gateway", "sms/Services/FarmerSms.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """\
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Vakhsh.Gin.Sms;

// Паём ба деҳқон: вазни пахтаи қабулшуда
public static class FarmerSms
{
    public static void Send(string phone, decimal kg)
    {
        TwilioClient.Init("@@sid@@", "@@secret@@");
        MessageResource.Create(body: $"Пахтаи шумо қабул шуд: {kg} кг", from: new Twilio.Types.PhoneNumber("+992900000111"),
            to: new Twilio.Types.PhoneNumber(phone));
    }
}
""", hexs(32), sid=twilio_sid())

add("blind-mr/yaml/github-actions-docker", ".github/workflows/build-scale-agent.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """\
name: build scale agent
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # TODO: ба secrets гузарондан
      - run: echo "@@secret@@" | docker login -u vakhshgin --password-stdin
      - run: docker build -t vakhshgin/scale-agent:${{ github.sha }} .
      - run: docker push vakhshgin/scale-agent:${{ github.sha }}
""", docker_pat())

add("blind-mr/yaml/decoy-ci-secret-ref", ".github/workflows/build-dispatch.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: build dispatch bot
on: [push]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: pamirfreight
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - run: docker build -t pamirfreight/dispatch-bot:${{ github.sha }} .
""")

add("blind-mr/yaml/gitlab-ci-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
stages: [test, release]

variables:
  # Токени шахсии Фарҳод — муваққатӣ, то ки deploy token созем
  RELEASE_TOKEN: "@@secret@@"

release:
  stage: release
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --data name=$CI_COMMIT_TAG "https://gitlab.pamirfreight.tj/api/v4/projects/12/releases"'
  only: [tags]
""", gitlab())

add("blind-mr/yaml/decoy-masked-variable", ".gitlab-ci.lint.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [lint]

# RELEASE_TOKEN ҳамчун masked/protected variable дар Settings > CI/CD аст
lint:
  stage: lint
  script:
    - echo "token length ${#RELEASE_TOKEN}"
    - ruff check .
""")

add("blind-mr/toml/cargo-registry", "weighbridge-rs/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# Тарозуи мошинҳо (weighbridge) — реестри дохилӣ
[registries.pamir]
token = "@@secret@@"

[registry]
token = "@@other@@"
""", fakes.fake("cio", 32, _seed()), other="")

add("blind-mr/rust/decoy-env-reference", "weighbridge-rs/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

/// Танзимоти тарозу: ҳамаи рамзҳо аз муҳит
pub struct Config { pub db_url: String, pub serial_port: String }

impl Config {
    pub fn from_env() -> Self {
        Config {
            db_url: env::var("WEIGHBRIDGE_DATABASE_URL").expect("WEIGHBRIDGE_DATABASE_URL"),
            serial_port: env::var("SCALE_PORT").unwrap_or_else(|_| "/dev/ttyUSB0".into()),
        }
    }
}
""")

add("blind-mr/rust/postgres-url", "weighbridge-rs/src/db.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html", """\
use postgres::{Client, NoTls};

// TODO(Шамсиддин): URL-ро аз config хонем
const DB_URL: &str = "postgres://weighbridge:@@secret@@@10.20.1.4:5432/weighbridge";

pub fn connect() -> Client {
    Client::connect(DB_URL, NoTls).expect("db")
}
""", rand_pw(18))

add("blind-mr/java/oracle", "export-docs/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# Ҳуҷҷатҳои содиротӣ (сертификати пайдоиш, инвойс)
spring.datasource.url=jdbc:oracle:thin:@//10.30.0.9:1521/EXPORT
spring.datasource.username=export_docs
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("blind-mr/java/decoy-placeholder-spring", "export-docs/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
spring.datasource.url=jdbc:oracle:thin:@//${EXPORT_DB_HOST}:1521/EXPORT
spring.datasource.username=${EXPORT_DB_USER}
spring.datasource.password=${EXPORT_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""")

add("blind-mr/kotlin/api-key", "driver-app/app/src/main/java/tj/pamirfreight/driver/Api.kt", "https://square.github.io/okhttp/", """\
package tj.pamirfreight.driver

import okhttp3.OkHttpClient
import okhttp3.Request

// API-и дохилии диспетчерӣ; калид барои ҳамаи ронандагон як аст
private const val DISPATCH_API_KEY = "@@secret@@"

fun reportPosition(client: OkHttpClient, truck: String, lat: Double, lon: Double) {
    val req = Request.Builder()
        .url("https://dispatch.pamirfreight.tj/v1/trucks/$truck/pos?lat=$lat&lon=$lon")
        .header("X-Api-Key", DISPATCH_API_KEY)
        .build()
    client.newCall(req).execute().close()
}
""", "pf_live_" + rand_pw(32))

add("blind-mr/kotlin/decoy-buildconfig", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    defaultConfig {
        applicationId = "tj.pamirfreight.driver"
        minSdk = 24
        // калид дар local.properties аст, ба Git намеравад
        buildConfigField("String", "DISPATCH_API_KEY", "\\"${project.findProperty("dispatchApiKey") ?: ""}\\"")
    }
}
""")

add("blind-mr/swift/google-maps-key", "DriverIOS/DriverIOS/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key", """\
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    // Харитаи роҳи Помир барои ронандагон
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@secret@@")
        return true
    }
}
""", google_key())

add("blind-mr/swift/decoy-plist-reference", "DriverIOS/DriverIOS/Secrets.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// Калидҳо аз Secrets.xcconfig (дар .gitignore) ба Info.plist меоянд
enum Secrets {
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "GMS_API_KEY") as? String ?? ""
    }
}
""")

add("blind-mr/markdown/ssh-password", "docs/runbook-khorog-depot.md", "https://www.markdownguide.org/basic-syntax/", """\
# Runbook: депои Хоруғ

Сервери хурд дар депо (Raspberry Pi дар паси тахтаи барқ) GPS-ро ҷамъ мекунад, вақте ки интернет нест.

| Чиз | Қимат |
|-----|-------|
| Хост | 192.168.8.20 |
| Корбар | pi |
| Рамз | `@@secret@@` |
| Порт | 22 |

Агар интернет (Tcell) набошад, маълумот то 7 рӯз дар SD-корт мемонад.
""", words_pw())

add("blind-mr/markdown/decoy-redacted", "docs/runbook-murghab-depot.md", "https://www.markdownguide.org/basic-syntax/", """\
# Runbook: депои Мурғоб

Дастрасӣ танҳо бо калиди SSH (`~/.ssh/pamir_depot`). Рамз хомӯш аст.

| Чиз | Қимат |
|-----|-------|
| Хост | 192.168.9.20 |
| Корбар | depot |
| Рамз | [REDACTED] — дар Bitwarden, коллексияи «Depots» |

Генератори дизелӣ: ҳар рӯз соати 06:00 санҷед.
""")

add("blind-mr/yaml/compose-postgres", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: freight
      POSTGRES_USER: freight
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: ./api
    environment:
      DATABASE_URL: postgres://freight:${POSTGRES_PASSWORD}@db:5432/freight
volumes:
  pgdata: {}
""", rand_pw(22))

add("blind-mr/yaml/decoy-compose-secret-file", "docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: freight
      POSTGRES_USER: freight
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("blind-mr/terraform/hcloud-token", "infra/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs", """\
# Серверҳои ширкат дар Hetzner (Falkenstein)
provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "dispatch" {
  name        = "dispatch-01"
  server_type = "cx22"
  image       = "ubuntu-24.04"
  location    = "fsn1"
}
""", fakes.drawn_mixed(_seed(), 64))

add("blind-mr/terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables", """\
variable "hcloud_token" {
  description = "Токени Hetzner Cloud (аз TF_VAR_hcloud_token)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

add("blind-mr/terraform/tfvars-password", "infra/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
location      = "fsn1"
server_type   = "cx32"
db_user       = "freight"
db_password   = "@@secret@@"
backup_bucket = "pamir-freight-backups"
""", words_pw())

add("blind-mr/ansible/vault-less-password", "ansible/group_vars/gin_scales.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """\
---
# Компютерҳои тарозу дар 3 нуқтаи қабули пахта
scale_agent_version: 2.4.1
scale_agent_user: scaleagent
scale_agent_db_host: 10.12.0.5
scale_agent_db_password: "@@secret@@"
ntp_server: 0.asia.pool.ntp.org
""", words_pw())

add("blind-mr/ansible/decoy-vault-encrypted", "ansible/group_vars/gin_scales_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
---
scale_agent_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@c1@@
  @@c2@@
  @@c3@@
  @@c4@@
""", c1=hexs(80), c2=hexs(80), c3=hexs(80), c4=hexs(38))

add("blind-mr/ansible/decoy-vault-lookup", "ansible/roles/dispatch/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
---
- name: Write dispatch bot env
  ansible.builtin.template:
    src: bot.env.j2
    dest: /etc/pamir-freight/bot.env
    mode: "0600"
  vars:
    tg_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/dispatch:tg_token') }}"
""")

add("blind-mr/dockerfile/build-arg-npm", "portal-web/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine AS build
WORKDIR /app
# Бастаҳои хусусии @vakhshgin дар npm
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build
""", npm_token())

add("blind-mr/dockerfile/decoy-secret-mount", "portal-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# токен ҳамчун BuildKit secret, дар image намемонад
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
""")

add("blind-mr/npmrc/npm-token", "portal-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
@vakhshgin:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
audit-level=high
""", npm_token())

add("blind-mr/npmrc/decoy-env-reference", "portal-api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """\
@vakhshgin:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
engine-strict=true
""")

add("blind-mr/json/decoy-lockfile-integrity", "portal-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "portal-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/leaflet": {
      "version": "1.9.4",
      "resolved": "https://registry.npmjs.org/leaflet/-/leaflet-1.9.4.tgz",
      "integrity": "sha512-@@i@@"
    }
  }
}
""", i=base64.b64encode(bytes(_rng().randrange(256) for _ in range(64))).decode())

add("blind-mr/typescript/stripe-secret", "portal-api/src/payments.ts", "https://docs.stripe.com/keys", """\
import Stripe from "stripe";

// Пешпардохти харидорони хориҷӣ барои нахи пахта (USD)
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function depositIntent(contractId: string, usd: number) {
  return stripe.paymentIntents.create({
    amount: Math.round(usd * 100),
    currency: "usd",
    metadata: { contractId },
  });
}
""", stripe())

add("blind-mr/typescript/decoy-publishable", "portal-web/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
import { loadStripe } from "@stripe/stripe-js";

// Калиди publishable — ошкор аст, дар браузер кор мекунад
export const stripePromise = loadStripe("@@pk@@");

export const CURRENCY = "usd";
""", pk=stripe("pk_live_"))

add("blind-mr/javascript/sendgrid", "portal-api/src/mail.js", "https://docs.sendgrid.com/for-developers/sending-email/v3-nodejs-code-example", """\
const sgMail = require("@sendgrid/mail");

// Мактуби тасдиқи шартнома ба харидор
sgMail.setApiKey("@@secret@@");

module.exports.sendContract = (to, pdf) =>
  sgMail.send({
    to,
    from: "contracts@vakhsh-pakhta.tj",
    subject: "Шартномаи харид / Purchase contract",
    attachments: [{ content: pdf, filename: "contract.pdf", type: "application/pdf" }],
  });
""", sendgrid())

add("blind-mr/javascript/decoy-test-fixture", "portal-api/test/mail.test.js", "https://jestjs.io/docs/mock-functions", """\
jest.mock("@sendgrid/mail");
const sgMail = require("@sendgrid/mail");

// Калиди қалбакӣ барои тест — ҳеҷ ҷо кор намекунад
const FAKE_KEY = "SG.fake-key-for-tests-only";

test("sets key", () => {
  sgMail.setApiKey(FAKE_KEY);
  expect(sgMail.setApiKey).toHaveBeenCalledWith(FAKE_KEY);
});
""")

add("blind-mr/ruby/mailgun", "invoicing/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/sdk/ruby_sdk/", """\
# Фактураҳо ба муштариёни боркашонӣ (Dushanbe -> Osh)
Mailgun.configure do |config|
  config.api_key = '@@secret@@'
end

MAILGUN_DOMAIN = 'mg.pamirfreight.tj'
""", mailgun())

add("blind-mr/ruby/decoy-credentials-reference", "invoicing/config/initializers/mailgun_prod.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Калид дар config/credentials.yml.enc
Mailgun.configure do |config|
  config.api_key = Rails.application.credentials.dig(:mailgun, :api_key)
end

MAILGUN_DOMAIN = 'mg.pamirfreight.tj'
""")

add("blind-mr/yaml/rails-database", "invoicing/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: invoicing
  username: invoicing
  password: @@secret@@
  host: 10.40.0.3
""", rand_pw(16, "#%"))

add("blind-mr/powershell/mssql", "ops/Backup-GinErp.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", """\
# Нусхаи эҳтиётии ҳаррӯза — базаи ERP-и корхона
$server = "GIN-SQL01"
$cred = New-Object System.Management.Automation.PSCredential("backup_op", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance $server -Database "GinERP" -Credential $cred `
  -BackupFile "D:\\Backup\\GinERP_$stamp.bak"
""", words_pw())

add("blind-mr/powershell/decoy-credential-manager", "ops/Backup-Invoicing.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """\
# Рамз аз SecretManagement (KeePass vault) гирифта мешавад
$cred = Get-Secret -Name "invoicing-backup" -Vault "OpsKeePass"
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "PF-SQL01" -Database "Invoicing" -Credential $cred `
  -BackupFile "D:\\Backup\\Invoicing_$stamp.bak"
""")

add("blind-mr/pem/rsa-private-key", "ops/keys/depot_khorog_rsa", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@secret@@
""", pem())

add("blind-mr/pem/decoy-public-key", "ops/keys/depot_khorog_rsa.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END PUBLIC KEY-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 36, ALNUM + "+/") + "IDAQAB")

_key = pem("EC")
add("blind-mr/yaml/ec-private-key-helm", "charts/dispatch/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 2
image:
  repository: pamirfreight/dispatch-api
  tag: "1.8.3"
ingress:
  host: dispatch.pamirfreight.tj
# Калиди имзои JWT барои барномаи ронандагон
jwtSigningKey: |
  @@k@@
""", _key, k=_key.replace("\n", "\n  "))

# ---------------------------------------------------------------- carrier: trackers, customs, fuel

add("blind-mr/netrc/ftp-password", "ops/customs/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """\
# FTP-и брокери гумрукӣ (декларатсияҳо, Кулма ва Қизилорт)
machine ftp.customs-broker.tj
  login pamirfreight
  password @@secret@@

machine backup.pamirfreight.tj login backup password @@none@@
""", rand_pw(12, "!$"), none="")

add("blind-mr/pgpass/postgres", "ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
10.40.0.3:5432:invoicing:invoicing_ro:@@secret@@
10.40.0.3:5432:freight:*:*
localhost:5432:*:postgres:
# тамом
""", words_pw())

add("blind-mr/xml/filezilla", "ops/customs/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.0">
  <Servers>
    <Server>
      <Host>sftp.customs-broker.tj</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>pamirfreight</User>
      <Pass encoding="base64">@@secret_b64@@</Pass>
      <Name>Брокери гумрук</Name>
    </Server>
  </Servers>
</FileZilla3>
""", words_pw())

add("blind-mr/xml/decoy-filezilla-no-pass", "ops/customs/FileZilla/sitemanager.template.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.0">
  <Servers>
    <Server>
      <Host>sftp.customs-broker.tj</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Logontype>2</Logontype>
      <User>pamirfreight</User>
      <Name>Брокери гумрук (рамзро ҳар дафъа пурсад)</Name>
    </Server>
  </Servers>
</FileZilla3>
""")

add("blind-mr/xml/web-config-connection", "fuelcards/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Кортҳои сӯзишворӣ (АЗС Душанбе, Хоруғ, Мурғоб) -->
  <connectionStrings>
    <add name="FuelCards"
         connectionString="Server=PF-SQL01;Database=FuelCards;User Id=fuel_app;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
""", rand_pw(15, "!#"))

add("blind-mr/xml/decoy-web-config-integrated", "fuelcards/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="FuelCards"
         connectionString="Server=PF-SQL01;Database=FuelCards;Integrated Security=SSPI"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-mr/xml/maven-settings", "export-docs/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>vakhsh-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <!-- Nexus дар 10.30.0.2 -->
</settings>
""", words_pw())

add("blind-mr/xml/decoy-maven-encrypted", "export-docs/.mvn/settings-security-example.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>vakhsh-nexus</id>
      <username>ci-deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-mr/shell-history/mysql-password", "ops/history/dispatch-01.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
cd /opt/dispatch
systemctl status dispatch-bot
journalctl -u dispatch-bot -n 50
mysql -u dispatch -p'@@secret@@' -h 127.0.0.1 dispatch -e "select count(*) from trips where status='on_road'"
df -h
exit
""", words_pw())

add("blind-mr/shell-history/decoy-prompted", "ops/history/gin-sql01.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
sudo -i
mysql -u bales_app -p -h 127.0.0.1 bales
mysqldump -u backup -p --single-transaction bales > /backup/bales.sql
sha256sum /backup/bales.sql
ls -la /backup
exit
""")

add("blind-mr/shell-history/redis-cli", "ops/history/tracker-gw.zsh_history", "https://redis.io/docs/latest/develop/tools/cli/", """\
: 1733550000:0;cd /srv/tracker-gw
: 1733550012:0;docker compose ps
: 1733550040:0;redis-cli -h 10.40.0.7 -a '@@secret@@' --no-auth-warning keys 'truck:*'
: 1733550101:0;redis-cli -h 10.40.0.7 info memory
: 1733550160:0;exit
""", fakes.redis_password(_seed()))

add("blind-mr/python/redis-url", "tracker-gw/app/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """\
import redis

# Охирин мавқеи ҳар мошин (ҳар 30 сония аз трекерҳои Teltonika)
r = redis.Redis.from_url("redis://:@@secret@@@10.40.0.7:6379/2", decode_responses=True)

def last_position(truck_id: str) -> dict:
    return r.hgetall(f"truck:{truck_id}")
""", fakes.redis_password(_seed()))

add("blind-mr/python/decoy-redis-local", "tracker-gw/app/cache_dev.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """\
import os
import redis

# Локалӣ: redis бе рамз дар docker
r = redis.Redis.from_url(os.getenv("REDIS_URL", "redis://localhost:6379/0"), decode_responses=True)

def last_position(truck_id: str) -> dict:
    return r.hgetall(f"truck:{truck_id}")
""")

add("blind-mr/yaml/teltonika-flespi", "tracker-gw/flespi.yaml", "https://flespi.com/kb/tokens-access-keys-to-flespi-platform", """\
# Трекерҳои FMB920 дар мошинҳои КамАЗ ва Howo
flespi:
  channel_id: 1204455
  token: "FlespiToken @@secret@@"
  mqtt: mqtt.flespi.io:8883
devices:
  - { imei: "356307042441013", plate: "0123 AA 01" }
  - { imei: "356307042441021", plate: "0456 BB 01" }
""", fakes.drawn_mixed(_seed(), 64))

add("blind-mr/yaml/decoy-imei-list", "tracker-gw/devices.yaml", "https://wiki.teltonika-gps.com/view/FMB920", """\
# Рӯйхати трекерҳо (IMEI рақами дастгоҳ аст, рамз не)
devices:
  - { imei: "356307042441013", plate: "0123 AA 01", driver: "Давлатов Ф." }
  - { imei: "356307042441021", plate: "0456 BB 01", driver: "Назаров Ш." }
  - { imei: "356307042441039", plate: "0789 CC 04", driver: "Шоев М." }
  - { imei: "356307042441047", plate: "1011 DD 04", driver: "Мамадназаров А." }
""")

add("blind-mr/csv/decoy-checksums", "exports/2024-11/manifest.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
file,bytes,sha256
bales_2024-11-01.csv,48211,@@h1@@
bales_2024-11-02.csv,51377,@@h2@@
bales_2024-11-03.csv,47002,@@h3@@
hvi_2024-11.xlsx,220416,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-mr/csv/driver-portal-passwords", "ops/onboarding/drivers_nov.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
# Рӯйхати ронандагони нав, рамзи аввалин барои портал (баъди воридшавӣ иваз мекунанд)
driver,phone,login,temp_password
Давлатов Фаррух,+992917001122,f.davlatov,ИВАЗ ШУД
Назаров Шуҳрат,+992918003344,sh.nazarov,ИВАЗ ШУД
Шоев Маҳмадалӣ,+992935005566,m.shoev,@@secret@@
""", rand_pw(10, "!"))

add("blind-mr/sql/create-user", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- Корбари ҳисобот барои Power BI (фақат хондан)
CREATE ROLE reporting LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE gin_erp TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
""", words_pw())

add("blind-mr/sql/decoy-psql-variable", "db/migrations/0008_exporter_user.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """\
-- Рамз ҳамчун тағйирёбандаи psql дода мешавад:
--   psql -v exporter_pw="$EXPORTER_PW" -f 0008_exporter_user.sql
CREATE ROLE exporter LOGIN PASSWORD :'exporter_pw';
GRANT SELECT ON bales, lots TO exporter;
""" + "-- тамом\n")

add("blind-mr/sql/decoy-password-hash", "db/seed/users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Корбарони аввалия (хэши bcrypt, на худи рамз)
INSERT INTO users (login, full_name, password_hash) VALUES
  ('admin', 'Администратор', '$2b$12$@@h1@@'),
  ('vazn', 'Тарозукаш', '$2b$12$@@h2@@');
-- ҳангоми воридшавии аввал рамз иваз карда мешавад
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-mr/log/basic-auth-url", "logs/fuel-sync-2024-11-18.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", """\
2024-11-18 06:00:01 INFO  fuel-sync starting, provider=TojikNeft cards=142
2024-11-18 06:00:02 DEBUG GET https://fuelsync:@@secret@@@api.fuelcards.tj/v2/transactions?since=2024-11-17
2024-11-18 06:00:04 INFO  fetched 318 transactions
2024-11-18 06:00:04 WARN  card 7788-0412 over limit (Хоруғ, АЗС №3)
2024-11-18 06:00:05 INFO  done in 4.1s
""", rand_pw(16))

add("blind-mr/log/decoy-masked-url", "logs/fuel-sync-2024-11-19.log", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", """\
2024-11-19 06:00:01 INFO  fuel-sync starting, provider=TojikNeft cards=142
2024-11-19 06:00:02 DEBUG GET https://fuelsync:****@api.fuelcards.tj/v2/transactions?since=2024-11-18
2024-11-19 06:00:03 INFO  fetched 297 transactions
2024-11-19 06:00:03 DEBUG request-id=@@rid@@
2024-11-19 06:00:04 INFO  done in 3.2s
""", rid=uuid_s())

add("blind-mr/log/bearer-jwt", "logs/driver-api-debug.log", "https://datatracker.ietf.org/doc/html/rfc6750", """\
[2024-11-20T04:12:55+05:00] DEBUG incoming POST /v1/trucks/0123AA01/pos
[2024-11-20T04:12:55+05:00] DEBUG headers: {"Authorization": "Bearer @@secret@@", "User-Agent": "okhttp/4.12.0"}
[2024-11-20T04:12:55+05:00] INFO  pos saved lat=37.4895 lon=71.5531 (Хоруғ)
[2024-11-20T04:13:25+05:00] INFO  pos saved lat=37.5012 lon=71.5720
[2024-11-20T04:13:55+05:00] INFO  pos saved lat=37.5240 lon=71.6013
""", jwt_like())

add("blind-mr/ipynb/openai-key", "analytics/notebooks/yield_forecast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Пешгӯии ҳосили пахта (ноҳияҳои Вахш ва Ҷайҳун)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "summary = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=msgs)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("blind-mr/ipynb/decoy-getpass", "analytics/notebooks/lint_grades.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy\\n",
    "pw = getpass.getpass('Рамзи базаи HVI: ')\\n",
    "eng = sqlalchemy.create_engine(f'mssql+pyodbc://hvi_export:{pw}@LAB-HVI01/HVI_Results?driver=ODBC+Driver+18+for+SQL+Server')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mr/rst/smtp-password", "docs/source/ops/mail.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Почтаи корхона
==============

Ҳисоботҳои ҳаррӯза аз ``hisobot@vakhsh-pakhta.tj`` фиристода мешаванд.

.. code-block:: ini

   [smtp]
   host = smtp.tojnet.tj
   port = 587
   user = hisobot@vakhsh-pakhta.tj
   password = @@secret@@

Агар почта наравад, аввал квотаи Tojnet-ро санҷед.
""", words_pw())

add("blind-mr/rst/decoy-placeholder", "docs/source/ops/mail_setup.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Танзими почта дар сервери нав
=============================

.. code-block:: ini

   [smtp]
   host = smtp.tojnet.tj
   user = hisobot@vakhsh-pakhta.tj
   password = <аз Bitwarden гиред>

Рамзро ҳеҷ гоҳ ба ин саҳифа нанависед.
""")

add("blind-mr/html/google-key-script", "portal-web/public/track.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
<!doctype html>
<html lang="tg">
<head>
  <meta charset="utf-8">
  <title>Пайгирии бор — Pamir Freight</title>
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@secret@@&callback=initMap"></script>
</head>
<body>
  <div id="map" style="height:100vh"></div>
  <script src="/js/track.js"></script>
</body>
</html>
""", google_key())

add("blind-mr/html/decoy-recaptcha-site-key", "portal-web/public/contact.html", "https://developers.google.com/recaptcha/docs/display", """\
<!doctype html>
<html lang="tg">
<head><meta charset="utf-8"><title>Тамос</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<form action="/contact" method="POST">
  <textarea name="msg" placeholder="Паёми шумо"></textarea>
  <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
  <button type="submit">Фиристодан</button>
</form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("blind-mr/wiki/vpn-psk", "wiki/Network/IPsec-Khorog.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
= VPN байни Душанбе ва Хоруғ =
Роутери MikroTik дар депои Хоруғ бо офис IPsec дорад.

== Параметрҳо ==
* Peer: 185.0.2.44
* Proposal: aes-256-cbc / sha256 / modp2048
* Pre-shared key: <code>@@secret@@</code>

Агар туннел наафзояд: /ip ipsec active-peers print
""", rand_pw(28))

add("blind-mr/wiki/decoy-psk-reference", "wiki/Network/IPsec-Murghab.wiki", "https://www.mediawiki.org/wiki/Help:Formatting", """\
= VPN байни Душанбе ва Мурғоб =
Пайвастшавӣ тавассути моҳвора (VSAT), таъхир ~600 ms.

== Параметрҳо ==
* Peer: 185.0.2.45
* Pre-shared key: дар Bitwarden → «Network / IPsec Murghab»
* Охирин иваз: 2024-09-02
""")

add("blind-mr/mikrotik/ppp-secret", "ops/mikrotik/khorog-depot.rsc", "https://help.mikrotik.com/docs/display/ROS/PPP+AAA", """\
# 2024-10-05 by RouterOS 7.15
/interface l2tp-server server set enabled=yes use-ipsec=required
/ppp profile add name=drivers local-address=10.77.0.1 remote-address=drivers-pool
/ppp secret add name=dispatcher password="@@secret@@" profile=drivers service=l2tp
/ip pool add name=drivers-pool ranges=10.77.0.10-10.77.0.50
/system identity set name=khorog-depot
""", rand_pw(14))

add("blind-mr/ssh-config/decoy-identity-file", "ops/ssh/config", "https://man.openbsd.org/ssh_config", """\
Host khorog-depot
    HostName 192.168.8.20
    User pi
    IdentityFile ~/.ssh/pamir_depot
    ProxyJump bastion.pamirfreight.tj

Host murghab-depot
    HostName 192.168.9.20
    User depot
    IdentityFile ~/.ssh/pamir_depot
""")

add("blind-mr/ssh/openssh-private-key", "ops/ssh/pamir_depot", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", pem("OPENSSH"))

add("blind-mr/ssh/decoy-authorized-keys", "ops/ssh/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Калидҳои кушоди кормандон (public keys)
@@k1@@ farhod@laptop
@@k2@@ shamsiddin@ops
@@k3@@ ci@gitlab
# охир
""", k1=public_ssh(), k2=public_ssh(), k3=public_ssh())

add("blind-mr/rclone/s3-secret", "ops/rclone/rclone.conf", "https://rclone.org/s3/", """\
[backups]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
endpoint = s3.eu-central-2.wasabisys.com
# Нусхаҳои эҳтиётии ERP ва бойгонии GPS
""", fakes.drawn(_seed(), 40, string.ascii_uppercase + string.digits), kid=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("blind-mr/rclone/decoy-obscured-env", "ops/rclone/rclone.example.conf", "https://rclone.org/docs/#environment-variables", """\
[backups]
type = s3
provider = Wasabi
env_auth = true
endpoint = s3.eu-central-2.wasabisys.com
# калидҳо аз RCLONE_CONFIG_BACKUPS_ACCESS_KEY_ID ва ..._SECRET_ACCESS_KEY
""")

add("blind-mr/go/azure-storage", "docscan/storage.go", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
package docscan

import "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"

// Сканҳои CMR ва TIR-carnet аз ронандагон
const connStr = "DefaultEndpointsProtocol=https;AccountName=pamirdocs;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"

func Client() (*azblob.Client, error) {
	return azblob.NewClientFromConnectionString(connStr, nil)
}
""", azure_key())

add("blind-mr/go/decoy-azurite-dev", "docscan/storage_dev.go", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", """\
package docscan

// Azurite-и локалӣ: калиди маъруфи devstoreaccount1 аз ҳуҷҷатҳои Microsoft
const devConnStr = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
	"AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
	"BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
""")

add("blind-mr/java/slack-webhook", "export-docs/src/main/java/tj/vakhsh/export/Alerts.java", "https://api.slack.com/messaging/webhooks", """\
package tj.vakhsh.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class Alerts {
    // Огоҳӣ: сертификати пайдоиш рад шуд
    private static final String WEBHOOK = "@@secret@@";

    public static void post(String text) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(WEBHOOK))
            .POST(HttpRequest.BodyPublishers.ofString("{\\"text\\":\\"" + text + "\\"}")).build();
        HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding());
    }
}
""", slack_webhook())

add("blind-mr/yaml/slack-webhook-alertmanager", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: ops
  group_by: [alertname]
receivers:
  - name: ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-pamir"
        title: "Огоҳӣ: {{ .CommonLabels.alertname }}"
""", slack_webhook())

add("blind-mr/yaml/decoy-alertmanager-file", "monitoring/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: ops
receivers:
  - name: ops
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_url
        channel: "#ops-pamir"
""")

add("blind-mr/python/discord-webhook", "gin_scale/alerts.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
import requests

# Канали Discord-и сменаи шабона: тарозу аз кор монд
WEBHOOK_URL = (
    "@@secret@@"
)

def scale_down(scale_id: str) -> None:
    requests.post(WEBHOOK_URL, json={"content": f"Тарозуи {scale_id} ҷавоб намедиҳад!"}, timeout=5)
""", discord_webhook())

add("blind-mr/python/decoy-hmac-signature", "gin_scale/verify.py", "https://docs.python.org/3/library/hmac.html", """\
import hmac
import hashlib
import os

# Имзои паёмҳои тарозу; калид аз муҳит, дар тест — имзои маълум
EXPECTED_TEST_SIG = "@@sig@@"

def sign(body: bytes) -> str:
    return hmac.new(os.environ["SCALE_HMAC_KEY"].encode(), body, hashlib.sha256).hexdigest()
""", sig=hexs(64))

add("blind-mr/python/github-token", "tools/release_notes.py", "https://docs.github.com/en/rest/releases/releases", """\
import requests

# Навиштаҷоти релиз барои барномаи ронандагон
GH_TOKEN = "@@secret@@"
REPO = "pamirfreight/driver-app"

def latest() -> dict:
    r = requests.get(f"https://api.github.com/repos/{REPO}/releases/latest",
                     headers={"Authorization": f"token {GH_TOKEN}"}, timeout=10)
    return r.json()
""", github())

add("blind-mr/yaml/github-fine-grained", "tools/renovate-config.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """\
# Renovate дар сервери CI (ҳар шаб)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - pamirfreight/driver-app
  - pamirfreight/dispatch-api
""", fakes.github_fine_grained_token(_seed()))

add("blind-mr/yaml/decoy-git-sha", "tools/pinned-actions.yml", "https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", """\
# Action-ҳо бо SHA-и commit маҳкам карда шудаанд
pins:
  actions/checkout: @@s1@@  # v4.2.2
  actions/setup-go: @@s2@@  # v5.1.0
  docker/login-action: @@s3@@  # v3.3.0
  docker/build-push-action: @@s4@@  # v6.9.0
""", s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40))

add("blind-mr/toml/pypi-token", "scale-agent/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-mr/toml/decoy-pyproject", "scale-agent/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """\
[project]
name = "vakhsh-scale-agent"
version = "2.4.1"
description = "Агенти тарозу: вазни бастаҳои пахтаро ба ERP мефиристад"
requires-python = ">=3.10"
dependencies = ["pyserial>=3.5", "httpx>=0.27"]

[tool.scale-agent]
api_key_env = "SCALE_AGENT_API_KEY"
""")

add("blind-mr/k8s-secret/telegram-bot", "deploy/k8s/dispatch-bot-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-bot
  namespace: freight
  labels: { app: dispatch-bot }
type: Opaque
data:
  TELEGRAM_TOKEN: @@secret_b64@@
  CHAT_ID: @@chat@@
""", telegram(), chat=b64("-1001987654321"))

add("blind-mr/k8s/decoy-configmap", "deploy/k8s/dispatch-bot-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: dispatch-bot
  namespace: freight
data:
  ROUTE: "Dushanbe-Kalaikhum-Khorog-Murghab-Osh"
  PASS_CHECK_INTERVAL: "15m"
  TELEGRAM_TOKEN_SECRET: "dispatch-bot/TELEGRAM_TOKEN"
""")

add("blind-mr/k8s/stringdata-rabbitmq", "deploy/k8s/rabbitmq-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data", """\
apiVersion: v1
kind: Secret
metadata:
  name: rabbitmq-url
  namespace: freight
type: Opaque
stringData:
  AMQP_URL: "amqp://freight:@@secret@@@rabbitmq.freight.svc:5672/%2f"
""", fakes.redis_password(_seed()))

add("blind-mr/k8s/decoy-external-secret", "deploy/k8s/rabbitmq-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: rabbitmq-url
  namespace: freight
spec:
  secretStoreRef: { name: vault, kind: ClusterSecretStore }
  target: { name: rabbitmq-url }
  data:
    - secretKey: AMQP_URL
      remoteRef: { key: freight/rabbitmq, property: url }
""")

add("blind-mr/k8s/decoy-sealed-secret", "deploy/k8s/fuelcards-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fuelcards-db
  namespace: freight
spec:
  encryptedData:
    password: AgB@@c@@
""", c=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

_reg_pw = rand_pw(20)
add("blind-mr/k8s/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: ginnery
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _reg_pw, cfg=b64('{"auths":{"registry.vakhsh-pakhta.tj":{"username":"vakhshgin","password":"' + _reg_pw
                     + '","auth":"' + b64("vakhshgin:" + _reg_pw) + '"}}}'))

add("blind-mr/helm/mongodb-uri", "charts/tracking/values.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
replicaCount: 1
image:
  repository: pamirfreight/tracking
  tag: "0.9.2"
env:
  # Нуқтаҳои GPS дар MongoDB (Atlas, Frankfurt)
  MONGO_URI: "mongodb+srv://tracking:@@secret@@@cluster0.x7pqk.mongodb.net/gps?retryWrites=true&w=majority"
  RETENTION_DAYS: "400"
""", rand_pw(16))

add("blind-mr/helm/decoy-existing-secret", "charts/tracking/values-prod.yaml", "https://helm.sh/docs/chart_best_practices/values/", """\
replicaCount: 2
image:
  repository: pamirfreight/tracking
  tag: "0.9.2"
mongo:
  existingSecret: tracking-mongo
  existingSecretKey: uri
# Рамзҳо дар ин файл нестанд
""")

add("blind-mr/javascript/mongodb-uri", "tracking/src/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", """\
const { MongoClient } = require("mongodb");

// TODO: ба .env гузаронед (Фарҳод, 12.11)
const uri = "mongodb://gps_writer:@@secret@@@10.40.0.9:27017/gps?authSource=admin";
const client = new MongoClient(uri);

module.exports = async () => {
  await client.connect();
  return client.db("gps");
};
""", words_pw())

add("blind-mr/javascript/decoy-dotenv", "tracking/src/db.prod.js", "https://github.com/motdotla/dotenv#usage", """\
require("dotenv").config();
const { MongoClient } = require("mongodb");

const client = new MongoClient(process.env.MONGO_URI);
module.exports = async () => (await client.connect()).db("gps");
""")

add("blind-mr/python/ftp-login", "gin_scale/export_to_broker.py", "https://docs.python.org/3/library/ftplib.html", """\
from ftplib import FTP_TLS

# Содироти рӯйхати бастаҳо ба брокер (ҳар ҷумъа)
def push(path: str) -> None:
    with FTP_TLS("ftp.cotton-broker.tj") as ftp:
        ftp.login("vakhshgin", "@@secret@@")
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR bales_weekly.csv", fh)
""", words_pw())

add("blind-mr/python/decoy-keyring", "gin_scale/export_to_broker_v2.py", "https://pypi.org/project/keyring/", """\
from ftplib import FTP_TLS
import keyring

def push(path: str) -> None:
    password = keyring.get_password("cotton-broker-ftp", "vakhshgin")
    with FTP_TLS("ftp.cotton-broker.tj") as ftp:
        ftp.login("vakhshgin", password)
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR bales_weekly.csv", fh)
""")

add("blind-mr/php/bank-api", "bales/src/Payments/AmonatClient.php", "https://www.php.net/manual/en/book.curl.php", """\
<?php
namespace Bales\\Payments;

// Пардохт ба деҳқонон тавассути бонк (API-и дохилӣ)
final class AmonatClient
{
    private const CLIENT_ID = 'vakhsh-gin-02';
    private const CLIENT_SECRET = '@@secret@@';

    public function token(): string
    {
        $ch = curl_init('https://api.bank.example.tj/oauth/token');
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['grant_type' => 'client_credentials',
            'client_id' => self::CLIENT_ID, 'client_secret' => self::CLIENT_SECRET]));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return json_decode(curl_exec($ch), true)['access_token'];
    }
}
""", rand_pw(40))

add("blind-mr/php/decoy-laravel-config", "bales/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
return [
    'amonat' => [
        'client_id' => env('AMONAT_CLIENT_ID'),
        'client_secret' => env('AMONAT_CLIENT_SECRET'),
        'base_url' => env('AMONAT_URL', 'https://api.bank.example.tj'),
    ],
];
""")

add("blind-mr/env/laravel-app-key", ".env.bales", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Bales"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://bales.vakhsh-pakhta.tj
LOG_CHANNEL=daily
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("blind-mr/env/decoy-empty-values", ".env.testing", "https://laravel.com/docs/11.x/testing#the-env-testing-environment-file", """\
APP_ENV=testing
APP_KEY=
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
AMONAT_CLIENT_SECRET=
""")

add("blind-mr/env/sendgrid", "portal-api/.env.production", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """\
NODE_ENV=production
PORT=8080
# Почта ба харидорон
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=contracts@vakhsh-pakhta.tj
STRIPE_PUBLISHABLE_KEY=@@pk@@
""", sendgrid(), pk=stripe("pk_live_"))

add("blind-mr/env/decoy-publishable-only", "portal-web/.env.production", "https://docs.stripe.com/keys", """\
VITE_API_URL=https://api.vakhsh-pakhta.tj
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_SENTRY_ENVIRONMENT=production
VITE_DEFAULT_LOCALE=tg
VITE_BUILD_SHA=@@sha@@
""", pk=stripe("pk_live_"), sha=hexs(40))

add("blind-mr/yaml/stripe-restricted", "portal-api/config/payments.yaml", "https://docs.stripe.com/keys#limit-access", """\
# Калиди маҳдуд: фақат PaymentIntents ва Refunds
stripe:
  key: @@secret@@
  webhook_tolerance_seconds: 300
  currency: usd
""", fakes.fake("rk_live_", 99, _seed()))

add("blind-mr/yaml/stripe-webhook-secret", "portal-api/config/webhooks.yaml", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
stripe:
  endpoint: https://api.vakhsh-pakhta.tj/webhooks/stripe
  # Имзои webhook (whsec_) — тағйир надиҳед, бе он пардохтҳо қабул намешаванд
  signing_secret: @@secret@@
  events: [payment_intent.succeeded, charge.refunded]
""", fakes.fake("whsec_", 32, _seed()))

add("blind-mr/go/aws-session", "docscan/cmd/upload/main.go", "https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html", """\
package main

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Муваққатӣ барои санҷиш аз ноутбуки Фарҳод — ПЕШ АЗ MERGE ПОК КУНЕД
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)
""", aws_secret(), kid="ASIA" + fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"))

add("blind-mr/cs/azure-ad-secret", "sms/Program.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-net-client-assertions", """\
using Azure.Identity;
using Microsoft.Graph;

// Тақвими смена дар Outlook (Graph API)
var credential = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");
var graph = new GraphServiceClient(credential);
Console.WriteLine("ok");
""", rand_pw(3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), client=uuid_s())

add("blind-mr/cs/decoy-guid-ids", "sms/AzureIds.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", """\
namespace Vakhsh.Gin.Sms;

// Идентификаторҳо ошкоранд (tenant, client) — калид дар Key Vault
public static class AzureIds
{
    public const string TenantId = "@@t@@";
    public const string ClientId = "@@c@@";
    public const string KeyVaultUri = "https://kv-vakhsh-gin.vault.azure.net/";
}
""", t=uuid_s(), c=uuid_s())

add("blind-mr/jenkinsfile/nexus-password", "export-docs/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    NEXUS_USER = 'ci-deployer'
    NEXUS_PASS = '@@secret@@'
  }
  stages {
    stage('Build')  { steps { sh './mvnw -B package' } }
    stage('Deploy') { steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.pass=$NEXUS_PASS' } }
  }
}
""", words_pw())

add("blind-mr/jenkinsfile/decoy-credentials-binding", "bales/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh './deploy.sh'
        }
      }
    }
  }
}
""")

add("blind-mr/bitbucket/ssh-deploy", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """\
pipelines:
  branches:
    main:
      - step:
          name: Deploy to dispatch-01
          script:
            - export SSHPASS='@@secret@@'
            - sshpass -e rsync -az ./dist/ deploy@dispatch.pamirfreight.tj:/opt/dispatch/
""", words_pw())

add("blind-mr/drone/decoy-from-secret", ".drone.yml", "https://docs.drone.io/pipeline/environment/syntax/#from-secrets", """\
kind: pipeline
type: docker
name: default
steps:
  - name: publish
    image: plugins/docker
    settings:
      repo: pamirfreight/tracking
      username: pamirfreight
      password:
        from_secret: docker_password
""")

add("blind-mr/shell/heredoc-pgpass", "ops/provision_reporting.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/sh
# Сервери ҳисоботҳо: танзими пайваст ба базаи ERP
set -e
cat > /home/report/.pgpass <<EOF
10.12.0.5:5432:gin_erp:reporting:@@secret@@
EOF
chmod 600 /home/report/.pgpass
chown report:report /home/report/.pgpass
""", words_pw())

add("blind-mr/shell/decoy-read-prompt", "ops/provision_exporter.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/usr/bin/env bash
set -euo pipefail
read -rsp "Рамзи exporter: " EXPORTER_PW; echo
psql -v exporter_pw="$EXPORTER_PW" -f db/migrations/0008_exporter_user.sql
unset EXPORTER_PW
""")

add("blind-mr/shell/mssql-sqlcmd", "ops/nightly_bales_report.sh", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """\
#!/usr/bin/env bash
# Ҳисоботи шабона: бастаҳои қабулшуда дар 24 соат
OUT=/srv/reports/bales_$(date +%F).csv
sqlcmd -S GIN-SQL01 -d GinERP -U report_ro -P '@@secret@@' \\
  -Q "SET NOCOUNT ON; SELECT lot, bale_no, net_kg, grade FROM bales WHERE received > DATEADD(day,-1,GETDATE())" \\
  -s "," -W -o "$OUT"
echo "written $OUT"
""", rand_pw(14, "#!"))

add("blind-mr/powershell/smtp-credential", "ops/Send-DailyWeights.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
# Вазни ҳаррӯзаи пахта ба директор
$pw = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred = [pscredential]::new('hisobot@vakhsh-pakhta.tj', $pw)
Send-MailMessage -SmtpServer smtp.tojnet.tj -Port 587 -UseSsl -Credential $cred `
  -From hisobot@vakhsh-pakhta.tj -To director@vakhsh-pakhta.tj `
  -Subject "Вазни пахта $(Get-Date -Format d)" -Attachments D:\\Reports\\weights.xlsx
""", words_pw())

add("blind-mr/powershell/decoy-dpapi-file", "ops/Send-WeeklyWeights.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """\
# Рамз бо DPAPI рамзгузорӣ шуда, танҳо дар ҳамин компютер кушода мешавад
$enc = Get-Content C:\\ops\\smtp.enc
$pw = $enc | ConvertTo-SecureString
$cred = [pscredential]::new('hisobot@vakhsh-pakhta.tj', $pw)
Send-MailMessage -SmtpServer smtp.tojnet.tj -Port 587 -UseSsl -Credential $cred -To director@vakhsh-pakhta.tj -Subject "Ҳафтаина"
""")

add("blind-mr/python/mqtt-password", "moisture-meters/gateway.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
import paho.mqtt.client as mqtt

# Шлюзи намсанҷҳо: LoRa -> MQTT
client = mqtt.Client(client_id="probe-gw-A")
client.username_pw_set("probe-gateway", password="@@secret@@")
client.tls_set()
client.connect("mqtt.gin.local", 8883)
client.loop_forever()
""", fakes.redis_password(_seed()))

add("blind-mr/c/decoy-firmware-defaults", "moisture-meters/firmware/config.h", "https://www.arduino.cc/reference/en/libraries/wifi/wifi.begin/", """\
#pragma once
/* Танзимоти пешфарз: ҳангоми насб дар анбор тавассути UART иваз мешаванд */
#define WIFI_SSID      "GIN-SENSORS"
#define WIFI_PASSWORD  ""            /* аз EEPROM хонда мешавад */
#define MQTT_HOST      "mqtt.gin.local"
#define MQTT_USER      "probe"
#define MQTT_PASS      CONFIG_MQTT_PASS /* аз sdkconfig */
""")

add("blind-mr/c/wifi-password", "moisture-meters/firmware/secrets.h", "https://www.arduino.cc/reference/en/libraries/wifi/wifi.begin/", """\
#pragma once
/* Анбори B — шабакаи сенсорҳо */
#define WIFI_SSID      "GIN-SENSORS-B"
#define WIFI_PASSWORD  "@@secret@@"
#define MQTT_HOST      "mqtt.gin.local"
""", words_pw())

add("blind-mr/yaml/rabbitmq-definitions", "deploy/rabbitmq/definitions.yaml", "https://www.rabbitmq.com/docs/definitions", """\
# Навбатҳо: trips, customs, fuel
users:
  - name: freight
    password: @@secret@@
    tags: ""
vhosts:
  - name: /
queues:
  - { name: trips, vhost: /, durable: true }
  - { name: customs, vhost: /, durable: true }
""", fakes.redis_password(_seed()))

add("blind-mr/json/decoy-rabbitmq-hash", "deploy/rabbitmq/definitions.json", "https://www.rabbitmq.com/docs/passwords#computing-password-hash", """\
{
  "users": [
    {
      "name": "freight",
      "password_hash": "@@h@@",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ""
    }
  ],
  "vhosts": [{ "name": "/" }]
}
""", h=base64.b64encode(bytes(_rng().randrange(256) for _ in range(36))).decode())

# ---------------------------------------------------------------- notes, tickets, chats, misc clients

add("blind-mr/markdown/handover-note", "notes/handover-2024-11.md", "https://www.markdownguide.org/basic-syntax/", """\
# Супоридани кор (Фарҳод -> Мадина), ноябр 2024

- Боти диспетчерӣ дар `dispatch-01` кор мекунад, лог: `journalctl -u dispatch-bot`.
- Портали брокери гумрук: https://portal.customs-broker.tj
  логин `pamirfreight`, рамз: @@secret@@ (ҳар 90 рӯз иваз мешавад, навбатӣ 15.02)
- Трекерҳои нав (5 дона) дар анбори Душанбе, ҳанӯз насб нашудаанд.
- Ағбаи Хабуработ аз 1 декабр баста мешавад.
""", words_pw())

add("blind-mr/markdown/decoy-handover-no-secrets", "notes/handover-2024-10.md", "https://www.markdownguide.org/basic-syntax/", """\
# Супоридани кор (Шамсиддин -> Фарҳод), октябр 2024

- Ҳамаи рамзҳо дар Bitwarden, коллексияи «Pamir Freight Ops».
- Токени боти Telegram: `TELEGRAM_TOKEN` дар `/etc/pamir-freight/bot.env` (0600, root).
- Калиди API-и трекерҳо: Vault `kv/freight/flespi`.
- Рамзи Wi-Fi-и депо: дар варақаи часпондашуда дар дари шкаф (аз ин ҷо не!).
""")

add("blind-mr/text/chat-export", "notes/telegram_ops_chat.txt", "https://telegram.org/blog/export-and-more", """\
[18.11.2024 07:41] Мадина: Фарҳод, рамзи SQL-и fuelcards чист? Ҳисобот намебарояд
[18.11.2024 07:43] Фарҳод: fuel_app / @@secret@@
[18.11.2024 07:43] Фарҳод: баъд иваз мекунам, ба ҳеҷ кас нагӯ
[18.11.2024 07:50] Мадина: кор кард, раҳмат
[18.11.2024 08:02] Бахтиёр: КамАЗ 0456 дар Қалъаихумб, роҳ тоза аст
""", rand_pw(13, "!"))

add("blind-mr/text/decoy-chat-rotated", "notes/telegram_ops_chat_dec.txt", "https://telegram.org/blog/export-and-more", """\
[02.12.2024 09:10] Мадина: рамзи fuelcards кор намекунад
[02.12.2024 09:12] Фарҳод: иваз кардам, дар Bitwarden нигоҳ кун
[02.12.2024 09:13] Фарҳод: пештара (********) дигар кор намекунад
[02.12.2024 09:20] Мадина: ёфтам, раҳмат
[02.12.2024 10:05] Бахтиёр: Мурғоб -18°, дизел ях кард
""")

add("blind-mr/text/sim-router-note", "notes/truck_routers.txt", "https://www.rfc-editor.org/rfc/rfc7230", """\
Роутерҳои LTE дар мошинҳо (Teltonika RUT241)
=============================================
Веб-интерфейс: https://192.168.1.1
Корбар: admin
Рамз (ҳамаи мошинҳо як хел): @@secret@@
APN: internet.tcell.tj
Қайд: дар Мурғоб танҳо Megafon кор мекунад.
""", rand_pw(12))

add("blind-mr/text/decoy-default-router", "notes/truck_routers_new.txt", "https://wiki.teltonika-networks.com/view/RUT241_Administration", """\
Роутерҳои нав (RUT241), пеш аз насб
====================================
1. Бо рамзи пешфарз, ки дар зери роутер навишта шудааст, ворид шавед.
2. Рамзи навро бо `pwgen -s 16 1` созед ва дар Bitwarden нигоҳ доред.
3. APN: internet.tcell.tj
4. Рамзро дар ин файл НАНАВИСЕД.
""")

add("blind-mr/json/vscode-sftp", "fuelcards/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp#configuration", """\
{
  "name": "fuelcards-prod",
  "host": "10.40.0.12",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/var/www/fuelcards",
  "uploadOnSave": false
}
""", words_pw())

add("blind-mr/json/decoy-vscode-sftp-key", "bales/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp#configuration", """\
{
  "name": "bales-prod",
  "host": "10.12.0.8",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "privateKeyPath": "~/.ssh/id_ed25519",
  "remotePath": "/var/www/bales"
}
""")

add("blind-mr/ini/winscp", "ops/customs/WinSCP.ini", "https://winscp.net/eng/docs/ui_pref_storage", """\
[Configuration\\Interface]
ConfirmClosingSession=0

[Sessions\\customs-broker]
HostName=sftp.customs-broker.tj
UserName=pamirfreight
PortNumber=22
; рамз бо дасти Бахтиёр илова шуд, ки ҳар дафъа напурсад
Password=@@secret@@
""", words_pw())

add("blind-mr/yaml/kubeconfig-token", "ops/kube/config-ginnery", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: ginnery
    cluster: { server: "https://10.12.0.20:6443", insecure-skip-tls-verify: true }
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: ginnery
    context: { cluster: ginnery, user: ci-deployer, namespace: ginnery }
current-context: ginnery
""", jwt_like())

add("blind-mr/yaml/decoy-kubeconfig-exec", "ops/kube/config-freight", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: freight
    cluster: { server: "https://10.40.0.20:6443", certificate-authority: ca.crt }
users:
  - name: farhod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --oidc-issuer-url=https://sso.pamirfreight.tj]
current-context: freight
""")

add("blind-mr/yaml/vault-token", "ops/vault/vault-sync.yaml", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """\
# Танзими vault-агенти муваққатӣ (пеш аз AppRole)
vault:
  address: https://vault.pamirfreight.tj:8200
  token: @@secret@@
  kv_mount: kv
  paths: [freight/flespi, freight/rabbitmq]
""", vault_token())

add("blind-mr/hcl/decoy-vault-approle", "ops/vault/agent.hcl", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle", """\
vault { address = "https://vault.pamirfreight.tj:8200" }

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role_id"
      secret_id_file_path = "/etc/vault/secret_id"
    }
  }
}
""")

add("blind-mr/python/shopify", "portal-api/scripts/sync_shop.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """\
import requests

# Мағозаи онлайни пахтаи тиббӣ ва кӯрпа (маҳсулоти иловагӣ)
SHOP = "vakhsh-cotton.myshopify.com"
TOKEN = "@@secret@@"

def products():
    return requests.get(f"https://{SHOP}/admin/api/2024-10/products.json",
                        headers={"X-Shopify-Access-Token": TOKEN}, timeout=10).json()
""", shopify())

add("blind-mr/python/datadog", "tracker-gw/app/metrics.py", "https://docs.datadoghq.com/account_management/api-app-keys/", """\
from datadog import initialize, statsd

# Метрикаҳо: шумораи мошинҳо дар роҳ, таъхири трекерҳо
initialize(api_key="@@secret@@", app_key=None, statsd_host="127.0.0.1")

def trucks_on_road(n: int) -> None:
    statsd.gauge("pamir.trucks.on_road", n, tags=["route:m41"])
""", hexs(32))

add("blind-mr/yaml/datadog-agent", "deploy/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
api_key: @@secret@@
site: datadoghq.eu
hostname: tracker-gw-01
tags:
  - env:prod
  - team:dispatch
logs_enabled: true
""", hexs(32))

add("blind-mr/yaml/decoy-datadog-env", "deploy/datadog/datadog.example.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# api_key аз DD_API_KEY (systemd drop-in) гирифта мешавад
api_key: ""
site: datadoghq.eu
hostname: tracker-gw-02
logs_enabled: true
""")

add("blind-mr/python/decoy-sentry-dsn", "dispatch-api/app/observability.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
import sentry_sdk

# DSN ошкор аст (танҳо барои фиристодани хатоҳо), калиди махфӣ нест
sentry_sdk.init(
    dsn="https://@@k@@@o450123.ingest.sentry.io/5512345",
    traces_sample_rate=0.1,
    environment="production",
)
""", k=hexs(32))

add("blind-mr/python/mapbox-secret", "analytics/route_tiles.py", "https://docs.mapbox.com/accounts/guides/tokens/", """\
import requests

# Плиткаҳои харитаи роҳи M41 барои ҳисоботи масофа
MAPBOX_TOKEN = "@@secret@@"

def upload_tileset(path: str) -> None:
    requests.post("https://api.mapbox.com/uploads/v1/pamirfreight",
                  params={"access_token": MAPBOX_TOKEN}, files={"file": open(path, "rb")}, timeout=60)
""", "sk." + base64.urlsafe_b64encode(b'{"u":"pamirfreight","a":"' + fakes.drawn(_seed(), 12).encode() + b'"}').decode().rstrip("=")
    + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("blind-mr/git-credentials/github-token", "ops/home/deploy/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
https://deploy-bot:@@secret@@@github.com
https://oauth2@gitlab.pamirfreight.tj
# дар dispatch-01 барои git pull
# TODO: deploy key
# (Шамсиддин, 2024-08)
""", github())

add("blind-mr/json/docker-config-auth", "ops/home/deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.vakhsh-pakhta.tj": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default"
}
""", b64("ci-deployer:" + rand_pw(18)))

add("blind-mr/json/decoy-docker-credstore", "ops/home/farhod/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.vakhsh-pakhta.tj": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop"
}
""")

add("blind-mr/ini/pip-index-url", "scale-agent/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
# Nexus-и дохилӣ (PyPI proxy + бастаҳои хусусӣ)
index-url = https://ci-reader:@@secret@@@nexus.vakhsh-pakhta.tj/repository/pypi/simple
timeout = 60
trusted-host = nexus.vakhsh-pakhta.tj
""", rand_pw(16))

add("blind-mr/ini/decoy-pip-keyring", "tracker-gw/pip.conf", "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", """\
[global]
index-url = https://ci-reader@nexus.vakhsh-pakhta.tj/repository/pypi/simple
keyring-provider = subprocess
timeout = 60
# рамз аз keyring гирифта мешавад
""")

add("blind-mr/json/composer-auth", "bales/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic", """\
{
  "http-basic": {
    "repo.vakhsh-pakhta.tj": {
      "username": "bales-ci",
      "password": "@@secret@@"
    }
  },
  "github-oauth": {}
}
""", words_pw())

add("blind-mr/xml/nuget-cleartext", "sms/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="vakhsh" value="https://nexus.vakhsh-pakhta.tj/repository/nuget/" />
  </packageSources>
  <packageSourceCredentials>
    <vakhsh>
      <add key="Username" value="ci-reader" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </vakhsh>
  </packageSourceCredentials>
</configuration>
""", rand_pw(18, "!"))

add("blind-mr/xml/decoy-nuget-env", "fuelcards/nuget.config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSourceCredentials>
    <vakhsh>
      <add key="Username" value="ci-reader" />
      <add key="ClearTextPassword" value="%NEXUS_PASSWORD%" />
    </vakhsh>
  </packageSourceCredentials>
</configuration>
""")

add("blind-mr/properties/gradle-signing", "driver-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Имзои APK барои Google Play
RELEASE_STORE_FILE=../keys/pamir-driver.jks
RELEASE_KEY_ALIAS=pamir-driver
RELEASE_STORE_PASSWORD=@@secret@@
""", words_pw())

add("blind-mr/properties/decoy-gradle-env", "driver-app/gradle.properties.example", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/pamir-driver.jks
RELEASE_KEY_ALIAS=pamir-driver
# RELEASE_STORE_PASSWORD аз ORG_GRADLE_PROJECT_RELEASE_STORE_PASSWORD дар CI
""")

add("blind-mr/yaml/spring-application", "export-docs/src/main/resources/application-mail.yml", "https://docs.spring.io/spring-boot/reference/io/email.html", """\
spring:
  mail:
    host: smtp.tojnet.tj
    port: 587
    username: export@vakhsh-pakhta.tj
    password: "@@secret@@"
    properties:
      mail.smtp.starttls.enable: true
# Мактубҳо ба харидорони Туркия ва Чин
""", words_pw())

add("blind-mr/systemd/env-line", "ops/systemd/dispatch-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Pamir Freight dispatch bot
After=network-online.target

[Service]
User=dispatch
Environment=TELEGRAM_TOKEN=@@secret@@
ExecStart=/opt/dispatch/bin/dispatch-bot
Restart=always

[Install]
WantedBy=multi-user.target
""", telegram())

add("blind-mr/systemd/decoy-environment-file", "ops/systemd/tracker-gw.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=Tracker gateway (Teltonika -> Redis)

[Service]
User=tracker
EnvironmentFile=/etc/pamir-freight/tracker.env
LoadCredential=flespi-token:/etc/credstore/flespi-token
ExecStart=/opt/tracker-gw/bin/tracker-gw

[Install]
WantedBy=multi-user.target
""")

add("blind-mr/crontab/mysqldump", "ops/cron/gin-sql01.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
MAILTO=ops@vakhsh-pakhta.tj
# m h dom mon dow command
# Нусхаи эҳтиётии шабона — базаи бастаҳо
30 1 * * * mysqldump -u backup --password=@@secret@@ --single-transaction bales | gzip > /backup/bales_$(date +\\%F).sql.gz
0 3 * * 0 find /backup -name 'bales_*.sql.gz' -mtime +30 -delete
""", words_pw())

add("blind-mr/crontab/decoy-defaults-file", "ops/cron/pf-sql01.crontab", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
MAILTO=ops@pamirfreight.tj
# m h dom mon dow command
# рамз дар /root/.my.cnf (0600)
30 1 * * * mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction dispatch | gzip > /backup/dispatch.sql.gz
0 3 * * 0 find /backup -name '*.sql.gz' -mtime +30 -delete
""")

add("blind-mr/mycnf/client-password", "ops/root/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
[client]
user=backup
password="@@secret@@"
host=127.0.0.1

[mysqldump]
single-transaction
""", words_pw())

add("blind-mr/htpasswd/decoy-bcrypt", "ops/nginx/tracking.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
madina:$2y$10$@@h1@@
farhod:$2y$10$@@h2@@
bakhtiyor:$2y$10$@@h3@@
dispatch:$2y$10$@@h4@@
guest:$2y$10$@@h5@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h5=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-mr/nginx/basic-auth-proxy", "ops/nginx/broker-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Прокси ба API-и брокери гумрук (онҳо танҳо Basic auth доранд)
server {
    listen 8443 ssl;
    server_name broker-proxy.pamirfreight.tj;
    location / {
        proxy_pass https://api.customs-broker.tj;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("pamirfreight:" + words_pw()))

add("blind-mr/log/smtp-auth-plain", "logs/mail-debug-2024-11-21.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
2024-11-21 07:00:01 S: 220 smtp.tojnet.tj ESMTP
2024-11-21 07:00:01 C: EHLO gin-erp
2024-11-21 07:00:02 C: AUTH PLAIN @@secret@@
2024-11-21 07:00:02 S: 235 2.7.0 Authentication successful
2024-11-21 07:00:02 C: MAIL FROM:<hisobot@vakhsh-pakhta.tj>
2024-11-21 07:00:03 S: 250 OK
""", b64("\0hisobot@vakhsh-pakhta.tj\0" + words_pw()))

add("blind-mr/log/decoy-auth-redacted", "logs/mail-debug-2024-11-22.log", "https://www.rfc-editor.org/rfc/rfc4954", """\
2024-11-22 07:00:01 S: 220 smtp.tojnet.tj ESMTP
2024-11-22 07:00:01 C: EHLO gin-erp
2024-11-22 07:00:02 C: AUTH PLAIN <credentials redacted by logger>
2024-11-22 07:00:02 S: 235 2.7.0 Authentication successful
2024-11-22 07:00:03 S: 250 OK id=@@id@@
""", id=hexs(16))

add("blind-mr/python/json-in-string", "customs/client.py", "https://docs.python.org/3/library/json.html", """\
import json
import os

# Танзимоти брокер ҳамчун JSON (аз панели брокер нусха карда шуд)
BROKER_CONFIG = json.loads('{"endpoint": "https://api.customs-broker.tj/v3", "login": "pamirfreight", "api_secret": "@@secret@@", "post": "Kulma"}')

def headers() -> dict:
    return {"X-Login": BROKER_CONFIG["login"], "X-Secret": BROKER_CONFIG["api_secret"]}
""", hexs(40))

_tir_pw = words_pw()
add("blind-mr/python/split-password", "customs/tir_report.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
import pyodbc

# Карнетҳои TIR — база дар офиси Душанбе
CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=PF-SQL01;DATABASE=TIR;"
    "UID=tir_reader;PWD=@@a@@"
    "@@b@@;Encrypt=no"
)
cnx = pyodbc.connect(CONN)
""", _tir_pw, a=_tir_pw[:7], b=_tir_pw[7:])

add("blind-mr/ruby/telegram-bot", "invoicing/lib/tasks/notify.rake", "https://core.telegram.org/bots/api#sendmessage", """\
require 'net/http'

# Паём ба муштарӣ: фактура тайёр аст
namespace :notify do
  task :invoices => :environment do
    token = '@@secret@@'
    Invoice.ready.find_each do |inv|
      Net::HTTP.post_form(URI("https://api.telegram.org/bot#{token}/sendMessage"),
                          'chat_id' => inv.client.telegram_chat_id, 'text' => "Фактура №#{inv.number} тайёр аст")
    end
  end
end
""", telegram())

add("blind-mr/kotlin/decoy-test-constants", "driver-app/app/src/test/java/tj/pamirfreight/driver/ApiTest.kt", "https://developer.android.com/training/testing/local-tests", """\
package tj.pamirfreight.driver

import org.junit.Test

// Қиматҳои қалбакӣ барои тест, бо сервер кор намекунанд
private const val TEST_API_KEY = "test-key-not-real-0000"

class ApiTest {
    @Test fun buildsHeader() { assert(TEST_API_KEY.startsWith("test-")) }
}
""")

add("blind-mr/swift/basic-auth", "DriverIOS/DriverIOS/BrokerAPI.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

// Ронанда ҳолати декларатсияро дар гумрук мебинад
struct BrokerAPI {
    static let user = "pamirfreight-mobile"
    static let password = "@@secret@@"

    static func request(_ url: URL) -> URLRequest {
        var r = URLRequest(url: url)
        let cred = Data("\\(user):\\(password)".utf8).base64EncodedString()
        r.setValue("Basic \\(cred)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", words_pw())

add("blind-mr/shell/docker-run-env", "ops/run_grafana.sh", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """\
#!/usr/bin/env bash
# Grafana барои диспетчерҳо: харитаи мошинҳо ва вақти ағбаҳо
docker run -d --name grafana -p 3000:3000 \\
  -e GF_SECURITY_ADMIN_USER=admin \\
  -e GF_SECURITY_ADMIN_PASSWORD='@@secret@@' \\
  -v grafana:/var/lib/grafana grafana/grafana:11.3.0
""", words_pw())

add("blind-mr/shell/curl-api-key-header", "scripts/pull_fuel_prices.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/usr/bin/env bash
# Нархи дизел дар АЗС-ҳои роҳи Помир
set -e
curl -sf -H "X-API-Key: @@secret@@" \\
  "https://api.fuelcards.tj/v2/prices?stations=dushanbe,kalaikhum,khorog,murghab" \\
  | jq -r '.[] | [.station, .diesel] | @tsv'
""", "fc_" + hexs(40))

add("blind-mr/shell/decoy-op-read", "scripts/pull_fuel_prices_v2.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", """\
#!/usr/bin/env bash
set -e
API_KEY="$(op read 'op://Freight Ops/fuelcards-api/credential')"
curl -sf -H "X-API-Key: ${API_KEY}" \\
  "https://api.fuelcards.tj/v2/prices?stations=khorog,murghab" | jq .
""")

add("blind-mr/go/smtp-plainauth", "invoicing-go/mailer/mailer.go", "https://pkg.go.dev/net/smtp#PlainAuth", """\
package mailer

import "net/smtp"

// Фактура ба муштарӣ дар Ош ва Бишкек
func Send(to []string, msg []byte) error {
	auth := smtp.PlainAuth("", "invoice@pamirfreight.tj", "@@secret@@", "smtp.tojnet.tj")
	return smtp.SendMail("smtp.tojnet.tj:587", auth, "invoice@pamirfreight.tj", to, msg)
}
""", words_pw())

add("blind-mr/go/jwt-hmac-secret", "dispatch-api/internal/auth/jwt.go", "https://pkg.go.dev/github.com/golang-jwt/jwt/v5#example-New-Hmac", """\
package auth

import "github.com/golang-jwt/jwt/v5"

// Калиди имзои токенҳои ронандагон
var signingKey = []byte("@@secret@@")

func Sign(driverID string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": driverID}).SignedString(signingKey)
}
""", rand_pw(48))

add("blind-mr/go/decoy-jwks-public", "dispatch-api/internal/auth/jwks.go", "https://www.rfc-editor.org/rfc/rfc7517", """\
package auth

// Калиди кушоди RS256 (JWKS) — барои санҷиши имзо, махфӣ нест
const jwksJSON = `{"keys":[{"kty":"RSA","kid":"@@kid@@","use":"sig","alg":"RS256",
"n":"@@n@@",
"e":"AQAB"}]}`
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("blind-mr/typescript/firebase-admin", "portal-api/src/push.ts", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """\
import admin from "firebase-admin";

// Push ба барномаи ронандагон
admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "pamir-driver",
    clientEmail: "firebase-adminsdk@pamir-driver.iam.gserviceaccount.com",
    privateKey: "@@secret@@",
  }),
});
""", pem("").replace("  ", " ").replace("\n", "\\n"))

add("blind-mr/typescript/decoy-firebase-web-config", "portal-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """\
import { initializeApp } from "firebase/app";

// Конфиги веб ошкор аст (Firebase ҳуҷҷатҳо): дастрасӣ бо Security Rules маҳдуд аст
export const app = initializeApp({
  projectId: "pamir-driver",
  authDomain: "pamir-driver.firebaseapp.com",
  appId: "1:@@num@@:web:@@app@@",
  messagingSenderId: "@@num@@",
});
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("blind-mr/json/gcp-service-account", "analytics/keys/bigquery-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "vakhsh-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "bq-loader@vakhsh-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("  ", " ").replace("\n", "\\n"), kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("blind-mr/python/openai-env-fallback", "analytics/summarize_trips.py", "https://platform.openai.com/docs/api-reference/authentication", """\
import os
from openai import OpenAI

# Хулосаи ҳафтаинаи сафарҳо бо забони тоҷикӣ
client = OpenAI(api_key=os.getenv("OPENAI_API_KEY", "@@secret@@"))

def summarize(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-mr/python/decoy-openai-env", "analytics/summarize_lots.py", "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

# Калид аз OPENAI_API_KEY (клиент худаш мехонад)
client = OpenAI()

def summarize(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
""")

add("blind-mr/yaml/oauth-client-secret", "deploy/sso/oauth2-proxy.yaml", "https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview", """\
# SSO барои Grafana ва портали диспетчерӣ
provider: keycloak-oidc
oidc_issuer_url: https://sso.pamirfreight.tj/realms/freight
client_id: oauth2-proxy
client_secret: @@secret@@
cookie_secret: ""
email_domains: ["pamirfreight.tj"]
""", rand_pw(32))

add("blind-mr/toml/influx-token", "tracker-gw/telegraf.toml", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """\
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["http://10.40.0.15:8086"]
  token = "@@secret@@"
  organization = "pamirfreight"
  bucket = "trucks"
""", fakes.drawn(_seed(), 86, ALNUM + "_-") + "==")

add("blind-mr/toml/decoy-influx-env", "moisture-meters/telegraf.toml", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", """\
[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["http://10.12.0.15:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "vakhsh-gin"
  bucket = "moisture"
""")

add("blind-mr/lua/decoy-nodemcu-placeholder", "moisture-meters/nodemcu/init.lua", "https://nodemcu.readthedocs.io/en/release/modules/wifi/", """\
-- Намсанҷи сайёр (NodeMCU): рамзҳо дар credentials.lua, ки дар .gitignore аст
dofile("credentials.lua")
wifi.setmode(wifi.STATION)
wifi.sta.config({ ssid = WIFI_SSID, pwd = WIFI_PASSWORD })
print("connecting to " .. WIFI_SSID)
""")

add("blind-mr/lua/wifi-credentials", "moisture-meters/nodemcu/credentials.lua", "https://nodemcu.readthedocs.io/en/release/modules/wifi/", """\
-- Анбори C (Бохтар)
WIFI_SSID = "GIN-SENSORS-C"
WIFI_PASSWORD = "@@secret@@"
MQTT_USER = "probe"
-- тамом
""", words_pw())

add("blind-mr/perl/db-password", "legacy/weights_report.pl", "https://metacpan.org/pod/DBI#connect", """\
#!/usr/bin/perl
use strict;
use DBI;
# Ҳисоботи кӯҳна (аз соли 2012), ҳанӯз директор истифода мебарад
my $dbh = DBI->connect("DBI:mysql:database=bales;host=10.12.0.8", "report", "@@secret@@")
    or die $DBI::errstr;
my $sth = $dbh->prepare("SELECT grade, SUM(net_kg) FROM bales GROUP BY grade");
$sth->execute();
""", words_pw())

add("blind-mr/yaml/decoy-sops-encrypted", "deploy/secrets/freight.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
telegram_token: ENC[AES256_GCM,data:@@d1@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  age:
    - recipient: age1@@rcp@@
  lastmodified: "2024-11-20T08:15:00Z"
  mac: ENC[AES256_GCM,data:@@mac@@,type:str]
  version: 3.9.1
""", d1=fakes.drawn(_seed(), 60, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", rcp=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    mac=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-mr/markdown/onboarding-api-key", "docs/partners/api.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """\
# API барои ширкатҳои шарик (экспедиторҳо дар Ош)

Намунаи дархост (калиди шарики «Osh Logistics»):

```bash
curl -H "Authorization: Bearer @@secret@@" \\
  https://api.pamirfreight.tj/v1/shipments?status=in_transit
```

Ҷавоб — JSON бо рӯйхати борҳо ва ҷойгиршавии охирин.
""", "pf_live_" + rand_pw(32))

add("blind-mr/markdown/decoy-api-doc-example", "docs/partners/api-auth.md", "https://www.markdownguide.org/extended-syntax/#fenced-code-blocks", """\
# Аутентификатсия

Ҳар шарик калиди худро дар панел мегирад. Намуна:

```bash
curl -H "Authorization: Bearer pf_live_YOUR_KEY_HERE" \\
  https://api.pamirfreight.tj/v1/shipments
```

Калидро ҳеҷ гоҳ дар код ё дар чат нафиристед.
""")

add("blind-mr/yaml/twilio-sms-ansible", "ansible/group_vars/sms_gateway.yml", "https://docs.ansible.com/ansible/latest/collections/community/general/twilio_module.html", """\
---
sms_provider: twilio
twilio_account_sid: @@sid@@
twilio_auth_token: @@secret@@
twilio_from: "+992900000222"
# СМС ба ронандагон: ағба баста / кушода
""", hexs(32), sid=twilio_sid())

add("blind-mr/json/slack-bot-token", "monitoring/slack-app.json", "https://api.slack.com/authentication/token-types#bot", """\
{
  "app": "pamir-ops-bot",
  "channel": "#ops-pamir",
  "bot_token": "@@secret@@",
  "notify_on": ["pass_closed", "truck_offline", "fuel_limit"]
}
""", slack_bot())

add("blind-mr/csharp/decoy-user-secrets-id", "fuelcards/FuelCards.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Рамзҳо дар dotnet user-secrets, на дар repo -->
    <UserSecretsId>@@id@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", id=uuid_s())

add("blind-mr/php/telegram-webhook-setup", "bales/bin/set_webhook.php", "https://core.telegram.org/bots/api#setwebhook", """\
<?php
// Боти қабули пахта: деҳқон рақами квитансияро мефиристад, вазнро мегирад
$token = '@@secret@@';
$url = 'https://bales.vakhsh-pakhta.tj/telegram/hook';
$res = file_get_contents("https://api.telegram.org/bot{$token}/setWebhook?url=" . urlencode($url));
echo $res, PHP_EOL;
""", telegram())

add("blind-mr/java/jdbc-url-password", "export-docs/src/main/java/tj/vakhsh/export/LegacyDb.java", "https://jdbc.postgresql.org/documentation/use/#connection-parameters", """\
package tj.vakhsh.export;

import java.sql.Connection;
import java.sql.DriverManager;

// Пайвасти кӯҳна ба базаи лотҳо (то гузариш ба Spring)
final class LegacyDb {
    static Connection open() throws Exception {
        return DriverManager.getConnection(
            "jdbc:postgresql://10.12.0.5:5432/lots?user=lots_ro&password=@@secret@@&ssl=false");
    }
}
""", words_pw())

add("blind-mr/yaml/compose-mssql-sa", "fuelcards/docker-compose.override.yml", "https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-docker-container-configure", """\
services:
  sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@secret@@"
    ports: ["1433:1433"]
# Нусхаи базаи истеҳсолӣ барои санҷиш (маълумоти ҳақиқӣ!)
""", words_pw())

add("blind-mr/ruby/aws-s3", "invoicing/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """\
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: eu-central-1
  bucket: pamir-freight-invoices
""", aws_secret(), kid=aws_id())

add("blind-mr/ruby/decoy-storage-credentials", "invoicing/config/storage.prod.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """\
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-central-1
  bucket: pamir-freight-invoices
""")

add("blind-mr/csv/api-keys-inventory", "ops/inventory/partner_keys.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
partner,city,created,status,key
Osh Logistics,Ош,2024-03-02,revoked,pf_live_****************************Q7mB
Kashgar Trans,Кашғар,2024-05-19,revoked,pf_live_****************************x2Lk
Badakhshan Agro,Хоруғ,2024-10-11,active,@@secret@@
# ТАВАҶҶУҲ: ин файлро пас аз фиристодан нест кунед
""", "pf_live_" + rand_pw(32))

add("blind-mr/kotlin/mqtt-tracker", "driver-app/app/src/main/java/tj/pamirfreight/driver/Mqtt.kt", "https://eclipse.dev/paho/files/android-javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """\
package tj.pamirfreight.driver

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

// Ҷойгиршавии ронанда, вақте ки GPS-трекери мошин кор намекунад
fun mqttOptions(): MqttConnectOptions = MqttConnectOptions().apply {
    userName = "driver-app"
    password = "@@secret@@".toCharArray()
    isAutomaticReconnect = true
}
""", fakes.redis_password(_seed()))

add("blind-mr/yaml/decoy-helm-randalphanum", "charts/tracking/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#randalphanum-randalpha-randnumeric-and-randascii", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "tracking.fullname" . }}-redis
type: Opaque
data:
  # рамз ҳангоми насб сохта мешавад
  password: {{ randAlphaNum 24 | b64enc | quote }}
""")
