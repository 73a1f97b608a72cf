"""Blind set JN: stone quarries and monument masons in Armenia.

Tuff, basalt and travertine quarries, khachkar and tombstone workshops, their order sites and bots,
CNC and laser engraving rigs, weighbridges, cameras, 1C exports, payment gateways (ArCa, Idram,
Telcell, Ameriabank), SMS and mail vendors, cloud and CI configs; notes partly in Armenian.
Generated fakes only (seeds 4550000-4559999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4550000, 4559999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Aragats", "Tuff", "Basalt", "Khachkar", "Sevan", "Ararat", "Garni", "Artik", "Debed", "Ani",
         "Granat", "Dilijan", "Vardan", "Zvartnots", "Masis", "Lori", "Shirak", "Noravank", "Areni", "Hrazdan"]
LOWER = ["chisel", "quarry", "slab", "mallet", "apricot", "pomegranate", "marble", "tuff", "obsidian", "wedge",
         "lintel", "cornice", "plinth", "granite", "travertine", "lavash"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return fakes.drawn_mixed(r.randint(0, 10**9), n, ALNUM) if not extra else "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def mapbox(prefix: str = "sk") -> str:
    r = _rng()
    head = b64('{"u":"ararat-stone","a":"' + "".join(r.choice(ALNUM) for _ in range(12)) + '"}').rstrip("=")
    return f"{prefix}.{head}." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def jwt_like() -> str:
    r = _rng()
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"' + str(r.randint(1000, 99999)) + '","iss":"quarry-erp","iat":' + str(r.randint(1700000000, 1790000000)) + '}').rstrip("=")
    return f"{head}.{body}." + "".join(r.choice(ALNUM + "-_") for _ in range(43))


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def phone() -> str:
    r = _rng()
    return f"+374 {r.choice(['91', '93', '94', '77', '99', '55'])} {r.randint(100, 999)} {r.randint(100, 999)}"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-jn/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: env, python, yaml

add("env/stripe-secret-key", "artik-tuff-shop/.env", "Stripe API keys docs (stripe.com/docs/keys)", """
# Արթիկի տուֆի խանութ — production
APP_ENV=production
APP_URL=https://shop.artiktuff.am
DB_HOST=10.20.0.5
DB_NAME=artik_shop
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=AMD
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/arca-vpos-password", "khachkar-orders/.env.production", "ArCa vPOS merchant API (ipay.arca.am/payment/rest)", """
# ArCa vPOS — Արթիկ Քար ՍՊԸ
ARCA_API_URL=https://ipay.arca.am/payment/rest
ARCA_USERNAME=artikqar_api
ARCA_PASSWORD=@@secret@@
ARCA_RETURN_URL=https://khachkar.am/order/complete
ORDER_PREFIX=KHQ-
""", words_pw())

add("env/telegram-bot-token", "quarry-bot/.env", "Telegram Bot API docs (core.telegram.org/bots/api)", """
# Քարհանքի բոտ՝ հերթափոխի հաշվետվություններ
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001874422390
SHIFT_REPORT_HOUR=19
TZ=Asia/Yerevan
""", fakes.telegram_token(_seed()))

add("env/postgres-password", "gyumri-monuments/backend/.env", "PostgreSQL connection URIs (postgresql.org/docs/current/libpq-connect.html)", """
DJANGO_SETTINGS_MODULE=monuments.settings.prod
DATABASE_URL=postgres://gyumri_app:@@secret@@@db.gyumri-monuments.am:5432/monuments
ALLOWED_HOSTS=gyumri-monuments.am,www.gyumri-monuments.am
MEDIA_ROOT=/srv/media
LANGUAGE_CODE=hy
""", rand_pw(22))

add("env/idram-secret-key", "tapanakar/.env.local", "Idram merchant API (idram.am, EDP_REC_ACCOUNT / SECRET_KEY)", """
# Idram — տապանաքարերի կանխավճար
IDRAM_EDP_REC_ACCOUNT=110000601
IDRAM_SECRET_KEY=@@secret@@
IDRAM_EMAIL=billing@tapanakar.am
IDRAM_SUCCESS_URL=https://tapanakar.am/pay/ok
IDRAM_FAIL_URL=https://tapanakar.am/pay/fail
""", rand_pw(32))

add("python/django-secret-key", "monuments/settings/prod.py", "Django settings SECRET_KEY (docs.djangoproject.com/en/stable/ref/settings/#secret-key)", """
from .base import *  # noqa

DEBUG = False
# Չփոխել առանց Վարդանի համաձայնության
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["gyumri-monuments.am", "www.gyumri-monuments.am"]
LANGUAGE_CODE = "hy"
TIME_ZONE = "Asia/Yerevan"
CSRF_TRUSTED_ORIGINS = ["https://gyumri-monuments.am"]
""", fakes.django_secret_key(_seed()))

add("python/aws-secret-key", "scripts/upload_slab_photos.py", "boto3 credentials (boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html)", """
\"\"\"Քարի սալերի լուսանկարները վերբեռնել S3 (կատալոգի համար).\"\"\"
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

for photo in pathlib.Path("slabs").glob("*.jpg"):
    s3.upload_file(str(photo), "ararat-stone-catalog", f"slabs/{photo.name}")
    print("uploaded", photo.name)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/smtp-password", "notify/mailer.py", "Python smtplib docs (docs.python.org/3/library/smtplib.html)", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.yandex.com"
SMTP_USER = "orders@noravank-stone.am"


