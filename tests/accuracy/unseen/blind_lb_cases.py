"""Blind set LB: a Kurdish-speaking team (Kurmanji in Latin script, Sorani in Arabic script) running
mountain honey producers (Zozan Hingiv, apiaries around Hakkari, Soran and Qendil) and kilim rug
dealers (Berra Kilim shop, Etsy/WooCommerce/Shopify storefronts), with notes partly in Kurdish.

Shop backends, cold-chain and apiary sensors, shipping and payment integrations, CI and
infrastructure files, runbooks and their decoys. Generated fakes only (seeds 6090000-6099999).
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
SEED_LOW, SEED_HIGH = 6090000, 6099999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hingiv", "Zozan", "Befir", "Baran", "Gulan", "Nergiz", "Sipan", "Kilim", "Qendil", "Zagros",
         "Rewan", "Dilan", "Berfin", "Avjen", "Ciya", "Xezal", "Rojbin", "Newroz", "Hevi", "Sosin"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_", n: int = 24) -> str:
    return fakes.fake(kind, n, _seed())


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


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def woo_key() -> str:
    return "ck_" + hexs(40)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def google_key() -> str:
    r = _rng()
    return "AIza" + "Sy" + "".join(r.choice(ALNUM + "-_") for _ in range(33))


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    r = _rng()
    return "hf_" + "".join(r.choice(string.ascii_letters) for _ in range(34))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def docker_pat() -> str:
    r = _rng()
    return "dckr_pat_" + "".join(r.choice(ALNUM + "-_") for _ in range(27))


def anthropic_key() -> str:
    r = _rng()
    return "sk-ant-api03-" + "".join(r.choice(ALNUM + "-_") for _ in range(93)) + "AA"


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def paypal_secret() -> str:
    r = _rng()
    return "E" + "".join(r.choice(ALNUM + "-_") for _ in range(79))


def vault_token() -> str:
    r = _rng()
    return "hvs." + "".join(r.choice(ALNUM + "_-") for _ in range(90))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def cloudflare_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(40))


def jwt_like_secret() -> str:
    return hexs(64)


def tg() -> str:
    return fakes.telegram_token(_seed())


def gh() -> str:
    return fakes.github_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


# decoy material: hashes, public values, ciphertext
def sha256ish() -> str:
    return hexs(64)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def vault_cipher() -> str:
    r = _rng()
    lines = ["".join(r.choice(HEX) for _ in range(80)) for _ in range(4)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def sops_enc() -> str:
    r = _rng()
    return ("ENC[AES256_GCM,data:" + "".join(r.choice(ALNUM + "+/") for _ in range(27)) + "=,iv:"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=,tag:"
            + "".join(r.choice(ALNUM + "+/") for _ in range(22)) + "==,type:str]")


def sealed() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(ALNUM + "+/") for _ in range(339)) + "=="


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers filled from fields (`@@secret@@` from secret)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-lb/" + category, file_name, text, secret, source))


S_PY = "https://docs.python.org/3/library/os.html#os.environ"
S_ENV = "https://github.com/motdotla/dotenv#usage"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
S_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
S_ANS = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
S_GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
S_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
S_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
S_MD = "https://spec.commonmark.org/0.31.2/"
S_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
S_HTML = "https://html.spec.whatwg.org/multipage/"
S_DOCKER = "https://docs.docker.com/reference/dockerfile/"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_SQL = "https://dev.mysql.com/doc/refman/8.0/en/create-user.html"
S_GO = "https://pkg.go.dev/os#Getenv"
S_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_NODE = "https://nodejs.org/api/process.html#processenv"
S_PHP = "https://www.php.net/manual/en/function.getenv.php"
S_RUBY = "https://guides.rubyonrails.org/configuring.html"
S_RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
S_SWIFT = "https://developer.apple.com/documentation/foundation/processinfo"
S_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
S_PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html#Here-Documents"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_TOML = "https://toml.io/en/v1.0.0"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://www.w3.org/TR/xml/"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_LOG = "https://docs.python.org/3/library/logging.html"
S_KT = "https://kotlinlang.org/docs/properties.html"
S_WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication"
S_SHOPIFY = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"
S_STRIPE = "https://docs.stripe.com/keys"
S_TG = "https://core.telegram.org/bots/api#authorizing-your-bot"
S_SLACK = "https://api.slack.com/messaging/webhooks"
S_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
S_SSH = "https://man.openbsd.org/ssh_config"
S_HIST = "https://www.gnu.org/software/bash/manual/bash.html#Bash-History-Facilities"
S_WIKI = "https://www.mediawiki.org/wiki/Help:Formatting"
S_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="
S_NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
S_MAKE = "https://www.gnu.org/software/make/manual/make.html#Variables"

# ---------------------------------------------------------------- secrets: Python

add("python/postgres", "zozan_hingiv/db.py", S_PG, """\
# Girêdana databasa hingivê (stok û firotin)
import psycopg2

DSN = "postgresql://hingiv_app:@@secret@@@db.zozan.lan:5432/hingiv"


def connect():
    # TODO: bibe env var berî ku em biçin production
    return psycopg2.connect(DSN)
""", secret=words_pw())

add("python/telegram", "bots/ager_bot.py", S_TG, """\
\"\"\"Telegram bot: hişyariyên germahiya kewaran (hive temperature alerts) ji bo mêşvanan.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873422910  # koma mêşvanên Hakkarî


