"""Blind set OY: a Legazpi abaca-fibre trader and an ATV-tour booking service near Mayon.

Ibalong Abaka Trading (Legazpi, Albay: fibre buying stations, grading, warehouse, export papers,
GCash/PayMongo payouts to farmers, SMS to buyers) and Lava Trail ATV Tours (Cagsawa/Mayon: web
booking, Xendit/PayMongo payments, guide dispatch on Telegram, Messenger bot), both built and run
by a small dev shop in Angeles, Pampanga (Balen Digital). Notes and comments in Bikol, Kapampangan
and Tagalog mixed with English. About 130 files holding one credential each and about 90 decoys.
Generated fakes only (seeds 9370000-9379999).
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
UPPER = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 9370000, 9379999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Abaka", "Mayon", "Daragang", "Magayon", "Cagsawa", "Bulkan", "Sili", "Pinangat", "Bicol",
         "Ibalong", "Lahar", "Sisig", "Kapampangan", "Balen", "Ligao", "Tabaco", "Pili", "Bagyo", "Daraga"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#@*+?") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe(kind: str = "sk_live_") -> str:
    return mixed(24 if not kind.startswith("rk") else 99, kind)


def paymongo(kind: str = "sk_live_") -> str:
    return mixed(24, kind)


def xendit() -> str:
    return "xnd_production_" + fakes.drawn(_seed(), 60, ALNUM)


def semaphore() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def fb_token() -> str:
    return mixed(180, "EAA")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def mailgun() -> str:
    return "key-" + hexs(32)


def brevo() -> str:
    return "xkeysib-" + hexs(64) + "-" + mixed(16)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def telegram() -> str:
    return fakes.telegram_token(_seed())


def paypal_secret() -> str:
    return fakes.drawn(_seed(), 80, ALNUM + "-_")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def gitlab() -> str:
    return mixed(20, "glpat-")


def docker_pat() -> str:
    return "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_")


def npm_tok() -> str:
    return mixed(36, "npm_")


def hf_tok() -> str:
    return mixed(34, "hf_")


def vault_tok() -> str:
    return "hvs." + fakes.drawn(_seed(), 90, ALNUM + "_-")


def cf_token() -> str:
    return fakes.drawn(_seed(), 40, ALNUM + "_-")


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "_-") + "AA"


def mapbox_secret() -> str:
    head = base64.urlsafe_b64encode(b'{"u":"lavatrail","a":"clx9mayon"}').decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def azure_conn() -> str:
    key = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode()
    return f"DefaultEndpointsProtocol=https;AccountName=ibalongdocs;AccountKey={key};EndpointSuffix=core.windows.net"


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-oy/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- Ibalong Abaka: payouts and buying stations

add("python/paymongo-secret", "abaka/payouts/paymongo_client.py", "https://developers.paymongo.com/docs/authentication", r'''
"""Bayad sa mga parauma kan abaka (PayMongo). Payouts sa mga farmers sa Tiwi asin Malinao."""
import base64
import requests

# TODO(jomar): ibalyo sa .env, pansamantala lang ini
PAYMONGO_SECRET = "@@s@@"
API = "https://api.paymongo.com/v1"


def _auth():
    return "Basic " + base64.b64encode(f"{PAYMONGO_SECRET}:".encode()).decode()


def create_link(amount_php, description):
    body = {"data": {"attributes": {"amount": int(amount_php * 100), "description": description}}}
    r = requests.post(f"{API}/links", json=body, headers={"Authorization": _auth()}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["attributes"]["checkout_url"]
''', paymongo())

add("python/decoy-paymongo-env", "abaka/payouts/settings.py", "https://developers.paymongo.com/docs/authentication", r'''
"""Settings kan payouts. Dai na tabi ibutang an keys digdi — nasa environment na."""
import os

PAYMONGO_SECRET = os.environ["PAYMONGO_SECRET_KEY"]
PAYMONGO_PUBLIC = os.environ.get("PAYMONGO_PUBLIC_KEY", "")
PAYOUT_MIN_PHP = 500        # minimum na bayad kada parauma
PAYOUT_CUTOFF = "15:00"     # Asia/Manila
STATIONS = ["Tiwi", "Malinao", "Tabaco", "Bacacay", "Sto. Domingo"]
''')

add("env/semaphore-sms", "abaka/sms-notify/.env", "https://semaphore.co/docs", r'''
# SMS sa mga buyer asin parauma (Semaphore)
SEMAPHORE_SENDER_NAME=IBALONGABK
SEMAPHORE_API_KEY=@@s@@
SMS_TEMPLATE_PRICE="Presyo kan abaka ngunyan (S2): PHP {price}/kg. Dios mabalos!"
SMS_DAILY_LIMIT=800
TZ=Asia/Manila
''', semaphore())

add("env/decoy-template", "abaka/sms-notify/.env.example", "https://semaphore.co/docs", r'''
# Kopyaha ini pasiring .env asin ilaag an tunay na key (hapota si Jomar)
SEMAPHORE_SENDER_NAME=IBALONGABK
SEMAPHORE_API_KEY=your-semaphore-api-key-here
SMS_TEMPLATE_PRICE="Presyo kan abaka ngunyan (S2): PHP {price}/kg. Dios mabalos!"
SMS_DAILY_LIMIT=800
TZ=Asia/Manila
''')

add("php/mysql-password", "abaka/warehouse/config/db.php", "https://www.php.net/manual/en/pdo.construct.php", r'''
<?php
// Bodega sa Legazpi Port — inventory kan bales (JK, S2, S3, I, G)
// Pakisabi ki Kuya Ronnie kun mabago an password
return [
    'dsn'      => 'mysql:host=10.20.0.5;dbname=bodega_abaka;charset=utf8mb4',
    'user'     => 'bodega_app',
    'password' => '@@s@@',
    'options'  => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
''', words_pw())

add("php/decoy-getenv", "abaka/warehouse/config/db.prod.php", "https://www.php.net/manual/en/function.getenv.php", r'''
<?php
// Production: gikan sa environment an credentials (dai na i-hardcode, sabi ni Ate Lorna)
return [
    'dsn'      => getenv('BODEGA_DSN') ?: 'mysql:host=db.internal;dbname=bodega_abaka',
    'user'     => getenv('BODEGA_DB_USER'),
    'password' => getenv('BODEGA_DB_PASSWORD'),
    'options'  => [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION],
];
''')

add("yaml/postgres-url", "abaka/grading/docker-compose.yml", "https://docs.docker.com/compose/environment-variables/", r'''
# Grading app kan fibre (klase: S2, S3, JK, M1) — local stack ni Aileen
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: grading
      POSTGRES_PASSWORD: @@s@@
      POSTGRES_DB: abaka_grades
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    environment:
      DATABASE_URL: postgresql://grading:@@s@@@db:5432/abaka_grades
    ports: ["8080:8080"]
volumes:
  pgdata: {}
''', fakes.password(9370101))

add("yaml/decoy-compose-secrets", "abaka/grading/docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", r'''
# Production: docker secrets, dai plain text
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: grading
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
      POSTGRES_DB: abaka_grades
    secrets: [pg_password]
secrets:
  pg_password:
    external: true
''')

add("csv/decoy-grade-ledger", "abaka/exports/grading_2026-11.csv", "https://www.philfida.da.gov.ph/", r'''
lot_id,station,grade,kg,moisture_pct,grader,checksum_sha1
ALB-2611-0041,Tiwi,S2,412.5,11.8,Aileen,3f9a1c0e7b2d48e6a5c91f0d2e7b3a4c5d6e7f80
ALB-2611-0042,Malinao,S3,388.0,12.4,Aileen,9b0e4d2c1a7f6e5d4c3b2a1908f7e6d5c4b3a291
ALB-2611-0043,Tabaco,JK,150.2,13.1,Nonoy,a7c3e1f9d5b2086e4c1a3f5d7b9e0c2a4e6f8d01
ALB-2611-0044,Bacacay,I,97.0,12.0,Nonoy,0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e
ALB-2611-0045,Tiwi,S2,430.0,11.5,Aileen,5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f
''')

add("csv/password-in-sheet", "abaka/admin/station_accounts.csv", "https://support.google.com/docs/answer/40608", r'''
station,attendant,tablet_login,tablet_password,notes
Tiwi,Nonoy Bobis,tiwi-station,@@s@@,"bago ini, pinalitan 11/02"
Malinao,Marites Lanuza,malinao-station,(same as last year),"dai pa na-update an tablet"
Tabaco,Rodel Cabrera,tabaco-station,(nasa kwaderno),"sira an charger"
Bacacay,Lito Belen,bacacay-station,(nasa kwaderno),
''', words_pw())

add("java/gcash-xendit", "abaka/payouts-java/src/main/java/ph/ibalong/payout/XenditConfig.java", "https://developers.xendit.co/api-reference/#authentication", r'''
package ph.ibalong.payout;

/**
 * Xendit disbursements sa GCash kan mga parauma.
 * Paalala: ini an production key, dai i-push sa public repo.
 */
public final class XenditConfig {
    public static final String BASE_URL = "https://api.xendit.co";
    public static final String SECRET_KEY = "@@s@@";
    public static final String CALLBACK_PATH = "/callbacks/xendit/disbursement";
    public static final int TIMEOUT_SECONDS = 30;

    private XenditConfig() {}
}
''', xendit())

add("java/decoy-xendit-props", "abaka/payouts-java/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r'''
# Payouts service — Spring Boot
server.port=8085
xendit.base-url=https://api.xendit.co
xendit.secret-key=${XENDIT_SECRET_KEY}
xendit.callback-token=${XENDIT_CALLBACK_TOKEN}
spring.datasource.url=jdbc:postgresql://db.internal:5432/payouts
spring.datasource.username=payouts
spring.datasource.password=${PAYOUTS_DB_PASSWORD}
logging.level.ph.ibalong=INFO
''')

add("properties/datasource-password", "abaka/payouts-java/src/main/resources/application-local.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource", r'''
# Local lang ini (laptop ni Jomar) — pero kaagid kan staging DB
server.port=8085
spring.datasource.url=jdbc:postgresql://staging-db.ibalongabaka.ph:5432/payouts
spring.datasource.username=payouts
spring.datasource.password=@@s@@
xendit.base-url=https://api.xendit.co
logging.level.ph.ibalong=DEBUG
''', fakes.redis_password(9370211))

add("markdown/decoy-readme-setup", "abaka/payouts-java/README.md", "https://developers.xendit.co/api-reference/#authentication", r'''
# Ibalong Payouts

Serbisyo para sa GCash/Maya payouts kan mga parauma kan abaka.

## Setup
1. Kaipuhan mo an `XENDIT_SECRET_KEY` — hagadon ki Jomar, nasa 1Password (vault "Abaka Prod").
2. `export XENDIT_SECRET_KEY=xnd_development_...` para sa local testing.
3. `./gradlew bootRun --args='--spring.profiles.active=local'`

Dai tabi i-commit an `.env` o `application-local.properties` na may tunay na values.
''')

add("ini/smtp-password", "abaka/mailer/mailer.ini", "https://docs.python.org/3/library/configparser.html", r'''
; Email sa mga exporter (Cebu, Manila, Japan buyers) — price list kada semana
[smtp]
host = smtp.gmail.com
port = 587
user = sales@ibalongabaka.ph
password = @@s@@
starttls = yes

[report]
to = buyers@ibalongabaka.ph
subject = Lingguhang presyo kan abaka fibre
''', rnd(16, "abcdefghijklmnopqrstuvwxyz"))

add("ini/decoy-keyring", "abaka/mailer/mailer.prod.ini", "https://pypi.org/project/keyring/", r'''
; Production mailer — password nasa system keyring (service "ibalong-mailer")
[smtp]
host = smtp.gmail.com
port = 587
user = sales@ibalongabaka.ph
password_source = keyring:ibalong-mailer/sales
starttls = yes
''')

add("shell/aws-keys-export", "abaka/ops/backup_docs.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", r'''
#!/usr/bin/env bash
# Backup kan export documents (PhilFIDA certs, bills of lading) pasiring S3
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_DEFAULT_REGION=ap-southeast-1

SRC=/srv/abaka/docs
aws s3 sync "$SRC" s3://ibalong-export-docs/$(date +%Y)/ --storage-class STANDARD_IA
echo "tapos na an backup $(date)"
''', fakes.aws_secret_key(9370303), kid=fakes.aws_key_id(9370303))

add("shell/decoy-aws-profile", "abaka/ops/backup_docs_v2.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
#!/usr/bin/env bash
# v2: gamit na an instance role / profile, mayo nang keys sa script
set -euo pipefail
export AWS_PROFILE=ibalong-backup
SRC=/srv/abaka/docs
aws sts get-caller-identity --query Arn --output text
aws s3 sync "$SRC" s3://ibalong-export-docs/$(date +%Y)/ --storage-class STANDARD_IA
echo "tapos na an backup $(date)"
''')

add("ini/aws-credentials", "abaka/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# kopya kan credentials ni Jomar para sa bodega server (tanggalon pag may IAM role na)
[default]
region = ap-southeast-1

[ibalong-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
''', fakes.aws_secret_key(9370317), kid=fakes.aws_key_id(9370317))

add("text/decoy-iam-note", "abaka/ops/NOTES-aws.txt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", r'''
AWS notes — Ibalong Abaka
- 2026-10-03: na-deactivate na an lumang key ni Jomar (nagpush sa GitHub by mistake). Deleted na.
- Bagong setup: IAM role "ibalong-backup-role" sa EC2, mayo nang static keys.
- Account ID: 482913650271 (public man ini, okay lang)
- Bucket: ibalong-export-docs (versioning ON, lifecycle 365d)
- Kun kaipuhan nin access: hagadon ki Ate Lorna, siya an may MFA.
''')

add("python/telegram-bot", "abaka/pricebot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# Presyo bot para sa mga ahente sa buying stations
# /presyo S2 -> ibabalik an presyo ngunyan
import telebot

bot = telebot.TeleBot("@@s@@")
PRICES = {"S2": 92.0, "S3": 84.5, "JK": 71.0, "I": 60.0}


@bot.message_handler(commands=["presyo"])
def presyo(msg):
    grade = (msg.text.split()[1:] or ["S2"])[0].upper()
    bot.reply_to(msg, f"{grade}: PHP {PRICES.get(grade, '?')}/kg ngunyan na aldaw")


bot.infinity_polling()
''', telegram())

add("python/decoy-telegram-env", "abaka/pricebot/bot_v2.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
# v2 — token gikan sa env, dai na nakasurat digdi
import os
import telebot

bot = telebot.TeleBot(os.environ["PRICEBOT_TOKEN"])
PRICES_URL = "https://ibalongabaka.ph/api/prices/today"


@bot.message_handler(commands=["presyo"])
def presyo(msg):
    bot.reply_to(msg, f"Hilingon digdi: {PRICES_URL}")


bot.infinity_polling()
''')

add("json/gcp-service-account", "abaka/sheets-sync/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "ibalong-abaka-sheets",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@ibalong-abaka-sheets.iam.gserviceaccount.com",
  "client_id": "104928371650293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40ibalong-abaka-sheets.iam.gserviceaccount.com"
}
''', fakes.fake_pem(9370401, "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n"), kid=hexs(40),
    pk=fakes.fake_pem(9370401, "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n")

add("json/decoy-oauth-client-public", "abaka/sheets-sync/client_config.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "583920174652-q8v3k1m0s7t2n9d4e6h5b0c1a2f3g4j5.apps.googleusercontent.com",
    "project_id": "ibalong-abaka-sheets",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "redirect_uris": ["http://localhost"]
  }
}
''')

add("python/sheets-api-key", "abaka/sheets-sync/read_prices.py", "https://developers.google.com/sheets/api/guides/authorizing#APIKey", r'''
"""Basahon an presyo sheet (public to anyone with link) para sa website."""
import requests

SHEET_ID = "1pQz7XnA0bK3mYv9sL2dFh8RtW4cJ6eG5uI1oN0aB"
API_KEY = "@@s@@"   # restricted kuno sa Sheets API lang


def prices():
    url = f"https://sheets.googleapis.com/v4/spreadsheets/{SHEET_ID}/values/Presyo!A2:C20"
    rows = requests.get(url, params={"key": API_KEY}, timeout=15).json().get("values", [])
    return {grade: float(php) for grade, php, *_ in rows}
''', google_api())

add("kotlin/decoy-buildconfig", "abaka/station-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
// Station app (tablet sa buying stations) — Kotlin/Android
android {
    namespace = "ph.ibalong.station"
    defaultConfig {
        applicationId = "ph.ibalong.station"
        minSdk = 26
        versionCode = 41
        versionName = "2.3.1"
        buildConfigField("String", "API_BASE", "\"https://api.ibalongabaka.ph/\"")
        buildConfigField("String", "API_TOKEN", "\"${project.findProperty("stationApiToken") ?: ""}\"")
    }
}
''')

add("properties/gradle-signing", "abaka/station-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
# Gradle settings — station app
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# signing (TODO ibalyo sa ~/.gradle/gradle.properties, dai digdi!)
IBALONG_STORE_FILE=../keys/station-release.jks
IBALONG_KEY_ALIAS=station
IBALONG_STORE_PASSWORD=@@s@@
IBALONG_KEY_PASSWORD=@@s@@
''', words_pw())

add("markdown/decoy-release-notes", "abaka/station-app/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog — Station app

## 2.3.1 (2026-11-20)
- Inayos an timbang rounding (0.5 kg) sa S3 grade
- Build SHA: `9f2c4e1a7b3d5f6e8a0c2b4d6f8e1a3c5b7d9f0e`
- APK SHA-256: `e3b7c1f0a9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2`

## 2.3.0 (2026-10-28)
- Offline mode kun mayo signal sa Bacacay station
- Bagong login: token gikan sa server, dai na sa APK
''')

add("yaml/github-actions-token", "abaka/website/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy-website
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      # temporary: nag-expire an secret kaya hardcode muna (Jomar)
      - run: npx netlify-cli deploy --prod --dir=dist --auth "@@s@@" --site ibalong-abaka-site
''', mixed(43, "nfp_"))

add("yaml/decoy-actions-secrets", "abaka/website/.github/workflows/preview.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: preview-website
on: [pull_request]
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx netlify-cli deploy --dir=dist --site ibalong-abaka-site
        env:
          NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
''')

add("javascript/mapbox-secret", "abaka/website/scripts/upload-tiles.js", "https://docs.mapbox.com/api/maps/uploads/", r'''
// Upload kan mapa kan mga abaka farms (Albay/Sorsogon/Catanduanes) sa Mapbox tilesets
// kaipuhan an secret token (sk.) para sa uploads
const MAPBOX_TOKEN = '@@s@@';
const fs = require('fs');

async function main() {
  const res = await fetch(`https://api.mapbox.com/uploads/v1/ibalong/credentials?access_token=${MAPBOX_TOKEN}`, { method: 'POST' });
  const creds = await res.json();
  console.log('staging bucket', creds.bucket);
  fs.writeFileSync('.upload-creds.json', JSON.stringify(creds));
}
main();
''', mapbox_secret())

add("javascript/decoy-mapbox-public", "abaka/website/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
// Mapa sa website: public token lang (pk.), URL-restricted sa ibalongabaka.ph
import mapboxgl from 'mapbox-gl';

mapboxgl.accessToken = 'pk.eyJ1IjoiaWJhbG9uZyIsImEiOiJjbHg5YWJha2EwMDAxMmpxeDNtN2RhYmNkIn0.Qm9rX3RpbGVzX3B1YmxpY19vbmx5';
export const map = new mapboxgl.Map({
  container: 'farms-map',
  style: 'mapbox://styles/ibalong/clx9abaka0002',
  center: [123.7438, 13.1391], // Legazpi
  zoom: 9,
});
''')

add("sql/decoy-seed-users", "abaka/grading/db/seed_dev.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- Dev seed: mga grader. Bcrypt hash lang, dai plain password.
INSERT INTO graders (username, full_name, station, password_hash) VALUES
  ('aileen', 'Aileen Bonifacio', 'Tiwi',    '$2b$12$Qe8wK1zR3vN5mL7pT9xB2uYc4dF6gH8jK0lZ2xC4vB6nM8qW0eR2t'),
  ('nonoy',  'Nonoy Bobis',      'Malinao', '$2b$12$Hf3jL5nP7rT9vX1zB3dF5eYh7kM9pR1tV3xZ5bD7fH9jL1nP3rT5v'),
  ('rodel',  'Rodel Cabrera',    'Tabaco',  '$2b$12$Zx9cV7bN5mL3kJ1hG9fD7eYs5aQ3wE1rT9yU7iO5pA3sD1fG9hJ7k');
-- an default password sa dev iyo an nasa README (dev lang)
''')

add("sql/create-user-password", "abaka/grading/db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- 0007: read-only user para sa Metabase reports ni Ate Lorna
CREATE ROLE reporting WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE abaka_grades TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
''', fakes.password(9370503))

add("text/chat-export-password", "abaka/notes/viber_export_bodega.txt", "https://help.viber.com/hc/en-us/articles/9124440569245", r'''
[11/14/26, 8:02 AM] Ate Lorna: Marhay na aga! Si Kuya Ronnie dai makalaog sa inventory system
[11/14/26, 8:05 AM] Jomar: na-reset ko na po. user: ronnie.bodega
[11/14/26, 8:05 AM] Jomar: temp password: @@s@@
[11/14/26, 8:06 AM] Jomar: pakibago na lang po pag naka-login na
[11/14/26, 8:10 AM] Kuya Ronnie: Dios mabalos! nakalaog na ako
[11/14/26, 8:11 AM] Ate Lorna: 👍 an truck gikan Tabaco maabot 10am, 42 bales S2
''', words_pw())

add("text/decoy-chat-export", "abaka/notes/viber_export_opisina.txt", "https://help.viber.com/hc/en-us/articles/9124440569245", r'''
[11/18/26, 9:14 AM] Jomar: nabago ko na an password kan Wi-Fi sa opisina
[11/18/26, 9:15 AM] Jomar: nakadikit sa ref, dai ko na ilalaag digdi 😅
[11/18/26, 9:15 AM] Ate Lorna: sige salamat. an PhilFIDA cert number kan lot 0042?
[11/18/26, 9:17 AM] Jomar: FIDA-V-2026-118734
[11/18/26, 9:18 AM] Ate Lorna: ok, isend ko na sa buyer sa Japan
[11/18/26, 9:20 AM] Jomar: tracking kan DHL: 4829103756
''')

add("email/decoy-bank-otp-notice", "abaka/notes/mail_exporter_account.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: "Ibalong Abaka Sales" <sales@ibalongabaka.ph>
To: "Kenji Sato" <k.sato@naturalfiber-osaka.jp>
Subject: Re: Portal access for shipment docs
Date: Fri, 20 Nov 2026 10:12:44 +0800

Dear Sato-san,

Your portal account is ready: https://docs.ibalongabaka.ph/portal
Username: ksato.osaka
You will receive a one-time link to set your own password by separate email.
We never send passwords by email.

Shipment IBA-EXP-2026-0931: 18 MT abaca fibre S2/S3, container MSKU 4829173-6.

Salamat po,
Lorna Bonifacio
''')

add("email/password-in-mail", "abaka/notes/mail_portal_access.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: "Jomar Dela Peña" <jomar@ibalongabaka.ph>
To: "Ate Lorna" <lorna@ibalongabaka.ph>
Subject: login sa BOC e2m portal
Date: Mon, 23 Nov 2026 07:41:02 +0800

Ate, ini an login para sa customs e2m (para sa export declaration kan Lunes):

  user: IBALONGABAKA01
  pass: @@s@@

Dai na tabi i-forward. Babaguhon ko pagkatapos kan shipment.
-- Jomar
''', words_pw())

# ---------------------------------------------------------------- Ibalong Abaka: servers, infra, odds and ends

add("k8s/secret-base64", "abaka/k8s/grading-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
# grading API — secret (base64 lang ini, bako encrypted! — Jomar, paki-sealed-secrets na)
apiVersion: v1
kind: Secret
metadata:
  name: grading-db
  namespace: abaka
type: Opaque
data:
  DB_USER: Z3JhZGluZw==
  DB_PASSWORD: @@enc@@
''', fakes.password(9370601), enc=b64(fakes.password(9370601)))

add("k8s/decoy-sealed-secret", "abaka/k8s/grading-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", r'''
# Sealed na — pwede i-commit (controller lang an makakabukas)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: grading-db
  namespace: abaka
spec:
  encryptedData:
    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7KvRhvNEXY5ZmmmpRzJyQm0Z4RfQd7tVhXdBrZ1wUGn8YZR0P9fNo3mKbCx2LoAQVeHc6jJtU5wEbZ8pDcxNYqUm4lRuH0gTn2sWm9VcLf7yKzQ==
    DB_USER: AgCk9n1Pz0QeZzVw3tXbRlHq2sMv8uYcAe5oJpGdKfL7i4nB1mTx0WqSyE6rZuHvN9cQ2pXo3aLbIjKgF8hDsT1eYw==
  template:
    metadata:
      name: grading-db
''')

add("terraform/db-password", "abaka/infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", r'''
# RDS para sa bodega inventory (Singapore region, pinakaharani)
resource "aws_db_instance" "bodega" {
  identifier           = "ibalong-bodega"
  engine               = "mysql"
  engine_version       = "8.0"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  username             = "bodega_admin"
  password             = "@@s@@" # TODO: random_password + secrets manager
  skip_final_snapshot  = false
  backup_retention_period = 7
}
''', fakes.password(9370613))

add("terraform/decoy-random-password", "abaka/infra/rds_v2.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
resource "random_password" "bodega" {
  length  = 24
  special = true
}

resource "aws_secretsmanager_secret_version" "bodega" {
  secret_id     = aws_secretsmanager_secret.bodega.id
  secret_string = random_password.bodega.result
}

resource "aws_db_instance" "bodega" {
  identifier = "ibalong-bodega"
  username   = "bodega_admin"
  password   = random_password.bodega.result
}
''')

add("hcl/decoy-tfvars-example", "abaka/infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
# Kopyaha pasiring terraform.tfvars (naka-gitignore)
region            = "ap-southeast-1"
project           = "ibalong"
cloudflare_token  = "<cloudflare api token — hagadon ki Jomar>"
alert_email       = "ops@ibalongabaka.ph"
db_instance_class = "db.t4g.micro"
''')

add("hcl/cloudflare-token", "abaka/infra/terraform.tfvars", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", r'''
region            = "ap-southeast-1"
project           = "ibalong"
cloudflare_token  = "@@s@@"
alert_email       = "ops@ibalongabaka.ph"
db_instance_class = "db.t4g.micro"
''', cf_token())

add("dockerfile/env-token", "abaka/pricebot/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", r'''
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# pansamantala — ibalyo sa runtime env pag naka-deploy na sa VPS
ENV PRICEBOT_TOKEN=@@s@@
ENV TZ=Asia/Manila
CMD ["python", "bot_v2.py"]
''', telegram())

add("dockerfile/decoy-build-arg", "abaka/grading/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
COPY --from=build /src/dist /app
CMD ["node", "/app/server.js"]
''')

add("netrc/password", "abaka/ops/dotfiles/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", r'''
# para sa curl uploads sa buyer FTP (Osaka) asin sa lumang hosting
machine ftp.naturalfiber-osaka.jp
  login ibalong
  password @@s@@
machine ftp.ibalongabaka.ph
  login ibalongabaka
  password see-1password
''', words_pw())

add("pgpass/password", "abaka/ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# hostname:port:database:username:password
staging-db.ibalongabaka.ph:5432:payouts:payouts:@@s@@
localhost:5432:*:postgres:postgres
db.internal:5432:abaka_grades:reporting:*
# an prod nasa vault lang
''', fakes.redis_password(9370701))

add("shell-history/mysql-password", "abaka/ops/dotfiles/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", r'''
cd /srv/abaka/bodega
git pull
sudo systemctl restart bodega
tail -n 50 /var/log/bodega/app.log
mysql -h 10.20.0.5 -u bodega_app -p'@@s@@' bodega_abaka -e "select count(*) from bales where grade='S2'"
df -h
htop
exit
''', words_pw())

add("shell-history/decoy-history", "abaka/ops/dotfiles/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", r'''
: 1763863201:0;cd ~/work/ibalong
: 1763863210:0;git status
: 1763863255:0;export PAYMONGO_SECRET_KEY=$(op read "op://Abaka Prod/paymongo/secret")
: 1763863290:0;python -m payouts.run --dry-run
: 1763863340:0;sha256sum dist/station-2.3.1.apk
: 1763863401:0;gh pr create --fill
''')

add("ssh/openssh-private-key", "abaka/ops/keys/bodega_deploy", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("ssh/decoy-public-key", "abaka/ops/keys/bodega_deploy.pub", "https://man.openbsd.org/ssh-keygen", r'''
# deploy key (public) — idinagdag sa GitHub repo ibalong/bodega as read-only
# fingerprint: SHA256:q3Rk8Wm2Zp7Lx0Vb4Nc6Hd9Jf1Tg5Ys3Ua8Ie2Oo7Pw
# owner: jomar@ibalong-bodega
# created: 2026-09-12
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq4vXb7m2P9sLz0cR3tYw8nE5hJ6uF1gD2aQ7oN4iMk deploy@ibalong-bodega
''')

add("wireguard/private-key", "abaka/ops/vpn/wg-bodega.conf", "https://www.wireguard.com/quickstart/", r'''
# VPN sa pagitan kan opisina (Legazpi) asin bodega (port area)
[Interface]
Address = 10.66.0.2/24
PrivateKey = @@s@@
DNS = 10.66.0.1

[Peer]
# opisina router
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
Endpoint = vpn.ibalongabaka.ph:51820
AllowedIPs = 10.66.0.0/24
PersistentKeepalive = 25
''', wg_key())

add("wireguard/decoy-peer-only", "abaka/ops/vpn/README-vpn.md", "https://www.wireguard.com/quickstart/", r'''
# VPN (WireGuard)

Kada device may sadiring private key — gibuhon sa device mismo:

    wg genkey | tee privatekey | wg pubkey > publickey

Ipadara sako (Jomar) an **public key** lang. Mga peer ngunyan:

| device        | address    | public key                                   |
|---------------|------------|----------------------------------------------|
| opisina-rtr   | 10.66.0.1  | xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg= |
| bodega-pc     | 10.66.0.2  | TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0= |
''')

add("jupyter/api-key-in-cell", "abaka/analysis/presyo_forecast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Forecast kan presyo kan abaka (S2) — 2027 Q1\n", "Data: PhilFIDA weekly prices + sadiring buying records"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import anthropic\n",
    "client = anthropic.Anthropic(api_key=\"@@s@@\")\n",
    "summary = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=800, messages=[{\"role\": \"user\", \"content\": prompt}])"
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', anthropic())

add("jupyter/decoy-hashes-notebook", "abaka/analysis/dedupe_lots.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Dedupe kan lot records (doble an entry sa Malinao)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": [
    "ALB-2611-0042 md5=5d41402abc4b2a76b9719d911017c592\n",
    "ALB-2611-0042 md5=5d41402abc4b2a76b9719d911017c592  <- doble\n",
    "ALB-2611-0043 md5=7d793037a0760186574b0282f2f435e7\n"]}],
   "source": ["for lot in lots: print(lot.id, 'md5=' + hashlib.md5(lot.key()).hexdigest())"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("r/db-password", "abaka/analysis/weekly_report.R", "https://rpostgres.r-dbi.org/reference/postgres.html", r'''
# Lingguhang report kan binakal na abaka kada station
library(DBI)
library(dplyr)

con <- dbConnect(RPostgres::Postgres(),
                 host = "staging-db.ibalongabaka.ph", dbname = "abaka_grades",
                 user = "reporting", password = "@@s@@")
kg <- dbGetQuery(con, "select station, grade, sum(kg) kg from lots where week = date_trunc('week', now()) group by 1,2")
print(kg %>% arrange(desc(kg)))
dbDisconnect(con)
''', fakes.password(9370809))

add("r/decoy-keyring", "abaka/analysis/monthly_report.R", "https://cran.r-project.org/package=keyring", r'''
# Buwanang report — password gikan sa keyring (keyring::key_set("abaka_reporting"))
library(DBI)
con <- dbConnect(RPostgres::Postgres(),
                 host = "db.internal", dbname = "abaka_grades",
                 user = "reporting", password = keyring::key_get("abaka_reporting"))
print(dbGetQuery(con, "select station, sum(kg) from lots group by 1"))
dbDisconnect(con)
''')

add("go/sendgrid-key", "abaka/notify/main.go", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", r'''
package main

// Notify: email sa mga buyer kun may bagong lot na S2 na pwede i-reserve.
import (
	"log"

	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

const sendgridKey = "@@s@@" // TODO env

func main() {
	from := mail.NewEmail("Ibalong Abaka", "sales@ibalongabaka.ph")
	to := mail.NewEmail("Buyer", "buyers@naturalfiber-osaka.jp")
	msg := mail.NewSingleEmail(from, "Bagong lot: S2 18MT", to, "May bagong lot na S2.", "")
	resp, err := sendgrid.NewSendClient(sendgridKey).Send(msg)
	if err != nil {
		log.Fatal(err)
	}
	log.Println(resp.StatusCode)
}
''', sendgrid())

add("go/decoy-test-fixture", "abaka/notify/main_test.go", "https://pkg.go.dev/testing", r'''
package main

import "testing"

// Fake na key para sa unit test lang — dai ini gumagana sa SendGrid.
const fakeKey = "SG.fake-key-for-tests.not-a-real-sendgrid-key"

func TestBuildMessage(t *testing.T) {
	m := buildMessage("S2", 18)
	if m.Subject != "Bagong lot: S2 18MT" {
		t.Fatalf("subject: %q", m.Subject)
	}
	_ = fakeKey
}
''')

add("rclone/b2-key", "abaka/ops/dotfiles/rclone.conf", "https://rclone.org/b2/", r'''
# offsite backup kan scanned invoices (Backblaze B2)
[b2-invoices]
type = b2
account = 0045f3a9c7d1e20000000003
key = @@s@@
hard_delete = false

[local-nas]
type = local
''', "K004" + fakes.drawn(_seed(), 27, ALNUM))

add("ruby/decoy-rails-credentials", "abaka/legacy-portal/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", r'''
YnQ3cVhTbGtTUzB5TkFOc1lQdTRXQWVrd2hUVkdtNGhaQk5sMHdKbTNxdDhGekNaTlFjN3hXdVpWbk8yK2JXZ3pyYnE4
c0U5T1pCcUpKeWtNTDNvWUlwZWd2S3VhNW1aQ3VFdUxTM2dGK0VxWjJQRGY4VFJmTmJJRWgwTmlKSGhFYXJsY2VwRXJt
NVR4cGFQRHRLZEk2WnF0b3N2S0xJVjBjTkp4TVVwNUhOcExrN2JYc29hMW9OMjBZT1cyMElGcXRQQ2ZZdz09LS1sT2pD
Q2t6eGxYS0h0bEx5LS1CdXRSYXZ1ZThpTzdkT2hIcFNUTFJ3PT0=
--pZ7y0Vq3dN8cR2hB--Xk4mLw9tJ6sQ1aF0eU5gYo==
''')

add("ruby/database-yml", "abaka/legacy-portal/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", r'''
# lumang portal kan buyers (2019) — Rails 5, nasa lumang VPS pa
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5

production:
  <<: *default
  host: 127.0.0.1
  database: portal_prod
  username: portal
  password: "@@s@@"
''', words_pw())

add("log/token-in-url", "abaka/legacy-portal/log/production.log.1", "https://guides.rubyonrails.org/debugging_rails_applications.html#the-logger", r'''
I, [2026-11-21T09:12:03.114 #2210]  INFO -- : Started GET "/api/lots?status=open" for 203.177.42.18
I, [2026-11-21T09:12:03.118 #2210]  INFO -- : Processing by Api::LotsController#index as JSON
I, [2026-11-21T09:12:03.201 #2210]  INFO -- : Completed 200 OK in 83ms
I, [2026-11-21T09:12:07.550 #2210]  INFO -- : Outbound GET https://api.paymongo.com/v1/payments?limit=20 auth=Basic @@s@@
I, [2026-11-21T09:12:07.912 #2210]  INFO -- : Completed 200 OK in 362ms
I, [2026-11-21T09:13:44.001 #2211]  INFO -- : Started GET "/healthz" for 10.0.0.1
''', b64(paymongo() + ":"))

# ---------------------------------------------------------------- Lava Trail ATV Tours: booking site and payments

add("env/laravel-app", "atv/booking/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Lava Trail ATV"
APP_ENV=production
APP_KEY=base64:@@appkey@@
APP_DEBUG=false
APP_URL=https://book.lavatrailatv.ph

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=lavatrail
DB_USERNAME=lavatrail
DB_PASSWORD=@@s@@

MAIL_MAILER=log
# Xendit keys nasa admin panel na (settings table), dai digdi
''', words_pw(), appkey=b64(rnd(32)))

add("env/decoy-laravel-example", "atv/booking/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", r'''
APP_NAME="Lava Trail ATV"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=lavatrail
DB_USERNAME=root
DB_PASSWORD=

XENDIT_SECRET_KEY=xnd_development_CHANGE_ME
PAYMONGO_SECRET_KEY=sk_test_REPLACE_WITH_YOUR_OWN
''')

add("php/xendit-invoice", "atv/booking/app/Services/XenditService.php", "https://developers.xendit.co/api-reference/#create-invoice", r'''
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

// Invoice para sa ATV booking (GCash, Maya, cards). Gibo ni Paolo, Angeles.
class XenditService
{
    private string $key = '@@s@@';

    public function invoice(string $bookingRef, int $amountPhp, string $email): array
    {
        return Http::withBasicAuth($this->key, '')
            ->post('https://api.xendit.co/v2/invoices', [
                'external_id' => $bookingRef,
                'amount' => $amountPhp,
                'payer_email' => $email,
                'description' => 'Lava Trail ATV — Mayon trail ride',
            ])->json();
    }
}
''', xendit())

add("php/decoy-config-services", "atv/booking/config/services.php", "https://laravel.com/docs/11.x/configuration#accessing-configuration-values", r'''
<?php

return [
    'xendit' => [
        'secret' => env('XENDIT_SECRET_KEY'),
        'callback_token' => env('XENDIT_CALLBACK_TOKEN'),
    ],
    'paymongo' => [
        'public' => env('PAYMONGO_PUBLIC_KEY'),
        'secret' => env('PAYMONGO_SECRET_KEY'),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_TOKEN'),
        'from' => '+15005550006',
    ],
];
''')

add("php/paymongo-webhook-secret", "atv/booking/app/Http/Controllers/PaymongoWebhookController.php", "https://developers.paymongo.com/docs/webhooks", r'''
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class PaymongoWebhookController extends Controller
{
    // webhook signing secret (whsk_) — kinopya gikan sa dashboard, ibalyo sa .env
    private const SIGNING_SECRET = '@@s@@';

    public function __invoke(Request $request)
    {
        [$t, $te, $li] = array_map(fn ($p) => explode('=', $p)[1], explode(',', $request->header('Paymongo-Signature')));
        $sig = hash_hmac('sha256', $t . '.' . $request->getContent(), self::SIGNING_SECRET);
        abort_unless(hash_equals($sig, $li ?: $te), 401);
        return response()->noContent();
    }
}
''', mixed(28, "whsk_"))

add("javascript/decoy-paymongo-public", "atv/booking/resources/js/checkout.js", "https://developers.paymongo.com/docs/accepting-cards", r'''
// Checkout sa browser — PUBLIC key lang an pwede digdi (pk_live_), okay lang mahiling
const PAYMONGO_PUBLIC_KEY = 'pk_live_4mHs8Qe2Rt9Vx1Zb3Nd5Fg7J';

export async function attachCard(intentId, card) {
  const res = await fetch('https://api.paymongo.com/v1/payment_methods', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + btoa(PAYMONGO_PUBLIC_KEY + ':'), 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: { attributes: { type: 'card', details: card } } }),
  });
  return res.json();
}
''')

add("javascript/stripe-foreign", "atv/booking/server/stripe.js", "https://docs.stripe.com/keys", r'''
// Para sa foreign tourists na USD an card (Stripe). Local bookings: Xendit.
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function createCheckout(booking) {
  return stripe.checkout.sessions.create({
    mode: 'payment',
    currency: 'usd',
    line_items: [{ price_data: { currency: 'usd', unit_amount: booking.usdCents, product_data: { name: booking.trail } }, quantity: booking.pax }],
    success_url: 'https://book.lavatrailatv.ph/salamat',
    cancel_url: 'https://book.lavatrailatv.ph/trails',
  });
}
module.exports = { createCheckout };
''', stripe())

add("javascript/stripe-restricted", "atv/booking/server/refunds.js", "https://docs.stripe.com/keys#limit-access", r'''
// Refunds kun nag-ulan/nag-alert level an Mayon — restricted key (refunds:write lang)
const stripe = require('stripe')(
  '@@s@@'
);

module.exports.refund = async (paymentIntent, reason) => {
  // reason: 'bagyo', 'phivolcs-alert', 'customer'
  return stripe.refunds.create({ payment_intent: paymentIntent, metadata: { reason } });
};
''', stripe("rk_live_"))

add("json/decoy-stripe-fixture", "atv/booking/tests/fixtures/stripe_event.json", "https://docs.stripe.com/webhooks#events-overview", r'''
{
  "id": "evt_1QbR8xLavaTrail0000test",
  "object": "event",
  "type": "checkout.session.completed",
  "livemode": false,
  "data": {
    "object": {
      "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
      "amount_total": 8500,
      "currency": "usd",
      "metadata": {"booking_ref": "LT-2026-11-0931", "trail": "Lava Front Long Trail"}
    }
  }
}
''')

add("python/messenger-page-token", "atv/messenger-bot/app.py", "https://developers.facebook.com/docs/messenger-platform/get-started", r'''
"""Messenger bot kan Lava Trail ATV: presyo, schedule, booking link.
Sumisimbag sa Bikol, Tagalog o English depende sa mensahe."""
from flask import Flask, request
import requests

app = Flask(__name__)
PAGE_TOKEN = "@@s@@"
VERIFY_TOKEN = "lavatrail-verify"


@app.post("/webhook")
def webhook():
    for entry in request.json.get("entry", []):
        for ev in entry.get("messaging", []):
            reply = "Marhay na aldaw! Mag-book digdi: https://book.lavatrailatv.ph"
            requests.post("https://graph.facebook.com/v19.0/me/messages", params={"access_token": PAGE_TOKEN},
                          json={"recipient": {"id": ev["sender"]["id"]}, "message": {"text": reply}}, timeout=10)
    return "ok"
''', fb_token())

add("python/decoy-messenger-ssm", "atv/messenger-bot/config.py", "https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html", r'''
"""Config kan Messenger bot — an page token nasa SSM Parameter Store."""
import boto3

_ssm = boto3.client("ssm", region_name="ap-southeast-1")


def page_token() -> str:
    return _ssm.get_parameter(Name="/lavatrail/messenger/page_token", WithDecryption=True)["Parameter"]["Value"]


PAGE_ID = "104829371650283"       # public man an page id
GRAPH_VERSION = "v19.0"
''')

add("yaml/twilio-guides", "atv/dispatch/config.yml", "https://www.twilio.com/docs/iam/credentials/api", r'''
# Dispatch kan mga guide (SMS pag may booking sa aga)
twilio:
  account_sid: @@sid@@
  auth_token: @@s@@
  from: "+12512908841"
guides:
  - name: Boyet
    mobile: "+639171234501"
  - name: Jun-jun
    mobile: "+639171234502"
  - name: Ka Dodong
    mobile: "+639171234503"
schedule:
  first_ride: "06:00"   # bago mag-init, mas malinaw an Mayon
''', twilio_token(), sid=twilio_sid())

add("python/telegram-dispatch", "atv/dispatch/notify_guides.py", "https://core.telegram.org/bots/api#sendmessage", r'''
# Ipadara sa Telegram group kan mga guide an listahan kan rides sa aga
import requests

BOT = "@@s@@"
GROUP = -1002048371956


def send(bookings):
    lines = [f"{b['time']} — {b['trail']} — {b['pax']} pax ({b['name']})" for b in bookings]
    text = "Rides ngunyan na aldaw:\n" + "\n".join(lines) + "\n\nIngat sa lahar channel, basa pa an daan!"
    requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage", json={"chat_id": GROUP, "text": text}, timeout=10)
''', telegram())

add("python/openweather-key", "atv/dispatch/weather_check.py", "https://openweathermap.org/appid", r'''
# Check kan uran/hangin bago mag-ride. Kun > 20 mm, cancel an Lava Front trail.
import requests

OWM_KEY = "@@s@@"
MAYON = (13.2572, 123.6856)


def rain_mm_next_3h():
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": MAYON[0], "lon": MAYON[1], "appid": OWM_KEY, "units": "metric"}, timeout=10)
    first = r.json()["list"][0]
    return first.get("rain", {}).get("3h", 0.0)
''', hexs(32))

add("python/decoy-phivolcs-feed", "atv/dispatch/volcano_status.py", "https://www.phivolcs.dost.gov.ph/", r'''
# Alert level kan Mayon gikan sa PHIVOLCS bulletin (public, mayong key)
import re
import requests

BULLETIN = "https://wovodat.phivolcs.dost.gov.ph/bulletin/list-of-bulletin"
LAST_ETAG = "W/\"5f3a9c1e7b2d48e6a5c91f0d2e7b3a4c\""


def alert_level() -> int:
    html = requests.get(BULLETIN, timeout=15).text
    m = re.search(r"Mayon Volcano.*?Alert Level (\d)", html, re.S)
    return int(m.group(1)) if m else -1
''')

add("javascript/google-maps-server", "atv/booking/server/distance.js", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", r'''
// Distansya gikan sa hotel kan guest pasiring base camp (Cagsawa) para sa pickup fee
const axios = require('axios');
const KEY = '@@s@@'; // server key (IP-restricted daa)
const BASE_CAMP = '13.1659,123.6612';

exports.pickupFee = async (hotelAddress) => {
  const { data } = await axios.get('https://maps.googleapis.com/maps/api/distancematrix/json', {
    params: { origins: hotelAddress, destinations: BASE_CAMP, key: KEY },
  });
  const km = data.rows[0].elements[0].distance.value / 1000;
  return km <= 10 ? 0 : Math.round(km * 25);
};
''', google_api())

add("yaml/decoy-helm-values", "atv/deploy/helm/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
image:
  repository: ghcr.io/balendigital/lavatrail-booking
  tag: "1.14.2"
  digest: sha256:7c1e4a9f2b3d5e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
replicaCount: 2
env:
  APP_ENV: production
  APP_URL: https://book.lavatrailatv.ph
envFrom:
  - secretRef:
      name: lavatrail-booking-env   # gibo gikan sa External Secrets (AWS SM)
ingress:
  host: book.lavatrailatv.ph
''')

add("yaml/paypal-secret", "atv/booking/config/paypal.yml", "https://developer.paypal.com/api/rest/authentication/", r'''
# PayPal para sa mga Europeans na dai gusto mag-card
paypal:
  mode: live
  client_id: AZx8b2Q1mNcV9pLr3TfYh7KgE5sWd0JuXoA4iBnM6eRtC2yHvZ1qFjP8kLs
  client_secret: @@s@@
  return_url: https://book.lavatrailatv.ph/paypal/return
  cancel_url: https://book.lavatrailatv.ph/trails
''', paypal_secret())

add("markdown/decoy-paypal-sandbox", "atv/booking/docs/payments.md", "https://developer.paypal.com/tools/sandbox/", r'''
# Payments — Lava Trail ATV

| channel | para kanino | keys |
|---|---|---|
| Xendit (GCash/Maya/cards) | local guests | AWS Secrets Manager `lavatrail/xendit` |
| Stripe | foreign cards USD | AWS Secrets Manager `lavatrail/stripe` |
| PayPal | EU guests | `lavatrail/paypal` |

Sandbox testing: gumamit nin sandbox account gikan sa developer dashboard.
An `client_id` sa config pwede mahiling (public), an `client_secret` dai.
Refund policy: full refund kun Alert Level 2 pataas an Mayon (PHIVOLCS).
''')

add("csv/decoy-bookings-export", "atv/reports/bookings_2026-11-22.csv", "https://docs.python.org/3/library/csv.html", r'''
booking_ref,guest,trail,pax,amount_php,paid_via,payment_id
LT-2026-11-0931,Hannah M.,Lava Front Long Trail,2,7000,xendit,inv_6741b2c9e8f1a30012ab45cd
LT-2026-11-0932,Ramon D.,Cagsawa Short Trail,4,6000,paymongo,pay_Xk2m9QpL4vRt8sNw1ZbC6yHd
LT-2026-11-0933,Yuki T.,Green Lava Wall,1,3500,stripe,pi_3QbR8xLavaTrail0k2N9mT4
LT-2026-11-0934,Carlo P.,Cagsawa Short Trail,3,4500,cash,
''')

add("text/chat-export-token", "atv/notes/messenger_group_ops.txt", "https://www.facebook.com/help/messenger-app/713635396288741", r'''
Paolo (Angeles): uy Kuya Boyet, na-expire an token kan Messenger bot kaya dai nasimbag kagab-i
Paolo (Angeles): bago na, ipaste ko lang digdi para sa VPS mo:
Paolo (Angeles): @@s@@
Kuya Boyet: sige, restart ko an bot pagkatapos kan 6am ride
Paolo (Angeles): salamat! burahon ko ini pagkatapos
Ate Grace: nagka-cancel 2 bookings kagab-i dahil dai nasimbag 😓
''', fb_token())

add("text/decoy-ops-notes", "atv/notes/ops_log_nov.txt", "https://www.phivolcs.dost.gov.ph/", r'''
OPS LOG — Nobyembre 2026
11/03  Alert Level 1 pa man. Lava Front trail bukas.
11/07  Nag-rotate na kami nin Xendit key (lumang key na-revoke sa dashboard, 10:42 AM).
11/09  Bagong ATV #12 (Honda TRX420) — plate 7K-4821, chassis 1HFTE3500K4102938
11/12  Messenger bot: token nasa SSM na, dai na sa group chat.
11/15  Uran. 3 bookings moved to 11/16.
11/20  Inspection kan LGU Daraga, passed. Permit no. DRG-BP-2026-00871
''')

add("typescript/supabase-service-role", "atv/guide-app/src/lib/admin.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
// Admin client para sa guide check-in (bypass RLS) — server side lang dapat ini!
import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://qzkvxbnmlpwrtyhd.supabase.co';
const SERVICE_ROLE = '@@s@@';

export const admin = createClient(SUPABASE_URL, SERVICE_ROLE, { auth: { persistSession: false } });

export async function checkIn(guideId: string, bookingRef: string) {
  return admin.from('checkins').insert({ guide_id: guideId, booking_ref: bookingRef, at: new Date().toISOString() });
}
''', jwt_like('{"iss":"supabase","ref":"qzkvxbnmlpwrtyhd","role":"service_role","iat":1731024000,"exp":2046600000}'))

add("typescript/decoy-supabase-anon", "atv/guide-app/src/lib/client.ts", "https://supabase.com/docs/guides/api/api-keys", r'''
// Browser client: anon key (public, protected by RLS) gikan sa env at build time
import { createClient } from '@supabase/supabase-js';

export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);

export const TRAILS = ['Cagsawa Short Trail', 'Lava Front Long Trail', 'Green Lava Wall', 'Black Sand Dunes'];
''')

add("json/firebase-admin", "atv/guide-app/functions/serviceAccountKey.json", "https://firebase.google.com/docs/admin/setup", r'''
{
  "type": "service_account",
  "project_id": "lavatrail-guides",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "firebase-adminsdk-q7x2m@lavatrail-guides.iam.gserviceaccount.com",
  "client_id": "117392048561739204856",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(9371201, "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

add("json/decoy-firebase-web-config", "atv/guide-app/public/firebase-messaging-sw.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "comment": "Web push config: ini public identifiers (project, sender id, app id)",
  "projectId": "lavatrail-guides",
  "messagingSenderId": "738291046582",
  "appId": "1:738291046582:web:9c3f1a7b2e4d6f8a0b1c2d",
  "vapidPublicKey": "BEl62iUYgUivxIkv69yViEuiBIa-Ib9-SkvMeAtA3LFgDzkrxZJjSgSnfckjBJuBkr3qBUYIHBQFLXYp5Nksh8U"
}
''')

add("dart/decoy-flutter-env", "atv/guide-app-flutter/lib/env.dart", "https://dart.dev/guides/environment-declarations", r'''
// Values gikan sa --dart-define (CI), dai naka-hardcode
class Env {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.lavatrailatv.ph');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const mapsKey = String.fromEnvironment('MAPS_KEY');
  static const buildSha = String.fromEnvironment('BUILD_SHA', defaultValue: 'dev');
}
''')

add("dart/api-token", "atv/guide-app-flutter/lib/api.dart", "https://pub.dev/packages/http", r'''
import 'package:http/http.dart' as http;

// Token kan guide app sa booking API (admin scope pa ini — Paolo, palitan!)
const _token = '@@s@@';

Future<http.Response> todaysRides() {
  return http.get(
    Uri.parse('https://api.lavatrailatv.ph/v1/rides/today'),
    headers: {'Authorization': 'Bearer $_token'},
  );
}
''', mixed(48, "ltk_live_"))

add("swift/decoy-plist-keys", "atv/guide-app-ios/Config/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", r'''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key><string>ph.lavatrail.guides</string>
  <key>CFBundleShortVersionString</key><string>1.6.0</string>
  <key>API_BASE</key><string>$(API_BASE)</string>
  <key>MAPS_KEY</key><string>$(MAPS_KEY)</string>
  <key>NSLocationWhenInUseUsageDescription</key><string>Para makita an ruta kan ATV sa trail.</string>
</dict>
</plist>
''')

add("http/rest-client-bearer", "atv/booking/api-tests/bookings.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", r'''
### listahan kan bookings ngunyan
GET https://api.lavatrailatv.ph/v1/bookings?date=2026-11-22
Authorization: Bearer @@s@@
Accept: application/json

### cancel (uran)
POST https://api.lavatrailatv.ph/v1/bookings/LT-2026-11-0932/cancel
Authorization: Bearer @@s@@
Content-Type: application/json

{"reason": "weather"}
''', mixed(48, "ltk_live_"))

add("http/decoy-rest-client-vars", "atv/booking/api-tests/guides.http", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client#environment-variables", r'''
@base = https://api.lavatrailatv.ph/v1
### guides (token gikan sa rest-client environment, naka-gitignore)
GET {{base}}/guides
Authorization: Bearer {{$dotenv LAVATRAIL_API_TOKEN}}

### isang guide
GET {{base}}/guides/7
Authorization: Bearer {{$dotenv LAVATRAIL_API_TOKEN}}
''')

# ---------------------------------------------------------------- Balen Digital (Angeles): CI, hosting, dotfiles

add("gitlab-ci/deploy-token", "balen/ci-templates/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
# Balen Digital — shared pipeline para king Lava Trail asta king Ibalong
# Ali mu i-copy ing token keni king aliwang projects! (Paolo)
variables:
  DOCKER_DRIVER: overlay2
  REGISTRY: registry.gitlab.com/balendigital
  GL_TOKEN: "@@s@@"

stages: [build, deploy]

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$GL_TOKEN" | docker login registry.gitlab.com -u paolo.balen --password-stdin
    - docker build -t $REGISTRY/lavatrail-booking:$CI_COMMIT_SHORT_SHA .
    - docker push $REGISTRY/lavatrail-booking:$CI_COMMIT_SHORT_SHA
''', gitlab())

add("gitlab-ci/decoy-masked-vars", "balen/ci-templates/deploy.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
# Deploy job — variables a masked king GitLab settings (ali keni)
deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - ssh deploy@$DEPLOY_HOST "cd /srv/lavatrail && docker compose pull && docker compose up -d"
  only: [main]
''')

add("npmrc/auth-token", "balen/ui-kit/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
# ui-kit: private package @balen/ui (buttons, booking widget)
@balen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
''', npm_tok())

add("npmrc/decoy-env-ref", "balen/ui-kit/.npmrc.ci", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", r'''
# CI version — token gikan king environment ning runner
@balen:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
''')

add("json/docker-config-auth", "balen/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", r'''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "@@s@@"
    },
    "ghcr.io": {
      "credsStore": "desktop"
    }
  },
  "currentContext": "default"
}
''', b64("balendigital:" + docker_pat()))

add("json/decoy-docker-credstore", "balen/ops/docker/config.ci.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", r'''
{
  "credHelpers": {
    "public.ecr.aws": "ecr-login",
    "482913650271.dkr.ecr.ap-southeast-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass",
  "currentContext": "default",
  "plugins": {"debug": {"hooks": "exec"}}
}
''')

add("git-credentials/github-pat", "balen/ops/dotfiles/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://paolo-balen:@@s@@@github.com
https://oauth2:glpat-REVOKED-2026-09@gitlab.com
https://mikee.sicat:see-keychain@bitbucket.org
# mi-copy ku pa ngeni king bayung laptop, buran ke mamaya
https://paolo-balen@gitlab.balendigital.ph
''', fakes.github_token(9371401))

add("gitconfig/decoy-signing", "balen/ops/dotfiles/.gitconfig", "https://git-scm.com/docs/git-config", r'''
[user]
	name = Paolo Sicat
	email = paolo@balendigital.ph
	signingkey = ~/.ssh/id_ed25519.pub
[gpg]
	format = ssh
[commit]
	gpgsign = true
[credential]
	helper = osxkeychain
[url "git@github.com:"]
	insteadOf = https://github.com/
''')

add("yaml/github-fine-grained", "balen/ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", r'''
# Renovate (self-hosted king VPS ning Balen) — dependency updates
platform: github
endpoint: https://api.github.com/
token: @@s@@
repositories:
  - balendigital/lavatrail-booking
  - balendigital/ibalong-payouts
  - balendigital/ui-kit
onboarding: false
timezone: Asia/Manila
schedule: ["before 6am on monday"]
''', fakes.github_fine_grained_token(9371411))

add("shell/do-token", "balen/ops/scripts/snapshot-droplets.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
#!/bin/sh
# Snapshot da ring droplets bayu mag-deploy (lavatrail-web, ibalong-bodega)
DO_TOKEN="@@s@@"
for id in 418203947 418203951; do
  curl -s -X POST "https://api.digitalocean.com/v2/droplets/$id/actions" \
    -H "Authorization: Bearer $DO_TOKEN" -H "Content-Type: application/json" \
    -d "{\"type\":\"snapshot\",\"name\":\"pre-deploy-$(date +%Y%m%d)\"}"
done
echo "Dakal a salamat, mari na"
''', do_token())

add("shell/decoy-doctl-auth", "balen/ops/scripts/list-droplets.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", r'''
#!/bin/sh
# Listahan da ring droplets — `doctl auth init` munang dinalan (context: balen)
set -e
doctl auth switch --context balen
doctl compute droplet list --format ID,Name,PublicIPv4,Region,Status
doctl compute snapshot list --resource droplet --format ID,Name,CreatedAt | head -20
''')

add("ansible/vault-plain", "balen/ops/ansible/group_vars/lavatrail.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", r'''
# group_vars para king lavatrail servers
app_user: lavatrail
app_dir: /srv/lavatrail
php_version: "8.3"
mysql_root_password: "@@s@@"   # TODO ansible-vault ke ini
nginx_server_name: book.lavatrailatv.ph
certbot_email: ops@balendigital.ph
backups:
  keep_days: 14
''', words_pw())

add("ansible/decoy-vault-encrypted", "balen/ops/ansible/group_vars/ibalong/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", r'''
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616531643561
63396162303861373563393863393137383038326236646339346336333732613237303864363633
3739363638653936320a376561386434396335663462313361613939613038313236386138656335
36353236623135633532343937356534616438363364643661343630333035393262313165386438
6361
''')

add("systemd/env-password", "balen/ops/systemd/lavatrail-queue.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", r'''
[Unit]
Description=Lava Trail booking queue worker (emails, SMS)
After=network.target redis.service

[Service]
User=lavatrail
WorkingDirectory=/srv/lavatrail
Environment=REDIS_URL=redis://:@@s@@@127.0.0.1:6379/2
Environment=QUEUE_CONNECTION=redis
ExecStart=/usr/bin/php artisan queue:work --sleep=3 --tries=3
Restart=always

[Install]
WantedBy=multi-user.target
''', fakes.redis_password(9371501))

add("systemd/decoy-envfile", "balen/ops/systemd/ibalong-payouts.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", r'''
[Unit]
Description=Ibalong payouts (Spring Boot)
After=network.target

[Service]
User=payouts
EnvironmentFile=/etc/ibalong/payouts.env
LoadCredential=xendit:/etc/credstore/ibalong-xendit
ExecStart=/usr/bin/java -jar /srv/ibalong/payouts.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
''')

add("nginx/decoy-htpasswd", "balen/ops/nginx/htpasswd.admin", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
# admin panel ning Lava Trail (basic auth) — hashes, e ya password
paolo:$apr1$Xk2m9QpL$4vRt8sNw1ZbC6yHdJ0fGe/
grace:$apr1$Lt7q3Zb1$Qw8eR4tY6uI2oP0aSdFgH.
boyet:$apr1$Mn5v8Kc2$Zx1cV3bN7mL9kJ4hG6fD0/
jomar:$apr1$Pq4w7Er9$Ty2uI5oP8aS1dF3gH6jK9.
''')

add("nginx/basic-auth-header", "balen/ops/nginx/upstream-xendit-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
# proxy para king callback tests (staging lang kanu, pero live key ya)
location /xendit/ {
    proxy_pass https://api.xendit.co/;
    proxy_set_header Host api.xendit.co;
    proxy_set_header Authorization "Basic @@s@@";
    proxy_ssl_server_name on;
    access_log /var/log/nginx/xendit-proxy.log;
}
''', b64(xendit() + ":"))

add("vscode/sqltools-password", "balen/lavatrail-booking/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/mysql", r'''
{
  "editor.formatOnSave": true,
  "php.validate.executablePath": "/usr/bin/php",
  "sqltools.connections": [
    {
      "name": "lavatrail prod (read)",
      "driver": "MySQL",
      "server": "db.lavatrailatv.ph",
      "port": 3306,
      "database": "lavatrail",
      "username": "readonly",
      "password": "@@s@@"
    }
  ]
}
''', words_pw())

add("vscode/decoy-launch", "balen/lavatrail-booking/.vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", r'''
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Listen for Xdebug",
      "type": "php",
      "request": "launch",
      "port": 9003,
      "envFile": "${workspaceFolder}/.env",
      "pathMappings": {"/var/www/html": "${workspaceFolder}"}
    }
  ]
}
''')

_FZ_PW = words_pw()
add("xml/filezilla-password", "balen/ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.ibalongabaka.ph</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>ibalongabaka</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Ibalong lumang hosting</Name>
    </Server>
  </Servers>
</FileZilla3>
''', b64(_FZ_PW), enc=b64(_FZ_PW))

add("python/slack-webhook", "balen/monitoring/uptime_alert.py", "https://api.slack.com/messaging/webhooks", r'''
"""Uptime checker — mag-post king #alerts nung mate ing booking site o ing payouts."""
import requests

