"""Blind set NI: an Igbo-speaking Onitsha Main Market electronics wholesaler (Ugo Electronics, shop
stalls at Ochanja and Bridge Head, online orders, Paystack and Flutterwave payments, SMS to traders)
and an Enugu yam logistics firm (Ji Enugu Logistics: trucks from Nsukka and Abakaliki barns, cold
rooms, driver apps, weighbridge exports). Comments, notes and runbooks partly in Igbo.

Generated fakes only (seeds 7890000-7899999).
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
SEED_LOW, SEED_HIGH = 7890000, 7899999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ogbunike", "Niger", "Ochanja", "Udi", "Nsukka", "Oji", "Agbani", "Nkpor", "Iweka", "Awka",
         "Obodo", "Ugwu", "Mmiri", "Osisi", "Nkwo", "Eke", "Afor", "Orie"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def paystack(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def flutterwave() -> str:
    return "FLWSECK-" + hexs(32) + "-X"


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


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def jwt_secret() -> str:
    return fakes.drawn_mixed(_seed(), 48, ALNUM)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def wg_key() -> str:
    """A WireGuard key's shape: base64 of 32 bytes."""
    return base64.b64encode(_rng().randbytes(32)).decode()


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


SRC_ENV = "https://github.com/motdotla/dotenv#usage"
SRC_PY = "https://docs.python.org/3/library/os.html#os.environ"
SRC_JS = "https://nodejs.org/api/process.html#processenv"
SRC_TS = "https://www.typescriptlang.org/docs/handbook/2/everyday-types.html"
SRC_GO = "https://pkg.go.dev/database/sql#Open"
SRC_JAVA = "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html"
SRC_KT = "https://kotlinlang.org/docs/basic-syntax.html"
SRC_CS = "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring"
SRC_PHP = "https://www.php.net/manual/en/pdo.connections.php"
SRC_RB = "https://guides.rubyonrails.org/configuring.html"
SRC_RS = "https://docs.rs/reqwest/latest/reqwest/"
SRC_SWIFT = "https://developer.apple.com/documentation/foundation/urlrequest"
SRC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
SRC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
SRC_YAML = "https://yaml.org/spec/1.2.2/"
SRC_TOML = "https://toml.io/en/v1.0.0"
SRC_INI = "https://docs.python.org/3/library/configparser.html"
SRC_JSON = "https://www.json.org/json-en.html"
SRC_XML = "https://www.w3.org/TR/xml/"
SRC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
SRC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
SRC_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
SRC_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
SRC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
SRC_GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
SRC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
SRC_DOCKER = "https://docs.docker.com/reference/dockerfile/#env"
SRC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
SRC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
SRC_LOG = "https://docs.python.org/3/library/logging.html"
SRC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
SRC_MD = "https://spec.commonmark.org/0.31.2/"
SRC_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
SRC_HTML = "https://html.spec.whatwg.org/multipage/"
SRC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
SRC_PAYSTACK = "https://paystack.com/docs/api/authentication/"
SRC_FLW = "https://developer.flutterwave.com/docs/integration-guides/authentication"
SRC_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
SRC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
SRC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SRC_NETRC = "https://everything.curl.dev/usingcurl/netrc"
SRC_SSH = "https://man.openbsd.org/ssh-keygen.1"
SRC_SLACK = "https://api.slack.com/messaging/webhooks"
SRC_GRADLE = "https://docs.gradle.org/current/userguide/build_environment.html"
SRC_MAVEN = "https://maven.apache.org/settings.html#servers"
SRC_NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
SRC_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment="
SRC_CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
SRC_MAKE = "https://www.gnu.org/software/make/manual/make.html"
SRC_VSCODE = "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations"

CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- Ugo Electronics, Onitsha

add("blind-ni/env/paystack", "ugo-shop/.env", SRC_PAYSTACK, """\
# Ugo Electronics - ahịa online (Onitsha Main Market)
APP_NAME=ugo-shop
APP_URL=https://ugo-electronics.com.ng
# Igodo Paystack ezigbo - biko edela ya na Slack
PAYSTACK_SECRET_KEY=@@secret@@
PAYSTACK_PUBLIC_KEY=@@pub@@
CURRENCY=NGN
""", paystack(), pub=paystack("pk_live_"))

add("blind-ni/env/decoy-placeholder", "ugo-shop/.env.example", SRC_PAYSTACK, """\
# Detuo faịlụ a ka ọ bụrụ .env, wee dee igodo gị (copy this to .env)
APP_NAME=ugo-shop
APP_URL=http://localhost:8000
PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
PAYSTACK_PUBLIC_KEY=pk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
FLW_SECRET_KEY=FLWSECK-<dee-igodo-gi-ebe-a>-X
DB_PASSWORD=
""")

add("blind-ni/python/flutterwave", "ugo-shop/payments/flutterwave.py", SRC_FLW, """\
\"\"\"Nnabata ego site na Flutterwave (card, transfer, USSD).\"\"\"
import requests

FLW_BASE = "https://api.flutterwave.com/v3"
# TODO(Chinedu): wepụ igodo a gaa na vault tupu Ọnwa Iri
FLW_SECRET = "@@secret@@"


def verify(tx_id: int) -> dict:
    r = requests.get(f"{FLW_BASE}/transactions/{tx_id}/verify",
                     headers={"Authorization": f"Bearer {FLW_SECRET}"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]
""", flutterwave())

add("blind-ni/python/decoy-env-reference", "ugo-shop/payments/paystack_client.py", SRC_PAYSTACK, """\
\"\"\"Paystack: anyị na-agụ igodo site na gburugburu (environment) naanị.\"\"\"
import os

import requests

PAYSTACK_SECRET_KEY = os.environ["PAYSTACK_SECRET_KEY"]  # edela ya ebe a
BASE = "https://api.paystack.co"


def initialize(email: str, kobo: int) -> str:
    r = requests.post(f"{BASE}/transaction/initialize",
                      json={"email": email, "amount": kobo},
                      headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"}, timeout=15)
    return r.json()["data"]["authorization_url"]
""")

add("blind-ni/js/termii-sms", "ugo-shop/web/src/sms/notify.js", SRC_JS, """\
// Zipu ozi SMS nye ndị ahịa mgbe ngwa ha ruru (Termii)
const axios = require("axios");

const TERMII_API_KEY = "@@secret@@";

async function notifyCustomer(phone, orderId) {
  // "Ngwa gị adịla njikere" = your goods are ready
  return axios.post("https://api.ng.termii.com/api/sms/send", {
    to: phone, from: "UgoElect", sms: `Ngwa gị (#${orderId}) adịla njikere na Ochanja.`,
    type: "plain", channel: "generic", api_key: TERMII_API_KEY,
  });
}

module.exports = { notifyCustomer };
""", "TL" + rand_pw(60))

add("blind-ni/js/decoy-publishable-key", "ugo-shop/web/src/checkout/paystackInline.js", SRC_PAYSTACK, """\
// Paystack Inline: igodo ọha (public key) nwere ike ịnọ na browser
import PaystackPop from "@paystack/inline-js";

const PUBLIC_KEY = "@@pub@@";

export function payNow(email, amountNaira) {
  const popup = new PaystackPop();
  popup.newTransaction({ key: PUBLIC_KEY, email, amount: amountNaira * 100, currency: "NGN" });
}
""", pub=paystack("pk_live_"))

add("blind-ni/yaml/database", "ugo-shop/config/database.yml", SRC_RB, """\
# Ntọala ọdụ data (database) maka ahịa online
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 10

production:
  <<: *default
  host: db1.ugo-electronics.internal
  database: ugo_shop_production
  username: ugo_app
  password: "@@secret@@"
""", words_pw())

add("blind-ni/yaml/decoy-env-reference", "ugo-shop/config/database.prod.yml", SRC_RB, """\
# Paswọọdụ na-abịa site na ENV - edela ya ebe a
default: &default
  adapter: postgresql
  encoding: unicode

production:
  <<: *default
  host: <%= ENV.fetch("DB_HOST", "db1.ugo-electronics.internal") %>
  username: ugo_app
  password: <%= ENV["UGO_DB_PASSWORD"] %>
""")

_v = rand_pw(22)
add("blind-ni/k8s-secret/database", "deploy/k8s/ugo-db-secret.yaml", SRC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: ugo-db
  namespace: ugo-shop
  labels:
    app: ugo-shop
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@enc@@
""", _v, user=b64("ugo_app"), enc=b64(_v))

add("blind-ni/k8s-secret/decoy-empty", "deploy/k8s/ugo-termii-secret.yaml", SRC_K8S, """\
# Ihe atụ: a na-etinye uru ezigbo site na sealed-secrets, ọ bụghị ebe a
apiVersion: v1
kind: Secret
metadata:
  name: ugo-termii
  namespace: ugo-shop
type: Opaque
data:
  TERMII_API_KEY: ""
  TERMII_SENDER_ID: @@sender@@
""", sender=b64("UgoElect"))

add("blind-ni/go/database", "stock-sync/internal/store/db.go", SRC_GO, """\
package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Njikọ na ọdụ data nke ngwaahịa (stock) - Ochanja na Bridge Head
const dsn = "postgres://stock_sync:@@secret@@@db2.ugo-electronics.internal:5432/stock?sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", rand_pw(20))

add("blind-ni/go/decoy-env-reference", "stock-sync/internal/store/config.go", SRC_GO, """\
package store

import (
	"fmt"
	"os"
)

// DSN na-ewu njikọ site na gburugburu; anyị anaghị edobe paswọọdụ na koodu.
func DSN() string {
	return fmt.Sprintf("postgres://%s:%s@%s:5432/stock?sslmode=require",
		os.Getenv("STOCK_DB_USER"), os.Getenv("STOCK_DB_PASSWORD"), os.Getenv("STOCK_DB_HOST"))
}
""")

add("blind-ni/markdown/slack-webhook", "ugo-ops/docs/alerts.md", SRC_SLACK, """\
# Ọkwa (alerts) maka ụlọ nkwakọba Ochanja

Mgbe ngwa ahịa dị n'ụlọ nkwakọba gbadara n'okpuru 5, anyị na-ezipu ozi na #ahia-stock.

Webhook anyị na-eji (Emeka tinyere ya n'ọnwa gara aga):

    @@secret@@

Jiri `curl -X POST -H 'Content-type: application/json' --data '{"text":"nnwale"}' <webhook>`
iji nwalee ya.
""", slack_webhook())

add("blind-ni/markdown/decoy-redacted", "ugo-ops/docs/alerts-setup.md", SRC_SLACK, """\
# Ịtọ ọkwa Slack

1. Mepee https://api.slack.com/apps wee mepụta "Incoming Webhook".
2. Detuo URL ahụ n'ime Vault na `secret/ugo/slack/stock-webhook`.
3. Ọ ga-adị ka nke a: `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`

Edela ezigbo URL n'ime wiki a. Daalụ.
""")

add("blind-ni/shell/sendgrid", "ugo-ops/scripts/send_invoice.sh", SRC_SH, """\
#!/usr/bin/env bash
# Zipu akwụkwọ ụgwọ (invoice) nye ndị na-azụ n'ọtụtụ (wholesale buyers)
set -euo pipefail

SENDGRID_API_KEY='@@secret@@'
TO="$1"; FILE="$2"

curl -sS https://api.sendgrid.com/v3/mail/send \\
  -H "Authorization: Bearer ${SENDGRID_API_KEY}" \\
  -H 'Content-Type: application/json' \\
  -d "{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"${TO}\\"}]}],\\"from\\":{\\"email\\":\\"ahia@ugo-electronics.com.ng\\"},\\"subject\\":\\"Invoice\\",\\"content\\":[{\\"type\\":\\"text/plain\\",\\"value\\":\\"Daalụ\\"}]}"
echo "ezigara ${FILE} nye ${TO}"
""", sendgrid_key())

add("blind-ni/shell/decoy-vault-reference", "ugo-ops/scripts/rotate_paystack.sh", SRC_SH, """\
#!/usr/bin/env bash
# Gbanwee igodo Paystack kwa ọnwa atọ. Igodo ọhụrụ na-abanye na Vault naanị.
set -euo pipefail

NEW_KEY="$(vault kv get -field=secret_key secret/ugo/paystack)"
kubectl -n ugo-shop create secret generic ugo-paystack \\
  --from-literal=PAYSTACK_SECRET_KEY="${NEW_KEY}" --dry-run=client -o yaml | kubectl apply -f -
kubectl -n ugo-shop rollout restart deploy/ugo-shop
""")

add("blind-ni/java/database", "ugo-pos/src/main/java/ng/ugo/pos/Db.java", SRC_JAVA, """\
package ng.ugo.pos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Njikọ POS nke ụlọ ahịa Bridge Head na ọdụ data MySQL. */
public final class Db {
    private static final String URL = "jdbc:mysql://pos-db.ugo-electronics.internal:3306/pos";
    private static final String USER = "pos_terminal";
    // paswọọdụ a bụ nke ụlọ ahịa niile - gbanwee ya ma onye ọrụ pụọ
    private static final String PASSWORD = "@@secret@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", words_pw())

add("blind-ni/java/decoy-env-reference", "ugo-pos/src/main/java/ng/ugo/pos/PaystackConfig.java", SRC_JAVA, """\
package ng.ugo.pos;

/** Igodo Paystack na-esi na System.getenv; ọ bụrụ na ọ dịghị, POS agaghị amalite. */
public final class PaystackConfig {
    public static String secretKey() {
        String key = System.getenv("PAYSTACK_SECRET_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("PAYSTACK_SECRET_KEY adịghị (missing)");
        }
        return key;
    }
}
""")

add("blind-ni/kotlin/google-maps", "ugo-delivery/app/src/main/java/ng/ugo/delivery/Geo.kt", SRC_KT, """\
package ng.ugo.delivery

import okhttp3.OkHttpClient
import okhttp3.Request

// Geocoding maka adreesị ndị ahịa n'Onitsha, Nnewi na Awka
private const val GEO_KEY = "@@secret@@"

fun geocode(client: OkHttpClient, address: String): String {
    val url = "https://maps.googleapis.com/maps/api/geocode/json?address=${address}&key=$GEO_KEY"
    client.newCall(Request.Builder().url(url).build()).execute().use { return it.body!!.string() }
}
""", google_key())

add("blind-ni/kotlin/decoy-build-config", "ugo-delivery/app/build.gradle.kts", SRC_GRADLE, """\
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ng.ugo.delivery"
    defaultConfig {
        applicationId = "ng.ugo.delivery"
        // igodo na-esi na local.properties / CI secret, ọ bụghị ebe a
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("UGO_MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("blind-ni/csharp/database", "UgoWarehouse/appsettings.Production.json", SRC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Warehouse": "Server=tcp:ugo-wh.database.windows.net,1433;Initial Catalog=ugo_wh;User ID=wh_admin;Password=@@secret@@;Encrypt=True;"
  },
  "Ụlọ": "Ochanja Main Market, Onitsha"
}
""", words_pw())

add("blind-ni/csharp/decoy-user-secrets", "UgoWarehouse/appsettings.json", SRC_CS, """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Warehouse": "Server=(localdb)\\\\MSSQLLocalDB;Database=ugo_wh_dev;Trusted_Connection=True;"
  },
  "Paystack": { "SecretKey": "", "_comment": "dotnet user-secrets set Paystack:SecretKey <igodo>" }
}
""")

add("blind-ni/php/paystack", "ugo-legacy/includes/paystack.php", SRC_PAYSTACK, """\
<?php
// Ụzọ ochie nke ịkwụ ụgwọ (legacy checkout) - Obinna dere ya na 2019
define('PAYSTACK_SK', '@@secret@@');

