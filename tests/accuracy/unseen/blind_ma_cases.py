"""Blind set MA: an Oromia coffee washing-station union and an Addis Ababa ride-hailing startup.

The union (Biftu Buna, washing stations at Hambela, Gedeb, Shakiso, Limu) runs a cherry-intake
app, lot traceability, export paperwork and SMS payouts to farmers; the startup (Fardaa Ride) runs
rider and driver apps, dispatch, Telebirr/Chapa payments and maps. Notes and comments are partly in
Afaan Oromoo. Secret files and decoys. Generated fakes only (seeds 6900000-6909999).
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
_SEED = [6900000]


def _seed() -> int:
    _SEED[0] += 11
    assert 6900000 <= _SEED[0] <= 6909999
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Buna", "Bishaan", "Qilleensa", "Gaara", "Laga", "Simbirroo", "Abdii", "Dhaloota", "Fardaa",
         "Hambela", "Gedeb", "Limu", "Biftu", "Urjii", "Ganna", "Birraa", "Sabboona", "Jaalala"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*_") + r.choice(WORDS) + str(r.randint(10, 9999))


def rnd(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def google_key() -> str:
    return "AIza" + rnd(35, "-_")


def chapa_secret(test: bool = False) -> str:
    return ("CHASECK_TEST-" if test else "CHASECK-") + rnd(32)


def mapbox_secret() -> str:
    head = b64(json.dumps({"u": "fardaa-ride", "a": "cl" + rnd(23).lower()}, separators=(",", ":"))).rstrip("=")
    return "sk." + head + "." + rnd(22, "-_")


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def fcm_key() -> str:
    return "AAAA" + rnd(7) + ":APA91b" + rnd(134, "-_")


def pem(label: str = "PRIVATE KEY", lines: int = 8) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n" + "".join(r.choice(ALNUM) for _ in range(20)) + f"=\n-----END {label}-----"


def ec_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(2))
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n" + "".join(r.choice(ALNUM + "+/") for _ in range(16)) + "\n-----END PRIVATE KEY-----"


def at_key() -> str:
    return "atsk_" + hexs(64)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def vault_token() -> str:
    return "hvs." + rnd(24, "_-") + rnd(66, "_-")


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64(json.dumps({"sub": "svc-dispatch", "role": "service_role", "iat": 1733400000})).rstrip("=")
    return head + "." + body + "." + rnd(43, "-_")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


CASES: List[LabelledCase] = []

DOC = {
    "py": "https://docs.python.org/3/reference/lexical_analysis.html",
    "env": "https://docs.docker.com/compose/how-tos/environment-variables/env-file/",
    "yaml": "https://yaml.org/spec/1.2.2/",
    "k8s": "https://kubernetes.io/docs/concepts/configuration/secret/",
    "compose": "https://docs.docker.com/reference/compose-file/",
    "js": "https://nodejs.org/api/process.html#processenv",
    "ts": "https://www.typescriptlang.org/docs/handbook/2/basic-types.html",
    "go": "https://go.dev/ref/spec",
    "java": "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    "kotlin": "https://kotlinlang.org/docs/basic-syntax.html",
    "cs": "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/",
    "php": "https://laravel.com/docs/configuration",
    "ruby": "https://guides.rubyonrails.org/configuring.html",
    "rust": "https://doc.rust-lang.org/reference/tokens.html",
    "swift": "https://developer.apple.com/documentation/foundation/bundle",
    "sh": "https://www.gnu.org/software/bash/manual/bash.html",
    "ps1": "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "tf": "https://developer.hashicorp.com/terraform/language",
    "ansible": "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html",
    "gha": "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions",
    "gitlab": "https://docs.gitlab.com/ee/ci/yaml/",
    "docker": "https://docs.docker.com/reference/dockerfile/",
    "helm": "https://helm.sh/docs/chart_template_guide/values_files/",
    "md": "https://commonmark.org/help/",
    "rst": "https://docutils.sourceforge.io/rst.html",
    "html": "https://html.spec.whatwg.org/multipage/",
    "json": "https://www.json.org/json-en.html",
    "toml": "https://toml.io/en/v1.0.0",
    "ini": "https://docs.python.org/3/library/configparser.html",
    "xml": "https://www.w3.org/TR/xml/",
    "sql": "https://www.postgresql.org/docs/current/sql-createrole.html",
    "log": "https://docs.python.org/3/library/logging.html",
    "csv": "https://www.rfc-editor.org/rfc/rfc4180",
    "ipynb": "https://nbformat.readthedocs.io/en/latest/format_description.html",
    "hist": "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "dart": "https://dart.dev/language",
    "gradle": "https://docs.gradle.org/current/userguide/build_environment.html",
    "npmrc": "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "pypirc": "https://packaging.python.org/en/latest/specifications/pypirc/",
    "netrc": "https://everything.curl.dev/usingcurl/netrc.html",
    "nginx": "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
    "properties": "https://docs.spring.io/spring-boot/appendix/application-properties/index.html",
    "vault": "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent",
    "sha256sum": "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html",
    "lfs": "https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md",
    "systemd": "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html",
    "cron": "https://man7.org/linux/man-pages/man5/crontab.5.html",
    "pgpass": "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    "wireguard": "https://www.wireguard.com/quickstart/",
    "redis": "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    "mosquitto": "https://mosquitto.org/man/mosquitto_passwd-1.html",
    "alertmanager": "https://prometheus.io/docs/alerting/latest/configuration/",
    "prometheus": "https://prometheus.io/docs/prometheus/latest/configuration/configuration/",
    "grafana": "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/",
}


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """Fill the @@name@@ markers (@@s@@ is the secret) and record the case."""
    if secret is not None:
        text = text.replace("@@s@@", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    CASES.append(LabelledCase(f"blind-ma/{category}", file_name, text, secret, DOC.get(source, source)))


# ---------------------------------------------------------------- the union: intake and traceability

add("python/database-password", "intake/settings_prod.py", "py", """# Biftu Buna Union - qindaa'ina hojii (production)
# Buufata dhiqannaa bunaa: Hambela, Gedeb, Shakiso
import os

DEBUG = False
ALLOWED_HOSTS = ["intake.biftubuna.coop", "10.20.0.14"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "cherry_intake",
        "USER": "intake_app",
        "PASSWORD": "@@s@@",
        "HOST": "pg-main.biftubuna.internal",
        "PORT": "5432",
    }
}
TIME_ZONE = "Africa/Addis_Ababa"
""", words_pw())

add("python/decoy-env-reference", "intake/settings_base.py", "py", """# Qindaa'ina waliigalaa - iccitiin hundi naannoo (environment) irraa dubbifama
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("PGDATABASE", "cherry_intake"),
        "USER": os.getenv("PGUSER", "intake_app"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.getenv("PGHOST", "localhost"),
    }
}
AFRICASTALKING_API_KEY = os.environ.get("AT_API_KEY")
""")

add("python/django-secret-key", "intake/settings_staging.py", "py", """from .settings_base import *  # noqa

# staging qofaaf - Gedeb test server
DEBUG = True
SECRET_KEY = '@@s@@'
ALLOWED_HOSTS = ["staging-intake.biftubuna.coop"]
""", fakes.django_secret_key(_seed()))

add("python/africastalking-key", "payouts/sms_notify.py", "py", """\"\"\"Send cherry payout SMS to farmers (Afaan Oromoo message).\"\"\"
import africastalking

USERNAME = "biftubuna"
africastalking.initialize(USERNAME, "@@s@@")
sms = africastalking.SMS


def notify(phone: str, kg: float, birr: float) -> None:
    # Ergaa: "Kiiloo X buna dhiyeessitaniif qarshii Y isinii kaffalameera"
    msg = f"Biftu Buna: kiiloo {kg:.1f} buna dhiyeessitaniif qarshii {birr:.2f} isinii kaffalameera."
    sms.send(msg, [phone], sender_id="BIFTUBUNA")
""", at_key())

add("python/decoy-test-fixture", "payouts/tests/test_sms_notify.py", "py", """import pytest

from payouts import sms_notify

# Qorannoo qofa: furtuun kun sobaa (fake) dha, tajaajila dhugaa hin quunnamu
FAKE_AT_KEY = "atsk_test_not_a_real_key"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(sms_notify.sms, "send", lambda *a, **k: {"SMSMessageData": {"Recipients": []}})


def test_message_is_in_oromo():
    sms_notify.notify("+251911000000", 42.5, 1870.0)
""")

add("env/database-url", "traceability/.env", "env", """# Lot traceability API - Limu server
APP_ENV=production
PORT=8080
DATABASE_URL=postgres://trace_api:@@s@@@pg-trace.biftubuna.internal:5432/lots
REDIS_URL=redis://cache.biftubuna.internal:6379/2
LOG_LEVEL=info
""", rnd(22))

add("env/decoy-placeholder", "traceability/.env.example", "env", """# Fakkeenya: faayilii kana garagalchi .env jedhiitii gati dhugaa galchi
APP_ENV=development
PORT=8080
DATABASE_URL=postgres://trace_api:<jecha-darbii>@localhost:5432/lots
REDIS_URL=redis://localhost:6379/0
EXPORT_PORTAL_TOKEN=
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

add("yaml/sendgrid-key", "traceability/config/mailer.yml", "yaml", """# Ergaa imeelii bittootaaf (buyers) - lot certificates
mailer:
  provider: sendgrid
  from: "lots@biftubuna.coop"
  reply_to: "export@biftubuna.coop"
  sendgrid:
    api_key: @@s@@
  templates:
    lot_certificate: d-3f2a9c7e51b04d8e
""", sendgrid_key())

add("csv/decoy-checksum", "traceability/exports/lot_manifest_2026_harvest.csv", "csv", """lot_id,station,process,grade,bags,sha256_of_cupping_sheet
BB-HMB-2611,Hambela,washed,G1,120,9b1f0e4c2d7a86e35f01bc44a9d2e7716c08f3a5be2d4019c7e6f1a08b3d5c92
BB-GDB-2604,Gedeb,natural,G1,88,4e7d2a91c0b35f6e18a2d9c74b0e5f3a61c8d2b97e04f1a3c5b6d8e9f0a1b2c3
BB-SHK-2619,Shakiso,washed,G2,140,0c5e8b2f7a1d4396e2b0f5c8a7d3e1946b2c0f8a5d7e3b1c9f4a6d2e8b0c7f15
BB-LMU-2622,Limu,honey,G1,64,7a3c9e1f5b2d8046c1e7a9f3b5d0e2c4816f3a9c5e7b1d0f2a4c6e8b3d5f7a90
""")

add("json/decoy-uuid-ids", "traceability/fixtures/stations.json", "json", """{
  "stations": [
    {"id": "2f6c1b7e-9a43-4d0c-8e51-3b7d2a9f6c10", "name": "Hambela Wamena", "zone": "West Guji", "altitude_m": 2150},
    {"id": "8d04e2a1-5c6b-47f3-9a2e-0f1b3c5d7e98", "name": "Gedeb Worka", "zone": "Gedeo", "altitude_m": 2040},
    {"id": "c3a9f5e7-1b2d-4e6f-8a0c-9d7b5e3f1a24", "name": "Shakiso Sewana", "zone": "Guji", "altitude_m": 1890},
    {"id": "5e7b9d1f-3a4c-46e8-b0d2-f4a6c8e0b2d6", "name": "Limu Kossa", "zone": "Jimma", "altitude_m": 1950}
  ],
  "note": "id-n kun UUID galmee qofa; iccitii miti"
}
""")

add("sh/scp-password", "scripts/backup_intake_db.sh", "sh", """#!/usr/bin/env bash
# Halkan halkan database intake kuusi (cron: 02:30)
set -euo pipefail
STAMP=$(date +%Y%m%d)
export PGPASSWORD='@@s@@'
pg_dump -h pg-main.biftubuna.internal -U intake_backup cherry_intake | gzip > /srv/backup/intake_${STAMP}.sql.gz
find /srv/backup -name 'intake_*.sql.gz' -mtime +30 -delete
echo "kuufamee: intake_${STAMP}"
""", words_pw())

add("sh/decoy-secret-manager", "scripts/restore_intake_db.sh", "sh", """#!/usr/bin/env bash
# Deebisuu (restore) - jecha darbii AWS Secrets Manager irraa fudhadhu, as hin barreessin!
set -euo pipefail
PGPASSWORD=$(aws secretsmanager get-secret-value --secret-id biftubuna/intake/backup --query SecretString --output text)
export PGPASSWORD
gunzip -c "$1" | psql -h pg-main.biftubuna.internal -U intake_backup cherry_intake
""")

add("md/telegram-bot-token", "docs/station-bot.md", "md", """# Bot Telegram buufataaf (station bot)

Bot kun hojjettoota buufata dhiqannaa bunaatiif gatii guyyaa (daily cherry price) ergaa.

## Qindaa'ina

1. `@BotFather` irratti bot `biftu_price_bot` uumameera.
2. Token: `@@s@@`
3. Garee "Hambela Hojjettoota" keessatti bot dabaluu.

> Hubachiisa: gatiin kiiloo tokkoo guyyaa guyyaan jijjiirama.
""", fakes.telegram_token(_seed()))

add("md/decoy-redacted", "docs/station-bot-rotation.md", "md", """# Token bot haaromsuu (rotation)

Token duraanii `5873XXXXXX:AA**************************` haqameera (revoked) 2026-10-02.
Token haaraan Vault keessa jira: `secret/data/biftubuna/telegram/price-bot`.

- Namni token barbaadu: Abdii (IT) gaafadhu.
- Token chat keessatti hin qoodin!
""")

add("yaml/decoy-sops-ciphertext", "deploy/secrets.enc.yaml", "yaml", """intake:
    db_password: ENC[AES256_GCM,data:q0Zp8v3kYl1xR2sW9t4u,iv:3hTqk9Zb1o6Cw2x8yLm4PfA0dVn7eRj5sGuH1iKoQ2c=,tag:Vw8m2LkQ9aZr4tXo1bPy6g==,type:str]
    at_api_key: ENC[AES256_GCM,data:7HfN2pQx9LcW1sR6vY3tB8kZ0mJ4dE5gA=,iv:Zk3Vb8Nq1Lx6Ty9Pw2Rs5Hm0Jc4Fd7Ga1Eo3Iu8Kl=,tag:Qa9Zx2Wv7Lp4Nk1Rt6Ym3g==,type:str]
sops:
    kms: []
    age:
        - recipient: age1qy8x5lrj3w2v9k7d0mcz4pth6fgnes5u8a3yw2qlx7v0cz9m6kd4srjh2e
    lastmodified: "2026-11-20T08:14:55Z"
    mac: ENC[AES256_GCM,data:Yw4Nb9Qk2Lx7Tz1Pv6Rs3Hm8Jc0Fd5Ga2Eo4Iu9KlZq3Vb8Nq1Lx6Ty9Pw2Rs5=,iv:Hm0Jc4Fd7Ga1Eo3Iu8KlQa9Zx2Wv7Lp4Nk1Rt6Ym=,tag:Zx2Wv7Lp4Nk1Rt6Ym3gQa9==,type:str]
    version: 3.9.1
""")

