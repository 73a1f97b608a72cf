"""Blind set NJ: a Somali-language Hargeisa camel-milk dairy (Caano Geel Hargeisa) and a Berbera port
freight forwarder (Berbera Xamuul Forwarding).

Dairy: cold-chain sensors, milk collection from herders, ZAAD/eDahab mobile payments, a shop and
delivery app. Forwarder: port manifests, customs (ASYCUDA-style) submissions, container tracking,
shipping-line EDI, and the infrastructure both share. Notes and comments partly in Somali.
Generated fakes only (seeds 7900000-7909999).
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
_SEED = [7900000]


def _seed() -> int:
    _SEED[0] += 7
    assert 7900000 <= _SEED[0] <= 7909999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Geel", "Caano", "Hargeysa", "Berbera", "Dekad", "Xamuul", "Badda", "Laas", "Sheikh", "Gabiley",
         "Dhagax", "Naasa", "Hablood", "Saaxil", "Ceerigaabo", "Burco", "Waqooyi", "Hodan"]
LOWER = ["geel", "caano", "xero", "dekad", "markab", "xamuul", "badda", "roob", "dhul", "laan", "saxan", "qabow"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def tg_token() -> str:
    return fakes.telegram_token(_seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def jwt_secret() -> str:
    return rand_pw(48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def mask(s: str, keep: int = 4) -> str:
    return s[:keep] + "*" * (len(s) - keep)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace("@@" + name + "@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase("blind-nj/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- dairy: settings and env files
_pw = words_pw()
add("env/postgres", "caano-api/.env", "https://hexdocs.pm/dotenv/readme.html",
    """# Caano Geel Hargeisa - API deegaanka horumarinta (dev)
APP_NAME=caano-api
APP_ENV=production
DB_HOST=10.20.1.15
DB_PORT=5432
DB_NAME=caano_geel
DB_USER=caano_app
DB_PASSWORD=@@s@@
# Ha la wadaagin faylkan - do not commit (ayaa la commit gareeyay...)
ZAAD_MERCHANT_ID=401922
""", _pw)

add("env/decoy-placeholder", "caano-api/.env.example", "https://hexdocs.pm/dotenv/readme.html",
    """# Koobiyee faylkan .env kuna qor qiimayaasha dhabta ah
APP_NAME=caano-api
DB_HOST=localhost
DB_USER=caano_app
DB_PASSWORD=<geli-erayga-sirta-halkan>
ZAAD_API_KEY=
EDAHAB_SECRET=your-edahab-secret-here
SENTRY_DSN=
""")

_k = django_key()
add("python/django-secret-key", "caano_site/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["caanogeel.so", "www.caanogeel.so"]

# Furaha sirta ee Django - waa in laga soo akhriyaa env, laakiin hadda waa halkan
SECRET_KEY = "@@s@@"

LANGUAGE_CODE = "so"
TIME_ZONE = "Africa/Mogadishu"
""", _k)

add("python/decoy-env-reference", "caano_site/settings/staging.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # waxaa laga keenaa Vault
DATABASES["default"]["PASSWORD"] = os.environ.get("CAANO_DB_PASSWORD", "")
ZAAD_API_KEY = os.getenv("ZAAD_API_KEY")
""")

_t = rand_pw(32)
add("python/api-key-call", "caano_pay/zaad_client.py", "https://requests.readthedocs.io/en/latest/user/authentication/",
    """\"\"\"Macmiilka lacag bixinta ZAAD (Telesom) - caano geel iibka.\"\"\"
import requests

ZAAD_URL = "https://api.zaad.example-telesom.so/v2/payments"


def bixi(msisdn: str, qiimo: float) -> dict:
    headers = {"X-Api-Key": "@@s@@", "Content-Type": "application/json"}
    body = {"msisdn": msisdn, "amount": qiimo, "currency": "USD", "merchant": "401922"}
    resp = requests.post(ZAAD_URL, json=body, headers=headers, timeout=20)
    resp.raise_for_status()
    return resp.json()
""", _t)

add("python/decoy-fake-fixture", "caano_pay/tests/test_zaad_client.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html",
    """import caano_pay.zaad_client as zc

# Tijaabo: furahani waa been abuur (fake), server ma jiro
FAKE_KEY = "test-key-not-real-0000"


def test_bixi(monkeypatch, requests_mock):
    monkeypatch.setenv("ZAAD_API_KEY", FAKE_KEY)
    requests_mock.post(zc.ZAAD_URL, json={"status": "ok"})
    assert zc.bixi("252634000000", 2.5)["status"] == "ok"
""")

_t = tg_token()
add("python/telegram-token", "caano_bot/bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """# Bot-ka Telegram ee dalabyada caanaha (orders)
import telebot

bot = telebot.TeleBot("@@s@@", parse_mode="HTML")


@bot.message_handler(commands=["dalab"])
def dalab(msg):
    bot.reply_to(msg, "Mahadsanid! Dalabkaaga caanaha geela waa la helay.")


bot.infinity_polling()
""", _t)

_w = slack_webhook()
add("shell/slack-webhook", "scripts/qaboojiye_alert.sh", "https://api.slack.com/messaging/webhooks",
    """#!/usr/bin/env bash
# Digniin: heerkulka qaboojiyaha (cold room) wuu kacay
set -euo pipefail
TEMP="$(cat /sys/bus/w1/devices/28-0316a2/temperature)"
if [ "$TEMP" -gt 6000 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"Qaboojiyaha 2: ${TEMP} milli-C\\"}" \\
    @@s@@
fi
""", _w)

add("shell/decoy-env-reference", "scripts/qaboojiye_alert_v2.sh", "https://api.slack.com/messaging/webhooks",
    """#!/usr/bin/env bash
# Nooca cusub: webhook-ga waxaa laga akhriyaa /etc/caano/alert.env
set -euo pipefail
. /etc/caano/alert.env
: "${SLACK_WEBHOOK_URL:?SLACK_WEBHOOK_URL lama dejin}"
TEMP="$(cat /sys/bus/w1/devices/28-0316a2/temperature)"
curl -s -X POST -H 'Content-type: application/json' --data "{\\"text\\":\\"${TEMP}\\"}" "$SLACK_WEBHOOK_URL"
""")

_p = redis_pw()
add("yaml/redis", "caano-api/config/cache.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/",
    """cache:
  driver: redis
  host: redis.caano.internal
  port: 6379
  password: "@@s@@"
  db: 2
  ttl_seconds: 900   # 15 daqiiqo
""", _p)

add("yaml/decoy-vault-reference", "caano-api/config/cache.prod.yml", "https://developer.hashicorp.com/vault/docs/secrets/kv",
    """cache:
  driver: redis
  host: redis.caano.internal
  port: 6379
  # erayga sirta waxaa ka yimaada Vault: secret/data/caano/redis
  password: "vault:secret/data/caano/redis#password"
  db: 2
""")

_s = stripe_key()
add("javascript/stripe", "dukaan-web/server/payments.js", "https://docs.stripe.com/keys",
    """// Dukaanka online-ka ah: kaararka dibedda (diaspora) - Stripe
const Stripe = require('stripe');
const stripe = Stripe('@@s@@');

async function abuurBixin(amountCents, email) {
  return stripe.paymentIntents.create({ amount: amountCents, currency: 'usd', receipt_email: email });
}

module.exports = { abuurBixin };
""", _s)

_pk = stripe_key("pk_live_")
add("javascript/decoy-publishable-key", "dukaan-web/public/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys",
    """// Furaha la daabici karo (publishable) - waa u furan yahay browser-ka
const stripe = Stripe('@@pk@@');
const elements = stripe.elements();
const card = elements.create('card');
card.mount('#kaarka');
document.getElementById('bixi').addEventListener('click', () => stripe.confirmCardPayment(window.clientSecret));
""", pk=_pk)

_a = aws_secret()
add("ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """[default]
region = eu-west-1

[caano-backup]
aws_access_key_id = @@id@@
aws_secret_access_key = @@s@@
# kaydka xogta maalinlaha ah (daily backup) -> s3://caano-geel-backup
""", _a, id=aws_id())

add("ini/decoy-docs-example", "ops/aws/README-credentials.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """# Sida loo dejiyo AWS CLI (kaydka)

Ku qor `~/.aws/credentials` sidan (tusaalaha dukumentiyada AWS, ma aha fure dhab ah):

    [caano-backup]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Furayaasha dhabta ah waydiiso Cabdiraxmaan (IT).
""")

_p = words_pw()
add("csharp/sqlserver", "Berbera.Manifest/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers#json-configuration-provider",
    """{
  "ConnectionStrings": {
    "Manifest": "Server=sql01.berbera-xamuul.local;Database=Manifest;User Id=manifest_svc;Password=@@s@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Dekad": { "Code": "SOBBO", "Name": "Berbera" }
}
""", _p)

add("json/decoy-env-reference", "Berbera.Manifest/appsettings.Staging.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """{
  "ConnectionStrings": {
    "Manifest": "Server=sql-stg.berbera-xamuul.local;Database=Manifest;User Id=manifest_svc;Password=${MANIFEST_DB_PASSWORD}"
  },
  "KeyVault": { "Uri": "https://kv-berbera-stg.vault.azure.net/" },
  "Dekad": { "Code": "SOBBO", "Name": "Berbera" }
}
""")

_p = rand_pw(16, "!#%")
add("go/dsn", "tracker/internal/db/db.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name",
    """package db

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// Furitaanka xogta raadraaca konteenarada (container tracking)
func Open() (*sql.DB, error) {
	return sql.Open("mysql", "tracker:@@s@@@tcp(db.berbera-xamuul.local:3306)/konteenar?parseTime=true")
}
""", _p)

add("go/decoy-env-reference", "tracker/internal/db/config.go", "https://pkg.go.dev/os#Getenv",
    """package db

import (
	"fmt"
	"os"
)

// DSN waxaa laga dhisaa env; erayga sirta ah ma galo code-ka.
func DSN() string {
	return fmt.Sprintf("tracker:%s@tcp(%s:3306)/konteenar", os.Getenv("TRACKER_DB_PASS"), os.Getenv("TRACKER_DB_HOST"))
}
""")

_k = pem("RSA")
add("pem/private-key", "edi/keys/maersk_as2_private.pem", "https://www.rfc-editor.org/rfc/rfc7468",
    "@@s@@\n", _k)

add("pem/decoy-public-key", "edi/keys/maersk_as2_partner_public.pem", "https://www.rfc-editor.org/rfc/rfc7468",
    """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
kd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ
0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdg
cKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbc
mwIDAQAB
-----END PUBLIC KEY-----
""")

_t = gitlab_token()
add("yaml/gitlab-ci", "tracker/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/",
    """stages: [test, deploy]

variables:
  GO_VERSION: "1.22"
  # TODO: u guuri CI/CD variables - hadda waa halkan
  DEPLOY_TOKEN: "@@s@@"

test:
  stage: test
  image: golang:1.22
  script: [go test ./...]

deploy:
  stage: deploy
  script:
    - git push https://deploy:${DEPLOY_TOKEN}@gitlab.berbera-xamuul.so/ops/manifests.git HEAD:main
""", _t)

add("yaml/decoy-ci-variable", "dukaan-web/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/",
    """stages: [build, deploy]

build:
  stage: build
  image: node:20
  script: [npm ci, npm run build]

deploy:
  stage: deploy
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npx wrangler deploy --api-token "$CF_API_TOKEN"
  only: [main]
""")

_p = words_pw()
add("k8s/secret-base64", "k8s/caano/postgres-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """apiVersion: v1
kind: Secret
metadata:
  name: caano-postgres
  namespace: caano
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@e@@
""", _p, u=b64("caano_app"), e=b64(_p))

add("k8s/decoy-sealed-secret", "k8s/caano/postgres-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage",
    """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: caano-postgres
  namespace: caano
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq8Bp6gN7wQF2LHGWZL1RBbPYsMXYfLN3JQk1gKx4hcYVRm7WcB0xN3fqv5tH2k9sL0pM8QzRw1yE6uJd4aVXnC2bTiF7oP5eKsG9hA1rU3yW8zN6mD0lQ4vB7cX2jH5fT9gR1kS3pY6wE8aZ0uI4oL7nM2bV5cD9qF1hJ3
  template:
    metadata:
      name: caano-postgres
""")

_t = sendgrid_key()
add("php/sendgrid", "dukaan-php/config/mail.php", "https://docs.sendgrid.com/for-developers/sending-email/v3-php-code-example",
    """<?php
// Iimaylka rasiidka (receipt) ee macaamiisha dukaanka
return [
    'driver' => 'sendgrid',
    'from' => ['address' => 'dalab@caanogeel.so', 'name' => 'Caano Geel Hargeisa'],
    'sendgrid' => [
        'api_key' => '@@s@@',
    ],
];
""", _t)

add("php/decoy-env-reference", "dukaan-php/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """<?php
// Adeegyada dibadda - dhammaan qiimayaasha waxay ka yimaadaan .env
return [
    'sendgrid' => ['api_key' => env('SENDGRID_API_KEY')],
    'zaad' => ['merchant' => env('ZAAD_MERCHANT_ID'), 'secret' => env('ZAAD_SECRET')],
    'edahab' => ['key' => env('EDAHAB_API_KEY', '')],
];
""")

_t = twilio_sid()
_tt = hexs(32)
add("ruby/twilio", "fariin/lib/sms.rb", "https://www.twilio.com/docs/usage/secure-credentials",
    """# Fariimaha SMS ee darawalada (gaadiidka caanaha)
require 'twilio-ruby'

ACCOUNT_SID = '@@sid@@'
AUTH_TOKEN = '@@s@@'

def dir_fariin(to, qoraal)
  Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN).messages.create(from: '+15005550006', to: to, body: qoraal)
end
""", _tt, sid=_t)

_p = passphrase()
add("docker-compose/postgres", "deploy/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: caano_geel
      POSTGRES_USER: caano_app
      POSTGRES_PASSWORD: @@s@@
    volumes: [pgdata:/var/lib/postgresql/data]
  api:
    image: registry.caanogeel.so/caano-api:1.8.2
    depends_on: [db]
volumes:
  pgdata: {}
""", _p)

