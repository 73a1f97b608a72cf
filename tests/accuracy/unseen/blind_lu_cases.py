"""Blind set LU: a Provence lavender distillery (Distillerie Lavanda de Valensòla) and a rugby club
in Occitania (Rugbi Club Lengadòc, Carcassona).

The distillery's shop, batch-tracking and still telemetry, the club's ticketing, membership and
match-day apps; their configs, CI, infrastructure, notes and runbooks, comments partly in Occitan,
and their decoys. Generated fakes only (seeds 6840000-6849999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 6840000, 6849999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Lavanda", "Garriga", "Ventor", "Cigala", "Mistral", "Olivier", "Roman", "Sauvia", "Timon",
         "Aubergina", "Canta", "Estela", "Bresca", "Calanca", "Pibol", "Ginest", "Sorelh", "Trucat"]
LOWER = ["lavanda", "alambic", "essencia", "melica", "pilar", "talonaire", "melee", "ovalia", "cassolet",
         "mistral", "ventor", "ginesta", "plan", "caissa"]


def words_pw() -> str:
    r = _rng()
    # (signs that survive a URL's userinfo, an unquoted shell word, a Kotlin or PowerShell string)
    return r.choice(WORDS) + r.choice("!.-_*+") + r.choice(WORDS) + str(r.randint(10, 9999))


def sym_pw() -> str:
    """A password with signs that need quoting: only where the carrier quotes it."""
    r = _rng()
    return r.choice(WORDS) + r.choice("#$%@") + r.choice(WORDS) + r.choice("#$%@!") + str(r.randint(10, 9999))


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 24 if not kind.startswith("rk") else 99)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + fakes.drawn_mixed(_seed(), 24)


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "_-")


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def npm_token() -> str:
    return "npm_" + fakes.drawn_mixed(_seed(), 36)


def github_token() -> str:
    return "ghp_" + fakes.drawn_mixed(_seed(), 36)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_api_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "_-")


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn_mixed(_seed(), 60) + "." + fakes.drawn_mixed(_seed(), 22, ALNUM + "_-")


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(json.dumps({"sub": "svc-billetariá", "iat": r.randint(1_700_000_000, 1_800_000_000)}).encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn_mixed(_seed(), 43, ALNUM + "_-")


def azure_storage_key() -> str:
    return fakes.drawn_mixed(_seed(), 86, ALNUM + "+/") + "=="


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def ed_pem() -> str:
    return fakes.fake_pem(_seed(), "OPENSSH")


def rsa_pem() -> str:
    return fakes.fake_pem(_seed(), "RSA")


def ec_pem() -> str:
    return fakes.fake_pem(_seed(), "EC")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the @@name@@ markers (@@secret@@ is the secret) and record the case."""
    if secret is not None:
        fields.setdefault("secret", secret)
    for key, value in fields.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, (file_name, text)
    assert category.startswith("blind-lu/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


DOTENV = "https://github.com/motdotla/dotenv#usage"
COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/#environment"
K8S_SECRET = "https://kubernetes.io/docs/concepts/configuration/secret/"
K8S_DEPLOY = "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/"
HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
TF = "https://developer.hashicorp.com/terraform/language/values/variables"
ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_vars_facts.html"
GHA = "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions"
GITLAB_CI = "https://docs.gitlab.com/ee/ci/variables/"
DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
PYTHON = "https://docs.python.org/3/library/os.html#os.environ"
NODE = "https://nodejs.org/api/process.html#processenv"
GO = "https://pkg.go.dev/database/sql"
JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
KOTLIN = "https://kotlinlang.org/docs/home.html"
CSHARP = "https://learn.microsoft.com/en-us/dotnet/core/extensions/configuration"
PHP = "https://www.php.net/manual/en/pdo.construct.php"
RUBY = "https://guides.rubyonrails.org/configuring.html"
RUST = "https://docs.rs/reqwest/latest/reqwest/"
SWIFT = "https://developer.apple.com/documentation/foundation/urlsession"
SHELL = "https://www.gnu.org/software/bash/manual/bash.html"
PWSH = "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring"
SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
MYSQL = "https://dev.mysql.com/doc/refman/8.0/en/create-user.html"
MD = "https://commonmark.org/help/"
RST = "https://docutils.sourceforge.io/docs/user/rst/quickref.html"
HTML = "https://html.spec.whatwg.org/multipage/"
INI = "https://docs.python.org/3/library/configparser.html"
TOML = "https://toml.io/en/v1.0.0"
JSON_S = "https://www.json.org/json-en.html"
XML = "https://www.w3.org/TR/xml/"
NOTEBOOK = "https://nbformat.readthedocs.io/en/latest/format_description.html"
CSV = "https://www.rfc-editor.org/rfc/rfc4180"
LOG = "https://docs.python.org/3/library/logging.html"
NETRC = "https://everything.curl.dev/usingcurl/netrc"
NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
SSH = "https://man.openbsd.org/ssh-keygen"
STRIPE = "https://docs.stripe.com/keys"
SLACK = "https://api.slack.com/messaging/webhooks"
DISCORD = "https://discord.com/developers/docs/resources/webhook"
SENDGRID = "https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/authentication"
TWILIO = "https://www.twilio.com/docs/iam/api/authtoken"
MAILGUN = "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"
AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
GCP = "https://cloud.google.com/iam/docs/keys-create-delete"
AZURE = "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
SHOPIFY = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"
MAPBOX = "https://docs.mapbox.com/accounts/guides/tokens/"
GITLAB = "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html"
GITHUB = "https://docs.github.com/en/authentication/keeping-your-account-secure/managing-your-personal-access-tokens"
TELEGRAM = "https://core.telegram.org/bots/api#authorizing-your-bot"
OPENAI = "https://platform.openai.com/docs/api-reference/authentication"
DJANGO = "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key"
REDIS = "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/"
PGPASS = "https://www.postgresql.org/docs/current/libpq-pgpass.html"
JDBC = "https://jdbc.postgresql.org/documentation/use/"
MONGO = "https://www.mongodb.com/docs/manual/reference/connection-string/"
AMQP = "https://www.rabbitmq.com/docs/uri-spec"
SMTP = "https://docs.python.org/3/library/smtplib.html"
MQTT = "https://mosquitto.org/man/mosquitto_passwd-1.html"
NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
CURL = "https://curl.se/docs/manpage.html#-u"
HISTORY = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
WP = "https://developer.wordpress.org/apis/wp-config-php/"
SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment="
CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
ARDUINO = "https://docs.arduino.cc/libraries/wifinina/"


# ---------------------------------------------------------------- .env files
ENV_TEXT = """# @@app@@ — @@org@@
# Nòta: @@note@@
APP_ENV=@@env@@
APP_URL=https://@@host@@
DB_HOST=@@dbhost@@
DB_PORT=5432
DB_NAME=@@db@@
DB_USER=@@db@@_app
@@line@@
MAIL_FROM=@@mail@@
"""


def env_fields(fname: str) -> dict:
    app = fname.split("/")[0]
    club = app.startswith("rcl")
    return dict(app=app, db=app.replace("-", "_"),
                org="Rugbi Club Lengadòc" if club else "Distillariá Lavanda de Valensòla",
                note=("copiar en .env e completar; lo .env es pas comitat" if ".env." in fname and fname.endswith(("example", "sample", "template", "dist", "ci"))
                      else "aqueste fichièr es pas comitat normalament (.gitignore)"),
                dbhost="pg.rcl.internal" if club else "db.valensola.internal",
                mail="secretariat@rugbi-lengadoc.fr" if club else "comandas@lavanda-valensola.fr")
for fname, env, host, key, gen in [
    ("botiga/.env", "production", "botiga.lavanda-valensola.fr", "DB_PASSWORD", words_pw),
    ("botiga/.env.staging", "staging", "preprod.lavanda-valensola.fr", "STRIPE_SECRET_KEY", stripe_key),
    ("tracabilitat/.env.local", "local", "localhost:8000", "SENDGRID_API_KEY", sendgrid_key),
    ("rcl-billetaria/.env.production", "production", "billets.rugbi-lengadoc.fr", "MAILGUN_API_KEY", mailgun_key),
    ("rcl-app/.env", "production", "app.rugbi-lengadoc.fr", "GITHUB_TOKEN", github_token),
    ("alambic-telemetria/.env.prod", "production", "telemetria.lavanda-valensola.fr", "INFLUX_TOKEN", lambda: rand_pw(64, "_-")),
]:
    s = gen()
    add(f"blind-lu/dotenv/{key.lower().replace('_', '-')}", fname, DOTENV, ENV_TEXT, s,
        env=env, host=host, line=f"{key}={s}", **env_fields(fname))

for fname, line, kind in [
    ("botiga/.env.example", "DB_PASSWORD=", "decoy-empty"),
    ("rcl-billetaria/.env.sample", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "decoy-placeholder"),
    ("tracabilitat/.env.template", "SENDGRID_API_KEY=${SENDGRID_API_KEY:?cal definir la clau}", "decoy-env-reference"),
    ("alambic-telemetria/.env.dist", "INFLUX_TOKEN=<token_influx_aicí>", "decoy-placeholder"),
    ("rcl-app/.env.ci", "GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}", "decoy-ci-expression"),
]:
    add(f"blind-lu/dotenv/{kind}", fname, DOTENV, ENV_TEXT, None,
        env="example", host="localhost:8000", line=line, **env_fields(fname))

# ---------------------------------------------------------------- compose
COMPOSE_TEXT = """# Estacion de match — servicis de la Rugbi Club Lengadòc
services:
  billetaria:
    image: registry.rugbi-lengadoc.fr/billetaria:@@tag@@
    ports:
      - "8080:8080"
    environment:
      SPRING_PROFILES_ACTIVE: prod
      @@line@@
    depends_on:
      - @@dep@@
  @@dep@@:
    image: @@depimage@@
    restart: unless-stopped
"""
for fname, tag, line_tpl, dep, depimage, gen, kind in [
    ("infra/compose/billetaria.yml", "2.4.1", "SPRING_DATASOURCE_PASSWORD: \"@@v@@\"", "postgres", "postgres:16", words_pw, "database-password"),
    ("infra/compose/membres.yml", "1.9.0", "REDIS_URL: redis://:@@v@@@cache:6379/0", "cache", "redis:7-alpine", lambda: fakes.redis_password(_seed()), "redis-url"),
    ("infra/compose/boutique-club.yml", "3.0.0", "RABBIT_URI: amqp://botiga:@@v@@@mq:5672/%2F", "mq", "rabbitmq:3-management", passphrase, "amqp-url"),
    ("infra/compose/arbitratge.yml", "0.7.3", "MONGO_URL: mongodb://video:@@v@@@mongo:27017/arbitratge?authSource=admin", "mongo", "mongo:7", lambda: rand_pw(24), "mongodb-url"),
]:
    s = gen()
    add(f"blind-lu/compose/{kind}", fname, COMPOSE, COMPOSE_TEXT, s, tag=tag, line=line_tpl.replace("@@v@@", s),
        dep=dep, depimage=depimage)

for fname, line, kind in [
    ("infra/compose/local-dev.yml", "SPRING_DATASOURCE_PASSWORD: ${DB_PASSWORD}", "decoy-env-reference"),
    ("infra/compose/test-e2e.yml", "REDIS_URL: redis://cache:6379/0", "decoy-no-auth"),
    ("infra/compose/secrets-files.yml", "SPRING_DATASOURCE_PASSWORD_FILE: /run/secrets/db_password", "decoy-secret-file"),
]:
    add(f"blind-lu/compose/{kind}", fname, COMPOSE, COMPOSE_TEXT, None, tag="dev", line=line, dep="postgres", depimage="postgres:16")

# ---------------------------------------------------------------- Kubernetes secrets
K8S_TEXT = """apiVersion: v1
kind: Secret
metadata:
  name: @@name@@
  namespace: @@ns@@
  labels:
    app.kubernetes.io/part-of: @@ns@@
type: Opaque
data:
  username: @@user@@
  @@key@@: @@value@@
"""
for fname, name, ns, key, gen, kind in [
    ("deploy/k8s/botiga-db-secret.yaml", "botiga-db", "botiga", "password", sym_pw, "base64-password"),
    ("deploy/k8s/billetaria-stripe.yaml", "billetaria-stripe", "rcl", "stripe-secret-key", stripe_key, "base64-stripe"),
    ("deploy/k8s/telemetria-mqtt.yaml", "mqtt-alambic", "telemetria", "mqtt-password", passphrase, "base64-mqtt"),
    ("deploy/k8s/rcl-slack.yaml", "rcl-notify", "rcl", "slack-webhook-url", slack_webhook, "base64-webhook"),
]:
    s = gen()
    add(f"blind-lu/k8s-secret/{kind}", fname, K8S_SECRET, K8S_TEXT, s, name=name, ns=ns, key=key,
        user=b64("svc-" + name), value=b64(s))

K8S_STRING = """apiVersion: v1
kind: Secret
metadata:
  name: @@name@@
  namespace: rcl
# Atencion: stringData es pas chifrat, cal pas lo botar dins git
stringData:
  @@key@@: "@@secret@@"
"""
for fname, name, key, gen in [
    ("deploy/k8s/membres-smtp.yaml", "membres-smtp", "SMTP_PASSWORD", words_pw),
    ("deploy/k8s/app-jwt.yaml", "app-jwt", "JWT_SIGNING_KEY", lambda: hexs(64)),
]:
    add(f"blind-lu/k8s-secret/stringdata", fname, K8S_SECRET, K8S_STRING, gen(), name=name, key=key)

add("blind-lu/k8s-secret/decoy-sealed-secret", "deploy/k8s/botiga-sealed.yaml",
    "https://github.com/bitnami-labs/sealed-secrets#usage", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: botiga-db
  namespace: botiga
spec:
  encryptedData:
    password: @@c1@@
    username: @@c2@@
  template:
    metadata:
      name: botiga-db
""", None, c1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", c2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("blind-lu/k8s-secret/decoy-external-secret", "deploy/k8s/billetaria-external.yaml",
    "https://external-secrets.io/latest/api/externalsecret/", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billetaria-stripe
  namespace: rcl
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-rcl
    kind: ClusterSecretStore
  target:
    name: billetaria-stripe
  data:
    - secretKey: stripe-secret-key
      remoteRef:
        key: rcl/billetaria/stripe
        property: secret_key
""")

add("blind-lu/k8s-secret/decoy-base64-username", "deploy/k8s/configmap-like-secret.yaml", K8S_SECRET, K8S_TEXT, None,
    name="telemetria-config", ns="telemetria", key="broker-host", user=b64("alambic-reader"),
    value=b64("mqtt.telemetria.svc.cluster.local"))

# ---------------------------------------------------------------- Kubernetes deployments
DEPLOY = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: @@app@@
spec:
  replicas: 2
  selector:
    matchLabels: {app: @@app@@}
  template:
    metadata:
      labels: {app: @@app@@}
    spec:
      containers:
        - name: @@app@@
          image: ghcr.io/rugbi-lengadoc/@@app@@:latest
          env:
            - name: @@var@@
@@valueline@@
"""
for app, var, gen in [("convocacions", "TWILIO_AUTH_TOKEN", lambda: hexs(32)),
                      ("resultats-live", "TELEGRAM_BOT_TOKEN", lambda: fakes.telegram_token(_seed()))]:
    s = gen()
    add("blind-lu/k8s/inline-env", f"deploy/k8s/{app}-deployment.yaml", K8S_DEPLOY, DEPLOY, s, app=app, var=var,
        valueline=f'              value: "{s}"')
for app, var in [("convocacions-v2", "TWILIO_AUTH_TOKEN"), ("resultats-live-v2", "TELEGRAM_BOT_TOKEN")]:
    add("blind-lu/k8s/decoy-secret-key-ref", f"deploy/k8s/{app}-deployment.yaml", K8S_DEPLOY, DEPLOY, None, app=app, var=var,
        valueline="              valueFrom:\n                secretKeyRef:\n                  name: " + app + "-secrets\n                  key: " + var.lower())

# ---------------------------------------------------------------- Helm values
HELM_TEXT = """# values-@@env@@.yaml — chart botiga (distillariá)
replicaCount: 2
image:
  repository: registry.lavanda-valensola.fr/botiga
  tag: "5.2.0"
ingress:
  enabled: true
  hosts:
    - host: botiga.lavanda-valensola.fr
postgresql:
  auth:
    username: botiga
    @@line@@
    database: botiga
"""
for env, gen in [("prod", words_pw), ("preprod", lambda: rand_pw(16))]:
    s = gen()
    add("blind-lu/helm/postgres-password", f"charts/botiga/values-{env}.yaml", HELM, HELM_TEXT, s, env=env,
        line=f"password: \"{s}\"")
add("blind-lu/helm/decoy-existing-secret", "charts/botiga/values-dev.yaml", HELM, HELM_TEXT, None, env="dev",
    line="existingSecret: botiga-db  # lo senhal ven del secret k8s")
add("blind-lu/helm/decoy-empty", "charts/botiga/values.yaml", HELM, HELM_TEXT, None, env="default",
    line='password: ""  # a completar al desplegament')

# ---------------------------------------------------------------- Terraform
TF_TEXT = """# Infrastructura del club — Scaleway + AWS pels salvagardas
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-3"
  @@line1@@
  @@line2@@
}

