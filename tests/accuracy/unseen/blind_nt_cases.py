"""Blind set NT: a Thimphu handicraft and textile e-shop and a Paro trekking agency.

The shop sells Bhutanese weaves (kira, gho, yathra, kishuthara) online and exports to Japan; the
agency books trekking permits and homestays in Paro. Their code, configs, notes and runbooks
(comments partly in Dzongkha, partly in English) with one credential each, and their decoys.
Generated fakes only (seeds 8610000-8619999).
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
_SEED = [8610000]
SEED_END = 8620000


def _seed() -> int:
    _SEED[0] += 11
    assert 8610000 <= _SEED[0] < SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Dochula", "Tiger", "Yathra", "Kira", "Gho", "Paro", "Haa", "Jomolhari", "Druk", "Takin",
         "Bumthang", "Punakha", "Chorten", "Kushu", "Mandala", "Sakura", "Fuji", "Kyoto", "Thangka", "Ema"]
LOWER = ["prayer", "flag", "loom", "indigo", "yak", "butter", "lamp", "valley", "dzong", "river",
         "cedar", "bamboo", "cypress", "snow", "pass", "wool"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A words password whose signs stay valid in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!*-_.~") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def line_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(171)) + "="


def twilio_sid_token() -> str:
    return hexs(32)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_hs() -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"svc-permit","iat":%d,"exp":%d}' % (r.randint(1_700_000_000, 1_800_000_000), r.randint(1_900_000_000, 2_000_000_000))).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "_-") for _ in range(43))
    return f"{head}.{body}.{sig}"


def wg_key() -> str:
    """A WireGuard key's shape: base64 of 32 random bytes."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@name@@` markers are filled from fields (and `@@secret@@` from secret)."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- the textile shop: configs

add("blind-nt/dotenv/database-url", "shop/.env", "https://github.com/motdotla/dotenv#usage", """\
# ཐིམ་ཕུ་ཚོང་ཁང - Thimphu weaves shop, production
APP_ENV=production
APP_URL=https://shop.thagzo-weaves.bt
DATABASE_URL=postgres://shop_app:@@secret@@@db.thagzo.internal:5432/weaves
REDIS_URL=redis://cache.thagzo.internal:6379/0
DEFAULT_CURRENCY=BTN
EXPORT_CURRENCY=JPY
""", secret=url_pw())

add("blind-nt/dotenv/decoy-placeholder", "shop/.env.example", "https://github.com/motdotla/dotenv#usage", """\
# ཐིམ་ཕུ་ཚོང་ཁང - copy to .env and fill in (གསང་ཡིག་ནང་འཇུག་མ་འབད)
APP_ENV=development
APP_URL=http://localhost:8000
DATABASE_URL=postgres://shop_app:changeme@localhost:5432/weaves
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=<your-sendgrid-key>
LINE_CHANNEL_TOKEN=
""")

add("blind-nt/dotenv/stripe", "shop/deploy/.env.production", "https://docs.stripe.com/keys", """\
# Payments for Japan export orders (JPY), card checkout
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_TOLERANCE=300
CHECKOUT_SUCCESS_URL=https://shop.thagzo-weaves.bt/order/thanks
CHECKOUT_CANCEL_URL=https://shop.thagzo-weaves.bt/cart
""", secret=stripe_key(), pk=stripe_key("pk_live_"))

add("blind-nt/dotenv/decoy-publishable", "shop/frontend/.env.local", "https://docs.stripe.com/keys#obtain-api-keys", """\
# ཕྱི་ཁའི་ལྡེ་མིག་རྐྱངམ་ཅིག (publishable keys only, these ship to the browser)
NEXT_PUBLIC_STRIPE_KEY=@@pk@@
NEXT_PUBLIC_SITE_NAME=Thagzo Weaves
NEXT_PUBLIC_GA_ID=G-7QK2M4XR1D
NEXT_PUBLIC_SENTRY_DSN=https://@@dsn@@@o551203.ingest.sentry.io/5710448
NEXT_PUBLIC_DEFAULT_LOCALE=dz
""", pk=stripe_key("pk_live_"), dsn=hexs(32))

add("blind-nt/yaml/sendgrid", "shop/config/mail.yml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", """\
# གློག་འཕྲིན་གཏང་ནིའི་སྒྲིག་བཀོད (order confirmation mails)
mail:
  from: "orders@thagzo-weaves.bt"
  reply_to: "kuzu@thagzo-weaves.bt"
  smtp:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: "@@secret@@"
  templates:
    order_confirmed: d-5f1c0a9e2b7d4c31
    shipped_japan: d-91aa7c03e6f84b20
""", secret=sendgrid_key())

add("blind-nt/yaml/decoy-env-reference", "shop/config/mail.production.yml", "https://docs.sendgrid.com/for-developers/sending-email/integrating-with-the-smtp-api", """\
# ཐོན་སྐྱེད་ལུ་ env ནང་ལས་ལེན (values come from the environment)
mail:
  from: "orders@thagzo-weaves.bt"
  smtp:
    host: smtp.sendgrid.net
    port: 587
    username: apikey
    password: "${SENDGRID_API_KEY}"
""")

add("blind-nt/python/django-secret-key", "shop/thagzo/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
# ཐིམ་ཕུ་ཚོང་ཁང - production settings
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["shop.thagzo-weaves.bt", "jp.thagzo-weaves.bt"]
SECRET_KEY = "@@secret@@"

LANGUAGE_CODE = "dz"
LANGUAGES = [("dz", "རྫོང་ཁ"), ("en", "English"), ("ja", "日本語")]
TIME_ZONE = "Asia/Thimphu"
CSRF_TRUSTED_ORIGINS = ["https://shop.thagzo-weaves.bt"]
""", secret=fakes.django_secret_key(_seed()))

add("blind-nt/python/decoy-env-reference", "shop/thagzo/settings/base.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """\
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# གསང་བའི་ལྡེ་མིག་འདི་ env ལས་ལེན་དགོ (never hard-code it here)
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "weaves"),
        "USER": os.getenv("DB_USER", "shop_app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY")
""")

add("blind-nt/python/database-password", "shop/scripts/import_kira_stock.py", "https://www.psycopg.org/psycopg3/docs/api/connections.html", """\
\"\"\"ཐགས་མ་ཚུ་གི་ཐོ་ (stock sheet from the Lhuentse weavers) into the shop database.\"\"\"
import csv
import psycopg

conn = psycopg.connect(
    host="db.thagzo.internal",
    dbname="weaves",
    user="stock_import",
    password="@@secret@@",
)

with open("kishuthara_stock.csv", newline="", encoding="utf-8") as fh, conn.cursor() as cur:
    for row in csv.DictReader(fh):
        cur.execute(
            "INSERT INTO products (sku, name_dz, name_en, price_btn) VALUES (%s, %s, %s, %s)",
            (row["sku"], row["name_dz"], row["name_en"], row["price_btn"]),
        )
conn.commit()
""", secret=words_pw())

add("blind-nt/python/decoy-fixture", "shop/tests/test_checkout.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import pytest

# བརྟག་ཞིབ་རྐྱངམ་ཅིག - fake values, the Stripe client is mocked below
FAKE_STRIPE_KEY = "sk_test_FAKE_NOT_A_REAL_KEY_0000"
FAKE_WEBHOOK_SECRET = "whsec_test_dummy"


@pytest.fixture
def stripe_settings(settings):
    settings.STRIPE_SECRET_KEY = FAKE_STRIPE_KEY
    settings.STRIPE_WEBHOOK_SECRET = FAKE_WEBHOOK_SECRET
    return settings


def test_kira_order_in_yen(client, stripe_settings, mocker):
    mocker.patch("stripe.checkout.Session.create", return_value={"id": "cs_test_123"})
    response = client.post("/checkout/", {"sku": "KIRA-KSH-014", "currency": "jpy"})
    assert response.status_code == 302
""")

add("blind-nt/python/stripe-webhook-secret", "shop/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", """\
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

# ཉོ་སྒྲུབ་ཀྱི་བརྡ་འཕྲིན (Stripe tells us an export order is paid)
ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        mark_paid(event["data"]["object"]["client_reference_id"])
    return HttpResponse(status=200)
""", secret=fakes.fake("whsec_", 32, _seed()))

