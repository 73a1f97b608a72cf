"""Blind set MU: a Friulian-language San Daniele prosciutto curing house (Persutarie Cjase Furlane,
salting rooms, curing-cellar sensors, DOP traceability, web shop) and an Udine bicycle-frame
workshop (Telârs Udin: frame jigs, CNC and welding logs, order site, bike-fit app), their
configs, code, notes and runbooks, comments mostly in Friulian, and their decoys.
Generated fakes only (seeds 7540000-7549999).
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
UPNUM = string.ascii_uppercase + string.digits
_SEED = [7540000]
SEED_END = 7549999


def _seed() -> int:
    _SEED[0] += 11
    assert 7540000 <= _SEED[0] <= SEED_END
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


PEAR = ["Persut", "Sal", "Cjase", "Tiliment", "Friul", "Cjamp", "Rode", "Telar", "Fier", "Udin",
        "Cjastel", "Stele", "Lune", "Morâr", "Vin", "Blanc", "Vert", "Ros", "Pedâl", "Cadene"]


def words_pw() -> str:
    r = _rng()
    return r.choice(PEAR).replace("â", "a") + r.choice("!#%@*.") + r.choice(PEAR).replace("â", "a") + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def token(prefix: str, n: int, alphabet: str = ALNUM) -> str:
    return prefix + fakes.drawn_mixed(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return token("SG.", 22) + token(".", 43)


def stripe(kind: str = "sk_live_") -> str:
    return token(kind, 24 if not kind.startswith("rk") else 99)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_api_key() -> str:
    return token("AIza", 35, ALNUM + "_-")


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=").replace("+", "-").replace("/", "_")
    body = b64('{"iss":"supabase","ref":"' + fakes.drawn(_seed(), 20, string.ascii_lowercase)
               + '","role":"service_role","iat":1760000000,"exp":2075576000}').rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA") -> str:
    # (kind "": a PKCS#8 block, "BEGIN PRIVATE KEY", with one space)
    return fakes.fake_pem(_seed(), kind).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def ssh_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


CASES: List[LabelledCase] = []
_NAMES: set = set()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    if secret is not None and secret.startswith("@@") and secret.endswith("@@"):
        secret = fields[secret[2:-2]]
    assert "@@" not in text, file_name
    assert file_name not in _NAMES, file_name
    _NAMES.add(file_name)
    CASES.append(LabelledCase(f"blind-mu/{category}", file_name, text, secret, source))


DOC_ENV = "https://hexdocs.pm/dotenvy/dotenv-file-format.html"
DOC_COMPOSE = "https://docs.docker.com/reference/compose-file/services/"
DOC_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
DOC_PY = "https://docs.python.org/3/library/os.html#os.environ"
DOC_YAML = "https://yaml.org/spec/1.2.2/"
DOC_GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
DOC_GITLAB = "https://docs.gitlab.com/ee/ci/yaml/"
DOC_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
DOC_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
DOC_MD = "https://spec.commonmark.org/0.31.2/"
DOC_RST = "https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html"
DOC_HTML = "https://html.spec.whatwg.org/multipage/"
DOC_JSON = "https://www.rfc-editor.org/rfc/rfc8259"
DOC_TOML = "https://toml.io/en/v1.0.0"
DOC_INI = "https://docs.python.org/3/library/configparser.html"
DOC_XML = "https://www.w3.org/TR/xml/"
DOC_SH = "https://www.gnu.org/software/bash/manual/bash.html"
DOC_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
DOC_GO = "https://go.dev/ref/spec"
DOC_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
DOC_KT = "https://kotlinlang.org/docs/home.html"
DOC_CS = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
DOC_PHP = "https://www.php.net/manual/en/function.getenv.php"
DOC_RB = "https://guides.rubyonrails.org/configuring.html"
DOC_RS = "https://doc.rust-lang.org/std/env/fn.var.html"
DOC_SWIFT = "https://developer.apple.com/documentation/foundation/processinfo"
DOC_JS = "https://nodejs.org/api/process.html#processenv"
DOC_TS = "https://www.typescriptlang.org/docs/"
DOC_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
DOC_DOCKER = "https://docs.docker.com/reference/dockerfile/"
DOC_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
DOC_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
DOC_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
DOC_LOG = "https://www.rfc-editor.org/rfc/rfc5424"
DOC_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
DOC_SSH = "https://man.openbsd.org/ssh_config"
DOC_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
DOC_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
DOC_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
DOC_PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
DOC_WIKI = "https://www.mediawiki.org/wiki/Help:Formatting"

# ---------------------------------------------------------------- persutarie: env and configs
add("env/postgres-password", "persutarie/.env", DOC_ENV, """# Persutarie Cjase Furlane - ambient di produzion
# No sta meti chest file in git! (al è za sucedût une volte)
APP_ENV=production
DB_HOST=db.cjasefurlane.internal
DB_PORT=5432
DB_NAME=stagjonadure
DB_USER=persut_app
DB_PASSWORD=@@pw@@
CELLAR_SENSOR_POLL=30
""", secret="@@pw@@", pw=words_pw())

add("env/decoy-placeholder", "persutarie/.env.example", DOC_ENV, """# Copie chest file in .env e met lis tôs valôrs
# (lis clâfs veris a son tal Vault, /kv/persutarie/prod)
APP_ENV=development
DB_HOST=localhost
DB_USER=persut_app
DB_PASSWORD=<met-achì-la-password>
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
SENDGRID_API_KEY=
""")

add("env/stripe-live", "botee/.env.production", DOC_ENV, """# Botee online (persuts intîrs, mieçs, a fetis)
NEXT_PUBLIC_SITE=https://botee.cjasefurlane.it
NEXT_PUBLIC_STRIPE_PK=@@pk@@
STRIPE_SECRET_KEY=@@sk@@
SPEDIZION_GRATIS_SORE=89
""", secret="@@sk@@", pk=stripe("pk_live_"), sk=stripe("sk_live_"))

add("env/decoy-publishable-key", "botee/.env.local.sample", DOC_ENV, """# Dome la clâf publiche: chê segrete no je mai tal front-end
NEXT_PUBLIC_SITE=http://localhost:3000
NEXT_PUBLIC_STRIPE_PK=@@pk@@
# STRIPE_SECRET_KEY ven dal ambient di Vercel
NEXT_PUBLIC_MAPS_ID=@@mid@@
""", pk=stripe("pk_live_"), mid=hexs(16))

add("yaml/sendgrid", "persutarie/config/mail.yml", DOC_YAML, """# Mail pai clients e pai ispetôrs dal Consorzi
mail:
  provider: sendgrid
  from: "Persutarie Cjase Furlane <ordins@cjasefurlane.it>"
  api_key: "@@key@@"
  templates:
    conferme_ordin: d-@@t1@@
    spedizion: d-@@t2@@
""", secret="@@key@@", key=sendgrid_key(), t1=hexs(32), t2=hexs(32))

add("yaml/decoy-env-reference", "persutarie/config/mail.staging.yml", DOC_YAML, """# Staging: la clâf e ven dal ambient (CI)
mail:
  provider: sendgrid
  from: "Persutarie (prove) <prove@cjasefurlane.it>"
  api_key: "${SENDGRID_API_KEY}"
  templates:
    conferme_ordin: d-@@t1@@
""", t1=hexs(32))

add("k8s-secret/mysql-password", "deploy/k8s/tracciabilitat-secret.yaml", DOC_K8S, """# Tracciabilitât DOP: ogni cuesse e à il so timbri e la date di saladure
apiVersion: v1
kind: Secret
metadata:
  name: tracciabilitat-db
  namespace: persutarie
type: Opaque
data:
  MYSQL_USER: @@u@@
  MYSQL_PASSWORD: @@p@@
""", secret=(_v := rand_pw(22)), u=b64("tracc"), p=b64(_v))

add("k8s-secret/decoy-sealed", "deploy/k8s/tracciabilitat-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """# SealedSecret: si pues committâ, dome il controller al pues decifrâ
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tracciabilitat-db
  namespace: persutarie
spec:
  encryptedData:
    MYSQL_PASSWORD: AgB@@c1@@
    MYSQL_USER: AgC@@c2@@
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))
add("python/aws-secret-key", "persutarie/sensors/upload_s3.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''"""Cjame i dâts dai sensôrs de cantine (temperadure, umiditât) e ju met su S3."""
import boto3

# TODO: passâ a un rûl IAM, cumò al va ben cussì pe prove
s3 = boto3.client(
    "s3",
    region_name="eu-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@sk@@",
)


def cjame_letture(cantine: str, file_csv: str) -> None:
    s3.upload_file(file_csv, "cjasefurlane-sensors", f"{cantine}/{file_csv}")
''', secret="@@sk@@", **dict(zip(("kid", "sk"), aws_pair())))

add("python/decoy-docs-example", "persutarie/sensors/test_upload.py", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", '''"""Test cun lis clâfs di esempli de documentazion AWS (no funzionin)."""
from unittest import mock

import upload_s3

FAKE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@mock.patch("boto3.client")
def test_cjame(client):
    upload_s3.cjame_letture("cantine-2", "2026-12-01.csv")
    client.return_value.upload_file.assert_called_once()
''')

add("python/django-secret-key", "botee/botee/settings/prod.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", '''# Impostazions di produzion pe botee
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["botee.cjasefurlane.it"]
SECRET_KEY = "@@dk@@"
LANGUAGE_CODE = "fur"
TIME_ZONE = "Europe/Rome"
CSRF_COOKIE_SECURE = True
''', secret="@@dk@@", dk=fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "botee/botee/settings/base.py", "https://docs.djangoproject.com/en/5.1/ref/settings/#secret-key", '''import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# La clâf segrete no sta scrivile achì: e ven dal ambient
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "botee",
        "USER": os.environ.get("DB_USER", "botee"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}
''')

add("markdown/postgres-url", "persutarie/docs/RUNBOOK.md", DOC_MD, """# Runbook: cantine di stagjonadure

## Se i sensôrs no mandin dâts
1. Controle che il gateway LoRa al sedi impiât (armâr tal salon 3).
2. Torne a inviâ il servizi: `sudo systemctl restart cantine-collector`.
3. Se la base di dâts no rispuint, conetiti a man:

```
psql "postgresql://collector:@@pw@@@db.cjasefurlane.internal:5432/stagjonadure"
```

4. Cjale la tabele `letture` pe ultime ore.
""", secret="@@pw@@", pw=rand_pw(18))

add("markdown/decoy-masked", "persutarie/docs/ACCESS.md", DOC_MD, """# Acès ai sistemis

| Sisteme | Utent | Password |
|---------|-------|----------|
| Base di dâts stagjonadure | collector | `********` (tal Vault: `kv/persutarie/db`) |
| Gateway LoRa | admin | (tal KeePass dal ufici, vôs "LoRa") |
| Stampant etichetis | operator | cjale la etichete sot de stampant |

Par ogni password gnove domande a Gjulie.
""")

add("json/slack-webhook", "persutarie/alarms/cantine-alarms.json", DOC_JSON, """{
  "cantine": "cantine-2",
  "soris": {"temperadure_max": 18.5, "umiditat_min": 68, "umiditat_max": 82},
  "notifiche": {
    "slack": "@@wh@@",
    "canâl": "#cantine-alarms"
  },
  "ripet_minûts": 15
}
""", secret="@@wh@@", wh=slack_webhook())

add("json/decoy-redacted", "persutarie/alarms/cantine-alarms.export.json", DOC_JSON, """{
  "esportât": "2026-11-30T07:12:00Z",
  "cantine": "cantine-1",
  "soris": {"temperadure_max": 17.0, "umiditat_min": 70, "umiditat_max": 80},
  "notifiche": {
    "slack": "https://hooks.slack.com/services/[REDACTED]",
    "canâl": "#cantine-alarms"
  }
}
""")

add("yaml/twilio-token", "persutarie/config/sms.yaml", "https://www.twilio.com/docs/iam/credentials/api", """# SMS al responsabil di turni cuant che la umiditât e va fûr dai limits
sms:
  provider: twilio
  account_sid: AC@@sid@@
  auth_token: @@tok@@
  from: "+390432000111"
  to:
    - "+393330000222"  # Toni, turni di gnot
""", secret="@@tok@@", sid=hexs(32), tok=hexs(32))

add("yaml/decoy-vault-reference", "persutarie/config/sms.prod.yaml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """# Produzion: lis credenziâls a son letis dal Vault al inviament
sms:
  provider: twilio
  account_sid: AC@@sid@@
  auth_token: vault:secret/data/persutarie/twilio#auth_token
  from: "+390432000111"
""", sid=hexs(32))

add("ini/mysql-password", "persutarie/etichetis/stampant.ini", DOC_INI, """; Stampant des etichetis DOP (timbri, lot, date di saladure)
[stampant]
model = Zebra ZT411
ip = 10.20.3.45

[database]
host = 10.20.1.10
user = etichetis
password = @@pw@@
database = tracciabilitat
""", secret="@@pw@@", pw=words_pw())

add("ini/decoy-empty", "persutarie/etichetis/stampant.ini.dist", DOC_INI, """; Copie in stampant.ini e jemple la password
[stampant]
model = Zebra ZT411
ip = 10.20.3.45

[database]
host = 10.20.1.10
user = etichetis
password =
database = tracciabilitat
""")

add("toml/github-token", "persutarie/tools/sync-ricetis.toml", DOC_TOML, """# Sincronize lis ricetis di saladure (dîs di sâl par chilo) cul repo privât
[repo]
owner = "cjasefurlane"
name = "ricetis-saladure"
branch = "main"
token = "@@gh@@"

[sync]
interval_minutes = 60
""", secret="@@gh@@", gh=fakes.github_token(_seed()))

add("toml/decoy-env-reference", "persutarie/tools/sync-ricetis.example.toml", DOC_TOML, """# Esempli: il token al ven di GITHUB_TOKEN
[repo]
owner = "cjasefurlane"
name = "ricetis-saladure"
branch = "main"
token = "${GITHUB_TOKEN}"

[sync]
interval_minutes = 60
""")

add("shell/mysql-cli", "persutarie/scripts/backup-tracciabilitat.sh", DOC_SH, """#!/usr/bin/env bash
# Backup di gnot de tracciabilitât DOP (cron 02:30)
set -euo pipefail
DEST=/srv/backup/tracciabilitat/$(date +%F).sql.gz
mysqldump -h 10.20.1.10 -u backup -p'@@pw@@' --single-transaction tracciabilitat | gzip > "$DEST"
find /srv/backup/tracciabilitat -mtime +30 -delete
echo "backup fat: $DEST"
""", secret="@@pw@@", pw=rand_pw(16, "-_"))

add("shell/decoy-env-reference", "persutarie/scripts/restore-tracciabilitat.sh", DOC_SH, """#!/usr/bin/env bash
# Ripristin: la password e ven dal file ~/.my.cnf (no sta metile achì)
set -euo pipefail
FILE=${1:?dami il file .sql.gz}
: "${MYSQL_PWD:?met MYSQL_PWD tal ambient}"
gunzip -c "$FILE" | mysql -h 10.20.1.10 -u backup tracciabilitat
echo "ripristin fat"
""")
add("compose/postgres-password", "persutarie/docker-compose.yml", DOC_COMPOSE, """# Servizis de persutarie: tracciabilitât, collector dai sensôrs, grafana
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: stagjonadure
      POSTGRES_USER: collector
      POSTGRES_PASSWORD: "@@pw@@"
    volumes:
      - dbdata:/var/lib/postgresql/data
  collector:
    build: ./collector
    depends_on: [db]
volumes:
  dbdata: {}
""", secret="@@pw@@", pw=rand_pw(20))

add("compose/decoy-env-reference", "persutarie/docker-compose.override.yml", DOC_COMPOSE, """# Local: la password e ven dal file .env (no committât)
services:
  db:
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?met la password tal .env}
    ports:
      - "5432:5432"
  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