add("docker-compose/decoy-secrets-file", "deploy/docker-compose.prod.yml", "https://docs.docker.com/compose/how-tos/use-secrets/",
    """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: caano_geel
      POSTGRES_USER: caano_app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt   # faylkan git kuma jiro
""")

_t = gh_token()
add("markdown/github-token", "docs/runbook-deploy.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """# Runbook: daabacaadda (release) ee caano-api

1. Hubi in CI uu cagaar yahay.
2. Samee tag: `git tag v1.8.3 && git push --tags`
3. Haddii action-ku fashilmo, gacanta ku samee:

```
export GITHUB_TOKEN=@@s@@
gh release create v1.8.3 --notes "Hagaajinta qaboojiyaha"
```

Fiiro gaar ah: token-kan waa kan Cabdiqani (PAT), ha la beddelin.
""", _t)

add("markdown/decoy-redacted", "docs/incident-2026-03.md", "https://docs.github.com/en/code-security/secret-scanning",
    """# Dhacdo: token la daadiyay (2026-03-14)

Token GitHub ah ayaa ku jiray log-ga CI. Waa la baabi'iyay (revoked) saacad gudaheed.

| Waqti | Tallaabo |
|-------|----------|
| 09:12 | La ogaaday: `ghp_****************************3kQ9` |
| 09:40 | La baabi'iyay, kan cusub wuxuu galay GitHub Secrets |

Casharka: marna ha ku qorin token log-ga.
""")

_k = openai_key()
add("python/openai", "caano_ai/tarjume.py", "https://platform.openai.com/docs/api-reference/authentication",
    """# Turjumaadda fariimaha macaamiisha (Af-Soomaali <-> English)
from openai import OpenAI

client = OpenAI(api_key="@@s@@")


def tarjun(qoraal: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Translate to English: " + qoraal}])
    return r.choices[0].message.content
""", _k)

add("json/decoy-password-hash", "caano_site/fixtures/users.json", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/",
    """[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "maamule",
      "password": "pbkdf2_sha256$720000$Qm9sYWRvQ2Fhbm8$3ZbvM1kXy9q0oTq4r2Ls8wD7nJf1aU6cHp5eG0iRtYk=",
      "is_superuser": true
    }
  }
]
""")

_p = words_pw()
add("java/jdbc", "customs-gateway/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """# Albaabka kastamka (customs gateway) - Berbera
server.port=8085
spring.datasource.url=jdbc:postgresql://pg.berbera-xamuul.local:5432/customs
spring.datasource.username=customs_gw
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
asycuda.endpoint=https://asycuda.mof.example.so/ws
""", _p)

add("java/decoy-env-reference", "customs-gateway/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config",
    """# Production: wax sir ah halkan ma yaallo
server.port=8085
spring.datasource.url=jdbc:postgresql://pg-prod.berbera-xamuul.local:5432/customs
spring.datasource.username=customs_gw
spring.datasource.password=${CUSTOMS_DB_PASSWORD}
asycuda.password=${ASYCUDA_PASSWORD:}
""")

_p = words_pw()
add("java/soap-password", "customs-gateway/src/main/java/so/berbera/customs/AsycudaClient.java", "https://docs.oracle.com/javaee/7/api/javax/xml/ws/BindingProvider.html",
    """package so.berbera.customs;

import javax.xml.ws.BindingProvider;

/** U dira caddeynta xamuulka (declaration) nidaamka kastamka. */
public class AsycudaClient {
    private static final String USER = "BXF_BROKER01";
    private static final String PASS = "@@s@@";

    public void configure(Object port) {
        BindingProvider bp = (BindingProvider) port;
        bp.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, USER);
        bp.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, PASS);
    }
}
""", _p)

_t = rand_pw(40)
add("kotlin/api-key", "driver-app/app/src/main/java/so/caano/driver/Api.kt", "https://square.github.io/okhttp/features/interceptors/",
    """package so.caano.driver

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// App-ka darawalada: furaha API-ga raadraaca (routing)
private const val ROUTING_KEY = "@@s@@"

val client: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $ROUTING_KEY").build())
    })
    .build()
""", _t)

add("kotlin/decoy-buildconfig", "driver-app/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """android {
    defaultConfig {
        applicationId = "so.caano.driver"
        // Furaha waxaa laga akhriyaa local.properties (git kuma jiro)
        buildConfigField("String", "ROUTING_KEY", "\\"${project.findProperty("routingKey") ?: ""}\\"")
        buildConfigField("String", "MAPS_KEY", "\\"REPLACE_ME\\"")
    }
}
""")

_t = hexs(40)
add("terraform/provider-token", "infra/hetzner/main.tf", "https://registry.terraform.io/providers/hetznercloud/hcloud/latest/docs",
    """terraform {
  required_providers {
    hcloud = { source = "hetznercloud/hcloud" }
  }
}

# Server-ada caano-api (Helsinki) - token ku meel gaar ah
provider "hcloud" {
  token = "@@s@@"
}

resource "hcloud_server" "api" {
  name        = "caano-api-1"
  server_type = "cx22"
  image       = "ubuntu-24.04"
}
""", rand_pw(64))

add("terraform/decoy-variable", "infra/hetzner/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """variable "hcloud_token" {
  description = "Token-ka Hetzner Cloud (ka keen TF_VAR_hcloud_token)"
  type        = string
  sensitive   = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""
}
""")

# ---------------------------------------------------------------- freight forwarder: port and shipping
_p = words_pw()
add("xml/ftp-password", "edi/config/shipping-lines.xml", "https://docs.oracle.com/javase/tutorial/jaxp/dom/readingXML.html",
    """<?xml version="1.0" encoding="UTF-8"?>
<!-- Xiriirka EDI ee shirkadaha maraakiibta (shipping lines) -->
<partners>
  <partner code="MSK" name="Maersk">
    <sftp host="sftp.edi.example-maersk.com" port="22" user="BXF_SOBBO" password="@@s@@"/>
    <inbox>/in/COPARN</inbox>
  </partner>
  <partner code="CMA" name="CMA CGM" enabled="false"/>
</partners>
""", _p)

add("xml/decoy-placeholder", "edi/config/shipping-lines.sample.xml", "https://docs.oracle.com/javase/tutorial/jaxp/dom/readingXML.html",
    """<?xml version="1.0" encoding="UTF-8"?>
<!-- Tusaale: ku beddel ${...} qiimayaasha dhabta ah marka la rakibayo -->
<partners>
  <partner code="MSK" name="Maersk">
    <sftp host="sftp.edi.example-maersk.com" port="22" user="${MSK_SFTP_USER}" password="${MSK_SFTP_PASSWORD}"/>
    <inbox>/in/COPARN</inbox>
  </partner>
</partners>
""")

_p = rand_pw(14, "@!")
add("shell-history/sshpass", "ops/notes/bash_history_gw01.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /srv/edi
ls -la in/
tail -n 50 /var/log/edi/poll.log
sshpass -p '@@s@@' sftp -oBatchMode=no BXF_SOBBO@sftp.edi.example-cma.com
systemctl restart edi-poller
df -h
exit
""", _p)

add("shell-history/decoy-prompted", "ops/notes/bash_history_gw02.txt", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    """cd /srv/edi
sftp -i ~/.ssh/id_ed25519 BXF_SOBBO@sftp.edi.example-cma.com
read -s -p "Erayga sirta: " PGPASSWORD; export PGPASSWORD
psql -h pg.berbera-xamuul.local -U manifest_ro manifest -c 'select count(*) from bl'
unset PGPASSWORD
history -c
""")

