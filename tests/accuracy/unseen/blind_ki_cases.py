"""Blind set KI: khaen (bamboo mouth-organ) makers and Mekong fish farms in Laos.

Workshop shops and order sites, fish-feed dispensers and water sensors (MQTT, InfluxDB, LoRa
gateways), payment and messaging gateways, CI and cloud, with notes and comments partly in Lao
script, and their decoys. Generated fakes only (seeds 5520000-5529999).
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
_SEED = [5520000]


def _seed() -> int:
    _SEED[0] += 7
    assert 5520000 <= _SEED[0] <= 5529999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Khaen", "Mekong", "Bamboo", "Tilapia", "Pakse", "Vientiane", "Lotus", "Naga", "Paddy", "Catfish",
         "Reed", "Monsoon", "Champa", "Sticky", "Luang", "Salavan", "Bolaven", "Kip", "Delta", "Carp"]
LOWER = ["reed", "paddle", "river", "pond", "lotus", "mango", "drum", "bamboo", "sunset", "heron",
         "rice", "ferry", "temple", "silk", "lantern", "orchid"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def influx_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(86)) + "=="


def line_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(171)) + "="


def jwt_secret() -> str:
    return hexs(64)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def ssh_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(43))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind).replace("BEGIN  ", "BEGIN ").replace("END  ", "END ")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCKER_ENV = "https://docs.docker.com/compose/environment-variables/env-file/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/yaml/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_intro.html"
PY = "https://docs.python.org/3/reference/lexical_analysis.html"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://go.dev/ref/spec"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
PHP = "https://www.php.net/manual/en/language.constants.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/reference/items/constant-items.html"
CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
MQTT = "https://mosquitto.org/man/mosquitto-conf-5.html"
INFLUX = "https://docs.influxdata.com/influxdb/v2/reference/config-options/"
BASH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_environment_variables"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
XML = "https://www.w3.org/TR/xml/"
HTML = "https://html.spec.whatwg.org/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
KOTLIN = "https://kotlinlang.org/docs/properties.html"
SWIFT = "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"

# ---------------------------------------------------------------- secrets

add("blind-ki/env/stripe-secret", "khaen-shop/.env", DOCKER_ENV, """# ຮ້ານແຄນ ບ້ານນາ - online shop
APP_NAME=khaen-ban-na
APP_ENV=production
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
# ຢ່າ commit ໄຟລ໌ນີ້ (don't commit this file)
SHIPPING_ORIGIN=Vientiane
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("blind-ki/python/mqtt-password", "pond_sensors/mqtt_client.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """import paho.mqtt.client as mqtt

# ເຊັນເຊີອົກຊີເຈນໃນໜອງປາ (pond oxygen sensors)
BROKER = "mqtt.pakse-fishfarm.la"
client = mqtt.Client(client_id="pond-07-do-sensor")
client.username_pw_set("pond07", "@@secret@@")
client.connect(BROKER, 8883)
client.loop_start()
""", words_pw())

add("blind-ki/toml/influx-token", "telegraf/telegraf-pond.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """# Telegraf - ຟາມປາ ຈຳປາສັກ
[agent]
  interval = "30s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.mekongfish.la:8086"]
  token = "@@secret@@"
  organization = "mekong-fish"
  bucket = "water_quality"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["ponds/+/temperature", "ponds/+/ph"]
""", influx_token())

add("blind-ki/k8s-secret/postgres-password", "deploy/k8s/feed-db-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: feed-db
  namespace: fishfarm
  annotations:
    note: "ລະຫັດຖານຂໍ້ມູນອາຫານປາ"
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@b@@
""", (pw := rand_pw(22)), user=b64("feed_admin"), b=b64(pw))

add("blind-ki/github-actions/aws-secret-key", ".github/workflows/deploy-shop.yml", GHA, """name: deploy khaen shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: ap-southeast-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync ./dist s3://khaen-shop-static --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ki/markdown/telegram-bot", "docs/alerts.md", MD, """# ແຈ້ງເຕືອນອົກຊີເຈນຕ່ຳ (low oxygen alerts)

When dissolved oxygen drops under 4 mg/L the feeder stops and the bot posts to the farm group.

| setting | value |
|---|---|
| bot | @mekong_pond_bot |
| token | `@@secret@@` |
| chat id | -1001844021977 |

ຖ້າບອດບໍ່ຕອບ ໃຫ້ໂທຫາ ທ້າວ ສົມພອນ.
""", fakes.telegram_token(_seed()))

add("blind-ki/go/database-url", "cmd/feedctl/main.go", GO, """package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// ເຊື່ອມຕໍ່ຖານຂໍ້ມູນ ການໃຫ້ອາຫານປາ
const dsn = "postgres://feedctl:@@secret@@@db.fishfarm.internal:5432/feeding?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
}
""", rand_pw(18))

add("blind-ki/shell-history/mysql-password", "ops/notes/bash_history_khaen01.txt", BASH, """cd /srv/khaen-shop
git pull
sudo systemctl restart php8.2-fpm
mysql -u shop -p'@@secret@@' khaen_orders -e 'select count(*) from orders where status="paid"'
tail -n 50 /var/log/nginx/error.log
exit
""", words_pw())

add("blind-ki/python/slack-webhook", "scripts/daily_harvest_report.py", PY, """import json
import urllib.request

# ລາຍງານການຈັບປາປະຈຳວັນ
WEBHOOK = "@@secret@@"


def post(text: str) -> None:
    body = json.dumps({"text": text}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {"Content-Type": "application/json"}))


post("Pond 3: 412 kg tilapia harvested")
""", slack_webhook())

add("blind-ki/javascript/sendgrid", "shop-api/src/mailer.js", NODE, """const sgMail = require('@sendgrid/mail');

// ສົ່ງອີເມວຢືນຢັນການສັ່ງແຄນ
sgMail.setApiKey('@@secret@@');

async function sendOrderMail(to, orderId) {
  await sgMail.send({ to, from: 'orders@khaen-lao.la', subject: `Order ${orderId}`, text: 'ຂອບໃຈ!' });
}

module.exports = { sendOrderMail };
""", sendgrid_key())

add("blind-ki/terraform/do-token", "infra/main.tf", TF, """terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "sensor_gw" {
  name   = "pond-gateway-pakse"
  region = "sgp1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-22-04-x64"
}
""", do_token())

add("blind-ki/compose/redis-password", "docker-compose.yml", COMPOSE, """services:
  shop:
    image: registry.khaen-lao.la/shop:1.8
    environment:
      REDIS_URL: redis://default:@@secret@@@cache:6379/0
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
""", fakes.redis_password(_seed()))

add("blind-ki/php/bank-api-key", "shop/config/payment.php", PHP, """<?php
// ການຊຳລະເງິນຜ່ານ QR (OnePay gateway)
return [
    'merchant_id' => 'KHAEN-BANNA-0042',
    'api_key'     => '@@secret@@',
    'callback'    => 'https://khaen-lao.la/payment/callback',
    'currency'    => 'LAK',
];
""", rand_pw(32))

add("blind-ki/ruby/twilio-token", "sms/config/initializers/twilio.rb", RUBY, """# ສົ່ງ SMS ແຈ້ງເຕືອນລູກຄ້າ
Twilio.configure do |config|
  config.account_sid = "@@sid@@"
  config.auth_token = "@@secret@@"
end

FARM_SENDER = "+856205551234"
""", hexs(32), sid=twilio_sid())

add("blind-ki/java/properties-password", "feed-service/src/main/resources/application-prod.properties", JAVA, """# Feed dispenser service
server.port=8080
spring.datasource.url=jdbc:mysql://10.20.0.5:3306/feed_schedule
spring.datasource.username=feedsvc
spring.datasource.password=@@secret@@
# ໝາຍເຫດ: ປ່ຽນລະຫັດທຸກໆ 90 ວັນ
spring.jpa.hibernate.ddl-auto=validate
""", words_pw())

add("blind-ki/dotnet/appsettings-connection", "KhaenPos/appsettings.Production.json", CS, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Pos": "Server=tcp:khaenpos.database.windows.net,1433;Database=pos;User ID=posadmin;Password=@@secret@@;Encrypt=True;"
  },
  "Shop": { "Currency": "LAK", "Branch": "Luang Prabang" }
}
""", words_pw())

add("blind-ki/pem/private-key", "gateway/certs/lora-gw.key", "https://www.rfc-editor.org/rfc/rfc7468", """@@secret@@
""", pem("RSA"))

add("blind-ki/yaml/gitlab-token", ".gitlab-ci.yml", GITLAB_CI, """stages: [build, release]

variables:
  DOCKER_DRIVER: overlay2
  GL_RELEASE_TOKEN: "@@secret@@"

build:
  stage: build
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

release:
  stage: release
  script:
    - curl --header "PRIVATE-TOKEN: $GL_RELEASE_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"
""", gitlab_token())

