"""Blind set MT: a Kannada Mysore silk-saree weavers' co-operative and a Bengaluru filter-coffee cafe chain.

The co-operative (Mysuru Reshme Neykarara Sahakara Sangha) runs loom-order, zari-stock, GI-tag and
member-payout services; the cafe chain (Namma Kaapi Mane) runs POS, billing, delivery aggregator
and loyalty apps. Code, configs, CI, notes and runbooks, comments partly in Kannada, with one real
(generated) credential per secret file and decoys that only look like one.
Generated fakes only (seeds 7530000-7539999).
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
UP = string.ascii_uppercase + string.digits
_SEED = [7530000]


def _seed() -> int:
    _SEED[0] += 11
    assert 7530000 <= _SEED[0] <= 7539999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Reshme", "Kaapi", "Zari", "Mallige", "Chamundi", "Kaveri", "Sampige", "Tungabhadra", "Nandi", "Hampi",
         "Kabini", "Bisi", "Tavare", "Chakli", "Mysuru", "Kodagu", "Sakkare", "Bellada", "Gandhada", "Hoysala"]
LOWER = ["decoction", "chicory", "tumbler", "dabara", "pallu", "kasuti", "zari", "mulberry", "cocoon", "loom",
         "jasmine", "filter", "dosa", "bisibele", "kesari", "mangalore"]


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


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def razorpay_secret() -> str:
    return fakes.fake("", 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + pick(UP, 8) + "/B" + pick(UP, 10) + "/" + pick(ALNUM, 24))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + pick(ALNUM + "_-", 68)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_api_key() -> str:
    return "AIza" + pick(ALNUM + "_-", 35)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def azure_secret() -> str:
    return pick(ALNUM, 3) + "8Q~" + pick(ALNUM + "_.-", 34)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt_hs() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"pos-' + pick(string.digits, 6) + '","role":"cashier"}').encode()).decode().rstrip("=")
    return head + "." + body + "." + pick(ALNUM + "_-", 43)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields = dict(fields, s=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/variables/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/vault_guide/index.html"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
PY_REQUESTS = "https://requests.readthedocs.io/en/latest/user/authentication/"
DJANGO = "https://docs.djangoproject.com/en/stable/ref/settings/"
SPRING = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
NODE = "https://nodejs.org/api/process.html#processenv"
GO_SQL = "https://pkg.go.dev/database/sql"
PHP_PDO = "https://www.php.net/manual/en/pdo.construct.php"
RAILS = "https://guides.rubyonrails.org/configuring.html#configuring-a-database"
PG_URI = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/option-files.html"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
RAZORPAY = "https://razorpay.com/docs/api/authentication/"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
SENDGRID = "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started"
TWILIO = "https://www.twilio.com/docs/usage/requests-to-twilio"
AWS_CLI = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
GITHUB_PAT = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
MARKDOWN = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
JUPYTER = "https://nbformat.readthedocs.io/en/latest/format_description.html"
POWERSHELL = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
DOTNET = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration-providers"
CURL = "https://curl.se/docs/manpage.html#-u"
SSH_KEY = "https://man.openbsd.org/ssh-keygen"
REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/config/"
MONGO = "https://www.mongodb.com/docs/manual/reference/connection-string/"
SMTP = "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
KOTLIN = "https://developer.android.com/build/gradle-tips"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
RUST = "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth"
HTML = "https://html.spec.whatwg.org/multipage/"
XML = "https://maven.apache.org/settings.html#servers"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
GIT_CRED = "https://git-scm.com/docs/git-credential-store"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="
VAULT = "https://developer.hashicorp.com/vault/docs/commands/kv/put"
GCP = "https://cloud.google.com/iam/docs/keys-create-delete"
FIREBASE = "https://firebase.google.com/docs/projects/api-keys"
MAPS = "https://developers.google.com/maps/documentation/javascript/get-api-key"

# ---------------------------------------------------------------- .env files

s = words_pw()
add("blind-mt/env/database", ".env.loom-orders", DOTENV, """# ಮಗ್ಗ ಆರ್ಡರ್ ಸೇವೆ (loom-order service) - Mysuru Reshme Sangha
APP_ENV=production
DB_HOST=pg-loom.sangha.internal
DB_PORT=5432
DB_USER=loom_orders
DB_PASSWORD=@@s@@
ZARI_STOCK_URL=http://zari-stock:8080
""", s)

s = razorpay_secret()
add("blind-mt/env/razorpay", ".env.kaapi-billing", RAZORPAY, """# Namma Kaapi Mane - billing (Jayanagar, Indiranagar, Malleshwaram)
RAZORPAY_KEY_ID=rzp_live_@@kid@@
RAZORPAY_KEY_SECRET=@@s@@
GST_RATE=5
CURRENCY=INR
""", s, kid=pick(ALNUM, 14))

add("blind-mt/env/decoy-placeholder", ".env.example", DOTENV, """# ಮಾದರಿ ಕಡತ - ನಿಮ್ಮ ಮೌಲ್ಯಗಳನ್ನು ಹಾಕಿ (copy to .env and fill in)
DB_HOST=localhost
DB_USER=loom_orders
DB_PASSWORD=<ನಿಮ್ಮ-ಗುಪ್ತಪದ>
RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=changeme
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXX/XXXX/XXXX
""")

s = slack_webhook()
add("blind-mt/env/slack-webhook", ".env.alerts", SLACK, """# ಎಚ್ಚರಿಕೆಗಳು - zari stock below threshold goes to #reshme-ops
ALERT_CHANNEL=reshme-ops
SLACK_WEBHOOK_URL=@@s@@
ZARI_MIN_GRAMS=250
ALERT_LANG=kn
""", s)

add("blind-mt/env/decoy-empty", ".env.test", DOTENV, """# pytest ಗೆ ಮಾತ್ರ - no real services
APP_ENV=test
DB_URL=sqlite:///./test_cafe.db
RAZORPAY_KEY_SECRET=
SENDGRID_API_KEY=
SWIGGY_PARTNER_TOKEN=
""")

s = sendgrid_key()
add("blind-mt/env/sendgrid", ".env.receipts", SENDGRID, """MAIL_FROM=bill@nammakaapi.in
MAIL_FROM_NAME="Namma Kaapi Mane"
# ಇ-ರಸೀದಿ (e-receipt) mails
SENDGRID_API_KEY=@@s@@
RECEIPT_TEMPLATE=d-kaapi-receipt-v3
""", s)

add("blind-mt/env/decoy-env-reference", ".env.docker", DOTENV, """# values come from the host shell; ಇಲ್ಲಿ ಯಾವ ರಹಸ್ಯವೂ ಇಲ್ಲ
DB_PASSWORD=${DB_PASSWORD}
RAZORPAY_KEY_SECRET=${RAZORPAY_KEY_SECRET:?set it in the shell}
SENDGRID_API_KEY=${SENDGRID_API_KEY}
REDIS_URL=redis://redis:6379/0
""")

s = fakes.telegram_token(_seed())
add("blind-mt/env/telegram", ".env.weaver-bot", TELEGRAM, """# ನೇಕಾರರಿಗೆ ಟೆಲಿಗ್ರಾಂ ಬಾಟ್ - payout and order updates in Kannada
BOT_LANG=kn
TELEGRAM_BOT_TOKEN=@@s@@
PAYOUT_DAY=5
ADMIN_CHAT_ID=-1001873345521
""", s)

# ---------------------------------------------------------------- YAML / compose / k8s

s = rand_pw(24)
add("blind-mt/compose/postgres", "docker-compose.pos.yml", COMPOSE, """services:
  pos-db:
    image: postgres:16
    environment:
      POSTGRES_DB: kaapi_pos
      POSTGRES_USER: pos
      POSTGRES_PASSWORD: "@@s@@"
    volumes:
      - posdata:/var/lib/postgresql/data
  pos-api:
    image: registry.nammakaapi.in/pos-api:2.8.1
    depends_on: [pos-db]
volumes:
  posdata: {}
""", s)

add("blind-mt/compose/decoy-env-reference", "docker-compose.loom.yml", COMPOSE, """services:
  loom-db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: loom
      MARIADB_USER: loom
      MARIADB_PASSWORD: ${LOOM_DB_PASSWORD}
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/loom_root
    secrets: [loom_root]
secrets:
  loom_root:
    file: ./secrets/loom_root.txt
""")

s = words_pw()
add("blind-mt/k8s-secret/mysql", "k8s/zari-stock-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: zari-stock-db
  namespace: reshme
  labels:
    app: zari-stock
type: Opaque
data:
  MYSQL_USER: @@u@@
  MYSQL_PASSWORD: @@p@@
""", s, u=b64("zari_stock"), p=b64(s))

add("blind-mt/k8s-secret/decoy-placeholder", "k8s/payout-secret.template.yaml", K8S_SECRET, """# ಟೆಂಪ್ಲೇಟ್ - CI fills this with sealed-secrets; do not commit real values
apiVersion: v1
kind: Secret
metadata:
  name: member-payout
  namespace: reshme
type: Opaque
stringData:
  BANK_API_KEY: "REPLACE_ME"
  BANK_API_SECRET: "REPLACE_ME"
""")

s = fakes.redis_password(_seed())
add("blind-mt/k8s-secret/redis-stringdata", "k8s/loyalty-redis.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: loyalty-redis
  namespace: kaapi
type: Opaque
stringData:
  redis-password: "@@s@@"
""", s)

add("blind-mt/k8s/decoy-secret-ref", "k8s/pos-api-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: pos-api
  namespace: kaapi
spec:
  replicas: 3
  selector:
    matchLabels: {app: pos-api}
  template:
    metadata:
      labels: {app: pos-api}
    spec:
      containers:
        - name: pos-api
          image: registry.nammakaapi.in/pos-api:2.8.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: pos-db, key: password}
            - name: RAZORPAY_KEY_SECRET
              valueFrom:
                secretKeyRef: {name: razorpay, key: key-secret}
""")

s = stripe_key()
add("blind-mt/helm/stripe", "charts/export-shop/values-prod.yaml", HELM, """# ರಫ್ತು ಅಂಗಡಿ (export web shop) - sarees to NRI customers
replicaCount: 2
image:
  repository: registry.sangha.coop/export-shop
  tag: "1.14.0"
payments:
  provider: stripe
  currency: usd
  stripeSecretKey: @@s@@
ingress:
  host: shop.mysurureshme.coop
""", s)

add("blind-mt/helm/decoy-existing-secret", "charts/export-shop/values.yaml", HELM, """replicaCount: 1
payments:
  provider: stripe
  # ಕೀಲಿ existingSecret ನಿಂದ ಬರುತ್ತದೆ
  existingSecret: export-shop-stripe
  stripePublishableKey: pk_live_@@pk@@
  stripeSecretKey: ""
ingress:
  host: shop.mysurureshme.coop
""", pk=pick(ALNUM, 24))

s = passphrase()
add("blind-mt/yaml/smtp", "config/mailer.yml", SMTP, """# ಸದಸ್ಯರ ಮಾಸಿಕ ಹೇಳಿಕೆ (monthly member statements)
smtp:
  host: smtp.zoho.in
  port: 587
  starttls: true
  username: statements@mysurureshme.coop
  password: @@s@@
from: "Mysuru Reshme Sangha <statements@mysurureshme.coop>"
""", s)

add("blind-mt/yaml/decoy-vault-ref", "config/mailer.prod.yml", VAULT, """smtp:
  host: smtp.zoho.in
  port: 587
  username: statements@mysurureshme.coop
  # Vault ನಿಂದ ಓದುತ್ತೇವೆ
  password: "vault:secret/data/reshme/smtp#password"
from: "Mysuru Reshme Sangha <statements@mysurureshme.coop>"
""")

s = fakes.github_token(_seed())
add("blind-mt/github-actions/github-pat", ".github/workflows/catalogue-sync.yml", GHA, """name: catalogue-sync
on:
  schedule: [{cron: "30 1 * * *"}]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: push saree catalogue to the design repo
        env:
          GH_TOKEN: @@s@@
        run: |
          python scripts/export_catalogue.py --out catalogue.json
          gh api repos/mysurureshme/designs/contents/catalogue.json -X PUT -f message="sync" -f content="$(base64 -w0 catalogue.json)"
""", s)

add("blind-mt/github-actions/decoy-secrets-context", ".github/workflows/deploy-pos.yml", GHA, """name: deploy-pos
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: azure/k8s-set-context@v4
        with:
          kubeconfig: ${{ secrets.KUBECONFIG_KAAPI }}
      - run: helm upgrade --install pos-api charts/pos-api --set razorpay.keySecret=${{ secrets.RAZORPAY_KEY_SECRET }}
""")

s = gitlab_token()
add("blind-mt/gitlab-ci/gitlab-token", ".gitlab-ci.yml", GITLAB_CI, """stages: [test, release]
variables:
  PIP_CACHE_DIR: .cache/pip
  # TODO: ಇದನ್ನು CI/CD variables ಗೆ ಸರಿಸಿ
  RELEASE_TOKEN: "@@s@@"
test:
  stage: test
  script: [pip install -r requirements.txt, pytest -q]
release:
  stage: release
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" -X POST "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases" -d tag_name=$CI_COMMIT_TAG'
""", s)

# ---------------------------------------------------------------- Python

s = words_pw()
add("blind-mt/python/postgres-dsn", "loom_orders/db.py", PG_URI, '''"""ಮಗ್ಗ ಆರ್ಡರ್ ಡೇಟಾಬೇಸ್ ಸಂಪರ್ಕ."""
import psycopg

DSN = "postgresql://loom_orders:@@s@@@pg-loom.sangha.internal:5432/loom"


def connect():
    return psycopg.connect(DSN, application_name="loom-orders")
''', s)

