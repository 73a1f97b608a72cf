"""Blind set MG: Luxembourgish teams in Luxembourg.

A Moselle wine co-operative (Caves Coopératives vun der Musel, Grevenmacher/Remich/Wormeldange):
cellar sensors, bottling line, e-shop, cash registers, shipping, accounting exports. And a
Kirchberg fund administrator's back office: NAV runs, transfer agency, SWIFT/SFTP feeds, CSSF
reporting, KYC tooling. Notes and comments partly in Luxembourgish. Generated fakes only
(seeds 6960000-6969999).
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
SEED_LO, SEED_HI = 6960000, 6969999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WIERDER = ["Rivaner", "Elbling", "Auxerrois", "Pinot", "Cremant", "Moselle", "Kirchberg", "Remich",
           "Grevenmacher", "Wormer", "Schengen", "Ahn", "Wintrange", "Stadbredimus", "Ehnen", "Bech"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WIERDER) + r.choice("!#$%@*&") + r.choice(WIERDER) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def teams_webhook() -> str:
    return (f"https://caves-musel.webhook.office.com/webhookb2/{fakes.uuid4(_seed())}@{fakes.uuid4(_seed())}"
            f"/IncomingWebhook/{hexs(32)}/{fakes.uuid4(_seed())}")


def google_api_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_hs() -> str:
    r = _rng()
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(('{"sub":"svc-nav","iat":%d}' % r.randint(1700000000, 1790000000)).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{body}.{sig}"


def sha256ish() -> str:
    return hexs(64)


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Caves coopératives: cellar, bottling, shop
# ---------------------------------------------------------------------------------------------

s = words_pw()
add("blind-mg/env/postgres", "kelleraf/.env", "https://github.com/motdotla/dotenv#usage", """\
# Kelleraf-Sensoren (Tank 1-48, Grevenmacher)
# NET an de Git pushen -- Jeff huet gesot et wier ok, et ass et net
PGHOST=10.40.2.15
PGPORT=5432
PGDATABASE=kelleraf
PGUSER=tankmonitor
PGPASSWORD=@@pw@@
POLL_SECONDS=30
""", s, pw=s)

add("blind-mg/env/decoy-placeholder", "kelleraf/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# Kopéier dës Datei op .env a fëll d'Wäerter aus
PGHOST=localhost
PGPORT=5432
PGDATABASE=kelleraf
PGUSER=tankmonitor
PGPASSWORD=<froen den Jeff>
POLL_SECONDS=30
""")

s = rand_pw(24)
add("blind-mg/python/mqtt", "kelleraf/sensors/mqtt_bridge.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html", """\
\"\"\"Bréck tëschent de Temperaturfühler an de Gärtanks an der Datebank.\"\"\"
import json
import paho.mqtt.client as mqtt

BROKER = "mqtt.keller.caves-musel.lu"
TOPIC = "keller/tank/+/temp"

def on_message(client, userdata, msg):
    data = json.loads(msg.payload)
    print(msg.topic, data["celsius"])

client = mqtt.Client(client_id="kelleraf-bridge")
client.username_pw_set("tankbridge", "@@pw@@")
client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe(TOPIC)
client.loop_forever()
""", s, pw=s)

add("blind-mg/python/decoy-env-reference", "kelleraf/sensors/mqtt_settings.py", "https://docs.python.org/3/library/os.html#os.environ", """\
import os

# Passwuert kënnt vum systemd EnvironmentFile (/etc/kelleraf/mqtt.env), ni hei aschreiwen
MQTT_HOST = os.environ.get("MQTT_HOST", "mqtt.keller.caves-musel.lu")
MQTT_USER = os.environ.get("MQTT_USER", "tankbridge")
MQTT_PASSWORD = os.environ["MQTT_PASSWORD"]
MQTT_TLS_CA = "/etc/ssl/certs/caves-musel-ca.pem"
""")

s = stripe()
add("blind-mg/php/stripe", "eshop/config/payment.php", "https://docs.stripe.com/keys", """\
<?php
// Webshop Caves Coopératives -- Bezuelung
// TODO: an d'.env réckelen (Carole, Oktober)
return [
    'provider'      => 'stripe',
    'currency'      => 'EUR',
    'secret_key'    => '@@key@@',
    'webhook_path'  => '/stripe/webhook',
    'statement'     => 'CAVES MUSEL',
];
""", s, key=s)

pk = fakes.fake("pk_live_", 24, _seed())
add("blind-mg/js/decoy-publishable-key", "eshop/assets/js/checkout.js", "https://docs.stripe.com/js", """\
// Checkout vum Webshop -- de pk_live ass ëffentlech, dee gehéiert an de Browser
const stripe = Stripe('@@pk@@', { locale: 'fr' });
const elements = stripe.elements();
const card = elements.create('card', { hidePostalCode: true });
card.mount('#kaart');

document.querySelector('#bestellen').addEventListener('click', async () => {
  const { error } = await stripe.confirmCardPayment(window.clientSecret, { payment_method: { card } });
  if (error) document.querySelector('#feeler').textContent = error.message;
});
""", pk=pk)

s = words_pw()
add("blind-mg/yaml/mysql", "eshop/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
services:
  shop:
    image: registry.caves-musel.lu/eshop:2.14
    ports: ["8080:80"]
    environment:
      DB_HOST: db
      DB_NAME: eshop
      DB_USER: eshop
    depends_on: [db]
  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: eshop
      MARIADB_USER: eshop
      MARIADB_PASSWORD: "@@pw@@"
      MARIADB_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - dbdata:/var/lib/mysql
volumes:
  dbdata: {}
""", s, pw=s)

add("blind-mg/yaml/decoy-compose-secret-file", "eshop/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  db:
    image: mariadb:10.11
    environment:
      MARIADB_DATABASE: eshop
      MARIADB_USER: eshop
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt   # net am Repo, leit um Server
""")

s = sendgrid()
add("blind-mg/ruby/sendgrid", "eshop/mailer/newsletter.rb", "https://github.com/sendgrid/sendgrid-ruby", """\
# Newsletter "Neien Jorgang" -- schéckt un all Abonnenten
require 'sendgrid-ruby'
include SendGrid

sg = SendGrid::API.new(api_key: '@@key@@')
from = Email.new(email: 'newsletter@caves-musel.lu', name: 'Caves Coopératives')
ARGF.each_line do |adress|
  mail = Mail.new(from, 'Den neie Rivaner ass do!', Email.new(email: adress.strip),
                  Content.new(type: 'text/html', value: File.read('jorgang.html')))
  sg.client.mail._('send').post(request_body: mail.to_json)
end
""", s, key=s)

s = rand_pw(16)
add("blind-mg/ini/odbc", "kees/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; Keess Grevenmacher -- Verbindung op d'Warenwirtschaft
[WAWI]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:wawi01.caves-musel.local,1433
Database    = WaWi_Caves
UID         = kees_grev
PWD         = @@pw@@
Encrypt     = yes
TrustServerCertificate = yes
""", s, pw=s)

add("blind-mg/ini/decoy-empty", "kees/odbc.ini.template", "https://www.unixodbc.org/odbcinst.html", """\
; Schabloun -- fir all Keess eng Kopie maachen, PWD vum Passwuertsafe (KeePass, Grupp "Keess")
[WAWI]
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:wawi01.caves-musel.local,1433
Database    = WaWi_Caves
UID         = kees_XXXX
PWD         =
Encrypt     = yes
""")

s = fakes.aws_secret_key(_seed())
kid = fakes.aws_key_id(_seed())
add("blind-mg/ini/aws", "bottling/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
[default]
region = eu-central-1

[ettiketten-export]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@key@@
""", s, kid=kid, key=s)

add("blind-mg/ini/decoy-aws-sso", "bottling/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """\
# Mir benotzen SSO, keng Schlësselen méi op de Maschinnen
[profile ettiketten-export]
sso_session = caves
sso_account_id = 418273640125
sso_role_name = LabelExport
region = eu-central-1

[sso-session caves]
sso_start_url = https://caves-musel.awsapps.com/start
sso_region = eu-central-1
""")

s = slack_webhook()
add("blind-mg/shell/slack-webhook", "bottling/scripts/linn_alarm.sh", "https://api.slack.com/messaging/webhooks", """\
#!/usr/bin/env bash
# Alarm wann d'Fëllmaschinn stoe bleift (vum PLC-Poller opgeruff)
set -euo pipefail
LINN="${1:-Linn 2}"
FEELER="${2:-onbekannt}"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\":warning: ${LINN} steet: ${FEELER}\\"}" \\
  @@hook@@
""", s, hook=s)

add("blind-mg/shell/decoy-env-reference", "bottling/scripts/linn_status.sh", "https://api.slack.com/messaging/webhooks", """\
#!/usr/bin/env bash
# Moies-Status vun de Linnen. SLACK_WEBHOOK_URL steet am /etc/default/linn (root:root 600)
set -euo pipefail
. /etc/default/linn
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL feelt}"
STATUS=$(/opt/linn/bin/status --kuerz)
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"Moies-Status: ${STATUS}\\"}" "$SLACK_WEBHOOK_URL"
""")

s = rand_pw(20)
add("blind-mg/json/appsettings-sqlserver", "kees/KeesSync/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "WaWi": "Server=wawi01.caves-musel.local;Database=WaWi_Caves;User Id=kees_sync;Password=@@pw@@;TrustServerCertificate=True"
  },
  "Kees": {
    "Filiale": "Wormeldange",
    "SyncIntervallMinutten": 5
  }
}
""", s, pw=s)

add("blind-mg/json/decoy-user-secrets", "kees/KeesSync/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "ConnectionStrings": {
    "WaWi": "Server=(localdb)\\\\MSSQLLocalDB;Database=WaWi_Dev;Trusted_Connection=True"
  },
  "Kees": {
    "Filiale": "Test",
    "SyncIntervallMinutten": 1
  }
}
""")

s = fakes.github_token(_seed())
add("blind-mg/yaml/github-token", "eshop/.github/workflows/release.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions", """\
name: release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Theme-Repo klonen (privat)
        run: git clone https://caves-bot:@@tok@@@github.com/caves-musel/shop-theme.git theme
      - run: composer install --no-dev
      - run: ./bin/deploy.sh
""", s, tok=s)

add("blind-mg/yaml/decoy-actions-secret", "eshop/.github/workflows/tests.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: tests
on: [push, pull_request]
jobs:
  phpunit:
    runs-on: ubuntu-latest
    env:
      DB_PASSWORD: ${{ secrets.TEST_DB_PASSWORD }}
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: composer install
      - run: vendor/bin/phpunit
""")

s = words_pw()
add("blind-mg/markdown/wifi-note", "docs/keller-wiki/wlan.md", "https://www.markdownguide.org/basic-syntax/", """\
# WLAN am Keller an am Buttek

| Netz | SSID | Passwuert |
|------|------|-----------|
| Gäscht (Degustatioun) | Caves-Gaascht | gëtt all Mount geännert, hänkt un der Théik |
| Personal | Caves-Intern | `@@pw@@` |

De Router steet am Büro hannert dem Drécker. Bei Problemer: Marc (Tel. intern 214).
""", s, pw=s)

add("blind-mg/markdown/decoy-redacted", "docs/keller-wiki/wlan-gascht.md", "https://www.markdownguide.org/basic-syntax/", """\
# Gäscht-WLAN bei Degustatiounen

- SSID: `Caves-Gaascht`
- Passwuert: steet op der Kaart un der Théik (gëtt den 1. vum Mount nei gemaach)
- Aalt Passwuert vum Oktober: `********`

Wann d'Kaart feelt: de Marc froen, net am Wiki opschreiwen!
""")

s = fakes.fake_pem(_seed())
add("blind-mg/pem/ssh-key", "bottling/deploy/id_rsa_linn", "https://datatracker.ietf.org/doc/html/rfc7468", """\
@@key@@
""", s, key=s)

add("blind-mg/pem/decoy-public-key", "bottling/deploy/id_ed25519_linn.pub", "https://man.openbsd.org/ssh-keygen", """\
# Public Key vum Deploy-Benotzer op de Linnen-PCs (authorized_keys)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7q0TbVj2nW5vY3dXo8sPq1LmR4hCzE9fGa2uN6wBdJ linn-deploy@caves-grevenmacher
# Fingerprint: SHA256:3pV1QnMx9cJfL0tW7aRkYbH2sE8uZgD4oN6iK5yTqBc
# gëtt vum Ansible verdeelt, de private Schlëssel ass am Vault
# (Rolle linn_deploy, Task "authorized_key"), ofgeleeft 2027-03
""")

# ---------------------------------------------------------------------------------------------
# Kirchberg fund administrator: back office
# ---------------------------------------------------------------------------------------------

s = rand_pw(22, "!#%")
add("blind-mg/python/sftp", "ta-feeds/pull_dealing.py", "https://docs.paramiko.org/en/stable/api/sftp.html", """\
\"\"\"Hëlt all Moien d'Dealing-Fichieren (Subscriptions/Redemptions) vum Distributeur.\"\"\"
import datetime as dt
import paramiko

HOST = "sftp.distrib-partner.example.lu"
USER = "kbg_ta_in"
PASSWORD = "@@pw@@"

def main() -> None:
    today = dt.date.today().strftime("%Y%m%d")
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    for name in sftp.listdir("/outbox"):
        if today in name:
            sftp.get(f"/outbox/{name}", f"/data/ta/inbox/{name}")
    transport.close()

if __name__ == "__main__":
    main()
""", s, pw=s)

add("blind-mg/python/decoy-vault-reference", "ta-feeds/pull_confirms.py", "https://hvac.readthedocs.io/en/stable/usage/secrets_engines/kv_v2.html", """\
\"\"\"Confirmatiounen vum Custodian eroflueden; Zougangsdaten aus dem Vault (kv/ta/custodian).\"\"\"
import hvac
import paramiko

vault = hvac.Client(url="https://vault.bo.kirchberg.internal:8200")
creds = vault.secrets.kv.v2.read_secret_version(path="ta/custodian")["data"]["data"]

transport = paramiko.Transport(("sftp.custodian.example.lu", 22))
transport.connect(username=creds["username"], password=creds["password"])
sftp = paramiko.SFTPClient.from_transport(transport)
for name in sftp.listdir("/confirms"):
    sftp.get(f"/confirms/{name}", f"/data/ta/confirms/{name}")
""")

s = rand_pw(18)
add("blind-mg/properties/spring-oracle", "nav-engine/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# NAV-Engine -- Prod Kirchberg
spring.application.name=nav-engine
spring.datasource.url=jdbc:oracle:thin:@//oradb-nav.bo.kirchberg.internal:1521/NAVPRD
spring.datasource.username=NAV_APP
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=12
nav.valuation.cutoff=16:00
nav.valuation.timezone=Europe/Luxembourg
nav.pricing.source=BLOOMBERG_BPIPE
""", s, pw=s)

add("blind-mg/properties/decoy-env-reference", "nav-engine/src/main/resources/application-uat.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
# UAT -- Passwuert kënnt vum OpenShift-Secret nav-engine-db
spring.datasource.url=jdbc:oracle:thin:@//oradb-nav-uat.bo.kirchberg.internal:1521/NAVUAT
spring.datasource.username=NAV_APP
spring.datasource.password=${NAV_DB_PASSWORD}
nav.valuation.cutoff=16:00
nav.pricing.source=FILE
""")