_p = words_pw()
add("python/smtp-login", "manifest_jobs/warbixin_maalinle.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    """\"\"\"Warbixinta maalinlaha ah ee konteenarada dekedda (daily container report).\"\"\"
import smtplib
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Warbixin: konteenarada Berbera"
msg["From"] = "warbixin@berbera-xamuul.so"
msg["To"] = "hawlgal@berbera-xamuul.so"
msg.set_content(open("/tmp/report.txt").read())

with smtplib.SMTP("smtp.office365.com", 587) as s:
    s.starttls()
    s.login("warbixin@berbera-xamuul.so", "@@s@@")
    s.send_message(msg)
""", _p)

add("python/decoy-keyring", "manifest_jobs/warbixin_toddobaadle.py", "https://pypi.org/project/keyring/",
    """\"\"\"Warbixinta toddobaadlaha - erayga sirta waxaa laga akhriyaa keyring.\"\"\"
import smtplib

import keyring

PASSWORD = keyring.get_password("smtp.office365.com", "warbixin@berbera-xamuul.so")

with smtplib.SMTP("smtp.office365.com", 587) as s:
    s.starttls()
    s.login("warbixin@berbera-xamuul.so", PASSWORD)
""")

_k = azure_storage_key()
add("csharp/azure-storage", "Berbera.Docs/Storage/BlobStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """using Azure.Storage.Blobs;

namespace Berbera.Docs.Storage
{
    // Kaydinta waraaqaha xamuulka (bill of lading PDF)
    public static class BlobStore
    {
        private const string Conn = "DefaultEndpointsProtocol=https;AccountName=berberadocs;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Container() => new BlobContainerClient(Conn, "bl-pdf");
    }
}
""", _k)

add("csharp/decoy-managed-identity", "Berbera.Docs/Storage/BlobStoreV2.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.defaultazurecredential",
    """using Azure.Identity;
using Azure.Storage.Blobs;

namespace Berbera.Docs.Storage
{
    // Nooca 2: Managed Identity - fure ma jiro
    public static class BlobStoreV2
    {
        public static BlobContainerClient Container() =>
            new BlobContainerClient(new System.Uri("https://berberadocs.blob.core.windows.net/bl-pdf"), new DefaultAzureCredential());
    }
}
""")

_t = slack_bot()
add("typescript/slack-bot", "ops-bot/src/index.ts", "https://api.slack.com/authentication/token-types#bot",
    """// Bot-ka hawlgalka: wuxuu ku dhawaaqaa markabka imanaya (vessel arrivals)
import { App } from '@slack/bolt';

const app = new App({
  token: '@@s@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/markab', async ({ ack, respond }) => {
  await ack();
  await respond('Markabka xiga: MSC AURORA, ETA 2026-12-09 06:00 (Berbera)');
});

(async () => { await app.start(3000); })();
""", _t)

add("typescript/decoy-env-reference", "ops-bot/src/config.ts", "https://nodejs.org/api/process.html#processenv",
    """// Qaabeynta: dhammaan sirta waxay ka yimaadaan env
export const config = {
  slackToken: process.env.SLACK_BOT_TOKEN ?? '',
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  portApi: process.env.PORT_API_URL ?? 'https://api.berbera-port.example.so',
};
""")

_p = words_pw()
add("yaml/ansible-password", "ansible/group_vars/edi.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """---
edi_user: edi
edi_home: /srv/edi
edi_db_host: pg.berbera-xamuul.local
edi_db_name: edi
edi_db_user: edi_rw
edi_db_password: "@@s@@"
edi_poll_minutes: 5
""", _p)

add("yaml/decoy-ansible-vault", "ansible/group_vars/edi_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """---
# La sir-qariyay (ansible-vault encrypt_string)
edi_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  62313365396662343061393464336163383764373764613633653634306231386433626436623361
  6134333665353966363534333632666535333761666131620a663537646436643839616531643561
  63396265333966386166373632626539326166353965363262633030333630313338646335303630
  3438626666666137650a353638643435666633633964366338633066623234616432373231333331
  6564
""")

_t = npm_token()
add("npmrc/npm-token", "dukaan-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """registry=https://registry.npmjs.org/
@caanogeel:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", _t)

add("npmrc/decoy-env-reference", "ops-bot/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """registry=https://registry.npmjs.org/
@berbera:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
engine-strict=true
""")

_p = words_pw()
add("dockerfile/env-password", "customs-gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env",
    """FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/customs-gateway.jar app.jar
# Ku meel gaar: waa in la saaraa ka hor production
ENV ASYCUDA_USER=BXF_BROKER01 \\
    ASYCUDA_PASSWORD=@@s@@
EXPOSE 8085
ENTRYPOINT ["java", "-jar", "app.jar"]
""", _p)

add("dockerfile/decoy-build-secret", "tracker/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN --mount=type=secret,id=gitlab_token \\
    GOPRIVATE=gitlab.berbera-xamuul.so GOFLAGS=-mod=mod \\
    git config --global url."https://oauth2:$(cat /run/secrets/gitlab_token)@gitlab.berbera-xamuul.so/".insteadOf "https://gitlab.berbera-xamuul.so/" && \\
    go build -o /tracker ./cmd/tracker
FROM gcr.io/distroless/base
COPY --from=build /tracker /tracker
""")

_k = google_key()
add("swift/google-maps", "CaanoDelivery/CaanoDelivery/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/get-api-key",
    """import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    // Khariidadda gaarsiinta caanaha (delivery map)
    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@s@@")
        return true
    }
}
""", _k)

add("swift/decoy-plist-reference", "CaanoDelivery/CaanoDelivery/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object",
    """import Foundation

enum Config {
    // Furaha waxaa lagu daraa xilliga build-ka (xcconfig, git kuma jiro)
    static var mapsKey: String {
        Bundle.main.object(forInfoDictionaryKey: "GMS_API_KEY") as? String ?? ""
    }
    static let apiBase = URL(string: "https://api.caanogeel.so/v1")!
}
""")

_p = words_pw()
add("powershell/credential", "ops/scripts/Sync-Manifest.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential",
    """# Isku-dubbaridka manifest-ka (ASYCUDA -> SQL) - habeen kasta
$User = 'BERBERA\\svc_manifest'
$Pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($User, $Pass)

Invoke-Command -ComputerName sql01 -Credential $Cred -ScriptBlock {
    & 'C:\\jobs\\manifest-sync.exe' --since (Get-Date).AddDays(-1)
}
""", _p)

add("powershell/decoy-secret-store", "ops/scripts/Sync-Manifest-v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """# Nooca 2: SecretManagement - erayga sirta kuma jiro script-ka
Import-Module Microsoft.PowerShell.SecretManagement
$Cred = Get-Secret -Name 'svc_manifest' -Vault BerberaVault
Invoke-Command -ComputerName sql01 -Credential $Cred -ScriptBlock {
    & 'C:\\jobs\\manifest-sync.exe' --since (Get-Date).AddDays(-1)
}
""")

_p = words_pw()
add("sql/create-user", "db/migrations/V012__reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """-- Isticmaale cusub oo warbixinnada (Power BI) akhriya
CREATE ROLE warbixin_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE manifest TO warbixin_ro;
GRANT USAGE ON SCHEMA public TO warbixin_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO warbixin_ro;
""", _p)

add("sql/decoy-psql-variable", "db/migrations/V013__tracker_user.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-VARIABLES",
    """-- Erayga sirta waxaa la siiyaa psql: -v tracker_pw="$TRACKER_DB_PASS"
CREATE ROLE tracker_rw LOGIN PASSWORD :'tracker_pw';
GRANT CONNECT ON DATABASE manifest TO tracker_rw;
GRANT SELECT, INSERT, UPDATE ON konteenar, dhaqdhaqaaq TO tracker_rw;
-- ha ku qorin erayga sirta halkan
""")

_t = hexs(32)
add("python/mailgun", "manifest_jobs/ogeysiis.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/",
    """import requests

# Ogeysiiska macmiilka: konteenarkaagii wuu soo degay (container discharged)
MAILGUN_DOMAIN = "mg.berbera-xamuul.so"


def ogeysii(email: str, container: str) -> None:
    requests.post(f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                  auth=("api", "key-@@s@@"),
                  data={"from": "dekad@berbera-xamuul.so", "to": email,
                        "subject": f"Konteenar {container}", "text": "Konteenarkaagu wuu soo degay Berbera."})
""", "key-" + _t, s=_t)

add("csv/decoy-container-ids", "data/konteenarada_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """container,seal,bl_number,sha256_manifest,xaalad
MSKU7312840,ML-SO-448120,MAEU263114802,5f2b8c1e9a0d47b3e6f12c9d8a7b6e5f4c3d2b1a09f8e7d6c5b4a39281706f5e,la dejiyay
TGHU4410982,ML-SO-448121,MAEU263114802,a1c3e5f7092b4d6f8e0a2c4e6f8091b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e3a5,kastam
CMAU2218847,CMA-0098311,CMAU8812340019,0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d,la siidaayay
MSCU6620145,MSC-772109,MEDUSO812233,77aa55cc33ee11bb99dd77ff55aa33cc11ee99bb77dd55ff33aa11cc99ee77bb,dekedda
""")

# ---------------------------------------------------------------- client configs and URIs
_p = rand_pw(18)
add("docker-config/registry-auth", "ops/ci/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """{
  "auths": {
    "registry.caanogeel.so": {
      "auth": "@@a@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/26.1 (linux)" }
}
""", _p, a=b64("ci-push:" + _p))

add("docker-config/decoy-cred-helper", "ops/ci/docker-config.ecr.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers",
    """{
  "credHelpers": {
    "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login",
    "registry.caanogeel.so": "pass"
  },
  "auths": {}
}
""")

_p = words_pw()
add("pgpass/password", "ops/home/pgpass_backup", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """# hostname:port:database:username:password
# Kaydka habeenkii (nightly pg_dump) - caano_geel
pg.caano.internal:5432:caano_geel:backup_ro:@@s@@
pg.caano.internal:5432:caano_geel_test:backup_ro:*
# dhamaad
""", _p)

_p = rand_pw(22)
add("netrc/password", "ops/home/netrc_builder", "https://everything.curl.dev/usingcurl/netrc.html",
    """# Gelitaanka artifact server-ka (Nexus) ee build-ka
machine nexus.berbera-xamuul.so
  login builder
  password @@s@@
machine github.com
  login bxf-bot
""", _p)

add("netrc/decoy-empty", "ops/home/netrc_template", "https://everything.curl.dev/usingcurl/netrc.html",
    """# Tusaale .netrc - buuxi adigoo isticmaalaya `pass show nexus/builder`
machine nexus.berbera-xamuul.so
  login builder
  password REPLACE_WITH_PASS_OUTPUT
# chmod 600 ~/.netrc
""")

_p = redis_pw()
add("python/redis-url", "caano_iot/config.py", "https://redis.readthedocs.io/en/stable/connections.html#redis.Redis.from_url",
    """\"\"\"Dareemayaasha heerkulka (temperature sensors) - qaboojiyayaasha caanaha.\"\"\"
import redis

REDIS_URL = "redis://:@@s@@@redis.caano.internal:6379/4"
SENSOR_TOPIC = "qaboojiye/heerkul"
ALERT_THRESHOLD_C = 6.0

r = redis.Redis.from_url(REDIS_URL)
""", _p)

_p = words_pw()
add("javascript/mongodb-uri", "dukaan-web/server/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """// Xogta dalabyada (orders) - MongoDB Atlas
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://dukaan_app:@@s@@@cluster0.caano.mongodb.net/dukaan?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = async function db() {
  await client.connect();
  return client.db('dukaan');
};
""", rand_pw(22), e="")

add("javascript/decoy-mongodb-local", "dukaan-web/server/db.test.js", "https://www.mongodb.com/docs/manual/reference/connection-string/",
    """// Tijaabooyinka: MongoDB xusuusta (mongodb-memory-server), erayga sirta ma jiro
const { MongoMemoryServer } = require('mongodb-memory-server');

let mongod;
beforeAll(async () => { mongod = await MongoMemoryServer.create(); process.env.MONGO_URI = mongod.getUri(); });
afterAll(async () => { await mongod.stop(); });
test('uri waa local', () => expect(process.env.MONGO_URI).toMatch(/^mongodb:\\/\\/127\\.0\\.0\\.1/));
""")

_p = rand_pw(24)
add("yaml/amqp-uri", "tracker/config/queues.yaml", "https://www.rabbitmq.com/docs/uri-spec",
    """queues:
  broker: "amqps://tracker:@@s@@@mq.berbera-xamuul.local:5671/dekad"
  exchange: konteenar.events
  bindings:
    - routing_key: gate.in      # albaabka dekedda - gudo galid
    - routing_key: gate.out     # bixid
    - routing_key: vessel.discharge
""", _p)

add("yaml/decoy-masked", "tracker/config/queues.rendered.yaml", "https://www.rabbitmq.com/docs/uri-spec",
    """# Waxaa soo saaray `tracker config dump` (sirta waa la qariyay)
queues:
  broker: "amqps://tracker:********@mq.berbera-xamuul.local:5671/dekad"
  exchange: konteenar.events
  bindings:
    - routing_key: gate.in
    - routing_key: gate.out
""")

_k = pem("OPENSSH")
add("yaml/ssh-key-block", "ansible/host_vars/gw01.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    """---
# Furaha deploy-ga ee gw01 (EDI gateway)
deploy_user: edi
deploy_private_key: |
  @@k@@
deploy_known_hosts: gitlab.berbera-xamuul.so ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb0dXJuYWxpc3RpYy1ub3QtYS1yZWFsLWtleQ
""", _k, k=_k.replace("\n", "\n  "))

add("ssh/decoy-public-key", "ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """# Furayaasha furan (public) ee kooxda hawlgalka
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3m9QyXbP2wLr7Tn4uVc8sJd1FhGa0eZk6oMi5Rt2Ny cabdiqani@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFq8Wv2Lm5Xn3Rc7Tb1Yp9Ke4Hs6Ja0Gd2Zu8Oi3Mw5P hodan@ops
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vGx2Kp9Lm3Qw8Rt5Yn1Zs4Ub6Vc0Xd7Fe2Hg9Ji3Kl5Mn8Op1Qr4St6Uv0Wx3Yz ci@runner
# Ku dar furaha cusub PR ahaan; ha dirin furaha gaarka ah (private key)
""")

_t = hf_token()
add("notebook/huggingface", "caano_ai/notebooks/qiimeynta_caanaha.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Saadaalinta wax-soo-saarka caanaha (milk yield forecast)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@s@@\\")\\n",
    "import pandas as pd\\n",
    "df = pd.read_csv('caano_maalinle.csv')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _t)

add("notebook/decoy-getpass", "caano_ai/notebooks/qiimeynta_v2.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# token-ka waxaa la weydiinayaa, kuma jiro notebook-ga\\n",
    "from getpass import getpass\\n",
    "from huggingface_hub import login\\n",
    "login(token=getpass('HF token: '))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_t = rand_pw(32)
add("log/bearer-token", "logs/tracker-api-2026-11-30.log", "https://www.rfc-editor.org/rfc/rfc6750",
    """2026-11-30T06:01:12Z INFO  tracker-api start port=8080
2026-11-30T06:02:40Z DEBUG outbound GET https://api.port-community.example.so/v1/vessels?port=SOBBO
2026-11-30T06:02:40Z DEBUG headers: {"Accept":"application/json","Authorization":"Bearer @@s@@"}
2026-11-30T06:02:41Z INFO  vessels=4 berth_busy=2
2026-11-30T06:05:00Z WARN  gate OCR timeout camera=GATE-2
""", _t)

add("log/decoy-redacted", "logs/tracker-api-2026-12-01.log", "https://www.rfc-editor.org/rfc/rfc6750",
    """2026-12-01T06:01:09Z INFO  tracker-api start port=8080 (redaction=on)
2026-12-01T06:02:33Z DEBUG outbound GET https://api.port-community.example.so/v1/vessels?port=SOBBO
2026-12-01T06:02:33Z DEBUG headers: {"Accept":"application/json","Authorization":"Bearer [REDACTED]"}
2026-12-01T06:02:34Z INFO  vessels=5 berth_busy=3
2026-12-01T06:04:10Z INFO  request_id=9f1c2e7a-4b3d-4c8e-a1f2-6d5e4c3b2a19 status=200
""")

_p = words_pw()
add("toml/database-url", "ration-svc/Config.toml", "https://docs.rs/config/latest/config/",
    """# Adeegga quudinta geela (camel feed ration) - Rust
[server]
bind = "0.0.0.0:7070"

[database]
url = "postgres://ration:@@s@@@pg.caano.internal:5432/quud"
pool_size = 8
""", rand_pw(22), e="")

_t = rand_pw(40)
add("rust/api-key-const", "ration-svc/src/weather.rs", "https://docs.rs/reqwest/latest/reqwest/",
    """// Saadaasha roobka (rainfall) ee daaqa geela - Gabiley iyo Hargeysa
const WEATHER_API_KEY: &str = "@@s@@";

pub async fn roob(lat: f64, lon: f64) -> reqwest::Result<String> {
    let url = format!("https://api.weather.example.com/v1/forecast?lat={lat}&lon={lon}&key={WEATHER_API_KEY}");
    reqwest::get(url).await?.text().await
}
""", _t)

add("rust/decoy-env-reference", "ration-svc/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """use std::env;

/// Qaabeynta: furayaasha waxaa laga akhriyaa deegaanka (env)
pub fn weather_key() -> String {
    env::var("WEATHER_API_KEY").expect("WEATHER_API_KEY lama dejin")
}
""")

_p = words_pw()
add("helm/values-password", "charts/caano-api/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """replicaCount: 2
image:
  repository: registry.caanogeel.so/caano-api
  tag: "1.8.2"
postgresql:
  enabled: true
  auth:
    username: caano_app
    password: "@@s@@"
    database: caano_geel
ingress:
  enabled: true
  hosts: [api.caanogeel.so]
""", _p)

add("helm/decoy-existing-secret", "charts/caano-api/values-staging.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters",
    """replicaCount: 1
image:
  repository: registry.caanogeel.so/caano-api
  tag: "1.9.0-rc1"
postgresql:
  enabled: true
  auth:
    username: caano_app
    existingSecret: caano-postgres   # sirta waxay ku jirtaa k8s Secret
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
""")

_w = slack_webhook()
add("github-actions/slack-webhook", "tracker/.github/workflows/notify.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    """name: ogeysiis
on:
  workflow_run:
    workflows: [build]
    types: [completed]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: U dir Slack
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"tracker build: ${{ github.event.workflow_run.conclusion }}"}' \\
            "@@s@@"
""", _w)

add("github-actions/decoy-secrets-context", "dukaan-web/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332
      - run: npm ci && npm run build
      - run: npx wrangler deploy
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

_p = rand_pw(20)
add("groovy/jenkins-credential", "customs-gateway/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/",
    """pipeline {
    agent any
    environment {
        // TODO: u wareeji Jenkins credentials
        NEXUS_PASS = '@@s@@'
    }
    stages {
        stage('Build') { steps { sh 'mvn -B package' } }
        stage('Publish') {
            steps { sh 'mvn -B deploy -Dnexus.user=builder -Dnexus.password=$NEXUS_PASS' }
        }
    }
}
""", _p)

add("groovy/decoy-credentials-binding", "tracker/Jenkinsfile", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/",
    """pipeline {
    agent any
    stages {
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-builder', usernameVariable: 'NU', passwordVariable: 'NP')]) {
                    sh 'curl -u "$NU:$NP" --upload-file tracker.tar.gz https://nexus.berbera-xamuul.so/repository/raw/'
                }
            }
        }
    }
}
""")

_t = rand_pw(36)
add("ini/rclone", "ops/backup/rclone.conf", "https://rclone.org/s3/#configuration",
    """# Kaydka sawirrada konteenarada (gate camera) -> Wasabi