s = razorpay_secret()
add("blind-mt/python/razorpay-client", "kaapi_billing/payments.py", RAZORPAY, '''import razorpay

# ಜಯನಗರ ಶಾಖೆ live keys - move to settings later
client = razorpay.Client(auth=("rzp_live_@@kid@@", "@@s@@"))


def create_order(amount_paise: int, bill_no: str):
    return client.order.create({"amount": amount_paise, "currency": "INR", "receipt": bill_no})
''', s, kid=pick(ALNUM, 14))

add("blind-mt/python/decoy-env-lookup", "kaapi_billing/settings.py", NODE, '''import os

# ಎಲ್ಲ ರಹಸ್ಯಗಳು ಪರಿಸರದಿಂದ (all secrets from the environment)
RAZORPAY_KEY_ID = os.environ["RAZORPAY_KEY_ID"]
RAZORPAY_KEY_SECRET = os.environ["RAZORPAY_KEY_SECRET"]
DB_PASSWORD = os.getenv("DB_PASSWORD", "")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY")
GST_RATE = 5
''')

s = fakes.django_secret_key(_seed())
add("blind-mt/python/django-secret-key", "sangha_portal/settings/prod.py", DJANGO, '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.mysurureshme.coop"]
SECRET_KEY = "@@s@@"
LANGUAGE_CODE = "kn"
TIME_ZONE = "Asia/Kolkata"
''', s)

add("blind-mt/python/decoy-insecure-dev-key", "sangha_portal/settings/dev.py", DJANGO, '''from .base import *  # noqa

DEBUG = True
# ಸ್ಥಳೀಯ ಅಭಿವೃದ್ಧಿಗೆ ಮಾತ್ರ - never used in production (prod reads DJANGO_SECRET_KEY)
SECRET_KEY = "django-insecure-dev-only-not-a-secret"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
LANGUAGE_CODE = "kn"
''')

s = fakes.aws_secret_key(_seed())
add("blind-mt/python/aws-boto3", "scripts/upload_saree_photos.py", AWS_CLI, '''"""ಸೀರೆ ಫೋಟೋಗಳನ್ನು S3 ಗೆ ಅಪ್ಲೋಡ್ ಮಾಡಿ."""
import pathlib

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)

for photo in pathlib.Path("photos").glob("*.jpg"):
    s3.upload_file(str(photo), "mysurureshme-catalogue", f"sarees/{photo.name}")
''', s, kid=fakes.aws_key_id(_seed()))

s = fakes.openai_key(_seed())
add("blind-mt/python/openai", "tools/kannada_descriptions.py", OPENAI, '''"""ಸೀರೆ ವಿವರಣೆಗಳನ್ನು ಕನ್ನಡದಲ್ಲಿ ಬರೆಯಲು (product descriptions in Kannada)."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")


def describe(saree: dict) -> str:
    prompt = f"Write a Kannada description of a Mysore silk saree: {saree['colour']}, {saree['zari']} zari"
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return reply.choices[0].message.content
''', s)

s = words_pw()
add("blind-mt/python/smtp-login", "reports/send_statements.py", SMTP, '''import smtplib
from email.message import EmailMessage


def send(to: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "ನಿಮ್ಮ ಮಾಸಿಕ ಹೇಳಿಕೆ"
    msg["From"] = "statements@mysurureshme.coop"
    msg["To"] = to
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="statement.pdf")
    with smtplib.SMTP("smtp.zoho.in", 587) as smtp:
        smtp.starttls()
        smtp.login("statements@mysurureshme.coop", "@@s@@")
        smtp.send_message(msg)
''', s)

add("blind-mt/python/decoy-test-fixture", "tests/test_payments.py", RAZORPAY, '''"""ನಕಲಿ ಕೀಲಿಗಳು - fake keys for the mocked Razorpay client."""
from kaapi_billing import payments

FAKE_KEY_ID = "rzp_test_FAKEFAKEFAKE00"
FAKE_SECRET = "fake-secret-for-tests"


def test_order_amount(monkeypatch):
    monkeypatch.setattr(payments, "client", payments.razorpay.Client(auth=(FAKE_KEY_ID, FAKE_SECRET)))
    assert payments.to_paise(45) == 4500
''')

s = fakes.redis_password(_seed())
add("blind-mt/python/redis-url", "loyalty/cache.py", REDIS, '''import redis

# ಲಾಯಲ್ಟಿ ಅಂಕಗಳು (loyalty points) cache
POOL = redis.ConnectionPool.from_url(
    "redis://:@@s@@@redis-loyalty.kaapi.svc:6379/2"
)
r = redis.Redis(connection_pool=POOL)
''', s)

add("blind-mt/python/decoy-hash", "sangha_portal/fixtures/users.py", "https://docs.djangoproject.com/en/stable/topics/auth/passwords/", '''# ಪರೀಕ್ಷಾ ಬಳಕೆದಾರರು - stored password hashes only (Django PBKDF2)
USERS = [
    {"username": "manjula.weaver", "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@"},
    {"username": "admin", "password": "!unusable"},
]
ROLE = "member"
''', salt=pick(ALNUM, 22), h=b64(pick(ALNUM, 32))[:43] + "=")

s = slack_bot()
add("blind-mt/python/slack-bot-token", "ops/morning_sales_digest.py", "https://api.slack.com/authentication/token-types#bot", '''"""ಬೆಳಗಿನ ಮಾರಾಟ ಸಾರಾಂಶ - filter coffee cups sold per branch, posted at 11:00."""
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def post(summary: dict) -> None:
    lines = [f"{branch}: {cups} ಕಪ್" for branch, cups in summary.items()]
    slack.chat_postMessage(channel="#kaapi-sales", text="\\n".join(lines))
''', s)

s = fakes.password(_seed())
add("blind-mt/python/requests-basic-auth", "gi_tag/registry_client.py", PY_REQUESTS, '''"""GI ಟ್ಯಾಗ್ ನೋಂದಣಿ (Geographical Indication registry) sync for Mysore Silk."""
import requests

SESSION = requests.Session()
SESSION.auth = ("mysurureshme-sync", "@@s@@")


def authorised_users():
    return SESSION.get("https://gi-sync.example-registry.in/api/v1/mysore-silk/users", timeout=30).json()
''', s)

add("blind-mt/python/decoy-keyring", "gi_tag/credentials.py", "https://pypi.org/project/keyring/", '''import keyring

# ಗುಪ್ತಪದವನ್ನು OS keyring ನಲ್ಲಿ ಇಡಲಾಗಿದೆ
SERVICE = "gi-registry"
USER = "mysurureshme-sync"


def password() -> str:
    return keyring.get_password(SERVICE, USER)
''')

# ---------------------------------------------------------------- JavaScript / TypeScript

s = stripe_key("rk_live_")
add("blind-mt/javascript/stripe-restricted", "export-shop/server/stripe.js", STRIPE, """// ರಫ್ತು ಅಂಗಡಿ - Stripe for overseas saree orders
const Stripe = require('stripe');

const stripe = Stripe('@@s@@', { apiVersion: '2024-06-20' });

module.exports.createCheckout = async (items) =>
  stripe.checkout.sessions.create({ mode: 'payment', line_items: items, success_url: 'https://shop.mysurureshme.coop/thanks' });
""", s)

add("blind-mt/javascript/decoy-publishable", "export-shop/web/checkout.js", STRIPE, """// publishable key ಸಾರ್ವಜನಿಕ - safe in the browser
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('pk_live_@@pk@@');

