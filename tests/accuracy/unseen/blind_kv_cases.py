"""Blind set KV: a Breton-speaking team in Brittany running crêperies and oyster farms.

Till and booking apps of the crêperies (Kemper, Brest, Montroulez), the oyster farms' tide and
harvest sensors (Kankaven, Mor-Bihan), a web shop shipping oysters and salted-butter caramel,
their CI, servers and notes, partly written in Breton, and their decoys. Generated fakes only
(seeds 6030000-6039999).
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
_SEED = [6030000]
SEED_END = 6039999


def _seed() -> int:
    _SEED[0] += 3
    assert 6030000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Krampouezh", "Istr", "Avel", "Gwinizh", "Sistr", "Kouign", "Enez", "Karreg", "Houl", "Mare",
         "Lann", "Gwenn", "Glas", "Tarzh", "Aber", "Menez", "Kastell", "Morlaer", "Heol", "Loar"]
LOWER = ["krampouezh", "istr", "avel", "sistr", "aman", "holen", "mor", "houl", "enez", "bag",
         "rouedenn", "tarzh", "kouign", "gwinizh", "du", "glaz"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def alnum(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


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


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def woo_secret() -> str:
    return "cs_" + hexs(40)


def vault_token() -> str:
    return fakes.fake("hvs.", 24, _seed())


def docker_pat() -> str:
    return fakes.fake("dckr_pat_", 27, _seed())


def grafana_sa() -> str:
    return "glsa_" + alnum(32) + "_" + hexs(8)


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_secret() -> str:
    return alnum(48)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = [body + "".join(r.choice(ALNUM + "+/") for _ in range(70 - len(body)))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def pub_body(n: int = 68) -> str:
    r = _rng()
    return "AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(ALNUM + "+/") for _ in range(n - 25))


def indent(block: str, pad: str) -> str:
    return ("\n" + pad).join(block.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    if secret is not None:
        fields.setdefault("secret", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    assert category.startswith("blind-kv/")
    CASES.append(LabelledCase(category, file_name, text, secret, source))


PY = "https://docs.python.org/3/library/os.html#os.environ"
DOTENV = "https://github.com/theskumar/python-dotenv#file-format"
COMPOSE = "https://docs.docker.com/compose/compose-file/"
K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
TF = "https://developer.hashicorp.com/terraform/language"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
GHA = "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions"
GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
MD = "https://commonmark.org/"
RST = "https://docutils.sourceforge.io/rst.html"
HTML = "https://html.spec.whatwg.org/"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://pkg.go.dev/os#Getenv"
JAVA = "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config"
DOTNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
PHP = "https://www.php.net/manual/en/function.getenv.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://doc.rust-lang.org/std/env/fn.var.html"
SWIFT = "https://developer.apple.com/documentation/foundation/processinfo"
KOTLIN = "https://kotlinlang.org/docs/home.html"
SH = "https://www.gnu.org/software/bash/manual/bash.html"
PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOCKERFILE = "https://docs.docker.com/engine/reference/builder/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
XML = "https://www.w3.org/TR/xml/"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://www.rfc-editor.org/rfc/rfc5424"
PGURI = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
STRIPE = "https://stripe.com/docs/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
SSH = "https://man.openbsd.org/ssh-keygen"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
WOO = "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication"
SOPS = "https://github.com/getsops/sops#usage"
VAULTDOC = "https://developer.hashicorp.com/vault/docs/commands"


# ---------------------------------------------------------------- .env files
add("blind-kv/dotenv/stripe", "krampouezhti-kemper/.env", DOTENV, """# Krampouezhti Kemper - kefluniadur ar stal
APP_ENV=production
APP_URL=https://kemper.krampouezh-breizh.bzh
# Paeamant dre gartenn (Stripe) - arabat embann!
STRIPE_SECRET_KEY=@@secret@@
STRIPE_CURRENCY=eur
TABLES=24
""", stripe_key())

add("blind-kv/dotenv/postgres-url", "istr-kankaven/api/.env", DOTENV, """# API ar parkoù istr
DATABASE_URL=postgres://istr_app:@@secret@@@db.kankaven.lan:5432/istr
REDIS_URL=redis://cache.kankaven.lan:6379/0
LOG_LEVEL=info
HARVEST_UNITS=douzenn
""", rand_pw(22))

add("blind-kv/dotenv/decoy-placeholder", "krampouezhti-brest/.env.example", DOTENV, """# Eilskrivit ar restr-mañ e .env ha leuniit an talvoudoù
# Copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
DATABASE_URL=postgres://krampouezh:<ger-tremen>@localhost:5432/krampouezh
SENDGRID_API_KEY=
SMTP_PASSWORD=changeme
""")

add("blind-kv/dotenv/sendgrid", "stal-istr/.env.production", DOTENV, """NODE_ENV=production
SHOP_NAME="Istr Mor-Bihan"
MAIL_FROM=kemennadennoù@istr-morbihan.bzh
# kas ar postelloù urzhiadoù
SENDGRID_API_KEY="@@secret@@"
SHIPPING_ZONES=FR,BE,DE
""", sendgrid_key())

add("blind-kv/dotenv/decoy-env-reference", "krampouezhti-montroulez/.env.docker", DOTENV, """# An talvoudoù gwir a zeu eus Docker secrets / runtime env
POSTGRES_PASSWORD_FILE=/run/secrets/pg_password
STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}
MAIL_PASSWORD=${MAIL_PASSWORD:?mail password must be set}
SESSION_SECRET=${SESSION_SECRET}
""")

add("blind-kv/dotenv/brevo", "keleier/.env", DOTENV, """# Lizher-keleier ar grampouezhti (Brevo / Sendinblue)
BREVO_API_KEY=@@secret@@
BREVO_LIST_ID=17
SENDER_NAME=Krampouezh Breizh
SENDER_EMAIL=keleier@krampouezh-breizh.bzh
""", brevo_key())

add("blind-kv/dotenv/telegram", "mare-bot/.env", DOTENV, """# Bot Telegram a gas an dourioù bras / dourioù izel d'ar skipailh
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001873462210
TIDE_PORT=KANKAVEN
ALERT_BELOW_CM=80
""", fakes.telegram_token(_seed()))

add("blind-kv/dotenv/decoy-masked", "mare-bot/.env.sample", DOTENV, """# Skouer - example only
TELEGRAM_BOT_TOKEN=123456789:AA**********************************
TELEGRAM_CHAT_ID=-100xxxxxxxxxx
TIDE_PORT=KANKAVEN
ALERT_BELOW_CM=80
""")

add("blind-kv/dotenv/django-secret", "erbedadennoù/.env", DOTENV, """DJANGO_DEBUG=False
DJANGO_ALLOWED_HOSTS=erbed.krampouezh-breizh.bzh
DJANGO_SECRET_KEY='@@secret@@'
DJANGO_TIME_ZONE=Europe/Paris
LANGUAGE_CODE=br
""", fakes.django_secret_key(_seed()))

add("blind-kv/dotenv/openai", "bot-menu/.env.local", DOTENV, """# Skoazeller da skrivañ ar menu e brezhoneg ha galleg
OPENAI_API_KEY=@@secret@@
OPENAI_MODEL=gpt-4o-mini
MENU_LANGS=br,fr,en
""" + "MAX_TOKENS=600\n", fakes.openai_key(_seed()))

# ---------------------------------------------------------------- Python
add("blind-kv/python/mysql-password", "krampouezhti-kemper/kaisse/db.py", PY, '''"""Kevreadur ouzh diazez roadennoù ar gaisse (till)."""
import pymysql


def kevreañ():
    # TODO: lakaat ar ger-tremen en env a-benn ar sizhun a zeu
    return pymysql.connect(
        host="10.20.0.5",
        user="kaisse",
        password="@@secret@@",
        database="kaisse_kemper",
        charset="utf8mb4",
    )
''', words_pw())

add("blind-kv/python/decoy-env-reference", "krampouezhti-kemper/kaisse/settings.py", PY, '''import os

# Ar gerioù-tremen a vez lennet diwar an endro, morse skrivet amañ.
DB_HOST = os.environ.get("KAISSE_DB_HOST", "localhost")
DB_USER = os.environ.get("KAISSE_DB_USER", "kaisse")
DB_PASSWORD = os.environ["KAISSE_DB_PASSWORD"]
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
TIMEZONE = "Europe/Paris"
''')

add("blind-kv/python/slack-webhook", "istr-kankaven/sensors/kemenn.py", PY, '''import json
import urllib.request

# Kemenn d'ar skipailh pa vez re domm an dour er parkoù
WEBHOOK = "@@secret@@"


def kas(temperadur: float, park: str) -> None:
    testenn = f":warning: Park {park}: dour {temperadur:.1f}°C - evezh d'an istr!"
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": testenn}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', slack_webhook())

add("blind-kv/python/aws-secret-key", "istr-kankaven/backup/s3_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''import boto3

# Kopiañ ar skeudennoù eus ar parkoù d'an S3 bep noz
s3 = boto3.client(
    "s3",
    region_name="eu-west-3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def kas(restr: str) -> None:
    s3.upload_file(restr, "istr-kankaven-skeudennou", restr.rsplit("/", 1)[-1])
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kv/python/decoy-test-fixture", "stal-istr/tests/test_paeamant.py", PY, '''"""Testoù ar paeamant: an alc'hwezioù amañ a zo faos (fake), evit ar mock hepken."""
import pytest

FAKE_STRIPE_KEY = "sk_test_FAKE_not_a_real_key_for_unit_tests"


