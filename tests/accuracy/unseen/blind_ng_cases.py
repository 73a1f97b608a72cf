"""Blind set NG: a Tigrinya-speaking Asmara espresso bar chain (Harnet Bun) and a Mekelle
construction-materials supplier (Ayder Building Supply).

Point-of-sale and loyalty services, roastery and branch configs, delivery and SMS gateways,
payment providers, the supplier's ERP, warehouse scales, quotations and fleet tracking, their
CI, deployment and notes, with comments and documentation partly in Tigrinya; and decoys.
Generated fakes only (seeds 7870000-7879999).
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
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 7870000, 7880000
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] < SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harnet", "Nakfa", "Sembel", "Tsorona", "Adulis", "Keren", "Massawa", "Dahlak", "Ayder", "Quiha",
         "Hawzen", "Semenawi", "Bahri", "Enticho", "Godaif", "Mendefera", "Barentu", "Tessenei"]


def pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int = 22, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def tok(prefix: str, n: int) -> str:
    return fakes.fake(prefix, n, _seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8() -> str:
    return pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


def slack_hook() -> str:
    return ("https://hooks.slack.com/services/T" + rnd(8, UPPER_DIGITS) + "/B" + rnd(10, UPPER_DIGITS)
            + "/" + rnd(24))


def stripe(kind: str = "sk_live_") -> str:
    return tok(kind, 24)


def sendgrid() -> str:
    return tok("SG.", 22) + tok(".", 43)


def google_key() -> str:
    return tok("AIza", 35)


def mailgun() -> str:
    return "key-" + hexs(32)


def azure_account_key() -> str:
    return rnd(86, ALNUM + "+/") + "=="


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"pos-' + hexs(6) + '","iss":"harnet-bun"}').encode()).decode().rstrip("=")
    return head + "." + body + "." + rnd(43, ALNUM + "-_")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, other `@@name@@` markers the named fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOCKER_ENV = "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOTENV = "https://github.com/motdotla/dotenv#usage"
GHA = "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"

# ---------------------------------------------------------------- Harnet Bun (Asmara espresso bars)

add("blind-ng/env/postgres-password", "pos-api/.env", DOTENV, """\
# ሃርነት ቡን — POS API (ጨንፈር ጎዳይፍ)
APP_ENV=production
BRANCH_CODE=ASM-GODAIF-03
DB_HOST=10.20.4.11
DB_NAME=harnet_pos
DB_USER=pos_app
DB_PASSWORD=@@s@@
LOYALTY_POINTS_PER_CUP=2
""", secret=pw())

add("blind-ng/env/decoy-empty-values", "pos-api/.env.example", DOTENV, """\
# ቅዳሕ ናይዚ ፋይል ናብ .env ግበር፡ ዋጋታት ባዶ እዮም — ካብ ሓላፊ ሕተት
APP_ENV=development
BRANCH_CODE=
DB_HOST=localhost
DB_NAME=harnet_pos
DB_USER=pos_app
DB_PASSWORD=
LOYALTY_POINTS_PER_CUP=2
""")

add("blind-ng/python/stripe-secret", "loyalty/payments/settings.py", "https://docs.stripe.com/keys", """\
\"\"\"ክፍሊት ናይ ካርድ ኣባላት (loyalty top-up).\"\"\"
import stripe

# TODO: ናብ vault ኣግዕዞ ቅድሚ ሰኑይ
stripe.api_key = "@@s@@"
stripe.api_version = "2024-06-20"

TOPUP_AMOUNTS_NAKFA = [100, 250, 500]
""", secret=stripe())

add("blind-ng/python/decoy-publishable-key", "loyalty/payments/public_config.py", "https://docs.stripe.com/keys#obtain-api-keys", """\
\"\"\"ኣብ ቅጥዒ ክፍሊት ዝርአ ህዝባዊ ቁልፊ ጥራይ (publishable) — ምስጢር ኣይኮነን።\"\"\"
import os

STRIPE_PUBLISHABLE_KEY = "@@pk@@"
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]  # ካብ Vault ይመጽእ
CURRENCY = "usd"
""", pk=stripe("pk_live_"))

add("blind-ng/yaml/slack-webhook", "ops/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
global:
  resolve_timeout: 5m
route:
  receiver: espresso-machines
  group_by: [branch, machine]
receivers:
  - name: espresso-machines
    slack_configs:
      # መጠንቀቕታ ሙቀት ማሽን ቡን ናብ #asmara-ops
      - api_url: @@s@@
        channel: "#asmara-ops"
        send_resolved: true
""", secret=slack_hook())

add("blind-ng/yaml/decoy-webhook-file", "ops/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
global:
  resolve_timeout: 5m
route:
  receiver: espresso-machines
receivers:
  - name: espresso-machines
    slack_configs:
      # ኣድራሻ webhook ካብ ፋይል ይንበብ (ብ secret volume ዝተሰቕለ)
      - api_url_file: /etc/alertmanager/secrets/slack-webhook-url
        channel: "#asmara-ops"
        send_resolved: true
""")

add("blind-ng/k8s-secret/mysql-password", "deploy/k8s/roastery-db-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: roastery-db
  namespace: harnet-roastery
  labels:
    app: roast-profiles
type: Opaque
data:
  MYSQL_USER: @@user@@
  MYSQL_PASSWORD: @@enc@@
""", secret=(_p := pw()), user=b64("roaster"), enc=b64(_p))

add("blind-ng/k8s-secret/decoy-sealed-secret", "deploy/k8s/roastery-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: roastery-db
  namespace: harnet-roastery
spec:
  encryptedData:
    MYSQL_USER: @@c1@@
    MYSQL_PASSWORD: @@c2@@
  template:
    type: Opaque
""", c1="AgB" + rnd(340, ALNUM + "+/") + "==", c2="AgC" + rnd(340, ALNUM + "+/") + "==")

add("blind-ng/go/telegram-bot-token", "orderbot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
package main

import (
\t"log"

\ttgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// ቦት ትእዛዝ ቡን — ዓማዊል ብ Telegram ይእዝዙ
const botToken = "@@s@@"

func main() {
\tbot, err := tgbotapi.NewBotAPI(botToken)
\tif err != nil {
\t\tlog.Fatal(err)
\t}
\tlog.Printf("ተኣሲሩ: %s", bot.Self.UserName)
}
""", secret=fakes.telegram_token(_seed()))

add("blind-ng/go/decoy-env-lookup", "orderbot/config.go", "https://pkg.go.dev/os#LookupEnv", """\
package main

import (
\t"fmt"
\t"os"
)

// ቶከን ካብ ከባቢ (environment) ጥራይ — ኣብ ኮድ ኣይትጽሓፎ
func botToken() (string, error) {
\tt, ok := os.LookupEnv("HARNET_TELEGRAM_TOKEN")
\tif !ok || t == "" {
\t\treturn "", fmt.Errorf("HARNET_TELEGRAM_TOKEN ኣይተቐመጠን")
\t}
\treturn t, nil
}
""")

add("blind-ng/js/sendgrid-key", "receipts-mailer/src/mailer.js", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail#quick-start", """\
// ቅብሊት ብ ኢመይል ንኣባላት loyalty
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@s@@');

async function sendReceipt(member, order) {
  await sgMail.send({
    to: member.email,
    from: 'receipts@harnetbun.com.er',
    subject: `ቅብሊት ትእዛዝ ${order.id}`,
    text: `የቐንየልና! ድምር: ${order.total} ናቕፋ`,
  });
}

module.exports = { sendReceipt };
""", secret=sendgrid())

add("blind-ng/js/decoy-process-env", "receipts-mailer/src/config.js", "https://nodejs.org/api/process.html#processenv", """\
// ኩሉ ምስጢራት ካብ process.env — ኣብ repo ኣይኣትዉን
module.exports = {
  sendgridKey: process.env.SENDGRID_API_KEY,
  fromAddress: process.env.RECEIPT_FROM || 'receipts@harnetbun.com.er',
  templateId: 'd-@@tid@@',
  sandbox: process.env.NODE_ENV !== 'production',
};
""", tid=hexs(32))

add("blind-ng/compose/redis-password", "branch-kiosk/docker-compose.yml", DOCKER_ENV, """\
services:
  kiosk:
    image: registry.harnetbun.com.er/kiosk:2.4.1
    environment:
      REDIS_URL: redis://:@@s@@@queue:6379/0
      BRANCH: ASM-TIRAVOLO-01
    depends_on: [queue]
  queue:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@"]
""", secret=fakes.redis_password(_seed()))

add("blind-ng/compose/decoy-variable-substitution", "branch-kiosk/docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """\
# ናይ ምዕባለ (dev) — ቃል ምሕላፍ ካብ .env ናይ ኮምፒተርካ
services:
  kiosk:
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD:?REDIS_PASSWORD ኣድልዩ}@queue:6379/0
      BRANCH: DEV-LOCAL
  queue:
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("blind-ng/markdown/wifi-router-admin", "docs/branches/tiravolo.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# ጨንፈር ቲራቮሎ (ASM-TIRAVOLO-01)

ኣድራሻ: ጎደና ሰማእታት ጥቓ ቤት ትምህርቲ
ሓላፊ: ሰናይት ተ.

## መሳርሒታት

| መሳርሒ | IP | ተጠቃሚ | መሕለፊ ቃል |
|---|---|---|---|
| ራውተር MikroTik | 192.168.88.1 | admin | @@s@@ |
| ማሽን ቡን La Marzocco | 192.168.88.40 | — | — |

ማሽን ቡን ኣብ ሰሙን ሓንሳብ ይጽረ (ሰንበት ምሸት).
""", secret=pw())

add("blind-ng/markdown/decoy-redacted-table", "docs/branches/godaif.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# ጨንፈር ጎዳይፍ (ASM-GODAIF-03)

ሓላፊ: ዳኒኤል ሃ.

| መሳርሒ | IP | ተጠቃሚ | መሕለፊ ቃል |
|---|---|---|---|
| ራውተር MikroTik | 192.168.88.1 | admin | ኣብ Bitwarden ("Godaif router") |
| POS terminal | 192.168.88.20 | cashier | `********` |

ቃላት ምሕላፍ ኣብዚ ገጽ ኣይጽሓፉን።
""")

add("blind-ng/php/mysql-dsn", "website/config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// ዌብሳይት ሃርነት ቡን — ዝርዝር ቡን (menu)
return [
    'driver'   => 'mysql',
    'host'     => 'db.internal.harnetbun.com.er',
    'database' => 'harnet_menu',
    'username' => 'menu_web',
    'password' => '@@s@@',
    'charset'  => 'utf8mb4',
];
""", secret=pw())

add("blind-ng/php/decoy-getenv", "website/config/mail.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// ኢመይል ናይ ቅጥዒ ርክብ (contact form)
return [
    'host'     => getenv('MAIL_HOST') ?: 'smtp.harnetbun.com.er',
    'port'     => 587,
    'username' => getenv('MAIL_USERNAME'),
    'password' => getenv('MAIL_PASSWORD'), // ኣብ ሰርቨር ጥራይ
    'from'     => 'info@harnetbun.com.er',
];
""")

add("blind-ng/shell-history/mysql-cli-password", "ops/notes/bash_history_pos01.txt", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """\
cd /srv/harnet-pos
git pull origin main
systemctl restart harnet-pos
tail -n 50 /var/log/harnet-pos/app.log
mysql -h 10.20.4.11 -u pos_app -p'@@s@@' harnet_pos -e 'select count(*) from orders where day=curdate()'
df -h /var
exit
""", secret=pw())

add("blind-ng/shell-history/decoy-prompted-password", "ops/notes/bash_history_pos02.txt", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", """\
cd /srv/harnet-pos
sudo journalctl -u harnet-pos --since today | grep -i error
mysql -h 10.20.4.11 -u pos_app -p harnet_pos
mysql_config_editor print --all
ls -la ~/.mylogin.cnf
exit
""")

add("blind-ng/terraform/aws-secret-key", "infra/terraform/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
# ምስሊ ዝርዝር ቡን (menu images) ኣብ S3
provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "menu_images" {
  bucket = "harnet-bun-menu-images"
}
""", kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("blind-ng/terraform/decoy-variable", "infra/terraform/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "db_password" {
  description = "መሕለፊ ቃል ዳታቤዝ POS (ካብ TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "menu_bucket" {
  type    = string
  default = "harnet-bun-menu-images"
}
""")

add("blind-ng/ini/smtp-password", "roastery/scale-reporter/config.ini", "https://docs.python.org/3/library/configparser.html#quick-start", """\
; ሪፖርት ሚዛን ምቑላው ቡን — መዓልታዊ ናብ ኢመይል
[scale]
port = /dev/ttyUSB0
baud = 9600

[smtp]
host = smtp.harnetbun.com.er
port = 587
user = roastery-reports@harnetbun.com.er
password = @@s@@
to = roastmaster@harnetbun.com.er
""", secret=pw())

add("blind-ng/ini/decoy-placeholder", "roastery/scale-reporter/config.sample.ini", "https://docs.python.org/3/library/configparser.html#quick-start", """\
; ኣብነት — ናብ config.ini ቅዳሕ፡ <...> ብሓቀኛ ዋጋ ቀይሮ
[scale]
port = /dev/ttyUSB0
baud = 9600

[smtp]
host = smtp.harnetbun.com.er
port = 587
user = <ኢመይል ናይ ሪፖርት>
password = <መሕለፊ ቃል ኢመይል>
to = roastmaster@harnetbun.com.er
""")

add("blind-ng/github-actions/docker-password", ".github/workflows/build-kiosk.yml", "https://docs.github.com/en/actions/use-cases-and-examples/publishing-packages/publishing-docker-images", """\
name: build-kiosk
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # ግዚያዊ — secrets ክሳብ ዝኽፈት
      - run: echo "@@s@@" | docker login registry.harnetbun.com.er -u ci-kiosk --password-stdin
      - run: docker build -t registry.harnetbun.com.er/kiosk:${{ github.sha }} .
      - run: docker push registry.harnetbun.com.er/kiosk:${{ github.sha }}
""", secret=rnd(32))

add("blind-ng/github-actions/decoy-secrets-context", ".github/workflows/build-menu.yml", GHA, """\
name: build-menu
on:
  push:
    branches: [main]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.harnetbun.com.er
          username: ci-menu
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - run: docker build -t registry.harnetbun.com.er/menu:${{ github.sha }} .
""")

add("blind-ng/json/firebase-service-account", "mobile-app/firebase/service-account.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """\
{
  "type": "service_account",
  "project_id": "harnet-bun-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "push-sender@harnet-bun-app.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret=pkcs8().replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

add("blind-ng/json/decoy-google-services", "mobile-app/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys#general-info", """\
{
  "project_info": {
    "project_number": "@@num@@",
    "project_id": "harnet-bun-app",
    "storage_bucket": "harnet-bun-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@@num@@:android:@@app@@",
        "android_client_info": { "package_name": "er.harnetbun.app" }
      }
    }
  ],
  "configuration_version": "1"
}
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(16))

add("blind-ng/kotlin/api-key", "mobile-app/android/app/src/main/java/er/harnetbun/app/net/ApiClient.kt", "https://square.github.io/okhttp/features/interceptors/", """\
package er.harnetbun.app.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// ናይ ኣባላት API — ቁልፊ ናይ መተግበሪ
private const val LOYALTY_API_KEY = "@@s@@"

val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder()
            .header("X-Api-Key", LOYALTY_API_KEY)
            .build())
    })
    .build()