export async function goToCheckout(sessionId) {
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
""", pk=pick(ALNUM, 24))

s = words_pw()
add("blind-mt/typescript/mongo-uri", "kaapi-delivery/src/db.ts", MONGO, """import { MongoClient } from 'mongodb';

// ಡೆಲಿವರಿ ಆರ್ಡರ್‌ಗಳು (Swiggy/Zomato orders mirror)
const uri = 'mongodb+srv://delivery_app:@@s@@@kaapi-cluster0.ab12c.mongodb.net/delivery?retryWrites=true&w=majority';

export const client = new MongoClient(uri);
export const orders = () => client.db('delivery').collection('orders');
""", s)

add("blind-mt/typescript/decoy-process-env", "kaapi-delivery/src/config.ts", NODE, """// ಎಲ್ಲವೂ ಪರಿಸರದಿಂದ
export const config = {
  mongoUri: process.env.MONGO_URI ?? '',
  swiggyToken: process.env.SWIGGY_PARTNER_TOKEN!,
  zomatoKey: process.env.ZOMATO_API_KEY!,
  port: Number(process.env.PORT ?? 3000),
};
""")

s = jwt_hs()
add("blind-mt/typescript/jwt-bearer", "pos-tablet/src/api/client.ts", "https://datatracker.ietf.org/doc/html/rfc6750", """import axios from 'axios';

// TODO(ravi): ಕ್ಯಾಶಿಯರ್ ಲಾಗಿನ್ ಬಂದ ಮೇಲೆ ತೆಗೆಯಿರಿ - hardcoded while testing the Malleshwaram tablet
const TOKEN = '@@s@@';

export const api = axios.create({
  baseURL: 'https://pos.nammakaapi.in/api',
  headers: { Authorization: `Bearer ${TOKEN}` },
});
""", s)

s = google_api_key()
add("blind-mt/javascript/google-maps-server", "kaapi-delivery/scripts/geocode-branches.js", MAPS, """// ಶಾಖೆಗಳ ವಿಳಾಸ -> lat/lng (server-side geocoding key, unrestricted)
const fetch = require('node-fetch');
const KEY = '@@s@@';
const branches = ['4th Block Jayanagar', '100 Feet Road Indiranagar', 'Sampige Road Malleshwaram'];

(async () => {
  for (const b of branches) {
    const res = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(b + ', Bengaluru')}&key=${KEY}`);
    console.log(b, (await res.json()).results[0]?.geometry.location);
  }
})();
""", s)

add("blind-mt/javascript/decoy-firebase-config", "loyalty-app/src/firebase.js", FIREBASE, """// Firebase web config ಸಾರ್ವಜನಿಕ - identifies the project, not a secret
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: '@@k@@',
  authDomain: 'namma-kaapi-loyalty.firebaseapp.com',
  projectId: 'namma-kaapi-loyalty',
  appId: '1:@@num@@:web:@@appid@@',
});
""", k=google_api_key(), num=pick(string.digits, 12), appid=hexs(22))

s = discord_webhook()
add("blind-mt/javascript/discord-webhook", "weaver-community/bot/notify.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """// ನೇಕಾರರ ಸಮುದಾಯ ಸರ್ವರ್‌ಗೆ ಹೊಸ ವಿನ್ಯಾಸ ಸುದ್ದಿ
const HOOK = '@@s@@';

async function announce(design) {
  await fetch(HOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `ಹೊಸ ವಿನ್ಯಾಸ: ${design.name} (${design.zari} zari)` }),
  });
}
module.exports = { announce };
""", s)

s = npm_token()
add("blind-mt/npmrc/npm-token", "pos-tablet/.npmrc", NPMRC, """# ಖಾಸಗಿ ಪ್ಯಾಕೇಜ್‌ಗಳು (@nammakaapi/*)
@nammakaapi:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
engine-strict=true
""", s)

add("blind-mt/npmrc/decoy-env-token", "loyalty-app/.npmrc", NPMRC, """@nammakaapi:registry=https://registry.npmjs.org/
# CI ನಲ್ಲಿ NPM_TOKEN ಹೊಂದಿಸಲಾಗುತ್ತದೆ
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

# ---------------------------------------------------------------- Go

s = words_pw()
add("blind-mt/go/mysql-dsn", "zari-stock/internal/store/mysql.go", GO_SQL, """package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// ಜರಿ ದಾಸ್ತಾನು (zari stock) database
const dsn = "zari_stock:@@s@@@tcp(mysql-zari.sangha.internal:3306)/zari?parseTime=true"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
""", s)

add("blind-mt/go/decoy-getenv", "zari-stock/internal/config/config.go", GO_SQL, """package config

import "os"

// Config ಪರಿಸರದಿಂದ ಓದುತ್ತದೆ
type Config struct {
	DSN       string
	SlackHook string
}

func Load() Config {
	return Config{DSN: os.Getenv("ZARI_DSN"), SlackHook: os.Getenv("SLACK_WEBHOOK_URL")}
}
""")

s = twilio_sid()
tw = hexs(32)
add("blind-mt/go/twilio-auth-token", "weaver-sms/main.go", TWILIO, """package main

import (
	"github.com/twilio/twilio-go"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

// ನೇಕಾರರಿಗೆ ಪಾವತಿ SMS (payout SMS in Kannada)
func main() {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "@@sid@@",
		Password: "@@s@@",
	})
	params := &openapi.CreateMessageParams{}
	params.SetTo("+919845000000")
	params.SetFrom("+15005550006")
	params.SetBody("ನಿಮ್ಮ ಪಾವತಿ ಜಮೆಯಾಗಿದೆ")
	client.Api.CreateMessage(params)
}
""", tw, sid=s)

s = fakes.fake_pem(_seed(), "EC")
add("blind-mt/go/embedded-ec-key", "pos-signer/keys.go", "https://pkg.go.dev/crypto/x509#ParseECPrivateKey", """package signer

// ಬಿಲ್ ಸಹಿ ಕೀಲಿ (bill signing key for the e-invoice QR) - TODO move to KMS
const billSigningKey = `@@s@@`
""" + "\nvar _ = billSigningKey\n\nfunc KeyPEM() string { return billSigningKey }\n", s)

add("blind-mt/go/decoy-public-key", "pos-signer/verify.go", "https://pkg.go.dev/crypto/x509#ParsePKIXPublicKey", """package signer

// ಸಾರ್ವಜನಿಕ ಕೀಲಿ - the verifying key printed on receipts' QR check page
const billVerifyKey = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@==
-----END PUBLIC KEY-----`

func PublicPEM() string { return billVerifyKey }
""", a=pick(ALNUM + "+/", 28), b=pick(ALNUM + "+/", 58))

# ---------------------------------------------------------------- Java / Kotlin / C#

s = words_pw()
add("blind-mt/java/jdbc-password", "payout-service/src/main/java/coop/reshme/payout/PayoutDb.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """package coop.reshme.payout;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** ಸದಸ್ಯರ ಪಾವತಿ (member payouts) database. */
public final class PayoutDb {
    private static final String URL = "jdbc:postgresql://pg-payout.sangha.internal:5432/payout";
    private static final String USER = "payout_svc";
    private static final String PASSWORD = "@@s@@";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", s)

s = rand_pw(28)
add("blind-mt/properties/spring-datasource", "payout-service/src/main/resources/application-prod.properties", SPRING, """# ಪಾವತಿ ಸೇವೆ - production
spring.datasource.url=jdbc:postgresql://pg-payout.sangha.internal:5432/payout
spring.datasource.username=payout_svc
spring.datasource.password=@@s@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8085
""", s)

add("blind-mt/properties/decoy-placeholder-expression", "payout-service/src/main/resources/application.properties", SPRING, """# ಮೌಲ್ಯಗಳು ಪರಿಸರದಿಂದ
spring.datasource.url=${PAYOUT_DB_URL}
spring.datasource.username=${PAYOUT_DB_USER}
spring.datasource.password=${PAYOUT_DB_PASSWORD}
bank.api.secret=${BANK_API_SECRET:}
server.port=8085
""")

s = rand_pw(32)
add("blind-mt/kotlin/api-key-constant", "loyalty-android/app/src/main/java/in/nammakaapi/loyalty/Api.kt", KOTLIN, """package `in`.nammakaapi.loyalty

import okhttp3.OkHttpClient
import okhttp3.Request

// ಲಾಯಲ್ಟಿ ಸರ್ವರ್ ಕೀಲಿ - TODO: ಇದನ್ನು ಬಿಲ್ಡ್ ಕಾನ್ಫಿಗ್‌ಗೆ ಸರಿಸಿ
private const val LOYALTY_API_KEY = "@@s@@"

fun pointsRequest(phone: String): Request =
    Request.Builder()
        .url("https://loyalty.nammakaapi.in/v1/points?phone=$phone")
        .header("X-Api-Key", LOYALTY_API_KEY)
        .build()
""", s)

add("blind-mt/kotlin/decoy-buildconfig", "loyalty-android/app/build.gradle.kts", KOTLIN, """android {
    namespace = "in.nammakaapi.loyalty"
    defaultConfig {
        applicationId = "in.nammakaapi.loyalty"
        // ಕೀಲಿ local.properties / CI ನಿಂದ
        buildConfigField("String", "LOYALTY_API_KEY", "\\"${project.findProperty("loyaltyApiKey") ?: ""}\\"")
    }
}
""")

s = words_pw()
add("blind-mt/csharp/sqlserver-connection", "KaapiAccounts/appsettings.Production.json", DOTNET, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Accounts": "Server=tcp:kaapi-accounts.database.windows.net,1433;Database=accounts;User ID=accounts_app;Password=@@s@@;Encrypt=True;"
  },
  "Gst": { "Rate": 5 }
}
""", s)

add("blind-mt/csharp/decoy-user-secrets", "KaapiAccounts/appsettings.json", DOTNET, """{
  "ConnectionStrings": {
    "Accounts": "Server=(localdb)\\\\MSSQLLocalDB;Database=accounts;Trusted_Connection=True;"
  },
  "UserSecretsId": "@@u@@",
  "Gst": { "Rate": 5 }
}
""", u=uuid_s())

s = azure_secret()
add("blind-mt/csharp/azure-client-secret", "KaapiAccounts/Services/GraphMail.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", """using Azure.Identity;
using Microsoft.Graph;

namespace KaapiAccounts.Services;

// ಖಾತೆ ವರದಿಗಳನ್ನು ಮೇಲ್ ಮಾಡಲು (mail monthly GST reports)
public static class GraphMail
{
    private static readonly ClientSecretCredential Credential = new(
        "@@tenant@@",
        "@@client@@",
        "@@s@@");

    public static GraphServiceClient Client() => new(Credential);
}
""", s, tenant=uuid_s(), client=uuid_s())

# ---------------------------------------------------------------- PHP / Ruby / Rust / Swift

s = words_pw()
add("blind-mt/php/pdo-password", "sangha-site/includes/db.php", PHP_PDO, """<?php
// ಸಂಘದ ಜಾಲತಾಣ (co-op website) - member login DB
$dsn = 'mysql:host=localhost;dbname=sangha_site;charset=utf8mb4';
$user = 'sangha_web';
$pass = '@@s@@';
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
""", s)

add("blind-mt/php/decoy-wp-salts-placeholder", "sangha-site/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
// ಮಾದರಿ - copy to wp-config.php
define( 'DB_NAME', 'sangha_wp' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

s = rand_pw(40)
add("blind-mt/ruby/rails-database-yml", "kaapi-franchise/config/database.yml", RAILS, """# ಫ್ರಾಂಚೈಸಿ ಪೋರ್ಟಲ್
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5
production:
  <<: *default
  database: franchise_production
  username: franchise
  password: @@s@@
  host: pg-franchise.nammakaapi.internal
""", s)

add("blind-mt/ruby/decoy-erb-env", "kaapi-franchise/config/database.production.yml", RAILS, """production:
  adapter: postgresql
  database: franchise_production
  username: franchise
  # ರಹಸ್ಯ credentials.yml.enc ನಲ್ಲಿ
  password: <%= ENV.fetch("FRANCHISE_DB_PASSWORD") %>
  host: <%= Rails.application.credentials.dig(:db, :host) %>
""")

s = sendgrid_key()
add("blind-mt/ruby/sendgrid-initializer", "kaapi-franchise/config/initializers/mail.rb", SENDGRID, """# ಫ್ರಾಂಚೈಸಿ ಇನ್‌ವಾಯ್ಸ್ ಮೇಲ್‌ಗಳು
ActionMailer::Base.smtp_settings = {
  user_name: "apikey",
  password: "@@s@@",
  domain: "nammakaapi.in",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}
""", s)

s = fakes.fake("sk_live_", 32, _seed())
add("blind-mt/rust/bearer-token", "pos-sync/src/upstream.rs", RUST, """// ಶಾಖೆಯ POS ದಿಂದ ಕೇಂದ್ರ ಸರ್ವರ್‌ಗೆ ಮಾರಾಟ ಸಿಂಕ್
use reqwest::Client;

const UPSTREAM: &str = "https://hq.nammakaapi.in/api/sales";
const TOKEN: &str = "@@s@@";

pub async fn push(body: String) -> reqwest::Result<()> {
    Client::new().post(UPSTREAM).bearer_auth(TOKEN).body(body).send().await?.error_for_status()?;
    Ok(())
}
""", s)

add("blind-mt/rust/decoy-env-var", "pos-sync/src/config.rs", RUST, """// ಸಂರಚನೆ ಪರಿಸರದಿಂದ
use std::env;

pub struct Config { pub token: String, pub branch: String }

pub fn load() -> Config {
    Config { token: env::var("HQ_SYNC_TOKEN").expect("HQ_SYNC_TOKEN"), branch: env::var("BRANCH_CODE").unwrap_or_else(|_| "JNR".into()) }
}
""")

s = rand_pw(36)
add("blind-mt/swift/api-secret", "LoyaltyiOS/Sources/Networking/Secrets.swift", SWIFT, """import Foundation

// ಲಾಯಲ್ಟಿ ಆ್ಯಪ್ - server HMAC secret (TODO: move to the backend)
enum Secrets {
    static let loyaltyBaseURL = URL(string: "https://loyalty.nammakaapi.in")!
    static let loyaltyHmacSecret = "@@s@@"
}
""", s)

add("blind-mt/swift/decoy-plist-lookup", "LoyaltyiOS/Sources/Networking/Config.swift", SWIFT, """import Foundation

// ಮೌಲ್ಯ xcconfig -> Info.plist ನಿಂದ ಬರುತ್ತದೆ
enum Config {
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "LOYALTY_API_KEY") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- shell / PowerShell

s = words_pw()
add("blind-mt/shell/pg-dump-env", "ops/backup_loom_db.sh", PG_URI, """#!/usr/bin/env bash
# ರಾತ್ರಿ ಬ್ಯಾಕಪ್ (nightly backup of the loom-order DB)
set -euo pipefail
export PGPASSWORD='@@s@@'
pg_dump -h pg-loom.sangha.internal -U loom_orders -Fc loom > "/backups/loom-$(date +%F).dump"
find /backups -name 'loom-*.dump' -mtime +14 -delete
""", s)

add("blind-mt/shell/decoy-read-secret", "ops/backup_payout_db.sh", PGPASS, """#!/usr/bin/env bash
# ಗುಪ್ತಪದ ~/.pgpass ನಲ್ಲಿದೆ; ಇಲ್ಲಿ ಬರೆಯಬೇಡಿ
set -euo pipefail
: "${PGPASSFILE:=$HOME/.pgpass}"
pg_dump -h pg-payout.sangha.internal -U payout_svc -Fc payout > "/backups/payout-$(date +%F).dump"
""")

s = rand_pw(22)
add("blind-mt/shell/curl-user", "ops/push_menu.sh", CURL, """#!/bin/sh
# ಹೊಸ ಮೆನು (new menu with seasonal jaggery coffee) -> all branch menu boards
for b in jayanagar indiranagar malleshwaram basavanagudi; do
  curl -fsS -u menuboard:@@s@@ \\
    -F "menu=@menu-kn.json" "https://$b.menu.nammakaapi.in/api/upload"
done
""", s)

s = fakes.github_fine_grained_token(_seed())
add("blind-mt/shell/git-clone-token-url", "ops/clone_designs.sh", GITHUB_PAT, """#!/usr/bin/env bash
# ವಿನ್ಯಾಸ ಭಂಡಾರ (design archive of kasuti and zari motifs)
set -e
cd /srv/designs
git clone https://x-access-token:@@s@@@github.com/mysurureshme/designs.git
cd designs && git lfs pull
""", s)

add("blind-mt/shell/decoy-gh-secret-set", "ops/rotate_tokens.sh", GHA, """#!/usr/bin/env bash
# ಟೋಕನ್ ಬದಲಾವಣೆ - reads the new value from the terminal, never stored here
set -euo pipefail
read -rsp "New RAZORPAY_KEY_SECRET: " NEW_SECRET; echo
gh secret set RAZORPAY_KEY_SECRET --repo nammakaapi/pos-api --body "$NEW_SECRET"
unset NEW_SECRET
""")

s = passphrase()
add("blind-mt/shell/heredoc-config", "ops/provision_branch_pi.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """#!/usr/bin/env bash
# ಹೊಸ ಶಾಖೆಯ Raspberry Pi (token display + printer) ಸಿದ್ಧತೆ
set -euo pipefail
BRANCH="$1"
cat > /etc/kaapi/printer.conf <<EOF
branch=$BRANCH
hq_url=https://hq.nammakaapi.in
mqtt_user=printer-$BRANCH
mqtt_password=@@s@@
EOF
systemctl restart kaapi-printer
""", s)

s = fakes.password(_seed())
add("blind-mt/powershell/securestring", "ops/Deploy-Accounts.ps1", POWERSHELL, """# ಖಾತೆ ಸೇವೆಯನ್ನು IIS ಗೆ ನಿಯೋಜಿಸಿ
$user = 'KAAPI\\svc_accounts'
$pass = ConvertTo-SecureString '@@s@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Command -ComputerName acct-web01 -Credential $cred -ScriptBlock {
    Restart-WebAppPool -Name 'KaapiAccounts'
}
""", s)

add("blind-mt/powershell/decoy-get-credential", "ops/Deploy-Payout.ps1", POWERSHELL, """# ಗುಪ್ತಪದವನ್ನು ಕೇಳುತ್ತದೆ (prompts; nothing stored)
param([string]$Server = 'payout-web01')
$cred = Get-Credential -UserName 'SANGHA\\svc_payout' -Message 'ಪಾವತಿ ಸೇವಾ ಖಾತೆ'
Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock {
    Restart-Service -Name 'PayoutWorker'
}
""")

s = azure_secret()
add("blind-mt/powershell/az-login-sp", "ops/Sync-Backups.ps1", "https://learn.microsoft.com/en-us/cli/azure/authenticate-azure-cli-service-principal", """# ಬ್ಯಾಕಪ್‌ಗಳನ್ನು Azure Blob ಗೆ
$ErrorActionPreference = 'Stop'
az login --service-principal -u '@@app@@' -p '@@s@@' --tenant '@@tenant@@'
az storage blob upload-batch --account-name kaapibackups -d nightly -s D:\\Backups
az logout
""", s, app=uuid_s(), tenant=uuid_s())

# ---------------------------------------------------------------- Terraform / Ansible / Docker

s = words_pw()
add("blind-mt/terraform/rds-password", "infra/rds.tf", TF, """# ಮಗ್ಗ ಆರ್ಡರ್ RDS
resource "aws_db_instance" "loom" {
  identifier          = "loom-orders"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "loom_admin"
  password            = "@@s@@"
  skip_final_snapshot = false
}
""", s)

add("blind-mt/terraform/decoy-random-password", "infra/rds_payout.tf", TF, """# ಗುಪ್ತಪದ Terraform ಉತ್ಪಾದಿಸುತ್ತದೆ, Secrets Manager ನಲ್ಲಿ ಇಡುತ್ತದೆ
resource "random_password" "payout" {
  length  = 32
  special = true
}

resource "aws_db_instance" "payout" {
  identifier = "member-payout"
  engine     = "postgres"
  username   = "payout_admin"
  password   = random_password.payout.result
}
""")

s = rand_pw(30)
add("blind-mt/terraform/tfvars", "infra/prod.auto.tfvars", TF, """region          = "ap-south-1"
environment     = "prod"
# ಕ್ಲೌಡ್‌ಫ್ಲೇರ್ DNS for nammakaapi.in
cloudflare_api_token = "@@s@@"
zone_name       = "nammakaapi.in"
""", s)

add("blind-mt/terraform/decoy-variable-sensitive", "infra/variables.tf", TF, """variable "cloudflare_api_token" {
  description = "ಕ್ಲೌಡ್‌ಫ್ಲೇರ್ ಟೋಕನ್ (set TF_VAR_cloudflare_api_token)"
  type        = string
  sensitive   = true
}

variable "zone_name" {
  type    = string
  default = "nammakaapi.in"
}
""")

s = words_pw()
add("blind-mt/ansible/vars-password", "ansible/group_vars/branch_pis.yml", ANSIBLE, """---
# ಶಾಖೆಯ Pi ಗಳು
kaapi_hq_url: https://hq.nammakaapi.in
kaapi_printer_model: epson-tm-t82
kaapi_wifi_ssid: NammaKaapi-Staff
kaapi_wifi_psk: "@@s@@"
kaapi_timezone: Asia/Kolkata
""", s)

add("blind-mt/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", ANSIBLE, """$ANSIBLE_VAULT;1.1;AES256
@@a@@
@@b@@
@@c@@
@@d@@
""", a=hexs(80), b=hexs(80), c=hexs(80), d=hexs(42))

add("blind-mt/ansible/decoy-vault-lookup", "ansible/roles/payout/tasks/main.yml", ANSIBLE, """---
- name: ಪಾವತಿ ಸೇವೆಯ env ಕಡತ
  ansible.builtin.template:
    src: payout.env.j2
    dest: /etc/payout/payout.env
    mode: "0600"
  vars:
    payout_db_password: "{{ vault_payout_db_password }}"
    bank_api_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=reshme/data/bank:api_secret') }}"
""")

s = fakes.password(_seed())
add("blind-mt/dockerfile/env-password", "zari-stock/Dockerfile", DOCKERFILE, """FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /zari-stock ./cmd/zari-stock

FROM gcr.io/distroless/static
# ಜರಿ ದಾಸ್ತಾನು ಸೇವೆ
ENV ZARI_DB_USER=zari_stock \\
    ZARI_DB_PASSWORD=@@s@@
COPY --from=build /zari-stock /zari-stock
ENTRYPOINT ["/zari-stock"]
""", s)

add("blind-mt/dockerfile/decoy-build-secret", "pos-api/Dockerfile", DOCKERFILE, """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# ಖಾಸಗಿ PyPI ಟೋಕನ್ BuildKit secret ಆಗಿ ಮಾತ್ರ
RUN --mount=type=secret,id=pip_token PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.nammakaapi.in/simple" pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "pos_api.wsgi", "-b", "0.0.0.0:8000"]
""")

# ---------------------------------------------------------------- client configs

s = fakes.aws_secret_key(_seed())
add("blind-mt/ini/aws-credentials", "ops/aws/credentials", AWS_CLI, """# ಸೀರೆ ಕ್ಯಾಟಲಾಗ್ ಬಕೆಟ್ (catalogue uploads)
[default]
region = ap-south-1

[reshme-catalogue]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
""", s, kid=fakes.aws_key_id(_seed()))

add("blind-mt/ini/decoy-aws-sso", "ops/aws/config", AWS_CLI, """# SSO ಮಾತ್ರ - no long-lived keys
[profile reshme-admin]
sso_session = reshme
sso_account_id = 123456789012
sso_role_name = AdministratorAccess
region = ap-south-1

[sso-session reshme]
sso_start_url = https://mysurureshme.awsapps.com/start
sso_region = ap-south-1
""")

s = fakes.pypi_token(_seed())
add("blind-mt/ini/pypirc", "tools/.pypirc", PYPIRC, """# ಕನ್ನಡ ಅಂಕಿ ಪರಿವರ್ತಕ ಲೈಬ್ರರಿ (kannada-numerals) release
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@s@@
""", s)

add("blind-mt/ini/decoy-pypirc-keyring", "tools/.pypirc.example", PYPIRC, """[distutils]
index-servers = pypi testpypi

[pypi]
username = __token__
# password keyring ನಲ್ಲಿ: keyring set https://upload.pypi.org/legacy/ __token__

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

s = words_pw()
add("blind-mt/ini/my-cnf", "ops/mysql/.my.cnf", MYSQL, """# ಜರಿ ದಾಸ್ತಾನು ವರದಿಗಳಿಗಾಗಿ (stock reports)
[client]
host=mysql-zari.sangha.internal
user=zari_report
password="@@s@@"
database=zari
""", s)

s = words_pw()
add("blind-mt/pgpass/pgpass-line", "ops/.pgpass", PGPASS, """# hostname:port:database:username:password
# ಮಗ್ಗ ಮತ್ತು ಪಾವತಿ DB ಗಳು
pg-loom.sangha.internal:5432:loom:loom_report:@@s@@
pg-payout.sangha.internal:5432:payout:payout_report:*
localhost:5432:*:postgres:
""", s)

s = fakes.github_token(_seed())
add("blind-mt/git-credentials/github", "ops/.git-credentials", GIT_CRED, """https://designs-bot:@@s@@@github.com
""" + "\n# ಮೇಲಿನದು ವಿನ್ಯಾಸ ಬಾಟ್ (designs-bot)\n# stored by: git config credential.helper store\n# host: loom-build01\n# ಮಾಲೀಕ: Suresh (IT)\n", s)

s = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-mt/ssh/private-key", "ops/keys/deploy_loom_ed25519", SSH_KEY, "@@s@@\n", s)

add("blind-mt/ssh/decoy-public-key", "ops/keys/deploy_loom_ed25519.pub", SSH_KEY, """# ನಿಯೋಜನೆ ಕೀಲಿಯ ಸಾರ್ವಜನಿಕ ಭಾಗ (public half only)
# add to ~/.ssh/authorized_keys on loom-app01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@loom-build01
# fingerprint: SHA256:@@fp@@
# ಸೇರಿಸಿದವರು: Suresh, 2026-03-02
""", k=pick(ALNUM + "+/", 43), fp=pick(ALNUM + "+/", 43))

add("blind-mt/htpasswd/decoy-bcrypt", "ops/nginx/.htpasswd", NGINX, """menuboard:$2y$10$@@a@@
kitchen:$2y$10$@@b@@
franchise:$apr1$@@salt@@$@@c@@
manager:$2y$10$@@d@@
auditor:$2y$10$@@e@@
""", a=pick(ALNUM + "./", 53), b=pick(ALNUM + "./", 53), salt=pick(ALNUM, 8), c=pick(ALNUM + "./", 22), d=pick(ALNUM + "./", 53), e=pick(ALNUM + "./", 53))

s = passphrase()
add("blind-mt/systemd/environment", "ops/systemd/kaapi-printer.service", SYSTEMD, """[Unit]
Description=ಟೋಕನ್ ಪ್ರಿಂಟರ್ (token printer bridge)
After=network-online.target

[Service]
Environment=MQTT_HOST=mqtt.nammakaapi.in
Environment=MQTT_PASSWORD=@@s@@
ExecStart=/opt/kaapi/printer-bridge
Restart=always

[Install]
WantedBy=multi-user.target
""", s)

add("blind-mt/systemd/decoy-credential-file", "ops/systemd/zari-stock.service", SYSTEMD, """[Unit]
Description=ಜರಿ ದಾಸ್ತಾನು ಸೇವೆ

[Service]
LoadCredentialEncrypted=zari-db:/etc/credstore.encrypted/zari-db
Environment=ZARI_DB_PASSWORD_FILE=%d/zari-db
ExecStart=/usr/local/bin/zari-stock
DynamicUser=yes

[Install]
WantedBy=multi-user.target
""")

s = rand_pw(26)
add("blind-mt/xml/maven-settings", "payout-service/.mvn/settings.xml", XML, """<settings>
  <!-- ಸಂಘದ Nexus ಭಂಡಾರ -->
  <servers>
    <server>
      <id>sangha-nexus</id>
      <username>payout-ci</username>
      <password>@@s@@</password>
    </server>
  </servers>
</settings>
""", s)

add("blind-mt/xml/decoy-maven-env", "zari-tools/settings.xml", XML, """<settings>
  <servers>
    <server>
      <id>sangha-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <!-- ಗುಪ್ತಪದ CI ಯಿಂದ -->
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

s = words_pw()
add("blind-mt/xml/web-config", "KaapiAccounts.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- ಹಳೆಯ ಖಾತೆ ವ್ಯವಸ್ಥೆ (legacy accounts, Basavanagudi server) -->
  <connectionStrings>
    <add name="Accounts" connectionString="Data Source=acct-sql01;Initial Catalog=Accounts;User Id=acct_legacy;Password=@@s@@;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="GstRate" value="5" />
  </appSettings>
</configuration>
""", s)

s = rand_pw(32)
add("blind-mt/toml/api-key", "pos-sync/config/prod.toml", TOML, """# ಶಾಖೆ ಸಿಂಕ್
[upstream]
url = "https://hq.nammakaapi.in/api/sales"
api_key = "@@s@@"

[branch]
code = "IND"
name = "Indiranagar"
""", s)

add("blind-mt/toml/decoy-template", "pos-sync/config/example.toml", TOML, """# ಮಾದರಿ - copy to prod.toml
[upstream]
url = "https://hq.nammakaapi.in/api/sales"
api_key = "<paste the branch key from the HQ portal>"

[branch]
code = "XXX"
name = "Branch name"
""")

s = fakes.fake("", 40, _seed())
add("blind-mt/toml/cargo-registry-token", "pos-sync/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# ಖಾಸಗಿ crate ಭಂಡಾರ
[registries.kaapi]
token = "Bearer @@s@@"

# crates.io publishing is disabled for this workspace
# see docs/release.md
""", s)

# ---------------------------------------------------------------- documentation, notes, runbooks

s = words_pw()
add("blind-mt/markdown/runbook-table", "docs/runbooks/loom-db-failover.md", MARKDOWN, """# ಮಗ್ಗ DB failover ರನ್‌ಬುಕ್

ಪ್ರಾಥಮಿಕ ಸರ್ವರ್ ಬಿದ್ದರೆ (if the primary goes down) promote the replica:

| ಐಟಂ | ಮೌಲ್ಯ |
|---|---|
| replica host | pg-loom-replica.sangha.internal |
| admin user | loom_admin |
| admin password | `@@s@@` |

```bash
pg_ctl promote -D /var/lib/postgresql/16/main
```
""", s)

add("blind-mt/markdown/decoy-runbook-vault", "docs/runbooks/payout-db-failover.md", MARKDOWN, """# ಪಾವತಿ DB failover

1. ಗುಪ್ತಪದವನ್ನು Vault ನಿಂದ ಪಡೆಯಿರಿ:
   `vault kv get -field=password secret/reshme/payout-db`
2. Promote the replica: `pg_ctl promote -D /var/lib/postgresql/16/main`
3. Update `PAYOUT_DB_URL` in the `payout` Kubernetes secret (never paste it here).
""")

s = fakes.telegram_token(_seed())
add("blind-mt/markdown/readme-token", "weaver-bot/README.md", TELEGRAM, """# ನೇಕಾರ ಬಾಟ್ (weaver-bot)

Telegram bot that tells weavers in Kannada when a loom order is assigned and when the payout lands.

## ಸ್ಥಳೀಯವಾಗಿ ಓಡಿಸಲು

```sh
export TELEGRAM_BOT_TOKEN=@@s@@
python -m weaver_bot
```

Ask Lakshmi for access to the @MysuruReshmeBot admin group.
""", s)

add("blind-mt/markdown/decoy-readme-placeholder", "kaapi-delivery/README.md", MARKDOWN, """# kaapi-delivery

Mirrors Swiggy and Zomato orders into our kitchen display.

## ಸಂರಚನೆ

```sh
cp .env.example .env
# ನಂತರ ಮೌಲ್ಯಗಳನ್ನು ಭರ್ತಿ ಮಾಡಿ
export SWIGGY_PARTNER_TOKEN=<your-partner-token>
export ZOMATO_API_KEY=<your-zomato-key>
npm start
```
""")

s = rand_pw(20, "!#%")
add("blind-mt/markdown/onboarding-note", "docs/onboarding/new-branch-manager.md", MARKDOWN, """# ಹೊಸ ಶಾಖಾ ವ್ಯವಸ್ಥಾಪಕರಿಗೆ (new branch manager)

- POS back office: https://pos.nammakaapi.in/admin
- ಮೊದಲ ದಿನದ ಲಾಗಿನ್: user `branch-onboard`, password `@@s@@` (change it after first login!)
- Decoction boiler service: call Shivu, 98450 00000
- Milk vendor: Nandini booth, invoices every Monday
""", s)

add("blind-mt/markdown/decoy-masked", "docs/incidents/2026-04-razorpay-rotation.md", MARKDOWN, """# ಘಟನೆ: Razorpay ಕೀಲಿ ಬದಲಾವಣೆ (2026-04-11)

The old live key secret was pasted in a WhatsApp group; we rotated it within 20 minutes.

- old secret: ``****************@@tail@@`` (revoked)
- new secret: stored in Vault `secret/kaapi/razorpay`, never in chat
- ಕಲಿಕೆ: share secrets only through Vault links
""", tail=pick(ALNUM, 4))

s = sendgrid_key()
add("blind-mt/rst/setup-doc", "docs/source/mail.rst", RST, """ಮೇಲ್ ಸಂರಚನೆ (Mail setup)
==========================

Statements go out through SendGrid. For the staging box use::

    SENDGRID_API_KEY=@@s@@
    MAIL_FROM=statements@mysurureshme.coop

.. note:: ಉತ್ಪಾದನೆಯ ಕೀಲಿ ಬೇರೆ (production uses its own key).
""", s)

add("blind-mt/rst/decoy-example-values", "docs/source/api.rst", RST, """ಸದಸ್ಯ API (Member API)
======================

Authenticate with a bearer token from the portal::

    curl -H "Authorization: Bearer <YOUR_TOKEN>" https://portal.mysurureshme.coop/api/members/

Example response field ``member_id``: ``MRS-000123`` (ಉದಾಹರಣೆ ಮಾತ್ರ).
""")

s = google_api_key()
add("blind-mt/html/embedded-key", "sangha-site/templates/contact.html", MAPS, """<!doctype html>
<html lang="kn">
<head><meta charset="utf-8"><title>ಸಂಪರ್ಕಿಸಿ - ಮೈಸೂರು ರೇಷ್ಮೆ ಸಂಘ</title></head>
<body>
  <h1>ನಮ್ಮ ಮಳಿಗೆ</h1>
  <div id="map"></div>
  <!-- TODO: server-side geocode key; restrict to referrer -->
  <script>const GEOCODE_KEY = "@@s@@";</script>
  <script src="/static/map.js"></script>
</body>
</html>
""", s)

add("blind-mt/html/decoy-csrf-token", "sangha-site/templates/login.html", HTML, """<!doctype html>
<html lang="kn">
<body>
  <form method="post" action="/login">
    <input type="hidden" name="csrfmiddlewaretoken" value="{{ csrf_token }}">
    <label>ಸದಸ್ಯ ಸಂಖ್ಯೆ <input name="member_id"></label>
    <label>ಗುಪ್ತಪದ <input type="password" name="password" placeholder="••••••••"></label>
    <button>ಪ್ರವೇಶಿಸಿ</button>
  </form>
</body>
</html>
""")

s = words_pw()
add("blind-mt/wiki/confluence-page", "wiki/IT/Branch-WiFi.txt", "https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html", """h1. ಶಾಖೆ WiFi ಮತ್ತು ರೂಟರ್

||ಶಾಖೆ||SSID||ರೂಟರ್ admin||
|Jayanagar|NammaKaapi-JNR|admin / @@s@@|
|Indiranagar|NammaKaapi-IND|see Vault|

{note}Guests use the captive portal, never the staff SSID.{note}
""", s)

add("blind-mt/wiki/decoy-rotation-log", "wiki/IT/Key-Rotation.txt", "https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html", """h1. ಕೀಲಿ ಬದಲಾವಣೆ ದಾಖಲೆ

||ದಿನಾಂಕ||ಸೇವೆ||fingerprint (SHA-256)||
|2026-01-04|razorpay|@@a@@|
|2026-03-02|sendgrid|@@b@@|
|2026-05-19|loyalty-hmac|@@c@@|
""", a=hexs(64), b=hexs(64), c=hexs(64))

s = fakes.password(_seed())
add("blind-mt/notes/plain-text", "notes/zari-supplier-portal.txt", MARKDOWN, """ಜರಿ ಪೂರೈಕೆದಾರ ಪೋರ್ಟಲ್ (Surat zari supplier)
url: https://portal.suratzari.example.in
login: mysurureshme.purchase
pass: @@s@@
ಆರ್ಡರ್ ಕನಿಷ್ಠ 2 kg. Pay within 30 days.
""", s)

add("blind-mt/notes/decoy-ids-only", "notes/gst-and-bank-ids.txt", MARKDOWN, """ಸಂಘದ ಗುರುತುಗಳು (identifiers, not secrets)
GSTIN: 29AAAAM1234A1Z5
IFSC: CNRB0001234
Razorpay key id (public): rzp_live_@@kid@@
Merchant UPI: mysurureshme@canara
""", kid=pick(ALNUM, 14))

s = words_pw()
add("blind-mt/shell-history/mysql-cli", "ops/history/loom-app01.bash_history", MYSQL, """cd /srv/zari-stock
git pull
systemctl status zari-stock
mysql -h mysql-zari.sangha.internal -u zari_admin -p'@@s@@' zari -e 'select count(*) from spools'
tail -f /var/log/zari-stock.log
exit
""", s)

s = fakes.redis_password(_seed())
add("blind-mt/shell-history/redis-cli", "ops/history/kaapi-cache01.zsh_history", REDIS, """: 1765000000:0;redis-cli -h redis-loyalty.kaapi.svc ping
: 1765000012:0;redis-cli -h redis-loyalty.kaapi.svc -a '@@s@@' info keyspace
: 1765000040:0;redis-cli -h redis-loyalty.kaapi.svc --scan --pattern 'points:*' | head
: 1765000101:0;exit
: 1765000200:0;ls
""", s)

add("blind-mt/shell-history/decoy-prompted", "ops/history/pay-db01.bash_history", PGPASS, """sudo -iu postgres
psql -h localhost -U payout_admin -W payout
vault kv get -field=password secret/reshme/payout-db
history -c
exit
""")

s = rand_pw(24)
add("blind-mt/sql/create-role", "db/migrations/0007_report_role.sql", SQL, """-- ವರದಿ ಬಳಕೆದಾರ (read-only reporting user for the co-op board)
CREATE ROLE board_reports LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE loom TO board_reports;
GRANT USAGE ON SCHEMA public TO board_reports;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO board_reports;
""", s)

add("blind-mt/sql/decoy-hashed-seed", "db/seeds/0001_admin.sql", SQL, """-- ನಿರ್ವಾಹಕ ಬಳಕೆದಾರ; password stored as bcrypt only
INSERT INTO users (username, display_name, password_hash, role)
VALUES ('admin', 'ಸಂಘದ ನಿರ್ವಾಹಕ', '$2b$12$@@h@@', 'admin');
INSERT INTO users (username, display_name, password_hash, role)
VALUES ('auditor', 'ಲೆಕ್ಕ ಪರಿಶೋಧಕ', '!', 'auditor');
""", h=pick(ALNUM + "./", 53))

s = words_pw()
add("blind-mt/sql/dblink", "db/reports/cross_db_sales.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """-- ಶಾಖಾವಾರು ಮಾರಾಟ + ಲಾಯಲ್ಟಿ
SELECT s.branch, s.cups, l.members
FROM sales_by_branch s
JOIN dblink('host=pg-loyalty.kaapi.internal dbname=loyalty user=report password=@@s@@',
            'select branch, count(*) from members group by branch') AS l(branch text, members int)
  ON l.branch = s.branch;
""", s)

s = fakes.password(_seed())
add("blind-mt/log/debug-dump", "logs/pos-api-2026-06-14.log", LOG, """2026-06-14 07:00:01 INFO  pos_api starting, branch=JNR
2026-06-14 07:00:01 DEBUG settings: {'DB_HOST': 'pg-pos', 'DB_USER': 'pos', 'DB_PASSWORD': '@@s@@', 'GST_RATE': 5}
2026-06-14 07:00:02 INFO  connected to pg-pos
2026-06-14 07:05:44 INFO  bill JNR-000812 filter coffee x2 = 90.00
2026-06-14 07:06:10 INFO  bill JNR-000813 masala dosa x1, filter coffee x1 = 125.00
""", s)

add("blind-mt/log/decoy-redacted", "logs/payout-worker-2026-06-15.log", LOG, """2026-06-15 05:00:00 INFO  payout run started (ಪಾವತಿ ಆರಂಭ)
2026-06-15 05:00:01 DEBUG bank client: url=https://api.bank.example.in key_id=PAYOUT01 secret=[REDACTED]
2026-06-15 05:00:03 INFO  312 weavers, total 18,42,300.00 INR
2026-06-15 05:00:09 WARN  member MRS-000417 bank account inactive
2026-06-15 05:00:12 INFO  payout run finished
""")

s = jwt_hs()
add("blind-mt/log/access-log-token", "logs/nginx-pos-access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """10.20.1.14 - - [14/Jun/2026:07:05:44 +0530] "GET /api/menu HTTP/1.1" 200 812 "-" "PosTablet/2.8"
10.20.1.14 - - [14/Jun/2026:07:05:51 +0530] "GET /api/bills?token=@@s@@ HTTP/1.1" 200 2291 "-" "PosTablet/2.8"
10.20.1.15 - - [14/Jun/2026:07:06:10 +0530] "POST /api/bills HTTP/1.1" 201 143 "-" "PosTablet/2.8"
10.20.1.15 - - [14/Jun/2026:07:06:12 +0530] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.20.1.14 - - [14/Jun/2026:07:07:02 +0530] "GET /api/menu HTTP/1.1" 304 0 "-" "PosTablet/2.8"
""", s)

s = words_pw()
add("blind-mt/csv/accounts-export", "exports/branch_logins.csv", CSV, """branch,system,username,password,owner
JNR,pos-backoffice,jnr-manager,@@s@@,Kavya
IND,pos-backoffice,ind-manager,(vault),Rohit
MLM,pos-backoffice,mlm-manager,(vault),Deepa
BSV,pos-backoffice,bsv-manager,(vault),Naveen
""", s)

add("blind-mt/csv/decoy-orders", "exports/loom_orders_june.csv", CSV, """order_id,weaver_id,design,zari_grams,checksum
LO-2026-0611,MRS-000123,mallige-butta,180,@@a@@
LO-2026-0612,MRS-000417,chakri-border,220,@@b@@
LO-2026-0613,MRS-000088,plain-pallu,120,@@c@@
LO-2026-0614,MRS-000301,kasuti-body,160,@@d@@
""", a=hexs(40), b=hexs(40), c=hexs(40), d=hexs(40))

# ---------------------------------------------------------------- JSON

pem = fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
s = pem.replace("\n", "\\n")
add("blind-mt/json/gcp-service-account", "ops/gcp/kaapi-analytics-sa.json", GCP, "{\n" + """  "type": "service_account",
  "project_id": "kaapi-analytics",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@\\n",
  "client_email": "bq-loader@kaapi-analytics.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", s, kid=hexs(40), cid=pick(string.digits, 21))

add("blind-mt/json/decoy-package-json", "loyalty-app/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json", """{
  "name": "@nammakaapi/loyalty-app",
  "version": "3.2.0",
  "private": true,
  "scripts": { "start": "vite", "build": "vite build", "test": "vitest" },
  "dependencies": { "firebase": "^10.12.0", "react": "^18.3.1" },
  "packageManager": "pnpm@9.1.0+sha256.@@h@@"
}
""", h=hexs(64))

s = words_pw()
add("blind-mt/json/vscode-sqltools", ".vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "ಮಗ್ಗ DB (prod)",
      "driver": "PostgreSQL",
      "server": "pg-loom.sangha.internal",
      "port": 5432,
      "database": "loom",
      "username": "loom_admin",
      "password": "@@s@@"
    }
  ]
}
""", s)

add("blind-mt/json/decoy-vscode-prompt", "zari-tools/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", """{
  "sqltools.connections": [
    {
      "name": "ಜರಿ DB",
      "driver": "MySQL",
      "server": "mysql-zari.sangha.internal",
      "database": "zari",
      "username": "zari_report",
      "askForPassword": true
    }
  ]
}
""")

s = b64("kaapi-ci:" + rand_pw(22))
add("blind-mt/json/dockerconfigjson", "k8s/registry-pull-secret.json", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """{
  "auths": {
    "registry.nammakaapi.in": {
      "username": "kaapi-ci",
      "auth": "@@s@@"
    }
  },
  "_comment": "ಖಾಸಗಿ ರಿಜಿಸ್ಟ್ರಿ ಪುಲ್ ಸೀಕ್ರೆಟ್"
}
""", s)

add("blind-mt/json/decoy-docker-credsstore", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.nammakaapi.in": {},
    "ghcr.io": {}
  },
  "credsStore": "pass",
  "currentContext": "default"
}
""")