resource "aws_s3_bucket" "fotos_matchs" {
  bucket = "rcl-fotos-matchs"
}
"""
kid, sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("blind-lu/terraform/aws-secret-key", "infra/terraform/main.tf", TF, TF_TEXT, sk,
    line1=f'access_key = "{kid}"', line2=f'secret_key = "{sk}"')
add("blind-lu/terraform/decoy-variable", "infra/terraform/provider.tf", TF, TF_TEXT, None,
    line1="access_key = var.aws_access_key_id", line2="secret_key = var.aws_secret_access_key")
add("blind-lu/terraform/decoy-profile", "infra/terraform-backup/main.tf", TF, TF_TEXT, None,
    line1='profile    = "rcl-backup"', line2='# claus dins ~/.aws/credentials, pas aicí')

TFVARS = """# terraform.tfvars — distillariá
project        = "lavanda-valensola"
region         = "fr-par"
db_user        = "tracabilitat"
@@line@@
instance_type  = "DEV1-M"
"""
s = words_pw()
add("blind-lu/terraform/tfvars-password", "infra/scaleway/terraform.tfvars", TF, TFVARS, s, line=f'db_password    = "{s}"')
add("blind-lu/terraform/decoy-tfvars-example", "infra/scaleway/terraform.tfvars.example", TF, TFVARS, None,
    line='db_password    = "CHANGE_ME"')
s = uuid_s()
add("blind-lu/terraform/scaleway-secret", "infra/scaleway/secrets.auto.tfvars", TF, TFVARS, s,
    line=f'scw_access_key = "SCW{fakes.drawn(_seed(), 17, string.ascii_uppercase + string.digits)}"\nscw_secret_key = "{s}"')

# ---------------------------------------------------------------- Ansible
ANS = """---
# group_vars/@@group@@.yml — servidors de la distillariá
ntp_server: pool.ntp.org
mysql_root_user: root
@@line@@
backup_hour: 3
timezone: Europe/Paris
"""
s = words_pw()
add("blind-lu/ansible/mysql-password", "ansible/group_vars/db.yml", ANSIBLE, ANS, s, group="db", line=f"mysql_root_password: \"{s}\"")
add("blind-lu/ansible/decoy-vault-reference", "ansible/group_vars/db_prod.yml", ANSIBLE, ANS, None, group="db_prod",
    line='mysql_root_password: "{{ vault_mysql_root_password }}"')
add("blind-lu/ansible/decoy-vault-encrypted", "ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html",
    """$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", None, **{f"l{i}": hexs(80) for i in range(1, 6)})
