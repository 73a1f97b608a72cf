"""Blind set MI: Cornish (Kernewek) teams in Cornwall.

A Redruth pasty bakery chain (Pasties Pryce Resrudh: ovens, tills, delivery vans, loyalty app)
and a Camborne tin-mine heritage museum (Hel Gwith Stenn Kammbronn: ticketing, underground-tour
bookings, gift shop). Comments and notes partly in Cornish. Generated fakes only
(seeds 6980000-6989999).
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
B32 = string.ascii_uppercase + "234567"
_SEED = [6980000]


def _seed() -> int:
    _SEED[0] += 7
    assert 6980000 <= _SEED[0] < 6990000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Pasti", "Stenn", "Morvoren", "Kernow", "Piran", "Tolgus", "Carnbrea", "Hellys", "Bolster", "Gwyns",
         "Skaw", "Tewyn", "Enys", "Chough", "Stamp", "Kibbal", "Adit", "Wheal", "Crimp", "Saffron"]
LOWER = ["tamar", "crib", "skorren", "dowr", "kelynn", "stennor", "morgi", "hirgwyn", "tarth", "bara",
         "keus", "avon", "lowen", "krow", "gwynn", "tollgh"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if not kind.startswith("rk") else 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_hook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_hook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def teams_hook() -> str:
    return (f"https://kernowpasty.webhook.office.com/webhookb2/{fakes.uuid4(_seed())}@{fakes.uuid4(_seed())}"
            f"/IncomingWebhook/{hexs(32)}/{fakes.uuid4(_seed())}")


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def square() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def google_api() -> str:
    return fakes.fake("AIza", 35, _seed())


def mailgun() -> str:
    return "key-" + hexs(32)


def shopify() -> str:
    return "shpat_" + hexs(32)


def jwt_secret() -> str:
    return rand_pw(48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def gh() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def openai() -> str:
    return fakes.openai_key(_seed())


def datadog() -> str:
    return hexs(32)


def sentry_dsn_key() -> str:
    return hexs(32)


CASES: List[LabelledCase] = []

DOC_ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_COMPOSE = "https://docs.docker.com/compose/compose-file/"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_TF = "https://developer.hashicorp.com/terraform/language"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
DOC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_PY = "https://docs.python.org/3/"
DOC_JS = "https://nodejs.org/api/"
DOC_TS = "https://www.typescriptlang.org/docs/"
DOC_GO = "https://go.dev/doc/"
DOC_JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html"
DOC_KT = "https://kotlinlang.org/docs/home.html"
DOC_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
DOC_PHP = "https://www.php.net/manual/en/"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_RS = "https://doc.rust-lang.org/book/"
DOC_SWIFT = "https://docs.swift.org/swift-book/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_JSON = "https://www.json.org/json-en.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_MD = "https://spec.commonmark.org/"
DOC_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
DOC_HTML = "https://html.spec.whatwg.org/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://docs.python.org/3/library/logging.html"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_PG = "https://www.postgresql.org/docs/current/libpq-connect.html"
DOC_MY = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PIP = "https://pip.pypa.io/en/stable/topics/configuration/"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_NGINX = "https://nginx.org/en/docs/"
DOC_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/systemd.exec.html"
DOC_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
DOC_STRIPE = "https://docs.stripe.com/keys"
DOC_SQUARE = "https://developer.squareup.com/docs/build-basics/access-tokens"
DOC_SLACK = "https://api.slack.com/messaging/webhooks"
DOC_TWILIO = "https://www.twilio.com/docs/iam/credentials/api"
DOC_SENDGRID = "https://docs.sendgrid.com/ui/account-and-settings/api-keys"
DOC_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
DOC_AZURE = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
DOC_GCP = "https://cloud.google.com/docs/authentication/api-keys"
DOC_VAULT = "https://developer.hashicorp.com/vault/docs"
DOC_SOPS = "https://github.com/getsops/sops"


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- bakery: ovens, tills, vans

add("blind-mi/env/postgres-password", "pryce-tills/.env", DOC_ENV, """\
# Tills Pasties Pryce - Resrudh (Redruth) branch
# Gwith: na gommyt an restren ma! (do not commit this file)
TILL_STORE_ID=RDR-01
TILL_DB_HOST=10.20.1.5
TILL_DB_NAME=tills
TILL_DB_USER=till_sync
TILL_DB_PASSWORD=@@s@@
TILL_RECEIPT_FOOTER="Meur ras! Thanks for your custom"
""", words_pw())

add("blind-mi/env/decoy-placeholder", "pryce-tills/.env.example", DOC_ENV, """\
# Dalleth (start) here: copy to .env and fill in from the vault
TILL_STORE_ID=RDR-01
TILL_DB_HOST=localhost
TILL_DB_NAME=tills
TILL_DB_USER=till_sync
TILL_DB_PASSWORD=<ask-ops-in-#tills>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
""")

add("blind-mi/python/stripe-secret", "pryce-tills/payments/stripe_client.py", DOC_STRIPE, '''\
"""Card payments for the tills (Stripe Terminal)."""
import stripe

# TODO: move to env before the Camborne branch opens
stripe.api_key = "@@s@@"


def take_payment(amount_pence: int, reader_id: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_pence,
        currency="gbp",
        payment_method_types=["card_present"],
        capture_method="automatic",
        metadata={"branch": "redruth", "till": reader_id},
    )
    return intent.id
''', stripe())

add("blind-mi/python/decoy-env-reference", "pryce-tills/payments/settings.py", DOC_PY, '''\
import os

# Alhwedhow (keys) come from the environment only, set by the till image at boot
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
TILL_DB_PASSWORD = os.getenv("TILL_DB_PASSWORD")
RECEIPT_PRINTER = os.getenv("RECEIPT_PRINTER", "/dev/usb/lp0")
''')

add("blind-mi/yaml/oven-mqtt-password", "ovens/telemetry/config.yaml", DOC_YAML, """\
# Fornow (ovens) telemetry - Rational combi ovens at Redruth bakehouse
broker:
  host: mqtt.bakehouse.pryce.local
  port: 8883
  tls: true
  username: oven-gateway
  password: "@@s@@"
ovens:
  - id: forn-1
    topic: bakehouse/forn-1/temp
  - id: forn-2
    topic: bakehouse/forn-2/temp
alert_above_celsius: 260
""", rand_pw(22))

add("blind-mi/yaml/decoy-vault-reference", "ovens/telemetry/config.prod.yaml", DOC_VAULT, """\
broker:
  host: mqtt.bakehouse.pryce.local
  port: 8883
  tls: true
  username: oven-gateway
  password: "{{ vault:secret/data/ovens/mqtt#password }}"
ovens:
  - id: forn-1
  - id: forn-2
  - id: forn-3   # nowydh (new) deck oven, Camborne
alert_above_celsius: 260
""")

sq = square()
add("blind-mi/kotlin/square-token", "van-app/app/src/main/java/kernow/pryce/vans/PaymentConfig.kt", DOC_SQUARE, """\
package kernow.pryce.vans

// Kyttrin (vans) take card payments at the roadside stops with Square Reader
object PaymentConfig {
    const val SQUARE_APPLICATION_ID = "sq0idp-Pr7ceVansRedruth01"
    const val SQUARE_LOCATION_ID = "L8KX2RDRVAN01"
    const val SQUARE_ACCESS_TOKEN = "@@s@@"
    const val CURRENCY = "GBP"
}
""", sq)

add("blind-mi/kotlin/decoy-buildconfig", "van-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """\
android {
    namespace = "kernow.pryce.vans"
    defaultConfig {
        applicationId = "kernow.pryce.vans"
        minSdk = 26
        // Tokens are injected by CI from the keystore, never written here
        buildConfigField("String", "SQUARE_ACCESS_TOKEN", "\\"${System.getenv("SQUARE_ACCESS_TOKEN") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("mapsKey") ?: ""}\\"")
    }
}
""")

add("blind-mi/go/postgres-dsn", "van-dispatch/internal/store/db.go", DOC_PG, """\
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Kesva (connect) to the dispatch database. Rounds for Porthtowan, St Agnes and Truro.
const dsn = "postgres://dispatch:@@s@@@pg-dispatch.pryce.internal:5432/vans?sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", rand_pw(18))

add("blind-mi/go/decoy-env-reference", "van-dispatch/internal/store/config.go", DOC_GO, """\
package store

import (
	"fmt"
	"os"
)

// DSN builds the connection string from the environment; ger-tremena (password) never in code.
func DSN() string {
	return fmt.Sprintf("postgres://%s:%s@%s:5432/vans?sslmode=require",
		os.Getenv("DISPATCH_DB_USER"), os.Getenv("DISPATCH_DB_PASSWORD"), os.Getenv("DISPATCH_DB_HOST"))
}
""")

add("blind-mi/k8s-secret/base64-password", "deploy/k8s/tills-db-secret.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: tills-db
  namespace: pryce-tills
  labels:
    app: tills-sync
type: Opaque
data:
  username: @@u@@
  password: @@e@@
""", (p := words_pw()), u=b64("till_sync"), e=b64(p))

add("blind-mi/k8s-secret/decoy-sealed-secret", "deploy/k8s/tills-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tills-db
  namespace: pryce-tills
spec:
  encryptedData:
    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq@@c@@
    username: AgCkQ8Xq0Z7tW3zQm9VtS1pL2nR8uY4e@@d@@
  template:
    metadata:
      name: tills-db
""", c=rand_pw(300, "+/"), d=rand_pw(260, "+/"))

add("blind-mi/markdown/slack-webhook", "docs/ovens/alerts.md", DOC_SLACK, """\
# Gwarnyansow fornow (oven alerts)

When a deck oven goes over 260 °C or the proofer door is left open for ten minutes the
gateway posts to **#bakehouse-redruth**.

Webhook (set up by Jenna, Kevardhu 2025):

    @@s@@

Test it with:

```
curl -X POST -H 'Content-type: application/json' --data '{"text":"Prevyans: forn-2"}' <webhook>
```
""", slack_hook())

add("blind-mi/markdown/decoy-redacted", "docs/ovens/alerts-runbook.md", DOC_MD, """\
# Oven alerts runbook

1. Check the gateway is up: `systemctl status oven-gateway`.
2. The Slack webhook lives in 1Password under *Bakehouse / Oven alerts webhook*.
   It looks like `https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXX`.
3. If the alert is for forn-3 (Camborne) ring the shift lead, not the Redruth line.
4. Na wra dilea (don't delete) the old webhook until the new one is confirmed.
""")

add("blind-mi/shell/aws-secret", "scripts/backup_till_receipts.sh", DOC_AWS, """\
#!/usr/bin/env bash
# Kopi diogel (backup) of the till receipts to S3, nightly at 02:00 from the back office PC
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@k@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=eu-west-2

DAY=$(date +%F)
tar czf "/srv/receipts/receipts-$DAY.tgz" /srv/tills/receipts
aws s3 cp "/srv/receipts/receipts-$DAY.tgz" "s3://pryce-receipts-backup/redruth/$DAY.tgz"
""", aws_secret(), k=aws_id())

add("blind-mi/shell/decoy-env-reference", "scripts/restore_receipts.sh", DOC_SH, """\
#!/usr/bin/env bash
# Restore a day of receipts. Credentials come from the instance profile; no keys here.
set -euo pipefail
: "${AWS_PROFILE:=pryce-backup}"
DAY="${1:?usage: restore_receipts.sh YYYY-MM-DD}"
aws s3 cp "s3://pryce-receipts-backup/redruth/$DAY.tgz" - | tar xz -C /srv/tills/restore
echo "Restored $DAY (gwrys yw!)"
""")

add("blind-mi/json/sendgrid-key", "loyalty-app/config/mail.json", DOC_SENDGRID, """\
{
  "provider": "sendgrid",
  "from": "hello@pryce-pasties.kernow",
  "fromName": "Pasties Pryce",
  "apiKey": "@@s@@",
  "templates": {
    "welcome": "d-4c1f0b2e9a7d4b6f8e3c2a1b0d9e8f7a",
    "freePasty": "d-9a8b7c6d5e4f40312a1b2c3d4e5f6a7b"
  }
}
""", sendgrid())

add("blind-mi/json/decoy-template-ids", "loyalty-app/config/mail.defaults.json", DOC_JSON, """\
{
  "provider": "sendgrid",
  "from": "hello@pryce-pasties.kernow",
  "apiKey": "${SENDGRID_API_KEY}",
  "templates": {
    "welcome": "d-4c1f0b2e9a7d4b6f8e3c2a1b0d9e8f7a",
    "freePasty": "d-9a8b7c6d5e4f40312a1b2c3d4e5f6a7b",
    "birthday": "d-0e1d2c3b4a5f46978a9b8c7d6e5f4a3b"
  }
}
""")

add("blind-mi/typescript/google-maps-key", "van-tracker/src/lib/geocode.ts", DOC_GCP, """\
// Geocode delivery drops (Redruth, Pool, Illogan, Portreath).
// Server-side key - restricted to the geocoding API only.
const GEOCODE_KEY = "@@s@@";

export async function geocode(address: string): Promise<[number, number]> {
  const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(address)}&key=${GEOCODE_KEY}`;
  const res = await fetch(url);
  const body = await res.json();
  const loc = body.results[0].geometry.location;
  return [loc.lat, loc.lng];
}
""", google_api())