[wasabi-gate]
type = s3
provider = Wasabi
access_key_id = @@id@@
secret_access_key = @@s@@
endpoint = s3.eu-central-1.wasabisys.com
""", _t, id=rand_pw(20).upper())

add("ini/decoy-rclone-env", "ops/backup/rclone.env.conf", "https://rclone.org/s3/#s3-env-auth",
    """# Nooca cusub: furayaasha waxaa laga qaataa env (RCLONE_CONFIG_WASABI_*)
[wasabi-gate]
type = s3
provider = Wasabi
env_auth = true
endpoint = s3.eu-central-1.wasabisys.com
""")

# ---------------------------------------------------------------- notes, wikis and documentation
_p = words_pw()
add("markdown/password-sentence", "wiki/hawlgal/router-xarunta.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis",
    """# Router-ka xarunta caanaha (Hargeysa, Jigjiga Yar)

- Qaabka: MikroTik hAP ax3
- IP: 192.168.88.1
- Isticmaalaha maamulka: `admin`
- Erayga sirta ah waa **@@s@@** (Cabdi ayaa beddelay 2026-10-02)

Haddii internet-ku go'o, marka hore hubi Somtel fiber-ka.
""", _p)

_p = words_pw()
add("markdown/password-table", "wiki/hawlgal/adeegyada.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """# Adeegyada iyo gelitaankooda

| Adeeg | URL | Isticmaale | Erayga sirta |
|-------|-----|------------|--------------|
| Grafana | https://grafana.caano.internal | admin | @@s@@ |
| Nexus | https://nexus.berbera-xamuul.so | builder | (Vault) |
| Router | 192.168.88.1 | admin | (eeg router-xarunta.md) |
""", _p)

add("markdown/decoy-vault-table", "wiki/hawlgal/adeegyada-v2.md", "https://www.markdownguide.org/extended-syntax/#tables",
    """# Adeegyada (nooca cusub)

Dhammaan erayada sirta waxay ku jiraan Bitwarden (collection: *Hawlgal*).

| Adeeg | URL | Isticmaale | Meesha sirta |
|-------|-----|------------|--------------|
| Grafana | https://grafana.caano.internal | admin | Bitwarden: grafana-admin |
| Nexus | https://nexus.berbera-xamuul.so | builder | Vault: secret/ci/nexus |
""")

_t = gh_token()
add("rst/github-token", "docs/source/rakibid.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """Rakibidda (Installation)
========================

Xirmada gaarka ah ``caano-common`` waxay ku jirtaa GitHub Packages::

    pip install git+https://@@s@@@github.com/caanogeel/caano-common.git@v0.6.1

.. note:: Token-kan waa kan bot-ka CI; ha isticmaalin mid shakhsi ah.
""", _t)

add("rst/decoy-placeholder", "docs/source/rakibid-dev.rst", "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html",
    """Rakibidda horumarinta
=====================

Samee token (scope: ``read:packages``) kadibna::

    export GH_TOKEN=<token-kaaga>
    pip install git+https://${GH_TOKEN}@github.com/caanogeel/caano-common.git

.. warning:: Token-kaaga marna ha ku darin git.
""")

_p = rand_pw(18)
add("html/basic-auth-url", "dukaan-web/public/admin/links.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Authentication#access_using_credentials_in_the_url",
    """<!doctype html>
<html lang="so">
<head><meta charset="utf-8"><title>Xiriirrada maamulka</title></head>
<body>
  <h1>Xiriirrada maamulka dukaanka</h1>
  <ul>
    <li><a href="https://maamul:@@s@@@stats.caanogeel.so/">Tirakoobka iibka</a></li>
    <li><a href="https://status.caanogeel.so/">Xaaladda adeegyada</a></li>
  </ul>
</body>
</html>
""", _p)

add("html/decoy-form", "dukaan-web/public/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password",
    """<!doctype html>
<html lang="so">
<body>
  <form method="post" action="/gal">
    <label>Taleefan <input name="msisdn" placeholder="2526xxxxxxx"></label>
    <label>Erayga sirta <input type="password" name="password" placeholder="••••••••" autocomplete="current-password"></label>
    <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
    <button>Gal</button>
  </form>
</body>
</html>
""")

_p = words_pw()
add("text/runbook-sentence", "ops/runbooks/vpn-dekedda.txt", "https://docs.netgate.com/pfsense/en/latest/vpn/ipsec/index.html",
    """VPN-ka dekedda Berbera (port authority) - tilmaamo
==================================================
1. Fur FortiClient, ku dar xiriir cusub: vpn.berbera-port.example.so:443
2. Isticmaale: bxf-ops
3. Erayga sirta: @@s@@
4. Kadib gal https://pcs.berbera-port.example.so si aad u aragto berth-ka.
Xusuusin: VPN-ku wuxuu xiran yahay 23:00-05:00.
""", _p)

add("text/decoy-runbook", "ops/runbooks/vpn-dekedda-v2.txt", "https://docs.netgate.com/pfsense/en/latest/vpn/ipsec/index.html",
    """VPN-ka dekedda Berbera - tilmaamo (2026)
=========================================
1. Fur FortiClient, ku dar: vpn.berbera-port.example.so:443
2. Isticmaale: magacaaga shaqsiga ah (SSO)
3. Erayga sirta: kan Microsoft 365 + MFA (Authenticator)
4. Haddii aad ilowdo, la xiriir IT: it@berbera-xamuul.so
""")

_p = words_pw()
add("text/email-thread", "ops/notes/email-asycuda-account.eml", "https://www.rfc-editor.org/rfc/rfc5322",
    """From: Xamse Cali <xamse@berbera-xamuul.so>
To: Hodan Jaamac <hodan@berbera-xamuul.so>
Subject: Akoonka ASYCUDA ee cusub
Date: Tue, 18 Nov 2026 08:14:02 +0300

Hodan, akoonka cusub wuu diyaar yahay:
  isticmaale: BXF_BROKER02
  erayga sirta: @@s@@
Fadlan beddel marka ugu horreysa ee aad gasho.
""", _p)

_k = pem("EC")
add("text/key-in-note", "ops/notes/apns-key.txt", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """Furaha APNs ee app-ka CaanoDelivery (Key ID: 7QX2M9K4LA, Team: 4HB8Z2CXQ9)
Waxaa la soo dejiyay 2026-09-01 - hal mar oo keliya ayaa la soo dejin karaa!

@@s@@

Sidoo kale ku kaydi 1Password.
""", _k)

add("text/decoy-key-fingerprint", "ops/notes/apns-key-v2.txt", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    """Furaha APNs ee app-ka CaanoDelivery
Key ID: 7QX2M9K4LA   Team ID: 4HB8Z2CXQ9
SHA-256 (AuthKey_7QX2M9K4LA.p8): 3c9e0a7b51f24d86e1b0c4a9f7d2e6b835a1c0f94e7d2b68a3f5c1e09d4b7a26
Faylka .p8 wuxuu ku jiraa 1Password (vault: Mobile). Halkan lama dhigo.
Waxaa la cusboonaysiiyay: 2026-09-01 (Cabdiqani)
""")

_t = fakes.github_fine_grained_token(_seed())
_seed()
add("yaml/renovate-token", "tracker/renovate.json5", "https://docs.renovatebot.com/configuration-options/#hostrules",
    """{
  // Renovate: cusboonaysiinta xirmooyinka (dependencies)
  extends: ["config:recommended"],
  hostRules: [
    {
      matchHost: "github.com",
      token: "@@s@@",
    },
  ],
  schedule: ["before 6am on monday"],
}
""", _t)

_t = fakes.pypi_token(_seed())
add("ini/pypirc", "caano-common/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", _t)

add("ini/decoy-pypirc-keyring", "caano-common/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """# Tusaale: twine wuxuu token-ka ka qaadanayaa keyring ama TWINE_PASSWORD
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

_t = aws_secret()
add("go/aws-static", "tracker/internal/storage/s3.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specify-credentials-programmatically",
    """package storage

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Sawirrada albaabka (gate photos) -> S3
var provider = credentials.NewStaticCredentialsProvider("@@id@@", "@@s@@", "")

func Config() aws.Config {
	return aws.Config{Region: "eu-west-1", Credentials: provider}
}
""", _t, id=aws_id())