_pw = words_pw()
add("k8s-secret/database-password", "deploy/k8s/intake-db-secret.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: intake-db
  namespace: biftubuna
  labels:
    app: cherry-intake
type: Opaque
data:
  PGUSER: @@user@@
  PGPASSWORD: @@enc@@
""", _pw, user=b64("intake_app"), enc=b64(_pw))

add("k8s/decoy-secret-ref", "deploy/k8s/intake-deployment.yaml", "k8s", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: cherry-intake
  namespace: biftubuna
spec:
  replicas: 2
  selector:
    matchLabels: {app: cherry-intake}
  template:
    metadata:
      labels: {app: cherry-intake}
    spec:
      containers:
        - name: web
          image: registry.biftubuna.coop/cherry-intake:2026.11.3
          env:
            - name: PGPASSWORD
              valueFrom:
                secretKeyRef: {name: intake-db, key: PGPASSWORD}
            - name: AT_API_KEY
              valueFrom:
                secretKeyRef: {name: africastalking, key: api-key}
""")

add("go/aws-secret-key", "lotsync/internal/store/s3.go", "go", """package store

// Suuraa lot fi cupping sheet S3 irratti kuusuuf (export documents)
import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

const bucket = "biftubuna-lot-documents"

func staticCreds() aws.CredentialsProvider {
	// TODO: IAM role itti jijjiiri yeroo EC2 irratti deemu
	return credentials.NewStaticCredentialsProvider("@@kid@@", "@@s@@", "")
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("go/decoy-aws-docs-example", "lotsync/internal/store/s3_test.go", "go", """package store

import "testing"

// Fakkeenya AWS docs irraa (AKIAIOSFODNN7EXAMPLE) - furtuu dhugaa miti
func TestStaticCredsShape(t *testing.T) {
	id, secret := "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	if len(id) != 20 || len(secret) != 40 {
		t.Fatal("shape")
	}
}
""")

add("tf/decoy-variable", "infra/terraform/rds.tf", "tf", """# Database traceability - Terraform
variable "trace_db_password" {
  type      = string
  sensitive = true
  # jecha darbii: terraform.tfvars keessa hin kaa'in; TF_VAR_trace_db_password fayyadami
}

resource "aws_db_instance" "trace" {
  identifier          = "biftubuna-trace"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.small"
  username            = "trace_admin"
  password            = var.trace_db_password
  skip_final_snapshot = false
}
""")

add("tf/database-password", "infra/terraform/terraform.tfvars", "tf", """region             = "eu-central-1"
environment        = "prod"
trace_db_password  = "@@s@@"
alert_email        = "it@biftubuna.coop"
# yaadannoo: faayilii kana commit hin goonu (dhugaa? .gitignore ilaali)
backup_retention   = 14
""", words_pw())

add("ansible/decoy-vault-ciphertext", "infra/ansible/group_vars/stations/vault.yml", "ansible", """$ANSIBLE_VAULT;1.1;AES256
36643662303331613136396462343431356535366232363930616139326636653262336231623934
3830636238316232663133333833623565353964633238310a306132653865383463333939616563
62306564393461396462653034643461363535393835663866323066663730633536346465373265
3363363636616338630a353961363762343562326636643438383361666266333966356134353963
6363
""")

add("ansible/wifi-psk", "infra/ansible/group_vars/stations/main.yml", "ansible", """# Buufata dhiqannaa hundaaf (Hambela, Gedeb, Shakiso, Limu)
station_timezone: Africa/Addis_Ababa
scale_serial_port: /dev/ttyUSB0
intake_api_url: https://intake.biftubuna.coop/api/v2
wifi_ssid: BiftuStation
wifi_psk: "@@s@@"
sync_interval_minutes: 15
""", words_pw())

add("ansible/decoy-vault-reference", "infra/ansible/roles/intake_kiosk/tasks/main.yml", "ansible", """- name: Kiosk intake qindeessi
  ansible.builtin.template:
    src: kiosk.env.j2
    dest: /etc/biftu/kiosk.env
    mode: "0600"
  vars:
    kiosk_api_token: "{{ vault_kiosk_api_token }}"
    wifi_psk: "{{ vault_wifi_psk }}"

- name: Kiosk service deebisi
  ansible.builtin.systemd:
    name: biftu-kiosk
    state: restarted
""")

add("gha/decoy-secrets-context", ".github/workflows/deploy-intake.yml", "gha", """name: deploy-intake
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login to registry
        run: echo "${{ secrets.REGISTRY_PASSWORD }}" | docker login registry.biftubuna.coop -u ci --password-stdin
      - name: Build and push
        run: |
          docker build -t registry.biftubuna.coop/cherry-intake:${{ github.sha }} .
          docker push registry.biftubuna.coop/cherry-intake:${{ github.sha }}
""")

add("gha/registry-password", ".github/workflows/nightly-report.yml", "gha", """name: nightly-cherry-report
on:
  schedule:
    - cron: "30 21 * * *"
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      REPORT_DB_URL: postgresql://report_ro:@@s@@@pg-main.biftubuna.coop:5432/cherry_intake
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r reports/requirements.txt
      - run: python reports/daily_intake.py --out out/gabaasa.pdf
""", rnd(20))

add("docker/decoy-build-arg", "intake/Dockerfile", "docker", """FROM python:3.12-slim
# Iccitiin build yeroo hin galchamu; runtime irratti env irraa
ARG PIP_INDEX_URL=https://pypi.org/simple
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=intake.settings_prod \\
    DJANGO_SECRET_KEY="" \\
    PGPASSWORD=""
CMD ["gunicorn", "intake.wsgi", "-b", "0.0.0.0:8000"]
""")

add("docker/github-token", "lotsync/Dockerfile", "docker", """FROM golang:1.23 AS build
WORKDIR /src
# private module: github.com/biftubuna/traceproto
ENV GOPRIVATE=github.com/biftubuna/*
RUN git config --global url."https://biftu-ci:@@s@@@github.com/".insteadOf "https://github.com/"
COPY . .
RUN go build -o /out/lotsync ./cmd/lotsync

FROM gcr.io/distroless/base-debian12
COPY --from=build /out/lotsync /lotsync
ENTRYPOINT ["/lotsync"]
""", fakes.github_token(_seed()))

add("ipynb/database-password", "analysis/cherry_prices_2026.ipynb", "ipynb", """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Xiinxala gatii cherry 2026 (Hambela vs Gedeb)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('postgresql+psycopg2://analyst:@@s@@@pg-main.biftubuna.internal/cherry_intake')\\n",
    "df = pd.read_sql('select station, day, price_birr_per_kg from daily_price', eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("ipynb/decoy-getpass", "analysis/farmer_payout_audit.ipynb", "ipynb", """{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdin", "output_type": "stream", "text": ["Jecha darbii: ········\\n"]}],
   "source": [
    "from getpass import getpass\\n",
    "pw = getpass('Jecha darbii: ')\\n",
    "eng = sa.create_engine(f'postgresql://analyst:{pw}@pg-main.biftubuna.internal/cherry_intake')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("sql/role-password", "db/migrations/0042_reporting_role.sql", "sql", """-- Gabaasaaf role dubbisuu qofa (read-only) uumi
CREATE ROLE report_ro LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE cherry_intake TO report_ro;
GRANT USAGE ON SCHEMA public TO report_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO report_ro;
""", words_pw())

add("sql/decoy-bcrypt-hash", "db/seed/0001_admin_users.sql", "sql", """-- Fayyadamtoota bulchiinsaa (admin) - hash bcrypt qofa, jecha darbii miti
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('abdii.t', 'abdii@biftubuna.coop', '$2b$12$Kq3vJz8dXw1LmN0pQr5tUeYbC7fGh2iA9sD4kE6oP1lM3nB8vR0xW', true),
  ('ganna.d', 'ganna@biftubuna.coop', '$2b$12$R7tYu2iO9pA4sD6fG1hJ3kL5zX8cV0bN2mQ4wE6rT8yU1iO3pA5sD', true),
  ('urjii.k', 'urjii@biftubuna.coop', '$2b$12$Zx9Cv7Bn5Mq3Wl1Ek8Rj6Th4Yg2Uf0Id9Os7Pa5Sd3Fg1Hj9Kl7Zx', false);
""")

add("log/decoy-masked", "logs/intake-2026-11-28.log", "log", """2026-11-28 06:02:11 INFO  intake.sync   station=Hambela kiosk=HMB-02 queued=37
2026-11-28 06:02:12 INFO  intake.auth   kiosk HMB-02 authenticated token=kio_****************3f9a
2026-11-28 06:05:40 WARN  payouts.sms   AT retry 1/3 (api_key=atsk_****...****)
2026-11-28 06:05:44 INFO  payouts.sms   sent=37 failed=0
2026-11-28 06:30:00 INFO  intake.sync   station=Gedeb kiosk=GDB-01 queued=52
""")

add("log/database-password", "logs/lotsync-crash-2026-11-30.log", "log", """2026-11-30T03:11:02Z lotsync starting version=1.8.2
2026-11-30T03:11:02Z config: db_dsn="host=pg-trace.biftubuna.internal user=trace_api password=@@s@@ dbname=lots sslmode=require"
2026-11-30T03:11:03Z ERROR dial tcp 10.20.0.31:5432: connect: connection refused
2026-11-30T03:11:03Z retrying in 5s (1/10)
2026-11-30T03:11:08Z ERROR dial tcp 10.20.0.31:5432: connect: connection refused
""", rnd(24))

add("java/smtp-password", "export-docs/src/main/resources/application-prod.properties", "properties", """# Sanadoota export (ICO certificate, packing list) - Spring Boot
spring.application.name=export-docs
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=export@biftubuna.coop
spring.mail.password=@@s@@
spring.mail.properties.mail.smtp.starttls.enable=true
export.ico.member-code=ETH-0917
""", words_pw())

add("java/decoy-placeholder-property", "export-docs/src/main/resources/application.properties", "properties", """spring.application.name=export-docs
spring.mail.host=${MAIL_HOST:smtp.office365.com}
spring.mail.username=${MAIL_USER}
spring.mail.password=${MAIL_PASSWORD}
# ECX (Ethiopia Commodity Exchange) API - furtuun Key Vault keessa
ecx.api.key=${ECX_API_KEY:}
""")

add("java/ecx-api-key", "export-docs/src/main/java/coop/biftubuna/export/EcxClient.java", "java", """package coop.biftubuna.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

/** ECX warehouse receipt lookup (galmee qabeenya kuusaa). */
public class EcxClient {
    private static final String BASE = "https://api.ecx.example.et/v1";
    private static final String API_KEY = "@@s@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest receipt(String grn) {
        return HttpRequest.newBuilder(URI.create(BASE + "/receipts/" + grn))
                .header("X-Api-Key", API_KEY)
                .build();
    }
}
""", "ecx_live_" + rnd(32))

add("xml/decoy-maven-settings", "export-docs/.mvn/settings.xml", "xml", """<settings>
  <!-- Nexus union - jecha darbii env irraa -->
  <servers>
    <server>
      <id>biftu-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