s = rand_pw(40)
add("blind-mt/json/json-in-env-string", ".env.swiggy", DOTENV, """# ಸ್ವಿಗ್ಗಿ ಪಾಲುದಾರ ಸಂರಚನೆ (JSON in one variable)
PARTNER_ID=swg-482211
SWIGGY_CONFIG='{"base_url":"https://partner.swiggy.example/api","client_id":"kaapi-mane","client_secret":"@@s@@","outlets":["JNR","IND"]}'
POLL_SECONDS=20
LOG_LEVEL=info
""", s)

s = fakes.aws_secret_key(_seed())
add("blind-mt/python/split-string", "scripts/glacier_archive.py", AWS_CLI, '''"""ಹಳೆಯ ಸೀರೆ ಫೋಟೋಗಳನ್ನು Glacier ಗೆ (archive old catalogue photos)."""
import boto3

ACCESS_KEY = "@@kid@@"
SECRET_KEY = ("@@a@@"
              "@@b@@")

s3 = boto3.client("s3", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)
s3.put_bucket_lifecycle_configuration(Bucket="mysurureshme-catalogue", LifecycleConfiguration={"Rules": []})
''', s, kid=fakes.aws_key_id(_seed()), a=s[:20], b=s[20:])

s = b64("pos-sync:" + words_pw())
add("blind-mt/python/basic-header", "pos_sync/hq_client.py", "https://datatracker.ietf.org/doc/html/rfc7617", '''import urllib.request

# ಕೇಂದ್ರ ಕಚೇರಿ API - Basic auth header copied from Postman
HEADERS = {"Authorization": "Basic @@s@@", "Content-Type": "application/json"}


def push(body: bytes) -> int:
    req = urllib.request.Request("https://hq.nammakaapi.in/api/sales", data=body, headers=HEADERS, method="POST")
    with urllib.request.urlopen(req, timeout=20) as resp:
        return resp.status
''', s)