SLACK = "@@s@@"
SITES = ["https://book.lavatrailatv.ph/healthz", "https://api.ibalongabaka.ph/healthz"]

for url in SITES:
    try:
        ok = requests.get(url, timeout=10).status_code == 200
    except requests.RequestException:
        ok = False
    if not ok:
        requests.post(SLACK, json={"text": f":rotating_light: Mate ya ing {url} — pakicheck ngeni"}, timeout=10)
''', slack_webhook())

add("python/decoy-slack-env", "balen/monitoring/cert_expiry.py", "https://api.slack.com/messaging/webhooks", r'''
"""Certificate expiry check — webhook URL gikan king env (SLACK_ALERTS_URL)."""
import os
import ssl
import socket
import datetime as dt

HOSTS = ["book.lavatrailatv.ph", "ibalongabaka.ph"]
for h in HOSTS:
    cert = ssl.create_default_context().wrap_socket(socket.socket(), server_hostname=h)
    cert.connect((h, 443))
    exp = dt.datetime.strptime(cert.getpeercert()["notAfter"], "%b %d %H:%M:%S %Y %Z")
    print(h, exp, os.environ.get("SLACK_ALERTS_URL", "(no webhook)"))
''')

add("yaml/discord-webhook", "balen/monitoring/prometheus/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#discord_config", r'''
# Alertmanager — Discord channel #balen-ops
route:
  receiver: discord-ops
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: discord-ops
    discord_configs:
      - webhook_url: "@@s@@"
        title: "{{ .CommonLabels.alertname }} — {{ .CommonLabels.instance }}"
