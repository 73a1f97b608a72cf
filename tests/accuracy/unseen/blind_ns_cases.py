"""Blind set NS: a Lae coffee and cocoa buyer and a Port Moresby tour-boat and dive operator.

Lae Highlands Kofi na Koko (LHKK) buys parchment coffee and wet/dry cocoa beans at Markham Valley
collection depots (Kaiapit, Umi, Leron, Nadzab, Mutzing, Gusap) and pays growers by mobile money;
Solwara Blue Dive & Tours runs boats and dives out of Port Moresby (Bootless Bay, Loloata, Daugo).
Their code, configs, CI, notes and runbooks, with comments partly in Tok Pisin, and their decoys.
Generated fakes only (seeds 8600000-8609999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
SEED_LOW, SEED_HIGH = 8600000, 8609999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LOW <= _SEED[0] and _SEED[0] + 2 <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kumul", "Kundu", "Bilum", "Markham", "Kaiapit", "Solwara", "Muruk", "Kapul", "Garamut", "Pukpuk",
         "Kakaruk", "Binatang", "Kina", "Huon", "Sepik", "Kokonas", "Kaukau", "Loloata", "Daugo", "Nadzab"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*@") + r.choice(WORDS) + str(r.randint(10, 9999))


def pw(n: int = 18, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe(prefix: str = "sk_live_", n: int = 24) -> str:
    return fakes.fake(prefix, n, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + fakes.drawn(_seed(), 8, up) + "/B" + fakes.drawn(_seed(), 10, up)
            + "/" + fakes.drawn_mixed(_seed(), 24))


def discord_webhook() -> str:
    return ("https://discord.com/api/webhooks/" + digits(19) + "/"
            + fakes.drawn(_seed(), 68, ALNUM + "-_"))


def sendgrid() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def gitlab() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm() -> str:
    return fakes.fake("npm_", 36, _seed())


def github() -> str:
    return fakes.github_token(_seed())


def github_fine() -> str:
    return fakes.github_fine_grained_token(_seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def mailchimp() -> str:
    return hexs(32) + "-us21"


def openai() -> str:
    return fakes.openai_key(_seed())


def anthropic() -> str:
    return "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA"


def hf_token() -> str:
    return "hf_" + fakes.drawn(_seed(), 34, string.ascii_letters)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def shopify() -> str:
    return "shpat_" + hexs(32)


def meta_token() -> str:
    return "EAAG" + fakes.drawn_mixed(_seed(), 180)


def azure_client_secret() -> str:
    return fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return base64.b64encode(random.Random(_seed()).randbytes(64)).decode()


def mapbox_secret() -> str:
    payload = json.dumps({"u": "solwarablue", "a": fakes.drawn(_seed(), 25, LOWER_DIGITS)}, separators=(",", ":"))
    head = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "sk." + head + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def datadog() -> str:
    return hexs(32)


def uuid4() -> str:
    return fakes.uuid4(_seed())


def jwt_like(claims: dict) -> str:
    def part(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims) + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def ssh_public() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + fakes.drawn(_seed(), 43, ALNUM + "+/")


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body + "\n-----END CERTIFICATE-----"


CASES: List[LabelledCase] = []
_MARK = re.compile(r"@@([a-z0-9_]+)@@")


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One whole file: `@@name@@` markers filled from the fields (`@@secret@@` from the secret)."""
    assert category.startswith("blind-ns/")
    values = dict(fields)
    if secret is not None:
        values.setdefault("secret", secret)
    body = _MARK.sub(lambda m: values[m.group(1)], text.lstrip("\n"))
    CASES.append(LabelledCase(category, file_name, body, secret, source))


# Sources of the formats.
S_ENV = "https://12factor.net/config"
S_DOTENV = "https://github.com/motdotla/dotenv#usage"
S_K8S = "https://kubernetes.io/docs/concepts/configuration/secret/"
S_COMPOSE = "https://docs.docker.com/compose/compose-file/05-services/"
S_DOCKERFILE = "https://docs.docker.com/reference/dockerfile/"
S_TF = "https://developer.hashicorp.com/terraform/language/values/variables"
S_ANSIBLE = "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html"
S_GHA = "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions"
S_GLCI = "https://docs.gitlab.com/ee/ci/yaml/"
S_HELM = "https://helm.sh/docs/chart_template_guide/values_files/"
S_PY = "https://docs.python.org/3/reference/lexical_analysis.html"
S_JS = "https://nodejs.org/api/process.html#processenv"
S_GO = "https://go.dev/ref/spec"
S_JAVA = "https://docs.spring.io/spring-boot/reference/features/external-config.html"
S_KT = "https://kotlinlang.org/docs/basic-syntax.html"
S_CS = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
S_PHP = "https://www.php.net/manual/en/pdo.construct.php"
S_RUBY = "https://guides.rubyonrails.org/configuring.html"
S_RUST = "https://doc.rust-lang.org/book/"
S_SWIFT = "https://docs.swift.org/swift-book/"
S_SH = "https://www.gnu.org/software/bash/manual/bash.html"
S_PS = "https://learn.microsoft.com/en-us/powershell/scripting/overview"
S_YAML = "https://yaml.org/spec/1.2.2/"
S_TOML = "https://toml.io/en/v1.0.0"
S_INI = "https://docs.python.org/3/library/configparser.html"
S_JSON = "https://www.json.org/json-en.html"
S_XML = "https://www.w3.org/TR/xml/"
S_SQL = "https://www.postgresql.org/docs/current/sql-createrole.html"
S_PG = "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING"
S_MD = "https://spec.commonmark.org/"
S_RST = "https://docutils.sourceforge.io/rst.html"
S_HTML = "https://html.spec.whatwg.org/"
S_NB = "https://nbformat.readthedocs.io/en/latest/format_description.html"
S_LOG = "https://docs.python.org/3/library/logging.html"
S_CSV = "https://www.rfc-editor.org/rfc/rfc4180"
S_HIST = "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html"
S_STRIPE = "https://docs.stripe.com/keys"
S_TWILIO = "https://www.twilio.com/docs/usage/api"
S_SLACK = "https://api.slack.com/messaging/webhooks"
S_TELEGRAM = "https://core.telegram.org/bots/api"
S_AWS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"
S_NPMRC = "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc"
S_PYPIRC = "https://packaging.python.org/en/latest/specifications/pypirc/"
S_NETRC = "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html"
S_SSH = "https://man.openbsd.org/ssh-keygen"
S_NGINX = "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html"
S_SYSTEMD = "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html"
S_CRON = "https://man7.org/linux/man-pages/man5/crontab.5.html"
S_MAKE = "https://www.gnu.org/software/make/manual/make.html"
S_WIKI = "https://www.mediawiki.org/wiki/Help:Formatting"


# ---------------------------------------------------------------- depot payouts (LHKK)

add("blind-ns/python/mobile-money-key", "payouts/settings.py", S_PY, r'''
"""Settings bilong payout service (Markham depots)."""
import os

DEPOTS = ["KAIAPIT", "UMI", "LERON", "NADZAB", "MUTZING", "GUSAP"]

# MMoni payout API - ki bilong baim ol fama long mobile moni
MMONI_BASE_URL = "https://api.mmoni.com.pg/v2"
MMONI_API_KEY = "@@secret@@"
MMONI_TIMEOUT = int(os.environ.get("MMONI_TIMEOUT", "30"))

# Minimum kilo bilong parchment bifo yumi baim
MIN_PARCHMENT_KG = 5
''', secret="mmk_live_" + pw(40))

add("blind-ns/env/decoy-placeholder", "payouts/.env.example", S_DOTENV, r"""
# Kopim dispela fail i go long .env na putim ol stret ki (NO KEN commitim .env!)
MMONI_BASE_URL=https://api.mmoni.com.pg/v2
MMONI_API_KEY=<putim-ki-bilong-yu-hia>
MMONI_WEBHOOK_SECRET=
DATABASE_URL=postgres://lhkk:CHANGE_ME@localhost:5432/payouts
SMS_SENDER_ID=LHKK
""")

add("blind-ns/env/stripe-secret", "booking-web/.env.production", S_STRIPE, r"""
APP_ENV=production
APP_URL=https://book.solwarablue.com.pg
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
BOOKING_CURRENCY=PGK
DEFAULT_TIMEZONE=Pacific/Port_Moresby
""", secret=stripe("sk_live_", 99), pk=stripe("pk_live_", 99))

add("blind-ns/k8s/decoy-secret-key-ref", "deploy/payout-worker.yaml", S_K8S, r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payout-worker
  namespace: lhkk-payouts
spec:
  replicas: 2
  selector:
    matchLabels: {app: payout-worker}
  template:
    metadata:
      labels: {app: payout-worker}
    spec:
      containers:
        - name: worker
          image: registry.lhkk.com.pg/payout-worker:1.14.2
          env:
            # ki i stap long Secret "mmoni-api", no ken raitim hia
            - name: MMONI_API_KEY
              valueFrom:
                secretKeyRef: {name: mmoni-api, key: api-key}
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: payouts-db, key: password}
""")

_pw = words_pw()
add("blind-ns/k8s-secret/postgres-password", "deploy/payouts-db-secret.yaml", S_K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: payouts-db
  namespace: lhkk-payouts
  labels:
    app.kubernetes.io/part-of: depot-payouts
type: Opaque
data:
  username: @@user@@
  password: @@enc@@
""", secret=_pw, user=b64("payouts_app"), enc=b64(_pw))

_sid = twilio_sid()
add("blind-ns/shell/twilio-token", "scripts/sms_test.sh", S_TWILIO, r"""
#!/usr/bin/env bash
# Salim wanpela SMS i go long fon bilong depot klak (test tasol)
set -euo pipefail
TO="${1:?namba bilong fon}"
curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \
  --data-urlencode "To=${TO}" \
  --data-urlencode "From=+67570001234" \
  --data-urlencode "Body=Kofi bilong yu i skelim pinis long Kaiapit depot" \
  -u "@@sid@@:@@secret@@"
""", secret=hexs(32), sid=_sid)

add("blind-ns/markdown/decoy-masked", "docs/runbooks/rotate-mmoni-key.md", S_MD, r"""
# Tanim ki bilong MMoni (rotate the payout API key)

1. Login long MMoni merchant portal (Finance tasol i gat akses).
2. Klik **API Keys → Generate new key**. Nupela ki i kamap olsem `mmk_live_••••••••••••3f9Q`.
3. Putim nupela ki long Vault: `vault kv put secret/payouts/mmoni api_key=-` (paste long stdin).
4. Restartim `payout-worker`: `kubectl -n lhkk-payouts rollout restart deploy/payout-worker`.
5. Revokim olpela ki long portal.

> No ken putim ki long Slack o long dispela wiki. Sapos yu lukim ki long ples klia, tokim Ops kwiktaim.

| Environment | Key (last 4) | Rotated    |
|-------------|--------------|------------|
| production  | ****3f9Q     | 2026-10-02 |
| staging     | ****k2Lm     | 2026-09-14 |
""")

add("blind-ns/go/telegram-bot", "crewbot/main.go", S_TELEGRAM, r"""
package main

import (
	"log"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Bot bilong ol boat crew: salim weather na bookings long morning.
const botToken = "@@secret@@"

func main() {
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatalf("bot no kirap: %v", err)
	}
	bot.Debug = false
	log.Printf("crewbot kirap pinis as %s", bot.Self.UserName)
	for range time.Tick(6 * time.Hour) {
		msg := tgbotapi.NewMessage(-1001234567890, "Tumora: 2 boats long Loloata, 14 divers")
		bot.Send(msg)
	}
}
""", secret=telegram())

add("blind-ns/php/mysql-password", "portal/config/database.php", S_PHP, r"""
<?php
// Grower portal - database konfig (Lae office server)
return [
    'driver'   => 'mysql',
    'host'     => '10.20.1.15',
    'port'     => 3306,
    'database' => 'grower_portal',
    'username' => 'portal_rw',
    'password' => '@@secret@@',
    'charset'  => 'utf8mb4',
];
""", secret=words_pw())

add("blind-ns/json/decoy-integrity-hashes", "booking-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r"""
{
  "name": "solwara-booking-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/stripe": {
      "version": "14.21.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.21.0.tgz",
      "integrity": "sha512-@@h1@@=="
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-@@h2@@=="
    }
  }
}
""", h1=fakes.drawn(_seed(), 86, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-ns/pgpass/postgres-password", "ops/dotfiles/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r"""
# hostname:port:database:username:password
# Lae office - payouts DB (ol depot reports)
10.20.1.21:5432:payouts:report_ro:*
db-payouts.lhkk.internal:5432:payouts:payouts_app:@@secret@@
localhost:5432:*:postgres:
""", secret=pw(24))

add("blind-ns/csv/decoy-payout-ledger", "exports/payouts_2026-11-28_umi.csv", S_CSV, r"""
payout_ref,grower_id,depot,msisdn_masked,kg_parchment,rate_pgk,amount_pgk,mmoni_txn_id,status
PO-UMI-0098112,GR-07731,UMI,+675 7***-**31,42.5,9.80,416.50,MMTX7H2K9QZ0D4,SUCCESS
PO-UMI-0098113,GR-07744,UMI,+675 7***-**08,18.0,9.80,176.40,MMTX7H2K9R1A8C,SUCCESS
PO-UMI-0098114,GR-08102,UMI,+675 8***-**77,61.2,9.80,599.76,MMTX7H2K9S4F2B,PENDING
PO-UMI-0098115,GR-06219,UMI,+675 7***-**19,9.4,9.80,92.12,,FAILED_NO_WALLET
""")

add("blind-ns/log/bearer-token", "logs/payout-worker-2026-11-28.log", S_LOG, r"""
2026-11-28 06:02:11,402 INFO  payout.batch  start batch=UMI-20261128 items=214
2026-11-28 06:02:11,977 DEBUG urllib3.connectionpool  Starting new HTTPS connection (1): api.mmoni.com.pg:443
2026-11-28 06:02:12,130 DEBUG payout.client  POST /v2/disbursements headers={'Content-Type': 'application/json', 'Authorization': 'Bearer @@secret@@', 'Idempotency-Key': 'PO-UMI-0098112'}
2026-11-28 06:02:12,881 DEBUG urllib3.connectionpool  https://api.mmoni.com.pg:443 "POST /v2/disbursements HTTP/1.1" 201 188
2026-11-28 06:02:12,884 INFO  payout.batch  PO-UMI-0098112 ok txn=MMTX7H2K9QZ0D4
2026-11-28 06:02:13,010 WARNING payout.batch  PO-UMI-0098115 no wallet, grower i mas go long depot
""", secret=jwt_like({"sub": "lhkk-payout-worker", "iss": "mmoni", "scope": "disburse", "iat": 1764280000}))

add("blind-ns/log/decoy-masked-token", "logs/payout-worker-2026-11-29.log", S_LOG, r"""
2026-11-29 06:00:58,113 INFO  payout.batch  start batch=LERON-20261129 items=97
2026-11-29 06:00:58,641 DEBUG payout.client  POST /v2/disbursements headers={'Authorization': 'Bearer eyJhbGciOi...[redacted]', 'Idempotency-Key': 'PO-LER-0041207'}
2026-11-29 06:00:59,207 INFO  payout.batch  PO-LER-0041207 ok txn=MMTX7J0A1B2C3D
2026-11-29 06:01:03,550 INFO  payout.batch  batch done ok=96 failed=1 total_pgk=38214.60
2026-11-29 06:01:03,551 INFO  payout.batch  log redaction on (PAYOUT_LOG_REDACT=1)
""")

add("blind-ns/yaml/decoy-vault-path", "config/payouts.staging.yaml", S_YAML, r"""
# Staging konfig - ol ki i kam long Vault (agent injector), i no stap hia
service: payout-worker
environment: staging
mmoni:
  base_url: https://sandbox.mmoni.com.pg/v2
  api_key: vault:secret/data/payouts/staging/mmoni#api_key
  webhook_secret: vault:secret/data/payouts/staging/mmoni#webhook_secret