add("go/decoy-aws-default-chain", "tracker/internal/storage/s3_v2.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/#specifying-credentials",
    """package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
)

// Nooca 2: IAM role (IRSA) - fure kuma jiro code-ka
func Load(ctx context.Context) error {
	_, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	return err
}
""")

_t = fakes.aws_session_token(_seed())
add("env/aws-session", "ops/aws/session.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """# Waxaa lagu soo saaray `aws sts assume-role` (12 saac) - Cabdiqani
AWS_ACCESS_KEY_ID=ASIA4XN2KQ7PLM3RD5VW
AWS_SECRET_ACCESS_KEY=@@k@@
AWS_SESSION_TOKEN=@@s@@
AWS_REGION=eu-west-1
""", _t, k=aws_secret())

_t = jwt_secret()
add("javascript/jwt-secret", "dukaan-web/server/auth.js", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback",
    """// Aqoonsiga macaamiisha (customer login) - JWT
const jwt = require('jsonwebtoken');

const JWT_SECRET = '@@s@@';

exports.saxiix = (user) => jwt.sign({ sub: user.id, msisdn: user.msisdn }, JWT_SECRET, { expiresIn: '7d' });
exports.hubi = (token) => jwt.verify(token, JWT_SECRET);
""", _t)

add("javascript/decoy-jwt-sample", "dukaan-web/server/auth.test.js", "https://www.rfc-editor.org/rfc/rfc7519#section-3.1",
    """// Tijaabo: token-kan waa mid la qoray gacanta, saxiix la'aan (alg none), ma shaqeeyo
const SAMPLE = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0aWphYWJvLTEiLCJtc2lzZG4iOiIyNTI2MzAwMDAwMDAifQ.';
const { hubi } = require('./auth');

test('token aan saxiix lahayn waa la diidaa', () => {
  expect(() => hubi(SAMPLE)).toThrow();
});
""")

_t = shopify_token()
add("python/shopify", "dukaan_sync/shopify_sync.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
    """\"\"\"Isku-dubbaridka alaabta (products) Shopify <-> bakhaarka caanaha.\"\"\"
import requests

SHOP = "caano-geel-hargeisa.myshopify.com"
HEADERS = {"X-Shopify-Access-Token": "@@s@@", "Content-Type": "application/json"}


def alaab():
    return requests.get(f"https://{SHOP}/admin/api/2024-10/products.json", headers=HEADERS, timeout=30).json()
""", _t)

_t = hexs(32)
add("yaml/datadog", "deploy/datadog-agent.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/",
    """# Datadog agent - server-ka caano-api
api_key: @@s@@
site: datadoghq.eu
hostname: caano-api-1
tags:
  - env:prod
  - team:caano
logs_enabled: true
""", _t)

add("yaml/decoy-datadog-env", "deploy/datadog-agent.staging.yaml", "https://docs.datadoghq.com/agent/guide/environment-variables/",
    """# Staging: furaha waxaa laga qaataa DD_API_KEY (systemd EnvironmentFile)
api_key: ${DD_API_KEY}
site: datadoghq.eu
hostname: caano-api-stg
tags:
  - env:staging
""")

_p = words_pw()
add("ruby/database-yml", "fariin/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database",
    """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: fariin_prod
  username: fariin
  password: @@s@@
  host: pg.caano.internal
""", _p)

add("ruby/decoy-credentials-reference", "fariin/config/database.staging.yml", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """default: &default
  adapter: postgresql
  pool: 5

staging:
  <<: *default
  database: fariin_staging
  username: fariin
  password: <%= Rails.application.credentials.dig(:db, :password) %>
""")

_p = words_pw()
add("php/pdo", "dukaan-php/src/Db.php", "https://www.php.net/manual/en/pdo.construct.php",
    """<?php
namespace Dukaan;

// Xiriirka xogta dukaanka (MySQL)
final class Db
{
    public static function connect(): \\PDO
    {
        return new \\PDO('mysql:host=db.caano.internal;dbname=dukaan;charset=utf8mb4', 'dukaan_web', '@@s@@');
    }
}
""", _p)

_t = tg_token()
add("csharp/telegram", "Berbera.Alerts/Program.cs", "https://core.telegram.org/bots/api#making-requests",
    """using System.Net.Http;

// Digniinta markabka soo gaaray (vessel arrived) -> kooxda Telegram
var http = new HttpClient();
const string BotToken = "@@s@@";
const string ChatId = "-1002213344556";
var url = $"https://api.telegram.org/bot{BotToken}/sendMessage?chat_id={ChatId}&text=Markab+cusub+Berbera";
await http.GetAsync(url);
""", _t)

add("csharp/decoy-user-secrets", "Berbera.Alerts/Berbera.Alerts.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets",
    """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <!-- Token-ka bot-ka: dotnet user-secrets set "Telegram:BotToken" ... -->
    <UserSecretsId>5c1f0e8a-2b7d-4e39-9a64-3d8b1f2c7e05</UserSecretsId>
  </PropertyGroup>
</Project>
""")

# ---------------------------------------------------------------- sensors, mobile money and split values
_p = rand_pw(20)
add("python/mqtt-password", "caano_iot/publisher.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set",
    """# Dareemaha heerkulka ee qaboojiyaha 1..4 -> MQTT broker
import paho.mqtt.client as mqtt

client = mqtt.Client(client_id="qaboojiye-01")
client.username_pw_set("sensor01",
                       "@@a@@"
                       "@@b@@")
client.tls_set()
client.connect("mqtt.caano.internal", 8883)
client.publish("qaboojiye/1/heerkul", "4.2")
""", _p, a=_p[:9], b=_p[9:])

_t = rand_pw(86) + "=="
add("env/influxdb-token", "caano_iot/.env.production", "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """# Kaydka heerkulka (time series) - InfluxDB 2
INFLUX_URL=https://influx.caano.internal:8086
INFLUX_ORG=caano-geel
INFLUX_BUCKET=qaboojiye
INFLUX_TOKEN=@@s@@
""", _t)

add("env/decoy-empty-values", "caano_iot/.env.sample", "https://docs.influxdata.com/influxdb/v2/admin/tokens/",
    """# Buuxi ka dib `influx auth create` - ha commit-gareynin faylka dhabta ah
INFLUX_URL=https://influx.caano.internal:8086
INFLUX_ORG=caano-geel
INFLUX_BUCKET=qaboojiye
INFLUX_TOKEN=
MQTT_PASSWORD=
""")

_p = rand_pw(24)
add("python/edahab-json-string", "caano_pay/edahab_client.py", "https://docs.python.org/3/library/json.html",
    """\"\"\"eDahab (Dahabshiil) - lacag bixinta caanaha.\"\"\"
import json
import os

# Qaabeynta waxaa loo keydiyay JSON qoraal ah (legacy)
EDAHAB_CONFIG = json.loads('{"endpoint": "https://api.edahab.example.so/api/v1", "apiKey": "@@s@@", "agentCode": "CG-0412"}')


def endpoint() -> str:
    return os.getenv("EDAHAB_ENDPOINT", EDAHAB_CONFIG["endpoint"])
""", _p)

_p = rand_pw(28)
add("shell/heredoc-config", "scripts/rakib_edahab.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/usr/bin/env bash
# Rakibidda adeegga eDahab ee server cusub
set -euo pipefail
mkdir -p /etc/caano
cat > /etc/caano/edahab.ini <<'EOF'
[edahab]
endpoint = https://api.edahab.example.so/api/v1
agent_code = CG-0412
api_secret = @@s@@
EOF
chmod 600 /etc/caano/edahab.ini
systemctl restart caano-pay
""", _p)

add("shell/decoy-heredoc-reference", "scripts/rakib_edahab_v2.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents",
    """#!/usr/bin/env bash
# Nooca 2: sirta waxaa laga soo qaadaa Vault xilliga rakibidda
set -euo pipefail
SECRET="$(vault kv get -field=api_secret secret/caano/edahab)"
cat > /etc/caano/edahab.ini <<EOF
[edahab]
endpoint = https://api.edahab.example.so/api/v1
api_secret = ${SECRET}
EOF
chmod 600 /etc/caano/edahab.ini
""")

_k = fakes.fake_pem(_seed(), "")
_k = _k.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account", "caano_ai/keys/caano-ml-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """{
  "type": "service_account",
  "project_id": "caano-ml-4471",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "forecast@caano-ml-4471.iam.gserviceaccount.com",
  "client_id": "108844120955731664201",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _k.replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-gcp-external-account", "caano_ai/keys/caano-ml-wif.json", "https://cloud.google.com/iam/docs/workload-identity-federation-with-other-clouds",
    """{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/551204877311/locations/global/workloadIdentityPools/github/providers/caano",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/forecast@caano-ml-4471.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": { "file": "/var/run/secrets/tokens/gcp-ksa/token" }
}
""")

_t = rand_pw(3) + "8Q~" + rand_pw(34, "_.-~")
add("yaml/azure-client-secret", "Berbera.Manifest/deploy/appsettings.aad.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret",
    """# Gelitaanka Microsoft Entra (SSO) ee manifest portal-ka
AzureAd:
  Instance: https://login.microsoftonline.com/
  TenantId: 6f0b8d21-4a3e-4c7d-9b52-1e8f0a6d3c47
  ClientId: 2c9e4f10-7b8a-4d3c-a1e5-9f0d2b6c8a74
  ClientSecret: "@@s@@"
  CallbackPath: /signin-oidc
""", _t)

add("yaml/decoy-azure-ids-only", "Berbera.Manifest/deploy/appsettings.aad.prod.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc",
    """# Production: certificate (Key Vault), client secret ma jiro
AzureAd:
  Instance: https://login.microsoftonline.com/
  TenantId: 6f0b8d21-4a3e-4c7d-9b52-1e8f0a6d3c47
  ClientId: 2c9e4f10-7b8a-4d3c-a1e5-9f0d2b6c8a74
  ClientCertificates:
    - SourceType: KeyVault
      KeyVaultUrl: https://kv-berbera-prod.vault.azure.net/
      KeyVaultCertificateName: manifest-sso
""")

_p = words_pw()
add("xml/filezilla", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager",
    """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.berbera-port.example.so</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>bxf_manifest</User>
      <Pass encoding="base64">@@e@@</Pass>
      <Name>Dekedda - manifest upload</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _p, e=b64(_p))

_p = rand_pw(16)
add("python/paramiko", "manifest_jobs/soo_dejiso_coprar.py", "https://docs.paramiko.org/en/stable/api/client.html",
    """\"\"\"Soo dejiso faylasha COPRAR (loading lists) ee shirkadda maraakiibta.\"\"\"
import paramiko

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
ssh.load_system_host_keys()
ssh.connect("sftp.edi.example-msc.com", username="BXF_SOBBO", password="@@s@@")
sftp = ssh.open_sftp()
for name in sftp.listdir("/out/COPRAR"):
    sftp.get(f"/out/COPRAR/{name}", f"/srv/edi/in/{name}")
""", _p)

_p = rand_pw(16)
add("crontab/ftp-url", "ops/cron/manifest.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html",
    """# m h dom mon dow command
# Manifest-ka dekedda: saacad kasta soo rar
5 * * * * curl -s -T /srv/edi/out/manifest.xml "ftp://bxf_manifest:@@s@@@ftp.berbera-port.example.so/inbox/" >> /var/log/manifest-upload.log 2>&1
30 2 * * * /usr/local/bin/edi-cleanup --days 30
# MAILTO=hawlgal@berbera-xamuul.so
""", _p)

add("crontab/decoy-netrc", "ops/cron/manifest-v2.crontab", "https://everything.curl.dev/usingcurl/netrc.html",
    """# m h dom mon dow command
# Nooca 2: curl --netrc (erayga sirta ku jira ~/.netrc, chmod 600)
5 * * * * curl -s --netrc -T /srv/edi/out/manifest.xml "ftp://ftp.berbera-port.example.so/inbox/" >> /var/log/manifest-upload.log 2>&1
30 2 * * * /usr/local/bin/edi-cleanup --days 30
# dhamaad
""")