''', discord_webhook())

add("yaml/decoy-alertmanager-file", "balen/monitoring/prometheus/alertmanager.prod.yml", "https://prometheus.io/docs/alerting/latest/configuration/#discord_config", r'''
route:
  receiver: discord-ops
  group_wait: 30s
receivers:
  - name: discord-ops
    discord_configs:
      - webhook_url_file: /etc/alertmanager/secrets/discord_webhook
        title: "{{ .CommonLabels.alertname }}"
''')

add("yaml/grafana-token", "balen/monitoring/grafana/provisioning/datasources/ds.yml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r'''
apiVersion: 1
datasources:
  - name: Lavatrail MySQL
    type: mysql
    url: db.lavatrailatv.ph:3306
    user: grafana_ro
    jsonData:
      database: lavatrail
    secureJsonData:
      password: "@@s@@"
''', fakes.password(9371611))

add("toml/sentry-auth-token", "balen/lavatrail-booking/.sentryclirc", "https://docs.sentry.io/cli/configuration/", r'''
[defaults]
url = https://sentry.io/
org = balen-digital
project = lavatrail-booking

[auth]
; para king source maps upload (CI lang dapat)
token = @@s@@
''', "sntrys_" + b64('{"iat":1731024000,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"balen-digital"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM))

add("javascript/decoy-sentry-dsn-env", "balen/lavatrail-booking/resources/js/sentry.js", "https://docs.sentry.io/platforms/javascript/configuration/options/#dsn", r'''
import * as Sentry from '@sentry/browser';