database:
  host: db-payouts-stg.lhkk.internal
  user: payouts_app
  password_file: /vault/secrets/db-password
batch:
  cutoff_local: "05:30"
  max_items: 500
""")

add("blind-ns/toml/sendgrid-key", "reports/config.toml", S_TOML, r"""
# Weekly depot reports (kilo, kina, quality grades) - email i go long ol buyer manager
[report]
title = "LHKK Weekly Depot Intake"
recipients = ["buying@lhkk.com.pg", "finance@lhkk.com.pg"]
timezone = "Pacific/Port_Moresby"

[mail]
provider = "sendgrid"
from = "reports@lhkk.com.pg"
api_key = "@@secret@@"
""", secret=sendgrid())

add("blind-ns/ruby/smtp-password", "booking/config/environments/production.rb", S_RUBY, r"""
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.default_url_options = { host: "book.solwarablue.com.pg" }
  # Email bilong confirm booking na waiver form
  config.action_mailer.smtp_settings = {
    address:              "smtp.office365.com",
    port:                 587,
    user_name:            "bookings@solwarablue.com.pg",
    password:             "@@secret@@",
    authentication:       :login,
    enable_starttls_auto: true
  }
end
""", secret=words_pw())

add("blind-ns/ruby/decoy-credentials-reference", "booking/config/initializers/stripe.rb", S_RUBY, r"""
# Stripe ki i stap long encrypted credentials (bin/rails credentials:edit)
Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
Stripe.api_version = "2024-06-20"

# Publishable key em i orait long browser
STRIPE_PUBLISHABLE_KEY = ENV.fetch("STRIPE_PUBLISHABLE_KEY", "pk_test_placeholder")
""")

add("blind-ns/compose/redis-password", "docker-compose.yml", S_COMPOSE, r"""
services:
  web:
    build: .
    ports: ["8080:8080"]
    environment:
      REDIS_URL: redis://:@@secret@@@cache:6379/0
      BOOKING_ENV: production
    depends_on: [cache]
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@"]
    volumes: ["redis-data:/data"]
volumes:
  redis-data: {}
""", secret=fakes.redis_password(_seed()))

add("blind-ns/compose/decoy-env-file", "depot-sync/docker-compose.yml", S_COMPOSE, r"""
# Depot sync (tablet -> Lae) - ki i kam long .env (no ken commitim)
services:
  sync:
    image: registry.lhkk.com.pg/depot-sync:2.3.0
    env_file: .env
    environment:
      SYNC_API_TOKEN: ${SYNC_API_TOKEN:?set SYNC_API_TOKEN}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    restart: unless-stopped
""")

add("blind-ns/terraform/aws-secret-key", "infra/backups/main.tf", S_TF, r"""
# Offsite backup bilong depot DB i go long S3 (Sydney)
provider "aws" {
  region     = "ap-southeast-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "depot_backups" {
  bucket = "lhkk-depot-backups"
  tags = {
    Owner = "ops@lhkk.com.pg"
  }
}
""", secret=aws_secret(), kid=aws_id())

add("blind-ns/terraform/decoy-variable", "infra/backups/variables.tf", S_TF, r"""
variable "aws_region" {
  type    = string
  default = "ap-southeast-2"
}

variable "db_admin_password" {
  description = "Master password bilong RDS. Putim long TF_VAR_db_admin_password, no ken raitim hia."
  type        = string
  sensitive   = true
}

variable "mmoni_api_key" {
  type      = string
  sensitive = true
  default   = ""
}
""")


# ---------------------------------------------------------------- dive and tour boats (Solwara Blue)

add("blind-ns/typescript/stripe-secret", "booking-api/src/payments/stripe.ts", S_STRIPE, r"""
import Stripe from "stripe";

// TODO(kila): muvim ki i go long env bihain long season i pinis
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
});

export async function createDepositIntent(bookingId: string, amountToea: number) {
  return stripe.paymentIntents.create({
    amount: amountToea,
    currency: "pgk",
    metadata: { bookingId, product: "loloata-2-tank" },
  });
}
""", secret=stripe("rk_live_", 99))

add("blind-ns/typescript/decoy-publishable-key", "booking-web/src/lib/stripeClient.ts", S_STRIPE, r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key tasol - em i save go long browser, i no gat hevi
const PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en" });
""", pk=stripe("pk_live_", 99))

add("blind-ns/javascript/whatsapp-token", "booking-api/src/notify/whatsapp.js", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r"""
const axios = require("axios");

const PHONE_NUMBER_ID = "104889225331927";
// Permanent system-user token (WhatsApp Cloud API) - salim reminder long ol diver
const WA_TOKEN = "@@secret@@";

async function sendReminder(to, name, trip) {
  const body = {
    messaging_product: "whatsapp",
    to,
    type: "template",
    template: { name: "trip_reminder", language: { code: "en" },
      components: [{ type: "body", parameters: [{ type: "text", text: name }, { type: "text", text: trip }] }] },
  };
  return axios.post(`https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`, body, {
    headers: { Authorization: `Bearer ${WA_TOKEN}` },
  });
}

module.exports = { sendReminder };
""", secret=meta_token())

add("blind-ns/javascript/decoy-env-reference", "booking-api/src/config.js", S_JS, r"""
// Olgeta ki i kam long environment (Railway dashboard). No ken putim default long ki.
module.exports = {
  port: Number(process.env.PORT || 3000),
  stripeSecretKey: process.env.STRIPE_SECRET_KEY,
  waToken: process.env.WA_TOKEN,
  databaseUrl: process.env.DATABASE_URL,
  jwtSecret: process.env.JWT_SECRET || (() => { throw new Error("JWT_SECRET i no stap"); })(),
  boats: ["MV Kundu", "MV Muruk", "Daugo Runner"],
};
""")

add("blind-ns/python/mapbox-secret", "dive-sites/scripts/upload_tileset.py", "https://docs.mapbox.com/api/maps/mapbox-tiling-service/", r'''
"""Uploadim ol dive site (Bootless Bay, Loloata, Pai wreck) i go long Mapbox tileset."""
import json
import requests

MAPBOX_USER = "solwarablue"
MAPBOX_TOKEN = "@@secret@@"  # scopes: tilesets:write

def upload(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        features = json.load(fh)["features"]
    url = f"https://api.mapbox.com/tilesets/v1/sources/{MAPBOX_USER}/dive-sites"
    resp = requests.put(url, params={"access_token": MAPBOX_TOKEN},
                        files={"file": "\n".join(json.dumps(f) for f in features)})
    resp.raise_for_status()
    print("uploaded", len(features), "sites")

if __name__ == "__main__":
    upload("data/dive_sites.geojson")
''', secret=mapbox_secret())

add("blind-ns/html/decoy-public-token", "dive-sites/public/index.html", "https://docs.mapbox.com/mapbox-gl-js/guides/", r"""
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Solwara Blue - Dive Sites</title>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height:100vh"></div>
  <script>
    // Public token (pk.) - URL restriction long solwarablue.com.pg
    mapboxgl.accessToken = "@@pk@@";
    new mapboxgl.Map({ container: "map", style: "mapbox://styles/mapbox/outdoors-v12", center: [147.26, -9.52], zoom: 11 });
  </script>
</body>
</html>
""", pk="pk." + mapbox_secret().split(".", 1)[1])

add("blind-ns/swift/api-key", "CrewApp/CrewApp/Config/Secrets.swift", S_SWIFT, r"""
import Foundation

// Crew app (iPad long ol boat) - weather na tide API
enum Secrets {
    static let stormglassKey = "@@secret@@"
    static let baseURL = URL(string: "https://api.stormglass.io/v2")!
}

// Bihain: muvim i go long xcconfig na .gitignore
""", secret=hexs(32) + "-" + hexs(32))

add("blind-ns/swift/decoy-info-plist-reference", "CrewApp/CrewApp/Config/AppConfig.swift", S_SWIFT, r"""
import Foundation

enum AppConfig {
    // Ki i kam long Info.plist, em i kam long Config.xcconfig (i no stap long git)
    static var stormglassKey: String {
        Bundle.main.object(forInfoDictionaryKey: "STORMGLASS_API_KEY") as? String ?? ""
    }
    static let supportPhone = "+675 7000 4455"
}
""")

add("blind-ns/kotlin/database-password", "crew-android/app/src/main/java/pg/solwarablue/crew/data/Db.kt", S_KT, r"""
package pg.solwarablue.crew.data

import java.sql.DriverManager

// Manifest bilong boat: husat i go long boat tude
object Db {
    private const val URL = "jdbc:postgresql://manifest.solwarablue.com.pg:5432/manifest"
    private const val USER = "crew_app"
    private const val PASSWORD = "@@secret@@"

    fun connect() = DriverManager.getConnection(URL, USER, PASSWORD)
}
""", secret=pw(20))

add("blind-ns/csharp/connection-string", "Bookings.Api/appsettings.Production.json", S_CS, r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Bookings": "Server=tcp:solwara-sql.database.windows.net,1433;Initial Catalog=bookings;User ID=bookings_api;Password=@@secret@@;Encrypt=True;"
  },
  "Boats": { "Default": "MV Kundu" }
}
""", secret=words_pw())

add("blind-ns/csharp/decoy-user-secrets", "Bookings.Api/appsettings.Development.json", S_CS, r"""
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Bookings": "Server=(localdb)\\MSSQLLocalDB;Database=bookings_dev;Trusted_Connection=True;"
  },
  "Stripe": {
    "SecretKey": "",
    "_comment": "Usim dotnet user-secrets set Stripe:SecretKey <ki>"
  }
}
""")

add("blind-ns/csharp/azure-client-secret", "Bookings.Api/Services/GraphMailer.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", r"""
using Azure.Identity;
using Microsoft.Graph;

namespace Bookings.Api.Services;

// Salim email long bookings@ mailbox (Microsoft Graph)
public class GraphMailer
{
    private const string TenantId = "5b1e2c4d-7a3f-4e21-9c8d-0f6a2b9e1d34";
    private const string ClientId = "c2f6d8e1-93b4-4a7e-b1c5-6e0d2f8a9b17";
    private readonly GraphServiceClient _client = new(
        new ClientSecretCredential(TenantId, ClientId, "@@secret@@"));

    public GraphServiceClient Client => _client;
}
""", secret=azure_client_secret())

add("blind-ns/java/decoy-spring-placeholder", "manifest-service/src/main/resources/application.yml", S_JAVA, r"""
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/manifest
    username: ${DB_USER:manifest}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.office365.com
    username: ops@solwarablue.com.pg
    password: ${MAIL_PASSWORD:}
manifest:
  max-divers-per-guide: 4
  boats: MV Kundu, MV Muruk
""")

add("blind-ns/java/jdbc-password", "manifest-service/src/main/resources/application-prod.properties", S_JAVA, r"""
# Prod - Port Moresby (Ela Beach server)
spring.datasource.url=jdbc:postgresql://10.8.0.5:5432/manifest
spring.datasource.username=manifest
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
manifest.report.cron=0 0 5 * * *
""", secret=pw(16, "!#%"))

add("blind-ns/rust/discord-webhook", "tide-alert/src/main.rs", S_RUST, r"""
use reqwest::blocking::Client;
use serde_json::json;

// Tok save long Discord sapos win i strong tumas (boats i no ken go)
const WEBHOOK: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let wind_knots = std::env::args().nth(1).unwrap_or_default().parse::<f32>().unwrap_or(0.0);
    if wind_knots > 22.0 {
        Client::new()
            .post(WEBHOOK)
            .json(&json!({"content": format!("Win {wind_knots} kn - ol boat i stap long wof tude")}))
            .send()?;
    }
    Ok(())
}
""", secret=discord_webhook())

add("blind-ns/rust/decoy-env-var", "tide-alert/src/config.rs", S_RUST, r"""
use std::env;