add("blind-mt/python/decoy-basic-from-env", "pos_sync/hq_auth.py", "https://datatracker.ietf.org/doc/html/rfc7617", '''import base64
import os

# ಬಳಕೆದಾರ/ಗುಪ್ತಪದ ಪರಿಸರದಿಂದ
def header() -> dict:
    pair = f"{os.environ['HQ_USER']}:{os.environ['HQ_PASSWORD']}".encode()
    return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
''')

s = fakes.fake_pem(_seed(), "RSA")
add("blind-mt/k8s-secret/tls-key-stringdata", "k8s/shop-tls.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: export-shop-tls
  namespace: reshme
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ2h1bmRpLXJlc2htZS1zaG9wLWNlcnQwCgYIKoZIzj0E
    -----END CERTIFICATE-----
  tls.key: |
@@key@@
""", s, key="\n".join("    " + line for line in s.splitlines()))

add("blind-mt/k8s-secret/decoy-sealed-secret", "k8s/payout-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: member-payout
  namespace: reshme
spec:
  encryptedData:
    BANK_API_SECRET: Ag@@a@@
    DB_PASSWORD: Ag@@b@@
  template:
    metadata:
      name: member-payout
""", a=pick(ALNUM + "+/", 300), b=pick(ALNUM + "+/", 300))