add("xml/nexus-password", "export-docs/ci/settings-ci.xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<settings>
  <servers>
    <server>
      <id>biftu-nexus</id>
      <username>ci-deployer</username>
      <password>@@s@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>biftu-nexus</id><url>https://nexus.biftubuna.coop/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rnd(18))

add("php/decoy-laravel-env-call", "website/config/services.php", "php", """<?php
// Marsariitii union (website) - tajaajiloota alaa
return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'recaptcha' => [
        'site_key' => '6LcQ7y4qAAAAAJ3mPp2bXv9nK1rW8sT5uY0zE4dF',
        'secret' => env('RECAPTCHA_SECRET'),
    ],
];
""")

add("env/mailgun-key", "website/.env", "env", """APP_NAME="Biftu Buna Union"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://biftubuna.coop
MAIL_MAILER=mailgun
MAILGUN_DOMAIN=mg.biftubuna.coop
MAILGUN_SECRET=@@s@@
""", "key-" + hexs(32))

add("html/decoy-public-site-key", "website/resources/views/contact.blade.php", "html", """<!-- Nu quunnamaa (contact us) -->
<form method="POST" action="/contact">
  @csrf
  <label>Maqaa</label><input name="name">
  <label>Ergaa</label><textarea name="message"></textarea>
  <div class="g-recaptcha" data-sitekey="6LcQ7y4qAAAAAJ3mPp2bXv9nK1rW8sT5uY0zE4dF"></div>
  <button type="submit">Ergi</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""")

add("ruby/slack-webhook", "ops/harvest_alerts.rb", "ruby", """# Akeekkachiisa haamaa (harvest alerts) - Slack #buufata-hundaa
require "net/http"
require "json"

WEBHOOK = URI("@@s@@")

def alert(station, msg)
  body = { text: ":coffee: *#{station}*: #{msg}" }.to_json
  Net::HTTP.post(WEBHOOK, body, "Content-Type" => "application/json")
end

alert("Gedeb", "Bishaan fermentation tank 3 gadi bu'eera (low water)") if $PROGRAM_NAME == __FILE__
""", slack_webhook())

add("ruby/decoy-credentials-reference", "ops/config/alerts.rb", "ruby", """# Rails credentials irraa dubbisi (config/credentials.yml.enc)
Alerts.configure do |c|
  c.slack_webhook = Rails.application.credentials.dig(:slack, :harvest_webhook)
  c.channel = "#buufata-hundaa"
  c.min_level = :warn
end
""")

add("ps1/smb-password", "ops/windows/Map-ScaleShare.ps1", "ps1", """# Kompiitara madaallii (weighbridge PC) irratti share kaa'i
$user = "BIFTU\\scale-sync"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name W -PSProvider FileSystem -Root "\\\\fs01.biftubuna.local\\weighbridge" -Credential $cred -Persist
Write-Host "Share W: qophaa'eera"
""", words_pw())

add("ps1/decoy-get-credential", "ops/windows/Sync-Weighbridge.ps1", "ps1", """# Jecha darbii hin barreessin - Get-Credential fayyadami
param([string]$Station = "Hambela")
$cred = Get-Credential -UserName "BIFTU\\scale-sync" -Message "Jecha darbii share galchi"
New-PSDrive -Name W -PSProvider FileSystem -Root "\\\\fs01.biftubuna.local\\weighbridge" -Credential $cred
Copy-Item "C:\\Scale\\export\\*.csv" "W:\\$Station\\" -Force
Write-Host "Galmeen madaallii $Station ergameera"
""")

add("csv/decoy-masked-accounts", "payouts/exports/farmer_accounts_masked.csv", "csv", """farmer_id,name,kebele,telebirr_msisdn,bank_account,pin
F-HMB-00121,Tolasa Jiregna,Wamena,+2519******41,1000****7788,****
F-HMB-00122,Caalaa Boru,Wamena,+2519******07,1000****2210,****
F-GDB-00410,Hawwi Dida,Worka,+2519******93,,****
F-SHK-00077,Lensa Waqo,Sewana,+2519******65,1000****9031,****
""")

add("txt/station-kiosk-password", "docs/notes/hambela-kiosk-setup.txt", "md", """Yaadannoo qindaa'ina kiosk Hambela (2026-10-11)
--------------------------------------------------
- Tablet: Samsung A9, Android 14, kiosk app 3.2
- Wi-Fi: BiftuStation (jecha darbii garee IT biraa)
- Kiosk admin PIN: 4471 (tablet qofa)
- Intake API login: kiosk-hmb-02 / @@s@@
- Madaallii: serial /dev/ttyUSB0, 9600 baud
Hubachiisa: yaadannoo kana Google Drive irratti hin qoodin.
""", words_pw())

add("md/decoy-runbook-vault", "docs/runbooks/rotate-db-passwords.md", "md", """# Jecha darbii database jijjiiruu (ji'a sadii sadiin)

1. `vault kv get secret/biftubuna/intake/db` - kan ammaa ilaali.
2. Haaraa uumi: `openssl rand -base64 24`
3. `ALTER ROLE intake_app PASSWORD '<haaraa>';`
4. `vault kv put secret/biftubuna/intake/db password=<haaraa>`
5. `kubectl -n biftubuna rollout restart deploy/cherry-intake`

Jecha darbii haaraa chat ykn email irratti hin ergin.
""")

add("json/service-account-key", "lotsync/keys/firebase-adminsdk.json", "json", """{
  "type": "service_account",
  "project_id": "biftu-farmer-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@s@@",
  "client_email": "firebase-adminsdk-x7k2p@biftu-farmer-app.iam.gserviceaccount.com",
  "client_id": "104729315582046617394",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", pem().replace("\n", "\\n") + "\\n", kid=hexs(40))

# ---------------------------------------------------------------- the startup: Fardaa Ride, Addis Ababa

add("ts/chapa-secret-key", "fardaa-api/src/payments/chapa.ts", "ts", """// Kaffaltii Chapa (card, Telebirr, CBE Birr) - imaltuun karaa kanaan kaffala
import axios from "axios";

const CHAPA_BASE = "https://api.chapa.co/v1";
const CHAPA_SECRET = "@@s@@";

export async function initTrip(tripId: string, amountEtb: number, email: string) {
  const res = await axios.post(`${CHAPA_BASE}/transaction/initialize`, {
    amount: amountEtb.toFixed(2),
    currency: "ETB",
    email,
    tx_ref: `fardaa-${tripId}`,
    callback_url: "https://api.fardaa.et/webhooks/chapa",
  }, { headers: { Authorization: `Bearer ${CHAPA_SECRET}` } });
  return res.data.data.checkout_url as string;
}
""", chapa_secret())

add("ts/decoy-chapa-public-key", "fardaa-web/src/checkout/config.ts", "ts", """// Furtuu ifaa (public key) qofa - browser keessatti fayyadamuun ni danda'ama
export const chapaInline = {
  publicKey: "CHAPUBK-9xQ2mN7vL4pR1sT8wY3zB6cD0fG5hJ2k",
  currency: "ETB",
  locale: "om",
  // furtuun iccitii (CHASECK-...) server qofa irra jira
};
""")

add("ts/decoy-test-key", "fardaa-api/test/payments/chapa.test.ts", "ts", """import { initTrip } from "../../src/payments/chapa";
import nock from "nock";

// Qorannoo: furtuun kun fakkeenya sobaa, Chapa sandbox illee hin quunnamu
process.env.CHAPA_SECRET = "CHASECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

test("returns checkout url", async () => {
  nock("https://api.chapa.co").post("/v1/transaction/initialize").reply(200, { data: { checkout_url: "https://checkout.chapa.co/x" } });
  expect(await initTrip("T1", 120, "a@b.et")).toContain("checkout");
});
""")

add("env/chapa-test-key", "fardaa-api/.env.staging", "env", """NODE_ENV=staging
PORT=3000
MONGO_URL=mongodb://mongo-stg.fardaa.internal:27017/fardaa
# Chapa test mode (sandbox) - garuu furtuu dhugaa account keenyaa ti
CHAPA_SECRET=@@s@@
GOOGLE_MAPS_KEY=${GOOGLE_MAPS_KEY}
""", chapa_secret(test=True))

add("js/google-maps-server-key", "fardaa-api/src/geo/eta.js", "js", """// Yeroo gahumsa (ETA) konkolaataa - Distance Matrix API (server side)
const fetch = require("node-fetch");

const MAPS_KEY = "@@s@@";

async function eta(driver, pickup) {
  const url = "https://maps.googleapis.com/maps/api/distancematrix/json" +
    `?origins=${driver.lat},${driver.lng}&destinations=${pickup.lat},${pickup.lng}` +
    `&departure_time=now&key=${MAPS_KEY}`;
  const body = await (await fetch(url)).json();
  return body.rows[0].elements[0].duration_in_traffic.value;
}

module.exports = { eta };
""", google_key())

add("js/decoy-firebase-web-config", "fardaa-web/src/firebase.js", "js", """// Firebase web config - gatiin kun ifaa (public) dha, Firebase docs akka jedhutti
import { initializeApp } from "firebase/app";

export const app = initializeApp({
  authDomain: "fardaa-ride.firebaseapp.com",
  projectId: "fardaa-ride",
  storageBucket: "fardaa-ride.appspot.com",
  messagingSenderId: "583920174466",
  appId: "1:583920174466:web:4c2e9a1b7d3f5e60a8c2b1",
});
""")

add("kotlin/google-maps-key", "fardaa-driver/app/src/main/java/et/fardaa/driver/net/Directions.kt", "kotlin", """package et.fardaa.driver.net

import okhttp3.OkHttpClient
import okhttp3.Request

// Konkolachiisaaf karaa (route) - Directions API
object Directions {
    private const val KEY = "@@s@@"
    private val http = OkHttpClient()

    fun route(from: String, to: String): String {
        val req = Request.Builder()
            .url("https://maps.googleapis.com/maps/api/directions/json?origin=$from&destination=$to&key=$KEY")
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", google_key())

add("kotlin/decoy-buildconfig", "fardaa-driver/app/src/main/java/et/fardaa/driver/AppConfig.kt", "kotlin", """package et.fardaa.driver

// Furtuuwwan hundi BuildConfig irraa (local.properties / CI secrets)
object AppConfig {
    val mapsKey: String get() = BuildConfig.MAPS_API_KEY
    val sentryDsn: String get() = BuildConfig.SENTRY_DSN
    const val API_BASE = "https://api.fardaa.et/v3/"
    const val SUPPORT_PHONE = "+251 11 667 0000"
}
""")

add("gradle/keystore-password", "fardaa-driver/gradle.properties", "gradle", """org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# Release signing (upload key)
FARDAA_UPLOAD_STORE_FILE=../keys/fardaa-upload.jks
FARDAA_UPLOAD_KEY_ALIAS=fardaa-upload
FARDAA_UPLOAD_STORE_PASSWORD=@@s@@
FARDAA_UPLOAD_KEY_PASSWORD=@@s@@
""", words_pw())

add("gradle/decoy-signing-env", "fardaa-rider-android/app/build.gradle.kts", "gradle", """android {
    signingConfigs {
        create("release") {
            // Jecha darbii CI irraa qofa - as hin barreessin
            storeFile = file(System.getenv("UPLOAD_STORE_FILE") ?: "upload.jks")
            storePassword = System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias = "fardaa-upload"
            keyPassword = System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }
}
""")

add("swift/apns-key", "fardaa-rider-ios/Scripts/send_test_push.swift", "swift", """#!/usr/bin/env swift
// Ergaa push qorannoo imaltuuf (APNs token auth, .p8)
import Foundation

let teamId = "7QK3M9ZP2D"
let keyId = "R4X8N2L6WQ"
let p8 = \"\"\"
@@s@@
\"\"\"

print("signing JWT for team \\(teamId) key \\(keyId), \\(p8.count) bytes")
""", ec_pem())

add("swift/decoy-info-plist-reference", "fardaa-rider-ios/Fardaa/Config.swift", "swift", """import Foundation

// Gatiiwwan Info.plist irraa (xcconfig -> CI secrets); koodii keessa hin jiran
enum Config {
    static var mapsKey: String { Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String ?? "" }
    static var apiBase: URL { URL(string: "https://api.fardaa.et/v3/")! }
    static let supportLanguage = ["om", "am", "en"]
}
""")

add("xml/decoy-plist-placeholder", "fardaa-rider-ios/Fardaa/Info.plist", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleDisplayName</key><string>Fardaa</string>
  <key>GMSApiKey</key><string>$(GMS_API_KEY)</string>
  <key>NSLocationWhenInUseUsageDescription</key><string>Konkolaataa siif dhihoo argachuuf bakka kee barbaachisa.</string>
</dict>
</plist>
""")

add("dart/mapbox-secret-token", "fardaa_flutter/tool/download_offline_tiles.dart", "dart", """// Kaartaa Finfinnee offline buusuu (tiles) - Mapbox secret token barbaachisa
import 'dart:io';

const mapboxDownloadsToken = '@@s@@';

Future<void> main() async {
  final client = HttpClient();
  final req = await client.getUrl(Uri.parse(
      'https://api.mapbox.com/styles/v1/fardaa-ride/addis-day/tiles/256/12/2490/1942?access_token=$mapboxDownloadsToken'));
  final res = await req.close();
  await res.pipe(File('tiles/addis_12.png').openWrite());
}
""", mapbox_secret())

add("dart/decoy-mapbox-public", "fardaa_flutter/lib/map/map_config.dart", "dart", """// Mapbox public token (pk.) - app keessatti ifaa dha, URL restriction qaba
class MapConfig {
  static const styleUri = 'mapbox://styles/fardaa-ride/addis-day';
  static const publicToken =
      'pk.eyJ1IjoiZmFyZGFhLXJpZGUiLCJhIjoiY2x4OWs0YjJzMDFwZzJxcGZ1bm1xd3A3eSJ9.Qm3vXk9Lp2Rt7Yw1Zs8NbA';
  static const center = [9.0108, 38.7613]; // Finfinnee, Meskel Square
}
""")

add("yaml/fcm-server-key", "fardaa-api/config/notifications.yaml", "yaml", """# Beeksisa (push) konkolachiisaa fi imaltuu
fcm:
  legacy: true
  server_key: "@@s@@"
  sender_id: "583920174466"
templates:
  driver_assigned:
    om: "Konkolachiisaan kee karaa irra jira"
    am: "ሹፌርዎ በመንገድ ላይ ነው"
""", fcm_key())

add("compose/redis-password", "fardaa-api/docker-compose.yml", "compose", """services:
  api:
    build: .
    ports: ["3000:3000"]
    environment:
      REDIS_URL: redis://:@@s@@@redis:6379/0
      MONGO_URL: mongodb://mongo:27017/fardaa
    depends_on: [redis, mongo]
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@s@@"]
  mongo:
    image: mongo:7
""", fakes.redis_password(_seed()))

add("compose/decoy-env-file", "fardaa-dispatch/docker-compose.yml", "compose", """services:
  dispatch:
    image: ghcr.io/fardaa-ride/dispatch:latest
    env_file: .env   # .env git keessa hin jiru
    environment:
      REDIS_PASSWORD: ${REDIS_PASSWORD:?set REDIS_PASSWORD}
      JWT_SECRET: ${JWT_SECRET}
  redis:
    image: redis:7-alpine
    command: redis-server --requirepass "${REDIS_PASSWORD}"
""")

add("go/jwt-secret", "fardaa-dispatch/internal/auth/jwt.go", "go", """package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Mallattoo token konkolachiisaa (driver session)
var signingKey = []byte("@@s@@")

func IssueDriver(driverID string) (string, error) {
	claims := jwt.MapClaims{"sub": driverID, "role": "driver", "exp": time.Now().Add(12 * time.Hour).Unix()}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", rnd(48))

add("go/decoy-jwt-from-env", "fardaa-dispatch/internal/auth/config.go", "go", """package auth

import (
	"log"
	"os"
)

// JWT_SECRET hin jiru yoo ta'e hojiin ni dhaabata
func mustKey() []byte {
	k := os.Getenv("JWT_SECRET")
	if len(k) < 32 {
		log.Fatal("JWT_SECRET gabaabaa ykn hin jiru")
	}
	return []byte(k)
}
""")

add("rust/mongo-uri", "fardaa-geo/src/db.rs", "rust", """// Bakka konkolaataa (driver positions) kuusuu - MongoDB Atlas
use mongodb::{options::ClientOptions, Client};

const MONGO_URI: &str = "mongodb+srv://geo_writer:@@s@@@fardaa-prod.x4kq2.mongodb.net/geo?retryWrites=true&w=majority";

pub async fn connect() -> mongodb::error::Result<Client> {
    let opts = ClientOptions::parse(MONGO_URI).await?;
    Client::with_options(opts)
}
""", rnd(16))

add("rust/decoy-env-expect", "fardaa-geo/src/config.rs", "rust", """use std::env;

/// Qindaa'ina tajaajila geo - gatiin iccitii env irraa qofa
pub struct Config {
    pub mongo_uri: String,
    pub h3_resolution: u8,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            mongo_uri: env::var("MONGO_URI").expect("MONGO_URI barbaachisa"),
            h3_resolution: env::var("H3_RES").ok().and_then(|v| v.parse().ok()).unwrap_or(9),
        }
    }
}
""")

add("toml/decoy-cargo-config", "fardaa-geo/Cargo.toml", "toml", """[package]
name = "fardaa-geo"
version = "0.7.3"
edition = "2021"
description = "Bakka konkolaataa fi H3 grid Finfinneef"

[dependencies]
mongodb = "3.1"
h3o = "0.6"
tokio = { version = "1", features = ["full"] }
""")

add("toml/datadog-api-key", "fardaa-geo/config/prod.toml", "toml", """[server]
bind = "0.0.0.0:7400"
h3_resolution = 9

[telemetry]
datadog_site = "datadoghq.eu"
datadog_api_key = "@@s@@"
service = "fardaa-geo"
""", hexs(32))

add("cs/telebirr-app-key", "Fardaa.Payouts/Telebirr/TelebirrOptions.cs", "cs", """namespace Fardaa.Payouts.Telebirr;

// Kaffaltii konkolachiisaa torban torbaniin (weekly driver payouts) - Telebirr H5/C2B
public static class TelebirrDefaults
{
    public const string BaseUrl = "https://app.ethiomobilemoney.et:2121/ammapi/payment/service-openup";
    public const string AppId = "ce83a2b07e1f4c0d9a6b5f3e21c47d80";
    public const string ShortCode = "220617";
    public const string AppKey = "@@s@@";
    public const string NotifyUrl = "https://api.fardaa.et/webhooks/telebirr";
}
""", hexs(32))

add("json/decoy-appsettings-keyvault", "Fardaa.Payouts/appsettings.json", "json", """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": { "Uri": "https://kv-fardaa-prod.vault.azure.net/" },
  "Telebirr": {
    "AppId": "ce83a2b07e1f4c0d9a6b5f3e21c47d80",
    "ShortCode": "220617",
    "AppKey": "@Microsoft.KeyVault(SecretUri=https://kv-fardaa-prod.vault.azure.net/secrets/telebirr-appkey/)"
  },
  "ConnectionStrings": { "Payouts": "" }
}
""")

add("json/sql-connection-string", "Fardaa.Payouts/appsettings.Development.json", "json", """{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Payouts": "Server=tcp:sql-fardaa-dev.database.windows.net,1433;Database=payouts;User ID=payouts_dev;Password=@@s@@;Encrypt=True;"
  },
  "Telebirr": { "UseSandbox": true }
}
""", words_pw())

add("cs/telebirr-private-key", "Fardaa.Payouts/Telebirr/Signer.cs", "cs", """using System.Security.Cryptography;
using System.Text;

namespace Fardaa.Payouts.Telebirr;

// Telebirr fayyadama mallattoo RSA (SHA256withRSA) - furtuu dhuunfaa merchant
public static class Signer
{
    private const string MerchantPrivateKey = @"@@s@@";

    public static string Sign(string payload)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(MerchantPrivateKey);
        return Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }
}
""", pem("RSA PRIVATE KEY"))

add("cs/decoy-public-key", "Fardaa.Payouts/Telebirr/TelebirrPublicKey.cs", "cs", """namespace Fardaa.Payouts.Telebirr;

// Furtuu IFAA (public key) Telebirr - deebii (response) mirkaneessuuf qofa
public static class TelebirrPublicKey
{
    public const string Pem = @"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu3Xk2Pq9Lm4Zr7Tw1Ys8N
bAc5Dv0Fg6Hj2Kl9Mn3Op4Qr5St6Uv7Wx8Yz9Ab0Cd1Ef2Gh3Ij4Kl5Mn6Op7Qr8S
t9Uv0Wx1Yz2Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St2Uv3Wx4Yz5Ab6Cd7Ef8Gh9IjQ
IDAQAB
-----END PUBLIC KEY-----";
}
""")

add("helm/decoy-existing-secret", "charts/fardaa-api/values.yaml", "helm", """replicaCount: 3
image:
  repository: ghcr.io/fardaa-ride/api
  tag: "3.14.0"
redis:
  auth:
    enabled: true
    existingSecret: fardaa-redis
    existingSecretPasswordKey: redis-password
chapa:
  secretRef: fardaa-chapa   # kubectl create secret ... (runbook ilaali)
ingress:
  host: api.fardaa.et
""")

add("helm/redis-password", "charts/fardaa-api/values-prod.yaml", "helm", """# prod override - Bole data center
replicaCount: 6
redis:
  auth:
    enabled: true
    password: "@@s@@"
resources:
  limits: {cpu: "1", memory: 1Gi}
""", fakes.redis_password(_seed()))

add("k8s-secret/chapa-secret", "charts/fardaa-api/templates/chapa-secret.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: fardaa-chapa
  annotations:
    note: "yeroo jalqabaa qofaaf; booda external-secrets itti jijjiirama"
type: Opaque
stringData:
  CHAPA_SECRET: @@s@@
  CHAPA_WEBHOOK_HASH: "{{ .Values.chapa.webhookHash }}"
""", chapa_secret())

add("k8s/decoy-external-secret", "charts/fardaa-api/templates/externalsecret.yaml", "k8s", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: fardaa-chapa
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: fardaa-chapa
  data:
    - secretKey: CHAPA_SECRET
      remoteRef: {key: prod/fardaa/chapa, property: secret_key}
""")

add("k8s/decoy-sealed-secret", "charts/fardaa-dispatch/templates/sealed-jwt.yaml", "k8s", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: dispatch-jwt
  namespace: fardaa
spec:
  encryptedData:
    JWT_SECRET: AgBy3i4OJSWK+PiTySYZZA1rO43cGDEq8Ht1JPE6Hk3NBn2Pq0xLwV5sY8tZc1Rm4Qj7Uf2Xh9Kd0Ga3Lb6Np5Ve8Ws1Iy4Ot7Zu0Ar3Ce6Hg9Jk2Mn5Pq8St1Vw4Yz7Bc0Ef3Hi6Kl9No2Qr5Tu8Wx1Za4Cd7Fg0Ij3Lm6Op9Rs2Uv5Xy8Ab1De4Gh7Jk0
  template:
    metadata:
      name: dispatch-jwt
""")

add("gitlab/docker-hub-token", ".gitlab-ci.yml", "gitlab", """stages: [test, build]

variables:
  DOCKER_USER: fardaaride
  DOCKER_TOKEN: "@@s@@"

test:
  stage: test
  image: node:20
  script: [npm ci, npm test]

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$DOCKER_TOKEN" | docker login -u "$DOCKER_USER" --password-stdin
    - docker build -t fardaaride/api:$CI_COMMIT_SHORT_SHA .
    - docker push fardaaride/api:$CI_COMMIT_SHORT_SHA
""", "dckr_pat_" + rnd(27, "-_"))

add("gitlab/decoy-masked-variable", "fardaa-dispatch/.gitlab-ci.yml", "gitlab", """# DOCKER_TOKEN: Settings > CI/CD > Variables (masked, protected) keessa jira
build:
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$DOCKER_TOKEN" | docker login -u fardaaride --password-stdin
    - docker build -t fardaaride/dispatch:$CI_COMMIT_SHORT_SHA .
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

add("npmrc/npm-token", "fardaa-web/.npmrc", "npmrc", """registry=https://registry.npmjs.org/
@fardaa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@s@@
save-exact=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("npmrc/decoy-env-token", "fardaa-api/.npmrc", "npmrc", """# Token CI irraa (NPM_TOKEN) - local irratti `npm login` godhi
@fardaa:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("hist/twilio-auth-token", "ops/notes/bash_history_ops01.txt", "hist", """cd /srv/fardaa-api
git pull origin main
pm2 logs api --lines 200
curl -X POST https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json --data-urlencode "To=+251911223344" --data-urlencode "From=FARDAA" --data-urlencode "Body=Koodii mirkaneessaa: 4821" -u @@sid@@:@@s@@
pm2 restart api
exit
""", hexs(32), sid=twilio_sid())

add("hist/decoy-history-env", "ops/notes/bash_history_ops02.txt", "hist", """sudo systemctl status fardaa-dispatch
export TWILIO_AUTH_TOKEN=$(vault kv get -field=auth_token secret/fardaa/twilio)
./scripts/otp_test.sh +251911223344
unset TWILIO_AUTH_TOKEN
journalctl -u fardaa-dispatch -n 100
""")

add("py/openai-key", "fardaa-support/bot/answer.py", "py", """\"\"\"Deebii gaaffii imaltootaa (support bot) - Afaan Oromoo, Amharic, English.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

SYSTEM = ("Ati gargaaraa Fardaa Ride ti. Gaaffii imaltuu fi konkolachiisaa "
          "gabaabaa fi kabajaan deebisi.")


def answer(question: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": question}])
    return r.choices[0].message.content
""", fakes.openai_key(_seed()))

add("py/decoy-openai-env", "fardaa-support/bot/client.py", "py", """import os

from openai import OpenAI

# OPENAI_API_KEY naannoo irraa; furtuu koodii keessa hin kaa'in
client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL = os.getenv("SUPPORT_MODEL", "gpt-4o-mini")
""")

add("ini/decoy-alembic", "fardaa-support/alembic.ini", "ini", """[alembic]
script_location = migrations
# URL env irraa dubbifama (env.py) - as keessa jecha darbii hin jiru
sqlalchemy.url = postgresql://%(PGUSER)s:%(PGPASSWORD)s@%(PGHOST)s/support

[loggers]
keys = root
""")

add("ini/database-password", "fardaa-support/config/support.ini", "ini", """[database]
host = pg-support.fardaa.internal
port = 5432
name = support
user = support_bot
password = @@s@@

[bot]
languages = om,am,en
""", rnd(20, "!#%"))

add("pypirc/pypi-token", "fardaa-support/.pypirc", "pypirc", """[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
""", fakes.pypi_token(_seed()))

add("netrc/git-password", "ops/provision/files/netrc", "netrc", """# /home/deploy/.netrc - git pull release (read-only deploy user)
machine gitlab.com
  login fardaa-deploy
  password @@s@@
machine registry.npmjs.org
  login fardaa
""", fakes.fake("glpat-", 20, _seed()))

add("nginx/decoy-htpasswd-path", "ops/nginx/admin.fardaa.et.conf", "nginx", """server {
    listen 443 ssl;
    server_name admin.fardaa.et;
    ssl_certificate     /etc/letsencrypt/live/admin.fardaa.et/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.fardaa.et/privkey.pem;
    auth_basic "Bulchiinsa Fardaa";
    auth_basic_user_file /etc/nginx/.htpasswd;
    location / { proxy_pass http://127.0.0.1:4000; }
}
""")

add("nginx/basic-auth-header", "ops/nginx/metrics-proxy.conf", "nginx", """# Grafana Cloud irratti metrics ergi
location /push {
    proxy_pass https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push;
    proxy_set_header Authorization "Basic @@s@@";
    proxy_set_header Host prometheus-prod-24-prod-eu-west-2.grafana.net;
}
""", b64("1298347:glc_" + rnd(80)))

add("md/slack-webhook", "fardaa-dispatch/README.md", "md", """# fardaa-dispatch

Tajaajila imaltuu fi konkolachiisaa walitti fiduu (matching) Finfinnee keessatti.

## Jalqabuu

```bash
make run
```

## Akeekkachiisa (alerts)

Dogoggorri guddaan `#dispatch-alerts` irratti ergama. Webhook:
`@@s@@`

## Gaafii

Tiimii dispatch: dispatch@fardaa.et
""", slack_webhook())

add("md/decoy-readme-placeholders", "fardaa-api/README.md", "md", """# fardaa-api

API imaltuu (rider) fi konkolachiisaa (driver).

```bash
cp .env.example .env
# gati kana guuti:
# CHAPA_SECRET=CHASECK-<furtuu-kee>
# GOOGLE_MAPS_KEY=<server key>
# REDIS_URL=redis://:<password>@localhost:6379/0
npm ci && npm run dev
```

Furtuun dhugaa 1Password "Fardaa Eng" vault keessa jira.
""")

add("rst/decoy-api-docs-example", "docs/api/authentication.rst", "rst", """Mirkaneessa (Authentication)
============================

Gaaffii hundi ``Authorization`` header qabaachuu qaba::

    curl https://api.fardaa.et/v3/trips \\
      -H "Authorization: Bearer <ACCESS_TOKEN>"

Token kun 12 sa'aa booda dhuma. Fakkeenya deebii:

.. code-block:: json

   {"access_token": "eyJhbGciOi...truncated", "expires_in": 43200}
""")

add("rst/partner-api-key", "docs/partners/hotel-integration.rst", "rst", """Walitti hidhamiinsa hoteelotaa (Hotel partner integration)
=========================================================

Hoteelonni Finfinnee (fkn. Bole) imaltuu keessummaa isaaniif konkolaataa ajajuu danda'u.

Furtuu qorannoo hoteela Skylight-staging:

.. code-block:: bash

   export FARDAA_PARTNER_KEY=@@s@@
   curl -H "X-Partner-Key: $FARDAA_PARTNER_KEY" https://staging-api.fardaa.et/v3/partner/rides
""", "fpk_live_" + rnd(40))

# ---------------------------------------------------------------- station sensors, ops, more of both

add("py/mqtt-password", "sensors/fermentation_probe.py", "py", """# Meetirii ho'insaa fi pH tanki fermentation (Gedeb) -> MQTT
import json
import time

import paho.mqtt.client as mqtt

c = mqtt.Client(client_id="gdb-tank-03")
c.username_pw_set("gdb-probes", "@@s@@")
c.connect("mqtt.biftubuna.coop", 8883)
c.tls_set()
while True:
    c.publish("stations/gedeb/tank3", json.dumps({"temp_c": 21.4, "ph": 4.6}))
    time.sleep(60)
""", words_pw())

add("yaml/influx-token", "sensors/telegraf/telegraf-station.yaml", "yaml", """# Telegraf -> InfluxDB Cloud (buufata hundaa)
outputs:
  influxdb_v2:
    urls: ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
    token: "@@s@@"
    organization: "biftubuna"
    bucket: "fermentation"
inputs:
  mqtt_consumer:
    servers: ["ssl://mqtt.biftubuna.coop:8883"]
    topics: ["stations/+/+"]
""", rnd(86, "_-") + "==")

add("yaml/decoy-influx-env", "sensors/telegraf/telegraf-limu.yaml", "yaml", """outputs:
  influxdb_v2:
    urls: ["https://eu-central-1-1.aws.cloud2.influxdata.com"]
    token: "${INFLUX_TOKEN}"
    organization: "biftubuna"
    bucket: "fermentation"
# INFLUX_TOKEN: /etc/default/telegraf keessa (ansible-vault irraa)
""")

add("ini/decoy-mosquitto-passwd-hash", "sensors/mosquitto/passwd", "mosquitto", """# mosquitto_passwd -c irraa - hash PBKDF2 qofa (jecha darbii miti)
gdb-probes:$7$101$q8Yb2Kf0xT3nL9sW$zR4pM1vC7eH2kJ5tX8bN0aQ3wE6yU9iO2lP5sD8fG1hK4jZ7xC0vB3nM6qW9eR2tY5uI8oP1aS4dF7gH0jK3lZ==
hmb-probes:$7$101$Lp3Xk9Vz1Qr7Tn5W$aB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD6eF9gH2iJ5kL8mN1oP4qR7sT0uV3wX6yZ9aB2cD5eF8==
shk-probes:$7$101$Mn8Rb2Wc6Yt0Ue4X$gH1iJ4kL7mN0oP3qR6sT9uV2wX5yZ8aB1cD4eF7gH0iJ3kL6mN9oP2qR5sT8uV1wX4yZ7aB0cD3eF6gH9iJ2kL5==
limu-probes:$7$101$Pq5Td3Xe7Zv1Wf9Y$oP4qR7sT0uV3wX6yZ9aB2cD5eF8gH1iJ4kL7mN0oP3qR6sT9uV2wX5yZ8aB1cD4eF7gH0iJ3kL6mN9oP2qR5s==
""")

add("ini/aws-session-token", "ops/notes/aws-credentials-lotsync.ini", "ini", """# ~/.aws/credentials - sts assume-role irraa (sa'aa 12)
[biftubuna-lotsync]
aws_access_key_id = ASIA@@kid@@
aws_secret_access_key = @@sk@@
aws_session_token = @@s@@
region = eu-central-1
""", fakes.aws_session_token(_seed()), kid=fakes.aws_key_id(_seed())[4:], sk=fakes.aws_secret_key(_seed()))

add("ini/decoy-aws-config-profile", "ops/notes/aws-config.ini", "ini", """# ~/.aws/config - SSO qofa, furtuun hin jiru
[profile biftubuna-admin]
sso_session = biftu
sso_account_id = 481736920155
sso_role_name = AdministratorAccess
region = eu-central-1

[sso-session biftu]
sso_start_url = https://biftubuna.awsapps.com/start
sso_region = eu-central-1
""")

add("yaml/kubeconfig-token", "ops/kube/fardaa-prod.kubeconfig", "yaml", """apiVersion: v1
kind: Config
clusters:
- name: fardaa-prod
  cluster:
    server: https://k8s.fardaa.internal:6443
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
users:
- name: ci-deployer
  user:
    token: @@s@@
contexts:
- name: prod
  context: {cluster: fardaa-prod, user: ci-deployer, namespace: fardaa}
current-context: prod
""", "eyJhbGciOiJSUzI1NiIsImtpZCI6Im" + rnd(40) + "." + rnd(120, "-_") + "." + rnd(86, "-_"))

add("yaml/decoy-kubeconfig-exec", "ops/kube/biftu-eks.kubeconfig", "yaml", """apiVersion: v1
kind: Config
clusters:
- name: biftu-eks
  cluster:
    server: https://8F3A1C2B9D7E6F5A4B3C2D1E0F9A8B7C.gr7.eu-central-1.eks.amazonaws.com
users:
- name: biftu
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "biftu-eks"]
current-context: biftu
""")

add("json/docker-auth", "ops/provision/files/docker-config.json", "json", """{
  "auths": {
    "registry.biftubuna.coop": {
      "auth": "@@s@@"
    }
  },
  "credsStore": ""
}
""", b64("ci:" + words_pw()))

add("json/decoy-docker-credstore", "ops/provision/files/docker-config-desktop.json", "json", """{
  "auths": {
    "ghcr.io": {},
    "registry.biftubuna.coop": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
""")

add("sh/git-credentials", "ops/provision/ci-runner-setup.sh", "sh", """#!/bin/sh
# CI runner haaraa qopheessuu (Bole rack, runner-03)
git config --global credential.helper store
cat > ~/.git-credentials <<'EOF'
https://fardaa-ci:@@s@@@github.com
EOF
chmod 600 ~/.git-credentials
echo "runner qophaa'eera"
""", fakes.github_fine_grained_token(_seed()))

add("ssh/private-key", "infra/ansible/roles/station_sync/files/id_ed25519_sync", "ansible", """@@s@@
""", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n" + "\n".join(rnd(70, "+/") for _ in range(4)) + "\n-----END OPENSSH PRIVATE KEY-----")

add("ssh/decoy-authorized-keys", "infra/ansible/roles/station_sync/files/authorized_keys", "ansible", """# Furtuuwwan ifaa (public) hojjettoota IT - buufata hundaaf
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG7qK2pVx9Lm4Zr1Tw8Ys3NbAc5Dv0Fg6Hj2Kl9Mn3Op abdii@biftubuna
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4cD7eF0gH3iJ6kL9mN2oP5qR8sT1uV4wX7yZ0aB3cD ganna@biftubuna
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC3Xk2Pq9Lm4Zr7Tw1Ys8NbAc5Dv0Fg6Hj2Kl9Mn3Op4Qr5St6Uv7Wx8Yz9Ab0Cd1Ef2Gh3Ij4Kl5Mn6Op7Qr8St9 urjii@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKl8Mn9Op0Qr1St2Uv3Wx4Yz5Ab6Cd7Ef8Gh9IjQaB1cD ci@lotsync
""")

_tls = pem("PRIVATE KEY", 6)
add("yaml/tls-private-key", "charts/fardaa-api/values-tls.yaml", "helm", """# Ingress TLS (wildcard *.fardaa.et) - cert-manager osoo hin jiraatin dura
ingress:
  tls:
    enabled: true
    crt: |
      -----BEGIN CERTIFICATE-----
      MIIFazCCBFOgAwIBAgISA3kQ9Zr2Lm8Tw1Ys4NbAc5DvMA0GCSqGSIb3DQEBCwUA
      -----END CERTIFICATE-----
    key: |
      @@key@@
""", _tls, key=_tls.replace("\n", "\n      "))

add("sh/mpesa-consumer-secret", "fardaa-api/scripts/mpesa_token.sh", "sh", """#!/bin/sh
# M-Pesa (Safaricom Ethiopia) OAuth token fudhachuu - qorannoo daddaffii
CONSUMER_KEY="@@ck@@"
CONSUMER_SECRET="@@s@@"
curl -s -u "$CONSUMER_KEY:$CONSUMER_SECRET" \\
  "https://apisandbox.safaricom.et/v1/token/generate?grant_type=client_credentials"
echo
""", rnd(48), ck=rnd(48))

add("py/decoy-hmac-verify", "fardaa-api-py/webhooks/chapa_verify.py", "py", """import hashlib
import hmac
import os

# Chapa webhook mallattoo mirkaneessuu; hash iccitii env irraa
WEBHOOK_SECRET = os.environ.get("CHAPA_WEBHOOK_SECRET", "").encode()
EXAMPLE_SIG = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of ""


def valid(body: bytes, sig: str) -> bool:
    return hmac.compare_digest(hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest(), sig)
""")

add("py/chapa-webhook-secret", "fardaa-api-py/webhooks/settings_local.py", "py", """# Local qofa - Abdii laptop
CHAPA_WEBHOOK_SECRET = "@@s@@"
CHAPA_SECRET = None  # sandbox fayyadami
NGROK_DOMAIN = "fardaa-abdii.ngrok.app"
DEBUG = True
LOG_SQL = False
""", rnd(40))

add("md/decoy-password-policy", "docs/security/password-policy.md", "md", """# Imaammata jecha darbii (Password policy)

| Wanta | Ulaagaa |
|---|---|
| Dheerina (length) | yoo xiqqaate 14 |
| Jijjiirraa | ji'a 6 6n |
| Fakkeenya gaarii | `correct-horse-battery-staple` (fakkeenya XKCD qofa!) |
| Kuusaa | Bitwarden "Biftu IT" |

Jecha darbii faayilii, chat ykn email keessatti hin barreessin.
""")

add("md/smtp-password-table", "docs/notes/email-accounts.md", "md", """# Herrega imeelii (email accounts) - IT qofa

| Herrega | Server | Jecha darbii |
|---|---|---|
| export@biftubuna.coop | smtp.office365.com:587 | (MFA, app password gadii) |
| noreply@biftubuna.coop | smtp.office365.com:587 | `@@s@@` |
| lots@biftubuna.coop | SendGrid | API key Vault keessa |

Yaadannoo: noreply app password dha; MFA hin qabu.
""", rnd(16).lower())

add("html/decoy-status-page", "fardaa-web/public/status.html", "html", """<!doctype html>
<html lang="om">
<head><meta charset="utf-8"><title>Haala tajaajilaa - Fardaa</title></head>
<body>
  <h1>Haala tajaajilaa</h1>
  <p>Build: <code>3.14.0+9f2c4e7a1b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e</code></p>
  <p>Integrity: <code>sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC</code></p>
  <p>Tajaajilli hundi ni hojjeta.</p>
</body>
</html>
""")

add("html/google-maps-key-embed", "fardaa-web/public/driver-map.html", "html", """<!doctype html>
<html lang="om">
<head>
  <meta charset="utf-8">
  <title>Kaartaa konkolachiisaa (ops dashboard)</title>
  <!-- server-side Static Maps + Roads API key (restriction hin qabu) -->
  <script>window.ROADS_KEY = "@@s@@";</script>
  <script src="/ops/map.js"></script>
</head>
<body><div id="map" style="height:100vh"></div></body>
</html>
""", google_key())

add("php/stripe-secret", "website/app/Http/Controllers/ShopController.php", "php", """<?php

namespace App\\Http\\Controllers;

// Gurgurtaa buna qaqqabaa (retail bags) bittoota alaatiif - Stripe
class ShopController extends Controller
{
    public function checkout()
    {
        \\Stripe\\Stripe::setApiKey('@@s@@');
        $session = \\Stripe\\Checkout\\Session::create([
            'mode' => 'payment',
            'line_items' => [['price' => 'price_1QGuji250g', 'quantity' => 1]],
            'success_url' => url('/galatoomaa'),
        ]);
        return redirect($session->url);
    }
}
""", fakes.fake("sk_live_", 99, _seed()))

add("js/decoy-stripe-publishable", "website/resources/js/shop.js", "js", """// Stripe publishable key (pk_live) - browser keessatti ifaa ta'uu danda'a
const stripe = Stripe("pk_live_51Qx8yLKz4Vb2Nq7Rt1Wm9Hs3Jd6Fg0Ac5Ep8Iu2Ok4Ly7Tx1Zw3Vn6Bm9Qc2Rf5Hj8Kp0Ds3Ga6Eu9Io1Ly4Tw7Zx0");
document.querySelector("#bitadhu").addEventListener("click", async () => {
  const { url } = await (await fetch("/checkout", { method: "POST" })).json();
  window.location = url;
});
""")

add("properties/sentry-auth-token", "fardaa-web/sentry.properties", "properties", """defaults.url=https://sentry.io/
defaults.org=fardaa-ride
defaults.project=rider-web
auth.token=@@s@@
# release upload qofaaf (sourcemaps)
""", "sntrys_" + b64(json.dumps({"iat": 1733400000, "url": "https://sentry.io", "org": "fardaa-ride"})).rstrip("=") + "_" + rnd(43))

add("js/decoy-sentry-dsn", "fardaa-web/src/sentry.ts", "ts", """import * as Sentry from "@sentry/react";

// DSN ifaa dha (client-side); auth token miti
Sentry.init({
  dsn: "https://4f1c9e2a7b3d4e5f8a0b1c2d3e4f5a6b@o4507331.ingest.de.sentry.io/4507331990",
  tracesSampleRate: 0.1,
  environment: import.meta.env.MODE,
});
""")

add("hcl/vault-token", "ops/vault/agent-lotsync.hcl", "vault", """# Vault agent - lotsync (Limu server)
vault {
  address = "https://vault.biftubuna.internal:8200"
}
auto_auth {
  method "token_file" {
    config = { token_file_path = "/etc/vault/token" }
  }
}
# TODO haqi: token yeroof
# token = "@@s@@"
""", vault_token())

add("tf/decoy-vault-data-source", "infra/terraform/secrets.tf", "tf", """data "vault_kv_secret_v2" "chapa" {
  mount = "secret"
  name  = "fardaa/chapa"
}

resource "kubernetes_secret" "chapa" {
  metadata { name = "fardaa-chapa" }
  data = {
    CHAPA_SECRET = data.vault_kv_secret_v2.chapa.data["secret_key"]
  }
}
""")

add("tf/cloudflare-token", "infra/terraform/providers.tf", "tf", """terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
  }
}

# DNS fardaa.et fi biftubuna.coop
provider "cloudflare" {
  api_token = "@@s@@"
}
""", rnd(40, "_-"))

add("gha/digitalocean-token", "ops/ci/do-backup.yml", "gha", """name: spaces-backup
on:
  schedule: [{cron: "0 1 * * *"}]
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@s@@
      - run: doctl compute snapshot list --format Name,CreatedAt
""", "dop_v1_" + hexs(64))

add("gha/decoy-do-secret", "ops/ci/do-cleanup.yml", "gha", """name: spaces-cleanup
on: workflow_dispatch
jobs:
  cleanup:
    runs-on: ubuntu-latest
    steps:
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ secrets.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: doctl compute snapshot list --format ID,Name | tail -n +30
""")

add("sh/hf-token", "analysis/ml/download_model.sh", "sh", """#!/usr/bin/env bash
# Moodeela qulqullina firii bunaa (cherry ripeness classifier) buusuu
set -e
export HF_TOKEN=@@s@@
huggingface-cli download biftubuna/cherry-ripeness-vit --local-dir models/ripeness
echo "moodeelli buufameera"
""", "hf_" + rnd(34))

add("py/decoy-hf-login", "analysis/ml/train.py", "py", """from huggingface_hub import login

# notebook_login() ykn HF_TOKEN env; token as hin kaa'in
login(token=None, add_to_git_credential=False)

LABELS = ["magaala (unripe)", "diimaa (ripe)", "gogaa (overripe)"]
EPOCHS = 12
""")

add("json/postman-environment", "fardaa-api/postman/fardaa-staging.postman_environment.json", "json", """{
  "name": "Fardaa staging",
  "values": [
    {"key": "base_url", "value": "https://staging-api.fardaa.et/v3", "enabled": true},
    {"key": "admin_email", "value": "ops@fardaa.et", "enabled": true},
    {"key": "admin_password", "value": "@@s@@", "enabled": true, "type": "secret"},
    {"key": "rider_id", "value": "rdr_01HQ8ZK3M4", "enabled": true}
  ]
}
""", words_pw())

add("json/decoy-postman-empty", "fardaa-api/postman/fardaa-local.postman_environment.json", "json", """{
  "name": "Fardaa local",
  "values": [
    {"key": "base_url", "value": "http://localhost:3000/v3", "enabled": true},
    {"key": "admin_email", "value": "ops@fardaa.et", "enabled": true},
    {"key": "admin_password", "value": "", "enabled": true, "type": "secret"},
    {"key": "chapa_secret", "value": "{{CHAPA_SECRET}}", "enabled": false}
  ]
}
""")

add("yaml/jdbc-url", "fardaa-billing/src/main/resources/application.yml", "java", """spring:
  application:
    name: fardaa-billing
  datasource:
    url: jdbc:postgresql://pg-billing.fardaa.internal:5432/billing?user=billing&password=@@s@@&sslmode=require
  jpa:
    hibernate:
      ddl-auto: validate
fardaa:
  commission-percent: 15
""", rnd(22))

add("kotlin/decoy-spring-value", "fardaa-billing/src/main/kotlin/et/fardaa/billing/ChapaProps.kt", "kotlin", """package et.fardaa.billing

import org.springframework.boot.context.properties.ConfigurationProperties

// chapa.secret-key = ${CHAPA_SECRET} (application.yml) - gatiin env irraa
@ConfigurationProperties("chapa")
data class ChapaProps(
    val baseUrl: String = "https://api.chapa.co/v1",
    val secretKey: String = "",
    val webhookHash: String = "",
)
""")

add("kotlin/chapa-secret", "fardaa-billing/src/test/kotlin/et/fardaa/billing/ChapaLiveSmokeTest.kt", "kotlin", """package et.fardaa.billing

import org.junit.jupiter.api.Disabled
import org.junit.jupiter.api.Test

// Qorannoo live - harkaan qofa kaasi (manual). Furtuu prod!
@Disabled
class ChapaLiveSmokeTest {
    private val props = ChapaProps(secretKey = "@@s@@")

    @Test
    fun banks() {
        println(ChapaClient(props).banks().size)
    }
}
""", chapa_secret())

add("go/telegram-bot", "fardaa-dispatch/cmd/opsbot/main.go", "go", """package main

// Bot Telegram garee ops - "konkolaataa meeqa hojii irra jira?"
import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI("@@s@@")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("bot %s qophaa'eera", bot.Self.UserName)
}
""", fakes.telegram_token(_seed()))

add("go/decoy-bot-env", "fardaa-dispatch/cmd/alertbot/main.go", "go", """package main

import (
	"log"
	"os"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI(os.Getenv("ALERTBOT_TOKEN"))
	if err != nil {
		log.Fatalf("ALERTBOT_TOKEN sirrii miti: %v", err)
	}
	_ = bot
}
""")

# ---------------------------------------------------------------- servers, monitoring, mobile release

add("ruby/app-store-key", "fardaa-rider-ios/fastlane/Fastfile", "ruby", """default_platform(:ios)

platform :ios do
  desc "TestFlight irratti ergi (beta)"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "R4X8N2L6WQ",
      issuer_id: "69a6de7f-3c2e-47e3-e053-5b8c7c11a4d1",
      key_content: "@@s@@",
    )
    build_app(scheme: "Fardaa")
    upload_to_testflight(api_key: api_key)
  end
end
""", ec_pem().replace("\n", "\\n"))

add("ruby/decoy-appfile", "fardaa-rider-ios/fastlane/Appfile", "ruby", """app_identifier("et.fardaa.rider")
apple_id("ios-release@fardaa.et")
itc_team_id("127430981")
team_id("7QK3M9ZP2D")
# Jecha darbii: FASTLANE_PASSWORD (CI) ykn keychain - as hin jiru
""")

add("env/fastlane-password", "fardaa-driver-ios/fastlane/.env", "env", """# fastlane match - certificates repo
MATCH_GIT_URL=git@github.com:fardaa-ride/ios-certificates.git
MATCH_PASSWORD=@@s@@
FASTLANE_USER=ios-release@fardaa.et
FASTLANE_HIDE_CHANGELOG=true
""", words_pw())

add("ps1/azure-storage-connection", "ops/windows/Backup-ToAzure.ps1", "ps1", """# Galmee madaallii (weighbridge CSV) Azure Blob irratti kuusi - Torban torbaniin
$conn = "DefaultEndpointsProtocol=https;AccountName=biftubunabackup;AccountKey=@@s@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "C:\\Scale\\export" -Filter *.csv | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "weighbridge" -Blob ("2026/" + $_.Name) -Context $ctx -Force
}
Write-Host "Kuufameera"
""", rnd(86, "+/") + "==")

add("ps1/decoy-managed-identity", "ops/windows/Backup-ToAzure-v2.ps1", "ps1", """# v2: Managed identity fayyadama - AccountKey hin barbaachisu
Connect-AzAccount -Identity
$ctx = New-AzStorageContext -StorageAccountName "biftubunabackup" -UseConnectedAccount
Get-ChildItem "C:\\Scale\\export" -Filter *.csv | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "weighbridge" -Context $ctx -Force
}
""")

add("cs/twilio-auth-token", "Fardaa.Otp/Program.cs", "cs", """using Twilio;
using Twilio.Rest.Verify.V2.Service;

// Koodii OTP konkolachiisaa galmeessuu (driver signup)
const string accountSid = "@@sid@@";
const string authToken = "@@s@@";
TwilioClient.Init(accountSid, authToken);

var v = await VerificationResource.CreateAsync(to: args[0], channel: "sms", pathServiceSid: "VA" + "3f2b9c0d1e4a5b6c7d8e9f0a1b2c3d4e");
Console.WriteLine($"Haala: {v.Status}");
""", hexs(32), sid=twilio_sid())

add("cs/smtp-network-credential", "Fardaa.Reports/Mailer.cs", "cs", """using System.Net;
using System.Net.Mail;

namespace Fardaa.Reports;

// Gabaasa galii guyyaa (daily revenue) gara finance@fardaa.et
public static class Mailer
{
    public static void Send(string subject, string body)
    {
        using var smtp = new SmtpClient("smtp.gmail.com", 587) { EnableSsl = true };
        smtp.Credentials = new NetworkCredential("reports@fardaa.et", "@@s@@");
        smtp.Send("reports@fardaa.et", "finance@fardaa.et", subject, body);
    }
}
""", rnd(16).lower())

add("xml/web-config-connection", "Fardaa.Backoffice/Web.config", "xml", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Backoffice"
         connectionString="Data Source=sql01.fardaa.local;Initial Catalog=backoffice;User Id=bo_app;Password=@@s@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Culture" value="om-ET" />
  </appSettings>
</configuration>
""", words_pw())

add("xml/decoy-web-config-integrated", "Fardaa.Backoffice/Web.Release.config", "xml", """<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="Backoffice"
         connectionString="Data Source=sql01.fardaa.local;Initial Catalog=backoffice;Integrated Security=True;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
</configuration>
""")

add("ini/wireguard-private-key", "ops/vpn/wg-hambela.conf", "wireguard", """# VPN buufata Hambela -> Limu server
[Interface]
Address = 10.66.0.12/24
PrivateKey = @@s@@
DNS = 10.66.0.1

[Peer]
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
Endpoint = vpn.biftubuna.coop:51820
AllowedIPs = 10.66.0.0/24
PersistentKeepalive = 25
""", rnd(42, "+/") + "A=")

add("ini/decoy-wireguard-keyfile", "ops/vpn/wg-gedeb.conf", "wireguard", """# Gedeb: furtuun dhuunfaa faayilii addaa keessa (chmod 600), as hin jiru
[Interface]
Address = 10.66.0.13/24
PostUp = wg set %i private-key /etc/wireguard/gedeb.key

[Peer]
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
Endpoint = vpn.biftubuna.coop:51820
AllowedIPs = 10.66.0.0/24
""")

add("ini/rclone-s3-secret", "ops/backup/rclone.conf", "ini", """[wasabi-biftu]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@s@@
endpoint = s3.eu-central-2.wasabisys.com

# suuraa cupping fi lot - halkan halkan
""", rnd(40, "+/"), kid=rnd(20).upper())

add("properties/keycloak-client-secret", "fardaa-billing/src/main/resources/application-keycloak.properties", "properties", """# Seensa hojjettootaa (staff SSO)
keycloak.realm=fardaa
keycloak.auth-server-url=https://sso.fardaa.et/
keycloak.resource=billing-backend
keycloak.credentials.secret=@@s@@
keycloak.bearer-only=true
""", rnd(32))

add("gradle/decoy-local-properties", "fardaa-driver/local.properties.sample", "gradle", """## Fakkeenya: local.properties.sample -> local.properties
sdk.dir=/Users/<maqaa>/Library/Android/sdk
MAPS_API_KEY=YOUR_ANDROID_MAPS_KEY
SENTRY_DSN=
# furtuu dhugaa Abdii irraa gaafadhu
""")

add("gradle/maps-api-key", "fardaa-rider-android/local.properties", "gradle", """## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/home/hawwi/Android/Sdk
MAPS_API_KEY=@@s@@
API_BASE_URL=https://staging-api.fardaa.et/v3/
""", google_key())

add("js/teams-webhook", "ops/harvest/notify_office.js", "js", """// Biiroo union (Finfinnee) Teams channel "Export" beeksisuu
const WEBHOOK =
  "@@s@@";

async function notify(lot, bags) {
  await fetch(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `Lot ${lot}: korojoo ${bags} Jibuutiitti ergameera` }) });
}
module.exports = { notify };
""", "https://biftubuna.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/"
    + hexs(32) + "/" + uuid_s() + "/V2" + rnd(43, "-_"))

add("ruby/database-yml", "fardaa-admin/config/database.yml", "ruby", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  host: pg-admin.fardaa.internal
  database: fardaa_admin
  username: admin_app
  password: @@s@@
""", words_pw())

add("ruby/decoy-database-yml-env", "fardaa-admin/config/database.ci.yml", "ruby", """test:
  adapter: postgresql
  host: localhost
  database: fardaa_admin_test
  username: postgres
  password: <%= ENV["POSTGRES_PASSWORD"] %>
""")

add("go/redis-password", "fardaa-dispatch/internal/queue/redis.go", "go", """package queue

import "github.com/redis/go-redis/v9"

// Tarree gaaffii imalaa (ride request queue)
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "redis-dispatch.fardaa.internal:6379",
		Password: "@@s@@",
		DB:       1,
	})
}
""", fakes.redis_password(_seed()))

add("rust/smtp-credentials", "fardaa-geo/src/bin/weekly_report.rs", "rust", """// Gabaasa torbanii: daandii Finfinnee irratti yeroo eegaa (wait time)
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

fn main() {
    let creds = Credentials::new("geo-reports@fardaa.et".to_owned(), "@@s@@".to_owned());
    let mailer = SmtpTransport::relay("smtp.zoho.com").unwrap().credentials(creds).build();
    let email = Message::builder().from("geo-reports@fardaa.et".parse().unwrap())
        .to("ops@fardaa.et".parse().unwrap()).subject("Gabaasa torbanii").body(String::from("...")).unwrap();
    mailer.send(&email).unwrap();
}
""", words_pw())

add("hist/gitlab-token-curl", "ops/notes/history_hawwi.txt", "hist", """  501  kubectl -n fardaa get pods
  502  kubectl -n fardaa logs deploy/dispatch --since=10m
  503  curl --header "PRIVATE-TOKEN: @@s@@" "https://gitlab.com/api/v4/projects/48210377/pipelines?status=failed"
  504  git log --oneline -5
  505  exit
""", fakes.fake("glpat-", 20, _seed()))

add("csv/wifi-password", "docs/notes/station_networks.csv", "csv", """station,ssid,security,password,notes
Hambela,BiftuStation,WPA2,(ansible vault),router Mikrotik hAP
Gedeb,BiftuStation,WPA2,(ansible vault),
Shakiso,Shakiso-Office,WPA2,@@s@@,router moofaa - jijjiiramuu qaba
Limu,BiftuStation,WPA2,(ansible vault),Starlink
""", words_pw())

add("log/basic-auth-logged", "logs/kobo-sync-debug.log", "log", """DEBUG 2026-11-02 09:14:01 kobo_sync: GET https://kf.kobotoolbox.org/api/v2/assets/aQx7Lm2/data.json
DEBUG 2026-11-02 09:14:01 kobo_sync: headers={'Accept': 'application/json', 'Authorization': 'Token @@s@@'}
INFO  2026-11-02 09:14:03 kobo_sync: 214 submissions (qorannoo qonnaan bulaa / farmer survey)
INFO  2026-11-02 09:14:03 kobo_sync: written farmers_2026_11_02.parquet
DEBUG 2026-11-02 09:14:04 kobo_sync: done in 2.8s
""", hexs(40))

add("ipynb/kobo-token", "analysis/farmer_survey_2026.ipynb", "ipynb", """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Qorannoo qonnaan bulaa (farmer survey) - KoboToolbox"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\\n",
    "H = {'Authorization': 'Token @@s@@'}\\n",
    "r = requests.get('https://kf.kobotoolbox.org/api/v2/assets/aQx7Lm2/data.json', headers=H)\\n",
    "len(r.json()['results'])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hexs(40))

add("py/decoy-kobo-placeholder", "analysis/kobo_sync.py", "py", """\"\"\"KoboToolbox irraa deebii qorannoo buusuu.\"\"\"
import os

import requests

KOBO_TOKEN = os.environ.get("KOBO_TOKEN", "<your-kobo-token>")
ASSET = "aQx7Lm2"


def fetch():
    return requests.get(f"https://kf.kobotoolbox.org/api/v2/assets/{ASSET}/data.json",
                        headers={"Authorization": f"Token {KOBO_TOKEN}"}).json()
""")

add("sql/dblink-password", "db/reports/cross_station_view.sql", "sql", """-- Gabaasa buufata hundaa: database Limu waliin walitti qabuu
CREATE EXTENSION IF NOT EXISTS dblink;
CREATE OR REPLACE VIEW limu_intake AS
SELECT * FROM dblink(
  'host=10.66.0.20 dbname=limu_intake user=report_ro password=@@s@@',
  'select day, kg, price from intake'
) AS t(day date, kg numeric, price numeric);
""", words_pw())

add("docker/kobo-token-env", "analysis/Dockerfile", "docker", """FROM jupyter/scipy-notebook:2024-10-07
USER root
RUN pip install --no-cache-dir kobo-sync==0.4.2 pyarrow
USER ${NB_USER}
ENV KOBO_SERVER=https://kf.kobotoolbox.org \\
    KOBO_TOKEN=@@s@@
COPY notebooks/ /home/jovyan/work/
""", hexs(40))

_sp = hexs(32)
add("py/split-api-key", "payouts/telebirr_b2c.py", "py", """\"\"\"Kaffaltii qonnaan bulaa Telebirr B2C (union -> farmer).\"\"\"
import requests

FABRIC_APP_ID = "c4182ef8-9249-458a-985e-06d191f4d505"
APP_SECRET = ("@@p1@@"
              "@@p2@@")


def token():
    r = requests.post("https://developerportal.ethiotelebirr.et:38443/apiaccess/payment/gateway/payment/v1/token",
                      headers={"X-APP-Key": FABRIC_APP_ID}, json={"appSecret": APP_SECRET}, timeout=20)
    return r.json()["token"]
""", _sp, p1=_sp[:16], p2=_sp[16:])

add("py/json-in-string", "payouts/config_loader.py", "py", """import json

# Ji'a kana qofa: config Vault irraa dhufu dandeessee hin jirre, kanaaf as kaa'ame
_RAW = '{"provider": "ethio-telecom-sms", "username": "biftubuna", "password": "@@s@@", "sender": "BIFTUBUNA"}'
SMS_CONFIG = json.loads(_RAW)


def sender() -> str:
    return SMS_CONFIG["sender"]
""", words_pw())

add("ps1/here-string-json", "ops/windows/Register-Kiosk.ps1", "ps1", """# Kiosk haaraa intake API irratti galmeessi
$body = @"
{
  "kiosk_id": "SHK-03",
  "station": "Shakiso",
  "enrollment_secret": "@@s@@"
}
"@
Invoke-RestMethod -Method Post -Uri "https://intake.biftubuna.coop/api/v2/kiosks" -Body $body -ContentType "application/json"
""", rnd(32))

add("yaml/alertmanager-slack", "ops/monitoring/alertmanager.yml", "alertmanager", """global:
  resolve_timeout: 5m
  slack_api_url: '@@s@@'
route:
  receiver: ops
  group_by: [alertname, station]
receivers:
  - name: ops
    slack_configs:
      - channel: '#ops-akeekkachiisa'
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.station }})'
""", slack_webhook())

add("yaml/decoy-alertmanager-file", "ops/monitoring/alertmanager-fardaa.yml", "yaml", """global:
  slack_api_url_file: /etc/alertmanager/secrets/slack_url
route:
  receiver: oncall
receivers:
  - name: oncall
    slack_configs:
      - channel: '#dispatch-alerts'
        send_resolved: true
""")

add("yaml/prometheus-basic-auth", "ops/monitoring/prometheus.yml", "prometheus", """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: stations
    scheme: https
    basic_auth:
      username: prom
      password: @@s@@
    static_configs:
      - targets: ['hmb.biftubuna.coop:9100', 'gdb.biftubuna.coop:9100', 'shk.biftubuna.coop:9100']
""", rnd(24))

add("yaml/decoy-prometheus-password-file", "ops/monitoring/prometheus-fardaa.yml", "yaml", """scrape_configs:
  - job_name: dispatch
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/dispatch_pw
    static_configs:
      - targets: ['dispatch.fardaa.internal:9090']
""")

add("ini/grafana-admin-password", "ops/monitoring/grafana.ini", "grafana", """[server]
domain = grafana.biftubuna.coop
root_url = https://grafana.biftubuna.coop/

[security]
admin_user = admin
admin_password = @@s@@

[users]
default_language = en-US
""", words_pw())

add("ini/decoy-grafana-file-ref", "ops/monitoring/grafana-fardaa.ini", "ini", """[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[auth.anonymous]
enabled = false
""")

add("ini/redis-requirepass", "ops/redis/redis-dispatch.conf", "redis", """# redis-dispatch (Bole) - tarree gaaffii imalaa
bind 10.30.0.5
port 6379
maxmemory 2gb
maxmemory-policy allkeys-lru
requirepass @@s@@
appendonly yes
""", fakes.redis_password(_seed()))

add("ini/decoy-redis-default-comment", "ops/redis/redis-cache.conf", "redis", """bind 127.0.0.1
port 6379
# requirepass foobared
# ^ fakkeenya redis.conf irraa; cache kun localhost qofa dhaggeeffata
maxmemory 512mb
maxmemory-policy allkeys-lru
""")

add("pgpass/database-password", "ops/provision/files/pgpass", "pgpass", """# hostname:port:database:username:password
# analyst laptop - gabaasa qofa
pg-main.biftubuna.internal:5432:cherry_intake:analyst:@@s@@
pg-trace.biftubuna.internal:5432:lots:analyst:*REVOKED*
localhost:5432:*:postgres:
""", words_pw())

add("ini/mysql-client-password", "ops/provision/files/my.cnf", "ini", """# WordPress database (marsariitii dullaa)
[client]
host = db.biftubuna.coop
user = wp_blog
password = "@@s@@"
default-character-set = utf8mb4
""", words_pw())

add("ini/decoy-mysql-empty", "ops/provision/files/my-local.cnf", "ini", """[client]
host = 127.0.0.1
user = root
password =
# local docker qofa (MYSQL_ALLOW_EMPTY_PASSWORD=yes)
""")

add("php/wp-config-password", "blog/wp-config.php", "php", """<?php
/** Marsariitii oduu union (blog) */
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'db.biftubuna.coop' );
define( 'WPLANG', 'om' );
$table_prefix = 'bb_';
""", words_pw())

add("php/decoy-wp-config-sample", "blog/wp-config-sample.php", "php", """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
""")

# ---------------------------------------------------------------- last round: both teams

_reg_pw = rnd(24)
_reg_auth = b64("fardaa-ci:" + _reg_pw)
add("k8s-secret/dockerconfigjson", "charts/fardaa-api/templates/regcred.yaml", "k8s", """apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: fardaa
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@blob@@
""", _reg_auth, blob=b64(json.dumps({"auths": {"ghcr.io": {"auth": _reg_auth}}})))

_tg = fakes.telegram_token(_seed())
add("k8s-secret/telegram-token", "deploy/k8s/price-bot-secret.yaml", "k8s", """# Bot gatii buna (price bot) - Hambela garee
apiVersion: v1
kind: Secret
metadata:
  name: price-bot
  namespace: biftubuna
data:
  TELEGRAM_TOKEN: @@enc@@
""", _tg, enc=b64(_tg))

add("k8s-secret/decoy-replace-me", "deploy/k8s/kiosk-secret.template.yaml", "k8s", """# Template: gatii "replace-me" bakka buusi ergasii apply godhi
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-api
  namespace: biftubuna
data:
  KIOSK_API_TOKEN: cmVwbGFjZS1tZQ==
  WIFI_PSK: cmVwbGFjZS1tZQ==
""")

add("ansible/become-password", "infra/ansible/inventory/stations.ini", "ansible", """[stations]
hambela ansible_host=10.66.0.12
gedeb   ansible_host=10.66.0.13
shakiso ansible_host=10.66.0.14

[stations:vars]
ansible_user=biftu
ansible_become_password=@@s@@
""", words_pw())

add("ansible/decoy-become-vault-var", "infra/ansible/inventory/fardaa.ini", "ansible", """[dispatch]
dispatch-01 ansible_host=10.30.0.5
dispatch-02 ansible_host=10.30.0.6

[dispatch:vars]
ansible_user=deploy
ansible_become_password="{{ vault_deploy_become }}"
""")

add("tf/azure-client-secret", "infra/terraform/azure/main.tf", "tf", """# Fardaa Payouts - Azure (Key Vault, SQL)
provider "azurerm" {
  features {}
  subscription_id = "9c3e71b2-5a4d-4f60-8e2b-1d7f3a9c6b05"
  tenant_id       = "2b8f6d14-0e3a-4c79-9a51-7e6d2c4b8f30"
  client_id       = "e47a0c9d-3b21-4f8e-a6d5-0c9b2e7f1a84"
  client_secret   = "@@s@@"
}
""", rnd(3) + "8Q~" + rnd(34, "_.-~"))

add("tf/decoy-azure-oidc", "infra/terraform/azure/providers.tf", "tf", """# CI: GitHub OIDC fayyadama; client_secret hin barbaachisu
provider "azurerm" {
  features {}
  use_oidc        = true
  subscription_id = "9c3e71b2-5a4d-4f60-8e2b-1d7f3a9c6b05"
  tenant_id       = "2b8f6d14-0e3a-4c79-9a51-7e6d2c4b8f30"
  client_id       = "e47a0c9d-3b21-4f8e-a6d5-0c9b2e7f1a84"
}
""")

add("systemd/sendgrid-env", "ops/provision/files/lot-mailer.service", "systemd", """[Unit]
Description=Biftu lot certificate mailer
After=network-online.target

[Service]
User=biftu
Environment=SENDGRID_API_KEY=@@s@@
ExecStart=/opt/biftu/bin/lot-mailer --queue redis://127.0.0.1:6379/3
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", sendgrid_key())

add("cron/url-basic-auth", "ops/provision/files/crontab-limu", "cron", """# m h dom mon dow command
# Halkan halkan gatii ECX buusuu
15 5 * * * curl -fsS https://ecx-feed:@@s@@@feeds.biftubuna.coop/ecx/daily.csv -o /srv/prices/ecx_$(date +\\%F).csv
30 2 * * * /opt/biftu/bin/backup_intake_db.sh >> /var/log/backup.log 2>&1
0 6 * * 1 /opt/biftu/bin/weekly_report.sh
""", rnd(18))

add("swift/basic-auth-header", "fardaa-driver-ios/Fardaa Driver/Net/OpsClient.swift", "swift", """import Foundation

// Ops API (konkolachiisaa dhaabbachuu/suspend) - qorannoo qofa?
struct OpsClient {
    let base = URL(string: "https://ops.fardaa.et/api/")!
    // "ops-ios:<password>" base64
    let authHeader = "Basic @@s@@"

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: base.appendingPathComponent(path))
        r.setValue(authHeader, forHTTPHeaderField: "Authorization")
        return r
    }
}
""", b64("ops-ios:" + words_pw()))

_fb = pem("PRIVATE KEY", 6)
_fb_lines = _fb.split("\n")
add("js/firebase-admin-split-key", "fardaa-api/src/push/admin.js", "js", """// firebase-admin (FCM v1) - tajaajila push
const admin = require("firebase-admin");

admin.initializeApp({
  credential: admin.credential.cert({
    projectId: "fardaa-ride",
    clientEmail: "firebase-adminsdk-q2m8z@fardaa-ride.iam.gserviceaccount.com",
    privateKey: @@joined@@,
  }),
});

module.exports = admin;
""", _fb.replace("\n", "\\n"), joined=' +\n      '.join('"' + line + '\\n"' for line in _fb_lines))

add("ts/supabase-service-role", "fardaa-web/server/supabase.ts", "ts", """import { createClient } from "@supabase/supabase-js";

// Server qofa: service_role RLS ni darba (bypass) - gabaasa konkolachiisaa
export const admin = createClient(
  "https://xqkzvbnmlpoiuytrewqa.supabase.co",
  "@@s@@",
  { auth: { persistSession: false } },
);
""", jwt_like())

add("py/slack-bot-token", "ops/harvest/daily_digest.py", "py", """\"\"\"Cuunfaa guyyaa (daily digest): kiiloo cherry buufata tokkoon tokkoon.\"\"\"
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def post(totals: dict) -> None:
    lines = [f"*{k}*: {v:,.0f} kg" for k, v in totals.items()]
    slack.chat_postMessage(channel="#gabaasa-guyyaa", text="Cherry har'a:\\n" + "\\n".join(lines))
""", "xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + rnd(24))

add("go/sendgrid-key", "lotsync/internal/notify/mail.go", "go", """package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// Bittaa lot mirkaneessuu (buyer confirmation)
func Confirm(to, lot string) error {
	m := mail.NewSingleEmail(mail.NewEmail("Biftu Buna", "lots@biftubuna.coop"), "Lot "+lot,
		mail.NewEmail("", to), "Galatoomaa! Lot "+lot+" isiniif qabameera.", "")
	_, err := sendgrid.NewSendClient("@@s@@").Send(m)
	return err
}
""", sendgrid_key())

add("java/sftp-password", "export-docs/src/main/java/coop/biftubuna/export/ForwarderUpload.java", "java", """package coop.biftubuna.export;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

/** Sanada ergaa (shipping docs) gara forwarder Jibuutii. */
public class ForwarderUpload {
    public static void upload(String file) throws Exception {
        Session s = new JSch().getSession("biftubuna", "sftp.djibouti-forwarder.example.dj", 22);
        s.setPassword("@@s@@");
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect();
        ChannelSftp c = (ChannelSftp) s.openChannel("sftp");
        c.connect();
        c.put(file, "/inbox/");
        c.disconnect();
        s.disconnect();
    }
}
""", words_pw())

add("kotlin/ably-key", "fardaa-driver/app/src/main/java/et/fardaa/driver/live/LiveLocation.kt", "kotlin", """package et.fardaa.driver.live

import io.ably.lib.realtime.AblyRealtime

// Bakka konkolaataa yeroo dhugaa (live) imaltuuf ergi
object LiveLocation {
    private val ably = AblyRealtime("@@s@@")

    fun publish(tripId: String, lat: Double, lng: Double) {
        ably.channels.get("trip:$tripId").publish("pos", mapOf("lat" to lat, "lng" to lng))
    }
}
""", rnd(6) + "." + rnd(6) + ":" + rnd(43, "_-"))

add("md/vpn-password-sentence", "docs/onboarding/hojjettoota-haaraa.md", "md", """# Hojjettoota haaraa: guyyaa jalqabaa

1. Laptop IT irraa fudhadhu.
2. Email kee `@biftubuna.coop` banii jecha darbii jijjiiri.
3. VPN: FortiClient buusi, server `vpn.biftubuna.coop`. Garee hundaaf herregni waliinii
   `staff-vpn` jecha darbii **@@s@@** qaba (ji'a kana booda dhuunfaa ta'a).
4. Slack: `#waliigala` fi `#buufata-hundaa` seeni.

Gaaffii yoo qabaatte: it@biftubuna.coop
""", words_pw())

add("html/confluence-ecx-password", "docs/wiki/ECX-portal.html", "html", """<html><head><title>ECX portal - Biftu Wiki</title></head>
<body>
<h1>ECX (Ethiopia Commodity Exchange) portal</h1>
<p>Galmee qabeenya kuusaa (warehouse receipts) ilaaluuf.</p>
<table border="1">
<tr><th>URL</th><td>https://portal.ecx.example.et</td></tr>
<tr><th>Username</th><td>biftubuna_export</td></tr>
<tr><th>Password</th><td>@@s@@</td></tr>
<tr><th>Itti gaafatamaa</th><td>Ganna D. (export)</td></tr>
</table>
</body></html>
""", words_pw())

add("compose/metabase-db-password", "analysis/metabase/docker-compose.yml", "compose", """services:
  metabase:
    image: metabase/metabase:v0.51.2
    ports: ["3001:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: mbdb
      MB_DB_USER: metabase
      MB_DB_PASS: "@@s@@"
  mbdb:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD_FILE: /run/secrets/mbdb
""", words_pw())

add("helm/grafana-admin", "charts/monitoring/values.yaml", "helm", """grafana:
  enabled: true
  adminUser: admin
  adminPassword: @@s@@
  ingress:
    enabled: true
    hosts: [grafana.fardaa.et]
prometheus:
  retention: 15d
""", rnd(20))

add("gha/aws-keys-env", ".github/workflows/apk-upload.yml", "gha", """name: apk-upload
on:
  release:
    types: [published]
jobs:
  upload:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@s@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/download-artifact@v4
      - run: aws s3 cp fardaa-driver.apk s3://fardaa-releases/driver/${{ github.ref_name }}/
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/nextauth-secret", "fardaa-web/.env.production", "env", """NEXT_PUBLIC_API_BASE=https://api.fardaa.et/v3
NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiZmFyZGFhLXJpZGUiLCJhIjoiY2x4OWs0YjJzMDFwZzJxcGZ1bm1xd3A3eSJ9.Qm3vXk9Lp2Rt7Yw1Zs8NbA
NEXTAUTH_URL=https://fardaa.et
NEXTAUTH_SECRET=@@s@@
NEXT_PUBLIC_DEFAULT_LOCALE=om
""", b64(rnd(32)))

add("dart/chapa-secret-in-app", "fardaa_flutter/lib/payment/chapa_service.dart", "dart", """import 'package:http/http.dart' as http;

// TODO(abdii): kun server irra deemuu qaba! app keessa furtuun iccitii hin ta'u
class ChapaService {
  static const _secret = '@@s@@';

  Future<http.Response> verify(String txRef) => http.get(
        Uri.parse('https://api.chapa.co/v1/transaction/verify/$txRef'),
        headers: {'Authorization': 'Bearer $_secret'},
      );
}
""", chapa_secret())

add("sh/mysqldump-password", "ops/backup/blog_backup.sh", "sh", """#!/bin/bash
# Blog (WordPress) backup - torban torbaniin
DAY=$(date +%F)
mysqldump -h db.biftubuna.coop -u wp_blog -p'@@s@@' wp_blog | gzip > /srv/backup/blog_$DAY.sql.gz
rclone copy /srv/backup/blog_$DAY.sql.gz wasabi-biftu:biftu-backups/blog/
echo "blog backup $DAY xumurameera"
""", words_pw())

add("ps1/opsgenie-key", "ops/windows/Send-Heartbeat.ps1", "ps1", """# Opsgenie heartbeat - kompiitara madaallii Hambela hojii irra jiraachuu mirkaneessa
$headers = @{ Authorization = "GenieKey @@s@@" }
Invoke-RestMethod -Method Get -Uri "https://api.eu.opsgenie.com/v2/heartbeats/hambela-weighbridge/ping" -Headers $headers
if ($?) { Write-Host "heartbeat ergameera" }
$null = $LASTEXITCODE
""", uuid_s())

add("py/openweather-key", "sensors/drying_beds_weather.py", "py", """# Siree gogsituu (raised drying beds): rooba dura haguuguu - akeekkachiisa
import requests

APPID = "@@s@@"
STATIONS = {"Hambela": (5.83, 38.70), "Gedeb": (5.90, 38.25)}

for name, (lat, lon) in STATIONS.items():
    r = requests.get("https://api.openweathermap.org/data/2.5/forecast",
                     params={"lat": lat, "lon": lon, "appid": APPID, "units": "metric"}).json()
    if any(i.get("rain") for i in r["list"][:4]):
        print(f"{name}: rooba eegama - siree haguugaa!")
""", hexs(32))

add("cs/openai-service-account", "Fardaa.Translate/Translator.cs", "cs", """using OpenAI.Chat;

namespace Fardaa.Translate;

// Ergaa app Afaan Oromoo <-> Amharic hiikuu (app strings)
public class Translator
{
    private readonly ChatClient _chat = new("gpt-4o-mini", "@@s@@");

    public string ToOromo(string english) =>
        _chat.CompleteChat($"Translate to Afaan Oromoo, keep placeholders: {english}").Value.Content[0].Text;
}
""", fakes.openai_key(_seed(), scope="svcacct"))

add("log/mongo-uri-logged", "logs/fardaa-geo-startup.log", "log", """[2026-12-01T04:00:01Z INFO  fardaa_geo] starting v0.7.3
[2026-12-01T04:00:01Z DEBUG fardaa_geo::config] MONGO_URI=mongodb://geo_writer:@@s@@@10.30.0.21:27017/geo?authSource=admin
[2026-12-01T04:00:02Z INFO  fardaa_geo::db] connected, 1 server(s)
[2026-12-01T04:00:02Z INFO  fardaa_geo] h3 resolution 9, listening on 0.0.0.0:7400
[2026-12-01T04:05:02Z INFO  fardaa_geo::ingest] 1842 positions / 5m
""", rnd(20))

add("sql/mysql-identified-by", "blog/db/create_user.sql", "sql", """-- Blog database fi fayyadamaa uumi (WordPress)
CREATE DATABASE IF NOT EXISTS wp_blog CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'wp_blog'@'10.20.%' IDENTIFIED BY '@@s@@';
GRANT ALL PRIVILEGES ON wp_blog.* TO 'wp_blog'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw())

add("xml/tomcat-users", "export-docs/ops/tomcat-users.xml", "xml", """<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <!-- manager app: deploy export-docs.war -->
  <role rolename="manager-script"/>
  <user username="deployer" password="@@s@@" roles="manager-script"/>
</tomcat-users>
""", rnd(18))

add("toml/cargo-registry-token", "fardaa-geo/.cargo/credentials.toml", "toml", """# cargo login (crates.io) - h3 helper crate maxxansuuf
[registry]
token = "@@s@@"

[registries.fardaa]
token = "Bearer ${FARDAA_CARGO_TOKEN}"
""", "cio" + rnd(32))

# ---------------------------------------------------------------- decoys: hashes, ids, docs, labels

add("md/decoy-changelog-shas", "fardaa-dispatch/CHANGELOG.md", "md", """# Jijjiirama (Changelog)

## 2.9.0 - 2026-11-25
- Imaltuu fi konkolachiisaa walitti fiduu H3 irratti (9f2c4e7a1b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e)
- Gatii sa'aa baay'ina (surge) Bole fi Piassa (4b8e1d3f6a9c2e5b7d0f3a6c9e2b5d8f1a4c7e0b)

## 2.8.3 - 2026-11-02
- Sirreeffama: token konkolachiisaa yeroo dheeraa (c1e4a7d0b3f6a9c2e5b8d1f4a7c0e3b6d9f2a5c8)
""")

add("txt/decoy-sha256sums", "fardaa-driver/release/SHA256SUMS", "sha256sum", """# Fardaa Driver 4.2.0 - faayilii mirkaneessuu: sha256sum -c SHA256SUMS
3f9a2c71e0b84d5f6a1c9e3b7d2f0a8c4e6b1d9f3a7c5e2b0d8f6a4c1e9b7d35  fardaa-driver-4.2.0-arm64-v8a.apk
a07c5e3b1d9f7a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a1c  fardaa-driver-4.2.0-armeabi-v7a.apk
e1b3d5f7a9c2e4b6d8f0a3c5e7b9d1f4a6c8e0b3d5f7a9c1e4b6d8f0a2c5e7b9  fardaa-driver-4.2.0-universal.apk
5c7e9a1b3d5f7e9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a  mapping.txt
""")

add("json/decoy-lockfile-integrity", "fardaa-web/package-lock.json", "json", """{
  "name": "fardaa-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@sentry/react": {
      "version": "8.38.0",
      "resolved": "https://registry.npmjs.org/@sentry/react/-/react-8.38.0.tgz",
      "integrity": "sha512-5Xq2v8Lm1Rt7Yw4Zs9NbAc3Dv6Fg0Hj5Kl8Mn2Op1Qr4St7Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz5Ab8Cd1E=="
    }
  }
}
""")

add("txt/decoy-git-lfs-pointer", "analysis/ml/models/ripeness-vit.safetensors", "lfs", """version https://git-lfs.github.com/spec/v1
oid sha256:7d2f0a8c4e6b1d9f3a7c5e2b0d8f6a4c1e9b7d353f9a2c71e0b84d5f6a1c9e3b
size 343265184
x-note moodeela qulqullina firii bunaa
x-owner biftubuna-ml
""")

add("json/decoy-i18n-labels", "fardaa_flutter/assets/i18n/om.json", "json", """{
  "login.title": "Seeni",
  "login.phone": "Lakkoofsa bilbilaa",
  "login.password": "Jecha darbii",
  "login.password_hint": "Yoo xiqqaate qubee 8",
  "login.forgot": "Jecha darbii dagatte?",
  "otp.sent": "Koodiin mirkaneessaa {phone} irratti ergameera",
  "payment.chapa": "Chapa'n kaffali",
  "payment.telebirr": "Telebirr'n kaffali"
}
""")

add("yaml/decoy-openapi-security", "docs/api/openapi.yaml", "yaml", """openapi: 3.0.3
info:
  title: Fardaa Partner API
  version: "3.14"
  description: Hoteelota fi dhaabbilee imala ajajuuf
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: "Fakkeenya: fpk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
security:
  - partnerKey: []
""")

add("env/decoy-test-secrets", "fardaa-api/.env.test", "env", """# Qorannoo (jest) qofa - gatiin kun sobaa, tajaajila dhugaa hin quunnaman
NODE_ENV=test
JWT_SECRET=test-secret-do-not-use-in-prod
CHAPA_SECRET=CHASECK_TEST-00000000000000000000000000000000
REDIS_URL=redis://localhost:6379/15
GOOGLE_MAPS_KEY=fake-maps-key
""")

add("md/decoy-maps-docs-example", "docs/guides/google-maps-setup.md", "md", """# Google Maps furtuu qindeessuu

1. Google Cloud Console > APIs & Services > Credentials.
2. "Create credentials > API key".
3. Restriction: Android apps (`et.fardaa.driver`, SHA-1 fingerprint) fi iOS bundle.

```xml
<meta-data android:name="com.google.android.geo.API_KEY" android:value="YOUR_API_KEY"/>
```

Furtuu server (Distance Matrix) app keessa hin kaa'in.
""")

add("log/decoy-token-fingerprint", "logs/auth-audit-2026-12.log", "log", """2026-12-02T08:11:40Z audit token.rotated service=chapa fingerprint=sha256:1b7e4d9a2c5f8e0b3d6a9c2f5e8b1d4a7c0f3e6b9d2a5c8f1e4b7d0a3c6f9e2b
2026-12-02T08:11:40Z audit token.revoked service=chapa id=key_01JDX4R8M2 last4=Q7xZ
2026-12-02T09:30:02Z audit login user=hawwi.g method=sso mfa=true
2026-12-02T09:44:17Z audit secret.read path=secret/fardaa/twilio by=ci-deployer
2026-12-03T07:02:55Z audit login user=abdii.t method=sso mfa=true
""")

add("md/decoy-mapbox-redacted", "docs/notes/offline-tiles.md", "md", """# Kaartaa offline (tiles) buusuu

Scriptiin `tool/download_offline_tiles.dart` Mapbox *downloads token* barbaada.

- Token duraanii: `sk.eyJ1IjoiZmFyZGFhLXJpZGUi...[HAQAME/REDACTED]`
- Haaraa: 1Password > "Mapbox downloads (secret)"
- Scope: `DOWNLOADS:READ` qofa

Yeroo fayyadamtu `MAPBOX_DOWNLOADS_TOKEN` env keessa kaa'i.
""")

add("csv/decoy-trip-ids", "analysis/exports/trips_sample_2026_11.csv", "csv", """trip_id,rider_id,driver_id,pickup_h3,dropoff_h3,fare_etb,payment_ref
0f3c8a2e-61b9-4d7e-9a05-c2e48b1f7d36,rdr_01HQ8ZK3M4,drv_01HQ9A7T2X,8952a0d1a3bffff,8952a0d1b07ffff,186.50,fardaa-0f3c8a2e
7b1d4e9c-2a8f-4c63-b0e5-91d7f3a26c48,rdr_01HQ8ZM7Q1,drv_01HQ9B2K8Z,8952a0d18cbffff,8952a0d1a67ffff,241.00,fardaa-7b1d4e9c
c84e2b7a-09d3-4f1c-8e6b-5a3d7c9e1f02,rdr_01HQ8ZP9W6,drv_01HQ9A7T2X,8952a0d1b2fffff,8952a0d19a3ffff,97.25,fardaa-c84e2b7a
2e9a6d1f-b47c-4830-a1f5-d6c2e8b04a97,rdr_01HQ8ZR2D5,drv_01HQ9C4N6Y,8952a0d1a3bffff,8952a0d1877ffff,312.75,fardaa-2e9a6d1f
""")