add("blind-ki/npmrc/npm-token", "khaen-ui/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """registry=https://registry.npmjs.org/
@khaenlao:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("blind-ki/rust/api-key", "sensor-agent/src/config.rs", RUST, """// ຕົວແທນເຊັນເຊີ ນ້ຳ (water sensor agent)
pub const INGEST_URL: &str = "https://ingest.mekongfish.la/v1/readings";
pub const INGEST_KEY: &str = "@@secret@@";
pub const POND_ID: u32 = 12;

pub fn interval_secs() -> u64 {
    60
}
""", "mfk_" + rand_pw(40))

add("blind-ki/kotlin/firebase-server-key", "app/src/main/java/la/khaen/push/PushConfig.kt", KOTLIN, """package la.khaen.push

// ແຈ້ງເຕືອນ ສົ່ງສິນຄ້າ
object PushConfig {
    const val SENDER_ID = "483920177254"
    const val SERVER_KEY = "@@secret@@"
    const val TOPIC = "orders"
}
""", "AAAA" + rand_pw(7) + ":APA91b" + rand_pw(134, "-_"))

add("blind-ki/swift/google-maps", "FarmMap/FarmMap/Secrets.swift", SWIFT, """import Foundation

// ແຜນທີ່ໜອງປາ
enum Secrets {
    static let mapsKey = "@@secret@@"
    static let region = "LA"
}
""", google_api_key())

add("blind-ki/powershell/azure-secret", "ops/Deploy-Sensors.ps1", PS, """# ອັບໂຫລດເຟີມແວເຊັນເຊີ
$tenant = "3f6b2a10-5c1e-4d7a-9b22-41c0d9e3a7f1"
$appId = "b9d1c0e2-7a44-4a0e-8f53-2d6c9a1b0e77"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant
Set-AzStorageBlobContent -File .\\fw\\sensor-2.4.bin -Container firmware -Blob sensor-2.4.bin
""", azure_secret())

add("blind-ki/ini/smtp-password", "khaen-shop/config/mail.ini", INI, """[smtp]
host = smtp.laotel.la
port = 587
user = shop@khaen-lao.la
password = @@secret@@
; ລະຫັດອີເມວຮ້ານ
starttls = yes
""", words_pw())

add("blind-ki/toml/hf-token", "fishcount/pyproject-local.toml", TOML, """# ນັບປາຈາກກ້ອງ (fish counting model)
[tool.fishcount]
model = "mekongfish/fry-counter-v2"
hub_token = "@@secret@@"
batch_size = 16
device = "cuda"
""", hf_token())

add("blind-ki/notebook/openai-key", "notebooks/feed_ratio_analysis.ipynb", NB, """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ວິເຄາະອັດຕາສ່ວນອາຫານ (feed conversion)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "df = pd.read_csv('feed_2025.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("blind-ki/sql/create-role", "db/migrations/004_reporting_role.sql", SQL, """-- ບົດບາດ ສຳລັບລາຍງານ
CREATE ROLE harvest_report LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE fishfarm TO harvest_report;
GRANT USAGE ON SCHEMA public TO harvest_report;
GRANT SELECT ON harvests, ponds TO harvest_report;
""", rand_pw(20))

add("blind-ki/dockerfile/github-token", "Dockerfile", DOCKERFILE, """FROM python:3.12-slim
WORKDIR /app
# ດຶງ library ພາຍໃນ
RUN pip install git+https://x-access-token:@@secret@@@github.com/khaen-lao/sound-tuner.git@v0.4
COPY . .
CMD ["python", "-m", "tuner"]
""", fakes.github_token(_seed()))

add("blind-ki/helm/values-password", "charts/fishfarm/values-prod.yaml", HELM, """replicaCount: 2
image:
  repository: ghcr.io/mekongfish/api
  tag: "2.3.1"
postgresql:
  auth:
    username: fishapi
    password: "@@secret@@"
    database: fishfarm
# ຄ່າ production ເທົ່ານັ້ນ
""", words_pw())

add("blind-ki/ansible/chirpstack-token", "ansible/group_vars/gateways.yml", ANSIBLE, """---
# ປະຕູເຊື່ອມ LoRa ໃນຟາມ
lora_region: AS923
chirpstack_api: https://lns.mekongfish.la
chirpstack_api_token: "@@secret@@"
ntp_servers:
  - 0.asia.pool.ntp.org
""", fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 30))

add("blind-ki/csv/credentials-sheet", "ops/handover/devices.csv", CSV, """device,location,user,password,notes
ph-probe-01,ໜອງ 1,admin,@@secret@@,ຕິດຕັ້ງ 2025-08
ph-probe-02,ໜອງ 2,admin,,factory reset pending
feeder-a,ແຖວ A,,,no login
router-farm,office,,,see vault
""", rand_pw(14))

add("blind-ki/log/leaked-bearer", "logs/shop-api-2025-11-03.log", LOG, """2025-11-03T08:12:01Z INFO  starting khaen-shop-api v1.8.2
2025-11-03T08:12:02Z INFO  connected to redis cache:6379
2025-11-03T08:14:37Z DEBUG outgoing POST https://api.stripe.com/v1/payment_intents headers={"Authorization": "Bearer @@secret@@"}
2025-11-03T08:14:38Z INFO  payment_intent created amount=1450000 currency=lak
2025-11-03T08:20:11Z WARN  slow query orders_by_day 1.8s
""", stripe_key("rk_live_"))

add("blind-ki/xml/maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <!-- ບ່ອນເກັບ artifact ພາຍໃນ -->
  <servers>
    <server>
      <id>khaen-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(24))

add("blind-ki/html/line-token", "docs/wiki/line-notify.html", HTML, """<!DOCTYPE html>
<html lang="lo">
<head><meta charset="utf-8"><title>LINE ແຈ້ງເຕືອນ</title></head>
<body>
<h1>LINE Messaging API - ກຸ່ມຄົນລ້ຽງປາ</h1>
<p>Channel ID: 2001458832</p>
<p>Channel access token (long-lived): <code>@@secret@@</code></p>
<p>ໃຊ້ສຳລັບແຈ້ງ ອຸນຫະພູມນ້ຳ ເກີນ 32°C.</p>
</body>
</html>
""", line_token())

add("blind-ki/rst/mailgun", "docs/source/email.rst", RST, """Email notifications
===================

ລະບົບສົ່ງອີເມວ ໃຊ້ Mailgun (domain ``mg.khaen-lao.la``).

.. code-block:: bash

   curl -s --user 'api:@@secret@@' \\
     https://api.mailgun.net/v3/mg.khaen-lao.la/messages \\
     -F from='Khaen Shop <noreply@mg.khaen-lao.la>' -F to=test@khaen-lao.la -F subject=hello -F text=ok
""", mailgun_key())

add("blind-ki/typescript/discord-webhook", "bots/src/harvestNotify.ts", "https://www.typescriptlang.org/docs/handbook/2/everyday-types.html", """// ແຈ້ງເຕືອນຜົນຈັບປາ ໃນ Discord
const HOOK = "@@secret@@";

export async function notifyHarvest(pond: number, kg: number): Promise<void> {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `ໜອງ ${pond}: ${kg} kg` }),
  });
}
""", discord_webhook())

add("blind-ki/mosquitto/bridge-password", "mosquitto/conf.d/bridge.conf", MQTT, """# ເຊື່ອມ broker ຟາມ ກັບ cloud
connection cloud-bridge
address broker.mekongfish.la:8883
remote_username farm-pakse
remote_password @@secret@@
topic ponds/# out 1
bridge_cafile /etc/mosquitto/ca.crt
""", passphrase())

add("blind-ki/env/shopify", "shop-sync/.env.production", DOCKER_ENV, """SHOPIFY_STORE=khaen-lao.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2025-01
# ຊິງ ສະຕັອກແຄນ ທຸກ 15 ນາທີ
SYNC_INTERVAL=900
""", shopify_token())

add("blind-ki/python/django-secret", "fishfarm_portal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.mekongfish.la"]
# ກະແຈລັບ Django
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "lo"
TIME_ZONE = "Asia/Vientiane"
""", fakes.django_secret_key(_seed()))

add("blind-ki/go/aws-in-struct", "internal/storage/s3.go", GO, """package storage

import "github.com/aws/aws-sdk-go-v2/credentials"

// ຮູບພາບຜະລິດຕະພັນແຄນ
var provider = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"",
)
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ki/python/split-password", "pond_sensors/db.py", PY, """import psycopg2

# ລະຫັດແບ່ງເປັນສອງແຖວ ເພື່ອໃຫ້ແຖວສັ້ນ
DB_PASSWORD = ("@@a@@"
               "@@b@@")

conn = psycopg2.connect(host="10.20.0.8", dbname="sensors", user="ingest", password=DB_PASSWORD)
""", (sp := words_pw() + rand_pw(6)), a=sp[:9], b=sp[9:])

add("blind-ki/shell/heredoc-env", "scripts/bootstrap_gateway.sh", BASH, """#!/usr/bin/env bash
set -euo pipefail
# ຕິດຕັ້ງ gateway ໃໝ່ ໃນຟາມ
cat > /etc/pondgw/env <<EOF
POND_API=https://api.mekongfish.la
POND_API_TOKEN=@@secret@@
SITE=champasak-03
EOF
systemctl enable --now pondgw
""", "pgw_" + rand_pw(36))

add("blind-ki/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: khaen-shop
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@b@@
""", (rp := rand_pw(26)), b=b64('{"auths":{"registry.khaen-lao.la":{"username":"deploy","password":"' + rp + '"}}}'))

add("blind-ki/json/gcp-service-account", "infra/gcp/fishcam-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "mekong-fishcam",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "fishcam-uploader@mekong-fishcam.iam.gserviceaccount.com",
  "client_id": "104882931004517736120",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem("").replace("\n", "\\n"), kid=hexs(40), pk="@@secret@@")

add("blind-ki/markdown/runbook-password-sentence", "docs/runbooks/router-reset.md", MD, """# ຣີເຊັດ router ຫ້ອງການຟາມ

1. ກົດປຸ່ມ reset 10 ວິນາທີ.
2. Log in at http://192.168.88.1 as `admin`.
3. Restore the backup; the admin password after restore is @@secret@@ (ປ່ຽນຫຼັງຈາກ restore).
4. Check that the LoRa gateway at .20 gets its lease.
""", words_pw())

add("blind-ki/yaml/basic-auth-header", "monitoring/prometheus/scrape-feeders.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", """scrape_configs:
  - job_name: feeders
    scheme: https
    static_configs:
      - targets: ["feeder-a.farm.lan:9100", "feeder-b.farm.lan:9100"]
    http_headers:
      Authorization:
        values: ["Basic @@secret@@"]
""", b64("prom:" + rand_pw(18)))

add("blind-ki/javascript/json-in-string", "khaen-ui/scripts/seed-config.js", NODE, """// ຕັ້ງຄ່າ ການຊຳລະ ສຳລັບ staging
const raw = '{"provider":"onepay","merchant":"KHAEN-0042","secret":"@@secret@@","sandbox":false}';
const cfg = JSON.parse(raw);

module.exports = cfg;
// TODO: move to vault
""", hexs(40))

add("blind-ki/shell/curl-bearer", "scripts/push_readings.sh", BASH, """#!/bin/sh
# ສົ່ງຄ່າ pH ຂຶ້ນ cloud
PH=$(cat /sys/bus/iio/devices/iio:device0/in_voltage0_raw)
curl -sf -X POST https://ingest.mekongfish.la/v1/readings \\
  -H "Authorization: Bearer @@secret@@" \\
  -d "pond=4&ph=$PH"
""", "mfk_" + rand_pw(40))

add("blind-ki/yaml/github-actions-npm", ".github/workflows/publish-ui.yml", GHA, """name: publish khaen-ui
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@
""", npm_token())

add("blind-ki/csharp/const-key", "KhaenPos/Services/SmsGateway.cs", CS, """namespace KhaenPos.Services;

// ສົ່ງ SMS ຜ່ານ gateway ທ້ອງຖິ່ນ
public static class SmsGateway
{
    private const string ApiUser = "khaenpos";
    private const string ApiKey = "@@secret@@";
    public static string Endpoint => "https://sms.gateway.la/api/v2/send";
}
""", rand_pw(28))

add("blind-ki/java/hardcoded-jdbc", "feed-service/src/main/java/la/mekong/feed/Db.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """package la.mekong.feed;

import java.sql.Connection;
import java.sql.DriverManager;

public final class Db {
    // ຊົ່ວຄາວ: ໃຊ້ສຳລັບ script ນຳເຂົ້າ
    public static Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://10.20.0.5/feed", "importer", "@@secret@@");
    }
}
""", words_pw())

add("blind-ki/php/wp-config", "khaen-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
// ບລັອກ ປະຫວັດແຄນ
define( 'DB_NAME', 'khaen_blog' );
define( 'DB_USER', 'wp_khaen' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
""", rand_pw(24, "!#%^*"))

add("blind-ki/ruby/database-yml", "sms/config/database.yml", RUBY, """production:
  adapter: postgresql
  encoding: unicode
  database: sms_production
  username: sms
  # ລະຫັດ production
  password: <%= ENV.fetch("SMS_DB_PASSWORD", "@@secret@@") %>
  host: db.internal
""", words_pw())