s = slack_webhook()
add("blind-mt/k8s-secret/slack-webhook-b64", "k8s/alertmanager-slack.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: alertmanager-slack
  namespace: monitoring
type: Opaque
data:
  # ಕಾಫಿ ಯಂತ್ರ ತಾಪಮಾನ ಎಚ್ಚರಿಕೆಗಳು
  slack-url: @@e@@
""", s, e=b64(s))

add("blind-mt/k8s/decoy-configmap", "k8s/pos-api-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: pos-api-config
  namespace: kaapi
data:
  GST_RATE: "5"
  MENU_LANG: "kn,en"
  RAZORPAY_KEY_ID: "rzp_live_@@kid@@"
  PASSWORD_MIN_LENGTH: "12"
  SESSION_SECRET_NAME: "pos-session"
""", kid=pick(ALNUM, 14))

add("blind-mt/k8s/decoy-external-secret", "k8s/loyalty-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: loyalty-redis
  namespace: kaapi
spec:
  refreshInterval: 1h
  secretStoreRef: {name: vault-kaapi, kind: ClusterSecretStore}
  target: {name: loyalty-redis}
  data:
    - secretKey: redis-password
      remoteRef: {key: kaapi/loyalty/redis, property: password}
""")

s = words_pw()
add("blind-mt/helm/set-flag-script", "ops/helm_upgrade_loom.sh", "https://helm.sh/docs/helm/helm_upgrade/", """#!/usr/bin/env bash
# ಮಗ್ಗ ಆರ್ಡರ್ ಸೇವೆ ನಿಯೋಜನೆ
set -euo pipefail
helm upgrade --install loom-orders charts/loom-orders \\
  --namespace reshme \\
  --set image.tag="$1" \\
  --set postgresql.auth.password='@@s@@' \\
  --wait
""", s)

add("blind-mt/helm/decoy-template-ref", "charts/loom-orders/templates/deployment.yaml", HELM, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "loom-orders.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: loom-orders
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.postgresql.auth.existingSecret | quote }}
                  key: password
""")

# ---------------------------------------------------------------- CI systems

s = fakes.fake("", 40, _seed())
add("blind-mt/jenkinsfile/sonar-token", "payout-service/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  environment {
    // ಕೋಡ್ ಗುಣಮಟ್ಟ (SonarQube) - TODO credentials() ಬಳಸಿ
    SONAR_TOKEN = '@@s@@'
  }
  stages {
    stage('build') { steps { sh './mvnw -B verify' } }
    stage('sonar') { steps { sh './mvnw sonar:sonar -Dsonar.host.url=https://sonar.sangha.internal -Dsonar.token=$SONAR_TOKEN' } }
  }
}
""", "squ_" + s)

add("blind-mt/jenkinsfile/decoy-credentials-binding", "zari-stock/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
  agent any
  environment {
    SONAR_TOKEN = credentials('sonar-zari-stock')
  }
  stages {
    stage('test') { steps { sh 'go test ./...' } }
    stage('sonar') { steps { sh 'sonar-scanner -Dsonar.token=$SONAR_TOKEN' } }
  }
}
""")

s = fakes.fake("", 20, _seed())
add("blind-mt/azure-pipelines/variable", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  # ಖಾತೆ ಸೇವೆ FTP ನಿಯೋಜನೆ
  ftpPassword: '@@s@@'
steps:
  - script: dotnet publish KaapiAccounts -c $(buildConfiguration) -o out
  - script: curl -T out.zip ftp://acct-web01.nammakaapi.in/ --user deploy:$(ftpPassword)
""", s)

add("blind-mt/circleci/decoy-context", ".circleci/config.yml", "https://circleci.com/docs/contexts/", """version: 2.1
jobs:
  test:
    docker: [{image: cimg/node:20.12}]
    steps:
      - checkout
      - run: pnpm install && pnpm test
workflows:
  main:
    jobs:
      - test:
          context: kaapi-npm   # NPM_TOKEN ಇಲ್ಲಿಂದ
""")

s = words_pw()
add("blind-mt/bitbucket/pipeline-inline", "bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", """image: python:3.12
pipelines:
  default:
    - step:
        name: ಪರೀಕ್ಷೆ ಮತ್ತು ವಲಸೆ (test and migrate)
        script:
          - pip install -r requirements.txt
          - pytest -q
          - DATABASE_URL="postgresql://portal:@@s@@@pg-portal.sangha.internal/portal" python manage.py migrate
""", s)

add("blind-mt/github-actions/decoy-oidc", ".github/workflows/upload-photos.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """name: upload-photos
on: {workflow_dispatch: {}}
permissions: {id-token: write, contents: read}
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/reshme-catalogue-upload
          aws-region: ap-south-1
      - run: aws s3 sync photos/ s3://mysurureshme-catalogue/sarees/
""")

s = fakes.fake("", 64, _seed())
add("blind-mt/github-actions/inline-env", ".github/workflows/translate.yml", GHA, """name: translate-menu
on: {push: {paths: ["menu/*.json"]}}
jobs:
  translate:
    runs-on: ubuntu-latest
    env:
      # ಮೆನು ಅನುವಾದ (en -> kn)
      TRANSLATE_API_KEY: "@@s@@"
    steps:
      - uses: actions/checkout@v4
      - run: python scripts/translate_menu.py --to kn
""", s)

# ---------------------------------------------------------------- notebooks

s = words_pw()
add("blind-mt/notebook/sqlalchemy-url", "analysis/zari_usage.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ಜರಿ ಬಳಕೆ ವಿಶ್ಲೇಷಣೆ (zari usage per design)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from sqlalchemy import create_engine\\n",
              "eng = create_engine('mysql+pymysql://zari_report:@@s@@@mysql-zari.sangha.internal/zari')\\n",
              "df = pd.read_sql('select design, sum(grams) g from usage group by design', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s)

add("blind-mt/notebook/decoy-getpass", "analysis/payout_trends.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ಪಾವತಿ ಪ್ರವೃತ್ತಿ (payout trends)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, psycopg\\n", "pw = getpass.getpass('payout_report password: ')\\n",
              "conn = psycopg.connect(host='pg-payout.sangha.internal', dbname='payout', user='payout_report', password=pw)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

s = fakes.openai_key(_seed(), "svcacct")
add("blind-mt/notebook/openai-output", "analysis/menu_translation.ipynb", JUPYTER, """{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {},
   "source": ["import os\\n", "os.environ['OPENAI_API_KEY']\\n"],
   "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                "data": {"text/plain": ["'@@s@@'"]}}]},
  {"cell_type": "markdown", "metadata": {}, "source": ["ಮೆನು ಅನುವಾದ: ಫಿಲ್ಟರ್ ಕಾಫಿ, ಮಸಾಲೆ ದೋಸೆ, ಕೇಸರಿ ಬಾತ್"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", s)

# ---------------------------------------------------------------- more code, more carriers

s = razorpay_secret()
add("blind-mt/php/razorpay-webhook-secret", "sangha-site/webhooks/razorpay.php", RAZORPAY, """<?php
// ಸದಸ್ಯತ್ವ ಶುಲ್ಕ ವೆಬ್‌ಹುಕ್ (membership fee webhook)
$webhookSecret = '@@s@@';
$payload = file_get_contents('php://input');
$expected = hash_hmac('sha256', $payload, $webhookSecret);
if (!hash_equals($expected, $_SERVER['HTTP_X_RAZORPAY_SIGNATURE'] ?? '')) { http_response_code(400); exit; }
echo 'ok';
""", s)

add("blind-mt/php/decoy-getenv", "sangha-site/includes/config.php", PHP_PDO, """<?php
// ಸಂರಚನೆ - ಮೌಲ್ಯಗಳು Apache SetEnv ನಿಂದ
return [
    'db_pass' => getenv('SANGHA_DB_PASS') ?: '',
    'razorpay_webhook_secret' => getenv('RAZORPAY_WEBHOOK_SECRET'),
    'site_lang' => 'kn',
];
""")

s = words_pw()
add("blind-mt/java/mail-session", "payout-service/src/main/java/coop/reshme/payout/Mailer.java", "https://jakarta.ee/specifications/mail/2.1/apidocs/", """package coop.reshme.payout;

import jakarta.mail.*;
import java.util.Properties;

/** ಪಾವತಿ ರಸೀದಿ ಮೇಲ್. */
final class Mailer {
    static Session session(Properties p) {
        return Session.getInstance(p, new Authenticator() {
            @Override protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("payouts@mysurureshme.coop", "@@s@@");
            }
        });
    }
}
""", s)

add("blind-mt/java/decoy-test-constant", "payout-service/src/test/java/coop/reshme/payout/BankClientTest.java", "https://junit.org/junit5/docs/current/user-guide/", """package coop.reshme.payout;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BankClientTest {
    // ನಕಲಿ - WireMock stub accepts any secret
    private static final String FAKE_SECRET = "test-secret-not-real";

    @Test void signsRequests() {
        assertEquals(64, new BankClient("http://localhost:8089", FAKE_SECRET).sign("{}").length());
    }
}
""")

s = fakes.password(_seed())
add("blind-mt/yaml/spring-application", "payout-service/src/main/resources/application-bank.yml", SPRING, """# ಬ್ಯಾಂಕ್ ಪಾವತಿ API
bank:
  base-url: https://api.bank.example.in/payouts
  client-id: MRS-PAYOUT-01
  client-secret: @@s@@
  timeout: 30s
""", s)

add("blind-mt/yaml/decoy-spring-cloud-config", "payout-service/src/main/resources/bootstrap.yml", "https://docs.spring.io/spring-cloud-config/reference/client.html", """spring:
  application:
    name: payout-service
  cloud:
    config:
      uri: https://config.sangha.internal
      # ರಹಸ್ಯಗಳು ಕಾನ್ಫಿಗ್ ಸರ್ವರ್ ನಿಂದ
      username: ${CONFIG_USER}
      password: ${CONFIG_PASSWORD}
""")

s = rand_pw(32)
add("blind-mt/yaml/multiline-folded", "config/sms_gateway.yml", "https://yaml.org/spec/1.2.2/#813-folded-style", """# ನೇಕಾರರಿಗೆ SMS (DLT-registered templates)
sms:
  provider: msg91
  sender_id: MRSSGH
  auth_key: "@@a@@\\
    @@b@@"
  template_payout: "ನಿಮ್ಮ ಪಾವತಿ ರೂ. {#var#} ಜಮೆಯಾಗಿದೆ"
""", s, a=s[:16], b=s[16:])

s = words_pw()
add("blind-mt/yaml/docker-compose-url", "docker-compose.analytics.yml", COMPOSE, """services:
  metabase:
    image: metabase/metabase:v0.50.6
    ports: ["3000:3000"]
    environment:
      MB_DB_CONNECTION_URI: "postgres://metabase:@@s@@@pg-analytics:5432/metabase"
      MB_SITE_LOCALE: kn
""", s)

add("blind-mt/yaml/decoy-compose-secrets", "docker-compose.metabase.yml", COMPOSE, """services:
  metabase:
    image: metabase/metabase:v0.50.6
    environment:
      MB_DB_TYPE: postgres
      MB_DB_USER: metabase
      MB_DB_PASS_FILE: /run/secrets/mb_db_pass
    secrets: [mb_db_pass]
secrets:
  mb_db_pass:
    external: true
""")

s = fakes.github_token(_seed())
add("blind-mt/yaml/renovate-config", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", """# ಸ್ವಯಂ-ಅವಲಂಬನೆ ನವೀಕರಣ (Renovate, self-hosted)
platform: github
endpoint: https://api.github.com/
token: @@s@@
repositories:
  - nammakaapi/pos-api
  - nammakaapi/loyalty-app
""", s)

add("blind-mt/yaml/decoy-openapi-example", "docs/openapi/loyalty.yml", "https://spec.openapis.org/oas/v3.1.0#security-scheme-object", """openapi: 3.1.0
info: {title: ಲಾಯಲ್ಟಿ API, version: "3.2"}
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: X-Api-Key}
  examples:
    key: {summary: example only, value: "YOUR_API_KEY_HERE"}
security: [{apiKey: []}]
paths: {}
""")

s = hexs(32)
add("blind-mt/go/hmac-secret-var", "loyalty-api/internal/auth/hmac.go", "https://pkg.go.dev/crypto/hmac", """package auth

import (
	"crypto/hmac"
	"crypto/sha256"
)

// ಲಾಯಲ್ಟಿ QR ಸಹಿ ರಹಸ್ಯ
var qrSigningSecret = []byte("@@s@@")

func Sign(msg []byte) []byte {
	m := hmac.New(sha256.New, qrSigningSecret)
	m.Write(msg)
	return m.Sum(nil)
}
""", s)

add("blind-mt/go/decoy-test-key", "loyalty-api/internal/auth/hmac_test.go", "https://pkg.go.dev/testing", """package auth

import "testing"

// ಪರೀಕ್ಷಾ ಕೀಲಿ - not the production secret
var testSecret = []byte("0000000000000000test0000000000000")

func TestSignLength(t *testing.T) {
	qrSigningSecret = testSecret
	if len(Sign([]byte("JNR-000812"))) != 32 {
		t.Fatal("bad length")
	}
}
""")

s = fakes.fake("", 32, _seed())
add("blind-mt/kotlin/gradle-properties", "loyalty-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# ಲಾಯಲ್ಟಿ ಸರ್ವರ್ ಕೀಲಿ
loyaltyApiKey=@@s@@
kotlin.code.style=official
""", s)

s = words_pw()
add("blind-mt/kotlin/keystore-password", "loyalty-android/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """android {
    signingConfigs {
        create("release") {
            // ಪ್ಲೇ ಸ್ಟೋರ್ ಸಹಿ
            storeFile = file("../keys/loyalty-release.jks")
            storePassword = "@@s@@"
            keyAlias = "loyalty"
            keyPassword = "@@s@@"
        }
    }
}
""", s)

add("blind-mt/kotlin/decoy-keystore-env", "loyalty-android/app/signing-ci.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """android {
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "debug.keystore")
            storePassword = System.getenv("KEYSTORE_PASSWORD")
            keyAlias = "loyalty"
            keyPassword = System.getenv("KEY_PASSWORD")
        }
    }
}
""")

s = fakes.password(_seed())
add("blind-mt/csharp/smtp-client", "KaapiAccounts/Services/InvoiceMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """using System.Net;
using System.Net.Mail;

namespace KaapiAccounts.Services;

// ಫ್ರಾಂಚೈಸಿ ಇನ್‌ವಾಯ್ಸ್ ಮೇಲ್
public static class InvoiceMailer
{
    public static SmtpClient Create() => new("smtp.zoho.in", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("invoices@nammakaapi.in", "@@s@@"),
    };
}
""", s)

add("blind-mt/csharp/decoy-keyvault", "KaapiAccounts/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// ರಹಸ್ಯಗಳು Key Vault ನಿಂದ (managed identity)
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kaapi-accounts-kv.vault.azure.net/"),
    new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
""")