s = passphrase()
add("blind-lu/ansible/become-password", "ansible/inventory/alambics.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """[alambics]
alambic-1.valensola.lan
alambic-2.valensola.lan

[alambics:vars]
ansible_user=operador
ansible_become_pass=@@secret@@
""", s)

# ---------------------------------------------------------------- CI
GHA_TEXT = """name: desplegament
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      @@line@@
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/desplegar.sh
"""
s = fakes.openai_key(_seed())
add("blind-lu/github-actions/openai-key", ".github/workflows/cataleg-ia.yml", GHA, GHA_TEXT, s, line=f"OPENAI_API_KEY: {s}")
s = npm_token()
add("blind-lu/github-actions/npm-token", ".github/workflows/publish-widgets.yml", GHA, GHA_TEXT, s, line=f"NODE_AUTH_TOKEN: {s}")
add("blind-lu/github-actions/decoy-secrets-context", ".github/workflows/deploy.yml", GHA, GHA_TEXT, None,
    line="OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}")
add("blind-lu/github-actions/decoy-secrets-context-commented", ".github/workflows/publish.yml", GHA, GHA_TEXT, None,
    line="NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}  # pas jamai en clar")

GLCI = """stages: [test, deploy]

variables:
  POSTGRES_DB: tracabilitat
  POSTGRES_USER: ci
  @@line@@

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pip install -r requirements.txt
    - pytest -q
"""
add("blind-lu/gitlab-ci/decoy-ci-service-password", ".gitlab-ci.yml", GITLAB_CI, GLCI, None,
    line='POSTGRES_PASSWORD: "$CI_DB_PASSWORD"')
s = gitlab_token()
add("blind-lu/gitlab-ci/gitlab-token", "tracabilitat/.gitlab-ci.yml", GITLAB_CI, GLCI, s,
    line=f'GITLAB_API_TOKEN: "{s}"  # TODO: botar dins las variablas protegidas')

# ---------------------------------------------------------------- Dockerfiles
DOCKER = """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
@@line@@
COPY . .
EXPOSE 8000
CMD ["gunicorn", "tracabilitat.wsgi", "-b", "0.0.0.0:8000"]
"""
s = fakes.django_secret_key(_seed())
add("blind-lu/dockerfile/env-django-key", "tracabilitat/Dockerfile", DOCKERFILE, DOCKER, s, line=f"ENV DJANGO_SECRET_KEY='{s}'")
s = rand_pw(32)
add("blind-lu/dockerfile/pip-index-password", "alambic-telemetria/Dockerfile", DOCKERFILE, DOCKER, s,
    line=f"RUN pip install --index-url https://ci:{s}@pypi.lavanda-valensola.fr/simple/ alambic-sdk")
add("blind-lu/dockerfile/decoy-build-secret", "botiga/Dockerfile", DOCKERFILE, DOCKER, None,
    line="RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install alambic-sdk")
add("blind-lu/dockerfile/decoy-arg", "rcl-app/Dockerfile", DOCKERFILE, DOCKER, None,
    line="ARG DJANGO_SECRET_KEY\nENV DJANGO_SECRET_KEY=${DJANGO_SECRET_KEY}")

# ---------------------------------------------------------------- Python
s = words_pw()
add("blind-lu/python/psycopg-connect", "tracabilitat/lots/db.py", PYTHON, '''"""Connexion a la basa de tracabilitat dels lòts (lavanda fina, lavandin)."""
import psycopg2

# TODO(Marius): passar per las variablas d'environament abans la sason
def connexion():
    return psycopg2.connect(
        host="db.valensola.internal",
        dbname="tracabilitat",
        user="tracabilitat",
        password="@@secret@@",
    )
''', s)
s = stripe_key()
add("blind-lu/python/stripe-api-key", "botiga/pagament.py", STRIPE, '''import stripe

stripe.api_key = "@@secret@@"

def crear_sesion(panier, client_email):
    """Crèa una sesion Checkout pel panièr (essencias, saquets de lavanda)."""
    return stripe.checkout.Session.create(
        mode="payment",
        customer_email=client_email,
        line_items=[{"price": l.price_id, "quantity": l.qty} for l in panier],
        success_url="https://botiga.lavanda-valensola.fr/mercé",
    )
''', s)
s = slack_webhook()
add("blind-lu/python/slack-webhook", "alambic-telemetria/alertas.py", SLACK, '''import requests

WEBHOOK = "@@secret@@"
LIMIT_TEMPERATURA = 102.5  # °C a la sortida del cal

def alerta(alambic: str, temp: float) -> None:
    if temp > LIMIT_TEMPERATURA:
        requests.post(WEBHOOK, json={"text": f":fire: {alambic}: {temp:.1f} °C — cal veire la vaporizacion"})
''', s)
s = fakes.telegram_token(_seed())
add("blind-lu/python/telegram-bot", "rcl-bot/bot.py", TELEGRAM, '''from telegram.ext import ApplicationBuilder, CommandHandler

async def resultat(update, context):
    await update.message.reply_text("RCL 24 - 17 Besièrs. Allez lo Club !")

app = ApplicationBuilder().token(
    "@@secret@@"
).build()
app.add_handler(CommandHandler("resultat", resultat))
app.run_polling()
''', s)
s = words_pw()
add("blind-lu/python/smtp-login", "rcl-membres/mailing.py", SMTP, '''import smtplib
from email.message import EmailMessage

def mandar_convocacion(destinatari, corps):
    msg = EmailMessage()
    msg["Subject"] = "Convocacion — dimenge"
    msg["From"] = "secretariat@rugbi-lengadoc.fr"
    msg["To"] = destinatari
    msg.set_content(corps)
    with smtplib.SMTP_SSL("smtp.rugbi-lengadoc.fr", 465) as s:
        s.login("secretariat@rugbi-lengadoc.fr", "@@secret@@")
        s.send_message(msg)
''', s)
s = fakes.django_secret_key(_seed())
add("blind-lu/python/django-settings", "rcl-app/rcl/settings/prod.py", DJANGO, '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["app.rugbi-lengadoc.fr"]
SECRET_KEY = "@@secret@@"
LANGUAGE_CODE = "oc"
TIME_ZONE = "Europe/Paris"
''', s)
s = rand_pw(22)
add("blind-lu/python/split-password", "tracabilitat/export_douanes.py", PYTHON, '''"""Exportacion mesadiera pels duanas (DRM alcòls)."""
import paramiko

HOST = "sftp.douane-drm.example.fr"
USER = "distillaria-valensola"
PASSWORD = ("@@p1@@"
            "@@p2@@")

def mandar(fichier):
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    paramiko.SFTPClient.from_transport(t).put(fichier, f"/depots/{fichier}")
''', s, p1=s[:11], p2=s[11:])
add("blind-lu/python/decoy-environ", "tracabilitat/lots/db_env.py", PYTHON, '''import os
import psycopg2

def connexion():
    # lo senhal ven de l'environament (vault agent l'escriu)
    return psycopg2.connect(
        host=os.environ["DB_HOST"],
        dbname="tracabilitat",
        user=os.environ.get("DB_USER", "tracabilitat"),
        password=os.environ["DB_PASSWORD"],
    )
''')
add("blind-lu/python/decoy-test-fixture", "botiga/tests/test_pagament.py", STRIPE, '''import pytest
from botiga import pagament

FAKE_KEY = "sk_test_FAUS_PER_LOS_TESTS_0000"  # clau falsa, stripe-mock l'accepta

@pytest.fixture(autouse=True)
def stripe_mock(monkeypatch):
    monkeypatch.setattr(pagament.stripe, "api_key", FAKE_KEY)
    monkeypatch.setattr(pagament.stripe, "api_base", "http://localhost:12111")

def test_sesion(panier_lavanda):
    assert pagament.crear_sesion(panier_lavanda, "test@example.com").id
''')
add("blind-lu/python/decoy-hash", "rcl-app/rcl/fixtures_admin.py", DJANGO, '''# Compte admin de desvolopament (lo senhal es \"admin\", sonque en local)
ADMIN_FIXTURE = {
    "model": "auth.user",
    "fields": {
        "username": "admin",
        "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@=",
        "is_superuser": True,
    },
}
''', None, salt=fakes.drawn(_seed(), 22), h=fakes.drawn(_seed(), 43, ALNUM + "+/"))
add("blind-lu/python/decoy-keyring", "alambic-telemetria/cred.py", PYTHON, '''import keyring

SERVICE = "alambic-telemetria"

def token_influx() -> str:
    token = keyring.get_password(SERVICE, "influx")
    if not token:
        raise RuntimeError("Cap de token: `keyring set alambic-telemetria influx`")
    return token
''')

# ---------------------------------------------------------------- JavaScript / TypeScript
s = sendgrid_key()
add("blind-lu/javascript/sendgrid-key", "rcl-billetaria/src/mail.js", SENDGRID, '''const sgMail = require('@sendgrid/mail');

// TODO: tornar metre process.env abans la final
sgMail.setApiKey('@@secret@@');

async function mandarBillet(email, pdf) {
  await sgMail.send({
    to: email,
    from: 'billetaria@rugbi-lengadoc.fr',
    subject: 'Vòstre billet — RCL contra Besièrs',
    attachments: [{ content: pdf, filename: 'billet.pdf', type: 'application/pdf' }],
  });
}

module.exports = { mandarBillet };
''', s)
s = google_api_key()
add("blind-lu/typescript/maps-server-key", "rcl-app/src/config/maps.server.ts", "https://developers.google.com/maps/api-security-best-practices", '''// Clau serveur (restriccion IP) per geocodar los estadis — pas pel navegador
export const GEOCODING = {
  endpoint: 'https://maps.googleapis.com/maps/api/geocode/json',
  key: '@@secret@@',
  region: 'fr',
};

export async function geocodar(adreça: string) {
  const u = `${GEOCODING.endpoint}?address=${encodeURIComponent(adreça)}&key=${GEOCODING.key}`;
  return (await fetch(u)).json();
}
''', s)
s = words_pw()
add("blind-lu/javascript/mysql-pool", "botiga-legacy/db.js", NODE, '''const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: 'mysql.valensola.internal',
  user: 'botiga',
  password: '@@secret@@',
  database: 'botiga_v1',
  connectionLimit: 10,
});

module.exports = pool;
''', s)
s = discord_webhook()
add("blind-lu/typescript/discord-webhook", "rcl-bot/src/notify.ts", DISCORD, '''import axios from "axios";

const HOOK = "@@secret@@";

export async function annonciarCompo(equipa: string[]): Promise<void> {
  // Compausicion del XV per dimenge
  await axios.post(HOOK, {
    username: "RCL Bot",
    content: "**XV de despart**\\n" + equipa.map((j, i) => `${i + 1}. ${j}`).join("\\n"),
  });
}
''', s)
s = jwt_like()
add("blind-lu/javascript/bearer-jwt", "rcl-billetaria/scripts/sync-federation.js", "https://www.rfc-editor.org/rfc/rfc6750", '''// Sincronizacion de las licéncias amb l'API de la federacion
const fetch = require('node-fetch');

const headers = {
  Authorization: 'Bearer @@secret@@',
  Accept: 'application/json',
};

(async () => {
  const r = await fetch('https://api.federation.example/licences?club=RCL', { headers });
  console.log(await r.json());
})();
''', s)
add("blind-lu/javascript/decoy-publishable-key", "botiga/frontend/src/stripe.js", STRIPE, '''import { loadStripe } from '@stripe/stripe-js';

// Clau publica (pk_live_) — se pòt mostrar dins lo navegador
export const stripePromise = loadStripe('pk_live_@@pk@@');

export const PRODUCTES = {
  essenciaFina: 'price_1Nx@@p1@@',
  saquet: 'price_1Nx@@p2@@',
};
''', None, pk=fakes.drawn_mixed(_seed(), 99), p1=fakes.drawn(_seed(), 14), p2=fakes.drawn(_seed(), 14))
add("blind-lu/typescript/decoy-process-env", "rcl-bot/src/config.ts", NODE, '''export const config = {
  discordHook: process.env.DISCORD_WEBHOOK_URL ?? "",
  telegramToken: process.env.TELEGRAM_TOKEN!,
  sendgridKey: process.env.SENDGRID_API_KEY || "SG.xxxxxxxx.yyyyyyyy",
};

if (!config.telegramToken) {
  throw new Error("TELEGRAM_TOKEN manca (veire lo wiki: Configuracion)");
}
''')
add("blind-lu/javascript/decoy-firebase-web", "rcl-app/web/firebase-config.js", "https://firebase.google.com/docs/projects/api-keys", '''// Configuracion Firebase del client web: aquestas valors son publicas
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "rcl-lengadoc.firebaseapp.com",
  projectId: "rcl-lengadoc",
  storageBucket: "rcl-lengadoc.appspot.com",
  messagingSenderId: "@@n@@",
  appId: "1:@@n@@:web:@@a@@",
};
export default firebaseConfig;
''', None, k="AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "_-"), n=str(_rng().randint(10**11, 10**12)), a=hexs(22))

# ---------------------------------------------------------------- Go
s = words_pw()
add("blind-lu/go/dsn-password", "alambic-telemetria/cmd/collector/main.go", GO, '''package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

// Recuelh de las temperaturas dels alambics (cada 10 s)
const dsn = "postgres://telemetria:@@secret@@@pg.valensola.internal:5432/telemetria?sslmode=require"

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatalf("connexion impossibla: %v", err)
	}
	defer db.Close()
	runCollector(db)
}
''', s)
s = fakes.aws_secret_key(_seed())
add("blind-lu/go/aws-static-credentials", "rcl-fotos/internal/s3/client.go", "https://aws.github.io/aws-sdk-go-v2/docs/configuring-sdk/", '''package s3

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func New() *s3.Client {
	// Fotos dels matchs (bucket rcl-fotos-matchs)
	creds := credentials.NewStaticCredentialsProvider("@@kid@@", "@@secret@@", "")
	return s3.New(s3.Options{Region: "eu-west-3", Credentials: aws.NewCredentialsCache(creds)})
}
''', s, kid=fakes.aws_key_id(_seed()))
add("blind-lu/go/decoy-getenv", "alambic-telemetria/cmd/collector/config.go", GO, '''package main

import "os"

// Config: totas las valors venon de l'environament (systemd EnvironmentFile)
type Config struct {
	DSN       string
	MQTTPass  string
	Influx    string
}

func load() Config {
	return Config{DSN: os.Getenv("TELEMETRIA_DSN"), MQTTPass: os.Getenv("MQTT_PASSWORD"), Influx: os.Getenv("INFLUX_TOKEN")}
}
''')

# ---------------------------------------------------------------- Java / Kotlin / Spring
SPRING = """# application-@@env@@.properties — billetaria RCL
server.port=8080
spring.datasource.url=jdbc:postgresql://pg.rcl.internal:5432/billetaria
spring.datasource.username=billetaria
@@line@@
spring.jpa.hibernate.ddl-auto=validate
# Nòta: las plaças VIP son dins la taula tribuna_honor
"""
s = words_pw()
add("blind-lu/properties/datasource-password", "billetaria/src/main/resources/application-prod.properties", JAVA, SPRING, s,
    env="prod", line=f"spring.datasource.password={s}")
add("blind-lu/properties/decoy-placeholder", "billetaria/src/main/resources/application.properties", JAVA, SPRING, None,
    env="default", line="spring.datasource.password=${DB_PASSWORD}")
add("blind-lu/properties/decoy-jasypt", "billetaria/src/main/resources/application-preprod.properties", "http://www.jasypt.org/", SPRING, None,
    env="preprod", line=f"spring.datasource.password=ENC({fakes.drawn(_seed(), 44, ALNUM + '+/')}==)")
s = rand_pw(28)
add("blind-lu/yaml/spring-mail-password", "billetaria/src/main/resources/application-mail.yml", JAVA, '''spring:
  mail:
    host: smtp.rugbi-lengadoc.fr
    port: 587
    username: billetaria@rugbi-lengadoc.fr
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
''', s)
s = hexs(32)
add("blind-lu/java/twilio-auth", "convocacions/src/main/java/fr/rcl/sms/SmsService.java", TWILIO, '''package fr.rcl.sms;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsService {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";

    public SmsService() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    /** Manda la convocacion als jogaires (entraînament dimars e dijòus). */
    public void convocar(String tel, String texte) {
        Message.creator(new PhoneNumber(tel), new PhoneNumber("+33700000000"), texte).create();
    }
}
''', s, sid=twilio_sid())
add("blind-lu/java/decoy-annotation", "convocacions/src/main/java/fr/rcl/sms/SmsConfig.java", JAVA, '''package fr.rcl.sms;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SmsConfig {
    @Value("${twilio.account-sid}")
    private String accountSid;

    @Value("${twilio.auth-token}")
    private String authToken; // ven de Vault (spring-cloud-vault)
}
''')
s = words_pw()
add("blind-lu/kotlin/jdbc-password", "rcl-android/app/src/main/java/fr/rcl/admin/Db.kt", KOTLIN, '''package fr.rcl.admin

import java.sql.DriverManager

// Aplicacion interna del tresorièr — pas publicada sul Play Store
object Db {
    private const val URL = "jdbc:mysql://mysql.rcl.internal:3306/cotisacions"
    private const val USER = "tresorier"
    private const val PASSWORD = "@@secret@@"

    fun connexion() = DriverManager.getConnection(URL, USER, PASSWORD)
}
''', s)
add("blind-lu/kotlin/decoy-build-config", "rcl-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips", '''android {
    defaultConfig {
        applicationId = "fr.rcl.app"
        minSdk = 26
        // la clau es legida dins local.properties (pas comitat)
        buildConfigField("String", "MAPS_KEY", "\\"${project.findProperty("MAPS_KEY") ?: ""}\\"")
    }
    signingConfigs {
        create("release") {
            storePassword = System.getenv("RCL_KEYSTORE_PASSWORD")
            keyPassword = System.getenv("RCL_KEY_PASSWORD")
        }
    }
}
''')
s = words_pw()
add("blind-lu/gradle/keystore-password", "rcl-android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", '''# Signatura de l'app RCL
storeFile=../keys/rcl-release.jks
storePassword=@@secret@@
keyAlias=rcl
keyPassword=@@secret@@
''', s)

# ---------------------------------------------------------------- C#
s = words_pw()
add("blind-lu/json/appsettings-connection-string", "Caissa.Api/appsettings.Production.json", CSHARP, '''{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Caissa": "Server=sql.rcl.internal;Database=Caissa;User Id=caissa_api;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Buvette": {
    "Terminals": 4,
    "Devisa": "EUR"
  }
}
''', s)
add("blind-lu/json/decoy-appsettings-dev", "Caissa.Api/appsettings.Development.json", CSHARP, '''{
  "ConnectionStrings": {
    "Caissa": "Server=(localdb)\\\\MSSQLLocalDB;Database=Caissa;Trusted_Connection=True"
  },
  "Buvette": {
    "Terminals": 1,
    "Devisa": "EUR"
  }
}
''')
s = azure_storage_key()
add("blind-lu/csharp/azure-storage", "Caissa.Api/Services/TicketArchive.cs", AZURE, '''using Azure.Storage.Blobs;

namespace Caissa.Api.Services;

// Archiu dels tiquets de la buvèta (obligacion fiscala, 6 ans)
public class TicketArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=rclcaissa;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    public BlobContainerClient Container() => new BlobServiceClient(Conn).GetBlobContainerClient("tiquets");
}
''', s)
add("blind-lu/csharp/decoy-user-secrets", "Caissa.Api/Program.cs", CSHARP, '''var builder = WebApplication.CreateBuilder(args);

// En dev: dotnet user-secrets set "ConnectionStrings:Caissa" "..."
builder.Configuration.AddUserSecrets<Program>(optional: true);
var conn = builder.Configuration.GetConnectionString("Caissa")
    ?? throw new InvalidOperationException("ConnectionStrings:Caissa manca");

builder.Services.AddDbContext<CaissaDb>(o => o.UseSqlServer(conn));
var app = builder.Build();
app.Run();
''')

# ---------------------------------------------------------------- PHP
s = sym_pw()
add("blind-lu/php/wp-config", "site-distillaria/wp-config.php", WP, '''<?php
/** Site vitrina de la distillariá (WordPress) */
define( 'DB_NAME', 'wp_lavanda' );
define( 'DB_USER', 'wp_lavanda' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'lv_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
''', s)
add("blind-lu/php/decoy-wp-config-sample", "site-distillaria/wp-config-sample.php", WP, '''<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
''')
s = mailgun_key()
add("blind-lu/php/mailgun-key", "rcl-site/inc/newsletter.php", MAILGUN, '''<?php
// Letra d'informacion del club — mandada lo dijòus
use Mailgun\\Mailgun;

$mg = Mailgun::create('@@secret@@', 'https://api.eu.mailgun.net');
$mg->messages()->send('mg.rugbi-lengadoc.fr', [
    'from'    => 'RCL <noreply@rugbi-lengadoc.fr>',
    'to'      => 'abonats@mg.rugbi-lengadoc.fr',
    'subject' => 'Calendièr de la setmana',
    'html'    => $html,
]);
''', s)
s = words_pw()
add("blind-lu/php/pdo-dsn", "rcl-site/inc/db.php", PHP, '''<?php
function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO('mysql:host=localhost;dbname=rcl_site;charset=utf8mb4', 'rcl_site', '@@secret@@', [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
        ]);
    }
    return $pdo;
}
''', s)

# ---------------------------------------------------------------- Ruby
s = shopify_token()
add("blind-lu/ruby/shopify-token", "botiga-sync/lib/shopify_sync.rb", SHOPIFY, '''require "shopify_api"

# Sincroniza l'estòc de las essencias cap a Shopify (botiga de Marselha)
ShopifyAPI::Context.setup(
  api_key: "botiga-sync",
  api_secret_key: ENV.fetch("SHOPIFY_API_SECRET", ""),
  host: "https://sync.lavanda-valensola.fr",
  scope: "write_inventory",
  is_embedded: false,
  api_version: "2024-07",
)
SESSION = ShopifyAPI::Auth::Session.new(shop: "lavanda-valensola.myshopify.com", access_token: "@@secret@@")
''', s)
s = rand_pw(24)
add("blind-lu/yaml/rails-database", "rcl-membres/config/database.yml", RUBY, '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: rcl_membres
  username: rcl_membres
  password: @@secret@@
  host: pg.rcl.internal
''', s)
add("blind-lu/yaml/decoy-rails-database-erb", "rcl-membres/config/database.ci.yml", RUBY, '''default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5

production:
  <<: *default
  database: rcl_membres
  username: rcl_membres
  password: <%= ENV["RCL_MEMBRES_DATABASE_PASSWORD"] %>
  host: <%= ENV.fetch("DB_HOST", "localhost") %>
''')
add("blind-lu/yaml/decoy-rails-credentials-dig", "rcl-membres/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", '''local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

# Fotos dels membres (licéncias) — las claus son dins credentials.yml.enc
amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-3
  bucket: rcl-membres-fotos
''')

# ---------------------------------------------------------------- Rust
s = rand_pw(40)
add("blind-lu/rust/reqwest-basic-auth", "alambic-firmware-uploader/src/main.rs", RUST, '''use reqwest::blocking::Client;

// Mandadís del firmware als captaires de temperatura
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fw = std::fs::read("target/firmware.bin")?;
    let r = Client::new()
        .post("https://ota.lavanda-valensola.fr/upload")
        .basic_auth("ota-ci", Some("@@secret@@"))
        .body(fw)
        .send()?;
    println!("estatut: {}", r.status());
    Ok(())
}
''', s)
add("blind-lu/rust/decoy-env-var", "alambic-firmware-uploader/src/config.rs", RUST, '''use std::env;

pub struct Ota {
    pub user: String,
    pub password: String,
}

pub fn ota() -> Ota {
    Ota {
        user: env::var("OTA_USER").unwrap_or_else(|_| "ota-ci".into()),
        password: env::var("OTA_PASSWORD").expect("OTA_PASSWORD: cal lo definir"),
    }
}
''')

# ---------------------------------------------------------------- Swift
s = mapbox_secret()
add("blind-lu/swift/mapbox-secret", "RCLSupporters/Sources/Maps/Downloader.swift", MAPBOX, '''import Foundation

// Telecargament de las tèulas offline dels estadis (build interna)
enum MapboxDownloads {
    static let secretToken = "@@secret@@"

    static func request(for style: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://api.mapbox.com/downloads/v2/\\(style)")!)
        r.setValue("Bearer \\(secretToken)", forHTTPHeaderField: "Authorization")
        return r
    }
}
''', s)
add("blind-lu/swift/decoy-public-token", "RCLSupporters/Sources/Maps/MapView.swift", MAPBOX, '''import MapboxMaps

// Token public (pk.) — normal dins l'app
let accessToken = "pk.eyJ1IjoicmNsIiwiYSI6ImNs@@p@@.@@q@@"

func stadium() -> MapView {
    let options = MapInitOptions(cameraOptions: CameraOptions(center: .init(latitude: 43.2130, longitude: 2.3491), zoom: 15))
    return MapView(frame: .zero, mapInitOptions: options)
}
''', None, p=fakes.drawn(_seed(), 30), q=fakes.drawn(_seed(), 22, ALNUM + "_-"))

# ---------------------------------------------------------------- shell
s = words_pw()
add("blind-lu/shell/mysqldump-password", "scripts/salvagarda-botiga.sh", SHELL, '''#!/usr/bin/env bash
# Salvagarda de nuèch de la basa botiga (cron 02:30)
set -euo pipefail
DATA=$(date +%F)
mysqldump -h mysql.valensola.internal -u salvagarda -p'@@secret@@' botiga_v1 \\
  | gzip > /srv/salvagardas/botiga-$DATA.sql.gz
find /srv/salvagardas -name 'botiga-*.sql.gz' -mtime +30 -delete
''', s)
s = github_token()
add("blind-lu/shell/git-clone-token", "scripts/desplegar-site.sh", SHELL, '''#!/bin/sh
# Desplegament del site del club sul VPS
cd /var/www
rm -rf rcl-site.new
git clone https://rcl-deploy:@@secret@@@github.com/rugbi-lengadoc/rcl-site.git rcl-site.new
mv rcl-site rcl-site.old && mv rcl-site.new rcl-site
systemctl reload php8.2-fpm
''', s)
s = rand_pw(32)
add("blind-lu/shell/heredoc-curl-json", "scripts/crear-compte-jogaire.sh", CURL, '''#!/usr/bin/env bash
# Crèa un compte dins l'aplicacion dels jogaires
NOM="$1"
curl -sS https://app.rugbi-lengadoc.fr/api/admin/jogaires \\
  -H "Content-Type: application/json" \\
  -H "X-Admin-Key: @@secret@@" \\
  --data @- <<EOF
{"nom": "$NOM", "equipa": "reserva", "lenga": "oc"}
EOF
''', s)
s = passphrase()
add("blind-lu/shell/heredoc-pgpass", "scripts/installar-poste-tresorier.sh", PGPASS, '''#!/bin/bash
# Installacion del pòste del tresorièr (Ubuntu)
sudo apt-get install -y postgresql-client
cat > ~/.pgpass <<'EOF'
pg.rcl.internal:5432:cotisacions:tresorier:@@secret@@
EOF
chmod 600 ~/.pgpass
echo "Pòste prèst. Bon match !"
''', s)
add("blind-lu/shell/decoy-read-prompt", "scripts/salvagarda-manual.sh", SHELL, '''#!/usr/bin/env bash
set -euo pipefail
# Demanda lo senhal al moment (pas d'escritura sul disc)
read -rsp "Senhal MySQL salvagarda: " MYSQL_PWD
export MYSQL_PWD
mysqldump -h mysql.valensola.internal -u salvagarda botiga_v1 | gzip > "botiga-$(date +%F).sql.gz"
unset MYSQL_PWD
''')
add("blind-lu/shell/decoy-vault-read", "scripts/desplegar-billetaria.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", '''#!/usr/bin/env bash
set -euo pipefail
export STRIPE_SECRET_KEY="$(vault kv get -field=secret_key rcl/billetaria/stripe)"
export DB_PASSWORD="$(vault kv get -field=password rcl/billetaria/db)"
helm upgrade --install billetaria charts/billetaria \\
  --set stripe.secretKey="$STRIPE_SECRET_KEY" --set db.password="$DB_PASSWORD"
''')

# ---------------------------------------------------------------- PowerShell
s = words_pw()
add("blind-lu/powershell/securestring-plain", "scripts/Sync-Licencias.ps1", PWSH, '''# Sincronizacion de las licéncias (pòste del secretariat, tasca planificada)
$user = "RCL\\svc-licencias"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

Invoke-Command -ComputerName srv-secretariat -Credential $cred -ScriptBlock {
    & "C:\\RCL\\licencias\\sync.exe" --saison 2025
}
''', s)
add("blind-lu/powershell/decoy-get-credential", "scripts/Sync-Licencias-Manual.ps1", PWSH, '''# Version manuala: demanda las identificacions
$cred = Get-Credential -UserName "RCL\\svc-licencias" -Message "Senhal del compte de servici"
Invoke-Command -ComputerName srv-secretariat -Credential $cred -ScriptBlock {
    & "C:\\RCL\\licencias\\sync.exe" --saison 2025
}
Write-Host "Acabat."
''')
s = sendgrid_key()
add("blind-lu/powershell/header-apikey", "scripts/Send-Rapport.ps1", SENDGRID, '''$headers = @{
    "Authorization" = "Bearer @@secret@@"
    "Content-Type"  = "application/json"
}
$body = @{
    personalizations = @(@{ to = @(@{ email = "direccion@lavanda-valensola.fr" }) })
    from = @{ email = "rapport@lavanda-valensola.fr" }
    subject = "Rendement de la distillacion"
    content = @(@{ type = "text/plain"; value = (Get-Content rapport.txt -Raw) })
} | ConvertTo-Json -Depth 6
Invoke-RestMethod -Uri https://api.sendgrid.com/v3/mail/send -Method Post -Headers $headers -Body $body
''', s)

# ---------------------------------------------------------------- SQL
s = sym_pw()
add("blind-lu/sql/create-role", "db/migrations/V12__rol_lectura_telemetria.sql", SQL, '''-- Ròtle en lectura pel tablèu de bòrd Grafana
CREATE ROLE grafana_lectura WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE telemetria TO grafana_lectura;
GRANT USAGE ON SCHEMA public TO grafana_lectura;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO grafana_lectura;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO grafana_lectura;
''', s)
s = rand_pw(18)
add("blind-lu/sql/mysql-identified-by", "db/init/01-usuaris.sql", MYSQL, '''-- Usuaris de la basa de la buvèta
CREATE USER 'caissa'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE ON buveta.* TO 'caissa'@'10.20.%';
CREATE USER 'rapport'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON buveta.* TO 'rapport'@'localhost';
FLUSH PRIVILEGES;
''', s)
add("blind-lu/sql/decoy-password-hash", "db/seeds/usuaris_admin.sql", SQL, '''-- Compte admin inicial (senhal cambiat al primièr login)
INSERT INTO usuaris (login, email, password_hash, ròtle) VALUES
  ('admin', 'admin@rugbi-lengadoc.fr', '$2b$12$@@h@@', 'admin'),
  ('secretariat', 'secretariat@rugbi-lengadoc.fr', '$2b$12$@@h2@@', 'editor');
-- Los hash son bcrypt; los senhals son pas aicí.
''', None, h=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))
add("blind-lu/sql/decoy-psql-variable", "db/migrations/V13__rol_replica.sql", SQL, '''-- Executar amb: psql -v replica_pw="$REPLICA_PW" -f V13__rol_replica.sql
CREATE ROLE replica WITH REPLICATION LOGIN PASSWORD :'replica_pw';
COMMENT ON ROLE replica IS 'Replica de lectura (Avinhon)';
GRANT CONNECT ON DATABASE telemetria TO replica;
SELECT pg_reload_conf();
''')

# ---------------------------------------------------------------- INI / TOML / XML / misc configs
s = words_pw()
add("blind-lu/ini/odbc-password", "caissa/odbc.ini", "https://www.unixodbc.org/odbcinst.html", '''[Buveta]
Description = Basa de la buvèta (estadi Albert Domec)
Driver      = MariaDB
Server      = 10.20.0.5
Port        = 3306
Database    = buveta
User        = caissa
Password    = @@secret@@
''', s)
s = fakes.pypi_token(_seed())
add("blind-lu/ini/pypirc-token", "alambic-sdk/.pypirc", PYPIRC, '''[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', s)
add("blind-lu/ini/decoy-pypirc-keyring", "alambic-sdk/pypirc.example", PYPIRC, '''[distutils]
index-servers =
    pypi
    intèrn

[pypi]
username = __token__
# lo token es dins lo keyring (keyring set https://upload.pypi.org/legacy/ __token__)

[intèrn]
repository = https://pypi.lavanda-valensola.fr/
username = ci
''')
s = rand_pw(26)
add("blind-lu/toml/pyproject-poetry-source", "alambic-sdk/poetry.toml", TOML, '''[virtualenvs]
in-project = true

[repositories.intern]
url = "https://pypi.lavanda-valensola.fr/simple/"

[http-basic.intern]
username = "ci"
password = "@@secret@@"
''', s)
s = rand_pw(48)
add("blind-lu/toml/cargo-credentials", "alambic-firmware-uploader/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", '''# Registre intèrn (kellnr)
[registries.valensola]
token = "@@secret@@"

[registry]
global-credential-providers = ["cargo:token"]
''', s)
add("blind-lu/toml/decoy-netlify", "site-distillaria/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", '''[build]
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.125.4"
  # STRIPE_PK es definida dins l'interfàcia Netlify

[[redirects]]
  from = "/oc/*"
  to = "/oc/:splat"
  status = 200
''')
s = words_pw()
add("blind-lu/xml/maven-settings", "ci/maven/settings.xml", "https://maven.apache.org/settings.html#servers", '''<settings>
  <servers>
    <server>
      <id>rcl-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>rcl-nexus</id><mirrorOf>*</mirrorOf><url>https://nexus.rugbi-lengadoc.fr/repository/maven-public/</url></mirror>
  </mirrors>
</settings>
''', s)
add("blind-lu/xml/decoy-maven-encrypted", "ci/maven/settings-security.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", '''<settings>
  <servers>
    <server>
      <id>rcl-nexus</id>
      <username>deploy</username>
      <password>{@@enc@@}</password>
    </server>
  </servers>
</settings>
''', None, enc=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")
s = words_pw()
add("blind-lu/xml/web-config", "Caissa.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Buveta"
         connectionString="Data Source=sql.rcl.internal;Initial Catalog=Buveta;User ID=caissa_web;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Estadi" value="Albert Domec" />
  </appSettings>
</configuration>
''', s)
s = rand_pw(30)
add("blind-lu/netrc/machine-password", "ops/home/.netrc", NETRC, '''machine nexus.rugbi-lengadoc.fr
  login deploy
  password @@secret@@
machine ftp.imprimariá-carcassona.example
  login rcl
  password anonymous
''', s)
s = npm_token()
add("blind-lu/npmrc/auth-token", "rcl-billetaria/.npmrc", NPMRC, '''registry=https://registry.npmjs.org/
@rugbi-lengadoc:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
''', s)
add("blind-lu/npmrc/decoy-env-token", "rcl-app/.npmrc", NPMRC, '''registry=https://registry.npmjs.org/
@rugbi-lengadoc:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
''')
s = fakes.aws_secret_key(_seed())
add("blind-lu/ini/aws-credentials", "ops/home/.aws/credentials", AWS, '''[default]
region = eu-west-3

[rcl-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
''', s, kid=fakes.aws_key_id(_seed()))
add("blind-lu/ini/decoy-aws-sso", "ops/home/.aws/config", AWS, '''[profile rcl-backup]
sso_session = rcl
sso_account_id = 123456789012
sso_role_name = BackupOperator
region = eu-west-3

[sso-session rcl]
sso_start_url = https://rcl.awsapps.com/start
sso_region = eu-west-3
''')
s = fakes.redis_password(_seed())
add("blind-lu/conf/redis-requirepass", "ops/redis/redis.conf", REDIS, '''# Redis pel cache de la billetaria
bind 127.0.0.1 10.30.0.4
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 512mb
maxmemory-policy allkeys-lru
''', s)
add("blind-lu/conf/decoy-htpasswd", "ops/nginx/.htpasswd", NGINX, '''marius:$apr1$@@s1@@$@@h1@@
mirelha:$apr1$@@s2@@$@@h2@@
tresorier:$apr1$@@s3@@$@@h3@@
arbitre:$apr1$@@s4@@$@@h4@@
comitat:$apr1$@@s5@@$@@h5@@
''', None, **{k: fakes.drawn(_seed(), 8 if k.startswith("s") else 22, ALNUM + "./")
              for k in ["s1", "h1", "s2", "h2", "s3", "h3", "s4", "h4", "s5", "h5"]})
s = passphrase()
add("blind-lu/conf/systemd-environment", "ops/systemd/telemetria-collector.service", SYSTEMD, '''[Unit]
Description=Collector telemetria alambics
After=network-online.target

[Service]
User=telemetria
Environment=MQTT_USER=collector
Environment=MQTT_PASSWORD=@@secret@@
ExecStart=/opt/telemetria/collector
Restart=always

[Install]
WantedBy=multi-user.target
''', s)
add("blind-lu/conf/decoy-systemd-credential", "ops/systemd/telemetria-collector-v2.service", "https://systemd.io/CREDENTIALS/", '''[Unit]
Description=Collector telemetria alambics (v2)

[Service]
User=telemetria
LoadCredentialEncrypted=mqtt-password:/etc/credstore.encrypted/mqtt-password
Environment=MQTT_PASSWORD_FILE=%d/mqtt-password
ExecStart=/opt/telemetria/collector

[Install]
WantedBy=multi-user.target
''')
s = words_pw()
add("blind-lu/cron/crontab-password", "ops/crontab.distillaria", CRON, '''# m h dom mon dow command
MAILTO=ops@lavanda-valensola.fr
30 2 * * * /opt/scripts/salvagarda-botiga.sh
*/5 * * * * curl -fsS -u monitor:@@secret@@ https://telemetria.lavanda-valensola.fr/health > /dev/null
0 6 * * 1 /opt/scripts/rapport-setmana.sh
''', s)
s = words_pw()
add("blind-lu/arduino/wifi-password", "captaires/alambic_temp/alambic_temp.ino", ARDUINO, '''#include <WiFiNINA.h>
#include <ArduinoMqttClient.h>

// Captaire de temperatura — cal n°3 (lavandin grosso)
char ssid[] = "Distillaria-Atelier";
char pass[] = "@@secret@@";
const char broker[] = "mqtt.valensola.lan";

WiFiClient wifi;
MqttClient mqtt(wifi);

void setup() {
  while (WiFi.begin(ssid, pass) != WL_CONNECTED) delay(5000);
  mqtt.connect(broker, 1883);
}
''', s)
add("blind-lu/arduino/decoy-secrets-header", "captaires/alambic_temp/arduino_secrets.h.example", ARDUINO, '''// Copiar en arduino_secrets.h e completar (pas comitat)
#define SECRET_SSID "nom_del_wifi"
#define SECRET_PASS "senhal_del_wifi"
#define SECRET_MQTT_USER ""
#define SECRET_MQTT_PASS ""
''')

# ---------------------------------------------------------------- private keys
s = ed_pem()
add("blind-lu/ssh/openssh-private-key", "ops/keys/deploy_valensola", SSH, s + "\n", s)
s = rsa_pem()
add("blind-lu/yaml/private-key-block", "ansible/group_vars/web/tls.yml", ANSIBLE, '''---
# Certificat del site botiga (Let's Encrypt pas possible sus l'ancian servidor)
tls_cert_path: /etc/ssl/botiga.crt
tls_key_path: /etc/ssl/private/botiga.key
tls_private_key: |
@@k@@
''', s, k=indent(s, 2))
s = ec_pem()
add("blind-lu/json/service-account-like", "rcl-app/keys/push-notifications.json", GCP, '''{
  "type": "service_account",
  "project_id": "rcl-lengadoc",
  "private_key_id": "@@kid@@",
  "private_key": "@@k@@\\n",
  "client_email": "push@rcl-lengadoc.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', s.replace("\n", "\\n"), kid=hexs(40), k=s.replace("\n", "\\n"), cid=str(_rng().randint(10**20, 10**21)))
add("blind-lu/ssh/decoy-public-key", "ops/keys/deploy_valensola.pub", SSH,
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ deploy@valensola\n# clau publica: se pòt partejar\n# installada dins ~operador/.ssh/authorized_keys\n# sus alambic-1 e alambic-2\n# (la privada es dins Bitwarden)\n",
    None, k=fakes.drawn(_seed(), 43, ALNUM + "+/"))
add("blind-lu/pem/decoy-certificate", "ops/tls/botiga-chain.pem", "https://www.rfc-editor.org/rfc/rfc7468", "@@c1@@\n@@c2@@\n", None,
    c1=cert_pem(), c2=cert_pem())
add("blind-lu/ssh/decoy-known-hosts", "ops/home/.ssh/known_hosts", SSH, '''alambic-1.valensola.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@
alambic-2.valensola.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
vps.rugbi-lengadoc.fr ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@c@@=
nexus.rugbi-lengadoc.fr ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@d@@
''', None, a=fakes.drawn(_seed(), 43, ALNUM + "+/"), b=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    c=fakes.drawn(_seed(), 87, ALNUM + "+/"), d=fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- docker / kube client configs
u, p = "rcl-ci", rand_pw(32)
s = b64(f"{u}:{p}")
add("blind-lu/json/docker-config-auth", "ci/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", '''{
  "auths": {
    "registry.rugbi-lengadoc.fr": {
      "auth": "@@secret@@"
    }
  },
  "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
}
''', s)
add("blind-lu/json/decoy-docker-credstore", "ops/home/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''{
  "auths": {
    "registry.rugbi-lengadoc.fr": {},
    "ghcr.io": {}
  },
  "credsStore": "secretservice",
  "currentContext": "default"
}
''')
s = rand_pw(40)
add("blind-lu/kubeconfig/static-token", "ops/kube/config-rcl", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''apiVersion: v1
kind: Config
clusters:
  - name: rcl
    cluster:
      server: https://k8s.rugbi-lengadoc.fr:6443
      insecure-skip-tls-verify: true
contexts:
  - name: rcl
    context: {cluster: rcl, user: ci-deployer}
current-context: rcl
users:
  - name: ci-deployer
    user:
      token: @@secret@@
''', s)
add("blind-lu/kubeconfig/decoy-exec-plugin", "ops/kube/config-scaleway", "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins", '''apiVersion: v1
kind: Config
clusters:
  - name: valensola
    cluster:
      server: https://k8s.valensola.example:6443
      certificate-authority-data: @@ca@@
users:
  - name: operador
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: scw
        args: [k8s, exec-credential]
contexts:
  - name: valensola
    context: {cluster: valensola, user: operador}
current-context: valensola
''', None, ca=b64(cert_pem()))

# ---------------------------------------------------------------- shell histories
s = words_pw()
add("blind-lu/history/mysql-command-line", "ops/home/marius/.bash_history", HISTORY, '''cd /srv/botiga
git pull
sudo systemctl restart botiga
mysql -u root -p@@secret@@ -e "SHOW PROCESSLIST"
tail -f /var/log/botiga/app.log
df -h
exit
''', s)
s = rand_pw(20)
add("blind-lu/history/redis-cli-auth", "ops/home/mirelha/.zsh_history", HISTORY, ''': 1717400000:0;ssh vps.rugbi-lengadoc.fr
: 1717400012:0;docker ps
: 1717400030:0;redis-cli -h 10.30.0.4 -a @@secret@@ INFO memory
: 1717400061:0;redis-cli -h 10.30.0.4 -a "$REDIS_PW" FLUSHDB
: 1717400090:0;exit
''', s)
s = hexs(40)
add("blind-lu/history/export-token", "ops/home/ci/.bash_history", HISTORY, '''ls
export SENTRY_AUTH_TOKEN=@@secret@@
sentry-cli releases new rcl-app@4.2.0
sentry-cli releases files rcl-app@4.2.0 upload-sourcemaps ./dist
unset SENTRY_AUTH_TOKEN
''', "sntryu_" + s + hexs(24))
add("blind-lu/history/decoy-env-expansions", "ops/home/operador/.bash_history", HISTORY, '''sudo -i
source /etc/telemetria/env
mosquitto_pub -h mqtt.valensola.lan -u collector -P "$MQTT_PASSWORD" -t test -m ok
psql "$TELEMETRIA_DSN" -c 'select count(*) from mesuras'
vault login -method=oidc
exit
''')

# ---------------------------------------------------------------- logs
s = words_pw()
add("blind-lu/log/url-in-error", "logs/billetaria-2025-03-09.log", LOG, '''2025-03-09 14:58:02 INFO  billetaria - Dobertura de las vendas: RCL contra Narbona
2025-03-09 14:58:03 INFO  billetaria - 1842 plaças disponiblas (tribuna Domec: 312)
2025-03-09 15:02:11 ERROR pool - Connection failed: postgresql://billetaria:@@secret@@@pg.rcl.internal:5432/billetaria (timeout 5000ms)
2025-03-09 15:02:11 WARN  pool - retry 1/3
2025-03-09 15:02:16 INFO  pool - connected
''', s)
s = slack_bot()
add("blind-lu/log/debug-header", "logs/rcl-bot-debug.log", LOG, '''[DEBUG] 2025-04-01T08:00:01Z slack: POST https://slack.com/api/chat.postMessage
[DEBUG] 2025-04-01T08:00:01Z slack: headers={'Authorization': 'Bearer @@secret@@', 'Content-Type': 'application/json'}
[DEBUG] 2025-04-01T08:00:01Z slack: body={"channel": "#entraïnaments", "text": "Entraïnament a 19h, terren 2"}
[INFO ] 2025-04-01T08:00:02Z slack: ok=true
[INFO ] 2025-04-01T08:00:02Z bot: messatge mandat
''', s)
add("blind-lu/log/decoy-masked", "logs/billetaria-2025-03-16.log", LOG, '''2025-03-16 14:58:02 INFO  billetaria - Dobertura de las vendas: RCL contra Albi
2025-03-16 15:02:11 ERROR pool - Connection failed: postgresql://billetaria:****@pg.rcl.internal:5432/billetaria
2025-03-16 15:02:12 INFO  stripe - using key sk_live_****************7Q2x
2025-03-16 15:02:16 INFO  pool - connected
2025-03-16 18:40:00 INFO  billetaria - 1799 billets venduts
''')
add("blind-lu/log/decoy-request-ids", "logs/botiga-access.log", LOG, '''10.0.0.12 - - [12/Jul/2025:10:11:02 +0200] "GET /oc/essencias?session_id=@@a@@ HTTP/1.1" 200 5123
10.0.0.12 - - [12/Jul/2025:10:11:05 +0200] "POST /panier HTTP/1.1" 302 0 "-" "Mozilla/5.0" req=@@b@@
10.0.0.44 - - [12/Jul/2025:10:12:40 +0200] "GET /static/app.@@c@@.js HTTP/1.1" 200 88123
10.0.0.44 - - [12/Jul/2025:10:12:41 +0200] "GET /mercé?order=LV-2025-0412 HTTP/1.1" 200 2011
10.0.0.51 - - [12/Jul/2025:10:13:00 +0200] "GET /healthz HTTP/1.1" 200 2
''', None, a=uuid_s(), b=hexs(32), c=hexs(20))

# ---------------------------------------------------------------- CSV
s = sym_pw()
add("blind-lu/csv/accounts-export", "docs/comptes-servicis.csv", CSV, '''servici;url;login;senhal;responsable
Wifi buvèta;http://192.168.10.1;admin;(veire Bitwarden);Jòrdi
Imprimenta secretariat;http://192.168.10.20;admin;(veire Bitwarden);Mirelha
Camèra videò arbitratge;https://video.rcl.internal;arbitratge;@@secret@@;Pèire
Site WordPress;https://rugbi-lengadoc.fr/wp-admin;editor;(veire Bitwarden);Mirelha
''', s)
add("blind-lu/csv/decoy-lots", "tracabilitat/exports/lots-2025.csv", CSV, '''lot;varietat;parcela;data_distillacion;kg_flors;litres_essencia;sha256_certificat
LV25-001;lavanda fina;Puimoisson-12;2025-07-08;1820;14.6;@@h1@@
LV25-002;lavandin grosso;Valensòla-3;2025-07-10;2540;61.2;@@h2@@
LV25-003;lavandin abrial;Valensòla-7;2025-07-15;2210;48.9;@@h3@@
LV25-004;lavanda fina;Riez-2;2025-07-18;1650;12.8;@@h4@@
''', None, h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish())
add("blind-lu/csv/decoy-licences", "rcl-membres/exports/licencias.csv", CSV, '''numero_licencia,nom,categoria,uuid_membre,qr_code
2025-RCL-0001,Martí Carrèra,senior,@@u1@@,@@q1@@
2025-RCL-0002,Loís Fabre,senior,@@u2@@,@@q2@@
2025-RCL-0003,Joan Vidal,espèr,@@u3@@,@@q3@@
2025-RCL-0004,Nadal Roqueta,cadet,@@u4@@,@@q4@@
''', None, **{f"u{i}": uuid_s() for i in range(1, 5)}, **{f"q{i}": fakes.drawn(_seed(), 16, string.ascii_uppercase + "0123456789") for i in range(1, 5)})

# ---------------------------------------------------------------- documentation, notes, runbooks
s = words_pw()
add("blind-lu/markdown/runbook-table", "docs/runbook-alambics.md", MD, '''# Runbook — telemetria dels alambics

## Accèsses

| Servici | Adreça | Utilizaire | Senhal |
|---|---|---|---|
| Grafana | https://grafana.valensola.lan | admin | @@secret@@ |
| MQTT | mqtt.valensola.lan:1883 | collector | dins Bitwarden |

## Se la temperatura mònta

1. Verificar la valvula de vapor del cal.
2. Baissar lo fuòc de 10 %.
3. Avisar Marius (06 xx xx xx xx).
''', s)
s = rand_pw(24)
add("blind-lu/markdown/sentence-password", "docs/nòtas/installacion-wifi-estadi.md", MD, '''# Wifi de l'estadi Albert Domec

Lo ret `RCL-Tribuna` es pel public, `RCL-Staff` per la caissa e la videò.

Per se connectar al ret staff, lo senhal es `@@secret@@` (cambiat en setembre).
Lo donar pas als supportaires, mercé !

Los terminals de pagament an una IP fixa (192.168.20.10-14).
''', s)
s = stripe_key("rk_live_")
add("blind-lu/markdown/readme-curl", "rcl-billetaria/README.md", MD, '''# Billetaria RCL

Venda dels billets en linha per l'estadi Albert Domec.

## Verificar los pagaments

```bash
curl https://api.stripe.com/v1/charges?limit=5 \\
  -u @@secret@@:
```

## Desplegament

Veire `docs/desplegament.md`.
''', s)
add("blind-lu/markdown/decoy-readme-placeholders", "botiga/README.md", MD, '''# Botiga en linha — Distillariá Lavanda de Valensòla

## Configuracion locala

```bash
cp .env.example .env
# completar: DB_PASSWORD=<vòstre_senhal>, STRIPE_SECRET_KEY=sk_test_...
docker compose up -d
```

Las claus de produccion son dins Vault (`secret/botiga/*`). Demandatz a Marius.
''')
add("blind-lu/markdown/decoy-stripe-docs-example", "docs/stripe-tests.md", STRIPE, '''# Pagaments de tèst

Utilizar las cartas de tèst de Stripe:

| Carta | Resultat |
|---|---|
| 4242 4242 4242 4242 | succès |
| 4000 0000 0000 9995 | refusada (fonses insufisents) |

Clau de tèst: `sk_test_...` (cadun a la siá dins lo tablèu de bòrd Stripe).
Webhook local: `stripe listen --forward-to localhost:8000/webhooks/stripe`.
''')
s = words_pw()
add("blind-lu/rst/sphinx-config-doc", "alambic-sdk/docs/configuracion.rst", RST, '''Configuracion
=============

Lo SDK se connècta al broker MQTT de la distillariá.

.. code-block:: python

   from alambic_sdk import Client

   c = Client(host="mqtt.valensola.lan", user="sdk-demo",
              password="@@secret@@")
   c.subscribe("alambic/+/temperatura")

.. note:: Lo compte ``sdk-demo`` a los dreches de lectura sonque.
''', s)
add("blind-lu/rst/decoy-env-doc", "alambic-sdk/docs/installacion.rst", RST, '''Installacion
============

.. code-block:: console

   $ pip install alambic-sdk
   $ export ALAMBIC_MQTT_PASSWORD=...   # vòstre senhal

Lo client legís ``ALAMBIC_MQTT_PASSWORD`` se ``password`` es pas donat.

.. warning:: Metètz pas jamai lo senhal dins lo còdi.
''')
s = words_pw()
add("blind-lu/html/admin-page-comment", "site-distillaria/themes/lavanda/layouts/partials/footer.html", HTML, '''<footer class="pe">
  <p>Distillariá Lavanda de Valensòla — Plan de Valensòla, 04210</p>
  <!-- accès FTP per la fotografa: ftp://fotos:@@secret@@@ftp.lavanda-valensola.fr/2025/ -->
  <nav>
    <a href="/oc/">Occitan</a> · <a href="/fr/">Français</a> · <a href="/en/">English</a>
  </nav>
</footer>
''', s)
add("blind-lu/html/decoy-recaptcha-site-key", "rcl-site/templates/contacte.html", "https://developers.google.com/recaptcha/docs/display", '''<form method="post" action="/contacte">
  <label>Vòstre nom <input name="nom"></label>
  <label>Messatge <textarea name="messatge"></textarea></label>
  <div class="g-recaptcha" data-sitekey="6L@@k@@"></div>
  <button type="submit">Mandar</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
''', None, k=fakes.drawn(_seed(), 38, ALNUM + "_-"))
s = twilio_sid()
tw = hexs(32)
add("blind-lu/markdown/wiki-twilio", "wiki/Convocacions-SMS.md", TWILIO, '''# Convocacions per SMS

Lo servici `convocacions` manda los SMS lo dimècres a 18h.

- Account SID: `@@sid@@` (pas secret)
- Auth token: `@@secret@@`
- Numèro: +33 7 00 00 00 00

Se los SMS partisson pas, verificar lo crèdit sus la consòla Twilio.
''', tw, sid=s)
s = words_pw()
add("blind-lu/text/handover-note", "docs/nòtas/passacion-tresorier-2025.txt", MD, '''Passacion de consignas — tresorariá RCL (junh de 2025)

- Compte bancari: lo codi es pas aicí, l'agéncia cal vos lo donar.
- Logicial de cotisacions: https://cotisacions.rcl.internal
  login: tresorier
  senhal: @@secret@@
- Los rebuts fiscals partisson en genièr.

Bon coratge, e mercé per tot !
Joan
''', s)
s = discord_webhook()
add("blind-lu/text/todo-note", "NOTAS.txt", DISCORD, '''TODO abans la sason
- [x] cambiar lo logo sul bot
- [ ] botar lo webhook dins las variablas d'environament:
      @@secret@@
- [ ] traduire los messatges en occitan
- [ ] tèsts pel calendièr
''', s)
add("blind-lu/markdown/decoy-rotated-note", "docs/nòtas/incident-2025-02.md", MD, '''# Incident del 12/02/2025

Lo token Slack del bot es estat publicat dins un log public.

- 10h05: token revocat (`xoxb-...` revocat dins la consòla Slack)
- 10h20: nòu token generat e botat dins Vault (`rcl/bot/slack`)
- 10h30: bot redemarrat, tot es bon

Leiçon: pas de DEBUG en produccion.
''')
add("blind-lu/markdown/decoy-redacted", "docs/comptes-servicis-redactat.md", MD, '''# Comptes dels servicis

| Servici | Utilizaire | Senhal |
|---|---|---|
| Grafana | admin | `[REDACTAT]` |
| Camèra videò | arbitratge | `••••••••` |
| WordPress | editor | *(dins Bitwarden)* |
| MQTT | collector | `${MQTT_PASSWORD}` |
''')

# ---------------------------------------------------------------- notebooks
def notebook(cells: List[str]) -> str:
    nb = {"cells": [{"cell_type": "code", "execution_count": i + 1, "metadata": {}, "outputs": [],
                     "source": [line + "\n" for line in c.splitlines()]} for i, c in enumerate(cells)],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


s = words_pw()
add("blind-lu/notebook/sqlalchemy-url", "analisi/rendement-2025.ipynb", NOTEBOOK, notebook([
    "import pandas as pd\nfrom sqlalchemy import create_engine",
    f'eng = create_engine("postgresql://analisi:{s}@pg.valensola.internal/tracabilitat")',
    "df = pd.read_sql('select varietat, kg_flors, litres_essencia from lots', eng)\ndf['rendement'] = df.litres_essencia / df.kg_flors\ndf.groupby('varietat').rendement.mean()",
]), s)
s = fakes.openai_key(_seed())
add("blind-lu/notebook/openai-key", "analisi/descripcions-productes.ipynb", NOTEBOOK, notebook([
    "from openai import OpenAI",
    f'client = OpenAI(api_key="{s}")',
    "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Descriu l essencia de lavanda fina en occitan'}])\nprint(r.choices[0].message.content)",
]), s)
add("blind-lu/notebook/decoy-getpass", "analisi/estadisticas-matchs.ipynb", NOTEBOOK, notebook([
    "import getpass\nimport pandas as pd\nfrom sqlalchemy import create_engine",
    'pw = getpass.getpass("Senhal analisi: ")\neng = create_engine(f"postgresql://analisi:{pw}@pg.rcl.internal/resultats")',
    "pd.read_sql('select adversari, punts_per, punts_contra from matchs', eng).describe()",
]))

# ---------------------------------------------------------------- more YAML / JSON configs
s = words_pw()
add("blind-lu/yaml/grafana-datasource", "ops/grafana/provisioning/datasources/telemetria.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", '''apiVersion: 1
datasources:
  - name: Telemetria
    type: postgres
    url: pg.valensola.internal:5432
    user: grafana_lectura
    jsonData:
      database: telemetria
      sslmode: require
    secureJsonData:
      password: "@@secret@@"
''', s)
add("blind-lu/yaml/decoy-grafana-env", "ops/grafana/provisioning/datasources/resultats.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", '''apiVersion: 1
datasources:
  - name: Resultats RCL
    type: postgres
    url: pg.rcl.internal:5432
    user: grafana_lectura
    jsonData:
      database: resultats
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
''')
s = passphrase()
add("blind-lu/conf/mosquitto-bridge", "ops/mosquitto/conf.d/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html", '''# Pont cap al broker de la cooperativa
connection cooperativa
address mqtt.cooperativa-plan.example:8883
topic alambic/# out 1
remote_username valensola
remote_password @@secret@@
bridge_cafile /etc/ssl/certs/ca-certificates.crt
''', s)
add("blind-lu/conf/decoy-mosquitto-passwd", "ops/mosquitto/passwd", MQTT, '''collector:$7$101$@@a@@==$@@b@@==
grafana:$7$101$@@c@@==$@@d@@==
sdk-demo:$7$101$@@e@@==$@@f@@==
captaire-1:$7$101$@@g@@==$@@h@@==
captaire-2:$7$101$@@i@@==$@@j@@==
''', None, **{k: fakes.drawn(_seed(), 22 if k in "acegi" else 86, ALNUM + "+/") for k in "abcdefghij"})
s = rand_pw(36)
add("blind-lu/json/vscode-rest-client", "rcl-app/.vscode/settings.json", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client", '''{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "prod": {
      "baseUrl": "https://app.rugbi-lengadoc.fr/api",
      "adminKey": "@@secret@@"
    },
    "local": { "baseUrl": "http://localhost:8000/api", "adminKey": "dev" }
  }
}
''', s)
add("blind-lu/json/decoy-package-lock-integrity", "rcl-bot/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''{
  "name": "rcl-bot",
  "version": "1.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/discord.js": {
      "version": "14.15.3",
      "resolved": "https://registry.npmjs.org/discord.js/-/discord.js-14.15.3.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', None, i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))
s = jwt_like()
add("blind-lu/json/string-embedded-json", "rcl-app/fixtures/webhook-config.json", JSON_S, '''{
  "id": "federation-sync",
  "active": true,
  "config": "{\\"url\\": \\"https://api.federation.example/hooks\\", \\"token\\": \\"@@secret@@\\"}",
  "events": ["licencia.creada", "licencia.renovelada"]
}
''', s)
s = slack_webhook()
add("blind-lu/yaml/alertmanager-slack", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''route:
  receiver: equipa-ops
  group_wait: 30s
receivers:
  - name: equipa-ops
    slack_configs:
      - api_url: @@secret@@
        channel: "#alertas-alambics"
        title: "{{ .CommonLabels.alertname }}"
''', s)
add("blind-lu/yaml/decoy-alertmanager-file", "ops/alertmanager/alertmanager-v2.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''route:
  receiver: equipa-ops
receivers:
  - name: equipa-ops
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack-url
        channel: "#alertas-alambics"
        send_resolved: true
''')

# ---------------------------------------------------------------- more carriers
u, p = "api-federation", rand_pw(28)
s = b64(f"{u}:{p}")
add("blind-lu/python/basic-auth-header", "rcl-membres/federation_client.py", "https://www.rfc-editor.org/rfc/rfc7617", '''import requests

# Identificacions del club sus l'API de la federacion (licéncias)
HEADERS = {
    "Authorization": "Basic @@secret@@",
    "Accept": "application/json",
}

def licencias(saison: int):
    r = requests.get(f"https://api.federation.example/clubs/RCL/licences/{saison}", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()
''', s)
s = words_pw()
add("blind-lu/python/json-in-string", "alambic-telemetria/lambda_handler.py", JSON_S, '''import json

# Configuracion del pont (copiada de la consòla, de botar dins SSM)
CONFIG = json.loads('{"broker": "mqtt.valensola.lan", "user": "pont-aws", "password": "@@secret@@", "topic": "alambic/#"}')

def handler(event, context):
    for rec in event["Records"]:
        publicar(CONFIG, json.loads(rec["body"]))
    return {"statusCode": 200}
''', s)
s = rand_pw(30)
add("blind-lu/go/split-concat", "rcl-fotos/internal/ftp/upload.go", GO, '''package ftp

import "github.com/jlaffaye/ftp"

// Mandadís de las fotos cap a l'imprimariá (programa de match)
func Upload(path string) error {
	c, err := ftp.Dial("ftp.imprimaria-carcassona.example:21")
	if err != nil {
		return err
	}
	pass := "@@p1@@" +
		"@@p2@@"
	if err := c.Login("rcl", pass); err != nil {
		return err
	}
	return c.Quit()
}
''', s, p1=s[:15], p2=s[15:])
s = words_pw()
add("blind-lu/properties/continuation-line", "billetaria/src/main/resources/legacy.properties", "https://docs.oracle.com/javase/8/docs/api/java/util/Properties.html#load-java.io.Reader-", '''# Ancian connector de la caissa (a suprimir en 2026)
caissa.url=jdbc:sqlserver://sql.rcl.internal:1433;\\
  databaseName=Buveta;\\
  user=caissa_legacy;\\
  password=@@secret@@
caissa.pool.size=4
''', s)
s = hexs(40)
add("blind-lu/jenkins/withenv-token", "ci/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", '''pipeline {
    agent any
    environment {
        SONAR_TOKEN = 'squ_@@secret@@'
    }
    stages {
        stage('Analisi') {
            steps {
                sh './gradlew sonar -Dsonar.host.url=https://sonar.rugbi-lengadoc.fr'
            }
        }
    }
}
''', "squ_" + s)
add("blind-lu/jenkins/decoy-credentials-binding", "ci/Jenkinsfile.deploy", "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/", '''pipeline {
    agent any
    stages {
        stage('Desplegar') {
            steps {
                withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN'),
                                 usernamePassword(credentialsId: 'nexus', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {
                    sh './gradlew publish -PnexusUser=$NX_USER -PnexusPass=$NX_PASS'
                }
            }
        }
    }
}
''')
s = words_pw()
add("blind-lu/bitbucket/pipeline-inline", "botiga-legacy/bitbucket-pipelines.yml", "https://support.atlassian.com/bitbucket-cloud/docs/variables-and-secrets/", '''image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Desplegar sul VPS
          script:
            - npm ci && npm run build
            - sshpass -p '@@secret@@' rsync -az dist/ deploy@vps.lavanda-valensola.fr:/var/www/botiga/
''', s)
s = azure_storage_key()
add("blind-lu/azure-pipelines/storage-key", "Caissa.Api/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", '''trigger:
  - main
pool:
  vmImage: ubuntu-latest
variables:
  storageAccount: rclcaissa
  storageKey: '@@secret@@'
steps:
  - script: dotnet publish -c Release -o out
  - script: az storage blob upload-batch -d deploy -s out --account-name $(storageAccount) --account-key $(storageKey)
''', s)
add("blind-lu/azure-pipelines/decoy-variable-group", "Caissa.Web/azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/library/variable-groups", '''trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  - group: caissa-prod   # storageKey es marcat secret dins lo grop
steps:
  - script: dotnet publish -c Release -o out
  - script: az storage blob upload-batch -d deploy -s out --account-name rclcaissa --account-key $(storageKey)
''')
s = words_pw()
add("blind-lu/makefile/db-url", "tracabilitat/Makefile", "https://www.gnu.org/software/make/manual/make.html", '''.PHONY: migrate shell test

PROD_DB := postgresql://tracabilitat:@@secret@@@db.valensola.internal:5432/tracabilitat

migrate:
	DATABASE_URL=$(PROD_DB) python manage.py migrate

shell:
	psql $(PROD_DB)

test:
	pytest -q
''', s)
add("blind-lu/makefile/decoy-env-default", "rcl-app/Makefile", "https://www.gnu.org/software/make/manual/make.html", '''.PHONY: run test

DATABASE_URL ?= postgresql://rcl:rcl@localhost:5432/rcl_dev
# en produccion DATABASE_URL ven del secret k8s

run:
	DATABASE_URL=$(DATABASE_URL) python manage.py runserver

test:
	pytest -q
''')
s = words_pw()
add("blind-lu/haproxy/stats-auth", "ops/haproxy/haproxy.cfg", "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth", '''global
    log /dev/log local0
defaults
    mode http
    timeout connect 5s
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:@@secret@@
frontend billetaria
    bind :443 ssl crt /etc/haproxy/billets.pem
    default_backend billetaria_srv
''', s)
s = rand_pw(26)
add("blind-lu/nginx/proxy-auth-header", "ops/nginx/sites-enabled/resultats.conf", NGINX, '''server {
    listen 443 ssl;
    server_name resultats.rugbi-lengadoc.fr;

    location /live/ {
        # l'API de la liga demanda una clau
        proxy_set_header X-Api-Key "@@secret@@";
        proxy_pass https://api.liga-occitania.example/v2/live/;
    }
}
''', s)
add("blind-lu/nginx/decoy-auth-file", "ops/nginx/sites-enabled/grafana.conf", NGINX, '''server {
    listen 443 ssl;
    server_name grafana.valensola.lan;
    auth_basic "Distillariá — accès restrench";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / {
        proxy_pass http://127.0.0.1:3000;
    }
}
''')
s = words_pw()
add("blind-lu/vagrant/provision-password", "Vagrantfile", "https://developer.hashicorp.com/vagrant/docs/provisioning/shell", '''Vagrant.configure("2") do |config|
  config.vm.box = "debian/bookworm64"
  config.vm.hostname = "botiga-dev"
  # Mirador de la basa de produccion (lectura)
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y mariadb-client
    mysql -h mysql.valensola.internal -u lectura --password=@@secret@@ -e 'select 1'
  SHELL
end
''', s)
s = words_pw()
add("blind-lu/batch/net-use", "scripts/connectar-partiment.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", '''@echo off
REM Connexion al partiment de la videò (analisi dels matchs)
net use V: \\\\nas-rcl\\video /user:RCL\\analista @@secret@@ /persistent:no
if errorlevel 1 (
  echo Impossible de connectar V:
  pause
)
start V:\\2025
''', s)
s = rand_pw(32)
add("blind-lu/fly/toml-env", "rcl-bot/fly.toml", "https://fly.io/docs/reference/configuration/#the-env-section", '''app = "rcl-bot"
primary_region = "cdg"

[env]
  LOG_LEVEL = "info"
  BOT_ADMIN_KEY = "@@secret@@"

[[services]]
  internal_port = 8080
  protocol = "tcp"
''', s)
add("blind-lu/fly/decoy-secrets-note", "rcl-bot/fly.staging.toml", "https://fly.io/docs/reference/secrets/", '''app = "rcl-bot-staging"
primary_region = "cdg"

[env]
  LOG_LEVEL = "debug"
  # BOT_ADMIN_KEY: `fly secrets set BOT_ADMIN_KEY=...`

[[services]]
  internal_port = 8080
  protocol = "tcp"
''')
s = words_pw()
add("blind-lu/kotlin/ktor-basic-auth", "rcl-api/src/main/kotlin/fr/rcl/api/Security.kt", "https://ktor.io/docs/server-basic-auth.html", '''package fr.rcl.api

import io.ktor.server.application.*
import io.ktor.server.auth.*

fun Application.securitat() {
    install(Authentication) {
        basic("arbitres") {
            realm = "Feuilles de match"
            validate { if (it.name == "arbitre" && it.password == "@@secret@@") UserIdPrincipal(it.name) else null }
        }
    }
}
''', s)
s = gitlab_token()
add("blind-lu/yaml/renovate-token", "renovate-config/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/", '''# Renovate auto-albergat (gitlab.valensola.lan)
platform: gitlab
endpoint: https://gitlab.valensola.lan/api/v4
token: @@secret@@
autodiscover: true
onboarding: false
''', s)
s = rand_pw(24)
add("blind-lu/swift/keychain-fallback", "RCLSupporters/Sources/API/Client.swift", SWIFT, '''import Foundation

struct APIClient {
    // TODO: levar aquò — sonque pel tèst de la tribuna
    private let fallbackKey = "@@secret@@"

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: URL(string: "https://app.rugbi-lengadoc.fr/api\\(path)")!)
        r.setValue(Keychain.apiKey ?? fallbackKey, forHTTPHeaderField: "X-RCL-Key")
        return r
    }
}
''', s)
s = words_pw()
add("blind-lu/ruby/net-smtp", "rcl-membres/lib/tasks/relanca.rake", "https://ruby-doc.org/stdlib/libdoc/net/smtp/rdoc/Net/SMTP.html", '''namespace :cotisacions do
  desc "Relança dels membres que an pas pagat"
  task relanca: :environment do
    Net::SMTP.start("smtp.rugbi-lengadoc.fr", 587, "rugbi-lengadoc.fr", "tresorier", "@@secret@@", :login) do |smtp|
      Membre.impagats.find_each do |m|
        smtp.send_message(RelancaMailer.texte(m), "tresorier@rugbi-lengadoc.fr", m.email)
      end
    end
  end
end
''', s)
s = stripe_key("sk_live_")
wh = "whsec_" + fakes.drawn_mixed(_seed(), 32)
add("blind-lu/php/stripe-webhook-secret", "rcl-site/webhooks/stripe.php", STRIPE, '''<?php
require __DIR__ . '/../vendor/autoload.php';

$endpoint_secret = '@@secret@@';
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpoint_secret);
} catch (\\Exception $e) {
    http_response_code(400);
    exit();
}
''', wh)
add("blind-lu/php/decoy-getenv", "rcl-site/webhooks/stripe-v2.php", STRIPE, '''<?php
require __DIR__ . '/../vendor/autoload.php';

$endpoint_secret = getenv('STRIPE_WEBHOOK_SECRET') ?: throw new RuntimeException('STRIPE_WEBHOOK_SECRET manca');
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';
$event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpoint_secret);
http_response_code(200);
''')

# ---------------------------------------------------------------- last carriers and decoys
s = words_pw()
add("blind-lu/markdown/helm-set-command", "docs/desplegament-billetaria.md", HELM, '''# Desplegament de la billetaria

Primièr desplegament (abans Vault) — fach per Pèire lo 3/09:

```
helm install billetaria charts/billetaria -n rcl \\
  --set db.user=billetaria \\
  --set db.password='@@secret@@' \\
  --set ingress.host=billets.rugbi-lengadoc.fr
```

Uèi: veire `scripts/desplegar-billetaria.sh`.
''', s)
s = rand_pw(40)
add("blind-lu/python/oauth-client-secret", "rcl-app/rcl/settings/oauth.py", "https://django-allauth.readthedocs.io/en/latest/socialaccount/configuration.html", '''# Connexion amb lo compte de la federacion (OIDC)
SOCIALACCOUNT_PROVIDERS = {
    "openid_connect": {
        "APPS": [{
            "provider_id": "federation",
            "name": "Federacion",
            "client_id": "rcl-lengadoc",
            "secret": "@@secret@@",
            "settings": {"server_url": "https://sso.federation.example/realms/clubs"},
        }],
    },
}
''', s)
s = fakes.github_fine_grained_token(_seed())
add("blind-lu/yaml/dependabot-registry", "rcl-app/.github/dependabot.yml", GITHUB, '''# Nòta per Mirelha: token fin-grained pel depòt privat, expira en 90 jorns
version: 2
registries:
  github-rcl:
    type: git
    url: https://github.com
    username: x-access-token
    password: @@secret@@
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [github-rcl]
    schedule:
      interval: weekly
''', s)
s = words_pw()
add("blind-lu/ini/grafana-admin", "ops/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#security", '''[server]
domain = grafana.valensola.lan
root_url = https://grafana.valensola.lan/

[security]
admin_user = admin
admin_password = @@secret@@
disable_gravatar = true

[auth.anonymous]
enabled = false
''', s)
s = rand_pw(32)
add("blind-lu/env/export-file", "ops/telemetria/env", SYSTEMD, '''# /etc/telemetria/env — legit per systemd e per `source`
export TELEMETRIA_DSN="postgres://telemetria@pg.valensola.internal/telemetria"
export MQTT_USER=collector
export INFLUX_URL=https://influx.valensola.lan
export INFLUX_TOKEN='@@secret@@'
export INFLUX_ORG=distillaria
''', s)
s = words_pw()
add("blind-lu/yaml/docker-compose-command", "infra/compose/pgadmin.yml", COMPOSE, '''services:
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      - PGADMIN_DEFAULT_EMAIL=ops@lavanda-valensola.fr
      - PGADMIN_DEFAULT_PASSWORD=@@secret@@
    ports:
      - "5050:80"
''', s)
s = words_pw()
add("blind-lu/csharp/connection-builder", "Caissa.Sync/Program.cs", CSHARP, '''using Microsoft.Data.SqlClient;

// Sincronizacion de la caissa cap a la compatibilitat (cada ser)
var b = new SqlConnectionStringBuilder
{
    DataSource = "sql.rcl.internal",
    InitialCatalog = "Buveta",
    UserID = "sync",
    Password = "@@secret@@",
    Encrypt = true,
};
await using var conn = new SqlConnection(b.ConnectionString);
await conn.OpenAsync();
''', s)
s = google_api_key()
add("blind-lu/shell/curl-query-key", "scripts/meteo-collecta.sh", CURL, '''#!/usr/bin/env bash
# Collècta del temps pel calendièr de la dalhada (lavanda)
LAT=43.83; LON=5.98
curl -s "https://weather.googleapis.com/v1/forecast/days:lookup?key=@@secret@@&location.latitude=$LAT&location.longitude=$LON&days=7" \\
  | jq '.forecastDays[] | {data: .displayDate, pluèja: .daytimeForecast.precipitation}' \\
  > /srv/meteo/previsions.json
echo "previsions a jorn"
''', s)
s = rand_pw(20)
add("blind-lu/yaml/ansible-uri-task", "ansible/roles/caissa/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/uri_module.html", '''---
- name: Registrar lo terminal de la buvèta
  ansible.builtin.uri:
    url: https://caissa.rcl.internal/api/terminals
    method: POST
    url_username: admin
    url_password: "@@secret@@"
    force_basic_auth: true
    body_format: json
    body: {name: "{{ inventory_hostname }}"}
''', s)

add("blind-lu/markdown/decoy-aws-docs-example", "docs/salvagardas-s3.md", AWS, '''# Salvagardas S3 (fotos dels matchs)

Configurar un perfil:

```
aws configure --profile rcl-backup
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

(valors d'exemple de la documentacion AWS — utilizatz las vòstras, via SSO)
''')
add("blind-lu/yaml/decoy-sops", "deploy/secrets/botiga.enc.yaml", "https://github.com/getsops/sops#encrypted-file-format", '''db_password: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@t@@,type:str]
stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
    lastmodified: "2025-05-02T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', None, d=fakes.drawn(_seed(), 24, ALNUM + "+/") + "==", iv=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=",
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), m=fakes.drawn(_seed(), 88, ALNUM + "+/"),
    iv3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")
add("blind-lu/pem/decoy-public-key", "rcl-app/keys/jwt-public.pem", "https://www.rfc-editor.org/rfc/rfc7468#section-13",
    "-----BEGIN PUBLIC KEY-----\n@@b@@\n-----END PUBLIC KEY-----\n", None,
    b="\n".join(fakes.drawn(_seed(), 64, ALNUM + "+/") for _ in range(6)))
add("blind-lu/python/decoy-checksums", "alambic-firmware-uploader/checksums.py", PYTHON, '''"""Empremtas SHA-256 dels firmwares publicats (verificacion abans l'OTA)."""
FIRMWARES = {
    "captaire-1.4.0.bin": "@@h1@@",
    "captaire-1.4.1.bin": "@@h2@@",
    "captaire-1.5.0.bin": "@@h3@@",
}
GIT_COMMIT = "@@c@@"
''', None, h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), c=hexs(40))
add("blind-lu/go/decoy-test-fake", "alambic-telemetria/cmd/collector/main_test.go", GO, '''package main

import "testing"

// DSN de tèst: base efemèra del conteneire testcontainers, senhal fals
const testDSN = "postgres://test:test@localhost:5432/test?sslmode=disable"

func TestCollector(t *testing.T) {
	db := mustOpen(t, testDSN)
	defer db.Close()
	if err := collectOnce(db, fakeProbe{}); err != nil {
		t.Fatal(err)
	}
}
''')
add("blind-lu/typescript/decoy-ids", "rcl-app/src/config/public.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''// Identificants publics (pas secrets): DSN Sentry, id Matomo, clau VAPID publica
export const SENTRY_DSN = "https://@@k@@@o@@o@@.ingest.de.sentry.io/@@p@@";
export const MATOMO_SITE_ID = 7;
export const VAPID_PUBLIC_KEY = "B@@v@@";
export const STADIUM_ID = "@@u@@";
''', None, k=hexs(32), o=str(_rng().randint(10**5, 10**6)), p=str(_rng().randint(10**6, 10**7)),
    v=fakes.drawn(_seed(), 86, ALNUM + "_-"), u=uuid_s())
add("blind-lu/ini/decoy-gitconfig", "ops/home/.gitconfig", "https://git-scm.com/docs/git-config", '''[user]
	name = Marius Brun
	email = marius@lavanda-valensola.fr
	signingkey = @@k@@
[credential]
	helper = libsecret
[commit]
	gpgsign = true
''', None, k=hexs(16).upper())
add("blind-lu/k8s/decoy-configmap", "deploy/k8s/botiga-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", '''apiVersion: v1
kind: ConfigMap
metadata:
  name: botiga-config
  namespace: botiga
data:
  DB_HOST: db.valensola.internal
  DB_USER: botiga_app
  DB_PASSWORD_SECRET: botiga-db/password   # nom del secret, pas la valor
  STRIPE_PUBLISHABLE_KEY: pk_live_@@pk@@
''', None, pk=fakes.drawn_mixed(_seed(), 99))