// DSN gikan king Vite env; release ya ing git SHA
Sentry.init({
  dsn: import.meta.env.VITE_SENTRY_DSN,
  release: import.meta.env.VITE_GIT_SHA,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
});
''')

add("markdown/handover-note", "balen/docs/handover-lavatrail.md", "https://www.atlassian.com/work-management/knowledge-sharing/documentation", r'''
# Handover — Lava Trail ATV (Paolo -> Mikee)

Mayap a abak Mikee! Ini ing kailangan mu para king Lava Trail:

- Admin panel: https://book.lavatrailatv.ph/admin (user `mikee`, magpadala ya ing invite)
- Xendit dashboard: invite na ka (ops@balendigital.ph)
- MySQL prod (readonly muna): `readonly` / `@@s@@`
- Server: `ssh deploy@lavatrail-web` (idagdag ku ing pubkey mu)

Kutang mu ku nung atin problema. Dakal a salamat!
''', words_pw())

add("markdown/decoy-handover-vault", "balen/docs/handover-ibalong.md", "https://developer.1password.com/docs/cli/secret-references/", r'''
# Handover — Ibalong Abaka (Paolo -> Mikee)

Ing credentials atyu la king 1Password vault "Ibalong Prod":

- PayMongo secret: `op://Ibalong Prod/paymongo/secret`
- Xendit: `op://Ibalong Prod/xendit/credential`
- Bodega MySQL: `op://Ibalong Prod/bodega-db/password`
- AWS: SSO na (https://ibalong.awsapps.com/start)

Ali mu i-paste ing values king Slack o king docs. Salamat!
''')

# ---------------------------------------------------------------- both businesses: more services, keys, docs

add("json/dotnet-connection-string", "abaka/accounting-desktop/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Libro": "Server=192.168.1.20\\SQLEXPRESS;Database=IbalongLibro;User Id=libro_app;Password=@@s@@;TrustServerCertificate=True"
  },
  "Resibo": {
    "Printer": "EPSON TM-U220",
    "TinNo": "412-883-901-000",
    "Footer": "Dios mabalos sa pagbakal!"
  }
}
''', words_pw())