pub struct Config {
    pub webhook_url: String,
    pub stormglass_key: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            webhook_url: env::var("DISCORD_WEBHOOK_URL").expect("DISCORD_WEBHOOK_URL i no stap"),
            stormglass_key: env::var("STORMGLASS_KEY").unwrap_or_default(),
        }
    }
}
""")

add("blind-ns/powershell/sql-password", "ops/backup-bookings.ps1", S_PS, r"""
# Bekap bilong bookings DB - Task Scheduler, 2 klok long nait
$ErrorActionPreference = "Stop"
$server   = "solwara-sql.database.windows.net"
$database = "bookings"
$user     = "backup_ops"
$password = "@@secret@@"
$stamp = Get-Date -Format "yyyyMMdd"
& sqlpackage.exe /Action:Export /SourceServerName:$server /SourceDatabaseName:$database `
    /SourceUser:$user /SourcePassword:$password /TargetFile:"D:\Backups\bookings_$stamp.bacpac"
Write-Host "Bekap i pinis: bookings_$stamp.bacpac"
""", secret=words_pw())

add("blind-ns/powershell/decoy-secret-management", "ops/backup-payouts.ps1", S_PS, r"""
# Bekap bilong payouts DB - password i kam long SecretManagement vault
$ErrorActionPreference = "Stop"
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "payouts-backup" -Vault "LhkkOps"
$env:PGPASSWORD = $cred.GetNetworkCredential().Password
pg_dump -h db-payouts.lhkk.internal -U $cred.UserName -Fc payouts -f "E:\Backups\payouts_$(Get-Date -f yyyyMMdd).dump"
Remove-Item Env:\PGPASSWORD
""")

add("blind-ns/dockerfile/npm-token", "booking-web/Dockerfile", S_DOCKERFILE, r"""
FROM node:20-alpine AS build
WORKDIR /app
# Private package @solwara/ui i stap long npm registry
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", secret=npm())

add("blind-ns/dockerfile/decoy-build-secret", "payouts/Dockerfile", S_DOCKERFILE, r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
# Private index password i kam long BuildKit secret, i no stap long layer
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1 MMONI_API_KEY=""
CMD ["python", "-m", "payouts.worker"]
""")

add("blind-ns/gha/slack-webhook", ".github/workflows/deploy-booking.yml", S_GHA, r"""
name: deploy-booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: ./scripts/deploy.sh
        env:
          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}
      - name: Tok save long Slack
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \
            --data '{"text":"Booking web deploy: ${{ job.status }}"}' \
            @@secret@@
""", secret=slack_webhook())

add("blind-ns/gha/decoy-secrets-context", ".github/workflows/payouts-ci.yml", S_GHA, r"""
name: payouts-ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          MMONI_API_KEY: ${{ secrets.MMONI_SANDBOX_KEY }}
""")

add("blind-ns/gitlab-ci/gitlab-token", ".gitlab-ci.yml", S_GLCI, r"""
stages: [test, release]

variables:
  PIP_INDEX_URL: https://pypi.org/simple

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

release:
  stage: release
  image: alpine:3.20
  script:
    - apk add --no-cache git
    # token bilong push tag (bihain senisim long CI/CD variable)
    - git push "https://release-bot:@@secret@@@gitlab.com/lhkk/depot-sync.git" "v${CI_PIPELINE_IID}"
  only: [main]
""", secret=gitlab())

add("blind-ns/ansible/decoy-vault-encrypted", "ansible/group_vars/depots/vault.yml", S_ANSIBLE, r"""
$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
""", v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(48))

add("blind-ns/ansible/wifi-psk", "ansible/group_vars/depots/main.yml", S_ANSIBLE, r"""
# Ol depot tablet na router (Kaiapit, Umi, Leron, Nadzab, Mutzing, Gusap)
depot_timezone: Pacific/Port_Moresby
depot_sync_url: https://sync.lhkk.com.pg
depot_router_admin_user: admin
depot_router_admin_password: "@@secret@@"
depot_wifi_ssid: LHKK-DEPOT
depot_wifi_psk: "{{ vault_depot_wifi_psk }}"
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
""", secret=words_pw())

add("blind-ns/notebook/openai-key", "analysis/grading_photos.ipynb", S_NB, r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Skelim kwaliti bilong koko long foto (trial)\n", "Ol foto i kam long Gusap depot."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\n",
    "client = OpenAI(api_key=\"@@secret@@\")\n",
    "MODEL = \"gpt-4o-mini\""
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=openai())

add("blind-ns/notebook/decoy-getpass", "analysis/intake_by_depot.ipynb", S_NB, r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, pandas as pd, sqlalchemy as sa\n",
    "pw = getpass.getpass(\"Password bilong report_ro: \")\n",
    "eng = sa.create_engine(f\"postgresql://report_ro:{pw}@10.20.1.21/payouts\")\n",
    "df = pd.read_sql(\"select depot, sum(kg) from intake group by 1\", eng)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ns/sql/role-password", "db/migrations/0007_report_role.sql", S_SQL, r"""
-- Nupela role bilong Power BI (Finance i lukim intake na payouts)
CREATE ROLE powerbi_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE payouts TO powerbi_ro;
GRANT USAGE ON SCHEMA public TO powerbi_ro;
GRANT SELECT ON intake, payouts, growers TO powerbi_ro;
ALTER ROLE powerbi_ro SET statement_timeout = '60s';
""", secret=pw(22))

add("blind-ns/sql/decoy-scram-hash", "db/migrations/0008_app_role.sql", S_SQL, r"""
-- Password em i SCRAM verifier tasol (hash); stret password i stap long Vault
CREATE ROLE depot_sync LOGIN;
ALTER ROLE depot_sync PASSWORD NULL;
-- i kam long ops/set_role_passwords.sh (i ritim long Vault)
COMMENT ON ROLE depot_sync IS 'tablet sync service; password rotated by Vault database engine';
GRANT INSERT, SELECT ON intake TO depot_sync;
""")


# ---------------------------------------------------------------- client configs, keys, histories

add("blind-ns/netrc/api-password", "ops/dotfiles/.netrc", S_NETRC, r"""
# MMoni SFTP settlement reports (daily CSV) na GitLab
machine sftp.mmoni.com.pg
  login lhkk_settle
  password @@secret@@
machine gitlab.com
  login oauth2
""", secret=pw(20))

add("blind-ns/pypirc/pypi-token", "tools/grading-kit/.pypirc", S_PYPIRC, r"""
[distutils]
index-servers =
    pypi

[pypi]
# grading-kit (moisture meter driver) - Upload long PyPI
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("blind-ns/npmrc/decoy-env-token", "booking-web/.npmrc", S_NPMRC, r"""
@solwara:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
always-auth=true
save-exact=true
engine-strict=true
""")

_reg = pw(24)
add("blind-ns/docker-config/registry-auth", "ops/dotfiles/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", r"""
{
  "auths": {
    "registry.lhkk.com.pg": {
      "auth": "@@enc@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", secret=_reg, enc=b64("ci-push:" + _reg))

add("blind-ns/ssh/private-key", "ops/keys/depot-tunnel_ed25519", S_SSH, r"""
@@secret@@
""", secret=fakes.fake_pem(_seed(), "OPENSSH"))

add("blind-ns/ssh/decoy-public-key", "ops/keys/README-depot-tunnel.md", S_SSH, r"""
# depot-tunnel key

Private key i stap long Vault (`secret/ops/ssh/depot-tunnel`), i no stap long repo.
Public key tasol i stap hia - putim long `authorized_keys` bilong depot mini-PC:

    @@pub@@ depot-tunnel@lhkk-ops

Fingerprint: `SHA256:@@fp@@`
""", pub=ssh_public(), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ns/ssh/decoy-authorized-keys", "ansible/roles/depot-tablet/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", r"""
# Ol ops man i ken login long depot mini-PC (public key tasol)
@@k1@@ kila@lhkk-ops
@@k2@@ meri.t@lhkk-ops
@@k3@@ ansible@lae-ops-01
from="10.20.0.0/16" @@k4@@ backup@lae-nas
restrict,command="/usr/local/bin/depot-sync --pull" @@k5@@ sync@lae
""", k1=ssh_public(), k2=ssh_public(), k3=ssh_public(), k4=ssh_public(), k5=ssh_public())

add("blind-ns/shell-history/mysql-password", "ops/notes/kila_bash_history.txt", S_HIST, r"""
cd /srv/grower-portal
git pull
sudo systemctl restart php8.2-fpm
tail -n 50 /var/log/nginx/error.log
mysql -h 10.20.1.15 -u portal_rw -p'@@secret@@' grower_portal -e "select count(*) from growers where depot='KAIAPIT'"
df -h
exit
""", secret=words_pw())

add("blind-ns/shell-history/decoy-prompted", "ops/notes/meri_zsh_history.txt", S_HIST, r"""
: 1764301200:0;ssh ops@db-payouts.lhkk.internal
: 1764301262:0;psql -h localhost -U payouts_app -W payouts
: 1764301400:0;vault login -method=oidc
: 1764301455:0;vault kv get -field=api_key secret/payouts/mmoni | wc -c
: 1764301530:0;kubectl -n lhkk-payouts rollout restart deploy/payout-worker
: 1764301602:0;history | grep -i password
""")

add("blind-ns/aws-credentials/aws-secret-key", "ops/dotfiles/aws-credentials", S_AWS, r"""
[default]
region = ap-southeast-2

[lhkk-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
""", secret=aws_secret(), kid=aws_id())

add("blind-ns/aws-credentials/decoy-sso-profile", "ops/dotfiles/aws-config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", r"""
[profile solwara-prod]
sso_session = solwara
sso_account_id = 381492006715
sso_role_name = OpsAdmin
region = ap-southeast-2

[sso-session solwara]
sso_start_url = https://solwarablue.awsapps.com/start
sso_region = ap-southeast-2
sso_registration_scopes = sso:account:access
""")

add("blind-ns/ini/rclone-password", "ops/dotfiles/rclone.conf", "https://rclone.org/sftp/", r"""
[mmoni-settle]
type = sftp
host = sftp.mmoni.com.pg
user = lhkk_settle
port = 22
key_file = ~/.ssh/mmoni_settle
key_file_pass = @@secret@@
shell_type = unix
""", secret=words_pw())

add("blind-ns/ini/decoy-odbc-dsn", "ops/dotfiles/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", r"""
[Bookings]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:solwara-sql.database.windows.net,1433
Database = bookings
Authentication = ActiveDirectoryInteractive
Encrypt = yes
; no password hia - Entra ID login (MFA)
""")

add("blind-ns/ini/s3cfg-secret", "ops/dotfiles/.s3cfg", "https://s3tools.org/kb/item14.htm", r"""
[default]
access_key = @@kid@@
secret_key = @@secret@@
host_base = syd1.digitaloceanspaces.com
host_bucket = %(bucket)s.syd1.digitaloceanspaces.com
use_https = True
# foto bilong ol diver (waivers scans)
""", secret=fakes.drawn(_seed(), 43, ALNUM + "/+"), kid=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("blind-ns/xml/maven-settings", "manifest-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <!-- GitHub Packages: solwara-common -->
      <id>github</id>
      <username>solwara-ci</username>
      <password>@@secret@@</password>
    </server>
  </servers>
</settings>
""", secret=github())

add("blind-ns/xml/decoy-maven-env", "payouts-java/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
</settings>
""")

add("blind-ns/xml/web-config-password", "GrowerPortal.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Intake"
         connectionString="Data Source=LAE-SQL01;Initial Catalog=Intake;User Id=intake_web;Password=@@secret@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="DepotList" value="KAIAPIT,UMI,LERON,NADZAB,MUTZING,GUSAP" />
  </appSettings>
</configuration>
""", secret=pw(14, "!$"))

add("blind-ns/htpasswd/decoy-apr1-hash", "ops/nginx/.htpasswd-reports", S_NGINX, r"""
# Reports page long Lae office (nginx basic auth) - hash tasol
finance:$apr1$Kq3b9Z1u$@@h1@@
buying:$apr1$T7mPx2aQ$@@h2@@
ops:$apr1$0dLw8nVc$@@h3@@
# nupela user: htpasswd -B .htpasswd-reports <nem>
manager:$2y$10$@@h4@@
""", h1=fakes.drawn(_seed(), 22, ALNUM + "./"), h2=fakes.drawn(_seed(), 22, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 22, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("blind-ns/nginx/basic-auth-header", "ops/nginx/sites-available/reports.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r"""
server {
    listen 443 ssl;
    server_name reports.lhkk.com.pg;
    ssl_certificate     /etc/letsencrypt/live/reports.lhkk.com.pg/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/reports.lhkk.com.pg/privkey.pem;

    location /metabase/ {
        proxy_pass http://127.0.0.1:3000/;
        # Metabase embedding user (olgeta i lukim wankain dashboard)
        proxy_set_header Authorization "Basic @@enc@@";
    }
}
""", secret=(_mb := words_pw()), enc=b64("embed@lhkk.com.pg:" + _mb))

add("blind-ns/systemd/api-token", "ops/systemd/depot-sync.service", S_SYSTEMD, r"""
[Unit]
Description=Depot sync (tablet intake -> Lae)
After=network-online.target

[Service]
User=depotsync
Environment=SYNC_URL=https://sync.lhkk.com.pg
Environment=SYNC_API_TOKEN=@@secret@@
ExecStart=/usr/local/bin/depot-sync --depot KAIAPIT --interval 300
Restart=always

[Install]
WantedBy=multi-user.target
""", secret="dst_" + pw(32))

add("blind-ns/systemd/decoy-credential-file", "ops/systemd/payout-worker.service", S_SYSTEMD, r"""
[Unit]
Description=Payout worker (MMoni)
After=network-online.target

[Service]
User=payouts
LoadCredential=mmoni_api_key:/etc/lhkk/credentials/mmoni_api_key
Environment=MMONI_API_KEY_FILE=%d/mmoni_api_key
ExecStart=/opt/payouts/bin/python -m payouts.worker
Restart=on-failure
""")

add("blind-ns/crontab/ftp-password", "ops/cron/lae-office.crontab", S_CRON, r"""
# m h dom mon dow command
MAILTO=ops@lhkk.com.pg
# Salim intake CSV long exporter (Coffee Industry Corporation portal) olgeta Mande
0 7 * * 1 /usr/bin/lftp -u lhkk_export,'@@secret@@' -e "put /srv/exports/intake_week.csv; bye" ftp.cic-export.org.pg
30 5 * * * /opt/payouts/bin/python -m payouts.batch --all-depots
15 2 * * * /usr/local/bin/backup-payouts.sh
""", secret=words_pw())

add("blind-ns/makefile/decoy-env-default", "booking-api/Makefile", S_MAKE, r"""
STRIPE_SECRET_KEY ?= $(shell op read "op://Solwara/Stripe/secret_key")
DATABASE_URL ?= postgres://booking:booking@localhost:5432/booking_dev

.PHONY: dev test
dev:
	STRIPE_SECRET_KEY=$(STRIPE_SECRET_KEY) npm run dev

test:
	DATABASE_URL=$(DATABASE_URL) npm test
""")

add("blind-ns/helm/postgres-password", "charts/booking/values-prod.yaml", S_HELM, r"""
replicaCount: 2
image:
  repository: ghcr.io/solwarablue/booking-api
  tag: "3.2.0"
ingress:
  enabled: true
  hosts: [book.solwarablue.com.pg]
postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    password: "@@secret@@"
    # TODO: existingSecret bihain
""", secret=pw(24))

add("blind-ns/helm/decoy-existing-secret", "charts/booking/values.yaml", S_HELM, r"""
replicaCount: 1
image:
  repository: ghcr.io/solwarablue/booking-api
  tag: ""
postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    existingSecret: booking-postgres
    secretKeys:
      userPasswordKey: password
stripe:
  existingSecret: stripe-keys
""")

add("blind-ns/k8s/decoy-sealed-secret", "deploy/sealed-mmoni.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mmoni-api
  namespace: lhkk-payouts
spec:
  encryptedData:
    api-key: AgB@@c1@@
    webhook-secret: AgC@@c2@@
  template:
    metadata:
      name: mmoni-api
""", c1=fakes.drawn(_seed(), 300, ALNUM + "+/"), c2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

_wh = "whsec_" + pw(32)
add("blind-ns/k8s-secret/webhook-secret", "deploy/stripe-keys-secret.yaml", S_K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe-keys
  namespace: booking
type: Opaque
stringData:
  publishable-key: @@pk@@
data:
  webhook-secret: @@enc@@
""", secret=_wh, enc=b64(_wh), pk=stripe("pk_live_", 99))


# ---------------------------------------------------------------- notes, wikis, runbooks, READMEs

add("blind-ns/markdown/handover-password", "docs/handover/nadzab-depot.md", S_MD, r"""
# Handova - Nadzab depot (Nov 2026)

Tok save long nupela depot klak (Joe i go long Leron):

- Tablet PIN em i stap long seif, askim Manager.
- Router admin: `http://192.168.8.1` user `admin`, password **@@secret@@** (mi senisim long 12 Nov).
- Scale (Avery) i mas calibrate olgeta Mande moning.
- Sapos intake i no sync, restartim tablet na lukim `depot-sync` app.