add("blind-ki/env/telegram-and-more", "feeder-bot/.env", DOCKER_ENV, """# ບອດ ຄວບຄຸມເຄື່ອງໃຫ້ອາຫານ
TELEGRAM_BOT_TOKEN=@@secret@@
ALLOWED_CHAT_IDS=-1001844021977,51234987
FEEDER_HOST=feeder-a.farm.lan
DRY_RUN=false
""", fakes.telegram_token(_seed()))

add("blind-ki/python/aws-boto-args", "fishcam/upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """import boto3

# ອັບໂຫລດຮູບປາ ຈາກກ້ອງ
s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="ap-southeast-1",
)
s3.upload_file("frame.jpg", "mekong-fishcam", "pond2/frame.jpg")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-ki/yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/", """route:
  receiver: farm-ops
receivers:
  - name: farm-ops
    slack_configs:
      - channel: "#ຟາມ-ແຈ້ງເຕືອນ"
        api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
""", slack_bot())

add("blind-ki/terraform/tfvars-password", "infra/envs/prod.tfvars", TF, """region          = "ap-southeast-1"
db_instance     = "db.t4g.small"
db_username     = "fishfarm"
db_password     = "@@secret@@"
# ຕ້ອງຍ້າຍໄປ SSM
backup_days     = 7
""", words_pw())

add("blind-ki/ini/pypirc", "khaen-tuner/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-ki/go/stripe-literal", "shop-go/payments/client.go", GO, """package payments

import "github.com/stripe/stripe-go/v76"

// ຕັ້ງຄ່າ Stripe ສຳລັບການຂາຍແຄນ ຕ່າງປະເທດ
func init() {
	stripe.Key = "@@secret@@"
}
""", stripe_key())

add("blind-ki/markdown/wiki-wifi-and-nas", "wiki/office-it.md", MD, """# IT ຫ້ອງການ ໂຮງງານແຄນ

- Wi-Fi: `KhaenWorkshop` (guest network, no password needed for customers)
- NAS: `smb://nas.workshop.lan/recordings` — user `studio`, password `@@secret@@`
- ເຄື່ອງພິມ: 192.168.1.40

ສຽງບັນທຶກແຄນ ເກັບໄວ້ໃນ NAS ທຸກອາທິດ.
""", passphrase())

add("blind-ki/kubernetes/stringdata", "deploy/k8s/chirpstack-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: chirpstack
  namespace: lora
type: Opaque
stringData:
  # ລະຫັດ MQTT ຂອງ network server
  mqtt-password: "@@secret@@"
""", rand_pw(24))

add("blind-ki/dockerfile/env-secret", "sensor-agent/Dockerfile", DOCKERFILE, """FROM rust:1.79 AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/sensor-agent /usr/local/bin/
ENV INFLUX_TOKEN=@@secret@@
# ຕ້ອງເອົາອອກ ກ່ອນ push image
ENTRYPOINT ["sensor-agent"]
""", influx_token())

add("blind-ki/compose/mqtt-env", "farm-stack/compose.yaml", COMPOSE, """services:
  nodered:
    image: nodered/node-red:4.0
    ports: ["1880:1880"]
    environment:
      - MQTT_USER=nodered
      - MQTT_PASSWORD=@@secret@@
      - TZ=Asia/Vientiane
  mosquitto:
    image: eclipse-mosquitto:2
""", words_pw())

add("blind-ki/python/twilio-split-call", "alerts/sms.py", PY, """from twilio.rest import Client

# ແຈ້ງເຕືອນ SMS ເວລາ ປັ໊ມອາກາດ ຢຸດ
client = Client("@@sid@@", "@@secret@@")


def alert(body: str) -> None:
    client.messages.create(to="+8562055512345", from_="+15005550006", body=body)
""", hexs(32), sid=twilio_sid())

add("blind-ki/shell-history/psql-url", "ops/notes/history-db01.txt", BASH, """ls -la /var/backups
pg_dump "postgresql://backup:@@secret@@@localhost:5432/fishfarm" > /var/backups/fishfarm-$(date +%F).sql
gzip /var/backups/fishfarm-*.sql
df -h
exit
""", rand_pw(20))

add("blind-ki/text/handover-note", "notes/handover-2025-10.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3", """ບົດບັນທຶກ ການມອບວຽກ - ຕຸລາ 2025

- Feeder schedule moved to 06:00 and 17:30.
- OnePay merchant portal: user khaen.accounts / @@secret@@
- ແຄນ 16 ລູກ ສົ່ງໄປ ຫຼວງພະບາງ ວັນທີ 14.
- Call Noy about the new bamboo supplier.
""", words_pw())

add("blind-ki/yaml/cloudflare-token", "ops/ddns/config.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """# DDNS ສຳລັບ router ຟາມ (IP ປ່ຽນທຸກມື້)
provider: cloudflare
zone: mekongfish.la
record: farm-gw.mekongfish.la
api_token: @@secret@@
interval: 300
""", rand_pw(40, "_-"))

add("blind-ki/json/vscode-sftp", "khaen-shop/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "khaen shop prod",
  "host": "203.0.113.44",
  "protocol": "sftp",
  "port": 22,
  "username": "deploy",
  "password": "@@secret@@",
  "remotePath": "/var/www/khaen-shop",
  "uploadOnSave": false
}
""", words_pw())

add("blind-ki/powershell/sql-cred", "ops/Backup-PosDb.ps1", PS, """# ສຳຮອງຂໍ້ມູນ POS ທຸກຄືນ
$server = "khaenpos.database.windows.net"
$user = "posadmin"
$pass = "@@secret@@"
sqlcmd -S $server -U $user -P $pass -d pos -Q "BACKUP DATABASE pos TO URL = 'https://khaenbackup.blob.core.windows.net/pos/pos.bak'"
Write-Host "ສຳເລັດ"
""", rand_pw(22, "!@#"))

add("blind-ki/xml/web-config", "KhaenPosLegacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Pos" connectionString="Data Source=10.1.1.5;Initial Catalog=POS;User Id=pos_web;Password=@@secret@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Branch" value="ວຽງຈັນ" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-ki/yaml/ansible-ssh-key", "ansible/host_vars/feeder-a.yml", ANSIBLE, """---
ansible_host: 10.30.0.21
ansible_user: pi
# ກະແຈ SSH ຂອງເຄື່ອງໃຫ້ອາຫານ
feeder_deploy_key: |
  @@k1@@
""", (ak := pem("OPENSSH")), k1=ak.replace("\n", "\n  "))

add("blind-ki/swift/plist-like", "KhaenTuner/KhaenTuner/Config.swift", SWIFT, """import Foundation

struct Config {
    // ບໍລິການ ແປງສຽງ ແຄນ
    static let apiBase = URL(string: "https://tuner.khaen-lao.la")!
    static let apiToken = "@@secret@@"
}
""", "kt_live_" + rand_pw(32))

add("blind-ki/typescript/supabase-service", "shop-next/lib/admin.ts", "https://supabase.com/docs/guides/api/api-keys", """import { createClient } from "@supabase/supabase-js";

// service role: ໃຊ້ຝັ່ງ server ເທົ່ານັ້ນ
export const admin = createClient(
  "https://kqhzlapmxnwrtbvd.supabase.co",
  "@@secret@@",
);
""", "sb_secret_" + rand_pw(32, "_-"))

add("blind-ki/properties/gradle-signing", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ລົງລາຍເຊັນ app ຮ້ານແຄນ
KHAEN_STORE_FILE=release.keystore
KHAEN_KEY_ALIAS=khaen
KHAEN_STORE_PASSWORD=@@secret@@
""", words_pw())

add("blind-ki/rst/influx-cli", "docs/source/ops/influx.rst", RST, """Water-quality database
======================

ບັນທຶກ ຄ່າ ນ້ຳ ໃນ InfluxDB. To configure the CLI on a new laptop::

   influx config create --config-name farm \\
     --host-url https://influx.mekongfish.la:8086 \\
     --org mekong-fish --token @@secret@@ --active
""", influx_token())

add("blind-ki/env/openai", "fish-chat/.env.local", DOCKER_ENV, """# ແຊັດບອດ ຕອບຄຳຖາມ ການລ້ຽງປາ
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
LANG_DEFAULT=lo
MAX_TOKENS=600
""", fakes.openai_key(_seed()))

add("blind-ki/cfg/rclone", "ops/rclone/rclone.conf", "https://rclone.org/b2/", """[b2-recordings]
type = b2
account = 0025f8a0c31e7d20000000003
key = @@secret@@
hard_delete = false
# ບັນທຶກສຽງແຄນ ສຳຮອງ
""", "K002" + rand_pw(27))

add("blind-ki/yaml/github-fine-grained", "ops/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", """# renovate ສຳລັບ repo ທັງໝົດ
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - khaen-lao/shop
  - khaen-lao/sound-tuner
""", fakes.github_fine_grained_token(_seed()))

add("blind-ki/php/env-array", "fishfarm-admin/.env.php", PHP, """<?php
// ຄ່າສະພາບແວດລ້ອມ admin ຟາມ
return [
    'APP_KEY' => 'base64:@@secret@@',
    'DB_HOST' => '127.0.0.1',
    'DB_DATABASE' => 'fishfarm',
];
""", b64(rand_pw(32)))

# ---------------------------------------------------------------- decoys

add("blind-ki/env/decoy-placeholder", "khaen-shop/.env.example", DOCKER_ENV, """# ສຳເນົາໄຟລ໌ນີ້ເປັນ .env ແລ້ວໃສ່ຄ່າຈິງ
APP_NAME=khaen-ban-na
STRIPE_PUBLISHABLE_KEY=pk_test_your_key_here
STRIPE_SECRET_KEY=sk_test_your_key_here
DB_PASSWORD=<ໃສ່ລະຫັດຖານຂໍ້ມູນ>
REDIS_URL=redis://localhost:6379/0
""")

add("blind-ki/python/decoy-env-reference", "pond_sensors/settings.py", PY, """import os

# ອ່ານຄ່າຈາກ environment ເທົ່ານັ້ນ
MQTT_HOST = os.environ.get("MQTT_HOST", "localhost")
MQTT_USER = os.environ["MQTT_USER"]
MQTT_PASSWORD = os.environ["MQTT_PASSWORD"]
INFLUX_TOKEN = os.getenv("INFLUX_TOKEN", "")
""")