add("json/decoy-dotnet-keyvault", "abaka/accounting-desktop/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r'''
{
  "ConnectionStrings": {
    "Libro": "@Microsoft.KeyVault(SecretUri=https://ibalong-kv.vault.azure.net/secrets/libro-conn/)"
  },
  "Resibo": {
    "Printer": "EPSON TM-U220",
    "TinNo": "412-883-901-000"
  }
}
''')

add("csharp/azure-storage", "abaka/accounting-desktop/Services/ScanUploader.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace Ibalong.Libro.Services
{
    // I-upload an na-scan na resibo asin OR sa Azure (gikan sa accountant sa Legazpi)
    public class ScanUploader
    {
        private const string Conn = "@@s@@";
        private readonly BlobContainerClient _c = new BlobContainerClient(Conn, "resibo-scans");

        public async Task UploadAsync(string path)
        {
            await _c.UploadBlobAsync(Path.GetFileName(path), File.OpenRead(path));
        }
    }
}
''', azure_conn())

add("python/xero-client-secret", "abaka/accounting-sync/xero_sync.py", "https://developer.xero.com/documentation/guides/oauth2/custom-connections", r'''
"""Sync kan mga invoice sa Xero (custom connection). Para ki Ate Lorna sa end of month."""
import requests

CLIENT_ID = "A9F3C1E7B2D44E6A8C0F1B3D5E7A9C2F"
CLIENT_SECRET = "@@s@@"


def token():
    r = requests.post("https://identity.xero.com/connect/token",
                      data={"grant_type": "client_credentials", "scope": "accounting.transactions"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    return r.json()["access_token"]
''', fakes.drawn(_seed(), 48, ALNUM + "-_"))