function ugo_verify_payment(string $reference): array {
    $ch = curl_init('https://api.paystack.co/transaction/verify/' . rawurlencode($reference));
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . PAYSTACK_SK]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode(curl_exec($ch), true);
}
""", paystack())

add("blind-ni/php/decoy-getenv", "ugo-legacy/includes/db.php", SRC_PHP, """\
<?php
// Njikọ PDO; paswọọdụ na-esi na getenv (Apache SetEnv na server naanị)
$dsn = 'mysql:host=127.0.0.1;dbname=ugo_legacy;charset=utf8mb4';
$user = getenv('UGO_DB_USER') ?: 'ugo_ro';
$pass = getenv('UGO_DB_PASS');
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
""")

add("blind-ni/ruby/mailgun", "ugo-shop/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
# Ozi email maka ndị ahịa (order confirmations)
Rails.application.config.action_mailer.delivery_method = :mailgun
Rails.application.config.action_mailer.mailgun_settings = {
  api_key: "@@secret@@",
  domain: "mg.ugo-electronics.com.ng",
  api_host: "api.eu.mailgun.net"
}
""", mailgun_key())

add("blind-ni/ruby/decoy-credentials-reference", "ugo-shop/config/initializers/paystack.rb", SRC_RB, """\
# Igodo Paystack dị na Rails credentials (config/credentials.yml.enc)
# Iji dezie ya: bin/rails credentials:edit --environment production
Paystack.configure do |c|
  c.secret_key = Rails.application.credentials.dig(:paystack, :secret_key)
  c.public_key = Rails.application.credentials.dig(:paystack, :public_key)
end
""")

add("blind-ni/rust/telegram", "ugo-bot/src/main.rs", SRC_RS, """\
// Bot Telegram: ndị ahịa na-ajụ ọnụahịa (price) nke ekwentị na TV
use reqwest::blocking::Client;

const BOT_TOKEN: &str = "@@secret@@";

fn send(chat_id: i64, text: &str) -> reqwest::Result<()> {
    let url = format!("https://api.telegram.org/bot{}/sendMessage", BOT_TOKEN);
    Client::new().post(url).form(&[("chat_id", chat_id.to_string()), ("text", text.to_string())]).send()?;
    Ok(())
}

fn main() {
    send(-1001234567, "Nnọọ! Ọnụahịa taa dị na https://ugo-electronics.com.ng/price").unwrap();
}
""", fakes.telegram_token(_seed()))

add("blind-ni/rust/decoy-env-reference", "ugo-bot/src/config.rs", SRC_RS, """\
// Ntọala bot: token na-esi na TELEGRAM_BOT_TOKEN (systemd EnvironmentFile)
use std::env;

pub struct Config { pub token: String, pub admin_chat: i64 }

pub fn load() -> Config {
    Config {
        token: env::var("TELEGRAM_BOT_TOKEN").expect("TELEGRAM_BOT_TOKEN adịghị"),
        admin_chat: env::var("ADMIN_CHAT").ok().and_then(|v| v.parse().ok()).unwrap_or(0),
    }
}
""")

add("blind-ni/swift/flutterwave", "UgoShopiOS/Sources/Payments/FlutterwaveService.swift", SRC_SWIFT, """\
import Foundation

// Ọrụ ịkwụ ụgwọ nke ngwa iOS - TODO: kpọga ya na backend (igodo nzuzo ekwesịghị ịnọ n'ekwentị)
enum FlutterwaveService {
    static let secretKey = "@@secret@@"

    static func verify(_ id: Int) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.flutterwave.com/v3/transactions/\\(id)/verify")!)
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        return req
    }
}
""", flutterwave())

add("blind-ni/swift/decoy-public-key", "UgoShopiOS/Sources/Payments/PaystackConfig.swift", SRC_SWIFT, """\
import Foundation

// Naanị igodo ọha (public key) nọ n'ime ngwa; nke nzuzo dị na backend.
enum PaystackConfig {
    static let publicKey = "@@pub@@"
    static let backendURL = URL(string: "https://api.ugo-electronics.com.ng/pay")!
}
""", pub=paystack("pk_live_"))

add("blind-ni/powershell/smtp", "ugo-ops/windows/Send-DailyReport.ps1", SRC_PS, """\
# Zipu akụkọ ahịa kwa ụbọchị (daily sales report) site na kọmputa ụlọ ahịa
$smtpUser = "reports@ugo-electronics.com.ng"
$smtpPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)

$csv = "C:\\Ugo\\reports\\sales-$(Get-Date -Format yyyyMMdd).csv"
Send-MailMessage -SmtpServer "smtp.zoho.com" -Port 587 -UseSsl -Credential $cred `
  -From $smtpUser -To "oga@ugo-electronics.com.ng" -Subject "Akụkọ ahịa taa" -Attachments $csv
""", words_pw())

add("blind-ni/powershell/decoy-credential-manager", "ugo-ops/windows/Backup-Pos.ps1", SRC_PS, """\
# Ndabere (backup) nke POS kwa abalị; paswọọdụ dị na Windows Credential Manager
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "UgoPosBackup"
$dest = "\\\\nas-ochanja\\backups\\pos"
New-PSDrive -Name B -PSProvider FileSystem -Root $dest -Credential $cred | Out-Null
Copy-Item "C:\\Ugo\\pos\\data\\*.bak" "B:\\" -Force
Remove-PSDrive B
""")

add("blind-ni/toml/database", "stock-sync/config/production.toml", SRC_TOML, """\
# stock-sync: na-emekọ ngwaahịa n'etiti ụlọ ahịa atọ (Ochanja, Bridge Head, Nkpor)
[server]
port = 8081

[database]
host = "db2.ugo-electronics.internal"
user = "stock_sync"
password = "@@secret@@"
name = "stock"
""", rand_pw(24))

add("blind-ni/toml/decoy-placeholder", "stock-sync/config/example.toml", SRC_TOML, """\
# Ihe atụ - detuo ka ọ bụrụ production.toml
[server]
port = 8081

[database]
host = "localhost"
user = "stock_sync"
password = "CHANGE_ME"
name = "stock"
""")

add("blind-ni/ini/ftp", "ugo-ops/supplier-feed/feed.ini", SRC_INI, """\
; Nbudata ọnụahịa site n'aka ndị na-ebubata ngwa (importers) na Lagos
[supplier_ftp]
host = ftp.lagos-importers.example.net
port = 21
user = ugo_onitsha
password = @@secret@@
remote_dir = /pricelists/weekly
""", words_pw())

add("blind-ni/ini/decoy-masked", "ugo-ops/supplier-feed/feed.sample.ini", SRC_INI, """\
; Faịlụ a bụ ihe atụ. Ezigbo paswọọdụ dị n'akwụkwọ Oga (ọ bụghị ebe a).
[supplier_ftp]
host = ftp.lagos-importers.example.net
port = 21
user = ugo_onitsha
password = ********
remote_dir = /pricelists/weekly
""")