add("blind-mi/typescript/decoy-env-reference", "van-tracker/src/lib/config.ts", DOC_TS, """\
// Settings for the van tracker. Gwra devnydh a'n environment (use the environment).
export const config = {
  geocodeKey: process.env.GEOCODE_KEY ?? "",
  mqttUrl: process.env.VAN_MQTT_URL ?? "mqtts://localhost:8883",
  mqttPassword: process.env.VAN_MQTT_PASSWORD,
  depot: { lat: 50.2331, lng: -5.2261, name: "Resrudh" },
};
""")

add("blind-mi/ini/mysql-password", "back-office/my.cnf", DOC_MY, """\
# Back office PC - stock and wages database (MariaDB)
[client]
user=stock
password=@@s@@
host=127.0.0.1
port=3306

[mysql]
database=pryce_stock
""", words_pw())

add("blind-mi/ini/decoy-empty", "back-office/my.cnf.dist", DOC_MY, """\
# Copy to my.cnf on the back office PC and fill in the password
[client]
user=stock
password=
host=127.0.0.1
port=3306
""")

add("blind-mi/terraform/azure-client-secret", "infra/terraform/provider.tf", DOC_TF, """\
# Hel Gwith - museum ticketing on Azure (UK South)
provider "azurerm" {
  features {}
  subscription_id = "3f1e2d4c-5b6a-4789-9a0b-1c2d3e4f5a6b"
  tenant_id       = "9b8a7c6d-5e4f-4321-8a9b-0c1d2e3f4a5b"
  client_id       = "5c4b3a29-1807-4f6e-9d5c-4b3a29180716"
  client_secret   = "@@s@@"
}
""", azure_secret())

add("blind-mi/terraform/decoy-variable", "infra/terraform/variables.tf", DOC_TF, """\
variable "client_secret" {
  description = "Service principal secret for the museum subscription (from the pipeline)"
  type        = string
  sensitive   = true
}

variable "tickets_db_password" {
  type      = string
  sensitive = true
  default   = ""
}
""")

# ---------------------------------------------------------------- museum: tickets and tours