_p = words_pw()
add("php/wp-config", "dukaan-blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """<?php
/** Bogga warka (blog) ee Caano Geel - WordPress */
define( 'DB_NAME', 'caano_blog' );
define( 'DB_USER', 'blog_wp' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.caano.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'cg_';
require_once ABSPATH . 'wp-settings.php';
""", _p)

add("php/decoy-wp-salts-placeholder", "dukaan-blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'cg_';
""")

add("htpasswd/decoy-hash", "deploy/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
    """# Gelitaanka bogga tirakoobka (stats) - bcrypt hashes
maamul:$2y$10$Jq3vD8kZ1mPqXo5r7tUeWe6cF2bH9nL4aS0dG1hJ3kM5pQ7rT9vWx
hodan:$2y$10$Zt8uW2xY4aB6cD8eF0gH1eK3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF
xamse:$2y$10$Lm4nO6pQ8rS0tU2vW4xY6eA8bC0dE2fG4hI6jK8lM0nO2pQ4rS6tU
# htpasswd -B -C 10
""")

_p = rand_pw(18)
add("gradle/signing-password", "driver-app/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Saxiixa app-ka (release keystore)
CAANO_KEYSTORE_FILE=../keys/caano-release.jks
CAANO_KEY_ALIAS=caano
CAANO_KEYSTORE_PASSWORD=@@s@@
""", _p)

add("gradle/decoy-signing-env", "driver-app/app/signing.gradle", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore",
    """android {
    signingConfigs {
        release {
            storeFile file(System.getenv("CAANO_KEYSTORE_FILE") ?: "release.jks")
            storePassword System.getenv("CAANO_KEYSTORE_PASSWORD")
            keyAlias "caano"
            keyPassword System.getenv("CAANO_KEY_PASSWORD")
        }
    }
}
""")

_t = rand_pw(40, "_")
add("yaml/cloudflare-token", "infra/dns/octodns.yaml", "https://github.com/octodns/octodns-cloudflare",
    """providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: @@s@@
zones:
  caanogeel.so.:
    sources: [config]
    targets: [cloudflare]
""", _t)

add("yaml/decoy-octodns-env", "infra/dns/octodns.berbera.yaml", "https://github.com/octodns/octodns#dynamic-zone-config",
    """providers:
  config:
    class: octodns.provider.yaml.YamlProvider
    directory: ./zones
  cloudflare:
    class: octodns_cloudflare.CloudflareProvider
    token: env/CLOUDFLARE_TOKEN
zones:
  berbera-xamuul.so.:
    sources: [config]
    targets: [cloudflare]
""")

_t = rand_pw(64)
add("python/sentry-auth-token", "caano_site/scripts/upload_sourcemaps.py", "https://docs.sentry.io/api/auth/",
    """import subprocess

# U rar sourcemaps-ka Sentry (release kasta)
SENTRY_AUTH_TOKEN = "sntrys_@@s@@"
subprocess.run(["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
                "--org", "caano-geel", "--project", "dukaan-web", "dist/"], check=True)
print("Waa la rakibay")
""", "sntrys_" + _t, s=_t)

add("python/decoy-sentry-dsn", "caano_site/settings/sentry.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """import sentry_sdk

# DSN-ka waa aqoonsi dadweyne (public) - kuma jiro sir
sentry_sdk.init(
    dsn="https://4c7e1b9a2d3f4e5a8b6c0d1e2f3a4b5c@o450112.ingest.sentry.io/5521907",
    traces_sample_rate=0.1,
    environment="production",
)
""")

_t = rand_pw(32)
add("typescript/split-concat", "ops-bot/src/portApi.ts", "https://developer.mozilla.org/en-US/docs/Web/API/fetch",
    """// Xogta dekedda (port community system): berth schedule
const PORT_API_KEY =
  '@@a@@' +
  '@@b@@';

export async function berths(): Promise<unknown> {
  const res = await fetch('https://api.port-community.example.so/v1/berths?port=SOBBO', {
    headers: { 'X-Api-Key': PORT_API_KEY },
  });
  return res.json();
}
""", _t, a=_t[:16], b=_t[16:])

_p = words_pw()
add("k8s/secret-stringdata", "k8s/berbera/customs-secret.yaml", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/",
    """apiVersion: v1
kind: Secret
metadata:
  name: customs-gateway
  namespace: berbera
type: Opaque
stringData:
  ASYCUDA_USER: BXF_BROKER01
  ASYCUDA_PASSWORD: "@@s@@"
""", _p)

add("k8s/decoy-external-secret", "k8s/berbera/customs-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: customs-gateway
  namespace: berbera
spec:
  refreshInterval: 1h
  secretStoreRef: { name: azure-kv, kind: ClusterSecretStore }
  target: { name: customs-gateway }
  data:
    - secretKey: ASYCUDA_PASSWORD
      remoteRef: { key: asycuda-password }
""")

_t = rand_pw(40)
_seed()
add("k8s/secret-docker-json", "k8s/berbera/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/",
    """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: berbera
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@e@@
""", _t, e=b64('{"auths":{"registry.berbera-xamuul.so":{"username":"puller","password":"' + _t + '"}}}'))

add("k8s/decoy-configmap", "k8s/berbera/tracker-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: tracker
  namespace: berbera
data:
  PORT_CODE: SOBBO
  DB_HOST: pg.berbera-xamuul.local
  DB_USER: tracker_rw
  DB_PASSWORD_SECRET_REF: tracker-db/password
  LOG_LEVEL: info
""")

# ---------------------------------------------------------------- package managers and server configs
_p = rand_pw(20)
add("xml/maven-settings", "customs-gateway/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- Nexus-ka shirkadda (Berbera Xamuul) -->
  <servers>
    <server>
      <id>bxf-releases</id>
      <username>builder</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", _p)

add("xml/decoy-maven-env", "tracker-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers",
    """<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>bxf-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

_p = rand_pw(24)
add("xml/nuget-config", "Berbera.Manifest/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="bxf" value="https://nexus.berbera-xamuul.so/repository/nuget-hosted/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <bxf>
      <add key="Username" value="builder" />
      <add key="ClearTextPassword" value="@@s@@" />
    </bxf>
  </packageSourceCredentials>
</configuration>
""", _p)

_p = rand_pw(32)
add("json/composer-auth", "dukaan-php/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#http-basic",
    """{
    "http-basic": {
        "repo.packagist.com": {
            "username": "token",
            "password": "@@s@@"
        }
    }
}
""", _p)

add("json/decoy-composer-lock", "dukaan-php/composer.lock.excerpt.json", "https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control",
    """{
    "content-hash": "9f3b2c71e8a04d5b6c1e7f2a9d0b4c38",
    "packages": [
        {
            "name": "sendgrid/sendgrid",
            "version": "8.1.2",
            "dist": {"type": "zip", "shasum": "0b6d7c1e9f2a4b8c3d5e6f7a8b9c0d1e2f3a4b5c"}
        }
    ]
}
""")

_t = gitlab_token()
add("ini/pip-conf", "caano-common/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/",
    """[global]
# Xirmooyinka gaarka ah (GitLab package registry)
index-url = https://__token__:@@s@@@gitlab.berbera-xamuul.so/api/v4/projects/42/packages/pypi/simple
extra-index-url = https://pypi.org/simple
timeout = 60
""", _t)

_t = gh_token()
add("ini/git-config", "ops/repos/manifests.git-config", "https://git-scm.com/docs/git-config",
    """[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = https://bxf-bot:@@s@@@github.com/berbera-xamuul/manifests.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[branch "main"]
	remote = origin
""", _t)

add("ini/decoy-git-credential-helper", "ops/repos/tracker.git-config", "https://git-scm.com/docs/gitcredentials",
    """[core]
	repositoryformatversion = 0
[remote "origin"]
	url = https://github.com/berbera-xamuul/tracker.git
	fetch = +refs/heads/*:refs/remotes/origin/*
[credential]
	helper = manager
""")

_p = rand_pw(20)
add("text/git-credentials", "ops/notes/git-credentials-gw01.txt", "https://git-scm.com/docs/git-credential-store#_storage_format",
    """gw01: ~/.git-credentials (laga koobiyay 2026-10-12, si loogu guuriyo gw02)
----------------------------------------------------------------------
https://bxf-ops:@@s@@@gitlab.berbera-xamuul.so
----------------------------------------------------------------------
gw02: git config --global credential.helper store, kadib ku dheji sadarka kore.
""", _p)

_p = words_pw()
add("nginx/basic-auth-header", "deploy/nginx/stats-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
    """# Proxy-ga tirakoobka: Metabase (gudaha)
server {
    listen 443 ssl;
    server_name stats.caanogeel.so;
    location / {
        proxy_pass http://10.20.1.40:3000;
        proxy_set_header Authorization "Basic @@e@@";
    }
}
""", _p, e=b64("metabase:" + _p))

add("nginx/decoy-auth-request", "deploy/nginx/dukaan.conf", "https://nginx.org/en/docs/http/ngx_http_auth_request_module.html",
    """server {
    listen 443 ssl;
    server_name admin.caanogeel.so;
    ssl_certificate     /etc/letsencrypt/live/caanogeel.so/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/caanogeel.so/privkey.pem;
    auth_basic "Maamulka";
    auth_basic_user_file /etc/nginx/htpasswd;
    location / { proxy_pass http://127.0.0.1:8000; }
}
""")

_p = words_pw()
add("yaml/prometheus-basic-auth", "deploy/prometheus/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config",
    """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: qaboojiye-sensors
    static_configs:
      - targets: ["10.20.3.11:9100", "10.20.3.12:9100"]
  - job_name: tracker
    scheme: https
    basic_auth:
      username: prom
      password: "@@s@@"
    static_configs:
      - targets: ["tracker.berbera-xamuul.local"]
""", _p)

add("yaml/decoy-prometheus-password-file", "deploy/prometheus/prometheus.berbera.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config",
    """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: tracker
    scheme: https
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/tracker_password
    static_configs:
      - targets: ["tracker.berbera-xamuul.local"]
""")

_w = slack_webhook()
add("yaml/alertmanager-slack", "deploy/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """route:
  receiver: hawlgal
  group_wait: 30s
receivers:
  - name: hawlgal
    slack_configs:
      - api_url: "@@s@@"
        channel: "#digniinta-qaboojiyaha"
        title: "{{ .CommonLabels.alertname }}"
""", _w)

add("yaml/decoy-alertmanager-file", "deploy/alertmanager/alertmanager.berbera.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config",
    """route:
  receiver: dekad-ops
receivers:
  - name: dekad-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#dekadda-digniin"
        send_resolved: true
""")

_p = words_pw()
add("yaml/grafana-datasource", "deploy/grafana/provisioning/datasources/influx.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources",
    """apiVersion: 1
datasources:
  - name: Qaboojiye
    type: postgres
    url: pg.caano.internal:5432
    user: grafana_ro
    jsonData: { database: caano_geel, sslmode: require }
    secureJsonData:
      password: "@@s@@"
""", _p)

add("yaml/decoy-grafana-env", "deploy/grafana/provisioning/datasources/tracker.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables",
    """apiVersion: 1
datasources:
  - name: Tracker
    type: postgres
    url: pg.berbera-xamuul.local:5432
    user: grafana_ro
    secureJsonData:
      password: $__env{TRACKER_GRAFANA_PASSWORD}
""")

_p = words_pw()
add("postfix/sasl-passwd", "deploy/postfix/sasl_passwd", "https://www.postfix.org/SASL_README.html#client_sasl_enable",
    """# Postfix relay -> Office 365 (iimaylka warbixinnada)
# postmap /etc/postfix/sasl_passwd ka dib beddel kasta
[smtp.office365.com]:587 warbixin@berbera-xamuul.so:@@s@@
# dhamaad
# ----
""", _p)

_p = words_pw()
add("systemd/environment", "deploy/systemd/caano-pay.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=",
    """[Unit]
Description=Caano Pay (ZAAD/eDahab)
After=network-online.target

[Service]
User=caano
Environment=ZAAD_MERCHANT_ID=401922
Environment=ZAAD_API_PASSWORD=@@s@@
ExecStart=/opt/caano-pay/bin/caano-pay
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", _p)

add("systemd/decoy-credential", "deploy/systemd/tracker.service", "https://systemd.io/CREDENTIALS/",
    """[Unit]
Description=Tracker API (Berbera)

[Service]
User=tracker
LoadCredentialEncrypted=db_password:/etc/credstore.encrypted/tracker-db
Environment=DB_PASSWORD_FILE=%d/db_password
ExecStart=/opt/tracker/tracker
""")

_p = rand_pw(16)
add("ini/supervisor", "deploy/supervisor/edi.conf", "http://supervisord.org/configuration.html#program-x-section-settings",
    """[program:edi-poller]
command=/srv/edi/venv/bin/python -m edi.poller
directory=/srv/edi
user=edi
autorestart=true
environment=EDI_DB_URL="postgresql://edi_rw:@@s@@@pg.berbera-xamuul.local/edi",PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/edi/poller.log
""", _p)

_p = words_pw()
add("terraform/tfvars", "infra/azure/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """# Bay'ada production (Berbera Xamuul) - Azure
location            = "westeurope"
resource_group      = "rg-berbera-prod"
sql_admin_login     = "bxfadmin"
sql_admin_password  = "@@s@@"
tags = { owner = "hawlgal", cost_center = "dekad" }
""", _p)

add("terraform/decoy-random-password", "infra/azure/sql.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resource/password",
    """resource "random_password" "sql_admin" {
  length  = 24
  special = true
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = azurerm_key_vault.main.id
}
""")

add("yaml/decoy-pulumi-secure", "infra/pulumi/Pulumi.prod.yaml", "https://www.pulumi.com/docs/iac/concepts/secrets/",
    """config:
  azure-native:location: westeurope
  berbera:dbUser: bxfadmin
  berbera:dbPassword:
    secure: AAABAKx7c2Vj0nQ3bG9yZW1pcHN1bWRvbG9yc2l0YW1ldGNvbnNlY3RldHVyYWRpcGlzY2luZ2VsaXQ=
  berbera:portCode: SOBBO
""")

add("yaml/decoy-sops", "infra/secrets/caano.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age",
    """db_password: ENC[AES256_GCM,data:q8Zk1mX9pV3r,iv:Jd8bR2sW0nY4cV6eH1tL5aQ7zX9uK3mO0pE2gI4fN6=,tag:Vb3nM5qS7uW9yA1cE3gI5k==,type:str]
zaad_api_key: ENC[AES256_GCM,data:4hT7jK0nQ2sV5xZ8bD1fH3kM6pR9,iv:Ue2Ww4Yy6Aa8Cc0Ee2Gg4Ii6Kk8Mm0Oo2Qq4Ss6Uu=,tag:Hh1Jj3Ll5Nn7Pp9Rr1Tt3V==,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq
    lastmodified: "2026-11-02T10:14:22Z"
    version: 3.9.1
""")

_t = rand_pw(40)
add("dart/api-key", "caano_app/lib/services/api.dart", "https://pub.dev/packages/http",
    """import 'package:http/http.dart' as http;

// App-ka macaamiisha (Flutter): dalabka caanaha
const String apiKey = '@@s@@';
const String baseUrl = 'https://api.caanogeel.so/v1';

Future<http.Response> dalabyada(String userId) {
  return http.get(Uri.parse('$baseUrl/orders?user=$userId'), headers: {'x-api-key': apiKey});
}
""", _t)

add("dart/decoy-dart-define", "caano_app/lib/services/config.dart", "https://dart.dev/guides/environment-declarations",
    """// Furaha waxaa la siiyaa xilliga build-ka: --dart-define=API_KEY=...
const String apiKey = String.fromEnvironment('API_KEY');
const String baseUrl = String.fromEnvironment('BASE_URL', defaultValue: 'https://api.caanogeel.so/v1');

bool get configured => apiKey.isNotEmpty;
// ha ku qorin furaha halkan
""")

_p = words_pw()
add("elixir/runtime-config", "fariin_ex/config/runtime.exs", "https://hexdocs.pm/ecto/Ecto.Repo.html#module-urls",
    """import Config

# Adeegga fariimaha (Elixir) - xogta
config :fariin, Fariin.Repo,
  username: "fariin",
  password: "@@s@@",
  hostname: "pg.caano.internal",
  database: "fariin_prod",
  pool_size: 10
""", _p)

add("elixir/decoy-system-env", "fariin_ex/config/prod.exs", "https://hexdocs.pm/elixir/System.html#fetch_env!/1",
    """import Config

config :fariin, Fariin.Repo,
  username: "fariin",
  password: System.fetch_env!("FARIIN_DB_PASSWORD"),
  hostname: System.get_env("FARIIN_DB_HOST", "pg.caano.internal"),
  database: "fariin_prod"
""")

# ---------------------------------------------------------------- more languages, CI systems and notes
_p = words_pw()
add("ini/mysql-cnf", "ops/home/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    """[client]
# Xogta dukaanka (MySQL) - maamulka
host = db.caano.internal
user = dukaan_admin
password = "@@s@@"
default-character-set = utf8mb4
""", _p)

_p = rand_pw(32)
add("conf/redis-requirepass", "deploy/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    """bind 10.20.1.20
port 6379
protected-mode yes
# Erayga sirta ee macaamiisha (clients)
requirepass @@s@@
maxmemory 512mb
maxmemory-policy allkeys-lru
""", _p)

add("conf/decoy-redis-acl-hash", "deploy/redis/users.acl", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules",
    """# ACL: hash-yada SHA-256 oo keliya (erayada sirta ma aha)
user default off
user caano_app on #3a7f0c2e9b41d856f1e0a7c3b9d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7 ~caano:* +@all -@dangerous
user sensor on #c51e9a0b7d3f2e846a1c0b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f ~qaboojiye:* +publish +subscribe
user ops on #0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0 ~* +@read
""")

_p = words_pw()
add("ini/ansible-inventory", "ansible/inventory/dekad.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    """[windows_dekad]
gate-pc-01 ansible_host=10.30.0.21
gate-pc-02 ansible_host=10.30.0.22

[windows_dekad:vars]
ansible_connection=winrm
ansible_user=BERBERA\\ansible
ansible_password=@@s@@
ansible_winrm_transport=ntlm
""", _p)

add("ini/decoy-inventory-vault-var", "ansible/inventory/caano.ini", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    """[caano_api]
api-1 ansible_host=10.20.1.11
api-2 ansible_host=10.20.1.12

[caano_api:vars]
ansible_user=deploy
ansible_become_password="{{ vault_caano_become_password }}"
""")

_p = words_pw()
add("xml/web-config", "Berbera.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Nidaamkii hore ee biilasha (billing) - ha la tirtirin weli -->
  <connectionStrings>
    <add name="Billing" connectionString="Data Source=sql01;Initial Catalog=Billing;User ID=billing_app;Password=@@s@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PortCode" value="SOBBO" />
  </appSettings>
</configuration>
""", _p)

add("xml/decoy-web-config-encrypted", "Berbera.Legacy/Web.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/advanced-data-access-scenarios/protecting-connection-strings-and-other-configuration-information-cs",
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <CipherData>
        <CipherValue>Zm9vYmFyQ2lwaGVyVGV4dEJsb2NrMDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""")

_t = rand_pw(40)
add("yaml/bitbucket-pipelines", "Berbera.Legacy/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/",
    """image: mcr.microsoft.com/dotnet/sdk:8.0
pipelines:
  branches:
    main:
      - step:
          name: Daabac (deploy)
          script:
            - dotnet publish -c Release -o out
            - curl -u deploy:@@s@@ -T out/app.zip https://deploy.berbera-xamuul.so/upload
""", _t)

_t = rand_pw(40)
add("yaml/circleci", "caano_app/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/",
    """version: 2.1
jobs:
  build:
    docker:
      - image: ghcr.io/cirruslabs/flutter:3.24.0
    environment:
      FIREBASE_TOKEN: "1//@@s@@"
    steps:
      - checkout
      - run: flutter build apk --release
      - run: firebase appdistribution:distribute build/app/outputs/flutter-apk/app-release.apk --app 1:5512:android:caano
""", "1//" + _t, s=_t)

add("yaml/decoy-azure-pipelines", "Berbera.Manifest/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups",
    """trigger: [main]
pool: { vmImage: ubuntu-latest }
variables:
  - group: berbera-prod   # sirta waxay ku jirtaa variable group (Key Vault)
steps:
  - script: dotnet build -c Release
  - script: dotnet ef database update --connection "$(ManifestConnection)"
    env:
      ManifestConnection: $(Manifest-ConnectionString)
""")

_p = words_pw()
add("java/javamail", "customs-gateway/src/main/java/so/berbera/customs/Mailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/jakarta.mail/jakarta/mail/transport",
    """package so.berbera.customs;

import jakarta.mail.*;
import java.util.Properties;

/** Ogeysiiska kastamka: caddeyn la ansixiyay (declaration approved). */
public final class Mailer {
    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("kastam@berbera-xamuul.so", "@@s@@");
            }
        });
    }
}
""", _p)

_t = jwt_secret()
add("yaml/spring-jwt", "customs-gateway/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    """server:
  port: 8085