s = words_pw()
add("blind-mg/k8s-secret/database", "openshift/nav-engine/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: nav-engine-db
  namespace: bo-nav
  labels:
    app: nav-engine
type: Opaque
data:
  NAV_DB_USER: @@user@@
  NAV_DB_PASSWORD: @@pw@@
""", s, user=b64("NAV_APP"), pw=b64(s))

add("blind-mg/k8s/decoy-sealed-secret", "openshift/nav-engine/sealed-db.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: nav-engine-db
  namespace: bo-nav
spec:
  encryptedData:
    NAV_DB_PASSWORD: @@ct@@
    NAV_DB_USER: @@ct2@@
  template:
    metadata:
      name: nav-engine-db
""", ct="AgB" + rand_pw(300, "+/") + "==", ct2="AgC" + rand_pw(180, "+/") + "=")

s = teams_webhook().replace("caves-musel", "kbg-fundadmin")
add("blind-mg/powershell/teams-webhook", "ops/scripts/Send-NavAlert.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
<#
  Schéckt eng Meldung an de Kanal "NAV Kontroll" wann d'Bewäertung net fäerdeg ass.
#>
param([string]$Fund = "SICAV-I", [string]$Message = "NAV net fäerdeg")

$uri = '@@hook@@'
$body = @{ text = "[$Fund] $Message ($(Get-Date -Format 'HH:mm'))" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'
""", s, hook=s)

add("blind-mg/powershell/decoy-secret-management", "ops/scripts/Send-TaAlert.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret", """\
param([string]$Message)
# Webhook URL ass am SecretStore ("TeamsTaWebhook"), net am Script
$uri = Get-Secret -Name 'TeamsTaWebhook' -AsPlainText
$body = @{ text = "TA: $Message" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'
Write-Host "Geschéckt."
""")

s = rand_pw(32)
add("blind-mg/xml/swift-gateway", "swift/alliance-lite/connector.xml", "https://www.w3.org/TR/xml/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Connector MT/MX Feeds (Kirchberg BO) -->
<connector name="alliance-lite2">
  <endpoint url="https://autoclient.bo.kirchberg.internal:48002/" />
  <bic>KBGFLULLXXX</bic>
  <credentials>
    <user>ALP_AUTOCLIENT</user>
    <password>@@pw@@</password>
  </credentials>
  <inbound dir="/data/swift/in" pattern="*.fin" />
  <outbound dir="/data/swift/out" />
</connector>
""", s, pw=s)

add("blind-mg/xml/decoy-placeholder", "swift/alliance-lite/connector.sample.xml", "https://www.w3.org/TR/xml/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Beispill; d'Passwuert gëtt beim Deploy vum Ansible agesat -->
<connector name="alliance-lite2">
  <endpoint url="https://autoclient.example:48002/" />
  <bic>XXXXLULLXXX</bic>
  <credentials>
    <user>ALP_AUTOCLIENT</user>
    <password>{{ swift_autoclient_password }}</password>
  </credentials>
</connector>
""")

s = rand_pw(26)
add("blind-mg/yaml/ansible-vars", "ansible/group_vars/ta_servers.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
---
# Transfer Agency Serveren (bo-ta-01..03)
ta_app_user: ta_svc
ta_db_host: pgta.bo.kirchberg.internal
ta_db_name: transfer_agency
ta_db_user: ta_app
ta_db_password: "@@pw@@"    # TODO vault -- Patrick
ta_fx_source: ecb
ta_cutoff_local: "12:00"
""", s, pw=s)

add("blind-mg/yaml/decoy-ansible-vault", "ansible/group_vars/nav_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(44))

s = "postgresql://ta_report:" + rand_pw(20) + "@pgta.bo.kirchberg.internal:5432/transfer_agency"
pw = s.split(":")[2].split("@")[0]
add("blind-mg/sql/postgres-dblink", "reporting/sql/v_register_holdings.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """\
-- Register-Bestänn fir den CSSF-Reporting (U1.1), vun der TA-Datebank gezunn
CREATE OR REPLACE VIEW rpt.v_register_holdings AS
SELECT *
FROM dblink(
  'host=pgta.bo.kirchberg.internal dbname=transfer_agency user=ta_report password=@@pw@@',
  'SELECT fund_code, share_class, investor_id, units FROM ta.holdings WHERE as_of = current_date - 1'
) AS t(fund_code text, share_class text, investor_id text, units numeric);
""", pw, pw=pw)

add("blind-mg/sql/decoy-user-mapping", "reporting/sql/fdw_setup.sql", "https://www.postgresql.org/docs/current/sql-createusermapping.html", """\
-- FDW op d'TA-Datebank. D'Passwuert gëtt vum DBA manuell gesat:
--   ALTER USER MAPPING FOR rpt_owner SERVER ta_srv OPTIONS (SET password '...');
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER ta_srv FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host 'pgta.bo.kirchberg.internal', dbname 'transfer_agency', port '5432');
CREATE USER MAPPING FOR rpt_owner SERVER ta_srv OPTIONS (user 'ta_report');
IMPORT FOREIGN SCHEMA ta LIMIT TO (holdings) FROM SERVER ta_srv INTO rpt;
""")

s = azure_secret()
add("blind-mg/terraform/azure-sp", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """\
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
  }
}

# Service Principal "sp-bo-terraform" (nëmmen fir de Kirchberg Tenant)
provider "azurerm" {
  features {}
  subscription_id = "6d1f0c2e-93a4-4b7e-8e21-5a0c7f3d9b11"
  tenant_id       = "2b7e4f10-1c5d-4a39-9f0e-8c3b6d2a7e45"
  client_id       = "9a4c2e71-5b3f-4d08-a6e2-1f7b9c0d3e58"
  client_secret   = "@@sec@@"
}
""", s, sec=s)

add("blind-mg/terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "client_secret" {
  description = "Secret vum sp-bo-terraform; kënnt aus ARM_CLIENT_SECRET an der Pipeline"
  type        = string
  sensitive   = true
}

variable "sql_admin_password" {
  type      = string
  sensitive = true
  default   = null
}
""")

s = fakes.telegram_token(_seed())
add("blind-mg/python/telegram", "kelleraf/sensors/telegram_alarm.py", "https://core.telegram.org/bots/api#sendmessage", """\
# Wann en Tank iwwer 22 Grad geet, kritt de Kellermeeschter eng Telegram-Noriicht
import requests

BOT_TOKEN = "@@tok@@"
CHAT_ID = -1001873462210  # Grupp "Keller Grevenmacher"

def alarm(tank: int, celsius: float) -> None:
    text = f"Tank {tank}: {celsius:.1f} °C -- w.e.g. kucken!"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", s, tok=s)

add("blind-mg/python/decoy-test-fixture", "kelleraf/tests/test_telegram_alarm.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """\
import telegram_alarm

FAKE_TOKEN = "123456:TEST-TOKEN-NET-ECHT"  # gëtt ni geschéckt, requests ass gemockt


def test_alarm_schreift_tank(monkeypatch):
    calls = []
    monkeypatch.setattr(telegram_alarm, "BOT_TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(telegram_alarm.requests, "post", lambda url, data, timeout: calls.append((url, data)))
    telegram_alarm.alarm(7, 23.4)
    assert "Tank 7" in calls[0][1]["text"]
    assert FAKE_TOKEN in calls[0][0]
""")

s = rand_pw(14)
add("blind-mg/shell-history/mysql", "kees/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /opt/kees
ls -la
systemctl status kees-sync
journalctl -u kees-sync --since today | tail -50
mysql -h wawi-replica.caves-musel.local -u buttek -p'@@pw@@' wawi -e 'select count(*) from bonnen where datum=curdate()'
systemctl restart kees-sync
exit
""", s, pw=s)

add("blind-mg/shell-history/decoy-prompt", "bottling/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
sudo -i
cd /opt/linn
./bin/status --kuerz
mysql -h wawi-replica.caves-musel.local -u linn -p wawi
psql "host=10.40.2.15 dbname=kelleraf user=tankmonitor"
tail -f /var/log/linn/plc.log
exit
""")

s = rand_pw(30)
add("blind-mg/toml/api-key", "eshop/shipping/config.toml", "https://toml.io/en/v1.0.0", """\
# Versand -- Post Luxembourg / DPD
[versand]
standard_transporteur = "post"
gratis_ab_eur = 120

[dpd]
kunden_nummer = "LU-448120"
api_url = "https://api.dpd.example/shipping/v1"
api_key = "@@key@@"

[post]
api_url = "https://api.post.example.lu/colis"
""", s, key=s)

add("blind-mg/toml/decoy-env-reference", "eshop/shipping/config.staging.toml", "https://toml.io/en/v1.0.0", """\
# Staging: all Schlësselen kommen aus dem Environment (DPD_API_KEY, POST_API_KEY)
[versand]
standard_transporteur = "post"
gratis_ab_eur = 120

[dpd]
kunden_nummer = "LU-TEST"
api_url = "https://sandbox.dpd.example/shipping/v1"
api_key = "${DPD_API_KEY}"
""")

s = fakes.github_fine_grained_token(_seed())
add("blind-mg/npmrc/github-packages", "eshop/frontend/.npmrc", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry", """\
@caves-musel:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@tok@@
save-exact=true
fund=false
audit-level=high
""", s, tok=s)

add("blind-mg/npmrc/decoy-env-reference", "nav-ui/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# Token kënnt vun der Pipeline (NODE_AUTH_TOKEN), lokal: npm login
@kbg-bo:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
engine-strict=true
""")

s = npm()
add("blind-mg/yaml/npm-token", "nav-ui/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, publish]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build

publish-widgets:
  stage: publish
  image: node:20
  only: [tags]
  script:
    - echo "//registry.npmjs.org/:_authToken=@@tok@@" > ~/.npmrc
    - npm publish --access public
""", s, tok=s)

s = gitlab()
add("blind-mg/dockerfile/gitlab-token", "nav-engine/Dockerfile", "https://docs.docker.com/reference/dockerfile/", """\
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
# Internen Maven-Repo um GitLab
ENV GITLAB_DEPLOY_TOKEN=@@tok@@
COPY settings.xml /root/.m2/settings.xml
COPY . .
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/nav-engine.jar /app/nav-engine.jar
ENTRYPOINT ["java", "-jar", "/app/nav-engine.jar"]
""", s, tok=s)

add("blind-mg/dockerfile/decoy-build-secret", "ta-feeds/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# pip.conf mam Nexus-Passwuert gëtt als Build-Secret montéiert, landt net am Image
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
USER 10001
CMD ["python", "pull_dealing.py"]
""")

s = rand_pw(12) + "!"
add("blind-mg/xml/maven-settings", "nav-engine/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings>
  <servers>
    <server>
      <id>kbg-nexus</id>
      <username>nav-build</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kbg-nexus</id>
      <url>https://nexus.bo.kirchberg.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""", s, pw=s)

add("blind-mg/xml/decoy-maven-encrypted", "ta-feeds/java/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>kbg-nexus</id>
      <username>ta-build</username>
      <!-- mvn --encrypt-password; Master-Passwuert an ~/.m2/settings-security.xml -->
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=rand_pw(44, "+/") + "=")

s = rand_pw(24)
add("blind-mg/go/redis", "kees/loyalty/cache.go", "https://redis.uptrace.dev/guide/go-redis.html", """\
package loyalty

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// Treiepunkten-Cache fir d'Keesen (Grevenmacher, Wormeldange, Remich)
func NewCache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis.caves-musel.local:6379",
		Password: "@@pw@@",
		DB:       3,
	})
}

func Punkten(ctx context.Context, c *redis.Client, kaart string) (int, error) {
	return c.Get(ctx, "punkten:"+kaart).Int()
}
""", s, pw=s)

add("blind-mg/go/decoy-env-reference", "kees/loyalty/config.go", "https://pkg.go.dev/os#Getenv", """\
package loyalty

import "os"

// Konfiguratioun vum Treiepunkten-Service. REDIS_PASSWORD gëtt vum systemd-Unit gesat.
type Config struct {
	RedisAddr     string
	RedisPassword string
}

func FromEnv() Config {
	return Config{
		RedisAddr:     os.Getenv("REDIS_ADDR"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),
	}
}
""")

s = slack_bot()
add("blind-mg/js/slack-bot", "nav-ui/tools/nav-bot.js", "https://api.slack.com/methods/chat.postMessage", """\
// Klenge Bot: postt all Owend d'NAV-Resultater an #nav-kontroll
const { WebClient } = require('@slack/web-api');

const slack = new WebClient('@@tok@@');

async function post(navs) {
  const lines = navs.map(n => `${n.fund} ${n.shareClass}: ${n.nav.toFixed(4)} ${n.ccy}`);
  await slack.chat.postMessage({ channel: '#nav-kontroll', text: lines.join('\\n') });
}

module.exports = { post };
""", s, tok=s)

add("blind-mg/markdown/decoy-docs-example", "nav-ui/tools/README-bot.md", "https://api.slack.com/authentication/token-types#bot", """\
# nav-bot

De Bot brauch e Bot-Token (`xoxb-...`) mat dem Scope `chat:write`.

```bash
export SLACK_BOT_TOKEN=xoxb-your-bot-token-here
node tools/run-nav-bot.js --date 2026-11-30
```

Den echten Token huet d'IT-Sécherheet (Ticket BO-4412), en ass am Vault ënner `kv/bo/slack`.
""")

s = fakes.openai_key(_seed())
add("blind-mg/python/openai", "kyc/tools/summarise_docs.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"KYC: Resumé vu laangen Dokumenter (Statuten, UBO-Registerauszich) fir den Analyst.
Nëmme mat anonymiséierten Dokumenter benotzen!\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@key@@")

def resume(text: str) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarise for a KYC analyst, in English."},
                  {"role": "user", "content": text[:20000]}],
    )
    return r.choices[0].message.content
""", s, key=s)

add("blind-mg/log/decoy-masked-key", "kyc/logs/summarise_2026-11-28.log", "https://docs.python.org/3/library/logging.html", """\
2026-11-28 09:14:02,118 INFO  summarise_docs: client configured (api_key=sk-proj-****************************7Qa)
2026-11-28 09:14:05,442 INFO  summarise_docs: doc KYC-2026-1187 (14 pages) -> 612 tokens
2026-11-28 09:14:09,903 INFO  summarise_docs: doc KYC-2026-1188 (3 pages) -> 201 tokens
2026-11-28 09:15:31,010 WARNING summarise_docs: doc KYC-2026-1190 not anonymised, skipped
2026-11-28 09:15:31,011 INFO  summarise_docs: done (3 docs, 1 skipped)
""")

s = rand_pw(20)
add("blind-mg/yaml/helm-values", "helm/ta-portal/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 2
image:
  repository: registry.bo.kirchberg.internal/ta-portal
  tag: "4.2.1"
ingress:
  enabled: true
  host: ta-portal.bo.kirchberg.internal
postgresql:
  host: pgta.bo.kirchberg.internal
  database: ta_portal
  username: portal
  password: @@pw@@
resources:
  limits: { cpu: "1", memory: 1Gi }
""", s, pw=s)

add("blind-mg/yaml/decoy-helm-existing-secret", "helm/ta-portal/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
replicaCount: 1
image:
  repository: registry.bo.kirchberg.internal/ta-portal
  tag: ""
postgresql:
  host: ""
  database: ta_portal
  username: portal
  # Passwuert NET hei: existingSecret benotzen (Schlëssel "password")
  password: ""
  existingSecret: ta-portal-db
""")

s = azure_storage_key()
add("blind-mg/env/azure-storage", "reporting/.env.prod", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
# CSSF Reporting Export -> Blob (Archiv 10 Joer)
REPORT_CONTAINER=cssf-exports
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=kbgboreports;AccountKey=@@key@@;EndpointSuffix=core.windows.net"
REPORT_RETENTION_YEARS=10
REPORT_TZ=Europe/Luxembourg
""", s, key=s)