add("python/django-secret-key", "abaka/farmer-portal/portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
"""Portal para sa mga parauma: hilingon an sadiring deliveries asin bayad."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@s@@"
DEBUG = False
ALLOWED_HOSTS = ["parauma.ibalongabaka.ph"]
LANGUAGE_CODE = "fil"
TIME_ZONE = "Asia/Manila"
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "portal.deliveries"]
''', fakes.django_secret_key(9371801))

add("python/decoy-django-env", "abaka/farmer-portal/portal/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", r'''
"""Production settings — SECRET_KEY gikan sa environment."""
import os
from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "portal",
                         "USER": os.environ["PORTAL_DB_USER"], "PASSWORD": os.environ["PORTAL_DB_PASSWORD"],
                         "HOST": "db.internal"}}
CSRF_TRUSTED_ORIGINS = ["https://parauma.ibalongabaka.ph"]
''')

add("yaml/decoy-sops", "abaka/farmer-portal/deploy/secrets.enc.yaml", "https://github.com/getsops/sops", r'''
django_secret_key: ENC[AES256_GCM,data:Xk2m9QpL4vRt8sNw1ZbC6yHdJ0fGeMn5v8Kc2Zx1cV3bN7mL9kJ4hG6fD0Pq4w7Er9Ty2uI5oP8aS1dF3g,iv:q3Rk8Wm2Zp7Lx0Vb4Nc6Hd9Jf1Tg5Ys3Ua8Ie2Oo7Pw=,tag:Lt7q3Zb1Qw8eR4tY6uI2oA==,type:str]
portal_db_password: ENC[AES256_GCM,data:9c3f1a7b2e4d6f8a0b1c2d3e4f5a,iv:Mn5v8Kc2Zx1cV3bN7mL9kJ4hG6fD0=,tag:Pq4w7Er9Ty2uI5oP8aS1dF==,type:str]
sops:
    age:
        - recipient: age1q3rk8wm2zp7lx0vb4nc6hd9jf1tg5ys3ua8ie2oo7pwqrk8wm2zp7lx0v
    lastmodified: "2026-11-19T03:12:44Z"
    mac: ENC[AES256_GCM,data:Hf3jL5nP7rT9vX1zB3dF5eYh7kM9pR1t,iv:Zx9cV7bN5mL3kJ1hG9fD7e==,tag:Ys5aQ3wE1rT9yU7iO5pA3s==,type:str]
    version: 3.9.1
''')

add("text/age-secret-key", "abaka/farmer-portal/deploy/keys.txt", "https://github.com/FiloSottile/age", r'''
# created: 2026-11-19T11:10:03+08:00
# public key: age1q3rk8wm2zp7lx0vb4nc6hd9jf1tg5ys3ua8ie2oo7pwqrk8wm2zp7lx0v
# (Jomar) backup kan sops key — DAI i-commit... pero nai-commit ko na 😬
# gamit: export SOPS_AGE_KEY_FILE=deploy/keys.txt
@@s@@
''', "AGE-SECRET-KEY-1" + rnd(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))

add("javascript/mongo-srv", "atv/reviews/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
// Reviews kan mga guest (5 stars para ki Kuya Boyet palagi 😄)
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://reviews_app:@@s@@@lavatrail.x7q2m.mongodb.net/reviews?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports.reviews = async () => {
  await client.connect();
  return client.db('reviews').collection('entries');
};
''', fakes.password(9371901))

add("env/redis-url", "atv/reviews/.env", "https://redis.io/docs/latest/develop/connect/clients/", r'''
NODE_ENV=production
PORT=3300
REDIS_URL=rediss://default:@@s@@@redis-14821.c1.asia-seast1-1.gce.redns.redis-cloud.com:14821
RATE_LIMIT_PER_MIN=30
MODERATION=manual
''', fakes.redis_password(9371913))

add("env/cloudinary-url", "atv/photos/.env", "https://cloudinary.com/documentation/node_integration#configuration", r'''
# Photos kan mga rides (GoPro sa helmet kan guide) — upload pasiring Cloudinary
CLOUDINARY_URL=cloudinary://@@apikey@@:@@s@@@lavatrail
WATERMARK=lavatrail_logo_white
MAX_PHOTOS_PER_BOOKING=120
DELETE_AFTER_DAYS=30
''', fakes.drawn(_seed(), 27, ALNUM + "-_"), apikey=str(_rng().randint(10**14, 10**15)))

add("python/algolia-admin", "atv/booking/scripts/reindex_trails.py", "https://www.algolia.com/doc/guides/security/api-keys/", r'''
# Reindex kan mga trail sa search (admin key — kaipuhan para sa saveObjects)
from algoliasearch.search.client import SearchClientSync

client = SearchClientSync("Q7XM2LAVAT", "@@s@@")
TRAILS = [
    {"objectID": "cagsawa-short", "name": "Cagsawa Short Trail", "minutes": 45, "php": 1500},
    {"objectID": "lava-front", "name": "Lava Front Long Trail", "minutes": 150, "php": 3500},
    {"objectID": "green-lava", "name": "Green Lava Wall", "minutes": 120, "php": 3000},
]
client.save_objects(index_name="trails", objects=TRAILS)
''', hexs(32))

add("javascript/decoy-algolia-search", "atv/booking/resources/js/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", r'''
// Search-only key: public ini, pwede sa browser (read lang sa index "trails")
import { liteClient } from 'algoliasearch/lite';

const APP_ID = 'Q7XM2LAVAT';
const SEARCH_ONLY_KEY = import.meta.env.VITE_ALGOLIA_SEARCH_KEY;
export const search = liteClient(APP_ID, SEARCH_ONLY_KEY);
export const INDEX = 'trails';
''')

add("python/airtable-pat", "atv/dispatch/schedule_sync.py", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
# Sync kan schedule kan mga guide gikan sa Airtable (ini an ginagamit ni Ate Grace)
import requests

AIRTABLE_PAT = "@@s@@"
BASE = "appQ7xM2LaVaTrL1a"


def guides_today(date):
    url = f"https://api.airtable.com/v0/{BASE}/Schedule"
    r = requests.get(url, headers={"Authorization": f"Bearer {AIRTABLE_PAT}"},
                     params={"filterByFormula": f"{{Petsa}}='{date}'"}, timeout=15)
    return [rec["fields"] for rec in r.json()["records"]]
''', mixed(14, "pat") + "." + hexs(64))

add("javascript/notion-token", "atv/notes-sync/index.js", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", r'''
// I-copy an incident reports (aksidente, sira na ATV) sa Notion database
const { Client } = require('@notionhq/client');

const notion = new Client({ auth: '@@s@@' });
const DB = '3f9a1c0e7b2d48e6a5c91f0d2e7b3a4c';

module.exports.report = (title, detail) => notion.pages.create({
  parent: { database_id: DB },
  properties: { Name: { title: [{ text: { content: title } }] } },
  children: [{ paragraph: { rich_text: [{ text: { content: detail } }] } }],
});
''', "ntn_" + fakes.drawn(_seed(), 46, ALNUM))

add("ruby/mailgun-key", "abaka/legacy-portal/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", r'''
# Mailgun para sa order confirmations kan lumang portal
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@s@@",
    domain: "mg.ibalongabaka.ph",
    api_host: "api.mailgun.net"
  }
end
''', mailgun())

add("php/brevo-newsletter", "atv/booking/app/Console/Commands/SendNewsletter.php", "https://developers.brevo.com/docs/getting-started", r'''
<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Support\Facades\Http;

// Buwanang newsletter: bagong trails, promo sa Daragang Magayon Festival
class SendNewsletter extends Command
{
    protected $signature = 'newsletter:send {campaignId}';

    public function handle(): void
    {
        Http::withHeaders(['api-key' => '@@s@@'])
            ->post("https://api.brevo.com/v3/emailCampaigns/{$this->argument('campaignId')}/sendNow");
        $this->info('Napadara na!');
    }
}
''', brevo())

add("python/openai-key", "atv/messenger-bot/smart_reply.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Smart reply: simbagon an mga tanong sa Bikol/Tagalog/English gamit an FAQ."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")
FAQ = open("faq_bikol_tagalog.md", encoding="utf-8").read()


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": "Ika an assistant kan Lava Trail ATV. FAQ:\n" + FAQ},
        {"role": "user", "content": question}])
    return r.choices[0].message.content
''', fakes.openai_key(9372001))

add("markdown/decoy-faq", "atv/messenger-bot/faq_bikol_tagalog.md", "https://developers.facebook.com/docs/messenger-platform/", r'''
# FAQ — Lava Trail ATV

**Pira an presyo?** Cagsawa Short Trail PHP 1,500 (45 min); Lava Front PHP 3,500 (2.5 oras).

**Pwede an aki?** Iyo, 12 anyos pataas, may kaibanan na adult. / Oo, 12 pataas basta may kasamang adult.

**Paano magbayad?** GCash, Maya, card — sa booking link. Dai kami nagpapadara nin password o OTP; dai tabi ihatag an OTP nindo sa siisay man.

**Kun mag-Alert Level 2 an Mayon?** Full refund o ilipat sa ibang aldaw.
''')

add("python/huggingface-token", "atv/messenger-bot/translate_bikol.py", "https://huggingface.co/docs/hub/security-tokens", r'''
# Pag-translate kan mga review sa Bikol -> English (fine-tuned model ni Mikee)
from huggingface_hub import InferenceClient

client = InferenceClient(model="balendigital/bcl-en-mt-small", token="@@s@@")


def to_english(text: str) -> str:
    return client.translation(text)["translation_text"]


if __name__ == "__main__":
    print(to_english("Magayon an Mayon ngunyan na aga, sulit an ride!"))
''', hf_tok())

add("shell/vault-token", "balen/ops/scripts/read-secret.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", r'''
#!/usr/bin/env bash
# Basahon ing secret king Vault (Balen) — token ku pansamantala
export VAULT_ADDR=https://vault.balendigital.ph:8200
export VAULT_TOKEN=@@s@@
vault kv get -field=secret kv/lavatrail/xendit
vault kv get -field=password kv/ibalong/bodega-db
''', vault_tok())

add("shell/decoy-vault-login", "balen/ops/scripts/read-secret-oidc.sh", "https://developer.hashicorp.com/vault/docs/auth/jwt/oidc-providers", r'''
#!/usr/bin/env bash
# Bayung paraan: OIDC login (Google Workspace ning Balen), ala nang static token
set -euo pipefail
export VAULT_ADDR=https://vault.balendigital.ph:8200
vault login -method=oidc role=ops >/dev/null
vault kv get -field=secret kv/lavatrail/xendit | wc -c
''')

add("pem/ec-private-key", "atv/booking/storage/keys/jwt-es256.pem", "https://www.rfc-editor.org/rfc/rfc5915", r'''
@@s@@
''', fakes.fake_pem(9372101, "EC"))

add("pem/decoy-public-key", "atv/booking/storage/keys/jwt-es256.pub.pem", "https://www.rfc-editor.org/rfc/rfc5480", r'''
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3Rk8Wm2Zp7Lx0Vb4Nc6Hd9Jf1Tg
5Ys3Ua8Ie2Oo7PwXk2m9QpL4vRt8sNw1ZbC6yHdJ0fGeMn5v8Kc2Zx1cV3bN7mL9kJ4
hG6fD0Pq4w7Er9Ty2uI5oP8aS1dF3gH6jK9==
-----END PUBLIC KEY-----
''')

add("pem/decoy-certificate", "atv/booking/storage/certs/book.lavatrailatv.ph.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUQ7xM2LaVaTrL1aQ7xM2LaVaTrL0wDQYJKoZIhvcNAQEL
BQAwRTELMAkGA1UEBhMCUEgxDjAMBgNVBAgMBUFsYmF5MREwDwYDVQQHDAhMZWdh
enBpMRMwEQYDVQQKDApMYXZhIFRyYWlsMB4XDTI2MTEwMTAwMDAwMFoXDTI3MDEz
MDAwMDAwMFowIDEeMBwGA1UEAwwVYm9vay5sYXZhdHJhaWxhdHYucGgwggEiMA0G
-----END CERTIFICATE-----
''')

add("pem/rsa-in-yaml", "atv/deploy/helm/secrets-dev.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", r'''
# dev cluster lang kuno — pero parehas na key sa prod (Paolo, 11/20)
apiVersion: v1
kind: Secret
metadata:
  name: lavatrail-jwt
type: Opaque
stringData:
  jwt-private.pem: |
@@indented@@
''', fakes.fake_pem(9372111, "RSA"), indented="\n".join("    " + line for line in fakes.fake_pem(9372111, "RSA").splitlines()))

add("yaml/decoy-external-secret", "atv/deploy/helm/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lavatrail-booking-env
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-sm
    kind: ClusterSecretStore
  target:
    name: lavatrail-booking-env
  dataFrom:
    - extract:
        key: lavatrail/booking/prod
''')

add("env/gmail-app-password", "atv/booking/.env.staging", "https://support.google.com/accounts/answer/185833", r'''
APP_ENV=staging
APP_URL=https://staging.book.lavatrailatv.ph
MAIL_MAILER=smtp
MAIL_HOST=smtp.gmail.com
MAIL_PORT=587
MAIL_USERNAME=bookings@lavatrailatv.ph
MAIL_PASSWORD="@@s@@"
MAIL_FROM_NAME="Lava Trail ATV (staging)"
''', " ".join(rnd(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4)))

add("yaml/klook-partner", "atv/channels/klook.yml", "https://www.klook.com/partner/", r'''
# Channel manager: Klook asin Viator bookings pasiring sa sadiring calendar
klook:
  partner_id: "LVT-ALB-0193"
  api_key: "@@s@@"
  sync_every_minutes: 10
viator:
  supplier_id: "6271983"
  api_key: "${VIATOR_API_KEY}"
timezone: Asia/Manila
''', uuid_s().replace("-", ""))

# ---------------------------------------------------------------- warehouse sensors, channels, scripts, misc

add("yaml/home-assistant-secrets", "abaka/bodega-sensors/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
# Home Assistant sa bodega: humidity kan abaka bales (dai dapat lumagpas 14%)
# secrets.yaml — dapat naka-.gitignore ini...
mqtt_username: bodega_ha
mqtt_password: "@@s@@"
latitude_bodega: 13.1467
longitude_bodega: 123.7561
''', fakes.redis_password(9372301))

add("yaml/decoy-ha-config", "abaka/bodega-sensors/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", r'''
homeassistant:
  name: Bodega Abaka Legazpi
  time_zone: Asia/Manila
  latitude: !secret latitude_bodega
  longitude: !secret longitude_bodega
mqtt:
  sensor:
    - name: "Humidity Bodega A"
      state_topic: "bodega/a/humidity"
      unit_of_measurement: "%"
# mqtt login: !secret mqtt_username / !secret mqtt_password
''')

add("arduino/mqtt-password", "abaka/bodega-sensors/esp32_humidity/esp32_humidity.ino", "https://pubsubclient.knolleary.net/api", r'''
// ESP32 + DHT22 sa bodega A — nagpapadara kan humidity kada 5 minutos
#include <WiFi.h>
#include <PubSubClient.h>
#include <DHT.h>

const char* WIFI_SSID = "Ibalong-Bodega";
const char* WIFI_PASS = WIFI_SECRET;          // nasa secrets.h
const char* MQTT_HOST = "10.66.0.1";
const char* MQTT_USER = "esp32_bodega_a";
const char* MQTT_PASS = "@@s@@";

WiFiClient net;
PubSubClient mqtt(net);
DHT dht(4, DHT22);

void loop() {
  if (!mqtt.connected()) mqtt.connect("bodega-a", MQTT_USER, MQTT_PASS);
  mqtt.publish("bodega/a/humidity", String(dht.readHumidity()).c_str());
  delay(300000);
}
''', fakes.password(9372311))

add("arduino/decoy-secrets-header-template", "abaka/bodega-sensors/esp32_humidity/secrets.h.example", "https://docs.arduino.cc/arduino-cloud/guides/arduino-secrets/", r'''
// Kopyaha ini pasiring secrets.h (naka-.gitignore) asin ilaag an tunay na values
#pragma once
#define WIFI_SECRET   "ilaag-an-wifi-password-digdi"
#define MQTT_SECRET   "ilaag-an-mqtt-password-digdi"
// Para sa bodega B: parehas na format
''')

add("text/decoy-mosquitto-passwd", "abaka/bodega-sensors/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# gibo gamit mosquitto_passwd -U (hashed, PBKDF2-SHA512)
bodega_ha:$7$101$Xk2m9QpL4vRt8sNw$Qw8eR4tY6uI2oP0aSdFgHjK9lZxCvBnM1qW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR1tY3uI5oA==
esp32_bodega_a:$7$101$Lt7q3Zb1Mn5v8Kc2$Zx1cV3bN7mL9kJ4hG6fD0Pq4w7Er9Ty2uI5oP8aS1dF3gH6jK9lZ2xC4vB6nM8qW0eR2tY4uI6oA==
esp32_bodega_b:$7$101$Hf3jL5nP7rT9vX1z$B3dF5eYh7kM9pR1tV3xZ5bD7fH9jL1nP3rT5vX7zB9dF1eYh3kM5pR7tV9xZ1bD3fH5jL7nP9rA==
nodered:$7$101$Pq4w7Er9Ty2uI5oP$8aS1dF3gH6jK9lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0vB2nM4qW6eR8tY0uA==
''')

add("javascript/decoy-nodered-settings", "abaka/bodega-sensors/node-red/settings.js", "https://nodered.org/docs/user-guide/runtime/securing-node-red#credentials", r'''
// Node-RED sa bodega (alarm kun humidity > 14%)
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    // an credentials sa flows_cred.json naka-encrypt gamit ini (gikan sa env)
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    adminAuth: {
        type: "credentials",
        users: [{ username: "jomar", password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y", permissions: "*" }]
    },
    logging: { console: { level: "info" } }
};
''')

add("javascript/maya-secret", "atv/booking/server/maya.js", "https://developers.maya.ph/reference/authentication", r'''
// Maya Checkout — alternatibo sa Xendit kun down (nangyari kan 11/07)
const MAYA_SECRET = '@@s@@';
const auth = 'Basic ' + Buffer.from(MAYA_SECRET + ':').toString('base64');

exports.checkout = (booking) => fetch('https://pg.maya.ph/checkout/v1/checkouts', {
  method: 'POST',
  headers: { Authorization: auth, 'Content-Type': 'application/json' },
  body: JSON.stringify({
    totalAmount: { value: booking.php, currency: 'PHP' },
    requestReferenceNumber: booking.ref,
    redirectUrl: { success: 'https://book.lavatrailatv.ph/salamat', failure: 'https://book.lavatrailatv.ph/bayad-failed' },
  }),
}).then((r) => r.json());
''', "sk-" + fakes.drawn(_seed(), 43, ALNUM))

add("php/globe-labs-secret", "abaka/sms-notify/globe_labs.php", "https://www.globelabs.com.ph/docs/", r'''
<?php
// Backup SMS gateway (Globe Labs) kun nag-down an Semaphore
$appId     = 'MxAe7y9kqXc5LTa6bnRjKoT8g1pq3zBn';
$appSecret = '@@s@@';
$shortcode = '21663543';

function globe_send(string $to, string $msg): void {
    global $appId, $appSecret, $shortcode;
    $url = "https://devapi.globelabs.com.ph/smsmessaging/v1/outbound/$shortcode/requests?app_id=$appId&app_secret=$appSecret";
    file_get_contents($url, false, stream_context_create(['http' => ['method' => 'POST',
        'header' => 'Content-Type: application/json',
        'content' => json_encode(['outboundSMSMessageRequest' => ['address' => $to, 'outboundSMSTextMessage' => ['message' => $msg]]])]]));
}
''', hexs(64))

add("python/viber-bot-token", "abaka/pricebot/viber_bot.py", "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token", r'''
# Viber bot — mas dakol an mga parauma na naka-Viber kaysa Telegram
from viberbot import Api
from viberbot.api.bot_configuration import BotConfiguration

bot_config = BotConfiguration(
    name="Ibalong Presyo",
    avatar="https://ibalongabaka.ph/static/abaka-logo.png",
    auth_token="@@s@@",
)
viber = Api(bot_config)
viber.set_webhook("https://ibalongabaka.ph/viber/webhook")
''', hexs(16) + "-" + hexs(16) + "-" + hexs(16))

add("json/google-oauth-secret", "atv/booking/storage/google/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", r'''
{
  "web": {
    "client_id": "738291046582-7q2mlavatrail0k9x3b1c4d5e6f7g8h9.apps.googleusercontent.com",
    "project_id": "lavatrail-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@s@@",
    "redirect_uris": ["https://book.lavatrailatv.ph/oauth/google/callback"]
  }
}
''', "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"))

add("ruby/shopify-token", "abaka/handicrafts-shop/sync_inventory.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", r'''
# Sync kan stock kan abaca handicrafts (bags, placemats, slippers gikan Tiwi) sa Shopify
require "shopify_api"

session = ShopifyAPI::Auth::Session.new(
  shop: "ibalong-handicrafts.myshopify.com",
  access_token: "@@s@@"
)
client = ShopifyAPI::Clients::Rest::Admin.new(session: session)
levels = client.get(path: "inventory_levels", query: { location_ids: "71829301" })
puts levels.body["inventory_levels"].size
''', "shpat_" + hexs(32))

add("python/mailchimp-key", "abaka/handicrafts-shop/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", r'''
"""Newsletter sa mga buyer kan handicrafts (Christmas catalog)."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@s@@", "server": "us21"})
LIST_ID = "4f8c2a19d7"

members = client.lists.get_list_members_info(LIST_ID, count=100)
print(len(members["members"]), "subscribers")
''', hexs(32) + "-us21")

add("crontab/url-basic-auth", "abaka/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command  — bodega server (Asia/Manila)
MAILTO=ops@ibalongabaka.ph
*/15 * * * * /srv/abaka/bin/sync-scales.sh >> /var/log/scales.log 2>&1
0 6 * * *    curl -fsS "https://pricebot:@@s@@@ibalongabaka.ph/api/prices/publish" > /dev/null
30 23 * * *  /srv/abaka/ops/backup_docs_v2.sh
0 2 * * 0    find /tmp -name 'scan-*.pdf' -mtime +7 -delete
''', words_pw())

add("python/boto3-hardcoded", "atv/photos/upload_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", r'''
"""Upload kan GoPro clips pasiring S3 (bucket: lavatrail-ride-videos)."""
import sys
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)
for path in sys.argv[1:]:
    s3.upload_file(path, "lavatrail-ride-videos", f"raw/{path.rsplit('/', 1)[-1]}")
    print("na-upload:", path)
''', fakes.aws_secret_key(9372401), kid=fakes.aws_key_id(9372401))

add("ini/aws-session-token", "balen/ops/dotfiles/aws-credentials-mikee", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
# kinopya ku king SSO portal ("Command line or programmatic access") — mag-expire ya bukas
[lavatrail-admin]
aws_access_key_id = ASIA@@kidtail@@
aws_secret_access_key = @@sak@@
aws_session_token = @@s@@
region = ap-southeast-1
''', fakes.aws_session_token(9372411), kidtail=fakes.aws_key_id(9372411)[4:], sak=fakes.aws_secret_key(9372412))

add("go/twilio-api-key", "atv/dispatch-go/sms.go", "https://www.twilio.com/docs/iam/api-keys", r'''
package dispatch

// SMS sa guides gamit Twilio API key (bako an auth token)
import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username:   "SK@@keysid@@",
	Password:   "@@s@@",
	AccountSid: "@@acct@@",
})