@pytest.fixture
def stripe_mock(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    yield


def test_priz_douzenn(stripe_mock):
    assert 12 * 1.25 == 15.0
''')

add("blind-kv/python/google-api-key", "krampouezhti-brest/maps/distañs.py", PY, '''import requests

# Jediñ an distañs evit an dasparzh krampouezh (Distance Matrix)
API_KEY = "@@secret@@"


def distañs(orin: str, pal: str) -> int:
    r = requests.get("https://maps.googleapis.com/maps/api/distancematrix/json",
                     params={"origins": orin, "destinations": pal, "key": API_KEY}, timeout=10)
    return r.json()["rows"][0]["elements"][0]["distance"]["value"]
''', google_key())

add("blind-kv/python/smtp-password", "keleier/kas_lizhiri.py", "https://docs.python.org/3/library/smtplib.html", '''import smtplib
from email.message import EmailMessage


def kas_lizher(pal: str, danvez: str, korf: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "stal@istr-morbihan.bzh", pal, danvez
    msg.set_content(korf)
    with smtplib.SMTP_SSL("ssl0.ovh.net", 465) as s:
        s.login("stal@istr-morbihan.bzh", "@@secret@@")
        s.send_message(msg)
''', words_pw())

add("blind-kv/python/decoy-hash", "krampouezhti-brest/scripts/gwiriañ_restroù.py", PY, '''"""Gwiriañ ar restroù menu kent o embann (SHA-256)."""
import hashlib

GORTOZET = {
    "menu_br.pdf": "@@h1@@",
    "menu_fr.pdf": "@@h2@@",
}


def gwiriañ(anv: str, data: bytes) -> bool:
    return hashlib.sha256(data).hexdigest() == GORTOZET[anv]
''', h1=sha256ish(), h2=sha256ish())

add("blind-kv/python/mongodb-uri", "istr-kankaven/sensors/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", '''from pymongo import MongoClient

# Roadennoù ar sensorioù (temperadur, holenegezh, mare)
client = MongoClient(
    "mongodb+srv://sensorioù:@@secret@@@istr-cluster.x7kq2.mongodb.net/mor?retryWrites=true&w=majority"
)
db = client["mor"]


def enrollañ(muzul: dict) -> None:
    db.muzuliadennoù.insert_one(muzul)
''', rand_pw(16))

add("blind-kv/python/json-in-string", "bot-menu/gcp_translate.py", "https://cloud.google.com/docs/authentication/api-keys", '''import json

# Kefluniadur ar c'hlient troidigezh (dre arnodenn, da lemel!)
CONFIG = json.loads(\'{"project": "krampouezh-menu", "region": "europe-west1", "api_key": "@@secret@@"}\')


def troer():
    return CONFIG["project"], CONFIG["api_key"]
''', google_key())

add("blind-kv/python/decoy-vault-reference", "istr-kankaven/backup/secrets.py", VAULTDOC, '''import hvac

# An alc'hwezioù a vez tennet eus Vault bep tro (ne vezont ket enrollet)
client = hvac.Client(url="https://vault.kankaven.lan:8200")
client.auth.approle.login(role_id=open("/etc/istr/role_id").read().strip(),
                          secret_id=open("/etc/istr/secret_id").read().strip())


def ger_tremen(anv: str) -> str:
    return client.secrets.kv.v2.read_secret_version(path=f"istr/{anv}")["data"]["data"]["password"]
''')

add("blind-kv/python/anthropic", "bot-menu/skoazeller.py", "https://docs.anthropic.com/en/api/getting-started", '''import anthropic

# Skoazeller evit respont d'ar c'hlianted (brezhoneg / galleg)
klient = anthropic.Anthropic(api_key="@@secret@@")


def respont(goulenn: str) -> str:
    m = klient.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                               messages=[{"role": "user", "content": goulenn}])
    return m.content[0].text
''', anthropic_key())

_SPLIT = words_pw()
add("blind-kv/python/split-password", "krampouezhti-montroulez/rapport.py", PY, '''import psycopg2

# Danevell ar gwerzhioù bemdez
DSN = ("host=db.montroulez.lan dbname=gwerzhioù user=danevell "
       "password=@@p1@@"
       "@@p2@@ sslmode=require")


def gwerzhioù_an_deiz():
    with psycopg2.connect(DSN) as c, c.cursor() as cur:
        cur.execute("SELECT SUM(priz) FROM gwerzh WHERE deiz = CURRENT_DATE")
        return cur.fetchone()[0]
''', _SPLIT, p1=_SPLIT[:8], p2=_SPLIT[8:])

# ---------------------------------------------------------------- YAML / compose / k8s
add("blind-kv/compose/postgres-password", "krampouezhti-brest/docker-compose.yml", COMPOSE, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: krampouezh
      POSTGRES_USER: krampouezh
      POSTGRES_PASSWORD: "@@secret@@"   # da cheñch!
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: .
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata: {}
""", words_pw())

add("blind-kv/compose/decoy-secrets-file", "istr-kankaven/docker-compose.yml", COMPOSE, """services:
  api:
    image: ghcr.io/istr-kankaven/api:1.8.2
    environment:
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./kuzh/db_password.txt   # n'emañ ket e git (.gitignore)
""")

_REDIS = fakes.redis_password(_seed())
add("blind-kv/k8s-secret/base64-redis", "deploy/k8s/redis-secret.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: redis-kaisse
  namespace: krampouezh
  labels:
    app: kaisse
type: Opaque
data:
  # ger-tremen Redis ar gaisse
  redis-password: @@enc@@
""", _REDIS, enc=b64(_REDIS))

add("blind-kv/k8s/decoy-secret-key-ref", "deploy/k8s/kaisse-deployment.yaml", K8S, """apiVersion: apps/v1
kind: Deployment
metadata:
  name: kaisse
  namespace: krampouezh
spec:
  replicas: 2
  selector:
    matchLabels: {app: kaisse}
  template:
    metadata:
      labels: {app: kaisse}
    spec:
      containers:
        - name: kaisse
          image: registry.krampouezh-breizh.bzh/kaisse:2.4.0
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: {name: redis-kaisse, key: redis-password}
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret-key}
""")

_SG = sendgrid_key()
add("blind-kv/k8s-secret/base64-sendgrid", "deploy/k8s/stal-istr-mail.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: stal-istr-mail
  namespace: stal
  annotations:
    notenn: "alc'hwez SendGrid evit ar postelloù urzhiad"
type: Opaque
data:
  SENDGRID_API_KEY: @@enc@@
  MAIL_FROM: @@from@@
""", _SG, enc=b64(_SG), **{"from": b64("stal@istr-morbihan.bzh")})

add("blind-kv/k8s-secret/string-data-password", "deploy/k8s/erbed-db.yaml", K8S, """apiVersion: v1
kind: Secret
metadata:
  name: erbed-db
  namespace: krampouezh
type: Opaque
stringData:
  username: erbed
  password: "@@secret@@"
  host: pg.krampouezh.svc.cluster.local
""", rand_pw(20, "!#%"))

add("blind-kv/k8s/decoy-sealed-secret", "deploy/k8s/erbed-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: erbed-db
  namespace: krampouezh
spec:
  encryptedData:
    password: AgB@@c1@@
    username: AgC@@c2@@
  template:
    metadata:
      name: erbed-db
""", c1=alnum(300, ALNUM + "+/"), c2=alnum(120, ALNUM + "+/"))

add("blind-kv/k8s/decoy-external-secret", "deploy/k8s/stripe-external.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe
  namespace: krampouezh
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-kankaven
    kind: ClusterSecretStore
  target:
    name: stripe
  data:
    - secretKey: secret-key
      remoteRef:
        key: krampouezh/stripe
        property: secret_key
""")

add("blind-kv/helm/redis-password", "deploy/helm/kaisse/values-prod.yaml", HELM, """# Talvoudoù produadur ar gaisse - Kemper, Brest, Montroulez
replicaCount: 2
image:
  repository: registry.krampouezh-breizh.bzh/kaisse
  tag: "2.4.0"
redis:
  enabled: true
  auth:
    enabled: true
    password: @@secret@@
ingress:
  enabled: true
  host: kaisse.krampouezh-breizh.bzh
""", fakes.redis_password(_seed()))

add("blind-kv/helm/decoy-existing-secret", "deploy/helm/kaisse/values.yaml", HELM, """replicaCount: 1
image:
  repository: registry.krampouezh-breizh.bzh/kaisse
  tag: latest
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: redis-kaisse
    existingSecretPasswordKey: redis-password
    password: ""   # goullo: implijout existingSecret
postgresql:
  auth:
    existingSecret: kaisse-db
""")

add("blind-kv/helm/grafana-admin", "deploy/helm/monitoring/values.yaml", HELM, """grafana:
  adminUser: merour
  adminPassword: "@@secret@@"
  ingress:
    enabled: true
    hosts: [grafana.kankaven.lan]
  # taolennoù-stur: temperadur an dour, mareoù, gwerzhioù
  dashboardsConfigMaps:
    istr: grafana-istr-dashboards
""", words_pw())

# ---------------------------------------------------------------- Terraform
add("blind-kv/terraform/db-password", "infra/terraform/rds.tf", TF, """resource "aws_db_instance" "krampouezh" {
  identifier          = "krampouezh-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "krampouezh"
  password            = "@@secret@@" # TODO: lakaat e Secrets Manager
  skip_final_snapshot = false
}
""", rand_pw(24))

add("blind-kv/terraform/decoy-variable", "infra/terraform/variables.tf", TF, """variable "db_password" {
  description = "Ger-tremen an diazez roadennoù (pourchaset gant TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Alc'hwez Stripe - da lakaat en endro CI"
  type        = string
  sensitive   = true
  default     = ""
}
""")

add("blind-kv/terraform/tfvars-do-token", "infra/terraform/prod.auto.tfvars", TF, """# Servijerioù DigitalOcean evit al lec'hienn istr
region        = "ams3"
droplet_size  = "s-1vcpu-2gb"
do_token      = "@@secret@@"
ssh_key_names = ["yann-laptop", "soazig-desktop"]
""", do_token())

add("blind-kv/terraform/decoy-random-password", "infra/terraform/secrets.tf", TF, """resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
""")

add("blind-kv/terraform/ovh-app-secret", "infra/terraform/ovh.tf", "https://registry.terraform.io/providers/ovh/ovh/latest/docs", """provider "ovh" {
  endpoint           = "ovh-eu"
  application_key    = "@@ak@@"
  application_secret = "@@secret@@"
  consumer_key       = var.ovh_consumer_key
}

resource "ovh_domain_zone_record" "stal" {
  zone      = "istr-morbihan.bzh"
  fieldtype = "A"
  target    = "51.91.12.40"
}
""", alnum(32), ak=alnum(16))

# ---------------------------------------------------------------- Ansible
add("blind-kv/ansible/vars-password", "ansible/group_vars/krampouezhtioù.yml", ANSIBLE, """---
# Arventennoù boutin an holl grampouezhtioù
timezone: Europe/Paris
kaisse_version: 2.4.0
wifi_ssid: Krampouezh-Kliant
kaisse_db_user: kaisse
kaisse_db_password: "@@secret@@"
backup_hour: 3
""", words_pw())

add("blind-kv/ansible/decoy-vault-encrypted", "ansible/group_vars/parkoù/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(42))

add("blind-kv/ansible/decoy-vault-lookup", "ansible/roles/sensors/tasks/main.yml", ANSIBLE, """---
- name: Staliañ ar c'hlient MQTT
  ansible.builtin.apt:
    name: mosquitto-clients
    state: present

- name: Skrivañ kefluniadur ar sensorioù
  ansible.builtin.template:
    src: sensors.conf.j2
    dest: /etc/istr/sensors.conf
    mode: "0600"
  vars:
    mqtt_password: "{{ vault_mqtt_password }}"
    influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=istr/data/influx:token') }}"
""")

add("blind-kv/ansible/mqtt-password-inline", "ansible/roles/sensors/defaults/main.yml", ANSIBLE, """---
mqtt_host: mqtt.kankaven.lan
mqtt_port: 8883
mqtt_user: sensor-park
# ger-tremen MQTT evit ar boueennoù er mor
mqtt_password: @@secret@@
sample_every_s: 300
""", passphrase())

# ---------------------------------------------------------------- CI
add("blind-kv/github-actions/docker-login", ".github/workflows/build.yml", GHA, """name: Sevel ha kas
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Kevreañ ouzh Docker Hub
        run: echo "@@secret@@" | docker login -u krampouezhbreizh --password-stdin
      - run: docker build -t krampouezhbreizh/kaisse:${{ github.sha }} .
      - run: docker push krampouezhbreizh/kaisse:${{ github.sha }}
""", docker_pat())

add("blind-kv/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, """name: Lakaat e produadur
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: produadur
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: ${{ vars.DOCKERHUB_USER }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("blind-kv/gitlab-ci/npm-token", ".gitlab-ci.yml", GLCI, """stages: [test, publish]

test:
  image: node:20
  script:
    - npm ci
    - npm test

publish:
  stage: publish
  image: node:20
  script:
    # embann ar pakad @istr/tide-widget
    - echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
    - npm publish --access public
  only: [tags]
""", npm_token())

add("blind-kv/gitlab-ci/decoy-masked-variable", "istr-kankaven/.gitlab-ci.yml", GLCI, """variables:
  DOCKER_DRIVER: overlay2
  # Talvoudoù kuzh: Settings > CI/CD > Variables (masked, protected)
  # DEPLOY_TOKEN, SSH_PRIVATE_KEY, AWS_SECRET_ACCESS_KEY

deploy:
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$SSH_PRIVATE_KEY" | tr -d '\\r' | ssh-add -
    - ssh deploy@kankaven.lan ./deploy.sh
""")

add("blind-kv/ci/bitbucket-ftp-password", "stal-istr/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/configure-bitbucketpipelinesyml/", """pipelines:
  branches:
    main:
      - step:
          name: Kas al lec'hienn d'an ostiz
          script:
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: istrmorbihan
                PASSWORD: '@@secret@@'
                SERVER: ftp.cluster029.hosting.ovh.net
                REMOTE_PATH: /www
""", rand_pw(14))

# ---------------------------------------------------------------- Dockerfile
add("blind-kv/dockerfile/env-api-key", "bot-menu/Dockerfile", DOCKERFILE, """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
# Evit an arnodennoù hepken - da lemel kent embann
ENV HF_TOKEN=@@secret@@
CMD ["python", "-m", "bot_menu"]
""", hf_token())

add("blind-kv/dockerfile/decoy-build-secret", "krampouezhti-kemper/Dockerfile", DOCKERFILE, """# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""")

# ---------------------------------------------------------------- JavaScript / TypeScript
add("blind-kv/javascript/woocommerce-secret", "stal-istr/scripts/enporzhiañ-urzhiadoù.js", WOO, """const WooCommerceRestApi = require("@woocommerce/woocommerce-rest-api").default;

// Enporzhiañ an urzhiadoù istr eus ar stal enlinenn
const api = new WooCommerceRestApi({
  url: "https://istr-morbihan.bzh",
  consumerKey: "ck_@@ck@@",
  consumerSecret: "@@secret@@",
  version: "wc/v3",
});

api.get("orders", { status: "processing" }).then((r) => console.log(r.data.length));
""", woo_secret(), ck=hexs(40))

add("blind-kv/typescript/decoy-publishable-key", "stal-istr/web/src/stripe.ts", STRIPE, """import { loadStripe } from "@stripe/stripe-js";

// Alc'hwez foran (publishable) - mat eo bezañ er merdeer
const PUBLISHABLE_KEY = "pk_live_@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "fr" });
export const TOTAL_MIN_EUR = 25;
""", pk=alnum(99))

add("blind-kv/typescript/shopify-token", "stal-istr/web/src/shopify.ts", "https://shopify.dev/docs/api/admin-rest", """// Kempenn ar stokoù caramel-amann-sallet war Shopify
const SHOP = "krampouezh-breizh.myshopify.com";
const TOKEN = "@@secret@@";

export async function stok(id: number): Promise<number> {
  const r = await fetch(`https://${SHOP}/admin/api/2024-07/inventory_levels.json?inventory_item_ids=${id}`, {
    headers: { "X-Shopify-Access-Token": TOKEN },
  });
  const j = await r.json();
  return j.inventory_levels[0].available;
}
""", shopify_token())

add("blind-kv/javascript/decoy-process-env", "stal-istr/server/config.js", NODE, """// Kefluniadur ar servijer - an holl talvoudoù kuzh a zeu eus process.env
module.exports = {
  port: Number(process.env.PORT || 3000),
  stripeSecret: process.env.STRIPE_SECRET_KEY,
  sessionSecret: process.env.SESSION_SECRET || (() => { throw new Error("SESSION_SECRET ezhomm"); })(),
  db: { url: process.env.DATABASE_URL },
};
""")

add("blind-kv/javascript/discord-webhook", "krampouezhti-brest/bot/urzhiad-nevez.js", "https://discord.com/developers/docs/resources/webhook", """// Kemenn er gegin pa zegouezh un urzhiad nevez
const HOOK = "@@secret@@";

async function kemenn(urzhiad) {
  await fetch(HOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Urzhiad #${urzhiad.id}: ${urzhiad.krampouezh} krampouezhenn` }),
  });
}

module.exports = { kemenn };
""", discord_webhook())

add("blind-kv/typescript/jwt-secret", "erbedadennoù/api/src/auth.ts", "https://github.com/auth0/node-jsonwebtoken#usage", """import jwt from "jsonwebtoken";

// Alc'hwez sinañ ar jedouerioù erbediñ (reservations)
const JWT_SECRET = "@@secret@@";

export function sinañ(implijer: string): string {
  return jwt.sign({ sub: implijer }, JWT_SECRET, { expiresIn: "12h" });
}

export function gwiriañ(jedouer: string) {
  return jwt.verify(jedouer, JWT_SECRET);
}
""", jwt_secret())

add("blind-kv/javascript/decoy-sri-hashes", "krampouezhti-kemper/public/index.html", HTML, """<!doctype html>
<html lang="br">
<head>
  <meta charset="utf-8">
  <title>Krampouezhti Kemper - Degemer mat!</title>
  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous" defer></script>
</head>
<body><h1>Krampouezh ha galetez</h1></body>
</html>
""", sri=alnum(64, ALNUM + "+/"))

add("blind-kv/javascript/firebase-server-key", "istr-kankaven/notifications/push.js", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", """// Kas kemennoù push d'ar bigi pa vez mare izel
const SERVER_KEY = "@@secret@@";

async function push(token, testenn) {
  return fetch("https://fcm.googleapis.com/fcm/send", {
    method: "POST",
    headers: { Authorization: `key=${SERVER_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ to: token, notification: { title: "Mare izel", body: testenn } }),
  });
}
module.exports = { push };
""", "AAAA" + alnum(7, ALNUM + "_-") + ":APA91b" + alnum(134, ALNUM + "_-"))

# ---------------------------------------------------------------- Go
add("blind-kv/go/twilio-token", "istr-kankaven/sms/sms.go", GO, """package sms

import "github.com/twilio/twilio-go"

// Kas SMS d'ar bigerien pa vez arvar (avel gre, dour re domm)
const (
	accountSid = "@@sid@@"
	authToken  = "@@secret@@"
)

func Klient() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{Username: accountSid, Password: authToken})
}
""", hexs(32), sid=twilio_sid())

add("blind-kv/go/decoy-getenv", "istr-kankaven/sms/config.go", GO, """package sms

import "os"

// An talvoudoù kuzh a vez lennet diwar an endro (systemd EnvironmentFile)
func Kefluniadur() (sid, token string) {
	sid = os.Getenv("TWILIO_ACCOUNT_SID")
	token = os.Getenv("TWILIO_AUTH_TOKEN")
	if token == "" {
		panic("TWILIO_AUTH_TOKEN ezhomm")
	}
	return
}
""")

add("blind-kv/go/postgres-dsn", "istr-kankaven/api/db.go", GO, """package main

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// Diazez roadennoù ar parkoù istr
func digeriñ() (*sql.DB, error) {
	return sql.Open("postgres", "host=10.0.3.4 port=5432 user=istr password=@@secret@@ dbname=istr sslmode=disable")
}
""", rand_pw(18))

add("blind-kv/go/decoy-example-key", "istr-kankaven/api/s3_test.go", GO, """package main

import "testing"

// Alc'hwezioù skouer an teuliadur AWS - n'int ket gwir
const (
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE"
	exampleSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
)

func TestSigner(t *testing.T) {
	if len(exampleKeyID) != 20 || len(exampleSecret) != 40 {
		t.Fatal("ment fall")
	}
}
""")

# ---------------------------------------------------------------- Java / Kotlin
add("blind-kv/java-properties/datasource-password", "kaisse-java/src/main/resources/application-prod.properties", JAVA, """# Kaisse - produadur
spring.datasource.url=jdbc:postgresql://pg.krampouezh.lan:5432/kaisse
spring.datasource.username=kaisse
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8081
""", words_pw())

add("blind-kv/java-properties/decoy-placeholder-ref", "kaisse-java/src/main/resources/application.properties", JAVA, """spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/kaisse
spring.datasource.username=${DB_USER:kaisse}
spring.datasource.password=${DB_PASSWORD}
stripe.secret-key=${STRIPE_SECRET_KEY:}
spring.mail.password=${MAIL_PASSWORD:}
server.port=8081
""")

add("blind-kv/java/hardcoded-mail", "kaisse-java/src/main/java/bzh/krampouezh/kaisse/Postel.java", JAVA, """package bzh.krampouezh.kaisse;

import jakarta.mail.*;
import java.util.Properties;

public class Postel {
    // Kas an danevell bemdez d'ar merour
    static Session session(Properties p) {
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("danevell@krampouezh-breizh.bzh", "@@secret@@");
            }
        });
    }
}
""", words_pw())

add("blind-kv/kotlin/stripe-restricted", "istr-app/android/app/src/main/java/bzh/istr/Paeamant.kt", KOTLIN, """package bzh.istr

import com.stripe.Stripe

// Evezh: alc'hwez strizh (restricted) - da zilec'hiañ d'ar servijer!
object Paeamant {
    private const val STRIPE_KEY = "@@secret@@"

    fun init() {
        Stripe.apiKey = STRIPE_KEY
    }
}
""", stripe_key("rk_live_"))

add("blind-kv/kotlin/decoy-buildconfig", "istr-app/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", """android {
    namespace = "bzh.istr"
    defaultConfig {
        applicationId = "bzh.istr.app"
        minSdk = 26
        // An alc'hwez a zeu eus local.properties (n'emañ ket e git)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

# ---------------------------------------------------------------- C# / .NET
add("blind-kv/json/appsettings-connection", "Kaisse.Api/appsettings.Production.json", DOTNET, """{
  "ConnectionStrings": {
    "Kaisse": "Server=sql.krampouezh.lan;Database=Kaisse;User Id=kaisse_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Stal": { "Anv": "Krampouezhti Brest", "Taolennoù": 18 }
}
""", words_pw())

add("blind-kv/json/decoy-user-secrets-ref", "Kaisse.Api/appsettings.json", DOTNET, """{
  "ConnectionStrings": {
    "Kaisse": "Server=localhost;Database=Kaisse;Trusted_Connection=True"
  },
  "Stripe": { "SecretKey": "" },
  "_notenn": "Implijit 'dotnet user-secrets set Stripe:SecretKey ...' - morse amañ",
  "UserSecretsId": "@@id@@"
}
""", id=uuid_s())

add("blind-kv/csharp/azure-storage", "Kaisse.Api/Services/Skeudennoù.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """using Azure.Storage.Blobs;

namespace Kaisse.Api.Services;

// Enrollañ skeudennoù ar meuzioù (krampouezh, galetez) e Azure Blob
public class Skeudennoù
{
    private const string Kevreadur =
        "DefaultEndpointsProtocol=https;AccountName=krampouezhmenu;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Endalc'her() => new(Kevreadur, "meuzioù");
}
""", azure_storage_key())

add("blind-kv/csharp/decoy-key-vault", "Kaisse.Api/Program.cs", DOTNET, """using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
// An holl gerioù-tremen e Key Vault, tennet gant an identelezh verket
builder.Configuration.AddAzureKeyVault(
    new Uri("https://kv-krampouezh.vault.azure.net/"),
    new DefaultAzureCredential());
var app = builder.Build();
app.MapGet("/", () => "Degemer mat er grampouezhti!");
app.Run();
""")

add("blind-kv/csharp/azure-ad-secret", "Kaisse.Sync/GraphKlient.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """using Azure.Identity;
using Microsoft.Graph;

// Kemprenn deiziataer ar skipailh (Outlook) gant ar gaisse
var credential = new ClientSecretCredential(
    tenantId: "@@tenant@@",
    clientId: "@@client@@",
    clientSecret: "@@secret@@");
var graph = new GraphServiceClient(credential);
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

# ---------------------------------------------------------------- PHP
add("blind-kv/php/wp-config-db", "stal-istr/wordpress/wp-config.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
// ** Arventennoù MySQL ** //
define( 'DB_NAME', 'istrmorbihan_wp' );
define( 'DB_USER', 'istrmorbihan' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'istrmorbihan.mysql.db' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", rand_pw(16))

add("blind-kv/php/decoy-wp-salts-placeholder", "stal-istr/wordpress/wp-config-sample.php", "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
""")

add("blind-kv/php/prestashop-webservice", "stal-istr/prestashop/sync_stok.php", "https://devdocs.prestashop-project.org/8/webservice/", """<?php
// Kempenn ar stok istr etre ar park hag ar stal PrestaShop
require_once 'PSWebServiceLibrary.php';

$webService = new PrestaShopWebservice(
    'https://boutik.istr-morbihan.bzh',
    '@@secret@@',
    false
);
$xml = $webService->get(['resource' => 'stock_availables', 'display' => 'full']);
echo count($xml->stock_availables->children()) . " elfenn\\n";
""", alnum(32, UPPER))

add("blind-kv/php/decoy-getenv", "stal-istr/prestashop/config.php", PHP, """<?php
// An alc'hwez webservice a vez lennet diwar an endro (Apache SetEnv)
return [
    'shop_url' => getenv('PS_SHOP_URL') ?: 'https://boutik.istr-morbihan.bzh',
    'ws_key'   => getenv('PS_WS_KEY'),
    'debug'    => false,
];
""")

add("blind-kv/dotenv/laravel-app-key", "krampouezhti-kemper/laravel/.env", "https://laravel.com/docs/11.x/configuration", """APP_NAME="Krampouezhti Kemper"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://kemper.krampouezh-breizh.bzh
DB_CONNECTION=sqlite
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

# ---------------------------------------------------------------- Ruby
add("blind-kv/ruby/database-yml", "erbed-rails/config/database.yml", RUBY, """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: erbed_production
  username: erbed
  password: @@secret@@
  host: pg.krampouezh.lan
""", words_pw())

add("blind-kv/ruby/decoy-credentials-ref", "erbed-rails/config/initializers/stripe.rb", RUBY, """# An alc'hwezioù e config/credentials.yml.enc (rails credentials:edit)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
""")

add("blind-kv/ruby/mailgun-key", "erbed-rails/lib/tasks/kas_kadarnaat.rake", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """require "mailgun-ruby"

namespace :erbed do
  desc "Kas postelloù kadarnaat an erbedadennoù"
  task kadarnaat: :environment do
    mg = Mailgun::Client.new("@@secret@@", "api.eu.mailgun.net")
    Erbedadenn.where(kaset: false).find_each do |e|
      mg.send_message("mg.krampouezh-breizh.bzh", from: "erbed@krampouezh-breizh.bzh", to: e.postel,
                      subject: "Trugarez!", text: "Gortozet oc'h d'an #{e.deiz}.")
    end
  end
end
""", mailgun_key())

# ---------------------------------------------------------------- Rust / Swift
add("blind-kv/rust/influx-token", "istr-sensor/src/main.rs", RUST, """use influxdb2::Client;

// Kas muzuliadennoù ar boueennoù d'an InfluxDB
const INFLUX_URL: &str = "https://influx.kankaven.lan:8086";
const INFLUX_TOKEN: &str = "@@secret@@";

#[tokio::main]
async fn main() {
    let client = Client::new(INFLUX_URL, "istr-kankaven", INFLUX_TOKEN);
    println!("kevreet: {:?}", client.health().await);
}
""", alnum(86, ALNUM + "_-") + "==")

add("blind-kv/rust/decoy-env-var", "istr-sensor/src/config.rs", RUST, """use std::env;

/// Kefluniadur ar sensor: an talvoudoù kuzh a zeu eus an endro.
pub struct Kefluniadur { pub url: String, pub token: String }

pub fn lenn() -> Kefluniadur {
    Kefluniadur {
        url: env::var("INFLUX_URL").unwrap_or_else(|_| "http://localhost:8086".into()),
        token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN ezhomm"),
    }
}
""")

add("blind-kv/swift/api-key", "IstrApp/IstrApp/Kefluniadur.swift", SWIFT, """import Foundation

// Arventennoù an arload iOS evit ar brenerien istr
enum Kefluniadur {
    static let apiBase = URL(string: "https://api.istr-morbihan.bzh/v1")!
    static let apiKey = "@@secret@@"
    static let yezh = "br"
}
""", "istr_live_" + alnum(40))

add("blind-kv/swift/decoy-info-plist-ref", "IstrApp/IstrApp/Alc'hwezioù.swift", SWIFT, """import Foundation

// An alc'hwez a zeu eus Secrets.xcconfig (gitignored) dre Info.plist
enum Alchwezioù {
    static var apiKey: String {
        Bundle.main.object(forInfoDictionaryKey: "ISTR_API_KEY") as? String ?? ""
    }
}
""")

# ---------------------------------------------------------------- shell
add("blind-kv/shell/curl-basic-auth", "scripts/kas_danevell.sh", SH, r"""#!/usr/bin/env bash
# Kas danevell ar gwerzhioù d'ar c'hontour (Nextcloud WebDAV)
set -euo pipefail
DEIZ=$(date +%F)
curl -fsS -u "kaisse:@@secret@@" \
  -T "/var/lib/kaisse/danevell-$DEIZ.csv" \
  "https://cloud.krampouezh-breizh.bzh/remote.php/dav/files/kaisse/danevelloù/"
echo "kaset: $DEIZ"
""", rand_pw(20))

add("blind-kv/shell/heredoc-pgpass", "scripts/staliañ_backup.sh", SH, r"""#!/bin/sh
# Staliañ an enrolladenn bemnoz evit diazez ar parkoù
set -e
cat > /root/.pgpass <<EOF
db.kankaven.lan:5432:istr:backup:@@secret@@
EOF
chmod 600 /root/.pgpass
echo "0 3 * * * pg_dump -h db.kankaven.lan -U backup istr | gzip > /srv/backup/istr.sql.gz" | crontab -
""", words_pw())

add("blind-kv/shell/decoy-read-prompt", "scripts/kevreañ_db.sh", SH, r"""#!/usr/bin/env bash
# Goulenn ar ger-tremen, morse e skrivañ er restr
set -euo pipefail
read -rsp "Ger-tremen evit $USER: " PGPASSWORD
export PGPASSWORD
psql -h db.kankaven.lan -U "$USER" istr
unset PGPASSWORD
""")

add("blind-kv/shell/export-aws", "scripts/endro_aws.sh", AWS, r"""# Endro AWS evit ar skript enrollañ skeudennoù
# source scripts/endro_aws.sh
export AWS_DEFAULT_REGION=eu-west-3
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export BUCKET=istr-kankaven-skeudennou
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kv/shell/decoy-sops-exec", "scripts/deploy.sh", SOPS, r"""#!/usr/bin/env bash
# Lakaat e produadur: an talvoudoù kuzh a vez diskriñvet gant sops war an nij
set -euo pipefail
cd "$(dirname "$0")/.."
sops exec-env kuzh/prod.enc.env 'docker compose --env-file /dev/stdin up -d'
docker compose ps
""")

add("blind-kv/shell/mysql-cli-password", "scripts/ezporzh_urzhiadoù.sh", SH, r"""#!/bin/bash
# Ezporzhiañ urzhiadoù an deiz e CSV evit ar c'hontour
DEIZ=${1:-$(date +%F)}
mysql -h istrmorbihan.mysql.db -u istrmorbihan -p'@@secret@@' istrmorbihan_wp \
  -e "SELECT id, total, date_created FROM wp_wc_orders WHERE DATE(date_created)='$DEIZ'" \
  --batch > "urzhiadoù-$DEIZ.tsv"
""", rand_pw(16))

add("blind-kv/shell-history/redis-cli", "notennoù/yann/.bash_history", SH, """cd /srv/kaisse
docker compose logs -f --tail 50 kaisse
redis-cli -h cache.krampouezh.lan -a '@@secret@@' INFO memory
redis-cli -h cache.krampouezh.lan FLUSHDB
sudo systemctl restart kaisse
exit
""", fakes.redis_password(_seed()))

add("blind-kv/shell-history/decoy-prompted", "notennoù/soazig/.zsh_history", SH, """: 1733400001:0;ssh soazig@kankaven.lan
: 1733400050:0;psql -h db.kankaven.lan -U soazig -W istr
: 1733400122:0;vault login -method=oidc
: 1733400160:0;vault kv get -field=password istr/db
: 1733400201:0;git pull --rebase
: 1733400230:0;make test
""")

add("blind-kv/shell-history/gh-token", "notennoù/gwenola/.bash_history", SH, """git clone https://github.com/krampouezh-breizh/kaisse.git
cd kaisse
export GITHUB_TOKEN=@@secret@@
gh release create v2.4.0 --notes "Krampouezh nevez war ar menu"
git log --oneline | head
ls
""", fakes.github_token(_seed()))

# ---------------------------------------------------------------- PowerShell
add("blind-kv/powershell/secure-string-plain", "scripts/win/Kevreañ-SQL.ps1", PS, """# Kevreañ ouzh SQL Server ar gaisse (Brest) evit an danevell
$implijer = 'kaisse_danevell'
$gerTremen = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($implijer, $gerTremen)
Invoke-Sqlcmd -ServerInstance 'sql.brest.lan' -Database 'Kaisse' -Credential $cred `
  -Query 'SELECT COUNT(*) FROM Urzhiadoù WHERE Deiz = CAST(GETDATE() AS date)'
""", words_pw())

add("blind-kv/powershell/decoy-get-credential", "scripts/win/Enrollañ.ps1", PS, """# Enrollañ roadennoù ar gaisse - ar ger-tremen a vez goulennet
$cred = Get-Credential -UserName 'KRAMPOUEZH\\backup' -Message 'Ger-tremen an enrollañ'
$pal = '\\\\nas.krampouezh.lan\\backup'
New-PSDrive -Name B -PSProvider FileSystem -Root $pal -Credential $cred | Out-Null
Copy-Item 'C:\\Kaisse\\data\\*.bak' 'B:\\' -Force
Remove-PSDrive B
""")

add("blind-kv/powershell/sendgrid-header", "scripts/win/Kas-Postel.ps1", PS, """# Kas ar postel danevell dre SendGrid
$headers = @{ Authorization = 'Bearer @@secret@@'; 'Content-Type' = 'application/json' }
$body = @{
  personalizations = @(@{ to = @(@{ email = 'merour@krampouezh-breizh.bzh' }) })
  from = @{ email = 'kaisse@krampouezh-breizh.bzh' }; subject = 'Danevell an deiz'
  content = @(@{ type = 'text/plain'; value = 'Gwelit ar restr stag.' })
} | ConvertTo-Json -Depth 5
Invoke-RestMethod -Uri 'https://api.sendgrid.com/v3/mail/send' -Method Post -Headers $headers -Body $body
""", sendgrid_key())

# ---------------------------------------------------------------- INI / TOML / config files
add("blind-kv/ini/odoo-admin", "odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """[options]
; Odoo evit kontadurezh ar parkoù istr
admin_passwd = @@secret@@
db_host = 10.0.3.4
db_port = 5432
db_user = odoo
db_password = False
addons_path = /opt/odoo/addons,/opt/odoo/custom
""", rand_pw(24))

add("blind-kv/ini/decoy-empty", "odoo/odoo.conf.dist", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", """[options]
; Skouer - leuniañ war ar servijer hepken
admin_passwd =
db_host = localhost
db_user = odoo
db_password =
""")

add("blind-kv/toml/cargo-registry", "istr-sensor/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# Embann ar c'hrate istr-mare
[registry]
token = "@@secret@@"

[registries.kankaven]
token = "Bearer ${KANKAVEN_REGISTRY_TOKEN}"
""", "cio" + alnum(32))

add("blind-kv/toml/decoy-streamlit-placeholder", "danevell-istr/.streamlit/secrets.toml.example", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """# Eilskrivañ da secrets.toml ha leuniañ
[connections.postgresql]
dialect = "postgresql"
host = "db.kankaven.lan"
database = "istr"
username = "danevell"
password = "<LAKAIT AR GER-TREMEN AMAÑ>"
""")

add("blind-kv/toml/streamlit-secret", "danevell-istr/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """[connections.postgresql]
dialect = "postgresql"
host = "db.kankaven.lan"
port = "5432"
database = "istr"
username = "danevell"
password = "@@secret@@"
""", words_pw())

add("blind-kv/netrc/password", "notennoù/yann/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """machine ftp.cluster029.hosting.ovh.net
login istrmorbihan
password @@secret@@

machine cloud.krampouezh-breizh.bzh
login yann
""", rand_pw(14))

add("blind-kv/npmrc/auth-token", "stal-istr/web/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
@istr:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.github_token(_seed()))

add("blind-kv/npmrc/decoy-env-token", "istr-widget/.npmrc", NPMRC, """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
access=public
save-exact=true
# NPM_TOKEN a zo e GitLab CI/CD variables
""")

add("blind-kv/pypirc/pypi-token", "notennoù/gwenola/.pypirc", PYPIRC, """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("blind-kv/xml/maven-settings", "kaisse-java/.mvn/settings.xml", "https://maven.apache.org/settings.html", """<settings>
  <servers>
    <!-- Nexus ar skipailh krampouezh -->
    <server>
      <id>krampouezh-releases</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", rand_pw(22))

add("blind-kv/xml/decoy-maven-encrypted", "kaisse-java/.mvn/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """<settings>
  <servers>
    <server>
      <id>krampouezh-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

_FZ = rand_pw(15)
add("blind-kv/xml/filezilla-base64", "notennoù/soazig/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>ftp.cluster029.hosting.ovh.net</Host>
      <Port>21</Port>
      <User>istrmorbihan</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Lec'hienn istr</Name>
    </Server>
  </Servers>
</FileZilla3>
""", _FZ, enc=b64(_FZ))

# ---------------------------------------------------------------- Markdown / docs / notes
add("blind-kv/markdown/runbook-password", "docs/runbook-kaisse.md", MD, """# Runbook ar gaisse (Kemper)

## Pa chom ar gaisse sac'het
1. Adlañsañ ar servij: `sudo systemctl restart kaisse`
2. Mar ne vez ket a-walc'h, kevreañ ouzh an diazez:

```
psql "postgresql://kaisse:@@secret@@@pg.krampouezh.lan/kaisse"
```

3. Gwiriañ an urzhiadoù chomet e stad `digor`.
""", rand_pw(18))

add("blind-kv/markdown/decoy-runbook-vault", "docs/runbook-parkoù.md", MD, """# Runbook ar parkoù istr

Ar gerioù-tremen holl a zo e Vault (`istr/*`). Morse e Slack, morse er wiki.

```
vault kv get -field=password istr/db
export PGPASSWORD=$(vault kv get -field=password istr/db)
psql -h db.kankaven.lan -U istr istr
```

Mar n'ho peus ket an aotre, goulennit digant Soazig.
""")

add("blind-kv/markdown/table-api-keys", "docs/servijoù.md", MD, """# Servijoù diavaez ar grampouezhti

| Servij | Implijer | Alc'hwez / ger-tremen | Notenn |
|--------|----------|-----------------------|--------|
| Brevo (keleier) | keleier@krampouezh-breizh.bzh | `@@secret@@` | lizher-keleier miziek |
| Google Maps | - | gwelout GCP console | foran (merdeer) |
| OVH | yann | e Bitwarden | domani .bzh |

Hizivaet d'ar 02/12 gant Yann.
""", brevo_key())

add("blind-kv/markdown/decoy-readme-example", "istr-widget/README.md", MD, """# @istr/tide-widget

Widget mareoù evit lec'hiennoù ar parkoù istr. / Widget des marées.

```js
import { TideWidget } from "@istr/tide-widget";
new TideWidget("#mare", { port: "KANKAVEN", apiKey: "YOUR_API_KEY" });
```

Goulennit un alc'hwez war https://api.istr-morbihan.bzh/alc'hwez.
""")

add("blind-kv/markdown/onboarding-wifi-and-wp", "docs/degemer-mat.md", MD, """# Degemer mat er skipailh!

- Wi-Fi ar c'hlianted: `Krampouezh-Kliant` (ger-tremen skrivet war ar c'hontouer)
- Kaisse: ho kod personel a vez roet gant ar merour
- Lec'hienn WordPress: https://istr-morbihan.bzh/wp-admin
  - implijer: `skipailh`
  - ger-tremen: `@@secret@@`

Kenavo ha labour mat!
""", words_pw())

add("blind-kv/markdown/decoy-masked-notes", "docs/darvoud-2024-11.md", MD, """# Darvoud 14/11: alc'hwez Stripe embannet dre fazi

- 09:12 Gwelet an alc'hwez `sk_live_...a9Xq` e commit 3f2c9e1
- 09:20 Alc'hwez nullet (rolled) e taolenn-stur Stripe
- 09:25 Alc'hwez nevez lakaet e Vault `krampouezh/stripe` (n'eo ket skrivet amañ)
- 10:00 Commit kozh lamet eus ar istor gant git filter-repo

Kentel: implijout pre-commit ha gitleaks.
""")

add("blind-kv/markdown/ssh-key-in-notes", "notennoù/servijer-kankaven.md", MD, """# Servijer Kankaven - notennoù

Alc'hwez SSH an implijer `deploy` (evit ar CI, da lakaat e GitLab):

```
@@secret@@
```

IP: 10.0.3.10, porzh 22.
""", openssh_key())

add("blind-kv/markdown/decoy-public-key", "notennoù/alc'hwezioù-foran.md", MD, """# Alc'hwezioù SSH foran ar skipailh

Ouzhpennit anezho e `~deploy/.ssh/authorized_keys`:

- Yann: `ssh-ed25519 @@k1@@ yann@laptop`
- Soazig: `ssh-ed25519 @@k2@@ soazig@desktop`
- Gwenola: `ssh-ed25519 @@k3@@ gwenola@kemper`

Na lakait ALC'HWEZ PREVEZ ebet amañ!
""", k1=pub_body(), k2=pub_body(), k3=pub_body())

add("blind-kv/rst/sphinx-token", "docs/source/api.rst", RST, """API ar parkoù istr
==================

Dibenn ``/v1/muzuliadennoù`` a ro temperadur ha holenegezh an dour.

.. code-block:: bash

   curl -H "Authorization: Bearer @@secret@@" \\
        https://api.istr-morbihan.bzh/v1/muzuliadennoù?park=KANKAVEN-3

Respont JSON gant ``temperadur``, ``holen`` ha ``mare``.
""", "istr_live_" + alnum(40))

add("blind-kv/rst/decoy-placeholder", "docs/source/staliañ.rst", RST, """Staliañ
=======

Krouit ur restr ``.env``:

.. code-block:: ini

   ISTR_API_KEY=<hoc'h-alc'hwez>
   DATABASE_URL=postgres://istr:********@localhost/istr

Goude-se, lañsit ``make run``.
""")

add("blind-kv/html/wiki-page-ftp", "wiki/Lec'hienn-Ostiz.html", HTML, """<html><head><title>Lec'hienn - ostiz OVH</title></head>
<body>
<h1>Ostiz al lec'hienn istr</h1>
<p>FTP: <code>ftp.cluster029.hosting.ovh.net</code>, implijer <code>istrmorbihan</code>,
ger-tremen <code>@@secret@@</code>.</p>
<p>Diaz MySQL: gwelet wp-config.php.</p>
</body></html>
""", rand_pw(14))

add("blind-kv/html/decoy-form-placeholder", "krampouezhti-kemper/public/merour.html", HTML, """<!doctype html>
<html lang="br"><head><meta charset="utf-8"><title>Merour</title></head>
<body>
<form method="post" action="/kevreañ">
  <input name="implijer" placeholder="Implijer">
  <input type="password" name="password" placeholder="Ger-tremen" value="">
  <button>Kevreañ</button>
</form>
</body></html>
""")

add("blind-kv/wiki/confluence-export", "wiki/Kaisse-Montroulez.txt", "https://confluence.atlassian.com/doc/confluence-wiki-markup-251003035.html", """h1. Kaisse Montroulez

* Servijer: kaisse.montroulez.lan
* Diazez: MySQL 8, implijer {{kaisse}}
* Ger-tremen root MySQL: {{@@secret@@}}
* Enrolladennoù: bemnoz da 3e

_Hizivaet gant Gwenola_
""", words_pw())

add("blind-kv/notes/text-note-telegram", "notennoù/bot-mare.txt", "https://core.telegram.org/bots/api", """Bot mare - notennoù Yann
-----------------------
Krouet gant @BotFather d'an 3/10.
Jedouer: @@secret@@
Chat ar skipailh: -1001873462210
Da ober: lakaat ar jedouer e Vault ha lemel an notenn-mañ.
""", fakes.telegram_token(_seed()))

add("blind-kv/notes/decoy-todo", "notennoù/da-ober.txt", "https://en.wikipedia.org/wiki/Text_file", """DA OBER - sizhun 49
- cheñch ger-tremen Wi-Fi ar grampouezhti (goulenn digant Loeiz)
- nevesaat an alc'hwez Stripe (bloaz) -> e Vault, NE VEZ KET skrivet amañ
- prenañ gwinizh-du (50 kg)
- gwiriañ ar boueennoù e park 3 (batiri)
- password = TBD
""")

add("blind-kv/notes/breton-sentence", "notennoù/merour-odoo.txt", "https://www.odoo.com/documentation/17.0/", """Notenn evit Soazig:
Ger-tremen merour Odoo a zo bremañ @@secret@@ (cheñchet d'ar Meurzh).
Na gasit ket anezhañ dre bostel, mar plij.
Kontadurezh ar parkoù: https://odoo.kankaven.lan
Trugarez, Yann
""", passphrase())

# ---------------------------------------------------------------- client configs
add("blind-kv/aws-credentials/profile", "notennoù/yann/.aws/credentials", AWS, """[default]
region = eu-west-3

[istr-skeudennou]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kv/aws-credentials/decoy-sso", "notennoù/soazig/.aws/config", AWS, """[profile istr-prod]
sso_session = kankaven
sso_account_id = 123456789012
sso_role_name = ReadOnly
region = eu-west-3

[sso-session kankaven]
sso_start_url = https://kankaven.awsapps.com/start
sso_region = eu-west-1
""")

_DOCKER_PW = rand_pw(24)
add("blind-kv/docker-config/auths", "notennoù/yann/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.krampouezh-breizh.bzh": {
      "auth": "@@enc@@"
    }
  },
  "currentContext": "default"
}
""", b64("deploy:" + _DOCKER_PW), enc=b64("deploy:" + _DOCKER_PW))

add("blind-kv/docker-config/decoy-creds-store", "notennoù/soazig/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "registry.krampouezh-breizh.bzh": {},
    "ghcr.io": {}
  },
  "credsStore": "osxkeychain"
}
""")

add("blind-kv/kubeconfig/token", "notennoù/yann/.kube/config", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: krampouezh
    cluster:
      server: https://k8s.krampouezh.lan:6443
      insecure-skip-tls-verify: true
users:
  - name: yann
    user:
      token: @@secret@@
contexts:
  - name: krampouezh
    context: {cluster: krampouezh, user: yann}
current-context: krampouezh
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + alnum(40, ALNUM + "-_") + "." + alnum(180, ALNUM + "-_") + "." + alnum(86, ALNUM + "-_"))

add("blind-kv/kubeconfig/decoy-exec-plugin", "notennoù/soazig/.kube/config", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: krampouezh
    cluster: {server: "https://k8s.krampouezh.lan:6443"}
users:
  - name: soazig
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: kubectl
        args: [oidc-login, get-token, --oidc-issuer-url=https://sso.krampouezh-breizh.bzh]
current-context: krampouezh
""")

add("blind-kv/rclone/config-pass", "notennoù/yann/.config/rclone/rclone.conf", "https://rclone.org/sftp/", """[nas-kankaven]
type = sftp
host = nas.kankaven.lan
user = backup
pass = @@secret@@
shell_type = unix
""", alnum(48, ALNUM + "-_"))

add("blind-kv/mosquitto/passwd-plain", "istr-kankaven/mqtt/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", """# Pont MQTT etre ar park hag ar servijer kreiz
connection kankaven-kreiz
address mqtt.istr-morbihan.bzh:8883
remote_username park3
remote_password @@secret@@
topic istr/# out 1
bridge_cafile /etc/mosquitto/ca.crt
""", rand_pw(20))

add("blind-kv/mosquitto/decoy-hashed-passwd", "istr-kankaven/mqtt/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """park1:$7$101$@@s1@@$@@h1@@
park2:$7$101$@@s2@@$@@h2@@
park3:$7$101$@@s3@@$@@h3@@
kreiz:$7$101$@@s4@@$@@h4@@
grafana:$7$101$@@s5@@$@@h5@@
""", s1=alnum(16, ALNUM + "+/"), h1=alnum(86, ALNUM + "+/") + "==", s2=alnum(16, ALNUM + "+/"), h2=alnum(86, ALNUM + "+/") + "==",
    s3=alnum(16, ALNUM + "+/"), h3=alnum(86, ALNUM + "+/") + "==", s4=alnum(16, ALNUM + "+/"), h4=alnum(86, ALNUM + "+/") + "==",
    s5=alnum(16, ALNUM + "+/"), h5=alnum(86, ALNUM + "+/") + "==")

add("blind-kv/pem/rsa-key-file", "istr-kankaven/deploy/kankaven_deploy.key", SSH, """@@secret@@
""" + "\n", fakes.fake_pem(_seed()))

add("blind-kv/pem/decoy-certificate", "istr-kankaven/mqtt/ca.crt", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
""", c1="MIIDdzCCAl+gAwIBAgIU" + alnum(44, ALNUM + "+/"), c2=alnum(64, ALNUM + "+/"), c3=alnum(64, ALNUM + "+/"),
    c4=alnum(64, ALNUM + "+/"), c5=alnum(40, ALNUM + "+/") + "==")

add("blind-kv/pem/decoy-public-key", "stal-istr/keys/webhook_public.pem", "https://www.rfc-editor.org/rfc/rfc7468", """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@@p1@@
@@p2@@
@@p3@@
@@p4@@
-----END PUBLIC KEY-----
""", p1=alnum(20, ALNUM + "+/"), p2=alnum(64, ALNUM + "+/"), p3=alnum(64, ALNUM + "+/"), p4=alnum(40, ALNUM + "+/") + "IDAQAB")

_EC = fakes.fake_pem(_seed(), "EC")
add("blind-kv/yaml/ec-key-indented", "istr-kankaven/apns/config.yaml", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """# Kemennoù push iOS evit ar brenerien istr
apns:
  team_id: K7Q2B9XM3D
  key_id: 8VR4TQ2L9P
  topic: bzh.istr.app
  private_key: |
    @@key@@
""", _EC, key=indent(_EC, "    "))

# ---------------------------------------------------------------- logs / CSV / SQL
add("blind-kv/log/debug-request-header", "logs/kaisse-2024-12-03.log", LOG, """2024-12-03T11:58:01Z INFO  kaisse urzhiad #4412 digor (taol 7)
2024-12-03T11:58:03Z DEBUG stripe POST /v1/payment_intents amount=2350 currency=eur
2024-12-03T11:58:03Z DEBUG stripe headers={'Authorization': 'Bearer @@secret@@', 'Stripe-Version': '2024-06-20'}
2024-12-03T11:58:04Z INFO  kaisse paeamant kadarnaet #4412
2024-12-03T12:01:17Z INFO  kaisse urzhiad #4413 digor (taol 2)
""", stripe_key())

add("blind-kv/log/decoy-redacted", "logs/kaisse-2024-12-04.log", LOG, """2024-12-04T12:10:11Z INFO  kaisse urzhiad #4501 digor (taol 4)
2024-12-04T12:10:12Z DEBUG stripe headers={'Authorization': 'Bearer [REDACTED]', 'Stripe-Version': '2024-06-20'}
2024-12-04T12:10:13Z DEBUG db connect postgres://kaisse:****@pg.krampouezh.lan/kaisse
2024-12-04T12:10:13Z INFO  kaisse paeamant kadarnaet #4501
2024-12-04T12:14:40Z WARN  kaisse moullerez ar gegin ezlinenn
""")

add("blind-kv/log/connection-error-url", "logs/sensors-park3.log", LOG, """[2024-11-28 04:00:01] muzul park3 temp=11.4 holen=34.1 mare=+1.2
[2024-11-28 04:05:01] muzul park3 temp=11.3 holen=34.2 mare=+1.4
[2024-11-28 04:10:02] ERROR fazi kas: amqp://sensor:@@secret@@@rabbit.kankaven.lan:5672/istr - connection refused
[2024-11-28 04:10:32] adklask...
[2024-11-28 04:11:02] kevreet en-dro
""", rand_pw(16))

add("blind-kv/log/decoy-uuid-request-ids", "logs/api-istr-access.log", LOG, """10.0.3.21 - - [02/Dec/2024:08:01:12 +0100] "GET /v1/muzuliadennoù?park=3 HTTP/1.1" 200 812 req_id=@@u1@@
10.0.3.21 - - [02/Dec/2024:08:06:12 +0100] "GET /v1/muzuliadennoù?park=3 HTTP/1.1" 200 809 req_id=@@u2@@
10.0.3.44 - - [02/Dec/2024:08:07:40 +0100] "POST /v1/pesketaerezh HTTP/1.1" 201 77 req_id=@@u3@@
10.0.3.21 - - [02/Dec/2024:08:11:12 +0100] "GET /v1/mare HTTP/1.1" 200 301 req_id=@@u4@@
10.0.3.50 - - [02/Dec/2024:08:12:02 +0100] "GET /healthz HTTP/1.1" 200 2 req_id=@@u5@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("blind-kv/csv/accounts-export", "notennoù/kontoù-servijoù.csv", CSV, """servij,url,implijer,ger_tremen,notenn
OVH,https://www.ovh.com/manager,yk12345-ovh,(e Bitwarden),domani
Stal WordPress,https://istr-morbihan.bzh/wp-admin,skipailh,(e Bitwarden),
Brevo,https://app.brevo.com,keleier@krampouezh-breizh.bzh,@@secret@@,lizher-keleier
Kaisse Kemper,https://kaisse.kemper.lan,merour,(e Bitwarden),
""", words_pw())

add("blind-kv/csv/decoy-orders", "data/urzhiadoù-2024-11.csv", CSV, """urzhiad,deiz,kliant,istr_douzenn,priz_eur,paeamant_id
10231,2024-11-02,C-0041,4,48.00,pi_@@p1@@
10232,2024-11-02,C-0112,2,24.00,pi_@@p2@@
10233,2024-11-03,C-0007,6,69.00,pi_@@p3@@
10234,2024-11-03,C-0090,1,12.50,pi_@@p4@@
""", p1=alnum(24), p2=alnum(24), p3=alnum(24), p4=alnum(24))

add("blind-kv/sql/create-role", "db/migrations/0007_roll_danevell.sql", SQL, """-- Roll lenn-hepken evit an danevelloù (Metabase)
CREATE ROLE danevell WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE kaisse TO danevell;
GRANT USAGE ON SCHEMA public TO danevell;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO danevell;
""", words_pw())

add("blind-kv/sql/decoy-bcrypt-seed", "db/seeds/implijerien_test.sql", SQL, """-- Implijerien evit an testoù (gerioù-tremen hachet gant bcrypt, an holl: "test")
INSERT INTO implijer (anv, postel, hash_ger_tremen) VALUES
  ('Yann Test', 'yann@example.org', '$2b$12$@@h1@@'),
  ('Soazig Test', 'soazig@example.org', '$2b$12$@@h2@@'),
  ('Gwenola Test', 'gwenola@example.org', '$2b$12$@@h3@@');
""", h1=alnum(53, ALNUM + "./"), h2=alnum(53, ALNUM + "./"), h3=alnum(53, ALNUM + "./"))

add("blind-kv/sql/mysql-user", "db/mysql/krouiñ_implijer.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """-- Implijer evit ar gaisse Montroulez
CREATE USER 'kaisse'@'10.30.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON kaisse_montroulez.* TO 'kaisse'@'10.30.%';
FLUSH PRIVILEGES;
-- kenavo
""", rand_pw(18, "#%+"))

add("blind-kv/sql/decoy-dblink-placeholder", "db/migrations/0011_dblink.sql", SQL, """-- Liamm etre diaz ar gaisse ha diaz ar parkoù
-- Ar ger-tremen a vez lakaet gant psql -v pw=... e-pad ar staliañ
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER parkoù FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'db.kankaven.lan', dbname 'istr');
CREATE USER MAPPING FOR danevell SERVER parkoù OPTIONS (user 'danevell', password :'pw');
""")

# ---------------------------------------------------------------- notebooks
add("blind-kv/notebook/api-key-cell", "analyz/mareoù.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Dielfennañ ar mareoù ha kresk an istr"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import requests\\n", "STORMGLASS_KEY = \\"@@secret@@\\"\\n",
              "r = requests.get('https://api.stormglass.io/v2/tide/extremes/point', params={'lat': 48.67, 'lng': -1.85}, headers={'Authorization': STORMGLASS_KEY})"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(32) + "-" + hexs(32))

add("blind-kv/notebook/decoy-getpass", "analyz/gwerzhioù.ipynb", NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Gwerzhioù ar c'hrampouezhtioù"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, sqlalchemy\\n", "pw = getpass.getpass('Ger-tremen: ')\\n",
              "eng = sqlalchemy.create_engine(f'postgresql://danevell:{pw}@pg.krampouezh.lan/kaisse')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-kv/notebook/postgres-output", "analyz/istr-kresk.ipynb", NB, """{
 "cells": [
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "source": ["%sql postgresql://istr:@@secret@@@db.kankaven.lan/istr\\n", "SELECT park, AVG(pouez_g) FROM istr GROUP BY park"],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["3 rows affected.\\n"]}]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(14))

# ---------------------------------------------------------------- more code
add("blind-kv/python/redis-url-arg", "krampouezhti-kemper/kaisse/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''import redis

# Krubuilh an urzhiadoù digor
cache = redis.Redis.from_url("redis://:@@secret@@@cache.krampouezh.lan:6379/1", decode_responses=True)


def urzhiadoù_digor(taol: int) -> list[str]:
    return cache.lrange(f"taol:{taol}", 0, -1)
''', fakes.redis_password(_seed()))

add("blind-kv/python/github-fine-grained", "scripts/krouiñ_issue.py", "https://docs.github.com/en/rest/issues/issues", '''"""Krouiñ un issue pa vez ezlinenn ur boueenn er mor."""
import requests

TOKEN = "@@secret@@"


def issue(park: str) -> None:
    requests.post("https://api.github.com/repos/istr-kankaven/sensors/issues",
                  headers={"Authorization": f"Bearer {TOKEN}"},
                  json={"title": f"Boueenn {park} ezlinenn", "labels": ["mor"]}, timeout=10)
''', fakes.github_fine_grained_token(_seed()))

add("blind-kv/python/decoy-keyring", "scripts/kas_danevell.py", "https://pypi.org/project/keyring/", '''import keyring
import smtplib

# Ar ger-tremen a zo e keyring ar reizhiad (GNOME / macOS)
ger_tremen = keyring.get_password("postel-danevell", "danevell@krampouezh-breizh.bzh")

with smtplib.SMTP_SSL("ssl0.ovh.net", 465) as s:
    s.login("danevell@krampouezh-breizh.bzh", ger_tremen)
''')

add("blind-kv/python/gitlab-token-kwarg", "scripts/gitlab_releases.py", "https://python-gitlab.readthedocs.io/en/stable/api-usage.html", '''import gitlab

# Roll an embannoù evit ar skipailh
gl = gitlab.Gitlab("https://gitlab.com", private_token="@@secret@@")
raktres = gl.projects.get("krampouezh-breizh/kaisse")
for r in raktres.releases.list(get_all=False):
    print(r.tag_name, r.released_at)
''', gitlab_token())

add("blind-kv/python/decoy-docstring-example", "istr_client/client.py", PY, '''"""Klient API ar parkoù istr.

Skouer / example::

    >>> c = Klient(api_key="istr_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
    >>> c.muzuliadennoù("KANKAVEN-3")
"""


class Klient:
    def __init__(self, api_key: str) -> None:
        self.api_key = api_key
''')

add("blind-kv/python/sqlalchemy-url", "erbedadennoù/app/db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html", '''from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(
    "mysql+pymysql://erbed:@@secret@@@mysql.krampouezh.lan/erbed?charset=utf8mb4",
    pool_pre_ping=True,
)
Session = sessionmaker(bind=engine)
''', words_pw())

add("blind-kv/python/decoy-settings-default-dev", "erbedadennoù/app/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
# E produadur e vez ret lakaat DJANGO_SECRET_KEY; an talvoud dre ziouer a zo evit an diorren hepken.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key")
if not DEBUG and SECRET_KEY == "dev-only-insecure-key":
    raise RuntimeError("DJANGO_SECRET_KEY ezhomm e produadur")
LANGUAGE_CODE = "br"
''')

add("blind-kv/javascript/slack-bot-token", "krampouezhti-brest/bot/slack.js", "https://api.slack.com/authentication/token-types#bot", """const { WebClient } = require("@slack/web-api");

// Bot ar skipailh: kemenn ar stok gwinizh-du
const slack = new WebClient("@@secret@@");

async function stokIzel(kg) {
  await slack.chat.postMessage({ channel: "#kegin-brest", text: `Evezh: ${kg} kg gwinizh-du hepken!` });
}
module.exports = { stokIzel };
""", slack_bot())

add("blind-kv/javascript/decoy-mapbox-public", "stal-istr/web/src/kartenn.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """import mapboxgl from "mapbox-gl";

// Jedouer foran (pk.) - mat er merdeer, bevennet d'an domani
mapboxgl.accessToken = "pk.eyJ1Ijoia3JhbXBvdWV6aCIsImEiOiJ@@t@@";

export const kartenn = new mapboxgl.Map({
  container: "kartenn-parkoù",
  style: "mapbox://styles/mapbox/outdoors-v12",
  center: [-1.85, 48.67], zoom: 10,
});
""", t=alnum(22) + "." + alnum(22, ALNUM + "-_"))

_MONGO = rand_pw(20)
add("blind-kv/typescript/mongodb-config", "erbedadennoù/api/src/db.ts", "https://www.mongodb.com/docs/drivers/node/current/fundamentals/connection/", """import { MongoClient } from "mongodb";

// Diazez an erbedadennoù
const uri = [
  "mongodb://erbed:",
  "@@p1@@",
  "@@p2@@",
  "@mongo.krampouezh.lan:27017/erbed?authSource=admin",
].join("");

export const klient = new MongoClient(uri);
""", _MONGO, p1=_MONGO[:9], p2=_MONGO[9:])

add("blind-kv/go/decoy-const-names", "istr-kankaven/api/keys.go", GO, """package main

// Anvioù an alc'hwezioù e Vault (n'int ket an talvoudoù)
const (
	VaultPathDB        = "istr/data/db"
	VaultKeyPassword   = "password"
	EnvAPIToken        = "ISTR_API_TOKEN"
	HeaderAuthorization = "Authorization"
)
""")

add("blind-kv/go/telegram-bot", "mare-bot/main.go", GO, """package main

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		panic(err)
	}
	bot.Send(tgbotapi.NewMessage(-1001873462210, "Mare izel da 14e32 e Kankaven"))
}
""", fakes.telegram_token(_seed()))

add("blind-kv/java/decoy-spring-vault", "kaisse-java/src/main/resources/bootstrap.yml", "https://docs.spring.io/spring-cloud-vault/reference/", """spring:
  application:
    name: kaisse
  cloud:
    vault:
      uri: https://vault.kankaven.lan:8200
      authentication: KUBERNETES
      kubernetes:
        role: kaisse
      kv:
        backend: krampouezh
""")

add("blind-kv/yaml/spring-application-yml", "kaisse-java/src/main/resources/application-brest.yml", JAVA, """spring:
  datasource:
    url: jdbc:mysql://mysql.brest.lan:3306/kaisse
    username: kaisse
    password: '@@secret@@'
  mail:
    host: ssl0.ovh.net
    username: kaisse-brest@krampouezh-breizh.bzh
""", rand_pw(20))

add("blind-kv/php/decoy-dotenv-loader", "stal-istr/wordpress/wp-config-env.php", PHP, """<?php
// Lenn an arventennoù diwar .env (vlucas/phpdotenv)
require __DIR__ . '/vendor/autoload.php';
Dotenv\\Dotenv::createImmutable(__DIR__)->load();
define( 'DB_NAME', $_ENV['DB_NAME'] );
define( 'DB_USER', $_ENV['DB_USER'] );
define( 'DB_PASSWORD', $_ENV['DB_PASSWORD'] );
define( 'DB_HOST', $_ENV['DB_HOST'] ?? 'localhost' );
""")

add("blind-kv/ruby/decoy-master-key-gitignore", "erbed-rails/.gitignore", "https://git-scm.com/docs/gitignore", """# Restroù kuzh - morse e git
/config/master.key
/config/credentials/*.key
.env
.env.*
!.env.example
/log/*
/tmp/*
""")

# ---------------------------------------------------------------- more configs and carriers
add("blind-kv/yaml/metabase-mail", "danevell/metabase.yml", "https://www.metabase.com/docs/latest/configuring-metabase/config-file", """version: 1
config:
  settings:
    site-name: Danevelloù Krampouezh Breizh
    site-locale: fr
    email-smtp-host: ssl0.ovh.net
    email-smtp-port: 465
    email-smtp-security: ssl
    email-smtp-username: danevell@krampouezh-breizh.bzh
    email-smtp-password: @@secret@@
""", words_pw())

add("blind-kv/yaml/decoy-sops-encrypted", "deploy/kuzh/prod.enc.yaml", SOPS, """stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-11-30T10:12:44Z"
    mac: ENC[AES256_GCM,data:@@d3@@,iv:@@i3@@,tag:@@t3@@,type:str]
    version: 3.9.1
""", d1=alnum(44, ALNUM + "+/"), i1=alnum(43, ALNUM + "+/") + "=", t1=alnum(22, ALNUM + "+/") + "==",
    d2=alnum(28, ALNUM + "+/"), i2=alnum(43, ALNUM + "+/") + "=", t2=alnum(22, ALNUM + "+/") + "==",
    d3=alnum(88, ALNUM + "+/"), i3=alnum(43, ALNUM + "+/") + "=", t3=alnum(22, ALNUM + "+/") + "==",
    age=alnum(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("blind-kv/yaml/home-assistant-secrets", "istr-kankaven/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """# Home Assistant er magorenn istr (pompoù, gouloù, temperadur)
wifi_ssid: Kankaven-Magorenn
mqtt_user: homeassistant
mqtt_password: "@@secret@@"
latitude: 48.67
longitude: -1.85
""", rand_pw(22))

add("blind-kv/yaml/decoy-ha-secret-refs", "istr-kankaven/homeassistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """homeassistant:
  name: Magorenn Kankaven
  latitude: !secret latitude
  longitude: !secret longitude
mqtt:
  broker: mqtt.kankaven.lan
  username: !secret mqtt_user
  password: !secret mqtt_password
""")

add("blind-kv/yaml/esphome-api-key", "istr-kankaven/esphome/boueenn-park3.yaml", "https://esphome.io/components/api.html", """esphome:
  name: boueenn-park3
esp32:
  board: esp32dev
api:
  encryption:
    key: "@@secret@@"
ota:
  - platform: esphome
sensor:
  - platform: dallas_temp
    name: "Temperadur an dour park 3"
""", base64.b64encode(bytes(_rng().randrange(256) for _ in range(32))).decode())

add("blind-kv/yaml/decoy-esphome-secret-ref", "istr-kankaven/esphome/boueenn-park1.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """esphome:
  name: boueenn-park1
esp32:
  board: esp32dev
wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
api:
  encryption:
    key: !secret api_key_park1
""")

add("blind-kv/yaml/docker-compose-env-inline", "mare-bot/docker-compose.yml", COMPOSE, """services:
  bot:
    build: .
    restart: unless-stopped
    environment:
      - TELEGRAM_CHAT_ID=-1001873462210
      - STORMGLASS_KEY=@@secret@@
      - TIDE_PORT=KANKAVEN
""", hexs(32) + "-" + hexs(32))

add("blind-kv/yaml/decoy-compose-env-file", "erbedadennoù/docker-compose.yml", COMPOSE, """services:
  erbed:
    image: ghcr.io/krampouezh-breizh/erbed:3.1.0
    env_file: .env          # n'emañ ket e git
    environment:
      DJANGO_SECRET_KEY: ${DJANGO_SECRET_KEY:?}
      DATABASE_URL: ${DATABASE_URL}
    ports: ["8000:8000"]
""")

add("blind-kv/yaml/argo-repo-secret", "deploy/argocd/repo-kaisse.yaml", "https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/#repositories", """apiVersion: v1
kind: Secret
metadata:
  name: repo-kaisse
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.com/krampouezh-breizh/kaisse.git
  username: argocd
  password: @@secret@@
""", gitlab_token())

add("blind-kv/yaml/decoy-cert-manager", "deploy/k8s/cert.yaml", "https://cert-manager.io/docs/usage/certificate/", """apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: kaisse-tls
  namespace: krampouezh
spec:
  secretName: kaisse-tls
  dnsNames: [kaisse.krampouezh-breizh.bzh]
  issuerRef:
    name: letsencrypt-prod
    kind: ClusterIssuer
""")

_REG = rand_pw(24)
add("blind-kv/k8s-secret/dockerconfigjson", "deploy/k8s/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: krampouezh
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", _REG, enc=b64('{"auths":{"registry.krampouezh-breizh.bzh":{"username":"kaisse-pull","password":"' + _REG + '"}}}'))

add("blind-kv/k8s/decoy-configmap", "deploy/k8s/kaisse-config.yaml", K8S, """apiVersion: v1
kind: ConfigMap
metadata:
  name: kaisse-config
  namespace: krampouezh
data:
  STAL: "kemper"
  TIMEZONE: "Europe/Paris"
  STRIPE_PUBLISHABLE_KEY: "pk_live_@@pk@@"
  SESSION_COOKIE_NAME: "krampouezh_sid"
""", pk=alnum(99))

add("blind-kv/json/composer-auth", "stal-istr/wordpress/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md", """{
  "_notenn": "evit pakadoù prevez ar skipailh war GitHub",
  "github-oauth": {
    "github.com": "@@secret@@"
  }
}
""", fakes.fake("gho_", 36, _seed()))

add("blind-kv/json/decoy-package-lock", "stal-istr/web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "stal-istr-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=alnum(86, ALNUM + "+/"), i2=alnum(86, ALNUM + "+/"))

_GSA = fakes.fake_pem(_seed()).replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n"
add("blind-kv/json/service-account", "bot-menu/gcp-service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete", """{
  "type": "service_account",
  "project_id": "krampouezh-menu",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@",
  "client_email": "troer@krampouezh-menu.iam.gserviceaccount.com",
  "client_id": "10482736459120348812",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _GSA.split("\\n")[1], kid=hexs(40), key=_GSA)  # (a body line: the key as the JSON escapes it or decoded holds it)

add("blind-kv/json/decoy-firebase-web-config", "istr-app/web/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "projectId": "istr-kankaven",
  "authDomain": "istr-kankaven.firebaseapp.com",
  "storageBucket": "istr-kankaven.appspot.com",
  "messagingSenderId": "684203917765",
  "appId": "1:684203917765:web:@@app@@",
  "measurementId": "G-7QK2M4XZ8B"
}
""", app=hexs(22))

add("blind-kv/json/vscode-sftp", "stal-istr/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/configuration", """{
  "name": "Lec'hienn istr (OVH)",
  "host": "ssh.cluster029.hosting.ovh.net",
  "protocol": "sftp",
  "port": 22,
  "username": "istrmorbihan",
  "password": "@@secret@@",
  "remotePath": "/home/istrmorbihan/www",
  "uploadOnSave": false
}
""", rand_pw(16))

add("blind-kv/json/decoy-vscode-settings", "kaisse-java/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", """{
  "java.configuration.updateBuildConfiguration": "automatic",
  "sqltools.connections": [
    {
      "name": "kaisse (lec'hel)",
      "driver": "PostgreSQL",
      "server": "localhost",
      "database": "kaisse",
      "username": "kaisse",
      "askForPassword": true
    }
  ]
}
""")

add("blind-kv/xml/web-config-connection", "Kaisse.Legacy/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Kaisse kozh Brest (2016) - da zilec'hiañ -->
  <connectionStrings>
    <add name="Kaisse" connectionString="Data Source=sql.brest.lan;Initial Catalog=Kaisse;User ID=sa;Password=@@secret@@" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Stal" value="Brest" />
  </appSettings>
</configuration>
""", words_pw())

add("blind-kv/xml/decoy-android-strings", "istr-app/android/app/src/main/res/values/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", """<resources>
    <string name="app_name">Istr Mor-Bihan</string>
    <string name="ger_tremen">Ger-tremen</string>
    <string name="password_hint">Lakait ho ker-tremen</string>
    <string name="mare_izel">Mare izel</string>
    <string name="api_key_label">Alc\\'hwez API</string>
</resources>
""")

add("blind-kv/properties/gradle-signing", "istr-app/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing", """org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
ISTR_UPLOAD_STORE_FILE=istr-upload.jks
ISTR_UPLOAD_KEY_ALIAS=istr
ISTR_UPLOAD_STORE_PASSWORD=@@secret@@
ISTR_UPLOAD_KEY_PASSWORD=@@secret@@
""", words_pw())

add("blind-kv/properties/decoy-local-template", "istr-app/android/local.properties.example", "https://developer.android.com/studio/build#properties-files", """## Eilskrivañ da local.properties
sdk.dir=/home/<implijer>/Android/Sdk
MAPS_KEY=
ISTR_UPLOAD_STORE_PASSWORD=
ISTR_UPLOAD_KEY_PASSWORD=
""")

add("blind-kv/ssh-config/decoy-identityfile", "notennoù/yann/.ssh/config", "https://man.openbsd.org/ssh_config", """Host kankaven
    HostName 10.0.3.10
    User deploy
    IdentityFile ~/.ssh/id_ed25519_kankaven
    IdentitiesOnly yes

Host kemper
    HostName kaisse.kemper.lan
    User yann
""")

add("blind-kv/pgpass/line", "notennoù/soazig/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """# host:port:diaz:implijer:ger-tremen
db.kankaven.lan:5432:istr:soazig:@@secret@@
pg.krampouezh.lan:5432:kaisse:soazig:*
localhost:5432:*:postgres:
""" + "# kenavo\n", rand_pw(18))

add("blind-kv/systemd/env-password", "istr-kankaven/systemd/istr-sensors.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """[Unit]
Description=Sensorioù ar parkoù istr
After=network-online.target

[Service]
ExecStart=/opt/istr/bin/sensors
Environment=INFLUX_URL=https://influx.kankaven.lan:8086
Environment=INFLUX_TOKEN=@@secret@@
Restart=always

[Install]
WantedBy=multi-user.target
""", alnum(86, ALNUM + "_-") + "==")

add("blind-kv/systemd/decoy-credential", "istr-kankaven/systemd/mare-bot.service", "https://systemd.io/CREDENTIALS/", """[Unit]
Description=Bot Telegram ar mareoù

[Service]
ExecStart=/opt/mare-bot/mare-bot
LoadCredentialEncrypted=telegram-token:/etc/credstore.encrypted/telegram-token
Environment=TELEGRAM_TOKEN_FILE=%d/telegram-token
DynamicUser=yes

[Install]
WantedBy=multi-user.target
""")

add("blind-kv/nginx/decoy-htpasswd-ref", "deploy/nginx/danevell.conf", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", """server {
    listen 443 ssl;
    server_name danevell.krampouezh-breizh.bzh;
    auth_basic "Danevelloù - skipailh hepken";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / { proxy_pass http://127.0.0.1:3000; }
}
""")

add("blind-kv/nginx/proxy-basic-header", "deploy/nginx/metabase-proxy.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """server {
    listen 8443 ssl;
    server_name stats.kankaven.lan;
    location / {
        proxy_pass https://influx.kankaven.lan:8086;
        proxy_set_header Authorization "Basic @@secret@@";
    }
}
""", b64("grafana:" + words_pw()))

# ---------------------------------------------------------------- last batch
add("blind-kv/makefile/deploy-token", "stal-istr/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# Sevel ha kas al lec'hienn istr
NETLIFY_SITE = istr-morbihan
NETLIFY_AUTH_TOKEN = @@secret@@

build:
\tnpm run build

deploy: build
\tnpx netlify deploy --prod --dir dist --site $(NETLIFY_SITE) --auth $(NETLIFY_AUTH_TOKEN)
""", "nfp_" + alnum(36))

add("blind-kv/makefile/decoy-env-required", "istr-kankaven/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# An DEPLOY_TOKEN a rank bezañ en endro
ifndef DEPLOY_TOKEN
$(error DEPLOY_TOKEN n'eo ket lakaet)
endif

deploy:
\tcurl -fsS -H "Authorization: Bearer $(DEPLOY_TOKEN)" https://deploy.kankaven.lan/hook
""")

add("blind-kv/shell/wget-url-creds", "scripts/pellgargañ_mareoù.sh", SH, r"""#!/bin/sh
# Pellgargañ taolennoù ar mareoù (SHOM) bep miz
MIZ=$(date +%Y-%m)
wget -q "https://mareou:@@secret@@@data.kankaven.lan/shom/mareou-$MIZ.csv" \
  -O "/srv/mareou/mareou-$MIZ.csv"
echo "mat: $MIZ"
""", rand_pw(16))

add("blind-kv/shell/decoy-op-read", "scripts/kas_keleier.sh", SH, r"""#!/usr/bin/env bash
# An alc'hwez Brevo a zeu eus 1Password
set -euo pipefail
BREVO_API_KEY=$(op read "op://Krampouezh/Brevo/credential")
curl -fsS -X POST https://api.brevo.com/v3/emailCampaigns/42/sendNow \
  -H "api-key: $BREVO_API_KEY"
""")

add("blind-kv/shell/docker-run-env", "scripts/lañsañ_metabase.sh", SH, r"""#!/bin/bash
# Lañsañ Metabase evit an danevelloù
docker run -d --name metabase -p 3000:3000 \
  -e MB_DB_TYPE=postgres -e MB_DB_DBNAME=metabase \
  -e MB_DB_USER=metabase -e MB_DB_PASS='@@secret@@' \
  -e MB_DB_HOST=pg.krampouezh.lan \
  metabase/metabase:v0.50.20
""", words_pw())

add("blind-kv/powershell/az-storage-key", "scripts/win/Kas-Skeudennoù.ps1", PS, """# Kas skeudennoù ar meuzioù d'an Azure Blob
$ctx = New-AzStorageContext -StorageAccountName 'krampouezhmenu' `
  -StorageAccountKey '@@secret@@'
Get-ChildItem 'C:\\Meuzioù\\*.jpg' | ForEach-Object {
  Set-AzStorageBlobContent -File $_.FullName -Container 'meuzioù' -Context $ctx -Force
}
""", azure_storage_key())

add("blind-kv/powershell/decoy-secretmanagement", "scripts/win/Danevell.ps1", PS, """# Tennañ ar ger-tremen eus ar SecretStore lec'hel
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'KaisseSql' -Vault 'Krampouezh'
Invoke-Sqlcmd -ServerInstance 'sql.brest.lan' -Database 'Kaisse' -Credential $cred `
  -Query 'SELECT TOP 10 * FROM Urzhiadoù ORDER BY Deiz DESC'
""")

add("blind-kv/python/hf-token-login", "bot-menu/troer_brezhoneg.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", '''from huggingface_hub import login
from transformers import pipeline

# Patrom troidigezh galleg -> brezhoneg evit ar menu
login(token="@@secret@@")
troer = pipeline("translation", model="Helsinki-NLP/opus-mt-fr-br")
print(troer("Crêpe complète, beurre salé")[0]["translation_text"])
''', hf_token())

add("blind-kv/python/decoy-hf-cached-login", "bot-menu/troer_fr.py", "https://huggingface.co/docs/huggingface_hub/quick-start#authentication", '''from transformers import pipeline

# Ar jedouer HF a zo e ~/.cache/huggingface/token (huggingface-cli login)
troer = pipeline("translation", model="Helsinki-NLP/opus-mt-br-fr")


def troiñ(testenn: str) -> str:
    return troer(testenn)[0]["translation_text"]
''')

add("blind-kv/python/vault-token-header", "scripts/lenn_vault.py", VAULTDOC, '''import requests

# Lenn ur sekred e Vault (skript kozh Yann)
VAULT = "https://vault.kankaven.lan:8200"
r = requests.get(f"{VAULT}/v1/istr/data/db",
                 headers={"X-Vault-Token": "@@secret@@"}, timeout=5)
print(r.json()["data"]["data"].keys())
''', vault_token())

add("blind-kv/python/grafana-service-account", "istr-kankaven/monitoring/taolenn.py", "https://grafana.com/docs/grafana/latest/administration/service-accounts/", '''import requests

# Krouiñ taolenn-stur ar parkoù dre API Grafana
HEADERS = {"Authorization": "Bearer @@secret@@"}


def krouiñ(taolenn: dict) -> None:
    requests.post("https://grafana.kankaven.lan/api/dashboards/db", json={"dashboard": taolenn},
                  headers=HEADERS, timeout=10).raise_for_status()
''', grafana_sa())

add("blind-kv/csharp/decoy-hash-constant", "Kaisse.Api/Services/Gwiriañ.cs", DOTNET, """namespace Kaisse.Api.Services;

// Hach SHA-256 ar restr kefluniadur gortozet (evit gwiriañ ne vez ket kemmet)
public static class Gwiriañ
{
    public const string KefluniadurSha256 = "@@h@@";
    public const string Stumm = "2.4.0";
}
""", h=sha256ish())

add("blind-kv/ruby/slack-webhook-const", "erbed-rails/app/services/kemenn_kegin.rb", SLACK, """require "net/http"
require "json"

# Kemenn er gegin pa vez un erbedadenn evit ur strollad bras
class KemennKegin
  URL = URI("@@secret@@")

  def self.kas(erbedadenn)
    Net::HTTP.post(URL, { text: "Strollad #{erbedadenn.niver} den d'an #{erbedadenn.deiz}" }.to_json,
                   "Content-Type" => "application/json")
  end
end
""", slack_webhook())

add("blind-kv/go/aws-static-creds", "istr-kankaven/backup/main.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/", """package main

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Enrollañ ar skeudennoù (da cheñch evit IAM role!)
var kred = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@secret@@",
	"")
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("blind-kv/java/decoy-ciphertext", "kaisse-java/src/main/resources/application-jasypt.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """# Gerioù-tremen kriptet gant Jasypt (alc'hwez en endro JASYPT_ENCRYPTOR_PASSWORD)
spring.datasource.username=kaisse
spring.datasource.password=ENC(@@c1@@)
spring.mail.password=ENC(@@c2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", c1=alnum(64, ALNUM + "+/") + "==", c2=alnum(44, ALNUM + "+/") + "=")

add("blind-kv/kotlin/sendgrid-ktor", "istr-server/src/main/kotlin/bzh/istr/Postel.kt", KOTLIN, """package bzh.istr

import com.sendgrid.SendGrid

// Kas an urzhiadoù d'ar c'hlianted
object Postel {
    private val sg = SendGrid("@@secret@@")
    fun klient() = sg
}
""", sendgrid_key())

add("blind-kv/swift/decoy-xcconfig-template", "IstrApp/Secrets.xcconfig.example", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """// Eilskrivañ da Secrets.xcconfig (gitignored)
ISTR_API_KEY = istr_live_REPLACE_ME
MAPS_KEY =
// Goulennit an talvoudoù gwir digant Gwenola
DEVELOPMENT_TEAM = K7Q2B9XM3D
""")

add("blind-kv/markdown/readme-quickstart-key", "mare-bot/README.md", MD, """# Bot Mare

Bot Telegram a ginnig mareoù Kankaven d'ar skipailh bep mintin.

## Lañsañ

```bash
TELEGRAM_BOT_TOKEN=@@secret@@ go run .
```

(Evit an arnodennoù; ar bot produadur a implij systemd.)
""", fakes.telegram_token(_seed()))

add("blind-kv/markdown/decoy-changelog-hashes", "CHANGELOG.md", MD, """# Istor ar c'hemmoù

## 2.4.0 (2024-12-01)
- Krampouezh nevez: "Ar Vorlaeriz" (@@c1@@)
- Reizhañ moullañ ar gegin (@@c2@@)

## 2.3.2
- Reizhañ jediñ an TVA (@@c3@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("blind-kv/yaml/openai-in-config", "bot-menu/config.yaml", "https://platform.openai.com/docs/api-reference/authentication", """menu:
  yezhoù: [br, fr, en]
  stalioù: [kemper, brest, montroulez]
llm:
  provider: openai
  api_key: @@secret@@
  model: gpt-4o-mini
  temperature: 0.3
""", fakes.openai_key(_seed()))

add("blind-kv/dotenv/pypi-and-comment", "istr-widget-py/.env", DOTENV, """# Embann istr-mare war PyPI (twine)
TWINE_USERNAME=__token__
TWINE_PASSWORD=@@secret@@
# kenavo
""" + "TWINE_NON_INTERACTIVE=1\n", fakes.pypi_token(_seed()))

add("blind-kv/dotenv/decoy-empty-and-ids", "stal-istr/.env.test", DOTENV, """# Testoù: servijoù faos (mock), alc'hwez ebet
STRIPE_SECRET_KEY=
SHOPIFY_SHOP=krampouezh-breizh-test.myshopify.com
SHOPIFY_APP_ID=@@id@@
SENDGRID_API_KEY=
MOCK_SERVICES=1
""", id=uuid_s())

_PP = alnum(79, ALNUM + "-_")
_WH = alnum(32)
add("blind-kv/dotenv/paypal-secret", "stal-istr/.env.paypal", DOTENV, """# Paypal evit ar c'hlianted estrenvro
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=E@@secret_body@@
""" + "PAYPAL_WEBHOOK_ID=8PT597110X687430LKGECATA\n", "E" + _PP, cid=alnum(79, ALNUM + "-_"), secret_body=_PP)

add("blind-kv/dotenv/stripe-webhook-secret", "krampouezhti-kemper/.env.webhooks", DOTENV, """# Sinadur ar webhooks Stripe (kaisse Kemper)
STRIPE_WEBHOOK_SECRET=whsec_@@secret_body@@
STRIPE_WEBHOOK_PATH=/stripe/webhook
STRIPE_TOLERANCE_S=300
LOG_WEBHOOKS=0
""", "whsec_" + _WH, secret_body=_WH)

add("blind-kv/ansible-inventory/become-password", "ansible/inventory/krampouezhtioù.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """[kemper]
kaisse.kemper.lan

[brest]
kaisse.brest.lan

[krampouezhtioù:children]
kemper
brest

[krampouezhtioù:vars]
ansible_user=merour
ansible_become_password=@@secret@@
""", words_pw())

add("blind-kv/jenkins/sshpass", "kaisse-java/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
  agent any
  stages {
    stage('Sevel') { steps { sh './mvnw -B package' } }
    stage('Kas da Vontroulez') {
      steps {
        // TODO: implijout withCredentials
        sh "sshpass -p '@@secret@@' scp target/kaisse.jar merour@kaisse.montroulez.lan:/opt/kaisse/"
      }
    }
  }
}
""", rand_pw(16))

add("blind-kv/php/dolibarr-conf", "dolibarr/htdocs/conf/conf.php", "https://wiki.dolibarr.org/index.php/Configuration_file", """<?php
// Dolibarr evit fakturennoù ar parkoù istr
$dolibarr_main_url_root='https://erp.kankaven.lan';
$dolibarr_main_db_host='localhost';
$dolibarr_main_db_name='dolibarr';
$dolibarr_main_db_user='dolibarr';
$dolibarr_main_db_pass='@@secret@@';
$dolibarr_main_db_type='mysqli';
""", rand_pw(20))

_SENTRY = hexs(64)
add("blind-kv/ini/sentryclirc", "istr-app/.sentryclirc", "https://docs.sentry.io/cli/configuration/", """[defaults]
org = krampouezh-breizh
project = istr-app

[auth]
token = sntryu_@@secret_body@@
""", "sntryu_" + _SENTRY, secret_body=_SENTRY)