add("blind-ni/xml/maven", "ugo-pos/.mvn/settings.xml", SRC_MAVEN, """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus nke Ugo: ebe anyị na-ebugo ngwugwu POS -->
  <servers>
    <server>
      <id>ugo-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(20))

add("blind-ni/xml/decoy-env-reference", "ugo-pos/ci-settings.xml", SRC_MAVEN, """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- CI: uru na-esi na GitLab CI/CD variables -->
  <servers>
    <server>
      <id>ugo-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ni/helm/redis", "deploy/helm/ugo-shop/values-prod.yaml", SRC_HELM, """\
# Uru Helm maka ugo-shop (production)
replicaCount: 3
image:
  repository: registry.ugo-electronics.com.ng/ugo-shop
  tag: "2.14.0"
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
ingress:
  host: ugo-electronics.com.ng
""", fakes.redis_password(_seed()))

add("blind-ni/helm/decoy-existing-secret", "deploy/helm/ugo-shop/values-staging.yaml", SRC_HELM, """\
# Staging: paswọọdụ Redis na-esi na Secret dị adị (existingSecret)
replicaCount: 1
image:
  repository: registry.ugo-electronics.com.ng/ugo-shop
  tag: "2.15.0-rc1"
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: ugo-redis-auth
    existingSecretPasswordKey: redis-password
""")

add("blind-ni/compose/database", "ugo-shop/docker-compose.prod.yml", SRC_COMPOSE, """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ugo_app
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: ugo_shop
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", rand_pw(18))

add("blind-ni/compose/decoy-env-file", "ugo-shop/docker-compose.yml", SRC_COMPOSE, """\
# Maka mmepe (development) - uru niile na-esi na .env
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER:-ugo_app}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?biko tọọ POSTGRES_PASSWORD}
  web:
    build: .
    env_file: .env
    ports: ["8000:8000"]
""")

_a, _s = aws_pair()
add("blind-ni/terraform/aws", "infra/ugo/provider.tf", SRC_TF, """\
# Ebe anyị na-echekwa foto ngwaahịa (S3, eu-west-1)
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "product_images" {
  bucket = "ugo-electronics-product-images"
}
""", _s, kid=_a)

add("blind-ni/terraform/decoy-variable", "infra/ugo/variables.tf", SRC_TF, """\
variable "db_password" {
  description = "Paswọọdụ ọdụ data (tinye ya site na TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "paystack_secret_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")

add("blind-ni/ansible/database", "infra/ansible/group_vars/pos_shops.yml", SRC_ANSIBLE, """\
---
# Ụlọ ahịa niile nwere POS (Ochanja, Bridge Head, Nkpor)
pos_db_host: pos-db.ugo-electronics.internal
pos_db_user: pos_terminal
pos_db_password: "@@secret@@"
pos_timezone: Africa/Lagos
pos_printer_model: "Xprinter XP-80"
""", words_pw())

add("blind-ni/ansible/decoy-vault-encrypted", "infra/ansible/group_vars/all/vault.yml", SRC_ANSIBLE, """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(52))

add("blind-ni/github-actions/npm", ".github/workflows/publish-ui-kit.yml", SRC_GHA, """\
name: Bipụta @ugo/ui-kit
on:
  push:
    tags: ["ui-kit-v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, registry-url: "https://registry.npmjs.org" }
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: @@secret@@  # TODO: kpọga ya na secrets.NPM_TOKEN
""", npm_token())

add("blind-ni/github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", SRC_GHA, """\
name: Deploy ugo-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          PAYSTACK_SECRET_KEY: ${{ secrets.PAYSTACK_SECRET_KEY }}
          KUBE_CONFIG: ${{ secrets.KUBE_CONFIG_PROD }}
""")

add("blind-ni/gitlab-ci/gitlab-token", "ugo-pos/.gitlab-ci.yml", SRC_GITLAB, """\
stages: [build, release]

variables:
  MAVEN_OPTS: "-Dmaven.repo.local=.m2"
  # Token iji bipụta release notes (Ifeanyi mepụtara ya)
  RELEASE_TOKEN: "@@secret@@"

release:
  stage: release
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" -X POST "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases" -d "tag_name=$CI_COMMIT_TAG"'
  rules:
    - if: $CI_COMMIT_TAG
""", gitlab_token())

add("blind-ni/gitlab-ci/decoy-masked-variable", "stock-sync/.gitlab-ci.yml", SRC_GITLAB, """\
stages: [test, deploy]

test:
  stage: test
  image: golang:1.22
  script: [go test ./...]

deploy:
  stage: deploy
  script:
    - echo "Ana-eji $STOCK_DB_PASSWORD (masked, protected) site na Settings > CI/CD"
    - ./deploy.sh
""")

add("blind-ni/dockerfile/sendgrid", "ugo-mailer/Dockerfile", SRC_DOCKER, """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Igodo email (ọ ga-apụ mgbe anyị kwagara na Kubernetes)
ENV SENDGRID_API_KEY=@@secret@@
ENV MAIL_FROM=ahia@ugo-electronics.com.ng
CMD ["python", "-m", "mailer"]
""", sendgrid_key())

add("blind-ni/dockerfile/decoy-build-arg", "ugo-shop/Dockerfile", SRC_DOCKER, """\
FROM node:20-alpine AS build
WORKDIR /src
ARG PAYSTACK_PUBLIC_KEY
ENV VITE_PAYSTACK_PUBLIC_KEY=${PAYSTACK_PUBLIC_KEY}
COPY . .
RUN npm ci && npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("blind-ni/notebook/database", "ugo-analytics/notebooks/ahia_onwa.ipynb", SRC_NB, """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Nyocha ahịa kwa ọnwa (monthly sales)\\n", "Ekwentị, TV, generator - Ochanja vs Bridge Head"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@db1.ugo-electronics.internal/ugo_shop_production')\\n",
    "df = pd.read_sql('select * from orders where created_at > now() - interval 30 day', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("blind-ni/notebook/decoy-getpass", "ugo-analytics/notebooks/ndị_ahịa.ipynb", SRC_NB, """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# Ndị ahịa kachasị zụta (top wholesale buyers)\\n",
    "import getpass, pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "pw = getpass.getpass('Paswọọdụ analyst: ')\\n",
    "eng = create_engine(f'postgresql://analyst:{pw}@db1.ugo-electronics.internal/ugo_shop_production')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ni/sql/database-role", "ugo-shop/db/migrations/0042_reporting_role.sql", SRC_SQL, """\
-- Onye ọrụ maka akụkọ (reporting) - Metabase na-eji ya
BEGIN;
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE ugo_shop_production TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
COMMIT;
""", words_pw())

add("blind-ni/sql/decoy-hash", "ugo-shop/db/seeds/admin_users.sql", SRC_SQL, """\
-- Ndị nchịkwa (admins) mbụ; paswọọdụ bụ bcrypt hash, ọ bụghị paswọọdụ n'onwe ya
INSERT INTO admin_users (email, full_name, password_hash) VALUES
  ('chinedu@ugo-electronics.com.ng', 'Chinedu Okafor', '$2b$12$@@h1@@'),
  ('adaeze@ugo-electronics.com.ng', 'Adaeze Nwosu', '$2b$12$@@h2@@');
-- Onye ọ bụla ga-agbanwe paswọọdụ ya na nbanye mbụ
UPDATE admin_users SET must_reset = true;
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ni/log/database", "ugo-ops/logs/stock-sync-2026-11-03.log", SRC_LOG, """\
2026-11-03 06:00:01 INFO  stock-sync amalitela (started) v1.8.2
2026-11-03 06:00:01 INFO  shops=ochanja,bridgehead,nkpor
2026-11-03 06:00:02 DEBUG connecting dsn=postgres://stock_sync:@@secret@@@db2.ugo-electronics.internal:5432/stock
2026-11-03 06:00:04 WARN  ochanja: 14 SKUs n'okpuru ọnụ ọgụgụ kacha nta
2026-11-03 06:00:09 INFO  emechara (done) in 8.1s
""", rand_pw(20))

add("blind-ni/log/decoy-redacted", "ugo-ops/logs/stock-sync-2026-11-04.log", SRC_LOG, """\
2026-11-04 06:00:01 INFO  stock-sync amalitela (started) v1.8.3
2026-11-04 06:00:01 INFO  shops=ochanja,bridgehead,nkpor
2026-11-04 06:00:02 DEBUG connecting dsn=postgres://stock_sync:****@db2.ugo-electronics.internal:5432/stock
2026-11-04 06:00:03 INFO  paystack key=sk_live_...[REDACTED] fingerprint=@@fp@@
2026-11-04 06:00:08 INFO  emechara (done) in 7.4s
""", fp=hexs(16))

add("blind-ni/csv/decoy-ids", "ugo-analytics/exports/paystack_settlements_oct.csv", SRC_CSV, """\
settlement_id,reference,amount_ngn,shop,status
@@u1@@,UGO-OCH-2026-10-0193,845000,ochanja,success
@@u2@@,UGO-BRH-2026-10-0071,1210500,bridgehead,success
@@u3@@,UGO-NKP-2026-10-0012,98000,nkpor,reversed
@@u4@@,UGO-OCH-2026-10-0207,432250,ochanja,success
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-ni/csv/wifi-password", "ugo-ops/inventory/shop_network.csv", SRC_CSV, """\
shop,router,ssid,admin_user,admin_password,notes
ochanja,TP-Link ER605,UGO-OCHANJA,admin,********,Emeka na-ahụ maka ya
bridgehead,MikroTik hAP ax3,UGO-BRIDGEHEAD,admin,@@secret@@,gbanwere ya n'ọnwa Iri
nkpor,Huawei B535,UGO-NKPOR,admin,(n'akwụkwọ Oga),ọ dịghị ihe
office,Ubiquiti UDM,UGO-OFFICE,admin,********,
""", words_pw())

add("blind-ni/rst/decoy-docs-example", "ugo-shop/docs/payments.rst", SRC_RST, """\
Ịkwụ ụgwọ (Payments)
====================

Anyị na-eji Paystack. Tọọ igodo gị dị ka ihe atụ a si gosi:

.. code-block:: bash

   export PAYSTACK_SECRET_KEY="sk_test_<igodo-nnwale-gi>"
   export PAYSTACK_PUBLIC_KEY="pk_test_<igodo-oha-gi>"

Edela igodo ``sk_live_`` ọ bụla n'akwụkwọ a.
""")

add("blind-ni/rst/database", "stock-sync/docs/operations.rst", SRC_RST, """\
Ọrụ kwa ụbọchị (Operations)
===========================

Ọ bụrụ na stock-sync kwụsịrị, jikọọ n'ọdụ data ozugbo:

.. code-block:: console

   $ PGPASSWORD='@@secret@@' psql -h db2.ugo-electronics.internal -U stock_sync stock

Lelee tebụl ``sync_runs`` maka njehie ikpeazụ.
""", words_pw())

add("blind-ni/html/decoy-public-key", "ugo-shop/public/checkout.html", SRC_HTML, """\
<!doctype html>
<html lang="ig">
<head><meta charset="utf-8"><title>Kwụọ ụgwọ - Ugo Electronics</title>
<script src="https://js.paystack.co/v1/inline.js"></script></head>
<body>
  <button id="pay">Kwụọ ugbu a</button>
  <script>
    document.getElementById("pay").onclick = () => PaystackPop.setup({
      key: "@@pub@@", email: "onye@ahia.ng", amount: 4500000, currency: "NGN"
    }).openIframe();
  </script>
</body>
</html>
""", pub=paystack("pk_live_"))

add("blind-ni/html/paystack", "ugo-legacy/admin/refund.html", SRC_HTML, """\
<!doctype html>
<html lang="ig">
<head><meta charset="utf-8"><title>Nkwụghachi ego (refund)</title></head>
<body>
  <!-- Nke a bụ ihe Obinna mere ngwa ngwa; wepụ ya! -->
  <script>
    const SK = "@@secret@@";
    function refund(ref) {
      fetch("https://api.paystack.co/refund", {method: "POST",
        headers: {Authorization: "Bearer " + SK, "Content-Type": "application/json"},
        body: JSON.stringify({transaction: ref})});
    }
  </script>
</body>
</html>
""", paystack())

add("blind-ni/shell-history/database", "ugo-ops/support/emeka_bash_history.txt", SRC_HIST, """\
cd /srv/ugo-shop
git pull
sudo systemctl restart ugo-shop
mysql -h pos-db.ugo-electronics.internal -u pos_terminal -p'@@secret@@' pos -e 'select count(*) from sales'
tail -f /var/log/ugo-shop/app.log
exit
""", words_pw())

add("blind-ni/shell-history/decoy-prompt", "ugo-ops/support/adaeze_bash_history.txt", SRC_HIST, """\
ssh deploy@app1.ugo-electronics.internal
sudo -i
mysql -h pos-db.ugo-electronics.internal -u pos_terminal -p pos
vault login -method=userpass username=adaeze
vault kv get secret/ugo/pos
history -c
""")

add("blind-ni/npmrc/npm", "ugo-shop/web/.npmrc", SRC_NPMRC, """\
# Ngwugwu nzuzo @ugo (GitHub Packages na npm)
@ugo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("blind-ni/npmrc/decoy-env-reference", "ugo-bot/.npmrc", SRC_NPMRC, """\
# Token na-esi na NPM_TOKEN (CI naanị)
@ugo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

add("blind-ni/pgpass/database", "ugo-ops/support/pgpass.analyst", SRC_PGPASS, """\
# hostname:port:database:username:password
# Maka Nkechi (analyst) - chmod 600 ~/.pgpass
db1.ugo-electronics.internal:5432:ugo_shop_production:analyst:@@secret@@
localhost:5432:*:postgres:
# replica ọhụrụ (new) - a ka na-ahazi ya
""", rand_pw(20))

add("blind-ni/netrc/decoy-placeholder", "ugo-ops/support/netrc.example", SRC_NETRC, """\
# Ihe atụ nke ~/.netrc maka ibudata ọnụahịa (supplier feed)
# Dochie <...> na ezigbo uru gị; echefula chmod 600
machine ftp.lagos-importers.example.net
  login ugo_onitsha
  password <paswọọdụ-gị>
""")

add("blind-ni/ssh/private-key", "ugo-ops/keys/deploy_ochanja_ed25519", SRC_SSH, """\
@@secret@@
""", pem("OPENSSH"))

add("blind-ni/ssh/decoy-public-key", "ugo-ops/keys/deploy_ochanja_ed25519.pub", SRC_SSH, """\
# Igodo ọha (public) maka deploy na sava ụlọ ahịa Ochanja.
# Tinye ya n'ime ~/.ssh/authorized_keys nke onye ọrụ deploy.
# Fingerprint: SHA256:@@fp@@
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@body@@ deploy@ugo-ochanja
# ---
""", fp=fakes.drawn(_seed(), 43, ALNUM + "+/"), body=fakes.drawn(_seed(), 44, ALNUM + "+/"))


# ---------------------------------------------------------------- Ji Enugu Logistics, Enugu

def mapbox(kind: str = "sk") -> str:
    body = b64('{"u":"jienugu","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}').rstrip("=")
    return f"{kind}.{body}.{fakes.drawn_mixed(_seed(), 22, ALNUM + '-_')}"


def datadog_key() -> str:
    return hexs(32)


add("blind-ni/env/mqtt", "coldroom-agent/.env", SRC_ENV, """\
# Ji Enugu Logistics - onye nche ụlọ oyi (cold-room sensors, Emene depot)
MQTT_HOST=mqtt.jienugu-logistics.ng
MQTT_PORT=8883
MQTT_USER=coldroom-emene
MQTT_PASSWORD=@@secret@@
# Okpomọkụ kacha elu maka ji (yam) bụ 16C
TEMP_MAX_C=16
""", fakes.redis_password(_seed()))

add("blind-ni/env/decoy-empty", "coldroom-agent/.env.sample", SRC_ENV, """\
# Detuo gaa .env; jụọ Ikenna maka paswọọdụ MQTT (ọ dị na Bitwarden)
MQTT_HOST=mqtt.jienugu-logistics.ng
MQTT_PORT=8883
MQTT_USER=
MQTT_PASSWORD=
TEMP_MAX_C=16
""")

add("blind-ni/python/twilio", "ji-dispatch/dispatch/sms.py", "https://www.twilio.com/docs/iam/credentials/api", """\
\"\"\"Zipu ozi nye ndị ọkwọ ụgbọala (drivers): ebe ha ga-ebu ji taa.\"\"\"
from twilio.rest import Client

ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+2342017001234"


def tell_driver(phone: str, barn: str, tonnes: float) -> None:
    body = f"Ututu oma! Gaa {barn} taa, buru ji {tonnes} tọn gaa Enugu depot."
    Client(ACCOUNT_SID, AUTH_TOKEN).messages.create(to=phone, from_=FROM, body=body)
""", hexs(32), sid=hexs(32))

add("blind-ni/python/decoy-test-fixture", "ji-dispatch/tests/test_sms.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """\
\"\"\"Nnwale (tests) maka sms.py - uru niile bụ ụgha (fake), ọ dịghị nke na-arụ ọrụ.\"\"\"
from dispatch import sms

FAKE_TOKEN = "test-token-not-real"


def test_tell_driver_builds_body(monkeypatch):
    sent = {}
    monkeypatch.setattr(sms, "AUTH_TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(sms, "Client", lambda *a: type("C", (), {"messages": type("M", (), {"create": staticmethod(lambda **kw: sent.update(kw))})})())
    sms.tell_driver("+2348030000000", "Nsukka barn 3", 12.5)
    assert "Nsukka" in sent["body"]
""")

add("blind-ni/typescript/mapbox", "ji-tracker/web/src/map/routes.ts", "https://docs.mapbox.com/api/accounts/tokens/", """\
// Ụzọ ụgbọala (truck routes): Nsukka -> Enugu -> Onitsha -> Lagos
import mapboxgl from "mapbox-gl";

// Token nzuzo maka Directions API (server side) - Chiamaka kwuru na ọ ga-apụ
export const MAPBOX_SECRET = "@@secret@@";

export async function route(from: [number, number], to: [number, number]) {
  const url = `https://api.mapbox.com/directions/v5/mapbox/driving/${from.join(",")};${to.join(",")}?access_token=${MAPBOX_SECRET}`;
  const res = await fetch(url);
  return res.json();
}
""", mapbox("sk"))

add("blind-ni/typescript/decoy-public-token", "ji-tracker/web/src/map/init.ts", "https://docs.mapbox.com/help/glossary/access-token/", """\
// Maapụ nke ụgbọala niile (public token - ọ dị mma n'ime browser)
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "@@pk@@";

export const map = new mapboxgl.Map({ container: "map", center: [7.5086, 6.4584], zoom: 7 });
""", pk=mapbox("pk"))

add("blind-ni/go/datadog", "ji-weighbridge/cmd/exporter/main.go", "https://docs.datadoghq.com/account_management/api-app-keys/", """\
package main

import (
	"log"
	"net/http"
	"strings"
)

// Ihe ọtụtụ (metrics) nke weighbridge Ninth Mile: ibu ụgbọala na ji ọ bụla
const ddAPIKey = "@@secret@@"

func main() {
	body := strings.NewReader(`{"series":[{"metric":"ji.weighbridge.tonnes","points":[[0,12.4]]}]}`)
	req, _ := http.NewRequest("POST", "https://api.datadoghq.eu/api/v1/series", body)
	req.Header.Set("DD-API-KEY", ddAPIKey)
	if _, err := http.DefaultClient.Do(req); err != nil {
		log.Fatal(err)
	}
}
""", datadog_key())

add("blind-ni/go/decoy-checksum", "ji-weighbridge/firmware/manifest.go", "https://pkg.go.dev/crypto/sha256", """\
package firmware

// SHA-256 nke firmware weighbridge ọ bụla (Ninth Mile, Nsukka, Abakaliki).
// Ọ bụghị igodo: anyị na-eji ya iji lelee na faịlụ ahụ agbanweghị.
var Manifest = map[string]string{
	"ninth-mile-v4.2.bin": "@@h1@@",
	"nsukka-v4.2.bin":     "@@h2@@",
	"abakaliki-v4.1.bin":  "@@h3@@",
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("blind-ni/java/azure-storage", "ji-erp/src/main/java/ng/jienugu/erp/WaybillArchive.java", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
package ng.jienugu.erp;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobContainerClientBuilder;

/** Ebe anyị na-echekwa akwụkwọ waybill (PDF) nke ụgbọala ọ bụla. */
public final class WaybillArchive {
    private static final String CONN = "DefaultEndpointsProtocol=https;AccountName=jienuguwaybills;"
            + "AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient container() {
        return new BlobContainerClientBuilder().connectionString(CONN).containerName("waybills").buildClient();
    }
}
""", azure_storage_key())

add("blind-ni/java/decoy-managed-identity", "ji-erp/src/main/java/ng/jienugu/erp/InvoiceArchive.java", "https://learn.microsoft.com/en-us/java/api/overview/azure/identity-readme", """\
package ng.jienugu.erp;

import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.storage.blob.BlobServiceClientBuilder;

/** Akwụkwọ ụgwọ (invoices): anyị na-eji Managed Identity, ọ dịghị igodo ọ bụla. */
public final class InvoiceArchive {
    public static Object client() {
        return new BlobServiceClientBuilder()
                .endpoint("https://jienuguinvoices.blob.core.windows.net")
                .credential(new DefaultAzureCredentialBuilder().build()).buildClient();
    }
}
""")

add("blind-ni/kotlin/firebase", "ji-driver/app/src/main/java/ng/jienugu/driver/Push.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server", """\
package ng.jienugu.driver

// Ozi push nye ndị ọkwọ ụgbọala mgbe e kenyere ha ibu ọhụrụ (new load)
object Push {
    // Legacy server key - nke a kwesịrị ịnọ na backend, ọ bụghị n'ime ngwa!
    const val FCM_SERVER_KEY = "@@secret@@"
    const val TOPIC = "/topics/drivers-enugu"

    fun headers() = mapOf("Authorization" to "key=$FCM_SERVER_KEY", "Content-Type" to "application/json")
}
""", "AAAA" + fakes.drawn_mixed(_seed(), 7) + ":APA91b" + fakes.drawn_mixed(_seed(), 134, ALNUM + "-_"))

add("blind-ni/kotlin/decoy-google-services", "ji-driver/app/google-services.json", "https://firebase.google.com/docs/android/setup", """\
{
  "project_info": { "project_number": "@@num@@", "project_id": "ji-driver-prod" },
  "client": [{
    "client_info": { "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
                     "android_client_info": { "package_name": "ng.jienugu.driver" } },
    "oauth_client": [],
    "api_key": [{ "current_key": "AIzaSy<restricted-android-key-kept-in-ci>" }]
  }],
  "configuration_version": "1"
}
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(16))

add("blind-ni/csharp/sendgrid", "JiEnugu.Notifier/Program.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """\
using SendGrid;
using SendGrid.Helpers.Mail;

// Ozi email kwa ụtụtụ nye ndị na-azụ ji (Onitsha, Lagos, Port Harcourt)
var client = new SendGridClient("@@secret@@");
var msg = MailHelper.CreateSingleEmail(
    new EmailAddress("ozi@jienugu-logistics.ng", "Ji Enugu"),
    new EmailAddress("buyers@jienugu-logistics.ng"),
    "Ọnụahịa ji taa", "Abakaliki: N850,000 kwa tọn", null);
await client.SendEmailAsync(msg);
""", sendgrid_key())

add("blind-ni/csharp/decoy-keyvault", "JiEnugu.Notifier/Secrets.cs", "https://learn.microsoft.com/en-us/azure/key-vault/secrets/quick-create-net", """\
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

// Igodo SendGrid na-esi na Key Vault "kv-jienugu-prod"
public static class Secrets
{
    static readonly SecretClient Vault = new(new Uri("https://kv-jienugu-prod.vault.azure.net/"), new DefaultAzureCredential());
    public static string SendGridKey() => Vault.GetSecret("sendgrid-api-key").Value.Value;
}
""")

add("blind-ni/php/database", "ji-portal/config/database.php", "https://laravel.com/docs/11.x/database#configuration", """\
<?php
// Ọdụ data nke portal ndị ọrụ ugbo (farmers' portal) - Nsukka, Ezeagu, Udi
return [
    'default' => 'mysql',
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => 'portal-db.jienugu-logistics.ng',
            'database' => 'ji_portal',
            'username' => 'portal',
            'password' => '@@secret@@',
        ],
    ],
];
""", words_pw())

add("blind-ni/php/decoy-laravel-env", "ji-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
// Ọrụ ndị ọzọ (third-party services): uru niile si na .env
return [
    'termii' => [
        'key' => env('TERMII_API_KEY'),
        'sender' => env('TERMII_SENDER', 'JiEnugu'),
    ],
    'paystack' => ['secret' => env('PAYSTACK_SECRET_KEY')],
];
""")

add("blind-ni/ruby/database-url", "ji-portal-rails/config/deploy/production.rb", "https://capistranorb.com/documentation/getting-started/configuration/", """\
# Capistrano: deploy portal na sava Enugu (Independence Layout)
server "app1.jienugu-logistics.ng", user: "deploy", roles: %w[app web db]

set :branch, "main"
set :default_env, {
  "RAILS_ENV" => "production",
  "DATABASE_URL" => "postgres://portal:@@secret@@@portal-db.jienugu-logistics.ng/ji_portal"
}
""", rand_pw(22))

add("blind-ni/ruby/slack-bot", "ji-portal-rails/lib/tasks/harvest_alert.rake", "https://api.slack.com/methods/chat.postMessage", """\
# rake harvest:alert - zipu ozi mgbe owuwe ihe ubi (harvest) bịara n'ọba
require "slack-ruby-client"

namespace :harvest do
  task alert: :environment do
    client = Slack::Web::Client.new(token: "@@secret@@")
    Barn.where(status: "full").find_each do |barn|
      client.chat_postMessage(channel: "#oba-ji", text: "Ọba #{barn.name} ejupụtala - zipu ụgbọala!")
    end
  end
end
""", slack_bot())

add("blind-ni/rust/database", "ji-gps/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPool.html", """\
// Ebe anyị na-edekọ ọnọdụ GPS nke ụgbọala ọ bụla (truck positions)
use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> Result<sqlx::PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect("postgres://gps_writer:@@secret@@@gps-db.jienugu-logistics.ng:5432/gps")
        .await
}
""", rand_pw(24))

add("blind-ni/swift/api-key", "JiDriveriOS/Sources/Net/Api.swift", SRC_SWIFT, """\
import Foundation

// Ngwa ndị ọkwọ ụgbọala (iOS): API nke dispatch
struct Api {
    static let base = URL(string: "https://api.jienugu-logistics.ng/v2")!
    // Igodo API nke dispatch (ọ bụ otu maka ngwa niile - ọ dị njọ, anyị ga-agbanwe ya)
    static let key = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue(key, forHTTPHeaderField: "X-Api-Key")
        return r
    }
}
""", "jie_live_" + rand_pw(32))

_a, _s = aws_pair()
add("blind-ni/shell/aws", "ji-ops/scripts/backup_waybills.sh", SRC_SH, """\
#!/bin/sh
# Ndabere akwụkwọ waybill gaa S3 kwa abalị (cron 02:00)
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-west-1

tar czf /tmp/waybills-$(date +%F).tgz /srv/ji-erp/waybills
aws s3 cp /tmp/waybills-$(date +%F).tgz s3://jienugu-backups/waybills/
rm -f /tmp/waybills-*.tgz
""", _s, kid=_a)

add("blind-ni/powershell/azure-sp", "ji-ops/windows/Connect-JiAzure.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """\
# Jikọọ na Azure iji bulite akụkọ weighbridge (Task Scheduler, kwa awa)
$tenant = "@@tenant@@"
$appId  = "@@app@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred | Out-Null
Set-AzStorageBlobContent -Container weighbridge -File "C:\\Weighbridge\\export.csv" -Context (New-AzStorageContext -StorageAccountName jienuguops -UseConnectedAccount)
""", fakes.drawn_mixed(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), app=uuid_s())

add("blind-ni/ini/sentry-auth", "ji-tracker/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """\
; sentry-cli: bulite source maps nke ji-tracker
[defaults]
url = https://sentry.io/
org = ji-enugu-logistics
project = ji-tracker

[auth]
token = @@secret@@
""", "sntryu_" + hexs(64))

add("blind-ni/js/decoy-sentry-dsn", "ji-tracker/web/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
// Sentry DSN bụ ihe ọha (public) - ọ na-aga n'ime browser, ọ bụghị igodo nzuzo
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@",
  environment: "production",
  tracesSampleRate: 0.1,
});
""", k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999)))

add("blind-ni/yaml/mqtt", "coldroom-agent/config/emene.yaml", SRC_YAML, """\
# Ụlọ oyi Emene: sensọ okpomọkụ na iru mmiri (temperature, humidity)
site: emene-coldroom-1
sensors:
  - id: t1
    max_c: 16
  - id: h1
    max_rh: 75
broker:
  url: mqtts://mqtt.jienugu-logistics.ng:8883
  username: coldroom-emene
  password: @@secret@@
""", words_pw())

add("blind-ni/yaml/decoy-sops", "coldroom-agent/config/nsukka.enc.yaml", "https://github.com/getsops/sops#encrypted-yaml", """\
site: nsukka-coldroom-2
broker:
  url: mqtts://mqtt.jienugu-logistics.ng:8883
  username: coldroom-nsukka
  password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  kms: []
  age:
    - recipient: age1@@age@@
  lastmodified: "2026-10-12T08:44:10Z"
  version: 3.9.0
""", d=b64(fakes.drawn(_seed(), 18)), iv=b64(fakes.drawn(_seed(), 24)), tag=b64(fakes.drawn(_seed(), 12)),
    age=fakes.drawn(_seed(), 58, string.ascii_lowercase + "023456789"))

add("blind-ni/k8s-secret/datadog", "ji-deploy/k8s/datadog-secret.yaml", SRC_K8S, """\
# Igodo Datadog maka agent na cluster Enugu
apiVersion: v1
kind: Secret
metadata:
  name: datadog-secret
  namespace: monitoring
type: Opaque
data:
  api-key: @@enc@@
""", _v := datadog_key(), enc=b64(_v))

add("blind-ni/markdown/database", "ji-ops/runbooks/weighbridge-offline.md", SRC_MD, """\
# Runbook: weighbridge Ninth Mile anaghị eziga data

1. Lelee ma kọmputa weighbridge nọ n'ịntanetị (ping 10.40.2.15).
2. Ọ bụrụ na ọ dị, jikọọ n'ọdụ data ozugbo wee lelee ndekọ ikpeazụ:

```
mysql -h wb-db.jienugu-logistics.ng -u wb_reader --password=@@secret@@ weighbridge
SELECT * FROM tickets ORDER BY id DESC LIMIT 5;
```

3. Ọ bụrụ na ọ nweghị ndekọ ọhụrụ n'ime awa abụọ, kpọọ Ikenna (0803 000 0000).
""", words_pw())

add("blind-ni/markdown/paystack-table", "ji-ops/wiki/Ndi-ana-akwu-ugwo.md", SRC_MD, """\
# Ịnata ego site n'aka ndị na-azụ ji (buyers)

| Ọrụ | Uru | Onye nwe ya |
|-----|-----|-------------|
| Paystack secret (live) | `@@secret@@` | Chiamaka (Finance) |
| Paystack public | na dashboard | - |
| Akaụntụ settlement | Access Bank ****4410 | Oga Nnamdi |

Echefula: ndị ọrụ ọhụrụ ekwesịghị ịhụ ibe wiki a.
""", paystack())

add("blind-ni/markdown/decoy-rotation-log", "ji-ops/wiki/Igodo-agbanwere.md", SRC_MD, """\
# Ndekọ mgbanwe igodo (key rotation log)

| Ụbọchị | Igodo | Fingerprint (SHA-256, mkpụrụ 12 mbụ) | Onye |
|--------|-------|--------------------------------------|------|
| 2026-07-01 | Paystack live | `@@f1@@` | Chiamaka |
| 2026-08-15 | MQTT coldroom | `@@f2@@` | Ikenna |
| 2026-10-02 | Datadog API | `@@f3@@` | Ikenna |

Ezigbo igodo dị na 1Password vault "Ji Enugu Ops" naanị.
""", f1=hexs(12), f2=hexs(12), f3=hexs(12))

add("blind-ni/python/json-in-string", "ji-dispatch/dispatch/settings.py", "https://docs.python.org/3/library/json.html#json.loads", """\
\"\"\"Ntọala dispatch: Obiageli tinyere JSON ahụ ebe a ka o wee rụọ ọrụ ngwa ngwa.\"\"\"
import json
import os

_DEFAULTS = json.loads('{"depot": "Enugu Ninth Mile", "sms": {"provider": "termii", '
                       '"api_key": "@@secret@@", "sender": "JiEnugu"}, '
                       '"max_tonnes_per_truck": 30}')

SETTINGS = {**_DEFAULTS, **json.loads(os.environ.get("DISPATCH_OVERRIDES", "{}"))}
""", "TL" + rand_pw(60))

add("blind-ni/python/split-string", "ji-dispatch/dispatch/maps.py", "https://developers.google.com/maps/documentation/routes/get-api-key", """\
\"\"\"Oge njem (travel time) Nsukka -> Onitsha site na Google Routes API.\"\"\"
import requests

# e kewara ya abụọ ka linter ghara ịhụ ya (nke a adịghị mma - Ikenna)
ROUTES_KEY = ("@@p1@@"
              "@@p2@@")


def eta(origin: str, dest: str) -> dict:
    return requests.post("https://routes.googleapis.com/directions/v2:computeRoutes",
                         headers={"X-Goog-Api-Key": ROUTES_KEY, "X-Goog-FieldMask": "routes.duration"},
                         json={"origin": {"address": origin}, "destination": {"address": dest}}).json()
""", _v := google_key(), p1=_v[:20], p2=_v[20:])

add("blind-ni/python/decoy-hash-compare", "ji-dispatch/dispatch/webhooks.py", "https://paystack.com/docs/payments/webhooks/#verify-event-origin", """\
\"\"\"Nnabata webhook Paystack: lelee mbinye aka (signature) HMAC-SHA512.\"\"\"
import hashlib
import hmac
import os


def valid(body: bytes, signature: str) -> bool:
    key = os.environ["PAYSTACK_SECRET_KEY"].encode()
    expected = hmac.new(key, body, hashlib.sha512).hexdigest()
    # ihe atụ nke signature (site na ule anyị): @@sig@@
    return hmac.compare_digest(expected, signature)
""", sig=hexs(128))

add("blind-ni/shell/heredoc", "ji-ops/scripts/bootstrap_gps_db.sh", SRC_SH, """\
#!/usr/bin/env bash
# Mepụta onye ọrụ gps_writer n'ọdụ data GPS (naanị otu ugboro)
set -euo pipefail

sudo -u postgres psql gps <<'SQL'
CREATE ROLE gps_writer LOGIN PASSWORD '@@secret@@';
GRANT INSERT, SELECT ON positions TO gps_writer;
SQL
echo "emechara - gps_writer dị njikere"
""", rand_pw(24))

add("blind-ni/shell/decoy-generated", "ji-ops/scripts/new_driver_pin.sh", SRC_SH, """\
#!/usr/bin/env bash
# Mepụta PIN ọhụrụ maka onye ọkwọ ụgbọala; a naghị echekwa ya ebe ọ bụla
set -euo pipefail
DRIVER_ID="$1"
PIN="$(openssl rand -hex 3)"
curl -sf -X POST "https://api.jienugu-logistics.ng/v2/drivers/${DRIVER_ID}/pin" \\
  -H "X-Api-Key: ${JI_API_KEY:?tọọ JI_API_KEY}" -d "pin=${PIN}"
echo "Nye onye ọkwọ ụgbọala ${DRIVER_ID} PIN a: ${PIN}"
""")

add("blind-ni/systemd/mqtt", "ji-ops/systemd/coldroom-agent.service", SRC_SYSTEMD, """\
[Unit]
Description=Onye nche ụlọ oyi (cold-room agent) - Emene
After=network-online.target

[Service]
User=coldroom
Environment=MQTT_HOST=mqtt.jienugu-logistics.ng
Environment=MQTT_PASSWORD=@@secret@@
ExecStart=/opt/coldroom-agent/bin/agent --site emene-coldroom-1
Restart=always

[Install]
WantedBy=multi-user.target
""", fakes.redis_password(_seed()))

add("blind-ni/systemd/decoy-credential", "ji-ops/systemd/ji-gps.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=ji-gps ingest (ọnọdụ ụgbọala)
After=network-online.target

[Service]
User=jigps
LoadCredentialEncrypted=db-password:/etc/credstore.encrypted/ji-gps.db-password
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/ji-gps/bin/ji-gps

[Install]
WantedBy=multi-user.target
""")

add("blind-ni/cron/database", "ji-ops/cron/weighbridge-export", SRC_CRON, """\
# Mbupụ (export) tiketi weighbridge kwa ụbọchị n'elekere 23:30
SHELL=/bin/bash
MAILTO=ops@jienugu-logistics.ng
30 23 * * * wb mysqldump -h wb-db.jienugu-logistics.ng -u wb_reader -p@@secret@@ weighbridge tickets | gzip > /srv/exports/tickets-$(date +\\%F).sql.gz
0 4 * * 0 wb find /srv/exports -mtime +30 -delete
""", rand_pw(16))

add("blind-ni/makefile/docker-login", "ji-tracker/Makefile", SRC_MAKE, """\
# Wuo ma bulite image ji-tracker
REGISTRY := registry.jienugu-logistics.ng
TAG ?= $(shell git rev-parse --short HEAD)

login:
\tdocker login $(REGISTRY) -u ci-bot -p @@secret@@

push: login
\tdocker build -t $(REGISTRY)/ji-tracker:$(TAG) .
\tdocker push $(REGISTRY)/ji-tracker:$(TAG)
""", rand_pw(32))

add("blind-ni/makefile/decoy-env-reference", "ji-gps/Makefile", SRC_MAKE, """\
# Wuo ji-gps; paswọọdụ registry si na CI (REGISTRY_PASSWORD)
REGISTRY := registry.jienugu-logistics.ng

login:
\t@echo "$$REGISTRY_PASSWORD" | docker login $(REGISTRY) -u ci-bot --password-stdin

build:
\tcargo build --release
""")

add("blind-ni/vscode/database", "ji-portal/.vscode/launch.json", SRC_VSCODE, """\
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Portal (prod data - kpachara anya!)",
      "type": "php",
      "request": "launch",
      "env": { "DB_HOST": "portal-db.jienugu-logistics.ng", "DB_USERNAME": "portal", "DB_PASSWORD": "@@secret@@" },
      "port": 9003
    }
  ]
}
""", words_pw())

add("blind-ni/vscode/decoy-input-prompt", "ji-gps/.vscode/launch.json", SRC_VSCODE, """\
{
  "version": "0.2.0",
  "inputs": [{ "id": "dbpw", "type": "promptString", "description": "Paswọọdụ gps_writer", "password": true }],
  "configurations": [
    {
      "name": "ji-gps (local)", "type": "lldb", "request": "launch", "program": "${workspaceFolder}/target/debug/ji-gps",
      "env": { "DATABASE_URL": "postgres://gps_writer:${input:dbpw}@localhost:5432/gps" }
    }
  ]
}
""")

add("blind-ni/notes/wifi-and-router", "ji-ops/notes/depot-ninth-mile.txt", "https://www.rfc-editor.org/rfc/rfc7565", """\
Depot Ninth Mile - ihe ndị ọhụrụ ga-achọ (for new staff)
-------------------------------------------------------
- Wi-Fi: JI-DEPOT-9M
- Router admin: http://192.168.8.1  (onye ọrụ: admin)
- Paswọọdụ router admin bụ @@secret@@ - biko agwala ndị ọkwọ ụgbọala
- Weighbridge PC: WB-01, ọ na-amalite onwe ya n'elekere 5 ụtụtụ
- Onye ị ga-akpọ ma ọ bụrụ nsogbu: Ikenna
""", words_pw())

add("blind-ni/notes/decoy-where-to-find", "ji-ops/notes/onboarding.txt", "https://1password.com/business", """\
Nnọọ na Ji Enugu Logistics!
--------------------------
Paswọọdụ niile (router, MQTT, weighbridge, Paystack) dị na 1Password:
  Vault: "Ji Enugu Ops"  ->  jụọ Ikenna ka o nye gị ohere