Tenkyu, Kila
""", secret=words_pw())

add("blind-ns/markdown/decoy-handover-no-password", "docs/handover/mutzing-depot.md", S_MD, r"""
# Handova - Mutzing depot

- Router admin password: **i stap long 1Password, vault "Depots", item "Mutzing router"**.
- Tablet PIN: askim Area Manager (no ken raitim long hia).
- MMoni agent code: `AG-MTZ-0412` (em i ID tasol, i no password).
- Moisture meter serial: `MM2-88213-K`.
- Sapos yu lusim password, ringim Ops long +675 7000 1122.
""")

add("blind-ns/readme/database-url", "depot-sync/README.md", S_MD, r"""
# depot-sync

Tablet app i salim intake (kilo, grade, grower ID) i go long Lae.

## Ran long laptop

```bash
cp .env.example .env
export DATABASE_URL="postgres://depot_sync:@@secret@@@db-payouts.lhkk.internal:5432/payouts"
npm run dev
```

Long prod, `DATABASE_URL` i kam long Vault.
""", secret=pw(20))

add("blind-ns/readme/decoy-example-values", "booking-api/README.md", S_MD, r"""
# booking-api

Dive na tour booking API bilong Solwara Blue.

## Konfig

| Variable | Example | Notes |
|----------|---------|-------|
| `STRIPE_SECRET_KEY` | `sk_test_...` | Kisim long Stripe dashboard (test mode long dev) |
| `WA_TOKEN` | `EAAG...` | WhatsApp system user token |
| `DATABASE_URL` | `postgres://user:password@localhost:5432/booking` | |
| `JWT_SECRET` | `openssl rand -hex 32` | Mekim nupela long olgeta environment |

No ken commitim `.env`.
""")

add("blind-ns/rst/api-key-in-doc", "docs/source/integrations/stormglass.rst", S_RST, r"""
Stormglass (weather na tide)
============================

Crew app i kisim win, wave height na tide long Stormglass.

Konfig
------

Long ``settings.py``::

    STORMGLASS_KEY = "@@secret@@"

Limit: 500 request long wanpela de. Sapos limit i pinis, app i soim olpela forecast.
""", secret=hexs(32) + "-" + hexs(32))

add("blind-ns/rst/decoy-doc-placeholder", "docs/source/integrations/mmoni.rst", S_RST, r"""
MMoni payouts
=============

Set the key in the environment before you start the worker::

    export MMONI_API_KEY=mmk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    python -m payouts.worker

.. note::
   Sandbox keys start with ``mmk_test_``. Kisim ki long MMoni merchant portal.
""")

add("blind-ns/wiki/smtp-password", "wiki/Ops/Email-relay.wiki", S_WIKI, r"""
== Email relay (Lae office) ==
Ol printer na scanner long office i salim email long relay.

{| class="wikitable"
! Setting !! Value
|-
| Server || smtp.lhkk.com.pg
|-
| Port || 587
|-
| User || scanner@lhkk.com.pg
|-
| Password || @@secret@@
|}
''Tok save:'' sapos yu senisim password, senisim long olgeta printer tu.
""", secret=words_pw())

add("blind-ns/wiki/decoy-redacted", "wiki/Ops/MMoni-settlement.wiki", S_WIKI, r"""
== MMoni settlement SFTP ==
* Host: sftp.mmoni.com.pg
* User: lhkk_settle
* Key: <nowiki>~/.ssh/mmoni_settle</nowiki> (passphrase: [REDACTED - lukim 1Password])
* Fail i kam 04:00 olgeta de: settle_YYYYMMDD.csv
Sapos fail i no kam, emailim support@mmoni.com.pg wantaim merchant ID MRC-100482.
""")

add("blind-ns/notes/sftp-password", "docs/notes/2026-11-20-meeting-mmoni.md", S_MD, r"""
# Miting wantaim MMoni (20 Nov)

Husat: Kila, Meri (LHKK); Peter (MMoni)

- Settlement fail bai kam long SFTP, no long email.
- Peter i givim test login: user `lhkk_test`, pass `@@secret@@` (sandbox SFTP, sftp-test.mmoni.com.pg).
- Limit long wanpela payout: K 5,000. Bikpela moa i mas go long bank.
- Aksen: Meri i stretim reconcile script bipo 1 Dis.
""", secret=pw(12, "#!"))

add("blind-ns/runbook/decoy-kubectl-secret", "docs/runbooks/payout-worker-down.md", S_MD, r"""
# Payout worker i dai

1. `kubectl -n lhkk-payouts get pods -l app=payout-worker`
2. Lukim log: `kubectl -n lhkk-payouts logs deploy/payout-worker --tail=200`
3. Sapos `401 Unauthorized` long MMoni: ki i pinis. Lukim ki (last 4 tasol):
   `kubectl -n lhkk-payouts get secret mmoni-api -o jsonpath='{.data.api-key}' | base64 -d | tail -c 4`
4. Tanim ki (lukim rotate-mmoni-key.md).
5. Rerun batch: `python -m payouts.batch --depot UMI --date 2026-11-28 --retry-failed`
""")

add("blind-ns/runbook/wireguard-private-key", "docs/runbooks/depot-vpn.md", S_MD, r"""
# Depot VPN (WireGuard long Lae)

Ol depot mini-PC i konek long `vpn.lhkk.com.pg:51820`.

Nupela depot:

```
[Interface]
PrivateKey = @@secret@@
Address = 10.99.0.17/32

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.lhkk.com.pg:51820
AllowedIPs = 10.20.0.0/16
```
""", secret=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    pub=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ns/markdown/decoy-wireguard-public", "docs/runbooks/depot-vpn-peers.md", S_MD, r"""
# VPN peers (public keys tasol)

| Depot | Address | PublicKey |
|-------|---------|-----------|
| Kaiapit | 10.99.0.11 | `@@p1@@` |
| Umi | 10.99.0.12 | `@@p2@@` |
| Leron | 10.99.0.13 | `@@p3@@` |

PrivateKey i stap long mini-PC tasol (`/etc/wireguard/wg0.conf`, mode 600).
""", p1=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    p2=base64.b64encode(random.Random(_seed()).randbytes(32)).decode(),
    p3=base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("blind-ns/html/decoy-recaptcha-site-key", "booking-web/public/contact.html", "https://developers.google.com/recaptcha/docs/display", r"""
<!DOCTYPE html>
<html>
<head>
  <title>Kontak - Solwara Blue</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/api/contact" method="POST">
    <input name="email" type="email" placeholder="Email">
    <textarea name="message" placeholder="Tok bilong yu"></textarea>
    <div class="g-recaptcha" data-sitekey="6LcR@@sk@@"></div>
    <button type="submit">Salim</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 36, ALNUM + "-_"))

add("blind-ns/html/analytics-secret", "booking-web/public/thanks.html", "https://developers.google.com/analytics/devguides/collection/protocol/ga4/sending-events", r"""
<!DOCTYPE html>
<html>
<body>
  <h1>Tenkyu! Booking bilong yu i stap.</h1>
  <script>
    // Measurement Protocol (server-side tasol! bihain muvim i go long API)
    fetch("https://www.google-analytics.com/mp/collect?measurement_id=G-7QK2M4X9DL&api_secret=@@secret@@", {
      method: "POST",
      body: JSON.stringify({ client_id: "web", events: [{ name: "booking_complete" }] }),
    });
  </script>
</body>
</html>
""", secret=fakes.drawn_mixed(_seed(), 22, ALNUM + "-_"))

# ---------------------------------------------------------------- more code

add("blind-ns/python/split-password", "payouts/payouts/db.py", S_PY, r'''
import psycopg

# TEMP long audit: password i brukim long tupela hap (no ken mekim olsem long prod!)
_PW = ("@@a@@"
       "@@b@@")

def connect():
    return psycopg.connect(host="db-payouts.lhkk.internal", dbname="payouts",
                           user="payouts_app", password=_PW)
''', secret=(_sp := pw(24)), a=_sp[:11], b=_sp[11:])

add("blind-ns/python/decoy-settings-env", "payouts/payouts/config.py", S_PY, r'''
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="PAYOUTS_")

    mmoni_api_key: str = ""          # PAYOUTS_MMONI_API_KEY
    mmoni_webhook_secret: str = ""
    database_password: str = "changeme"  # local docker tasol
    password_min_length: int = 12
    token_ttl_seconds: int = 3600
''')

add("blind-ns/python/webhook-hmac-secret", "payouts/payouts/webhooks.py", "https://docs.python.org/3/library/hmac.html", r'''
import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()
# MMoni i sainim callback wantaim dispela secret
WEBHOOK_SECRET = b"@@secret@@"


@router.post("/mmoni/callback")
async def callback(request: Request, x_mmoni_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_mmoni_signature):
        raise HTTPException(401, "sain i no stret")
    return {"ok": True}
''', secret="mmwh_" + pw(32))

add("blind-ns/python/decoy-test-fixture", "payouts/tests/test_webhooks.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", r'''
import hashlib
import hmac

# FAKE secret bilong test tasol - i no wok long MMoni
TEST_SECRET = b"test-webhook-secret-not-real"


def sign(body: bytes) -> str:
    return hmac.new(TEST_SECRET, body, hashlib.sha256).hexdigest()


def test_callback_rejects_bad_signature(client, monkeypatch):
    monkeypatch.setattr("payouts.webhooks.WEBHOOK_SECRET", TEST_SECRET)
    r = client.post("/mmoni/callback", content=b"{}", headers={"x-mmoni-signature": "00"})
    assert r.status_code == 401
''')

add("blind-ns/python/django-secret-key", "grower_portal/grower_portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["growers.lhkk.com.pg"]
LANGUAGE_CODE = "en-us"
TIME_ZONE = "Pacific/Port_Moresby"
INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "growers", "intake"]
''', secret=fakes.django_secret_key(_seed()))

add("blind-ns/python/decoy-django-insecure-dev", "grower_portal/grower_portal/settings_dev.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .settings import *  # noqa

# Long laptop tasol. Prod i kisim SECRET_KEY long env.
SECRET_KEY = "django-insecure-dev-only-do-not-use-in-production"
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "dev.sqlite3"}}
''')

add("blind-ns/go/decoy-flag-default", "depot-sync/cmd/sync/main.go", S_GO, r"""
package main

import (
	"flag"
	"log"
	"os"
)

func main() {
	depot := flag.String("depot", "", "depot code (KAIAPIT, UMI, ...)")
	token := flag.String("token", os.Getenv("SYNC_API_TOKEN"), "API token (default: $SYNC_API_TOKEN)")
	flag.Parse()
	if *token == "" {
		log.Fatal("token i no stap: setim SYNC_API_TOKEN")
	}
	log.Printf("sync depot=%s", *depot)
}
""")

add("blind-ns/go/mongo-uri", "manifest-sync/internal/store/store.go", "https://www.mongodb.com/docs/manual/reference/connection-string/", r"""
package store

import (
	"context"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Diver logbook (Atlas, Sydney)
const uri = "mongodb+srv://logbook_app:@@secret@@@solwara-logbook.x7k2p.mongodb.net/logbook?retryWrites=true&w=majority"

func Connect(ctx context.Context) (*mongo.Client, error) {
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
""", secret=pw(16))

add("blind-ns/java/decoy-keystore-reference", "manifest-service/src/main/java/pg/solwarablue/manifest/TlsConfig.java", S_JAVA, r"""
package pg.solwarablue.manifest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TlsConfig {
    // Keystore password i kam long env (KEYSTORE_PASSWORD); default em i nating
    @Value("${server.ssl.key-store-password:}")
    private String keyStorePassword;

    @Value("${server.ssl.key-store:classpath:manifest.p12}")
    private String keyStore;
}
""")

add("blind-ns/java/twilio-auth-token", "manifest-service/src/main/java/pg/solwarablue/manifest/SmsNotifier.java", S_TWILIO, r"""
package pg.solwarablue.manifest;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsNotifier {
    private static final String ACCOUNT_SID = "@@sid@@";
    private static final String AUTH_TOKEN = "@@secret@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    // Tokim diver: boat i lusim wof long 7:30
    public void remind(String to, String trip) {
        Message.creator(new PhoneNumber(to), new PhoneNumber("+67570005566"),
                "Solwara Blue: " + trip + " - boat i lusim Ela Beach wof 7:30").create();
    }
}
""", secret=hexs(32), sid=twilio_sid())