""", secret="hb_live_" + rnd(40))

add("blind-ng/kotlin/decoy-buildconfig", "mobile-app/android/app/src/main/java/er/harnetbun/app/net/Endpoints.kt", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
package er.harnetbun.app.net

import er.harnetbun.app.BuildConfig

// ቁልፊ ካብ local.properties ብ BuildConfig ይመጽእ (ኣብ git የለን)
object Endpoints {
    const val BASE_URL = "https://api.harnetbun.com.er/v2/"
    val apiKey: String get() = BuildConfig.LOYALTY_API_KEY
}
""")

add("blind-ng/swift/twilio-auth-token", "mobile-app/ios/HarnetBun/Services/SmsVerify.swift", "https://www.twilio.com/docs/iam/api-keys#authenticate-with-api-keys", """\
import Foundation

// ምርግጋጽ ቁጽሪ ተሌፎን ብ SMS (ግዚያዊ ክሳብ backend ዝወድእ)
enum SmsVerify {
    static let accountSid = "AC@@sid@@"
    static let authToken = "@@s@@"
    static let serviceSid = "VA@@vsid@@"

    static func authHeader() -> String {
        let raw = "\\(accountSid):\\(authToken)"
        return "Basic " + Data(raw.utf8).base64EncodedString()
    }
}
""", sid=hexs(32), secret=hexs(32), vsid=hexs(32))

add("blind-ng/swift/decoy-info-plist-ref", "mobile-app/ios/HarnetBun/Services/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// ቁልፍታት ካብ Info.plist ($(LOYALTY_API_KEY) ካብ xcconfig ዘይተመዝገበ)
enum Config {
    static var loyaltyApiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "LOYALTY_API_KEY") as? String ?? ""
    }
    static let baseURL = URL(string: "https://api.harnetbun.com.er/v2/")!
}
""")

add("blind-ng/csharp/connection-string", "backoffice/HarnetBun.Backoffice/appsettings.Production.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings#aspnet-core", """\
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Inventory": "Server=sql01.harnetbun.local;Database=HarnetInventory;User Id=backoffice;Password=@@s@@;TrustServerCertificate=True"
  },
  "Branches": { "Default": "ASM-GODAIF-03" }
}
""", secret=pw())

add("blind-ng/csharp/decoy-user-secrets", "backoffice/HarnetBun.Backoffice/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Inventory": "Server=(localdb)\\\\mssqllocaldb;Database=HarnetInventory;Trusted_Connection=True"
  },
  "Smtp": { "Password": "" },
  "_note": "ምስጢራት ብ dotnet user-secrets ወይ Key Vault ጥራይ"
}
""")

add("blind-ng/java/jdbc-password", "reports/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """\
# ሪፖርት መሸጣ መዓልታዊ (ኩሎም ጨናፍር)
spring.application.name=harnet-sales-reports
spring.datasource.url=jdbc:postgresql://10.20.4.11:5432/harnet_pos
spring.datasource.username=reports_ro
spring.datasource.password=@@s@@
spring.jpa.open-in-view=false
reports.timezone=Africa/Asmara
""", secret=pw())

add("blind-ng/java/decoy-placeholder-property", "reports/src/main/resources/application-dev.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """\
# ናይ ምዕባለ — ዋጋታት ካብ ከባቢ
spring.datasource.url=jdbc:postgresql://localhost:5432/harnet_pos
spring.datasource.username=${DB_USER:reports_ro}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.show-sql=true
reports.timezone=Africa/Asmara
""")

add("blind-ng/ruby/mailgun-key", "newsletter/config/initializers/mailgun.rb", "https://github.com/mailgun/mailgun-ruby#usage", """\
# ጋዜጣ ወርሓዊ — ሓድሽ ቡን ካብ ከረን
require 'mailgun-ruby'

MAILGUN = Mailgun::Client.new('@@s@@')
MAILGUN_DOMAIN = 'mg.harnetbun.com.er'

def send_newsletter(to, html)
  MAILGUN.send_message(MAILGUN_DOMAIN, from: 'ዜና <news@harnetbun.com.er>', to: to, subject: 'ሓድሽ ቡን', html: html)
end
""", secret=mailgun())

add("blind-ng/ruby/decoy-credentials-fetch", "newsletter/config/initializers/sms.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# SMS ናብ ኣባላት — ቁልፊ ኣብ credentials.yml.enc (ተመስጢሩ)
SMS_CONFIG = {
  api_key: Rails.application.credentials.dig(:sms, :api_key),
  sender: 'HARNETBUN',
  enabled: Rails.env.production?
}.freeze
""")

add("blind-ng/powershell/service-account-password", "backoffice/scripts/Install-PosService.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# ኣገልግሎት POS ኣብ ኮምፒተር ጨንፈር ምጽዓን
$branch = 'ASM-TIRAVOLO-01'
$user = 'HARNET\\svc-pos'
$secure = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
New-Service -Name HarnetPos -BinaryPathName 'C:\\HarnetPos\\pos.exe' -Credential $cred -StartupType Automatic
Start-Service HarnetPos
Write-Host "ኣገልግሎት POS ኣብ $branch ተጀሚሩ"
""", secret=pw())

add("blind-ng/powershell/decoy-get-credential", "backoffice/scripts/Update-PosService.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """\
# ኣገልግሎት POS ምሕዳስ — መሕለፊ ቃል ብኢድ ይኣቱ
param([string]$Branch = 'ASM-GODAIF-03')
$cred = Get-Credential -UserName 'HARNET\\svc-pos' -Message "መሕለፊ ቃል svc-pos ን $Branch"
Stop-Service HarnetPos
Copy-Item '\\\\files\\releases\\pos\\latest\\*' 'C:\\HarnetPos\\' -Recurse -Force
sc.exe config HarnetPos obj= $cred.UserName password= $cred.GetNetworkCredential().Password
Start-Service HarnetPos
""")

add("blind-ng/dockerfile/npm-token", "website/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine AS build
WORKDIR /app
# ናይ ውሽጢ ፓኬጃት (@harnet/ui)
RUN echo "//npm.pkg.harnetbun.com.er/:_authToken=@@s@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=tok("npm_", 36))

add("blind-ng/dockerfile/decoy-build-secret", "branch-kiosk/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# ቶከን ብ --secret ጥራይ፡ ኣብ ምስሊ ኣይተርፍን
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
CMD ["node", "server.js"]
""")

add("blind-ng/shell/ssh-private-key-heredoc", "ops/provision/branch-pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/usr/bin/env bash
# Raspberry Pi ናይ ስክሪን ዝርዝር (menu board) ኣብ ጨንፈር ምድላው
set -euo pipefail
BRANCH="${1:?ኮድ ጨንፈር ሃብ}"
install -d -m 700 /home/pi/.ssh
cat > /home/pi/.ssh/id_deploy <<'KEY'
@@s@@
KEY
chmod 600 /home/pi/.ssh/id_deploy
git clone git@git.harnetbun.com.er:signage/menu-board.git /opt/menu-board
echo "$BRANCH" > /opt/menu-board/BRANCH
systemctl enable --now menu-board
""", secret=pem("OPENSSH"))

add("blind-ng/shell/decoy-public-key", "ops/provision/authorized_keys.sh", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """\
#!/usr/bin/env bash
# ህዝባዊ ቁልፍታት ናይ ጉጅለ ops ጥራይ (public keys) — ምስጢር ኣይኮኑን
set -euo pipefail
install -d -m 700 /home/pi/.ssh
cat > /home/pi/.ssh/authorized_keys <<'KEYS'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ yonas@harnetbun
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ selam@harnetbun
KEYS
chmod 600 /home/pi/.ssh/authorized_keys
""", k1=rnd(44, ALNUM + "+/"), k2=rnd(44, ALNUM + "+/"))

add("blind-ng/python/basic-auth-header", "roastery/green-beans/importer_client.py", "https://datatracker.ietf.org/doc/html/rfc7617#section-2", """\
\"\"\"ሓሳብ ዋጋ ቡን ጥረ ካብ ኣቕራቢ (green coffee importer) ምውሳድ።\"\"\"
import requests

BASE = "https://api.gondar-greens.example-importer.com/v1"
HEADERS = {
    "Authorization": "Basic @@s@@",
    "Accept": "application/json",
}


def price_list(origin: str = "ET-SIDAMA"):
    return requests.get(f"{BASE}/prices", params={"origin": origin}, headers=HEADERS, timeout=20).json()
""", secret=b64("harnet-roastery:" + pw()))

add("blind-ng/python/decoy-hash-compare", "loyalty/auth/pin.py", "https://docs.python.org/3/library/hashlib.html#key-derivation", """\
\"\"\"PIN ናይ ካርድ ኣባል ምርግጋጽ — ሃሽ ጥራይ ይዕቀብ።\"\"\"
import hashlib
import hmac

# ናይ ፈተነ ኣባል 0001 (PIN 0000) ሃሽ — pbkdf2_sha256, 200000 ዙርያ
TEST_MEMBER_SALT = bytes.fromhex("@@salt@@")
TEST_MEMBER_HASH = "@@h@@"


def check(pin: str, salt: bytes, stored: str) -> bool:
    got = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 200_000).hex()
    return hmac.compare_digest(got, stored)
""", salt=hexs(32), h=hexs(64))

add("blind-ng/helm/postgres-password", "deploy/helm/harnet-pos/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# ሃርነት ቡን POS — production
replicaCount: 2
image:
  repository: registry.harnetbun.com.er/pos-api
  tag: "3.8.2"
postgresql:
  enabled: true
  auth:
    username: pos_app
    password: "@@s@@"
    database: harnet_pos
ingress:
  host: pos.harnetbun.com.er
""", secret=pw())

add("blind-ng/helm/decoy-existing-secret", "deploy/helm/harnet-pos/values-staging.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#postgresql-common-parameters", """\
# staging — መሕለፊ ቃል ኣብ Secret "pos-db-auth" (ብ external-secrets ዝፍጠር)
replicaCount: 1
image:
  repository: registry.harnetbun.com.er/pos-api
  tag: "3.9.0-rc1"
postgresql:
  enabled: true
  auth:
    username: pos_app
    existingSecret: pos-db-auth
    secretKeys:
      userPasswordKey: password
    database: harnet_pos
""")