Edela paswọọdụ ọ bụla n'akwụkwọ, WhatsApp ma ọ bụ n'ime repo a.
Ọ bụrụ na ị hụrụ paswọọdụ n'ebe ọ na-ekwesịghị ịnọ, gwa Ikenna ozugbo.
""")

add("blind-ni/yaml/discord-webhook", "ji-tracker/config/alerts.yaml", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
# Ọkwa mgbe ụgbọala kwụsịrị ogologo oge n'ụzọ (truck idle > 45 min)
rules:
  - name: truck-idle
    threshold_minutes: 45
    regions: [enugu, anambra, ebonyi]
notify:
  discord:
    # ọwa #ụgbọala-n'ụzọ
    webhook_url: @@secret@@
""", discord_webhook())

add("blind-ni/yaml/decoy-template", "ji-tracker/config/alerts.template.yaml", "https://docs.python.org/3/library/string.html#template-strings", """\
# Template: scripts/render_config.py na-edochi ${...} site na Vault
rules:
  - name: truck-idle
    threshold_minutes: 45
notify:
  discord:
    webhook_url: ${DISCORD_WEBHOOK_URL}
  email: ops@jienugu-logistics.ng
""")

add("blind-ni/js/firebase-admin", "ji-driver-backend/src/firebase.js", "https://firebase.google.com/docs/admin/setup", """\
// Firebase Admin: zipu ozi push nye ngwa ndị ọkwọ ụgbọala
const admin = require("firebase-admin");

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "ji-driver-prod",
    clientEmail: "firebase-adminsdk@ji-driver-prod.iam.gserviceaccount.com",
    privateKey: `@@secret@@`,
  }),
});

module.exports = admin;
""", pem("RSA"))