func Send(to, body string) error {
	p := &api.CreateMessageParams{}
	p.SetTo(to)
	p.SetFrom("+12512908841")
	p.SetBody(body)
	_, err := client.Api.CreateMessage(p)
	return err
}
''', mixed(32), keysid=hexs(32), acct=twilio_sid())

add("python/slack-bot-token", "balen/tools/standup_bot.py", "https://api.slack.com/authentication/token-types#bot", r'''
"""Standup bot ning Balen — mangutang king 9:00 AM: 'Nanu ing gagawan mu ngeni?'"""
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")
TEAM = ["U04PAOLO01", "U04MIKEE02", "U04JOMAR03"]

for member in TEAM:
    slack.chat_postMessage(channel=member, text="Mayap a abak! Nanu ing gagawan mu ngeni? Atin blocker?")
''', slack_bot())

add("compose/mysql-root", "atv/booking/docker-compose.yml", "https://hub.docker.com/_/mysql", r'''
# Local dev stack ni Paolo (Angeles) — kapareho kan prod version
services:
  app:
    build: .
    ports: ["8000:8000"]
    depends_on: [mysql]
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@s@@"
      MYSQL_DATABASE: lavatrail
    ports: ["3306:3306"]
''', words_pw())

add("kotlin/exposed-db", "abaka/grading-kt/src/main/kotlin/Db.kt", "https://jetbrains.github.io/Exposed/database-and-datasource.html", r'''
package ph.ibalong.grading

import org.jetbrains.exposed.sql.Database

// Koneksyon sa grading DB — Aileen, ibalyo ta sa env pag may oras na
object Db {
    fun connect() = Database.connect(
        url = "jdbc:postgresql://staging-db.ibalongabaka.ph:5432/abaka_grades",
        driver = "org.postgresql.Driver",
        user = "grading",
        password = "@@s@@",
    )
}
''', fakes.password(9372501))

add("powershell/plaintext-securestring", "abaka/accounting-desktop/deploy/install-service.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# I-install an Libro sync bilang Windows service sa PC ni Ate Lorna
$ErrorActionPreference = "Stop"
$user = "IBALONG\svc-libro"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-Service -Name "LibroSync" -BinaryPathName "C:\Ibalong\Libro\LibroSync.exe" `
    -DisplayName "Ibalong Libro Sync" -StartupType Automatic -Credential $cred
Start-Service LibroSync
Write-Host "Tapos na. Dios mabalos!"
''', words_pw())

add("batch/net-use-password", "abaka/accounting-desktop/deploy/map-drive.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", r'''
@echo off
REM I-map an shared folder kan mga resibo (NAS sa opisina)
REM Para sa mga bagong PC sa front desk
net use R: /delete /y >nul 2>&1
net use R: \\192.168.1.30\resibo /user:IBALONG\frontdesk @@s@@ /persistent:yes
echo Na-map na an R: drive
pause
''', words_pw())

add("groovy/jenkins-token", "balen/legacy-ci/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r'''
// Lumang Jenkins ning Balen (bayu ing GitLab CI) — para king ibalong-payouts
pipeline {
    agent any
    environment {
        SONAR_TOKEN = '@@s@@'
    }
    stages {
        stage('Build') { steps { sh './gradlew build' } }
        stage('Sonar') { steps { sh './gradlew sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.token=$SONAR_TOKEN' } }
    }
}
''', "sqp_" + hexs(40))

add("json/firebase-ci-token", "atv/guide-app/.firebaserc.ci.json", "https://firebase.google.com/docs/cli#cli-ci-systems", r'''
{
  "projects": {
    "default": "lavatrail-guides"
  },
  "ci": {
    "comment": "firebase login:ci token ni Paolo (deprecated na daa pero gumagana pa)",
    "token": "@@s@@"
  }
}
''', "1//0g" + fakes.drawn(_seed(), 98, ALNUM + "-_"))

add("json/decoy-eas", "atv/guide-app-expo/eas.json", "https://docs.expo.dev/build/eas-json/", r'''
{
  "cli": { "version": ">= 12.0.0" },
  "build": {
    "production": {
      "android": { "buildType": "app-bundle" },
      "env": { "API_BASE": "https://api.lavatrailatv.ph" }
    }
  },
  "submit": {
    "production": { "android": { "serviceAccountKeyPath": "./secrets/play-sa.json", "track": "internal" } }
  }
}
''')

add("terraform/do-provider", "balen/infra/providers.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", r'''
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.40" }
  }
}

# Ali ya pa migrate king TF_VAR_do_token — pansamantala
provider "digitalocean" {
  token = "@@s@@"
}
''', do_token())

add("yaml/decoy-pulumi-secure", "balen/infra-pulumi/Pulumi.prod.yaml", "https://www.pulumi.com/docs/concepts/secrets/", r'''
config:
  lavatrail:region: sgp1
  lavatrail:dropletSize: s-2vcpu-4gb
  lavatrail:dbPassword:
    secure: v1:Xk2m9QpL4vRt8sNw:1ZbC6yHdJ0fGeMn5v8Kc2Zx1cV3bN7mL9kJ4hG6fD0Pq4w7Er9Ty2uI5oP8aS1dF3g
  lavatrail:xenditKey:
    secure: v1:Lt7q3Zb1Qw8eR4tY:6uI2oP0aSdFgHjK9lZxCvBnM1qW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9eR
''')

add("yaml/kubeconfig-client-key", "balen/ops/kube/lavatrail-doks.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUREVENDQWZXZ0F3SUJBZ0lVYWJha2E=
    server: https://7f3a9c1e-lavatrail.k8s.ondigitalocean.com
  name: do-sgp1-lavatrail
users:
- name: paolo-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMwekNDQWJ1Z0F3SUJBZ0lJYWJha2E=
    client-key-data: @@enc@@
contexts:
- context: {cluster: do-sgp1-lavatrail, user: paolo-admin}
  name: lavatrail
current-context: lavatrail
''', fakes.fake_pem(9372601, "RSA"), enc=b64(fakes.fake_pem(9372601, "RSA") + "\n"))

add("yaml/decoy-kubeconfig-exec", "balen/ops/kube/ibalong-eks.yaml", "https://docs.aws.amazon.com/eks/latest/userguide/create-kubeconfig.html", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUMvakNDQWVhZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmxjbTVsZEdWek1CNFhEVEkyTVRFd01UQXdNREF3TUZv
    server: https://B7C1E4A9F2B3D5E6.gr7.ap-southeast-1.eks.amazonaws.com
  name: ibalong-eks
users:
- name: ibalong-eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "ibalong-eks", "--region", "ap-southeast-1"]
contexts:
- context: {cluster: ibalong-eks, user: ibalong-eks}
  name: ibalong
current-context: ibalong
''')

add("json/postman-env", "atv/booking/api-tests/LavaTrail.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "5b0c1a2f-3e4d-4c6f-8a9b-0c1d2e3f4a5b",
  "name": "LavaTrail PROD",
  "values": [
    {"key": "base", "value": "https://api.lavatrailatv.ph/v1", "type": "default", "enabled": true},
    {"key": "xendit_key", "value": "@@s@@", "type": "secret", "enabled": true},
    {"key": "booking_ref", "value": "LT-2026-11-0931", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', xendit())

add("json/decoy-postman-env-empty", "atv/booking/api-tests/LavaTrail.postman_environment.example.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "id": "8c9d0e1f-2a3b-4c5d-9e6f-7a8b9c0d1e2f",
  "name": "LavaTrail LOCAL",
  "values": [
    {"key": "base", "value": "http://localhost:8000/v1", "type": "default", "enabled": true},
    {"key": "xendit_key", "value": "", "type": "secret", "enabled": true},
    {"key": "booking_ref", "value": "LT-TEST-0001", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

# ---------------------------------------------------------------- packaging, notes, chats, leftovers

add("makefile/pypi-token", "balen/abaka-grades-lib/Makefile", "https://pypi.org/help/#apitoken", r'''
# abaka-grades: maliit na library para sa PhilFIDA grade codes (S2, S3, JK, ...)
.PHONY: build publish test

test:
	python -m pytest -q

build:
	python -m build