add("blind-ki/k8s/decoy-secret-ref", "deploy/k8s/feed-api-deployment.yaml", K8S_SECRET, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: feed-api
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/mekongfish/feed-api:2.3.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: feed-db
                  key: POSTGRES_PASSWORD
""")

add("blind-ki/github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", GHA, """name: deploy portal
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: ap-southeast-1
      - run: ./scripts/deploy.sh
""")

add("blind-ki/markdown/decoy-aws-doc-example", "docs/aws-setup.md", MD, """# ຕັ້ງຄ່າ AWS CLI

ໃຊ້ profile ຂອງຕົນເອງ. The AWS docs use these example values; yours will differ:

```
aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-1
```
""")

add("blind-ki/yaml/decoy-masked", "docs/ci-log-excerpt.yaml", GITLAB_CI, """# ບັນທຶກ CI - ຄ່າລັບຖືກປິດບັງ
job: release
variables:
  GL_RELEASE_TOKEN: "[MASKED]"
  NPM_TOKEN: "********"
  STRIPE_SECRET_KEY: "sk_live_****************4f2a"
result: success
""")

add("blind-ki/lockfile/decoy-integrity-hashes", "khaen-ui/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "khaen-ui",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mqtt": {
      "version": "5.10.1",
      "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.10.1.tgz",
      "integrity": "sha512-@@h@@"
    }
  }
}
""", h=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ki/checksums/decoy-sha256", "firmware/SHA256SUMS", "https://man7.org/linux/man-pages/man1/sha256sum.1.html", """@@a@@  sensor-2.3.bin
@@b@@  sensor-2.4.bin
@@c@@  feeder-1.9.bin
@@d@@  lora-gw-4.0.2.img
@@e@@  README.txt
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("blind-ki/html/decoy-publishable-key", "shop-static/checkout.html", HTML, """<!DOCTYPE html>
<html lang="lo">
<head><meta charset="utf-8"><title>ຈ່າຍເງິນ - ຮ້ານແຄນ</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
<div id="card"></div>
<script>
  const stripe = Stripe("pk_live_@@pk@@");
  stripe.elements().create("card").mount("#card");
</script>
</body>
</html>
""", pk=fakes.drawn(_seed(), 24))

add("blind-ki/ssh/decoy-public-key", "ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# ກະແຈສາທາລະນະ ຂອງທີມ (public keys only)
@@a@@ somphone@farm-laptop
@@b@@ noy@workshop
@@c@@ ci@github-actions
# ເພີ່ມກະແຈໃໝ່ ຜ່ານ PR ເທົ່ານັ້ນ
""", a=ssh_pub(), b=ssh_pub(), c=ssh_pub())

add("blind-ki/terraform/decoy-variable", "infra/variables.tf", TF, """variable "db_password" {
  description = "ລະຫັດຖານຂໍ້ມູນ (ໃສ່ຜ່ານ TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "do_token" {
  type      = string
  sensitive = true
}
""")

add("blind-ki/compose/decoy-interpolation", "farm-stack/compose.override.yaml", COMPOSE, """services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: ${INFLUX_ADMIN_USER}
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?set it in .env}
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_TOKEN}
      DOCKER_INFLUXDB_INIT_ORG: mekong-fish
""")

add("blind-ki/python/decoy-test-fixture", "tests/test_onepay.py", PY, """# ການທົດສອບ - ຄ່າທັງໝົດແມ່ນປອມ (fake values)
from shop.payments import sign

FAKE_SECRET = "test-secret-not-real"


def test_sign_is_stable():
    assert sign({"amount": 1000}, FAKE_SECRET) == sign({"amount": 1000}, FAKE_SECRET)
""")

add("blind-ki/ini/decoy-empty", "khaen-shop/config/mail.sample.ini", INI, """[smtp]
host = smtp.laotel.la
port = 587
user =
password =
; ໃສ່ຄ່າໃນ mail.ini (ບໍ່ commit)
starttls = yes
""")

add("blind-ki/csv/decoy-device-ids", "ops/inventory/sensors.csv", CSV, """device_id,pond,serial,mac,installed
@@u1@@,1,DO-22A-0041,b8:27:eb:4a:10:01,2025-03-02
@@u2@@,2,DO-22A-0042,b8:27:eb:4a:10:02,2025-03-02
@@u3@@,3,PH-11C-0007,b8:27:eb:4a:10:03,2025-04-18
@@u4@@,4,PH-11C-0008,b8:27:eb:4a:10:04,2025-04-18
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-ki/log/decoy-redacted", "logs/feeder-2025-11-02.log", LOG, """2025-11-02T06:00:00+07:00 INFO feeder-a start cycle pond=3 grams=4200
2025-11-02T06:00:01+07:00 INFO mqtt connect user=feeder-a password=***REDACTED***
2025-11-02T06:00:02+07:00 INFO ອາຫານ ເຫຼືອ 61%
2025-11-02T06:04:10+07:00 INFO cycle done
2025-11-02T06:04:11+07:00 DEBUG token=<redacted> refresh in 3600s
""")

add("blind-ki/vault/decoy-vault-path", "ops/vault/policy-notes.md", MD, """# Vault ສຳລັບ ຟາມປາ

All service passwords live in Vault, never in git:

- `vault kv get secret/fishfarm/feed-db` → `password`
- `vault kv get secret/khaen-shop/stripe` → `secret_key`

ຖ້າບໍ່ມີສິດ ໃຫ້ຂໍ ທ້າວ ສົມພອນ.
""")

add("blind-ki/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(40))

add("blind-ki/javascript/decoy-firebase-web-config", "khaen-ui/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """import { initializeApp } from "firebase/app";

// Firebase web config ແມ່ນສາທາລະນະ (public by design)
export const app = initializeApp({
  authDomain: "khaen-lao.firebaseapp.com",
  projectId: "khaen-lao",
  appId: "1:483920177254:web:@@a@@",
});
""", a=hexs(22))

add("blind-ki/go/decoy-config-struct", "internal/config/config.go", GO, """package config

// ຄ່າ config ຈາກ env
type Config struct {
	DBPassword string `env:"DB_PASSWORD,required"`
	APIToken   string `env:"API_TOKEN"`
	Pond       int    `env:"POND_ID" envDefault:"1"`
}
""")

add("blind-ki/sql/decoy-password-hash", "db/seed/002_users.sql", SQL, """-- ຜູ້ໃຊ້ ເລີ່ມຕົ້ນ (bcrypt hashes only)
INSERT INTO users (email, password_hash, role) VALUES
  ('admin@mekongfish.la', '$2b$12$@@h1@@', 'admin'),
  ('feeder@mekongfish.la', '$2b$12$@@h2@@', 'operator');
-- ລະຫັດຈິງ ສົ່ງໃຫ້ຜູ້ໃຊ້ແຍກຕ່າງຫາກ
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ki/helm/decoy-existing-secret", "charts/fishfarm/values.yaml", HELM, """replicaCount: 1
image:
  repository: ghcr.io/mekongfish/api
  tag: latest
postgresql:
  auth:
    existingSecret: fishfarm-db
    secretKeys:
      userPasswordKey: password