add("blind-mi/php/mysql-password", "tickets/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Hel Gwith Stenn Kammbronn - tickets site (WordPress + WooCommerce) */
define( 'DB_NAME', 'helgwith_tickets' );
define( 'DB_USER', 'helgwith' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'hg_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("blind-mi/php/decoy-sample-config", "tickets/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** Sample: copy to wp-config.php on the server. */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'hg_';
""")

add("blind-mi/php/wp-auth-key", "tickets/wp-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """\
<?php
// Alhwedhow WordPress - generated for the tickets site, Metheven 2025
define('AUTH_KEY',         '@@s@@');
define('SECURE_AUTH_KEY',  'put your unique phrase here');
define('LOGGED_IN_KEY',    'put your unique phrase here');
define('NONCE_KEY',        'put your unique phrase here');
// TODO (Tamsin): regenerate the other three, the salt API was down
""", rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("blind-mi/python/twilio-token", "tours/notify/sms.py", DOC_TWILIO, '''\
"""SMS reminders for underground tour bookings (Tre'ath adit tour, 10:30 and 14:00)."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
FROM = "+447700900123"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(phone: str, slot: str) -> None:
    client.messages.create(
        to=phone, from_=FROM,
        body=f"Dydh da! Your underground tour at Hel Gwith starts {slot}. Wear flat shoes, hard hats provided.",
    )
''', hexs(32), sid=twilio_sid())

add("blind-mi/python/decoy-test-fixture", "tours/tests/test_sms.py", DOC_PY, '''\
from unittest import mock

from tours.notify import sms

# Fake values for the test only - Twilio's docs use the same dummy style.
FAKE_SID = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
FAKE_TOKEN = "your_auth_token"


def test_remind_sends_one_message():
    with mock.patch.object(sms, "client") as client:
        sms.remind("+447700900456", "10:30")
    assert client.messages.create.call_count == 1
''')

add("blind-mi/yaml/gha-npm-token", ".github/workflows/publish-ticket-widget.yml", DOC_GHA, """\
name: Publish ticket widget
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm run build
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@s@@   # TODO use secrets.NPM_TOKEN
""", npm())

add("blind-mi/yaml/decoy-gha-secrets", ".github/workflows/deploy-tickets.yml", DOC_GHA, """\
name: Deploy tickets site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Rsync to the museum server
        env:
          SSH_KEY: ${{ secrets.MUSEUM_DEPLOY_KEY }}
          DB_PASSWORD: ${{ secrets.TICKETS_DB_PASSWORD }}
        run: ./scripts/deploy.sh
""")

add("blind-mi/npmrc/npm-token", "ticket-widget/.npmrc", DOC_NPMRC, """\
; Widget an tokynnow (ticket widget) - publish as @helgwith
@helgwith:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", npm())

add("blind-mi/npmrc/decoy-env-reference", "van-tracker/.npmrc", DOC_NPMRC, """\
@pryce:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
always-auth=true
fund=false
audit=false
""")

add("blind-mi/csharp/connection-string", "TicketKiosk/appsettings.Production.json", DOC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Tickets": "Server=tcp:helgwith-sql.database.windows.net,1433;Initial Catalog=tickets;User ID=kiosk;Password=@@s@@;Encrypt=True;"
  },
  "Kiosk": {
    "Location": "Dyghtyans (entrance hall)",
    "PrinterName": "Star TSP143"
  }
}
""", words_pw())

add("blind-mi/csharp/decoy-user-secrets", "TicketKiosk/appsettings.json", DOC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Tickets": "Server=(localdb)\\\\MSSQLLocalDB;Database=tickets;Trusted_Connection=True;"
  },
  "Kiosk": { "Location": "dev", "PrinterName": "PDF" },
  "_comment": "Production secrets come from Azure Key Vault (kv-helgwith) via managed identity"
}
""")

add("blind-mi/csharp/storage-key", "TicketKiosk/Services/TicketPdfStore.cs", DOC_AZURE, """\
using Azure.Storage.Blobs;

namespace HelGwith.TicketKiosk.Services;

// Keeps printed ticket PDFs for 30 days (Gwith an tokyn - keep the ticket)
public class TicketPdfStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=helgwithtickets;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "ticket-pdfs");

    public Task SaveAsync(string id, Stream pdf) => _container.UploadBlobAsync($"{id}.pdf", pdf);
}
""", azure_storage_key())

add("blind-mi/csharp/decoy-managed-identity", "TicketKiosk/Services/BlobFactory.cs", DOC_CS, """\
using Azure.Identity;
using Azure.Storage.Blobs;

namespace HelGwith.TicketKiosk.Services;

public static class BlobFactory
{
    // No account key: the kiosk VM's managed identity has Storage Blob Data Contributor.
    public static BlobServiceClient Create() =>
        new(new Uri("https://helgwithtickets.blob.core.windows.net"), new DefaultAzureCredential());
}
""")

add("blind-mi/ruby/stripe-restricted", "giftshop/config/initializers/stripe.rb", DOC_STRIPE, """\
# Gift shop (Shoppa Ro) - stripe for online orders of tin jewellery and mine maps
Rails.configuration.stripe = {
  publishable_key: "pk_live_51HgWithShopPubKey0000000000000000",
  secret_key:      "@@s@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
""", stripe("rk_live_"))

add("blind-mi/ruby/decoy-credentials-reference", "giftshop/config/initializers/mailer.rb", DOC_RB, """\
# Mail settings read from encrypted credentials (config/credentials.yml.enc)
Rails.application.configure do
  config.action_mailer.smtp_settings = {
    address:   "smtp.mailgun.org",
    port:      587,
    user_name: Rails.application.credentials.dig(:mailgun, :user),
    password:  Rails.application.credentials.dig(:mailgun, :password),
    authentication: :plain
  }
end
""")

add("blind-mi/yaml/rails-database", "giftshop/config/database.yml", DOC_RB, """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: shoppa_dev

production:
  <<: *default
  database: shoppa
  username: shoppa
  password: @@s@@
  host: db.helgwith.internal
""", rand_pw(24))

add("blind-mi/yaml/decoy-rails-env", "giftshop/config/database.ci.yml", DOC_RB, """\
test:
  adapter: postgresql
  database: shoppa_test
  username: postgres
  password: <%= ENV.fetch("POSTGRES_PASSWORD", "") %>
  host: <%= ENV.fetch("POSTGRES_HOST", "localhost") %>
""")

add("blind-mi/java/properties-password", "tour-bookings/src/main/resources/application-prod.properties", DOC_JAVA, """\
# Lyver (bookings) service - underground tours, max 12 per group
server.port=8080
spring.datasource.url=jdbc:postgresql://bookings-db.helgwith.internal:5432/tours
spring.datasource.username=tours_app
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
tours.max-group-size=12
tours.slots=10:30,12:00,14:00,15:30
""", words_pw())

add("blind-mi/java/decoy-properties-env", "tour-bookings/src/main/resources/application.properties", DOC_JAVA, """\
server.port=8080
spring.datasource.url=${TOURS_DB_URL:jdbc:postgresql://localhost:5432/tours}
spring.datasource.username=${TOURS_DB_USER:tours_app}
spring.datasource.password=${TOURS_DB_PASSWORD:}
tours.max-group-size=12
management.endpoints.web.exposure.include=health,info
""")

add("blind-mi/java/jwt-secret", "tour-bookings/src/main/java/kernow/helgwith/tours/security/TokenService.java", "https://github.com/jwtk/jjwt", """\
package kernow.helgwith.tours.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;

public class TokenService {
    // Alhwedh sinya (signing key) for staff tablets at the shaft head
    private static final SecretKey KEY = Keys.hmacShaKeyFor(
        "@@s@@".getBytes(StandardCharsets.UTF_8));

    public String issue(String guideId) {
        return Jwts.builder().subject(guideId).signWith(KEY).compact();
    }
}
""", jwt_secret())

add("blind-mi/java/decoy-public-key", "tour-bookings/src/main/resources/keys/tablet-verify.pub.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@a@@
@@b@@
@@c@@
-----END PUBLIC KEY-----
""", a=rand_pw(20, "+/"), b=rand_pw(64, "+/"), c=rand_pw(40, "+/") + "IDAQAB")

add("blind-mi/sql/create-role", "tour-bookings/db/migrations/V3__reporting_role.sql", DOC_SQL, """\
-- Rol derivas (reporting role) for the trustees' monthly visitor figures
CREATE ROLE trustees_report LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE tours TO trustees_report;
GRANT USAGE ON SCHEMA public TO trustees_report;
GRANT SELECT ON bookings, visitors, tour_slots TO trustees_report;
""", words_pw())

add("blind-mi/sql/decoy-hash", "tour-bookings/db/seed/V9__staff_users.sql", DOC_SQL, """\
-- Staff logins for the booking admin (bcrypt hashes, cost 12)
INSERT INTO staff (login, name, password_hash) VALUES
  ('tamsin', 'Tamsin Angove', '$2b$12$@@a@@'),
  ('jory',   'Jory Trevithick', '$2b$12$@@b@@'),
  ('morwenna', 'Morwenna Pascoe', '$2b$12$@@c@@');
""", a=rand_pw(53, "./"), b=rand_pw(53, "./"), c=rand_pw(53, "./"))

add("blind-mi/log/basic-auth-url", "logs/tickets-sync-2025-11-03.log", DOC_LOG, """\
2025-11-03 06:00:01 INFO  sync starting (museum=helgwith, day=2025-11-03)
2025-11-03 06:00:01 DEBUG fetching https://tickets:@@s@@@api.ticketbox.kernow/v2/bookings?day=2025-11-03
2025-11-03 06:00:02 INFO  142 bookings (underground: 96, surface: 46)
2025-11-03 06:00:02 WARN  slot 14:00 over capacity (13/12)
2025-11-03 06:00:03 INFO  sync done in 2.1s
""", rand_pw(16))

add("blind-mi/log/decoy-masked", "logs/tickets-sync-2025-11-04.log", DOC_LOG, """\
2025-11-04 06:00:01 INFO  sync starting (museum=helgwith, day=2025-11-04)
2025-11-04 06:00:01 DEBUG fetching https://tickets:****@api.ticketbox.kernow/v2/bookings?day=2025-11-04
2025-11-04 06:00:02 INFO  118 bookings (underground: 80, surface: 38)
2025-11-04 06:00:02 DEBUG auth header Authorization: Basic ***redacted***
2025-11-04 06:00:03 INFO  sync done in 1.9s
""")

add("blind-mi/dockerfile/env-token", "van-tracker/Dockerfile", DOC_DOCKER, """\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY dist ./dist
# Gwarnyans: temporary, until the Camborne depot has its own broker
ENV VAN_MQTT_URL=mqtts://vans.pryce.kernow:8883
ENV VAN_MQTT_PASSWORD=@@s@@
EXPOSE 3000
CMD ["node", "dist/server.js"]
""", redis_pw())

add("blind-mi/dockerfile/decoy-build-secret", "pryce-tills/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv/tills
COPY requirements.txt .
# The private index token is mounted at build time, never baked into a layer
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.pryce.kernow/simple" \\
    pip install -r requirements.txt
COPY . .
CMD ["python", "-m", "tills.sync"]
""")

add("blind-mi/compose/postgres-password", "ovens/docker-compose.yml", DOC_COMPOSE, """\
services:
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
    depends_on: [timescale]
  timescale:
    image: timescale/timescaledb:latest-pg16
    environment:
      POSTGRES_USER: fornow
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: oven_temps
    volumes:
      - ./data:/var/lib/postgresql/data
""", rand_pw(20))

add("blind-mi/compose/decoy-secret-file", "tour-bookings/docker-compose.yml", DOC_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tours_app
      POSTGRES_PASSWORD_FILE: /run/secrets/tours_db_password
    secrets: [tours_db_password]
secrets:
  tours_db_password:
    file: ./secrets/tours_db_password.txt   # gitignored
""")

add("blind-mi/helm/redis-password", "deploy/helm/loyalty/values-prod.yaml", DOC_HELM, """\
replicaCount: 2
image:
  repository: ghcr.io/pryce-pasties/loyalty
  tag: "2.4.1"
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@s@@"
ingress:
  enabled: true
  hosts:
    - host: kerenza.pryce-pasties.kernow   # "kerensa" = love, the loyalty card name
""", redis_pw())

add("blind-mi/helm/decoy-existing-secret", "deploy/helm/loyalty/values.yaml", DOC_HELM, """\
replicaCount: 1
image:
  repository: ghcr.io/pryce-pasties/loyalty
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: loyalty-redis
    existingSecretPasswordKey: redis-password
    password: ""
""")

add("blind-mi/ansible/vault-plain", "ops/ansible/group_vars/tills.yml", DOC_ANSIBLE, """\
---
# Tills in all branches: Resrudh, Kammbronn, Pool, Hellys (Helston)
till_user: till
till_sync_interval: 300
till_db_host: 10.20.1.5
till_db_password: "@@s@@"
till_printer: star_tsp143
ntp_servers:
  - 0.uk.pool.ntp.org
""", words_pw())

add("blind-mi/ansible/decoy-vault-encrypted", "ops/ansible/group_vars/tills_vault.yml", DOC_ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(48))

add("blind-mi/gitlab-ci/deploy-token", "museum-kiosk/.gitlab-ci.yml", DOC_GITLAB, """\
stages: [build, deploy]

variables:
  KIOSK_IMAGE: registry.gitlab.com/helgwith/kiosk
  GITLAB_API_TOKEN: "@@s@@"

build:
  stage: build
  script:
    - docker build -t $KIOSK_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy:
  stage: deploy
  script:
    - 'curl --header "PRIVATE-TOKEN: $GITLAB_API_TOKEN" "https://gitlab.com/api/v4/projects/4242/releases"'
""", gitlab())

add("blind-mi/gitlab-ci/decoy-masked-variable", "museum-site/.gitlab-ci.yml", DOC_GITLAB, """\
# Masked, protected variables set in Settings > CI/CD: DEPLOY_KEY, SFTP_PASSWORD
deploy:
  image: alpine:3.20
  script:
    - apk add lftp
    - lftp -u "helgwith,$SFTP_PASSWORD" sftp://web.helgwith.kernow -e "mirror -R public/ www/; quit"
  only: [main]
""")

add("blind-mi/notebook/datadog-key", "analytics/pasty_sales_by_weather.ipynb", DOC_NB, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Gwerthow pasti ha'n gewer (pasty sales and the weather)\\n", "Redruth vs Camborne, summer 2025"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from datadog_api_client import Configuration\\n",
    "cfg = Configuration()\\n",
    "cfg.api_key['apiKeyAuth'] = '@@s@@'\\n",
    "cfg.server_variables['site'] = 'datadoghq.eu'"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", datadog())

add("blind-mi/notebook/decoy-getpass", "analytics/visitor_numbers.ipynb", DOC_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, psycopg2\\n",
    "pw = getpass.getpass('tours db password: ')\\n",
    "conn = psycopg2.connect(host='bookings-db', dbname='tours', user='analyst', password=pw)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-mi/csv/staff-passwords", "back-office/exports/till_logins_rdr.csv", DOC_CSV, """\
branch,till,operator,pin,backoffice_password
RDR,till-1,jenna,****,
RDR,till-2,kev,****,
RDR,manager,lowena,****,@@s@@
CMB,till-1,piran,****,
""", words_pw())

add("blind-mi/csv/decoy-ids", "back-office/exports/van_fleet.csv", DOC_CSV, """\
van,reg,tracker_imei,fuel_card,route
kyttrin-1,WK21 PRY,356938035643809,**** **** **** 4417,Redruth-Porthtowan
kyttrin-2,WK22 PRY,356938035643817,**** **** **** 9021,Camborne-Hayle
kyttrin-3,WK73 PRY,356938035643825,**** **** **** 3356,Pool-Portreath
kyttrin-4,WK74 PRY,356938035643833,**** **** **** 7780,Truro-St Agnes
""")

add("blind-mi/rst/api-key-in-docs", "docs/tickets/integration.rst", DOC_RST, """\
Ticketbox integration
=====================

Hel Gwith sells timed entry and underground tour tickets through Ticketbox.

Credentials
-----------

:Endpoint: ``https://api.ticketbox.kernow/v2``
:Account: ``helgwith``
:API key: ``@@s@@``

.. note:: Kemmer with (take care): the same key is used by the kiosk and the website.
""", "tbx_live_" + rand_pw(32))

add("blind-mi/rst/decoy-example-key", "docs/tickets/sandbox.rst", DOC_RST, """\
Sandbox
=======

Use the Ticketbox sandbox while testing; its documentation gives this example key,
which only works against ``sandbox.ticketbox.kernow`` and returns canned bookings:

.. code-block:: bash

   export TICKETBOX_KEY=tbx_test_EXAMPLEKEY000000000000000000000
   curl -H "X-Api-Key: $TICKETBOX_KEY" https://sandbox.ticketbox.kernow/v2/ping
""")

add("blind-mi/html/mailgun-key", "museum-site/admin/newsletter.html", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """\
<!doctype html>
<html lang="kw">
<head><meta charset="utf-8"><title>Lyther nowodhow (newsletter)</title></head>
<body>
  <h1>Send the Friends of Hel Gwith newsletter</h1>
  <form id="send"><textarea name="body"></textarea><button>Danvon</button></form>
  <script>
    const MAILGUN_KEY = "@@s@@";
    document.getElementById("send").onsubmit = async (e) => {
      e.preventDefault();
      await fetch("https://api.eu.mailgun.net/v3/lists.helgwith.kernow/messages", {
        method: "POST", headers: { Authorization: "Basic " + btoa("api:" + MAILGUN_KEY) },
        body: new FormData(e.target) });
    };
  </script>
</body>
</html>
""", mailgun())

add("blind-mi/html/decoy-publishable-key", "museum-site/donate.html", DOC_STRIPE, """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Donate - Hel Gwith Stenn</title>
<script src="https://js.stripe.com/v3/"></script></head>
<body>
  <h1>Help keep the engine house standing</h1>
  <div id="card"></div>
  <script>
    const stripe = Stripe("pk_live_@@p@@");
    stripe.elements().create("card").mount("#card");
  </script>
</body>
</html>
""", p=rand_pw(99))

add("blind-mi/powershell/sql-password", "ops/kiosk/Reset-KioskDb.ps1", DOC_PS, """\
# Daskor (restore) the kiosk's local ticket cache from the central DB
param([string]$Kiosk = "KIOSK-ENTRANCE")

$cred = New-Object System.Management.Automation.PSCredential(
    "kiosk_admin", (ConvertTo-SecureString "@@s@@" -AsPlainText -Force))

Invoke-Sqlcmd -ServerInstance "helgwith-sql.database.windows.net" -Database tickets `
    -Credential $cred -Query "EXEC dbo.ResetKioskCache @kiosk = '$Kiosk'"
Write-Host "Kiosk $Kiosk reset"
""", words_pw())

add("blind-mi/powershell/decoy-secret-store", "ops/kiosk/Get-KioskCred.ps1", DOC_PS, """\
# Reads the kiosk credential from the SecretStore vault on the office PC
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'helgwith-kiosk-admin' -Vault 'HelGwithStore'
if (-not $cred) { throw "Secret missing - ask Tamsin to add it" }
$cred
""")

add("blind-mi/swift/api-key", "LoyaltyiOS/Kerenza/Services/APIClient.swift", DOC_SWIFT, """\
import Foundation

// Kerensa loyalty app - talks to the loyalty API
enum API {
    static let base = URL(string: "https://api.kerenza.pryce-pasties.kernow")!
    static let serverKey = "@@s@@"
}

func fetchStamps(card: String) async throws -> Int {
    var req = URLRequest(url: API.base.appendingPathComponent("cards/\\(card)/stamps"))
    req.setValue("Bearer \\(API.serverKey)", forHTTPHeaderField: "Authorization")
    let (data, _) = try await URLSession.shared.data(for: req)
    return try JSONDecoder().decode(Int.self, from: data)
}
""", "kz_srv_" + rand_pw(40))

add("blind-mi/swift/decoy-plist-reference", "LoyaltyiOS/Kerenza/Config.swift", DOC_SWIFT, """\
import Foundation

// Values come from Config.xcconfig, which CI writes; the repo copy holds placeholders.
enum Config {
    static var apiKey: String { Bundle.main.object(forInfoDictionaryKey: "KERENZA_API_KEY") as? String ?? "" }
    static var mapsKey: String { Bundle.main.object(forInfoDictionaryKey: "MAPS_KEY") as? String ?? "" }
}
""")

add("blind-mi/rust/telegram-token", "oven-bot/src/main.rs", "https://core.telegram.org/bots/api", """\
use teloxide::prelude::*;

// Bot an fornow: tells the night baker when forn-1 reaches temperature
const BOT_TOKEN: &str = "@@s@@";

#[tokio::main]
async fn main() {
    let bot = Bot::new(BOT_TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Forn-1: 230 °C, parys (ready)").await?;
        Ok(())
    })
    .await;
}
""", telegram())

add("blind-mi/rust/decoy-env-reference", "oven-bot/src/config.rs", DOC_RS, """\
use std::env;

pub struct Config {
    pub bot_token: String,
    pub chat_id: i64,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            bot_token: env::var("OVEN_BOT_TOKEN").expect("OVEN_BOT_TOKEN not set"),
            chat_id: env::var("OVEN_CHAT_ID").unwrap_or_default().parse().unwrap_or(0),
        }
    }
}
""")

add("blind-mi/history/mysql-command-line", "back-office/.bash_history", DOC_HIST, """\
cd /srv/stock
ls -la exports/
mysql -u stock -p@@s@@ pryce_stock -e "select sku, qty from stock where qty < 20"
vim exports/flour_order.csv
scp exports/flour_order.csv kev@office-cmb:/home/kev/
exit
""", rand_pw(14))

add("blind-mi/history/pgpassword", "ops/notes/jory_history.txt", DOC_HIST, """\
  501  ssh jory@bookings-db.helgwith.internal
  502  sudo -u postgres psql tours
  503  PGPASSWORD='@@s@@' pg_dump -h bookings-db.helgwith.internal -U tours_app tours > tours-2025-10-31.sql
  504  gzip tours-2025-10-31.sql
  505  aws s3 cp tours-2025-10-31.sql.gz s3://helgwith-backups/
  506  history > ops/notes/jory_history.txt
""", words_pw())

add("blind-mi/history/decoy-prompted", "ops/notes/lowena_history.txt", DOC_HIST, """\
  210  cd ~/tills
  211  git pull
  212  psql -h 10.20.1.5 -U till_sync -W tills
  213  export PGPASSWORD=$(pass show pryce/tills-db)
  214  ./scripts/nightly_totals.sh
  215  unset PGPASSWORD
""")

add("blind-mi/ssh-key/openssh-private", "ops/keys/van-router-deploy", "https://man.openbsd.org/ssh-keygen", """\
-----BEGIN OPENSSH PRIVATE KEY-----
@@b@@
-----END OPENSSH PRIVATE KEY-----
""", (k := fakes.fake_pem(_seed(), "OPENSSH")), b=k.split("\n", 1)[1].rsplit("\n", 1)[0])

add("blind-mi/ssh-key/decoy-public", "ops/keys/van-router-deploy.pub", "https://man.openbsd.org/ssh-keygen", """\
# Public half of the van router deploy key (kyttrin-1..4). Safe to share.
# Added to /etc/dropbear/authorized_keys on each router.
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@a@@ deploy@pryce-vans
# fingerprint SHA256:@@f@@
# (the private half is in 1Password: "Van routers deploy key")
""", a=rand_pw(44, "+/"), f=rand_pw(43, "+/"))

add("blind-mi/yaml/pem-in-yaml", "deploy/k8s/kiosk-tls.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-tls
  namespace: helgwith
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIC4jCCAcqgAwIBAgIUHgWkiosk0000000000000000000000wDQYJKoZIhvcNAQEL
    -----END CERTIFICATE-----
  tls.key: |
@@k@@
""", (pk := pem("EC")), k="\n".join("    " + line for line in pk.splitlines()))

add("blind-mi/netrc/password", "ops/dotfiles/.netrc", DOC_NETRC, """\
# FTP to the ticket printer supplier for the monthly ticket stock artwork
machine ftp.printyans-kernow.co.uk
  login helgwith
  password @@s@@

machine api.ticketbox.kernow
  login tickets
""", words_pw())

add("blind-mi/netrc/decoy-empty", "ops/dotfiles/.netrc.template", DOC_NETRC, """\
# Template - fill in locally, never commit the filled copy
machine ftp.printyans-kernow.co.uk
  login helgwith
  password CHANGE_ME

machine api.ticketbox.kernow
  login tickets
  password CHANGE_ME
""")

add("blind-mi/pip-conf/index-password", "pryce-tills/pip.conf", DOC_PIP, """\
[global]
# Private index for the till packages (pryce-tills, pryce-receipts)
index-url = https://deploy:@@s@@@pypi.pryce.kernow/simple/
extra-index-url = https://pypi.org/simple/
timeout = 30
""", rand_pw(26))

add("blind-mi/pypirc/pypi-token", "receipts-lib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("blind-mi/pypirc/decoy-keyring", "receipts-lib/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
# password comes from keyring: `keyring set https://upload.pypi.org/legacy/ __token__`
""")

add("blind-mi/systemd/environment", "ovens/deploy/oven-gateway.service", DOC_SYSTEMD, """\
[Unit]
Description=Oven telemetry gateway (fornow Resrudh)
After=network-online.target

[Service]
User=oven
Environment=MQTT_HOST=mqtt.bakehouse.pryce.local
Environment=MQTT_PASSWORD=@@s@@
ExecStart=/opt/oven-gateway/bin/gateway --config /etc/oven-gateway.yaml
Restart=always

[Install]
WantedBy=multi-user.target
""", rand_pw(22))

add("blind-mi/systemd/decoy-credential-file", "tours/deploy/tour-reminders.service", DOC_SYSTEMD, """\
[Unit]
Description=Underground tour SMS reminders

[Service]
User=tours
LoadCredential=twilio_token:/etc/helgwith/creds/twilio_token
Environment=TWILIO_TOKEN_FILE=%d/twilio_token
ExecStart=/usr/bin/python3 -m tours.notify.daemon

[Install]
WantedBy=multi-user.target
""")

add("blind-mi/nginx/decoy-htpasswd", "museum-site/deploy/htpasswd", DOC_NGINX, """\
# Staff preview of the new exhibition pages (Stenn ha Tus - Tin and People)
tamsin:$apr1$Kq3v8/2d$@@a@@
jory:$apr1$Zp9L1mWx$@@b@@
morwenna:$apr1$7HbT0qYe$@@c@@
trustees:$apr1$Rr4nPq2s$@@d@@
""", a=rand_pw(22, "./"), b=rand_pw(22, "./"), c=rand_pw(22, "./"), d=rand_pw(22, "./"))

add("blind-mi/nginx/basic-auth-header", "museum-site/deploy/nginx-tickets.conf", DOC_NGINX, """\
server {
    listen 443 ssl;
    server_name tokynnow.helgwith.kernow;

    location /api/ {
        proxy_pass https://api.ticketbox.kernow/v2/;
        # Ticketbox wants basic auth on every call
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Host api.ticketbox.kernow;
    }
}
""", b64("helgwith:" + words_pw()))

add("blind-mi/python/split-password", "tours/db.py", DOC_PY, '''\
import psycopg2

# Split so it fits on the line. (Ny vydh hemma y'n kod rag nevra - temporary!)
TOURS_DB = dict(
    host="bookings-db.helgwith.internal",
    dbname="tours",
    user="tours_app",
    password=("@@a@@"
              "@@b@@"),
)


def connect():
    return psycopg2.connect(**TOURS_DB)
''', (sp := rand_pw(24)), a=sp[:12], b=sp[12:])

add("blind-mi/python/django-secret", "museum-site/helgwith/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["helgwith.kernow", "www.helgwith.kernow"]
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", "English"), ("kw", "Kernewek")]
CSRF_TRUSTED_ORIGINS = ["https://helgwith.kernow"]
''', django_key())

add("blind-mi/python/decoy-django-dev", "museum-site/helgwith/settings/dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''\
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["*"]
# Only for runserver on a laptop; prod reads DJANGO_SECRET_KEY from the environment.
SECRET_KEY = "django-insecure-dev-only-not-a-secret"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''')

add("blind-mi/python/openai-key", "museum-site/guide_bot/answer.py", "https://platform.openai.com/docs/api-reference/authentication", '''\
"""An Gwithyas (the guide): answers visitor questions about the mine in English and Kernewek."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = "You are a guide at a Cornish tin mine museum in Camborne. Answer briefly."


def ask(question: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return out.choices[0].message.content
''', openai())

add("blind-mi/python/decoy-hash-compare", "museum-site/guide_bot/auth.py", DOC_PY, '''\
import hashlib
import hmac

# SHA-256 of the staff console passphrase (the passphrase itself is not stored anywhere here)
CONSOLE_PASS_SHA256 = "@@h@@"


def check(passphrase: str) -> bool:
    digest = hashlib.sha256(passphrase.encode()).hexdigest()
    return hmac.compare_digest(digest, CONSOLE_PASS_SHA256)
''', h=hexs(64))

add("blind-mi/javascript/discord-webhook", "ovens/scripts/notify-discord.js", "https://discord.com/developers/docs/resources/webhook", """\
// Post the morning bake count to the staff Discord (#fornow)
const HOOK = "@@s@@";

async function postBakeCount(counts) {
  const lines = Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join("\\n");
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Pobas hedhyw (baked today):\\n${lines}` }),
  });
}

module.exports = { postBakeCount };
""", discord_hook())

add("blind-mi/javascript/decoy-dotenv", "ovens/scripts/config.js", DOC_JS, """\
require("dotenv").config();

module.exports = {
  discordHook: process.env.DISCORD_WEBHOOK_URL || "",
  bakeCountsUrl: process.env.BAKE_COUNTS_URL || "http://localhost:8080/counts",
  // e.g. DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>
};
""")

add("blind-mi/javascript/firebase-admin-json", "loyalty-app/functions/admin.js", "https://firebase.google.com/docs/admin/setup", """\
const admin = require("firebase-admin");

// Service account for push notifications ("your free pasty is waiting!")
const serviceAccount = JSON.parse(`{
  "type": "service_account",
  "project_id": "kerenza-loyalty",
  "private_key_id": "@@i@@",
  "private_key": "@@s@@",
  "client_email": "push@kerenza-loyalty.iam.gserviceaccount.com"
}`);

admin.initializeApp({ credential: admin.credential.cert(serviceAccount) });
module.exports = admin;
""", pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\\\n"), i=hexs(40))

add("blind-mi/markdown/notes-table", "docs/wiki/Tills-Handover.md", DOC_MD, """\
# Tills handover - Lowena to Piran (Du 2025)

| System            | Where                     | Login        | Password / key          |
|-------------------|---------------------------|--------------|-------------------------|
| Till back office  | https://tills.pryce.local | manager      | (yours, from Lowena)    |
| Card terminals    | Square dashboard          | ops@pryce    | 1Password               |
| Stock DB          | office PC, MariaDB        | stock        | @@s@@ |
| Receipt printer   | 10.20.1.40                | -            | none                    |

Mar pleg (please) change the stock DB one after you start.
""", words_pw())

add("blind-mi/markdown/sentence-password", "docs/wiki/Oven-Engineer-Visit.md", DOC_MD, """\
# Rational engineer visit, 14 Hedra

The engineer needs the ConnectedCooking account to push firmware to forn-1 and forn-2.
Login is bakehouse@pryce-pasties.kernow and the password is @@s@@ - he was told on the phone,
but write it here so the Saturday shift can let him in if he comes back.

After the visit: forn-2 steam generator descaled, fan motor bearing to be replaced in the new year.
""", words_pw())

add("blind-mi/markdown/decoy-example-values", "docs/wiki/Loyalty-API.md", DOC_MD, """\
# Kerensa loyalty API

All calls need a bearer token:

```http
GET /cards/1234/stamps HTTP/1.1
Host: api.kerenza.pryce-pasties.kernow
Authorization: Bearer <your-server-key>
```

Server keys start with `kz_srv_` and are issued per branch from the admin panel
(Settings > Alhwedhow). Rotate them every 90 days; never paste a real one into this wiki.
""")

add("blind-mi/markdown/decoy-changelog-ids", "loyalty-app/CHANGELOG.md", DOC_MD, """\
# Changelog

## 2.4.1 - 2025-11-02
- Fix: stamps not counted when the card was scanned twice within a minute (#212).
- Build `sha256:@@h@@`.

## 2.4.0 - 2025-10-20
- New: Kernewek translation of the app (thanks Morwenna!).
- Commit `@@c@@`.
""", h=hexs(64), c=hexs(40))

add("blind-mi/yaml/github-token-in-config", "ops/renovate/config.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", """\
# Self-hosted Renovate for the bakery repos
platform: github
endpoint: https://api.github.com/
token: @@s@@
repositories:
  - pryce-pasties/tills
  - pryce-pasties/van-tracker
  - pryce-pasties/loyalty
onboarding: false
""", gh())

add("blind-mi/yaml/fine-grained-pat", "ops/backstage/app-config.local.yaml", "https://backstage.io/docs/integrations/github/locations", """\
app:
  title: Pryce Pasties dev portal
integrations:
  github:
    - host: github.com
      token: @@s@@
catalog:
  locations:
    - type: url
      target: https://github.com/pryce-pasties/catalog/blob/main/all.yaml
""", fakes.github_fine_grained_token(_seed()))

add("blind-mi/yaml/decoy-github-env", "ops/renovate/config.prod.yaml", "https://docs.renovatebot.com/self-hosted-configuration/", """\
platform: github
endpoint: https://api.github.com/
token: "{{ env.RENOVATE_TOKEN }}"
repositories:
  - pryce-pasties/tills
  - pryce-pasties/van-tracker
hostRules:
  - matchHost: npm.pkg.github.com
    token: "{{ env.GH_PACKAGES_TOKEN }}"
""")

add("blind-mi/aws-config/credentials", "ops/dotfiles/aws/credentials", DOC_AWS, """\
[default]
region = eu-west-2

[helgwith-backup]
aws_access_key_id = @@k@@
aws_secret_access_key = @@s@@
""", aws_secret(), k=aws_id())

add("blind-mi/aws-config/decoy-sso", "ops/dotfiles/aws/config", DOC_AWS, """\
[profile pryce-backup]
sso_session = pryce
sso_account_id = 123456789012
sso_role_name = BackupOperator
region = eu-west-2

[sso-session pryce]
sso_start_url = https://pryce-pasties.awsapps.com/start
sso_region = eu-west-2
""")

add("blind-mi/terraform/tfvars-password", "infra/terraform/museum.auto.tfvars", DOC_TF, """\
location            = "uksouth"
resource_group      = "rg-helgwith-tickets"
sql_admin_login     = "helgwithadmin"
sql_admin_password  = "@@s@@"
kiosk_count         = 3
tags = {
  owner = "tamsin"
  site  = "kammbronn"
}
""", words_pw())

add("blind-mi/terraform/decoy-random-password", "infra/terraform/sql.tf", DOC_TF, """\
resource "random_password" "sql_admin" {
  length  = 24
  special = true
}

resource "azurerm_mssql_server" "tickets" {
  name                         = "helgwith-sql"
  resource_group_name          = var.resource_group
  location                     = var.location
  version                      = "12.0"
  administrator_login          = "helgwithadmin"
  administrator_login_password = random_password.sql_admin.result
}
""")

add("blind-mi/terraform/datadog-keys", "infra/terraform/datadog.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", """\
provider "datadog" {
  api_key = "@@s@@"
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

resource "datadog_monitor" "oven_offline" {
  name    = "Forn offline (Resrudh)"
  type    = "service check"
  query   = "\\"oven.gateway.up\\".over(\\"site:redruth\\").last(3).count_by_status()"
  message = "An forn yw ledhys? @slack-bakehouse-redruth"
}
""", datadog())

add("blind-mi/go/slack-bot-token", "van-dispatch/cmd/morning-brief/main.go", "https://api.slack.com/authentication/token-types", """\
package main

import (
	"log"

	"github.com/slack-go/slack"
)

// Morning brief for the van drivers: rounds, road closures on the A30, pasty counts.
func main() {
	api := slack.New("@@s@@")
	_, _, err := api.PostMessage("C04VANS", slack.MsgOptionText("Myttin da! Rounds are in the sheet.", false))
	if err != nil {
		log.Fatal(err)
	}
}
""", slack_bot())

add("blind-mi/go/decoy-test-token", "van-dispatch/cmd/morning-brief/main_test.go", DOC_GO, """\
package main

import "testing"

// A fake token in Slack's documented shape; the test server never checks it.
const testToken = "xoxb-not-a-real-token-this-will-not-work"

func TestBriefText(t *testing.T) {
	if got := briefText(3); got == "" {
		t.Fatal("empty brief")
	}
	_ = testToken
}
""")

add("blind-mi/kotlin/mqtt-password", "van-app/app/src/main/java/kernow/pryce/vans/Tracker.kt", "https://www.eclipse.org/paho/", """\
package kernow.pryce.vans

import org.eclipse.paho.client.mqttv3.MqttClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions

class Tracker(private val vanId: String) {
    private val client = MqttClient("ssl://vans.pryce.kernow:8883", "kyttrin-$vanId")

    fun connect() {
        val opts = MqttConnectOptions().apply {
            userName = "van"
            password = "@@s@@".toCharArray()
            isAutomaticReconnect = true
        }
        client.connect(opts)
    }
}
""", redis_pw())

add("blind-mi/properties/gradle-signing", "van-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing", """\
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Alhwedh sina (signing key) for the van app
PRYCE_UPLOAD_STORE_FILE=../keys/pryce-upload.jks
PRYCE_UPLOAD_KEY_ALIAS=pryce-upload
PRYCE_UPLOAD_STORE_PASSWORD=@@s@@
PRYCE_UPLOAD_KEY_PASSWORD=@@s@@
""", rand_pw(20))

add("blind-mi/properties/decoy-local-sdk", "van-app/local.properties", "https://developer.android.com/studio/build", """\
## This file is automatically generated by Android Studio.
# Do not modify this file -- YOUR CHANGES WILL BE ERASED!
sdk.dir=/home/piran/Android/Sdk
MAPS_API_KEY=YOUR_MAPS_KEY_HERE
signing.storePassword=
""")

add("blind-mi/env/redis-url", "loyalty-app/.env.production", DOC_ENV, """\
NODE_ENV=production
PORT=8080
REDIS_URL=redis://default:@@s@@@redis-kerenza.pryce.internal:6379/0
STAMPS_PER_FREE_PASTY=9
CORS_ORIGINS=https://kerenza.pryce-pasties.kernow
""", redis_pw())

add("blind-mi/env/openai-key", "museum-site/.env", DOC_ENV, """\
DJANGO_SETTINGS_MODULE=helgwith.settings.prod
# An Gwithyas chatbot
OPENAI_API_KEY=@@s@@
GUIDE_MAX_TOKENS=400
GUIDE_LANGS=en,kw
""", openai())

add("blind-mi/env/decoy-all-empty", "museum-site/.env.sample", DOC_ENV, """\
DJANGO_SETTINGS_MODULE=helgwith.settings.dev
DJANGO_SECRET_KEY=
OPENAI_API_KEY=
DATABASE_URL=postgres://helgwith:@localhost:5432/helgwith
TICKETBOX_KEY=
""")

add("blind-mi/env/mqtt-password-beside-dsn", "van-tracker/.env.staging", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
# Llwyfan (staging) - van tracker
SENTRY_DSN=https://@@p@@@o450123.ingest.de.sentry.io/4507654321
SENTRY_ENVIRONMENT=staging
VAN_MQTT_URL=mqtts://vans-staging.pryce.kernow:8883
VAN_MQTT_PASSWORD=@@s@@
""", rand_pw(20), p=sentry_dsn_key())

add("blind-mi/env/decoy-sentry-dsn", "van-tracker/.env.development", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
# Sentry DSNs are public (they go into the browser bundle)
SENTRY_DSN=https://@@p@@@o450123.ingest.de.sentry.io/4507654322
SENTRY_ENVIRONMENT=development
VAN_MQTT_URL=mqtt://localhost:1883
VAN_MQTT_PASSWORD=
""", p=sentry_dsn_key())

# ---------------------------------------------------------------- museum, second round

add("blind-mi/python/here-doc-json", "tours/capacity/shaft_sensors.py", DOC_PY, '''\
"""Air quality sensors in the adit: the tour is paused if CO2 rises (no tours if > 1500 ppm)."""
import json

import requests

CONFIG = json.loads("""
{
  "gateway": "https://lora.helgwith.kernow/api",
  "app": "adit-air",
  "api_token": "@@s@@",
  "sensors": ["adit-1", "adit-2", "level-30"]
}
""")


def readings():
    headers = {"Authorization": f"Bearer {CONFIG['api_token']}"}
    return requests.get(f"{CONFIG['gateway']}/devices", headers=headers, timeout=5).json()
''', "NNSXS." + fakes.drawn(_seed(), 39, B32) + "." + fakes.drawn(_seed(), 52, B32))

add("blind-mi/python/smtp-password", "tours/notify/email.py", DOC_PY, '''\
import smtplib
from email.message import EmailMessage


def send_confirmation(to: str, slot: str, people: int) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Dha lyver - your underground tour booking"
    msg["From"] = "lyver@helgwith.kernow"
    msg["To"] = to
    msg.set_content(f"Booked: {people} people, {slot}. Meet at the Count House 15 minutes early.")
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login("lyver@helgwith.kernow", "@@s@@")
        s.send_message(msg)
''', words_pw())

add("blind-mi/python/decoy-keyring", "tours/notify/email_prod.py", DOC_PY, '''\
import smtplib

import keyring

USER = "lyver@helgwith.kernow"


def login(server: smtplib.SMTP) -> None:
    # Stored once with: keyring set helgwith-smtp lyver@helgwith.kernow
    server.login(USER, keyring.get_password("helgwith-smtp", USER))
''')

add("blind-mi/javascript/square-in-fetch", "museum-site/static/js/admin-refunds.js", DOC_SQUARE, """\
// Gift shop refunds from the staff page (Shoppa Ro). Runs in the back office browser only.
export async function refund(paymentId, pence) {
  const res = await fetch("https://connect.squareup.com/v2/refunds", {
    method: "POST",
    headers: {
      "Square-Version": "2024-10-17",
      Authorization: "Bearer @@s@@",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ idempotency_key: crypto.randomUUID(), payment_id: paymentId,
                           amount_money: { amount: pence, currency: "GBP" } }),
  });
  return res.json();
}
""", square())

add("blind-mi/javascript/decoy-square-sandbox-doc", "museum-site/static/js/README.md", DOC_SQUARE, """\
# admin-refunds.js

Calls the Square refunds API through `/api/refunds` on our server, which adds the token.
For local testing point it at the sandbox (`https://connect.squareupsandbox.com`) with the
token in `SQUARE_SANDBOX_TOKEN`; the file itself must not hold any token.

Example id from Square's docs: `payment_id: "R2B3Z8WMVt3EAmzYWLZvz7Y69EbZY"`.
""")

add("blind-mi/xml/maven-settings", "tour-bookings/.mvn/settings.xml", "https://maven.apache.org/settings.html", """\
<settings>
  <servers>
    <server>
      <id>helgwith-nexus</id>
      <username>ci-bookings</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>helgwith-nexus</id><url>https://nexus.helgwith.kernow/repository/maven/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("blind-mi/xml/decoy-maven-encrypted", "ticket-kiosk-java/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <servers>
    <server>
      <id>helgwith-nexus</id>
      <username>ci-kiosk</username>
      <!-- encrypted with mvn -ep, master password in ~/.m2/settings-security.xml -->
      <password>{@@e@@=}</password>
    </server>
  </servers>
</settings>
""", e=rand_pw(43, "+/"))

add("blind-mi/xml/web-config", "TicketKiosk.Legacy/Web.config", "https://learn.microsoft.com/en-us/aspnet/", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Tickets"
         connectionString="Data Source=HG-OFFICE\\SQLEXPRESS;Initial Catalog=Tickets;User Id=kiosk_legacy;Password=@@s@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="MuseumName" value="Hel Gwith Stenn Kammbronn" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-mi/xml/decoy-web-config-transform", "TicketKiosk.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Tickets" connectionString="__TICKETS_CONNECTION_STRING__"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-mi/toml/api-token", "oven-bot/Config.toml", DOC_TOML, """\
# Kefrysyans an bot (bot settings)
[bot]
name = "forn-bot"
chat_id = -1001987654321

[datadog]
site = "datadoghq.eu"
api_key = "@@s@@"

[ovens]
ids = ["forn-1", "forn-2"]
""", datadog())

add("blind-mi/toml/decoy-cargo", "oven-bot/Cargo.toml", DOC_TOML, """\
[package]
name = "oven-bot"
version = "0.3.0"
edition = "2021"
authors = ["Kev Rowe <kev@pryce-pasties.kernow>"]

[dependencies]
teloxide = { version = "0.13", features = ["macros"] }
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }
""")

add("blind-mi/toml/streamlit-secrets", "analytics/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# Dashboard: visitors per day vs pasties sold in Camborne (the trustees like this one)
[connections.tours]
dialect = "postgresql"
host = "bookings-db.helgwith.internal"
port = "5432"
database = "tours"
username = "analyst"
password = "@@s@@"
""", words_pw())

add("blind-mi/toml/decoy-poetry", "receipts-lib/pyproject.toml", DOC_TOML, """\
[tool.poetry]
name = "pryce-receipts"
version = "1.2.0"
description = "Receipt layouts for Pasties Pryce tills (English and Kernewek)"

[[tool.poetry.source]]
name = "pryce"
url = "https://pypi.pryce.kernow/simple/"
priority = "supplemental"
""")

add("blind-mi/yaml/k8s-configmap-leak", "deploy/k8s/guide-bot-configmap.yaml", DOC_K8S, """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: guide-bot
  namespace: helgwith
data:
  GUIDE_MODEL: gpt-4o-mini
  GUIDE_LANGS: "en,kw"
  # moved here from the Secret by mistake? check with Jory
  OPENAI_API_KEY: "@@s@@"
""", openai())

add("blind-mi/yaml/decoy-external-secret", "deploy/k8s/guide-bot-externalsecret.yaml", "https://external-secrets.io/latest/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: guide-bot
  namespace: helgwith
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: azure-kv-helgwith
    kind: ClusterSecretStore
  target:
    name: guide-bot
  data:
    - secretKey: OPENAI_API_KEY
      remoteRef:
        key: guide-bot-openai-key
""")

add("blind-mi/k8s-secret/docker-config", "deploy/k8s/ghcr-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: pryce-loyalty
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@e@@
""", (gt := gh()), e=b64('{"auths":{"ghcr.io":{"username":"pryce-ci","password":"' + gt + '"}}}'))

add("blind-mi/k8s-secret/decoy-empty-data", "deploy/k8s/tours-secret-template.yaml", DOC_K8S, """\
# Filled by the pipeline with kubectl create secret ... --dry-run=client -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: tours-db
  namespace: helgwith
type: Opaque
data:
  password: ""
  username: dG91cnNfYXBw
""")

add("blind-mi/k8s-secret/stringdata-twilio", "deploy/k8s/tour-reminders-secret.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: tour-reminders
  namespace: helgwith
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: @@sid@@
  TWILIO_AUTH_TOKEN: @@s@@
  TWILIO_FROM: "+447700900123"
""", hexs(32), sid=twilio_sid())

add("blind-mi/shell/curl-bearer", "scripts/ticketbox_refund.sh", DOC_SH, """\
#!/bin/sh
# Refund one booking: ./ticketbox_refund.sh <booking-id>  (Daskor mona - give money back)
BOOKING="$1"
curl -sS -X POST "https://api.ticketbox.kernow/v2/bookings/$BOOKING/refund" \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  -d '{"reason":"tour cancelled - adit flooding"}'
""", "tbx_live_" + rand_pw(32))

add("blind-mi/shell/heredoc-pgpass", "scripts/setup_analyst_pc.sh", DOC_PG, """\
#!/usr/bin/env bash
# Set up the analyst laptop for the trustees' reports
set -e
cat > ~/.pgpass <<'EOF'
bookings-db.helgwith.internal:5432:tours:analyst:@@s@@
EOF
chmod 600 ~/.pgpass
pip install --user pandas psycopg2-binary streamlit
echo "Gwrys (done)"
""", words_pw())

add("blind-mi/shell/decoy-heredoc-vars", "scripts/setup_kiosk.sh", DOC_SH, """\
#!/usr/bin/env bash
set -euo pipefail
: "${KIOSK_DB_PASSWORD:?export KIOSK_DB_PASSWORD first}"
cat > /etc/kiosk/db.env <<EOF
KIOSK_DB_USER=kiosk
KIOSK_DB_PASSWORD=${KIOSK_DB_PASSWORD}
EOF
chmod 600 /etc/kiosk/db.env
""")

add("blind-mi/shell/slack-webhook-curl", "ovens/scripts/proofer_door.sh", DOC_SLACK, """\
#!/bin/bash
# Proofer door open too long -> Slack. Called by the door sensor cron every minute.
OPEN_FOR=$(cat /run/proofer/open_seconds)
if [ "$OPEN_FOR" -gt 600 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Daras an proofer yw ygor! (door open ${OPEN_FOR}s)\\"}" \\
    @@s@@
fi
""", slack_hook())

add("blind-mi/powershell/aws-keys", "ops/office/Backup-OfficePC.ps1", DOC_PS, """\
# Weekly backup of the office PC (wages spreadsheets) to S3
$env:AWS_ACCESS_KEY_ID = "@@k@@"
$env:AWS_SECRET_ACCESS_KEY = "@@s@@"
$env:AWS_DEFAULT_REGION = "eu-west-2"

$stamp = Get-Date -Format "yyyy-MM-dd"
Compress-Archive -Path "C:\\Office\\Wages" -DestinationPath "C:\\Temp\\wages-$stamp.zip" -Force
aws s3 cp "C:\\Temp\\wages-$stamp.zip" "s3://pryce-office-backup/wages/"
""", aws_secret(), k=aws_id())

add("blind-mi/powershell/decoy-securestring", "ops/office/Connect-Till.ps1", DOC_PS, """\
# Prompt for the till admin password; nothing stored
# Usage: .\\Connect-Till.ps1   (Piran, Kammbronn office)
$pw = Read-Host -AsSecureString "Till admin password"
$cred = [pscredential]::new("tilladmin", $pw)
Enter-PSSession -ComputerName TILL-RDR-01 -Credential $cred
""")

# ---------------------------------------------------------------- bakery, second round

add("blind-mi/python/shopify-token", "webshop/sync_stock.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens", '''\
"""Frozen pasty boxes by post: push bakehouse stock to the Shopify shop every hour."""
import requests

SHOP = "pryce-pasties.myshopify.com"
TOKEN = "@@s@@"


def set_stock(inventory_item_id: int, location_id: int, qty: int) -> None:
    requests.post(
        f"https://{SHOP}/admin/api/2024-10/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": TOKEN},
        json={"inventory_item_id": inventory_item_id, "location_id": location_id, "available": qty},
        timeout=10,
    ).raise_for_status()
''', shopify())

add("blind-mi/python/decoy-shopify-webhook-verify", "webshop/webhooks.py", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https", '''\
import base64
import hashlib
import hmac
import os


def verified(body: bytes, header_hmac: str) -> bool:
    secret = os.environ["SHOPIFY_WEBHOOK_SECRET"].encode()
    digest = base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
    return hmac.compare_digest(digest, header_hmac)
''')

add("blind-mi/python/requests-auth-tuple", "pryce-tills/sync/flour_order.py", DOC_PY, '''\
"""Weekly flour and beef skirt order to the wholesaler (Kernow Mills), every Thursday."""
import requests

ORDER_API = "https://orders.kernowmills.co.uk/api/v1/orders"


def place(lines: list[dict]) -> str:
    r = requests.post(ORDER_API, json={"account": "PRYCE-RDR", "lines": lines},
                      auth=("pryce_rdr", "@@s@@"), timeout=20)
    r.raise_for_status()
    return r.json()["order_id"]
''', words_pw())

add("blind-mi/python/gcp-service-account", "analytics/bq_upload.py", "https://cloud.google.com/iam/docs/keys-create-delete", '''\
"""Upload daily till totals to BigQuery for the Kernow-wide sales dashboard."""
from google.cloud import bigquery
from google.oauth2 import service_account

INFO = {
    "type": "service_account",
    "project_id": "pryce-analytics",
    "client_email": "tills-upload@pryce-analytics.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
    "private_key": """@@s@@""",
}

client = bigquery.Client(credentials=service_account.Credentials.from_service_account_info(INFO))
''', pem("").replace("  PRIVATE", " PRIVATE"))

add("blind-mi/python/decoy-adc", "analytics/bq_query.py", "https://cloud.google.com/docs/authentication/application-default-credentials", '''\
from google.cloud import bigquery

# Application Default Credentials: run `gcloud auth application-default login` first.
client = bigquery.Client(project="pryce-analytics")

SQL = """
SELECT branch, SUM(pasties) AS pasties FROM tills.daily WHERE day >= @since GROUP BY branch
"""
''')

add("blind-mi/yaml/home-assistant-secrets", "bakehouse-ha/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
# Home Assistant in the bakehouse (fridge temps, proofer, extractor fans)
wifi_ssid: "Pryce-Bakehouse"
latitude: 50.2331
longitude: -5.2261
walk_in_fridge_mqtt_password: "@@s@@"
elevation: 120
""", rand_pw(18))

add("blind-mi/yaml/decoy-ha-secret-ref", "bakehouse-ha/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """\
homeassistant:
  name: Chi Pobas (bakehouse)
  latitude: !secret latitude
  longitude: !secret longitude
mqtt:
  sensor:
    - name: "Walk-in fridge"
      state_topic: "bakehouse/fridge/temp"
      unit_of_measurement: "°C"
""")

add("blind-mi/yaml/docker-compose-env-url", "pryce-tills/docker-compose.prod.yml", DOC_COMPOSE, """\
services:
  sync:
    image: ghcr.io/pryce-pasties/tills-sync:1.8.0
    restart: unless-stopped
    environment:
      - DATABASE_URL=postgresql://till_sync:@@s@@@10.20.1.5:5432/tills
      - BRANCHES=RDR,CMB,POOL,HLS
      - LOG_LEVEL=info
""", rand_pw(21))

add("blind-mi/ini/odbc", "back-office/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[PryceWages]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:pryce-office.database.windows.net,1433
Database = wages
UID = wages_reader
PWD = @@s@@
Encrypt = yes
""", words_pw())

add("blind-mi/ini/decoy-odbc-dsn", "back-office/odbc.ini.example", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[PryceWages]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:pryce-office.database.windows.net,1433
Database = wages
Authentication = ActiveDirectoryInteractive
UID = you@pryce-pasties.kernow
Encrypt = yes
""")

add("blind-mi/ini/supervisor", "ovens/deploy/supervisord.conf", "http://supervisord.org/configuration.html", """\
[inet_http_server]
port = 0.0.0.0:9001
username = forn
password = @@s@@

[program:oven-gateway]
command = /opt/oven-gateway/bin/gateway
autorestart = true
""", rand_pw(16))

add("blind-mi/ini/decoy-supervisor-hash", "tours/deploy/supervisord.conf", "http://supervisord.org/configuration.html", """\
[inet_http_server]
port = 127.0.0.1:9001
username = tours
; SHA-1 form supervisord accepts instead of a clear password
password = {SHA}@@h@@

[program:reminders]
command = python3 -m tours.notify.daemon
""", h=hexs(40))

add("blind-mi/json/vscode-sftp", "museum-site/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """\
{
  "name": "helgwith web",
  "host": "web.helgwith.kernow",
  "protocol": "sftp",
  "port": 22,
  "username": "helgwith",
  "password": "@@s@@",
  "remotePath": "/var/www/helgwith",
  "uploadOnSave": true
}
""", words_pw())

add("blind-mi/json/decoy-vscode-launch", "museum-site/.vscode/launch.json", DOC_JSON, """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Django runserver",
      "type": "debugpy",
      "request": "launch",
      "program": "${workspaceFolder}/manage.py",
      "args": ["runserver"],
      "envFile": "${workspaceFolder}/.env"
    }
  ]
}
""")

add("blind-mi/json/appsettings-stripe", "Kerenza.Api/appsettings.Staging.json", DOC_STRIPE, """\
{
  "Stripe": {
    "PublishableKey": "pk_test_@@p@@",
    "SecretKey": "@@s@@",
    "WebhookSecret": ""
  },
  "Loyalty": { "StampsPerFreePasty": 9 }
}
""", stripe("sk_test_"), p=rand_pw(24))

add("blind-mi/json/decoy-stripe-publishable", "Kerenza.Web/wwwroot/config.json", DOC_STRIPE, """\
{
  "apiBase": "https://api.kerenza.pryce-pasties.kernow",
  "stripePublishableKey": "pk_live_@@p@@",
  "languages": ["en", "kw"],
  "welcome": { "en": "Welcome", "kw": "Dynnargh" }
}
""", p=rand_pw(24))

add("blind-mi/json/composer-auth", "tickets/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """\
{
    "github-oauth": {
        "github.com": "@@s@@"
    },
    "http-basic": {}
}
""", gh())

add("blind-mi/php/laravel-env-array", "giftshop-api/config/services.php", "https://laravel.com/docs/11.x/configuration", """\
<?php

return [
    'mailgun' => [
        'domain' => 'mg.helgwith.kernow',
        'secret' => env('MAILGUN_SECRET', '@@s@@'),
        'endpoint' => 'api.eu.mailgun.net',
    ],
    'royal_mail' => [
        'key' => env('ROYAL_MAIL_KEY'),
    ],
];
""", mailgun())

add("blind-mi/php/decoy-laravel-env", "giftshop-api/config/database.php", "https://laravel.com/docs/11.x/database", """\
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'host' => env('DB_HOST', '127.0.0.1'),
            'database' => env('DB_DATABASE', 'shoppa'),
            'username' => env('DB_USERNAME', 'shoppa'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
""")

add("blind-mi/env/laravel-app-key", "giftshop-api/.env", "https://laravel.com/docs/11.x/encryption", """\
APP_NAME="Shoppa Ro"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://shoppa.helgwith.kernow
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
""", b64(rand_pw(32)))

add("blind-mi/ruby/aws-sdk", "giftshop/lib/tasks/export_orders.rake", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """\
namespace :orders do
  desc "Export yesterday's gift shop orders to S3 for the accountant"
  task export: :environment do
    s3 = Aws::S3::Client.new(
      region: "eu-west-2",
      access_key_id: "@@k@@",
      secret_access_key: "@@s@@"
    )
    csv = Order.yesterday.to_csv
    s3.put_object(bucket: "helgwith-accounts", key: "orders/#{Date.yesterday}.csv", body: csv)
  end
end
""", aws_secret(), k=aws_id())

add("blind-mi/ruby/decoy-aws-role", "giftshop/lib/tasks/import_stock.rake", DOC_RB, """\
namespace :stock do
  desc "Import supplier stock list (credentials from the EC2 instance role)"
  task import: :environment do
    s3 = Aws::S3::Client.new(region: "eu-west-2")
    body = s3.get_object(bucket: "helgwith-accounts", key: "stock/latest.csv").body.read
    StockImport.new(body).run
  end
end
""")

add("blind-mi/cfg/rclone", "ops/dotfiles/rclone.conf", "https://rclone.org/docs/#config-file", """\
[helgwith-photos]
type = b2
account = 0024a1b2c3d4e5f0000000003
key = @@s@@
hard_delete = false

[local-archive]
type = local
""", "K002" + rand_pw(27))

add("blind-mi/cfg/decoy-rclone-obscured-empty", "ops/dotfiles/rclone.conf.example", "https://rclone.org/docs/#config-file", """\
# Fill with `rclone config`; it writes the key itself
[helgwith-photos]
type = b2
account = YOUR_KEY_ID
key = YOUR_APPLICATION_KEY
hard_delete = false
""")

# ---------------------------------------------------------------- notes, runbooks, wikis

add("blind-mi/text/runbook-kernewek", "docs/runbooks/tills-offline.txt", DOC_MD, """\
TILLS OFFLINE - PYTH DHE WUL (what to do)
=========================================
1. Gwra dasserghi (restart) the router in the back room, wait 2 min.
2. If the tills still show "SYNC FAIL", log into the back office PC.
3. Open a terminal and run:  sudo systemctl restart tills-sync
4. Still failing? The sync user on the DB is till_sync, ger-tremena (password): @@s@@
   Run: psql -h 10.20.1.5 -U till_sync tills -c 'select 1'
5. Ring Lowena (07700 900777) - mar pleg, not after 9pm.
""", words_pw())

add("blind-mi/text/decoy-runbook", "docs/runbooks/van-breakdown.txt", DOC_MD, """\
VAN BREAKDOWN (KYTTRIN TERRYS)
1. Safe place, hazards on. Pasties stay in the hot box - they are fine for 90 minutes.
2. Call the lease company: policy ref PRY-FLEET-0042, van reg on the dashboard sticker.
3. Tell dispatch on the radio, channel 3. Dispatch login is in the dispatch office safe.
4. Fuel card PIN: ask dispatch, it is never written down.
5. Kev will send the spare van from Resrudh.
""")

add("blind-mi/text/email-draft", "docs/correspondence/2025-10-ticketbox-setup.eml", "https://www.rfc-editor.org/rfc/rfc5322", """\
From: support@ticketbox.kernow
To: tamsin@helgwith.kernow
Subject: Your Ticketbox API access
Date: Tue, 14 Oct 2025 10:12:00 +0100

Dear Tamsin,

Your live API key for Hel Gwith Stenn Kammbronn is:

    @@s@@

Please store it somewhere safe. Kind regards, Ticketbox Support
""", "tbx_live_" + rand_pw(32))

add("blind-mi/text/decoy-email-rotated", "docs/correspondence/2025-11-ticketbox-rotation.eml", "https://www.rfc-editor.org/rfc/rfc5322", """\
From: support@ticketbox.kernow
To: tamsin@helgwith.kernow
Subject: API key rotated

Dear Tamsin,

As requested we revoked the key ending ...9fQ2 and issued a new one. For security we no
longer send keys by email: collect it from Dashboard > Developers > API keys.

Kind regards, Ticketbox Support
""")

add("blind-mi/markdown/readme-quickstart", "van-tracker/README.md", DOC_MD, """\
# van-tracker

Live map of the Pasties Pryce vans (kyttrin) for the dispatch office.

## Quick start

```bash
npm ci
export VAN_MQTT_URL=mqtts://vans.pryce.kernow:8883
export VAN_MQTT_PASSWORD='@@s@@'
npm run dev
```

The map opens on http://localhost:3000. Depot marker: Resrudh (Redruth).
""", redis_pw())

add("blind-mi/markdown/decoy-readme-env", "tour-bookings/README.md", DOC_MD, """\
# tour-bookings

Bookings for the underground tours (max 12 per group, hard hats provided).

## Running locally

```bash
export TOURS_DB_PASSWORD=...   # ask Jory, or use the docker-compose db (password in secrets/)
./mvnw spring-boot:run
```

Lyver = booking, tro = tour, dor-dhown = underground.
""")

add("blind-mi/markdown/connection-uri-in-notes", "docs/wiki/Bookings-DB.md", DOC_PG, """\
# Bookings database

* Host: bookings-db.helgwith.internal (Azure VM in uksouth)
* Engine: PostgreSQL 16
* App user: `tours_app`
* Reporting: `trustees_report` (read-only, see V3 migration)

Connect from the office:

    psql "postgresql://tours_app:@@s@@@bookings-db.helgwith.internal:5432/tours?sslmode=require"

Backups: nightly pg_dump to `s3://helgwith-backups/` (Jory's script).
""", rand_pw(20))

add("blind-mi/html/wiki-export", "docs/wiki-export/kiosk-setup.html", DOC_HTML, """\
<html><head><title>Kiosk setup - Hel Gwith wiki</title></head>
<body>
<h1>Kiosk setup (dyghtyans / entrance)</h1>
<ol>
<li>Boot the kiosk PC, log in as <code>kiosk</code>.</li>
<li>Windows auto-login password: <code>@@s@@</code></li>
<li>Start <em>TicketKiosk</em> from the desktop; it opens full screen.</li>
<li>Test print a ticket: Settings &gt; Printer &gt; Test.</li>
</ol>
<p>Updated by Morwenna, Gwydngala 2025.</p>
</body></html>
""", words_pw())

add("blind-mi/html/decoy-wiki-masked", "docs/wiki-export/wifi.html", DOC_HTML, """\
<html><head><title>Wi-Fi - Hel Gwith wiki</title></head>
<body>
<h1>Wi-Fi</h1>
<table>
<tr><th>Network</th><th>Password</th></tr>
<tr><td>HelGwith-Visitors</td><td>open (captive portal)</td></tr>
<tr><td>HelGwith-Staff</td><td>&bull;&bull;&bull;&bull;&bull;&bull;&bull;&bull; (on the office noticeboard)</td></tr>
</table>
</body></html>
""")

add("blind-mi/rst/connection-string-table", "docs/ops/databases.rst", DOC_RST, """\
Databases
=========

.. list-table::
   :header-rows: 1

   * - Name
     - Connection
   * - tills
     - ``postgresql://till_sync:@@s@@@10.20.1.5/tills``
   * - stock
     - MariaDB on the back office PC (see ``my.cnf``)
""", rand_pw(18))

add("blind-mi/rst/decoy-sphinx-conf", "docs/conf.py", "https://www.sphinx-doc.org/en/master/usage/configuration.html", '''\
project = "Pryce & Hel Gwith ops"
author = "Ops team (Kernow)"
language = "en"
extensions = ["sphinx.ext.intersphinx"]
html_theme = "furo"
# Secrets are never documented here; pages link to the 1Password item names instead.
linkcheck_auth = [(r"https://wiki\\.helgwith\\.kernow/.*", ("linkcheck", "${LINKCHECK_PASSWORD}"))]
''')

add("blind-mi/log/stack-trace-with-password", "logs/kiosk-crash-2025-10-22.log", DOC_LOG, """\
2025-10-22 09:58:11.204 ERROR TicketKiosk.Startup: unable to open database
System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'kiosk'.
   at TicketKiosk.Data.Db.Open(String connectionString)
   connectionString = "Server=HG-OFFICE\\SQLEXPRESS;Database=Tickets;User Id=kiosk;Password=@@s@@;"
   at TicketKiosk.Program.Main()
2025-10-22 09:58:11.310 INFO  retrying in 30s
""", words_pw())

add("blind-mi/log/decoy-token-prefix", "logs/loyalty-api-2025-11-05.log", DOC_LOG, """\
2025-11-05T07:00:02Z info  server listening on :8080
2025-11-05T07:01:15Z info  auth ok key=kz_srv_4fQ2****  branch=RDR
2025-11-05T07:02:40Z warn  auth failed key=kz_srv_Zz09****  branch=?? ip=203.0.113.7
2025-11-05T07:03:01Z info  stamp added card=****4417 stamps=8/9
2025-11-05T07:03:02Z info  stamp added card=****9021 stamps=9/9 free pasty!
""")

add("blind-mi/log/decoy-request-id", "logs/van-dispatch-2025-11-05.log", DOC_LOG, """\
time=2025-11-05T05:30:00Z level=INFO msg="rounds loaded" count=4 request_id=@@u@@
time=2025-11-05T05:30:01Z level=INFO msg="slack post ok" channel=C04VANS ts=1730784601.000200
time=2025-11-05T05:30:01Z level=INFO msg="trace" trace_id=@@t@@
time=2025-11-05T05:31:00Z level=WARN msg="A30 closure Chiverton" detour=true
time=2025-11-05T05:40:00Z level=INFO msg="van out" van=kyttrin-2
""", u=uuid_s(), t=hexs(32))

add("blind-mi/yaml/sops-and-leak", "deploy/helm/tours/values-staging.yaml", DOC_HELM, """\
image:
  repository: ghcr.io/helgwith/tour-bookings
  tag: staging
env:
  TOURS_MAX_GROUP: "12"
  SPRING_PROFILES_ACTIVE: staging
  SPRING_DATASOURCE_PASSWORD: "@@s@@"
resources:
  limits: { cpu: 500m, memory: 512Mi }
""", words_pw())

add("blind-mi/yaml/decoy-sops-encrypted", "deploy/helm/tours/secrets.prod.yaml", DOC_SOPS, """\
env:
  SPRING_DATASOURCE_PASSWORD: ENC[AES256_GCM,data:@@d@@,iv:@@i@@,tag:@@t@@,type:str]
sops:
  age:
    - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqysfa3kd
  lastmodified: "2025-11-01T10:00:00Z"
  mac: ENC[AES256_GCM,data:@@m@@,type:str]
  version: 3.9.0
""", d=rand_pw(28, "+/") + "==", i=rand_pw(43, "+/") + "=", t=rand_pw(22, "+/") + "==", m=rand_pw(88, "+/"))

add("blind-mi/javascript/split-concat", "loyalty-app/server/push.js", DOC_JS, """\
const webpush = require("web-push");

// VAPID keys for the "your free pasty is ready" push (private key split to dodge the linter, ugh)
const VAPID_PUBLIC = "BOr0@@pub@@";
const VAPID_PRIVATE = "@@a@@" +
  "@@b@@";

webpush.setVapidDetails("mailto:hello@pryce-pasties.kernow", VAPID_PUBLIC, VAPID_PRIVATE);

module.exports = (sub, text) => webpush.sendNotification(sub, JSON.stringify({ title: "Kerensa", body: text }));
""", (vp := rand_pw(43, "-_")), a=vp[:20], b=vp[20:], pub=rand_pw(83, "-_"))

add("blind-mi/typescript/supabase-service-role", "loyalty-app/admin/src/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from "@supabase/supabase-js";

// Admin panel only: service role bypasses RLS (used for stamp corrections)
export const supabase = createClient(
  "https://kerenzaabcdefgh.supabase.co",
  "@@s@@",
);
""", "sb_secret_" + rand_pw(32))

add("blind-mi/typescript/decoy-supabase-anon", "loyalty-app/web/src/supabase.ts", "https://supabase.com/docs/guides/api/api-keys", """\
import { createClient } from "@supabase/supabase-js";

// Publishable key: safe in the browser, row level security does the rest.
export const supabase = createClient(
  "https://kerenzaabcdefgh.supabase.co",
  "sb_publishable_@@p@@",
);
""", p=rand_pw(32))

# ---------------------------------------------------------------- last round: both teams

add("blind-mi/groovy/jenkinsfile-password", "tills/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
    agent { label 'office' }
    environment {
        REGISTRY = 'registry.pryce.kernow'
        REGISTRY_PASSWORD = '@@s@@'
    }
    stages {
        stage('Build') { steps { sh 'docker build -t $REGISTRY/tills-sync:$BUILD_NUMBER .' } }
        stage('Push') {
            steps {
                sh 'echo $REGISTRY_PASSWORD | docker login $REGISTRY -u jenkins --password-stdin'
                sh 'docker push $REGISTRY/tills-sync:$BUILD_NUMBER'
            }
        }
    }
}
""", rand_pw(24))

add("blind-mi/groovy/decoy-jenkins-credentials", "tour-bookings/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'helgwith-nexus',
                                 usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
                    sh './mvnw -s .mvn/settings.xml deploy'
                }
            }
        }
    }
}
""")

add("blind-mi/ansible/inventory-ini", "ops/ansible/inventory/tills.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
[tills_redruth]
till-rdr-01 ansible_host=10.20.1.11
till-rdr-02 ansible_host=10.20.1.12

[tills_camborne]
till-cmb-01 ansible_host=10.30.1.11

[tills:children]
tills_redruth
tills_camborne

[tills:vars]
ansible_user=till
ansible_become_password=@@s@@
""", words_pw())

add("blind-mi/ansible/decoy-lookup", "ops/ansible/roles/kiosk/defaults/main.yml", DOC_ANSIBLE, """\
---
kiosk_user: kiosk
kiosk_autologin: true
kiosk_password: "{{ lookup('community.general.onepassword', 'Kiosk Windows login', field='password') }}"
kiosk_app_url: https://tokynnow.helgwith.kernow/kiosk
kiosk_printer: "Star TSP143"
""")

add("blind-mi/shell/git-credentials-store", "ops/runner/bootstrap-git.sh", "https://git-scm.com/docs/git-credential-store", """\
#!/bin/sh
# Runner bootstrap on the office box: git over https as the pryce-ci bot
# (Dalleth - first boot only)
git config --global credential.helper store
printf '%s\\n' 'https://pryce-ci:@@s@@@github.com' > "$HOME/.git-credentials"
chmod 600 "$HOME/.git-credentials"
git clone https://github.com/pryce-pasties/tills.git /srv/build/tills
""", gh())

add("blind-mi/git/decoy-gitconfig", "ops/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config", """\
[user]
    name = Jory Trevithick
    email = jory@helgwith.kernow
[credential]
    helper = manager
[credential "https://gitlab.com"]
    username = jory
[url "git@github.com:"]
    insteadOf = https://github.com/
""")

add("blind-mi/makefile/docker-login", "museum-kiosk/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
IMAGE := registry.gitlab.com/helgwith/kiosk
TAG   ?= $(shell git rev-parse --short HEAD)

login:
\tdocker login registry.gitlab.com -u helgwith-deploy -p @@s@@

build:
\tdocker build -t $(IMAGE):$(TAG) .

push: login build
\tdocker push $(IMAGE):$(TAG)
""", gitlab())

add("blind-mi/makefile/decoy-env-login", "van-tracker/Makefile", "https://www.gnu.org/software/make/manual/make.html", """\
IMAGE := ghcr.io/pryce-pasties/van-tracker

login:
\t@echo "$$GHCR_TOKEN" | docker login ghcr.io -u pryce-ci --password-stdin

push: login
\tdocker build -t $(IMAGE):latest .
\tdocker push $(IMAGE):latest
""")

add("blind-mi/shell/sshpass", "scripts/pull_oven_logs.sh", DOC_SH, """\
#!/bin/bash
# Tenna kovnotennow (pull logs) from the oven gateway Pi every evening
for OVEN in forn-1 forn-2; do
  sshpass -p '@@s@@' scp "pi@gateway.bakehouse.pryce.local:/var/log/ovens/$OVEN.log" \\
    "/srv/oven-logs/$(date +%F)-$OVEN.log"
done
""", words_pw())

add("blind-mi/shell/decoy-ssh-agent", "scripts/pull_van_logs.sh", DOC_SH, """\
#!/bin/bash
# Uses the deploy key loaded in ssh-agent (ssh-add ~/.ssh/van-router-deploy)
for VAN in kyttrin-1 kyttrin-2 kyttrin-3 kyttrin-4; do
  scp -o BatchMode=yes "root@$VAN.vans.pryce.local:/var/log/gps.log" "/srv/van-logs/$VAN.log" || echo "$VAN offline"
done
""")

add("blind-mi/csharp/hardcoded-apikey", "Kerenza.Api/Services/PrinterCloud.cs", DOC_CS, """\
namespace Kerenza.Api.Services;

// Sends "free pasty" vouchers to the till receipt printers through Star CloudPRNT
public class PrinterCloud
{
    private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://api.stario.online/v1/") };
    private const string ApiKey = "@@s@@";

    public Task<HttpResponseMessage> PrintVoucher(string printerMac, string text)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, $"a/pryce/d/{printerMac}/q");
        req.Headers.Add("Star-Api-Key", ApiKey);
        req.Content = new StringContent(text);
        return Http.SendAsync(req);
    }
}
""", rand_pw(40))

add("blind-mi/csharp/decoy-options", "Kerenza.Api/Options/PrinterOptions.cs", DOC_CS, """\
namespace Kerenza.Api.Options;

public sealed class PrinterOptions
{
    public const string Section = "PrinterCloud";
    public string BaseUrl { get; init; } = "https://api.stario.online/v1/";
    public string ApiKey { get; init; } = string.Empty; // bound from user-secrets / Key Vault
}
""")

add("blind-mi/go/teams-webhook", "van-dispatch/internal/alerts/teams.go", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
package alerts

import (
	"bytes"
	"net/http"
)

var teamsURL = "@@s@@"

// Late van: post to the office Teams channel (Gwarnyans: kyttrin diwedhes)
func LateVan(van string) error {
	body := []byte(`{"text":"Van ` + van + ` is more than 20 minutes late"}`)
	_, err := http.Post(teamsURL, "application/json", bytes.NewReader(body))
	return err
}
""", teams_hook())

add("blind-mi/kotlin/jdbc-url", "tour-bookings-admin/src/main/kotlin/kernow/helgwith/admin/Db.kt", DOC_KT, """\
package kernow.helgwith.admin

import java.sql.DriverManager

// Quick admin tool: move a whole group from one tour slot to another (flooded adit days)
fun connect() = DriverManager.getConnection(
    "jdbc:postgresql://bookings-db.helgwith.internal:5432/tours?user=tours_admin&password=@@s@@&ssl=true"
)

fun main() {
    connect().use { println("kesvewys (connected): ${it.metaData.databaseProductVersion}") }
}
""", rand_pw(19))

add("blind-mi/swift/plist-key", "LoyaltyiOS/Kerenza/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>RevenueCatSecretKey</key>
    <string>@@s@@</string>
    <key>Environment</key>
    <string>production</string>
</dict>
</plist>
""", "sk_" + rand_pw(32))

add("blind-mi/swift/decoy-plist-public", "LoyaltyiOS/Kerenza/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """\
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Kerensa</string>
    <key>RevenueCatPublicKey</key>
    <string>appl_@@p@@</string>
    <key>KERENZA_API_KEY</key>
    <string>$(KERENZA_API_KEY)</string>
</dict>
</plist>
""", p=rand_pw(27))

add("blind-mi/python/basic-auth-header", "tours/exports/visitcornwall_feed.py", DOC_PY, '''\
"""Push the week's tour availability to the Visit Kernow listings feed."""
import requests

HEADERS = {
    "Authorization": "Basic @@s@@",
    "Content-Type": "application/json",
}


def push(slots: list[dict]) -> None:
    requests.put("https://feeds.visitkernow.example/api/listings/helgwith/availability",
                 json={"slots": slots}, headers=HEADERS, timeout=15).raise_for_status()
''', b64("helgwith:" + rand_pw(18)))

add("blind-mi/python/redis-from-url", "pryce-tills/cache.py", DOC_PY, '''\
import redis

# Price list cache for the tills: steak pasty, cheese & onion, veggie, saffron buns
r = redis.Redis.from_url("rediss://:@@s@@@cache.pryce.internal:6380/2")


def price(sku: str) -> int:
    value = r.get(f"price:{sku}")
    return int(value) if value else 0
''', redis_pw())

add("blind-mi/rust/postgres-conn", "oven-bot/src/db.rs", "https://docs.rs/postgres/latest/postgres/config/struct.Config.html", """\
use postgres::{Client, NoTls};

// Read oven temperatures from the timescale db on the bakehouse Pi
pub fn connect() -> Result<Client, postgres::Error> {
    Client::connect(
        "host=gateway.bakehouse.pryce.local user=fornow password=@@s@@ dbname=oven_temps",
        NoTls,
    )
}
""", rand_pw(20))

add("blind-mi/yaml/circleci-env", ".circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        auth:
          username: pryceci
          password: @@s@@
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs: [test]
""", "dckr_pat_" + rand_pw(27, "-_"))

add("blind-mi/yaml/decoy-circleci-context", "museum-site/.circleci/config.yml", "https://circleci.com/docs/contexts/", """\
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/python:3.12
    steps:
      - checkout
      - run: ./deploy.sh   # SFTP_PASSWORD comes from the helgwith-deploy context
workflows:
  deploy:
    jobs:
      - deploy:
          context: helgwith-deploy
""")

add("blind-mi/markdown/meeting-notes", "docs/meetings/2025-11-06-trustees-it.md", DOC_MD, """\
# Kuntelles (meeting) - trustees IT, 6 Du 2025

Present: Tamsin, Jory, Morwenna, Mr Pascoe (treasurer)

- Ticket sales up 12% since the underground tour went to four slots a day.
- Treasurer wants read access to the Stripe dashboard: created a restricted key for his
  spreadsheet plug-in, `@@s@@` (read-only on charges). Jory to move it into 1Password.
- Kiosk 2 printer jams again - order a new one.
- Next meeting: Kevardhu, after the Christmas lantern tours.
""", stripe("rk_live_"))

add("blind-mi/markdown/decoy-meeting-notes", "docs/meetings/2025-10-02-bakery-ops.md", DOC_MD, """\
# Ops meeting, 2 Hedra 2025 (Pasties Pryce)

- Van 3 tracker replaced (IMEI 356938035643825).
- Square tokens rotated for all four branches - new ones in 1Password, old ones revoked.
- Till sync password changed after Lowena's handover; nobody write it in Slack please.
- Forn-2 fan bearing: engineer booked, ticket RAT-2025-10-8812.
""")

add("blind-mi/json/postman-env", "tour-bookings/postman/helgwith-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@u@@",
  "name": "helgwith prod",
  "values": [
    { "key": "baseUrl", "value": "https://lyver.helgwith.kernow/api", "enabled": true },
    { "key": "adminUser", "value": "tamsin", "enabled": true },
    { "key": "adminPassword", "value": "@@s@@", "enabled": true, "type": "secret" }
  ],
  "_postman_variable_scope": "environment"
}
""", words_pw(), u=uuid_s())

add("blind-mi/json/decoy-postman-empty", "tour-bookings/postman/helgwith-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "@@u@@",
  "name": "helgwith local",
  "values": [
    { "key": "baseUrl", "value": "http://localhost:8080/api", "enabled": true },
    { "key": "adminUser", "value": "admin", "enabled": true },
    { "key": "adminPassword", "value": "", "enabled": true, "type": "secret" }
  ]
}
""", u=uuid_s())

add("blind-mi/sql/alter-user", "back-office/sql/rotate_stock_user.sql", "https://mariadb.com/kb/en/alter-user/", """\
-- Daskemmeres (rotate) the stock DB user after Lowena left, 3 Du 2025
ALTER USER 'stock'@'%' IDENTIFIED BY '@@s@@';
FLUSH PRIVILEGES;
-- remember to update back-office/my.cnf on the office PC
SELECT user, host FROM mysql.user WHERE user = 'stock';
""", words_pw())

add("blind-mi/env/vite-leak", "loyalty-app/web/.env.local", "https://vite.dev/guide/env-and-mode", """\
VITE_API_BASE=https://api.kerenza.pryce-pasties.kernow
VITE_SUPABASE_URL=https://kerenzaabcdefgh.supabase.co
# for the admin stamp-correction page in dev
VITE_LOYALTY_ADMIN_TOKEN=@@s@@
VITE_DEFAULT_LANG=kw
""", "kz_srv_" + rand_pw(40))

add("blind-mi/ini/decoy-project-urls", "museum-site/setup.cfg", DOC_INI, """\
[metadata]
name = helgwith-site
version = 3.1.0
author = Hel Gwith Stenn Kammbronn
project_urls =
    Tracker = https://gitlab.com/helgwith/site/-/issues

[flake8]
max-line-length = 110
""")

add("blind-mi/yaml/azure-pipelines-key", "TicketKiosk/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  buildConfiguration: Release
  kioskStorageKey: '@@s@@'
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, arguments: '-c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)' }
  - script: az storage blob upload-batch -d kiosk-builds -s $(Build.ArtifactStagingDirectory) --account-name helgwithtickets --account-key $(kioskStorageKey)
""", azure_storage_key())

add("blind-mi/k8s-secret/base64-api-key", "deploy/k8s/ticketbox-secret.yaml", DOC_K8S, """\
# kubectl -n helgwith apply -f ticketbox-secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: ticketbox
  namespace: helgwith
type: Opaque
data:
  TICKETBOX_ACCOUNT: aGVsZ3dpdGg=
  TICKETBOX_KEY: @@e@@
""", (tk := "tbx_live_" + rand_pw(32)), e=b64(tk))

add("blind-mi/k8s-secret/base64-dsn", "deploy/k8s/loyalty-db-secret.yaml", DOC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: loyalty-db
  namespace: pryce-loyalty
  annotations:
    owner: kev   # Kev Rowe, Resrudh
data:
  DATABASE_URL: @@e@@
""", (lp := rand_pw(22)), e=b64(f"postgresql://kerenza:{lp}@loyalty-db.pryce.internal:5432/kerenza"))

add("blind-mi/python/argparse-default", "pryce-tills/tools/reprint.py", DOC_PY, '''\
"""Reprint a till receipt from the back office: python reprint.py --receipt RDR-01-20251105-0042"""
import argparse

import psycopg2

p = argparse.ArgumentParser()
p.add_argument("--receipt", required=True)
p.add_argument("--db-password", default="@@s@@")  # FIXME
args = p.parse_args()

conn = psycopg2.connect(host="10.20.1.5", dbname="tills", user="till_sync", password=args.db_password)
''', words_pw())

add("blind-mi/javascript/mongodb-uri", "museum-site/events/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const { MongoClient } = require("mongodb");

// Events (lantern tours, Trevithick Day, school visits) live in Atlas
const uri = "mongodb+srv://events:@@s@@@helgwith.x7k2p.mongodb.net/events?retryWrites=true&w=majority";
const client = new MongoClient(uri);

module.exports = async function events() {
  await client.connect();
  return client.db("events").collection("dydhyow"); // dydhyow = days
};
""", rand_pw(16))

add("blind-mi/yaml/spring-application", "tour-bookings/src/main/resources/application-staging.yml", DOC_JAVA, """\
spring:
  datasource:
    url: jdbc:postgresql://bookings-staging.helgwith.internal:5432/tours
    username: tours_app
    password: @@s@@
  mail:
    host: smtp.office365.com
    port: 587
tours:
  max-group-size: 12
  languages: [en, kw]
""", rand_pw(18))

add("blind-mi/shell/docker-run-env", "scripts/run_grafana.sh", DOC_SH, """\
#!/bin/sh
# Grafana for the oven temps, on the bakehouse Pi
docker run -d --name grafana --restart unless-stopped -p 3000:3000 \\
  -e GF_SECURITY_ADMIN_USER=pobor \\
  -e GF_SECURITY_ADMIN_PASSWORD=@@s@@ \\
  -v /srv/grafana:/var/lib/grafana \\
  grafana/grafana:11.2.0
""", words_pw())

add("blind-mi/php/pdo-dsn", "giftshop-api/public/stock.php", DOC_PHP, """\
<?php
// Quick stock check for the shop tablet (Shoppa Ro) - replace with the Laravel route soon
$pdo = new PDO('mysql:host=127.0.0.1;dbname=shoppa;charset=utf8mb4', 'shoppa', '@@s@@');
$stmt = $pdo->query('SELECT sku, name, qty FROM stock WHERE qty < 5 ORDER BY qty');
header('Content-Type: application/json');
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
""", words_pw())

add("blind-mi/ruby/slack-notifier", "giftshop/app/jobs/low_stock_job.rb", DOC_SLACK, """\
class LowStockJob < ApplicationJob
  queue_as :default

  WEBHOOK = "@@s@@".freeze

  # Tell #shoppa when tin jewellery or mine maps run low (isel = low)
  def perform
    low = Product.where("qty < 5").pluck(:name)
    return if low.empty?
    Slack::Notifier.new(WEBHOOK).ping("Stock isel: #{low.join(', ')}")
  end
end
""", slack_hook())

add("blind-mi/csv/api-keys-export", "ops/exports/integrations_2025-11.csv", DOC_CSV, """\
system,owner,key_name,value,rotated
ticketbox,tamsin,live,(see 1Password),2025-11-01
twilio,jory,auth token,(see 1Password),2025-09-12
sendgrid,kev,loyalty mail,@@s@@,2025-06-30
square,lowena,van readers,(see 1Password),2025-10-02
""", sendgrid())

add("blind-mi/powershell/connection-string-split", "ops/kiosk/Export-DailySales.ps1", DOC_PS, """\
# Gwerthow an jydh (day's sales) to CSV for the treasurer
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=helgwith-sql.database.windows.net;Database=tickets;" +
    "User ID=report;Password=@@s@@;Encrypt=True;"
$conn.Open()
$cmd = $conn.CreateCommand(); $cmd.CommandText = "SELECT * FROM dbo.DailySales WHERE Day = CAST(GETDATE() AS date)"
$table = New-Object System.Data.DataTable; $table.Load($cmd.ExecuteReader())
$table | Export-Csv "C:\\Reports\\sales-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
""", words_pw())

# end of cases