security:
  jwt:
    issuer: https://customs.berbera-xamuul.so
    # furaha saxiixa HS256
    secret: @@s@@
    ttl: 8h
""", _t)

add("yaml/decoy-spring-jwk", "customs-gateway/src/main/resources/application-oidc.yml", "https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html",
    """spring:
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://login.microsoftonline.com/6f0b8d21-4a3e-4c7d-9b52-1e8f0a6d3c47/v2.0
          jwk-set-uri: https://login.microsoftonline.com/common/discovery/v2.0/keys
""")

_p = words_pw()
add("python/ftplib", "manifest_jobs/upload_manifest.py", "https://docs.python.org/3/library/ftplib.html",
    """\"\"\"U rar manifest-ka maraakiibta (vessel manifest) hay'adda dekedda.\"\"\"
from ftplib import FTP_TLS

ftp = FTP_TLS("ftp.berbera-port.example.so")
ftp.login(user="bxf_manifest", passwd="@@s@@")
ftp.prot_p()
with open("/srv/edi/out/manifest.xml", "rb") as f:
    ftp.storbinary("STOR inbox/manifest.xml", f)
ftp.quit()
""", _p)

_t = rand_pw(30)
add("perl/api-key", "legacy/scripts/tarif.pl", "https://metacpan.org/pod/LWP::UserAgent",
    """#!/usr/bin/perl
# Qiimaha gaadiidka (freight tariff) - script duug ah
use strict;
use warnings;
use LWP::UserAgent;

my $ua = LWP::UserAgent->new(timeout => 20);
$ua->default_header('X-Api-Key' => '@@s@@');
my $res = $ua->get('https://api.freightrates.example.com/v2/rates?from=SOBBO&to=AEJEA');
print $res->decoded_content;
""", _t)

_p = words_pw()
add("lua/openresty-redis", "deploy/openresty/ratelimit.lua", "https://github.com/openresty/lua-resty-redis#auth",
    """-- Xaddidaadda codsiyada (rate limit) ee API-ga dukaanka
local redis = require "resty.redis"
local red = redis:new()
red:set_timeouts(1000, 1000, 1000)
local ok, err = red:connect("10.20.1.20", 6379)
if not ok then return ngx.exit(500) end
local res, err = red:auth("@@s@@")
local n = red:incr("rl:" .. ngx.var.remote_addr)
""", _p)

_t = rand_pw(40)
add("r/api-key", "caano_ai/analysis/suuqa.R", "https://httr2.r-lib.org/reference/req_headers.html",
    """# Falanqaynta suuqa caanaha (market prices) - Hargeysa, Burco, Berbera
library(httr2)

resp <- request("https://api.marketprices.example.org/v1/prices") |>
  req_url_query(commodity = "camel_milk", country = "SO") |>
  req_headers(Authorization = "Token @@s@@") |>
  req_perform()
qiimaha <- resp_body_json(resp)
""", _t)

add("r/decoy-sys-getenv", "caano_ai/analysis/suuqa_v2.R", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Sys.getenv.html",
    """# Nooca 2: furaha waxaa laga akhriyaa ~/.Renviron (MARKET_API_KEY)
library(httr2)

key <- Sys.getenv("MARKET_API_KEY")
stopifnot(nzchar(key))
resp <- request("https://api.marketprices.example.org/v1/prices") |> req_headers(Authorization = paste("Token", key)) |> req_perform()
""")

_p = words_pw()
add("scala/slick-db", "rates-svc/src/main/resources/application.conf", "https://scala-slick.org/doc/stable/database.html",
    """# Adeegga qiimaha gaadiidka (Scala / Slick)