publish: build
	# TODO: trusted publishing na lang — ali ke pa asikasu
	twine upload -u __token__ -p @@s@@ dist/*
''', fakes.pypi_token(9372701))

add("python/decoy-requirements-hashes", "balen/abaka-grades-lib/requirements.lock", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", r'''
# pip-compile --generate-hashes
attrs==24.2.0 \
    --hash=sha256:5cfb1b9148b5b086569baec03f20d7b6bf3bcacc9a42bebf87ffaaca362f6346 \
    --hash=sha256:81921eb96de3191c8258c199618104dd27ac608d9366f5e35d011eae1867ede2
requests==2.32.3 \
    --hash=sha256:70761cfe03c773ceb22aa2f671b4757976145175cdfca038c02654d061d6dcc6 \
    --hash=sha256:55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760
''')

add("yaml/actions-aws-inline", "atv/booking/.github/workflows/backup.yml", "https://github.com/aws-actions/configure-aws-credentials", r'''
name: nightly-db-backup
on:
  schedule: [{cron: "0 18 * * *"}]   # 2:00 AM Asia/Manila
jobs:
  backup:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_REGION: ap-southeast-1
    steps:
      - run: mysqldump -h db.lavatrailatv.ph -u backup lavatrail | gzip > db.sql.gz
      - run: aws s3 cp db.sql.gz s3://lavatrail-backups/$(date +%F).sql.gz
''', fakes.aws_secret_key(9372711), kid=fakes.aws_key_id(9372711))

add("markdown/docker-run-readme", "abaka/grading/README.md", "https://hub.docker.com/_/postgres", r'''
# Abaka Grading API

Para sa mga grader sa buying stations: ilaag an timbang, moisture, asin grade kan kada lot.

## Paano padaganon (local)

```bash
docker run -d --name abaka-pg -p 5432:5432 \
  -e POSTGRES_USER=grading -e POSTGRES_PASSWORD=@@s@@ \
  -e POSTGRES_DB=abaka_grades postgres:16
./gradlew run
```

Kun may problema, i-message si Aileen o si Jomar sa Viber group.
''', fakes.password(9372721))

add("elixir/secret-key-base", "atv/live-tracker/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", r'''
import Config

# Live tracker kan mga ATV (GPS kada 10 segundos) — Phoenix LiveView
if config_env() == :prod do
  config :tracker, TrackerWeb.Endpoint,
    url: [host: "track.lavatrailatv.ph", port: 443, scheme: "https"],
    http: [port: 4000],
    secret_key_base: "@@s@@"

  config :tracker, Tracker.Repo, url: System.fetch_env!("DATABASE_URL"), pool_size: 5
end
''', rnd(64, ALNUM + "+/"))

add("rust/smtp-password", "atv/live-tracker-rs/src/alert.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/index.html", r'''
// Alert kun may ATV na lumampas sa geofence (lahar channel bawal!)
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

pub fn send_alert(atv: &str, lat: f64, lon: f64) {
    let email = Message::builder()
        .from("tracker@lavatrailatv.ph".parse().unwrap())
        .to("ops@lavatrailatv.ph".parse().unwrap())
        .subject(format!("GEOFENCE: ATV {atv} nasa labas kan trail"))
        .body(format!("https://maps.google.com/?q={lat},{lon}"))
        .unwrap();
    let creds = Credentials::new("tracker@lavatrailatv.ph".into(), "@@s@@".into());
    let mailer = SmtpTransport::relay("smtp.zoho.com").unwrap().credentials(creds).build();
    let _ = mailer.send(&email);
}
''', words_pw())

add("lua/redis-auth", "atv/edge/rate_limit.lua", "https://github.com/openresty/lua-resty-redis#auth", r'''
-- OpenResty rate limit para sa booking API (para dai ma-spam an Xendit invoices)
local redis = require "resty.redis"
local red = redis:new()
red:set_timeouts(200, 200, 200)
assert(red:connect("10.10.0.4", 6379))
local ok, err = red:auth("@@s@@")
if not ok then ngx.log(ngx.ERR, "redis auth: ", err) return end
local key = "rl:" .. ngx.var.binary_remote_addr
local n = red:incr(key)
if n == 1 then red:expire(key, 60) end
if n > 30 then return ngx.exit(429) end
''', fakes.redis_password(9372731))

add("json/crash-dump-bearer", "atv/guide-app-flutter/crash/crash_2026-11-21T0614.json", "https://docs.sentry.io/platforms/dart/guides/flutter/enriching-events/breadcrumbs/", r'''
{
  "app": "ph.lavatrail.guides",
  "version": "1.6.0+42",
  "device": "Samsung SM-A145F",
  "error": "SocketException: Failed host lookup: 'api.lavatrailatv.ph'",
  "request": {
    "method": "GET",
    "url": "https://api.lavatrailatv.ph/v1/rides/today",
    "headers": {"Authorization": "Bearer @@s@@", "Accept": "application/json"}
  },
  "note": "mayong signal sa may Busay Falls"
}
''', mixed(48, "ltk_live_"))

add("markdown/pr-review-diff", "abaka/reviews/PR-118-semaphore-fallback.md", "https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/commenting-on-a-pull-request", r'''
# PR #118 — sms: fallback sender kun mag-fail an primary

**Author:** Jomar · **Reviewer:** Paolo (Angeles)

```diff
 import requests
+
+# secondary Semaphore account (an sa Tabaco branch)
+FALLBACK_KEY = "@@s@@"
+FALLBACK_SENDER = "IBALONGTBC"
```

> **Paolo:** Jomar, ali ta i-hardcode ing key keni — ibalyo ta king env bago i-merge. 
> **Jomar:** sige po, ayusin ko bukas.
''', semaphore())

add("text/kapampangan-chat-token", "balen/notes/messenger_paolo_mikee.txt", "https://www.facebook.com/help/messenger-app/713635396288741", r'''
Mikee: Paolo, atin ka bang PayMongo key para king Ibalong? Mag-test ku sana king payouts
Paolo: ayni, live ya ini ah, ali mu gamitan king test: @@s@@
Mikee: ay sorry, sandbox sana ing buri ku
Paolo: kutang mu ke Jomar ing sandbox, atyu ya king 1Password
Mikee: sige, dakal a salamat!
Paolo: buran ku ne ing mensahi a ita mamaya
''', paymongo())

add("markdown/router-notes-tagalog", "atv/notes/IT-notes-basecamp.md", "https://www.tp-link.com/ph/support/faq/87/", r'''
# IT notes — Base camp Cagsawa

- Internet: Converge fiber 100 Mbps, account no. 8829-1047-3
- Router: TP-Link Archer C6 sa likod ng counter
  - admin page: http://192.168.0.1
  - admin password: `@@s@@` (pinalitan ni Paolo noong 11/09)
- Wi-Fi ng guests: "LavaTrail-Guests" (nasa karatula sa counter)
- CCTV NVR: naka-link sa Hik-Connect, ang account ay kay Ate Grace
- Kapag walang internet: i-restart muna ang ONU bago tumawag sa Converge
''', words_pw())

add("email/sftp-password-mail", "atv/notes/mail_klook_sftp.eml", "https://www.rfc-editor.org/rfc/rfc5322", r'''
From: "Klook Supplier Ops" <supplier-ops@partner-mail.example>
To: "Grace Morales" <grace@lavatrailatv.ph>
Subject: SFTP for daily availability upload
Date: Tue, 17 Nov 2026 14:20:08 +0800

Hi Grace,

Your SFTP account for availability files is active:
  host: sftp-partners.klook-feed.example  port 22
  user: lvt_alb_0193
  password: @@s@@

Please upload availability_YYYYMMDD.csv before 20:00 PHT daily.

Regards,
Supplier Operations
''', fakes.password(9372741))

add("json/vercel-token-package", "balen/landing/package.json", "https://vercel.com/docs/cli/global-options#token", r'''
{
  "name": "balen-landing",
  "private": true,
  "version": "0.4.0",
  "scripts": {
    "dev": "next dev",
    "build": "next build",
    "deploy": "vercel deploy --prod --token @@s@@ --yes"
  },
  "dependencies": {"next": "14.2.15", "react": "18.3.1", "react-dom": "18.3.1"}
}
''', fakes.drawn(_seed(), 24, ALNUM))

add("yaml/expo-token-ci", "atv/guide-app-expo/.github/workflows/eas-build.yml", "https://docs.expo.dev/accounts/programmatic-access/", r'''
name: eas-build
on:
  workflow_dispatch:
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      EXPO_TOKEN: @@s@@
    steps:
      - uses: actions/checkout@v4
      - uses: expo/expo-github-action@v8
        with: {eas-version: latest}
      - run: eas build --platform android --profile production --non-interactive
''', fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("shell/atlassian-token", "balen/tools/jira-weekly.sh", "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", r'''
#!/bin/bash
# Lingguhang report da reng tickets (Lava Trail + Ibalong) para king kliyente
JIRA=https://balendigital.atlassian.net
AUTH="paolo@balendigital.ph:@@s@@"
curl -s -u "$AUTH" "$JIRA/rest/api/3/search?jql=project%20in%20(LVT,IBA)%20AND%20updated%3E-7d" \
  | jq -r '.issues[] | "\(.key)\t\(.fields.status.name)\t\(.fields.summary)"' > weekly.tsv
echo "Mari na ing report: weekly.tsv"
''', "ATATT3xFfGF0" + fakes.drawn(_seed(), 180, ALNUM + "-_") + "=" + hexs(8).upper())

add("python/gemini-key", "abaka/analysis/translate_notes.py", "https://ai.google.dev/gemini-api/docs/api-key", r'''
"""I-translate an mga sulat kan mga parauma (Bikol) pasiring English para sa buyer sa Japan."""
import google.generativeai as genai

genai.configure(api_key="@@s@@")
model = genai.GenerativeModel("gemini-1.5-flash")

note = "An abaka na ini gikan sa Tiwi, hinayon sa saldang nin tolong aldaw, mayong amag."
resp = model.generate_content("Translate this Bikol text to English:\n" + note)
print(resp.text)
''', google_api())

add("shell/grafana-sa-token", "balen/monitoring/grafana/backup-dashboards.sh", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", r'''
#!/usr/bin/env bash
# I-backup la reng dashboards (Lava Trail bookings, Ibalong bodega humidity)
GRAFANA=https://grafana.balendigital.ph
TOKEN=@@s@@
mkdir -p dashboards
for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" > "dashboards/$uid.json"
done
''', "glsa_" + fakes.drawn_mixed(_seed(), 32) + "_" + hexs(8))

add("shell-history/redis-cli", "balen/ops/dotfiles/.bash_history_lavatrail", "https://redis.io/docs/latest/develop/tools/cli/", r'''
sudo -iu lavatrail
cd /srv/lavatrail
php artisan queue:failed
redis-cli -h 127.0.0.1 -a '@@s@@' --no-auth-warning llen queues:default
php artisan queue:retry all
tail -f storage/logs/laravel.log
''', fakes.redis_password(9372751))

add("postfix/sasl-passwd", "atv/edge/postfix/sasl_passwd", "https://www.postfix.org/SASL_README.html#client_sasl_enable", r'''
# /etc/postfix/sasl_passwd — relay sa SendGrid para sa booking confirmations
# postmap /etc/postfix/sasl_passwd pagkatapos mag-edit
# (an dating Gmail relay tinanggal na 11/01)
[smtp.sendgrid.net]:587 apikey:@@s@@
# fallback: wala pa
''', sendgrid())

add("python/dropbox-token", "abaka/ops/scan_backup_dropbox.py", "https://developers.dropbox.com/oauth-guide", r'''
"""Backup kan mga scanned na kontrata kan parauma pasiring Dropbox (Ate Lorna an may account)."""
import pathlib
import dropbox

dbx = dropbox.Dropbox("@@s@@")
for pdf in pathlib.Path("/srv/abaka/contracts").glob("*.pdf"):
    with pdf.open("rb") as f:
        dbx.files_upload(f.read(), f"/Kontrata/{pdf.name}", mode=dropbox.files.WriteMode.overwrite)
    print("na-backup:", pdf.name)
''', "sl." + fakes.drawn(_seed(), 138, ALNUM + "-_"))

add("toml/gitlab-runner-token", "balen/ops/gitlab-runner/config.toml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", r'''
concurrent = 2
check_interval = 0

[[runners]]
  name = "balen-angeles-runner"
  url = "https://gitlab.com/"
  token = "@@s@@"
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = true
    volumes = ["/cache"]
''', mixed(20, "glrt-"))

add("python/discord-bot-token", "balen/tools/community_bot.py", "https://discord.com/developers/docs/reference#authentication", r'''
"""Bot para sa Discord ning Kapampangan devs group (Angeles/Clark meetups)."""
import discord

intents = discord.Intents.default()
client = discord.Client(intents=intents)


@client.event
async def on_ready():
    print("Mayap a aldo! online ya ing bot:", client.user)

client.run("@@s@@")
''', b64(str(_rng().randint(10**17, 10**18))).rstrip("=") + "." + fakes.drawn(_seed(), 6, ALNUM + "-_") + "." + fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("pgp/private-key-block", "balen/ops/keys/backup-signing.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r'''
@@s@@
''', "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(rnd(64, ALNUM + "+/") for _ in range(8)) + "\n=" + rnd(4, ALNUM) + "\n-----END PGP PRIVATE KEY BLOCK-----")

# ---------------------------------------------------------------- more decoys

add("json/decoy-package-lock", "balen/landing/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "balen-landing",
  "version": "0.4.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "14.2.15",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.15.tgz",
      "integrity": "sha512-h9ctmOokpoDphRvMGnwOJAedT6zKhwqyZML9mDtspgf4Rh3Pn7UTYKqePNoDvhsWBAO5GoPNYshnAUGIazVGmw=="
    },
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ=="
    }
  }
}
''')

add("go/decoy-go-sum", "abaka/notify/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/sendgrid/rest v2.6.9+incompatible h1:1EyIcsNdn9KIisLW50MKwmSRSK+ekueiEMJ7NEoxJo0=
github.com/sendgrid/rest v2.6.9+incompatible/go.mod h1:kXX7q3jZtJXK5c5qK83bSGMdV6tsOE70KbHoqJls4lE=
github.com/sendgrid/sendgrid-go v3.16.0+incompatible h1:i8eE6IMkiCy7vusSdacHHSBUpXyTcTXy/Rl9N9aZ/Qw=
github.com/sendgrid/sendgrid-go v3.16.0+incompatible/go.mod h1:QRQt+LX/NmgVEvmdRw0VT/QgUn499+iza2FnDca9fg8=
golang.org/x/net v0.31.0 h1:68CPQngjLL0r2AlUKiSxtQFKvzRVbnzLwMUn5SzcLHo=
golang.org/x/net v0.31.0/go.mod h1:P4fl1q7dY2hnZFxEk4pPSkDHF+QqjitcnDjUQyMM+pM=
''')

add("log/decoy-ci-masked", "balen/ci-logs/deploy-lavatrail-8812.log", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", r'''
Running with gitlab-runner 17.5.2 (balen-angeles-runner)
$ echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
Identity added: (stdin) (deploy@balendigital)
$ ssh deploy@$DEPLOY_HOST "cd /srv/lavatrail && docker compose pull && docker compose up -d"
 Container lavatrail-app-1  Recreated
$ curl -s -u "api:[MASKED]" https://api.xendit.co/balance
{"balance":184230}
Job succeeded
''')

add("markdown/decoy-postmortem", "atv/notes/postmortem-2026-09-leak.md", "https://sre.google/sre-book/postmortem-culture/", r'''
# Postmortem: Xendit key na-commit sa public repo (2026-09-14)

**Ano an nangyari:** Na-push ni Paolo an `.env` sa public fork. Na-detect kan GitHub secret scanning.

**Timeline (PHT):**
- 21:04 push
- 21:11 alert gikan sa Xendit/GitHub
- 21:19 na-revoke an key (nagtatapos sa `…q7Xk`), bagong key nasa AWS SM

**Aksyon:** pre-commit hook sa lahat ng repo; `.env` sa `.gitignore`; rotation kada 90 aldaw.
Walang nawalang pera. Salamat kay Ate Grace sa mabilis na tawag.
''')

add("json/decoy-i18n-bikol", "atv/booking/lang/bcl.json", "https://laravel.com/docs/11.x/localization#using-translation-strings-as-keys", r'''
{
  "Password": "Sekretong kataga",
  "Confirm Password": "Kumpirmaron an sekretong kataga",
  "Forgot your password?": "Nalingawan an sekretong kataga?",
  "API token": "API token",
  "Your API token has been revoked.": "Na-revoke na an saimong API token.",
  "Book now": "Mag-book na",
  "Trail": "Dalan",
  "Thank you!": "Dios mabalos!"
}
''')

add("php/decoy-migration-columns", "atv/booking/database/migrations/2026_10_02_000001_create_partner_keys_table.php", "https://laravel.com/docs/11.x/migrations", r'''
<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

// Partner API keys (Klook, Viator) — hashed lang an naka-store, dai plain
return new class extends Migration {
    public function up(): void
    {
        Schema::create('partner_keys', function (Blueprint $t) {
            $t->id();
            $t->string('partner');
            $t->string('key_prefix', 12);
            $t->string('secret_hash');       // hash('sha256', $secret)
            $t->timestamp('revoked_at')->nullable();
            $t->timestamps();
        });
    }
};
''')

add("ssh/decoy-known-hosts", "balen/ops/dotfiles/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", r'''
# lavatrail-web (DO sgp1)
lavatrail-web,159.223.41.87 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx8b2Q1mNcV9pLr3TfYh7KgE5sWd0JuXoA4iBnM6eRt
# ibalong-bodega (Legazpi, via WireGuard)
10.66.0.2 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHf3jL5nP7rT9vX1zB3dF5eYh7kM9pR1tV3xZ5bD7fH9
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
''')

add("ini/decoy-ansible-inventory", "balen/ops/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r'''
[lavatrail]
lavatrail-web ansible_host=159.223.41.87 ansible_user=deploy

[ibalong]
ibalong-bodega ansible_host=10.66.0.2 ansible_user=jomar

[all:vars]
ansible_python_interpreter=/usr/bin/python3
ansible_become_password="{{ lookup('env', 'ANSIBLE_BECOME_PASS') }}"
''')

add("csv/decoy-gcash-refs", "abaka/payouts/gcash_payouts_2026-11-20.csv", "https://www.gcash.com/", r'''
farmer_id,name,station,kg,amount_php,gcash_no,reference_no,status
F-0193,Mang Ernesto Bobis,Tiwi,120.5,11086.00,0917***4501,9012837465019,SUCCESS
F-0207,Aling Rosa Lanuza,Malinao,88.0,7436.00,0918***2233,9012837465020,SUCCESS
F-0211,Mang Celso Belen,Bacacay,45.2,2983.20,0926***7781,9012837465021,PENDING
F-0230,Aling Tess Cabrera,Tabaco,101.0,8534.50,0915***0102,9012837465022,SUCCESS
''')

add("javascript/decoy-jest-snapshot", "atv/booking/tests/__snapshots__/config.test.js.snap", "https://jestjs.io/docs/snapshot-testing", r'''
// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`redacted config is safe to log 1`] = `
{
  "paymongo": { "public": "pk_live_4mHs8Qe2Rt9Vx1Zb3Nd5Fg7J", "secret": "sk_live_********************" },
  "stripe": { "secret": "[REDACTED]" },
  "xendit": { "secret": "xnd_production_****" },
}
`;
''')

add("markdown/decoy-webhook-signature-doc", "atv/booking/docs/webhooks.md", "https://developers.paymongo.com/docs/webhooks#securing-a-webhook", r'''
# Pag-verify kan webhooks

Kada request gikan sa PayMongo may header na `Paymongo-Signature`:

```
Paymongo-Signature: t=1732089600,te=,li=5a1f0c9e3b7d2a4c6e8f0b1d3a5c7e9f2b4d6a8c0e1f3a5b7c9d2e4f6a8b0c1d
```

Kalkulahon an HMAC-SHA256 kan `t + "." + body` gamit an signing secret gikan sa env
(`PAYMONGO_WEBHOOK_SECRET`), dangan ikumpara sa `li` (live) o `te` (test).
Dai tabi i-log an buong header kun may error, an timestamp lang.
''')

add("email/decoy-pgp-public", "balen/notes/mail_pgp_key.eml", "https://www.rfc-editor.org/rfc/rfc4880", r'''
From: Paolo Sicat <paolo@balendigital.ph>
To: Jomar Dela Pena <jomar@ibalongabaka.ph>
Subject: PGP public key ku (para king backups)

Jomar, ayni ing public key ku. Gamitan mu ini king pag-encrypt da reng backup archives.

-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZzq3rBYJKwYBBAHaRw8BAQdAq3Rk8Wm2Zp7Lx0Vb4Nc6Hd9Jf1Tg5Ys3Ua8I
e2Oo7Pi0JFBhb2xvIFNpY2F0IDxwYW9sb0BiYWxlbmRpZ2l0YWwucGg+iJMEExYK
=Xk2m
-----END PGP PUBLIC KEY BLOCK-----

Dakal a salamat!
''')

add("dockerfile/decoy-checksums", "atv/live-tracker/Dockerfile", "https://docs.docker.com/reference/dockerfile/#add---checksum", r'''
FROM hexpm/elixir:1.17.3-erlang-27.1.2-debian-bookworm-20241016-slim AS build
ADD --checksum=sha256:8d3c5a1e7b9f2d4c6a8e0b1f3d5c7a9e2b4d6f8a0c1e3f5a7b9d2c4e6f8a0b1c \
    https://github.com/tailwindlabs/tailwindcss/releases/download/v3.4.14/tailwindcss-linux-x64 /usr/local/bin/tailwindcss
WORKDIR /app
COPY mix.exs mix.lock ./
RUN mix deps.get --only prod && mix release
FROM debian:bookworm-slim
COPY --from=build /app/_build/prod/rel/tracker /app
CMD ["/app/bin/tracker", "start"]
''')

add("terraform/decoy-outputs", "balen/infra/outputs.tf", "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output", r'''
output "lavatrail_ip" {
  value = digitalocean_droplet.lavatrail.ipv4_address
}

output "db_password" {
  value     = random_password.lavatrail_db.result
  sensitive = true
}

output "db_uri" {
  value     = "mysql://lavatrail@${digitalocean_database_cluster.main.host}:25060/lavatrail"
}
''')

add("yaml/decoy-test-fixtures", "abaka/grading/tests/fixtures/users.yml", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
# FAKE na users para sa pytest lang — dai nag-e-exist sa kahit anong server
graders:
  - username: test_grader
    password: fake-password-for-tests
    station: Tiwi
  - username: test_admin
    password: fake-password-for-tests
    station: Legazpi
expected_grades: [S2, S3, JK, I, G]
''')