add("blind-ng/notebook/openai-key", "analytics/notebooks/menu_descriptions.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# መግለጺ ዝርዝር ቡን ብ ትግርኛን እንግሊዝኛን"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@s@@\\")\\n",
    "drinks = ['ማኪያቶ', 'ካፑቺኖ', 'ቡን ብጀበና']"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("blind-ng/notebook/decoy-getpass", "analytics/notebooks/weekly_sales.ipynb", "https://docs.python.org/3/library/getpass.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, sqlalchemy\\n",
    "pw = getpass.getpass('መሕለፊ ቃል reports_ro: ')\\n",
    "engine = sqlalchemy.create_engine(f'postgresql://reports_ro:{pw}@10.20.4.11/harnet_pos')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ng/sql/create-user-password", "db/migrations/0042_reports_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- ተጠቃሚ ንባብ ጥራይ ንሪፖርት (ሓላፊ ፋይናንስ ሓቲቱ)
CREATE ROLE reports_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE harnet_pos TO reports_ro;
GRANT USAGE ON SCHEMA public TO reports_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reports_ro;
""", secret=pw())

add("blind-ng/sql/decoy-scram-hash", "db/migrations/0043_kiosk_user.sql", "https://www.postgresql.org/docs/current/auth-password.html", """\
-- ተጠቃሚ kiosk: መሕለፊ ቃል ከም SCRAM ሃሽ ጥራይ (ጽሩይ ቃል ኣብ Vault)
CREATE ROLE kiosk LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@k1@@:@@k2@@';
GRANT CONNECT ON DATABASE harnet_pos TO kiosk;
GRANT SELECT, INSERT ON orders, order_items TO kiosk;
GRANT USAGE ON SEQUENCE orders_id_seq TO kiosk;
""", salt=b64(hexs(16))[:24], k1=b64(hexs(32))[:44], k2=b64(hexs(32))[:44])

add("blind-ng/log/url-with-password", "ops/logs/pos-api-2026-11-30.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
2026-11-30T06:00:01+03:00 INFO  pos-api starting branch=ASM-GODAIF-03 version=3.8.2
2026-11-30T06:00:01+03:00 DEBUG config loaded from /etc/harnet/pos.yaml
2026-11-30T06:00:02+03:00 DEBUG connecting amqp://pos_events:@@s@@@mq.harnetbun.local:5672/pos
2026-11-30T06:00:02+03:00 INFO  connected to broker
2026-11-30T06:14:37+03:00 INFO  order 88213 paid cash total=145 ERN
2026-11-30T06:15:02+03:00 WARN  printer RECEIPT-1 paper low
""", secret=pw())

add("blind-ng/log/decoy-masked-url", "ops/logs/pos-api-2026-12-01.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", """\
2026-12-01T06:00:01+03:00 INFO  pos-api starting branch=ASM-GODAIF-03 version=3.8.3
2026-12-01T06:00:02+03:00 DEBUG connecting amqp://pos_events:***@mq.harnetbun.local:5672/pos
2026-12-01T06:00:02+03:00 INFO  connected to broker
2026-12-01T06:00:03+03:00 DEBUG auth header Authorization: Bearer [REDACTED]
2026-12-01T06:21:10+03:00 INFO  order 88390 paid card total=210 ERN ref=@@ref@@
""", ref=uuid_s())

add("blind-ng/csv/api-keys-export", "ops/exports/branch_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
branch,device,serial,sync_token,notes
ASM-GODAIF-03,POS-1,HB-POS-0311,,ኣብ ጥገና
ASM-TIRAVOLO-01,POS-1,HB-POS-0102,@@s@@,ሓድሽ
ASM-HARNET-AVE-02,POS-2,HB-POS-0207,,
MSW-TAULUD-01,POS-1,HB-POS-0409,,ሰርቨር ኣብ ምጽዋዕ
""", secret="hbsync_" + rnd(32))

add("blind-ng/csv/decoy-checksums", "ops/exports/firmware_checksums.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
device_model,firmware,sha256,signed_by
LaMarzocco-LineaPB,2.1.7,@@h1@@,vendor
MikroTik-hAP-ax2,7.16.1,@@h2@@,vendor
Epson-TM-T20III,1.05,@@h3@@,vendor
HB-Kiosk-Pi4,2024.11,@@h4@@,ops@harnetbun
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("blind-ng/rst/django-secret-key", "docs/source/deployment.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html#literal-blocks", """\
ምዝርጋሕ ናይ ኣባላት ፖርታል
========================

ኣብ ሰርቨር ``web02`` ነዚ ኣብ ``/etc/harnet/portal.env`` ኣቐምጥ::

    DJANGO_SETTINGS_MODULE=portal.settings.prod
    DJANGO_SECRET_KEY=@@s@@
    ALLOWED_HOSTS=members.harnetbun.com.er

ድሕሪኡ ``systemctl restart portal`` ኣሂብ።
""", secret=fakes.django_secret_key(_seed()))

add("blind-ng/rst/decoy-generate-command", "docs/source/local-setup.rst", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", """\
ኣብ ኮምፒተርካ ምድላው
=====================

ሓድሽ ``DJANGO_SECRET_KEY`` ባዕልኻ ፍጠር (ኣብ git ኣይተእትዎ)::

    python -c "from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())"

ውጽኢቱ ናብ ``.env`` ከም ``DJANGO_SECRET_KEY=<ዝፈጠርካዮ>`` ወስኽ።
""")

add("blind-ng/html/google-maps-server-key", "website/public/admin/geocode-test.html", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding", """\
<!doctype html>
<html lang="ti">
<head><meta charset="utf-8"><title>ፈተነ ኣድራሻ ጨናፍር</title></head>
<body>
<!-- ቁልፊ ሰርቨር (ዘይተገደበ) — ድሕሪ ፈተነ ደምስሶ -->
<script>
  const GEOCODE_SERVER_KEY = "@@s@@";
  fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=Harnet+Avenue+Asmara&key=${GEOCODE_SERVER_KEY}`)
    .then(r => r.json()).then(j => document.body.append(JSON.stringify(j.results[0].geometry)));
</script>
</body>
</html>
""", secret=google_key())

add("blind-ng/html/decoy-csrf-token", "website/templates/contact.html", "https://docs.djangoproject.com/en/5.1/howto/csrf/", """\
<!doctype html>
<html lang="ti">
<head><meta charset="utf-8"><title>ርክብ — ሃርነት ቡን</title></head>
<body>
<form method="post" action="/contact/">
  <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
  <label>ስም <input name="name"></label>
  <label>መልእኽቲ <textarea name="message"></textarea></label>
  <button type="submit">ስደድ</button>
</form>
</body>
</html>
""")

add("blind-ng/toml/cloudflare-api-token", "website/wrangler.toml", "https://developers.cloudflare.com/workers/wrangler/configuration/", """\
# ዌብሳይት ዝርዝር ቡን ኣብ Cloudflare Workers
name = "harnet-menu"
main = "src/index.ts"
compatibility_date = "2024-11-01"

[vars]
BRANCHES_URL = "https://api.harnetbun.com.er/v2/branches"
# TODO ናብ `wrangler secret put` ኣሰጋግሮ
CF_PURGE_TOKEN = "@@s@@"
""", secret=rnd(40, ALNUM + "_-"))

add("blind-ng/toml/decoy-secret-name", "website/wrangler.staging.toml", "https://developers.cloudflare.com/workers/configuration/secrets/", """\
name = "harnet-menu-staging"
main = "src/index.ts"
compatibility_date = "2024-11-01"

[vars]
BRANCHES_URL = "https://staging-api.harnetbun.com.er/v2/branches"
# CF_PURGE_TOKEN ብ `wrangler secret put CF_PURGE_TOKEN --env staging` ተቐሚጡ
KV_NAMESPACE_ID = "@@kv@@"
""", kv=hexs(32))

add("blind-ng/typescript/jwt-signing-secret", "loyalty-api/src/auth/tokens.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """\
import jwt from 'jsonwebtoken';

// ቶከን ኣባላት ንመተግበሪ ሞባይል (ንመዓልቲ 30)
const JWT_SECRET = '@@s@@';

export function issueMemberToken(memberId: string, branch: string): string {
  return jwt.sign({ sub: memberId, branch }, JWT_SECRET, { expiresIn: '30d', issuer: 'harnet-bun' });
}

export function verifyMemberToken(token: string) {
  return jwt.verify(token, JWT_SECRET, { issuer: 'harnet-bun' });
}
""", secret=rnd(48, ALNUM + "!#%^*"))

add("blind-ng/typescript/decoy-test-jwt", "loyalty-api/test/fixtures/tokens.ts", "https://jwt.io/introduction", """\
// ናይ ፈተነ ጥራይ: ቶከን ብ 'test-secret-do-not-use' ዝተፈርመ፡ ኣብ production ዋጋ የብሉን
export const TEST_SECRET = 'test-secret-do-not-use';

export const expiredMemberToken =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0LW1lbWJlciIsImV4cCI6MTAwMDAwMDAwMH0.' +
  'FAKE_SIGNATURE_FOR_TESTS';
export const memberId = 'test-member';
""")

add("blind-ng/yaml/sms-gateway-password", "notify/config/sms.yaml", "https://yaml.org/spec/1.2.2/#chapter-2-language-overview", """\
# መልእኽቲ SMS ናብ ዓማዊል (ትእዛዝ ድሉው እዩ)
sms:
  provider: eritel-bulk
  endpoint: https://bulk-sms.eritel.example.er/api/send
  sender_id: HARNETBUN
  username: harnetbun
  password: "@@s@@"
  templates:
    order_ready: "ትእዛዝካ ቁ. {order} ድሉው እዩ። ሃርነት ቡን"
""", secret=pw())

add("blind-ng/yaml/decoy-vault-path", "notify/config/sms.prod.yaml", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template", """\
sms:
  provider: eritel-bulk
  endpoint: https://bulk-sms.eritel.example.er/api/send
  sender_id: HARNETBUN
  username: harnetbun
  # ብ vault-agent ዝምላእ
  password: '{{ with secret "kv/data/notify/sms" }}{{ .Data.data.password }}{{ end }}'
  templates:
    order_ready: "ትእዛዝካ ቁ. {order} ድሉው እዩ። ሃርነት ቡን"
""")

add("blind-ng/rust/webhook-secret", "espresso-telemetry/src/config.rs", "https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries", """\
//! ሓበሬታ ማሽን ቡን (ሙቀት፡ ጸቕጢ) ናብ ማእከል
pub struct Config {
    pub collector_url: &'static str,
    pub hmac_secret: &'static str,
}

// ምስጢር HMAC ንምፍራም ሪፖርታት ማሽን
pub const CONFIG: Config = Config {
    collector_url: "https://telemetry.harnetbun.com.er/ingest",
    hmac_secret: "@@s@@",
};
""", secret=hexs(64))

add("blind-ng/rust/decoy-env-var", "espresso-telemetry/src/secrets.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """\
use std::env;

/// ምስጢር HMAC ካብ ከባቢ: HARNET_TELEMETRY_HMAC (systemd EnvironmentFile)
pub fn hmac_secret() -> String {
    env::var("HARNET_TELEMETRY_HMAC").expect("HARNET_TELEMETRY_HMAC ኣይተቐመጠን")
}

pub const COLLECTOR_URL: &str = "https://telemetry.harnetbun.com.er/ingest";
""")

add("blind-ng/systemd/environment-password", "espresso-telemetry/deploy/harnet-telemetry.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """\
[Unit]
Description=ሓበሬታ ማሽን ቡን (Harnet telemetry)
After=network-online.target

[Service]
ExecStart=/usr/local/bin/espresso-telemetry
Environment=HARNET_TELEMETRY_HMAC=@@s@@
Environment=RUST_LOG=info
Restart=always

[Install]
WantedBy=multi-user.target
""", secret=hexs(64))

add("blind-ng/systemd/decoy-environment-file", "espresso-telemetry/deploy/harnet-telemetry-staging.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """\
[Unit]
Description=ሓበሬታ ማሽን ቡን (staging)
After=network-online.target

[Service]
ExecStart=/usr/local/bin/espresso-telemetry
EnvironmentFile=/etc/harnet/telemetry.env
Environment=RUST_LOG=debug
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("blind-ng/gitlab-ci/gitlab-token", "loyalty-api/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
stages: [test, release]

test:
  image: node:20
  script:
    - npm ci
    - npm test

release:
  stage: release
  image: node:20
  script:
    # ግዚያዊ ቶከን ናይ ዮናስ — ክቕየር ኣለዎ
    - npx semantic-release --repository-url https://oauth2:@@s@@@git.harnetbun.com.er/loyalty/api.git
  only: [main]
""", secret=tok("glpat-", 20))

add("blind-ng/gitlab-ci/decoy-masked-variable", "branch-kiosk/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", """\
stages: [build]

build:
  image: docker:27
  services: [docker:27-dind]
  script:
    # CI_REGISTRY_PASSWORD ብ GitLab ባዕሉ ይወሃብ (masked)
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
""")

# ------------------------------------------------- Ayder Building Supply (Mekelle construction materials)

add("blind-ng/env/chapa-secret-key", "erp-web/.env.production", "https://developer.chapa.co/integrations/accept-payments", """\
# ኣይደር ኣቕሑ ህንጻ — ERP (መቐለ)
APP_URL=https://erp.aydersupply.com.et
DB_CONNECTION=pgsql
DB_HOST=10.8.0.5
DB_DATABASE=ayder_erp
# ክፍሊት ብ Chapa (ዓማዊል ሲሚንቶን ሓጺንን)
CHAPA_SECRET_KEY=CHASECK-@@k@@
CHAPA_WEBHOOK_URL=https://erp.aydersupply.com.et/hooks/chapa
""", secret="CHASECK-" + (_c := rnd(32)), k=_c)

add("blind-ng/env/decoy-chapa-test-key", "erp-web/.env.testing", "https://developer.chapa.co/test-mode", """\
# ፈተነ ጥራይ (phpunit) — Chapa test mode፡ ሓቀኛ ገንዘብ ኣይንቀሳቐስን
APP_URL=http://localhost
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
CHAPA_SECRET_KEY=CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
CHAPA_WEBHOOK_URL=http://localhost/hooks/chapa
MAIL_MAILER=array
""")

add("blind-ng/php/laravel-smtp", "erp-web/config/mail.php", "https://laravel.com/docs/11.x/mail#configuration", """\
<?php
// ሓሳብ ዋጋ (quotation) ብ ኢመይል ናብ ኮንትራክተራት
return [
    'default' => 'smtp',
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'mail.aydersupply.com.et',
            'port' => 465,
            'encryption' => 'ssl',
            'username' => 'quotes@aydersupply.com.et',
            'password' => env('MAIL_PASSWORD', '@@s@@'),
        ],
    ],
    'from' => ['address' => 'quotes@aydersupply.com.et', 'name' => 'ኣይደር ኣቕሑ ህንጻ'],
];
""", secret=pw())

add("blind-ng/php/decoy-env-no-default", "erp-web/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php
// ኣገልግሎታት ደገ — ኩሉ ካብ .env
return [
    'chapa' => [
        'secret' => env('CHAPA_SECRET_KEY'),
        'webhook_secret' => env('CHAPA_WEBHOOK_SECRET'),
    ],
    'afromessage' => [
        'token' => env('AFROMESSAGE_TOKEN'),
        'sender' => env('AFROMESSAGE_SENDER', 'AYDER'),
    ],
];
""")

add("blind-ng/python/jwt-sms-token", "dispatch/sms_notify.py", "https://requests.readthedocs.io/en/latest/user/quickstart/#custom-headers", """\
\"\"\"ሓበሬታ ምብጻሕ ሲሚንቶ ብ SMS ናብ ዓሚል።\"\"\"
import requests

SMS_URL = "https://api.afromessage.example.et/api/send"
SMS_TOKEN = "@@s@@"


def notify_delivery(phone: str, order_no: str, truck: str) -> None:
    msg = f"ትእዛዝ {order_no} ብ መኪና {truck} ተላኢኹ ኣሎ። ኣይደር ኣቕሑ ህንጻ"
    requests.get(SMS_URL, params={"to": phone, "message": msg},
                 headers={"Authorization": f"Bearer {SMS_TOKEN}"}, timeout=15)
""", secret=jwt_like())

add("blind-ng/python/decoy-keyring", "dispatch/credentials.py", "https://keyring.readthedocs.io/en/latest/#api-interface", """\
\"\"\"ቶከን SMS ካብ keyring ናይ ኮምፒተር መኽዘን።\"\"\"
import keyring

SERVICE = "ayder-dispatch"


def sms_token() -> str:
    token = keyring.get_password(SERVICE, "afromessage")
    if not token:
        raise RuntimeError("ቶከን SMS ኣብ keyring የለን: keyring set ayder-dispatch afromessage")
    return token
""")

add("blind-ng/yaml/ansible-db-password", "infra/ansible/group_vars/erp.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """\
# ሰርቨራት ERP ኣብ መቐለ (ኣይደር)
erp_app_user: ayder
erp_db_host: 10.8.0.5
erp_db_name: ayder_erp
erp_db_user: erp_app
erp_db_password: "@@s@@"
erp_backup_hour: 2
erp_timezone: Africa/Addis_Ababa
""", secret=pw())

add("blind-ng/yaml/decoy-ansible-vault", "infra/ansible/group_vars/erp_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", """\
# ብ ansible-vault ዝተመስጠረ
erp_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@l1@@
  @@l2@@
  @@l3@@
  @@l4@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(34))

add("blind-ng/ini/ayder-odbc-password", "warehouse/scales/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; ሚዛን መኪና (weighbridge) ናብ ዳታቤዝ መኽዘን
[AyderWeighbridge]
Driver = PostgreSQL Unicode
Servername = 10.8.0.5
Port = 5432
Database = ayder_warehouse
Username = weighbridge
Password = @@s@@
SSLMode = require
""", secret=pw())

add("blind-ng/ini/decoy-pgpass-reference", "warehouse/scales/odbc.sample.ini", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
; ኣብነት: መሕለፊ ቃል ኣብ ~/.pgpass ናይ ተጠቃሚ weighbridge (chmod 600) ይቕመጥ
[AyderWeighbridge]
Driver = PostgreSQL Unicode
Servername = 10.8.0.5
Port = 5432
Database = ayder_warehouse
Username = weighbridge
SSLMode = require
""")

add("blind-ng/markdown/runbook-vpn-psk", "docs/runbooks/mekelle-vpn.md", "https://docs.strongswan.org/docs/5.9/config/quickstart.html", """\
# VPN መቐለ ↔ ዓዲግራት (መኽዘን ቁ. 2)

1. ኣብ ራውተር ዓዲግራት `ipsec restart` ኣሂብ።
2. ምስ ሰርቨር መቐለ (197.156.x.x) ይራኸብ።
3. እንተ ዘይሰሪሑ፡ PSK ኣረጋግጽ — ሕጂ ዘሎ: `@@s@@`
4. `ipsec statusall | grep ESTABLISHED` ርአ።

> መዘኻኸሪ: PSK ኣብ ሰለስተ ወርሒ ሓንሳብ ይቕየር (ሓላፊ IT: ሃይለ)።
""", secret=rnd(28, ALNUM + "+/"))

add("blind-ng/markdown/decoy-runbook-vault", "docs/runbooks/adigrat-router.md", "https://docs.strongswan.org/docs/5.9/config/quickstart.html", """\
# ራውተር ዓዲግራት (መኽዘን ቁ. 2)

- ኣድራሻ: 10.9.0.1
- ተጠቃሚ: `admin`
- መሕለፊ ቃል: ኣብ 1Password → vault "Ayder IT" → "Adigrat router"
- PSK ናይ VPN: ኣብ ተመሳሳሊ vault ("Mekelle-Adigrat PSK")

ቃላት ምሕላፍ ኣብ Slack ወይ ኣብዚ ኣይትለጥፍ።
""")

add("blind-ng/json/aws-credentials-in-string", "erp-web/storage/app/backup-config.json", "https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html", """\
{
  "name": "ayder-nightly",
  "schedule": "0 2 * * *",
  "destination": "s3",
  "s3": "{\\"bucket\\":\\"ayder-erp-backups\\",\\"region\\":\\"eu-west-1\\",\\"key\\":\\"@@kid@@\\",\\"secret\\":\\"@@s@@\\"}",
  "keep_days": 30,
  "notify": "it@aydersupply.com.et"
}
""", kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("blind-ng/json/decoy-aws-example-keys", "erp-web/docs/backup-config.example.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", """\
{
  "_comment": "ኣብነት ካብ ሰነድ AWS — ሓቀኛ ቁልፊ ኣይኮነን",
  "name": "ayder-nightly",
  "destination": "s3",
  "s3": {
    "bucket": "ayder-erp-backups",
    "key": "AKIAIOSFODNN7EXAMPLE",
    "secret": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  }
}
""")

add("blind-ng/go/postgres-url", "fleet/cmd/tracker/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """\
package main

import (
\t"context"
\t"log"

\t"github.com/jackc/pgx/v5"
)

// ቦታ መካይን ጽዕነት (GPS) ናብ ዳታቤዝ
func main() {
\tconn, err := pgx.Connect(context.Background(), "postgres://fleet:@@s@@@10.8.0.5:5432/ayder_fleet?sslmode=require")
\tif err != nil {
\t\tlog.Fatalf("ምትእስሳር ኣይተኻእለን: %v", err)
\t}
\tdefer conn.Close(context.Background())
}
""", secret=pw())

add("blind-ng/go/decoy-flag-default", "fleet/cmd/replay/main.go", "https://pkg.go.dev/flag", """\
package main

import (
\t"flag"
\t"log"
)

func main() {
\t// DSN ብ -dsn ወይ FLEET_DSN ይወሃብ፡ ኣብ ኮድ ባዶ
\tdsn := flag.String("dsn", "", "postgres://fleet:<password>@host/ayder_fleet")
\tflag.Parse()
\tif *dsn == "" {
\t\tlog.Fatal("-dsn ኣድልዩ")
\t}
}
""")

add("blind-ng/k8s-secret/stringdata-api-key", "deploy/k8s/fleet-gps-secret.yaml", K8S_SECRET, """\
apiVersion: v1
kind: Secret
metadata:
  name: gps-provider
  namespace: ayder-fleet
  annotations:
    ayder.et/owner: "ሃይለ (IT)"
type: Opaque
stringData:
  GPS_API_URL: https://api.trackafrica.example.com/v3
  GPS_API_KEY: "@@s@@"
""", secret=rnd(40))

add("blind-ng/k8s-secret/decoy-external-secret", "deploy/k8s/fleet-gps-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gps-provider
  namespace: ayder-fleet
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: ayder-vault
    kind: ClusterSecretStore
  target:
    name: gps-provider
  data:
    - secretKey: GPS_API_KEY
      remoteRef:
        key: fleet/gps
        property: api_key
""")

add("blind-ng/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: ayder-registry
  namespace: ayder-erp
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(_rp := pw()), enc=b64('{"auths":{"registry.aydersupply.com.et":{"username":"k8s-pull","password":"' + _rp + '"}}}'))

add("blind-ng/java/hardcoded-keystore-password", "quotation-service/src/main/java/et/aydersupply/quote/PdfSigner.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/security/KeyStore.html#load(java.io.InputStream,char%5B%5D)", """\
package et.aydersupply.quote;

import java.io.FileInputStream;
import java.security.KeyStore;

/** ፊርማ ዲጂታል ኣብ ሓሳብ ዋጋ PDF. */
public final class PdfSigner {
    private static final char[] STORE_PASSWORD = "@@s@@".toCharArray();

    public static KeyStore load() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/ayder/quote-signing.p12")) {
            ks.load(in, STORE_PASSWORD);
        }
        return ks;
    }
}
""", secret=pw())

add("blind-ng/java/decoy-system-getenv", "quotation-service/src/main/java/et/aydersupply/quote/MailConfig.java", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/System.html#getenv(java.lang.String)", """\
package et.aydersupply.quote;

/** ኢመይል ሓሳብ ዋጋ — ቃል ምሕላፍ ካብ ከባቢ ጥራይ. */
public final class MailConfig {
    public static final String HOST = "mail.aydersupply.com.et";
    public static final int PORT = 465;
    public static final String USER = "quotes@aydersupply.com.et";

    public static String password() {
        return System.getenv("QUOTE_MAIL_PASSWORD");
    }
}
""")

add("blind-ng/xml/maven-settings-password", "quotation-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- ናይ ውሽጢ Nexus (ኣይደር) -->
  <servers>
    <server>
      <id>ayder-nexus</id>
      <username>ci-deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", secret=pw())

add("blind-ng/xml/decoy-maven-env", "quotation-service/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#quick-overview", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- CI: ቃል ምሕላፍ ካብ ከባቢ ናይ Jenkins -->
  <servers>
    <server>
      <id>ayder-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ng/xml/connection-string-webconfig", "legacy-pos/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- ናይ ቀደም መሸጣ ድኳን (ዓዲ ሓቂ) -->
  <connectionStrings>
    <add name="PosDb" connectionString="Data Source=10.8.0.9;Initial Catalog=AyderPos;User ID=pos;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Branch" value="MQX-ADIHAKI" />
  </appSettings>
</configuration>
""", secret=pw())

add("blind-ng/xml/decoy-encrypted-section", "legacy-pos/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#tripledes-cbc" />
      <CipherData>
        <CipherValue>@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", c=rnd(172, ALNUM + "+/") + "==")

add("blind-ng/shell/curl-bearer-token", "scripts/sync-prices.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/bin/sh
# ዋጋ ሲሚንቶ ካብ ፋብሪካ መሰቦ ምውሳድ (መዓልታዊ 06:00)
set -eu
OUT=/var/lib/ayder/prices/$(date +%F).json
curl -fsS \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Accept: application/json" \\
  "https://dealers.messebo-cement.example.et/api/v1/prices?dealer=AYD-017" -o "$OUT"
php /srv/erp/artisan prices:import "$OUT"
""", secret=rnd(40))

add("blind-ng/shell/decoy-token-file", "scripts/sync-rebar-prices.sh", "https://curl.se/docs/manpage.html#-H", """\
#!/bin/sh
# ዋጋ ሓጺን (rebar) — ቶከን ካብ ፋይል ዝተሓለወ
set -eu
TOKEN="$(cat /etc/ayder/secrets/rebar-api-token)"
curl -fsS -H "Authorization: Bearer ${TOKEN}" \\
  "https://api.rebar-mill.example.et/v2/prices?dealer=AYD-017" -o /tmp/rebar.json
php /srv/erp/artisan prices:import /tmp/rebar.json
""")

add("blind-ng/csv/user-import-passwords", "erp-web/database/seeders/users_mekelle.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
name,email,role,initial_password
ሃይለ ገ.,haile@aydersupply.com.et,admin,
ሳባ ክ.,saba@aydersupply.com.et,sales,
ብርሃነ ተ.,berhane@aydersupply.com.et,warehouse,@@s@@
ምሕረት ኣ.,mihret@aydersupply.com.et,accounts,
""", secret=pw())

add("blind-ng/csv/decoy-bcrypt-hashes", "erp-web/database/seeders/users_adigrat.csv", "https://laravel.com/docs/11.x/hashing", """\
name,email,role,password_hash
ገብረ ሚ.,gebre@aydersupply.com.et,warehouse,$2y$12$@@h1@@
ለተ ሃ.,lete@aydersupply.com.et,sales,$2y$12$@@h2@@
ዳዊት ስ.,dawit@aydersupply.com.et,driver,$2y$12$@@h3@@
ሰላም ብ.,selam@aydersupply.com.et,accounts,$2y$12$@@h4@@
""", h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"), h4=rnd(53, ALNUM + "./"))

add("blind-ng/netrc/machine-password", "ops/home/yonas/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """\
# ሃርነት ቡን — ናይ ዮናስ ኮምፒተር
machine git.harnetbun.com.er
  login yonas
  password @@s@@
machine files.harnetbun.com.er
  login yonas
""", secret=tok("glpat-", 20))

add("blind-ng/pgpass/password-line", "ops/home/finance/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
# ሪፖርት ፋይናንስ (ኣይደር)
10.8.0.5:5432:ayder_erp:finance_ro:@@s@@
localhost:5432:*:postgres:
10.8.0.5:5432:ayder_fleet:finance_ro:
""", secret=pw())

add("blind-ng/git-credentials/https-token", "ops/home/saba/.git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """\
https://saba:@@s@@@github.com
https://saba@git.aydersupply.com.et
https://saba@bitbucket.org
https://saba@dev.azure.com
https://saba@gitlab.com
""", secret=fakes.github_token(_seed()))

add("blind-ng/npmrc/auth-token", "erp-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# ፓኬጃት ቅጥዒ ERP (@ayder/*)
@ayder:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@s@@
save-exact=true
fund=false
""", secret=fakes.github_token(_seed()))

add("blind-ng/npmrc/decoy-env-token", "loyalty-api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
# ቶከን ካብ ከባቢ (NPM_TOKEN ኣብ CI)
@harnet:registry=https://npm.pkg.harnetbun.com.er/
//npm.pkg.harnetbun.com.er/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
""")

add("blind-ng/pip-conf/index-url-password", "roastery/scale-reporter/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
# ፓኬጃት ውሽጢ (harnet-scale, harnet-labels)
[global]
index-url = https://roastery:@@s@@@pypi.harnetbun.com.er/simple/
extra-index-url = https://pypi.org/simple/
timeout = 30
""", secret=pw())

add("blind-ng/pypirc/pypi-token", "roastery/labels-lib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

# ፓኬጅ harnet-labels (ምስሊ ቡን ዝሕትም)
[pypi]
username = __token__
password = @@s@@
""", secret=fakes.pypi_token(_seed()))

add("blind-ng/pypirc/decoy-keyring-note", "roastery/scale-lib/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """\
[distutils]
index-servers =
    pypi

# ቶከን ኣብ keyring ይቕመጥ: `keyring set https://upload.pypi.org/legacy/ __token__`
[pypi]
username = __token__
""")

add("blind-ng/rclone/s3-secret", "ops/backup/rclone.conf", "https://rclone.org/s3/#configuration", """\
# ባክኣፕ ስእልታት ዝርዝር ቡንን ሪፖርታትን
[harnet-b2]
type = s3
provider = Other
endpoint = https://s3.eu-central-003.backblazeb2.com
access_key_id = 003@@kid@@
secret_access_key = @@s@@
acl = private
""", kid=hexs(21), secret=rnd(31, ALNUM + "/+"))

add("blind-ng/rclone/decoy-obscured-empty", "ops/backup/rclone.example.conf", "https://rclone.org/docs/#config-file", """\
# ኣብነት — `rclone config` ባዕሉ ይመልኦ
[harnet-b2]
type = s3
provider = Other
endpoint = https://s3.eu-central-003.backblazeb2.com
access_key_id =
secret_access_key =
env_auth = true
""")

add("blind-ng/filezilla/base64-password", "ops/clients/FileZilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0">
  <Servers>
    <Server>
      <Host>sftp.aydersupply.com.et</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>drawings</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>ስእልታት ኮንትራክተራት</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_fz := pw()), enc=b64(_fz))

add("blind-ng/filezilla/decoy-no-password", "ops/clients/FileZilla/sitemanager-warehouse.xml", "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0">
  <Servers>
    <Server>
      <Host>sftp.aydersupply.com.et</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Logontype>2</Logontype>
      <User>warehouse</User>
      <Name>መኽዘን (ቃል ምሕላፍ ይሕተት)</Name>
    </Server>
  </Servers>
</FileZilla3>
""")

add("blind-ng/msmtp/smtp-password", "ops/home/roastery/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Configuration-files", """\
# ሪፖርት ምቑላው ብ ኢመይል
defaults
auth on
tls on
account harnet
host smtp.harnetbun.com.er
port 587
from roastery-reports@harnetbun.com.er
user roastery-reports@harnetbun.com.er
password @@s@@
account default : harnet
""", secret=pw())

add("blind-ng/msmtp/decoy-passwordeval", "ops/home/backoffice/.msmtprc", "https://marlam.de/msmtp/msmtp.html#Authentication", """\
# ቃል ምሕላፍ ካብ pass (gpg) ይመጽእ
defaults
auth on
tls on
account harnet
host smtp.harnetbun.com.er
port 587
user backoffice@harnetbun.com.er
passwordeval "pass show harnet/smtp-backoffice"
account default : harnet
""")

add("blind-ng/notes/password-in-sentence", "docs/notes/2026-11-handover.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
ምርካብ ስራሕ — ካብ ሳባ ናብ ብርሃነ (ሕዳር 2026)

- ሚዛን መኪና ኣብ መኽዘን ቁ. 1 ሓድሽ ሶፍትዌር ተገይሩሉ።
- ናይ weighbridge ተጠቃሚ ኣብ ዳታቤዝ ሓድሽ ቃል ምሕላፍ ሂበዮ: @@s@@ (ንሰሙን ጥራይ፡ ድሕሪኡ ቀይሮ)
- ፋብሪካ ሲሚንቶ መሰቦ ዋጋ ብ 4% ወሲኹ ካብ 1 ታሕሳስ።
- መኪና ቁ. 3-A41207 ጎማ ይደሊ።
""", secret=pw())

add("blind-ng/notes/decoy-rotated-note", "docs/notes/2026-10-handover.txt", "https://www.rfc-editor.org/rfc/rfc1855", """\
ምርካብ ስራሕ — ካብ ሃይለ ናብ ሳባ (ጥቅምቲ 2026)

- ቃል ምሕላፍ weighbridge ተቐይሩ፡ ሓድሹ ኣብ 1Password ("Weighbridge DB") ኣሎ።
- ናይ ቀደም ቃል ምሕላፍ ተሰሪዙ (revoked) — ኣይትጠቀመሉ።
- ሓሳብ ዋጋ ቁ. Q-2026-0917 ናብ ኮንትራክተር ሕድሪ ተላኢኹ።
- ሰሙን ዝመጽእ ቆጸራ ምስ ባንኪ ንግዲ።
""")

add("blind-ng/python/split-password", "warehouse/weighbridge/db.py", "https://www.psycopg.org/docs/module.html#psycopg2.connect", """\
\"\"\"ሚዛን መኪና — ክብደት ናብ ዳታቤዝ ይመዝግብ።\"\"\"
import psycopg2

CONN = psycopg2.connect(
    host="10.8.0.5",
    dbname="ayder_warehouse",
    user="weighbridge",
    password=("@@a@@"
              "@@b@@"),
)
""", secret=(_sp := pw()), a=_sp[:7], b=_sp[7:])

add("blind-ng/python/decoy-default-none", "warehouse/weighbridge/settings.py", "https://docs.python.org/3/library/os.html#os.getenv", """\
\"\"\"ቅጥዒ ሚዛን — ዋጋታት ካብ ከባቢ።\"\"\"
import os

DB_HOST = os.getenv("WB_DB_HOST", "10.8.0.5")
DB_NAME = os.getenv("WB_DB_NAME", "ayder_warehouse")
DB_USER = os.getenv("WB_DB_USER", "weighbridge")
DB_PASSWORD = os.getenv("WB_DB_PASSWORD")  # ብ systemd EnvironmentFile
SCALE_PORT = os.getenv("WB_SCALE_PORT", "/dev/ttyS0")
""")

add("blind-ng/javascript/google-service-json-string", "quote-portal/server/sheets.js", "https://cloud.google.com/nodejs/docs/reference/google-auth-library/latest#json-web-tokens", """\
// ዝርዝር ዋጋታት ካብ Google Sheets (ሰራሕተኛታት መሸጣ ዝመልእዎ)
const { JWT } = require('google-auth-library');

const sa = JSON.parse('{"client_email":"sheets@ayder-prices.iam.gserviceaccount.com","private_key":"@@s@@"}');

const auth = new JWT({
  email: sa.client_email,
  key: sa.private_key,
  scopes: ['https://www.googleapis.com/auth/spreadsheets.readonly'],
});

module.exports = { auth };
""", secret=pkcs8().replace("\n", "\\\\n"))

add("blind-ng/javascript/decoy-key-file-path", "quote-portal/server/drive.js", "https://cloud.google.com/docs/authentication/application-default-credentials", """\
// ስእልታት ህንጻ ካብ Google Drive — ADC ይጥቀም
const { GoogleAuth } = require('google-auth-library');

// GOOGLE_APPLICATION_CREDENTIALS=/etc/ayder/drive-sa.json ኣብ ሰርቨር
const auth = new GoogleAuth({
  scopes: ['https://www.googleapis.com/auth/drive.readonly'],
});

module.exports = { auth };
""")

add("blind-ng/yaml/github-actions-slack-inline", ".github/workflows/erp-deploy.yml", "https://github.com/slackapi/slack-github-action#technique-3-slack-incoming-webhook", """\
name: erp-deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh production
      - name: ሓበሬታ ናብ Slack
        uses: slackapi/slack-github-action@v1.27.0
        with:
          payload: '{"text":"ERP ኣብ production ተዘርጊሑ ✅"}'
        env:
          SLACK_WEBHOOK_URL: @@s@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", secret=slack_hook())

add("blind-ng/yaml/decoy-slack-secret-ref", ".github/workflows/erp-test.yml", GHA, """\
name: erp-test
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: composer install && php artisan test
      - if: failure()
        uses: slackapi/slack-github-action@v1.27.0
        with:
          payload: '{"text":"ፈተነ ERP ፈሺሉ ❌"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""")

add("blind-ng/jenkinsfile/password-in-sh", "quotation-service/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent any
  stages {
    stage('Build') {
      steps { sh './mvnw -B package' }
    }
    stage('Deploy') {
      steps {
        // ናብ ሰርቨር ሓሳብ ዋጋ (መቐለ)
        sh 'sshpass -p "@@s@@" scp target/quote.jar deploy@10.8.0.7:/opt/quote/'
      }
    }
  }
}
""", secret=pw())

add("blind-ng/jenkinsfile/decoy-credentials-binding", "fleet/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    // ካብ Jenkins credentials store
    FLEET_DEPLOY = credentials('fleet-deploy-ssh')
  }
  stages {
    stage('Deploy') {
      steps {
        sh 'scp -i "$FLEET_DEPLOY" bin/tracker deploy@10.8.0.7:/opt/fleet/'
      }
    }
  }
}
""")

add("blind-ng/terraform/tfvars-password", "infra/terraform/ayder/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# ኣይደር — production
region         = "af-south-1"
erp_db_user    = "erp_admin"
erp_db_password = "@@s@@"
erp_instance   = "t3.medium"
backup_bucket  = "ayder-erp-backups"
""", secret=pw())

add("blind-ng/terraform/decoy-random-password", "infra/terraform/ayder/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password", """\
# መሕለፊ ቃል ዳታቤዝ ብ Terraform ይፍጠር፡ ኣብ Secrets Manager ይዕቀብ
resource "random_password" "erp_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "erp_db" {
  secret_id     = aws_secretsmanager_secret.erp_db.id
  secret_string = random_password.erp_db.result
}
""")

add("blind-ng/ruby/database-yml-password", "delivery-tracker/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
# ምክትታል ምብጻሕ ኣቕሑ ህንጻ
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  host: 10.8.0.5
  database: ayder_delivery
  username: delivery
  password: @@s@@
""", secret=pw())