add("blind-ni/js/decoy-firebase-web-config", "ji-driver-backend/public/firebase-config.js", "https://firebase.google.com/docs/projects/api-keys", """\
// Nhazi Firebase maka web (ọha - Firebase na-akọwa na apiKey a abụghị nzuzo;
// anyị kpachiri ya na HTTP referrer ji-driver.jienugu-logistics.ng)
export const firebaseConfig = {
  apiKey: "AIzaSy-REPLACED-AT-BUILD-TIME",
  authDomain: "ji-driver-prod.firebaseapp.com",
  projectId: "ji-driver-prod",
  appId: "1:@@num@@:web:@@app@@",
};
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("blind-ni/go/telegram", "ji-gps/cmd/idlebot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

// Bot na-akọ ma ụgbọala kwụsịrị (idle) n'okporo ụzọ Enugu-Onitsha
var botURL = "https://api.telegram.org/bot@@secret@@/sendMessage"

func alert(chat, msg string) error {
	_, err := http.PostForm(botURL, url.Values{"chat_id": {chat}, "text": {msg}})
	return err
}

func main() { fmt.Println(alert("-100555", "Ụgbọala EN-452-KJA kwụsịrị na Oji River")) }
""", fakes.telegram_token(_seed()))

add("blind-ni/go/decoy-flag", "ji-gps/cmd/replay/main.go", "https://pkg.go.dev/flag", """\
package main

import (
	"flag"
	"log"
	"os"
)

// replay: ziga ọnọdụ GPS ochie ọzọ (debug). Paswọọdụ si na flag ma ọ bụ ENV.
func main() {
	dsn := flag.String("dsn", os.Getenv("GPS_DSN"), "postgres://user:PASSWORD@host/gps")
	flag.Parse()
	if *dsn == "" {
		log.Fatal("tinye -dsn ma ọ bụ GPS_DSN")
	}
}
""")

add("blind-ni/k8s-secret/stringdata-api", "ji-deploy/k8s/dispatch-secret.yaml", SRC_K8S, """\
apiVersion: v1
kind: Secret
metadata:
  name: ji-dispatch
  namespace: ji-dispatch
type: Opaque
stringData:
  TWILIO_ACCOUNT_SID: AC@@sid@@
  TWILIO_AUTH_TOKEN: "@@secret@@"
  DEPOT: "Enugu Ninth Mile"
""", hexs(32), sid=hexs(32))

add("blind-ni/k8s-secret/dockerconfigjson", "ji-deploy/k8s/registry-pull.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
# Ka Kubernetes nwee ike ịdọta image site na registry anyị
apiVersion: v1
kind: Secret
metadata:
  name: ji-registry
  namespace: ji-dispatch
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _v := rand_pw(28), enc=b64('{"auths":{"registry.jienugu-logistics.ng":{"username":"ci-bot","password":"' + _v + '"}}}'))

add("blind-ni/k8s/decoy-secret-ref", "ji-deploy/k8s/dispatch-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """\
apiVersion: apps/v1
kind: Deployment
metadata: { name: ji-dispatch, namespace: ji-dispatch }
spec:
  replicas: 2
  selector: { matchLabels: { app: ji-dispatch } }
  template:
    metadata: { labels: { app: ji-dispatch } }
    spec:
      imagePullSecrets: [{ name: ji-registry }]
      containers:
        - name: dispatch
          image: registry.jienugu-logistics.ng/ji-dispatch:1.9.0
          env:
            - name: TWILIO_AUTH_TOKEN
              valueFrom: { secretKeyRef: { name: ji-dispatch, key: TWILIO_AUTH_TOKEN } }
""")

add("blind-ni/helm/database", "ji-deploy/helm/ji-portal/values.yaml", SRC_HELM, """\
# ji-portal: portal ndị ọrụ ugbo
image:
  repository: registry.jienugu-logistics.ng/ji-portal
  tag: "3.2.1"
mysql:
  enabled: true
  auth:
    username: portal
    database: ji_portal
    password: @@secret@@
    rootPassword: ""
""", words_pw())

add("blind-ni/terraform/database", "infra/ji/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
# Ọdụ data GPS (RDS) - eu-west-1
resource "aws_db_instance" "gps" {
  identifier        = "ji-gps"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  allocated_storage = 100
  username          = "gps_admin"
  password          = "@@secret@@" # TODO: kpọga na aws_secretsmanager
  skip_final_snapshot = false
}
""", rand_pw(24))

add("blind-ni/terraform/decoy-random-password", "infra/ji/portal_db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
# Paswọọdụ a na-emepụta n'onwe ya ma chekwaa na Secrets Manager
resource "random_password" "portal_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = random_password.portal_db.result
}
""")

add("blind-ni/ansible/slack-webhook", "infra/ansible/roles/coldroom/defaults/main.yml", SRC_ANSIBLE, """\
---
coldroom_sites:
  - emene-coldroom-1
  - nsukka-coldroom-2
coldroom_temp_max_c: 16
# Ọkwa mgbe okpomọkụ karịrị (temperature alarm) - #ụlọ-oyi
coldroom_slack_webhook: "@@secret@@"
""", slack_webhook())

add("blind-ni/ansible/decoy-lookup", "infra/ansible/roles/gps/defaults/main.yml", SRC_ANSIBLE, """\
---
gps_db_host: gps-db.jienugu-logistics.ng
gps_db_user: gps_writer
# Paswọọdụ na-esi na HashiCorp Vault n'oge playbook na-agba
gps_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ji/gps:db_password') }}"
gps_retention_days: 180
""")

add("blind-ni/github-actions/aws", ".github/workflows/ji-backup.yml", SRC_GHA, """\
name: Ndabere (backup) ji-erp
on:
  schedule: [{ cron: "0 1 * * *" }]
jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
    steps:
      - run: aws s3 sync s3://jienugu-erp-prod s3://jienugu-backups/erp --delete
""", (_p := aws_pair())[1], kid=_p[0])

add("blind-ni/github-actions/decoy-oidc", ".github/workflows/ji-deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: Deploy ji-dispatch
on: { push: { branches: [main] } }
permissions: { id-token: write, contents: read }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/ji-github-deploy
          aws-region: eu-west-1
      - run: ./deploy.sh
""", acct=str(_rng().randint(10**11, 10**12 - 1)))

add("blind-ni/dockerfile/database", "ji-portal/Dockerfile", SRC_DOCKER, """\
FROM php:8.3-apache
RUN docker-php-ext-install pdo_mysql
COPY . /var/www/html/
# Ntọala ọdụ data (nwa oge - temporary)
ENV DB_HOST=portal-db.jienugu-logistics.ng \\
    DB_USERNAME=portal \\
    DB_PASSWORD=@@secret@@
EXPOSE 80
""", rand_pw(20))

add("blind-ni/compose/mqtt", "coldroom-agent/docker-compose.yml", SRC_COMPOSE, """\
services:
  agent:
    image: registry.jienugu-logistics.ng/coldroom-agent:0.7.2
    restart: always
    command: ["--site", "emene-coldroom-1", "--broker", "mqtts://coldroom-emene:@@secret@@@mqtt.jienugu-logistics.ng:8883"]
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0
""", rand_pw(18))