s = rand_pw(24)
add("blind-mt/ruby/sidekiq-redis", "kaapi-franchise/config/initializers/sidekiq.rb", REDIS, """# ಹಿನ್ನೆಲೆ ಕೆಲಸಗಳು (royalty invoices)
redis_url = "redis://:@@s@@@redis-franchise.nammakaapi.internal:6379/1"

Sidekiq.configure_server { |c| c.redis = { url: redis_url } }
Sidekiq.configure_client { |c| c.redis = { url: redis_url } }
""", s)

add("blind-mt/ruby/decoy-credentials-enc", "kaapi-franchise/config/credentials.yml.enc", "https://guides.rubyonrails.org/security.html#custom-credentials", """@@a@@--@@b@@--@@c@@==
""" + "# ಗೂಢಲಿಪೀಕರಿಸಿದ ಕಡತ; master.key is not in the repo\n# edit: bin/rails credentials:edit\n# owner: franchise team\n# rotated 2026-02\n", a=pick(ALNUM + "+/", 120), b=pick(ALNUM + "+/", 16), c=pick(ALNUM + "+/", 22))

s = fakes.fake("", 48, _seed())
add("blind-mt/rust/const-api-key", "pos-sync/src/printer.rs", RUST, """// ಅಡುಗೆಮನೆ ಪ್ರಿಂಟರ್ ಕ್ಲೌಡ್ (kitchen printer cloud)
pub const PRINT_CLOUD_URL: &str = "https://print.example-cloud.in/v2/jobs";
pub const PRINT_CLOUD_KEY: &str =
    "@@s@@";

pub fn header() -> (&'static str, &'static str) {
    ("X-Print-Key", PRINT_CLOUD_KEY)
}
""", s)

s = slack_webhook()
add("blind-mt/swift/slack-webhook", "LoyaltyiOS/Scripts/notify_release.swift", SLACK, """#!/usr/bin/env swift
import Foundation

// ಹೊಸ ಆವೃತ್ತಿ ಬಿಡುಗಡೆ ಸೂಚನೆ
let hook = URL(string: "@@s@@")!
var req = URLRequest(url: hook)
req.httpMethod = "POST"
req.httpBody = try! JSONSerialization.data(withJSONObject: ["text": "Loyalty iOS \\(CommandLine.arguments[1]) ಬಿಡುಗಡೆಯಾಗಿದೆ"])
URLSession.shared.dataTask(with: req).resume()
RunLoop.main.run(until: Date().addingTimeInterval(5))
""", s)

# ---------------------------------------------------------------- more notes, chats, tickets

s = fakes.password(_seed())
add("blind-mt/notes/whatsapp-export", "notes/it-group-chat-2026-05.txt", MARKDOWN, """[12/05/26, 9:41 am] Kavya (JNR): POS back office login ಕೆಲಸ ಮಾಡುತ್ತಿಲ್ಲ
[12/05/26, 9:43 am] Suresh IT: reset maadide. user jnr-manager
[12/05/26, 9:43 am] Suresh IT: temp password @@s@@
[12/05/26, 9:44 am] Kavya (JNR): thanks sir, login aaytu
[12/05/26, 9:50 am] Suresh IT: ದಯವಿಟ್ಟು ಈಗಲೇ ಬದಲಾಯಿಸಿ
""", s)

add("blind-mt/notes/decoy-chat-no-secret", "notes/it-group-chat-2026-06.txt", MARKDOWN, """[03/06/26, 8:10 am] Rohit (IND): decoction machine token printer offline
[03/06/26, 8:12 am] Suresh IT: restart maadi, password Vault alli ide, illi haakbedi
[03/06/26, 8:15 am] Rohit (IND): ok, printer back
[03/06/26, 8:16 am] Suresh IT: 👍 ticket KM-2291 close maadtini
[03/06/26, 8:20 am] Deepa (MLM): ನಮ್ಮಲ್ಲೂ ಅದೇ ಸಮಸ್ಯೆ
""")

s = words_pw()
add("blind-mt/markdown/ticket", "docs/tickets/KM-2310.md", MARKDOWN, """# KM-2310: Basavanagudi ಶಾಖೆಯ CCTV NVR ಪ್ರವೇಶ

**Reporter:** Naveen  **Assignee:** Suresh

NVR web UI at http://10.30.4.20 — login `admin` / `@@s@@`.
Vendor says firmware 4.2 fixes the recording gaps; ಶನಿವಾರ ರಾತ್ರಿ update ಮಾಡೋಣ.
""", s)

add("blind-mt/markdown/decoy-changelog", "CHANGELOG.md", MARKDOWN, """# ಬದಲಾವಣೆಗಳು (Changelog)

## 2.8.1
- Razorpay key secret now read from `RAZORPAY_KEY_SECRET` (was in settings.py; rotated)
- ಕನ್ನಡ ರಸೀದಿ ಫಾಂಟ್ ಸರಿಪಡಿಸಲಾಗಿದೆ
- Bump `cryptography` to 42.0.8 (sha256 `@@h@@`)
""", h=hexs(64))

s = sendgrid_key()
add("blind-mt/markdown/mkdocs-howto", "docs/howto/test-email.md", MARKDOWN, """# ಪರೀಕ್ಷಾ ಇಮೇಲ್ ಕಳುಹಿಸುವುದು

Use the curl below from the staging box:

```bash
curl https://api.sendgrid.com/v3/mail/send \\
  -H "Authorization: Bearer @@s@@" \\
  -H "Content-Type: application/json" \\
  -d '{"personalizations":[{"to":[{"email":"it@mysurureshme.coop"}]}],"from":{"email":"statements@mysurureshme.coop"},"subject":"ಪರೀಕ್ಷೆ","content":[{"type":"text/plain","value":"ok"}]}'
```
""", s)

add("blind-mt/markdown/decoy-docs-example-key", "docs/howto/stripe-test-mode.md", STRIPE, """# Stripe ಪರೀಕ್ಷಾ ಮೋಡ್

Use the published test card `4242 4242 4242 4242`, any future date, any CVC.
Set `STRIPE_SECRET_KEY` to your own **test** key from the dashboard (it starts with `sk_test_`).
Never paste live keys into this page; ಲೈವ್ ಕೀಲಿ Vault ನಲ್ಲಿ ಮಾತ್ರ.
""")

s = fakes.aws_session_token(_seed())
add("blind-mt/shell/aws-session-export", "ops/notes/assume_role_output.sh", AWS_CLI, """# ಪಾತ್ರ ಊಹೆ (assume-role) output pasted for the photo sync debug
export AWS_ACCESS_KEY_ID=ASIA@@kid@@
export AWS_SECRET_ACCESS_KEY=@@s@@
export AWS_SESSION_TOKEN=@@tok@@
aws s3 ls s3://mysurureshme-catalogue/sarees/ | head
""", fakes.aws_secret_key(_seed()), kid=pick(string.ascii_uppercase + "234567", 16), tok=s)

add("blind-mt/shell/decoy-aws-vault", "ops/notes/photo_sync.sh", AWS_CLI, """#!/usr/bin/env bash
# aws-vault ತಾತ್ಕಾಲಿಕ ಕೀಲಿಗಳನ್ನು ಕೊಡುತ್ತದೆ
set -euo pipefail
aws-vault exec reshme-catalogue -- aws s3 sync photos/ s3://mysurureshme-catalogue/sarees/
echo "ಮುಗಿಯಿತು"
""")

s = fakes.fake("dop_v1_", 64, _seed())
add("blind-mt/shell/doctl-token", "ops/do_snapshot.sh", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", """#!/usr/bin/env bash
# ಸಂಘದ ಜಾಲತಾಣ droplet snapshot
set -e
doctl auth init --access-token @@s@@
doctl compute droplet-action snapshot 41822190 --snapshot-name "sangha-site-$(date +%F)"
""", s)

s = fakes.github_token(_seed())
add("blind-mt/powershell/env-token", "ops/Publish-Designs.ps1", GITHUB_PAT, """# ವಿನ್ಯಾಸ ಬಿಡುಗಡೆ
$env:GH_TOKEN = '@@s@@'
gh release create "v$(Get-Date -Format yyyy.MM.dd)" .\\out\\designs.zip --repo mysurureshme/designs --notes 'ಹೊಸ ಕಸೂತಿ ವಿನ್ಯಾಸಗಳು'
Remove-Item Env:\\GH_TOKEN
Write-Host 'done'
""", s)

add("blind-mt/powershell/decoy-secretmanagement", "ops/Publish-Menu.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """# ಟೋಕನ್ SecretStore ನಿಂದ
Import-Module Microsoft.PowerShell.SecretManagement
$token = Get-Secret -Name 'MenuBoardToken' -AsPlainText
Invoke-RestMethod -Uri 'https://hq.nammakaapi.in/api/menu/publish' -Method Post -Headers @{ Authorization = "Bearer $token" }
Write-Host 'ಮೆನು ಪ್ರಕಟಿಸಲಾಗಿದೆ'
""")

s = words_pw()
add("blind-mt/ini/odbc", "ops/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """; ಹಳೆಯ ಖಾತೆ ವ್ಯವಸ್ಥೆ - Tally export job
[AccountsLegacy]
Driver = ODBC Driver 18 for SQL Server
Server = acct-sql01.nammakaapi.internal
Database = Accounts
UID = tally_export
PWD = @@s@@
""", s)

add("blind-mt/ini/decoy-tox", "tox.ini", INI, """[tox]
envlist = py311, py312

[testenv]
# ನಕಲಿ ಮೌಲ್ಯಗಳು - tests never call Razorpay
setenv =
    RAZORPAY_KEY_ID = rzp_test_dummy
    RAZORPAY_KEY_SECRET = dummy
commands = pytest -q
""")

s = fakes.fake("", 32, _seed())
add("blind-mt/ini/php-ini-style", "sangha-site/config/app.ini", INI, """; ಸಂಘದ ಜಾಲತಾಣ
[app]
lang = kn
[recaptcha]
site_key = 6Lc@@site@@
secret_key = @@s@@
""", s, site=pick(ALNUM + "_-", 37))

s = words_pw()
add("blind-mt/xml/tomcat-users", "ops/tomcat/tomcat-users.xml", "https://tomcat.apache.org/tomcat-10.1-doc/manager-howto.html", """<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- ಪಾವತಿ ಸೇವೆ ನಿಯೋಜನೆಗೆ -->
  <role rolename="manager-script"/>
  <user username="deployer" password="@@s@@" roles="manager-script"/>
</tomcat-users>
""", s)

add("blind-mt/xml/decoy-android-strings", "loyalty-android/app/src/main/res/values-kn/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<resources>
    <string name="app_name">ನಮ್ಮ ಕಾಫಿ ಮನೆ</string>
    <string name="password_hint">ಗುಪ್ತಪದ</string>
    <string name="api_key_missing">API ಕೀಲಿ ಕಾಣೆಯಾಗಿದೆ</string>
    <string name="google_maps_key_name">google_maps_key</string>
    <string name="points">ಅಂಕಗಳು</string>
</resources>
""")

s = fakes.fake_pem(_seed(), "RSA")
add("blind-mt/pem/private-key-file", "ops/tls/shop.mysurureshme.coop.key", "https://www.rfc-editor.org/rfc/rfc7468", "@@s@@\n", s)