add("blind-ng/ruby/decoy-erb-env", "delivery-tracker/config/database.staging.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

staging:
  <<: *default
  host: <%= ENV.fetch("DB_HOST", "10.8.0.6") %>
  database: ayder_delivery_staging
  username: delivery
  password: <%= ENV["DELIVERY_DB_PASSWORD"] %>
""")

add("blind-ng/csharp/azure-storage-key", "invoices/Ayder.Invoices/BlobStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

namespace Ayder.Invoices;

// ፋክቱራታት PDF ኣብ Azure Blob
public static class BlobStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=ayderinvoices;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Invoices() => new BlobContainerClient(Conn, "invoices");
}
""", secret=azure_account_key())

add("blind-ng/csharp/decoy-managed-identity", "invoices/Ayder.Invoices/BlobStoreMi.cs", "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/identity-readme", """\
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Ayder.Invoices;

// Managed Identity — ቁልፊ ኣየድልን
public static class BlobStoreMi
{
    public static BlobContainerClient Invoices() => new BlobContainerClient(
        new Uri("https://ayderinvoices.blob.core.windows.net/invoices"), new DefaultAzureCredential());
}
""")

add("blind-ng/kotlin/gradle-properties-password", "driver-app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
# መተግበሪ ሹፌራት (ኣይደር)
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ፊርማ APK
AYDER_KEYSTORE=ayder-release.jks
AYDER_KEY_ALIAS=driver
AYDER_KEYSTORE_PASSWORD=@@s@@
""", secret=pw())

add("blind-ng/kotlin/decoy-gradle-providers", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/building-cmdline#sign_cmdline", """\
android {
    signingConfigs {
        create("release") {
            // ቃል ምሕላፍ ካብ ~/.gradle/gradle.properties ወይ CI ከባቢ
            storeFile = file(providers.gradleProperty("AYDER_KEYSTORE").get())
            storePassword = providers.environmentVariable("AYDER_KEYSTORE_PASSWORD").orNull
            keyAlias = "driver"
            keyPassword = providers.environmentVariable("AYDER_KEY_PASSWORD").orNull
        }
    }
}
""")

add("blind-ng/wiki/mediawiki-table-password", "docs/wiki/Warehouse_Scales.wiki", "https://www.mediawiki.org/wiki/Help:Tables", """\
== ሚዛናት መኽዘን (ኣይደር) ==
{| class="wikitable"
! ቦታ !! ሞዴል !! IP !! ተጠቃሚ !! መሕለፊ ቃል
|-
| መኽዘን 1 (ኲሓ) || Mettler IND570 || 10.8.1.21 || service || @@s@@
|-
| መኽዘን 2 (ዓዲግራት) || Avery E1205 || 10.9.1.21 || service || ''ኣብ 1Password''
|}
""", secret=pw())

add("blind-ng/wiki/decoy-mediawiki-template", "docs/wiki/New_Branch_Checklist.wiki", "https://www.mediawiki.org/wiki/Help:Templates", """\
== ሓድሽ ጨንፈር ቡን ምኽፋት ==
# ራውተር ኣዳልው — መሕለፊ ቃል ብ <code>pwgen -s 20 1</code> ፍጠር፡ ኣብ 1Password ኣቐምጥ
# POS ኣእቱ: ቶከን ምትእስሳር ካብ backoffice → ''Devices'' → ''New''
# {{Password|REDACTED}} ኣብዚ ገጽ ኣይትጽሓፍ
# ማሽን ቡን: ቴክኒሻን ካብ ኣስመራ
""")

add("blind-ng/go/stripe-webhook-secret", "loyalty-webhooks/handler.go", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
package webhooks

import (
\t"io"
\t"net/http"

\t"github.com/stripe/stripe-go/v79/webhook"
)

// ምስጢር ፊርማ webhook (ካርድ ኣባላት)
const endpointSecret = "@@s@@"

func Handle(w http.ResponseWriter, r *http.Request) {
\tbody, _ := io.ReadAll(r.Body)
\tif _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), endpointSecret); err != nil {
\t\thttp.Error(w, "ፊርማ ጌጋ", http.StatusBadRequest)
\t}
}
""", secret=tok("whsec_", 32))