""")

add("dockerfile/npm-token", "botee/Dockerfile", DOC_DOCKER, """FROM node:22-alpine AS build
WORKDIR /app
# Pachets privâts (@cjasefurlane/ui)
ENV NPM_TOKEN=@@npm@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:22-alpine
COPY --from=build /app/.next /app/.next
CMD ["npm", "start"]
""", secret="@@npm@@", npm=token("npm_", 36))

add("dockerfile/decoy-build-secret", "botee/Dockerfile.ci", "https://docs.docker.com/build/building/secrets/", """FROM node:22-alpine AS build
WORKDIR /app
COPY package*.json ./
# il token al rive come secret di BuildKit, nol reste inte imagjin
RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci
COPY . .
RUN npm run build
CMD ["npm", "start"]
""")

add("gha/decoy-secrets-context", "botee/.github/workflows/deploy.yml", DOC_GHA, """name: deploy botee
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: npx vercel deploy --prod --token "${{ secrets.VERCEL_TOKEN }}"
""")

add("gha/vercel-token", "botee/.github/workflows/preview.yml", DOC_GHA, """name: preview botee
on: pull_request
jobs:
  preview:
    runs-on: ubuntu-latest
    env:
      # provisori, Matie lu tire vie doman
      VERCEL_TOKEN: @@vt@@
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npx vercel deploy --token "$VERCEL_TOKEN"
""", secret="@@vt@@", vt=token("", 24))

add("terraform/aws-secret-key", "infra/persutarie/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """# Infrastruture de persutarie (bucket dai sensôrs, backup)
provider "aws" {
  region     = "eu-south-1"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "sensors" {
  bucket = "cjasefurlane-sensors"
}
""", secret="@@sk@@", **dict(zip(("kid", "sk"), aws_pair())))

add("terraform/decoy-variable", "infra/persutarie/variables.tf", DOC_TF, """variable "db_password" {
  description = "Password de base di dâts (ven dal TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "eu-south-1"
}
""")

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/cantine/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/mqtt-password", "infra/ansible/group_vars/cantine/main.yml", DOC_ANSIBLE, """# Gateway dai sensôrs intes cantinis
mqtt_broker: mqtt.cjasefurlane.internal
mqtt_port: 8883
mqtt_user: cantine
mqtt_password: "@@pw@@"
cantine_list:
  - cantine-1
  - cantine-2
  - cjase-vecje
""", secret="@@pw@@", pw=words_pw())

add("sql/create-role", "persutarie/db/migrations/0007_ruoli.sql", DOC_SQL, """-- Rûi pe base di dâts de stagjonadure
CREATE ROLE grafana_ro LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE stagjonadure TO grafana_ro;
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON letture, lots, cuessis TO grafana_ro;
""", secret="@@pw@@", pw=rand_pw(20))

add("sql/decoy-hash", "persutarie/db/seed/utents.sql", DOC_SQL, """-- Utents dal panel de tracciabilitât (password salvadis come hash bcrypt)
INSERT INTO utents (login, non, password_hash) VALUES
  ('gjulie', 'Gjulie Fabris', '$2b$12$@@h1@@'),
  ('toni', 'Toni Zuliani', '$2b$12$@@h2@@'),
  ('ispetor', 'Ispetôr Consorzi', '$2b$12$@@h3@@');
-- la password iniziâl si cambie al prin acès
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("csv/ftp-password", "persutarie/docs/fornidors.csv", DOC_CSV, """fornidor,servizi,url,utent,password,note
Salumificio Sal Marin,sâl marin,sftp://sftp.salmarin.it,cjasefurlane,@@pw@@,ordins setemanâi
Trasporti Friul,spedizions,https://portal.trasportifriul.it,ordini,vie SSO,
Consorzi Prosciutto,DOP,https://area.consorzio.example,cjase-furlane,cjale KeePass,
Cartiere Tiliment,cjartis e etichetis,https://b2b.cartieretiliment.it,cjasefurlane,domande a Gjulie,
""", secret="@@pw@@", pw=words_pw())

add("csv/decoy-ids", "persutarie/exports/lots-2026-11.csv", DOC_CSV, """lot,cuessis,date_saladure,pes_kg,sha256_certificat
L2026-1101,240,2025-05-12,2712.4,@@h1@@
L2026-1102,236,2025-05-19,2688.0,@@h2@@
L2026-1103,244,2025-05-26,2760.9,@@h3@@
L2026-1104,238,2025-06-02,2701.3,@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("log/smtp-password", "persutarie/logs/mailer-2026-11-28.log", DOC_LOG, """2026-11-28T06:00:01Z INFO  mailer start, config=/etc/persutarie/mailer.yml
2026-11-28T06:00:01Z DEBUG smtp config host=smtp.cjasefurlane.it port=587 user=ordins@cjasefurlane.it password=@@pw@@
2026-11-28T06:00:02Z INFO  connected to smtp.cjasefurlane.it
2026-11-28T06:00:04Z INFO  sent 14 conferme_ordin
2026-11-28T06:00:04Z INFO  mailer stop
""", secret="@@pw@@", pw=rand_pw(14))

add("log/decoy-masked", "persutarie/logs/mailer-2026-11-29.log", DOC_LOG, """2026-11-29T06:00:01Z INFO  mailer start, config=/etc/persutarie/mailer.yml
2026-11-29T06:00:01Z DEBUG smtp config host=smtp.cjasefurlane.it port=587 user=ordins@cjasefurlane.it password=***
2026-11-29T06:00:02Z INFO  connected to smtp.cjasefurlane.it
2026-11-29T06:00:03Z INFO  sent 9 conferme_ordin
2026-11-29T06:00:03Z INFO  mailer stop
""")

add("notebook/openai-key", "persutarie/analisi/umiditat.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Umiditât des cantinis, novembar"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\\n", "from openai import OpenAI\\n",
              "client = OpenAI(api_key=\\"@@ok@@\\")\\n",
              "df = pd.read_csv('letture-2026-11.csv')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret="@@ok@@", ok=fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "persutarie/analisi/saladure.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Sâl par chilo e pierdite di pês"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd\\n", "pw = getpass.getpass('password db: ')\\n",
              "df = pd.read_sql('select * from lots', f'postgresql://analisi:{pw}@db/stagjonadure')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")
# ---------------------------------------------------------------- telârs udin: bike-frame workshop
add("go/postgres-dsn", "telars/ordins/internal/db/db.go", DOC_GO, """package db

import (
	"database/sql"

	_ "github.com/lib/pq"
)

// DSN de base di dâts dai ordins (telârs su misure)
const dsn = "host=pg.telars-udin.it user=ordins password=@@pw@@ dbname=ordins sslmode=require"

func Open() (*sql.DB, error) {
	return sql.Open("postgres", dsn)
}
""", secret="@@pw@@", pw=rand_pw(19))

add("go/decoy-env-reference", "telars/ordins/internal/config/config.go", DOC_GO, """package config

import "os"

// Config: dut al ven dal ambient, nissune password tal codiç
type Config struct {
	DSN          string
	StripeSecret string
}

func Load() Config {
	return Config{DSN: os.Getenv("ORDINS_DSN"), StripeSecret: os.Getenv("STRIPE_SECRET_KEY")}
}
""")

add("go/stripe-restricted", "telars/ordins/cmd/rimbors/main.go", DOC_GO, """package main

import (
	"log"

	"github.com/stripe/stripe-go/v81"
	"github.com/stripe/stripe-go/v81/refund"
)

func main() {
	// clâf limitade dome ai rimbors
	stripe.Key = "@@rk@@"
	r, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String("pi_3Q0telar")})
	if err != nil {
		log.Fatal(err)
	}
	log.Println("rimbors", r.ID)
}
""", secret="@@rk@@", rk=stripe("rk_live_"))

add("java/mysql-password", "telars/cnc-bridge/src/main/resources/application.properties", DOC_JAVA, """# Pont tra il CNC e il gjestionâl dai ordins
spring.application.name=cnc-bridge
spring.datasource.url=jdbc:mysql://10.40.0.12:3306/officine?useSSL=true
spring.datasource.username=cnc
spring.datasource.password=@@pw@@
spring.jpa.hibernate.ddl-auto=validate
cnc.poll-seconds=5
""", secret="@@pw@@", pw=words_pw())

add("java/decoy-placeholder", "telars/cnc-bridge/src/main/resources/application-prod.properties", DOC_JAVA, """# Produzion: valôrs dal ambient
spring.datasource.url=${CNC_DB_URL}
spring.datasource.username=${CNC_DB_USER}
spring.datasource.password=${CNC_DB_PASSWORD}
management.endpoints.web.exposure.include=health
cnc.poll-seconds=5
""")

add("java/jwt-secret", "telars/cnc-bridge/src/main/java/it/telarsudin/cnc/security/JwtConfig.java", "https://github.com/jwtk/jjwt#signing-key", """package it.telarsudin.cnc.security;

import io.jsonwebtoken.security.Keys;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;

public final class JwtConfig {
    // clâf par firmâ i token dal panel de officine
    private static final String SECRET = "@@s@@";

    public static SecretKey key() {
        return Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
    }
}
""", secret="@@s@@", s=rand_pw(48))

add("kotlin/sendgrid-key", "telars/bikefit-android/app/src/main/java/it/telarsudin/bikefit/Notifiche.kt", DOC_KT, """package it.telarsudin.bikefit

import okhttp3.OkHttpClient

// Notifichis pal client: "il to telâr al è pront"
object Notifiche {
    private const val SENDGRID_KEY = "@@sg@@"
    val client = OkHttpClient()

    fun headers() = mapOf("Authorization" to "Bearer $SENDGRID_KEY")
}
""", secret="@@sg@@", sg=sendgrid_key())

add("kotlin/decoy-buildconfig", "telars/bikefit-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "it.telarsudin.bikefit"
    defaultConfig {
        // la clâf e ven dal local.properties (no committât)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
}
""")

add("csharp/azure-storage", "telars/Magazin/appsettings.json", DOC_CS, """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Magazin": {
    "TubsStock": "tubs-columbus",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=telarsudinfoto;AccountKey=@@k@@;EndpointSuffix=core.windows.net"
  },
  "AllowedHosts": "*"
}
""", secret="@@k@@", k=azure_storage_key())