add("blind-mt/pem/decoy-certificate", "ops/tls/shop.mysurureshme.coop.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@a@@
@@b@@
@@c@@
-----END CERTIFICATE-----
""", a=pick(ALNUM + "+/", 64), b=pick(ALNUM + "+/", 64), c=pick(ALNUM + "+/", 40) + "==")

s = fakes.fake_pem(_seed(), "EC")
add("blind-mt/ansible/inline-key", "ansible/roles/shop_tls/vars/main.yml", ANSIBLE, """---
# ರಫ್ತು ಅಂಗಡಿ TLS
shop_tls_cert_path: /etc/ssl/shop.crt
shop_tls_key: |
@@key@@
shop_tls_key_path: /etc/ssl/private/shop.key
""", s, key="\n".join("  " + line for line in s.splitlines()))

s = words_pw()
add("blind-mt/ansible/inventory-password", "ansible/inventory/branches.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """# ಶಾಖೆಯ Pi ಗಳು
[branch_pis]
jnr-pi ansible_host=10.10.1.5
ind-pi ansible_host=10.20.1.5

[branch_pis:vars]
ansible_user=kaapi
ansible_password=@@s@@
""", s)

add("blind-mt/ansible/decoy-inventory-keyfile", "ansible/inventory/looms.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """# ಮಗ್ಗ ಕೇಂದ್ರಗಳು (loom centres)
[loom_centres]
ts-narasipura ansible_host=10.50.1.10
kollegal ansible_host=10.50.2.10

[loom_centres:vars]
ansible_user=sangha
ansible_ssh_private_key_file=~/.ssh/sangha_deploy
""")

s = rand_pw(20)
add("blind-mt/terraform/provider-inline", "infra/grafana.tf", "https://registry.terraform.io/providers/grafana/grafana/latest/docs", """# ಕಾಫಿ ಯಂತ್ರ ಡ್ಯಾಶ್‌ಬೋರ್ಡ್‌ಗಳು
provider "grafana" {
  url  = "https://grafana.nammakaapi.in"
  auth = "admin:@@s@@"
}

resource "grafana_folder" "machines" {
  title = "ಕಾಫಿ ಯಂತ್ರಗಳು"
}
""", s)

add("blind-mt/terraform/decoy-state-output", "infra/outputs.tf", TF, """output "loom_db_endpoint" {
  value = aws_db_instance.loom.endpoint
}

output "payout_db_password" {
  value     = random_password.payout.result
  sensitive = true   # ತೋರಿಸುವುದಿಲ್ಲ
}
""")

s = fakes.telegram_token(_seed())
add("blind-mt/python/telegram-inline", "weaver_bot/__main__.py", TELEGRAM, '''"""ನೇಕಾರ ಬಾಟ್ ಪ್ರಾರಂಭ."""
from telegram.ext import ApplicationBuilder, CommandHandler

from .handlers import payout, orders

app = ApplicationBuilder().token("@@s@@").build()
app.add_handler(CommandHandler("payout", payout))
app.add_handler(CommandHandler("orders", orders))
app.run_polling()
''', s)

add("blind-mt/python/decoy-hash-compare", "pos_api/pin.py", "https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac", '''import hashlib
import hmac

# ಕ್ಯಾಶಿಯರ್ PIN ನ ಹ್ಯಾಶ್ ಮಾತ್ರ (only the hash of the manager override PIN)
OVERRIDE_SALT = bytes.fromhex("@@salt@@")
OVERRIDE_HASH = bytes.fromhex("@@h@@")


def check(pin: str) -> bool:
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode(), OVERRIDE_SALT, 200_000), OVERRIDE_HASH)
''', salt=hexs(32), h=hexs(64))

s = fakes.fake("", 40, _seed())
add("blind-mt/python/dict-config", "pos_api/integrations.py", "https://docs.python.org/3/tutorial/datastructures.html#dictionaries", '''# ಡೆಲಿವರಿ ಪಾಲುದಾರರು
PARTNERS = {
    "swiggy": {"base": "https://partner.swiggy.example/api", "token_env": "SWIGGY_PARTNER_TOKEN"},
    "zomato": {"base": "https://api.zomato.example/v3", "api_key": "@@s@@"},
    "dunzo": {"base": "https://api.dunzo.example", "enabled": False},
}
''', s)

# ---------------------------------------------------------------- last carriers

s = words_pw()
add("blind-mt/env/split-url", ".env.franchise", DOTENV, """# ಫ್ರಾಂಚೈಸಿ ಪೋರ್ಟಲ್ (Rails)
RAILS_ENV=production
DATABASE_URL=postgres://franchise:@@s@@@pg-franchise.nammakaapi.internal:5432/franchise_production
RAILS_LOG_TO_STDOUT=1
WEB_CONCURRENCY=2
""", s)

s = fakes.fake("", 64, _seed())
add("blind-mt/env/mqtt-token", ".env.machines", DOTENV, """# ಕಾಫಿ ಯಂತ್ರ ಟೆಲಿಮೆಟ್ರಿ (decoction boiler temperature)
MQTT_HOST=mqtt.nammakaapi.in
MQTT_PORT=8883
MQTT_USERNAME=boiler-telemetry
MQTT_TOKEN=@@s@@
BOILER_MAX_C=96
""", s)

add("blind-mt/env/decoy-masked", ".env.staging.redacted", DOTENV, """# ಹಂಚಿಕೊಳ್ಳಲು ಮರೆಮಾಚಿದ ಪ್ರತಿ (redacted copy for the vendor)
DB_PASSWORD=********
RAZORPAY_KEY_SECRET=****************************
SENDGRID_API_KEY=SG.**********
MQTT_TOKEN=<redacted>
APP_ENV=staging
""")

s = b64("\0weaver-alerts@mysurureshme.coop\0" + words_pw())
add("blind-mt/log/smtp-auth-plain", "logs/postfix-relay-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """Jun 16 06:00:01 relay01 postfix/smtp[2211]: connect to smtp.zoho.in[136.143.190.1]:587
Jun 16 06:00:01 relay01 postfix/smtp[2211]: > EHLO relay01.mysurureshme.coop
Jun 16 06:00:02 relay01 postfix/smtp[2211]: > AUTH PLAIN @@s@@
Jun 16 06:00:02 relay01 postfix/smtp[2211]: < 235 Authentication successful
Jun 16 06:00:03 relay01 postfix/smtp[2211]: ಪಾವತಿ ಸೂಚನೆ sent to 312 members
""", s)

add("blind-mt/log/decoy-audit", "logs/vault-audit-summary.log", "https://developer.hashicorp.com/vault/docs/audit", """2026-06-16T05:00:00Z read secret/data/reshme/payout-db by payout-worker (hmac-sha256:@@a@@)
2026-06-16T05:00:01Z read secret/data/reshme/bank by payout-worker (hmac-sha256:@@b@@)
2026-06-16T07:00:00Z read secret/data/kaapi/razorpay by pos-api (hmac-sha256:@@c@@)
2026-06-16T07:00:02Z read secret/data/kaapi/loyalty/redis by loyalty-api (hmac-sha256:@@d@@)
2026-06-16T07:05:00Z login approle pos-api ok
""", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

s = razorpay_secret()
add("blind-mt/csv/vendor-keys", "exports/payment_gateways.csv", CSV, """branch,gateway,key_id,key_secret,updated
JNR,razorpay,rzp_live_@@kid@@,@@s@@,2026-04-11
IND,razorpay,rzp_live_@@kid@@,see-vault,2026-04-11
MLM,paytm,MID-KAAPI-MLM,see-vault,2026-02-01
BSV,phonepe,M22KAAPI,see-vault,2026-02-01
""", s, kid=pick(ALNUM, 14))

s = rand_pw(24)
add("blind-mt/typescript/nest-config", "kaapi-delivery/src/zomato/zomato.module.ts", "https://docs.nestjs.com/techniques/configuration", """import { Module } from '@nestjs/common';
import { ZomatoClient } from './zomato.client';

// ಜೊಮ್ಯಾಟೊ ಕ್ಲೈಂಟ್ - hardcoded for the Koramangala pilot
@Module({
  providers: [{ provide: ZomatoClient, useValue: new ZomatoClient({ outletId: 'KOR-01', apiSecret: '@@s@@' }) }],
  exports: [ZomatoClient],
})
export class ZomatoModule {}
""", s)

add("blind-mt/typescript/decoy-type-definitions", "kaapi-delivery/src/zomato/types.ts", "https://www.typescriptlang.org/docs/handbook/2/objects.html", """// ಜೊಮ್ಯಾಟೊ ಪ್ರಕಾರಗಳು
export interface ZomatoOptions {
  outletId: string;
  apiSecret: string; // from ZOMATO_API_SECRET
  password?: string;
  token?: string;
}
""")

s = fakes.fake("", 32, _seed())
add("blind-mt/javascript/express-session", "sangha-site-node/app.js", "https://expressjs.com/en/resources/middleware/session.html", """const express = require('express');
const session = require('express-session');

const app = express();
// ಸದಸ್ಯರ ಸೆಷನ್
app.use(session({ secret: '@@s@@', resave: false, saveUninitialized: false, cookie: { secure: true } }));
app.get('/', (req, res) => res.send('ನಮಸ್ಕಾರ'));
app.listen(3000);
""", s)

s = words_pw()
add("blind-mt/yaml/netplan-wifi", "ops/netplan/50-branch-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", """# ಶಾಖೆಯ Pi ಗೆ ಸಿಬ್ಬಂದಿ WiFi
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "NammaKaapi-Staff":
          password: "@@s@@"
""", s)

s = fakes.fake("hf_", 34, _seed())
add("blind-mt/python/hf-token", "tools/kasuti_classifier.py", "https://huggingface.co/docs/hub/security-tokens", '''"""ಕಸೂತಿ ವಿನ್ಯಾಸ ವರ್ಗೀಕರಣ (kasuti motif classifier) - pulls our private model."""
from huggingface_hub import snapshot_download

path = snapshot_download("mysurureshme/kasuti-motifs-vit", token="@@s@@")
print("model at", path)
''', s)

add("blind-mt/python/decoy-uuid-ids", "loom_orders/constants.py", "https://docs.python.org/3/library/uuid.html", '''# ಮಗ್ಗ ಕೇಂದ್ರಗಳ ಗುರುತುಗಳು (centre ids, public)
CENTRES = {
    "T. Narasipura": "@@a@@",
    "Kollegal": "@@b@@",
    "Channapatna": "@@c@@",
}
DEFAULT_CENTRE = "T. Narasipura"
''', a=uuid_s(), b=uuid_s(), c=uuid_s())

s = words_pw()
add("blind-mt/go/pgx-config", "loyalty-api/internal/db/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5/pgxpool#ParseConfig", """package db

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ಲಾಯಲ್ಟಿ ಡೇಟಾಬೇಸ್
func Pool(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, "host=pg-loyalty.kaapi.internal user=loyalty password=@@s@@ dbname=loyalty sslmode=require")
}
""", s)

s = fakes.fake("", 24, _seed())
add("blind-mt/powershell/invoke-restmethod", "ops/Get-BankStatement.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """# ಬ್ಯಾಂಕ್ ಹೇಳಿಕೆ ಡೌನ್‌ಲೋಡ್
$headers = @{ 'X-Client-Id' = 'MRS-PAYOUT-01'; 'X-Client-Secret' = '@@s@@' }
$from = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')
Invoke-RestMethod -Uri "https://api.bank.example.in/statements?from=$from" -Headers $headers -OutFile ".\\statement-$from.json"
Write-Host 'ಹೇಳಿಕೆ ಉಳಿಸಲಾಗಿದೆ'
""", s)

add("blind-mt/rst/decoy-security-policy", "docs/source/security.rst", RST, """ಭದ್ರತಾ ನೀತಿ (Security policy)
=============================

* Secrets live in Vault under ``secret/reshme/*`` and ``secret/kaapi/*``.
* ``.env`` files in repositories hold only ``${VAR}`` references or ``changeme``.
* Report a leak to it@mysurureshme.coop; key fingerprints are listed in the wiki.
""")

add("blind-mt/html/decoy-recaptcha-site-key", "sangha-site/templates/register.html", "https://developers.google.com/recaptcha/docs/display", """<!doctype html>
<html lang="kn">
<head><script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/register" method="post">
    <label>ಹೆಸರು <input name="name"></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button>ಸದಸ್ಯರಾಗಿ</button>
  </form>
</body>
</html>
""", k=pick(ALNUM + "_-", 37))

s = rand_pw(36)
add("blind-mt/k8s-secret/json-config-b64", "k8s/swiggy-partner-secret.yaml", K8S_SECRET, """apiVersion: v1
kind: Secret
metadata:
  name: swiggy-partner
  namespace: kaapi
  annotations:
    kaapi.in/owner: delivery-team   # ಡೆಲಿವರಿ ತಂಡ
type: Opaque
data:
  partner.json: @@e@@
""", s, e=b64('{"client_id":"kaapi-mane","client_secret":"' + s + '","outlets":["JNR","IND","MLM"]}'))

s = words_pw()
add("blind-mt/crontab/mysqldump", "ops/cron/zari-backup.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# ಜರಿ ದಾಸ್ತಾನು ಬ್ಯಾಕಪ್ - every night at 01:30 IST
SHELL=/bin/bash
MAILTO=it@mysurureshme.coop
30 1 * * * mysqldump -h mysql-zari.sangha.internal -u zari_backup --password='@@s@@' zari | gzip > /backups/zari-$(date +\\%F).sql.gz
0 3 * * 0 find /backups -name 'zari-*.sql.gz' -mtime +30 -delete
""", s)

s = fakes.fake("", 40, _seed())
add("blind-mt/makefile/deploy-token", "pos-api/Makefile", "https://www.gnu.org/software/make/manual/make.html#Variables-in-Recipes", """# ಪಿಓಎಸ್ API ನಿರ್ಮಾಣ ಮತ್ತು ನಿಯೋಜನೆ
IMAGE := registry.nammakaapi.in/pos-api
TAG ?= $(shell git describe --tags)
RENDER_DEPLOY_HOOK := https://api.render.com/deploy/srv-cq1kaapi0posapi?key=@@s@@

build:
\tdocker build -t $(IMAGE):$(TAG) .

deploy: build
\tdocker push $(IMAGE):$(TAG)
\tcurl -fsS -X POST "$(RENDER_DEPLOY_HOOK)"
""", s)

add("blind-mt/makefile/decoy-env-check", "zari-stock/Makefile", "https://www.gnu.org/software/make/manual/make.html#Conditionals", """# ಜರಿ ದಾಸ್ತಾನು
ifndef ZARI_DB_PASSWORD
$(error ZARI_DB_PASSWORD is not set; vault kv get secret/reshme/zari-db)
endif

run:
\tZARI_DB_PASSWORD=$(ZARI_DB_PASSWORD) go run ./cmd/zari-stock
""")