add("blind-ng/php/telegram-bot-url", "erp-web/app/Notifications/LowStockTelegram.php", "https://core.telegram.org/bots/api#making-requests", """\
<?php

namespace App\\Notifications;

use Illuminate\\Support\\Facades\\Http;

// መጠንቀቕታ: ሲሚንቶ ኣብ መኽዘን ትሑት እዩ
class LowStockTelegram
{
    public static function send(string $item, int $bags): void
    {
        Http::post('https://api.telegram.org/bot@@s@@/sendMessage', [
            'chat_id' => '-1001873345120',
            'text' => "⚠️ {$item}: {$bags} ኮርባ ጥራይ ተሪፉ",
        ]);
    }
}
""", secret=fakes.telegram_token(_seed()))

add("blind-ng/php/decoy-telegram-config", "erp-web/app/Notifications/DeliveryTelegram.php", "https://core.telegram.org/bots/api#making-requests", """\
<?php

namespace App\\Notifications;

use Illuminate\\Support\\Facades\\Http;

class DeliveryTelegram
{
    public static function send(string $text): void
    {
        $token = config('services.telegram.bot_token'); // ካብ .env: TELEGRAM_BOT_TOKEN
        Http::post("https://api.telegram.org/bot{$token}/sendMessage", ['chat_id' => config('services.telegram.chat'), 'text' => $text]);
    }
}
""")

add("blind-ng/python/telebirr-app-key", "erp-payments/telebirr/client.py", "https://docs.python.org/3/library/hmac.html", """\
\"\"\"ክፍሊት ብ telebirr (ዓማዊል ዝሓጸሩ ኮንትራክተራት)።\"\"\"
import hashlib
import time

APP_ID = "a1b2c3d4e5f6ayder"
SHORT_CODE = "220417"
APP_KEY = "@@s@@"


def sign(params: dict) -> str:
    params = dict(params, appKey=APP_KEY, timestamp=str(int(time.time() * 1000)))
    raw = "&".join(f"{k}={params[k]}" for k in sorted(params))
    return hashlib.sha256(raw.encode()).hexdigest().upper()
""", secret=hexs(32))

add("blind-ng/python/decoy-sample-signature", "erp-payments/telebirr/test_sign.py", "https://docs.pytest.org/en/stable/how-to/assert.html", """\
\"\"\"ፈተነ ፊርማ — ዋጋታት ናይ ፈተነ ጥራይ (fake)።\"\"\"
from erp_payments.telebirr import client

FAKE_KEY = "fake-app-key-for-tests"


def test_sign_is_upper_hex(monkeypatch):
    monkeypatch.setattr(client, "APP_KEY", FAKE_KEY)
    sig = client.sign({"outTradeNo": "T-0001", "totalAmount": "100"})
    assert len(sig) == 64 and sig == sig.upper()
""")

add("blind-ng/yaml/spring-datasource", "quotation-service/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.configuration", """\
# ኣገልግሎት ሓሳብ ዋጋ — production
spring:
  datasource:
    url: jdbc:postgresql://10.8.0.5:5432/ayder_erp
    username: quote_svc
    password: @@s@@
  jpa:
    hibernate:
      ddl-auto: validate
quote:
  vat-percent: 15
  currency: ETB
""", secret=pw())