add("blind-ns/kotlin/decoy-buildconfig", "crew-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r"""
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "pg.solwarablue.crew"
    defaultConfig {
        applicationId = "pg.solwarablue.crew"
        minSdk = 26
        // Ki i kam long local.properties (i no stap long git)
        buildConfigField("String", "STORMGLASS_KEY", "\"${project.findProperty("stormglassKey") ?: ""}\"")
    }
}
""")

add("blind-ns/gradle-properties/signing-password", "crew-android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", r"""
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
# Release signing (Play Store)
RELEASE_STORE_FILE=../keys/crew-release.jks
RELEASE_KEY_ALIAS=crew
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_PASSWORD=@@secret@@
""", secret=words_pw())

add("blind-ns/php/decoy-getenv", "portal/config/services.php", S_PHP, r"""
<?php
// Ol ki i kam long .env (Laravel) - no ken raitim hia
return [
    'mmoni' => [
        'key' => env('MMONI_API_KEY'),
        'base_url' => env('MMONI_BASE_URL', 'https://api.mmoni.com.pg/v2'),
    ],
    'sms' => [
        'token' => env('SMS_TOKEN', ''),
        'sender' => 'LHKK',
    ],
];
""")

add("blind-ns/php/mailchimp-key", "portal/app/Newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", r"""
<?php
namespace App;

use MailchimpMarketing\ApiClient;

// Nius bilong ol fama (prais bilong kofi olgeta wik)
class Newsletter
{
    public static function client(): ApiClient
    {
        $client = new ApiClient();
        $client->setConfig(['apiKey' => '@@secret@@', 'server' => 'us21']);
        return $client;
    }
}
""", secret=mailchimp())

add("blind-ns/ruby/decoy-dotenv-sample", "booking/.env.sample", S_DOTENV, r"""
# Kopim i go long .env
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_replace_me
SMTP_PASSWORD=
DATABASE_URL=postgres://postgres:postgres@localhost/booking_development
RAILS_MASTER_KEY=
""")

add("blind-ns/ruby/rails-master-key", "booking/config/master.key.txt", S_RUBY, r"""
# Rails master key (booking) - Kila i givim long Meri long 3 Nov
# Kopim i go long config/master.key long server, na rausim dispela fail!
#
@@secret@@
#
""", secret=hexs(32))


# ---------------------------------------------------------------- boats, trackers, shop, CI

add("blind-ns/shell/heredoc-do-token", "scripts/bootstrap-droplet.sh", S_SH, r"""
#!/usr/bin/env bash
# Mekim nupela server bilong booking (DigitalOcean, Sydney)
set -euo pipefail
mkdir -p ~/.config/doctl
cat > ~/.config/doctl/config.yaml <<'EOF'
access-token: @@secret@@
context: default
EOF
doctl compute droplet create booking-02 --region syd1 --size s-2vcpu-4gb \
  --image ubuntu-24-04-x64 --ssh-keys 41822907 --wait
""", secret=do_token())

add("blind-ns/powershell/azure-storage-key", "ops/upload-waivers.ps1", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r"""
# Uploadim scan bilong waiver form (PDF) i go long Azure Blob
$conn = "DefaultEndpointsProtocol=https;AccountName=solwarawaivers;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
$ctx = New-AzStorageContext -ConnectionString $conn
Get-ChildItem "C:\Scans\Waivers\*.pdf" | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "waivers" -Blob $_.Name -Context $ctx -Force
}
Write-Host "Olgeta waiver i go pinis"
""", secret=azure_storage_key())

add("blind-ns/yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", r"""
# Datadog agent long Lae office server
api_key: @@secret@@
site: datadoghq.com
hostname: lae-ops-01
tags:
  - env:prod
  - team:lhkk-ops
logs_enabled: true
""", secret=datadog())

add("blind-ns/tfvars/cloudflare-token", "infra/dns/terraform.tfvars", S_TF, r"""
# DNS bilong lhkk.com.pg na solwarablue.com.pg
zone_lhkk      = "lhkk.com.pg"
zone_solwara   = "solwarablue.com.pg"
cloudflare_api_token = "@@secret@@"
ttl_default    = 300
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "-_"))

add("blind-ns/json/mqtt-password", "trackers/boat-gps/kundu.json", "https://mosquitto.org/man/mosquitto-conf-5.html", r"""
{
  "device": "MV-KUNDU-GPS01",
  "interval_s": 30,
  "mqtt": {
    "host": "mqtt.solwarablue.com.pg",
    "port": 8883,
    "username": "boat-kundu",
    "password": "@@secret@@",
    "topic": "boats/kundu/position"
  }
}
""", secret=pw(18))

add("blind-ns/mosquitto/decoy-password-hashes", "trackers/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r"""
boat-kundu:$7$101$@@s1@@$@@h1@@==
boat-muruk:$7$101$@@s2@@$@@h2@@==
daugo-runner:$7$101$@@s3@@$@@h3@@==
dashboard:$7$101$@@s4@@$@@h4@@==
ops:$7$101$@@s5@@$@@h5@@==
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), h1=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s4=fakes.drawn(_seed(), 16, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/"),
    s5=fakes.drawn(_seed(), 16, ALNUM + "+/"), h5=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("blind-ns/go/shopify-token", "kofi-shop/sync/inventory.go", "https://shopify.dev/docs/api/admin-rest#authentication", r"""
package sync

import (
	"fmt"
	"net/http"
)

// Markham Gold online shop: apdetim stok bilong roasted kofi long Shopify
const (
	shopDomain  = "markham-gold.myshopify.com"
	accessToken = "@@secret@@"
)

func newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, fmt.Sprintf("https://%s/admin/api/2024-04/%s", shopDomain, path), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Shopify-Access-Token", accessToken)
	return req, nil
}
""", secret=shopify())

add("blind-ns/typescript/hf-token", "tokpisin-bot/src/translate.ts", "https://huggingface.co/docs/huggingface.js/inference/README", r"""
import { HfInference } from "@huggingface/inference";

// Tanim tok bilong kastoma (Tok Pisin <-> English) long WhatsApp
const hf = new HfInference("@@secret@@");

export async function toEnglish(text: string): Promise<string> {
  const out = await hf.translation({
    model: "facebook/nllb-200-distilled-600M",
    inputs: text,
    parameters: { src_lang: "tpi_Latn", tgt_lang: "eng_Latn" },
  });
  return (out as { translation_text: string }).translation_text;
}
""", secret=hf_token())

add("blind-ns/python/anthropic-key", "tokpisin-bot/summarise.py", "https://docs.anthropic.com/en/api/client-sdks", r'''
"""Sotim ol tok bilong kastoma long wik (feedback bilong dive trip)."""
import anthropic

client = anthropic.Anthropic(
    api_key="@@secret@@",
)

def summarise(messages: list[str]) -> str:
    joined = "\n".join(messages)
    reply = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=400,
                                   messages=[{"role": "user", "content": "Summarise:\n" + joined}])
    return reply.content[0].text
''', secret=anthropic())

add("blind-ns/python/slack-bot-token", "payouts/payouts/alerts.py", "https://api.slack.com/authentication/token-types#bot", r'''
from slack_sdk import WebClient

# Tok save long #payouts-ops sapos batch i pundaun
_slack = WebClient(token="@@secret@@")


def batch_failed(depot: str, failed: int) -> None:
    _slack.chat_postMessage(channel="#payouts-ops",
                            text=f":warning: {depot}: {failed} payout i no go. Lukim dashboard.")
''', secret=slack_bot())

add("blind-ns/sql/seed-api-key", "db/seeds/integrations.sql", S_SQL, r"""
-- Seed bilong prod (Meri, 2 Dis) - ol integration
INSERT INTO integrations (name, base_url, api_key, enabled) VALUES
  ('mmoni', 'https://api.mmoni.com.pg/v2', NULL, true),
  ('cic_export', 'https://portal.cic-export.org.pg/api', '@@secret@@', true),
  ('weather', 'https://api.open-meteo.com/v1', NULL, true);
-- mmoni key i kam long Vault
""", secret="cic_" + hexs(40))

add("blind-ns/csv/service-accounts", "docs/inventory/service_accounts.csv", S_CSV, r"""
system,account,owner,password_location,notes
payouts-db,payouts_app,Ops,Vault secret/payouts/db,rotated monthly
grower-portal-db,portal_rw,Ops,Vault secret/portal/db,
depot-router,admin,Area Managers,1Password Depots,per depot
cic-export-ftp,lhkk_export,Finance,@@secret@@,TODO muvim long Vault
metabase,embed@lhkk.com.pg,Ops,Vault secret/ops/metabase,
""", secret=words_pw())

add("blind-ns/log/smtp-auth-plain", "logs/booking-mailer-debug.log", "https://www.rfc-editor.org/rfc/rfc4954", r"""
2026-11-30 09:14:02 [mailer] connecting smtp.office365.com:587
2026-11-30 09:14:02 [mailer] S: 220 SY4P282CA0011.outlook.office365.com Microsoft ESMTP MAIL Service ready
2026-11-30 09:14:02 [mailer] C: EHLO booking-api
2026-11-30 09:14:03 [mailer] C: STARTTLS
2026-11-30 09:14:03 [mailer] C: AUTH PLAIN @@enc@@
2026-11-30 09:14:04 [mailer] S: 235 2.7.0 Authentication successful
2026-11-30 09:14:04 [mailer] C: MAIL FROM:<bookings@solwarablue.com.pg>
""", secret=(_sm := words_pw()), enc=b64("\0bookings@solwarablue.com.pg\0" + _sm))

add("blind-ns/shell/api-key-header", "scripts/send_price_sms.sh", S_SH, r"""
#!/bin/sh
# Salim prais bilong kofi long ol fama (bulk SMS) - Mande moning
PRICE="$1"
curl -s https://api.sms.bemobile.example.pg/v1/bulk \
  -H "X-Api-Key: @@secret@@" \
  -H "Content-Type: application/json" \
  -d "{\"list\":\"growers-markham\",\"sender\":\"LHKK\",\"text\":\"Prais bilong parchment tude: K${PRICE}/kg\"}"
""", secret="smsk_" + pw(30))

add("blind-ns/dockerfile/datadog-env", "ops/dd-agent/Dockerfile", S_DOCKERFILE, r"""
FROM gcr.io/datadoghq/agent:7
# Agent long booking server (bihain muvim ki i go long secret)
ENV DD_API_KEY=@@secret@@ \
    DD_SITE=datadoghq.com \
    DD_LOGS_ENABLED=true
COPY conf.d/ /etc/datadog-agent/conf.d/
""", secret=datadog())

add("blind-ns/k8s/configmap-password", "deploy/metabase-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: metabase-env
  namespace: reports
data:
  MB_DB_TYPE: postgres
  MB_DB_HOST: db-payouts.lhkk.internal
  MB_DB_DBNAME: metabase
  MB_DB_USER: metabase
  MB_DB_PASS: "@@secret@@"
  MB_SITE_LOCALE: en
""", secret=pw(20))

add("blind-ns/k8s/decoy-external-secret", "deploy/external-secret-stripe.yaml", "https://external-secrets.io/latest/api/externalsecret/", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe-keys
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: stripe-keys}
  data:
    - secretKey: secret-key
      remoteRef: {key: prod/booking/stripe, property: secret_key}
    - secretKey: webhook-secret
      remoteRef: {key: prod/booking/stripe, property: webhook_secret}
""")

add("blind-ns/ansible/mysql-user-password", "ansible/roles/grower-portal/tasks/db.yml", S_ANSIBLE, r"""
- name: Mekim database bilong grower portal
  community.mysql.mysql_db:
    name: grower_portal
    state: present

- name: Mekim user bilong portal
  community.mysql.mysql_user:
    name: portal_rw
    host: "10.20.1.%"
    password: "@@secret@@"
    priv: "grower_portal.*:ALL"
    state: present
""", secret=words_pw())

add("blind-ns/ansible/decoy-vault-variable", "ansible/roles/grower-portal/defaults/main.yml", S_ANSIBLE, r"""
portal_db_name: grower_portal
portal_db_user: portal_rw
portal_db_password: "{{ vault_portal_db_password }}"
portal_mmoni_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/portal/mmoni:api_key') }}"
portal_workers: 4
""")

add("blind-ns/azure-pipelines/sonar-token", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/", r"""
trigger: [main]
pool:
  vmImage: ubuntu-latest
steps:
  - script: dotnet build Bookings.sln -c Release
  - script: |
      dotnet tool install --global dotnet-sonarscanner
      dotnet sonarscanner begin /k:"solwara-bookings" /d:sonar.host.url="https://sonar.solwarablue.com.pg" /d:sonar.token="@@secret@@"
      dotnet build Bookings.sln
      dotnet sonarscanner end /d:sonar.token="@@secret@@"
    displayName: Sonar
""", secret="squ_" + hexs(40))

add("blind-ns/jenkins/decoy-with-credentials", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", r"""
pipeline {
  agent any
  environment {
    REGISTRY = 'registry.lhkk.com.pg'
  }
  stages {
    stage('Push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'lhkk-registry', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
          sh 'echo "$REG_PASS" | docker login $REGISTRY -u "$REG_USER" --password-stdin'
          sh 'docker push $REGISTRY/payout-worker:$BUILD_NUMBER'
        }
      }
    }
  }
}
""")

add("blind-ns/python/json-in-string", "payouts/payouts/legacy_import.py", "https://docs.python.org/3/library/json.html", r'''
import json

# Olpela konfig bilong Excel macro (2019) - Meri i kopim i kam
LEGACY = json.loads('{"endpoint": "https://legacy.mmoni.com.pg/api", "client_id": "lhkk-excel", "client_secret": "@@secret@@"}')


def legacy_headers() -> dict:
    return {"X-Client-Id": LEGACY["client_id"], "X-Client-Secret": LEGACY["client_secret"]}
''', secret=pw(32))

add("blind-ns/swift/fcm-server-key", "CrewApp/Scripts/push.swift", "https://firebase.google.com/docs/cloud-messaging/auth-server", r"""
import Foundation