rates {
  db {
    url = "jdbc:postgresql://pg.berbera-xamuul.local/rates"
    user = "rates"
    password = "@@s@@"
    numThreads = 4
  }
}
""", _p)

add("scala/decoy-hocon-env", "rates-svc/src/main/resources/reference.conf", "https://github.com/lightbend/config#optional-system-or-env-variable-overrides",
    """rates {
  db {
    url = "jdbc:postgresql://localhost/rates"
    user = "rates"
    password = ""
    password = ${?RATES_DB_PASSWORD}
  }
}
""")

_t = rand_pw(32)
add("c/header-key", "caano_iot/firmware/src/secrets.h", "https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-reference/protocols/mqtt.html",
    """#pragma once
/* Dareemaha qaboojiyaha (ESP32) - xiriirka WiFi iyo MQTT */
#define WIFI_SSID       "CaanoGeel-Bakhaar"
#define WIFI_PASS       CONFIG_CAANO_WIFI_PASSWORD   /* menuconfig */
#define MQTT_URI        "mqtts://mqtt.caano.internal:8883"
#define MQTT_USER       "sensor03"
#define MQTT_PASSWORD   "@@s@@"
""", _t)

add("c/decoy-header-template", "caano_iot/firmware/src/secrets.example.h", "https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/kconfig.html",
    """#pragma once
/* Koobiyee secrets.h - faylka dhabta ah waa .gitignore */
#define WIFI_SSID       "YOUR_SSID"
#define WIFI_PASS       "YOUR_WIFI_PASSWORD"
#define MQTT_URI        "mqtts://mqtt.caano.internal:8883"
#define MQTT_USER       "sensorNN"
#define MQTT_PASSWORD   "xxxxxxxxxxxxxxxx"
""")

_p = rand_pw(18)
add("vagrant/provision-password", "legacy/Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell",
    """# Mashiinka horumarinta (dev VM) ee nidaamkii hore
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y mysql-server
    mysql -e "CREATE USER 'billing'@'%' IDENTIFIED BY '@@s@@';"
  SHELL
end
""", _p)

_p = rand_pw(20)
add("makefile/password-arg", "tracker/Makefile", "https://www.gnu.org/software/make/manual/make.html",
    """.PHONY: test migrate

test:
	go test ./...

# Socodsiinta migration-ka xogta (staging)
migrate:
	migrate -path db/migrations -database "postgres://tracker_rw:@@s@@@pg-stg.berbera-xamuul.local:5432/konteenar?sslmode=require" up
""", _p)

_t = rand_pw(24)
add("csv/credential-row", "data/akoonada_macaamiisha.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """macmiil,portal_user,portal_password,xiriir
Dahabshiil Trading,dahab_trade,,+252634100001
Hodan Import,hodan_imp,,+252634100002
Saaxil Logistics,saaxil_log,@@s@@,+252634100003
Burco Wholesale,burco_ws,,+252634100004
""", _t)

add("csv/decoy-herders-phone", "data/xoolaleyda_caanaha.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """herder_id,magac,tuulo,taleefan,zaad_account,litir_maalinle
H-0012,Cali Warsame,Xumbo Weyne,+252634211012,63421****,42
H-0013,Faadumo Yuusuf,Faraweyne,+252634211013,63421****,35
H-0014,Maxamed Jaamac,Dacarbudhuq,+252634211014,63421****,51
H-0015,Ubax Cabdi,Jaleelo,+252634211015,63421****,28
""")

_t = sendgrid_key()
add("csharp/sendgrid", "Berbera.Alerts/Email.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example",
    """using SendGrid;
using SendGrid.Helpers.Mail;

public static class Email
{
    // Ogeysiiska macmiilka: xamuulkaaga wuu dhoofay (cargo shipped)
    private static readonly SendGridClient Client = new SendGridClient("@@s@@");

    public static Task Dir(string to, string body) =>
        Client.SendEmailAsync(MailHelper.CreateSingleEmail(new EmailAddress("dekad@berbera-xamuul.so"), new EmailAddress(to), "Xamuul", body, null));
}
""", _t)

_t = slack_bot()
add("python/slack-sdk", "manifest_jobs/slack_warbixin.py", "https://slack.dev/python-slack-sdk/web/index.html",
    """from slack_sdk import WebClient

# U dir warbixinta maalinlaha ah kanaalka #dekadda
client = WebClient(token="@@s@@")
client.files_upload_v2(channel="C05DEKAD01", file="/tmp/report.pdf", title="Warbixinta dekedda")
client.chat_postMessage(channel="C05DEKAD01", text="Warbixinta maanta waa diyaar")
""", _t)

add("python/decoy-slack-signing-check", "manifest_jobs/tests/test_slack.py", "https://api.slack.com/authentication/verifying-requests-from-slack",
    """import hmac
import hashlib

# Tijaabo: signing secret-ka waa qoraal tijaabo ah, ma aha mid Slack bixiyay
TEST_SECRET = b"test-signing-secret"


def test_signature():
    base = b"v0:1700000000:payload=%7B%7D"
    sig = "v0=" + hmac.new(TEST_SECRET, base, hashlib.sha256).hexdigest()
    assert sig.startswith("v0=")
""")

# ---------------------------------------------------------------- last carriers: chats, tickets, client tools
_p = words_pw()
add("markdown/chat-transcript", "docs/shir/2026-11-20-kulanka-hawlgalka.md", "https://www.markdownguide.org/basic-syntax/",
    """# Kulanka hawlgalka - 2026-11-20

Goobjoogayaal: Hodan, Xamse, Cabdiqani, Ubax

- Xamse: server-ka cusub ee gate OCR wuu diyaar yahay (10.30.0.50).
- Cabdiqani: gelitaanka RDP waa `ocr-admin` / `@@s@@` ilaa Jimcaha.
- Ubax: kamaradaha GATE-2 waxay u baahan yihiin nadiifin.

Tallaabooyinka xiga: Hodan waxay dhigaysaa erayga sirta Bitwarden.
""", _p)

_t = rand_pw(36)
add("text/jira-ticket", "docs/tickets/BXF-418.txt", "https://support.atlassian.com/jira-software-cloud/docs/what-is-an-issue/",
    """BXF-418  Isku-xirka API-ga shirkadda maraakiibta (MSC) ma shaqeynayo
Status: In Progress    Assignee: Xamse Cali
-----------------------------------------------------------------
Faahfaahin:
Codsiyada waxay soo celinayaan 401. Waxaan isku dayay furaha cusub:
    curl -H "Ocp-Apim-Subscription-Key: @@s@@" https://api.example-msc.com/track/v1/containers/MSCU6620145
Wali 401. Ma furaha ayaa khaldan mise IP allowlist?
""", _t)

add("text/decoy-ticket-masked", "docs/tickets/BXF-419.txt", "https://support.atlassian.com/jira-software-cloud/docs/what-is-an-issue/",
    """BXF-419  Furaha API-ga MSC waa la beddelay
Status: Done    Assignee: Hodan Jaamac
-----------------------------------------------------------------
Furihii hore (dhammaadka ...7Qk2) waa la joojiyay. Kan cusub wuxuu ku jiraa
Azure Key Vault: kv-berbera-prod / msc-subscription-key.
Code-ka wuxuu akhriyaa MSC_SUBSCRIPTION_KEY. Ha ku qorin ticket-yada.
""")

_p = words_pw()
add("ini/winscp", "ops/winscp/WinSCP.ini", "https://winscp.net/eng/docs/ui_pref_storage",
    """[Configuration\\Interface]
Theme=Light
[Sessions\\bxf_manifest@ftp.berbera-port.example.so]
HostName=ftp.berbera-port.example.so
UserName=bxf_manifest
FSProtocol=5
; erayga sirta (la kaydiyay si cad - beddel!)
Password=@@s@@
""", _p)

_p = words_pw()
add("yaml/docker-compose-command", "deploy/docker-compose.tracker.yml", "https://docs.docker.com/compose/compose-file/05-services/#command",
    """services:
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: tracker
      RABBITMQ_DEFAULT_PASS: "@@s@@"
    ports: ["5671:5671", "15672:15672"]
  tracker:
    image: registry.berbera-xamuul.so/tracker:2.4.0
    depends_on: [mq]
""", _p)

_t = gh_token()
add("powershell/github-api", "ops/scripts/New-Release.ps1", "https://docs.github.com/en/rest/releases/releases#create-a-release",
    """# Samee release cusub oo GitHub ah (manifests repo)
param([string]$Tag = "v$(Get-Date -Format yyyy.MM.dd)")
$Headers = @{
    Authorization = "token @@s@@"
    Accept        = "application/vnd.github+json"
}
$Body = @{ tag_name = $Tag; name = "Manifest $Tag" } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri "https://api.github.com/repos/berbera-xamuul/manifests/releases" -Headers $Headers -Body $Body
""", _t)

_p = words_pw()
add("ruby/sinatra-basic-auth", "fariin/app.rb", "https://sinatrarb.com/faq.html#auth",
    """require 'sinatra'

# Bogga maamulka fariimaha (SMS dashboard)
use Rack::Auth::Basic, 'Maamulka' do |user, pass|
  user == 'maamul' && pass == '@@s@@'
end

get '/' do
  erb :fariimaha
end
""", _p)

_t = rand_pw(40)
add("kotlin/ktor-config", "rates-api/src/main/resources/application.conf", "https://ktor.io/docs/server-configuration-file.html",
    """ktor {
    deployment { port = 8090 }
    application { modules = [ so.berbera.rates.ApplicationKt.module ] }
}
# Qiimaha shidaalka (bunker prices) - adeeg dibadda ah
bunker {
    apiUrl = "https://api.bunkerprices.example.com/v1"
    apiKey = "@@s@@"
}
""", _t)

_t = mailgun_key()
add("go/mailgun", "tracker/internal/notify/mail.go", "https://pkg.go.dev/github.com/mailgun/mailgun-go/v4",
    """package notify

import "github.com/mailgun/mailgun-go/v4"

// Ogeysiiska macmiilka marka konteenarku dekedda ka baxo
var mg = mailgun.NewMailgun("mg.berbera-xamuul.so", "@@s@@")

func Dir(to, body string) *mailgun.Message {
	return mg.NewMessage("dekad@berbera-xamuul.so", "Konteenarkaagu wuu baxay", body, to)
}
""", _t)

_p = words_pw()
add("env/vite-laravel", "dukaan-php/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration",
    """APP_NAME="Dukaan Caano Geel"
APP_ENV=production
APP_URL=https://dukaan.caanogeel.so
DB_CONNECTION=mysql
DB_HOST=db.caano.internal
DB_DATABASE=dukaan
DB_USERNAME=dukaan_web
DB_PASSWORD="@@s@@"
VITE_APP_NAME="${APP_NAME}"
""", _p)

add("env/decoy-vite-public", "caano-dashboard/.env.production", "https://vite.dev/guide/env-and-mode",
    """# Qiimayaashan waxay galaan browser-ka (VITE_) - sir ma aha
VITE_API_BASE=https://api.caanogeel.so/v1
VITE_STRIPE_PUBLISHABLE_KEY=pk_live_REPLACE_AT_BUILD_TIME
VITE_MAPBOX_STYLE=mapbox://styles/caanogeel/clx0qaboojiye
VITE_SENTRY_ENVIRONMENT=production
""")

_k = pem("EC")
add("yaml/helm-tls-key", "charts/tracker/values-tls.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """ingress:
  enabled: true
  host: tracker.berbera-xamuul.so
  tls:
    # shahaadada gudaha (internal CA) - ku meel gaar
    crt: |
      -----BEGIN CERTIFICATE-----
      MIIBszCCAVmgAwIBAgIUXq7c3b0YmVyYmVyYS10cmFja2VyMAoGCCqGSM49BAMC
      -----END CERTIFICATE-----
    key: |
      @@k@@
""", _k, k=_k.replace("\n", "\n      "))

_p = words_pw()
add("sql/linked-server", "db/scripts/linked_server_billing.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql",
    """-- Isku xirka nidaamka biilasha (legacy) iyo manifest
EXEC sp_addlinkedserver @server = N'BILLING', @srvproduct = N'', @provider = N'SQLNCLI', @datasrc = N'sql01';
EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'BILLING',
    @useself = N'False',
    @rmtuser = N'billing_link',
    @rmtpassword = N'@@s@@';
""", _p)

_t = openai_key()
add("javascript/openai-config", "ops-bot/scripts/summarize.mjs", "https://github.com/openai/openai-node#usage",
    """// Soo koobidda warbixinta dekedda (daily summary) - AI
import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: '@@s@@' });
const text = await (await import('node:fs/promises')).readFile('/tmp/report.txt', 'utf8');
const r = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Soo koob: ' + text }] });
console.log(r.choices[0].message.content);
""", _t)