add("csharp/decoy-dev-storage", "telars/Magazin/appsettings.Development.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings", """{
  "Magazin": {
    "TubsStock": "tubs-prove",
    "Storage": "UseDevelopmentStorage=true"
  },
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "AllowedHosts": "*"
}
""")

add("csharp/sql-connection", "telars/Magazin/Data/MagazinContext.cs", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """using Microsoft.EntityFrameworkCore;

namespace Magazin.Data;

// Magazin dai tubs (acciai, titani, carboni)
public class MagazinContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder options)
        => options.UseSqlServer("Server=sql.telars-udin.it;Database=Magazin;User Id=magazin;Password=@@pw@@;TrustServerCertificate=True");

    public DbSet<Tub> Tubs => Set<Tub>();
}
""", secret="@@pw@@", pw=rand_pw(17, "!#"))

add("php/mailgun-key", "telars/sit/config/mail.php", DOC_PHP, """<?php
// Mail dal sît: preventîfs pai telârs su misure
return [
    'driver' => 'mailgun',
    'mailgun' => [
        'domain' => 'mg.telars-udin.it',
        'secret' => 'key-@@k@@',
        'endpoint' => 'api.eu.mailgun.net',
    ],
    'from' => ['address' => 'officine@telars-udin.it', 'name' => 'Telârs Udin'],
];
""", secret="key-@@k@@".replace("@@k@@", (_k := hexs(32))), k=_k)

add("php/decoy-env-reference", "telars/sit/config/services.php", DOC_PHP, """<?php
// Servizis esternis: dut dal .env
return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
    'mailgun' => [
        'secret' => env('MAILGUN_SECRET'),
    ],
];
""")

add("php/wordpress-db", "telars/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
/* Blog de officine: storiis di telârs e di corsis */
define( 'DB_NAME', 'telars_blog' );
define( 'DB_USER', 'wp_telars' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", secret="@@pw@@", pw=rand_pw(24, "!#%^&*"))

add("php/decoy-salts-placeholder", "telars/blog/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("ruby/shopify-token", "telars/sit-shop/config/initializers/shopify.rb", DOC_RB, """# Negozi Shopify pai components (forcelis, movimentis, selis)
ShopifyAPI::Context.setup(
  api_key: "@@ak@@",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),
  host: "https://shop.telars-udin.it",
  scope: "read_products,write_orders",
  is_embedded: false,
  api_version: "2025-01"
)
SHOPIFY_ADMIN_TOKEN = "@@tok@@"
""", secret="@@tok@@", ak=hexs(32), tok="shpat_" + hexs(32))

add("ruby/decoy-credentials-reference", "telars/sit-shop/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """# Stripe: la clâf e je tes credentials cifradis (config/credentials.yml.enc)
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-12-18.acacia"
""")
add("rust/telegram-token", "telars/saldadure-bot/src/main.rs", DOC_RS, """// Bot Telegram: al dîs in officine cuant che un telâr al è saldât e controlât
use teloxide::prelude::*;

const BOT_TOKEN: &str = "@@tg@@";

#[tokio::main]
async fn main() {
    let bot = Bot::new(BOT_TOKEN);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "Telâr saldât, pront pe vernîs").await?;
        Ok(())
    })
    .await;
}
""", secret="@@tg@@", tg=fakes.telegram_token(_seed()))

add("rust/decoy-env-reference", "telars/saldadure-bot/src/config.rs", DOC_RS, """use std::env;

/// Il token al ven dal ambient (systemd EnvironmentFile)
pub fn bot_token() -> String {
    env::var("TELOXIDE_TOKEN").expect("TELOXIDE_TOKEN no definît")
}

pub fn chat_officine() -> i64 {
    env::var("CHAT_OFFICINE").ok().and_then(|v| v.parse().ok()).unwrap_or(0)
}
""")

add("swift/stripe-secret", "telars/BikeFit-iOS/BikeFit/Pagaments.swift", DOC_SWIFT, """import Foundation

// Pagament dal anticip pal telâr su misure
// FIXME: la clâf segrete no à di stâ te app! Spostâle sul server
enum Pagaments {
    static let stripeSecret = "@@sk@@"
    static let endpoint = URL(string: "https://api.stripe.com/v1/payment_intents")!

    static func anticip(euro: Int) -> URLRequest {
        var r = URLRequest(url: endpoint)
        r.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        return r
    }
}
""", secret="@@sk@@", sk=stripe("sk_live_"))

add("swift/decoy-publishable", "telars/BikeFit-iOS/BikeFit/StripeConfig.swift", "https://docs.stripe.com/keys#obtain-api-keys", """import StripePaymentSheet

// Dome la clâf publicabile: e pues stâ te app
enum StripeConfig {
    static let publishableKey = "@@pk@@"
    static let merchantName = "Telârs Udin"

    static func setup() {
        STPAPIClient.shared.publishableKey = publishableKey
    }
}
""", pk=stripe("pk_live_"))

add("typescript/supabase-service-role", "telars/bikefit-web/src/lib/admin.ts", DOC_TS, """import { createClient } from "@supabase/supabase-js";

// Client admin pes misuris dal client (altece, cjavalot, braçs)
const url = "https://@@ref@@.supabase.co";
const serviceRole =
  "@@jwt@@";

export const admin = createClient(url, serviceRole, { auth: { persistSession: false } });
""", secret="@@jwt@@", ref=fakes.drawn(_seed(), 20, string.ascii_lowercase), jwt=jwt_like())

add("typescript/decoy-anon-env", "telars/bikefit-web/src/lib/client.ts", DOC_TS, """import { createClient } from "@supabase/supabase-js";

// Client public: URL e clâf anon dal ambient di Vite
export const supabase = createClient(
  import.meta.env.VITE_SUPABASE_URL,
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);
""")

add("javascript/discord-webhook", "telars/officine-bot/notify.js", DOC_JS, """// Avîs sul Discord dai ciclisc cuant che e rive une serie gnove di telârs
const fetch = require("node-fetch");

const WEBHOOK = "@@wh@@";