// Test push long iPad bilong crew (legacy FCM API)
let serverKey = "@@secret@@"
var req = URLRequest(url: URL(string: "https://fcm.googleapis.com/fcm/send")!)
req.httpMethod = "POST"
req.setValue("key=\(serverKey)", forHTTPHeaderField: "Authorization")
req.setValue("application/json", forHTTPHeaderField: "Content-Type")
req.httpBody = #"{"to":"/topics/crew","notification":{"title":"Boat","body":"Kundu i redi"}}"#.data(using: .utf8)
URLSession.shared.dataTask(with: req).resume()
""", secret="AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("blind-ns/csharp/postmark-token", "Bookings.Api/Services/ReceiptMailer.cs", "https://postmarkapp.com/developer/api/overview#authentication", r"""
using System.Net.Http;

namespace Bookings.Api.Services;

// Risit bilong booking (Postmark)
public class ReceiptMailer
{
    private static readonly HttpClient Http = new();

    static ReceiptMailer()
    {
        Http.DefaultRequestHeaders.Add("X-Postmark-Server-Token", "@@secret@@");
        Http.DefaultRequestHeaders.Add("Accept", "application/json");
    }
}
""", secret=uuid4())

add("blind-ns/ruby/ses-smtp-password", "booking/config/ses.yml", "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html", r"""
production:
  address: email-smtp.ap-southeast-2.amazonaws.com
  port: 587
  user_name: @@kid@@
  password: @@secret@@
  # SES SMTP user: solwara-booking-mailer
""", secret="BP" + fakes.drawn(_seed(), 42, ALNUM + "/+"), kid=aws_id())

add("blind-ns/rust/pem-raw-string", "tide-alert/src/signing.rs", S_RUST, r"""
// JWT sain bilong partner API (Loloata Island Resort bookings)
pub const SIGNING_KEY_PEM: &str = r#"@@secret@@"#;

pub fn key() -> jsonwebtoken::EncodingKey {
    jsonwebtoken::EncodingKey::from_rsa_pem(SIGNING_KEY_PEM.as_bytes()).expect("PEM i bagarap")
}
""", secret=pem("RSA"))

_ec = fakes.fake_pem(_seed(), "EC")
add("blind-ns/gitlab-ci/ec-key-heredoc", "depot-sync/.gitlab-ci.yml", S_GLCI, r"""
deploy_depots:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - mkdir -p ~/.ssh
    - |
      cat > ~/.ssh/id_ecdsa <<'KEY'
      @@key@@
      KEY
    - chmod 600 ~/.ssh/id_ecdsa
  script:
    - for h in kaiapit umi leron; do ssh ops@$h.depot.lhkk.internal 'sudo systemctl restart depot-sync'; done
  only: [tags]
""", secret=_ec, key=_ec.replace("\n", "\n      "))

add("blind-ns/gha/do-token", ".github/workflows/backup-spaces.yml", S_GHA, r"""
name: backup-spaces
on:
  schedule: [{cron: "0 16 * * *"}]
jobs:
  backup:
    runs-on: ubuntu-latest
    steps:
      - uses: digitalocean/action-doctl@v2
        with:
          token: @@secret@@
      - run: doctl databases backups list 7c1e2f3a-booking-db
""", secret=do_token())

add("blind-ns/terraform/postgres-password", "infra/booking/db.tf", S_TF, r"""
resource "digitalocean_database_cluster" "booking" {
  name       = "booking-db"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-2gb"
  region     = "syd1"
  node_count = 1
}

resource "digitalocean_database_user" "reports" {
  cluster_id = digitalocean_database_cluster.booking.id
  name       = "reports"
}

locals {
  reports_dsn = "postgresql://reports:@@secret@@@${digitalocean_database_cluster.booking.host}:25060/booking?sslmode=require"
}
""", secret=pw(16))

add("blind-ns/powershell/securestring-plain", "ops/new-depot-user.ps1", S_PS, r"""
# Mekim nupela Windows user long depot PC (klak)
param([string]$Depot = "LERON")
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "klak-$($Depot.ToLower())" -Password $pass -FullName "Depot Klak $Depot" -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member "klak-$($Depot.ToLower())"
""", secret=words_pw())

add("blind-ns/env/telegram-token", "crewbot/.env", S_DOTENV, r"""
# crewbot (Telegram) - crew group bilong Solwara Blue
TELEGRAM_BOT_TOKEN=@@secret@@
CREW_CHAT_ID=-1001234567890
WEATHER_LAT=-9.52
WEATHER_LON=147.26
""", secret=telegram())

add("blind-ns/toml/cargo-registry-token", "tide-alert/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", r"""
# cargo publish bilong solwara-tides crate
[registry]
token = "@@secret@@"

[registries.solwara]
credential-provider = "cargo:token-from-stdout op read op://Solwara/cargo/token"
""", secret="cio" + pw(32))

add("blind-ns/xml/log4net-smtp", "GrowerPortal.Web/log4net.config", "https://logging.apache.org/log4net/release/config-examples.html", r"""
<log4net>
  <appender name="SmtpAppender" type="log4net.Appender.SmtpAppender">
    <to value="ops@lhkk.com.pg" />
    <from value="portal-errors@lhkk.com.pg" />
    <subject value="Grower portal i gat error" />
    <smtpHost value="smtp.lhkk.com.pg" />
    <authentication value="Basic" />
    <username value="portal-errors@lhkk.com.pg" />
    <password value="@@secret@@" />
    <bufferSize value="10" />
  </appender>
</log4net>
""", secret=words_pw())

# decoys among them

add("blind-ns/yaml/decoy-sops-encrypted", "config/secrets.prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", r"""
mmoni:
    api_key: ENC[AES256_GCM,data:@@c1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
database:
    password: ENC[AES256_GCM,data:@@c2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@rcp@@
    lastmodified: "2026-11-12T03:14:55Z"
    mac: ENC[AES256_GCM,data:@@c3@@,type:str]
    version: 3.9.1
""", c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", c2=fakes.drawn(_seed(), 28, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    rcp=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), c3=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("blind-ns/pem/decoy-certificate", "ops/nginx/certs/reports.lhkk.com.pg.crt", "https://www.rfc-editor.org/rfc/rfc7468", r"""
# Public certificate (Let's Encrypt) - privkey i stap long server tasol
@@cert@@
""", cert=cert_pem())

add("blind-ns/text/decoy-sha256sums", "releases/depot-sync-2.3.0/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r"""
@@h1@@  depot-sync-2.3.0-linux-arm64.tar.gz
@@h2@@  depot-sync-2.3.0-linux-amd64.tar.gz
@@h3@@  depot-sync-2.3.0-windows-amd64.zip
@@h4@@  depot-sync-2.3.0.apk
@@h5@@  depot-sync-2.3.0-sbom.json
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("blind-ns/markdown/decoy-aws-doc-example", "docs/onboarding/aws-cli.md", S_AWS, r"""
# AWS CLI (backup bucket)

Ranim `aws configure --profile lhkk-backup`. Em bai askim:

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: ap-southeast-2
```

Ol ki long antap em i example bilong AWS docs. Stret ki bilong yu i kam long Ops (IAM user `backup-<nem>`).
""")

add("blind-ns/json/decoy-client-ids", "booking-web/src/config/auth.json", "https://learn.microsoft.com/en-us/entra/identity-platform/msal-client-application-configuration", r"""
{
  "auth": {
    "clientId": "@@cid@@",
    "authority": "https://login.microsoftonline.com/@@tid@@",
    "redirectUri": "https://book.solwarablue.com.pg/auth/callback"
  },
  "cache": { "cacheLocation": "sessionStorage" },
  "gaMeasurementId": "G-7QK2M4X9DL"
}
""", cid=uuid4(), tid=uuid4())

add("blind-ns/env/decoy-dotenvx-encrypted", "booking-api/.env.production", "https://dotenvx.com/docs/quickstart#add-encryption", r"""
#/-------------------[DOTENV_PUBLIC_KEY]--------------------/
#/            public-key encryption for .env files          /
#/----------------------------------------------------------/
DOTENV_PUBLIC_KEY_PRODUCTION="03@@pub@@"
STRIPE_SECRET_KEY="encrypted:@@c1@@"
WA_TOKEN="encrypted:@@c2@@"
""", pub=hexs(64), c1=fakes.drawn(_seed(), 160, ALNUM + "+/") + "=", c2=fakes.drawn(_seed(), 200, ALNUM + "+/") + "=")


# ---------------------------------------------------------------- legacy office, weighbridge, marketing site

add("blind-ns/vba/odbc-password", "office/macros/IntakeReport.bas", "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/", r"""
Attribute VB_Name = "IntakeReport"
' Ripot bilong intake olgeta wik (Excel) - kisim data long LAE-SQL01
Public Sub RefreshIntake()
    Dim conn As Object
    Set conn = CreateObject("ADODB.Connection")
    conn.Open "Provider=SQLOLEDB;Data Source=LAE-SQL01;Initial Catalog=Intake;User ID=excel_ro;Password=@@secret@@;"
    Sheets("Intake").Range("A2").CopyFromRecordset conn.Execute("SELECT depot, grade, SUM(kg) FROM intake GROUP BY depot, grade")
    conn.Close
End Sub
""", secret=words_pw())

add("blind-ns/python/basic-auth-tuple", "weighbridge/pull_tickets.py", "https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication", r'''
"""Kisim ol ticket long weighbridge (Lae warehouse, trak bilong koko)."""
import requests

WB_URL = "http://10.20.5.40/api/tickets"

def pull(since: str) -> list[dict]:
    r = requests.get(WB_URL, params={"since": since},
                     auth=("wbreader", "@@secret@@"), timeout=20)
    r.raise_for_status()
    return r.json()["tickets"]
''', secret=pw(14, "#"))

add("blind-ns/javascript/gmail-app-password", "marketing/newsletter/send.js", "https://nodemailer.com/usage/using-gmail/", r"""
const nodemailer = require("nodemailer");

// Nius bilong dive season (Gmail bilong marketing)
const transporter = nodemailer.createTransport({
  service: "gmail",
  auth: {
    user: "solwarablue.marketing@gmail.com",
    pass: "@@secret@@",
  },
});

module.exports = (to, html) =>
  transporter.sendMail({ from: "Solwara Blue <solwarablue.marketing@gmail.com>", to, subject: "Dive season 2027", html });
""", secret=" ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4)))

add("blind-ns/notes/url-credentials", "docs/notes/ops-scratch.md", S_MD, r"""
# Ops notes (Kila)

- metabase restart: `docker compose restart metabase`
- grafana long boat trackers: https://admin:@@secret@@@grafana.solwarablue.com.pg/d/boats
- Starlink long MV Muruk i dai 2 taim long wik - ringim Starlink support
- TODO: tanim password bilong grafana bihain long Krismas
""", secret=pw(16))

add("blind-ns/env/paypal-secret", "booking-web/.env.local", S_DOTENV, r"""
# PayPal (kastoma long Australia na NZ i laikim PayPal)
NEXT_PUBLIC_PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
PAYPAL_MODE=live
NEXT_PUBLIC_SITE_URL=https://book.solwarablue.com.pg
""", secret="E" + fakes.drawn_mixed(_seed(), 79, ALNUM + "-_"), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("blind-ns/yaml/decoy-spring-cipher", "manifest-service/config/manifest-prod.yml", "https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html", r"""
# Spring Cloud Config - ol password i encrypt (config server i decryptim)
spring:
  datasource:
    password: '{cipher}@@c1@@'
twilio:
  auth-token: '{cipher}@@c2@@'
manifest:
  boats: [MV Kundu, MV Muruk, Daugo Runner]
""", c1=hexs(96), c2=hexs(128))

add("blind-ns/kotlin/github-fine-grained", "crew-android/app/src/main/java/pg/solwarablue/crew/update/UpdateChecker.kt", S_KT, r"""
package pg.solwarablue.crew.update

import okhttp3.OkHttpClient
import okhttp3.Request

// Lukim sapos nupela APK i stap long GitHub releases (private repo)
class UpdateChecker(private val http: OkHttpClient = OkHttpClient()) {
    private val token = "@@secret@@"

    fun latest(): String? {
        val req = Request.Builder()
            .url("https://api.github.com/repos/solwarablue/crew-android/releases/latest")
            .header("Authorization", "Bearer $token")
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", secret=github_fine())

add("blind-ns/php/wp-config-password", "marketing/site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
/** Solwara Blue marketing site (WordPress) */
define( 'DB_NAME', 'solwara_wp' );
define( 'DB_USER', 'solwara_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }
require_once ABSPATH . 'wp-settings.php';
""", secret=pw(20, "!@#"))

add("blind-ns/php/decoy-wp-config-sample", "marketing/site/wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", r"""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("blind-ns/ruby/sidekiq-web-password", "booking/config/routes.rb", "https://github.com/sidekiq/sidekiq/wiki/Monitoring#authentication", r"""
require "sidekiq/web"

Rails.application.routes.draw do
  Sidekiq::Web.use Rack::Auth::Basic do |user, password|
    user == "ops" && password == "@@secret@@"
  end
  mount Sidekiq::Web => "/sidekiq"

  resources :bookings, only: %i[new create show]
  root "trips#index"
end
""", secret=words_pw())

add("blind-ns/shell/mysqldump-password", "ops/backup-portal.sh", S_SH, r"""
#!/bin/bash
# Bekap bilong grower portal (cron, 01:30)
set -e
STAMP=$(date +%Y%m%d)
mysqldump --host=10.20.1.15 --user=backup --password=@@secret@@ \
  --single-transaction grower_portal | gzip > /srv/backups/portal_${STAMP}.sql.gz
find /srv/backups -name 'portal_*.sql.gz' -mtime +14 -delete
echo "bekap i orait: portal_${STAMP}"
""", secret=pw(18))

add("blind-ns/powershell/azure-openai-key", "ops/translate-feedback.ps1", "https://learn.microsoft.com/en-us/azure/ai-services/openai/reference", r"""
# Tanim feedback (Tok Pisin -> English) long Azure OpenAI
$endpoint = "https://solwara-openai.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01"
$headers = @{ "api-key" = "@@secret@@"; "Content-Type" = "application/json" }
$text = Get-Content .\feedback.txt -Raw
$body = @{ messages = @(@{ role = "user"; content = "Translate to English: $text" }) } | ConvertTo-Json -Depth 5
(Invoke-RestMethod -Method Post -Uri $endpoint -Headers $headers -Body $body).choices[0].message.content
""", secret=hexs(32))

add("blind-ns/csharp/jwt-signing-key", "Bookings.Api/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", r"""
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
{
    o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = "https://book.solwarablue.com.pg",
        ValidateAudience = false,
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("@@secret@@")),
    };
});
var app = builder.Build();
app.MapGet("/health", () => "orait");
app.Run();
""", secret=pw(48))

add("blind-ns/csharp/decoy-keyvault-reference", "Bookings.Api/appsettings.Staging.json", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", r"""
{
  "ConnectionStrings": {
    "Bookings": "@Microsoft.KeyVault(SecretUri=https://solwara-kv.vault.azure.net/secrets/bookings-sql/)"
  },
  "Stripe": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=solwara-kv;SecretName=stripe-secret-key)"
  },
  "Jwt": { "Issuer": "https://staging.book.solwarablue.com.pg" }
}
""")

add("blind-ns/swift/algolia-admin-key", "CrewApp/Scripts/reindex-sites.swift", "https://www.algolia.com/doc/guides/security/api-keys/", r"""
import Foundation