add("blind-ng/yaml/decoy-spring-config-import", "quotation-service/src/main/resources/application-staging.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """\
spring:
  config:
    import: vault://secret/quotation-service
  datasource:
    url: jdbc:postgresql://10.8.0.6:5432/ayder_erp_staging
    username: quote_svc
    password: ${db.password}  # ካብ Vault
quote:
  vat-percent: 15
  currency: ETB
""")

add("blind-ng/json/dotnet-user-secrets", "invoices/Ayder.Invoices/secrets.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets#how-the-secret-manager-tool-works", """\
{
  "Smtp:Host": "mail.aydersupply.com.et",
  "Smtp:User": "invoices@aydersupply.com.et",
  "Smtp:Password": "@@s@@",
  "Invoices:Prefix": "AYD-INV"
}
""", secret=pw())

add("blind-ng/compose/mssql-sa-password", "legacy-pos/docker-compose.yml", "https://learn.microsoft.com/en-us/sql/linux/quickstart-install-connect-docker", """\
# ናይ ቀደም POS ንፈተነ ምምላስ (restore) ጥራይ
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@s@@"
    ports:
      - "1433:1433"
    volumes:
      - ./backups:/var/opt/mssql/backup
""", secret=pw())

add("blind-ng/compose/decoy-secrets-file", "delivery-tracker/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  web:
    image: registry.aydersupply.com.et/delivery-tracker:1.6.0
    environment:
      DB_PASSWORD_FILE: /run/secrets/delivery_db_password
    secrets:
      - delivery_db_password
secrets:
  delivery_db_password:
    file: ./secrets/delivery_db_password.txt  # ኣብ .gitignore ኣሎ
""")

add("blind-ng/markdown/readme-quickstart-token", "fleet/README.md", "https://www.markdownguide.org/basic-syntax/#code-blocks", """\
# fleet — ምክትታል መካይን ጽዕነት

ኣብ ኮምፒተርካ ንምፍታን:

```sh
export GPS_API_URL=https://api.trackafrica.example.com/v3
export GPS_API_KEY=@@s@@
go run ./cmd/tracker
```

መካይን 14 ኣለዋና (ሲሚንቶ፡ ሓጺን፡ ብሎኬት)።
""", secret=rnd(40))

add("blind-ng/markdown/decoy-readme-placeholder", "delivery-tracker/README.md", "https://www.markdownguide.org/basic-syntax/#code-blocks", """\
# delivery-tracker

```sh
cp .env.example .env
# DELIVERY_DB_PASSWORD=<ካብ ሃይለ ሕተት>
bin/rails db:setup
bin/rails server
```

ሓበሬታ: ኩሉ ምብጻሕ ብ ቁጽሪ ትእዛዝ (AYD-ORD-xxxxx) ይክተል።
""")

add("blind-ng/env/sentry-dsn-and-secret", "quote-portal/.env.local", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """\
NEXT_PUBLIC_SENTRY_DSN=https://@@pub@@@o450123.ingest.sentry.io/5512345
NEXT_PUBLIC_SITE=https://quote.aydersupply.com.et
# ሕቶ ዋጋ ካብ ዌብሳይት ናብ ERP
ERP_API_TOKEN=@@s@@
ERP_API_URL=https://erp.aydersupply.com.et/api
""", pub=hexs(32), secret="ayd_" + rnd(40))

add("blind-ng/env/decoy-public-next-vars", "quote-portal/.env", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser", """\
# ህዝባዊ ዋጋታት ጥራይ (NEXT_PUBLIC_* ናብ browser ይኸዱ)
NEXT_PUBLIC_SENTRY_DSN=https://@@pub@@@o450123.ingest.sentry.io/5512345
NEXT_PUBLIC_SITE=https://quote.aydersupply.com.et
NEXT_PUBLIC_MAP_STYLE=mapbox://styles/ayder/clx0quote
ERP_API_TOKEN=
""", pub=hexs(32))

add("blind-ng/shell/mysqldump-password", "ops/backup/nightly-menu.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/usr/bin/env bash
# ባክኣፕ ዳታቤዝ ዝርዝር ቡን — ለይቲ 01:30
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump --single-transaction -h db.internal.harnetbun.com.er -u backup \\
  --password='@@s@@' harnet_menu | gzip > /backups/menu-$STAMP.sql.gz
find /backups -name 'menu-*.sql.gz' -mtime +14 -delete
""", secret=pw())

add("blind-ng/shell/decoy-defaults-extra-file", "ops/backup/nightly-pos.sh", "https://dev.mysql.com/doc/refman/8.0/en/option-file-options.html", """\
#!/usr/bin/env bash
# ባክኣፕ POS — ቃል ምሕላፍ ኣብ /root/.backup.cnf (chmod 600)
set -euo pipefail
STAMP=$(date +%Y%m%d)
mysqldump --defaults-extra-file=/root/.backup.cnf --single-transaction harnet_pos | gzip > /backups/pos-$STAMP.sql.gz
sha256sum /backups/pos-$STAMP.sql.gz >> /backups/SHA256SUMS
""")

add("blind-ng/powershell/invoke-restmethod-key", "backoffice/scripts/Export-DailySales.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """\
# መሸጣ መዓልቲ ናብ ሓላፊ ፋይናንስ (Excel)
$date = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
$headers = @{ 'X-Api-Key' = '@@s@@' }
$rows = Invoke-RestMethod -Uri "https://pos.harnetbun.com.er/api/reports/sales?date=$date" -Headers $headers
$rows | Export-Csv -Path "\\\\files\\finance\\sales-$date.csv" -NoTypeInformation -Encoding UTF8
Write-Host "ሪፖርት $date ተዳልዩ"
""", secret="hb_live_" + rnd(40))

add("blind-ng/powershell/decoy-secretmanagement", "backoffice/scripts/Export-WeeklySales.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# ቁልፊ ካብ SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
$key = Get-Secret -Name 'HarnetPosReportsKey' -AsPlainText
$headers = @{ 'X-Api-Key' = $key }
$rows = Invoke-RestMethod -Uri 'https://pos.harnetbun.com.er/api/reports/sales/weekly' -Headers $headers
$rows | Export-Csv -Path '\\\\files\\finance\\weekly.csv' -NoTypeInformation -Encoding UTF8
""")

add("blind-ng/k8s/env-value-password", "deploy/k8s/delivery-tracker-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: delivery-tracker
  namespace: ayder-erp
spec:
  replicas: 2
  selector: { matchLabels: { app: delivery-tracker } }
  template:
    metadata: { labels: { app: delivery-tracker } }
    spec:
      containers:
        - name: web
          image: registry.aydersupply.com.et/delivery-tracker:1.6.0
          env:
            - name: DELIVERY_DB_PASSWORD
              value: "@@s@@"
""", secret=pw())

add("blind-ng/k8s/decoy-secretkeyref", "deploy/k8s/quotation-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/#define-container-environment-variables-using-secret-data", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: quotation
  namespace: ayder-erp
spec:
  replicas: 1
  selector: { matchLabels: { app: quotation } }
  template:
    metadata: { labels: { app: quotation } }
    spec:
      containers:
        - name: app
          image: registry.aydersupply.com.et/quotation:2.2.0
          env:
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom: { secretKeyRef: { name: quotation-db, key: password } }
""")

add("blind-ng/k8s-secret/tls-private-key", "deploy/k8s/erp-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: erp-tls
  namespace: ayder-erp
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", secret=(_tk := pem("EC")), crt=b64("-----BEGIN CERTIFICATE-----\n" + rnd(64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"), enc=b64(_tk + "\n"))

add("blind-ng/k8s-secret/decoy-tls-cert-only", "deploy/k8s/erp-ca.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: ayder-ca
  namespace: ayder-erp
data:
  # ሰርቲፊኬት CA ውሽጢ (ህዝባዊ)
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    -----END CERTIFICATE-----
""", c1=rnd(64, ALNUM + "+/"), c2=rnd(40, ALNUM + "+/") + "==")

add("blind-ng/typescript/firebase-admin-inline", "loyalty-api/src/push.ts", "https://firebase.google.com/docs/admin/setup", """\
import { initializeApp, cert } from 'firebase-admin/app';

// መልእኽቲ push ናብ ኣባላት: "ቡንካ ድሉው እዩ"
initializeApp({
  credential: cert({
    projectId: 'harnet-bun-app',
    clientEmail: 'push-sender@harnet-bun-app.iam.gserviceaccount.com',
    privateKey: `@@s@@`,
  }),
});
""", secret=pkcs8())

add("blind-ng/typescript/decoy-firebase-web-config", "loyalty-web/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different", """\
import { initializeApp } from 'firebase/app';

// ቅጥዒ Firebase ንብሮውዘር (ህዝባዊ፡ ብ App Check ዝተሓለወ)
export const app = initializeApp({
  authDomain: 'harnet-bun-app.firebaseapp.com',
  projectId: 'harnet-bun-app',
  appId: '1:@@num@@:web:@@app@@',
  messagingSenderId: '@@num@@',
});
""", num=str(_rng().randint(10**11, 10**12)), app=hexs(22))

add("blind-ng/xml/android-strings-secret", "driver-app/app/src/main/res/values/secrets.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">ኣይደር ሹፌር</string>
    <string name="gps_upload_url">https://fleet.aydersupply.com.et/api/positions</string>
    <string name="gps_upload_secret">@@s@@</string>
    <string name="support_phone">+251 34 440 0000</string>
</resources>
""", secret=rnd(36))

add("blind-ng/xml/decoy-android-strings", "driver-app/app/src/main/res/values-ti/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """\
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">ኣይደር ሹፌር</string>
    <string name="login_password_hint">መሕለፊ ቃል</string>
    <string name="login_token_hint">ቶከን ካብ ቤት ጽሕፈት</string>
    <string name="delivery_done">ኣቕሓ ተረኪቡ</string>
</resources>
""")

add("blind-ng/json/docker-registry-auth", "ops/clients/harnet-ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.harnetbun.com.er": {
      "auth": "@@s@@"
    }
  },
  "HttpHeaders": { "User-Agent": "harnet-ci" }
}
""", secret=b64("ci-kiosk:" + pw()))