async function avise(serie) {
  await fetch(WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Gnove serie: ${serie}` }),
  });
}

module.exports = { avise };
""", secret="@@wh@@", wh=discord_webhook())

add("javascript/decoy-test-fixture", "telars/officine-bot/notify.test.js", DOC_JS, """// Test: webhook fals, nol esist
const nock = require("nock");
const { avise } = require("./notify");

const FAKE_WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/fake-token-for-tests";

test("avise", async () => {
  nock("https://discord.com").post(/webhooks/).reply(204);
  await avise("Strade 2027");
});
""")

add("powershell/smb-password", "telars/scripts/Copie-Disegns.ps1", DOC_PS, """# Copie i disegns CAD dai telârs sul NAS de officine
$utent = "TELARS\\cad"
$pw = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($utent, $pw)
New-PSDrive -Name N -PSProvider FileSystem -Root "\\\\nas01\\disegns" -Credential $cred
Copy-Item -Path "C:\\CAD\\telars\\*.step" -Destination "N:\\2026" -Recurse
Remove-PSDrive N
""", secret="@@pw@@", pw=words_pw())

add("powershell/decoy-credential-manager", "telars/scripts/Copie-Render.ps1", DOC_PS, """# Copie i render: la credenziâl e je tal Credential Manager di Windows
Import-Module CredentialManager
$cred = Get-StoredCredential -Target "nas01-disegns"
New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\nas01\\render" -Credential $cred
Copy-Item -Path "C:\\Render\\*.png" -Destination "R:\\2026"
Remove-PSDrive R
""")

add("helm/redis-password", "telars/charts/ordins/values-prod.yaml", DOC_HELM, """# Ordins dai telârs: valôrs di produzion
replicaCount: 2
image:
  repository: registry.telars-udin.it/ordins
  tag: "2.8.1"
redis:
  enabled: true
  auth:
    password: "@@pw@@"
ingress:
  host: ordins.telars-udin.it
""", secret="@@pw@@", pw=fakes.redis_password(_seed()))

add("helm/decoy-existing-secret", "telars/charts/ordins/values.yaml", DOC_HELM, """replicaCount: 1
image:
  repository: registry.telars-udin.it/ordins
  tag: "latest"
redis:
  enabled: true
  auth:
    existingSecret: ordins-redis
    existingSecretPasswordKey: redis-password
ingress:
  host: ordins.local
""")

add("gitlab-ci/docker-registry-password", "telars/cnc-bridge/.gitlab-ci.yml", DOC_GITLAB, """stages: [build, deploy]

variables:
  REGISTRY: registry.telars-udin.it
  REGISTRY_USER: ci-telars
  REGISTRY_PASSWORD: "@@pw@@"

build:
  stage: build
  script:
    - docker login -u "$REGISTRY_USER" -p "$REGISTRY_PASSWORD" "$REGISTRY"
    - docker build -t "$REGISTRY/cnc-bridge:$CI_COMMIT_SHORT_SHA" .
    - docker push "$REGISTRY/cnc-bridge:$CI_COMMIT_SHORT_SHA"
""", secret="@@pw@@", pw=rand_pw(26))

add("gitlab-ci/decoy-masked-variable", "telars/saldadure-bot/.gitlab-ci.yml", DOC_GITLAB, """stages: [test, release]

test:
  stage: test
  image: rust:1.83
  script: cargo test

release:
  stage: release
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG" .
  rules:
    - if: $CI_COMMIT_TAG
""")

add("npmrc/npm-token", "telars/bikefit-web/.npmrc", DOC_NPMRC, """# Pachets privâts @telarsudin
@telarsudin:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
engine-strict=true
""", secret="@@t@@", t=token("npm_", 36))

add("npmrc/decoy-env-reference", "telars/officine-bot/.npmrc", DOC_NPMRC, """# Il token al ven dal ambient (NPM_TOKEN)
@telarsudin:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
""")

add("pypirc/pypi-token", "persutarie/tools/.pypirc", DOC_PYPIRC, """# Publicazion dal pachet cjasefurlane-sensors
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@t@@
""", secret="@@t@@", t=fakes.pypi_token(_seed()))

add("pypirc/decoy-keyring", "telars/tools/.pypirc", DOC_PYPIRC, """# Il token al è tal keyring (python -m keyring set https://upload.pypi.org/legacy/ __token__)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
""")

add("netrc/heroku-key", "telars/docs/dotfiles/netrc", DOC_NETRC, """# ~/.netrc dal PC de officine (copie par Matie)
machine api.heroku.com
  login officine@telars-udin.it
  password @@hk@@
machine git.heroku.com
  login officine@telars-udin.it
  password @@hk@@
""", secret="@@hk@@", hk=uuid_s())

add("pgpass/postgres-password", "persutarie/docs/dotfiles/pgpass", DOC_PGPASS, """# hostname:port:database:username:password
# (copie dal ~/.pgpass di Gjulie, pal PC gnûf dal ufici)
db.cjasefurlane.internal:5432:stagjonadure:gjulie:@@pw@@
# (il server di prove al dopre il certificât client, nol covente achì)
# recuarditi: chmod 0600 ~/.pgpass
""", secret="@@pw@@", pw=rand_pw(16))
add("pem/rsa-private-key", "telars/deploy/keys/officine-deploy.pem", "https://www.rfc-editor.org/rfc/rfc7468", """@@k@@
""", secret="@@k@@", k=pem("RSA"))

add("pem/decoy-public-cert", "telars/deploy/keys/ordins-telars-udin-it.crt", "https://www.rfc-editor.org/rfc/rfc7468#section-5", """-----BEGIN CERTIFICATE-----
MIID@@c1@@
@@c2@@
@@c3@@
@@c4@@
-----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 60, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("yaml/ssh-private-key-block", "infra/ansible/group_vars/officine/deploy.yml", DOC_ANSIBLE, """# Clâf pal deploy sul server de officine (cnc-bridge, ordins)
deploy_user: telars
deploy_host: 10.40.0.5
deploy_key: |
  @@k@@
deploy_path: /srv/ordins
""", secret="@@kraw@@", **{"kraw": (_pk := pem("OPENSSH")), "k": _pk.replace("\n", "\n  ")})

add("ssh-config/decoy-identity-file", "telars/docs/dotfiles/ssh_config", DOC_SSH, """# ~/.ssh/config dal PC de officine
Host officine
    HostName 10.40.0.5
    User telars
    IdentityFile ~/.ssh/officine_ed25519
    IdentitiesOnly yes

Host nas01
    HostName 10.40.0.20
    User backup
""")

add("ssh/decoy-public-key", "telars/deploy/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """# Clâfs publichis autorizadis sul server de officine
@@k1@@ matie@officine
@@k2@@ gjovanin@portatil
@@k3@@ ci@gitlab
# (lis clâfs privadis a restin sui PC, mai achì)
""", k1=ssh_pub(), k2=ssh_pub(), k3=ssh_pub())

add("shell-history/mysql-password", "telars/docs/dotfiles/bash_history", DOC_HIST, """cd /srv/ordins
git pull
docker compose ps
docker compose logs -f ordins --tail 50
mysql -h 10.40.0.12 -u cnc --password=@@pw@@ officine
sudo systemctl restart cnc-bridge
exit
""", secret="@@pw@@", pw=rand_pw(15))

add("shell-history/decoy-prompted", "persutarie/docs/dotfiles/zsh_history", "https://zsh.sourceforge.io/Doc/Release/Options.html#History", """: 1764300001:0;cd ~/persutarie
: 1764300010:0;git status
: 1764300025:0;psql -h db.cjasefurlane.internal -U gjulie -W stagjonadure
: 1764300090:0;vault kv get -field=password kv/persutarie/db
: 1764300120:0;make test
: 1764300180:0;git push
""")

add("rst/gitlab-token", "telars/docs/source/deploy.rst", DOC_RST, """Deploy dal cnc-bridge
=====================

Il deploy al ven fat di GitLab. Par tirâ jù l'imagjin a man dal server de officine:

.. code-block:: console

   $ docker login registry.telars-udin.it -u deploy -p @@gl@@
   $ docker pull registry.telars-udin.it/cnc-bridge:latest

.. note:: Il token al è di Matie, nol scjat prime dal 2027.
""", secret="@@gl@@", gl=token("glpat-", 20))

add("rst/decoy-placeholder", "persutarie/docs/source/install.rst", DOC_RST, """Instalazion dal collector
=========================

Met la password de base di dâts te variabile d'ambient:

.. code-block:: console

   $ export DB_PASSWORD='<password-dal-vault>'
   $ cantine-collector --db "postgresql://collector:${DB_PASSWORD}@db/stagjonadure"

Cjale ancje :doc:`runbook`.
""")

add("html/grafana-token-inline", "persutarie/sit/schermi-cantinis.html", DOC_HTML, """<!doctype html>
<html lang="fur">
<head><meta charset="utf-8"><title>Schermi des cantinis</title></head>
<body>
  <h1>Temperadure e umiditât, in timp reâl</h1>
  <div id="grafics"></div>
  <script>
    // schermi tal coridôr des cantinis (Raspberry in modalitât kiosk)
    const GRAFANA_TOKEN = "@@t@@";
    fetch("https://grafana.cjasefurlane.it/api/ds/query", {headers: {Authorization: "Bearer " + GRAFANA_TOKEN}});
  </script>
</body>
</html>
""", secret="@@t@@", t=token("glsa_", 32) + "_" + hexs(8))

add("html/decoy-maps-embed", "persutarie/sit/contats.html", DOC_HTML, """<!doctype html>
<html lang="fur">
<head><meta charset="utf-8"><title>Contats - Persutarie Cjase Furlane</title></head>
<body>
  <h1>Ven a cjatânus a San Denêl</h1>
  <p>Vie dal Tiliment 12, 33038 San Denêl dal Friûl</p>
  <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2770.1!2d13.0105!3d46.1563!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x@@id@@!2sCjase%20Furlane!5e0!3m2!1sit!2sit!4v1764000000000" width="600" height="450" loading="lazy"></iframe>
</body>
</html>
""", id=hexs(16))

add("html/decoy-recaptcha-site-key", "persutarie/sit/ordine.html", "https://developers.google.com/recaptcha/docs/display", """<!doctype html>
<html lang="fur">
<head><meta charset="utf-8"><title>Ordine un persut</title>
<script src="https://www.google.com/recaptcha/api.js" async defer></script></head>
<body>
  <form action="/ordine" method="post">
    <input name="non" placeholder="Non e cognon">
    <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
    <button>Mande</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("wiki/ftp-password", "persutarie/wiki/Spedizions.wiki", DOC_WIKI, """== Spedizions cul coriîr ==
Ogni sere a lis 17 si cjame il file des spedizions sul FTP dal coriîr.

{| class="wikitable"
! Server !! Utent !! Password
|-
| ftp.trasportifriul.it || cjasefurlane || @@pw@@
|}

Se il FTP nol va, clamâ il numar dal coriîr (cjale la pagjine [[Contats]]).
""", secret="@@pw@@", pw=words_pw())

add("wiki/decoy-vault-reference", "telars/wiki/Acès.wiki", DOC_WIKI, """== Acès ai servizis de officine ==
* '''CNC''': utent <code>operator</code>, password tal 1Password (vault "Officine").
* '''NAS''': cu lis credenziâls di Windows dal domini TELARS.
* '''Shopify''': ognidun al à il so account; no condividi lis passwords.
Se tu âs pierdût la password, domande a Matie.
""")

add("xml/maven-password", "telars/cnc-bridge/settings.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <!-- Repository Nexus de officine -->
  <servers>
    <server>
      <id>telars-nexus</id>
      <username>ci</username>
      <password>@@pw@@</password>
    </server>
  </servers>
</settings>
""", secret="@@pw@@", pw=rand_pw(20))

add("xml/decoy-env-reference", "telars/cnc-bridge/.mvn/settings-ci.xml", "https://maven.apache.org/settings.html#servers", """<settings>
  <!-- In CI: credenziâls dal ambient -->
  <servers>
    <server>
      <id>telars-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("k8s-secret/stringdata-api-key", "telars/k8s/ordins-secrets.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: ordins-api
  namespace: telars
type: Opaque
stringData:
  # clâf dal servizi di spedizion (DHL Parcel)
  SHIPPING_API_KEY: "@@k@@"
  SHIPPING_ACCOUNT: "5123987"
""", secret="@@k@@", k=rand_pw(32))

add("k8s-secret/decoy-external-secret", "telars/k8s/ordins-external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ordins-api
  namespace: telars
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-telars
    kind: ClusterSecretStore
  target:
    name: ordins-api
  data:
    - secretKey: SHIPPING_API_KEY
      remoteRef:
        key: telars/ordins
        property: shipping_api_key
""")

add("k8s-secret/docker-config", "telars/k8s/registry-pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """apiVersion: v1
kind: Secret
metadata:
  name: telars-registry
  namespace: telars
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@dc@@
""", secret="@@pw@@", pw=(_rp := rand_pw(24)), dc=b64('{"auths":{"registry.telars-udin.it":{"username":"k8s-pull","password":"' + _rp + '"}}}'))
add("notes/password-in-sentence", "persutarie/notes/2026-11-passaç-di-consegne.md", DOC_MD, """# Passaç di consegne (Gjulie -> Toni)

- La cantine 2 e à il sensôr dal cjanton nord che al da nûf grâts in plui: za segnalât.
- Il lot L2026-1103 al va fûr ai 12 di dicembar, dopo dal timbri dal ispetôr.
- Pal panel de tracciabilitât o ai metût une password gnove par "ispetor": @@pw@@
  (jal dîs a vôs cuant che al rive, no par mail).
- Il gas pe cjaldaie al è stât ordenât.
""", secret="@@pw@@", pw=words_pw())

add("notes/decoy-rotated", "persutarie/notes/2026-10-incident-password.md", DOC_MD, """# Incident: password dal FTP tal canâl Slack (10/10)

La password dal FTP dal coriîr e je stade scrite par sbali tal canâl #spedizions.
Azions:
1. Password cambiade il stes dì dal coriîr (la gnove e je dome tal KeePass).
2. Messaç eliminât e canâl controlât.
3. Il vecjo valôr nol funzione plui: tentatîfs blocâts sul server dal coriîr.
""")

add("shell/heredoc-env", "telars/scripts/prepare-server.sh", DOC_SH, """#!/usr/bin/env bash
# Prepare il server gnûf de officine (Debian 12)
set -euo pipefail
apt-get install -y docker.io docker-compose-plugin
mkdir -p /srv/ordins
cat > /srv/ordins/.env <<'EOF'
ORDINS_DB_USER=ordins
ORDINS_DB_PASSWORD=@@pw@@
ORDINS_BASE_URL=https://ordins.telars-udin.it
EOF
chmod 600 /srv/ordins/.env
""", secret="@@pw@@", pw=rand_pw(22))

add("shell/decoy-heredoc-generated", "telars/scripts/prepare-test-server.sh", DOC_SH, """#!/usr/bin/env bash
# Server di prove: la password si la gjenere ogni volte
set -euo pipefail
mkdir -p /srv/ordins-test
cat > /srv/ordins-test/.env <<EOF
ORDINS_DB_USER=ordins
ORDINS_DB_PASSWORD=$(openssl rand -base64 24)
ORDINS_BASE_URL=https://test.ordins.telars-udin.it
EOF
""")

add("python/split-password", "telars/cnc/lettor_g_code.py", DOC_PY, '''"""Lei i programs G-code dal CNC (tais dai tubs a mitre) e ju archivie."""
import ftplib

CNC_HOST = "10.40.0.30"
CNC_USER = "fanuc"
CNC_PASSWORD = ("@@a@@"
                "@@b@@")


def scjame():
    with ftplib.FTP(CNC_HOST, CNC_USER, CNC_PASSWORD) as ftp:
        return ftp.nlst("/programs")
''', secret=(_sp := rand_pw(20)), a=_sp[:9], b=_sp[9:])

add("python/json-in-string", "telars/ordins/spedizions.py", DOC_PY, '''import json
import requests

# Credenziâls dal coriîr (BRT) par stampâ lis letaris di vetture
CONFIG = json.loads("""{"account": "1020304", "user": "telarsudin", "password": "@@pw@@"}""")


def letare(colli: int) -> bytes:
    r = requests.post("https://api.brt.it/rest/v1/shipments/shipment",
                      json={"account": CONFIG, "numberOfParcels": colli})
    return r.content
''', secret="@@pw@@", pw=rand_pw(16))

add("python/basic-auth-header", "persutarie/consorzi/invie_lots.py", DOC_PY, '''"""Invie i lots gnûfs al portâl dal Consorzi (API REST)."""
import requests

HEADERS = {
    "Authorization": "Basic @@ba@@",
    "Content-Type": "application/json",
}


def invie(lot: dict) -> None:
    requests.post("https://api.consorzio.example/v2/lotti", json=lot, headers=HEADERS, timeout=30)
''', secret="@@ba@@", ba=b64("cjase-furlane:" + rand_pw(18)))

add("python/decoy-hash-constant", "persutarie/consorzi/verifiche.py", DOC_PY, '''"""Verifiche i certificâts dal Consorzi cul so SHA-256."""
import hashlib

# impronte publiche dal certificât radîs dal portâl (no je une clâf)
ROOT_SHA256 = "@@h@@"


def va_ben(der: bytes) -> bool:
    return hashlib.sha256(der).hexdigest() == ROOT_SHA256
''', h=hexs(64))

add("python/slack-bot-token", "telars/officine-bot/slack_turni.py", DOC_PY, '''"""Mande la liste dai telârs de setemane sul canâl #officine."""
from slack_sdk import WebClient

client = WebClient(token="@@t@@")


def setemane(telars: list[str]) -> None:
    text = "Telârs di cheste setemane:\\n" + "\\n".join(f"• {t}" for t in telars)
    client.chat_postMessage(channel="#officine", text=text)
''', secret="@@t@@", t=slack_bot())

add("python/decoy-fake-fixture", "telars/officine-bot/test_slack_turni.py", DOC_PY, '''"""Test: token fals (xoxb-test), il client al è simulât."""
from unittest import mock

import slack_turni

FAKE_TOKEN = "xoxb-0000000000-0000000000000-testtesttesttesttesttest"


def test_setemane():
    with mock.patch.object(slack_turni, "client") as c:
        slack_turni.setemane(["Strade 56", "Gravel 54"])
        c.chat_postMessage.assert_called_once()
''')

add("yaml/datadog-api-key", "persutarie/config/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """# Agjent Datadog sul server des cantinis
api_key: @@k@@
site: datadoghq.eu
hostname: cantinis-srv
tags:
  - cjase:cjasefurlane
  - lûc:san-daniele
logs_enabled: true
""", secret="@@k@@", k=hexs(32))

add("yaml/decoy-datadog-env", "telars/config/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """# Agjent Datadog in officine: la clâf e ven di DD_API_KEY
api_key: ENC[datadog_api_key]
secret_backend_command: /usr/local/bin/dd-secret-helper
site: datadoghq.eu
hostname: officine-srv
logs_enabled: false
""")

add("yaml/grafana-datasource-password", "persutarie/grafana/provisioning/datasources/ds.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """apiVersion: 1
datasources:
  - name: Stagjonadure
    type: postgres
    url: db.cjasefurlane.internal:5432
    user: grafana_ro
    jsonData:
      database: stagjonadure
      sslmode: require
    secureJsonData:
      password: "@@pw@@"
""", secret="@@pw@@", pw=words_pw())

add("yaml/decoy-grafana-file-ref", "telars/grafana/provisioning/datasources/ds.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", """apiVersion: 1
datasources:
  - name: Ordins
    type: mysql
    url: 10.40.0.12:3306
    user: grafana
    jsonData:
      database: officine
    secureJsonData:
      password: $__file{/run/secrets/grafana_mysql}
""")

add("env/huggingface-token", "persutarie/analisi/.env", DOC_ENV, """# Model pe previsione de pierdite di pês (prove)
HF_TOKEN=@@t@@
MODEL_ID=cjasefurlane/pes-persut-v2
DATA_DIR=./dats
BATCH=64
""", secret="@@t@@", t=token("hf_", 34))

add("env/digitalocean-token", "telars/infra/.env", DOC_ENV, """# Droplet pal sît e pal blog de officine
DIGITALOCEAN_TOKEN=@@t@@
DO_REGION=fra1
DO_SIZE=s-2vcpu-4gb
DO_SSH_KEY_NAME=officine
""", secret="@@t@@", t="dop_v1_" + hexs(64))

add("env/decoy-commented-example", "telars/infra/.env.example", DOC_ENV, """# Token di DigitalOcean: gjeneralu su cloud.digitalocean.com/account/api/tokens
# Esempli dal formât: dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
DIGITALOCEAN_TOKEN=
DO_REGION=fra1
DO_SIZE=s-2vcpu-4gb
""")

add("env/anthropic-key", "telars/bikefit-web/.env.local", DOC_ENV, """# Assistent pes misuris (prove interne)
ANTHROPIC_API_KEY=@@k@@
VITE_SUPABASE_URL=https://@@ref@@.supabase.co
BIKEFIT_MODEL=claude-haiku
BIKEFIT_LANG=fur
""", secret="@@k@@", k=token("sk-ant-api03-", 93, ALNUM + "_-") + "AA", ref=fakes.drawn(_seed(), 20, string.ascii_lowercase))

add("env/mollie-key", "telars/sit/.env", DOC_ENV, """APP_NAME="Telârs Udin"
APP_ENV=production
APP_URL=https://www.telars-udin.it
MOLLIE_KEY=@@mk@@
MAILGUN_DOMAIN=mg.telars-udin.it
""", secret="@@mk@@", mk=token("live_", 30))
add("yaml/azure-client-secret", "telars/config/fatture.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """# Fatturis eletronichis: app Entra ID pe cartele condividude SharePoint
fatture:
  tenant_id: @@tid@@
  client_id: @@cid@@
  client_secret: "@@cs@@"
  sharepoint_site: telarsudin.sharepoint.com/sites/aministrazion
  cartele: Fatture/2026
""", secret="@@cs@@", tid=uuid_s(), cid=uuid_s(), cs=azure_secret())

add("yaml/decoy-ids-only", "persutarie/config/fatture.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials", """# Fatturis: l'app e dopre un certificât (no un segret)
fatture:
  tenant_id: @@tid@@
  client_id: @@cid@@
  certificate_thumbprint: @@th@@
  certificate_path: /etc/persutarie/fatture.pfx
  cartele: Fatture/2026
""", tid=uuid_s(), cid=uuid_s(), th=hexs(40).upper())

add("json/firebase-service-account", "telars/bikefit-web/service-account.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """{
  "type": "service_account",
  "project_id": "bikefit-telars",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-x1@bikefit-telars.iam.gserviceaccount.com",
  "client_id": "1049@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", secret="@@pk@@", kid=hexs(40), pk=(_fk := pem("")).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n"), cid=fakes.drawn(_seed(), 17, string.digits))

add("json/decoy-google-services", "telars/bikefit-android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """{
  "project_info": {
    "project_number": "104912345678",
    "project_id": "bikefit-telars",
    "storage_bucket": "bikefit-telars.appspot.com"
  },
  "client": [{
    "client_info": {"android_client_info": {"package_name": "it.telarsudin.bikefit"}},
    "oauth_client": [],
    "services": {"appinvite_service": {"other_platform_oauth_client": []}}
  }],
  "configuration_version": "1"
}
""")

add("json/vscode-sftp-password", "telars/sit/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "sît telars-udin.it",
  "host": "ftp.telars-udin.it",
  "protocol": "sftp",
  "port": 22,
  "username": "telarsudin",
  "password": "@@pw@@",
  "remotePath": "/var/www/html",
  "uploadOnSave": true
}
""", secret="@@pw@@", pw=words_pw())

add("json/decoy-vscode-key-file", "persutarie/sit/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """{
  "name": "sît cjasefurlane.it",
  "host": "ssh.cjasefurlane.it",
  "protocol": "sftp",
  "username": "cjasefurlane",
  "privateKeyPath": "~/.ssh/id_ed25519",
  "remotePath": "/var/www/sit",
  "uploadOnSave": false
}
""")

add("json/package-json-url-credential", "persutarie/dashboard/package.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-json#repository", """{
  "name": "cantinis-dashboard",
  "version": "0.4.2",
  "private": true,
  "scripts": {
    "dev": "vite",
    "deploy": "rsync -az dist/ deploy@10.20.1.15:/srv/dashboard"
  },
  "dependencies": {
    "cjasefurlane-ui": "git+https://gjulie:@@gh@@@github.com/cjasefurlane/ui.git#v1.2.0",
    "chart.js": "^4.4.0"
  }
}
""", secret="@@gh@@", gh=fakes.github_fine_grained_token(_seed()))

add("json/decoy-package-lock-integrity", "persutarie/dashboard/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """{
  "name": "cantinis-dashboard",
  "version": "0.4.2",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/chart.js": {
      "version": "4.4.7",
      "resolved": "https://registry.npmjs.org/chart.js/-/chart.js-4.4.7.tgz",
      "integrity": "sha512-@@i@@=="
    }
  }
}
""", i=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("go/aws-session", "persutarie/collector/internal/store/s3.go", DOC_GO, """package store

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Credenziâls dal utent IAM "collector" (cantinis)
var creds = credentials.NewStaticCredentialsProvider(
	"@@kid@@",
	"@@sk@@",
	"",
)
""", secret="@@sk@@", **dict(zip(("kid", "sk"), aws_pair())))

add("go/decoy-example-config", "persutarie/collector/config.example.go", DOC_GO, """//go:build ignore

package main

// Esempli di configurazion pal collector: valôrs fints
var exampleConfig = map[string]string{
	"mqtt_url":      "mqtts://cantine:CHANGE_ME@mqtt.cjasefurlane.internal:8883",
	"db_dsn":        "postgres://collector:<password>@db/stagjonadure",
	"poll_interval": "30s",
}
""")

add("java/ldap-password", "telars/gjestional/src/main/resources/application.yml", DOC_JAVA, """# Gjestionâl de officine: acès cun LDAP dal domini TELARS
spring:
  ldap:
    urls: ldaps://dc01.telars.local:636
    base: dc=telars,dc=local
    username: cn=svc-gjestional,ou=servizis,dc=telars,dc=local
    password: "@@pw@@"
server:
  port: 8081
""", secret="@@pw@@", pw=rand_pw(21, "!$"))

add("java/decoy-jasypt", "persutarie/gjestional/src/main/resources/application.yml", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """# Password cifrade cun Jasypt (la clâf master e je tal ambient)
spring:
  datasource:
    url: jdbc:postgresql://db.cjasefurlane.internal:5432/gjestional
    username: gjestional
    password: ENC(@@e@@)
jasypt:
  encryptor:
    password: ${JASYPT_ENCRYPTOR_PASSWORD}
""", e=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("kotlin/ktor-db-password", "telars/gjestional-api/src/main/kotlin/Database.kt", DOC_KT, """package it.telarsudin.api

import org.jetbrains.exposed.sql.Database

// Conession ae base di dâts dai telârs (geometriis, misuris)
fun conet() = Database.connect(
    url = "jdbc:postgresql://pg.telars-udin.it:5432/telars",
    driver = "org.postgresql.Driver",
    user = "api",
    password = "@@pw@@"
)
""", secret="@@pw@@", pw=rand_pw(18))

add("csharp/smtp-credential", "telars/Magazin/Services/Avis.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """using System.Net;
using System.Net.Mail;

namespace Magazin.Services;

// Avîs cuant che i tubs Columbus a van sot dal minim
public static class Avis
{
    public static void Mande(string test)
    {
        using var smtp = new SmtpClient("smtp.office365.com", 587) { EnableSsl = true };
        smtp.Credentials = new NetworkCredential("magazin@telars-udin.it", "@@pw@@");
        smtp.Send("magazin@telars-udin.it", "matie@telars-udin.it", "Magazin", test);
    }
}
""", secret="@@pw@@", pw=words_pw())

add("csharp/decoy-user-secrets", "telars/Magazin/Magazin.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- i segrets a son tal user-secrets store, no tal repo -->
    <UserSecretsId>@@u@@</UserSecretsId>
  </PropertyGroup>
</Project>
""", u=uuid_s())

add("ruby/database-url", "telars/sit-shop/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

development:
  <<: *default
  database: shop_dev

production:
  <<: *default
  url: postgres://shop:@@pw@@@pg.telars-udin.it:5432/shop_production
""", secret="@@pw@@", pw=rand_pw(20))

add("ruby/decoy-database-env", "persutarie/botee-rails/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
""")

add("ruby/sidekiq-redis-url", "telars/sit-shop/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """# Code dai lavôrs (mail, fatturis, sincronizazion Shopify)
Sidekiq.configure_server do |config|
  config.redis = { url: "redis://:@@pw@@@redis.telars-udin.it:6379/2" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "redis://:@@pw@@@redis.telars-udin.it:6379/2" }
end
""", secret="@@pw@@", pw=fakes.redis_password(_seed()))
add("php/paypal-secret", "persutarie/botee-php/config/paypal.php", DOC_PHP, """<?php
// PayPal pai clients forescj (Austrie, Gjermanie)
return [
    'mode' => 'live',
    'live' => [
        'client_id' => 'A@@cid@@',
        'client_secret' => 'E@@cs@@',
    ],
    'currency' => 'EUR',
];
""", secret="E@@cs@@".replace("@@cs@@", (_ps := fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"))), cid=fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cs=_ps)

add("php/decoy-sandbox-docs", "persutarie/botee-php/config/paypal.sandbox.php", DOC_PHP, """<?php
// Sandbox: lis credenziâls a vegnin dal .env.testing (dome prove)
return [
    'mode' => 'sandbox',
    'sandbox' => [
        'client_id' => getenv('PAYPAL_SANDBOX_CLIENT_ID'),
        'client_secret' => getenv('PAYPAL_SANDBOX_SECRET'),
    ],
    'currency' => 'EUR',
];
""")

add("javascript/mongodb-uri", "persutarie/dashboard/server/db.js", DOC_JS, """// Archivi des leturis vecjis (2019-2023) su MongoDB Atlas
const { MongoClient } = require("mongodb");

const uri =
  "mongodb+srv://archivi:@@pw@@@cluster0.cjasef.mongodb.net/letture?retryWrites=true&w=majority";

const client = new MongoClient(uri);

module.exports = async function letturis(cantine) {
  await client.connect();
  return client.db("letture").collection(cantine).find().limit(500).toArray();
};
""", secret="@@pw@@", pw=rand_pw(16))

add("javascript/decoy-mongodb-env", "persutarie/dashboard/server/db.test.js", DOC_JS, """// Test cun mongodb-memory-server: nissune password
const { MongoMemoryServer } = require("mongodb-memory-server");

let mongod;
beforeAll(async () => {
  mongod = await MongoMemoryServer.create();
  process.env.MONGO_URI = mongod.getUri();
});
afterAll(() => mongod.stop());
""")

add("javascript/firebase-admin-inline", "telars/officine-bot/firebase.js", DOC_JS, """// Notifichis push pe app BikeFit
const admin = require("firebase-admin");

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "bikefit-telars",
    clientEmail: "firebase-adminsdk-x1@bikefit-telars.iam.gserviceaccount.com",
    privateKey: `@@pk@@`,
  }),
});

module.exports = admin;
""", secret="@@pk@@", pk=pem(""))

add("typescript/mapbox-secret", "telars/bikefit-web/scripts/upload-tileset.ts", DOC_TS, """// Cjame il tileset dai percors di prove (Collio, Prealps Juliis)
import mbxClient from "@mapbox/mapbox-sdk";
import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";

const client = mbxClient({ accessToken: "sk.eyJ1IjoidGVsYXJzdWRpbiIsImEiOiJ@@t@@" });
const uploads = mbxUploads(client);

await uploads.createUpload({ tileset: "telarsudin.percors", url: "s3://staging/percors.geojson" }).send();
""", secret="sk.eyJ1IjoidGVsYXJzdWRpbiIsImEiOiJ@@t@@".replace("@@t@@", (_mt := fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-"))), t=_mt)

add("typescript/decoy-mapbox-public", "telars/bikefit-web/src/map.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """import mapboxgl from "mapbox-gl";

// Token public (pk.), limitât al domini bikefit.telars-udin.it
mapboxgl.accessToken = "pk.eyJ1IjoidGVsYXJzdWRpbiIsImEiOiJ@@t@@";

export const mape = () =>
  new mapboxgl.Map({ container: "mape", style: "mapbox://styles/mapbox/outdoors-v12", center: [13.23, 46.06], zoom: 10 });
""", t=fakes.drawn_mixed(_seed(), 22) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-"))

add("swift/api-key-plist", "telars/BikeFit-iOS/BikeFit/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>OpenAIKey</key>
    <string>@@ok@@</string>
    <key>Ambient</key>
    <string>produzion</string>
</dict>
</plist>
""", secret="@@ok@@", ok=fakes.openai_key(_seed()))

add("swift/decoy-xcconfig-reference", "telars/BikeFit-iOS/Config/Release.xcconfig", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """// Release: lis clâfs a vegnin dal CI (Xcode Cloud, variabilis segretis)
PRODUCT_BUNDLE_IDENTIFIER = it.telarsudin.bikefit
API_BASE_URL = https:/$()/api.telars-udin.it
OPENAI_KEY = $(OPENAI_KEY_FROM_CI)
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""")

add("rust/database-url-config", "telars/saldadure-log/config/production.toml", DOC_TOML, """# Regjistri des saldaduris TIG (ogni telâr, ogni gjonture)
[server]
port = 8090

[database]
url = "postgres://saldadure:@@pw@@@pg.telars-udin.it/saldadure"
max_connections = 8

[archivi]
cartele = "/srv/saldadure/fotos"
""", secret="@@pw@@", pw=rand_pw(22, "-_"))

add("rust/decoy-test-config", "telars/saldadure-log/config/test.toml", DOC_TOML, """# Test: base di dâts tal container di prove (password fisse dal docker-compose.test)
[server]
port = 0

[database]
url = "postgres://postgres:postgres@localhost:55432/saldadure_test"
max_connections = 2
""")

add("terraform/cloudflare-token", "infra/telars/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """# DNS di telars-udin.it
provider "cloudflare" {
  api_token = "@@t@@"
}

resource "cloudflare_record" "ordins" {
  zone_id = var.zone_id
  name    = "ordins"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", secret="@@t@@", t=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-tfvars-example", "infra/telars/terraform.tfvars.example", DOC_TF, """# Copie in terraform.tfvars (ignorât di git)
zone_id          = "<zone id di telars-udin.it>"
cloudflare_token = "REPLACE_WITH_TOKEN"
do_region        = "fra1"
db_password      = ""
""")

add("terraform/tfvars-db-password", "infra/persutarie/prod.auto.tfvars", DOC_TF, """# Produzion persutarie
region         = "eu-south-1"
instance_type  = "t4g.small"
db_username    = "stagjonadure"
db_password    = "@@pw@@"
backup_retention_days = 14
""", secret="@@pw@@", pw=words_pw())

add("ansible/inventory-password", "infra/ansible/inventory/cantinis.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """# Raspberry intes cantinis (un par cantine)
[cantinis]
cantine-1 ansible_host=10.20.5.11
cantine-2 ansible_host=10.20.5.12
cjase-vecje ansible_host=10.20.5.13

[cantinis:vars]
ansible_user=pi
ansible_password=@@pw@@
""", secret="@@pw@@", pw=rand_pw(14))

add("ansible/decoy-lookup", "infra/ansible/inventory/officine.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """all:
  children:
    officine:
      hosts:
        officine-srv:
          ansible_host: 10.40.0.5
        nas01:
          ansible_host: 10.40.0.20
      vars:
        ansible_user: telars
        ansible_become_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/officine:become') }}"
""")

add("ansible/task-uri-token", "infra/ansible/roles/dashboard/tasks/main.yml", DOC_ANSIBLE, """- name: Cree il dashboard des cantinis in Grafana
  ansible.builtin.uri:
    url: https://grafana.cjasefurlane.it/api/dashboards/db
    method: POST
    headers:
      Authorization: "Bearer @@t@@"
    body_format: json
    body: "{{ lookup('file', 'cantinis.json') }}"
    status_code: 200
""", secret="@@t@@", t=token("glsa_", 32) + "_" + hexs(8))

add("markdown/readme-curl-token", "telars/ordins/README.md", DOC_MD, """# Ordins - Telârs Udin

Servizi dai ordins dai telârs su misure (geometrie, tubs, vernîs).

## Prove rapide

```sh
curl -H "Authorization: Bearer @@t@@" \\
     https://ordins.telars-udin.it/api/v1/ordins?stat=in-saldadure
```

## Svilup
`make dev` e po `make test`.
""", secret="@@t@@", t=rand_pw(40))

add("markdown/decoy-readme-placeholder", "persutarie/collector/README.md", DOC_MD, """# cantine-collector

Al lei i sensôrs des cantinis e al scrîf su Postgres.

```sh
export DB_URL="postgresql://collector:YOUR_PASSWORD@localhost/stagjonadure"
export MQTT_PASSWORD="..."
cantine-collector --config config.yml
```

Lis credenziâls veris a son tal Vault (`kv/persutarie/collector`).
""")
add("aws-credentials/secret-key", "persutarie/docs/dotfiles/aws_credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """# ~/.aws/credentials dal PC dal ufici (backup dai sensôrs)
[default]
region = eu-south-1

[cjasefurlane-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sk@@
""", secret="@@sk@@", **dict(zip(("kid", "sk"), aws_pair())))

add("aws-credentials/decoy-sso-profile", "telars/docs/dotfiles/aws_config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """# ~/.aws/config: acès cun IAM Identity Center (nissune clâf fisse)
[profile telars-prod]
sso_session = telars
sso_account_id = 123456789012
sso_role_name = OfficineAdmin
region = eu-south-1

[sso-session telars]
sso_start_url = https://telarsudin.awsapps.com/start
sso_region = eu-west-1
""")

add("rclone/s3-secret", "persutarie/docs/dotfiles/rclone.conf", "https://rclone.org/s3/#configuration", """# rclone pe copie des fotos des cuessis (timbri DOP) su Wasabi
[wasabi-fotos]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@sk@@
endpoint = s3.eu-south-1.wasabisys.com
""", secret="@@sk@@", kid=fakes.drawn(_seed(), 20, UPNUM), sk=fakes.drawn_mixed(_seed(), 40))

add("rclone/decoy-obscured-missing", "telars/docs/dotfiles/rclone.conf", "https://rclone.org/docs/#config-file", """# rclone pai disegns CAD: la password e ven domandade (config cifrade)
# RCLONE_CONFIG_PASS tal ambient dal PC de officine
[nas]
type = sftp
host = 10.40.0.20
user = backup
key_file = ~/.ssh/nas_ed25519
""")

add("systemd/environment-token", "persutarie/deploy/cantine-collector.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", """[Unit]
Description=Collector dai sensôrs des cantinis
After=network-online.target

[Service]
User=collector
Environment=MQTT_URL=mqtts://mqtt.cjasefurlane.internal:8883
Environment=INFLUX_TOKEN=@@t@@
ExecStart=/usr/local/bin/cantine-collector
Restart=always

[Install]
WantedBy=multi-user.target
""", secret="@@t@@", t=fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("systemd/decoy-environment-file", "telars/deploy/saldadure-bot.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """[Unit]
Description=Bot Telegram des saldaduris
After=network-online.target

[Service]
User=telars
EnvironmentFile=/etc/telars/saldadure-bot.env
LoadCredential=teloxide_token:/etc/credstore/teloxide_token
ExecStart=/usr/local/bin/saldadure-bot
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

add("crontab/url-password", "persutarie/deploy/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """# crontab dal server des cantinis
# m h dom mon dow command
*/5 * * * * /usr/local/bin/cantine-check >> /var/log/cantine-check.log 2>&1
30 2 * * * /srv/scripts/backup-tracciabilitat.sh
0 7 * * 1 curl -s -u report:@@pw@@ https://grafana.cjasefurlane.it/api/reports/email -d '{"id":3}'
""", secret="@@pw@@", pw=rand_pw(18))

add("docker-config/auth", "telars/docs/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", """{
  "auths": {
    "registry.telars-udin.it": {
      "auth": "@@a@@"
    }
  },
  "credsStore": ""
}
""", secret="@@a@@", a=b64("matie:" + rand_pw(20)))

add("docker-config/decoy-creds-store", "persutarie/docs/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """{
  "auths": {
    "ghcr.io": {},
    "registry.cjasefurlane.it": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("git-credentials/github-token", "telars/docs/dotfiles/git-credentials", "https://git-scm.com/docs/git-credential-store#_storage_format", """https://matie:@@gh@@@github.com
https://ci-telars:x@gitlab.telars-udin.it
https://gjovanin@bitbucket.org
""" + "# copie dal ~/.git-credentials dal PC vecjo\n# (dome par migrâ, dopo scancelâ)\n", secret="@@gh@@", gh=fakes.github_token(_seed()))

add("gitconfig/decoy-credential-helper", "persutarie/docs/dotfiles/gitconfig", "https://git-scm.com/docs/gitcredentials", """[user]
    name = Gjulie Fabris
    email = gjulie@cjasefurlane.it
[credential]
    helper = manager
[credential "https://github.com"]
    username = gjulie-cjasefurlane
[init]
    defaultBranch = main
""")

add("jenkinsfile/nexus-password", "telars/cnc-bridge/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """pipeline {
    agent any
    environment {
        NEXUS_USER = 'ci'
        NEXUS_PASS = '@@pw@@'
    }
    stages {
        stage('Build') { steps { sh './mvnw -B package' } }
        stage('Publish') {
            steps { sh './mvnw -B deploy -Dnexus.user=$NEXUS_USER -Dnexus.password=$NEXUS_PASS' }
        }
    }
}
""", secret="@@pw@@", pw=rand_pw(18))

add("jenkinsfile/decoy-credentials-binding", "telars/gjestional/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """pipeline {
    agent any
    stages {
        stage('Deploy') {
            steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'U', passwordVariable: 'P')]) {
                    sh './mvnw -B deploy -Dnexus.user=$U -Dnexus.password=$P'
                }
            }
        }
    }
}
""")

add("bitbucket-pipelines/ssh-deploy-password", "persutarie/sit/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/bitbucket-pipelines-configuration-reference/", """image: node:22
pipelines:
  branches:
    main:
      - step:
          name: Deploy sît
          script:
            - npm ci && npm run build
            - lftp -u cjasefurlane,@@pw@@ sftp://ssh.cjasefurlane.it -e "mirror -R dist /var/www/sit; quit"
""", secret="@@pw@@", pw=words_pw())

add("circleci/decoy-context", "telars/bikefit-web/.circleci/config.yml", "https://circleci.com/docs/contexts/", """version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/node:22.11
    steps:
      - checkout
      - run: npm ci && npm run build
      - run: npx netlify deploy --prod --auth "$NETLIFY_AUTH_TOKEN"
workflows:
  main:
    jobs:
      - deploy:
          context: bikefit-prod
""")

add("azure-pipelines/storage-sas", "telars/Magazin/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", """trigger: [main]
pool:
  vmImage: ubuntu-latest
variables:
  FOTO_SAS: "sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-06-30T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=@@sig@@"
steps:
  - script: dotnet publish -c Release -o out
  - script: azcopy copy "out/*" "https://telarsudinfoto.blob.core.windows.net/deploy?$(FOTO_SAS)"
""", secret="@@sig@@", sig=fakes.drawn_mixed(_seed(), 43, ALNUM) + "%3D")
add("c/wifi-mqtt-password", "persutarie/firmware/sensor-cantine/config.h", "https://en.cppreference.com/w/c/preprocessor/replace", """// Firmware dal sensôr (ESP32 + SHT45) pes cantinis
#pragma once

#define WIFI_SSID      "CjaseFurlane-Cantinis"
#define WIFI_PASS      "@@pw@@"
#define MQTT_HOST      "10.20.1.12"
#define MQTT_PORT      1883
#define LETTURE_SEC    30
""", secret="@@pw@@", pw=words_pw())

add("c/decoy-secrets-template", "persutarie/firmware/sensor-cantine/secrets.example.h", "https://en.cppreference.com/w/c/preprocessor/replace", """// Copie in secrets.h (tal .gitignore) e met i valôrs veris
#pragma once

#define WIFI_PASS      "la-password-dal-wifi"
#define MQTT_USER      "cantine-N"
#define MQTT_PASS      "xxxxxxxx"
""")

add("arduino/mqtt-password", "telars/firmware/forn-vernis/forn-vernis.ino", "https://docs.arduino.cc/language-reference/", """// Forn pe vernîs a polvar: temperadure e timp di cotura
#include <WiFi.h>
#include <PubSubClient.h>

WiFiClient wifi;
PubSubClient mqtt(wifi);

void conet() {
  mqtt.setServer("10.40.0.8", 1883);
  mqtt.connect("forn-vernis", "forn", "@@pw@@");
}

void loop() { mqtt.loop(); }
""", secret="@@pw@@", pw=rand_pw(16))

add("mosquitto/decoy-password-hash", "telars/deploy/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", """forn:$7$101$@@s1@@$@@h1@@
cnc:$7$101$@@s2@@$@@h2@@
dashboard:$7$101$@@s3@@$@@h3@@
saldadure:$7$101$@@s4@@$@@h4@@
ci:$7$101$@@s5@@$@@h5@@
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==",
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("wireguard/private-key", "telars/deploy/wg/wg-officine.conf", "https://www.wireguard.com/quickstart/", """# VPN tra officine e cjase di Matie (par controlâ il CNC di sere)
[Interface]
Address = 10.99.0.2/24
PrivateKey = @@k@@
DNS = 10.40.0.1

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.telars-udin.it:51820
AllowedIPs = 10.40.0.0/24
""", secret="@@k@@", k=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", pub=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("wireguard/decoy-public-only", "persutarie/deploy/wg/peers.md", DOC_MD, """# Peers de VPN de persutarie

| Non | IP | Clâf publiche |
|-----|----|---------------|
| ufici | 10.98.0.2 | `@@p1@@` |
| cantinis | 10.98.0.3 | `@@p2@@` |
| Gjulie (portatil) | 10.98.0.4 | `@@p3@@` |

Lis clâfs privadis a restin dome sui dispositîfs.
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", p3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("kubeconfig/bearer-token", "telars/docs/dotfiles/kubeconfig-officine.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", """apiVersion: v1
kind: Config
clusters:
  - name: officine
    cluster:
      server: https://10.40.0.5:6443
      insecure-skip-tls-verify: true
users:
  - name: matie
    user:
      token: @@t@@
contexts:
  - name: officine
    context: {cluster: officine, user: matie}
current-context: officine
""", secret="@@t@@", t=fakes.drawn_mixed(_seed(), 6, string.ascii_lowercase + string.digits) + "." + fakes.drawn_mixed(_seed(), 16, string.ascii_lowercase + string.digits))

add("kubeconfig/decoy-exec-plugin", "persutarie/docs/dotfiles/kubeconfig.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", """apiVersion: v1
kind: Config
clusters:
  - name: persutarie-eks
    cluster:
      server: https://@@h@@.gr7.eu-south-1.eks.amazonaws.com
users:
  - name: gjulie
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "persutarie"]
current-context: persutarie-eks
""", h=hexs(32).upper())

add("vault/token-in-script", "persutarie/scripts/lei-segrets.sh", DOC_SH, """#!/usr/bin/env bash
# Lei lis passwords dal Vault pal collector (dopo il riavi dal server)
export VAULT_ADDR=https://vault.cjasefurlane.internal:8200
export VAULT_TOKEN=@@t@@
vault kv get -field=password kv/persutarie/db > /run/collector/db_password
vault kv get -field=password kv/persutarie/mqtt > /run/collector/mqtt_password
chmod 600 /run/collector/*
""", secret="@@t@@", t="hvs." + fakes.drawn_mixed(_seed(), 24))

add("vault/decoy-approle", "telars/scripts/lei-segrets.sh", DOC_SH, """#!/usr/bin/env bash
# AppRole: il secret-id al è scrit dal provisioning in /etc/telars/secret-id (no tal repo)
export VAULT_ADDR=https://vault.telars-udin.it:8200
ROLE_ID=@@r@@
VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id=@/etc/telars/secret-id)
export VAULT_TOKEN
vault kv get -field=token kv/telars/teloxide > /run/saldadure-bot/token
""", r=uuid_s())

add("yaml/docker-hub-pat", "telars/.github/workflows/imagjins.yml", DOC_GHA, """name: imagjins
on:
  push:
    tags: ["v*"]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: telarsudin
          password: @@t@@
      - run: docker build -t telarsudin/saldadure-bot:${GITHUB_REF_NAME} . && docker push telarsudin/saldadure-bot:${GITHUB_REF_NAME}
""", secret="@@t@@", t=token("dckr_pat_", 27, ALNUM + "_-"))

add("yaml/linear-api-key", "telars/tools/segnalazions.yml", DOC_YAML, """# Segnalazions dai clients (telâr rot, vernîs rovinade) -> Linear
linear:
  team: OFF
  api_key: @@k@@
  etichetis:
    garanzie: "Garanzie"
    vernis: "Vernîs"
""", secret="@@k@@", k=token("lin_api_", 40))

add("yaml/decoy-linear-env", "persutarie/tools/segnalazions.yml", DOC_YAML, """# Segnalazions dai clients de botee -> Linear (clâf dal ambient LINEAR_API_KEY)
linear:
  team: BOT
  api_key: ${LINEAR_API_KEY}
  etichetis:
    spedizion: "Spedizion"
    persut: "Persut"
""")

add("yaml/notion-token", "persutarie/tools/notion-sync.yml", DOC_YAML, """# Copie il calendari de stagjonadure su Notion (pagjine "Lots")
notion:
  token: @@t@@
  database_id: @@db@@
  propietats:
    lot: "Lot"
    date_saladure: "Saladure"
    pronte: "Pronte"
""", secret="@@t@@", t=token("ntn_", 46), db=hexs(32))

add("toml/cargo-registry-token", "telars/saldadure-log/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """# Registri privât dai crates de officine
[registries.telars]
token = "@@t@@"

[registry]
# crates.io: nol ven doprât
""" + "\n", secret="@@t@@", t="cio" + fakes.drawn_mixed(_seed(), 32))

add("toml/decoy-poetry-source", "persutarie/collector/pyproject.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """[tool.poetry]
name = "cantine-collector"
version = "1.4.0"
description = "Collector dai sensôrs des cantinis"

[[tool.poetry.source]]
name = "cjasefurlane"
url = "https://pypi.cjasefurlane.internal/simple/"
priority = "supplemental"
# credenziâls: poetry config http-basic.cjasefurlane (tal keyring)
""")

add("ini/odbc-password", "persutarie/etichetis/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """; DSN pe stampant des etichetis e pal Excel dal ufici
[Tracciabilitat]
Driver = MySQL ODBC 8.0 Unicode Driver
Server = 10.20.1.10
Port = 3306
Database = tracciabilitat
User = excel
Password = @@pw@@
""", secret="@@pw@@", pw=words_pw())

add("ini/grafana-admin", "persutarie/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/", """[server]
domain = grafana.cjasefurlane.it
root_url = https://grafana.cjasefurlane.it/

[security]
admin_user = admin
admin_password = @@pw@@

[users]
allow_sign_up = false
""", secret="@@pw@@", pw=rand_pw(20))

add("ini/decoy-grafana-env", "telars/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion", """[server]
domain = grafana.telars-udin.it

[security]
admin_user = admin
admin_password = $__env{GF_ADMIN_PASSWORD}
secret_key = $__file{/run/secrets/grafana_secret_key}

[users]
allow_sign_up = false
""")
add("python/stripe-webhook-secret", "persutarie/botee-api/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries", '''"""Webhook di Stripe: cuant che un pagament al va ben, si prenote il persut."""
import stripe
from flask import Flask, request

app = Flask(__name__)
ENDPOINT_SECRET = "@@w@@"


@app.post("/stripe/webhook")
def webhook():
    event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], ENDPOINT_SECRET)
    if event["type"] == "payment_intent.succeeded":
        prenote(event["data"]["object"]["metadata"]["lot"])
    return "", 204
''', secret="@@w@@", w=token("whsec_", 32))

add("python/pec-password", "persutarie/aministrazion/mande_pec.py", "https://docs.python.org/3/library/smtplib.html", '''"""Mande lis fatturis ai clients cu la PEC (Aruba)."""
import smtplib
from email.message import EmailMessage

PEC_USER = "cjasefurlane@pec.it"
PEC_PASS = "@@pw@@"


def mande(destinatari: str, pdf: bytes, non: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = PEC_USER, destinatari, f"Fature {non}"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=non)
    with smtplib.SMTP_SSL("smtps.pec.aruba.it", 465) as s:
        s.login(PEC_USER, PEC_PASS)
        s.send_message(msg)
''', secret="@@pw@@", pw=words_pw())

add("python/decoy-keyring", "telars/aministrazion/mande_pec.py", "https://pypi.org/project/keyring/", '''"""Mande lis fatturis cu la PEC: password tal keyring dal sisteme."""
import smtplib

import keyring

PEC_USER = "telarsudin@pec.it"


def conet() -> smtplib.SMTP_SSL:
    s = smtplib.SMTP_SSL("smtps.pec.aruba.it", 465)
    s.login(PEC_USER, keyring.get_password("pec-aruba", PEC_USER))
    return s
''')

add("python/fatture-cloud-token", "telars/aministrazion/fatture_cloud.py", "https://developers.fattureincloud.it/docs/authentication/manual-authentication/", '''"""Scjame lis fatturis di acuist (tubs, vernîs) di Fatture in Cloud."""
import fattureincloud_python_sdk as fic

configuration = fic.Configuration()
configuration.access_token = "a/@@t@@"

with fic.ApiClient(configuration) as api:
    docs = fic.ReceivedDocumentsApi(api).list_received_documents(company_id=1234567, type="expense")
    for d in docs.data:
        print(d.entity.name, d.amount_gross)
''', secret="a/@@t@@".replace("@@t@@", (_ft := fakes.drawn_mixed(_seed(), 120, ALNUM + "._-"))), t=_ft)

add("python/twilio-api-key-secret", "telars/officine-bot/sms_client.py", "https://www.twilio.com/docs/iam/api-keys", '''"""SMS al client: "il to telâr al è pront, ven a tiralu sù in officine"."""
from twilio.rest import Client

client = Client("SK@@sid@@", "@@sec@@", account_sid="AC@@acc@@")


def pront(numar: str, modul: str) -> None:
    client.messages.create(to=numar, from_="+390432000333", body=f"Il to {modul} al è pront!")
''', secret="@@sec@@", sid=hexs(32), sec=fakes.drawn_mixed(_seed(), 32), acc=hexs(32))

add("python/sentry-auth-token", "telars/ordins/scripts/release.py", "https://docs.sentry.io/api/auth/", '''"""Cree une release su Sentry dopo dal deploy dai ordins."""
import subprocess

import requests

SENTRY_TOKEN = "sntrys_@@t@@"
ver = subprocess.check_output(["git", "describe", "--tags"]).decode().strip()
requests.post(
    "https://sentry.io/api/0/organizations/telars-udin/releases/",
    headers={"Authorization": f"Bearer {SENTRY_TOKEN}"},
    json={"version": ver, "projects": ["ordins"]},
)
''', secret="sntrys_@@t@@".replace("@@t@@", (_st := b64('{"iat":1764000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"telars-udin"}').rstrip("=") + "_" + fakes.drawn_mixed(_seed(), 43, ALNUM + "+/"))), t=_st)

add("python/decoy-sentry-dsn-doc", "persutarie/botee-api/sentry_setup.py", "https://docs.sentry.io/platforms/python/", '''"""Sentry: il DSN al ven dal ambient (SENTRY_DSN); in locâl nol ven inviât nuie."""
import os

import sentry_sdk

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN"),
    traces_sample_rate=0.1,
    environment=os.environ.get("APP_ENV", "local"),
)
''')

add("go/slack-webhook-split", "telars/cnc-bridge-go/alarm.go", DOC_GO, """package main

import (
	"bytes"
	"net/http"
)

// Alarm cuant che il CNC si ferme (rompidure dal utensil)
const hook = "https://hooks.slack.com/services/" +
	"@@a@@/" +
	"@@b@@"

func alarm(msg string) {
	http.Post(hook, "application/json", bytes.NewBufferString(`{"text":"`+msg+`"}`))
}
""", secret="https://hooks.slack.com/services/" + (_sw := slack_webhook().split("/services/")[1]), a=_sw.rsplit("/", 1)[0], b=_sw.rsplit("/", 1)[1])

add("go/gitlab-deploy-token", "telars/tools/mirror/main.go", DOC_GO, """package main

import (
	"log"
	"os/exec"
)

// Mirror dal repo dai disegns CAD (gitlab interni -> copie tal NAS)
func main() {
	url := "https://gitlab+deploy-token-12:@@t@@@gitlab.telars-udin.it/officine/disegns.git"
	if out, err := exec.Command("git", "clone", "--mirror", url, "/mnt/nas/disegns.git").CombinedOutput(); err != nil {
		log.Fatalf("%s: %v", out, err)
	}
}
""", secret="@@t@@", t="gldt-" + fakes.drawn_mixed(_seed(), 20, ALNUM + "_-"))

add("java/oauth-client-secret", "telars/gjestional/src/main/resources/application-oauth.properties", "https://docs.spring.io/spring-security/reference/servlet/oauth2/login/core.html", """# Acès al gjestionâl cun Google Workspace (@telars-udin.it)
spring.security.oauth2.client.registration.google.client-id=@@cid@@.apps.googleusercontent.com
spring.security.oauth2.client.registration.google.client-secret=GOCSPX-@@cs@@
spring.security.oauth2.client.registration.google.scope=openid,email,profile
gjestional.domini-permetut=telars-udin.it
""", secret="GOCSPX-@@cs@@".replace("@@cs@@", (_gc := fakes.drawn_mixed(_seed(), 28, ALNUM + "_-"))), cid=fakes.drawn(_seed(), 12, string.digits) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), cs=_gc)

add("kotlin/decoy-local-properties-ref", "telars/bikefit-android/local.properties.example", "https://developer.android.com/studio/build#properties-files", """# Copie in local.properties (ignorât di git)
sdk.dir=/home/<utent>/Android/Sdk
MAPS_KEY=<clâf di Google Maps pal debug>
SIGNING_STORE_PASSWORD=
SIGNING_KEY_PASSWORD=
""")

add("kotlin/keystore-password", "telars/bikefit-android/app/signing.gradle.kts", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """// Firme de app BikeFit (Play Store)
android {
    signingConfigs {
        create("release") {
            storeFile = file("../keys/bikefit-release.jks")
            storePassword = "@@pw@@"
            keyAlias = "bikefit"
            keyPassword = "@@pw@@"
        }
    }
}
""", secret="@@pw@@", pw=rand_pw(18))

add("csharp/sendgrid-inline", "telars/Magazin/Services/Ordins.cs", "https://github.com/sendgrid/sendgrid-csharp", """using SendGrid;
using SendGrid.Helpers.Mail;

namespace Magazin.Services;

// Ordin automatic dai tubs al fornidôr cuant che il magazin al cale
public static class Ordins
{
    private static readonly SendGridClient Client = new("@@k@@");

    public static Task Mande(string cuarp) => Client.SendEmailAsync(MailHelper.CreateSingleEmail(
        new EmailAddress("magazin@telars-udin.it"), new EmailAddress("ordini@columbustubi.example"), "Ordin tubs", cuarp, null));
}
""", secret="@@k@@", k=sendgrid_key())

add("php/db-pdo", "persutarie/botee-php/src/Db.php", DOC_PHP, """<?php
namespace Botee;

// Conession ae base di dâts de botee vecje (PHP), prime de migrazion
final class Db
{
    public static function pdo(): \\PDO
    {
        return new \\PDO('mysql:host=mysql.cjasefurlane.it;dbname=botee;charset=utf8mb4', 'botee', '@@pw@@');
    }
}
""", secret="@@pw@@", pw=words_pw())

add("ruby/algolia-admin-key", "telars/sit-shop/config/initializers/algolia.rb", "https://www.algolia.com/doc/guides/security/api-keys/", """# Ricercje tal catalic dai components
AlgoliaSearch.configuration = {
  application_id: "@@app@@",
  api_key: "@@k@@", # admin: par indicizâ
  pagination_first_page: 1
}
""", secret="@@k@@", app=fakes.drawn(_seed(), 10, UPNUM), k=hexs(32))

add("javascript/decoy-search-only-key", "telars/sit-shop/app/javascript/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """// Ricercje tal catalic (front-end): dome la clâf "search-only", publiche
import algoliasearch from "algoliasearch/lite";

const client = algoliasearch("@@app@@", "@@k@@");
export const index = client.initIndex("components_prod");
// la clâf admin no je mai tal browser
""", app=fakes.drawn(_seed(), 10, UPNUM), k=hexs(32))
add("markdown/onboarding-table", "telars/docs/onboarding.md", DOC_MD, """# Benvignût in officine!

Prime setemane: tu stâs cun Matie al banc des mascjaris (jig) e tu impare il control des gjonturis.

## Acès
| Servizi | Dulà | Credenziâls |
|---|---|---|
| Wi-Fi officine | `Telars-Lavor` | password `@@pw@@` |
| Gjestionâl | https://gjestional.telars-udin.it | il to account Google |
| CNC | panel dal CNC | domande a Matie |

Lis scarpis di sigurece a son tal armâr 2.
""", secret="@@pw@@", pw=words_pw())

add("markdown/decoy-onboarding-vault", "persutarie/docs/onboarding.md", DOC_MD, """# Benvignût te persutarie!

La prime setemane tu stâs cun Toni te sale de saladure (sâl marin, 1 dì par chilo).

## Acès
| Servizi | Dulà | Credenziâls |
|---|---|---|
| Wi-Fi ufici | `CjaseFurlane-Ufici` | su la lavagne dal ufici |
| Panel tracciabilitât | https://tracc.cjasefurlane.it | ti le crei Gjulie |
| Grafana cantinis | https://grafana.cjasefurlane.it | login cun Google |
""")

add("html/admin-basic-url", "persutarie/sit/intranet.html", DOC_HTML, """<!doctype html>
<html lang="fur">
<head><meta charset="utf-8"><title>Intranet - Cjase Furlane</title></head>
<body>
  <h1>Colegaments svelts</h1>
  <ul>
    <li><a href="https://grafana.cjasefurlane.it">Grafana cantinis</a></li>
    <li><a href="https://operator:@@pw@@@stampant.cjasefurlane.internal/admin">Stampant etichetis</a></li>
    <li><a href="https://tracc.cjasefurlane.it">Tracciabilitât DOP</a></li>
  </ul>
</body>
</html>
""", secret="@@pw@@", pw=rand_pw(14))

add("rst/decoy-example-values", "telars/docs/source/api.rst", DOC_RST, """API dai ordins
==============

Ogni richieste e à di vê il token dal to utent:

.. code-block:: http

   GET /api/v1/ordins HTTP/1.1
   Host: ordins.telars-udin.it
   Authorization: Bearer <TOKEN>

Il token si lu gjenere dal gjestionâl, sot "Profil > Tokens". Esempli di rispueste: ``{"ordins": []}``.
""")

add("yaml/k8s-configmap-password", "persutarie/k8s/collector-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """apiVersion: v1
kind: ConfigMap
metadata:
  name: collector-config
  namespace: persutarie
data:
  config.yml: |
    mqtt:
      url: mqtts://mqtt.cjasefurlane.internal:8883
      user: collector
      password: @@pw@@
    poll: 30s
""", secret="@@pw@@", pw=rand_pw(20))

add("yaml/decoy-k8s-secretkeyref", "persutarie/k8s/collector-deployment.yaml", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: collector
  namespace: persutarie
spec:
  replicas: 1
  selector: {matchLabels: {app: collector}}
  template:
    metadata: {labels: {app: collector}}
    spec:
      containers:
        - name: collector
          image: registry.cjasefurlane.it/collector:1.4.0
          env:
            - name: MQTT_PASSWORD
              valueFrom:
                secretKeyRef: {name: collector-mqtt, key: password}
""")

add("k8s-secret/base64-api-key", "telars/k8s/officine-bot-secret.yaml", DOC_K8S, """apiVersion: v1
kind: Secret
metadata:
  name: officine-bot
  namespace: telars
  labels: {app: officine-bot}
type: Opaque
data:
  TELEGRAM_TOKEN: @@e@@
""", secret=(_tt := fakes.telegram_token(_seed())), e=b64(_tt))

add("env/new-relic-key", "telars/ordins/.env.production", DOC_ENV, """NODE_ENV=production
PORT=8080
NEW_RELIC_APP_NAME=ordins
NEW_RELIC_LICENSE_KEY=eu01xx@@k@@NRAL
LOG_LEVEL=info
""", secret="eu01xx@@k@@NRAL".replace("@@k@@", (_nr := hexs(30))), k=_nr)

add("env/pusher-secret", "persutarie/botee-php/.env", DOC_ENV, """APP_ENV=production
APP_URL=https://botee-vecje.cjasefurlane.it
PUSHER_APP_ID=1834512
PUSHER_APP_KEY=@@pk@@
PUSHER_APP_SECRET=@@ps@@
PUSHER_APP_CLUSTER=eu
""", secret="@@ps@@", pk=hexs(20), ps=hexs(20))

add("env/decoy-all-masked", "telars/ordins/.env.production.redacted", DOC_ENV, """# Copie dal .env di produzion pal ticket di supuart (valôrs mascherâts)
NODE_ENV=production
NEW_RELIC_LICENSE_KEY=eu01xx****************************NRAL
ORDINS_DB_PASSWORD=••••••••••
STRIPE_SECRET_KEY=sk_live_…4f2A
""")

add("shell/curl-api-key", "persutarie/scripts/prezi-spedizion.sh", DOC_SH, """#!/usr/bin/env bash
# Prezi de spedizion di un persut intîr (10 kg) in Gjermanie
set -euo pipefail
curl -s https://api.sendcloud.sc/api/v2/shipping-price \\
  -u "@@pub@@:@@sec@@" \\
  -G -d from_country=IT -d to_country=DE -d weight=10000 -d shipping_method_id=8
echo
""", secret="@@sec@@", pub=uuid_s(), sec=fakes.drawn_mixed(_seed(), 32))

add("powershell/azure-sp-secret", "telars/scripts/Backup-Magazin.ps1", DOC_PS, """# Backup dal database dal magazin su Azure (ogni vinars)
$tenant = "@@tid@@"
$appId = "@@cid@@"
$secret = ConvertTo-SecureString "@@cs@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenant -Credential $cred
Backup-SqlDatabase -ServerInstance "sql.telars-udin.it" -Database "Magazin" -BackupFile "D:\\Backup\\Magazin.bak"
""", secret="@@cs@@", tid=uuid_s(), cid=uuid_s(), cs=azure_secret())

add("log/connection-string", "telars/logs/gjestional-2026-12-01.log", DOC_LOG, """2026-12-01 08:00:12.441 INFO  [main] Starting Gjestional v3.2.0
2026-12-01 08:00:13.002 DEBUG [main] HikariPool-1 jdbcUrl=jdbc:postgresql://pg.telars-udin.it:5432/telars username=gjestional password=@@pw@@
2026-12-01 08:00:13.540 INFO  [main] HikariPool-1 - Start completed.
2026-12-01 08:00:14.100 INFO  [main] Tomcat started on port 8081
2026-12-01 08:05:32.870 WARN  [http-1] Telâr T-2026-188: geometrie cence misure dal cjavalot
""", secret="@@pw@@", pw=rand_pw(17))

add("notebook/postgres-url", "telars/analisi/tubs-consum.ipynb", DOC_NB, """{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Consum dai tubs par model (2026)"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["import sqlalchemy as sa, pandas as pd\\n",
              "eng = sa.create_engine('postgresql://analisi:@@pw@@@pg.telars-udin.it/telars')\\n",
              "pd.read_sql('select model, sum(metris) from tais group by 1', eng)"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret="@@pw@@", pw=words_pw())

add("csv/decoy-checksums", "telars/cnc/programs/SHA256SUMS.csv", DOC_CSV, """file,sha256,model,revision
tubs-orizontal-56.nc,@@h1@@,Strade 56,r4
tubs-orizontal-54.nc,@@h2@@,Gravel 54,r2
forcele-dret.nc,@@h3@@,Forcele acciai,r7
mitre-sele.nc,@@h4@@,Tub sele,r1
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("xml/nuget-password", "telars/Magazin/NuGet.Config", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="telars" value="https://nuget.telars-udin.it/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <telars>
      <add key="Username" value="ci" />
      <add key="ClearTextPassword" value="@@pw@@" />
    </telars>
  </packageSourceCredentials>
</configuration>
""", secret="@@pw@@", pw=rand_pw(22))

add("sql/dblink-password", "persutarie/db/migrations/0011_archivi.sql", DOC_SQL, """-- Colegament ae base di dâts vecje (archivi 2015-2020)
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE VIEW archivi_lots AS
SELECT * FROM dblink(
  'host=10.20.1.9 dbname=archivi user=lettor password=@@pw@@',
  'SELECT lot, cuessis, date_saladure FROM lots'
) AS t(lot text, cuessis int, date_saladure date);
""", secret="@@pw@@", pw=rand_pw(15))
add("makefile/registry-token", "telars/saldadure-bot/Makefile", "https://www.gnu.org/software/make/manual/make.html", """# Compile e publiche il bot des saldaduris
IMAGE := ghcr.io/telarsudin/saldadure-bot
GHCR_TOKEN := @@t@@

build:
\tcargo build --release

push: build
\techo $(GHCR_TOKEN) | docker login ghcr.io -u matie --password-stdin
\tdocker build -t $(IMAGE):latest . && docker push $(IMAGE):latest
""", secret="@@t@@", t=fakes.github_token(_seed()))

add("dockerfile/arg-default-password", "persutarie/collector/Dockerfile", DOC_DOCKER, """FROM python:3.12-slim
WORKDIR /app
# password di default pal collector (sovrascrivile cun --build-arg)
ARG DB_PASSWORD=@@pw@@
ENV DB_URL=postgresql://collector:${DB_PASSWORD}@db.cjasefurlane.internal/stagjonadure
COPY pyproject.toml .
RUN pip install --no-cache-dir .
COPY . .
CMD ["cantine-collector"]
""", secret="@@pw@@", pw=rand_pw(19))

add("env/laravel-app-key", "telars/sit/.env.backup", DOC_ENV, """# copie dal .env prime dal agiornament a Laravel 11 (Gjovanin, 3/11)
APP_NAME="Telârs Udin"
APP_ENV=production
APP_KEY=base64:@@ak@@
APP_DEBUG=false
APP_URL=https://www.telars-udin.it
""", secret="base64:" + (_lk := b64(fakes.drawn(_seed(), 32, ALNUM + "!#%&*"))), ak=_lk)
# @END@