def hişyarî(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", secret=tg())

add("python/woocommerce", "kilim_sync/woo_client.py", S_WOO, """\
from woocommerce import API

# بەڕەکان لە کۆگاوە بۆ فرۆشگای ئۆنلاین (kilim stock -> web shop)
wcapi = API(
    url="https://shop.berra-kilim.example",
    consumer_key="@@key@@",
    consumer_secret="@@secret@@",
    version="wc/v3",
    timeout=30,
)
""", secret=woo_secret(), key=woo_key())

add("python/django", "hingivshop/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["hingiv.zozan.example", "www.hingiv.zozan.example"]

# Kilîta veşartî - NE guherîne, session dê hemû biqetin
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "ku"
TIME_ZONE = "Europe/Istanbul"
""", secret=fakes.django_secret_key(_seed()))

add("python/aws-boto3", "scripts/upload_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
# Wêneyên kilîman diçin S3 (kilim photos to the catalogue bucket)
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)

for name in ["hakkari_01.jpg", "senna_kilim_07.jpg"]:
    s3.upload_file(f"photos/{name}", "berra-kilim-catalogue", name)
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/sendgrid", "notify/order_mail.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """\
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

# نامەی پشتڕاستکردنەوەی داواکاری بۆ کڕیار
sg = SendGridAPIClient("@@secret@@")


def send_confirmation(to: str, order_no: str) -> None:
    msg = Mail(from_email="siparis@zozan.example", to_emails=to,
               subject=f"Siparîşa te {order_no} hat wergirtin", html_content="<p>Spas!</p>")
    sg.send(msg)
""", secret=sendgrid_key())

add("python/openai", "tools/translate_listing.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Danasîna kilîman wergerîne îngilîzî ji bo Etsy (translate kilim listings).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = "Translate this Kurmanji product text to English, keep rug dimensions: "


def werger(text: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT + text}])
    return r.choices[0].message.content
""", secret=fakes.openai_key(_seed()))

add("python/redis-split", "apiary/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", """\
import redis

# Kaşa daneyên sensorên kewaran (hive sensor cache)
r = redis.Redis(
    host="redis.zozan.lan",
    port=6379,
    password=("@@a@@"
              "@@b@@"),
    db=2,
)
""", secret=(_pw := fakes.redis_password(_seed())), a=_pw[:9], b=_pw[9:])

add("python/smtp", "reports/weekly_honey_report.py", "https://docs.python.org/3/library/smtplib.html", """\
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Rapora heftane: hilberîna hingiv (kg)"
msg["From"] = "rapor@zozan.example"
msg["To"] = "dilan@zozan.example"
msg.set_content(open("out/weekly.txt", encoding="utf-8").read())

with smtplib.SMTP_SSL("mail.zozan.example", 465) as s:
    s.login("rapor@zozan.example", "@@secret@@")
    s.send_message(msg)
""", secret=words_pw())

add("python/shopify", "kilim_sync/shopify_push.py", S_SHOPIFY, """\
import requests

SHOP = "berra-kilim.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "@@secret@@", "Content-Type": "application/json"}


def update_inventory(item_id: int, qty: int) -> None:
    # hejmara kilîman li depoya Wanê
    requests.post(f"https://{SHOP}/admin/api/2024-04/inventory_levels/set.json", headers=HEADERS,
                  json={"location_id": 7781, "inventory_item_id": item_id, "available": qty}, timeout=20)
""", secret=shopify_token())

add("python/jwt", "hingivshop/auth/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", """\
import datetime as dt

import jwt

JWT_SECRET = "@@secret@@"  # تێبینی: دواتر بیگوازەوە بۆ vault


def issue(customer_id: int) -> str:
    exp = dt.datetime.utcnow() + dt.timedelta(hours=12)
    return jwt.encode({"sub": customer_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
""", secret=jwt_like_secret())

add("python/mongo", "analytics/load_sales.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
from pymongo import MongoClient

# firotina kilîman li gorî herêman (sales per region)
client = MongoClient("mongodb+srv://analytics:@@secret@@@cluster0.berra.mongodb.net/?retryWrites=true")
db = client["kilim"]
for row in db.sales.aggregate([{"$group": {"_id": "$region", "total": {"$sum": "$price"}}}]):
    print(row)
""", secret=rand_pw(16))

# ---------------------------------------------------------------- secrets: .env and configs

add("dotenv/stripe", "hingivshop/.env", S_ENV, """\
# Zozan Hingiv - production
APP_ENV=production
APP_URL=https://hingiv.zozan.example
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEFAULT_CURRENCY=EUR
# ji bo TRY jî paşê
""", secret=stripe_key(), pk=stripe_key("pk_live_", 99))

add("dotenv/mailgun", "kilim-api/.env.production", S_ENV, """\
NODE_ENV=production
PORT=8080
MAILGUN_DOMAIN=mg.berra-kilim.example
MAILGUN_API_KEY=@@secret@@
# تێبینی: ئەم کلیلە تەنها بۆ نامەی داواکارییە
SHIPPING_FROM=Hewlêr
""", secret=mailgun_key())

add("dotenv/database-url", "apiary-dashboard/.env", S_ENV, """\
# Dashboarda kewaran (Qendil + Soran)
DATABASE_URL=mysql://kewar:@@secret@@@127.0.0.1:3306/kewar_data
SENSOR_POLL_SECONDS=300
TZ=Asia/Baghdad
ALERT_TEMP_MAX=38
""", secret=words_pw())

add("dotenv/paypal", "kilim-api/.env.local", S_ENV, """\
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
# Nîşe: hesabê PayPal ê Rojbin e, ne yê şirketê
PAYPAL_WEBHOOK_URL=https://api.berra-kilim.example/paypal/hook
""", secret=paypal_secret(), cid=rand_pw(79, "-_"))

add("dotenv/anthropic", "tools/.env", S_ENV, """\
# ئامرازی وەسفی بەرهەم (product description helper)
ANTHROPIC_API_KEY=@@secret@@
MODEL=claude-3-5-sonnet-latest
OUTPUT_LANG=ckb
MAX_ITEMS=40
""", secret=anthropic_key())

add("ini/mysql-client", "ops/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
[client]
user=berra_ops
password=@@secret@@
host=db1.berra.lan
default-character-set=utf8mb4

[mysqldump]
single-transaction
""", secret=rand_pw(22, "!#%"))

add("ini/odbc", "accounting/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/dsn-connection-string-attribute", """\
; Muhasebe - hesabên hingiv û kilîm
[HingivMuhasebe]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sql.zozan.lan,1433
Database=Muhasebe
UID=muhasebe_ro
PWD=@@secret@@
Encrypt=yes
""", secret=words_pw())

add("toml/cloudflare", "site/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """\
name = "hingiv-landing"
main = "src/index.ts"
compatibility_date = "2024-09-01"

[vars]
SHOP_NAME = "Zozan Hingiv"
# Berê token li vir bû, Baran dibêje tenê ji bo deploy e
CF_API_TOKEN = "@@secret@@"
""", secret=cloudflare_token())

add("toml/cargo-registry", "sensor-fw/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# Kilîta registry ya navxweyî (internal crates for the hive sensor firmware)
[registries.zozan]
token = "Bearer @@secret@@"

[registry]
global-credential-providers = ["cargo:token"]
""", secret=gitlab_token())

add("json/firebase-sa", "mobile/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """\
{
  "type": "service_account",
  "project_id": "zozan-hingiv-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "push-sender@zozan-hingiv-app.iam.gserviceaccount.com",
  "client_id": "104883216674920331758",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n"), kid=hexs(40))

add("json/appsettings", "BerraKilim.Api/appsettings.Production.json", S_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kilim": "Server=sql.berra.lan;Database=Kilim;User Id=kilim_api;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Shop": { "Currency": "IQD", "Language": "ckb" }
}
""", secret=words_pw())

add("xml/nuget", "BerraKilim.Api/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="berra" value="https://nuget.berra.lan/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <berra>
      <add key="Username" value="ci-bot" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </berra>
  </packageSourceCredentials>
</configuration>
""", secret=rand_pw(24))

add("xml/maven-settings", "kilim-erp/.m2/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <!-- Depoya Maven a navxweyî / internal repository -->
  <servers>
    <server>
      <id>berra-releases</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=words_pw())

# ---------------------------------------------------------------- secrets: JS / TS

add("javascript/stripe", "kilim-api/src/payments.js", S_STRIPE, """\
// Dravdana kilîman bi kartê (card payments for rugs)
const Stripe = require('stripe');
const stripe = Stripe('@@secret@@');

async function createIntent(amountEur, orderId) {
  return stripe.paymentIntents.create({
    amount: Math.round(amountEur * 100),
    currency: 'eur',
    metadata: { orderId, dukan: 'berra-kilim' },
  });
}
module.exports = { createIntent };
""", secret=stripe_key("sk_live_", 99))

add("typescript/slack-webhook", "kilim-api/src/notify/slack.ts", S_SLACK, """\
// Her siparîşeke nû dikeve kanala #firotin
const WEBHOOK = '@@secret@@';

export async function notifyOrder(no: string, total: number): Promise<void> {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text: `Siparîşa nû ${no}: ${total} EUR` }),
  });
}
""", secret=slack_webhook())

add("typescript/discord-webhook", "honey-bot/src/config.ts", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
export const config = {
  // کەناڵی هەنگەوانەکان لە دیسکۆرد
  discordWebhook:
    '@@secret@@',
  harvestSeason: ['2024-06-15', '2024-09-01'],
  apiaries: ['Qendil', 'Soran', 'Rewandiz'],
};
""", secret=discord_webhook())

add("javascript/mongo-uri", "honey-bot/db.js", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/connect/", """\
const { MongoClient } = require('mongodb');

// Databasa agahiyên kewaran
const uri = 'mongodb://kewar_bot:' + '@@secret@@' + '@mongo.zozan.lan:27017/kewar?authSource=admin';
const client = new MongoClient(uri);

module.exports = async () => (await client.connect()).db('kewar');
""", secret=rand_pw(18))

add("javascript/google-maps-server", "kilim-api/src/geocode.js", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """\
// Navnîşana mişteriyan -> koordînat, ji bo hesabkirina şandinê (server-side key, IP-restricted)
const axios = require('axios');
const GEOCODE_KEY = '@@secret@@';

async function geocode(address) {
  const { data } = await axios.get('https://maps.googleapis.com/maps/api/geocode/json', {
    params: { address, key: GEOCODE_KEY, language: 'ku' },
  });
  return data.results[0]?.geometry.location;
}
module.exports = { geocode };
""", secret=google_key())

add("typescript/postgres-pool", "apiary-dashboard/src/db.ts", "https://node-postgres.com/apis/pool", """\
import { Pool } from 'pg';

// Girêdan bi databasa kewaran re
export const pool = new Pool({
  host: 'pg.zozan.lan',
  user: 'dashboard',
  password: '@@secret@@',
  database: 'kewar',
  max: 8,
});
""", secret=words_pw())

add("javascript/twilio", "sms/send-sms.js", "https://www.twilio.com/docs/usage/secure-credentials", """\
// SMS ji mişteriyan re dema ku hingiv tê şandin
const accountSid = '@@sid@@';
const authToken = '@@secret@@';
const client = require('twilio')(accountSid, authToken);

client.messages
  .create({ body: 'Hingivê te îro hate şandin. Spas! / هەنگوینەکەت ئەمڕۆ نێردرا', from: '+15005550006', to: process.argv[2] })
  .then((m) => console.log(m.sid));
""", secret=hexs(32), sid=twilio_sid())

add("typescript/huggingface", "tools/classify-photos.ts", "https://huggingface.co/docs/hub/security-tokens", """\
import { HfInference } from '@huggingface/inference';

// Wêneyên kilîman li gorî şêwazê (Hakkarî, Senna, Bijar) dabeş bike
const hf = new HfInference('@@secret@@');

export async function style(image: Blob) {
  return hf.imageClassification({ model: 'berra/kilim-style-vit', data: image });
}
""", secret=hf_token())

# ---------------------------------------------------------------- secrets: Go, Java, Kotlin, C#, PHP, Ruby, Rust, Swift

add("go/postgres", "cmd/stock/main.go", S_PG, """\
package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Stoka hingiv li depoyên Colemêrg û Hewlêrê
const dsn = "host=pg.zozan.lan user=stock password=@@secret@@ dbname=hingiv sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", secret=rand_pw(20, "_"))

add("go/telegram", "internal/alert/telegram.go", S_TG, """\
package alert

import (
	"fmt"
	"net/http"
	"net/url"
)

// Hişyariya germahiya kewaran (وریاکردنەوەی پلەی گەرمی)
var botToken = "@@secret@@"

func Send(chatID int64, text string) error {
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(u, url.Values{"chat_id": {fmt.Sprint(chatID)}, "text": {text}})
	return err
}
""", secret=tg())

add("go/digitalocean", "infra/dns/main.go", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
package main

import (
	"context"

	"github.com/digitalocean/godo"
)

func main() {
	// DNS ji bo hingiv.zozan.example
	client := godo.NewFromToken("@@secret@@")
	_, _, _ = client.Domains.Get(context.Background(), "zozan.example")
}
""", secret=do_token())

add("java/spring-properties", "kilim-erp/src/main/resources/application-prod.properties", S_JAVA, """\
# ERP ya kilîman - profîla production
spring.datasource.url=jdbc:postgresql://pg.berra.lan:5432/erp
spring.datasource.username=erp_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", secret=words_pw())

add("java/jsch", "kilim-erp/src/main/java/krd/berra/export/SftpExport.java", "https://epaul.github.io/jsch-documentation/", """\
package krd.berra.export;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** Lîsteya kilîman ji gumrikê re bi SFTP dişîne (customs export). */
public class SftpExport {
    public Session open() throws Exception {
        Session s = new JSch().getSession("berra", "sftp.gumruk-agent.example", 22);
        s.setPassword("@@secret@@");
        s.setConfig("StrictHostKeyChecking", "yes");
        s.connect(15000);
        return s;
    }
}
""", secret=words_pw())

add("kotlin/api-key", "android/app/src/main/java/krd/zozan/hingiv/Api.kt", S_KT, """\
package krd.zozan.hingiv

// Serverê siparîşan (order backend) - kilîta admin, TENÊ ji bo ceribandinê
object Api {
    const val BASE_URL = "https://api.zozan.example/v1/"
    const val ADMIN_TOKEN = "@@secret@@"
    const val TIMEOUT_S = 20L
}
""", secret=gh())

add("csharp/smtp", "BerraKilim.Api/Services/MailService.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """\
using System.Net;
using System.Net.Mail;

namespace BerraKilim.Api.Services;

// خزمەتگوزاری ئیمەیڵ بۆ کڕیارانی بەڕە
public class MailService
{
    private readonly SmtpClient _smtp = new("smtp.berra-kilim.example", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("noreply@berra-kilim.example", "@@secret@@"),
    };

    public void Send(MailMessage m) => _smtp.Send(m);
}
""", secret=words_pw())

add("csharp/azure-storage", "BerraKilim.Api/Storage/PhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace BerraKilim.Api.Storage;

public static class PhotoStore
{
    // Wêneyên kilîman (rug photos)
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=berrakilimphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Container() => new(Conn, "photos");
}
""", secret=azure_storage_key())

add("php/wp-config-db", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// Malpera kilîman - WordPress + WooCommerce
define( 'DB_NAME', 'berra_wp' );
define( 'DB_USER', 'berra_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WPLANG', 'ku' );
$table_prefix = 'bk_';
require_once ABSPATH . 'wp-settings.php';
""", secret=words_pw())

add("php/mailgun", "wordpress/wp-content/mu-plugins/mailer.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
<?php
/* Plugin Name: Berra Mailer — نامەی داواکاری */
add_action('woocommerce_order_status_completed', function ($order_id) {
    $ch = curl_init('https://api.eu.mailgun.net/v3/mg.berra-kilim.example/messages');
    curl_setopt($ch, CURLOPT_USERPWD, 'api:@@secret@@');
    curl_setopt($ch, CURLOPT_POSTFIELDS, ['from' => 'Berra <shop@berra-kilim.example>', 'to' => get_post_meta($order_id, '_billing_email', true), 'subject' => 'Spas!', 'text' => 'Kilîma te hat şandin.']);
    curl_exec($ch);
});
""", secret=mailgun_key())

add("yaml/rails-database", "hingiv_rails/config/database.yml", S_RUBY, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: hingiv_production
  username: hingiv
  password: @@secret@@
  host: pg.zozan.lan
""", secret=rand_pw(18))

add("ruby/s3", "hingiv_rails/config/initializers/aws.rb", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/credentials.html", """\
# Wêneyên hingiv û etîketan (honey jar labels) li S3
Aws.config.update(
  region: 'eu-central-1',
  credentials: Aws::Credentials.new('@@kid@@', '@@secret@@')
)
LABELS_BUCKET = 'zozan-hingiv-labels'.freeze
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("rust/mqtt", "sensor-gw/src/main.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html", """\
use rumqttc::{MqttOptions, Client, QoS};
use std::time::Duration;

// Dergeha sensorên kewaran: giranî, germahî, şil (weight, temperature, humidity)
fn main() {
    let mut opts = MqttOptions::new("gw-qendil-01", "mqtt.zozan.lan", 8883);
    opts.set_credentials("gw-qendil", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, _conn) = Client::new(opts, 10);
    client.subscribe("kewar/+/weight", QoS::AtLeastOnce).unwrap();
}
""", secret=rand_pw(24))

add("swift/api-key", "ios/ZozanHingiv/Config/Secrets.swift", S_SWIFT, """\
import Foundation

// Nîşe: ev pel di .gitignore de nebû :(
enum Secrets {
    static let backendURL = URL(string: "https://api.zozan.example")!
    static let sendgridKey = "@@secret@@"
}
""", secret=sendgrid_key())

# ---------------------------------------------------------------- secrets: shell, PowerShell, histories

add("shell/curl-basic", "scripts/backup_woo.sh", "https://curl.se/docs/manpage.html#-u", """\
#!/usr/bin/env bash
# Paşkopiya siparîşan ji WooCommerce (orders backup), her şev 02:00
set -euo pipefail
OUT="backup/orders_$(date +%F).json"
curl -sf -u "@@key@@:@@secret@@" \\
  "https://shop.berra-kilim.example/wp-json/wc/v3/orders?per_page=100" > "$OUT"
gzip -f "$OUT"
""", secret=woo_secret(), key=woo_key())

add("shell/heredoc-pgpass", "scripts/setup_pg_client.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
#!/bin/sh
# Amadekirina klîenta PostgreSQL li ser laptopa nû
cat > ~/.pgpass <<'EOF'
pg.zozan.lan:5432:hingiv:rapor:@@secret@@
EOF
chmod 600 ~/.pgpass
echo "temam / تەواو"
""", secret=words_pw())

add("shell/docker-login", "scripts/release.sh", "https://docs.docker.com/reference/cli/docker/login/", """\
#!/usr/bin/env bash
set -e
VERSION=${1:?guherto lazim e}
echo "@@secret@@" | docker login -u zozanhingiv --password-stdin
docker build -t zozanhingiv/shop:"$VERSION" .
docker push zozanhingiv/shop:"$VERSION"
""", secret=docker_pat())

add("history/mysql", "ops/notes/baran.bash_history", S_HIST, """\
cd /srv/kilim-erp
git pull
sudo systemctl restart kilim-erp
mysql -u root -p'@@secret@@' -e "SHOW PROCESSLIST"
tail -f /var/log/kilim-erp/app.log
exit
""", secret=words_pw())

add("history/export-token", "ops/notes/dilan.zsh_history", S_HIST, """\
: 1716889012:0;cd ~/src/honey-bot
: 1716889030:0;export GITHUB_TOKEN=@@secret@@
: 1716889041:0;gh release create v1.4.0 --notes "Hişyariyên nû"
: 1716889090:0;npm run build
: 1716889122:0;git push --tags
""", secret=gh())

add("powershell/sql", "ops/Backup-KilimDb.ps1", S_PS, """\
# Paşkopiya databasa kilîman / پاشەکەوتی داتابەیسی بەڕە
$server = "sql.berra.lan"
$cred = New-Object System.Management.Automation.PSCredential("backup_svc", (ConvertTo-SecureString "@@secret@@" -AsPlainText -Force))
Backup-SqlDatabase -ServerInstance $server -Database "Kilim" -Credential $cred -BackupFile "D:\\Backup\\Kilim_$(Get-Date -f yyyyMMdd).bak"
Write-Host "Paşkopî temam bû"
""", secret=words_pw())

add("powershell/azure-sp", "ops/Connect-Berra.ps1", "https://learn.microsoft.com/en-us/powershell/azure/authenticate-noninteractive", """\
$tenant = "5d1f0c8e-3a4b-4d7e-9f21-7c0b8e6a2d91"
$appId  = "b7e2a9c4-6f13-4e58-a0d2-1c9f3e7b5a60"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred   = New-Object PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
# Paşê: Get-AzWebApp -ResourceGroupName berra-prod
""", secret=azure_secret())

# ---------------------------------------------------------------- secrets: Kubernetes, Helm, compose

add("k8s-secret/postgres-b64", "deploy/k8s/hingiv-db-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: hingiv-db
  namespace: zozan
  labels:
    app: hingivshop
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@pw@@
""", secret=(_s := words_pw()), u=b64("hingiv"), pw=b64(_s))

add("k8s-secret/stringdata-telegram", "deploy/k8s/alert-bot-secret.yaml", S_K8S, """\
# Bota hişyariyan / بۆتی ئاگادارکردنەوە
apiVersion: v1
kind: Secret
metadata:
  name: alert-bot
  namespace: apiary
stringData:
  TELEGRAM_BOT_TOKEN: "@@secret@@"
  TELEGRAM_CHAT_ID: "-1001873422910"
""", secret=tg())

add("k8s-secret/dockerconfig", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: berra
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@blob@@
""", secret=(_s := rand_pw(22)), blob=b64(json.dumps({"auths": {"registry.berra.lan": {"username": "ci", "password": _s, "auth": b64("ci:" + _s)}}})))

add("k8s/deployment-env", "deploy/k8s/kilim-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kilim-api
spec:
  replicas: 2
  selector:
    matchLabels: { app: kilim-api }
  template:
    metadata:
      labels: { app: kilim-api }
    spec:
      containers:
        - name: api
          image: registry.berra.lan/kilim-api:2.3.1
          env:
            - name: SHOPIFY_ADMIN_TOKEN
              value: "@@secret@@"   # TODO: veguhezîne Secret
            - name: LOG_LEVEL
              value: info
""", secret=shopify_token())

add("helm/values-redis", "charts/hingivshop/values-prod.yaml", S_HELM, """\
replicaCount: 2
image:
  repository: registry.zozan.lan/hingivshop
  tag: "3.0.4"
ingress:
  enabled: true
  hosts: [hingiv.zozan.example]
redis:
  enabled: true
  auth:
    password: "@@secret@@"
# Nîşe: values-staging.yaml ji vê kopî bike lê şîfreyê biguherîne
""", secret=fakes.redis_password(_seed()))

add("helm/values-smtp", "charts/kilim-api/values.yaml", S_HELM, """\
# Nirxên bingehîn / بەهای بنەڕەتی
image:
  repository: registry.berra.lan/kilim-api
  pullPolicy: IfNotPresent
mail:
  host: smtp.berra-kilim.example
  port: 587
  user: shop@berra-kilim.example
  password: @@secret@@
resources:
  limits: { memory: 256Mi }
""", secret=words_pw())

add("compose/postgres", "docker-compose.yml", S_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: hingiv
      POSTGRES_USER: hingiv
      POSTGRES_PASSWORD: @@secret@@
    volumes: [pgdata:/var/lib/postgresql/data]
  web:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata: {}
""", secret=rand_pw(16))

add("compose/rabbitmq-url", "apiary-dashboard/docker-compose.prod.yml", S_COMPOSE, """\
services:
  worker:
    image: registry.zozan.lan/kewar-worker:1.8
    environment:
      - AMQP_URL=amqp://kewar:@@secret@@@rabbit.zozan.lan:5672/kewar
      - TZ=Asia/Baghdad
    restart: unless-stopped
""", secret=words_pw())

# ---------------------------------------------------------------- secrets: Terraform, Ansible, CI, Docker

add("terraform/do-token", "infra/terraform/provider.tf", S_TF, """\
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.0" }
  }
}

# Servera dukana hingiv li Frankfurtê
provider "digitalocean" {
  token = "@@secret@@"
}
""", secret=do_token())

add("terraform/tfvars-db", "infra/terraform/prod.tfvars", S_TF, """\
region        = "fra1"
droplet_size  = "s-2vcpu-4gb"
db_name       = "hingiv"
db_user       = "hingiv"
db_password   = "@@secret@@"
# ئەم فایلە نابێت بچێتە ناو git - بەڵام چوو
""", secret=words_pw())

add("terraform/aws-provider", "infra/aws/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "photos" {
  bucket = "berra-kilim-catalogue"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/vars-plain", "ansible/group_vars/apiary_gateways.yml", S_ANS, """\
---
# Dergehên sensoran li zozanan (Raspberry Pi)
mqtt_host: mqtt.zozan.lan
mqtt_user: gateway
mqtt_password: "@@secret@@"
ntp_server: pool.ntp.org
wifi_country: IQ
""", secret=rand_pw(20))

add("ansible/task-uri", "ansible/roles/shop/tasks/cache.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """\
- name: Kaşa Cloudflare paqij bike piştî deploy
  ansible.builtin.uri:
    url: https://api.cloudflare.com/client/v4/zones/{{ cf_zone }}/purge_cache
    method: POST
    headers:
      Authorization: "Bearer @@secret@@"
    body_format: json
    body: { purge_everything: true }
""", secret=cloudflare_token())

add("github-actions/npm-token", ".github/workflows/publish.yml", S_GHA, """\
name: publish
on:
  push:
    tags: ['v*']
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", secret=npm_token())

add("gitlab-ci/deploy-ssh", ".gitlab-ci.yml", S_GLCI, """\
stages: [test, deploy]

variables:
  DEPLOY_HOST: shop.berra-kilim.example
  SSHPASS: "@@secret@@"   # şîfreya bikarhêner deploy

test:
  stage: test
  script: [composer install, vendor/bin/phpunit]

deploy:
  stage: deploy
  script:
    - sshpass -e rsync -az ./ deploy@$DEPLOY_HOST:/var/www/berra/
  only: [main]
""", secret=words_pw())

add("dockerfile/env-token", "honey-bot/Dockerfile", S_DOCKER, """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
# Boteke Telegram ji bo mêşvanan
ENV TELEGRAM_BOT_TOKEN=@@secret@@
CMD ["node", "index.js"]
""", secret=tg())

add("dockerfile/pip-index", "sensor-api/Dockerfile", S_DOCKER, """\
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir \\
    --extra-index-url https://deploy:@@secret@@@pypi.zozan.lan/simple/ \\
    -r requirements.txt
COPY . .
CMD ["uvicorn", "sensor_api.main:app", "--host", "0.0.0.0"]
""", secret=rand_pw(24))

add("jenkinsfile/withcred", "kilim-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    // Berî ku em credentials() bi kar bînin
    NEXUS_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -B package' } }
    stage('Deploy') { steps { sh './mvnw -B deploy -Dnexus.user=deploy -Dnexus.password=$NEXUS_PASSWORD' } }
  }
}
""", secret=words_pw())

# ---------------------------------------------------------------- secrets: client configs

add("npmrc/auth-token", "honey-bot/.npmrc", S_NPMRC, """\
registry=https://registry.npmjs.org/
@zozan:registry=https://npm.zozan.lan/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", secret=npm_token())

add("pypirc/pypi-token", "sensor-lib/.pypirc", S_PYPIRC, """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("ssh-key/openssh", "ops/keys/deploy_berra", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", secret=pem("OPENSSH"))

add("aws-credentials/profile", "ops/aws/credentials", S_AWS, """\
[default]
region = eu-central-1

[berra-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("netrc/machine", "ops/home/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
machine git.zozan.lan
  login dilan
  password @@secret@@
machine pypi.zozan.lan
  login deploy
  password ${PYPI_PASSWORD}
""", secret=gitlab_token())

add("git-credentials/url", "ops/home/.git-credentials", "https://git-scm.com/docs/git-credential-store", """\
https://rojbin:@@secret@@@github.com
https://oauth2:${GITLAB_TOKEN}@git.zozan.lan
https://ci:REPLACE_ME@git.berra.lan
https://sosin@bitbucket.org
https://baran@codeberg.org
""", secret=gh())

add("kubeconfig/token", "ops/kube/berra-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: berra-prod
    cluster:
      server: https://k8s.berra.lan:6443
      certificate-authority: ca.crt
users:
  - name: deployer
    user:
      token: @@secret@@
contexts:
  - name: berra-prod
    context: { cluster: berra-prod, user: deployer, namespace: berra }
current-context: berra-prod
""", secret="eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "-_") + "." + rand_pw(342, "-_"))

add("docker-config/auth", "ops/home/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.zozan.lan": {
      "auth": "@@auth@@"
    }
  },
  "credsStore": ""
}
""", secret=(_s := words_pw()), auth=b64("ci-zozan:" + _s))

add("vault-token/file", "ops/home/.vault-token.txt", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """\
# token ji bo `vault kv get secret/berra/*` (Baran, 2024-05)
@@secret@@
# dê di 30 rojan de biqede
# expires in 30 days
# بەسەردەچێت لە ٣٠ ڕۆژدا
""", secret=vault_token())

# ---------------------------------------------------------------- secrets: notes, docs, wikis, runbooks

add("markdown/runbook-table", "docs/runbook/odeme.md", S_MD, """\
# Runbook: Dravdan (payments)

Heke Stripe webhook neyê, van kontrol bike:

| Tişt | Nirx |
|------|------|
| Dashboard | https://dashboard.stripe.com |
| Webhook endpoint | https://hingiv.zozan.example/stripe/hook |
| Webhook signing secret | `@@secret@@` |
| Berpirsiyar | Dilan |
""", secret="whsec_" + rand_pw(32))

add("markdown/notes-sorani", "docs/tebini/kogay-hewler.md", S_MD, """\
# تێبینییەکانی کۆگای هەولێر

- کامێرای کۆگا: http://192.168.20.14
- بەکارهێنەر: admin
- وشەی نهێنی: @@secret@@
- ژمارەی بەڕەکان لە کۆگا: ٣١٢
- هەنگوینی سپی: ٨٠ کیلۆ
""", secret=words_pw())

add("markdown/readme-setup", "honey-bot/README.md", S_MD, """\
# honey-bot

Bota Telegram a mêşvanan: hişyariyên germahî û giraniya kewaran.

## Destpêk (getting started)

```bash
npm install
TELEGRAM_BOT_TOKEN=@@secret@@ npm start
```

Ji bo pirsan: Rojbin.
""", secret=tg())

add("markdown/handover", "docs/handover-2024-08.md", S_MD, """\
# Radestkirin (handover) — Baran -> Sosin

1. Hesabê SendGrid: `shop@berra-kilim.example`
2. API key ya niha (ya kevn hat betalkirin):
   @@secret@@
3. Domain DNS li Cloudflare ye, Sosin jî niha admin e.
4. Etsy: bi 2FA, telefona şirketê.
""", secret=sendgrid_key())

add("text/notes-kurmanji", "notes/sifre-depo.txt", "https://www.rfc-editor.org/rfc/rfc5198", """\
Depoya Colemêrgê - agahî
-------------------------
Wi-Fi: ZozanDepo / @@secret@@
Kamera NVR: 10.0.5.2 (bikarhêner: admin, heman şîfre)
Telefona Mam Xelîl: 0544 xxx xx xx
Teslîmata hingiv: çarşem û şemî
""", secret=words_pw())

add("rst/deploy-guide", "docs/source/deploy.rst", S_RST, """\
Deploy
======

.. note:: Ev rûpel ji bo tîma navxweyî ye.

Connect to the registry first::

   docker login registry.zozan.lan -u ci -p @@secret@@

Then run ``make deploy ENV=prod``.
""", secret=rand_pw(20))

add("html/admin-page", "wordpress/wp-content/themes/berra/admin-help.html", S_HTML, """\
<!doctype html>
<html lang="ckb" dir="rtl">
<head><meta charset="utf-8"><title>یارمەتی بەڕێوەبەر</title></head>
<body>
  <h1>چۆنیەتی نوێکردنەوەی نرخەکان</h1>
  <p>API: <code>https://shop.berra-kilim.example/wp-json/wc/v3</code></p>
  <p>Consumer secret: <code>@@secret@@</code></p>
</body>
</html>
""", secret=woo_secret())

add("wiki/mediawiki", "wiki/Servers.wiki", S_WIKI, """\
== Serverên me ==
{| class="wikitable"
! Server !! Rol !! Têketin
|-
| db1.berra.lan || MySQL || root / @@secret@@
|-
| web1.berra.lan || nginx + php-fpm || bi SSH key
|}
[[Category:Operasyon]]
""", secret=words_pw())

add("markdown/incident", "docs/incidents/2024-07-12-etsy-sync.md", S_MD, """\
# Bûyer: hevdemkirina Etsy rawestiya (2024-07-12)

**Sedem:** token qediya. Token nû hat çêkirin û li `sync.env` hat danîn.

Ji bo ceribandinê:

    curl -H "x-api-key: @@secret@@" https://openapi.etsy.com/v3/application/openapi-ping

**Ders:** hişyariyek ji bo qedandina tokenê lê zêde bike.
""", secret="".join(_rng().choice(string.ascii_lowercase + string.digits) for _ in range(24)))

add("org/notes", "notes/honey-harvest.org", "https://orgmode.org/manual/Document-Structure.html", """\
* Berhema hingiv 2024
** Qendil: 420 kg, Soran: 310 kg
** TODO Etîketên nû çap bike
** Têketina portala gumrikê
   - bikarhêner: zozan.export
   - şîfre: @@secret@@
** DONE Şûşeyên 500g ferman kirin
""", secret=words_pw())

add("text/chat-export", "notes/whatsapp-export-berra.txt", "https://faq.whatsapp.com/1180414079177245", """\
[12/03/2024, 09:14] Sosin: ناونیشانی FTP ی چاپخانە چییە؟
[12/03/2024, 09:16] Baran: ftp.capxane-hewler.example
[12/03/2024, 09:16] Baran: user: berra
[12/03/2024, 09:17] Baran: pass: @@secret@@
[12/03/2024, 09:20] Sosin: سوپاس 🙏
""", secret=words_pw())

add("csv/accounts", "ops/accounts_export.csv", S_CSV, """\
service,url,username,password,owner
etsy,https://www.etsy.com/your/shops/BerraKilim,berrakilim,2FA-only,Sosin
woocommerce-db,mysql://db1.berra.lan,berra_wp,@@secret@@,Baran
cloudflare,https://dash.cloudflare.com,ops@berra-kilim.example,see-bitwarden,Baran
kargo-portal,https://portal.kargo-partner.example,berra,(li ba Sosin),Sosin
""", secret=words_pw())

add("jupyter/openai", "analysis/price_suggestions.ipynb", S_NB, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Pêşniyarên bihayê kilîman (price suggestions)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import openai\\n",
    "openai.api_key = \\"@@secret@@\\"\\n",
    "df = pd.read_csv('kilim_sales_2023.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("jupyter/pg", "analysis/harvest_by_altitude.ipynb", S_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# berhema hingiv li gorî bilindahiyê\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@secret@@@pg.zozan.lan/hingiv')\\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=rand_pw(16))

add("sql/create-user", "db/migrations/0007_reporting_user.sql", S_SQL, """\
-- Bikarhênerê raporan (ji bo Metabase)
-- بەکارهێنەری ڕاپۆرت
CREATE USER 'rapor'@'10.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON kilim.* TO 'rapor'@'10.0.%';
FLUSH PRIVILEGES;
""", secret=words_pw())

add("sql/pg-alter", "db/init/02_roles.sql", "https://www.postgresql.org/docs/current/sql-alterrole.html", """\
-- Rolên databasa hingiv
CREATE ROLE sensor_writer LOGIN;
ALTER ROLE sensor_writer WITH PASSWORD '@@secret@@';
GRANT INSERT ON kewar_readings TO sensor_writer;
CREATE ROLE dashboard_ro LOGIN PASSWORD NULL;
""", secret=rand_pw(20))

add("log/debug-dump", "logs/kilim-api-2024-06-02.log", S_LOG, """\
2024-06-02 10:14:03 INFO  kilim-api starting (env=prod)
2024-06-02 10:14:03 DEBUG config loaded: {'db_host': 'db1.berra.lan', 'db_user': 'kilim_api', 'db_password': '@@secret@@', 'pool': 8}
2024-06-02 10:14:04 INFO  connected to db1.berra.lan
2024-06-02 10:14:09 WARN  Etsy rate limit close (9/10)
2024-06-02 10:15:00 INFO  synced 42 listings
""", secret=words_pw())

add("log/request-url", "logs/honey-bot-error.log", S_LOG, """\
[2024-08-19T06:00:01Z] ERROR sendMessage failed: 429 Too Many Requests
[2024-08-19T06:00:01Z] ERROR url=https://api.telegram.org/bot@@secret@@/sendMessage chat=-1001873422910
[2024-08-19T06:00:31Z] INFO  retry ok
[2024-08-19T06:05:00Z] INFO  kewar Qendil-03: 31.4 C, 42.1 kg
[2024-08-19T06:10:00Z] INFO  kewar Soran-11: 29.8 C, 38.6 kg
""", secret=tg())

# ---------------------------------------------------------------- secrets: more code and configs

add("python/requests-header", "kilim_sync/etsy_pull.py", "https://developers.etsy.com/documentation/essentials/authentication", """\
import os

import requests

# Lîsteyên dukana Etsy (BerraKilim) bikişîne
HEADERS = {
    "x-api-key": os.environ["ETSY_KEYSTRING"],
    "Authorization": "Bearer @@secret@@",
}
r = requests.get("https://openapi.etsy.com/v3/application/shops/31337001/listings/active", headers=HEADERS, timeout=30)
print(len(r.json()["results"]), "kilîm")
""", secret="31337002." + rand_pw(180, "-_"))

add("python/ftp", "labels/upload_print.py", "https://docs.python.org/3/library/ftplib.html", """\
from ftplib import FTP_TLS

# Etîketên şûşeyên hingiv ji çapxaneyê re bişîne
with FTP_TLS("ftp.capxane-hewler.example") as ftp:
    ftp.login("zozan", "@@secret@@")
    ftp.prot_p()
    with open("out/labels_2024.pdf", "rb") as fh:
        ftp.storbinary("STOR labels_2024.pdf", fh)
""", secret=words_pw())

add("python/hf-hub", "tools/push_model.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """\
from huggingface_hub import HfApi

# مۆدێلی ناسینەوەی جۆری بەڕە
api = HfApi(token="@@secret@@")
api.upload_folder(folder_path="out/kilim-style-vit", repo_id="berra/kilim-style-vit", repo_type="model")
print("hat barkirin")
""", secret=hf_token())

add("python/slack-bot", "notify/slack_daily.py", "https://api.slack.com/authentication/token-types#bot", """\
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")


def daily(total_kg: float, orders: int) -> None:
    # Kurteya rojane: hingiv û siparîş
    client.chat_postMessage(channel="#rojane", text=f"Îro: {orders} siparîş, {total_kg} kg hingiv hat şandin")
""", secret=slack_bot())

add("python/gitlab-api", "ops/gitlab_mirror.py", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
import gitlab

gl = gitlab.Gitlab("https://git.zozan.lan", private_token="@@secret@@")
for p in gl.projects.list(iterator=True):
    # Hemû projeyan li mirrora duyemîn kopî bike
    print(p.path_with_namespace)
""", secret=gitlab_token())

add("python/paypal-basic", "kilim_sync/paypal_payouts.py", "https://developer.paypal.com/api/rest/authentication/", """\
import base64

import requests

# Dravdana ji bo jinên tevnker (payouts to the weavers)
AUTH = base64.b64encode(b"A@@cid@@:@@secret@@").decode()
tok = requests.post("https://api-m.paypal.com/v1/oauth2/token", headers={"Authorization": f"Basic {AUTH}"},
                    data={"grant_type": "client_credentials"}, timeout=20).json()["access_token"]
""", secret=paypal_secret(), cid=rand_pw(79, "-_"))

add("javascript/config-object", "kilim-api/config/production.js", S_NODE, """\
module.exports = {
  port: 8080,
  db: {
    host: 'db1.berra.lan',
    user: 'kilim_api',
    pass: '@@secret@@',
  },
  // bihayên bi dînarê Iraqê jî nîşan bide
  currencies: ['EUR', 'USD', 'IQD', 'TRY'],
};
""", secret=words_pw())

add("typescript/aws-sdk", "kilim-api/src/storage/s3.ts", "https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html", """\
import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-central-1',
  credentials: {
    accessKeyId: '@@kid@@',
    secretAccessKey: '@@secret@@',
  },
});
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/smtp", "internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", """\
package mail

import "net/smtp"

// Nameyên raporê ji bo xwediyên kewaran
func Send(to []string, body []byte) error {
	auth := smtp.PlainAuth("", "rapor@zozan.example", "@@secret@@", "mail.zozan.example")
	return smtp.SendMail("mail.zozan.example:587", auth, "rapor@zozan.example", to, body)
}
""", secret=words_pw())

add("java/jdbc", "kilim-erp/src/main/java/krd/berra/db/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """\
package krd.berra.db;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    // Tenê ji bo amûra importê ya kevn (legacy import tool)
    private static final String URL = "jdbc:mysql://db1.berra.lan:3306/kilim?user=import&password=@@secret@@&useSSL=true";

    public static Connection open() throws Exception {
        return DriverManager.getConnection(URL);
    }
}
""", secret=rand_pw(18))

add("kotlin/gradle-props", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Îmzekirina APK (release signing)
ZOZAN_STORE_FILE=../keys/zozan-release.jks
ZOZAN_KEY_ALIAS=zozan
ZOZAN_STORE_PASSWORD=@@secret@@
""", secret=words_pw())

add("csharp/connection-string", "BerraKilim.Worker/Program.cs", S_CS, """\
using Microsoft.Data.SqlClient;

// Karkerê hevdemkirina stokê (stock sync worker)
var cs = new SqlConnectionStringBuilder
{
    DataSource = "sql.berra.lan",
    InitialCatalog = "Kilim",
    UserID = "worker",
    Password = "@@secret@@",
};
await using var conn = new SqlConnection(cs.ConnectionString);
await conn.OpenAsync();
""", secret=words_pw())

add("php/laravel-env", "hingiv-laravel/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Zozan Hingiv"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://hingiv.zozan.example
DB_CONNECTION=mysql
DB_PASSWORD=${DB_PASSWORD}
""", secret=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("ruby/sidekiq-redis", "hingiv_rails/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# Karên paşxanê: şandina e-nameyan, etîket
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@secret@@@redis.zozan.lan:6379/1' }
end
Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@secret@@@redis.zozan.lan:6379/1' }
end
""", secret=fakes.redis_password(_seed()))

add("rust/const-key", "sensor-fw/src/config.rs", S_RUST, """\
// Veavakirina firmware ya sensorê kewarê
pub const INGEST_URL: &str = "https://ingest.zozan.example/v1/readings";
pub const INGEST_API_KEY: &str = "@@secret@@";
pub const SAMPLE_EVERY_S: u64 = 300;
pub const APIARY: &str = "qendil-north";
""", secret="zk_live_" + rand_pw(32))

add("swift/plist", "ios/ZozanHingiv/Info-Release.plist", "https://developer.apple.com/documentation/bundleresources/information-property-list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key>
  <string>Zozan Hingiv</string>
  <key>StripeSecretKey</key>
  <string>@@secret@@</string>
</dict>
</plist>
""", secret=stripe_key())

add("systemd/environment", "ops/systemd/kewar-ingest.service", S_SYSTEMD, """\
[Unit]
Description=Kewar ingest (hive sensor readings)
After=network-online.target

[Service]
ExecStart=/opt/kewar/bin/ingest
Environment=INGEST_DB_URL=postgres://ingest:@@secret@@@pg.zozan.lan/hingiv
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=words_pw())

add("nginx/proxy-auth", "ops/nginx/etsy-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Proxy ji bo API ya kargoyê (shipping API)
location /kargo/ {
    proxy_pass https://api.kargo-partner.example/v2/;
    proxy_set_header Authorization "Basic @@auth@@";
    proxy_set_header Host api.kargo-partner.example;
}
""", secret=(_s := rand_pw(20)), auth=b64("berra:" + _s))

add("makefile/deploy", "Makefile", S_MAKE, """\
IMAGE ?= registry.zozan.lan/hingivshop
TAG   ?= $(shell git rev-parse --short HEAD)
REGISTRY_PASSWORD = @@secret@@

deploy:
\tdocker login registry.zozan.lan -u ci -p $(REGISTRY_PASSWORD)
\tdocker build -t $(IMAGE):$(TAG) .
\tdocker push $(IMAGE):$(TAG)
""", secret=rand_pw(22))

add("yaml/app-config", "apiary-dashboard/config/prod.yaml", "https://yaml.org/spec/1.2.2/", """\
# ڕێکخستنی داشبۆردی کەوارەکان
server:
  port: 8090
weather:
  provider: openweathermap
  api_key: @@secret@@
  units: metric
apiaries:
  - { name: Qendil, lat: 36.41, lon: 44.98 }
""", secret=hexs(32))

add("yaml/spring-mail", "kilim-erp/src/main/resources/application.yml", S_JAVA, """\
spring:
  mail:
    host: smtp.berra-kilim.example
    port: 587
    username: erp@berra-kilim.example
    password: "@@secret@@"
    properties:
      mail.smtp.starttls.enable: true
""", secret=words_pw())

add("properties/sentry-auth", "android/sentry.properties", "https://docs.sentry.io/cli/configuration/", """\
defaults.url=https://sentry.io/
defaults.org=zozan-hingiv
defaults.project=android
auth.token=@@secret@@
# Ji bo barkirina mapping.txt
""", secret="sntrys_" + b64(json.dumps({"iat": 1716889012.51, "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                                         "org": "zozan-hingiv"})).rstrip("=") + "_" + rand_pw(43, "+/"))

add("env/fish-config", "ops/home/config.fish", "https://fishshell.com/docs/current/cmds/set.html", """\
# Jîngeha Rojbin
set -gx EDITOR nvim
set -gx LANG ku_TR.UTF-8
set -gx HF_TOKEN @@secret@@
set -gx PATH $HOME/.local/bin $PATH
""", secret=hf_token())

add("ini/rclone", "ops/home/.config/rclone/rclone.conf", "https://rclone.org/s3/", """\
[wasabi-photos]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
endpoint = s3.eu-central-1.wasabisys.com
""", secret=rand_pw(40), kid="".join(_rng().choice(string.ascii_uppercase + string.digits) for _ in range(20)))

add("yaml/k8s-configmap-leak", "deploy/k8s/sync-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: kilim-sync
  namespace: berra
data:
  ETSY_SHOP_ID: "31337001"
  SYNC_CRON: "*/15 * * * *"
  # xelet: divê ev di Secret de be
  WOO_CONSUMER_SECRET: "@@secret@@"
""", secret=woo_secret())

add("github-actions/inline-webhook", ".github/workflows/notify.yml", S_GHA, """\
name: notify
on: [push]
jobs:
  slack:
    runs-on: ubuntu-latest
    steps:
      - name: Agahdarî ji kanala #dev re
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Push li ${{ github.repository }}"}' \\
            @@secret@@
""", secret=slack_webhook())

add("json/package-scripts", "honey-bot/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#scripts", """\
{
  "name": "@zozan/honey-bot",
  "version": "1.4.0",
  "private": true,
  "scripts": {
    "start": "node index.js",
    "dev": "DISCORD_WEBHOOK=@@secret@@ nodemon index.js"
  },
  "dependencies": { "node-telegram-bot-api": "^0.66.0" }
}
""", secret=discord_webhook())

add("php/config-array", "hingiv-laravel/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", """\
<?php

return [
    'postmark' => ['token' => env('POSTMARK_TOKEN')],
    // Kargo: Aras (Tirkiye) û şîrketa gihandinê ya Hewlêrê
    'kargo' => [
        'url' => 'https://api.kargo-partner.example/v2',
        'api_key' => '@@secret@@',
    ],
];
""", secret="kp_live_" + rand_pw(40))

add("powershell/splat", "ops/Send-DailyReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """\
# Rapora rojane ya firotina kilîman
$pw = '@@secret@@'
$params = @{
    SmtpServer = 'smtp.berra-kilim.example'; Port = 587; UseSsl = $true
    From = 'rapor@berra-kilim.example'; To = 'sosin@berra-kilim.example'
    Subject = 'Firotina îro'; Body = (Get-Content .\\daily.txt -Raw)
    Credential = New-Object PSCredential('rapor@berra-kilim.example', (ConvertTo-SecureString $pw -AsPlainText -Force))
}
Send-MailMessage @params
""", secret=words_pw())

add("shell/heredoc-env", "scripts/bootstrap_gateway.sh", S_SH, """\
#!/usr/bin/env bash
# Raspberry Pi ya nû li zozanê amade bike
set -euo pipefail
sudo tee /etc/kewar-gw.env >/dev/null <<EOF
GW_NAME=${1:-qendil-02}
MQTT_URL=mqtts://gateway:@@secret@@@mqtt.zozan.lan:8883
EOF
sudo systemctl enable --now kewar-gw
""", secret=rand_pw(24))

add("toml/pyproject-index", "sensor-lib/poetry.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """\
[virtualenvs]
in-project = true

[http-basic.zozan]
username = "deploy"
password = "@@secret@@"
""", secret=rand_pw(26))

# ================================================================ decoys

add("dotenv/decoy-example", "hingivshop/.env.example", S_ENV, """\
# Vê pelê kopî bike wek .env û nirxan dagire (copy to .env and fill in)
APP_ENV=local
DATABASE_URL=postgresql://hingiv:CHANGE_ME@localhost:5432/hingiv
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
TELEGRAM_BOT_TOKEN=
""")

add("dotenv/decoy-env-reference", "kilim-api/.env.ci", S_ENV, """\
# Di CI de ji secrets tên (GitHub Actions)
NODE_ENV=test
DB_PASSWORD=${DB_PASSWORD}
SHOPIFY_ADMIN_TOKEN=${{ secrets.SHOPIFY_ADMIN_TOKEN }}
MAILGUN_API_KEY=$MAILGUN_API_KEY
""")

add("python/decoy-environ", "zozan_hingiv/settings.py", S_PY, """\
import os

# Hemû nihênî ji jîngehê tên / هەموو نهێنییەکان لە ژینگەوە دێن
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/hingiv_dev")
TELEGRAM_BOT_TOKEN = os.getenv("TELEGRAM_BOT_TOKEN", "")
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
""")

add("python/decoy-test-fixture", "tests/test_orders.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# Nirxên sexte ji bo ceribandinê - ne rast in (fake values for tests)
FAKE_STRIPE_KEY = "sk_test_FAKE_not_a_real_key_0000"
FAKE_PASSWORD = "test-password"


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    monkeypatch.setenv("DB_PASSWORD", FAKE_PASSWORD)
    from hingivshop.app import create_app
    return create_app(testing=True).test_client()
""")

add("python/decoy-hash-checksum", "labels/verify_download.py", "https://docs.python.org/3/library/hashlib.html", """\
import hashlib

# SHA-256 ya fonta kurdî ya ji bo etîketan (font checksum, public)
EXPECTED_SHA256 = "@@h@@"


def ok(path: str) -> bool:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest() == EXPECTED_SHA256
""", h=sha256ish())

add("python/decoy-secret-manager", "kilim_sync/secrets.py", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-python.html", """\
import json

import boto3

# Kilîtên Woo û Etsy ji Secrets Manager tên
_sm = boto3.client("secretsmanager", region_name="eu-central-1")


def woo_credentials() -> dict:
    raw = _sm.get_secret_value(SecretId="berra/prod/woocommerce")["SecretString"]
    return json.loads(raw)  # {"consumer_key": ..., "consumer_secret": ...}
""")

add("python/decoy-uuid-ids", "kilim_sync/mapping.py", "https://docs.python.org/3/library/uuid.html", """\
# Nexşeya kilîman: SKU -> Shopify inventory item (ids, ne veşartî)
SKU_TO_ITEM = {
    "HK-0107": "@@u1@@",
    "SN-0212": "@@u2@@",
    "BJ-0033": "@@u3@@",
}
LOCATION_ID = 7781
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("python/decoy-masked-log", "notify/debug_config.py", S_LOG, """\
import logging

log = logging.getLogger(__name__)


def mask(value: str) -> str:
    return value[:4] + "****" if value else "<vala>"


def dump(cfg: dict) -> None:
    # Nimûne: token=8123****  (tenê 4 tîpên pêşîn)
    for k, v in cfg.items():
        log.info("%s=%s", k, mask(v) if "token" in k or "password" in k else v)
""")

add("python/decoy-password-policy", "hingivshop/auth/policy.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#password-validation", """\
# Rêzikên şîfreyê ji bo mişteriyan / یاساکانی وشەی نهێنی
PASSWORD_MIN_LENGTH = 10
PASSWORD_REQUIRE_DIGIT = True
PASSWORD_RESET_TOKEN_TTL = 3600  # seconds
password_field_label = {"ku": "Şîfre", "ckb": "وشەی نهێنی", "en": "Password"}
""")

add("python/decoy-bcrypt-fixture", "tests/fixtures/users.py", "https://pypi.org/project/bcrypt/", """\
# Bikarhênerên ceribandinê; şîfre tenê wek hash (bcrypt) hatine tomarkirin
USERS = [
    {"email": "dilan@zozan.example", "password_hash": "@@h1@@"},
    {"email": "baran@zozan.example", "password_hash": "@@h2@@"},
]
ROLE_ADMIN = "admin"
""", h1=bcrypt_hash(), h2=bcrypt_hash())

add("python/decoy-aws-docs-example", "docs/examples/s3_example.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """\
\"\"\"Nimûne ji belgeyên AWS (example keys from the AWS documentation, not ours).\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)
""")

add("javascript/decoy-publishable", "hingivshop/static/js/checkout.js", S_STRIPE, """\
// Kilîta giştî ya Stripe (publishable, ji bo gerokê ye)
const stripe = Stripe('@@pk@@');
const elements = stripe.elements({ locale: 'auto' });
const card = elements.create('card');
card.mount('#card-element');
document.getElementById('pay').textContent = 'Bide / پارەدان';
""", pk=stripe_key("pk_live_", 99))

add("javascript/decoy-process-env", "kilim-api/src/config.js", S_NODE, """\
// Hemû nirx ji jîngehê (environment) tên
module.exports = {
  dbPassword: process.env.DB_PASSWORD,
  shopifyToken: process.env.SHOPIFY_ADMIN_TOKEN,
  stripeKey: process.env.STRIPE_SECRET_KEY || '',
  port: Number(process.env.PORT || 8080),
};
""")

add("typescript/decoy-recaptcha-site", "hingivshop/frontend/src/captcha.ts", "https://developers.google.com/recaptcha/docs/display", """\
// reCAPTCHA site key: giştî ye, di HTML-ê de jî xuya dibe (public site key)
export const RECAPTCHA_SITE_KEY = '6Lc@@k@@';

export function render(el: HTMLElement): void {
  (window as any).grecaptcha.render(el, { sitekey: RECAPTCHA_SITE_KEY, hl: 'ku' });
}
""", k=rand_pw(37, "-_"))

add("typescript/decoy-placeholder-type", "kilim-api/src/types/env.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """\
declare namespace NodeJS {
  interface ProcessEnv {
    /** Kilîta Shopify Admin, mînak: shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx */
    SHOPIFY_ADMIN_TOKEN: string;
    /** WooCommerce consumer secret (cs_...) */
    WOO_CONSUMER_SECRET: string;
    DB_PASSWORD?: string;
  }
}
""")

add("html/decoy-sri-integrity", "hingivshop/templates/base.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", """\
<!doctype html>
<html lang="ku">
<head>
  <meta charset="utf-8">
  <title>Zozan Hingiv — Hingivê çiyayê</title>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous" defer></script>
</head>
<body>{% block content %}{% endblock %}</body>
</html>
""", sri=rand_pw(64, "+/"))

add("go/decoy-getenv", "cmd/ingest/config.go", S_GO, """\
package main

import "os"

// Veavakirin ji jîngehê / ڕێکخستن لە ژینگەوە
type Config struct{ DBURL, MQTTPassword string }

func load() Config {
	return Config{DBURL: os.Getenv("INGEST_DB_URL"), MQTTPassword: os.Getenv("MQTT_PASSWORD")}
}
""")

add("go/decoy-test-token", "internal/alert/telegram_test.go", "https://pkg.go.dev/testing", """\
package alert

import "testing"

// Tokenê sexte: serverê ceribandinê (httptest) qebûl dike, Telegram na.
const fakeToken = "123456789:TEST_TOKEN_NOT_REAL"

func TestSend(t *testing.T) {
	botToken = fakeToken
	if err := Send(1, "ceribandin"); err == nil {
		t.Skip("needs stub server")
	}
}
""")

add("java/decoy-spring-placeholder", "kilim-erp/src/main/resources/application.properties", S_JAVA, """\
spring.application.name=kilim-erp
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/erp
spring.datasource.username=${DB_USER:erp_app}
spring.datasource.password=${DB_PASSWORD}
# Şîfre ji Vault tê (spring-cloud-vault)
spring.cloud.vault.enabled=true
""")

add("kotlin/decoy-buildconfig", "android/app/build.gradle.kts", S_KT, """\
android {
    defaultConfig {
        applicationId = "krd.zozan.hingiv"
        // Kilît di local.properties de ye, ne li vir
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") { storePassword = System.getenv("ZOZAN_STORE_PASSWORD") }
    }
}
""")

add("csharp/decoy-user-secrets", "BerraKilim.Api/appsettings.json", S_CS, """\
{
  "ConnectionStrings": {
    "Kilim": "Server=localhost;Database=Kilim;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Stripe": { "SecretKey": "" },
  "_note": "Nirxên rast bi dotnet user-secrets an Key Vault (KeyVaultName: berra-kv)",
  "KeyVaultName": "berra-kv"
}
""")

add("php/decoy-getenv", "wordpress/wp-config-sample.php", S_PHP, """\
<?php
// Nimûne — vê kopî bike wp-config.php / نموونە
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY', 'put your unique phrase here' );
""")

add("yaml/decoy-sops-ciphertext", "hingiv_rails/config/secrets.prod.enc.yaml", "https://github.com/getsops/sops#usage", """\
# SOPS bi age şîfrekirî ye; ji bo vekirinê: sops -d
stripe_secret_key: @@e1@@
database_password: @@e2@@
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2024-09-02T08:11:40Z"
    version: 3.8.1
""", e1=sops_enc(), e2=sops_enc())

add("rust/decoy-env-var", "sensor-gw/src/config.rs", S_RUST, """\
use std::env;

// Şîfreya MQTT ji jîngehê; heke tune be, dergeh dest pê nake
pub fn mqtt_password() -> String {
    env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD lazim e / پێویستە")
}

pub const DEFAULT_HOST: &str = "mqtt.zozan.lan";
""")

add("swift/decoy-keychain", "ios/ZozanHingiv/Auth/TokenStore.swift", S_SWIFT, """\
import Security

// Tokenê bikarhêner di Keychain de tê tomarkirin, ne di kodê de
enum TokenStore {
    static let service = "krd.zozan.hingiv.token"
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service, kSecValueData as String: Data(token.utf8)]
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

# ---------------------------------------------------------------- decoys: Kubernetes, Helm, compose, IaC, CI

add("k8s/decoy-secretkeyref", "deploy/k8s/hingivshop-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hingivshop
spec:
  template:
    spec:
      containers:
        - name: web
          image: registry.zozan.lan/hingivshop:3.0.4
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: hingiv-stripe, key: secret-key }
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: hingiv-db, key: POSTGRES_PASSWORD }
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/hingiv-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
# Bi kubeseal hatiye şîfrekirin; tenê kontrolkera klusterê dikare veke
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: hingiv-db
  namespace: zozan
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@s@@
""", s=sealed())

add("k8s/decoy-external-secret", "deploy/k8s/kilim-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kilim-api
  namespace: berra
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-berra, kind: ClusterSecretStore }
  target: { name: kilim-api-secrets }
  data:
    - secretKey: SHOPIFY_ADMIN_TOKEN
      remoteRef: { key: berra/prod/shopify, property: admin_token }
""")

add("k8s-secret/decoy-empty-template", "deploy/k8s/templates/secret-template.yaml", S_K8S, """\
# Şablon: nirxan bi `kubectl create secret` dagire, vê pelê NE bi nirxan commit bike
apiVersion: v1
kind: Secret
metadata:
  name: alert-bot
  namespace: apiary
type: Opaque
stringData:
  TELEGRAM_BOT_TOKEN: ""
  TELEGRAM_CHAT_ID: ""
""")

add("k8s-secret/decoy-b64-non-secret", "deploy/k8s/kilim-config-secret.yaml", S_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: kilim-config
type: Opaque
data:
  SHOP_NAME: @@a@@
  DEFAULT_LANG: @@b@@
  SMTP_HOST: @@c@@
""", a=b64("Berra Kilim"), b=b64("ckb"), c=b64("smtp.berra-kilim.example"))

add("helm/decoy-values-existing-secret", "charts/hingivshop/values.yaml", S_HELM, """\
# Nirxên bingehîn; şîfre di Secret a heyî de ne
image:
  repository: registry.zozan.lan/hingivshop
  tag: ""
redis:
  enabled: true
  auth:
    existingSecret: hingiv-redis
    existingSecretPasswordKey: redis-password
postgresql:
  auth:
    password: ""   # bi --set an existingSecret
""")

add("helm/decoy-template-ref", "charts/kilim-api/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "kilim-api.fullname" . }}
type: Opaque
data:
  mail-password: {{ .Values.mail.password | b64enc | quote }}
  shopify-token: {{ required "shopify.token lazim e" .Values.shopify.token | b64enc | quote }}
""")

add("compose/decoy-env-file", "apiary-dashboard/docker-compose.yml", S_COMPOSE, """\
services:
  dashboard:
    image: registry.zozan.lan/kewar-dashboard:1.8
    env_file: .env          # .env di git de nîne
    environment:
      DB_PASSWORD: ${DB_PASSWORD:?DB_PASSWORD lazim e}
      TZ: Asia/Baghdad
    ports: ["8090:8090"]
""")

add("compose/decoy-docker-secrets", "kilim-api/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  api:
    image: registry.berra.lan/kilim-api:2.3.1
    secrets: [db_password, woo_secret]
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
  woo_secret:
    external: true
""")

add("terraform/decoy-variable-sensitive", "infra/terraform/variables.tf", S_TF, """\
variable "db_password" {
  description = "Şîfreya databasa hingiv (ji TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "do_token" {
  type      = string
  sensitive = true
}
""")

add("terraform/decoy-random-password", "infra/terraform/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """\
resource "random_password" "hingiv_db" {
  length  = 24
  special = true
}

resource "digitalocean_database_user" "hingiv" {
  cluster_id = digitalocean_database_cluster.pg.id
  name       = "hingiv"
  # şîfre ji random_password tê, di state de ye, ne di kodê de
}
""")

add("terraform/decoy-state-redacted", "infra/terraform/plan-output.txt", "https://developer.hashicorp.com/terraform/cli/commands/plan", """\
Terraform will perform the following actions:

  # digitalocean_database_user.hingiv will be created
  + resource "digitalocean_database_user" "hingiv" {
      + name     = "hingiv"
      + password = (sensitive value)
    }

Plan: 1 to add, 0 to change, 0 to destroy.
""")

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
@@v@@
""", v=vault_cipher())

add("ansible/decoy-vault-reference", "ansible/group_vars/shop.yml", S_ANS, """\
---
# Nirxên rast di vault.yml de ne (ansible-vault)
db_user: berra_wp
db_password: "{{ vault_db_password }}"
woo_consumer_secret: "{{ vault_woo_consumer_secret }}"
php_memory_limit: 256M
""")

add("ansible/decoy-lookup-env", "ansible/roles/gateway/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/env_lookup.html", """\
---
mqtt_host: mqtt.zozan.lan
mqtt_user: gateway
mqtt_password: "{{ lookup('env', 'MQTT_PASSWORD') }}"
gw_timezone: Europe/Istanbul
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", S_GHA, """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.zozan.lan
          username: ci
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - run: make deploy
""")

add("gitlab-ci/decoy-masked-var", "kilim-erp/.gitlab-ci.yml", S_GLCI, """\
# NEXUS_PASSWORD di Settings > CI/CD > Variables de ye (masked, protected)
deploy:
  stage: deploy
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B -s ci/settings.xml deploy -Dnexus.password="$NEXUS_PASSWORD"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("dockerfile/decoy-build-secret", "hingivshop/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=hingivshop.settings.prod
CMD ["gunicorn", "hingivshop.wsgi", "-b", "0.0.0.0:8000"]
""")

add("jenkinsfile/decoy-credentials-binding", "kilim-erp/Jenkinsfile.release", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
  agent any
  stages {
    stage('Release') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NU', passwordVariable: 'NP')]) {
          sh './mvnw -B deploy -Dnexus.user=$NU -Dnexus.password=$NP'
        }
      }
    }
  }
}
""")

# ---------------------------------------------------------------- decoys: client configs, keys, certs

add("npmrc/decoy-env-token", "kilim-api/.npmrc", S_NPMRC, """\
registry=https://registry.npmjs.org/
@berra:registry=https://npm.berra.lan/
//npm.berra.lan/:_authToken=${NPM_TOKEN}
always-auth=true
engine-strict=true
""")

add("pypirc/decoy-no-password", "sensor-lib/.pypirc.example", S_PYPIRC, """\
[distutils]
index-servers = pypi

[pypi]
username = __token__
# password = pypi-AgEIcHlwaS5vcmc... (token ji pypi.org/manage/account/token/ li vir)
""")

add("ssh/decoy-public-key", "ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
# Mifteyên giştî yên tîmê (public keys only)
@@k1@@ dilan@laptop
@@k2@@ baran@desktop
@@k3@@ sosin@berra
@@k4@@ ci@git.zozan.lan
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub(), k4=ssh_pub())

add("ssh/decoy-config", "ops/home/.ssh/config", S_SSH, """\
Host zozan-*
    User deploy
    IdentityFile ~/.ssh/id_ed25519_zozan
    IdentitiesOnly yes

Host db1.berra.lan
    ProxyJump bastion.berra.lan
""")

add("pem/decoy-certificate", "ops/tls/hingiv.zozan.example.crt", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@c@@
""", c=cert_pem())

add("pem/decoy-public-key", "ops/keys/webhook_verify.pub", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
IDAQAB
-----END PUBLIC KEY-----
""", a=rand_pw(20, "+/"), b=rand_pw(64, "+/"), c=rand_pw(64, "+/"))

add("aws-credentials/decoy-sso", "ops/aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
[profile berra-photos]
sso_session = berra
sso_account_id = 118734520987
sso_role_name = PhotoUploader
region = eu-central-1

[sso-session berra]
sso_start_url = https://berra.awsapps.com/start
sso_region = eu-central-1
""")

add("docker-config/decoy-creds-store", "ops/home/.docker/config.json.example", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.zozan.lan": {},
    "registry.berra.lan": {}
  },
  "credsStore": "osxkeychain"
}
""")

add("kubeconfig/decoy-exec-plugin", "ops/kube/zozan-prod.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: zozan-prod
    cluster: { server: "https://k8s.zozan.lan:6443", certificate-authority: ca.crt }
users:
  - name: dilan
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubelogin
        args: [get-token, --oidc-issuer-url=https://sso.zozan.lan/realms/ops]
current-context: zozan-prod
""")

add("netrc/decoy-placeholder", "docs/templates/netrc.template", "https://everything.curl.dev/usingcurl/netrc.html", """\
# Şablon ji bo ~/.netrc — nirxên xwe binivîse
machine git.zozan.lan
  login <bikarhêner>
  password <TOKENA-TE>
machine pypi.zozan.lan
  login deploy
  password <ji-bitwarden-bigire>
""")

# ---------------------------------------------------------------- decoys: docs, notes, wikis, logs, data

add("markdown/decoy-readme-placeholders", "kilim-api/README.md", S_MD, """\
# kilim-api

API ya dukana Berra Kilim (WooCommerce + Shopify + Etsy).

## Veavakirin

```bash
cp .env.example .env
# WOO_CONSUMER_KEY=ck_your_key_here
# WOO_CONSUMER_SECRET=cs_your_secret_here
npm run dev
```
""")

add("markdown/decoy-runbook-vault", "docs/runbook/sifre-guherandin.md", S_MD, """\
# Guherandina şîfreyan (rotation) / گۆڕینی وشەی نهێنی

1. `vault kv get secret/zozan/prod/db` — şîfreya heyî bibîne (tenê ops).
2. `vault kv put secret/zozan/prod/db password=$(openssl rand -base64 24)`
3. Podan ji nû ve dest pê bike: `kubectl -n zozan rollout restart deploy/hingivshop`
4. Di kanala #ops de binivîse ku temam bû.

> Şîfreyan qet di Slack, WhatsApp an di vê wikiyê de nenivîse.
""")

add("markdown/decoy-redacted-incident", "docs/incidents/2024-05-03-leaked-key.md", S_MD, """\
# Bûyer: kilîta SendGrid di commitekê de derket (2024-05-03)

- Kilît: `SG.Xk3r••••••••••••••••` (hat betalkirin di 14:02 de)
- Commit hat jêbirin, dîroka git hat paqijkirin.
- Kilîta nû tenê di Secrets Manager de ye: `berra/prod/sendgrid`.

**Ders:** pre-commit hook lê zêde kir.
""")

add("markdown/decoy-sorani-guide", "docs/ckb/reberi-kogay.md", S_MD, """\
# ڕێبەری کۆگا

- بۆ چوونەژوورەوە بۆ سیستەمی کۆگا، وشەی نهێنی خۆت بەکاربهێنە.
- وشەی نهێنی لە Bitwarden دایە: `Berra / Kogay Hewler`.
- هەرگیز وشەی نهێنی لێرە مەنووسە.
- ژمارەی بەڕەکان: `SELECT count(*) FROM kilim WHERE depo = 'hewler';`
""")

add("markdown/decoy-api-docs-example", "docs/api/authentication.md", S_MD, """\
# Authentication / Rastkirina nasnameyê

Every request carries a bearer token:

```http
GET /v1/orders HTTP/1.1
Host: api.zozan.example
Authorization: Bearer <YOUR_API_TOKEN>
```

Tokenê xwe ji panela mişterî bistîne (Settings > API).
""")

add("markdown/decoy-checksums", "releases/CHANGELOG.md", S_MD, """\
# Guhertin

## 1.4.0 (2024-08-20)
- Hişyariyên germahiyê bi kurdî û soranî
- SHA-256 (honey-bot-1.4.0.tgz): `@@h1@@`

## 1.3.2
- Çewtiya giraniya kewaran hat rastkirin
- Commit: @@g@@
""", h1=sha256ish(), g=hexs(40))

add("text/decoy-notes-where", "notes/kilit-li-ku-ne.txt", "https://www.rfc-editor.org/rfc/rfc5198", """\
Kilît û şîfre li ku ne? (where the keys live)
- Stripe: Bitwarden > Zozan > Stripe live
- WooCommerce: AWS Secrets Manager berra/prod/woocommerce
- Telegram bot: Vault secret/apiary/alert-bot
- WiFi depo: li ser kaxeza li dîwarê ofîsê (ne li vir!)
""")

add("rst/decoy-config-reference", "docs/source/configuration.rst", S_RST, """\
Configuration
=============

.. envvar:: INGEST_API_KEY

   Kilîta API ya sensoran. Example: ``zk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX``.

.. envvar:: MQTT_PASSWORD

   Password of the ``gateway`` user. Never commit it.
""")

add("html/decoy-public-keys", "hingivshop/templates/checkout.html", S_HTML, """\
<form id="checkout" method="post">
  {% csrf_token %}
  <div id="card-element"></div>
  <button id="pay">Bide</button>
</form>
<script>
  window.STRIPE_PK = "@@pk@@";
  window.MAPBOX_TOKEN = "pk.eyJ1Ijoiem96YW5oaW5naXYiLCJhIjoi@@m@@";
</script>
""", pk=stripe_key("pk_live_", 99), m=rand_pw(22) + "In0." + rand_pw(22, "-_"))

add("wiki/decoy-masked-table", "wiki/Hesab.wiki", S_WIKI, """\
== Hesabên servîsan ==
{| class="wikitable"
! Servîs !! Bikarhêner !! Şîfre
|-
| Etsy || berrakilim || ******** (Bitwarden)
|-
| Kargo portal || berra || [veşartî]
|}
""")

add("log/decoy-masked", "logs/hingivshop-2024-09-01.log", S_LOG, """\
2024-09-01 08:00:00 INFO  boot env=prod version=3.0.4
2024-09-01 08:00:00 INFO  config: db_host=pg.zozan.lan db_user=hingiv db_password=***** stripe_key=sk_live_****
2024-09-01 08:00:01 INFO  migrations up to date
2024-09-01 08:04:12 INFO  order HG-24-0912 paid (pi_@@pi@@)
2024-09-01 08:09:40 WARN  slow query 1.2s: SELECT * FROM stock WHERE depo='colemerg'
""", pi=rand_pw(24))

add("log/decoy-request-ids", "logs/kilim-sync.log", S_LOG, """\
2024-07-12T03:00:00Z sync start shop=31337001
2024-07-12T03:00:02Z GET /v3/application/shops/31337001/listings/active 200 req_id=@@r1@@
2024-07-12T03:00:03Z listing 1677234411 updated (etag @@e@@)
2024-07-12T03:00:05Z woo product 8812 stock=3 trace=@@r2@@
2024-07-12T03:00:06Z sync done 42 listings
""", r1=uuid_s(), e=hexs(32), r2=hexs(32))

add("csv/decoy-order-export", "exports/orders_2024_08.csv", S_CSV, """\
order_id,date,customer,country,items,total_eur,payment_id
HG-24-0801,2024-08-01,Hêvî A.,DE,"Hingivê Qendil 500g x2",38.00,pi_@@p1@@
HG-24-0802,2024-08-01,Azad K.,SE,"Hingivê Soran 1kg",34.50,pi_@@p2@@
BK-24-0117,2024-08-03,Lena M.,NL,"Kilîma Hakkarî 120x180",640.00,pi_@@p3@@
BK-24-0118,2024-08-05,Rêzan D.,IQ,"Berra Senna 90x150",410.00,cash
""", p1=rand_pw(24), p2=rand_pw(24), p3=rand_pw(24))

add("csv/decoy-hive-readings", "data/kewar_readings_sample.csv", S_CSV, """\
ts,apiary,hive,sensor_id,temp_c,humidity,weight_kg
2024-06-01T05:00:00Z,qendil,Q-03,@@s1@@,31.2,58,41.8
2024-06-01T05:05:00Z,qendil,Q-03,@@s1@@,31.4,57,41.8
2024-06-01T05:00:00Z,soran,S-11,@@s2@@,29.7,61,38.1
2024-06-01T05:05:00Z,soran,S-11,@@s2@@,29.9,60,38.2
""", s1=uuid_s(), s2=uuid_s())

add("sql/decoy-hash-seed", "db/seeds/001_admin.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """\
-- Bikarhênerê admin ê destpêkê; şîfre wek bcrypt hash, divê di têketina yekem de biguhere
INSERT INTO users (email, password_hash, must_change_password)
VALUES ('admin@zozan.example', '@@h@@', TRUE);
-- وشەی نهێنی لە یەکەم چوونەژوورەوەدا دەگۆڕدرێت
INSERT INTO roles (name) VALUES ('admin'), ('depo'), ('firotin');
""", h=bcrypt_hash())

add("sql/decoy-placeholder-user", "db/migrations/0008_metabase.sql", S_SQL, """\
-- Bikarhênerê Metabase; şîfre bi psql variable tê dayîn:
--   psql -v metabase_pw="$METABASE_DB_PASSWORD" -f 0008_metabase.sql
CREATE ROLE metabase LOGIN PASSWORD :'metabase_pw';
GRANT CONNECT ON DATABASE hingiv TO metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase;
""")

add("jupyter/decoy-getpass", "analysis/etsy_fees.ipynb", S_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Heqê Etsy li gorî welatan\\n",
    "from getpass import getpass\\n",
    "api_key = getpass('Etsy API key: ')\\n",
    "fees = pd.read_csv('etsy_fees_2024.csv')"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("jupyter/decoy-output-hash", "analysis/label_dedupe.ipynb", S_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["md5 label_qendil.pdf = @@m@@\\n"]}],
   "source": ["print('md5', name, '=', hashlib.md5(data).hexdigest())"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", m=hexs(32))

add("history/decoy-read-prompt", "ops/notes/sosin.bash_history", S_HIST, """\
cd ~/berra/kilim-api
read -s -p "DB password: " PGPASSWORD && export PGPASSWORD
psql -h db1.berra.lan -U kilim_api kilim
vault login -method=oidc
vault kv get -field=admin_token secret/berra/prod/shopify | pbcopy
""")

add("powershell/decoy-read-host", "ops/New-KilimUser.ps1", S_PS, """\
# Bikarhênerek nû ji bo depoyê / بەکارهێنەرێکی نوێ بۆ کۆگا
param([Parameter(Mandatory)] [string] $Name)
$pw = Read-Host "Şîfre" -AsSecureString
New-LocalUser -Name $Name -Password $pw -FullName "Depo $Name"
Add-LocalGroupMember -Group "Depo" -Member $Name
""")

add("shell/decoy-generate", "scripts/new_secret.sh", S_SH, """\
#!/usr/bin/env bash
# Kilîteke nû çêke û rasterast têxe Vault (tu caran li ekranê nayê nîşandan)
set -euo pipefail
NAME=${1:?nav lazim e}
openssl rand -base64 32 | vault kv put "secret/zozan/prod/$NAME" value=-
echo "Kilîta $NAME hat nûkirin"
""")

add("shell/decoy-docs-example-token", "docs/examples/telegram_curl.sh", S_TG, """\
#!/bin/sh
# Nimûne ji belgeyên Telegram: TOKEN bi tokena xwe biguherîne
TOKEN="123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
curl "https://api.telegram.org/bot$TOKEN/getMe"
# bersiv: {"ok":true,"result":{...}}
""")

add("json/decoy-package-lock", "honey-bot/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "@zozan/honey-bot",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/node-telegram-bot-api": {
      "version": "0.66.0",
      "resolved": "https://registry.npmjs.org/node-telegram-bot-api/-/node-telegram-bot-api-0.66.0.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=rand_pw(86, "+/"))

add("json/decoy-firebase-web", "hingivshop/frontend/src/firebase.json", "https://firebase.google.com/docs/projects/learn-more#config-files-objects", """\
{
  "projectId": "zozan-hingiv-app",
  "authDomain": "zozan-hingiv-app.firebaseapp.com",
  "storageBucket": "zozan-hingiv-app.appspot.com",
  "messagingSenderId": "518834022761",
  "appId": "1:518834022761:web:@@a@@",
  "_note": "apiKey bi env tê: VITE_FIREBASE_API_KEY"
}
""", a=hexs(22))

add("yaml/decoy-openapi-example", "docs/api/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """\
openapi: 3.1.0
info: { title: Zozan Hingiv API, version: 1.0.0 }
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
      description: "Mînak / example: Authorization: Bearer YOUR_TOKEN_HERE"
security:
  - bearer: []
""")

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", """\
version: 2
registries:
  zozan-npm:
    type: npm-registry
    url: https://npm.zozan.lan
    token: ${{secrets.ZOZAN_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /honey-bot
    registries: [zozan-npm]
    schedule: { interval: weekly }
""")

add("toml/decoy-netlify", "site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """\
[build]
  command = "npm run build"
  publish = "dist"

[context.production.environment]
  PUBLIC_STRIPE_KEY = "@@pk@@"
  PUBLIC_SHOP_LANG = "ku"
""", pk=stripe_key("pk_live_", 99))

add("ini/decoy-empty-password", "accounting/odbc.ini.template", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/dsn-connection-string-attribute", """\
; Şablon - şîfre li vir NE; bi Kerberos têkeve
[HingivMuhasebe]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:sql.zozan.lan,1433
Database=Muhasebe
Trusted_Connection=yes
PWD=
""")

add("xml/decoy-maven-encrypted", "kilim-erp/ci/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>berra-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("properties/decoy-local-template", "android/local.properties.example", "https://developer.android.com/build#properties-files", """\
# Vê kopî bike wek local.properties
sdk.dir=/home/USER/Android/Sdk
MAPS_KEY=YOUR_MAPS_API_KEY
ZOZAN_STORE_PASSWORD=
sentry.auth.token=<ji sentry.io bigire>
""")

add("markdown/decoy-aws-doc-example", "docs/ops/aws-cli.md", S_AWS, """\
# AWS CLI — sazkirin

Nimûneya fermî ji belgeyên AWS (ne kilîta me):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Kilîtên me bi `aws configure sso` tên.
""")

add("python/decoy-hmac-verify", "hingivshop/payments/webhook.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
import os

import stripe

# Signing secret ji jîngehê; li vir tenê verastkirin
ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]


def handle(payload: bytes, sig_header: str):
    return stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
""")

add("python/decoy-constants-names", "kilim_sync/constants.py", S_PY, """\
# Navên mifteyan di Secrets Manager de (names, not values)
WOO_SECRET_ID = "berra/prod/woocommerce"
ETSY_SECRET_ID = "berra/prod/etsy"
SHOPIFY_TOKEN_KEY = "admin_token"
PASSWORD_FIELD = "password"
TOKEN_HEADER = "X-Shopify-Access-Token"
""")

add("python/decoy-encrypted-fernet", "kilim_sync/stored_tokens.py", "https://cryptography.io/en/latest/fernet/", """\
from cryptography.fernet import Fernet
import os

# Tokenê Etsy şîfrekirî ye (ciphertext); kilîta Fernet ji jîngehê tê
ENCRYPTED_ETSY_TOKEN = b"gAAAAAB@@c@@"


def etsy_token() -> str:
    return Fernet(os.environ["FERNET_KEY"]).decrypt(ENCRYPTED_ETSY_TOKEN).decode()
""", c=rand_pw(120, "-_") + "==")

add("javascript/decoy-mock-server", "kilim-api/test/mocks/shopify.js", "https://jestjs.io/docs/mock-functions", """\
// Mock ji bo ceribandinê; tokena sexte (fake token for tests)
const nock = require('nock');

module.exports = () =>
  nock('https://berra-kilim.myshopify.com', { reqheaders: { 'X-Shopify-Access-Token': 'shpat_test_fake_token' } })
    .post('/admin/api/2024-04/inventory_levels/set.json')
    .reply(200, { inventory_level: { available: 3 } });
""")

add("go/decoy-hash-const", "internal/update/verify.go", "https://pkg.go.dev/crypto/sha256", """\
package update

// SHA-256 ya firmware ya sensorê v2.1.0 (giştî, ji bo verastkirinê)
const FirmwareSHA256 = "@@h@@"

// Kilîta giştî ya Ed25519 ji bo îmzeya firmware (public key)
const SigningPublicKey = "@@pub@@"
""", h=sha256ish(), pub=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("csharp/decoy-keyvault", "BerraKilim.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """\
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// Nihênî ji Azure Key Vault tên (managed identity), ne ji appsettings
builder.Configuration.AddAzureKeyVault(new Uri("https://berra-kv.vault.azure.net/"), new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/", () => "Berra Kilim API — بەخێربێن");
app.Run();
""")

add("php/decoy-env-function", "hingiv-laravel/config/database.php", "https://laravel.com/docs/11.x/database#configuration", """\
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'host' => env('DB_HOST', '127.0.0.1'),
            'username' => env('DB_USERNAME', 'hingiv'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
""")

add("ruby/decoy-rails-credentials", "hingiv_rails/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Kilîta Stripe ji credentials.yml.enc tê (bin/rails credentials:edit)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = '2024-06-20'
# Bo ceribandinê: ENV['STRIPE_TEST_KEY']
Rails.logger.info('Stripe amade ye')
""")

add("systemd/decoy-credential-file", "ops/systemd/kilim-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH", """\
[Unit]
Description=Kilim sync (Etsy/Woo/Shopify)

[Service]
ExecStart=/opt/kilim-sync/bin/sync
LoadCredential=woo_secret:/etc/berra/woo_secret
Environment=WOO_SECRET_FILE=%d/woo_secret
DynamicUser=yes
""")

add("nginx/decoy-htpasswd-ref", "ops/nginx/admin.conf", S_NGINX, """\
# Panela admin tenê bi şîfre (htpasswd pel li derveyî git)
location /admin/ {
    auth_basic "Berra admin";
    auth_basic_user_file /etc/nginx/htpasswd.d/berra-admin;
    proxy_pass http://127.0.0.1:8081;
}
""")

add("htpasswd/decoy-hashes", "ops/nginx/htpasswd.sample", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# nimûne: hash in, ne şîfre (bcrypt)
sosin:@@h1@@
baran:@@h2@@
dilan:@@h3@@
# ji bo bikarhênerê nû: htpasswd -B htpasswd NAV
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("makefile/decoy-env", "kilim-api/Makefile", S_MAKE, """\
IMAGE ?= registry.berra.lan/kilim-api
TAG   ?= $(shell git rev-parse --short HEAD)

deploy:
\t@test -n "$(REGISTRY_PASSWORD)" || (echo "REGISTRY_PASSWORD lazim e"; exit 1)
\techo "$(REGISTRY_PASSWORD)" | docker login registry.berra.lan -u ci --password-stdin
\tdocker push $(IMAGE):$(TAG)
""")

add("yaml/decoy-precommit", ".pre-commit-config.yaml", "https://pre-commit.com/#plugins", """\
# Berî commit: kontrolkirina nihêniyan û formatê
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: detect-private-key
      - id: check-yaml
      - id: end-of-file-fixer
""")

# @@MORE_DECOYS_3@@