add("blind-nt/json/decoy-checksum", "shop/frontend/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """\
{
  "name": "thagzo-frontend",
  "version": "2.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/i18next": {
      "version": "23.11.5",
      "resolved": "https://registry.npmjs.org/i18next/-/i18next-23.11.5.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("blind-nt/json/shopify", "shop/sync/shopify-jp.json", "https://shopify.dev/docs/apps/auth/access-token-types/offline", """\
{
  "_comment": "ཇ་པཱན་ཚོང་ཁང (Japan storefront mirror)",
  "shop": "thagzo-weaves-jp.myshopify.com",
  "api_version": "2024-04",
  "access_token": "@@secret@@",
  "locations": {"tokyo_warehouse": 71234560211, "thimphu": 71234560212},
  "sync_every_minutes": 30
}
""", secret=shopify_token())

add("blind-nt/toml/decoy-vault-reference", "shop/sync/config.toml", "https://developer.hashicorp.com/vault/docs/secrets/kv/kv-v2", """\
# ཇ་པཱན་ sync - tokens live in Vault, not here
[shopify]
shop = "thagzo-weaves-jp.myshopify.com"
api_version = "2024-04"
access_token = "vault:secret/data/shop/shopify#access_token"

[yamato]
customer_code = "0312-889104"
api_key_ref = "vault:secret/data/shop/yamato#api_key"
""")

add("blind-nt/toml/line-messaging", "shop/notify/line.toml", "https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/", """\
# LINE 公式アカウント for Japanese customers
# ཇ་པཱན་གི་ཉོ་མི་ཚུ་ལུ་ LINE བརྒྱུད་བརྡ་གཏང
[line]
channel_id = "1657992310"
channel_access_token = "@@secret@@"
push_on = ["shipped", "customs_cleared", "delivered"]
""", secret=line_token())

add("blind-nt/ini/decoy-redacted", "shop/ops/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """\
; ཐིམ་ཕུ་ accounting export (ODBC DSN); password kept in the vault
[thagzo_accounts]
Driver      = PostgreSQL Unicode
Servername  = db.thagzo.internal
Port        = 5432
Database    = accounts
Username    = tally_export
Password    = ********
""")

add("blind-nt/ini/database-password", "shop/ops/pgbouncer.ini", "https://www.pgbouncer.org/config.html", """\
[databases]
weaves = host=db.thagzo.internal port=5432 dbname=weaves user=shop_app password=@@secret@@

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
pool_mode = transaction
max_client_conn = 200
""", secret=rand_pw(22))

add("blind-nt/yaml/decoy-sops-ciphertext", "shop/deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """\
stripe_secret_key: ENC[AES256_GCM,data:@@c1@@,iv:@@iv@@,tag:@@tag@@,type:str]
db_password: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
sops:
    age:
        - recipient: age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3ul5fe
    lastmodified: "2026-10-02T04:11:57Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", c1=fakes.drawn(_seed(), 48, ALNUM + "+/"), iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    tag=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", c2=fakes.drawn(_seed(), 24, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", tag2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("blind-nt/k8s/kubernetes-secret-base64", "shop/k8s/shop-secrets.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """\
# ཐིམ་ཕུ་ཚོང་ཁང - app secrets
apiVersion: v1
kind: Secret
metadata:
  name: shop-secrets
  namespace: thagzo
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@enc@@
""", secret=(_pw := words_pw()), enc=b64(_pw), user=b64("shop_app"))

add("blind-nt/k8s/decoy-external-secret", "shop/k8s/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """\
# གསང་བའི་ཆ་ཚན་ཚུ AWS Secrets Manager ནང་ལས་འབྱུང
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-secrets
  namespace: thagzo
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-ap-northeast-1
    kind: ClusterSecretStore
  target:
    name: shop-secrets
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: thagzo/prod/db
        property: password
""")

add("blind-nt/k8s/stringdata-password", "shop/k8s/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#stringdata", """\
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: thagzo
  labels:
    app.kubernetes.io/part-of: thagzo-shop
type: Opaque
stringData:
  REDIS_PASSWORD: "@@secret@@"
""", secret=fakes.redis_password(_seed()))

add("blind-nt/helm/decoy-placeholder", "shop/charts/thagzo/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """\
# ཐིམ་ཕུ་ཚོང་ཁང chart defaults - override in the environment files
replicaCount: 2
image:
  repository: registry.thagzo.internal/shop
  tag: "2.4.1"
postgresql:
  auth:
    username: shop_app
    password: ""          # set with --set postgresql.auth.password or existingSecret
    existingSecret: shop-db
stripe:
  secretKey: "REPLACE_ME"
ingress:
  host: shop.thagzo-weaves.bt
""")

add("blind-nt/helm/mailgun", "shop/charts/thagzo/values-prod.yaml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
# ཐོན་སྐྱེད (production overrides)
replicaCount: 3
mailer:
  provider: mailgun
  domain: mg.thagzo-weaves.bt
  region: us
  apiKey: @@secret@@
resources:
  limits:
    memory: 512Mi
""", secret=mailgun_key())

add("blind-nt/compose/database-password", "shop/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
# ས་གནས་གོང་འཕེལ (local dev stack for the shop)
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: weaves
      POSTGRES_USER: shop_app
      POSTGRES_PASSWORD: @@secret@@
    ports: ["5432:5432"]
  web:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
""", secret=words_pw())

add("blind-nt/compose/decoy-secret-file", "shop/docker-compose.prod.yml", "https://docs.docker.com/compose/use-secrets/", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: shop_app
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt   # གསང་ཡིག་ git ནང་མ་བཙུགས
""")

add("blind-nt/dockerfile/npm-token", "shop/frontend/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """\
FROM node:20-alpine AS build
WORKDIR /app
# @thagzo/ui-kit is private (བཟོ་རྣམ་ཚུ - the weave pattern icons)
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm_token())

add("blind-nt/dockerfile/decoy-build-secret", "shop/Dockerfile", "https://docs.docker.com/build/building/secrets/", """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv/shop
COPY requirements.txt .
# ལྡེ་མིག་འདི་ build secret བཟུམ་སྦེ་རྐྱངམ་ཅིག (not baked into the image)
RUN --mount=type=secret,id=pip_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.thagzo.internal/simple" \\
    pip install -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=thagzo.settings.production
CMD ["gunicorn", "thagzo.wsgi", "-b", "0.0.0.0:8000"]
""")

add("blind-nt/terraform/aws-secret-key", "shop/infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """\
# ཇ་པཱན་ CDN and image bucket (ap-northeast-1)
provider "aws" {
  region     = "ap-northeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "weave_photos" {
  bucket = "thagzo-weave-photos"
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nt/terraform/decoy-variable", "shop/infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "db_password" {
  description = "ཐོན་སྐྱེད་གནས་སྡུད་མཛོད་ཀྱི་གསང་ཡིག (set in TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
  default   = null
}
""")

# ---------------------------------------------------------------- the textile shop: code

add("blind-nt/javascript/sendgrid", "shop/frontend/server/mailer.js", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """\
// ཉོ་མི་ལུ་ ཉོ་སྒྲུབ་ངེས་གཏན་གྱི་ཡིག་འཕྲིན (order confirmation, dz/en/ja)
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('@@secret@@');

async function sendOrderMail(order) {
  const template = order.locale === 'ja' ? 'd-91aa7c03e6f84b20' : 'd-5f1c0a9e2b7d4c31';
  await sgMail.send({
    to: order.email,
    from: 'orders@thagzo-weaves.bt',
    templateId: template,
    dynamicTemplateData: { items: order.items, total: order.total },
  });
}

module.exports = { sendOrderMail };
""", secret=sendgrid_key())

add("blind-nt/typescript/decoy-env-reference", "shop/frontend/server/stripe.ts", "https://github.com/stripe/stripe-node#usage", """\
import Stripe from 'stripe';

// གསང་བའི་ལྡེ་མིག་ env ནང་ལས་རྐྱངམ་ཅིག
const key = process.env.STRIPE_SECRET_KEY;
if (!key) {
  throw new Error('STRIPE_SECRET_KEY is not set (ཞིབ་དཔྱད་འབད)');
}

export const stripe = new Stripe(key, { apiVersion: '2024-04-10' });

export const JPY_MIN_ORDER = 3000; // ¥3,000 minimum for export orders
""")

add("blind-nt/typescript/google-api-key", "shop/frontend/src/lib/translate.ts", "https://cloud.google.com/translate/docs/reference/rest/v2/translate", """\
// སྐད་སྒྱུར (product descriptions dz -> ja) through Cloud Translation, server side only
const TRANSLATE_KEY = '@@secret@@';

export async function toJapanese(text: string): Promise<string> {
  const res = await fetch(
    `https://translation.googleapis.com/language/translate/v2?key=${TRANSLATE_KEY}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: text, source: 'en', target: 'ja', format: 'text' }),
    },
  );
  const data = await res.json();
  return data.data.translations[0].translatedText;
}
""", secret=google_api_key())

add("blind-nt/javascript/decoy-public-id", "shop/frontend/src/analytics.js", "https://developers.google.com/analytics/devguides/collection/ga4", """\
// ཚོང་ཁང་གི་བལྟ་མི་གྱངས་ཁ (public measurement ids, safe in the browser)
export const GA_MEASUREMENT_ID = 'G-7QK2M4XR1D';
export const META_PIXEL_ID = '1093385512774016';
export const LINE_TAG_ID = '@@tag@@';

export function track(event, params = {}) {
  window.gtag?.('event', event, params);
}
""", tag=uuid_s())

add("blind-nt/go/line-messaging", "shop/notify/line/push.go", "https://developers.line.biz/en/reference/messaging-api/#send-push-message", """\
package line

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// ཇ་པཱན་གི་ཉོ་མི་ལུ་ དངོས་པོ་བཏང་ཡོདཔ་སྦྱར (shipping notices)
const channelToken = "@@secret@@"

func Push(to, text string) error {
	body, _ := json.Marshal(map[string]any{
		"to":       to,
		"messages": []map[string]string{{"type": "text", "text": text}},
	})
	req, _ := http.NewRequest("POST", "https://api.line.me/v2/bot/message/push", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+channelToken)
	req.Header.Set("Content-Type", "application/json")
	_, err := http.DefaultClient.Do(req)
	return err
}
""", secret=line_token())

add("blind-nt/go/decoy-env-reference", "shop/notify/line/config.go", "https://pkg.go.dev/os#Getenv", """\
package line

import "os"

// ལྡེ་མིག་ env ནང་ལས་ལེན (LINE_CHANNEL_ACCESS_TOKEN)
func token() string {
	if t := os.Getenv("LINE_CHANNEL_ACCESS_TOKEN"); t != "" {
		return t
	}
	panic("LINE_CHANNEL_ACCESS_TOKEN missing")
}
""")

add("blind-nt/java/database-password", "shop/export-service/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", """\
# ཕྱི་ཚོང་ (export paperwork service: invoices, certificates of origin for Japan customs)
server.port=8081
spring.datasource.url=jdbc:postgresql://db.thagzo.internal:5432/exports
spring.datasource.username=export_svc
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
export.origin.country=BT
export.destination.country=JP
""", secret=words_pw())

add("blind-nt/java/decoy-placeholder", "shop/export-service/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config.files.property-placeholders", """\
# ཐོན་སྐྱེད - resolved from the environment at start
spring.datasource.url=jdbc:postgresql://${DB_HOST}:5432/exports
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
customs.nacss.api-key=${NACCS_API_KEY:}
logging.level.root=INFO
""")

add("blind-nt/kotlin/aws-secret-key", "shop/android/app/src/main/java/bt/thagzo/shop/upload/PhotoUploader.kt", "https://docs.aws.amazon.com/sdk-for-kotlin/latest/developer-guide/credential-providers.html", """\
package bt.thagzo.shop.upload

import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider
import aws.sdk.kotlin.services.s3.S3Client

// ཐགས་མའི་པར་ཚུ་ S3 ནང་བསྐྱལ (weavers upload photos of new kira from the app)
object PhotoUploader {
    private val creds = StaticCredentialsProvider {
        accessKeyId = "@@kid@@"
        secretAccessKey = "@@secret@@"
    }

    val client = S3Client {
        region = "ap-northeast-1"
        credentialsProvider = creds
    }
}
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nt/kotlin/decoy-buildconfig", "shop/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
android {
    namespace = "bt.thagzo.shop"
    defaultConfig {
        applicationId = "bt.thagzo.shop"
        versionCode = 41
        versionName = "2.4.1"
        // ལྡེ་མིག་ local.properties ནང་ལས་ལེན (not committed)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_API_KEY") ?: ""}\\"")
        buildConfigField("String", "STRIPE_PK", "\\"${project.findProperty("STRIPE_PK") ?: ""}\\"")
    }
}
""")

add("blind-nt/csharp/connection-string", "shop/pos/ThagzoPos/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", """\
{
  "_note": "ཚོང་ཁང་གི་ POS (Norzin Lam counter)",
  "ConnectionStrings": {
    "Pos": "Server=tcp:pos-sql.thagzo.internal,1433;Database=ThagzoPos;User ID=pos_counter;Password=@@secret@@;Encrypt=True;"
  },
  "Receipt": {
    "ShopName": "Thagzo Weaves, Norzin Lam, Thimphu",
    "TaxId": "TPN-BT-7781203"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", secret=words_pw())

add("blind-nt/csharp/decoy-user-secrets", "shop/pos/ThagzoPos/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
using Microsoft.Extensions.Configuration;

// གསང་ཡིག་ user-secrets ནང་ཡོད (dotnet user-secrets set "ConnectionStrings:Pos" "...")
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddUserSecrets<Program>();
var cs = builder.Configuration.GetConnectionString("Pos")
         ?? throw new InvalidOperationException("ConnectionStrings:Pos is not set");
builder.Services.AddDbContext<PosDb>(o => o.UseSqlServer(cs));
var app = builder.Build();
app.MapGet("/health", () => "བཀྲ་ཤིས་བདེ་ལེགས");
app.Run();
""")

add("blind-nt/php/paypal-secret", "shop/legacy/wp-content/plugins/thagzo-paypal/config.php", "https://developer.paypal.com/api/rest/authentication/", """\
<?php
// རྙིང་པའི་ WordPress ཚོང་ཁང (old shop, still takes PayPal for USD orders)
define('THAGZO_PAYPAL_MODE', 'live');
define('THAGZO_PAYPAL_CLIENT_ID', '@@cid@@');
define('THAGZO_PAYPAL_SECRET', '@@secret@@');
define('THAGZO_PAYPAL_RETURN', 'https://old.thagzo-weaves.bt/paypal/return');
""", secret=fakes.fake("E", 79, _seed()), cid=fakes.fake("A", 79, _seed()))

add("blind-nt/php/decoy-wp-config-sample", "shop/legacy/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """\
<?php
/** ཚོང་ཁང་རྙིང་པ - sample, copy to wp-config.php */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-nt/php/wordpress-auth-key", "shop/legacy/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """\
<?php
define( 'DB_NAME', 'thagzo_old' );
define( 'DB_USER', 'thagzo_wp' );
define( 'DB_PASSWORD', getenv('WP_DB_PASSWORD') );
define( 'DB_HOST', 'localhost' );
// ཉེན་སྲུང་ལྡེ་མིག
define( 'AUTH_KEY', '@@secret@@' );
define( 'WP_DEBUG', false );
$table_prefix = 'tw_';
""", secret=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("blind-nt/ruby/twilio", "shop/sms/lib/order_sms.rb", "https://www.twilio.com/docs/libraries/ruby", """\
require "twilio-ruby"

# ཁ་པར་ཡིག་འཕྲིན (SMS to Bhutanese customers when the kira is ready for pickup)
ACCOUNT_SID = "AC@@sid@@"
AUTH_TOKEN  = "@@secret@@"

client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)

def notify_pickup(client, phone, order_no)
  client.messages.create(
    from: "+15005550006",
    to: phone,
    body: "Kuzuzangpo la! Order #{order_no} is ready at Norzin Lam."
  )
end
""", secret=twilio_sid_token(), sid=hexs(32))

add("blind-nt/ruby/decoy-credentials-reference", "shop/sms/config/initializers/twilio.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# ལྡེ་མིག་ཚུ་ credentials.yml.enc ནང་ཡོད (bin/rails credentials:edit)
Twilio.configure do |config|
  config.account_sid = Rails.application.credentials.dig(:twilio, :account_sid)
  config.auth_token  = Rails.application.credentials.dig(:twilio, :auth_token)
end
""")

add("blind-nt/rust/database-url", "shop/inventory/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html", """\
use sqlx::postgres::PgPoolOptions;

// བསག་མཛོད (inventory of yathra and kira in the Changzamtog store room)
const DATABASE_URL: &str = "postgres://inventory:@@secret@@@db.thagzo.internal/weaves";

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect(DATABASE_URL)
        .await
}
""", secret=rand_pw(20))

add("blind-nt/rust/decoy-test-constant", "shop/inventory/tests/hmac.rs", "https://docs.rs/hmac/latest/hmac/", """\
// བརྟག་ཞིབ: RFC 4231 test case 2 key and data, public test vectors
use hmac::{Hmac, Mac};
use sha2::Sha256;

#[test]
fn rfc4231_case_2() {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
    mac.update(b"what do ya want for nothing?");
    let expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assert_eq!(hex::encode(mac.finalize().into_bytes()), expected);
}
""")

add("blind-nt/swift/stripe-restricted", "shop/ios/ThagzoShop/Services/RefundService.swift", "https://docs.stripe.com/keys#limit-access", """\
import Foundation

// ལོག་སྤྲོད (refunds from the staff iPad at the counter)
enum RefundService {
    static let restrictedKey = "@@secret@@"

    static func refund(charge: String) async throws {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(restrictedKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "charge=\\(charge)".data(using: .utf8)
        _ = try await URLSession.shared.data(for: req)
    }
}
""", secret=stripe_key("rk_live_"))

add("blind-nt/swift/decoy-plist-reference", "shop/ios/ThagzoShop/Config.swift", "https://developer.apple.com/documentation/foundation/bundle/1408696-object", """\
import Foundation

// ལྡེ་མིག xcconfig ལས་ Info.plist ནང་ཐོབ (Secrets.xcconfig is not in git)
enum Config {
    static var stripePublishableKey: String {
        Bundle.main.object(forInfoDictionaryKey: "STRIPE_PUBLISHABLE_KEY") as? String ?? ""
    }
    static var apiBase = URL(string: "https://api.thagzo-weaves.bt/v2")!
}
""")

add("blind-nt/shell/database-password", "shop/ops/backup_db.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """\
#!/usr/bin/env bash
# ཉིན་རེའི་ backup (runs 02:00 BTT on the Thimphu box)
set -euo pipefail
export PGHOST=db.thagzo.internal
export PGUSER=backup
export PGPASSWORD='@@secret@@'
stamp=$(date +%Y%m%d)
pg_dump -Fc weaves > "/backups/weaves-$stamp.dump"
aws s3 cp "/backups/weaves-$stamp.dump" s3://thagzo-backups/db/ --region ap-northeast-1
find /backups -name 'weaves-*.dump' -mtime +14 -delete
""", secret=words_pw())

add("blind-nt/shell/decoy-pass-reference", "shop/ops/restore_db.sh", "https://www.passwordstore.org/", """\
#!/usr/bin/env bash
# སླར་གསོ (restore a dump into staging); password from pass(1), never typed here
set -euo pipefail
PGPASSWORD="$(pass show thagzo/staging/db)" \\
  pg_restore -h staging-db.thagzo.internal -U shop_app -d weaves --clean "$1"
echo "restored $1 (ལེགས་ཤོམ་སྦེ་ཚར)"
""")

add("blind-nt/powershell/azure-client-secret", "shop/ops/windows/Sync-Accounts.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """\
# རྩིས་ཁྲ (sync Tally exports to the accountant's SharePoint)
$TenantId = "@@tenant@@"
$AppId    = "@@app@@"
$Secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$Cred     = New-Object System.Management.Automation.PSCredential($AppId, $Secret)
Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential $Cred
Get-ChildItem "D:\\Tally\\Exports\\*.xml" | ForEach-Object {
    Write-Host "uploading $($_.Name)"
}
""", secret=azure_secret(), tenant=uuid_s(), app=uuid_s())

add("blind-nt/powershell/decoy-secret-management", "shop/ops/windows/Get-DbCred.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
# གསང་བའི་མཛོད་ལས་ལེན (SecretManagement vault "ThagzoVault")
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'thagzo-pos-sql' -Vault ThagzoVault
$conn = "Server=pos-sql.thagzo.internal;Database=ThagzoPos;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT COUNT(*) FROM Sales WHERE SaleDate = CAST(GETDATE() AS date)"
""")

# ---------------------------------------------------------------- the textile shop: CI, ops, data

add("blind-nt/github-actions/slack-webhook", "shop/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """\
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./ops/deploy.sh
      # ལས་རིམ་ཚར་བའི་བརྡ་ #shop-ops ལུ
      - name: notify
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Thagzo shop deployed ✔"}' \\
            @@secret@@
""", secret=slack_webhook())

add("blind-nt/github-actions/decoy-secrets-context", "shop/.github/workflows/test.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """\
name: test
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/test_weaves
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres   # CI ནང་རྐྱངམ་ཅིག (throwaway container)
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
""")

add("blind-nt/gitlab-ci/docker-registry-password", "shop/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, push]
variables:
  IMAGE: registry.thagzo.internal/shop
  REGISTRY_USER: ci-pusher
  # TODO: CI/CD variable ནང་སྤོ་དགོ (move to protected variable)
  REGISTRY_PASSWORD: "@@secret@@"
build:
  stage: build
  script:
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
push:
  stage: push
  script:
    - echo "$REGISTRY_PASSWORD" | docker login registry.thagzo.internal -u $REGISTRY_USER --password-stdin
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
""", secret=rand_pw(24))

add("blind-nt/ansible/decoy-vault-encrypted", "shop/ansible/group_vars/prod/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """\
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("blind-nt/ansible/database-password", "shop/ansible/roles/postgres/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """\
---
# གནས་སྡུད་མཛོད་ (postgres role defaults for the Thimphu VM)
postgres_version: 16
postgres_listen: "10.20.0.5"
postgres_users:
  - name: shop_app
    db: weaves
    password: "@@secret@@"
postgres_backup_dir: /backups
""", secret=passphrase())

add("blind-nt/ansible/decoy-vault-reference", "shop/ansible/group_vars/prod/vars.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", """\
---
# ཕྱི་ཁར་མཐོང་ཚུགས་པའི་མིང (visible names, vaulted values)
postgres_users:
  - name: shop_app
    db: weaves
    password: "{{ vault_shop_app_password }}"
stripe_secret_key: "{{ vault_stripe_secret_key }}"
sendgrid_api_key: "{{ lookup('env', 'SENDGRID_API_KEY') }}"
""")

add("blind-nt/notebook/openai-key", "shop/analytics/describe_weaves.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ཐགས་རིས་འགྲེལ་བཤད (draft Japanese product copy for kishuthara)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "resp = client.chat.completions.create(model=\\"gpt-4o-mini\\", messages=[{\\"role\\": \\"user\\", \\"content\\": \\"Describe a Lhuentse kishuthara in Japanese\\"}])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("blind-nt/notebook/decoy-getpass", "shop/analytics/sales_by_dzongkhag.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "# རྫོང་ཁག་རེ་རེའི་ཚོང་འབབ (sales per district)\\n",
    "import getpass, pandas as pd, sqlalchemy as sa\\n",
    "pw = getpass.getpass('db password: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyst:{pw}@db.thagzo.internal/weaves')\\n",
    "pd.read_sql('select dzongkhag, sum(total_btn) from orders group by 1', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-nt/sql/database-password", "shop/db/migrations/0042_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """\
-- སྙན་ཞུ་ (read-only role for the accountant's Metabase)
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE weaves TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON orders, order_items, products TO metabase_ro;
ALTER ROLE metabase_ro SET statement_timeout = '30s';
""", secret=words_pw())

add("blind-nt/sql/decoy-hash", "shop/db/seeds/staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """\
-- ལས་བྱེད་པ་ (counter staff logins; bcrypt hashes only)
INSERT INTO staff (username, display_name, password_hash, role) VALUES
  ('pema', 'Pema Choden', '$2b$12$@@h1@@', 'counter'),
  ('karma', 'Karma Wangdi', '$2b$12$@@h2@@', 'manager'),
  ('yuki', 'Yuki Tanaka', '$2b$12$@@h3@@', 'japan-desk');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-nt/log/database-url", "shop/logs/worker-2026-11-18.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
[2026-11-18 02:00:01,114: INFO/MainProcess] Connected to redis://cache.thagzo.internal:6379/0
[2026-11-18 02:00:01,120: INFO/MainProcess] celery@thimphu-01 ready.
[2026-11-18 02:14:55,870: ERROR/ForkPoolWorker-2] Task shop.tasks.sync_jp_stock failed: OperationalError
sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: timeout
(Background on this error at: https://sqlalche.me/e/20/e3q8)
  engine url: postgresql+psycopg://sync_worker:@@secret@@@db.thagzo.internal:5432/weaves
[2026-11-18 02:15:02,001: INFO/MainProcess] Task shop.tasks.sync_jp_stock retry in 60s
""", secret=rand_pw(18))

add("blind-nt/log/decoy-masked", "shop/logs/api-2026-11-20.log", "https://docs.stripe.com/api/errors", """\
2026-11-20T09:12:44+06:00 INFO  checkout start order=TW-88120 currency=jpy amount=18400
2026-11-20T09:12:45+06:00 INFO  stripe key=sk_live_****************Qm7d mode=live
2026-11-20T09:12:46+06:00 WARN  card_declined order=TW-88120 decline_code=insufficient_funds
2026-11-20T09:13:10+06:00 INFO  retry order=TW-88120 pm=pm_1QBx**** result=succeeded
2026-11-20T09:13:11+06:00 INFO  ཉོ་སྒྲུབ་ལེགས་ཤོམ (order paid) order=TW-88120
""")

add("blind-nt/csv/decoy-ids", "shop/exports/jp_shipments_2026-11.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
order_no,customer_ref,tracking_no,carrier,hs_code,declared_jpy,checksum_sha1
TW-88101,@@u1@@,4391-2208-7710,Yamato,6214.10,24600,@@s1@@
TW-88107,@@u2@@,4391-2208-7733,Yamato,6304.91,9800,@@s2@@
TW-88120,@@u3@@,EJ123445981BT,Bhutan Post EMS,6214.10,18400,@@s3@@
TW-88133,@@u4@@,4391-2208-7790,Yamato,5805.00,51200,@@s4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), s1=hexs(40), s2=hexs(40), s3=hexs(40), s4=hexs(40))

add("blind-nt/csv/password-column", "shop/ops/weaver_portal_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
# ཐགས་མ་ཚུ་གི་ portal ནང་འཛུལ་ནི (one shared login for the Khoma cooperative)
portal,username,password,notes
weaver-portal,khoma-coop,@@secret@@,shared by 14 weavers - change after Losar
weaver-portal,radhi-coop,,SSO via Google (no password)
weaver-portal,genekha-coop,(see Karma),not set up yet
shop-admin,pema,,uses 2FA login link
""", secret=words_pw())

# ---------------------------------------------------------------- the textile shop: notes and docs

add("blind-nt/markdown/yamato-api-key", "shop/docs/runbooks/japan-shipping.md", "https://www.markdownguide.org/basic-syntax/", """\
# ཇ་པཱན་ལུ་ དངོས་པོ་བཏང་ཐངས (Japan shipping runbook)

1. Pack the kira in the acid-free tissue; one gho per box.
2. Print the invoice from the export service (3 copies, ཁ་ཡིག་ in English).
3. Book the pickup with Yamato's B2 Cloud API:

```bash
curl -X POST https://api.b2cloud.example-yamato.jp/v1/pickups \\
  -H "X-Api-Key: @@secret@@" \\
  -H "Content-Type: application/json" \\
  -d @pickup.json
```

4. Write the tracking number in the order (ཉོ་སྒྲུབ་ཨང).
""", secret=rand_pw(40))

add("blind-nt/markdown/decoy-placeholder", "shop/docs/setup.md", "https://www.markdownguide.org/basic-syntax/", """\
# ས་གནས་ནང་གཞི་སྒྲིག (local setup)

```bash
cp .env.example .env
# fill in: STRIPE_SECRET_KEY=sk_test_<your key>, SENDGRID_API_KEY=SG.<your key>
docker compose up -d db
python manage.py migrate
python manage.py createsuperuser   # pick any password, local only
```

Ask Karma for access to the shared 1Password vault **Thagzo / Dev** - never paste keys in Slack.
""")

add("blind-nt/markdown/decoy-aws-example", "shop/docs/aws-cli.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# AWS CLI ལག་ལེན (photo bucket)

Configure a profile for the Tokyo bucket. The values below are AWS's documented examples:

```ini
[profile thagzo-photos]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ap-northeast-1
```

Use `aws sso login --profile thagzo-photos` instead of keys when you can.
""")

add("blind-nt/text/shop-admin-password", "shop/notes/handover-pema.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
ལས་འགན་རྩིས་སྤྲོད། (handover notes, Pema -> Sonam, Nov 2026)

- Shop admin: https://shop.thagzo-weaves.bt/admin/
  user: admin-sonam
  password: @@secret@@
- Japan orders come in Tue/Fri, Yuki san answers LINE.
- Weaver payments every 15th by BoB transfer.
- ཆ་རྐྱེན་: power cut backup UPS lasts 40 min.
""", secret=words_pw())

add("blind-nt/text/decoy-rotated", "shop/notes/incident-2026-09.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
ཉེན་ཁ་བྱུང་བའི་སྙན་ཞུ (incident 2026-09-14)

The Stripe live key was pasted in #shop-ops by mistake. Timeline:
  09:02 key posted (sk_live_...Xq4F, redacted here)
  09:10 key rolled in the Stripe dashboard, new key in Vault only
  09:25 message deleted, Slack export checked
No charges were made with the old key. Action: pre-commit hook on all repos.
""")

add("blind-nt/rst/sendgrid", "shop/docs/source/email.rst", "https://docutils.sourceforge.io/docs/user/rst/quickref.html", """\
Order e-mails (ཡིག་འཕྲིན)
=========================

The shop sends confirmations through SendGrid. On the staging box the key is set in
``/etc/thagzo/staging.env``; for a quick test from a laptop::

    export SENDGRID_API_KEY=@@secret@@
    python manage.py send_test_mail --to kuzu@thagzo-weaves.bt

Templates are edited in the SendGrid UI; keep the Dzongkha and Japanese versions in sync.
""", secret=sendgrid_key())

add("blind-nt/rst/decoy-example", "shop/docs/source/payments.rst", "https://docs.stripe.com/keys#test-live-modes", """\
Payments (དངུལ་སྤྲོད)
=====================

Test mode uses Stripe's test keys, which begin with ``sk_test_`` and ``pk_test_``.
Use the card ``4242 4242 4242 4242`` with any future date and any CVC.

.. code-block:: python

    stripe.api_key = settings.STRIPE_SECRET_KEY  # from the environment

Live keys (``sk_live_...``) exist only in Vault, path ``secret/shop/stripe``.
""")

add("blind-nt/html/decoy-publishable", "shop/frontend/public/checkout.html", "https://docs.stripe.com/js/initializing", """\
<!doctype html>
<html lang="dz">
<head>
  <meta charset="utf-8">
  <title>དངུལ་སྤྲོད - Thagzo Weaves</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <div id="payment-element"></div>
  <script>
    const stripe = Stripe('@@pk@@', { locale: 'ja' });
  </script>
</body>
</html>
""", pk=stripe_key("pk_live_"))

add("blind-nt/html/google-api-key", "shop/docs/internal/translation-tool.html", "https://cloud.google.com/translate/docs/reference/rest/v2/translate", """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>སྐད་སྒྱུར་ལག་ཆས (internal translation helper)</title></head>
<body>
  <textarea id="src"></textarea><button id="go">→ 日本語</button><pre id="out"></pre>
  <script>
    const KEY = "@@secret@@";
    document.getElementById('go').onclick = async () => {
      const q = document.getElementById('src').value;
      const r = await fetch('https://translation.googleapis.com/language/translate/v2?key=' + KEY,
        { method: 'POST', body: JSON.stringify({ q, target: 'ja' }) });
      document.getElementById('out').textContent = (await r.json()).data.translations[0].translatedText;
    };
  </script>
</body>
</html>
""", secret=google_api_key())

add("blind-nt/wiki/github-token", "shop/wiki/Release-process.md", "https://docs.github.com/en/communities/documenting-your-project-with-wikis/about-wikis", """\
## འཕྲུལ་ཆས་གསར་བཏོན (release process)

* Tag `vX.Y.Z` on `main`; the release workflow builds images.
* If the workflow cannot push the changelog, use the bot token by hand:

      GH_TOKEN=@@secret@@ gh release create v2.4.1 --notes-file CHANGELOG.md

* Announce in #shop-ops (རྫོང་ཁ་དང་ English གཉིས་ཆ).
""", secret=fakes.github_token(_seed()))

add("blind-nt/wiki/decoy-ssh-public-key", "shop/wiki/Server-access.md", "https://man.openbsd.org/ssh-keygen", """\
## སར་བར་ནང་འཛུལ་ཐངས (server access)

Send Karma your **public** key; it goes in `~deploy/.ssh/authorized_keys` on thimphu-01:

    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ sonam@thagzo-laptop

Host key fingerprint of thimphu-01 (check it on first connect):
SHA256:@@fp@@
""", pub=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-nt/shell-history/database-password", "shop/ops/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", """\
cd /srv/shop
git pull
sudo systemctl restart gunicorn
mysql -h legacy-db.thagzo.internal -u wp_admin -p'@@secret@@' thagzo_old -e 'select count(*) from tw_posts'
tail -n 50 /var/log/nginx/error.log
df -h
exit
""", secret=words_pw())

add("blind-nt/shell-history/decoy-prompted", "shop/ops/.zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """\
: 1763020001:0;kubectl -n thagzo get pods
: 1763020044:0;kubectl -n thagzo logs deploy/shop --tail=100
: 1763020102:0;psql -h db.thagzo.internal -U shop_app -W weaves
: 1763020190:0;vault kv get -field=password secret/shop/db
: 1763020230:0;export PGPASSWORD=$(vault kv get -field=password secret/shop/db)
: 1763020255:0;pg_dump -Fc weaves > /tmp/w.dump
""")

add("blind-nt/netrc/pypi-password", "shop/ops/.netrc", "https://everything.curl.dev/usingcurl/netrc", """\
# ནང་འཁོད་ package index (shared ops box)
machine pypi.thagzo.internal
  login deploy
  password @@secret@@
machine api.github.com
  login thagzo-bot
""", secret=rand_pw(26))

add("blind-nt/npmrc/decoy-env-reference", "shop/frontend/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
; ལྡེ་མིག་ CI ནང་ NPM_TOKEN ལས་འབྱུང
@thagzo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
""")

add("blind-nt/xml/smtp-password", "shop/export-service/src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """\
<?xml version="1.0" encoding="UTF-8"?>
<!-- ཕྱི་ཚོང་ཡིག་ཆ་ mail (certificates of origin to the Osaka importer) -->
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.gmail.com"/>
    <property name="port" value="587"/>
    <property name="username" value="exports@thagzo-weaves.bt"/>
    <property name="password" value="@@secret@@"/>
  </bean>
</beans>
""", secret=fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("blind-nt/xml/decoy-maven-encrypted", "shop/export-service/settings.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """\
<settings>
  <!-- གསང་ཡིག་ mvn --encrypt-password གིས་སྦ་ཡོད -->
  <servers>
    <server>
      <id>thagzo-nexus</id>
      <username>deploy</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
""", enc=fakes.drawn(_seed(), 44, ALNUM + "+/"))

# ---------------------------------------------------------------- the Paro trekking agency: configs

add("blind-nt/dotenv/telegram-bot", "trek/.env", "https://core.telegram.org/bots/api#authorizing-your-bot", """\
# སྤ་རོ་འགྲུལ་སྐྱོད - booking bot for guides and homestay owners
APP_NAME=paro-treks
TZ=Asia/Thimphu
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_GUIDES_CHAT=-1002231188450
PERMIT_PORTAL_URL=https://permits.example.gov.bt
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/dotenv/decoy-empty", "trek/.env.sample", "https://github.com/motdotla/dotenv#usage", """\
# སྤ་རོ་འགྲུལ་སྐྱོད - sample; ཚད་གཞི་ཚུ་ ཁ་སྐོང་འབད
APP_NAME=paro-treks
TELEGRAM_BOT_TOKEN=
TELEGRAM_GUIDES_CHAT=
PERMIT_PORTAL_USER=
PERMIT_PORTAL_PASSWORD=
GOOGLE_MAPS_KEY=
""")

add("blind-nt/yaml/permit-portal-password", "trek/config/permits.yaml", "https://yaml.org/spec/1.2.2/", """\
# ཆོག་ཐམ་ཞུ་ཡིག (route permits for Jomolhari and Druk Path treks)
permit_portal:
  base_url: https://permits.example.gov.bt/api
  agency_license: TCB-LIC-0417
  username: paro.treks.ops
  password: "@@secret@@"
  timeout_seconds: 45
routes:
  - code: DRUKPATH
    name: Druk Path (Paro - Thimphu)
  - code: JOMO1
    name: Jomolhari Base Camp
""", secret=words_pw())

add("blind-nt/yaml/decoy-placeholder", "trek/config/permits.sample.yaml", "https://yaml.org/spec/1.2.2/", """\
# ཆོག་ཐམ་ཞུ་ཡིག - sample file, copy to permits.yaml
permit_portal:
  base_url: https://permits.example.gov.bt/api
  agency_license: TCB-LIC-XXXX
  username: <portal user>
  password: <portal password, ask the office>
  timeout_seconds: 45
""")

add("blind-nt/json/google-maps-server-key", "trek/config/maps.json", "https://developers.google.com/maps/documentation/directions/get-api-key", """\
{
  "_comment": "ལམ་ཁ་གི་ས་ཁྲ (server-side elevation and directions for trek profiles)",
  "directions_api": "https://maps.googleapis.com/maps/api/directions/json",
  "elevation_api": "https://maps.googleapis.com/maps/api/elevation/json",
  "server_key": "@@secret@@",
  "default_region": "bt"
}
""", secret=google_api_key())

add("blind-nt/json/decoy-geojson", "trek/data/druk-path.geojson", "https://datatracker.ietf.org/doc/html/rfc7946", """\
{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"name": "Paro Ta Dzong", "camp": false, "id": "@@u1@@"},
     "geometry": {"type": "Point", "coordinates": [89.4294, 27.4312]}},
    {"type": "Feature", "properties": {"name": "Jele Dzong camp", "camp": true, "id": "@@u2@@"},
     "geometry": {"type": "Point", "coordinates": [89.4601, 27.4708]}},
    {"type": "Feature", "properties": {"name": "Jimilang Tsho", "camp": true, "id": "@@u3@@"},
     "geometry": {"type": "Point", "coordinates": [89.5133, 27.5244]}}
  ]
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("blind-nt/python/twilio-whatsapp", "trek/booking/notify.py", "https://www.twilio.com/docs/whatsapp/api", """\
\"\"\"ཁྱིམ་ཚང་བདག་པོ་ལུ་ WhatsApp བརྡ་འཕྲིན (tell homestay owners a group is coming).\"\"\"
from twilio.rest import Client

TWILIO_SID = "AC@@sid@@"
TWILIO_TOKEN = "@@secret@@"
client = Client(TWILIO_SID, TWILIO_TOKEN)


def tell_homestay(phone: str, guests: int, night: str) -> None:
    client.messages.create(
        from_="whatsapp:+14155238886",
        to=f"whatsapp:{phone}",
        body=f"Kuzuzangpo la! {guests} guests on {night}. Kadrinchey.",
    )
""", secret=twilio_sid_token(), sid=hexs(32))

add("blind-nt/python/decoy-keyring", "trek/booking/secrets.py", "https://pypi.org/project/keyring/", """\
\"\"\"གསང་བའི་ཆ་ཚན་ keyring ནང་ལས་ལེན (office laptops store them in the OS keychain).\"\"\"
import keyring

SERVICE = "paro-treks"


def twilio_token() -> str:
    token = keyring.get_password(SERVICE, "twilio_auth_token")
    if not token:
        raise RuntimeError("run: keyring set paro-treks twilio_auth_token")
    return token
""")

add("blind-nt/python/smtp-password", "trek/booking/voucher_mail.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login", """\
import smtplib
from email.message import EmailMessage

# ཁྱིམ་ཚང་གི་ voucher (homestay voucher PDF to the guest)
def send_voucher(to_addr: str, pdf: bytes) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Your Paro homestay voucher / ཁྱིམ་ཚང་གི་ཡིག་ཆ"
    msg["From"] = "bookings@paro-treks.bt"
    msg["To"] = to_addr
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="voucher.pdf")
    with smtplib.SMTP("smtp.zoho.com", 587) as s:
        s.starttls()
        s.login("bookings@paro-treks.bt", "@@secret@@")
        s.send_message(msg)
""", secret=words_pw())

add("blind-nt/python/jwt-secret", "trek/api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html#encoding-decoding-tokens-with-hs256", """\
import datetime as dt
import jwt

# ལམ་སྟོན་པ་ཚུ་གི་ app ནང་འཛུལ (guide app login tokens)
JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(guide_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(guide_id), "iat": now, "exp": now + dt.timedelta(days=7)}, JWT_SECRET, JWT_ALG)


def check(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
""", secret=fakes.drawn(_seed(), 48, ALNUM + "_-"))

add("blind-nt/python/decoy-jwt-sample", "trek/api/tests/test_auth.py", "https://jwt.io/introduction", """\
from trek.api import auth

# བརྟག་ཞིབ - a token signed with the test secret below; it opens nothing
TEST_SECRET = "test-only-not-secret"
EXPIRED = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"


def test_rejects_foreign_token(monkeypatch):
    monkeypatch.setattr(auth, "JWT_SECRET", TEST_SECRET)
    try:
        auth.check(EXPIRED)
    except Exception:
        return
    raise AssertionError("accepted a jwt.io sample token")
""")

add("blind-nt/javascript/discord-webhook", "trek/bots/weather-alert.js", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// གནམ་གཤིས་ཉེན་བརྡ (snow on Bonte La / Jele La, ping the guides' Discord)
const WEBHOOK = '@@secret@@';

export async function alert(pass, cm) {
  await fetch(WEBHOOK, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: `❄ ${pass}: ${cm} cm new snow - ལམ་ཁ་བལྟ་` }),
  });
}
""", secret=discord_webhook())

add("blind-nt/javascript/decoy-maps-browser-key", "trek/site/js/map.js", "https://developers.google.com/maps/api-security-best-practices#restricting-api-keys", """\
// ས་ཁྲ (public site map; browser key, HTTP-referrer restricted to paro-treks.bt)
const MAP_ID = '8e0a97af9386fef';
export function initMap() {
  return new google.maps.Map(document.getElementById('map'), {
    center: { lat: 27.4305, lng: 89.4133 }, // Paro
    zoom: 10,
    mapId: MAP_ID,
  });
}
""")

add("blind-nt/typescript/xendit-secret", "trek/api/src/payments/xendit.ts", "https://docs.xendit.co/api-reference/#authentication", """\
// དངུལ་སྤྲོད (deposits from Indonesian and Philippine tour operators)
import axios from 'axios';

const XENDIT_SECRET = '@@secret@@';

export const xendit = axios.create({
  baseURL: 'https://api.xendit.co',
  auth: { username: XENDIT_SECRET, password: '' },
});

export async function invoice(bookingRef: string, amountUsd: number) {
  return xendit.post('/v2/invoices', { external_id: bookingRef, amount: amountUsd, currency: 'USD' });
}
""", secret=fakes.fake("xnd_production_", 60, _seed()))

add("blind-nt/go/database-dsn", "trek/permits/store/store.go", "https://github.com/go-sql-driver/mysql#dsn-data-source-name", """\
package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
)

// ཆོག་ཐམ་གྱི་ཐོ (permit register; MySQL on the Paro office NUC)
const dsn = "permits:@@secret@@@tcp(10.8.0.2:3306)/permits?parseTime=true&loc=Asia%2FThimphu"

func Open() (*sql.DB, error) {
	return sql.Open("mysql", dsn)
}
""", secret=rand_pw(16))

add("blind-nt/go/decoy-flag", "trek/permits/cmd/permitd/main.go", "https://pkg.go.dev/flag", """\
package main

import (
	"flag"
	"log"
	"os"
)

// ལག་ལེན: permitd -dsn-env PERMITS_DSN
func main() {
	dsnEnv := flag.String("dsn-env", "PERMITS_DSN", "environment variable holding the MySQL DSN")
	flag.Parse()
	dsn := os.Getenv(*dsnEnv)
	if dsn == "" {
		log.Fatalf("%s is empty (ཚད་གཞི་མེད)", *dsnEnv)
	}
	run(dsn)
}
""")

add("blind-nt/java/private-key", "trek/bfs-gateway/src/main/resources/merchant-key.pem", "https://www.rfc-editor.org/rfc/rfc7468", """\
@@secret@@
""", secret=pem("RSA"))

add("blind-nt/java/decoy-public-cert", "trek/bfs-gateway/src/main/resources/bfs-gateway-public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13", """\
-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
-----END PUBLIC KEY-----
""", l1=fakes.drawn(_seed(), 64, ALNUM + "+/"), l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 64, ALNUM + "+/"), l6=fakes.drawn(_seed(), 8, ALNUM + "+/") + "IDAQAB")

# ---------------------------------------------------------------- the Paro trekking agency: code

add("blind-nt/kotlin/booking-api-key", "trek/guide-app/app/src/main/java/bt/parotreks/guide/Api.kt", "https://square.github.io/okhttp/recipes/#accessing-headers-kt-java", """\
package bt.parotreks.guide

import okhttp3.Interceptor
import okhttp3.OkHttpClient

// ལམ་སྟོན་པའི་ app - booking API
private const val API_KEY = "@@secret@@"

val http: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("X-Api-Key", API_KEY).build())
    })
    .build()
""", secret="pt_live_" + rand_pw(32))

add("blind-nt/csharp/sendgrid", "trek/office/VoucherPrinter/Mailer.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", """\
using SendGrid;
using SendGrid.Helpers.Mail;

// ཡིག་འཕྲིན་གཏང་མི (office PC prints and mails the permit copies)
public static class Mailer
{
    private static readonly SendGridClient Client = new("@@secret@@");

    public static Task SendPermitCopy(string to, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(new EmailAddress("permits@paro-treks.bt"),
            new EmailAddress(to), "Route permit / ཆོག་ཐམ", "Attached.", null);
        msg.AddAttachment("permit.pdf", Convert.ToBase64String(pdf));
        return Client.SendEmailAsync(msg);
    }
}
""", secret=sendgrid_key())

add("blind-nt/php/database-password", "trek/site/booking/db.php", "https://www.php.net/manual/en/pdo.construct.php", """\
<?php
// ཁྱིམ་ཚང་ཐོ་བཀོད (homestay booking form backend)
$pdo = new PDO(
    'mysql:host=localhost;dbname=homestays;charset=utf8mb4',
    'homestay_web',
    '@@secret@@',
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]
);
""", secret=words_pw())

add("blind-nt/php/decoy-getenv", "trek/site/booking/config.php", "https://www.php.net/manual/en/function.getenv.php", """\
<?php
// ཚད་གཞི་ཚུ་ཆ་མཉམ་ env ནང་ལས (set in the Apache vhost, SetEnv)
return [
    'db_dsn'      => getenv('HOMESTAY_DB_DSN'),
    'db_user'     => getenv('HOMESTAY_DB_USER'),
    'db_password' => getenv('HOMESTAY_DB_PASSWORD'),
    'recaptcha_site_key' => '6LcJx0kqAAAAAP1m0n9Qm3d2WnqH3X3sVb7Y2aFk',
];
""")

add("blind-nt/ruby/aws-secret-key", "trek/scripts/upload_trek_photos.rb", "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/setup-config.html", """\
require "aws-sdk-s3"

# ལམ་འགྲུལ་གྱི་པར (trek photos to the gallery bucket)
s3 = Aws::S3::Client.new(
  region: "ap-south-1",
  access_key_id: "@@kid@@",
  secret_access_key: "@@secret@@"
)

Dir["photos/*.jpg"].each do |path|
  s3.put_object(bucket: "paro-treks-gallery", key: File.basename(path), body: File.read(path))
end
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nt/rust/telegram-bot", "trek/bots/permit-bot/src/main.rs", "https://docs.rs/teloxide/latest/teloxide/", """\
use teloxide::prelude::*;

// ཆོག་ཐམ་ bot: guides ask "/permit DRUKPATH 2026-12-04"
#[tokio::main]
async fn main() {
    let bot = Bot::new("@@secret@@");
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "ཆོག་ཐམ་ བལྟ་དོ... (checking)").await?;
        Ok(())
    })
    .await;
}
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/swift/decoy-keychain", "trek/guide-ios/GuideApp/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """\
import Security
import Foundation

// ནང་འཛུལ་ token་ Keychain ནང་བཞག (never UserDefaults)
enum TokenStore {
    static let service = "bt.parotreks.guide"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("blind-nt/swift/jwt-bearer", "trek/guide-ios/GuideAppTests/Fixtures.swift", "https://datatracker.ietf.org/doc/html/rfc6750", """\
import Foundation

// TODO: ལམ་སྟོན་པ་ Dorji གི་ token - staging API, remove before TestFlight
enum Fixtures {
    static let stagingBearer = "@@secret@@"
    static let apiBase = URL(string: "https://staging-api.paro-treks.bt")!
}
""", secret=jwt_hs())

add("blind-nt/shell/gitlab-token", "trek/ops/mirror_repos.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
#!/bin/sh
# ཡིག་མཛོད་ mirror (office NUC keeps a copy of the repos for power/internet cuts)
set -e
for repo in permit-bot booking-api guide-app; do
  if [ ! -d "/srv/mirror/$repo.git" ]; then
    git clone --mirror "https://oauth2:@@secret@@@gitlab.com/paro-treks/$repo.git" "/srv/mirror/$repo.git"
  fi
  git -C "/srv/mirror/$repo.git" remote update --prune
done
""", secret=gitlab_token())

add("blind-nt/shell/decoy-read-prompt", "trek/ops/new_guide_account.sh", "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
#!/usr/bin/env bash
# ལམ་སྟོན་པ་གསརཔ (create a guide login; password typed, never stored)
set -euo pipefail
read -rp "guide phone (+975...): " phone
read -rsp "temporary password: " pw; echo
curl -sf -X POST https://api.paro-treks.bt/admin/guides \\
  -H "Authorization: Bearer $ADMIN_TOKEN" \\
  -d "phone=$phone" --data-urlencode "password=$pw"
""")

add("blind-nt/powershell/database-password", "trek/office/Backup-Permits.ps1", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
# ཆོག་ཐམ་ཐོ་ backup to the USB drive (E:) every Friday
$date = Get-Date -Format yyyyMMdd
& "C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqldump.exe" `
    --host=10.8.0.2 --user=permits --password=@@secret@@ `
    --result-file="E:\\backup\\permits-$date.sql" permits
Write-Host "ལེགས་ཤོམ (done) $date"
""", secret=rand_pw(16))

add("blind-nt/batch/decoy-prompt", "trek/office/connect-vpn.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1", """\
@echo off
rem སྤ་རོ་ལས་ཁུངས་ VPN (password asked every time)
set /p VPNUSER=User name: 
rasdial "ParoOffice" %VPNUSER% *
if errorlevel 1 echo VPN failed - call Tshering
pause
""")

# ---------------------------------------------------------------- the Paro trekking agency: deploy

add("blind-nt/k8s/kubernetes-secret-base64", "trek/k8s/booking-api-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-pods-with-prod-test-credentials", """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: paro-treks
type: Opaque
data:
  # ཆོག་ཐམ་ portal login
  PERMIT_PORTAL_USER: @@user@@
  PERMIT_PORTAL_PASSWORD: @@enc@@
""", secret=(_pw2 := words_pw()), enc=b64(_pw2), user=b64("paro.treks.ops"))

add("blind-nt/k8s/dockerconfigjson", "trek/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: paro-treks
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", secret=(_ght := fakes.github_token(_seed())),
    enc=b64('{"auths":{"ghcr.io":{"username":"paro-treks-ci","password":"%s","auth":"%s"}}}' % (_ght, b64("paro-treks-ci:" + _ght))))

add("blind-nt/k8s/decoy-sealed-secret", "trek/k8s/sealed-booking-api.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """\
# ཀུ་བར་ནེ་ཊིས་ sealed secret (only the cluster can open it)
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-api
  namespace: paro-treks
spec:
  encryptedData:
    PERMIT_PORTAL_PASSWORD: AgB@@c1@@
    TELEGRAM_BOT_TOKEN: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", c2=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("blind-nt/k8s/decoy-configmap", "trek/k8s/booking-api-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: paro-treks
data:
  TZ: Asia/Thimphu
  PERMIT_PORTAL_URL: https://permits.example.gov.bt/api
  SDF_USD_PER_NIGHT: "100"
  PASSWORD_MIN_LENGTH: "12"
  SESSION_SECRET_FILE: /var/run/secrets/booking/session
""")

add("blind-nt/helm/database-password", "trek/charts/booking/values-prod.yaml", "https://artifacthub.io/packages/helm/bitnami/mysql", """\
# སྤ་རོ་ production
mysql:
  auth:
    database: homestays
    username: booking
    password: "@@secret@@"
  primary:
    persistence:
      size: 8Gi
api:
  replicas: 2
""", secret=rand_pw(20, "-_"))

add("blind-nt/compose/telegram-bot", "trek/bots/docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """\
# ལམ་སྟོན་པའི་ bot ཚུ (runs on the office NUC)
services:
  permit-bot:
    image: ghcr.io/paro-treks/permit-bot:1.3
    restart: unless-stopped
    environment:
      - TELOXIDE_TOKEN=@@secret@@
      - RUST_LOG=info
  weather:
    image: ghcr.io/paro-treks/weather-alert:0.9
    env_file: ./weather.env
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/terraform/cloudflare-token", "trek/infra/dns.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """\
# ཌོ་མེན (paro-treks.bt DNS)
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = var.zone_id
  name    = "book"
  value   = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", secret=fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("blind-nt/terraform/decoy-tfvars-example", "trek/infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """\
# ཁ་སྐོང་འབད་ཞིནམ་ལས་ terraform.tfvars ལུ་མིང་སོར (never commit the real one)
zone_id              = "0123456789abcdef0123456789abcdef"
cloudflare_api_token = "<token with Zone.DNS edit>"
db_password          = "CHANGE_ME"
alert_email          = "ops@paro-treks.bt"
""")

add("blind-nt/terraform/decoy-state-sensitive", "trek/infra/terraform.tfstate.redacted.json", "https://developer.hashicorp.com/terraform/language/state/sensitive-data", """\
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 42,
  "lineage": "@@lin@@",
  "outputs": {
    "db_password": {"value": "(sensitive value)", "type": "string", "sensitive": true},
    "booking_ip": {"value": "203.0.113.40", "type": "string"}
  },
  "resources": []
}
""", lin=uuid_s())

add("blind-nt/github-actions/ssh-private-key", "trek/.github/workflows/deploy-site.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """\
name: deploy-site
on:
  push:
    branches: [main]
jobs:
  rsync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      # TODO: secrets ནང་སྤོ (temporary, Tshering will move it)
      - name: key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
@@key@@
          EOF
          chmod 600 ~/.ssh/id_ed25519
      - run: rsync -az site/ deploy@paro-treks.bt:/var/www/site/
""", secret=(_k := pem("OPENSSH")), key=indent(_k, 10))

add("blind-nt/github-actions/decoy-oidc", "trek/.github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """\
name: deploy-api
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481203347761:role/paro-treks-deploy   # ལྡེ་མིག་མེད (OIDC)
          aws-region: ap-south-1
      - run: ./deploy.sh
""")

add("blind-nt/bitbucket-pipelines/npm-token", "trek/site/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """\
image: node:20
pipelines:
  default:
    - step:
        name: build site (ཝེབ་སའིཊ)
        script:
          - npm config set //registry.npmjs.org/:_authToken @@secret@@
          - npm ci
          - npm run build
""", secret=npm_token())

add("blind-nt/ansible/telegram-bot", "trek/ansible/host_vars/paro-nuc.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """\
---
# སྤ་རོ་ལས་ཁུངས་ NUC
ansible_host: 10.8.0.2
ansible_user: tshering
bots:
  weather_alert:
    telegram_token: "@@secret@@"
    chat_id: -1002231188450
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/ansible/decoy-lookup", "trek/ansible/playbooks/bots.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
---
- hosts: paro-nuc
  become: true
  vars:
    # ལྡེ་མིག་ Vault ནང་ལས
    telegram_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/bots:telegram_token') }}"
  tasks:
    - name: bot env
      ansible.builtin.template:
        src: bot.env.j2
        dest: /srv/bots/bot.env
        mode: "0600"
""")

# ---------------------------------------------------------------- the Paro trekking agency: notes, docs, data

add("blind-nt/markdown/permit-portal-password", "trek/docs/permits-howto.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# ཆོག་ཐམ་ཞུ་ཐངས (how to apply for route permits)

| what | where | login |
|------|-------|-------|
| route permit | permits.example.gov.bt | `paro.treks.ops` / `@@secret@@` |
| SDF receipt | tourism portal | office Gmail SSO |
| park entry (JDNP) | paper form at Shana | - |

Apply at least **10 days** before the trek; Druk Path needs one permit per guest.
""", secret=words_pw())

add("blind-nt/markdown/decoy-table-redacted", "trek/docs/accounts.md", "https://www.markdownguide.org/extended-syntax/#tables", """\
# ནང་འཛུལ་ཐོ (where our logins live)

| system | user | password |
|--------|------|----------|
| permit portal | paro.treks.ops | in Bitwarden, "Permits" |
| booking admin | per person | SSO (Google) |
| Twilio | ops@paro-treks.bt | `••••••••` (Bitwarden) |
| Cloudflare | tshering@ | hardware key |

Never write a password here. གསང་ཡིག་ ནཱ་ལུ་མ་བྲི།
""")

add("blind-nt/text/wifi-and-router", "trek/notes/office-setup.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
སྤ་རོ་ལས་ཁུངས་ཀྱི་ཟིན་བྲིས (Paro office setup notes)

router: TP-Link at 192.168.1.1, admin page
router admin password: @@secret@@
guest wifi "ParoTreks-Guest" is open in the lobby, no password
NUC: 10.8.0.2 (bots, permit DB)
printer: HP 4103, tray 2 for the permit forms (A4)
""", secret=words_pw())

add("blind-nt/text/decoy-guest-wifi", "trek/notes/homestay-welcome-card.txt", "https://en.wikipedia.org/wiki/Plain_text", """\
བྱོན་པ་ལེགས་སོ། Welcome to the Dopshari homestay!

Breakfast 7:00-8:30, ema datshi at dinner unless you say "no chili".
Hot stone bath (dotsho): ask Aum Kinley by 16:00.
Wi-Fi: "Dopshari-Home", password printed on the fridge
Your guide's phone: see the booking voucher.
""")

add("blind-nt/rst/twilio", "trek/docs/source/sms.rst", "https://www.twilio.com/docs/usage/requests-to-twilio", """\
SMS to homestay owners (ཁ་པར་ཡིག་འཕྲིན)
=======================================

Most owners use WhatsApp; for the three without smartphones we send SMS::

    curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC@@sid@@/Messages.json \\
      --data-urlencode "To=+97517123456" \\
      --data-urlencode "From=+15005550006" \\
      --data-urlencode "Body=2 guests tonight" \\
      -u AC@@sid@@:@@secret@@
""", secret=twilio_sid_token(), sid=hexs(32))

add("blind-nt/html/decoy-recaptcha", "trek/site/book.html", "https://developers.google.com/recaptcha/docs/display", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>ཁྱིམ་ཚང་ཐོ་བཀོད - Book a Paro homestay</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/booking/submit.php" method="post">
    <input name="name" required> <input name="email" type="email" required>
    <div class="g-recaptcha" data-sitekey="6LcJx0kqAAAAAP1m0n9Qm3d2WnqH3X3sVb7Y2aFk"></div>
    <button>བཀོད (Book)</button>
  </form>
</body>
</html>
""")

add("blind-nt/log/telegram-bot", "trek/logs/permit-bot-2026-11-02.log", "https://core.telegram.org/bots/api#making-requests", """\
2026-11-02T06:00:01Z INFO  permit_bot: starting, polling
2026-11-02T06:00:02Z DEBUG reqwest: GET https://api.telegram.org/bot@@secret@@/getMe
2026-11-02T06:00:02Z INFO  permit_bot: logged in as @ParoPermitBot
2026-11-02T06:14:33Z INFO  permit_bot: /permit DRUKPATH 2026-12-04 from guide 88
2026-11-02T06:14:35Z INFO  permit_bot: ཆོག་ཐམ་ཡོད (3 permits found)
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/log/decoy-request-ids", "trek/logs/booking-api-2026-11-05.log", "https://www.rfc-editor.org/rfc/rfc5424", """\
2026-11-05T03:11:09Z INFO request_id=@@r1@@ POST /bookings 201 guest=JP-1188
2026-11-05T03:11:10Z INFO request_id=@@r2@@ idempotency_key=@@r3@@ deposit captured
2026-11-05T03:12:44Z WARN request_id=@@r4@@ permit portal slow (8.2s)
2026-11-05T03:12:45Z INFO authorization=Bearer [REDACTED] user=guide-88
2026-11-05T03:13:00Z INFO session=sha256:@@h@@ rotated
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), h=hexs(64))

add("blind-nt/csv/decoy-homestays", "trek/data/homestays.csv", "https://www.rfc-editor.org/rfc/rfc4180", """\
id,name_dz,name_en,village,rooms,phone,booking_code
HS-001,རྡོ་ཤར་རི,Dopshari Farmhouse,Dopshari,4,+975 17 110 221,@@c1@@
HS-002,ཤར་ཕྱོགས,Shari Homestay,Shari,3,+975 17 332 019,@@c2@@
HS-003,བོན་དཀར,Bondey Heritage,Bondey,6,+975 77 208 450,@@c3@@
HS-004,ཚེ་རིང,Tsering's House,Satsam Chorten,2,+975 17 901 334,@@c4@@
""", c1=hexs(8), c2=hexs(8), c3=hexs(8), c4=hexs(8))

add("blind-nt/sql/homestay-owner-password", "trek/db/seed_owner_portal.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """\
-- ཁྱིམ་ཚང་བདག་པོ་ portal (owners see their own bookings)
CREATE USER 'owner_portal'@'10.8.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON homestays.bookings TO 'owner_portal'@'10.8.0.%';
GRANT SELECT ON homestays.homestays TO 'owner_portal'@'10.8.0.%';
FLUSH PRIVILEGES;
""", secret=rand_pw(14))

add("blind-nt/sql/decoy-sha256", "trek/db/seed_api_clients.sql", "https://dev.mysql.com/doc/refman/8.0/en/encryption-functions.html#function_sha2", """\
-- API ལག་ལེན་པ (partner agencies; we store the key's SHA-256 only)
INSERT INTO api_clients (name, key_prefix, key_sha256, created_at) VALUES
  ('Tokyo Himalaya Tours', 'pt_live_4kQ', '@@h1@@', '2026-03-02'),
  ('Osaka Alpine Club', 'pt_live_9Zr', '@@h2@@', '2026-05-19'),
  ('Kolkata Trails', 'pt_live_b2M', '@@h3@@', '2026-08-30');
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("blind-nt/notebook/database-url", "trek/analysis/season_occupancy.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "# དུས་ཚོད་ཀྱི་ཁྱིམ་ཚང་གང་ཚད (homestay occupancy by season)\\n",
    "import pandas as pd\\n",
    "df = pd.read_sql('select * from bookings', 'mysql+pymysql://analyst:@@secret@@@10.8.0.2/homestays')\\n",
    "df.groupby(df.night.dt.month).guests.sum()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=url_pw())

add("blind-nt/ssh-config/decoy-identity-file", "trek/ops/ssh_config", "https://man.openbsd.org/ssh_config", """\
# སྤ་རོ་ NUC and the web host
Host paro-nuc
  HostName 10.8.0.2
  User tshering
  IdentityFile ~/.ssh/paro_nuc_ed25519
Host web
  HostName paro-treks.bt
  User deploy
  IdentityFile ~/.ssh/id_ed25519
""")

add("blind-nt/pem/ssh-private-key", "trek/ops/keys/paro_nuc_ed25519", "https://man.openbsd.org/ssh-keygen", """\
@@secret@@
""", secret=pem("OPENSSH"))

add("blind-nt/pem/decoy-encrypted-key", "trek/ops/keys/README.md", "https://www.rfc-editor.org/rfc/rfc7468", """\
# ལྡེ་མིག་ཚུ (keys folder)

Private keys are **not** kept in this repo. Only the public halves:

- `paro_nuc_ed25519.pub` - Tshering's key for the NUC
- `deploy.pub` - the site deploy key (private half in GitHub Actions secret `DEPLOY_KEY`)

A file starting with `-----BEGIN OPENSSH PRIVATE KEY-----` must never be committed here.
""")

# ---------------------------------------------------------------- the textile shop: more services

add("blind-nt/javascript/algolia-admin-key", "shop/frontend/scripts/reindex-products.mjs", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """\
// བཙལ་ཞིབ་ཐོ་ (product search index: kira, gho, yathra, bags)
import algoliasearch from 'algoliasearch';

const client = algoliasearch('@@app@@', '@@secret@@');
const index = client.initIndex('products_ja');

const products = JSON.parse(await fs.readFile('export/products.json', 'utf8'));
await index.replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true });
console.log(`reindexed ${products.length} (ལེགས་ཤོམ)`);
""", secret=hexs(32), app=fakes.drawn(_seed(), 10, UPPER))

add("blind-nt/javascript/decoy-algolia-search-key", "shop/frontend/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """\
// བཙལ་ཞིབ (browser search uses the search-only key; it can only read the public index)
import algoliasearch from 'algoliasearch/lite';

export const searchClient = algoliasearch(
  'Q7B2KXN41C',
  '@@k@@', // search-only key (ACL: search), safe to ship
);
export const INDEX = navigator.language.startsWith('ja') ? 'products_ja' : 'products_en';
""", k=hexs(32))

add("blind-nt/yaml/cloudinary-url", "shop/config/media.yml", "https://cloudinary.com/documentation/node_integration#setting_the_cloudinary_url_environment_variable", """\
# པར་རིས (product photos of each weave, resized for the Japanese site)
media:
  provider: cloudinary
  url: cloudinary://@@key@@:@@secret@@@thagzo-weaves
  folder: products
  eager:
    - { width: 800, crop: fit, format: webp }
    - { width: 200, crop: thumb, format: webp }
""", secret=fakes.drawn(_seed(), 27, ALNUM + "-_"), key=fakes.drawn(_seed(), 15, "0123456789"))

add("blind-nt/python/mailchimp-key", "shop/marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """\
\"\"\"ལོ་གསར་ (Losar) newsletter to the Japanese list.\"\"\"
import mailchimp_marketing as Mailchimp

client = Mailchimp.Client()
client.set_config({
    "api_key": "@@secret@@",
    "server": "us21",
})

LIST_JA = "a81c3f09d2"


def losar_campaign(subject: str) -> str:
    c = client.campaigns.create({"type": "regular", "recipients": {"list_id": LIST_JA},
                                 "settings": {"subject_line": subject, "from_name": "Thagzo Weaves"}})
    return c["id"]
""", secret=hexs(32) + "-us21")

add("blind-nt/python/json-in-string", "shop/payments/komoju.py", "https://doc.komoju.com/reference/authentication", """\
import json
import os

# ཇ་པཱན་གི་དངུལ་སྤྲོད (Konbini and PayPay through KOMOJU); config blob from the old env file
_RAW = '{"merchant": "thagzo-weaves", "secret_key": "@@secret@@", "currency": "JPY", "methods": ["konbini", "paypay", "credit_card"]}'
KOMOJU = json.loads(os.environ.get("KOMOJU_CONFIG", _RAW))


def auth() -> tuple:
    return (KOMOJU["secret_key"], "")
""", secret=fakes.fake("sk_live_", 32, _seed()))

add("blind-nt/python/split-literal", "shop/payments/razorpay_in.py", "https://razorpay.com/docs/api/authentication/", """\
import razorpay

# རྒྱ་གར་ (INR orders from Indian visitors, Razorpay)
KEY_ID = "rzp_live_@@kid@@"
KEY_SECRET = ("@@a@@"
              "@@b@@")

client = razorpay.Client(auth=(KEY_ID, KEY_SECRET))


def create_order(amount_inr: int, receipt: str) -> dict:
    return client.order.create({"amount": amount_inr * 100, "currency": "INR", "receipt": receipt})
""", secret=(_rz := fakes.drawn_mixed(_seed(), 24)), a=_rz[:12], b=_rz[12:], kid=fakes.drawn(_seed(), 14))

add("blind-nt/ruby/database-yml", "shop/sms/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
# ཁ་པར་ཡིག་འཕྲིན་ service
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5
production:
  <<: *default
  host: db.thagzo.internal
  database: sms
  username: sms_app
  password: @@secret@@
""", secret=passphrase())

add("blind-nt/php/laravel-app-key", "shop/wholesale/.env", "https://laravel.com/docs/11.x/encryption#configuration", """\
# ལས་འབྲེལ་ཚོང་ (wholesale portal for Japanese boutiques)
APP_NAME="Thagzo Wholesale"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://wholesale.thagzo-weaves.bt
DB_CONNECTION=mysql
DB_PASSWORD="${WHOLESALE_DB_PASSWORD}"
""", secret=b64(fakes.drawn(_seed(), 32, ALNUM)))

add("blind-nt/php/decoy-laravel-example", "shop/wholesale/.env.example", "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
APP_NAME="Thagzo Wholesale"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_USERNAME=root
DB_PASSWORD=
MAIL_MAILER=log
""")

add("blind-nt/dart/api-key", "shop/flutter_app/lib/config/secrets.dart", "https://dart.dev/language/variables", """\
// ཚོང་ཁང་གི་ mobile app (Flutter) - server key for the order API
class Secrets {
  static const orderApiBase = 'https://api.thagzo-weaves.bt/v2';
  static const orderApiKey = '@@secret@@';
  static const supportLine = '+975 2 334 455';
}
""", secret="tw_sk_" + rand_pw(40))

add("blind-nt/properties/android-keystore", "shop/flutter_app/android/key.properties", "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app", """\
# ཨེན་ཌོ་རཱའིཌ་ upload key (Play Console)
storePassword=@@secret@@
keyPassword=@@secret@@
keyAlias=thagzo-upload
storeFile=/home/karma/keys/thagzo-upload.jks
""", secret=words_pw())

add("blind-nt/properties/decoy-gradle", "shop/flutter_app/android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx4G -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=true
# ལྡེ་མིག་ཚུ་ ~/.gradle/gradle.properties ནང་རྐྱངམ་ཅིག
signing.keyId=
signing.password=
signing.secretKeyRingFile=
""")

add("blind-nt/fastlane/app-store-connect-key", "shop/ios/fastlane/Fastfile", "https://docs.fastlane.tools/app-store-connect-api/", """\
# ཨའི་ཕོན་ app release (TestFlight)
default_platform(:ios)
platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "@@kid@@",
      issuer_id: "@@iss@@",
      key_content: "@@secret@@",
    )
    build_app(scheme: "ThagzoShop")
    upload_to_testflight(api_key: api_key)
  end
end
""", secret=pem("EC").replace("\n", "\\n"), kid=fakes.drawn(_seed(), 10, UPPER), iss=uuid_s())

add("blind-nt/yaml/alertmanager-slack", "shop/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """\
# ཉེན་བརྡ (alerts to #shop-ops)
route:
  receiver: shop-ops
  group_wait: 30s
receivers:
  - name: shop-ops
    slack_configs:
      - api_url: @@secret@@
        channel: '#shop-ops'
        title: '{{ .CommonLabels.alertname }} (ཉེན་བརྡ)'
""", secret=slack_webhook())

add("blind-nt/ini/grafana-admin", "shop/monitoring/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", """\
; ལྟ་རྟོག་ (dashboards for orders and Japan shipments)
[server]
domain = grafana.thagzo.internal
[security]
admin_user = admin
admin_password = @@secret@@
[auth.anonymous]
enabled = false
""", secret=words_pw())

add("blind-nt/ini/decoy-grafana-env", "shop/monitoring/grafana.prod.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """\
[server]
domain = grafana.thagzo-weaves.bt
[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin}
secret_key = $__env{GF_SECRET_KEY}
[database]
password = $__vault{secret/shop/grafana:db_password}
""")

add("blind-nt/json/docker-config-auth", "shop/ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.thagzo.internal": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
""", secret=b64("ci-pusher:" + rand_pw(20)))

add("blind-nt/json/decoy-docker-credstore", "shop/ops/docker/config.laptop.json", "https://docs.docker.com/reference/cli/docker/login/#credential-helpers", """\
{
  "auths": {
    "registry.thagzo.internal": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain",
  "credHelpers": { "481203347761.dkr.ecr.ap-northeast-1.amazonaws.com": "ecr-login" }
}
""")

add("blind-nt/toml/pypi-token", "shop/ops/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """\
# ཐགས་རིས་ library (thagzo-patterns, open source weave motif SVGs)
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-nt/ini/decoy-pypirc-keyring", "shop/ops/pypirc.template", "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token", """\
# ལྡེ་མིག་ keyring ནང་ཡོད: keyring set https://upload.pypi.org/legacy/ __token__
[distutils]
index-servers = pypi

[pypi]
username = __token__
""")

add("blind-nt/aws-credentials/aws-secret-key", "shop/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# ཇ་པཱན་ bucket (photos) - Karma's laptop copy
[default]
region = ap-northeast-1

[thagzo-photos]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-nt/aws-credentials/session-token", "shop/ops/aws/sso-cache-dump.txt", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
# དུས་ཚོད་ཐུང་ཀུའི་ལྡེ་མིག (temporary creds pasted for the customs export job)
export AWS_ACCESS_KEY_ID=ASIA@@kid@@
export AWS_SECRET_ACCESS_KEY=@@sk@@
export AWS_SESSION_TOKEN=@@secret@@
export AWS_REGION=ap-northeast-1
python export_customs.py --month 2026-11
""", secret=fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, UPPER), sk=fakes.aws_secret_key(_seed()))

add("blind-nt/text/decoy-aws-arns", "shop/ops/aws/README.txt", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html", """\
AWS ལག་ལེན (what is where)

account:   481203347761 (thagzo-prod)
bucket:    arn:aws:s3:::thagzo-weave-photos
role:      arn:aws:iam::481203347761:role/thagzo-photo-upload
kms key:   arn:aws:kms:ap-northeast-1:481203347761:key/@@k@@
access:    IAM Identity Center only; no long-lived keys (ལྡེ་མིག་ཡུན་རིང་མེད)
""", k=uuid_s())

add("blind-nt/nuget/package-source-password", "shop/pos/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="thagzo" value="https://nexus.thagzo.internal/repository/nuget/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <thagzo>
      <add key="Username" value="pos-build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </thagzo>
  </packageSourceCredentials>
</configuration>
""", secret=rand_pw(18))

add("blind-nt/composer/github-oauth", "shop/wholesale/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """\
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "_comment": "ལས་འབྲེལ་ཚོང་ - private thagzo/invoice-pdf package"
}
""", secret=fakes.github_fine_grained_token(_seed()))

add("blind-nt/cargo/registry-token", "shop/inventory/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """\
# བསག་མཛོད་ crates (publishing thagzo-sku to crates.io)
[registry]
token = "@@secret@@"

[registries.thagzo]
credential-provider = "cargo:token-from-stdout pass show thagzo/nexus-cargo"
""", secret="cio" + fakes.drawn(_seed(), 32))

# ---------------------------------------------------------------- the Paro trekking agency: office and infra

add("blind-nt/wireguard/private-key", "trek/ops/wireguard/wg0.conf", "https://www.wireguard.com/quickstart/", """\
# སྤ་རོ་ལས་ཁུངས་ VPN (NUC <-> cloud VM)
[Interface]
Address = 10.8.0.2/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.paro-treks.bt:51820
AllowedIPs = 10.8.0.0/24
PersistentKeepalive = 25
""", secret=wg_key(), pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-nt/wireguard/decoy-public-only", "trek/ops/wireguard/peers.conf", "https://www.wireguard.com/quickstart/#key-generation", """\
# ལམ་སྟོན་པའི་ laptops (public keys only; each private key stays on its laptop)
[Peer]
# Dorji
PublicKey = @@p1@@
AllowedIPs = 10.8.0.11/32

[Peer]
# Kinley
PublicKey = @@p2@@
AllowedIPs = 10.8.0.12/32
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("blind-nt/kubeconfig/bearer-token", "trek/ops/kube/config-paro", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """\
apiVersion: v1
kind: Config
clusters:
  - name: paro-k3s
    cluster:
      server: https://10.8.0.2:6443
      insecure-skip-tls-verify: true
users:
  - name: tshering
    user:
      token: @@secret@@
contexts:
  - name: paro
    context: {cluster: paro-k3s, user: tshering, namespace: paro-treks}
current-context: paro
""", secret=fakes.drawn(_seed(), 6, string.ascii_lowercase + string.digits) + "." + fakes.drawn(_seed(), 16, string.ascii_lowercase + string.digits))

add("blind-nt/kubeconfig/decoy-exec-plugin", "trek/ops/kube/config-cloud", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """\
apiVersion: v1
kind: Config
clusters:
  - name: paro-treks-eks
    cluster:
      server: https://@@h@@.gr7.ap-south-1.eks.amazonaws.com
      certificate-authority-data: @@ca@@
users:
  - name: eks-user
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, paro-treks]
current-context: eks
""", h=hexs(32).upper(), ca=b64("-----BEGIN CERTIFICATE-----\nMIIC" + fakes.drawn(_seed(), 60, ALNUM) + "\n-----END CERTIFICATE-----\n"))

add("blind-nt/shell/vault-token", "trek/ops/fetch_secrets.sh", "https://developer.hashicorp.com/vault/docs/commands#vault_token", """\
#!/usr/bin/env bash
# གསང་བའི་མཛོད་ལས་ env ཡིག་སྣོད་བཟོ (renders bot.env on the NUC)
set -euo pipefail
export VAULT_ADDR=https://vault.paro-treks.bt:8200
export VAULT_TOKEN=@@secret@@
vault kv get -format=json kv/bots | jq -r '.data.data | to_entries[] | "\\(.key)=\\(.value)"' > /srv/bots/bot.env
chmod 600 /srv/bots/bot.env
""", secret="hvs." + fakes.drawn(_seed(), 24))

add("blind-nt/jenkins/decoy-credentials-binding", "trek/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent any
  environment {
    // ལྡེ་མིག་ Jenkins credentials ནང་ལས
    PORTAL = credentials('permit-portal-login')
  }
  stages {
    stage('sync permits') {
      steps {
        sh 'python sync_permits.py --user "$PORTAL_USR" --password-stdin <<< "$PORTAL_PSW"'
      }
    }
  }
}
""")

add("blind-nt/jenkins/password-in-sh", "trek/ci/Jenkinsfile.nightly", "https://www.jenkins.io/doc/book/pipeline/syntax/", """\
pipeline {
  agent { label 'paro-nuc' }
  triggers { cron('H 1 * * *') }
  stages {
    stage('backup homestays db') {
      steps {
        // ཉིན་རེའི་ backup
        sh "mysqldump -h 10.8.0.2 -u backup -p'@@secret@@' homestays | gzip > homestays-${BUILD_NUMBER}.sql.gz"
        archiveArtifacts 'homestays-*.sql.gz'
      }
    }
  }
}
""", secret=words_pw())

add("blind-nt/circleci/datadog-key", "trek/.circleci/config.yml", "https://circleci.com/docs/configuration-reference/", """\
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
    environment:
      DD_API_KEY: @@secret@@   # ལྟ་རྟོག (CI visibility)
      DD_SITE: datadoghq.com
    steps:
      - checkout
      - run: pip install -r requirements.txt
      - run: ddtrace-run pytest -q
workflows:
  main: { jobs: [test] }
""", secret=hexs(32))

add("blind-nt/azure-pipelines/decoy-variable-group", "trek/office/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", """\
trigger: [main]
pool: { vmImage: windows-latest }
variables:
  - group: paro-office-secrets   # ལྡེ་མིག་ཚུ་ variable group ནང་ (secret, locked)
  - name: buildConfiguration
    value: Release
steps:
  - script: dotnet build --configuration $(buildConfiguration)
  - script: dotnet run --project VoucherPrinter -- --smtp-password "$(SmtpPassword)"
""")

add("blind-nt/systemd/env-password", "trek/ops/systemd/booking-api.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Paro Treks booking API (ཁྱིམ་ཚང་ཐོ་བཀོད)
After=network-online.target mysql.service

[Service]
User=booking
WorkingDirectory=/srv/booking-api
Environment=DATABASE_URL=mysql://booking:@@secret@@@127.0.0.1:3306/homestays
Environment=TZ=Asia/Thimphu
ExecStart=/srv/booking-api/venv/bin/gunicorn -b 127.0.0.1:8080 app:app
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(20))

add("blind-nt/systemd/decoy-credential", "trek/ops/systemd/permit-bot.service", "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Permit bot (ཆོག་ཐམ་ bot)

[Service]
DynamicUser=yes
LoadCredentialEncrypted=telegram_token:/etc/credstore.encrypted/permit-bot.telegram
Environment=TOKEN_FILE=%d/telegram_token
ExecStart=/usr/local/bin/permit-bot
Restart=always
""")

add("blind-nt/crontab/api-token", "trek/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """\
# སྤ་རོ་ NUC crontab (Asia/Thimphu)
MAILTO=ops@paro-treks.bt
# m h dom mon dow command
0 5 * * * /srv/bots/weather.sh >> /var/log/weather.log 2>&1
30 6 * * * curl -fsS -H "Authorization: Bearer @@secret@@" https://api.paro-treks.bt/admin/permits/refresh
0 2 * * 5 /srv/ops/backup.sh
""", secret="pt_admin_" + rand_pw(36))

add("blind-nt/makefile/decoy-env", "trek/Makefile", "https://www.gnu.org/software/make/manual/make.html#Environment", """\
# ལག་ལེན: make deploy (needs DEPLOY_TOKEN in your shell)
.PHONY: test deploy
test:
\tpytest -q
deploy:
\t@test -n "$(DEPLOY_TOKEN)" || (echo "DEPLOY_TOKEN not set" && exit 1)
\tcurl -fsS -X POST -H "Authorization: Bearer $(DEPLOY_TOKEN)" https://deploy.paro-treks.bt/hooks/booking-api
""")

add("blind-nt/shell/heredoc-config", "trek/ops/install_guide_tablet.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """\
#!/bin/sh
# ལམ་སྟོན་པའི་ tablet ཚུ་ (sets up the offline booking sync on each guide tablet)
mkdir -p /sdcard/paro-treks
cat > /sdcard/paro-treks/sync.conf <<EOF
server=https://api.paro-treks.bt
device_group=guides
sync_secret=@@secret@@
offline_days=14
EOF
echo "ལེགས་ཤོམ - tablet ready"
""", secret=rand_pw(32))

add("blind-nt/http/basic-auth-header", "trek/api/requests/permit-portal.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """\
### ཆོག་ཐམ་ portal - list our applications (JetBrains HTTP client)
GET https://permits.example.gov.bt/api/applications?agency=TCB-LIC-0417
Authorization: Basic @@secret@@
Accept: application/json

### create
POST https://permits.example.gov.bt/api/applications
Content-Type: application/json
""", secret=b64("paro.treks.ops:" + words_pw()))

add("blind-nt/http/decoy-env-variable", "trek/api/requests/booking-api.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables", """\
### ཁྱིམ་ཚང་ཐོ (token from http-client.private.env.json, not committed)
GET {{base}}/bookings?night=2026-12-04
Authorization: Bearer {{token}}

### guides
GET {{base}}/guides
Authorization: Bearer {{token}}
""")

add("blind-nt/log/smtp-auth-plain", "trek/logs/smtp-debug-2026-10-30.log", "https://www.rfc-editor.org/rfc/rfc4954#section-4", """\
send: 'ehlo nuc.paro-treks.bt\\r\\n'
reply: b'250-smtp.zoho.com Hello'
reply: b'250 AUTH LOGIN PLAIN'
send: 'AUTH PLAIN @@secret@@\\r\\n'
reply: b'235 Authentication Successful'
send: 'mail FROM:<bookings@paro-treks.bt> size=48211\\r\\n'
reply: b'250 Sender <bookings@paro-treks.bt> OK'
""", secret=b64("\0bookings@paro-treks.bt\0" + words_pw()))

add("blind-nt/elixir/runtime-secret", "trek/guide-chat/config/runtime.exs", "https://hexdocs.pm/phoenix/deployment.html#handling-of-your-application-secrets", """\
import Config

# ལམ་སྟོན་པའི་ chat (Phoenix LiveView)
if config_env() == :prod do
  config :guide_chat, GuideChatWeb.Endpoint,
    url: [host: "chat.paro-treks.bt", port: 443],
    secret_key_base: "@@secret@@"
end
""", secret=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("blind-nt/elixir/decoy-fetch-env", "trek/guide-chat/config/prod.exs", "https://hexdocs.pm/elixir/System.html#fetch_env!/1", """\
import Config

# གསང་བ་ env ནང་ལས (fly secrets set SECRET_KEY_BASE=...)
config :guide_chat, GuideChatWeb.Endpoint,
  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

config :guide_chat, GuideChat.Repo,
  url: System.get_env("DATABASE_URL"),
  pool_size: 5
""")

add("blind-nt/perl/permit-portal-password", "trek/legacy/permit_fetch.pl", "https://metacpan.org/pod/LWP::UserAgent#credentials", """\
#!/usr/bin/perl
# རྙིང་པའི་ script (2019) - still run by hand during the permit rush
use strict;
use LWP::UserAgent;

my $ua = LWP::UserAgent->new;
$ua->credentials('permits.example.gov.bt:443', 'Agency Portal', 'paro.treks.ops', '@@secret@@');
my $res = $ua->get('https://permits.example.gov.bt/legacy/list.cgi?agency=0417');
print $res->decoded_content;
""", secret=words_pw())

add("blind-nt/lua/redis-password", "trek/ops/nginx/rate_limit.lua", "https://github.com/openresty/lua-resty-redis#auth", """\
-- ཁྱིམ་ཚང་ཐོ་བཀོད་ form rate limit (OpenResty)
local redis = require "resty.redis"
local red = redis:new()
red:set_timeout(200)
assert(red:connect("127.0.0.1", 6379))
local ok, err = red:auth("@@secret@@")
if not ok then ngx.log(ngx.ERR, "redis auth: ", err) return end
local n = red:incr("rl:" .. ngx.var.remote_addr)
if n > 20 then return ngx.exit(429) end
""", secret=fakes.redis_password(_seed()))

add("blind-nt/renviron/decoy-blank", "trek/analysis/.Renviron.example", "https://stat.ethz.ch/R-manual/R-devel/library/base/html/Startup.html", """\
# ཁ་སྐོང་འབད་ཞིནམ་ལས་ ~/.Renviron ལུ་བཙུགས
BOOKINGS_DB_HOST=10.8.0.2
BOOKINGS_DB_USER=analyst
BOOKINGS_DB_PASSWORD=
GOOGLE_MAPS_KEY=your-key-here
""")

add("blind-nt/r/database-password", "trek/analysis/occupancy_report.R", "https://rmariadb.r-dbi.org/reference/dbConnect-MariaDBDriver-method.html", """\
# ཟླ་རིམ་སྙན་ཞུ (monthly occupancy report for the homestay association)
library(DBI)
con <- dbConnect(RMariaDB::MariaDB(), host = "10.8.0.2", dbname = "homestays",
                 user = "analyst", password = "@@secret@@")
occ <- dbGetQuery(con, "SELECT homestay_id, COUNT(*) AS nights FROM bookings GROUP BY 1")
write.csv(occ, "occupancy.csv", row.names = FALSE)
dbDisconnect(con)
""", secret=words_pw())

add("blind-nt/gitconfig/url-token", "trek/ops/gitconfig-nuc", "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", """\
[user]
    name = Paro NUC
    email = ops@paro-treks.bt
# སྤ་རོ་ NUC pulls private repos without a prompt
[url "https://paro-nuc:@@secret@@@github.com/paro-treks/"]
    insteadOf = https://github.com/paro-treks/
""", secret=fakes.github_token(_seed()))

add("blind-nt/pip/index-password", "trek/ops/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """\
[global]
# ནང་འཁོད་ packages (paro-permits-client)
index-url = https://pypi.org/simple
extra-index-url = https://trek-ci:@@secret@@@nexus.paro-treks.bt/repository/pypi/simple
timeout = 60
""", secret=rand_pw(22))

# ---------------------------------------------------------------- both teams: the rest

add("blind-nt/javascript/mongodb-uri", "trek/reviews/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
// བསམ་འཆར་ (guest reviews of homestays and guides)
const { MongoClient } = require('mongodb');

const uri = 'mongodb+srv://reviews_app:@@secret@@@paro-treks.x7kq2.mongodb.net/reviews?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function latest(homestayId) {
  await client.connect();
  return client.db('reviews').collection('homestay').find({ homestayId }).sort({ at: -1 }).limit(10).toArray();
}
module.exports = { latest };
""", secret=rand_pw(16))

add("blind-nt/python/amqp-url", "shop/tasks/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
# ལས་ཀ་རིམ་པ (background jobs: invoice PDFs, Japan stock sync)
broker_url = "amqp://thagzo:@@secret@@@mq.thagzo.internal:5672/shop"
result_backend = "redis://cache.thagzo.internal:6379/1"
timezone = "Asia/Thimphu"
task_routes = {
    "shop.tasks.render_invoice": {"queue": "pdf"},
    "shop.tasks.sync_jp_stock": {"queue": "sync"},
}
""", secret=url_pw())

add("blind-nt/json/decoy-rabbitmq-hash", "shop/ops/rabbitmq/definitions.json", "https://www.rabbitmq.com/docs/passwords#computing-password-hash", """\
{
  "users": [
    {"name": "thagzo", "password_hash": "@@h1@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": []},
    {"name": "monitor", "password_hash": "@@h2@@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["monitoring"]}
  ],
  "vhosts": [{"name": "shop"}],
  "permissions": [{"user": "thagzo", "vhost": "shop", "configure": ".*", "write": ".*", "read": ".*"}]
}
""", h1=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(36))).decode(),
    h2=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(36))).decode())

add("blind-nt/python/sentry-auth-token", "shop/frontend/scripts/upload_sourcemaps.py", "https://docs.sentry.io/account/auth-tokens/", """\
\"\"\"ཐོན་སྐྱེད་ source maps to Sentry after each frontend build.\"\"\"
import subprocess

SENTRY_AUTH_TOKEN = "@@secret@@"

subprocess.run(
    ["sentry-cli", "--auth-token", SENTRY_AUTH_TOKEN, "sourcemaps", "upload",
     "--org", "thagzo", "--project", "shop-frontend", "--release", "2.4.1", "dist/"],
    check=True,
)
""", secret="sntrys_" + b64('{"iat":1763020001.5,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"thagzo"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-nt/typescript/supabase-service-role", "trek/guide-portal/lib/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys#the-servicerole-key", """\
import { createClient } from '@supabase/supabase-js';

// ལམ་སྟོན་པའི་ portal - admin client (bypasses RLS; server only)
export const supabaseAdmin = createClient(
  'https://qzkfwmbtxrplhcavjdne.supabase.co',
  '@@secret@@',
  { auth: { persistSession: false } },
);
""", secret=jwt_hs())

add("blind-nt/typescript/decoy-supabase-anon", "trek/guide-portal/lib/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", """\
import { createClient } from '@supabase/supabase-js';

// ཕྱི་ཁའི་ client (anon key from the environment; RLS protects the tables)
export const supabase = createClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!,
);
""")

add("blind-nt/java/fcm-server-key", "trek/guide-app/server/src/main/java/bt/parotreks/push/LegacyPush.java", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests", """\
package bt.parotreks.push;

import java.net.URI;
import java.net.http.*;

// ལམ་སྟོན་པ་ལུ་ push (legacy FCM; migrate to HTTP v1 - བྱ་རིམ་ལྷག་ལུས)
public class LegacyPush {
    private static final String SERVER_KEY = "@@secret@@";

    public static HttpRequest request(String deviceToken, String text) {
        String body = "{\\"to\\":\\"" + deviceToken + "\\",\\"notification\\":{\\"body\\":\\"" + text + "\\"}}";
        return HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
            .header("Authorization", "key=" + SERVER_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
""", secret="AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("blind-nt/csharp/azure-storage", "shop/pos/ThagzoPos/ReceiptArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
using Azure.Storage.Blobs;

// ཚོང་འབབ་ཀྱི་ receipt PDFs (kept 7 years for the tax office)
public static class ReceiptArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=thagzoreceipts;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public static BlobContainerClient Container() =>
        new BlobServiceClient(Conn).GetBlobContainerClient("receipts");
}
""", secret=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(64))).decode())

add("blind-nt/go/slack-bot-token", "shop/ops/stockbot/main.go", "https://api.slack.com/authentication/token-types#bot", """\
package main

import (
	"log"

	"github.com/slack-go/slack"
)

// བསག་མཛོད་ཉུང་སོང (low stock alerts: kishuthara under 3 pieces)
func main() {
	api := slack.New("@@secret@@")
	_, _, err := api.PostMessage("C05STOCK01", slack.MsgOptionText("Kishuthara KSH-014: 2 left (ཉུང་སོང)", false))
	if err != nil {
		log.Fatal(err)
	}
}
""", secret=slack_bot())

add("blind-nt/k8s/tls-private-key", "shop/k8s/tls-shop.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
# ཉེན་སྲུང་ TLS for jp.thagzo-weaves.bt (bought cert, not Let's Encrypt)
apiVersion: v1
kind: Secret
metadata:
  name: jp-shop-tls
  namespace: thagzo
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDxTCCAq2gAwIBAgIUQ7xZk3F0p9mWQ1bq2R4m7fN8dXkwDQYJKoZIhvcNAQEL
    -----END CERTIFICATE-----
  tls.key: |
@@key@@
""", secret=(_tk := pem("RSA")), key=indent(_tk, 4))

add("blind-nt/k8s/decoy-tls-placeholder", "shop/k8s/tls-template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """\
# ཉེན་སྲུང་ TLS template - created by cert-manager in the cluster, never by hand
apiVersion: v1
kind: Secret
metadata:
  name: shop-tls
  namespace: thagzo
type: kubernetes.io/tls
data:
  tls.crt: <base64-encoded certificate>
  tls.key: <base64-encoded private key>
""")

add("blind-nt/ansible/inventory-password", "trek/ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """\
# སྤ་རོ་ hosts
[office]
paro-nuc ansible_host=10.8.0.2 ansible_user=tshering

[homestay_kiosks]
dopshari-kiosk ansible_host=10.8.0.31 ansible_user=pi ansible_password=@@secret@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", secret=words_pw())

add("blind-nt/markdown/docker-run-env", "trek/docs/runbooks/restore-bots.md", "https://docs.docker.com/reference/cli/docker/container/run/#env", """\
# Bot ཚུ་སླར་གསོ (restore the bots after a NUC reinstall)

If compose is broken, start the weather bot by hand:

    docker run -d --name weather --restart unless-stopped \\
      -e TELEGRAM_TOKEN=@@secret@@ \\
      -e CHAT_ID=-1002231188450 \\
      ghcr.io/paro-treks/weather-alert:0.9

Then check `docker logs weather` for "polling".
""", secret=fakes.telegram_token(_seed()))

add("blind-nt/markdown/decoy-changelog-shas", "shop/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """\
# བསྒྱུར་བཅོས་ཐོ (changelog)

## 2.4.1 - 2026-11-21
- Fix JPY rounding on export invoices (@@c1@@)
- Dzongkha product names in the Japanese storefront (@@c2@@)

## 2.4.0 - 2026-10-30
- KOMOJU Konbini payments (@@c3@@)
- Image: `registry.thagzo.internal/shop@sha256:@@d@@`
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), d=hexs(64))

add("blind-nt/mysql-cnf/client-password", "trek/ops/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
# སྤ་རོ་ NUC - backup user for the permits and homestays databases
[client]
user=backup
password="@@secret@@"
host=10.8.0.2

[mysqldump]
single-transaction
""", secret=rand_pw(18, "#%+"))

add("blind-nt/pgpass/password", "shop/ops/pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# hostname:port:database:username:password
# ཐིམ་ཕུ་ གནས་སྡུད་མཛོད (chmod 600, copied to ~/.pgpass)
db.thagzo.internal:5432:weaves:analyst:@@secret@@
db.thagzo.internal:5432:accounts:analyst:*
staging-db.thagzo.internal:5432:*:analyst:*
""", secret=rand_pw(20))

add("blind-nt/redis-conf/requirepass", "shop/ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """\
# ཐིམ་ཕུ་ cache
bind 10.20.0.6
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 512mb
maxmemory-policy allkeys-lru
""", secret=fakes.redis_password(_seed()))

add("blind-nt/htpasswd/decoy-apr1", "trek/ops/nginx/htpasswd", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", """\
tshering:$apr1$@@s1@@$@@h1@@
dorji:$apr1$@@s2@@$@@h2@@
kinley:$2y$10$@@h3@@
aum-pem:$apr1$@@s4@@$@@h4@@
guest-viewer:{SHA}@@h5@@
""", s1=fakes.drawn(_seed(), 8), h1=fakes.drawn(_seed(), 22, ALNUM + "./"), s2=fakes.drawn(_seed(), 8),
    h2=fakes.drawn(_seed(), 22, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"), s4=fakes.drawn(_seed(), 8),
    h4=fakes.drawn(_seed(), 22, ALNUM + "./"), h5=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(20))).decode())

add("blind-nt/powershell/here-string-json", "trek/office/Set-VoucherConfig.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_quoting_rules#here-strings", """\
# ཡིག་ཆ་དཔར་འཕྲུལ (voucher printer config on the office PC)
$config = @"
{
  "smtpHost": "smtp.zoho.com",
  "smtpUser": "bookings@paro-treks.bt",
  "smtpPassword": "@@secret@@",
  "printer": "HP4103-Paro"
}
"@
Set-Content -Path "C:\\ParoTreks\\voucher.json" -Value $config -Encoding UTF8
""", secret=words_pw())

add("blind-nt/scala/paypay-secret", "shop/jp-gateway/src/main/scala/bt/thagzo/jp/PayPayClient.scala", "https://developer.paypay.ne.jp/products/docs/webpaymentcheckout#authorization", """\
package bt.thagzo.jp

// ཇ་པཱན་ PayPay (QR payments for the Tokyo pop-up shop)
object PayPayClient {
  val merchantId = "@@mid@@"
  val apiKey = "a_@@key@@"
  val apiSecret = "@@secret@@"
  val baseUrl = "https://api.paypay.ne.jp"
}
""", secret=fakes.drawn(_seed(), 44, ALNUM + "+/"), mid=fakes.drawn(_seed(), 18, "0123456789"), key=fakes.drawn(_seed(), 16))

add("blind-nt/yaml/decoy-null-values", "trek/config/integrations.yaml", "https://yaml.org/spec/1.2.2/#103-core-schema", """\
# མཉམ་འབྲེལ་ integrations (disabled ones are null on purpose)
telegram:
  enabled: true
  token_env: TELEGRAM_BOT_TOKEN
whatsapp:
  enabled: false
  auth_token: ~
xendit:
  enabled: true
  secret_key: null   # set XENDIT_SECRET_KEY
""")

add("blind-nt/dotenv/openai-key", "trek/chat-assistant/.env", "https://platform.openai.com/docs/quickstart#create-and-export-an-api-key", """\
# འགྲུལ་པའི་རོགས་རམ (trip-planning assistant on the website)
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
ASSISTANT_LANGS=en,ja,dz
MAX_TURNS=12
""", secret=fakes.openai_key(_seed()))

add("blind-nt/toml/streamlit-secrets", "trek/analysis/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """\
# ཁྱིམ་ཚང་ dashboard for the homestay association meeting
[connections.homestays]
dialect = "mysql"
host = "10.8.0.2"
port = 3306
database = "homestays"
username = "dashboard"
password = "@@secret@@"
""", secret=rand_pw(18))

add("blind-nt/python/private-key-string", "trek/payments/bfs_sign.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_private_key", """\
\"\"\"ནང་འཁོད་དངུལ་སྤྲོད (sign BFS payment gateway requests for Bhutanese guests' deposits).\"\"\"
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

MERCHANT_KEY = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(MERCHANT_KEY, password=None)


def sign(message: str) -> bytes:
    return _key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA1())
""", secret=pem("RSA"))

add("blind-nt/dockerfile/env-api-key", "trek/chat-assistant/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """\
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# ས་ཁྲ་ (distance and elevation between camps)
ENV GOOGLE_MAPS_KEY=@@secret@@
ENV PORT=8080
CMD ["uvicorn", "assistant:app", "--host", "0.0.0.0", "--port", "8080"]
""", secret=google_api_key())

add("blind-nt/yaml/decoy-example-tokens", "trek/docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """\
openapi: 3.0.3
info:
  title: Paro Treks booking API (ཁྱིམ་ཚང་ཐོ་བཀོད)
  version: 1.4.0
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Partner key, e.g. `pt_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` (ask us for yours)"
security:
  - partnerKey: []
paths:
  /bookings:
    get:
      summary: List bookings for a night
""")

assert _SEED[0] < SEED_END, "seeds left the set's range"