def send_order_ready(to: str, order_no: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Ձեր պատվերը №{order_no} պատրաստ է"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content("Խաչքարը պատրաստ է, կարող եք վերցնել արհեստանոցից։")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, "@@secret@@")
        smtp.send_message(msg)
""", words_pw())

add("python/redis-password", "workers/celery_app.py", "Celery Redis broker URLs (docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html)", """
from celery import Celery

app = Celery(
    "engraving",
    broker="redis://:@@secret@@@10.0.3.12:6379/0",
    backend="redis://:@@secret@@@10.0.3.12:6379/1",
)
app.conf.timezone = "Asia/Yerevan"
app.conf.task_routes = {"engraving.tasks.render_portrait": {"queue": "laser"}}
""", fakes.redis_password(_seed()))

add("python/telegram-bot-token", "bot/main.py", "python-telegram-bot docs (docs.python-telegram-bot.org)", """
from telegram.ext import ApplicationBuilder, CommandHandler

# Ժամանակավոր, հետո տեղափոխել .env
TOKEN = "@@secret@@"


async def start(update, context):
    await update.message.reply_text("Բարև։ Ուղարկեք պատվերի համարը, և կասենք՝ որ փուլում է։")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("python/sendgrid-api-key", "crm/email_quotes.py", "SendGrid API keys (docs.sendgrid.com/ui/account-and-settings/api-keys)", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_quote(email, pdf_url):
    message = Mail(
        from_email="quotes@garni-basalt.am",
        to_emails=email,
        subject="Գնառաջարկ — Գառնիի բազալտ",
        html_content=f'<p>Գնառաջարկը՝ <a href="{pdf_url}">PDF</a></p>',
    )
    return sg.send(message)
""", sendgrid_key())

add("python/ameriabank-vpos-password", "payments/ameria.py", "Ameriabank vPOS 3.1 API (InitPayment: ClientID, Username, Password)", """
import requests

AMERIA_URL = "https://services.ameriabank.am/VPOS/api/VPOS/InitPayment"
CLIENT_ID = "@@cid@@"
USERNAME = "3d19541048"
PASSWORD = "@@secret@@"


def init_payment(order_id: int, amount: float, description: str) -> dict:
    payload = {
        "ClientID": CLIENT_ID, "Username": USERNAME, "Password": PASSWORD,
        "OrderID": order_id, "Amount": amount, "Description": description,
        "BackURL": "https://sevan-granite.am/payment/back",
    }
    return requests.post(AMERIA_URL, json=payload, timeout=30).json()
""", rand_pw(12), cid=uuid_s())

add("python/mysql-password", "etl/export_1c_sales.py", "PyMySQL connect() docs (pymysql.readthedocs.io)", """
\"\"\"1C-ից արտահանված վաճառքները լցնել MySQL (հաշվետվությունների համար).\"\"\"
import csv

import pymysql

conn = pymysql.connect(host="192.168.10.4", user="report", password="@@secret@@",
                       database="quarry_sales", charset="utf8mb4")

with open("sales_1c.csv", encoding="cp1251") as fh, conn.cursor() as cur:
    for row in csv.DictReader(fh, delimiter=";"):
        cur.execute("INSERT INTO sales (doc_no, stone, m3, amd) VALUES (%s,%s,%s,%s)",
                    (row["Номер"], row["Номенклатура"], row["Объем"], row["Сумма"]))
conn.commit()
""", words_pw())

add("python/github-token", "tools/sync_catalog.py", "GitHub personal access tokens (docs.github.com/en/authentication)", """
import requests

GH_TOKEN = "@@secret@@"
REPO = "ararat-stone/catalog-data"

resp = requests.get(
    f"https://api.github.com/repos/{REPO}/contents/stones.json",
    headers={"Authorization": f"token {GH_TOKEN}", "Accept": "application/vnd.github.raw"},
    timeout=20,
)
resp.raise_for_status()
open("stones.json", "wb").write(resp.content)
""", fakes.github_token(_seed()))

add("yaml/postgres-password", "config/app.yaml", "Spring-style YAML config (docs.spring.io/spring-boot/reference/features/external-config.html)", """
# Արհեստանոցի ERP
server:
  port: 8080
database:
  host: pg.masons.internal
  port: 5432
  name: workshop_erp
  user: erp
  password: "@@secret@@"
laser:
  queue_dir: /var/spool/laser
  dpi: 600
""", rand_pw(16, "#!"))

add("yaml/mailgun-api-key", "deploy/notify.yml", "Mailgun API keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication)", """
notify:
  provider: mailgun
  domain: mg.sevan-granite.am
  api_key: @@secret@@
  from: "Սևանի գրանիտ <no-reply@sevan-granite.am>"
  templates:
    order_ready: order-ready-hy
    invoice: invoice-hy
""", mailgun_key())

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPI API tokens with twine (pypi.org/help/#apitoken)", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      # TODO: տեղափոխել secrets
      - run: twine upload -u __token__ -p @@secret@@ dist/*
""", fakes.pypi_token(_seed()))

add("yaml/wialon-token", "fleet/trackers.yaml", "Wialon Remote API token/login (sdk.wialon.com/wiki/en/sidebar/remoteapi/apiref/token/login)", """
# Բեռնատարների GPS՝ Արթիկ → Երևան
wialon:
  host: https://hst-api.wialon.com
  token: "@@secret@@"
  units:
    - name: KAMAZ-35 LL 712
      imei: "861585041234567"
    - name: MAN-TGS 44 OS 105
      imei: "861585049876543"
  poll_seconds: 60
""", hexs(72))

add("compose/mysql-password", "docker-compose.yml", "MySQL image env (hub.docker.com/_/mysql)", """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: quarry
    volumes:
      - dbdata:/var/lib/mysql
  web:
    build: .
    ports: ["8000:8000"]
    depends_on: [db]
volumes:
  dbdata:
""", words_pw())

add("k8s-secret/smtp-password", "k8s/mail-secret.yaml", "Kubernetes Secrets (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: mail-credentials
  namespace: tapanakar
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@enc@@
""", (pw := words_pw()), host=b64("smtp.mail.ru"), user=b64("info@tapanakar.am"), enc=b64(pw))

add("toml/stripe-restricted-key", "pyproject_settings/secrets.toml", "Dynaconf TOML settings (dynaconf.com/settings_files) with Stripe restricted keys", """
# Dynaconf — արտադրական
[production]
stripe_restricted_key = "@@secret@@"
stripe_account = "acct_1Nq8ArmStone"
currency = "amd"

[production.shop]
name = "Հայկական Քար"
deposit_percent = 30
""", stripe_key("rk_live_"))

add("toml/ftp-password", "engraver/config.toml", "rclone-like FTP config in TOML (rclone.org/ftp)", """
# Լազերային փորագրիչ՝ դիմանկարների ներբեռնում
[ftp]
host = "192.168.1.40"
port = 21
user = "laser"
pass = "@@secret@@"
remote_dir = "/portraits/incoming"

[render]
dpi = 600
invert = true
""", rand_pw(14))

add("ini/ldap-bind-password", "infra/sssd.conf", "SSSD LDAP provider (man sssd-ldap: ldap_default_authtok)", """
[sssd]
services = nss, pam
domains = masons.local

[domain/masons.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc1.masons.local
ldap_search_base = dc=masons,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=service,dc=masons,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
cache_credentials = true
""", words_pw())

add("ini/odbc-1c-password", "reports/odbc.ini", "unixODBC DSN settings (unixodbc.org/odbcinst.html)", """
; Հաշվապահություն — 1C MS SQL բազա
[Buh1C]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:10.1.1.15,1433
Database = buh_artik_2024
UID = report_reader
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("go/twilio-auth-token", "cmd/smsnotify/main.go", "Twilio Go helper library (twilio.com/docs/libraries/go)", """
package main

import (
	"fmt"

	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "@@sid@@",
		Password: "@@secret@@",
	})
	params := &api.CreateMessageParams{}
	params.SetTo("+37491555123")
	params.SetFrom("+15005550006")
	params.SetBody("Ձեր տապանաքարը տեղադրված է։")
	resp, err := client.Api.CreateMessage(params)
	fmt.Println(resp, err)
}
""", hexs(32), sid=twilio_sid())

add("go/postgres-password", "internal/store/db.go", "pgx connection strings (pkg.go.dev/github.com/jackc/pgx/v5)", """
package store

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=10.0.2.7 port=5432 user=weighbridge password=@@secret@@ dbname=scales sslmode=disable"

// Open connects to the weighbridge (կշեռք) database.
func Open(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(18))

add("properties/smtp-password", "src/main/resources/application.properties", "Spring Boot mail properties (docs.spring.io/spring-boot/appendix/application-properties)", """
spring.application.name=monument-orders
spring.datasource.url=jdbc:postgresql://localhost:5432/orders
spring.datasource.username=orders
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=noravank.stone@gmail.com
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

add("java/aws-secret-key", "src/main/java/am/ararat/stone/storage/S3Config.java", "AWS SDK for Java v2 StaticCredentialsProvider (docs.aws.amazon.com/sdk-for-java)", """
package am.ararat.stone.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Config {
    private S3Config() {}

    public static S3Client client() {
        AwsBasicCredentials creds = AwsBasicCredentials.create(
            "@@kid@@",
            "@@secret@@");
        return S3Client.builder()
            .region(Region.EU_CENTRAL_1)
            .credentialsProvider(StaticCredentialsProvider.create(creds))
            .build();
    }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("kotlin/telcell-shop-key", "app/src/main/java/am/khachkar/pay/TelcellConfig.kt", "Telcell Wallet merchant API (telcell.am, shop_id / shop_key)", """
package am.khachkar.pay

// Telcell դրամապանակ — վճարման կոնֆիգ
object TelcellConfig {
    const val BASE_URL = "https://telcellmoney.am/invoices"
    const val SHOP_ID = "khachkar_am"
    const val SHOP_KEY = "@@secret@@"
    const val CURRENCY = "֏"
    const val LANG = "hy"
}
""", rand_pw(32))

add("json/sql-server-password", "Quarry.Scales/appsettings.json", "ASP.NET Core connection strings (learn.microsoft.com/aspnet/core/fundamentals/configuration)", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Scales": "Server=10.2.0.9;Database=Weighbridge;User Id=scales_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Weighbridge": {
    "ComPort": "COM3",
    "BaudRate": 9600,
    "Site": "Արթիկ-2 քարհանք"
  }
}
""", words_pw())

add("csharp/hikvision-admin-password", "Quarry.Cameras/CameraClient.cs", "Hikvision ISAPI digest auth (Hikvision ISAPI developer guide)", """
using System.Net;
using System.Net.Http;

namespace Quarry.Cameras
{
    // Քարհանքի մուտքի տեսախցիկ
    public static class CameraClient
    {
        private const string Host = "http://192.168.5.64";

        public static HttpClient Create()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("admin", "@@secret@@")
            };
            return new HttpClient(handler) { BaseAddress = new System.Uri(Host) };
        }
    }
}
""", words_pw())

add("php/mysql-password", "wp-config.php", "WordPress wp-config.php (developer.wordpress.org/apis/wp-config-php)", """
<?php
// Khachkar.am կայք
define( 'DB_NAME', 'khachkar_wp' );
define( 'DB_USER', 'khachkar_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'hy' );
$table_prefix = 'kq_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(24, "!#%"))

add("php/arca-vpos-password", "app/Services/ArcaPayment.php", "ArCa vPOS register.do (ipay.arca.am/payment/rest/register.do)", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class ArcaPayment
{
    private string $user = 'sevangranite_api';
    private string $pass = '@@secret@@';

    public function register(int $orderId, int $amountAmd): array
    {
        return Http::asForm()->post('https://ipay.arca.am/payment/rest/register.do', [
            'userName' => $this->user,
            'password' => $this->pass,
            'orderNumber' => $orderId,
            'amount' => $amountAmd * 100,
            'currency' => '051',
            'returnUrl' => 'https://sevan-granite.am/pay/return',
        ])->json();
    }
}
""", rand_pw(10))

add("ruby/sendgrid-api-key", "config/environments/production.rb", "Rails Action Mailer SMTP settings (guides.rubyonrails.org/action_mailer_basics.html)", """
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.default_url_options = { host: "garni-basalt.am" }
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    user_name: "apikey",
    password: "@@secret@@",
    authentication: :plain,
    enable_starttls_auto: true
  }
  config.i18n.default_locale = :hy
end
""", sendgrid_key())

add("ruby/slack-webhook", "lib/tasks/daily_output.rake", "Slack incoming webhooks (api.slack.com/messaging/webhooks)", """
require "net/http"
require "json"

# Օրական արտադրանք (մ³) Slack-ում
namespace :quarry do
  task daily_output: :environment do
    total = Extraction.where(day: Date.today).sum(:cubic_meters)
    uri = URI("@@secret@@")
    Net::HTTP.post(uri, { text: "Արթիկ-1: այսօր #{total} մ³ տուֆ" }.to_json, "Content-Type" => "application/json")
  end
end
""", slack_webhook())

add("rust/mqtt-password", "saw-telemetry/src/main.rs", "rumqttc MqttOptions set_credentials (docs.rs/rumqttc)", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Լարային սղոցի տելեմետրիա
fn main() {
    let mut opts = MqttOptions::new("wire-saw-03", "mqtt.artik-quarry.am", 1883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("saw03", "@@secret@@");
    let (client, mut connection) = Client::new(opts, 10);
    client.subscribe("saw/03/#", QoS::AtLeastOnce).unwrap();
    for event in connection.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(20))

add("swift/google-api-key", "KhachkarMap/AppDelegate.swift", "Google Maps SDK for iOS API key (developers.google.com/maps/documentation/ios-sdk/get-api-key)", """
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        // Խաչքարերի քարտեզ
        GMSServices.provideAPIKey("@@secret@@")
        return true
    }
}
""", google_key())

add("typescript/openai-api-key", "src/lib/epitaph.ts", "OpenAI Node SDK (platform.openai.com/docs/libraries)", """
import OpenAI from "openai";

// Տապանագրի տեքստի առաջարկներ
const client = new OpenAI({ apiKey: "@@secret@@" });

export async function suggestEpitaph(name: string, years: string): Promise<string> {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Գրիր կարճ տապանագիր ${name}-ի համար (${years})` }],
  });
  return res.choices[0].message.content ?? "";
}
""", fakes.openai_key(_seed()))

add("typescript/mongodb-password", "api/src/db.ts", "MongoDB connection strings (mongodb.com/docs/manual/reference/connection-string)", """
import { MongoClient } from "mongodb";

const uri = "mongodb+srv://catalog:@@secret@@@cluster0.q8zk3.mongodb.net/stones?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function stones() {
  await client.connect();
  return client.db("stones").collection("slabs");
}
""", rand_pw(16))

add("shell/mysql-password", "scripts/backup_orders.sh", "mysqldump command-line options (dev.mysql.com/doc/refman/8.0/en/mysqldump.html)", """
#!/usr/bin/env bash
# Պատվերների բազայի գիշերային պահուստ
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction khachkar_orders \\
  | gzip > /backup/orders-$STAMP.sql.gz
find /backup -name 'orders-*.sql.gz' -mtime +14 -delete
""", words_pw())

add("shell/dealer-portal-password", "scripts/push_prices.sh", "curl -u user:password (curl.se/docs/manpage.html#-u)", """
#!/bin/sh
# Գնացուցակը ուղարկել դիլերների պորտալ
PRICES=./out/prices_$(date +%Y%m).csv
curl -sS -u "artikqar:@@secret@@" \\
  -F "file=@$PRICES" \\
  https://dealers.stone-portal.am/api/v1/prices/upload
echo "done"
""", rand_pw(15))

add("shell/ssh-password", "deploy/upload_portraits.sh", "sshpass -p (man sshpass)", """
#!/bin/bash
# Դիմանկարները փոխանցել փորագրիչ համակարգչին
SRC=/srv/media/portraits/ready
DST=laser@192.168.1.40:/d/portraits
sshpass -p '@@secret@@' rsync -av --remove-source-files "$SRC/" "$DST/"
logger -t portraits "synced to engraver"
""", words_pw())

add("powershell/smtp-password", "ops/Send-DailyReport.ps1", "PowerShell Send-MailMessage with PSCredential (learn.microsoft.com/powershell)", """
# Օրական հաշվետվություն տնօրինությանը
$user = "reports@ararat-stone.am"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$csv = "C:\\Reports\\output_$(Get-Date -Format yyyyMMdd).csv"
Send-MailMessage -From $user -To "director@ararat-stone.am" -Subject "Արտադրանք" `
  -Attachments $csv -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("powershell/sql-server-password", "ops/Import-Weighbridge.ps1", "Invoke-Sqlcmd -Password (learn.microsoft.com/powershell/module/sqlserver/invoke-sqlcmd)", """
# Կշեռքի տվյալները ներմուծել
$rows = Import-Csv "D:\\Scale\\export.csv" -Delimiter ";"
foreach ($r in $rows) {
    Invoke-Sqlcmd -ServerInstance "10.2.0.9" -Database "Weighbridge" `
        -Username "scale_import" -Password "@@secret@@" `
        -Query "INSERT INTO Tickets (TruckNo, Gross, Tare) VALUES ('$($r.Truck)', $($r.Gross), $($r.Tare))"
}
""", rand_pw(14, "!$"))

add("dockerfile/npm-token", "storefront/Dockerfile", "npm .npmrc auth tokens (docs.npmjs.com/cli/configuring-npm/npmrc)", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/pip-index-password", "worker/Dockerfile", "pip --extra-index-url with credentials (pip.pypa.io/en/stable/topics/authentication)", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# Մասնավոր փաթեթներ (stone-geometry)
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://ci:@@secret@@@pypi.masons.internal/simple
COPY . .
CMD ["celery", "-A", "workers.celery_app", "worker", "-Q", "laser"]
""", rand_pw(24))

add("terraform/rds-password", "infra/rds.tf", "Terraform aws_db_instance password argument (registry.terraform.io/providers/hashicorp/aws)", """
resource "aws_db_instance" "catalog" {
  identifier           = "stone-catalog"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.small"
  allocated_storage    = 20
  username             = "catalog"
  password             = "@@secret@@"
  skip_final_snapshot  = true
  tags = {
    Project = "ararat-stone"
  }
}
""", rand_pw(20))

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Cloudflare Terraform provider api_token (registry.terraform.io/providers/cloudflare/cloudflare)", """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "3f1d2a9b8c7e6f5a4b3c2d1e0f9a8b7c"
  name    = "shop"
  type    = "A"
  value   = "203.0.113.40"
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("ansible/camera-admin-password", "ansible/group_vars/cameras.yml", "Ansible group_vars (docs.ansible.com/ansible/latest/inventory_guide)", """
# Տեսախցիկներ՝ Արթիկ-1, Արթիկ-2, Գառնի
camera_user: admin
camera_password: "@@secret@@"
camera_ntp: 0.am.pool.ntp.org
cameras:
  - { name: artik1-gate, ip: 192.168.5.64 }
  - { name: artik2-saw, ip: 192.168.6.64 }
  - { name: garni-yard, ip: 192.168.7.64 }
""", words_pw())

add("ansible/mikrotik-password", "ansible/playbooks/routers.yml", "community.routeros network_cli (docs.ansible.com/ansible/latest/collections/community/routeros)", """
- hosts: quarry_routers
  gather_facts: false
  vars:
    ansible_connection: ansible.netcommon.network_cli
    ansible_network_os: community.routeros.routeros
    ansible_user: admin
    ansible_password: @@secret@@
  tasks:
    - name: Backup config
      community.routeros.command:
        commands: /export
""", rand_pw(16))

add("github-actions/ssh-private-key", ".github/workflows/deploy.yml", "appleboy/ssh-action key input (github.com/appleboy/ssh-action)", """
name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1
        with:
          host: 203.0.113.41
          username: deploy
          key: |
            @@key@@
          script: cd /srv/khachkar && git pull && systemctl restart khachkar
""", (pem := fakes.fake_pem(_seed(), "OPENSSH")), key=pem.replace("\n", "\n            "))

add("github-actions/telegram-bot-token", ".github/workflows/notify.yml", "Telegram sendMessage via curl (core.telegram.org/bots/api#sendmessage)", """
name: notify
on: [push]
jobs:
  tg:
    runs-on: ubuntu-latest
    steps:
      - name: Հաղորդագրություն խմբին
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001874422390 \\
            -d text="Նոր տարբերակ՝ ${{ github.sha }}"
""", fakes.telegram_token(_seed()))

add("notebook/aws-secret-key", "analysis/extraction_volumes.ipynb", "Jupyter notebook format (nbformat.readthedocs.io) with boto3", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Արդյունահանման ծավալներ 2024"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import boto3, pandas as pd\\n",
              "s3 = boto3.client('s3', aws_access_key_id='@@kid@@',\\n",
              "                  aws_secret_access_key='@@secret@@')\\n",
              "obj = s3.get_object(Bucket='ararat-stone-reports', Key='extraction/2024.csv')\\n",
              "df = pd.read_csv(obj['Body'])"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df.groupby('quarry')['m3'].sum()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("notebook/postgres-password", "analysis/orders_by_region.ipynb", "Jupyter notebook with SQLAlchemy URL (docs.sqlalchemy.org/en/20/core/engines.html)", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["from sqlalchemy import create_engine\\n",
              "eng = create_engine('postgresql+psycopg2://analyst:@@secret@@@10.0.2.7/orders')\\n",
              "df = pd.read_sql('select region, count(*) from orders group by 1', eng)"]},
  {"cell_type": "markdown", "metadata": {}, "source": ["Շիրակ, Լոռի, Արարատ մարզեր"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("markdown/one-c-admin-password", "docs/handover.md", "Handover note (a team runbook)", """
# Փոխանցման նշումներ — Արմենի համար

Ես արձակուրդում եմ մինչև հուլիսի 20-ը։ Հիմնականը՝

- Լազերային փորագրիչի համակարգիչ՝ `192.168.1.40`, Windows, օգտվող `laser`
- Կշեռքի սերվեր՝ `10.2.0.9`, SQL Server
- 1C սերվերի ադմին գաղտնաբառը՝ **@@secret@@** (օգտվող `Администратор`)
- ArCa-ի պորտալի մուտքը Աննայի մոտ է, ինձ մի՛ զանգահարեք դրա համար

Եթե փորագրիչը կախվի՝ վերագործարկել EzCad-ը, ոչ թե ամբողջ համակարգիչը։
""", words_pw())

add("markdown/router-admin-password", "docs/office-network.md", "Office network runbook", """
# Գրասենյակի ցանց (Գյումրի, արհեստանոց)

| Սարք | Հասցե | Մուտք |
|------|-------|-------|
| MikroTik hAP ax2 | 192.168.88.1 | admin / `@@secret@@` |
| Wi-Fi `Masons-Office` | — | տես սառնարանի վրա |
| Տպիչ Canon | 192.168.88.20 | — |

Ցանցի խափանման դեպքում զանգել Ucom՝ 8111։
""", rand_pw(14))

add("sql/postgres-password", "db/migrations/0007_reporting_user.sql", "PostgreSQL CREATE ROLE ... PASSWORD (postgresql.org/docs/current/sql-createrole.html)", """
-- Հաշվետվությունների համար read-only օգտվող
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE orders TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", words_pw())

add("sql/sql-server-password", "db/scripts/link_1c.sql", "sp_addlinkedsrvlogin (learn.microsoft.com/sql/relational-databases/system-stored-procedures)", """
-- 1C բազան կապել կշեռքի սերվերին
EXEC sp_addlinkedserver @server = N'BUH1C', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'10.1.1.15';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'BUH1C', @useself = N'False',
     @locallogin = NULL, @rmtuser = N'link_reader', @rmtpassword = N'@@secret@@';
GO
SELECT TOP 10 * FROM BUH1C.buh_artik_2024.dbo._Document123;
""", words_pw())

add("xml/smtp-password", "QuarryReports/App.config", ".NET system.net mailSettings (learn.microsoft.com/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Quarry" value="Artik-2" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="reports@artiktuff.am" deliveryMethod="Network">
        <network host="smtp.mail.ru" port="587" enableSsl="true"
                 userName="reports@artiktuff.am" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", rand_pw(18))

add("xml/maven-settings-password", "ci/settings.xml", "Maven settings.xml servers (maven.apache.org/settings.html)", """
<settings>
  <servers>
    <server>
      <id>masons-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>masons-nexus</id>
      <url>https://nexus.masons.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(22))

add("plist/api-secret", "KhachkarMap/Config.plist", "Apple property lists (developer.apple.com/documentation/bundleresources/information_property_list)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>APIBaseURL</key>
    <string>https://api.khachkar.am/v2</string>
    <key>APIClientSecret</key>
    <string>@@secret@@</string>
    <key>DefaultLanguage</key>
    <string>hy</string>
</dict>
</plist>
""", rand_pw(40))

add("properties/ftp-password", "engraving-sync/src/main/resources/ftp.properties", "Apache Commons Net FTPClient config properties", """
# Լուսանկարների FTP՝ փորագրման արտադրամաս
ftp.host=ftp.gyumri-monuments.am
ftp.port=21
ftp.user=portraits
ftp.password=@@secret@@
ftp.remoteDir=/incoming
ftp.passive=true
""", words_pw())

add("properties/ldap-bind-password", "hr-portal/conf/ldap.properties", "Spring LDAP context source (docs.spring.io/spring-ldap)", """
ldap.url=ldaps://dc1.masons.local:636
ldap.base=dc=masons,dc=local
ldap.userDn=cn=svc-hrportal,ou=service,dc=masons,dc=local
ldap.password=@@secret@@
ldap.userSearchFilter=(sAMAccountName={0})
""", rand_pw(18, "#"))

add("csv/camera-admin-password", "exports/devices_2024.csv", "Asset inventory CSV export", """
device,site,ip,login,password,notes
Hikvision DS-2CD2043,Արթիկ-1 մուտք,192.168.5.64,admin,@@secret@@,PoE switch port 3
Weighbridge PC,Արթիկ-1,192.168.5.10,operator,,Windows autologon
Breton Contourbreton,Երևան արհեստանոց,192.168.20.15,service,,vendor VPN only
Laser JPT 60W,Գյումրի,192.168.1.40,laser,,EzCad 2.14
""", words_pw())

add("csv/dealer-api-key", "exports/dealer_accounts.csv", "Dealer portal account export (CSV)", """
dealer_id,name,city,portal_user,portal_api_key,active
D-014,Սևան Քար ՍՊԸ,Սևան,sevanqar,@@secret@@,1
D-022,Լոռի Հուշարձան,Վանաձոր,lorimon,,0
D-031,Մասիս Գրանիտ,Մասիս,masisgr,,0
D-040,Անի Տուֆ,Գյումրի,anituff,,0
""", "dlr_" + rand_pw(32))

add("log/smtp-password", "logs/mailer-2024-06-11.log", "Application log lines (Python logging)", """
2024-06-11 09:14:02,118 INFO  mailer: sending order-ready to 12 recipients
2024-06-11 09:14:02,341 DEBUG smtp: connect smtp.yandex.com:465
2024-06-11 09:14:02,902 DEBUG smtp: login user=orders@noravank-stone.am password=@@secret@@
2024-06-11 09:14:03,117 ERROR smtp: (535, b'5.7.8 Error: authentication failed: Invalid user or password!')
2024-06-11 09:14:03,118 WARN  mailer: retry in 60s
2024-06-11 09:15:03,520 INFO  mailer: giving up
""", words_pw())

add("log/postgres-password", "logs/worker-error.log", "SQLAlchemy OperationalError output", """
[2024-05-02 03:00:11] ERROR celery.worker: Task engraving.tasks.render_portrait[7f2e] raised
Traceback (most recent call last):
  File "/srv/workers/tasks.py", line 41, in render_portrait
    engine = create_engine(settings.DB_URL)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not connect to server
  url: postgresql://engraver:@@secret@@@10.0.2.7:5432/orders
[2024-05-02 03:00:11] INFO  celery.worker: retrying in 300s
""", rand_pw(17))

add("k8s-secret/arca-vpos-password", "k8s/payments/arca-secret.yaml", "Kubernetes Secret stringData (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: arca-vpos
  namespace: shop
type: Opaque
stringData:
  ARCA_USERNAME: garnibasalt_api
  ARCA_PASSWORD: "@@secret@@"
  ARCA_API_URL: https://ipay.arca.am/payment/rest
""", rand_pw(12))

add("k8s-secret/redis-password", "k8s/cache/redis-auth.yaml", "Kubernetes Secret data base64 (kubernetes.io/docs/concepts/configuration/secret)", """
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  labels:
    app: catalog
type: Opaque
data:
  redis-password: @@enc@@
""", (rp := fakes.redis_password(_seed())), enc=b64(rp))

add("k8s-secret/registry-password", "k8s/registry-pull.yaml", "Kubernetes docker-registry Secret (kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry)", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (rg := rand_pw(20)), enc=b64('{"auths":{"registry.masons.am":{"username":"ci","password":"' + rg + '","auth":"' + b64("ci:" + rg) + '"}}}'))

add("compose/postgres-password", "deploy/compose.prod.yml", "Postgres image env (hub.docker.com/_/postgres)", """
services:
  postgres:
    image: postgres:16
    restart: always
    environment:
      POSTGRES_USER: erp
      POSTGRES_PASSWORD: "@@secret@@"
      POSTGRES_DB: workshop_erp
    volumes:
      - pg:/var/lib/postgresql/data
  erp:
    image: registry.masons.am/erp:2.4.1
    environment:
      DATABASE_URL: postgres://erp@postgres:5432/workshop_erp
volumes:
  pg: {}
""", words_pw())

add("compose/minio-root-password", "storage/docker-compose.yml", "MinIO container env (min.io/docs/minio/container)", """
services:
  minio:
    image: minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: masons
      MINIO_ROOT_PASSWORD: @@secret@@
    ports:
      - "9000:9000"
      - "9001:9001"
    volumes:
      - /mnt/photos:/data
""", rand_pw(24))

add("env/nikita-sms-password", "sms-gateway/.env", "Nikita Mobile SMS API (nikita.am, login/password HTTP API)", """
# SMS՝ Nikita Mobile
SMS_PROVIDER=nikita
NIKITA_LOGIN=gyumrimon
NIKITA_PASSWORD=@@secret@@
NIKITA_SENDER=GyumriMon
SMS_TEMPLATE_READY="Ձեր պատվերը պատրաստ է։ Զանգ՝ 0312 5 44 11"
""", rand_pw(12))

add("env/google-api-key", "quarry-site/.env.production", "Google Maps Platform API keys (developers.google.com/maps/documentation/javascript/get-api-key)", """
NEXT_PUBLIC_SITE_NAME="Արթիկի տուֆ"
NEXT_PUBLIC_DEFAULT_LOCALE=hy
# Սերվերային geocoding, ոչ բրաուզերի համար
GOOGLE_GEOCODING_KEY=@@secret@@
REVALIDATE_SECONDS=3600
CONTACT_PHONE=+37424452211
""", google_key())

add("env/slack-bot-token", "ops-bot/.env", "Slack bot tokens (api.slack.com/authentication/token-types)", """
# Հերթափոխի բոտ Slack-ում
SLACK_BOT_TOKEN=@@secret@@
SLACK_CHANNEL=#քարհանք-հերթափոխ
SLACK_ALERT_CHANNEL=#սարքավորումներ
REPORT_CRON=0 19 * * 1-6
""", f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-" + rand_pw(24))

add("env/gitlab-token", "ci/.env.ci", "GitLab personal access tokens (docs.gitlab.com/ee/user/profile/personal_access_tokens.html)", """
CI_REGISTRY=registry.gitlab.com
GITLAB_API_URL=https://gitlab.com/api/v4
GITLAB_TOKEN=@@secret@@
PROJECT_PATH=ararat-stone/erp
RELEASE_BRANCH=main
""", gitlab_token())

add("env/azure-client-secret", "reporting/.env", "Microsoft Entra app client secret (learn.microsoft.com/entra/identity-platform)", """
# Power BI հաշվետվությունների ներբեռնում
AZURE_TENANT_ID=@@tid@@
AZURE_CLIENT_ID=@@cid@@
AZURE_CLIENT_SECRET=@@secret@@
POWERBI_WORKSPACE=Ararat Stone Reports
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("yaml/bitrix24-webhook", "crm/config/bitrix.yaml", "Bitrix24 inbound webhooks (apidocs.bitrix24.com/local-integrations/local-webhooks.html)", """
# CRM՝ հայտեր կայքից
bitrix24:
  webhook_url: https://ararat-stone.bitrix24.ru/rest/12/@@secret@@/
  lead_source: WEB
  responsible_id: 12
  fields:
    title_prefix: "Կայք — "
""", "".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(16)))

add("yaml/sentry-auth-token", ".sentryclirc.yml", "Sentry auth tokens (docs.sentry.io/account/auth-tokens)", """
# sentry-cli for source maps upload
defaults:
  url: https://sentry.io/
  org: ararat-stone
  project: khachkar-web
auth:
  token: @@secret@@
""", "sntrys_" + b64('{"iat":1718000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"ararat-stone"}').rstrip("=") + "_" + rand_pw(43))

add("json/gcp-service-account", "secrets/vision-sa.json", "Google Cloud service account key file (cloud.google.com/iam/docs/keys-create-delete)", """
{
  "type": "service_account",
  "project_id": "khachkar-ocr",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "ocr-runner@khachkar-ocr.iam.gserviceaccount.com",
  "client_id": "104829375610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE") + "\n").replace("\n", "\\n"), kid=hexs(40))

add("json/paypal-client-secret", "config/payments.json", "PayPal REST apps client id/secret (developer.paypal.com/api/rest)", """
{
  "paypal": {
    "mode": "live",
    "client_id": "@@cid@@",
    "client_secret": "@@secret@@"
  },
  "diaspora_shipping": {
    "countries": ["US", "FR", "RU", "LB"],
    "note": "Սփյուռքի պատվերներ՝ խաչքարերի մանրակերտեր"
  }
}
""", fakes.drawn_mixed(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))

add("python/idram-secret-key", "payments/idram_callback.py", "Idram payment confirmation checksum (EDP_CHECKSUM with SECRET_KEY)", """
import hashlib

from django.http import HttpResponse

EDP_REC_ACCOUNT = "110000601"
# բաժանված, որ grep-ով չգտնեն (այո, գիտեմ)
SECRET_KEY = ("@@a@@"
              "@@b@@")


def idram_result(request):
    p = request.POST
    if p.get("EDP_PRECHECK") == "YES":
        return HttpResponse("OK")
    raw = ":".join([EDP_REC_ACCOUNT, p["EDP_AMOUNT"], SECRET_KEY, p["EDP_BILL_NO"],
                    p["EDP_PAYER_ACCOUNT"], p["EDP_TRANS_ID"], p["EDP_TRANS_DATE"]])
    ok = hashlib.md5(raw.encode()).hexdigest().upper() == p["EDP_CHECKSUM"].upper()
    return HttpResponse("OK" if ok else "FAIL")
""", (ik := rand_pw(32)), a=ik[:16], b=ik[16:])

add("python/one-c-basic-auth", "integrations/one_c_http.py", "1C HTTP services with HTTP Basic auth (RFC 7617)", """
\"\"\"1C:Enterprise HTTP-ծառայությունից վերցնել մնացորդները.\"\"\"
import requests

ONE_C_URL = "http://10.1.1.15/buh_artik/hs/stock/v1/balances"
HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}


def balances(warehouse: str = "Արթիկ-1"):
    r = requests.get(ONE_C_URL, params={"warehouse": warehouse}, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()["items"]
""", b64("Обмен:" + words_pw()))

add("python/stripe-webhook-secret", "shop/webhooks.py", "Stripe webhook signing secrets (stripe.com/docs/webhooks/signatures)", """
import stripe
from flask import Flask, request

app = Flask(__name__)
endpoint_secret = "@@secret@@"


@app.post("/stripe/webhook")
def webhook():
    event = stripe.Webhook.construct_event(
        request.data, request.headers["Stripe-Signature"], endpoint_secret)
    if event["type"] == "checkout.session.completed":
        mark_deposit_paid(event["data"]["object"]["client_reference_id"])
    return "", 200
""", fakes.fake("whsec_", 32, _seed()))

add("python/ssh-private-key", "tools/breton_fetch_logs.py", "Paramiko RSAKey.from_private_key (docs.paramiko.org)", """
\"\"\"Breton CNC-ի լոգերը քաշել (ծառայողական մուտք).\"\"\"
import io

import paramiko

KEY = \"\"\"@@secret@@\"\"\"

pkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))
ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("192.168.20.15", username="service", pkey=pkey)
sftp = ssh.open_sftp()
sftp.get("/var/log/cnc/job.log", "breton_job.log")
""", fakes.fake_pem(_seed(), "RSA"))

add("python/ftp-password", "engraver/fetch_portraits.py", "Python ftplib (docs.python.org/3/library/ftplib.html)", """
from ftplib import FTP
from pathlib import Path

OUT = Path("D:/portraits")

with FTP("ftp.gyumri-monuments.am") as ftp:
    ftp.login("portraits", "@@secret@@")
    ftp.cwd("/incoming")
    for name in ftp.nlst():
        with open(OUT / name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
        ftp.delete(name)  # ջնջել սերվերից
""", rand_pw(13))

add("python/viber-bot-token", "bot/viber_app.py", "Viber REST bot API auth token (developers.viber.com/docs/api/rest-bot-api)", """
from viberbot import Api
from viberbot.api.bot_configuration import BotConfiguration

bot_configuration = BotConfiguration(
    name="ArtikTuff",
    avatar="https://artiktuff.am/static/logo.png",
    auth_token="@@secret@@",
)
viber = Api(bot_configuration)
viber.set_webhook("https://artiktuff.am/viber/callback")
""", f"{hexs(16)}-{hexs(16)}-{hexs(16)}")

add("python/postgres-password", "config/local_settings.py", "Django DATABASES setting (docs.djangoproject.com/en/stable/ref/settings/#databases)", """
# Տեղային կարգավորումներ՝ արհեստանոցի սերվեր (ՄԻ՛ commit անել)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "monuments",
        "USER": "monuments",
        "PASSWORD": "@@secret@@",
        "HOST": "192.168.20.5",
        "PORT": "5432",
    }
}
DEBUG = True
""", words_pw())

add("go/stripe-secret-key", "internal/billing/stripe.go", "stripe-go Key (pkg.go.dev/github.com/stripe/stripe-go/v76)", """
package billing

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/checkout/session"
)

func init() {
	stripe.Key = "@@secret@@"
}

// Deposit creates a checkout for a khachkar order deposit.
func Deposit(orderID string, amountCents int64) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(orderID),
		SuccessURL:        stripe.String("https://khachkar.am/ok"),
	}
	return session.New(params)
}
""", stripe_key())

add("go/redis-password", "cmd/queue/main.go", "go-redis ParseURL (redis.uptrace.dev/guide/go-redis.html)", """
package main

import (
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	opt, err := redis.ParseURL("redis://default:@@secret@@@redis-12840.c250.eu-central-1-1.ec2.cloud.redislabs.com:12840/0")
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	log.Println("laser queue ready")
}
""", rand_pw(32))

add("xml/jdbc-password", "src/main/resources/META-INF/persistence.xml", "JPA persistence.xml properties (jakarta.ee/specifications/persistence)", """
<?xml version="1.0" encoding="UTF-8"?>
<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
  <persistence-unit name="orders">
    <properties>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://10.0.2.7:5432/orders"/>
      <property name="jakarta.persistence.jdbc.user" value="orders"/>
      <property name="jakarta.persistence.jdbc.password" value="@@secret@@"/>
      <property name="hibernate.hbm2ddl.auto" value="validate"/>
    </properties>
  </persistence-unit>
</persistence>
""", words_pw())

add("java/sms-api-key", "src/main/java/am/gyumri/notify/SmsSender.java", "SMS gateway HTTP API with api key (Nikita Mobile / generic SMS API)", """
package am.gyumri.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class SmsSender {
    private static final String API_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int send(String phone, String text) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://sms.unisender.am/api/send"))
            .header("X-Api-Key", API_KEY)
            .POST(HttpRequest.BodyPublishers.ofString("{\\"to\\":\\"" + phone + "\\",\\"text\\":\\"" + text + "\\"}"))
            .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
""", hexs(40))

add("kotlin/firebase-server-key", "app/src/main/java/am/artik/staff/push/PushSender.kt", "Legacy FCM server key (firebase.google.com/docs/cloud-messaging/auth-server)", """
package am.artik.staff.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

private const val SERVER_KEY = "@@secret@@"

fun notifyShift(token: String, text: String) {
    val body = "{\\"to\\":\\"$token\\",\\"notification\\":{\\"title\\":\\"Հերթափոխ\\",\\"body\\":\\"$text\\"}}"
    val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=$SERVER_KEY")
        .post(body.toRequestBody("application/json".toMediaType())).build()
    OkHttpClient().newCall(req).execute().close()
}
""", "AAAA" + rand_pw(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("csharp/telegram-bot-token", "Quarry.Bot/Program.cs", "Telegram.Bot for .NET (telegrambots.github.io/book)", """
using Telegram.Bot;
using Telegram.Bot.Polling;

// Արթիկ-2՝ կշեռքի ահազանգեր
var bot = new TelegramBotClient("@@secret@@");
var me = await bot.GetMeAsync();
Console.WriteLine($"Started @{me.Username}");
bot.StartReceiving(
    updateHandler: async (client, update, ct) => { /* ... */ },
    pollingErrorHandler: async (client, ex, ct) => Console.WriteLine(ex.Message));
Console.ReadLine();
""", fakes.telegram_token(_seed()))

add("xml/sql-server-password", "KhachkarSite/Web.config", "ASP.NET Web.config connectionStrings (learn.microsoft.com/aspnet/web-forms)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Khachkar" providerName="System.Data.SqlClient"
         connectionString="Data Source=sql.khachkar.am;Initial Catalog=Khachkar;User ID=site;Password=@@secret@@;MultipleActiveResultSets=True" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <globalization culture="hy-AM" uiCulture="hy-AM" />
  </system.web>
</configuration>
""", rand_pw(16, "!@"))

add("php/smtp-password", "includes/mail.php", "PHPMailer SMTP (github.com/PHPMailer/PHPMailer)", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;

require 'vendor/autoload.php';

function send_contact_form(string $name, string $phone, string $text): bool {
    $mail = new PHPMailer(true);
    $mail->isSMTP();
    $mail->Host = 'mail.tapanakar.am';
    $mail->SMTPAuth = true;
    $mail->Username = 'site@tapanakar.am';
    $mail->Password = '@@secret@@';
    $mail->Port = 465;
    $mail->CharSet = 'UTF-8';
    $mail->setFrom('site@tapanakar.am', 'Տապանաքար');
    $mail->addAddress('info@tapanakar.am');
    $mail->Subject = "Նոր հայտ՝ $name ($phone)";
    $mail->Body = $text;
    return $mail->send();
}
""", words_pw())

add("php/telcell-shop-key", "config/telcell.php", "Telcell merchant checksum (shop_key)", """
<?php
// Telcell — Գառնիի բազալտ
return [
    'url'      => 'https://telcellmoney.am/invoices',
    'issuer'   => 'garnibasalt',
    'shop_key' => '@@secret@@',
    'currency' => '֏',
    'lang'     => 'am',
    'valid_days' => 1,
];
""", rand_pw(40))

add("ruby/aws-secret-key", "config/initializers/aws.rb", "aws-sdk-ruby Aws.config (docs.aws.amazon.com/sdk-for-ruby)", """
# Լուսանկարների պահոց
Aws.config.update(
  region: "eu-central-1",
  credentials: Aws::Credentials.new(
    "@@kid@@",
    "@@secret@@"
  )
)
S3_BUCKET = Aws::S3::Resource.new.bucket("gyumri-monuments-photos")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/postgres-password", "config/database.yml", "Rails database.yml (guides.rubyonrails.org/configuring.html#configuring-a-database)", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: garni_dev

production:
  <<: *default
  host: 10.0.4.3
  database: garni_production
  username: garni
  password: @@secret@@
""", rand_pw(20))

add("rust/postgres-password", "weighbridge-agent/src/config.rs", "tokio-postgres connection strings (docs.rs/tokio-postgres)", """
// Կշեռքի գործակալ
pub struct Config {
    pub serial_port: &'static str,
    pub database_url: &'static str,
}

pub const CONFIG: Config = Config {
    serial_port: "/dev/ttyUSB0",
    database_url: "postgresql://scale:@@secret@@@10.0.2.7/scales",
};
""", words_pw())

add("swift/erp-api-token", "StaffApp/Networking/APIClient.swift", "URLRequest Authorization header (developer.apple.com/documentation/foundation/urlrequest)", """
import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://erp.ararat-stone.am/api")!
    private let token = "@@secret@@"

    func shifts() async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("shifts/today"))
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", "erp_" + rand_pw(40))

add("typescript/mapbox-secret-token", "scripts/upload-quarry-tiles.ts", "Mapbox secret tokens sk. (docs.mapbox.com/accounts/guides/tokens)", """
import { execSync } from "node:child_process";

// Քարհանքերի սահմանների շերտը վերբեռնել Mapbox
const MAPBOX_SECRET = "@@secret@@";

execSync(`tilesets upload-source ararat-stone quarry-bounds data/quarries.geojson`, {
  env: { ...process.env, MAPBOX_ACCESS_TOKEN: MAPBOX_SECRET },
  stdio: "inherit",
});
""", mapbox("sk"))

add("typescript/discord-webhook", "src/alerts.ts", "Discord webhooks (discord.com/developers/docs/resources/webhook)", """
const WEBHOOK = "https://discord.com/api/webhooks/@@wid@@/@@secret@@";

export async function alertSawStopped(saw: string, reason: string) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `⚠️ ${saw} կանգնեց՝ ${reason}` }),
  });
}
""", fakes.drawn(_seed(), 68, ALNUM + "-_"), wid=str(_rng().randint(10**17, 10**18)))

add("ini/pypi-token", "packaging/.pypirc", "The .pypirc file (packaging.python.org/en/latest/specifications/pypirc)", """
[distutils]
index-servers =
    pypi
    masons

[pypi]
username = __token__
password = @@secret@@

[masons]
repository = https://pypi.masons.internal/
username = ci
""", fakes.pypi_token(_seed()))

add("ini/backblaze-b2-key", "backup/rclone.conf", "rclone config file (rclone.org/docs/#config-config-file)", """
; Լուսանկարների պահուստ՝ Backblaze B2
[b2-photos]
type = b2
account = 0034f8a1c2d7e9b0000000003
key = @@secret@@

[local-nas]
type = sftp
host = 192.168.20.50
user = backup
""", "K003" + rand_pw(27))

add("ini/github-token", "setup/gitconfig-ci.ini", "git credential store format (git-scm.com/docs/git-credential-store)", """
[user]
    name = CI Ararat Stone
    email = ci@ararat-stone.am
[url "https://ci-bot:@@secret@@@github.com/"]
    insteadOf = https://github.com/
[pull]
    rebase = true
""", fakes.github_token(_seed()))

add("shell/digitalocean-token", "scripts/dev_env.sh", "Shell export of credentials", """
#!/usr/bin/env bash
# Տեղային մշակման միջավայր՝ Սամվելի մեքենայի համար
export DJANGO_DEBUG=1
export DATABASE_URL=postgres://monuments@localhost/monuments
export IDRAM_EDP_REC_ACCOUNT=110000601
export DIGITALOCEAN_TOKEN=@@secret@@
export SPACES_BUCKET=gyumri-monuments
""", "dop_v1_" + hexs(64))

add("shell/postgres-password", "scripts/refresh_catalog_view.sh", "PGPASSWORD environment variable (postgresql.org/docs/current/libpq-envars.html)", """
#!/bin/bash
# Կատալոգի materialized view թարմացում (cron 03:30)
PGPASSWORD='@@secret@@' psql -h 10.0.2.7 -U catalog -d orders <<'SQL'
REFRESH MATERIALIZED VIEW CONCURRENTLY stone_catalog;
SQL
echo "$(date) refreshed" >> /var/log/catalog_refresh.log
""", words_pw())

add("shell/redis-password", "ops/flush_laser_queue.sh", "redis-cli -a (redis.io/docs/latest/develop/tools/cli)", """
#!/bin/sh
# Մաքրել լազերի հերթը, եթե փորագրիչը կախվել է
redis-cli -h 10.0.3.12 -p 6379 -a '@@secret@@' --no-auth-warning DEL laser
redis-cli -h 10.0.3.12 -p 6379 -a '@@secret@@' --no-auth-warning LLEN laser
systemctl restart celery-laser
""", fakes.redis_password(_seed()))

add("wireguard/wireguard-private-key", "vpn/wg0.conf", "WireGuard configuration (man wg: PrivateKey)", """
# Վենդորի VPN՝ Breton սպասարկում
[Interface]
Address = 10.88.0.2/32
PrivateKey = @@secret@@
DNS = 10.88.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.masons.am:51820
AllowedIPs = 10.88.0.0/24, 192.168.20.0/24
PersistentKeepalive = 25
""", b64(rand_pw(32))[:43] + "=", pub=b64(rand_pw(32))[:43] + "=")

add("yaml/shopify-token", "shopify/config.yml", "Shopify Admin API access tokens (shopify.dev/docs/apps/auth/access-token-types)", """
# Սփյուռքի առցանց խանութ
shop: khachkar-replicas.myshopify.com
api_version: "2024-04"
admin_token: @@secret@@
sync:
  products: true
  inventory_location: "Yerevan workshop"
""", "shpat_" + hexs(32))

add("yaml/hubspot-token", "marketing/hubspot.yaml", "HubSpot private app access tokens (developers.hubspot.com/docs/api/private-apps)", """
hubspot:
  portal_id: 143920871
  private_app_token: "@@secret@@"
  pipelines:
    monuments: "default"
    diaspora: "19823344"
""", f"pat-eu1-{uuid_s()}")

add("gitlab-ci/docker-registry-password", ".gitlab-ci.yml", "GitLab CI docker login (docs.gitlab.com/ee/ci/docker/using_docker_build.html)", """
stages: [build]

build-image:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u ci -p "@@secret@@" registry.masons.am
    - docker build -t registry.masons.am/erp:$CI_COMMIT_SHORT_SHA .
    - docker push registry.masons.am/erp:$CI_COMMIT_SHORT_SHA
""", rand_pw(20))

add("env/mailchimp-key", "newsletter/.env", "Mailchimp API keys (mailchimp.com/developer/marketing/guides/quick-start)", """
# Լրահոս՝ նոր խաչքարերի մասին
MAILCHIMP_API_KEY=@@secret@@
MAILCHIMP_LIST_ID=a1b2c3d4e5
MAILCHIMP_FROM_NAME="Noravank Stone"
SEND_DAY=thursday
""", hexs(32) + "-us21")

add("env/yandex-cloud-key", "ocr-service/.env", "Yandex Cloud API keys (yandex.cloud/en/docs/iam/concepts/authorization/api-key)", """
# Հին գերեզմանաքարերի գրությունների OCR
YC_FOLDER_ID=b1g8q2r3s4t5u6v7w8x9
YC_API_KEY=@@secret@@
OCR_LANGS=hy,ru
OUTPUT_BUCKET=epitaph-ocr
""", "AQVN" + fakes.drawn(_seed(), 36, ALNUM + "_-"))

add("env/heroku-api-key", "legacy-site/.env", "Heroku API key (devcenter.heroku.com/articles/authentication)", """
# Հին կայքը Heroku-ում (մինչև տեղափոխումը)
HEROKU_APP=ani-tuff-legacy
HEROKU_API_KEY=@@secret@@
HEROKU_EMAIL=admin@anituff.am
MAINTENANCE=false
""", uuid_s())

add("env/ucom-sip-password", "pbx/.env", "Asterisk/SIP trunk credentials", """
# Ucom SIP trunk՝ գրասենյակի զանգեր
SIP_HOST=sip.ucom.am
SIP_USER=37410555123
SIP_SECRET=@@secret@@
SIP_CALLERID="Ararat Stone <+37410555123>"
""", rand_pw(12))

add("json/telegram-bot-token", "functions/runtimeconfig.json", "Firebase functions runtime config (firebase.google.com/docs/functions/config-env)", """
{
  "telegram": {
    "token": "@@secret@@",
    "chat": "-1001874422390"
  },
  "shop": {
    "currency": "AMD",
    "deposit_percent": "30"
  }
}
""", fakes.telegram_token(_seed()))

add("json/ftp-password", ".vscode/sftp.json", "vscode-sftp config (github.com/Natizyskunk/vscode-sftp)", """
{
  "name": "khachkar.am hosting",
  "host": "ftp.khachkar.am",
  "protocol": "ftp",
  "port": 21,
  "username": "khachkar",
  "password": "@@secret@@",
  "remotePath": "/public_html",
  "uploadOnSave": true
}
""", words_pw())

add("properties/keystore-password", "android/gradle.properties", "Android signing config in gradle.properties (developer.android.com/studio/publish/app-signing)", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
KHACHKAR_STORE_FILE=../keys/khachkar-release.jks
KHACHKAR_STORE_PASSWORD=@@secret@@
KHACHKAR_KEY_ALIAS=khachkar
KHACHKAR_KEY_PASSWORD=@@secret@@
""", rand_pw(16))

add("markdown/catalog-api-key", "README.md", "Project README with example requests", """
# stone-catalog-api

Քարերի կատալոգի API (տուֆ, բազալտ, տրավերտին, ֆելզիտ)։

## Արագ փորձարկում

```bash
curl -H "X-API-Key: @@secret@@" https://api.ararat-stone.am/v1/stones?type=tuff
```

Բանալին պրոդաքշնի է, դիլերներին մի՛ տվեք՝ նրանց համար կա `/dealers`։
""", "ask_live_" + rand_pw(32))

add("markdown/teamviewer-password", "docs/vendors/breton.md", "Vendor support runbook", """
# Breton (Իտալիա) — սպասարկում

- Սարք՝ Contourbreton NC 400, սերիական № BR-2019-4471
- Տեխ. աջակցություն՝ support@breton.it, +39 0423 7691
- Հեռավար մուտք՝ TeamViewer ID 1 284 557 903, գաղտնաբառ `@@secret@@`
- Պահեստամասերի պորտալ՝ https://parts.breton.it (մուտքը Տիգրանի մոտ է)

Սպասարկումից առաջ անջատել ջրային պոմպը։
""", rand_pw(10))

add("sql/erp-admin-password", "db/seed/001_admin.sql", "SQL seed with plain credentials", """
-- ERP-ի առաջին ադմին (փոխել առաջին մուտքից հետո — չենք փոխել)
INSERT INTO users (login, full_name, role, password_plain)
VALUES ('admin', 'Վարդան Պետրոսյան', 'admin', '@@secret@@');

INSERT INTO sites (code, name) VALUES
  ('ART1', 'Արթիկ-1 քարհանք'),
  ('ART2', 'Արթիկ-2 քարհանք'),
  ('GRN', 'Գառնի բազալտ');
""", words_pw())

add("xml/ftp-password", "tools/filezilla/sitemanager.xml", "FileZilla sitemanager.xml (base64 Pass encoding)", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.gyumri-monuments.am</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>portraits</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Գյումրի — դիմանկարներ</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (fz := words_pw()), enc=b64(fz))

add("terraform/yandex-oauth-token", "infra/yc/main.tf", "Yandex Cloud Terraform provider token (terraform-provider.yandexcloud.net)", """
provider "yandex" {
  token     = "@@secret@@"
  cloud_id  = "b1gq8r0ararat0stone01"
  folder_id = "b1g8q2r3s4t5u6v7w8x9"
  zone      = "ru-central1-a"
}

resource "yandex_storage_bucket" "epitaph_ocr" {
  bucket = "epitaph-ocr"
}
""", "y0_" + fakes.drawn(_seed(), 55, ALNUM + "_-"))

add("ansible/winrm-password", "ansible/inventory/hosts.ini", "Ansible INI inventory with ansible_password (docs.ansible.com)", """
[engravers]
laser-gyumri ansible_host=192.168.1.40 ansible_user=laser ansible_password=@@secret@@ ansible_connection=winrm

[scales]
scale-artik1 ansible_host=192.168.5.10 ansible_user=operator

[all:vars]
ansible_winrm_server_cert_validation=ignore
""", words_pw())

add("powershell/smb-share-password", "ops/map-share.ps1", "net use with password (learn.microsoft.com/windows-server/administration/windows-commands/net-use)", """
# Փորագրման ֆայլերի բաժնեմաս՝ Գյումրի
$share = "\\\\192.168.20.50\\portraits"
net use P: $share /user:MASONS\\laser "@@secret@@" /persistent:yes
if (Test-Path P:\\ready) {
    Copy-Item P:\\ready\\*.bmp D:\\EzCad\\jobs -Force
}
""", words_pw())

add("dockerfile/postgres-password", "erp/Dockerfile", "Dockerfile ENV instruction (docs.docker.com/reference/dockerfile/#env)", """
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY build/libs/erp.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod \\
    SPRING_DATASOURCE_URL=jdbc:postgresql://10.0.2.7:5432/workshop_erp \\
    SPRING_DATASOURCE_USERNAME=erp \\
    SPRING_DATASOURCE_PASSWORD=@@secret@@
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
""", words_pw())

add("log/dealer-portal-password", "logs/dealer-upload-debug.log", "curl -v output showing Authorization (curl.se/docs/manpage.html#-v)", """
* Connected to dealers.stone-portal.am (203.0.113.77) port 443
> POST /api/v1/prices/upload HTTP/1.1
> Host: dealers.stone-portal.am
> Authorization: Basic @@secret@@
> User-Agent: curl/8.5.0
> Content-Type: multipart/form-data; boundary=------------------------a8f3
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: Basic realm="dealers"
""", b64("sevanqar:" + rand_pw(14)))

add("go/smtp-password", "internal/mail/send.go", "net/smtp PlainAuth (pkg.go.dev/net/smtp)", """
package mail

import "net/smtp"

// SendInvoice-ը ուղարկում է հաշիվ-ապրանքագիրը հաճախորդին
func SendInvoice(to string, body []byte) error {
	auth := smtp.PlainAuth("", "invoice@garni-basalt.am", "@@secret@@", "smtp.zoho.eu")
	return smtp.SendMail("smtp.zoho.eu:587", auth, "invoice@garni-basalt.am", []string{to}, body)
}
""", rand_pw(16))

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "artik-tuff-shop/.env.example", "dotenv example files (github.com/motdotla/dotenv)", """
# Պատճենել .env և լրացնել
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_NAME=artik_shop
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
ARCA_PASSWORD=<Աննայից վերցնել>
""")

add("env/decoy-empty-values", "khachkar-orders/.env.template", "dotenv template with empty values", """
ARCA_API_URL=https://ipabt.arca.am:8444/payment/rest
ARCA_USERNAME=
ARCA_PASSWORD=
IDRAM_EDP_REC_ACCOUNT=
IDRAM_SECRET_KEY=
TELEGRAM_BOT_TOKEN=
""")

add("env/decoy-publishable-key", "storefront/.env.production", "Stripe publishable keys are public (stripe.com/docs/keys)", """
VITE_API_URL=https://api.artiktuff.am
VITE_STRIPE_PUBLISHABLE_KEY=@@pk@@
VITE_MAPBOX_TOKEN=@@mb@@
VITE_DEFAULT_LOCALE=hy
VITE_CURRENCY=AMD
""", pk=stripe_key("pk_live_"), mb=mapbox("pk"))

add("env/decoy-env-reference", "deploy/.env.compose", "Docker Compose variable interpolation (docs.docker.com/compose/how-tos/environment-variables)", """
# Արժեքները գալիս են CI-ի փոփոխականներից
POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?set in CI}
ARCA_PASSWORD=${ARCA_PASSWORD}
IDRAM_SECRET_KEY=${IDRAM_SECRET_KEY}
SMTP_PASSWORD=${SMTP_PASSWORD}
""")

add("env/decoy-test-keys", "tapanakar/.env.test", "Laravel .env.testing conventions (laravel.com/docs/testing#the-testing-environment)", """
# Թեստային միջավայր — իրական վճարումներ չկան
APP_ENV=testing
DB_DATABASE=:memory:
IDRAM_SECRET_KEY=test-secret-key
ARCA_USERNAME=test_user
ARCA_PASSWORD=test_password
MAIL_MAILER=array
""")

add("python/decoy-os-environ", "monuments/settings/base.py", "Django settings from environment (docs.djangoproject.com/en/stable/topics/settings)", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "monuments"),
        "USER": os.getenv("DB_USER", "monuments"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
LANGUAGE_CODE = "hy"
TIME_ZONE = "Asia/Yerevan"
""")

add("python/decoy-checksum", "payments/idram_checksum.py", "Idram EDP_CHECKSUM is an MD5 of the callback fields", """
import hashlib

from django.conf import settings


def checksum(amount: str, bill_no: str, payer: str, trans_id: str, trans_date: str) -> str:
    \"\"\"Idram-ի EDP_CHECKSUM (MD5, մեծատառ).\"\"\"
    raw = ":".join([settings.IDRAM_EDP_REC_ACCOUNT, amount, settings.IDRAM_SECRET_KEY,
                    bill_no, payer, trans_id, trans_date])
    return hashlib.md5(raw.encode()).hexdigest().upper()


# Օրինակ փաստաթղթից՝ EDP_CHECKSUM=@@md5@@
""", md5=hexs(32).upper())

add("python/decoy-test-fixture", "tests/test_arca.py", "pytest fixtures with dummy credentials", """
import pytest

from payments.arca import ArcaClient


@pytest.fixture
def client(requests_mock):
    requests_mock.post("https://ipabt.arca.am:8444/payment/rest/register.do",
                       json={"orderId": "70906e55-7114-41d6-8332-4609dc6590f4", "formUrl": "https://ipabt.arca.am/x"})
    return ArcaClient(user="test-api", password="dummy-password")


def test_register_returns_form_url(client):
    assert client.register(order_id=1001, amount_amd=150000)["formUrl"].startswith("https://")
""")

add("python/decoy-secret-manager", "workers/secrets.py", "AWS Secrets Manager get_secret_value (docs.aws.amazon.com/secretsmanager)", """
import json
from functools import lru_cache

import boto3


@lru_cache
def secret(name: str) -> dict:
    \"\"\"Գաղտնիքները կարդալ Secrets Manager-ից (ոչ թե կոդից).\"\"\"
    sm = boto3.client("secretsmanager", region_name="eu-central-1")
    return json.loads(sm.get_secret_value(SecretId=f"ararat-stone/{name}")["SecretString"])


DB = secret("prod/db")
ARCA = secret("prod/arca")
""")

add("python/decoy-uuid-ids", "catalog/fixtures.py", "Catalog fixtures with UUID ids", """
# Քարերի տեսակներ (id-ները կայուն են, օգտագործվում են URL-ներում)
STONES = [
    {"id": "@@u1@@", "name": "Անիի վարդագույն տուֆ", "density": 1.45},
    {"id": "@@u2@@", "name": "Արթիկի տուֆ", "density": 1.38},
    {"id": "@@u3@@", "name": "Գառնիի բազալտ", "density": 2.9},
    {"id": "@@u4@@", "name": "Արարատի տրավերտին", "density": 2.5},
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("python/decoy-regex", "secretscan/patterns.py", "Pre-commit pattern list for the team's own hook", """
import re

# Մեր pre-commit ստուգումը՝ ինչ չպետք է commit արվի
PATTERNS = {
    "arca_password": re.compile(r"ARCA_PASSWORD\\s*=\\s*[^\\s$]{6,}"),
    "idram_secret": re.compile(r"IDRAM_SECRET_KEY\\s*=\\s*[A-Za-z0-9]{32}"),
    "telegram": re.compile(r"\\d{9,10}:AA[A-Za-z0-9_-]{33}"),
    "stripe_live": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
}
""")

add("python/decoy-hash-compare", "accounts/hashers.py", "Django password hashers (docs.djangoproject.com/en/stable/topics/auth/passwords)", """
from django.contrib.auth.hashers import check_password

# Հին կայքից տեղափոխված ադմինի հեշը (PBKDF2), գաղտնաբառն ինքը չկա
LEGACY_ADMIN_HASH = "pbkdf2_sha256$600000$@@salt@@$@@h@@="


def legacy_login(raw: str) -> bool:
    return check_password(raw, LEGACY_ADMIN_HASH)
""", salt=rand_pw(22), h=b64(rand_pw(32))[:43])

add("python/decoy-keyring", "tools/one_c_client.py", "keyring library (pypi.org/project/keyring)", """
import keyring
import requests

USER = "Обмен"
PASSWORD = keyring.get_password("one_c_http", USER)  # Windows Credential Manager


def stock():
    return requests.get("http://10.1.1.15/buh_artik/hs/stock/v1/balances",
                        auth=(USER, PASSWORD), timeout=60).json()
""")

add("python/decoy-gcode-constants", "cnc/gcode_khachkar.py", "G-code generation for a CNC router", """
# Խաչքարի զարդանախշի G-code (Breton, 5 առանցք)
HEADER = ["G21", "G90", "G54", "M3 S12000"]
TOOL_DIAMOND_6MM = "T06 M6"
FEED_TUFF = 1800   # մմ/րոպե
FEED_BASALT = 450


def line(x: float, y: float, z: float) -> str:
    return f"G1 X{x:.3f} Y{y:.3f} Z{z:.3f} F{FEED_TUFF}"
""")

add("yaml/decoy-vault-reference", "config/app.prod.yaml", "HashiCorp Vault agent templates (developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template)", """
database:
  host: pg.masons.internal
  user: erp
  password: "{{ with secret \\"kv/data/erp/db\\" }}{{ .Data.data.password }}{{ end }}"
arca:
  username: artikqar_api
  password: "{{ with secret \\"kv/data/erp/arca\\" }}{{ .Data.data.password }}{{ end }}"
""")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "Mozilla SOPS encrypted files (github.com/getsops/sops)", """
arca_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
idram_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2024-06-01T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=b64(rand_pw(12)), iv1=b64(rand_pw(24))[:32], t1=b64(rand_pw(12))[:22] + "==", d2=b64(rand_pw(24)), iv2=b64(rand_pw(24))[:32], t2=b64(rand_pw(12))[:22] + "==", m=b64(rand_pw(48)))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "Ansible Vault encrypted file (docs.ansible.com/ansible/latest/vault_guide)", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-vars", "ansible/group_vars/cameras/vars.yml", "Ansible vars referencing vault vars (docs.ansible.com/ansible/latest/tips_tricks)", """
# Իրական արժեքները՝ vault.yml-ում
camera_user: admin
camera_password: "{{ vault_camera_password }}"
mikrotik_password: "{{ vault_mikrotik_password }}"
camera_ntp: 0.am.pool.ntp.org
""")

add("github-actions/decoy-secrets-context", ".github/workflows/ci.yml", "GitHub Actions secrets context (docs.github.com/en/actions/security-guides/using-secrets-in-github-actions)", """
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          IDRAM_SECRET_KEY: ${{ secrets.IDRAM_SECRET_KEY_TEST }}
          TELEGRAM_BOT_TOKEN: ${{ secrets.TELEGRAM_BOT_TOKEN }}
""")

add("github-actions/decoy-pinned-sha", ".github/workflows/lint.yml", "Pinning actions to a full commit SHA (docs.github.com/en/actions/security-guides/security-hardening-for-github-actions)", """
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@s1@@ # v4.1.7
      - uses: actions/setup-python@@@s2@@ # v5.1.0
        with:
          python-version: "3.12"
      - run: pip install ruff && ruff check .
""", s1=hexs(40), s2=hexs(40))

add("k8s/decoy-configmap", "k8s/catalog/configmap.yaml", "Kubernetes ConfigMap (kubernetes.io/docs/concepts/configuration/configmap)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: catalog-config
data:
  DB_HOST: pg.masons.internal
  DB_NAME: orders
  REDIS_HOST: 10.0.3.12
  LANGUAGE: hy
  STONES_PAGE_SIZE: "24"
""")

add("k8s/decoy-secret-ref", "k8s/catalog/deployment.yaml", "Kubernetes secretKeyRef (kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables)", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  replicas: 2
  selector: { matchLabels: { app: catalog } }
  template:
    metadata: { labels: { app: catalog } }
    spec:
      containers:
        - name: api
          image: registry.masons.am/catalog:1.9.0
          env:
            - name: DB_PASSWORD
              valueFrom: { secretKeyRef: { name: catalog-db, key: password } }
            - name: REDIS_PASSWORD
              valueFrom: { secretKeyRef: { name: redis-auth, key: redis-password } }
""")

add("k8s/decoy-sealed-secret", "k8s/payments/arca-sealed.yaml", "Bitnami Sealed Secrets (github.com/bitnami-labs/sealed-secrets)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: arca-vpos
  namespace: shop
spec:
  encryptedData:
    ARCA_PASSWORD: @@e1@@
    ARCA_USERNAME: @@e2@@
""", e1="AgB" + b64(rand_pw(180)), e2="AgC" + b64(rand_pw(120)))

add("compose/decoy-env-file", "compose.yaml", "Compose env_file and interpolation (docs.docker.com/compose)", """
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://erp:${POSTGRES_PASSWORD}@db:5432/workshop_erp
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_USER: erp
""")

add("compose/decoy-docker-secrets", "deploy/stack.yml", "Docker Swarm secrets (docs.docker.com/engine/swarm/secrets)", """
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
      MYSQL_DATABASE: quarry
    secrets: [mysql_root]
secrets:
  mysql_root:
    external: true
""")

add("terraform/decoy-variable", "infra/variables.tf", "Terraform sensitive variables (developer.hashicorp.com/terraform/language/values/variables)", """
variable "db_password" {
  description = "Կատալոգի բազայի գաղտնաբառ (TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}
""")

add("terraform/decoy-random-password", "infra/secrets.tf", "Terraform random_password + Secrets Manager (registry.terraform.io/providers/hashicorp/random)", """
resource "random_password" "catalog_db" {
  length  = 24
  special = false
}

resource "aws_secretsmanager_secret_version" "catalog_db" {
  secret_id     = aws_secretsmanager_secret.catalog_db.id
  secret_string = random_password.catalog_db.result
}
""")

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "Example tfvars with placeholders", """
# Պատճենել terraform.tfvars և լրացնել (մի՛ commit անել)
region               = "eu-central-1"
db_password          = "CHANGE_ME"
cloudflare_api_token = "<cloudflare-token>"
alert_email          = "it@ararat-stone.am"
""")

add("json/decoy-firebase-web-config", "web/src/firebaseConfig.json", "Firebase web config is public by design (firebase.google.com/docs/projects/api-keys)", """
{
  "apiKey": "@@k@@",
  "authDomain": "khachkar-map.firebaseapp.com",
  "projectId": "khachkar-map",
  "storageBucket": "khachkar-map.appspot.com",
  "messagingSenderId": "418205736194",
  "appId": "1:418205736194:web:@@app@@"
}
""", k=google_key(), app=hexs(22))

add("json/decoy-package-lock", "storefront/package-lock.json", "npm package-lock integrity hashes (docs.npmjs.com/cli/configuring-npm/package-lock-json)", """
{
  "name": "storefront",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.11",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.11.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=b64(rand_pw(64))[:86], i2=b64(rand_pw(64))[:86])

add("json/decoy-order-export", "exports/orders_2024_05.json", "Order export with ids and bank references", """
[
  {"order": "KHQ-2024-0412", "customer": "Գ. Հակոբյան", "stone": "Անիի տուֆ", "size_cm": "180x90x20",
   "arca_order_id": "@@u1@@", "approval_code": "784512", "amount_amd": 680000},
  {"order": "KHQ-2024-0413", "customer": "Ս. Մարտիրոսյան", "stone": "Գառնիի բազալտ", "size_cm": "120x60x12",
   "arca_order_id": "@@u2@@", "approval_code": "190347", "amount_amd": 420000},
  {"order": "KHQ-2024-0414", "customer": "Լ. Սարգսյան", "stone": "Արթիկի տուֆ", "size_cm": "200x100x25",
   "arca_order_id": "@@u3@@", "approval_code": "552019", "amount_amd": 910000}
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("json/decoy-appsettings-dev", "Quarry.Scales/appsettings.Development.json", "ASP.NET Core development settings with LocalDB (learn.microsoft.com/aspnet/core/fundamentals/configuration)", """
{
  "ConnectionStrings": {
    "Scales": "Server=(localdb)\\\\MSSQLLocalDB;Database=Weighbridge;Trusted_Connection=True"
  },
  "Weighbridge": {
    "ComPort": "COM9",
    "Simulate": true
  }
}
""")

add("json/decoy-manifest", "composer.json", "Composer manifest (getcomposer.org/doc/04-schema.md)", """
{
    "name": "tapanakar/site",
    "description": "Տապանաքարերի կատալոգ և պատվերներ",
    "require": {
        "php": "^8.2",
        "phpmailer/phpmailer": "^6.9",
        "laravel/framework": "^11.0"
    },
    "config": {
        "sort-packages": true
    }
}
""")

add("toml/decoy-env-lookup", "engraver/config.example.toml", "Example config with env lookups", """
# Պատճենել config.toml; գաղտնաբառը՝ միջավայրից
[ftp]
host = "192.168.1.40"
port = 21
user = "laser"
pass = "${LASER_FTP_PASSWORD}"

[render]
dpi = 600
""")

add("toml/decoy-poetry-lock", "poetry.lock", "Poetry lock file hashes (python-poetry.org/docs/basic-usage/#installing-with-poetrylock)", """
[[package]]
name = "pillow"
version = "10.3.0"
description = "Python Imaging Library (Fork)"
optional = false
python-versions = ">=3.8"
files = [
    {file = "pillow-10.3.0-cp312-cp312-manylinux_2_28_x86_64.whl", hash = "sha256:@@h1@@"},
    {file = "pillow-10.3.0.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.12"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("toml/decoy-cargo", "saw-telemetry/Cargo.toml", "Cargo manifest (doc.rust-lang.org/cargo/reference/manifest.html)", """
[package]
name = "saw-telemetry"
version = "0.3.1"
edition = "2021"
description = "Լարային սղոցի տելեմետրիա MQTT-ով"

[dependencies]
rumqttc = "0.24"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
""")

add("ini/decoy-odbc-trusted", "reports/odbc.example.ini", "unixODBC DSN with integrated auth", """
; Հաշվապահություն — օրինակ
[Buh1C]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:10.1.1.15,1433
Database = buh_artik_2024
Trusted_Connection = yes
TrustServerCertificate = yes
""")

add("ini/decoy-php-ini", "docker/php/conf.d/app.ini", "php.ini directives (php.net/manual/en/ini.list.php)", """
; Կայքի PHP կարգավորումներ
date.timezone = Asia/Yerevan
upload_max_filesize = 32M
post_max_size = 40M
memory_limit = 256M
session.cookie_secure = 1
session.cookie_httponly = 1
""")

add("ini/decoy-pgpass-template", "setup/pgpass.template", "libpq password file format (postgresql.org/docs/current/libpq-pgpass.html)", """
# ~/.pgpass ձևանմուշ՝ hostname:port:database:username:password
# Լրացնել ձեր գաղտնաբառով և chmod 600
10.0.2.7:5432:orders:reporting:<your-password>
10.0.2.7:5432:scales:scale:<your-password>
localhost:5432:*:postgres:postgres
""")

add("go/decoy-env", "internal/config/config.go", "Go os.Getenv config", """
package config

import "os"

// Config-ը կարդում է միջավայրից
type Config struct {
	DSN         string
	TelegramTok string
	ArcaPass    string
}

func Load() Config {
	return Config{
		DSN:         os.Getenv("DATABASE_URL"),
		TelegramTok: os.Getenv("TELEGRAM_BOT_TOKEN"),
		ArcaPass:    os.Getenv("ARCA_PASSWORD"),
	}
}
""")

add("go/decoy-test-dsn", "internal/store/db_test.go", "Go test with local throwaway database", """
package store

import (
	"context"
	"testing"
)

func TestOpen(t *testing.T) {
	t.Setenv("PGPASSWORD", "postgres")
	pool, err := OpenDSN(context.Background(), "host=localhost user=postgres password=postgres dbname=scales_test sslmode=disable")
	if err != nil {
		t.Skip("no local postgres:", err)
	}
	defer pool.Close()
}
""")

add("java/decoy-properties-placeholders", "src/main/resources/application-prod.properties", "Spring property placeholders (docs.spring.io/spring-boot/reference/features/external-config.html)", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:10.0.2.7}:5432/orders
spring.datasource.username=${DB_USER:orders}
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.gmail.com
spring.mail.username=${MAIL_USER}
spring.mail.password=${MAIL_PASSWORD}
arca.password=${ARCA_PASSWORD}
""")

add("java/decoy-constants", "src/main/java/am/ararat/stone/domain/StoneType.java", "Java enum with catalogue codes", """
package am.ararat.stone.domain;

public enum StoneType {
    ANI_PINK_TUFF("TUF-ANI-01", 1450),
    ARTIK_TUFF("TUF-ART-02", 1380),
    GARNI_BASALT("BAS-GRN-01", 2900),
    ARARAT_TRAVERTINE("TRV-ARR-01", 2500);

    public final String code;
    public final int densityKgM3;

    StoneType(String code, int densityKgM3) {
        this.code = code;
        this.densityKgM3 = densityKgM3;
    }
}
""")

add("kotlin/decoy-buildconfig", "app/build.gradle.kts", "Android BuildConfig fields from local.properties (developer.android.com/build/gradle-tips)", """
import java.util.Properties

val local = Properties().apply { load(rootProject.file("local.properties").inputStream()) }

android {
    namespace = "am.khachkar.pay"
    defaultConfig {
        applicationId = "am.khachkar.pay"
        buildConfigField("String", "TELCELL_SHOP_KEY", "\\"${local.getProperty("telcell.shopKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("csharp/decoy-user-secrets", "Quarry.Cameras/Quarry.Cameras.csproj", ".NET user secrets id (learn.microsoft.com/aspnet/core/security/app-secrets)", """
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <UserSecretsId>@@u@@</UserSecretsId>
    <RootNamespace>Quarry.Cameras</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Extensions.Configuration.UserSecrets" Version="8.0.0" />
  </ItemGroup>
</Project>
""", u=uuid_s())

add("csharp/decoy-config-read", "Quarry.Bot/BotOptions.cs", ".NET options from configuration", """
namespace Quarry.Bot;

// Արժեքը՝ dotnet user-secrets կամ միջավայրից (Bot__Token)
public sealed class BotOptions
{
    public const string Section = "Bot";
    public string Token { get; init; } = string.Empty;
    public long AlertChatId { get; init; } = -1001874422390;
}
""")

add("php/decoy-env-calls", "config/services.php", "Laravel config reading env() (laravel.com/docs/configuration)", """
<?php

return [
    'arca' => [
        'url' => env('ARCA_API_URL', 'https://ipay.arca.am/payment/rest'),
        'username' => env('ARCA_USERNAME'),
        'password' => env('ARCA_PASSWORD'),
    ],
    'idram' => [
        'account' => env('IDRAM_EDP_REC_ACCOUNT'),
        'secret' => env('IDRAM_SECRET_KEY'),
    ],
];
""")

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "WordPress wp-config-sample.php (developer.wordpress.org/apis/wp-config-php)", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/decoy-credentials-fetch", "config/initializers/payments.rb", "Rails encrypted credentials (guides.rubyonrails.org/security.html#custom-credentials)", """
# Գաղտնիքները՝ config/credentials.yml.enc
ARCA = {
  user: Rails.application.credentials.dig(:arca, :username),
  password: Rails.application.credentials.dig(:arca, :password),
  url: "https://ipay.arca.am/payment/rest"
}.freeze
""")

add("gitignore/decoy-ignore-list", ".gitignore", "gitignore patterns (git-scm.com/docs/gitignore)", """
# Գաղտնիքներ — երբեք չcommit անել
.env
.env.*
!.env.example
/config/master.key
/config/credentials/*.key
secrets/*.json
*.pem
*.jks
ansible/group_vars/all/vault_pass.txt
__pycache__/
node_modules/
""")

add("rust/decoy-env-var", "weighbridge-agent/src/main.rs", "std::env::var (doc.rust-lang.org/std/env/fn.var.html)", """
use std::env;

mod config;

// Կշեռքի գործակալ՝ գաղտնաբառը միջավայրից
fn main() {
    let db_url = env::var("SCALE_DATABASE_URL").expect("SCALE_DATABASE_URL not set");
    let port = env::var("SCALE_SERIAL").unwrap_or_else(|_| "/dev/ttyUSB0".to_string());
    println!("reading {port}, writing to {}", db_url.split('@').last().unwrap_or("?"));
}
""")

add("swift/decoy-keychain", "StaffApp/Security/TokenStore.swift", "Keychain Services (developer.apple.com/documentation/security/keychain_services)", """
import Security
import Foundation

enum TokenStore {
    static let service = "am.ararat-stone.staff"

    static func token() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("plist/decoy-info-plist", "KhachkarMap/Info.plist", "Info.plist keys (developer.apple.com/documentation/bundleresources/information_property_list)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>am.khachkar.map</string>
    <key>NSLocationWhenInUseUsageDescription</key>
    <string>Մոտակա խաչքարերը ցույց տալու համար</string>
    <key>GADApplicationIdentifier</key>
    <string>ca-app-pub-3940256099942544~1458002511</string>
</dict>
</plist>
""")

add("typescript/decoy-process-env", "api/src/config.ts", "Node process.env config", """
// Կոնֆիգ՝ միջավայրից; արժեքները Vercel-ում
export const config = {
  mongoUri: process.env.MONGODB_URI ?? "",
  openaiKey: process.env.OPENAI_API_KEY ?? "",
  arcaPassword: process.env.ARCA_PASSWORD ?? "",
  siteUrl: process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000",
};

if (!config.mongoUri) throw new Error("MONGODB_URI is required");
""")

add("typescript/decoy-recaptcha-site-key", "web/src/components/ContactForm.tsx", "reCAPTCHA site keys are public (developers.google.com/recaptcha/docs/display)", """
import ReCAPTCHA from "react-google-recaptcha";

// Site key-ը հրապարակային է; secret key-ը միայն սերվերում
const SITE_KEY = "6Lc@@sk@@";

export function ContactForm() {
  return (
    <form action="/api/contact" method="post">
      <input name="name" placeholder="Անուն" />
      <input name="phone" placeholder="Հեռախոս" />
      <textarea name="text" placeholder="Ինչ քար եք փնտրում" />
      <ReCAPTCHA sitekey={SITE_KEY} />
      <button type="submit">Ուղարկել</button>
    </form>
  );
}
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("typescript/decoy-mocked-token", "src/__tests__/alerts.test.ts", "Jest tests with fake tokens", """
import { alertSawStopped } from "../alerts";

global.fetch = jest.fn().mockResolvedValue({ ok: true }) as jest.Mock;

describe("alertSawStopped", () => {
  it("posts to the webhook", async () => {
    process.env.DISCORD_WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/fake-token-for-tests";
    await alertSawStopped("wire-saw-03", "Լարը կտրվեց");
    expect(global.fetch).toHaveBeenCalledTimes(1);
  });
});
""")

add("typescript/decoy-sentry-dsn", "web/src/sentry.client.config.ts", "Sentry DSN is safe to expose in client code (docs.sentry.io/concepts/key-terms/dsn-explainer)", """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@k@@@o4507182236.ingest.de.sentry.io/4507182239",
  tracesSampleRate: 0.1,
  environment: process.env.NODE_ENV,
});
""", k=hexs(32))

add("shell/decoy-read-secret", "scripts/backup_orders_v2.sh", "mysqldump with --defaults-extra-file (dev.mysql.com/doc/refman/8.0/en/option-files.html)", """
#!/usr/bin/env bash
# Պահուստ՝ գաղտնաբառը ֆայլում, ոչ հրամանի տողում
set -euo pipefail
STAMP=$(date +%F)
mysqldump --defaults-extra-file=/etc/backup/my.cnf --single-transaction khachkar_orders \\
  | gzip > /backup/orders-$STAMP.sql.gz
""")

add("shell/decoy-vault-cli", "scripts/fetch_secrets.sh", "Vault CLI kv get (developer.hashicorp.com/vault/docs/commands/kv/get)", """
#!/bin/bash
set -euo pipefail
export VAULT_ADDR=https://vault.masons.internal:8200
vault login -method=oidc >/dev/null
export ARCA_PASSWORD=$(vault kv get -field=password kv/erp/arca)
export IDRAM_SECRET_KEY=$(vault kv get -field=secret kv/erp/idram)
exec "$@"
""")

add("shell/decoy-sha256sums", "releases/SHA256SUMS", "sha256sum output (man sha256sum)", """
@@h1@@  ezcad-portrait-plugin-1.2.0-win64.zip
@@h2@@  weighbridge-agent-0.7.3-x86_64-linux.tar.gz
@@h3@@  saw-telemetry-0.3.1-armv7.tar.gz
@@h4@@  stone-catalog-api-2.4.1.tar.gz
@@h5@@  khachkar-map-1.9.0.apk
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("shell/decoy-generate-password", "scripts/new_camera_password.sh", "openssl rand (docs.openssl.org/master/man1/openssl-rand)", """
#!/bin/sh
# Նոր գաղտնաբառ տեսախցիկի համար՝ գեներացնել և պահել Bitwarden-ում
NEW=$(openssl rand -base64 18)
bw create item "$(bw get template item | jq --arg p "$NEW" '.name="camera-'"$1"'" | .login.password=$p' | bw encode)"
echo "saved to Bitwarden as camera-$1"
""")

add("powershell/decoy-secure-string", "ops/Send-DailyReport.v2.ps1", "Get-Credential / SecretManagement (learn.microsoft.com/powershell/utility-modules/secretmanagement)", """
# Գաղտնաբառը՝ SecretStore-ից
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "smtp-reports" -Vault "MasonsStore"
$csv = "C:\\Reports\\output_$(Get-Date -Format yyyyMMdd).csv"
Send-MailMessage -From $cred.UserName -To "director@ararat-stone.am" -Subject "Արտադրանք" `
  -Attachments $csv -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
""")

add("powershell/decoy-dpapi-blob", "ops/cred.xml", "Export-Clixml PSCredential with DPAPI-encrypted password (learn.microsoft.com/powershell/module/microsoft.powershell.utility/export-clixml)", """
<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0"><T>System.Management.Automation.PSCredential</T><T>System.Object</T></TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">MASONS\\svc-reports</S>
      <SS N="Password">01000000d08c9ddf0115d1118c7a00c04fc297eb@@blob@@</SS>
    </Props>
  </Obj>
</Objs>
""", blob=hexs(200))

add("dockerfile/decoy-build-secret", "api/Dockerfile", "BuildKit secret mounts (docs.docker.com/build/building/secrets)", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "dist/server.js"]
""")

add("dockerfile/decoy-arg-no-default", "worker/Dockerfile.gpu", "Dockerfile ARG without default", """
FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
ARG PIP_INDEX_URL
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y python3-pip && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# Դիմանկարների մշակում GPU-ով
CMD ["python3", "-m", "portraits.render"]
""")

add("notebook/decoy-getpass", "analysis/quarry_costs.ipynb", "Jupyter notebook using getpass", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Ինքնարժեք ըստ քարհանքի"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["from getpass import getpass\\n",
              "from sqlalchemy import create_engine\\n",
              "pw = getpass('DB password: ')\\n",
              "eng = create_engine(f'postgresql+psycopg2://analyst:{pw}@10.0.2.7/orders')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/decoy-output-hashes", "analysis/photo_dedup.ipynb", "Jupyter notebook with perceptual hashes in output", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 4, "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout",
                "text": ["KHQ-0412.jpg  phash=@@p1@@\\n", "KHQ-0413.jpg  phash=@@p2@@\\n",
                         "duplicates: 0\\n"]}],
   "source": ["for p in photos: print(p.name, ' phash=' + str(imagehash.phash(Image.open(p))))"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", p1=hexs(16), p2=hexs(16))

add("markdown/decoy-setup-guide", "docs/setup.md", "Developer setup guide with placeholders", """
# Մշակման միջավայր

1. `cp .env.example .env`
2. `.env`-ում լրացնել՝
   - `ARCA_USERNAME=<ձեր թեստային օգտվողը>`
   - `ARCA_PASSWORD=<գաղտնաբառը Bitwarden-ից, "ArCa test">`
   - `IDRAM_SECRET_KEY=...` (Idram-ի թեստային պորտալից)
3. `docker compose up -d db redis`
4. `python manage.py migrate && python manage.py runserver`

Պրոդաքշնի գաղտնիքները **երբեք** չեն պահվում repo-ում՝ միայն Vault-ում (`kv/erp/*`)։
""")

add("markdown/decoy-redacted-incident", "docs/incidents/2024-03-smtp-leak.md", "Incident write-up with redacted values", """
# Միջադեպ 2024-03-14՝ SMTP գաղտնաբառը լոգում

**Ինչ եղավ.** mailer-ը DEBUG մակարդակում լոգում էր `password=****************`։
Լոգը հասանելի էր Grafana-ում բոլոր աշխատակիցներին 3 օր։

**Ինչ արեցինք.**
- Գաղտնաբառը փոխվեց 2024-03-14 11:20-ին (նորը՝ Vault-ում, `kv/mail/orders`)
- Հին արժեքը՝ `Ar***********42` (չեղարկված)
- DEBUG-ն անջատվեց պրոդաքշնում

**Հետևանք.** Չարաշահման հետք չի գտնվել (Yandex-ի մուտքերի պատմություն)։
""")

add("markdown/decoy-license-registry", "docs/quarries.md", "Quarry registry with licence and cadastre numbers", """
# Քարհանքեր և թույլտվություններ

| Քարհանք | Քար | Ընդերքօգտագործման թույլտվություն | Կադաստրային № | ՀՎՀՀ |
|---------|-----|-------------------------------|---------------|------|
| Արթիկ-1 | վարդագույն տուֆ | ՇԹ-29/118 (մինչև 2031) | 07-004-0112-0031 | 05530218 |
| Արթիկ-2 | սև տուֆ | ՇԹ-29/204 (մինչև 2029) | 07-004-0119-0007 | 05530218 |
| Գառնի | բազալտ | ԿԹ-11/077 (մինչև 2033) | 07-021-0205-0044 | 02271904 |
| Արարատ | տրավերտին | ԱԹ-03/031 (մինչև 2028) | 03-012-0301-0019 | 03314652 |

Կոորդինատներ՝ տես `gis/quarries.geojson`։
""")

add("markdown/decoy-public-keys", "docs/access.md", "SSH public keys list (authorized_keys format)", """
# Սերվերների մուտք

Ավելացնել `~deploy/.ssh/authorized_keys`-ում միայն հանրային բանալիները՝

```
@@k1@@ vardan@workshop
@@k2@@ ci@github-actions
```

Մասնավոր բանալիները մնում են անձնական մեքենաներում։
""", k1=ssh_pub(), k2=ssh_pub())

add("sql/decoy-schema", "db/migrations/0001_init.sql", "PostgreSQL schema DDL", """
CREATE TABLE customers (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    full_name   text NOT NULL,
    phone       text,
    password_hash text,           -- argon2id, երբեք բաց տեքստ
    api_token_sha256 char(64)     -- միայն հեշը
);
CREATE TABLE orders (
    id          serial PRIMARY KEY,
    customer_id uuid REFERENCES customers(id),
    stone       text NOT NULL,     -- տուֆ, բազալտ, տրավերտին
    size_cm     text,
    epitaph     text,
    amount_amd  integer
);
""")

add("sql/decoy-seed-hashes", "db/seed/002_demo_users.sql", "Seed data with argon2 hashes", """
-- Դեմո օգտվողներ (գաղտնաբառերի հեշեր, argon2id)
INSERT INTO users (login, full_name, role, password_hash) VALUES
  ('demo', 'Դեմո Օգտվող', 'viewer', '$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@'),
  ('sales', 'Վաճառքի բաժին', 'sales', '$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@');

UPDATE users SET must_change_password = true WHERE login IN ('demo', 'sales');
""", s1=b64(rand_pw(16)).rstrip("="), h1=b64(rand_pw(32)).rstrip("="), s2=b64(rand_pw(16)).rstrip("="), h2=b64(rand_pw(32)).rstrip("="))

add("xml/decoy-pom", "pom.xml", "Maven POM (maven.apache.org/pom.html)", """
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>am.ararat.stone</groupId>
  <artifactId>monument-orders</artifactId>
  <version>2.4.1</version>
  <distributionManagement>
    <repository>
      <id>masons-nexus</id>
      <url>https://nexus.masons.internal/repository/maven-releases/</url>
    </repository>
  </distributionManagement>
</project>
""")

add("xml/decoy-saml-metadata", "idp/sp-metadata.xml", "SAML SP metadata with public certificate (docs.oasis-open.org/security/saml)", """
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://erp.ararat-stone.am/saml">
  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>@@cert@@</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </KeyDescriptor>
    <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
        Location="https://erp.ararat-stone.am/saml/acs" index="0"/>
  </SPSSODescriptor>
</EntityDescriptor>
""", cert="MIID" + b64(rand_pw(300)))

add("csv/decoy-bank-statement", "exports/bank_2024_05.csv", "Bank statement export", """
date,doc_no,counterparty,account,amount_amd,purpose
2024-05-02,00412,Գ. Հակոբյան,2470012345678901,204000,Կանխավճար KHQ-2024-0412
2024-05-03,00413,Ս. Մարտիրոսյան,1570098765432109,126000,Կանխավճար KHQ-2024-0413
2024-05-07,00419,Արթիկ Քար ՍՊԸ,2050022233344455,-1450000,Տուֆի բլոկներ 12 մ³
2024-05-10,00427,Haypost,1930077788899900,-18500,Առաքում Վանաձոր
""")

add("csv/decoy-weighbridge-tickets", "exports/weighbridge_2024_06_11.csv", "Weighbridge ticket export", """
ticket,truck,site,gross_kg,tare_kg,net_kg,ticket_sha1
T-240611-001,35 LL 712,Արթիկ-1,38420,14100,24320,@@h1@@
T-240611-002,44 OS 105,Արթիկ-1,41280,15350,25930,@@h2@@
T-240611-003,35 LL 712,Արթիկ-2,37900,14100,23800,@@h3@@
T-240611-004,21 AD 330,Գառնի,29840,11200,18640,@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

add("csv/decoy-device-inventory", "exports/devices_2024_clean.csv", "Asset inventory with vault references", """
device,site,ip,login,password_ref
Hikvision DS-2CD2043,Արթիկ-1 մուտք,192.168.5.64,admin,bitwarden://Cameras/artik1-gate
Weighbridge PC,Արթիկ-1,192.168.5.10,operator,bitwarden://Scales/artik1
Breton Contourbreton,Երևան արհեստանոց,192.168.20.15,service,vendor-managed
Laser JPT 60W,Գյումրի,192.168.1.40,laser,bitwarden://Engravers/gyumri
""")

add("log/decoy-masked", "logs/mailer-2024-06-12.log", "Application log with masked credentials", """
2024-06-12 09:14:02,118 INFO  mailer: sending order-ready to 9 recipients
2024-06-12 09:14:02,341 DEBUG smtp: connect smtp.yandex.com:465
2024-06-12 09:14:02,902 DEBUG smtp: login user=orders@noravank-stone.am password=[REDACTED]
2024-06-12 09:14:03,117 INFO  smtp: 235 2.7.0 Authentication successful
2024-06-12 09:14:05,730 INFO  mailer: sent 9/9
""")

add("log/decoy-request-ids", "logs/nginx-access.log", "nginx access log (nginx.org/en/docs/http/ngx_http_log_module.html)", """
203.0.113.5 - - [11/Jun/2024:10:01:22 +0400] "GET /hy/khachkar/KHQ-2024-0412 HTTP/2.0" 200 18231 "-" "Mozilla/5.0" rid=@@r1@@
203.0.113.9 - - [11/Jun/2024:10:01:40 +0400] "POST /pay/arca/return?orderId=@@u1@@ HTTP/2.0" 302 0 "-" "Mozilla/5.0" rid=@@r2@@
198.51.100.7 - - [11/Jun/2024:10:02:03 +0400] "GET /static/app.@@a@@.js HTTP/2.0" 200 88410 "-" "Mozilla/5.0" rid=@@r3@@
203.0.113.5 - - [11/Jun/2024:10:02:11 +0400] "GET /hy/catalog?stone=tuff HTTP/2.0" 200 9120 "-" "Mozilla/5.0" rid=@@r4@@
203.0.113.9 - - [11/Jun/2024:10:02:30 +0400] "GET /favicon.ico HTTP/2.0" 404 0 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), u1=uuid_s(), a=hexs(8))

add("properties/decoy-local-example", "android/local.properties.example", "Android local.properties example", """
## Պատճենել local.properties (git-ում չկա)
sdk.dir=/Users/you/Library/Android/sdk
telcell.shopKey=YOUR_TELCELL_SHOP_KEY
maps.apiKey=YOUR_MAPS_KEY
KHACHKAR_STORE_PASSWORD=
""")

add("properties/decoy-i18n", "src/main/resources/messages_hy.properties", "Java resource bundle (docs.oracle.com/javase/8/docs/api/java/util/ResourceBundle.html)", """
login.title=Մուտք
login.password=Գաղտնաբառ
login.password.forgot=Մոռացե՞լ եք գաղտնաբառը
login.token.expired=Նիստը ավարտվել է, մուտք գործեք կրկին
order.status.engraving=Փորագրվում է
order.status.ready=Պատրաստ է
""")

add("yaml/decoy-openapi", "api/openapi.yaml", "OpenAPI security schemes (spec.openapis.org/oas/v3.1.0)", """
openapi: 3.1.0
info:
  title: Stone catalog API
  version: 2.4.1
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    Stone:
      type: object
      properties:
        id: { type: string, format: uuid, example: "3fa85f64-5717-4562-b3fc-2c963f66afa6" }
        name: { type: string, example: "Անիի վարդագույն տուֆ" }
security:
  - ApiKeyAuth: []
""")

add("yaml/decoy-external-secret", "k8s/payments/external-secret.yaml", "External Secrets Operator ExternalSecret (external-secrets.io)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: arca-vpos
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-backend, kind: ClusterSecretStore }
  target: { name: arca-vpos }
  data:
    - secretKey: ARCA_PASSWORD
      remoteRef: { key: kv/erp/arca, property: password }
""")

add("yaml/decoy-pre-commit", ".pre-commit-config.yaml", "pre-commit config with pinned revs (pre-commit.com)", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: detect-private-key
      - id: check-added-large-files
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.4.8
    hooks:
      - id: ruff
""")

add("env/decoy-public-ids", "tapanakar/.env.public", "Public merchant identifiers", """
# Հրապարակային նույնացուցիչներ (ցուցադրվում են վճարման էջում)
IDRAM_EDP_REC_ACCOUNT=110000601
TELCELL_ISSUER=tapanakar
GA_MEASUREMENT_ID=G-7QK2M8RZ4L
FACEBOOK_PIXEL_ID=618204739152834
""")

add("go/decoy-test-vectors", "internal/billing/checksum_test.go", "Table test with a documented sample checksum", """
package billing

import "testing"

func TestIdramChecksum(t *testing.T) {
	got := Checksum("110000601", "1000.00", "TestSecret", "1", "1234", "5678", "2024-01-01 12:00:00")
	want := "@@md5@@"
	if len(got) != len(want) {
		t.Fatalf("got %s", got)
	}
}
""", md5=hexs(32).upper())