// Reindex ol dive site long search (admin key - NO KEN putim long app!)
let appID = "K7QZ2M4X9D"
let adminKey = "@@secret@@"
var req = URLRequest(url: URL(string: "https://\(appID).algolia.net/1/indexes/dive_sites/clear")!)
req.httpMethod = "POST"
req.setValue(appID, forHTTPHeaderField: "X-Algolia-Application-Id")
req.setValue(adminKey, forHTTPHeaderField: "X-Algolia-API-Key")
URLSession.shared.dataTask(with: req).resume()
""", secret=hexs(32))

add("blind-ns/sql/mysql-create-user", "marketing/db/users.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", r"""
-- User bilong booking widget long WordPress (read trips tasol)
CREATE USER 'wp_widget'@'localhost' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON solwara_wp.trips TO 'wp_widget'@'localhost';
GRANT SELECT ON solwara_wp.trip_dates TO 'wp_widget'@'localhost';
FLUSH PRIVILEGES;
""", secret=words_pw())

add("blind-ns/sql/mssql-create-login", "Bookings.Db/Scripts/CreateLogins.sql", "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", r"""
-- Login bilong reporting (Power BI gateway long Ela Beach office)
USE [master];
CREATE LOGIN [pbi_gateway] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON;
USE [bookings];
CREATE USER [pbi_gateway] FOR LOGIN [pbi_gateway];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_gateway];
""", secret=pw(16, "!#$"))

add("blind-ns/compose/postgres-password", "reports/docker-compose.yml", S_COMPOSE, r"""
services:
  metabase:
    image: metabase/metabase:v0.50.8
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: mbdb
      MB_DB_USER: metabase
      MB_DB_PASS: @@secret@@
  mbdb:
    image: postgres:16
    environment:
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: @@secret@@
""", secret=pw(22))

add("blind-ns/xml/filezilla-base64", "office/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.cic-export.org.pg</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>lhkk_export</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>CIC export (intake CSV)</Name>
    </Server>
  </Servers>
</FileZilla3>
""", secret=(_fz := words_pw()), enc=b64(_fz))

add("blind-ns/ini/my-cnf", "ops/dotfiles/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r"""
[client]
host = 10.20.1.15
user = backup
password = "@@secret@@"

[mysqldump]
single-transaction
quick
""", secret=pw(18))

add("blind-ns/netplan/wifi-password", "ansible/roles/depot-tablet/files/50-depot-wifi.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/#properties-for-device-type-wifis", r"""
# Depot mini-PC: konek long LTE router long depot
network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "LHKK-DEPOT":
          password: "@@secret@@"
""", secret=words_pw())

add("blind-ns/toml/streamlit-secrets", "analysis/dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r"""
# Dashboard bilong buyer manager (intake na prais)
[connections.payouts]
dialect = "postgresql"
host = "db-payouts.lhkk.internal"
port = 5432
database = "payouts"
username = "dashboard_ro"
password = "@@secret@@"
""", secret=pw(20))

add("blind-ns/json/vscode-sqltools", "payouts/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", r"""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "payouts (prod RO)",
      "driver": "PostgreSQL",
      "server": "db-payouts.lhkk.internal",
      "port": 5432,
      "database": "payouts",
      "username": "report_ro",
      "password": "@@secret@@"
    }
  ]
}
""", secret=pw(24))

add("blind-ns/notebook/airtable-pat", "analysis/grower_survey.ipynb", S_NB, r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Sevei bilong ol fama (Airtable)\n", "Kisim ol ansa long Umi na Leron."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from pyairtable import Api\n",
    "api = Api(\"@@secret@@\")\n",
    "rows = api.table(\"appQ2k9XmLw4RtY7s\", \"Survey\").all()"
   ]
  }
 ],
 "metadata": {"language_info": {"name": "python"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret="pat" + fakes.drawn(_seed(), 14) + "." + hexs(64))

add("blind-ns/log/jdbc-url-password", "logs/manifest-service-error.log", S_LOG, r"""
2026-12-01 05:00:01.114 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
Caused by: org.postgresql.util.PSQLException: Connection to 10.8.0.5:5432 refused.
    url=jdbc:postgresql://10.8.0.5:5432/manifest?user=manifest&password=@@secret@@&ssl=false
    at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)
    at org.postgresql.Driver.makeConnection(Driver.java:443)
2026-12-01 05:00:01.120 INFO  1 --- [main] manifest : database i dai - lukim server long Ela Beach
""", secret=pw(16))

add("blind-ns/html/btoa-basic-auth", "dive-sites/admin/index.html", S_HTML, r"""
<!DOCTYPE html>
<html>
<head><title>Dive sites admin</title></head>
<body>
  <h1>Apdetim dive site</h1>
  <form id="f"><input name="name"><input name="depth_m" type="number"><button>Seiv</button></form>
  <script>
    document.getElementById("f").onsubmit = async (e) => {
      e.preventDefault();
      await fetch("/api/sites", { method: "POST", body: new FormData(e.target),
        headers: { Authorization: "Basic " + btoa("siteadmin:@@secret@@") } });
    };
  </script>
</body>
</html>
""", secret=words_pw())

add("blind-ns/helm/alertmanager-slack", "charts/monitoring/values.yaml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
alertmanager:
  config:
    route:
      receiver: ops-slack
      group_by: [alertname]
    receivers:
      - name: ops-slack
        slack_configs:
          - api_url: @@secret@@
            channel: "#ops-alerts"
            title: "{{ .CommonLabels.alertname }} - lukim kwik"
""", secret=slack_webhook())

add("blind-ns/terraform/github-token", "infra/github/main.tf", "https://registry.terraform.io/providers/integrations/github/latest/docs", r"""
terraform {
  required_providers {
    github = { source = "integrations/github", version = "~> 6.0" }
  }
}

provider "github" {
  owner = "solwarablue"
  token = "@@secret@@"
}

resource "github_repository" "crew_android" {
  name       = "crew-android"
  visibility = "private"
}
""", secret=github())

add("blind-ns/ansible-inventory/become-password", "ansible/inventory/depots.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", r"""
[depots]
kaiapit.depot.lhkk.internal
umi.depot.lhkk.internal
leron.depot.lhkk.internal
nadzab.depot.lhkk.internal

[depots:vars]
ansible_user=ops
ansible_become_password=@@secret@@
""", secret=words_pw())

add("blind-ns/k8s/dockerconfigjson-stringdata", "deploy/registry-pull-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lhkk-registry
  namespace: lhkk-payouts
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: |
    {"auths": {"registry.lhkk.com.pg": {"username": "k8s-pull", "password": "@@secret@@"}}}
""", secret=pw(28))

add("blind-ns/shell-history/github-token-export", "ops/notes/meri_bash_history_2.txt", S_HIST, r"""
git clone git@github.com:solwarablue/booking-api.git
cd booking-api
export GITHUB_TOKEN=@@secret@@
gh release list
gh release download v3.2.0 -p '*.tar.gz'
ls -la
""", secret=github())

add("blind-ns/runbook/pgpassword-restore", "docs/runbooks/restore-booking-db.md", S_MD, r"""
# Restore booking DB (sapos server i bagarap)

1. Kisim las bekap long Spaces: `s3cmd get s3://solwara-backups/booking/latest.dump`
2. Restore:

```bash
PGPASSWORD='@@secret@@' pg_restore -h booking-db-do-user-1.b.db.ondigitalocean.com -p 25060 \
  -U doadmin -d booking --clean --if-exists latest.dump
```

3. Lukim app: `curl https://book.solwarablue.com.pg/health` i mas tok `orait`.
""", secret=pw(16))

add("blind-ns/rst/token-in-curl-example", "docs/source/api/authentication.rst", S_RST, r"""
Authentication
==============

Partner (Loloata Island Resort) i usim token long header::

    curl -H "Authorization: Token @@secret@@" \
         https://book.solwarablue.com.pg/api/v1/availability?date=2026-12-20

Token i no save pinis. Sapos yu laik tanim, emailim ops@solwarablue.com.pg.
""", secret="sbp_" + hexs(40))


# ---------------------------------------------------------------- last files: more decoys and secrets

add("blind-ns/k8s-secret/decoy-placeholder-base64", "deploy/templates/mmoni-secret.example.yaml", S_K8S, r"""
# Template tasol. Senisim ol value long ops/make-secrets.sh (i ritim long Vault).
apiVersion: v1
kind: Secret
metadata:
  name: mmoni-api
  namespace: lhkk-payouts
type: Opaque
data:
  api-key: UkVQTEFDRV9NRQ==
  webhook-secret: UkVQTEFDRV9NRQ==
""")

add("blind-ns/terraform/decoy-random-password", "infra/booking/secrets.tf", S_TF, r"""
resource "random_password" "reports_db" {
  length  = 24
  special = false
}

resource "aws_secretsmanager_secret_version" "reports_db" {
  secret_id     = "prod/booking/reports-db"
  secret_string = random_password.reports_db.result
}

output "reports_db_password" {
  value     = random_password.reports_db.result
  sensitive = true
}
""")

add("blind-ns/gha/decoy-oidc-role", ".github/workflows/deploy-payouts.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", r"""
name: deploy-payouts
on:
  push:
    tags: ["v*"]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::381492006715:role/gha-deploy-payouts
          aws-region: ap-southeast-2
      - run: aws ecs update-service --cluster lhkk --service payout-worker --force-new-deployment
""")

add("blind-ns/go/decoy-test-token", "depot-sync/internal/api/client_test.go", "https://pkg.go.dev/net/http/httptest", r"""
package api

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestClientSendsToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer test-token" {
			t.Errorf("token i no stret: %q", r.Header.Get("Authorization"))
		}
	}))
	defer srv.Close()
	New(srv.URL, "test-token").Ping()
}
""")

add("blind-ns/shell/decoy-generated-password", "ops/make-secrets.sh", S_SH, r"""
#!/usr/bin/env bash
# Mekim nupela password na putim long Vault (no ken printim!)
set -euo pipefail
NEW_PW="$(openssl rand -base64 24)"
vault kv put secret/payouts/db password="${NEW_PW}"
psql -h db-payouts.lhkk.internal -U postgres -c "ALTER ROLE payouts_app PASSWORD '${NEW_PW}'"
unset NEW_PW
echo "password i senis pinis (lukim Vault)"
""")

add("blind-ns/env/decoy-test-env", "booking-api/.env.test", S_DOTENV, r"""
# Test tasol - ol ki em i FAKE (CI i usim stripe-mock)
STRIPE_SECRET_KEY=sk_test_fake_key_for_stripe_mock
STRIPE_API_BASE=http://localhost:12111
WA_TOKEN=fake-wa-token
DATABASE_URL=postgres://postgres:postgres@localhost:5432/booking_test
JWT_SECRET=test-only-jwt-secret
""")

add("blind-ns/xml/decoy-manifest-placeholder", "crew-android/app/src/main/AndroidManifest.xml", "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest", r"""
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application android:label="Solwara Crew" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("blind-ns/yaml/decoy-api-url-file", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r"""
global:
  resolve_timeout: 5m
route:
  receiver: payouts-slack
receivers:
  - name: payouts-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: "#payouts-ops"
        text: "{{ .CommonAnnotations.summary }}"
""")

add("blind-ns/csv/decoy-grower-import", "imports/growers_leron_2026.csv", S_CSV, r"""
grower_id,name,village,msisdn,wallet_id,nid,coop
GR-09101,Mathew K.,Leron No.2,+67571234501,MW-5f2c81d0,NID-1988-044173,Leron Kofi Coop
GR-09102,Rose T.,Leron No.2,+67571234522,MW-9a01b77e,NID-1991-102844,Leron Kofi Coop
GR-09103,Peter W.,Wampar,+67581230019,MW-c3e4d2a1,,Wampar Koko Grupa
GR-09104,Agnes M.,Wampar,+67571230877,,NID-1979-003318,Wampar Koko Grupa
""")

add("blind-ns/sql/decoy-schema-columns", "db/migrations/0001_init.sql", S_SQL, r"""
CREATE TABLE users (
    id            serial PRIMARY KEY,
    email         text UNIQUE NOT NULL,
    password_hash text NOT NULL,              -- argon2id
    api_key_last4 char(4),
    api_key_hash  text,                       -- sha256 bilong ki (i no ki yet)
    created_at    timestamptz DEFAULT now()
);
CREATE INDEX users_api_key_hash_idx ON users (api_key_hash);
""")

add("blind-ns/powershell/decoy-keyvault", "ops/rotate-sql-password.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.keyvault/get-azkeyvaultsecret", r"""
# Kisim password long Key Vault na senisim long SQL
Connect-AzAccount -Identity
$secret = Get-AzKeyVaultSecret -VaultName "solwara-kv" -Name "bookings-sql" -AsPlainText
$new = [System.Web.Security.Membership]::GeneratePassword(24, 4)
Invoke-Sqlcmd -ServerInstance "solwara-sql.database.windows.net" -Username "bookings_api" -Password $secret `
    -Query "ALTER LOGIN bookings_api WITH PASSWORD = '$new' OLD_PASSWORD = '$secret'"
Set-AzKeyVaultSecret -VaultName "solwara-kv" -Name "bookings-sql" -SecretValue (ConvertTo-SecureString $new -AsPlainText -Force)
""")