add("blind-ni/compose/decoy-docker-secret", "ji-gps/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  ingest:
    image: registry.jienugu-logistics.ng/ji-gps:2.0.4
    environment:
      DB_PASSWORD_FILE: /run/secrets/gps_db_password
    secrets: [gps_db_password]
secrets:
  gps_db_password:
    file: ./secrets/gps_db_password.txt
""")

add("blind-ni/pypirc/pypi", "ji-python/.pypirc", SRC_PYPIRC, """\
# Ngwugwu jienugu-weighbridge (Python) - Ikenna na-ebipụta ya
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-ni/python/django", "ugo-b2b/ugo_b2b/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
\"\"\"Ntọala production nke ugo-b2b (portal ndị na-azụ n'ọtụtụ: Aba, Nnewi, Asaba).\"\"\"
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["b2b.ugo-electronics.com.ng"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://b2b.ugo-electronics.com.ng"]
""", fakes.django_secret_key(_seed()))

add("blind-ni/python/decoy-django-env", "ugo-b2b/ugo_b2b/settings/base.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """\
\"\"\"Ntọala ndabere; SECRET_KEY si na gburugburu (DJANGO_SECRET_KEY).\"\"\"
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-do-not-use")
LANGUAGE_CODE = "ig"
TIME_ZONE = "Africa/Lagos"
""")

add("blind-ni/python/openai", "ugo-support/bot/answer.py", "https://platform.openai.com/docs/api-reference/authentication", """\
\"\"\"Onye enyemaka (support bot): na-aza ajụjụ ndị ahịa n'Igbo na Bekee.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = "Ị bụ onye enyemaka nke Ugo Electronics, Onitsha. Zaa n'Igbo ma ọ bụrụ na a jụrụ n'Igbo."


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("blind-ni/python/redis-url", "ugo-b2b/ugo_b2b/celery.py", "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html", """\
\"\"\"Celery: ọrụ n'azụ (background jobs) - invoice PDF, SMS, ọnụahịa kwa ụbọchị.\"\"\"
from celery import Celery

app = Celery("ugo_b2b")
app.conf.broker_url = "redis://:@@secret@@@cache.ugo-electronics.internal:6379/2"
app.conf.result_backend = app.conf.broker_url
app.conf.timezone = "Africa/Lagos"
app.autodiscover_tasks()
""", fakes.redis_password(_seed()))

add("blind-ni/shell/github-clone", "ugo-ops/scripts/provision_shop_pc.sh", SRC_SH, """\
#!/usr/bin/env bash
# Hazie kọmputa ọhụrụ n'ụlọ ahịa (POS + ngwa ọnụahịa)
set -e
sudo apt-get install -y git openjdk-17-jre
git clone https://ugo-bot:@@secret@@@github.com/ugo-electronics/ugo-pos.git /opt/ugo-pos
cd /opt/ugo-pos && ./install.sh --shop "${1:-ochanja}"
echo "Kọmputa adịla njikere. Daalụ!"
""", fakes.github_token(_seed()))

add("blind-ni/markdown/github-fine-grained", "ugo-pos/README.md", SRC_MD, """\
# ugo-pos

Ngwa POS nke ụlọ ahịa Ugo Electronics (Ochanja, Bridge Head, Nkpor).

## Ịwụnye (install)

Ka ị budata ngwugwu nzuzo site na GitHub Packages, tinye token a n'ime `~/.m2/settings.xml`
(token ụlọ ahịa, naanị read:packages):

`@@secret@@`

Mgbe ahụ gbaa `mvn -q package` ma bido `java -jar target/ugo-pos.jar`.
""", fakes.github_fine_grained_token(_seed()))

add("blind-ni/js/mongodb", "ugo-support/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
// Ndekọ mkparịta ụka (chat logs) nke bot enyemaka
const { MongoClient } = require("mongodb");

const uri = "mongodb+srv://support_bot:@@secret@@@ugo-support.x7kq2.mongodb.net/support?retryWrites=true&w=majority";
const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db("support");
};
""", rand_pw(20))

add("blind-ni/js/jwt-secret", "ugo-b2b-api/src/auth/jwt.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """\
// Nbanye ndị na-azụ n'ọtụtụ (wholesale buyers) - JWT
const jwt = require("jsonwebtoken");

const JWT_SECRET = "@@secret@@";

exports.sign = (buyer) => jwt.sign({ sub: buyer.id, shop: buyer.shop }, JWT_SECRET, { expiresIn: "12h" });
exports.verify = (token) => jwt.verify(token, JWT_SECRET);
""", jwt_secret())

add("blind-ni/js/decoy-jwt-public-key", "ugo-b2b-api/src/auth/keys.js", "https://datatracker.ietf.org/doc/html/rfc7517", """\
// Igodo ọha (public key) iji lelee JWT nke Auth server - ọ bụghị nzuzo
exports.AUTH_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
-----END PUBLIC KEY-----`;
exports.JWKS_URL = "https://auth.ugo-electronics.com.ng/.well-known/jwks.json";
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 36, ALNUM + "+/"))

add("blind-ni/go/amqp", "ji-dispatch-go/internal/queue/queue.go", "https://www.rabbitmq.com/docs/uri-spec", """\
package queue

import amqp "github.com/rabbitmq/amqp091-go"

// Ahịrị (queue) ọrụ: "bu-ji" (load yams), "budata" (unload), "kwụọ-ụgwọ"
const brokerURL = "amqps://dispatch:@@secret@@@mq.jienugu-logistics.ng:5671/ji"

func Dial() (*amqp.Connection, error) {
	return amqp.Dial(brokerURL)
}
""", rand_pw(22))

add("blind-ni/go/flutterwave-hash", "ji-payments/webhook/verify.go", "https://developer.flutterwave.com/docs/integration-guides/webhooks#verifying-webhook-signatures", """\
package webhook

import "net/http"

// "Secret hash" nke Flutterwave webhook (ndị na-azụ ji na-akwụ ụgwọ)
const flwSecretHash = "@@secret@@"

func Valid(r *http.Request) bool {
	return r.Header.Get("verif-hash") == flwSecretHash
}
""", rand_pw(32))

add("blind-ni/properties/database", "ji-erp/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """\
# ERP: ndekọ ji a zụrụ n'ugbo na nke e rere (purchases & sales)
spring.datasource.url=jdbc:postgresql://erp-db.jienugu-logistics.ng:5432/ji_erp
spring.datasource.username=ji_erp
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8080
""", words_pw())

add("blind-ni/properties/decoy-placeholder", "ji-erp/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
# Uru ndabere; production na-eji ENV (JI_ERP_DB_PASSWORD)
spring.datasource.url=jdbc:postgresql://localhost:5432/ji_erp
spring.datasource.username=ji_erp
spring.datasource.password=${JI_ERP_DB_PASSWORD}
spring.jpa.open-in-view=false
server.port=8080
""")

add("blind-ni/gradle/keystore", "ji-driver/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """\
# Mbinye aka (signing) nke ngwa ndị ọkwọ ụgbọala - release
storeFile=../keys/ji-driver-release.jks
storePassword=@@secret@@
keyAlias=ji-driver
keyPassword=@@secret@@
""", words_pw())

add("blind-ni/kotlin/basic-auth", "ji-driver/app/src/main/java/ng/jienugu/driver/net/Traccar.kt", "https://square.github.io/okhttp/3.x/okhttp/okhttp3/Credentials.html", """\
package ng.jienugu.driver.net

import okhttp3.Credentials
import okhttp3.Interceptor

// Ngwa na-eziga ọnọdụ GPS na sava Traccar nke anyị
class TraccarAuth : Interceptor {
    private val header = Credentials.basic("driver-app", "@@secret@@")
    override fun intercept(chain: Interceptor.Chain) =
        chain.proceed(chain.request().newBuilder().header("Authorization", header).build())
}
""", rand_pw(18))

add("blind-ni/hocon/jwt-secret", "ji-portal-api/src/main/resources/application.conf", "https://ktor.io/docs/server-jwt.html", """\
# Ktor: API nke portal ndị ọrụ ugbo
ktor {
  deployment { port = 8080 }
  application { modules = [ ng.jienugu.portal.ApplicationKt.module ] }
}
jwt {
  issuer = "https://portal.jienugu-logistics.ng"
  audience = "ji-farmers"
  secret = "@@secret@@"
}
""", jwt_secret())

add("blind-ni/dart/api-key", "ji_driver_flutter/lib/config/env.dart", "https://dart.dev/language/variables", """\
// Ntọala ngwa Flutter nke ndị ọkwọ ụgbọala (ụdị ọhụrụ)
class Env {
  static const apiBase = 'https://api.jienugu-logistics.ng/v2';
  // Igodo API (nwa oge ruo mgbe anyị jiri OAuth) - Chiamaka
  static const apiKey = '@@secret@@';
  static const depot = 'Enugu Ninth Mile';
}
""", "jie_live_" + rand_pw(32))

add("blind-ni/dart/decoy-dart-define", "ji_driver_flutter/lib/config/maps.dart", "https://dart.dev/guides/environment-declarations", """\
// Igodo Maps na-abịa site na --dart-define n'oge build (CI)
class MapsConfig {
  static const apiKey = String.fromEnvironment('MAPS_API_KEY', defaultValue: '');
  static const defaultZoom = 8.0;
  static const enugu = [6.4584, 7.5464];
}
""")

add("blind-ni/r/database", "ji-analytics/ọnụahịa_ji.R", "https://rpostgres.r-dbi.org/reference/postgres", """\
# Nyocha ọnụahịa ji (yam prices) n'ahịa Ogbete, Abakaliki na Onitsha
library(DBI)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(), host = "erp-db.jienugu-logistics.ng",
                 dbname = "ji_erp", user = "analyst", password = "@@secret@@")
prices <- dbGetQuery(con, "SELECT market, week, naira_per_tuber FROM prices")
ggplot(prices, aes(week, naira_per_tuber, colour = market)) + geom_line()
""", words_pw())

add("blind-ni/r/decoy-keyring", "ji-analytics/owuwe_ihe_ubi.R", "https://keyring.r-lib.org/", """\
# Owuwe ihe ubi (harvest volumes) kwa ọnwa - paswọọdụ si na keyring
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "erp-db.jienugu-logistics.ng",
                 dbname = "ji_erp", user = "analyst",
                 password = keyring::key_get("ji_erp", "analyst"))
harvest <- dbGetQuery(con, "SELECT barn, month, tonnes FROM harvest")
""")

add("blind-ni/perl/database", "ji-weighbridge/legacy/wb_sync.pl", "https://metacpan.org/pod/DBI#connect", """\
#!/usr/bin/perl
# Ochie (legacy): na-ebufe tiketi weighbridge site na Access gaa MySQL
use strict;
use warnings;
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=weighbridge;host=wb-db.jienugu-logistics.ng",
                       "wb_writer", "@@secret@@", { RaiseError => 1 });
my $n = $dbh->do("INSERT INTO sync_log (ran_at) VALUES (NOW())");
print "Emechara: $n\\n";
""", words_pw())

add("blind-ni/vba/database", "ji-weighbridge/excel/TicketExport.bas", "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado", """\
Attribute VB_Name = "TicketExport"
' Macro Excel: bupụta tiketi weighbridge gaa n'ọdụ data (Ninth Mile)
Public Sub ExportTickets()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={MySQL ODBC 8.0 Unicode Driver};Server=wb-db.jienugu-logistics.ng;Database=weighbridge;User=wb_writer;Password=@@secret@@;"
    cn.Execute "CALL import_from_excel()"
    cn.Close
End Sub
""", rand_pw(14))

add("blind-ni/wireguard/private-key", "ji-ops/vpn/wb-ninth-mile.conf", "https://www.wireguard.com/quickstart/", """\
# VPN: weighbridge Ninth Mile -> ụlọ ọrụ Enugu
[Interface]
PrivateKey = @@secret@@
Address = 10.66.0.12/32
DNS = 10.66.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.jienugu-logistics.ng:51820
AllowedIPs = 10.40.0.0/16
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

add("blind-ni/wireguard/decoy-public-only", "ji-ops/vpn/peers.md", "https://www.wireguard.com/protocol/", """\
# Ndị so na VPN (peers) - igodo ọha naanị

| Ebe | Adreesị | PublicKey |
|-----|---------|-----------|
| Weighbridge Ninth Mile | 10.66.0.12 | `@@p1@@` |
| Ụlọ oyi Emene | 10.66.0.13 | `@@p2@@` |
| Ụlọ oyi Nsukka | 10.66.0.14 | `@@p3@@` |

PrivateKey na-adị naanị na ngwaọrụ ọ bụla (ọ dịghị mgbe ọ na-ahapụ ya).
""", p1=wg_key(), p2=wg_key(), p3=wg_key())

add("blind-ni/mosquitto/bridge-password", "coldroom-broker/mosquitto.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Broker MQTT nke ụlọ oyi Emene; bridge gaa na broker etiti (central) na Enugu
listener 8883
cafile /etc/mosquitto/ca.crt
password_file /etc/mosquitto/passwd

connection central-enugu
address mqtt.jienugu-logistics.ng:8883
remote_username bridge-emene
remote_password @@secret@@
topic coldroom/# out 1
""", words_pw())

add("blind-ni/mosquitto/decoy-passwd-hash", "coldroom-broker/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
coldroom-emene:$7$101$@@s1@@$@@h1@@
coldroom-nsukka:$7$101$@@s2@@$@@h2@@
bridge-emene:$7$101$@@s3@@$@@h3@@
grafana-ro:$7$101$@@s4@@$@@h4@@
ikenna:$7$101$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-ni/pgbouncer/plain-password", "ji-deploy/pgbouncer/userlist.txt", "https://www.pgbouncer.org/config.html#authentication-file-format", """\
;; pgbouncer: ndị ọrụ nwere ike ijikọ n'ọdụ data ERP
;; (ji_erp dị ka ederede - TODO: gbanwee ka ọ bụrụ SCRAM)
"ji_erp" "@@secret@@"
"analyst" "SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@"
"pgbouncer_admin" "SCRAM-SHA-256$4096:@@salt2@@$@@k3@@:@@k4@@"
""", rand_pw(20), salt=b64(fakes.drawn(_seed(), 16)), k1=b64(fakes.drawn(_seed(), 32)), k2=b64(fakes.drawn(_seed(), 32)),
    salt2=b64(fakes.drawn(_seed(), 16)), k3=b64(fakes.drawn(_seed(), 32)), k4=b64(fakes.drawn(_seed(), 32)))

add("blind-ni/htpasswd/decoy-bcrypt", "ugo-ops/nginx/.htpasswd-staging", SRC_NGINX, """\
chinedu:$2y$10$@@h1@@
adaeze:$2y$10$@@h2@@
emeka:$2y$10$@@h3@@
obinna:$2y$10$@@h4@@
nkechi:$2y$10$@@h5@@
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h4=fakes.drawn(_seed(), 53, ALNUM + "./"), h5=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ni/nginx/basic-auth-header", "ugo-ops/nginx/supplier-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Proxy gaa na API ndị na-ebubata ngwa (importers) na Lagos
server {
    listen 443 ssl;
    server_name supplier-proxy.ugo-electronics.internal;
    location / {
        proxy_pass https://api.lagos-importers.example.net/;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("ugo_onitsha:" + words_pw()))

add("blind-ni/redis-conf/requirepass", "ugo-ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """\
# Redis maka cache ọnụahịa na nnọkọ (sessions) nke ugo-shop
bind 10.20.0.5
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 2gb
maxmemory-policy allkeys-lru
""", fakes.redis_password(_seed()))

add("blind-ni/redis-conf/decoy-include", "ugo-ops/redis/redis-staging.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """\
# Staging: requirepass dị na faịlụ dị iche (ọ bụghị na git)
bind 10.30.0.5
port 6379
protected-mode yes
include /etc/redis/secrets.conf
maxmemory 512mb
""")

add("blind-ni/odoo/admin-password", "ji-erp-odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security", """\
[options]
; Odoo: akụkọ ego (accounting) nke Ji Enugu Logistics
admin_passwd = @@secret@@
db_host = erp-db.jienugu-logistics.ng
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/ji-addons
""", words_pw())

add("blind-ni/grafana/admin-password", "ji-deploy/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", """\
; Grafana: dashboard okpomọkụ ụlọ oyi na ọnọdụ ụgbọala
[server]
root_url = https://grafana.jienugu-logistics.ng

[security]
admin_user = ikenna
admin_password = @@secret@@

[auth.anonymous]
enabled = false
""", words_pw())

add("blind-ni/grafana/decoy-file-provider", "ji-deploy/grafana/grafana-staging.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
; Staging: paswọọdụ si na faịlụ Docker secret
[server]
root_url = https://grafana-staging.jienugu-logistics.ng

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
""")

add("blind-ni/alertmanager/slack-webhook", "ji-deploy/prometheus/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
global:
  resolve_timeout: 5m
route:
  receiver: ụlọ-oyi
  group_by: [alertname, site]
receivers:
  - name: ụlọ-oyi
    slack_configs:
      - api_url: @@secret@@
        channel: "#ụlọ-oyi"
        title: "Okpomọkụ karịrị: {{ .CommonLabels.site }}"
""", slack_webhook())

add("blind-ni/alertmanager/decoy-api-url-file", "ji-deploy/prometheus/alertmanager-staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
global:
  resolve_timeout: 5m
route:
  receiver: staging
receivers:
  - name: staging
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#staging-alerts"
""")

add("blind-ni/jenkins/database", "ji-erp/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  environment {
    // TODO: jiri credentials('ji-erp-db') - nke a bụ nwa oge
    FLYWAY_PASSWORD = '@@secret@@'
  }
  stages {
    stage('Build') { steps { sh './mvnw -q package' } }
    stage('Migrate') { steps { sh './mvnw flyway:migrate -Dflyway.user=ji_erp' } }
  }
}
""", words_pw())

add("blind-ni/jenkins/decoy-credentials", "ji-gps/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  stages {
    stage('Deploy') {
      steps {
        withCredentials([string(credentialsId: 'ji-gps-db', variable: 'DB_PASSWORD')]) {
          sh './deploy.sh'
        }
      }
    }
  }
}
""")

add("blind-ni/circleci/npm", "ugo-ui-kit/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  publish:
    docker: [{ image: cimg/node:20.11 }]
    environment:
      NPM_TOKEN: @@secret@@
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc && npm publish
workflows:
  release: { jobs: [publish] }
""", npm_token())

add("blind-ni/bitbucket/ssh-password", "ugo-legacy/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: alpine:3.20
pipelines:
  branches:
    master:
      - step:
          name: Bulite na cPanel (legacy)
          script:
            - apk add lftp
            - lftp -u ugo_cpanel,'@@secret@@' -e "mirror -R ./public /public_html; quit" ftp.ugo-electronics.com.ng
""", words_pw())

add("blind-ni/azure-pipelines/decoy-variable-group", "ugo-warehouse/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: ugo-warehouse-prod   # ConnectionStrings__Warehouse dị ebe a (secret)
steps:
  - task: DotNetCoreCLI@2
    inputs: { command: publish, projects: UgoWarehouse/UgoWarehouse.csproj }
  - script: echo "Ana-eji $(ConnectionStrings__Warehouse) - Azure DevOps na-ezochi ya"
""")

add("blind-ni/docker-config/auth", "ugo-ops/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.ugo-electronics.com.ng": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/26.1 (linux)" }
}
""", b64("ci-bot:" + rand_pw(24)))

add("blind-ni/docker-config/decoy-cred-helper", "ji-ops/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "registry.jienugu-logistics.ng": {}
  },
  "credHelpers": { "@@acct@@.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" },
  "credsStore": "pass"
}
""", acct=str(_rng().randint(10**11, 10**12 - 1)))

add("blind-ni/pip-conf/index-password", "ji-python/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
# Ngwugwu nzuzo nke Ji Enugu (Nexus PyPI proxy)
[global]
index-url = https://ci-reader:@@secret@@@nexus.jienugu-logistics.ng/repository/pypi-all/simple
timeout = 60
trusted-host = nexus.jienugu-logistics.ng
""", rand_pw(20))

add("blind-ni/composer/github-oauth", "ugo-legacy/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """\
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "_note": "Obinna: token a bụ maka ugo-electronics/legacy-theme (private)"
}
""", fakes.github_token(_seed()))

add("blind-ni/bundler/gem-credentials", "ugo-shop/.bundle/config", "https://bundler.io/v2.5/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES", """\
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_WITHOUT: "development:test"
BUNDLE_JOBS: "4"
BUNDLE_GEMS__CONTRIBSYS__COM: "@@secret@@"
""", hexs(8) + ":" + hexs(8))

add("blind-ni/env/laravel-app-key", "ji-portal/.env.production", "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Ji Portal"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://portal.jienugu-logistics.ng
LOG_CHANNEL=daily
DB_CONNECTION=mysql
""", base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ni/log/smtp-auth-plain", "ugo-ops/logs/mailer-debug-2026-09-18.log", "https://www.rfc-editor.org/rfc/rfc4616", """\
2026-09-18 07:41:10 DEBUG smtp: connect smtp.zoho.com:587
2026-09-18 07:41:10 DEBUG smtp: >>> EHLO ugo-mailer
2026-09-18 07:41:11 DEBUG smtp: >>> STARTTLS
2026-09-18 07:41:11 DEBUG smtp: >>> AUTH PLAIN @@secret@@
2026-09-18 07:41:12 DEBUG smtp: <<< 235 Authentication Successful
2026-09-18 07:41:12 INFO  ezigara invoice UGO-OCH-2026-09-0311 (Daalụ)
""", b64("\0reports@ugo-electronics.com.ng\0" + words_pw()))

add("blind-ni/log/bearer-token", "ji-ops/logs/dispatch-api-2026-10-21.log", SRC_LOG, """\
[2026-10-21T05:12:03+01:00] INFO  request id=@@rid@@ POST /v2/loads
[2026-10-21T05:12:03+01:00] DEBUG headers={"Host":"api.jienugu-logistics.ng","Authorization":"Bearer @@secret@@"}
[2026-10-21T05:12:03+01:00] INFO  load created: Abakaliki barn 7 -> Onitsha, 18.2 t
[2026-10-21T05:12:04+01:00] INFO  driver notified (SMS)
[2026-10-21T05:12:04+01:00] INFO  200 in 412ms
""", "jie_live_" + rand_pw(32), rid=uuid_s())

add("blind-ni/log/decoy-masked-headers", "ji-ops/logs/dispatch-api-2026-10-22.log", SRC_LOG, """\
[2026-10-22T05:10:44+01:00] INFO  request id=@@rid@@ POST /v2/loads
[2026-10-22T05:10:44+01:00] DEBUG headers={"Host":"api.jienugu-logistics.ng","Authorization":"Bearer [FILTERED]"}
[2026-10-22T05:10:44+01:00] INFO  load created: Nsukka barn 2 -> Enugu depot, 11.0 t
[2026-10-22T05:10:45+01:00] INFO  commit=@@sha@@ build=ji-dispatch-1.9.1
[2026-10-22T05:10:45+01:00] INFO  200 in 388ms
""", rid=uuid_s(), sha=hexs(40))

add("blind-ni/http/paystack", "ugo-shop/api-tests/paystack.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", """\
### Lelee ego e nwetara taa (settlements)
GET https://api.paystack.co/settlement?perPage=20
Authorization: Bearer @@secret@@

### Nkwụghachi (refund) - kpachara anya!
POST https://api.paystack.co/refund
Authorization: Bearer @@secret@@
Content-Type: application/json

{"transaction": "UGO-OCH-2026-10-0193"}
""", paystack())

add("blind-ni/http/decoy-variable", "ji-payments/api-tests/flutterwave.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", """\
@flw = {{$dotenv FLW_SECRET_KEY}}

### Lelee ụgwọ onye na-azụ ji
GET https://api.flutterwave.com/v3/transactions?status=successful
Authorization: Bearer {{flw}}

###
""")

add("blind-ni/postman/flutterwave", "ji-payments/postman/ji-payments.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", """\
{
  "info": { "name": "Ji payments (Flutterwave)", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "@@secret@@", "type": "string" }] },
  "item": [
    { "name": "Ụgwọ taa", "request": { "method": "GET", "url": "https://api.flutterwave.com/v3/transactions" } },
    { "name": "Nkwụghachi", "request": { "method": "POST", "url": "https://api.flutterwave.com/v3/transactions/123/refund" } }
  ]
}
""", flutterwave())

add("blind-ni/postman/decoy-environment-empty", "ugo-shop/postman/ugo-prod.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "name": "Ugo prod",
  "values": [
    { "key": "baseUrl", "value": "https://api.ugo-electronics.com.ng", "enabled": true },
    { "key": "paystackSecret", "value": "", "type": "secret", "enabled": true },
    { "key": "buyerId", "value": "@@uid@@", "enabled": true }
  ]
}
""", uid=uuid_s())

add("blind-ni/kubeconfig/token", "ji-ops/kube/ji-prod.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: ji-prod
    cluster: { server: "https://k8s.jienugu-logistics.ng:6443", certificate-authority: ca.crt }
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: ji-prod
    context: { cluster: ji-prod, user: ci-deployer, namespace: ji-dispatch }
current-context: ji-prod
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 40, ALNUM + "_-") + "." + fakes.drawn(_seed(), 180, ALNUM + "_-") + "." + fakes.drawn(_seed(), 86, ALNUM + "_-"))

add("blind-ni/kubeconfig/decoy-exec", "ugo-ops/kube/ugo-prod.kubeconfig", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: ugo-prod
    cluster: { server: "https://k8s.ugo-electronics.internal:6443", certificate-authority: ca.crt }
users:
  - name: oidc
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://auth.ugo-electronics.com.ng]
current-context: ugo-prod
""")

add("blind-ni/ansible/inventory-become", "infra/ansible/inventory/shops.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# Kọmputa ụlọ ahịa (POS) niile
[pos_shops]
pos-ochanja.ugo-electronics.internal
pos-bridgehead.ugo-electronics.internal
pos-nkpor.ugo-electronics.internal

[pos_shops:vars]
ansible_user=ugoadmin
ansible_become_password=@@secret@@
""", words_pw())

add("blind-ni/sql/alter-user", "ji-erp/db/ops/2026-08-reset-wb-writer.sql", "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html", """\
-- Gbanwee paswọọdụ wb_writer mgbe laptọọpụ weighbridge furu efu (Ọgọst 2026)
ALTER USER 'wb_writer'@'%' IDENTIFIED BY '@@secret@@';
FLUSH PRIVILEGES;
-- Gwa Ikenna ka o melite macro Excel (TicketExport.bas)
SELECT user, host, password_last_changed FROM mysql.user WHERE user = 'wb_writer';
""", words_pw())

add("blind-ni/sql/decoy-vault-ciphertext", "ji-erp/db/seeds/integration_keys.sql", "https://developer.hashicorp.com/vault/docs/secrets/transit", """\
-- Igodo ndị mmekọ (partners) echekwara dị ka ciphertext Vault transit (ọ bụghị ederede doro anya)
INSERT INTO integration_keys (partner, ciphertext, key_version) VALUES
  ('flutterwave', 'vault:v1:@@c1@@', 1),
  ('termii',      'vault:v1:@@c2@@', 1),
  ('twilio',      'vault:v2:@@c3@@', 2);
-- Iji gụọ ya: vault write transit/decrypt/ji-partners ciphertext=...
""", c1=b64(fakes.drawn(_seed(), 60)), c2=b64(fakes.drawn(_seed(), 60)), c3=b64(fakes.drawn(_seed(), 60)))

add("blind-ni/csv/api-tokens", "ji-ops/exports/partner_api_keys.csv", SRC_CSV, """\
partner,environment,api_key,created,owner
onitsha-yam-buyers,production,@@secret@@,2026-03-14,Chiamaka
lagos-mile12-traders,production,(rotated - see 1Password),2026-01-09,Chiamaka
ph-oil-mill-canteen,sandbox,sandbox-key-not-secret,2026-05-22,Ikenna
aba-distributors,production,(rotated - see 1Password),2025-12-01,Nnamdi
""", "jie_live_" + rand_pw(32))

add("blind-ni/csv/decoy-masked-cards", "ugo-analytics/exports/card_payments_sep.csv", SRC_CSV, """\
reference,card_bin,last4,masked_pan,amount_ngn,authorization_code
UGO-OCH-2026-09-0001,539983,4081,539983******4081,215000,AUTH_@@a1@@
UGO-BRH-2026-09-0017,408408,4081,408408******4081,98500,AUTH_@@a2@@
UGO-NKP-2026-09-0004,506099,7719,506099*********7719,430000,AUTH_@@a3@@
UGO-OCH-2026-09-0022,519911,0042,519911******0042,61000,AUTH_@@a4@@
""", a1=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits), a2=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits),
    a3=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits), a4=fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits))

add("blind-ni/html/database", "ji-ops/wiki/coldroom-setup.html", SRC_HTML, """\
<!doctype html>
<html lang="ig">
<head><meta charset="utf-8"><title>Ịhazi ụlọ oyi ọhụrụ</title></head>
<body>
<h1>Ịhazi ụlọ oyi ọhụrụ (new cold room)</h1>
<ol>
  <li>Jikọọ Raspberry Pi na sensọ (GPIO 4).</li>
  <li>Tinye paswọọdụ MQTT: <code>@@secret@@</code> (otu maka ụlọ oyi niile ugbu a).</li>
  <li>Malite ọrụ: <code>sudo systemctl enable --now coldroom-agent</code></li>
</ol>
</body>
</html>
""", words_pw())

add("blind-ni/html/decoy-docs-example", "ji-ops/wiki/api-docs.html", SRC_HTML, """\
<!doctype html>
<html lang="ig">
<head><meta charset="utf-8"><title>Ji Enugu API - Nbanye</title></head>
<body>
<h2>Otu esi eji igodo API (How to authenticate)</h2>
<p>Zipu igodo gị n'isi <code>X-Api-Key</code>. Ihe atụ:</p>
<pre>curl -H "X-Api-Key: jie_live_YOUR_KEY_HERE" https://api.jienugu-logistics.ng/v2/loads</pre>
<p>Nweta igodo gị na <a href="https://portal.jienugu-logistics.ng/keys">portal</a>. Ekekọrịtala ya.</p>
</body>
</html>
""")

add("blind-ni/rst/decoy-aws-example", "ji-python/docs/backups.rst", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """\
Ndabere (Backups)
=================

``jienugu-weighbridge backup`` na-eji AWS. Tọọ ya dị ka akwụkwọ AWS si gosi:

.. code-block:: ini

   [default]
   aws_access_key_id = AKIAIOSFODNN7EXAMPLE
   aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Uru ndị a bụ ihe atụ AWS n'onwe ya; ha anaghị arụ ọrụ.
""")

add("blind-ni/rst/sendgrid", "ugo-b2b/docs/deployment.rst", SRC_RST, """\
Ibuga (Deployment)
==================

1. ``git pull`` na ``app1.ugo-electronics.internal``.
2. Tọọ ihe gburugburu (environment) na ``/etc/ugo-b2b.env``::

     DJANGO_SETTINGS_MODULE=ugo_b2b.settings.production
     SENDGRID_API_KEY=@@secret@@

3. ``sudo systemctl restart ugo-b2b`` wee lelee https://b2b.ugo-electronics.com.ng/health
""", sendgrid_key())

add("blind-ni/typescript/stripe", "ugo-diaspora/src/server/stripe.ts", "https://docs.stripe.com/keys", """\
// Ụlọ ahịa maka ndị Igbo bi na UK/US (diaspora) - ha na-akwụ ụgwọ na GBP/USD
import Stripe from "stripe";

// Igodo a bụ nke live - Adaeze, biko kpọga ya na Secrets Manager
export const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function checkout(priceId: string) {
  return stripe.checkout.sessions.create({ mode: "payment", line_items: [{ price: priceId, quantity: 1 }],
    success_url: "https://diaspora.ugo-electronics.com.ng/daalu", cancel_url: "https://diaspora.ugo-electronics.com.ng" });
}
""", stripe_key())

add("blind-ni/typescript/decoy-publishable", "ugo-diaspora/src/client/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """\
// Igodo Stripe publishable (ọha) - ọ dị mma n'ime browser
import { loadStripe } from "@stripe/stripe-js";

export const stripePromise = loadStripe("@@pk@@");
export const currency = "gbp";
""", pk=stripe_key("pk_live_"))

add("blind-ni/python/aws-session", "ji-python/jienugu_weighbridge/upload.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """\
\"\"\"Bulite foto tiketi weighbridge gaa S3 (nnwale Ikenna mere n'abalị).\"\"\"
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@@kid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
    region_name="eu-west-1",
)
session.client("s3").upload_file("ticket.jpg", "jienugu-weighbridge", "2026/10/ticket.jpg")
""", fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("blind-ni/python/decoy-boto-profile", "ji-python/jienugu_weighbridge/s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """\
\"\"\"S3: anyị na-eji profile SSO (aws sso login --profile ji-ops), ọ dịghị igodo ebe a.\"\"\"
import boto3

BUCKET = "jienugu-weighbridge"


def client():
    return boto3.Session(profile_name="ji-ops", region_name="eu-west-1").client("s3")
""")

add("blind-ni/json/decoy-package-lock", "ugo-support/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "ugo-support",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/openai": {
      "version": "4.56.0",
      "resolved": "https://registry.npmjs.org/openai/-/openai-4.56.0.tgz",
      "integrity": "sha512-@@i1@@"
    }
  }
}
""", i1=b64(fakes.drawn(_seed(), 64)))

add("blind-ni/go/decoy-go-sum", "ji-gps-go/go.sum", "https://go.dev/ref/mod#go-sum-files", """\
github.com/lib/pq v1.10.9 h1:@@h1@@=
github.com/lib/pq v1.10.9/go.mod h1:@@h2@@=
github.com/rabbitmq/amqp091-go v1.10.0 h1:@@h3@@=
github.com/rabbitmq/amqp091-go v1.10.0/go.mod h1:@@h4@@=
golang.org/x/sync v0.8.0 h1:@@h5@@=
""", h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"), h3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    h4=fakes.drawn(_seed(), 43, ALNUM + "+/"), h5=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ni/markdown/decoy-changelog", "ugo-shop/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# Mgbanwe (Changelog)

## 2.14.0 - 2026-10-30
- Paystack: igodo na-esi na Vault ugbu a (@@c1@@)
- Wepụrụ `PAYSTACK_SECRET_KEY` ochie site na `.env.example` (@@c2@@)
- SMS Termii: ozi n'Igbo maka ndị ahịa (@@c3@@)

## 2.13.2 - 2026-09-12
- Mezie njehie ọnụahịa TV na Bridge Head (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("blind-ni/xml/smtp", "UgoWarehouse.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Ozi email nke ụlọ nkwakọba (warehouse) - ụdị ochie -->
  <system.net>
    <mailSettings>
      <smtp from="warehouse@ugo-electronics.com.ng" deliveryMethod="Network">
        <network host="smtp.zoho.com" port="587" enableSsl="true"
                 userName="warehouse@ugo-electronics.com.ng" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", words_pw())

add("blind-ni/xml/decoy-config-builder", "UgoWarehouse.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/config/asp-net-config-builders", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <!-- Release: paswọọdụ si na Azure Key Vault (config builder) -->
  <connectionStrings configBuilders="AzureKeyVault" xdt:Transform="SetAttributes(configBuilders)">
    <add name="Warehouse" connectionString="from-key-vault" xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("blind-ni/shell/twilio-curl", "ji-ops/scripts/test_sms.sh", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", """\
#!/usr/bin/env bash
# Nwalee SMS nye onye ọkwọ ụgbọala (Ikenna na-eji ya mgbe ọ na-ahazi ekwentị ọhụrụ)
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC@@sid@@/Messages.json" \\
  --data-urlencode "To=${1:-+2348030000000}" \\
  --data-urlencode "From=+2342017001234" \\
  --data-urlencode "Body=Nnwale: ozi a si na Ji Enugu Logistics" \\
  -u "AC@@sid@@:@@secret@@"
""", hexs(32), sid=hexs(32))

add("blind-ni/powershell/sql-login", "ugo-ops/windows/Restore-Warehouse.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", """\
# Weghachi (restore) ọdụ data ụlọ nkwakọba site na ndabere ikpeazụ
$bak = Get-ChildItem "\\\\nas-ochanja\\backups\\wh\\*.bak" | Sort-Object LastWriteTime | Select-Object -Last 1
Invoke-Sqlcmd -ServerInstance "ugo-wh.database.windows.net" -Database master `
  -Username "wh_admin" -Password "@@secret@@" `
  -Query "RESTORE DATABASE ugo_wh FROM DISK = N'$($bak.FullName)' WITH REPLACE"
Write-Host "Emechara: $($bak.Name)"
""", words_pw())

add("blind-ni/powershell/decoy-read-host", "ugo-ops/windows/Reset-PosUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/read-host", """\
# Tọgharịa paswọọdụ onye ọrụ POS (onye na-ere ahịa)
param([Parameter(Mandatory)] [string] $User)
$new = Read-Host -AsSecureString "Paswọọdụ ọhụrụ maka $User"
Set-LocalUser -Name $User -Password $new
Write-Host "Agbanwela paswọọdụ $User. Gwa ya ka ọ gbanwee ya na nbanye mbụ."
""")

add("blind-ni/swift/decoy-keychain", "JiDriveriOS/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Foundation
import Security

// Token onye ọkwọ ụgbọala na-adị na Keychain; a naghị edobe ya na koodu
enum TokenStore {
    static let service = "ng.jienugu.driver.token"
    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary); SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("blind-ni/c/mqtt", "coldroom-firmware/src/config.h", "https://www.eclipse.org/paho/files/mqttdoc/MQTTClient/html/struct_m_q_t_t_client__connect_options.html", """\
/* Firmware sensọ ụlọ oyi (ESP32) - Emene */
#ifndef COLDROOM_CONFIG_H
#define COLDROOM_CONFIG_H

#define WIFI_SSID      "JI-EMENE-COLD"
#define MQTT_URI       "mqtts://mqtt.jienugu-logistics.ng:8883"
#define MQTT_USER      "coldroom-emene"
#define MQTT_PASS      "@@secret@@"
#define TEMP_MAX_C     16

#endif
""", fakes.redis_password(_seed()))

add("blind-ni/c/decoy-nvs", "coldroom-firmware/src/secrets.h", "https://docs.espressif.com/projects/esp-idf/en/stable/esp32/api-reference/storage/nvs_flash.html", """\
/* Paswọọdụ Wi-Fi na MQTT na-adị na NVS (a na-etinye ya n'oge nrụpụta), ọ bụghị ebe a */
#ifndef COLDROOM_SECRETS_H
#define COLDROOM_SECRETS_H
#define NVS_NS_SECRETS  "secrets"
#define NVS_KEY_MQTT_PW "mqtt_pw"
#define NVS_KEY_WIFI_PW "wifi_pw"
#endif
""")

add("blind-ni/env/openai", "ugo-support/.env.local", SRC_ENV, """\
# Bot enyemaka (local) - Nkechi
PORT=3001
MONGODB_DB=support
OPENAI_API_KEY=@@secret@@
BOT_LANGUAGES=ig,en
LOG_LEVEL=debug
""", fakes.openai_key(_seed(), "svcacct"))

add("blind-ni/markdown/gitlab-runner", "ugo-ops/gitlab-runner/REGISTER.md", "https://docs.gitlab.com/runner/register/", """\
# Ịdebanye GitLab runner ọhụrụ (kọmputa Ochanja)

Gbaa iwu a n'ime kọmputa ahụ (Emeka nyere m token a na WhatsApp):

```
sudo gitlab-runner register --non-interactive --url https://gitlab.com \\
  --token @@secret@@ --executor docker --docker-image alpine:3.20 --description ochanja-pc
```
""", "glrt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("blind-ni/ruby/twilio", "ji-portal-rails/app/services/farmer_sms.rb", "https://www.twilio.com/docs/libraries/ruby", """\
# Zipu ozi nye ndị ọrụ ugbo mgbe ụgbọala na-abịa ọba ha
class FarmerSms
  ACCOUNT_SID = "AC@@sid@@".freeze
  AUTH_TOKEN  = "@@secret@@".freeze

  def self.truck_coming(farmer, eta)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(from: "+2342017001234", to: farmer.phone,
                           body: "Nnọọ #{farmer.name}! Ụgbọala ga-eru ọba gị n'elekere #{eta}.")
  end
end
""", hexs(32), sid=hexs(32))

add("blind-ni/kotlin/decoy-sample-test", "ji-driver/app/src/test/java/ng/jienugu/driver/PushTest.kt", "https://kotlinlang.org/docs/jvm-test-using-junit.html", """\
package ng.jienugu.driver

import org.junit.Assert.assertEquals
import org.junit.Test

// Nnwale: anyị na-eji token ụgha (fake) - ọ dịghị arụ ọrụ n'ebe ọ bụla
class PushTest {
    private val fakeKey = "fake-fcm-key-for-unit-tests"
    @Test fun headerHasKeyPrefix() = assertEquals("key=$fakeKey", "key=" + fakeKey)
}
""")

add("blind-ni/ansible/tls-key-block", "infra/ansible/host_vars/traccar.jienugu-logistics.ng.yml", SRC_ANSIBLE, """\
---
# Sava Traccar (GPS ụgbọala): asambodo TLS (certificate) na igodo ya
traccar_domain: gps.jienugu-logistics.ng
traccar_tls_cert_path: /etc/ssl/certs/traccar.pem
# TODO(Ikenna): tinye nke a n'ime ansible-vault - ọ bụ ederede doro anya ugbu a
traccar_tls_key: |
  @@key@@
traccar_port: 8082
""", _v := pem("EC"), key=_v.replace("\n", "\n  "))

add("blind-ni/js/split-concat", "ugo-support/server/termii.js", SRC_JS, """\
// Ozi SMS site na bot enyemaka (mgbe onye ahịa rịọrọ ka a kpọọ ya)
const fetch = require("node-fetch");

// e kewara igodo n'ahịrị abụọ (line length lint)
const TERMII_KEY = "@@p1@@" +
  "@@p2@@";

module.exports = (to, text) => fetch("https://api.ng.termii.com/api/sms/send", {
  method: "POST", headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ to, from: "UgoElect", sms: text, type: "plain", channel: "generic", api_key: TERMII_KEY }),
});
""", _v := "TL" + rand_pw(60), p1=_v[:31], p2=_v[31:])

add("blind-ni/cargo/registry-token", "ji-gps/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# Registry nzuzo nke Ji Enugu (crates anyị: ji-geo, ji-mqtt)
[registries.ji-crates]
token = "@@secret@@"

# crates.io: anyị anaghị ebipụta ebe ahụ
""", "cio" + fakes.drawn_mixed(_seed(), 32))

add("blind-ni/markdown/whatsapp-note", "ugo-ops/notes/2026-10-handover.md", SRC_MD, """\
# Nnyefe ọrụ (handover) - Emeka -> Obiora, Ọktoba 2026

- POS Bridge Head: printer ọhụrụ arụọla ọrụ.
- Termii: ego fọdụrụ (balance) dị N42,300; tinye ego tupu Disemba.
- Flutterwave live secret (nke m nwetara n'aka Oga): @@secret@@
  Biko kpọga ya na Vault ozugbo i nwere oge, wee hichapụ ahịrị a.
- Ndị ahịa Asaba: ha chọrọ invoice kwa izu ụka.
""", flutterwave())

# ---- end of cases