""")

add("blind-ki/dockerfile/decoy-build-secret", "shop-go/Dockerfile", DOCKERFILE, """# syntax=docker/dockerfile:1.7
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
# ໃຊ້ build secret ບໍ່ແມ່ນ ENV
RUN --mount=type=secret,id=gh_token GOPRIVATE=github.com/khaen-lao/* \\
    GH_TOKEN=$(cat /run/secrets/gh_token) go build -o /shop ./cmd/shop
""")

add("blind-ki/markdown/decoy-readme-setup", "README.md", MD, """# ຮ້ານແຄນ ບ້ານນາ (Khaen Ban Na shop)

Online shop for hand-made khaen: 6, 7 and 8 pairs of pipes.

## Setup
1. `cp .env.example .env`
2. Put your Stripe test key (`sk_test_...`) in `STRIPE_SECRET_KEY`.
3. `docker compose up`
""")

add("blind-ki/rst/decoy-api-doc", "docs/source/api.rst", RST, """Readings API
============

ສົ່ງຄ່າເຊັນເຊີ ດ້ວຍ header ``Authorization``:

.. code-block:: http

   POST /v1/readings HTTP/1.1
   Authorization: Bearer <YOUR_INGEST_KEY>

Ask the farm office for an ingest key; each pond gateway has its own.
""")

add("blind-ki/json/decoy-appsettings-dev", "KhaenPos/appsettings.Development.json", CS, """{
  "ConnectionStrings": {
    "Pos": "Server=(localdb)\\\\MSSQLLocalDB;Database=pos_dev;Trusted_Connection=True;"
  },
  "Shop": { "Currency": "LAK", "Branch": "dev" }
}
""")

add("blind-ki/kubernetes/decoy-sealed-secret", "deploy/k8s/feed-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: feed-db
  namespace: fishfarm
spec:
  encryptedData:
    POSTGRES_PASSWORD: @@c@@
""", c="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-ki/shell/decoy-read-prompt", "scripts/rotate_db_password.sh", BASH, """#!/usr/bin/env bash
set -euo pipefail
# ປ່ຽນລະຫັດ ຖານຂໍ້ມູນ
read -rsp "New password: " NEW_PW; echo
psql "$DATABASE_URL" -c "ALTER ROLE feedsvc PASSWORD '${NEW_PW}'"
vault kv put secret/fishfarm/feed-db password="$NEW_PW"
""")

add("blind-ki/php/decoy-getenv", "shop/config/payment.dist.php", PHP, """<?php
// ແມ່ແບບ ການຊຳລະເງິນ
return [
    'merchant_id' => getenv('ONEPAY_MERCHANT'),
    'api_key'     => getenv('ONEPAY_API_KEY'),
    'callback'    => 'https://khaen-lao.la/payment/callback',
];
""")

add("blind-ki/ruby/decoy-credentials-fetch", "sms/config/initializers/twilio_env.rb", RUBY, """# ອ່ານ credentials ຈາກ Rails encrypted credentials
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token = Rails.application.credentials.dig(:twilio, :auth_token)
end
""")

add("blind-ki/java/decoy-placeholder-props", "feed-service/src/main/resources/application.properties", JAVA, """server.port=8080
spring.datasource.url=jdbc:mysql://localhost:3306/feed_schedule
spring.datasource.username=${DB_USER:feedsvc}
spring.datasource.password=${DB_PASSWORD}
# ໃຊ້ profile prod ສຳລັບ production
spring.jpa.hibernate.ddl-auto=update
""")

add("blind-ki/notebook/decoy-getpass", "notebooks/pond_temperature.ipynb", NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "# ໃສ່ token ເວລາ run\\n",
    "token = getpass.getpass('Influx token: ')\\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ki/yaml/decoy-git-sha", "deploy/release-manifest.yaml", HELM, """# ລາຍການ release
release: 2025.11.2
components:
  shop: {image: "ghcr.io/khaen-lao/shop@sha256:@@d1@@", commit: @@c1@@}
  tuner: {image: "ghcr.io/khaen-lao/tuner@sha256:@@d2@@", commit: @@c2@@}
approved_by: noy
""", d1=hexs(64), c1=hexs(40), d2=hexs(64), c2=hexs(40))

add("blind-ki/typescript/decoy-type-def", "shop-next/types/env.d.ts", "https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html", """// ປະເພດ ຂອງ environment variables
declare namespace NodeJS {
  interface ProcessEnv {
    STRIPE_SECRET_KEY: string;
    SUPABASE_SERVICE_ROLE_KEY: string;
    NEXT_PUBLIC_SUPABASE_URL: string;
  }
}
""")

add("blind-ki/powershell/decoy-secretmanagement", "ops/Get-PosCred.ps1", PS, """# ອ່ານລະຫັດ ຈາກ SecretStore
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name KhaenPosSql -Vault FarmVault
$plain = $cred.GetNetworkCredential().Password
Invoke-Sqlcmd -ServerInstance khaenpos.database.windows.net -Username posadmin -Password $plain -Query "SELECT 1"
""")

add("blind-ki/csharp/decoy-user-secrets", "KhaenPos/Program.cs", CS, """var builder = WebApplication.CreateBuilder(args);
// ໃຊ້ dotnet user-secrets ໃນເຄື່ອງ dev
builder.Configuration.AddUserSecrets<Program>();
var conn = builder.Configuration.GetConnectionString("Pos");
builder.Services.AddDbContext<PosDb>(o => o.UseSqlServer(conn));
var app = builder.Build();
app.Run();
""")

add("blind-ki/text/decoy-notes-no-secret", "notes/meeting-2025-09.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3", """ກອງປະຊຸມ ເດືອນ ກັນຍາ 2025

- New password policy: 14 characters minimum, rotated every 90 days.
- Stripe key rotated on 2025-09-12 (old key revoked, new one in Vault).
- ຈັດຊື້ ໄມ້ໄຜ່ 300 ລຳ ຈາກ ບ້ານ ນາທົ່ມ.
- Tokens for the pond gateways are issued per site by the farm office.
""")

add("blind-ki/yaml/decoy-openapi-example", "docs/openapi.yaml", "https://spec.openapis.org/oas/v3.1.0", """openapi: 3.1.0
info: {title: Mekong Fish Ingest, version: "1.0"}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  examples:
    token: {value: "mfk_EXAMPLE_TOKEN_DO_NOT_USE"}
security: [{bearerAuth: []}]
""")

add("blind-ki/toml/decoy-cargo", "sensor-agent/Cargo.toml", "https://doc.rust-lang.org/cargo/reference/manifest.html", """[package]
name = "sensor-agent"
version = "0.6.1"
edition = "2021"
description = "ຕົວແທນ ອ່ານຄ່າ ນ້ຳ"

[dependencies]
rumqttc = "0.24"
serde = { version = "1", features = ["derive"] }
""")

add("blind-ki/kotlin/decoy-buildconfig", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    defaultConfig {
        // ກະແຈ ອ່ານຈາກ local.properties (ບໍ່ commit)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
        applicationId = "la.khaen.store"
    }
}
""")

add("blind-ki/xml/decoy-maven-env", "ci/settings-ci.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <server>
      <id>khaen-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ki/swift/decoy-keychain", "FarmMap/FarmMap/TokenStore.swift", SWIFT, """import Security

// ເກັບ token ໃນ Keychain
enum TokenStore {
    static let service = "la.mekongfish.farmmap"
    static func read() -> String? { nil }
}
""")

add("blind-ki/env/decoy-public-ids", "farm-dashboard/.env", DOCKER_ENV, """# ຄ່າ ສາທາລະນະ ຂອງ dashboard
NEXT_PUBLIC_MAP_CENTER=15.12,105.80
NEXT_PUBLIC_SENTRY_DSN=https://@@k@@@o4506812.ingest.sentry.io/4506812345
NEXT_PUBLIC_GA_ID=G-7QK2M4XP1Z
POND_COUNT=12
""", k=hexs(32))

# ---------------------------------------------------------------- more secrets

add("blind-ki/netrc/password", "ops/dotfiles/netrc-buildbox", "https://everything.curl.dev/usingcurl/netrc", """# ເຄື່ອງ build ໂຮງງານ
machine nexus.khaen-lao.la
  login ci-deployer
  password @@secret@@
machine github.com
  login khaen-bot
""", rand_pw(24))

add("blind-ki/pgpass/password", "ops/dotfiles/pgpass-report", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# hostname:port:database:username:password
# ລາຍງານ ການຈັບປາ ປະຈຳເດືອນ
db.fishfarm.internal:5432:fishfarm:harvest_report:@@secret@@
localhost:5432:*:postgres:*
*:*:*:readonly:
""", words_pw())

add("blind-ki/markdown/git-credential-store", "docs/runbooks/buildbox-git.md", "https://git-scm.com/docs/git-credential-store", """# ຕັ້ງຄ່າ git ໃນເຄື່ອງ build

```sh
git config --global credential.helper store
printf 'https://khaen-bot:@@secret@@@github.com\\n' > ~/.git-credentials
chmod 600 ~/.git-credentials
```

ຫຼັງຈາກນັ້ນ `git clone https://github.com/khaen-lao/sound-tuner` ຈະບໍ່ຖາມລະຫັດ.
""", fakes.github_token(_seed()))

add("blind-ki/docker-config/auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.khaen-lao.la": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default"
}
""", b64("deploy:" + rand_pw(22)))

add("blind-ki/kubeconfig/token", "ops/kube/farm-cluster.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: farm
    cluster: {server: "https://10.40.0.2:6443", insecure-skip-tls-verify: true}
users:
  - name: ci
    user:
      token: @@secret@@
contexts:
  - name: farm
    context: {cluster: farm, user: ci, namespace: fishfarm}
current-context: farm
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + rand_pw(40) + "." + rand_pw(180, "_-") + "." + rand_pw(86, "_-"))

add("blind-ki/jenkinsfile/password-arg", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        // ອັບໂຫລດ ໄປ server ຮ້ານ
        sh 'sshpass -p "@@secret@@" rsync -az dist/ deploy@203.0.113.44:/var/www/khaen-shop/'
      }
    }
  }
}
""", words_pw())

add("blind-ki/circleci/env-token", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
    environment:
      CODECOV_TOKEN: @@secret@@
    steps:
      - checkout
      - run: pytest --cov && codecov
workflows:
  main: {jobs: [test]}
""", fakes.uuid4(_seed()))

add("blind-ki/bitbucket/pipeline-password", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: node:20
pipelines:
  branches:
    main:
      - step:
          name: ອັບໂຫລດ ທາງ FTP
          script:
            - npm ci && npm run build
            - lftp -u khaenftp,@@secret@@ -e "mirror -R dist /public_html; quit" ftp.khaen-lao.la
""", rand_pw(16))

add("blind-ki/azure-pipelines/storage-key", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool: {vmImage: ubuntu-latest}
variables:
  storageAccount: khaenbackup
  storageKey: @@secret@@
steps:
  - script: az storage blob upload-batch -d pos --account-name $(storageAccount) --account-key $(storageKey) -s ./backup
    displayName: ສຳຮອງ POS
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ki/python/mongodb-uri", "fishcam/catalog.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """from pymongo import MongoClient

# ບັນທຶກຮູບປາ ແລະ ນ້ຳໜັກ
client = MongoClient("mongodb+srv://fishcam:@@secret@@@cluster0.x7kqe.mongodb.net/?retryWrites=true")
frames = client["fishcam"]["frames"]
frames.create_index("pond")
""", rand_pw(16))

add("blind-ki/javascript/amqp-url", "feeder-bot/src/queue.js", NODE, """const amqp = require('amqplib');

// ຄິວຄຳສັ່ງ ໃຫ້ອາຫານ
const URL = 'amqps://feeder:@@secret@@@rabbit.mekongfish.la:5671/farm';

async function connect() {
  return amqp.connect(URL);
}
module.exports = { connect };
""", passphrase())

add("blind-ki/yaml/teams-webhook", "ops/alerts/teams.yaml", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """# ແຈ້ງເຕືອນ ທີມບັນຊີ ໃນ Teams
channel: khaen-accounts
webhook_url: "@@secret@@"
events: [order.paid, refund.created]
""" + "retries: 3\n", "https://khaenlao.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + rand_pw(40))

add("blind-ki/python/datadog-key", "pond_sensors/metrics.py", "https://docs.datadoghq.com/account_management/api-app-keys/", """from datadog import initialize, statsd

# ສົ່ງ metric ອຸນຫະພູມ ນ້ຳ
initialize(api_key="@@secret@@", app_key=None, statsd_host="localhost")


def report(pond: int, celsius: float) -> None:
    statsd.gauge("pond.temperature", celsius, tags=[f"pond:{pond}"])
""", hexs(32))

add("blind-ki/env/sentry-auth", "shop-next/.env.sentry-build-plugin", DOCKER_ENV, """# ໃຊ້ ຕອນ build ເພື່ອ upload sourcemaps
SENTRY_ORG=khaen-lao
SENTRY_PROJECT=shop-next
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_URL=https://sentry.io/
""", "sntrys_" + b64('{"iat":1730000000,"url":"https://sentry.io","org":"khaen-lao"}').rstrip("=") + "_" + rand_pw(43, "+/"))

add("blind-ki/javascript/mapbox-secret", "farm-dashboard/scripts/upload-tiles.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """// ອັບໂຫລດ ແຜນທີ່ ໜອງປາ ໄປ Mapbox
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');
const uploads = mbxUploads({ accessToken: '@@secret@@' });

uploads.createUpload({ tileset: 'mekongfish.ponds-2025', url: process.argv[2], name: 'ponds' })
  .send().then((r) => console.log(r.body.id));
""", "sk.eyJ1IjoibWVrb25nZmlzaCIsImEiOiJ" + rand_pw(20) + "In0." + rand_pw(22, "_-"))

add("blind-ki/php/algolia-admin", "shop/src/Search/Indexer.php", PHP, """<?php
namespace Khaen\\Search;

use Algolia\\AlgoliaSearch\\SearchClient;

// ດັດສະນີ ສິນຄ້າ ແຄນ
final class Indexer {
    public static function client(): SearchClient {
        return SearchClient::create('KQ7ZP3M2XA', '@@secret@@');
    }
}
""", hexs(32))

add("blind-ki/python/google-oauth-client-secret", "fishfarm_portal/auth/google.py", "https://developers.google.com/identity/protocols/oauth2/web-server", """from authlib.integrations.django_client import OAuth

# ເຂົ້າລະບົບ ດ້ວຍ Google
oauth = OAuth()
oauth.register(
    name="google",
    client_id="483920177254-9q3k1v7h2mqpl0a8r6d4s5t1u2w3x4y5.apps.googleusercontent.com",
    client_secret="@@secret@@",
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
)
""", "GOCSPX-" + rand_pw(28, "_-"))

add("blind-ki/ini/wireguard", "ops/wg/wg-farm.conf", "https://man7.org/linux/man-pages/man8/wg.8.html", """[Interface]
# VPN ຈາກ ຫ້ອງການ ໄປ ຟາມ
PrivateKey = @@secret@@
Address = 10.99.0.2/24

[Peer]
PublicKey = @@pub@@
Endpoint = farm-gw.mekongfish.la:51820
AllowedIPs = 10.30.0.0/16
""", fakes.drawn(_seed(), 43, ALNUM + "+/")[:42] + "E=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/")[:42] + "c=")

add("blind-ki/json/lorawan-appkey", "gateway/devices/feeder-b.json", "https://www.chirpstack.io/docs/chirpstack/use/device-keys.html", """{
  "devEui": "70b3d57ed0061a2c",
  "joinEui": "0000000000000000",
  "name": "feeder-b ແຖວ B",
  "nwkKey": "@@secret@@",
  "deviceProfile": "feeder-v2",
  "tags": {"pond": "7"}
}
""", hexs(32).upper())

add("blind-ki/cpp/blynk-token", "firmware/feeder/feeder.ino", "https://docs.blynk.io/en/getting-started/activating-devices/manual-device-activation", """#define BLYNK_TEMPLATE_ID "TMPL6xK2pQ9mB"
#define BLYNK_TEMPLATE_NAME "Fish Feeder"
#define BLYNK_AUTH_TOKEN "@@secret@@"
// ເຄື່ອງໃຫ້ອາຫານ ESP32
#include <BlynkSimpleEsp32.h>

char ssid[] = "FarmNet";
void setup() { Blynk.begin(BLYNK_AUTH_TOKEN, ssid, ""); }
void loop() { Blynk.run(); }
""", rand_pw(32, "_-"))

add("blind-ki/cpp/wifi-password", "firmware/ph_probe/secrets.h", "https://en.cppreference.com/w/cpp/preprocessor/replace", """#pragma once
// ຄ່າ WiFi ຂອງ ຟາມ
#define WIFI_SSID "MekongFarm-2G"
#define WIFI_PASS "@@secret@@"
#define MQTT_HOST "10.30.0.5"
""", words_pw())

add("blind-ki/python/adafruit-io", "pond_sensors/aio_push.py", "https://io.adafruit.com/api/docs/", """from Adafruit_IO import Client

# ທົດລອງ dashboard Adafruit IO
aio = Client("mekongfish", "@@secret@@")
aio.send_data("pond-3-temp", 29.4)
aio.send_data("pond-3-ph", 7.1)
""", "aio_" + rand_pw(28))

add("blind-ki/yaml/grafana-token", "monitoring/grafana/provisioning/dashboards-sync.yaml", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", """# sync dashboards ໃນ git ກັບ Grafana
grafana:
  url: https://grafana.mekongfish.la
  token: @@secret@@
folders:
  - ຄຸນນະພາບນ້ຳ
  - ການໃຫ້ອາຫານ
""", "glsa_" + rand_pw(32) + "_" + hexs(8))

add("blind-ki/ruby/omise-secret", "sms/app/services/card_charge.rb", "https://docs.opn.ooo/api-authentication", """# ຮັບບັດ ສຳລັບ ລູກຄ້າ ໄທ
require "omise"

Omise.public_api_key = "pkey_5yq8m2n7d3k1x0a9b4c6"
Omise.secret_api_key = "@@secret@@"

def charge(amount_satang, token)
  Omise::Charge.create(amount: amount_satang, currency: "thb", card: token)
end
""", "skey_" + fakes.drawn(_seed(), 19, string.ascii_lowercase + string.digits))

add("blind-ki/go/paypal-secret", "shop-go/payments/paypal.go", "https://developer.paypal.com/api/rest/authentication/", """package payments

// ລູກຄ້າ ຕ່າງປະເທດ ຈ່າຍຜ່ານ PayPal
const (
	paypalClientID = "AXv3k9Qm2pL7nT0sR5wY8zB1cD4eF6gH"
	paypalSecret   = "@@secret@@"
	paypalAPI      = "https://api-m.paypal.com"
)
""", "E" + rand_pw(79, "-_"))

add("blind-ki/markdown/wiki-table-creds", "wiki/payment-gateways.md", MD, """# ຊ່ອງທາງຊຳລະເງິນ

| gateway | mode | merchant | secret |
|---|---|---|---|
| OnePay QR | live | KHAEN-0042 | `@@secret@@` |
| Stripe | live | acct_1Q2w3E | in Vault |
| PayPal | sandbox | - | see PayPal dashboard |

ໝາຍເຫດ: OnePay ປ່ຽນ key ທຸກ 6 ເດືອນ.
""", hexs(48))

add("blind-ki/log/db-url-in-traceback", "logs/portal-error-2025-10-21.log", LOG, """2025-10-21 14:02:11,332 ERROR django.request Internal Server Error: /harvests/
Traceback (most recent call last):
  File "/app/fishfarm_portal/db.py", line 12, in connect
    return psycopg2.connect("postgresql://portal:@@secret@@@db.fishfarm.internal/fishfarm")
psycopg2.OperationalError: could not connect to server: Connection timed out
2025-10-21 14:02:11,340 INFO  ກຳລັງລອງໃໝ່ (retrying)
""", rand_pw(18))

add("blind-ki/swift/line-channel", "KhaenStoreApp/Sources/LineNotifier.swift", SWIFT, """import Foundation

// ສົ່ງ ຂໍ້ຄວາມ LINE ເວລາ ມີ order ໃໝ່
struct LineNotifier {
    let channelToken = "@@secret@@"
    func request() -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.line.me/v2/bot/message/push")!)
        r.setValue("Bearer \\(channelToken)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", line_token())

add("blind-ki/kotlin/whatsapp-token", "app/src/main/java/la/khaen/notify/WhatsApp.kt", KOTLIN, """package la.khaen.notify

// ແຈ້ງ ລູກຄ້າ ທາງ WhatsApp Cloud API
object WhatsApp {
    private const val PHONE_ID = "109283746501928"
    private const val TOKEN = "@@secret@@"
    fun url() = "https://graph.facebook.com/v19.0/$PHONE_ID/messages"
}
""", "EAAG" + rand_pw(180))

add("blind-ki/csharp/hmac-key-bytes", "KhaenPos/Services/ReceiptSigner.cs", CS, """using System.Security.Cryptography;
using System.Text;

// ລາຍເຊັນ ໃບບິນ
public static class ReceiptSigner
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("@@secret@@");
    public static string Sign(string body) => Convert.ToHexString(new HMACSHA256(Key).ComputeHash(Encoding.UTF8.GetBytes(body)));
}
""", rand_pw(40))

add("blind-ki/rust/split-url", "sensor-agent/src/influx.rs", RUST, """// ຂຽນ ຂໍ້ມູນ ໄປ InfluxDB v1
pub fn url() -> String {
    concat!(
        "https://influx.mekongfish.la:8086/write?db=water",
        "&u=agent&p=@@secret@@"
    )
    .to_string()
}
""", rand_pw(20))

add("blind-ki/toml/streamlit-secrets", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# dashboard ຄຸນນະພາບ ນ້ຳ
[connections.postgresql]
dialect = "postgresql"
host = "db.fishfarm.internal"
database = "fishfarm"
username = "dashboard"
password = "@@secret@@"
""", words_pw())

add("blind-ki/terraform/provider-password", "infra/mikrotik/main.tf", TF, """provider "routeros" {
  hosturl  = "https://10.30.0.1"
  username = "terraform"
  password = "@@secret@@"
  insecure = true
}

# ເຄືອຂ່າຍ ຟາມ
resource "routeros_ip_pool" "sensors" {
  name   = "sensors"
  ranges = ["10.30.1.10-10.30.1.250"]
}
""", passphrase())

add("blind-ki/ansible/become-password", "ansible/inventory/farm.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[feeders]
feeder-a ansible_host=10.30.0.21
feeder-b ansible_host=10.30.0.22

[feeders:vars]
ansible_user=pi
ansible_become_pass=@@secret@@
; ຕ້ອງໃຊ້ vault ແທນ
""", words_pw())

add("blind-ki/shell/export-aws", "ops/notes/aws-session.sh", BASH, """# ຄັດລອກ ຈາກ console ເພື່ອ ແກ້ບັນຫາ S3
export AWS_ACCESS_KEY_ID=ASIA@@k@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_SESSION_TOKEN=@@s@@
aws s3 ls s3://mekong-fishcam/pond2/ | tail
""", fakes.aws_secret_key(_seed()), k=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), s=fakes.aws_session_token(_seed()))

add("blind-ki/yaml/openai-in-helm", "charts/fish-chat/values-prod.yaml", HELM, """image:
  repository: ghcr.io/mekongfish/fish-chat
  tag: "0.3.0"
env:
  OPENAI_MODEL: gpt-4o-mini
  OPENAI_API_KEY: "@@secret@@"
  # ຕອບເປັນ ພາສາລາວ
  DEFAULT_LANG: lo
""", fakes.openai_key(_seed(), "svcacct"))

add("blind-ki/xml/android-strings", "android/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- ຢ່າ commit ໄຟລ໌ນີ້ -->
    <string name="app_name_lo">ຮ້ານແຄນ</string>
    <string name="payment_secret">@@secret@@</string>
</resources>
""", rand_pw(36))

add("blind-ki/sql/dblink-password", "db/views/remote_sales.sql", SQL, """-- ດຶງ ຍອດຂາຍ ຈາກ POS ເກົ່າ
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE VIEW remote_sales AS
SELECT * FROM dblink('host=10.1.1.5 dbname=pos user=reporter password=@@secret@@',
                     'SELECT id, total_lak, sold_at FROM sales')
  AS t(id int, total_lak bigint, sold_at timestamptz);
""", words_pw())

add("blind-ki/powershell/here-string", "ops/New-FarmVpnUser.ps1", PS, """# ສ້າງ ຜູ້ໃຊ້ VPN ໃໝ່
$body = @"
{
  "username": "noy.k",
  "password": "@@secret@@",
  "group": "farm-office"
}
"@
Invoke-RestMethod -Method Post -Uri https://vpn.mekongfish.la/api/users -Body $body -ContentType application/json
""", words_pw())

add("blind-ki/env/xendit", "payments-asean/.env", DOCKER_ENV, """# ຮັບເງິນ ລູກຄ້າ ອາຊຽນ
XENDIT_SECRET_KEY=@@secret@@
XENDIT_CALLBACK_TOKEN=
CURRENCY_DEFAULT=LAK
""" + "LOG_LEVEL=info\n", "xnd_production_" + rand_pw(60))

add("blind-ki/markdown/chat-paste", "notes/chat-export-2025-11-05.md", MD, """**Somphone** 09:14: ບອດ Telegram ໃໝ່ ພ້ອມແລ້ວ
**Noy** 09:15: token ແມ່ນຫຍັງ?
**Somphone** 09:16: @@secret@@
**Noy** 09:16: ok ໃສ່ໃນ feeder-bot ແລ້ວ
**Somphone** 09:20: ລຶບ ຂໍ້ຄວາມນີ້ ຫຼັງຈາກ copy ເດີ
""", fakes.telegram_token(_seed()))

add("blind-ki/python/jwt-secret", "fishfarm_portal/api/tokens.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", """import datetime

import jwt

# ກະແຈ ເຊັນ token ຂອງ app ມືຖື
JWT_SECRET = "@@secret@@"


def issue(user_id: int) -> str:
    exp = datetime.datetime.utcnow() + datetime.timedelta(hours=12)
    return jwt.encode({"sub": user_id, "exp": exp}, JWT_SECRET, algorithm="HS256")
""", jwt_secret())

add("blind-ki/yaml/tuya-iot", "gateway/tuya.yaml", "https://developer.tuya.com/en/docs/iot/authentication-method", """# ປັ໊ມ ອາກາດ Tuya ໃນ ໜອງ 1-4
endpoint: https://openapi.tuyaus.com
access_id: p7k2m9x4q1w8e5r3t6y0
access_secret: @@secret@@
devices:
  - bf3a9c1e2d4f5a6b7c
""", hexs(32))

add("blind-ki/ini/odbc", "ops/odbc/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """[FishfarmDSN]
Driver = PostgreSQL Unicode
Servername = db.fishfarm.internal
Database = fishfarm
UserName = excel_report
Password = @@secret@@
; ໃຊ້ ກັບ Excel ຂອງ ບັນຊີ
""", words_pw())

add("blind-ki/html/admin-page-comment", "shop-static/admin/login.html", HTML, """<!DOCTYPE html>
<html lang="lo">
<head><meta charset="utf-8"><title>ເຂົ້າລະບົບ admin</title></head>
<body>
<!-- dev: admin / @@secret@@ (ລຶບອອກ ກ່ອນ deploy) -->
<form method="post" action="/admin/login">
  <input name="user"><input name="password" type="password"><button>ເຂົ້າ</button>
</form>
</body>
</html>
""", words_pw())

add("blind-ki/k8s-secret/smtp-url", "deploy/k8s/shop-mail-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: khaen-shop
type: Opaque
data:
  SMTP_URL: @@b@@
""", (mp := rand_pw(20)), b=b64("smtps://shop%40khaen-lao.la:" + mp + "@smtp.laotel.la:465"))

add("blind-ki/python/hf-login", "fishcount/train.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", """from huggingface_hub import login
from transformers import AutoModelForObjectDetection

# ຝຶກ ໂມເດວ ນັບ ລູກປາ
login(token="@@secret@@")
model = AutoModelForObjectDetection.from_pretrained("mekongfish/fry-counter-v2")
model.push_to_hub("mekongfish/fry-counter-v3")
""", hf_token())

add("blind-ki/javascript/cloudinary-url", "khaen-ui/next.config.js", "https://cloudinary.com/documentation/node_integration", """// ຮູບ ແຄນ ເກັບ ຢູ່ Cloudinary
process.env.CLOUDINARY_URL =
  process.env.CLOUDINARY_URL || 'cloudinary://842917364518293:@@secret@@@khaenlao';

module.exports = {
  images: { domains: ['res.cloudinary.com'] },
};
""", rand_pw(27, "_-"))

add("blind-ki/yaml/docker-hub-pat", ".github/workflows/image.yml", GHA, """name: image
on: {push: {tags: ["v*"]}}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          username: khaenlao
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with: {push: true, tags: "khaenlao/shop:latest"}
""", "dckr_pat_" + rand_pw(27, "_-"))

# ---------------------------------------------------------------- more decoys

add("blind-ki/sops/decoy-encrypted", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops", """feed_db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    lastmodified: "2025-11-01T03:12:44Z"
    version: 3.9.1
""", d1=fakes.drawn(_seed(), 28, ALNUM + "+/"), i1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 44, ALNUM + "+/"), i2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("blind-ki/k8s/decoy-configmap-base64", "deploy/k8s/feeder-schedule-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: feeder-schedule
binaryData:
  # ຕາຕະລາງ ໃຫ້ອາຫານ (json)
  schedule.json: @@b@@
""", b=b64('{"pond":3,"times":["06:00","17:30"],"grams":4200}'))

add("blind-ki/k8s-secret/decoy-username-only", "deploy/k8s/report-user-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: report-user
type: Opaque
data:
  username: @@u@@
  # password ຖືກໃສ່ໂດຍ external-secrets
  database: @@d@@
""", u=b64("harvest_report"), d=b64("fishfarm"))

add("blind-ki/helm/decoy-template-ref", "charts/fishfarm/templates/secret.yaml", "https://helm.sh/docs/chart_template_guide/builtin_objects/", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "fishfarm.fullname" . }}-db
type: Opaque
data:
  password: {{ required "ໃສ່ postgresql.auth.password" .Values.postgresql.auth.password | b64enc | quote }}
""")

add("blind-ki/ansible/decoy-jinja-var", "ansible/roles/mosquitto/templates/passwd.j2", ANSIBLE, """# ໄຟລ໌ ຜູ້ໃຊ້ mosquitto (ສ້າງດ້ວຍ ansible)
{% for u in mqtt_users %}
{{ u.name }}:{{ u.password | password_hash('sha512') }}
{% endfor %}
# ລະຫັດ ຢູ່ໃນ vault.yml
""")

add("blind-ki/mosquitto/decoy-hashed-passwd", "mosquitto/passwd", MQTT, """# ສ້າງດ້ວຍ mosquitto_passwd (hashes only)
pond07:$7$101$@@s1@@$@@h1@@
feeder-a:$7$101$@@s2@@$@@h2@@
nodered:$7$101$@@s3@@$@@h3@@
farm-pakse:$7$101$@@s4@@$@@h4@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ki/pem/decoy-certificate", "gateway/certs/lora-gw.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
-----END CERTIFICATE-----
""", l1="MIIC" + fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l3=fakes.drawn(_seed(), 64, ALNUM + "+/"), l4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("blind-ki/pgp/decoy-public-key", "docs/security/pgp-key.asc", "https://www.rfc-editor.org/rfc/rfc4880", """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: ທີມ ຄວາມປອດໄພ ຟາມປາ (public)

mDMEZ@@l1@@
@@l2@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", l1=fakes.drawn(_seed(), 60, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), crc=fakes.drawn(_seed(), 4, ALNUM))

add("blind-ki/json/decoy-jwks", "fishfarm_portal/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """{
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

add("blind-ki/ssh/decoy-known-hosts", "ansible/files/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """# host keys ຂອງ ເຄື່ອງ ໃນ ຟາມ
10.30.0.21 @@a@@
10.30.0.22 @@b@@
203.0.113.44 @@c@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", a=ssh_pub(), b=ssh_pub(), c=ssh_pub())

add("blind-ki/terraform/decoy-arns", "infra/iam.tf", TF, """# ສິດ ຂອງ ກ້ອງ ປາ ໃນ S3
resource "aws_iam_role_policy_attachment" "fishcam" {
  role       = "arn:aws:iam::418273645091:role/fishcam-uploader"
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

data "aws_kms_key" "backup" {
  key_id = "arn:aws:kms:ap-southeast-1:418273645091:key/@@u@@"
}
""", u=uuid_s())

add("blind-ki/terraform/decoy-random-password", "infra/db.tf", TF, """resource "random_password" "feed_db" {
  length  = 24
  special = true
}

# ລະຫັດ ສ້າງ ອັດຕະໂນມັດ ແລະ ເກັບ ໃນ SSM
resource "aws_ssm_parameter" "feed_db" {
  name  = "/fishfarm/feed-db/password"
  type  = "SecureString"
  value = random_password.feed_db.result
}
""")

add("blind-ki/python/decoy-secrets-manager", "fishcam/secrets.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager.html", """import json

import boto3

# ດຶງ ລະຫັດ ຈາກ AWS Secrets Manager
def db_password() -> str:
    sm = boto3.client("secretsmanager", region_name="ap-southeast-1")
    return json.loads(sm.get_secret_value(SecretId="fishfarm/feed-db")["SecretString"])["password"]
""")

add("blind-ki/python/decoy-password-validation", "fishfarm_portal/accounts/validators.py", PY, """import re

# ກົດ ລະຫັດຜ່ານ: 14 ຕົວ, ມີ ຕົວເລກ ແລະ ສັນຍາລັກ
PASSWORD_RE = re.compile(r"^(?=.*\\d)(?=.*[!@#$%^&*]).{14,}$")
PASSWORD_HELP = "ລະຫັດ ຕ້ອງມີ ຢ່າງໜ້ອຍ 14 ຕົວອັກສອນ"


def valid(password: str) -> bool:
    return bool(PASSWORD_RE.match(password))
""")

add("blind-ki/javascript/decoy-test-mock", "shop-api/test/mailer.test.js", NODE, """// ທົດສອບ mailer ດ້ວຍ mock (ບໍ່ແມ່ນ key ຈິງ)
jest.mock('@sendgrid/mail');
const sgMail = require('@sendgrid/mail');
const { sendOrderMail } = require('../src/mailer');

test('sends', async () => {
  sgMail.setApiKey('SG.fake-key-for-tests');
  await sendOrderMail('a@example.com', 1);
  expect(sgMail.send).toHaveBeenCalled();
});
""")

add("blind-ki/go/decoy-test-constants", "internal/auth/auth_test.go", GO, """package auth

import "testing"

// ຄ່າ ທົດສອບ ເທົ່ານັ້ນ
const testSecret = "not-a-real-secret"

func TestSign(t *testing.T) {
	if Sign("x", testSecret) == "" {
		t.Fatal("empty signature")
	}
}
""")

add("blind-ki/env/decoy-file-refs", "farm-stack/.env", DOCKER_ENV, """# ລະຫັດ ຢູ່ ໃນ docker secrets
POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
INFLUX_TOKEN_FILE=/run/secrets/influx_token
MQTT_PASSWORD_FILE=/run/secrets/mqtt_password
TZ=Asia/Vientiane
""")

add("blind-ki/compose/decoy-docker-secrets", "farm-stack/compose.secrets.yaml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt  # ບໍ່ຢູ່ໃນ git
""")

add("blind-ki/markdown/decoy-redacted-incident", "docs/incidents/2025-08-stripe-key.md", MD, """# ເຫດການ: Stripe key ຫຼຸດ ໃນ log (2025-08-14)

- The key `sk_live_…9Xq2` was printed in a debug log for 40 minutes.
- It was rolled at 10:52; the new key is only in Vault.
- Fingerprint of the revoked key (sha256): `@@h@@`
- ບົດຮຽນ: ປິດ debug log ໃນ production.
""", h=hexs(64))

add("blind-ki/yaml/decoy-lorawan-ids", "gateway/devices/pond-sensors.yaml", "https://www.chirpstack.io/docs/chirpstack/use/devices.html", """# ເຊັນເຊີ ໃນ ໜອງ (ids only, keys in ChirpStack)
devices:
  - name: do-pond-1
    dev_eui: "@@e1@@"
    join_eui: "0000000000000000"
  - name: do-pond-2
    dev_eui: "@@e2@@"
    join_eui: "0000000000000000"
""", e1=hexs(16), e2=hexs(16))

add("blind-ki/json/decoy-oauth-client-public", "KhaenStoreApp/Resources/oauth.json", "https://www.rfc-editor.org/rfc/rfc8252", """{
  "issuer": "https://auth.khaen-lao.la",
  "client_id": "khaen-store-ios",
  "redirect_uri": "la.khaen.store:/oauth/callback",
  "scopes": ["openid", "profile", "orders"],
  "pkce": true
}
""")

add("blind-ki/csv/decoy-orders-export", "exports/orders-2025-10.csv", CSV, """order_id,payment_ref,amount_lak,model,city
1001,pi_@@p1@@,1450000,ແຄນ 8,ວຽງຈັນ
1002,pi_@@p2@@,980000,ແຄນ 7,ປາກເຊ
1003,pi_@@p3@@,2100000,ແຄນ 8 (ໄມ້ເກົ່າ),Bangkok
1004,cash,650000,ແຄນ 6,ຫຼວງພະບາງ
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24))

add("blind-ki/log/decoy-request-ids", "logs/ingest-2025-11-04.log", LOG, """2025-11-04T01:00:00Z INFO ingest ok pond=3 request_id=@@r1@@
2025-11-04T01:01:00Z INFO ingest ok pond=4 request_id=@@r2@@
2025-11-04T01:02:00Z WARN auth failed pond=9 key_id=mfk_…A7 reason=expired
2025-11-04T01:03:00Z INFO ingest ok pond=3 request_id=@@r3@@
2025-11-04T01:04:00Z INFO ນ້ຳ ອຸນຫະພູມ ປົກກະຕິ
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s())

add("blind-ki/ini/decoy-commented-out", "ops/rclone/rclone.sample.conf", "https://rclone.org/b2/", """[b2-recordings]
type = b2
account = <account id>
key = <application key>
hard_delete = false
# ເອົາ key ຈາກ Backblaze console
""")

add("blind-ki/xml/decoy-web-config-transform", "KhaenPosLegacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", """<?xml version="1.0"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Pos" connectionString="Data Source=10.1.1.5;Initial Catalog=POS;Integrated Security=SSPI;" xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>
  </connectionStrings>
  <!-- ໃຊ້ Windows auth, ບໍ່ມີ ລະຫັດ -->
</configuration>
""")

add("blind-ki/php/decoy-laravel-env-example", "fishfarm-admin/.env.example", "https://laravel.com/docs/11.x/configuration", """APP_NAME="Fishfarm Admin"
APP_KEY=
DB_CONNECTION=pgsql
DB_PASSWORD=secret
MAIL_PASSWORD=null
# ຄ່າ ຕົວຢ່າງ ຂອງ Laravel
""")

add("blind-ki/ruby/decoy-encrypted-credentials", "sms/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
""", c1=fakes.drawn(_seed(), 76, ALNUM + "+/"), c2=fakes.drawn(_seed(), 76, ALNUM + "+/"), c3=fakes.drawn(_seed(), 76, ALNUM + "+/"),
    c4=fakes.drawn(_seed(), 76, ALNUM + "+/"), c5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "=", iv=fakes.drawn(_seed(), 16, ALNUM + "+/") + "==", tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("blind-ki/kotlin/decoy-local-properties-read", "app/src/main/java/la/khaen/store/Keys.kt", KOTLIN, """package la.khaen.store

// ກະແຈ ມາຈາກ BuildConfig (ສ້າງຈາກ local.properties)
object Keys {
    val maps: String get() = BuildConfig.MAPS_KEY
    val sentryDsn: String get() = BuildConfig.SENTRY_DSN
}
""")

add("blind-ki/rust/decoy-env-var", "sensor-agent/src/main.rs", RUST, """use std::env;

// ອ່ານ token ຈາກ environment
fn main() {
    let token = env::var("INGEST_KEY").expect("INGEST_KEY ບໍ່ໄດ້ຕັ້ງ");
    let pond: u32 = env::var("POND_ID").unwrap_or_else(|_| "1".into()).parse().unwrap();
    sensor_agent::run(&token, pond);
}
""")

add("blind-ki/csharp/decoy-keyvault", "KhaenPos/Startup/KeyVault.cs", CS, """using Azure.Identity;

// ໃຊ້ Managed Identity ກັບ Key Vault
public static class KeyVault
{
    public static void Add(ConfigurationManager c) =>
        c.AddAzureKeyVault(new Uri("https://khaenpos-kv.vault.azure.net/"), new DefaultAzureCredential());
}
""")

add("blind-ki/shell/decoy-op-cli", "scripts/load_env.sh", BASH, """#!/usr/bin/env bash
# ໂຫລດ ຄ່າລັບ ຈາກ 1Password
export STRIPE_SECRET_KEY="$(op read 'op://Khaen/Stripe/secret key')"
export ONEPAY_API_KEY="$(op read 'op://Khaen/OnePay/api key')"
export DATABASE_URL="postgres://shop:$(op read 'op://Khaen/ShopDB/password')@db:5432/shop"
exec "$@"
""")

add("blind-ki/shell-history/decoy-history", "ops/notes/bash_history_gw02.txt", BASH, """sudo apt update && sudo apt upgrade -y
mosquitto_passwd -c /etc/mosquitto/passwd pond07
sudo systemctl restart mosquitto
mosquitto_sub -h localhost -u pond07 -P "$MQTT_PASS" -t 'ponds/#' -v
journalctl -u pondgw -n 100
""")

add("blind-ki/notebook/decoy-output-hashes", "notebooks/fry_count_eval.ipynb", NB, """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["model sha: @@h@@\\n", "ຄວາມແມ່ນຍຳ 0.93\\n"]}],
   "source": ["print('model sha:', sha); print('ຄວາມແມ່ນຍຳ', acc)"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h=hexs(64))

add("blind-ki/markdown/decoy-api-docs-example", "docs/payments/onepay-integration.md", MD, """# OnePay QR integration

ສົ່ງ request ດ້ວຍ header ລາຍເຊັນ:

```http
POST /api/v1/qr HTTP/1.1
X-Merchant: KHAEN-0042
X-Signature: <hmac-sha256 of body with your merchant secret>
```

The merchant secret is issued by the bank and kept in Vault (`secret/khaen-shop/onepay`).
""")

add("blind-ki/yaml/decoy-github-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """version: 2
registries:
  nexus:
    type: maven-repository
    url: https://nexus.khaen-lao.la
    username: dependabot
    password: ${{secrets.NEXUS_PASSWORD}}
updates:
  - package-ecosystem: maven
    directory: /feed-service
    registries: [nexus]
    schedule: {interval: weekly}
""")

add("blind-ki/toml/decoy-netlify", "shop-static/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """[build]
  publish = "dist"
  command = "npm run build"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://js.stripe.com"
""")

add("blind-ki/swift/decoy-publishable", "KhaenStoreApp/Sources/Payments.swift", SWIFT, """import StripePaymentSheet

// publishable key ແມ່ນ ສາທາລະນະ
enum Payments {
    static func configure() {
        STPAPIClient.shared.publishableKey = "pk_live_@@pk@@"
    }
}
""", pk=fakes.drawn(_seed(), 99))

add("blind-ki/powershell/decoy-read-host", "ops/Set-FeederPassword.ps1", PS, """# ປ່ຽນ ລະຫັດ ເຄື່ອງໃຫ້ອາຫານ
param([string]$Feeder = "feeder-a")
$pw = Read-Host -AsSecureString "ລະຫັດໃໝ່ ສຳລັບ $Feeder"
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($pw))
ssh "pi@$Feeder" "echo 'pi:$plain' | sudo chpasswd"
""")

add("blind-ki/sql/decoy-alter-role-variable", "db/migrations/009_rotate.sql", SQL, """-- ປ່ຽນ ລະຫັດ ດ້ວຍ psql variable (ບໍ່ມີ ລະຫັດ ໃນ ໄຟລ໌)
\\set ON_ERROR_STOP on
ALTER ROLE harvest_report PASSWORD :'new_password';
ALTER ROLE harvest_report VALID UNTIL '2026-06-30';
COMMENT ON ROLE harvest_report IS 'ລາຍງານ ການຈັບປາ';
""")

add("blind-ki/html/decoy-recaptcha-sitekey", "shop-static/contact.html", HTML, """<!DOCTYPE html>
<html lang="lo">
<head><meta charset="utf-8"><title>ຕິດຕໍ່ ຮ້ານແຄນ</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
<form action="/contact" method="post">
  <textarea name="msg"></textarea>
  <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
</form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("blind-ki/rst/decoy-config-reference", "docs/source/config.rst", RST, """Configuration
=============

.. list-table:: ຄ່າ ຕັ້ງ
   :header-rows: 1

   * - Variable
     - Meaning
   * - ``INGEST_KEY``
     - per-pond key; set it from the farm office's vault, never in git
   * - ``POND_ID``
     - pond number (1-12)
""")

add("blind-ki/gitlab-ci/decoy-protected-vars", "sensor-agent/.gitlab-ci.yml", GITLAB_CI, """stages: [build, publish]
build:
  stage: build
  image: rust:1.79
  script: [cargo build --release]
publish:
  stage: publish
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"
""")

add("blind-ki/java/decoy-value-annotation", "feed-service/src/main/java/la/mekong/feed/MqttConfig.java", JAVA, """package la.mekong.feed;

import org.springframework.beans.factory.annotation.Value;

// ຄ່າ MQTT ມາຈາກ properties
public class MqttConfig {
    @Value("${mqtt.password}") private String password;
    @Value("${mqtt.username:feedsvc}") private String username;
}
""")

add("blind-ki/text/decoy-wifi-guest", "notes/shop-front-sign.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3", """ຍິນດີຕ້ອນຮັບ ສູ່ ຮ້ານແຄນ ບ້ານນາ
Welcome to Khaen Ban Na workshop

Free Wi-Fi: KhaenWorkshop-Guest (open network, no password)
ເປີດ 8:00 - 17:00, ປິດ ວັນອາທິດ
""")

add("blind-ki/json/decoy-tsconfig-paths", "shop-next/tsconfig.json", "https://www.typescriptlang.org/tsconfig", """{
  "compilerOptions": {
    "target": "ES2022",
    "strict": true,
    "paths": { "@/secrets/*": ["./src/secrets/*"], "@/tokens/*": ["./src/tokens/*"] }
  },
  "include": ["src"]
}
""")

add("blind-ki/yaml/decoy-external-secret", "deploy/k8s/shop-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-stripe
spec:
  secretStoreRef: {name: vault, kind: ClusterSecretStore}
  target: {name: shop-stripe}
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: secret/khaen-shop/stripe, property: secret_key}
""")

add("blind-ki/dockerfile/decoy-arg-no-default", "fish-chat/Dockerfile", DOCKERFILE, """FROM node:20-alpine
WORKDIR /app
ARG OPENAI_API_KEY
# ຢ່າ ໃສ່ key ໃນ image; ໃຊ້ runtime env
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
CMD ["node", "server.js"]
""")

# ---------------------------------------------------------------- last secrets

add("blind-ki/text/lao-note-password", "notes/ບັນທຶກ-ເຄື່ອງໃຫ້ອາຫານ.txt", "https://www.rfc-editor.org/rfc/rfc2046#section-4.1.3", """ບັນທຶກ ການຕັ້ງຄ່າ ເຄື່ອງໃຫ້ອາຫານປາ ແຖວ B

ທີ່ຢູ່ IP: 10.30.0.22
ຊື່ຜູ້ໃຊ້: pi
ລະຫັດຜ່ານ: @@secret@@
ເວລາໃຫ້ອາຫານ: 06:00 ແລະ 17:30
""", words_pw())

add("blind-ki/php/curl-userpwd", "shop/src/Sync/ErpClient.php", PHP, """<?php
// ສົ່ງ order ໄປ ລະບົບ ບັນຊີ
function push_order(array $order): void {
    $ch = curl_init('https://erp.khaen-lao.la/api/orders');
    curl_setopt($ch, CURLOPT_USERPWD, 'shop-sync:@@secret@@');
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($order));
    curl_exec($ch);
}
""", rand_pw(20))

add("blind-ki/go/json-in-string", "cmd/gwsetup/defaults.go", GO, """package main

// ຄ່າ ເລີ່ມຕົ້ນ ຂອງ gateway ໃໝ່
const defaultConfig = `{
  "site": "champasak-03",
  "mqtt": {"host": "10.30.0.5", "user": "gateway", "password": "@@secret@@"},
  "interval": 60
}`
""", passphrase())