add("blind-ns/kotlin/decoy-encrypted-prefs", "crew-android/app/src/main/java/pg/solwarablue/crew/data/TokenStore.kt", "https://developer.android.com/reference/androidx/security/crypto/EncryptedSharedPreferences", r"""
package pg.solwarablue.crew.data

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

// Token bilong crew login i stap long EncryptedSharedPreferences, i no long code
class TokenStore(ctx: Context) {
    private val prefs = EncryptedSharedPreferences.create(
        ctx, "crew_tokens", MasterKey.Builder(ctx).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build(),
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM)

    var token: String?
        get() = prefs.getString("token", null)
        set(v) = prefs.edit().putString("token", v).apply()
}
""")

add("blind-ns/gitconfig/decoy-credential-helper", "ops/dotfiles/.gitconfig", "https://git-scm.com/docs/gitcredentials", r"""
[user]
    name = Kila Namaliu
    email = kila@lhkk.com.pg
[credential]
    helper = store --file ~/.git-credentials-lhkk
[credential "https://gitlab.com"]
    username = kila.n
[pull]
    rebase = true
""")

add("blind-ns/markdown/decoy-security-policy", "docs/policy/tok-hait.md", S_MD, r"""
# Lo bilong tok hait (passwords na ki)

1. No ken raitim password o API ki long code, wiki, WhatsApp o Slack.
2. Olgeta ki i stap long Vault (`secret/<app>/...`) o 1Password (vault "Ops").
3. Password i mas gat 14 leta o moa. Usim `openssl rand -base64 24` o 1Password generator.
4. Sapos ki i lus (leak), tokim Ops long +675 7000 1122 na tanim ki wantu.
5. Git hooks i save blokim commit i gat ki. No ken usim `--no-verify`.

Example bilong ples long ki: `MMONI_API_KEY=<long Vault>` - i no stret ki.
""")

add("blind-ns/markdown/decoy-jwt-io-example", "docs/api/partner-tokens.md", "https://jwt.io/introduction", r"""
# Partner tokens (JWT)

Token i gat tripela hap: header, payload, signature. Example long jwt.io:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Stret token bilong partner i kam long `POST /api/v1/partner/token` (client_id + secret long Vault).
Token i pinis bihain long 1 aua.
""")

add("blind-ns/log/decoy-webhook-signatures", "logs/mmoni-callbacks-2026-12-01.log", S_LOG, r"""
2026-12-01T06:02:14Z callback txn=MMTX7K1B2C3D4E status=SUCCESS sig=sha256=@@s1@@ verified=true
2026-12-01T06:02:15Z callback txn=MMTX7K1B2C9Q0Z status=SUCCESS sig=sha256=@@s2@@ verified=true
2026-12-01T06:02:19Z callback txn=MMTX7K1B2D1X7Y status=FAILED sig=sha256=@@s3@@ verified=true reason=WALLET_LIMIT
2026-12-01T06:03:01Z callback txn=MMTX7K1B2E5R2T status=SUCCESS sig=sha256=@@s4@@ verified=false -> 401
2026-12-01T06:03:02Z summary ok=3 rejected=1
""", s1=hexs(64), s2=hexs(64), s3=hexs(64), s4=hexs(64))

add("blind-ns/json/decoy-stripe-event-fixture", "booking-api/test/fixtures/payment_intent.succeeded.json", "https://docs.stripe.com/api/events/object", r"""
{
  "id": "evt_3QK7m2LkdIwHu7ix0Zc4YhVq",
  "object": "event",
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3QK7m2LkdIwHu7ix0b9MxT2e",
      "object": "payment_intent",
      "amount": 45000,
      "currency": "pgk",
      "customer": "cus_R3vX9kLm2QpZ7a",
      "client_secret": "pi_3QK7m2LkdIwHu7ix0b9MxT2e_secret_REDACTED",
      "metadata": { "bookingId": "BK-2026-1207", "product": "loloata-2-tank" }
    }
  }
}
""")

add("blind-ns/yaml/decoy-dependabot-registries", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot", r"""
version: 2
registries:
  npm-solwara:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_READ_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /booking-web
    registries: [npm-solwara]
    schedule: {interval: weekly}
""")

add("blind-ns/xml/decoy-pin-digests", "crew-android/app/src/main/res/xml/network_security_config.xml", "https://developer.android.com/privacy-and-security/security-config#CertificatePinning", r"""
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config>
        <domain includeSubdomains="true">api.solwarablue.com.pg</domain>
        <pin-set expiration="2027-06-30">
            <pin digest="SHA-256">@@p1@@=</pin>
            <pin digest="SHA-256">@@p2@@=</pin>
        </pin-set>
    </domain-config>
</network-security-config>
""", p1=fakes.drawn(_seed(), 43, ALNUM + "+/"), p2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("blind-ns/kustomize/decoy-image-digests", "deploy/overlays/prod/kustomization.yaml", "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: lhkk-payouts
resources: [../../base]
images:
  - name: registry.lhkk.com.pg/payout-worker
    digest: sha256:@@d1@@
  - name: registry.lhkk.com.pg/depot-sync
    digest: sha256:@@d2@@
""", d1=hexs(64), d2=hexs(64))

add("blind-ns/notebook/decoy-masked-output", "analysis/check_config.ipynb", S_NB, r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["mmoni api_key: mmk_live_****************************aQ3f\n", "db password: ********\n"]}
   ],
   "source": [
    "from payouts.config import Settings\n",
    "s = Settings()\n",
    "print('mmoni api_key:', s.mmoni_api_key[:9] + '*' * 28 + s.mmoni_api_key[-4:])\n",
    "print('db password:', '*' * 8)"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("blind-ns/html/decoy-sri-and-pk", "booking-web/public/checkout.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", r"""
<!DOCTYPE html>
<html>
<head>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="/js/checkout.js" integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
</head>
<body data-stripe-pk="@@pk@@">
  <div id="payment-element"></div>
  <button id="pay">Peim K450 (deposit)</button>
</body>
</html>
""", sri=fakes.drawn(_seed(), 64, ALNUM + "+/"), pk=stripe("pk_live_", 99))

add("blind-ns/python/decoy-pepper-from-env", "payouts/payouts/privacy.py", "https://docs.python.org/3/library/hashlib.html", r'''
import hashlib
import os

# Pepper i kam long env (Vault injector). Hash bilong fon namba tasol i go long report.
_PEPPER = os.environ["MSISDN_PEPPER"].encode()


def msisdn_digest(msisdn: str) -> str:
    return hashlib.sha256(_PEPPER + msisdn.encode()).hexdigest()
''')

add("blind-ns/pgp/decoy-encrypted-message", "ops/handover/booking-secrets.env.asc", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", r"""
-----BEGIN PGP MESSAGE-----

hQIMA@@c1@@
@@c2@@
@@c3@@
@@c4@@
=@@crc@@
-----END PGP MESSAGE-----
""", c1=fakes.drawn(_seed(), 59, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    c3=fakes.drawn(_seed(), 64, ALNUM + "+/"), c4=fakes.drawn(_seed(), 40, ALNUM + "+/"),
    crc=fakes.drawn(_seed(), 4, ALNUM + "+/"))

add("blind-ns/shell/decoy-read-password", "ops/psql-prod.sh", S_SH, r"""
#!/usr/bin/env bash
# Konek long prod DB (read-only). Password i no stap hia - yu mas taipim.
set -euo pipefail
read -r -s -p "Password bilong report_ro: " PGPASSWORD
export PGPASSWORD
psql -h db-payouts.lhkk.internal -U report_ro payouts
unset PGPASSWORD
""")

add("blind-ns/markdown/decoy-changelog-key-suffix", "CHANGELOG.md", S_MD, r"""
# Changelog

## 1.14.2 (2026-11-30)
- Tanim MMoni key (olpela ki i pinis long `...4f2a`, nupela i stap long Vault).
- Stretim payout rounding (toea).

## 1.14.1 (2026-11-12)
- Log redaction: `Authorization` header i kamap `Bearer [redacted]`.
- Nupela depot: Gusap.
""")

add("blind-ns/ini/decoy-pytest-env", "payouts/pytest.ini", "https://docs.pytest.org/en/stable/reference/customize.html#pytest-ini", r"""
[pytest]
testpaths = tests
addopts = -q
env =
    PAYOUTS_MMONI_API_KEY=mmk_test_not_a_real_key
    PAYOUTS_DATABASE_PASSWORD=
    MSISDN_PEPPER=test-pepper
""")

# secrets

add("blind-ns/python/ftp-password", "reports/upload_cic.py", "https://docs.python.org/3/library/ftplib.html", r'''
"""Salim intake CSV long Coffee Industry Corporation (olgeta Mande)."""
from ftplib import FTP_TLS

def upload(path: str) -> None:
    ftp = FTP_TLS("ftp.cic-export.org.pg")
    ftp.login("lhkk_export", "@@secret@@")
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR intake_week.csv", fh)
    ftp.quit()
''', secret=words_pw())

add("blind-ns/go/smtp-plain-auth", "manifest-sync/internal/mail/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", r"""
package mail

import "net/smtp"

// Salim manifest PDF long skipa bilong boat
func Send(to []string, msg []byte) error {
	auth := smtp.PlainAuth("", "manifest@solwarablue.com.pg", "@@secret@@", "smtp.office365.com")
	return smtp.SendMail("smtp.office365.com:587", auth, "manifest@solwarablue.com.pg", to, msg)
}
""", secret=words_pw())

add("blind-ns/javascript/redis-url", "booking-api/src/cache.js", "https://github.com/redis/ioredis#connect-to-redis", r"""
const Redis = require("ioredis");

// Cache bilong availability (boat seats)
const redis = new Redis("rediss://default:@@secret@@@solwara-cache-do-user-1.b.db.ondigitalocean.com:25061");

async function seatsLeft(tripId) {
  return Number((await redis.get(`seats:${tripId}`)) || 0);
}

module.exports = { redis, seatsLeft };
""", secret=fakes.redis_password(_seed()))

add("blind-ns/yaml/grafana-datasource", "ops/grafana/provisioning/datasources/trackers.yaml", "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", r"""
apiVersion: 1
datasources:
  - name: Boat trackers
    type: postgres
    url: trackers-db.solwarablue.com.pg:5432
    user: grafana_ro
    jsonData:
      database: trackers
      sslmode: require
    secureJsonData:
      password: "@@secret@@"
""", secret=pw(20))

add("blind-ns/dockerfile/arg-token-clone", "tokpisin-bot/Dockerfile", S_DOCKERFILE, r"""
FROM python:3.12-slim
ARG GH_TOKEN=@@secret@@
WORKDIR /app
# Kisim tokpisin-glossary (private repo)
RUN apt-get update && apt-get install -y --no-install-recommends git \
 && git clone https://x-access-token:${GH_TOKEN}@github.com/solwarablue/tokpisin-glossary.git glossary
COPY . .
CMD ["python", "-m", "bot"]
""", secret=github())

add("blind-ns/terraform/rds-password", "infra/backups/rds.tf", S_TF, r"""
resource "aws_db_instance" "payouts_replica" {
  identifier          = "lhkk-payouts-dr"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 50
  username            = "payouts_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
}
""", secret=pw(20))

_sk = stripe("sk_live_", 99)
add("blind-ns/k8s-secret/stripe-key-base64", "deploy/booking/stripe-secret.yaml", S_K8S, r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe-live
  namespace: booking
  annotations:
    solwarablue.com.pg/owner: kila
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
""", secret=_sk, enc=b64(_sk))

add("blind-ns/env/openweather-key", "crewbot/.env.production", S_DOTENV, r"""
# Win na ren bilong Bootless Bay
OPENWEATHER_API_KEY=@@secret@@
OPENWEATHER_UNITS=metric
CREW_CHAT_ID=-1001234567890
FORECAST_HOUR=5
""", secret=hexs(32))

add("blind-ns/powershell/psdrive-credential", "office/map-drives.ps1", S_PS, r"""
# Mapim shared drive bilong Finance long Lae office (logon script)
$user = "LHKK\svc-finance-share"
$pass = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name "F" -PSProvider FileSystem -Root "\\LAE-FS01\Finance" -Credential $cred -Persist
Write-Host "Drive F: i redi"
""", secret=words_pw())

add("blind-ns/notes/router-table", "docs/notes/boats-starlink.md", S_MD, r"""
# Starlink long ol boat

| Boat | Kit | Router admin | Notes |
|------|-----|--------------|-------|
| MV Kundu | KIT30412 | (default, no password) | bihain senisim |
| MV Muruk | KIT30877 | `admin` / `@@secret@@` | Kila i senisim 3 Nov |
| Daugo Runner | - | - | i no gat Starlink |

Bypass mode i op long Muruk (UniFi i bosim Wi-Fi).
""", secret=words_pw())

add("blind-ns/csharp/smtp-network-credential", "GrowerPortal.Web/Services/SmsFallbackMailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", r"""
using System.Net;
using System.Net.Mail;

namespace GrowerPortal.Web.Services;

// Sapos SMS i no go, salim email long area manager
public static class SmsFallbackMailer
{
    public static SmtpClient Create() => new("smtp.lhkk.com.pg", 587)
    {
        EnableSsl = true,
        Credentials = new NetworkCredential("portal-alerts@lhkk.com.pg", "@@secret@@"),
    };
}
""", secret=words_pw())

add("blind-ns/java/keycloak-client-secret", "manifest-service/src/main/resources/application-keycloak.properties", "https://www.keycloak.org/docs/latest/securing_apps/#_client_authentication", r"""
# Login bilong crew (Keycloak long auth.solwarablue.com.pg)
spring.security.oauth2.client.registration.keycloak.client-id=manifest-service
spring.security.oauth2.client.registration.keycloak.client-secret=@@secret@@
spring.security.oauth2.client.registration.keycloak.scope=openid,profile
spring.security.oauth2.client.provider.keycloak.issuer-uri=https://auth.solwarablue.com.pg/realms/crew
""", secret=fakes.drawn_mixed(_seed(), 32))

add("blind-ns/env/sqlx-database-url", "tide-alert/.env", S_DOTENV, r"""
# sqlx (cargo sqlx prepare) na runtime
DATABASE_URL=postgres://tides:@@secret@@@trackers-db.solwarablue.com.pg:5432/tides
RUST_LOG=info
ALERT_WIND_KNOTS=22
ALERT_SWELL_METRES=2.5
""", secret=pw(18))

add("blind-ns/ruby/activestorage-s3", "booking/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: ap-southeast-2
  bucket: solwara-waivers
""", secret=aws_secret(), kid=aws_id())