add("blind-mg/env/decoy-azurite", "reporting/.env.local", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#http-connection-strings", """\
# Lokal mat Azurite testen (de Schlëssel ass dee publizéierte Standard-Schlëssel vum Emulator)
REPORT_CONTAINER=cssf-exports
AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
REPORT_RETENTION_YEARS=0
REPORT_TZ=Europe/Luxembourg
""")

s = words_pw()
add("blind-mg/rst/runbook-password", "docs/runbooks/nav-restart.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
NAV-Engine nei starten
======================

Wann d'Bewäertung um 18:00 nach net duerch ass:

1. Op ``bo-nav-01`` aloggen (Benotzer ``navops``).
2. ``sudo systemctl restart nav-engine``
3. An der Oracle-Konsol iwwerpréiwen::

     sqlplus NAV_OPS/@@pw@@@//oradb-nav.bo.kirchberg.internal:1521/NAVPRD

4. De Fund Accounting Bescheed soen (Kanal *NAV Kontroll*).
""", s, pw=s)

add("blind-mg/rst/decoy-runbook-vault", "docs/runbooks/ta-cutoff.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
TA Cut-off verpasst
===================

1. Ticket an ServiceNow (Grupp *BO-TA*).
2. D'Zougangsdaten fir den Distributeur-SFTP sinn am Vault::

     vault kv get -field=password kv/ta/distributor

3. Ni d'Passwuert an de Ticket kopéieren.
4. Den Dealing manuell nei lueden: ``ta-feeds pull --date JJJJMMDD``.
""")

s = rand_pw(16)
add("blind-mg/kotlin/api-key", "kees-app/app/src/main/java/lu/caves/kees/Api.kt", "https://square.github.io/okhttp/", """\
package lu.caves.kees

import okhttp3.OkHttpClient
import okhttp3.Request

// Tablet-App fir d'Degustatioun: liest d'Wäikaart vum Webshop
object Api {
    private const val BASE = "https://shop.caves-musel.lu/api/v1"
    private const val SHOP_API_KEY = "@@key@@"
    private val http = OkHttpClient()

    fun weinkaart(): String {
        val req = Request.Builder().url("$BASE/wines?lang=lb")
            .header("X-Api-Key", SHOP_API_KEY).build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", s, key=s)

add("blind-mg/kotlin/decoy-buildconfig", "kees-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
plugins { id("com.android.application"); kotlin("android") }

android {
    namespace = "lu.caves.kees"
    defaultConfig {
        applicationId = "lu.caves.kees"
        minSdk = 26
        // de Schlëssel kënnt aus local.properties (net am Git)
        buildConfigField("String", "SHOP_API_KEY", "\\"${project.findProperty("shopApiKey") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

s = google_api_key()
add("blind-mg/html/google-maps", "eshop/templates/wee-bei-eis.html", "https://developers.google.com/maps/documentation/javascript/get-api-key", """\
<!doctype html>
<html lang="lb">
<head><meta charset="utf-8"><title>Wéi fannt Dir eis</title></head>
<body>
  <h1>Caves Coopératives -- Grevenmacher</h1>
  <p>Route du Vin, L-6794 Grevenmacher. Parking virun der Kellerei.</p>
  <div id="kaart" style="height:400px"></div>
  <script>
    function initMap() {
      new google.maps.Map(document.getElementById('kaart'), { center: { lat: 49.68, lng: 6.44 }, zoom: 14 });
    }
  </script>
  <script async src="https://maps.googleapis.com/maps/api/js?key=@@key@@&callback=initMap"></script>
</body>
</html>
""", s, key=s)

s = mailgun()
add("blind-mg/php/mailgun", "eshop/src/Mail/OrderConfirmation.php", "https://documentation.mailgun.com/docs/mailgun/sdk/php_sdk/", """\
<?php
namespace Caves\\Shop\\Mail;

use Mailgun\\Mailgun;

final class OrderConfirmation
{
    public function send(string $to, string $html): void
    {
        // Bestellbestätegung -- Domain mg.caves-musel.lu
        $mg = Mailgun::create('@@key@@', 'https://api.eu.mailgun.net');
        $mg->messages()->send('mg.caves-musel.lu', [
            'from'    => 'Buttek <buttek@caves-musel.lu>',
            'to'      => $to,
            'subject' => 'Merci fir Är Bestellung',
            'html'    => $html,
        ]);
    }
}
""", s, key=s)

add("blind-mg/php/decoy-getenv", "eshop/src/Mail/Newsletter.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
namespace Caves\\Shop\\Mail;

use Mailgun\\Mailgun;

final class Newsletter
{
    public static function client(): Mailgun
    {
        $key = getenv('MAILGUN_API_KEY') ?: throw new \\RuntimeException('MAILGUN_API_KEY feelt');
        return Mailgun::create($key, 'https://api.eu.mailgun.net');
    }
}
""")

s = twilio_sid()
tok = hexs(32)
add("blind-mg/python/twilio", "eshop/sms/abholung.py", "https://www.twilio.com/docs/usage/api", """\
# SMS "Är Bestellung läit prett" fir d'Ofhuelen am Buttek
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@tok@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

def prett(tel: str, bestellung: str) -> None:
    client.messages.create(
        to=tel, from_="+352661000777",
        body=f"Moien! Är Bestellung {bestellung} läit am Buttek zu Grevenmacher prett.")
""", tok, sid=s, tok=tok)

add("blind-mg/csv/decoy-hashes", "eshop/export/kunden_login_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
kunden_id,email,passwort_hash,leschte_login
10021,marie.schmit@example.lu,$2y$12$@@h1@@,2026-11-02
10022,jos.weber@example.lu,$2y$12$@@h2@@,2026-11-14
10031,c.hoffmann@example.lu,$2y$12$@@h3@@,2026-10-30
10040,nico.muller@example.lu,$2y$12$@@h4@@,2026-11-21
""", h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"), h4=rand_pw(53, "./"))

s = rand_pw(20)
add("blind-mg/csv/shared-accounts", "docs/it/zougang_lieferanten.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
lieferant;portal;benotzer;passwuert;notiz
Verallia;https://portal.verallia.example;caves.grev;(KeePass);Fläschen
Amorim;https://b2b.amorim.example;cavesmusel;(KeePass);Korken
Etikettendruck Wagner;https://kunden.wagner-druck.example;caves01;@@pw@@;Ettiketten, nei Passwuert 11/2026
Post Luxembourg;https://business.post.example.lu;CAVES-GRV;(KeePass);Versand
""", s, pw=s)

add("blind-mg/csv/decoy-ids", "nav-engine/ref/share_classes.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
fund_code,share_class,isin,ccy,bloomberg_ticker,lei
SICAV1-EQ,A-EUR-ACC,LU2718204461,EUR,KBGEQAA LX,5493001KJTIIGC8Y1R12
SICAV1-EQ,I-EUR-DIS,LU2718204545,EUR,KBGEQID LX,5493001KJTIIGC8Y1R12
SICAV1-BD,A-USD-ACC,LU2718205195,USD,KBGBDAU LX,549300Q7M2X4R8TW5N67
SICAV1-BD,I-CHF-H,LU2718205278,CHF,KBGBDIC LX,549300Q7M2X4R8TW5N67
""")

s = fakes.pypi_token(_seed())
add("blind-mg/pypirc/pypi", "kyc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @@tok@@

[nexus]
repository = https://nexus.bo.kirchberg.internal/repository/pypi-internal/
username = kyc-build
""", s, tok=s)

add("blind-mg/pypirc/decoy-keyring", "nav-ui/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers = nexus

[nexus]
repository = https://nexus.bo.kirchberg.internal/repository/pypi-internal/
username = nav-build
# Passwuert am System-Keyring: keyring set https://nexus.bo.kirchberg.internal nav-build
""")

s = fakes.aws_secret_key(_seed())
add("blind-mg/python/aws-boto", "reporting/upload_cssf.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Luet de monatleche CSSF-Export op de S3 vum Reporting-Partner.\"\"\"
import sys
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@key@@",
)

for path in sys.argv[1:]:
    s3.upload_file(path, "partner-cssf-inbound", f"kbg/{path.rsplit('/', 1)[-1]}")
    print("eropgelueden:", path)
""", s, kid=fakes.aws_key_id(_seed()), key=s)

add("blind-mg/python/decoy-aws-role", "reporting/upload_cssf_v2.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"Nei Versioun: keng Schlësselen méi, mir iwwerhuelen d'Roll vum Partner (STS).\"\"\"
import sys
import boto3

ROLE = "arn:aws:iam::730912445118:role/kbg-cssf-upload"
creds = boto3.client("sts").assume_role(RoleArn=ROLE, RoleSessionName="kbg-reporting")["Credentials"]
s3 = boto3.client("s3", aws_access_key_id=creds["AccessKeyId"],
                  aws_secret_access_key=creds["SecretAccessKey"], aws_session_token=creds["SessionToken"])
for path in sys.argv[1:]:
    s3.upload_file(path, "partner-cssf-inbound", f"kbg/{path.rsplit('/', 1)[-1]}")
""")

s = rand_pw(18)
add("blind-mg/yaml/spring-ldap", "ta-portal/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/data/nosql.html#data.nosql.ldap", """\
server:
  port: 8443
spring:
  ldap:
    urls: ldaps://ad.bo.kirchberg.internal:636
    base: DC=bo,DC=kirchberg,DC=internal
    username: CN=svc-taportal,OU=Service,DC=bo,DC=kirchberg,DC=internal
    password: '@@pw@@'
portal:
  allowed-groups: [BO-TA, BO-TA-Supervisors]
""", s, pw=s)

add("blind-mg/yaml/decoy-spring-placeholder", "ta-portal/src/main/resources/application-local.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
spring:
  ldap:
    urls: ldap://localhost:389
    base: dc=example,dc=org
    username: cn=admin,dc=example,dc=org
    password: ${LDAP_PASSWORD:changeme}
portal:
  allowed-groups: [dev]
""")

s = words_pw()
add("blind-mg/properties/jdbc", "legacy/fa-batch/conf/fa-batch.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html", """\
# Fund Accounting Batch (al, gëtt 2027 ofgeléist)
# Kontakt: Sandrine (FA), Tom (IT)
fa.db.driver=oracle.jdbc.OracleDriver
fa.db.url=jdbc:oracle:thin:@oradb-fa.bo.kirchberg.internal:1521:FAPRD
fa.db.user=FA_BATCH
fa.db.password=@@pw@@
fa.export.dir=/data/fa/export
fa.export.format=CSV
""", s, pw=s)

s = rand_pw(16)
add("blind-mg/yaml/ansible-task", "ansible/roles/kees/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
---
- name: Kees-Software installéieren
  ansible.builtin.apt:
    name: [kees-sync, mariadb-client]
    state: present

- name: Datebankbenotzer fir d'Keess
  community.mysql.mysql_user:
    login_host: wawi-replica.caves-musel.local
    name: "kees_{{ inventory_hostname_short }}"
    password: "@@pw@@"
    priv: "wawi.bonnen:SELECT,INSERT"
    state: present
""", s, pw=s)

add("blind-mg/yaml/decoy-ansible-lookup", "ansible/roles/linn/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
---
- name: Linn-Konfiguratioun schreiwen
  ansible.builtin.template:
    src: linn.conf.j2
    dest: /etc/linn/linn.conf
    mode: "0600"
  vars:
    plc_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/linn/plc:password') }}"

- name: Linn nei starten
  ansible.builtin.systemd: { name: linn, state: restarted }
""")

s = fakes.fake_pem(_seed(), "").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n")
add("blind-mg/json/firebase-sa", "kees-app/firebase/service-account.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """\
{
  "type": "service_account",
  "project_id": "caves-kees-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "firebase-adminsdk-q2x7h@caves-kees-app.iam.gserviceaccount.com",
  "client_id": "104829361107745290113",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", s, kid=hexs(40), key=s + "\\n")

s = rand_pw(22)
add("blind-mg/pgpass/postgres", "kelleraf/deploy/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# ~/.pgpass vum Backup-Benotzer (chmod 600)
# hostname:port:database:username:password
10.40.2.15:5432:kelleraf:backup:@@pw@@
10.40.2.15:5432:kelleraf_archiv:backup:*
localhost:5432:*:postgres:*
""", s, pw=s)

s = words_pw()
add("blind-mg/netrc/ftp", "bottling/deploy/netrc", "https://everything.curl.dev/usingcurl/netrc.html", """\
# Ettiketten-Drécker (FTP vum Wagner-Druck) -- Dateie fir d'Jorgangsettiketten
machine ftp.wagner-druck.example
  login caves_etik
  password @@pw@@

machine ftp.caves-musel.lu
  login anonymous
  password gast@
""", s, pw=s)

auth = "caves-ci:" + rand_pw(20)
s = b64(auth)
add("blind-mg/json/docker-config", "eshop/deploy/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.caves-musel.lu": {
      "auth": "@@auth@@"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0 (linux)"
  }
}
""", s, auth=s)

add("blind-mg/json/decoy-docker-credhelper", "nav-engine/deploy/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "registry.bo.kirchberg.internal": {}
  },
  "credHelpers": {
    "registry.bo.kirchberg.internal": "secretservice"
  },
  "credsStore": "secretservice"
}
""")

s = rand_pw(43, "-_")
add("blind-mg/kubeconfig/token", "ops/kube/bo-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
- name: bo-prod
  cluster:
    server: https://api.ocp-bo.kirchberg.internal:6443
    certificate-authority: /etc/pki/kbg/ocp-ca.crt
users:
- name: ci-deployer
  user:
    token: sha256~@@tok@@
contexts:
- name: bo-prod
  context: { cluster: bo-prod, user: ci-deployer, namespace: bo-nav }
current-context: bo-prod
""", "sha256~" + s, tok=s)

add("blind-mg/kubeconfig/decoy-exec-plugin", "ops/kube/bo-uat.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
- name: bo-uat
  cluster:
    server: https://api.ocp-bo-uat.kirchberg.internal:6443
users:
- name: me
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: oc
      args: ["whoami", "--show-token"]
contexts:
- name: bo-uat
  context: { cluster: bo-uat, user: me }
current-context: bo-uat
""")

s = rand_pw(20)
add("blind-mg/rust/smtp", "kees/bonnen-mailer/src/main.rs", "https://docs.rs/lettre/latest/lettre/", """\
// Schéckt den Dagesofschloss vun all Keess un d'Comptabilitéit
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

fn main() {
    let mail = Message::builder()
        .from("keess@caves-musel.lu".parse().unwrap())
        .to("compta@caves-musel.lu".parse().unwrap())
        .subject("Dagesofschloss")
        .body(std::fs::read_to_string("/var/kees/ofschloss.txt").unwrap())
        .unwrap();
    let creds = Credentials::new("keess@caves-musel.lu".to_owned(), "@@pw@@".to_owned());
    let smtp = SmtpTransport::relay("smtp.office365.com").unwrap().credentials(creds).build();
    smtp.send(&mail).expect("Mail net fortgaang");
}
""", s, pw=s)

add("blind-mg/rust/decoy-env", "kees/bonnen-mailer/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

/// SMTP-Zougang; SMTP_PASSWORD gëtt vum systemd-Credential gelies (LoadCredential=)
pub struct Smtp { pub user: String, pub password: String }

pub fn smtp() -> Smtp {
    Smtp {
        user: env::var("SMTP_USER").unwrap_or_else(|_| "keess@caves-musel.lu".into()),
        password: env::var("SMTP_PASSWORD").expect("SMTP_PASSWORD net gesat"),
    }
}
""")

s = rand_pw(24)
add("blind-mg/swift/api-key", "kees-ios/Kees/ShopClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """\
import Foundation

/// iPad-App fir de Buttek zu Remich
struct ShopClient {
    static let baseURL = URL(string: "https://shop.caves-musel.lu/api/v1")!
    private static let apiKey = "@@key@@"

    func stock(for sku: String) async throws -> Int {
        var req = URLRequest(url: Self.baseURL.appendingPathComponent("stock/\\(sku)"))
        req.setValue(Self.apiKey, forHTTPHeaderField: "X-Api-Key")
        let (data, _) = try await URLSession.shared.data(for: req)
        return try JSONDecoder().decode(Int.self, from: data)
    }
}
""", s, key=s)

add("blind-mg/swift/decoy-keychain", "kees-ios/Kees/Secrets.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Foundation
import Security

/// Liest den API-Schlëssel aus dem Keychain (gëtt beim Enrollment vum MDM gesat)
enum Secrets {
    static func apiKey() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: "lu.caves.kees.shop",
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""")

s = rand_pw(19)
add("blind-mg/csharp/connection-string", "ta/TaRecon/Program.cs", "https://learn.microsoft.com/en-us/dotnet/api/microsoft.data.sqlclient.sqlconnection.connectionstring", """\
using Microsoft.Data.SqlClient;

// Ofstëmmung Register vs. Custodian-Positiounen (all Dag 07:30)
var cs = "Server=sqlta.bo.kirchberg.internal;Database=TaRecon;User ID=recon_svc;Password=@@pw@@;Encrypt=True";
using var conn = new SqlConnection(cs);
conn.Open();
using var cmd = new SqlCommand("EXEC dbo.usp_Reconcile @AsOf", conn);
cmd.Parameters.AddWithValue("@AsOf", DateTime.Today.AddDays(-1));
var diff = (int)cmd.ExecuteScalar();
Console.WriteLine($"Differenzen: {diff}");
""", s, pw=s)

add("blind-mg/xml/decoy-integrated-security", "ta/TaRecon/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Windows-Authentifikatioun (gMSA svc-tarecon$), kee Passwuert -->
    <add name="TaRecon" connectionString="Server=sqlta.bo.kirchberg.internal;Database=TaRecon;Integrated Security=SSPI;Encrypt=True" />
  </connectionStrings>
</configuration>
""")

s = jwt_hs()
add("blind-mg/http/bearer", "nav-ui/api-tests/nav.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### NAV fir e Fonds ofruffen (Prod!)
GET https://nav-api.bo.kirchberg.internal/v2/funds/SICAV1-EQ/nav?date=2026-11-30
Accept: application/json
Authorization: Bearer @@tok@@

### Share-Klassen
GET https://nav-api.bo.kirchberg.internal/v2/funds/SICAV1-EQ/classes
Authorization: Bearer @@tok@@
""", s, tok=s)

add("blind-mg/http/decoy-variable", "nav-ui/api-tests/nav-uat.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### NAV (UAT) -- Token aus http-client.private.env.json (net am Git)
GET {{baseUrl}}/v2/funds/SICAV1-EQ/nav?date=2026-11-30
Accept: application/json
Authorization: Bearer {{navToken}}

### Share-Klassen
GET {{baseUrl}}/v2/funds/SICAV1-EQ/classes
Authorization: Bearer {{navToken}}
""")

s = rand_pw(20)
add("blind-mg/notebook/postgres", "reporting/notebooks/rendement_jorgang.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Rendement pro Lag a Jorgang (fir d'Generalversammlung)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg2://analyse:@@pw@@@10.40.2.15/kelleraf')\\n",
    "df = pd.read_sql('select lag, jorgang, sum(liter) liter from ernte group by 1,2', eng)\\n",
    "df.pivot(index='lag', columns='jorgang', values='liter')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s, pw=s)

add("blind-mg/notebook/decoy-getpass", "reporting/notebooks/ernte_2026.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('Passwuert fir analyse: ')\\n",
    "eng = create_engine(f'postgresql+psycopg2://analyse:{pw}@10.40.2.15/kelleraf')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

s = rand_pw(16, "#!")
add("blind-mg/log/connection-url", "kelleraf/logs/backup-2026-11-30.log", "https://www.postgresql.org/docs/current/app-pgdump.html", """\
[2026-11-30 02:00:01] backup start (kelleraf)
[2026-11-30 02:00:01] cmd: pg_dump --dbname=postgresql://backup:@@pw@@@10.40.2.15:5432/kelleraf -Fc -f /backup/kelleraf_20261130.dump
[2026-11-30 02:03:44] dump ok (412 MB)
[2026-11-30 02:03:45] rsync -> nas-grev:/backup/postgres/ ok
[2026-11-30 02:03:46] backup fäerdeg
""", s, pw=s)

add("blind-mg/log/decoy-masked", "kelleraf/logs/backup-2026-12-01.log", "https://www.postgresql.org/docs/current/app-pgdump.html", """\
[2026-12-01 02:00:01] backup start (kelleraf)
[2026-12-01 02:00:01] cmd: pg_dump --dbname=postgresql://backup:********@10.40.2.15:5432/kelleraf -Fc -f /backup/kelleraf_20261201.dump
[2026-12-01 02:03:51] dump ok (413 MB), sha256=@@h@@
[2026-12-01 02:03:52] rsync -> nas-grev:/backup/postgres/ ok
[2026-12-01 02:03:53] backup fäerdeg
""", h=sha256ish())

s = words_pw()
add("blind-mg/markdown/handover-note", "docs/notes/iwwergab-marc.md", "https://www.markdownguide.org/basic-syntax/", """\
# Iwwergab Marc -> Lena (Dezember)

- D'Kellerafsensoren lafen um `kelleraf01`, Backup all Nuecht 02:00.
- Admin vum NAS (nas-grev): Benotzer `admin`, Passwuert @@pw@@ -- w.e.g. no der Iwwergab änneren!
- Router: steet am KeePass.
- Ettiketten-Drécker: Wagner-Druck rufft all Mount un, d'Datei leeft iwwer FTP.

Bei Froen: marc@caves-musel.lu (bis 20.12.)
""", s, pw=s)

add("blind-mg/markdown/decoy-keepass-refs", "docs/notes/iwwergab-lena.md", "https://www.markdownguide.org/basic-syntax/", """\
# Iwwergab Lena -> neien IT-Prestataire

| System | Benotzer | Passwuert |
|---|---|---|
| NAS nas-grev | admin | KeePass: `Infra/NAS` (geännert 21.12.) |
| Router | admin | KeePass: `Infra/Router` |
| WaWi SQL | sa | gëtt net méi benotzt, deaktivéiert |
| Webshop Admin | lena | persoinlech, gëtt geläscht |

D'KeePass-Datei läit um Share `\\\\nas-grev\\it$`, Master-Passwuert huet de Direkter am Safe.
""")

s = rand_pw(32)
add("blind-mg/yaml/k8s-env-literal", "openshift/ta-portal/deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ta-portal
  namespace: bo-ta
spec:
  replicas: 2
  selector: { matchLabels: { app: ta-portal } }
  template:
    metadata: { labels: { app: ta-portal } }
    spec:
      containers:
        - name: portal
          image: registry.bo.kirchberg.internal/ta-portal:4.2.1
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: PORTAL_SESSION_SECRET
              value: "@@sec@@"
            - name: LDAP_PASSWORD
              valueFrom: { secretKeyRef: { name: ta-portal-ldap, key: password } }
""", s, sec=s)

add("blind-mg/yaml/decoy-k8s-secretkeyref", "openshift/nav-engine/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: nav-engine, namespace: bo-nav }
spec:
  replicas: 1
  selector: { matchLabels: { app: nav-engine } }
  template:
    metadata: { labels: { app: nav-engine } }
    spec:
      containers:
        - name: engine
          image: registry.bo.kirchberg.internal/nav-engine:7.0.3
          envFrom:
            - secretRef: { name: nav-engine-db }
          env:
            - name: NAV_DB_PASSWORD
              valueFrom: { secretKeyRef: { name: nav-engine-db, key: NAV_DB_PASSWORD } }
""")

s = rand_pw(24)
add("blind-mg/k8s-secret/stringdata", "openshift/kyc/secret-worldcheck.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#creating-a-secret", """\
apiVersion: v1
kind: Secret
metadata:
  name: kyc-screening
  namespace: bo-kyc
type: Opaque
stringData:
  SCREENING_API_URL: https://api.screening-vendor.example/v2
  SCREENING_API_KEY: @@key@@
  SCREENING_GROUP: kbg-bo
""", s, key=s)

add("blind-mg/k8s-secret/decoy-empty-data", "openshift/kyc/secret-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# Schabloun: gëtt vum External Secrets Operator gefëllt, hei bleift alles eidel
apiVersion: v1
kind: Secret
metadata:
  name: kyc-screening
  namespace: bo-kyc
type: Opaque
data:
  SCREENING_API_KEY: ""
  SCREENING_GROUP: ""
""")

add("blind-mg/yaml/decoy-external-secret", "openshift/kyc/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kyc-screening
  namespace: bo-kyc
spec:
  refreshInterval: 1h
  secretStoreRef: { name: vault-bo, kind: ClusterSecretStore }
  target: { name: kyc-screening }
  data:
    - secretKey: SCREENING_API_KEY
      remoteRef: { key: kv/bo/kyc/screening, property: api_key }
""")

s = rand_pw(18)
add("blind-mg/groovy/jenkins", "legacy/fa-batch/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
    agent { label 'bo-linux' }
    triggers { cron('H 19 * * 1-5') }
    stages {
        stage('FA Export') {
            steps {
                sh '''
                  java -jar fa-batch.jar --export \\
                    --db-user FA_BATCH --db-pass '@@pw@@' \\
                    --out /data/fa/export/$(date +%Y%m%d)
                '''
            }
        }
    }
    post { failure { mail to: 'bo-it@kbg-fundadmin.lu', subject: 'FA Export feelgeschloen', body: env.BUILD_URL } }
}
""", s, pw=s)

add("blind-mg/groovy/decoy-credentials-binding", "nav-engine/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", """\
pipeline {
    agent { label 'bo-linux' }
    stages {
        stage('Build') { steps { sh 'mvn -B package' } }
        stage('Deploy UAT') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nav-uat-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS')]) {
                    sh './deploy.sh uat "$DB_USER" "$DB_PASS"'
                }
            }
        }
    }
}
""")

s = rand_pw(20)
add("blind-mg/shell/here-doc", "kelleraf/deploy/install.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/sh
# Installéiert de Kelleraf-Dingscht op engem neie Raspberry am Keller
set -e
apt-get install -y python3-paho-mqtt python3-psycopg2
mkdir -p /etc/kelleraf
cat > /etc/kelleraf/mqtt.env <<EOF
MQTT_HOST=mqtt.keller.caves-musel.lu
MQTT_USER=tankbridge
MQTT_PASSWORD=@@pw@@
EOF
chmod 600 /etc/kelleraf/mqtt.env
systemctl enable --now kelleraf-bridge
""", s, pw=s)

s = rand_pw(24)
add("blind-mg/conf/mosquitto", "kelleraf/mosquitto/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Bréck vum Keller-Broker (Wormeldange) op den zentrale Broker zu Grevenmacher
connection wormer-grev
address mqtt.keller.caves-musel.lu:8883
topic keller/# out 1 "" wormer/
remote_username bridge_wormer
remote_password @@pw@@
bridge_cafile /etc/mosquitto/certs/caves-ca.crt
try_private true
cleansession false
""", s, pw=s)

add("blind-mg/conf/decoy-mosquitto-passwd", "kelleraf/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
tankbridge:$7$101$@@s1@@$@@h1@@
bridge_wormer:$7$101$@@s2@@$@@h2@@
kelleraf-ro:$7$101$@@s3@@$@@h3@@
grafana:$7$101$@@s4@@$@@h4@@
kellermeeschter:$7$101$@@s5@@$@@h5@@
""", s1=rand_pw(16, "+/"), h1=rand_pw(86, "+/") + "==", s2=rand_pw(16, "+/"), h2=rand_pw(86, "+/") + "==",
    s3=rand_pw(16, "+/"), h3=rand_pw(86, "+/") + "==", s4=rand_pw(16, "+/"), h4=rand_pw(86, "+/") + "==",
    s5=rand_pw(16, "+/"), h5=rand_pw(86, "+/") + "==")

s = rand_pw(22)
add("blind-mg/ini/grafana", "kelleraf/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """\
[server]
domain = keller-dashboard.caves-musel.lu
root_url = https://%(domain)s/

[database]
type = postgres
host = 10.40.2.15:5432
name = grafana
user = grafana
password = \"\"\"@@pw@@\"\"\"

[security]
admin_user = admin
disable_gravatar = true
""", s, pw=s)

add("blind-mg/ini/decoy-grafana-env", "kelleraf/grafana/grafana.dev.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """\
[database]
type = postgres
host = localhost:5432
name = grafana
user = grafana
password = $__env{GF_DATABASE_PASSWORD}

[security]
admin_password = $__file{/run/secrets/grafana_admin}
""")

s = "https://discord.com/api/webhooks/" + str(_rng().randint(10**17, 10**18)) + "/" + rand_pw(68, "_-")
add("blind-mg/python/discord-webhook", "eshop/jobs/bestand_warnung.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
# Warnt d'Equipe vum Buttek wann e Wäin ënner 24 Fläschen am Stock ass
import requests
from shop.db import stock_low

WEBHOOK = "@@hook@@"

for sku, name, qty in stock_low(24):
    requests.post(WEBHOOK, json={"content": f"Nëmme nach {qty} Fl. vum {name} ({sku})"}, timeout=5)
""", s, hook=s)

s = rand_pw(32)
add("blind-mg/php/wordpress", "site/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/** Site vun der Cave (www.caves-musel.lu) */
define( 'DB_NAME', 'wp_caves' );
define( 'DB_USER', 'wp_caves' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'cv_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'lb_LU' );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", s, pw=s)

add("blind-mg/php/decoy-wp-sample", "site/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

s = fakes.django_secret_key(_seed())
add("blind-mg/python/django", "kyc/kycportal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["kyc.bo.kirchberg.internal"]
SECRET_KEY = "@@key@@"
CSRF_TRUSTED_ORIGINS = ["https://kyc.bo.kirchberg.internal"]
SESSION_COOKIE_SECURE = True
LANGUAGE_CODE = "fr-lu"
TIME_ZONE = "Europe/Luxembourg"
""", s, key=s)

add("blind-mg/python/decoy-django-test", "kyc/kycportal/settings/test.py", "https://docs.djangoproject.com/en/5.0/topics/testing/", """\
from .base import *  # noqa

# Nëmme fir pytest; net geheim
SECRET_KEY = "django-insecure-test-only-not-a-secret"
DEBUG = True
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
""")

s = rand_pw(20)
add("blind-mg/yaml/rails-database-erb", "eshop/legacy-b2b/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5

development:
  <<: *default
  database: b2b_dev

production:
  <<: *default
  host: wawi-replica.caves-musel.local
  database: b2b_haendler
  username: b2b
  password: <%= ENV.fetch("B2B_DB_PASSWORD", "@@pw@@") %>
""", s, pw=s)

add("blind-mg/yaml/decoy-rails-credentials", "eshop/legacy-b2b/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """\
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# Rechnungen vun den Händler (PDF) -- Schlësselen an config/credentials.yml.enc
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-central-1
  bucket: caves-b2b-rechnungen
""")

s = hexs(32)
add("blind-mg/systemd/rails-master-key", "eshop/legacy-b2b/deploy/b2b.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """\
[Unit]
Description=B2B-Portal fir d'Händler (Rails)
After=network.target

[Service]
User=b2b
WorkingDirectory=/srv/b2b/current
Environment=RAILS_ENV=production
Environment=RAILS_MASTER_KEY=@@k@@
ExecStart=/usr/local/bin/bundle exec puma -C config/puma.rb
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", s, k=s)

add("blind-mg/systemd/decoy-load-credential", "kees/deploy/bonnen-mailer.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Dagesofschloss-Mailer (Keess)

[Service]
Type=oneshot
User=kees
LoadCredential=smtp_password:/etc/kees/credentials/smtp_password
Environment=SMTP_USER=keess@caves-musel.lu
ExecStart=/opt/kees/bin/bonnen-mailer
""")

s = rand_pw(26)
add("blind-mg/yaml/docker-compose-redis", "kees/loyalty/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """\
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@pw@@"]
    ports: ["6379:6379"]
    volumes: [redisdata:/data]
  loyalty:
    build: .
    environment:
      REDIS_ADDR: redis:6379
    depends_on: [redis]
volumes:
  redisdata: {}
""", s, pw=s)

s = fakes.redis_password(_seed())
add("blind-mg/python/redis-url", "eshop/jobs/session_cleanup.py", "https://redis-py.readthedocs.io/en/stable/connections.html#redis.Redis.from_url", """\
# All Nuecht: al Kuerf-Sessiounen aus dem Redis läschen (méi al wéi 14 Deeg)
import redis

r = redis.Redis.from_url("rediss://:@@pw@@@redis.caves-musel.local:6380/1")

geläscht = 0
for key in r.scan_iter("kuerf:*"):
    if r.object("idletime", key) > 14 * 86400:
        r.delete(key)
        geläscht += 1
print("geläscht:", geläscht)
""", s, pw=s)

s = rand_pw(24)
add("blind-mg/yaml/prometheus", "kelleraf/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: kelleraf
    static_configs:
      - targets: ["kelleraf01:9100", "kelleraf02:9100"]
  - job_name: linn-plc
    scheme: https
    basic_auth:
      username: prometheus
      password: @@pw@@
    static_configs:
      - targets: ["linn-gw.caves-musel.local:9443"]
""", s, pw=s)

add("blind-mg/yaml/decoy-prometheus-file", "nav-engine/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 15s
scrape_configs:
  - job_name: nav-engine
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/nav-engine
    static_configs:
      - targets: ["bo-nav-01:8443", "bo-nav-02:8443"]
""")

s = rand_pw(40, "/+")
add("blind-mg/yaml/alertmanager-smtp", "kelleraf/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#email_config", """\
global:
  smtp_smarthost: smtp.office365.com:587
  smtp_from: keller-alarm@caves-musel.lu
  smtp_auth_username: keller-alarm@caves-musel.lu
  smtp_auth_password: '@@pw@@'
route:
  receiver: kellermeeschter
receivers:
  - name: kellermeeschter
    email_configs:
      - to: kellermeeschter@caves-musel.lu
""", s, pw=s)

s = rand_pw(20)
add("blind-mg/powershell/pscredential", "ops/scripts/Export-RegisterToCssf.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# Exportéiert de Register fir de CSSF (U1.1) a leet en op de Share vum Reporting
$user = 'BO\\svc-reporting'
$pass = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name R -PSProvider FileSystem -Root '\\\\fs-bo01\\reporting$' -Credential $cred | Out-Null
Invoke-Sqlcmd -ServerInstance sqlta.bo.kirchberg.internal -Database TaRecon -Query 'EXEC rpt.usp_U11' |
    Export-Csv -Path "R:\\cssf\\U11_$(Get-Date -Format yyyyMM).csv" -NoTypeInformation -Delimiter ';'
Remove-PSDrive R
""", s, pw=s)

add("blind-mg/powershell/decoy-clixml", "ops/scripts/Export-NavToPartner.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/import-clixml", """\
# Credential gëtt mat DPAPI verschlësselt (nëmmen dee selwechte Benotzer op der selwechter Maschinn kann et liesen)
#   Get-Credential | Export-Clixml C:\\ops\\cred\\partner-sftp.xml
$cred = Import-Clixml -Path 'C:\\ops\\cred\\partner-sftp.xml'
$session = New-WinSCPSession -SessionOption (New-WinSCPSessionOption -HostName sftp.partner.example -Credential $cred -Protocol Sftp -GiveUpSecurityAndAcceptAnySshHostKey)
Send-WinSCPItem -WinSCPSession $session -LocalPath 'D:\\nav\\out\\*.csv' -RemotePath '/in/'
Remove-WinSCPSession -WinSCPSession $session
""")

s = fakes.aws_session_token(_seed())
add("blind-mg/env/aws-session", "reporting/.env.partner-s3", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
# temporär Schlësselen vum Partner (gëllen 12h) -- just fir den Test vum 28.11.
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@tok@@
AWS_DEFAULT_REGION=eu-west-1
""", (sk := fakes.aws_secret_key(_seed())), kid=fakes.aws_key_id(_seed())[4:], sk=sk, tok=s)

s = rand_pw(20)
add("blind-mg/yaml/gitlab-ci-variable", "reporting/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
variables:
  REPORT_DB_HOST: pgta.bo.kirchberg.internal
  REPORT_DB_USER: ta_report
  REPORT_DB_PASSWORD: "@@pw@@"

stages: [test, export]

test:
  image: python:3.12
  script: [pip install -r requirements.txt, pytest -q]

export-u11:
  stage: export
  image: python:3.12
  when: manual
  script: [python -m reporting.u11 --month last]
""", s, pw=s)

add("blind-mg/yaml/decoy-gitlab-masked", "kyc/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
# SCREENING_API_KEY an KYC_DB_PASSWORD sinn als "masked + protected" Variabelen am Projet definéiert
stages: [test, deploy]

test:
  image: python:3.12
  variables:
    KYC_DB_PASSWORD: $KYC_DB_PASSWORD
  script: [pip install -r requirements.txt, pytest -q]

deploy:
  stage: deploy
  script: [oc apply -f openshift/kyc/]
  only: [main]
""")

s = rand_pw(18)
add("blind-mg/java/jdbc-code", "legacy/fa-batch/src/main/java/lu/kbg/fa/Export.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """\
package lu.kbg.fa;

import java.sql.Connection;
import java.sql.DriverManager;

/** Alen Export vum Fund Accounting (ersat duerch nav-engine am Q2). */
public class Export {
    private static final String URL = "jdbc:oracle:thin:@oradb-fa.bo.kirchberg.internal:1521:FAPRD";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "FA_EXPORT", "@@pw@@")) {
            new PositionsExport(c).run(args.length > 0 ? args[0] : "/data/fa/export");
        }
    }
}
""", s, pw=s)

add("blind-mg/java/decoy-test-container", "nav-engine/src/test/java/lu/kbg/nav/NavRepositoryIT.java", "https://java.testcontainers.org/modules/databases/oraclexe/", """\
package lu.kbg.nav;

import org.junit.jupiter.api.Test;
import org.testcontainers.oracle.OracleContainer;

class NavRepositoryIT {
    // Wegwerf-Container fir den Integratiounstest, Passwuert ass egal
    static OracleContainer ora = new OracleContainer("gvenzl/oracle-free:23-slim")
            .withUsername("nav_test").withPassword("test");

    @Test
    void laadtNav() { /* ... */ }
}
""")

s = words_pw()
add("blind-mg/email/password-mail", "docs/notes/mail-neie-benotzer.eml", "https://www.rfc-editor.org/rfc/rfc5322", """\
From: IT Caves <it@caves-musel.lu>
To: lena.kieffer@caves-musel.lu
Subject: Däin Zougang fir d'Warenwirtschaft
Date: Mon, 16 Nov 2026 08:12:44 +0100
Content-Type: text/plain; charset=utf-8

Moien Lena,

däi Benotzer fir d'WaWi ass "lkieffer", Startpasswuert: @@pw@@
W.e.g. beim éischten Aloggen änneren.

Schéine Gruss
Marc
""", s, pw=s)

s = rand_pw(46, "-_")
add("blind-mg/cfg/rclone", "bottling/deploy/rclone.conf", "https://rclone.org/webdav/", """\
[nextcloud-caves]
type = webdav
url = https://cloud.caves-musel.lu/remote.php/dav/files/linn-export/
vendor = nextcloud
user = linn-export
# mat "rclone obscure" gemaach (ass NET verschlësselt, just verstoppt)
pass = @@pw@@

[nas]
type = sftp
host = nas-grev
user = backup
key_file = ~/.ssh/id_ed25519_backup
""", s, pw=s)

add("blind-mg/cfg/decoy-rclone-obscured", "kelleraf/deploy/rclone.conf", "https://rclone.org/commands/rclone_obscure/", """\
[nas]
type = sftp
host = nas-grev
user = backup
key_file = ~/.ssh/id_ed25519_backup
# kee Passwuert, nëmmen de Schlësselfichier (deen ass net am Repo)

[nextcloud-caves]
type = webdav
url = https://cloud.caves-musel.lu/remote.php/dav/files/kelleraf/
user = kelleraf
pass =
""")

s = rand_pw(30)
add("blind-mg/python/api-header", "kyc/screening/client.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers", """\
\"\"\"Client fir den Sanktiouns-Screening (Investoren an UBOs).\"\"\"
import requests

SESSION = requests.Session()
SESSION.headers.update({
    "Accept": "application/json",
    "X-API-Key": "@@key@@",
})

def screen(name: str, birth: str | None = None) -> dict:
    r = SESSION.post("https://api.screening-vendor.example/v2/cases",
                     json={"name": name, "dob": birth, "groupId": "kbg-bo"}, timeout=30)
    r.raise_for_status()
    return r.json()
""", s, key=s)

add("blind-mg/python/decoy-mock-key", "kyc/screening/test_client.py", "https://docs.python.org/3/library/unittest.mock.html", """\
from unittest import mock

from screening import client


@mock.patch.object(client.SESSION, "post")
def test_screen_schéckt_numm(post):
    post.return_value.json.return_value = {"caseId": "C-1", "matches": []}
    client.SESSION.headers["X-API-Key"] = "dummy-key-for-tests"
    assert client.screen("Jean Dupont")["matches"] == []
    assert post.call_args.kwargs["json"]["name"] == "Jean Dupont"
""")

s = rand_pw(20)
add("blind-mg/vba/access-odbc", "legacy/excel/NavBericht.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-a-connection", """\
Attribute VB_Name = "NavBericht"
' Zitt d'NAV-Zuelen an d'Excel-Tabell "Bericht" (vum Fund Accounting benotzt)
Sub NavLueden()
    Dim cn As New ADODB.Connection, rs As New ADODB.Recordset
    cn.Open "Provider=OraOLEDB.Oracle;Data Source=NAVPRD;User Id=NAV_RO;Password=@@pw@@;"
    rs.Open "SELECT fund_code, share_class, nav FROM nav_daily WHERE nav_date = TRUNC(SYSDATE)-1", cn
    Sheets("Bericht").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub
""", s, pw=s)

s = rand_pw(16)
add("blind-mg/bat/net-use", "legacy/scripts/map_drives.cmd", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", """\
@echo off
rem Lafwierker fir d'Keess-PCen am Buttek (gëtt beim Login gestart)
net use K: \\\\nas-grev\\kees /user:CAVES\\kees-share @@pw@@ /persistent:yes
net use P: \\\\nas-grev\\public /persistent:yes
echo Lafwierker verbonnen.
""", s, pw=s)

add("blind-mg/bat/decoy-prompt", "legacy/scripts/map_drives_buero.cmd", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", """\
@echo off
rem Büro: Windows-Login gëtt benotzt, kee Passwuert hei
net use S: \\\\nas-grev\\buero /persistent:yes
net use P: \\\\nas-grev\\public /persistent:yes
net use X: \\\\nas-grev\\compta /user:CAVES\\%USERNAME% *
echo Fäerdeg.
""")

s = rand_pw(22)
add("blind-mg/typescript/api-config", "nav-ui/src/environments/environment.prod.ts", "https://angular.dev/tools/cli/environments", """\
// Prod-Build vum NAV-Dashboard
export const environment = {
  production: true,
  apiBase: 'https://nav-api.bo.kirchberg.internal/v2',
  pricingApiKey: '@@key@@',
  defaultFund: 'SICAV1-EQ',
  locale: 'fr-LU',
};
""", s, key=s)

add("blind-mg/typescript/decoy-environment", "nav-ui/src/environments/environment.ts", "https://angular.dev/tools/cli/environments", """\
// Dev: keng Schlësselen am Frontend -- de Proxy setzt den Header (proxy.conf.js)
export const environment = {
  production: false,
  apiBase: '/api/v2',
  pricingApiKey: '',
  defaultFund: 'SICAV1-EQ',
  locale: 'fr-LU',
};
""")

s = rand_pw(36)
add("blind-mg/js/proxy-header", "nav-ui/proxy.conf.js", "https://angular.dev/tools/cli/serve#proxying-to-a-backend-server", """\
// Lokal Entwécklung: de Proxy setzt den Token fir d'UAT-API
module.exports = {
  '/api': {
    target: 'https://nav-api-uat.bo.kirchberg.internal',
    secure: false,
    changeOrigin: true,
    pathRewrite: { '^/api': '' },
    headers: { Authorization: 'Token @@tok@@' },
  },
};
""", s, tok=s)

s = rand_pw(20)
add("blind-mg/yaml/airflow-conn", "reporting/airflow/connections.yaml", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#exporting-connections-from-the-cli", """\
ta_postgres:
  conn_type: postgres
  host: pgta.bo.kirchberg.internal
  schema: transfer_agency
  login: airflow_ta
  password: @@pw@@
  port: 5432
fa_oracle:
  conn_type: oracle
  host: oradb-fa.bo.kirchberg.internal
  login: FA_RO
  password: null
  port: 1521
""", s, pw=s)

s = rand_pw(20)
add("blind-mg/env/airflow-uri", "reporting/airflow/.env", "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", """\
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW_CONN_FA_ORACLE=oracle://FA_RO:@@pw@@@oradb-fa.bo.kirchberg.internal:1521/FAPRD
AIRFLOW__WEBSERVER__DEFAULT_UI_TIMEZONE=Europe/Luxembourg
AIRFLOW_UID=50000
""", s, pw=s)

add("blind-mg/python/decoy-airflow-hook", "reporting/airflow/dags/u11_export.py", "https://airflow.apache.org/docs/apache-airflow-providers-postgres/stable/connections/postgres.html", """\
from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.hooks.postgres import PostgresHook
from airflow.operators.python import PythonOperator


def export_u11(**ctx):
    hook = PostgresHook(postgres_conn_id="ta_postgres")  # Zougang an der Airflow-Connection
    df = hook.get_pandas_df("select * from rpt.v_register_holdings")
    df.to_csv(f"/data/cssf/U11_{ctx['ds_nodash']}.csv", sep=";", index=False)


with DAG("u11_export", start_date=datetime(2026, 1, 1), schedule="0 6 1 * *", catchup=False):
    PythonOperator(task_id="export", python_callable=export_u11)
""")

s = rand_pw(28)
add("blind-mg/xml/tomcat-users", "legacy/ta-webapp/conf/tomcat-users.xml", "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- Deploy vum Jenkins aus -->
  <role rolename="manager-script"/>
  <user username="jenkins-deploy" password="@@pw@@" roles="manager-script"/>
</tomcat-users>
""", s, pw=s)

add("blind-mg/xml/decoy-tomcat-digest", "legacy/ta-webapp/conf/tomcat-users.prod.xml", "https://tomcat.apache.org/tomcat-9.0-doc/realm-howto.html#Digested_Passwords", """\
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- Passwierder als SHA-256 Digest (digest.sh -a SHA-256), CredentialHandler am server.xml -->
  <role rolename="manager-script"/>
  <user username="jenkins-deploy" password="@@h1@@$1$@@h2@@" roles="manager-script"/>
</tomcat-users>
""", h1=hexs(32), h2=sha256ish())

s = rand_pw(18)
add("blind-mg/yaml/ansible-inventory", "ansible/inventory/keller.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
all:
  children:
    keller:
      hosts:
        kelleraf01: { ansible_host: 10.40.2.21 }
        kelleraf02: { ansible_host: 10.40.2.22 }
      vars:
        ansible_user: pi
        ansible_password: "@@pw@@"
        ansible_become: true
    buttek:
      hosts:
        kees-grev: { ansible_host: 10.40.5.11 }
""", s, pw=s)

s = rand_pw(20)
add("blind-mg/yaml/nextcloud-compose", "infra/nextcloud/docker-compose.yml", "https://hub.docker.com/_/nextcloud", """\
services:
  nextcloud:
    image: nextcloud:29-apache
    ports: ["8081:80"]
    environment:
      POSTGRES_HOST: db
      POSTGRES_DB: nextcloud
      POSTGRES_USER: nextcloud
      POSTGRES_PASSWORD_FILE: /run/secrets/pg
      NEXTCLOUD_ADMIN_USER: caves-admin
      NEXTCLOUD_ADMIN_PASSWORD: "@@pw@@"
      NEXTCLOUD_TRUSTED_DOMAINS: cloud.caves-musel.lu
  db:
    image: postgres:16
    environment: { POSTGRES_DB: nextcloud, POSTGRES_USER: nextcloud, POSTGRES_PASSWORD_FILE: /run/secrets/pg }
""", s, pw=s)

ck = "ck_" + hexs(40)
s = "cs_" + hexs(40)
add("blind-mg/php/woocommerce", "eshop/sync/woo_stock.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
<?php
// Bestand vun der WaWi op de WooCommerce-Shop (all 15 Minutten vum Cron)
require __DIR__ . '/vendor/autoload.php';
use Automattic\\WooCommerce\\Client;

$woo = new Client(
    'https://shop.caves-musel.lu',
    '@@ck@@',
    '@@cs@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);
foreach (wawi_bestand() as $sku => $qty) {
    $woo->put("products/sku/$sku", ['stock_quantity' => $qty]);
}
""", s, ck=ck, cs=s)

add("blind-mg/php/decoy-woo-env", "eshop/sync/woo_orders.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """\
<?php
// Bestellungen an d'WaWi. Schlësselen aus der .env (WOO_CK / WOO_CS), kuck .env.example
require __DIR__ . '/vendor/autoload.php';
use Automattic\\WooCommerce\\Client;

$woo = new Client('https://shop.caves-musel.lu', $_ENV['WOO_CK'], $_ENV['WOO_CS'], ['version' => 'wc/v3']);
foreach ($woo->get('orders', ['status' => 'processing']) as $o) {
    wawi_bestellung($o);
}
""")

s = rand_pw(40, "-_")
add("blind-mg/python/paypal", "eshop/payments/paypal_refund.py", "https://developer.paypal.com/api/rest/authentication/", """\
\"\"\"Réckerstattung fir eng Bestellung (vum Buttek-Personal ausgeléist).\"\"\"
import requests

CLIENT_ID = "AZq8d3Lk2mX7vN1pQ4rT6yB9cF0gH5jK8wE2sD7aL1zU3iO6nM4bV"
CLIENT_SECRET = "@@sec@@"
API = "https://api-m.paypal.com"

def token() -> str:
    r = requests.post(f"{API}/v1/oauth2/token", auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=20)
    return r.json()["access_token"]

def refund(capture_id: str) -> dict:
    return requests.post(f"{API}/v2/payments/captures/{capture_id}/refund",
                         headers={"Authorization": f"Bearer {token()}"}, json={}, timeout=20).json()
""", s, sec=s)

s = rand_pw(32)
add("blind-mg/json/payconiq", "eshop/payments/payconiq.json", "https://developer.payconiq.com/online-payments-dock/", """\
{
  "provider": "payconiq",
  "environment": "production",
  "merchant": "Caves Cooperatives Grevenmacher",
  "paymentProfileId": "6a3f10c2d94e7b5a8c1f2e90",
  "apiKey": "@@key@@",
  "callbackUrl": "https://shop.caves-musel.lu/payconiq/callback",
  "currency": "EUR"
}
""", s, key=s)

add("blind-mg/json/decoy-payconiq-sample", "eshop/payments/payconiq.sample.json", "https://developer.payconiq.com/online-payments-dock/", """\
{
  "provider": "payconiq",
  "environment": "external",
  "merchant": "Test",
  "paymentProfileId": "00000000000000000000000",
  "apiKey": "YOUR-PAYCONIQ-API-KEY",
  "callbackUrl": "https://localhost:8443/payconiq/callback",
  "currency": "EUR"
}
""")

s = rand_pw(24)
add("blind-mg/python/weighbridge", "vendange/waage/sync.py", "https://docs.python.org/3/library/ftplib.html", """\
# Wäibierger-Waag (Hierscht): Wiegeschäiner vun der Waag op den Server
# d'Waag kann nëmmen FTP, dofir Benotzer mat minimale Rechter
from ftplib import FTP
from pathlib import Path

ftp = FTP("10.40.9.5")
ftp.login(user="waag", passwd="@@pw@@")
for name in ftp.nlst("/export"):
    if name.endswith(".csv"):
        with open(Path("/data/vendange") / Path(name).name, "wb") as fh:
            ftp.retrbinary(f"RETR {name}", fh.write)
ftp.quit()
""", s, pw=s)

add("blind-mg/csv/decoy-weighslips", "vendange/export/wiegeschein_2026-09-24.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
schein;datum;winzer_nr;lag;rebsort;kg;oechsle;hash
2026-0912;2026-09-24 08:14;W-118;Wormer Koeppchen;Riesling;1840;84;@@h1@@
2026-0913;2026-09-24 08:31;W-044;Grevenmacher Fels;Auxerrois;2210;79;@@h2@@
2026-0914;2026-09-24 08:52;W-201;Ahner Palmberg;Pinot gris;1560;88;@@h3@@
2026-0915;2026-09-24 09:07;W-118;Wormer Koeppchen;Elbling;3020;71;@@h4@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40))

s = rand_pw(20)
add("blind-mg/markdown/vendange-readme", "vendange/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# Vendange-App

App fir d'Wäibiergeren: Wiegeschäiner, Öchsle, Ofrechnung.

## Lokal starten

```bash
docker compose up -d
export VENDANGE_DB_URL="postgresql://vendange:@@pw@@@10.40.2.15:5432/vendange"
python -m vendange.web
```

D'Waag-Synchro leeft am Hierscht all 10 Minutten (kuck `waage/sync.py`).
""", s, pw=s)

add("blind-mg/markdown/decoy-readme-placeholder", "kelleraf/README.md", "https://www.markdownguide.org/basic-syntax/", """\
# Kelleraf

Temperatur- an Drockfühler an de Gärtanks, MQTT -> Postgres -> Grafana.

## Installatioun

1. `.env.example` op `.env` kopéieren an `PGPASSWORD=...` ausfëllen.
2. `sudo ./deploy/install.sh` (freet no dem MQTT-Passwuert).
3. Grafana: <https://keller-dashboard.caves-musel.lu> (Login iwwer Microsoft 365).

Beispill-URL: `postgresql://tankmonitor:<passwuert>@10.40.2.15:5432/kelleraf`
""")

s = rand_pw(20)
add("blind-mg/go/sftp", "ta-feeds/go/cmd/pushnav/main.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#ClientConfig", """\
// pushnav: schéckt d'NAV-Fichieren un d'Zentralverwaltung vun den Distributeuren
package main

import (
	"log"

	"golang.org/x/crypto/ssh"
)

func main() {
	cfg := &ssh.ClientConfig{
		User:            "kbg_nav_out",
		Auth:            []ssh.AuthMethod{ssh.Password("@@pw@@")},
		HostKeyCallback: ssh.FixedHostKey(loadHostKey("/etc/pushnav/known_host")),
	}
	conn, err := ssh.Dial("tcp", "sftp.distrib-partner.example.lu:22", cfg)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	upload(conn, "/data/nav/out")
}
""", s, pw=s)

add("blind-mg/go/decoy-key-file", "ta-feeds/go/cmd/pullconf/main.go", "https://pkg.go.dev/golang.org/x/crypto/ssh#PublicKeys", """\
package main

import (
	"log"
	"os"

	"golang.org/x/crypto/ssh"
)

// pullconf: mat Schlëssel (Datei vum Secret montéiert), kee Passwuert
func main() {
	pem, err := os.ReadFile("/var/run/secrets/pullconf/id_ed25519")
	if err != nil {
		log.Fatal(err)
	}
	signer, _ := ssh.ParsePrivateKey(pem)
	cfg := &ssh.ClientConfig{User: "kbg_conf_in", Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)}}
	_ = cfg
}
""")

s = fakes.fake_pem(_seed(), "EC")
add("blind-mg/yaml/pem-in-values", "helm/swift-connector/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml", """\
image:
  repository: registry.bo.kirchberg.internal/swift-connector
  tag: "2.3.0"
bic: KBGFLULLXXX
tls:
  cert: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQm3x9Lr0Vb7sPZJk2cN4kq1TgWQwCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
  key: |
@@key@@
""", s, key="\n".join("    " + line for line in s.splitlines()))

add("blind-mg/yaml/decoy-cert-only", "helm/swift-connector/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
image:
  repository: registry.bo.kirchberg.internal/swift-connector
  tag: ""
bic: ""
tls:
  # Zertifikat ass ëffentlech; de Schlëssel kënnt vum Secret swift-connector-tls
  existingSecret: swift-connector-tls
  caBundle: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQm3x9Lr0Vb7sPZJk2cN4kq1TgWQwCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
""")

s = rand_pw(16)
add("blind-mg/conf/msmtp", "eshop/docker/msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """\
# msmtp fir PHP mail() am Shop-Container
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt

account        shop
host           smtp.office365.com
port           587
from           buttek@caves-musel.lu
user           buttek@caves-musel.lu
password       @@pw@@

account default : shop
""", s, pw=s)

add("blind-mg/conf/decoy-msmtp-eval", "kees/docker/msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", """\
defaults
auth           on
tls            on
account        keess
host           smtp.office365.com
port           587
from           keess@caves-musel.lu
user           keess@caves-musel.lu
passwordeval   "cat /run/secrets/smtp_password"
account default : keess
""")

s = rand_pw(12) + "-" + rand_pw(6)
add("blind-mg/text/sticky-note", "docs/notes/kees-remich-setup.txt", "https://en.wikipedia.org/wiki/Text_file", """\
Keess Remich -- Installatioun 04.11.2026

- PC: KEES-REM01, Windows 11, Benotzer "kees"
- Bonendrécker: Epson TM-m30III, IP 10.40.7.20
- Kaartenterminal: Worldline, Terminal-ID 4471 2290
- WaWi Login fir d'Keess: kees_rem / @@pw@@
- TeamViewer: lafen net méi, iwwer RustDesk (ID an der Lëscht)
""", s, pw=s)

add("blind-mg/text/decoy-terminal-ids", "docs/notes/kees-grevenmacher-setup.txt", "https://en.wikipedia.org/wiki/Text_file", """\
Keess Grevenmacher -- Inventar 2026

- PC: KEES-GRV01 / KEES-GRV02
- Bonendrécker: Epson TM-m30III (10.40.5.20, 10.40.5.21)
- Kaartenterminal: Worldline, Terminal-ID 4471 2281 an 4471 2282
- MAC-Adressen: 3c:52:82:1f:9a:04, 3c:52:82:1f:9a:11
- Lizenzschlëssel Keesseprogramm: gëtt vum Fournisseur verwalt (Kontrakt KV-2024-118)
""")

s = rand_pw(30)
add("blind-mg/yaml/bloomberg-config", "nav-engine/config/pricing-bpipe.yml", "https://www.bloomberg.com/professional/support/api-library/", """\
pricing:
  provider: bpipe
  hosts:
    - bpipe-1.bo.kirchberg.internal:8194
    - bpipe-2.bo.kirchberg.internal:8194
  application_name: "KBG-BO:NAVENGINE"
  auth:
    mode: application
    app_secret: "@@sec@@"
  fields: [PX_LAST, PX_BID, PX_ASK, CRNCY]
  snapshot_time: "16:00 Europe/Luxembourg"
""", s, sec=s)

s = rand_pw(22)
add("blind-mg/python/refinitiv", "nav-engine/tools/fx_fallback.py", "https://developers.lseg.com/en/api-catalog/refinitiv-data-platform/refinitiv-data-platform-apis", """\
\"\"\"FX-Fallback: wann d'EZB-Kurse feelen, vun der Datenplattform huelen.\"\"\"
import os
import requests

AUTH = "https://api.refinitiv.com/auth/oauth2/v1/token"
USER = "GE-A-01103867-3-9912"
PASSWORD = "@@pw@@"
APP_KEY = os.environ.get("RDP_APP_KEY", "")

def token() -> str:
    r = requests.post(AUTH, data={"username": USER, "password": PASSWORD, "grant_type": "password",
                                  "scope": "trapi", "client_id": APP_KEY}, timeout=20)
    return r.json()["access_token"]
""", s, pw=s)

add("blind-mg/python/decoy-ecb-public", "nav-engine/tools/fx_ecb.py", "https://data.ecb.europa.eu/help/api/overview", """\
\"\"\"EZB-Referenzkurse (ëffentlech, keen Zougang néideg).\"\"\"
import csv
import io
import requests

URL = "https://data-api.ecb.europa.eu/service/data/EXR/D.USD+CHF+GBP.EUR.SP00.A?lastNObservations=1&format=csvdata"

def kurse() -> dict:
    rows = csv.DictReader(io.StringIO(requests.get(URL, timeout=20).text))
    return {r["CURRENCY"]: float(r["OBS_VALUE"]) for r in rows}
""")

s = rand_pw(20)
add("blind-mg/yaml/docker-compose-mssql", "ta/TaRecon/docker-compose.dev.yml", "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker", """\
# Lokal Entwécklung mat enger Kopie vun der Recon-DB (anonymiséiert)
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@pw@@"
      MSSQL_PID: Developer
    ports: ["1433:1433"]
    volumes:
      - ./backup:/var/opt/mssql/backup
""", s, pw=s)

s = rand_pw(44, "+/") + "="
add("blind-mg/k8s-secret/base64-tls-passphrase", "openshift/swift/secret-keystore.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
apiVersion: v1
kind: Secret
metadata:
  name: swift-connector-keystore
  namespace: bo-swift
  annotations:
    kbg.lu/owner: "BO IT Payments"
type: Opaque
data:
  keystore.p12: @@p12@@
  KEYSTORE_PASSWORD: @@pw@@
""", s, p12="MIIKfAIBAzCCCjYGCSqGSIb3DQEHAaCCCicEggojMIIKHzCCBYcGCSqGSIb3DQEHBqCCBXgwggV0AgEAMIIFbQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQI" + rand_pw(120, "+/") + "==", pw=b64(s))

s = rand_pw(14) + "#" + rand_pw(4)
add("blind-mg/markdown/jira-comment", "docs/tickets/BO-5120.md", "https://www.markdownguide.org/basic-syntax/", """\
## BO-5120 -- Custodian-SFTP Zougang erneiert

**Status:** Fäerdeg

Kommentar (Patrick, 02.12.): De Custodian huet d'Passwuert zeréckgesat. Neit Passwuert fir
`kbg_conf_in`: `@@pw@@` -- ech hunn et nach net an de Vault gesat, maache mer muer.

Kommentar (Sophie, 03.12.): An de Vault gesat (`kv/ta/custodian`), Ticket kann zou.
""", s, pw=s)

add("blind-mg/markdown/decoy-ticket-rotated", "docs/tickets/BO-5177.md", "https://www.markdownguide.org/basic-syntax/", """\
## BO-5177 -- Distributeur-SFTP: Passwuert ofgelaf

**Status:** Fäerdeg

- Neit Passwuert gëtt vum Distributeur per Bréif geschéckt (Regel vum Partner).
- Sophie huet et direkt an de Vault gesat: `vault kv put kv/ta/distributor password=-` (vum stdin).
- Test: `ta-feeds pull --date 20261204 --dry-run` -> OK.
- D'Passwuert steet NET hei a NET am Mail.
""")

s = rand_pw(26)
add("blind-mg/csharp/smtp-credentials", "ta/TaNotify/Services/MailSender.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """\
using System.Net;
using System.Net.Mail;

namespace Kbg.Ta.Notify.Services;

// Contract Notes un d'Investoren (PDF als Unhank)
public class MailSender
{
    private readonly SmtpClient _smtp = new("smtp-relay.bo.kirchberg.internal", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("ta-notify", "@@pw@@"),
    };

    public void Send(MailMessage msg) => _smtp.Send(msg);
}
""", s, pw=s)

add("blind-mg/csharp/decoy-options-pattern", "ta/TaNotify/Options/SmtpOptions.cs", "https://learn.microsoft.com/en-us/dotnet/core/extensions/options", """\
namespace Kbg.Ta.Notify.Options;

/// Gëtt aus "Smtp" an der Konfiguratioun gelies; d'Passwuert kënnt vum Azure Key Vault
/// (Secret "Smtp--Password"), ni aus appsettings.json.
public sealed class SmtpOptions
{
    public string Host { get; init; } = "smtp-relay.bo.kirchberg.internal";
    public int Port { get; init; } = 587;
    public string User { get; init; } = "ta-notify";
    public string Password { get; init; } = string.Empty;
}
""")

s = rand_pw(32, "-_")
add("blind-mg/bicep/sql-admin", "infra/bicep/reporting-sql.bicep", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/", """\
// Reporting-Datebank (CSSF Exports)
param location string = 'westeurope'

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: 'sql-kbg-reporting'
  location: location
  properties: {
    administratorLogin: 'kbgsqladmin'
    administratorLoginPassword: '@@pw@@'
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Disabled'
  }
}
""", s, pw=s)

add("blind-mg/bicep/decoy-secure-param", "infra/bicep/ta-sql.bicep", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/parameters#secure-parameters", """\
@secure()
@description('Kënnt aus dem Key Vault iwwer getSecret() am main.bicep')
param sqlAdminPassword string

param location string = 'westeurope'

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: 'sql-kbg-ta'
  location: location
  properties: {
    administratorLogin: 'kbgsqladmin'
    administratorLoginPassword: sqlAdminPassword
  }
}
""")

s = rand_pw(24)
add("blind-mg/tfvars/password", "infra/terraform/env/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
environment        = "prod"
location           = "westeurope"
sql_admin_login    = "kbgsqladmin"
sql_admin_password = "@@pw@@"
vnet_cidr          = "10.82.0.0/16"
tags = {
  owner       = "BO IT"
  costcentre  = "4410"
}
""", s, pw=s)

add("blind-mg/tfvars/decoy-example", "infra/terraform/env/example.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# Beispill -- kopéieren op <env>.tfvars; sql_admin_password NET hei, TF_VAR_sql_admin_password benotzen
environment     = "dev"
location        = "westeurope"
sql_admin_login = "kbgsqladmin"
vnet_cidr       = "10.99.0.0/16"
tags = { owner = "BO IT" }
""")

s = rand_pw(20)
add("blind-mg/shell/curl-basic", "vendange/scripts/export_winzer.sh", "https://everything.curl.dev/http/auth.html", """\
#!/bin/bash
# Schéckt d'Ofrechnung vun de Wäibiergeren un de Steierberoder (Fiduciaire)
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
python -m vendange.ofrechnung --month "$MONTH" --out /tmp/ofrechnung_$MONTH.xlsx
curl -fsS -u caves_upload:@@pw@@ \\
     -T /tmp/ofrechnung_$MONTH.xlsx \\
     https://dav.fiduciaire-musel.example/caves/$MONTH/
rm -f /tmp/ofrechnung_$MONTH.xlsx
""", s, pw=s)

add("blind-mg/shell/decoy-netrc-ref", "vendange/scripts/export_compta.sh", "https://everything.curl.dev/usingcurl/netrc.html", """\
#!/bin/bash
# Compta-Export; Zougang steet am ~/.netrc vum Benotzer "export" (600)
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
python -m vendange.compta --month "$MONTH" --out "/var/tmp/compta_$MONTH.csv"
curl -fsS --netrc -T "/var/tmp/compta_$MONTH.csv" "https://dav.fiduciaire-musel.example/caves/$MONTH/"
rm -f "/var/tmp/compta_$MONTH.csv"
""")

s = "AIza" + rand_pw(35, "_-")
add("blind-mg/xml/android-manifest", "kees-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """\
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Caves Kees" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="@@key@@" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""", s, key=s)

add("blind-mg/json/decoy-google-services", "kees-app/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """\
{
  "project_info": {
    "project_number": "118274093366",
    "project_id": "caves-kees-app",
    "storage_bucket": "caves-kees-app.appspot.com"
  },
  "client": [
    {
      "client_info": { "mobilesdk_app_id": "1:118274093366:android:4f2a9c0e7b1d3e58", "android_client_info": { "package_name": "lu.caves.kees" } },
      "api_key": [ { "current_key": "${FIREBASE_ANDROID_API_KEY}" } ]
    }
  ],
  "configuration_version": "1"
}
""")

s = rand_pw(20)
add("blind-mg/yaml/keycloak-realm", "infra/keycloak/realm-bo.yaml", "https://www.keycloak.org/docs/latest/server_admin/#_oidc_clients", """\
realm: bo
enabled: true
clients:
  - clientId: ta-portal
    protocol: openid-connect
    publicClient: false
    secret: "@@sec@@"
    redirectUris: ["https://ta-portal.bo.kirchberg.internal/*"]
  - clientId: nav-ui
    protocol: openid-connect
    publicClient: true
    redirectUris: ["https://nav.bo.kirchberg.internal/*"]
""", s, sec=s)

s = rand_pw(32)
add("blind-mg/js/oidc-server", "nav-ui/server/auth.js", "https://github.com/panva/openid-client", """\
// Backend-for-Frontend: OIDC mat Keycloak (Realm "bo")
const { Issuer } = require('openid-client');

async function client() {
  const issuer = await Issuer.discover('https://sso.bo.kirchberg.internal/realms/bo');
  return new issuer.Client({
    client_id: 'nav-bff',
    client_secret: '@@sec@@',
    redirect_uris: ['https://nav.bo.kirchberg.internal/callback'],
    response_types: ['code'],
  });
}

module.exports = { client };
""", s, sec=s)

add("blind-mg/typescript/decoy-pkce-public", "nav-ui/src/auth/oidc-config.ts", "https://datatracker.ietf.org/doc/html/rfc7636", """\
// Ëffentleche Client mat PKCE -- kee client_secret am Browser
export const oidcConfig = {
  authority: 'https://sso.bo.kirchberg.internal/realms/bo',
  client_id: 'nav-ui',
  redirect_uri: window.location.origin + '/callback',
  response_type: 'code',
  scope: 'openid profile nav:read',
  code_challenge_method: 'S256',
};
""")

s = rand_pw(16)
add("blind-mg/perl/dbi", "legacy/scripts/kontroll_nav.pl", "https://metacpan.org/pod/DBI#connect", """\
#!/usr/bin/perl
# Al Kontroll: NAV-Sprong > 5% vum Dag virdrun
use strict; use warnings;
use DBI;

my $dbh = DBI->connect('dbi:Oracle:host=oradb-nav.bo.kirchberg.internal;sid=NAVPRD',
                       'NAV_RO', '@@pw@@', { RaiseError => 1 });
my $sth = $dbh->prepare(q{SELECT fund_code, share_class, pct_change FROM v_nav_change WHERE ABS(pct_change) > 5});
$sth->execute;
while (my @r = $sth->fetchrow_array) { print join(';', @r), "\\n"; }
$dbh->disconnect;
""", s, pw=s)

s = sendgrid()
add("blind-mg/yaml/sendgrid-env", "kyc/deploy/values-notify.yaml", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """\
notify:
  enabled: true
  from: kyc-noreply@kbg-fundadmin.lu
  templates:
    docs_missing: d-7a81c3f0e2b94d5c8f1a6e0b3c2d9f47
    review_due: d-2f4e6a8c0b1d3e5f7a9c1e3b5d7f9a1c
  env:
    SENDGRID_API_KEY: "@@key@@"
""", s, key=s)

s = gitlab()
add("blind-mg/shell/git-credentials-store", "kyc/ci/setup-git.sh", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
#!/bin/sh
# CI-Runner bo-run-02: Zougang op d'GitLab fir d'Submodulen (TODO: op CI_JOB_TOKEN ëmstellen -- Sophie)
git config --global credential.helper store
cat > ~/.git-credentials <<'EOF'
https://kyc-ci:@@tok@@@gitlab.bo.kirchberg.internal
EOF
chmod 600 ~/.git-credentials
git submodule update --init --recursive
""", s, tok=s)

add("blind-mg/gitconfig/decoy-helper", "kyc/.gitconfig", "https://git-scm.com/docs/gitcredentials", """\
[user]
    name = KYC CI
    email = kyc-ci@kbg-fundadmin.lu
[credential "https://gitlab.bo.kirchberg.internal"]
    helper = cache --timeout=3600
    username = kyc-ci
[url "https://gitlab.bo.kirchberg.internal/"]
    insteadOf = git@gitlab.bo.kirchberg.internal:
""")

s = rand_pw(18)
add("blind-mg/python/imap", "ta-feeds/mailbox/read_orders.py", "https://docs.python.org/3/library/imaplib.html", """\
\"\"\"Faxen/Mailen mat Zeechnungsuerderen (PDF) aus der Boîte ta-orders@ eraushuelen.\"\"\"
import email
import imaplib

M = imaplib.IMAP4_SSL("outlook.office365.com")
M.login("ta-orders@kbg-fundadmin.lu", "@@pw@@")
M.select("INBOX")
_, ids = M.search(None, "UNSEEN")
for num in ids[0].split():
    _, data = M.fetch(num, "(RFC822)")
    msg = email.message_from_bytes(data[0][1])
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            open(f"/data/ta/orders/{num.decode()}_{part.get_filename()}", "wb").write(part.get_payload(decode=True))
""", s, pw=s)

plain = "\0ta-orders@kbg-fundadmin.lu\0" + rand_pw(18)
s = b64(plain)
add("blind-mg/log/smtp-auth-plain", "ta-feeds/logs/smtp-debug-2026-11-19.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
send: 'ehlo bo-ta-02.bo.kirchberg.internal\\r\\n'
reply: b'250-smtp-relay.bo.kirchberg.internal Hello\\r\\n'
reply: b'250 AUTH PLAIN LOGIN\\r\\n'
send: 'AUTH PLAIN @@auth@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<ta-orders@kbg-fundadmin.lu>\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
""", s, auth=s)

add("blind-mg/log/decoy-smtp-xoauth", "ta-feeds/logs/smtp-debug-2026-11-26.log", "https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth", """\
send: 'ehlo bo-ta-02.bo.kirchberg.internal\\r\\n'
reply: b'250-smtp.office365.com Hello\\r\\n'
reply: b'250 AUTH LOGIN XOAUTH2\\r\\n'
send: 'AUTH XOAUTH2 <redacted by smtp_debug_filter>\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<ta-orders@kbg-fundadmin.lu>\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
""")

s = rand_pw(20)
add("blind-mg/sql/create-user", "reporting/sql/migrations/V12__reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- V12: eegene Benotzer fir d'Power BI Gateway (nëmmen Liesrechter op rpt)
CREATE ROLE powerbi_gw LOGIN PASSWORD '@@pw@@';
GRANT USAGE ON SCHEMA rpt TO powerbi_gw;
GRANT SELECT ON ALL TABLES IN SCHEMA rpt TO powerbi_gw;
ALTER DEFAULT PRIVILEGES IN SCHEMA rpt GRANT SELECT ON TABLES TO powerbi_gw;
""", s, pw=s)

add("blind-mg/sql/decoy-scram-hash", "reporting/sql/migrations/V13__rotate_powerbi.sql", "https://www.postgresql.org/docs/current/auth-password.html", """\
-- V13: Passwuert vum powerbi_gw erneiert; mir späicheren nëmmen de SCRAM-Hash (generéiert mat pg_scram.py)
ALTER ROLE powerbi_gw PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
-- Klortext ass am Vault: kv/bo/reporting/powerbi_gw
COMMENT ON ROLE powerbi_gw IS 'Power BI Gateway, rotéiert 2026-12';
SELECT 1;
""", salt=rand_pw(22, "+/") + "==", k1=rand_pw(43, "+/") + "=", k2=rand_pw(43, "+/") + "=")

s = rand_pw(24)
add("blind-mg/toml/cargo-registry", "kees/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# interne Crates-Registry (Gitea) fir d'Keess-Tools
[registries.caves]
token = "Bearer @@tok@@"

[registry]
# crates.io gëtt net benotzt fir ze publizéieren
global-credential-providers = ["cargo:token"]
""", s, tok=s)

s = rand_pw(40)
add("blind-mg/env/gitea-runner", "infra/gitea/runner.env", "https://docs.gitea.com/usage/actions/act-runner", """\
# act_runner fir d'Gitea vun der Cave (git.caves-musel.lu)
GITEA_INSTANCE_URL=https://git.caves-musel.lu
GITEA_RUNNER_REGISTRATION_TOKEN=@@tok@@
GITEA_RUNNER_NAME=runner-grev-01
GITEA_RUNNER_LABELS=ubuntu-latest:docker://node:20-bookworm
""", s, tok=s)

add("blind-mg/env/decoy-runner-example", "infra/gitea/runner.env.example", "https://docs.gitea.com/usage/actions/act-runner", """\
# Token am Gitea-Admin ënner Site Administration > Actions > Runners erstellen
GITEA_INSTANCE_URL=https://git.caves-musel.lu
GITEA_RUNNER_REGISTRATION_TOKEN=
GITEA_RUNNER_NAME=runner-XXX-01
GITEA_RUNNER_LABELS=ubuntu-latest:docker://node:20-bookworm
""")

s = words_pw()
add("blind-mg/html/wiki-page", "docs/confluence/BO-IT/Bloomberg-Terminal.html", "https://confluence.atlassian.com/doc/confluence-storage-format-790796544.html", """\
<h1>Bloomberg Terminal -- Pricing-Desk</h1>
<p>Den Terminal steet um 4. Stack (Raum K4.12). Login mat B-Unit.</p>
<table>
  <tr><th>Konto</th><th>Benotzer</th><th>Passwuert</th></tr>
  <tr><td>Pricing Desk (gedeelt)</td><td>KBGPRICING1</td><td>@@pw@@</td></tr>
</table>
<p><em>Gedeelten Account -- no all Ofgang vum Personal änneren.</em></p>
""", s, pw=s)

add("blind-mg/html/decoy-wiki-sso", "docs/confluence/BO-IT/SWIFT-Alliance.html", "https://confluence.atlassian.com/doc/confluence-storage-format-790796544.html", """\
<h1>SWIFT Alliance Lite2</h1>
<p>Zougang nëmme mat perséinlechem USB-Token (Maker/Checker). Keng gedeelt Konten.</p>
<table>
  <tr><th>Roll</th><th>Benotzer</th><th>Authentifikatioun</th></tr>
  <tr><td>Maker</td><td>perséinlech</td><td>Token + PIN</td></tr>
  <tr><td>Checker</td><td>perséinlech</td><td>Token + PIN</td></tr>
  <tr><td>AutoClient</td><td>ALP_AUTOCLIENT</td><td>Passwuert am CyberArk (Safe BO-SWIFT)</td></tr>
</table>
""")

s = rand_pw(24)
add("blind-mg/python/split-string", "kelleraf/sensors/legacy_poller.py", "https://docs.python.org/3/reference/lexical_analysis.html#string-literal-concatenation", """\
# Alen Poller fir d'Modbus-Gateway am Keller Wormeldange (gëtt ersat)
import requests

GATEWAY = "https://modbus-gw.wormer.caves-musel.local"
AUTH = ("poller",
        "@@a@@"
        "@@b@@")

def liesen(register: int) -> float:
    r = requests.get(f"{GATEWAY}/api/register/{register}", auth=AUTH, verify=False, timeout=5)
    return r.json()["value"] / 10
""", s, a=s[:12], b=s[12:])

s = rand_pw(22)
add("blind-mg/env/json-in-value", "nav-engine/config/feeds.env", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """\
# NAV-Engine: Feeds als JSON (gëtt vum FeedLoader gelies)
NAV_FEEDS_JSON={"custodian":{"type":"sftp","host":"sftp.custodian.example.lu","user":"kbg_pos","password":"@@pw@@"},"ecb":{"type":"http","url":"https://data-api.ecb.europa.eu"}}
NAV_FEEDS_REFRESH=900
NAV_FEEDS_TIMEOUT=60
NAV_FEEDS_RETRY=3
""", s, pw=s)

s = rand_pw(20)
add("blind-mg/xml/log4j-smtp", "legacy/ta-webapp/conf/log4j2.xml", "https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender", """\
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT"/>
    <SMTP name="Mail" subject="TA-Webapp FEELER" to="bo-it@kbg-fundadmin.lu" from="ta-webapp@kbg-fundadmin.lu"
          smtpHost="smtp-relay.bo.kirchberg.internal" smtpPort="587" smtpUsername="ta-webapp" smtpPassword="@@pw@@"
          bufferSize="50"/>
  </Appenders>
  <Loggers>
    <Root level="warn"><AppenderRef ref="Console"/><AppenderRef ref="Mail" level="error"/></Root>
  </Loggers>
</Configuration>
""", s, pw=s)

s = rand_pw(16)
add("blind-mg/yaml/filebeat-es", "infra/logging/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """\
filebeat.inputs:
  - type: filestream
    id: ta-feeds
    paths: [/var/log/ta-feeds/*.log]
output.elasticsearch:
  hosts: ["https://es.bo.kirchberg.internal:9200"]
  username: filebeat_writer
  password: "@@pw@@"
  ssl.certificate_authorities: [/etc/pki/kbg/ca.crt]
""", s, pw=s)

add("blind-mg/yaml/decoy-es-keystore", "infra/logging/filebeat-nav.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/keystore.html", """\
filebeat.inputs:
  - type: filestream
    id: nav-engine
    paths: [/var/log/nav-engine/*.log]
output.elasticsearch:
  hosts: ["https://es.bo.kirchberg.internal:9200"]
  username: filebeat_writer
  password: "${ES_PWD}"   # filebeat keystore add ES_PWD
  ssl.certificate_authorities: [/etc/pki/kbg/ca.crt]
""")

s = rand_pw(24)
add("blind-mg/ini/pip-conf", "ta-feeds/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
index-url = https://ta-build:@@pw@@@nexus.bo.kirchberg.internal/repository/pypi-group/simple
trusted-host = nexus.bo.kirchberg.internal
timeout = 60

[install]
no-warn-script-location = true
""", s, pw=s)

s = fakes.github_token(_seed())
add("blind-mg/python/github-api", "eshop/tools/release_notes.py", "https://docs.github.com/en/rest/releases/releases", """\
\"\"\"Mécht d'Release-Notizen vum Webshop aus de gemergte PRs.\"\"\"
import sys
import requests

HEADERS = {"Authorization": "token @@tok@@", "Accept": "application/vnd.github+json"}
REPO = "caves-musel/eshop"

tag = sys.argv[1]
prs = requests.get(f"https://api.github.com/repos/{REPO}/pulls?state=closed&per_page=50", headers=HEADERS).json()
lines = [f"- {p['title']} (#{p['number']})" for p in prs if p.get("merged_at")]
requests.post(f"https://api.github.com/repos/{REPO}/releases", headers=HEADERS,
              json={"tag_name": tag, "name": tag, "body": "\\n".join(lines)})
""", s, tok=s)

s = rand_pw(28)
add("blind-mg/yaml/argocd-repo", "openshift/argocd/repo-bo.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """\
apiVersion: v1
kind: Secret
metadata:
  name: repo-bo-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.bo.kirchberg.internal/bo/deploy.git
  username: argocd
  password: @@pw@@
""", s, pw=s)

s = rand_pw(20)
add("blind-mg/php/pdo-dsn", "site/tools/degustatioun_reservatiounen.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// Reservatiounen fir d'Degustatiounen (Formulaire op der Site) -> Lëscht fir de Buttek
$pdo = new PDO('mysql:host=localhost;dbname=wp_caves;charset=utf8mb4', 'degustatioun', '@@pw@@');
$rows = $pdo->query("SELECT datum, numm, persounen FROM cv_reservatiounen WHERE datum >= CURDATE() ORDER BY datum")->fetchAll();
foreach ($rows as $r) {
    printf("%s  %-30s %d\\n", $r['datum'], $r['numm'], $r['persounen']);
}
""", s, pw=s)

s = rand_pw(24)
add("blind-mg/powershell/invoke-sqlcmd", "ops/scripts/Backup-TaRecon.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Nuetsbackup vun TaRecon op den NAS (Task Scheduler, 23:30)
$stamp = Get-Date -Format 'yyyyMMdd'
Invoke-Sqlcmd -ServerInstance 'sqlta.bo.kirchberg.internal' `
    -Username 'backup_op' -Password '@@pw@@' `
    -Query "BACKUP DATABASE TaRecon TO DISK = N'\\\\fs-bo01\\sqlbackup\\TaRecon_$stamp.bak' WITH COMPRESSION, CHECKSUM"
Write-Output "Backup TaRecon $stamp fäerdeg"
""", s, pw=s)

s = slack_webhook()
add("blind-mg/yaml/alertmanager-slack", "infra/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: bo-it
  group_by: [alertname, service]
receivers:
  - name: bo-it
    slack_configs:
      - api_url: @@hook@@
        channel: '#bo-alerts'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }}'
""", s, hook=s)

add("blind-mg/yaml/decoy-alertmanager-file", "kelleraf/monitoring/alertmanager-slack.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
route:
  receiver: keller
receivers:
  - name: keller
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_url
        channel: '#keller'
        send_resolved: true
""")

add("blind-mg/markdown/decoy-aws-doc-example", "docs/runbooks/aws-cli-partner.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# AWS CLI fir de Reporting-Partner

Sou gesäit `~/.aws/credentials` aus (Beispillwäerter aus der AWS-Dokumentatioun):

```ini
[partner]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Mir benotzen dat awer net méi: kuck `upload_cssf_v2.py` (AssumeRole, keng Schlësselen).
""")

add("blind-mg/json/decoy-jwks", "nav-ui/server/jwks-cache.json", "https://datatracker.ietf.org/doc/html/rfc7517", """\
{
  "keys": [
    {
      "kid": "bo-2026-10",
      "kty": "RSA",
      "alg": "RS256",
      "use": "sig",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=rand_pw(342, "-_"))

add("blind-mg/text/decoy-checksums", "bottling/deploy/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
@@h1@@  linn-agent_3.4.1_arm64.deb
@@h2@@  linn-agent_3.4.1_amd64.deb
@@h3@@  plc-poller_1.9.0_arm64.deb
@@h4@@  plc-poller_1.9.0_amd64.deb
@@h5@@  etiketten-export_2.0.2.tar.gz
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

s = rand_pw(20)
add("blind-mg/json/user-secrets-leak", "ta/TaNotify/secrets.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#secret-manager", """\
{
  "Smtp:Host": "smtp-relay.bo.kirchberg.internal",
  "Smtp:User": "ta-notify",
  "Smtp:Password": "@@pw@@",
  "Smtp:Port": "587",
  "Notify:DryRun": "false"
}
""", s, pw=s)

s = rand_pw(24)
add("blind-mg/yaml/ansible-uri-header", "ansible/roles/nav_monitor/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", """\
---
- name: Monitoring-Host am Zabbix umellen
  ansible.builtin.uri:
    url: https://zabbix.bo.kirchberg.internal/api_jsonrpc.php
    method: POST
    body_format: json
    headers:
      Authorization: "Bearer @@tok@@"
    body:
      jsonrpc: "2.0"
      method: host.create
      params: { host: "{{ inventory_hostname }}", groups: [{ groupid: "22" }] }
      id: 1
""", s, tok=s)

s = rand_pw(16)
add("blind-mg/lua/nginx-auth", "eshop/nginx/lua/admin_guard.lua", "https://github.com/openresty/lua-nginx-module#access_by_lua_block", """\
-- Schützt /admin vum Shop mat Basic-Auth (nëmmen de Buttek-Chef)
local expected = "Basic " .. ngx.encode_base64("chef:@@pw@@")
local got = ngx.var.http_authorization
if got ~= expected then
  ngx.header["WWW-Authenticate"] = 'Basic realm="Buttek Admin"'
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end
""", s, pw=s)

add("blind-mg/conf/decoy-htpasswd", "eshop/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
chef:$apr1$@@s1@@$@@h1@@
buttek:$apr1$@@s2@@$@@h2@@
lena:$2y$10$@@h3@@
marc:$2y$10$@@h4@@
stagiaire:$apr1$@@s5@@$@@h5@@
""", s1=rand_pw(8, "./"), h1=rand_pw(22, "./"), s2=rand_pw(8, "./"), h2=rand_pw(22, "./"),
    h3=rand_pw(53, "./"), h4=rand_pw(53, "./"), s5=rand_pw(8, "./"), h5=rand_pw(22, "./"))

s = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mg/yaml/gitlab-ssh-key", "bottling/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/jobs/ssh_keys.html", """\
deploy-linnen:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - mkdir -p ~/.ssh && chmod 700 ~/.ssh
    - |
      cat > ~/.ssh/id_linn <<'KEY'
@@key@@
      KEY
    - chmod 600 ~/.ssh/id_linn
  script:
    - ssh -i ~/.ssh/id_linn deploy@linn-gw.caves-musel.local 'sudo /opt/linn/bin/update'
""", s, key="\n".join("      " + line for line in s.splitlines()))

s = "sup_sk_" + rand_pw(32)
add("blind-mg/plist/sumup-key", "kees-ios/Kees/Config.plist", "https://developer.sumup.com/api/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>ShopBaseURL</key>
    <string>https://shop.caves-musel.lu/api/v1</string>
    <!-- SumUp fir d'Kaartebezuelung um Maart zu Remich -->
    <key>SumUpApiKey</key>
    <string>@@key@@</string>
    <key>Filiale</key>
    <string>Remich</string>
</dict>
</plist>
""", s, key=s)

s = rand_pw(18)
add("blind-mg/crontab/mysqldump", "eshop/deploy/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# m h dom mon dow  command
# Webshop: Backup all Nuecht, Bestand all 15 Minutten
MAILTO=it@caves-musel.lu
*/15 * * * * php /srv/eshop/sync/woo_stock.php >> /var/log/eshop/stock.log 2>&1
30 1 * * * mysqldump -h 127.0.0.1 -u backup --password=@@pw@@ --single-transaction eshop | gzip > /backup/eshop_$(date +\\%F).sql.gz
0 4 * * 0 find /backup -name 'eshop_*.sql.gz' -mtime +30 -delete
""", s, pw=s)

add("blind-mg/crontab/decoy-defaults-file", "kees/deploy/crontab.txt", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
# Keess: Dagesofschloss 22:00, Backup 23:00
# mysqldump liest den Zougang aus /etc/kees/backup.cnf (root:root 0600)
MAILTO=it@caves-musel.lu
0 22 * * * /opt/kees/bin/bonnen-mailer
0 23 * * * mysqldump --defaults-extra-file=/etc/kees/backup.cnf wawi_kees | gzip > /backup/kees_$(date +\\%F).sql.gz
""")

s = rand_pw(20)
add("blind-mg/makefile/deploy-password", "site/Makefile", "https://www.gnu.org/software/make/manual/make.html#Variables", """\
# Site vun der Cave op den Hosting eropluede
HOST      = ftp.hosting-lu.example
USER      = cavesmusel
FTP_PASS  = @@pw@@
THEME_DIR = wp-content/themes/caves

.PHONY: deploy
deploy:
\tlftp -u $(USER),$(FTP_PASS) $(HOST) -e "mirror -R --delete $(THEME_DIR) /www/$(THEME_DIR); quit"
""", s, pw=s)

add("blind-mg/makefile/decoy-env", "eshop/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """\
# Registry-Login: REGISTRY_PASSWORD kënnt aus der Shell/CI, ni hei aschreiwen
REGISTRY ?= registry.caves-musel.lu
TAG      ?= $(shell git describe --tags --always)

login:
\t@echo "$$REGISTRY_PASSWORD" | docker login $(REGISTRY) -u caves-ci --password-stdin

push: login
\tdocker build -t $(REGISTRY)/eshop:$(TAG) . && docker push $(REGISTRY)/eshop:$(TAG)
""")

s = rand_pw(16)
add("blind-mg/c/plc-gateway", "bottling/firmware/gw_config.h", "https://en.cppreference.com/w/c/preprocessor/replace", """\
/* Konfiguratioun vum Linnen-Gateway (ESP32), Fëllmaschinn Linn 2 */
#ifndef GW_CONFIG_H
#define GW_CONFIG_H

#define WIFI_SSID      "Caves-Linn"
#define WIFI_PASSWORD  "@@pw@@"
#define MQTT_HOST      "mqtt.keller.caves-musel.lu"
#define MQTT_PORT      8883
#define LINN_ID        2

#endif
""", s, pw=s)

add("blind-mg/c/decoy-secrets-template", "bottling/firmware/secrets.h.example", "https://en.cppreference.com/w/c/preprocessor/replace", """\
/* Kopéieren op secrets.h (steet am .gitignore) an ausfëllen */
#ifndef SECRETS_H
#define SECRETS_H
#define WIFI_PASSWORD  "CHANGE_ME"
#define MQTT_PASSWORD  "CHANGE_ME"
#endif
""")

soap_pw = rand_pw(16)
s = b64(soap_pw)
add("blind-mg/xml/soap-password-data", "swift/gpi/tracker-request.xml", "https://www.w3.org/TR/xml/", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- Request-Beispill vum Bank-Portal (Cash-Positiounen vun de Fongen); gespäichert fir den Support-Ticket -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cp="urn:bank:cashpos:v1">
  <soapenv:Header>
    <cp:Auth>
      <cp:userId>KBGFLULL_BO01</cp:userId>
      <cp:passwordData>@@pw@@</cp:passwordData>
    </cp:Auth>
  </soapenv:Header>
  <soapenv:Body><cp:GetPositions><cp:asOf>2026-11-30</cp:asOf></cp:GetPositions></soapenv:Body>
</soapenv:Envelope>
""", s, pw=s)

#CASES-END