add("blind-ng/json/decoy-docker-credstore", "ops/clients/yonas/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.harnetbun.com.er": {},
    "registry.aydersupply.com.et": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("blind-ng/sql/connection-in-comment", "analytics/sql/monthly_cement_sales.sql", "https://www.postgresql.org/docs/current/app-psql.html", """\
-- ሸያጥ ሲሚንቶ ወርሓዊ (ብ ኮርባ)
-- ምሕላፍ: psql "postgresql://finance_ro:@@s@@@10.8.0.5/ayder_erp" -f monthly_cement_sales.sql
SELECT date_trunc('month', o.created_at) AS month,
       p.name AS product,
       SUM(oi.quantity) AS bags
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN products p ON p.id = oi.product_id
WHERE p.category = 'cement'
GROUP BY 1, 2
ORDER BY 1, 2;
""", secret=pw())

add("blind-ng/sql/decoy-psql-variable", "analytics/sql/monthly_rebar_sales.sql", "https://www.postgresql.org/docs/current/libpq-envars.html", """\
-- ሸያጥ ሓጺን ወርሓዊ
-- ምሕላፍ: PGPASSFILE=~/.pgpass psql -h 10.8.0.5 -U finance_ro ayder_erp -f monthly_rebar_sales.sql
SELECT date_trunc('month', o.created_at) AS month,
       SUM(oi.quantity * oi.unit_price) AS birr
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
WHERE oi.sku LIKE 'REBAR-%'
GROUP BY 1 ORDER BY 1;
""")

add("blind-ng/mosquitto/mqtt-password", "espresso-telemetry/deploy/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# ድልድል MQTT: ማሽናት ቡን ጨንፈር → ማእከል ኣስመራ
connection harnet-central
address mqtt.harnetbun.com.er:8883
topic machines/# out 1
remote_username branch-tiravolo
remote_password @@s@@
bridge_cafile /etc/mosquitto/ca.crt
cleansession false
""", secret=pw())

add("blind-ng/mosquitto/decoy-password-file-hash", "espresso-telemetry/deploy/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
branch-tiravolo:$7$101$@@s1@@$@@h1@@
branch-godaif:$7$101$@@s2@@$@@h2@@
branch-harnet-ave:$7$101$@@s3@@$@@h3@@
branch-taulud:$7$101$@@s4@@$@@h4@@
central-ingest:$7$101$@@s5@@$@@h5@@
""", s1=rnd(16, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/") + "==", s2=rnd(16, ALNUM + "+/"), h2=rnd(86, ALNUM + "+/") + "==",
    s3=rnd(16, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/") + "==", s4=rnd(16, ALNUM + "+/"), h4=rnd(86, ALNUM + "+/") + "==",
    s5=rnd(16, ALNUM + "+/"), h5=rnd(86, ALNUM + "+/") + "==")

add("blind-ng/python/slack-bot-token", "ops/bots/stock_report.py", "https://slack.dev/python-slack-sdk/web/index.html", """\
\"\"\"ሪፖርት መኽዘን ሰሙናዊ ናብ #ayder-stock (ሰንበት ምሸት)።\"\"\"
from slack_sdk import WebClient

client = WebClient(token="@@s@@")


def post(rows):
    lines = [f"• {r['item']}: {r['qty']} {r['unit']}" for r in rows]
    client.chat_postMessage(channel="#ayder-stock", text="ክምችት መኽዘን:\\n" + "\\n".join(lines))
""", secret=f"xoxb-{_rng().randint(10**10, 10**11)}-{_rng().randint(10**12, 10**13)}-" + rnd(24))

add("blind-ng/python/decoy-slack-docs-example", "ops/bots/README_snippet.py", "https://api.slack.com/authentication/token-types#bot", """\
\"\"\"ኣብነት ካብ ሰነድ — ቶከን ናይ ሓቂ ኣይኮነን፡ ካብ SLACK_BOT_TOKEN ተጠቐም።\"\"\"
import os
from slack_sdk import WebClient

# ቅርጺ ቶከን bot ከምዚ እዩ: xoxb-<team>-<bot>-<secret>
client = WebClient(token=os.environ.get("SLACK_BOT_TOKEN", "xoxb-your-bot-token"))
client.chat_postMessage(channel="#ayder-stock", text="ፈተነ")
""")

add("blind-ng/wireguard/private-key", "ops/vpn/wg-adigrat.conf", "https://www.wireguard.com/quickstart/#nat-and-firewall-traversal-persistence", """\
# VPN መኽዘን ዓዲግራት → መቐለ
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@s@@
DNS = 10.8.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.aydersupply.com.et:51820
AllowedIPs = 10.8.0.0/16
PersistentKeepalive = 25
""", secret=rnd(43, ALNUM + "+/") + "=", pub=rnd(43, ALNUM + "+/") + "=")

add("blind-ng/wireguard/decoy-peer-public-keys", "ops/vpn/wg-mekelle-peers.conf", "https://www.wireguard.com/quickstart/", """\
# ኣብ ሰርቨር መቐለ: ህዝባዊ ቁልፍታት ናይ ጨናፍር ጥራይ (PrivateKey ኣብ /etc/wireguard/private.key)
[Peer]
# ዓዲግራት
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32

[Peer]
# ኲሓ
PublicKey = @@p2@@
AllowedIPs = 10.99.0.3/32
""", p1=rnd(43, ALNUM + "+/") + "=", p2=rnd(43, ALNUM + "+/") + "=")

add("blind-ng/wpa-supplicant/wifi-psk", "ops/provision/wpa_supplicant-harnet-ave.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
# ስክሪን ዝርዝር ቡን — ጨንፈር ጎደና ሃርነት
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ER

network={
    ssid="HarnetBun-Staff"
    psk="@@s@@"
    key_mgmt=WPA-PSK
}
""", secret=pw())

add("blind-ng/wpa-supplicant/decoy-guest-open", "ops/provision/wpa_supplicant-guest.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """\
# ኔትዎርክ ዓማዊል (ክፉት፡ ብዘይ ቃል ምሕላፍ) — ንፈተነ ስክሪን ጥራይ
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ER

network={
    ssid="HarnetBun-Guest"
    key_mgmt=NONE
}
""")

add("blind-ng/php/wp-config-password", "website/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", """\
<?php
// ብሎግ ሃርነት ቡን (ዛንታ ቡን ኤርትራ)
define( 'DB_NAME', 'harnet_blog' );
define( 'DB_USER', 'blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.internal.harnetbun.com.er' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'hb_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", secret=pw())

add("blind-ng/php/decoy-wp-config-sample", "website/blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
// ኣብነት — ናብ wp-config.php ቅዳሕ
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'hb_';
""")

add("blind-ng/typescript/mongodb-srv-uri", "loyalty-api/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
import { MongoClient } from 'mongodb';

// ታሪኽ ነጥቢ ኣባላት (points ledger)
const uri = 'mongodb+srv://loyalty_app:@@s@@@harnet-cluster0.x7k2p.mongodb.net/loyalty?retryWrites=true&w=majority';

export const client = new MongoClient(uri);
export const ledger = () => client.db('loyalty').collection('points_ledger');
""", secret=pw())

add("blind-ng/typescript/decoy-mongodb-uri-env", "loyalty-api/src/db.dev.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
import { MongoClient } from 'mongodb';

// ኣብ ኮምፒተርካ: mongodb://localhost (ብዘይ መረጋገጺ)፡ ወይ MONGO_URI
const uri = process.env.MONGO_URI ?? 'mongodb://localhost:27017/loyalty';

export const client = new MongoClient(uri);
export const ledger = () => client.db('loyalty').collection('points_ledger');
""")

add("blind-ng/env/mailchimp-key", "newsletter/.env", DOTENV, """\
# ጋዜጣ ወርሓዊ
RAILS_ENV=production
MAILCHIMP_API_KEY=@@s@@
MAILCHIMP_LIST_ID=@@lid@@
NEWSLETTER_FROM=news@harnetbun.com.er
""", secret=hexs(32) + "-us21", lid=hexs(10))

add("blind-ng/yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# ምክትታል ሰርቨራት ኣይደር
api_key: @@s@@
site: datadoghq.eu
hostname: ayder-erp-01
tags:
  - env:production
  - site:mekelle
logs_enabled: true
""", secret=hexs(32))

add("blind-ng/yaml/decoy-datadog-env", "ops/datadog/datadog.staging.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """\
# api_key ብ DD_API_KEY ካብ ከባቢ ይወሃብ (ኣብዚ ባዶ)
api_key:
site: datadoghq.eu
hostname: ayder-erp-staging
tags:
  - env:staging
  - site:mekelle
""")

add("blind-ng/shell/digitalocean-token", "infra/scripts/resize-droplet.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
#!/usr/bin/env bash
# ዌብሳይት ሓሳብ ዋጋ: ኣብ ወርሒ ምዝጋብ (ሰሙን ናይ ጨረታ) droplet ምዕባይ
set -euo pipefail
DO_TOKEN="@@s@@"
DROPLET=412887301
curl -fsS -X POST -H "Authorization: Bearer $DO_TOKEN" -H "Content-Type: application/json" \\
  -d '{"type":"resize","size":"s-4vcpu-8gb"}' \\
  "https://api.digitalocean.com/v2/droplets/$DROPLET/actions"
""", secret="dop_v1_" + hexs(64))

add("blind-ng/shell/decoy-doctl-auth", "infra/scripts/list-droplets.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", """\
#!/usr/bin/env bash
# doctl ቅድም ብ `doctl auth init` (ቶከን ብኢድ ይኣቱ) ተዳልዩ ክኸውን ኣለዎ
set -euo pipefail
doctl auth switch --context ayder
doctl compute droplet list --format ID,Name,Memory,Region
doctl compute droplet list --tag-name quote-portal --format ID,PublicIPv4
""")

add("blind-ng/yaml/vault-token-ci", ".woodpecker/deploy.yml", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """\
# Woodpecker CI — ምዝርጋሕ ERP
steps:
  deploy:
    image: hashicorp/vault:1.17
    environment:
      VAULT_ADDR: https://vault.aydersupply.com.et
      VAULT_TOKEN: @@s@@
    commands:
      - vault kv get -format=json kv/erp/prod > /tmp/erp.json
      - ./scripts/deploy.sh production
""", secret="hvs." + rnd(24))

add("blind-ng/yaml/decoy-vault-jwt-auth", ".woodpecker/deploy-staging.yml", "https://developer.hashicorp.com/vault/docs/auth/jwt", """\
# staging: ቶከን Vault ብ OIDC/JWT ናይ CI ይርከብ፡ ዝተዓቀበ ቶከን የለን
steps:
  deploy:
    image: hashicorp/vault:1.17
    environment:
      VAULT_ADDR: https://vault.aydersupply.com.et
    commands:
      - export VAULT_TOKEN=$(vault write -field=token auth/jwt/login role=erp-staging jwt=$CI_JOB_JWT)
      - ./scripts/deploy.sh staging
""")

add("blind-ng/http/request-file-api-key", "loyalty-api/requests/members.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### ኣባል ብ ቁጽሪ ተሌፎን ድለ
GET https://api.harnetbun.com.er/v2/members?phone=%2B2917123456
X-Api-Key: @@s@@
Accept: application/json

### ነጥቢ ወስኽ
POST https://api.harnetbun.com.er/v2/members/1042/points
X-Api-Key: @@s@@
Content-Type: application/json

{"points": 4, "reason": "ማኪያቶ x2"}
""", secret="hb_live_" + rnd(40))

add("blind-ng/http/decoy-request-file-variable", "loyalty-api/requests/branches.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#using_request_vars", """\
### ዝርዝር ጨናፍር (ቁልፊ ካብ http-client.private.env.json፡ ኣብ .gitignore)
GET {{baseUrl}}/v2/branches
X-Api-Key: {{apiKey}}
Accept: application/json

### ጨንፈር ሓደ
GET {{baseUrl}}/v2/branches/ASM-GODAIF-03
X-Api-Key: {{apiKey}}
""")

add("blind-ng/postman/collection-bearer", "loyalty-api/postman/harnet-loyalty.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", """\
{
  "info": { "name": "Harnet Loyalty ( ኣባላት )", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "@@s@@", "type": "string" }]
  },
  "item": [
    { "name": "ኣባላት", "request": { "method": "GET", "url": "https://api.harnetbun.com.er/v2/members" } }
  ]
}
""", secret=jwt_like())

add("blind-ng/yaml/ldap-bind-password", "backoffice/config/ldap.yml", "https://github.com/cschiewek/devise_ldap_authenticatable#configuration", """\
# ሰራሕተኛታት ብ Active Directory ይኣትዉ
production:
  host: dc01.harnet.local
  port: 636
  attribute: sAMAccountName
  base: OU=Staff,DC=harnet,DC=local
  admin_user: CN=svc-ldap,OU=Service,DC=harnet,DC=local
  admin_password: @@s@@
  ssl: true
""", secret=pw())

add("blind-ng/ini/grafana-admin-password", "ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", """\
; ዳሽቦርድ ምሸጣ ቡን
[server]
domain = grafana.harnetbun.com.er
root_url = https://grafana.harnetbun.com.er/

[security]
admin_user = admin
admin_password = @@s@@

[users]
default_language = en-US
""", secret=pw())

add("blind-ng/ini/decoy-grafana-file-provider", "ops/grafana/grafana.staging.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
[server]
domain = grafana-staging.harnetbun.com.er

[security]
admin_user = admin
; ካብ ፋይል ዝተሰቕለ Secret
admin_password = $__file{/run/secrets/grafana_admin_password}

[users]
default_language = en-US
""")

add("blind-ng/js/discord-webhook-url", "ops/bots/community_post.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// ሓድሽ ቡን ናይ ወቕቲ ናብ Discord ማሕበረሰብ ኣፍቀርቲ ቡን
const WEBHOOK = '@@s@@';

async function announce(coffee) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `☕ ሓድሽ: ${coffee.name} (${coffee.origin})` }),
  });
}

module.exports = { announce };
""", secret="https://discord.com/api/webhooks/" + str(_rng().randint(10**17, 10**18)) + "/" + rnd(68, ALNUM + "_-"))

add("blind-ng/python/teams-incoming-webhook", "ops/alerts/teams_notify.py", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
\"\"\"መጠንቀቕታ ናብ Teams ጉጅለ መኽዘን (ኣይደር)።\"\"\"
import requests

TEAMS_URL = (
    "@@s@@"
)


def alert(text: str) -> None:
    requests.post(TEAMS_URL, json={"text": f"⚠️ መኽዘን: {text}"}, timeout=10)
""", secret="https://aydersupply.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + rnd(43, ALNUM + "_-"))

add("blind-ng/markdown/decoy-webhook-shape", "ops/alerts/README.md", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
# መጠንቀቕታታት (alerts)

`TEAMS_URL` ካብ Teams → Connectors → Incoming Webhook ይርከብ። ቅርጺ:

    https://aydersupply.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>/<secret>

ኣብ `/etc/ayder/alerts.env` ጥራይ ኣቐምጦ (ናብ git ኣይኣቱን)።
""")

add("blind-ng/shell-history/kubectl-create-secret", "ops/notes/bash_history_k8s-admin.txt", "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/", """\
kubectl config use-context ayder-prod
kubectl -n ayder-erp get pods
kubectl -n ayder-erp delete secret quotation-db
kubectl -n ayder-erp create secret generic quotation-db --from-literal=username=quote_svc --from-literal=password='@@s@@'
kubectl -n ayder-erp rollout restart deploy/quotation
kubectl -n ayder-erp logs deploy/quotation --tail=30
""", secret=pw())

add("blind-ng/shell-history/docker-run-env", "ops/notes/bash_history_erp01.txt", "https://docs.docker.com/reference/cli/docker/container/run/#env", """\
docker ps
docker pull registry.aydersupply.com.et/erp-web:5.2.0
docker stop erp-web && docker rm erp-web
docker run -d --name erp-web -p 8080:80 -e DB_HOST=10.8.0.5 -e DB_PASSWORD=@@s@@ registry.aydersupply.com.et/erp-web:5.2.0
docker logs -f erp-web
""", secret=pw())

add("blind-ng/gpg/private-key-block", "ops/keys/invoice-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
@@s@@
""", secret="-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8)) + "\n=" + rnd(4, ALNUM + "+/") + "\n-----END PGP PRIVATE KEY BLOCK-----")

add("blind-ng/gpg/decoy-public-key-block", "ops/keys/invoice-signing.pub.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
-----BEGIN PGP PUBLIC KEY BLOCK-----

@@l1@@
@@l2@@
@@l3@@
@@l4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", l1=rnd(64, ALNUM + "+/"), l2=rnd(64, ALNUM + "+/"), l3=rnd(64, ALNUM + "+/"), l4=rnd(30, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))

add("blind-ng/yaml/decoy-sops-encrypted", "deploy/secrets/erp.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
erp_db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
chapa_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2026-11-20T09:14:02Z"
    version: 3.9.1
""", d1=rnd(24, ALNUM + "+/"), iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(56, ALNUM + "+/"), iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    rcp=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-ng/age/secret-key", "deploy/secrets/keys.txt", "https://github.com/FiloSottile/age#readme", """\
# created: 2026-11-20T09:10:44+03:00
# public key: age1@@pub@@
# ቁልፊ ምፍታሕ ናይ SOPS (ERP) — ኣብ laptop ሃይለ ጥራይ ክኸውን ነይሩ
# ምጥቃም: SOPS_AGE_KEY_FILE=deploy/secrets/keys.txt sops -d erp.enc.yaml
@@s@@
""", pub=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), secret="AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))

add("blind-ng/php/twilio-sms", "erp-web/app/Services/SmsGateway.php", "https://www.twilio.com/docs/libraries/reference/twilio-php/", """\
<?php

namespace App\\Services;

use Twilio\\Rest\\Client;

// SMS ናብ ኮንትራክተራት ወጻኢ (ዲያስፖራ)
class SmsGateway
{
    public function client(): Client
    {
        return new Client('AC@@sid@@', '@@s@@');
    }
}
""", sid=hexs(32), secret=hexs(32))

add("blind-ng/python/google-oauth-client-secret", "quote-portal/auth/google_login.py", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """\
\"\"\"ምእታው ሰራሕተኛታት ብ Google Workspace (aydersupply.com.et)።\"\"\"
from authlib.integrations.flask_client import OAuth

oauth = OAuth()
oauth.register(
    name="google",
    client_id="@@cid@@.apps.googleusercontent.com",
    client_secret="@@s@@",
    server_metadata_url="https://accounts.google.com/.well-known/openid-configuration",
    client_kwargs={"scope": "openid email profile", "hd": "aydersupply.com.et"},
)
""", cid=str(_rng().randint(10**11, 10**12)) + "-" + rnd(32, string.ascii_lowercase + string.digits), secret="GOCSPX-" + rnd(28, ALNUM + "_-"))

add("blind-ng/yaml/azure-ad-client-secret", "invoices/deploy/appsettings.k8s.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: invoices-config
  namespace: ayder-erp
data:
  AzureAd__Instance: https://login.microsoftonline.com/
  AzureAd__TenantId: "@@tid@@"
  AzureAd__ClientId: "@@cid@@"
  AzureAd__ClientSecret: "@@s@@"
""", tid=uuid_s(), cid=uuid_s(), secret=rnd(3) + "8Q~" + rnd(34, ALNUM + "_.-~"))

add("blind-ng/env/sendgrid-key", "quote-portal/.env.production", DOTENV, """\
# ሓሳብ ዋጋ ብ ኢመይል
NODE_ENV=production
SENDGRID_API_KEY=@@s@@
QUOTE_FROM=quotes@aydersupply.com.et
QUOTE_BCC=sales@aydersupply.com.et
""", secret=sendgrid())

add("blind-ng/env/github-fine-grained", "ops/release/.env", DOTENV, """\
# ምሕታም ሓድሽ ስሪት ናይ driver-app ናብ GitHub Releases
GITHUB_OWNER=aydersupply
GITHUB_REPO=driver-app
GITHUB_TOKEN=@@s@@
RELEASE_CHANNEL=stable
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-ng/yaml/compose-rabbitmq-default-pass", "roastery/orders-queue/compose.yaml", "https://hub.docker.com/_/rabbitmq", """\
# መስርዕ ትእዛዛት ቡን ምቑላው (ካብ ጨናፍር ናብ roastery)
services:
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: roastery
      RABBITMQ_DEFAULT_PASS: @@s@@
    ports: ["5672:5672", "15672:15672"]
""", secret=pw())

add("blind-ng/swift/shopify-storefront-admin", "mobile-app/ios/HarnetBun/Shop/ShopAdmin.swift", "https://shopify.dev/docs/api/admin-graphql#authentication", """\
import Foundation

// ድኳን ኦንላይን ቡን ብ ኮርባ (ሙሉእ ፍረ ቡን) — ናይ ኣድሚን ቶከን
struct ShopAdmin {
    static let shop = "harnet-bun.myshopify.com"
    static let accessToken = "@@s@@"

    static func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://\\(shop)/admin/api/2024-10/\\(path)")!)
        r.setValue(accessToken, forHTTPHeaderField: "X-Shopify-Access-Token")
        return r
    }
}
""", secret="shpat_" + hexs(32))

add("blind-ng/ruby/redis-url", "newsletter/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """\
# መስርዕ ስራሕ ጋዜጣ
Sidekiq.configure_server do |config|
  config.redis = { url: 'redis://:@@s@@@10.20.4.15:6379/2' }
end

Sidekiq.configure_client do |config|
  config.redis = { url: 'redis://:@@s@@@10.20.4.15:6379/2' }
end
""", secret=fakes.redis_password(_seed()))

add("blind-ng/markdown/issue-pasted-error", "docs/issues/2026-12-02-quote-pdf-failure.md", "https://docs.github.com/en/issues/tracking-your-work-with-issues/creating-an-issue", """\
# ሓሳብ ዋጋ PDF ኣይፍጠርን (Q-2026-1104)

ሳባ ጸብጺባ: ቁልፊ "ሓሳብ ዋጋ ኣውጽእ" ምስ ጠወቐት ጌጋ ይወጽእ።

```
psycopg2.OperationalError: connection to server at "10.8.0.5", port 5432 failed:
FATAL:  password authentication failed for user "quote_svc"
DSN used: host=10.8.0.5 dbname=ayder_erp user=quote_svc password=@@s@@
```

ምኽንያት: ቃል ምሕላፍ ኣብ Vault ተቐይሩ ግን ኣብ ሰርቨር ኣይተሓደሰን።
""", secret=pw())

add("blind-ng/markdown/decoy-issue-masked", "docs/issues/2026-11-18-weighbridge-offline.md", "https://docs.github.com/en/issues/tracking-your-work-with-issues/creating-an-issue", """\
# ሚዛን መኽዘን 1 ኣይራኸብን

```
FATAL:  password authentication failed for user "weighbridge"
DSN used: host=10.8.0.5 dbname=ayder_warehouse user=weighbridge password=[FILTERED]
```

ፍታሕ: ቃል ምሕላፍ ካብ 1Password ሓድሽ ኣእቲና፡ ሚዛን ተመሊሱ ሰሪሑ።
""")

add("blind-ng/ansible/inventory-ssh-pass", "infra/ansible/inventory/branches.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# ኮምፒተራት POS ጨናፍር ሃርነት ቡን
[pos]
pos-godaif    ansible_host=10.20.3.10
pos-tiravolo  ansible_host=10.20.1.10
pos-harnetave ansible_host=10.20.2.10

[pos:vars]
ansible_user=pi
ansible_ssh_pass=@@s@@
""", secret=pw())

add("blind-ng/ansible/decoy-inventory-keyfile", "infra/ansible/inventory/ayder.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """\
# ሰርቨራት ኣይደር (መቐለ፡ ዓዲግራት)
[erp]
erp-01 ansible_host=10.8.0.5
erp-02 ansible_host=10.8.0.6

[erp:vars]
ansible_user=deploy
ansible_ssh_private_key_file=~/.ssh/ayder_deploy
""")

add("blind-ng/cpp/embedded-mqtt-password", "espresso-telemetry/firmware/src/secrets.h", "https://pubsubclient.knolleary.net/api#connect", """\
// ESP32 ኣብ ማሽን ቡን (ሙቀት ቦይለር)
#pragma once

#define WIFI_SSID     "HarnetBun-Staff"
#define MQTT_HOST     "mqtt.harnetbun.com.er"
#define MQTT_USER     "esp32-godaif-1"
#define MQTT_PASSWORD "@@s@@"
#define MQTT_TOPIC    "machines/godaif/boiler"
""", secret=pw())

add("blind-ng/cpp/decoy-secrets-template", "espresso-telemetry/firmware/src/secrets.example.h", "https://pubsubclient.knolleary.net/api#connect", """\
// ቅዳሕ ናብ secrets.h (ኣብ .gitignore ኣሎ) ሽዑ ምልኣዮ
#pragma once

#define WIFI_SSID     "YOUR_WIFI_SSID"
#define MQTT_HOST     "mqtt.harnetbun.com.er"
#define MQTT_USER     "esp32-<branch>-<n>"
#define MQTT_PASSWORD "YOUR_MQTT_PASSWORD"
#define MQTT_TOPIC    "machines/<branch>/boiler"
""")

add("blind-ng/yaml/openai-key-in-config", "analytics/translate/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", """\
# ትርጉም ዝርዝር ቡን ካብ ትግርኛ ናብ ዓረብኛን ጣልያንኛን
model: gpt-4o-mini
openai:
  api_key: @@s@@
  organization: org-@@org@@
languages: [ar, it, en]
glossary:
  ጀበና: jebena
""", secret=fakes.openai_key(_seed(), "svcacct"), org=rnd(24))

add("blind-ng/kotlin/split-jdbc-password", "driver-app/backend/src/main/kotlin/et/aydersupply/driver/Db.kt", "https://github.com/brettwooldridge/HikariCP#rocket-initialization", """\
package et.aydersupply.driver

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

// ዳታቤዝ ምብጻሕ (ሹፌራት)
val dataSource = HikariDataSource(HikariConfig().apply {
    jdbcUrl = "jdbc:postgresql://10.8.0.5:5432/ayder_delivery"
    username = "driver_api"
    password = "@@a@@" +
        "@@b@@"
})
""", secret=(_kp := pw()), a=_kp[:6], b=_kp[6:])

add("blind-ng/properties/sftp-password", "quotation-service/src/main/resources/sftp.properties", "https://docs.spring.io/spring-integration/reference/sftp/session-factory.html", """\
# ስእልታት ህንጻ ካብ ኮንትራክተራት (SFTP)
sftp.host=sftp.aydersupply.com.et
sftp.port=22
sftp.user=drawings
sftp.password=@@s@@
sftp.remote-dir=/incoming/drawings
""", secret=pw())

add("blind-ng/toml/cargo-registry-token", "espresso-telemetry/.cargo/config.toml", "https://doc.rust-lang.org/cargo/reference/config.html#registriesnametoken", """\
# ናይ ውሽጢ crates (harnet-proto)
[registries.harnet]
index = "sparse+https://crates.harnetbun.com.er/index/"
token = "Bearer @@s@@"

[net]
git-fetch-with-cli = true
""", secret=rnd(40))

add("blind-ng/toml/decoy-cargo-credential-provider", "espresso-telemetry/.cargo/config.ci.toml", "https://doc.rust-lang.org/cargo/reference/registry-authentication.html", """\
# ቶከን ብ credential provider (CARGO_REGISTRIES_HARNET_TOKEN ኣብ CI)
[registries.harnet]
index = "sparse+https://crates.harnetbun.com.er/index/"
credential-provider = ["cargo:token"]

[net]
git-fetch-with-cli = true
""")

add("blind-ng/xml/nuget-cleartext-password", "backoffice/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="harnet" value="https://nuget.harnetbun.com.er/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <harnet>
      <add key="Username" value="ci-backoffice" />
      <add key="ClearTextPassword" value="@@s@@" />
    </harnet>
  </packageSourceCredentials>
</configuration>
""", secret=pw())

add("blind-ng/go/sentry-auth-token", "fleet/scripts/upload_symbols.go", "https://docs.sentry.io/account/auth-tokens/", """\
package main

import (
\t"os"
\t"os/exec"
)

// ምልክታት (debug symbols) ናይ tracker ናብ Sentry
func main() {
\tcmd := exec.Command("sentry-cli", "debug-files", "upload", "--org", "ayder", "--project", "fleet", "bin/")
\tcmd.Env = append(os.Environ(), "SENTRY_AUTH_TOKEN=@@s@@")
\tcmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
\t_ = cmd.Run()
}
""", secret="sntryu_" + hexs(64))

add("blind-ng/yaml/helm-redis-auth", "deploy/helm/loyalty/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#redis-common-configuration-parameters", """\
# loyalty-api — production
image:
  repository: registry.harnetbun.com.er/loyalty-api
  tag: "1.14.0"
redis:
  architecture: standalone
  auth:
    enabled: true
    password: @@s@@
""", secret=fakes.redis_password(_seed()))

add("blind-ng/csv/decoy-device-ids", "ops/exports/esp32_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
branch,device,mac,device_uuid,fw
ASM-GODAIF-03,esp32-godaif-1,24:6F:28:A1:03:11,@@u1@@,1.4.2
ASM-TIRAVOLO-01,esp32-tiravolo-1,24:6F:28:A1:07:4C,@@u2@@,1.4.2
ASM-HARNET-AVE-02,esp32-harnetave-1,24:6F:28:A1:0B:90,@@u3@@,1.4.1
MSW-TAULUD-01,esp32-taulud-1,24:6F:28:A1:12:2E,@@u4@@,1.3.9
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("blind-ng/s3cfg/secret-key", "ops/home/haile/.s3cfg", "https://s3tools.org/kb/item14.htm", """\
[default]
# ባክኣፕ ፋክቱራታት ኣይደር (Wasabi)
host_base = s3.eu-central-1.wasabisys.com
host_bucket = %(bucket)s.s3.eu-central-1.wasabisys.com
access_key = @@kid@@
secret_key = @@s@@
use_https = True
""", kid=rnd(20, UPPER_DIGITS), secret=rnd(40, ALNUM + "/+"))

add("blind-ng/ini/odoo-admin-passwd", "accounting/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security", """\
; ሕሳብ (accounting) ኣይደር — Odoo 17
[options]
db_host = 10.8.0.5
db_port = 5432
db_user = odoo
db_password = False
admin_passwd = @@s@@
addons_path = /opt/odoo/addons,/opt/ayder/addons
""", secret=pw())

add("blind-ng/yaml/filebeat-elastic-password", "ops/logging/filebeat.yml", "https://www.elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html", """\
# መዝገባት ERP ናብ Elasticsearch
filebeat.inputs:
  - type: filestream
    id: erp-logs
    paths: [/srv/erp/storage/logs/*.log]
output.elasticsearch:
  hosts: ["https://logs.aydersupply.com.et:9200"]
  username: filebeat_writer
  password: "@@s@@"
""", secret=pw())

add("blind-ng/smb/credentials-file", "ops/mounts/finance-share.cred", "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", """\
# mount -t cifs //files.harnet.local/finance /mnt/finance -o credentials=/etc/harnet/finance-share.cred
# ሪፖርት ፋይናንስ (Excel) — chmod 600
username=svc-reports
password=@@s@@
domain=HARNET
""", secret=pw())

add("blind-ng/powershell/here-string-json-body", "backoffice/scripts/New-BranchUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", """\
# ሰራሕተኛ ሓድሽ ኣብ POS ጨንፈር ምፍጣር
param([string]$Name, [string]$Branch)
$login = @'
{"username":"backoffice-admin","password":"@@s@@"}
'@
$session = Invoke-RestMethod -Method Post -Uri 'https://pos.harnetbun.com.er/api/login' -Body $login -ContentType 'application/json'
Invoke-RestMethod -Method Post -Uri 'https://pos.harnetbun.com.er/api/staff' -Headers @{ Authorization = "Bearer $($session.token)" } -Body (@{ name = $Name; branch = $Branch } | ConvertTo-Json)
""", secret=pw())

add("blind-ng/rust/reqwest-basic-auth", "espresso-telemetry/src/bin/export.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth", """\
//! ሓበሬታ ማሽናት ናብ ኣገልግሎት ጽገና (La Marzocco ወኪል)
use reqwest::blocking::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = std::fs::read_to_string("/var/lib/harnet/telemetry/week.json")?;
    Client::new()
        .post("https://service.espresso-agent.example.com/api/upload")
        .basic_auth("harnet-bun", Some("@@s@@"))
        .body(body)
        .send()?;
    Ok(())
}
""", secret=pw())

add("blind-ng/csharp/sendgrid-client", "invoices/Ayder.Invoices/Mailer.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", """\
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Ayder.Invoices;

// ፋክቱራ ብ ኢመይል ናብ ዓሚል
public static class Mailer
{
    private static readonly SendGridClient Client = new("@@s@@");

    public static Task Send(string to, string pdfPath) =>
        Client.SendEmailAsync(MailHelper.CreateSingleEmail(
            new EmailAddress("invoices@aydersupply.com.et", "ኣይደር"), new EmailAddress(to), "ፋክቱራ", "ፋክቱራ ተተሓሒዙ ኣሎ።", null));
}
""", secret=sendgrid())

add("blind-ng/makefile/registry-token", "fleet/Makefile", "https://www.gnu.org/software/make/manual/make.html#Variables", """\
# fleet — ህንጻን ምዝርጋሕን
IMAGE := registry.aydersupply.com.et/fleet-tracker
VERSION := $(shell git describe --tags --always)
REGISTRY_TOKEN := @@s@@

push:
\tdocker build -t $(IMAGE):$(VERSION) .
\techo $(REGISTRY_TOKEN) | docker login registry.aydersupply.com.et -u ci-fleet --password-stdin
\tdocker push $(IMAGE):$(VERSION)
""", secret=rnd(36))
